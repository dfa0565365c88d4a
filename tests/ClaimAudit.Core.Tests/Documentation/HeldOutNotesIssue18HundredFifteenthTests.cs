using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-fifteenth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07) is the next week of the clinics and writers of the hundred-and-third to hundred-and-tenth
/// sets, in the styles the analyzer has already seen and with notes it has not: new patients, new days and new wording
/// inside the same templates — HL7 v2 messages with their segments and escapes, charting by exception and focus (D/A/R)
/// notes, skilled maintenance for progressive conditions, rehab aides and hand-offs, symbol-heavy iPad notes, tables
/// drawn with box-drawing characters and with ASCII, after-visit summaries appended to the note, and mail-merge
/// templates with their leftovers — about two thirds ordinary and complete (70 of 105), single- and multi-code visits
/// (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and a PTA's code and a PT's and an OT's code on
/// one visit), by PTs, PTAs and OTs, from nine of those employers:
/// <list type="number">
/// <item>Bay de Noc Regional Medical Center — Rehabilitation Services (BDN: Escanaba, Gladstone and Manistique, Michigan),
/// whose REHABDOC system sends MDM^T02 and ORU^R01 messages — MSH, PID, PV1, TXA, OBR and OBX segments, "\.br\" and
/// "\X0D\\X0A\" escapes, an NM minute OBX per code, coded ONE2ONE and IMPAIR observations, Berg as NM and TUG as SN:
/// Kaisa Heikkinen (PT, DPT), Rachel Ostrowski (PT), Tom Beauchamp (PTA) and Lindsey Arvola (OTR/L); a man with a
/// cerebellar stroke, a woman who sways on the ice-shanty floor, a man who splits birch in his pole barn, a
/// snow-plough driver, a pasty-shop owner and Mr. Jarvi at the parallel bars;</item>
/// <item>Clear Fork Physical Therapy (CFPT: Abilene and Anson, Texas), charting by exception — the key "✓ = done per
/// POC · N/C = no change · * = see Exceptions", "Attendance: ☑ 1:1 w/ PT", "CPT 97112 Min [ 23 ]" boxes, dot leaders,
/// "Exceptions:" and "All else per plan.", and the group's D:/A:/R: focus lines: Dr. Lorraine Pettibone (PT, DPT), Mateo
/// Salcido (PT) and Shawna Kittrell (PTA); a pecan sheller, a man who walks the fence line on a caliche road, a
/// woman who works the concession stand at the Friday football game and a retired cotton-gin ginner;</item>
/// <item>Buffalo River Physical Therapy (BRPT: Jasper and Marshall, Arkansas), its typed skilled-maintenance form for
/// nursing-home residents seen as Part B outpatients — "Resident:", "Came by:", "Episode: maintenance (Jimmo)", "TX —
/// 97112 NMR [ 23 min ]", "PROBLEM:", "NUMBERS:", "WHY IT TAKES A THERAPIST:", "FOR THE FLOOR:": Ruth Ann Villines
/// (PT), Cody Treat (PTA) and Darla Bolding (OTR/L); a man with Parkinson's disease who freezes at the chapel door, a
/// woman eight years past a stroke who slides down in her wheelchair, a retired turkey-plant foreman with post-polio
/// weakness and a CNA named Tressa;</item>
/// <item>Two Rivers Orthopedic Physical Therapy (TROPT: Midtown, Natomas, Elk Grove, Folsom, Davis and Stockton,
/// California), its terse daily note with "Floor:" naming the rehab aide, "Billable (licensed only):", "RA log (not
/// billed):" and "1:1 w/ licensed: Y": Mara Castellanos (PT, DPT), Trevor Nakamura (PT), Aaliyah Freeman and Jun Park
/// (PTAs) and the aides Kenji, Brianna and Luis; a Sacramento River levee patrolman, a Davis bike-shop mechanic, a
/// tomato-cannery forklift driver and a Folsom Lake kayak renter;</item>
/// <item>Kestrel Mobile Physical Therapy (KMPT: patients' homes in Larimer and Weld counties, Colorado), iPad notes
/// with "➤ Tx / ➤ Why / ➤ #s", "⏱ 97112 — 23 min", "☑ 1:1 only pt", "Δ since IE", "Σ timed" and dictation left in:
/// Hallie Sorensen-Vigil (PT, DPT), Mateo Ruelas (PT), Renée Stoltzfus (PTA) and Oksana Melnyk (OTR/L); women in Eaton
/// and a Berthoud farmhouse, a Loveland split-level's half flight, a grandson's hockey bag in the hall, a husband who
/// holds the dog and another on a hay bale;</item>
/// <item>Coosa Valley Physical Therapy (CVPT: Gadsden and Boaz, Alabama), the REHABMASTER 2.4 "DAILY TREATMENT LOG" of
/// ASCII +----+ tables in capitals, and Gallatin Rehab Partners (GRP: Bozeman, Belgrade, Livingston and Big Sky,
/// Montana), whose "FlowChart PT" draws ╔═╦═╗ tables: R. Whitlock (PT), J. Battles (PT), T. Moody (PTA), S. Gilliland
/// (OTR/L), Megan Sorensen (PT, DPT), Tyler Two Bears (PT), Brooke Lindqvist (PTA) and Aaron Castellano (OTR/L); a
/// retired Goodyear tyre builder, a woman who sings in the choir loft, a Bridger Bowl lift mechanic and a rodeo
/// pick-up man;</item>
/// <item>St. Brendan Health Outpatient Rehabilitation (SBH: Duluth, Hermantown, Cloquet and Two Harbors, Minnesota),
/// whose notes carry the after-visit summary below "----- AFTER VISIT SUMMARY (given to patient) -----", with
/// "Plain-language summary", "Teach-back:", "{YES/NO:20234}" and "***" left unfilled: Anneli Koski (PT, DPT), Marcus
/// Dahl (PT), Renee Bergquist (PTA) and Joy Oyelaran (OTR/L); a taconite-train conductor, a woman who walks the
/// Lakewalk to the lighthouse and a Cloquet paper-mill retiree;</item>
/// <item>PeakForm Physical Therapy (PFPT: Alamogordo, Hobbs and Deming, New Mexico), the "PFPT Daily Note v4.2.docx"
/// mail merge with «merge fields», &lt;&lt;fields&gt;&gt; saved as text, the boilerplate "Patient tolerated today's
/// session well and is progressing toward goals", "SteadyStride" levels and the "Powered by PeakForm ClinicLink" footer:
/// Corinne Baca (PT, DPT), Tyler Nez (PT), Araceli Domínguez (PTA) and Wes Harlan (PT); a chile-roaster at the Deming
/// farmers' market, a retired Holloman aircraft mechanic and a woman who walks her grandchildren to school.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read a great many notes of these kinds,
/// applying the contract to what the text says: an interface's wrapping, a table's borders, a symbol and a template's
/// leftovers are read for what they carry; a placeholder, a merge field, a prompt, a blank and "***" state nothing; a
/// box ticked states what it labels and an unticked row states nothing; an aide's, a CNA's or a family member's
/// presence does not undo one-on-one unless the clinician treated another patient in the billed minutes:
/// <list type="bullet">
/// <item>class 1 (v1-h115-…): one-on-one in these writers' own words ("ONE2ONE^One-on-one^LOCAL||Y^Yes" with "Just the
/// two of us in the Gladstone gym", "[X] 1:1 — CNA Tressa waited in the van", "1:1 w/ licensed: Y — Luis set up the
/// hurdles before I started; he was not in the block", "➤ 1:1 ☑ only pt — husband held the dog in the kitchen", a
/// +----+ log's "1-ON-1(Y/N)" column reading Y), notes that negate it (a PTA "working Mr. Jarvi and this pt at the same
/// time at the parallel bars", an aide-run circuit with the PT "checking in between my two evals", an iPad row "☑ co-tx
/// w/ neighbor on the mat … traded sets between them") or never state it (a franchise merge whose Delivery line was
/// deleted), and a code with no one-on-one check (a CBE PTA's 97110 ticked concurrent with Mr. Pruitt on the bike);</item>
/// <item>class 2 (v2-h115-…): checkbox and blank-field states (an ONE2ONE observation sent with no value, "Session: ☐ 1:1
/// ☐ co-tx ☐ concurrent" unticked, "One-on-one: {YES/NO:20234}" under an unticked "Visit type" row, "Impairment:
/// «Impairment»", "Impairment: ***", a ╔═╗ outcomes grid of "[   ]" cells) and boxes ticked beside unrelated blanks
/// ("HEP: ________", "Next appt: ______", "FOR THE FLOOR: ________");</item>
/// <item>class 3 (v3-h115-…): named programmes and methods as techniques (the Otago balance set at the hall rail, LSVT BIG
/// maximal daily exercises and a functional component, PNF chop and lift with the Cawthorne-Cooksey sequence, Tai Ji
/// Quan: Moving for Better Balance, Mulligan SNAGs and Maitland grade IV oscillations for a 97140), the franchise's
/// "SteadyStride Level 4 per franchise protocol" as the only technique, Herdman X1 and X2 viewing in an OBX-5 sent without
/// its ONE2ONE observation, and Feldenkrais awareness through movement with no number;</item>
/// <item>class 4 (v4-h115-…): deficits stated as findings in these writers' terms (a foot that scuffs on the pole-barn
/// floor, knees that buckle on the activity-bus step in a focus note's D: line, a woman who tips back reaching for the
/// top cupboard, a pick-up man whose foot won't find the stirrup) and notes that state none ("Impairment: No deficits
/// noted.", "Impairments: within normal limits.", "Exceptions: none.", "PROBLEM: same.");</item>
/// <item>class 5 (v5-h115-…): measures in every usual form (a Berg NM OBX and a TUG SN "^14.2", a ╔═╗ outcomes grid of
/// FGA and Four Square Step Test, "Berg 44/56 (Δ since IE +6)", a CBE "Last / Today" row of distance and assist for a
/// 97116, a 97110 flowsheet of sets, reps and loads) and notes with none ("Berg [   ] — not done, next visit", "NUMBERS:
/// not done — resident tired after dialysis", "#s • next visit — steadier per husband", "Your numbers: ***");</item>
/// <item>class 6 (v6-h115-…): minutes in these templates' forms (an NM minute OBX per code, a +----+ MIN column for two
/// codes, "⏱ 97116 — 18 min" and "⏱ 97110 — 12 min", a "Time:" line per code above the after-visit summary, a clock
/// range on the code's own line "CPT: 97116    1:05-1:23 pm", a PT's and a PTA's code each with its minutes) and true
/// mismatches (an NM OBX of 30 on a 19-minute line, a franchise "Minutes: 15" on a 26-minute line, a MIN cell of 35 on a
/// 22-minute line) and truly missing separate time (both CBE minute boxes blank beside "Total timed: 38 min", a ╔═╗
/// table's Min cells empty beside a treatment total);</item>
/// <item>class 7 (v7-h115-…): empty notes (DOC_NOTE_MISSING on each profiled line, with the diagnosis check alone beside
/// it: an empty note on a 97112 and a 97116, spaces and CR/LF line breaks on a 97110, an empty OT note with no diagnosis), the
/// contract's meanings for 97110 (straight-leg raises, quad sets and short-arc quads after a knee replacement), 97530
/// (toilet transfers, a low drawer and a plate carried to the table), 97140 (patellar mobilisations and tibiofemoral
/// glides) and 97116 (a walker on a hall, a ramp and a curb), and wholly generic notes (an OBX-5 of "Balance and
/// coordination exercises. Pt tolerated tx well. Cont POC.", a CBE "All per plan. ✓", a merge with every clinical field
/// unfilled);</item>
/// <item>ordinary (vord-h115-…): complete notes of these employers that a reviewer passes (the false-positive guard),
/// with their harmless leftovers («NextAppt», «HEPLink», "***", "{YES/NO:20234}" on an unrelated line, an aide's log),
/// and the ordinary weak ones: a complete note with no diagnosis, a diagnosis cell of words ("OA R knee"), a two-code
/// note with only "Total timed: 26 min".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — husbands, a CNA, aides, a student,
/// HL7 timestamps and record numbers, dates, ages, years since a diagnosis, heights of steps, loads in pounds, band
/// colours, distances in feet, degrees, gait speeds, counts of cones and trips — each written so that a reviewer cannot
/// take it for a billed code's minutes; a code's minutes are written next to the code, in its block's heading, in a
/// minute box or cell or as a clock range on the code's own line; no note gives minutes to a visit, a drill, a rest or
/// a test, except the ones that fail for a visit total; notes failed for want of a measure carry no number but their
/// code and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at
/// all. A 97112 passes the measure check only on an objective measure with a number; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a
/// family member, caregiver, aide or student in the room does not undo a one-on-one statement, another patient treated
/// in the same block does.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what its mixture of styles makes arguable: an HL7 ONE2ONE observation that says Y while the
/// OBX-5 text describes a second patient, an aide's minutes written inside the licensed block, a box-drawn table whose
/// Min cell wraps onto the next row, an after-visit summary that repeats the code's minutes differently from the
/// note above it, and a programme's level given as the only dose.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 101 of 105 cases agree (103 needed), and 2 of the 70 notes the reviewer passes got a finding, on the analyzer of 3940f40 (the start of the 2026-12-07 eighteenth session, before any change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 105 of 105, no false positive — an HL7 observation sent without a value ("ONE2ONE^One-on-one^LOCAL||") says nothing; "1:1 ☑ only pt — husband held the dog in the kitchen" ("held" with its object is no service withheld); "SteadyStride Level 4" a programme's level; cued turning (turns in a wide arc, stepping over a floor line at the doorway).</para>
/// </summary>
public class HeldOutNotesIssue18HundredFifteenthTests(ITestOutputHelper output)
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

        // BDN ORU from Gladstone, "ONE2ONE^One-on-one^LOCAL||Y^Yes" and "just the two of us in the Gladstone gym"; perturbations on the Airex, tandem on the foam beam, stepping to a cue; cerebellar ataxia; SARA and perturbation count; NM minute OBX 24 matches: passes.
        ["v1-h115-bdn-one2one-yes-two-of-us"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20261207090412||ORU^R01^ORU_R01|BDN261207-0108|P|2.5.1
            PID|1||E611204^^^BDNRMC^MR||NIEMI^TOIVO^R||19480211|M
            OBR|1||BDN-TX-91022|PTTX^PT Treatment Session^L|||20261207081500
            OBX|1|NM|97112-MIN^Neuromuscular reeducation timed minutes^LOCAL||24|min|||||F
            OBX|2|CE|ONE2ONE^One-on-one^LOCAL||Y^Yes||||||F
            OBX|3|TX|PTTX-NOTE^Note^L|1|Just the two of us in the Gladstone gym for the NMR.\.br\Perturbations at the pelvis standing on the Airex, tandem walking on the foam beam, stepping to a colour called out on the floor mat.\.br\Truncal ataxia after the R cerebellar stroke, wide base and a late, overshooting step.\.br\SARA 10/40; recovered 6 of 10 perturbations with one step.||||||F
            OBX|4|TX|PTTX-NOTE^Note^L|2|K. Heikkinen PT DPT||||||F
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // BRPT skilled-maintenance form, "Attendance: [X] 1:1 — CNA Tressa waited in the van"; PWR! Up and PWR! Step in sitting and standing, doorway approach with a floor line, weight shift before turning; freezing at the chapel door; pull test steps and freezing count; TX heading 23 matches: passes.
        ["v1-h115-brpt-cna-waited-in-the-van"] = new(
            """
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Mr. Harold Cagle — Pine Hollow Nursing & Rehab, room 14B
            Came by: facility van, CNA Tressa
            Episode: maintenance (Jimmo), yr 3 — annual recert
            Attendance: [X] 1:1 — CNA Tressa waited in the van   [ ] Concurrent   [ ] Group
            TX — 97112 NMR [ 23 min ]
            ---------------------------------------------------
            PWR! Up and PWR! Step seated then standing at the rail; approaching a doorway with a tape line on the floor and a weight shift before each turn; big steps to a metronome.
            PROBLEM: Parkinson's, freezes at the chapel door and festinates on the turn back to his chair.
            NUMBERS: pull test 3 steps back; froze at the doorway 2 of 8 tries (5 of 8 last month).
            WHY IT TAKES A THERAPIST: to keep him walking to meals — the cues have to be changed as he changes.
            — Ruth Ann Villines, PT
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // TROPT Folsom, "1:1 w/ licensed: Y — Luis (RA) set up the hurdles before I started"; lateral hurdle steps, SLS on foam with head turns, perturbations while paddling an oar; kayak renter's R ankle proprioception; SLS seconds and hurdle touches; 97112 line 22 matches: passes.
        ["v1-h115-tropt-aide-set-up-hurdles-before"] = new(
            """
            TROPT Daily Note — Folsom
            Pt: Ochoa, Rudy · 68 y/o · rents kayaks at Folsom Lake
            Floor: Luis (RA)
            1:1 w/ licensed: Y — Luis set up the hurdles before I started; he was not in the block.
            Billable (licensed only):
            97112 NMR ... 22 min (M. Castellanos PT)
              lateral hurdle stepping, SLS on the Airex with head turns, perturbations at the trunk while he paddles with a dowel
            Impairment: R ankle proprioception poor after the sprain on the launch ramp; rolls it stepping onto the dock.
            Measures: SLS Airex R 9 sec / L 21 sec; touched the hurdles 2 times in 20 passes.
            RA log (not billed): ice bag after.
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // KMPT iPad home visit, "☑ 1:1 only pt — husband held the dog in the kitchen"; foam stance eyes closed, reaching to the top cupboard with a head turn, stepping strategy to nudges; she tips back reaching overhead; FGA and reach; "⏱ 97112 — 23 min" matches: passes.
        ["v1-h115-kmpt-husband-held-the-dog"] = new(
            """
            KMPT • Home visit • iPad
            Pt: M.K. · 83 · Eaton
            ⏱ 97112 — 23 min
            ➤ 1:1 ☑ only pt — husband held the dog in the kitchen
            ➤ Tx
            • feet together on the foam pad, eyes closed
            • reaching to the top cupboard with a head turn to the L
            • stepping strategy to nudges at the hips, fwd and back
            ➤ Why
            • posterior loss of balance — tips back when she reaches overhead, no ankle strategy
            ➤ #s
            • FGA 17/30 (Δ since IE +5)
            • stepped to recover 7 of 10 nudges
            — H. Sorensen-Vigil PT DPT, charted in the car before the next house
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // CVPT REHABMASTER log with the "1-ON-1 (Y/N)" column reading Y; weight shifts on the rocker board, standing on foam with eyes closed, stepping over the cord; choir singer who can't find the loft stair; Berg and rocker seconds; MIN 22 matches: passes.
        ["v1-h115-cvpt-one-on-one-column-y"] = new(
            """
            COOSA VALLEY PHYSICAL THERAPY          REHABMASTER 2.4
            DAILY TREATMENT LOG                    GADSDEN
            PT NAME: HOLCOMBE, ODESSA              ACCT#: 44817
            +-------+-------------+-----+-------------+
            | CPT   | DESCRIPTION | MIN | 1-ON-1(Y/N) |
            +-------+-------------+-----+-------------+
            | 97112 | NM RE-ED    |  22 | Y           |
            +-------+-------------+-----+-------------+
            TX NARRATIVE:
            ROCKER BOARD WT SHIFTS A/P AND M/L, FOAM STANCE EYES CLOSED,
            STEPPING OVER THE EXTENSION CORD WHILE TURNING THE HEAD.
            DECR PROPRIOCEPTION BILAT FEET (NEUROPATHY) - CANNOT FIND THE
            CHOIR LOFT STAIR WITHOUT LOOKING DOWN.
            BERG 46/56. ROCKER M/L 12 SEC NO EDGE TOUCH.
            R. WHITLOCK PT
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // BDN ORU, PTA "working Mr. Jarvi and this pt at the same time at the parallel bars": another patient in the billed block; techniques, deficit and measure present: one-on-one missing.
        ["v1-h115-bdn-pta-two-at-the-bars"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20261207141920||ORU^R01^ORU_R01|BDN261207-0477|P|2.5.1
            PID|1||E588013^^^BDNRMC^MR||KOSKI^ELVIRA^M||19450806|F
            OBX|1|NM|97112-MIN^Neuromuscular reeducation timed minutes^LOCAL||21|min|||||F
            OBX|2|TX|PTTX-NOTE^Note^L|1|Working Mr. Jarvi and this pt at the same time at the parallel bars, back and forth.\.br\Tandem stance in the bars, marching on the foam strip, lateral weight shifts to a target.\.br\Decreased proprioception both feet after chemo; she can't tell where her feet are on the foam.\.br\Tandem 8 sec R in front; 4 of 10 weight shifts to the target without a hand.||||||F
            OBX|3|TX|PTTX-NOTE^Note^L|2|T. Beauchamp PTA||||||F
            """,
            ["G62.0"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // TROPT Stockton, aide-run block: "Brianna (RA) ran the balance circuit; I checked in between evals" — the licensed clinician was attending other patients; one-on-one missing; circuit named, deficit and measure present.
        ["v1-h115-tropt-aide-ran-circuit-pt-between-evals"] = new(
            """
            TROPT Daily Note — Stockton (Brookside)
            Pt: Vang, Mai · 71 y/o · retired cannery sorter
            Floor: Brianna (RA)
            97112 NMR ... 20 min (T. Nakamura PT)
              Brianna ran the balance circuit — foam tandem, rocker board, cone step-overs; I checked in between my two evals.
            Impairment: decreased postural control after the L hip ORIF, she grabs the counter when she turns.
            Measures: TUG 14.1 sec; rocker board A/P 10 sec.
            """,
            ["S72.002D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // KMPT clubhouse gym, "Session: ☐ 1:1 ☑ co-tx w/ neighbor on the mat, traded sets" — two patients treated in the block: one-on-one missing; techniques, deficit and measures present.
        ["v1-h115-kmpt-clubhouse-traded-sets"] = new(
            """
            KMPT • Windsor 55+ clubhouse gym • iPad
            Pt: D.R. · 77
            ⏱ 97112 — 22 min
            Session: ☐ 1:1 ☑ co-tx w/ neighbor on the mat — Mr. & Mrs. next door, traded sets between them
            ➤ Tx • half-kneel rhythmic stabilization • tandem on the shuffleboard court line • step-and-stick to the cones
            ➤ Why • L hemiparesis, poor weight acceptance L, late L step
            ➤ #s • Berg 41/56 • step-and-stick 5 of 10 no hand
            — R. Stoltzfus PTA
            """,
            ["I69.354"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // PFPT Deming merge whose Delivery line was deleted: techniques, deficit, measures and minutes present, nothing says one-on-one: one-on-one missing.
        ["v1-h115-pf-delivery-line-deleted"] = new(
            """
            PeakForm Physical Therapy — Deming
            DAILY NOTE    Patient: Eusebio Trujillo    Clinician: Wes Harlan, PT
            CPT: 97112    Minutes: 25
            Interventions: gaze stabilization X1 viewing standing on foam; walking with head turns past the chile-roaster drum; standing feet together eyes closed
            Impairment: L vestibular hypofunction, dizzy and veers L when he turns his head at the market stall
            Measures: DGI 16/24; dynamic visual acuity lost 4 lines
            Assessment: Patient tolerated today's session well and is progressing toward goals.
            Powered by PeakForm ClinicLink
            """,
            ["H81.22"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // CFPT PTA's 97110 with a second patient beside her on the recumbent bike: 97110 has no one-on-one check; doses and hip weakness: passes.
        ["v1-h115-cfpt-pta-97110-beside-second-pt"] = new(
            """
            CFPT Daily (CBE) · Anson
            Attendance: ☐ 1:1 w/ PT   ☑ concurrent (Mr. Pruitt on the bike beside her)   ☐ group
            97110 Ther Ex ........ 18 min
             Sidelying hip abd 2 lb 3x12 ✓ · bridges 3x15 ✓ · step-ups 6 in 3x10 ✓
            Exceptions: R hip abductor weakness, R hip drops stepping up into the gin office.
            — S. Kittrell, PTA
            """,
            ["M62.81"], [PTA("97110", 18)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // BDN ORU whose ONE2ONE observation came across empty ("ONE2ONE^One-on-one^LOCAL||" with no value) and nothing in the text says it: one-on-one missing; the rest present.
        ["v2-h115-bdn-one2one-empty"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20261208102233||ORU^R01^ORU_R01|BDN261208-0215|P|2.5.1
            PID|1||E620981^^^BDNRMC^MR||LAFAVE^ROLAND^T||19510330|M
            OBX|1|NM|97112-MIN^Neuromuscular reeducation timed minutes^LOCAL||23|min|||||F
            OBX|2|CE|ONE2ONE^One-on-one^LOCAL||||||||F
            OBX|3|TX|PTTX-NOTE^Note^L|1|Rocker board eyes closed, SLS on foam with ball catches, reactive steps to pushes at the shoulders.\.br\L ankle proprioception poor after the fracture; rolls it on the snowbank at the end of his drive.\.br\Rocker M/L 11 sec; SLS L foam 6 sec.||||||F
            OBX|4|TX|PTTX-NOTE^Note^L|2|R. Ostrowski PT||||||F
            """,
            ["S82.62XD"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // KMPT with the session row unticked ("Session: ☐ 1:1 ☐ co-tx ☐ concurrent") and nothing else on delivery: one-on-one missing.
        ["v2-h115-kmpt-session-row-unticked"] = new(
            """
            KMPT • Home visit • iPad
            Pt: J.W. · 80 · Loveland split-level
            ⏱ 97112 — 21 min
            Session: ☐ 1:1 ☐ co-tx ☐ concurrent
            ➤ Tx • step-ups on the half flight with a head turn • tandem in the hall • reactive stepping to nudges
            ➤ Why • impaired postural reactions, catches his toe on the half flight
            ➤ #s • TUG 13.8 sec • 6 of 10 nudges with one step
            — M. Ruelas PT
            """,
            ["R26.81"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // SBH with the SmartList left "One-on-one: {YES/NO:20234}" and the Visit type box unticked "[ ] Individual (one-on-one) [ ] Group": one-on-one missing.
        ["v2-h115-sbh-smartlist-unanswered"] = new(
            """
            SBH Outpatient Rehabilitation — Hermantown
            Visit type: [ ] Individual (one-on-one)  [ ] Group
            One-on-one: {YES/NO:20234}
            Time: 97112 — 24 min
            Treatment: X1 viewing standing on foam, walking the hall with head turns, standing feet together on foam with eyes closed.
            S/O: R vestibular hypofunction; dizzy turning to check traffic on the train platform.
            DGI 15/24; DHI 44.
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: eye and head exercises for your dizziness.
            """,
            ["H81.21"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // PFPT merge "Impairment: «Impairment»" unfilled, nothing else names a deficit; technique, measure, one-on-one and minutes present: deficit missing.
        ["v2-h115-pf-impairment-merge-unfilled"] = new(
            """
            PeakForm Physical Therapy — Alamogordo
            DAILY NOTE    Patient: Lupe Archuleta    Clinician: Corinne Baca, PT, DPT
            CPT: 97112    Minutes: 23
            Delivery: 1:1 — Corinne and Lupe only
            Interventions: perturbations on the foam pad; tandem walking with head turns; stepping over the hurdle row
            Impairment: «Impairment»
            Measures: Berg 45/56; 7 of 10 perturbations with one step
            Powered by PeakForm ClinicLink
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // SBH "Impairment: ***" wildcard unfilled and nothing else states a deficit on the 97112: deficit missing.
        ["v2-h115-sbh-impairment-wildcard"] = new(
            """
            SBH Outpatient Rehabilitation — Cloquet
            Visit type: [X] Individual (one-on-one)  [ ] Group
            Time: 97112 — 22 min
            Treatment: PNF D1 and D2 patterns standing at the counter, rhythmic stabilization in tall kneeling, step-and-stick onto the Airex.
            Impairment: ***
            Objective: Berg 47/56; tall-kneel hold 20 sec.
            — M. Dahl PT
            """,
            ["M62.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // GRP outcomes grid left blank ("║ Berg ║ [   ] ║", "║ TUG ║ [   ] ║"), no other number but its code and minutes: measure missing.
        ["v2-h115-grp-outcomes-grid-blank"] = new(
            """
            ╔═══════╦═════════════════════╦═════╦══════╗
            ║ Code  ║ Service             ║ Min ║ 1:1  ║
            ╠═══════╬═════════════════════╬═════╬══════╣
            ║ 97112 ║ NM re-education     ║ 24  ║ yes  ║
            ╚═══════╩═════════════════════╩═════╩══════╝
            OUTCOMES
            ╔══════╦═══════╗
            ║ Berg ║ [   ] ║
            ║ TUG  ║ [   ] ║
            ╚══════╩═══════╝
            Perturbations on the BOSU, tandem on the beam with head turns, stepping over the hurdle row.
            Poor postural control and a late stepping response after the concussion; sways into the wall on the lift deck.
            B. Lindqvist, PTA
            """,
            ["S06.0X0D"], [PTA("97112", 24)], [At(Measure, "97112")]),

        // CFPT with "Attendance: ☑ 1:1 w/ PT" ticked, unrelated "HEP: ________" blank; everything present: passes.
        ["v2-h115-cfpt-ticked-box-blank-hep"] = new(
            """
            CFPT DAILY FLOWSHEET (CBE) · Abilene
            Attendance: ☑ 1:1 w/ PT   ☐ concurrent   ☐ group
            CPT 97112  Min [ 22 ]
             Rocker board eyes closed ✓ · foam stance with ball toss ✓ · lateral perturbations ✓
            HEP: ________
            Exceptions: L ankle proprioception down after the sprain on the fence-line caliche. Rocker M/L 13 sec; 8/10 perturbations w/o a step.
            All else per plan.
            — M. Salcido, PT
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // TROPT box row "Delivery: [X] 1:1 licensed clinician [ ] RA-supervised [ ] concurrent" ticked, with "Next appt: ______" blank: passes.
        ["v2-h115-tropt-box-row-ticked"] = new(
            """
            TROPT Daily Note — Davis
            Pt: Lindgren, Per · 64 y/o · bike-shop mechanic
            Floor: Kenji (RA)
            Delivery: [X] 1:1 licensed clinician [ ] RA-supervised [ ] concurrent
            97112 NMR ... 23 min (A. Freeman PTA)
              single-leg hops to a stick on the foam, Y-balance reaches, perturbations at the pelvis while he holds a bike-stand position
            Impairment: L knee dynamic valgus and slow quad recruitment after the ACL reconstruction.
            Measures: Y-balance anterior reach L 58 cm / R 66 cm; 7 of 10 landings without valgus.
            Next appt: ______
            """,
            ["S83.512D"], [PTA("97112", 23)], []),

        // BRPT form with "[X] 1:1" ticked and "FOR THE FLOOR: ________" left blank: complete otherwise, passes.
        ["v2-h115-brpt-for-the-floor-blank"] = new(
            """
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Miss Velda Sutterfield — Searcy County Manor
            Came by: facility van with the CNA
            Episode: maintenance (Jimmo), yr 2
            [X] 1:1   [ ] Concurrent   [ ] Group
            TX — 97112 NMR [ 24 min ]
            ---------------------------------------------------
            Sitting balance on the wedge with reaching across midline; weight shifts to the weak side with tapping; sit to stand with a mirror for midline.
            PROBLEM: eight years past the R stroke, leans hard to the L and slides down in her wheelchair.
            NUMBERS: sitting reach across midline 9 in (7 in last month); Trunk Control Test 61/100.
            FOR THE FLOOR: ________
            — Ruth Ann Villines, PT
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // BRPT Otago strength and balance programme (knee bends, backwards walking, sideways walking, tandem stance) as the 97112 technique; turkey-plant foreman with post-polio weakness; tandem seconds and 30-second chair stands; 1:1 ticked; heading 22 matches: passes.
        ["v3-h115-brpt-otago-post-polio"] = new(
            """
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Mr. Orville Tice — Pine Hollow Nursing & Rehab
            Episode: maintenance (Jimmo), yr 4
            [X] 1:1   [ ] Concurrent   [ ] Group
            TX — 97112 NMR [ 22 min ]
            ---------------------------------------------------
            Otago balance set at the hall rail: backwards walking, sideways walking, tandem stance and tandem walk, sit to stand without hands.
            PROBLEM: post-polio — L leg gives out late in the day, sways and catches himself on the rail turning in the hall.
            NUMBERS: tandem stance 7 sec (5 sec at recert); 30-sec chair stand 6.
            WHY IT TAKES A THERAPIST: progression has to be paced to his fatigue per PHI guidance.
            — Cody Treat, PTA
            """,
            ["R26.89", "M62.81"], [PTA("97112", 22)], []),

        // KMPT LSVT BIG maximal daily exercises and functional component tasks as the 97112 technique; Parkinson's with small shuffling steps; gait speed and TUG; 1:1 ticked; 24 min matches: passes.
        ["v3-h115-kmpt-lsvt-big"] = new(
            """
            KMPT • Home visit • iPad
            Pt: R.H. · 74 · Fort Collins bungalow
            ⏱ 97112 — 24 min
            Session: ☑ 1:1 ☐ co-tx ☐ concurrent
            ➤ Tx • LSVT BIG maximal daily exercises (floor to ceiling, side to side, forward/backward/sideways steps) • functional component: getting up from the recliner and walking to the back slider big
            ➤ Why • PD — hypokinesia, small shuffling steps, freezes at the slider threshold
            ➤ #s • gait speed 0.82 m/s (0.71 at IE) • TUG 12.6 sec
            — H. Sorensen-Vigil PT DPT
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // GRP PNF chop and lift in half-kneeling and the Cawthorne-Cooksey head and eye sequence; lift mechanic with trunk control loss after a concussion; Berg and half-kneel hold; table 1:1 yes; Min 23 matches: passes.
        ["v3-h115-grp-pnf-chop-lift-cawthorne"] = new(
            """
            ╔═══════╦═════════════════════╦═════╦══════╗
            ║ Code  ║ Service             ║ Min ║ 1:1  ║
            ╠═══════╬═════════════════════╬═════╬══════╣
            ║ 97112 ║ NM re-education     ║ 23  ║ yes  ║
            ╚═══════╩═════════════════════╩═════╩══════╝
            PNF chop and lift in half-kneeling with the cable; Cawthorne-Cooksey sequence (eye, then head movements, sitting then standing).
            Impaired trunk control and motion-provoked dizziness after the concussion on the Bridger lift ramp.
            | Half-kneel hold | 25 sec |
            | Berg | 49/56 |
            T. Two Bears, PT
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // SBH Tai Ji Quan: Moving for Better Balance forms; woman who walks to the lighthouse and loses balance in the wind; single-leg stance and FGA; Individual ticked; Time line 22 matches: passes.
        ["v3-h115-sbh-tai-ji-quan"] = new(
            """
            SBH Outpatient Rehabilitation — Duluth (Lakeside, 3rd floor)
            Visit type: [X] Individual (one-on-one)  [ ] Group
            Time: 97112 — 22 min
            Treatment: Tai Ji Quan: Moving for Better Balance — weight shifting, single forms, then "Wave hands like clouds" in a mini-squat with eyes following the hand.
            Assessment: impaired anticipatory postural control, she loses her balance when the wind gusts on the Lakewalk pier.
            Objective: FGA 20/30; SLS R 8 sec / L 11 sec.
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: slow tai chi steps for your balance.
            Teach-back: patient showed the weight shift correctly.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // TROPT Mulligan SNAGs and Maitland grade IV oscillations for 97140; levee patrolman's neck; rotation degrees; 97140 line 12 matches: passes.
        ["v3-h115-tropt-mulligan-maitland-97140"] = new(
            """
            TROPT Daily Note — Midtown (J Street)
            Pt: Beasley, Dwight · 62 y/o · Sacramento River levee patrolman
            Billable (licensed only):
            97140 MT ... 12 min (M. Castellanos PT)
              Mulligan SNAGs C5-6 into R rotation; Maitland grade IV unilateral PA oscillations C4-C6 R
            Impairment: cervical stiffness, can't turn to check the levee road behind the truck.
            Measures: R rotation 48 deg -> 62 deg after.
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // PFPT's branded "SteadyStride Level 4 per franchise protocol" as the only thing said of the treatment, with a deficit, a Berg and 1:1: no technique named.
        ["v3-h115-pf-steadystride-only"] = new(
            """
            PeakForm Physical Therapy — Hobbs
            DAILY NOTE    Patient: Irma Castañeda    Clinician: Tyler Nez, PT
            CPT: 97112    Minutes: 22
            Delivery: 1:1 — nobody else in the room
            Interventions: SteadyStride Level 4 per franchise protocol
            Impairment: poor postural control on turns, she stumbles walking the grandkids across the school lot
            Measures: Berg 46/56
            """,
            ["R26.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // BDN OBX-5 alone as the channel extracted it: Herdman X1 and X2 viewing with a habituation set, L vestibular hypofunction, DGI and DVA — but no ONE2ONE observation and nothing in the text says one-on-one: one-on-one missing.
        ["v3-h115-bdn-herdman-obx5-alone-no-one2one"] = new(
            """
            OBX|1|TX|PTDAILY^PT Daily Treatment Note^L||97112 NMR - 20 min\.br\Herdman X1 viewing then X2 viewing standing on foam; habituation to the head-down and roll-over positions.\.br\L vestibular hypofunction, oscillopsia and veering L when he checks his mirrors in the plough truck.\.br\DGI 17/24; dynamic visual acuity lost 3 lines.||||||F
            """,
            ["H81.22"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // CVPT log naming "FELDENKRAIS" awareness-through-movement for the 97112 with a deficit and 1-ON-1 Y, but no number but the code and its minutes: measure missing.
        ["v3-h115-cvpt-feldenkrais-no-number"] = new(
            """
            COOSA VALLEY PHYSICAL THERAPY          REHABMASTER 2.4
            DAILY TREATMENT LOG                    BOAZ
            +-------+-------------+-----+-------------+
            | CPT   | DESCRIPTION | MIN | 1-ON-1(Y/N) |
            +-------+-------------+-----+-------------+
            | 97112 | NM RE-ED    |  23 | Y           |
            +-------+-------------+-----+-------------+
            TX NARRATIVE:
            FELDENKRAIS AWARENESS THRU MOVEMENT - PELVIC CLOCK IN SUPINE
            THEN SITTING, WEIGHT SHIFTS IN STANDING WITH EYES CLOSED.
            POOR PELVIC AND TRUNK MOTOR CONTROL, SWAYS AT THE CLOTHESLINE.
            PT TOL WELL.
            J. BATTLES PT
            """,
            ["R26.89"], [PT("97112", 23)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or not at all

        // BDN ORU: "R foot scuffs on the pole-barn floor and catches when he carries birch" — a foot-clearance and proprioceptive finding; foam walking, obstacle stepping, perturbations; 10 m walk and perturbations; ONE2ONE Y; NM 22 matches: passes.
        ["v4-h115-bdn-foot-scuffs-pole-barn"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20261208151045||ORU^R01^ORU_R01|BDN261208-0602|P|2.5.1
            PID|1||E574420^^^BDNRMC^MR||RAUTIO^WAYNE^E||19490917|M
            OBX|1|NM|97112-MIN^Neuromuscular reeducation timed minutes^LOCAL||22|min|||||F
            OBX|2|CE|ONE2ONE^One-on-one^LOCAL||Y^Yes||||||F
            OBX|3|TX|PTTX-NOTE^Note^L|1|Walking on the foam runway, stepping over a row of split logs laid on the floor, perturbations at the hips while carrying a tote.\.br\R foot scuffs on the pole-barn floor and catches when he carries birch — late R dorsiflexor recruitment and poor R foot position sense since the L3-4 fusion.\.br\10 m walk 0.86 m/s; 7 of 10 perturbations without a stumble.||||||F
            """,
            ["M21.371", "R26.89"], [PT("97112", 22)], []),

        // CFPT focus note D:/A:/R:: "D: knees buckle stepping up onto the bus step, quads fire late" — deficit in the data line; step-downs with a tap, perturbations, foam; 5xSTS and perturbations; 1:1 ticked; box 21 matches: passes.
        ["v4-h115-cfpt-focus-knees-buckle-bus-step"] = new(
            """
            CFPT Focus Note · Abilene
            FOCUS: Risk for falls r/t delayed quad recruitment
            Attendance: ☑ 1:1 w/ PT
            CPT 97112  Min [ 21 ]
            D: knees buckle stepping up onto the activity-bus step for the away games; quads fire late, she locks back.
            A: eccentric step-downs off a 6 in step with a tap cue to the quad ✓ · perturbations in a mini-squat ✓ · stepping up onto foam ✓
            R: 5xSTS 13.9 sec (16.4 last week); 8/10 perturbations without buckling.
            — L. Pettibone, PT, DPT
            """,
            ["M62.81", "R26.89"], [PT("97112", 21)], []),

        // KMPT: "tips back when she reaches for the top cupboard — no ankle strategy, steps back late" under ➤ Why; ankle strategy drills, the cupboard reach on foam, stepping back to a cue; FGA and reach count; 1:1 ticked; 22 min matches: passes.
        ["v4-h115-kmpt-tips-back-at-top-cupboard"] = new(
            """
            KMPT • Home visit • iPad
            Pt: B.F. · 86 · Berthoud farmhouse
            ⏱ 97112 — 22 min
            ➤ 1:1 ☑ only pt
            ➤ Tx • ankle strategy drills at the counter (sway fwd/back without a hip bend) • reaching to the top cupboard on the foam mat • stepping back to a cue
            ➤ Why • retropulsion, tips back reaching to the top cupboard, no ankle strategy, steps back late
            ➤ #s • FGA 18/30 • reach to the top shelf 6 of 8 without a hand on the counter
            — H. Sorensen-Vigil PT DPT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // GRP: rodeo pick-up man's L ankle "won't find the stirrup without looking" — proprioceptive finding; BAPS, rocker, foam with head turns; SLS and BAPS level; 1:1 yes; Min 20 matches: passes.
        ["v4-h115-grp-pickup-man-stirrup"] = new(
            """
            ╔═══════╦═════════════════════╦═════╦══════╗
            ║ Code  ║ Service             ║ Min ║ 1:1  ║
            ╠═══════╬═════════════════════╬═════╬══════╣
            ║ 97112 ║ NM re-education     ║ 20  ║ yes  ║
            ╚═══════╩═════════════════════╩═════╩══════╝
            BAPS clockwise and counter-clockwise eyes closed, rocker board M/L, foam stance with head turns.
            L ankle proprioception down after the sprain in the arena — his L foot won't find the stirrup without looking.
            | SLS foam L/R | 7 / 19 sec |
            | BAPS | level 3, 10 circles without a touch |
            M. Sorensen, PT, DPT
            """,
            ["S93.402D"], [PT("97112", 20)], []),

        // PFPT merge with "Impairment: No deficits noted." (the franchise default) and nothing else naming a deficit: deficit missing; technique, measure, 1:1 and minutes present.
        ["v4-h115-pf-no-deficits-noted-default"] = new(
            """
            PeakForm Physical Therapy — Deming
            DAILY NOTE    Patient: Rosalind Pacheco    Clinician: Wes Harlan, PT
            CPT: 97112    Minutes: 24
            Delivery: 1:1 — Wes and Rosalind only
            Interventions: rocker board eyes closed; tandem on the foam beam; lateral perturbations at the pelvis
            Impairment: No deficits noted.
            Measures: Berg 48/56; rocker board M/L 15 sec
            Assessment: Patient tolerated today's session well and is progressing toward goals.
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // SBH "Impairments: within normal limits." with techniques, a measure and one-on-one: no deficit stated: deficit missing.
        ["v4-h115-sbh-impairments-wnl"] = new(
            """
            SBH Outpatient Rehabilitation — Two Harbors
            Visit type: [X] Individual (one-on-one)  [ ] Group
            Time: 97112 — 23 min
            Treatment: perturbation training on the Airex, tandem walk with head turns, step-and-stick onto the foam.
            Impairments: within normal limits.
            Objective: Berg 50/56; 8 of 10 perturbations with one step.
            Plan: continue.
            """,
            ["R26.89"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // CFPT CBE with "Exceptions: none" and the flowsheet ticks only: techniques, a TUG and 1:1 but no deficit: deficit missing.
        ["v4-h115-cfpt-exceptions-none"] = new(
            """
            CFPT DAILY FLOWSHEET (CBE) · Anson
            Attendance: ☑ 1:1 w/ PT   ☐ concurrent   ☐ group
            CPT 97112  Min [ 22 ]
             BAPS ✓ · FOAM ✓ · ROCKER ✓ · PERTURB ✓
            TUG 11.9 sec.
            Exceptions: none. All else per plan.
            — M. Salcido, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // BRPT "PROBLEM: same" (nothing said what the problem is) on a 97112 with techniques, numbers and 1:1: deficit missing.
        ["v4-h115-brpt-problem-same"] = new(
            """
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Mrs. Alta Hensley — Searcy County Manor
            [X] 1:1   [ ] Concurrent   [ ] Group
            TX — 97112 NMR [ 21 min ]
            ---------------------------------------------------
            Weight shifts in standing at the rail, stepping over the cane laid on the floor, reaching out of her base of support to the side table.
            PROBLEM: same.
            NUMBERS: Tinetti 17/28; reach 8 in.
            — Cody Treat, PTA
            """,
            ["R26.81"], [PTA("97112", 21)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // BDN MDM with Berg as an NM OBX ("BERG^Berg Balance Scale^LOCAL||42|{score}|0-56") and TUG as SN ("^14.2"); techniques in the text, deficit coded IMPAIR; ONE2ONE Y; NM 25 matches: passes.
        ["v5-h115-bdn-berg-nm-tug-sn"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20261209093318||MDM^T02^MDM_T02|BDN261209-0133|P|2.5.1
            PID|1||E602256^^^BDNRMC^MR||BELANGER^CLAIRE^A||19470124|F
            TXA|1|PN^Progress Note^L|TX|20261209081000|1881^HEIKKINEN^KAISA^^^^PT||||||BDN-DOC-80122||||||AU
            OBX|1|NM|97112-MIN^Neuromuscular reeducation timed minutes^LOCAL||25|min|||||F
            OBX|2|CE|ONE2ONE^One-on-one^LOCAL||Y^Yes||||||F
            OBX|3|CE|IMPAIR^Impairment^LOCAL||PC^Postural control deficit, late stepping reaction^LOCAL||||||F
            OBX|4|NM|BERG^Berg Balance Scale^LOCAL||42|{score}|0-56|||||F
            OBX|5|SN|TUG^Timed Up and Go^LOCAL||^14.2|s|||||F
            OBX|6|TX|PTTX-NOTE^Note^L|1|Stepping strategy to pushes fwd and lateral, foam stance with a ball toss, turning in a tight circle around the ice-fishing bucket.||||||F
            OBX|7|TX|PTTX-NOTE^Note^L|2|K. Heikkinen PT DPT||||||F
            """,
            ["R26.81", "Z91.81"], [PT("97112", 25)], []),

        // GRP double-line outcomes grid with values filled (FGA and 4-Square Step Test); technique and deficit; 1:1 yes; Min 24 matches: passes.
        ["v5-h115-grp-outcomes-grid-filled"] = new(
            """
            ╔═══════╦═════════════════════╦═════╦══════╗
            ║ Code  ║ Service             ║ Min ║ 1:1  ║
            ╠═══════╬═════════════════════╬═════╬══════╣
            ║ 97112 ║ NM re-education     ║ 24  ║ yes  ║
            ╚═══════╩═════════════════════╩═════╩══════╝
            OUTCOMES
            ╔══════════╦═══════╦═══════╗
            ║ Test     ║ Today ║ Last  ║
            ╠══════════╬═══════╬═══════╣
            ║ FGA      ║ 22/30 ║ 19/30 ║
            ║ FSST     ║ 11.4 s║ 13.0 s║
            ╚══════════╩═══════╩═══════╝
            Multidirectional stepping over the cane grid, tandem on the foam beam eyes closed, perturbations while carrying a saddle.
            Slow, late stepping reactions and poor proprioception both feet with the MS.
            B. Lindqvist, PTA
            """,
            ["R26.89", "R27.8"], [PTA("97112", 24)], []),

        // KMPT "Δ since IE +6" beside "Berg 44/56" and a 30-second chair stand; technique, deficit, 1:1; 23 min: passes.
        ["v5-h115-kmpt-delta-since-ie"] = new(
            """
            KMPT • Home visit • iPad
            Pt: E.S. · 79 · Greeley mobile-home park
            ⏱ 97112 — 23 min
            ➤ 1:1 ☑ only pt
            ➤ Tx • stepping up and down the aluminium ramp with head turns • tandem along the skirting • perturbations at the hips on the deck
            ➤ Why • decreased postural control, sways and grabs the rail on the ramp in the wind
            ➤ #s • Berg 44/56 (Δ since IE +6) • 30s chair stand 9
            — R. Stoltzfus PTA
            """,
            ["R26.81"], [PTA("97112", 23)], []),

        // CFPT 97116 with distance and assist on a "Last / Today" row; gait technique and deficit; box 18 matches: passes.
        ["v5-h115-cfpt-97116-last-today-row"] = new(
            """
            CFPT DAILY FLOWSHEET (CBE) · Abilene
            CPT 97116  Min [ 18 ]
             Gait w/ SPC on the caliche path and the clinic ramp, cues for heel strike and a longer L step ✓ · curb up/down ✓
                         Last            Today
             Distance    150 ft CGA      300 ft SBA
             Curb        min A           CGA
            Exceptions: R foot drag and a short L step since the R THA revision.
            — S. Kittrell, PTA
            """,
            ["Z96.641", "R26.89"], [PTA("97116", 18)], []),

        // TROPT 97110 flowsheet with sets, reps and loads as the measure; R shoulder weakness; 97110 line 16 matches: passes.
        ["v5-h115-tropt-97110-flowsheet-doses"] = new(
            """
            TROPT Daily Note — Elk Grove (Laguna Blvd)
            Pt: Albanese, Rita · 70 y/o · forklift driver at the tomato cannery (seasonal)
            Billable (licensed only):
            97110 TE ... 16 min (J. Park PTA)
              Exercise        By   Sets×Reps   Load        Billed
              rows            PTA  3×12        green band  Y
              ER at 0 deg     PTA  3×12        red band    Y
              scaption        PTA  3×10        2 lb        Y
              UBE warm-up     RA   —           —           N
            Impairment: R rotator cuff weakness, can't reach the forklift's overhead guard handle.
            """,
            ["M75.111"], [PTA("97110", 16)], []),

        // GRP Berg box "[   ]" with "not done — ran out of time" and no other number but code and minutes: measure missing.
        ["v5-h115-grp-berg-not-done"] = new(
            """
            Megan Sorensen, PT, DPT — Belgrade
            ╔═══════╦═════════════════════╦═════╦══════╗
            ║ Code  ║ Service             ║ Min ║ 1:1  ║
            ╠═══════╬═════════════════════╬═════╬══════╣
            ║ 97112 ║ NM re-education     ║ 22  ║ yes  ║
            ╚═══════╩═════════════════════╩═════╩══════╝
            Perturbations on the rocker board, tandem with head turns, foam stance eyes closed.
            Poor proprioception L ankle after the sprain; rolls it on the gravel at the trailhead.
            Berg [   ] — not done, next visit.
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // BRPT "NUMBERS: not done — resident tired after dialysis" with no other number but code and minutes: measure missing.
        ["v5-h115-brpt-numbers-not-done"] = new(
            """
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Mr. Lonnie Bratton — Pine Hollow Nursing & Rehab
            [X] 1:1   [ ] Concurrent   [ ] Group
            TX — 97112 NMR [ 22 min ]
            ---------------------------------------------------
            Sit to stand with a weight shift to the weak side, stepping strategy at the rail, reaching across midline in standing.
            PROBLEM: R hemiparesis after the old stroke, leans R and his R knee buckles on the turn to the bed.
            NUMBERS: not done — resident tired after dialysis.
            — Ruth Ann Villines, PT
            """,
            ["I69.351"], [PT("97112", 22)], [At(Measure, "97112")]),

        // KMPT "#s • next visit" and "steadier per husband" only: measure missing.
        ["v5-h115-kmpt-numbers-next-visit"] = new(
            """
            KMPT • Home visit • iPad
            ⏱ 97112 — 21 min
            ➤ 1:1 ☑ only pt
            ➤ Tx • gaze stabilization X1 seated then standing • walking the hall with head turns • feet together on the couch cushion
            ➤ Why • R vestibular hypofunction, dizzy turning to look at the TV from the kitchen
            ➤ #s • next visit — steadier per husband
            — M. Ruelas PT
            """,
            ["H81.21"], [PT("97112", 21)], [At(Measure, "97112")]),

        // SBH after-visit summary with "Your numbers: ***" and the note above naming no number: measure missing.
        ["v5-h115-sbh-your-numbers-wildcard"] = new(
            """
            SBH Outpatient Rehabilitation — Hermantown
            Visit type: [X] Individual (one-on-one)  [ ] Group
            Time: 97112 — 23 min
            Treatment: rhythmic stabilization in standing, perturbations on the foam, stepping over cones with a head turn.
            Assessment: ataxic gait and poor trunk control, wide base, lurches on the train-platform turn.
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: balance and steadier stepping.
            Your numbers: ***
            """,
            ["R27.0"], [PT("97112", 23)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, missing separate time

        // BDN ORU with an NM minute OBX per code (97112 23, 97110 14) matching both lines; each code's content complete; ONE2ONE Y: passes.
        ["v6-h115-bdn-nm-minute-obx-per-code"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20261209134402||ORU^R01^ORU_R01|BDN261209-0390|P|2.5.1
            PID|1||E559317^^^BDNRMC^MR||PERTTULA^ARNE^K||19500715|M
            OBX|1|NM|97112-MIN^Neuromuscular reeducation timed minutes^LOCAL||23|min|||||F
            OBX|2|NM|97110-MIN^Therapeutic exercise timed minutes^LOCAL||14|min|||||F
            OBX|3|CE|ONE2ONE^One-on-one^LOCAL||Y^Yes||||||F
            OBX|4|TX|PTTX-NOTE^Note^L|1|NMR: perturbations on the Airex, tandem with head turns, stepping over the kindling box. Late stepping reaction after the fall in the woodshed. Berg 45/56, 7/10 perturbations with one step.\.br\TE: step-ups 8 in 3x10, sidelying hip abd 3 lb 3x12, sit to stand 3x10. L hip abductor weakness, Trendelenburg on stairs.||||||F
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], []),

        // CVPT log with a MIN column per code (97112 22, 97140 10) matching both; 1-ON-1 Y on the 97112; content complete: passes.
        ["v6-h115-cvpt-min-column-two-codes"] = new(
            """
            COOSA VALLEY PHYSICAL THERAPY          REHABMASTER 2.4
            DAILY TREATMENT LOG                    GADSDEN
            +-------+-------------+-----+-------------+
            | CPT   | DESCRIPTION | MIN | 1-ON-1(Y/N) |
            +-------+-------------+-----+-------------+
            | 97112 | NM RE-ED    |  22 | Y           |
            | 97140 | MAN THER    |  10 | Y           |
            +-------+-------------+-----+-------------+
            TX NARRATIVE:
            NM RE-ED: ROCKER BOARD EYES CLOSED, FOAM TANDEM, LATERAL PUSHES.
            DECR L ANKLE PROPRIOCEPTION AFTER THE FX. ROCKER M/L 9 SEC,
            6/10 PUSHES W/O A STEP.
            MAN THER: TALOCRURAL POSTERIOR GLIDES GR III, STM TO THE L CALF.
            L ANKLE DF STIFF, 4 DEG -> 10 DEG.
            T. MOODY PTA
            """,
            ["S82.892D"], [PTA("97112", 22), PTA("97140", 10)], []),

        // KMPT "⏱ 97116 — 18 min" and "⏱ 97110 — 12 min" matching; gait and ther ex content complete: passes.
        ["v6-h115-kmpt-two-stopwatch-lines"] = new(
            """
            KMPT • Home visit • iPad
            Pt: G.T. · 81 · Wellington ranch house
            ⏱ 97116 — 18 min
            • gait w/ rollator down the gravel drive to the mailbox and back, cues for a longer R step and heel strike
            • 260 ft rollator SBA, 2 stand breaks
            • R foot drag and short L step since the R TKA
            ⏱ 97110 — 12 min
            • heel raises 3x15, mini squats 3x12, seated knee ext 3 lb 3x12 — R quad and calf weakness
            Σ timed ✓
            — M. Ruelas PT
            """,
            ["Z96.651", "R26.89"], [PT("97116", 18), PT("97110", 12)], []),

        // SBH "Time:" line per code (97112 22, 97530 15) matching; complete: passes.
        ["v6-h115-sbh-time-line-per-code"] = new(
            """
            SBH Outpatient Rehabilitation — Duluth (Lakeside, 3rd floor)
            Visit type: [X] Individual (one-on-one)  [ ] Group
            Time: 97112 — 22 min
            Treatment: PNF rhythmic stabilization in sitting then standing, weight shifts onto the R with tapping, step-and-stick.
            Assessment: R hemiparesis, poor R weight acceptance and a late R step. Berg 39/56; step-and-stick 5 of 10 no hand.
            Time: 97530 — 15 min
            Treatment: floor transfer through half-kneel 4x with CGA, carrying a laundry basket 40 ft x2 with SBA.
            Assessment: R hip and knee weakness, can't get up from the floor after a fall.
            ----- AFTER VISIT SUMMARY (given to patient) -----
            Your next visit: Thursday.
            """,
            ["I69.351"], [PT("97112", 22), PT("97530", 15)], []),

        // PFPT PTA merge with a clock range on the 97116's own line ("CPT: 97116    1:05-1:23 pm", 18 min) and "Minutes: 12" for the 97110; gait distance and assist, doses, deficits: passes.
        ["v6-h115-pf-clock-range-on-the-code-line"] = new(
            """
            PeakForm Physical Therapy — Alamogordo
            DAILY NOTE    Patient: Earl Whitacre    Clinician: Araceli Domínguez, PTA
            CPT: 97116    1:05-1:23 pm
            Interventions: gait with a SPC on the clinic ramp and the parking-lot curb, cues for a longer L step
            Measures: 320 ft SPC SBA; curb with CGA
            Impairment: L foot drag and a short L step after the L TKA
            CPT: 97110    Minutes: 12
            Interventions: step-ups 6 in 3x10, TKE green band 3x15, heel raises 3x15 — L quad weakness
            Powered by PeakForm ClinicLink
            """,
            ["Z96.652"], [PTA("97116", 18), PTA("97110", 12)], []),

        // TROPT a PT's 97112 and a PTA's 97110 each with its minutes (23 and 13); complete: passes.
        ["v6-h115-tropt-pt-and-pta-each-minutes"] = new(
            """
            TROPT Daily Note — Natomas
            Pt: Khanh, Vo · 69 y/o · retired Aerojet machinist
            1:1 w/ licensed: Y    RA-assisted: N    Concurrent: N
            97112 NMR ... 23 min (T. Nakamura PT)
              perturbations on the rocker board, tandem on foam with head turns, stepping over the hurdles
              impaired postural reactions after the fall on the light-rail platform; TUG 12.8 sec; 7/10 perturbations with one step
            97110 TE ... 13 min (A. Freeman PTA)
              bridges 3x15, side-steps with a red band 3 laps, step-ups 6 in 3x10 — bilat hip weakness
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PTA("97110", 13)], []),

        // BDN NM minute OBX reading 30 on a 19-minute 97112 line: mismatch; otherwise complete.
        ["v6-h115-bdn-nm-30-on-19"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20261210100211||ORU^R01^ORU_R01|BDN261210-0161|P|2.5.1
            PID|1||E630044^^^BDNRMC^MR||SAARI^LEMPI^J||19460508|F
            OBX|1|NM|97112-MIN^Neuromuscular reeducation timed minutes^LOCAL||30|min|||||F
            OBX|2|CE|ONE2ONE^One-on-one^LOCAL||Y^Yes||||||F
            OBX|3|TX|PTTX-NOTE^Note^L|1|Foam stance eyes closed, rocker board A/P, reactive stepping to pushes.\.br\Decreased proprioception both feet, sways on the ice-shanty floor.\.br\Rocker A/P 12 sec; 6 of 10 pushes with one step.||||||F
            """,
            ["E11.42"], [PT("97112", 19)], [At(Mismatch, "97112")]),

        // PFPT default "Minutes: 15" carried on a 26-minute 97112 line: mismatch; otherwise complete.
        ["v6-h115-pf-default-15-on-26"] = new(
            """
            PeakForm Physical Therapy — Hobbs
            DAILY NOTE    Patient: Delfina Ybarra    Clinician: Tyler Nez, PT
            CPT: 97112    Minutes: 15
            Delivery: 1:1 — Tyler and Delfina only
            Interventions: SLS on foam with ball toss, lateral perturbations, tandem walking with head turns
            Impairment: L ankle proprioception poor after the sprain in the oil-field yard
            Measures: SLS L foam 8 sec; 7 of 10 perturbations without a step
            """,
            ["S93.402D"], [PT("97112", 26)], [At(Mismatch, "97112")]),

        // CVPT log MIN cell 35 on a 22-minute 97112: mismatch; otherwise complete.
        ["v6-h115-cvpt-min-35-on-22"] = new(
            """
            COOSA VALLEY PHYSICAL THERAPY          REHABMASTER 2.4
            DAILY TREATMENT LOG                    BOAZ
            +-------+-------------+-----+-------------+
            | CPT   | DESCRIPTION | MIN | 1-ON-1(Y/N) |
            +-------+-------------+-----+-------------+
            | 97112 | NM RE-ED    |  35 | Y           |
            +-------+-------------+-----+-------------+
            TX NARRATIVE:
            PERTURBATIONS ON FOAM, TANDEM WALK W/ HEAD TURNS, STEP OVERS.
            POOR POSTURAL CONTROL, FALLS TOWARD THE L ON THE PORCH STEPS.
            BERG 43/56. 5/10 PERTURBATIONS W/ ONE STEP.
            R. WHITLOCK PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // CFPT two codes with both minute boxes left blank ("CPT 97112 Min [    ]", "CPT 97110 Min [    ]") and "Total timed 38": content complete, no minutes for each: separate time missing.
        ["v6-h115-cfpt-both-boxes-blank-total"] = new(
            """
            CFPT DAILY FLOWSHEET (CBE) · Abilene
            Attendance: ☑ 1:1 w/ PT   ☐ concurrent   ☐ group
            CPT 97112  Min [    ]
             Perturbations on the Airex ✓ · tandem w/ head turns ✓ · cone step-overs ✓
            CPT 97110  Min [    ]
             Bridges 3x15 ✓ · side-steps red band 3 laps ✓ · heel raises 3x15 ✓
            Total timed: 38 min
            Exceptions: slow postural reactions + bilat hip weakness; she stumbles on the bleacher steps. Berg 46/56; 6/10 perturbations w/ one step.
            — L. Pettibone, PT, DPT
            """,
            ["R26.81", "M62.81"], [PT("97112", 24), PT("97110", 14)], [SepTime]),

        // GRP two codes in the table with the Min cells empty and a visit total under it: separate time missing; content complete.
        ["v6-h115-grp-min-cells-empty-total"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97140 ║ Manual therapy      ║     ║
            ║ 97110 ║ Therapeutic ex.     ║     ║
            ╚═══════╩═════════════════════╩═════╝
            Total treatment time: 27 min
            MT: lumbar PA glides L4-5 grade III, STM to the L QL. Lumbar stiffness, extension 10 deg.
            TE: bird-dog 2x10, dead bug 2x10, bridges 3x15. Core weakness, can't lift the saddle onto the rack.
            T. Two Bears, PT
            """,
            ["M54.50"], [PT("97140", 12), PT("97110", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the other codes' meanings, wholly generic notes

        // An empty note on a PT's 97112 and 97116: note missing on each line.
        ["v7-h115-empty-note-97112-97116"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // A note of spaces and CR/LF line breaks only (cells are trimmed) on a PTA's 97110: note missing.
        ["v7-h115-spaces-and-crlf-only-97110"] = new(
            " \r\n  \r\n ",
            ["M62.81"], [PTA("97110", 17)], [At(NoteMissing, "97110")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h115-empty-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on a CVPT log: SLR, quad sets, short-arc quads and heel slides with sets, reps and load (technique and measure), L quad weakness after a TKA (deficit); MIN 15 matches: passes.
        ["v7-h115-cvpt-97110-after-tka"] = new(
            """
            COOSA VALLEY PHYSICAL THERAPY          REHABMASTER 2.4
            +-------+-------------+-----+
            | CPT   | DESCRIPTION | MIN |
            +-------+-------------+-----+
            | 97110 | THER EX     |  15 |
            +-------+-------------+-----+
            TX NARRATIVE:
            SLR 2 LB 3X10, QUAD SETS 2X15 W/ 5 SEC HOLD, SAQ 3 LB 3X12,
            HEEL SLIDES 2X15. L QUAD WEAKNESS + KNEE FLEX LIMITED AFTER
            THE L TKA, CAN'T CLIMB THE CHURCH STEPS RECIPROCALLY.
            T. MOODY PTA
            """,
            ["Z96.652"], [PTA("97110", 15)], []),

        // 97530's meaning on a BRPT OT note: transfers to the toilet with a grab bar, reaching into a low drawer and carrying a plate to the table, with assist levels and counts (technique and measure), R hemiparesis with poor sitting balance (deficit); heading 20 matches: passes.
        ["v7-h115-brpt-ot-97530-toilet-transfer"] = new(
            """
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Mrs. Inez Treece — Pine Hollow Nursing & Rehab
            TX — 97530 THER ACT [ 20 min ]
            ---------------------------------------------------
            Toilet transfers with the grab bar 4x, min A -> CGA; reaching into the low dresser drawer from the wheelchair 6x; carrying a plate from the counter to the table 3x with SBA.
            PROBLEM: R hemiparesis, poor sitting balance reaching to the R, pulls on the bar instead of leaning forward.
            FOR THE FLOOR: CNAs to cue "nose over toes" at the toilet.
            — Darla Bolding, OTR/L
            """,
            ["I69.351"], [OT("97530", 20)], []),

        // 97140's meaning on a GRP note: patellar mobilisations, tibiofemoral posterior glides and STM to the quad (technique), L knee flexion stiffness after an ACL reconstruction (deficit), degrees (measure); Min 11 matches: passes.
        ["v7-h115-grp-97140-knee-mobs"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97140 ║ Manual therapy      ║ 11  ║
            ╚═══════╩═════════════════════╩═════╝
            Patellar mobs sup/inf and med/lat grade III, tibiofemoral posterior glides grade III, STM to the distal quad.
            L knee flexion stiff after the ACL reconstruction, can't sit in the ski-lift chair.
            Knee flexion 102 deg -> 110 deg.
            M. Sorensen, PT, DPT
            """,
            ["S83.512D"], [PT("97140", 11)], []),

        // 97116's meaning on a SBH note: gait with a walker to a four-wheeled walker on the hall, a ramp and a curb with cues (technique), L foot drag after the stroke (deficit), distance and assist (measure); Time 24 matches: passes.
        ["v7-h115-sbh-97116-walker-ramp-curb"] = new(
            """
            SBH Outpatient Rehabilitation — Cloquet
            Time: 97116 — 24 min
            Treatment: gait training with a front-wheeled walker then the 4-wheeled walker on the hall, the ramp and a curb; cues for L heel strike and a longer R step.
            Assessment: L foot drag and short R step after the R stroke.
            Objective: 300 ft 4WW CGA; ramp SBA; curb min A.
            Renee Bergquist, PTA
            """,
            ["I69.354"], [PTA("97116", 24)], []),

        // BDN OBX-5 alone: "97112 NMR - 22 min\.br\Pt tolerated tx well. Cont POC." — nothing named, no measure, no one-on-one.
        ["v7-h115-bdn-obx5-tolerated-cont-poc"] = new(
            """
            OBX|1|TX|PTDAILY^PT Daily Treatment Note^L||97112 NMR - 22 min\.br\Balance and coordination exercises. Pt tolerated tx well. Cont POC.||||||F
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // CFPT CBE line "All per plan. ✓" under a 97110 box of 16: nothing named for 97110.
        ["v7-h115-cfpt-all-per-plan-97110"] = new(
            """
            CFPT Daily (CBE) · Anson
            97110 Ther Ex ........ 16 min
            All per plan. ✓ Pt tolerated well. No change from POC.
            — S. Kittrell, PTA
            """,
            ["M62.81"], [PTA("97110", 16)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // PFPT merge with every clinical field unfilled on a PTA's 97116: nothing named for 97116.
        ["v7-h115-pf-merge-unfilled-97116"] = new(
            """
            PeakForm Physical Therapy — Deming
            DAILY NOTE    Patient: «PatientName»    Clinician: Araceli Domínguez, PTA
            CPT: 97116    Minutes: 19
            Interventions: «Interventions»
            Impairment: «Impairment»
            Measures: «Measures»
            Assessment: Patient tolerated today's session well and is progressing toward goals. Continue plan of care.
            Powered by PeakForm ClinicLink
            """,
            ["R26.89"], [PTA("97116", 19)],
            [At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // ---------------------------------------------------------------- ordinary notes

        // BDN MDM, pasty-shop owner, 97112 with ONE2ONE Y: X1 viewing, head-turn walking, foam eyes closed; L vestibular hypofunction; DGI; NM 23: passes.
        ["vord-h115-bdn-pasty-shop-vestibular"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20261207113052||MDM^T02^MDM_T02|BDN261207-0244|P|2.5.1
            PID|1||E597731^^^BDNRMC^MR||TREMBLAY^GLORIA^E||19520913|F
            TXA|1|PN^Progress Note^L|TX|20261207103000|2207^OSTROWSKI^RACHEL^^^^PT||||||BDN-DOC-80415||||||AU
            OBX|1|NM|97112-MIN^Neuromuscular reeducation timed minutes^LOCAL||23|min|||||F
            OBX|2|CE|ONE2ONE^One-on-one^LOCAL||Y^Yes||||||F
            OBX|3|TX|PTDAILY^PT Daily Treatment Note^L||X1 viewing against the checkerboard standing on foam\.br\walking the hall with horizontal head turns, stopping on cue\.br\feet together on foam eyes closed\.br\L vestibular hypofunction, dizzy turning from the pasty oven to the counter\.br\DGI 18/24 (14/24 at eval)||||||F
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // BDN OT's 97530 in the kitchen: rolling pasty dough and carrying a tray; assist and counts; R hand weakness after a stroke; NM 21: passes.
        ["vord-h115-bdn-ot-97530-kitchen"] = new(
            """
            OBX|1|NM|97530-MIN^Therapeutic activities timed minutes^LOCAL||21|min|||||F
            OBX|2|TX|OTDAILY^OT Daily Treatment Note^L||Rolling dough at the OT kitchen counter in standing 3 trials, carrying a sheet pan 20 ft x4 with SBA, unloading the low cupboard 10 items.\.br\R grip weakness and poor standing endurance after the L MCA stroke; drops the pan on the turn.\.br\L. Arvola OTR/L||||||F
            """,
            ["I69.351"], [OT("97530", 21)], []),

        // BDN 97140 and 97110 for a snow-plough driver's shoulder, NM OBX per code 11 and 14: passes.
        ["vord-h115-bdn-plough-driver-shoulder"] = new(
            """
            OBX|1|NM|97140-MIN^Manual therapy timed minutes^LOCAL||11|min|||||F
            OBX|2|NM|97110-MIN^Therapeutic exercise timed minutes^LOCAL||14|min|||||F
            OBX|3|TX|PTDAILY^PT Daily Treatment Note^L||MT: GH inferior and posterior glides grade III, STM to the posterior cuff. R shoulder stiff, flexion 128 deg -> 140 deg.\.br\TE: rows green band 3x15, ER at 0 deg red band 3x12, wall slides 2x10. R cuff weakness, can't reach the plough controls overhead.||||||F
            """,
            ["M75.01"], [PT("97140", 11), PT("97110", 14)], []),

        // BDN PTA's 97116 with the snowbank walk: distance and assist; L foot drop; NM 20: passes.
        ["vord-h115-bdn-pta-97116-snowbank"] = new(
            """
            OBX|1|NM|97116-MIN^Gait training timed minutes^LOCAL||20|min|||||F
            OBX|2|TX|PTDAILY^PT Daily Treatment Note^L||Gait with the L AFO and a SPC on the hall, the ramp and the snowy walk outside the Manistique clinic; cues for L heel strike.\.br\L foot drop after the L peroneal palsy, toe catches on the snowbank edge.\.br\400 ft SPC SBA; ramp mod I; snowy walk CGA.\.br\T. Beauchamp PTA||||||F
            """,
            ["M21.372"], [PTA("97116", 20)], []),

        // CFPT CBE 97112, pecan sheller: perturbations, foam, step-overs; Berg; 1:1 ticked; box 24: passes.
        ["vord-h115-cfpt-pecan-sheller"] = new(
            """
            CFPT DAILY FLOWSHEET (CBE) · Abilene
            Attendance: ☑ 1:1 w/ PT   ☐ concurrent   ☐ group
            CPT 97112  Min [ 24 ]
             Perturbations on the foam ✓ · tandem w/ head turns ✓ · stepping over the pecan crates ✓*
            Exceptions: * new. Slow stepping reactions + decreased proprioception L foot; she stumbles on the hulls on the shelling-plant floor. Berg 47/56 (44 last).
            All else per plan.
            — L. Pettibone, PT, DPT
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // CFPT 97140 for a ginner's low back, dot leaders 12: passes.
        ["vord-h115-cfpt-ginner-low-back-97140"] = new(
            """
            CFPT Daily (CBE) · Abilene
            97140 Man Ther ........ 12 min
             L4-5 central PA glides gr III ✓ · STM L paraspinals ✓ · hip flexor stretch in Thomas position ✓
            Exceptions: lumbar ext limited w/ L paraspinal spasm; standing ext 8 deg -> 16 deg.
            — M. Salcido, PT
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // CFPT 97530 and 97110 with boxes 16 and 12, concession-stand worker: passes.
        ["vord-h115-cfpt-concession-stand-97530-97110"] = new(
            """
            CFPT DAILY FLOWSHEET (CBE) · Abilene
            CPT 97530  Min [ 16 ]
             Lifting a case of drinks floor to counter 6x ✓ · carrying the cooler 30 ft x3 ✓ · squat to the low shelf 8x ✓
            CPT 97110  Min [ 12 ]
             Bridges 3x15 ✓ · goblet squat 10 lb 3x10 ✓ · side-steps red band 3 laps ✓
            Exceptions: bilat hip extensor + quad weakness, she can't squat to restock the low cooler at the concession stand.
            — S. Kittrell, PTA
            """,
            ["M62.81"], [PTA("97530", 16), PTA("97110", 12)], []),

        // CFPT focus note 97116: D/A/R with distance and assist; box 19: passes.
        ["vord-h115-cfpt-focus-97116-fence-line"] = new(
            """
            CFPT Focus Note · Anson
            FOCUS: Impaired walking r/t R ankle weakness
            CPT 97116  Min [ 19 ]
            D: R foot slaps on the caliche; short L step, can't walk the fence line.
            A: gait w/ SPC on the gravel path and the clinic ramp, cues for R heel strike + even step length ✓
            R: 450 ft SPC mod I on level, gravel 200 ft SBA.
            — M. Salcido, PT
            """,
            ["M21.371"], [PT("97116", 19)], []),

        // BRPT maintenance 97112, Parkinson's, chapel door: 1:1, techniques, deficit, numbers; heading 24: passes.
        ["vord-h115-brpt-parkinsons-turning"] = new(
            """
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Mr. Virgil Ashcraft — Searcy County Manor
            Episode: maintenance (Jimmo), yr 2
            [X] 1:1   [ ] Concurrent   [ ] Group
            TX — 97112 NMR [ 24 min ]
            ---------------------------------------------------
            Turning practice in a wide arc with a count, stepping over a floor line at the doorway, backward stepping to a cue at the rail.
            PROBLEM: Parkinson's, freezes on turns and at doorways, retropulsion.
            NUMBERS: 180-degree turn 6 steps (9 at recert); pull test 2 steps.
            WHY IT TAKES A THERAPIST: cues and progression change with his medication timing.
            — Ruth Ann Villines, PT
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // BRPT PTA 97110 for a broiler grower, maintenance: doses and hip weakness; heading 15: passes.
        ["vord-h115-brpt-pta-97110-maintenance"] = new(
            """
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Mr. Dewey Wyatt — Pine Hollow Nursing & Rehab
            Episode: maintenance (Jimmo), yr 1
            TX — 97110 THER EX [ 15 min ]
            ---------------------------------------------------
            Seated marching 2 lb 3x12, sit to stand from the armchair 3x8, seated knee ext 2 lb 3x12, heel raises at the rail 2x15.
            PROBLEM: bilat hip and quad weakness, can't stand from the dining chair without two pushes.
            FOR THE FLOOR: restorative aide to walk him to the noon meal.
            — Cody Treat, PTA
            """,
            ["M62.81"], [PTA("97110", 15)], []),

        // BRPT OT 97530 with a covered dish: assist and counts; L weakness; heading 21: passes.
        ["vord-h115-brpt-ot-covered-dish"] = new(
            """
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Miss Opal Treadway — Searcy County Manor
            TX — 97530 THER ACT [ 21 min ]
            ---------------------------------------------------
            Carrying a covered dish from the counter to the table with the walker tray 4x SBA; reaching to the second shelf 8x; standing at the counter wiping 3 trials.
            PROBLEM: L UE weakness and poor standing balance reaching, needs both hands on the walker.
            — Darla Bolding, OTR/L
            """,
            ["M62.81"], [OT("97530", 21)], []),

        // TROPT 97112 levee patrolman ankle, 1:1 licensed Y, RA log; 21: passes.
        ["vord-h115-tropt-levee-ankle"] = new(
            """
            TROPT Daily Note — Midtown (J Street)
            Pt: Grady, Mel · 63 y/o · levee patrol
            Floor: Kenji (RA)
            1:1 w/ licensed: Y    RA-assisted: N    Concurrent: N
            97112 NMR ... 21 min (M. Castellanos PT)
              BAPS eyes closed, SLS on the half foam roller, lateral hops to a stick
            Impairment: L ankle proprioception after the sprain on the levee riprap.
            Measures: SLS half roller L 11 sec / R 24 sec; BAPS level 4 without a touch.
            RA log (not billed): ice bag.
            """,
            ["S93.402D"], [PT("97112", 21)], []),

        // TROPT 97140 and 97110 for a Davis bike mechanic's wrist: 10 and 14: passes.
        ["vord-h115-tropt-bike-mechanic-wrist"] = new(
            """
            TROPT Daily Note — Davis
            Pt: Soto, Ignacio · 66 y/o · bike-shop mechanic
            97140 MT — 10 min (T. Nakamura PT): radiocarpal dorsal glides gr III, STM to the wrist flexors
              R wrist ext stiff after the distal radius fx; ext 42 deg -> 50 deg
            97110 TE — 14 min (T. Nakamura PT): wrist ext 1 lb 3x15, grip putty 3x20, pronation/supination with a hammer 3x12
              R grip weakness, can't break a tyre bead
            RA (not billed): paraffin before.
            """,
            ["S52.531D"], [PT("97140", 10), PT("97110", 14)], []),

        // TROPT PTA 97116 for a kayak renter after a TKA: distance and assist; 22: passes.
        ["vord-h115-tropt-pta-97116-tka"] = new(
            """
            TROPT Daily Note — Folsom
            Pt: Marsh, Tilda · 72 y/o
            97116 Gait ... 22 min (A. Freeman PTA)
              gait with a SPC on the hall, stairs 4 steps reciprocal with the rail, curb step; cues for R knee flexion in swing
            Impairment: stiff-knee gait on the R after the TKA, short L step.
            Measures: 350 ft SPC mod I; stairs SBA.
            """,
            ["Z96.651"], [PTA("97116", 22)], []),

        // KMPT 97110 in a Loveland split-level with doses: passes.
        ["vord-h115-kmpt-97110-split-level"] = new(
            """
            KMPT • Home visit • iPad
            Pt: P.A. · 76 · Loveland split-level
            ⏱ 97110 — 16 min
            ➤ Tx • step-ups on the half flight 3x10 • wall squats 3x10 • side-lying hip abd 3x12 w/ 2 lb
            ➤ Why • L hip abductor and quad weakness, pulls up the half flight on the rail
            — R. Stoltzfus PTA
            """,
            ["M62.81"], [PTA("97110", 16)], []),

        // KMPT OT 97530 laundry basket: counts and assist; R shoulder weakness; 19: passes.
        ["vord-h115-kmpt-ot-laundry-basket"] = new(
            """
            KMPT • Home visit • iPad
            Pt: L.J. · 81 · Eaton
            ⏱ 97530 — 19 min
            ➤ Tx • carrying the laundry basket down the half flight 3 trips SBA • loading the dryer 2 loads • reaching to the pantry's second shelf from the step stool 6x CGA
            ➤ Why • R shoulder weakness after the rotator cuff repair, can't lift the basket to the dryer
            — O. Melnyk OTR/L
            """,
            ["M75.121"], [OT("97530", 19)], []),

        // KMPT 97112 dictated, "neuro reed block comma" left in: 1:1 only pt; foam, perturbations, step over the hockey bag; FGA; 22: passes.
        ["vord-h115-kmpt-dictated-hockey-bag"] = new(
            """
            KMPT • Home visit • iPad
            Pt: W.N. · 78 · Loveland
            ⏱ 97112 — 22 min
            ➤ 1:1 ☑ only pt
            neuro reed block comma foam stance eyes closed comma perturbations at the hips comma stepping over the grandson's hockey bag in the hall period
            ➤ Why • slow stepping reactions and decreased L foot proprioception after the L ankle fx
            ➤ #s • FGA 19/30 • 8 of 10 perturbations with one step
            — M. Ruelas PT
            """,
            ["S82.892D"], [PT("97112", 22)], []),

        // CVPT log, tyre builder 97112 with 1-ON-1 Y: rocker, foam, pushes; Berg and SLS; MIN 23: passes.
        ["vord-h115-cvpt-tyre-builder"] = new(
            """
            COOSA VALLEY PHYSICAL THERAPY          REHABMASTER 2.4
            DAILY TREATMENT LOG                    GADSDEN
            +-------+-------------+-----+-------------+
            | CPT   | DESCRIPTION | MIN | 1-ON-1(Y/N) |
            +-------+-------------+-----+-------------+
            | 97112 | NM RE-ED    |  23 | Y           |
            +-------+-------------+-----+-------------+
            TX NARRATIVE:
            ROCKER BOARD A/P EYES CLOSED, FOAM STANCE W/ BALL TOSS, PUSHES
            AT THE SHOULDERS FWD AND BACK.
            POOR POSTURAL CONTROL AFTER THE FALL ON THE RED-CLAY YARD, STEPS
            LATE, GRABS THE PORCH POST.
            BERG 44/56. SLS R 6 SEC L 9 SEC.
            J. BATTLES PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // CVPT OT 97530 in capitals, laundry basket down the porch steps: counts, assist; L weakness; MIN 20: passes.
        ["vord-h115-cvpt-ot-porch-laundry"] = new(
            """
            COOSA VALLEY PHYSICAL THERAPY          REHABMASTER 2.4
            +-------+-------------+-----+
            | CPT   | DESCRIPTION | MIN |
            +-------+-------------+-----+
            | 97530 | THER ACT    |  20 |
            +-------+-------------+-----+
            TX NARRATIVE:
            CARRYING A LAUNDRY BASKET DOWN 3 PRACTICE STEPS W/ RAIL 4 TRIPS
            CGA, HANGING TOWELS ON A LINE OVERHEAD 10X, SQUAT TO LIFT 5 LB
            FROM THE FLOOR 6X. L UE + L HIP WEAKNESS, CAN'T CARRY THE BASKET
            DOWN THE PORCH STEPS.
            S. GILLILAND OTR/L
            """,
            ["M62.81"], [OT("97530", 20)], []),

        // CVPT PTA 97116 and 97110 with MIN 18 and 12: passes.
        ["vord-h115-cvpt-pta-97116-97110"] = new(
            """
            COOSA VALLEY PHYSICAL THERAPY          REHABMASTER 2.4
            +-------+-------------+-----+
            | CPT   | DESCRIPTION | MIN |
            +-------+-------------+-----+
            | 97116 | GAIT TRN    |  18 |
            | 97110 | THER EX     |  12 |
            +-------+-------------+-----+
            TX NARRATIVE:
            GAIT TRN: SPC ON THE HALL + THE PARKING LOT CURB, CUES FOR L HEEL
            STRIKE. 300 FT SPC SBA, CURB CGA. L FOOT DRAG AFTER THE L TKA.
            THER EX: HEEL RAISES 3X15, TKE GREEN BAND 3X15, STEP UPS 6 IN
            3X10. L QUAD WEAKNESS.
            T. MOODY PTA
            """,
            ["Z96.652"], [PTA("97116", 18), PTA("97110", 12)], []),

        // GRP 97112 for a Livingston grandmother walking into the wind: perturbations, foam, head turns; FGA; 1:1 yes; Min 22: passes.
        ["vord-h115-grp-livingston-wind"] = new(
            """
            ╔═══════╦═════════════════════╦═════╦══════╗
            ║ Code  ║ Service             ║ Min ║ 1:1  ║
            ╠═══════╬═════════════════════╬═════╬══════╣
            ║ 97112 ║ NM re-education     ║ 22  ║ yes  ║
            ╚═══════╩═════════════════════╩═════╩══════╝
            Perturbations at the trunk on the Airex, tandem walking with head turns, resisted walking into the cable column to mimic the wind.
            Poor anticipatory postural control, she's blown off balance walking Main Street into the wind.
            | FGA | 21/30 |
            | Perturbations | 8 of 10 with one step |
            M. Sorensen, PT, DPT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // GRP OT 97530 line cook at a Big Sky lodge: counts and load; R hand weakness; Min 18: passes.
        ["vord-h115-grp-ot-line-cook"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97530 ║ Therapeutic act.    ║ 18  ║
            ╚═══════╩═════════════════════╩═════╝
            Lifting a stock pot 12 lb from counter to stove 8x, flipping with a spatula 3 sets of 10, carrying a bus tub 40 ft x3.
            R grip and wrist extensor weakness after the extensor tendon repair, drops the pan on the line.
            A. Castellano, OTR/L
            """,
            ["S66.221D"], [OT("97530", 18)], []),

        // GRP PTA 97110 Markdown-like pipe table for an elk hunter after a THA: passes.
        ["vord-h115-grp-elk-hunter-tha-97110"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97110 ║ Therapeutic ex.     ║ 17  ║
            ╚═══════╩═════════════════════╩═════╝
            | bridges | 3 × 15 |
            | side-lying abd | 3 × 12, 2 lb |
            | step-ups | 8 in, 3 × 10 |
            L hip abductor weakness after the L THA, Trendelenburg on the trail.
            B. Lindqvist, PTA
            """,
            ["Z96.642"], [PTA("97110", 17)], []),

        // GRP 97112 and 97140 for a lift mechanic's ankle, Min 21 and 10: passes.
        ["vord-h115-grp-lift-mechanic-ankle"] = new(
            """
            ╔═══════╦═════════════════════╦═════╦══════╗
            ║ Code  ║ Service             ║ Min ║ 1:1  ║
            ╠═══════╬═════════════════════╬═════╬══════╣
            ║ 97112 ║ NM re-education     ║ 21  ║ yes  ║
            ║ 97140 ║ Manual therapy      ║ 10  ║ yes  ║
            ╚═══════╩═════════════════════╩═════╩══════╝
            NMR: BAPS eyes closed, SLS on the BOSU with ball catches, lateral hops to a stick. R ankle proprioception down after the sprain on the lift-tower ladder. SLS BOSU R 10 sec; BAPS level 4.
            MT: talocrural posterior glides gr III, subtalar mobs. R ankle DF 5 deg -> 11 deg.
            T. Two Bears, PT
            """,
            ["S93.401D"], [PT("97112", 21), PT("97140", 10)], []),

        // SBH 97112 with AVS, taconite-train conductor: Individual ticked; perturbations, foam; Berg; Time 23: passes.
        ["vord-h115-sbh-train-conductor"] = new(
            """
            SBH Outpatient Rehabilitation — Duluth (Lakeside, 3rd floor)
            Visit type: [X] Individual (one-on-one)  [ ] Group
            Time: 97112 — 23 min
            Treatment: perturbation training on the Airex, stepping up onto a 12 in box with a head turn, tandem on the foam beam.
            Assessment: decreased postural control and slow stepping reactions after the fall from the ore-car ladder.
            Objective: Berg 48/56; 7 of 10 perturbations with a single step.
            ----- AFTER VISIT SUMMARY (given to patient) -----
            What we worked on today: catching your balance when you're bumped.
            Your home exercise program: standing with feet together at the counter.
            Questions? Call the rehab desk.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // SBH PTA 97110 for a Cloquet mill retiree's knee with a plain-language summary: passes.
        ["vord-h115-sbh-pta-97110-knee"] = new(
            """
            SBH Outpatient Rehabilitation — Cloquet
            Time: 97110 — 15 min
            Treatment: mini squats 3x12, step-ups 6 in 3x10, TKE green band 3x15, hamstring curls 3 lb 3x12.
            Assessment: R quad weakness after the R TKA, pulls on the rail on stairs.
            Plain-language summary (read at a 5th-grade level): We made your thigh muscles stronger so stairs get easier.
            Renee Bergquist, PTA
            """,
            ["Z96.651"], [PTA("97110", 15)], []),

        // SBH OT 97530 with "Teach-back:" and the SmartList left on an unrelated field: passes.
        ["vord-h115-sbh-ot-97530-grocery"] = new(
            """
            SBH Outpatient Rehabilitation — Two Harbors
            Time: 97530 — 20 min
            Treatment: unloading groceries from a bag to the upper cupboard 12 items, carrying a gallon jug 30 ft x3 with SBA, wiping the counter in standing 3 trials.
            Assessment: L shoulder weakness and poor standing tolerance after the L rotator cuff repair.
            Interpreter needed: {YES/NO:20234}
            Teach-back: patient repeated the two-hand carry.
            Joy Oyelaran, OTR/L
            """,
            ["M75.122"], [OT("97530", 20)], []),

        // SBH 97112 and 97140 each with a Time line (22 and 11), Lakewalk lighthouse: passes.
        ["vord-h115-sbh-lighthouse-97112-97140"] = new(
            """
            SBH Outpatient Rehabilitation — Duluth (Lakeside, 3rd floor)
            Visit type: [X] Individual (one-on-one)  [ ] Group
            Time: 97112 — 22 min
            Treatment: rocker board eyes closed, foam stance with head turns, lateral perturbations.
            Assessment: R ankle proprioception poor after the sprain on the Lakewalk rocks. Rocker M/L 12 sec; SLS R foam 7 sec.
            Time: 97140 — 11 min
            Treatment: talocrural posterior glides gr III, STM to the peroneals. R ankle DF stiff, 6 deg -> 12 deg.
            ----- AFTER VISIT SUMMARY (given to patient) -----
            Your next visit: ***
            """,
            ["S93.401D"], [PT("97112", 22), PT("97140", 11)], []),

        // PFPT 97112 Alamogordo, retired Holloman mechanic: 1:1, techniques, deficit, measures; 24: passes.
        ["vord-h115-pf-holloman-mechanic"] = new(
            """
            PeakForm Physical Therapy — Alamogordo
            DAILY NOTE    Patient: Glenn Stroud    DOS: 12/07/2026    Clinician: Corinne Baca, PT, DPT
            CPT: 97112    Minutes: 24
            Delivery: 1:1 — Corinne and Glenn, nobody else in the treatment room
            Interventions: perturbations on the foam pad; stepping over the hurdle row with head turns; tandem walking along the mirror
            Impairment: slow stepping reaction and decreased L foot proprioception with the neuropathy
            Measures: Berg 46/56; 8 of 10 perturbations with one step
            Next appointment: «NextAppt»
            Powered by PeakForm ClinicLink
            """,
            ["E11.42"], [PT("97112", 24)], []),

        // PFPT PTA 97110, grandmother who walks to school: passes.
        ["vord-h115-pf-pta-97110-grandmother"] = new(
            """
            PeakForm Physical Therapy — Deming
            DAILY NOTE    Patient: Consuelo Ruiz    Clinician: Araceli Domínguez, PTA
            CPT: 97110    Minutes: 17
            Interventions: bridges 3x15; clamshells red band 3x12; sit to stand 3x10; heel raises 3x15
            Impairment: bilat hip and calf weakness, tires walking the grandchildren four blocks to school
            HEP: «HEPLink»
            Assessment: Patient tolerated today's session well and is progressing toward goals.
            """,
            ["M62.81"], [PTA("97110", 17)], []),

        // PFPT 97116 and 97112 Hobbs, Minutes 16 and 22: passes.
        ["vord-h115-pf-hobbs-97116-97112"] = new(
            """
            PeakForm Physical Therapy — Hobbs
            DAILY NOTE    Patient: Arturo Nevárez    Clinician: Tyler Nez, PT
            CPT: 97112    Minutes: 22
            Delivery: 1:1 — Tyler and Arturo only
            Interventions: step-and-stick onto the foam; weight shifts onto the L with tapping; reactive steps to pushes
            Impairment: L hemiparesis, poor L weight acceptance and a late L step
            Measures: Berg 40/56; step-and-stick 6 of 10 without a hand
            CPT: 97116    Minutes: 16
            Interventions: gait with a quad cane on the hall and the ramp, cues for L heel strike
            Impairment: L foot drag and a short R step from the hemiparesis
            Measures: 260 ft quad cane CGA; ramp min A
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 16)], []),

        // KMPT 97112 in the Berthoud barn aisle, husband on the hay bale watching: 1:1 only pt; techniques, deficit, measure; 23: passes.
        ["vord-h115-kmpt-barn-aisle"] = new(
            """
            KMPT • Home visit • iPad
            Pt: A.Y. · 80 · Berthoud farmhouse
            ⏱ 97112 — 23 min
            ➤ 1:1 ☑ only pt — husband watched from the hay bale
            ➤ Tx • walking the barn aisle with head turns to the stalls • stepping over the hose • perturbations at the hips on the rubber mat
            ➤ Why • decreased postural control and L foot proprioception, trips on the barn step at dusk
            ➤ #s • TUG 12.2 sec • 7 of 10 perturbations with one step
            — H. Sorensen-Vigil PT DPT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // TROPT 97530 on the clinic's tote circuit with the RA stocking the bins beforehand: counts and loads; L shoulder weakness; 18: passes.
        ["vord-h115-tropt-97530-tote-circuit"] = new(
            """
            TROPT Daily Note — Stockton (Brookside)
            Pt: Herrera, Leticia · 65 y/o · cannery forklift driver
            Floor: Luis (RA) stocked the bins before the session
            97530 TA ... 18 min (M. Castellanos PT)
              lifting a 10 lb tote floor to waist 8x, to shoulder 6x, pushing the cart 60 ft x3
            Impairment: L shoulder weakness and poor lift mechanics after the L cuff repair.
            """,
            ["M75.122"], [PT("97530", 18)], []),

        // BDN PTA 97110 and 97116 with NM OBX 13 and 17: passes.
        ["vord-h115-bdn-pta-97110-97116"] = new(
            """
            OBX|1|NM|97110-MIN^Therapeutic exercise timed minutes^LOCAL||13|min|||||F
            OBX|2|NM|97116-MIN^Gait training timed minutes^LOCAL||17|min|||||F
            OBX|3|TX|PTDAILY^PT Daily Treatment Note^L||TE: heel raises 3x15, step-ups 6 in 3x10, seated knee ext 3 lb 3x12. R quad weakness after the R TKA.\.br\Gait: SPC on the hall and the icy-walk mat, cues for R knee flexion in swing. Stiff-knee gait R. 320 ft SPC SBA.\.br\T. Beauchamp PTA||||||F
            """,
            ["Z96.651"], [PTA("97110", 13), PTA("97116", 17)], []),

        // CFPT PTA 97112 CBE, 1:1 ticked, retired ginner: passes.
        ["vord-h115-cfpt-pta-97112-gin"] = new(
            """
            CFPT DAILY FLOWSHEET (CBE) · Anson
            Attendance: ☑ 1:1 w/ PTA   ☐ concurrent   ☐ group
            CPT 97112  Min [ 21 ]
             Rocker board eyes closed ✓ · SLS on foam w/ head turns ✓ · lateral perturbations ✓
            Exceptions: R ankle proprioception + slow reactions since the fall off the gin-yard trailer. Rocker M/L 11 sec; SLS R foam 6 sec.
            — S. Kittrell, PTA
            """,
            ["S93.401D"], [PTA("97112", 21)], []),

        // BRPT 97116 for a woman after a stroke, hall and chapel walk, distance and assist; heading 20: passes.
        ["vord-h115-brpt-97116-chapel-walk"] = new(
            """
            OUTPATIENT (PART B) · NURSING HOME RESIDENT
            Resident: Mrs. Nola Keeling — Pine Hollow Nursing & Rehab
            Episode: maintenance (Jimmo), yr 3
            TX — 97116 GAIT [ 20 min ]
            ---------------------------------------------------
            Gait with the hemi-walker from her room to the chapel and back, cues for R heel strike and a longer L step.
            PROBLEM: R foot drag and short L step since the stroke.
            NUMBERS: 180 ft hemi-walker CGA (150 ft at recert).
            — Cody Treat, PTA
            """,
            ["I69.351"], [PTA("97116", 20)], []),

        // GRP rodeo 97140 alone, lumbar: Min 12: passes.
        ["vord-h115-grp-97140-lumbar-rodeo"] = new(
            """
            ╔═══════╦═════════════════════╦═════╗
            ║ Code  ║ Service             ║ Min ║
            ╠═══════╬═════════════════════╬═════╣
            ║ 97140 ║ Manual therapy      ║ 12  ║
            ╚═══════╩═════════════════════╩═════╝
            L4-5 and L5-S1 central PA glides grade III, STM to the L paraspinals, manual hip flexor stretch.
            Lumbar stiffness and spasm after being thrown at the Livingston Roundup; extension 8 deg -> 15 deg.
            T. Two Bears, PT
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // SBH complete 97112 sent with no diagnosis code: diagnosis missing only.
        ["vord-h115-sbh-complete-no-dx"] = new(
            """
            SBH Outpatient Rehabilitation — Hermantown
            Visit type: [X] Individual (one-on-one)  [ ] Group
            Time: 97112 — 22 min
            Treatment: X1 viewing on foam, walking with head turns, feet together eyes closed.
            Assessment: L vestibular hypofunction, veers L turning to check the crossing.
            Objective: DGI 17/24.
            """,
            [], [PT("97112", 22)], [Dx]),

        // CVPT complete 97110 whose diagnosis cell came across as the words "OA R knee" (no well-formed code): diagnosis missing only.
        ["vord-h115-cvpt-malformed-dx"] = new(
            """
            COOSA VALLEY PHYSICAL THERAPY          REHABMASTER 2.4
            +-------+-------------+-----+
            | CPT   | DESCRIPTION | MIN |
            +-------+-------------+-----+
            | 97110 | THER EX     |  14 |
            +-------+-------------+-----+
            TX NARRATIVE:
            QUAD SETS 2X15, SLR 2 LB 3X10, MINI SQUATS 3X12. R QUAD WEAKNESS
            WITH THE KNEE OA, CAN'T GET UP FROM THE CHURCH PEW.
            J. BATTLES PT
            """,
            ["OA R knee"], [PT("97110", 14)], [Dx]),

        // TROPT two-code note with only "Total timed: 26 min" and each block complete: separate time missing.
        ["vord-h115-tropt-total-only-two-codes"] = new(
            """
            TROPT Daily Note — Elk Grove (Laguna Blvd)
            Pt: Dang, Minh · 67 y/o
            MT (T. Nakamura PT): L4-5 central PA glides gr III, STM L paraspinals — lumbar extension stiff, 10 deg -> 18 deg
            TE (T. Nakamura PT): bird-dog 2x10, dead bug 2x10, bridges 3x15 — core and hip extensor weakness
            Total timed: 26 min
            """,
            ["M54.50"], [PT("97140", 11), PT("97110", 15)], [SepTime]),

    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
