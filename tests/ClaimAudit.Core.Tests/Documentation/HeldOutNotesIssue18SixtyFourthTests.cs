using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The sixty-fourth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (the sixty-first and sixty-second read for their format, others skimmed only to write styles, phrasings,
/// vocabulary and examples they do not already have). The engine's output on these notes was never looked at while
/// writing them, and the tests were never run by the reviewer.
/// The set is a random week of notes AS THEY COME BACK FOR A PAYER'S RECORDS REQUEST — a RAC or SMRC additional-
/// documentation request, a MAC's Targeted Probe &amp; Educate round, a Medicare Advantage plan's medical-records
/// request and an MA appeal packet — printed from the EMR, faxed or scanned, with the paperwork that rides along:
/// HIM release banners ("*** COPY OF ORIGINAL RECORD — RELEASED BY WVMC HIM — REQ R-26-08812 ***"), "Printed by:
/// mhaskins (HIM) on 11/03/2026 09:41", "Page 1 of 2" footers, Bates numbers ("CRP 004512"), a release-of-information
/// vendor's cover sheet with its request number, pages released and copy fee, fax header lines ("OCT-29-2026 14:06
/// FROM: SANDHILLS RHC (402) 555-0147 … P.2/3") and a fax transmission report (duration, pages, result), clinic
/// address / NPI / MRN / DOB header blocks, "Electronically signed by … on 09/22/2026 16:48", redactions ([REDACTED],
/// ████ for names, member ids and claim numbers) and a compliance office's or an appeal's cover note before the visit
/// note — about two thirds ordinary and complete (67 of 105), single- and multi-code visits (97110, 97112, 97116,
/// 97140, 97530, up to three in a visit), by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>a hospital outpatient department whose Health Information Management office releases the record to a
/// Recovery Audit Contractor and a Supplemental Medical Review Contractor ("Wabash Valley Medical Center —
/// Outpatient Rehabilitation Services": Terre Haute, Brazil in Clay County, Sullivan): printed-field templates
/// ("Treatment Setting ........ Individual (one-on-one)", "One-on-one ............ &lt;not documented&gt;", "Delivery:
/// [ ] Individual [X] Concurrent"), a CHARGES grid with Units and Min columns, the Tuesday balance class, the
/// NeuroCom Balance Master, SaeboFlex, a transtibial prosthesis; a rail-yard retiree, a coal miner, the brick
/// sidewalk on Wabash Ave, the LaVern Gibson cross-country course, a fish fry, walnuts in the yard;</item>
/// <item>a private practice answering a MAC's TPE probe ("Bluestem Physical Therapy, PLLC": Lawrence, Topeka,
/// Manhattan, Kansas) with a compliance office's cover letter (ADR date, claim ICN, lines under review, and once a
/// blanket "all Bluestem therapists provide one-on-one care" that the visit note itself never states), an ADR log
/// number on every page, "[X] Individual" boxes, 24-hour start–end times per code, PWR!Moves, a Tyler twist with the
/// FlexBar, a SafeGait harness, optokinetic stripe video; the cereal aisle at Dillons, Allen Fieldhouse bleachers,
/// Bill Snyder Family Stadium, a KU groundskeeper, the grain co-op;</item>
/// <item>a multi-site group whose records go out through a release-of-information vendor ("Chattahoochee Rehab
/// Partners": Columbus and LaGrange, Georgia; Phenix City and Opelika, Alabama, released by "Harbor ROI Services"):
/// a vendor cover sheet, Bates numbers, "Certified copy", another patient's name redacted on the next mat, a PTA
/// spotting the 10:30 patient on the bike, "1:1 Treatment ............ Yes" rows, an assist radio row, "Impairments
/// addressed: (none selected)", a flowsheet "not included in this release", a session's clock range for two codes,
/// the AlterG, graded motor imagery, Codman pendulums; the Bibb City mill, the RiverWalk, Fort Moore, church
/// homecoming and the pew, a clothesline, pimento cheese;</item>
/// <item>a rural health clinic faxing its paper forms ("Sandhills Rural Health Clinic": Valentine, Nebraska, and
/// outreach days in Ainsworth and at the Merriman community hall): fax header lines and a transmission report,
/// "One-on-one with PT?   (YES)   NO   ← circled", "1:1 with PTA  ✓", blank "Assist level: ________" and "Distance:
/// ________" lines, a father and son treated in the same hour, Kaltenborn distraction; calving, the chute, a stock
/// trailer, baling twine, a saddle blanket, a lariat laid in loops, the windmill ladder, bucket calves, the co-op's
/// gravel lot;</item>
/// <item>a Medicare Advantage appeal packet ("Granite Peak Rehab": Boise, Meridian, Nampa, Twin Falls, Idaho,
/// appealing to "Sawtooth Advantage (HMO)"): exhibit labels and packet page numbers, member ids and claim numbers
/// blacked out, an appeal letter's excerpt before the note (once citing Berg scores the note itself never records),
/// "Private treatment room; therapist and pt only", a language-line interpreter on speakerphone, "Minutes by CPT —
/// 97116: 14 / 97530: 16", minutes after each code's description, the WalkAide, Maitland mobilisation, Cawthorne-
/// Cooksey exercises, the Jebsen-Taylor test; the Payette and a fly rod, the Greenbelt, the Basque Block, the sugar-
/// beet factory, the Snake River Stampede, the canyon rim by the Perrine Bridge, Bogus Basin.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract to the visit note only —
/// the paperwork around it (cover letters, appeal excerpts, stamps, headers, footers, fax lines) is not the note:
/// <list type="bullet">
/// <item>class 1 (v1-h64-…): one-on-one in these writers' own words ("Treatment delivered by this therapist to this
/// patient alone for all 24 min; no other patient was scheduled in the 1:30 slot", "delivered exclusively to this
/// patient — PT hands-on throughout", "Private treatment room; therapist and pt only for all 23 minutes", "Seen solo —
/// OT with this client only; no co-treat", "I stayed with her the whole 21 min and treated no one else in that time",
/// a circled YES on a faxed paper form, "One-to-one: PT and patient only; the interpreter was on the phone"), notes
/// that negate it (another patient, name redacted, on the adjacent mat with the PT alternating; a PTA spotting another
/// patient on the bike; the Tuesday balance class; a father and son treated in the same hour) or never state it (a
/// TPE cover letter's blanket one-on-one claim over a silent note; an MA appeal exhibit whose letter argues only
/// about measures), and a 97116 walked with another patient, which has no one-on-one check (only 97112 is the
/// one-on-one code in the shipped medicare profile);</item>
/// <item>class 2 (v2-h64-…): template states as they print: "Treatment Setting ........ Individual (one-on-one)" with
/// "Timed Code Minutes ....... 97112: 22    97110: 15", "One-on-one ............ &lt;not documented&gt;", "[X] Individual
/// [ ] Concurrent [ ] Group" with technique boxes, "Impairments addressed: (none selected)", a faxed paper form with
/// "Assist level" and "Distance" left blank, "1:1 Treatment ............ Yes" rows, an all-unticked template with
/// "Balance training. Pt tolerated well.", an assist radio row with CGA marked, "[X] Concurrent", hand-ticked ✓ rows,
/// an MMT grid and an exercise flowsheet table, and "Ther ex per flowsheet" with the flowsheet not released;</item>
/// <item>class 3 (v3-h64-…): named programmes, protocols and devices as techniques (the NeuroCom Balance Master with
/// the Sensory Organization Test, a Tyler twist with the FlexBar, the AlterG, Kaltenborn distraction, the WalkAide,
/// graded motor imagery with mirror therapy, a SafeGait harness, Codman pendulums, SaeboFlex, Maitland PA
/// mobilisation), Cawthorne-Cooksey exercises with no number, and PNF D1/D2 patterns with no deficit;</item>
/// <item>class 4 (v4-h64-…): deficits stated as findings (can't feel the brake pedal, "the floor moves" in the
/// grocery aisles, can't get up from the pew, a knee that gives way off the stock trailer, dropping the coffee cup,
/// the arm that won't reach the clothesline, a foot that slaps on the VFW carpet, dropping things from a numb hand,
/// feet that don't turn with the trunk, knees that cross, an ankle that won't let him squat at the stock tank) and
/// notes that state none (a 97112 whose findings are all normal, a ther-ex visit with "No complaints" and 5/5
/// strength);</item>
/// <item>class 5 (v5-h64-…): measures in their usual forms (Brief-BESTest, 10-meter walk at two speeds, Five Times
/// Sit-to-Stand, Jebsen-Taylor subtests, knee flexion and extension lag, Functional Reach forward and lateral,
/// sharpened Romberg and the Alternate Step Test, step length on a tape line) and notes with none ("Balance improving
/// per pt and her husband. Re-test next visit.", "Walked farther than last week", "Went better than last time",
/// "Ankle felt looser after. Will measure DF next time.", and a note whose only numbers are the appeal letter's
/// Berg scores);</item>
/// <item>class 6 (v6-h64-…): minutes in their usual forms (a CHARGES grid with Units and Min columns, 24-hour start–end
/// times per code, "NMR x 24 minutes", "Total timed 37 = NMR 22 + TE 15", "Minutes by CPT — 97116: 14 / 97530: 16",
/// a PT's and a PTA's codes in one visit, minutes after each code's description, a single-code note with no minutes
/// beside a fax transmission report's duration, an ROI cover sheet's page count and fee), true mismatches (NMR "13 min
/// total, then he asked to stop" against 25, a PTA's 28 against 16, the second of two codes at 10 against 22, an OT's
/// 30 against 18) and truly missing separate time (one clock range for two codes, manual therapy without minutes
/// beside two timed codes);</item>
/// <item>class 7 (v7-h64-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (trunk and hip work for a back that can't carry the potting soil), 97530
/// (a water bucket for the bucket calves, the pickup cab, the corral gate's bottom board), 97140 (posterior glides and
/// cross-friction for a shoulder that can't load the skis) and 97116 (a new transtibial prosthesis), and wholly
/// generic 97110, 97112 + 97116, 97530 and 97140 notes;</item>
/// <item>ordinary (vord-h64-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code, a generic two-code note with a
/// total, an OT's ther-ex time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry the paperwork's numbers — request, claim and Bates numbers, MRNs, NPIs, dates
/// of birth and of service, print, signature and fax times, phone numbers, page counts ("Page 2 of 3", "P.3/3"), a fax
/// transmission's duration, a copy fee, units in a cover letter — and ages, street numbers and dates in the notes;
/// none of them is a code's minutes or a measure, and each is written so that a reviewer cannot take it for one. What
/// a cover letter or an appeal excerpt asserts (one-on-one care, Berg scores) is not in the visit note and is not
/// credited to it.
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
/// For this set also: a late entry or addendum written after the request, a redaction that covers clinical content,
/// illegible or cut-off text, a diagnosis that appears only in the paperwork, and a record that holds nothing but
/// paperwork.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 89 of 105 cases agree (103 needed), and 3 of the 67 notes the reviewer passes got a finding, on the analyzer of 1db48ff (the start of the 2026-12-06 ninth session) — its first run: nothing had changed before it, so this is also the held-out figure.
/// </para>
/// <para>
/// After: development data from that run, worked through in part: 102 of 105, no false positive — fax and printout pages ("P.3/3", "Page 2 of 3") and request numbers ("Req HR-2026-771505") are no measures, "One-on-one ...... <not documented>" negates, "x 4 — min A" is assistance. Not reached: a compliance office's cover letter or an MA appeal letter before the note is read as the note ("all our therapists provide one-on-one care", Berg scores cited in the letter), and a note whose objective line states no deficit ("Strength 5/5; full knee ROM"). (The agreement [Fact] was skipped with that reason until the tenth session, 2026-12-06, which worked them through: a cover letter above "visit note follows" and a quoted appeal letter are not the visit's words, "full knee ROM" says the range and region are normal — 105 of 105, no false positive; the Skip removed, no case edited.)
/// </para>
/// </summary>
public class HeldOutNotesIssue18SixtyFourthTests(ITestOutputHelper output)
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

        // WVMC Terre Haute, HIM copy for a RAC: "Treatment delivered by this therapist to this patient alone for all 24 min; no other patient was scheduled in the 1:30 slot"; pelvic perturbations, 2x4 stepping drills, tandem with head turns; postural responses and ankle proprioception; FGA and seconds; 24 matches; banner, print time, MRN and DOB are paperwork: passes.
        ["v1-h64-terre-haute-him-alone-in-the-slot"] = new(
            """
            *** COPY OF ORIGINAL RECORD — RELEASED BY WVMC HIM — REQ R-26-08812 (RAC) ***
            Printed by: mhaskins (HIM) on 11/03/2026 09:41
            WABASH VALLEY MEDICAL CENTER — Outpatient Rehabilitation Services, Terre Haute
            1606 N 7th St · Terre Haute, IN 47804 · NPI 1629384756
            Patient: [REDACTED]   MRN: WV0048812   DOB: 05/02/1944   DOS: 09/22/2026
            PHYSICAL THERAPY DAILY NOTE
            S: Retired from the rail yard; wants to walk the gravel lane to his mailbox again without grabbing the fence.
            Interventions: 97112 Neuromuscular re-education — 24 min. Treatment delivered by this therapist to this patient alone for all 24 min; no other patient was scheduled in the 1:30 slot.
              - manual perturbations at the pelvis in narrow stance, then on the Airex
              - stepping-strategy drills over a 2x4 laid on the floor
              - tandem walk along the wall with head turns
            A: Delayed automatic postural responses and decreased ankle proprioception (L > R); steps late when nudged.
            Measures: FGA 18/30 (15/30 at eval); tandem stance 11 s.
            P: Continue 2x/wk per POC.
            Electronically signed by Trent Albers, PT, DPT on 09/22/2026 16:48
            Page 1 of 1
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // Bluestem Lawrence, TPE: the compliance cover letter says "all Bluestem therapists provide one-on-one care for every timed service", but the visit note never says it; laser head-pointer retraining, gaze with trunk rotation, foam head turns; cervical proprioception with a joint position error; 23 matches: one-on-one missing.
        ["v1-h64-lawrence-tpe-cover-letter-claims-one-on-one"] = new(
            """
            BLUESTEM PHYSICAL THERAPY, PLLC — Compliance Office
            1040 Massachusetts St, Lawrence, KS 66044 · Fax (785) 555-0164
            TO: Medical Review — Targeted Probe & Educate, Round 1
            RE: ADR dated 10/14/2026 · Claim ICN 2226287004510 · DOS 09/16/2026 · Line under review: 97112-GP (2 units)
            Please note: all Bluestem therapists provide one-on-one care for every timed service.
            Enclosed: daily note (1 p.), plan of care (3 pp.).
            ——————————————— visit note follows ———————————————
            Daily Note — Medicare Part B · Lawrence clinic
            Subjective: Dizzy and "off" when she turns her head to back out of the garage; neck stiff since a rear-end collision on K-10 in July.
            Skilled interventions — 97112, 23 min:
              • cervical joint-position retraining with a head-mounted laser pointer: tracing a figure-8 on the wall and returning to center, eyes closed → open
              • gaze stability with trunk rotation (head still, body turning), seated on a ball
              • standing on foam with slow head rotations
            Assessment: impaired cervical proprioception (joint position error 7° on rotation, 9° last week) causing unsteadiness with head turns.
            Plan: progress to walking with head turns.
            Electronically signed by Dana Whitcomb, PT, DPT on 09/16/2026 17:05
            """,
            ["M54.2", "R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // CRP Columbus via the ROI vendor: "Pt and ████ (another Medicare pt, her own note) on adjacent mats for the NMR block; PT alternated between the two" — another patient in the block; rocker board, EC foam, textured mats; somatosensory loss; monofilament and seconds: one-on-one missing.
        ["v1-h64-columbus-roi-adjacent-mat-redacted-pt"] = new(
            """
            HARBOR ROI SERVICES — on behalf of Chattahoochee Rehab Partners
            Request # HR-2026-771045 · Requester: Medicare Advantage plan — medical records request · Pages released: 4
            CRP 004512
            CHATTAHOOCHEE REHAB PARTNERS — Columbus (Manchester Expy)
            Patient: ████████   Acct: 77-20431   DOS: 08/27/2026
            PT Daily Note
            S: Retired from the Bibb City mill; numb feet — says walking the RiverWalk "feels like walking on pillows."
            O: 97112 — 22 min. Pt and ████ (another Medicare pt, her own note) on adjacent mats for the NMR block; PT alternated between the two.
               - weight shifts on a rocker board, A/P then M/L
               - eyes-closed stance on firm, then on foam
               - stepping onto textured mats (turf, rubber, carpet squares) without looking down
            A: Somatosensory loss both feet (peripheral neuropathy); relies on vision to balance.
               Monofilament felt at 3 of 10 sites; foam EC 4 s.
            P: Continue per POC.
            Electronically signed: Marcus Bell, PT · 08/27/2026 18:12
            CRP 004513
            """,
            ["G62.9", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Sandhills RHC faxed paper form: "One-on-one with PT?  (YES)  NO  ← circled"; baling-twine step-overs, saddle-blanket EC stance, belt tugs; R ankle proprioception and slow stepping after a tib fx at the chute; SLS and Four Square seconds; 22 matches; fax line and page count are paperwork: passes.
        ["v1-h64-valentine-fax-one-on-one-circled"] = new(
            """
            OCT-29-2026 14:06   FROM: SANDHILLS RHC (402) 555-0147   TO: 18775550113   P.2/3
            SANDHILLS RURAL HEALTH CLINIC — Physical Therapy · Valentine, NE
            PT DAILY NOTE (paper form rev. 2019)        Date: 10/27/26
            Name: [REDACTED]        DOB: 04/11/1948
            One-on-one with PT?   (YES)   NO     ← circled
            Treatment: NMR 97112   22 min
              stepping over baling twine laid on the floor; standing on a folded saddle blanket, eyes closed; quick steps to tugs on the gait belt
            Problem: R ankle/foot doesn't "tell him" where the ground is since the tib fx (a cow knocked him down at the chute in May) — ↓ proprioception R ankle; slow to catch himself
            Measure: SLS R 3 sec / L 11 sec; Four Square Step Test 16 sec
            Plan: calving starts in Feb — wants to be steady in the lot by then.
            C. Engebretsen, PT
            """,
            ["S82.201D", "R26.81"], [PT("97112", 22)], []),

        // Granite Peak Boise, MA appeal exhibit: "Private treatment room; therapist and pt only for all 23 minutes"; VOR x1 on a checkerboard, head-turn walking with a fly rod, Fukuda as a check; L vestibular hypofunction with oscillopsia on the Payette; DGI and Fukuda degrees; member id blacked out: passes.
        ["v1-h64-boise-appeal-private-room"] = new(
            """
            GRANITE PEAK REHAB — Level 1 Provider Appeal to Sawtooth Advantage (HMO)
            Exhibit B-2 · Treatment note, DOS 10/06/2026 · Packet page 9 of 24
            Member ID: ████████████   Claim #: ████████
            GRANITE PEAK REHAB · Boise (State St) · NPI 1487230961
            PT Treatment Note
            Pt: [REDACTED], 67 — vestibular neuritis L in June; the water "jumps" when he turns his head casting on the Payette.
            97112 — 23 min. Private treatment room; therapist and pt only for all 23 minutes.
              VOR x1 to a metronome beat, letter on a checkerboard background: seated → standing → on foam
              walking the hall with horizontal head turns, then with a fly rod (no line) casting side to side
              Fukuda stepping with eyes closed as a check
            Deficit: L peripheral vestibular hypofunction — corrective saccade on L head impulse; veers L with eyes closed.
            Measures: DGI 17/24; Fukuda 50 steps, 40° rotation to the L (70° at eval).
            Electronically signed by Nadia Okonkwo, PT, DPT on 10/06/2026 12:31
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // CRP Phenix City PTA: "While she did the foam series I also spotted the 10:30 pt on the recumbent bike across the room" — attention divided, nothing states one-on-one; foam series, lateral step-ups, ball toss; lateral postural control and hip weakness; Functional Reach and seconds: one-on-one missing.
        ["v1-h64-phenix-city-pta-spotted-the-bike"] = new(
            """
            CRP 006120
            CHATTAHOOCHEE REHAB PARTNERS — Phenix City, AL · PTA Daily Note
            Supervising PT: J. Moss
            Pt ████, 74. Daughter drove her over from Smiths Station.
            NMR 97112 — 20 min
              - foam series: narrow stance, semi-tandem, reaching to cones on the table
              - lateral step-ups onto a 6" step with a 2-s pause on top
              - ball toss while standing on the foam
            While she did the foam series I also spotted the 10:30 pt on the recumbent bike across the room.
            Deficits: decreased lateral postural control; weak hip abductors (3+/5) — falls sideways, 2 falls this year
            Functional Reach 8 in; semi-tandem on foam 9 s
            Electronically signed by Tasha Greer, PTA on 09/09/2026 11:58 · co-signed J. Moss, PT 09/10/2026
            Released via Harbor ROI Services · Req HR-2026-771102 · Page 1 of 1
            """,
            ["R26.81", "M62.81"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // Bluestem Manhattan, TPE: "Skilled 97112 (24 min), delivered exclusively to this patient — PT hands-on throughout; wife Marlene observed"; PWR!Moves and stadium-bench rising; hypokinesia, axial rotation, weight shifting (PD); Mini-BESTest and 5xSTS: passes.
        ["v1-h64-manhattan-tpe-delivered-exclusively"] = new(
            """
            BLUESTEM PHYSICAL THERAPY — Manhattan clinic · Daily Note
            [TPE Round 1 response · Bluestem ADR log #0417 · page 2 of 4]
            Patient: [REDACTED]    DOB: 12/19/1951    DOS: 09/30/2026
            S: Wants to get in and out of his seat at Bill Snyder Family Stadium on game days without his wife hauling him up.
            Skilled 97112 (24 min), delivered exclusively to this patient — PT hands-on throughout; wife Marlene observed to learn the home program.
              PWR!Moves in standing: PWR!Up (posture), PWR!Rock (weight shifts), PWR!Twist (trunk rotation), PWR!Step (big steps to floor targets)
              sit-to-stand from a stadium-height bench with a big forward weight shift
            Deficits: Parkinson's — hypokinesia, reduced axial rotation, slowed weight shifting and postural responses
            Measures: Mini-BESTest 19/28; 5xSTS 14.9 s
            Electronically signed by Rhett Sorensen, PT on 09/30/2026 15:10
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // WVMC Sullivan, SMRC request: the NMR was done in "the Tuesday balance class (3 pts, 1 PT)" at stations and billed as 97112 — a group, not one-on-one; tandem line, rocker board, box step-ups; reactive stepping and ankle proprioception; seconds and feet; 25 matches: one-on-one missing.
        ["v1-h64-sullivan-tuesday-balance-class"] = new(
            """
            *** WVMC HIM — RELEASE OF INFORMATION — Supplemental Medical Review Contractor request SMRC-26-3391 ***
            Printed by: tcrane (HIM) on 11/05/2026 13:17 — Page 1 of 2
            WABASH VALLEY MEDICAL CENTER — Outpatient Rehabilitation, Sullivan
            MRN: WV0061207   DOS: 10/13/2026
            PT DAILY NOTE
            Pt attended the Tuesday balance class for the NMR portion (3 pts, 1 PT), rotating through stations:
              station 1 — tandem walk on the taped line
              station 2 — rocker board, eyes open then closed
              station 3 — step-ups to a 6" box with a ball pass
            Impairment: slowed reactive stepping; decreased proprioception both ankles (neuropathy). Retired coal miner — fell twice in his garden rows this summer.
            NMR 97112: 25 min
            Rocker board EC 7 s; tandem line 10 ft without a side-step
            Electronically signed by Amber Kyle, PT on 10/13/2026 15:02
            """,
            ["R26.81", "Z91.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Granite Peak Nampa PTA, MA appeal: the appeal letter's excerpt argues only about measures; the note is complete (PNF D1 with rhythmic initiation, mirror weight shifts, cane step-overs; R LE recruitment and timing; Berg and 10MWT; 22 matches) but never says one-on-one, and the sister practising is no statement: one-on-one missing.
        ["v1-h64-nampa-appeal-letter-argues-measures-only"] = new(
            """
            GRANITE PEAK REHAB — Nampa · Level 1 Appeal, Sawtooth Advantage (HMO)
            Appeal letter (excerpt): "The denial states the record lacks objective measures. The enclosed note records the member's Berg Balance Scale and 10-meter walk speed for the date of service."
            Exhibit C-1 · Packet page 12 of 19
            PTA Daily Note · Supervising PT: B. Aldous · DOS 10/02/2026
            Pt: ████████, 79 — R hemiparesis after a L MCA stroke (03/2025); wants to walk the Basque Block at the festival with her sisters.
            97112 — 22 min
              - PNF D1 flexion/extension R LE with rhythmic initiation, side-lying then standing
              - weight shifting onto the R leg in the bars with a mirror for feedback
              - stepping over a cane with the R leg leading
            Deficit: poor R LE motor recruitment and timing; R knee snaps back in stance
            Berg 41/56; 10MWT 0.58 m/s
            Her sister Maite came along and practiced the stepping with her.
            Electronically signed by Ximena Ruiz, PTA on 10/02/2026 16:40
            """,
            ["I69.351"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // CRP Opelika OT, certified copy: "Seen solo — OT with this client only; no co-treat and no other clients in the ADL suite"; mirror therapy, forearm weight bearing, graded grasp-release; L wrist/finger extensor recruitment after a R MCA stroke; ARAT and Box and Block; 24 matches: passes.
        ["v1-h64-opelika-ot-seen-solo"] = new(
            """
            CRP 007788 · Chattahoochee Rehab Partners — Opelika, AL · Occupational Therapy
            Released by Harbor ROI Services · Request # HR-2026-771390 · Certified copy
            Client: [REDACTED]   DOS: 10/20/2026
            OT 97112 · 24 min · Seen solo — OT with this client only; no co-treat and no other clients in the ADL suite during the session.
              mirror therapy with the L hand hidden: wrist extension, finger spread, reaching to a cup
              weight bearing through the L forearm on the table while reaching across with the R
              graded grasp-release of foam cones with the L hand, large → small
            Problem: weak, poorly recruited L wrist and finger extensors after a R MCA stroke; the L arm "forgets" to join in
            Action Research Arm Test L 21/57 (16 at eval); Box and Block L 9 blocks
            Plan: wants to hold the hymnal with both hands at church.
            Electronically signed by Lorena Vidal, OTR/L on 10/20/2026 17:02
            """,
            ["I69.354"], [OT("97112", 24)], []),

        // WVMC Brazil PTA: "I stayed with her the whole 21 min and treated no one else in that time"; backward steps off a mat edge, EC retro-walking in the bars, lateral reach on foam; posterior lean and slow backward step; pull test and backward walk: passes.
        ["v1-h64-brazil-pta-stayed-with-her"] = new(
            """
            WVMC — Outpatient Rehabilitation, Brazil (Clay County) · PTA DAILY NOTE
            Copy released by WVMC HIM 11/03/2026 · REQ R-26-08812 · Printed by: mhaskins · Page 1 of 1
            MRN: WV0052936   DOS: 09/24/2026
            Pt, 82, fell backward twice this summer — once off the back stoop, once reaching up to the bird feeder.
            NMR 97112 — 21 min. I stayed with her the whole 21 min and treated no one else in that time.
              - stepping-strategy drills: backward steps off a 2-in mat edge with a spot at the belt
              - retro-walking in the parallel bars, eyes open → closed
              - lateral reach on foam to clothespins on a line
            Assessment: posterior lean with a slow, short backward step; poor ankle strategy
            Pull test: 2 steps to recover (4 at eval); backward walk 10 ft in 9 s
            Electronically signed by Kayla Mroz, PTA on 09/24/2026 10:55 · Cosigned D. Hollis, PT
            """,
            ["R29.6", "R26.81"], [PTA("97112", 21)], []),

        // Sandhills Ainsworth outreach, faxed: "Treated Lyle and his son Dale (Dale is also on my PT schedule …) at the same time" — another patient in the block, nothing states one-on-one; foam EC, feed-sack line, lateral reach; neuropathy and slow stepping; Romberg seconds and reach inches: one-on-one missing.
        ["v1-h64-ainsworth-fax-father-and-son-same-hour"] = new(
            """
            NOV-02-2026 09:12A  SANDHILLS RHC AINSWORTH OUTREACH  (402) 555-0171   P. 3
            SANDHILLS RURAL HEALTH CLINIC — PT, Ainsworth outreach (Thursdays)
            PT DAILY NOTE — 10/29/26
            Treated Lyle and his son Dale (Dale is also on my PT schedule, R knee) at the same time — Dale on the bike and doing his quad sets while Lyle did balance. This note is Lyle's.
            NMR 97112  23 min
              standing on a foam cushion with eyes closed; stepping over a feed-sack line on the floor; reaching to the side to a target on the wall
            Problem: numb feet (neuropathy) — sways with eyes closed; slow step when he tips
            Romberg on foam 5 sec; lateral reach L 7 in / R 8 in
            C. Engebretsen, PT
            """,
            ["G62.9", "R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // CRP LaGrange 97116 walked with another patient who carpools with her (97116 has no one-on-one check); cane on level, slope and steps with distances, SBA/CGA; R abductor weakness and Trendelenburg after THA; 18 matches: passes.
        ["v1-h64-lagrange-97116-walked-with-another-pt"] = new(
            """
            CHATTAHOOCHEE REHAB PARTNERS — LaGrange, GA · PT Daily Note
            Harbor ROI Services · Req HR-2026-771045 · Bates CRP 005230
            Pt: ████, 77, R THA (posterior approach) 8 wks ago.
            Gait training 97116 — 18 min. Walked with another pt (████, her own note) down the long hall and out to the parking lot — they carpool to therapy.
              straight cane L hand: 2 x 200 ft level, 1 x 150 ft on the sloped lot, 4 steps with the rail (step-over-step up, step-to down)
              cues for R heel strike and equal stride
            Deficit: R hip abductor weakness (3+/5) → R Trendelenburg when she tires; short L step
            Assist: SBA level; CGA on the slope
            Electronically signed by Whitney Cato, PT · 08/28/2026 13:40
            """,
            ["Z96.641", "Z47.1"], [PT("97116", 18)], []),

        // Granite Peak Meridian, MA appeal: "One-to-one: PT and patient only; the interpreter was on the phone, not in the room"; lean-and-release, dual-task hurdles in Spanish, belt pulls; reactive postural control; trials and Four Square; 22 matches: passes.
        ["v1-h64-meridian-appeal-one-to-one-phone-interpreter"] = new(
            """
            GRANITE PEAK REHAB — Meridian · Exhibit B-5 (appeal to Sawtooth Advantage) · page 15 of 24
            Member ID: ██████████
            PT Daily Note · DOS 09/25/2026
            Pt [REDACTED], 81, retired from the sugar-beet factory in Nampa; Spanish-speaking — language-line interpreter on speakerphone.
            One-to-one: PT and patient only; the interpreter was on the phone, not in the room.
            97112 — 22 min
              lean-and-release from the front and from behind, catching with a step
              stepping over a 4-in hurdle while counting backward by threes (in Spanish)
              reactive side steps to quick pulls at the belt
            Deficit: impaired reactive postural control — protective steps too short, needs two or three; slows down under a dual task
            Lean-and-release: recovered with 1 step on 5 of 6 trials; Four Square Step Test 15.2 s
            Electronically signed by Brett Aldous, PT on 09/25/2026 14:18
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 2: template states as they print and fax

        // WVMC printed fields: "Treatment Setting ........ Individual (one-on-one)", "Group ... No", "Timed Code Minutes ....... 97112: 22    97110: 15" both match; SLS rebounder, half-roll, star taps; exercises with doses; knee OA weakness and proprioception; SLS and reach: passes.
        ["v2-h64-terre-haute-printed-fields-individual"] = new(
            """
            WABASH VALLEY MEDICAL CENTER — Outpatient Rehabilitation Services
            Printed by: jkowalski (HIM) on 11/04/2026 08:12 · RAC ADR R-26-09120 · Page 2 of 3
            Patient: [REDACTED]    MRN: WV0039470    DOS: 09/18/2026
            Treatment Setting ........ Individual (one-on-one)
            Group .................... No
            Caregiver Present ........ Yes — wife
            Timed Code Minutes ....... 97112: 22    97110: 15
            NMR: single-leg stance on the R with a ball toss against the rebounder; stepping onto a half foam roll; star-pattern toe taps (front, side, back)
            TE: quad sets w/ 5-s hold 2 x 10; SAQ 3 lb 2 x 12; step-ups 6" 2 x 10; wall sits 5 x 10-s hold
            Impairments: R knee OA with quad weakness (4-/5) and decreased R LE proprioception; the R knee buckles on the creek bank when he fishes the Wabash
            Objective: R SLS 6 s (L 18 s); Functional Reach 10 in
            Electronically signed by Trent Albers, PT, DPT on 09/18/2026 15:40
            """,
            ["M17.11", "R26.81"], [PT("97112", 22), PT("97110", 15)], []),

        // WVMC Sullivan printout "One-on-one ............ <not documented>": never stated; PNF chops/lifts in half-kneeling, tall-kneel stabilization, stride shifts; L trunk/hip motor control after a pontine stroke; hold seconds and Berg; 20 matches: one-on-one missing.
        ["v2-h64-sullivan-one-on-one-not-documented"] = new(
            """
            WABASH VALLEY MEDICAL CENTER — Outpatient Rehabilitation, Sullivan
            HIM copy · SMRC-26-3391 · Printed by: tcrane on 11/05/2026 13:18 · Page 2 of 2
            MRN: WV0061344   DOS: 10/15/2026
            PT DAILY NOTE
            One-on-one ............ <not documented>
            Caregiver present ..... <not documented>
            97112 Neuromuscular Re-education ....... 20 min
              PNF chops and lifts in half-kneeling; rhythmic stabilization at the trunk in tall kneeling; weight shifting onto the L in stride stance
            Impairment: L trunk and hip motor control after a R pontine stroke; loses balance to the L when reaching
            Tall-kneel hold 30 s without arm support; Berg 43/56
            Electronically signed by Amber Kyle, PT on 10/15/2026 16:21
            """,
            ["I69.398", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Bluestem Topeka, TPE: "Session: [X] Individual" and ticked "[X] Habituation [X] Gaze stabilization" with the work written out; visual motion sensitivity after a concussion (the cereal aisle at Dillons); MSQ and DGI; 21 matches: passes.
        ["v2-h64-topeka-tpe-individual-box-habituation"] = new(
            """
            BLUESTEM PHYSICAL THERAPY — Topeka (SW Wanamaker Rd) · Daily Note
            TPE Round 1 · ADR response · Bluestem log #0422 · p. 1 of 2
            Patient: [REDACTED]   DOB: 07/30/1954   DOS: 10/01/2026
            Session:    [X] Individual   [ ] Concurrent   [ ] Group
            Technique:  [X] Habituation   [X] Gaze stabilization   [ ] PNF   [ ] Perturbation
            97112 — 21 min
              habituation: standing in front of the TV with a scrolling-stripe video, then walking toward it; turning to look along a photo wall of grocery aisles
              gaze stabilization: VOR x1 horizontal, standing on firm floor
            Problem: visual motion sensitivity after a fall on the ice in Jan (concussion) — the cereal aisle at Dillons makes her dizzy and unsteady
            Motion Sensitivity Quotient 18 (31 at eval); DGI 20/24
            Electronically signed by Eli Brandt, PT on 10/01/2026 14:02
            """,
            ["S06.0X0D", "R26.81"], [PT("97112", 21)], []),

        // CRP Columbus "Impairments addressed: (none selected)" and no deficit written anywhere; "Delivery: Individual — one patient, one PT"; rocker board EC, beam tandem with head turns, hurdles; FGA and feet; 21 matches: deficit missing.
        ["v2-h64-columbus-impairments-none-selected"] = new(
            """
            CRP 004901
            CHATTAHOOCHEE REHAB PARTNERS — Columbus (Manchester Expy) · PT Daily Note
            Pt: ████   DOS: 09/03/2026
            Delivery: Individual — one patient, one PT
            Interventions (97112, 21 min): rocker board A/P and M/L with eyes closed; tandem walk on the floor-level beam with head turns; step-overs across three 6-in hurdles
            Impairments addressed: (none selected)
            Outcome measures: FGA 22/30; tandem beam 12 ft without stepping off
            Plan: continue POC
            Electronically signed: Marcus Bell, PT · 09/03/2026 17:44
            CRP 004902 · Harbor ROI Services
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // Sandhills faxed paper form with "Assist level: ________" and "Distance: ________" left blank: rollator in the hall, the ramp, brakes before turning, the curb; stooped shuffling and drifting — but no distance, level or number but the code's minutes and the fax's: measure missing.
        ["v2-h64-valentine-fax-assist-and-distance-blank"] = new(
            """
            OCT-29-2026 14:07   FROM: SANDHILLS RHC (402) 555-0147   TO: 18775550113   P.3/3
            SANDHILLS RURAL HEALTH CLINIC — Physical Therapy · Valentine, NE
            PT DAILY NOTE (paper form)          Date: 10/26/26
            Gait training 97116:  16 min
            Device: rollator          Assist level: ________          Distance: ________
            Worked on: the clinic hallway and the ramp out the back door; stopping and setting the brakes before turning; stepping up onto the curb
            Gait: stooped, short shuffling steps, drifts R, feet catch on the ramp edge
            Pt tired at the end — sat in the truck while his wife got groceries.
            C. Engebretsen, PT
            """,
            ["R26.89"], [PT("97116", 16)], [At(Measure, "97116")]),

        // CRP Phenix City printed rows "1:1 Treatment ............ Yes", caregiver and interpreter rows; big-amplitude target steps, four-square turning, backward walking with a clap stop; freezing and shuffling (PD); TUG and turn steps; 23 matches: passes.
        ["v2-h64-phenix-city-printed-yes-no-rows"] = new(
            """
            CHATTAHOOCHEE REHAB PARTNERS — Phenix City, AL · PT Daily Note      CRP 006302
            1:1 Treatment ............ Yes
            Caregiver Present ........ Yes (husband, Fort Moore retiree)
            Interpreter .............. No
            97112 NMR ................ 23 min
              - big-amplitude stepping to taped targets on a count
              - turning inside a taped four-square box, stopping at each corner
              - backward walking with a quick stop on a clap
            Deficits: freezing at turns, short shuffling steps, slow postural responses (PD)
            Measures: TUG 13.4 s; 360° turn in 6 steps (9 at eval)
            Electronically signed by Jalen Moss, PT on 10/07/2026 09:47
            Harbor ROI Services · Request # HR-2026-771233 · Page 1 of 1
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // Granite Peak Boise template with every Delivery, Techniques and Impairments box unticked and "Balance training. Pt tolerated well. Continue POC.": no technique, deficit, measure or one-on-one, only generic phrases; "97112 ...... 18 min" matches.
        ["v2-h64-boise-appeal-template-all-unticked"] = new(
            """
            GRANITE PEAK REHAB — Boise · Exhibit B-4 · Packet page 11 of 24
            Member ID: ████████
            PT Daily Note — DOS 09/29/2026
            Delivery:      [ ] Individual   [ ] Concurrent   [ ] Group
            Techniques:    [ ] PNF   [ ] Perturbation   [ ] Vestibular   [ ] Compliant surface
            Impairments:   [ ] Proprioception   [ ] Postural control   [ ] Vestibular
            Comments: Balance training. Pt tolerated well. Continue POC.
            97112 ...... 18 min
            Electronically signed by Nadia Okonkwo, PT, DPT on 09/29/2026 17:50
            """,
            ["R26.81"], [PT("97112", 18)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // CRP Opelika OT assist radio row "(X) CGA": dressing with reacher and sock aid, tub-bench transfers, plate carry on the walker tray; hip precautions and weakness with a go-home goal; CGA and counts; 23 matches: passes.
        ["v2-h64-opelika-ot-assist-radio-cga"] = new(
            """
            CRP 007802 · Opelika, AL · Occupational Therapy Daily Note
            Harbor ROI Services — certified copy · Req HR-2026-771390
            Client: [REDACTED], 80 — L hip fx (hemiarthroplasty 07/2026)
            97530 Therapeutic activities — 23 min
              lower-body dressing with a reacher and sock aid seated on the mat, then standing at the walker to pull up her pants
              tub-transfer bench: in and out of the mock tub, x 3
              carrying a plate from the counter to the table on the walker tray
            Assist:  ( ) Ind  ( ) Mod I  ( ) SBA  (X) CGA  ( ) Min  ( ) Mod
            Limits: hip precautions + L hip weakness — can't reach her feet; goal: bathe and dress herself so she can go home from her daughter's
            Sock aid 2 of 2 socks on; tub bench x 3 at CGA
            Electronically signed by Lorena Vidal, OTR/L on 09/15/2026 12:20
            """,
            ["S72.002D", "M62.81"], [OT("97530", 23)], []),

        // WVMC Brazil "Delivery: [ ] Individual [X] Concurrent": not one-on-one; a complete NMR otherwise (line walking with head turns, EC rocker board, clock stepping; diabetic neuropathy with ankle strategy; seconds and k of 12; 20 matches): one-on-one missing.
        ["v2-h64-brazil-delivery-concurrent-ticked"] = new(
            """
            WVMC — Outpatient Rehabilitation, Brazil · PT DAILY NOTE
            HIM release · REQ R-26-09120 (RAC) · Printed by: jkowalski on 11/04/2026 08:15 · Page 1 of 1
            MRN: WV0057718   DOS: 09/21/2026
            Delivery:  [ ] Individual   [X] Concurrent   [ ] Group
            97112 — 20 min
              heel-to-toe walking on a taped line with head turns; standing on a rocker board with eyes closed; clock-reach stepping
            Impairment: diabetic neuropathy — decreased proprioception both feet; slow ankle strategy
            Rocker board EC 6 s; 8 of 12 clock steps without a touch-down
            Electronically signed by Dwight Hollis, PT on 09/21/2026 13:30
            """,
            ["E11.42", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Sandhills Merriman outreach, faxed paper form with hand ticks: "1:1 with PTA ✓", ticked balance-work and problem rows, the work written out (foam EC, belt nudges, lariat loops); proprioception and reactive balance; SLS and k of 10; PTA 19 matches: passes.
        ["v2-h64-merriman-fax-hand-ticked-rows"] = new(
            """
            NOV-02-2026 09:14A  SANDHILLS RHC  (402) 555-0147   P. 4
            SANDHILLS RURAL HEALTH CLINIC — PT outreach, Merriman (community hall, 2nd Tues)
            PTA DAILY NOTE      10/13/26      Supervising PT: C. Engebretsen
            1:1 with PTA                 ✓
            Balance work done:   ✓ foam     ✓ eyes closed     ✓ perturbation (belt)     __ PNF
            Problems:            ✓ proprioception     ✓ reactive balance     __ vestibular
            NMR 97112   19 min
              feet together and semi-tandem on foam, eyes closed; nudges at the belt from each side; stepping over a lariat laid in loops
            SLS R 4 sec, L 6 sec; nudges caught with 1 step 7/10
            J. Ridenour, PTA
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 19)], []),

        // Granite Peak Twin Falls MMT grid and exercise flowsheet table "(97110 — 18 min)" with sets x reps and loads; R leg weakness after TKA with a pickup-step limit; 18 matches: passes.
        ["v2-h64-twin-falls-mmt-grid-and-flowsheet"] = new(
            """
            GRANITE PEAK REHAB — Twin Falls · Exhibit B-7 (Sawtooth Advantage appeal) · page 18 of 24
            PT Daily Note · DOS 10/08/2026 · Member ID ██████████
            MMT             R       L
              Hip abd       3+/5    4/5
              Quads         4-/5    4+/5
              Hamstrings    4/5     4/5
            EXERCISE FLOWSHEET (97110 — 18 min)
              Exercise               Sets x Reps   Load
              Sit-to-stand, 18"      3 x 8         —
              Side-lying hip abd     2 x 12        2 lb
              Leg press              3 x 10        60 lb
              Step-ups, 6"           2 x 10        —
            6 wks after a R TKA; R leg weakness — can't step up into the pickup to go see the grandkids at the Filer rodeo.
            Electronically signed by Cody Larsen, PT on 10/08/2026 11:05
            """,
            ["Z96.651", "M62.81"], [PT("97110", 18)], []),

        // CRP LaGrange "Ther ex per flowsheet. Pt tolerated well. Continue POC." with "Flowsheet: not included in this release": no exercise, region or dose; "97110 — 15 min" matches.
        ["v2-h64-lagrange-flowsheet-not-released"] = new(
            """
            CHATTAHOOCHEE REHAB PARTNERS — LaGrange, GA · PT Daily Note        CRP 005311
            Ther ex per flowsheet. Pt tolerated well. Continue POC.
            97110 — 15 min
            Flowsheet: not included in this release
            Electronically signed by Whitney Cato, PT · 09/11/2026 10:02
            Harbor ROI Services · Request # HR-2026-771045 · Page 1 of 1
            """,
            ["M62.81"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 3: named programmes, protocols and devices as techniques

        // WVMC Terre Haute NeuroCom Balance Master: sway-referenced surface training and limits-of-stability targets, foam in the dark hall; "individual — PT with this pt only for all 23 min"; bilateral vestibular loss; SOT composite and condition 5: passes.
        ["v3-h64-terre-haute-balance-master-sot"] = new(
            """
            *** WVMC HIM COPY · RAC R-26-08812 · Printed by: mhaskins on 11/03/2026 09:44 · Page 1 of 2 ***
            WABASH VALLEY MEDICAL CENTER — Outpatient Rehabilitation Services, Terre Haute · Balance & Vestibular
            MRN: WV0044160   DOS: 09/23/2026
            PHYSICAL THERAPY DAILY NOTE
            97112 — 23 min — individual — PT with this pt only for all 23 min
              NeuroCom Balance Master: sway-referenced support-surface training (conditions 4 → 5), then limits-of-stability target training in 8 directions
              standing on foam in the darkened hallway, eyes on a penlight target
            Impairment: bilateral vestibular loss (IV gentamicin, 2024) — unsteady in the dark and on soft ground; wobbles on the grass at his grandson's meets at the LaVern Gibson course
            Sensory Organization Test composite 52 (41 at eval); condition 5 average 18
            Electronically signed by Trent Albers, PT, DPT on 09/23/2026 16:05
            """,
            ["H81.93", "R26.81"], [PT("97112", 23)], []),

        // Bluestem Lawrence, TPE enclosure: Tyler twist with the red FlexBar, eccentric wrist extension and putty with doses; R lateral epicondylalgia with extensor weakness; pain-free grip kg; 14 matches: passes.
        ["v3-h64-lawrence-tyler-twist-flexbar"] = new(
            """
            BLUESTEM PHYSICAL THERAPY — Lawrence · Daily Note
            TPE Round 1 · ADR 10/14/2026 · Enclosure 2 of 3
            Patient: [REDACTED]  DOS: 09/09/2026
            S: Retired KU groundskeeper; R elbow hurts lifting the coffee pot and turning the key in the mower.
            97110 — 14 min
              Tyler twist (eccentric wrist extension) with the red FlexBar, 3 x 15
              eccentric wrist extension with a 2-lb dumbbell, 3 x 15
              putty grip squeezes, 2 x 20
            R lateral epicondylalgia — wrist extensor weakness, pain with gripping
            Pain-free grip R 14 kg / L 31 kg
            Electronically signed by Dana Whitcomb, PT, DPT on 09/09/2026 16:30
            """,
            ["M77.11"], [PT("97110", 14)], []),

        // CRP Columbus AlterG at 75% → 85% body weight with speed and distance on the readout, then overground with a cane and SBA; antalgic, stiff-knee gait after L TKA; 19 matches: passes.
        ["v3-h64-columbus-alterg-after-tka"] = new(
            """
            CRP 004640 · CHATTAHOOCHEE REHAB PARTNERS — Columbus · PT Daily Note
            Released by Harbor ROI Services (Req HR-2026-771233)
            Pt ████, 72, L TKA 5 wks ago; walks the RiverWalk with her church group on Saturdays.
            97116 Gait training — 19 min
              AlterG anti-gravity treadmill at 75% body weight → 85%, 1.6 mph, 0.4 mi on the readout; cues for L heel strike and full knee extension at the end of swing
              then overground 150 ft with a straight cane, SBA
            Gait deviations: antalgic on the L, stiff-knee swing, shortened R step
            Electronically signed by Marcus Bell, PT · 10/05/2026 12:55
            """,
            ["Z96.652", "Z47.1"], [PT("97116", 19)], []),

        // Sandhills faxed form: Kaltenborn long-axis distraction grade III with bouts, inferior glide, STM; R hip OA that won't let him lift the leg over the saddle; flexion and IR degrees before and after; 12 matches: passes.
        ["v3-h64-valentine-fax-kaltenborn-hip"] = new(
            """
            OCT-29-2026 14:05  FROM: SANDHILLS RHC (402) 555-0147  TO: 18775550113  P.1/3
            SANDHILLS RURAL HEALTH CLINIC — Physical Therapy       PT DAILY NOTE       10/22/26
            Manual 97140   12 min
              R hip: Kaltenborn long-axis distraction grade III with a belt, 3 bouts of 30 sec; inferior glide in 90° flexion; STM to the R TFL and glute med
            Problem: R hip OA — stiff; can't lift the R leg over the saddle or get his boot on
            R hip flex 94° → 102°, IR 8° → 14°
            C. Engebretsen, PT
            """,
            ["M16.11"], [PT("97140", 12)], []),

        // Granite Peak Boise WalkAide (peroneal FES) with hallway and Greenbelt-path distances and cues; R foot drop with hip hiking after a stroke; toe catches, 10MWT and SBA; 20 matches: passes.
        ["v3-h64-boise-appeal-walkaide"] = new(
            """
            GRANITE PEAK REHAB — Boise · Exhibit B-3 · Packet page 10 of 24 · Member ID ██████████
            PT Daily Note · DOS 10/01/2026
            97116 — 20 min
              WalkAide (peroneal nerve FES) on the R, heel-sensor trigger; hallway 4 x 100 ft, then the outdoor path to the Greenbelt bench and back (300 ft)
              cues to let the stim lift the foot instead of hiking the hip
            R foot drop after a L MCA stroke; hip hikes and circumducts; toe catches on the curb cut without the device
            Toe catches: 1 in 700 ft with the WalkAide (6 at eval without it); 10MWT 0.71 m/s; SBA outdoors
            Electronically signed by Nadia Okonkwo, PT, DPT on 10/01/2026 15:20
            """,
            ["I69.351", "M21.371"], [PT("97116", 20)], []),

        // CRP Phenix City OT 97112 graded motor imagery (L/R judgement, explicit imagery, mirror therapy) and graded-texture desensitization; "one-to-one, OT and client only"; CRPS type 1 of the R hand; accuracy and fist distance; 22 matches: passes.
        ["v3-h64-phenix-city-ot-graded-motor-imagery"] = new(
            """
            CHATTAHOOCHEE REHAB PARTNERS — Phenix City, AL · OT Daily Note       CRP 006455
            Client: [REDACTED]   DOS: 09/17/2026
            OT 97112 — 22 min — one-to-one, OT and client only
              graded motor imagery: L/R hand judgement on the tablet, explicit motor imagery of making a fist and reaching for a cup, then mirror therapy with the R hand hidden
              desensitization with graded textures (silk → terry cloth → Velcro) on the R forearm
            Problem: CRPS type 1, R hand, after a wrist fx — slowed L/R recognition, hypersensitive skin, guarded movement
            L/R judgement, R hand: 71% correct at 2.4 s (58% at eval); fist closes to 3 cm from the palm
            Electronically signed by Danielle Frye, OTR/L on 09/17/2026 13:10
            Harbor ROI Services · Request # HR-2026-771102
            """,
            ["G90.511"], [OT("97112", 22)], []),

        // Bluestem Manhattan PTA, TPE: SafeGait overhead harness (fall-arrest only) with manual perturbations and slip-style pulls, release from a lean; "PTA one-on-one with pt the entire 24 min"; impaired reactive stepping with falls at the grain co-op; steps to recover and Brief-BESTest: passes.
        ["v3-h64-manhattan-pta-safegait-harness"] = new(
            """
            BLUESTEM PHYSICAL THERAPY — Manhattan · PTA Daily Note · Supervising PT: R. Sorensen
            [TPE Round 1 · Bluestem ADR log #0431 · page 3 of 5]
            Patient: [REDACTED]   DOS: 10/02/2026
            97112 — 24 min — PTA one-on-one with pt the entire 24 min
              SafeGait overhead harness (fall-arrest only, no body-weight support): manual perturbations in stance, then while walking; slip-style pulls at the belt
              reactive stepping to a sudden release from a forward lean
            Impairment: impaired reactive stepping — stiffens and freezes instead of stepping; 3 falls this year at the grain co-op
            Lean-and-release: 2 steps to recover (3 at eval); Brief-BESTest 12/24
            Electronically signed by Mara Kettering, PTA on 10/02/2026 16:45
            """,
            ["R26.81", "R29.6"], [PTA("97112", 24)], []),

        // CRP LaGrange Codman pendulums, overhead pulleys, wand flexion/ER and scapular squeezes with doses; R shoulder stiffness and weakness after a proximal humerus fx; AROM degrees; 16 matches: passes.
        ["v3-h64-lagrange-codman-pulleys-wand"] = new(
            """
            CRP 005402 · CHATTAHOOCHEE REHAB PARTNERS — LaGrange, GA · PT Daily Note
            Pt ████, 75, R proximal humerus fx (non-op), out of the sling 3 wks
            97110 — 16 min
              Codman pendulums, circles and side to side, 2 x 20 each
              overhead pulleys for flexion 2 x 15
              supine wand flexion and ER 2 x 12
              scapular squeezes with a 5-s hold x 15
            R shoulder stiffness and weakness; can't reach the dish cabinet or do her hair for Sunday
            R shoulder AROM flexion 95°, ER 20°
            Electronically signed by Whitney Cato, PT · 09/14/2026 11:36
            """,
            ["S42.201D"], [PT("97110", 16)], []),

        // Granite Peak Nampa PTA Cawthorne-Cooksey exercises named step by step, "PTA and pt only", bilateral vestibular loss — "Doing better; re-test DGI next week": no number but the code's minutes and the packet's: measure missing.
        ["v3-h64-nampa-appeal-cawthorne-cooksey-no-number"] = new(
            """
            GRANITE PEAK REHAB — Nampa · Exhibit C-3 · Packet page 14 of 22
            Member ID: ██████████   Claim #: ████████
            PTA Daily Note · Supervising PT: B. Aldous · DOS 10/09/2026
            97112 — 20 min, PTA and pt only
              Cawthorne-Cooksey exercises, standing progression: eye movements up/down and side to side; head movements eyes open then closed; ball tossed hand to hand above eye level; sit to stand with eyes closed; walking across the room eyes open, then closed
            Deficit: bilateral vestibular loss (gentamicin) — unsteady in the dark, oscillopsia when walking
            Doing better; re-test DGI next week.
            Electronically signed by Ximena Ruiz, PTA on 10/09/2026 17:15
            """,
            ["H81.93"], [PTA("97112", 20)], [At(Measure, "97112")]),

        // WVMC Sullivan PNF D1/D2 patterns with rhythmic stabilization and alternating isometrics, "individual; PT and pt only", FGA and SLS — but no deficit, impairment or system named: deficit missing.
        ["v3-h64-sullivan-pnf-d1-d2-no-deficit"] = new(
            """
            WVMC — Outpatient Rehabilitation, Sullivan · PT DAILY NOTE
            HIM copy · SMRC-26-3391 · Printed by: tcrane on 11/05/2026 13:20 · Page 1 of 1
            MRN: WV0061577   DOS: 10/20/2026
            97112 — 21 min — individual; PT and pt only
              PNF D1/D2 flexion–extension patterns, both LEs, standing at the bars, with rhythmic stabilization at end range
              alternating isometrics at the pelvis in stride stance
            FGA 24/30; SLS R 12 s / L 10 s
            Pt's wife drove.
            Electronically signed by Amber Kyle, PT on 10/20/2026 11:48
            """,
            ["Z91.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // WVMC Brazil OT SaeboFlex grasp-release and utensil practice, fridge and milk jug; R hand flexor tone after a stroke with a fish-fry feeding goal; k of 15 and k of 5; 22 matches: passes.
        ["v3-h64-brazil-ot-saeboflex"] = new(
            """
            WVMC — Outpatient Rehabilitation, Brazil · OCCUPATIONAL THERAPY DAILY NOTE
            Released by WVMC HIM · REQ R-26-09120 · Printed by: jkowalski on 11/04/2026 08:19 · Page 1 of 1
            MRN: WV0055102   DOS: 09/28/2026
            97530 — 22 min
              SaeboFlex on the R hand (extension springs on): grasp-release of balls into a cup, then stacking cones; then holding a fork and a mug with the orthosis off
              opening the fridge and taking out the milk jug with the R as the helper hand
            Problem: R hand flexor tone and weak finger extension after a L MCA stroke — can't let go of objects; goal: feed himself with both hands at the Friday fish fry
            Balls released 12 of 15 into the cup; mug lifted and set down 4 of 5 without spilling
            Electronically signed by Renee Sutphin, OTR/L on 09/28/2026 14:44
            """,
            ["I69.351"], [OT("97530", 22)], []),

        // Granite Peak Meridian Maitland central and unilateral PA mobilisation with grades and STM; lumbar spondylosis pain and stiffness with potato-row and shoe limits; fingertip-to-floor cm and extension degrees; 13 matches: passes.
        ["v3-h64-meridian-appeal-maitland-lumbar"] = new(
            """
            GRANITE PEAK REHAB — Meridian · Exhibit B-6 · page 16 of 24 · Member ID ██████████
            PT Daily Note · DOS 10/07/2026
            97140 Manual therapy — 13 min
              Maitland central PA mobilization L3–L5, grade III–IV, prone; unilateral PA R L4 grade III
              STM to the R lumbar paraspinals and quadratus lumborum
            Low back pain and stiffness (lumbar spondylosis); can't bend to weed the potato rows or tie his shoes
            Lumbar flexion fingertip-to-floor 28 cm → 19 cm after; extension 10° → 15°
            Electronically signed by Brett Aldous, PT on 10/07/2026 10:22
            """,
            ["M54.50", "M47.816"], [PT("97140", 13)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // WVMC Terre Haute: can't feel the brake pedal, vibration absent, catching toes on the brick sidewalk, positive Romberg — the deficit as findings; EC firm → foam, textured pads, eyes-up heel-toe; "PT and this pt one-on-one"; monofilament and seconds: passes.
        ["v4-h64-terre-haute-cant-feel-the-pedal"] = new(
            """
            *** COPY — WVMC HIM — REQ R-26-08812 (RAC) · Printed by: mhaskins on 11/03/2026 09:47 · Page 2 of 2 ***
            WABASH VALLEY MEDICAL CENTER — Outpatient Rehabilitation, Terre Haute · MRN WV0050321 · DOS 09/25/2026
            PT DAILY NOTE
            Findings today: can't feel the brake pedal in his truck unless he looks down; vibration absent at both great toes; catches his toes on the uneven brick sidewalk on Wabash Ave; Romberg positive — sways and steps within seconds.
            97112 — 22 min, PT and this pt one-on-one
              eyes-closed stance on firm → foam with a spot; stepping onto textured pads without looking down; heel-toe walking holding a ball overhead (eyes up)
            Monofilament absent at 6 of 10 sites each foot; foam EC 5 s
            Electronically signed by Trent Albers, PT, DPT on 09/25/2026 15:58
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // Bluestem Lawrence: "The floor moves" in the Dillons aisles, grabbing the cart, falling on foam with eyes closed, using her eyes for everything — the deficit as findings; optokinetic stripe video, patterned-carpet head turns, EC foam; "therapist one-on-one with pt"; CTSIB seconds: passes.
        ["v4-h64-lawrence-the-floor-moves-in-the-aisle"] = new(
            """
            BLUESTEM PHYSICAL THERAPY — Lawrence · Daily Note · TPE Round 1 enclosure · p. 2 of 3
            Patient: [REDACTED]   DOS: 09/23/2026
            Findings: "The floor moves" in the aisles at the Dillons on 6th St; grabs the cart in the parking garage; on foam with eyes closed she falls within seconds; since the vertigo last spring she balances with her eyes for everything.
            97112 (20 min), therapist one-on-one with pt
              standing on foam in front of a scrolling optokinetic stripe video, then walking toward it
              walking the clinic's patterned-carpet hallway while turning her head to read the signs
              stance on foam with eyes closed, hands hovering over the counter
            CTSIB foam EC 8 s (3 s at eval); foam with the stripe video 20 s
            Electronically signed by Dana Whitcomb, PT, DPT on 09/23/2026 16:12
            """,
            ["H81.392"], [PT("97112", 20)], []),

        // CRP Columbus 97530: can't get up from the pew at church homecoming without her grandson, falling back, aching OA knees — the deficit as findings; pew-height rises and lowering, car mock-up with counts and SBA; 20 matches: passes.
        ["v4-h64-columbus-homecoming-pew"] = new(
            """
            CRP 004777 · CHATTAHOOCHEE REHAB PARTNERS — Columbus · PT Daily Note · Harbor ROI Services Req HR-2026-771045
            Pt ████, 84.
            Findings: can't get up from the pew at church homecoming without her grandson pulling her up; pushes with both hands and still falls back once; both knees (OA) ache on rising.
            97530 — 20 min
              sit-to-stand from a 16-in bench (pew height), scooting forward, "nose over toes," no hands, x 8
              sitting back down slowly with control, x 8
              in and out of a car-seat mock-up, x 3
            Bench rises 6 of 8 without hands (2 of 8 at eval); car SBA
            Electronically signed by Marcus Bell, PT · 09/19/2026 14:05
            """,
            ["M17.0", "M62.81"], [PT("97530", 20)], []),

        // Sandhills faxed form 97110: the R knee giving way off the stock trailer and the haymow ladder, quad 4-/5, extension lag — the deficit as findings; quad sets, SLR, step-downs, TKE, squats with doses; 17 matches: passes.
        ["v4-h64-valentine-fax-knee-gives-off-the-trailer"] = new(
            """
            NOV-02-2026 09:10A  SANDHILLS RHC  (402) 555-0147   P. 1
            SANDHILLS RURAL HEALTH CLINIC — Physical Therapy, Valentine      PT DAILY NOTE 10/28/26
            Findings: R knee gives way stepping down off the stock trailer and coming down the haymow ladder; quad 4-/5; R knee lacks 5° of extension and the quad lags on SLR.
            Ther ex 97110   17 min
              quad sets 10 x 5 sec; SLR 2 x 10 w/ 3 lb; step-downs off a 6" step 2 x 8; TKE with band 2 x 15; mini squats at the counter 2 x 10
            C. Engebretsen, PT
            """,
            ["M17.11"], [PT("97110", 17)], []),

        // Granite Peak Twin Falls OT: dropping the coffee cup on turning, the top coat button, writing a check, tremor on reaching — the deficit as findings; weighted-cup carries, button hook, built-up pen; Nine-Hole Peg and counts; 21 matches: passes.
        ["v4-h64-twin-falls-ot-drops-the-coffee-cup"] = new(
            """
            GRANITE PEAK REHAB — Twin Falls · Exhibit B-8 · page 20 of 24 · Member ID ██████████
            OT Daily Note · DOS 10/13/2026
            Findings: drops the coffee cup when she turns from the counter; can't do the top button of her coat or write a check at the bank; the R hand shakes worse the closer it gets to what she's reaching for (essential tremor).
            97530 — 21 min
              carrying a half-full mug from the counter to the table in a weighted cup with the elbow braced at her side, x 6
              buttoning a coat with a button hook, large → small buttons
              writing a check with a built-up pen
            Nine-Hole Peg R 38 s; mug carries 5 of 6 without spilling; 4 of 5 buttons done
            Electronically signed by Kirsten Yorgason, OTR/L on 10/13/2026 13:48
            """,
            ["G25.0"], [OT("97530", 21)], []),

        // CRP Phenix City 97140: the L arm won't reach the clothesline or the coat sleeve, capsular pattern and firm end-feel — region and impairment as findings; GH glides with grades, scapulothoracic mobs, STM; flexion and ER degrees: passes.
        ["v4-h64-phenix-city-arm-to-the-clothesline"] = new(
            """
            CHATTAHOOCHEE REHAB PARTNERS — Phenix City, AL · PT Daily Note      CRP 006511
            Findings: can't get the L arm up to the clothesline or into her coat sleeve; capsular pattern at the L shoulder (ER most limited), firm end-feel.
            97140 — 14 min
              L GH posterior and inferior glides grade III–IV, supine
              scapulothoracic mobilization side-lying (upward rotation, protraction)
              STM to the L infraspinatus and pec minor
            L shoulder flexion 118° → 131°; ER 22° → 30°
            Electronically signed by Jalen Moss, PT on 09/24/2026 10:40
            Harbor ROI Services · Req HR-2026-771102 · Page 1 of 1
            """,
            ["M75.02"], [PT("97140", 14)], []),

        // WVMC Sullivan 97116: R foot slapping, hip hiking, tripping on the VFW hall carpet — the findings; cane with an AFO, hallway distances, threshold and hurdle counts, cues; SBA and trips counted; 17 matches: passes.
        ["v4-h64-sullivan-foot-slaps-on-the-vfw-carpet"] = new(
            """
            WVMC — Outpatient Rehabilitation, Sullivan · PT DAILY NOTE
            HIM copy · SMRC-26-3391 · Printed by: tcrane on 11/05/2026 13:22 · Page 2 of 2 · MRN WV0061914 · DOS 10/22/2026
            Findings: R foot slaps at heel strike; hikes the hip to clear the R toes; trips on the carpet edge at the VFW hall (L5 radiculopathy, R foot drop).
            Gait training 97116 — 17 min
              straight cane in the L hand with an off-the-shelf R AFO: hallway 3 x 150 ft; over the carpet-to-tile threshold x 6; stepping over a 2-in hurdle x 10
              cues for R knee flexion in swing and heel first
            SBA; no trips over the threshold today (3 of 6 at eval)
            Electronically signed by Amber Kyle, PT on 10/22/2026 14:15
            """,
            ["M21.371", "M54.16"], [PT("97116", 17)], []),

        // Granite Peak Boise 97112 whose findings are all normal (monofilament intact, head impulse and head-shake negative, no nystagmus, 5/5, no falls): BOSU catch, tandem head turns, called-color grid; "one-on-one (PT and pt only)"; Mini-BESTest — no deficit targeted: deficit missing.
        ["v4-h64-boise-appeal-findings-all-normal"] = new(
            """
            GRANITE PEAK REHAB — Boise · Exhibit B-9 · page 22 of 24 · Member ID ██████████
            PT Daily Note · DOS 10/15/2026
            Findings today: sensation intact to monofilament both feet; head impulse and head-shake negative; no nystagmus; strength 5/5 both legs; no falls.
            97112 — 20 min, one-on-one (PT and pt only)
              standing on the BOSU with a ball catch; tandem walk with head turns; stepping to called colors on the floor grid
            Mini-BESTest 26/28; tandem walk 10 steps without a side-step
            Electronically signed by Nadia Okonkwo, PT, DPT on 10/15/2026 16:05
            """,
            ["Z91.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Sandhills Merriman PTA 97110: "No complaints. 'Feeling good.'" with 5/5, full ROM, no pain, stairs step over step — bike, squats, step-ups, bridges, heel raises with doses, but no region, impairment or goal targeted: deficit missing.
        ["v4-h64-merriman-fax-ther-ex-nothing-found"] = new(
            """
            NOV-02-2026 09:15A  SANDHILLS RHC  (402) 555-0147   P. 5
            SANDHILLS RURAL HEALTH CLINIC — PT outreach, Merriman        PTA DAILY NOTE 10/13/26
            S: No complaints. "Feeling good."
            O: Strength 5/5 both legs; full knee ROM; no pain; walks without a device, does stairs step over step.
            Ther ex 97110   16 min
              stationary bike level 4; wall squats 3 x 10; step-ups 8" 2 x 12; bridges 2 x 15; heel raises 2 x 20
            J. Ridenour, PTA · Supervising PT C. Engebretsen
            """,
            ["Z96.652"], [PTA("97110", 16)], [At(Deficit, "97110")]),

        // CRP Opelika OT 97112: dropping things from the L hand unnoticed, keys found only by looking, 2-point discrimination at eval — sensory loss as findings; texture discrimination, rice-bin stereognosis, weight bearing; "OT one-on-one with client"; 2PD mm and k of 10: passes.
        ["v4-h64-opelika-ot-drops-things-unnoticed"] = new(
            """
            CRP 007815 · Chattahoochee Rehab Partners — Opelika, AL · OT Daily Note
            Client: [REDACTED]   DOS: 10/22/2026
            Findings: drops things out of the L hand without knowing it; can't find her keys in her purse without looking; 2-point discrimination L index 15 mm at eval (R parietal stroke).
            OT 97112 — 23 min — OT one-on-one with client
              sensory re-education: graded texture discrimination with vision occluded; stereognosis — finding coins, keys and a paperclip in a rice bin with the L hand
              weight bearing through the L hand on textured mats while reaching with the R
            2-point discrimination L index 9 mm; objects found 6 of 10 in the rice bin
            Electronically signed by Lorena Vidal, OTR/L on 10/22/2026 16:33
            Harbor ROI Services · Req HR-2026-771390 · Page 1 of 1
            """,
            ["I69.398"], [OT("97112", 23)], []),

        // WVMC Brazil: feet that don't move when the trunk turns, tipping L, legs going out turning to sit at the fish fry, small steps — the findings; clock-face turns, dowel rotation, sit-turn-sit; "individual, PT with this pt only"; TUG and turn steps: passes.
        ["v4-h64-brazil-en-bloc-turns-at-the-fish-fry"] = new(
            """
            WVMC — Outpatient Rehabilitation, Brazil · PT DAILY NOTE
            HIM copy · REQ R-26-09120 · Printed by: jkowalski on 11/04/2026 08:23 · Page 1 of 1 · MRN WV0058840 · DOS 09/29/2026
            Findings: his feet don't move when his trunk turns — turns en bloc and tips to the L; his legs went out from under him turning to sit down at the Knights of Columbus fish fry; small steps, no arm swing.
            97112 — 22 min — individual, PT with this pt only
              clock-face turning drills (step to 3, 6 and 9 o'clock on a count); trunk rotation with a dowel in stride stance; sit-to-turn-to-sit from a folding chair
            TUG 14.2 s; 180° turn in 7 steps (10 at eval)
            Electronically signed by Dwight Hollis, PT on 09/29/2026 11:20
            """,
            ["G20.A1", "R29.6"], [PT("97112", 22)], []),

        // Granite Peak Meridian 97116: knees crossing, toes catching on kitchen tile, stiff jumpy legs after cervical myelopathy surgery — the findings; walker with taped foot lines, kitchen turns, threshold, cues; CGA and 10MWT; 18 matches: passes.
        ["v4-h64-meridian-appeal-knees-cross"] = new(
            """
            GRANITE PEAK REHAB — Meridian · Exhibit B-10 · page 23 of 24 · Member ID ██████████
            PT Daily Note · DOS 10/16/2026
            Findings: her knees cross when she walks (scissoring); toes catch on the kitchen tile; legs stiff and jumpy since surgery for cervical myelopathy (C4–6 fusion, 06/2026).
            97116 — 18 min
              front-wheeled walker, 4 x 80 ft with a taped line to place each foot beside; turning in the kitchen mock-up; over the door threshold
              cues for a wider base and heel first
            CGA; 10MWT 0.44 m/s
            Electronically signed by Brett Aldous, PT on 10/16/2026 11:50
            """,
            ["M47.12", "R26.89"], [PT("97116", 18)], []),

        // Sandhills Ainsworth 97140: can't squat to check the stock-tank float, a stiff swollen ankle after trimalleolar ORIF, foot turned out — the findings; talocrural glides, subtalar distraction, STM; DF degrees and figure-8 girth; 11 matches: passes.
        ["v4-h64-ainsworth-fax-cant-squat-at-the-stock-tank"] = new(
            """
            NOV-02-2026 09:13A  SANDHILLS RHC AINSWORTH OUTREACH  (402) 555-0171   P. 4
            SANDHILLS RURAL HEALTH CLINIC — PT, Ainsworth outreach        PT DAILY NOTE 10/29/26
            Findings: can't squat down to check the float in the stock tank; R ankle stiff and swollen after ORIF of a trimalleolar fx (June); walks with the R foot turned out.
            Manual 97140   11 min
              R talocrural posterior glides grade III; subtalar distraction; STM to the R gastroc–soleus and along the incision
            R ankle DF 0° → 6°; figure-8 girth R 54 cm (L 50 cm)
            C. Engebretsen, PT
            """,
            ["S82.851D"], [PT("97140", 11)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // WVMC Terre Haute Brief-BESTest with its eval score and foam EC seconds; anticipatory, reactive and sensory drills; "PT worked with her one-on-one"; postural control after an ICU stay; 23 matches: passes.
        ["v5-h64-terre-haute-brief-bestest"] = new(
            """
            *** WVMC HIM — COPY RELEASED TO RAC · REQ R-26-08812 · Printed by: mhaskins on 11/03/2026 09:50 · Page 1 of 1 ***
            WABASH VALLEY MEDICAL CENTER — Outpatient Rehabilitation, Terre Haute · MRN WV0047725 · DOS 09/29/2026
            PT DAILY NOTE
            97112 Neuromuscular re-ed — 23 min — PT worked with her one-on-one
              anticipatory: reaching to a high shelf in narrow stance; catching a weighted ball in stride stance
              reactive: quick pushes from each direction in stride stance
              sensory: foam stance with eyes closed
            Problem: poor anticipatory and reactive postural control after a long ICU stay (pneumonia); weak hips
            Brief-BESTest 11/24 (7/24 at eval); foam EC 9 s
            Electronically signed by Trent Albers, PT, DPT on 09/29/2026 15:40
            """,
            ["R26.81", "M62.81"], [PT("97112", 23)], []),

        // Bluestem Lawrence PTA 97116: tape-line steps, sidewalk to the corner and back, cone turns, cues; shuffling and festination (PD); 10-meter walk at self-selected and fast speeds and SBA; 18 matches: passes.
        ["v5-h64-lawrence-pta-10-meter-walk-two-speeds"] = new(
            """
            BLUESTEM PHYSICAL THERAPY — Lawrence · PTA Daily Note · Supervising PT: D. Whitcomb
            TPE Round 1 · ADR log #0418 · p. 3 of 4
            Patient: [REDACTED]   DOS: 09/18/2026
            Gait training 97116 — 18 min
              no device; hallway with tape lines at the target step length 4 x 100 ft; outside on the sidewalk to the corner and back; turning around a cone with big steps
              cues "heel down, big step, swing the arms"
            Short shuffling steps, little arm swing, festinates when he hurries (PD)
            10-meter walk: 0.86 m/s self-selected, 1.12 m/s fast; SBA outdoors
            Electronically signed by Cole Hadley, PTA on 09/18/2026 11:15
            """,
            ["G20.A1"], [PTA("97116", 18)], []),

        // CRP Columbus 97110 after sepsis: sit-to-stands, knee extension, hip abduction, heel raises, rows with doses; leg weakness and the low couch; Five Times Sit-to-Stand seconds; 19 matches: passes.
        ["v5-h64-columbus-five-times-sit-to-stand"] = new(
            """
            CRP 004815 · CHATTAHOOCHEE REHAB PARTNERS — Columbus · PT Daily Note
            Pt ████, 79, weak after a hospital stay for sepsis in August; can't get off the low couch to let the dog out.
            97110 — 19 min
              sit-to-stand from 18" 3 x 8; seated knee extension 3 lb 2 x 12; standing hip abduction at the counter 2 x 12; heel raises 2 x 15; seated rows with the green band 2 x 15
            B LE weakness (quads 4-/5, hip abd 3+/5)
            Five Times Sit-to-Stand 17.8 s (22.6 s at eval)
            Electronically signed by Marcus Bell, PT · 10/12/2026 09:30
            Harbor ROI Services · Req HR-2026-771233 · Page 1 of 1
            """,
            ["M62.81", "R53.81"], [PT("97110", 19)], []),

        // Granite Peak Twin Falls OT 97530 after carpal tunnel release: writing, card turning, small objects, cans to a shelf; numb fingertips and weak pinch with a fly-tying goal; Jebsen-Taylor subtests and pinch kg; 18 matches: passes.
        ["v5-h64-twin-falls-ot-jebsen-taylor"] = new(
            """
            GRANITE PEAK REHAB — Twin Falls · Exhibit B-11 · page 24 of 24 · Member ID ██████████
            OT Daily Note · DOS 10/20/2026
            97530 — 18 min
              writing a grocery list; turning cards; picking up coins and beans into a bowl; lifting light cans to a shelf — all with the R hand
            R carpal tunnel release 7 wks ago: numb fingertips, weak pinch, drops small things; wants to tie flies again for the Snake River
            Jebsen-Taylor R: writing 58 s, card turning 11 s, small objects 14 s; lateral pinch R 4 kg
            Electronically signed by Kirsten Yorgason, OTR/L on 10/20/2026 15:12
            """,
            ["G56.01"], [OT("97530", 18)], []),

        // Sandhills faxed form 97140 after TKA: patellar glides, tibiofemoral glides with grade, STM; a stiff knee that won't bend into the tractor cab; flexion before/after and extension lag in degrees; 10 matches: passes.
        ["v5-h64-valentine-fax-knee-flexion-and-lag"] = new(
            """
            OCT-29-2026 14:08  FROM: SANDHILLS RHC (402) 555-0147  TO: 18775550113  P.1/2
            SANDHILLS RURAL HEALTH CLINIC — Physical Therapy       PT DAILY NOTE       10/20/26
            Manual 97140   10 min
              R patellar glides all directions; tibiofemoral posterior glides grade III; STM to the distal quad and along the scar
            R TKA 6 wks — knee stiff, can't bend it enough to get into the tractor cab
            R knee flexion 96° → 104°; extension lacks 8°
            C. Engebretsen, PT
            """,
            ["Z96.651", "Z47.1"], [PT("97140", 10)], []),

        // CRP Phenix City PTA: Functional Reach forward and lateral in inches; reaching beyond arm's length, balloon catch side-steps, M/L rocker board; "PTA with pt one-on-one"; limits of stability and slow lateral step; 21 matches: passes.
        ["v5-h64-phenix-city-pta-functional-reach"] = new(
            """
            CRP 006620 · CHATTAHOOCHEE REHAB PARTNERS — Phenix City, AL · PTA Daily Note · Supervising PT J. Moss
            Pt ████, 88. Granddaughter brought her and waited in the lobby.
            97112 — 21 min. PTA with pt one-on-one.
              forward and lateral reaching to targets beyond arm's length in standing; side-stepping to catch a balloon; rocker board M/L
            Deficit: reduced limits of stability and a slow lateral step (fell sideways reaching for the phone)
            Functional Reach 7.5 in (5 in at eval); lateral reach R 5 in / L 4 in
            Electronically signed by Tasha Greer, PTA on 10/14/2026 10:05
            Harbor ROI Services · Request # HR-2026-771505
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 21)], []),

        // WVMC Sullivan sharpened Romberg and Alternate Step Test; sharpened-Romberg practice, metronome step-ups, half-roll head turns; "individual treatment, therapist with this patient only"; neuropathic proprioception and ankle strategy; 24 matches: passes.
        ["v5-h64-sullivan-sharpened-romberg-alternate-step"] = new(
            """
            WVMC — Outpatient Rehabilitation, Sullivan · PT DAILY NOTE
            HIM copy · SMRC-26-3391 · Printed by: tcrane on 11/05/2026 13:25 · Page 1 of 1 · MRN WV0062033 · DOS 10/27/2026
            97112 — 24 min; individual treatment, therapist with this patient only
              sharpened-Romberg practice with a spot, eyes open → closed; alternate stepping onto an 8-in step to a metronome; standing on the half foam roll, flat side up, with head turns
            Deficit: decreased proprioception and a slow ankle strategy (peripheral neuropathy); retired miner who still drives himself to his daughter's in Carlisle
            Sharpened Romberg EC 6 s; Alternate Step Test 12.4 s
            Electronically signed by Amber Kyle, PT on 10/27/2026 15:30
            """,
            ["G62.9", "R26.81"], [PT("97112", 24)], []),

        // CRP LaGrange: "one-on-one with PT for the NMR"; belt perturbations, counted hurdles, EC foam marching; slow stepping and foot proprioception; "Balance improving per pt and her husband. Re-test next visit." — no number but the code's minutes and the Bates and page numbers: measure missing.
        ["v5-h64-lagrange-improving-retest-next-visit"] = new(
            """
            CHATTAHOOCHEE REHAB PARTNERS — LaGrange, GA · PT Daily Note      CRP 005518
            Pt ████ — one-on-one with PT for the NMR.
            97112 — 20 min
              perturbations in stance at the belt; stepping over hurdles on a count; eyes-closed marching on foam
            Deficits: slow stepping reactions; decreased proprioception in both feet
            Balance improving per pt and her husband. Re-test next visit.
            Electronically signed by Whitney Cato, PT · 10/16/2026 14:20
            Harbor ROI Services · Req HR-2026-771505 · Page 2 of 3
            """,
            ["R26.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Sandhills Ainsworth 97116: cane in the hall, on the co-op's gravel lot and the ramp, cues; slow short steps and a dragging L foot; "Walked farther than last week and less unsteady" — no distance, level or number but the code's minutes and the fax's: measure missing.
        ["v5-h64-ainsworth-fax-walked-farther"] = new(
            """
            NOV-02-2026 09:11A  SANDHILLS RHC AINSWORTH OUTREACH  (402) 555-0171   P. 2
            SANDHILLS RURAL HEALTH CLINIC — PT, Ainsworth outreach     PT DAILY NOTE 10/29/26
            Gait 97116   15 min
              cane in the hall, then out on the gravel lot by the co-op; up and down the ramp; cues to lift the feet and look ahead
            Gait: slow, short steps; drags the L foot when tired; leans on the cane
            Walked farther than last week and less unsteady. Wife pleased.
            C. Engebretsen, PT
            """,
            ["R26.89", "M62.81"], [PT("97116", 15)], [At(Measure, "97116")]),

        // CRP Opelika OT 97530: a pimento cheese sandwich in the OT kitchen with a walker-tray carry; memory loss with a make-her-own-lunch goal; "Went better than last time" — no assistance level, count or number but the code's minutes: measure missing.
        ["v5-h64-opelika-ot-sandwich-went-better"] = new(
            """
            CRP 007840 · Chattahoochee Rehab Partners — Opelika, AL · OT Daily Note
            Client: [REDACTED]   DOS: 10/27/2026
            97530 — 20 min
              making a pimento cheese sandwich in the OT kitchen: getting the bread and the jar out, spreading, cutting, carrying the plate to the table on the walker tray
            Why: memory loss (mild dementia) — loses her place in the steps; lives with her son and wants to make her own lunch while he's at work
            Went better than last time; her son was pleased.
            Electronically signed by Lorena Vidal, OTR/L on 10/27/2026 12:10
            Harbor ROI Services · Req HR-2026-771390 · Page 1 of 1
            """,
            ["F03.90"], [OT("97530", 20)], [At(Measure, "97530")]),

        // Granite Peak Twin Falls 97140: talocrural and tibiofibular glides and STM after an ankle sprain at the canal bank; "Ankle felt looser after. Will measure DF next time." — no range, grade, dose or number but the code's minutes: measure missing.
        ["v5-h64-twin-falls-ankle-felt-looser"] = new(
            """
            GRANITE PEAK REHAB — Twin Falls · Exhibit B-12 · page 6 of 15 · Member ID ██████████
            PT Daily Note · DOS 10/21/2026
            97140 — 12 min
              R talocrural AP glides; distal tibiofibular glides; STM to the peroneals and around the lateral malleolus
            R ankle stiff and sore after an inversion sprain stepping off the canal bank in August
            Ankle felt looser after. Will measure DF next time.
            Electronically signed by Cody Larsen, PT on 10/21/2026 14:40
            """,
            ["S93.401D"], [PT("97140", 12)], [At(Measure, "97140")]),

        // Granite Peak Meridian: the appeal letter cites Berg scores over the episode, but the visit note (one-on-one; cone step-and-reach, foam head turns, counter backward walking; postural control and protective stepping) has no number of its own — "Progressing": measure missing.
        ["v5-h64-meridian-appeal-letter-cites-berg"] = new(
            """
            GRANITE PEAK REHAB — Meridian · Level 1 Appeal to Sawtooth Advantage (HMO)
            From the appeal letter: "Over the episode the member's Berg Balance Scale rose from 38/56 to 45/56, documenting objective progress."
            Exhibit C-4 · Treatment note · Packet page 13 of 24 · Member ID ██████████
            PT Daily Note · DOS 10/10/2026
            97112 — 22 min, PT and pt one-on-one
              step-and-reach to cones in a half circle; foam stance with head turns; backward walking along the counter with a quick stop on command
            Deficit: impaired postural control and slow protective stepping after a fall in the Albertsons parking lot
            Progressing. Continue per POC.
            Electronically signed by Brett Aldous, PT on 10/10/2026 13:05
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Bluestem Manhattan 97116: quad cane with floor markers, the front curb, parking-lot laps, cues; L hemiparesis with a short step and toe drag; step length on the tape line in cm, CGA/SBA; 17 matches: passes.
        ["v5-h64-manhattan-step-length-on-the-tape"] = new(
            """
            BLUESTEM PHYSICAL THERAPY — Manhattan · Daily Note
            [TPE Round 1 · ADR log #0433 · page 2 of 3]
            Patient: [REDACTED]   DOS: 10/06/2026
            97116 — 17 min
              quad cane in the R hand; hallway with floor markers at an even step length, 4 x 60 ft; up and down the clinic's front curb; 2 laps of the parking lot
              cues "L heel, then push off"
            L hemiparesis after a R MCA stroke: short R step, L knee stiff in swing, L toe drags when tired
            Step length on the tape line: L 36 cm / R 48 cm → 40 / 47 cm by the last pass; CGA on the curb, SBA level
            Electronically signed by Rhett Sorensen, PT on 10/06/2026 14:30
            """,
            ["I69.354"], [PT("97116", 17)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // WVMC CHARGES grid with CPT / Description / Units / Min columns (97112 2 units 23 min, 97116 1 unit 15 min) both match; "individual (PT and this pt only)"; PNF pelvic patterns, mirror shifts, step-ups; hemi-walker → quad cane with distance and CGA; R hemiparesis; Berg: passes.
        ["v6-h64-terre-haute-charges-units-and-min"] = new(
            """
            WABASH VALLEY MEDICAL CENTER — Outpatient Rehabilitation, Terre Haute
            *** HIM COPY · RAC R-26-09120 · Printed by: jkowalski on 11/04/2026 08:27 · Page 2 of 2 ***
            MRN: WV0041893   DOS: 09/30/2026
            CHARGES
              CPT     Description                    Units   Min
              97112   Neuromuscular re-education     2       23
              97116   Gait training                  1       15
            97112 — individual (PT and this pt only): PNF pelvic patterns (anterior elevation / posterior depression) side-lying, then standing; weight shifting onto the R with a mirror; step-ups leading with the R
            97116: hemi-walker → quad cane trial, 3 x 80 ft, CGA; cues for R knee flexion in swing
            Impairments: R hemiparesis (L MCA stroke 2025) — poor R pelvic control and R LE motor timing; R knee snaps back; R toe drags
            Berg 38/56
            Electronically signed by Trent Albers, PT, DPT on 09/30/2026 16:10
            """,
            ["I69.351", "R26.81"], [PT("97112", 23), PT("97116", 15)], []),

        // Bluestem Lawrence 24-hour start–end per code ("97140 0905–0916" = 11, "97110 0916–0931" = 15) both match; patellar and tibiofemoral glides, STM; bike, quad sets, SAQ, heel slides, step-ups with doses; L knee OA with the Allen Fieldhouse bleachers; flexion degrees: passes.
        ["v6-h64-lawrence-start-end-per-code"] = new(
            """
            BLUESTEM PHYSICAL THERAPY — Lawrence · Daily Note
            TPE Round 1 · ADR log #0419 · p. 2 of 3
            Patient: [REDACTED]   DOS: 09/21/2026
            97140  0905–0916  L knee: patellar mobilization all directions; tibiofemoral AP glides grade III in sitting; STM to the lateral retinaculum
            97110  0916–0931  recumbent bike, full revolutions; quad sets 2 x 10 with a 5-s hold; SAQ 3 lb 2 x 12; heel slides 2 x 15; step-ups 6" 2 x 10
            L knee OA: stiff, quad weakness (4-/5); can't climb the bleacher steps at Allen Fieldhouse
            L knee flexion 108° → 114°
            Electronically signed by Dana Whitcomb, PT, DPT on 09/21/2026 17:40
            """,
            ["M17.12"], [PT("97140", 11), PT("97110", 15)], []),

        // CRP Columbus "NMR x 24 minutes — one-on-one, PT with this pt only" and "Gait x 13 minutes" both match; EC foam, Airex step-ons, tandem head turns; rollator → cane on level and grass with SBA; neuropathic proprioception; seconds and steps: passes.
        ["v6-h64-columbus-x-minutes-per-code"] = new(
            """
            CRP 004930 · CHATTAHOOCHEE REHAB PARTNERS — Columbus · PT Daily Note · Harbor ROI Services
            Pt ████, 76, retired from Fort Moore (post engineer's office).
            NMR x 24 minutes — one-on-one, PT with this pt only
              eyes-closed stance on foam; stepping onto the Airex from different directions; tandem walk on the floor line with head turns
            Gait x 13 minutes
              rollator → straight cane, 3 x 120 ft level, 1 x 100 ft on the grass strip outside; SBA
            Deficits: decreased proprioception both feet (neuropathy); catches his toe on the grass; short, cautious steps
            Foam EC 7 s; tandem 10 steps
            Electronically signed by Marcus Bell, PT · 10/19/2026 15:05
            """,
            ["G62.9", "R26.81"], [PT("97112", 24), PT("97116", 13)], []),

        // Sandhills faxed form "Total timed 37 = NMR 22 + TE 15" — the parts match their lines; "1 on 1: (YES) no"; lariat loops, horse-blanket EC, belt nudges; exercises with doses; slow stepping, proprioception and hip weakness; k of 10 and seconds: passes.
        ["v6-h64-valentine-fax-total-timed-with-parts"] = new(
            """
            OCT-29-2026 14:09  FROM: SANDHILLS RHC (402) 555-0147  TO: 18775550113  P.1/2
            SANDHILLS RURAL HEALTH CLINIC — Physical Therapy       PT DAILY NOTE       10/23/26
            Total timed 37 = NMR 22 + TE 15.      1 on 1:  (YES)  no
            NMR: stepping over a lariat laid in loops; standing on a folded horse blanket with eyes closed; nudges at the belt in narrow stance
            TE: sit-to-stand from the bench 3 x 8; step-ups 6" 2 x 10; hip abd with red band 2 x 12; heel raises 2 x 15
            Problems: slow stepping, decreased proprioception both feet; weak hips (abd 3+/5) — missed a rung coming down the windmill ladder in Aug
            Nudges caught with 1 step 6/10; foam EC 6 sec
            C. Engebretsen, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 15)], []),

        // Granite Peak Nampa PTA "Minutes by CPT — 97116: 14 / 97530: 16" both match; walker → cane with distance and curb, SBA/CGA; SUV running board and grocery carries with min A → SBA; L hip weakness after THA with a Stampede goal: passes.
        ["v6-h64-nampa-minutes-by-cpt"] = new(
            """
            GRANITE PEAK REHAB — Nampa · Exhibit C-5 · Packet page 15 of 22 · Member ID ██████████
            PTA Daily Note · Supervising PT: B. Aldous · DOS 10/13/2026
            Minutes by CPT — 97116: 14 / 97530: 16
            97116: front-wheeled walker → cane, 3 x 150 ft; curb up/down x 4; SBA level, CGA on the curb
            97530: in and out of her daughter's SUV (running board), x 3; carrying a grocery bag from the car to the counter, x 4 — min A → SBA
            L THA 7 wks: L hip abductor weakness, short R step, can't climb into the SUV; goal — ride to the Snake River Stampede
            Electronically signed by Ximena Ruiz, PTA on 10/13/2026 15:55
            """,
            ["Z96.642", "M62.81"], [PTA("97116", 14), PTA("97530", 16)], []),

        // Sandhills single-code 97110 note with no minutes in it, under a fax transmission report ("DURATION 00:02:48 PGS 3"): a fax's duration is not the code's minutes; bench sit-to-stands, knee extension, hip work, heel raises with doses; leg weakness after pneumonia with a pickup limit: passes.
        ["v6-h64-valentine-fax-transmission-duration"] = new(
            """
            *** TRANSMISSION OK ***   TX/RX NO 4187   DESTINATION (877) 555-0113   ST. TIME 10/29 14:03   DURATION 00:02:48   PGS 3   RESULT OK
            SANDHILLS RURAL HEALTH CLINIC — Physical Therapy       PT DAILY NOTE       10/21/26
            Ther ex 97110
              sit-to-stand from the 17" bench 3 x 6; seated knee ext 4 lb 2 x 12; standing hip ext + abd at the counter 2 x 10 each; heel raises 2 x 15
            Both legs weak (quads 4-/5) after a month laid up with pneumonia; can't get out of the pickup without pulling on the door frame
            C. Engebretsen, PT
            """,
            ["M62.81", "J18.9"], [PT("97110", 16)], []),

        // WVMC Sullivan: short of breath, "NMR 97112 — 13 min total, then he asked to stop" against a 25-min line: mismatch; individual, cone taps, foam head turns, cord side-steps, lateral stepping and postural control, seconds and k of 10 complete.
        ["v6-h64-sullivan-nmr-13-against-25"] = new(
            """
            WVMC — Outpatient Rehabilitation, Sullivan · PT DAILY NOTE
            HIM copy · SMRC-26-3391 · Printed by: tcrane on 11/05/2026 13:27 · Page 1 of 2 · MRN WV0062150 · DOS 10/29/2026
            Short of breath walking in from the lot (COPD); rested first. NMR 97112 — 13 min total, then he asked to stop.
              individual, PT and pt only
              step-taps to cones; foam stance with head turns; lateral stepping over a cord
            Deficit: slow lateral stepping and decreased postural control
            Foam with head turns 12 s; cone taps 8 of 10
            Electronically signed by Amber Kyle, PT on 10/29/2026 14:02
            """,
            ["R26.81", "J44.9"], [PT("97112", 25)], [At(Mismatch, "97112")]),

        // CRP Phenix City PTA "TE 97110 ........ 28 min" against a 16-min PTA line: mismatch; NuStep, sit-to-stands, marching, wall push-ups, rows with doses; weakness with a car-to-pew limit complete.
        ["v6-h64-phenix-city-pta-te-28-against-16"] = new(
            """
            CHATTAHOOCHEE REHAB PARTNERS — Phenix City, AL · PTA Daily Note       CRP 006702
            TE 97110 ........ 28 min
              NuStep level 4; sit-to-stand 3 x 10; standing marching 2 x 20; wall push-ups 2 x 12; seated rows with the green band 2 x 15
            B LE weakness after a long hospital stay; can't walk from the car to the pews at church without resting
            Electronically signed by Tasha Greer, PTA on 10/21/2026 09:25
            Harbor ROI Services · Req HR-2026-771505 · Page 3 of 3
            """,
            ["M62.81"], [PTA("97110", 16)], [At(Mismatch, "97110")]),

        // Sandhills Merriman PTA: NMR 20 matches ("1:1 with PTA ✓"), but "Gait 97116   10 min" against a 22-min line: mismatch on 97116; foam EC, nudges, lariat; cane with distance and CGA; proprioception and hip OA gait; SLS and k of 10 complete.
        ["v6-h64-merriman-fax-gait-10-against-22"] = new(
            """
            NOV-02-2026 09:16A  SANDHILLS RHC  (402) 555-0147   P. 6
            SANDHILLS RURAL HEALTH CLINIC — PT outreach, Merriman       PTA DAILY NOTE 10/27/26
            1:1 with PTA  ✓
            NMR 97112   20 min
              foam stance eyes closed; nudges at the belt; stepping over a lariat in loops
            Gait 97116   10 min
              cane, 3 x 100 ft across the hall floor and out onto the gravel; CGA on the gravel
            Problems: slow stepping, decreased proprioception; L hip OA — short R step, leans over the cane
            SLS L 3 sec; nudges 6/10 caught with 1 step
            J. Ridenour, PTA
            """,
            ["R26.81", "M16.12"], [PTA("97112", 20), PTA("97116", 22)], [At(Mismatch, "97116")]),

        // Granite Peak Twin Falls OT "97530 Therapeutic activities — 30 min" against an 18-min OT line: mismatch; rocker knife, jars, washcloth, laundry; distal radius fx weakness; grip kg and k of 4 complete.
        ["v6-h64-twin-falls-ot-30-against-18"] = new(
            """
            GRANITE PEAK REHAB — Twin Falls · Exhibit B-13 · page 8 of 15 · Member ID ██████████
            OT Daily Note · DOS 10/22/2026
            97530 Therapeutic activities — 30 min
              cutting food with a rocker knife, opening jars with a grip pad, wringing out a washcloth, folding laundry standing at the table
            R distal radius fx (ORIF 08/2026): weak grip, stiff wrist; can't open jars or cut her meat
            Grip R 9 kg / L 22 kg; jars opened 3 of 4 with the pad
            Electronically signed by Kirsten Yorgason, OTR/L on 10/22/2026 14:25
            """,
            ["S52.501D"], [OT("97530", 18)], [At(Mismatch, "97530")]),

        // CRP LaGrange "Session 0900–0938: NMR and ther ex" — one clock range for two codes, no minutes for each: separate time missing; one-on-one stated; rocker board, tandem head turns, EC foam; exercises with doses; ankle strategy, knee proprioception and quad weakness; seconds and steps.
        ["v6-h64-lagrange-one-clock-range-two-codes"] = new(
            """
            CHATTAHOOCHEE REHAB PARTNERS — LaGrange, GA · PT Daily Note          CRP 005610
            Session 0900–0938: NMR and ther ex. One-on-one, PT with this pt only.
            NMR: perturbations on the rocker board; tandem walk with head turns; foam stance with eyes closed
            TE: step-ups 6" 2 x 10; sit-to-stand 3 x 8; knee extension 4 lb 2 x 12
            Deficits: slow ankle strategy; decreased proprioception R knee after TKA; R quad weakness 4-/5
            Rocker board EC 8 s; tandem 8 steps
            Electronically signed by Whitney Cato, PT · 10/23/2026 10:15
            Harbor ROI Services · Req HR-2026-771505 · Page 1 of 3
            """,
            ["R26.81", "Z96.651"], [PT("97112", 22), PT("97110", 16)], [SepTime]),

        // WVMC Brazil three codes: 97112 16 and 97110 13 have minutes, the lumbar PA mobs and STM (97140) have none: separate time missing; every section complete (one-on-one; pushes, EC foam, SLS reaches; exercises with doses; radiculopathy, hip weakness, lumbar stiffness; seconds and degrees).
        ["v6-h64-brazil-three-codes-manual-unminuted"] = new(
            """
            WVMC — Outpatient Rehabilitation, Brazil · PT DAILY NOTE
            HIM copy · REQ R-26-09120 · Printed by: jkowalski on 11/04/2026 08:31 · Page 1 of 1 · MRN WV0059341 · DOS 10/02/2026
            97112 — 16 min — one-on-one: stepping-strategy drills with pushes; foam stance eyes closed; single-leg stance reaching
            97110 — 13 min: bridges 2 x 12; side-lying hip abd 2 x 12; sit-to-stand 3 x 8
            97140: lumbar PA mobilization grade III L4–L5 and STM to the R paraspinals
            Deficits: slow stepping reactions and decreased proprioception R foot (L5 radiculopathy); hip weakness 4-/5; lumbar stiffness
            Foam EC 9 s; SLS R 5 s; lumbar extension 8° → 14°
            Electronically signed by Dwight Hollis, PT on 10/02/2026 12:40
            """,
            ["M54.16", "R26.81"], [PT("97112", 16), PT("97110", 13), PT("97140", 10)], [SepTime]),

        // Granite Peak Nampa, a PT's and a PTA's codes in one visit: "PT — 97112 — 22 min — … with the pt alone" and "PTA — 97110 — 15 min" each match their own line; pushes, dual-task hurdles, foam head turns; reactive stepping; Mini-BESTest; machines and step-ups with doses; extensor weakness: passes.
        ["v6-h64-nampa-pt-and-pta-in-one-visit"] = new(
            """
            GRANITE PEAK REHAB — Nampa · Exhibit C-6 · Packet page 16 of 22 · Member ID ██████████
            Daily Note · DOS 10/15/2026
            PT — 97112 — 22 min — B. Aldous, PT, with the pt alone
              reactive stepping to pushes; stepping over hurdles while naming his grandchildren; foam stance with head turns
              Deficits: slow reactive stepping; dual-task interference
              Mini-BESTest 18/28
            PTA — 97110 — 15 min — X. Ruiz, PTA, under direct supervision
              leg press 50 lb 3 x 10; step-ups 6" 2 x 10; hip abduction machine 30 lb 2 x 12
              hip and knee extensor weakness (4-/5)
            Electronically signed by Brett Aldous, PT on 10/15/2026 17:20; Ximena Ruiz, PTA on 10/15/2026 17:24
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PTA("97110", 15)], []),

        // Granite Peak Meridian minutes after each code's description ("97116 gait training … — 16 minutes.", "97530 getting down to and up from the floor … — 12 minutes.") both match; rollator ramp and lot with SBA; floor rise min A, basket stairs CGA; stiff-knee gait after TKA with a get-up-alone goal: passes.
        ["v6-h64-meridian-minutes-after-the-description"] = new(
            """
            GRANITE PEAK REHAB — Meridian · Exhibit B-14 · page 9 of 15 · Member ID ██████████
            PT Daily Note · DOS 10/23/2026
            97116 gait training with the rollator on the clinic ramp and across the parking lot, 3 x 150 ft, SBA; cues for L knee flexion in swing — 16 minutes.
            97530 getting down to and up from the floor using a chair (in case of a fall at home), x 3 with min A; carrying the laundry basket up 4 steps x 2 with CGA — 12 minutes.
            L TKA 8 wks: stiff-knee gait, short R step, L quad weakness; lives alone in Kuna and wants to get up by himself if he falls
            Electronically signed by Brett Aldous, PT on 10/23/2026 11:40
            """,
            ["Z96.652", "Z47.1"], [PT("97116", 16), PT("97530", 12)], []),

        // CRP Columbus under the ROI vendor's cover sheet (pages released 18, copy fee $0.00): "97112 — 24 min — PT and pt one-on-one" matches; Airex head turns, hurdle to single-leg hold, tandem ball catch; proprioception after an ankle fx; SLS and k of 10: passes.
        ["v6-h64-columbus-roi-cover-sheet-pages-and-fee"] = new(
            """
            HARBOR ROI SERVICES — Records Release Cover Sheet
            Request # HR-2026-771620 · Requester: Medicare Advantage plan, records request · Date released: 11/06/2026
            Pages released: 18 · Copy fee: $0.00 (payer request) · Certified by: R. Lott, ROI Specialist
            CRP 004999
            CHATTAHOOCHEE REHAB PARTNERS — Columbus (Manchester Expy) · PT Daily Note · DOS 10/26/2026
            97112 — 24 min — PT and pt one-on-one
              standing on the Airex with slow head turns; stepping over a 6-in hurdle and holding single-leg on the far side; catching a ball in tandem
            Deficit: slow postural responses and decreased L ankle proprioception after a L ankle fracture (ORIF 2025)
            SLS L 4 s (R 15 s); tandem with ball catch 8 of 10
            Electronically signed by Marcus Bell, PT · 10/26/2026 16:50
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h64-empty-nmr-ther-ex"] = new(
            "",
            ["R26.81"], [PT("97112", 22), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // Empty note on a PTA 97116 with no diagnosis: note missing and diagnosis missing.
        ["v7-h64-empty-pta-gait-no-dx"] = new(
            "",
            [], [PTA("97116", 18)], [At(NoteMissing, "97116"), Dx]),

        // A note of line breaks and a tab only (cells are trimmed) on an OT 97530 with diagnoses: note missing only.
        ["v7-h64-blank-lines-ot-97530"] = new(
            "\n\t\n",
            ["G30.1", "F02.80"], [OT("97530", 20)], [At(NoteMissing, "97530")]),

        // 97110's meaning at CRP Columbus: bridges, bird-dogs, side planks, hip hinges with doses and holds (technique and measure), low back pain with weak glutes and core and a potting-soil limit (deficit); 17 matches: passes.
        ["v7-h64-columbus-97110-potting-soil"] = new(
            """
            CRP 005050 · CHATTAHOOCHEE REHAB PARTNERS — Columbus · PT Daily Note
            97110 — 17 min
              bridges 2 x 12; bird-dog 2 x 10 each side with a 3-s hold; side planks from the knees 3 x 15-s hold; standing hip hinge with a dowel 2 x 10
            Low back pain with weak glutes and trunk muscles — can't carry the bag of potting soil from the truck to the porch planters
            Electronically signed by Jalen Moss, PT · 10/09/2026 08:50
            """,
            ["M54.50"], [PT("97110", 17)], []),

        // 97530's meaning on a Sandhills faxed form: a half-full bucket for the bucket calves, the pickup cab, the corral gate's bottom board (technique), weak legs and balance on rough ground with a chores-by-calving goal (deficit), SBA, CGA → SBA and k of 6 (measure); 21 matches: passes.
        ["v7-h64-valentine-fax-97530-bucket-calves"] = new(
            """
            OCT-29-2026 14:10  FROM: SANDHILLS RHC (402) 555-0147  TO: 18775550113  P.2/2
            SANDHILLS RURAL HEALTH CLINIC — Physical Therapy       PT DAILY NOTE       10/24/26
            Ther act 97530   21 min
              carrying a 5-gal bucket half full of water 4 x 40 ft (he feeds the bucket calves); climbing in and out of the pickup cab x 4; stepping over a 12" rail like the bottom board of the corral gate x 6
            Weak legs and poor balance on rough ground after 3 wks in the hospital; goal — do his chores again by calving
            SBA carrying; pickup CGA → SBA; 6 of 6 rail step-overs without a hand
            C. Engebretsen, PT
            """,
            ["M62.81", "R26.89"], [PT("97530", 21)], []),

        // 97140's meaning in a Granite Peak Boise exhibit: GH posterior glides with grade, scapular mobilisation, cross-friction (technique), R shoulder impingement with a ski-rack limit and tight posterior capsule (deficit), IR degrees and the painful arc (measure); 13 matches: passes.
        ["v7-h64-boise-97140-loading-the-skis"] = new(
            """
            GRANITE PEAK REHAB — Boise · Exhibit B-15 · page 10 of 15 · Member ID ██████████
            PT Daily Note · DOS 10/27/2026
            97140 — 13 min
              R GH posterior glides grade III, side-lying; scapular mobilization (upward rotation, posterior tilt); cross-friction massage to the supraspinatus tendon
            R shoulder impingement — pain reaching overhead to load the skis on the car rack for Bogus Basin; tight posterior capsule
            R shoulder IR 35° → 48°; painful arc 80°–120° → 100°–120°
            Electronically signed by Nadia Okonkwo, PT, DPT on 10/27/2026 13:15
            """,
            ["M75.41"], [PT("97140", 13)], []),

        // 97116's meaning in a WVMC HIM copy: weight shifting onto a new transtibial prosthesis, bars → walker with distance, turns and steps (technique), a short step, under-loading and a wide base after a BKA (deficit), CGA and min A (measure); 20 matches: passes.
        ["v7-h64-terre-haute-97116-new-prosthesis"] = new(
            """
            *** WVMC HIM · COPY · RAC R-26-09120 · Printed by: jkowalski on 11/04/2026 08:35 · Page 1 of 1 ***
            WABASH VALLEY MEDICAL CENTER — Outpatient Rehabilitation, Terre Haute · Amputee clinic · MRN WV0036617 · DOS 10/05/2026
            97116 Gait training — 20 min
              R transtibial prosthesis: weight shifting onto the prosthesis in the bars; walking in the bars → with a walker 3 x 60 ft; turning toward the prosthetic side; 2 steps with the rail
              cues for equal step length and a full roll-over on the prosthetic foot
            R BKA (PAD, 04/2026): short L step, won't load the prosthesis fully, wide base
            CGA with the walker; steps min A
            Electronically signed by Trent Albers, PT, DPT on 10/05/2026 16:30
            """,
            ["Z89.511"], [PT("97116", 20)], []),

        // Generic 97110 under a Bates number: "Therapeutic exercise 97110, 14 min. Pt tolerated without complaint. Progress as tolerated." — no exercise, region or number but its minutes (which match) and the paperwork's.
        ["v7-h64-generic-97110-bates"] = new(
            """
            CRP 005812 · Harbor ROI Services
            Therapeutic exercise 97110, 14 min. Pt tolerated without complaint. Progress as tolerated.
            Electronically signed by Jalen Moss, PT · 10/28/2026 09:02
            """,
            ["M62.81"], [PT("97110", 14)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic faxed 97112 + 97116 with minutes for each (15 and 10, both match): only generic phrases for both codes; "Wife present" is no one-on-one statement.
        ["v7-h64-generic-fax-nmr-gait-wife-present"] = new(
            """
            NOV-02-2026 09:18A  SANDHILLS RHC  (402) 555-0147   P. 7
            PT DAILY NOTE 10/30/26
            Neuro re-ed 15 min. Gait training 10 min. Pt did fair. Wife present. Continue plan.
            C. Engebretsen, PT
            """,
            ["R26.81"], [PT("97112", 15), PT("97116", 10)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // Generic OT 97530 in a WVMC HIM copy: "Functional activity training 19 min. Client participated well. Cont POC." — no activity, deficit or goal, or number but its minutes and the page count.
        ["v7-h64-generic-ot-97530-him-copy"] = new(
            """
            WVMC OCCUPATIONAL THERAPY DAILY NOTE · HIM copy REQ R-26-09120 · Page 1 of 1
            Functional activity training 19 min. Client participated well. Cont POC.
            Electronically signed by Renee Sutphin, OTR/L on 10/06/2026 15:05
            """,
            ["I69.398"], [OT("97530", 19)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic 97140 in an appeal exhibit: "Manual therapy as indicated, 12 minutes. Pt reports feeling better. Continue POC." — no technique, region or number but its minutes and the packet's.
        ["v7-h64-generic-97140-appeal-exhibit"] = new(
            """
            GRANITE PEAK REHAB — Exhibit C-7 · Packet page 17 of 22
            Manual therapy as indicated, 12 minutes. Pt reports feeling better. Continue POC.
            Electronically signed by Cody Larsen, PT on 10/28/2026 10:10
            """,
            ["M54.2"], [PT("97140", 12)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary notes

        // WVMC Terre Haute PTA: NMR 20 ("PTA with this pt only") and TE 13 match; foam tandem with ball toss, cord side-steps, narrow-stance floor reaches; exercises with doses; postural responses and abductor weakness; seconds and chair-stand count: passes.
        ["vord-h64-terre-haute-pta-nmr-te-walnuts"] = new(
            """
            *** WVMC HIM — COPY RELEASED · RAC R-26-08812 · Printed by: mhaskins on 11/03/2026 09:53 · Page 1 of 1 ***
            WABASH VALLEY MEDICAL CENTER — Outpatient Rehabilitation, Terre Haute · PTA DAILY NOTE · MRN WV0049006 · DOS 10/01/2026
            Supervising PT: T. Albers (on site)
            NMR 97112 — 20 min — PTA with this pt only
              tandem stance on foam with a ball toss; side-stepping over a cord with eyes forward; reaching to the floor in narrow stance
            TE 97110 — 13 min
              sit-to-stand 3 x 8; side-lying hip abd 2 x 12; heel raises 2 x 15
            Deficits: slowed postural responses; hip abductor weakness 3+/5 — fell in the yard picking up walnuts
            Tandem on foam 6 s; 30-second chair stand 9
            Electronically signed by Kayla Mroz, PTA on 10/01/2026 12:05
            """,
            ["R26.81", "M62.81"], [PTA("97112", 20), PTA("97110", 13)], []),

        // Bluestem Lawrence PD: 97112 23 ("one-on-one") and 97116 14 match; belt release, counted targets, hula-hoop turns; metronome hallway and doorway cues with SBA; retropulsion and freezing; pull test and freezes counted: passes.
        ["vord-h64-lawrence-pd-nmr-gait"] = new(
            """
            BLUESTEM PHYSICAL THERAPY — Lawrence · Daily Note
            TPE Round 1 · ADR log #0420 · p. 1 of 2
            Patient: [REDACTED]   DOB: 02/08/1949   DOS: 09/25/2026
            97112 — 23 min — one-on-one
              backward stepping to a belt release; stepping onto targets on a count; turning inside a hula hoop
            97116 — 14 min
              hallway with a metronome at 100 bpm, 4 x 80 ft; doorway approaches with a "step over the line" cue; SBA
            PD: retropulsion, freezing in doorways, slow step initiation
            Pull test 2 steps; 2 freezes in 6 doorway passes (5 of 6 at eval)
            Electronically signed by Dana Whitcomb, PT, DPT on 09/25/2026 15:35
            """,
            ["G20.A1"], [PT("97112", 23), PT("97116", 14)], []),

        // CRP Opelika OT 97530 with energy conservation: a laundry load with the rollator seat and a shower set-up; COPD with weak limbs and a keep-her-house goal; SBA and rests counted; 22 matches: passes.
        ["vord-h64-opelika-ot-copd-laundry"] = new(
            """
            CRP 007860 · Chattahoochee Rehab Partners — Opelika, AL · OT Daily Note
            Client: [REDACTED]   DOS: 10/29/2026
            97530 — 22 min
              energy-conservation practice in a simulated laundry load: sorting seated, carrying the basket on the rollator seat, folding at the table; shower set-up with a shower chair and a long-handled sponge
            Why: COPD with weak arms and legs — short of breath halfway through her chores; wants to keep her own house in Auburn
            SBA throughout; 2 planned seated rests (5 unplanned rests at eval); reached both feet with the sponge
            Electronically signed by Lorena Vidal, OTR/L on 10/29/2026 11:45
            Harbor ROI Services · Req HR-2026-771620 · Page 1 of 1
            """,
            ["J44.9", "M62.81"], [OT("97530", 22)], []),

        // Sandhills faxed form TE 15 and manual 10 match; bike, step-ups, wall squats, SLR with doses; tibiofemoral glides, patellar mobs, STM; R knee OA and the tractor step; flexion degrees: passes.
        ["vord-h64-valentine-fax-te-manual-tractor-step"] = new(
            """
            OCT-29-2026 14:11  FROM: SANDHILLS RHC (402) 555-0147  TO: 18775550113  P.1/1
            SANDHILLS RURAL HEALTH CLINIC — Physical Therapy       PT DAILY NOTE       10/25/26
            TE 97110   15 min:  bike level 3; step-ups 6" 2 x 10; wall squats 2 x 10; SLR 3 lb 2 x 10
            Manual 97140   10 min:  R tibiofemoral AP glides; patellar mobs; STM to the R hamstring insertion
            R knee OA: stiff, weak quad (4/5); can't step up into the tractor without the grab handle
            R knee flex 112° → 118°
            C. Engebretsen, PT
            """,
            ["M17.11"], [PT("97110", 15), PT("97140", 10)], []),

        // Granite Peak Boise cerebellar stroke: "therapist one-on-one with pt"; ball-sitting rhythmic stabilization, heel-to-shin tracing, ladder stepping; truncal and L LE ataxia; k of 10 and SARA; 21 matches: passes.
        ["vord-h64-boise-cerebellar-ataxia"] = new(
            """
            GRANITE PEAK REHAB — Boise · Exhibit B-16 · page 11 of 15 · Member ID ██████████
            PT Daily Note · DOS 10/28/2026
            97112 — 21 min — therapist one-on-one with pt
              rhythmic stabilization at the trunk sitting on a ball; heel-to-shin tracing along a taped line, supine → sitting; slow controlled stepping into a floor ladder
            Deficit: truncal and L LE ataxia after a L cerebellar stroke; overshoots and wobbles on stepping
            Heel-to-shin on the line 6 of 10 without leaving the tape; SARA 12/40 (16 at eval)
            Electronically signed by Nadia Okonkwo, PT, DPT on 10/28/2026 15:40
            """,
            ["I69.393"], [PT("97112", 21)], []),

        // CRP Phenix City PTA gait 15 and TE 14 match; walker → cane with distance, stairs, SBA/CGA and cues; hip exercises with doses; R hip weakness and Trendelenburg after THA: passes.
        ["vord-h64-phenix-city-pta-gait-te-hip"] = new(
            """
            CHATTAHOOCHEE REHAB PARTNERS — Phenix City, AL · PTA Daily Note · Supervising PT J. Moss      CRP 006810
            Gait 97116 — 15 min: walker → cane, 3 x 150 ft; 4 steps with the rail; SBA level, CGA on the stairs; cues for R heel strike and an upright trunk
            TE 97110 — 14 min: bridges 2 x 12; standing hip abd 2 x 12; mini squats 2 x 10; heel raises 2 x 15
            R THA 6 wks: R hip weakness (abd 3+/5), R Trendelenburg, short L step
            Electronically signed by Tasha Greer, PTA on 10/26/2026 11:10
            Harbor ROI Services · Req HR-2026-771620 · Page 2 of 3
            """,
            ["Z96.641", "Z47.1"], [PTA("97116", 15), PTA("97110", 14)], []),

        // WVMC Sullivan OT 97110: tendon glides, putty, opposition, wrist work with doses; R hand OA with pill-bottle and fishing-rod limits; grip kg; 15 matches: passes.
        ["vord-h64-sullivan-ot-hand-oa"] = new(
            """
            WVMC — Outpatient Rehabilitation, Sullivan · OCCUPATIONAL THERAPY DAILY NOTE
            HIM copy · SMRC-26-3391 · Printed by: tcrane on 11/05/2026 13:30 · Page 1 of 1 · MRN WV0062287 · DOS 10/30/2026
            97110 — 15 min
              tendon glides 2 x 10; red putty pinch and grip 3 x 10; thumb opposition to each finger 2 x 10; wrist flexion/extension with 1 lb 2 x 12
            R hand OA — stiff, weak grip; can't open pill bottles or hold the fishing rod at Turtle Creek Reservoir
            Grip R 16 kg / L 24 kg
            Electronically signed by Renee Sutphin, OTR/L on 10/30/2026 10:40
            """,
            ["M19.041"], [OT("97110", 15)], []),

        // Bluestem Manhattan PTA 97110 after TKA: bike, quad sets, SAQ, step-ups, hamstring curls with doses; quad weakness and flexion with a stadium-steps goal; 18 matches: passes.
        ["vord-h64-manhattan-pta-te-stadium-steps"] = new(
            """
            BLUESTEM PHYSICAL THERAPY — Manhattan · PTA Daily Note · Supervising PT: R. Sorensen
            [TPE Round 1 · ADR log #0435 · page 1 of 2]
            Patient: [REDACTED]   DOS: 10/08/2026
            97110 — 18 min
              recumbent bike, full revolutions; quad sets 10 x 5-s hold; SAQ 4 lb 2 x 12; step-ups 6" 2 x 10; standing hamstring curls 3 lb 2 x 12
            R TKA 7 wks: quad weakness (4-/5), knee flexion 104°; wants to climb the stadium steps to their seats for K-State games
            Electronically signed by Mara Kettering, PTA on 10/08/2026 12:15
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 18)], []),

        // CRP LaGrange NMR 21 ("one-on-one, PT and pt") and TA 14 match; shelf perturbations, foam head turns, garden-hose step-overs; kneeling in a mock garden bed with CGA, watering-can carries with SBA; reactive stepping and proprioception; seconds and stage: passes.
        ["vord-h64-lagrange-nmr-ta-flower-beds"] = new(
            """
            CRP 005730 · CHATTAHOOCHEE REHAB PARTNERS — LaGrange, GA · PT Daily Note · Harbor ROI Services
            97112 — 21 min — one-on-one, PT and pt
              perturbations while reaching to a shelf; foam stance with head turns; stepping over a garden hose laid in curves
            97530 — 14 min
              kneeling in a mock garden bed and getting back up with a garden stool, x 4 with CGA; carrying a watering can 3 x 30 ft, SBA
            Deficits: slowed reactive stepping; decreased proprioception both ankles; can't get up from kneeling in her flower beds
            Foam with head turns 14 s; 4-Stage Balance stage 3
            Electronically signed by Whitney Cato, PT · 10/30/2026 14:55
            """,
            ["R26.81", "Z91.81"], [PT("97112", 21), PT("97530", 14)], []),

        // Sandhills Ainsworth OT 97530: coat and boots seated, the heavy door with a lunch pail, L hand as helper; L hemiparesis with the wife doing his boots before chores; min A → SBA and k of 3; 20 matches: passes.
        ["vord-h64-ainsworth-fax-ot-coat-and-boots"] = new(
            """
            NOV-02-2026 09:19A  SANDHILLS RHC AINSWORTH OUTREACH  (402) 555-0171   P. 5
            SANDHILLS RURAL HEALTH CLINIC — OT, Ainsworth outreach      OT DAILY NOTE 10/29/26
            Ther act 97530   20 min
              putting on his coat and boots seated, then standing to zip; opening the heavy clinic door and carrying his lunch pail through; wiping the table with the L hand as a helper
            L hemiparesis after a R stroke (2025): L hand weak and clumsy; his wife does his buttons and boots every morning before he feeds the cattle
            Boots on with a boot hook, min A → SBA; coat zipped 2 of 3 tries
            D. Kuhre, OTR/L
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // Granite Peak Twin Falls NMR 23 ("PT one-on-one with pt") and TE 15 match; EC foam, BOSU step-ons, pelvic perturbations; machines and step-ups with doses; neuropathic proprioception, lateral stepping and extensor weakness; seconds and Mini-BESTest: passes.
        ["vord-h64-twin-falls-nmr-te-canyon-rim"] = new(
            """
            GRANITE PEAK REHAB — Twin Falls · Exhibit B-17 · page 12 of 15 · Member ID ██████████
            PT Daily Note · DOS 10/29/2026
            97112 — 23 min, PT one-on-one with pt: eyes-closed stance on foam; stepping onto and off a BOSU; lateral perturbations at the pelvis
            97110 — 15 min: leg press 70 lb 3 x 10; hip abduction with band 2 x 15; step-ups 8" 2 x 10
            Deficits: decreased proprioception both feet (neuropathy); slow lateral stepping; hip and knee extensor weakness (4-/5)
            Foam EC 10 s; Mini-BESTest 20/28
            Wants to walk the canyon rim trail by the Perrine Bridge with his son.
            Electronically signed by Cody Larsen, PT on 10/29/2026 16:30
            """,
            ["G62.9", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // WVMC Brazil complete 97112 (one-on-one; rocker-board head turns, lateral lunges, line walking; ankle strategy and proprioception; seconds and feet) sent with no diagnosis.
        ["vord-h64-brazil-no-diagnosis"] = new(
            """
            WVMC — Outpatient Rehabilitation, Brazil · PT DAILY NOTE
            HIM copy · REQ R-26-09120 · Printed by: jkowalski on 11/04/2026 08:38 · Page 1 of 1 · MRN WV0060115 · DOS 10/06/2026
            97112 — 22 min — PT and pt one-on-one
              standing on a rocker board with slow head turns; lateral lunges to targets; walking heel-to-toe along the hall line
            Deficit: slow ankle strategy and decreased proprioception; drifts to the R on the line
            Rocker board EO 20 s; line walk 12 ft without a side-step
            Electronically signed by Dwight Hollis, PT on 10/06/2026 13:50
            """,
            [], [PT("97112", 22)], [Dx]),

        // Bluestem Topeka complete 97116 (rollator with distance and curb, cues, SBA/CGA; flexed posture, shuffling and scuff) with the old ICD-9 code 781.2 as its diagnosis: diagnosis not well formed.
        ["vord-h64-topeka-icd9-code"] = new(
            """
            BLUESTEM PHYSICAL THERAPY — Topeka · Daily Note · TPE Round 1 · ADR log #0438 · p. 1 of 1
            Patient: [REDACTED]   DOS: 10/09/2026
            97116 — 16 min
              rollator, 3 x 120 ft in the hall, then the curb at the front entrance x 4; cues for heel strike and standing tall; SBA level, CGA on the curb
            Flexed posture, short shuffling steps, R foot scuffs
            Electronically signed by Eli Brandt, PT on 10/09/2026 13:20
            """,
            ["781.2"], [PT("97116", 16)], [Dx]),

        // Generic two-code note under the ROI vendor's line ("Ther ex and neuro re-ed, 35 min total … Son present"): no technique, deficit or measure for either code, no one-on-one, no minutes for each.
        ["vord-h64-generic-two-codes-total-roi"] = new(
            """
            Harbor ROI Services · Request # HR-2026-771620 · CRP 005902
            Ther ex and neuro re-ed, 35 min total. Pt tolerated well. Son present. Continue POC.
            Electronically signed by Jalen Moss, PT · 10/31/2026 09:40
            """,
            ["R26.81"], [PT("97110", 13), PT("97112", 22)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),

        // Granite Peak Meridian OT "OT 97110 — 25 min" against a 14-min OT line: mismatch; wand, pulleys, band retraction, wall walks with doses; L shoulder stiffness after cuff repair with a pantry limit; AROM degrees complete.
        ["vord-h64-meridian-ot-te-time-differs"] = new(
            """
            GRANITE PEAK REHAB — Meridian · Exhibit B-18 · page 13 of 15 · Member ID ██████████
            OT Daily Note · DOS 10/30/2026
            OT 97110 — 25 min
              shoulder flexion with the wand 2 x 15; pulleys 2 x 15; scapular retraction with band 2 x 15; wall walks 2 x 10
            L shoulder stiffness and weakness after a rotator cuff repair (12 wks); can't reach the top shelf in the pantry
            L shoulder AROM flexion 125°, ER 35°
            Electronically signed by Sage Whitlock, OTR/L on 10/30/2026 09:55
            """,
            ["M75.102"], [OT("97110", 14)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
