using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-ninety-ninth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format, for these clinics' templates, and to write patients, sentences and numbers they do not already
/// have). The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer. Written 2026-12-07 (blind), the set is the week after the holiday week, Monday 12/28 to Thursday
/// 12/31/2026 — the year-end week: the last visits before the benefit year turns over, a clinic snowed in on Monday, a
/// New Year's Eve half-day, grandchildren on winter break, trees coming down, the watch-night service, the fireworks,
/// the New Year's Day ice-fishing derby, the Mummers and a 5K — at the clinics of the hundred-and-ninety-fifth to
/// hundred-and-ninety-seventh sets (the holiday-week clinics of the 195th, the forty new clinics of the 196th and the
/// AI-scribe clinics of the 197th), each clinic in its own template, voice and vocabulary as those files show them and
/// none with more than four notes (Grand Lake, Konza Prairie Outpatient and Clearwater Canyon have three, the others
/// one or two): no new styles, new patients and new wording inside the same templates. About two thirds are ordinary
/// and complete (70 of 108), single- and two-code visits (97110, 97112, 97116, 97140, 97530), by PTs, PTAs, OTs and
/// students under their instructors, from:
/// <list type="number">
/// <item>the holiday-week clinics of the hundred-and-ninety-fifth set: MGTS's El Paso contract clinic ("CPT / mins:
/// 97112 – 22 mins", "Mode: one-to-one", "Kindly note"), Yakima Ridge Veterans Community Care (YRVC: a military clock
/// range on the code's line), Harbor Point PT (HPPT: Tess Nakamura), Cumberland Gap Therapy Associates (CGTA: Sherry
/// Caudill's dictation, numbers in words), Bristlecone PT &amp; Performance (BPP: Marisol Etcheverry's paragraph),
/// Encampment River PT (ERPT: Gail Sorensen's lower-case "eod" run-on, Hank Twomey's capitals), Grand Lake Health System
/// (GLHS: "Timed minutes 97112:", "Was pt treated 1:1 for all billed minutes?:"), Oriskany Valley Health (OVH:
/// "SERVICE DELIVERY: [X] 1:1 [ ] GROUP"), Pennyroyal Senior Care (PSC: form B-7 and its grid), Horicon Marsh Home
/// Therapy (HMHT: "Individual treatment? ■ Yes □ No"), Sycamore Shoals Health &amp; Rehabilitation (SSHR: "Mode: ☑
/// Individual …" with a box struck in words), Lafayette River Neuro Balance Clinic (LRNB: "Yes ☒ No ☐"), Washakie County
/// Memorial (WCM: the tick-box record), Flatirons Vestibular &amp; Balance (FVB), Indian Hill Spine &amp; Sport (IHSS),
/// Wintergreen Movement Disorders Center (WMDC: "Med state:"), Gateway Arch PT (GAPT), Cedar Crest Health's neuro team
/// note (CCNRI: "CPT | Furnished by | Min"), Petit Caillou PT (PCPT: the "Bayou Balance" levels), Kettle Moraine Medical
/// Center (KMMC: "Time calculation:", "{Yes/No:1234} Yes", the "Steady Steps" levels), Owyhee Valley Orthopaedic Group
/// (OVOG: the "Return-to-Sport Pathway" phases), Ontonagon Rural Health (ORH), Mobile Bay Home Rehab (MBHR), Stephens
/// County Home Health (SCHH), Walnut Valley Regional Hospital (WVRH: SOAP), Northern Plains Sports Medicine (NPSM:
/// "Individual (1 PT : 1 athlete)"), Lakeshore Motion PT (LMPT: "Why:", "#s:"), the WMPT Visit Submission, Halyard PT's
/// after-visit form, Sandhill Crane Medical Group (SCMG: the "Timed Procedures" grid), Rosario Strait Physiotherapy (RSP:
/// "29.12.2026", "(16')", kilograms), Ozaukee Neuro &amp; Balance (ONB: spoken "period" and "comma"), Blue Mesa Sports PT
/// (BMSPT), Quoddy Bay Regional Hospital (QBRH), Passaic Valley Health's neuro gym (PVH), MotionWorks PT (MWPT: "Billing
/// Summary:" and the flowsheet), Ocmulgee River PT (OCM: a clock range on each code's line), Ironwood State University's
/// SPT Daily Note (ISU: "Minutes — 97112:" boxes), Chelan Basin Medical Center (CBMC: Priya Raman's slashes), Kaskaskia
/// University's PT Faculty Clinic (KU-PTC), Porchlight Therapy at Home (PTH: "97116 [ 30 ] min"), White River PT &amp;
/// Balance (WRPT), Hatchie River Rehab (HRR: "Time colon", "Deficit colon"), Short North Sports &amp; Spine (SNSS: Mateo
/// Velez's full sentences), Green Lake Terrace (GLT), Norfork Lake Therapy (NLT), Tensas Basin Hospital (TBH), StrideWell
/// PT (SWPT: "Session type:"), Mercy Ridge Hospital (MRH), Tidewater Regional Health (TRH) and Pelican Rapids OT &amp;
/// Hand (PROT: Ingrid Haugen's dictation);</item>
/// <item>the forty clinics of the hundred-and-ninety-sixth set, of which these had notes this week: Drowning Creek Senior
/// Care (DCSC: "Delivery: □ Individual □ Concurrent ■ Group …"), Catawba Shoals Rehab (CSR), Androscoggin Falls Rehab
/// (AFR: a short SOAP), Kankakee Valley Memorial's Orthopaedic Wing (KVMH-O: the fill-in blanks "97112 __22__",
/// "One-on-one for timed minutes: ______") and Neuro Wing (KVMH-N: dotted lines, "Service delivery: [X] Individual"),
/// Brush Mountain Balance (BMB: the attendance and technique boxes), Upatoi Creek Therapy (UCT: "1:1: ☒ Yes ☐ No" and the
/// impairment row), Monadnock Hills Therapy (MHT: "Standardized test: …  Score: ______"), Ocotillo Ridge PT (OCR: "Visit
/// 7 ·"), Summit Trail PT (STPT: the PTA daily note and the "Cairn program" stages), Pearl River Neuro Rehab (PRNR:
/// "Exam findings today:"), Les Cheneaux Health (LCH: minutes in capitals in the heading), Kickapoo Valley Neuro PT
/// (KVNPT: "Findings:"), Embarras River Therapy (EMRT: "Timed minutes: 97110=16, 97140=11."), Rio Bravo Therapy Center
/// (RBTC: the bilingual grid), Tonto Rim Therapy (TRT: "Codes:"), Big Thicket Rehab (BTR), Choptank Shore Therapy (CHST),
/// Lumbee River Rehab (LRR), Throgs Neck Community Hospital's Pelham Bay satellite (TNCH), Loess Hills University
/// Hospital's Balance Center (LHUH), Skunk River Implement Works' on-site clinic (ROIW: a retiree's Part B visit), Mount
/// Tabor Community Health (MTCH: "Seen individually."), Siuslaw Valley Rural Health Clinic (SVRHC: "Billed: 97116, 18
/// minutes."), Kachemak Bay Rehab (KBR: "Did:", "For:", "Result:"), Sawlog Creek Rehab (SCR), Konza Prairie Neuro
/// Therapy (KPNT) and Nashoba Valley Outpatient Rehab (NVOR: "Data:");</item>
/// <item>the AI-scribe clinics of the hundred-and-ninety-seventh set: Quillstone Scribe's markdown at Saguache Valley
/// Hospital (SVH) and Pamlico Sound Sports &amp; Spine (PSSP), Clarion Ambient's "SESSION SUMMARY" / "TIME STATEMENT"
/// at Clearwater Canyon Balance &amp; Vestibular (CCBV) and Vermilion Range Home Therapy in Tower, Minnesota (VRHT),
/// TheraVoice Assist's fields and "[AI: not determined from audio — clinician to complete]" placeholder at Ninigret
/// Pond Neuro Rehab (NPNR) and Konza Prairie Outpatient Rehab (KPOR, with a therapist's "[Edited by W.O., PT: …]"),
/// and EchoChart Scribe's "Services &amp; time ▸" sections at Tanque Verde Hand &amp; Rehab (TVHR) and Kittatinny Ridge
/// PT (KRPT).</item>
/// </list>
/// This week's people: a grandson on winter break in the lobby, a wife in the truck with the heater on, a nephew who
/// rode the boat over, a granddaughter filming the exercises, a son taking the tree down, a husband watching the bowl
/// game, a grandson shovelling the steps, a daughter packing to drive home and a grandson at a bilingual visit (none of
/// them a patient; the second patient on the recumbent bike, a sister-in-law on the same caseload, the hip patient at
/// the next mat, a husband on the caseload doing his programme alongside, four residents at the craft table and an OVH
/// balance group are); a retired bus mechanic, a fire lookout, a brand inspector, a papermaker, a jet-boat captain, an
/// oyster farmer, a duck-hunting guide, a forklift driver, a hay hauler, a Mummers-costume seamstress and a mariachi
/// guitarist.
/// Each note's DOC_* findings were judged by hand as a payer reviewer who knows these clinics' templates and writers,
/// applying the contract to what the filled-in text says: an unticked row, an empty field, "______", "see last note",
/// "same", an unanswered question on a form and an AI placeholder left unedited state nothing, a ticked box states what
/// it names, a box struck as entered in error (said in words, with the box that stands) is withdrawn, a therapist's
/// "[Edited by …: …]" stands over what the scribe wrote, a spoken "period" is punctuation, a lower-case run-on note says
/// what it would in capitals, a programme's name, stage, phase or level is not a technique, a named test with no number
/// is not a measure, a year-end remark (snowed in, the last visit of the year, back in January) changes nothing a
/// reviewer checks, and a student's note co-signed by the instructor is read as the visit's note:
/// <list type="bullet">
/// <item>class 1 (v1-h199-…): one-on-one in these writers' own words (MGTS "Mode: one-to-one; grandson on winter break
/// waited in the lobby", a YRVC clock range "one-on-one with the Veteran", HPPT "1:1 the whole visit", a dictated "one
/// on one, nobody else on the schedule between the holidays", BPP's "the gym to ourselves … one-on-one", Clarion's
/// "seen one-on-one; his granddaughter … filmed", EchoChart's "with the patient one-on-one for the full neuromuscular
/// re-education"), notes that negate it (a GLHS "N - year-end overflow, second pt on the recumbent bike", a KPOR
/// attestation of a sister-in-law treated side by side, a CSR PTA who "went back and forth" with the hip patient at the
/// next mat) or never state it (Sorensen's run-on, an AFR SOAP), and a DCSC OT's 97530 at the craft table with four
/// residents, which has no one-on-one check;</item>
/// <item>class 2 (v2-h199-…): checkbox, blank and placeholder states (OVH "[X] 1:1" and "[X] GROUP", a PSC delivery row
/// left blank and "☒ Individual", HMHT "■ Yes □ No" and "□ Yes ■ No", an SSHR "☑ Group — struck, entered in error"
/// beside a ticked Individual, a KVMH-O "One-on-one for timed minutes: ______" left blank, BMB technique boxes ticked, a
/// UCT "☒ Vestibular", an MHT "Standardized test: Berg  Score: ______", a KPOR measure placeholder the therapist filled
/// in an edit, a WCM "[✓] individual" beside a 97110 row, LRNB "Yes ☒ No ☐");</item>
/// <item>class 3 (v3-h199-…): named techniques and methods (Frenkel exercises, X2 viewing with saccades, Mulligan
/// mobilization with movement for the ankle, the Tyler twist, body-weight-supported treadmill training, constraint-
/// induced movement therapy shaping tasks by an OT, laser-line visual cueing for freezing of gait, reaction-light
/// stepping, PNF slow reversal-hold with stabilizing reversals) and a programme's level, stage or phase as the only
/// technique ("Bayou Balance level 8", "Steady Steps Level 5", "Cairn program, stage 4", "Return-to-Sport Pathway Phase
/// 4");</item>
/// <item>class 4 (v4-h199-…): deficits stated as findings (monofilament and position-sense errors, a room that tilts
/// bending to the cooler, a hip that drops stepping over the tub wall, the sky that spins at the fireworks, an ankle that
/// rolls on the cut, a positive head-impulse test, a Trendelenburg drop for a 97110, a stiff knee in swing for a 97116, a
/// sit-to-stand that needs three rocks) and notes that state none (an LMPT "Why: see last note", a WMPT deficit
/// question left unanswered, a Halyard "same", an EchoChart "Doing well; tolerated all activities");</item>
/// <item>class 5 (v5-h199-…): measures in every usual form (Mini-BESTest and a chair stand, counts and assistance for
/// 97530, kilograms and a 20 cm box for 97110, a TUG spoken in words, hop distances, an FGA with gait speed, gait speed
/// and distance for 97116, a side hop count, a Berg in capitals) and notes with none (a PVH "to be retested in January",
/// an MWPT flowsheet with an empty dose column, a Clarion "No formal testing today", a KPOR 97530 measure placeholder
/// left, a Clarion "she said she felt steadier than before Christmas");</item>
/// <item>class 6 (v6-h199-…): minutes in these templates' forms (two OCM clock ranges, two ISU minute boxes, a Halyard
/// "How long for each?" with two, a Raman run-on with two, an MWPT "Billing Summary" with two, an EMRT "97110=16,
/// 97140=11", a bilingual RBTC grid, an EchoChart "97140 Manual therapy · 10 min | 97110 … · 16 min" by an OT, a Clarion
/// time statement with two) and true mismatches (a PTH "97116 [ 30 ] min" on 19, a KMMC "Time calculation" of 12 on
/// 24, a TRT second code's 24 on 12) and truly missing separate time (a WRPT total on its own line for two codes, a GLHS
/// "Timed minutes 97116: ___", an HRR "Time colon thirty seven minutes total for the two codes");</item>
/// <item>class 7 (v7-h199-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (SNSS), 97530 (a GLT OT taking down the cards and garland; a BTR PT's deer
/// corn and ladder), 97140 (NLT) and 97116 (TBH), and wholly generic notes (Twomey's capitals, a SWPT "Worked on balance
/// and stability", a CHST "Therapeutic exercises per home program", an LRR OT "Functional activities as
/// tolerated");</item>
/// <item>ordinary (vord-h199-…): complete notes of these clinics that a reviewer passes (the false-positive guard) — one
/// with the scribe's hedged "Balance activities were performed to improve stability." beside the specifics — and the
/// ordinary weak ones: two complete notes with no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry numbers that are not a code's minutes — the year-end week's dates, ages, step, box and hurdle
/// heights in inches and centimetres, loads in pounds and kilograms, distances, speeds, degrees, hertz, counts of
/// ornaments, cards, pods, hats, trips and rest stops, a 5K, a clinic number and a form's units column — and each is
/// written so that a reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code,
/// in its heading, in a grid's row, in a fill-in blank or minute box, in a scribe's time statement, in a run-on beside
/// the code, spoken after the code, or as a clock range on the code's own line; no note gives minutes to a drill, a rest
/// or a test, except the ones that give two codes only a total; notes failed for want of a measure carry no number but
/// their code and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure
/// at all. A 97112 passes the measure check only on an objective measure with a number; for the other codes a dose
/// (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes:
/// a family member, caregiver, interpreter, student or staff member in the room does not undo a one-on-one statement,
/// another patient treated in the same block does, and a therapist attending someone else during the block is not
/// one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what a year-end week could honestly leave in doubt: a progress report or year-end re-test
/// written into the daily note whose scores may be another day's, a benefit-year remark beside a code's line (a therapy
/// threshold reached, a dollar amount, "visit 20 of 20"), a code given units instead of minutes ("97112 x2 units"), a
/// one-on-one statement or a deficit carried forward from an earlier note with no word that it holds today, a covering
/// therapist's and the regular therapist's minutes both written for one code, a Christmas gift (ice cleats, a new
/// walker) as the only thing a 97116 note names, a visit cut short by the snow with the planned minutes written beside
/// the delivered ones, a published programme's name with none of its exercises named, and a scribe's "approximately"
/// for a code's minutes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 106 of 108 cases agree (106 needed), and 1 of the 70 notes the reviewer passes got a finding, on the analyzer of 837419a (the 2026-12-07 twenty-sixth session, after the hundred-and-ninety-fifth to hundred-and-ninety-seventh sets, a review and the first round of the two-hundredth set were worked through; nothing was changed for this set) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (engine code bddd019): 108 of 108, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredNinetyNinthTests(ITestOutputHelper output)
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

        // MGTS "Mode: one-to-one; grandson on winter break waited in the lobby" (family, not a patient); rocker board eyes closed, step-and-stick onto foam, reactive stepping to belt pulls; knee proprioception and slow stepping; Berg and tandem; "97112 – 22 mins" matches: passes.
        ["v1-h199-mgts-one-to-one-grandson-in-lobby"] = new(
            """
            MGTS DAILY TREATMENT RECORD — El Paso contract clinic
            Therapist: Funmilayo Adeyemi, PT
            Pt c/o: retired bus mechanic, "my knees don't know where the curb is after dark."
            CPT / mins: 97112 – 22 mins
            Mode: one-to-one; grandson on winter break waited in the lobby with his phone.
            Treatment given: rocker board M/L with eyes closed, step-and-stick off the 4 in step onto foam, reactive stepping to pulls at the gait belt.
            Findings: reduced proprioception both knees after the knee replacements and a slow stepping reaction to the L.
            Outcome measure: Berg 44/56; tandem stance 6 secs.
            Kindly note pt wishes to finish the series before the new year.
            """,
            ["Z96.653", "R26.81"], [PT("97112", 22)], []),

        // YRVC "97112 NMR 1015–1038, one-on-one with the Veteran; his wife stayed in the truck" (23 matches); pelvic perturbations on foam, tandem with head turns, hurdle to a stop; L ankle proprioception; Berg and FSST: passes.
        ["v1-h199-yrvc-one-on-one-wife-in-truck"] = new(
            """
            Yakima Ridge Veterans Community Care
            Community Care referral: on file   SEOC: PT
            Veteran reports: "I want to walk the dog on the canal road without the cane by spring."
            97112 NMR 1015–1038, one-on-one with the Veteran; his wife stayed in the truck with the heater on.
            Skilled tx: perturbations at the pelvis standing on foam, tandem walking with head turns down the hall, stepping over the 6 in hurdle to a stop.
            Finding: reduced L ankle proprioception and a late ankle strategy since the fall on the frozen canal road.
            Numbers: Berg 46/56; FSST 12.6 sec.
            R. Cloud, PT
            """,
            ["S93.402D", "R26.81"], [PT("97112", 23)], []),

        // HPPT Tess Nakamura, "1:1 the whole visit; her nephew … read in the lobby"; rocker eyes closed, lunges onto foam with a hold, head-turn walking; R ankle proprioception and lateral sway; SLS and Mini-BESTest; 23 min: passes.
        ["v1-h199-hppt-nakamura-nephew-in-lobby"] = new(
            """
            Harbor Point Physical Therapy — Bremerton
            Tess Nakamura, PT — Tue 12/29/2026
            97112 — 23 min, 1:1 the whole visit; her nephew rode the boat over with her and read in the lobby.
            Rocker board M/L eyes closed, forward and lateral lunges onto the foam with a hold, walking with head turns past the window.
            Problem: impaired proprioception at the R ankle and lateral sway; she lost her footing on the wet car deck over the holiday.
            SLS R 6 sec; Mini-BESTest 20/28.
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // CGTA Caudill dictated "one on one, nobody else on the schedule between the holidays so it was just the two of us"; rocker, step and stick, side-stepping with pushes; L ankle proprioception and slow stepping; Berg and SLS in words; 23 min: passes.
        ["v1-h199-cgta-just-the-two-of-us-between-holidays"] = new(
            """
            Cumberland Gap Therapy Associates — Middlesboro
            Dictated by Sherry Caudill, PT
            Neuromuscular re-education ninety seven one one two, twenty three minutes, one on one, nobody else on the schedule between the holidays so it was just the two of us. Rocker board with her eyes shut, step and stick onto the foam, then walking sideways along the bars while I gave her little pushes at the hip. She's still got the slow stepping reaction and poor proprioception in the left ankle from where she turned it coming out of the Dollar General. Berg forty seven out of fifty six, single leg stance on the left five seconds.
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // BPP narrative, "the gym to ourselves … (97112), 22 minutes, one-on-one" on New Year's Eve morning; step-and-stick landings onto the Airex, rocker eyes closed, backward walking to a stop; R knee proprioception after TKA; Berg and a timed backward walk: passes.
        ["v1-h199-bpp-new-years-eve-gym-to-ourselves"] = new(
            """
            Marisol Etcheverry, PT — Bristlecone PT & Performance, Ely NV — 12/31/2026

            New Year's Eve morning, so Walt and I had the gym to ourselves: neuromuscular re-education (97112), 22 minutes, one-on-one. We did step-and-stick landings from the 6 in box onto the Airex, the rocker board with his eyes closed, and backward walking with a stop on my call. His right knee proprioception and his backward stepping are still behind after the knee replacement; he wants to stand through the fireworks at the ballfield tonight. Berg 49/56; backward walk of 10 m in 14.2 sec.
            """,
            ["Z96.651"], [PT("97112", 22)], []),

        // Clarion CCBV, Dale Whitehorse: "The patient was seen one-on-one; his granddaughter, home over the break, filmed the exercises" (family); VOR x1 with vertical head movements, foam with head tilted back, pitch head-turn walking; R vestibular hypofunction; DGI and counts; 23 min: passes.
        ["v1-h199-ccbv-one-on-one-granddaughter-filmed"] = new(
            """
            CLARION AMBIENT — VISIT NOTE
            Clearwater Canyon Balance & Vestibular · Orofino, Idaho
            Clinician: Dale Whitehorse, PT, DPT

            SESSION SUMMARY
            The patient, a retired fire lookout, reported that he wants to watch the New Year's fireworks over the river without getting dizzy when he tips his head back. The patient was seen one-on-one; his granddaughter, home over the break, filmed the exercises on her phone so he can follow them at home.

            The therapist provided gaze stabilization (VOR x1) with vertical head movements and a letter target, standing on foam with the head tilted back, and walking the hallway with pitch head turns.

            FINDINGS
            Right vestibular hypofunction with unsteadiness on head extension. Dynamic Gait Index 18/24; 4 of 6 head-back stands on foam held without a step.

            TIME STATEMENT
            Neuromuscular re-education (97112): 23 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Dale Whitehorse, PT, DPT.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // EchoChart TVHR, Evan Ruelas: "The therapist was with the patient one-on-one for the full neuromuscular re-education"; gravel-tray walking with head turns, Airex single-leg catches, stepping reactions to belt pulls; postural control on uneven ground; FSST and SLS; 22 min: passes.
        ["v1-h199-tvhr-ruelas-one-on-one-full-nmr"] = new(
            """
            EchoChart Scribe · Tanque Verde Hand & Rehab · Tucson, AZ
            Treating clinician: Evan Ruelas, PT

            Reason for visit ▸ The patient, a retired saguaro-survey volunteer, reports he stumbles on the loose gravel of the wash and wants to hike Sabino Canyon with his sons on New Year's Day.
            Services & time ▸ 97112 Neuromuscular re-education · 22 min
            What the patient did ▸ The therapist was with the patient one-on-one for the full neuromuscular re-education. Activities: walking across the gravel tray with head turns, single-leg stance on the Airex catching a ball, and stepping reactions to pulls at a waist belt.
            Findings ▸ Impaired postural control on uneven ground with a delayed stepping reaction and reduced ankle proprioception on both sides. Four Square Step Test 12.1 seconds; single-leg stance 9 seconds right, 7 seconds left.
            Plan ▸ Add a loaded day pack next visit.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // DCSC OT 97530 "■ Group (4 residents at the craft table)" — 97530 has no one-on-one check; paper hats standing, overhead pinning, carrying streamers with the rollator; standing balance and R hand coordination; counts and assist: passes.
        ["v1-h199-dcsc-ot-97530-craft-table-group"] = new(
            """
            DROWNING CREEK SENIOR CARE — OUTPATIENT THERAPY (PART B) · Ellerbe, NC
            OT Treatment Note · 12/30/2026 · Odessa Hatcher, OTR/L
            Delivery: □ Individual  □ Concurrent  ■ Group (4 residents at the craft table)  □ Co-treat
            Code: 97530 Therapeutic activities   Minutes: 20
            Activities: standing at the craft table to cut and glue paper New Year's hats, reaching up the bulletin board to pin the hats, carrying the streamers to the dining room in the rollator basket.
            Targets: standing balance and R hand coordination after the stroke; she wants to set the tables for the residents' party.
            Performance: stood through 3 hats with CGA; pinned 5 of 6 hats overhead with the R hand; streamers carried 60 ft with SBA.
            """,
            ["I69.351"], [OT("97530", 20)], []),

        // GLHS "Was pt treated 1:1 for all billed minutes?: N - year-end overflow, second pt on the recumbent bike beside us": another patient in the block — one-on-one missing; technique, impairment and measures present.
        ["v1-h199-glhs-n-second-pt-on-recumbent-bike"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 22
            Was pt treated 1:1 for all billed minutes?: N - year-end overflow, second pt on the recumbent bike beside us this block
            Neuromuscular re-ed performed: half-kneel to stand with rhythmic stabilization, lateral stepping onto foam to a stop, tandem walking with a ball handoff.
            Impairment addressed: delayed protective stepping and poor postural control after the L THA.
            Objective: Berg 45/56; tandem 7 sec.
            Therapist: Brock Heitkamp, PT
            """,
            ["Z96.642"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // TheraVoice KPOR, Lacey Nguyen (PTA): "treated this patient and her sister-in-law, who is also a patient at this clinic, side by side … alternating exercises": not one-on-one; foam eyes closed, tandem at the bars, target stepping; neuropathy; Berg and tandem.
        ["v1-h199-konza-sister-in-law-side-by-side"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Lacey Nguyen, PTA (supervising PT: Wes Oberle, PT)
            Chief concern: The patient reports her feet go "numb and clumsy" on the ice in the co-op parking lot.
            Service: Neuromuscular re-education — 97112 — 23 min
            Clinician time attestation: The PTA treated this patient and her sister-in-law, who is also a patient at this clinic, side by side at the parallel bars, alternating exercises between them.
            Interventions performed:
            • Standing on foam with eyes closed, feet apart and then together
            • Tandem walking along the parallel bars
            • Stepping to floor targets on a called number
            Impairment addressed: Somatosensory loss in both feet from diabetic neuropathy, with impaired postural control.
            Standardized measure: Berg Balance Scale  Score: 43/56; tandem stance 6 seconds
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["E11.42"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // CSR PTA "shared the block with the hip pt at the next mat, went back and forth between the two of them": not one-on-one; rocker, step-ups to foam, tandem with head turns; L ankle proprioception after fracture; Berg and SLS.
        ["v1-h199-csr-pta-back-and-forth-hip-pt"] = new(
            """
            CATAWBA SHOALS REHAB — Fort Mill, SC
            Daily Treatment Note — 12/28/2026 — Lanier Gaddy, PTA (sup. PT: M. Okoye)
            97112 neuro re-ed 22 min — shared the block with the hip pt at the next mat, went back and forth between the two of them.
            Treatment: rocker board A/P with eyes closed, step-ups onto the foam leading L, tandem stance with head turns.
            Deficit: L ankle proprioception and a slow L step after the ankle fracture.
            Measures: Berg 46/56; SLS L 5 sec.
            """,
            ["S82.892D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // ERPT Gail Sorensen's lower-case run-on, back after the grandkids left, never states one-on-one: rocker, foam step-ups with a hold, tandem with head turns; R knee proprioception; Berg and FSST; 23 min — one-on-one missing only.
        ["v1-h199-erpt-sorensen-grandkids-left-unstated"] = new(
            """
            eod tue  97112 23 min  retired brand inspector 77 yrs  grandkids went home sunday so back on schedule  rocker board m/l eyes closed & step ups onto the foam block w a 3 sec hold & tandem walk in the bars w head turns  r knee proprioception down & slow stepping reaction since the tka  berg 47/56  fsst 12.9 sec  g sorensen pt
            """,
            ["Z96.651"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // AFR SOAP for a retired papermaker before the ice-fishing derby, never states one-on-one: Airex perturbations, cane step-overs, rocker eyes closed; stepping reactions and ankle proprioception; Berg and tandem; 22 min — one-on-one missing only.
        ["v1-h199-afr-papermaker-derby-unstated"] = new(
            """
            ANDROSCOGGIN FALLS REHAB — Mechanic Falls, ME
            SOAP · 12/30/2026 · Noémie Pelletier, PT
            S: Retired papermaker. Wants to walk out on the pond for the New Year's Day ice-fishing derby without his wife holding his arm.
            O: 97112 — 22 min. Perturbations at the hips on the Airex, stepping over the cane forward and back, standing on the rocker board with eyes closed.
               Berg 46/56; tandem 8 sec.
            A: delayed stepping reactions and reduced ankle proprioception both sides.
            P: add walking in ice cleats on the mat.
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox, blank-field and placeholder states (ticked, unticked, struck, blank)

        // OVH "SERVICE DELIVERY: [X] 1:1 [ ] GROUP"; BAPS, step-and-stick off the step onto foam, head-turn walking on the track; L ankle proprioception; SLS and Berg; ".... 23 MIN" matches: passes.
        ["v2-h199-ovh-one-to-one-ticked-church-steps"] = new(
            """
            ORISKANY VALLEY HEALTH — OUTPATIENT REHABILITATION (UTICA)
            PT TREATMENT NOTE    DOS 12/28/2026
            97112 NEUROMUSCULAR RE-EDUCATION .... 23 MIN
            SERVICE DELIVERY: [X] 1:1   [ ] GROUP
            INTERVENTIONS: BAPS board standing clockwise and counter-clockwise, step-and-stick off the 6 in step onto foam, walking with head turns on the gym track.
            TARGETED DEFICIT: L ankle proprioception and a late ankle strategy after the slip on the church steps.
            OBJECTIVE: SLS L 6 sec; Berg 48/56.
            M. Szczepanski, PT
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // OVH "SERVICE DELIVERY: [ ] 1:1 [X] GROUP" with ball passes between participants: not one-on-one; technique, deficit and measures present.
        ["v2-h199-ovh-group-ticked"] = new(
            """
            ORISKANY VALLEY HEALTH — OUTPATIENT REHABILITATION (UTICA)
            PT TREATMENT NOTE    DOS 12/30/2026
            97112 NEUROMUSCULAR RE-EDUCATION .... 22 MIN
            SERVICE DELIVERY: [ ] 1:1   [X] GROUP
            INTERVENTIONS: tandem walking on the balance beam, foam stance with ball passes between participants, stepping to colored floor targets on call.
            TARGETED DEFICIT: impaired postural control and slow stepping reactions.
            OBJECTIVE: Berg 45/56; TUG 12.7 sec.
            R. Abdullahi, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PSC form B-7 "Delivery: ☐ Individual ☐ Concurrent ☐ Group ☐ Co-treatment" with nothing ticked and nothing else saying one-on-one: one-on-one missing only.
        ["v2-h199-psc-delivery-row-blank-new-calendar"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Cadiz campus, KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☐ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  |     |       |
            | 97112 | Neuromuscular Re-ed   | 23  | 2     |
            | 97116 | Gait Training         |     |       |
            Skilled intervention: weight shifts onto foam at the counter, reaching across midline to the calendar hook on the wall, side-stepping over the cane
            Impairment: lateral sway and a slow stepping reaction to the R
            Objective: Berg 41/56; functional reach 8 in
            Pt response: hung the new calendar herself
            Shawna Gilley, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // PSC form B-7 "Delivery: ☒ Individual", grid row 97112 22; backward walking at the rail, rocker eyes closed, step-and-stick; posterior sway and late L step after CVA; Berg and counts: passes.
        ["v2-h199-psc-individual-ticked-potluck"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Greenbriar Commons campus, Hopkinsville KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☒ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97112 | Neuromuscular Re-ed   | 22  | 1     |
            | 97116 | Gait Training         |     |       |
            Skilled intervention: backward walking along the hall rail with a stop on cue, rocker board A/P eyes closed, step-and-stick onto foam leading L
            Impairment: posterior sway and a late L step after the R CVA
            Objective: Berg 39/56; 6 of 10 step-and-stick without a touch-down
            Pt response: wants to walk into the New Year's Eve potluck with only the cane
            Dwight Pennebaker, PT
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // HMHT "Individual treatment?  ■ Yes  □ No", son taking the tree down (family); tandem with head turns at the counter, step-and-stick onto the bath mat, stride-stance perturbations; slow stepping and ankle proprioception; Berg and SLS; "97112 / 22": passes.
        ["v2-h199-hmht-yes-filled-son-takes-tree-down"] = new(
            """
            HORICON MARSH HOME THERAPY — PART B HOME VISIT NOTE
            Visit date 12/29/2026 · Therapist: Gretchen Kloss, PT
            Services this visit (code / minutes): 97112 / 22
            Individual treatment?  ■ Yes  □ No
            Caregiver present: son, taking the tree down in the front room
            Interventions: tandem stance at the kitchen counter with head turns, step-and-stick onto the folded bath mat, perturbations at the shoulders in stride stance.
            Impairment / goal: slow protective stepping and reduced ankle proprioception; goal is to walk to the mailbox on the icy drive in her cleats.
            Measures: Berg 46/56; SLS R 5 sec.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // HMHT "Individual treatment?  □ Yes  ■ No — husband (also on our caseload) did his program alongside her": another patient in the block — one-on-one missing; technique, deficit and measures present.
        ["v2-h199-hmht-no-filled-husband-on-caseload"] = new(
            """
            HORICON MARSH HOME THERAPY — PART B HOME VISIT NOTE
            Visit date 12/31/2026 · Therapist: Marty Schoenfeld, PT
            Services this visit (code / minutes): 97112 / 23
            Individual treatment?  □ Yes  ■ No — husband (also on our caseload) did his program alongside her in the kitchen
            Caregiver present: none
            Interventions: sit-to-stand onto the foam cushion with eyes closed, stepping over the dog's bed to a stop, reaching into the upper cabinet on tiptoe with a hand on the counter.
            Impairment / goal: poor anticipatory postural control reaching overhead; goal is to put the Christmas dishes back on the top shelf.
            Measures: Berg 42/56; functional reach 7 in.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SSHR "☑ Individual ☐ Concurrent ☑ Group — struck, entered in error (L.M. 12/29)": group withdrawn, individual stands; pelvic stabilisation in stride, tap-downs onto foam, head-turn walking at the rail; postural control after hip fracture; Berg and TUG: passes.
        ["v2-h199-sshr-group-struck-individual-stands"] = new(
            """
            Sycamore Shoals Health & Rehabilitation — Part B PT
            Mode: ☑ Individual  ☐ Concurrent  ☑ Group — struck, entered in error (L.M. 12/29)  ☐ Co-treatment
            CPT | Description | Min
            97112 | Neuromuscular re-ed | 23
            Tx: rhythmic stabilization at the pelvis in stride stance, tap-downs from the 4 in step onto foam, walking with head turns along the hall rail.
            Deficit: impaired postural control and a delayed R step after the hip fracture.
            Measure: Berg 40/56; TUG 15.2 sec.
            Leon Mullins, PT
            """,
            ["S72.001D"], [PT("97112", 23)], []),

        // KVMH-O fill-in "One-on-one for timed minutes: ______" left blank (the minutes blank "97112 __22__" filled) and nothing else saying one-on-one: one-on-one missing only.
        ["v2-h199-kvmho-one-on-one-blank-left"] = new(
            """
            KANKAKEE VALLEY MEMORIAL HOSPITAL — ORTHOPAEDIC OUTPATIENT WING
            Daily Treatment Note                         Date of service: 12/28/2026
            Therapist: Lacey Kaminski, PT, DPT
            Timed Code Treatment Minutes:  97112 __22__   97110 _____   97140 _____
            One-on-one for timed minutes: ______
            Intervention: single-leg stance on the tilt board with band perturbations at the knee, lateral hop-and-stick onto foam, reactive drop squats to a clap.
            Impairment: L knee proprioception and dynamic valgus after the L ACL reconstruction.
            Outcome measure: Y-balance anterior L __62__ cm (R __69__ cm); SLS L eyes closed __8__ sec
            """,
            ["S83.512D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // BMB "☒ Yes" and "Techniques: ☒ Perturbation training … ☒ Dual-task stepping" ticked (the others not); reactive stepping when distracted; Mini-BESTest and dual-task TUG; 22 min: passes.
        ["v2-h199-bmb-two-technique-boxes-ticked"] = new(
            """
            BRUSH MOUNTAIN BALANCE — Duncansville, PA
            Falls & Balance Daily Note · 12/29/2026 · Greer Stoltzfus, PT
            Code: 97112 · Minutes: 22
            Constant one-on-one attendance during billed time?  ☒ Yes  ☐ No
            Techniques: ☒ Perturbation training  ☐ PNF  ☐ Compliant surface (foam)  ☐ Gaze stabilization  ☒ Dual-task stepping
            Deficit: slow reactive stepping and poor postural control when her attention is divided; she went down carrying a casserole into her sister's on Christmas.
            Measure: Mini-BESTest 19/28; dual-task TUG 15.8 sec (single-task 11.9 sec).
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // UCT "1:1: ☒ Yes ☐ No" and "Impairment addressed: ☐ Proprioception ☒ Vestibular …" ticked; X1 on foam, head-turn walking, rocker eyes closed; DGI and DVA; 23 min: passes.
        ["v2-h199-uct-vestibular-box-ticked"] = new(
            """
            UPATOI CREEK THERAPY — Columbus, GA
            Daily Note · 12/28/2026 · Marcus Fennell, PT
            97112 Neuro Re-Ed   Min: 23   1:1: ☒ Yes ☐ No
            Impairment addressed: ☐ Proprioception  ☒ Vestibular  ☐ Postural control  ☐ Motor control
            Interventions: X1 viewing standing on foam, walking the hall with horizontal head turns, standing on the rocker board with eyes closed.
            Objective: DGI 17/24; DVA 3 lines lost.
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // MHT "Standardized test: Berg  Score: ______" — a named test with no number — and no number but the code and its minutes: measure missing only.
        ["v2-h199-mht-berg-named-score-blank"] = new(
            """
            MONADNOCK HILLS THERAPY · Jaffrey, NH
            Treatment note
            CPT 97112 Neuromuscular re-education — 22 min — one-on-one
            Techniques: rocker board with eyes closed, lateral stepping onto the Airex to a stop, tandem walking with head turns.
            Deficit: reduced ankle proprioception and slow lateral stepping; she slid on the frost heave at the end of the driveway.
            Standardized test: Berg  Score: ______
            Plan: score it next week.
            Signed: Hollis Whitcomb, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // TheraVoice KPOR, Wes Oberle: the measure placeholder edited "[Edited by W.O., PT: Berg 48/56; step-downs 7 of 10 …]": the edit stands; one-on-one ticked, step-downs onto foam, rocker mini-squats with pushes, tandem with head turns; R knee proprioception after TKA; 22 min: passes.
        ["v2-h199-konza-measure-placeholder-edited-berg"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Wes Oberle, PT
            Chief concern: The patient reports her right knee "wanders" going down the basement stairs to the deep freeze.
            Service: Neuromuscular re-education — 97112 — 22 min
            Delivery mode: ☑ One-on-one ☐ Concurrent ☐ Group
            Interventions performed:
            • Step-downs from a 6-inch step onto foam with a stick landing
            • Mini-squats on the rocker board with pushes at the pelvis
            • Tandem walking with head turns
            Impairment addressed: Reduced right knee proprioception and eccentric quadriceps control after the right total knee replacement.
            Standardized measure: [AI: not determined from audio — clinician to complete] [Edited by W.O., PT: Berg 48/56; step-downs 7 of 10 without a wobble]
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["Z96.651"], [PT("97112", 22)], []),

        // WCM tick-box record, the 97112 row left unticked and blank, "[✓] individual", "[✓] 97110 TE ___17___ min"; sit-to-stands, step-ups, side-lying abduction with doses; hip and quad weakness with a pew goal; 5xSTS: passes.
        ["v2-h199-wcm-97110-row-ticked"] = new(
            """
            WASHAKIE COUNTY MEMORIAL — Daily Tx Record
            [ ] 97112 NMR _____ min   [✓] individual [ ] group
            [✓] 97110 TE ___17___ min
            Tx: sit-to-stand from the low chair 3 x 10, step-ups on the 6 in box 3 x 8 each, side-lying hip abduction 3 x 12 with 2 lb.
            Deficit: B hip and quad weakness; she can't get up from the pew without a push for the watch-night service.
            Measure: 5xSTS 15.4 sec.
            Gil Etchepare, PT
            """,
            ["M62.81"], [PT("97110", 17)], []),

        // LRNB "Yes ☒  No ☐"; saccades with head turns between targets, X1 marching on foam, rocker eyes closed; L vestibular hypofunction; DGI and FGA; "97112 x 23 min": passes.
        ["v2-h199-lrnb-yes-ticked-harbor-fireworks"] = new(
            """
            LAFAYETTE RIVER NEURO BALANCE CLINIC — NORFOLK
            Treatment Note · 12/30/2026 · Odessa Carrington, PT, DPT
            Billed: 97112 x 23 min
            Was the patient treated one-on-one for all billed time?  Yes ☒  No ☐
            Intervention: saccades between two letter targets with a head turn to each, X1 viewing while marching on foam, standing on the rocker board with eyes closed.
            Impairment: L vestibular hypofunction; she staggers looking up at the masts during the harbor fireworks.
            Measures: DGI 18/24; FGA 21/30.
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and techniques, and a programme's level alone

        // EchoChart KRPT, Bridget Szabo: Frenkel exercises (heel slides to targets, heel down the shin, foot placement to numbered squares on a count); "one-on-one throughout"; LE ataxia with dysmetria after cerebellar stroke; SARA and placements on target; 23 min: passes.
        ["v3-h199-krpt-frenkel-exercises-mummers"] = new(
            """
            EchoChart Scribe · Kittatinny Ridge Physical Therapy · Stroudsburg, PA
            Treating clinician: Bridget Szabo, PT

            Reason for visit ▸ The patient, a retired Mummers-costume seamstress, reports her legs "go where they want" on the stairs at her daughter's row house, where she is going for New Year's Day.
            Services & time ▸ 97112 Neuromuscular re-education · 23 min
            What the patient did ▸ The therapist worked one-on-one with the patient throughout. Frenkel exercises: heel slides to taped targets in supine, placing the heel on the opposite shin and sliding it down to the ankle, then standing foot placements onto numbered floor squares to the therapist's count, progressing to eyes closed.
            Findings ▸ Lower-extremity ataxia with dysmetria on heel-to-shin and a wide, irregular step after the cerebellar stroke. Scale for the Assessment and Rating of Ataxia 12; foot placements 11 of 15 on target.
            Plan ▸ Frenkel in standing at the counter for the home program.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // FVB X2 viewing, saccades with a head turn to each target, head-turn walking reading the wall cards; R vestibular hypofunction with gaze instability; DVA and DGI; "97112 (22 min), individual session": passes.
        ["v3-h199-fvb-x2-viewing-and-saccades"] = new(
            """
            Flatirons Vestibular & Balance — Boulder
            Daily note 12/29/2026 — Signe Halvorsen, PT, DPT
            97112 (22 min), individual session
            X2 viewing (head and target moving in opposite directions) seated then standing; saccades between two letter targets followed by a head turn to each; walking the hall with head turns while reading the wall cards.
            Why: R vestibular hypofunction with gaze instability; the trail signs blur when she turns her head skinning uphill at Eldora.
            Numbers: DVA 3 lines lost; DGI 19/24.
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // OCR Mulligan mobilization with movement for R ankle dorsiflexion (belt-assisted posterior talar glide during a knee-to-wall lunge), talocrural distraction, STM (97140 — 11 min); R ankle dorsiflexion stiffness after fracture; knee-to-wall cm: passes.
        ["v3-h199-ocr-mulligan-mwm-ankle-97140"] = new(
            """
            Ocotillo Ridge Physical Therapy — SaddleBrooke, AZ
            Visit 7 · 12/28/2026 · Diego Armenta, PT, OCS
            97140 Manual therapy — 11 min
            Mulligan mobilization with movement for the R ankle: posterior talar glide with a belt while she lunges the knee over the toes, 3 sets of 10; then talocrural distraction and STM to the R gastroc-soleus.
            Impairment: R ankle dorsiflexion stiffness after the fracture; she can't take the clubhouse steps step-over-step.
            Measures: knee-to-wall R 6 cm before, 9 cm after (L 12 cm).
            """,
            ["S82.891D", "M25.671"], [PT("97140", 11)], []),

        // IHSS the Tyler twist with the FlexBar, wrist-extension eccentrics, hammer rotations, putty grip with doses (97110 Ther ex — 17 min); R lateral elbow tendinopathy with wrist-extensor weakness; pain-free grip kg: passes.
        ["v3-h199-ihss-tyler-twist-97110"] = new(
            """
            Indian Hill Spine & Sport — Daily Note (Camargo Rd)
            12/30/2026 · Benedikt Hauser, PT, DPT, OCS
            97110 Ther ex — 17 min: the Tyler twist (eccentric wrist extension with the FlexBar) 3 x 15, wrist-extension eccentrics with a 3 lb dumbbell 3 x 12, supination and pronation with a hammer 2 x 15, putty gripping 2 x 20.
            Region/impairment: R lateral elbow tendinopathy with wrist-extensor weakness; he wants to play in the New Year's pickleball round-robin.
            Objective: pain-free grip R 22 kg (L 38 kg).
            """,
            ["M77.11"], [PT("97110", 17)], []),

        // KVMH-N body-weight-supported treadmill training with facilitation of L foot placement, then overground with the quad cane (97116 … 21 min), "[X] Individual"; L hemiparetic gait after R MCA stroke; 10MWT and distance with CGA: passes.
        ["v3-h199-kvmhn-bwstt-97116"] = new(
            """
            KANKAKEE VALLEY MEMORIAL HOSPITAL — NEURO OUTPATIENT WING
            Treatment Record · 12/29/2026 · Therapist: Hye-jin Caldwell, PT, DPT, NCS
            Service delivery: [X] Individual  [ ] Concurrent
            97116 Gait Training ....................... 21 min
            Techniques: body-weight-supported treadmill training in the harness, 20% body-weight support at 1.4 mph, manual facilitation of L foot placement, then overground with the quad cane.
            Neuromotor impairment: L hemiparetic gait with a short R step and poor L stance stability after the R MCA stroke.
            Standardized measure: 10MWT 0.49 m/s; 150 ft quad cane with CGA.
            """,
            ["I69.354"], [PT("97116", 21)], []),

        // TheraVoice NPNR, Farah Siddiqui (OT) 97530: constraint-induced movement therapy shaping tasks with the left hand in a mitt (cups, cards, pegs) and signing cards with the right; R UE hemiparesis with learned non-use; 9-Hole Peg Test and counts; 21 min: passes.
        ["v3-h199-npnr-ot-cimt-shaping-97530"] = new(
            """
            TheraVoice Assist | Ninigret Pond Neuro Rehab — Charlestown, RI
            Clinician: Farah Siddiqui, OTR/L
            Chief concern: The patient reports she still eats and writes with her left hand since the stroke and wants to sign her own checks again in the new year.
            Service: Therapeutic activities — 97530 — 21 min
            Delivery mode: ☑ One-on-one ☐ Concurrent ☐ Group
            Interventions performed:
            • Constraint-induced movement therapy shaping tasks with the left hand in a mitt: stacking cups, turning playing cards, moving pegs into a board
            • Signing her name on index cards with a built-up pen in the right hand
            Impairment addressed: Right upper-extremity hemiparesis with learned non-use after the left MCA stroke.
            Standardized measure: 9-Hole Peg Test right 71 seconds (left 22 seconds); 10 cups stacked and 8 cards turned with the right hand
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["I69.351"], [OT("97530", 21)], []),

        // WMDC visual cueing for freezing (laser-line cane, taped transverse lines, doorway step-over cue, wide turns) for 97116, "☒ Individual"; freezing at doorways and turns with PD; gait speed, freezes and distance: passes.
        ["v3-h199-wmdc-laser-line-cueing-97116"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER
            Med state: ON, dose taken an hour before the visit
            Pt says: "My feet glue to the floor at the door to the Legion hall."
            97116 Gait training — 20 min
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            Visual cueing for freezing: walking with the laser-line cane, then over taped transverse lines on the floor, doorway approaches with a step-over cue, turns in a wide arc around the cone.
            Freezing of gait at doorways and turns with short, shuffling steps (Parkinson's).
            Gait speed 0.91 m/s; 2 freezes in 10 doorway passes; 350 ft without a freeze.
            Hollis Brandvold, PT
            """,
            ["G20.A1"], [PT("97116", 20)], []),

        // GAPT reactive stepping to light-up reaction pods (choice stepping, single-leg on foam, squat side-steps), "Treated 1-on-1"; slow choice-reaction stepping after TKA; pods tapped and Berg; 22 min: passes.
        ["v3-h199-gapt-reaction-light-pods"] = new(
            """
            Gateway Arch PT — Soulard
            Visit note — 12/28/26 — Kendra Oyelaran, PT
            97112 NMR: 22 min. Treated 1-on-1, holiday week, gym nearly empty.
            Reactive stepping to light-up reaction pods set in a half circle on the floor (step and tap the pod that lights), single-leg stance on foam with the pods lighting at hip height, side-stepping in a squat to the lit pod.
            Deficit: slow choice-reaction stepping and a late protective step on the R after the R TKA.
            Objective: 24 pods tapped in 30 sec (18 at eval); Berg 50/56.
            """,
            ["Z96.651"], [PT("97112", 22)], []),

        // CCNRI PNF slow reversal-hold for trunk rotation, stabilizing reversals in tall kneeling, rhythmic stabilization at the counter; trunk motor control and posterior lean after stroke; TIS and Berg; "97112 | … | 22", "☒ 1:1": passes.
        ["v3-h199-ccnri-pnf-slow-reversal-hold"] = new(
            """
            CEDAR CREST HEALTH — NEURO OP TEAM NOTE
            CPT | Furnished by | Min
            97112 | J. Oduya-Finch, PT | 22
            Delivery: ☒ 1:1
            INTERVENTION: PNF slow reversal-hold for trunk rotation in sitting, stabilizing reversals in tall kneeling, then rhythmic stabilization standing at the counter.
            IMPAIRMENT TARGETED: trunk motor control and a posterior lean in sitting and standing after the R MCA stroke.
            OUTCOME MEASURE / SCORE: Trunk Impairment Scale 14/23; Berg 36/56.
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // PCPT "Did: Bayou Balance level 8 — first day on the new card" as the only technique: technique missing; one-on-one, deficit and measures present.
        ["v3-h199-pcpt-bayou-balance-level-eight-only"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/30/2026 · Ti-Ann Robichaux, PT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: Bayou Balance level 8 — first day on the new card before the new year.
            For: delayed stepping reactions and poor ankle proprioception; she lost her footing on the wet wharf boards.
            Numbers: Berg 49/56; FSST 11.8 sec
            """,
            ["R26.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // KMMC "Interventions: Steady Steps Level 5, all stations." as the only technique, "{Yes/No:1234} Yes", "0900-0922 = 22 min": technique missing only.
        ["v3-h199-kmmc-steady-steps-level-five-only"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (WEST BEND)
            PT DAILY NOTE
            Subjective: First visit since the holiday; the clinic was snowed in Monday.
            Neuromuscular Re-education (97112)
            Time calculation: 0900-0922 = 22 min
            One-on-one: {Yes/No:1234} Yes
            Interventions: Steady Steps Level 5, all stations.
            Impairment: impaired postural control with reduced ankle proprioception bilaterally.
            Objective: Berg 49/56; FSST 11.4 sec.
            Electronically signed by Marit Hovland, PT, DPT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // STPT PTA whose only intervention row is "Summit Trail Cairn program, stage 4 | as on the stage card": technique missing; 1:1, impairment and measures stated.
        ["v3-h199-stpt-cairn-stage-four-only"] = new(
            """
            SUMMIT TRAIL PHYSICAL THERAPY · Rock Springs, WY
            PTA DAILY NOTE · 12/29/26
            PTA: Mckenna Pfister   Supervising PT on site: Dale Hruska, PT
            97112 NMR — 22 min — 1:1 with PTA entire session
            Interventions | Parameters
            Summit Trail Cairn program, stage 4 | as on the stage card
            Impairment: L ankle proprioception and delayed balance reactions after the slip on the icy loading dock
            Measures: SLS L 7 sec; Berg 48/56
            """,
            ["S93.402D"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // OVOG "Treatment: Return-to-Sport Pathway Phase 4 — progressed today, see pathway sheet" as the only technique: technique missing; one-on-one, deficit and measures present.
        ["v3-h199-ovog-return-to-sport-phase-four-only"] = new(
            """
            Owyhee Valley Orthopaedic Group - Physical Therapy (Caldwell)
            Daily Note
            Timed Code Treatment Minutes
            Neuromuscular Re-education (97112) ........ 22
            Patient was treated one-on-one for the entire timed code treatment.
            Treatment: Return-to-Sport Pathway Phase 4 — progressed today, see pathway sheet.
            Impairment: R knee proprioceptive deficit and a late hamstring response on deceleration after the ACL reconstruction.
            Objective: single-leg hop R 91% LSI; Y-balance anterior R 66 cm, L 70 cm.
            Kenna Arrizabalaga, PT, DPT
            """,
            ["S83.511D"], [PT("97112", 22)], [At(Tech, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // ORH findings as the deficit (monofilament absent at most plantar sites, position sense wrong on ankle trials, can't feel the snowmobile running board); barefoot foam eyes closed, heel-to-toe with head turns, belt pulls; Berg and mCTSIB; "treated one-on-one": passes.
        ["v4-h199-orh-cant-feel-the-running-board"] = new(
            """
            ONTONAGON RURAL HEALTH — PHYSICAL THERAPY
            Daily note 12/28/2026 · Arne Kivela, PT
            97112 — 23 min — treated one-on-one
            Tx: barefoot stance on the foam with eyes closed, heel-to-toe walking on the tape line with head turns, stepping reactions to pulls at the belt.
            Findings: monofilament absent at 6 of 10 sites on each sole; ankle position sense wrong on 4 of 10 trials; he can't feel the running board when he steps off the snowmobile.
            Measure: Berg 45/56; mCTSIB condition 4 8 sec.
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // MBHR home visit, "the room tilts when he bends to the shrimp cooler — R vestibular hypofunction, head-thrust positive to the R"; X1 in the kitchen, floor pick-ups with the head up, head-turn walking; DGI and counts; one-on-one, daughter in the yard: passes.
        ["v4-h199-mbhr-room-tilts-at-the-cooler"] = new(
            """
            MOBILE BAY HOME REHAB — Part B home visit (Fairhope, AL)
            12/29/2026 · Reggie Thibodeaux, PT
            97112 — 22 min — one-on-one, his daughter out in the yard boxing up the decorations
            X1 viewing standing in the kitchen, bending to pick cans up off the floor and coming up with the eyes on a target, walking the hall with head turns.
            Deficit: the room tilts when he bends over the shrimp cooler — R vestibular hypofunction, head-thrust positive to the R with a catch-up saccade.
            Measures: DGI 17/24; 3 of 5 floor pick-ups without a step.
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // SCHH home visit, "her L hip drops and she lurches when she lifts the R foot over the tub wall — L gluteus medius recruitment and postural control after the L THA"; step-overs into a taped tub, bath-mat stance eyes closed, tap-ups; Berg and counts; "Individual 1:1", husband at the bowl game: passes.
        ["v4-h199-schh-hip-drops-over-the-tub-wall"] = new(
            """
            STEPHENS COUNTY HOME HEALTH — THERAPY VISIT (PART B)
            Pt home, Marlow OK · 12/30/2026 · Waylon Tubbs, PTA
            97112: 22 min · Individual 1:1, husband watching the bowl game in the den
            Skilled tx: lateral step-overs into the mock tub (a taped box) with light touch, standing on the bath mat with eyes closed, tap-ups to the toilet-height step.
            Finding: her L hip drops and she lurches when she lifts the R foot over the tub wall — L gluteus medius recruitment and postural control after the L THA.
            Objective: Berg 44/56; 5 of 8 step-overs without a lurch.
            """,
            ["Z96.642"], [PTA("97112", 22)], []),

        // WVRH SOAP, "the whole sky spins and I step back" at the fireworks; "A: Postural instability with head extension; vestibular hypofunction on the L with a late backward step"; head extension on foam, pitch head turns walking, backward stops; DGI and counts; one-on-one; 23 min: passes.
        ["v4-h199-wvrh-sky-spins-at-the-fireworks"] = new(
            """
            WALNUT VALLEY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (WINFIELD, KS)
            PT Daily Note    DOS: 12/31/2026    Therapist: Corinne Haskett, PT, DPT
            S: Pt states "when I tip my head back to watch the fireworks the whole sky spins and I step back."
            O: 97112 Neuromuscular re-education — 23 min, provided one-on-one for the entire session.
               Head extension and rotation standing on foam, walking with pitch head turns, backward stepping to a stop on cue.
               DGI 18/24; 3 of 6 backward stops without an extra step.
            A: Postural instability with head extension; vestibular hypofunction on the L with a late backward step.
            P: recheck in January.
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // NPSM "her L ankle rolls in on the cut and the peroneals fire late — L ankle proprioception and dynamic stability"; hops to stick on the Airex, light-cue cuts, wobble-board perturbations; side hop and stuck hops; "Individual (1 PT : 1 athlete)"; 23 min: passes.
        ["v4-h199-npsm-ankle-rolls-on-the-cut"] = new(
            """
            NORTHERN PLAINS SPORTS MEDICINE — BISMARCK, ND
            Rehab Daily Note · 12/29/2026 · Jace Olheiser, PT, DPT, SCS
            97112 Neuromuscular re-ed: 23 min · Individual (1 PT : 1 athlete)
            Single-leg hops onto the Airex to a stick, lateral cuts off a light cue, single-leg stance on the wobble board with stick perturbations.
            Deficit: her L ankle rolls in on the cut and the peroneals fire late — L ankle proprioception and dynamic stability after the sprain at the holiday basketball tournament.
            Measures: side hop test L 12 reps (R 19); 8 of 10 hops stuck.
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // PRNR "Exam findings today: head-impulse test positive to the L with a catch-up saccade; she staggers when she nods her head walking; Romberg on foam sways to the L" as the deficit; X1 with head nods on foam, head-nod walking, tandem eyes closed; DGI and FGA; one-on-one: passes.
        ["v4-h199-prnr-head-impulse-positive-findings"] = new(
            """
            PEARL RIVER NEURO REHAB — Picayune, MS
            Treatment Note · 12/28/2026 · Delphine Favre, PT
            CPT 97112 — 22 min — one-on-one
            Exam findings today: head-impulse test positive to the L with a catch-up saccade; she staggers when she nods her head walking; Romberg on foam sways to the L.
            Treatment: X1 viewing with vertical head nods standing on foam, walking with head nods down the hall, tandem stance with eyes closed at the counter.
            Measures: DGI 16/24; FGA 20/30.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // LCH 97110 in a capitals heading, "Finding: L hip abductors 3+/5 with a Trendelenburg drop on the L at mid-stance"; side-lying abduction, hip hikes, band walks, single-leg bridges with doses; SLS: passes.
        ["v4-h199-lch-97110-trendelenburg-finding"] = new(
            """
            LES CHENEAUX HEALTH — Outpatient Physical Therapy (Cedarville, MI)
            12/29/2026 · Marit Kallio, PT
            THERAPEUTIC EXERCISE (97110) — 16 MINUTES
            Side-lying hip abduction with 3 lb 3x12, standing hip hikes off the 4 in step 3x10, monster walks with the blue band 3 laps, single-leg bridges 3x8.
            Finding: L hip abductors 3+/5 with a Trendelenburg drop on the L at mid-stance; she limps dragging the ice-fishing sled.
            SLS L 6 sec.
            """,
            ["M16.12", "M62.81"], [PT("97110", 16)], []),

        // Quillstone SVH, Tomás Archuleta (PTA) 97116: AFO and cane gait on the ramp, carpet and gravel with cues; "The right knee stays stiff in swing and the toe drags … dorsiflexion 2/5 after the peroneal nerve injury"; distance with SBA, ramp with CGA; 21 min: passes.
        ["v4-h199-svh-97116-stiff-knee-toe-drags"] = new(
            """
            ## Daily Treatment Note — Outpatient Rehabilitation
            **Facility:** Saguache Valley Hospital, Center
            **Clinician:** Tomás Archuleta, PTA (supervising PT: Rosa Valdez, PT)

            ### Subjective
            The patient, a retired hay hauler, reported that his right toe catches on the wooden sidewalk in front of the feed store.

            ### Interventions
            - Gait training (CPT 97116) — 21 minutes
              - Gait training with the new carbon AFO and a single-point cane on the hospital ramp, the carpet and the gravel lot
              - Cues for heel strike and knee flexion in swing

            ### Assessment
            The right knee stays stiff in swing and the toe drags at the end of swing; right ankle dorsiflexion 2/5 after the peroneal nerve injury. Walked 350 feet with the cane and stand-by assistance; ramp with contact guard.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["G57.31", "M21.371"], [PTA("97116", 21)], []),

        // KVNPT "Findings: motor timing and sequencing — starts the step with the trunk before the leg, double-steps at the start of each turn, needs three rocks to get up" as the deficit; cued sit-to-stand, step initiation to a clap, sequenced turns in a box; 5xSTS and turn steps; "treated 1:1": passes.
        ["v4-h199-kvnpt-three-rocks-to-stand-findings"] = new(
            """
            Kickapoo Valley Neuro PT · La Farge, WI
            Daily note — 12/30/2026 — Signe Rundahl, PT, DPT
            97112 NMR 22 min, treated 1:1.
            Findings: motor timing and sequencing — she starts the step with the trunk before the leg, double-steps at the start of each turn and needs three rocks to get up from the kitchen chair.
            Treatment: sit-to-stand with a nose-over-toes cue on a count, step initiation to a clap, turning inside the taped box in a four-step sequence.
            Measures: 5xSTS 18.2 sec; 360° turn in 7 steps.
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // LMPT "Why: see last note" and no deficit anywhere else: deficit missing only.
        ["v4-h199-lmpt-why-see-last-note"] = new(
            """
            Lakeshore Motion PT
            Code: 97112 | Min: 23 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: tandem walking on the foam beam, catch-and-throw in staggered stance on the Airex, reactive side steps to a tap at the shoulder.
            Why: see last note
            #s: Berg 47/56; FSST 12.1 sec.
            Hal Everson, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // WMPT "What deficit did you target?" left unanswered and no deficit elsewhere: deficit missing only.
        ["v4-h199-wmpt-deficit-question-unanswered"] = new(
            """
            WMPT Visit Submission
            Codes performed (select all): 97112
            Minutes for each code you selected: 97112 — 22
            Was the visit one-on-one? One-on-one with the therapist
            What did you do? Rocker board in the patient's den with eyes closed, step-and-stick onto the rolled rug, walking with head turns to the front door and back.
            What deficit did you target?
            Objective measure and score: Berg 47/56; SLS R 6 sec
            Submitted by Hollis Trevino, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Halyard "Which system are we working on?: same" and no deficit elsewhere: deficit missing only.
        ["v4-h199-halyard-which-system-same"] = new(
            """
            Halyard PT — after-visit form
            What did we do? perturbations on the rocker board, stepping over the foam rolls to a stop, single-leg stance with ball taps.
            How long for each? (minutes) 97112: 23
            Was it just you and me the whole time? (required) Yes
            Which system are we working on?: same
            Numbers! (scores, seconds, microvolts, grades) Berg 48/56, SLS L 9 sec
            Tobias Wren, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // EchoChart KRPT, Raymond Kowalczyk (PTA): "Findings ▸ Doing well; tolerated all activities." with scores and no deficit anywhere: deficit missing; one-on-one, half-roll side-steps, rocker eyes closed, foam reaching, Berg and TUG present.
        ["v4-h199-krpt-doing-well-no-deficit"] = new(
            """
            EchoChart Scribe · Kittatinny Ridge Physical Therapy · Stroudsburg, PA
            Treating clinician: Raymond Kowalczyk, PTA (supervising PT: Bridget Szabo, PT)

            Reason for visit ▸ The patient says the holidays went fine and she is "ready to keep going."
            Services & time ▸ 97112 Neuromuscular re-education · 22 min
            What the patient did ▸ One-on-one with the PTA for the full time: lateral stepping over half foam rolls, standing on the rocker board with eyes closed, and reaching to targets while standing on foam.
            Findings ▸ Doing well; tolerated all activities. Berg Balance Scale 48/56; Timed Up and Go 11.6 seconds.
            Plan ▸ Progress as able.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // GLHS "Objective: Mini-BESTest 20/28 (16/28 at eval); 30-sec chair stand 11"; release-from-lean stepping, foam letter search with head turns, shoe-box obstacle course; late compensatory stepping; "Y": passes.
        ["v5-h199-glhs-mini-bestest-and-chair-stand"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 23
            Was pt treated 1:1 for all billed minutes?: Y
            Neuromuscular re-ed performed: compensatory stepping to a release from lean forward and backward, foam stance with a head-turn letter search, walking an obstacle course of shoe boxes.
            Impairment addressed: late compensatory stepping and impaired postural control after the fall on the ice at the bait shop.
            Objective: Mini-BESTest 20/28 (16/28 at eval); 30-sec chair stand 11.
            Therapist: Jolene Fullenkamp, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // SCMG OT grid 97530 21; taking ornaments off a mock tree, tote lifts to the closet shelf, step-stool reaches, with counts and assist; R shoulder weakness after cuff repair and standing balance: passes.
        ["v5-h199-scmg-ot-97530-putting-away-ornaments"] = new(
            """
            SANDHILL CRANE MEDICAL GROUP - OUTPATIENT OT
            Treatment Type: Individual
            Timed Procedures
            CPT | Description | Minutes | Units
            97530 | Therapeutic Activities | 21 | 1
            Activity: standing at the mock tree to take down 20 ornaments and wrap them in tissue; lifting the 4 lb ornament tote from the floor to the closet shelf 5 times; stepping up onto the step stool to reach the top shelf 3 times.
            Goal: put the decorations away on her own; limited by R shoulder weakness after the rotator cuff repair and standing balance on the stool.
            Assist: 20 ornaments with SBA; tote lifts with CGA; step stool with CGA.
            Corliss Dunning, OTR/L
            """,
            ["M75.121"], [OT("97530", 21)], []),

        // RSP 97110 with kilograms and centimetres, "14.05–14.21 (16')" matching; goblet squats, step-downs from a 20 cm box, weighted calf raises; R knee extensor and calf weakness after meniscus repair: passes.
        ["v5-h199-rsp-97110-kilograms-and-box-height"] = new(
            """
            Rosario Strait Physiotherapy — 29.12.2026
            97110 TE 14.05–14.21 (16') · 1:1
            Goblet squats 3 × 10 holding 8 kg, lateral step-downs from a 20 cm box 3 × 8 each leg, single-leg calf raises 3 × 15 wearing a 5 kg vest.
            R knee extensor and calf weakness after the lateral meniscus repair.
            Ingrid Sæther, fysioterapeut / PT
            """,
            ["S83.281D"], [PT("97110", 16)], []),

        // ONB Ebersole (PTA) dictated, "timed up and go eleven point eight seconds comma Berg forty six out of fifty six"; half-kneel stabilisation, clock-target stepping, rocker eyes closed; postural control and slow stepping after stroke; twenty two minutes; one on one: passes.
        ["v5-h199-onb-tug-spoken-in-words"] = new(
            """
            [Dictated with speech recognition — not proofread]
            neuromuscular re-education ninety seven one one two twenty two minutes period one on one period new paragraph rhythmic stabilization in half kneeling comma stepping to the clock targets on the floor comma standing on the rocker board with eyes closed period new paragraph poor postural control and a slow stepping reaction after the stroke comma she caught her toe on the new rug she got for Christmas period new paragraph timed up and go eleven point eight seconds comma Berg forty six out of fifty six period Tom Ebersole comma PTA
            """,
            ["I69.351"], [PTA("97112", 22)], []),

        // BMSPT hop distances ("Single leg hop R 142 cm (L 161 cm, 88% LSI)", triple crossover hop); drop landings onto foam, BOSU squats with a band pull, bounds to stick; R knee neuromuscular control after ACL; "1 on 1"; 23 min: passes.
        ["v5-h199-bmspt-hop-distances"] = new(
            """
            Blue Mesa Sports PT — Gunnison
            Impairment targeted: poor R knee neuromuscular control and a late quad response on landing after the ACL reconstruction
            97112 x 23 min, 1 on 1. Drop landings off the 12 in box onto foam, single leg squats on the BOSU with a band pull at the knee, lateral bounds to stick.
            Single leg hop R 142 cm (L 161 cm, 88% LSI). Triple crossover hop R 410 cm.
            Marco Esquibel PT DPT
            """,
            ["S83.511D"], [PT("97112", 23)], []),

        // TheraVoice NPNR, Brendan Quinlan (PTA): "Standardized measure: Functional Gait Assessment  Score: 18/30; gait speed with head turns 0.84 m/s"; head-turn walking, rocker eyes closed, foam-beam step-ons; bilateral vestibular hypofunction; one-on-one ticked; 22 min: passes.
        ["v5-h199-npnr-fga-and-head-turn-gait-speed"] = new(
            """
            TheraVoice Assist | Ninigret Pond Neuro Rehab — Charlestown, RI
            Clinician: Brendan Quinlan, PTA (supervising PT: Marisol Tavares, PT, NCS)
            Chief concern: The patient, a retired oyster farmer, says the floating dock "comes up to meet him" and he wants to walk the breachway on New Year's Day.
            Service: Neuromuscular re-education — 97112 — 22 min
            Delivery mode: ☑ One-on-one ☐ Concurrent ☐ Group
            Interventions performed:
            • Walking with horizontal and vertical head turns along the hallway
            • Standing on the rocker board with eyes closed
            • Stepping onto and off a foam beam with a pause
            Impairment addressed: Bilateral vestibular hypofunction with gait instability on uneven and moving surfaces.
            Standardized measure: Functional Gait Assessment  Score: 18/30; gait speed with head turns 0.84 m/s
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["H81.23"], [PTA("97112", 22)], []),

        // KU-PTC student SOAP, single 97116 "18 min" with gait speed, distance and assist; SPC on tile, carpet and ramp with cues; antalgic gait and quad weakness after TKA; "Pt : clinician ☒ 1:1"; CI paragraph: passes.
        ["v5-h199-ku-ptc-97116-gait-speed-and-distance"] = new(
            """
            KASKASKIA UNIVERSITY — PT FACULTY CLINIC
            S: Pt back from her son's in Peoria; wants to walk into the New Year's Day brunch without the walker.
            O: 97116 Gait training 18 min — gait training with the SPC on tile, carpet and the parking-lot ramp, cues for L heel strike and equal step length, turns at the cones. Pt : clinician ☒ 1:1
               Gait speed 0.88 m/s; 500 ft SPC with SBA; ramp with CGA.
            A: antalgic gait with a short R step and L quad weakness after the L TKA.
            P: progress to community distances.
            Student: Macy Dunlap, SPT. CI: I was present and directed this treatment; agree with the note. — Dr. Luis Ocampo, PT
            """,
            ["Z96.652"], [PT("97116", 18)], []),

        // ISU SPT "Outcome measures (name: score): SLS R eyes closed: 7 sec; side hop test: 14 in 30 sec"; rocker eyes closed, foam SLS with head turns, hop-and-stick; R ankle proprioception; "Minutes — 97112: 22"; CI co-signed: passes.
        ["v5-h199-isu-side-hop-and-sls"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Kaija Niemi
            Clinical instructor (CI): Arne Halvorsen, PT, DPT
            CPT code(s) billed: 97112
            Minutes — 97112: 22
            Treatment format (select one): Individual
            Interventions (list each with parameters): rocker board A/P eyes closed, single-leg stance on foam with head turns, hop-and-stick over the line forward and lateral
            Impairment(s) targeted: R ankle proprioception and a delayed peroneal response after the sprain on the icy stadium steps
            Outcome measures (name: score): SLS R eyes closed: 7 sec; side hop test: 14 in 30 sec
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // QBRH "OUTCOME MEASURE: BERG SCORE: 45/56; TUG 12.2 sec"; stepping-strategy pushes, foam eyes closed with head turns, walking with a tray; slow stepping reactions after the fall on the boat ramp; "☒ Individual"; 22 MIN: passes.
        ["v5-h199-qbrh-berg-score-filled"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHAB
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            DELIVERY: ☒ Individual ☐ Group
            INTERVENTION: stepping-strategy drills to pushes at the hips, foam stance with eyes closed and head turns, walking the hall carrying a tray.
            IMPAIRMENT: slow stepping reactions and impaired postural control after the fall on the frozen boat ramp.
            OUTCOME MEASURE: BERG SCORE: 45/56; TUG 12.2 sec
            Noreen Alley, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // PVH "OBJECTIVE: to be retested in January" and no number but the code and its minutes: measure missing only.
        ["v5-h199-pvh-objective-retest-in-january"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Wayne)
            NEUROMUSCULAR RE-EDUCATION (97112): 23 minutes
            MODE OF DELIVERY: [X] One-to-one [ ] Concurrent [ ] Group
            SKILLED INTERVENTION: PNF extension diagonal patterns of the Lt leg in standing, step-ups onto foam leading Lt with tapping at the Lt quad, lateral weight shifts at the mirror.
            IMPAIRMENT ADDRESSED: Lt hemiparesis with poor Lt knee control and weight acceptance after the Rt MCA stroke.
            OBJECTIVE: to be retested in January
            Adaeze Nwosu, PT
            """,
            ["I69.354"], [PT("97112", 23)], [At(Measure, "97112")]),

        // MWPT flowsheet for a 97110 with the exercises listed and the Dose column empty, and no number but the code and its minutes: measure missing on the 97110.
        ["v5-h199-mwpt-97110-dose-column-empty"] = new(
            """
            MotionWorks Physical Therapy — Bronx
            DAILY FLOWSHEET    Clinician: L. Fontaine, PTA
            1:1 [x]   Group [ ]   Aide-assisted [ ]
            Billing Summary: 97110 — 17 min
            Exercise                          | Dose          | Notes
            Sit-to-stand                      |               |
            Bridges                           |               |
            Side-lying hip abduction          |               |
            Standing heel raises              |               |
            Assessment: B hip extensor and abductor weakness; she can't climb the subway stairs at the station without the rail.
            """,
            ["M62.81"], [PTA("97110", 17)], [At(Measure, "97110")]),

        // Clarion CCBV, Ingrid Nakamura: "No formal testing today; he reported feeling steadier and needed less guarding" and no number but the code and its minutes: measure missing; one-on-one, foam head turns, beam tandem, rocker step-ons, somatosensory deficit present.
        ["v5-h199-ccbv-no-formal-testing-today"] = new(
            """
            CLARION AMBIENT — VISIT NOTE
            Clearwater Canyon Balance & Vestibular · Orofino, Idaho
            Clinician: Ingrid Nakamura, PT

            SESSION SUMMARY
            The patient, a retired jet-boat captain, reported that the boat ramp felt steadier over the holiday. The patient was treated one-on-one. The therapist provided standing on foam with eyes closed and head turns, tandem walking on the balance beam, and stepping onto and off the rocker board.

            FINDINGS
            Impaired use of somatosensory cues for balance with a slow ankle strategy. No formal testing today; he reported feeling steadier and needed less guarding than last week.

            TIME STATEMENT
            Neuromuscular re-education (97112): 22 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Ingrid Nakamura, PT.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // TheraVoice KPOR, Wes Oberle 97530: laundry-basket carry down the ramp, floor-to-dryer lifts, stepping over the hose, with the measure placeholder left and no count, load, assistance or other number: measure missing on the 97530.
        ["v5-h199-konza-97530-measure-placeholder-left"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Wes Oberle, PT
            Chief concern: The patient wants to do her own laundry in the basement again instead of waiting for her son.
            Service: Therapeutic activities — 97530 — 20 min
            Interventions performed:
            • Carrying a laundry basket down the clinic ramp and around the cones
            • Lifting the basket from the floor to the dryer-height table
            • Stepping over a garden hose laid across the path while carrying the basket
            Impairment addressed: Left knee and hip weakness after the left total knee replacement, with unsteady carrying.
            Standardized measure: [AI: not determined from audio — clinician to complete]
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["Z96.652"], [PT("97530", 20)], [At(Measure, "97530")]),

        // Clarion VRHT, Joe Koski (PTA): "She said she felt steadier than before Christmas" and no number but the code and its minutes: measure missing; one-on-one, threshold stepping, pillow stance eyes closed, turning with head turns, postural control present.
        ["v5-h199-vrht-felt-steadier-than-before-christmas"] = new(
            """
            CLARION AMBIENT — HOME VISIT NOTE
            Vermilion Range Home Therapy · Tower, Minnesota
            Clinician: Joe Koski, PTA (supervising PT: Annika Lindgren, PT)

            SESSION SUMMARY
            The visit took place in the patient's home, one-on-one; her grandson was shovelling the steps outside. The PTA provided stepping over the threshold to the sunporch with a stop, standing on a bed pillow with eyes closed, and turning in place with head turns at the kitchen table.

            ASSESSMENT
            Impaired postural control with a slow turning response and reduced ankle proprioception. She said she felt steadier than before Christmas.

            TIME STATEMENT
            Neuromuscular re-education (97112): 23 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Joe Koski, PTA.
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches and truly missing separate time

        // OCM two clock ranges, 97112 1330–1352 (22) and 97110 1352–1405 (13), both exact; each section with technique, deficit and numbers: passes.
        ["v6-h199-ocm-two-clock-ranges-112-110"] = new(
            """
            OCMULGEE RIVER PT — post-TPE daily note, rev. C
            97112 NMR 1330–1352 (1:1): step-and-stick off the 4 in box onto foam, perturbations at the pelvis in tandem, walking with head turns. Poor R ankle proprioception and a late ankle strategy. Berg 47/56; SLS R 6 sec.
            97110 TE 1352–1405: leg press 70 lb 3x12, heel raises 3x15, side-lying hip abduction 3x12. R hip abductor and calf weakness.
            Leland Fussell, PT
            """,
            ["S93.401D", "M62.81"], [PT("97112", 22), PT("97110", 13)], []),

        // ISU two minute boxes "Minutes — 97112: 23" and "Minutes — 97140: 10", both exact; Airex catches, hop-and-stick, rocker perturbations; talocrural glides and STM; L ankle proprioception and DF stiffness; SEBT and knee-to-wall; CI co-signed: passes.
        ["v6-h199-isu-two-minute-boxes-112-140"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Brynn Maki
            Clinical instructor (CI): Melissa Yoder, PT
            CPT code(s) billed: 97112, 97140
            Minutes — 97112: 23
            Minutes — 97140: 10
            Treatment format (select one): Individual
            Interventions (list each with parameters): 97112 — single-leg stance on the Airex with ball tosses 3 x 20, lateral hop-and-stick 2 x 8, rocker board perturbations; 97140 — talocrural posterior glides grade III, STM to the L peroneals
            Impairment(s) targeted: L ankle proprioception and dorsiflexion stiffness after the sprain at the rec-center pickup game
            Outcome measures (name: score): SEBT anterior L 57 cm (R 64 cm); knee-to-wall L 8 cm
            CI co-signature: Co-signed — M. Yoder, PT
            """,
            ["S93.402D"], [PT("97112", 23), PT("97140", 10)], []),

        // Halyard "How long for each? (minutes) 97112: 22, 97140: 11", both exact; laser joint-position training and foam gaze work; upper cervical SNAGs and suboccipital release; cervical proprioception and stiffness; error cm and rotation: passes.
        ["v6-h199-halyard-how-long-for-each-112-140"] = new(
            """
            Halyard PT — after-visit form
            What did we do? 97112: head-laser joint-position training to the wall targets, gaze stabilization with head turns standing on foam. 97140: upper cervical SNAGs into R rotation, suboccipital release.
            How long for each? (minutes) 97112: 22, 97140: 11
            Was it just you and me the whole time? (required) Yes
            Which system are we working on?: cervical proprioception and gaze stability; upper neck stiffness into R rotation
            Numbers! (scores, seconds, microvolts, grades) joint-position error 5.2 cm from R rotation, cervical rotation R 58°
            Tobias Wren, PT
            """,
            ["M54.2", "M53.0"], [PT("97112", 22), PT("97140", 11)], []),

        // CBMC Priya Raman's slashes with two codes, "97112 23 min one to one/ 97116 14 min/", both exact; step and stick, rocker, head-turn walking; quad-cane gait on the ramp and curb; postural control and hemiparetic gait; Berg, 10MWT and distance: passes.
        ["v6-h199-cbmc-raman-two-codes-112-116"] = new(
            """
            cbmc neuro 97112 23 min one to one/ 97116 14 min/ back from the tri-cities after xmas/ step and stick onto foam/ rocker board ap eyes closed/ walking w head turns/ then gait w quad cane on the ramp + parking lot curb, cues for l heel strike/ poor postural control + l hemiparetic gait after cva/ berg 42/56/ 10mwt 0.62 m/s/ 300 ft quad cane cga/ priya raman pt
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 14)], []),

        // MWPT "Billing Summary: 97112 — 22 min; 97116 — 15 min", both exact; flowsheet doses for foam, Airex and tandem; rollator gait with distance and SBA; ankle proprioception and shuffling; Berg: passes.
        ["v6-h199-mwpt-billing-summary-112-116"] = new(
            """
            MotionWorks Physical Therapy — Clinic #214 (Bronx, NY)
            DAILY FLOWSHEET    Date: 12/28/2026    Clinician: D. Acevedo, PT
            1:1 [x]   Group [ ]   Aide-assisted [ ]
            Billing Summary: 97112 — 22 min; 97116 — 15 min
            Exercise                          | Dose          | Notes
            Foam stance eyes closed           | 3 x 30 sec    |
            Step-and-stick onto Airex         | 2 x 8         | leading L
            Tandem walk with head turns       | 4 laps        |
            Gait: rollator on the ramp and the hallway, cues for step length and an upright trunk — 260 ft x 2 with SBA.
            Assessment: L ankle proprioception and postural sway; short, shuffling steps.
            Berg 44/56.
            """,
            ["R26.81", "R26.89"], [PT("97112", 22), PT("97116", 15)], []),

        // EMRT "Timed minutes: 97110=16, 97140=11. One-on-one.", both exact; press-ups, bird dogs, bridges, hinge with doses; central PAs, rotation mobilisation, STM; lumbar extension stiffness and trunk weakness; degrees and cm: passes.
        ["v6-h199-emrt-code-equals-minutes-110-140"] = new(
            """
            EMBARRAS RIVER THERAPY — Newton, IL
            12/30/2026  Jocelyn Hemrich, PT
            Timed minutes: 97110=16, 97140=11. One-on-one.
            97110: prone press-ups 2x10, bird dogs 3x10, bridges 3x12, hip hinge with the dowel 3x10.
            97140: L4–L5 central PAs grade III, side-lying rotation mobilization, STM to the lumbar paraspinals.
            Problem: lumbar extension stiffness and weak trunk extensors; his back grabs lifting the seed bags in the shed.
            Measures: lumbar extension 18° after (10° before); fingertips to floor 14 cm.
            """,
            ["M54.50"], [PT("97110", 16), PT("97140", 11)], []),

        // RBTC bilingual grid "| 97112 | … | 22 | 2 |" and "| 97116 | … | 16 | 1 |", both exact, "Sesión individual (1:1). Nieto presente"; foam reaching and pushes; SPC gait on tile and sidewalk with a curb; slow stepping and short step after hip fracture; Berg and distance: passes.
        ["v6-h199-rbtc-bilingual-grid-112-116"] = new(
            """
            RIO BRAVO THERAPY CENTER — Eagle Pass, TX
            Nota diaria / Daily note   12/29/2026   Terapeuta: Ana Lucía Villarreal, PT
            | CPT   | Servicio / Service           | Min | Units |
            | 97112 | Reeducación neuromuscular    | 22  | 2     |
            | 97116 | Entrenamiento de marcha      | 16  | 1     |
            Sesión individual (1:1). Nieto presente / grandson present.
            Reeducación (97112): foam stance reaching out of her base to the top shelf, stepping reactions to pushes at the hips, tandem walking with head turns.
            Marcha (97116): gait with the SPC on tile and on the broken sidewalk outside, cues for R heel strike, curb step-up and step-down.
            Problema / Problem: slow stepping reactions and a short R step after the R hip fracture.
            Medidas / Measures: Berg 43/56; 280 ft SPC with SBA.
            """,
            ["S72.001D"], [PT("97112", 22), PT("97116", 16)], []),

        // EchoChart TVHR, Graciela Montaño (OT): "97140 Manual therapy · 10 min | 97110 Therapeutic exercise · 16 min", both exact; radiocarpal glides and STM; wrist and forearm exercises with doses; L wrist stiffness and grip weakness; degrees and grip: passes.
        ["v6-h199-tvhr-ot-97140-and-97110-each-with-minutes"] = new(
            """
            EchoChart Scribe · Tanque Verde Hand & Rehab · Tucson, AZ
            Treating clinician: Graciela Montaño, OTR/L, CHT

            Reason for visit ▸ The patient, a retired mariachi guitarist, wants to play the New Year's Eve dance at the parish hall.
            Services & time ▸ 97140 Manual therapy · 10 min | 97110 Therapeutic exercise · 16 min
            What the patient did ▸ Manual therapy: radiocarpal distraction and dorsal glides grade III, soft-tissue mobilization to the forearm flexors. Therapeutic exercise: wrist extension with a 1-lb weight 3 x 12, supination with a hammer 3 x 10, putty gripping 3 x 15.
            Findings ▸ Left wrist stiffness and grip weakness after the left distal radius fracture. Wrist extension 42° before and 50° after; grip 18 lb (right 60 lb).
            Plan ▸ Add finger-strength putty for the chord changes.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["S52.502D"], [OT("97140", 10), OT("97110", 16)], []),

        // Clarion CCBV, Dale Whitehorse: "Neuromuscular re-education (97112): 23 minutes. Gait training (97116): 14 minutes.", both exact; one-on-one; foam head turns, cone step-overs, tandem eyes closed; trekking-pole gait on gravel and snow; bilateral vestibular loss; DGI and distance: passes.
        ["v6-h199-ccbv-time-statement-112-116"] = new(
            """
            CLARION AMBIENT — VISIT NOTE
            Clearwater Canyon Balance & Vestibular · Orofino, Idaho
            Clinician: Dale Whitehorse, PT, DPT

            SESSION SUMMARY
            The patient, a retired mill millwright, reported that he lost his footing on the dark path to the woodshed twice over the holiday. The patient was treated one-on-one. For neuromuscular re-education, the therapist provided standing on foam with head turns, stepping over a line of cones to a stop, and tandem stance with eyes closed. For gait training, the patient walked with a trekking pole on the gravel path outside and the snowy sidewalk, with cues for step length and keeping his head up.

            FINDINGS
            Bilateral vestibular loss after gentamicin, with unsteadiness in the dark and on uneven ground. Dynamic Gait Index 15/24; walked 400 feet on gravel with stand-by assistance.

            TIME STATEMENT
            Neuromuscular re-education (97112): 23 minutes. Gait training (97116): 14 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Dale Whitehorse, PT, DPT.
            """,
            ["H81.23"], [PT("97112", 23), PT("97116", 14)], []),

        // PTH "97116 [ 30 ] min" on a 19-minute line: mismatch; otherwise complete.
        ["v6-h199-pth-97116-30-on-19"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: pt's farmhouse off the county road
            Present: daughter, packing up to drive home after the holidays
            97116 [ 30 ] min
            Gait training with the rolling walker from the bedroom through the kitchen and out to the car in the drive, cues for step-through and staying inside the walker on turns.
            Why: short, shuffling steps and L knee weakness after the L TKA.
            Assist/Dist: 120 ft x 2 with CGA; drive 50 ft with SBA.
            Ellie Marchand, PT
            """,
            ["Z96.652"], [PT("97116", 19)], [At(Mismatch, "97116")]),

        // KMMC "Time calculation: 1300-1312 = 12 min" on a 24-minute line: mismatch; otherwise complete.
        ["v6-h199-kmmc-time-calculation-12-on-24"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (HARTFORD)
            PT DAILY NOTE
            Neuromuscular Re-education (97112)
            Time calculation: 1300-1312 = 12 min
            One-on-one: {Yes/No:1234} Yes
            Interventions: half-kneel to stand with rhythmic stabilization, step-and-stick onto foam, walking with head turns past the windows.
            Impairment: delayed balance reactions and reduced proprioception both ankles.
            Objective: Berg 47/56; SLS R 8 sec.
            Electronically signed by Gus Pfeiffer, PT
            """,
            ["R26.81"], [PT("97112", 24)], [At(Mismatch, "97112")]),

        // TRT "Codes: 97112 — 22 min (1:1); 97140 — 24 min" on a 22-minute 97112 and a 12-minute 97140: mismatch on the 97140 only; both sections complete.
        ["v6-h199-trt-second-code-24-on-12"] = new(
            """
            TONTO RIM THERAPY · Payson, AZ
            Daily note 12/31/2026 · Renata Cordova, PT
            Codes: 97112 — 22 min (1:1); 97140 — 24 min
            97112: rocker board with eyes closed, single-leg stance on foam with ball taps, stepping over the hurdles to a cue.
            97140: talocrural posterior glides grade III and STM to the R calf.
            Impairment: R ankle proprioception and dorsiflexion stiffness after the sprain on the Rim trail.
            Measures: SLS R 6 sec; knee-to-wall R 7 cm.
            """,
            ["S93.401D"], [PT("97112", 22), PT("97140", 12)], [At(Mismatch, "97140")]),

        // WRPT "Svc: 97112 NMR and 97116 gait" with only "Total timed treatment: 38 min" on its own line and no minutes for either code: separate time missing; both treatments complete.
        ["v6-h199-wrpt-total-only-112-116"] = new(
            """
            WHITE RIVER PT & BALANCE — daily note 12/29/2026
            Svc: 97112 NMR and 97116 gait
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            Total timed treatment: 38 min
            What we did: foam stance with head turns, stepping over the cane to a stop, pushes at the pelvis in tandem; then gait with the SPC on the parking-lot ice-melt mats and the curb, cues for heel strike.
            Why: late stepping reactions and a short L step after the L THA.
            Numbers: Berg 46/56; 400 ft SPC with SBA.
            J. Aldridge, PT
            """,
            ["Z96.642"], [PT("97112", 23), PT("97116", 15)], [SepTime]),

        // GLHS "Timed minutes 97112: 22" and "Timed minutes 97116: ___" left blank: separate time missing; both treatments complete.
        ["v6-h199-glhs-97116-minutes-blank"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 22
            Timed minutes 97116: ___
            Was pt treated 1:1 for all billed minutes?: Y
            Neuromuscular re-ed performed: foam stance with eyes closed, lateral stepping over hurdles, perturbations in tandem.
            Gait training performed: SPC on carpet, tile and the ramp, cues for R heel strike and an upright trunk.
            Impairment addressed: delayed balance reactions; antalgic gait after the R TKA.
            Objective: Berg 46/56; 350 ft SPC with SBA.
            Therapist: Brock Heitkamp, PT
            """,
            ["Z96.651"], [PT("97112", 22), PT("97116", 14)], [SepTime]),

        // HRR Boyd on the tablet, "Code: 97112 and 97110", "Time colon thirty seven minutes total for the two codes" and no minutes for either: separate time missing; both treatments complete.
        ["v6-h199-hrr-time-colon-total-for-two-codes"] = new(
            """
            Hatchie River Rehab — Brownsville — Daily Note (tablet)
            Code: 97112 and 97110 ☒ 1:1 ☐ Group
            Time colon thirty seven minutes total for the two codes
            Treatment colon rocker board with eyes closed comma step and stick onto the foam comma tandem walking with head turns period then sit to stand three sets of ten comma bridges three sets of twelve comma heel raises three sets of fifteen
            Deficit colon poor ankle proprioception and postural sway comma weak hips and calves
            Measure colon Berg forty six out of fifty six comma tandem stance nine seconds
            Latrice Boyd comma PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 24), PT("97110", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for 97110, 97530, 97140 and 97116, wholly generic notes

        // An empty note (the New Year's Eve half-day's export) on a 97112 with a diagnosis: DOC_NOTE_MISSING on the line and nothing else.
        ["v7-h199-empty-note-97112"] = new(
            "",
            ["R26.81"], [PT("97112", 23)], [At(NoteMissing, "97112")]),

        // A note of spaces and line breaks only on a two-code visit (97110, 97116) with no diagnosis: note missing on each line and diagnosis missing.
        ["v7-h199-whitespace-only-97110-97116-no-dx"] = new(
            " \n \n",
            [], [PT("97110", 14), PT("97116", 16)], [At(NoteMissing, "97110"), At(NoteMissing, "97116"), Dx]),

        // An empty note on an OT's 97530 with a diagnosis: note missing on the line and nothing else.
        ["v7-h199-empty-note-ot-97530"] = new(
            "",
            ["I69.351"], [OT("97530", 19)], [At(NoteMissing, "97530")]),

        // 97110's meaning in Mateo Velez's sentences at SNSS: goblet squats, slider reverse lunges and side planks with loads, sets and holds (technique and measure), L quad and glute weakness after the meniscus repair with a 5K goal (deficit); 18 minutes: passes.
        ["v7-h199-snss-97110-velez-new-years-5k"] = new(
            """
            Short North Sports & Spine — Mateo Velez, PT, DPT
            Therapeutic exercise (97110), 18 minutes. He did goblet squats with a 25 lb kettlebell, 3 sets of 10; reverse lunges onto a slider, 3 sets of 8 each leg; and side planks from the knees, 3 holds of 30 seconds each side. His left quad and glute are still weak after the meniscus repair, and he wants to run the New Year's Day 5K in Columbus.
            """,
            ["S83.242D"], [PT("97110", 18)], []),

        // 97530's meaning on a GLT OT note: taking down the garland and cards standing, putting them on the closet shelf, pushing the laundry cart with the walker (technique), standing balance and L shoulder reach after fracture (deficit), counts and assistance (measure); 21 min: passes.
        ["v7-h199-glt-ot-97530-taking-down-the-cards"] = new(
            """
            GREEN LAKE TERRACE — PART B THERAPY    Rm 14
            OT Daily Note 12/30/2026    Hallie Brandt, OTR/L
            Code: 97530 Therapeutic activities — 21 min   Mode: [X] Individual [ ] Concurrent
            Activity: taking down the garland and the Christmas cards from her wall standing, placing the cards in a shoebox on the closet shelf, pushing the laundry cart to the end of the hall with the walker in front.
            Deficit: standing balance and L shoulder reach after the proximal humerus fracture; goal is to keep her own room tidy.
            Measure: 14 cards taken down standing with SBA; cart pushed 80 ft with CGA.
            """,
            ["S42.202D"], [OT("97530", 21)], []),

        // 97140's meaning on an NLT SOAP: central PAs L4–S1, side-lying rotation mobilisation, STM to the QL and glute med (technique), lumbar hypomobility with R-sided pain (deficit), fingertip-to-floor cm (measure); "97140 (11 min)": passes.
        ["v7-h199-nlt-97140-firewood-cold-snap"] = new(
            """
            Norfork Lake Therapy — Mountain Home, AR
            SOAP — 12/29/2026 — Beau Whitlock, PT
            S: low back locked up after carrying the firewood in for the cold snap.
            O: 97140 (11 min): L4–S1 central PAs grade III, R side-lying rotation mobilization, STM to the R quadratus lumborum and glute med.
               Lumbar flexion fingertips to 20 cm from the floor after (31 cm before).
            A: lumbar hypomobility with R-sided low back pain and QL guarding.
            P: Continue POC in January.
            """,
            ["M54.50"], [PT("97140", 11)], []),

        // 97116's meaning on a TBH note: quad-cane gait down the hall and out to the lot with cues and turns (technique), R hemiparetic gait with toe drag (deficit), distance with CGA and 10MWT (measure); "97116 x 18 min": passes.
        ["v7-h199-tbh-97116-dance-at-the-vfw"] = new(
            """
            TENSAS BASIN HOSPITAL — REHAB SERVICES (ST. JOSEPH, LA)
            Daily Tx Note   12/28/2026   Earline Boudreaux, PT
            97116 x 18 min, one-on-one
            Treatment: gait training with the quad cane from the gym down the long hall and out to the parking lot, cues for R heel strike and hip extension, turning around the cone.
            Problem: R hemiparetic gait with a short L step and toe drag after the stroke; he wants to walk into the New Year's Eve dance at the VFW.
            Measure: 260 ft with the quad cane and CGA; 10MWT 0.54 m/s.
            """,
            ["I69.351"], [PT("97116", 18)], []),

        // 97530's meaning for a PT on a BTR note: deer-corn carries, kneel-to-stand off the porch-step box, climbing the mock deer-stand ladder (technique), loads, trips and assist (measure), R knee and hip weakness and standing balance after TKA (deficit); 20 min: passes.
        ["v7-h199-btr-pt-97530-deer-stand-ladder"] = new(
            """
            BIG THICKET REHAB — Silsbee, TX
            Daily Note 12/29/2026 · Harlan Vickery, PT
            97530 therapeutic activities 20 min
            Carrying a 10 lb bag of deer corn 40 ft across the gym for 3 trips, kneeling to the floor and back up using the porch-step box 4 times, climbing the first 3 rungs of the mock deer-stand ladder with the rail 3 times.
            Why: R knee and hip weakness and standing balance after the R TKA; he wants to get up in his stand before the season closes.
            Numbers: corn bag 3 of 3 trips with SBA; floor transfers with CGA; ladder with CGA.
            """,
            ["Z96.651"], [PT("97530", 20)], []),

        // Twomey capitals "BALANCE + COORDINATION WORK. PT TOL WELL, NO C/O." — wholly generic, one-on-one unstated.
        ["v7-h199-erpt-twomey-last-visit-of-the-year"] = new(
            """
            ERPT WED 97112 NMR 23 MIN. BALANCE + COORDINATION WORK. PT TOL WELL, NO C/O. LAST VISIT OF THE YEAR, CONT POC IN JAN. H TWOMEY PT.
            """,
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // SWPT "Session type: Individual, one-on-one. Worked on balance and stability. Pt did well." — wholly generic; one-on-one stated.
        ["v7-h199-swpt-worked-on-balance-and-stability"] = new(
            """
            StrideWell PT — Gulfton clinic 07
            Billing: 97112 NM Re-ed — 23 min
            Session type: Individual, one-on-one.
            Worked on balance and stability. Pt did well. Will continue per POC next year.
            Jorge Benavides, PT
            """,
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // CHST "97110 therapeutic exercise · 16 min. Therapeutic exercises per home program. Tolerated well. Continue current plan." — wholly generic for the 97110.
        ["v7-h199-chst-97110-per-home-program"] = new(
            """
            CHOPTANK SHORE THERAPY · Cambridge, MD
            Daily note · 12/30/2026 · Ruthanne Wingate, PT
            97110 therapeutic exercise · 16 min
            Therapeutic exercises per home program. Tolerated well. Continue current plan.
            """,
            ["M62.81"], [PT("97110", 16)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // LRR OT "Pt seen 1:1. Functional activities as tolerated. Good effort." on a 97530 — wholly generic.
        ["v7-h199-lrr-ot-functional-activities-as-tolerated"] = new(
            """
            LUMBEE RIVER REHAB — Pembroke, NC
            Treatment Note · 12/31/2026 · Vanessa Locklear, OTR/L
            97530 Therapeutic Activities: 19 min
            Pt seen 1:1. Functional activities as tolerated. Good effort. Continue with POC after the holiday.
            """,
            ["R26.89"], [OT("97530", 19)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes, and the ordinary weak ones

        // TNCH "Treatment was one-on-one."; belt-pull stepping strategy, tandem on the half foam roll, Airex reaching to cones; slow compensatory stepping in a crowd; Berg and FSST; 22 min: passes.
        ["vord-h199-tnch-crowd-at-the-zoo-lights"] = new(
            """
            THROGS NECK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION, PELHAM BAY SATELLITE
            Physical Therapy Daily Treatment Note          DOS: 12/29/2026
            Therapist: Rosalind Achebe-Marino, PT, DPT
            Service: 97112 Neuromuscular re-education — 22 min. Treatment was one-on-one.
            Interventions: stepping-strategy training to pulls at the gait belt, tandem walking on the half foam roll, reaching for cones outside the base of support on the Airex.
            Neuromuscular deficit: slow compensatory stepping and impaired postural control; she was knocked off balance in the crowd at the zoo lights.
            Objective: Berg 47/56; FSST 12.4 sec.
            Plan: progress perturbation strength.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // LHUH complete 97112 (direct one-on-one, VORx1 to a metronome in tandem, pitch head-turn walking, tilt board eyes closed; R vestibular hypofunction; DGI and DVA) but the visit carries no diagnosis code: diagnosis missing only.
        ["vord-h199-lhuh-complete-no-dx"] = new(
            """
            LOESS HILLS UNIVERSITY HOSPITAL — BALANCE CENTER (Missouri Valley, IA)
            Vestibular/Balance Treatment Note · 12/30/2026
            Clinician: Aaron Mikkelsen, PT, DPT
            97112 Neuromuscular Re-education: 22 min — direct one-on-one contact for all billed time.
            Interventions: VORx1 to a 2 Hz metronome in tandem stance, walking the 40 ft hallway with pitch head turns, standing on the tilt board with eyes closed.
            Impairment: R vestibular hypofunction with gaze instability and a wide-based gait in the dark.
            Outcomes: DGI 18/24; DVA loss 2 lines.
            """,
            [], [PT("97112", 22)], [Dx]),

        // ROIW retiree 97110, "Attendance: one-on-one"; cable rows, dumbbell press, wall push-ups, farmer carries with loads and doses; R shoulder and scapular weakness after cuff repair with a shovelling goal; flexion degrees and MMT; 17 min: passes.
        ["vord-h199-roiw-97110-shovel-the-walk"] = new(
            """
            SKUNK RIVER IMPLEMENT WORKS — ON-SITE HEALTH & THERAPY (Oskaloosa plant, Building C)
            Retiree Therapy Visit · Medicare Part B · 12/28/2026
            Retiree: H. De Jong (retired forklift driver, shipping dock)
            Therapist: Greta Huisman, PT
            Code / time: 97110 — 17 min
            Attendance: one-on-one
            Treatment: rows on the cable column 30 lb 3x12, overhead press with 5 lb dumbbells 3x10, wall push-ups 3x12, farmer carries with 15 lb kettlebells 3 laps of the gym.
            Why: R shoulder and scapular weakness after the rotator cuff repair; he wants to shovel his own walk.
            Measures: R shoulder flexion 142°; ER strength 4-/5.
            """,
            ["M75.121"], [PT("97110", 17)], []),

        // MTCH "Seen individually."; shoulder stabilisation in staggered stance, foam step-ups with a pause, head-turn walking to the wall cards; delayed balance reactions and ankle proprioception with a watch-night goal; Berg and TUG; 23 min: passes.
        ["vord-h199-mtch-watch-night-altar-rail"] = new(
            """
            MOUNT TABOR COMMUNITY HEALTH — THERAPY SERVICES
            A non-profit ministry clinic · Hawesville, KY
            Daily Note · 12/30/2026 · Clinician: Deborah Quisenberry, PT
            97112 (Neuromuscular re-ed): 23 min
            Seen individually.
            Treatment: rhythmic stabilization at the shoulders in staggered stance, step-ups onto the foam block with a pause, walking with head turns to read the cards on the hall wall.
            Problem: delayed balance reactions and reduced ankle proprioception; she wants to walk up to the altar rail at the watch-night service.
            Measures: Berg 46/56; TUG 12.0 sec.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // SVRHC "Billed: 97116, 18 minutes."; SPC gait in the hall, the wet gravel lot and the ramp with cues; antalgic L stance and hip weakness after THA; distance and gait speed: passes.
        ["vord-h199-svrhc-97116-moss-by-the-mailbox"] = new(
            """
            SIUSLAW VALLEY RURAL HEALTH CLINIC — Physical Therapy · Mapleton, OR
            Visit note, 12/29/2026, Wren Tollefson, PT
            Billed: 97116, 18 minutes.
            Intervention: gait training with the SPC in the clinic hallway, on the wet gravel lot and up the ramp, cues for L heel strike and a longer R step.
            Impairment: short, antalgic L stance and L hip weakness after the L THA; she slips on the moss by the mailbox.
            Measures: 450 ft SPC with SBA; gait speed 0.86 m/s.
            """,
            ["Z96.642"], [PT("97116", 18)], []),

        // KBR "97112 NMR 22 min, one-on-one"; rocker eyes closed, lateral foam steps to a stop, tandem carrying buckets; ankle proprioception and slow stepping; Berg and tandem: passes.
        ["vord-h199-kbr-hauling-water-across-the-ice"] = new(
            """
            Kachemak Bay Rehab · Anchor Point, AK
            12/30/2026 · Solveig Ahlstrom, PT
            97112 NMR 22 min, one-on-one
            Did: rocker board with eyes closed, lateral stepping onto the foam to a stop, tandem walking with a bucket in each hand.
            For: reduced proprioception both ankles and slow stepping; he hauls water across the ice from the truck to the cabin.
            Result: Berg 48/56; tandem 9 sec.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // SCR "Attendance: ☒ 1:1 ☐ Concurrent ☐ Group"; rocker perturbations, half-kneel stabilisation, step-and-stick off the box; slow reactive stepping and knee proprioception after TKA; Berg and counts; 23 min: passes.
        ["vord-h199-scr-stepping-down-from-the-combine"] = new(
            """
            SAWLOG CREEK REHAB — Ness City, KS
            DAILY TX NOTE    12/28/2026    Bryce Kuhlman, PT
            CPT 97112 (NM re-ed) — 23 min
            Attendance: ☒ 1:1  ☐ Concurrent  ☐ Group
            Tx: perturbations at the pelvis on the rocker board, half-kneel to stand with rhythmic stabilization, step-and-stick off the 6 in box onto foam.
            Deficit: slow reactive stepping and R knee proprioception after the R TKA; he wobbles stepping down from the combine.
            Obj: Berg 47/56; step-and-stick 8 of 10 with SBA.
            """,
            ["Z96.651"], [PT("97112", 23)], []),

        // KPNT "97116 Gait training (19 min)"; hemi-walker and AFO gait in the gym and up the ramp with cues and wide turns; L hemiparetic gait with circumduction; 10MWT and distance with CGA: passes.
        ["vord-h199-kpnt-97116-hemi-walker-ramp"] = new(
            """
            KONZA PRAIRIE NEURO THERAPY — Manhattan, KS
            Gait session · 12/29/2026 · Sione Taufa, PT, DPT
            97116 Gait training (19 min): overground gait with the hemi-walker and the L AFO in the gym and up the entry ramp, cues for L hip flexion and heel strike, wide turns around the cones.
            Impairment: L hemiparetic gait with circumduction and a short R step after the R MCA stroke.
            Measures: 10MWT 0.46 m/s; 140 ft hemi-walker with CGA.
            """,
            ["I69.354"], [PT("97116", 19)], []),

        // NVOR two codes, "97112 (neuromuscular re-ed) 23 min, 1:1; 97140 (manual therapy) 11 min", both exact; foam step-downs with a tap, rocker mini-squats, tandem with head turns; patellar and tibiofemoral mobs; knee proprioception and extension stiffness after TKA; Berg and degrees: passes.
        ["vord-h199-nvor-two-codes-knee-112-140"] = new(
            """
            NASHOBA VALLEY OUTPATIENT REHAB — Pepperell, MA
            Daily Note · 12/31/2026 · Caitlin Moynihan, PT, DPT
            97112 (neuromuscular re-ed) 23 min, 1:1; 97140 (manual therapy) 11 min.
            Interventions: 97112 — step-downs onto foam with a tap at the quad, mini-squats on the rocker board, tandem walking with head turns. 97140 — patellar superior glides, tibiofemoral extension mobilizations grade III, STM to the posterior knee.
            Target: R knee proprioception and postural control; R knee extension stiffness after the R TKA.
            Data: Berg 49/56; R knee extension -3° (was -7°).
            """,
            ["Z96.651"], [PT("97112", 23), PT("97140", 11)], []),

        // Quillstone PSSP, Hollis Tate: "— 22 minutes, one-on-one", BOSU perturbations, step-downs to a stick, crash-mat walking with head turns, the hedged AI sentence beside them; L knee proprioceptive deficit after meniscus repair; SLS on foam and counts: passes.
        ["vord-h199-pssp-duck-blind-hummocks"] = new(
            """
            ## Daily Note
            **Clinic:** Pamlico Sound Sports & Spine PT — Washington, NC
            **Clinician:** Hollis Tate, PT, DPT, SCS

            ### Subjective
            The patient, a duck-hunting guide, reported that his left knee "shifts" climbing into the blind on the marsh hummocks.

            ### Interventions
            - Neuromuscular re-education (97112) — 22 minutes, one-on-one
              - Single-leg stance on the BOSU with perturbations at the knee
              - Lateral step-downs onto foam with a stick landing
              - Walking across the crash mats with head turns
            - Balance activities were performed to improve stability.

            ### Assessment
            Left knee proprioceptive deficit and poor dynamic knee control after the meniscus repair. Single-leg stance on foam left 9 seconds (right 21 seconds); 7 of 10 step-downs stuck.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["S83.232D"], [PT("97112", 22)], []),

        // Clarion VRHT, Annika Lindgren 97116: four-wheeled-walker gait out the mudroom and on the plowed drive, ice cleats on packed snow, cues; distance with SBA; shuffling short L step with hip weakness after fracture; "Gait training (97116): 21 minutes.": passes.
        ["vord-h199-vrht-97116-bonfire-on-the-lake"] = new(
            """
            CLARION AMBIENT — HOME VISIT NOTE
            Vermilion Range Home Therapy · Tower, Minnesota
            Clinician: Annika Lindgren, PT

            SESSION SUMMARY
            The patient wants to walk to the end of the dock road for the New Year's Eve bonfire on the lake. The therapist provided gait training with the four-wheeled walker from the bedroom to the mudroom and out on the plowed drive, with cues for staying inside the walker and taking a longer left step, then practice in ice cleats on the packed snow. He walked 250 feet on the drive with the walker and stand-by assistance and took 2 rest stops.

            ASSESSMENT
            Shuffling, shortened left step with left hip weakness after the left hip fracture.

            TIME STATEMENT
            Gait training (97116): 21 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Annika Lindgren, PT.
            """,
            ["S72.002D"], [PT("97116", 21)], []),

        // MRH "Delivery: [X] Individual"; tall-kneel stabilisation, PNF chops on foam, step-and-stick off the box; trunk motor control and late L step after CVA; Berg and 10MWT; heading 22 min: passes.
        ["vord-h199-mrh-individual-pnf-chops"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 12/30/2026    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 22 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Rhythmic stabilization in tall kneeling, PNF chops standing on foam, step-and-stick to the L off the 4 in box.
            Impairment: trunk motor control and a late L step after the R CVA.
            Objective: Berg 42/56; 10MWT 0.74 m/s.
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // TRH complete 97112 ("Delivered one-on-one; no other patient on my schedule", release-from-lean stepping, foam ball toss, tandem with head turns; delayed reactive stepping; Berg and releases) but no diagnosis on the claim: diagnosis missing only.
        ["vord-h199-trh-complete-no-dx"] = new(
            """
            TIDEWATER REGIONAL HEALTH - OUTPATIENT REHABILITATION (GLOUCESTER)
            Physical Therapy Treatment Note
            Neuromuscular Re-education (97112): 22 min
            Delivered one-on-one; no other patient on my schedule during this time.
            Interventions: stepping reactions to a release from lean, foam stance with a ball toss, tandem walking with head turns.
            Impairment: delayed reactive stepping and impaired postural control.
            Objective: Berg 45/56; 4 of 6 releases recovered with one step.
            Corinne Tabb, PT
            """,
            [], [PT("97112", 22)], [Dx]),

        // PROT Haugen (OT) dictated 97110 "sixteen minutes comma one on one"; tendon glides, weighted wrist flexion and extension, putty opposition with doses; L wrist stiffness and grip weakness after the cast came off, a skate-lacing goal; dynamometer kg: passes.
        ["vord-h199-prot-ot-97110-lacing-the-skates"] = new(
            """
            Pelican Rapids OT & Hand — dictation
            Therapeutic exercise ninety seven one one zero comma sixteen minutes comma one on one period tendon glides two sets of ten comma wrist flexion and extension with a one pound weight three sets of twelve comma thumb opposition with the yellow putty three sets of fifteen period left wrist stiffness and grip weakness since the cast came off comma she wants to lace her grandson's skates for the rink on New Year's Day period grip dynamometer left eighteen kilograms comma right twenty nine kilograms period Ingrid Haugen comma O T R slash L
            """,
            ["S52.572D"], [OT("97110", 16)], []),

    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
