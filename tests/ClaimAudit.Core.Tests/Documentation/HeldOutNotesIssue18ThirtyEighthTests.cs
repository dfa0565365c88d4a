using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The thirty-eighth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The notes are written AS THEY ARRIVE IN A BILLING EXPORT FILE, not as they looked on the clinician's screen:
/// a random week from several clinics whose EMRs, transcription services, fax servers and dictation software
/// leave their own artifacts in the note text, in the proportions a billing manager sees them — about three in
/// five ordinary and complete, single- and multi-code visits, by PTs, PTAs and OTs:
/// <list type="number">
/// <item>Willamette Valley PT &amp; Balance and Sonoran Neuro &amp; Balance, on web EMRs that export the note
/// as HTML: <c>&lt;p&gt;</c>, <c>&lt;br&gt;</c>, <c>&lt;b&gt;</c>, <c>&lt;ul&gt;&lt;li&gt;</c>,
/// <c>&lt;table&gt;&lt;tr&gt;&lt;td&gt;</c> rows and Min columns, <c>&lt;span style=…&gt;</c> with font sizes,
/// widths and colours, and entities (<c>&amp;nbsp;</c>, <c>&amp;amp;</c>, <c>&amp;gt;</c>, <c>&amp;ndash;</c>,
/// <c>&amp;times;</c>, <c>&amp;deg;</c>, <c>&amp;#39;</c>, ballot boxes <c>&amp;#9745;</c> / <c>&amp;#9744;</c>);</item>
/// <item>Three Rivers Orthopaedic Group's PT department, whose notes come back from a transcription service as
/// RTF (<c>{\rtf1 …}</c>, <c>\par</c>, <c>\b … \b0</c>, <c>\tab</c> columns, <c>\'96</c> and <c>\endash</c>
/// dashes, <c>\u9746?</c> check boxes, <c>\fs22 \li720 \sa120</c> control words);</item>
/// <item>exports that flatten line breaks: Flint Hills Rehab (" | "), Sea Island Therapy (" ~ "), Tamarack
/// Senior Living's outpatient therapy ("¶"), Canyon Country OT &amp; Hand (" // ") and Finger Lakes Rehab (a
/// literal backslash-n);</item>
/// <item>Iron Range Therapy Services on a legacy all-caps practice-management system with fixed-width CPT / MIN /
/// UNT columns and fields truncated at their width ("PROPRIOCEP", "STRATE");</item>
/// <item>Driftless Area Rehab's satellite, whose paper flowsheets are faxed and run through OCR (l for 1, O for 0,
/// "rn" for m, boxes read as "[]", "[X]", "D" and "0", a fax header line with phone, date and page numbers);</item>
/// <item>Piedmont Neuro Rehab, dictated with Dragon and not proofread ("neuro muscular re-education", "one on one",
/// numbers and minutes in words, "period", "comma", "colon" and "new paragraph" left in, "glutes medias", "quad
/// Kane");</item>
/// <item>Gulf Breeze Physical Therapy and Chesapeake Hand &amp; Upper Extremity (OT), pasted from Word (’ “ ” – —
/// …, non-breaking hyphens and spaces, a soft hyphen, ☒ / ☐, ″ for inches), and a clearinghouse whose note field
/// cuts the text at its limit mid-word.</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and in pairs, by PT, PTA and OT.
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract to the note as
/// rendered — markup is not content:
/// <list type="bullet">
/// <item>class 1 (v1-h38-…): one-on-one in these exports ("Delivery: one-on-one – therapist &amp; patient only" in
/// HTML, an RTF "Individual session – one therapist, one patient, no overlapping patients", dictated "one on one
/// for the whole session", a literal-\n "1 to 1 w/ PT throughout", Word's non-breaking hyphens in "one‑on‑one", an
/// OCR'd "l:1 … no other pts on PT's schedu1e"), notes that negate it (a balance group of five, an all-caps
/// "CONCURRENT W/ 1 OTHER PT", a dictated dyad with the PT alternating) or never state it (an HTML table, a note
/// truncated before anything about delivery), and a Tamarack gait group on 97116, which has no one-on-one
/// check;</item>
/// <item>class 2 (v2-h38-…): check-box and field states as exported: HTML ballot-box entities, a table's
/// One-on-one "Y" and a "1:1 attended" "N", OCR'd boxes "[X] Individual D Group 0 Co-treat" and "[] Individual [X]
/// Group", RTF <c>\u9746?</c> / <c>\u9744?</c>, Word's "Yes ☒ No ☐", an all-caps "DEFICIT ADDR:" field left blank,
/// flattened measure cells "Berg: ___", an HTML drop-down left on its placeholder, "1:1? Y [ ] N [ ]" with neither
/// box ticked;</item>
/// <item>class 3 (v3-h38-…): named programmes and devices as techniques (BalanceWear torso weighting, Neuro-IFRAH,
/// the Tymo plate, a Meta Quest VR game, the Rifton TRAM, MOTOmed cycling, Kaltenborn glides, the Brock string
/// with X1 work), one FallProof circuit class (not one-on-one), one Kabat PNF 97112 with no number at all and one
/// Bal-A-Vis-X 97112 with no deficit;</item>
/// <item>class 4 (v4-h38-…): deficits stated as findings (dysdiadochokinesia and rebound, extinction to double
/// simultaneous stimulation, clonus with a spastic catch, absent vibration at the great toe, recurvatum with
/// vaulting on a 97116, contralateral pelvic drop on a 97110, a capsular pattern with a firm end-feel on a 97140,
/// left neglect on a cancellation sheet on a 97530) and notes that state none ("refer to IE dated …", "Deficit: —
/// | Goal: per POC", "Deviations: nil ~ Goal: see POC" on a 97116);</item>
/// <item>class 5 (v5-h38-…): measures in their usual forms (an HTML re-assessment table, scores dictated in words,
/// OCR'd digits, a 6MWT in feet, Y-balance reaches, gait speeds, doses written with <c>&amp;times;</c>) and notes
/// with none, where the only numbers are markup (font sizes, widths, colours), RTF control words, a fax header,
/// or "…" and "felt much steadier";</item>
/// <item>class 6 (v6-h38-…): minutes in their usual forms (an HTML Min column, RTF tab columns, minutes in words,
/// OCR'd "22 rnin" beside "97ll2", a clock range written with <c>&amp;ndash;</c>, PT and OT each with their own),
/// true mismatches (an all-caps MIN column, an HTML cell, dictated "thirty minutes") and truly missing separate
/// time (a total only, time in / time out only, a note cut off before the second code's minutes);</item>
/// <item>class 7 (v7-h38-…): empty notes — an HTML paragraph holding only <c>&amp;nbsp;</c>, an RTF shell with no
/// text, pilcrows only (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check) — the
/// contract's meanings of technique, deficit and measure for 97110, 97530, 97140 and 97116, and wholly generic
/// 97110 and 97530 notes;</item>
/// <item>ordinary (vord-h38-…): complete notes of every source across codes and disciplines that a reviewer passes
/// (the false-positive guard), and the ordinary weak ones: a note with no diagnosis, a generic two-code all-caps
/// note with a blank MIN column and a total, a PTA 97112 that never says one-on-one, an OCR'd minutes figure that
/// differs, a free-text diagnosis, minutes for one of two codes, a "1:1 balance training, tolerated well" note.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by at least ten minutes and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. A 97112 passes the measure check here only on
/// an objective measure with a number, and fails it only when the note has no such number and no dose at all;
/// for the other codes a dose (sets, repetitions, load, hold, revolutions, distance, assistance level) is a
/// measure. Markup is read as formatting: an entity is the character it stands for, a tag or an RTF control word
/// is not text, a number inside markup (a font size, a width, a colour, <c>\fs22</c>) is not a measure, and a
/// note of markup alone is empty. OCR and dictation errors are read as a reviewer reads them only where the
/// reading is unmistakable (<c>2l min</c>, <c>1O.8 sec</c>, "twenty two minutes"). A note cut off at a character
/// limit is judged on what survives. Numbers that are not minutes of a code or measures (fax numbers and page
/// counts, dates, transcription IDs, provider numbers, a units column, a metronome's beats per minute, step
/// heights) are read as what they are; in a visit with one timed code, minutes or a clock range stated without a
/// code are that code's.
/// Cases a careful reviewer could argue either way were left out: a content gap in one section of a
/// multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or when the whole note lacks
/// the thing), generic phrases beside a deficit or a measure without a technique, minutes of an activity inside a
/// note, self-rated scores or vitals as the only number, a grade with no dose as a 97140's only parameter, a
/// one-on-one left to be inferred, "gait training" alone on a 97116, an OCR or dictation error that destroys the
/// only carrier of a required element, three-character or dotless diagnosis codes, minute ranges and approximate
/// minutes, a task practised read as a 97530's goal, a diagnosis named in the note as a 97112's only target, the
/// previous visit's numbers as a note's only measure, an exercise's name as a 97110's only region, and any
/// finding that would depend on whether an unprofiled code carries a documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 77 of 109 cases agree (107 needed), and 19 of the 68 notes the reviewer passes got a finding, on the
/// analyzer of bde89f8 (the start of the 2026-12-05 fourth session; a separate worktree, only these figures read) —
/// its first run: nothing had changed before it. The disagreements were the exports' own: HTML tables and markup
/// (minutes per code unread, a note of markup alone read as a note), RTF, one-line notes whose breaks were tildes, a
/// legacy system's fixed-width listing (the units column read as minutes) and OCR ("rnin", "2O", "97ll2").
/// </para>
/// <para>
/// After: development data, worked through: 109 of 109, no false positive — a note exported as HTML, RTF, "\n", spaced
/// tildes or pilcrows is read as the text it renders (NoteMarkup, RtfText; fingerprinted as exported), a fixed-width
/// listing's minutes are the number under its MIN heading, an OCR'd flowsheet's numbers are repaired where "rnin" signs
/// it, "1:1 attended | N" is answered no, "P. 002/003" is a page count, "Findings: … absent" states a deficit, and
/// vocabulary (joint approx, target foot placement, weighted vest, dyn valgus, neuromusc control, sandwich and towel
/// tasks). New examples of each in NotesAsWrittenTests "exported-notes" (seen to fail before) and NoteMarkupTests.
/// </para>
/// </summary>
public class HeldOutNotesIssue18ThirtyEighthTests(ITestOutputHelper output)
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

        // Willamette HTML export, "<b>Delivery:</b>&nbsp;one-on-one &ndash; therapist &amp; patient only": half-roller shifts, tap-downs, ball catch on foam; delayed hip strategy and knee/ankle proprioception after TKA; Tinetti POMA: passes.
        ["v1-h38-html-delivery-therapist-and-patient-only"] = new(
            """<div class="cn-note"><p><b>WILLAMETTE VALLEY PT &amp; BALANCE</b><br>Daily Note &ndash; Neuro/Balance<br>Provider: S. Lindqvist, PT, DPT</p><p><b>Delivery:</b>&nbsp;one-on-one &ndash; therapist &amp; patient only, private treatment room</p><p><b>97112 Neuromuscular Re-ed</b> &ndash; 23 min<br>&bull; Stance on half foam roller, A/P weight shifts, eyes closed on the last set, 3 x 30 sec<br>&bull; Tap-downs off a 4&quot; step to cone targets, 2 x 10 each LE<br>&bull; Catch/throw with a 1 kg ball in staggered stance on foam</p><p><b>Impairment:</b> delayed hip strategy &amp; reduced R knee/ankle proprioception after R TKA</p><p><b>Objective:</b> Tinetti POMA 22/28 (18/28 at eval)</p><p>Plan: progress to full foam roller next visit.</p></div>""",
            ["Z96.651", "R26.81"], [PT("97112", 23)], []),

        // Three Rivers RTF from the transcription service, "Individual session \'96 one therapist, one patient, no overlapping patients"; PNF rhythmic initiation and slow reversals, facilitated sit-to-stand, step-stance tapping; R quad/glute recruitment and timing; 5xSTS and SLS: passes.
        ["v1-h38-rtf-one-therapist-one-patient"] = new(
            """
            {\rtf1\ansi\ansicpg1252\deff0\nouicompat{\fonttbl{\f0\fswiss\fcharset0 Arial;}}
            \viewkind4\uc1\pard\f0\fs20\lang1033\b THREE RIVERS ORTHOPAEDIC GROUP \'96 PHYSICAL THERAPY\b0\par
            \b Daily Note\b0\tab DOS 03/04/2026\tab Job #4471 / KTS\par
            \par
            \b Visit:\b0\tab Follow-up. Individual session \'96 one therapist, one patient, no overlapping patients.\par
            \b CPT 97112\b0\tab Neuromuscular re-education\tab 25 minutes\par
            \tab PNF rhythmic initiation progressing to slow reversals, right lower extremity, in sidelying.\par
            \tab Sit-to-stand with manual facilitation at the right knee and weight shift onto the right.\par
            \tab Step-stance weight acceptance on the right with tapping over the right gluteus maximus.\par
            \b Deficits:\b0\tab impaired motor recruitment of the right quadriceps and gluteus maximus; poor timing of knee extension during sit-to-stand.\par
            \b Measures:\b0\tab 5xSTS 16.2 s (21.8 s at eval); right single-leg stance 6 s.\par
            \b Plan:\b0\tab progress to a lower surface; add eccentric step-downs.\par
            }
            """,
            ["I69.351"], [PT("97112", 25)], []),

        // Piedmont Dragon dictation, "treated one on one for the whole session comma no other patients in the gym", "twenty two minutes" matches; X1 gaze stabilization, foam head turns, hallway card reading; L vestibular hypofunction; DGI: passes.
        ["v1-h38-dragon-one-on-one-whole-session"] = new(
            "Piedmont Neuro Rehab dictated note new paragraph This is a neuro muscular re-education visit comma 97112 comma twenty two minutes period The patient was treated one on one for the whole session comma no other patients in the gym at the time period new paragraph We did gaze stabilization times one viewing at 2 hertz horizontal and vertical comma standing on the foam with head turns comma and walking in the hallway turning her head to read cards taped on the wall period new paragraph Problem colon left vestibular hypo function with oscillopsia when she turns her head period new paragraph Dynamic gait index 17 out of 24 comma it was 13 at the evaluation period Plan to add pitch plane and a busier background period",
            ["H81.22"], [PT("97112", 22)], []),

        // Flint Hills pipe-flattened export: "Pt attended the Tues/Thurs balance group (5 pts total), PTA leading the group": not one-on-one; foam beam tandem, SLS ball toss, hurdles; neuropathic proprioceptive loss; SLS and reach numbers present.
        ["v1-h38-pipe-balance-group-five-pts"] = new(
            """FLINT HILLS REHAB - DAILY NOTE | Prov: R. Osei, PTA | 97112 Neuro Re-ed 24 min | Pt attended the Tues/Thurs balance group (5 pts total), PTA leading the group | Activities: tandem walking on the foam beam, SLS w/ ball toss, stepping over 6" hurdles | Deficit: B LE proprioceptive loss (diabetic PN), wide BOS in gait | Measures: SLS R 4 s, L 3 s; functional reach 8 in | Plan: cont group 2x/wk""",
            ["E11.42", "R26.81"], [PTA("97112", 24)], [At(OneOnOne, "97112")]),

        // Iron Range all-caps fixed-width screen, "TX MODE: CONCURRENT W/ 1 OTHER PT - THERAPIST SPLIT TIME": not one-on-one; BAPS, rhythmic stabilization, foam-roll sidestepping; truncated "PROPRIOCEP"/"SPRAI"; tandem and SLS seconds present.
        ["v1-h38-allcaps-concurrent-split-time"] = new(
            """
            IRON RANGE THERAPY SVCS            DAILY TX NOTE               PG 001
            PT NAME: HALVORSEN, K              DOS: 03/04/26   PROV: 0417 MATTILA
            CPT   DESCRIPTION          MIN  UNT
            97112 NEUROMUSC REEDUC      18    1
            TX MODE: CONCURRENT W/ 1 OTHER PT - THERAPIST SPLIT TIME
            TECH: BAPS BD LVL 3 CW/CCW, RHYTHMIC STAB IN TANDEM, SIDESTEP OVER 1/2 FOAM R
            DEFICIT: DECR R ANKLE PROPRIOCEP, DELAYED ANKLE STRATEGY POST INVERSION SPRAI
            MEAS: TANDEM EO 14 SEC EC 4 SEC; SLS R 9 SEC L 22 SEC
            """,
            ["S93.401D", "R26.81"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // Sonoran HTML table, complete (big steps to floor targets, backward walking and turns on floor lines, pull-test practice; retropulsion, freezing, step amplitude; Mini-BESTest and pull-test steps) — but nothing says one-on-one.
        ["v1-h38-html-table-never-states"] = new(
            """<div class="note"><h3>Sonoran Neuro &amp; Balance &ndash; Treatment Note</h3><table border="1" cellpadding="4"><tr><td><b>Service</b></td><td>97112 Neuromuscular re-education &ndash; 25 min</td></tr><tr><td><b>Interventions</b></td><td><ul><li>Large-amplitude stepping to floor targets w/ auditory cue (&ldquo;big step&rdquo;)</li><li>Backward walking &amp; 180&deg; turns along visual floor lines</li><li>Reactive stepping to posterior pulls (pull-test practice)</li></ul></td></tr><tr><td><b>Deficits</b></td><td>Retropulsion, festinating gait w/ freezing at doorways, &darr; step amplitude</td></tr><tr><td><b>Objective</b></td><td>Mini-BESTest 17/28; pull test: 2 steps to recover</td></tr></table><p>Plan: cont 2x/wk; wife present for HEP update.</p></div>""",
            ["G20.A1"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Gulf Breeze note cut off by the clearinghouse's field limit mid-word ("clock-turn exerci"): complete up to the cut (turning drills, obstacles, pelvic perturbations; postural control in turns and freezing; turn seconds and k of 10) — but what survives never states one-on-one.
        ["v1-h38-truncated-before-delivery"] = new(
            "Pt reports 2 near-falls this wk turning in the kitchen. NMR (97112) 20 min: turning drills 180° and 360° w/ cue to widen BOS; obstacle negotiation around chairs; lateral stepping w/ unexpected perturbations at the pelvis. Deficit: impaired postural control in turns, freezing at turn initiation. 360° turn 4.8 s (6.1 s at IE); freezing on 4 of 10 turns. Plan: progress to dual-task turning; HEP updated w/ clock-turn exerci",
            ["G20.A1", "R29.6"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Finger Lakes export with a literal backslash-n between lines, "97112 x 24 min, 1 to 1 w/ PT throughout"; hallway head turns, Airex tandem head turns, VOR x1 on the pad; R vestibular hypofunction and oscillopsia; FGA and gait speed: passes.
        ["v1-h38-literal-newline-1-to-1-throughout"] = new(
            """FINGER LAKES REHAB - OP\nNeuro f/u 97112 x 24 min, 1 to 1 w/ PT throughout\n- head-turn walking in hallway, 6 laps\n- tandem on Airex w/ horizontal head turns, 3 x 30 sec\n- VOR x1 standing on the pad, 4 x 45 sec\nProblem: uncompensated R vestibular hypofunction, oscillopsia w/ head turns\nFGA 19/30 (15/30 IE); gait speed w/ head turns 0.91 m/s\nPlan: add pitch plane + busy background""",
            ["H81.21"], [PT("97112", 24)], []),

        // Tamarack pilcrow export, gait group of 3 residents with the PTA leading: 97116 has no one-on-one check; 4-wheeled walker hallway and ramp laps with CGA, step length / trunk / toe clearance, dining-room goal: no DOC finding.
        ["v1-h38-pilcrow-gait-group-97116"] = new(
            "TAMARACK SENIOR LIVING – OUTPATIENT THERAPY¶Gait group, 3 residents, PTA leading¶97116 gait training 16 min¶This resident: 4-wheeled walker 3 x 120 ft in the hallway + ramp up/down x 2, CGA on ramp descent¶Gait: short B step length, forward-flexed trunk, ↓ L toe clearance¶Cued upright posture and heel-first contact; L toe clearance better w/ cueing on last lap¶Goal: walk to the dining room independently w/ walker¶J. Park, PTA",
            ["R26.89", "Z91.81"], [PTA("97116", 16)], []),

        // Gulf Breeze note pasted from Word, non-breaking hyphens in "one‑on‑one (PT only) for the entire visit" and non-breaking spaces before "min"; NMR (Dyna‑Disc SLS, step-downs to foam, band perturbations; knee/ankle proprioception and valgus; SLS and Y‑Balance) and TE (leg press, TKE, step-ups with doses; quad weakness) each with matching minutes: passes.
        ["v1-h38-word-nonbreaking-hyphens"] = new(
            """
            Gulf Breeze Physical Therapy — Daily Note
            S: “Knee feels solid on the stairs now, but I still don’t trust it on the sand.”
            Pt treated one‑on‑one (PT only) for the entire visit.
            Neuromuscular re‑education – 97112 – 23 min: single‑leg stance on the Dyna‑Disc w/ ball toss; lateral step‑downs onto a foam landing pad; band pulls at the pelvis in single‑leg stance …
            Deficit: ↓ R knee/ankle proprioception and dynamic knee valgus on landing (R TKA, 4 mo).
            Measure: R SLS on foam 11 s (4 s at IE); Y‑Balance anterior reach R 54 cm / L 61 cm.
            Therapeutic exercise – 97110 – 15 min: leg press 3 × 12 @ 90 lb; terminal knee extension w/ blue band 3 × 15; step‑ups onto an 8″ box 2 × 10 — R quad weakness (4−/5).
            Plan: beach walking trial next visit.
            """,
            ["Z96.651", "R26.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Piedmont Dragon dictation: "seen in a dyad with another stroke patient comma I was alternating between the two of them": not one-on-one; step-stance tapping at the "glutes medias", blocked-knee step-ups, reach across midline; L hip recruitment and hyperextension; SLS and 10MWT present.
        ["v1-h38-dragon-dyad-alternating"] = new(
            "Neuro muscular re-education 97112 twenty minutes period The patient was seen in a dyad with another stroke patient comma I was alternating between the two of them at the parallel bars period new paragraph Activities colon weight shifting onto the left leg in step stance with tapping at the left glutes medias comma stepping the left leg up onto a 4 inch step with the knee blocked comma and standing reaches across midline period new paragraph Deficit colon poor motor recruitment of the left hip extensors and abductors with left knee hyperextension in stance period new paragraph Left single leg stance 3 seconds comma 10 meter walk 0.48 meters per second period",
            ["I69.354"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Driftless faxed flowsheet through OCR: "Pt seen l:1 w/ PT - no other pts on PT's schedu1e this hr" states one-on-one; "2O min"-style digits, "Neurornuscular", foam EC, rocker board, stepping strategy with pulls; somatosensory input and stepping strategy; "Berg 4l/56": passes.
        ["v1-h38-ocr-l-colon-1-no-other-pts"] = new(
            """
            DRIFTLESS AREA REHAB - PT DAILY FLOWSHEET              Pg l of l
            Pt seen l:1 w/ PT - no other pts on PT's schedu1e this hr
            97ll2 Neurornuscular re-ed ............ 20 min
            Foam stance EC 3 x 3O sec; rocker bd A/P & M/L x 2O reps ea
            Stepping strategy dri11s w/ rnanual pulls, 1O ea direction
            Deficit: irnpaired somatosensory input B feet, de1ayed stepping strategy
            Berg 4l/56 (36/56 eva1)
            """,
            ["G62.9", "R26.81"], [PT("97112", 20)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Willamette HTML "&#9745; Individual &#9744; Group &#9744; Concurrent": ticked Individual; Romberg progressions on firm and foam, uneven mats with head turns, tape-line heel-to-toe; somatosensory loss and visual dependence; sharpened Romberg and CTSIB seconds: passes.
        ["v2-h38-html-ballot-box-entities"] = new(
            """<p><b>Treatment arrangement:</b> &#9745; Individual&nbsp;&nbsp; &#9744; Group&nbsp;&nbsp; &#9744; Concurrent</p><p><b>97112</b> Neuro re-ed &mdash; 22 min</p><ul><li>Romberg &rarr; sharpened Romberg on firm then foam, EO/EC</li><li>Walking across uneven mats w/ head turns</li><li>Heel-to-toe on a tape line, arms crossed</li></ul><p><b>Impairment(s):</b> &darr; somatosensory input B feet (peripheral neuropathy), visual dependence</p><p><b>Outcome:</b> sharpened Romberg EC 7 sec; CTSIB foam/EC 12 sec</p><p>&mdash; T. Nguyen, PTA</p>""",
            ["G62.9", "R26.81"], [PTA("97112", 22)], []),

        // Sonoran HTML field/value table with "One-on-one | Y" and a Minutes row; target heel slides, clock-face foot placement, weighted-vest walking with tempo cues; truncal and LE ataxia with dysmetria (R &gt; L); accuracy k of 12 and tandem steps: passes.
        ["v2-h38-html-table-one-on-one-y"] = new(
            """<table class="flow"><tr><th>Field</th><th>Value</th></tr><tr><td>CPT</td><td>97112</td></tr><tr><td>Minutes</td><td>24</td></tr><tr><td>One-on-one</td><td>Y</td></tr><tr><td>Techniques</td><td>heel slides to targets on the mat &gt; standing foot placement to clock-face targets &gt; walking in a 1.5 lb weighted vest with tempo cues</td></tr><tr><td>Deficits</td><td>truncal &amp; B LE ataxia, dysmetria R &gt; L</td></tr><tr><td>Measures</td><td>foot-target accuracy 7/12; tandem 5 steps before a side-step</td></tr></table>""",
            ["R26.0", "R27.0"], [PT("97112", 24)], []),

        // Sonoran HTML table "1:1 attended | N" with "Patients on therapist&#39;s schedule this slot | 2": not one-on-one; physioball rhythmic stabilization, perturbed sitting reach, weight-shift sit-to-stand; L neglect in weight bearing and sitting postural control; TIS and reach present.
        ["v2-h38-html-table-one-on-one-n"] = new(
            """<table style="width:100%"><tr><td>1:1 attended</td><td style="text-align:center">N</td></tr><tr><td>Patients on therapist&#39;s schedule this slot</td><td style="text-align:center">2</td></tr><tr><td>97112 min</td><td style="text-align:center">22</td></tr><tr><td>Interventions</td><td>Trunk rhythmic stabilization sitting on a physioball; reaching outside BOS to the L in sitting w/ perturbations; sit &harr; stand w/ weight shift to the L</td></tr><tr><td>Target</td><td>L hemibody neglect in weight bearing, poor sitting postural control</td></tr><tr><td>Outcome</td><td>Trunk Impairment Scale 12/23; sitting reach to L 6 in</td></tr></table>""",
            ["I69.398", "R26.89"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Driftless OCR'd boxes "[X] Individual  D Group  0 Co-treat" (an empty box read as D and as 0): ticked Individual; rocker board EC, staggered stance on foam, sidestepping over a half roll with doses; stenosis-related proprioception and ankle strategy; "TUG l2.4 sec"; "2l min" is 21: passes.
        ["v2-h38-ocr-boxes-x-d-zero"] = new(
            """
            DRIFTLESS AREA REHAB — PT DAILY FLOWSHEET (faxed)
            Session: [X] Individual   D Group   0 Co-treat
            97112 Neuro re-ed ......... 2l min
            Activity                      Sets/Reps/Time
            Rocker bd A/P, EC             3 x 3O sec
            Staggered stance on foarn     4 x 2O sec
            Sidestep over 1/2 roll        2 x 1O
            Def: decr B LE proprioception (stenosis), slow ankle strategy
            Obj: TUG l2.4 sec (15.9 IE)
            """,
            ["M48.062", "R26.81"], [PT("97112", 21)], []),

        // Driftless OCR'd "[] Individual  [X] Group   # pts in group: 3": not one-on-one; tape tandem, SLS hip kicks, cone step-overs with doses; lateral postural control; FGA present.
        ["v2-h38-ocr-group-box-ticked"] = new(
            """
            DRIFTLESS AREA REHAB - PTA DAILY FLOWSHEET (faxed)
            Session: [] Individual  [X] Group   # pts in group: 3
            97112 Neuro re-ed ........ 20 rnin
            Activity                        Sets/Reps/Time
            Tandern walk on 2x4             4 laps
            SLS w/ 4-way hip kicks          2 x 1O ea
            Lateral step over cones         3 x 8
            Def: ↓ lateral postural control, late hip strategy
            Obj: FGA 2O/30
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // Three Rivers RTF with check boxes as Unicode escapes "{\f0\u9746?} Individual {\f0\u9744?} Group" (☒ Individual ☐ Group): ticked Individual; dual-task walking, perturbed tandem, obstacle stepping to cues; dual-task postural control after TBI; single- vs dual-task gait speed: passes.
        ["v2-h38-rtf-unicode-check-boxes"] = new(
            """
            {\rtf1\ansi\deff0\uc1{\fonttbl{\f0\fnil Segoe UI Symbol;}{\f1\fswiss Calibri;}}\f1\fs22
            \b Session type:\b0  {\f0\u9746?} Individual  {\f0\u9744?} Group  {\f0\u9744?} Concurrent\par
            \b 97112 Neuromuscular re-education \endash  23 min\b0\par
            Dual-task walking while naming items in a category; tandem stance with manual perturbations at the trunk; stepping over obstacles on a called cue.\par
            \b Deficit:\b0  impaired postural control under dual-task load and slowed reactive stepping after TBI.\par
            \b Measure:\b0  gait speed 1.02 m/s single task vs 0.71 m/s dual task; 6 of 10 cued obstacle steps clean.\par
            }
            """,
            ["S06.2X0D"], [PT("97112", 23)], []),

        // Iron Range all-caps with "1:1 ATTND: Y" and the "DEFICIT ADDR:" field exported blank; PNF D2 patterns, half-kneel rhythmic stabilization, DynaDisc sitting reach; TUG and 5xSTS: deficit missing.
        ["v2-h38-allcaps-deficit-field-blank"] = new(
            """
            IRON RANGE THERAPY SVCS            DAILY TX NOTE               PG 001
            CPT   DESCRIPTION          MIN  UNT
            97112 NEUROMUSC REEDUC      20    1
            1:1 ATTND: Y    GRP: N
            TECH: PNF D2 FLEX/EXT PATTERNS W/ MANUAL RESIST, RHYTHMIC STAB HALF-KNEEL, DYNADISC SITTING REACH
            DEFICIT ADDR:
            MEAS: TUG 16.8 SEC; 5XSTS 18.4 SEC
            """,
            ["I69.351"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Flint Hills pipe export with "1:1 w/ PT", perturbation training, obstacle course, stepping drills and the deficit, but the measure cells exported empty ("Berg: ___ | TUG: ___ sec | SLS: ___") and no dose: measure missing.
        ["v2-h38-pipe-measure-cells-empty"] = new(
            """FLINT HILLS REHAB - DAILY NOTE | Prov: D. Whitehorse, PT | 97112 Neuro Re-ed 22 min | 1:1 w/ PT | Tx: perturbation training in stride stance, obstacle course w/ direction changes on cue, stepping strategy drills | Deficit: delayed reactive stepping, poor lateral postural control | Berg: ___ | TUG: ___ sec | SLS: ___ | Plan: retest Berg next visit""",
            ["R26.81", "M62.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Sonoran HTML table, "Care model | One-on-one", treadmill pulls, dual-task obstacles, half-roller tandem, FGA and FSST — but "Deficits targeted" left on its placeholder "&lt;Click to select&gt;" in grey: deficit missing.
        ["v2-h38-html-dropdown-placeholder"] = new(
            """<table><tr><td>Care model</td><td>One-on-one</td></tr><tr><td>97112 (min)</td><td>23</td></tr><tr><td>Techniques</td><td>Perturbation training on the treadmill (manual pulls) ; stepping over obstacles with a dual task ; tandem on a half foam roller</td></tr><tr><td>Deficits targeted</td><td><span style="color:#9e9e9e;font-style:italic">&lt;Click to select&gt;</span></td></tr><tr><td>Outcome measures</td><td>FGA 20/30 ; Four Square Step Test 13.1 s</td></tr></table>""",
            ["R26.89"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // Sea Island tilde export "1:1?  Y [ ]  N [ ]" with neither box ticked, and nothing else about delivery; foam EC, board tandem, foam marching with head turns; neuropathic plantar sensation and proprioception; monofilament and tandem: one-on-one missing.
        ["v2-h38-tilde-yn-neither-ticked"] = new(
            """SEA ISLAND THERAPY ~ DAILY NOTE ~ 97112 NMR 20 min ~ 1:1?  Y [ ]  N [ ] ~ Foam stance w/ EC 3 x 30 s, tandem walk on a 2x6 board 4 laps, marching on foam w/ head turns ~ Deficit: ↓ plantar sensation + ankle proprioception B (DM neuropathy) ~ Monofilament 4/10 sites R, 5/10 L; tandem EC 5 s ~ Plan: cont POC""",
            ["E11.42"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Gulf Breeze Word template "One‑on‑one with PT?   Yes ☒   No ☐": ticked Yes; cued stepping onto a 6″ step, X1 in standing, SLS on a pillow; bilateral vestibular hypofunction and postural control with vision removed; DGI and tandem EC: passes.
        ["v2-h38-word-yes-box-ticked"] = new(
            """
            Gulf Breeze PT — Visit Note
            One‑on‑one with PT?   Yes ☒   No ☐
            97112 Neuromuscular re‑education — 25 min
            •	Stepping onto/off a 6″ step to a random cue (“right”, “left”, “back”)
            •	Gaze stabilization X1 in standing, feet together, 2 × 60 s
            •	Single‑leg stance on a bed pillow, head still, 4 × 15 s attempts
            Deficit: bilateral vestibular hypofunction (gentamicin), ↓ postural control with vision removed
            Measure: DGI 15/24 (11/24 at IE); tandem EC 3 s
            Next: progress X1 speed.
            """,
            ["H83.2X3", "R26.81"], [PT("97112", 25)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programs as techniques

        // Willamette HTML, "97112 NMR &ndash; 24 min &ndash; 1:1": BalanceWear vest (BBTV) torso weights placed after perturbation testing, then quick stops/starts, rail tandem and cone reaches wearing it; directional loss of balance and truncal ataxia; TUG with and without the vest, T25FW: passes.
        ["v3-h38-html-balancewear-torso-weighting"] = new(
            """<p><b>97112 NMR &ndash; 24 min &ndash; 1:1</b></p><p>BalanceWear vest (BBTV): torso weights re-placed after perturbation testing &ndash; 0.75 lb ant-L, 0.5 lb post-R. With the vest on: walking w/ quick stops &amp; starts, tandem walking along the wall rail, reaching to cones outside BOS in stance.</p><p><b>Why:</b> directional loss of balance (post-L), truncal ataxia.</p><p><b>Numbers:</b> TUG 14.6 s w/o vest &rarr; 11.9 s w/ vest; T25FW 8.2 s.</p>""",
            ["R26.0", "Z91.81"], [PT("97112", 24)], []),

        // Three Rivers RTF, "\b Approach:\b0 Neuro-IFRAH" with sequenced trunk elongation, forearm weight bearing and facilitated sit-to-stand, "one-on-one, PT only"; L hemiparesis with trunk control, scapular instability and weight acceptance; PASS and stance symmetry: passes.
        ["v3-h38-rtf-neuro-ifrah"] = new(
            """
            {\rtf1\ansi\deff0{\fonttbl{\f0\fswiss Calibri;}}\f0\fs22
            \b 97112 Neuromuscular re-education\b0\tab 25 min\par
            \b Session:\b0  one-on-one, PT only\par
            \b Approach:\b0  Neuro-IFRAH \endash  sequenced facilitation: trunk elongation on the left in sitting; left scapular setting with weight bearing through the left forearm on the mat table; then sit-to-stand with the left foot back and facilitation at the left knee.\par
            \b Deficits:\b0  left hemiparesis with poor trunk control, left scapular instability and impaired weight acceptance on the left leg.\par
            \b Measures:\b0  PASS 27/36; sit-to-stand with 38% of body weight through the left (scale readout).\par
            }
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // Sonoran HTML table, "Individual, 1 pt : 1 PT": the Tymo therapy plate's standing weight-shift games, seated trunk-lean game and tandem with sway feedback; asymmetric weight bearing and L postural control; L/R loading percentages and sway area (cm&sup2;): passes.
        ["v3-h38-html-tymo-plate"] = new(
            """<table><tr><td>Delivery</td><td>Individual, 1 pt : 1 PT</td></tr><tr><td>97112</td><td>23 min</td></tr><tr><td>Device</td><td>Tymo therapy plate &ndash; standing weight-shift games (L/R &amp; A/P), seated trunk-lean game, tandem stance w/ sway feedback</td></tr><tr><td>Impairment</td><td>Asymmetric weight bearing (unloads the L), impaired L postural control</td></tr><tr><td>Data</td><td>Static stance 36% L / 64% R (31/69 last wk); sway area EC 8.4 cm&sup2;</td></tr></table>""",
            ["G81.94"], [PT("97112", 23)], []),

        // Gulf Breeze Word note, VR balance training on a Meta Quest 2 (“boxing” game reaching outside the base, “slalom” in semi‑tandem on foam), "one‑on‑one whole session"; limits of stability and slow weight shift; multidirectional reach inches and foam EC seconds: passes.
        ["v3-h38-word-vr-headset-balance"] = new(
            """
            Gulf Breeze PT – NMR 97112 – 22 min – one‑on‑one whole session, PT guarding
            VR balance training, Meta Quest 2: the “boxing” game in standing (punches and dodges outside the base of support), then the “slalom” game in semi‑tandem on foam, leaning to steer.
            Deficit: ↓ limits of stability (backward and to the right), slow weight shift toward the R.
            Measure: multidirectional reach backward 3″, right 5″ (1″ / 3″ at IE); foam EC stance 14 s.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // Piedmont Dragon dictation of a FallProof circuit class, "five participants with me leading the class and my aide spotting": not one-on-one; multidirectional hurdle stepping, foam beam, EC sit-to-stand, dual-task walking; slow reactive stepping and sensory reweighting; FSST present.
        ["v3-h38-dragon-fallproof-circuit-class"] = new(
            "FallProof circuit class comma 97112 comma twenty three minutes period Five participants with me leading the class and my aide spotting period new paragraph This patient's stations colon multidirectional stepping over hurdles comma walking on the foam beam comma sit to stand with eyes closed comma and walking while naming animals period new paragraph Deficits colon slow reactive stepping and poor sensory reweighting when standing on the foam period new paragraph Four square step test today 14.6 seconds period",
            ["R29.6"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // Iron Range all-caps Kabat PNF 97112 (rhythmic initiation, agonist reversals, hold-relax, timing for emphasis) with "1:1 ATTND: Y" and the deficit, but "MEAS:" blank and no dose or number beyond the CPT, minutes and units columns: measure missing.
        ["v3-h38-allcaps-kabat-no-number"] = new(
            """
            IRON RANGE THERAPY SVCS            DAILY TX NOTE               PG 001
            CPT   DESCRIPTION          MIN  UNT
            97112 NEUROMUSC REEDUC      20    1
            1:1 ATTND: Y
            TECH: PNF (KABAT) RHYTHMIC INITIATION -> AGONIST REVERSALS HIP/KNEE, HOLD-RELAX FOR ACTIVE DF, TIMING FOR EMPHASIS
            DEFICIT: DECR MOTOR RECRUITMENT & TIMING B LE, DISTAL > PROXIMAL (GBS RECOVERY)
            MEAS:
            COMMENT: TOL WELL. RETEST NEXT VISIT.
            """,
            ["G61.0"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Tamarack pilcrow export, 97116 on the Rifton TRAM gait trainer with body-weight support percentages and distances, scissoring/crouch and hip extension, min A, a bathroom goal: passes.
        ["v3-h38-pilcrow-rifton-tram-97116"] = new(
            "TAMARACK SENIOR LIVING – OUTPATIENT THERAPY¶97116 gait training – 20 min¶Rifton TRAM gait trainer w/ 30% body-weight support, reciprocal stepping 2 x 60 ft, then support reduced to 15% x 40 ft¶Gait: scissoring w/ crouch, ↓ hip ext at terminal stance¶Assist: min A for L limb advancement¶Goal: walk room-to-bathroom w/ posterior walker, CGA¶M. Okafor, PT",
            ["G80.1"], [PT("97116", 20)], []),

        // Willamette HTML 97110 with MOTOmed viva2 cycling by revolutions and watts, long-sitting stretches and bridging with doses (&times;), B LE weakness and transfer endurance after incomplete SCI: passes.
        ["v3-h38-html-motomed-97110"] = new(
            """<p><b>97110 Ther Ex</b> &ndash; 18 min</p><ul><li>MOTOmed viva2 leg cycling, active-assist &rarr; active, 2 &times; 400 revs at 10 W</li><li>Long-sitting hamstring/calf stretch 3 &times; 30 s each</li><li>Supine bridging 3 &times; 8, 3-s hold</li></ul><p>Target: B LE weakness (hip ext 2+/5) &amp; low endurance for transfers, incomplete SCI.</p>""",
            ["G82.22"], [PT("97110", 18)], []),

        // Iron Range all-caps 97140: Kaltenborn grade III inferior/posterior glides with holds and grade I-II distraction; R shoulder capsulitis with capsular pattern; ER/ABD degrees before and after: passes.
        ["v3-h38-allcaps-kaltenborn-97140"] = new(
            """
            IRON RANGE THERAPY SVCS            DAILY TX NOTE               PG 001
            CPT   DESCRIPTION          MIN  UNT
            97140 MANUAL THERAPY        12    1
            TECH: KALTENBORN GR III INF & POST GLIDE R GH, 3 X 45 SEC EA; GR I-II DISTRACTION FOR PAIN
            REGION/DEF: R SHOULDER ADHESIVE CAPSULITIS, CAPSULAR PATTERN (ER>ABD>IR)
            MEAS: ER 28->36 DEG, ABD 92->101 DEG POST MOBS
            """,
            ["M75.01"], [PT("97140", 12)], []),

        // Piedmont Dragon: Brock string with three beads, letter-chart saccades and X1 gaze stabilization, "I worked with him one on one the entire time"; convergence insufficiency, saccadic dysfunction and visual motion sensitivity; NPC centimetres in words and digits: passes.
        ["v3-h38-dragon-brock-string-x1"] = new(
            "Neuro muscular re-education 97112 twenty minutes period I worked with him one on one the entire time period new paragraph We did the brock string with three beads for convergence comma saccades between two letter charts at arm's length comma and X1 gaze stabilization seated then standing period new paragraph Deficits colon convergence insufficiency comma saccadic dysfunction and visual motion sensitivity after the concussion period new paragraph Near point of convergence 14 centimeters comma down from 20 at the evaluation period",
            ["S06.0X0D"], [PT("97112", 20)], []),

        // Canyon Country slash-flattened OT note, "97112 NMR 22 min, 1:1 OT", Bal-A-Vis-X bag patterns to a metronome (60 bpm is not a measure) with bag drops k of 40 and beats k of 10 — but no deficit, system, region or goal anywhere: deficit missing.
        ["v3-h38-slashes-bal-a-vis-x-no-deficit"] = new(
            """CANYON COUNTRY OT & HAND // OT Visit // 97112 NMR 22 min, 1:1 OT // Bal-A-Vis-X: single-bag pass R↔L in standing, 2-bag pendulum pattern to the metronome at 60 bpm, racquetball bounce-catch standing on the rocker board // Bag drops 5/40 (12/40 at start of wk) // Metronome sync 8 of 10 beats on the 2-bag pattern // Plan: add 3-bag cascade""",
            ["R27.8"], [OT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Willamette HTML "Findings today: dysdiadochokinesia R hand, rebound phenomenon R UE" as the deficit, "Pt seen one-on-one."; metronome target stepping, cuff-weighted reaching, quadruped limb lifts; accuracy k of 15 and alternating movements per 10 s: passes.
        ["v4-h38-html-dysdiadochokinesia-rebound"] = new(
            """<p>Pt seen one-on-one.</p><p><b>97112</b> &ndash; 22 min</p><p><b>Findings today:</b> dysdiadochokinesia R hand, rebound phenomenon R UE, wide-based staggering gait</p><p><b>Interventions:</b> tempo-cued target stepping to a metronome (60 bpm); reaching to targets w/ a 1 lb cuff on the R wrist; quadruped opposite arm/leg lifts w/ slow return</p><p><b>Measures:</b> target stepping accuracy 9/15; rapid alternating hand movements 7 in 10 s R vs 14 L</p>""",
            ["I69.393"], [PT("97112", 22)], []),

        // Three Rivers RTF OT 97112, "Individual OT \'96 one-on-one": graded texture discrimination, vision-occluded object search in a rice bin, weight bearing through the L hand; extinction to double simultaneous stimulation and impaired stereognosis; stereognosis k of 6 and two-point mm: passes.
        ["v4-h38-rtf-extinction-double-stimulation"] = new(
            """
            {\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Calibri;}}\f0\fs22
            \b OCCUPATIONAL THERAPY \'96 DAILY NOTE\b0\par
            Individual OT \'96 one-on-one.\par
            \b 97112\b0\tab Neuromuscular re-education\tab 24 min\par
            \tab Graded texture discrimination (coarse to fine) with vision occluded; finding objects buried in a rice bin by touch; weight bearing through the left hand on a textured mat while reaching with the right.\par
            \b Findings:\b0  extinction to double simultaneous stimulation, left hand; impaired stereognosis left (2 of 6 objects).\par
            \b Measure:\b0  two-point discrimination left index fingertip 11 mm (15 mm at eval).\par
            }
            """,
            ["I69.354"], [OT("97112", 24)], []),

        // Iron Range all-caps "FINDINGS: R ANKLE CLONUS 4 BEATS, MAS 1+ R PLANTARFLEXORS, R KNEE HYPEREXT IN MIDSTANCE" with "1:1 ATTND: Y"; approximation in step stance, eccentric step-downs, knee-control drills; 10MWT and k of 10: passes.
        ["v4-h38-allcaps-clonus-spastic-catch"] = new(
            """
            IRON RANGE THERAPY SVCS            DAILY TX NOTE               PG 001
            CPT   DESCRIPTION          MIN  UNT
            97112 NEUROMUSC REEDUC      23    2
            1:1 ATTND: Y    GRP: N
            FINDINGS: R ANKLE CLONUS 4 BEATS, MAS 1+ R PLANTARFLEXORS, R KNEE HYPEREXT IN MIDSTANCE
            TECH: PROLONGED WB THRU R LE IN STEP STANCE W/ JOINT APPROX, ECCENTRIC STEP-DOWN CONTROL 4IN STEP, KNEE-CONTROL DRILLS 0-15 DEG W/ TACTILE CUE
            MEAS: 10MWT 0.62 M/SEC; STEP-DOWN W/O HYPEREXT 7/10
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // Driftless OCR "Vibration (128 Hz) at great toe: absent R, 3 sec L; JPS great toe 2/5 correct R" as deficit and number, "Pt seen individually (1 pt / 1 PT)"; EC foam, rocker board, barefoot textured mats: passes.
        ["v4-h38-ocr-vibration-at-great-toe"] = new(
            """
            DRIFTLESS AREA REHAB — PT DAILY FLOWSHEET (faxed)
            Pt seen individually (1 pt / 1 PT)
            97112 Neuro re-ed ......... 20 rnin
            Findings: Vibration (128 Hz) at great toe: absent R, 3 sec L; JPS great toe 2/5 correct R
            Tx: EC stance on foarn; rocker board A/P; barefoot walking over textured mats w/ eyes on target
            Plan: add semi-tandem on foam
            """,
            ["E11.42", "R26.81"], [PT("97112", 20)], []),

        // Piedmont Dragon 97116, "eighteen minutes": gait training with a small-base "quad Kane" and hinged AFO on tile and carpet, 2 laps of 150 ft with contact guard; R genu recurvatum, hip extension, vaulting: passes.
        ["v4-h38-dragon-recurvatum-97116"] = new(
            "Gait training 97116 eighteen minutes period Gait training with a small base quad Kane and the right hinged AFO on level tile and on carpet comma 2 laps of 150 feet comma contact guard period new paragraph Deviations colon right genu recurvatum in midstance comma decreased right hip extension at terminal stance comma and vaulting on the left period Cues for knee softening and a longer left step period",
            ["I69.351"], [PT("97116", 18)], []),

        // Gulf Breeze Word 97110 by a PTA, "contralateral pelvic drop R in L SLS; L hip abd 3+/5" as the deficit; side-lying abduction, band walks, step-ups with doses and loads: passes.
        ["v4-h38-word-pelvic-drop-97110"] = new(
            """
            Gulf Breeze PT — PTA note
            Ther ex (97110) — 20 min
            Finding: contralateral pelvic drop R in L SLS; L hip abd 3+/5 (L THA, 10 wk)
            – side‑lying L hip abduction 3 × 12 w/ 2 lb ankle weight
            – lateral band walks, green band above knees, 4 × 20 ft
            – forward step‑ups onto a 6″ step, L lead, 2 × 12
            – standing hip hikes off the step edge 2 × 10
            Tolerated; HEP reviewed.
            """,
            ["Z96.642", "M62.81"], [PTA("97110", 20)], []),

        // Sonoran HTML "Individual session (1:1)", PNF D1 patterns, quadruped rhythmic stabilization, tall-kneel ball tosses, FGA and a hold time — but "Impairments addressed: refer to IE dated 02/02/2026" and nothing else: deficit missing.
        ["v4-h38-html-refer-to-ie"] = new(
            """<p>Individual session (1:1).</p><p>97112 &ndash; 22 min: PNF D1 flexion/extension patterns w/ manual resistance; rhythmic stabilization in quadruped; tall-kneeling ball toss/catch.</p><p>Impairments addressed: <i>refer to IE dated 02/02/2026</i></p><p>FGA 18/30; quadruped hold 20 s.</p>""",
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Flint Hills pipe export "1:1" with rocker board EC, carioca on the rail, colour-spot stepping, tandem and FSST — but "Deficit: — | Goal: per POC": deficit missing.
        ["v4-h38-pipe-deficit-dash-goal-per-poc"] = new(
            """FLINT HILLS REHAB - DAILY NOTE | Prov: R. Osei, PTA | 97112 Neuro Re-ed 20 min | 1:1 | Tx: rocker board w/ EC, carioca along the rail, stepping to colored spots called out | Deficit: — | Goal: per POC | Tandem 10 s; 4-square 14.2 s | Plan: cont""",
            ["R26.89"], [PTA("97112", 20)], [At(Deficit, "97112")]),

        // Sea Island tilde 97116 by a PTA: SPC gait on tile, carpet, grass and steps with distances and assistance — but "Deviations: nil ~ Goal: see POC" and no region, impairment or goal: deficit missing.
        ["v4-h38-tilde-deviations-nil-97116"] = new(
            """SEA ISLAND THERAPY ~ PTA ~ 97116 Gait 15 min ~ Gait training w/ SPC on tile, carpet, the grass outside the clinic and 4 steps w/ one rail, step-through pattern ~ 350 ft x 2, mod I on level, SBA on steps ~ Deviations: nil ~ Goal: see POC""",
            ["Z47.1"], [PTA("97116", 15)], [At(Deficit, "97116")]),

        // Finger Lakes literal-\n 97140: "capsular pattern L shoulder (ER > ABD > IR), firm capsular end-feel" as the deficit; grade III-IV glides with bouts and scapular mobs; ER and flexion degrees before and after: passes.
        ["v4-h38-literal-newline-capsular-97140"] = new(
            """FINGER LAKES REHAB\n97140 MT 12 min\nFindings: capsular pattern L shoulder (ER > ABD > IR), firm capsular end-feel, post glide hypomobile\nTx: gr III-IV post & inf GH glides 4 x 60 s, scapular mobs in sidelying\nER 32° -> 41° after mobs; flexion 118° -> 126°""",
            ["M75.02"], [PT("97140", 12)], []),

        // Driftless OCR OT 97530, "Findings: L neglect - missed 6 of 16 targets on L half of line cancellation sheet"; sandwich-making with items placed left and towel folding from a left-side basket; "rnin A" and CGA; a lunch goal: passes.
        ["v4-h38-ocr-neglect-97530"] = new(
            """
            DRIFTLESS AREA REHAB - OT DAILY NOTE (faxed)
            97530 Therapeutic activities ........ 25 rnin
            Findings: L neglect - missed 6 of 16 targets on L half of line cancellation sheet
            Making a sandwich at the counter w/ all items placed L of midline; folding towels from a basket set on her L
            rnin A w/ verbal cues to scan L for the sandwich task, CGA standing at counter
            Goal: make a simple lunch at home safely
            """,
            ["I69.354"], [OT("97530", 25)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Sonoran HTML re-assessment table (Measure / Today / IE: Berg, TUG, Push &amp; Release), "Delivery: one-on-one"; big steps to targets, perturbations, dual-task walking; postural instability and step amplitude: passes.
        ["v5-h38-html-reassessment-table"] = new(
            """<p><b>Delivery:</b> one-on-one</p><p><b>97112 Neuromuscular re-education &ndash; 25 min</b>: high-amplitude reach-and-step to floor targets; perturbations in stance (A/P &amp; lateral); dual-task walking w/ category naming.</p><p><b>Impairments:</b> postural instability, &darr; step amplitude, slow reactive steps (PD)</p><table border="1"><tr><th>Measure</th><th>Today</th><th>IE</th></tr><tr><td>Berg</td><td>47/56</td><td>39/56</td></tr><tr><td>TUG</td><td>9.8 s</td><td>13.2 s</td></tr><tr><td>Push &amp; Release</td><td>1</td><td>2</td></tr></table>""",
            ["G20.A1"], [PT("97112", 25)], []),

        // Piedmont Dragon with scores in words ("Berg balance scale forty four out of fifty six", "timed up and go thirteen point two seconds"), "I had her one to one the whole visit"; obstacle course, foam reaching, perturbations; delayed stepping and hip strategy: passes.
        ["v5-h38-dragon-scores-in-words"] = new(
            "Neuro muscular re-education 97112 twenty three minutes period I had her one to one the whole visit period new paragraph We did an obstacle course with direction changes comma reaching outside her base of support standing on foam comma and perturbations at the hips in narrow stance period new paragraph Deficit colon delayed stepping response and poor hip strategy period new paragraph Berg balance scale forty four out of fifty six comma timed up and go thirteen point two seconds period",
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // Driftless OCR with digits read as letters ("TUG 1O.8 sec; 5xSTS l4.2 sec"), "[X] Individual"; tandem on the beam, stepping strategy, foam head turns; postural control and stepping: passes.
        ["v5-h38-ocr-digits-read-as-letters"] = new(
            """
            DRIFTLESS AREA REHAB — PT DAILY FLOWSHEET (faxed)
            Session: [X] Individual   D Group
            97112 Neuro re-ed ......... 2O rnin
            Tx: tandern walking on the bearn; stepping strategy w/ manual pushes; foam stance w/ head turns
            Def: ↓ postural control (stenosis), late stepping
            Obj: TUG 1O.8 sec; 5xSTS l4.2 sec
            """,
            ["M48.062"], [PT("97112", 20)], []),

        // Three Rivers RTF 97116, rollator gait training with trunk and stride cues, curb and ramp; flexed posture, short stride and walking tolerance with claudication; "\b 6MWT:\b0 1,140 ft with rollator, 1 seated rest": passes.
        ["v5-h38-rtf-six-minute-walk-97116"] = new(
            """
            {\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}\f0\fs20
            \b 97116 Gait training\b0  \'96 22 min\par
            Rollator gait training with cues for an upright trunk and a longer stride; curb up/down and the ramp at the entrance.\par
            \b Impairments:\b0  flexed posture and shortened stride with neurogenic claudication; limited walking tolerance.\par
            \b 6MWT:\b0  1,140 ft with rollator, 1 seated rest (820 ft at eval).\par
            }
            """,
            ["M48.062", "R26.2"], [PT("97116", 22)], []),

        // Iron Range all-caps Y-balance reaches "Y-BAL ANT R 58 CM / L 64 CM; PM R 88 / L 95"; stick-landing hops, DynaDisc perturbations, lateral bounds; R knee neuromuscular control and valgus; "1:1 ATTND: Y": passes.
        ["v5-h38-allcaps-y-balance-reaches"] = new(
            """
            IRON RANGE THERAPY SVCS            DAILY TX NOTE               PG 001
            CPT   DESCRIPTION          MIN  UNT
            97112 NEUROMUSC REEDUC      22    1
            1:1 ATTND: Y
            TECH: SL HOPS TO STICK LANDING, PERTURB ON DYNADISC SL STANCE, REACTIVE LAT BOUNDS ON CUE
            DEFICIT: DECR R KNEE NEUROMUSC CONTROL, DYN VALGUS ON LANDING POST ACL RECON
            MEAS: Y-BAL ANT R 58 CM / L 64 CM; PM R 88 / L 95
            """,
            ["S83.511D"], [PT("97112", 22)], []),

        // Willamette HTML with one-on-one, foam EC head turns, stepping strategy with pushes, counter tandem and the deficit, an empty Outcome cell, and no dose: the only other numbers are markup (font-size:10.5pt, line-height:115%, width="640", #1f3864): measure missing.
        ["v5-h38-html-markup-numbers-only"] = new(
            """<div style="font-family:Calibri;font-size:10.5pt;line-height:115%"><p style="margin:0 0 6px 0"><span style="color:#1f3864"><b>97112 Neuromuscular Re-ed</b></span> &ndash; 22 min &ndash; one-on-one</p><table width="640" cellpadding="2"><tr><td width="160">Activities</td><td>Stance on foam with eyes closed and head turns; stepping-strategy training with unexpected pushes at the shoulders; tandem walking along the counter</td></tr><tr><td width="160">Deficits</td><td>Impaired somatosensory balance (neuropathy), delayed stepping strategy</td></tr><tr><td width="160">Outcome</td><td>&nbsp;</td></tr></table></div>""",
            ["R26.81", "G62.9"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Three Rivers RTF with X1 viewing, foam, head-turn walking and rolling habituation, "Treated one-on-one by the PT", L vestibular hypofunction and "Time: twenty minutes" — the only other numbers are control words (\fs22, \sa120, \sl276, \li720, \red31): measure missing.
        ["v5-h38-rtf-control-words-only"] = new(
            """
            {\rtf1\ansi\ansicpg1252\deff0\deflang1033{\fonttbl{\f0\fswiss\fcharset0 Arial;}}{\colortbl ;\red31\green56\blue100;}
            \viewkind4\uc1\pard\sa120\sl276\slmult1\cf1\b\f0\fs22 97112 NEUROMUSCULAR RE-EDUCATION\cf0\b0\par
            \pard\li720\sa120 Gaze stabilization X1 viewing, seated then standing on foam; head-turn walking in the corridor; habituation to rolling.\par
            \pard\li720\sa120 Treated one-on-one by the PT.\par
            \pard\li720\sa120 Deficit: left vestibular hypofunction with motion-provoked dizziness.\par
            \pard\li720\sa120 Time: twenty minutes.\par
            }
            """,
            ["H81.22"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Driftless OCR under a fax header (fax number, date, time, "P. 002/003"), "[X] Individual", rocker board EC, foam head turns, stepping drills and the deficit, "steadier on foam … retest Berg next wk" — no number that is a measure and no dose: measure missing.
        ["v5-h38-ocr-fax-header-numbers"] = new(
            """
            FROM: DRIFTLESS AREA REHAB     FAX (608) 555-0147     03/04/2026 16:22     P. 002/003
            PT DAILY NOTE
            Session: [X] Individual
            97112 Neuro re-ed  22 rnin
            Tx: rocker board A/P w/ EC, foarn stance w/ head turns, stepping strategy drills w/ manual pulls
            Deficit: irnpaired ankle strategy + decr proprioception B ankles
            Response: pt steadier on foam by end of session, fewer reaches for the rail
            Plan: continue, retest Berg next wk
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Gulf Breeze Word 97112, "one‑on‑one", stride-stance perturbations, beam walking, reactive stepping and the deficit, but the response is only “felt much steadier” … "fewer losses of balance than Monday" — no number and no dose: measure missing.
        ["v5-h38-word-ellipsis-steadier"] = new(
            """
            Gulf Breeze PT — 97112 — 23 min — seen one‑on‑one
            Stride‑stance perturbations at the pelvis (forward, back, sideways) … walking on the 2×4 beam with a hand on the rail … reactive stepping when I let go of the gait belt unannounced.
            Deficit: late, short reactive steps; ↓ lateral postural control.
            Response: “felt much steadier” … fewer losses of balance than Monday …
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // Flint Hills pipe 97116: SPC gait with heel-strike and stance-time cues, reciprocal stairs; antalgic L, stance time, knee flexion in swing; "10MWT comfortable 0.78 m/s, fast 1.02 m/s" and SBA: passes.
        ["v5-h38-pipe-gait-speeds-97116"] = new(
            """FLINT HILLS REHAB - DAILY NOTE | Prov: D. Whitehorse, PT | 97116 Gait 20 min | Gait training w/ SPC in R hand, cues for L heel strike & equal stance time, reciprocal stairs w/ rail | Deviations: antalgic L, ↓ L stance time, ↓ L knee flex in swing | 10MWT comfortable 0.78 m/s, fast 1.02 m/s | SBA on stairs""",
            ["Z96.652", "R26.2"], [PT("97116", 20)], []),

        // Willamette HTML 97110 by a PTA, doses written with the entity (3&times;12 @ 70 lb), green-band TKE and step-downs; R knee extension weakness with quad lag in degrees and a stairs goal: passes.
        ["v5-h38-html-times-entity-doses-97110"] = new(
            """<p><b>97110 Ther Ex &ndash; 20 min</b> (PTA)</p><ul><li>Leg press 3&times;12 @ 70 lb</li><li>Standing TKE w/ green band 3&times;15</li><li>Forward step-downs off a 4&quot; step 2&times;10</li></ul><p>Target: R knee ext weakness (quad lag 10&deg;); stairs at home w/o rail.</p>""",
            ["M17.11"], [PTA("97110", 20)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Sonoran HTML CPT / Service / Min table (97112 23, 97110 15) both matching; NMR (1:1; amplitude stepping, perturbations, turning; PD instability; Mini-BESTest) and TE (sit-to-stands, bridges, rows with doses; hip/trunk extensor weakness): passes.
        ["v6-h38-html-min-column"] = new(
            """<table border="1"><tr><th>CPT</th><th>Service</th><th>Min</th></tr><tr><td>97112</td><td>Neuromuscular re-ed (1:1)</td><td>23</td></tr><tr><td>97110</td><td>Therapeutic exercise</td><td>15</td></tr></table><p><b>97112:</b> large-amplitude forward/lateral stepping to targets; perturbations in stance; 360&deg; turning practice w/ a visual cue. Deficits: postural instability, freezing in turns. Mini-BESTest 18/28.</p><p><b>97110:</b> sit-to-stands from 18&quot; 3&times;10; bridges 3&times;12; seated rows w/ red band 3&times;15 &ndash; hip &amp; trunk extensor weakness, flexed posture.</p>""",
            ["G20.A1"], [PT("97112", 23), PT("97110", 15)], []),

        // Three Rivers RTF with \tab columns "97112 … 24" and "97140 … 10" under a Minutes header, both matching; NMR (one-on-one; laser head-pointer retraining, eye-head coordination; cervical proprioception; JPE degrees) and MT (suboccipital release, C1-2 SNAGs with reps; upper cervical; rotation degrees): passes.
        ["v6-h38-rtf-tab-columns"] = new(
            """
            {\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Calibri;}}\f0\fs22
            \b CPT\tab Service\tab Minutes\b0\par
            97112\tab Neuromuscular re-ed\tab 24\par
            97140\tab Manual therapy\tab 10\par
            \par
            Seen one-on-one. \b NMR:\b0  cervical joint-position retraining with a head-mounted laser to targets; eye-head coordination (eyes lead, head follows) seated then standing. Deficit: impaired cervical proprioception with cervicogenic dizziness. Joint position error 6.2\'b0 (9.5\'b0 at eval).\par
            \b MT:\b0  suboccipital release; C1-2 rotation SNAGs to the right 3 x 6. Upper cervical hypomobility; rotation R 58\'b0 to 66\'b0.\par
            }
            """,
            ["M54.2", "R26.81"], [PT("97112", 24), PT("97140", 10)], []),

        // Piedmont Dragon with both minutes in words ("twenty three minutes of neuro muscular re-education", "fifteen minutes of therapeutic exercise"), one on one; NMR (weight shifts, stepping, tapping; L glute recruitment; SLS and 10MWT) and TE (bridges, clamshells with "there a band", step-ups with doses; L hip weakness): passes.
        ["v6-h38-dragon-minutes-in-words"] = new(
            "Piedmont Neuro Rehab new paragraph Today I did twenty three minutes of neuro muscular re-education one on one comma 97112 comma weight shifting onto the left leg in step stance comma stepping the left leg to targets comma and tapping to the left glutes medias in stance period Deficit colon poor recruitment of the left gluteus medius and maximus period Left single leg stance 4 seconds comma 10 meter walk 0.61 meters per second period new paragraph Then fifteen minutes of therapeutic exercise comma 97110 comma bridges 3 sets of 12 comma side lying clamshells with a red there a band 3 sets of 15 comma and step ups onto a 4 inch step 2 sets of 10 for left hip weakness period",
            ["I69.354"], [PT("97112", 23), PT("97110", 15)], []),

        // Driftless OCR "97ll2 Neuro re-ed … 22 rnin" and "97ll6 Gait trng … l5 rnin" both matching (22, 15), "[X] Individual"; NMR (rocker board, foam EC, stepping drills; ankle strategy; FGA) and gait (RW, cues, distance, SBA; step length): passes.
        ["v6-h38-ocr-rn-for-m-two-codes"] = new(
            """
            DRIFTLESS AREA REHAB — PT DAILY FLOWSHEET (faxed)
            Session: [X] Individual   D Group
            97ll2 Neuro re-ed ......... 22 rnin
              rocker bd A/P EC 3 x 3O sec; foarn stance w/ head turns; stepping strategy drills w/ pulls 1O ea
              Def: slow ankle strategy, ↓ proprioception B ankles      FGA 17/30
            97ll6 Gait trng ........... l5 rnin
              RW 2 x 15O ft + 4 steps w/ rail, cues for longer steps, SBA
              Def: short step length B, wide BOS
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22), PT("97116", 15)], []),

        // Iron Range all-caps MIN column with 97112 23 matching but 97530 30 against a line of 18: time mismatch on 97530 (both sections otherwise complete, "1:1 ATTND: Y").
        ["v6-h38-allcaps-min-column-mismatch"] = new(
            """
            IRON RANGE THERAPY SVCS            DAILY TX NOTE               PG 001
            CPT   DESCRIPTION          MIN  UNT
            97112 NEUROMUSC REEDUC      23    2
            97530 THERAPEUTIC ACTIV     30    1
            1:1 ATTND: Y
            97112 TECH: SEMI-TANDEM ON FOAM W/ HEAD TURNS, PERTURB IN STRIDE STANCE, TAP-DOWNS TO TARGETS
            97112 DEFICIT: DECR POSTURAL CONTROL, SLOW ANKLE/HIP STRATEGY   MEAS: BERG 44/56, TUG 12.1 SEC
            97530 TASKS: CARRYING FIREWOOD BUNDLE 10 LB 40 FT X 4, FLOOR-TO-WAIST LIFT OF LAUNDRY BASKET X 8
            97530 GOAL: BRING IN WOOD FOR STOVE INDEP   ASSIST: SBA
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97530", 18)], [At(Mismatch, "97530")]),

        // Willamette HTML table with 97112 23 matching but "<td>97110</td><td>Ther Ex</td><td>25</td>" against a line of 12: time mismatch on 97110 (both sections complete, one-on-one stated).
        ["v6-h38-html-cell-mismatch"] = new(
            """<table border="1" cellpadding="3"><tr><th>Code</th><th>Service</th><th>Minutes</th></tr><tr><td>97112</td><td>Neuro Re-ed (one-on-one)</td><td>23</td></tr><tr><td>97110</td><td>Ther Ex</td><td>25</td></tr></table><p><b>NMR:</b> SLS on foam w/ ball toss; perturbations in tandem; cone step-overs. Deficit: &darr; R ankle proprioception after fracture. R SLS foam 6 s.</p><p><b>TE:</b> heel raises 3&times;15; seated ankle DF/EV w/ band 3&times;15 &ndash; R ankle weakness (EV 4-/5).</p>""",
            ["S82.891D"], [PT("97112", 23), PT("97110", 12)], [At(Mismatch, "97110")]),

        // Piedmont Dragon single 97112 dictated as "thirty minutes" against a line of 20 (one on one, pushes on foam, tandem, stepping; reactive postural control; Push and Release and FGA): time mismatch on 97112.
        ["v6-h38-dragon-thirty-minutes-vs-20"] = new(
            "Neuro muscular re-education 97112 thirty minutes one on one period Perturbations at the shoulders standing on foam comma tandem walking on the line comma and reactive stepping to my pulls period new paragraph Deficit colon slow reactive postural control with multiple compensatory steps period new paragraph Push and release score 2 comma functional gait assessment 19 out of 30 period",
            ["R26.81"], [PT("97112", 20)], [At(Mismatch, "97112")]),

        // Canyon Country slash export, OT 97530 and 97110 each complete, but only "Timed tx 38 min total (TA + TE)": separate time missing.
        ["v6-h38-slashes-total-only"] = new(
            """CANYON COUNTRY OT & HAND // OT Visit // Timed tx 38 min total (TA + TE) // TA: wringing out a washcloth, opening jars 3 sizes, buttoning a shirt, turning keys in a lock x 10, all w/ R hand, min A for jar lids // Goal: dress and make breakfast indep after R distal radius fx // TE: wrist flex/ext w/ 1 lb 3 x 12, putty pinch & grip 2 x 15, tendon glides x 10 // R wrist/hand weakness, grip 22 lb R vs 58 lb L""",
            ["S52.501D"], [OT("97530", 23), OT("97110", 15)], [SepTime]),

        // Gulf Breeze note cut off by the clearinghouse before 97110's minutes ("— tim"): 97112 (22, one‑on‑one) complete and matching; 97110 exercises with doses for hip abductor weakness, minutes lost to the cut: separate time missing.
        ["v6-h38-truncated-before-second-minutes"] = new(
            "97112 NMR 22 min, one-on-one: SLS on foam w/ head turns; lateral step-overs to cones; pelvic perturbations in semi-tandem. Deficit: ↓ lateral postural control, late hip strategy (R THA 12 wk). SLS R 7 s, L 15 s; Berg 49/56. 97110 ther ex: bridges 3 x 12, clamshells w/ green band 3 x 15, side-stepping w/ band 4 x 20 ft for R hip abd weakness (3+/5) — tim",
            ["Z96.641", "R26.81"], [PT("97112", 22), PT("97110", 15)], [SepTime]),

        // Willamette HTML single 97112 with a clock range written with the entity "10:05&ndash;10:28" (23 min) matching the line, one-on-one; foam EC, pushes, tandem; ankle proprioception; SLS and Berg: passes.
        ["v6-h38-html-ndash-clock-range"] = new(
            """<p><b>NMR 97112</b> 10:05&ndash;10:28, one-on-one</p><p>Foam stance EC 3 &times; 30 s; pushes at the pelvis in semi-tandem 2 &times; 10; tandem walk on the line 4 laps.</p><p>Deficit: &darr; B ankle proprioception, slow ankle strategy.</p><p>SLS R 8 s / L 6 s; Berg 46/56.</p>""",
            ["R26.81"], [PT("97112", 23)], []),

        // Tamarack pilcrow export, PT 97112 "20 min" and OT 97530 "25 min" each stated for its own discipline and matching; NMR (1:1; rocker board, foam reaches, stepping; L proprioception and postural control; Berg) and OT TA (bed making, laundry to the line, CGA; goal): passes.
        ["v6-h38-pilcrow-pt-and-ot-each-own"] = new(
            "TAMARACK SENIOR LIVING – OUTPATIENT THERAPY¶PT – 97112 neuro re-ed 20 min, 1:1 with PT¶Rocker board A/P w/ EC, reaching outside BOS on foam, stepping to L targets¶Deficit: ↓ L LE proprioception, poor postural control in standing¶Berg 41/56¶OT – 97530 therapeutic activities 25 min¶Making the bed (fitted sheet, pillowcases), carrying a laundry bag 20 ft w/ 4WW, CGA¶Goal: manage own bed linen and laundry in her apartment",
            ["I69.351"], [PT("97112", 20), OT("97530", 25)], []),

        // Finger Lakes literal-\n export with only "Time in 0902 / Time out 0940" for NMR and TE (each otherwise complete, 1:1 stated): separate time missing.
        ["v6-h38-literal-newline-in-out-only"] = new(
            """FINGER LAKES REHAB\nTime in 0902 / Time out 0940\nNMR 97112 (1:1): tandem on foam, EC weight shifts, stepping over hurdles; deficit: ↓ proprioception B ankles, late stepping; FSST 12.9 s\nTE 97110: leg press 3 x 10 @ 80 lb, step-ups 6 in 2 x 12, heel raises 3 x 15 for B LE weakness\nPlan: cont""",
            ["M48.062", "R26.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings for the other codes

        // Willamette HTML with markup alone ("<div><p>&nbsp;</p><p><br></p></div>"): nothing a reviewer can read, so DOC_NOTE_MISSING on 97112 and nothing else.
        ["v7-h38-html-markup-only"] = new(
            "<div><p>&nbsp;</p><p><br></p></div>",
            ["R26.81"], [PT("97112", 23)], [At(NoteMissing, "97112")]),

        // Three Rivers RTF shell with no text (font table and \par only) on 97110 + 97140, sent with no diagnosis: DOC_NOTE_MISSING on both lines and the diagnosis check.
        ["v7-h38-rtf-empty-shell-no-dx"] = new(
            """{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil\fcharset0 Calibri;}}\viewkind4\uc1\pard\sa200\sl276\slmult1\f0\fs22\lang9\par\par}""",
            [], [PT("97110", 15), PT("97140", 10)], [At(NoteMissing, "97110"), At(NoteMissing, "97140"), Dx]),

        // Tamarack export of an empty note: pilcrows only ("¶¶¶"), on an OT 97530: DOC_NOTE_MISSING and nothing else.
        ["v7-h38-pilcrows-only"] = new(
            "¶¶¶",
            ["M19.011"], [OT("97530", 20)], [At(NoteMissing, "97530")]),

        // Willamette HTML numbered list for 97110: quadruped arm/leg lifts, kneeling side plank, Pallof press, dowel hip hinge with doses and holds; lumbar stabilisation for LBP and a lifting goal: passes.
        ["v7-h38-html-ol-97110"] = new(
            """<p><b>Ther Ex (97110) &ndash; 16 min</b></p><ol><li>Quadruped alt arm/leg lifts 3&times;10 ea side, 3-s hold</li><li>Side plank from knees 3&times;20 s ea side</li><li>Pallof press, red band 2&times;12 ea way</li><li>Hip hinge w/ dowel 2&times;12</li></ol><p>Region/target: lumbar stabilization for LBP; goal &ndash; lift his 20-lb grandson from the crib.</p>""",
            ["M54.50"], [PT("97110", 16)], []),

        // Driftless OCR OT 97530: tub-bench transfer with long-handled sponge and carrying a laundry basket; "rnin A x l" and CGA as assistance levels; goal with hip precautions: passes.
        ["v7-h38-ocr-97530-assist-levels"] = new(
            """
            DRIFTLESS AREA REHAB - OT DAILY NOTE (faxed)
            THERAPEUTIC ACTIVITIES 97530 .......... 24 rnin
            Tub transfer w/ tub bench + long-handled sponge bathing sirn - rnin A x l to lift L LE over tub wa11
            Laundry: carrying a 5 lb basket from dryer to bed w/ 4WW basket, CGA
            Goal: bathe & do laundry at home w/ SBA, observing hip precautions
            """,
            ["S72.001D"], [OT("97530", 24)], []),

        // Iron Range all-caps 97140: STM to lumbar paraspinals and QL, grade III central PAs L4-5 with bouts, sidelying rotation mobs; L lumbar region with hypomobile L4-5; fingertip-to-floor cm before and after: passes.
        ["v7-h38-allcaps-97140"] = new(
            """
            IRON RANGE THERAPY SVCS            DAILY TX NOTE               PG 001
            CPT   DESCRIPTION          MIN  UNT
            97140 MANUAL THERAPY        10    1
            TECH: STM L LUMBAR PARASPINALS & QL, GR III CENTRAL PA L4-L5 3 X 30 SEC, SIDELYING ROT MOB
            REGION/DEF: L LUMBAR, L4-5 HYPOMOBILE, L LE RADICULAR SX
            MEAS: FINGERTIP-TO-FLOOR 24 CM -> 17 CM
            """,
            ["M54.16"], [PT("97140", 10)], []),

        // Sea Island tilde 97116 by a PTA: hemi-walker gait on level and ramp with swing/heel-strike cues; L foot drag with hip hiking and stance time; distances with min A / CGA; household goal: passes.
        ["v7-h38-tilde-97116"] = new(
            """SEA ISLAND THERAPY ~ PTA ~ 97116 18 min ~ gait training w/ hemi-walker on level + a 10 ft ramp, cues for L knee flexion in swing and L heel strike ~ L foot drag w/ hip hiking, ↓ L stance time ~ 2 x 75 ft + ramp, min A for L advancement on the ramp, CGA on level ~ goal: household distances w/o help""",
            ["I69.354"], [PTA("97116", 18)], []),

        // Sonoran HTML wholly generic 97110 ("Ther ex per flowsheet.&nbsp; Pt tolerated well.&nbsp; Continue POC."): technique, generic, deficit and measure.
        ["v7-h38-html-generic-97110"] = new(
            """<p>Ther ex per flowsheet.&nbsp; Pt tolerated well.&nbsp; Continue POC.</p><p>97110 &ndash; 15 min</p>""",
            ["M62.81"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Chesapeake Word OT 97140: soft‑tissue mobilization to the R thenar eminence and A1 pulley region, retrograde massage, IP glides — region and techniques with no parameter or number at all: measure missing.
        ["v7-h38-word-97140-no-parameter"] = new(
            """
            Chesapeake Hand & Upper Extremity — OT
            Manual therapy (97140) – 12 min: soft‑tissue mobilization to the R thenar eminence and A1 pulley region, retrograde massage of the R thumb, IP joint glides.
            Pt reports less catching “in the mornings”.
            """,
            ["M65.311"], [OT("97140", 12)], [At(Measure, "97140")]),

        // Piedmont Dragon 97116, rollator gait through the doorway with floor stripes and cadence cues; shuffling, short steps and doorway freezing — no distance, assistance level or number: measure missing.
        ["v7-h38-dragon-97116-no-measure"] = new(
            "Gait training 97116 twenty minutes period Gait training with a rollator in the hallway and through the doorway comma with visual stripes on the floor and cadence cues comma working on heel strike and longer steps period new paragraph Deficits colon shuffling with short step length and freezing at the doorway period Plan to continue period",
            ["G20.A1"], [PT("97116", 20)], [At(Measure, "97116")]),

        // Flint Hills pipe wholly generic PTA 97530 ("Functional activities performed | Pt tolerated well | Cont POC"): technique, generic, deficit and measure.
        ["v7-h38-pipe-generic-97530"] = new(
            """FLINT HILLS REHAB - DAILY NOTE | Prov: R. Osei, PTA | 97530 Ther Act 20 min | Functional activities performed | Pt tolerated well | Cont POC""",
            ["M62.81"], [PTA("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes: complete ones a reviewer passes, and the ordinary weak ones

        // Willamette HTML TKA visit: "Ther Ex (97110) &ndash; 23 min" and "Manual (97140) &ndash; 10 min" both match; bike, quad sets, step-ups, wall slides with doses; patellar and tibiofemoral mobs with bouts; knee flexion/extension degrees: passes.
        ["vord-h38-html-tka-te-mt"] = new(
            """<p><b>WILLAMETTE VALLEY PT &amp; BALANCE</b> &ndash; Ortho Daily Note</p><p><b>S:</b> &quot;Stairs are getting easier; can&#39;t kneel yet.&quot;</p><p><b>Ther Ex (97110) &ndash; 23 min</b><br>Recumbent bike, seat 9, full revolutions for warm-up<br>Quad sets w/ towel roll 2&times;15, 5-s hold<br>Lateral step-ups 6&quot; 3&times;10<br>Wall slides to 90&deg; 3&times;10<br>For R knee ext/flex weakness &amp; ROM after TKA (6 wk)</p><p><b>Manual (97140) &ndash; 10 min</b><br>Sup/inf patellar mobs gr III 3&times;60 s; tibiofemoral post glides gr III 3&times;30 s in 90&deg; flexion</p><p><b>O:</b> R knee AROM 4&ndash;108&deg; (10&ndash;96&deg; last wk)</p><p><b>P:</b> progress to eccentric step-downs.</p>""",
            ["Z96.651", "M25.661"], [PT("97110", 23), PT("97140", 10)], []),

        // Willamette HTML PTA stroke visit: NMR "24 min" with "1:1 (PTA &amp; pt only)", step-stance weight acceptance with approximation, cone taps, forward lunges with facilitation; R LE recruitment and knee control; 5xSTS and SLS; TA "14 min" curb and car-transfer practice with CGA and a driving goal: passes.
        ["vord-h38-html-pta-stroke-nmr-ta"] = new(
            """<p><b>Neuro f/u &ndash; PTA</b> &ndash; 1:1 (PTA &amp; pt only)</p><p><b>97112 NMR &ndash; 24 min:</b> weight acceptance on R in step stance w/ approximation through the R hip; alternating cone taps w/ R stance; forward lunges w/ facilitation at R knee.<br><b>Deficit:</b> poor R LE motor recruitment, R knee buckling in early stance.<br><b>Measure:</b> 5xSTS 17.9 s; R SLS 5 s.</p><p><b>97530 Ther Act &ndash; 14 min:</b> curb up/down w/ SPC x 6, car transfer into the clinic&#39;s sedan x 3, CGA.<br>Goal: get in and out of the car to get to church.</p>""",
            ["I69.351"], [PTA("97112", 24), PTA("97530", 14)], []),

        // Sonoran HTML vestibular 97112, "&lt;b&gt;Care model:&lt;/b&gt; one-on-one": VOR x2, optokinetic video with weight shifts, EC foam head turns; L vestibular hypofunction and visual dependence; DVA lines and SOT composite: passes.
        ["vord-h38-html-vestibular-nmr"] = new(
            """<p><b>Care model:</b> one-on-one</p><p><b>97112 &ndash; 22 min</b></p><ul><li>VOR x2 (target moves opposite the head) seated &rarr; standing, 3 &times; 45 s</li><li>Optokinetic stripes video on the wall w/ A/P weight shifts</li><li>Foam stance EC w/ slow head turns</li></ul><p><b>Deficit:</b> L vestibular hypofunction, visual dependence on busy backgrounds</p><p><b>Outcome:</b> DVA 2 lines lost (4 at IE); SOT composite 64</p>""",
            ["H81.92"], [PT("97112", 22)], []),

        // Sonoran HTML PD visit with both minutes in the headings: NMR "23 min" (one-on-one; perturbations, high-amplitude steps, dual-task turns; postural instability; Push &amp; Release and TUG-cog) and gait "15 min" (laser-cane cueing, doorway approach, distance and SBA; freezing and step length): passes.
        ["vord-h38-html-pd-nmr-gait"] = new(
            """<h4>Sonoran Neuro &amp; Balance</h4><p><b>97112 Neuromuscular re-ed &ndash; 23 min</b> (one-on-one)<br>Manual perturbations in stance &amp; on foam; high-amplitude steps to targets; turning in place w/ counting backward by 3s.<br>Deficit: postural instability w/ retropulsion; dual-task interference.<br>Push &amp; Release 2; TUG-cog 16.4 s.</p><p><b>97116 Gait training &ndash; 15 min</b><br>Laser-cane visual cue for step initiation; doorway approach &amp; turns; 4 &times; 100 ft, SBA.<br>Deficit: freezing at doorways, short shuffling steps.</p>""",
            ["G20.A1"], [PT("97112", 23), PT("97116", 15)], []),

        // Three Rivers RTF lumbar visit, TE "20 minutes" and MT "12 minutes" in \tab columns; flexion-bias exercises, bike, bridging with doses; L4-5 hypomobility, central PAs and sidelying flexion mobs with bouts; walking tolerance and flexion cm: passes.
        ["vord-h38-rtf-lumbar-te-mt"] = new(
            """
            {\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}\f0\fs20
            \b THREE RIVERS ORTHOPAEDIC GROUP \'96 PT DAILY NOTE\b0\par
            \b 97110\b0\tab Therapeutic exercise\tab 20 minutes\par
            \tab Recumbent bike at level 3 for warm-up; single and double knee-to-chest 2 x 10; posterior pelvic tilts with 5-second hold x 15; bridging 3 x 10.\par
            \tab Target: lumbar flexibility and trunk/hip extensor endurance for standing and walking tolerance (stenosis).\par
            \b 97140\b0\tab Manual therapy\tab 12 minutes\par
            \tab Central posterior-anterior mobilizations L3-L5, grade III, 3 x 30 seconds; sidelying flexion mobilization L4-5.\par
            \tab L4-5 hypomobility; standing flexion fingertip-to-floor 19 cm (26 cm at eval); walking tolerance 3 blocks before leg symptoms.\par
            }
            """,
            ["M48.061", "M54.50"], [PT("97110", 20), PT("97140", 12)], []),

        // Three Rivers RTF PTA 97110 shoulder visit, "25 min" matching: pulleys, wand flexion, band ER/IR and rows with doses; R rotator cuff repair, ER strength grade and a reaching goal: passes.
        ["vord-h38-rtf-shoulder-te-pta"] = new(
            """
            {\rtf1\ansi\deff0{\fonttbl{\f0\fswiss Calibri;}}\f0\fs22
            \b PTA VISIT \'96 97110 Therapeutic exercise \'96 25 min\b0\par
            \bullet  Overhead pulleys flexion/scaption 2 x 15\par
            \bullet  Supine wand flexion 2 x 12 with 5-second hold\par
            \bullet  Yellow band ER/IR at 0\'b0 abduction 3 x 12\par
            \bullet  Standing rows, red band, 3 x 15\par
            Right rotator cuff repair, 12 weeks; ER 4-/5. Goal: reach the second kitchen shelf with the right arm.\par
            }
            """,
            ["M75.121"], [PTA("97110", 25)], []),

        // Flint Hills pipe two-code note: "97112 Neuro Re-ed 22 min" (1:1; step-stance perturbations, rocker board, cone reaches; L knee/ankle proprioception; SLS and FSST) and "97110 Ther Ex 16 min" (leg press, step-ups, heel raises with doses; L quad weakness): passes.
        ["vord-h38-pipe-nmr-te"] = new(
            """FLINT HILLS REHAB - DAILY NOTE | Prov: D. Whitehorse, PT | 97112 Neuro Re-ed 22 min | 1:1 w/ PT | Tx: step-stance perturbations, rocker board A/P & M/L, cone reaches in SLS | Deficit: ↓ L knee/ankle proprioception, late ankle strategy | SLS L 6 s R 18 s; FSST 11.8 s | 97110 Ther Ex 16 min | Leg press 3 x 12 @ 60 lb, lateral step-ups 6" 3 x 10, heel raises 3 x 15 | L quad weakness 4-/5 | Plan: add hop prep""",
            ["M17.12", "R26.81"], [PT("97112", 22), PT("97110", 16)], []),

        // Sea Island tilde two-code note: gait "15 min" (RW to SPC transition, curb, distance, SBA; R hip antalgic gait) and TE "15 min" (sit-to-stand, bridges, side-lying abduction with doses; R hip weakness): passes.
        ["vord-h38-tilde-gait-te"] = new(
            """SEA ISLAND THERAPY ~ DAILY NOTE ~ 97116 gait 15 min ~ RW → SPC transition in the hallway 3 x 100 ft, curb step-up/down x 4, SBA w/ SPC ~ antalgic R, ↓ R stance time, trunk lean R ~ 97110 TE 15 min ~ sit-to-stand from 18" w/o UE 3 x 8, bridges 3 x 12, side-lying R hip abd 3 x 10 ~ R hip ext/abd weakness 3+/5 after ORIF ~ Plan: progress SPC distance""",
            ["S72.001D"], [PT("97116", 15), PT("97110", 15)], []),

        // Tamarack pilcrow PTA visit: TA "18 min" (carrying a tray to the table, reaching to a closet shelf, floor-to-chair practice with CGA; goal) and TE "12 min" (seated marches, heel raises, chair stands with doses; LE weakness): passes.
        ["vord-h38-pilcrow-ta-te-pta"] = new(
            "TAMARACK SENIOR LIVING – OUTPATIENT THERAPY¶PTA visit¶97530 therapeutic activities 18 min: carrying a tray w/ 2 cups from the kitchenette to the table 4 trips, reaching to the closet shelf for a shoebox x 6, floor-to-chair recovery practice x 2 w/ CGA¶Goal: return to meals in the dining hall carrying her own tray¶97110 ther ex 12 min: seated marches 2 x 20, standing heel raises 3 x 12, chair stands 3 x 8 for B LE weakness (hips 4-/5)¶L. Petrakis, PTA",
            ["M62.81", "Z91.81"], [PTA("97530", 18), PTA("97110", 12)], []),

        // Canyon Country slash OT hand visit: MT "10 min" (scar massage, retrograde edema massage, carpal glides with bouts; R wrist region) and TA "20 min" (wringing, jar, keys, coins with CGA/indep counts; a goal): passes.
        ["vord-h38-slashes-hand-mt-ta"] = new(
            """CANYON COUNTRY OT & HAND // OT Visit // 97140 MT 10 min: scar massage volar R wrist, retrograde edema massage R hand, dorsal/volar carpal glides 3 x 30 s // R wrist stiffness after ORIF, ext 38° (30° last wk) // 97530 TA 20 min: wringing a washcloth x 10, opening a jar x 5, turning a key in a deadbolt x 10, picking coins from a purse x 10, all R hand, indep w/ extra time // Goal: manage her own purse and keys at the store""",
            ["S52.501D"], [OT("97140", 10), OT("97530", 20)], []),

        // Finger Lakes literal-\n 97112 ataxia visit, "25 min, PT one-on-one": Frenkel heel placement in supine, stepping to targets, tandem along the bar; ataxia and timing; SARA gait item and tandem steps: passes.
        ["vord-h38-literal-newline-ataxia-nmr"] = new(
            """FINGER LAKES REHAB\n97112 NMR 25 min, PT one-on-one\nFrenkel heel placement to marks in supine 2 x 10 ea; stepping to floor targets on a beat; tandem along the bar w/ fading UE support\nB LE ataxia w/ poor timing of foot placement, truncal sway\nTandem 6 steps w/o touch (3 last visit); 10 m walk 12.4 s\nPlan: tandem w/o bar""",
            ["R27.0", "R26.0"], [PT("97112", 25)], []),

        // Iron Range all-caps PTA visit with MIN column (97110 15, 97116 15): leg press, step-ups, heel raises with doses for R hip weakness; SPC gait with distances and SBA, antalgic gait: passes.
        ["vord-h38-allcaps-te-gait-pta"] = new(
            """
            IRON RANGE THERAPY SVCS            DAILY TX NOTE               PG 001
            CPT   DESCRIPTION          MIN  UNT
            97110 THER EXERCISE         15    1
            97116 GAIT TRAINING         15    1
            97110: LEG PRESS 3X12 @ 70 LB; FWD STEP-UPS 6IN 3X10; HEEL RAISES 3X15 - R HIP/KNEE WEAKNESS POST R THA
            97116: SPC L HAND, LEVEL + 4 STAIRS W/ RAIL, 2 X 200 FT, SBA - ANTALGIC R, DECR R HIP EXT AT TERM STANCE
            PROV: 0522 NIEMI PTA
            """,
            ["Z96.641"], [PTA("97110", 15), PTA("97116", 15)], []),

        // Iron Range all-caps 97112 with "1:1 ATTND: Y": tandem on foam with head turns, rocker board EC, retro walking; B feet proprioception and sensory reweighting; mCTSIB and tandem seconds: passes.
        ["vord-h38-allcaps-nmr"] = new(
            """
            IRON RANGE THERAPY SVCS            DAILY TX NOTE               PG 001
            CPT   DESCRIPTION          MIN  UNT
            97112 NEUROMUSC REEDUC      24    2
            1:1 ATTND: Y    GRP: N
            TECH: TANDEM ON FOAM W/ HEAD TURNS, ROCKER BD A/P EC, RETRO WALKING ON LINE
            DEFICIT: DECR PROPRIOCEPTION B FEET, POOR SENSORY REWEIGHTING (PERIPH NEUROPATHY)
            MEAS: MCTSIB COND 4 18 SEC; TANDEM EC 6 SEC
            """,
            ["G62.9"], [PT("97112", 24)], []),

        // Driftless OCR PTA 97110 "22 rnin": quad sets, SAQ with weight, mini-squats, step-ups with OCR'd doses ("3 x l5", "2 lb"); R knee OA weakness and a stairs goal: passes.
        ["vord-h38-ocr-te-pta"] = new(
            """
            DRIFTLESS AREA REHAB - PTA DAILY FLOWSHEET (faxed)
            97ll0 Ther ex .............. 22 rnin
            Exercise                        Sets/Reps/Wt
            Quad sets                       2 x l5, 5 sec ho1d
            SAQ                             3 x 1O, 2 lb
            Mini squats at counter          3 x 1O
            Step-ups 4"                     2 x l2
            Target: R knee OA - quad weakness 4-/5, goal stairs to basernent laundry
            """,
            ["M17.11"], [PTA("97110", 22)], []),

        // Driftless OCR two-code note, "[X] Individual": NMR "2O rnin" (rocker board, foam, stepping drills; postural control and ankle strategy; Berg) and TA "l5 rnin" (laundry and grocery carrying with SBA; goal): passes.
        ["vord-h38-ocr-nmr-ta"] = new(
            """
            DRIFTLESS AREA REHAB — PT DAILY FLOWSHEET (faxed)
            Session: [X] Individual   D Group   0 Co-treat
            97112 Neuro re-ed ......... 2O rnin
              Rocker bd EC 3 x 3O sec; foarn stance w/ ball toss; stepping strategy dri11s
              Def: ↓ postural control, slow ankle strategy         Berg 45/56
            97530 Ther act ............ l5 rnin
              Carrying laundry basket 1O lb 3O ft x 3; grocery bags from car trunk x 4, SBA
              Goal: carry laundry & groceries at home w/o LOB
            """,
            ["R26.81"], [PT("97112", 20), PT("97530", 15)], []),

        // Piedmont Dragon two-code note: "twenty five minutes" NMR one on one (PNF chops/lifts in half-kneel, perturbations, stepping; L trunk/hip recruitment and postural control; Berg) and "thirteen minutes" TE (sit-to-stand, heel raises, bridges with doses; L LE weakness): passes.
        ["vord-h38-dragon-nmr-te"] = new(
            "Piedmont Neuro Rehab new paragraph 97112 neuro muscular re-education twenty five minutes comma one on one period PNF chops and lifts in half kneeling comma perturbations at the pelvis in step stance comma and stepping the left foot to targets period Deficit colon poor left trunk and hip recruitment with impaired postural control on the left period Berg 43 out of 56 period new paragraph 97110 therapeutic exercise thirteen minutes period Sit to stand 3 sets of 10 comma heel raises 3 sets of 15 comma bridges 2 sets of 12 for left lower extremity weakness period",
            ["I69.354"], [PT("97112", 25), PT("97110", 13)], []),

        // Piedmont Dragon 97116, "twenty three minutes": rollator gait on level and ramp with trunk and step-length cues, 3 laps of 200 ft with stand-by; flexed trunk and neurogenic claudication limiting distance: passes.
        ["vord-h38-dragon-gait"] = new(
            "Gait training 97116 twenty three minutes period Rollator gait training on level surfaces and the ramp with cues for an upright trunk and longer steps comma 3 laps of 200 feet with stand by assist period new paragraph Impairments colon forward flexed trunk and leg symptoms from neurogenic claudication limiting walking distance period",
            ["M48.062"], [PT("97116", 23)], []),

        // Chesapeake Word OT two-code note: TA "22 min" (meal prep: chopping, pot to stove, unloading the dishwasher; CGA; cooking goal) and TE "10 min" (putty, Digi-Flex, wrist curls with doses; R hand/shoulder weakness): passes.
        ["vord-h38-word-ot-ta-te"] = new(
            """
            Chesapeake Hand & Upper Extremity — OT Daily Note
            Therapeutic activities (97530) – 22 min: chopped vegetables w/ a rocker knife, moved a 3‑lb pot from counter to stovetop x 5, unloaded the dishwasher to the upper cabinet — CGA for standing balance at the counter.
            Goal: cook a simple dinner for herself and her husband.
            Therapeutic exercise (97110) – 10 min: green putty grip/pinch 2 × 15; Digi‑Flex (red) 3 × 10; wrist curls 1 lb 2 × 12 — R hand and shoulder weakness (grip 18 lb R vs 41 lb L).
            """,
            ["M19.011"], [OT("97530", 22), OT("97110", 10)], []),

        // Gulf Breeze Word 97112 with a soft hyphen inside "proprio­ception", "one‑on‑one (just me and the pt)": BOSU squats, foam SLS with ball toss, stepping over hurdles; proprioception and knee control; SLS and Y‑Balance: passes.
        ["vord-h38-word-nmr-soft-hyphen"] = new(
            """
            Gulf Breeze PT – Neuro re‑ed 97112 – 22 min – one‑on‑one (just me and the pt)
            Mini‑squats on the BOSU (dome up) 3 × 10; single‑leg stance on foam w/ ball toss 3 × 30 s; stepping over 6″ hurdles w/ stick landing 2 × 8.
            Deficit: ↓ L knee proprio­ception and dynamic knee control after L meniscectomy.
            Measure: L SLS foam 12 s (R 25 s); Y‑Balance anterior reach L 57 cm / R 63 cm.
            """,
            ["S83.232D", "R26.81"], [PT("97112", 22)], []),

        // Clearinghouse note cut mid-word after everything it needs (single 97110, "18 min"): McKenzie extension, nerve glides, bird-dogs with doses; L5 radiculopathy and a sitting goal — "Next visit: progress to stan" is the cut: passes.
        ["vord-h38-truncated-after-content-97110"] = new(
            "97110 Ther ex 18 min: prone press-ups 3 x 10; standing extension 2 x 10 q hour (HEP); sciatic nerve glides in sitting 2 x 15; bird-dogs 3 x 8 w/ 5 s hold. For L L5 radiculopathy – centralizing w/ extension, goal sit through a full workday at his desk. Next visit: progress to stan",
            ["M54.16"], [PT("97110", 18)], []),

        // Sonoran HTML with <span style=…> wrappers on a PT two-code TBI visit: NMR "22 min" (one-on-one; dual-task stepping, head-turn walking, foam; dual-task postural control and vestibular; FGA) and TA "15 min" (shopping-list walk in the clinic with a basket, SBA; community goal): passes.
        ["vord-h38-html-span-styles-nmr-ta"] = new(
            """<p><span style="font-family:Arial;font-size:11pt"><b>97112 NMR &ndash; 22 min</b> &ndash; <span style="color:#006400">one-on-one</span></span></p><p><span style="font-size:11pt">Dual-task stepping (stepping on called colors while reciting months backward); walking w/ head turns; foam stance w/ eyes closed.</span></p><p><span style="font-size:11pt">Deficit: dual-task postural instability &amp; vestibular hypofunction after TBI. FGA 21/30.</span></p><p><span style="font-size:11pt"><b>97530 Ther Act &ndash; 15 min</b>: walked a 6-item &ldquo;shopping list&rdquo; route around the clinic carrying a basket, picking items from low &amp; high shelves, SBA. Goal: grocery shop alone at Fry&#39;s.</span></p>""",
            ["S06.2X0D"], [PT("97112", 22), PT("97530", 15)], []),

        // Finger Lakes literal-\n OT 97530 "24 min": dressing (button-down shirt, socks with an aid), toileting-transfer practice with grab bar; min A to CGA; L hemiparesis and a dressing goal: passes.
        ["vord-h38-literal-newline-ot-ta"] = new(
            """FINGER LAKES REHAB - OT\n97530 TA 24 min\nUB dressing: button-down shirt hemi technique x 2, min A for L sleeve\nLB dressing: socks w/ sock aid x 2, CGA\nToilet transfer w/ grab bar x 3, CGA\nL hemiparesis, ↓ L hand dexterity\nGoal: dress self for day program w/ setup only""",
            ["I69.354"], [OT("97530", 24)], []),

        // Driftless OCR PTA 97116 "2O rnin": RW gait with stair and curb practice, step-through cues; R step length and foot clearance; "2 x 15O ft", CGA: passes.
        ["vord-h38-ocr-gait-pta"] = new(
            """
            DRIFTLESS AREA REHAB - PTA DAILY FLOWSHEET (faxed)
            97116 Gait trng ........... 2O rnin
            RW on tile + carpet 2 x 15O ft; 4 stairs w/ rail step-to; curb x 2; cues for step-through & heel strike
            Def: short R step length, ↓ R foot c1earance
            Assist: CGA stairs, SBA level
            """,
            ["R26.2"], [PTA("97116", 20)], []),

        // Willamette HTML 97110, complete (heel raises, monster walks, step-downs with doses; L ankle weakness after fracture), sent with no diagnosis on the visit: diagnosis missing.
        ["vord-h38-html-complete-no-dx"] = new(
            """<p><b>97110 Ther Ex &ndash; 20 min</b></p><ul><li>Single-leg heel raises L 3&times;10</li><li>Monster walks, blue band, 4&times;25 ft</li><li>Lateral step-downs 6&quot; 3&times;8</li></ul><p>L ankle PF/EV weakness (4-/5) after L bimalleolar fx ORIF, 14 wk.</p>""",
            [], [PT("97110", 20)], [Dx]),

        // Iron Range all-caps generic two-code note with the MIN column exported as "--" and only "TOTAL TIMED 37 MIN": "THER EX & NEURO RE-ED PER FLOWSHEET, TOL WELL, CONT POC" — technique, generic, deficit and measure on both, one-on-one on 97112, separate time.
        ["vord-h38-allcaps-generic-total-only"] = new(
            """
            IRON RANGE THERAPY SVCS            DAILY TX NOTE               PG 001
            CPT   DESCRIPTION          MIN  UNT
            97112 NEUROMUSC REEDUC      --   --
            97110 THER EXERCISE         --   --
            TX: THER EX & NEURO RE-ED PER FLOWSHEET. PT TOL WELL. CONT POC.
            TOTAL TIMED 37 MIN
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // Flint Hills pipe PTA 97112, complete (SLS on foam, lateral stepping with band perturbations, EC tandem; L proprioception and hip strategy; SLS and TUG) — but nothing says one-on-one: one-on-one missing.
        ["vord-h38-pipe-pta-nmr-unstated"] = new(
            """FLINT HILLS REHAB - DAILY NOTE | Prov: R. Osei, PTA | 97112 Neuro Re-ed 22 min | Tx: SLS on foam w/ reaches, lateral stepping w/ band perturbations at the pelvis, tandem EC at the counter | Deficit: ↓ L LE proprioception, poor hip strategy | SLS L 5 s; TUG 11.6 s | Plan: cont 2x/wk""",
            ["I69.354"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // Driftless OCR PT 97110 with "27 rnin" against a line of 12 (complete: exercises with doses, R shoulder region and weakness): time mismatch on 97110.
        ["vord-h38-ocr-te-mismatch"] = new(
            """
            DRIFTLESS AREA REHAB - PT DAILY FLOWSHEET (faxed)
            97ll0 Ther ex .............. 27 rnin
            Pulleys flex 2 x l5; wand ER supine 2 x 1O; rows red band 3 x l2; wall walks x 1O
            Target: R shoulder weakness + stiffness after cuff repair (flex 12O deg)
            """,
            ["M75.121"], [PT("97110", 12)], [At(Mismatch, "97110")]),

        // Three Rivers RTF 97110, complete (bike, bridges, pelvic tilts, standing hip extension with doses; lumbar flexibility and hip extensor endurance), but the diagnosis cell holds free text "lumbar stenosis": diagnosis missing.
        ["vord-h38-rtf-free-text-dx"] = new(
            """
            {\rtf1\ansi\deff0{\fonttbl{\f0\fswiss Arial;}}\f0\fs20
            \b 97110\b0\tab Therapeutic exercise\tab 20 minutes\par
            \tab Recumbent bike level 2 for warm-up; bridging 3 x 10; posterior pelvic tilts with 5-second hold x 15; standing hip extension at the counter 2 x 12 each.\par
            \tab Target: lumbar flexibility and hip extensor endurance to walk the dog around the block.\par
            }
            """,
            ["lumbar stenosis"], [PT("97110", 20)], [Dx]),

        // Canyon Country slash OT visit: TA "20 min" stated, TE has its exercises and doses but no minutes anywhere: separate time missing.
        ["vord-h38-slashes-two-codes-one-minutes"] = new(
            """CANYON COUNTRY OT & HAND // OT Visit // 97530 TA 20 min: folding towels & hanging shirts on hangers at shoulder height x 10, putting cans on an upper shelf x 8, SBA // Goal: do her own laundry after L proximal humerus fx // 97110 TE: pendulums x 20, table slides 2 x 15, AAROM wand flexion 2 x 10 // L shoulder flex 95° AROM""",
            ["S42.202D"], [OT("97530", 20), OT("97110", 12)], [SepTime]),

        // Sonoran HTML "<p>1:1 balance training. Tolerated well. Cont POC.</p>" on 97112: one-on-one stated, but no technique, deficit or measure: technique, generic, deficit and measure (no one-on-one finding).
        ["vord-h38-html-generic-with-one-on-one"] = new(
            """<p>97112 &ndash; 20 min</p><p>1:1 balance training.&nbsp; Tolerated well.&nbsp; Cont POC.</p>""",
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
