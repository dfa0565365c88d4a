using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The eighty-third held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of notes that reached the billing export through paper and PDF — faxed and scanned
/// daily notes run through OCR, PDF-to-text copies of typed templates, and Word documents pasted into a billing
/// portal — written as the characters arrive, not as the page looked: OCR's l, I and O inside numbers and codes
/// ("l8", "2O min", "971l2", "Berg 4O/56", "09O2–0925"), "rn" for m ("rnin", "rninute"), a 1 for an l
/// ("concurrent1y"), zeros for the o's of "0ne-on-0ne", a word split at a line end ("one-on-" / "one"), two columns
/// read across (a MIN column beside an ASSESSMENT column, a Tinetti box beside the treatment), checkbox glyphs read
/// as [X], [x], ☒, X, ✓ and a tick read as "[v]"; PDF-to-text's practice header and patient line repeated at the
/// top of every page, "Page 1 of 2" footers, form feeds between pages, soft hyphens inside words and the ﬁ and ﬂ
/// ligatures; Word's curly quotes and apostrophes, ” for inches, ×, ½, ▪ and • bullets with tabs and tab-separated
/// tables — about two thirds ordinary and complete (66 of 102), single- and multi-code visits (97110, 97112, 97116,
/// 97140, 97530, up to three in a visit, a PT's and a PTA's code on one visit, a PT's and an OT's code on one
/// morning), by PTs, PTAs and OTs, from three sources:
/// <list type="number">
/// <item>a Rust Belt hospital's outpatient clinics that still fax ("Upper Ohio Valley Medical Center — Outpatient
/// Rehab": Steubenville (Sunset Blvd), Wintersville, Mingo Junction and Toronto, Ohio, and Weirton (Cove Rd) and
/// Wellsburg, West Virginia): a paper daily-note form faxed from each site to the hospital's patient financial
/// services and OCR'd off the fax server — a "Received … via RightFax" line, all-caps labels, "TX TYPE: [X]
/// Individual (1:1) [ ] Concurrent [ ] Group" rows, CPT / DESCRIPTION / MIN tables, ASSIST, DEVICE and DISTANCE
/// rows, dotted leaders and clock ranges per code: a retired tin-mill crane operator with Parkinson's disease, a
/// Greek-speaking coke-plant retiree whose daughter translates, an Ohio River towboat deckhand, a power-plant
/// electrician pulling cable in the trays, hillside steps in the North End and a backward fall on Marland Heights,
/// the bus step, the Easy Street room, the Step360, the HUR SmartBalance and the Eccentron, a jon boat, a church
/// pierogi table and a pew at Sunday Mass, the hospital's "Steel Valley Back School";</item>
/// <item>a rural practice that types its notes in a Word template, prints them and signs them in ink ("Pine Creek
/// Valley Physical Therapy": Wellsboro, Mansfield and Galeton in Tioga and Potter Counties and Coudersport,
/// Pennsylvania), the Word text pasted into the billing portal and, once, a scanned copy OCR'd — first names and
/// first-person prose, "Signed (ink) — …" lines, a "One-on-one with PT: ☐ Yes ☐ No" row, "X Individual", a blank
/// "Outcome measure: ____" line, CPT | Service | Minutes tables in tabs: dairy farmers in tie-stall barns (milker
/// units, the cow alley, a milking stool, a haymow ladder, heifers fed on the ice), a timber faller and a logger with
/// a foot drop, a trapper, a fall from a tree stand in deer season and a bear hunter's trimalleolar fracture, a maple
/// producer in the sugarbush, a fall off a hay wagon, a university cross-country runner, the Grange hall, a
/// clothesline, a homemade 2×6-on-a-pipe rocker, Urban Poling poles and Jump Stretch bands;</item>
/// <item>a billing company that converts its clients' PDF notes and their referral sources' PDFs to text ("North
/// Coast Therapy Billing", Elyria, Ohio) for "Black River Orthopedic &amp; Sports PT" (Lorain, Elyria, Amherst and
/// Avon Lake, Ohio) and "Harbor Town Rehab" (Ashtabula, Conneaut and Geneva, Ohio) — headers and patient lines
/// repeated after each page break, "Page n of n" footers, ☒ / ☐ delivery, impairment and service rows, a
/// flowsheet with a ✓ Done column, "[ 15 ] min" boxes, one code's minutes in two parts across a page break: a
/// tow-motor driver at the Avon Lake plant, tube-mill workers, an ice fisherman off the Lorain pier, a Slovenian-hall
/// polka dancer, an Ashtabula harbor dock worker on the Prowler sled, a Conneaut rail-yard car inspector, a Geneva
/// vineyard pruner and a grape-harvester fall, a church organist, a walleye charter captain, a school custodian,
/// the Shelbourne ACL protocol, RockBlades, the Theraband Stability Trainer and the Airex balance beam.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract to the note as its
/// characters read — the noise is in the characters, never in the meaning:
/// <list type="bullet">
/// <item>class 1 (v1-h83-…): one-on-one in these writers' own words ("Pt was seen one-on-" / "one by this PT for
/// all of the NMR; no other pt on the PT's schedule" split at the line end, an OCR'd "Seen 0ne-on-0ne w/ PT; no
/// concurrent pts", "Earl had me to himself for the whole neuro re-ed — no one else on my book that hour",
/// "therapist : patient 1 : 1 for the entire neuromuscular re-education" with a soft hyphen in it, "Just the two of
/// us in the gym for the whole NMR block", "Direct 1:1 contact w/ the PT every rninute of the 97112", an OT's "she
/// was the only client scheduled in that hour"), notes that negate it (the NMR done "concurrent1y" with the 10:30
/// TKA patient on the next mat, a sister-in-law who is also a patient doing the same foam and step work side by
/// side, a PTA's balance group of three) or never state it (a daughter translating, a two-page PDF that says
/// nothing of delivery), and the codes without a one-on-one check (only 97112 is the one-on-one code in the shipped
/// medicare profile): a PTA's 97116 with two patients walking the corridor and a PTA's 97110 alternating between
/// two mats;</item>
/// <item>class 2 (v2-h83-…): checkbox and form-field states as OCR, Word and PDF leave them: an OCR'd "[X]
/// Individual (1:1)", a tick read as "[v] 1:1 w/ therapist", "[x] Concurrent", a Word "One-on-one with PT: ☐ Yes
/// ☐ No" with neither ticked, a scanned "X Individual — PT with pt only", a PDF impairment row ticked (☒
/// Proprioception ☒ Postural control) as the deficit and one with nothing ticked, "Outcome measure: ____ Score:
/// ____" left blank with no other number, ASSIST / DEVICE / DISTANCE rows on a 97116, a flowsheet with a ✓ Done
/// column, "[ 15 ] min" boxes for two codes, a MIN cell left blank for the second of two codes, and a "Services
/// provided today: ☒ Therapeutic exercise (97110)" row as a note's only content;</item>
/// <item>class 3 (v3-h83-…): named protocols, programmes and devices as techniques (the Step360 perturbation
/// platform, the Eccentron, the Easy Street room, the Shelbourne accelerated ACL protocol, RockBlades IASTM, Jump
/// Stretch bands, Urban Poling ACTIVATOR poles, the Theraband Stability Trainer and the Airex balance beam, a Prowler
/// sled, a thoracic "pistol" thrust), the hospital's "Steel Valley Back School" with no dose and a HUR SmartBalance
/// session with no deficit;</item>
/// <item>class 4 (v4-h83-…): deficits stated as findings in the patients' own terms (hillside steps she has to sit
/// down halfway up, a deckhand who can't keep his footing on a moving deck, a dairy farmer who can't squat to the
/// milker units, a logger whose toe catches on roots and slash, an ice auger he can't crank, freezing in doorways, a
/// walker that bumps the left doorframe, a polka pivot on a new knee, an octave an organist can't span) and notes
/// that state none (a re-assessment with "no deficits identified. All goals met.", "Problem list: see the evaluation
/// (faxed separately)");</item>
/// <item>class 5 (v5-h83-…): measures in their usual forms (OCR'd Berg and TUG digits, a Tinetti box read across
/// the treatment column, five-times sit-to-stand and gait speed, goniometry with ligatures, a 10-meter walk with
/// distance and assistance, tabbed Jamar and wrist lines, Functional Reach and a 30-second chair stand, a Purdue
/// Pegboard) and notes with none ("steadier on the foam than last week" with only the PDF's page footer beside the
/// code and its minutes, "pt reports feeling steadier on the hill", "did well getting in and out of the truck
/// today", "gait pattern looks better today, less limp");</item>
/// <item>class 6 (v6-h83-…): minutes in their usual forms (an OCR'd dotted leader "971l2 … I8 rnin", a Word table
/// in tabs, a MIN column read across two columns, two codes on either side of a PDF page break, one code's minutes
/// in two parts across a page break, OCR'd clock ranges per code, a PT's and a PTA's code on one visit, a PT's and
/// an OT's code on one morning) and true mismatches (an OCR'd "3O rnin" against 18, manual therapy 25 against 12 in
/// a tabbed table, a PTA's gait 28 against 15) and truly missing separate time (MIN cells blank under a total only,
/// a second page's code with no minutes, units with no minutes);</item>
/// <item>class 7 (v7-h83-…): empty notes — a blank fax page, a scanned PDF with no text layer that converted to form
/// feeds alone, an empty PTA gait note with no diagnosis (DOC_NOTE_MISSING on each profiled line, nothing else but
/// the diagnosis check) — the contract's meanings for 97110 (wall sits, step-ups and curls for a haymow ladder),
/// 97530 (floor recovery, porch steps and a church pew), 97140 (hip distraction and glides) and 97116 (walker to
/// cane, a curb, a ramp and gravel after a hip ORIF), and wholly generic 97112, 97110 + 97530 and 97530
/// notes;</item>
/// <item>ordinary (vord-h83-…): complete notes of the three sources that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (715.36), a PTA's exercise
/// time that differs, an OT's time that differs, a two-code note whose only content is "see flowsheet (not
/// attached)".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. The noise is read as a reviewer reads it: an l, an I or an O inside a number or a code is a 1 or
/// a 0 ("l8 rnin" is 18 minutes, "971l2" is 97112, "3O" is 30, "09O2" is 0902), "rn" is an m, a word split at a line
/// end is one word, a soft hyphen or a ligature is the letters around it, a tick read as "[v]" or an X before a
/// label is a ticked box, a figure in a column read across belongs to its row, and a repeated header, a footer, a
/// page number and a form feed are page furniture, not content — a note of form feeds alone is empty. This set's
/// notes carry numbers that are not the code's — fax receipt times and page counts, a form number, dates of
/// service, ages, herd sizes and tap counts, steps up to a porch or a hillside lot, step, box and bus-step heights,
/// loads, a route number, spinal and rib levels, post-operative days and weeks, a protocol's phase and week, grades
/// of mobilization, the year of a diagnosis, the time of another patient's appointment — and each is written so that
/// a reviewer cannot take it for a code's minutes; the notes failed for want of a measure carry no number but their
/// code's, its minutes and, once, the PDF copy's "Page 1 of 1"; no note gives minutes to an exercise, a test, a
/// rest, a hot pack or a drive.
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
/// documentation profile (hot packs, electrical stimulation, traction, cardiac rehabilitation and evaluations stay
/// in the notes, never on a line).
/// This set also leaves out an OCR error that destroys the only carrier of a required element or that reads two
/// ways (a 5 read as an S, a figure half lost at the fax's edge), a checkbox
/// glyph that could be a tick or a smudge, a handwritten margin note the OCR dropped, two columns read across so
/// that a figure could belong to either of two codes, a fax's missing page or another patient's page in a PDF as a
/// note's only gap, a diagnosis code mangled by the OCR or the conversion, a fax receipt or signature time as a
/// code's minutes, and whether an ink-signed, unsigned, faxed or converted copy is a valid record (a records
/// question, not the note's).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 95 of 102 cases agree (100 needed), and 6 of the 66 notes the reviewer passes got a finding, on the analyzer of 348bd96 (the start of the 2026-12-06 thirteenth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 97 of 102, 4 false positives — one-on-one in these writers' words ("Earl had me to himself for the whole neuro re-ed"), the Purdue Pegboard as a measure (a vocabulary helper who had not written the set). Left: numbers garbled by OCR — "l4 min", "1l min", a MIN column's "l5" and "l2", "09O2–0925", "3 of l0" — are not read as numbers (the tokens are read as written; reading them as digits would change the fingerprints stored for such notes), so four notes a reviewer passes get DOC_SEPARATE_TIME_MISSING and one a missing measure; both facts are skipped with that reason; no case edited.</para>
/// <para>Later (2026-12-06, fourteenth session): 102 of 102, no false positive — numbers garbled by OCR are read as their digits where their place says they are numbers ("l4 min", "1l min", "3 x l2", "l48°", a clock range "09O2–0925", a value under a MIN heading), or anywhere in a note with one such; the fingerprint is still taken from the text as written. Both facts unskipped.</para>
/// </summary>
public class HeldOutNotesIssue18EightyThirdTests(ITestOutputHelper output)
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

        // UOVMC Wintersville faxed form, OCR'd: "seen one-on-" / "one by this PT … no other pt on the PT's schedule" split at the line end; foam head turns, perturbed step-ups, rocker board eyes closed; L LE proprioception and postural control; SLS and Berg; "22 rnin" matches: passes.
        ["v1-h83-uovmc-wintersville-one-on-one-split-at-line-end"] = new(
            """
            Received 03/04/2026 04:52 PM via RightFax -> UOVMC PFS   Pg 1 of 1
            UPPER OHIO VALLEY MEDICAL CENTER · OUTPATIENT REHAB · WINTERSVILLE
            DAILY TREATMENT NOTE (PT)   form OR-114
            Pt: 78 y/o F, lives on a hillside lot in Steubenville's North End; walks the brick sidewalk to church.
            S: "My left knee feels like it's gonna go." No falls since last visit.
            97112 NEUROMUSCULAR RE-ED — 22 rnin. Pt was seen one-on-
            one by this PT for all of the NMR; no other pt on the PT's schedule.
            - SLS on foam w/ head turns, L then R
            - step-ups onto 6" step w/ PT perturbations at the pelvis
            - lateral wt shifts on the rocker board, eyes closed
            O: SLS L 4 sec / R 1l sec; Berg 44/56 (4l/56 at IE)
            A: impaired L LE proprioception & postural control — sways & catches her toe on the uneven brick sidewalk
            P: cont per POC, progress to step-downs.
            """,
            ["M17.12", "R26.81"], [PT("97112", 22)], []),

        // UOVMC Weirton, OCR'd "Seen 0ne-on-0ne w/ PT; no concurrent pts" (zeros for o's); large-amplitude stepping to floor targets, counted turning, standing rhythmic stabilization; postural instability with retropulsion and festination on turns; pull-test steps and turn seconds; 21 matches: passes.
        ["v1-h83-uovmc-weirton-zero-for-o-parkinson"] = new(
            """
            UOVMC OUTPATIENT REHAB — WEIRTON (COVE RD)          DAILY NOTE          PAGE l OF l
            PT: retired Weirton Steel tin-mill crane operator, 74, Parkinson's dx 2019. Wife drives him.
            97112 NMR  21 min   Seen 0ne-on-0ne w/ PT; no concurrent pts.
            - large-amplitude stepping to colored floor targets, fwd / side / back
            - turning practice around a cone w/ counted cadence (PT counting aloud)
            - rhythmic stabilization in standing, PT alternating pushes at the shoulders & pelvis
            A: postural instability w/ retropulsion; festinates on turns & in the narrow hall to the bathroom
            O: pull test — 3 steps back to recover (5 at IE); 360° turn 7.2 sec to L, 8.l sec to R
            """,
            ["G20.A1"], [PT("97112", 21)], []),

        // Pine Creek Wellsboro Word note: "Earl had me to himself for the whole neuro re-ed — no one else on my book that hour"; foam eyes closed with head turns, tandem on a flat 2×4, hose step-overs; somatosensory loss in both feet; monofilament sites and tandem seconds; 23 matches: passes.
        ["v1-h83-pine-creek-had-me-to-himself"] = new(
            """
            Pine Creek Valley Physical Therapy — Wellsboro
            Daily Note · Earl D.
            Earl milks 60 head in a tie-stall barn off Route 287; his feet have been numb for years (diabetes) and he’s gone down twice in the cow alley this winter.
            Neuromuscular re-education (97112) — 23 min. Earl had me to himself for the whole neuro re-ed — no one else on my book that hour.
            ▪	standing on the foam pad, eyes open → eyes closed, then turning his head like he’s checking the cows behind him
            ▪	tandem walking along a 2×4 laid flat on the floor, forward and back
            ▪	stepping over a hose laid across the hallway without looking down
            Problem: loss of protective sensation in both feet — a somatosensory deficit; he widens his stance and still sways in the dark barn.
            Objective: monofilament (5.07) absent at 6 of 10 sites on each foot; tandem stance 9 sec eyes open, 2 sec eyes closed.
            Signed in ink on the printed copy — R. Hakes, PT
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // Black River Amherst PDF: "Service delivery: individual; therapist : patient 1 : 1 for the entire neuro-muscular re-education (97112), 19 minutes" with a soft hyphen; Y-balance reaching, hop-to-stabilize on the Airex, figure-8 walking with ball toss; R ankle proprioceptive deficit (ligature "deﬁcit"); Y-balance composite: passes.
        ["v1-h83-blackriver-pdf-therapist-patient-one-to-one"] = new(
            """
            Black River Orthopedic & Sports PT · Amherst, OH
            Patient: KOWALCZYK, STEVEN · DOS 03/04/2026
            Daily Treatment Note
            Service delivery: individual; therapist : patient 1 : 1 for the entire neuro­muscular re-education (97112), 19 minutes.
            Interventions
            • Y-balance reaching, anterior / posteromedial / posterolateral, R stance
            • single-leg hop to stabilize on the Airex, 3-sec stick
            • lateral ﬁgure-8 walking around cones with a ball toss
            Assessment: R ankle proprioceptive deﬁcit and delayed peroneal reaction after the inversion sprain; rolls the ankle stepping down off the tow motor at the Avon Lake plant.
            Objective: Y-balance composite R 84% / L 93% of limb length
            Black River Orthopedic & Sports PT · Page 1 of 1
            """,
            ["S93.401D"], [PT("97112", 19)], []),

        // Harbor Town Ashtabula PDF: "Just the two of us in the gym for the whole NMR block — no other patient on the floor"; VOR x1 firm to foam, head-turn hallway walking, saccades; L vestibular hypofunction after neuritis; DVA lines and head-turn walk seconds; 20 matches: passes.
        ["v1-h83-harbor-town-just-the-two-of-us"] = new(
            """
            HARBOR TOWN REHAB — Ashtabula
            Patient: LINDQVIST, KAREN      DOS: 03/04/2026
            Neuromuscular re-education (97112): 20 min
            Just the two of us in the gym for the whole NMR block — no other patient on the floor.
            – VOR x1 with the letter card, seated → standing on ﬁrm → standing on foam
            – walking the hall with head turns to read cards taped on either wall
            – saccades between two targets, standing, feet together
            Assessment: L vestibular hypofunction after vestibular neuritis — the letters jump when she turns her head; veers on head turns
            DVA: 4 lines lost (6 at eval); 10 m walking with head turns in 11.2 s
            Harbor Town Rehab · Ashtabula · Conneaut · Geneva                    Page 1 of 1
            """,
            ["H81.22"], [PT("97112", 20)], []),

        // UOVMC Toronto, OCR'd: "Pt did the NMR concurrent1y w/ the l0:30 TKA pt on the next mat; PT alternating between the 2": another patient in the block; Airex tandem with ball toss, perturbed step-ups, heel-to-toe on the line; R LE proprioception and sway; tandem seconds and FGA present: one-on-one missing.
        ["v1-h83-uovmc-toronto-concurrent-with-the-tka-pt"] = new(
            """
            UOVMC OUTPATIENT REHAB · TORONTO, OH · DAILY NOTE
            97112 NMR — 24 min. Pt did the NMR concurrent1y w/ the l0:30 TKA pt on the next mat; PT alternating between the 2.
            - tandem stance on the Airex w/ ball toss
            - fwd / lateral step-ups to 8" box w/ perturbations
            - heel-to-toe walk along the tape line, eyes up
            A: impaired R LE proprioception & postural sway after R TKA; unsteady stepping off the curbs on Main St
            O: tandem stance on Airex R fwd 7 sec; FGA 19/30
            """,
            ["Z96.651", "R26.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Pine Creek Galeton: "her sister-in-law Marlene, who is also on my schedule … did the same foam and step work side by side and I coached them both": another patient in the block; foam stance, perturbed step-downs, foam marching; postural control and ankle strategy; Four Square and foam seconds present: one-on-one missing.
        ["v1-h83-pine-creek-sister-in-law-side-by-side"] = new(
            """
            Pine Creek Valley Physical Therapy — Galeton
            Daily Note · Bev S.
            Bev came in with her sister-in-law Marlene, who is also on my schedule for her right knee; the two of them did the same foam and step work side by side and I coached them both.
            Neuromuscular re-education (97112) — 20 min
            •	foam-pad stance, feet together, eyes closed
            •	forward and lateral step-downs off a 4” step with my hand perturbations at the hip
            •	marching in place on the foam, slow
            Why: poor postural control and a slow ankle strategy on the left; she caught her toe and fell on the church steps last month.
            Measured: Four Square Step Test 14.8 sec; foam stance, eyes closed, 12 sec
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Black River Elyria PDF, PTA: "Delivery: group — 3 patients, 1 PTA (balance group, Tue/Thu)": not one-on-one; beam tandem with head turns, foam SLS with a med-ball pass, clock stepping; postural control and proprioception after the ankle ORIF; foam SLS seconds present: one-on-one missing.
        ["v1-h83-blackriver-pdf-pta-balance-group-of-three"] = new(
            """
            Black River Orthopedic & Sports PT · Elyria
            Patient: SANTIAGO, MIGUEL · DOS 03/04/2026
            Delivery: group — 3 patients, 1 PTA (balance group, Tue/Thu)
            Neuromuscular re-education (97112), PTA, 22 minutes
            • tandem walking on the balance beam with head turns
            • single-leg stance on foam with a medicine-ball pass around the circle
            • clock stepping to cones, eyes closed on the return
            Assessment: impaired postural control and proprioception after the R ankle ORIF; unsteady on the stairs at the tube plant
            Objective: single-leg stance on foam R 6 s / L 19 s
            Page 1 of 1
            """,
            ["S82.61XD"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // UOVMC Steubenville: Greek-speaking coke-plant retiree, "daughter present and translating", nothing states one-on-one; foam sit-to-stand with perturbation, reaching outside the base, released-lean stepping drill; delayed stepping response and postural control; TUG and reach present: one-on-one missing.
        ["v1-h83-uovmc-steubenville-daughter-translating-never-stated"] = new(
            """
            UOVMC OUTPATIENT REHAB · STEUBENVILLE (SUNSET BLVD)
            DAILY TREATMENT NOTE
            Pt 81 y/o M, Greek-speaking, retired from the Follansbee coke plant; daughter present and translating.
            97112 NMR 18 min
            - sit-to-stand on foam, eyes closed, w/ PT perturbation at the trunk
            - lateral reach out of the base of support to targets
            - stepping-strategy drill: PT releases him from a lean, pt steps to recover
            A: delayed stepping response & poor postural control; 2 falls in the kitchen this winter
            O: TUG l6.4 sec; functional reach 6 in
            """,
            ["R29.6", "R26.81"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // Harbor Town Conneaut PDF across two pages (header repeated after a form feed), rail-car inspector after a tibial plateau fracture: nothing about delivery anywhere; PNF LE patterns, half-roll rhythmic stabilization, head-turn walking on crushed stone; L knee and ankle proprioception; half-roll SLS present: one-on-one missing.
        ["v1-h83-harbor-town-two-pages-never-stated"] = new(
            """
            HARBOR TOWN REHAB — Conneaut
            Patient: BRANNIGAN, DALE · DOS 03/04/2026
            Daily Note — neuromuscular re-education (97112), 21 min
            Mr. Brannigan inspects rail cars at the Conneaut yard; he has to climb the car ladders and walk the ballast all shift.
            – PNF D1 / D2 lower-extremity patterns with manual resistance, L
            – standing on the half foam roll, rhythmic stabilization at the pelvis
            Harbor Town Rehab                                                   Page 1 of 2
            HARBOR TOWN REHAB — Conneaut
            Patient: BRANNIGAN, DALE · DOS 03/04/2026 · continued
            – walking on the crushed-stone path outside with head turns
            Assessment: L knee and ankle proprioceptive deficit after the tibial plateau fracture; the L leg “goes wobbly” on the ballast
            Objective: SLS on the half roll L 5 s / R 22 s
            Harbor Town Rehab                                                   Page 2 of 2
            """,
            ["S82.142D"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // UOVMC Weirton, OCR'd, PTA gait with a new transtibial prosthesis "walked the corridor alongside another pt of the PTA's — 2 pts, PTA supervising both": 97116 has no one-on-one check; equal-step and weight-acceptance cues, corridor distance, ramp; short prosthetic stance; SBA and distance; "l6 rnin" matches: passes.
        ["v1-h83-uovmc-weirton-pta-gait-two-in-the-corridor-97116"] = new(
            """
            UOVMC OUTPATIENT REHAB — WEIRTON (COVE RD) · DAILY NOTE
            97116 GAIT TRAINING  l6 rnin   (PTA; walked the corridor alongside another pt of the PTA's — 2 pts, PTA supervising both)
            - new R transtibial prosthesis w/ SPC: cues for equal step length & full wt acceptance on the prosthesis
            - 3 x l5O ft on the tile corridor, l x the carpeted lobby
            - ramp up / down at the front entrance w/ SPC
            A: short R prosthetic stance time w/ trunk lean over the prosthesis; vaults on the L
            O: SBA w/ SPC on level surfaces; CGA on the ramp
            """,
            ["Z89.511"], [PTA("97116", 16)], []),

        // Pine Creek Mansfield PTA: "Howard did his exercise on the mat while I alternated between him and another patient on the next mat": 97110 has no one-on-one check; SLR, bridges, chair rises, heel raises with doses; R quad and hip extensor weakness after the TKA with a tractor-seat goal; 18 matches: passes.
        ["v1-h83-pine-creek-pta-alternating-mats-97110"] = new(
            """
            Pine Creek Valley Physical Therapy — Mansfield
            Daily Note · Howard P. · PTA note
            Howard did his exercise on the mat while I alternated between him and another patient on the next mat.
            Therapeutic exercise (97110) — 18 min
            ▪	straight-leg raise 3 × 10, 2 lb
            ▪	bridges 3 × 12
            ▪	sit-to-stand from the 18” chair 3 × 8, no hands
            ▪	heel raises at the counter 2 × 15
            Purpose: R quadriceps and hip extensor weakness after the R total knee; goal — get down off the tractor seat without pushing on the fender
            Signed (ink) — J. Whitmire, PTA
            """,
            ["Z96.651", "M62.81"], [PTA("97110", 18)], []),

        // UOVMC Wellsburg, OCR'd: "Direct 1:1 contact w/ the PT every rninute of the 97112 (20 min); no other pt seen"; PNF pelvic patterns, mirror weight shifts onto the L, facilitated stepping; L hemiparesis with poor hip recruitment; scale percentage and Berg: passes.
        ["v1-h83-uovmc-wellsburg-direct-contact-every-minute"] = new(
            """
            UOVMC OUTPATIENT REHAB · WELLSBURG, WV · DAILY NOTE
            Direct 1:1 contact w/ the PT every rninute of the 97112 (20 min); no other pt seen.
            - PNF pelvic patterns (ant. elevation / post. depression) in sidelying, L
            - standing wt shifts onto the L LE w/ tactile cues at the L hip, mirror feedback
            - facilitated stepping, R swing over a L stance, PT guiding at the pelvis
            A: L hemiparesis after R MCA CVA — impaired motor recruitment of the L hip extensors & abductors; won't shift wt onto the L
            O: L LE wt bearing 38% of body wt on the two scales; Berg 39/56
            """,
            ["I69.354"], [PT("97112", 20)], []),

        // Harbor Town Geneva OT PDF: "OT treated Mrs. Marsh alone in the hand room; she was the only client scheduled in that hour"; graded textures vision occluded, rice-bin object recognition, moving-touch localization; diminished ulnar-digit sensation after transposition; 2PD mm; 18 matches: passes.
        ["v1-h83-harbor-town-ot-only-client-that-hour"] = new(
            """
            HARBOR TOWN REHAB — Geneva · Occupational Therapy
            Patient: MARSH, DOLORES · DOS 03/04/2026
            OT 97112 sensory re-education — 18 min. OT treated Mrs. Marsh alone in the hand room; she was the only client scheduled in that hour.
            • graded texture discrimination, vision occluded: sandpaper, corduroy, velvet
            • object recognition in a rice bin — coins, a key, a paper clip
            • moving-touch localization along the ulnar border of the hand
            Deﬁcit: diminished sensation of the R ring and small ﬁngers after the ulnar nerve transposition
            Two-point discrimination, small ﬁnger 9 mm (12 mm at eval)
            Page 1 of 1
            """,
            ["G56.21"], [OT("97112", 18)], []),

        // ---------------------------------------------------------------- class 2: checkbox and form-field states as OCR, Word and PDF leave them

        // UOVMC Steubenville OCR'd "TX TYPE: [X] Individual (1:1) [ ] Concurrent [ ] Group [ ] Co-tx" and "CPT: 97112 MIN: 23"; x1 viewing seated to standing, head-turn habituation walking, foam head nods; R vestibular hypofunction with a steep-driveway finding; DGI and foam seconds: passes.
        ["v2-h83-uovmc-bracket-x-individual"] = new(
            """
            UOVMC OUTPATIENT REHAB · STEUBENVILLE · DAILY TREATMENT NOTE
            TX TYPE:  [X] Individual (1:1)   [ ] Concurrent   [ ] Group   [ ] Co-tx
            CPT: 97112   MIN: 23
            INTERVENTIONS: gaze stabilization x1 viewing, seated → standing; habituation — quick head turns walking the hall; standing on foam w/ eyes closed, head nods
            ASSESSMENT: R peripheral vestibular hypofunction — dizzy turning to back the car out of her steep driveway; unsteady on uneven ground
            OBJECTIVE: DGI l7/24; foam EC 9 sec
            """,
            ["H81.91"], [PT("97112", 23)], []),

        // UOVMC Mingo Junction OCR'd tick read as "[v] 1:1 w/ therapist [ ] Co-treat [ ] Group"; heel-to-shin tracing, finger-to-target reaching, tandem in the bars; L limb ataxia and timing after a cerebellar infarct; SARA and tandem steps; 19 matches: passes.
        ["v2-h83-uovmc-tick-read-as-v-in-the-box"] = new(
            """
            UOVMC OUTPATIENT REHAB · MINGO JUNCTION · DAILY NOTE
            [v] 1:1 w/ therapist     [ ] Co-treat     [ ] Group
            97112 NMR ......... 19 min
            - heel-to-shin tracing along a taped line, supine then sitting
            - finger-to-target reaching standing at the counter, slow → fast
            - tandem walking in the parallel bars w/ light touch
            ASSESSMENT: L limb ataxia & impaired timing of LE placement after the L cerebellar infarct
            OBJECTIVE: SARA l2/40; 6 tandem steps in a row w/out stepping off
            """,
            ["I69.393"], [PT("97112", 19)], []),

        // UOVMC Wintersville OCR'd "[ ] Individual (1:1) [x] Concurrent [ ] Group": not one-on-one; rocker board eyes closed, step-and-reach, shoe-box obstacle course; ankle and hip strategy, postural control; Berg and TUG present: one-on-one missing.
        ["v2-h83-uovmc-concurrent-box-ticked"] = new(
            """
            UOVMC OUTPATIENT REHAB · WINTERSVILLE · DAILY NOTE
            TX TYPE:  [ ] Individual (1:1)   [x] Concurrent   [ ] Group
            97112 NMR — 22 min
            - standing on the rocker board A/P & M/L, eyes open → closed
            - step-and-reach to targets on the floor
            - obstacle course: stepping over shoe boxes & around cones
            ASSESSMENT: poor ankle & hip strategy, impaired postural control — fell off the back porch step in January
            OBJECTIVE: Berg 43/56; TUG l3.9 sec
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Pine Creek Coudersport Word row "One-on-one with PT: ☐ Yes ☐ No" with neither ticked and nothing else about delivery; PNF D2 with rhythmic stabilization, ball quadruped perturbations, eyes-closed repositioning; R shoulder position sense after a tree-stand dislocation; error degrees and CKCUEST present: one-on-one missing.
        ["v2-h83-pine-creek-yes-no-row-neither-ticked"] = new(
            """
            Pine Creek Valley Physical Therapy — Coudersport
            Daily Note · Walt H.
            One-on-one with PT:   ☐ Yes   ☐ No
            Neuromuscular re-education (97112) — 21 min
            ▪	PNF D2 flexion and extension of the right arm with manual resistance, rhythmic stabilization at 90°
            ▪	quadruped over the therapy ball, weight on the right hand, small perturbations
            ▪	eyes-closed repositioning of the right arm to a target
            Problem: right shoulder joint position sense and dynamic stability after the dislocation — he fell out of his tree stand in deer season
            Measured: repositioning error at 90° flexion 7°; CKCUEST 15 touches
            Signed (ink) — D. Chilson, PT
            """,
            ["S43.004D"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Black River Lorain PDF "Delivery: ☒ Individual (one-on-one)" and "Impairments addressed: ☒ Proprioception ☒ Postural control ☐ …" as the deficit; rocker-board perturbation training, Airex SLS catches, lateral step-downs; foam seconds and valgus count; 20 matches: passes.
        ["v2-h83-blackriver-impairment-boxes-ticked"] = new(
            """
            Black River Orthopedic & Sports PT · Lorain
            Patient: REYES, ANA L. · DOS 03/04/2026
            Delivery:  ☒ Individual (one-on-one)   ☐ Group
            Impairments addressed:  ☒ Proprioception   ☒ Postural control   ☐ Vestibular   ☐ Coordination   ☐ Sensation
            Neuromuscular re-education (97112) — 20 min
            • perturbation training on the rocker board, A/P and M/L
            • single-leg stance on the Airex catching a weighted ball
            • lateral step-downs from a 6-inch step, eyes up
            Objective: single-leg stance on foam L 8 s (R 24 s); 5 of 10 step-downs without knee valgus
            Black River Orthopedic & Sports PT · Page 1 of 1
            """,
            ["S83.512D"], [PT("97112", 20)], []),

        // Harbor Town Ashtabula PDF "Impairments addressed: ☐ Proprioception ☐ Postural control ☐ Vestibular ☐ Coordination ☐ Motor control" with none ticked and no deficit or region anywhere; "☒ one-on-one"; rocker board, hurdles, half-kneel with perturbations; seconds and counts: deficit missing.
        ["v2-h83-harbor-town-impairment-boxes-none-ticked"] = new(
            """
            HARBOR TOWN REHAB — Ashtabula
            Patient: HOLLIS, GENE · DOS 03/04/2026
            Delivery:  ☒ one-on-one, therapist and patient only
            Impairments addressed:  ☐ Proprioception   ☐ Postural control   ☐ Vestibular   ☐ Coordination   ☐ Motor control
            Neuromuscular re-education (97112): 19 min
            – standing on the rocker board, eyes open then closed
            – stepping over hurdles, forward and sideways
            – half-kneel to stand on the mat, PT perturbations at the shoulders
            Objective: rocker board eyes closed 11 s without an edge touch; 8 of 10 hurdle steps clean
            Harbor Town Rehab                                                   Page 1 of 1
            """,
            ["R26.81"], [PT("97112", 19)], [At(Deficit, "97112")]),

        // Pine Creek Wellsboro "Outcome measure: ____ Score: ____" left blank and no number in the note but the code's; one-on-one in words; foam weight shifts eyes closed, released-lean stepping, tight turns with a stop; postural control and slow stepping reaction: measure missing.
        ["v2-h83-pine-creek-outcome-measure-line-blank"] = new(
            """
            Pine Creek Valley Physical Therapy — Wellsboro
            Daily Note · Irene T.
            I treated Irene by herself — one-on-one, start to finish.
            Neuromuscular re-education (97112)
            ▪	weight shifts on the foam pad, forward-back and side to side, eyes closed
            ▪	stepping-strategy practice: I release her from a forward lean and she steps to catch herself
            ▪	turning in a tight circle both directions, stopping on my cue
            Problem: poor postural control with a slow stepping reaction; she fell reaching up to the clothesline
            Outcome measure: ____________   Score: ________
            Signed (ink) — R. Hakes, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // UOVMC Steubenville OCR'd gait form, "ASSIST: … [X] CGA", "DEVICE: [X] RW", "DISTANCE: 2 x 9O ft + l x 4O ft", "MIN l4"; step-through pattern with heel-strike and trunk cues, doorway turns; flexed trunk, short R step and foot drag after the L CVA: passes.
        ["v2-h83-uovmc-assist-and-device-rows-97116"] = new(
            """
            UOVMC OUTPATIENT REHAB · STEUBENVILLE · GAIT
            CPT 97116   MIN l4
            ASSIST:  [ ] Max  [ ] Mod  [ ] Min  [X] CGA  [ ] SBA  [ ] Indep
            DEVICE:  [X] RW   [ ] SPC   [ ] Quad cane   [ ] None
            DISTANCE: 2 x 9O ft + l x 4O ft
            INTERVENTIONS: gait training w/ RW, step-through pattern, cues for R heel strike & an upright trunk; turning in the doorway of the bathroom mock-up
            DEVIATIONS: flexed trunk, short R step, R foot drags as he tires (R hemiparesis after L CVA)
            """,
            ["I69.351"], [PT("97116", 14)], []),

        // Black River Elyria PDF flowsheet with a ✓ "Done" column: pulleys, sidelying ER, prone rows, scaption with sets, reps and loads; R cuff weakness after the repair with a top-shelf goal; 17 matches: passes.
        ["v2-h83-blackriver-flowsheet-done-column-97110"] = new(
            """
            Black River Orthopedic & Sports PT · Elyria
            Patient: TOTH, GARY · DOS 03/04/2026
            Therapeutic exercise (97110) — 17 min
            Exercise                         Sets × Reps     Load        Done
            Pulleys, ﬂexion                  2 × 15          —           ✓
            Sidelying ER                     3 × 12          2 lb        ✓
            Prone row                        3 × 12          3 lb        ✓
            Scaption to 90°                  2 × 10          1 lb        ✓
            Wall push-up plus                2 × 10          —           —
            Assessment: R rotator cuff weakness ten weeks after the repair — can’t reach the top shelf in the parts crib at work
            Black River Orthopedic & Sports PT · Page 1 of 1
            """,
            ["M75.121", "Z47.89"], [PT("97110", 17)], []),

        // Harbor Town Conneaut PDF "Timed codes: 97110 [ 15 ] min 97140 [ 10 ] min" (both match); heel slides, flexion stretch, step-ups, TKE with doses; patellar and tibiofemoral mobilization, STM; L knee flexion stiffness and quad weakness; flexion degrees: passes.
        ["v2-h83-harbor-town-minute-boxes-two-codes"] = new(
            """
            HARBOR TOWN REHAB — Conneaut
            Patient: PELTON, RUTH · DOS 03/04/2026
            Timed codes:   97110 [ 15 ] min     97140 [ 10 ] min
            97110: heel slides 3 × 10; seated knee-ﬂexion stretch 5 × 30 s; step-ups to a 4-in. step 2 × 10; terminal knee extension with a band 3 × 15
            97140: patellar mobilization, superior / inferior gr III; tibiofemoral ﬂexion mobilization in sitting; soft-tissue mobilization to the distal quad
            Assessment: L knee ﬂexion stiffness and quad weakness after the total knee; knee ﬂexion 92° → 101° after manual
            Harbor Town Rehab                                                   Page 1 of 1
            """,
            ["Z96.652", "M25.662"], [PT("97110", 15), PT("97140", 10)], []),

        // UOVMC Weirton OCR'd CPT / DESCRIPTION / MIN table with 97110 "l4" and the 97530 row's MIN cell blank: separate time missing; both sections complete (SLR, bridges, mini squats with doses; laundry-basket stair carries and floor-to-stand with counts; L hip and knee weakness after the TKA).
        ["v2-h83-uovmc-min-cell-blank-for-the-second-code"] = new(
            """
            UOVMC OUTPATIENT REHAB · WEIRTON · DAILY NOTE
            CPT      DESCRIPTION                 MIN
            97110    THER EX                     l4
            97530    THER ACTIVITIES
            97110: SLR 3 x l0 w/ 2#; bridges 3 x l2; mini squats at the counter 3 x l0
            97530: carrying a 10-lb laundry basket up & down 8 stairs x 4; floor-to-stand via half-kneel x 3
            A: L hip & knee weakness after L TKA; can't carry the laundry down to the basement
            """,
            ["Z96.652"], [PT("97110", 14), PT("97530", 15)], [SepTime]),

        // Pine Creek Galeton scanned copy, "Session: X Individual — PT with pt only __ Group __ Concurrent"; wobble board eyes closed with taps, a hose-and-mat "woods" obstacle course, backward walking with head turns; proprioception and postural control (neuropathy); mCTSIB and FGA: passes.
        ["v2-h83-pine-creek-x-before-the-label"] = new(
            """
            Pine Creek Valley Physical Therapy — Galeton (scanned copy)
            Session:   X  Individual — PT with pt only        __ Group        __ Concurrent
            97112 Neuromuscular re-ed — 22 min
            •  standing on the wobble board, eyes closed, with my taps at the pelvis
            •  stepping over and around the “woods” course in the back hall (garden-hose roots, a folded mat for a log)
            •  backward walking with head turns
            Problem: impaired proprioception and postural control in both legs (peripheral neuropathy) — he stumbles in the woods running his trap line
            Measured: mCTSIB foam eyes closed 8 s; FGA 17/30
            Signed in ink — D. Chilson, PT
            """,
            ["G62.9", "R26.81"], [PT("97112", 22)], []),

        // Black River Amherst PDF "Services provided today: ☒ Therapeutic exercise (97110) — 15 min ☐ Manual …" and "Pt tolerated session without complaint. Continue plan of care.": no exercise, region or dose named.
        ["v2-h83-blackriver-services-row-ticked-only-97110"] = new(
            """
            Black River Orthopedic & Sports PT · Amherst
            Patient: NOVAK, PAULINE
            Services provided today:  ☒ Therapeutic exercise (97110) — 15 min   ☐ Manual therapy   ☐ Neuromuscular re-ed   ☐ Gait
            Comments: Pt tolerated session without complaint. Continue plan of care.
            """,
            ["M17.11"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // UOVMC Steubenville Step360: platform perturbations by level, single-leg stance on the moving platform; "[X] Individual (1:1)"; delayed reactive stepping and postural control with backward falls; reaction time and Berg; "2O min" matches: passes.
        ["v3-h83-uovmc-step360-reactive-stepping"] = new(
            """
            UOVMC OUTPATIENT REHAB · STEUBENVILLE · DAILY NOTE
            TX TYPE:  [X] Individual (1:1)   [ ] Concurrent   [ ] Group
            97112 NMR — 2O min on the Step360
            - reactive stepping: platform perturbations fwd / back / lateral, level 3 → 4
            - single-leg stance on the moving platform w/ UE support on the rail, then no hands
            A: delayed reactive stepping & impaired postural control — 3 falls in the last yr, all backward
            O: Step360 reactive-step reaction time 0.62 s (0.8l s at IE); Berg 47/56
            """,
            ["R29.6"], [PT("97112", 20)], []),

        // UOVMC Wintersville Eccentron eccentric stepper with reps and level, long-arc quads and step-downs with doses; R quad weakness and poor eccentric control after the TKA with a back-steps goal; "l8 rnin" matches: passes.
        ["v3-h83-uovmc-eccentron-after-tka-97110"] = new(
            """
            UOVMC OUTPATIENT REHAB · WINTERSVILLE · DAILY NOTE
            97110 THER EX — l8 rnin
            - Eccentron eccentric stepper 3 x 5O reps, level 3
            - long-arc quads 3 x l2 w/ 4#
            - step-downs off a 4" step, R, 2 x l0
            A: R quad weakness & poor eccentric control after R TKA (POD 52) — can't come down the back steps to the yard foot over foot
            """,
            ["Z96.651", "M62.81"], [PT("97110", 18)], []),

        // UOVMC Steubenville "Easy Street" room: mock-sedan transfers with a leg lifter, mock curb and crosswalk with a grocery bag, top-shelf reaching in the mock aisle with counts; R hip weakness and flexion limit after the THA; SBA and CGA; 24 matches: passes.
        ["v3-h83-uovmc-easy-street-car-and-curb-97530"] = new(
            """
            UOVMC OUTPATIENT REHAB · STEUBENVILLE (SUNSET BLVD) · DAILY NOTE
            97530 THER ACTIVITIES — 24 min in the Easy Street room
            - car transfers in / out of the mock sedan, w/ & w/out the leg lifter, x 4
            - stepping up the mock curb & across the "crosswalk" carrying a 5-lb grocery bag x 6
            - reaching to the top shelf of the mock grocery aisle & placing items in the cart x l0
            A: R hip weakness & limited hip flexion after R THA — can't get into her car or up the curb at the Kroger without help
            O: car transfer w/ leg lifter SBA; curb w/ SPC CGA
            """,
            ["Z96.641"], [PT("97530", 24)], []),

        // Black River Avon Lake PDF "Protocol: Shelbourne accelerated ACL rehabilitation — phase 3": leg press, step-downs, single-leg RDL, band walks with loads and doses; R quad and hip abductor weakness with a jogging goal; 22 matches: passes.
        ["v3-h83-blackriver-shelbourne-acl-week-eight-97110"] = new(
            """
            Black River Orthopedic & Sports PT · Avon Lake
            Patient: DEMARCO, TYLER · DOS 03/04/2026 · post-op wk 8, R ACL reconstruction (BPTB)
            Protocol: Shelbourne accelerated ACL rehabilitation — phase 3
            Therapeutic exercise (97110) — 22 min
            • leg press 0–90°, 3 × 12 at 140 lb
            • forward step-downs off 8 in., 3 × 10
            • single-leg Romanian deadlift, 3 × 8 with a 20-lb kettlebell
            • lateral band walks, 3 × 20 steps each way
            Assessment: R quadriceps and hip abductor weakness; goal — jog by week 12 and get back to rec-league basketball
            Black River Orthopedic & Sports PT · Page 1 of 1
            """,
            ["S83.511D"], [PT("97110", 22)], []),

        // Black River Lorain PDF, RockBlades IASTM at the common extensor origin, radial-head glides, STM; R lateral epicondylalgia with a torque-wrench finding; pain-free grip and wrist-flexion degrees; 12 matches: passes.
        ["v3-h83-blackriver-rockblades-iastm-97140"] = new(
            """
            Black River Orthopedic & Sports PT · Lorain
            Patient: VARGA, JOSEPH · DOS 03/04/2026
            Manual therapy (97140) — 12 min
            • IASTM with RockBlades along the R lateral epicondyle and common extensor origin
            • radial head posterior glides, gr III
            • soft-tissue mobilization to the R wrist extensor mass
            Assessment: R lateral epicondylalgia with wrist-extensor tightness; pain gripping the torque wrench on the line
            Objective: pain-free grip R 34 lb (L 88 lb); wrist ﬂexion with the elbow extended 48° → 60° after manual
            Black River Orthopedic & Sports PT · Page 1 of 1
            """,
            ["M77.11"], [PT("97140", 12)], []),

        // Pine Creek Coudersport timber faller, Jump Stretch band good-mornings and pull-aparts, dowel hinge, half-kneel chop and lift with doses; lumbar extensor and hip weakness after the strain with a chainsaw goal; 19 matches: passes.
        ["v3-h83-pine-creek-jump-stretch-bands-97110"] = new(
            """
            Pine Creek Valley Physical Therapy — Coudersport
            Daily Note · Dwight K. (timber faller)
            Therapeutic exercise (97110) — 19 min
            ▪	Jump Stretch band good-mornings 3 × 12 (light band)
            ▪	Jump Stretch band pull-aparts 3 × 15
            ▪	hip hinge with the dowel 2 × 10
            ▪	half-kneeling chop and lift with the band, 2 × 10 each side
            Why: lumbar extensor and hip weakness after the L4-5 strain; goal — run the saw bent over at the stump all day
            Signed in ink — D. Chilson, PT
            """,
            ["S39.012D"], [PT("97110", 19)], []),

        // Pine Creek Wellsboro Urban Poling ACTIVATOR poles, 2-point pattern on the clinic loop and the gravel lot, distance and standby assist, stride and heel-first cues; shuffling short-stride Parkinson's gait; 17 matches: passes.
        ["v3-h83-pine-creek-urban-poling-97116"] = new(
            """
            Pine Creek Valley Physical Therapy — Wellsboro
            Daily Note · Lorraine B.
            Gait training (97116) — 17 min
            ▪ Urban Poling ACTIVATOR poles: 2-point pattern, opposite pole and foot, on the clinic loop and then the gravel lot
            ▪ 4 × 200 ft, standby assist
            ▪ cues for longer strides and heel-first contact; turning around the poles without shuffling
            Problem: shuffling, short-stride gait with reduced arm swing (Parkinson’s)
            Signed (ink) — R. Hakes, PT
            """,
            ["G20.A1"], [PT("97116", 17)], []),

        // Harbor Town Geneva PDF, Theraband Stability Trainer pads green to black and the Airex balance beam; "one-on-one with the PT for the whole 97112 (no other patient in the gym)"; proprioceptive loss and postural control (neuropathy) between the vineyard rows; beam steps and Berg; 22 matches: passes.
        ["v3-h83-harbor-town-stability-trainer-and-airex-beam"] = new(
            """
            HARBOR TOWN REHAB — Geneva
            Patient: OKONSKI, WALTER · DOS 03/04/2026
            Delivery: one-on-one with the PT for the whole 97112 (no other patient in the gym)
            Neuromuscular re-education (97112) — 22 min
            – Theraband Stability Trainer pads, green → blue → black, feet together, eyes closed
            – Airex balance beam: tandem walking forward and backward, then sidestepping
            – stepping off the beam onto the blue pad on the PT’s cue, both directions
            Assessment: proprioceptive loss in both feet with impaired postural control (diabetic neuropathy); loses his footing between the rows at the vineyard
            Objective: tandem on the Airex beam 10 steps without stepping off (4 at eval); Berg 48/56
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // Harbor Town Ashtabula PDF dock worker, Prowler sled pushes and hand-over-hand rope pulls, floor-to-cart bag lifts and carries with loads and counts; lumbar strain below the heavy dock job; 25 matches: passes.
        ["v3-h83-harbor-town-prowler-sled-97530"] = new(
            """
            HARBOR TOWN REHAB — Ashtabula · work return
            Patient: KALLIO, MATT · DOS 03/04/2026 · dock worker, Ashtabula harbor
            Therapeutic activities (97530) — 25 min
            – Prowler sled push, 90 lb on the sled, 6 × 60 ft
            – rope pull of the loaded sled hand over hand, 4 × 40 ft
            – lifting a 50-lb bag from the ﬂoor to the cart and walking it 50 ft, × 8
            Assessment: lumbar strain — trunk endurance and lift capacity still below the dock job (heavy); the back tightens after the fourth carry
            Harbor Town Rehab                                                   Page 1 of 1
            """,
            ["S39.012D"], [PT("97530", 25)], []),

        // UOVMC Wellsburg OCR'd, supine thoracic "pistol" thrust T5-7, rib springing, prone PAs; mid-thoracic hypomobility and rib pain after lifting a jon boat; rotation degrees with O for 0; "l0 min" matches: passes.
        ["v3-h83-uovmc-thoracic-pistol-thrust-97140"] = new(
            """
            UOVMC OUTPATIENT REHAB · WELLSBURG, WV · DAILY NOTE
            97140 MANUAL — l0 min
            - supine thoracic "pistol" thrust manipulation T5-7
            - rib springing R 6-8, gr III
            - prone PAs T4-8 gr III-IV
            A: mid-thoracic hypomobility w/ R rib pain after lifting his jon boat onto the trailer; can't turn to back the trailer down the ramp
            O: seated thoracic rot R 28° → 4O° after manual
            """,
            ["M54.6", "S29.012D"], [PT("97140", 10)], []),

        // UOVMC Toronto "Steel Valley Back School, level two (hospital programme)": tilts, bridges, bird dog, curl-ups, wall squats, dowel hinge with a lumbar-strain target — no sets, reps, load, hold or number but the code's: measure missing.
        ["v3-h83-uovmc-back-school-programme-no-dose"] = new(
            """
            UOVMC OUTPATIENT REHAB · TORONTO, OH · DAILY NOTE
            97110 THER EX — Steel Valley Back School, level two (hospital programme)
            - pelvic tilts, bridges, bird dog, curl-ups, wall squats, hip-hinge practice w/ the dowel
            A: lumbar strain w/ poor trunk endurance; can't stand at the church pierogi table through the morning
            P: progress to level three when able
            """,
            ["S39.012D"], [PT("97110", 20)], [At(Measure, "97110")]),

        // UOVMC Weirton HUR SmartBalance games and single-leg stance on the moving plate, "[X] Individual (1:1)", LOS score and seconds — no deficit, impairment, body region or system named anywhere: deficit missing.
        ["v3-h83-uovmc-hur-smartbalance-no-deficit"] = new(
            """
            UOVMC OUTPATIENT REHAB · WEIRTON · DAILY NOTE
            TX TYPE:  [X] Individual (1:1)   [ ] Concurrent   [ ] Group
            97112 NMR — 2l min on the HUR SmartBalance
            - limits-of-stability game, 8 directions
            - weight-shift tracking game, eyes open then closed
            - single-leg stance on the moving plate
            O: LOS score 68% (52% last wk); SLS on the plate R 9 sec / L l0 sec
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // UOVMC Steubenville OCR'd: can't climb her hillside steps reciprocally, stops and sits halfway, can't descend without both hands on the rail — the finding; stair training with rail and cane, step-to descent, sloped sidewalk; CGA and SBA with distance; 18 matches: passes.
        ["v4-h83-uovmc-hillside-steps-sits-halfway-97116"] = new(
            """
            UOVMC OUTPATIENT REHAB · STEUBENVILLE · DAILY NOTE
            S: Pt lives up 3l steps from the street (no rail on the top l0); "I have to sit down halfway."
            97116 GAIT — 18 min
            - stair training on the clinic's l2-step set w/ one rail + SPC, step-to → reciprocal going up
            - descending step-to, L leads down, cues to keep the cane one step ahead
            - outside: the sloped sidewalk to the parking lot w/ SPC, 2 x 2OO ft
            FINDING: can't climb her hillside steps reciprocally — L quad weakness & L knee pain after the TKA make her stop & sit halfway; can't come down w/out both hands on the rail
            O: CGA on stairs, SBA on the slope
            """,
            ["Z96.652"], [PT("97116", 18)], []),

        // UOVMC Wellsburg towboat deckhand: can't keep his footing on a moving deck, R ankle gives way as the barge rolls, slow peroneal reaction — the finding; "[X] Individual (1:1)"; unpredictable board tilts, foam rope-coil catches, tilted-ramp head turns; SLS and star excursion; 19 matches: passes.
        ["v4-h83-uovmc-towboat-footing-on-a-moving-deck"] = new(
            """
            UOVMC OUTPATIENT REHAB · WELLSBURG, WV · DAILY NOTE
            TX TYPE:  [X] Individual (1:1)
            Pt is a 34 y/o deckhand on an Ohio River towboat; rolled his R ankle stepping between barges.
            FINDING: can't keep his footing on a moving deck — R ankle gives way when the tow rolls; slow peroneal reaction, poor R ankle proprioception
            97112 NMR 19 min
            - rocker & wobble board, unpredictable tilts from the PT
            - single-leg stance on foam catching & throwing a heavy rope coil
            - walking across the tilted ramp w/ head turns
            O: SLS EC R 7 sec / L 26 sec; star excursion post-med R 7l cm / L 84 cm
            """,
            ["S93.401D"], [PT("97112", 19)], []),

        // Pine Creek Mansfield PTA, dairy farmer: can't squat to put the milker units on or rise off the milking stool without the stanchion — the finding; udder-height squat reaches, stool rises, bucket carries with counts and loads; bilateral knee OA with quad weakness; 23 matches: passes.
        ["v4-h83-pine-creek-cant-squat-to-the-milker-97530"] = new(
            """
            Pine Creek Valley Physical Therapy — Mansfield
            Daily Note · Arlene W.
            What she can’t do: squat down to put the milker units on in the tie-stall, or get back up off the milking stool without grabbing the stanchion — both knees.
            Therapeutic activities (97530) — 23 min
            ▪	squat-to-reach under a table to the height of a cow’s udder and back up, 3 × 8
            ▪	milking-stool rise without hands, 2 × 10
            ▪	carrying two 15-lb buckets 100 ft across the gym and back, × 4
            Finding: bilateral knee OA with quad weakness — squats only to about half depth before the knees give
            Signed (ink) — J. Whitmire, PTA
            """,
            ["M17.0"], [PTA("97530", 23)], []),

        // Pine Creek Galeton logger: L foot drop with a steppage gait, toe catching roots and slash — the finding; new AFO on floor, grass and gravel with distance, branch step-overs, hill walking with supervision; 16 matches: passes.
        ["v4-h83-pine-creek-logger-foot-drop-97116"] = new(
            """
            Pine Creek Valley Physical Therapy — Galeton
            Daily Note · Roy F.
            Gait training (97116) — 16 min
            ▪	new off-the-shelf AFO on the L: level floor, then the grass and the gravel lot, 3 × 150 ft
            ▪	stepping over branches laid across the path, high-knee cueing
            ▪	uneven-ground walking on the hill behind the clinic, supervision
            Finding: L foot drop after the L5 radiculopathy — steppage gait; the toe catches on roots and slash in the woods and he tripped twice skidding logs
            Signed in ink — D. Chilson, PT
            """,
            ["M21.372", "M54.16"], [PT("97116", 16)], []),

        // Black River Lorain ice fisherman: can't turn the ice-auger crank or work the tip-up line, wrist and forearm rotation stiff after the Colles fracture — the finding; radiocarpal distraction and glides, DRUJ glides, STM; supination and extension degrees; 11 matches: passes.
        ["v4-h83-blackriver-ice-auger-crank-97140"] = new(
            """
            Black River Orthopedic & Sports PT · Lorain
            Patient: HORVATH, FRANK · DOS 03/04/2026
            Mr. Horvath fell on the ice off the Lorain pier in January; L distal radius fracture, cast off three weeks ago.
            Finding: can’t turn the crank of his ice auger or work the tip-up line — L wrist ﬂexion, extension and supination stiff; forearm rotation blocked
            Manual therapy (97140) — 11 min
            • radiocarpal distraction and dorsal / volar glides, gr III
            • distal radioulnar joint glides for supination
            • soft-tissue mobilization to the forearm ﬂexors
            Objective: supination 45° → 58° after manual; wrist extension 40°
            Black River Orthopedic & Sports PT · Page 1 of 1
            """,
            ["S52.532D", "W00.0XXD"], [PT("97140", 11)], []),

        // Harbor Town Ashtabula PDF: freezes in doorways and at the bathroom turn, feet "stick" and he pitches forward (freezing of gait) — the finding; "one-on-one, PT and patient only"; visual cueing with floor stripes through the doorway, a pre-step weight-shift strategy, four-corner turning; freezes per trials and turn seconds: passes.
        ["v4-h83-harbor-town-freezes-in-doorways"] = new(
            """
            HARBOR TOWN REHAB — Ashtabula
            Patient: ERICKSON, LEIF · DOS 03/04/2026
            Delivery: one-on-one, PT and patient only
            Finding: freezing of gait — freezes in doorways and at the turn into the bathroom; his feet “stick” and he pitches forward, worse when he is carrying something
            Neuromuscular re-education (97112) — 20 min
            – visual cueing: walking through the doorway to stripes taped on the ﬂoor, then without them
            – a motor-planning strategy: side-to-side weight shift before the first step, then a big step through
            – turning practice with a four-corner step pattern instead of pivoting
            Objective: doorway trials — froze on 3 of 10 (8 of 10 at eval); 180° turn 5.1 s
            Harbor Town Rehab                                                   Page 1 of 1
            """,
            ["G20.A1"], [PT("97112", 20)], []),

        // UOVMC Steubenville OT, OCR'd: L inattention — bumps the L doorframe with the walker, leaves food on the L of the plate, misses items on the L of the counter — the finding; sandwich-gathering with scanning cues, doorway navigation with an anchor line, mail sorting; items found and contacts; 22 matches: passes.
        ["v4-h83-uovmc-ot-left-inattention-doorframe-97530"] = new(
            """
            UOVMC OUTPATIENT REHAB · STEUBENVILLE · OT DAILY NOTE
            FINDING: L inattention after R CVA — bumps the L doorframe w/ the walker, leaves the food on the L of her plate, misses items on the L side of the counter
            OT 97530 THER ACTIVITIES — 22 min
            - kitchen task: gathering 8 items for a sandwich from both sides of the counter, scanning cues to the L
            - walker navigation through the doorway & around the table w/ a red L-side anchor line
            - sorting mail laid out across the full table
            O: found 7 of 8 items (4 of 8 at IE); 2 L doorframe contacts in 6 passes
            """,
            ["I69.398", "R41.4"], [OT("97530", 22)], []),

        // Black River Elyria PDF polka dancer: can't pivot on the R knee in the turns at the Slovenian hall, knee "loose", poor R knee proprioception after the TKA — the finding; "one-on-one for the whole 97112"; Airex rotations, slide-disc pivots, grapevine to tempo; SLS and pivots: passes.
        ["v4-h83-blackriver-polka-pivot-on-the-new-knee"] = new(
            """
            Black River Orthopedic & Sports PT · Elyria
            Patient: ZUPANCIC, MARY · DOS 03/04/2026
            Finding: can’t pivot on the R knee doing the turns at the Slovenian hall polka on Saturdays — the knee feels “loose” and she loses her balance; poor R knee proprioception after the total knee
            Delivery: one-on-one for the whole 97112
            Neuromuscular re-education (97112) — 18 min
            • single-leg stance on the Airex with trunk rotation to targets
            • quarter-turn and half-turn pivots on the R leg on a slide disc, PT guarding
            • grapevine stepping holding the PT’s hands, slow → music tempo
            Objective: SLS R 9 s / L 21 s; 6 of 8 half-turn pivots without a touch-down
            Black River Orthopedic & Sports PT · Page 1 of 1
            """,
            ["Z96.651"], [PT("97112", 18)], []),

        // Harbor Town Geneva OT church organist: can't span an octave or hold the keys with the R thumb through a hymn — CMC pain and weakness, the finding; opposition with putty, isometric abduction holds, web-space stretch, FDI putty work with doses; key pinch; 16 matches: passes.
        ["v4-h83-harbor-town-ot-organist-cant-span-an-octave-97110"] = new(
            """
            HARBOR TOWN REHAB — Geneva · Occupational Therapy
            Patient: VAN HORN, EILEEN · DOS 03/04/2026
            Finding: can’t span an octave or hold down the keys with the R thumb through a hymn — R thumb CMC pain and weakness; she plays the organ at St. Peter’s on Sundays
            OT 97110 — 16 min
            • thumb opposition to each ﬁngertip against putty, 2 × 10
            • isometric thumb abduction against a band, 10 × 5-s holds
            • web-space stretch, 3 × 30 s
            • ﬁrst dorsal interosseous strengthening with putty, 2 × 12
            Objective: key pinch R 7 lb (L 12 lb)
            """,
            ["M18.11"], [OT("97110", 16)], []),

        // UOVMC Wintersville re-assessment: sensation and proprioception intact, Berg 55/56, TUG normal, "no deficits identified. All goals met."; "[X] Individual (1:1)"; foam ball toss, head-turn tandem, obstacle stepping — no deficit targeted: deficit missing.
        ["v4-h83-uovmc-reassessment-no-deficits-identified"] = new(
            """
            UOVMC OUTPATIENT REHAB · WINTERSVILLE · DAILY NOTE / RE-ASSESSMENT
            TX TYPE:  [X] Individual (1:1)   [ ] Concurrent   [ ] Group
            RE-ASSESSMENT: sensation & proprioception intact both LEs; Berg 55/56; TUG 8.l sec; no deficits identified. All goals met.
            97112 NMR 18 min
            - SLS on foam w/ ball toss
            - tandem walk w/ head turns
            - obstacle stepping, eyes up
            P: D/C to HEP.
            """,
            ["R26.81"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // Pine Creek Wellsboro "Problem list: see the evaluation (faxed separately)" and nothing else; one-on-one in words; rocker board, broom-handle step-overs, narrow-base perturbations; rocker seconds and Four Square present: deficit missing.
        ["v4-h83-pine-creek-problem-list-faxed-separately"] = new(
            """
            Pine Creek Valley Physical Therapy — Wellsboro
            Daily Note · Harold V.
            Treated one-on-one, just Harold and me.
            Neuromuscular re-education (97112) — 20 min
            ▪ rocker board, forward-back, eyes open then closed
            ▪ stepping over a broom handle on the floor, forward and sideways
            ▪ narrow-base standing on the folded mat with my perturbations
            Problem list: see the evaluation (faxed separately)
            Measured: rocker board eyes closed 14 s; Four Square Step Test 12.6 s
            Signed (ink) — R. Hakes, PT
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // UOVMC Mingo Junction OCR'd scores "Berg 4O/56 (36/56 at IE); TUG l4.2 sec, TUG-cognitive l8.9 sec"; "[X] Individual (1:1)"; foam head turns, dual-task obstacle walking, backward walking; postural control and dual-task instability after a fall on the ice; 22 matches: passes.
        ["v5-h83-uovmc-ocr-berg-and-tug-digits"] = new(
            """
            UOVMC OUTPATIENT REHAB · MINGO JUNCTION · DAILY NOTE
            TX TYPE:  [X] Individual (1:1)   [ ] Concurrent   [ ] Group
            97112 NMR 22 min
            - standing on foam w/ eyes closed & head turns
            - step-over-obstacle walking around the gym, dual task (naming grocery items)
            - backward walking w/ PT guarding
            A: impaired postural control & dual-task gait instability after a fall on the ice outside the post office
            O: Berg 4O/56 (36/56 at IE); TUG l4.2 sec, TUG-cognitive l8.9 sec
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // UOVMC Toronto OCR'd two-column page (treatment left, a Tinetti POMA box right, read across): balance, gait and total with the IE total; "[X] Individual (1:1)"; foam sit-to-stand, released-lean stepping, turns with a stop; postural control and stepping reaction; "21 rnin" matches: passes.
        ["v5-h83-uovmc-tinetti-box-beside-the-treatment"] = new(
            """
            UOVMC OUTPATIENT REHAB · TORONTO, OH · DAILY NOTE
            TX TYPE: [X] Individual (1:1)                 TINETTI (POMA)
            97112 NMR — 21 rnin                           Balance    9/l6
            - sit-to-stand on foam, eyes closed           Gait       8/l2
            - reactive stepping, PT release from lean     Total     l7/28   (l3/28 at IE)
            - turning 360° both ways w/ a stop on cue
            ASSESSMENT: impaired postural control & delayed stepping reaction; unsteady turning at the kitchen stove
            """,
            ["R26.81", "R29.6"], [PT("97112", 21)], []),

        // Pine Creek Mansfield PTA, five-times sit-to-stand and 10-meter walk speed at the top; chair rises, cuff hip abduction, heel raises, mini-squats to ½ depth with doses; hip and quad weakness with a church-pew finding; 17 matches: passes.
        ["v5-h83-pine-creek-five-times-sit-to-stand-and-gait-speed-97110"] = new(
            """
            Pine Creek Valley Physical Therapy — Mansfield
            Daily Note · Norma J.
            Measured today: five-times sit-to-stand 17.4 sec (22.0 at eval); 10-meter walk 0.78 m/s
            Therapeutic exercise (97110) — 17 min
            ▪	sit-to-stand from the 18” chair, 3 × 8
            ▪	standing hip abduction with 2-lb cuff weights, 2 × 12 each
            ▪	heel raises at the counter, 3 × 15
            ▪	mini-squats to ½ depth at the counter, 2 × 10
            Why: bilateral hip and quad weakness — she can’t get up from the church pew without pulling on the pew in front
            Signed (ink) — J. Whitmire, PTA
            """,
            ["M62.81"], [PTA("97110", 17)], []),

        // Black River Amherst PDF with ligatures ("ﬂexion", "ﬁx", "ﬂip"): GH posterior and inferior glides, scapulothoracic mobilization, STM; R adhesive capsulitis; goniometry before and after in degrees; 13 matches: passes.
        ["v5-h83-blackriver-goniometry-with-ligatures-97140"] = new(
            """
            Black River Orthopedic & Sports PT · Amherst
            Patient: SZABO, ILONA · DOS 03/04/2026
            Manual therapy (97140) — 13 min
            • GH posterior and inferior glides, gr III–IV
            • scapulothoracic mobilization, sidelying
            • soft-tissue mobilization to the R posterior cuff and pec minor
            Assessment: R adhesive capsulitis — capsular restriction; can’t reach back to ﬁx her hair or ﬂip the sign on the shop door
            Goniometry (R shoulder): ﬂexion 112° → 121°, abduction 84° → 95°, ER at 45° abduction 22° → 30°
            Black River Orthopedic & Sports PT · Page 1 of 1
            """,
            ["M75.01"], [PT("97140", 13)], []),

        // Harbor Town Conneaut PDF, rollator to cane in the hallway with distance and standby / contact-guard assist, head-turn walking; slow wide-based gait after the hip fracture; 10-meter walk speed; 19 matches: passes.
        ["v5-h83-harbor-town-gait-speed-and-distance-97116"] = new(
            """
            HARBOR TOWN REHAB — Conneaut
            Patient: RAUHALA, ALICE · DOS 03/04/2026
            Gait training (97116) — 19 min
            – rollator → single-point cane in the hallway, 2-point pattern
            – 3 × 200 ft with the cane, standby assist; the ramp and curb at the entrance with contact guard
            – walking while turning her head to read the signs on the wall
            Assessment: slow, wide-based gait with short R steps after the R hip fracture; unsteady without the rollator
            Objective: 10-meter walk with the cane 0.64 m/s (0.49 at eval)
            """,
            ["S72.141D"], [PT("97116", 19)], []),

        // Pine Creek Coudersport Word lines with tabs: "Grip (Jamar, position 2):<TAB>R 31 lb<TAB>L 48 lb" and wrist degrees; curls, putty, hammer pronation / supination with doses; R wrist weakness and stiffness after the Colles fracture; 16 matches: passes.
        ["v5-h83-pine-creek-tabbed-grip-and-wrist-lines-97110"] = new(
            """
            Pine Creek Valley Physical Therapy — Coudersport
            Daily Note · Gladys M.
            Grip (Jamar, position 2):	R 31 lb	L 48 lb
            Wrist ext / flex:	R 52° / 48°	(L 70° / 75°)
            Therapeutic exercise (97110) — 16 min
            ▪	wrist curls and reverse curls with a 1-lb dumbbell, 2 × 15
            ▪	putty squeezes, 3 × 10
            ▪	pronation / supination with a hammer held short, 2 × 15
            Why: R wrist weakness and stiffness after the distal radius fracture; she can’t wring out the dishcloth or carry the sap bucket
            Signed (ink) — R. Hakes, PT
            """,
            ["S52.531D"], [PT("97110", 16)], []),

        // Black River Elyria PDF "Functional Reach 8.5 in. (6.0 at eval); 30-second chair stand 9"; "individual (one-on-one) — therapist with this patient only"; foam reaching, compliant-surface stepping with a stop, ankle-strategy sway drills; poor ankle strategy reaching into the oven: passes.
        ["v5-h83-blackriver-functional-reach-and-chair-stand"] = new(
            """
            Black River Orthopedic & Sports PT · Elyria
            Patient: WASHINGTON, LOUISE · DOS 03/04/2026
            Delivery: individual (one-on-one) — therapist with this patient only
            Neuromuscular re-education (97112) — 20 min
            • reaching outside the base of support to targets, feet together on foam
            • compliant-surface stepping with a stop on cue
            • ankle-strategy sway drills at the counter, eyes closed
            Assessment: impaired postural control with a poor ankle strategy — loses her balance reaching into the oven and the top cabinets
            Objective: Functional Reach 8.5 in. (6.0 at eval); 30-second chair stand 9
            Black River Orthopedic & Sports PT · Page 1 of 1
            """,
            ["R26.81"], [PT("97112", 20)], []),

        // Black River Lorain PDF whose only numbers are the code, its minutes and the "Page 1 of 1" footer; one-on-one stated; foam perturbations, head-turn tandem, step-up holds; postural control and proprioception — "steadier on the foam than last week": measure missing.
        ["v5-h83-blackriver-page-footer-the-only-other-number"] = new(
            """
            Black River Orthopedic & Sports PT · Lorain
            Patient: OSORIO, CARMEN
            Delivery: individual — one-on-one with the PT throughout
            Neuromuscular re-education (97112) — 19 min
            • perturbation training standing on foam, PT pushes at the shoulders and pelvis
            • tandem walking along the tape line with head turns
            • step-ups with a stop-and-hold on the top
            Assessment: impaired postural control and proprioception in both legs; she loses her footing on the icy walk to the bus stop
            Response: steadier on the foam than last week
            Black River Orthopedic & Sports PT · Page 1 of 1
            """,
            ["R26.81"], [PT("97112", 19)], [At(Measure, "97112")]),

        // UOVMC Weirton OCR'd, "[X] Individual — one-on-one"; rocker perturbations, released-lean stepping, incline head turns; postural control and reactive stepping after a backward fall on Marland Heights — "pt reports feeling steadier on the hill", no number but the code: measure missing.
        ["v5-h83-uovmc-steadier-on-the-hill"] = new(
            """
            UOVMC OUTPATIENT REHAB · WEIRTON · DAILY NOTE
            TX TYPE:  [X] Individual — one-on-one   [ ] Concurrent   [ ] Group
            97112 NMR
            - rocker board A/P & M/L w/ PT perturbations
            - stepping-strategy drills — PT releases her from a lean fwd & back
            - walking the incline ramp w/ head turns
            A: impaired postural control & delayed reactive stepping — fell backward on the hill behind her house on Marland Heights
            O: pt reports feeling steadier on the hill; PT notes fewer losses of balance on the ramp
            """,
            ["R29.6"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Pine Creek Galeton: mock pickup cab, porch step to bench, reacher and kindling to the woodbox; L hip pain and weakness after the replacement — "did well getting in and out of the truck today", no count, assistance level or number but the code's: measure missing.
        ["v5-h83-pine-creek-did-well-with-the-truck-97530"] = new(
            """
            Pine Creek Valley Physical Therapy — Galeton
            Daily Note · Clyde R.
            Therapeutic activities (97530)
            ▪ getting in and out of the pickup (our mock cab seat with the running board)
            ▪ stepping up onto the porch step and turning to sit on the bench
            ▪ picking kindling up off the floor with the reacher and carrying it to the woodbox
            Why: L hip pain and weakness after the hip replacement — he can’t climb into his truck or carry wood in
            Response: did well getting in and out of the truck today; moved more easily.
            Signed (ink) — D. Chilson, PT
            """,
            ["Z96.642"], [PT("97530", 18)], [At(Measure, "97530")]),

        // Harbor Town Geneva PDF: rolling walker in the hall and lot with heel-strike and trunk cues, doorway turns, curb; antalgic flexed-trunk gait after the L total hip — "gait pattern looks better today, less limp", no distance, assistance level or number but the code's: measure missing.
        ["v5-h83-harbor-town-gait-looks-better-97116"] = new(
            """
            HARBOR TOWN REHAB — Geneva
            Patient: DIBIASE, ROCCO
            Gait training (97116)
            – rolling walker in the hallway and out to the parking lot, cues for heel strike and an upright trunk
            – turning in the doorway without shufﬂing
            – stepping up and down the entrance curb with the walker
            Assessment: antalgic, ﬂexed-trunk gait with short L steps after the L total hip
            Response: gait pattern looks better today, less limp
            """,
            ["Z96.642"], [PT("97116", 15)], [At(Measure, "97116")]),

        // Black River Lorain OT PDF: nuts onto bolts from the parts bin, work-shirt buttons, coin pinch; R dexterity and pinch loss after the carpal tunnel release; Purdue Pegboard pins against the other hand; 21 matches: passes.
        ["v5-h83-blackriver-ot-purdue-pegboard-97530"] = new(
            """
            Black River Orthopedic & Sports PT · Lorain · Hand & OT
            Patient: CRUZ, JAVIER · DOS 03/04/2026
            OT 97530 therapeutic activities — 21 min
            • sorting and threading nuts onto bolts from the parts bin, both hands, × 20
            • buttoning and unbuttoning a work shirt, × 3
            • picking coins off the table into a cup, pinch grasp
            Deﬁcit: R hand dexterity and pinch loss after the carpal tunnel release — drops small parts on the line
            Objective: Purdue Pegboard R 9 pins (L 14)
            """,
            ["G56.01"], [OT("97530", 21)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // UOVMC Wintersville OCR'd dotted leader "971l2 NEUROMUSCULAR RE-ED ........ I8 rnin" (97112, 18: matches); "[X] Individual (1:1)"; VOR x1 progression, bending habituation, foam tandem head turns; L vestibular hypofunction; DVA and foam seconds: passes.
        ["v6-h83-uovmc-ocr-code-and-minutes-on-a-leader"] = new(
            """
            UOVMC OUTPATIENT REHAB · WINTERSVILLE · DAILY NOTE
            TX TYPE:  [X] Individual (1:1)   [ ] Concurrent   [ ] Group
            971l2 NEUROMUSCULAR RE-ED ........ I8 rnin
            - VOR xl seated → standing, then walking
            - habituation: quick head turns & bending to the floor x l0
            - tandem stance on foam w/ head turns
            A: L vestibular hypofunction — dizzy bending to feed the dog & turning in the grocery aisle
            O: DVA 3 lines lost; foam tandem EC 6 sec
            """,
            ["H81.92"], [PT("97112", 18)], []),

        // Pine Creek Wellsboro Word table with tabs "CPT<TAB>Service<TAB>Minutes" (97110 16, 97140 10, both match); bridges, bird dog, press-ups, Pallof with doses; lumbar PAs, STM, rotation mobilization; L4-5 hypomobility, guarding and trunk weakness; fingertip-to-floor cm: passes.
        ["v6-h83-pine-creek-tabbed-cpt-table-two-codes"] = new(
            """
            Pine Creek Valley Physical Therapy — Wellsboro
            Daily Note · Dale E.
            CPT	Service	Minutes
            97110	Therapeutic exercise	16
            97140	Manual therapy	10
            97110 — ▪ bridges 3 × 12 ▪ bird dog 3 × 8 each side ▪ prone press-ups 2 × 10 ▪ Pallof press with the band 3 × 10 each way
            97140 — ▪ L4-5 and L5-S1 central PAs, grade III ▪ soft-tissue work to the lumbar paraspinals ▪ side-lying lumbar rotation mobilization, L
            Why: low back pain with L4-5 hypomobility and paraspinal guarding since he slipped on the ice feeding the heifers; trunk weakness — goal: fork hay without the back catching
            Objective: fingertips 38 cm → 24 cm from the floor in forward bending after the manual work
            Signed (ink) — R. Hakes, PT
            """,
            ["S39.012D", "M54.50"], [PT("97110", 16), PT("97140", 10)], []),

        // UOVMC Steubenville OCR'd two-column page (INTERVENTIONS | MIN | ASSESSMENT read across): 97110 "l5" and 97530 "l2" (both match); SLR, sidelying abduction, sit-to-stand with doses; bus-step mock-up and grocery-bag stairs with counts; R hip and quad weakness after the THA: passes.
        ["v6-h83-uovmc-two-column-min-column-two-codes"] = new(
            """
            UOVMC OUTPATIENT REHAB · STEUBENVILLE · DAILY NOTE
            INTERVENTIONS                          MIN      ASSESSMENT
            97110 THER EX                          l5       R hip abductor & quad weakness
             SLR 3x10 2#, S/L hip abd 3x10,                 after R THA; can't step up into
             sit-to-stand 3x8                               the bus or carry groceries
            97530 THER ACTIVITIES                  l2       up her front steps
             bus-step mock-up (14") up/down x8,
             carrying a 5# grocery bag up 6 stairs x4
            """,
            ["Z96.641"], [PT("97110", 15), PT("97530", 12)], []),

        // Black River Avon Lake PDF over two pages (footer, form feed, repeated header between the codes): 97112 22 and 97110 13 (both match); one-on-one stated with a soft hyphen; x1 on foam, head-turn walking, rolling habituation; heel raises, step-ups, band abduction; R vestibular hypofunction and plantarflexor / abductor weakness; DGI and gait speed: passes.
        ["v6-h83-blackriver-page-break-between-the-codes"] = new(
            """
            Black River Orthopedic & Sports PT · Avon Lake
            Patient: KOLAR, RICHARD · DOS 03/04/2026
            Delivery: one-on-one for the neuro­muscular re-education; no other patient with the PT
            Neuromuscular re-education (97112) — 22 min
            • gaze stabilization ×1, standing on foam
            • walking with horizontal and vertical head turns
            • habituation: rolling to the R and sitting up, repeated
            Assessment: R vestibular hypofunction — veers walking the dog along the lakefront path and gets dizzy rolling over in bed
            Objective: DGI 18/24; gait speed with head turns 0.92 m/s
            Black River Orthopedic & Sports PT · Page 1 of 2
            Black River Orthopedic & Sports PT · Avon Lake
            Patient: KOLAR, RICHARD · DOS 03/04/2026 (continued)
            Therapeutic exercise (97110) — 13 min
            • heel raises 3 × 15; lateral step-ups to a 6-in. step 3 × 10; hip abduction with a band 3 × 12
            Purpose: bilateral ankle plantarﬂexor and hip abductor weakness — goal: walk the lakefront path without resting
            Black River Orthopedic & Sports PT · Page 2 of 2
            """,
            ["H81.91", "M62.81"], [PT("97112", 22), PT("97110", 13)], []),

        // Harbor Town Ashtabula PDF, 97110 in two parts across a page break ("9 min (before manual)" and "continued — 6 min (after manual), total 15 min") and 97140 10 (all match); retraction, head lifts, rows, Y's; suboccipital release, C5-6 PAs, first rib; cervical stiffness and DNF / scapular weakness; rotation degrees: passes.
        ["v6-h83-harbor-town-one-code-in-two-parts-across-pages"] = new(
            """
            HARBOR TOWN REHAB — Ashtabula
            Patient: LUOMA, KEITH · DOS 03/04/2026
            Therapeutic exercise (97110) — 9 min (before manual)
            – supine cervical retraction 2 × 10; chin-tuck head lifts 3 × 8
            Manual therapy (97140) — 10 min
            – suboccipital release; C5-6 R unilateral PAs gr III; ﬁrst-rib mobilization R
            Harbor Town Rehab                                                   Page 1 of 2
            HARBOR TOWN REHAB — Ashtabula
            Patient: LUOMA, KEITH · DOS 03/04/2026 · continued
            Therapeutic exercise (97110), continued — 6 min (after manual), total 15 min
            – band rows 3 × 15; prone Y’s 2 × 10
            Assessment: cervical stiffness with C5-6 hypomobility and deep neck ﬂexor and scapular weakness; can’t look up to throw the lines on the dock
            Objective: cervical rotation R 52° → 64° after manual
            Harbor Town Rehab                                                   Page 2 of 2
            """,
            ["M54.2", "M47.812"], [PT("97110", 15), PT("97140", 10)], []),

        // UOVMC Wellsburg OCR'd clock ranges per code, "97112 NMR 09O2–0925" (23) and "97116 GAIT 0925–0938" (13), both match; "[X] Individual (1:1)"; PNF stepping, mirror weight shifts; hemi-walker to quad cane with distance and CGA; L hemiparesis with knee hyperextension; Berg and gait speed: passes.
        ["v6-h83-uovmc-clock-range-for-each-code"] = new(
            """
            UOVMC OUTPATIENT REHAB · WELLSBURG, WV · DAILY NOTE
            TX TYPE:  [X] Individual (1:1)   [ ] Concurrent   [ ] Group
            97112 NMR   09O2–0925
            - PNF stepping patterns w/ resistance at the pelvis, L stance
            - fwd & bwd wt shifts over the L LE w/ the mirror
            97116 GAIT  0925–0938
            - hemi-walker → quad cane, 3-point pattern, 2 x l2O ft, CGA
            A: L hemiparesis after R CVA — poor L hip extensor recruitment & wt shift onto the L; L knee hyperextends in stance
            O: Berg 4l/56; gait speed w/ quad cane 0.42 m/s
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 13)], []),

        // Pine Creek Coudersport, a PT's 97140 (12) and a PTA's 97110 (18) on one visit, each with its own minutes (both match); prone flexion mobilization, patellar glides, STM; quad sets, heel slides, step-ups, TKE with doses; R knee stiffness and quad weakness; flexion degrees: passes.
        ["v6-h83-pine-creek-pt-manual-and-pta-exercise"] = new(
            """
            Pine Creek Valley Physical Therapy — Coudersport
            Daily Note · Verna L.
            Manual therapy (97140) — 12 min — PT (R. Hakes)
            ▪	R knee flexion mobilization in prone, grade III
            ▪	patellar glides, all directions
            ▪	soft-tissue mobilization to the lateral retinaculum and distal quad
            Therapeutic exercise (97110) — 18 min — PTA (J. Whitmire)
            ▪	quad sets 2 × 15; heel slides 3 × 10; step-ups to a 6” step 3 × 10; terminal knee extension with the band 3 × 15
            Why: R knee stiffness and quad weakness after the R total knee; knee flexion 96° → 104° after the manual work; goal — climb up into the tractor cab
            Signed (ink) — R. Hakes, PT / J. Whitmire, PTA
            """,
            ["Z96.651"], [PT("97140", 12), PTA("97110", 18)], []),

        // Black River Elyria PDF, a PT's 97116 (14) and an OT's 97530 (22) on one morning, each with its minutes (both match); walker to quad cane with distance and contact guard, curb; laundry and bed-making with counts and assistance; L hemiparesis, knee buckling, L UE weakness: passes.
        ["v6-h83-blackriver-pt-gait-and-ot-activities"] = new(
            """
            Black River Orthopedic & Sports PT · Elyria — PT and OT, same morning
            Patient: JEFFERSON, CLARA · DOS 03/04/2026
            PT — Gait training (97116): 14 min
            • rolling walker → quad cane, 3 × 100 ft, contact guard; curb up / down with the cane × 3
            • Deviation: short L step; the L knee buckles in early stance (L hemiparesis after the R CVA)
            OT — Therapeutic activities (97530): 22 min
            • laundry: carrying a half-full basket to the washer in the walker basket, loading and unloading, × 2
            • making the bed, reaching across with the L hand assisting
            • Deﬁcit: L upper-extremity weakness and poor standing tolerance for household tasks; min assist → contact guard
            """,
            ["I69.354"], [PT("97116", 14), OT("97530", 22)], []),

        // UOVMC Toronto OCR'd "97112 NMR — 3O rnin" against an 18-min line: mismatch; otherwise complete ("[X] Individual (1:1)"; kneeling rhythmic stabilization, foam perturbations, hops to foam; R knee neuromuscular control after the ACL reconstruction; Y-balance and valgus count).
        ["v6-h83-uovmc-ocr-thirty-against-eighteen"] = new(
            """
            UOVMC OUTPATIENT REHAB · TORONTO, OH · DAILY NOTE
            TX TYPE:  [X] Individual (1:1)   [ ] Concurrent   [ ] Group
            97112 NMR — 3O rnin
            - rhythmic stabilization in tall kneeling & half kneeling
            - SLS on foam w/ perturbations
            - lateral hops onto foam & hold
            A: impaired R knee neuromuscular control after R ACL reconstruction — the knee drifts into valgus landing
            O: Y-balance ant. reach R 55 cm / L 64 cm; valgus on 6 of l0 landings
            """,
            ["S83.511D"], [PT("97112", 18)], [At(Mismatch, "97112")]),

        // Pine Creek Mansfield tabbed Word table: 97110 15 matches but 97140 "25" against a 12-min line: mismatch on 97140; both sections complete (chin tucks, rows, wall angels, T's with doses; suboccipital release, C4-6 PAs, STM; C5-6 hypomobility and postural weakness; rotation degrees).
        ["v6-h83-pine-creek-tabbed-manual-25-against-12"] = new(
            """
            Pine Creek Valley Physical Therapy — Mansfield
            Daily Note · Ted G.
            CPT	Service	Minutes
            97110	Therapeutic exercise	15
            97140	Manual therapy	25
            97110: ▪ chin tucks 3 × 10 ▪ band rows 3 × 15 ▪ wall angels 2 × 10 ▪ prone T’s 2 × 10
            97140: ▪ suboccipital release ▪ C4-5 and C5-6 unilateral PAs on the R, grade III ▪ upper trap soft-tissue mobilization
            Why: neck stiffness with C5-6 hypomobility and postural weakness; can’t turn to check the hay wagon behind the tractor
            Objective: cervical rotation R 48° → 60° after the manual work
            Signed (ink) — R. Hakes, PT
            """,
            ["M54.2", "M47.812"], [PT("97110", 15), PT("97140", 12)], [At(Mismatch, "97140")]),

        // Harbor Town Conneaut PDF, PTA "Gait training (97116) — 28 min" against a 15-min PTA line: mismatch; quad cane on tile and carpet with distance and standby assist, step-to stairs, obstacles; circumducting R hemiparetic gait complete.
        ["v6-h83-harbor-town-pta-gait-28-against-15"] = new(
            """
            HARBOR TOWN REHAB — Conneaut · PTA
            Patient: SUNDBERG, OLAF · DOS 03/04/2026
            Gait training (97116) — 28 min
            – quad cane on level tile and carpet, 4 × 120 ft, standby assist
            – stairs with one rail and the cane, step-to, 8 steps
            – obstacle course around chairs
            Assessment: R hemiparetic gait — circumducts the R leg, poor R toe clearance
            Harbor Town Rehab                                                   Page 1 of 1
            """,
            ["I69.351"], [PTA("97116", 15)], [At(Mismatch, "97116")]),

        // UOVMC Mingo Junction OCR'd CPT / DESCRIPTION / MIN table with both MIN cells blank and only "TOTAL TIMED: 36": separate time missing; both sections complete (press-ups, bridges, bird dog, hinge with doses; L4-5 PAs, SI mobilization, STM; L4-5 hypomobility, spasm and core weakness; flexion degrees).
        ["v6-h83-uovmc-min-cells-blank-total-only"] = new(
            """
            UOVMC OUTPATIENT REHAB · MINGO JUNCTION · DAILY NOTE
            CPT      DESCRIPTION            MIN
            97110    THER EX
            97140    MANUAL
                                      TOTAL TIMED: 36
            97110: prone press-ups 2 x l0; bridges 3 x l2; bird dog 3 x 8 ea; hip hinge w/ dowel 2 x l0
            97140: L4-5 central PAs gr III; L SI mobilization; STM L lumbar paraspinals
            A: low back pain w/ L4-5 hypomobility, L paraspinal spasm & core weakness after shoveling the walk; can't bend to tie his boots
            O: lumbar flexion 40° → 55° after manual
            """,
            ["M54.50", "M62.830"], [PT("97110", 24), PT("97140", 12)], [SepTime]),

        // Black River Lorain PDF: "Therapeutic exercise (97110) — 14 min" on page one, the 97140 section on page two with no minutes: separate time missing; both sections complete (ER, scaption, rows with doses and cuff weakness; GH glides and STM with posterior-capsule tightness and IR degrees).
        ["v6-h83-blackriver-second-page-code-unminuted"] = new(
            """
            Black River Orthopedic & Sports PT · Lorain
            Patient: MEDINA, LUIS · DOS 03/04/2026
            Therapeutic exercise (97110) — 14 min
            • sidelying ER with 2 lb 3 × 12; scaption to 90° 3 × 10; band rows 3 × 15
            Assessment: R rotator cuff weakness after the strain lifting a coil at the tube mill
            Black River Orthopedic & Sports PT · Page 1 of 2
            Black River Orthopedic & Sports PT · Lorain
            Patient: MEDINA, LUIS · DOS 03/04/2026 (continued)
            Manual therapy (97140)
            • posterior GH glides gr III; soft-tissue mobilization to the infraspinatus and posterior deltoid
            Assessment: R posterior capsule tightness; IR at 90° abduction 28° → 40° after manual
            Black River Orthopedic & Sports PT · Page 2 of 2
            """,
            ["S46.011D"], [PT("97110", 14), PT("97140", 10)], [SepTime]),

        // Pine Creek Galeton PTA "Billing: 97110 × 1 unit, 97530 × 1 unit" — units, no minutes for either code: separate time missing; both sections complete (step-ups, hip abduction, mini squats with doses; mock tractor-cab climbs and feed-bag carries with counts; L hip and knee weakness after the fall off the hay wagon).
        ["v6-h83-pine-creek-units-and-no-minutes"] = new(
            """
            Pine Creek Valley Physical Therapy — Galeton
            Daily Note · Lyle B.
            Billing: 97110 × 1 unit, 97530 × 1 unit
            Therapeutic exercise: ▪ step-ups to an 8” step 3 × 10 ▪ sidelying hip abduction 3 × 12 ▪ mini squats 3 × 10
            Therapeutic activities: ▪ stepping up into the mock tractor cab with three points of contact × 6 ▪ carrying a 20-lb feed bag 50 ft × 4
            Why: L hip and knee weakness after the fall off the hay wagon; he can’t climb onto the tractor
            Signed (ink) — J. Whitmire, PTA
            """,
            ["S76.012D", "M62.81"], [PTA("97110", 12), PTA("97530", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a 97112 with a diagnosis (a fax that came through as a blank page): DOC_NOTE_MISSING and nothing else.
        ["v7-h83-empty-nmr-blank-fax-page"] = new(
            "",
            ["R26.81"], [PT("97112", 22)], [At(NoteMissing, "97112")]),

        // A scanned PDF with no text layer, converted to nothing but two page breaks (form feeds and a line break), on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line.
        ["v7-h83-form-feeds-only-two-codes"] = new(
            "\f\n\f",
            ["M54.50"], [PT("97110", 15), PT("97140", 10)], [At(NoteMissing, "97110"), At(NoteMissing, "97140")]),

        // Empty note on a PTA 97116 with no diagnosis: note missing and diagnosis missing.
        ["v7-h83-empty-pta-gait-no-dx"] = new(
            "",
            [], [PTA("97116", 14)], [At(NoteMissing, "97116"), Dx]),

        // 97110's meaning at Pine Creek: wall sits, step-ups, standing curls, slant-board calf stretch with doses (technique and measure), bilateral knee OA with quad weakness and a haymow-ladder goal (deficit); 17 matches: passes.
        ["v7-h83-pine-creek-97110-haymow-ladder"] = new(
            """
            Pine Creek Valley Physical Therapy — Wellsboro
            Daily Note · Merle A.
            Therapeutic exercise (97110) — 17 min
            ▪	wall sits 3 × 20 sec
            ▪	step-ups to an 8” step 3 × 10 each leg
            ▪	standing hamstring curls with a 3-lb cuff 3 × 12
            ▪	calf stretch on the slant board 3 × 30 sec
            Why: bilateral knee OA with quad weakness; goal — climb the haymow ladder and back down
            Signed (ink) — R. Hakes, PT
            """,
            ["M17.0"], [PT("97110", 17)], []),

        // 97530's meaning at UOVMC, OCR'd: floor recovery via half-kneel, potato-bag porch-step carries, low church-pew rises with counts and assistance (technique and measure), bilateral hip and knee weakness with poor sit-to-stand mechanics (deficit); "l9 rnin" matches: passes.
        ["v7-h83-uovmc-97530-floor-porch-and-pew"] = new(
            """
            UOVMC OUTPATIENT REHAB · WEIRTON · DAILY NOTE
            97530 THER ACTIVITIES — l9 rnin
            - floor-to-stand recovery via half-kneel at the sofa mock-up x 3
            - carrying a 5-lb bag of potatoes up 4 porch steps & setting it on the counter x 4
            - getting down into & up from a low church-pew mock-up x 6
            A: bilateral hip & knee weakness w/ poor sit-to-stand mechanics; can't get up off the floor after a fall & can't get out of the pew at Sunday Mass
            O: floor recovery w/ min assist; pew rise SBA w/ one hand on the pew in front
            """,
            ["M62.81", "R26.81"], [PT("97530", 19)], []),

        // 97140's meaning at Harbor Town: long-axis distraction with a belt, posterior and inferior glides, STM (technique), R hip capsular tightness with OA (deficit), IR and flexion degrees (measure); 12 matches: passes.
        ["v7-h83-harbor-town-97140-hip-distraction"] = new(
            """
            HARBOR TOWN REHAB — Geneva
            Patient: PETRIE, DONALD · DOS 03/04/2026
            Manual therapy (97140) — 12 min
            – long-axis distraction of the R hip with a mobilization belt, gr III, 3 × 30 s
            – posterior and inferior hip glides, gr III
            – soft-tissue mobilization to the R hip ﬂexors and TFL
            Assessment: R hip capsular tightness with OA — can’t swing the R leg over the tractor seat or reach to put on his sock
            Objective: R hip IR 12° → 19°, ﬂexion 92° → 101° after manual
            Harbor Town Rehab                                                   Page 1 of 1
            """,
            ["M16.11"], [PT("97140", 12)], []),

        // 97116's meaning at UOVMC, OCR'd: walker to cane with equal-step and heel-strike cues, curb and ramp, gravel with distance (technique and measure), antalgic gait with a Trendelenburg after the hip ORIF (deficit), SBA and CGA; 16 matches: passes.
        ["v7-h83-uovmc-97116-walker-to-cane-after-orif"] = new(
            """
            UOVMC OUTPATIENT REHAB · STEUBENVILLE · DAILY NOTE
            97116 GAIT TRAINING — 16 min
            - RW → SPC in the hallway, 2 x l5O ft, cues for equal step length & heel strike
            - curb up / down w/ SPC x 4; the ramp at the entrance x 2
            - across the gravel of the parking lot w/ SPC
            A: antalgic gait after L hip ORIF — decreased L stance time, short R step, Trendelenburg on the L
            O: SBA w/ SPC on level surfaces, CGA on the curb
            """,
            ["S72.142D"], [PT("97116", 16)], []),

        // Generic 97112, OCR'd: "97112 NMR — balance training, l5 rnin. Pt tol well. Cont POC." — no technique, deficit, number but its minutes, or one-on-one statement.
        ["v7-h83-uovmc-generic-nmr-balance-training"] = new(
            """
            UOVMC OUTPATIENT REHAB · DAILY NOTE
            97112 NMR — balance training, l5 rnin. Pt tol well. Cont POC.
            """,
            ["R26.81"], [PT("97112", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic 97110 + 97530 with minutes for each (15 and 12, both match): "exercises per program", "functional activities per plan", "tolerated session well and is progressing toward goals" — nothing named for either code.
        ["v7-h83-blackriver-generic-exercise-and-activities"] = new(
            """
            Black River Orthopedic & Sports PT · Elyria
            Therapeutic exercise (97110) — 15 min: exercises per program.
            Therapeutic activities (97530) — 12 min: functional activities per plan.
            Pt tolerated session well and is progressing toward goals.
            """,
            ["M17.11"], [PT("97110", 15), PT("97530", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic PTA 97530 in the Word template: "Therapeutic activities (97530) as per plan. She worked hard today and is making progress." — no activity, deficit or measure named.
        ["v7-h83-pine-creek-generic-activities-as-per-plan"] = new(
            """
            Pine Creek Valley Physical Therapy — Coudersport
            Daily Note
            Therapeutic activities (97530) as per plan. She worked hard today and is making progress.
            Signed (ink) — J. Whitmire, PTA
            """,
            ["M62.81"], [PTA("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // UOVMC Steubenville OCR'd three-code table (97112 "l8", 97110 "l2", 97140 "l0", all match), "[X] Individual (1:1)"; rocker perturbations, step-downs, half-roll squats; leg press, TKE, curls with doses; patellar and extension mobilizations; L knee neuromuscular control, weakness, extension limit; valgus count and degrees: passes.
        ["vord-h83-uovmc-steubenville-three-codes-after-meniscectomy"] = new(
            """
            UOVMC OUTPATIENT REHAB · STEUBENVILLE (SUNSET BLVD) · DAILY TREATMENT NOTE
            TX TYPE:  [X] Individual (1:1)   [ ] Concurrent   [ ] Group
            CPT      DESCRIPTION            MIN
            97112    NMR                    l8
            97110    THER EX                l2
            97140    MANUAL                 l0
            97112: perturbation training on the rocker board; lateral step-downs off a 6" step, eyes up; single-leg squats on the half foam roll
            97110: leg press 3 x l2 @ 9O#; TKE w/ band 3 x l5; standing hamstring curls 3 x l2 w/ 5#
            97140: patellar mobs sup / inf gr III; tibiofemoral extension mobs gr III-IV
            A: poor L knee neuromuscular control after the partial medial meniscectomy — the knee drifts into valgus on step-downs; L quad & hamstring weakness; L knee extension limited
            O: valgus on 3 of l0 step-downs (7 of l0 at IE); L knee ext -5° → 0° after manual
            """,
            ["S83.242D"], [PT("97112", 18), PT("97110", 12), PT("97140", 10)], []),

        // UOVMC Wintersville power-plant electrician, 97110 "l4 min" and 97140 "1l min" (both match); ER, Y's and T's, rows, wall slides with doses; GH glides, thoracic PAs, STM; R impingement with cuff and lower-trap weakness and posterior-capsule tightness; flexion degrees: passes.
        ["vord-h83-uovmc-wintersville-cable-tray-shoulder"] = new(
            """
            UOVMC OUTPATIENT REHAB · WINTERSVILLE · DAILY NOTE
            Pt is an electrician at the power plant in Brilliant; pulls cable overhead in the cable trays.
            97110 THER EX — l4 min: sidelying ER w/ 3# 3 x l2; prone Y's & T's 2 x l0; band rows 3 x l5; wall slides 2 x l2
            97140 MANUAL — 1l min: GH posterior glides gr III; thoracic PAs T3-6 gr III; STM R upper trap & levator
            A: R shoulder impingement w/ cuff & lower trap weakness & posterior capsule tightness — pain reaching overhead into the cable trays
            O: R shoulder flex l48° → l60° after manual
            """,
            ["M75.41"], [PT("97110", 14), PT("97140", 11)], []),

        // UOVMC Wellsburg PTA seven weeks after CABG, OCR'd "l7 rnin" (matches); chair rises, step-ups, marches, band rows and press with doses; generalized LE weakness and low endurance with a mailbox-hill goal: passes.
        ["vord-h83-uovmc-wellsburg-pta-after-cabg-97110"] = new(
            """
            UOVMC OUTPATIENT REHAB · WELLSBURG, WV · DAILY NOTE (PTA)
            Pt 69 y/o M, 7 wks after CABG x3; phase II cardiac rehab MWF at the hospital; here for LE strength.
            97110 THER EX — l7 rnin
            - sit-to-stand from a standard chair 3 x 8, no UE
            - step-ups to a 6" step 2 x l0 ea
            - standing marches 2 x 20
            - band rows & chest press w/ the green band 2 x l2 (sternal precautions kept)
            A: generalized LE weakness & low endurance after CABG; goal — walk up the hill from his mailbox w/out stopping
            """,
            ["R53.81", "Z95.1"], [PTA("97110", 17)], []),

        // Pine Creek Coudersport hunter after a trimalleolar ORIF: "One-on-one the whole time; nobody else was in the clinic"; a homemade 2×6-on-a-pipe rocker eyes closed, foam SLS with wall tosses, side-hill walking; R ankle proprioception and ankle strategy; foam SLS and Y-balance; 21 matches: passes.
        ["vord-h83-pine-creek-coudersport-side-hill-ankle"] = new(
            """
            Pine Creek Valley Physical Therapy — Coudersport
            Daily Note · Gary W.
            Gary slipped on a wet rock coming off the ridge in bear season; R trimalleolar fracture, ORIF in December.
            Neuromuscular re-education (97112) — 21 min. One-on-one the whole time; nobody else was in the clinic.
            ▪	our homemade rocker — a 2×6 on a piece of pipe — side to side, then front to back, eyes closed
            ▪	single-leg stance on the foam pad, tossing a ball off the wall
            ▪	walking the side hill behind the clinic, across the slope both ways
            Problem: poor R ankle proprioception and a slow ankle strategy after the fracture — rolls the ankle on side hills
            Measured: SLS on foam R 6 sec / L 24 sec; Y-balance anterior reach R 58 cm / L 67 cm
            Signed (ink) — D. Chilson, PT
            """,
            ["S82.851D"], [PT("97112", 21)], []),

        // Pine Creek Coudersport maple producer: hanging buckets at shoulder height, gathering-pail carries, kneeling to feed the evaporator with counts and loads; R cuff weakness after the repair and a stiff low back; 24 matches: passes.
        ["vord-h83-pine-creek-sugarbush-buckets-97530"] = new(
            """
            Pine Creek Valley Physical Therapy — Coudersport
            Daily Note · Arnold Z.
            Arnold and his son run 900 taps in the sugarbush; the season started last week and he’s been off since the shoulder surgery in the fall.
            Therapeutic activities (97530) — 24 min
            ▪	hanging a bucket on a tap at shoulder height and lifting the lid, R arm, × 12
            ▪	carrying a half-full gathering pail (about 20 lb) 60 ft across the gym, × 6
            ▪	kneeling to feed split wood into the evaporator firebox mock-up and standing back up, × 8
            Why: R shoulder weakness after the rotator cuff repair, and a stiff low back — he can’t lift the pail to the gathering tank or keep the arch fed
            Signed (ink) — R. Hakes, PT
            """,
            ["M75.121", "Z47.89"], [PT("97530", 24)], []),

        // Pine Creek Mansfield university cross-country runner: cuff hip abduction, box single-leg squats, band walks, step-downs with doses; R patellofemoral pain with hip abductor weakness and a hill-loop goal; 16 matches: passes.
        ["vord-h83-pine-creek-mansfield-runner-97110"] = new(
            """
            Pine Creek Valley Physical Therapy — Mansfield
            Daily Note · Kayla R. (university cross-country)
            Therapeutic exercise (97110) — 16 min
            ▪	side-lying hip abduction with a 3-lb cuff, 3 × 15
            ▪	single-leg squat to a 16” box, 3 × 8 each leg
            ▪	lateral band walks, 3 × 20 steps
            ▪	step-downs off a 6” step with a hold at the bottom, 2 × 10
            Why: R patellofemoral pain with hip abductor weakness — the knee drops in on the hills; goal: run the hill loop on the rail trail without pain
            Signed (ink) — R. Hakes, PT
            """,
            ["M22.2X1"], [PT("97110", 16)], []),

        // Black River Lorain PDF retired steelworker after a stroke: "one-on-one — the PT treated Mr. Rosado alone for the full 97112"; PNF D1 LE, mirror weight shifts with reaching, facilitated step-ups; R hemiparesis with poor recruitment; Fugl-Meyer LE and Berg; 22 matches: passes.
        ["vord-h83-blackriver-lorain-steelworker-stroke-nmr"] = new(
            """
            Black River Orthopedic & Sports PT · Lorain
            Patient: ROSADO, EFRAÍN · DOS 03/04/2026
            Delivery: one-on-one — the PT treated Mr. Rosado alone for the full 97112
            Neuromuscular re-education (97112) — 22 min
            • PNF D1 ﬂexion / extension of the R leg with manual resistance, supine then standing
            • weight shifts onto the R leg at the mirror, reaching to targets on the L
            • stepping onto and off a 4-in. step, R stance, with PT facilitation at the knee
            Assessment: R hemiparesis after the L MCA stroke — poor R quad and hip extensor recruitment; won’t load the R leg
            Objective: Fugl-Meyer LE motor 22/34; Berg 42/56
            Black River Orthopedic & Sports PT · Page 1 of 1
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // Black River Elyria PDF school custodian, 97110 13 and 97530 15 (both match); ER, scaption, pull-aparts with doses; stepladder light change, mop-bucket lifts, cart pushes with counts and loads; L impingement with cuff weakness: passes.
        ["vord-h83-blackriver-elyria-custodian-te-and-ta"] = new(
            """
            Black River Orthopedic & Sports PT · Elyria
            Patient: GRANT, DARNELL · DOS 03/04/2026 · school custodian
            Therapeutic exercise (97110) — 13 min
            • sidelying ER with 3 lb 3 × 12; scaption with 2 lb 3 × 10; band pull-aparts 3 × 15
            Therapeutic activities (97530) — 15 min
            • changing a mock ceiling light from the top of a 6-ft stepladder, × 4
            • lifting a 25-lb mop bucket from the ﬂoor into the utility sink, × 8
            • pushing the loaded custodial cart 100 ft and back, × 3
            Assessment: L shoulder impingement with rotator cuff weakness — can’t work overhead on the ladder or lift the mop bucket
            Black River Orthopedic & Sports PT · Page 1 of 1
            """,
            ["M75.42"], [PT("97110", 13), PT("97530", 15)], []),

        // Harbor Town Conneaut PDF walleye charter captain: lumbar PAs, SI mobilization, QL and glute STM; L4-5 hypomobility with guarding after standing at the helm; extension degrees; 12 matches: passes.
        ["vord-h83-harbor-town-charter-captain-97140"] = new(
            """
            HARBOR TOWN REHAB — Conneaut
            Patient: JOKINEN, PAUL · DOS 03/04/2026 · walleye charter captain
            Manual therapy (97140) — 12 min
            – L4-5 and L5-S1 central PAs, gr III–IV
            – R SI joint mobilization, sidelying
            – soft-tissue mobilization to the R quadratus lumborum and glutes
            Assessment: L4-5 hypomobility with R QL and gluteal guarding — stiff and sore after a day standing at the helm in the chop
            Objective: lumbar extension 10° → 18° after manual
            Harbor Town Rehab                                                   Page 1 of 1
            """,
            ["M54.50", "M62.830"], [PT("97140", 12)], []),

        // Harbor Town Geneva PDF vineyard pruner after a concussion: "the PT saw Ms. Strunk one-on-one, no other patient during the session"; foam saccades, walking x1, cone-walk pursuit; oculomotor and vestibulo-ocular dysfunction; NPC and DVA; 20 matches: passes.
        ["vord-h83-harbor-town-geneva-pruner-concussion"] = new(
            """
            HARBOR TOWN REHAB — Geneva
            Patient: STRUNK, HANNAH · DOS 03/04/2026
            Ms. Strunk prunes vines at a Geneva winery; she fell off the grape-harvester platform in the fall and struck her head (concussion).
            Delivery: the PT saw Ms. Strunk one-on-one, no other patient during the session
            Neuromuscular re-education (97112) — 20 min
            – saccades between two targets, seated → standing on foam
            – VOR x1 walking down the hall
            – walking between cones while tracking a moving target (smooth pursuit)
            Assessment: post-concussion oculomotor and vestibulo-ocular dysfunction — dizzy scanning down the vine rows and unsteady on the uneven ground
            Objective: near point of convergence 12 cm (18 cm at eval); DVA 2 lines lost
            """,
            ["S06.0X0D", "F07.81"], [PT("97112", 20)], []),

        // Black River Amherst PDF, PTA: "PTA treated the patient one-on-one; no other patient on the PTA's schedule during the NMR"; sharpened Romberg on foam, beam walking, released-lean stepping; postural control and stepping response after icy-driveway falls; Romberg seconds and TUG; 18 matches: passes.
        ["vord-h83-blackriver-amherst-pta-nmr-icy-driveway"] = new(
            """
            Black River Orthopedic & Sports PT · Amherst
            Patient: BELLAMY, JOAN · DOS 03/04/2026 · PTA
            Delivery: PTA treated the patient one-on-one; no other patient on the PTA’s schedule during the NMR
            Neuromuscular re-education (97112) — 18 min
            • Romberg to sharpened Romberg on foam, eyes closed
            • forward and backward walking on the balance beam, hands free
            • stepping-strategy practice: PTA releases her from a backward lean
            Assessment: impaired postural control with a delayed stepping response after two falls on her icy driveway
            Objective: sharpened Romberg on foam 8 s; TUG 12.6 s
            Black River Orthopedic & Sports PT · Page 1 of 1
            """,
            ["R29.6"], [PTA("97112", 18)], []),

        // Harbor Town Ashtabula: complete 97112 (one-on-one stated; half-roll rhythmic stabilization, head-turn tandem, hurdle stepping; postural control and proprioception; tandem seconds and FGA) sent with no diagnosis.
        ["vord-h83-harbor-town-no-diagnosis"] = new(
            """
            HARBOR TOWN REHAB — Ashtabula
            Patient: NIEMI, ARVO · DOS 03/04/2026
            Delivery: one-on-one with the PT, no one else in the gym
            Neuromuscular re-education (97112) — 19 min
            – rhythmic stabilization standing on the half foam roll, PT at the pelvis
            – tandem walking on a line with head turns
            – lateral stepping over a low hurdle, eyes up
            Assessment: impaired postural control and proprioception in both legs — unsteady on the snowy walk to the mailbox
            Objective: tandem stance 7 s; FGA 18/30
            """,
            [], [PT("97112", 19)], [Dx]),

        // Pine Creek Wellsboro: complete 97110 (long-arc quads, chair rises, TKE with doses; L knee OA with quad weakness and a Grange-hall steps goal) with the ICD-9 code 715.36 as its diagnosis: not an ICD-10-CM code.
        ["vord-h83-pine-creek-icd9-715-36"] = new(
            """
            Pine Creek Valley Physical Therapy — Wellsboro
            Daily Note · Shirley N.
            Therapeutic exercise (97110) — 15 min
            ▪	long-arc quads with a 3-lb cuff, 3 × 12
            ▪	sit-to-stand from the 18” chair, 3 × 8
            ▪	terminal knee extension with the band, 3 × 15
            Why: L knee OA with quad weakness; goal — get up the three steps into the Grange hall without the rail
            Signed (ink) — R. Hakes, PT
            """,
            ["715.36"], [PT("97110", 15)], [Dx]),

        // UOVMC Toronto PTA "97110 THER EX — 26 min" against a 14-min PTA line: mismatch; bridges, clamshells, hip extension, step-ups with doses and R hip abductor and extensor weakness after the THA complete.
        ["vord-h83-uovmc-pta-ther-ex-26-against-14"] = new(
            """
            UOVMC OUTPATIENT REHAB · TORONTO, OH · DAILY NOTE (PTA)
            97110 THER EX — 26 min
            - bridges 3 x l2; clamshells w/ band 3 x l5; standing hip ext at the counter 3 x l0; step-ups to 6" 2 x l0
            A: R hip abductor & extensor weakness after R THA — Trendelenburg when she walks to the bus stop
            """,
            ["Z96.641"], [PTA("97110", 14)], [At(Mismatch, "97110")]),

        // Black River Lorain OT "OT 97530 therapeutic activities — 30 min" against an 18-min OT line: mismatch; jars, putty cutting, towel folding with counts, R hand weakness after the radius fracture and grip complete.
        ["vord-h83-blackriver-ot-activities-30-against-18"] = new(
            """
            Black River Orthopedic & Sports PT · Lorain · Hand & OT
            Patient: RIVERA, MARISOL · DOS 03/04/2026
            OT 97530 therapeutic activities — 30 min
            • opening jars and a milk jug, R hand, × 6 each
            • cutting putty with a knife and fork, × 3
            • folding towels and hanging them on the bar at shoulder height, × 10
            Deﬁcit: R hand weakness and pain after the distal radius fracture — can’t open containers or cut her food
            Objective: grip R 24 lb (L 51 lb)
            """,
            ["S52.501D"], [OT("97530", 18)], [At(Mismatch, "97530")]),

        // UOVMC Wintersville OCR'd "97110 THER EX — l5 min: see flowsheet (not attached)" and "97140 MANUAL — l0 min: see flowsheet (not attached)" (both match), "Pt tolerated tx. Cont POC.": nothing named for either code.
        ["vord-h83-uovmc-see-flowsheet-not-attached"] = new(
            """
            UOVMC OUTPATIENT REHAB · WINTERSVILLE · DAILY NOTE
            97110 THER EX — l5 min: see flowsheet (not attached)
            97140 MANUAL — l0 min: see flowsheet (not attached)
            Pt tolerated tx. Cont POC.
            """,
            ["M54.50"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
