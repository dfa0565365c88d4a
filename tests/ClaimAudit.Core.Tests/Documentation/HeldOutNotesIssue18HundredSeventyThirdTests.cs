using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-seventy-third held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read for
/// their format and to write phrasings, vocabulary and examples they do not already have). The engine's output on these
/// notes was never looked at while writing them, and the tests were never run by the reviewer.
/// Written 2026-12-07 (the twenty-third session, blind), the set is the next week (Monday 12/14 to Friday 12/18/2026) of
/// the clinics of the hundred-and-sixty-ninth to hundred-and-seventy-second sets, each clinic in its own template and
/// its own writers' voices, at most eight notes from any one clinic — no new styles, the same writers, new patients and
/// returning ones, new wording — about two thirds ordinary and complete (69 of 104), single- and multi-code visits
/// (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and an OT's code on one visit), by PTs, PTAs and
/// OTs, from fifteen clinics of those sets:
/// <list type="number">
/// <item>the unpunctuated clinics of the hundred-and-sixty-ninth set, typing as hurriedly as they did: Short North
/// Sports &amp; Spine (SNSS: Nadia Farhat's lower-case run-on "1on1" and "perts", Brent Halloran's double spaces and one
/// final period, Jess Tran's "25# kb 3x8 ea", Mateo Velez's full sentences on a calmer day), Middle Loup Mobile PT
/// (MLMPT: Carla Hindman's "pt n me" and her "nmrx" expansion "97112 __ min 1on1 __ tx __ def __ meas __", Wade
/// Pettijohn's single closing period) and Wapello Heights Care Center (WHCC: "[x] individual [ ] concurrent [ ] group",
/// "97112 x 23 min", "res", "rm 214", "CGA": Patrice Dunagan, Dmitri Lukin (PTA), Ann-Marie Tibbetts (OTR/L));</item>
/// <item>the quoting clinics of the hundred-and-sixty-eighth set as the later sets carry them: Hollyhock Lane Geriatric PT
/// (HLG: "IN HER OWN WORDS: … (quoted as said)", "WHAT WE DID: 97112 · 23 min", "1:1 for billed time: ☐ Yes ☐ No",
/// "WHY:", "MEASURED:": Mariah Greenlee, Thomas Ashby, Luanne Pressley (PTA), Fern Ocampo (OTR/L)), Wintergreen Movement
/// Disorders Center (WMDC: "Med state:", "Pt says:", "Wife says:", "Delivery: ☐ Individual ☐ Group (PWR! class) ☐
/// Co-treat": Colleen Marsh, Isaac Brandt, Tovah Lerner (PTA), Benedikt Varga (OTR/L)) and Saltmeadow Women's Health
/// &amp; Balance PT (SWH: "She reports:" in curly quotes, "Neuromuscular re-education 97112 (23 min) · 1:1": Noor
/// Haddad-Quinn, Abigail Tisdale, Marisol Vega (PTA), Hana Okafor (OTR/L));</item>
/// <item>the template clinics of the hundred-and-seventieth to -seventy-second sets: White River PT &amp; Balance (WRPT:
/// "Svc: 97112 NMR — 22 min", "Attendance: [X] 1:1 …", "What we did:", "Why:", "Numbers:", Lorraine Meacham's "[CO
/// query: …]" answered and "[CO: resolved LM]"), Quoddy Bay Regional Hospital (QBRH: "CPT 97112 NEUROMUSCULAR RE-ED — 23
/// MIN", "DELIVERY: ☒ Individual", "OUTCOME MEASURE: … SCORE: …"), Petit Caillou PT (PCPT: "Code 97112 Neuro re-ed
/// ........ 22 min", "Did:", "For:", "Numbers:", the "Bayou Balance" levels, Jules Guidry's "cher" and "de"), Rosario
/// Strait Physiotherapy (RSP: "14.12.2026", "97112 NMR 14.00–14.22 (22') · 1:1", kilograms and centimetres), Ocmulgee
/// River PT (OCM: the post-TPE template rev. C with a clock range on each timed code's line and "[X] 1:1 constant
/// attendance"), Imperial Valley Balance &amp; PT (IVBPT: "DOS", "97112 — 23 min", "Deficit:", "{{REVIEW: …}}",
/// "Clinician reply:", "{{CLEARED — KM}}"), Touchet Valley PT (TVPT: "SERVICE:", "DELIVERY: One-on-one for the entire
/// billed service? Y", "WHAT I DID AND WHY:", "DEFICIT ADDRESSED:", "NOTE TO REVIEWER:"), Lakeshore Motion PT (LMPT: "Code:
/// 97112 | Min: 23 | Attendance: (x) 1:1 …", "#s:") and Porchlight Therapy at Home (PTH: "Visit at:", "Present:", "97116 [
/// 17 ] min", "Assist/Dist:").</item>
/// </list>
/// This week's people: a soccer keeper and a lacrosse player on the next table, a bike courier, a roller-derby jammer, a
/// line cook, a sister crocheting on the couch, a blue heeler underfoot, a sale-barn fall, residents in rooms 118, 122 and
/// 214 and the bingo board, a pecan-pie baker, a deer-stand hunter, a quilter, a boatyard welder, a sailmaker, a
/// whale-watch guide, a harbour master, a shrimp-boat man whose wife brought boudin, a crabber, a trawl-net puller, a
/// clam digger, a herring-weir worker, a high-school pitcher, a potter wedging clay, a hiking guide, an onion-shed worker,
/// a wheat farmer and an asparagus picker, an el conductor, a Galax fiddler and a school-bus driver; wives, husbands, a
/// dad, a daughter, a grandson, an aide and a dog in the room, and another patient where the note says so.
/// Each note's DOC_* findings were judged by hand as a payer reviewer who knows these clinics' templates and writers,
/// applying the contract to what the text says: double spaces and line breaks separate fields as a full stop would, a
/// lower-case note says what it would in capitals, a number belongs to the word it is written against, an unticked row,
/// a blank ("__", "___", "____") or an unfilled text-replacement field states nothing, a ticked box states what it names,
/// and a compliance or audit query is not the clinician's statement while the clinician's answer is:
/// <list type="bullet">
/// <item>class 1 (v1-h173-…): one-on-one in these writers' own words ("1on1 whole block dad waited in the lobby", "pt n
/// me only her sister on the couch crocheting", "☒ Yes — the aide wheeled her in and went back to the hall", "[X]
/// one-on-one — jus' me an' him, his wife brought de boudin an' sat by de door"), notes that negate it ("switched back and
/// forth w the lacrosse kid on the next table whole block", two residents "together in the bars taking turns") or never
/// state it (a WMDC note with its delivery row deleted), and a PTA's 97110 semi-private beside another new mother, which
/// has no one-on-one check;</item>
/// <item>class 2 (v2-h173-…): checkbox and blank-field states ("[ ] individual [ ] concurrent [ ] group" with nothing
/// ticked, the row ticked concurrent on a billed 97112, "1on1 __" and "def __" in the text-replacement, "OUTCOME MEASURE:
/// ____ SCORE: ____", "1:1 for billed time: ☐ Yes ☐ No", the WMDC delivery row unticked, "One-on-one for the entire billed
/// service? ___"), and a blank beside filled-in text ("#s: Berg ___ | SLS L 10 sec, R 24 sec");</item>
/// <item>class 3 (v3-h173-…): named programmes and methods as techniques (Frenkel exercises, a Feldenkrais pelvic clock,
/// Maitland grade IV PAs with muscle energy technique, Dynamic Neuromuscular Stabilization positions, graded motor imagery
/// with mirror therapy on an OT's 97112), "Thrower's Ten per protocol" with its exercises named and no dose, and PNF
/// rhythmic initiation with Frenkel heel slides and no deficit named;</item>
/// <item>class 4 (v4-h173-…): deficits stated as findings (a woman who loses her balance turning from the closet with
/// her arms full, numb feet that can't tell where the boat deck is, a foot that catches on the church aisle runner, a
/// resident who leans right in the wheelchair and falls reaching for the call light) and notes that state none (the care
/// center's "impairments wnl", "IMPAIRMENT: none noted today", "Impairment: same as last visit", a 97140 with techniques
/// and doses and no region);</item>
/// <item>class 5 (v5-h173-…): measures in every usual form (loads, sets and seconds strung together, "mctsib foam ec 12s
/// foam eo 30s", functional reach in centimetres with a catch count, Mini-BESTest with a freezing count, "Assist/Dist: 220
/// ft RW CGA → SBA") and notes with none ("looked way more solid today", "will retest the Berg at the progress note", a
/// 97530 with no count or assistance, "progressed — added weight to all of it" on a 97110);</item>
/// <item>class 6 (v6-h173-…): minutes in these writers' forms (three codes in double-spaced fields, a PT's and an OT's
/// code each "x N min", two clock ranges on the codes' own lines, RSP's "(22')" and "(10')", two dotted lines, two "Svc:"
/// lines, two minute boxes) and true mismatches ("97110 25 min" on 14, a heading's 30 on 18, "97116 — 12 min" on 24, "97110
/// — 25 min" on 13 beside a matching 97112) and truly missing separate time ("tx 37 min total", a second minute box left "[
/// __ ]", "38 min combined, not split by code");</item>
/// <item>class 7 (v7-h173-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check:
/// an empty export on a two-code visit, spaces and line breaks with no diagnosis), the contract's meanings for 97110
/// (rows, push-ups and carries for a mother of twins), 97530 (a laundry basket and a clothesline), 97140 (lumbar PAs and
/// soft tissue with range before and after) and 97116 (walker to cane on a garden path), and wholly generic notes ("Ther
/// ex per flowsheet. Tolerated well. Continue POC.", "balance training + coordination ex tol well cont poc", "did her ex +
/// bal stuff tol ok cont poc" on a two-code phone note);</item>
/// <item>ordinary (vord-h173-…): complete notes of the fifteen clinics that a reviewer passes (the false-positive guard),
/// with their harmless leftovers (an answered and resolved CO query, a cleared REVIEW, a dog present), and the ordinary
/// weak ones: a complete note with no diagnosis and a claim whose diagnosis cell holds "#N/A".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — ages, dates of service in US and
/// day-first form, times of day a dose was taken, step and box heights in inches and centimetres, loads in pounds and
/// kilograms, distances in feet, metres and miles, treadmill speeds, degrees, grip pounds, reach and hop distances,
/// letter heights, laterality percentages, room numbers and counts of pushes, turns, lifts and hops — and each is
/// written so that a reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code
/// ("97112 22 min", "97112 x 23 min", "97112 · 22 min", "97112 — 23 min", "Code: 97112 | Min: 23", "97116 [ 17 ] min"),
/// in its block's heading ("CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN", "Code 97112 Neuro re-ed ........ 22 min") or as a
/// clock range on the code's own line ("97112 NMR 14.00–14.22 (22')", "97116 Gait Training | 2:10–2:26 pm"); no note
/// gives minutes to a visit, a drill, a rest or a test, except the two that fail for a visit total ("tx 37 min total",
/// "38 min combined, not split by code"); notes failed for want of a measure carry no number but their code and its minutes.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes the
/// measure check only on an objective measure with a number; for the other codes a dose (sets, repetitions, load,
/// hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a family member,
/// caregiver, aide or dog in the room does not undo a one-on-one statement, another patient treated in the same block
/// does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what this week's writers make arguable: a run-on line where a number could belong to the
/// drill before it or the code after it, "1on1" typed beside a second patient's name with no word of whether they were
/// treated, a ticked individual row above a note that says the resident joined a group after the billed block, a range
/// of motion written with no joint as a 97140's only region, and a text-replacement field filled with a word that only
/// half answers it ("def see above").
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 101 of 104 cases agree (102 needed), and 1 of the 69 notes the reviewer passes got a finding, on the analyzer of ed4cfb9 (main 1a10279, the final code of the 2026-12-07 twenty-second session, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, 6ede27d): 104 of 104, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredSeventyThirdTests(ITestOutputHelper output)
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

        // SNSS Nadia Farhat's lower-case run-on, "1on1 whole block dad waited in the lobby": BOSU single-leg stance with ball toss, lateral perturbations at the hips, drop jump to stick; R knee proprioception and valgus on landing; SLS seconds and Y-balance; a 17-year-old keeper; 97112 23 min matches: passes.
        ["v1-h173-snss-farhat-dad-in-the-lobby"] = new(
            """
            97112 23 min 1on1 whole block dad waited in the lobby bosu sl stance w ball toss + lateral perts at the hips + drop jump to stick R knee proprio poor valgus on landing soccer keeper 17 y sls R on bosu 8s L 19s y balance ant R 57 cm L 64 cm
            """,
            ["S83.511D"], [PT("97112", 23)], []),

        // SNSS Brent Halloran's double spaces, "switched back and forth w the lacrosse kid on the next table whole block" — another patient treated in the billed time: one-on-one missing; rocker board, Airex, L ankle proprioception, SLS seconds present.
        ["v1-h173-snss-halloran-lacrosse-kid-next-table"] = new(
            """
            97112  22 min  switched back and forth w the lacrosse kid on the next table whole block  rocker board eyes closed  SL stance on the Airex w head turns  L ankle proprioception deficit after the sprain  SLS L 7s R 18s.
            """,
            ["S93.402D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // MLMPT PTA Wade Pettijohn's phone note, "pt n me only her sister on the couch crocheting": tandem at the counter, stepping over the dog bed, eyes-closed stance on the couch cushion; poor postural control reaching into the chest freezer; Berg and tandem seconds; single closing period: passes.
        ["v1-h173-mlmpt-pettijohn-sister-crocheting"] = new(
            """
            97112 22 min pt n me only her sister on the couch crocheting  tandem along the kitchen counter + stepping over the dog bed + eyes closed stance on the couch cushion  poor postural control sways reaching down into the chest freezer  berg 46/56 tandem 11s.
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // WHCC PTA Dmitri Lukin: "did res in rm 118 and res in rm 122 together in the bars taking turns" — another resident treated in the billed time: one-on-one missing; foam marching, stepping reactions; delayed stepping reactions; Berg present.
        ["v1-h173-whcc-lukin-two-residents-taking-turns"] = new(
            """
            97112 x 21 min  did res in rm 118 and res in rm 122 together in the bars taking turns  marching on foam + stepping reactions to pushes at the hips + tandem in the bars  delayed stepping reactions fell backward at the dining room door  berg 39/56
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // HLG Daphne, Thomas Ashby: "1:1 for billed time: ☒ Yes ☐ No — the aide wheeled her in and went back to the hall"; pushes in stride stance, reaching out of base on foam, stepping to targets; delayed protective step; Berg and pushes caught; 97112 · 22 min matches: passes.
        ["v1-h173-hlg-aide-wheeled-her-in"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Landry, Eunice (86) · Thomas Ashby, PT · 12/14/2026
            IN HER OWN WORDS: "I reached for the pecan pie on the top rack and the whole kitchen tipped." (quoted as said)
            WHAT WE DID: 97112 · 22 min — pushes at the shoulders in stride stance, reaching out of her base on foam, stepping to colored targets on cue.
            1:1 for billed time: ☒ Yes ☐ No — the aide wheeled her in and went back to the hall.
            WHY: delayed protective step and posterior sway when she reaches overhead.
            MEASURED: Berg 43/56; 5 of 10 pushes caught with one step.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // WMDC Lynchburg, Colleen Marsh, with the delivery row deleted and no word of attendance anywhere: one-on-one missing; turning to clock targets, weight shift to a metronome; freezing on turns; TUG and a freezing count present.
        ["v1-h173-wmdc-marsh-delivery-row-deleted"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Harlan Tuck, 74 · Med state: ON, dose at 8
            Pt says: "I freeze up when I turn around at the mailbox."
            97112 — 23 min
            Turning to clock-face targets on the floor with a count, lateral weight shift to a metronome before stepping off, stepping over tape lines at a doorway.
            Deficit: freezing on turns and poor weight shift to start a step.
            Measures: TUG 16.4 sec; froze 2 of 6 turns (5 of 6 at eval).
            """,
            ["G20.A1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SWH Westerly, PTA Marisol Vega: a 97110 worked beside another new mother on the next mat — 97110 has no one-on-one check; bridges, side planks, banded squats with doses; hip and core weakness: passes.
        ["v1-h173-swh-vega-97110-beside-another-mom"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Westerly
            Visit note · Marisol Vega, PTA · 12/15/2026
            She reports: “Carrying the car seat up the porch steps still makes my back ache.”
            Therapeutic exercise 97110 (15 min), semi-private beside another new mom on the next mat: glute bridges with a ball squeeze 3x12, side planks from the knees 3 holds of 20 sec each side, goblet squats with an 8 lb kettlebell 3x10.
            Impairment: hip extensor and lateral trunk weakness with low back pain lifting the car seat.
            Objective: single-leg bridge L 8 reps, R 12 reps.
            """,
            ["M54.50", "O90.89"], [PTA("97110", 15)], []),

        // PCPT Houma, Jules Guidry: "[X] one-on-one — jus' me an' him, his wife brought de boudin an' sat by de door"; foam stance with head turns, stepping onto the dock-height step, pushes; late step; Berg and pushes; 22 min matches: passes.
        ["v1-h173-pcpt-jules-wife-brought-boudin"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/16/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group — jus' me an' him, his wife brought de boudin an' sat by de door
            Did: foam stance wit' head turns, step-and-stick up onto de dock-height step, pushes at de hips
            For: late protective step an' sway; he miss de step gettin' off de shrimp boat, cher
            Numbers: Berg 47/56; 7 of 10 pushes caught
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // WHCC Patrice Dunagan: the delivery row with no box ticked, "[ ] individual [ ] concurrent [ ] group", and no word of attendance: one-on-one missing; foam stance, reactive steps; postural control; Berg present.
        ["v2-h173-whcc-dunagan-no-box-ticked"] = new(
            """
            [ ] individual [ ] concurrent [ ] group  97112 x 23 min  foam stance eyes closed in the bars + reactive steps to pushes fwd and sideways + reaching to the bingo board on foam  poor postural control falls back reaching  berg 42/56
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // WHCC PTA Dmitri Lukin: the row ticked concurrent on a billed 97112, "[ ] individual [x] concurrent [ ] group": one-on-one missing; tandem and stepping over cones; proprioception; tandem seconds present.
        ["v2-h173-whcc-lukin-concurrent-ticked"] = new(
            """
            [ ] individual [x] concurrent [ ] group  97112 x 22 min  tandem stance in the bars + stepping over cones + foam marching eyes closed  decreased proprioception both feet neuropathy  tandem 6s R fwd 4s L fwd
            """,
            ["E11.42"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // MLMPT Carla Hindman's "nmrx" expansion with the attendance blank left "1on1 __": one-on-one not stated; tx, def and meas filled (rocker, foam, pushes; vestibular hypofunction; DGI).
        ["v2-h173-mlmpt-hindman-1on1-blank"] = new(
            """
            97112 22 min 1on1 __ tx gaze x1 standing on the couch cushion + walking the hall w head turns + tandem at the counter def L vestibular hypofunction veers walking to the calving barn meas dgi 17/24
            """,
            ["H81.22"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // MLMPT Carla Hindman's "nmrx" with "def __" left blank: no deficit or system stated anywhere; one-on-one, tandem on the porch boards, stepping over the hose, cushion stance eyes closed, Berg and TUG present.
        ["v2-h173-mlmpt-hindman-def-blank"] = new(
            """
            97112 23 min 1on1 pt n me tx tandem on the porch boards + stepping over the garden hose + couch cushion stance eyes closed def __ meas berg 47/56 tug 12.8s
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // QBRH Eastport, Nora Cobb: "OUTCOME MEASURE: ____ SCORE: ____" left blank and no other number but the code and its minutes: measure missing; Individual ticked, rocker and foam, postural control present.
        ["v2-h173-qbrh-outcome-measure-blank"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: rocker board M/L with eyes closed, foam stance with head turns, pushes at the pelvis in tandem
            IMPAIRMENT: impaired postural control; he sways on the wet breakwater planks
            OUTCOME MEASURE: ____ SCORE: ____
            Nora Cobb, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // HLG Fairhope, Mariah Greenlee: "1:1 for billed time: ☐ Yes ☐ No" with neither box ticked and nothing else about attendance: one-on-one missing; otherwise complete (stepping over the yardstick, foam with head turns; delayed stepping; Berg).
        ["v2-h173-hlg-greenlee-yes-no-unticked"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Thibodeaux, Mavis (79) · Mariah Greenlee, PT, DPT, GCS · 12/15/2026
            IN HER OWN WORDS: "At the Christmas parade I had to hold my neighbor's arm the whole route." (quoted as said)
            WHAT WE DID: 97112 · 23 min — foam stance with head turns, stepping over the yardstick forward and sideways, tandem walking along the hall rail.
            1:1 for billed time: ☐ Yes ☐ No
            WHY: delayed stepping reaction and sway in crowds.
            MEASURED: Berg 44/56; tandem 8 sec.
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // WMDC Bedford, PTA Tovah Lerner: "Delivery: ☐ Individual ☐ Group (PWR! class) ☐ Co-treat" left unticked and no word of attendance: one-on-one missing; big steps, weight shifts, turns; freezing; TUG present.
        ["v2-h173-wmdc-lerner-delivery-unticked"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Wendell Amos, 78 · Med state: ON
            Wife says: "He does fine in the orchard rows and freezes at the church door."
            97112 — 22 min
            Delivery: ☐ Individual ☐ Group (PWR! class) ☐ Co-treat
            Big steps over floor tape to a count, lateral weight shift before the first step, approaching a narrow doorway with a visual target on the far side.
            Deficit: freezing at doorways and start hesitation.
            Measures: TUG 17.2 sec; doorway passes 4 of 8 without a freeze.
            """,
            ["G20.A1"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // LMPT Archer Ave: "Attendance: (x) 1:1" ticked and "#s: Berg ___ | SLS L 10 sec" — a blank beside a filled measure; rocker board, BOSU; L ankle proprioception; "Code: 97112 | Min: 23" matches: passes.
        ["v2-h173-lmpt-berg-blank-sls-filled"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (J. Ruiz, PT)
            Code: 97112 | Min: 23 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: rocker board A/P eyes closed, single-leg stance on the BOSU with head turns, step-down to stick off the 6 inch box
            Why: L ankle proprioception after the sprain; the mail carrier rolls it stepping off the curb
            #s: Berg ___ | SLS L 10 sec, R 24 sec
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // TVPT Dayton, Celeste Vandergriff: "DELIVERY: One-on-one for the entire billed service? ___" left blank: one-on-one missing; PNF rhythmic stabilisation, tandem with head turns; trunk postural control; Berg present.
        ["v2-h173-tvpt-delivery-question-blank"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — Dayton
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: One-on-one for the entire billed service? ___
            WHAT I DID AND WHY: PNF rhythmic stabilization in half kneeling, tandem walking with head turns, stepping onto the foam beam to a stop, to retrain trunk control
            DEFICIT ADDRESSED: trunk postural control; she sways lifting hay bales off the stack
            OBJECTIVE: Berg 48/56
            Celeste Vandergriff, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // TVPT Waitsburg, Owen Takacs: Frenkel exercises supine, sitting and standing, heel to targets on the floor; limb ataxia; SARA and target hits; one-on-one Y: passes.
        ["v3-h173-tvpt-frenkel-exercises"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — Waitsburg
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: Frenkel exercises — supine heel slides to a marked target, sitting heel placement into numbered squares, standing step placement to footprints on the floor, slow then to a count, to retrain limb coordination
            DEFICIT ADDRESSED: L lower-limb ataxia and dysmetria after the cerebellar stroke; he misses the tractor step
            OBJECTIVE: SARA 11/40; 8 of 10 standing placements inside the square
            NOTE TO REVIEWER: progressing, continue.
            Owen Takacs, PT
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // SWH Old Saybrook, Noor Haddad-Quinn: Feldenkrais pelvic clock in supine and sitting, then on the foam; lumbopelvic and pelvic-floor motor control; SLS and leak-free hops; 1:1: passes.
        ["v3-h173-swh-feldenkrais-pelvic-clock"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Old Saybrook
            Visit note · Noor Haddad-Quinn, PT, DPT, WCS · 12/14/2026
            She reports: “I tried a jump rope with my daughter and had to stop after a few skips.”
            Neuromuscular re-education 97112 (22 min) · 1:1 — Feldenkrais pelvic clock in supine and in sitting, then single-leg stance on foam with pelvic floor pre-contraction, hop to stick with the knack.
            Impairment: lumbopelvic and pelvic floor motor control with leakage on impact.
            Objective: SLS on foam L 14 sec; 7 of 10 hops without leakage.
            """,
            ["N39.3"], [PT("97112", 22)], []),

        // RSP Friday Harbor: Maitland grade IV PA mobilisations T6–T8 and muscle energy technique for the L1 segment; thoracic and upper lumbar stiffness; rotation degrees; 97140 clock range 11': passes.
        ["v3-h173-rsp-maitland-and-met"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 14.12.2026 · sailmaker, 58 y
            97140 MT 09.10–09.21 (11') · 1:1
            Maitland grade IV central PAs T6–T8, muscle energy technique for the L1 segment into R side-bending, soft tissue to the thoracolumbar paraspinals.
            Problem: thoracic and upper lumbar stiffness; he can't reach across the sail on the loft floor.
            Measures: seated rotation R 38° to 50°; L 41° to 49°.
            """,
            ["M54.6"], [PT("97140", 11)], []),

        // SNSS Mateo Velez on a calmer day: DNS 3-month supine and prone positions progressed to side-lying and tripod; lumbopelvic motor control; active straight-leg raise and a timed hold; one-on-one: passes.
        ["v3-h173-snss-velez-dns-positions"] = new(
            """
            97112 — 22 min, one-on-one. Dynamic Neuromuscular Stabilization: 3-month supine with the legs held off the table, 3-month prone on the elbows, progressed to oblique sit and tripod. Poor lumbopelvic motor control with rib flare and a lost brace under load; the line cook's back gives out lifting the stockpot. Active SLR 1/5 L (3/5 at eval); side plank 28 sec.
            """,
            ["M54.50"], [PT("97112", 22)], []),

        // HLG Fairhope, Fern Ocampo (OTR/L): graded motor imagery — left/right hand judgement on the tablet, then mirror therapy; R hand CRPS with neglect-like guarding; laterality accuracy and seconds; "☒ Yes" 1:1 on the OT's 97112: passes.
        ["v3-h173-hlg-ot-graded-motor-imagery"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Arceneaux, Lorena (68) · Fern Ocampo, OTR/L · 12/16/2026
            IN HER OWN WORDS: "My right hand doesn't feel like it belongs to me when I quilt." (quoted as said)
            WHAT WE DID: 97112 · 21 min — graded motor imagery: left/right hand judgement on the tablet, imagined movements, then mirror therapy with the R hand hidden while the L threads the quilting needle.
            1:1 for billed time: ☒ Yes ☐ No
            WHY: R hand complex regional pain syndrome with impaired body schema and motor planning.
            MEASURED: laterality 78% correct at 2.4 sec per image (61% at 3.9 sec at eval).
            """,
            ["G90.511"], [OT("97112", 21)], []),

        // WRPT Eureka Springs, Kacey Ormsby (PTA): "Thrower's Ten per protocol" with its exercises named for a R shoulder, no dose and no other number but the code and its minutes: measure missing on 97110.
        ["v3-h173-wrpt-throwers-ten-no-dose"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note — Kacey Ormsby, PTA
            Svc: 97110 TE — 16 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: Thrower's Ten per protocol — sidelying ER, prone horizontal abduction, full can, band D2 flexion, seated press-ups
            Why: R shoulder external rotator and scapular weakness; the high-school pitcher can't throw a bullpen yet
            Numbers: did the whole series
            """,
            ["M75.101"], [PTA("97110", 16)], [At(Measure, "97110")]),

        // IVBPT Holtville, G. Olmedo (PTA): PNF rhythmic initiation into sit-to-stand and Frenkel heel slides with one-on-one and Berg, but no deficit or system named anywhere: deficit missing.
        ["v3-h173-ivbpt-pnf-frenkel-no-deficit"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Holtville
            DOS 12/15/2026    G. Olmedo, PTA
            97112 — 22 min
            One-on-one, just the two of us.
            PNF rhythmic initiation into sit-to-stand, Frenkel heel slides to targets in sitting, stepping to floor dots on the foam
            Berg 42/56; 7 of 10 heel slides on target
            """,
            ["I69.393"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings

        // HLG Point Clear, PTA Luanne Pressley: "she loses her balance turning from the closet with her arms full"; pivot turns on foam, reaching out of base with a laundry basket, pushes; Berg; 1:1 ☒ Yes: passes.
        ["v4-h173-hlg-pressley-turning-from-the-closet"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — house-call room, Point Clear Landing
            Fontenot, Agnes (88) · Luanne Pressley, PTA · 12/17/2026
            IN HER OWN WORDS: "I turned from the closet with my sweaters and sat down hard on the bed." (quoted as said)
            WHAT WE DID: 97112 · 22 min — pivot turns on the foam pad with a laundry basket, reaching out of her base to the top shelf, pushes at the shoulders in stride stance.
            1:1 for billed time: ☒ Yes ☐ No
            WHY: she loses her balance turning with her arms full; late step to the L.
            MEASURED: Berg 41/56; 6 of 10 turns without a touch.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // PCPT Thibodaux, Annette Breaux: "numb feet from de sugar — can't tell where de boat deck is under him"; foam stance eyes closed, rocker board, tandem on the dock plank; Semmes-Weinstein and foam seconds; one-on-one ticked: passes.
        ["v4-h173-pcpt-breaux-numb-feet-boat-deck"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 12/14/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: foam stance with eyes closed, rocker board A/P, tandem on a 2x6 plank laid on the floor like the dock
            For: numb feet from the sugar — he can't tell where the boat deck is under him and grabs the rail
            Numbers: Semmes-Weinstein 5.07 absent at 4 of 10 sites; foam EC 9 sec
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // OCM Milledgeville, Marcus Pye: 97116 for a L foot that drags and catches on the church aisle runner; step-length and heel-strike drills on the hall and the ramp; distance and assist; clock range 16 min: passes.
        ["v4-h173-ocm-foot-catches-on-the-aisle-runner"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C
            Patient: Viola Grier | Marcus Pye, PT | Precautions: L AFO
            97116 Gait Training | 2:10–2:26 pm
            Intervention and skilled rationale: gait with the quad cane and AFO on the hall, the ramp and a runner rug, cues for L heel strike and hip flexion in swing.
            Impairment addressed: L foot drags and catches on the church aisle runner; L dorsiflexor weakness after the stroke.
            Objective measure: 260 ft with the quad cane, contact guard; 2 catches in 260 ft (6 last week).
            """,
            ["I69.354"], [PT("97116", 16)], []),

        // WHCC Patrice Dunagan: "res leans R in the w/c and falls R reaching for the call light"; individual ticked; seated perturbations, weight shifts to midline with the mirror, reaching across midline; FRT: passes.
        ["v4-h173-whcc-dunagan-leans-right"] = new(
            """
            [x] individual [ ] concurrent [ ] group  97112 x 22 min  seated perts on the edge of the mat + weight shift to midline w the mirror + reaching across midline for the bingo chips  res leans R in the w/c and falls R reaching for the call light poor trunk postural control  frt seated 7 in (4 in at eval)
            """,
            ["I69.398", "R26.89"], [PT("97112", 22)], []),

        // WHCC: the care center's default "impairments wnl" left and no deficit or system named anywhere else: deficit missing; individual ticked, foam and stepping reactions, Berg present.
        ["v4-h173-whcc-impairments-wnl-default"] = new(
            """
            [x] individual [ ] concurrent [ ] group  97112 x 23 min  foam stance eyes closed in the bars + stepping reactions to pushes fwd bwd + tandem along the rail  impairments wnl  berg 45/56
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // QBRH Lubec, Everett Sewall: "IMPAIRMENT: none noted today" with no deficit or system elsewhere: deficit missing; Individual ticked, rocker, foam, pushes, Berg present.
        ["v4-h173-qbrh-impairment-none-noted"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: rocker board A/P with eyes closed, foam stance holding a lobster crate, pushes at the pelvis
            IMPAIRMENT: none noted today
            OUTCOME MEASURE: Berg SCORE: 49/56
            Everett Sewall, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // RSP Anacortes: a 97140 whose techniques and doses are written but no body region, impairment or goal: deficit missing on 97140.
        ["v4-h173-rsp-97140-no-region"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 16.12.2026
            97140 MT 15.00–15.12 (12') · 1:1
            Soft tissue mobilisation 6 passes, grade III oscillatory mobilisations 3 bouts of 30 sec, mobilisation with movement 3x10.
            """,
            ["M25.561"], [PT("97140", 12)], [At(Deficit, "97140")]),

        // SWH Mystic, Abigail Tisdale: "Impairment: same as last visit" and no deficit or system named elsewhere: deficit missing; 1:1, X1 on foam and head turns walking; DGI present.
        ["v4-h173-swh-impairment-same-as-last-visit"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Mystic
            Visit note · Abigail Tisdale, PT, DPT · 12/16/2026
            She reports: “Better on the ferry this week.”
            Neuromuscular re-education 97112 (23 min) · 1:1 — X1 viewing standing on foam, walking with head turns and a stop on cue, tandem with eyes closed.
            Impairment: same as last visit.
            Objective: DGI 20/24.
            """,
            ["H81.22"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form

        // SNSS PTA Jess Tran: 97110 doses strung together ("rdl 25# kb 3x8 ea", "copenhagen 3x20s"); hamstring and adductor weakness for a roller-derby jammer: passes.
        ["v5-h173-snss-tran-doses-strung-together"] = new(
            """
            97110 16 min sl rdl 25# kb 3x8 ea + copenhagen plank 3x20s ea + nordic lowers 3x5  L hamstring + adductor weakness pulls it on crossovers at derby  no pain w nordics today
            """,
            ["S76.312D"], [PTA("97110", 16)], []),

        // MLMPT Carla Hindman: "meas mctsib foam ec 12s foam eo 30s" run into the text; 1on1 pt n me; couch-cushion stance, tandem on the gravel; somatosensory loss; passes.
        ["v5-h173-mlmpt-hindman-mctsib-run-in"] = new(
            """
            97112 22 min 1on1 pt n me tx couch cushion stance eyes closed + tandem on the gravel by the cattle guard + stepping over the stock tank hose def somatosensory loss feet numb cant feel the ground in the dark meas mctsib foam ec 12s foam eo 30s
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // RSP Friday Harbor: functional reach in centimetres and a 2 kg medicine-ball catch count; wobble cushion, perturbations; postural control; 1:1: passes.
        ["v5-h173-rsp-reach-in-centimetres"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 17.12.2026 · ferry deckhand, 44 y
            97112 NMR 11.00–11.22 (22') · 1:1
            Stance on the wobble cushion catching a 2 kg ball, perturbations at the trunk in tandem, step-and-stick onto the foam beam.
            Problem: postural control and R ankle proprioception after the fall on the car deck.
            Measures: functional reach 31 cm (24 cm at eval); 9 of 12 catches without a step.
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // WMDC Bedford, Isaac Brandt: "Measures: Mini-BESTest 20/28; froze 1 of 5 turns"; stepping strategies and 360° turns; freezing; "1:1 with Isaac, daughter watched": passes.
        ["v5-h173-wmdc-mini-best-and-freeze-count"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Nolan Sprouse, 69 · Med state: ON, dose at 6:30
            Daughter says: "He gets stuck getting out of the truck at the feed store."
            97112 — 23 min; 1:1 with Isaac, his daughter watched from the chair.
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            Compensatory stepping to pushes in all directions, 360° turns around a cone with a count, stepping out of a truck-height seat onto foam.
            Deficit: freezing on turns and delayed compensatory steps.
            Measures: Mini-BESTest 20/28; froze 1 of 5 turns.
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // PTH Hillsville: "Assist/Dist: 220 ft RW CGA → SBA on the carpet"; gait with the rolling walker through the house and to the porch; short R step; "97116 [ 17 ] min": passes.
        ["v5-h173-pth-assist-dist-filled"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: home, Hillsville · Present: pt and her daughter-in-law
            97116 [ 17 ] min
            Gait training with the rolling walker bedroom to kitchen to the front porch, turns at the table, cues for R step length and upright trunk
            Problem: short R step and forward flexed trunk after the R hip fracture
            Assist/Dist: 220 ft RW CGA → SBA on the carpet
            Verlie Cox, PT
            """,
            ["S72.001D"], [PT("97116", 17)], []),

        // SNSS Nadia Farhat's lower case with no number but the code and its minutes: "looked way more solid today no wobble on the landings" — measure missing; 1on1, BOSU perturbations and hop to stick, R knee proprioception present.
        ["v5-h173-snss-farhat-looked-more-solid"] = new(
            """
            97112 22 min 1on1 bosu perts + lateral hop to stick on foam + sl squat eyes closed R knee proprio poor valgus on landing looked way more solid today no wobble on the landings
            """,
            ["S83.511D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // HLG Daphne, Thomas Ashby, with the header's age and date left off: "MEASURED: will retest the Berg at the progress note" and no other number but the code and its minutes: measure missing.
        ["v5-h173-hlg-retest-at-progress-note"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Hebert, Clovis · Thomas Ashby, PT
            IN HIS OWN WORDS: "The deer stand ladder is out for this year, but I'd like to get to the mailbox." (quoted as said)
            WHAT WE DID: 97112 · 22 min — foam stance with head turns, pushes at the pelvis, stepping over a broom handle laid on the floor.
            1:1 for billed time: ☒ Yes ☐ No
            WHY: delayed stepping reaction and sway on uneven ground.
            MEASURED: will retest the Berg at the progress note.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // WHCC OT Ann-Marie Tibbetts: 97530 transfers and standing at the sink for grooming with no count, time or assistance level: measure missing on 97530.
        ["v5-h173-whcc-ot-no-count-or-assist"] = new(
            """
            97530 x 19 min  toilet transfers w grab bar + standing at the sink for grooming + reaching into the closet for her cardigan  L hemi weakness + poor standing tolerance  did well will progress
            """,
            ["I69.354"], [OT("97530", 19)], [At(Measure, "97530")]),

        // WRPT Green Forest, Brenna Ellingboe, with the date line left off: "Numbers: progressed — added weight to all of it" on a 97110 with no dose: measure missing.
        ["v5-h173-wrpt-added-weight-no-dose"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note — Brenna Ellingboe, PT
            Svc: 97110 TE — 15 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: step-ups, wall sits, terminal knee extension with the band, heel raises
            Why: L quad weakness after the TKA; the poultry-house worker can't climb into the feed truck
            Numbers: progressed — added weight to all of it
            """,
            ["Z96.652"], [PT("97110", 15)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in every usual form, true mismatches, truly missing separate time

        // SNSS Brent Halloran's double spaces with three codes each with its minutes (97140 9, 97110 14, 97112 20); shoulder glides, band work with doses, rhythmic stabilisation; regions and measures: passes.
        ["v6-h173-snss-halloran-three-codes"] = new(
            """
            97140  9 min  posterior glides grade III + soft tissue to the R pec minor  R posterior capsule tightness  IR at 90 R 42 deg  97110  14 min  sidelying ER 3# 3x12 + prone Y T 3x10  R rotator cuff + lower trap weakness  97112  20 min  1on1 just me and him  rhythmic stabilization at 90 deg + ball on the wall circles eyes closed  R shoulder proprioception poor after the dislocation  joint position error 7 deg.
            """,
            ["S43.004D"], [PT("97140", 9), PT("97110", 14), PT("97112", 20)], []),

        // WHCC: a PT's 97116 and an OT's 97530 on one resident's visit, each "x N min" (16 and 18); walker gait to the dining room, SBA and distance; sink-side standing with counts; passes.
        ["v6-h173-whcc-pt-and-ot-codes"] = new(
            """
            97116 x 16 min  P. Dunagan PT  gait w RW rm 214 to the dining room 160 ft x2 CGA to SBA cues for upright trunk  forward flexed trunk + short steps
            97530 x 18 min  A. Tibbetts OTR/L  standing at the sink for oral care + reaching to the medicine shelf  standing balance + R hand weakness  stood 3 bouts SBA  8 items retrieved 0 LOB
            """,
            ["R26.89", "I69.351"], [PT("97116", 16), OT("97530", 18)], []),

        // OCM Fort Valley, Rhonda Akins: clock ranges on two codes' own lines (97112 9:00–9:22, 97116 9:22–9:37); 1:1 constant attendance ticked; content complete: passes.
        ["v6-h173-ocm-two-clock-ranges"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Lucius Weems | Rhonda Akins, PT | Precautions: none
            97112 Neuromuscular Re-education | 9:00–9:22 am
            97116 Gait Training | 9:22–9:37 am
            Constant attendance:
            [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: NMR — foam stance with head turns, pushes at the pelvis, tandem on the line. Gait — straight cane on the hall and the gravel lot, cues for L heel strike.
            Impairment addressed: delayed protective step and sway; short L step on uneven ground.
            Objective measure: Berg 47/56; 400 ft with the cane, stand-by assist.
            """,
            ["R26.81", "R26.89"], [PT("97112", 22), PT("97116", 15)], []),

        // RSP Anacortes: "97112 NMR 14.00–14.22 (22') · 1:1" and "97140 MT 14.22–14.32 (10')", kilograms and centimetres; passes.
        ["v6-h173-rsp-two-clock-lines"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 18.12.2026 · boatyard welder, 52 y
            97112 NMR 14.00–14.22 (22') · 1:1
            Rocker board eyes closed, single-leg stance on foam with a 3 kg ball pass, step-down to stick from a 20 cm step.
            97140 MT 14.22–14.32 (10')
            Talocrural posterior glides grade III, soft tissue to the peroneals.
            Problem: L ankle proprioception and dorsiflexion stiffness after the fracture.
            Measures: SLS foam L 11 sec; knee-to-wall L 7 cm (4 cm at eval).
            """,
            ["S82.622D"], [PT("97112", 22), PT("97140", 10)], []),

        // PCPT Houma, Jules Guidry: two dotted lines, 97112 22 min and 97530 14 min; 1:1, content complete with counts: passes.
        ["v6-h173-pcpt-dotted-97112-and-97530"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/18/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Code 97530 Ther activities .... 14 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: NMR — rocker board eyes closed, tandem on de foam, pushes at de hips. TA — liftin' a 15 lb sack of crawfish from de floor to de table, carryin' it 30 ft, kneel an' back up
            For: sway an' late step; weak hips an' trunk liftin' de sacks, cher
            Numbers: Berg 48/56; 6 sack lifts, stand-by
            """,
            ["R26.81", "M62.81"], [PTA("97112", 22), PTA("97530", 14)], []),

        // MLMPT PTA Wade Pettijohn: "97110 25 min" written on a 14-minute 97110 line: mismatch; mini squats and band side steps with doses; hip weakness.
        ["v6-h173-mlmpt-pettijohn-25-on-14"] = new(
            """
            97110 25 min mini squats at the counter 3x12 + side stepping w red band 4 laps of the kitchen + heel raises 3x15  R hip abd + quad weakness cant step up into the feed truck.
            """,
            ["M62.81"], [PTA("97110", 14)], [At(Mismatch, "97110")]),

        // QBRH Calais, Nora Cobb: heading "— 30 MIN" on an 18-minute 97112 line: mismatch; otherwise complete.
        ["v6-h173-qbrh-heading-30-on-18"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 30 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: gaze stabilization X1 standing on foam, walking the hall with head turns, tandem with eyes closed
            IMPAIRMENT: L vestibular hypofunction; she veers on the sardine-factory boardwalk
            OUTCOME MEASURE: DGI SCORE: 18/24
            Nora Cobb, PT
            """,
            ["H81.22"], [PT("97112", 18)], [At(Mismatch, "97112")]),

        // WMDC Lynchburg, Colleen Marsh: "97116 — 12 min" on a 24-minute 97116 line: mismatch; big steps on the hall with a metronome, shuffling gait; distance and speed.
        ["v6-h173-wmdc-97116-12-on-24"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Ardith Kessler, 73 · Med state: ON
            Pt says: "My feet shuffle the minute I'm in the grocery aisle."
            97116 — 12 min. Gait training on the hall with a metronome at 100 beats, big steps over floor lines, turning at the end with a count.
            Deficit: shuffling gait with short step length and festination.
            Measures: 10 m walk 0.88 m/s; 300 ft without a freeze.
            """,
            ["G20.A1"], [PT("97116", 24)], [At(Mismatch, "97116")]),

        // IVBPT El Centro, Rosalba Quezada: "97112 — 23 min" matches, "97110 — 25 min" on a 13-minute 97110 line: mismatch on 97110 only; content complete for both.
        ["v6-h173-ivbpt-97110-25-on-13"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 12/16/2026    Rosalba Quezada, PT, DPT
            97112 — 23 min
            One-on-one; her grandson waited by the door.
            Pushes at the pelvis in stride stance, foam stance with head turns, stepping over the hose line
            Deficit: delayed protective step and sway
            Berg 46/56; 8 of 10 pushes caught
            97110 — 25 min
            Sit-to-stand 3x10, standing hip abduction with the red band 3x12, heel raises 3x15
            Deficit: bilateral hip abductor weakness
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 13)], [At(Mismatch, "97110")]),

        // SNSS PTA Jess Tran: two codes with only "tx 37 min total": separate time missing; content complete for both (treadmill gait with speed and distance; squats and lunges with loads).
        ["v6-h173-snss-tran-total-only"] = new(
            """
            97116 gait on treadmill 3.0 mph 0.3 mi + hallway 300 ft cues for push off  L antalgic gait short L stance after the ankle fx
            97110 goblet squat 20# 3x10 + reverse lunge 3x8 ea  L calf + quad weakness
            tx 37 min total
            """,
            ["S82.892D"], [PTA("97116", 22), PTA("97110", 15)], [SepTime]),

        // PTH Galax: "97116 [ 16 ] min" filled and "97110 [ __ ] min" left blank on a two-code visit: separate time missing; content complete for both.
        ["v6-h173-pth-second-box-blank"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: home, Galax · Present: pt and his wife
            97116 [ 16 ] min
            Gait training with the straight cane from the porch to the mailbox and back, cues for L heel strike on the gravel
            97110 [ __ ] min
            Standing hip abduction 3x10, mini squats at the counter 3x12, heel raises 3x15
            Problem: L hip weakness and short L step after the hip replacement
            Assist/Dist: 350 ft cane SBA
            Verlie Cox, PT
            """,
            ["Z96.642"], [PT("97116", 16), PT("97110", 13)], [SepTime]),

        // TVPT Waitsburg, Owen Takacs: both codes on the SERVICE line and "TIME: 38 min combined, not split by code": separate time missing; one-on-one Y, content complete for both.
        ["v6-h173-tvpt-38-combined"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — Waitsburg
            SERVICE: 97112 Neuromuscular re-education; 97110 Therapeutic exercise
            TIME: 38 min combined, not split by code
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: NMR — rocker board eyes closed, tandem with head turns, pushes at the pelvis, for delayed stepping and sway; TE — bridges 3x12, side-lying hip abduction 3x10, step-ups 3x10, for R hip weakness
            DEFICIT ADDRESSED: postural control and R hip abductor weakness; he stumbles in the wheat stubble
            OBJECTIVE: Berg 47/56
            Owen Takacs, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // LMPT: the visit form exported empty on a two-code visit: DOC_NOTE_MISSING on each profiled line, nothing else.
        ["v7-h173-lmpt-empty-two-code-export"] = new(
            "",
            ["S93.402D"], [PT("97112", 22), PT("97110", 14)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // PTH: spaces and line breaks only on a 97116 with no diagnosis on the claim: note missing and the diagnosis check.
        ["v7-h173-pth-spaces-and-breaks-no-dx"] = new(
            "   \n  \n    ",
            [], [PT("97116", 17)], [At(NoteMissing, "97116"), Dx]),

        // SWH Westerly, PTA Marisol Vega: 97110 as the contract means it — rows, wall push-ups and farmer carries with doses for a mother lifting twins; thoracic and shoulder-girdle weakness: passes.
        ["v7-h173-swh-97110-twins-stroller"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Westerly
            Visit note · Marisol Vega, PTA · 12/17/2026
            She reports: “Lifting both twins into the stroller is the worst part of my day.”
            Therapeutic exercise 97110 (16 min): seated rows with the green band 3x12, wall push-ups plus 3x10, farmer carries with 10 lb dumbbells 4 lengths of the gym, squat to a 17 in box 3x10.
            Impairment: scapular and postural muscle weakness with mid-back pain lifting the twins.
            Objective: doses as listed; prone Y hold 15 sec (8 sec at eval).
            """,
            ["M54.6"], [PTA("97110", 16)], []),

        // WRPT Berryville, Dwight Kemper (OTR/L): 97530 as the contract means it — carrying a laundry basket down the cabin steps, hanging sheets on the line, kneeling to the dryer; counts and assistance: passes.
        ["v7-h173-wrpt-ot-97530-clothesline"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville
            Daily note 12/15/2026 — Dwight Kemper, OTR/L
            Svc: 97530 TA — 19 min
            What we did: carrying a 12 lb laundry basket down 4 practice steps, pinning sheets to a clothesline at shoulder height, kneeling to the low dryer door and back up
            Why: R shoulder weakness and reduced standing endurance after the rotator cuff repair; she can't hang wash at the cabin
            Numbers: 5 basket carries modified independent; 10 pins at shoulder height without rest
            """,
            ["M75.121"], [OT("97530", 19)], []),

        // PCPT Thibodaux, Annette Breaux: 97140 as the contract means it — lumbar unilateral PAs grade III, soft tissue to the QL, hip distraction; flexion and SLR before and after: passes.
        ["v7-h173-pcpt-97140-lumbar-net-puller"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 12/17/2026 · Annette Breaux, PT
            Code 97140 Manual therapy ..... 12 min
            Did: unilateral PAs L4–L5 grade III on the R, soft tissue to the R quadratus lumborum, long-axis hip distraction
            For: R low back stiffness and pain pulling the trawl net over the gunwale
            Numbers: lumbar flexion 45° to 55°; SLR R 60° to 70°
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // HLG Point Clear, PTA Luanne Pressley: 97116 as the contract means it — walker to cane on carpet, tile and the garden path, turns and the threshold; distance and stand-by: passes.
        ["v7-h173-hlg-97116-garden-path"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — house-call room, Point Clear Landing
            Comeaux, Irma (84) · Luanne Pressley, PTA · 12/18/2026
            IN HER OWN WORDS: "I want to walk the garden path to the bird bath without the walker." (quoted as said)
            WHAT WE DID: 97116 · 18 min — gait training walker to straight cane on the carpet, the tile and the brick garden path, turns at the bird bath, stepping over the threshold strip.
            WHY: short L step and a wide-based shuffle after the L hip fracture.
            MEASURED: 280 ft with the cane, stand-by assist; threshold cleared 5 of 5.
            """,
            ["S72.002D"], [PTA("97116", 18)], []),

        // IVBPT Brawley, E. Fennimore: "Ther ex per flowsheet. Tolerated well. Continue POC." — nothing named: technique, generic, deficit and measure on 97110.
        ["v7-h173-ivbpt-per-flowsheet"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 12/17/2026    E. Fennimore, PT
            97110 — 15 min
            Ther ex per flowsheet. Tolerated well. Continue POC.
            """,
            ["M17.11"], [PT("97110", 15)], [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // WHCC: individual ticked, "balance training + coordination ex  tol well  cont poc" and nothing else: technique, generic, deficit and measure on 97112 (one-on-one stated by the ticked box).
        ["v7-h173-whcc-balance-training-tol-well"] = new(
            """
            [x] individual [ ] concurrent [ ] group  97112 x 22 min  balance training + coordination ex  tol well  cont poc
            """,
            ["R26.81"], [PT("97112", 22)], [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // MLMPT Carla Hindman's two-code phone note, "1on1 did her ex + bal stuff tol ok cont poc", each code with its minutes: nothing named for either code.
        ["v7-h173-mlmpt-ex-and-bal-stuff"] = new(
            """
            97112 22 min 97110 14 min 1on1 did her ex + bal stuff tol ok cont poc
            """,
            ["R26.81"], [PT("97112", 22), PT("97110", 14)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes, and the ordinary weak ones

        // SNSS Nadia Farhat lower case: 1on1, single-leg landing on foam and perturbations on the slide board for a bike courier's ACL; knee proprioception; hop tests: passes.
        ["vord-h173-snss-farhat-courier-acl"] = new(
            """
            97112 22 min 1on1 sl landing to stick on foam + slide board perts at the hips + eyes closed sl squat R knee proprio + quad timing poor after acl recon bike courier 29 y triple hop R 388 cm L 452 cm
            """,
            ["Z98.890", "S83.511D"], [PT("97112", 22)], []),

        // MLMPT Carla Hindman, nmrx filled: vestibular, gaze X1 in the truck-cab seat and walking the lane with head turns; DGI; the blue heeler underfoot: passes.
        ["vord-h173-mlmpt-hindman-gaze-lane"] = new(
            """
            97112 23 min 1on1 pt n me blue heeler underfoot the whole time tx gaze x1 sitting then standing + walking the lane w head turns + stopping on cue def R vestibular hypofunction dizzy turning to back the trailer meas dgi 19/24 dva 2 lines lost
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // MLMPT PTA Wade Pettijohn: 97116 with the walker on the porch ramp and the gravel, distance and assist; single closing period: passes.
        ["vord-h173-mlmpt-pettijohn-porch-ramp"] = new(
            """
            97116 18 min gait w RW down the porch ramp + across the gravel to the pickup 240 ft x2 CGA cues for step length + upright trunk  short R step weak R hip after the fall at the sale barn.
            """,
            ["S72.001D"], [PTA("97116", 18)], []),

        // HLG Fairhope, Mariah Greenlee, returning patient: step-and-stick, foam with eyes closed, pushes; 1:1 ☒ Yes; Berg and TUG: passes.
        ["vord-h173-hlg-greenlee-church-steps"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Pitre, Genevieve (81) · Mariah Greenlee, PT, DPT, GCS · 12/17/2026
            IN HER OWN WORDS: "I climbed the church steps Sunday holding just the one rail." (quoted as said)
            WHAT WE DID: 97112 · 23 min — step-and-stick onto foam, standing on foam with eyes closed, pushes at the pelvis forward and back.
            1:1 for billed time: ☒ Yes ☐ No
            WHY: delayed stepping reaction and posterior sway.
            MEASURED: Berg 47/56 (44 last week); TUG 11.8 sec.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // HLG Daphne, Thomas Ashby: 97110 for a man getting up off the dock bench, doses; quad and hip weakness; chair stand count: passes.
        ["vord-h173-hlg-ashby-dock-bench"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Guidry, Alcide (83) · Thomas Ashby, PT · 12/18/2026
            IN HIS OWN WORDS: "Getting up off the dock bench after fishing takes me three tries." (quoted as said)
            WHAT WE DID: 97110 · 15 min — sit-to-stand from a 16 in bench 3x8, bridges 3x12, standing hip extension with a 3 lb cuff 3x10 each.
            WHY: quad and hip extensor weakness with a slow rise.
            MEASURED: 30-sec chair stand 8 (5 at eval).
            """,
            ["M62.81"], [PT("97110", 15)], []),

        // WMDC Lynchburg, Colleen Marsh: 1:1 ticked; reactive stepping to pushes, turning on a count; postural instability; Mini-BESTest and pushes: passes.
        ["vord-h173-wmdc-marsh-reactive-steps"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Mae Shorter, 70 · Med state: ON, dose at 7
            Pt says: "I went backward into the Christmas tree at my daughter's."
            97112 — 22 min
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            Backward pushes with a compensatory step, stepping back over a line on a count, 180° turns on a clap.
            Deficit: postural instability with retropulsion.
            Measures: pull test 3 steps to recover (5 at eval); Mini-BESTest 21/28.
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // WMDC Bedford, OT Benedikt Varga: 97530 wrapping presents and writing cards standing at the counter; micrographia and slowed sequencing; counts and letter heights: passes.
        ["vord-h173-wmdc-ot-christmas-cards"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Inez Hylton, 75 · Med state: ON
            Daughter says: "Her Christmas cards got so small nobody could read them last year."
            97530 — 18 min. Writing cards standing at the counter with big-letter cues, cutting and taping wrapping paper around a shoebox, sorting the cards into stacks by address.
            Deficit: micrographia and slowed bimanual sequencing.
            Measures: letter height 8 mm (4 mm at eval); 1 box wrapped in 150 sec.
            """,
            ["G20.A1"], [OT("97530", 18)], []),

        // WMDC Bedford, PTA Tovah Lerner: "1:1 with Tovah, wife learning the cues"; stepping over lines and weight shifts; freezing; freezing count and TUG: passes.
        ["vord-h173-wmdc-lerner-wife-learning"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Garnett Lowe, 77 · Med state: ON
            Wife says: "The kitchen doorway is where he gets stuck."
            97112 — 23 min; 1:1 with Tovah, his wife practiced the count with us.
            Lateral weight shift before the step, stepping over laser lines on a count, turning in the doorway with a wide arc.
            Deficit: freezing at doorways and start hesitation.
            Measures: TUG 14.9 sec; 7 of 8 doorway passes without a freeze.
            """,
            ["G20.A1"], [PTA("97112", 23)], []),

        // WMDC Lynchburg, Colleen Marsh: 97112 and 97116 each with its minutes under the template; content complete: passes.
        ["vord-h173-wmdc-two-codes"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Royce Dabney, 72 · Med state: ON
            Pt says: "I can walk to the barn, I just can't turn around in it."
            97112 — 22 min
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            Turning around a cone with a count, weight shift onto the foam before stepping, reaching to targets while stepping.
            Deficit: freezing on turns and impaired weight shift.
            97116 — 15 min. Gait on the hall with a metronome, big steps over floor lines, turns at the end.
            Deficit: short shuffling steps.
            Measures: 180° turn 5 steps; 10 m walk 0.94 m/s.
            """,
            ["G20.A1"], [PT("97112", 22), PT("97116", 15)], []),

        // SWH Mystic, Abigail Tisdale: returning dizzy patient, X2 viewing on foam, walking with head turns; L vestibular hypofunction; DHI and DGI; 1:1: passes.
        ["vord-h173-swh-tisdale-x2-foam"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Mystic
            Visit note · Abigail Tisdale, PT, DPT · 12/18/2026
            She reports: “I drove across the Gold Star Bridge without pulling over.”
            Neuromuscular re-education 97112 (22 min) · 1:1 — X2 viewing standing on foam, walking with head turns and pivots on cue, tandem on foam with eyes closed.
            Impairment: L vestibular hypofunction with motion-provoked sway.
            Objective: DHI 20 (26 last visit); DGI 22/24.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // SWH Old Saybrook, Noor Haddad-Quinn: 97112 and 97140 each with its minutes; runner's hip and pelvic floor control; SLS and hop count: passes.
        ["vord-h173-swh-runner-two-codes"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Old Saybrook
            Visit note · Noor Haddad-Quinn, PT, DPT, WCS · 12/16/2026
            She reports: “I made it three miles on the shore road before I had to stop.”
            Neuromuscular re-education 97112 (22 min) · 1:1 — single-leg squat on foam with pelvic floor pre-contraction, step-down to stick, hop in place with the knack.
            Manual therapy 97140 (10 min) — soft tissue mobilisation to the R adductors and obturator internus, posterior hip glides.
            Impairment: R hip and pelvic floor motor control with leakage running.
            Objective: SLS on foam R 16 sec; 9 of 10 hops without leakage.
            """,
            ["N39.3", "M25.551"], [PT("97112", 22), PT("97140", 10)], []),

        // SWH Mystic, OT Hana Okafor: 97530 lifting an infant car seat and a diaper bag, counts; wrist pain and grip; passes.
        ["vord-h173-swh-ot-car-seat"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Mystic
            Visit note · Hana Okafor, OTR/L · 12/15/2026
            She reports: “My wrists scream when I click the car seat into the base.”
            Therapeutic activities 97530 (18 min): lifting a weighted car seat with neutral wrists from floor to the car base mock-up, carrying the diaper bag on the forearm, swaddling the practice doll.
            Impairment: bilateral wrist pain with de Quervain’s and weak grip limiting infant care.
            Objective: 8 car-seat lifts pain-free; grip R 42 lb, L 38 lb.
            """,
            ["M65.4"], [OT("97530", 18)], []),

        // SWH Westerly, PTA Marisol Vega: 97112 with 1:1 written; tandem on foam and pelvic-floor timing with step-downs; SLS: passes.
        ["vord-h173-swh-vega-step-downs"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Westerly
            Visit note · Marisol Vega, PTA · 12/18/2026
            She reports: “No leaks on the stairs at work this week.”
            Neuromuscular re-education 97112 (23 min) · 1:1 — step-downs from the 6 in step with pelvic floor pre-contraction, tandem on foam, reactive catches on the BOSU.
            Impairment: pelvic floor and hip motor control timing with leakage on stairs.
            Objective: SLS on foam L 12 sec, R 13 sec; 10 of 10 step-downs dry.
            """,
            ["N39.3"], [PTA("97112", 23)], []),

        // PCPT Thibodaux, Annette Breaux: Bayou Balance level 5 beside its named drills; 1:1; vestibular; DGI: passes.
        ["vord-h173-pcpt-breaux-bayou-balance-5"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 12/15/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: Bayou Balance level 5 — gaze stabilization X1 on foam, walking with head turns past the cane-syrup shelves, stepping onto the wobble board
            For: R vestibular hypofunction; she veers in the sugar mill parking lot
            Numbers: DGI 20/24; FGA 23/30
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // PCPT Houma, Jules Guidry: 97110 with doses for a crabber's knees, "cher": passes.
        ["vord-h173-pcpt-jules-crabber-knees"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/15/2026 · Jules Guidry, PTA
            Code 97110 Ther ex ............ 15 min
            Did: step-ups on de 8 inch step 3x10, wall sits 4 x 20 sec, TKE wit' de green band 3x15
            For: weak quads both knees wit' de arthritis; he can't climb back on de crab boat, cher
            Numbers: doses as listed; 5xSTS 14.1 sec
            """,
            ["M17.0"], [PTA("97110", 15)], []),

        // PCPT Thibodaux, Annette Breaux: 97116 with the cane on the shell lot and the boat launch; distance and assist: passes.
        ["vord-h173-pcpt-breaux-boat-launch"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 12/16/2026 · Annette Breaux, PT
            Code 97116 Gait training ...... 16 min
            Did: gait with the straight cane on the shell parking lot and down the boat-launch slope, cues for R heel strike and step length
            For: short R step and R knee stiffness after the TKA
            Numbers: 450 ft with the cane, stand-by assist on the slope
            """,
            ["Z96.651"], [PT("97116", 16)], []),

        // PCPT Houma, Jules Guidry: 97112 with "jus' me an' her"; rocker board and pushes; ankle proprioception; SLS and pushes: passes.
        ["vord-h173-pcpt-jules-rocker-board"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/17/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group — jus' me an' her
            Did: rocker board eyes closed, single-leg stance on de foam, pushes at de hips
            For: L ankle proprioception after de sprain on de levee, cher
            Numbers: SLS L 10 sec; 7 of 10 pushes caught
            """,
            ["S93.402D"], [PTA("97112", 23)], []),

        // QBRH Calais, Everett Sewall: Individual ticked; foam and rocker; postural control; Berg: passes.
        ["vord-h173-qbrh-sewall-clam-digger"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: rocker board A/P with eyes closed, foam stance bending to a clam hod on the floor, pushes at the pelvis in stride stance
            IMPAIRMENT: impaired postural control and a late step; the clam digger tips over on the mud flats
            OUTCOME MEASURE: Berg SCORE: 48/56
            Everett Sewall, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // QBRH Eastport, Nora Cobb: 97116 with distance and assist, heading minutes 17: passes.
        ["vord-h173-qbrh-cobb-97116-breakwater"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97116 GAIT TRAINING — 17 MIN
            INTERVENTIONS: gait with the straight cane on the hall, the ramp and the icy-lot mat, cues for L heel strike
            IMPAIRMENT: short L step and L hip weakness after the hip fracture
            OUTCOME MEASURE: gait SCORE: 320 ft with the cane, stand-by assist
            Nora Cobb, PT
            """,
            ["S72.002D"], [PT("97116", 17)], []),

        // QBRH Lubec, PTA Lucienne Dufour: 97110 with doses for a herring weir worker's shoulder; QuickDASH: passes.
        ["vord-h173-qbrh-dufour-weir-shoulder"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97110 THERAPEUTIC EXERCISE — 14 MIN
            INTERVENTIONS: rows with the blue band 3x12, prone T and Y 2x10, sidelying ER with a 3 lb weight 3x10
            IMPAIRMENT: L rotator cuff and scapular weakness; he can't haul the weir seine overhead
            OUTCOME MEASURE: QuickDASH SCORE: 30
            Lucienne Dufour, PTA
            """,
            ["M75.102"], [PTA("97110", 14)], []),

        // QBRH Calais, Everett Sewall: 97112 and 97140 under their own headings; content complete: passes.
        ["vord-h173-qbrh-sewall-two-headings"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: rhythmic stabilization in half kneeling, single-leg stance on foam with head turns
            CPT 97140 MANUAL THERAPY — 10 MIN
            INTERVENTIONS: talocrural posterior glides grade III, soft tissue to the R calf
            IMPAIRMENT: R ankle proprioception and dorsiflexion stiffness after the sprain on the boat ramp
            OUTCOME MEASURE: SLS foam R SCORE: 9 sec; knee-to-wall R 8 cm
            Everett Sewall, PT
            """,
            ["S93.401D"], [PT("97112", 22), PT("97140", 10)], []),

        // RSP Friday Harbor: 97110 with kilograms for an orca-boat guide's knee: passes.
        ["vord-h173-rsp-guide-knee-97110"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 15.12.2026 · whale-watch guide, 39 y
            97110 TE 10.00–10.16 (16') · 1:1
            Leg press 60 kg 3x10, split squats holding 8 kg 3x8 each, step-ups to a 30 cm box 3x10.
            Problem: R quadriceps weakness after the meniscus repair.
            Measures: doses as listed; single-leg hop R 96 cm (L 130 cm).
            """,
            ["S83.241D"], [PT("97110", 16)], []),

        // RSP Anacortes: 97112 with 1:1; gaze and head-turn walking on the ferry ramp simulation; vestibular; DGI: passes.
        ["vord-h173-rsp-gaze-ferry-commuter"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 17.12.2026 · ferry commuter, 63 y
            97112 NMR 13.30–13.52 (22') · 1:1
            Gaze stabilisation X1 standing on foam, walking with head turns on the slope, stepping over obstacles with eyes following a target.
            Problem: L vestibular hypofunction with dizziness on the moving ferry deck.
            Measures: DGI 19/24; dynamic visual acuity 3 lines lost (5 at assessment).
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // RSP Friday Harbor: 97116 with one crutch on the dock slope, metres and supervision: passes.
        ["vord-h173-rsp-97116-dock-slope"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 18.12.2026 · harbour master, 57 y
            97116 GT 08.30–08.45 (15') · 1:1
            Gait training with one crutch on the dock slope and the steps, heel-toe cues, even step length.
            Problem: L antalgic gait after the ankle ORIF.
            Measures: 150 m with one crutch, supervision; 10 m walk 1.02 m/s.
            """,
            ["S82.852D"], [PT("97116", 15)], []),

        // OCM Milledgeville, Marcus Pye: 97112 with 1:1 constant attendance ticked; stepping over peanut-row ruts, foam, pushes; late protective step; Berg and pushes; clock range 22 min: passes.
        ["vord-h173-ocm-pye-peanut-rows"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C
            Patient: Cleon Tharpe | Marcus Pye, PT | Precautions: none
            97112 Neuromuscular Re-education | 10:40–11:02 am
            Constant attendance:
            [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: NMR — stepping over foam ruts laid like peanut rows, foam stance with eyes closed, pushes at the pelvis, to retrain his protective step.
            Impairment addressed: late protective step and sway on uneven ground.
            Objective measure: Berg 48/56; 7 of 10 pushes caught.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // OCM Hawkinsville, Rhonda Akins: 97140 to a cervical spine with glides; rotation degrees; clock range 11 min: passes.
        ["vord-h173-ocm-akins-cervical-97140"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Hawkinsville
            DAILY NOTE — post-TPE template rev. C
            Patient: Dorcas Pettway | Rhonda Akins, PT | Precautions: none
            97140 Manual Therapy | 3:05–3:16 pm
            Intervention and skilled rationale: C5–C6 unilateral PA glides grade III on the R, suboccipital release, soft tissue to the R upper trap, to restore segmental motion.
            Impairment addressed: cervical stiffness; she can't check her blind spot on the school-bus route.
            Objective measure: rotation R 50° to 62°; L 58° to 64°.
            """,
            ["M54.2"], [PT("97140", 11)], []),

        // OCM Fort Valley, Rhonda Akins: 97530 carrying a peach lug and climbing a step ladder; counts: passes.
        ["vord-h173-ocm-akins-peach-lug"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Fort Valley
            DAILY NOTE — post-TPE template rev. C
            Patient: Hattie Sims | Rhonda Akins, PT | Precautions: L shoulder
            97530 Therapeutic Activities | 1:30–1:48 pm
            Intervention and skilled rationale: lifting a 15 lb lug from the floor to the packing table, carrying it 40 ft, climbing 3 rungs of the step ladder and reaching overhead.
            Impairment addressed: L shoulder and trunk weakness; she packs peaches at the shed in season.
            Objective measure: 6 lug lifts and carries independent; overhead reach to 62 inches.
            """,
            ["M62.81"], [PT("97530", 18)], []),

        // OCM Milledgeville, Marcus Pye: a complete 97112 note sent with no diagnosis: the diagnosis check only.
        ["vord-h173-ocm-pye-no-diagnosis"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C
            Patient: Ossie Mobley | Marcus Pye, PT | Precautions: none
            97112 Neuromuscular Re-education | 3:30–3:53 pm
            Constant attendance:
            [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: NMR — rocker board eyes closed, tandem on foam, step-and-stick off the curb block.
            Impairment addressed: R ankle proprioception after the sprain.
            Objective measure: SLS R 11 sec; rocker A/P 13 sec.
            """,
            [], [PT("97112", 23)], [Dx]),

        // WRPT Eureka Springs, Brenna Ellingboe: 1:1 ticked; step-and-stick and rocker board; ankle proprioception; a CO query answered and resolved: passes.
        ["vord-h173-wrpt-ellingboe-co-query-resolved"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 12/14/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: rocker board A/P eyes closed, step-and-stick off the 8 inch step onto foam, lateral hops to stick
            Why: L ankle proprioception after the sprain; the hiking guide rolls it on the limestone trail
            Numbers: SLS L 14 sec; 8 of 10 hops stuck
            [CO query: eyes closed the whole drill? — LM] 12/14 BE: rocker only. [CO: resolved LM]
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // WRPT Green Forest, Kacey Ormsby (PTA): 97116 with the walker to cane; distance and assist: passes.
        ["vord-h173-wrpt-ormsby-97116-cane"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 12/16/2026 — Kacey Ormsby, PTA
            Svc: 97116 GT — 17 min
            What we did: gait walker to straight cane on the hall and the parking-lot curb, cues for R heel strike and even step length
            Why: short R step and R knee stiffness after the TKA
            Numbers: 300 ft with the cane, stand-by assist; curb with the cane, contact guard
            """,
            ["Z96.651"], [PTA("97116", 17)], []),

        // WRPT Berryville, Dwight Kemper (OTR/L): 97530 with a potter's wheel and clay bags; counts and loads: passes.
        ["vord-h173-wrpt-kemper-clay-bags"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville
            Daily note 12/17/2026 — Dwight Kemper, OTR/L
            Svc: 97530 TA — 18 min
            What we did: lifting 25 lb clay bags from the floor to the wedging table, wedging a 5 lb ball of clay standing, centring at the wheel with the R hand leading
            Why: R hand and wrist weakness after the carpal tunnel release; she can't wedge clay
            Numbers: 4 bag lifts independent; grip R 48 lb (36 lb at eval)
            """,
            ["G56.01"], [OT("97530", 18)], []),

        // WRPT Eureka Springs, Brenna Ellingboe: 97112 and 97110 each with its "Svc:" line and minutes; content complete: passes.
        ["vord-h173-wrpt-ellingboe-two-svc-lines"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 12/18/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 22 min
            Svc: 97110 TE — 14 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: NMR — foam stance with head turns, tandem on the line, pushes at the pelvis. TE — bridges 3x12, side-lying hip abduction 3x10, heel raises 3x15
            Why: sway and late step; L hip weakness on the hills of Spring Street
            Numbers: Berg 49/56; doses as listed
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 14)], []),

        // IVBPT El Centro, Rosalba Quezada: "One-on-one; her husband interpreted in Spanish"; foam and pushes; delayed step; Berg: passes.
        ["vord-h173-ivbpt-quezada-husband-interpreted"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 12/14/2026    Rosalba Quezada, PT, DPT
            97112 — 23 min
            One-on-one; her husband interpreted in Spanish.
            Pushes at the pelvis in stride stance, stepping over an irrigation-pipe hurdle, foam stance with eyes closed
            Deficit: delayed protective step and sway; she fell in the onion shed
            Berg 44/56; 6 of 10 pushes caught
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // IVBPT Brawley, E. Fennimore: a REVIEW query answered and cleared; rocker and step-and-stick; ankle proprioception; SLS: passes.
        ["vord-h173-ivbpt-fennimore-review-cleared"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 12/16/2026    E. Fennimore, PT
            97112 — 22 min
            One-on-one, just the two of us.
            Rocker board M/L eyes closed, step-and-stick onto foam, single-leg stance with ball toss
            Deficit: R ankle proprioception after the sprain on the canal bank
            SLS R 12 sec; rocker M/L 14 sec
            {{REVIEW: ball weight? — KM}}
            Clinician reply: 2 lb ball.
            {{CLEARED — KM}}
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // IVBPT Holtville, G. Olmedo (PTA): 97116 with the walker on the hall and the lot; distance and assist: passes.
        ["vord-h173-ivbpt-olmedo-97116-walker"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Holtville
            DOS 12/18/2026    G. Olmedo, PTA
            97116 — 16 min
            Gait with the rolling walker on the hall and the gravel lot, cues for step length and upright trunk
            Deficit: short steps and forward flexed trunk after the lumbar fusion
            260 ft RW contact guard; 10 m walk 0.71 m/s
            """,
            ["Z98.1"], [PTA("97116", 16)], []),

        // TVPT Dayton, Celeste Vandergriff: one-on-one Y; foam, tandem, pushes; postural control; Berg and TUG: passes.
        ["vord-h173-tvpt-vandergriff-orchard"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — Dayton
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: foam stance with eyes closed, tandem walking with head turns, pushes at the pelvis, to retrain postural reactions
            DEFICIT ADDRESSED: postural control and a late step; she stumbles between the asparagus rows
            OBJECTIVE: Berg 46/56; TUG 12.2 sec
            NOTE TO REVIEWER: progressing, continue.
            Celeste Vandergriff, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // TVPT Waitsburg, Owen Takacs: 97110 with doses for a grain-truck driver's knee: passes.
        ["vord-h173-tvpt-takacs-97110-grain-truck"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — Waitsburg
            SERVICE: 97110 Therapeutic exercise — 15 min
            WHAT I DID AND WHY: step-ups to a 12 inch box 3x10, leg press 90 lb 3x12, TKE with the blue band 3x15, to strengthen the L quad for climbing into the grain truck
            DEFICIT ADDRESSED: L quadriceps weakness after the TKA
            OBJECTIVE: doses as listed; knee flexion L 118°
            Owen Takacs, PT
            """,
            ["Z96.652"], [PT("97110", 15)], []),

        // LMPT Archer Ave: "Attendance: (x) 1:1"; BOSU and rocker; ankle proprioception; SLS and Y-balance: passes.
        ["vord-h173-lmpt-ruiz-bosu"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (J. Ruiz, PT)
            Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: BOSU single-leg stance with ball catches, rocker board M/L eyes closed, lateral hops to a stick
            Why: R ankle proprioception after the sprain; the el conductor rolls it on the platform edge
            #s: SLS R 15 sec; Y-Balance anterior R 61 cm
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // LMPT Archer Ave: a complete 97112 whose diagnosis cell holds "#N/A" from the spreadsheet: not a well-formed ICD-10-CM code.
        ["vord-h173-lmpt-dx-na"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (J. Ruiz, PT)
            Code: 97112 | Min: 23 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: foam stance with head turns, tandem walking with eyes closed, pushes at the pelvis
            Why: postural control and sway after the fall on the ice
            #s: Berg 47/56
            """,
            ["#N/A"], [PT("97112", 23)], [Dx]),

        // PTH Hillsville: "97112 [ 22 ] min · 1:1 — daughter in the kitchen, only she was treated"; counter tandem, cushion stance; sway; Berg and tandem: passes.
        ["vord-h173-pth-daughter-in-the-kitchen"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: home, Hillsville · Present: pt and her daughter
            97112 [ 22 ] min · 1:1 — daughter in the kitchen, only she was treated
            Tandem along the kitchen counter with head turns; couch-cushion stance with eyes closed; step-and-stick off the porch step
            Problem: sway and a late step; she caught her toe on the rag rug
            Assist/Dist: CGA → SBA on the cushion; Berg 45/56; tandem 8 sec
            Verlie Cox, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // PTH Galax: 97110 in the kitchen with doses; knee weakness: passes.
        ["vord-h173-pth-97110-kitchen"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: home, Galax · Present: pt
            97110 [ 14 ] min
            Mini squats at the counter 3x12, standing hip abduction with the yellow band 3x10, seated LAQ with a 3 lb cuff 3x12
            Problem: bilateral quad and hip weakness; he can't get up from the fiddle-practice chair
            Assist/Dist: doses as listed
            Verlie Cox, PT
            """,
            ["M62.81"], [PT("97110", 14)], []),

        // PTH Hillsville: 97116 and 97110 each in its minute box (17 and 13); distance and doses: passes.
        ["vord-h173-pth-two-boxes-filled"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: home, Hillsville · Present: pt and the dog
            97116 [ 17 ] min
            Gait with the rolling walker to the mailbox and back on the gravel, cues for step length
            97110 [ 13 ] min
            Sit-to-stand from the kitchen chair 3x10, heel raises at the counter 3x15, marching 2x20
            Problem: short steps and hip and calf weakness after the hospital stay
            Assist/Dist: 300 ft RW SBA; doses as listed
            Verlie Cox, PT
            """,
            ["R26.89", "M62.81"], [PT("97116", 17), PT("97110", 13)], []),

    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
