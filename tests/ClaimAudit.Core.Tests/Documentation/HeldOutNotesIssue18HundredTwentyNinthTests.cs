using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-twenty-ninth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, nineteenth session, blind beside the hundred-and-twenty-eighth) is one Monday's notes
/// (Monday 16 March 2026) drawn at random across the clinics of the hundred-and-eleventh to hundred-and-twenty-seventh
/// sets — one clinic from each of those seventeen sets, six notes from each (seven from one), each clinic in its own style and
/// template: encoding damage, recaps and plans, outlines and numbered forms, message threads and logs, compressed
/// notation, pertinent negatives, long narratives, billing arithmetic, multi-visit flowsheets, time written every way,
/// methods named by brand, education and home programmes, split session times and measures written every way — with no
/// new style: new patients and new wording inside the same templates, about two thirds ordinary and complete (69 of
/// 103), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to two in a visit), by PTs, PTAs and OTs, from seventeen employers:
/// <list type="number">
/// <item>Blackstone Valley General Hospital — Outpatient Rehabilitation (BVGH: Woonsocket, encoded twice, and Lincoln
/// and North Smithfield, encoded once; "Service: / Delivery: / Treatment: / Deficit(s): / Objective:" lines): AmÃƒÂ©lie
/// Boisvert (PT, DPT), Marc-AndrÃ© LÃ©vesque (PT), Joanne Brodeur (PTA) and HÃ©lÃ¨ne Charpentier (OTR/L); a man
/// who walks to the Saint-Jean-Baptiste parish hall, a woman who sells pies at the
/// Diamond Hill orchard and her husband in the lobby;</item>
/// <item>Milwaukee River Physical Therapy (MRPT: West Bend and Jackson, Wisconsin), Word notes with curly quotes,
/// non-breaking hyphens, "[deleted: …] [inserted: …]" and the owner's "[Comment JS1: …]": Janelle Stoeckel (PT, DPT),
/// Owen Wierzbicki (PT) and Rita Fiorentino (PTA); a sausage-plant packer, a Kettle Moraine trail runner, a polka
/// accordionist and Mr. Zuehlke on the next table;</item>
/// <item>Huron Valley University Hospital — Outpatient Neuro Rehabilitation (HVUH: Briarwood, Ypsilanti and Chelsea,
/// Michigan), "PREVIOUS SESSION (date):", "TODAY'S SESSION:", "PLAN NEXT SESSION:" and "POC GOALS:": Priya Raman (PT,
/// DPT, NCS), Jonah Feld (PT, DPT, with a DPT student) and Keisha Boateng (PTA); a retired Depot Town bookseller, a
/// woman with MS who coaches rowing on Ford Lake and a man who plays the carillon;</item>
/// <item>Suncoast Senior Therapy Partners (SSTP: Port Charlotte, Venice and North Port, Florida), "MA Review-Ready
/// Note v3" "Q: … A: …" pairs, "☐ Yes ☐ No" boxes and "A: ______" blanks: Denise Albright (PT), Omar Haddad (PT, DPT)
/// and Tracy Nguyen (PTA); a shark-tooth hunter on Caspersen Beach, a canasta player, a lanai and Mrs. Bell on the
/// NuStep;</item>
/// <item>Tri-Rivers Health Outpatient Rehabilitation (TRH: Huntington, Ironton and Ashland), policy RH-DOC-07's
/// Roman-numeral outline with "[ ] Individual [ ] Concurrent [ ] Group" rows: Marisol Queen (PT, DPT, NCS), Dwight
/// Fultz (PT), Tamara Click (PTA) and Renee Adkins (OTR/L); a retired riverboat cook, a Camden Park ride mechanic and a
/// woman who climbs the floodwall steps;</item>
/// <item>Kettle River Physical Therapy (KRPT: Hinckley, Moose Lake and Sandstone, Minnesota), "CareText" threads with
/// "[10:42 AM]" stamps, "&gt;" quotes and "Sent from my iPhone": Maren Hautala (PT, DPT), Aaron Kivi (PT), Kayla Rask
/// and Josh Pelto (PTAs); a retired prison guard, a wild-rice harvester and a daughter in the lobby;</item>
/// <item>Tuscarawas Valley Medical Center — Outpatient Therapy (TVMC: New Philadelphia, Dover and Sugarcreek, Ohio), the
/// activity log with a clock time on every line and "timer started / stopped": Renee Stutzman (PT), Tom Gerber (PT), Ben
/// Oyelaran (PTA); a cabinet maker, an Amish schoolteacher and Mr. Yoder on the bike;</item>
/// <item>Thermopolis Physical Therapy (TPT), the owner's slash shorthand "tx/ why/ #s/", "97110/97112 = 15/23 min" and
/// "1:1 [x] / grp [ ]": Russ Ekberg (PT) and Jolene Sandoval (PTA); a hay-hauler, a Hot Springs County road-grader
/// operator and a woman with her knitting;</item>
/// <item>Cimarron Senior Therapy (CST: Enid, Stillwater and Prairie Rose Assisted Living), "CST GERI VISIT" with falls,
/// orthostatics, ROS and "1:1: Y / N": Loretta Haskins (PT, GCS), Bao Tran (PT), Wendell Pickard (PTA) and Renata
/// Holloway (OTR/L); a retired Vance crew chief, a woman who plays the church piano and a resident who folds towels;</item>
/// <item>Ruby Valley Physical Therapy (RVPT: Nell Tregoning, PT, Sheridan, Montana), letters to Dr. Quarrie and to
/// Joanne closing "For the record" and "With regards, Nell": a saddle maker, a retired Alder Gulch gold-dredge
/// hand, Biscuit the heeler and a calving season;</item>
/// <item>Copper Bluff Physical Therapy (CBPT: Calumet, Lake Linden and L'Anse, Michigan), the "UNITS WORKSHEET" with
/// code, modifier, minutes, units and fee: Kirsti Maki (PT, DPT), Owen Pelto (PT) and Brianna Laakso (PTA); a
/// Quincy mine tour guide, a snowshoe racer and a second patient on the mat table;</item>
/// <item>Kennebec Neuro Rehabilitation (KNR: Augusta and Waterville, Maine), the "NeuroChart 3-visit flowsheet" with
/// today's column marked, a "1:1 attendance ☐/☒" row and "Impairment (today):": Maren Thibodeau (PT, DPT, NCS), Owen
/// Pelletier (PT) and Jolene Cyr (PTA); a paper-mill retiree, a woman who snowshoes and a Colby groundskeeper;</item>
/// <item>Popo Agie Valley Medical Center — Outpatient Rehabilitation (PAVMC: Lander, Hudson and Dubois, Wyoming),
/// "TheraChart Daily Note" with "Duration: 0:23", "Timed Duration: 00:23:00", "Individual (1:1): Yes / No" and "____"
/// fields: Gwen Vandersloot (PT, DPT), Derek Ashdown (PT) and Marisela Cota (PTA); an outfitter who shoes mules and a
/// weaver;</item>
/// <item>Bluestem Neurologic Therapy (BNT: Salina, Abilene and McPherson, Kansas), "BNT Neuro Daily" with "Certified
/// method:", "Delivery: ☐ Individual ☐ Group ☐ Concurrent" and care partners: Harriet Voss (PT, DPT, NCS), Cody Ebert
/// (PTA) and Marisol Quintanilla (OTR/L); a sorghum farmer, a retired Smoky Hill ranger and a husband who guards;</item>
/// <item>Tamarack Valley Health — Outpatient Neuro Rehabilitation (TVH: Grand Rapids, Hibbing and Deer River,
/// Minnesota), its EDUCATION grid "Learner | Method | Response": Solveig Haugen (PT, DPT, NCS), Dario Pellegrini (PT),
/// Brianna Kuusisto (PTA) and Mae Lindqvist (OTR/L); a retired ore-boat cook, a musky guide and a wife as learner;</item>
/// <item>Big Horn Basin Regional Hospital — Outpatient Rehabilitation (BHBR: Worland, Thermopolis and Greybull,
/// Wyoming), "START ■ STOP" rows, "⏸ HOLD" rows and the "TIMED TOTAL" footer: Maren Thorsby (PT, DPT, NCS), Joel
/// Akiyama (PT) and Renata Villalobos (PTA); a bentonite hauler and a rancher's wife;</item>
/// <item>Southern Tier Balance and Falls Clinic (STBF: Elmira, Corning and Ithaca, New York), the "STBF Visit
/// Narrative" with "What we worked on", "Why", "How she did" and "Time": Dr. Naomi Castellucci (PT, DPT, NCS), Bram
/// Oosterhuis (PT), Leticia Fairweather (PTA) and Joan Pettibone (OTR/L); a Mark Twain study docent, a Finger Lakes
/// ferry deckhand and a Chemung River kayaker.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read a great many notes of these
/// templates, applying the contract to what each template's filled text says about today's billed time: damage is read
/// through and a tracked change as accepted, a recap, a plan and a goal are not today's service, a blank, "____" and
/// "(not documented)" state nothing, a box is read as ticked or not, a time stamp, a worksheet's fee and units and
/// another visit's column are never a code's minutes, a brand or a level never stands for a measure:
/// <list type="bullet">
/// <item>class 1 (v1-h129-…): one-on-one in these writers' own words ("one-on-one Ã¢â‚¬â€œ her husband waited in the
/// lobby", "1:1 throughout; the DPT student observed from the doorway", "just me and him the whole block, his daughter
/// out in the lobby", "1:1/just pt &amp; me — wife w/ her knitting", "I had him to myself for the whole of the balance
/// work"), notes that negate it (a tracked change inserting that Rita went back and forth to Mr. Zuehlke, "A: No —
/// Mrs. Bell was on the NuStep and I alternated", a log line starting another patient on the bike) or never state it
/// (a geri visit with its 1:1 line deleted), and a PTA's 97110 beside a second patient on the mat table (no one-on-one
/// check);</item>
/// <item>class 2 (v2-h129-…): checkbox and blank-field states (a flowsheet's today column ticked and the same row blank
/// today, "Individual (1:1): [ ] Yes [ ] No", "Impairment: ____", a BNT Individual box ticked and a Group box ticked,
/// an Objective line of "____", "A: ______" under the one-on-one and the technique questions, a TRH "[X] Individual"
/// row);</item>
/// <item>class 3 (v3-h129-…): named programmes and methods as techniques (LSVT BIG maximal daily exercises, PWR! Moves,
/// CIMT shaping, Herdman X1 viewing, Mulligan SNAGs, PNF D2 with rhythmic stabilisation, McKenzie repeated extension in
/// lying, Maitland grade III PAs), a hospital's branded balance programme by level as the only technique, "PWR! Moves
/// bigger today" as the only result and an Alfredson protocol with no dose;</item>
/// <item>class 4 (v4-h129-…): deficits stated as findings ("sensation intact except both feet below the ankle bones",
/// a saddle maker who sways when he looks up at the hay loft, a woman who catches her toe on the ferry ramp, "why/ L
/// ankle proprio ↓") and notes that state none ("IMPAIRMENTS: none / WNL", a Deficit(s) line of damage only, "B.
/// Impairment: refer to POC page 2", "Why:" left empty);</item>
/// <item>class 5 (v5-h129-…): measures in every usual form (a score in prose, "EO/EC" seconds, a flowsheet's today
/// cell, a pull test in steps, a change from a dated baseline, counts with assistance for 97530) and notes with none
/// ("steadier than last week, her granddaughter agrees", "#s/ —", a cane gait note with no distance or assistance, "A:
/// deferred — pt fatigued");</item>
/// <item>class 6 (v6-h129-…): minutes in these templates' forms (a code's two stamped ranges around a hold, timer
/// lines, a units worksheet's minutes column, "Duration: 0:23" and "Timed Duration: 00:12:00", "97110/97112 = 15/23
/// min", a Word note's "Time:" line, a letter's "For the record") and true mismatches (a stamped range of 34 on a
/// 22-minute line, a worksheet's 30 on an 18-minute line, a shorthand 33 on a 23-minute line) and truly missing
/// separate time (a log with only the session's start and end on a two-code visit, a thread with "total timed 37
/// min");</item>
/// <item>class 7 (v7-h129-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: a note cell of spaces and line breaks only, an empty two-code flowsheet export, an empty OT note
/// with no diagnosis), the contract's meanings for 97110, 97530, 97140 and 97116, and wholly generic notes (a Q and A
/// note answered only in generic phrases, a worksheet under "Ther ex and NMR per POC", an OT's "functional activities
/// per plan");</item>
/// <item>ordinary (vord-h129-…): complete notes of the seventeen clinics that a reviewer passes (the false-positive
/// guard), and the ordinary weak one: a complete note with no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — husbands, wives, daughters, a DPT
/// student, an interpreter and aides (none of them a patient; Mr. Zuehlke, Mrs. Bell, Mr. Yoder and the second patient on
/// the mat table are), ages, dates, years at a job, step and curb heights in inches, loads in pounds, band colours,
/// degrees, fees and units, visit counters, distances and counts of cones, cards and laps — and each is written so that
/// a reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code, in its
/// block's heading, in a minute box or worksheet column on the code's row, or as a clock range on the code's own line;
/// no note gives minutes to a visit, a drill, a rest or a test, except the two that fail for a visit's total (a log's
/// session start and end, a thread's "total timed"); notes failed for want of a measure carry no number but their code
/// and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A
/// 97112 passes the measure check only on an objective measure with a number; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a
/// family member, caregiver, student or staff member in the room does not undo a one-on-one statement, another patient
/// treated in the same block does.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what a Monday across seventeen templates could honestly be read either way: a box ticked in
/// one column and contradicted in another for today, a certification line ("Certified method: LSVT BIG") as the only
/// carrier of a technique, education with no training as a 97112's technique, a code's time given both in a stamped
/// range and in a worksheet that disagree, and a recap's minutes beside today's different minutes for the same code.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 96 of 103 cases agree (101 needed), and 6 of the 69 notes the reviewer passes got a finding, on the analyzer of 3a1b212 (the 2026-12-07 nineteenth session after the hundred-and-twenty-fourth to hundred-and-twenty-seventh sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 102 of 103, no false positive — a flowsheet of visits drawn with cell bars read for today's column, "lifted the mug 10 times", "Fingertips 12&quot; from the floor". Left: "PROBLEM: none / WNL" beside "ROS: denies dizziness, new numbness" (the numbness, after "new", is not read as denied).</para>
/// </summary>
public class HeldOutNotesIssue18HundredTwentyNinthTests(ITestOutputHelper output)
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

        // BVGH Woonsocket, encoded twice: "Delivery: one-on-one Ã¢â‚¬â€œ her husband waited in the lobby"; perturbations on the foam, tandem with head turns, step-overs; L ankle proprioception; rocker board seconds and FGA; "97112 … Ã¢â‚¬â€œ 23 min" matches: passes.
        ["v1-h129-bvgh-husband-in-the-lobby"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 23 min
            Delivery: one-on-one Ã¢â‚¬â€œ her husband waited in the lobby.
            Treatment: perturbations at the pelvis standing on the foam, tandem walking with head turns, stepping over the cane laid on the floor without looking down.
            Deficit(s): L ankle proprioception after the sprain on the parish-hall steps; she canÃ¢â‚¬â„¢t tell where her foot is on the gravel.
            Objective: rocker board M/L 12 sec; FGA 21/30.
            Therapist: AmÃƒÂ©lie Boisvert, PT, DPT
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // MRPT West Bend PTA, tracked change accepted: "[deleted: Treated one‑on‑one.] [inserted: Had Mr. Zuehlke on the next table for the block and went back and forth.]" — another patient in the billed time: one-on-one missing; techniques, deficit and measures present.
        ["v1-h129-mrpt-tracked-change-next-table"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            MRPT Daily Note — Rita Fiorentino, PTA
            97112 Neuromuscular re‑education — 21 min
            • [deleted: Treated one‑on‑one.] [inserted: Had Mr. Zuehlke on the next table for the block and went back and forth.]
            • Rhythmic stabilization in tall kneeling, foam marching, lateral stepping over the cones.
            • Problem: trunk postural control after the L MCA stroke; she lists to the R when she turns.
            • Berg 41/56; 6 of 10 lateral steps without touching a cone.
            [Comment JS1: Rita — can we talk about scheduling these two together?]
            """,
            ["I69.351"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // HVUH Briarwood: PREVIOUS SESSION recap, then "TODAY'S SESSION: 1:1 throughout; the DPT student observed from the doorway"; X1 viewing and head-turn walking on the concourse; L vestibular hypofunction; DGI and DVA; 24 matches: passes.
        ["v1-h129-hvuh-student-observed"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood
            PREVIOUS SESSION (03/11): gaze work seated only; DGI 15/24.
            TODAY'S SESSION: 97112 neuromuscular re-education, 24 min. 1:1 throughout; the DPT student observed from the doorway.
            X1 viewing standing on the foam against the busy background, walking the atrium concourse with horizontal head turns, stopping on cue.
            Impairment: L vestibular hypofunction after the schwannoma resection; oscillopsia and veering L with head turns.
            Objective: DGI 18/24; dynamic visual acuity lost 3 lines.
            PLAN NEXT SESSION: progress to vertical head turns.
            Jonah Feld, PT, DPT
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // SSTP Venice PTA: "Q: Was the patient seen one-on-one? A: No — Mrs. Bell was on the NuStep and I alternated between them" — negated; techniques, deficit and measures present.
        ["v1-h129-sstp-answer-no-alternated"] = new(
            """
            Suncoast Senior Therapy Partners — Venice        MA Review-Ready Note v3
            Clinician: Tracy Nguyen, PTA      CPT: 97112 (20 min)
            Q: Was the patient seen one-on-one? A: No — Mrs. Bell was on the NuStep and I alternated between them.
            Q: What skilled technique was used today? A: foam stance with reaching out of base, tandem walking at the counter, lateral perturbations at the hips.
            Q: What deficit was addressed? A: postural sway and slow stepping reaction; she nearly fell stepping down onto the lanai.
            Q: Objective measure today? A: TUG 13.8 sec; 5 of 8 perturbations recovered without a hand.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // KRPT Sandstone CareText: "[2:17 PM] Josh Pelto: just me and him the whole NMR block, his daughter out in the lobby"; rocker board, foam catches, perturbations; R ankle proprioception; rocker seconds and perturbations; "97112 — 22 min" matches: passes.
        ["v1-h129-krpt-just-me-and-him-daughter-lobby"] = new(
            """
            Kettle River Physical Therapy — Sandstone
            97112 — 22 min (Josh Pelto, PTA)
            [2:17 PM] Josh Pelto: Mr. Lindgren done. Just me and him the whole NMR block, his daughter out in the lobby. Rocker board A/P eyes closed, ball catches on the foam, perturbations at the shoulders.
            [2:19 PM] Maren Hautala: > R ankle still the problem?
            [2:20 PM] Josh Pelto: yes, R ankle proprioception, he rolls it on the rice-boat gunwale. Rocker 11 sec without an edge touch, 7/10 perturbations w/o a step.
            Sent from my iPhone
            """,
            ["S93.401D"], [PTA("97112", 22)], []),

        // TVMC Dover log: "10:12 Mr. Yoder (other pt) started on bike — BO alternating" inside the 97112 timer: another patient in the block; techniques, deficit and measures present: one-on-one missing.
        ["v1-h129-tvmc-log-other-patient-on-bike"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (DOVER) · activity log
            10:06 97112 timer started (B. Oyelaran, PTA)
            10:12 Mr. Yoder (other pt) started on bike — BO alternating between the two
            10:13 Tandem stance on foam, side-stepping over the cones, lateral perturbations at the hips
            10:20 Impairment: postural control and delayed stepping after her fall in the schoolhouse
            10:27 97112 timer stopped — 21 min
            10:28 Objective: Berg 43/56; 6 of 10 perturbations without a step
            """,
            ["R26.81", "W19.XXXD"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // TPT Thermopolis shorthand: "1:1/just pt & me — wife w/ her knitting in the chair"; tandem on foam, perturb, BAPS; R ankle proprio; tandem EO/EC seconds and Berg; "97112/NMR 23 min" matches: passes.
        ["v1-h129-tpt-wife-with-knitting"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97112/NMR 23 min — 1:1/just pt & me — wife w/ her knitting in the chair
            tx/ tandem on foam EO/EC, perturb at hips A/P + M/L, BAPS lvl 3 CW/CCW
            why/ R ankle proprio ↓ s/p sprain stepping off the hay wagon, rolls it on the stubble
            #s/ tandem EO/EC 30/9 s; Berg 50/56
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // CST Enid "CST GERI VISIT" with screens filled and no 1:1 line at all (deleted from the template); foam and perturbation work; postural control; Berg and TUG; 22 matches: one-on-one never stated.
        ["v1-h129-cst-geri-one-on-one-line-deleted"] = new(
            """
            CST GERI VISIT — Enid          Bao Tran, PT
            FALLS SINCE LAST VISIT: 0   NEAR-FALLS: 1 (turning at the church piano bench)
            ORTHOSTATICS lying → standing: negative
            ROS: denies dizziness, chest pain, new numbness
            97112 NMR — 22 min
            TX: foam stance with head turns, forward and lateral perturbations at the shoulders, stepping strategy to floor targets.
            PROBLEM: impaired postural control with a delayed stepping response.
            OBJECTIVE: Berg 42/56; TUG 14.6 s.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // CBPT Lake Linden PTA 97110 with a second patient on the mat table (no one-on-one check for 97110); rows, bridges, step-ups with doses; L hip and knee weakness; worksheet 16 matches: passes.
        ["v1-h129-cbpt-pta-97110-two-on-the-mats"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Lake Linden          CBPT DAILY NOTE
            Pt: Mrs. Heikkila   Therapist: Brianna Laakso, PTA
            Delivery: worked alongside a second patient on the mat table
            Tx: bridges 3x15; side-lying hip abduction 3 lb 3x12; step-ups onto the 6 inch step 3x10; TKE with the blue band 3x15.
            Problem: L hip abductor and quad weakness after the L TKA; she can't get down the snowshoe-race bleachers.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod   | Min | Units | Fee
            97110 | GP CQ | 16  | 1     | $30.40
            """,
            ["Z96.652"], [PTA("97110", 16)], []),

        // RVPT letter: "I had him to myself for the whole of the balance work — Biscuit under the desk does not count"; PNF rhythmic stabilisation, foam step-ups with head turns; sways looking up at the loft; Berg and tandem seconds; "For the record: 97112, 25 minutes" matches: passes.
        ["v1-h129-rvpt-had-him-to-myself"] = new(
            """
            Dear Dr. Quarrie,
            Mr. Harlan Pettibone, the saddle maker, came in Monday with snow on his hat. He told me he nearly went over backward reaching up for a saddle tree on the top rack, and that is just the trouble we are working on: he sways and loses his balance backward whenever his head tips up, and his stepping reaction is late.
            I had him to myself for the whole of the balance work — Biscuit under the desk does not count. We did rhythmic stabilisation in standing, step-ups onto the foam with head turns, and reaching overhead to the shelf from a narrow stance while I perturbed at the pelvis.
            His Berg is 46/56 today (41 in January) and he held tandem 14 seconds with his eyes open.
            For the record: 97112, 25 minutes.
            With regards, Nell
            """,
            ["R26.81"], [PT("97112", 25)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // KNR Augusta three-visit flowsheet, today's column last: "1:1 attendance ☐/☒" ticked ☒ in today's column; foam and perturbation rows ticked today; postural control in Parkinson's; today's mini-BEST; today's 97112 row 24 matches: passes.
        ["v2-h129-knr-flowsheet-today-ticked"] = new(
            """
            KENNEBEC NEURO REHABILITATION — Augusta · NeuroChart 3-visit flowsheet
                                       | 03/09 | 03/11 | 03/16 TODAY
            97112 neuro re-ed (min)    |  23   |  22   |  24
            1:1 attendance ☐/☒         |  ☒    |  ☒    |  ☒
            Foam stance w/ head turns  |  ✓    |  ✓    |  ✓
            Backward perturbations     |  ✓    |       |  ✓
            Turning in the doorway     |       |  ✓    |  ✓
            Impairment (today): retropulsion and freezing at doorways with Parkinson's disease.
            Measures (today): mini-BESTest 19/28; pull test 2 steps.
            Maren Thibodeau, PT, DPT, NCS
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // KNR Waterville flowsheet: the "1:1 attendance" row ticked on the earlier visits and blank in today's column; techniques, deficit and measures today: one-on-one not stated for today.
        ["v2-h129-knr-flowsheet-today-one-on-one-blank"] = new(
            """
            KENNEBEC NEURO REHABILITATION — Waterville · NeuroChart 3-visit flowsheet
                                       | 03/10 | 03/12 | 03/16 TODAY
            97112 neuro re-ed (min)    |  22   |  22   |  22
            1:1 attendance ☐/☒         |  ☒    |  ☒    |  ☐
            Rocker board EC            |  ✓    |  ✓    |  ✓
            Step-and-stick to targets  |  ✓    |  ✓    |  ✓
            Impairment (today): L ankle proprioception after the fracture; she rolls it on the snowshoe trail.
            Measures (today): rocker board 15 sec; 8/10 step-and-stick.
            Jolene Cyr, PTA
            """,
            ["S82.62XD"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // PAVMC Hudson "Individual (1:1): [ ] Yes [ ] No" with neither box ticked; X1 and head-turn walking; vestibular hypofunction; DGI; Duration 0:22 matches: one-on-one missing.
        ["v2-h129-pav-individual-neither-ticked"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (HUDSON)
            TheraChart Daily Note · Clinician: Derek Ashdown, PT
            CPT 97112 Neuromuscular Re-education
              Duration: 0:22
              Individual (1:1): [ ] Yes [ ] No
              Interventions: X1 viewing standing on the foam, walking the hall with head turns, stopping to read the sign on cue.
              Impairment: R vestibular hypofunction; he staggers turning to check the mules behind him.
              Objective: DGI 17/24.
            """,
            ["H81.21"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PAVMC Lander "Impairment: ____" left blank; 1:1 Yes; PNF D1/D2 and foam perturbations; Berg; Duration 0:23 matches: deficit missing (no deficit word in the rest of the note).
        ["v2-h129-pav-impairment-blank"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Gwen Vandersloot, PT, DPT
            CPT 97112 Neuromuscular Re-education
              Duration: 0:23
              Individual (1:1): [X] Yes [ ] No
              Interventions: PNF D1 and D2 patterns of the arms in standing, perturbations at the pelvis on the foam, side-stepping over the cones.
              Impairment: ____
              Objective: Berg 45/56; 7 of 10 perturbations without a step.
            """,
            ["R26.89"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // BNT Salina "Delivery: ☒ Individual ☐ Group ☐ Concurrent", husband as care partner guarding; large-amplitude stepping and perturbations; festinating gait; pull test and TUG; 23 matches: passes.
        ["v2-h129-bnt-individual-ticked"] = new(
            """
            BNT Neuro Daily — Salina          Harriet Voss, PT, DPT, NCS
            97112 Neuromuscular re-education — 23 min
            Delivery: ☒ Individual ☐ Group ☐ Concurrent
            Care partner present: husband Dale, guarding at the gait belt
            Certified method: LSVT BIG
            Treatment: large-amplitude forward and backward stepping to floor targets, backward perturbations at the shoulders, turning 180° between cones.
            Impairment: festinating gait and retropulsion with Parkinson's disease; freezes in the sorghum-barn doorway.
            Objective: pull test 3 steps to recover; TUG 12.9 s.
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // BNT McPherson PTA "Delivery: ☐ Individual ☒ Group ☐ Concurrent" on a 97112 line: group, not one-on-one; PWR! Moves, perturbations; Parkinson's postural instability; TUG and counts present.
        ["v2-h129-bnt-group-ticked"] = new(
            """
            BNT Neuro Daily — McPherson          Cody Ebert, PTA
            97112 Neuromuscular re-education — 21 min
            Delivery: ☐ Individual ☒ Group ☐ Concurrent
            Treatment: PWR! Moves PWR!Up, PWR!Step and PWR!Twist in standing; lateral perturbations at the hips.
            Impairment: postural instability and small steps with Parkinson's disease.
            Objective: TUG 14.1 s; 6/10 perturbations recovered with one step.
            """,
            ["G20.A1"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // TVH Hibbing: "Delivery: ☒ 1:1", "Objective: ____" left blank; the education grid ticked; foam and perturbation work; postural control; no number but the code and its minutes: measure missing.
        ["v2-h129-tvh-objective-blank"] = new(
            """
            TAMARACK VALLEY HEALTH — NEURO OP DAILY NOTE (HIBBING)
            97112 Neuromuscular re-ed — 22 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: tandem walking on the foam beam, lateral perturbations at the pelvis, stepping to floor targets without looking down.
            Impairment: postural control and a late stepping reaction after the cerebellar stroke.
            Objective: ____
            EDUCATION — Learner: ☒ Patient ☒ Spouse ☐ Other / Method: ☒ Demo ☐ Written / Response: ☒ Return demo
            Brianna Kuusisto, PTA
            """,
            ["I69.393"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // SSTP Port Charlotte: "Q: Was the patient seen one-on-one? A: ______" unanswered; techniques, deficit and measures answered: one-on-one missing.
        ["v2-h129-sstp-one-on-one-blank"] = new(
            """
            Suncoast Senior Therapy Partners — Port Charlotte        MA Review-Ready Note v3
            Clinician: Denise Albright, PT      CPT: 97112 (22 min)
            Q: Was the patient seen one-on-one? A: ______
            Q: What skilled technique was used today? A: rocker board eyes closed, foam stance with ball tosses, step-and-stick to floor targets.
            Q: What deficit was addressed? A: bilateral foot proprioception with the neuropathy; she can't feel the sand at Caspersen Beach.
            Q: Objective measure today? A: Berg 44/56; rocker board 9 sec.
            """,
            ["E11.42"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SSTP North Port: "Q: What skilled technique was used today? A: ______" unanswered; one-on-one yes, deficit and measures answered: technique missing.
        ["v2-h129-sstp-technique-blank"] = new(
            """
            Suncoast Senior Therapy Partners — North Port        MA Review-Ready Note v3
            Clinician: Omar Haddad, PT, DPT      CPT: 97112 (23 min)
            Q: Was the patient seen one-on-one? A: ☒ Yes ☐ No
            Q: What skilled technique was used today? A: ______
            Q: What deficit was addressed? A: L hemiparesis with impaired weight shift onto the L and a late L step.
            Q: Objective measure today? A: Berg 39/56; 10MWT 0.62 m/s.
            """,
            ["I69.354"], [PT("97112", 23)], [At(Tech, "97112")]),

        // TRH Ashland outline: "[X] Individual [ ] Concurrent [ ] Group" row; A. NMR (97112) — 22 min; PNF rhythmic stabilization and foam; trunk control; Berg; matches: passes.
        ["v2-h129-trh-individual-box"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — ASHLAND KY
            I. SUBJECTIVE (03/16/2026): rode the Camden Park coaster with her grandson in the summer; now afraid of the floodwall steps.
            II. OBJECTIVE
               Delivery: [X] Individual [ ] Concurrent [ ] Group
               A. NMR (97112) — 22 min
                  1. Rhythmic stabilization in half-kneeling.
                  2. Foam stance with reaching out of base.
                  3. Step-ups onto the 6 inch step with head turns.
               B. Impairment: trunk postural control and a delayed stepping reaction.
               C. Berg 47/56; SLS L 6 sec.
            III. ASSESSMENT: better on the stairs.
            — Marisol Queen, PT, DPT, NCS
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // BNT Abilene: LSVT BIG maximal daily exercises (floor to ceiling, side to side, forward and backward steps) done today with the husband guarding; hypokinesia and small steps; TUG, stride and pull test; Individual ticked; 24 matches: passes.
        ["v3-h129-bnt-lsvt-big-maximal-daily"] = new(
            """
            BNT Neuro Daily — Abilene          Harriet Voss, PT, DPT, NCS
            97112 Neuromuscular re-education — 24 min
            Delivery: ☒ Individual ☐ Group ☐ Concurrent
            Care partner present: husband, guarding and learning the count
            Treatment: LSVT BIG maximal daily exercises — floor to ceiling, side to side, forward step and backward step with maximal amplitude — then BIG walking with arm swing and turning around the cones.
            Impairment: hypokinesia and bradykinesia with Parkinson's disease; his steps shrink crossing the grain-elevator yard.
            Objective: TUG 11.8 s (13.9 at eval); pull test 2 steps.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // BNT Salina PTA: PWR! Moves (PWR!Up, PWR!Rock, PWR!Twist, PWR!Step) in standing and on the foam; postural instability and trunk rigidity; FGA and perturbation count; "one-on-one, just Cody and Mr. Stucky"; 22 matches: passes.
        ["v3-h129-bnt-pwr-moves-on-foam"] = new(
            """
            BNT Neuro Daily — Salina          Cody Ebert, PTA
            97112 Neuromuscular re-education — 22 min
            Delivery: ☒ Individual ☐ Group ☐ Concurrent — one-on-one, just Cody and Mr. Stucky
            Treatment: PWR! Moves — PWR!Up, PWR!Rock, PWR!Twist and PWR!Step — in standing, then PWR!Rock on the foam with perturbations at the hips.
            Impairment: postural instability and trunk rigidity with Parkinson's disease; he loses his balance turning in the kitchen.
            Objective: FGA 19/30; 7 of 10 perturbations without a step.
            """,
            ["G20.A1"], [PTA("97112", 22)], []),

        // BNT OT 97530 CIMT shaping tasks with the L arm (stacking checkers, turning cards, wiping the table) with the R in the mitt; learned non-use of the L arm; counts and a Wolf Motor Function time: passes.
        ["v3-h129-bnt-ot-cimt-shaping"] = new(
            """
            BNT Neuro Daily — Salina          Marisol Quintanilla, OTR/L
            97530 Therapeutic activities — 19 min
            Treatment: CIMT shaping tasks with the L arm, R hand in the mitt — stacking checkers, turning playing cards face up, wiping the table in widening circles, lifting a mug to the shelf.
            Impairment: learned non-use of the L arm after the R MCA stroke; she does everything one-handed at the church potluck.
            Objective: stacked 14 checkers; turned 20 cards with 3 drops; lifted the mug 10 times with set-up only.
            """,
            ["I69.354"], [OT("97530", 19)], []),

        // HVUH Chelsea PTA: Herdman X1 viewing at 2 Hz in standing and walking, "1:1 the whole session"; PREVIOUS SESSION recap only seated; L vestibular hypofunction; DGI and DVA; "TODAY'S SESSION: 97112 … 23 min" matches: passes.
        ["v3-h129-hvuh-herdman-x1-standing"] = new(
            """
            HVUH Neuro PT Daily Note — Chelsea
            PREVIOUS SESSION (03/12): X1 seated only, DGI 14/24.
            TODAY'S SESSION: 97112 neuromuscular re-education, 23 min, 1:1 the whole session.
            Herdman X1 viewing standing on the foam with the metronome, then walking the hall with the X1 card held at arm's length; habituation to the pivot-turn position.
            Impairment: L vestibular hypofunction; he loses the carillon keys when he turns his head.
            Objective: DGI 17/24; DVA lost 2 lines.
            PLAN NEXT SESSION: X2 viewing.
            Keisha Boateng, PTA
            """,
            ["H81.22"], [PTA("97112", 23)], []),

        // MRPT Jackson 97140 Mulligan SNAGs to C5-6 rotation and a sustained natural apophyseal glide for extension, with STM to the upper trap; neck stiffness and rotation loss; rotation degrees; "97140 Manual therapy — 12 min": passes.
        ["v3-h129-mrpt-mulligan-snags"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            MRPT Daily Note — Owen Wierzbicki, PT
            97140 Manual therapy — 12 min
            • Mulligan SNAGs to C5‑6 for R rotation, 3 sets of 6; sustained natural apophyseal glides for extension; STM to the R upper trapezius.
            • Problem: R‑sided neck stiffness and loss of rotation — can’t shoulder‑check backing the accordion trailer.
            • Cervical R rotation 52° → 64° after the SNAGs.
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // TRH Huntington PT outline: PNF D2 flexion patterns of the leg and rhythmic stabilization in standing; hip and trunk motor control after the stroke; Berg and 5xSTS; Individual box; "A. NMR (97112) — 23 min": passes.
        ["v3-h129-trh-pnf-d2-rhythmic-stabilization"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — 5TH AVENUE, HUNTINGTON WV
            I. SUBJECTIVE (03/16/2026): retired riverboat cook; still catches his R toe at the galley door of his sister's houseboat.
            II. OBJECTIVE
               Delivery: [X] Individual [ ] Concurrent [ ] Group
               A. NMR (97112) — 23 min
                  1. PNF D2 flexion pattern of the R leg in standing with resistance at the knee.
                  2. Rhythmic stabilization in staggered stance.
                  3. Stepping over the 4 inch hurdle leading with the R.
               B. Impairment: R hip and ankle motor control after the L CVA; R toe clearance poor.
               C. Berg 44/56; 5xSTS 15.2 sec.
            — Dwight Fultz, PT
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // TVMC Sugarcreek log: the hospital's "Firm Footing Program Level 2 per protocol" is the only technique logged; 1:1; deficit and Berg logged; timer 22 min matches: technique missing.
        ["v3-h129-tvmc-branded-program-level-only"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (SUGARCREEK) · activity log
            13:31 97112 timer started (R. Stutzman, PT) — 1:1, her son translating from the chair
            13:32 Tx: Firm Footing Program Level 2 per protocol
            13:40 Impairment: postural sway and a slow stepping reaction; she steadies on the schoolroom desks
            13:53 97112 timer stopped — 22 min
            13:54 Objective: Berg 45/56; TUG 12.7 s
            """,
            ["R26.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // BNT McPherson: PWR! Moves named and done, 1:1 ticked, deficit stated, but the only result is "PWR! Moves bigger today, progressed to level B" — no number but the code and its minutes: measure missing.
        ["v3-h129-bnt-pwr-bigger-today-only"] = new(
            """
            BNT Neuro Daily — McPherson          Harriet Voss, PT, DPT, NCS
            97112 Neuromuscular re-education — 23 min
            Delivery: ☒ Individual ☐ Group ☐ Concurrent
            Treatment: PWR! Moves — PWR!Up and PWR!Twist in standing, PWR!Step with perturbations at the shoulders.
            Impairment: postural instability and small shuffling steps with Parkinson's disease.
            Objective: PWR! Moves bigger today; progressed to level B.
            """,
            ["G20.A1"], [PT("97112", 23)], [At(Measure, "97112")]),

        // MRPT West Bend 97110 Alfredson eccentric heel-drop protocol named with no sets, repetitions or load; R Achilles tendinopathy; "97110 – 15 min": measure missing.
        ["v3-h129-mrpt-alfredson-no-dose"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            MRPT Daily Note — Janelle Stoeckel, PT, DPT
            97110 Therapeutic exercise – 15 min
            • Alfredson eccentric heel‑drop protocol off the step, straight knee and bent knee.
            • Problem: R Achilles tendinopathy — pain and calf weakness on the Kettle Moraine trail climbs.
            [Comment JS1: note to self — add the dose next time]
            """,
            ["M76.61"], [PT("97110", 15)], [At(Measure, "97110")]),

        // RVPT letter: McKenzie repeated extension in lying and in standing; low back with a directional preference for extension; repetitions and flexion fingertip distance; "For the record: 97110, 16 minutes": passes.
        ["v3-h129-rvpt-mckenzie-repeated-extension"] = new(
            """
            Dear Joanne,
            Mrs. Verna Kountz came down from Alder Gulch on Monday. Her low back has a clear directional preference for extension: her leg symptoms centralise when she bends back and peripheralise when she sits to bead her saddle blankets.
            We did McKenzie repeated extension in lying, 3 sets of 10, and repeated extension in standing, 2 sets of 10, and I had her practise a lumbar roll in the chair.
            Her fingertips reached 8 inches from the floor bending forward, from 14 inches last week.
            For the record: 97110, 16 minutes.
            With regards, Nell
            """,
            ["M51.16"], [PT("97110", 16)], []),

        // BHBR Thermopolis 97140 Maitland grade III central PAs to L4 and L5 and unilateral PAs on the R, START/STOP 12; lumbar hypomobility; flexion inches; matches: passes.
        ["v3-h129-bhbr-maitland-grade-iii-pa"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97140 MANUAL THERAPY ▸ START 10:40 ■ STOP 10:52 = 12 MIN
            Maitland grade III central PAs to L4 and L5, 3 bouts of 30 seconds; grade III unilateral PAs on the R at L5.
            Impairment: L4-5 hypomobility with low back stiffness; he can't bend to hitch the bentonite trailer.
            Objective: standing flexion fingertips to 10 inches above the floor after, 15 inches before.
            Joel Akiyama, PT
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and none stated

        // CST Stillwater geri visit: screens negative and "SENSATION: intact except both feet below the ankle bones"; "1:1: Y"; rocker board and foam; Berg and tandem; 22 matches: passes.
        ["v4-h129-cst-intact-except-feet"] = new(
            """
            CST GERI VISIT — Stillwater          Loretta Haskins, PT, GCS
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            COGNITION: alert, follows 3-step commands   VISION: readers only
            SENSATION: intact except both feet below the ankle bones (diabetic neuropathy)
            1:1: Y
            97112 NMR — 22 min
            TX: rocker board A/P with eyes open then closed, foam stance with head turns, stepping onto and off the foam to floor targets.
            OBJECTIVE: Berg 46/56; tandem 8 s R foot in front.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // CST Ponca City PTA: "PROBLEM: none / WNL" and screens all negative; 1:1 Y; foam and perturbation work; Berg; 21 matches: no deficit targeted.
        ["v4-h129-cst-problem-none-wnl"] = new(
            """
            CST GERI VISIT — Prairie Rose Assisted Living, Ponca City          Wendell Pickard, PTA
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            ROS: denies dizziness, new numbness, chest pain
            1:1: Y
            97112 NMR — 21 min
            TX: foam stance with ball tosses, tandem walking at the hall rail, forward and backward perturbations at the shoulders.
            PROBLEM: none / WNL
            OBJECTIVE: Berg 48/56.
            """,
            ["Z91.81"], [PTA("97112", 21)], [At(Deficit, "97112")]),

        // STBF Corning narrative: "Why: she catches her toe on the ferry ramp and her ankles don't tell her where the deck is" — proprioception and toe clearance; foam and rocker work; counts and seconds; one-on-one Y; 24 matches: passes.
        ["v4-h129-stbf-ferry-ramp-toe"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mrs. Doreen Kittle, Finger Lakes ferry deckhand — Bram Oosterhuis, PT
            One-on-one for timed codes: Y — just the two of us.
            What we worked on: rocker board with her eyes closed, stepping from the firm floor onto the foam and back, and walking a taped line while turning her head to read the cards on the wall.
            Why: her ankles don't tell her where the deck is anymore — impaired proprioception at both ankles after the fractured L fibula — and she catches her toe on the ferry ramp.
            How she did: rocker board 11 seconds without an edge touch, up from 4; she read 9 of 12 cards without stepping off the line.
            Time: Neuromuscular re-education (97112), 24 minutes.
            """,
            ["S82.62XD"], [PT("97112", 24)], []),

        // STBF Ithaca PTA: "Why:" left empty; one-on-one Y; foam, perturbation and stepping work; a Berg and a count: deficit missing (nothing in the note names one).
        ["v4-h129-stbf-why-left-empty"] = new(
            """
            Southern Tier Balance and Falls Clinic — Ithaca
            STBF Visit Narrative — Mr. Ansel Proudfoot — Leticia Fairweather, PTA
            One-on-one for timed codes: Y
            What we worked on: perturbations at the shoulders on the foam, forward and backward; tandem walking along the rail; stepping over the row of cones.
            Why:
            How he did: he scored 47 out of 56 on the Berg; he cleared 8 of 10 cones.
            Time: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["R26.89"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // BVGH Lincoln, encoded once: "Deficit(s): â€“" — only a damaged dash; one-on-one, techniques and measures present: deficit missing.
        ["v4-h129-bvgh-deficit-only-a-dash"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL â€“ OUTPATIENT REHABILITATION (LINCOLN)
            Service: 97112 Neuromuscular re-education â€“ 22 min
            Delivery: one-on-one â€“ nobody else in the gym
            Treatment: foam stance with ball catches, tandem walking with head turns, perturbations at the pelvis.
            Deficit(s): â€“
            Objective: Berg 46/56; TUG 11.9 sec.
            Therapist: Marc-AndrÃ© LÃ©vesque, PT
            """,
            ["R26.89"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // TPT Worland PTA shorthand: "why/ L ankle proprio ↓ s/p inversion sprain on the grader step"; foam + BAPS; SLS seconds; 1:1 [x]; 22 matches: passes.
        ["v4-h129-tpt-pta-grader-step-proprio"] = new(
            """
            TPT Worland · J. Sandoval PTA
            97112/NMR 22 min — 1:1 [x] / grp [ ]
            tx/ SLS on foam w/ ball toss, BAPS lvl 2 all directions, step-downs off the 6" box w/ EC
            why/ L ankle proprio ↓ s/p inversion sprain on the road-grader step 2/4
            #s/ SLS L EO 21 s, EC 6 s; 8/10 step-downs w/o a hand
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // PAVMC Dubois: "Impairment: impaired sensory integration — sways when she looks up at the loom's top beam and with eyes closed"; 1:1 Yes; CTSIB-style conditions on foam; seconds; Duration 0:21: passes.
        ["v4-h129-pav-weaver-sways-looking-up"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (DUBOIS)
            TheraChart Daily Note · Clinician: Marisela Cota, PTA
            CPT 97112 Neuromuscular Re-education
              Duration: 0:21
              Individual (1:1): [X] Yes [ ] No
              Interventions: foam stance eyes open and eyes closed, looking up to the ceiling and back down, reaching to the top shelf from a narrow stance.
              Impairment: impaired sensory integration — she sways when she looks up at the loom's top beam and with her eyes closed.
              Objective: foam eyes closed 12 sec (5 at eval); functional reach 9 inches.
            """,
            ["R26.89"], [PTA("97112", 21)], []),

        // TRH Ironton outline: "B. Impairment: refer to POC page 2" — states nothing; individual box, techniques and Berg present: deficit missing.
        ["v4-h129-trh-impairment-refer-to-poc"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — IRONTON OH
            I. SUBJECTIVE (03/16/2026): ride mechanic, back at work part-time.
            II. OBJECTIVE
               Delivery: [X] Individual [ ] Concurrent [ ] Group
               A. NMR (97112) — 23 min
                  1. Tandem walking on the foam beam.
                  2. Lateral perturbations at the pelvis.
                  3. Stepping to floor targets.
               B. Impairment: refer to POC page 2.
               C. Berg 49/56.
            — Tamara Click, PTA
            """,
            ["R26.89"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // KNR Augusta flowsheet, newest first: "Impairment (today): he tips backward when he looks up at the paper-mill crane — vestibular and postural control"; 1:1 ticked today; foam and head-turn rows; DGI today; 23 matches: passes.
        ["v4-h129-knr-newest-first-looks-up"] = new(
            """
            KENNEBEC NEURO REHABILITATION — Augusta · NeuroChart 3-visit flowsheet (newest first)
                                       | TODAY 03/16 | 03/12 | 03/10
            97112 neuro re-ed (min)    |     23      |  22   |  22
            1:1 attendance ☐/☒         |     ☒       |  ☒    |  ☒
            Foam stance, head up/down  |     ✓       |  ✓    |
            Walking with head turns    |     ✓       |  ✓    |  ✓
            Impairment (today): he tips backward when he looks up — vestibular hypofunction with poor postural control.
            Measures (today): DGI 18/24.
            Owen Pelletier, PT
            """,
            ["H81.23"], [PT("97112", 23)], []),

        // RVPT letter (Dr. Quarrie): deficit told in the story — "his R foot does not know where the stirrup is, and he has fallen off the mounting block twice this winter" (R ankle proprioception); foam and BAPS; counts and seconds; "alone with me the whole time"; "For the record: 97112, 23 minutes": passes.
        ["v4-h129-rvpt-stirrup-foot"] = new(
            """
            Dear Dr. Quarrie,
            Mr. Cleve Ashby, who ran the gold dredge at Alder Gulch for thirty years, came in Monday. His R foot does not know where the stirrup is, and he has fallen off the mounting block twice this winter; that is loss of proprioception at the R ankle and foot since the fracture, and it is what we are treating.
            He was alone with me the whole time. We did the BAPS board on the R in all directions, single-leg stance on the foam with his eyes closed, and step-ups onto a block the height of his mounting block with his eyes on the horizon.
            He stood on the R on the foam for 9 seconds with his eyes closed (3 in February) and did 10 of 10 step-ups without a hand.
            For the record: 97112, 23 minutes.
            With regards, Nell
            """,
            ["S82.61XD"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and none

        // STBF Elmira narrative with the score in prose: "she scored 45 out of 56 on the Berg, up from 39 when she started, and walked the taped line in 9.8 seconds"; one-on-one Y; foam, perturbations, gorge-stair practice; postural control; 24 matches: passes.
        ["v5-h129-stbf-score-in-prose"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mrs. Lorna Beecher, docent at the Mark Twain study — Dr. Naomi Castellucci, PT, DPT, NCS
            One-on-one for timed codes: Y — her sister read a magazine in the chairs.
            What we worked on: perturbations at the pelvis standing on the foam, stepping up and down the practice stairs without the rail while turning to look behind her, and tandem walking along the mirror.
            Why: poor postural control and a late stepping reaction; she grabs for the railing on the hillside path up to the study.
            How she did: she scored 45 out of 56 on the Berg, up from 39 when she started, and walked the 10-metre taped line in 9.8 seconds.
            Time: Neuromuscular re-education (97112), 24 minutes.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // STBF Corning: "How she did: steadier than last week, her granddaughter agrees" — no number but the code and its minutes; one-on-one, techniques and deficit present: measure missing.
        ["v5-h129-stbf-steadier-granddaughter-agrees"] = new(
            """
            Southern Tier Balance and Falls Clinic — Corning
            STBF Visit Narrative — Mrs. Opal Rhinehart — Bram Oosterhuis, PT
            One-on-one for timed codes: Y — her granddaughter drove her and sat in.
            What we worked on: foam stance with her eyes closed, walking with head turns past the window, and reactive steps to pushes at the shoulders.
            Why: vestibular hypofunction on the L; she veers on the church aisle when she turns to greet people.
            How she did: steadier than last week, her granddaughter agrees.
            Time: Neuromuscular re-education (97112), 22 minutes.
            """,
            ["H81.22"], [PT("97112", 22)], [At(Measure, "97112")]),

        // TPT Thermopolis shorthand "#s/ tandem EO/EC 30/11 s, Berg 48/56 (↑ from 43)"; 1:1 [x]; foam, perturbations, step-overs; postural control; 23 matches: passes.
        ["v5-h129-tpt-eo-ec-seconds"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97112/NMR 23 min — 1:1 [x] / grp [ ]
            tx/ tandem on foam EO/EC, lat perturb at pelvis, step-overs of the hay-bale twine row
            why/ ↓ postural control + late stepping rxn, hay hauler, 2 near-falls on the flatbed
            #s/ tandem EO/EC 30/11 s; Berg 48/56 (↑ from 43)
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // TPT Worland PTA shorthand "#s/ —": no number but the code and its minutes; 1:1, techniques and deficit present: measure missing.
        ["v5-h129-tpt-numbers-dash"] = new(
            """
            TPT Worland · J. Sandoval PTA
            97112/NMR 22 min — 1:1 [x] / grp [ ]
            tx/ foam stance w/ head turns, fwd + bkwd perturb, stepping to floor targets
            why/ b/l foot proprio ↓ w/ neuropathy, can't feel the gravel at the mailbox
            #s/ —
            """,
            ["E11.42"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // KNR Waterville flowsheet, today's column last: outcome table with today's FGA and SLS in its own cell; 1:1 ticked today; foam and perturbation rows; L ankle proprioception; 22 matches: passes.
        ["v5-h129-knr-outcome-table-today-cell"] = new(
            """
            KENNEBEC NEURO REHABILITATION — Waterville · NeuroChart 3-visit flowsheet
                                       | 03/09 | 03/11 | 03/16 TODAY
            97112 neuro re-ed (min)    |  22   |  22   |  22
            1:1 attendance ☐/☒         |  ☒    |  ☒    |  ☒
            Foam SLS w/ ball toss      |  ✓    |  ✓    |  ✓
            Lateral perturbations      |       |  ✓    |  ✓
            Impairment (today): L ankle proprioception after the sprain on the Colby quad's icy steps.
            OUTCOMES          | Baseline 02/16 | Last 03/11 | Today 03/16
            FGA (/30)         | 16             | 20         | 22
            SLS L foam (sec)  | 3              | 7          | 10
            Jolene Cyr, PTA
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // PAVMC Lander 97116: cane gait on the hall and the ramp with cues for heel strike, no distance and no assistance level; gait deviation after the TKA; Duration 0:21: measure missing.
        ["v5-h129-pav-gait-no-distance-no-assist"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (LANDER)
            TheraChart Daily Note · Clinician: Derek Ashdown, PT
            CPT 97116 Gait Training
              Duration: 0:21
              Interventions: gait training with the single-point cane on the hall and the front ramp, cues for heel strike and knee extension at terminal stance, turning at the end of the hall.
              Impairment: antalgic gait with a short R stance after the R TKA; he can't walk the corral to shoe his mules.
              Objective: ____
            """,
            ["Z96.651"], [PT("97116", 21)], [At(Measure, "97116")]),

        // BHBR Greybull: pull test in steps and mini-BEST as measures; split ranges 09:02–09:10 and 09:16–09:30 = 22 with a HOLD for a phone call; 1:1 both ranges; retropulsion; matches: passes.
        ["v5-h129-bhbr-pull-test-steps"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97112 NEUROMUSCULAR RE-ED ▸ START 09:02 ■ STOP 09:10 ▸ START 09:16 ■ STOP 09:30 = 22 MIN
            ⏸ HOLD 09:10 — pt took a call from the pharmacy, not treatment
            1:1 both ranges.
            Interventions: backward perturbations at the shoulders, large steps backward to floor targets, turning through the doorway on cue.
            Impairment: retropulsion and freezing at doorways with Parkinson's disease.
            Objective: pull test 3 steps to recover (5 at eval); mini-BESTest 17/28.
            Maren Thorsby, PT, DPT, NCS
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // HVUH Ypsilanti: a change from a dated baseline, "Mini-BESTest 20/28 (16 on 02/16)"; "TODAY'S SESSION: … 1:1"; foam, perturbations, dual-task walking; MS ataxia; 23 matches: passes.
        ["v5-h129-hvuh-change-from-dated-baseline"] = new(
            """
            HVUH Neuro PT Daily Note — Ypsilanti
            PREVIOUS SESSION (03/12): foam stance only.
            TODAY'S SESSION: 97112 neuromuscular re-education — 23 min — 1:1.
            Foam stance with perturbations, tandem walking while naming the crew's seat numbers backward, stepping over the oars laid on the floor.
            Impairment: ataxia and poor postural control with relapsing MS; she stumbles stepping down into the launch.
            Objective: Mini-BESTest 20/28 (16 on 02/16); tandem 12 steps without a side-step.
            POC GOALS: Mini-BESTest 22/28 by the April re-cert.
            Priya Raman, PT, DPT, NCS
            """,
            ["G35"], [PT("97112", 23)], []),

        // SSTP Venice: "Q: Objective measure today? A: deferred — pt fatigued"; 1:1 yes, technique and deficit answered; no number but the code and its minutes: measure missing.
        ["v5-h129-sstp-measure-deferred"] = new(
            """
            Suncoast Senior Therapy Partners — Venice        MA Review-Ready Note v3
            Clinician: Omar Haddad, PT, DPT      CPT: 97112 (22 min)
            Q: Was the patient seen one-on-one? A: ☒ Yes ☐ No
            Q: What skilled technique was used today? A: weight shifts on the foam with tapping to the glutes, step-and-stick to floor targets, reactive steps to pushes.
            Q: What deficit was addressed? A: impaired weight acceptance and a late L step after the stroke.
            Q: Objective measure today? A: deferred — pt fatigued.
            """,
            ["I69.354"], [PT("97112", 22)], [At(Measure, "97112")]),

        // CST Enid OT 97530: folding towels from a low basket and carrying a laundry basket to the shelf with counts and stand-by assist; reaching and standing tolerance in the laundry room; 20 min matches: passes.
        ["v5-h129-cst-ot-laundry-counts"] = new(
            """
            CST GERI VISIT — Enid          Renata Holloway, OTR/L
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative
            97530 Therapeutic activities — 20 min
            TX: pulling towels from a basket on the floor, folding at the counter in standing, carrying the basket to the shelf and reaching up to put them away.
            PROBLEM: reduced standing tolerance and a L shoulder that won't reach the shelf since the fall.
            OBJECTIVE: folded 14 towels standing with stand-by assist; 3 trips carrying the basket 20 ft with SBA; reached the second shelf 5 of 6 times.
            """,
            ["M62.81", "Z91.81"], [OT("97530", 20)], []),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, mismatches, missing separate time

        // BHBR Worland PTA two codes, each with its stamped ranges: 97112 08:15–08:24 and 08:30–08:44 = 23 around a BP recheck, 97110 08:45–08:58 = 13; 1:1 for the NMR; both match: passes.
        ["v6-h129-bhbr-pta-split-nmr-and-te"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97112 NEUROMUSCULAR RE-ED ▸ START 08:15 ■ STOP 08:24 ▸ START 08:30 ■ STOP 08:44 = 23 MIN
            ⏸ HOLD 08:24 — BP recheck seated, 138/82, not treatment
            1:1 both ranges. Foam stance with head turns, lateral perturbations, step-ups onto the foam leading with the L.
            Impairment: L ankle proprioception and postural sway after the fall off the bentonite loader step.
            Objective: Berg 47/56; foam SLS L 6 sec.
            97110 THERAPEUTIC EXERCISE ▸ START 08:45 ■ STOP 08:58 = 13 MIN
            Heel raises 3x15, lateral band walks green 3 laps, step-ups 6 inch 3x10 for L hip and calf weakness.
            Renata Villalobos, PTA
            """,
            ["S93.402D", "M62.81"], [PTA("97112", 23), PTA("97110", 13)], []),

        // BHBR Thermopolis 97112 stamped START 10:02 STOP 10:36 = 34 MIN on a 22-minute line; otherwise complete: mismatch.
        ["v6-h129-bhbr-stamped-34-on-22"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (THERMOPOLIS)
            97112 NEUROMUSCULAR RE-ED ▸ START 10:02 ■ STOP 10:36 = 34 MIN
            1:1 the whole range.
            Interventions: X1 viewing standing on foam, walking with head turns, feet-together stance eyes closed.
            Impairment: R vestibular hypofunction; dizzy turning his head at the hot-springs pool.
            Objective: DGI 18/24.
            Cody Ostrander, PT
            """,
            ["H81.21"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // TVMC New Philadelphia log, two codes, each with its timer lines ("97112 timer stopped — 23 min", "97140 timer stopped — 11 min"); 1:1; all elements; both match: passes.
        ["v6-h129-tvmc-two-timers"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (NEW PHILADELPHIA) · activity log
            08:31 97140 timer started (T. Gerber, PT)
            08:32 STM to the R upper trap and levator, C3-5 lateral glides grade III; R neck stiffness, rotation 50°
            08:42 97140 timer stopped — 11 min
            08:43 97112 timer started — 1:1 with Mr. Hershberger, nobody else in the gym
            08:44 Foam stance with head turns, gaze stabilization X1 standing, walking with head turns
            08:50 Impairment: cervicogenic dizziness with poor postural control turning his head at the cabinet saw
            09:06 97112 timer stopped — 23 min
            09:07 Objective: DGI 19/24; rotation 62° after manual
            """,
            ["M54.2", "R42"], [PT("97140", 11), PT("97112", 23)], []),

        // TVMC Dover two-code log with only "Session started" and "Session ended" stamps and no minutes for either code; elements present: separate time missing.
        ["v6-h129-tvmc-session-stamps-only"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (DOVER) · activity log
            14:02 Session started (R. Stutzman, PT) — 1:1 throughout
            14:03 Tx today, TE (97110) and NMR (97112): sit to stand 3x10, step-ups 6 inch 3x10, bridges 3x15 for L hip and quad weakness; tandem on foam, lateral perturbations, stepping over cones for postural control after the fall in the schoolroom
            14:38 Objective: Berg 46/56
            14:41 Session ended
            """,
            ["R26.81", "M62.81"], [PT("97110", 15), PT("97112", 22)], [SepTime]),

        // CBPT Calumet two-code worksheet, minutes column 23 and 13, both match; "Delivery: 1:1 w/ Owen"; fees and units beside them; all elements: passes.
        ["v6-h129-cbpt-worksheet-two-codes"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Mr. Koskela, 71   Therapist: Owen Pelto, PT
            Delivery: 1:1 w/ Owen
            Tx: NMR — foam stance with head turns, perturbations at the pelvis, stepping over the cones; TE — step-ups 8 inch 3x10, sit to stand 3x10, hip abduction 3 lb 3x12.
            Problem: postural control and slow stepping after he fell on the mine-tour stairs; L hip weakness.
            O: Berg 45/56.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97112 | GP  | 23  | 2     | $74.18
            97110 | GP  | 13  | 1     | $31.92
            Visit 7 of 12
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 13)], []),

        // CBPT L'Anse worksheet "97110 | GP | 30" on an 18-minute 97110 line; otherwise complete: mismatch.
        ["v6-h129-cbpt-worksheet-30-on-18"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — L'Anse          CBPT DAILY NOTE
            Pt: Mrs. Ruohonen   Therapist: Kirsti Maki, PT, DPT
            Tx: prone rows 3 lb 3x12; wall slides 2x10; ER with the red band 3x12; serratus punches 2 lb 3x10.
            Problem: R shoulder weakness and limited elevation after the cuff repair; she can't lift her snowshoes to the rack.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97110 | GP  | 30  | 2     | $63.84
            """,
            ["M75.101"], [PT("97110", 18)], [At(Mismatch, "97110")]),

        // PAVMC Hudson two codes: "Duration: 0:23" under the 97112 header and "Timed Duration: 00:12:00" under the 97140 header, both match; 1:1 Yes; all elements: passes.
        ["v6-h129-pav-duration-fields-two-codes"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (HUDSON)
            TheraChart Daily Note · Clinician: Gwen Vandersloot, PT, DPT
            CPT 97112 Neuromuscular Re-education
              Duration: 0:23
              Individual (1:1): [X] Yes [ ] No
              Interventions: rocker board eyes closed, foam stance with ball catches, lateral perturbations at the shoulders.
              Impairment: R ankle proprioception after the sprain in the elk camp.
              Objective: rocker board 13 sec; 7 of 10 perturbations without a step.
            CPT 97140 Manual Therapy
              Timed Duration: 00:12:00
              Interventions: talocrural posterior glides grade III and STM to the R calf.
              Impairment: R ankle stiffness, DF 5°.
              Objective: DF 11° after.
            """,
            ["S93.401D"], [PT("97112", 23), PT("97140", 12)], []),

        // TPT Thermopolis "97110/97112 = 15/23 min" read position by position; 1:1 [x]; all elements for both; both match: passes.
        ["v6-h129-tpt-parallel-codes-and-minutes"] = new(
            """
            TPT Thermopolis · R. Ekberg PT
            97110/97112 = 15/23 min — 1:1 [x] / grp [ ]
            tx/ TE: sit→stand 3x10, step-ups 8" 3x10, bridges 3x15 | NMR: foam stance w/ head turns, perturb at hips, tandem on the beam
            why/ b/l hip + quad weakness; ↓ postural control, falls off the grader step
            #s/ Berg 47/56; TE doses as listed
            """,
            ["R26.81", "M62.81"], [PT("97110", 15), PT("97112", 23)], []),

        // TPT Worland PTA "TE/NMR 15/23 min" on lines of 15 and 33: the NMR's 23 differs from its 33-minute line: mismatch on 97112.
        ["v6-h129-tpt-pta-nmr-23-on-33"] = new(
            """
            TPT Worland · J. Sandoval PTA
            TE/NMR 15/23 min — 1:1 [x] / grp [ ]
            tx/ TE: clamshells grn band 3x12, SAQ 3# 3x15, step-ups 6" 3x10 | NMR: foam SLS w/ ball toss, BAPS lvl 3, step-downs EC
            why/ L hip abd weakness; L ankle proprio ↓ s/p sprain
            #s/ SLS L foam 8 s; TE doses as listed
            """,
            ["S93.402D", "M62.81"], [PTA("97110", 15), PTA("97112", 33)], [At(Mismatch, "97112")]),

        // KRPT Hinckley CareText thread with two codes and only "total timed 37 min" — no minutes for each; elements present: separate time missing.
        ["v6-h129-krpt-thread-total-timed-only"] = new(
            """
            Kettle River Physical Therapy — Hinckley
            97110 + 97112 (Kayla Rask, PTA)
            [10:42 AM] Kayla Rask: Mrs. Bjorklund finished. 1:1 w/ her the whole time. TE: step-ups 6" 3x10, bridges 3x15, sit to stand 3x10 for the R hip and quad weakness. NMR: foam stance w/ head turns, tandem at the counter, lateral perturbations — postural sway since the fall at the casino.
            [10:44 AM] Maren Hautala: > Berg?
            [10:45 AM] Kayla Rask: Berg 44/56. total timed 37 min
            Sent from my iPhone
            """,
            ["R26.81", "M62.81"], [PTA("97110", 15), PTA("97112", 22)], [SepTime]),

        // MRPT Jackson Word note with curly quotes and em dashes, "Time: 97112 — 24 min; 97140 — 12 min"; one‑on‑one with a non-breaking hyphen; all elements; both match: passes.
        ["v6-h129-mrpt-time-line-two-codes"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            MRPT Daily Note — Owen Wierzbicki, PT
            • Delivery: one‑on‑one for the whole session — his wife sat in to learn the home programme.
            • NMR: X1 viewing standing on the foam, walking with head turns down the hall, feet together eyes closed.
            • Manual: C1‑2 SNAGs for rotation and suboccipital release.
            • Problem: “dizzy when I turn to look at the band” — cervicogenic dizziness with R vestibular hypofunction; neck rotation limited.
            • Objective: DGI 18/24; R rotation 55° → 66°.
            • Time: 97112 — 24 min; 97140 — 12 min
            """,
            ["H81.21", "M54.2"], [PT("97112", 24), PT("97140", 12)], []),

        // RVPT letter: "For the record: 97112, 24 minutes; 97116, 14 minutes" at the close; one-on-one in words; foam and perturbation work and cane gait on the boardwalk with distance; both match: passes.
        ["v6-h129-rvpt-for-the-record-two-codes"] = new(
            """
            Dear Joanne,
            Mrs. Ida Sorensen was in Monday between calves. She is still unsteady since her stroke last fall, with poor postural control and a R foot that drags, and she told me she nearly fell in the calving barn reaching for the bottle.
            I worked with her one-on-one. For balance we did perturbations at the pelvis on the foam, tandem walking along the counter and stepping over a lariat laid on the floor. Then we walked with her quad cane up and down Main Street's boardwalk and the ramp by the bank, cueing her to lift the R toe.
            Her Berg was 42/56, and she walked 400 feet on the boardwalk with stand-by assist.
            For the record: 97112, 24 minutes; 97116, 14 minutes.
            With regards, Nell
            """,
            ["I69.351"], [PT("97112", 24), PT("97116", 14)], []),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // BVGH Woonsocket export whose note cell arrived as spaces and line breaks only: DOC_NOTE_MISSING on the 97112 line.
        ["v7-h129-bvgh-note-spaces-only"] = new(
            "   \n  \n   ",
            ["R26.81"], [PT("97112", 22)], [At(NoteMissing, "97112")]),

        // KNR Waterville two-code visit whose flowsheet export came through empty: DOC_NOTE_MISSING on each line, nothing else.
        ["v7-h129-knr-empty-two-code-export"] = new(
            "",
            ["I69.351"], [PT("97110", 15), PT("97112", 23)], [At(NoteMissing, "97110"), At(NoteMissing, "97112")]),

        // STBF Ithaca OT visit with an empty note and no diagnosis on the claim: DOC_NOTE_MISSING on the 97530 line and the diagnosis finding.
        ["v7-h129-stbf-ot-empty-no-dx"] = new(
            "",
            [], [OT("97530", 18)], [At(NoteMissing, "97530"), Dx]),

        // TRH Huntington 97110 in the outline: scapular and cuff exercises with load, sets and repetitions for R shoulder weakness after a cuff repair; "A. Therapeutic exercise (97110) — 17 min": passes.
        ["v7-h129-trh-97110-shoulder-outline"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — 5TH AVENUE, HUNTINGTON WV
            I. SUBJECTIVE (03/16/2026): week 12 after the R cuff repair; wants to hang the deck lights on the boat.
            II. OBJECTIVE
               A. Therapeutic exercise (97110) — 17 min
                  1. Side-lying ER 3 lb 3x12.
                  2. Prone Y and T raises 2 lb 2x10 each.
                  3. Cable rows 15 lb 3x12.
                  4. Wall slides with lift-off 2x10.
               B. Impairment: R rotator cuff and lower trapezius weakness; flexion 150°.
            — Tamara Click, PTA
            """,
            ["M75.101", "Z98.890"], [PTA("97110", 17)], []),

        // TVH Deer River OT 97530: rising from the floor by back-chaining and carrying the bait bucket down the dock ramp, wife trained to guard; weak hip extensors and a fear of the floor; counts and assistance; 21 min: passes.
        ["v7-h129-tvh-ot-97530-floor-and-bait-bucket"] = new(
            """
            TAMARACK VALLEY HEALTH — NEURO OP DAILY NOTE (DEER RIVER)
            97530 Therapeutic activities — 21 min
            Treatment: floor to stand by back-chaining through half-kneel at the sofa; carrying a bait bucket down the practice ramp and setting it on a low bench; wife trained to guard at the gait belt.
            Impairment: weak hip extensors and poor trunk control after the stroke; afraid of getting down on the boat floor.
            Objective: floor to stand 3 times with min A from his wife; carried the bucket 4 lengths of the ramp with SBA.
            EDUCATION — Learner: ☒ Patient ☒ Spouse / Method: ☒ Demo ☒ Teach-back / Response: ☒ Return demo
            Mae Lindqvist, OTR/L
            """,
            ["I69.398"], [OT("97530", 21)], []),

        // KRPT Moose Lake 97140 in a CareText thread: lumbar rotational mobilisation grade III and STM to the L paraspinals; L low back stiffness after a winter of ricing the canoe; flexion inches; "97140 — 12 min": passes.
        ["v7-h129-krpt-97140-thread"] = new(
            """
            Kettle River Physical Therapy — Moose Lake
            97140 — 12 min (Aaron Kivi, PT)
            [9:05 AM] Aaron Kivi: Mr. Defoe: side-lying lumbar rotational mobs grade III at L4-5, STM to the L paraspinals and QL. L low back stiffness and guarding, can't lean forward in the canoe to knock rice. Fingertips 12" from the floor before, 7" after.
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // TVH Grand Rapids PTA 97116: walker to cane on the hall, the parking-lot curb and the hospital ramp with cues; short L step and L knee hyperextension; distance and assistance; 22 min: passes.
        ["v7-h129-tvh-97116-walker-to-cane"] = new(
            """
            TAMARACK VALLEY HEALTH — NEURO OP DAILY NOTE (GRAND RAPIDS)
            97116 Gait training — 22 min
            Treatment: progressed from the walker to the quad cane on the hall, stepping up and down the 6 inch parking-lot curb, and walking the hospital ramp with cues for a longer L step and a soft L knee.
            Impairment: short L step and L knee hyperextension in stance after the R stroke.
            Objective: 300 ft quad cane with CGA; curb up and down 4 times with min A.
            EDUCATION — Learner: ☒ Patient ☒ Daughter / Method: ☒ Demo / Response: ☒ Return demo
            Brianna Kuusisto, PTA
            """,
            ["I69.354"], [PTA("97116", 22)], []),

        // SSTP Port Charlotte answered only in generic phrases: "A: balance training", "A: balance", "A: tolerated well", delivery unanswered — no technique, deficit or measure; no one-on-one.
        ["v7-h129-sstp-generic-answers"] = new(
            """
            Suncoast Senior Therapy Partners — Port Charlotte        MA Review-Ready Note v3
            Clinician: Tracy Nguyen, PTA      CPT: 97112 (22 min)
            Q: Was the patient seen one-on-one? A: ______
            Q: What skilled technique was used today? A: balance training per POC.
            Q: What deficit was addressed? A: balance.
            Q: Objective measure today? A: tolerated well, continue plan of care.
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // CBPT Lake Linden worksheet under "Ther ex and NMR per POC. Tolerated well." — minutes in the worksheet for both codes, but nothing named, targeted or measured, and no one-on-one.
        ["v7-h129-cbpt-generic-with-worksheet"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Lake Linden          CBPT DAILY NOTE
            Pt: Mr. Aho   Therapist: Jake Trudeau, PT
            Tx: Ther ex and NMR per POC. Tolerated well. Continue plan of care.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97110 | GP  | 15  | 1     | $31.92
            97112 | GP  | 23  | 2     | $74.18
            """,
            ["R26.81"], [PT("97110", 15), PT("97112", 23)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // TVH Hibbing OT: "Functional activities per plan. Pt participated. Education provided." with the grid ticked — no activity, deficit or measure: wholly generic 97530.
        ["v7-h129-tvh-ot-generic-functional-activities"] = new(
            """
            TAMARACK VALLEY HEALTH — NEURO OP DAILY NOTE (HIBBING)
            97530 Therapeutic activities — 20 min
            Treatment: functional activities per plan. Pt participated. Education provided.
            EDUCATION — Learner: ☒ Patient ☐ Spouse / Method: ☒ Verbal / Response: ☒ Verbalized understanding
            Mae Lindqvist, OTR/L
            """,
            ["M62.81"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes, and the ordinary weak one

        // BVGH North Smithfield PTA 97110 encoded once, doses; R knee weakness after a TKA; "97110 … â€“ 16 min" matches: passes.
        ["vord-h129-bvgh-north-smithfield-97110"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL â€“ OUTPATIENT REHABILITATION (NORTH SMITHFIELD)
            Service: 97110 Therapeutic exercise â€“ 16 min
            Treatment: SAQ 3 lb 3x15, step-ups onto the 6 inch step 3x10, mini squats 3x12, TKE with the green band 3x15.
            Deficit(s): R quad weakness after the R TKA; she canâ€™t carry the pies down the orchard-stand steps.
            Therapist: Joanne Brodeur, PTA
            """,
            ["Z96.651"], [PTA("97110", 16)], []),

        // BVGH Lincoln OT 97530 encoded once: putting cans away overhead and carrying a basket; shoulder weakness and standing balance; counts and SBA; 19 min: passes.
        ["vord-h129-bvgh-lincoln-ot-97530"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL â€“ OUTPATIENT REHABILITATION (LINCOLN)
            Service: 97530 Therapeutic activities â€“ 19 min
            Treatment: putting cans away on the upper shelf, carrying a laundry basket around the kitchen island, loading the dryer from standing.
            Deficit(s): L shoulder weakness and poor standing balance reaching overhead after the fall.
            Objective: 12 cans shelved with stand-by assist; 3 laps with the basket, no loss of balance.
            Therapist: HÃ©lÃ¨ne Charpentier, OTR/L
            """,
            ["M62.81", "Z91.81"], [OT("97530", 19)], []),

        // BVGH Woonsocket 97112 encoded twice: "Delivery: one-on-one", PNF D2 and foam; trunk postural control; Berg; 22 matches: passes.
        ["vord-h129-bvgh-woonsocket-pnf-foam"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 22 min
            Delivery: one-on-one
            Treatment: PNF D2 arm patterns standing on the foam, rhythmic stabilization in half-kneeling, stepping to floor targets.
            Deficit(s): trunk postural control after the R MCA stroke; he lists L walking to the parish hall.
            Objective: Berg 43/56.
            Therapist: AmÃƒÂ©lie Boisvert, PT, DPT
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // MRPT West Bend 97112 Word note: one‑on‑one, rocker and foam; ankle proprioception; counts and seconds; "97112 – 23 min": passes.
        ["vord-h129-mrpt-west-bend-nmr"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            MRPT Daily Note — Janelle Stoeckel, PT, DPT
            97112 Neuromuscular re‑education – 23 min
            • One‑on‑one for the whole block.
            • Rocker board eyes closed, foam stance with ball catches, hopping onto floor targets.
            • Problem: R ankle proprioception after the sprain on the trail; “it rolls on roots.”
            • Rocker board 16 sec; 9/10 targets stuck.
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // MRPT Jackson PTA 97116 with the accepted tracked change "[deleted: 200 ft] [inserted: 350 ft]"; cane gait with cues; short R step; 20 min: passes.
        ["vord-h129-mrpt-pta-gait-tracked-distance"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            MRPT Daily Note — Rita Fiorentino, PTA
            97116 Gait training – 20 min
            • Cane gait on the hall and the parking lot, cues for a longer R step and heel strike.
            • Problem: short R step and R hip drop after the R hip replacement.
            • [deleted: 200 ft] [inserted: 350 ft] with the cane, SBA.
            """,
            ["Z96.641"], [PTA("97116", 20)], []),

        // HVUH Briarwood PTA 97110 with recap and plan; hip and ankle exercises with doses; Parkinson's weakness; 15 min: passes.
        ["vord-h129-hvuh-pta-97110"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood
            PREVIOUS SESSION (03/11): seated program only.
            TODAY'S SESSION: 97110 therapeutic exercise, 15 min. Sit to stand 3x10 from a low chair, heel raises 3x15, lateral band walks red band 3 laps.
            Impairment: hip extensor and calf weakness with Parkinson's disease; hard to rise from the bookstore's low chairs.
            PLAN NEXT SESSION: add step-ups.
            Keisha Boateng, PTA
            """,
            ["G20.A1"], [PTA("97110", 15)], []),

        // HVUH Chelsea OT 97530: the carillon bench transfer and reaching to the keys; trunk control; counts and assistance; 18 min: passes.
        ["vord-h129-hvuh-ot-carillon-bench"] = new(
            """
            HVUH Neuro OT Daily Note — Chelsea
            TODAY'S SESSION: 97530 therapeutic activities, 18 min. Transfers to a backless bench like the carillon bench, reaching sideways to the keys, turning on the bench to reach the pedals.
            Impairment: trunk control and L arm coordination after the stroke.
            Objective: 6 bench transfers with stand-by assist; reached the far keys 8 of 10 times.
            Miriam Castellanos, OTR/L
            """,
            ["I69.398"], [OT("97530", 18)], []),

        // HVUH Ypsilanti complete 97112 (1:1; foam and perturbations; MS ataxia; Mini-BEST) sent with no diagnosis on the claim.
        ["vord-h129-hvuh-no-diagnosis"] = new(
            """
            HVUH Neuro PT Daily Note — Ypsilanti
            TODAY'S SESSION: 97112 neuromuscular re-education, 22 min, 1:1.
            Foam stance with perturbations, tandem walking with head turns.
            Impairment: ataxia with MS.
            Objective: Mini-BESTest 21/28.
            Priya Raman, PT, DPT, NCS
            """,
            [], [PT("97112", 22)], [Dx]),

        // SSTP North Port PTA 97110 Q and A: doses answered; L knee weakness; 15 min: passes.
        ["vord-h129-sstp-pta-97110"] = new(
            """
            Suncoast Senior Therapy Partners — North Port        MA Review-Ready Note v3
            Clinician: Tracy Nguyen, PTA      CPT: 97110 (15 min)
            Q: What skilled technique was used today? A: SAQ 2 lb 3x15, step-ups 4 inch 3x10, sit to stand 3x10.
            Q: What deficit was addressed? A: L quad weakness after the L TKA; can't step up onto the pontoon.
            Q: Objective measure today? A: doses as above.
            """,
            ["Z96.652"], [PTA("97110", 15)], []),

        // TRH Ironton OT outline 97530: tub-bench transfer and reacher use with counts; hip precautions and reach; 21 min: passes.
        ["vord-h129-trh-ot-tub-bench"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — IRONTON OH
            I. SUBJECTIVE (03/16/2026): four weeks after the L hip replacement.
            II. OBJECTIVE
               A. Therapeutic activities (97530) — 21 min
                  1. Tub-bench transfer in the practice bathroom.
                  2. Sock aid and reacher for lower-body dressing.
               B. Impairment: L hip flexion limited by precautions; can't reach her feet.
               C. Tub-bench transfer 4 times with stand-by assist; socks on with the sock aid independently.
            — Renee Adkins, OTR/L
            """,
            ["Z96.642"], [OT("97530", 21)], []),

        // TRH Ashland 97116 outline: walker gait on the hall and floodwall-style steps with cues; short steps; distance and assist; 22 min: passes.
        ["vord-h129-trh-97116-floodwall-steps"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — ASHLAND KY
            I. SUBJECTIVE (03/16/2026): wants to climb the floodwall steps to the riverfront.
            II. OBJECTIVE
               A. Gait training (97116) — 22 min
                  1. Rollator gait on the hall with cues for step length.
                  2. Stair training, 12 steps with one rail, step-to pattern.
               B. Impairment: short shuffling steps and poor foot clearance after the stroke.
               C. 250 ft rollator SBA; stairs with CGA.
            — Dwight Fultz, PT
            """,
            ["I69.398"], [PT("97116", 22)], []),

        // KRPT Hinckley PTA thread 97112: "1:1 the whole time"; foam and perturbations; postural sway; Berg; 22 min: passes.
        ["vord-h129-krpt-hinckley-pta-nmr"] = new(
            """
            Kettle River Physical Therapy — Hinckley
            97112 — 22 min (Kayla Rask, PTA)
            [1:10 PM] Kayla Rask: Mr. Thoreson done, 1:1 the whole time. Foam stance w/ head turns, fwd/bkwd perturbations, tandem at the counter. Postural sway and slow stepping since the fall in the prison yard. Berg 45/56.
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // KRPT Moose Lake PT thread 97110: doses; R shoulder weakness; 14 min: passes.
        ["vord-h129-krpt-moose-lake-97110"] = new(
            """
            Kettle River Physical Therapy — Moose Lake
            97110 — 14 min (Aaron Kivi, PT)
            [3:40 PM] Aaron Kivi: Mrs. Bluestone: rows 10 lb 3x12, ER w/ the red band 3x12, wall slides 2x10. R shoulder weakness since the cuff repair, can't lift the wild-rice sacks.
            Sent from my iPhone
            """,
            ["M75.101"], [PT("97110", 14)], []),

        // KRPT Sandstone PTA thread 97116: cane gait with cues, distance and SBA; short stance L; 21 min: passes.
        ["vord-h129-krpt-sandstone-pta-gait"] = new(
            """
            Kettle River Physical Therapy — Sandstone
            97116 — 21 min (Josh Pelto, PTA)
            [11:02 AM] Josh Pelto: Mr. Ogema: cane gait on the hall and the ramp, cues for L heel strike and equal steps. Short L stance after the L TKA. 400 ft cane SBA.
            [11:03 AM] Maren Hautala: > thanks
            """,
            ["Z96.652"], [PTA("97116", 21)], []),

        // TVMC New Philadelphia log 97110: timer lines 14 min; doses; L hip weakness: passes.
        ["vord-h129-tvmc-97110-log"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (NEW PHILADELPHIA) · activity log
            11:15 97110 timer started (B. Oyelaran, PTA)
            11:16 Bridges 3x15, side-lying abduction 2 lb 3x12, step-ups 6 inch 3x10
            11:22 Impairment: L hip abductor weakness, Trendelenburg on the schoolhouse steps
            11:29 97110 timer stopped — 14 min
            """,
            ["M62.81"], [PTA("97110", 14)], []),

        // TVMC Sugarcreek log 97112: 1:1; foam and perturbations; ankle proprioception; rocker seconds; timer 23 min: passes.
        ["vord-h129-tvmc-sugarcreek-nmr"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY (SUGARCREEK) · activity log
            08:40 97112 timer started (T. Gerber, PT) — 1:1, nobody else in the room
            08:41 Rocker board eyes closed, foam stance with ball catches, step-and-stick to floor targets
            08:50 Impairment: R ankle proprioception after the sprain in the cabinet shop
            09:03 97112 timer stopped — 23 min
            09:04 Objective: rocker board 14 s; 8/10 step-and-stick
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // CST Stillwater PTA 97110 with screens: doses; both knees weak, "strength WNL except quads 4-/5"; 15 min: passes.
        ["vord-h129-cst-pta-97110-wnl-except-quads"] = new(
            """
            CST GERI VISIT — Stillwater          Wendell Pickard, PTA
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS lying → standing: negative
            STRENGTH: WNL except both quads 4-/5
            97110 TE — 15 min
            TX: sit to stand from the 18 inch chair 3x10, LAQ 3 lb 3x15, heel raises 3x15, marching at the counter 2x20.
            """,
            ["M62.81"], [PTA("97110", 15)], []),

        // CST Enid 97116: walker gait to the chapel and back with cues; shuffling and a forward lean; distance and SBA; 1:1 Y; 20 min: passes.
        ["vord-h129-cst-97116-to-the-chapel"] = new(
            """
            CST GERI VISIT — Prairie Rose Assisted Living, Ponca City          Bao Tran, PT
            FALLS SINCE LAST VISIT: none   FOOTWEAR / DEVICE: sneakers, 4-wheeled walker
            1:1: Y
            97116 Gait — 20 min
            TX: walker gait from her room to the chapel and back, cues to stand tall and take longer steps, turning in the chapel doorway.
            PROBLEM: shuffling gait with a forward trunk lean.
            OBJECTIVE: 320 ft with the walker, SBA; 2 standing rests.
            """,
            ["R26.89"], [PT("97116", 20)], []),

        // RVPT letter to Joanne 97140: talocrural glides grade IV and STM to the calf; L ankle stiffness after the fracture; dorsiflexion degrees; "For the record: 97140, 11 minutes": passes.
        ["vord-h129-rvpt-97140-ankle-letter"] = new(
            """
            Dear Joanne,
            Mr. Roy Beavers, the outfitter, came in Monday with his L ankle still stiff from the fracture in October; he can't squat to check a horse's hoof.
            I did posterior talocrural glides at grade IV and soft-tissue work to the calf and Achilles.
            His dorsiflexion went from 4 degrees to 10 degrees on the goniometer.
            For the record: 97140, 11 minutes.
            With regards, Nell
            """,
            ["S82.62XD"], [PT("97140", 11)], []),

        // RVPT letter to Dr. Quarrie 97110: hip and knee exercises with doses for a calving-season back; "For the record: 97110, 15 minutes": passes.
        ["vord-h129-rvpt-97110-calving-season"] = new(
            """
            Dear Dr. Quarrie,
            Mrs. Della Haug came in Monday between checks on the heifers. Her R hip and knee are weak since the fall in the corral, and she struggles up the step into the calving shed.
            We did step-ups onto an 8 inch step 3 sets of 10, bridges 3 sets of 15, and side-stepping with a red band 3 laps of the room.
            For the record: 97110, 15 minutes.
            With regards, Nell
            """,
            ["M62.81"], [PT("97110", 15)], []),

        // CBPT Calumet 97112 worksheet: "Delivery: 1:1 w/ Kirsti"; X1 and head turns; vestibular; DGI; worksheet 24: passes.
        ["vord-h129-cbpt-calumet-vestibular"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — Calumet          CBPT DAILY NOTE
            Pt: Mrs. Lahti   Therapist: Kirsti Maki, PT, DPT
            Delivery: 1:1 w/ Kirsti
            Tx: X1 viewing standing on foam; walking the hall with head turns; Brandt–Daroff habituation positions.
            Problem: L vestibular hypofunction — dizzy turning to look down the Quincy mine shaft.
            O: DGI 18/24.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97112 | GP  | 24  | 2     | $74.18
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // CBPT L'Anse 97116 worksheet: snowshoe-style high stepping and cane gait; foot drop on the R; distance and CGA; worksheet 19: passes.
        ["vord-h129-cbpt-lanse-gait"] = new(
            """
            COPPER BLUFF PHYSICAL THERAPY — L'Anse          CBPT DAILY NOTE
            Pt: Mr. Niemi   Therapist: Owen Pelto, PT
            Tx: cane gait with the R AFO on the hall and the snowy walk, high stepping over the foam rolls, cues for R heel strike.
            Problem: R foot drop and toe catch after the peroneal nerve injury.
            O: 300 ft with the cane and AFO, CGA outdoors, SBA indoors.
            UNITS WORKSHEET (8-minute rule — complete before you sign. K.M.)
            Code  | Mod | Min | Units | Fee
            97116 | GP  | 19  | 1     | $34.60
            """,
            ["M21.371"], [PT("97116", 19)], []),

        // KNR Augusta OT flowsheet 97530, today's column: kitchen tasks with counts; L arm coordination; 20 today: passes.
        ["vord-h129-knr-ot-kitchen-flowsheet"] = new(
            """
            KENNEBEC NEURO REHABILITATION — Augusta · NeuroChart 3-visit flowsheet
                                       | 03/09 | 03/11 | 03/16 TODAY
            97530 ther activities (min)|  18   |  19   |  20
            Unload dishwasher (plates) |  6    |  9    |  12
            Carry pot sink → stove     |       |  2    |  4
            Impairment (today): L arm incoordination and poor grip after the stroke; drops the mugs.
            Thérèse Levesque, OTR/L
            """,
            ["I69.398"], [OT("97530", 20)], []),

        // PAVMC Dubois PTA 97110: doses; R shoulder weakness; Duration 0:14: passes.
        ["vord-h129-pav-pta-97110-shoulder"] = new(
            """
            POPO AGIE VALLEY MEDICAL CENTER — OUTPATIENT REHABILITATION (DUBOIS)
            TheraChart Daily Note · Clinician: Marisela Cota, PTA
            CPT 97110 Therapeutic Exercise
              Duration: 0:14
              Interventions: rows 15 lb 3x12, ER with the red band 3x12, wall slides 2x10, serratus punches 3 lb 3x12.
              Impairment: R shoulder weakness after the cuff repair; can't lift the warp beam onto the loom.
            """,
            ["M75.101"], [PTA("97110", 14)], []),

        // BNT Abilene OT 97530 with care partner: car-transfer frame and getting out of a low seat; trunk rigidity; counts and assistance; 18 min: passes.
        ["vord-h129-bnt-ot-car-transfer"] = new(
            """
            BNT Neuro Daily — Abilene          Marisol Quintanilla, OTR/L
            97530 Therapeutic activities — 18 min
            Care partner present: wife, practising her cue "scoot, lean, push"
            Treatment: car transfers in and out of the transfer frame, rising from the low sofa, turning in the narrow bathroom mock-up.
            Impairment: trunk rigidity and slow initiation with Parkinson's disease.
            Objective: 5 car transfers with min A from his wife; sofa rise 4 of 5 independently.
            """,
            ["G20.A1"], [OT("97530", 18)], []),

        // TVH Grand Rapids 97112: "Delivery: ☒ 1:1"; foam and perturbations with the wife learning to guard; postural control; Berg; 23: passes.
        ["vord-h129-tvh-nmr-wife-learner"] = new(
            """
            TAMARACK VALLEY HEALTH — NEURO OP DAILY NOTE (GRAND RAPIDS)
            97112 Neuromuscular re-ed — 23 min
            Delivery: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment: foam stance with perturbations at the pelvis, tandem walking with head turns, stepping over the cones; wife practised guarding at the gait belt.
            Impairment: poor postural control and a delayed stepping reaction after the cerebellar stroke.
            Objective: Berg 44/56; 7 of 10 perturbations without a step.
            EDUCATION — Learner: ☒ Patient ☒ Spouse / Method: ☒ Demo ☒ Teach-back / Response: ☒ Return demo
            Solveig Haugen, PT, DPT, NCS
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // TVH Deer River 97110 with the home programme reviewed: doses in the clinic; L hip weakness; 14 min: passes.
        ["vord-h129-tvh-97110-musky-guide"] = new(
            """
            TAMARACK VALLEY HEALTH — NEURO OP DAILY NOTE (DEER RIVER)
            97110 Therapeutic exercise — 14 min
            Treatment: bridges 3x15, side-lying hip abduction 3 lb 3x12, step-ups onto the 8 inch step 3x10; home programme reviewed.
            Impairment: L hip weakness; can't step from the dock into the boat.
            EDUCATION — Learner: ☒ Patient / Method: ☒ Written / Response: ☒ Return demo
            Dario Pellegrini, PT
            """,
            ["M62.81"], [PT("97110", 14)], []),

        // BHBR Worland 97110 stamped 12 MIN: doses; R knee weakness; matches: passes.
        ["vord-h129-bhbr-97110-stamped"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WORLAND)
            97110 THERAPEUTIC EXERCISE ▸ START 13:10 ■ STOP 13:22 = 12 MIN
            Leg press 60 lb 3x12, step-ups 8 inch 3x10, TKE with the blue band 3x15.
            Impairment: R quad weakness after the R TKA; climbing into the bentonite truck cab.
            Joel Akiyama, PT
            """,
            ["Z96.651"], [PT("97110", 12)], []),

        // BHBR Greybull PTA 97116 stamped in two ranges 14:02–14:10 and 14:15–14:28 = 21 around a bathroom break; walker gait with distance; short steps; matches: passes.
        ["vord-h129-bhbr-pta-gait-split"] = new(
            """
            BIG HORN BASIN REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (GREYBULL)
            97116 GAIT TRAINING ▸ START 14:02 ■ STOP 14:10 ▸ START 14:15 ■ STOP 14:28 = 21 MIN
            ⏸ HOLD 14:10 — bathroom break, not treatment
            Walker gait on the hall and the front walk, cues for step length and upright posture.
            Impairment: short shuffling steps after the hip fracture.
            Objective: 280 ft with the walker, SBA.
            Renata Villalobos, PTA
            """,
            ["S72.002D"], [PTA("97116", 21)], []),

        // STBF Elmira PTA 97116 narrative: cane gait on the river path with cues; short R step; distance and speed; time 20: passes.
        ["vord-h129-stbf-pta-gait-river-path"] = new(
            """
            Southern Tier Balance and Falls Clinic — Water Street, Elmira
            STBF Visit Narrative — Mr. Gus Terwilliger, Chemung River kayaker — Leticia Fairweather, PTA
            What we worked on: cane gait along the river path and up the ramp to the bridge, cueing a longer R step and a heel strike.
            Why: short R step and R knee stiffness after the R TKA.
            How he did: walked 600 feet with the cane and stand-by assist; gait speed 0.9 m/s.
            Time: Gait training (97116), 20 minutes.
            """,
            ["Z96.651"], [PTA("97116", 20)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
