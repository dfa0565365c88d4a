using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-seventy-eighth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// Written 2026-12-07 (twenty-third session) beside the hundred-and-seventy-sixth set. The set is a second set of notes
/// typed in a hurry with little or no punctuation, after the hundred-and-sixty-ninth, with new writers and their own
/// shorthand: run-on lines with no full stops and no colons, fields separated only by slashes ("97112/23 min/one to
/// one/…"), by double slashes ("97112 // 22 min // 1 on 1 //"), by pipes, by double spaces or by nothing at all, codes,
/// minutes, drills and numbers strung together, some notes in lower case throughout and one writer in capitals
/// throughout, some with a single period at the very end, and a few notes with ordinary punctuation from the same
/// clinicians on a calmer day — about two thirds ordinary and complete (75 of 117), single- and multi-code visits
/// (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and an OT's code on one visit), by PTs, PTAs and an
/// OT, from three employers no earlier set has:
/// <list type="number">
/// <item>a hospital-owned outpatient neuro clinic whose therapists chart between patients on a workstation on wheels
/// parked in the hallway, which logs them out after a few idle seconds ("Chelan Basin Medical Center — Outpatient Neuro
/// Rehabilitation", CBMC Neuro: the hospital clinic in Chelan, Washington, and satellites in Manson and Pateros; stroke,
/// Parkinson's, multiple-sclerosis, cerebellar and vestibular caseloads): Priya Raman (PT, DPT, NCS — lower case, fields
/// separated by slashes, "one to one"), Owen Brandvold (PTA — nothing between fields at all, "1to1", "w", "&amp;") and
/// Lucia Ferreira (OTR/L — double spaces and a single period at the very end); an apple packing-house forklift driver,
/// a ski-lift operator at Echo Valley, a winery tasting-room host, a parasail-boat
/// captain on the lake, a woman who swims to the buoy line every summer and a husband who waits in the hall;</item>
/// <item>a two-therapist rural practice that charts at the end of the day from memory ("Encampment River Physical
/// Therapy", ERPT: the clinic on Freeman Street in Encampment, Wyoming, and a Tuesday-Thursday room in Baggs; the owner
/// types every note of the day after six, in order, with "eod" and "per my notes on the schedule"): Gail Sorensen (PT,
/// owner — all lower case, "&amp;" for and, no separators) and Hank Twomey (PT — all capitals, a single period at the very
/// end of each note); sheep ranchers, a lambing shed, a hunting outfitter who guides elk hunters in the Sierra Madre, a
/// retired copper-mine hoistman, the woman who runs the mercantile, a county snowplow driver, a
/// stock trailer, and a border collie that followed its owner in;</item>
/// <item>an orthopaedic physician-owned practice whose PTs type into the single free-text "PT note" box of the surgeons'
/// EHR ("Bootheel Orthopaedic &amp; Sports Medicine — Physical Therapy", BOSM: the main office in Sikeston, Missouri, and
/// PT gyms in Cape Girardeau and Poplar Bluff; post-operative protocols named after the surgeon, "per Dr. Kessler
/// protocol"): Dwayne Pressley (PT, OCS — double slashes between fields), Kimberly Askins (PT, DPT —
/// pipes between fields, a full sentence on a calmer day) and Reggie Gainey (PTA — loads, sets and reps strung together,
/// "x", "ea", "#"); a cotton-gin hand, a rice farmer, a towboat deckhand on the Mississippi, a softball pitcher at
/// Southeast Missouri State, a rural mail carrier who reaches across the seat to the box, a catfish-plant filleter, a
/// church pianist, a wife in the chair and the front-desk girl who brought the ice.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract to what the run-on text
/// says: slashes, double slashes, pipes, double spaces and line breaks separate fields as a full stop would, a
/// lower-case or all-capitals note says what it would say in ordinary case, a note written at the end of the day from
/// memory is read for what it states (a reviewer does not mark it down for being written late), a number belongs to the
/// word it is written against ("sls L 6s", "BERG 44/56", "200 ft", "10#"), a code's minutes are the number with "min"
/// written against the code, and a blank ("__", "___"), an empty pair of parentheses "( )" or an unanswered "Y/N"
/// states nothing:
/// <list type="bullet">
/// <item>class 1 (v1-h178-…): one-on-one in these writers' own words ("one to one the whole block husband waited in the
/// hall", "1to1", "just her &amp; me in the back room", "ONE ON ONE NOBODY ELSE ON THE SCHEDULE THAT HOUR", "1 on 1 //
/// wife in the chair", "my undivided attention whole block | front desk brought ice at the end"), notes that negate it ("split the block w the
/// 2 oclock parkinsons pt on the treadmill", Hank's "HAD THE TWO HOSTETLER BROTHERS IN TOGETHER TAKING TURNS ON THE
/// FOAM", a PTA who "ran him &amp; mrs ortiz side by side at the bars", a therapist who "stepped out to do a new eval next
/// door while the aide ran his drills") or never state it (a slashed stroke note, an all-lower-case end-of-day note),
/// and the codes without a one-on-one check: an OT's 97530 with two residents of the hospital's transitional unit at
/// the kitchen table and a PTA's 97110 beside another patient on the recumbent bike;</item>
/// <item>class 2 (v2-h178-…): checkbox and blank-field states as these writers leave them in free text: "one to one (x)"
/// and "one to one ( )", "1 ON 1 Y/N Y" and "1 ON 1 Y/N" unanswered, "indiv/group -&gt; indiv", "1 to 1 Y" on its own line above an OT's 97530, "berg ___ tug ___", "def
/// ___", "sets __ reps __ wt __" on a 97110, "97110 ___ min" on a two-code visit, and unrelated blanks ("f/u w dr
/// kessler __  rx # ___") beside a complete note;</item>
/// <item>class 3 (v3-h178-…): named programmes and methods as techniques (Cawthorne-Cooksey head and eye exercises,
/// Frenkel exercises for ataxia, Tai Ji Quan Moving for Better Balance forms, mirror therapy, Rock Steady Boxing
/// footwork drills, perturbation training on the treadmill, Thrower's Ten, the Tyler twist with a FlexBar,
/// strain-counterstrain, body-weight-supported treadmill training in the harness), the clinic's "steady feet level 4 per
/// handout" as the only technique, a surgeon's post-operative protocol with its exercises named but no dose, and PNF
/// patterns with no deficit;</item>
/// <item>class 4 (v4-h178-…): deficits stated as findings in these writers' terms (a forklift driver who overshoots
/// reaching for the mast lever, a lift operator who can't find the ramp edge with his feet in the dark, a rancher who
/// catches his boot on the stock-trailer ramp, a pianist whose R hand lags the L, a mail carrier who loses his seat
/// balance reaching across to the box, a towboat deckhand who can't tell where the deck is rolling) and notes that
/// state none (a slashed note with "see eval", Hank's "NO NEW PROBLEMS", "no c/o today", a 97140 with no region, a 97116 with distance and assistance but no impairment or goal);</item>
/// <item>class 5 (v5-h178-…): measures in every usual form run into the text ("BERG 44/56" beside "ABC 62%", "tug 12.8
/// sec", "fga 21 of 30", "sot composite 58", "mctsib cond 4 fell at 7s", "4 OF 6 STAIRS RECIPROCAL", a 97116's distance
/// and assistance, a 97530's count and assistance, a 97110's sets, reps and pounds) and
/// notes with none ("did better", "berg when the wow is fixed", transfers with no count or assistance, shoulder
/// exercises with no dose, a soft-tissue note with no dose or range);</item>
/// <item>class 6 (v6-h178-…): minutes in these writers' forms ("97112/23 min", "97112 // 22 min", "97112 | 24 min |",
/// "97112 22MIN", "97112 23 mins", "22 MIN 97110" opening a one-code note, a clock range "1405-1428" on the code's own
/// line, three codes each with its minutes, a PT's and an OT's code each with its minutes, a 9-minute 97140) and true
/// mismatches (30 written on an 18-minute 97112, 12 on a 24-minute 97110, 38 on a 25-minute 97116, 10 on a 23-minute
/// 97530) and truly missing separate time (a two-code end-of-day note with only "tx 40 min", minutes for one of two
/// codes, "in at 1300 out at 1345" with no minutes per code);</item>
/// <item>class 7 (v7-h178-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty note on a two-code visit the workstation logged out of, spaces only on a PTA's 97110, an empty 97140
/// with no diagnosis), the contract's meanings for 97110 (a deckhand's rows, carries and grip work with doses), 97530
/// (lifting a saddle onto the rack and getting up into the stock trailer), 97140 (thoracic manipulation and rib
/// mobilisations with range) and 97116 (a stroke patient walked with a hemi-walker and an ankle brace, distance and
/// assistance), and wholly generic notes: "ex program done tol well pt motivated", "NM RE-ED AS TOLERATED CONT POC", "balance
/// ex &amp; ther act tol ok" on a two-code note, and "1 to 1 functional activities pt participated well";</item>
/// <item>ordinary (vord-h178-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), in slashed, double-slashed, piped, double-spaced, run-together, lower-case, all-capitals and
/// single-final-period forms and in the same clinicians' punctuated calmer-day notes, and the ordinary weak ones: a
/// complete note with no diagnosis, a claim whose diagnosis field says "see referral", a punctuated note whose minutes
/// differ by eleven.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — a husband in the hall, a wife in the
/// chair, a son who drove, the front-desk girl and a border collie (none of them a patient; the 2
/// o'clock Parkinson's patient on the treadmill, the two Hostetler brothers, Mrs. Ortiz at the bars, the patient on
/// the recumbent bike and the transitional-unit residents at the kitchen table are), ages, dates, heights of steps,
/// boxes and tailgates in inches, loads in pounds, band colours, reaches in inches and centimetres, feet walked, degrees,
/// percentages, gait speeds, times of day, weeks after surgery, and counts of reps, laps, cones, pegs
/// and trips — and each is written so that a reviewer cannot take it for a billed code's minutes; a code's minutes are
/// written next to the code ("97112/23 min", "97112 // 22 min", "97112 | 24 min", "97112 22MIN", "22 MIN 97110" opening
/// a one-code note) or as a clock range on the code's own line; no note gives minutes to a visit, a drill, a rest or a
/// test, except the two that give the visit a total ("tx 40 min" and "in at 1300 out at 1345"); notes failed for want
/// of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the note names
/// no technique, deficit or measure at all. A 97112 passes the measure check only on an objective measure with a
/// number and fails it only when the note has no number but its code, its minutes and numbers that are plainly
/// something else; for the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure.
/// One-on-one is judged on the billed minutes: a family member, caregiver or staff member in the room does not undo a
/// one-on-one statement, another patient treated in the same block does, and a therapist attending someone else during
/// the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the run-on text that could honestly be read two ways: a slash between two numbers where it
/// could be a separator or a score ("97112/22/44/56"), a number standing alone between two slashes with no "min"
/// ("97112/23/…"), minutes written after a drill and before the next code on one line, a clock time run into a test's
/// seconds ("1405 tug 12s"), "min" written as a word for minimal assistance anywhere in a note, a one-on-one word run
/// into the drill beside it where it could mean a one-on-one drill rather than the session ("1to1 ball toss"), an
/// end-of-day note that says the writer does not remember part of the session, and two codes' work run together on
/// one line with no separator to show where one code's work ends and the other's begins.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 100 of 117 cases agree (115 needed), and 8 of the 75 notes the reviewer passes got a finding, on the analyzer of ed4cfb9 (main 1a10279, the final code of the 2026-12-07 twenty-second session, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, 6ede27d): 114 of 117, 1 false positive.</para>
/// <para>After the twenty-fourth session (2026-12-07, 8d5b7b5): 116 of 117, no false positive — both facts pass again.</para>
/// </summary>
public class HeldOutNotesIssue18HundredSeventyEighthTests(ITestOutputHelper output)
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

        // CBMC Priya, slashed and lower case: "one to one the whole block husband waited in the hall"; foam stance with head turns and lateral perturbations; L cerebellar ataxia and poor postural control; Berg and tandem seconds; 23 min matches: passes.
        ["v1-h178-cbmc-raman-husband-waited-in-hall"] = new(
            """
            97112/23 min/one to one the whole block husband waited in the hall/foam stance w head turns/lat perturbations at the pelvis/L cerebellar ataxia poor postural control veers L/berg 41 of 56/tandem 5 sec
            """,
            ["I69.393", "R27.0"], [PT("97112", 23)], []),

        // CBMC PTA Owen, nothing between fields: "1to1 whole session"; rocker board eyes closed and stepping over the cones; somatosensory loss both feet; mCTSIB seconds; 22min matches: passes.
        ["v1-h178-cbmc-brandvold-1to1-run-together"] = new(
            """
            97112 22min 1to1 whole session rockerboard eyes closed ap & ml then stepping over 4 cones w no hands somatosensory loss both feet from the neuropathy mctsib foam eyes closed 9s firm eyes closed 30s
            """,
            ["E11.42", "R26.81"], [PTA("97112", 22)], []),

        // ERPT Gail, lower case end-of-day: "just her & me in the back room"; tandem walking on the balance beam and reactive steps to pushes; poor ankle strategy, fell in the lambing shed; Berg and TUG; 24 min matches: passes.
        ["v1-h178-erpt-sorensen-just-her-and-me-back-room"] = new(
            """
            97112 24 min just her & me in the back room tandem walking on the balance beam fwd & bwd & reactive steps to my pushes at the hips poor ankle strategy fell in the lambing shed in april berg 46/56 tug 11.9 sec
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // ERPT Hank, all capitals with one final period: "ONE ON ONE NOBODY ELSE ON THE SCHEDULE THAT HOUR"; BAPS board and single-leg stance on the Airex; R ankle proprioception after the sprain off the stock-trailer ramp; SLS seconds; 22 MIN matches: passes.
        ["v1-h178-erpt-twomey-nobody-else-on-schedule"] = new(
            """
            97112 22 MIN ONE ON ONE NOBODY ELSE ON THE SCHEDULE THAT HOUR BAPS LEVEL 3 CW CCW AND SINGLE LEG STANCE ON THE AIREX WITH HEAD TURNS R ANKLE PROPRIOCEPTION POOR AFTER ROLLING IT OFF THE STOCK TRAILER RAMP SLS R 7 SEC L 21 SEC.
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // BOSM Dwayne, double slashes: "1 on 1 // wife in the chair"; single-leg perturbations on the half-dome and hop-to-stick; L knee neuromuscular control after the ACL reconstruction, 14 wks out; Y-balance cm; 23 min matches: passes.
        ["v1-h178-bosm-pressley-wife-in-the-chair"] = new(
            """
            97112 // 23 min // 1 on 1 // wife in the chair // SL perturbations on the half dome + hop to stick onto foam // L knee poor neuromuscular control valgus on landing s/p ACL recon 14 wks // Y balance ant L 58 cm R 66 cm
            """,
            ["S83.512D"], [PT("97112", 23)], []),

        // BOSM Kimberly, pipes: "my undivided attention whole block | front desk brought ice at the end"; rhythmic stabilisation at 90 deg and PNF D2 with manual resistance; R shoulder proprioception and scapular control after the dislocation; joint position error in degrees; 24 min matches: passes.
        ["v1-h178-bosm-askins-undivided-front-desk-ice"] = new(
            """
            97112 | 24 min | my undivided attention whole block | front desk brought ice at the end | rhythmic stab at 90 deg abd + PNF D2 flexion w manual resist | R shoulder poor proprioception + scapular control s/p anterior dislocation | joint position error 9 deg R vs 3 deg L
            """,
            ["S43.014D"], [PT("97112", 24)], []),

        // CBMC Priya: "split the block w the 2 oclock parkinsons pt on the treadmill" — another patient treated in the billed time: one-on-one missing; perturbations and big-step drills, freezing at doorways, TUG present.
        ["v1-h178-cbmc-raman-split-with-2-oclock-pt"] = new(
            """
            97112/22 min/split the block w the 2 oclock parkinsons pt on the treadmill/backward perturbations + big step training over tape lines/freezes at doorways festinates turning/tug 16.8 sec
            """,
            ["G20.A1"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // ERPT Hank, capitals: "HAD THE TWO HOSTETLER BROTHERS IN TOGETHER TAKING TURNS ON THE FOAM" — two patients in the block: one-on-one missing; foam stance eyes closed and tandem; poor postural control; Berg present.
        ["v1-h178-erpt-twomey-hostetler-brothers-taking-turns"] = new(
            """
            97112 24 MIN HAD THE TWO HOSTETLER BROTHERS IN TOGETHER TAKING TURNS ON THE FOAM EYES CLOSED STANCE AND TANDEM WALKING POOR POSTURAL CONTROL SWAYS BACK WITH EYES SHUT BERG 44/56.
            """,
            ["R26.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // BOSM PTA Reggie: "ran him & mrs ortiz side by side at the bars" — another patient in the block: one-on-one missing; tandem and foam marching; proprioception after the ankle ORIF; SLS present.
        ["v1-h178-bosm-gainey-side-by-side-at-bars"] = new(
            """
            97112 21 min ran him & mrs ortiz side by side at the bars tandem in the bars + foam marching x20 ea R ankle proprioception poor s/p ORIF sls R 6s L 19s
            """,
            ["S82.841D"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // BOSM Dwayne: "stepped out to do a new eval next door while the aide ran his drills" — the therapist attended someone else during the block: one-on-one missing; BOSU perturbations and cone reaches; ankle proprioception; SLS present.
        ["v1-h178-bosm-pressley-stepped-out-for-eval"] = new(
            """
            97112 // 22 min // stepped out to do a new eval next door while the aide ran his drills // BOSU perturbations + SL cone reaches on foam // R ankle proprioception deficit s/p sprain // SLS R 11 sec L 25 sec
            """,
            ["S93.401D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // CBMC Priya's slashed stroke note that never says how the block was delivered: weight shift onto the R with tapping and step-up-and-hold; R hemiparesis, poor weight acceptance; FGA: one-on-one missing.
        ["v1-h178-cbmc-raman-stroke-no-delivery-word"] = new(
            """
            97112/23 min/wt shift onto R w tapping at glut med/step up & hold R leg stance on 4 in step/R hemiparesis poor wt acceptance R/fga 14 of 30
            """,
            ["I69.351"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ERPT Gail's end-of-day lower-case note with no delivery word: x1 viewing standing and tandem with head turns; L vestibular hypofunction; DGI: one-on-one missing.
        ["v1-h178-erpt-sorensen-eod-no-delivery-word"] = new(
            """
            97112 22 min eod per my notes on the schedule x1 viewing standing then tandem in the hall w head turns L vestibular hypofunction gets dizzy turning to check the sheep dgi 16/24
            """,
            ["H81.22"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // CBMC OT Lucia's 97530 with two transitional-unit residents at the kitchen table (no one-on-one check for 97530): meal prep standing at the counter with counts and assistance; L hemiparesis, poor standing tolerance; 21 min matches: passes.
        ["v1-h178-cbmc-ferreira-97530-kitchen-table-two-residents"] = new(
            """
            OT 97530 21 min  had two transitional unit residents at the kitchen table w her  making a sandwich standing at the counter + putting 6 cans on the upper shelf SBA  L hemiparesis poor standing tolerance at the counter.
            """,
            ["I69.354"], [OT("97530", 21)], []),

        // BOSM PTA Reggie's 97110 beside another patient on the recumbent bike (no one-on-one check for 97110): step-ups, leg press and TKE with doses; R quad weakness after the TKA; 18 min matches: passes.
        ["v1-h178-bosm-gainey-97110-next-to-bike-pt"] = new(
            """
            97110 18 min other pt on the recumbent bike next to him step ups 6 in 3x10 leg press 3x12 70# TKE green band 3x15 R quad weakness s/p TKA 6 wks cant do the church steps
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 18)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // CBMC Priya's own "one to one (x)": x2 viewing and walking with head turns; R vestibular hypofunction after the schwannoma resection; DGI; 22 min matches: passes.
        ["v2-h178-cbmc-raman-one-to-one-x"] = new(
            """
            97112/22 min/one to one (x)/x2 viewing seated then standing/walking the hall w head turns on cue/R vestibular hypofunction s/p schwannoma resection oscillopsia/dgi 15 of 24
            """,
            ["D33.3", "H81.21"], [PT("97112", 22)], []),

        // CBMC Priya's "one to one ( )" left empty: otherwise complete (foam stance eyes closed and stepping reactions; poor postural control in MS; Berg): one-on-one missing.
        ["v2-h178-cbmc-raman-one-to-one-empty-parens"] = new(
            """
            97112/23 min/one to one ( )/foam stance eyes closed/stepping reactions to lat pushes/poor postural control ms flare in oct/berg 43 of 56
            """,
            ["R26.81", "R27.0"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ERPT Hank's "1 ON 1 Y/N Y": rocker board and perturbations; L ankle proprioception after the elk-camp fall; SLS seconds; 21 MIN matches: passes.
        ["v2-h178-erpt-twomey-1-on-1-y-n-y"] = new(
            """
            97112 21 MIN 1 ON 1 Y/N Y ROCKER BOARD EYES CLOSED AND LATERAL PERTURBATIONS IN SINGLE LEG STANCE L ANKLE PROPRIOCEPTION POOR SINCE THE FALL AT ELK CAMP SLS L 8 SEC R 23 SEC.
            """,
            ["S93.402D"], [PT("97112", 21)], []),

        // ERPT Hank's "1 ON 1 Y/N" never answered: otherwise complete (tandem on foam, reactive steps; poor postural control; Berg): one-on-one missing.
        ["v2-h178-erpt-twomey-1-on-1-y-n-unanswered"] = new(
            """
            97112 23 MIN 1 ON 1 Y/N TANDEM STANCE ON FOAM AND REACTIVE STEPS TO PUSHES POOR POSTURAL CONTROL FALLS BACKWARD OFF THE PORCH STEP BERG 45/56.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // BOSM Kimberly's "indiv/group -> indiv": Biodex limits-of-stability drills and perturbations; L ankle proprioception after the ankle ORIF; LOS score; 22 min matches: passes.
        ["v2-h178-bosm-askins-indiv-group-arrow-indiv"] = new(
            """
            97112 | 22 min | indiv/group -> indiv | biodex limits of stability drills + manual perturbations in SL stance | L ankle proprioception deficit s/p ORIF 10 wks | LOS overall 38% (27% at eval)
            """,
            ["S82.842D"], [PT("97112", 22)], []),

        // CBMC PTA Owen's "berg ___ tug ___" left blank: 1to1, weight shifts on foam and stepping reactions; poor postural control; no number but the code and its minutes: measure missing.
        ["v2-h178-cbmc-brandvold-berg-tug-blank"] = new(
            """
            97112 22min 1to1 whole session wtshifts on foam & stepping reactions fwd bwd lat poor postural control leans back berg ___ tug ___
            """,
            ["R26.89"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // BOSM Dwayne's "def ___" never filled: 1 on 1, perturbations on the rocker and SL cone taps, Y-balance — no deficit: deficit missing.
        ["v2-h178-bosm-pressley-def-blank"] = new(
            """
            97112 // 22 min // 1 on 1 // tx rocker perturbations + SL cone taps on foam // def ___ // meas Y balance ant R 61 cm L 67 cm
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // BOSM PTA Reggie's 97110 with "sets __ reps __ wt __" on every exercise: shoulder rows, ER and scaption for the R rotator cuff; no dose: measure missing.
        ["v2-h178-bosm-gainey-sets-reps-wt-blank"] = new(
            """
            97110 19 min rows sets __ reps __ wt __ sidelying ER sets __ reps __ wt __ scaption sets __ reps __ wt __ R rotator cuff weakness s/p repair cant reach the mailbox
            """,
            ["S46.011D"], [PTA("97110", 19)], [At(Measure, "97110")]),

        // BOSM Kimberly's two-code note with "97110 | ___ min" unfilled beside a complete 97112: separate time missing.
        ["v2-h178-bosm-askins-97110-minutes-blank"] = new(
            """
            97112 | 22 min | 1 on 1 | SL perturbations on foam + hop to stick | R knee poor neuromuscular control s/p ACL recon | single hop LSI 78%
            97110 | ___ min | leg press 3x10 110# + SL step downs 6 in 3x8 | R quad weakness
            """,
            ["S83.511D"], [PT("97112", 22), PT("97110", 14)], [SepTime]),

        // BOSM Dwayne's complete note with unrelated blanks "f/u w dr kessler __  rx # ___": 1 on 1, BOSU perturbations, proprioception, SLS: passes.
        ["v2-h178-bosm-pressley-unrelated-blanks"] = new(
            """
            97112 // 24 min // 1 on 1 // BOSU perturbations + SL stance on foam w ball catches from the side // L ankle proprioception deficit s/p sprain // SLS L 9 sec R 26 sec // f/u w dr kessler __  rx # ___
            """,
            ["S93.402D"], [PT("97112", 24)], []),

        // CBMC OT Lucia's "1 to 1 Y" on her own line above a 97530 (no one-on-one check for 97530) with counts and assistance: bathroom transfers and standing grooming; R hemiparesis; 20 min matches: passes.
        ["v2-h178-cbmc-ferreira-97530-y-on-own-line"] = new(
            """
            1 to 1 Y
            OT 97530 20 min  toilet transfers w grab bar x4 CGA + standing at the sink for oral care  R hemiparesis poor standing balance for grooming.
            """,
            ["I69.351"], [OT("97530", 20)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // CBMC Priya's Cawthorne-Cooksey head and eye exercises sitting then standing and ball toss over the head; L vestibular hypofunction, dizzy at the winery on the tasting-room floor; DGI and dynamic visual acuity; one to one; 23 min matches: passes.
        ["v3-h178-cbmc-raman-cawthorne-cooksey"] = new(
            """
            97112/23 min/one to one whole block/cawthorne cooksey head & eye ex sitting then standing then walking/ball toss overhead while stepping/L vestibular hypofunction dizzy turning to pour at the tasting room/dgi 17 of 24/dva lost 4 lines
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // CBMC PTA Owen's Frenkel exercises heel to target in supine then sitting then standing, 1to1; L limb ataxia and dysmetria after the cerebellar stroke; floor targets hit; 22min matches: passes.
        ["v3-h178-cbmc-brandvold-frenkel"] = new(
            """
            97112 22min 1to1 whole session frenkel ex heel to target supine then sitting then standing stepping onto floor targets L limb ataxia dysmetria after cerebellar stroke hit 6 of 10 floor targets L up from 3
            """,
            ["I69.393"], [PTA("97112", 22)], []),

        // ERPT Gail's Tai Ji Quan Moving for Better Balance forms with weight shifts and single-leg transitions, just the two of us; poor postural control, the mercantile owner who sways reaching the top shelf; Berg and functional reach; 24 min matches: passes.
        ["v3-h178-erpt-sorensen-tai-ji-quan-mbb"] = new(
            """
            97112 24 min just the two of us tai ji quan moving for better balance forms 1 thru 4 w slow wt shifts & single leg transitions poor postural control sways reaching the top shelf at the mercantile berg 47/56 functional reach 8 in
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // CBMC OT Lucia's mirror therapy for the L hand with graded reach and grasp behind the mirror box, one to one; L upper-limb motor recruitment poor after the stroke; Box and Block count; OT 97112 22 min matches: passes.
        ["v3-h178-cbmc-ferreira-mirror-therapy"] = new(
            """
            OT 97112 22 min  one to one  mirror therapy L hand behind the mirror box w graded reach & grasp of blocks + cones  L UE poor motor recruitment finger ext after R MCA stroke  box & block L 14 R 52.
            """,
            ["I69.332"], [OT("97112", 22)], []),

        // CBMC Priya's Rock Steady Boxing footwork drills (stance, slip, step-and-punch on the bag), one to one; hypokinesia, short step and slow weight shift in Parkinson's; 10-metre walk speed and TUG; 24 min matches: passes.
        ["v3-h178-cbmc-raman-rock-steady-boxing-footwork"] = new(
            """
            97112/24 min/one to one the whole block/rock steady boxing footwork drills stance slip step & punch on the heavy bag w directional cues/hypokinesia short step slow wt shift parkinsons/10mwt 0.86 m/s tug 13.4 sec
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // ERPT Hank's perturbation training on the treadmill with sudden belt stops and pulls at the belt, one on one; delayed stepping reaction, the snowplow driver who falls off the plough step; reactive-step count and Berg; 22 MIN matches: passes.
        ["v3-h178-erpt-twomey-treadmill-perturbations"] = new(
            """
            97112 22 MIN ONE ON ONE PERTURBATION TRAINING ON THE TREADMILL SUDDEN BELT STOPS AND PULLS AT THE GAIT BELT DELAYED STEPPING REACTION SLIPPED OFF THE PLOW STEP TWICE THIS WINTER RECOVERED 7 OF 10 WITH ONE STEP BERG 50/56.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // BOSM Kimberly's Thrower's Ten for the softball pitcher with bands and weights, sets and reps; R shoulder external rotator and scapular weakness; 97110 20 min matches: passes.
        ["v3-h178-bosm-askins-throwers-ten"] = new(
            """
            97110 | 20 min | throwers ten D2 ext + flex red band 2x15 ea | prone horiz abd 2# 2x15 | sidelying ER 3# 2x15 | seated rows green band 2x15 | R shoulder ER + lower trap weakness SEMO pitcher 20 yo
            """,
            ["M75.111"], [PT("97110", 20)], []),

        // BOSM PTA Reggie's Tyler twist with the red FlexBar and wrist extension eccentrics with doses; R lateral elbow pain and grip weakness at the catfish plant; 16 min matches: passes.
        ["v3-h178-bosm-gainey-tyler-twist"] = new(
            """
            97110 16 min tyler twist red flexbar 3x15 wrist ext eccentrics 2# 3x15 putty grip 3x20 R lateral elbow pain + grip weakness fileting at the catfish plant
            """,
            ["M77.11"], [PTA("97110", 16)], []),

        // BOSM Dwayne's strain-counterstrain to the L piriformis and iliacus tender points with 90-second holds, hip rotation range before and after; 97140 10 min matches: passes.
        ["v3-h178-bosm-pressley-strain-counterstrain"] = new(
            """
            97140 // 10 min // strain counterstrain L piriformis + iliacus tender points 90 sec holds x3 ea // L hip IR 18 deg to 28 deg // L buttock pain sitting on the gin press
            """,
            ["M54.42"], [PT("97140", 10)], []),

        // CBMC PTA Owen's body-weight-supported treadmill training in the harness with 30% support and speed, L foot clearance; BWSTT distance and assistance; 97116 20min matches: passes.
        ["v3-h178-cbmc-brandvold-bwstt-harness"] = new(
            """
            97116 20min bwstt in the harness 30% bw support 0.8 mph 600 ft mod A for L foot advance cues for L heel strike L foot drop poor L foot clearance after the stroke
            """,
            ["I69.354", "M21.372"], [PTA("97116", 20)], []),

        // ERPT Gail's "steady feet level 4 per handout" as the only intervention: one on one, a deficit (sways with eyes closed, fell off the stoop) and a TUG, no generic phrase — no technique named: technique missing.
        ["v3-h178-erpt-sorensen-steady-feet-handout-only"] = new(
            """
            97112 22 min one on one steady feet level 4 per handout sways w eyes closed fell off the stoop feeding the dog tug 12.6 sec
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // BOSM Dwayne's "per Dr. Kessler TKA protocol phase 2" with its exercises named (quad sets, heel slides, SAQ, SLR) and a deficit (stiff R knee, can't get out of the truck) but no dose: measure missing.
        ["v3-h178-bosm-pressley-kessler-protocol-no-dose"] = new(
            """
            97110 // 21 min // per dr kessler TKA protocol phase 2 // quad sets + heel slides + SAQ + SLR // R knee stiff into flexion quad lag cant get out of the truck yet
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 21)], [At(Measure, "97110")]),

        // BOSM Kimberly's PNF D1/D2 patterns and rhythmic stabilisation in half-kneeling, 1 on 1, with a Y-balance — no deficit or system named: deficit missing.
        ["v3-h178-bosm-askins-pnf-no-deficit"] = new(
            """
            97112 | 23 min | 1 on 1 | PNF D1 + D2 LE patterns w manual resist + rhythmic stab in half kneel | Y balance ant R 60 cm L 63 cm
            """,
            ["S83.511D"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // CBMC PTA Owen: "overshoots reaching for the mast lever on the forklift" (dysmetria), 1to1, finger-to-target reaching in standing on foam and rhythmic stabilisation; target count; 23min matches: passes.
        ["v4-h178-cbmc-brandvold-overshoots-mast-lever"] = new(
            """
            97112 23min 1to1 whole session reaching to targets on the wall standing on foam & rhythmic stab at the shoulders overshoots reaching for the mast lever on the forklift R arm dysmetria hit 11 of 15 targets R up from 7
            """,
            ["I69.393"], [PTA("97112", 23)], []),

        // CBMC Priya: "can't find the ramp edge with his feet when it's dark at the lift shack" (somatosensory loss, visual dependence), one to one, eyes-closed stance on foam and stepping to floor targets without looking; mCTSIB; 22 min matches: passes.
        ["v4-h178-cbmc-raman-lift-operator-ramp-edge"] = new(
            """
            97112/22 min/one to one/eyes closed stance on foam + stepping to floor targets w/o looking down/cant find the ramp edge w his feet when its dark at the lift shack at echo valley/mctsib foam eyes closed 6 sec firm eyes closed 30 sec
            """,
            ["G62.9", "R26.81"], [PT("97112", 22)], []),

        // ERPT Hank's 97116: "CATCHES HIS BOOT TOE ON THE STOCK TRAILER RAMP" (poor R foot clearance), gait over the ramp and the gravel with cues for heel strike; 300 FT x2 SBA; 20 MIN matches: passes.
        ["v4-h178-erpt-twomey-boot-toe-on-trailer-ramp"] = new(
            """
            97116 20 MIN GAIT OUT THE BACK DOOR ACROSS THE GRAVEL AND UP AND DOWN THE LOADING RAMP WITH A CANE CUES FOR R HEEL STRIKE 300 FT X2 SBA CATCHES HIS BOOT TOE ON THE STOCK TRAILER RAMP WEAK R ANKLE DF.
            """,
            ["M21.371", "R26.89"], [PT("97116", 20)], []),

        // CBMC OT Lucia: "R hand lags the L on the hymns" (timing and sequencing), the church pianist, one to one, finger sequencing on the keyboard app and bilateral tapping to a metronome; 9-hole peg seconds; OT 97112 21 min matches: passes.
        ["v4-h178-cbmc-ferreira-pianist-hand-lags"] = new(
            """
            OT 97112 21 min  one to one  finger sequencing drills on the keyboard app + bilateral alternating taps to a metronome at 80 bpm  R hand lags the L on the hymns at church poor timing + sequencing R  9 hole peg R 41 sec L 22 sec.
            """,
            ["G20.A1"], [OT("97112", 21)], []),

        // BOSM Dwayne: "loses his seat balance reaching across to the box" (trunk postural control), the rural mail carrier, 1 on 1, seated perturbations on the physioball and reaching across midline; seated reach inches; 22 min matches: passes.
        ["v4-h178-bosm-pressley-mail-carrier-seat-balance"] = new(
            """
            97112 // 22 min // 1 on 1 // seated perturbations on the physioball + reaching across midline to a box on a stool at his R // loses his seat balance reaching across the car to the mailbox poor trunk postural control after the L3-4 fusion // seated reach R 14 in (9 in at eval)
            """,
            ["Z98.1", "R26.89"], [PT("97112", 22)], []),

        // BOSM PTA Reggie: "can't tell where the deck is when it rolls" (proprioception), the towboat deckhand, 1 on 1 w reggie, rocker board and perturbations on the wobble board; SLS seconds; 21 min matches: passes.
        ["v4-h178-bosm-gainey-deckhand-rolling-deck"] = new(
            """
            97112 21 min 1 on 1 w reggie the whole time rocker board ap ml + perts on the wobble board eyes closed cant tell where the deck is when it rolls on the towboat L ankle proprio poor s/p fx sls L 5s R 20s
            """,
            ["S82.62XD"], [PTA("97112", 21)], []),

        // CBMC Priya's slashed note with "see eval" for the problem: one to one, perturbations and tandem, Berg — no deficit stated: deficit missing.
        ["v4-h178-cbmc-raman-see-eval"] = new(
            """
            97112/22 min/one to one/lat perturbations in standing + tandem walk w head turns/see eval/berg 45 of 56
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ERPT Hank's "NO NEW PROBLEMS": one on one, foam stance and BAPS, SLS seconds — no deficit stated: deficit missing.
        ["v4-h178-erpt-twomey-no-new-problems"] = new(
            """
            97112 22 MIN ONE ON ONE FOAM STANCE WITH HEAD TURNS AND BAPS LEVEL 2 NO NEW PROBLEMS SLS R 14 SEC L 18 SEC.
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // BOSM Dwayne's 97140 with no region or impairment: "STM + gr III mobs 3 bouts x 30 sec // tol well" names technique and dose: deficit missing.
        ["v4-h178-bosm-pressley-97140-no-region"] = new(
            """
            97140 // 9 min // STM + gr III mobs 3 bouts x 30 sec // tol well
            """,
            ["M25.511"], [PT("97140", 9)], [At(Deficit, "97140")]),

        // CBMC PTA Owen "no c/o today": 1to1, foam stance and stepping over hurdles, Berg — no deficit stated: deficit missing.
        ["v4-h178-cbmc-brandvold-no-c-o-today"] = new(
            """
            97112 22min 1to1 whole session foam stance eyes closed & stepping over 6 in hurdles no c/o today berg 48/56
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // BOSM Kimberly's 97116 with gait on the treadmill and stairs, distance and assistance, no impairment or goal named: deficit missing.
        ["v4-h178-bosm-askins-97116-no-deficit"] = new(
            """
            97116 | 18 min | gait on the treadmill 1.6 mph 800 ft + stairs 12 steps reciprocal w rail SBA
            """,
            ["Z96.652"], [PT("97116", 18)], [At(Deficit, "97116")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // ERPT Hank's "BERG 44/56" in capitals beside an "ABC 62%": one on one, foam tandem and eyes-closed weight shifts; poor postural control after the hip fracture; 23 MIN matches: passes.
        ["v5-h178-erpt-twomey-berg-caps-beside-abc"] = new(
            """
            97112 23 MIN ONE ON ONE TANDEM ON FOAM AND EYES CLOSED WEIGHT SHIFTS AT THE COUNTER POOR POSTURAL CONTROL AFTER THE HIP FX AFRAID ON THE ICE BERG 44/56 ABC 62%.
            """,
            ["S72.001D", "R26.81"], [PT("97112", 23)], []),

        // CBMC Priya's "tug 12.8 sec/fga 21 of 30": one to one, obstacle course with head turns and dual-task walking; slow dual-task gait and poor postural control in MS; 24 min matches: passes.
        ["v5-h178-cbmc-raman-tug-and-fga-of-30"] = new(
            """
            97112/24 min/one to one/obstacle course w head turns + dual task walking naming orchards A to Z/poor postural control slows & veers w dual task ms/tug 12.8 sec/fga 21 of 30
            """,
            ["R26.81", "R27.0"], [PT("97112", 24)], []),

        // CBMC PTA Owen's "sot composite 58" on the balance master: 1to1, sensory-weighting drills on foam with the visual surround moving; visual dependence; 22min matches: passes.
        ["v5-h178-cbmc-brandvold-sot-composite"] = new(
            """
            97112 22min 1to1 whole session sensory wtg drills on foam w the visual surround moving on the balance master visual dependence vestibular loss R sot composite 58 cond 5 fell 2 of 3
            """,
            ["H81.21"], [PTA("97112", 22)], []),

        // ERPT Gail's "mctsib cond 4 fell at 7s": just her and me, couch-cushion stance eyes closed and marching on foam; somatosensory loss both feet; 22 min matches: passes.
        ["v5-h178-erpt-sorensen-mctsib-cond-4"] = new(
            """
            97112 22 min just her & me eyes closed stance on the foam pad & marching on foam at the counter somatosensory loss both feet from the sugar mctsib cond 4 fell at 7s cond 3 30s
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // ERPT Hank's 97116 "4 OF 6 STAIRS RECIPROCAL" with distance and SBA: stairs and the clinic's gravel lot with a cane; R knee weakness after the TKA; 19 MIN matches: passes.
        ["v5-h178-erpt-twomey-stairs-reciprocal"] = new(
            """
            97116 19 MIN GAIT WITH A CANE ACROSS THE GRAVEL LOT 250 FT X2 SBA AND THE FRONT STEPS 4 OF 6 STAIRS RECIPROCAL WITH A RAIL R KNEE WEAKNESS STEP TO PATTERN AFTER THE TKA.
            """,
            ["Z96.651", "Z47.1"], [PT("97116", 19)], []),

        // CBMC OT Lucia's 97530 with count and assistance: tub-bench transfers and reaching for a towel x5 CGA; L hemiparesis and poor sitting balance; 22 min matches: passes.
        ["v5-h178-cbmc-ferreira-tub-bench-count"] = new(
            """
            OT 97530 22 min  tub bench transfers in the ADL bathroom x5 CGA + reaching outside BOS for the towel bar  L hemiparesis poor sitting balance on the bench.
            """,
            ["I69.354"], [OT("97530", 22)], []),

        // BOSM PTA Reggie's 97110 loads, sets and reps strung together: hip abduction, bridges, squats to the box; L hip weakness after the hip replacement; 17 min matches: passes.
        ["v5-h178-bosm-gainey-97110-loads-strung"] = new(
            """
            97110 17 min sidelying hip abd 2# 3x12 bridges 3x15 squats to 18 in box 3x10 sidestep blue band 3x20 ft L hip abd weakness s/p THA trendelenburg on the gin floor
            """,
            ["Z96.642", "Z47.1"], [PTA("97110", 17)], []),

        // BOSM Dwayne's 97116 with distance and assistance: walker to crutches on the hallway and the parking-lot curb; R antalgic gait after the ankle fracture; 22 min matches: passes.
        ["v5-h178-bosm-pressley-97116-crutches-curb"] = new(
            """
            97116 // 22 min // gait walker to axillary crutches PWB 50% R on the hall + the parking lot curb // 200 ft x2 SBA + curb x4 CGA // R antalgic gait short R stance s/p ankle ORIF
            """,
            ["S82.851D"], [PT("97116", 22)], []),

        // ERPT Gail "did better": just us, tandem and rocker board, poor postural control; no number but the code and its minutes: measure missing.
        ["v5-h178-erpt-sorensen-did-better"] = new(
            """
            97112 23 min just us in the back room tandem on the beam & rocker board eyes closed poor postural control sways to the L did better than tues
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // CBMC Priya "berg when the wow is fixed": one to one, perturbations and foam, posterior lean; no number but the code and its minutes: measure missing.
        ["v5-h178-cbmc-raman-berg-when-wow-fixed"] = new(
            """
            97112/22 min/one to one/bwd perturbations + foam stance eyes closed/posterior lean poor postural control/berg when the wow is fixed
            """,
            ["R26.89"], [PT("97112", 22)], [At(Measure, "97112")]),

        // CBMC OT Lucia's 97530 transfers with no count or assistance: toilet and car-seat transfers; R hemiparesis, poor weight shift to stand: measure missing.
        ["v5-h178-cbmc-ferreira-transfers-no-count"] = new(
            """
            OT 97530 20 min  toilet transfers + car seat transfers in the car mock up  R hemiparesis poor wt shift to stand.
            """,
            ["I69.351"], [OT("97530", 20)], [At(Measure, "97530")]),

        // BOSM PTA Reggie's 97110 shoulder exercises with a region but no dose: pendulums, table slides, pulleys, isometrics; L frozen shoulder: measure missing.
        ["v5-h178-bosm-gainey-shoulder-no-dose"] = new(
            """
            97110 18 min pendulums table slides pulleys flex & scaption isometric ER IR L frozen shoulder cant reach back to fasten her apron
            """,
            ["M75.02"], [PTA("97110", 18)], [At(Measure, "97110")]),

        // BOSM Kimberly's 97140 soft-tissue work with a region but no dose or range: STM to the R plantar fascia and calf, talocrural glides; R heel pain on the first steps: measure missing.
        ["v5-h178-bosm-askins-97140-no-dose-no-range"] = new(
            """
            97140 | 11 min | STM R plantar fascia + gastroc soleus | talocrural post glides | R heel pain first steps out of bed walking the mail route
            """,
            ["M72.2"], [PT("97140", 11)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, missing separate time

        // ERPT Hank's "97112 22MIN" with no space, in capitals: one on one, rocker board and lateral pushes; L ankle proprioception; SLS: passes.
        ["v6-h178-erpt-twomey-22min-no-space-caps"] = new(
            """
            97112 22MIN ONE ON ONE ROCKER BOARD EYES CLOSED AND LATERAL PUSHES IN TANDEM L ANKLE PROPRIOCEPTION POOR OUTFITTER ROLLED IT IN THE SIERRA MADRE SLS L 6 SEC R 19 SEC.
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // CBMC PTA Owen's "97112 23 mins": 1to1, stepping strategy on foam and lateral perturbations; delayed stepping reaction; Berg: passes.
        ["v6-h178-cbmc-brandvold-23-mins"] = new(
            """
            97112 23 mins 1to1 whole session stepping strategy training on foam & lat perturbations at the pelvis delayed stepping reaction to the R berg 42/56 tug 14.1 sec
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], []),

        // ERPT Hank's one-code note opening with its minutes "22 MIN 97110": step-ups and squats with doses; bilateral quad weakness, the copper-mine hoistman who can't climb into the combine: passes.
        ["v6-h178-erpt-twomey-minutes-before-code"] = new(
            """
            22 MIN 97110 STEP UPS 8 IN 3X10 EACH SIT TO STAND FROM 17 IN CHAIR 3X10 LEG PRESS 3X12 90 LB BILATERAL QUAD WEAKNESS RETIRED HOISTMAN CANT CLIMB THE COMBINE LADDER.
            """,
            ["M62.81"], [PT("97110", 22)], []),

        // CBMC Priya's clock range on the code's own line "97112/1405-1428" (23 min): one to one, PNF trunk patterns and reactive stepping; poor trunk motor control; Berg: passes.
        ["v6-h178-cbmc-raman-clock-range-on-code-line"] = new(
            """
            97112/1405-1428/one to one/PNF chop & lift in tall kneel + reactive stepping to pushes/poor trunk motor control after the L pontine stroke/berg 39 of 56
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // BOSM Dwayne's three codes each with its "// N min //": 97112 (1 on 1, BOSU and hop to stick, knee neuromuscular control, Y-balance), 97116 (treadmill gait with cues, distance and independence) and 97110 (leg press and step-downs with doses): passes.
        ["v6-h178-bosm-pressley-three-codes"] = new(
            """
            97112 // 22 min // 1 on 1 // BOSU perturbations + hop to stick on foam // R knee poor neuromuscular control s/p ACL recon // Y balance ant R 59 cm L 65 cm
            97116 // 12 min // treadmill gait 2.2 mph w cues for knee flexion at heel strike 1000 ft indep // R stiff knee gait
            97110 // 15 min // leg press 3x10 120# + SL step downs 6 in 3x8 ea // R quad weakness
            """,
            ["S83.511D"], [PT("97112", 22), PT("97116", 12), PT("97110", 15)], []),

        // CBMC co-visit: PT Priya's 97112 and OT Lucia's 97530 each with its minutes and content: passes.
        ["v6-h178-cbmc-pt-and-ot-codes"] = new(
            """
            PT 97112/22 min/one to one/foam stance + stepping reactions/L hemiparesis poor postural control/berg 40 of 56
            OT 97530 18 min  laundry folding standing at the counter + loading the dryer x4 SBA  L hemiparesis poor standing balance for IADLs.
            """,
            ["I69.354"], [PT("97112", 22), OT("97530", 18)], []),

        // BOSM Kimberly's 97110 with a 9-minute 97140, each with its minutes: cervical and scapular exercises with doses, and C-spine mobilisations with rotation range: passes.
        ["v6-h178-bosm-askins-9-minute-97140"] = new(
            """
            97110 | 20 min | chin tucks 3x10 5 sec hold + prone T and Y 2x12 + rows 20# 3x12 | deep neck flexor + lower trap weakness
            97140 | 9 min | C5-6 R rotation glides gr III + suboccipital release | cervical rotation R 50 deg to 64 deg
            """,
            ["M54.12"], [PT("97110", 20), PT("97140", 9)], []),

        // ERPT Gail's two codes on two lower-case lines, each with its minutes: 97112 (just us, beam and perturbations, postural control, Berg) and 97116 (cane on the gravel lot, distance and assistance): passes.
        ["v6-h178-erpt-sorensen-two-codes-lower-case"] = new(
            """
            97112 22 min just us beam walking & lat perturbations poor postural control leans L berg 44/56
            97116 15 min gait w cane across the gravel lot & curb 200 ft x2 sba R foot drags when tired
            """,
            ["R26.81", "R26.89"], [PT("97112", 22), PT("97116", 15)], []),

        // CBMC Priya writes "97112/30 min" on an 18-minute line: otherwise complete: time mismatch.
        ["v6-h178-cbmc-raman-30-on-18"] = new(
            """
            97112/30 min/one to one/foam tandem + lat perturbations/L ankle proprioception poor/sls L 7 sec R 18 sec
            """,
            ["S93.402D"], [PT("97112", 18)], [At(Mismatch, "97112")]),

        // BOSM PTA Reggie writes "97110 12 min" on a 24-minute 97110 line beside a matching 97112: time mismatch on 97110.
        ["v6-h178-bosm-gainey-97110-12-on-24"] = new(
            """
            97112 22 min 1 on 1 w reggie whole time rocker board + foam tandem R ankle proprio poor sls R 8s L 22s
            97110 12 min heel raises 3x15 ea theraband ev green 3x12 R peroneal weakness
            """,
            ["S93.401D"], [PTA("97112", 22), PTA("97110", 24)], [At(Mismatch, "97110")]),

        // ERPT Hank writes "97116 38 MIN" on a 25-minute line: cane on the gravel, distance and assistance: time mismatch.
        ["v6-h178-erpt-twomey-97116-38-on-25"] = new(
            """
            97116 38 MIN GAIT WITH A CANE ON THE GRAVEL LOT 300 FT X2 SBA R KNEE STIFF SHORT R STANCE.
            """,
            ["Z96.651"], [PT("97116", 25)], [At(Mismatch, "97116")]),

        // CBMC OT Lucia writes "OT 97530 10 min" on a 23-minute line: grooming standing at the sink, counts and assistance: time mismatch.
        ["v6-h178-cbmc-ferreira-10-on-23"] = new(
            """
            OT 97530 10 min  standing at the sink for shaving + reaching to the cabinet x6 CGA  R hemiparesis poor standing tolerance.
            """,
            ["I69.351"], [OT("97530", 23)], [At(Mismatch, "97530")]),

        // ERPT Gail's two-code end-of-day note with only "tx 40 min": both codes otherwise complete: separate time missing.
        ["v6-h178-erpt-sorensen-total-only-two-codes"] = new(
            """
            97112 just her & me rocker board eyes closed & tandem on foam poor postural control berg 45/56
            97110 sit to stand 3x10 heel raises 3x15 bil quad & calf weakness
            eod note tx 40 min total
            """,
            ["R26.81", "M62.81"], [PT("97112", 25), PT("97110", 15)], [SepTime]),

        // BOSM Kimberly gives minutes for 97112 only; the 97140 line has none: separate time missing.
        ["v6-h178-bosm-askins-minutes-for-one-of-two"] = new(
            """
            97112 | 23 min | 1 on 1 | SL perturbations on foam + BAPS lvl 4 | L ankle proprioception deficit | SLS L 10 sec R 24 sec
            97140 | talocrural post glides gr III 3 bouts | L ankle DF limited knee to wall 6 cm to 9 cm
            """,
            ["S93.402D"], [PT("97112", 23), PT("97140", 10)], [SepTime]),

        // ERPT Hank's "IN AT 1300 OUT AT 1345" with no minutes per code: 97112 and 97116 otherwise complete: separate time missing.
        ["v6-h178-erpt-twomey-in-and-out-only"] = new(
            """
            97112 ONE ON ONE FOAM STANCE AND REACTIVE STEPS POOR POSTURAL CONTROL BERG 46/56
            97116 GAIT WITH A CANE ON THE GRAVEL LOT 250 FT SBA CATCHES R TOE
            IN AT 1300 OUT AT 1345.
            """,
            ["R26.81", "R26.89"], [PT("97112", 23), PT("97116", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // An empty note on a CBMC two-code visit (the workstation on wheels logged out before the note was saved) with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h178-cbmc-wow-logged-out-empty-two-codes"] = new(
            "",
            ["I69.351"], [PT("97112", 23), PT("97116", 16)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // A note of spaces only (cells are trimmed) on a BOSM PTA's 97110 with a diagnosis: note missing only.
        ["v7-h178-bosm-spaces-only-97110"] = new(
            "        ",
            ["M17.11"], [PTA("97110", 18)], [At(NoteMissing, "97110")]),

        // An empty note on an ERPT 97140 with no diagnosis: note missing and diagnosis missing.
        ["v7-h178-erpt-empty-97140-no-dx"] = new(
            "",
            [], [PT("97140", 11)], [At(NoteMissing, "97140"), Dx]),

        // 97110's meaning on a BOSM PTA Reggie note: the towboat deckhand's rows, farmer carries and grip work with loads, sets and reps (technique and measure), L shoulder and grip weakness hauling lines (deficit); 20 min matches: passes.
        ["v7-h178-bosm-gainey-97110-deckhand"] = new(
            """
            97110 20 min cable rows 40# 3x12 farmer carry 30# ea hand 4x100 ft gripper 3x15 L shoulder + grip weakness cant haul the face wires on the towboat
            """,
            ["S46.012D"], [PTA("97110", 20)], []),

        // 97530's meaning on an ERPT Gail note: lifting a 30-lb saddle from the floor to the rack at 48 in and stepping up into the stock trailer with counts and assistance (technique and measure), L hip and trunk weakness after the fall off the horse (deficit); 21 min matches: passes.
        ["v7-h178-erpt-sorensen-97530-saddle-and-trailer"] = new(
            """
            97530 21 min lifting her 30 lb saddle floor to the rack at 48 in x6 & stepping up into the stock trailer 16 in step x5 sba L hip & trunk weakness since the horse threw her in june
            """,
            ["S32.402D", "M62.81"], [PT("97530", 21)], []),

        // 97140's meaning on a BOSM Dwayne note: thoracic manipulation and rib mobilisations (technique), mid-back stiffness and R rib 6 hypomobility (deficit), rotation range before and after (measure); 12 min matches: passes.
        ["v7-h178-bosm-pressley-97140-thoracic-manip"] = new(
            """
            97140 // 12 min // T4-T7 supine thrust manip + R rib 5-7 post glides gr III // mid back stiffness R rib 6 hypomobile pain w deep breath // thoracic rot R 30 deg to 42 deg
            """,
            ["M54.6", "M99.02"], [PT("97140", 12)], []),

        // 97116's meaning on a CBMC PTA Owen note: gait with a hemi-walker and the L ankle-foot orthosis with cues (technique), distance and assistance (measure), L foot drop and knee hyperextension in stance (deficit); 22min matches: passes.
        ["v7-h178-cbmc-brandvold-97116-hemi-walker-afo"] = new(
            """
            97116 22min gait w hemiwalker & L afo in the hall 150 ft x3 CGA cues for L knee flex in stance L foot drop L knee hyperext in stance after the stroke
            """,
            ["I69.354"], [PTA("97116", 22)], []),

        // BOSM PTA Reggie's wholly generic 97110: "ex program done tol well pt motivated" — nothing named: technique, generic, deficit and measure.
        ["v7-h178-bosm-gainey-ex-program-done"] = new(
            """
            97110 18 min ex program done tol well pt motivated
            """,
            ["M17.11"], [PTA("97110", 18)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ERPT Hank's "NM RE-ED AS TOLERATED CONT POC" in capitals: nothing named and no one-on-one word: all four content findings and one-on-one.
        ["v7-h178-erpt-twomey-nm-re-ed-as-tolerated"] = new(
            """
            97112 22 MIN NM RE-ED AS TOLERATED CONT POC.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ERPT Gail's two-code end-of-day note "balance ex & ther act tol ok" with minutes for each: nothing named for either code, no one-on-one word: all four content findings on each, and one-on-one on 97112.
        ["v7-h178-erpt-sorensen-balance-ex-ther-act-generic"] = new(
            """
            97112 22 min balance ex
            97530 15 min ther act
            tol ok
            """,
            ["R26.81"], [PT("97112", 22), PT("97530", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // CBMC OT Lucia's generic 97530 "1 to 1 functional activities pt participated well": technique, generic, deficit and measure.
        ["v7-h178-cbmc-ferreira-functional-activities-generic"] = new(
            """
            OT 97530 20 min  1 to 1  functional activities  pt participated well.
            """,
            ["I69.354"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes, and the ordinary weak ones

        // CBMC Priya, slashed: one to one, gaze stabilisation walking and standing on foam; R vestibular hypofunction, the parasail captain dizzy on the boat; DGI and DVA: passes.
        ["vord-h178-cbmc-raman-parasail-captain"] = new(
            """
            97112/22 min/one to one/x1 viewing walking the hall + standing on foam w head turns/R vestibular hypofunction dizzy turning to watch the chute off the stern/dgi 18 of 24/dva lost 3 lines
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // CBMC Priya on a calmer day, punctuated: one-on-one; big-amplitude stepping and perturbations; retropulsion; pull test and TUG: passes.
        ["vord-h178-cbmc-raman-calm-day-punctuated"] = new(
            """
            97112, 24 min. One-to-one the whole block; her husband read in the hall. Backward perturbations at the shoulders and large backward step training between the parallel bars. Retropulsion with small steps when bumped, Parkinson's for 6 years. Pull test 3 steps to recover; TUG 11.7 sec.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // CBMC Priya's 97116 slashed: treadmill with a metronome then overground, distance and supervision; short step and freezing in PD: passes.
        ["vord-h178-cbmc-raman-97116-metronome"] = new(
            """
            97116/19 min/treadmill w metronome at 108 bpm then overground in the hall w visual lines on the floor 700 ft supervision/short step length freezes at the elevator door
            """,
            ["G20.A1"], [PT("97116", 19)], []),

        // CBMC PTA Owen, run together: 1to1, tandem on the beam and ball toss on foam; ataxia; Berg and tandem steps: passes.
        ["vord-h178-cbmc-brandvold-beam-tandem"] = new(
            """
            97112 24min 1to1 whole session tandem walking on the balance beam & standing on foam tossing a ball to the wall truncal ataxia wide BOS berg 40/56 tandem steps 6 before stepping off
            """,
            ["R27.0"], [PTA("97112", 24)], []),

        // CBMC PTA Owen's 97110 run together with doses: the forklift driver's hip and core work; L hip weakness after the fall off the dock: passes.
        ["vord-h178-cbmc-brandvold-97110-hip-core"] = new(
            """
            97110 16min bridges 3x15 sidelying hip abd 3# 3x12 dead bugs 3x10 pallof press red band 3x10 ea L hip abd + core weakness after falling off the loading dock at the packing house
            """,
            ["M62.81"], [PTA("97110", 16)], []),

        // CBMC OT Lucia, double spaces and one final period: 97530 dressing with counts and assistance; R hemiparesis: passes.
        ["vord-h178-cbmc-ferreira-97530-dressing"] = new(
            """
            OT 97530 23 min  UB dressing button shirt + pullover seated edge of mat x3 SBA  R hemiparesis poor fine motor for buttons.
            """,
            ["I69.331"], [OT("97530", 23)], []),

        // CBMC OT Lucia on a calmer day, punctuated: 97530 with a simple meal, counts and assistance; L neglect: passes.
        ["vord-h178-cbmc-ferreira-calm-day-meal"] = new(
            """
            OT 97530, 22 min. Made toast and coffee in the ADL kitchen, retrieving 5 items from the L side of the counter with CGA. L inattention; she missed the butter and the mug on the L twice.
            """,
            ["I69.354"], [OT("97530", 22)], []),

        // CBMC two codes by Priya, slashed lines each with its minutes: 97112 and 97110: passes.
        ["vord-h178-cbmc-raman-97112-and-97110"] = new(
            """
            97112/22 min/one to one/foam stance eyes closed + stepping reactions/somatosensory loss both feet/mctsib foam eyes closed 8 sec
            97110/14 min/sit to stand 3x10 + heel raises 3x15 + hip abd 2# 2x12/bil hip + calf weakness
            """,
            ["E11.42", "M62.81"], [PT("97112", 22), PT("97110", 14)], []),

        // ERPT Gail, lower case: just her & me, tandem on the beam and stepping over the dog bed; poor postural control; Berg and TUG: passes.
        ["vord-h178-erpt-sorensen-border-collie"] = new(
            """
            97112 23 min just her & me border collie waited under the desk tandem walking on the beam & stepping over the dog bed eyes up poor postural control fell in the sheep pen in march berg 45/56 tug 12.2 sec
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // ERPT Gail's 97110 lower case with doses: the rancher's shoulder; R shoulder weakness: passes.
        ["vord-h178-erpt-sorensen-97110-shoulder"] = new(
            """
            97110 18 min sidelying er 2 lb 3x12 rows green band 3x15 wall slides 2x10 r shoulder weakness cant lift the hay bale to the feeder
            """,
            ["M75.101"], [PT("97110", 18)], []),

        // ERPT Gail's 97140 lower case: lumbar mobilisations and STM with range; low-back stiffness: passes.
        ["vord-h178-erpt-sorensen-97140-lumbar"] = new(
            """
            97140 12 min central pa mobs l3-l5 gr iii 3 bouts & stm l paraspinals l4-5 stiff painful ext lumbar ext 10 deg to 20 deg
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // ERPT Gail on a calmer day, punctuated: 97112 one-on-one; perturbations and foam; vestibular; DGI: passes.
        ["vord-h178-erpt-sorensen-calm-day"] = new(
            """
            97112, 22 min. One-on-one; her son drove her down from Saratoga and waited in the truck. Gaze stabilisation standing on foam, then walking with head turns down the hall. L vestibular hypofunction, unsteady looking up at the haymow. DGI 19/24.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // ERPT Hank, capitals: one on one, Airex and perturbations; L ankle proprioception; SLS: passes.
        ["vord-h178-erpt-twomey-airex-perturbations"] = new(
            """
            97112 24 MIN ONE ON ONE SINGLE LEG STANCE ON THE AIREX WITH LATERAL PERTURBATIONS AND CONE TAPS L ANKLE PROPRIOCEPTION POOR AFTER THE ELK HUNT SPRAIN SLS L 12 SEC R 27 SEC.
            """,
            ["S93.402D"], [PT("97112", 24)], []),

        // ERPT Hank, capitals: 97530 for the snowplow driver, climbing into the cab with counts and assistance; R knee weakness: passes.
        ["vord-h178-erpt-twomey-97530-plow-cab"] = new(
            """
            97530 20 MIN CLIMBING THE 3 RUNG LADDER INTO THE PLOW CAB MOCK UP X6 SBA AND CARRYING A 40 LB CHAIN BAG 50 FT X4 R KNEE WEAKNESS AFTER THE MENISCUS REPAIR.
            """,
            ["S83.241D"], [PT("97530", 20)], []),

        // ERPT Hank on a calmer day, punctuated: 97116 with a walker on the clinic lot, distance and assistance; L stance weakness: passes.
        ["vord-h178-erpt-twomey-calm-day-97116"] = new(
            """
            97116, 21 min. Gait with a front-wheeled walker, clinic hall to the Freeman Street sidewalk and back, 400 ft with stand-by assistance; cues for L heel strike and step length. Short L stance after the L hip fracture.
            """,
            ["S72.002D"], [PT("97116", 21)], []),

        // BOSM Dwayne, double slashes: 1 on 1, reactive drills for the softball pitcher's knee; poor landing control; hop LSI: passes.
        ["vord-h178-bosm-pressley-pitcher-landing"] = new(
            """
            97112 // 22 min // 1 on 1 // drop landings off 12 in box to foam + reactive SL hops to partner cues // L knee valgus collapse poor landing control s/p ACL recon // triple hop LSI 84%
            """,
            ["S83.512D"], [PT("97112", 22)], []),

        // BOSM Dwayne's 97140 with range: patellar mobilisations and tibiofemoral glides; R knee flexion limited after the TKA: passes.
        ["vord-h178-bosm-pressley-97140-knee"] = new(
            """
            97140 // 11 min // patellar glides sup inf med lat gr III + tibiofemoral post glides // R knee flexion limited s/p TKA // flexion 98 deg to 106 deg
            """,
            ["Z96.651", "Z47.1"], [PT("97140", 11)], []),

        // BOSM Kimberly, pipes: 97110 for the mail carrier's back with doses; lumbar extensor weakness: passes.
        ["vord-h178-bosm-askins-97110-mail-carrier"] = new(
            """
            97110 | 18 min | prone press ups 3x10 | bird dog 3x10 ea | hip hinge w dowel 3x10 | back ext on the roman chair 2x12 | lumbar extensor weakness + poor hip hinge leaning into the mail truck
            """,
            ["M54.50"], [PT("97110", 18)], []),

        // BOSM Kimberly on a calmer day, punctuated: 97112 one-on-one, PNF and rhythmic stabilisation; scapular control; CKCUEST: passes.
        ["vord-h178-bosm-askins-calm-day-punctuated"] = new(
            """
            97112 — 23 min. One-on-one for the whole block. PNF D2 flexion with manual resistance and rhythmic stabilisation in quadruped on the half-foam roll. Poor R scapular control and shoulder proprioception after the labral repair. CKCUEST 19 touches, up from 14.
            """,
            ["S43.431D"], [PT("97112", 23)], []),

        // BOSM Kimberly, pipes: 97116 for the rice farmer, cane on the hallway and the ramp with distance and assistance; L antalgic gait after the TKA: passes.
        ["vord-h178-bosm-askins-97116-rice-farmer"] = new(
            """
            97116 | 20 min | gait w SPC on the hall + the ramp to the lot 350 ft x2 SBA | cues for L heel strike + knee ext at terminal stance | L antalgic gait short L stance s/p TKA
            """,
            ["Z96.652", "Z47.1"], [PT("97116", 20)], []),

        // BOSM PTA Reggie, strung together: 1 on 1 w reggie, BAPS and foam catches; ankle proprioception; SLS: passes.
        ["vord-h178-bosm-gainey-baps-foam-catch"] = new(
            """
            97112 22 min 1 on 1 w reggie whole time BAPS lvl 3 cw ccw foam SL stance ball catch from the side R ankle proprio deficit after the sprain at the gin sls R 10s L 24s
            """,
            ["S93.401D"], [PTA("97112", 22)], []),

        // BOSM PTA Reggie's 97110 strung with doses: the pianist's wrist after the distal radius fracture: passes.
        ["vord-h178-bosm-gainey-97110-wrist"] = new(
            """
            97110 15 min wrist flex ext 1# 3x15 pronation sup hammer 3x15 putty pinch 3x20 L wrist weakness s/p distal radius fx church pianist cant hold the octave
            """,
            ["S52.502D"], [PTA("97110", 15)], []),

        // BOSM two codes by Dwayne, double slashes per line: 97112 and 97140 each with minutes: passes.
        ["vord-h178-bosm-pressley-97112-and-97140"] = new(
            """
            97112 // 21 min // 1 on 1 // rocker board eyes closed + foam SL stance w head turns // L ankle proprioception poor // SLS L 8 sec R 22 sec
            97140 // 9 min // talocrural post glides gr III 3 bouts // L ankle DF limited // knee to wall 5 cm to 9 cm
            """,
            ["S93.402D"], [PT("97112", 21), PT("97140", 9)], []),

        // CBMC PTA Owen two codes run together per line: 97112 and 97116 each with minutes: passes.
        ["vord-h178-cbmc-brandvold-97112-and-97116"] = new(
            """
            97112 22min 1to1 whole session foam stance & lat perturbations delayed stepping reaction berg 43/56
            97116 16min gait w 4ww in the hall 250 ft x2 sba cues for step length shuffling gait
            """,
            ["R26.81", "R26.89"], [PTA("97112", 22), PTA("97116", 16)], []),

        // ERPT Hank, capitals: 97112 and 97110 each with its minutes: passes.
        ["vord-h178-erpt-twomey-97112-and-97110"] = new(
            """
            97112 22 MIN ONE ON ONE FOAM TANDEM AND REACTIVE STEPS TO PUSHES POOR POSTURAL CONTROL BERG 47/56
            97110 15 MIN STEP UPS 8 IN 3X10 HEEL RAISES 3X15 BILATERAL QUAD AND CALF WEAKNESS.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 15)], []),

        // CBMC Priya, slashed: one to one, swimmer's balance on foam and perturbations; MS ataxia; Berg: passes.
        ["vord-h178-cbmc-raman-swimmer-ms"] = new(
            """
            97112/23 min/one to one/foam stance + lat perturbations + tandem walk/ms truncal ataxia afraid of the dock before swimming to the buoy line/berg 46 of 56
            """,
            ["R27.0"], [PT("97112", 23)], []),

        // Ordinary weak: ERPT Gail's complete note with no diagnosis on the claim: diagnosis missing.
        ["vord-h178-erpt-sorensen-complete-no-dx"] = new(
            """
            97112 22 min just her & me foam tandem & lat perts poor postural control berg 44/56
            """,
            [], [PT("97112", 22)], [Dx]),

        // Ordinary weak: BOSM complete note whose diagnosis field says "see referral": diagnosis missing.
        ["vord-h178-bosm-dx-see-referral"] = new(
            """
            97112 // 23 min // 1 on 1 // BOSU perturbations + foam SL stance // R ankle proprioception deficit // SLS R 9 sec L 23 sec
            """,
            ["see referral"], [PT("97112", 23)], [Dx]),

        // Ordinary weak: CBMC OT Lucia's punctuated note "OT 97530, 12 min." on a 23-minute line: time mismatch.
        ["vord-h178-cbmc-ferreira-punctuated-12-on-23"] = new(
            """
            OT 97530, 12 min. Toilet transfers with the grab bar x4 with CGA and standing at the sink for grooming. R hemiparesis; poor standing balance.
            """,
            ["I69.351"], [OT("97530", 23)], [At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
