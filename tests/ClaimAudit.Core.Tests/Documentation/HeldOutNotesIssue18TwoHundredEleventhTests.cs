using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The two-hundred-and-eleventh held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read for
/// their format — the two-hundred-and-sixth, -fifth and -first — and skimmed, the thirty-eighth and hundred-and-eleventh
/// among them, only to write clinics, patients, sentences and numbers they do not already have). The engine's output on
/// these notes was never looked at while writing them, and the tests were never run by the reviewer. Written 2026-12-08
/// (blind), the set is notes that went through CONVERTERS on their way into the claims export in 2026: the words a
/// therapist wrote, with whatever the converter left in around them. About two thirds are ordinary and complete (71 of
/// 110), single- and two-code visits (97110, 97112, 97116, 97140, 97530), by PTs, PTAs and OTs, from eight clinics
/// invented for this set, none of them an earlier file's:
/// <list type="number">
/// <item>Maquoketa Valley Therapy (MQVT, Maquoketa, Iowa), whose web EMR exports the note as HTML with its tags and
/// entities left in: <c>&lt;p&gt;</c>, <c>&lt;br/&gt;</c>, <c>&lt;b&gt;</c>, <c>&lt;ul&gt;&lt;li&gt;</c>,
/// <c>&amp;nbsp;</c> between a code, its dash and its minutes, <c>&amp;#8211;</c> for the dash, <c>&amp;gt;</c> in a
/// "before -&gt; after" arrow and <c>&amp;#8217;</c> for an apostrophe ("<b>Service:</b> 97112 Neuromuscular
/// re-education&amp;nbsp;&amp;#8211;&amp;nbsp;23&amp;nbsp;min", "<b>Delivery:</b> …", "<b>Impairment:</b> …",
/// "<b>Measures:</b> …");</item>
/// <item>Cossatot River Physical Therapy (CRPT, Mena, Arkansas), on an old Windows EMR whose notes arrive as RTF with the
/// control words in (<c>{\rtf1\ansi …}</c>, <c>\par</c>, <c>\b … \b0</c>, <c>\tab</c> between a code and its minutes,
/// <c>\endash</c>, <c>\'92</c> for an apostrophe, <c>\strike … \strike0</c> round a struck box), the code's line
/// "\b 97112 Neuromuscular Re-ed\b0\tab 22 min\par", boxes "[X] Individual\tab [ ] Group";</item>
/// <item>Beartooth Front Rehab (BTFR, Red Lodge, Montana), whose notes are copied out of the PDF the EMR prints: the
/// clinic's address, telephone and "Page 1 of 2" footer and the repeated page header in the middle of the note, words
/// hyphenated at line ends ("one-on-" / "one", "propriocep-" / "tion", "neuro-" / "muscular", "vestib-" / "ular"), a
/// code's description and its minutes on either side of a page break, and a PDF form's filled and empty squares
/// ("■ Proprioception □ Vestibular");</item>
/// <item>Tallapoosa Bend Neuro Rehab (TBNR, Alexander City, Alabama), whose two-column PDF treatment record is read ACROSS
/// by the converter, so that each line holds a piece of the left column ("SERVICE / TECHNIQUES") and then a piece of the
/// right ("FINDINGS / MEASURES"), or two codes side by side;</item>
/// <item>Nemadji Falls Therapy (NMFT, Superior, Wisconsin), whose smart quotes come through as "?" or as "â€™", "â€œ"
/// and "â€", dashes as "â€“" and "â€”", bullets as "â€¢" or "•" and degrees as "Â°";</item>
/// <item>Kishwaukee Rehab Group (KWRG, DeKalb, Illinois), whose tables are flattened into runs of pipes
/// ("CPT|Description|Min|1:1" and "97112|Neuromuscular re-ed|23|Y") or of tabs (a header row and a value row);</item>
/// <item>Embudo Canyon PT (EMBT, Albuquerque), written in a Markdown note-writing tool and exported raw ("# Daily Note",
/// "**Assessment:**", "- [x] 1:1 for all billed minutes", "- [ ] Concurrent", "~~[x] Group~~ (entered in error)",
/// pipe tables of tests);</item>
/// <item>Spavinaw Creek Home Therapy (SPVN, Jay, Oklahoma), whose visit app sends the note through an integration as
/// JSON-ish fields ({"cpt": "97116", "description": "Gait training", "minutes": 20}, "one_on_one": true, "attendance":
/// "…", "impairment": null, "objective": "…").</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer reading the raw text the converter produced, who
/// reads through markup to the words (a tag, an entity, a control word, a page header or footer, a line-end hyphen, a
/// mojibake sequence, a pipe, a tab or a JSON key's quotes are not content; "&amp;nbsp;" is a space, "&amp;#8211;" and
/// "\endash" a dash, "&amp;gt;" a "&gt;", "â€™" an apostrophe, "Â°" a degree sign, "neuro-" at a line's end and
/// "muscular" at the next line's start one word), applying the contract to what the filled-in text says: a ticked
/// Markdown box "[x]", an "[X]" in RTF, a filled PDF square "■", a "Y" under a flattened table's 1:1 header and a JSON
/// true state what they name; a JSON false, a ticked "Concurrent" or "Group" their opposite; an unticked "[ ]", an empty
/// square "□", a blank "____", an empty cell between two pipes, a JSON null and "see eval" state nothing; a box struck
/// (in Markdown or RTF) and said in words to be entered in error is withdrawn; a programme's name, level, week, card or
/// booklet is not a technique; a named test with no number is not a measure; a clinic's address, telephone, page number,
/// an entity's or a control word's digits and a JSON record's ids are never a measure or a code's minutes:
/// <list type="bullet">
/// <item>class 1 (v1-h211-…): one-on-one in these writers' own words as the converters left them (an HTML "<b>Delivery:</b>
/// one-on-one for the entire 97112 time" with his wife learning the home programme, a CRPT "Pt seen 1:1 by this PT
/// throughout\par" with a daughter in the truck, a BTFR "one-on-" / "one" split at a line end, an NMFT "1:1 â€” grandson
/// in the room", a SPVN "attendance": "one-on-one in the home; husband present", a TBNR "1:1 with PT" in the left column),
/// notes that negate it (an HTML "concurrent &amp;#8211; PT also supervising a post-op knee patient at the parallel
/// bars", an RTF "Balance group, 3 pts", a KWRG "Attendance|PT split time with 2nd pt on the bike") or never state it (a
/// BTFR PDF copy, an NMFT note), and a KWRG PTA's concurrent 97110 and an EMBT OT's dyad 97530, which have no one-on-one
/// check;</item>
/// <item>class 2 (v2-h211-…): checkbox and field states — ticked (Markdown "- [x] 1:1 for all billed minutes", RTF "[X]
/// Individual", a JSON "one_on_one": true, a "Y" under a tab-flattened 1:1 header, a PDF form's "■ Proprioception ■
/// Postural control", a TBNR "[X] PNF D1/D2 [X] Perturbation"), unticked (Markdown "- [ ] 1:1" with nothing ticked, an
/// HTML impairment row of "[ ]" boxes), struck (Markdown "~~[x] Group~~ (entered in error)" beside a ticked 1:1, an RTF
/// "\strike [X] Individual\strike0" entered in error beside a ticked Concurrent), a JSON "one_on_one": false, and blank
/// measure fields ("Berg: ____ TUG: ____");</item>
/// <item>class 3 (v3-h211-…): named protocols, programmes and techniques (PNF D1/D2 with rhythmic initiation, LSVT BIG's
/// daily movements spelled out, Maitland posterior glides for 97140 hyphenated across lines, Mulligan SNAGs for 97140,
/// body-weight-supported treadmill training for 97116 read across two columns, backward chaining of getting up off the
/// floor for an OT's 97530, X1 and X2 gaze stabilisation, dual-task stepping), and a programme's name, level, week or
/// card as the only technique ("Otago programme, level C", "Stepping On, week 4", "SureFoot program, card 6",
/// "StrongStep series, level 3", and an ACL reconstruction protocol's phase as a 97110's only exercise);</item>
/// <item>class 4 (v4-h211-…): deficits stated as findings (great-toe position errors, ataxia with dysmetria read across
/// two columns, late quadriceps recruitment with a knee that snaps back, "vestib-" / "ular hypo-" / "function",
/// contraversive pushing, poor sequencing of the forward weight shift in sit-to-stand, grip and wrist weakness with a
/// jar-opening goal for an OT's 97110, a foot drop with toe catch for 97116) and notes that state none (an RTF
/// "Impairment:\tab see eval", a JSON "impairment": null, a Markdown "**Assessment:** Doing well.", an NMFT "Why: ___");</item>
/// <item>class 5 (v5-h211-…): measures in every usual form (an HTML TUG "15.4 s -&amp;gt; 12.1 s", RTF tab columns of eval
/// and today's scores, a Mini-BESTest after a page footer, perturbations recovered of ten read across, knee flexion in
/// "Â°" for 97140, a tab-flattened distance, device and assistance row for 97116, counts and assistance in JSON for 97530,
/// a Markdown table of a 10-metre walk and five-times sit-to-stand) and notes with none (an HTML "Formal measures
/// deferred", empty pipe cells under Berg and TUG, a JSON 97116 with no distance or assistance, an NMFT 97110 with
/// exercises named and no dose);</item>
/// <item>class 6 (v6-h211-…): minutes in these converters' forms (two HTML "&amp;nbsp;&amp;#8211;&amp;nbsp;" lines, two RTF
/// "\tab" lines, a PDF code whose minutes follow a page break, two codes side by side in two columns, two mojibake
/// bullets, two pipe rows, a Markdown "**Time:**" line, a JSON services array) and true mismatches (an HTML 35 on 23, a
/// JSON "minutes": 33 on 22, a tab row's 26 on 14 for a second code, an RTF 97116 30 on 18) and truly missing separate
/// time (a PDF "Total timed minutes" for two codes, a Markdown second code with no minutes);</item>
/// <item>class 7 (v7-h211-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (CRPT RTF), 97530 (SPVN JSON), 97140 (KWRG tabs) and 97116 (BTFR PDF), and
/// wholly generic notes (an HTML "Balance training and coordination exercises" with no one-on-one, an NMFT 1:1 "Balance
/// activities per POC", a Markdown 97110 "per flowsheet", a JSON 97530 "functional activities", a pipe-flattened
/// 97140 "Manual techniques as tolerated");</item>
/// <item>ordinary (vord-h211-…): complete notes of these clinics that a reviewer passes (the false-positive guard), and
/// the ordinary weak ones: two complete notes with no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry numbers that are not the code's or its minutes — page numbers, street numbers, ZIP codes and
/// telephone numbers in PDF footers, dates of service, the digits of HTML entities and RTF control words, JSON visit and
/// record ids, a software version, other patients counted, step heights in inches, loads in pounds and kilograms,
/// distances in feet and metres, degrees, a belt speed in miles an hour, a percentage of body-weight support, seconds,
/// serial sevens, and counts of trials, reps and perturbations — and each is written so that a reviewer cannot take it
/// for a billed code's minutes; a code's minutes are written next to the code or its service (after an entity dash, a
/// tab, a pipe, a JSON "minutes" key, a Markdown bold label, a mojibake dash, or on the far side of a page break from the
/// code's description), and no note gives minutes to a drill, a rest, a test or a treadmill bout, except the one that
/// gives two codes only a visit total; notes failed for want of a measure carry no number but their code and its minutes
/// (and a "1:1" where the template writes one). DOC_GENERIC_ONLY is expected only where the note names no technique,
/// deficit or measure at all. A 97112 passes the measure check only on an objective measure with a number and fails it
/// only when the note has no number but its code, its minutes and numbers that are plainly something else; for the
/// other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on
/// the billed minutes: a family member, caregiver, interpreter, student or staff member in the room does not undo a
/// one-on-one statement, another patient treated in the same block does, and a therapist attending someone else during
/// the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges for a code, minutes of an exercise, a rest or a test, canalith repositioning, three-character or
/// dotless diagnosis codes, and any line with a code that has no documentation profile (heat, TENS, evaluations and
/// group classes stay in the notes, never on a line).
/// This set also leaves out what a converter could honestly leave in doubt: a note of markup only (an HTML skeleton of
/// empty tags, an RTF header with no text) as empty or as generic, a checkbox left only as an HTML
/// <c>&lt;input type="checkbox" checked&gt;</c> or a numbered ballot-box entity a reviewer would have to look up, text
/// hidden by the converter (an HTML comment, RTF <c>\v</c> hidden text), a code or a number split by a hyphen or a page
/// break ("97-" / "112", "2-" / "3 min"), a two-column line whose code has its minutes in the other column,
/// a JSON "minutes" given as a string of clock time or of seconds, a JSON "one_on_one" of "" or "unknown", a mojibake
/// sequence in the middle of a number or in place of a "1:1", a flattened table whose header and value rows do not
/// line up, a "?" that could be a smart quote or a question the writer asked, a page footer that cuts a sentence about
/// one-on-one in two, and a Markdown strike-through with no words saying why.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 108 of 110 cases agree (108 needed), and 1 of the 71 notes the reviewer passes got a finding, on the analyzer of dd3c714 (the 2026-12-08 twenty-eighth session, after the twenty-seventh session skipped facts of the 201st, 203rd-206th sets were worked through; nothing was changed for this set) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (engine code 872dc2e, after two reviews): 109 of 110, no false positive — met.</para>
/// </summary>
public class HeldOutNotesIssue18TwoHundredEleventhTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in the writers' own words, negated, unstated

        // MQVT HTML "<b>Delivery:</b> one-on-one for the entire 97112 time; his wife sat in to learn the home program." (family); half-kneel rhythmic stabilisation, Airex step-and-stick, rocker eyes closed; late stepping and L ankle proprioception after ORIF; Berg and SLS; "23&nbsp;min" matches: passes.
        ["v1-h211-mqvt-html-one-on-one-wife-learning-hep"] = new(
            """
            <p><b>MAQUOKETA VALLEY THERAPY</b> &#8211; Daily Treatment Note<br/>Clinician: Dana Hruska, PT, DPT&nbsp;&nbsp;|&nbsp;&nbsp;DOS: 11/17/2026</p>
            <p><b>Subjective:</b> Retired feed-mill operator; says his left ankle &#8220;rolls&#8221; on the gravel lane to the mailbox.</p>
            <p><b>Service:</b> 97112 Neuromuscular re-education&nbsp;&#8211;&nbsp;23&nbsp;min</p>
            <p><b>Delivery:</b> one-on-one for the entire 97112 time; his wife sat in to learn the home program.</p>
            <ul><li>Rhythmic stabilization in half-kneel, perturbations at the shoulders</li><li>Step-and-stick onto the Airex, L and R</li><li>Rocker board A/P with eyes closed</li></ul>
            <p><b>Impairment:</b> delayed reactive stepping and reduced L ankle proprioception after the L trimalleolar ORIF.</p>
            <p><b>Measures:</b> Berg 46/56; SLS L 7 s (3 s at eval).</p>
            """,
            ["S82.852D"], [PT("97112", 23)], []),

        // CRPT RTF "Pt seen 1:1 by this PT throughout; daughter drove her down from Hatfield and waited in the truck.\par" (family); foam tandem with head turns, rocker perturbations, cane step-overs to a stick; neuropathic somatosensory loss with a poor ankle strategy; Berg and mCTSIB; "\tab 22 min\par" matches: passes.
        ["v1-h211-crpt-rtf-seen-1to1-daughter-in-the-truck"] = new(
            """
            {\rtf1\ansi\deff0{\fonttbl{\f0\fswiss Arial;}}
            \f0\fs20\b COSSATOT RIVER PHYSICAL THERAPY\b0  \endash  Mena, AR\par
            \b Daily Note\b0\tab DOS 11/18/2026\tab Wade Pruitt, PT\par
            \b 97112 Neuromuscular Re-ed\b0\tab 22 min\par
            \b Attendance:\b0\tab Pt seen 1:1 by this PT throughout; daughter drove her down from Hatfield and waited in the truck.\par
            \b Tx:\b0\tab Tandem stance on foam with slow head turns; rocker board A/P perturbations; stepping over the cane to a stick landing, each lead leg.\par
            \b Deficit:\b0\tab Reduced somatosensation both feet (diabetic neuropathy) with an impaired ankle strategy; she can\'92t feel the edge of the porch step.\par
            \b Objective:\b0\tab Berg 44/56\tab mCTSIB cond 4 held 9 sec\par
            }
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // BTFR PDF copy: "Pt was treated one-" at a line's end and "one by the PT for the whole service." on the next (one word split by the line-end hyphen), address footer and repeated header mid-note; trunk rhythmic stabilisation, tandem at the bars, metronome stepping; L ataxia and timing after cerebellar infarct; Berg and FGA; 23 min: passes.
        ["v1-h211-btfr-pdf-one-on-one-split-at-line-end"] = new(
            """
            Beartooth Front Rehab                                  Daily Treatment Note
            Patient: Gus Lindqvist        DOS: 11/16/2026          Therapist: Mika Salo, PT, DPT
            S: Retired hard-rock miner; wants to walk the rodeo grounds next summer without his
            wife's arm.
            97112 Neuromuscular re-education — 23 min. Pt was treated one-on-
            one by the PT for the whole service.
            Interventions: rhythmic stabilization at the trunk in sitting and tall kneel, tan-
            dem walking along the tape between the parallel bars with a fingertip touch, step-
            ping to floor targets to a metronome.
            Beartooth Front Rehab · 115 S Hauser Ave · Red Lodge, MT 59068 · (406) 555-0113
            Page 1 of 2
            Beartooth Front Rehab                                  Daily Treatment Note
            Patient: Gus Lindqvist        DOS: 11/16/2026
            Findings: L-sided ataxia with truncal sway and poor timing of L foot placement after
            the L cerebellar infarct.
            Measures: Berg 40/56; FGA 14/30.
            Beartooth Front Rehab · 115 S Hauser Ave · Red Lodge, MT 59068 · (406) 555-0113
            Page 2 of 2
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // NMFT mojibake "1:1 â€” grandson sat in the corner with his phone" (family); X1 gaze stabilisation sitting then on foam, hallway head turns naming pictures, feet together on foam eyes closed; L vestibular hypofunction; DGI and FGA; "â€“ 22 min" matches: passes.
        ["v1-h211-nmft-one-on-one-grandson-in-the-corner"] = new(
            """
            NEMADJI FALLS THERAPY â€“ Superior, WI
            Daily note â€¢ Kjersti Lindahl, PT â€¢ 11/19/2026
            S: Pt?s grandson drove her in. She says the grocery aisles â€œswimâ€ when she turns her head to read the shelf tags.
            â€¢ 97112 Neuromuscular re-ed â€“ 22 min. 1:1 â€” grandson sat in the corner with his phone.
            â€¢ Gaze stabilization X1 viewing at a letter card, sitting then standing on foam
            â€¢ Walking the hall with horizontal head turns, naming pictures on each side
            â€¢ Feet together on foam, eyes closed
            A: L vestibular hypofunction with oscillopsia on quick head turns; she veers left in the aisle.
            O: DGI 17/24; FGA 19/30.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // SPVN JSON "attendance": "one-on-one in the home; her husband was present and held the dog" (family); couch-cushion stance eyes closed, doorway hip perturbations, back-step step-and-stick; postural control and a late R step after hip fracture; Berg and TUG; "minutes": 23 matches: passes.
        ["v1-h211-spvn-json-attendance-in-words-husband-held-the-dog"] = new(
            """
            {"visit_id": "SP-40917", "clinic": "Spavinaw Creek Home Therapy", "clinician": "Rhett Pickup, PT",
             "setting": "home",
             "services": [{"cpt": "97112", "description": "Neuromuscular re-education", "minutes": 23}],
             "attendance": "one-on-one in the home; her husband was present and held the dog",
             "interventions": "standing on the couch cushion with eyes closed; lateral perturbations at the hips in the kitchen doorway; step-and-stick down the back step onto the grass",
             "impairment": "impaired postural control and a late stepping response to the right after the right hip fracture",
             "objective": "Berg 43/56; TUG 14.2 sec with the cane"}
            """,
            ["S72.001D", "R26.81"], [PT("97112", 23)], []),

        // KWRG pipes, a PTA's 97110 "concurrent with 1 other pt" (97110 has no one-on-one check); side-lying abduction, sit-to-stand, standing extension with doses; R hip abductor and extensor weakness after THA; "97110|Therapeutic exercise|14" matches: passes.
        ["v1-h211-kwrg-pta-97110-concurrent-no-check"] = new(
            """
            KISHWAUKEE REHAB GROUP | DeKalb | PTA Daily Note | 11/17/2026
            CPT|Description|Min|Attendance|Provider
            97110|Therapeutic exercise|14|concurrent with 1 other pt|L. Ferrante PTA
            Exercise|Sets x Reps|Load
            Side-lying hip abduction|3 x 12|2 lb ankle weight
            Sit-to-stand from an 18 in chair|3 x 10|body weight
            Standing hip extension at the counter|3 x 12|red band
            Problem|R hip abductor and extensor weakness after the R THA; Trendelenburg lurch in R stance
            Supervising PT|J. Okafor PT on site
            """,
            ["Z96.641"], [PTA("97110", 14)], []),

        // EMBT Markdown OT 97530 with "- [ ] 1:1" and "- [x] Dyad (2 pts, alternating)" (97530 has no one-on-one check); towel hanging across midline, tub step-in with the bar, laundry carry with counts; L hemiparesis and standing balance with a laundry goal; CGA and SBA; 21 min: passes.
        ["v1-h211-embt-ot-97530-dyad-no-check"] = new(
            """
            # Daily Note — Embudo Canyon PT & OT
            **Clinician:** Teodora Baca, OTR/L
            **Service:** 97530 Therapeutic activities — 21 min
            **Delivery:**
            - [ ] 1:1
            - [x] Dyad (2 pts, alternating)
            **Activities:**
            - Reaching across midline to hang dish towels on the oven bar, standing, 10 towels
            - Stepping into and out of the tub with the grab bar, 4 trials
            - Carrying a laundry basket 20 ft to the dryer, 3 trips
            **Targets:** L hemiparesis with poor standing balance during reach after the R MCA stroke; goal: do her own laundry.
            **Assist:** CGA for the tub, SBA for reaching and carrying.
            """,
            ["I69.354"], [OT("97530", 21)], []),

        // TBNR two-column record read across: "97112 Neuro re-ed  22 min  1:1 with PT" in the left column beside the findings; foam perturbations, Airex step-and-stick, tandem rhythmic stabilisation; late R stepping after L MCA stroke; Berg and TUG: passes.
        ["v1-h211-tbnr-two-column-1to1-with-pt"] = new(
            """
            TALLAPOOSA BEND NEURO REHAB — Treatment Record                     Alexander City, AL
            SERVICE / TECHNIQUES                             FINDINGS / MEASURES
            97112 Neuro re-ed  22 min  1:1 with PT           Delayed R stepping reaction and poor
            Perturbation training on foam, forward           weight shift onto the R after the L MCA
            and lateral; step-and-stick onto the             stroke (R hemiparesis).
            Airex leading with the R; rhythmic               Berg 41/56; TUG 15.3 s with the quad
            stabilization in tandem stance.                  cane.
            Therapist: Loretta Coker, PT, DPT                DOS 11/18/2026
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // MQVT HTML "<b>Delivery:</b> concurrent &#8211; PT also supervising a post-op knee patient at the parallel bars during this block.": another patient in the block — one-on-one missing; foam head turns, step-and-stick, tandem perturbations, ankle proprioception, Berg and tandem present.
        ["v1-h211-mqvt-html-concurrent-parallel-bars"] = new(
            """
            <p><b>MAQUOKETA VALLEY THERAPY</b> &#8211; Daily Treatment Note<br/>Clinician: Brent Sorensen, PT</p>
            <p><b>Service:</b> 97112 Neuromuscular re-education&nbsp;&#8211;&nbsp;22&nbsp;min</p>
            <p><b>Delivery:</b> concurrent &#8211; PT also supervising a post-op knee patient at the parallel bars during this block.</p>
            <ul><li>Foam stance with head turns</li><li>Lateral step-and-stick off the 4 in step</li><li>Tandem walking with perturbations at the pelvis</li></ul>
            <p><b>Impairment:</b> reduced proprioception in both ankles and a slow ankle strategy.</p>
            <p><b>Measures:</b> Berg 47/56; tandem stance 8 s.</p>
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // CRPT RTF "Attendance:\tab Tuesday balance group, 3 pts, this PT leading.\par": a group — one-on-one missing; rocker with ball toss, foam-beam step-overs, tandem head turns, postural control, Berg and SLS present.
        ["v1-h211-crpt-rtf-balance-group-of-three"] = new(
            """
            {\rtf1\ansi\deff0{\fonttbl{\f0\fswiss Arial;}}
            \f0\fs20\b COSSATOT RIVER PHYSICAL THERAPY\b0  \endash  Mena, AR\par
            \b Daily Note\b0\tab DOS 11/19/2026\tab Carla Stidham, PT\par
            \b 97112 Neuromuscular Re-ed\b0\tab 23 min\par
            \b Attendance:\b0\tab Tuesday balance group, 3 pts, this PT leading.\par
            \b Tx:\b0\tab Rocker board M/L with a ball toss; stepping over the foam beam to a stop; tandem walking with head turns.\par
            \b Deficit:\b0\tab Impaired postural control with a delayed hip strategy; reduced proprioception L ankle.\par
            \b Objective:\b0\tab Berg 45/56\tab SLS L 5 sec\par
            }
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // KWRG pipes "97112|Neuromuscular re-ed|23|PT split time with 2nd pt on the bike|T. Okafor PT": not one-on-one — one-on-one missing; PNF D2 with rhythmic initiation, foam perturbations, step-and-stick; motor recruitment after stroke; Berg and a count present.
        ["v1-h211-kwrg-split-time-second-pt-on-the-bike"] = new(
            """
            KISHWAUKEE REHAB GROUP | DeKalb | Daily Note | 11/18/2026
            CPT|Description|Min|Attendance|Provider
            97112|Neuromuscular re-ed|23|PT split time with 2nd pt on the bike|T. Okafor PT
            Technique|Detail
            PNF D2 flexion/extension|R UE, with rhythmic initiation
            Perturbation training|standing on foam, A/P and M/L
            Stepping strategy|lateral step-and-stick to tape targets
            Impairment|R hemiparesis with poor motor recruitment of the R hip and shoulder girdle and a late stepping reaction
            Measure|Berg 42/56; 5 of 10 lateral perturbations recovered without a hand
            """,
            ["I69.351"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // BTFR PDF copy with no word on attendance anywhere ("propriocep-" / "tion" split at a line end): one-on-one missing; step-downs to a stick on foam, knee perturbations on the Airex, hurdle stepping, R knee proprioception after ACL reconstruction, SLS and Y-balance present.
        ["v1-h211-btfr-pdf-attendance-never-stated"] = new(
            """
            Beartooth Front Rehab                                  Daily Treatment Note
            Patient: Verna Hjelm          DOS: 11/17/2026          Therapist: Ross Tolliver, PT
            S: Rural mail carrier back on light duty; her R knee "gives" on the icy
            steps up to the cluster boxes.
            97112 Neuromuscular re-education — 22 min.
            Interventions: lateral step-downs off the 6 in step to a stick on foam, per-
            turbations at the knee in single-leg stance on the Airex, stepping over the
            hurdles with eyes on a wall target.
            Findings: poor R knee propriocep-
            tion and a slow quadriceps response after the R ACL reconstruction.
            Measures: SLS R 6 s (L 18 s); Y-balance anterior reach R 58 cm (L 66 cm).
            Beartooth Front Rehab · 115 S Hauser Ave · Red Lodge, MT 59068 · (406) 555-0113
            Page 1 of 1
            """,
            ["S83.511D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // NMFT PTA note with bullets as "â€¢" and no word on attendance: one-on-one missing; rocker eyes closed, stair step-and-stick onto foam, tandem perturbations, ankle proprioception, Berg and tandem present.
        ["v1-h211-nmft-pta-attendance-never-stated"] = new(
            """
            NEMADJI FALLS THERAPY â€“ Superior, WI
            Daily note â€¢ Anders Sjoberg, PTA â€¢ 11/18/2026
            S: Pt says the ore-dock stairs at work feel â€œlike a boat deck.â€
            â€¢ 97112 Neuromuscular re-ed â€“ 23 min
            â€¢ Rocker board A/P with eyes closed
            â€¢ Step-and-stick off the bottom stair onto foam
            â€¢ Tandem walking with perturbations at the pelvis
            A: Reduced ankle proprioception in both feet with a late stepping response.
            O: Berg 48/56; tandem on foam 9 sec.
            """,
            ["R26.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and field states (ticked, unticked, struck, blank)

        // EMBT Markdown "- [x] 1:1 for all billed minutes" with Concurrent and Group unticked: one-on-one stated; rocker with a catch, step-off onto the Airex, called pivots to a stop; postural control and ankle proprioception; Berg and SLS; 22 min: passes.
        ["v2-h211-embt-md-ticked-1to1"] = new(
            """
            # Daily Note — Embudo Canyon PT
            **Clinician:** Marisol Vigil, PT, DPT · **DOS:** 2026-11-17
            **Subjective:** Drives a tortilla delivery route; says the loading-dock ramp "tilts" when she turns with the hand truck.
            **Service:** 97112 Neuromuscular re-education — 22 min
            **Delivery:**
            - [x] 1:1 for all billed minutes
            - [ ] Concurrent
            - [ ] Group
            **Interventions:**
            - Rocker board M/L with eyes closed, then with a ball catch
            - Step-and-stick down off the 6 in step onto the Airex
            - Walking with quick pivot turns to a called direction and a stop
            **Assessment:** impaired postural control with reduced ankle proprioception in both feet and a slow ankle strategy.
            **Objective:** Berg 47/56; SLS R 8 s, L 6 s.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // EMBT Markdown with "- [ ] 1:1 for all billed minutes", "- [ ] Concurrent", "- [ ] Group" — nothing ticked, nothing said elsewhere: one-on-one missing; X1 on foam, tandem head turns, foam eyes closed, R vestibular hypofunction, DGI and FGA present.
        ["v2-h211-embt-md-nothing-ticked"] = new(
            """
            # Daily Note — Embudo Canyon PT
            **Clinician:** Ezequiel Montoya, PT · **DOS:** 2026-11-18
            **Service:** 97112 Neuromuscular re-education — 23 min
            **Delivery:**
            - [ ] 1:1 for all billed minutes
            - [ ] Concurrent
            - [ ] Group
            **Interventions:**
            - Gaze stabilization X1 viewing, standing on foam
            - Tandem walking down the hall with head turns
            - Standing on foam with eyes closed
            **Assessment:** R vestibular hypofunction with gaze instability on quick head turns.
            **Objective:** DGI 18/24; FGA 20/30.
            """,
            ["H81.21"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // EMBT Markdown "- ~~[x] Group~~ *(entered in error — M.V.)*" struck and said in words, with "- [x] 1:1 for all billed minutes" ticked: one-on-one stated; knee perturbations in a mini-squat on the tilt board, step-downs to a stick, tilt-board weight shifts eyes closed; late quadriceps recruitment after TKA; SLS and step-down count; 23 min: passes.
        ["v2-h211-embt-md-struck-group-ticked-1to1"] = new(
            """
            # Daily Note — Embudo Canyon PT
            **Clinician:** Marisol Vigil, PT, DPT · **DOS:** 2026-11-19
            **Subjective:** Retired Sandia Peak tram mechanic; the R knee "wobbles" going down the church steps.
            **Service:** 97112 Neuromuscular re-education — 23 min
            **Delivery:**
            - ~~[x] Group~~ *(entered in error — M.V.)*
            - [x] 1:1 for all billed minutes
            **Interventions:**
            - Perturbations at the knee in a mini-squat on the tilt board
            - Forward step-downs off the 4 in step to a stick landing
            - Weight shifts onto the R on the tilt board with eyes closed
            **Assessment:** late quadriceps recruitment and poor R knee proprioception after the R TKA.
            **Objective:** SLS R 7 s (L 16 s); 6 of 10 step-downs without valgus.
            """,
            ["Z96.651"], [PT("97112", 23)], []),

        // CRPT RTF "Delivery:\b0\tab [X] Individual\tab [ ] Group\tab [ ] Concurrent\par": one-on-one stated; PNF D1 lifts and chops in half-kneel, foam-beam stepping, rocker perturbations; trunk postural control and motor recruitment after stroke; Berg and FSST; 22 min: passes.
        ["v2-h211-crpt-rtf-x-individual"] = new(
            """
            {\rtf1\ansi\deff0{\fonttbl{\f0\fswiss Arial;}}
            \f0\fs20\b COSSATOT RIVER PHYSICAL THERAPY\b0  \endash  Mena, AR\par
            \b Daily Note\b0\tab DOS 11/20/2026\tab Wade Pruitt, PT\par
            \b 97112 Neuromuscular Re-ed\b0\tab 22 min\par
            \b Delivery:\b0\tab [X] Individual\tab [ ] Group\tab [ ] Concurrent\par
            \b Tx:\b0\tab PNF D1 chops and lifts in half-kneel; stepping along the foam beam to a stop; rocker board perturbations A/P.\par
            \b Deficit:\b0\tab Poor trunk postural control and weak recruitment of the L hip extensors after the R MCA stroke.\par
            \b Objective:\b0\tab Berg 43/56\tab FSST 15.8 sec\par
            }
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // CRPT RTF "\strike [X] Individual\strike0  (entered in error \endash  C.S.)" with "[X] Concurrent" ticked: not one-on-one — one-on-one missing; foam head turns, hurdle step-overs, tandem perturbations, proprioception, Berg and tandem present.
        ["v2-h211-crpt-rtf-struck-individual-concurrent-ticked"] = new(
            """
            {\rtf1\ansi\deff0{\fonttbl{\f0\fswiss Arial;}}
            \f0\fs20\b COSSATOT RIVER PHYSICAL THERAPY\b0  \endash  Mena, AR\par
            \b Daily Note\b0\tab DOS 11/20/2026\tab Carla Stidham, PT\par
            \b 97112 Neuromuscular Re-ed\b0\tab 23 min\par
            \b Delivery:\b0\tab \strike [X] Individual\strike0  (entered in error \endash  C.S.)\tab [X] Concurrent\tab [ ] Group\par
            \b Tx:\b0\tab Standing on foam with head turns; stepping over the hurdles to a stop; tandem stance with perturbations at the shoulders.\par
            \b Deficit:\b0\tab Reduced proprioception both feet and a delayed stepping reaction.\par
            \b Objective:\b0\tab Berg 46/56\tab tandem 7 sec\par
            }
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SPVN JSON "one_on_one": true: one-on-one stated; porch-rail tandem with head turns, step-and-stick off the porch step, pelvic perturbations on a folded quilt; ankle proprioception and a slow ankle strategy; Berg and tandem; "minutes": 22 matches: passes.
        ["v2-h211-spvn-json-one-on-one-true"] = new(
            """
            {"visit_id": "SP-40962", "clinic": "Spavinaw Creek Home Therapy", "clinician": "Rhett Pickup, PT",
             "setting": "home",
             "services": [{"cpt": "97112", "description": "Neuromuscular re-education", "minutes": 22}],
             "one_on_one": true,
             "interventions": "tandem stance along the porch rail with head turns; step-and-stick off the porch step onto the yard; perturbations at the pelvis standing on a folded quilt",
             "impairment": "reduced proprioception in both ankles and a slow ankle strategy; he catches himself on the rail",
             "objective": "Berg 45/56; tandem stance 6 sec (2 sec at start of care)"}
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // SPVN JSON "one_on_one": false and nothing else on attendance: one-on-one missing; hip perturbations in tandem at the kitchen counter, threshold step-and-stick, cushion stance eyes closed, postural control, Berg and TUG present.
        ["v2-h211-spvn-json-one-on-one-false"] = new(
            """
            {"visit_id": "SP-41003", "clinic": "Spavinaw Creek Home Therapy", "clinician": "Joleen Hummingbird, PTA",
             "setting": "home",
             "services": [{"cpt": "97112", "description": "Neuromuscular re-education", "minutes": 23}],
             "one_on_one": false,
             "interventions": "perturbations at the hips in tandem at the kitchen counter; step-and-stick over the bedroom threshold; standing on the couch cushion with eyes closed",
             "impairment": "impaired postural control with a delayed stepping reaction to the left",
             "objective": "Berg 44/56; TUG 13.9 sec"}
            """,
            ["R26.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // KWRG tabs: a header row "CPT / Description / Min / 1:1" and a value row "97112 / Neuromuscular re-ed / 23 / Y": one-on-one stated; tandem rhythmic stabilisation, foam step-and-stick, dual-task stepping; proprioception and delayed stepping; Berg and TUG: passes.
        ["v2-h211-kwrg-tabs-1to1-column-y"] = new(
            """
            KISHWAUKEE REHAB GROUP	Sycamore office	Daily Note
            CPT	Description	Min	1:1
            97112	Neuromuscular re-ed	23	Y
            Interventions	Rhythmic stabilization in tandem stance; step-and-stick onto foam, forward and lateral; stepping to floor targets while naming animals
            Impairment	Reduced proprioception in both feet and a delayed stepping reaction; she grabs the cart in the seed-corn aisle
            Measures	Berg 45/56	TUG 12.2 s
            Provider	T. Okafor PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // BTFR PDF form "Impairment targeted:  ■ Proprioception  □ Vestibular  ■ Postural control  □ Coordination" (filled squares state what they name); one-on-one in words, foam perturbations, Airex step-and-stick, rocker eyes closed; Berg and SLS; 22 min: passes.
        ["v2-h211-btfr-pdf-form-squares-filled"] = new(
            """
            Beartooth Front Rehab                        Neuro Re-ed Flowsheet (form NR-2)
            Patient: Ardith Vukonich      DOS: 11/18/2026          Therapist: Mika Salo, PT, DPT
            CPT 97112 Neuromuscular re-education          Minutes: 22
            Attendance: one-on-one, PT and patient only
            Impairment targeted:  ■ Proprioception  □ Vestibular  ■ Postural control  □ Coordination
            Techniques: perturbations at the pelvis standing on foam; step-and-stick onto the
            Airex to each side; rocker board A/P with eyes closed.
            Measures: Berg 46/56; SLS R 9 s, L 5 s.
            Beartooth Front Rehab · 115 S Hauser Ave · Red Lodge, MT 59068 · (406) 555-0113
            Page 1 of 1
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // TBNR two-column read across with "[X] PNF D1/D2  [X] Perturbation  [ ] Vestibular" ticked and the drills described; 1:1 with the PT; L hemiparesis with poor recruitment and a late L step; Berg and 10MWT; 23 min: passes.
        ["v2-h211-tbnr-technique-boxes-ticked"] = new(
            """
            TALLAPOOSA BEND NEURO REHAB — Treatment Record                     Alexander City, AL
            SERVICE / TECHNIQUES                             FINDINGS / MEASURES
            97112 Neuro re-ed  23 min  1:1 with PT           L hemiparesis after the R MCA stroke:
            [X] PNF D1/D2  [X] Perturbation  [ ] Vestibular  poor recruitment of the L glutes and a
            D2 flexion/extension of the L LE in side-        late L stepping reaction.
            lying; lateral pushes at the pelvis standing     Berg 39/56; 10MWT 0.71 m/s with the
            on foam.                                         hemi-walker.
            Therapist: Darnell Oakes, PT                     DOS 11/19/2026
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // MQVT HTML "<b>Impairment targeted:</b> [ ] proprioception&nbsp; [ ] vestibular&nbsp; [ ] postural control&nbsp; [ ] coordination" — every box unticked and no deficit elsewhere: deficit missing; one-on-one, Airex step-and-stick, tandem perturbations, rocker eyes closed, Berg and tandem present.
        ["v2-h211-mqvt-html-impairment-boxes-all-empty"] = new(
            """
            <p><b>MAQUOKETA VALLEY THERAPY</b> &#8211; Daily Treatment Note<br/>Clinician: Dana Hruska, PT, DPT</p>
            <p><b>Service:</b> 97112 Neuromuscular re-education&nbsp;&#8211;&nbsp;23&nbsp;min</p>
            <p><b>Delivery:</b> one-on-one, PT and patient only.</p>
            <ul><li>Step-and-stick onto the Airex to the L and R</li><li>Perturbations at the pelvis in tandem stance</li><li>Rocker board M/L with eyes closed</li></ul>
            <p><b>Impairment targeted:</b> [ ] proprioception&nbsp; [ ] vestibular&nbsp; [ ] postural control&nbsp; [ ] coordination</p>
            <p><b>Measures:</b> Berg 45/56; tandem stance 10 s.</p>
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // NMFT "â€¢ Berg: ____   TUG: ____" left blank and no number but the code, its minutes and the "1:1": measure missing; hip perturbations on foam, curb-block step-and-stick, half-kneel rhythmic stabilisation, late stepping and postural control present.
        ["v2-h211-nmft-measure-fields-blank"] = new(
            """
            NEMADJI FALLS THERAPY â€“ Superior, WI
            Daily note â€¢ Kjersti Lindahl, PT
            â€¢ 97112 Neuromuscular re-ed â€“ 22 min â€¢ 1:1 with PT
            â€¢ Tx: perturbations at the hips standing on foam; step-and-stick off the curb block; rhythmic stabilization in half-kneel
            â€¢ Why: late stepping reaction and poor postural control after the L hip fracture
            â€¢ Berg: ____   TUG: ____
            """,
            ["S72.002D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and techniques; a programme's name or level alone

        // MQVT HTML PNF D1 and D2 patterns with rhythmic initiation, large-amplitude doorway stepping, weight shifts to a step; bradykinesia and freezing at thresholds; 5xSTS and TUG "&#8211;&gt;"; "22&nbsp;min &#8211; one-on-one": passes.
        ["v3-h211-mqvt-html-pnf-d1-d2-rhythmic-initiation"] = new(
            """
            <p><b>MAQUOKETA VALLEY THERAPY</b> &#8211; Daily Treatment Note<br/>Clinician: Brent Sorensen, PT</p>
            <p><b>Subjective:</b> Retired hog-barn manager with Parkinson&#8217;s; says his feet &#8220;stick&#8221; in the doorway to the machine shed.</p>
            <p><b>Service:</b> 97112 Neuromuscular re-education&nbsp;&#8211;&nbsp;22&nbsp;min &#8211; one-on-one</p>
            <ul><li>PNF D1 and D2 patterns of both UEs in sitting and standing, rhythmic initiation into reciprocal movement</li><li>Large-amplitude stepping through the doorway to floor lines, with a count</li><li>Weight shifts into a stepping response, forward and backward</li></ul>
            <p><b>Impairment:</b> bradykinesia with freezing at thresholds and reduced trunk rotation; poor initiation of stepping.</p>
            <p><b>Measures:</b> 5xSTS 14.6 s; TUG 13.1 s &#8211;&gt; 11.8 s with the floor-line cue.</p>
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // CRPT RTF LSVT BIG's maximal daily exercises spelled out with a functional component; hypokinesia and poor amplitude scaling; TUG and 10MWT; "\tab 23 min\tab 1:1\par": passes.
        ["v3-h211-crpt-rtf-lsvt-big-movements-spelled-out"] = new(
            """
            {\rtf1\ansi\deff0{\fonttbl{\f0\fswiss Arial;}}
            \f0\fs20\b COSSATOT RIVER PHYSICAL THERAPY\b0  \endash  Mena, AR\par
            \b Daily Note\b0\tab DOS 11/17/2026\tab Carla Stidham, PT, LSVT BIG certified\par
            \b 97112 Neuromuscular Re-ed\b0\tab 23 min\tab 1:1\par
            \b Tx:\b0\tab LSVT BIG maximal daily exercises: floor-to-ceiling reach, side-to-side reach, forward step and reach, backward step and reach, sideways step and reach, forward rock and reach, backward rock and reach, 8 reps each; functional component: big sit-to-stand from the truck seat height.\par
            \b Deficit:\b0\tab Hypokinesia with small, shuffling steps and reduced arm swing; poor amplitude scaling (Parkinson\'92s).\par
            \b Objective:\b0\tab TUG 11.9 sec\tab 10MWT 0.94 m/s\par
            }
            """,
            ["G20.A2"], [PT("97112", 23)], []),

        // BTFR PDF 97140: Maitland grade III-IV posterior and inferior glenohumeral glides, scapular "mobili-" / "zation", STM to the posterior cuff and pec minor; capsular hypomobility "external rota-" / "tion" after adhesive capsulitis; flexion and ER degrees; 12 min: passes.
        ["v3-h211-btfr-pdf-maitland-glides-97140-hyphenated"] = new(
            """
            Beartooth Front Rehab                                  Daily Treatment Note
            Patient: Harlan Ostby         DOS: 11/17/2026          Therapist: Ross Tolliver, PT
            S: Hunting outfitter; can't reach up to throw the pack saddle on the mule with the R arm.
            97140 Manual therapy — 12 min.
            Maitland grade III-IV posterior and inferior glenohumeral glides in loose-pack and
            at end range of abduction; scapular mobili-
            zation in side-lying; STM to the R posterior cuff and pec minor.
            Findings: R glenohumeral capsular hypomobility limiting flexion and external rota-
            tion (adhesive capsulitis).
            ROM after treatment: R shoulder flexion 128° (118° before), ER 34° (25° before).
            Beartooth Front Rehab · 115 S Hauser Ave · Red Lodge, MT 59068 · (406) 555-0113
            Page 1 of 1
            """,
            ["M75.01"], [PT("97140", 12)], []),

        // TBNR two-column 97116: body-weight-supported treadmill training (30% support, 1.2 mph) with knee and step cues, then overground hemi-walker gait, read across beside the findings; L hemiparetic gait; 10MWT, distance and CGA; "97116 Gait training  20 min": passes.
        ["v3-h211-tbnr-bwstt-97116-read-across"] = new(
            """
            TALLAPOOSA BEND NEURO REHAB — Treatment Record                     Alexander City, AL
            SERVICE / TECHNIQUES                             FINDINGS / MEASURES
            97116 Gait training  20 min                      L hemiparetic gait after the R MCA
            Body-weight-supported treadmill training,        stroke: short R step, L knee
            30% support, 1.2 mph, PT cueing L knee           hyperextension in stance, L toe drag.
            flexion at swing and a longer R step; then       10MWT overground 0.62 m/s; 150 ft x 2
            overground walking in the hall with the          with the hemi-walker and CGA.
            hemi-walker.
            Therapist: Loretta Coker, PT, DPT                DOS 11/17/2026
            """,
            ["I69.354"], [PT("97116", 20)], []),

        // EMBT Markdown 97140: Mulligan SNAGs at C5–C6 with active rotation, upper thoracic PAs, suboccipital release; L cervical rotation hypomobility; rotation degrees; "**Service:** 97140 Manual therapy — 12 min": passes.
        ["v3-h211-embt-md-mulligan-snags-97140"] = new(
            """
            # Daily Note — Embudo Canyon PT
            **Clinician:** Ezequiel Montoya, PT · **DOS:** 2026-11-20
            **Subjective:** Sign painter; his neck "locks" turning left on the ladder.
            **Service:** 97140 Manual therapy — 12 min
            **Techniques:**
            - Mulligan SNAGs at C5–C6 with active L rotation, 3 x 6
            - Upper thoracic PA mobilizations, grade III
            - Suboccipital release
            **Assessment:** L cervical rotation hypomobility at C5–C6 with pain at end range.
            **Objective:** cervical rotation L 52° (44° before), R 70°.
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // KWRG pipes OT 97530: backward chaining of getting up off the floor (last step first), graded low-cupboard reaching; R hemiparesis with falls and a get-up goal; trials and assistance "min A -> CGA", reaches with SBA; "97530|Therapeutic activities|22": passes.
        ["v3-h211-kwrg-ot-backward-chaining-floor-recovery"] = new(
            """
            KISHWAUKEE REHAB GROUP | DeKalb | OT Daily Note | 11/19/2026
            CPT|Description|Min|Provider
            97530|Therapeutic activities|22|M. Brandvold OTR/L
            Activity|Method|Result
            Getting up off the floor|backward chaining: last step (half-kneel to stand at the chair) first, then side-sit to quadruped added|4 trials, min A -> CGA
            Reaching into the lower cupboard from standing|graded reach targets, L hand on the counter|8 reaches, SBA
            Problem|R hemiparesis after the L MCA stroke, with falls at home; goal: get up off the floor alone and reach the phone
            """,
            ["I69.351", "R29.6"], [OT("97530", 22)], []),

        // NMFT mojibake X1 then X2 gaze stabilisation sitting and standing, head-turn walking to wall cards, foam eyes closed with nods; R vestibular hypofunction with oscillopsia and lost dynamic visual acuity; DVA lines and FGA; "â€“ 23 min â€“ seen 1:1": passes.
        ["v3-h211-nmft-gaze-x1-x2-mojibake"] = new(
            """
            NEMADJI FALLS THERAPY â€“ Superior, WI
            Daily note â€¢ Per Halvorsen, PT, DPT â€¢ 11/20/2026
            S: Pt says the snowmobile trail â€œjumpsâ€ when he checks behind him.
            â€¢ 97112 Neuromuscular re-ed â€“ 23 min â€“ seen 1:1 in the vestibular room
            â€¢ Gaze stabilization X1 viewing, then X2 (target and head moving opposite), sitting and standing
            â€¢ Walking with head turns to read cards on the wall
            â€¢ Standing on foam, eyes closed, with head nods
            A: R vestibular hypofunction with oscillopsia and a loss of dynamic visual acuity.
            O: DVA 3 lines lost (5 lines at eval); FGA 21/30.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // SPVN JSON dual-task stepping to taped targets while counting back by sevens, tandem while naming grandchildren, dog-bed obstacle stepping to a stop; motor planning and divided attention with hesitant stepping after concussion; TUG, TUG cognitive and a count; one-on-one in words; 22 min: passes.
        ["v3-h211-spvn-json-dual-task-stepping"] = new(
            """
            {"visit_id": "SP-41040", "clinic": "Spavinaw Creek Home Therapy", "clinician": "Rhett Pickup, PT",
             "setting": "home",
             "services": [{"cpt": "97112", "description": "Neuromuscular re-education", "minutes": 22}],
             "attendance": "one-on-one; daughter-in-law in the kitchen",
             "interventions": "dual-task stepping to taped targets on the living-room floor while counting back by sevens from 100; tandem walking down the hall while naming the grandchildren; stepping over the dog bed to a stop",
             "impairment": "impaired postural control and motor planning under divided attention after the concussion; slow, hesitant stepping with a cognitive load",
             "objective": "TUG 10.4 sec, TUG cognitive 15.9 sec; 7 of 10 targets hit"}
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // BTFR PDF "Interventions: Otago programme, level C, per the programme booklet." as the only technique: technique missing; one-on-one, postural control and backward stepping "back-" / "ward", Berg and chair stand present.
        ["v3-h211-btfr-pdf-otago-level-c-only"] = new(
            """
            Beartooth Front Rehab                                  Daily Treatment Note
            Patient: Dorothea Kuntz       DOS: 11/18/2026          Therapist: Mika Salo, PT, DPT
            97112 Neuromuscular re-education — 22 min, one-on-one with the PT.
            Interventions: Otago programme, level C, per the programme booklet.
            Findings: impaired postural control with a delayed stepping reaction back-
            ward; she sits down hard when she reaches into the chest freezer.
            Measures: Berg 47/56; 30-second chair stand 9.
            Beartooth Front Rehab · 115 S Hauser Ave · Red Lodge, MT 59068 · (406) 555-0113
            Page 1 of 1
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // EMBT Markdown PTA "**Interventions:** Stepping On, week 4 session." as the only technique: technique missing; "- [x] 1:1", slow reactive stepping and ankle proprioception, TUG and tandem present.
        ["v3-h211-embt-md-pta-stepping-on-week-four-only"] = new(
            """
            # Daily Note — Embudo Canyon PT
            **Clinician:** Lucinda Archuleta, PTA (supervising PT: Marisol Vigil, PT, DPT)
            **Service:** 97112 Neuromuscular re-education — 23 min
            - [x] 1:1 for all billed minutes
            **Interventions:** Stepping On, week 4 session.
            **Assessment:** slow reactive stepping and reduced ankle proprioception in both feet.
            **Objective:** TUG 12.7 s; tandem stance 6 s.
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Tech, "97112")]),

        // KWRG pipes 97110 "ACL reconstruction protocol, phase 2|3 x 15 each, per protocol" — a protocol's phase and a dose, no exercise named: technique missing; quadriceps weakness and extension loss after ACL reconstruction, and the dose, present.
        ["v3-h211-kwrg-acl-protocol-phase-only-97110"] = new(
            """
            KISHWAUKEE REHAB GROUP | DeKalb | Daily Note | 11/20/2026
            CPT|Description|Min|Provider
            97110|Therapeutic exercise|15|T. Okafor PT
            Program|Dose
            ACL reconstruction protocol, phase 2|3 x 15 each, per protocol
            Problem|R quadriceps weakness and loss of terminal knee extension after the R ACL reconstruction
            """,
            ["S83.511D"], [PT("97110", 15)], [At(Tech, "97110")]),

        // MQVT HTML "<li>SureFoot program &#8211; card 6, as laid out at the last visit</li>" as the only technique: technique missing; one-on-one, ankle strategy and proprioception, Berg and SLS present.
        ["v3-h211-mqvt-html-surefoot-card-six-only"] = new(
            """
            <p><b>MAQUOKETA VALLEY THERAPY</b> &#8211; Daily Treatment Note<br/>Clinician: Dana Hruska, PT, DPT</p>
            <p><b>Service:</b> 97112 Neuromuscular re-education&nbsp;&#8211;&nbsp;22&nbsp;min</p>
            <p><b>Delivery:</b> one-on-one with the PT.</p>
            <ul><li>SureFoot program &#8211; card 6, as laid out at the last visit</li></ul>
            <p><b>Impairment:</b> late ankle strategy and poor proprioception in both feet; she sways at the kitchen sink.</p>
            <p><b>Measures:</b> Berg 48/56; SLS R 10 s.</p>
            """,
            ["R26.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // SPVN JSON "interventions": "StrongStep series, level 3 (sheet left on the fridge)" as the only technique: technique missing; "one_on_one": true, delayed stepping and R ankle proprioception, Berg and SLS present.
        ["v3-h211-spvn-json-strongstep-level-three-only"] = new(
            """
            {"visit_id": "SP-41077", "clinic": "Spavinaw Creek Home Therapy", "clinician": "Joleen Hummingbird, PTA",
             "setting": "home",
             "services": [{"cpt": "97112", "description": "Neuromuscular re-education", "minutes": 23}],
             "one_on_one": true,
             "interventions": "StrongStep series, level 3 (sheet left on the fridge)",
             "impairment": "delayed reactive stepping and reduced proprioception in the right ankle after the ankle fracture",
             "objective": "Berg 46/56; SLS R 4 sec"}
            """,
            ["S82.891D"], [PTA("97112", 23)], [At(Tech, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // CRPT RTF "Impaired joint position sense R great toe and ankle \endash  4 of 10 great-toe position trials wrong \endash  with sway when vision is removed"; foam eyes closed, BAPS in sitting then standing, half-roller step-and-stick; Berg and foam Romberg; "1:1, PT and pt only"; 22 min: passes.
        ["v4-h211-crpt-rtf-great-toe-position-errors"] = new(
            """
            {\rtf1\ansi\deff0{\fonttbl{\f0\fswiss Arial;}}
            \f0\fs20\b COSSATOT RIVER PHYSICAL THERAPY\b0  \endash  Mena, AR\par
            \b Daily Note\b0\tab DOS 11/17/2026\tab Wade Pruitt, PT\par
            \b 97112 Neuromuscular Re-ed\b0\tab 22 min\par
            \b Delivery:\b0\tab 1:1, PT and pt only\par
            \b Tx:\b0\tab Foam stance with eyes closed; BAPS board clockwise and counter-clockwise in sitting, then standing at the bar; step-and-stick onto the half roller.\par
            \b Deficit:\b0\tab Impaired joint position sense R great toe and ankle \endash  4 of 10 great-toe position trials wrong \endash  with sway when vision is removed.\par
            \b Objective:\b0\tab Berg 45/56\tab Romberg on foam, eyes closed, 12 sec\par
            }
            """,
            ["G62.9", "R26.81"], [PT("97112", 22)], []),

        // TBNR two-column: "R limb ataxia with dysmetria on heel-" / "to-shin and overshoot of R foot place-" / "ment" read across beside Frenkel-style heel slides, metronome target stepping and tall-kneel stabilisation; SARA and Berg; "97112 Neuro re-ed  23 min  1:1 with PT": passes.
        ["v4-h211-tbnr-two-column-ataxia-dysmetria"] = new(
            """
            TALLAPOOSA BEND NEURO REHAB — Treatment Record                     Alexander City, AL
            SERVICE / TECHNIQUES                             FINDINGS / MEASURES
            97112 Neuro re-ed  23 min  1:1 with PT           R limb ataxia with dysmetria on heel-
            Frenkel-style heel slides to targets in          to-shin and overshoot of R foot place-
            supine and sitting; stepping to floor            ment; wide-based, irregular steps.
            targets to a metronome; rhythmic                 SARA 11; Berg 42/56.
            stabilization in tall kneel.
            Therapist: Darnell Oakes, PT                     DOS 11/20/2026
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // NMFT mojibake "Late quadriceps recruitment with R knee hyperextension in midstance; poor R knee proprioception"; tapping and quick stretch over the quads with mirror feedback, eccentric step-ups, knee perturbations on foam; a count and SLS; "â€“ 22 min â€“ 1:1": passes.
        ["v4-h211-nmft-knee-snaps-back-late-recruitment"] = new(
            """
            NEMADJI FALLS THERAPY â€“ Superior, WI
            Daily note â€¢ Kjersti Lindahl, PT â€¢ 11/17/2026
            S: Pt?s R knee â€œsnaps backâ€ on the boat-launch ramp.
            â€¢ 97112 Neuromuscular re-ed â€“ 22 min â€“ 1:1
            â€¢ Terminal knee control in stance with tapping and quick stretch over the quads, mirror feedback
            â€¢ Forward step-ups with eccentric lowering to a soft knee
            â€¢ Perturbations at the knee in single-leg stance on foam
            A: Late quadriceps recruitment with R knee hyperextension in midstance; poor R knee proprioception.
            O: 8 of 10 step-ups without hyperextension; SLS R 9 sec.
            """,
            ["M25.361"], [PT("97112", 22)], []),

        // KWRG pipes OT 97110: putty grip, wrist curls, forearm rotation with a hammer, finger extension with doses; L grip and wrist extensor weakness after distal radius fracture with a jar and skillet goal; grip kg; "97110|Therapeutic exercise|16": passes.
        ["v4-h211-kwrg-ot-97110-grip-and-jar-goal"] = new(
            """
            KISHWAUKEE REHAB GROUP | Sycamore office | OT Daily Note | 11/17/2026
            CPT|Description|Min|Provider
            97110|Therapeutic exercise|16|M. Brandvold OTR/L
            Exercise|Dose
            Putty grip, red|3 x 15
            Wrist flexion and extension with a 1 lb weight|3 x 12 each
            Forearm supination/pronation with a hammer|3 x 10
            Finger extension against a rubber band|3 x 15
            Impairment|L grip and wrist extensor weakness after the L distal radius fracture; goal: open jars and lift the cast-iron skillet
            Objective|Grip L 14 kg (R 27 kg)
            """,
            ["S52.502D"], [OT("97110", 16)], []),

        // BTFR PDF "Findings: chronic L vestib-" / "ular hypo-" / "function with oscillopsia …" (one word split twice at line ends); X1 on foam, head-turn walking, habituation to quick turns; DGI and FGA; one-on-one; 23 min: passes.
        ["v4-h211-btfr-pdf-vestibular-hypofunction-hyphenated"] = new(
            """
            Beartooth Front Rehab                                  Daily Treatment Note
            Patient: Ingeborg Rask        DOS: 11/19/2026          Therapist: Mika Salo, PT, DPT
            97112 Neuromuscular re-education — 23 min, one-on-one with the PT.
            Interventions: gaze stabilization X1 at a business card, sitting then standing on
            foam; walking the hall with horizontal and vertical head turns; habitua-
            tion to quick turns toward the L.
            Findings: chronic L vestib-
            ular hypo-
            function with oscillopsia and motion-provoked dizziness when she turns to check her
            blind spot on the Beartooth Highway.
            Measures: DGI 16/24; FGA 18/30.
            Beartooth Front Rehab · 115 S Hauser Ave · Red Lodge, MT 59068 · (406) 555-0113
            Page 1 of 1
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // MQVT HTML "contraversive pushing toward the L (paretic) side with loss of midline postural control"; sitting rhythmic stabilisation, midline orientation to a door-frame vertical with a mirror, weight shifts to the R; Burke Lateropulsion Scale and Berg; one-on-one with a video interpreter (not a patient); 23 min: passes.
        ["v4-h211-mqvt-html-contraversive-pushing"] = new(
            """
            <p><b>MAQUOKETA VALLEY THERAPY</b> &#8211; Daily Treatment Note<br/>Clinician: Brent Sorensen, PT&nbsp;&nbsp;|&nbsp;&nbsp;DOS: 11/19/2026</p>
            <p><b>Service:</b> 97112 Neuromuscular re-education&nbsp;&#8211;&nbsp;23&nbsp;min</p>
            <p><b>Delivery:</b> one-on-one; a Bosnian interpreter joined by video.</p>
            <ul><li>Rhythmic stabilization at the trunk in sitting</li><li>Midline orientation in sitting and standing to the door frame as a visual vertical, with the mirror</li><li>Weight shifts toward the R (non-paretic) side to a reach target</li></ul>
            <p><b>Impairment:</b> contraversive pushing toward the L (paretic) side with loss of midline postural control after the R MCA stroke.</p>
            <p><b>Measures:</b> Burke Lateropulsion Scale 7 (11 at eval); Berg 28/56.</p>
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // SPVN JSON 97116 "impairment": "L foot drop with toe catch on the gravel and a circumducted L swing after the stroke"; AFO and quad-cane gait through the house and across the gravel with swing cues; distance with CGA and SBA; "minutes": 19: passes.
        ["v4-h211-spvn-json-97116-foot-drop-toe-catch"] = new(
            """
            {"visit_id": "SP-41112", "clinic": "Spavinaw Creek Home Therapy", "clinician": "Joleen Hummingbird, PTA",
             "setting": "home",
             "services": [{"cpt": "97116", "description": "Gait training", "minutes": 19}],
             "interventions": "gait training with the AFO and the quad cane through the house and out across the gravel drive to the mailbox; cues for L hip and knee flexion at swing and heel first",
             "impairment": "L foot drop with toe catch on the gravel and a circumducted L swing after the stroke",
             "objective": "220 ft x 2 with the quad cane and CGA on gravel; SBA on the kitchen floor"}
            """,
            ["I69.354", "M21.372"], [PTA("97116", 19)], []),

        // EMBT Markdown "poor timing and sequencing of the forward weight shift in sit-to-stand, with L knee extensor under-recruitment"; sternal cue sit-to-stand, part-to-whole motor-learning drill to lower stools, L weight shift with quad tapping; 5xSTS and a count; "- [x] 1:1"; 22 min: passes.
        ["v4-h211-embt-md-sequencing-sit-to-stand"] = new(
            """
            # Daily Note — Embudo Canyon PT
            **Clinician:** Marisol Vigil, PT, DPT · **DOS:** 2026-11-18
            **Service:** 97112 Neuromuscular re-education — 22 min
            - [x] 1:1 for all billed minutes
            **Interventions:**
            - Sit-to-stand with the feet back and a tactile cue at the sternum for the forward weight shift before lift-off
            - Part practice of the forward lean, then the whole task to stools of decreasing height (motor-learning drill)
            - Weight shifts onto the L with tapping over the L quad
            **Assessment:** poor timing and sequencing of the forward weight shift in sit-to-stand, with L knee extensor under-recruitment after the R hemisphere stroke.
            **Objective:** 5xSTS 18.4 s (22.9 s last month); 4 of 5 stands without pushing off.
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // CRPT RTF "\b Impairment:\b0\tab see eval\par" and no deficit anywhere else: deficit missing; 1:1, rocker eyes closed, hurdle stick landings, tandem perturbations, Berg and SLS present.
        ["v4-h211-crpt-rtf-impairment-see-eval"] = new(
            """
            {\rtf1\ansi\deff0{\fonttbl{\f0\fswiss Arial;}}
            \f0\fs20\b COSSATOT RIVER PHYSICAL THERAPY\b0  \endash  Mena, AR\par
            \b Daily Note\b0\tab DOS 11/18/2026\tab Carla Stidham, PT\par
            \b 97112 Neuromuscular Re-ed\b0\tab 23 min\tab 1:1\par
            \b Tx:\b0\tab Rocker board A/P and M/L with eyes closed; stepping over the hurdles to a stick landing; tandem walking with perturbations at the pelvis.\par
            \b Impairment:\b0\tab see eval\par
            \b Objective:\b0\tab Berg 46/56\tab SLS R 7 sec\par
            }
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // SPVN JSON "impairment": null and no deficit elsewhere: deficit missing; "one_on_one": true, porch step-and-stick, counter tandem perturbations, blanket stance with head turns, Berg and tandem present.
        ["v4-h211-spvn-json-impairment-null"] = new(
            """
            {"visit_id": "SP-41150", "clinic": "Spavinaw Creek Home Therapy", "clinician": "Rhett Pickup, PT",
             "setting": "home",
             "services": [{"cpt": "97112", "description": "Neuromuscular re-education", "minutes": 22}],
             "one_on_one": true,
             "interventions": "step-and-stick off the porch step; perturbations at the pelvis in tandem along the counter; standing on a folded blanket with eyes closed and head turns",
             "impairment": null,
             "objective": "Berg 47/56; tandem 9 sec"}
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // EMBT Markdown "**Assessment:** Doing well." and no deficit anywhere: deficit missing; "- [x] 1:1", rocker with a catch, Airex step-and-stick, tandem head turns, Berg and FSST present.
        ["v4-h211-embt-md-assessment-doing-well"] = new(
            """
            # Daily Note — Embudo Canyon PT
            **Clinician:** Ezequiel Montoya, PT · **DOS:** 2026-11-19
            **Service:** 97112 Neuromuscular re-education — 23 min
            - [x] 1:1 for all billed minutes
            **Interventions:**
            - Rocker board M/L with a ball catch
            - Lateral step-and-stick onto the Airex
            - Tandem walking with head turns
            **Objective:** Berg 49/56; FSST 11.4 s.
            **Assessment:** Doing well.
            **Plan:** Same next visit.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // NMFT PTA "â€¢ Why: ___" left blank and no deficit anywhere: deficit missing; 1:1, foam eyes closed, step-and-stick, tandem perturbations, Berg and tandem present.
        ["v4-h211-nmft-pta-why-left-blank"] = new(
            """
            NEMADJI FALLS THERAPY â€“ Superior, WI
            Daily note â€¢ Anders Sjoberg, PTA â€¢ 11/20/2026
            â€¢ 97112 Neuromuscular re-ed â€“ 22 min â€“ 1:1
            â€¢ Tx: foam stance with eyes closed; step-and-stick off the 6 in step; tandem stance with perturbations at the shoulders
            â€¢ Why: ___
            â€¢ O: Berg 47/56; tandem 8 sec
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // MQVT HTML "TUG 15.4 s&nbsp;-&gt;&nbsp;12.1 s since eval; Berg 44/56"; cone stepping to a called colour, backward walking with pelvic perturbations, foam eyes closed with head turns; backward stepping and somatosensory use; one-on-one with her son in the lobby; 22 min: passes.
        ["v5-h211-mqvt-html-tug-arrow-entity"] = new(
            """
            <p><b>MAQUOKETA VALLEY THERAPY</b> &#8211; Daily Treatment Note<br/>Clinician: Dana Hruska, PT, DPT&nbsp;&nbsp;|&nbsp;&nbsp;DOS: 11/20/2026</p>
            <p><b>Service:</b> 97112 Neuromuscular re-education&nbsp;&#8211;&nbsp;22&nbsp;min</p>
            <p><b>Delivery:</b> one-on-one with the PT; her son waited in the lobby.</p>
            <ul><li>Stepping over cones with quick changes of direction to a called colour</li><li>Backward walking with perturbations at the pelvis</li><li>Standing on foam with eyes closed and head turns</li></ul>
            <p><b>Impairment:</b> slow reactive stepping backward and poor use of somatosensory input for balance.</p>
            <p><b>Measures:</b> TUG 15.4 s&nbsp;-&gt;&nbsp;12.1 s since eval; Berg 44/56.</p>
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // CRPT RTF measures as tab columns "Measure\tab Eval\tab Today\par" / "Berg\tab 38/56\tab 45/56\par" / "FGA\tab 12/30\tab 17/30\par"; foam perturbation training, step-and-stick, tandem head turns; late hip strategy after a fall; "[X] Individual"; 23 min: passes.
        ["v5-h211-crpt-rtf-tab-columns-eval-and-today"] = new(
            """
            {\rtf1\ansi\deff0{\fonttbl{\f0\fswiss Arial;}}
            \f0\fs20\b COSSATOT RIVER PHYSICAL THERAPY\b0  \endash  Mena, AR\par
            \b Daily Note\b0\tab DOS 11/19/2026\tab Wade Pruitt, PT\par
            \b 97112 Neuromuscular Re-ed\b0\tab 23 min\par
            \b Delivery:\b0\tab [X] Individual\tab [ ] Group\par
            \b Tx:\b0\tab Perturbation training standing on foam; step-and-stick off the 6 in step; tandem walking with head turns.\par
            \b Deficit:\b0\tab Impaired postural control with a late hip strategy since the fall on the creek bank.\par
            \b Measure\b0\tab\b Eval\b0\tab\b Today\b0\par
            Berg\tab 38/56\tab 45/56\par
            FGA\tab 12/30\tab 17/30\par
            }
            """,
            ["R26.81", "R29.6"], [PT("97112", 23)], []),

        // BTFR PDF "Measures: Mini-BESTest 21/28 (17/28 at eval)" on page 2 after the footer and repeated header; Airex perturbations, foam-beam step-and-stick, lean-and-release "re-" / "lease" stepping; delayed compensatory stepping and R ankle proprioception; one-on-one; 22 min: passes.
        ["v5-h211-btfr-pdf-mini-bestest-after-the-footer"] = new(
            """
            Beartooth Front Rehab                                  Daily Treatment Note
            Patient: Cordell Pfister      DOS: 11/20/2026          Therapist: Ross Tolliver, PT
            S: Ski-lift operator; catching his toe on the unload ramp at the top of the chair.
            97112 Neuromuscular re-education — 22 min, one-on-one.
            Interventions: perturbations at the pelvis on the Airex; lateral step-and-stick over
            the foam beam; reactive stepping from a supported forward lean (lean-and-re-
            lease), forward and backward.
            Beartooth Front Rehab · 115 S Hauser Ave · Red Lodge, MT 59068 · (406) 555-0113
            Page 1 of 2
            Beartooth Front Rehab                                  Daily Treatment Note
            Patient: Cordell Pfister      DOS: 11/20/2026
            Findings: delayed compensatory stepping and reduced R ankle proprioception after the
            R ankle sprain.
            Measures: Mini-BESTest 21/28 (17/28 at eval).
            Beartooth Front Rehab · 115 S Hauser Ave · Red Lodge, MT 59068 · (406) 555-0113
            Page 2 of 2
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // TBNR two-column "Recovered 7 of 10 perturbations without" / "a second step; SLS L 5 s, R 8 s." read across beside pelvic perturbations, foam step-and-stick, tandem head turns; slow reactive stepping and postural control; 22 min 1:1: passes.
        ["v5-h211-tbnr-two-column-perturbations-of-ten"] = new(
            """
            TALLAPOOSA BEND NEURO REHAB — Treatment Record                     Alexander City, AL
            SERVICE / TECHNIQUES                             FINDINGS / MEASURES
            97112 Neuro re-ed  22 min  1:1 with PT           Slow reactive stepping and poor
            Pelvic perturbations in stance, forward,         postural control after the L
            backward and lateral; step-and-stick             subdural hematoma evacuation.
            onto foam; tandem walking with head              Recovered 7 of 10 perturbations without
            turns.                                           a second step; SLS L 5 s, R 8 s.
            Therapist: Loretta Coker, PT, DPT                DOS 11/20/2026
            """,
            ["S06.5X0D"], [PT("97112", 22)], []),

        // NMFT 97140 with "R knee flexion 104Â° (96Â° last visit)" (a degree sign through mojibake); tibiofemoral posterior glides, patellar glides, STM; R knee flexion stiffness and patellar hypomobility after TKA; "â€“ 11 min": passes.
        ["v5-h211-nmft-97140-knee-degrees-mojibake"] = new(
            """
            NEMADJI FALLS THERAPY â€“ Superior, WI
            Daily note â€¢ Per Halvorsen, PT, DPT â€¢ 11/19/2026
            S: Pt wants to kneel in the ice-fishing shack again this winter.
            â€¢ 97140 Manual therapy â€“ 11 min
            â€¢ Tibiofemoral posterior glides, grade III, in flexion
            â€¢ Patellar inferior and medial glides
            â€¢ STM to the distal quads and the lateral retinaculum
            A: R knee flexion stiffness and patellar hypomobility after the R TKA.
            O: R knee flexion 104Â° (96Â° last visit).
            """,
            ["Z96.651", "M25.661"], [PT("97140", 11)], []),

        // KWRG tabs PTA 97116 with a flattened "Distance / Device / Assist" table ("200 ft x 2 / RW / CGA", "Curb x 3 / RW / min A"); RW gait with step and trunk cues, curb practice, tight turns; short L step after L THA with a church goal; 18 min: passes.
        ["v5-h211-kwrg-tabs-97116-distance-device-assist"] = new(
            """
            KISHWAUKEE REHAB GROUP	DeKalb	PTA Daily Note	11/19/2026
            CPT	Description	Min	Provider
            97116	Gait training	18	L. Ferrante PTA
            Training	RW gait with cues for a longer L step and an upright trunk; curb step-up and step-down with the RW; turning in a tight space
            Problem	Short, shuffling L step and forward trunk lean after the L THA; goal: walk from the car into church
            Distance	Device	Assist
            200 ft x 2	RW	CGA
            Curb x 3	RW	min A
            """,
            ["Z96.642"], [PTA("97116", 18)], []),

        // SPVN JSON 97530 "objective": "floor-to-chair transfers x 5 with min A; laundry basket carried 30 ft x 3 with SBA; pickup cab entry x 3 with CGA"; recliner floor transfers, laundry carry, cab entry; hip and knee extensor weakness with laundry and feed-store goals; "minutes": 18: passes.
        ["v5-h211-spvn-json-97530-counts-and-assist"] = new(
            """
            {"visit_id": "SP-41188", "clinic": "Spavinaw Creek Home Therapy", "clinician": "Rhett Pickup, PT",
             "setting": "home",
             "services": [{"cpt": "97530", "description": "Therapeutic activities", "minutes": 18}],
             "interventions": "floor-to-chair transfer practice using the recliner; carrying the laundry basket from the bedroom to the washer; stepping up into the pickup cab with the grab handle",
             "impairment": "bilateral hip and knee extensor weakness limiting transfers and carrying; goal: do his own laundry and drive to the feed store",
             "objective": "floor-to-chair transfers x 5 with min A; laundry basket carried 30 ft x 3 with SBA; pickup cab entry x 3 with CGA"}
            """,
            ["M62.81"], [PT("97530", 18)], []),

        // EMBT Markdown table "| 10-meter walk | 0.74 m/s | 0.88 m/s |" and "| 5xSTS | 19.2 s | 15.7 s |"; target step-and-stick, trunk perturbations in tandem, Airex sit-to-stand eyes closed; postural control and truncal ataxia after cerebellar stroke; "- [x] 1:1"; 23 min: passes.
        ["v5-h211-embt-md-table-10mwt-and-5xsts"] = new(
            """
            # Daily Note — Embudo Canyon PT
            **Clinician:** Marisol Vigil, PT, DPT · **DOS:** 2026-11-20
            **Service:** 97112 Neuromuscular re-education — 23 min
            - [x] 1:1 for all billed minutes
            **Interventions:**
            - Forward and lateral step-and-stick to floor targets at increasing distance
            - Perturbations at the trunk in tandem stance
            - Sit-to-stand on the Airex with eyes closed
            **Assessment:** impaired postural control and slow anticipatory adjustments with truncal ataxia after the L cerebellar stroke.
            **Objective:**
            | Test | Eval | Today |
            |---|---|---|
            | 10-meter walk | 0.74 m/s | 0.88 m/s |
            | 5xSTS | 19.2 s | 15.7 s |
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // MQVT HTML "<b>Objective:</b> formal measures deferred; pt tired after the drive in from Bellevue." and no number but the code and its minutes (named entities only): measure missing; one-on-one, rocker eyes closed, Airex step-and-stick, head-turn walking, ankle proprioception and slow stepping present.
        ["v5-h211-mqvt-html-formal-measures-deferred"] = new(
            """
            <p><b>MAQUOKETA VALLEY THERAPY</b> &ndash; Daily Treatment Note<br/>Clinician: Brent Sorensen, PT</p>
            <p><b>Service:</b> 97112 Neuromuscular re-education&nbsp;&ndash;&nbsp;22&nbsp;min</p>
            <p><b>Delivery:</b> one-on-one with the PT.</p>
            <ul><li>Rocker board A/P with eyes closed</li><li>Step-and-stick onto the Airex</li><li>Walking with head turns past the windows</li></ul>
            <p><b>Impairment:</b> reduced ankle proprioception and a slow stepping reaction.</p>
            <p><b>Objective:</b> formal measures deferred; pt tired after the drive in from Bellevue.</p>
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // KWRG pipes "Test|Score" / "Berg|" / "TUG|" with empty score cells and no other number but the code, its minutes and the "1:1" header: measure missing; "Y" under 1:1, foam perturbations, half-kneel stabilisation, step-and-stick, delayed stepping and proprioception present.
        ["v5-h211-kwrg-pipes-score-cells-empty"] = new(
            """
            KISHWAUKEE REHAB GROUP | DeKalb | Daily Note
            CPT|Description|Min|1:1
            97112|Neuromuscular re-ed|22|Y
            Technique|Detail
            Perturbation training|standing on foam, forward and lateral
            Rhythmic stabilization|half-kneel, at the shoulders and pelvis
            Stepping|lateral step-and-stick to tape targets
            Impairment|delayed reactive stepping and reduced proprioception in both feet
            Test|Score
            Berg|
            TUG|
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // SPVN JSON 97116 with "objective": "walked better than last week" — no distance, assistance or number but the code's and its minutes: measure missing; cane gait with step and heel cues, antalgic gait after TKA present.
        ["v5-h211-spvn-json-97116-no-distance-no-assist"] = new(
            """
            {"clinic": "Spavinaw Creek Home Therapy", "clinician": "Joleen Hummingbird, PTA",
             "setting": "home",
             "services": [{"cpt": "97116", "description": "Gait training", "minutes": 20}],
             "interventions": "gait training with the cane through the house and out to the mailbox, cues for an even step length and heel strike on the right",
             "impairment": "antalgic gait with a short right stance after the right TKA",
             "objective": "walked better than last week"}
            """,
            ["Z96.651"], [PTA("97116", 20)], [At(Measure, "97116")]),

        // NMFT PTA 97110 naming bridges, banded clamshells, low-chair sit-to-stand and heel raises with no sets, reps, load or other number: measure missing; hip and quad weakness with an ice-fishing-bucket goal present.
        ["v5-h211-nmft-pta-97110-no-dose"] = new(
            """
            NEMADJI FALLS THERAPY â€“ Superior, WI
            Daily note â€¢ Anders Sjoberg, PTA
            â€¢ 97110 Therapeutic exercise â€“ 15 min
            â€¢ Bridges, clamshells with a band, sit-to-stand from the low chair, standing heel raises
            A: B hip extensor and abductor weakness and quad weakness; he can?t get up off the ice-fishing bucket.
            O: did all of them today without a rest.
            """,
            ["M62.81"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in the converters' forms, true mismatches, truly missing separate time

        // MQVT HTML two codes "97112 …&nbsp;&#8211;&nbsp;23&nbsp;min" and "97110 …&nbsp;&#8211;&nbsp;14&nbsp;min", both exact; foam perturbations, step-and-stick, tandem head turns; leg press, band walks, bridges with doses; proprioception and late stepping, hip and quad weakness; Berg and SLS; one-on-one: passes.
        ["v6-h211-mqvt-html-two-codes-nbsp-minutes"] = new(
            """
            <p><b>MAQUOKETA VALLEY THERAPY</b> &#8211; Daily Treatment Note<br/>Clinician: Dana Hruska, PT, DPT&nbsp;&nbsp;|&nbsp;&nbsp;DOS: 11/18/2026</p>
            <p><b>Delivery:</b> one-on-one for all timed services.</p>
            <p><b>Service:</b> 97112 Neuromuscular re-education&nbsp;&#8211;&nbsp;23&nbsp;min</p>
            <ul><li>Perturbations at the pelvis standing on foam</li><li>Step-and-stick off the 6 in step, forward and lateral</li><li>Tandem walking with head turns</li></ul>
            <p><b>Service:</b> 97110 Therapeutic exercise&nbsp;&#8211;&nbsp;14&nbsp;min</p>
            <ul><li>Leg press 60 lb 3 x 12</li><li>Lateral band walks, green band, 3 laps</li><li>Bridges 3 x 15</li></ul>
            <p><b>Impairment:</b> reduced ankle proprioception and a late stepping reaction; B hip abductor and quad weakness.</p>
            <p><b>Measures:</b> Berg 45/56; SLS R 8 s, L 6 s.</p>
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], []),

        // CRPT RTF two codes "97112 …\b0\tab 22 min\tab 1:1\par" and "97140 …\b0\tab 10 min\par", both exact; X1 on foam, head-turn walking, habituation; suboccipital release, C1–C2 SNAGs, upper cervical PAs; L vestibular hypofunction and upper cervical hypomobility; DGI and rotation degrees: passes.
        ["v6-h211-crpt-rtf-two-codes-tab-minutes"] = new(
            """
            {\rtf1\ansi\deff0{\fonttbl{\f0\fswiss Arial;}}
            \f0\fs20\b COSSATOT RIVER PHYSICAL THERAPY\b0  \endash  Mena, AR\par
            \b Daily Note\b0\tab DOS 11/18/2026\tab Wade Pruitt, PT\par
            \b 97112 Neuromuscular Re-ed\b0\tab 22 min\tab 1:1\par
            \tab Gaze stabilization X1 viewing on foam; walking with head turns; habituation to quick turns toward the L.\par
            \b 97140 Manual Therapy\b0\tab 10 min\par
            \tab Suboccipital release; C1\endash C2 rotation SNAGs; upper cervical PA mobilizations, grade III.\par
            \b Deficit:\b0\tab L vestibular hypofunction with gaze instability; upper cervical rotation hypomobility.\par
            \b Objective:\b0\tab DGI 18/24\tab cervical rotation L 60 deg (48 deg before)\par
            }
            """,
            ["H81.22", "M54.2"], [PT("97112", 22), PT("97140", 10)], []),

        // BTFR PDF "Service: 97112 Neuromuscular re-education —" ends page 1; the footer and page 2's header fall between it and "23 min, one-on-one with the PT." (one timed code); foam eyes closed, BAPS, half-roller step-and-stick; neuropathic L foot proprioception; Berg and mCTSIB: passes.
        ["v6-h211-btfr-pdf-minutes-across-the-page-break"] = new(
            """
            Beartooth Front Rehab                                  Daily Treatment Note
            Patient: Lyle Wambach         DOS: 11/18/2026          Therapist: Mika Salo, PT, DPT
            S: Retired highway plow driver; his L foot "doesn't land where I put it" on the shop floor.
            Findings: reduced L foot and ankle proprioception with a late ankle strategy (diabetic
            neuropathy, L worse than R).
            Service: 97112 Neuromuscular re-education —
            Beartooth Front Rehab · 115 S Hauser Ave · Red Lodge, MT 59068 · (406) 555-0113
            Page 1 of 2
            Beartooth Front Rehab                                  Daily Treatment Note
            Patient: Lyle Wambach         DOS: 11/18/2026
            23 min, one-on-one with the PT.
            Interventions: foam stance with eyes closed; BAPS in standing at the bar; step-and-
            stick onto the half roller leading with the L.
            Measures: Berg 46/56; mCTSIB condition 4 held 14 s.
            Beartooth Front Rehab · 115 S Hauser Ave · Red Lodge, MT 59068 · (406) 555-0113
            Page 2 of 2
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // TBNR two columns, one code each, read across: "97112 Neuro re-ed — 22 min, 1:1 with PT" beside "97116 Gait training — 16 min", both exact, each column with its technique, deficit and measure: passes.
        ["v6-h211-tbnr-two-codes-side-by-side"] = new(
            """
            TALLAPOOSA BEND NEURO REHAB — Treatment Record                     Alexander City, AL
            NEURO RE-ED                                      GAIT
            97112 Neuro re-ed — 22 min, 1:1 with PT          97116 Gait training — 16 min
            Tx: perturbations at the pelvis on foam;         Tx: quad-cane gait in the hall and on the
            step-and-stick to the R; rhythmic                ramp, cues for R heel strike and knee
            stabilization in tandem.                         flexion at swing.
            Deficit: late R stepping reaction and poor       Deficit: R hemiparetic gait with a short
            R ankle proprioception.                          L step and R toe drag.
            Measure: Berg 43/56; SLS R 4 s.                  Measure: 180 ft x 2 with the quad cane
                                                             and CGA; ramp with min A.
            Therapist: Darnell Oakes, PT                     DOS 11/19/2026
            """,
            ["I69.351"], [PT("97112", 22), PT("97116", 16)], []),

        // NMFT mojibake bullets, two codes "97112 … â€“ 22 mins â€“ 1:1" and "97530 … â€“ 16 mins", both exact; rocker, foam step-and-stick, tandem head turns with proprioception, Berg and tandem; bucket-seat sit-to-stand, auger-bag carry, threshold stepping with weakness and counts: passes.
        ["v6-h211-nmft-two-codes-mojibake-bullets"] = new(
            """
            NEMADJI FALLS THERAPY â€“ Superior, WI
            Daily note â€¢ Kjersti Lindahl, PT â€¢ 11/18/2026
            S: Pt?s goal is to be back in the fish house with her husband by Christmas.
            â€¢ 97112 Neuromuscular re-ed â€“ 22 mins â€“ 1:1
                â€¢ Rocker board M/L with eyes closed; step-and-stick onto foam; tandem stance with head turns
                â€¢ Reduced ankle proprioception with a late stepping reaction
                â€¢ Berg 46/56; tandem 7 sec
            â€¢ 97530 Therapeutic activities â€“ 16 mins
                â€¢ Getting down onto and up from a low bucket seat; carrying the 15 lb auger bag across the gym; stepping over the fish-house door sill mock-up
                â€¢ Hip and knee extensor weakness limiting squatting and carrying
                â€¢ Bucket sit-to-stand x 6 with SBA; carry 40 ft x 3 with CGA
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97530", 16)], []),

        // KWRG pipe rows "97112|Neuromuscular re-ed|23|Y|…" and "97110|Therapeutic exercise|13|Y|…", both exact; tandem perturbations, foam step-and-stick, rocker eyes closed; step-ups, abduction, wall sits with doses; late stepping and proprioception, hip and quad weakness; Berg and FSST: passes.
        ["v6-h211-kwrg-pipes-two-code-rows"] = new(
            """
            KISHWAUKEE REHAB GROUP | DeKalb | Daily Note | 11/20/2026
            CPT|Description|Min|1:1|Provider
            97112|Neuromuscular re-ed|23|Y|T. Okafor PT
            97110|Therapeutic exercise|13|Y|T. Okafor PT
            97112 detail|perturbations at the pelvis in tandem; step-and-stick onto foam; rocker board with eyes closed
            97110 detail|step-ups onto the 8 in box 3 x 10; side-lying hip abduction 3 x 12; wall sits 3 x 30 s
            Impairment|late stepping reaction and reduced ankle proprioception; L hip abductor and quad weakness
            Measure|Berg 46/56; FSST 12.1 s
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 13)], []),

        // EMBT Markdown "**Time:** 97112 = 22 min; 97116 = 16 min", both exact, with a section per code (techniques, deficits, SLS and Berg; device-free gait with cues, antalgic gait, distance and SBA); "- [x] 1:1": passes.
        ["v6-h211-embt-md-time-line-two-codes"] = new(
            """
            # Daily Note — Embudo Canyon PT
            **Clinician:** Ezequiel Montoya, PT · **DOS:** 2026-11-17
            **Time:** 97112 = 22 min; 97116 = 16 min
            - [x] 1:1 for all billed minutes
            ## 97112
            - Perturbations at the pelvis in tandem; step-and-stick onto the Airex; stepping over the hurdles to a stop
            - **Deficit:** late L stepping reaction and reduced L ankle proprioception after the L ankle fracture
            - **Measure:** SLS L 5 s (R 14 s); Berg 47/56
            ## 97116
            - Gait training without the cane on the gravel path and the ramp, cues for L push-off and an even step length
            - **Deficit:** antalgic L gait with a short L stance
            - **Measure:** 300 ft x 2 without a device, SBA; ramp with supervision
            """,
            ["S82.892D"], [PT("97112", 22), PT("97116", 16)], []),

        // SPVN JSON services array with 97116 "minutes": 20 and 97530 "minutes": 15, both exact, and an object per service (rollator gait with trunk cues, stenosis posture, distance and assistance; car transfers, grocery-sack lift, reacher pick-up with hip weakness, counts and assistance): passes.
        ["v6-h211-spvn-json-services-array-two-codes"] = new(
            """
            {"visit_id": "SP-41231", "clinic": "Spavinaw Creek Home Therapy", "clinician": "Rhett Pickup, PT",
             "setting": "home",
             "services": [{"cpt": "97116", "description": "Gait training", "minutes": 20},
                          {"cpt": "97530", "description": "Therapeutic activities", "minutes": 15}],
             "gait_training": {"interventions": "rollator gait from the bedroom to the porch and down the ramp to the car, cues for an upright trunk and to keep the rollator close", "impairment": "flexed trunk and short steps from the lumbar stenosis", "objective": "160 ft x 2 with the rollator and SBA; ramp with CGA"},
             "therapeutic_activities": {"interventions": "car transfer practice into the passenger seat; lifting the grocery sack from the car floor to the counter; picking up the mail from the porch floor with the reacher", "impairment": "hip extensor weakness and poor standing balance during transfers and lifting", "objective": "car transfer x 4 with min A; sack lift x 6 with SBA"}}
            """,
            ["M48.062"], [PT("97116", 20), PT("97530", 15)], []),

        // MQVT HTML "97112 Neuromuscular re-education&nbsp;&#8211;&nbsp;35&nbsp;min" on a 23-minute line: mismatch; one-on-one, tall-kneel stabilisation, foam step-and-stick, head turns with a stop, postural control, Berg and FSST present.
        ["v6-h211-mqvt-html-35-on-23"] = new(
            """
            <p><b>MAQUOKETA VALLEY THERAPY</b> &#8211; Daily Treatment Note<br/>Clinician: Brent Sorensen, PT</p>
            <p><b>Service:</b> 97112 Neuromuscular re-education&nbsp;&#8211;&nbsp;35&nbsp;min</p>
            <p><b>Delivery:</b> one-on-one with the PT.</p>
            <ul><li>Rhythmic stabilization in tall kneel</li><li>Lateral step-and-stick onto foam</li><li>Walking with head turns and a quick stop on command</li></ul>
            <p><b>Impairment:</b> poor postural control with a late stepping reaction to the L.</p>
            <p><b>Measures:</b> Berg 45/56; FSST 13.2 s.</p>
            """,
            ["R26.81"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // SPVN JSON "minutes": 33 for the 97112 on a 22-minute line: mismatch; "one_on_one": true, hallway perturbations, porch step-and-stick, cushion stance with head turns, postural control, Berg and TUG present.
        ["v6-h211-spvn-json-minutes-33-on-22"] = new(
            """
            {"visit_id": "SP-41266", "clinic": "Spavinaw Creek Home Therapy", "clinician": "Rhett Pickup, PT",
             "setting": "home",
             "services": [{"cpt": "97112", "description": "Neuromuscular re-education", "minutes": 33}],
             "one_on_one": true,
             "interventions": "perturbations at the pelvis in tandem down the hallway; step-and-stick off the porch step; standing on the couch cushion with head turns",
             "impairment": "impaired postural control with a slow ankle strategy and a late step to the left",
             "objective": "Berg 42/56; TUG 15.1 sec with the cane"}
            """,
            ["R26.81"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // KWRG tabs "97112 / 23" exact and "97110 / 26" on a 14-minute line: mismatch on the 97110 only; both sections complete (foam perturbations, step-and-stick, proprioception, Berg; step-ups and band rows with doses, hip weakness).
        ["v6-h211-kwrg-tabs-second-code-26-on-14"] = new(
            """
            KISHWAUKEE REHAB GROUP	Sycamore office	Daily Note	11/18/2026
            CPT	Description	Min	1:1
            97112	Neuromuscular re-ed	23	Y
            97110	Therapeutic exercise	26	Y
            97112 detail	perturbations at the pelvis on foam; lateral step-and-stick to tape targets; tandem with head turns
            97110 detail	step-ups onto the 6 in box 3 x 12; side-lying hip abduction 3 x 15; sit-to-stand 3 x 10
            Impairment	reduced proprioception in both ankles with a late stepping reaction; B hip abductor weakness
            Measure	Berg 47/56	SLS L 7 s
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], [At(Mismatch, "97110")]),

        // CRPT RTF PTA "\b 97116 Gait Training\b0\tab 30 min\par" on an 18-minute line: mismatch; walker gait with step cues, short R step after THA, distance and CGA present.
        ["v6-h211-crpt-rtf-pta-97116-30-on-18"] = new(
            """
            {\rtf1\ansi\deff0{\fonttbl{\f0\fswiss Arial;}}
            \f0\fs20\b COSSATOT RIVER PHYSICAL THERAPY\b0  \endash  Mena, AR\par
            \b Daily Note\b0\tab DOS 11/20/2026\tab Bobbie Jo Maddox, PTA\par
            \b 97116 Gait Training\b0\tab 30 min\par
            \b Tx:\b0\tab Rolling-walker gait in the hall and across the gravel lot, cues for a longer R step and heel strike; step-to pattern on the curb.\par
            \b Deficit:\b0\tab Short R step and decreased R stance time after the R THA.\par
            \b Objective:\b0\tab 240 ft x 2 with the RW and CGA; curb with min A\par
            }
            """,
            ["Z96.641"], [PTA("97116", 18)], [At(Mismatch, "97116")]),

        // BTFR PDF two codes with only "Total timed minutes: 37" on its own line and no minutes for either code: separate time missing; both sections complete.
        ["v6-h211-btfr-pdf-total-only-two-codes"] = new(
            """
            Beartooth Front Rehab                                  Daily Treatment Note
            Patient: Shirley Obermeyer    DOS: 11/19/2026          Therapist: Ross Tolliver, PT
            Services: 97112 Neuromuscular re-education; 97110 Therapeutic exercise.
            Attendance: one-on-one with the PT.
            Total timed minutes: 37
            97112: perturbations at the pelvis on the Airex, step-and-stick off the 6 in step,
            tandem walking with head turns. Late stepping reaction and reduced ankle proprio-
            ception. Berg 46/56; SLS R 7 s.
            97110: leg press 70 lb 3 x 12, lateral step-ups 3 x 10, bridges 3 x 15, for B hip
            and quad weakness.
            Beartooth Front Rehab · 115 S Hauser Ave · Red Lodge, MT 59068 · (406) 555-0113
            Page 1 of 1
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], [SepTime]),

        // EMBT Markdown "- 97112 Neuromuscular re-education — 22 min" and "- 97110 Therapeutic exercise" with no minutes for the second code anywhere: separate time missing; both sections complete.
        ["v6-h211-embt-md-second-code-no-minutes"] = new(
            """
            # Daily Note — Embudo Canyon PT
            **Clinician:** Marisol Vigil, PT, DPT · **DOS:** 2026-11-19
            **Services:**
            - 97112 Neuromuscular re-education — 22 min
            - 97110 Therapeutic exercise
            - [x] 1:1 for all billed minutes
            **Neuro re-ed:** rocker board with eyes closed; step-and-stick onto the Airex; perturbations at the pelvis in tandem. Reduced ankle proprioception and a late stepping reaction. Berg 47/56; tandem 9 s.
            **Ther ex:** sit-to-stand with a 10 lb kettlebell 3 x 10; lateral band walks 3 laps; heel raises 3 x 15 — for B hip abductor and calf weakness.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for 97110/97530/97140/97116, wholly generic notes

        // An empty note on a 97112 with a diagnosis: DOC_NOTE_MISSING on the line and nothing else.
        ["v7-h211-empty-note-97112"] = new(
            "",
            ["R26.81"], [PT("97112", 22)], [At(NoteMissing, "97112")]),

        // A note of spaces, a tab and line breaks only on a two-code visit (97110, 97530) with no diagnosis: note missing on each line and diagnosis missing.
        ["v7-h211-whitespace-only-97110-97530-no-dx"] = new(
            "  \n\t\n  ",
            [], [PT("97110", 15), PT("97530", 12)], [At(NoteMissing, "97110"), At(NoteMissing, "97530"), Dx]),

        // An empty note on a PTA's 97116 with a diagnosis: note missing on the line and nothing else.
        ["v7-h211-empty-note-pta-97116"] = new(
            "",
            ["Z96.641"], [PTA("97116", 18)], [At(NoteMissing, "97116")]),

        // 97110's meaning in CRPT RTF: prone hip extension, cuffed abduction, mini squats, calf raises with doses (technique and measure), L hip extensor and abductor weakness after THA with a bass-boat goal (deficit), MMT and SLS; "\tab 17 min\par": passes.
        ["v7-h211-crpt-rtf-97110-bass-boat"] = new(
            """
            {\rtf1\ansi\deff0{\fonttbl{\f0\fswiss Arial;}}
            \f0\fs20\b COSSATOT RIVER PHYSICAL THERAPY\b0  \endash  Mena, AR\par
            \b Daily Note\b0\tab DOS 11/17/2026\tab Wade Pruitt, PT\par
            \b 97110 Therapeutic Exercise\b0\tab 17 min\par
            \b Tx:\b0\tab Prone hip extension 3 x 12; side-lying hip abduction with a 3 lb cuff 3 x 12; mini squats to the 18 in chair 3 x 10; standing calf raises 3 x 15.\par
            \b Deficit:\b0\tab L hip extensor and abductor weakness after the L THA; goal: step down into the bass boat from the dock.\par
            \b Objective:\b0\tab L hip abduction 4-/5 (3+/5 at eval); single-leg stance L 6 sec\par
            }
            """,
            ["Z96.642"], [PT("97110", 17)], []),

        // 97530's meaning in SPVN JSON for an OT: coffee-making reach to the top cabinet, mug carry on the walker tray, dishwasher loading (technique), R arm weakness and standing balance during reach after stroke with a breakfast goal (deficit), counts with CGA and SBA (measure); "minutes": 21: passes.
        ["v7-h211-spvn-json-ot-97530-morning-coffee"] = new(
            """
            {"visit_id": "SP-41290", "clinic": "Spavinaw Creek Home Therapy", "clinician": "Wren Sixkiller, OTR/L",
             "setting": "home",
             "services": [{"cpt": "97530", "description": "Therapeutic activities", "minutes": 21}],
             "interventions": "standing at the counter to make coffee with the R hand: reaching to the top cabinet for the can, scooping and pouring; carrying the mug to the table on the walker tray; loading the dishwasher from standing",
             "impairment": "R upper extremity weakness and poor standing balance during reach after the L stroke; goal: make her own breakfast",
             "objective": "top-cabinet reach x 6 with CGA; mug carry 15 ft x 3 with SBA; dishwasher loaded, 10 items, SBA"}
            """,
            ["I69.351"], [OT("97530", 21)], []),

        // 97140's meaning in KWRG tabs: L unilateral PAs at L3–L4, manual traction in hook-lying, myofascial release to the QL and thoracolumbar fascia (technique), lumbar side-bend and flexion hypomobility with a grain-bin goal (deficit), fingertip-to-floor and side-bend distances (measure); "97140 / Manual therapy / 12": passes.
        ["v7-h211-kwrg-tabs-97140-grain-bin"] = new(
            """
            KISHWAUKEE REHAB GROUP	DeKalb	Daily Note	11/17/2026
            CPT	Description	Min	Provider
            97140	Manual therapy	12	T. Okafor PT
            Techniques	L unilateral PA mobilizations at L3–L4, grade III; manual lumbar traction in hook-lying; myofascial release to the L quadratus lumborum and thoracolumbar fascia
            Impairment	L lumbar side-bend and flexion hypomobility with guarding; he can't bend to shovel corn out of the grain bin
            Objective	fingertip-to-floor 24 cm (31 cm before)	side-bend L 17 cm (R 21 cm)
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // 97116's meaning in a BTFR PDF copy for a PTA: AFO and single-point-cane gait on the floor, the ramp and the snowy sidewalk with cues, "cad-" / "ence" split, step-over-step stairs (technique), L foot drop and stiff-knee swing after stroke (deficit), distance with SBA and steps with CGA (measure); 19 min: passes.
        ["v7-h211-btfr-pdf-pta-97116-snowy-sidewalk"] = new(
            """
            Beartooth Front Rehab                                  Daily Treatment Note
            Patient: Norbert Jahnke       DOS: 11/20/2026          Therapist: Tamsin Greywolf, PTA
            97116 Gait training — 19 min.
            Gait training with the L AFO and a single-point cane on the clinic floor, the ramp and
            the snowy sidewalk outside, cues for L heel strike, knee flexion at swing and an even cad-
            ence; stair practice step-over-step with the rail.
            Findings: L foot drop and a stiff-knee L swing after the R hemisphere stroke; he catches
            the L toe on the threshold of his shop.
            Measures: 250 ft x 2 with the SPC and SBA; 12 steps with the rail and CGA.
            Beartooth Front Rehab · 115 S Hauser Ave · Red Lodge, MT 59068 · (406) 555-0113
            Page 1 of 1
            """,
            ["I69.354", "M21.372"], [PTA("97116", 19)], []),

        // MQVT HTML "<p>Balance training and coordination exercises.<br/>Pt tolerated well.&nbsp;Continue POC.</p>" with no delivery line: wholly generic, and no one-on-one statement.
        ["v7-h211-mqvt-html-balance-training-tolerated"] = new(
            """
            <p><b>MAQUOKETA VALLEY THERAPY</b> &ndash; Daily Treatment Note<br/>Clinician: Brent Sorensen, PT</p>
            <p><b>Service:</b> 97112 Neuromuscular re-education&nbsp;&ndash;&nbsp;22&nbsp;min</p>
            <p>Balance training and coordination exercises.<br/>Pt tolerated well.&nbsp;Continue POC.</p>
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // NMFT PTA "â€¢ Balance activities per POC", "â€¢ Tolerated well â€” no complaints", "â€¢ Continue plan of care" with "1:1" on the code's line: wholly generic; one-on-one stated.
        ["v7-h211-nmft-pta-1to1-balance-activities-per-poc"] = new(
            """
            NEMADJI FALLS THERAPY â€“ Superior, WI
            Daily note â€¢ Anders Sjoberg, PTA
            â€¢ 97112 Neuromuscular re-ed â€“ 23 min â€“ 1:1
            â€¢ Balance activities per POC
            â€¢ Tolerated well â€” no complaints
            â€¢ Continue plan of care
            """,
            ["R26.81"], [PTA("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // EMBT Markdown PTA 97110 "**Interventions:** Therapeutic exercises per flowsheet.", "**Assessment:** Tolerated well. Progressing.", "**Plan:** Continue per POC.": wholly generic for the 97110.
        ["v7-h211-embt-md-pta-97110-per-flowsheet"] = new(
            """
            # Daily Note — Embudo Canyon PT
            **Clinician:** Lucinda Archuleta, PTA
            **Service:** 97110 Therapeutic exercise — 15 min
            **Interventions:** Therapeutic exercises per flowsheet.
            **Assessment:** Tolerated well. Progressing.
            **Plan:** Continue per POC.
            """,
            ["M62.81"], [PTA("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // SPVN JSON 97530 "interventions": "functional activities", "impairment": "", "objective": "pt tolerated well, no complaints": wholly generic for the 97530.
        ["v7-h211-spvn-json-97530-functional-activities"] = new(
            """
            {"clinic": "Spavinaw Creek Home Therapy", "clinician": "Rhett Pickup, PT",
             "setting": "home",
             "services": [{"cpt": "97530", "description": "Therapeutic activities", "minutes": 16}],
             "interventions": "functional activities",
             "impairment": "",
             "objective": "pt tolerated well, no complaints"}
            """,
            ["M62.81"], [PT("97530", 16)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // KWRG pipes 97140 "Notes|Manual techniques as tolerated. Pt did well. Continue POC.": wholly generic for the 97140.
        ["v7-h211-kwrg-pipes-97140-manual-as-tolerated"] = new(
            """
            KISHWAUKEE REHAB GROUP | DeKalb | Daily Note
            CPT|Description|Min|Provider
            97140|Manual therapy|10|T. Okafor PT
            Notes|Manual techniques as tolerated. Pt did well. Continue POC.
            """,
            ["M54.50"], [PT("97140", 10)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes (and two with no diagnosis)

        // MQVT HTML with "&#8217;" apostrophes; BAPS in standing eyes open then closed, beam walking with a ball toss, foam eyes closed with a called head turn; plantar proprioception and visual dependence; FGA and mCTSIB; one-on-one; 23 min: passes.
        ["vord-h211-mqvt-html-lineman-dark-barn-aisle"] = new(
            """
            <p><b>MAQUOKETA VALLEY THERAPY</b> &#8211; Daily Treatment Note<br/>Clinician: Dana Hruska, PT, DPT&nbsp;&nbsp;|&nbsp;&nbsp;DOS: 11/17/2026</p>
            <p><b>Subjective:</b> Pt&#8217;s a retired rural-electric lineman; he&#8217;s stumbling in the dark barn aisle at chore time.</p>
            <p><b>Service:</b> 97112 Neuromuscular re-education&nbsp;&#8211;&nbsp;23&nbsp;min</p>
            <p><b>Delivery:</b> one-on-one, PT and patient only.</p>
            <ul><li>BAPS board in standing, clockwise and counter-clockwise, eyes open then closed</li><li>Beam walking with a ball toss</li><li>Standing on foam with eyes closed and a head turn to a called side</li></ul>
            <p><b>Impairment:</b> reduced proprioception in both feet with heavy visual dependence in low light.</p>
            <p><b>Measures:</b> FGA 22/30; mCTSIB condition 4 held 16 s.</p>
            """,
            ["G62.9"], [PT("97112", 23)], []),

        // MQVT HTML two codes "97140 …&nbsp;&#8211;&nbsp;11&nbsp;min" and "97110 …&nbsp;&#8211;&nbsp;15&nbsp;min", both exact; GH posterior glides and STM; sidelying ER, rows, wall slides with doses; R shoulder hypomobility and cuff weakness; flexion and ER in "&deg;": passes.
        ["vord-h211-mqvt-html-shoulder-97140-97110"] = new(
            """
            <p><b>MAQUOKETA VALLEY THERAPY</b> &#8211; Daily Treatment Note<br/>Clinician: Brent Sorensen, PT&nbsp;&nbsp;|&nbsp;&nbsp;DOS: 11/18/2026</p>
            <p><b>Subjective:</b> Drives the school bus; still can&#8217;t reach the overhead mirror with the R arm.</p>
            <p><b>Service:</b> 97140 Manual therapy&nbsp;&#8211;&nbsp;11&nbsp;min</p>
            <ul><li>Grade III posterior glides of the R glenohumeral joint</li><li>STM to the R upper trapezius and levator scapulae</li></ul>
            <p><b>Service:</b> 97110 Therapeutic exercise&nbsp;&#8211;&nbsp;15&nbsp;min</p>
            <ul><li>Sidelying ER with a 2 lb weight 3 x 12</li><li>Rows, blue band, 3 x 15</li><li>Wall slides 2 x 12</li></ul>
            <p><b>Impairment:</b> R shoulder ER and flexion hypomobility with rotator cuff weakness.</p>
            <p><b>Measures:</b> R shoulder flexion 142&deg; (131&deg; last week); ER 58&deg;.</p>
            """,
            ["M75.111"], [PT("97140", 11), PT("97110", 15)], []),

        // MQVT HTML OT 97530: front-loader unloading from half-kneel, hanging shirts on the line, hose step-over with the basket; L hemiparesis and standing balance with a washing goal; half-kneel rises with min A, carries with CGA; 20 min: passes.
        ["vord-h211-mqvt-html-ot-97530-wash-day"] = new(
            """
            <p><b>MAQUOKETA VALLEY THERAPY</b> &#8211; OT Daily Note<br/>Clinician: Rosalyn Meints, OTR/L</p>
            <p><b>Service:</b> 97530 Therapeutic activities&nbsp;&#8211;&nbsp;20&nbsp;min</p>
            <ul><li>Pulling wet clothes from the front loader into the basket, from a half-kneel</li><li>Hanging shirts on the line at shoulder height, 12 shirts</li><li>Stepping over the garden hose while carrying the basket</li></ul>
            <p><b>Impairment:</b> L hemiparesis with poor standing balance during reach and carry after the R stroke; goal: do the wash and hang it out.</p>
            <p><b>Measures:</b> half-kneel to stand x 4 with min A; basket carry 25 ft x 3 with CGA.</p>
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // CRPT RTF PTA two codes "97112 …\tab 22 min\tab 1:1\par" and "97110 …\tab 12 min\par", both exact, each with its own deficit and measure lines: passes.
        ["vord-h211-crpt-rtf-pta-ankle-97112-97110"] = new(
            """
            {\rtf1\ansi\deff0{\fonttbl{\f0\fswiss Arial;}}
            \f0\fs20\b COSSATOT RIVER PHYSICAL THERAPY\b0  \endash  Mena, AR\par
            \b Daily Note\b0\tab DOS 11/19/2026\tab Bobbie Jo Maddox, PTA\par
            \b 97112 Neuromuscular Re-ed\b0\tab 22 min\tab 1:1\par
            \tab Perturbation training in tandem; step-and-stick onto the Airex; walking with head turns to the L and R.\par
            \tab Deficit: delayed stepping reaction and reduced proprioception at the R ankle after the fracture.\par
            \tab Measure: Berg 48/56; SLS R 8 sec.\par
            \b 97110 Therapeutic Exercise\b0\tab 12 min\par
            \tab Heel raises 3 x 15; banded ankle eversion 3 x 15; step-ups to the 6 in step 3 x 10.\par
            \tab Deficit: R calf and evertor weakness.\par
            \tab Measure: single-leg heel raise R 9 reps (L 22).\par
            }
            """,
            ["S82.891D"], [PTA("97112", 22), PTA("97110", 12)], []),

        // CRPT RTF 97116 with "Parkinson\'92s": rollator gait indoors and on gravel and grass with cues, turns round the picnic table; shuffling steps, en bloc turns and freezing at thresholds; distance with SBA and 10MWT; 20 min: passes.
        ["vord-h211-crpt-rtf-97116-picnic-table-turns"] = new(
            """
            {\rtf1\ansi\deff0{\fonttbl{\f0\fswiss Arial;}}
            \f0\fs20\b COSSATOT RIVER PHYSICAL THERAPY\b0  \endash  Mena, AR\par
            \b Daily Note\b0\tab DOS 11/20/2026\tab Carla Stidham, PT\par
            \b 97116 Gait Training\b0\tab 20 min\par
            \b Tx:\b0\tab Gait with the rollator on the clinic floor, then outdoors on the gravel and the grass, cues for heel strike and step length; turning around the picnic table.\par
            \b Deficit:\b0\tab Short shuffling steps and en bloc turns (Parkinson\'92s); freezing at the door thresholds.\par
            \b Objective:\b0\tab 400 ft with the rollator and SBA; 10MWT 0.81 m/s\par
            }
            """,
            ["G20.A1"], [PT("97116", 20)], []),

        // CRPT RTF "[X] Individual"; sensory reintegration on textured mats barefoot, foam eyes closed, half-roller step-and-stick; plantar sensory loss after chemotherapy with a slow ankle strategy; monofilament count and Berg; 23 min: passes.
        ["vord-h211-crpt-rtf-chemo-neuropathy-textured-mats"] = new(
            """
            {\rtf1\ansi\deff0{\fonttbl{\f0\fswiss Arial;}}
            \f0\fs20\b COSSATOT RIVER PHYSICAL THERAPY\b0  \endash  Mena, AR\par
            \b Daily Note\b0\tab DOS 11/17/2026\tab Wade Pruitt, PT\par
            \b 97112 Neuromuscular Re-ed\b0\tab 23 min\par
            \b Delivery:\b0\tab [X] Individual\tab [ ] Group\par
            \b Tx:\b0\tab Sensory reintegration on textured mats, barefoot; foam stance with eyes closed; step-and-stick onto the half roller.\par
            \b Deficit:\b0\tab Loss of plantar sensation in both feet after chemotherapy, with a slow ankle strategy.\par
            \b Objective:\b0\tab Monofilament 5.07: 4 of 10 plantar sites felt\tab Berg 47/56\par
            }
            """,
            ["G62.0"], [PT("97112", 23)], []),

        // BTFR PDF with "reaching out-" ending page 1 and "side the base of support" starting page 2 (a word across the page break); backward walking with pelvic perturbations, backward step-and-stick onto foam, rocker eyes closed; delayed backward stepping and retropulsion; Berg and pull-test count; one-on-one; 22 min: passes.
        ["vord-h211-btfr-pdf-saddle-maker-backward-stepping"] = new(
            """
            Beartooth Front Rehab                                  Daily Treatment Note
            Patient: Roald Fjelstad       DOS: 11/19/2026          Therapist: Mika Salo, PT, DPT
            S: Retired saddle maker; loses his balance stepping back from the workbench.
            97112 Neuromuscular re-education — 22 min, one-on-one with the PT.
            Interventions: backward walking with perturbations at the pelvis; stepping backward
            onto foam to a stick landing; rocker board A/P with eyes closed; reaching out-
            Beartooth Front Rehab · 115 S Hauser Ave · Red Lodge, MT 59068 · (406) 555-0113
            Page 1 of 2
            Beartooth Front Rehab                                  Daily Treatment Note
            Patient: Roald Fjelstad       DOS: 11/19/2026
            side the base of support to cones on a high shelf.
            Findings: delayed backward stepping reaction and a poor ankle strategy; retropulsion
            on quick turns.
            Measures: Berg 45/56; 4 of 6 backward pull-test recoveries without a second step.
            Beartooth Front Rehab · 115 S Hauser Ave · Red Lodge, MT 59068 · (406) 555-0113
            Page 2 of 2
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // BTFR PDF 97110: kettlebell deadlifts from a block, bird-dogs, Pallof press, farmer carries with doses; lumbar extensor and core weakness with a hay-bale goal; prone extension hold seconds; 16 min: passes.
        ["vord-h211-btfr-pdf-97110-hay-bales"] = new(
            """
            Beartooth Front Rehab                                  Daily Treatment Note
            Patient: Wendell Haugland     DOS: 11/20/2026          Therapist: Ross Tolliver, PT
            97110 Therapeutic exercise — 16 min.
            Kettlebell deadlifts with 30 lb from a 12 in block 3 x 8; bird-dogs 3 x 10 each side;
            Pallof press, red band, 3 x 12 each side; farmer carries with 25 lb in each hand,
            4 x 50 ft.
            Findings: lumbar extensor and core weakness with low back pain when he throws hay
            bales into the truck bed.
            Objective: prone trunk extension hold 34 s (21 s at eval).
            Beartooth Front Rehab · 115 S Hauser Ave · Red Lodge, MT 59068 · (406) 555-0113
            Page 1 of 1
            """,
            ["M54.50"], [PT("97110", 16)], []),

        // BTFR PDF two codes on one line "97112 … — 23 min; 97116 … — 15 min. Both one-" / "on-one with the PT.", both exact; tall-kneel stabilisation, Airex step-and-stick, standing PNF D2 with motor recruitment "re-" / "cruitment" and Berg; hemi-walker gait with cues, stiff R knee, distance and CGA: passes.
        ["vord-h211-btfr-pdf-two-codes-one-line-hyphenated"] = new(
            """
            Beartooth Front Rehab                                  Daily Treatment Note
            Patient: Delphine Roubideaux  DOS: 11/18/2026          Therapist: Mika Salo, PT, DPT
            97112 Neuromuscular re-education — 23 min; 97116 Gait training — 15 min. Both one-
            on-one with the PT.
            97112: rhythmic stabilization in tall kneel; step-and-stick onto the Airex leading
            with the R; PNF D2 flexion of the R LE in standing. Poor R hip and knee motor re-
            cruitment after the L MCA stroke. Berg 42/56.
            97116: hemi-walker gait in the hall with cues for R knee flexion at swing and a long-
            er L step. R hemiparetic gait with a stiff R knee. 160 ft x 2 with the hemi-walker and
            CGA.
            Beartooth Front Rehab · 115 S Hauser Ave · Red Lodge, MT 59068 · (406) 555-0113
            Page 1 of 1
            """,
            ["I69.351"], [PT("97112", 23), PT("97116", 15)], []),

        // TBNR two-column read across: large-amplitude metronome stepping, backward and lateral step training to a release, floor-cue turns; postural instability with festination and freezing in Parkinson's; TUG and pull-test count; 22 min 1:1: passes.
        ["vord-h211-tbnr-two-column-parkinson-pull-test"] = new(
            """
            TALLAPOOSA BEND NEURO REHAB — Treatment Record                     Alexander City, AL
            SERVICE / TECHNIQUES                             FINDINGS / MEASURES
            97112 Neuro re-ed  22 min  1:1 with PT           Parkinson's: postural instability
            Large-amplitude stepping to floor lines          with festination, a slow, small
            with a metronome; backward and lateral           backward step on the pull test, and
            step training to a release; turning with         freezing in doorways.
            visual floor cues.                               TUG 12.4 s; 3 of 5 pull-test trials
                                                             recovered in two steps or fewer.
            Therapist: Loretta Coker, PT, DPT                DOS 11/17/2026
            """,
            ["G20.A2"], [PT("97112", 22)], []),

        // TBNR two-column OT 97530: table setting with items to the L, L scanning to an anchor line, stirring at the counter with the L hand assisting; L neglect and hemiparesis after R MCA stroke; items found and stands with SBA; 20 min: passes.
        ["vord-h211-tbnr-two-column-ot-97530-table-setting"] = new(
            """
            TALLAPOOSA BEND NEURO REHAB — Treatment Record                     Alexander City, AL
            SERVICE / TECHNIQUES                             FINDINGS / MEASURES
            97530 Ther activities  20 min                    L neglect and L hemiparesis after the
            Kitchen task: setting the table for four,        R MCA stroke; misses items on the L
            with items placed to the L; scanning to          of the counter.
            the L with a red anchor line; standing           Found 9 of 12 items on the L with one
            at the counter to stir a pot with the L          cue; stood at the counter 3 times with
            hand assisting.                                  SBA.
            Therapist: Jolene Pritchett, OTR/L               DOS 11/18/2026
            """,
            ["I69.354", "R41.4"], [OT("97530", 20)], []),

        // TBNR two columns, one code each, read across: "97112 Neuro re-ed — 23 min, 1:1 with PT" beside "97110 Ther ex — 14 min", both exact, each column with technique, deficit and measure: passes.
        ["vord-h211-tbnr-two-codes-112-110-side-by-side"] = new(
            """
            TALLAPOOSA BEND NEURO REHAB — Treatment Record                     Alexander City, AL
            NEURO RE-ED                                      THER EX
            97112 Neuro re-ed — 23 min, 1:1 with PT          97110 Ther ex — 14 min
            Tx: foam stance with head turns; tandem          Tx: sit-to-stand 3 x 10 holding a 5 lb
            walking with a ball pass; rocker board           ball; step-ups onto the 6 in box 3 x 10;
            M/L with eyes closed.                            side-lying hip abduction 3 x 12.
            Deficit: reduced proprioception in both          Deficit: B hip abductor and quad
            feet and a late ankle strategy.                  weakness.
            Measure: Berg 46/56; tandem 11 s.                Measure: 5xSTS 13.8 s.
            Therapist: Darnell Oakes, PT                     DOS 11/20/2026
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], []),

        // NMFT mojibake "â€œI canâ€™t trust my legs on the ice,â€"; slider-board slip perturbations, foam step-and-stick eyes closed, called stops and starts; slow reactive stepping and postural control on slips; slides recovered of ten and Mini-BESTest; one-on-one; 23 min: passes.
        ["vord-h211-nmft-ore-boat-deckhand-slip-perturbations"] = new(
            """
            NEMADJI FALLS THERAPY â€“ Superior, WI
            Daily note â€¢ Per Halvorsen, PT, DPT â€¢ 11/17/2026
            S: â€œI canâ€™t trust my legs on the ice,â€ says the retired ore-boat deckhand.
            â€¢ 97112 Neuromuscular re-ed â€“ 23 min â€“ one-on-one
            â€¢ Slip-perturbation training on the slider board, forward and lateral
            â€¢ Step-and-stick onto foam with eyes closed
            â€¢ Walking with sudden stops and starts on a called cue
            A: Slow reactive stepping and impaired postural control on unexpected slips.
            O: 6 of 10 slides recovered without hands; Mini-BESTest 20/28.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // NMFT OT 97110 with "canâ€™t" and "Â°": dowel flexion, serratus punches, banded rows, retraction holds with doses; R shoulder flexor and scapular weakness after humerus fracture with a cupboard goal; flexion degrees; "â€“ 14 min": passes.
        ["vord-h211-nmft-ot-97110-top-shelf"] = new(
            """
            NEMADJI FALLS THERAPY â€“ Superior, WI
            OT daily note â€¢ Solveig Aho, OTR/L â€¢ 11/18/2026
            â€¢ 97110 Therapeutic exercise â€“ 14 min
            â€¢ Shoulder flexion with a dowel 3 x 12; serratus punches with a 2 lb weight 3 x 12; rows with a green band 3 x 15; scapular retraction holds 10 x 5 sec
            A: R shoulder flexor and scapular weakness after the R proximal humerus fracture; pt canâ€™t reach the top shelf of the cupboard.
            O: R shoulder AROM flexion 118Â° (102Â° at eval).
            """,
            ["S42.201D"], [OT("97110", 14)], []),

        // NMFT PTA 97116 with real "•" bullets: cane gait on the floor and the snowy ramp with cues, curb practice; antalgic R gait after TKA; distance with SBA and curbs with CGA; 17 min: passes.
        ["vord-h211-nmft-pta-97116-snowy-ramp"] = new(
            """
            NEMADJI FALLS THERAPY â€“ Superior, WI
            Daily note • Anders Sjoberg, PTA • 11/19/2026
            • 97116 Gait training â€“ 17 min
            • Cane gait on the clinic floor and the snowy ramp, cues for R heel strike and an even step; curb step-up and step-down
            • Antalgic R gait with a short R stance after the R TKA
            • 300 ft x 2 with the SPC and SBA; curb x 4 with CGA
            """,
            ["Z96.651"], [PTA("97116", 17)], []),

        // KWRG pipes "97112|Neuromuscular re-ed|22|Y|…": X1 on foam, habituation to quick R head turns, feet together on foam eyes closed; R vestibular hypofunction after neuritis; DGI and FGA: passes.
        ["vord-h211-kwrg-pipes-vestibular-neuritis"] = new(
            """
            KISHWAUKEE REHAB GROUP | DeKalb | Daily Note | 11/19/2026
            CPT|Description|Min|1:1|Provider
            97112|Neuromuscular re-ed|22|Y|T. Okafor PT
            Technique|Detail
            Gaze stabilization|X1 viewing, standing on foam, horizontal and vertical
            Habituation|quick head turns toward the R while walking the hall
            Sensory organization|feet together on foam with eyes closed
            Impairment|R vestibular hypofunction with dizziness on quick head turns after vestibular neuritis
            Measure|DGI 19/24; FGA 22/30
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // KWRG tabs two codes "97112 / 22 / Y" and "97530 / 14 / Y", both exact; PNF D1/D2 of the L UE, half-kneel trunk stabilisation, L weight shifts to a reach; seed-corn bag lifts and cart pushing with counts; L hemiparesis with recruitment and lifting limits; Berg and assistance: passes.
        ["vord-h211-kwrg-tabs-97112-97530-seed-corn"] = new(
            """
            KISHWAUKEE REHAB GROUP	Sycamore office	Daily Note	11/20/2026
            CPT	Description	Min	1:1
            97112	Neuromuscular re-ed	22	Y
            97530	Therapeutic activities	14	Y
            97112 detail	PNF D1 and D2 of the L UE in standing; rhythmic stabilization at the trunk in half-kneel; weight shifts onto the L to a reach target
            97530 detail	lifting 10 lb seed-corn bags from the floor to a shelf x 8; pushing the loaded shop cart 100 ft x 2
            Impairment	L hemiparesis with poor recruitment of the L trunk and shoulder girdle after the R stroke; lifting and pushing limited by L arm weakness
            Measure	Berg 44/56	bag lifts with SBA, cart push with CGA
            """,
            ["I69.354"], [PT("97112", 22), PT("97530", 14)], []),

        // KWRG pipes 97140 "|9|": talocrural posterior glides with movement in weight bearing, subtalar glides, calf STM; R ankle dorsiflexion hypomobility after fracture with an irrigation-pivot goal; knee-to-wall cm: passes.
        ["vord-h211-kwrg-pipes-97140-ankle-mobilisation"] = new(
            """
            KISHWAUKEE REHAB GROUP | DeKalb | Daily Note | 11/18/2026
            CPT|Description|Min|Provider
            97140|Manual therapy|9|T. Okafor PT
            Technique|Detail
            Talocrural posterior glides|grade III, in weight bearing with the strap (mobilization with movement)
            Subtalar lateral glides|grade III
            STM|R gastrocnemius-soleus
            Impairment|R ankle dorsiflexion hypomobility after the R lateral malleolus fracture; he can't squat to check the irrigation pivots
            Measure|R knee-to-wall 6 cm (3 cm before); L 11 cm
            """,
            ["S82.61XD"], [PT("97140", 9)], []),

        // EMBT Markdown PTA: VOR x1 with vertical head movements, vertical head-turn walking reading wall cards, foam reaching to a cabinet target; bilateral vestibular hypofunction with gait instability on head tilts; DGI and FGA; "- [x] 1:1"; 22 min: passes.
        ["vord-h211-embt-md-pta-bus-driver-looking-up"] = new(
            """
            # Daily Note — Embudo Canyon PT
            **Clinician:** Lucinda Archuleta, PTA (supervising PT: Marisol Vigil, PT, DPT)
            **Subjective:** Retired city bus driver; "the floor moves" when she looks up at the kitchen cabinets.
            **Service:** 97112 Neuromuscular re-education — 22 min
            - [x] 1:1 for all billed minutes
            **Interventions:**
            - VOR x1 in sitting and standing with vertical head movements
            - Walking with vertical head turns, reading cards on the wall
            - Standing on foam, reaching up to a cabinet-height target
            **Assessment:** bilateral vestibular hypofunction with gait instability on head tilts.
            **Objective:** DGI 17/24; FGA 18/30.
            """,
            ["H81.23"], [PTA("97112", 22)], []),

        // EMBT Markdown two codes "- 97116 Gait training — 18 min" and "- 97110 Therapeutic exercise — 12 min", both exact; RW gait on tile, carpet and ramp with cues, short L step, distance and curb assistance; quad sets, long-arc quads, heel slides with doses for quad weakness and extension lag: passes.
        ["vord-h211-embt-md-97116-97110-after-tka"] = new(
            """
            # Daily Note — Embudo Canyon PT
            **Clinician:** Ezequiel Montoya, PT · **DOS:** 2026-11-20
            **Time:**
            - 97116 Gait training — 18 min
            - 97110 Therapeutic exercise — 12 min
            **Gait (97116):** rolling-walker gait on the tile, the carpet and the ramp, cues for heel strike and a longer L step; step-to on the curb. Short L step with a flexed L knee in stance after the L TKA. 250 ft x 2 with the RW and SBA; curb with CGA.
            **Ther ex (97110):** quad sets 3 x 10 with 5 s holds; long-arc quads with a 3 lb cuff 3 x 12; heel slides 3 x 15. L quad weakness with an extension lag; L knee extension lacking 8° (12° last week).
            """,
            ["Z96.652"], [PT("97116", 18), PT("97110", 12)], []),

        // SPVN JSON complete 97112 (one-on-one in words with her sister visiting, counter rhythmic stabilisation, back-step step-and-stick, pillow stance eyes closed; postural control and ankle proprioception; Berg and SLS) sent with no diagnosis: diagnosis missing only.
        ["vord-h211-spvn-json-complete-97112-no-dx"] = new(
            """
            {"visit_id": "SP-41302", "clinic": "Spavinaw Creek Home Therapy", "clinician": "Rhett Pickup, PT",
             "setting": "home",
             "services": [{"cpt": "97112", "description": "Neuromuscular re-education", "minutes": 22}],
             "attendance": "one-on-one; her sister was visiting from Grove",
             "interventions": "rhythmic stabilization at the shoulders in tandem stance by the kitchen counter; step-and-stick off the back step onto the grass; standing on a bed pillow with eyes closed",
             "impairment": "impaired postural control with reduced ankle proprioception and a late stepping response",
             "objective": "Berg 45/56; SLS R 5 sec, L 7 sec"}
            """,
            [], [PT("97112", 22)], [Dx]),

        // EMBT Markdown OT complete 97110 (putty, wrist extension, finger abduction, opposition with doses; L hand intrinsic and grip weakness after carpal tunnel release with a pottery-tool goal; grip and pinch kg) sent with no diagnosis: diagnosis missing only.
        ["vord-h211-embt-md-ot-complete-97110-no-dx"] = new(
            """
            # Daily Note — Embudo Canyon PT & OT
            **Clinician:** Teodora Baca, OTR/L · **DOS:** 2026-11-18
            **Service:** 97110 Therapeutic exercise — 16 min
            **Exercises:**
            - Putty pinch and grip, green, 3 x 15
            - Wrist extension with a 1 lb weight 3 x 12
            - Finger abduction against a rubber band 3 x 15
            - Thumb opposition to each fingertip 3 x 10
            **Impairment:** L hand intrinsic and grip weakness after the L carpal tunnel release; she can't hold her pottery trimming tools.
            **Objective:** grip L 11 kg (R 24 kg); lateral pinch L 3 kg.
            """,
            [], [OT("97110", 16)], [Dx]),

    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
