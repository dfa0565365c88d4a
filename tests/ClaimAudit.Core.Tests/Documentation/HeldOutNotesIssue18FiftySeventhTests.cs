using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The fifty-seventh held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not read
/// the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder
/// (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of outpatient sessions that did not go as planned, and how each note tells it —
/// about two thirds ordinary and complete once the disruption is read past (68 of 104), single- and multi-code visits
/// (97110, 97112, 97116, 97140, 97530, up to three in a visit), by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>a Spokane-area private practice ("Inland NW Physical Therapy": Spokane Valley, Liberty Lake, Cheney,
/// North Spokane, South Hill) charting a 24-hour "Session log" with on-clock and off-clock lines, a vitals grid
/// with a hold column, "Session: ○ completed as planned ● partial" radio rows, an Uber to the old address, a
/// Marshallese interpreter who came late, a near-fall caught at the gait belt, a PCP visit upstairs before the
/// session, the split-belt treadmill and the Biodex Balance SD;</item>
/// <item>a hospital-owned outpatient department in northeastern Pennsylvania ("Lackawanna Valley Outpatient
/// Rehab": Scranton, Dunmore, Clarks Summit, Wilkes-Barre) with "Treatment delivery: [X] Exclusive" boxes, a
/// Billable / Non-billable time block (vitals and rest, waiting for the wheelchair van), BP holds by protocol, a
/// lab draw and a neurology appointment splitting visits, the county shared ride, a Nepali interpreter in person
/// and by phone, the SMART Balance Master's limits of stability, the KAT 3000, Chedoke stages and the
/// Brief-BESTest;</item>
/// <item>a Toledo neuro and balance practice ("Maumee Bay Neuro &amp; Balance": Toledo, Perrysburg, Sylvania,
/// Maumee) co-treating with OT and speech (who did what and for how long, each discipline billing its own
/// minutes), a Planned / Done grid for a plan changed by dizziness, an x-ray between two halves of a visit, a
/// real fire alarm, Carr and Shepherd's Motor Relearning Programme, Feldenkrais Awareness Through Movement,
/// Dynavision on foam, the Walking While Talking test, SARA and a Wallenberg lateropulsion;</item>
/// <item>a rural Kansas and Texas Panhandle group ("Prairie Wind Therapy Partners": Wichita, Hutchinson, Dodge
/// City, Amarillo) whose PTs write first-person prose: wheat hauled to the co-op, a dialysis chair at 1:20, a
/// grandson's farm-sale auction, the senior-centre ride, a Life Line pendant, hypoglycaemia and juice,
/// FallProof! stations, the Total Gym GTS, Perfetti sponges, Timed Loaded Standing, feed sacks and a
/// wheelbarrow;</item>
/// <item>a northwest Louisiana practice ("Ark-La-Tex Rehab &amp; Wellness": Shreveport, Bossier City,
/// Natchitoches) with PTA and OT notes, caregivers trained after the patient's own time, a Vietnamese video
/// interpreter and a bundled hot pack taking the rest of the hour, a diuretic day with two bathroom trips
/// ("Scheduled 45 | Actual 30"), strain-counterstrain, the EPIC lift protocol and the Hill Step Test.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h57-…): one-on-one in these writers' words ("Undivided PT attention all on-clock minutes",
/// "Only PT and pt in the vestibular room for all billed time", "PT solo w/ pt for the NMR below" after an OT
/// co-treat, "it was a one-patient session — me and Mrs. …, nobody else" around the patient's own phone call,
/// "1:1, PT only w/ pt" before a neurology visit, a PTA alone with the patient and an interpreter), notes that
/// negate it (the PT leaving to help a patient who slid from a wheelchair, the early 10:00 patient warming up
/// beside the balance work) or never state it (a son's guarding practice in the session), and a 97116 co-treated
/// with speech, which has no one-on-one check;</item>
/// <item>class 2 (v2-h57-…): template states around a disrupted session: "[X] Exclusive" with a BP hold, "One-on-one
/// for the entire billed time? Y [ ] N [X]", a Planned / Done grid where gait was stopped and exercise done, Y/N
/// technique and deficit rows all N, caregiver boxes with the caregiver's minutes not billed, a vitals grid with
/// a hold, an assistance row with nothing ticked, interpreter and attendance boxes, a co-treat Y/N row with the
/// PT's billed minutes, filled and empty radio buttons on a partial session;</item>
/// <item>class 3 (v3-h57-…): named protocols, programmes and devices as techniques (the Motor Relearning
/// Programme, the KAT 3000, a split-belt treadmill, the Total Gym GTS, strain-counterstrain, Dynavision on foam,
/// Perfetti's cognitive therapeutic exercise, the EPIC lift protocol), FallProof! stations with no number, and
/// Feldenkrais ATM with no deficit;</item>
/// <item>class 4 (v4-h57-…): deficits stated as findings (a catch-up saccade and head-shake nystagmus after gait
/// was stopped for dizziness, clonus and Tardieu angles, past-pointing and heel-shin dysmetria, toes lifting
/// and a pull test, a knee that buckles in midstance, no single-leg heel raise, a task stopped until cued,
/// lateropulsion after a Wallenberg stroke) and notes that state none (a 97110 "maintenance" programme with
/// normal strength and motion, a 97112 whose screen is all normal);</item>
/// <item>class 5 (v5-h57-…): measures in their usual forms (limits-of-stability reaction time, velocity and
/// excursion, Timed Loaded Standing, GARS-M and FAC, Walking While Talking, the Hill Step Test, PROM before and
/// after, the 30-second chair stand) and notes with none (a near-fall that ended the session with "Berg not done
/// today", a bus-step 97530 where the patient "needed help", a chair programme whose doses were not recorded);</item>
/// <item>class 6 (v6-h57-…): minutes in their usual forms (a Billable / Non-billable block, two clock-timed parts
/// around an x-ray, net minutes once an interpreter connected, a CPT line with minutes and units, "Scheduled 45
/// | Actual 30", sequential PT and OT lines), true mismatches (a late arrival's clock range against the
/// scheduled minutes, "14 minutes of TE" before dialysis against 28, the PT's part of a co-treat, ther ex stopped
/// for blood pressure) and truly missing separate time (a combined total after a BP hold, gait "until his ride
/// pulled up", manual therapy without minutes beside two timed codes);</item>
/// <item>class 7 (v7-h57-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110, 97530, 97140 and 97116 in interrupted sessions, and wholly generic
/// 97110, 97140 and 97112 + 97530 notes cut short;</item>
/// <item>ordinary (vord-h57-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code, a generic two-code note
/// with a total, a two-code note that never says one-on-one, a 97116 with no number, a 97140 that names no
/// manual technique, a PTA gait time that differs, a 97112 with no number, a ther-ex time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry many minutes that are not minutes of a billed code — a late arrival, a
/// rest, a BP or glucose hold, a bathroom trip, a phone call, an interpreter's connection, a hot pack, a
/// caregiver's teaching, the wait for a ride, another discipline's part of a co-treat — and each is written so
/// that a reviewer cannot take it for the code's: labelled as what it is, kept off the clock, and beside a
/// code's own minutes stated in full. DOC_GENERIC_ONLY is expected only where the note names no technique,
/// deficit or measure at all. A 97112 passes the measure check only on an objective measure with a number and
/// fails it only when the note has no number but its code, its minutes and numbers that are plainly something
/// else; for the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure.
/// One-on-one is judged on the billed minutes: a patient's own interruption with the clock stopped does not
/// undo a one-on-one statement, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception
/// inside the billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit
/// or a measure without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the
/// only number, a cueing level as the only measure, an exercise's name as a 97110's only region, "gait
/// training" as the whole of a 97116 note, a 97530 with no deficit, a visit's total time with one timed code,
/// minute ranges and approximate minutes for a code, minutes of an exercise, canalith repositioning, three-
/// character or dotless diagnosis codes, and any line with a code that has no documentation profile (the hot
/// packs, group classes and speech minutes stay in the notes, never on a line).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 89 of 104 cases agree (102 needed), and 12 of the 68 notes the reviewer passes got a finding, on the
/// analyzer of 452469f (the start of the 2026-12-05 seventh session) — its first run: nothing had changed before it, so this
/// is also the held-out figure.
/// </para>
/// <para>
/// After: development data from that run, worked through (with read-only reviews of the readings): 104 of 104, no false
/// positive — sessions that did not go as planned: "me and Mrs. Thibodeaux, nobody else", "(PT with pt alone)", "pt +
/// PT alone in the vestibular room", a session log's two NMR rows around a restroom break, "Part 1 … / Part 2 …" around
/// an x-ray, "full AROM all joints", Chedoke stages, Tardieu R1/R2, "38 kg of 81 kg", "waits until cued". New examples
/// in NotesAsWrittenTests "fifty-third-to-fifty-seventh-sets", the reviews' controls in "review-of-the-fifty-third-to-
/// fifty-seventh".
/// </para>
/// </summary>
public class HeldOutNotesIssue18FiftySeventhTests(ITestOutputHelper output)
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

        // Spokane session log, NMR 0904–0916 and 0921–0932 around an off-clock restroom trip (12 + 11 = 23, matches); "Undivided PT attention all on-clock minutes"; nudges, beam tandem, hurdle SLS; reactive stepping and postural control; k of 10 and seconds: passes.
        ["v1-h57-spokane-valley-restroom-off-clock"] = new(
            """
            INLAND NW PHYSICAL THERAPY · Spokane Valley · Daily Tx
            Session log
              0902        checked in, BP 128/76, HR 72
              0904–0916   NMR (97112)
              0916–0921   restroom — clock off
              0921–0932   NMR (97112) cont'd
              0933        out to lobby
            Undivided PT attention all on-clock minutes; no other pts on my schedule this hour.
            NMR: stagger-stance pelvic nudges (unannounced, A/P + lateral), tandem walk on a 2x6 beam w/ head turns, step-overs to a 6" hurdle w/ a pause in SLS.
            Why: ↓ reactive stepping + L hip/ankle postural control after L TKA; 2 falls since Nov.
            Numbers: 7/10 nudges recovered w/ a single step (4/10 on 02/18); tandem EC 6 s.
            """,
            ["Z96.652", "R29.6"], [PT("97112", 23)], []),

        // Scranton: the PT left mid-block to help the aide with a patient who slid from his wheelchair while this patient kept doing foam stance with the aide: not one-on-one, and nothing states it; foam/cone/backward work, neuropathic somatosensory loss, FAB and seconds present.
        ["v1-h57-scranton-pt-left-for-slid-pt"] = new(
            """
            Lackawanna Valley Outpatient Rehab — Scranton
            97112 Neuromuscular re-ed 22 min
            Midway through the block the PT went to the next mat to help the rehab aide with a pt who slid from his wheelchair; this pt kept doing foam stance w/ the aide standing by until the PT came back.
            Intervention: Airex stance EO → EC with ball toss, cone-tap clock reaches, backward walking w/ cues for step length.
            Target: somatosensory loss both feet (DM neuropathy), slowed ankle strategy.
            FAB (Fullerton) 24/40; foam EC 9 s.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Perrysburg vestibular: "Only PT and pt in the vestibular room for all billed time"; the patient's own call in the hall was off the clock and "24 min billed" matches; VOR x1 and saccades; L hypofunction with gaze instability; DVA lines and DGI: passes.
        ["v1-h57-perrysburg-cardiology-call-off-clock"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Perrysburg
            Vestibular visit #5. Only PT and pt in the vestibular room for all billed time.
            Pt's cardiology office called his cell re: a Holter result; he stepped into the hall. Clock stopped; resumed on return.
            97112 – 24 min billed (hall call not counted).
            - VOR x1 viewing, letter card at arm's length, yaw and pitch, sitting → standing
            - saccades between 2 targets 30° apart, then walking w/ saccades
            Impairment: L peripheral vestibular hypofunction (neuritis 01/2026) — gaze instability w/ quick head turns
            DVA: 3 lines lost (was 5); DGI 19/24
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // Toledo PT/OT co-treat for the first part (the OT's own charge), then "PT solo w/ pt for the NMR below": one-on-one; the OT's 10 minutes are the OT's; stabilizing reversals, tapping, mirror weight shift; R recruitment; two-scale kg: passes.
        ["v1-h57-toledo-cotreat-then-pt-solo"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Toledo (Central Ave)
            PT/OT co-tx first 10 min: OT worked on pulling up pants in standing while PT guarded at the gait belt — OT documents + bills her own time.
            OT left; PT solo w/ pt for the NMR below (no other pt on my caseload then).
            NMR 23 min:
              • PNF stabilizing reversals at the pelvis in modified plantigrade
              • R step-up/down 4" w/ tapping over R glut med for recruitment
              • weight shift onto R LE w/ mirror feedback
            R hemiparesis (L MCA CVA 10/2025): poor R glut med/quad recruitment → R knee snaps back in stance
            Wt thru R LE on 2 scales: 38 kg of 81 kg (was 31)
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // Wichita prose: the early 10:00 patient warmed up on the bike beside them and the PT "checked on him between sets": not one-on-one, nothing states it; rocker/foam-roll/Airex EC work, ankle proprioception and hip strategy, Tinetti present.
        ["v1-h57-wichita-early-arrival-alongside"] = new(
            """
            Prairie Wind Therapy Partners — Wichita (West)
            My 10:00 came in early and Brenda (aide) was out sick, so for the back half of Mr. Ochs's balance work I had the 10:00 warming up on the recumbent bike beside us and checked on him between sets.
            NMR (97112) 25 min — rocker board A/P with ball catch, lateral stepping over foam rolls, sit-to-stand on Airex with eyes closed
            Deficit: impaired proprioception B ankles; delayed hip strategy
            Tinetti POMA 19/28
            """,
            ["R26.81", "G62.9"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Amarillo SOAP: the son practiced guarding during the last part; complete NMR (counter shifts, corner tandem, 180° turns; R thalamic postural control and sensory loss; Functional Reach and turn steps) but nothing says one-on-one.
        ["v1-h57-amarillo-son-guarding-never-states"] = new(
            """
            Prairie Wind Therapy Partners — Amarillo (Soncy Rd)
            S: Son Javier came today to learn how to guard her; he asked for help with the front steps at home.
            O: 97112 — 26 min
               Lateral weight shifts at the counter with a reach to a target, tandem stance near the corner, turning 180° in place with cues for wide steps. Son practiced guarding with the gait belt during the last part and did well.
               Postural control ↓ after R thalamic stroke; R-sided sensory loss (can't tell R great toe up from down, 1/5)
               Functional Reach 7 in; 180° turn 6 steps
            A/P: cont 2x/wk
            """,
            ["I69.398", "R26.81"], [PT("97112", 26)], [At(OneOnOne, "97112")]),

        // Sylvania 97116 co-treated with speech (SLP's charge): 97116 has no one-on-one check; hemi-walker → WBQC with distances, L foot drop and toe drag, CGA → SBA and 10MWT; 18 matches: passes.
        ["v1-h57-sylvania-slp-cotreat-gait"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Sylvania
            Co-tx with SLP (speech ran cognitive-linguistic tasks while walking; SLP bills separately).
            Gait (97116) · 18 min
              hemi-walker → WBQC, 3 passes × 120 ft corridor, naming items on the wall per SLP while walking
              cues for L heel strike + longer R step; L foot drop, toe drag ×4 on the last pass
              CGA → SBA with WBQC; 10MWT 0.48 m/s
            """,
            ["I69.354"], [PT("97116", 18)], []),

        // Bossier: the daughter's call was the patient's, clock stopped; "it was a one-patient session — me and Mrs. Thibodeaux, nobody else"; NMR 20 and TE 15 match; foam roll, pushes, called colors; exercises with doses; stepping and hip strength; Mini-BEST and 5xSTS: passes.
        ["v1-h57-bossier-daughter-call-two-codes"] = new(
            """
            ARK-LA-TEX REHAB & WELLNESS · Bossier City
            Pt's daughter phoned from Barksdale at 2:20 asking about the walker; pt took the call, clock stopped.
            Aside from that call it was a one-patient session — me and Mrs. Thibodeaux, nobody else.
            NMR 20 min: hip-strategy drills on a half foam roll, unpredictable pelvic pushes in narrow stance, stepping to called colors on a floor mat
            TE 15 min: side-lying hip abd 2 x 12, bridges w/ band 3 x 10, mini-squats at counter 2 x 15
            Problem: slow protective stepping + ↓ hip abductor strength (3+/5 B) after L hip ORIF
            Mini-BEST 15/28; 5xSTS 17 s
            """,
            ["S72.142D"], [PT("97112", 20), PT("97110", 15)], []),

        // Dunmore split visit: "97112 (1:1, PT only w/ pt) — 14 min" before a neurology visit, then a group class on a separate charge (no line): one-on-one; PNF rhythmic stabilization and step-and-catch; ataxia; SARA items and tandem steps: passes.
        ["v1-h57-dunmore-split-neuro-appt-then-class"] = new(
            """
            LACKAWANNA VALLEY OUTPATIENT REHAB — Dunmore
            Split visit: NMR before her 10:15 neurology appt upstairs; after the MD visit she joined the Thursday balance class (group, separate charge — not on this line).
            97112 (1:1, PT only w/ pt) — 14 min
              - PNF rhythmic stabilization in standing, then on a half dome
              - step-and-catch: forward/lateral steps onto a marked target w/ a perturbation on landing
            Impairment: ataxia (SCA type 3) — truncal sway, wide base, overshoots targets
            SARA gait item 3, stance item 3; tandem 2 steps
            """,
            ["G11.2"], [PT("97112", 14)], []),

        // North Spokane PTA with a Marshallese interpreter: "PTA worked with this pt alone — 1:1 for the whole NMR" (the interpreter the only other person); the late interpreter's wait was not billed; foam/rocker/carioca with nudges; monofilament sites and seconds: passes.
        ["v1-h57-north-spokane-pta-marshallese"] = new(
            """
            INLAND NW PHYSICAL THERAPY — North Spokane
            PTA daily note. Interpreter (Marshallese, in person, clinic contract) present — the only other person in the room. PTA worked with this pt alone — 1:1 for the whole NMR.
            Interpreter arrived 7 min after pt; used the wait for vitals + HEP check (not billed).
            97112 · 22 min
              · EO/EC stance on Airex w/ head turns, then on the rocker board
              · sidestepping + carioca along the rail w/ PTA's nudges
            Targets: B foot somatosensory loss (DM; monofilament felt at 4/10 sites L, 5/10 R); ↓ lateral postural control
            Rocker board hands free 11 s; carioca 20 ft without the rail
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Scranton "[X] Exclusive (therapist with this pt only)" after a protocol BP hold; seated Dynadisc pushes and reaches; trunk postural control after a pontine infarct; FIST; 21 after the hold matches: passes.
        ["v2-h57-scranton-exclusive-box-bp-hold"] = new(
            """
            Lackawanna Valley Outpatient Rehab · Scranton — Outpatient PT Treatment
            Treatment delivery:  [X] Exclusive (therapist with this pt only)   [ ] Concurrent   [ ] Group
            Pre-tx BP 184/98 → tx held, seated rest; recheck 162/90 → proceeded w/ seated program only (per protocol).
            97112 — 21 min (after the hold)
              Seated on a Dynadisc: unpredictable trunk pushes, reaches outside BOS to 3 targets, lateral weight shift w/ R hand on knee
              Trunk postural control ↓ — falls to the R in sitting when reaching; R hemiparesis after L pontine infarct
              FIST 41/56 (36 at IE)
            """,
            ["I69.351"], [PT("97112", 21)], []),

        // Wilkes-Barre "One-on-one for the entire billed time?  Y [ ]  N [X]" (the PT covered the front-desk phones): not one-on-one; split-stance perturbations, foam marching, rail backward walking; CIPN stepping; 4-Stage seconds present.
        ["v2-h57-wilkesbarre-one-on-one-box-n"] = new(
            """
            LACKAWANNA VALLEY OUTPATIENT REHAB — Wilkes-Barre
            One-on-one for the entire billed time?   Y [ ]   N [X]
              comment: PT covered the front-desk phones while the receptionist was at lunch; pt did the standing program w/ the aide meanwhile.
            97112   23 min
              Split-stance perturbations, foam marching w/ head turns, backward walking along the wall rail
              Delayed compensatory stepping; ↓ somatosensory input from the feet (CIPN)
              4-Stage Balance Test: tandem 6 s, SLS 2 s
            """,
            ["G62.0", "R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Perrysburg Planned / Done grid: gait and habituation planned but not done (dizzy), seated/supine ther ex done; "97110 — 20 min (only code billed)" matches; exercises with doses; hip/quad weakness with grades and a couch limit: passes.
        ["v2-h57-perrysburg-planned-done-grid"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Perrysburg
            Plan changed mid-session:
              Activity                              Planned   Done
              Gait w/ head turns, hallway            ☒         ☐    (stopped at 1st pass: pt dizzy, HR 96, sat until it passed)
              Habituation — MSQ positions            ☒         ☐    (deferred)
              Seated/supine ther ex (97110)          ☐         ☒
            97110 — 20 min (only code billed)
              supine bridges 3 x 10, SLR 2 x 12 each, clamshells w/ green band 3 x 10, seated hip flexion march 2 x 15, seated heel raises 2 x 20
              For B hip/quad weakness (hip abd 4-/5, quad 4/5) — trouble rising from her low couch
            """,
            ["R26.81", "M62.81"], [PT("97110", 20)], []),

        // Hutchinson flowsheet with every technique and deficit row "N", "balance training as tolerated", the ride 15 min early: no technique, deficit, measure or one-on-one, only generic phrases; "97112  12 min" matches.
        ["v2-h57-hutchinson-rows-all-n-ride-early"] = new(
            """
            Prairie Wind Therapy Partners — Hutchinson
            NEURO RE-ED FLOWSHEET
              Perturbation training ........ N
              Compliant surface (foam) ..... N
              Gaze stabilization ........... N
              PNF .......................... N
              Proprioception deficit ....... N
              Vestibular deficit ........... N
            Comments: balance training as tolerated. Ride from the senior center showed up 15 min early so we wrapped up. Will continue POC.
            97112  12 min
            """,
            ["R26.81"], [PT("97112", 12)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Natchitoches caregiver boxes ticked, the daughter's teaching after the patient's part not billed; "TA 97530 — 24 min" matches; car, toilet and stand-pivot transfers with counts and min A → CGA; hip precautions and abductor weakness; church goal: passes.
        ["v2-h57-natchitoches-caregiver-boxes-97530"] = new(
            """
            ARK-LA-TEX REHAB & WELLNESS — Natchitoches
            Caregiver present: ☒    Caregiver trained: ☒ (daughter Renée — hands-on teaching after pt's part, 8 min, not billed)
            TA 97530 — 24 min (pt's own practice)
              car transfer into her Buick w/ a swivel cushion ×4; toilet transfer to a riser w/ grab bar ×3; stand-pivot bed → recliner ×3
              posterior hip precautions — R THA 02/10/26; R hip abductor weakness, can't lift the R leg into the car
              min A → CGA by the 4th car transfer
              Goal: ride to church in her daughter's car
            """,
            ["Z96.641", "Z47.1"], [PT("97530", 24)], []),

        // Liberty Lake vitals grid with a hold column and "Tx held after lap 1?  ☒ Y  ☐ N"; "Gait 97116 — 18 min (hold excluded)" matches; 4WW laps with distances and SBA; COPD walking endurance with a church goal: passes.
        ["v2-h57-liberty-lake-vitals-grid-hold"] = new(
            """
            INLAND NW PHYSICAL THERAPY — Liberty Lake
            Vitals        rest      after lap 1    after the hold    end
              BP          134/80    168/94         142/84            138/82
              HR          78        104            86                88
              SpO2 (RA)   96%       91%            95%               95%
            Tx held after lap 1?  ☒ Y  ☐ N   — seated, pursed-lip breathing until SpO2 ≥ 94%
            Gait 97116 — 18 min (hold excluded)
              4WW, 3 laps of the hallway loop (2 × 150 ft, 1 × 100 ft), SBA; cues for upright trunk + longer steps; shuffles when SOB
              COPD w/ ↓ walking endurance; goal: walk from the parking lot into church
            """,
            ["J44.9", "R26.2"], [PT("97116", 18)], []),

        // Sylvania OT: kitchen tasks named, hemiparesis and a breakfast goal, but the assistance row has nothing ticked and there is no count or number but the code's minutes: measure missing.
        ["v2-h57-sylvania-assist-row-blank-97530"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Sylvania · OT
            TA 97530 — 16 min   (pt went to the restroom partway; clock stopped)
            Tasks: getting a pan out of the low cupboard, carrying a plate to the table with the walker tray, wiping the counter standing
            Assist:  ☐ Indep  ☐ Mod I  ☐ SBA  ☐ CGA  ☐ Min A  ☐ Mod A  ☐ Max A
            Why: L hemiparesis + poor standing balance; goal — make her own breakfast
            """,
            ["I69.354"], [OT("97530", 16)], [At(Measure, "97530")]),

        // Clarks Summit "Interpreter: ☒ in person … Nepali" and "Attendance: ☒ 1:1"; Brunnstrom-based facilitation out of extensor synergy with tapping; R LE synergy and circumduction; Chedoke stages: passes.
        ["v2-h57-clarks-summit-interpreter-attendance-boxes"] = new(
            """
            LACKAWANNA VALLEY OUTPATIENT REHAB — Clarks Summit
            Interpreter:  ☒ in person  ☐ phone  ☐ video    Language: Nepali   (interpreter not a pt; no other pts in the room)
            Attendance:   ☒ 1:1   ☐ concurrent   ☐ group
            97112 — 25 min
              Brunnstrom-based facilitation out of the R LE extensor synergy: resisted hip/knee flexion in standing, isolated DF w/ tapping over tib ant, modified-plantigrade weight shifts
              R hemiparesis after L MCA stroke; R LE stuck in extensor synergy, circumducts to clear
              Chedoke leg stage 3 → 4; foot stage 2
            """,
            ["I69.351"], [PT("97112", 25)], []),

        // Dodge City co-treat Y/N row: "PT with this pt only (no other pts) for the PT portion?  Y", "PT-billed min: 22" on the one timed code matches; Airex EC sit-to-stand, belt releases, tandem reaches; neuropathic LOB; Romberg seconds and k of 8: passes.
        ["v2-h57-dodge-city-cotx-yn-row"] = new(
            """
            Prairie Wind Therapy Partners — Dodge City
            Co-tx?  Y (OT — Kayla)   |   PT with this pt only (no other pts) for the PT portion?  Y   |   PT-billed min: 22
            OT took the first part (shower-chair transfer + LB dressing; OT's own note and charge).
            PT portion — 97112:
              sit ↔ stand on Airex w/ eyes closed, stepping-strategy drills w/ belt release, lateral reach to cones in tandem
              posterior LOB w/ eyes closed; ↓ somatosensory input (peripheral neuropathy, vibration absent at the great toes)
              sharpened Romberg 4 s; 5 of 8 belt releases recovered w/o PT help
            """,
            ["G62.9", "R26.81"], [PT("97112", 22)], []),

        // Cheney radio rows "● partial (near-fall …)" and "Attendance: ● 1:1"; the near-fall ended NMR early and "NMR 97112 — 16 min" matches; cone transfers, foam step-and-reach, rocker; postural control and ankle weakness; seconds and k of 10: passes.
        ["v2-h57-cheney-radio-partial-near-fall"] = new(
            """
            INLAND NW PHYSICAL THERAPY — Cheney
            Session:     ○ completed as planned   ● partial (near-fall — see below)
            Attendance:  ● 1:1   ○ concurrent   ○ group
            Near-fall: reaching to the floor for a cone in narrow stance she lost her balance to the L; PT caught her at the gait belt. No fall, no injury; vitals stable; she asked to stop, so NMR ended early.
            NMR 97112 — 16 min
              floor-to-shelf cone transfers in narrow stance, step-and-reach onto foam, weight shift L/R on the rocker board
              ↓ postural control to the L + L ankle weakness after L ankle ORIF
              Rocker board M/L hands free 8 s; cone transfers 6/10 without a step
            """,
            ["S82.852D"], [PT("97112", 16)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programmes as techniques

        // Toledo Motor Relearning Programme (Carr & Shepherd) sit-to-stand part- and whole-task practice; "97112 (22 min, PT 1:1 …)" matches with the restroom off the clock; weight-shift asymmetry and knee-extensor timing; 5xSTS and limb loading: passes.
        ["v3-h57-toledo-motor-relearning-sit-to-stand"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Toledo
            Motor Relearning Programme (Carr & Shepherd), sit-to-stand section: part-practice of the trunk-forward / knees-forward phase, then whole-task practice from a 20" chair w/ the R foot placed back; R hand off the armrest.
            Pt asked for the restroom after the first block — off the clock.
            97112 (22 min, PT 1:1 — no one else in the room)
            R hemiparesis after L MCA stroke: shifts weight to the L when rising, R knee extensors slow to fire
            5xSTS 24.1 s; R limb loading at seat-off 35% (scale)
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // Scranton KAT 3000 (Kinesthetic Ability Trainer) static and dynamic work, "PT and pt alone in the balance lab", the patient's pharmacy call not counted; L ankle proprioception after a lateral malleolus ORIF; KAT index and SLS seconds: passes.
        ["v3-h57-scranton-kat-3000"] = new(
            """
            Lackawanna Valley Outpatient Rehab · Scranton
            97112 · 23 min · PT and pt alone in the balance lab
            KAT 3000 (Kinesthetic Ability Trainer): static bilateral stance level 6 → 4, then SLS L on level 8 w/ visual feedback off; dynamic tracing of the circle pattern
            Pt's phone rang midway (pharmacy) — he stepped off and took it; not counted.
            L ankle proprioception ↓ after ORIF of the lateral malleolus (10/2025); lateral sway in L SLS
            KAT balance index SLS L 1340 (R 610); SLS L on firm floor 9 s
            """,
            ["S82.62XD"], [PT("97112", 23)], []),

        // South Hill 97116 split-belt treadmill adaptation (belt speeds and strides), an e-stop on a toe catch, then overground SPC with distance and SBA; step-length asymmetry in cm: passes.
        ["v3-h57-south-hill-split-belt-gait"] = new(
            """
            INLAND NW PHYSICAL THERAPY · Spokane (South Hill)
            Gait — 97116 — 18 min
              Split-belt treadmill adaptation: fast belt under the L (paretic) leg 0.9 m/s, slow belt R 0.45 m/s, 3 bouts × 150 strides; tied-belt washout × 1
              E-stop hit once when the L toe caught — checked, no injury, resumed
              Overground after: SPC, 2 × 100 ft, SBA
              Step-length asymmetry after R MCA stroke: R step 38 cm vs L 52 cm at start → 44 / 50 cm overground after
            """,
            ["I69.354"], [PT("97116", 18)], []),

        // Wichita Total Gym GTS squats and single-leg squats with levels and doses; the grandson's early pick-up after TE; L quad weakness and flexion after TKA with a tractor-seat limit; "TE 97110: 25 min" matches: passes.
        ["v3-h57-wichita-total-gym-gts"] = new(
            """
            Prairie Wind Therapy Partners — Wichita (East)
            TE 97110: 25 min. Grandson picked him up 10 min before the end of the hour for a farm-sale auction — left after TE.
            Total Gym GTS: incline level 6 squats 3 x 12, single-leg squats L level 4 2 x 8, heel raises level 6 2 x 15; recumbent stepper level 4 to cool down
            L knee: quad weakness + ↓ flexion after TKA (wk 9) — flex 108°, ext lag 5°; can't get up from the tractor seat
            """,
            ["Z96.652", "M62.81"], [PT("97110", 25)], []),

        // Bossier 97140 strain-counterstrain (positional release) to named tender points with 90-s holds, after a bundled hot pack (97010, no line); L hip/buttock pain with piriformis tightness; hip IR degrees; 12 matches: passes.
        ["v3-h57-bossier-counterstrain-after-hot-pack"] = new(
            """
            ARK-LA-TEX REHAB & WELLNESS — Bossier City
            Moist heat L hip/low back 10 min before (97010 — bundled, not billed).
            97140 — 12 min: strain-counterstrain (positional release) to tender points L iliacus, L piriformis and L4 upper pole, each held 90 s in the position of comfort, slow return to neutral
            L hip/buttock pain w/ piriformis tightness after a fall on the levee path; limps the first few steps
            L hip IR 15° → 25°
            """,
            ["M25.552", "M54.50"], [PT("97140", 12)], []),

        // Maumee "solo session, PT + pt only": Dynavision D2 standing on foam with L-weighted lights; a late arrival dropped the dual-task block; L visual inattention and standing postural control; hits by side and foam seconds: passes.
        ["v3-h57-maumee-dynavision-on-foam"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Maumee
            97112 — 20 min — solo session, PT + pt only
            Dynavision D2 reaction board standing on a foam pad: mode A (self-paced) then mode B (1-s lights), L-side lights weighted; head turns to L targets w/ trunk steady
            Late pt — 10 min behind (fog on the Anthony Wayne bridge), so the cognitive dual-task block was dropped.
            L visual inattention + ↓ standing postural control after R parietal stroke
            Hits mode A: 52 (L half 19, R half 33); foam stance 30 s w/o LOB
            """,
            ["I69.398", "R26.81"], [PT("97112", 20)], []),

        // Hutchinson FallProof! multisensory stations, "one pt / one therapist throughout", sensory-weighting and strategy deficits, a pendant alarm in the middle, "Tests: deferred": no number but the code's minutes: measure missing.
        ["v3-h57-hutchinson-fallproof-no-number"] = new(
            """
            Prairie Wind Therapy Partners — Hutchinson
            97112 — 20 min, one pt / one therapist throughout
            FallProof! multisensory balance stations: center-of-gravity control in standing, foam + eyes-closed station, gait-pattern station w/ changes of speed and direction
            Deficits: ↓ use of vestibular input when vision + surface are both altered; slow ankle → hip strategy shift
            Pt's Life Line pendant went off by accident halfway; sorted it out w/ the call center, then back to work.
            Tests: deferred to re-eval next week
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Sylvania Feldenkrais Awareness Through Movement (pelvic clock lying, sitting, standing), "private room, 1:1", TUG and FTSST, water breaks off the clock — but no deficit, impairment or system named: deficit missing.
        ["v3-h57-sylvania-feldenkrais-no-deficit"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Sylvania
            97112 / 24 min / private room, 1:1
            Feldenkrais Awareness Through Movement: pelvic clock in hooklying, then seated pelvic clock, then a standing weight-shift "clock" w/ reaches to the numbers
            Session stretched out — hot flashes; pt asked for 2 water breaks (off clock).
            TUG 11.2 s; FTSST 15.8 s
            """,
            ["R26.89"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // Amarillo Perfetti cognitive therapeutic exercise (sponge firmness and heights under the R foot, eyes closed), "me and Mr. Begay only"; R foot somatosensory loss after stroke; k of 10 and k of 6: passes.
        ["v3-h57-amarillo-perfetti-sponges"] = new(
            """
            Prairie Wind Therapy Partners — Amarillo
            Neuro re-ed (97112), 21 min, me and Mr. Begay only — the gym's other mat empty
            Wife called from the truck, parked in the fire lane; he went out to move it before we started (not timed).
            Perfetti cognitive therapeutic exercise for the R foot: eyes closed, pt tells which of 4 sponges (soft → firm) is under the R heel/forefoot as I load it; then which of 3 heights the R foot rests on
            R foot somatosensory loss after L parietal stroke — steps on the outside of the R foot, can't feel the floor
            Sponge firmness 7/10 correct (4/10 last wk); heights 5/6
            """,
            ["I69.398"], [PT("97112", 21)], []),

        // Shreveport 97530 EPIC lift protocol crate lifts and carry with loads and counts; the case manager's call taken by the front desk; lumbar extensor weakness after microdiscectomy with a stocking goal; 26 matches: passes.
        ["v3-h57-shreveport-epic-lift-protocol"] = new(
            """
            ARK-LA-TEX REHAB & WELLNESS — Shreveport (Youree Dr)
            97530 TA · 26 min
            EPIC Lift Capacity protocol, modified: crate lifts floor → knuckle 10, 15, 20, 25 lb x 4 each; knuckle → shoulder 10, 15 lb x 4; carry a 20-lb crate 50 ft x 2
            Case manager called the front desk mid-session to confirm the next visit; front desk took the message, no break in tx.
            Lumbar extensor weakness + flexion avoidance after L4–5 microdiscectomy; goal: back to part-time stocking at the hardware store
            """,
            ["M51.16", "Z98.890"], [PT("97530", 26)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Perrysburg: outdoor gait stopped for spinning, switched to gaze work ("one-on-one the whole time"); the deficit is given as findings (catch-up saccade on rightward thrusts, head-shake nystagmus); DVA lines: passes.
        ["v4-h57-perrysburg-dizzy-switch-saccade-finding"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Perrysburg
            Started outdoor gait on the parking-lot loop; 2nd lap pt c/o spinning w/ quick head turns, so we came in and switched to seated/standing gaze work. Pt and PT one-on-one the whole time.
            97112 — 20 min
              VOR x1 horizontal, plain background → busy checkerboard, sitting then standing feet together
              Head thrust: catch-up saccade on rightward thrusts; 3 beats of L-beating nystagmus after head shake
              DVA 4 lines (was 6)
            """,
            ["H81.21"], [PT("97112", 20)], []),

        // Scranton SCI clinic: clonus beats, extensor spasm and Tardieu angles as the findings; standing frame loading, slow reversals, rhythmic rocking; "exclusive: therapist + pt only"; spasm rests inside; 24 matches: passes.
        ["v4-h57-scranton-clonus-tardieu-findings"] = new(
            """
            Lackawanna Valley Outpatient Rehab — Scranton · SCI clinic
            97112  24 min  (exclusive: therapist + pt only)
            Findings: L ankle clonus 6 beats on quick DF; extensor spasm kicks the L leg out when she stands; Tardieu L gastroc R1 at −10°, R2 at +5°
            Rx: prolonged standing in the frame w/ the L heel loaded, slow reversals (PNF) for L hip/knee flexion, rhythmic rocking A/P over the L foot
            Spasms interrupted standing twice — sat, settled quickly each time.
            Incomplete T10 SCI (AIS D)
            """,
            ["G82.22", "S24.104D"], [PT("97112", 24)], []),

        // Toledo: past-pointing with tremor near the target and heel-shin sliding off as the findings; tall-kneel rhythmic stabilization, weighted reaching, metronome dot stepping; rests not counted; SARA and dots hit: passes.
        ["v4-h57-toledo-past-pointing-findings"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Toledo
            97112 · 22 min · PT w/ pt only
            On exam: L finger-to-nose past-points and tremors near the target; L heel-to-shin slides off the shin; stands with feet apart
            Tx: rhythmic stabilization at shoulders/pelvis in tall kneel, slow-to-fast reciprocal reaching to a wall target w/ a 1-lb wrist weight, stepping to floor dots to a metronome at 60 bpm
            Pt needed 2 seated rests when his legs got shaky (not counted in the 22).
            SARA 11/40; 9 of 15 dots hit
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // Wichita PD: toes lifting and going backward on an overhead reach, steps on the pull test, en-bloc turns as the findings; wedge weight shifts, belt-tug backward steps, counted turns; "I worked with Mrs. Pfaff by herself"; pull test and turn steps: passes.
        ["v4-h57-wichita-posterior-bias-findings"] = new(
            """
            Prairie Wind Therapy Partners — Wichita (North)
            97112 (23 min). I worked with Mrs. Pfaff by herself; the clinic was otherwise empty over the noon hour.
            What I see: when she reaches up to the cupboard her toes come off the floor and she goes backward; on the pull test she takes 4 steps back before I catch her; turns en bloc.
            Work: forward weight shifts over a 10° wedge w/ toes down, reactive backward stepping to the belt tug, large-amplitude 180° turns counting steps
            Pull test 4 steps (5 at IE); 180° turn 7 steps
            She froze at the doorway on the way to the bathroom; used the laser-line cue and walked through.
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // Bossier 97110 "maintenance" programme with doses but "MMT 5/5 throughout … full AROM; no pain … no trouble with anything at home": no region, impairment or goal targeted: deficit missing.
        ["v4-h57-bossier-maintenance-none-stated"] = new(
            """
            ARK-LA-TEX REHAB & WELLNESS — Bossier City
            97110 — 20 min (on time; no interruptions today)
            Recumbent bike, then leg press 60 lb 3 x 12, seated row 20 lb 3 x 12, standing heel raises 2 x 15, wall push-ups 2 x 10
            MMT 5/5 throughout; full AROM all joints; no pain; pt reports no trouble with anything at home. Here to "keep moving" at her request.
            """,
            ["Z91.81"], [PT("97110", 20)], [At(Deficit, "97110")]),

        // Hutchinson 97112 whose screen today is all normal (touch, vibration, sharpened Romberg held, head impulse negative, no nystagmus, smooth coordination); named techniques, "seen individually", a left-early note: deficit missing.
        ["v4-h57-hutchinson-screen-all-normal"] = new(
            """
            Prairie Wind Therapy Partners — Hutchinson
            97112 · 18 min · pt seen individually, no other pts
            Screen today: light touch + vibration intact both feet; sharpened Romberg held 30 s eyes closed; head impulse negative both ways; no nystagmus; finger-nose and heel-shin smooth
            Tx: tandem walking on a rope, foam stance w/ ball toss, backward walking in the bars
            Short session — pt's son had to get back to the elevator (harvest), so they left 10 min early.
            """,
            ["R26.81"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // Dunmore 97116: a knee that buckles in midstance, vaulting and a trunk lean as the findings; 2WW → SPC with distances, stairs, CGA and buckles caught; the van driver came early; 17 matches: passes.
        ["v4-h57-dunmore-knee-buckles-gait"] = new(
            """
            LACKAWANNA VALLEY OUTPATIENT REHAB — Dunmore
            Gait training — 97116 — 17 min
            Seen: L knee buckles in midstance when she tires; vaults on the R to clear the L foot; trunk leans over the L on loading
            Trained: 2WW → SPC in the R hand, 4 × 80 ft, cues "stand tall on the L"; stairs, 4 steps step-to w/ rail
            CGA w/ SPC; 2 buckles caught on the last pass
            Came in a wheelchair van; the driver came back early, so we skipped curb practice.
            """,
            ["M17.12", "R26.89"], [PT("97116", 17)], []),

        // Cheney 97110: no single-leg heel raise on the L (14 on the R), calf cramps and weak push-off as the findings; eccentric heel lowers, calf press, toe walking with doses; the granddaughter's calls not counted: passes.
        ["v4-h57-cheney-heel-raise-finding"] = new(
            """
            INLAND NW PHYSICAL THERAPY — Cheney
            97110 — 16 min (granddaughter phoned twice; paused both times, not counted)
            L: 0 single-leg heel raises (R: 14); calf cramps by the 10th double-leg raise; weak push-off on stairs
            TE: eccentric heel lowers off a step 3 x 10 (up on both, down on the L), seated calf press on the leg press 40 lb 3 x 12, toe walking 4 x 30 ft
            """,
            ["S86.012D"], [PT("97110", 16)], []),

        // Natchitoches OT 97530: stopping mid-task until cued, steps out of order, missing items on the L as the findings; coffee, table setting and pill box with counts, cues and SBA; the husband's short pause: passes.
        ["v4-h57-natchitoches-sequencing-findings-97530"] = new(
            """
            ARK-LA-TEX REHAB & WELLNESS — Natchitoches · OT
            97530 · 22 min
            Observed: stops mid-task and waits until cued to go on; put the coffee filter in after the water; reached past the sugar twice (missed it on the L side of the counter)
            Practiced: making a pot of coffee start to finish x 2, setting 2 places at the table, filling the weekly pill box w/ a checklist
            Cues: 6 verbal on the 1st pot → 2 on the 2nd; SBA for standing
            Husband came in mid-session with her forgotten glasses; brief pause.
            """,
            ["I69.319"], [OT("97530", 22)], []),

        // Sylvania: leaning and falling toward the R with eyes closed or turning R, feeling "pulled", clumsy R limbs after a Wallenberg stroke; wall push-off to vertical, mirror and tape line, foam shifts, banded side steps; "1:1 (only pt in the neuro gym)"; seconds and k of 10: passes.
        ["v4-h57-sylvania-lateropulsion-findings"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Sylvania
            97112, 23 min, 1:1 (only pt in the neuro gym)
            Leans and falls toward the R when standing w/ eyes closed or turning R; feels "pulled" to the R; R arm/leg clumsy on reaching (Wallenberg, R lateral medulla, 11/2025)
            Midline training: standing w/ the L shoulder to the wall and pushing away to vertical, mirror + vertical tape line, weight shifts to the L onto a foam pad, side steps to the L against a band
            Eyes-closed stance 12 s before stepping R (4 s at IE); 8 of 10 weight shifts to the L w/o a hand
            """,
            ["I69.398", "R26.81"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Scranton SMART Balance Master rhythmic weight shifts and LOS training, "therapist one-on-one"; a fire-alarm test paused and not counted; backward sway after hemiarthroplasty; LOS reaction time, velocity and excursions: passes.
        ["v5-h57-scranton-balance-master-los"] = new(
            """
            Lackawanna Valley Outpatient Rehab · Scranton · Balance Center
            97112 — 22 min — therapist one-on-one at the SMART Balance Master
            Rhythmic weight-shift training A/P + M/L at 3 speeds, then limits-of-stability target training w/ the on-screen cursor
            The 10:00 fire-alarm test interrupted us; paused, not counted.
            ↓ postural control w/ backward + L-backward sway (after L hip hemiarthroplasty)
            LOS: reaction time 1.18 s, movement velocity 2.9°/s, endpoint excursion 61% (back), max excursion 74%
            """,
            ["S72.002D", "Z96.642"], [PT("97112", 22)], []),

        // Wichita 97110 for a T8 compression fracture: extension exercises with doses; back-extensor weakness and kyphosis; Timed Loaded Standing seconds and occiput-to-wall cm; a late arrival; 24 matches: passes.
        ["v5-h57-wichita-timed-loaded-standing"] = new(
            """
            Prairie Wind Therapy Partners — Wichita (West)
            Ther ex 97110 — 24 min
            Prone press-ups x 10, prone alternating arm/leg lifts 2 x 8, seated thoracic extension over a towel roll 2 x 10, standing rows w/ red band 3 x 12, wall angels 2 x 10
            T8 compression fx (osteoporosis) — back-extensor weakness, kyphosis; can't stand at the stove for long
            Timed Loaded Standing 52 s (was 34 s); occiput-to-wall 6 cm
            Pt arrived 12 min late (husband's appointment ran long); we trimmed the walk at the end.
            """,
            ["M80.08XD"], [PT("97110", 24)], []),

        // Dunmore 97116: rollator → SPC with cones, distance and CGA; shuffling and turn staggers in PD; GARS-M and FAC; the rerouted van started it late; 19 matches: passes.
        ["v5-h57-dunmore-gars-m-fac"] = new(
            """
            LACKAWANNA VALLEY OUTPATIENT REHAB — Dunmore
            97116 gait trng — 19 min
            Rollator → SPC trial in the corridor, turns around cones, 2 x 120 ft w/ SPC, CGA; cues for arm swing + heel-first contact
            Shuffling, ↓ trunk rotation, staggers on turns (PD)
            GARS-M 10/21 (13 at IE); FAC 3
            Session started 10 min late — pt's transport van was rerouted; time not made up.
            """,
            ["G20.A1"], [PT("97116", 19)], []),

        // Perrysburg dual-task training, "just the two of us in the back gym"; dual-task interference and stepping accuracy; Walking While Talking complex vs simple seconds; a coughing spell off the clock: passes.
        ["v5-h57-perrysburg-walking-while-talking"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Perrysburg
            97112: 21 min, just the two of us in the back gym
            Dual-task training: walking + naming animals, walking + counting backward by 3s, stepping over hurdles while carrying a tray w/ a cup
            Dual-task interference — slows, veers and loses postural control when talking; ↓ stepping accuracy (mild cognitive impairment + neuropathy)
            Walking While Talking (complex) 41 s; simple 33 s
            Pt had a coughing spell partway; sipped water, seated — clock off.
            """,
            ["G31.84", "G62.9"], [PT("97112", 21)], []),

        // Bossier PTA "one-on-one (no others in the gym, 7:30 a.m. slot)"; step-up holds with tapping facilitation and Airex SLS cone taps; L hip/quad recruitment after TKA; Hill Step Test counts: passes.
        ["v5-h57-bossier-hill-step-test"] = new(
            """
            ARK-LA-TEX REHAB & WELLNESS — Bossier City
            NMR 97112 — 18 min — pt and PTA one-on-one (no others in the gym, 7:30 a.m. slot)
            Step-up and hold on a 4" block leading w/ the L, tapping over the L glut med for recruitment; SLS on Airex L w/ cone taps
            L hip abductor + quad recruitment poor; L knee wobbles in SLS (after L TKA)
            Hill Step Test (7.5-cm step, 15 s): R stance 11, L stance 6
            """,
            ["Z96.652"], [PTA("97112", 18)], []),

        // Spokane Valley: a near-fall ended the reactive work and "Berg not done today — will re-test Tuesday"; techniques, 1:1 and a protective-stepping deficit, but no number but the code's minutes: measure missing.
        ["v5-h57-spokane-valley-near-fall-no-number"] = new(
            """
            INLAND NW PHYSICAL THERAPY — Spokane Valley
            NMR 97112 — 14 min — seen 1:1
            Reactive stepping drills (release from lean, A/P and lateral), foam stance w/ head turns
            Retraining slow, short protective steps and poor use of the hip strategy after her hip fx.
            Midway she caught her toe on the mat edge stepping back — caught by PT, no fall. She was shaken; we stopped the reactive work, did seated breathing and called her husband to come early.
            Berg not done today — will re-test Tuesday.
            """,
            ["S72.001D"], [PT("97112", 14)], [At(Measure, "97112")]),

        // Amarillo OT 97530: senior-centre bus steps, seat and walker hand-down; R RTC repair with a goal; "needed help with the walker each time" is no assistance level and there is no number but the code's minutes and a clock time: measure missing.
        ["v5-h57-amarillo-bus-step-no-level"] = new(
            """
            Prairie Wind Therapy Partners — Amarillo · OT
            97530 — 15 min (left early — dialysis chair at 2 p.m.)
            Practiced stepping up into the senior-center bus, sitting down in the narrow bus seat, stepping back down and having the walker handed down to him
            R shoulder pain + weakness after RTC repair limits pulling up on the bus rail; goal: ride the bus to dialysis without his wife
            Needed help with the walker each time.
            """,
            ["M75.121", "N18.6", "Z99.2"], [OT("97530", 15)], [At(Measure, "97530")]),

        // Dunmore 97140 GH glides and distraction with grades and scapular mobs; R adhesive capsulitis with a back-pocket limit; PROM before and after in degrees; started late from a lab draw; 13 matches: passes.
        ["v5-h57-dunmore-prom-before-after"] = new(
            """
            LACKAWANNA VALLEY OUTPATIENT REHAB — Dunmore
            97140 Manual — 13 min
            GH posterior glides gr III–IV in 60° abd, inferior glides, long-axis distraction; scapular mobs in side-lying
            R adhesive capsulitis — ER limited, can't reach her back pocket
            PROM R flex 118° → 131° after the mobs; ER 22° → 30°
            Started 8 min late — held up at the lab draw on the 2nd floor.
            """,
            ["M75.01"], [PT("97140", 13)], []),

        // Natchitoches 97110: the van came early for dialysis and "Doses not recorded" — chair exercises named, leg weakness with a cooking goal, but no dose or number but the code's minutes: measure missing.
        ["v5-h57-natchitoches-doses-not-recorded"] = new(
            """
            ARK-LA-TEX REHAB & WELLNESS — Natchitoches
            97110 · 12 min
            Dialysis moved up an hour and the van came early, so she went through her chair program quickly and left: seated marching, LAQ, ankle pumps, arm raises, sit-to-stands from the chair.
            Doses not recorded.
            B leg weakness + deconditioning (ESRD on HD); goal: stand long enough to cook
            """,
            ["N18.6", "Z99.2", "M62.81"], [PT("97110", 12)], [At(Measure, "97110")]),

        // Cheney 97110 with loads and doses; hip and thigh weakness after a hospital stay with a toilet limit; 30-second chair stand count and gait speed; a BP rest inside; 23 matches: passes.
        ["v5-h57-cheney-30s-chair-stand"] = new(
            """
            INLAND NW PHYSICAL THERAPY — Cheney
            TE 97110 · 23 min
            Sit-to-stand from a 17" chair w/ a 4-lb medicine ball 3 x 8, step-ups 6" 2 x 10 each, standing hip abd w/ yellow band 2 x 12, marching w/ 2-lb ankle weights 2 x 20
            Both hips + thighs weak after 3 weeks in the hospital (pneumonia); can't get up from the toilet w/o the sink
            30-second chair stand: 7 (was 4); gait speed 0.74 m/s
            BP 162/88 after the step-ups — seated rest, rechecked 138/80, resumed.
            """,
            ["M62.81", "J18.9"], [PT("97110", 23)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Scranton Billable / Non-billable block: 97112 23 and 97110 15 both match; vitals/rests and the van wait are non-billable; 1:1 stated; perturbations, beam, foam; exercises with loads; postural control and hip/knee weakness; Brief-BESTest and seconds: passes.
        ["v6-h57-scranton-billable-nonbillable-block"] = new(
            """
            Lackawanna Valley Outpatient Rehab — Scranton
            TIME
              Billable:      97112 Neuromuscular re-ed .... 23 min
                             97110 Therapeutic exercise ... 15 min
              Non-billable:  vitals / rest breaks ......... 7 min
                             waiting for wheelchair van ... 12 min
            97112 (1:1 — therapist w/ this pt only): perturbations in stride stance, tandem walking on the balance beam, foam stance EC w/ arm raises
            97110: LAQ 5 lb 3 x 10, standing hip abd w/ 3-lb cuff 3 x 10, bridges 2 x 12
            Problem: ↓ anticipatory + reactive postural control; B hip/knee weakness after a fall w/ pelvic fx
            Brief-BESTest 9/24; tandem EC 5 s
            """,
            ["S32.592D"], [PT("97112", 23), PT("97110", 15)], []),

        // Spokane Valley late arrival: "NMR ran 0915–0930 = 15 min" against a 25-min line billed for the scheduled slot: mismatch; 1:1, clock stepping on foam, head-turn walking, nudges; vestibular hypofunction; FGA complete.
        ["v6-h57-spokane-valley-late-uber-mismatch"] = new(
            """
            INLAND NW PHYSICAL THERAPY — Spokane Valley
            Pt 15 min late (the Uber went to her old address). Scheduled 0900–0930 — NMR ran 0915–0930 = 15 min.
            97112, 1:1 the entire time: stepping to clock targets on foam, head-turn walking, lateral nudges in tandem
            L vestibular hypofunction + ↓ postural control on compliant surfaces
            FGA 18/30
            """,
            ["H81.22"], [PT("97112", 25)], [At(Mismatch, "97112")]),

        // Wichita: "we got 14 minutes of TE in (97110)" before the dialysis chair, against a 28-min line: mismatch; stepper, sit-to-stand, heel raises, band abduction with doses; LE weakness with grades complete.
        ["v6-h57-wichita-dialysis-chair-mismatch"] = new(
            """
            Prairie Wind Therapy Partners — Wichita (East)
            Left at 1:20 for his dialysis chair — we got 14 minutes of TE in (97110).
            Recumbent stepper level 3, then sit-to-stand 2 x 8 from a 19" chair, standing heel raises 2 x 12, hip abd w/ red band 2 x 10
            B LE weakness (hip abd 3+/5, quads 4-/5), ↓ endurance on HD days
            """,
            ["N18.6", "Z99.2", "M62.81"], [PT("97110", 28)], [At(Mismatch, "97110")]),

        // Toledo split around an x-ray: "Part 1 10:05–10:16 TE (97110) 11 min" and "Part 2 10:52–11:04 … 12 min" add up to the 23-min line; knee exercises with doses; quad lag and flexion after TKA with a car limit: passes.
        ["v6-h57-toledo-split-around-xray"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Toledo (Heatherdowns)
            Split session — ortho ordered an x-ray at this morning's visit.
              Part 1   10:05–10:16   TE (97110)   11 min
              Part 2   10:52–11:04   TE (97110)   12 min
              (between: radiology, 2nd floor)
            TE: quad sets w/ 5-s hold x 15, SAQ 2 lb 3 x 10, heel slides w/ strap 2 x 15, standing TKE w/ blue band 3 x 12, mini squats at the bar 2 x 10
            R knee: quad lag + flexion 95° after TKA (wk 5) — can't get into the car w/o swinging the leg in
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 23)], []),

        // Dunmore co-treat: "PT: gait training 97116 — 14 min" (the OT's 11 are the OT's) against a 25-min PT line: mismatch; hemi-walker and ramp with CGA, stiff-knee gait and toe catch complete.
        ["v6-h57-dunmore-cotreat-pt-portion-differs"] = new(
            """
            LACKAWANNA VALLEY OUTPATIENT REHAB — Dunmore
            PT/OT co-treatment. OT: bathroom transfer + toileting, 11 min (OT bills separately). PT: gait training 97116 — 14 min.
            PT gait: hemi-walker 3 x 60 ft, then the ramp up/down x 2 with CGA; cues for L knee flexion in swing
            L hemiparesis (R MCA stroke) — stiff-knee gait, toe catch L
            """,
            ["I69.354"], [PT("97116", 25)], [At(Mismatch, "97116")]),

        // Perrysburg after a BP recheck: "TE + NMR: 30 min combined, 1:1 throughout" is the only time for two codes: separate time missing; both sections complete (knee/hip exercises with doses; foam EO/EC and hurdle side-steps with nudges; weakness and neuropathic postural control; foam seconds and chair stands).
        ["v6-h57-perrysburg-combined-after-bp"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Perrysburg
            BP 176/94 on arrival; rested, recheck 150/86, OK to proceed — lost some time to the recheck.
            TE + NMR: 30 min combined, 1:1 throughout (no other pts).
            TE: seated knee extension 3 lb 3 x 12, standing hip ext at the counter 2 x 12, heel/toe raises 2 x 15
            NMR: feet-together stance on foam EO/EC, side stepping over a hurdle line w/ PT nudges
            B LE weakness + ↓ somatosensory-based postural control (DM neuropathy)
            Foam EC 7 s; 30-s chair stand 9
            """,
            ["E11.42"], [PT("97110", 15), PT("97112", 15)], [SepTime]),

        // Hutchinson "NMR 97112 – 20 min" then gait "until his ride pulled up" with no minutes: separate time missing; NMR complete with 1:1, proprioceptive loss, tandem seconds and Berg; gait with SPC, distances and SBA.
        ["v6-h57-hutchinson-gait-until-ride"] = new(
            """
            Prairie Wind Therapy Partners — Hutchinson
            NMR 97112 – 20 min, Mr. Koehn and me only
              perturbations in the bars, foam step-ups w/ head turns, tandem on the line
              ↓ proprioception both feet (vibration absent at the ankles)
              tandem 8 s; Berg 43/56
            Then gait practice w/ the SPC in the hall and out the back door onto the gravel until his ride pulled up: 2 x 100 ft hall, 60 ft gravel, SBA
            """,
            ["G62.9"], [PT("97112", 20), PT("97116", 12)], [SepTime]),

        // Bossier OT: the interpreter's connection and a bundled hot pack are not billed; "97530 — 27 min, once interpreter on" matches; cooking and jar tasks with SBA and counts; wrist stiffness and grip kg with a cooking goal: passes.
        ["v6-h57-bossier-interpreter-hot-pack-net"] = new(
            """
            ARK-LA-TEX REHAB & WELLNESS · Bossier City · OT
            Vietnamese video interpreter took 8 min to connect (not billed). Hot pack to the L hand/wrist 10 min while waiting (97010 — bundled).
            97530 — 27 min, once the interpreter was on:
              rolling egg-roll wrappers, stirring a pot with the L hand, wringing out a dish towel, opening jars (4 sizes)
              L wrist/hand stiffness + weak grip after distal radius fx — grip L 12 kg / R 26 kg; goal: cook for the family again
              SBA, 1 rest; 4/4 jars opened (2/4 last wk)
            """,
            ["S52.502D"], [OT("97530", 27)], []),

        // Sylvania orthostatic reorder: NMR 18 and TE 12 have minutes, the supine manual therapy (97140) has none: separate time missing; every section complete (1:1, half kneel/rocker/foam; exercises with doses; PA mobs and suboccipital release; postural control, hip weakness, stiffness; Berg and rotation degrees).
        ["v6-h57-sylvania-three-codes-manual-no-minutes"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Sylvania
            Sequence changed — pt had to lie down (orthostatic: 128/74 supine → 102/64 standing); manual done supine while BP recovered.
            NMR 97112 · 18 min · PT + pt 1:1: rhythmic stabilization in half kneel, rocker board, stepping to targets on foam
            TE 97110 · 12 min: supine bridges 2 x 12, SLR 2 x 10, clamshells w/ band 2 x 12
            Manual 97140: supine thoracic PA mobs gr III, suboccipital release
            ↓ postural control + hip weakness + thoracic/neck stiffness (after an MVA)
            Berg 46/56; cervical rotation 50° L / 55° R
            """,
            ["S13.4XXD", "R26.81"], [PT("97112", 18), PT("97110", 12), PT("97140", 10)], [SepTime]),

        // Cheney CPT rows with minutes and units ("97112 ▸ 23 min ▸ 2 u", "97110 ▸ 15 min ▸ 1 u"), both match; "one-on-one, PT only"; PNF chops/lifts, pushes, narrow-base passes; exercises with doses; stepping and abductor weakness; FSST and SLS: passes.
        ["v6-h57-cheney-cpt-minutes-units-rows"] = new(
            """
            INLAND NW PHYSICAL THERAPY — Cheney
            97112 ▸ 23 min ▸ 2 u   (one-on-one, PT only)
            97110 ▸ 15 min ▸ 1 u
            Pt's wife took her to the restroom between the two blocks (off clock).
            97112: PNF chops/lifts in standing, stepping strategy w/ unannounced pushes, narrow-base ball passes
            97110: step-ups 6" 3 x 10, lateral band walks 3 x 20 ft, heel raises 3 x 12
            Delayed stepping response + L hip abductor weakness (L THA)
            Four Square Step Test 18.6 s; SLS L 4 s
            """,
            ["Z96.642"], [PT("97112", 23), PT("97110", 15)], []),

        // Natchitoches "Scheduled 45 | Actual 30" on a diuretic day, "NMR 18 min" and "TE 12 min" match the PTA lines; "one-on-one, PTA + pt only"; foam roll, rocker, foam EC sit-to-stand; exercises with loads; CHF weakness and ankle proprioception; seconds: passes.
        ["v6-h57-natchitoches-scheduled-actual"] = new(
            """
            ARK-LA-TEX REHAB & WELLNESS — Natchitoches
            Scheduled 45 | Actual 30 — 2 bathroom trips (diuretic day), clock stopped both times
            NMR 18 min (one-on-one, PTA + pt only): weight shifts standing on the half foam roll, rocker board w/ ball toss, sit-to-stand on foam w/ eyes closed
            TE 12 min: standing hip abd/ext w/ 2-lb cuff 2 x 12 each, heel raises 2 x 15, seated LAQ 2 x 12
            CHF + B LE weakness; ↓ ankle proprioception, sways w/ eyes closed
            Romberg on foam 10 s; 5xSTS 19 s
            """,
            ["I50.32", "M62.81"], [PTA("97112", 18), PTA("97110", 12)], []),

        // Maumee sequential PT then OT: "PT — NMR 20 min (PT with pt alone)" and "OT — TA 18 min" each match their own discipline's line; ball stabilization, hip weight shift, UE weight bearing; tub-bench tasks with min A → CGA; trunk control with a shower goal; FIST: passes.
        ["v6-h57-maumee-pt-then-ot-both-billed"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Maumee · Neuro day
            PT 0900–0920, then OT 0920–0938 (PT stayed through the hand-off of guarding only).
            PT — NMR 20 min (PT with pt alone): trunk rhythmic stabilization sitting on a ball, scooting/weight shift onto the L hip, L UE weight bearing in sitting while reaching with the R
            OT — TA 18 min: transfer to the tub bench, washing the L arm w/ a long-handled sponge, towel-drying the legs seated; min A → CGA
            Pt: L hemiparesis w/ trunk control loss (R MCA); goal: shower at home w/ her husband on standby
            FIST 38/56
            """,
            ["I69.354"], [PT("97112", 20), OT("97530", 18)], []),

        // Liberty Lake: NMR 20 matches, but "TE 97110 — 10 min, then stopped" for a BP of 188/100 against a 25-min line: mismatch on 97110; Biodex shifts, foam tandem, obstacles (1:1); leg press and abduction with doses; postural control and weakness; fall-risk index and FTSST.
        ["v6-h57-liberty-lake-te-stopped-bp-mismatch"] = new(
            """
            INLAND NW PHYSICAL THERAPY — Liberty Lake
            NMR 97112 — 20 min, 1:1: Biodex Balance SD weight-shift training (level 8 → 6), foam tandem w/ head turns, obstacle stepping
            TE 97110 — 10 min, then stopped: BP 188/100 after the leg press. Rest of the hour = seated rest + vitals (rechecked twice, 150/88 on the last); his wife drove him home.
            TE done: leg press 50 lb 2 x 10, standing hip abd w/ 2-lb cuff 1 x 10
            Impaired postural control + B LE weakness (deconditioning after CABG)
            Biodex fall-risk index 3.1; FTSST 16 s
            """,
            ["Z48.812", "M62.81"], [PT("97112", 20), PT("97110", 25)], [At(Mismatch, "97110")]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h57-empty-nmr-te"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // A note of spaces only (cells are trimmed) on a PTA 97116 with no diagnosis: note missing and diagnosis missing.
        ["v7-h57-spaces-only-pta-gait-no-dx"] = new(
            "    ",
            [], [PTA("97116", 20)], [At(NoteMissing, "97116"), Dx]),

        // Empty OT 97530 note with a diagnosis: note missing only.
        ["v7-h57-empty-ot-97530"] = new(
            "",
            ["I69.354"], [OT("97530", 25)], [At(NoteMissing, "97530")]),

        // Empty note on a three-code visit with no diagnosis: note missing on each of the three lines, and the diagnosis.
        ["v7-h57-empty-three-codes-no-dx"] = new(
            "",
            [], [PT("97140", 10), PT("97110", 15), PT("97112", 15)],
            [At(NoteMissing, "97140"), At(NoteMissing, "97110"), At(NoteMissing, "97112"), Dx]),

        // 97110's meaning after a fire drill off the clock: hip exercises with doses (technique and measure), R gluteal weakness with a Trendelenburg and a dog-walking goal (deficit); 19 matches: passes.
        ["v7-h57-north-spokane-97110-after-fire-drill"] = new(
            """
            INLAND NW PHYSICAL THERAPY — North Spokane
            97110 TE 19 min
            Fire drill at 2:15 — walked out to the lot with the pt (not counted), then back in to finish.
            Prone hip ext 2 x 10 each, side-lying hip abd 3 x 10, standing hip hinge w/ dowel 2 x 10, Pallof press w/ green band 2 x 10 each side
            R hip/gluteal weakness (abd 4-/5) w/ a R Trendelenburg in stance; goal: walk the dog a mile
            """,
            ["M16.11"], [PT("97110", 19)], []),

        // 97530's meaning with a clock range (10:40–11:01 = 21, matches) ended by the sister's arrival: floor recovery, basket lift, grocery carry with counts (technique), a get-up-after-a-fall goal and knee OA (deficit), min A → SBA (measure): passes.
        ["v7-h57-shreveport-97530-floor-recovery"] = new(
            """
            ARK-LA-TEX REHAB & WELLNESS — Shreveport · PT
            97530 therapeutic activities — 21 min (10:40–11:01; her sister arrived at 11:01 to drive her)
            Floor recovery: down to a mat via half kneel, then up using a chair, x 3; lifting a 10-lb laundry basket from the floor to the dryer x 5; carrying 2 grocery bags 40 ft
            Goal: get herself up after a fall at home (lives alone); L knee OA limits kneeling
            min A for the 1st floor rise → SBA on the 3rd
            """,
            ["M17.12", "Z91.81"], [PT("97530", 21)], []),

        // 97140's meaning on a visit cut short for the bus: lumbar PA and rotational mobs with grade and bouts and STM (technique), L low back pain with hypomobile segments (deficit), fingertip-to-floor cm before and after (measure); 11 matches: passes.
        ["v7-h57-wilkesbarre-97140-bus"] = new(
            """
            LACKAWANNA VALLEY OUTPATIENT REHAB — Wilkes-Barre
            97140 — 11 min, done last; pt asked to stop early to catch the 4:10 LCTA bus
            Lumbar: L4–L5 central PA mobs gr III 3 x 30 s, L side-lying rotational mobs, STM to the L QL
            L-sided low back pain w/ stiff lower lumbar segments (hypomobile L4–5 on PA)
            Flexion fingertips-to-floor 38 cm → 29 cm after
            """,
            ["M54.50"], [PT("97140", 11)], []),

        // 97116's meaning with calf-cramp rests not counted: Lofstrand crutches, 4-point pattern, distances and CGA (technique and measure), hip hike and short step in HSP (deficit), gait speed; 15 matches: passes.
        ["v7-h57-toledo-97116-lofstrand"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Toledo
            Gait 97116 — 15 min. Pt had to sit twice (calves cramping) — those seated rests were not counted.
            Lofstrand crutches, 4-point pattern, 3 x 75 ft indoors + 1 lap of the courtyard on pavers; CGA on the pavers
            Hip hike on the R to clear, short L step, ↓ cadence — HSP (R > L)
            Gait speed 0.41 m/s
            """,
            ["G11.4"], [PT("97116", 15)], []),

        // Generic 97110 cut short: "did exercises, tolerated well … Cont POC", no exercise, region or number but its 12 minutes (which match).
        ["v7-h57-generic-97110-cut-short"] = new(
            "Pt did exercises today, tolerated well. Session cut short d/t ride. Cont POC. TE 12 min.",
            ["M62.81"], [PT("97110", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic 97140 at Dodge City: "Manual therapy as indicated — 10 min", "feeling looser", a call from home: no manual technique, region or measure.
        ["v7-h57-generic-97140-dodge-city"] = new(
            """
            Prairie Wind Therapy Partners — Dodge City
            Manual therapy as indicated — 10 min. Pt reports feeling looser afterward. Phone call from home cut the visit short. Will continue per plan.
            """,
            ["M54.50"], [PT("97140", 10)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Generic 97112 + 97530 stopped early for the ride: "NMR 15 min / TA 10 min" match, but only generic phrases for both codes and no one-on-one.
        ["v7-h57-generic-nmr-ta-ride"] = new(
            "Balance training and functional activities performed, tolerated well. Stopped a bit early, pt's ride arrived. NMR 15 min / TA 10 min. Continue plan of care.",
            ["R26.81"], [PT("97112", 15), PT("97530", 10)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Scranton SOAP: a bathroom trip off the clock; NMR 23 ("therapist and pt only, exclusive") and TE 15 match; Bosu, nudges, foam EC marching; exercises with doses; CIPN sway and hip weakness; foam seconds: passes.
        ["vord-h57-scranton-bathroom-nmr-te"] = new(
            """
            Lackawanna Valley Outpatient Rehab — Scranton
            S: "My legs feel heavy today." Needed the bathroom partway through — clock off while out.
            O: 97112 NMR 23 min — therapist and pt only, exclusive
                 • lateral weight shifts on the Bosu (dome up) w/ UE reach
                 • unexpected pelvic nudges in semi-tandem
                 • EC marching on foam
               97110 TE 15 min
                 • sit-to-stand from 18" w/o hands 3 x 8
                 • side-lying hip abd w/ 2-lb cuff 2 x 12 each
                 • calf raises 2 x 15
            A: postural sway w/ EC on foam (somatosensory loss, CIPN); B hip abd 4-/5
               Foam EC marching 15 s before touch-down (9 s last wk)
            P: progress to dual task
            """,
            ["G62.0", "R26.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Spokane Valley TKA 97110 after a late arrival: knee exercises with doses, ROM and extensor lag; 23 matches: passes.
        ["vord-h57-spokane-valley-tka-late"] = new(
            """
            INLAND NW PHYSICAL THERAPY · Spokane Valley
            Arrived 10 min late (construction on Sprague). Did the full TE list, skipped the bike.
            97110 — 23 min
              heel slides w/ strap 2 x 15, quad sets 10 x 5-s, SAQ 3 lb 3 x 10, step-ups 4" 2 x 10, TKE w/ band 3 x 12
            R knee ROM 4–104° after TKA (wk 6); quad weakness w/ an extensor lag on SLR
            """,
            ["Z96.651"], [PT("97110", 23)], []),

        // Toledo PT/SLP co-treat: the SLP's 15 minutes are speech's; "PT: 97112 — 24 min, PT hands-on w/ this pt and no one else" matches; foam shifts with questions, cued stepping with perturbation, turns under load; hemiparesis and dual-task LOB; Berg and turn seconds: passes.
        ["vord-h57-toledo-slp-cotreat-nmr"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Toledo
            PT/SLP co-tx — SLP ran the word-retrieval task (SLP's own time and charge, 15 min); PT on balance.
            PT: 97112 — 24 min, PT hands-on w/ this pt and no one else
              - lateral weight shifting on foam while answering SLP's questions
              - stepping to colored spots on cue w/ light perturbation at the trunk
              - turning 360° L and R under a cognitive load
            Deficit: L hemiparesis + dual-task interference — loses balance when talking
            Berg 41/56; 360° turn 6 s L / 4.5 s R
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // Wichita 97116 with a hypoglycaemia hold off the clock (glucose, juice, recheck); walker → SPC laps and stairs with CGA/SBA; short step and lean with knee OA pain; 16 matches: passes.
        ["vord-h57-wichita-gait-glucose-hold"] = new(
            """
            Prairie Wind Therapy Partners — Wichita (North)
            Gait 97116 — 16 min
            Glucose 62 after the 1st lap (shaky, sweaty); gave 4 oz juice + crackers, recheck 94; clock off during the hold. Resumed.
            Walker → SPC in the hall, 3 laps of 100 ft, then 8 stairs w/ rail step-over-step; CGA on stairs, SBA in the hall
            Short L step and a lateral lean to the R when using the cane; R knee OA pain w/ loading
            """,
            ["M17.11", "E11.649"], [PT("97116", 16)], []),

        // Amarillo RTC repair: MT 10 and TE 15 match; GH glides with grades, STM, scapular mobs; pulleys, wand, isometrics, band with doses; the surgeon's office call off the clock; PROM degrees and a shelf limit: passes.
        ["vord-h57-amarillo-rtc-mt-te"] = new(
            """
            Prairie Wind Therapy Partners — Amarillo
            MT 97140 – 10 min: R GH inferior + posterior glides gr II–III, STM to R upper trap/levator, scapular upward-rotation mobs side-lying
            TE 97110 – 15 min: pulleys flex 2 x 15, supine wand flex/ER 2 x 10, isometric ER/IR 5 x 10-s, scapular retraction w/ yellow band 2 x 12
            Dr. Patel's office called about the sling — pt took it in the hall; not on the clock.
            R RTC repair (wk 8): PROM flex 120°, ER 35°; can't reach the top shelf
            """,
            ["M75.121"], [PT("97140", 10), PT("97110", 15)], []),

        // Shreveport OT 97530 moved indoors by rain: potting, watering-can carries, garden-kneeler rises with counts, SBA and a rest; L hand weakness and standing balance after stroke with a raised-bed goal; grip kg; 25 matches: passes.
        ["vord-h57-shreveport-ot-potting-bench"] = new(
            """
            ARK-LA-TEX REHAB & WELLNESS — Shreveport · OT
            TA 97530 | 25 min | rain moved the outdoor part inside to the potting bench
              repotting 3 tomato seedlings at standing height, carrying a 2-gal watering can 30 ft x 3, kneeling on a garden kneeler and rising w/ its handles x 4
              L hand weakness + ↓ standing balance after a R MCA stroke; goal: keep her raised beds going this spring
              SBA; 1 seated rest; grip L 15 kg
            """,
            ["I69.354"], [OT("97530", 25)], []),

        // Natchitoches complete 97112 + 97116 (PT alone with the patient, pushes, foam head turns, yardstick steps; SPC on sidewalk and grass with SBA; stepping and proprioception; Brief-BESTest and gait speed) sent with no diagnosis.
        ["vord-h57-natchitoches-no-diagnosis"] = new(
            """
            ARK-LA-TEX REHAB & WELLNESS — Natchitoches
            Siren test at noon — paused, not counted.
            97112 — 20 min (PT alone with pt; only one on the schedule this hour)
              pelvic perturbations in stride stance, foam stance w/ head turns, stepping over a yardstick laid at 3 heights
            97116 — 15 min
              SPC outdoors on the sidewalk + grass, 2 x 150 ft; SBA; cues for step length + heel strike
            Slow reactive stepping + ↓ ankle proprioception; shuffles on uneven ground
            Brief-BESTest 12/24; gait speed 0.82 m/s
            """,
            [], [PT("97112", 20), PT("97116", 15)], [Dx]),

        // Scranton complete 97110 (knee/hip/ankle exercises with doses, LE weakness, 5xSTS) with an ICD-9 code (781.2) as its diagnosis: diagnosis not well formed.
        ["vord-h57-scranton-icd9-code"] = new(
            """
            Lackawanna Valley Outpatient Rehab — Scranton
            97110 — 20 min (left a little early for a hair appointment)
            Seated knee ext 4 lb 3 x 10, standing hip abd/ext 2 x 12, mini squats 2 x 12, step-ups 6" 2 x 8, ankle DF w/ band 2 x 15
            B LE weakness, ↓ stair confidence; 5xSTS 16.4 s
            """,
            ["781.2"], [PT("97110", 20)], [Dx]),

        // Generic two-code note with only a total ("38 min total"), leaving early: no technique, deficit or measure for either code, no one-on-one, no minutes for each.
        ["vord-h57-generic-two-code-total"] = new(
            "Pt seen for therapeutic exercise and balance training, 38 min total. Tolerated well. Had to leave for another appointment. Cont POC.",
            ["R26.81"], [PT("97110", 15), PT("97112", 23)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),

        // Toledo PD visit after a neurology appointment: NMR 22 and gait 16 match and both are complete (amplitude steps, backward-step release, rocker; floor cues and cones; freezing and short steps; TUG and freezes), but nothing says one-on-one.
        ["vord-h57-toledo-pd-never-one-on-one"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Toledo
            Came straight from a neurology appt; started 5 min late, full session otherwise.
            Neuro re-ed (97112) 22 min: BIG-style amplitude steps to targets, backward-step release, weight shifts on the rocker board w/ counting
            Gait (97116) 16 min: visual floor cues, 3 x 150 ft without a device, turning at cones
            PD: freezing at turns, short steps, slow righting; TUG 13.9 s; freezes 3 of 3 turns → 1 of 3
            """,
            ["G20.A1"], [PT("97112", 22), PT("97116", 16)], [At(OneOnOne, "97112")]),

        // Perrysburg 97116 after an orthostatic check: rollator gait indoors and out with cues, stooped posture and short steps, but no distance, assistance level or number but the code's minutes: measure missing.
        ["vord-h57-perrysburg-gait-no-number"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Perrysburg
            97116 — 14 min. Pt dizzy at first (slept poorly); checked orthostatics — stable — then walked.
            Gait with the rollator in the hallway, out the front door to the parking lot and back; cues for upright posture and to keep the rollator close
            Stooped posture with short steps; the rollator drifts ahead of her
            """,
            ["R26.89"], [PT("97116", 14)], [At(Measure, "97116")]),

        // Hutchinson 97140 "Manual therapy to the L low back/SI region" with a pain deficit and flexion degrees, but no manual technique named: technique missing.
        ["vord-h57-hutchinson-manual-no-technique"] = new(
            """
            Prairie Wind Therapy Partners — Hutchinson
            97140 — 12 min
            Manual therapy to the L low back/SI region.
            L-sided low back pain, stiff getting out of the pickup; lumbar flexion 40° → 52° after
            Pt left for his cardiology appt right after.
            """,
            ["M54.50"], [PT("97140", 12)], [At(Tech, "97140")]),

        // Wilkes-Barre PTA "GT 97116 25 min" against a 15-min PTA line: mismatch; FWW and curb with distances, CGA and cues; R foot drop with steppage complete.
        ["vord-h57-wilkesbarre-pta-gait-differs"] = new(
            """
            LACKAWANNA VALLEY OUTPATIENT REHAB — Wilkes-Barre · PTA
            GT 97116 25 min
            Wheelchair van arrived early; walked pt out to it as the last pass.
            FWW, 4 x 100 ft + curb up/down x 2; CGA on the curb; cues for step-through + head up
            R foot drop (post-polio) — R toe catch, steppage on the R
            """,
            ["R26.89", "M21.371"], [PTA("97116", 15)], [At(Mismatch, "97116")]),

        // Liberty Lake habituation after BPPV, "pt + PT alone in the vestibular room", symptom waits inside the 23; visual motion sensitivity and provoked dizziness; DGI: passes.
        ["vord-h57-liberty-lake-habituation"] = new(
            """
            INLAND NW PHYSICAL THERAPY — Liberty Lake
            97112 · 23 min · pt + PT alone in the vestibular room
            Habituation: sit → supine w/ head turned R x 5; standing horizontal head turns 2 x 10; rolling R/L on the mat x 5. Symptoms peaked on supine → sit; waited them out between reps (within the 23).
            Visual motion sensitivity + provoked dizziness w/ position changes (R posterior canal BPPV cleared 02/20; residual)
            DGI 18/24 (15 at IE)
            """,
            ["H81.11"], [PT("97112", 23)], []),

        // Cheney PD with transport early: NMR 20' (1:1) and GT 15' match; tug-release, lunges, box turns; metronome walking and gravel; protective stepping and festination; retropulsion steps, gait speed, step count: passes.
        ["vord-h57-cheney-pd-transport-early"] = new(
            """
            INLAND NW PHYSICAL THERAPY — Cheney
            NMR 97112 20' — 1:1, PT with pt only: tug-release backward stepping, long-step lunges to floor markers, turns in a tight box w/ counting
            GT 97116 15' — no device, 2 x 200 ft w/ metronome at 110 bpm, then outdoors on the gravel lot x 1
            Transport came early; finished the gravel lap and walked out to the van.
            PD: small steps, slow protective step backward, festinates on turns
            Retropulsion test 3 steps; gait speed 0.9 m/s; 10-m walk in 19 steps
            """,
            ["G20.A1"], [PT("97112", 20), PT("97116", 15)], []),

        // Sylvania OT through a real fire alarm: "97530 = 20 min (10:02–10:22)" matches, the evacuation off the clock; toast, tray carry, dishwasher with CGA and k of 4; R hemiparesis with a breakfast goal: passes.
        ["vord-h57-sylvania-ot-fire-alarm"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Sylvania · OT
            Building fire alarm (a real one — toaster upstairs) at 10:22; evacuated w/ pt in the w/c, back in at 10:35. Clock stopped.
            97530 = 20 min (10:02–10:22)
              toast + peanut butter in the clinic kitchen, carrying the plate w/ a walker tray 20 ft, loading 4 items into the dishwasher
              R hemiparesis + R hand clumsiness; goal — fix breakfast alone while her husband works
              CGA at the counter; 3 of 4 dishwasher items placed without a cue
            """,
            ["I69.351"], [OT("97530", 20)], []),

        // Maumee cardiac 97110 with two rests not counted: NuStep intervals, sit-to-stands, marches, curls, wall push-ups with doses; deconditioning after CABG with a goal; HR and RPE; 22 matches: passes.
        ["vord-h57-maumee-post-cabg-te"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Maumee
            TE 97110 · 22 min (2 rests to let the HR settle — not counted)
              NuStep level 4 intervals; sit-to-stand w/ 2-lb dumbbells 2 x 10; standing marches 2 x 20; biceps curls 3 lb 2 x 12; wall push-ups 2 x 10
              Deconditioning + B LE weakness after CABG (POD 40); sternal precautions; goal: walk around the block
              HR 74 → 108 → 82; RPE 13
            """,
            ["Z48.812", "M62.81"], [PT("97110", 22)], []),

        // Clarks Summit 97116 with a Nepali phone interpreter who dropped once (gait paused): FWW → hemi-walker with distances, stairs, CGA/SBA, L knee hyperextension; 18 matches: passes.
        ["vord-h57-clarks-summit-phone-interpreter-gait"] = new(
            """
            LACKAWANNA VALLEY OUTPATIENT REHAB — Clarks Summit
            Nepali interpreter by phone — the line dropped once; gait paused until reconnected.
            Gait 97116 · 18 min
              FWW → hemi-walker, 3 x 90 ft; 5 steps step-to w/ the R rail; cues via interpreter for L heel first
              L hemiparesis — L knee hyperextends in stance, short R step; CGA on stairs, SBA on level
            """,
            ["I69.354"], [PT("97116", 18)], []),

        // Wilkes-Barre three codes split around an INR lab draw: 97140 10, 97112 16 (1:1) and 97110 14 all match; talocrural glides and STM; foam SLS, star reaches, hops-to-hold; eccentric and band work; DF stiffness, proprioception, peroneal weakness; lunge cm, SLS and Y-balance: passes.
        ["vord-h57-wilkesbarre-three-codes-lab-draw"] = new(
            """
            LACKAWANNA VALLEY OUTPATIENT REHAB — Wilkes-Barre
            Split around a lab draw (INR) in the hospital lab:
              before → 97140 10 min: L talocrural posterior glides gr III, STM to L gastroc/soleus
              after  → 97112 16 min (1:1, PT + pt): SLS L on foam w/ ball toss, star-excursion reaches, lateral hops-to-hold off a 2" step
                       97110 14 min: eccentric heel drops 3 x 12, resisted ankle inversion/eversion w/ green band 3 x 15, step-ups 8" 2 x 10
            L ankle: DF stiffness (lunge test 6 cm L / 11 cm R), ↓ proprioception + peroneal weakness after a grade III sprain
            SLS L on foam 11 s; Y-balance anterior L 58 cm / R 66 cm
            """,
            ["S93.402D"], [PT("97140", 10), PT("97112", 16), PT("97110", 14)], []),

        // Dodge City harvest-late visit: "97112, 18 min, just him and me in the gym"; PNF D1/D2 standing patterns, kneel transitions, hurdle stepping; L recruitment and hip strategy after a R-hemisphere stroke; Berg and SLS: passes.
        ["vord-h57-dodge-city-harvest-late"] = new(
            """
            Prairie Wind Therapy Partners — Dodge City
            Late — he'd been hauling wheat to the co-op and lost track. We did the 97112 work only and skipped the bike.
            97112, 18 min, just him and me in the gym
              PNF D1/D2 LE patterns in standing w/ manual resistance; half-kneel ↔ tall-kneel transitions; stepping over a 6" hurdle leading w/ the L
              ↓ L leg recruitment + slow hip strategy after a R-hemisphere stroke
              Berg 47/56; SLS L 6 s
            """,
            ["I69.354"], [PT("97112", 18)], []),

        // Shreveport PTA 97110 then the wife's home-programme teaching (not billed): chair and counter exercises with doses; LE weakness after a hospital stay with a mailbox goal; "21 min w/ pt" matches: passes.
        ["vord-h57-shreveport-pta-te-wife-teaching"] = new(
            """
            ARK-LA-TEX REHAB & WELLNESS — Shreveport · PTA
            TE 97110: 21 min w/ pt. Then 7 min teaching his wife the home program (pt resting; not billed).
              seated hip flexion w/ 2-lb cuff 2 x 15, LAQ 2 x 15, standing heel raises 2 x 12, mini squats at the counter 2 x 10, sidestepping along the counter 3 laps
              B LE weakness after a hospital stay (sepsis); stands w/ both hands on the counter; goal: walk to the mailbox
            """,
            ["M62.81", "R53.81"], [PTA("97110", 21)], []),

        // Bossier near-fall on the rocker board, caught, no injury, continued on firm ground; "1:1 (pt and PT, nobody else in the room)"; visual dependence and vestibular contribution; seconds and steps: passes.
        ["vord-h57-bossier-near-fall-continued"] = new(
            """
            ARK-LA-TEX REHAB & WELLNESS — Bossier City
            97112 · 22 min · 1:1 (pt and PT, nobody else in the room)
            Near-fall on the rocker board when she looked over her shoulder — caught at the belt; no fall, no injury, no pain; BP 132/78 after. She wanted to keep going; we stayed on firm ground after that.
            Rocker board A/P w/ head turns; then firm-floor tandem w/ head turns and backward tandem along the wall
            Visual dependence + ↓ vestibular contribution (sways w/ head turns); hx of 3 falls
            Rocker board 14 s before the LOB; tandem w/ head turns 10 steps
            """,
            ["R29.6"], [PT("97112", 22)], []),

        // Natchitoches neck visit: a bundled hot pack (no line), 97140 10 and 97110 13 match; suboccipital release, unilateral PAs with grade, manual traction; chin tucks, rows, rotation with doses; neck stiffness with rotation degrees: passes.
        ["vord-h57-natchitoches-neck-hot-pack"] = new(
            """
            ARK-LA-TEX REHAB & WELLNESS — Natchitoches
            Hot pack to the neck 10 min first (97010 — bundled for Medicare, no separate charge).
            97140 · 10 min — cervical: suboccipital release, C4–6 unilateral PAs gr III L, manual traction 3 x 30 s
            97110 · 13 min — chin tucks w/ 5-s hold 2 x 10, scapular retraction w/ red band 3 x 12, cervical rotation AROM 2 x 10 each way
            Neck pain + stiffness L > R; L rotation 45°, R 60°; headaches when reading
            """,
            ["M54.2", "M47.812"], [PT("97140", 10), PT("97110", 13)], []),

        // Amarillo ranch 97530 started "a few minutes late": feed sacks, wheelbarrow over gravel, tailgate step with counts and SBA; L shoulder and low back weakness after a fall with a cattle-feeding goal; 24 matches: passes.
        ["vord-h57-amarillo-ranch-tasks"] = new(
            """
            Prairie Wind Therapy Partners — Amarillo · PT
            97530 — 24 min. Started a few minutes late while he finished a call with the feed store.
              lifting 25-lb feed sacks from pallet height into a wheelbarrow x 6, pushing the loaded wheelbarrow 60 ft over gravel x 2, stepping up into the truck bed via the tailgate step x 4
              L shoulder + low back weakness after a fall from the stock trailer; goal: feed his cattle without help
              SBA on the tailgate step; 6/6 lifts with a hip hinge after cueing
            """,
            ["S39.012D", "M62.81"], [PT("97530", 24)], []),

        // Perrysburg plan changed by lightheadedness: NMR 12 (1:1) and TE 15 both match; foam head turns, cone turns, pitch tandem; bridges, heel slides, squeezes, marching; bilateral vestibulopathy and hip weakness; FGA: passes.
        ["vord-h57-perrysburg-nmr-switched-to-te"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Perrysburg
            Plan was all balance; 12 min into NMR she got lightheaded turning, so we switched to seated/supine exercise.
            NMR (97112), 1:1 PT + pt only — 12 min: standing head turns on foam, stepping turns to 4 cones, tandem walk w/ pitch head movements
            TE (97110) — 15 min: supine bridges 2 x 12, heel slides 2 x 12, seated hip add squeeze 10 x 5-s, seated marching w/ 1-lb cuffs 2 x 20
            ↓ vestibular-based postural control (bilateral vestibulopathy after gentamicin); B hip weakness
            FGA 16/30
            """,
            ["H81.8X3"], [PT("97112", 12), PT("97110", 15)], []),

        // Toledo OT 97112 "client and OT alone in the UE room"; ball weight bearing, PNF D2 with quick stretch, tapping in closed chain; triceps/wrist-extensor recruitment and winging; the aide's question changed nothing; FMA-UE and Box and Block: passes.
        ["vord-h57-toledo-ot-nmr-ue"] = new(
            """
            MAUMEE BAY NEURO & BALANCE — Toledo · OT
            OT 97112 — 21 min — client and OT alone in the UE room
              weight bearing through the R forearm on a therapy ball while reaching with the L, PNF D2 flexion R UE w/ quick stretch, tapping over the triceps during closed-chain pushes
              R UE: poor triceps + wrist-extensor recruitment, R scapular winging (L MCA stroke)
              Her aide stepped in at the end to ask about pick-up time; no effect on tx.
              FMA-UE 31/66; Box and Block R 14
            """,
            ["I69.351"], [OT("97112", 21)], []),

        // Scranton 97116 with the county shared ride early: quad cane → SPC, hallway, ramp, curbs with SBA/CGA; R foot drop with toe catch; 10MWT; 20 matches: passes.
        ["vord-h57-scranton-shared-ride-gait"] = new(
            """
            Lackawanna Valley Outpatient Rehab · Scranton
            97116 gait trng — 20 min. The county shared ride came 15 min early; the driver waited in the lobby while we finished.
              quad cane → SPC trial, 2 x 150 ft hallway, up/down the ramp x 1, then 4 curb step-ups; SBA on level, CGA at the curb
              R LE weakness (R foot drop, AFO on) — R toe catch when fatigued, short L step
              10MWT 0.62 m/s
            """,
            ["M21.371"], [PT("97116", 20)], []),

        // Wichita 97112 "I was with her alone the whole time", perturbations, foam EC, cone side-steps, neuropathic somatosensory loss, voicemailed calls — "we'll test next time" and no number but the code's minutes: measure missing.
        ["vord-h57-wichita-nmr-no-number"] = new(
            """
            Prairie Wind Therapy Partners — Wichita (West)
            97112 – 20 min – I was with her alone the whole time
            Perturbations from behind in stride stance, foam stance w/ eyes closed, side-stepping over cones
            Balance ↓ — somatosensory loss both feet (DM), slow hip strategy
            Her daughter called twice asking when to pick her up; let it go to voicemail.
            She felt steadier at the end; we'll test next time.
            """,
            ["E11.42"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Hutchinson "TE (97110) 30 min" with "no interruptions" against an 18-min line: mismatch; knee exercises with loads, weakness after ACL reconstruction and a quad index complete.
        ["vord-h57-hutchinson-te-time-differs"] = new(
            """
            Prairie Wind Therapy Partners — Hutchinson
            TE (97110) 30 min. Pt arrived on time; no interruptions.
            Leg press 70 lb 3 x 12, hamstring curls 20 lb 3 x 10, step-ups 8" 3 x 10 each, lateral lunges 2 x 10
            L knee: quad/hamstring weakness after ACL reconstruction (wk 14); hop testing deferred
            Quad index 72%
            """,
            ["S83.512D", "Z98.890"], [PT("97110", 18)], [At(Mismatch, "97110")]),

        // South Hill three codes after a PCP visit upstairs: "Timed: NMR 15 · TE 12 · GT 11 (min)" all match; 1:1 NMR on a half roller, head-turn tandem, hurdles; exercises with doses; SPC and stairs with SBA; glut med weakness and reactive balance; SLS and TUG: passes.
        ["vord-h57-south-hill-three-codes-after-pcp"] = new(
            """
            INLAND NW PHYSICAL THERAPY · Spokane (South Hill)
            Timed: NMR 15 · TE 12 · GT 11 (min). His PCP visit upstairs ran long; we started when he came down.
            NMR (1:1, PT w/ pt only): half-roller stance w/ catches, tandem walking with head turns, stepping over 2 hurdles w/ pauses
            TE: sit-to-stand w/ a 4-lb vest 3 x 10, side-lying hip abd 2 x 12, bridges 2 x 15
            GT: SPC, 3 x 120 ft + 4 stairs reciprocal w/ rail; SBA; cues for R heel strike
            R hip OA — R glut med weakness, R Trendelenburg lurch; ↓ reactive balance
            SLS R 5 s; TUG 12.1 s
            """,
            ["M16.11"], [PT("97112", 15), PT("97110", 12), PT("97116", 11)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
