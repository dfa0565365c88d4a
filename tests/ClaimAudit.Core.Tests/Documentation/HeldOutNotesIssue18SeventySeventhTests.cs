using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The seventy-seventh held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of vestibular, dizziness and concussion clinics — BPPV (Dix-Hallpike and roll tests,
/// an Epley and a Gufoni named beside their own code, 95992, and never on a line), unilateral and bilateral
/// vestibular hypofunction (neuritis, labyrinthitis, gentamicin, an acoustic neuroma resection, Ménière's after
/// intratympanic gentamicin), a central (cerebellar) case, vestibular migraine, PPPD, mal de débarquement after a
/// cruise, post-concussion syndrome in athletes, students and service members, and cervicogenic dizziness after
/// whiplash — as the people who treat them write it: VOR x1 and x2 gaze stabilisation, remembered-target and VOR
/// cancellation drills, habituation to optokinetic stripes, busy-aisle and street videos, scrolling screens and
/// patterned floors, substitution strategies for bilateral loss (vision, foot feel, a cane or a hiking pole),
/// head-impulse and DVA findings, DGI item by item, FGA, mCTSIB conditions, NPC and King-Devick, symptom
/// provocation ratings before and after, the Buffalo Concussion Treadmill Test and sub-symptom-threshold aerobic
/// training, return-to-learn and return-to-play ladders, return-to-work steps and a return-to-duty circuit — about
/// two thirds ordinary and complete (67 of 102), single- and multi-code visits (97110, 97112, 97116, 97140, 97530,
/// up to three in a visit, and a PT's and an OT's code on one morning), by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>an ENT group's vestibular rehabilitation service ("Lookout Valley ENT &amp; Allergy — Vestibular Rehab
/// (VRT)": Chattanooga, Tennessee — the Hixson, East Ridge, Ooltewah, Signal Mountain and downtown offices and a
/// satellite in Dalton, Georgia) writing short labelled lines ("Referring ENT:", "Dizzy today:", "Delivery:",
/// "Worked on:", "Finding:", "Numbers:", "CPT:") with bullets, a HEP-progression table of surface, plane and
/// background, a cervical ther-ex grid, repositioning named with 95992 beside the timed code: a VW line worker, a
/// TVA lineman, a Unum call-centre rep, a Dalton carpet-mill supervisor, a church choir, the Incline Railway, the
/// Walnut Street Bridge and Coolidge Park;</item>
/// <item>a sports-concussion clinic on the Palouse and at the confluence ("Clearwater Athletic Recovery":
/// Lewiston and Moscow, Idaho; Clarkston and Pullman, Washington) writing arrow shorthand ("Ath:", "→", "RTP
/// step", "RTL", "BCTT", "VOMS", "K-D", "NPC", "Sx pre/post", minutes with a prime, 15′) for high-school, college
/// and club athletes — a keeper, a libero, a wrestler, a barrel racer at the Lewiston Roundup, a rugby flanker, a
/// Lapwai guard, a hockey player back at school half days — with an exertion group on the bikes, FitLight pods on
/// a goal frame, a Brock string, a stirrup rig and a return-to-play ladder of six boxes;</item>
/// <item>a hospital balance and dizziness centre on Lake Superior ("Lakehead Regional Medical Center — Balance
/// &amp; Dizziness Centre": Duluth, with Hermantown, Cloquet and Two Harbors clinics and Superior, Wisconsin) on a
/// hospital template (SUBJECTIVE / OBJECTIVE / INTERVENTION / ASSESSMENT / PLAN, "TREATMENT FORMAT: [x] Individual
/// [ ] Concurrent [ ] Group", "CPT/TIME:" boxes and rows) with PTs, PTAs and OTs: an Aerial Lift Bridge operator, an
/// ore-dock millwright and electrician, a snowplow driver, a paper-mill worker, a charter captain, a laker deckhand,
/// a freight conductor, a hotel housekeeper, a unit clerk and a claims processor back to work, the
/// Skywalk, the Lakewalk boards, Miller Hill Mall, a Biodex Balance System, Dynavision and Tai Ji Quan;</item>
/// <item>a neuro-otology practice on the Georgia coast ("Coastal Empire Neuro-Otology": Savannah, Pooler,
/// Richmond Hill, a Tybee Island clinic day and Bluffton, South Carolina) whose PT writes first-person prose
/// under the physician's diagnosis: a Thunderbolt shrimper, a river-boat captain, a SCAD student, a Gulfstream
/// mechanic after a translabyrinthine resection, an ICU nurse with vestibular migraine, mal de débarquement
/// readaptation per the Dai protocol, a Tuesday PPPD class, optokinetic and street videos on a big screen, River
/// Street cobblestones, Forsyth Park and the Truman Parkway;</item>
/// <item>a military and veterans community-care provider outside Fort Cavazos ("Cedar Creek Community Care —
/// Military &amp; Veterans Rehab": Killeen, Harker Heights, Copperas Cove, Belton, Texas) seeing service members on
/// TRICARE and Veterans on VA Community Care, writing "BLUF:" first, "SM" and "Vet", ranks, profiles, "1-on-1"
/// and four-digit clock times per code: blast mTBI, a Bradley hatch, a motor pool, a ruck on the track, a
/// return-to-duty circuit of three, a Motek C-Mill, a BTrackS plate, a driving simulator on US-190 and the
/// ACFT deadlift.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h77-…): one-on-one in these writers' own words ("Delivery: one therapist, one patient, start
/// to finish", "the PT treated no other patient during these minutes; she was the only patient in the dizziness
/// suite", "Solo session — no other athlete on my floor" with a mother and a school athletic trainer watching, "OT 97112 —
/// 21 min, one-to-one with the OT for all of it", "She had me to herself for the full NMR block; no other patient
/// was booked with me"), notes that negate it (a keeper run together with a shortstop on the next mat, a Tuesday
/// PPPD class of four, a PTA spotting another soldier's tandem walking, a PT going back and forth to a BPPV
/// patient in room 3) or never state it (a daughter in the corner chair, a DPT student charting vitals), and the
/// codes without a one-on-one check (only 97112 is the one-on-one code in the shipped medicare profile): a 97110 in
/// an exertion group on the bikes and a 97530 in a return-to-duty circuit of three;</item>
/// <item>class 2 (v2-h77-…): template states: "TREATMENT FORMAT: [x] Individual" and "[x] Group (Thursday
/// vestibular class, 5 pts)", "1:1 w/ therapist (Y/N): ___" left blank, "Impairment targeted: ____" left blank, a
/// HEP-progression table, a return-to-play ladder, a VOMS grid left blank with nothing else numbered, a
/// "Provoked by:" box row with visual dependence ticked, "Pt seen individually? ☒ Yes", a cervical ther-ex grid
/// with doses, an OT task and performance grid with nothing ticked, a "CPT/TIME:" row filled for one of two billed
/// codes, a return-to-learn box row with accommodations, a duty-profile box;</item>
/// <item>class 3 (v3-h77-…): named protocols, programmes and devices as techniques (sub-threshold training off the
/// Buffalo Concussion Treadmill Test, the Biodex Balance System's limits of stability, a Brock string and pencil
/// push-ups beside VOR x1, FitLight pods, optokinetic and street videos on a 75-inch screen, the Dai readaptation
/// protocol, an Epley then habituation, Tai Ji Quan: Moving for Better Balance, Maitland upper-cervical PAs, a
/// Motek C-Mill, VOR cancellation), a sub-symptom aerobic programme with no dose or number and a BTrackS plate with
/// no deficit;</item>
/// <item>class 4 (v4-h77-…): deficits stated as findings (order-board letters that jump walking a mill aisle, words
/// that double after a page of chemistry, an ore-dock ladder that makes the head swim looking down, a fountain
/// that jiggles and a dark hallway after intratympanic gentamicin, a Bradley hatch that makes the world lurch, a
/// neck that starts the dizziness backing out of a parking ramp, a barrel pattern that spins, claim screens that
/// nauseate) and notes that state none (a Vet with an all-normal exam and "No deficit found today", a pitcher
/// cleared with "Nothing to treat");</item>
/// <item>class 5 (v5-h77-…): measures in their usual forms (mCTSIB conditions in seconds, the DGI item by item, DVA
/// on an ETDRS chart, a 10-m walk with and without head turns, the BCTT threshold beside a dose, NPC trials and
/// King-Devick, distance and assistance on the Skywalk, items packed in a ruck) and notes with none ("Looked
/// steadier walking the hallway than last week", "Steadier on the foam than last visit" after negative positional
/// tests, "did better on the level changes today");</item>
/// <item>class 6 (v6-h77-…): minutes in their usual forms (four-digit clock times per code, two parts around a
/// Gufoni, a "CPT/TIME:" row for three codes, minutes with a prime, "neuromuscular re-education 24 minutes
/// (97112)", a PT's and an OT's code on one morning, "2 units / 26 minutes", a "CPT:" line at the bottom, "Timed
/// minutes: 23" for the one timed code) and true mismatches (a PTA's NMR 28 against 16, ther ex 12 against 24,
/// ther act 30 against 18) and truly missing separate time (36 minutes for NMR and ther ex together, a third code's
/// section with no minutes);</item>
/// <item>class 7 (v7-h77-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (deep neck flexors, band work and a rower after a concussion with
/// whiplash), 97530 (a kitchen and a bed after vestibular neuritis), 97140 (upper-cervical traction and glides after a
/// fender-bender) and 97116 (a cane on Coolidge Park's grass and the Walnut Street Bridge deck), and wholly generic
/// 97112 and 97110 + 97530 notes;</item>
/// <item>ordinary (vord-h77-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (386.11), a generic
/// two-code note with a total, a PTA's gait time that differs, an OT's time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — parents, a grandmother, a
/// school athletic trainer, wives, husbands and daughters, a DPT student (none of them a patient; the shortstop on
/// the next mat, the soldier the PTA spotted, the BPPV patient in room 3 and the members of a class are), heart
/// rates, treadmill speeds and grades, rpm, rower metres and bike miles, Buffalo test thresholds, return-to-play
/// and return-to-learn steps, ranks, ages, dates of injury, foam, box, ladder and platform heights, loads in
/// pounds, chart acuities, a repositioning's count and its code 95992 — and each is written so that a reviewer
/// cannot take it for a code's minutes; the notes failed for want of a measure carry no number but their code's
/// and its minutes; no note gives minutes to a repositioning, a test, an exertion bout, reading, a rest or a work
/// shift.
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
/// documentation profile (canalith repositioning, the Buffalo test, group classes and evaluations stay in the
/// notes, never on a line).
/// This set also leaves out canalith repositioning as any part of a 97112's content or with minutes of its own,
/// Brandt-Daroff exercises, the DHI, the ABC, a SCAT or VOMS symptom score or a provocation rating as a note's
/// only number, a heart-rate target as a 97110's only dose, vergence or accommodation work alone as a 97112's
/// technique, a clinic's name ("Vestibular", "Balance &amp; Dizziness", "Neuro-Otology") in a note failed for want
/// of a deficit (those notes come from the two employers whose names name no system, or carry no header), a
/// co-treatment by a PT and an OT on one code, and whether sub-symptom aerobic training or oculomotor work belongs
/// under 97110, 97112 or 97530 (a coding question, not the note's).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 91 of 102 cases agree (100 needed), and 7 of the 67 notes the reviewer passes got a finding, on the analyzer of c480fee (the start of the 2026-12-06 eleventh session; this set was written blind in a separate worktree, beside four others) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session to 101 of 102 with no false positive — a session's parts and their sum with where or when after each part ("10 min before his tank change + 8 min after = 18 min", "12 min on court 4 + 11 min on the putting green = 23 min"), minutes opening a code's line ("14 min 97110:"), a score's subscales in brackets ("19/28 (balance 11, gait 8)"), a test's row left blank "(not done — …)", one-on-one in these writers' words ("the one patient I was treating", "closed to everyone but her and me", "with him by myself", "with me and only me — no other player", "all of it with me alone — no shared time"), and the setting's vocabulary added by a helper who had not written the set. Left: "concussion in December — cleared by his physician" read as a deficit beside "Nothing to treat — no symptoms, no findings".</para>
/// </summary>
public class HeldOutNotesIssue18SeventySeventhTests(ITestOutputHelper output)
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

        // Lookout Valley Hixson, VW line worker: "Delivery: one therapist, one patient, start to finish"; VOR x1 on the checkerboard and Airex, letter-reading hallway walks, pivots; uncompensated L hypofunction; DVA lines and DGI; 24 matches: passes.
        ["v1-h77-lookout-hixson-one-therapist-one-patient"] = new(
            """
            LOOKOUT VALLEY ENT & ALLERGY · Vestibular Rehab (VRT) · Hixson office
            Referring ENT: Dr. Pruett. VW Chattanooga line worker, L vestibular neuritis before Thanksgiving.
            Dizzy today: "only when I whip my head toward the line buzzer."
            Delivery: one therapist, one patient, start to finish — nobody else on my schedule for this slot.
            97112 — 24 min
              • VOR x1 yaw and pitch against the checkerboard poster, standing feet together → on the Airex pad
              • walking the back hallway reading letters taped on both walls with side-to-side head turns
              • quick pivot turns on my call, L and R
            Finding: uncompensated L hypofunction — catch-up saccade on head impulse to the L; gaze blurs with quick head turns to the L
            Numbers: DVA 3 lines lost (5 at eval); DGI 19/24
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // Clearwater Lewiston keeper "run together with the LCSC shortstop on the next mat — I cued one … while the other rested": another patient in the block; VOR x1, saccades, tracking catches; vestibulo-ocular dysfunction; NPC and K-D present: one-on-one missing.
        ["v1-h77-clearwater-keeper-and-shortstop-side-by-side"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Lewiston, ID · PT daily
            Ath: 16-yo Clarkston HS soccer keeper, concussion Feb 9 (collision in the box). RTP step 2.
            Ran him together with the LCSC shortstop on the next mat — I cued one through his set while the other rested, then switched.
            97112 — 20 min
              → VOR x1 seated → standing, horizontal, to a letter on a tongue depressor
              → saccades between two cards held shoulder-width apart, head still
              → catching a tennis ball tossed to either side with a head turn to track it
            Deficit: vestibulo-ocular dysfunction — headache and blur with head turns; slow saccades
            NPC 8 cm (13 cm at intake); K-D 51.3 s (58.9 s at intake)
            """,
            ["S06.0X0D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Lakehead Duluth bridge operator: "the PT treated no other patient during these minutes; she was the only patient in the dizziness suite"; projected optokinetic stripes, VOR x2, patterned-carpet head turns; R hypofunction with visual motion sensitivity; mCTSIB seconds and FGA; 23 matches: passes.
        ["v1-h77-lakehead-only-patient-in-the-suite"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE (Duluth)
            OUTPATIENT PT DAILY NOTE
            SUBJECTIVE: Aerial Lift Bridge operator; R vestibular neuritis in December. Busy patterns (Miller Hill Mall, the cereal aisle) still set her off.
            OBJECTIVE: mCTSIB condition 4 (foam, eyes closed) 22 s (9 s at eval); FGA 22/30
            INTERVENTION: 97112 — 23 min. Delivered individually: the PT treated no other patient during these minutes; she was the only patient in the dizziness suite.
              - habituation: optokinetic stripes projected on the wall, standing on firm then on foam, then walking toward the wall
              - VOR x2 (head and card moving opposite), seated → standing
              - walking the patterned-carpet corridor with head turns
            ASSESSMENT: R vestibular hypofunction with visual motion sensitivity; steadier on foam.
            PLAN: Continue 2x/wk.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // Coastal Empire Tuesday "Steady Seas" PPPD class, "four patients working through the same stations; I moved between them": not one-on-one; screen videos on foam, striped-curtain head turns; visual dependence; FGA present: one-on-one missing.
        ["v1-h77-coastal-empire-steady-seas-class-of-four"] = new(
            """
            COASTAL EMPIRE NEURO-OTOLOGY · Physical Therapy
            Tuesday "Steady Seas" PPPD class — four patients working through the same stations; I moved between them.
            This patient (visit 6): 97112 — 25 min
            Stations: standing on foam while the big screen plays a slow drive down a live-oak avenue, then a busier clip of Broughton Street; walking the hall past the striped curtain with head turns; turning in place to a clicker
            Her deficit: visual dependence — leans on her eyes for balance and gets swimmy in the grocery aisles and on the Talmadge Bridge
            FGA 21/30 (17/30 at eval)
            """,
            ["F45.8", "R26.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Cedar Creek PTA: "While he did the foam sets I was also spotting SPC R. on the next mat for his tandem walking": attending another patient in the block; VOR x1 on foam, head-turn walking, pivots; blast VOR deficit; DVA and tandem steps present: one-on-one missing.
        ["v1-h77-cedar-creek-pta-spotting-another-sm"] = new(
            """
            CEDAR CREEK COMMUNITY CARE — Military & Veterans Rehab · Killeen
            BLUF: SM tolerated the progression of gaze work; still dizzy with rapid head turns.
            SM: SSG, artillery, blast exposure (mTBI) — TRICARE referral. PTA note.
            97112 — 18 min
              VOR x1 horizontal against a busy target, standing on foam; walking with head turns down the bay; 180° pivots to a called side
              While he did the foam sets I was also spotting SPC R. on the next mat for his tandem walking.
            Deficit: vestibulo-ocular reflex deficit after the blast — blur and unsteadiness with quick head movement
            DVA 2 lines lost; tandem walk 15 steps without a step-off
            """,
            ["F07.81", "R26.81"], [PTA("97112", 18)], [At(OneOnOne, "97112")]),

        // Lookout Valley East Ridge, daughter in the corner chair, nothing states one-on-one; positional habituation, Airex eyes closed, head nods walking; residual instability after BPPV; DGI and seconds present: one-on-one missing.
        ["v1-h77-lookout-daughter-in-the-corner-never-stated"] = new(
            """
            LOOKOUT VALLEY ENT & ALLERGY · Vestibular Rehab (VRT) · East Ridge office
            Her daughter drove her in and sat in the corner chair.
            Dizzy today: woozy lying back and rolling over; sways standing up from the choir-loft pew.
            R posterior-canal BPPV cleared last visit — Dix-Hallpike negative both sides today.
            97112 — 21 min
              • habituation to the positions that still bother her: sit → lie back, rolling L and R, bending to the floor
              • standing on the Airex, eyes closed, head turns
              • walking with head nods up and down the hallway
            Finding: residual postural instability and motion-provoked dizziness after the BPPV
            Numbers: DGI 20/24; Airex eyes closed 12 s
            """,
            ["H81.11"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Clearwater Moscow libero with her mom and the school ATC watching: "Solo session — no other athlete on my floor, all of it one-on-one with her"; half-roller VOR, dig-and-look drill, stepping saccades; oculomotor and vestibular symptoms; NPC and head-turn walk; 22 matches: passes.
        ["v1-h77-clearwater-libero-mom-and-atc-watching-solo"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Moscow, ID
            Ath: 15-yo Moscow HS volleyball libero, concussion Jan 27 (dove into the bleachers). Mom and the school ATC watched from the side.
            Solo session — no other athlete on my floor, all of it one-on-one with her.
            97112 — 22 min
              → VOR x1 standing on the half-foam roller, horizontal then vertical
              → dig-and-look drill: ball fed low L/R, she turns her head to find the setter's card on the wall before passing
              → saccades between targets on the wall at arm's length while stepping side to side
            Deficit: post-concussion oculomotor and vestibular symptoms — loses the ball against the gym lights, dizzy after dives
            NPC 6 cm (11 cm at intake); head-turn walk 10 m 7.9 s vs 7.1 s plain
            Sx pre/post: 1 → 2 (headache)
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // Clearwater Pullman Tuesday exertion group, three athletes on the bikes: 97110 has no one-on-one check; bike dose with resistance, rpm and miles, squats, lunges, planks; exercise intolerance with a playoff goal; 23 matches: passes.
        ["v1-h77-clearwater-exertion-group-on-the-bikes-97110"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Pullman, WA · Tuesday exertion group
            Three athletes on the bikes side by side, each on their own HR target; I rotated among them.
            Ath (this chart): 17-yo Pullman HS point guard, concussion Feb 3. BCTT last week: symptoms at HR 158.
            97110 — 23 min
              → upright bike at 80% of his threshold HR (target 126 bpm), resistance 5, 78 rpm, 6.1 miles
              → bodyweight squats 3 x 12, walking lunges 2 x 10 each, plank 3 x 30 s between rides
            Why: exercise intolerance since the concussion — headache climbs with exertion; goal: full practice by playoffs
            """,
            ["S06.0X0D"], [PT("97110", 23)], []),

        // Cedar Creek Harker Heights return-to-duty circuit of three SMs: 97530 has no one-on-one check; ruck laps with cone call-outs, kneel-prone-stand drills, water-can carries; dizziness with level changes and load after blast; laps and counts; 24 matches: passes.
        ["v1-h77-cedar-creek-rtd-circuit-of-three-97530"] = new(
            """
            CEDAR CREEK COMMUNITY CARE — Military & Veterans Rehab · Harker Heights
            BLUF: return-to-duty circuit with two other SMs; carried the ruck every lap without stopping.
            SM: SGT, infantry, mTBI from an IED blast.
            97530 — 24 min (group circuit, 3 SMs, PT leading)
              ruck walk on the track with a 35-lb ruck, 4 x 200 m, head turns to call out cones on the fence
              kneel → prone → up to standing, 3 x 5
              carrying two water cans 40 yd and setting them on a truck tailgate, x 4
            Deficit: imbalance and dizziness with quick level changes and under load since the blast injury
            All 4 ruck laps without a stop (2 of 4 last week); level changes 15 of 15 without a stagger
            """,
            ["F07.81", "R26.81"], [PT("97530", 24)], []),

        // Coastal Empire Pooler shrimper: "During this block I went back and forth between him and the BPPV patient in room 3": another patient in the block; pillow-stance gaze work, name-call head turns, stool step-ups; L hypofunction; veers and seconds present: one-on-one missing.
        ["v1-h77-coastal-empire-back-and-forth-to-room-3"] = new(
            """
            COASTAL EMPIRE NEURO-OTOLOGY · Physical Therapy · Pooler office
            Mr. Dasher, visit 3. Shrimper out of Thunderbolt — L vestibular neuritis in November; rocking and blur on the deck.
            97112 — 22 min. During this block I went back and forth between him and the BPPV patient in room 3, re-checking her after her maneuver.
              gaze stabilization with the target on the wall, head moving side to side, standing on a pillow
              walking the hall turning his head toward names I called out
              stepping on and off a low stool with eyes closed at the top
            Deficit: L vestibular hypofunction — oscillopsia and veering on the boat deck
            Head-turn gait: 6 veers in 20 m (11 at eval); pillow stance eyes closed 15 s
            """,
            ["H81.22"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Lakehead OT unit clerk: "one-to-one with the OT for all of it (door closed, no other client)"; Dynavision with head turns, census-board scanning; slowed scanning and visual-vestibular integration after a concussion; hits and reaction time; 21 matches: passes.
        ["v1-h77-lakehead-ot-dynavision-one-to-one"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE · Occupational Therapy
            SUBJECTIVE: Unit clerk on 5 West; concussion in a snowmobile crash on the Lester River trail. Can't keep up with the call lights and the census board without a headache.
            INTERVENTION: OT 97112 — 21 min, one-to-one with the OT for all of it (door closed, no other client).
              - Dynavision D2 mode A, then with head turns to read a number on the side monitor between hits
              - visual scanning of a census-board mock-up while standing and turning
            OBJECTIVE: Dynavision mode A 74 hits (58 at eval), average reaction 0.81 s
            ASSESSMENT: slowed visual scanning and impaired visual-vestibular integration after the concussion; scanning faster with fewer misses.
            """,
            ["S06.0X0D", "F07.81"], [OT("97112", 21)], []),

        // Cedar Creek Copperas Cove Vet with a DPT student charting vitals, nothing states one-on-one; VOR x1 on foam, dim-light hall walking, remembered target; bilateral hypofunction after gentamicin; foam seconds and DVA present: one-on-one missing.
        ["v1-h77-cedar-creek-dpt-student-never-stated"] = new(
            """
            CEDAR CREEK COMMUNITY CARE — Military & Veterans Rehab · Copperas Cove
            BLUF: Vet reports fewer spells rolling out of bed; walking steadier in the dark.
            Vet: retired 1SG, bilateral vestibular loss after gentamicin for a wound infection. VA CCN referral.
            A DPT student from the university observed and charted vitals.
            97112 — 20 min
              VOR x1 with the card at arm's length, pitch and yaw, standing on the 2-in. foam
              walking the hall in dim light touching the wall rail lightly, then without
              remembered-target drill: look at the dot, close eyes, turn head, open on the dot
            Deficit: bilateral vestibular hypofunction — oscillopsia walking, unsteady without light
            Foam stance eyes open 25 s; DVA 4 lines lost (6 at eval)
            """,
            ["H81.8X3", "T36.5X5S"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Coastal Empire SCAD student: "She had me to herself for the full NMR block; no other patient was booked with me"; gaze work and foam stance before a scrolling storyboard, head-turn approach walks; visually induced dizziness with vestibular migraine; seconds and FGA; 19 matches: passes.
        ["v1-h77-coastal-empire-had-me-to-herself"] = new(
            """
            COASTAL EMPIRE NEURO-OTOLOGY · Physical Therapy
            Ms. Oglesby, 22, SCAD animation student — vestibular migraine (Dr. Adeyemi). Scrolling storyboards and the River Street crowds bring it on.
            She had me to herself for the full NMR block; no other patient was booked with me.
            97112 — 19 min
              gaze stabilization in front of a scrolling storyboard on the monitor, slow → moderate speed
              standing on foam, eyes on a fixed dot while the screen scrolls
              walking toward and away from the monitor with head turns
            Deficit: visually induced dizziness / visual motion sensitivity between migraine attacks
            Foam stance with the screen scrolling 30 s (11 s at eval); FGA 24/30
            Provocation pre → post: 1 → 3/10, back to 1 after rest
            """,
            ["G43.809"], [PT("97112", 19)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Lakehead Cloquet "TREATMENT FORMAT: [x] Individual": one-on-one; VOR x1, side-mirror head-turn drill, foam eyes closed with tilts; L labyrinthitis hypofunction; foam seconds, DVA, k of 10; 22 matches: passes.
        ["v2-h77-lakehead-format-individual-ticked"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE · Cloquet clinic
            TREATMENT FORMAT:  [x] Individual   [ ] Concurrent   [ ] Group
            SUBJECTIVE: Snowplow driver for St. Louis County; L labyrinthitis in January. Checking the side mirrors on a curve makes the road tilt.
            INTERVENTION: 97112 — 22 min
              - VOR x1 yaw, sitting → standing on foam; side-mirror drill: quick head turns to read cards at the mirror positions
              - standing on foam with eyes closed, then with head tilts
            OBJECTIVE: foam eyes closed 18 s (6 s at eval); DVA 2 lines lost
            ASSESSMENT: L vestibular hypofunction, compensating; mirror checks without blur 8 of 10.
            """,
            ["H83.02"], [PT("97112", 22)], []),

        // Lakehead Two Harbors "[x] Group (Thursday vestibular class, 5 pts)": not one-on-one; gaze stations, head-turn walking, beam tandem; R hypofunction with postural instability; steps and DGI present: one-on-one missing.
        ["v2-h77-lakehead-format-group-ticked"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE · Two Harbors clinic
            TREATMENT FORMAT:  [ ] Individual   [ ] Concurrent   [x] Group (Thursday vestibular class, 5 pts)
            INTERVENTION: 97112 — 24 min
              - gaze stabilization stations, walking with head turns around the gym, tandem on the balance beam
            OBJECTIVE/ASSESSMENT: R vestibular hypofunction with postural instability; tandem on the beam 9 steps (4 at eval); DGI 18/24
            """,
            ["H81.91"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Cedar Creek Belton "1:1 w/ therapist (Y/N): ___" left blank and nothing else states it: never stated; x1 viewing, look-up habituation under a hood mock-up, tandem with head turns; R hypofunction after a rollover; steps and DVA present: one-on-one missing.
        ["v2-h77-cedar-creek-one-to-one-row-blank"] = new(
            """
            CEDAR CREEK COMMUNITY CARE — PT Daily (TRICARE) · Belton
            1:1 w/ therapist (Y/N): ___
            BLUF: SM's head-turn blur improving; still dizzy with overhead work in the motor pool.
            97112 — 21 min
              x1 viewing against the tool-board poster, standing → walking; head-extension habituation looking up under a raised hood (mock-up); tandem walk with head turns
            Deficit: R vestibular hypofunction after the rollover at the training area (whiplash + concussion) — blur and sway looking up
            Tandem with head turns 12 steps (5 at eval); DVA 3 lines lost
            """,
            ["H81.91", "S06.0X0D"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Cedar Creek Killeen "Impairment targeted: ______" left blank and nothing else names a deficit or system; "1:1 w/ therapist (Y/N): Y"; foam EC, tandem forward and back, ball toss marching, hurdles; steps and seconds: deficit missing.
        ["v2-h77-cedar-creek-impairment-targeted-blank"] = new(
            """
            CEDAR CREEK COMMUNITY CARE — PT Daily (VA CCN) · Killeen
            1:1 w/ therapist (Y/N): Y
            Impairment targeted: ______________
            97112 — 19 min
              foam stance with eyes closed; tandem walking forward and backward on a taped line; marching in place tossing a ball hand to hand; stepping over three hurdles at the end of the line
            Tandem forward 14 steps, backward 6 steps; foam EC 16 s
            Vet declined a water break; gait belt on throughout.
            """,
            ["F07.81"], [PT("97112", 19)], [At(Deficit, "97112")]),

        // Lookout Valley Signal Mountain HEP-progression table (exercise / surface / plane / background) under "Delivery: one-on-one, VRT therapist with this pt only"; R hypofunction with hymn-board blur and a catch-up saccade; DVA and DGI; 23 matches: passes.
        ["v2-h77-lookout-hep-progression-table"] = new(
            """
            LOOKOUT VALLEY ENT & ALLERGY · Vestibular Rehab (VRT) · Signal Mountain office
            Delivery: one-on-one, VRT therapist with this pt only.
            97112 — 23 min
            Exercise             | Surface | Plane      | Background
            VOR x1               | foam    | yaw, pitch | checkerboard
            VOR x2               | firm    | yaw        | plain wall
            head-turn walking    | hallway | yaw        | letters on the walls
            Finding: R vestibular hypofunction after vestibular neuritis — the hymn board blurs while she walks to her pew; catch-up saccade on head impulse to the R
            Numbers: DVA 2 lines lost (4 at eval); DGI 21/24
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // Clearwater Clarkston return-to-play ladder with steps 1-3 ticked; wrestler's shot drills with a head turn, sprawls, mirroring rounds; dizziness with level changes and head-down positions; counts; 19 matches: passes.
        ["v2-h77-clearwater-rtp-ladder-wrestler-97530"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Clarkston, WA
            RTP ladder:  ☑ 1 symptom-limited   ☑ 2 light aerobic   ☑ 3 sport-specific   ☐ 4 non-contact   ☐ 5 full contact   ☐ 6 game
            Ath: 17-yo Clarkston HS wrestler, concussion Jan 30 (head hit the mat on a takedown).
            97530 — 19 min (step 3)
              → shot drills on the mat: level change to a double-leg, back up, head turn to find my hand signal, x 10 each side
              → sprawl and recover to stance, x 12
              → stance-and-motion mirroring a partner, 3 rounds of 30 s
            Deficit: dizziness and headache with rapid level changes and head-down positions since the concussion
            10 of 10 shots each side without symptoms rising; sprawls 12 of 12
            """,
            ["S06.0X0D"], [PT("97530", 19)], []),

        // Clearwater Lewiston VOMS grid left blank ("not repeated today"), one-on-one stated; head-moving gaze work, wall saccades, pen-light pursuits; oculomotor and vestibulo-ocular dysfunction; no number but the code's: measure missing.
        ["v2-h77-clearwater-voms-grid-left-blank"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Lewiston, ID
            VOMS:  smooth pursuits ____   saccades H ____  V ____   NPC ____ cm   VOR H ____  V ____   VMS ____
            (not repeated today — she came in with a headache)
            Ath: LCSC softball catcher, second concussion this season (foul tip off the mask). One-on-one, no other athlete in the clinic.
            97112 — 18 min
              → gaze stabilization: head moving side to side with eyes on a letter card, seated
              → saccades between two sticky notes on the wall, head still
              → slow pursuit of a pen light, then pursuit with a head turn
            Deficit: oculomotor and vestibulo-ocular dysfunction after the concussion — loses the pitch off the bat, eyes tire reading
            """,
            ["S06.0X0D"], [PT("97112", 18)], [At(Measure, "97112")]),

        // Coastal Empire Richmond Hill "Session: ☒ 1:1" and a "Provoked by:" box row with "Visual dependence: ☒ yes" as the deficit; busy-aisle video on foam, patterned-rug walking reading labels; FGA and seconds; 20 matches: passes.
        ["v2-h77-coastal-empire-provoked-by-boxes"] = new(
            """
            COASTAL EMPIRE NEURO-OTOLOGY · PT Vestibular Session · Richmond Hill
            Session:            ☒ 1:1     ☐ group
            Provoked by:        ☒ grocery aisles   ☒ scrolling / screens   ☐ driving   ☒ busy carpet   ☐ lying down
            Visual dependence:  ☒ yes (leans on vision; worse in the dark)
            97112 — 20 min
              habituation: standing on firm → foam while watching a busy-aisle video; walking over the patterned rug turning her head to read shelf labels taped on the wall; eyes-closed stance on foam
            FGA 20/30 (16/30 at eval); foam eyes closed 10 s
            """,
            ["F45.8", "R26.81"], [PT("97112", 20)], []),

        // Lakehead Superior PTA "Pt seen individually? ☒ Yes": one-on-one; substitution walking with a fixed point and foot feel in dim light, cord step-overs, VOR x1; bilateral loss on the ore dock at dusk; Romberg on foam seconds; 17 matches: passes.
        ["v2-h77-lakehead-pta-seen-individually-yes"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE · PTA Treatment Note · Superior, WI clinic
            Pt seen individually?   ☒ Yes   ☐ No
            SUBJECTIVE: Ore-dock electrician; bilateral vestibular loss (ototoxic). Walking the dock at dusk is the worst.
            INTERVENTION: 97112 — 17 min
              - substitution: walking the hall with eyes on a fixed point, then with the lights dimmed using foot feel; stepping over a cord
              - VOR x1 pitch with the card at arm's length
            OBJECTIVE: Romberg on foam 8 s (3 s at eval); walked the dimmed hall without touching the wall
            ASSESSMENT: bilateral vestibular hypofunction — unsteady in low light, oscillopsia when walking
            """,
            ["H81.8X3", "T36.5X5D"], [PTA("97112", 17)], []),

        // Lookout Valley Ooltewah cervical ther-ex grid ("Region: ☒ cervical"), ticked exercises with doses, a carport blind-spot goal with cervicogenic dizziness; 18 matches: passes.
        ["v2-h77-lookout-cervical-ther-ex-grid"] = new(
            """
            LOOKOUT VALLEY ENT & ALLERGY · Vestibular Rehab (VRT) · Ooltewah office
            Region: ☒ cervical   ☐ thoracic   ☐ shoulder girdle
            ☒ chin tucks, supine, head on a towel roll        3 x 10, 10-s holds
            ☒ deep neck flexor lift-offs                      2 x 8, 5-s holds
            ☒ rows with the green band                        3 x 12
            ☒ slow head-neck rotation to a laser target       2 x 10 each way
            ☐ prone Ys                                        (next visit)
            97110 — 18 min
            Goal: check the blind spot backing out of the carport without the dizzy spell (cervicogenic — neck stiff turning R)
            """,
            ["M54.2"], [PT("97110", 18)], []),

        // Cedar Creek OT task and performance grid with nothing ticked, "SM participated in session. Continue OT POC.": no activity, deficit or level named — wholly generic.
        ["v2-h77-cedar-creek-ot-grid-unticked"] = new(
            """
            CEDAR CREEK COMMUNITY CARE — OT Daily · Killeen
            Tasks:        ☐ computer work   ☐ driving sim   ☐ ruck pack-out   ☐ med management
            Performance:  ☐ indep   ☐ mod I   ☐ SBA   ☐ CGA
            OT 97530 — 22 min. SM participated in session. Continue OT POC.
            """,
            ["F07.81"], [OT("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Lakehead Hermantown "CPT/TIME: 97112 [ 22 ] min 97110 [    ] min" with both 97112 and 97110 billed: no minutes for the ther ex — separate time missing; both sections complete (individual; VOR, ramp, tilt board; step-ups and raises with doses; hypofunction and leg weakness; seconds and FGA).
        ["v2-h77-lakehead-cpt-time-row-blank-for-97110"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE · Hermantown clinic
            CPT/TIME:   97112 [ 22 ] min    97110 [    ] min    97530 [    ] min
            TREATMENT FORMAT:  [x] Individual
            SUBJECTIVE: Lake Superior charter captain, L vestibular neuritis in the fall; wants to be back on the boat by smelt season.
            INTERVENTION:
              NMR: VOR x1 on foam; walking with head turns on the ramp; standing on the tilt board with head turns
              Ther ex: step-ups onto a 6-in. box 3 x 10; heel raises 3 x 15; squats to the mat table 2 x 12
            OBJECTIVE: tilt board with head turns 20 s; FGA 25/30
            ASSESSMENT: L vestibular hypofunction, and leg weakness after weeks of inactivity; steadier on the ramp.
            """,
            ["H81.22"], [PT("97112", 22), PT("97110", 13)], [SepTime]),

        // Clearwater Moscow OT return-to-learn box row (partial days, accommodations ticked); slide copying, a locker in hallway noise, a chemistry page; visual fatigue and lost place after a concussion; words and tries counted; 20 matches: passes.
        ["v2-h77-clearwater-ot-return-to-learn-boxes"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Moscow, ID · OT
            RTL:  ☐ home rest   ☒ partial days   ☐ full days      Accommodations: ☒ printed notes   ☒ extra test time   ☒ sunglasses in the halls
            Student: 15-yo, concussion at a club hockey game at the Palouse Ice Rink; back at school half days.
            OT 97530 — 20 min
              copying notes from a projected slide to paper, 3 slides of 40 words
              working a locker combination in the hallway with the passing-time noise recording playing
              reading a chemistry page and answering the questions at the end
            Deficit: visual fatigue and headache when copying from the board; loses her place switching between the slide and the paper
            Copying accuracy 112 of 120 words (84 of 120 at eval); locker opened on the first try 4 of 5
            """,
            ["S06.0X0D", "H51.11"], [OT("97530", 20)], []),

        // Cedar Creek Harker Heights duty-profile box; track and grass-infield gait with cone call-outs, backward walking, stops and turns, mod I; wide-based drifting gait after blast; laps and metres; 16 matches: passes.
        ["v2-h77-cedar-creek-profile-box-97116"] = new(
            """
            CEDAR CREEK COMMUNITY CARE — PT Daily (TRICARE) · Harker Heights
            Profile:  ☒ temporary — no running, no jumping, no ruck over 25 lb   ☐ permanent
            BLUF: walking the PT track at formation pace with head turns, steadier.
            97116 — 16 min
              gait on the quarter-mile track and the grass infield, calling out cones with head turns, 3 laps; walking backward 4 x 20 m; quick stops and turns on my call
              mod I, no device
            Deficit: wide-based, slow gait that drifts toward the L with head turns since the blast mTBI
            """,
            ["F07.81", "R26.89"], [PT("97116", 16)], []),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // Clearwater Pullman rugby flanker, sub-threshold training off the Buffalo Concussion Treadmill Test: treadmill speed, grade, HR window and miles, core circuit with doses; exertional headache with a drills goal; 20 matches: passes.
        ["v3-h77-clearwater-buffalo-test-sub-threshold-training"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Pullman, WA
            Ath: WSU club rugby flanker, concussion Jan 20 (caught in a ruck). Buffalo Concussion Treadmill Test last Thursday: symptom exacerbation at 3.6 mph / 9% grade, HR 164.
            Today — sub-symptom-threshold aerobic training off that test:
            97110 — 20 min
              → treadmill walk-jog 3.6 mph at 4% grade, HR held 135-140 (80-85% of threshold), 1.3 miles
              → core circuit between bouts: dead bugs 3 x 10, side plank 3 x 25 s each, bird dogs 2 x 10
            Why: exercise intolerance after the concussion — headache with exertion at rugby training; goal: non-contact drills next week
            Sx pre 1/10, post 1/10
            """,
            ["S06.0X0D"], [PT("97110", 20)], []),

        // Lakehead laker deckhand, "[x] Individual": Biodex Balance System limits-of-stability and random-control training, foam weight shifts; postural instability from chronic R vestibular loss; LOS % and mCTSIB seconds; 24 matches: passes.
        ["v3-h77-lakehead-biodex-limits-of-stability"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE · Duluth
            TREATMENT FORMAT:  [x] Individual   [ ] Concurrent   [ ] Group
            SUBJECTIVE: 71-yo retired laker deckhand; chronic R vestibular loss (acoustic neuroma resected years ago); new falls on the icy driveway.
            INTERVENTION: 97112 — 24 min
              - Biodex Balance System SD: limits-of-stability training, platform level 8 → 6, then random-control mode with head turns
              - weight shifts on foam to targets taped on the parallel bars
            OBJECTIVE: Biodex LOS overall 38% (27% at eval); mCTSIB foam eyes closed 14 s
            ASSESSMENT: postural instability from the chronic R vestibular loss; reaches farther toward the R limit.
            """,
            ["H81.91", "R29.6"], [PT("97112", 24)], []),

        // Clearwater Lapwai guard, "One-on-one with me the whole session" with her grandmother in the lobby: Brock string, pencil push-ups, VOR x1 at the break distance; convergence insufficiency and VOR-provoked dizziness; NPC cm; 21 matches: passes.
        ["v3-h77-clearwater-brock-string-and-vor"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Lewiston, ID
            Ath: 14-yo Lapwai girls' basketball guard, concussion Jan 18. One-on-one with me the whole session; her grandmother waited in the lobby.
            97112 — 21 min
              → Brock string: three beads, near → far fixations, then walking the string toward the wall
              → pencil push-ups to the bridge of the nose
              → VOR x1 horizontal with the card at her NPC break distance, standing
            Deficit: convergence insufficiency and VOR-provoked dizziness after the concussion — words double on the page by the end of a class
            NPC 9 cm (16 cm at intake); held fusion on the string to the 12-in. bead
            """,
            ["S06.0X0D", "H51.11"], [PT("97112", 21)], []),

        // Clearwater Clarkston LCSC keeper at RTP step 4: FitLight pods on the goal frame, crosses after a 180° turn, lit-pod distribution; slowed visual-motor reaction and dizziness on the high ball; lights hit and reaction time; 24 matches: passes.
        ["v3-h77-clearwater-fitlight-keeper-97530"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Clarkston, WA
            Ath: Lewis-Clark State soccer goalkeeper, concussion (collision with a striker) — RTP step 4, non-contact.
            97530 — 24 min
              → FitLight reaction pods on the goal frame and the ground: dive-and-slap to the lit pod, recover to set position, 4 sets of 12 lights
              → catching high crosses fed from the side after a 180° head turn, x 15
              → lateral shuffle and a distribution throw to a lit pod downfield, x 10
            Deficit: slowed visual-motor reaction and dizziness with head turns on the high ball since the concussion
            FitLight: 44 of 48 lights hit, mean reaction 0.62 s (0.81 s at step 3)
            """,
            ["S06.0X0D"], [PT("97530", 24)], []),

        // Coastal Empire Bluffton, "I had her alone, no other patient, for all of the 97112": optokinetic stripes, store and street videos on a 75-inch screen seated, firm and foam; visual motion sensitivity with PPPD; seconds and FGA; 23 matches: passes.
        ["v3-h77-coastal-empire-optokinetic-big-screen"] = new(
            """
            COASTAL EMPIRE NEURO-OTOLOGY · Physical Therapy · Bluffton office
            Mrs. Gnann, 63 — PPPD after a bout of BPPV last spring. I had her alone, no other patient, for all of the 97112.
            97112 — 23 min
              optokinetic habituation on the 75-inch screen: black-and-white stripes drifting L, then R, then a big-box store walkthrough video and a crowded River Street clip — seated, standing on firm, standing on foam
              walking past the screen and turning her head toward it
            Deficit: visual motion sensitivity / visual dependence with persistent postural-perceptual dizziness — has to leave the big stores; holds the cart to stand
            Foam stance through the River Street clip 45 s (stopped at 12 s at eval); FGA 22/30
            """,
            ["F45.8", "R26.81"], [PT("97112", 23)], []),

        // Coastal Empire mal de débarquement readaptation "per the Dai protocol", "treated one-to-one, I worked with no one else in that block"; head roll with moving stripes, walking eyes open and closed; maladapted response to ship motion; sharpened Romberg and tandem; 20 matches: passes.
        ["v3-h77-coastal-empire-dai-protocol-readaptation"] = new(
            """
            COASTAL EMPIRE NEURO-OTOLOGY · Physical Therapy
            Mrs. Quarterman — mal de débarquement since the seven-night Bahamas cruise out of Jacksonville in October; still rocking, worst sitting still in the car.
            Readaptation per the Dai protocol (Dr. Adeyemi's order): she rolled her head side to side at the frequency of her rocking while full-field stripes moved across the screen; then stood and walked on the firm floor, eyes open and closed.
            97112 — 20 min · treated one-to-one, I worked with no one else in that block
            Deficit: maladapted vestibular response to the ship's motion — postural rocking, sways on standing
            Sharpened Romberg 18 s (6 s at eval); tandem walk 10 steps without a step-off
            """,
            ["T75.3XXD"], [PT("97112", 20)], []),

        // Lookout Valley Hixson R posterior-canal BPPV recurrence: Epley x2 "billed 95992, not part of the timed code", then 97112 one-on-one: head-turn walking on the hall and the grass, foam with tilts, cone pick-ups; residual imbalance; DGI and seconds; 20 matches: passes.
        ["v3-h77-lookout-epley-then-habituation-and-gait"] = new(
            """
            LOOKOUT VALLEY ENT & ALLERGY · Vestibular Rehab (VRT) · Hixson office
            Dix-Hallpike R: upbeating torsional nystagmus with vertigo → R posterior-canal BPPV again (third recurrence). Epley R x2 — billed 95992, not part of the timed code. Re-test after the second maneuver: negative.
            97112 — 20 min · one-on-one, no other patient with me
              • walking with head turns and nods in the hallway, then on the grass outside the office
              • standing on foam, eyes closed, head tilts
              • bending to pick up cones from the floor and back to standing
            Finding: residual imbalance and motion-provoked unsteadiness after the repeated BPPV — stumbles on the slope of her yard
            Numbers: DGI 19/24 (16/24 at eval); foam eyes closed 14 s
            """,
            ["H81.11"], [PT("97112", 20)], []),

        // Lakehead Lakewalk walker, "[x] Individual": Tai Ji Quan: Moving for Better Balance forms with fixed gaze then eyes closed, cued stepping with head turns; bilateral hypofunction; FGA and single-leg seconds; 22 matches: passes.
        ["v3-h77-lakehead-tai-ji-quan-bilateral-loss"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE · Duluth
            TREATMENT FORMAT:  [x] Individual
            SUBJECTIVE: Retired UMD chemistry professor, bilateral vestibulopathy (idiopathic). Walks the Lakewalk with two trekking poles; wants to drop one.
            INTERVENTION: 97112 — 22 min
              - Tai Ji Quan: Moving for Better Balance — the core forms, the weight-shift and step-out forms slowed with eyes on a fixed point, then eyes closed for single-form repetitions
              - stepping across the gym floor to the forms' cue with head turns
            OBJECTIVE: FGA 19/30 (15/30 at eval); single-leg stance R 6 s, L 5 s
            ASSESSMENT: bilateral vestibular hypofunction — leans on vision and ankle feel; weight transfer in the step-outs better.
            """,
            ["H81.8X3"], [PT("97112", 22)], []),

        // Lakehead Hermantown whiplash: Maitland gr III unilateral PAs C1 and C2, manual traction, suboccipital release; cervicogenic dizziness from upper-cervical hypomobility; rotation and flexion-rotation degrees; 12 matches: passes.
        ["v3-h77-lakehead-maitland-upper-cervical-97140"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE · Hermantown clinic
            SUBJECTIVE: Rear-ended on I-35 at the Mesaba Avenue exit in November. Dizzy turning her head to check the blind spot and looking down at her phone; no spinning. Vestibular testing normal at eval.
            INTERVENTION: 97140 — 12 min
              - Maitland gr III unilateral PAs L C1 and C2, 3 bouts each
              - manual upper-cervical traction in supine
              - suboccipital release
            OBJECTIVE: cervical rotation L 52° → 64°; flexion-rotation test L 27° → 35°
            ASSESSMENT: cervicogenic dizziness from upper-cervical hypomobility after the whiplash
            """,
            ["S13.4XXD", "M54.2"], [PT("97140", 12)], []),

        // Clearwater Moscow "Sub-Symptom Aerobic Program, phase two": bike at her target heart rate, elliptical, cool-down walk, with exercise intolerance running hills — no speed, load, distance or number but the code's: measure missing.
        ["v3-h77-clearwater-sub-symptom-programme-no-dose"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Moscow, ID
            Ath: Moscow HS cross-country runner — post-concussion exercise intolerance; the headache climbs when she runs hills.
            Clearwater Sub-Symptom Aerobic Program, phase two: stationary bike at her target heart rate from last week's treadmill test, then the elliptical, stopping short of any symptom rise; walking cool-down in the hall.
            97110 — 20 min
            Plan: continue the program daily at home on the bike; re-test on the treadmill next week.
            """,
            ["S06.0X0D", "F07.81"], [PT("97110", 20)], [At(Measure, "97110")]),

        // Cedar Creek Copperas Cove BTrackS plate, "1-on-1, Vet and PT only in the bay": eyes-closed trials, the plate's weight-shift game, the foam insert; path length and gates — no deficit, impairment or system named: deficit missing.
        ["v3-h77-cedar-creek-btracks-plate-no-deficit"] = new(
            """
            CEDAR CREEK COMMUNITY CARE — PT Daily (VA CCN) · Copperas Cove
            Session: 1-on-1, Vet and PT only in the bay.
            97112 — 20 min
              BTrackS balance plate: feet-together and tandem trials with eyes closed; then the plate's training game — shifting weight to steer the dot through the gates; then standing on the foam insert
            BTrackS path length 31 cm (44 cm first visit); 18 of 20 gates cleared
            Vet talked about deer season the whole time.
            """,
            ["F07.81", "R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Cedar Creek Killeen Motek C-Mill, "1-on-1: PT with this SM only": projected stepping stones and obstacles with a moving road scene, cone-colour head turns, stop cues; visual-vestibular mismatch after blast; targets and obstacles; 22 matches: passes.
        ["v3-h77-cedar-creek-c-mill-moving-road"] = new(
            """
            CEDAR CREEK COMMUNITY CARE — Military & Veterans Rehab · Killeen
            BLUF: SM hit more stepping targets with the scene moving; no stops.
            1-on-1: PT with this SM only, harness on.
            97112 — 22 min
              Motek C-Mill: walking with projected stepping stones and obstacles while the screen plays the moving convoy-road scene; head turns to call out the colour of cones projected at the sides; sudden stop-and-step cues
            Deficit: visual-vestibular mismatch after the blast mTBI — veers and stops in busy visual scenes (the PX on payday)
            Targets hit 41 of 50 (29 of 50 first session); obstacles cleared 14 of 15
            """,
            ["F07.81"], [PT("97112", 22)], []),

        // Coastal Empire PICA stroke, "one-to-one; nobody else booked with me": VOR cancellation with a tongue depressor, smooth pursuit, tile-line tandem; central vestibular / cerebellar ataxia; tandem steps and DGI; 20 matches: passes.
        ["v3-h77-coastal-empire-vor-cancellation-central"] = new(
            """
            COASTAL EMPIRE NEURO-OTOLOGY · Physical Therapy
            Mr. Kessler, 58 — central vestibular signs after a small L cerebellar (PICA) stroke in August; Dr. Adeyemi's exam: saccadic pursuit, impaired VOR cancellation, gaze-evoked nystagmus to the L.
            97112 — 20 min, one-to-one; nobody else booked with me
              VOR cancellation: tongue depressor held at arm's length, head and target moving together, seated → standing
              smooth-pursuit practice with the head still, then walking while tracking a ball I carried
              tandem walking along the hallway tile line, arms crossed
            Deficit: central vestibular / cerebellar — ataxic, wide-based gait, veers L; blur following moving things
            Tandem walk 7 steps (2 at eval); DGI 17/24
            """,
            ["I69.393", "H81.4"], [PT("97112", 20)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Lookout Valley Dalton carpet-mill supervisor: order-board letters jump walking the aisle, fast L turns slide the floor — the findings; "one-on-one with me the entire time"; VOR x1 to a work order, card-reading walks, mop-handle step-overs; DVA and k of 10; 22 matches: passes.
        ["v4-h77-lookout-dalton-order-board-letters-jump"] = new(
            """
            LOOKOUT VALLEY ENT & ALLERGY · Vestibular Rehab (VRT) · Dalton, GA satellite
            Carpet-mill shift supervisor. Since the L labyrinthitis the letters on the line's order board jump when he walks the aisle, and he has to stop to read them. Turning his head fast to the L makes the floor slide; he catches himself on the rolls.
            97112 — 22 min · one-on-one with me the entire time
              • VOR x1 L/R to a work-order sheet taped to the wall, standing → walking
              • walking the 40-ft hallway reading random letters on cards I held up on either side
              • quick L head turns while stepping over a mop handle
            Numbers: DVA 3 lines lost (5 at eval); read 9 of 10 hallway cards without slowing
            """,
            ["H83.02"], [PT("97112", 22)], []),

        // Clearwater Pullman linebacker: words double after a page of chemistry, NPC breaks at 14 cm with exophoria, hallway head turns make him queasy — the findings; one-on-one; VOR x1, near-far saccades, hall number reading; NPC and k of 10; 20 matches: passes.
        ["v4-h77-clearwater-words-double-after-a-page"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Pullman, WA
            Ath: Pullman HS linebacker, concussion Jan 24. After a page of chemistry the words double and his headache comes on; NPC breaks at 14 cm with exophoria at near; quick head turns in the hallway crowds make him queasy.
            97112 — 20 min, one-on-one, no other athlete scheduled with me
              → VOR x1 horizontal and vertical, seated → standing, card at arm's length
              → near-far saccades between a reading card at his nose and the Snellen chart on the wall
              → walking the hall with head turns to read numbers I held up
            NPC today 10 cm; read 8 of 10 hall numbers without stopping
            """,
            ["S06.0X0D", "H51.11"], [PT("97112", 20)], []),

        // Lakehead ore-dock millwright: head swims looking down from the dock ladder, locks both hands, steps back looking up at the conveyor — the findings; ladder climbs calling floor cards, overhead tool-bag reaches, stair carries; counts; 23 matches: passes.
        ["v4-h77-lakehead-ore-dock-ladder-looking-down"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE
            SUBJECTIVE: Ore-dock millwright. Since the R vestibular neuritis, looking down from the dock ladder makes his head swim and he locks both hands on the rungs; he can't look up at the conveyor without stepping back.
            INTERVENTION: 97530 — 23 min
              - climbing the 8-ft clinic ladder, looking down between rungs to call out a card on the floor, x 6
              - reaching overhead to hang and remove a 10-lb tool bag on a hook at 7 ft, x 8
              - carrying the tool bag up and down the stairs, 3 flights
            OBJECTIVE: ladder climbs 6 of 6 without stopping to hold; overhead reaches 8 of 8 without a step back
            """,
            ["H81.21"], [PT("97530", 23)], []),

        // Coastal Empire Ménière's after intratympanic gentamicin: veers walking the dog in Forsyth Park, the fountain spray jiggles, can't cross the dark bedroom without the wall — the findings; one-to-one; gaze work, night-light walking, foam EC; seconds and veers; 21 matches: passes.
        ["v4-h77-coastal-empire-fountain-jiggles-after-gentamicin"] = new(
            """
            COASTAL EMPIRE NEURO-OTOLOGY · Physical Therapy
            Ms. Bacon, visit 5. Her Ménière's spells stopped after the L intratympanic gentamicin in October, but now she veers L walking the dog in Forsyth Park, the fountain's spray "jiggles" when she turns to look at it, and she can't get to the bathroom in the dark without touching the wall.
            97112 — 21 min. Worked with her one-to-one; no one else was on my schedule then.
              gaze stabilization to a target on the door, head side to side and then up and down, feet together
              walking the hall at night-light level, eyes on a fixed target, then turning her head
              standing on foam, eyes closed
            Foam eyes closed 9 s; head-turn walk down the hall 2 veers (5 at eval)
            """,
            ["H81.02"], [PT("97112", 21)], []),

        // Cedar Creek mechanized-infantry SM: the world lurches looking up through the Bradley hatch, reaches for the fender rising from a crouch — the findings; "direct one-on-one with the PT"; pitch habituation, crouch-to-stand with head turns; DGI and k of 12; 23 matches: passes.
        ["v4-h77-cedar-creek-bradley-hatch-lurch"] = new(
            """
            CEDAR CREEK COMMUNITY CARE — Military & Veterans Rehab · Killeen
            BLUF: SM climbing out of the Bradley's hatch this week without grabbing for the handholds.
            SM: SPC, mechanized infantry. Since the blast last summer the world lurches when he looks up through the hatch or tips his head back under the vehicle; in the motor pool he reaches for the fender when he stands up fast from a crouch.
            97112 — 23 min, direct one-on-one with the PT, no other SMs in the bay
              head extension and flexion habituation: looking up at a target on the ceiling, then down to the floor, sitting → standing → on foam
              crouch-to-stand with a head turn to a called target, eyes open then closed
            DGI 20/24; crouch-to-stand with head turn 10 of 12 without a stagger
            """,
            ["F07.81", "Z87.820"], [PT("97112", 23)], []),

        // Lakehead Superior pharmacist: turning to look over her R shoulder in the parking ramp makes her lightheaded, it starts in her neck, neck locked turning R with ropy suboccipitals — the findings; C1-2 SNAGs, suboccipital inhibition, STM; rotation and joint position error degrees; 11 matches: passes.
        ["v4-h77-lakehead-parking-ramp-neck-starts-it-97140"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE · Superior, WI clinic
            SUBJECTIVE: Hospital pharmacist. Backing out of the parking ramp, turning to look over her R shoulder makes her lightheaded and off balance — it starts in her neck, not her ears. Her neck is locked turning R; the R upper trap and suboccipitals are ropy.
            INTERVENTION: 97140 — 11 min
              - sustained natural apophyseal glides C1-2 to the R with active rotation, 3 x 6
              - suboccipital inhibition; STM R upper trapezius and levator
            OBJECTIVE: cervical rotation R 48° → 61°; joint position error back from R rotation 7° → 4°
            """,
            ["M54.2"], [PT("97140", 11)], []),

        // Clearwater Lewiston barrel racer: looking over her shoulder for the second barrel spins the arena, dizzy stepping up into the stirrup — the findings; stirrup-rig mounts with a head turn, cone barrel patterns, disc reins-and-look; counts; 18 matches: passes.
        ["v4-h77-clearwater-barrel-racer-arena-spins"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Lewiston, ID
            Ath: 19-yo barrel racer, concussion when her mare went down at the Lewiston Roundup. Looking over her shoulder for the second barrel makes the arena spin; she gets dizzy stepping up into the stirrup and has to rest her head on the saddle.
            97530 — 18 min
              → mounting the clinic's stirrup rig from the ground, head turn to the L on the way up, x 10
              → barrel-pattern walk-and-turn around three cones, looking over the inside shoulder at each turn, x 5 patterns
              → reins-and-look: seated on a balance disc holding rein tension on a band, head turns to targets, x 12
            10 of 10 mounts without resting her head; 5 of 5 patterns without stopping
            """,
            ["S06.0X0D"], [PT("97530", 18)], []),

        // Lakehead OT claims processor: scrolling claim screens nauseate, loses her place paper to monitor, headachy by lunch — the findings; keying claims with a document holder, scrolling at slowed then default speed; claims keyed; RTW step; 25 matches: passes.
        ["v4-h77-lakehead-ot-claim-screens-nauseate"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE · Occupational Therapy
            SUBJECTIVE: Claims processor at the Northshore Health billing office; post-concussion after a fall on the ice in Canal Park. Scrolling the claim screens makes her nauseated; she loses her place moving from the paper to the monitor and re-reads every line; the open office's lights and chatter leave her headachy by lunch.
            INTERVENTION: OT 97530 — 25 min
              - work simulation: keying claim numbers from paper forms into the spreadsheet, document holder beside the monitor, brightness down, font up; 3 blocks of 20 claims
              - scrolling the claim list with the scroll speed slowed, then at the default speed
            OBJECTIVE: 57 of 60 claims keyed without error (41 of 60 at eval); scrolled at default speed for the last block
            PLAN: RTW step 2 — half days with breaks.
            """,
            ["F07.81", "S06.0X0D"], [OT("97530", 25)], []),

        // Cedar Creek Belton Vet with an all-normal exam (head impulse, nystagmus, DVA, sharpened Romberg, FGA 30/30) and "No deficit found today"; one-on-one; head-turn track walking, foam tilts, pivots — no deficit targeted: deficit missing.
        ["v4-h77-cedar-creek-no-deficit-found-today"] = new(
            """
            CEDAR CREEK COMMUNITY CARE — PT Daily (VA CCN) · Belton
            BLUF: Vet has no dizziness, no headaches, and ran his 2-mile on Saturday; exam normal today.
            Head impulse negative both ways; no nystagmus with fixation removed; DVA 0 lines lost; sharpened Romberg 30 s eyes closed; FGA 30/30.
            97112 — 18 min, one-on-one (PT and Vet only)
              head-turn walking on the track, foam stance eyes closed with head tilts, quick pivots to called directions
            No deficit found today; plan discharge next visit with the home program.
            """,
            ["F07.81"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // Clearwater Clarkston pitcher cleared by his physician, symptom-free, NPC and VOMS normal, "Nothing to treat — no symptoms, no findings"; one-on-one; bunt fielding with head turns, pivot throws, pop-ups on a disc — no deficit targeted: deficit missing.
        ["v4-h77-clearwater-pitcher-nothing-to-treat"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Clarkston, WA
            Ath: Clarkston HS pitcher, concussion in December — cleared by his physician Friday. Symptom-free at rest and through practice; NPC 5 cm, VOMS all normal, K-D at his preseason baseline.
            97112 — 17 min · solo session, one-on-one
              → fielding bunts with a head turn to first base; pivot-and-throw drills off the mound; catching pop-ups standing on the balance disc
            Nothing to treat — no symptoms, no findings; he wanted a last session before the season opener.
            """,
            ["S06.0X0D"], [PT("97112", 17)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Lakehead Two Harbors mCTSIB written as four conditions in seconds, "[x] Individual"; foam EC with head turns, rock-garden mat, VOR x1; R hypofunction, somatosensory-dependent; 20 matches: passes.
        ["v5-h77-lakehead-mctsib-four-conditions"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE · Two Harbors clinic
            TREATMENT FORMAT:  [x] Individual
            OBJECTIVE: mCTSIB (s, of 30): firm EO 30 · firm EC 30 · foam EO 30 · foam EC 11 (falls toward the R)
            SUBJECTIVE: Volunteer guide at Split Rock; R vestibular neuritis; unsteady on the rocky shore path.
            INTERVENTION: 97112 — 20 min
              - foam stance eyes closed with head turns; walking on the rock-garden mat with head turns; VOR x1 on foam
            ASSESSMENT: R vestibular hypofunction, somatosensory-dependent
            """,
            ["H81.21"], [PT("97112", 20)], []),

        // Lookout Valley East Ridge DGI written item by item (18/24), "Delivery: 1:1"; head-turn walking, pivots, landing stairs, foam VOR x1; L hypofunction, unsteady on the Incline Railway stairs; 22 matches: passes.
        ["v5-h77-lookout-dgi-item-by-item"] = new(
            """
            LOOKOUT VALLEY ENT & ALLERGY · Vestibular Rehab (VRT) · East Ridge office
            DGI 18/24: level 3 · speed changes 3 · horizontal head turns 2 · vertical head turns 2 · pivot turn 2 · step over obstacle 3 · around obstacles 2 · stairs 1
            Delivery: 1:1 — one VRT therapist, one patient
            97112 — 22 min
              • walking with horizontal and vertical head turns past the exam-room doors; pivot turns to a stop; stairs with head turns at the landing
              • VOR x1 standing on foam, pitch then yaw
            Finding: L vestibular hypofunction after vestibular neuritis — unsteady with head turns and on the stairs at the Incline Railway station
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // Coastal Empire Tybee clinic day, DVA on an ETDRS chart (static 20/20, dynamic 20/50, 4 lines lost); "he was the only patient with me throughout"; chart gaze work on firm and foam, pea-gravel head turns; L hypofunction at the helm; 24 matches: passes.
        ["v5-h77-coastal-empire-dva-etdrs-lines"] = new(
            """
            COASTAL EMPIRE NEURO-OTOLOGY · Physical Therapy · Tybee Island clinic day
            DVA (ETDRS chart, head at 2 Hz to the metronome): static 20/20, dynamic 20/50 — 4 lines lost (6 at eval)
            Mr. Tuten, river-boat tour captain; L vestibular neuritis. One-on-one session — he was the only patient with me throughout.
            97112 — 24 min
              gaze stabilization to the chart letters, head side to side and up and down, standing on firm then foam
              walking the clinic's pea-gravel path with head turns
            Deficit: L vestibular hypofunction — the channel markers blur when he turns his head at the helm
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // Cedar Creek Killeen 10-m walk plain and with head turns in seconds, "1-on-1, PT with SM only"; card head-turn walking, x1 walking, eyes-closed tandem; L hypofunction after blast; 22 matches: passes.
        ["v5-h77-cedar-creek-ten-metre-walk-head-turns"] = new(
            """
            CEDAR CREEK COMMUNITY CARE — PT Daily (TRICARE) · Killeen
            10-m walk: 7.4 s plain, 10.9 s with head turns (13.6 s at eval)
            BLUF: SM walking the motor-pool lot with head turns without drifting.
            1-on-1, PT with SM only.
            97112 — 22 min
              walking with head turns to cards on both sides of the hall; x1 viewing walking toward the card; tandem walk with eyes closed
            Deficit: L vestibular hypofunction after the blast — drifts L and slows with head turns
            """,
            ["F07.81", "H81.92"], [PT("97112", 22)], []),

        // Clearwater Lewiston BCTT threshold (speed, grade, HR against intake) then 97110: bike intervals with resistance and rpm, single-leg RDLs and band walks with doses; exertional headache with a step-4 goal; 16 matches: passes.
        ["v5-h77-clearwater-bctt-threshold-then-intervals"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Lewiston, ID
            BCTT today: symptom threshold at 3.4 mph, 11% grade, HR 162 (at intake: 6% grade, HR 141)
            Ath: LCSC baseball shortstop, concussion in January (line drive).
            97110 — 16 min (after the test)
              → upright bike, sub-threshold intervals: 4 x 90 s at resistance 7, 82 rpm, easy spin between
              → single-leg RDLs 3 x 8 each; lateral band walks 3 x 12
            Why: exertional headache since the concussion; goal: RTP step 4, non-contact practice
            """,
            ["S06.0X0D"], [PT("97110", 16)], []),

        // Clearwater Pullman NPC in three trials and King-Devick against baseline; one-on-one; juggling VOR x1, marching saccade ladder, ball-on-a-string heading on a half roller; post-concussion vestibulo-ocular symptoms; 19 matches: passes.
        ["v5-h77-clearwater-npc-trials-and-king-devick"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Pullman, WA
            NPC 7 / 7 / 8 cm (three trials); K-D 46.9 s, 0 errors (baseline 44.2 s)
            Ath: WSU women's soccer defender, concussion (heading duel), RTP step 3.
            97112 — 19 min · one-on-one
              → VOR x1 while juggling a ball off the thigh, head turns to a target I call
              → saccade ladder on the wall, then while marching
              → heading simulation: head turns to track a ball on a string, feet on the half-foam roller
            Deficit: post-concussion vestibulo-ocular symptoms — dizzy tracking the ball in the air
            """,
            ["S06.0X0D"], [PT("97112", 19)], []),

        // Lakehead PTA Skywalk and salted-sidewalk gait with a cane (feet, curb count, SBA/CGA), eyes-up cues; wide-based veering gait with bilateral hypofunction; 15 matches: passes.
        ["v5-h77-lakehead-pta-skywalk-distance-and-assist-97116"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE · PTA Treatment Note
            SUBJECTIVE: Bilateral vestibular hypofunction; afraid of the snowy sidewalks on her street in Lakeside.
            INTERVENTION: 97116 — 15 min
              - walking the Skywalk route (hospital to the parking ramp) with the single-point cane, 1,200 ft; the salted sidewalk outside, 200 ft; curb up and down x 4
              - SBA on the Skywalk, CGA on the sidewalk and the curb
              - cues: eyes up on a fixed point ahead, wider base on the ice
            ASSESSMENT: wide-based, slow gait, veers with head turns; steadier with the cane
            """,
            ["H81.8X3"], [PTA("97116", 15)], []),

        // Cedar Creek OT ruck pack-out to the list with floor bends and wall-list head turns; dizziness bending and rising, dropped steps; items and staggers counted; 21 matches: passes.
        ["v5-h77-cedar-creek-ot-ruck-pack-out-97530"] = new(
            """
            CEDAR CREEK COMMUNITY CARE — OT Daily (TRICARE) · Killeen
            BLUF: SM packed his ruck to the list with one stagger.
            OT 97530 — 21 min
              packing a ruck to the packing list posted on the wall: items laid out on the floor, bend to pick each up, turn to check it off on the wall list, stow it; 2 rounds
            Deficit: dizziness bending and rising with the head down, and skipped steps on multi-step tasks since the mTBI
            24 of 24 items packed the second round (19 of 24 the first); 1 stagger in 48 bends
            """,
            ["F07.81"], [OT("97530", 21)], []),

        // Coastal Empire mal de débarquement "Looked steadier walking the hallway than last week": one-to-one, readaptation head roll with stripes, hallway walking eyes open and closed; persistent rocking — no number but the code's: measure missing.
        ["v5-h77-coastal-empire-rocking-better-no-number"] = new(
            """
            COASTAL EMPIRE NEURO-OTOLOGY · Physical Therapy
            Mrs. Lanier's husband says she's rocking less at supper; she agrees, and the car rides are easier.
            97112 — 18 min. One-to-one with me; I saw no one else during her time.
              readaptation again: head rolling side to side in time with the rocking she feels while the stripes move across the screen, then walking the hallway, eyes open then closed
            Deficit: mal de débarquement — persistent rocking after the cruise, worse sitting still
            Looked steadier walking the hallway than last week; no stagger on the eyes-closed passes.
            """,
            ["T75.3XXD"], [PT("97112", 18)], [At(Measure, "97112")]),

        // Lookout Valley Ooltewah Dix-Hallpike and roll tests negative, "Steadier on the foam than last visit"; one-on-one; bending, rolling and lying-back habituation, foam gaze work, head nods; residual dizziness after BPPV — no number but the code's: measure missing.
        ["v5-h77-lookout-positional-tests-negative-no-number"] = new(
            """
            LOOKOUT VALLEY ENT & ALLERGY · Vestibular Rehab (VRT) · Ooltewah office
            Dix-Hallpike negative both sides and roll test negative both sides — no nystagmus, no vertigo. Says rolling over in bed is much better; still woozy bending to the dishwasher.
            97112 — 20 min · one-on-one, only this patient with me
              • habituation: bending to the floor and back up, rolling side to side on the mat, sit → lie back
              • gaze stabilization with the head moving side to side, standing on foam
              • walking with head nods down the hall
            Finding: residual motion-provoked dizziness and imbalance after R posterior-canal BPPV cleared
            Steadier on the foam than last visit.
            """,
            ["H81.11"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Cedar Creek Copperas Cove "SM did better on the level changes today, fewer stops than last time": kneel-stand-scan, low-bar crawls, ammo-can carry to a high shelf; dizziness with level changes after blast — no count, distance, level or number but the code's: measure missing.
        ["v5-h77-cedar-creek-level-changes-did-better-no-count"] = new(
            """
            CEDAR CREEK COMMUNITY CARE — PT Daily (TRICARE) · Copperas Cove
            BLUF: SM did better on the level changes today, fewer stops than last time.
            97530 — 21 min
              kneel → stand → turn and scan the range line for a called target; crawl under the low bar and stand up on the far side; carry the ammo can down the hall and set it on the top shelf, looking up
            Deficit: dizziness and imbalance with fast level changes and looking up since the blast mTBI
            Plan: add the ruck next visit.
            """,
            ["F07.81"], [PT("97530", 21)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Cedar Creek four-digit clock times per code (NMR 1302–1325 = 23, TE 1325–1338 = 13, both match), "1-on-1, Vet and PT only"; VOR x2 on foam, pivots, head nods; kettlebell squats, step-ups, carries with doses; L hypofunction and deconditioning; DVA and DGI: passes.
        ["v6-h77-cedar-creek-clock-times-two-codes"] = new(
            """
            CEDAR CREEK COMMUNITY CARE — PT Daily (VA CCN) · Killeen
            BLUF: Vet tolerated both blocks; no spins on the pivots.
            NMR 97112   1302–1325   1-on-1, Vet and PT only
            TE  97110   1325–1338
            NMR: VOR x2 standing on foam; pivot turns to called directions; walking with head nods
            TE: goblet squats with a 20-lb kettlebell 3 x 10; step-ups 3 x 10; farmer carries 4 x 30 m
            Deficits: L vestibular hypofunction after the blast — blur and drift with head movement; legs deconditioned after months of limited activity
            DVA 2 lines lost; DGI 21/24
            """,
            ["F07.81", "H81.92"], [PT("97112", 23), PT("97110", 13)], []),

        // Lookout Valley 97112 "in two parts, split by the repositioning: 10 min before + 13 min after = 23 min" (matches), Gufoni "billed 95992, no timed minutes"; one-on-one; VOR x1, head-turn walks, foam, floor bends; unsteadiness and L horizontal-canal BPPV; DGI and seconds: passes.
        ["v6-h77-lookout-two-parts-around-the-gufoni"] = new(
            """
            LOOKOUT VALLEY ENT & ALLERGY · Vestibular Rehab (VRT) · Hixson office
            97112 in two parts, split by the repositioning: 10 min before + 13 min after = 23 min. One-on-one throughout.
            Before: VOR x1 seated and standing; walking with head turns
            Roll test L positive (geotropic horizontal nystagmus) → L horizontal-canal BPPV; Gufoni L x2 (billed 95992, no timed minutes).
            After: standing on foam with head turns; walking the hall with head nods; bending to the floor and back up
            Finding: unsteadiness with head movement and recurrent L horizontal-canal BPPV; fell turning in the kitchen last month
            Numbers: DGI 20/24; foam with head turns 16 s
            """,
            ["H81.12"], [PT("97112", 23)], []),

        // Lakehead Cloquet "CPT/TIME: 97112 21 min | 97110 12 min | 97140 9 min" (all match), "[x] Individual"; VOR x1/x2 on foam and cone walking; neck flexor and band work with doses; C2-4 PAs and suboccipital release; vestibulo-ocular deficit and upper-cervical hypomobility; DVA and rotation degrees: passes.
        ["v6-h77-lakehead-cpt-time-row-three-codes"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE · Cloquet clinic
            TREATMENT FORMAT:  [x] Individual
            CPT/TIME:  97112  21 min  |  97110  12 min  |  97140  9 min
            SUBJECTIVE: Paper-mill worker; concussion and whiplash when a roll clamp struck his hard hat. Neck tight; dizzy with quick head turns.
            INTERVENTION:
              NMR: VOR x1 and x2 on foam; head-turn walking around cones set out like the mill floor
              TE: deep neck flexor holds 3 x 10 with 10-s holds; scapular retraction with the red band 3 x 15; thoracic extension over the foam roll 2 x 10
              MT: C2-3 and C3-4 R unilateral PAs gr III; suboccipital release
            OBJECTIVE: DVA 2 lines lost; cervical rotation R 55° → 66°
            ASSESSMENT: vestibulo-ocular deficit after the concussion, with upper-cervical hypomobility and neck flexor weakness
            """,
            ["S06.0X0D", "S13.4XXD"], [PT("97112", 21), PT("97110", 12), PT("97140", 9)], []),

        // Clearwater Lewiston minutes with a prime ("97110 · aerobic, sub-threshold — 15′", "97112 … — 22′", both match), one-on-one; treadmill dose and bridges; track-line VOR, cone saccades, foam head turns; exercise intolerance and VOR-provoked dizziness; NPC and 10-m walk: passes.
        ["v6-h77-clearwater-minutes-with-a-prime"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Lewiston, ID
            Ath: Lewiston HS 800-m runner, concussion Jan 12 — ran into a goalpost at a snow-day indoor practice.
            97110 · aerobic, sub-threshold — 15′
              → treadmill 5.8 mph at 1% grade, HR capped at 150, 1.4 miles; hip bridges 3 x 12
            97112 · oculomotor / VOR — 22′ · one-on-one the whole time
              → VOR x1 and x2 walking the track lane lines; saccades between cones at 5 and 10 m; foam stance with head turns
            Why / deficits: exercise intolerance (headache above HR 155) and VOR-provoked dizziness after the concussion
            NPC 6 cm; head-turn 10-m walk 6.1 s (8.4 s at intake)
            """,
            ["S06.0X0D"], [PT("97110", 15), PT("97112", 22)], []),

        // Coastal Empire "Timed services today: neuromuscular re-education 24 minutes (97112), one-to-one …; therapeutic activities 13 minutes (97530)" (both match); foam VOR to a placard, hall head turns, EC tilts; work-stand climbs and under-wing kneeling; complete R vestibular loss after resection; DVA, counts and seconds: passes.
        ["v6-h77-coastal-empire-timed-services-sentence"] = new(
            """
            COASTAL EMPIRE NEURO-OTOLOGY · Physical Therapy · Pooler office
            Mr. Exley, Gulfstream sheet-metal mechanic; R vestibular schwannoma removed (translabyrinthine) in September — no R vestibular function now.
            Timed services today: neuromuscular re-education 24 minutes (97112), one-to-one the whole time; therapeutic activities 13 minutes (97530).
            NMR: VOR x1 and x2 to a tail-number placard photo on the wall, standing on foam; walking the hall with head turns; eyes-closed stance with head tilts
            Work tasks: climbing the three-step work stand and riveting overhead on the mock panel, x 6; kneeling under the mock wing to reach a fastener and standing back up, x 8
            Deficits: complete R vestibular loss — blur with head turns, imbalance looking up and kneeling; can't yet work under the wing
            DVA 3 lines lost (6 at eval); 6 of 6 stand climbs with no hand on the rail; foam EC 12 s
            """,
            ["H81.8X1", "Z98.890"], [PT("97112", 24), PT("97530", 13)], []),

        // Lakehead Duluth PT then OT back to back: "PT — 97112 — 20 min — individual" and "OT — 97530 — 25 min" each match their own discipline's line; floor-mat habituation and VOR x2; a grocery simulation; visual-vestibular mismatch and slowed visual search; FGA and items: passes.
        ["v6-h77-lakehead-pt-then-ot-one-morning"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE · Duluth
            PT and OT back to back this morning.
            PT — 97112 — 20 min — individual; the PT treated no one else in the block
              - habituation on the patterned floor mat, head turns while walking, VOR x2 standing on foam
              - Deficit: visual-vestibular mismatch after the concussion — can't walk through the Miller Hill Mall concourse
              - FGA 23/30 (18/30 at eval)
            OT — 97530 — 25 min
              - grocery simulation in the ADL kitchen: finding 12 items on a list from shelves at three heights, with turns and bends, pushing a cart
              - Deficit: dizziness and slowed visual search when scanning shelves
              - 12 of 12 items found with one seated rest (three at eval)
            """,
            ["S06.0X0D", "F07.81"], [PT("97112", 20), OT("97530", 25)], []),

        // Cedar Creek "97112: 2 units / 26 minutes — direct one-on-one" and "97116: 1 unit / 12 minutes" (both match); foam EC head turns, VOR x2 walking, stops; grass and gravel gait with distance, mod I; post-concussive hypofunction and guarded steps; seconds and DGI: passes.
        ["v6-h77-cedar-creek-units-slash-minutes"] = new(
            """
            CEDAR CREEK COMMUNITY CARE — PT Daily (TRICARE) · Harker Heights
            97112: 2 units / 26 minutes — direct one-on-one, no other SM in the bay
            97116: 1 unit / 12 minutes
            BLUF: SM walking the field without veering at the turnarounds.
            NMR: foam stance with head turns, eyes closed; VOR x2 walking; quick stops with head turns to a called target
            Gait: walking the grass field and the gravel lot 4 x 100 m, cueing longer steps and arm swing; turnarounds at the cones; mod I
            Deficits: post-concussive vestibular hypofunction — sways and veers with head movement; short, guarded steps
            Foam EC with head turns 14 s (5 s at eval); DGI 19/24
            """,
            ["F07.81", "R26.89"], [PT("97112", 26), PT("97116", 12)], []),

        // Lookout Valley East Ridge PTA "NMR 97112 — 28 min" against a 16-min PTA line: mismatch; otherwise complete (one-on-one; foam VOR, checkerboard head turns, rocker board; L hypofunction; DVA and seconds).
        ["v6-h77-lookout-pta-nmr-28-against-16"] = new(
            """
            LOOKOUT VALLEY ENT & ALLERGY · Vestibular Rehab (VRT) · East Ridge office · PTA
            NMR 97112 — 28 min — one-on-one, PTA and pt only
              • VOR x1 yaw on foam; walking with head turns past the checkerboard; standing on the rocker board with head nods
            Finding: L vestibular hypofunction — blur and drift with head turns
            Numbers: DVA 3 lines lost; rocker board with head nods 15 s
            """,
            ["H81.22"], [PTA("97112", 16)], [At(Mismatch, "97112")]),

        // Cedar Creek Belton: 97112 20 matches but "97110 — 12 min" against a 24-min line: mismatch on 97110; both sections complete (1-on-1; foam VOR, head-turn walking, pivots; bilateral hypofunction; DVA and seconds; leg press, step-ups, band work with doses and hip and leg weakness).
        ["v6-h77-cedar-creek-ther-ex-12-against-24"] = new(
            """
            CEDAR CREEK COMMUNITY CARE — PT Daily (VA CCN) · Belton
            97112 — 20 min (1-on-1, PT and Vet only): VOR x1 standing on foam, head-turn walking, pivot turns; bilateral vestibular hypofunction with oscillopsia; DVA 4 lines lost, foam EO 22 s
            97110 — 12 min: leg press 3 x 12 at 120 lb; step-ups 3 x 10; hip abduction with the band 3 x 15 — hip and leg weakness from inactivity since the dizziness started
            """,
            ["H81.8X3"], [PT("97112", 20), PT("97110", 24)], [At(Mismatch, "97110")]),

        // Clearwater Moscow "97530 — 30 min" against an 18-min line: mismatch; serve-receive with a head turn and block jumps with counts, slow to find the ball after head turns complete.
        ["v6-h77-clearwater-97530-30-against-18"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Moscow, ID
            97530 — 30 min
              → volleyball serve-receive with a head turn to the setter's call, 20 balls; block jumps at the net landing on a called foot, 3 x 8
            Ath: dizzy and slow to find the ball after a head turn since the concussion
            Passes to target 16 of 20
            """,
            ["S06.0X0D"], [PT("97530", 18)], [At(Mismatch, "97530")]),

        // Lakehead Hermantown "CPT/TIME: timed treatment 36 min (NMR and ther ex)" is the only time for two codes: separate time missing; both sections complete (individual; VOR, head-turn walking, beam tandem; sit-to-stands, step-ups, raises with doses; hypofunction and leg weakness; steps and DGI).
        ["v6-h77-lakehead-36-minutes-nmr-and-ther-ex"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE · Hermantown clinic
            TREATMENT FORMAT:  [x] Individual
            CPT/TIME: timed treatment 36 min (NMR and ther ex)
            INTERVENTION:
              NMR: VOR x1 on foam; walking with head turns; tandem on the beam
              Ther ex: sit-to-stand 3 x 10; step-ups to a 6-in. step 3 x 10; heel raises 3 x 15
            OBJECTIVE: tandem on the beam 8 steps; DGI 18/24
            ASSESSMENT: R vestibular hypofunction with postural instability; leg weakness after weeks on the couch
            """,
            ["H81.21"], [PT("97112", 22), PT("97110", 14)], [SepTime]),

        // Coastal Empire three codes: 97112 18 and 97110 13 have minutes, the 97140 section has none: separate time missing; every section complete (one-to-one; foam gaze work, head-turn walking; chin tucks, rows, extension with doses; C1-2 mobilization and suboccipital release; hypofunction and upper-cervical stiffness; seconds and degrees).
        ["v6-h77-coastal-empire-manual-section-unminuted"] = new(
            """
            COASTAL EMPIRE NEURO-OTOLOGY · Physical Therapy
            97112 — 18 min, one-to-one: gaze stabilization standing on foam; walking with head turns down the hall; eyes-closed stance with head tilts
            97110 — 13 min: chin tucks 3 x 10; rows with the band 3 x 12; thoracic extension over the towel roll 2 x 10
            97140: suboccipital release and R C1-2 rotation mobilization gr III
            Deficits: L vestibular hypofunction with blur on head turns; upper-cervical stiffness and neck pain since the fall on River Street's cobblestones
            Foam EC 13 s; cervical rotation R 60° → 68°
            """,
            ["H81.22", "M54.2"], [PT("97112", 18), PT("97110", 13), PT("97140", 10)], [SepTime]),

        // Lookout Valley Signal Mountain "CPT: 97112 = 21 min · 97110 = 11 min" at the bottom (both match); one-on-one; foam VOR x2, curb-line head turns, look-up habituation; step-ups and band side-steps with doses; R hypofunction and hip weakness; DGI and seconds: passes.
        ["v6-h77-lookout-cpt-line-at-the-bottom"] = new(
            """
            LOOKOUT VALLEY ENT & ALLERGY · Vestibular Rehab (VRT) · Signal Mountain office
            Delivery: one-on-one (one VRT therapist : one patient).
            Worked on: VOR x2 yaw standing on foam; walking the parking-lot curb line with head turns; habituation to looking up into the trees (the overlook on the mountain bothers her)
            Also: step-ups onto the 8-in. step 3 x 10; side-steps with a band at the ankles, 4 lengths of the hallway
            Finding: R vestibular hypofunction; hip abductors weak both sides
            Numbers: DGI 20/24; foam with head turns 20 s
            CPT: 97112 = 21 min · 97110 = 11 min
            """,
            ["H81.21"], [PT("97112", 21), PT("97110", 11)], []),

        // Coastal Empire "Timed minutes: 23 (one-to-one …)" with the one timed code named only as "Neuromuscular re-education" (minutes stated without a code belong to it, 23 matches); pitch gaze work, up-down habituation, foam EC; vertical-movement dizziness with vestibular migraine; FGA and seconds: passes.
        ["v6-h77-coastal-empire-timed-minutes-one-code"] = new(
            """
            COASTAL EMPIRE NEURO-OTOLOGY · Physical Therapy · Richmond Hill
            Timed minutes: 23 (one-to-one, no other patient with me)
            Mr. Floyd, 44, Hunter Army Airfield flight-line mechanic — vestibular migraine; headache and swaying when he looks up and down between the engine and the work order.
            Neuromuscular re-education: gaze stabilization with head pitch, standing then walking; habituation to looking up and down between a target on the ceiling and one on the floor; foam stance with eyes closed
            Deficit: visually provoked dizziness and postural sway with vertical head movement
            FGA 24/30 (20/30 at eval); foam EC 17 s
            """,
            ["G43.809"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h77-empty-nmr-and-ther-ex"] = new(
            "",
            ["H81.21"], [PT("97112", 22), PT("97110", 13)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // Empty note on an OT 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h77-empty-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 23)], [At(NoteMissing, "97530"), Dx]),

        // A note of line breaks and spaces only (cells are trimmed) on a PTA 97112 with a diagnosis: note missing only.
        ["v7-h77-line-breaks-only-pta-97112"] = new(
            "\n\n   \n",
            ["H81.8X3"], [PTA("97112", 18)], [At(NoteMissing, "97112")]),

        // 97110's meaning at Clearwater: deep neck flexor holds, prone retraction, pull-aparts and a rower with doses (technique and measure), neck weakness and exertional headache with a tackling goal (deficit); 17 matches: passes.
        ["v7-h77-clearwater-97110-neck-and-rower"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Pullman, WA
            97110 — 17 min
              → deep neck flexor endurance holds 4 x 15 s; prone cervical retraction with lift 2 x 10; band pull-aparts 3 x 15
              → rower 1,000 m at damper 4, sub-threshold
            Why: neck weakness and exertional headache after the concussion (whiplash component); goal: hold a tackling posture without neck pain
            """,
            ["S06.0X0D", "S13.4XXD"], [PT("97110", 17)], []),

        // 97530's meaning at Coastal Empire: dishwasher unloading to a high cabinet, bed making, laundry from the dryer with counts (technique and measure), dizziness bending and turning after neuritis (deficit); 19 matches: passes.
        ["v7-h77-coastal-empire-97530-kitchen-and-bed"] = new(
            """
            COASTAL EMPIRE NEURO-OTOLOGY · Physical Therapy
            97530 — 19 min
              unloading the practice dishwasher rack to the upper cabinet, turning between them, 2 racks of 12 dishes; making the treatment-room bed, tucking the far corners, x 3; pulling towels from a low dryer and folding them standing, 10 towels
            Dizzy bending and turning since the R vestibular neuritis; she has stopped doing her own laundry
            Dishes 24 of 24 without holding the counter; 3 beds made without sitting down
            """,
            ["H81.21"], [PT("97530", 19)], []),

        // 97140's meaning at Coastal Empire: upper-cervical traction, C1-2 rotation glides by grade, suboccipital and SCM STM (technique), stiff neck turning L with neck-driven dizziness (deficit), rotation degrees (measure); 12 matches: passes.
        ["v7-h77-coastal-empire-97140-after-the-fender-bender"] = new(
            """
            COASTAL EMPIRE NEURO-OTOLOGY · Physical Therapy
            97140 — 12 min
              upper-cervical traction in supine, then gr III rotation glides C1-2 to the L; STM to the suboccipitals and L SCM
            Neck stiff turning L since the fender-bender on the Truman Parkway; the dizziness comes from the neck, not the ear (vestibular testing normal per Dr. Adeyemi)
            Cervical rotation L 50° → 62°
            """,
            ["S13.4XXD", "M54.2"], [PT("97140", 12)], []),

        // 97116's meaning at Lookout Valley: cane gait on Coolidge Park's grass and gravel and the Walnut Street Bridge deck with distance and SBA (technique and measure), wide shuffling veering gait with bilateral loss (deficit); 14 matches: passes.
        ["v7-h77-lookout-97116-coolidge-park-and-the-bridge"] = new(
            """
            LOOKOUT VALLEY ENT & ALLERGY · Vestibular Rehab (VRT) · downtown office
            97116 — 14 min
              • gait with the cane on the Coolidge Park grass and the gravel path, 3 x 300 ft; across the Walnut Street Bridge deck and back, 1,500 ft; SBA
              • cues: eyes on the far lamp post, feel the ground through the cane
            Bilateral vestibular hypofunction (gentamicin) — wide, shuffling steps that veer on uneven ground; walks watching her feet
            """,
            ["H81.8X3", "T36.5X5S"], [PT("97116", 14)], []),

        // Generic 97112: "NMR 20 min. Balance training and exercises per plan. Pt tolerated well, no complaints. Continue POC." — no technique, deficit, number but its minutes, or one-on-one statement.
        ["v7-h77-generic-nmr-per-plan"] = new(
            "NMR 20 min. Balance training and exercises per plan. Pt tolerated well, no complaints. Continue POC.",
            ["H81.21"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic 97110 + 97530 with minutes for each (14 and 12, both match): "Exercises and functional tasks as tolerated. Doing better." — nothing named for either code.
        ["v7-h77-generic-ther-ex-and-ther-act"] = new(
            "97110 14 min; 97530 12 min. Exercises and functional tasks as tolerated. Doing better. Will progress.",
            ["F07.81"], [PT("97110", 14), PT("97530", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic hospital-template 97112 with no header: "Pt reports feeling better … Therapeutic exercises and balance activities … Tolerated treatment well … Continue plan of care."
        ["v7-h77-generic-template-nmr"] = new(
            """
            OUTPATIENT PT DAILY NOTE
            SUBJECTIVE: Pt reports feeling better.
            INTERVENTION: 97112 — 21 min. Therapeutic exercises and balance activities.
            ASSESSMENT: Tolerated treatment well.
            PLAN: Continue plan of care.
            """,
            ["H81.22"], [PT("97112", 21)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary notes

        // Lookout Valley Hixson TVA lineman: "one-on-one for both codes"; 97112 23 and 97110 12 match; VOR x1/x2, look-up/look-down, hallway stops; box step-ups, carries, squats with doses; R hypofunction and deconditioning; DGI and seconds: passes.
        ["vord-h77-lookout-tva-lineman-nmr-and-te"] = new(
            """
            LOOKOUT VALLEY ENT & ALLERGY · Vestibular Rehab (VRT) · Hixson office
            Referring ENT: Dr. Pruett. TVA lineman, R vestibular neuritis in January; wants to be back in the bucket truck.
            Delivery: one-on-one for both codes — one therapist, this patient only.
            97112 — 23 min
              • VOR x1 and x2, yaw and pitch, against the checkerboard, standing on foam
              • looking up at a target on the ceiling, then down to a tool on the floor, standing → on foam
              • walking the back hallway with head turns, stopping on my call
            97110 — 12 min
              • step-ups onto a 12-in. box 3 x 10; farmer carries with 25-lb kettlebells 4 x 20 m; squats to the mat 3 x 10
            Finding: R vestibular hypofunction — blurs and sways looking up and down; legs and grip deconditioned after six weeks off work
            Numbers: DGI 21/24 (17/24 at eval); foam with pitch head movements 18 s
            """,
            ["H81.21"], [PT("97112", 23), PT("97110", 12)], []),

        // Clearwater Moscow keeper back at school full days, "One-on-one the whole time" with dad in the car; VOR x1/x2, wall-chart saccades, high-ball tracking on a half roller; vestibulo-ocular and oculomotor dysfunction; NPC and saccade count; 20 matches: passes.
        ["vord-h77-clearwater-keeper-full-days-nmr"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Moscow, ID
            Ath: 16-yo Moscow HS goalie (girls' soccer), concussion at a January futsal game. RTL: full days with printed notes since Monday; RTP step 2.
            One-on-one the whole time; her dad waited in the car.
            97112 — 20 min
              → VOR x1 standing, then walking toward the card; VOR x2 seated
              → saccades: reading the letter columns on the wall chart, head still, then with a head turn between columns
              → standing on the half-foam roller catching a ball tossed high, tracking it with head extension
            Deficit: vestibulo-ocular and oculomotor dysfunction after the concussion — loses her place reading, dizzy looking up at the ball
            NPC 6 cm (12 cm at intake); 30 column saccades without losing her place
            """,
            ["S06.0X0D"], [PT("97112", 20)], []),

        // Lakehead Two Harbors PTA, "PTA with this patient only for the whole 97112"; fixed-target and head-turn walks on foam and ice mats, remembered target, dim-light foam with a pole touch; bilateral loss; foam seconds and DVA; 19 matches: passes.
        ["vord-h77-lakehead-pta-ice-fisherman-nmr"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE · PTA Treatment Note · Two Harbors clinic
            Pt seen individually: PTA with this patient only for the whole 97112.
            SUBJECTIVE: Ice fisherman; bilateral vestibular loss after IV gentamicin two winters ago. Wants to walk out to his fish house on the ice.
            INTERVENTION: 97112 — 19 min
              - walking the foam path and the rubber "ice" mats with eyes on a fixed target, then with head turns
              - remembered-target drill; VOR x1 pitch, standing
              - standing on foam in dim light, with and without a light touch on a hiking pole
            OBJECTIVE: foam EO 30 s, foam EC 4 s; DVA 4 lines lost
            ASSESSMENT: bilateral vestibular hypofunction — relies on vision and his feet; no falls this month.
            """,
            ["H81.8X3", "T36.5X5S"], [PTA("97112", 19)], []),

        // Coastal Empire ICU nurse with vestibular migraine, "one-to-one — no other patient with me during it"; blind-stripe habituation walks, quick turns, foam pitch gaze work; visual motion sensitivity between attacks; FGA and k of 10; 22 matches: passes.
        ["vord-h77-coastal-empire-icu-nurse-migraine"] = new(
            """
            COASTAL EMPIRE NEURO-OTOLOGY · Physical Therapy · Savannah
            Ms. Mobley, 38, ICU nurse at Chatham General — vestibular migraine (Dr. Adeyemi, on a preventive since the fall). Between attacks the unit's long hallways with the light strips, and turning fast to a call bell, set her off.
            97112 — 22 min, one-to-one — no other patient with me during it
              habituation walking toward and away from the striped window blinds; quick turns to a called side; gaze stabilization with the head moving up and down, standing on foam
            Deficit: visual motion sensitivity and head-movement intolerance between migraine attacks
            FGA 25/30 (19/30 at eval); quick turns 10 of 10 without stopping; provocation 2 → 3 → 2 after rest
            """,
            ["G43.809"], [PT("97112", 22)], []),

        // Cedar Creek Belton retired SFC: 97112 21 ("1-on-1 (PT and Vet only)") and 97116 12 match; foam VOR, carpet head turns, pivots; berm and gravel trail gait with distance and SBA; R hypofunction and cautious gait; DGI and DVA: passes.
        ["vord-h77-cedar-creek-vet-nmr-and-trail-gait"] = new(
            """
            CEDAR CREEK COMMUNITY CARE — PT Daily (VA CCN) · Belton
            BLUF: Vet walked the Nolan Creek trail with his wife this weekend.
            Vet: retired SFC; dizziness since a rollover overseas, worse after a fall off a ladder last fall.
            97112 — 21 min, 1-on-1 (PT and Vet only): VOR x1 and x2 standing on foam; walking with head turns on the hallway carpet; pivot turns to called directions
            97116 — 12 min: trail practice — the grass berm and the gravel path behind the clinic, 3 x 150 m with the hiking pole, stepping over roots at the tree line; SBA
            Deficits: R vestibular hypofunction — blur and drift with head turns; cautious, wide-based gait on uneven ground
            DGI 19/24 (15/24 at eval); DVA 3 lines lost
            """,
            ["H81.91", "R26.89"], [PT("97112", 21), PT("97116", 12)], []),

        // Lakehead OT hotel housekeeper: bed making, vacuuming with turns, cart restocking with counts; dizziness with bending and turning from R hypofunction; light-duty RTW step; 22 matches: passes.
        ["vord-h77-lakehead-ot-housekeeper-rtw"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE · Occupational Therapy
            SUBJECTIVE: Housekeeper at a Canal Park hotel; R vestibular neuritis in the fall. RTW step 1 (light duty) approved by her supervisor for next week.
            INTERVENTION: OT 97530 — 22 min
              - making the ADL-suite bed: tucking corners low, tossing the fitted sheet overhead, 3 beds
              - vacuuming the gym's carpet runner while turning to check behind her, 4 lengths
              - bending to restock the bottom shelf of the cart and standing to the top shelf, 10 items
            OBJECTIVE: 3 beds made with one seated rest (two last visit); restocked 10 of 10 without holding the cart
            ASSESSMENT: dizziness and imbalance with repeated bending and turning from R vestibular hypofunction; nearly ready for light duty.
            """,
            ["H81.21"], [OT("97530", 22)], []),

        // Clearwater Lewiston PTA: sub-threshold bike with resistance, rpm and miles, step-ups, bounds, Copenhagen planks with doses; exertion intolerance with a non-contact goal; 18 matches: passes.
        ["vord-h77-clearwater-pta-aerobic-97110"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Lewiston, ID · PTA
            Ath: LCSC volleyball middle blocker, concussion (ball to the face at the net). Treadmill test last week: symptoms at HR 168.
            97110 — 18 min
              → bike, sub-threshold, resistance 6, 85 rpm, 5.2 miles, HR kept under 150
              → box step-ups 3 x 10 each; lateral bounds 3 x 8 each side; Copenhagen planks 3 x 15 s
            Why: exertion intolerance after the concussion; goal: back to non-contact practice
            """,
            ["S06.0X0D"], [PTA("97110", 18)], []),

        // Coastal Empire Pooler whiplash plus a mild L hypofunction, "One-to-one with me for both codes"; 97140 10 and 97112 20 match; C1-2 mobilization, traction, STM; laser relocation, foam gaze work, waiting-room head turns; hypomobility and L hypofunction; degrees and seconds: passes.
        ["vord-h77-coastal-empire-neck-and-nmr"] = new(
            """
            COASTAL EMPIRE NEURO-OTOLOGY · Physical Therapy · Pooler office
            Mrs. Strickland, 57 — cervicogenic dizziness after whiplash, plus a mild L hypofunction on vHIT. One-to-one with me for both codes.
            97140 — 10 min: C1-2 rotation mobilization L gr III; upper-cervical traction; STM L suboccipitals and upper trap
            97112 — 20 min: head-neck relocation practice to a laser target on the wall; gaze stabilization with head turns on foam; walking with head turns past the waiting room
            Deficits: upper-cervical hypomobility with neck-provoked dizziness; L vestibular hypofunction with blur on quick L turns
            Cervical rotation L 56° → 67°; joint position error 6° → 3°; foam with head turns 20 s
            """,
            ["S13.4XXD", "H81.92"], [PT("97140", 10), PT("97112", 20)], []),

        // Cedar Creek Harker Heights PTA strength session: trap-bar deadlift, goblet squats, pull-ups, dead bugs with loads and doses; deconditioning on profile with an ACFT goal; 16 matches: passes.
        ["vord-h77-cedar-creek-pta-strength-97110"] = new(
            """
            CEDAR CREEK COMMUNITY CARE — PT Daily (TRICARE) · Harker Heights · PTA
            BLUF: SM tolerated strength work with head turns between sets; no headache.
            97110 — 16 min
              trap-bar deadlift 3 x 6 at 135 lb; goblet squats 3 x 10 with a 35-lb kettlebell; pull-ups 3 x 5; dead bugs 3 x 12
            Why: lower-body and core deconditioning after three months on profile for the mTBI; goal: pass the ACFT deadlift event
            """,
            ["F07.81"], [PTA("97110", 16)], []),

        // Lookout Valley Ooltewah call-centre rep with vestibular migraine, "Delivery: one-on-one, start to finish"; scrolling habituation, monitor eye-head shifts, wallpaper head-turn walks; screen-motion sensitivity; seconds and FGA; 21 matches: passes.
        ["vord-h77-lookout-call-centre-scrolling"] = new(
            """
            LOOKOUT VALLEY ENT & ALLERGY · Vestibular Rehab (VRT) · Ooltewah office
            Referring ENT: Dr. Lyle — vestibular migraine. Unum call-centre rep who gets dizzy scrolling across two monitors.
            Delivery: one-on-one, start to finish.
            97112 — 21 min
              • habituation: scrolling text on the laptop at increasing speed, seated, then standing
              • eye-head shifts between two monitors set a desk-width apart
              • walking the hall past the patterned wallpaper with head turns
            Finding: visual motion sensitivity — dizziness with screen motion and head turns
            Numbers: scrolled at the fastest speed 40 s without stopping (12 s at eval); FGA 26/30
            """,
            ["G43.909"], [PT("97112", 21)], []),

        // Lakehead Superior conductor, "[x] Individual", "CPT/TIME: 97112 20 min | 97530 14 min" (both match); foam VOR, gravel-strip head turns; ladder climbs looking back, platform step-downs with counts; L hypofunction at height; seconds, counts and DVA: passes.
        ["vord-h77-lakehead-conductor-nmr-and-ther-act"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE · Superior, WI clinic
            TREATMENT FORMAT:  [x] Individual   [ ] Concurrent   [ ] Group
            CPT/TIME:  97112  20 min  |  97530  14 min
            SUBJECTIVE: Freight conductor; L labyrinthitis. Climbing the car ladders and looking back down the train make him sway.
            INTERVENTION:
              NMR: VOR x1 and x2 standing on foam; walking with head turns on the outdoor gravel strip
              Ther act: climbing the clinic ladder and looking back along the hall as if down the train, x 6; stepping down from the 18-in. platform onto gravel with a head turn, x 8
            OBJECTIVE: foam with head turns 22 s (7 s at eval); ladder climbs 6 of 6 without stopping; DVA 2 lines lost
            ASSESSMENT: L vestibular hypofunction with motion-provoked imbalance at height; improving.
            """,
            ["H83.02"], [PT("97112", 20), PT("97530", 14)], []),

        // Cedar Creek OT driving simulator on the city route and US-190: intersection scanning, mirror and shoulder checks; dizziness and slowed scanning with head turns after blast; counts; 20 matches: passes.
        ["vord-h77-cedar-creek-ot-driving-simulator"] = new(
            """
            CEDAR CREEK COMMUNITY CARE — OT Daily (VA CCN) · Killeen
            BLUF: Vet scanned every simulated intersection today without the queasy spell.
            OT 97530 — 20 min
              driving simulator, city route: scanning L-R-L at each intersection, mirrors and the blind spot on lane changes, merging onto the simulated US-190 with a shoulder check
            Deficit: dizziness and slowed scanning with quick head turns since the blast mTBI — stopped driving on US-190
            12 of 12 intersections scanned fully; 6 of 6 lane changes with a shoulder check; no stop for symptoms (two stops last visit)
            """,
            ["F07.81"], [OT("97530", 20)], []),

        // Coastal Empire Tybee complete 97112 (one-to-one; foam gaze work, sand-mat head turns, stair-block step-ups; R hypofunction on soft ground; DGI and seconds) sent with no diagnosis.
        ["vord-h77-coastal-empire-no-diagnosis"] = new(
            """
            COASTAL EMPIRE NEURO-OTOLOGY · Physical Therapy · Tybee Island clinic day
            Mr. Pappas, 70 — R vestibular neuritis; the lighthouse stairs and the soft sand at North Beach both throw him.
            97112 — 19 min, one-to-one: gaze stabilization on foam; walking on the sand-filled mat with head turns; step-ups on the stair block with a head turn at the top
            Deficit: R vestibular hypofunction — blur and sway with head turns, worse on soft ground
            DGI 19/24; foam EC 10 s
            """,
            [], [PT("97112", 19)], [Dx]),

        // Lookout Valley East Ridge complete 97112 (one-on-one; bending and rolling habituation, head nods, foam EC; residual imbalance after BPPV; DGI and seconds) with the ICD-9 code 386.11 as its diagnosis: not well formed.
        ["vord-h77-lookout-icd9-386-11"] = new(
            """
            LOOKOUT VALLEY ENT & ALLERGY · Vestibular Rehab (VRT) · East Ridge office
            Delivery: one-on-one.
            97112 — 18 min
              • habituation to bending and rolling; walking with head nods; foam stance eyes closed
            Finding: residual imbalance after R posterior-canal BPPV
            Numbers: DGI 21/24; foam EC 15 s
            """,
            ["386.11"], [PT("97112", 18)], [Dx]),

        // Generic two-code note with a shared total ("Balance work and exercise, 34 min total"): no technique, deficit or measure for either code, no one-on-one, no minutes for each.
        ["vord-h77-cedar-creek-generic-two-codes-total"] = new(
            "BLUF: SM doing better. Balance work and exercise, 34 min total. Tolerated well. Cont POC.",
            ["F07.81"], [PT("97112", 20), PT("97110", 14)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // Lakehead PTA "CPT/TIME: 97116 26 min" against a 14-min PTA line: mismatch; Lakewalk boardwalk cane gait with distance, curbs and SBA, bilateral-loss gait complete.
        ["vord-h77-lakehead-pta-gait-26-against-14"] = new(
            """
            LAKEHEAD REGIONAL MEDICAL CENTER — BALANCE & DIZZINESS CENTRE · PTA Treatment Note
            CPT/TIME:  97116  26 min
            INTERVENTION: walking the Lakewalk boardwalk with the cane 2 x 500 ft, head turns to the lake and back; the curb at the Canal Park crosswalk x 4; SBA
            ASSESSMENT: bilateral vestibular hypofunction — wide-based, veers with head turns on the boards
            """,
            ["H81.8X3"], [PTA("97116", 14)], [At(Mismatch, "97116")]),

        // Clearwater Pullman OT "OT 97530 — 12 min" against a 24-min OT line: mismatch; slide copying and library call-number finding with counts, lost place and light-provoked headache complete.
        ["vord-h77-clearwater-ot-12-against-24"] = new(
            """
            CLEARWATER ATHLETIC RECOVERY · Pullman, WA · OT
            OT 97530 — 12 min
              → classroom simulation: copying from the projected slide, 3 slides; finding books on the library shelf by call number, 5 books
              → loses her place switching from the board to the paper; headache under the fluorescent lights since the concussion
              → 5 of 5 books found; copying 94 of 100 words correct
            """,
            ["S06.0X0D"], [OT("97530", 24)], [At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
