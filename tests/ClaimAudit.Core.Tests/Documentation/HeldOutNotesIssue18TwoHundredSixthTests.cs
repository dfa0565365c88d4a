using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The two-hundred-and-sixth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read for
/// their format, for these clinics' templates and products, and to write patients, sentences and numbers they do not
/// already have). The engine's output on these notes was never looked at while writing them, and the tests were never
/// run by the reviewer. Written 2026-12-07 (blind), the set is one random Tuesday's notes, Tuesday 1/5/2027 (the first
/// full week back after the holidays, the eve of Twelfth Night and Three Kings' Day), drawn across ALL the clinics of the
/// hundred-and-ninety-fifth to two-hundredth sets — the holiday-week and year-end clinics, the forty new clinics of the
/// hundred-and-ninety-sixth, the AI-scribe clinics and products of the hundred-and-ninety-seventh and two-hundredth, and
/// the clinics of the hundred-and-ninety-eighth — each clinic in its own template, voice and vocabulary (and each scribe
/// product in its own house style) as those files show them, and none with more than three notes: no new styles, only
/// new patients and new wording inside the same templates. It measures how the analyzer does across styles it has seen,
/// with notes it has not; it is run once, at the end of the session. About two thirds are ordinary and complete (71 of
/// 110), single- and two-code visits (97110, 97112, 97116, 97140, 97530), by PTs, PTAs, OTs and students under their
/// instructors, from ninety-three clinics:
/// <list type="number">
/// <item>the clinics of the hundred-and-eighty-second to hundred-and-ninety-fourth sets that the hundred-and-ninety-fifth
/// and -eighth carried: Mercy Ridge Hospital (MRH: "NEUROMUSCULAR RE-EDUCATION 97112 — 22 min", "Delivery: [X] Individual
/// …"), Quarry Hill PT (QHPT: "97112 — 23 min. Seen 1:1."), Bighorn Home &amp; Outpatient Therapy (BHOT: a clock range on
/// the code's line), Chelan Basin Medical Center (CBMC: Priya Raman's slashes), Encampment River PT (ERPT: Gail
/// Sorensen's lower-case "eod" run-on), Bootheel Orthopaedic &amp; Sports Medicine (BOSM: Kimberly Askins' pipes),
/// Wintergreen Movement Disorders Center (WMDC: "Med state:", "Pt says:"), Petit Caillou PT (PCPT: dotted code lines,
/// "cher", the "Bayou Balance" levels), Rosario Strait Physiotherapy (RSP: "05.01.2027", "(18')", kilograms), Lakeshore
/// Motion PT (LMPT: "Code: | Min: | Attendance: (x) 1:1", "Why:", "#s:"), Porchlight Therapy at Home (PTH: "Visit at:",
/// "Present:", "97116 [ 31 ] min"), Touchet Valley PT (TVPT: "One-on-one for the entire billed service? Y"), Ocmulgee
/// River PT (OCM: a clock range on each timed code's line), Quoddy Bay Regional Hospital (QBRH: "OUTCOME MEASURE: FGA
/// SCORE:"), Middle Loup Mobile PT (MLMPT: Carla Hindman's "pt n me" and "meas"), White River PT &amp; Balance (WRPT:
/// "Total timed treatment:"), Harbor Light PT (HLPT: "Billed: 97112 (23 min)"), St. Columba Memorial (SCMH: "Measures
/// (Last | Today):"), Red Butte Vestibular &amp; Concussion (RBVC: "Tx: ☐ gaze stab ☒ habituation ☐ OKN"), Wexford Commons
/// (WCOPT: "97110 Therapeutic exercise — 20 min:"), High Desert NeuroRecovery (HDNR: "97530 [ 21 ] min"), Malheur Bend
/// (MBOG: "→ 97140 · 11 min ·", "▸ measured by:"), Blackberry Creek Hospital (BCH: "Goal #3 —", "Treated with: 97116 (19
/// min)", "How we know:"), Caney Fork PT (CFPT: OfficeMate capitals), Wayfarer Mobile PT (WMPT: the Visit Submission),
/// Ironwood State University's SPT Daily Note (ISU: "Minutes — 97112:"), Halyard PT's after-visit form ("How long for
/// each?"), North Country Neuro PT (NCNPT: Gordon Tveit's capitals), Pennyroyal Senior Care (PSC: form B-7 and its
/// grid), Cedar Crest Health's neuro team note (CCNRI: "CPT | Furnished by | Min"), Kaskaskia University's PT Faculty
/// Clinic (KU-PTC: "Pt : clinician ☒ 1:1" and the CI's paragraph), Harbor Point PT (HPPT: Tess Nakamura), Meridian Global
/// Therapy Staffing (MGTS: "CPT / mins:", "Mode:", "Kindly note"), Oriskany Valley Health (OVH: "SERVICE DELIVERY: [X]
/// 1:1 [ ] GROUP"), Grand Lake Health System (GLHS: "Timed minutes 97112:", "Was pt treated 1:1 for all billed
/// minutes?:"), Horicon Marsh Home Therapy (HMHT: "Individual treatment? ■ Yes □ No"), Sycamore Shoals (SSHR: "Mode: ☑
/// Individual …" with a box struck in words), Lafayette River Neuro Balance Clinic (LRNB: "Yes ☐ No ☒"), Yakima Ridge
/// Veterans Community Care (YRVC: a military clock range), Ontonagon Rural Health (ORH), Stephens County Home Health
/// (SCHH), Northern Plains Sports Medicine (NPSM: "Individual (1 PT : 1 athlete)"), Gateway Arch PT (GAPT), Indian Hill
/// Spine &amp; Sport (IHSS), Flatirons Vestibular &amp; Balance (FVB), Kettle Moraine Medical Center (KMMC: "Time
/// calculation:", "{Yes/No:1234} Yes"), Tensas Basin Hospital (TBH: minutes before the code), Green Lake Terrace (GLT),
/// MotionWorks PT (MWPT: "Billing Summary:"), StrideWell PT (SWPT: "Session type:") and Ozaukee Neuro &amp; Balance (ONB:
/// Tom Ebersole's dictation with its spoken "period");</item>
/// <item>the forty clinics of the hundred-and-ninety-sixth set, of which these had notes this Tuesday: Kankakee Valley
/// Memorial's Orthopaedic Wing (KVMH-O: "97112 __23__", "One-on-one for timed minutes: ______") and Neuro Wing (KVMH-N:
/// dotted lines, "Service delivery: [X] Individual"), Throgs Neck Community Hospital's Pelham Bay satellite (TNCH:
/// "Service: 97112 … — 23 min. Treatment was one-on-one …"), Loess Hills University Hospital's Balance Center (LHUH:
/// "direct one-on-one contact for all billed time"), Les Cheneaux Health (LCH), Ocotillo Ridge PT (OCR: "Visit 11 ·"),
/// Upatoi Creek Therapy (UCT: "1:1: ☒ Yes ☐ No" and the impairment row), Apalachee Bay PT (ABPT), Pearl River Neuro
/// Rehab (PRNR: "Exam findings today:"), Tonto Rim Therapy (TRT: "Codes:"), Rio Bravo Therapy Center (RBTC: the bilingual
/// grid), Summit Trail PT (STPT: the PTA daily note and the "Cairn program" stages), Mount Tabor Community Health (MTCH:
/// "Seen individually."), Skunk River Implement Works' on-site clinic (ROIW: a retiree's Part B visit), Drowning Creek
/// Senior Care (DCSC: "Delivery: □ Individual □ Concurrent ■ Group …"), Siuslaw Valley Rural Health Clinic (SVRHC:
/// "Billed: 97112, 22 minutes, one-on-one in the PT room."), Samish Flats Therapy (SFT), Kachemak Bay Rehab (KBR:
/// "Did:", "For:", "Result:"), Konza Prairie Neuro Therapy (KPNT), Kickapoo Valley Neuro PT (KVNPT: "Findings:"),
/// Embarras River Therapy (EMRT: "Timed minutes: 97112=23, 97110=14."), Monadnock Hills Therapy (MHT: "Standardized
/// test: FGA  Score: ______"), Nashoba Valley Outpatient Rehab (NVOR: "Data:"), Androscoggin Falls Rehab (AFR: a short
/// SOAP), Brush Mountain Balance (BMB: the attendance and technique boxes) and Lumbee River Rehab (LRR);</item>
/// <item>the AI-scribe clinics of the hundred-and-ninety-seventh set: Quillstone Scribe's markdown at Saguache Valley
/// Hospital (SVH) and Pamlico Sound Sports &amp; Spine (PSSP, with "[Edited by K.B., PTA: …]"), Clarion Ambient's
/// "SESSION SUMMARY" / "FINDINGS" / "TIME STATEMENT" at Clearwater Canyon Balance &amp; Vestibular (CCBV) and Vermilion
/// Range Home Therapy in Tower, Minnesota (VRHT), TheraVoice Assist's fields and its "[AI: not determined from audio —
/// clinician to complete]" placeholder at Ninigret Pond Neuro Rehab (NPNR) and Konza Prairie Outpatient Rehab (KPOR),
/// and EchoChart Scribe's "Services &amp; time ▸" sections at Tanque Verde Hand &amp; Rehab (TVHR) and Kittatinny Ridge
/// PT (KRPT, with its "Steady Steps circuit" cards);</item>
/// <item>the AI-scribe clinics of the two-hundredth set: Wrenfield Scribe's bulleted SOAP with its radio line "•
/// Treatment format: (•) 1:1 ( ) concurrent ( ) group" and "~~22~~ 12 min (corrected by JZ)" at Coldwater Draw PT (CDPT)
/// and Tuscarora Mountain Rehab (TMR), Parley Notes' paragraph per code at Siskiwit Bay Therapy (SBT) and Red Hills
/// Neuro &amp; Balance (RHNB), Tabula AI's "| CPT | Intervention | Details | 1:1 | Time (est.) |" table at Bridger
/// Foothills Sports PT (BFSPT) and Nehalem Bay Rehab (NBR), and RecapIQ's question-and-answer recap at Piankatank River
/// Home Therapy (PRHT) and Mogollon Rim Outpatient Therapy (MROT).</item>
/// </list>
/// This Tuesday's people: a husband in the car park with the heater running, a daughter who drove her father over from
/// Moxee, a sister in the waiting room with the coats, a son writing down the home exercises, a brother out in the truck,
/// a grandson who drove down from Pierce, a wife in the hall, a grandson shovelling the back steps, a wife sitting in on a
/// neuro visit, a daughter in the lobby, a husband at a bilingual visit, a daughter putting away the Christmas dishes, a
/// husband mending crab pots, a wife hauling the tree to the burn pile and a wife waiting in the car (none of them a
/// patient; the 1030 post-op shoulder patient on the NuStep, a second athlete on the slide board, Mr. Rawls at his BAPS
/// work, a second patient in the vestibular room after the snow-day reschedules, a balance group at TMR and two
/// residents at the kitchenette are); a retired seamstress, an orchard tractor driver, a cane-syrup cook, a sheep
/// rancher on the ridge, a retired steelhead guide, a grain-truck driver, a mountain-route school-bus driver, a
/// tobacco-warehouse hand, a high-school wrestler, a retired rural mail carrier, a seed-potato sorter, a snowmaking-crew
/// driver, a retired saddle maker, a crabber, a setnetter, a retired shipyard rigger, a sugarmaker, a retired slate-quarry
/// foreman, a weaver, a calf raiser on the family dairy, a hog-barn checker, a retired welder and a retired paper-mill
/// millwright.
/// Each note's DOC_* findings were judged by hand as a payer reviewer who knows these clinics' templates, writers and
/// scribe products, applying the contract to what the filled-in text says: an unticked row, an empty field, "___",
/// "______", "—", "see eval", "see plan", a radio line with nothing selected, an unanswered question on a form, an AI
/// placeholder left unedited and an "[unclear]" standing in for a whole answer state nothing; a ticked box, a selected
/// radio button, a "✓" in a 1:1 column and a filled blank state what they name, and a ticked "No" or a "no" in a 1:1
/// column their opposite; a box struck as entered in error (said in words, with the box that stands) is withdrawn; the
/// therapist's edit stands over what the scribe wrote ("~~22~~ 12 min (corrected by JZ)" gives the right-hand minutes,
/// an edit saying the techniques were planned and not done withdraws them, an edit to a placeholder states what it
/// says); a generic or hedged AI sentence states only what it says; a spoken "period" is punctuation and a number spoken
/// in words is that number; a lower-case or slash-separated run-on says what it would in capitals; a programme's name,
/// stage, card or level is not a technique; a named test with no number is not a measure; a back-after-the-holidays or
/// Twelfth Night remark changes nothing a reviewer checks; and a student's note co-signed by the instructor is read as
/// the visit's note:
/// <list type="bullet">
/// <item>class 1 (v1-h206-…): one-on-one in these writers' own words (MGTS "Mode: one-to-one; husband waited in the car
/// park", a YRVC clock range "one-on-one with the Veteran throughout" with his daughter in the lobby, TNCH "Treatment was
/// one-on-one; her sister sat in the waiting room", Parley's "treated one-to-one for the whole of this portion; her son
/// sat in …", RecapIQ's "Yes — just him and Renata the whole time", Clarion's "seen one-on-one for the neuromuscular
/// re-education" with a grandson in the room, LHUH's "direct one-on-one contact for all billed time; his wife waited in
/// the hall"), notes that negate it (a GLHS "N - the 1030 post-op shoulder pt was on the NuStep in the same bay", a
/// Tabula row alternated with a second athlete with "no" in the 1:1 column, a Quillstone "one-on-one" the PTA's edit
/// withdraws for Mr. Rawls at the BAPS) or never state it (Sorensen's run-on), and a DCSC OT's 97530 at the kitchenette
/// with two other residents, which has no one-on-one check;</item>
/// <item>class 2 (v2-h206-…): checkbox, blank, radio and placeholder states — ticked (OVH "[X] 1:1", HMHT "■ Yes □ No",
/// BMB "☒ Yes" with "☒ PNF" and "☒ Gaze stabilization", Wrenfield "(•) 1:1", RBVC "☒ habituation"), ticked the other
/// way (LRNB "Yes ☐ No ☒"), struck (an SSHR "☑ Concurrent — struck, entered in error" beside a ticked Individual, a
/// Wrenfield "~~(•) 1:1~~ ( ) concurrent (•) group (corrected by JK)"), blank (a PSC delivery row, a UCT impairment row, an
/// MHT "Standardized test: FGA  Score: ______", a KVMH-O "One-on-one for timed minutes: ______") and a TheraVoice
/// placeholder the PTA edited to one-on-one;</item>
/// <item>class 3 (v3-h206-…): named protocols, programmes and techniques (LSVT BIG's maximal daily exercises spelled out,
/// Maitland glides for 97140, instrument-assisted soft-tissue mobilisation with mobilisation with movement for 97140,
/// body-weight-supported treadmill training to a metronome for 97116, PNF agonistic reversals with rhythmic stabilisation,
/// backward chaining of a tub transfer by an OT for 97530, eccentric decline squats for 97110, optokinetic habituation,
/// Stroop dual-task stepping), a programme's level, stage or card as the only technique ("Bayou Balance level 9",
/// "Summit Trail Cairn program, stage 2", "Steady Steps circuit, card E"), and a Quillstone edit saying the techniques
/// the scribe wrote were planned for Thursday;</item>
/// <item>class 4 (v4-h206-…): deficits stated as findings (monofilament sites and great-toe position errors on the
/// ice-shanty step, a hip that hikes on the skate push-off, rebound and overshoot of a leg with slow alternating taps, a
/// knee that snaps back on the porch ramp, lateropulsion after a lateral medullary stroke, thumb and pinch weakness for
/// a 97110, a crab-ring and cooler goal for a 97530, a positive Romberg with absent toe position sense) and notes that
/// state none (an LMPT "Why: —", a WMPT "see eval", a Tabula "Impairment: [unclear]", an HLPT "A: Progressing
/// well.");</item>
/// <item>class 5 (v5-h206-…): measures in every usual form (a 30-second chair stand against last month, SCMH "Last |
/// Today", counts and assistance for an OT's 97530, kilograms and a 30 cm box for 97110, a Mini-BESTest and a TUG spoken
/// in words, Y-balance and hop distance from a student, knee flexion degrees for 97140, feet and assistance for 97116) and
/// notes with none (a QBRH "FGA SCORE: ____", an MLMPT "meas none today", an MWPT 97116 with no distance or assistance,
/// a Clarion "Formal testing was not repeated today", an LRR OT's "moving better");</item>
/// <item>class 6 (v6-h206-…): minutes in these templates' forms (two OCM clock ranges, EMRT "97112=23, 97110=14",
/// Halyard's "How long for each?" with two, a KU-PTC "O:" with two, a bilingual RBTC grid with 97110 and 97140, two
/// Tabula rows, EchoChart's "97112 … · 22 min | 97116 … · 15 min", two KVMH-N dotted lines) and true mismatches (a PTH
/// "97116 [ 31 ] min" on 20, a KMMC "Time calculation" of 36 on 23, a TRT second code's 26 on 14, a Wrenfield "~~22~~ 12
/// min (corrected by JZ)" on a line billed at the scribe's 22) and truly missing separate time (a WRPT total on its own
/// line for two codes, a GLHS "Timed minutes 97110: ___");</item>
/// <item>class 7 (v7-h206-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (WCOPT), 97530 (an HDNR OT's hay, bucket and gate tasks), 97140 (MBOG
/// lumbar mobilisation) and 97116 (BCH), and wholly generic notes (CFPT capitals with no 1ON1 FLAG, a SWPT one-on-one
/// "Balance and coordination exercises done", a Quillstone "participated in therapeutic exercise per the plan of care",
/// an SSHR OT's "ADL-type activities completed per plan", a TVPT "manual techniques per the plan of care");</item>
/// <item>ordinary (vord-h206-…): complete notes of these clinics that a reviewer passes (the false-positive guard) — one
/// with Wrenfield's hedged AI sentence beside the specifics, one with a "(?)" on a name — and the ordinary weak ones: two
/// complete notes with no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — wives, husbands, sons, daughters,
/// grandsons, a sister, a brother, other patients named or placed (the 1030 post-op shoulder patient, Mr. Rawls, a second
/// athlete, a balance group, two residents), clock times of other patients, visit counts, a diagnosis code in a
/// header, step and box heights in inches and centimetres, loads in pounds and kilograms, distances in feet, degrees,
/// percentages of body-weight support and of the other limb, seconds, microvolts, a belt speed in miles an hour, a
/// metronome in bpm, counts of steps, flakes, cups, plates, platters, trips and trials — and each is written so that a
/// reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code or its service
/// (in a heading, a grid's row, a table's time cell, a fill-in blank or minute box, a dotted line, a scribe's time
/// statement, a run-on beside the code, spoken after the code, before the code), in the therapist's edit of them or as a
/// clock range on the code's own line; no note gives minutes to a drill, a rest, a test or a recording, except the one
/// that gives two codes only a visit total; notes failed for want of a measure carry no number but their code and its
/// minutes (and a "1:1", a software version or a clinic's branch number where the template writes one). DOC_GENERIC_ONLY
/// is expected only where the note names no technique, deficit or measure at all. A 97112 passes the measure check only
/// on an objective measure with a number and fails it only when the note has no number but its code, its minutes and
/// numbers that are plainly something else; for the other codes a dose (sets, repetitions, load, hold, distance,
/// assistance level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver, interpreter,
/// student or staff member in the room does not undo a one-on-one statement, another patient treated in the same block
/// does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges for a code, minutes of an exercise, a rest or a test, canalith repositioning, three-character or
/// dotless diagnosis codes, and any line with a code that has no documentation profile (heat, TENS, evaluations and
/// group classes stay in the notes, never on a line).
/// This set also leaves out what one Tuesday across so many templates and products could honestly be read either way:
/// a new year's re-evaluation or progress report whose scores may be another day's, a benefit-year or deductible remark
/// beside a code's line, a date carried forward from last year's template, a scribe draft pasted into a clinic's own form
/// (two templates in one note), a number flagged "(?)" as a measure or a code's minutes, a radio line or checkbox row with
/// two options marked and neither struck, a "1:1" column header with no mark under it, a "✗" in a Tabula 1:1 column, a
/// Spanish-only one-on-one statement, a programme's level beside drills that may be that level's content, a technique or
/// a deficit named only in the plan, a visit total beside per-code minutes that do not add up to it, a make-up visit for
/// a snow day written into the same note, a dictated number the recogniser could have split, and a scribe's
/// "approximately" for a code's minutes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 106 of 110 cases agree (108 needed), and 2 of the 71 notes the reviewer passes got a finding, on the analyzer of 41ca737 (the 2026-12-07 twenty-seventh session engine as its round ended, after the two-hundred-and-first to two-hundred-and-fifth sets were worked through and two reviews; nothing was changed for this set) — its first and only run in the session, the held-out figure.</para>
/// <para>After: development data, worked through in the next session (2026-12-08, engine code 872dc2e, after two reviews): 109 of 110, no false positive — met.</para>
/// </summary>
public class HeldOutNotesIssue18TwoHundredSixthTests(ITestOutputHelper output)
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

        // MGTS "Mode: one-to-one; husband waited in the car park with the heater running" (family, not a patient); foam eyes closed with head nods, cane step-overs in four directions, wobble-board shifts; plantar sensation and ankle proprioception; Berg and mCTSIB; "97112 – 22 mins" matches: passes.
        ["v1-h206-mgts-one-to-one-husband-in-car-park"] = new(
            """
            MGTS DAILY TREATMENT RECORD — El Paso contract clinic
            Therapist: Adebayo Ogunleye, PT
            Pt c/o: retired seamstress from the Segundo Barrio, "my feet don't feel the curb at the bus stop."
            CPT / mins: 97112 – 22 mins
            Mode: one-to-one; husband waited in the car park with the heater running.
            Treatment given: standing on foam with eyes closed and slow head nods, stepping over the cane forward, back and to each side to a stop, weight shifts side to side on the wobble board.
            Findings: reduced plantar sensation and ankle proprioception in both feet (diabetic), sways when vision is taken away.
            Outcome measure: Berg 45/56; mCTSIB condition 4 held 8 secs.
            Kindly note pt was seen on the first working Tuesday after the New Year closure.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // YRVC "97112 NMR 1015–1038, one-on-one with the Veteran throughout; his daughter drove him over from Moxee and waited in the lobby" (23 matches); lateral step-downs to a stick on foam, tilt-board mini-squats with pushes, hurdle stepping with eyes on a target; R knee proprioception and slow quad response after TKA; SLS and a count: passes.
        ["v1-h206-yrvc-one-on-one-daughter-drove-from-moxee"] = new(
            """
            Yakima Ridge Veterans Community Care
            Community Care referral: on file   SEOC: PT
            Veteran reports: "My right knee folds when I step down off the tractor drawbar in the orchard."
            97112 NMR 1015–1038, one-on-one with the Veteran throughout; his daughter drove him over from Moxee and waited in the lobby.
            Skilled tx: lateral step-downs onto foam to a stick landing, mini-squats on the tilt board with light pushes at the knee, stepping over the hose-reel hurdle with his eyes on a wall target.
            Finding: poor R knee proprioception and a slow quadriceps response after the R TKA.
            Numbers: SLS R 6 sec (L 15 sec); 7 of 10 step-downs stuck.
            R. Castellanos, PT
            """,
            ["Z96.651"], [PT("97112", 23)], []),

        // TNCH "Treatment was one-on-one; her sister sat in the waiting room with the coats" (family); pelvic rhythmic stabilisation in tandem, half-roller step-on/off, tape-line walking with vertical head turns; postural control and a late L step after hip fracture; Berg and FSST; 23 min matches: passes.
        ["v1-h206-tnch-one-on-one-sister-with-the-coats"] = new(
            """
            THROGS NECK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION, PELHAM BAY SATELLITE
            Physical Therapy Daily Treatment Note          DOS: 01/05/2027
            Therapist: Rosalind Achebe-Marino, PT, DPT
            Service: 97112 Neuromuscular re-education — 23 min. Treatment was one-on-one; her sister sat in the waiting room with the coats.
            Interventions: rhythmic stabilization at the pelvis in tandem stance, stepping onto and off the half foam roller leading with the L, walking forward and backward along the tape line with vertical head turns.
            Neuromuscular deficit: impaired postural control with a late L stepping response after the L hip fracture; she grabs for the shelter post when the bus pulls away.
            Objective: Berg 44/56; Four Square Step Test 14.6 sec.
            Plan: add stepping on and off a moving surface.
            """,
            ["S72.002D", "R26.81"], [PT("97112", 23)], []),

        // Parley RHNB, Cedric Mobley: "She was treated one-to-one for the whole of this portion; her son sat in the corner writing down the home exercises" (family); foam eyes closed with head turns, towel step-overs to a stop, rocker shifts; the hedged AI sentence; somatosensory loss with visual reliance; Berg and mCTSIB; "(?)" on a word; 22 min: passes.
        ["v1-h206-rhnb-one-to-one-son-writing-down-exercises"] = new(
            """
            PARLEY NOTES — SESSION NARRATIVE
            Red Hills Neuro & Balance · Thomasville, Georgia
            Clinician: Cedric Mobley, PT, NCS

            Neuromuscular re-education (97112), 22 minutes. Mrs. Ponder, who cooks down cane syrup (?) with her church circle every fall, said the kitchen floor "rolls" under her when she turns from the stove. She was treated one-to-one for the whole of this portion; her son sat in the corner writing down the home exercises. The therapist led standing on the foam with her eyes closed while turning her head slowly, stepping over a rolled towel to a firm stop leading with each foot, and side-to-side weight shifts on the rocker board at the counter. It sounds like she is ready to try more of this at home.

            Findings: somatosensory loss in both feet with heavy reliance on vision and a slow ankle strategy. Berg 46/56; mCTSIB condition 4 held 11 seconds.

            Parley Notes wrote this narrative from the session conversation; words marked (?) or [unclear] were uncertain in the audio. Reviewed and signed by the clinician.
            """,
            ["G62.9", "R26.81"], [PT("97112", 22)], []),

        // RecapIQ MROT, Renata Begaye: "A: Yes — just him and Renata the whole time; his brother waited out in the truck." (family); Airex pelvic perturbations, foam-block step-up holds, wall tandem with head turns; slow reactive stepping and L ataxia after cerebellar stroke; Berg and a count; 23 min: passes.
        ["v1-h206-mrot-recap-yes-brother-in-the-truck"] = new(
            """
            RecapIQ — Visit recap
            Mogollon Rim Outpatient Therapy · Snowflake, AZ
            Clinician: Renata Begaye, PT, DPT

            Q: What brought the patient in today?
            A: Mr. Yazzie wants to walk the snowy ridge behind the house to check on his sheep without going down.
            Q: What services were provided, and for how long?
            A: Neuromuscular re-education (97112), 23 minutes.
            Q: Was the session one-on-one?
            A: Yes — just him and Renata the whole time; his brother waited out in the truck.
            Q: What was done?
            A: Perturbations at the pelvis standing on the Airex, stepping up onto a foam block and holding, and tandem walking along the wall with head turns.
            Q: What impairment is this addressing?
            A: Slow reactive stepping and increased sway after the left cerebellar stroke, with left-sided ataxia.
            Q: What was measured?
            A: Berg 45/56; 6 of 10 pelvic perturbations recovered without a second step.
            RecapIQ generated these answers from the visit audio; [unclear] marks words it could not make out. Reviewed by the clinician before signing.
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // Clarion CCBV, Ingrid Nakamura: "The patient was seen one-on-one for the neuromuscular re-education" with his grandson, who drove him down, in the room (family); letter-card gaze stabilisation sitting then on foam, hallway head turns naming objects, feet together on foam eyes closed; R vestibular hypofunction; DGI and FGA; time statement 22: passes.
        ["v1-h206-ccbv-seen-one-on-one-grandson-drove-him"] = new(
            """
            CLARION AMBIENT — VISIT NOTE
            Clearwater Canyon Balance & Vestibular · Orofino, Idaho
            Clinician: Ingrid Nakamura, PT

            SESSION SUMMARY
            The patient, a retired steelhead guide, reported that the river "swims" when he turns his head to watch a line from the bank. His grandson drove him down from Pierce and stayed for the visit. The patient was seen one-on-one for the neuromuscular re-education.

            The therapist provided gaze stabilization with a letter card held at arm's length while he turned his head side to side, sitting and then standing on foam; walking the hallway with head turns to name objects on either side; and standing with his feet together on foam with eyes closed.

            FINDINGS
            Findings were consistent with right vestibular hypofunction with oscillopsia on quick head turns and veering toward the right. Dynamic Gait Index 18/24; Functional Gait Assessment 20/30.

            TIME STATEMENT
            Neuromuscular re-education (97112): 22 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Ingrid Nakamura, PT.
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // LHUH "24 min — direct one-on-one contact for all billed time; his wife waited in the hall" (family); VOR cancellation on a swivel stool then standing, hallway walking tracking a moving target, habituation to quick pivots; central vestibular dysfunction after cerebellar infarct; FGA and MSQ: passes.
        ["v1-h206-lhuh-direct-contact-wife-in-the-hall"] = new(
            """
            LOESS HILLS UNIVERSITY HOSPITAL — BALANCE CENTER (Missouri Valley, IA)
            Vestibular/Balance Treatment Note · 01/05/2027
            Clinician: Dr. Imani Thorsen, PT, DPT, NCS
            97112 Neuromuscular Re-education: 24 min — direct one-on-one contact for all billed time; his wife waited in the hall.
            Interventions: VOR cancellation with a tongue-depressor target while turning on a swivel stool, then standing; walking the 40 ft hallway while tracking a moving target; habituation to quick pivots toward the L.
            Impairment: central vestibular dysfunction after the L cerebellar infarct, with impaired VOR cancellation and motion-provoked imbalance.
            Outcomes: FGA 19/30 (15/30 at eval); Motion Sensitivity Quotient 18.
            """,
            ["I69.398", "H81.4"], [PT("97112", 24)], []),

        // DCSC OT 97530 "■ Group (2 residents at the kitchenette with her)" — 97530 has no one-on-one check; washing platters standing, top-cabinet reaches, carrying plates with the walker basket; R grasp after the wrist fracture and standing balance; counts and assistance; 20 min matches: passes.
        ["v1-h206-dcsc-ot-97530-group-at-the-kitchenette"] = new(
            """
            DROWNING CREEK SENIOR CARE — OUTPATIENT THERAPY (PART B) · Ellerbe, NC
            OT Treatment Note · 01/05/2027 · Tamsin Eckles, OTR/L
            Delivery: □ Individual  □ Concurrent  ■ Group (2 residents at the kitchenette with her)  □ Co-treat
            Code: 97530 Therapeutic activities   Minutes: 20
            Activities: standing at the kitchenette sink to wash and rinse the holiday platters, reaching up to put them back in the top cabinet, carrying a stack of plates to the table in the walker basket.
            Targets: R grasp and release after the R wrist fracture, and standing balance for kitchen tasks; she wants to do her own dishes again.
            Performance: washed 6 platters standing with SBA; 5 of 6 top-cabinet reaches with the R hand; plates carried with CGA.
            """,
            ["S52.531D"], [OT("97530", 20)], []),

        // GLHS "Was pt treated 1:1 for all billed minutes?: N - the 1030 post-op shoulder pt was on the NuStep in the same bay and was cued throughout": another patient in the block — one-on-one missing; rocker, Airex step-and-stick, tandem perturbations; L ankle proprioception; Berg and SLS present.
        ["v1-h206-glhs-n-shoulder-pt-on-the-nustep"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 23
            Was pt treated 1:1 for all billed minutes?: N - the 1030 post-op shoulder pt was on the NuStep in the same bay and was cued throughout
            Neuromuscular re-ed performed: rocker board A/P with eyes closed, step-and-stick onto the Airex leading L, lateral weight shifts in tandem with perturbations at the hips.
            Impairment addressed: reduced L ankle proprioception and a late ankle strategy after the L ankle fracture.
            Objective: Berg 48/56; SLS L 6 sec.
            Therapist: Renata Fledderjohn, PT
            """,
            ["S82.852D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Tabula BFSPT, Rory Dunmire (PTA): the 97112 row "Alternated with a second athlete on the slide board, cueing both" with "no" in the 1:1 column: another patient in the block — one-on-one missing; BOSU shoves, bound-and-stick, reactive sprawls; R knee proprioception after ACL reconstruction; counts and SLS present.
        ["v1-h206-bfspt-pta-second-athlete-on-slide-board"] = new(
            """
            TABULA AI · TREATMENT SUMMARY
            Bridger Foothills Sports PT — Three Forks, MT
            Provider: Rory Dunmire, PTA (supervising PT: Kyla Brandt, PT, SCS)

            Patient said: he's a high-school wrestler cleared for practice, and the right knee "shifts" when he's driven back on a single-leg shot.

            | CPT | Intervention | Details | 1:1 | Time (est.) |
            |---|---|---|---|---|
            | 97112 | Neuromuscular re-education | Alternated with a second athlete on the slide board, cueing both. Single-leg stance on the BOSU with partner shoves, lateral bound-and-stick onto the Airex, reactive sprawls to a whistle | no | 22 min |

            Impairment: right knee proprioceptive deficit and late hamstring co-contraction after the right ACL reconstruction.
            Objective: 6 of 10 bounds stuck without valgus; single-leg stance on the BOSU right 11 seconds.
            Plan: add mat-return drills.

            Tabula AI estimates times from the audio; the provider confirms or corrects them before signing.
            """,
            ["S83.511D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // Quillstone PSSP, Keisha Bynum (PTA): the AI's "The PTA provided one-on-one treatment." edited "[Edited by K.B., PTA: not one-on-one — Mr. Rawls was doing his BAPS work next to her and I split the block between them.]": the edit stands — one-on-one missing; foam catches, box step-downs, BAPS; L ankle proprioception; SLS and a count.
        ["v1-h206-pssp-pta-edit-split-block-with-rawls"] = new(
            """
            ## Daily Note
            **Clinic:** Pamlico Sound Sports & Spine PT — Washington, NC
            **Clinician:** Keisha Bynum, PTA (supervising PT: Hollis Tate, PT, DPT)

            ### Subjective
            The patient, who works the tobacco warehouse floor, reported that her left ankle "turns" stepping off the loading dock.

            ### Interventions
            - Neuromuscular re-education (97112) — 23 minutes. The PTA provided one-on-one treatment. [Edited by K.B., PTA: not one-on-one — Mr. Rawls was doing his BAPS work next to her and I split the block between them.]
              - Single-leg stance on foam catching a ball off the rebounder
              - Step-downs from a box to a stick landing
              - BAPS board circles in standing

            ### Assessment
            Left ankle proprioceptive deficit with a slow peroneal response after the sprain. Single-leg stance on foam left 8 seconds; 6 of 10 step-downs stuck.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["S93.402D"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // ERPT Gail Sorensen's lower-case "eod" run-on, first visit back after New Year, never states one-on-one: foam-beam tandem with head turns, rocker, snow-boot step-overs; R ankle proprioception and late ankle strategy; Berg and SLS; 22 min — one-on-one missing only.
        ["v1-h206-erpt-sorensen-first-back-unstated"] = new(
            """
            eod tues  97112 22 min  first one back after new year, retired rural mail carrier  tandem on the foam beam w head turns & rocker board ml eyes closed & stepping over the row of snow boots to a stop  r ankle proprioception down & late ankle strategy, rolls it on the frozen ruts by the mailboxes  berg 46/56  sls r 5 sec  g sorensen pt
            """,
            ["S93.401D", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox, blank, radio and placeholder states

        // OVH "SERVICE DELIVERY: [X] 1:1 [ ] GROUP"; half-kneel to stand with pelvic rhythmic stabilisation, foam step-on with a knee tap, cross-midline reach on the Airex; L hemiparesis with delayed knee extensor recruitment; Berg and 10MWT; ".... 23 MIN" matches: passes.
        ["v2-h206-ovh-one-to-one-ticked"] = new(
            """
            ORISKANY VALLEY HEALTH — OUTPATIENT REHABILITATION (UTICA)
            PT TREATMENT NOTE    DOS 01/05/2027
            97112 NEUROMUSCULAR RE-EDUCATION .... 23 MIN
            SERVICE DELIVERY: [X] 1:1   [ ] GROUP
            INTERVENTIONS: half-kneel to stand leading with the L with rhythmic stabilization at the pelvis, stepping onto foam to a stop with a tap at the L knee, reaching across midline for cones standing on the Airex.
            TARGETED DEFICIT: L hemiparesis with delayed L knee extensor recruitment and a late protective step.
            OBJECTIVE: Berg 43/56; 10MWT 0.81 m/s.
            H. Szymanski, PT
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // PSC form B-7 "Delivery: ☐ Individual ☐ Concurrent ☐ Group ☐ Co-treatment" with nothing ticked and nothing else saying one-on-one: one-on-one missing; yardstick step-backs, rocker at the rail, foam sit-to-stand eyes closed; posterior lean; Berg and 5xSTS; grid row 22 present.
        ["v2-h206-psc-delivery-row-left-blank"] = new(
            """
            PENNYROYAL SENIOR CARE — OUTPATIENT THERAPY    Cadiz campus, KY
            MEDICARE PART B DAILY TREATMENT NOTE (form B-7)
            Delivery: ☐ Individual  ☐ Concurrent  ☐ Group  ☐ Co-treatment
            | CPT   | Service               | Min | Units |
            | 97110 | Therapeutic Exercise  |     |       |
            | 97112 | Neuromuscular Re-ed   | 22  | 1     |
            | 97116 | Gait Training         |     |       |
            Skilled intervention: stepping backward over a yardstick on the floor with a cue at the hip, rocker board A/P at the rail, sit-to-stand onto foam with eyes closed
            Impairment: posterior lean with a late backward step and a poor ankle strategy
            Objective: Berg 39/56; 5xSTS 18.4 sec
            Pt response: wants to get back to Wednesday quilting at the senior center
            Shawna Gilley, PTA
            """,
            ["R26.81", "R29.6"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // HMHT "Individual treatment?  ■ Yes  □ No", grandson shovelling the back steps (family); rocker shifts at the table, dog-bed step-over to a stop, hall walking with head turns; delayed stepping and R ankle proprioception; Berg and tandem; "97112 / 23": passes.
        ["v2-h206-hmht-yes-filled-grandson-shovelling"] = new(
            """
            HORICON MARSH HOME THERAPY — PART B HOME VISIT NOTE
            Visit date 01/05/2027 · Therapist: Gretchen Kloss, PT
            Services this visit (code / minutes): 97112 / 23
            Individual treatment?  ■ Yes  □ No
            Caregiver present: grandson, shovelling the back steps
            Interventions: weight shifts on the rocker board at the kitchen table, stepping over the dog's bed to a stop, walking the hall with head turns toward the family pictures.
            Impairment / goal: delayed stepping reactions and poor R ankle proprioception; goal is to carry the compost pail out to the bin on the packed snow.
            Measures: Berg 45/56; tandem 8 sec.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // LRNB "Yes ☐  No ☒  (two patients in the vestibular room after the snow-day reschedules)": negated — one-on-one missing; X1 with head nods on foam, hallway head turns, rocker eyes closed; R vestibular hypofunction; DGI and DVA present.
        ["v2-h206-lrnb-no-ticked-snow-day-reschedules"] = new(
            """
            LAFAYETTE RIVER NEURO BALANCE CLINIC — NORFOLK
            Treatment Note · 01/05/2027 · Odessa Carrington, PT, DPT
            Billed: 97112 x 22 min
            Was the patient treated one-on-one for all billed time?  Yes ☐  No ☒  (two patients in the vestibular room after the snow-day reschedules)
            Intervention: X1 viewing with vertical head nods standing on foam, walking the hallway with head turns to letters on the wall, standing on the rocker board with eyes closed.
            Impairment: R vestibular hypofunction; he loses his line walking the pier when he glances over at the ships.
            Measures: DGI 16/24; DVA 4 lines lost.
            """,
            ["H81.21"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SSHR "☑ Individual  ☑ Concurrent — struck, entered in error (R.H. 1/5)": concurrent withdrawn, individual stands; seated rhythmic stabilisation on the ball, cane step-overs at the rail, foam reach to cones; trunk postural control after stroke; Berg and reach; 22: passes.
        ["v2-h206-sshr-concurrent-struck-individual-stands"] = new(
            """
            Sycamore Shoals Health & Rehabilitation — Part B PT
            Mode: ☑ Individual  ☑ Concurrent — struck, entered in error (R.H. 1/5)  ☐ Group  ☐ Co-treatment
            CPT | Description | Min
            97112 | Neuromuscular re-ed | 22
            Tx: rhythmic stabilization at the shoulders seated on the therapy ball, lateral stepping over the cane at the rail, forward reach to cones outside her base standing on foam.
            Deficit: poor trunk postural control and slow lateral stepping after the L stroke.
            Measure: Berg 37/56; functional reach 7 in.
            Ruby Hensley, PT
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // UCT "Impairment addressed: ☐ Proprioception ☐ Vestibular ☐ Postural control ☐ Motor control" with nothing ticked and nothing else naming a deficit: deficit missing; 1:1 ticked, foam-beam tandem, BAPS, stride-stance pushes, Berg and SLS present.
        ["v2-h206-uct-impairment-row-none-ticked"] = new(
            """
            UPATOI CREEK THERAPY — Columbus, GA
            Daily Note · 01/05/2027 · Marcus Fennell, PT
            97112 Neuro Re-Ed   Min: 22   1:1: ☒ Yes ☐ No
            Impairment addressed: ☐ Proprioception  ☐ Vestibular  ☐ Postural control  ☐ Motor control
            Interventions: tandem walking on the foam beam, BAPS board in standing, lateral pushes at the pelvis in stride stance.
            Objective: Berg 47/56; SLS R 8 sec.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // BMB "☒ Yes" and "Techniques: ☐ Perturbation training ☒ PNF ☐ Compliant surface (foam) ☒ Gaze stabilization ☐ Dual-task stepping" as the techniques; L vestibular hypofunction with gaze instability and poor trunk control; DGI and DVA; 23 min: passes.
        ["v2-h206-bmb-pnf-and-gaze-boxes-ticked"] = new(
            """
            BRUSH MOUNTAIN BALANCE — Duncansville, PA
            Falls & Balance Daily Note · 01/05/2027 · Kerry Stauffer, PT, DPT
            Code: 97112 · Minutes: 23
            Constant one-on-one attendance during billed time?  ☒ Yes  ☐ No
            Techniques: ☐ Perturbation training  ☒ PNF  ☐ Compliant surface (foam)  ☒ Gaze stabilization  ☐ Dual-task stepping
            Deficit: L vestibular hypofunction with gaze instability, and poor trunk control on turns; she lost her balance turning to back out of the church lot.
            Measure: DGI 17/24; DVA 3 lines lost.
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // MHT "Standardized test: FGA  Score: ______" — a named test with no number — and no number but the code and its minutes: measure missing; one-on-one, Airex step-and-stick, tandem perturbations, backward tape walking; late R step and R ankle proprioception.
        ["v2-h206-mht-fga-named-score-blank"] = new(
            """
            MONADNOCK HILLS THERAPY · Jaffrey, NH
            Treatment note
            CPT 97112 Neuromuscular re-education — 23 min — one-on-one
            Techniques: step-and-stick onto the Airex leading R, perturbations at the hips in tandem stance, walking backward along the tape line with head turns.
            Deficit: late R stepping reaction and poor R ankle proprioception since she turned the ankle on the icy church steps.
            Standardized test: FGA  Score: ______
            Plan: finish the FGA next visit.
            Signed: Hollis Whitcomb, PT
            """,
            ["S93.401D"], [PT("97112", 23)], [At(Measure, "97112")]),

        // KVMH-O fill-in "One-on-one for timed minutes: ______" left blank (the minutes blank "97112 __23__" filled) and nothing else saying one-on-one: one-on-one missing; BOSU catches, bound-and-stick on foam, reactive shuffles; R ankle proprioception; Y-balance and SLS blanks filled.
        ["v2-h206-kvmho-one-on-one-blank-left"] = new(
            """
            KANKAKEE VALLEY MEMORIAL HOSPITAL — ORTHOPAEDIC OUTPATIENT WING
            Daily Treatment Note                         Date of service: 01/05/2027
            Therapist: Brent Vandenberg, PT, SCS
            Timed Code Treatment Minutes:  97112 __23__   97110 _____   97140 _____
            One-on-one for timed minutes: ______
            Intervention: single-leg stance on the BOSU with ball catches, lateral bound-and-stick onto foam, reactive shuffles to a pointed direction.
            Impairment: R ankle proprioception and a slow peroneal response after the R ankle sprain at indoor soccer.
            Outcome measure: Y-balance anterior R __59__ cm (L __66__ cm); SLS R eyes closed __6__ sec
            """,
            ["S93.401D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Wrenfield CDPT, Dana Vollrath: "• Treatment format: (•) 1:1 ( ) concurrent ( ) group"; ankle joint-position matching eyes closed, hurdle step-overs to a stop, foam tandem with head turns; the hedged AI sentence beside them; R foot and ankle proprioception after the lumbar decompression; joint-position error and a count; 22 min: passes.
        ["v2-h206-cdpt-radio-one-to-one-selected"] = new(
            """
            WRENFIELD SCRIBE · SOAP NOTE
            Coldwater Draw Physical Therapy — Guymon, OK
            Clinician: Dana Vollrath, PT, DPT

            S —
            • Pt drives a grain truck at harvest and says his right foot "can't find the clutch" since the back surgery; he caught a toe on the scale-house step.
            O —
            • 97112 Neuromuscular re-education — 22 min
            • Treatment format: (•) 1:1 ( ) concurrent ( ) group
            • Ankle joint-position matching with eyes closed, right to left
            • Stepping over a low hurdle leading with the right foot to a stop
            • Tandem stance on the foam pad with slow head turns
            • Balance activities were performed to improve overall stability.
            A —
            • Reduced right foot and ankle proprioception with late dorsiflexor timing after the lumbar decompression.
            • Ankle joint-position error 7 degrees on the right; 6 of 10 hurdle steps without a toe catch.
            P —
            • Add uneven-surface walking.
            — Drafted by Wrenfield Scribe from ambient audio. AI output may contain errors; the signing clinician is responsible for the content. —
            """,
            ["M54.16", "R26.81"], [PT("97112", 22)], []),

        // Wrenfield TMR, Jared Kline (PTA): "• Treatment format: ~~(•) 1:1~~ ( ) concurrent (•) group (corrected by JK)": the edit stands — a group, one-on-one missing; box step-downs onto foam, rocker eyes closed, wall tandem with head turns; postural control and ankle proprioception; Berg and tandem present.
        ["v2-h206-tmr-pta-radio-struck-to-group"] = new(
            """
            WRENFIELD SCRIBE · SOAP NOTE
            Tuscarora Mountain Rehab — McConnellsburg, PA
            Clinician: Jared Kline, PTA (supervising PT: Jolene Zook, PT)

            S —
            • Pt drives the school bus on the mountain route and says the bus steps "move" when he comes down them in the dark.
            O —
            • 97112 Neuromuscular re-education — 23 min
            • Treatment format: ~~(•) 1:1~~ ( ) concurrent (•) group (corrected by JK)
            • Stepping down from a box onto foam to a stick landing
            • Rocker board front-to-back with eyes closed
            • Tandem walking along the wall with head turns
            A —
            • Impaired postural control with a slow stepping reaction and reduced ankle proprioception in both feet.
            • Berg 47/56; tandem stance 10 seconds.
            P —
            • Group again Thursday.
            — Drafted by Wrenfield Scribe from ambient audio. AI output may contain errors; the signing clinician is responsible for the content. —
            """,
            ["R26.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // TheraVoice NPNR, Brendan Quinlan (PTA): "Delivery mode: [AI: not determined from audio — clinician to complete] [Edited by B.Q., PTA: one-on-one for the full block; his wife sat in]" (family); dorsiflexion with tapping, heel-rocker shifts, heel-first hurdle steps; L dorsiflexor recruitment and timing after stroke; AROM degrees and a count; 22 min: passes.
        ["v2-h206-npnr-pta-placeholder-edited-one-on-one"] = new(
            """
            TheraVoice Assist | Ninigret Pond Neuro Rehab — Charlestown, RI
            Clinician: Brendan Quinlan, PTA (supervising PT: Marisol Tavares, PT, NCS)
            Chief concern: The patient reports his left foot "slaps and catches" on the boardwalk at the breachway.
            Service: Neuromuscular re-education — 97112 — 22 min
            Delivery mode: [AI: not determined from audio — clinician to complete] [Edited by B.Q., PTA: one-on-one for the full block; his wife sat in]
            Interventions performed:
            • Seated and then standing ankle dorsiflexion with tapping over the tibialis anterior
            • Heel-rocker weight shifts at the parallel bars
            • Stepping over a low hurdle leading with the left foot, cued heel first
            Impairment addressed: Left dorsiflexor weakness with poor recruitment and timing of the tibialis anterior after the right-hemisphere stroke.
            Standardized measure: Ankle dorsiflexion active range  Score: left 6 degrees (2 degrees last week); 7 of 10 hurdle steps with a heel-first landing
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["I69.354", "M21.372"], [PTA("97112", 22)], []),

        // RBVC "Tx: ☐ gaze stab ☒ habituation ☐ OKN" with the provoking positions repeated; "Just him and me the whole session; his daughter waited in the lobby"; motion-provoked dizziness after concussion; MSQ and DGI; PTA 22 min: passes.
        ["v2-h206-rbvc-habituation-box-ticked"] = new(
            """
            RBVC West Sedona — Tue
            Sess A ▸ 97112 ▸ 22 min
            Just him and me the whole session; his daughter waited in the lobby.
            Tx: ☐ gaze stab ☒ habituation ☐ OKN — repeated the positions that set him off: sit to R side-lying and back up, standing pivots to the R, bending to the floor and up, 3 reps each
            Motion-provoked dizziness and imbalance after the concussion; the retired jeep-tour driver gets dizzy looking up at the spires from the trailhead.
            MSQ 27 (38 at eval); DGI 19/24.
            J. Halvorsen PTA
            """,
            ["S06.0X0D"], [PTA("97112", 22)], []),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and techniques; a programme's level alone

        // WMDC LSVT BIG maximal daily exercises spelled out (floor-to-ceiling reaches, side-to-side reaches with a big step, rock-and-reach stepping) then big-step walking with turns, "Delivery: ☒ Individual"; small-amplitude movement and poor postural control on turns (PD); Mini-BESTest and TUG; 22 min: passes.
        ["v3-h206-wmdc-lsvt-big-exercises-spelled-out"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER
            Med state: ON, about an hour after the morning dose
            Pt says: "My steps get tiny when I carry the laundry basket down the hall."
            97112 Neuromuscular re-education — 22 min
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            LSVT BIG maximal daily exercises: floor-to-ceiling reaches, side-to-side reaches with a big step, forward and backward rock-and-reach stepping; then big-step walking with a full arm swing and turns around the cones.
            Small-amplitude, slow movement with a short step and poor postural control on turns (Parkinson's).
            Mini-BESTest 18/28; TUG 12.4 sec.
            Pavel Mraz, PT
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // OCR 97140, Maitland grade III–IV posterior and inferior glenohumeral glides in progressive abduction, scapular mobilisation, STM to the posterior cuff; R capsular restriction; flexion and IR degrees; 12 min matches: passes.
        ["v3-h206-ocr-maitland-glenohumeral-97140"] = new(
            """
            Ocotillo Ridge Physical Therapy — SaddleBrooke, AZ
            Visit 11 · 01/05/2027 · Diego Armenta, PT, OCS
            97140 Manual therapy — 12 min
            Maitland grade III–IV posterior and inferior glides of the R glenohumeral joint in progressive abduction, scapular mobilization in side-lying, STM to the R posterior cuff and teres minor.
            Impairment: R glenohumeral capsular restriction limiting elevation and IR; he can't reach the top shelf of the casita closet.
            Measures: R shoulder flexion 138° (124° at eval); IR at 90° abduction 28°.
            """,
            ["M75.01"], [PT("97140", 12)], []),

        // IHSS 97140, instrument-assisted soft-tissue mobilisation (Graston) along the extensors, radial head glides and a lateral-glide mobilisation with movement into gripping; R lateral elbow pain with painful grip; pain-free grip pounds; 11 min matches: passes.
        ["v3-h206-ihss-iastm-and-mwm-97140"] = new(
            """
            Indian Hill Spine & Sport — Daily Note (Camargo Rd)
            01/05/2027 · Benedikt Hauser, PT, DPT, OCS
            97140 Manual therapy — 11 min: instrument-assisted soft-tissue mobilization (Graston) along the R wrist extensor origin and muscle bellies, radial head posterior glides grade III, and a lateral-glide mobilization with movement into gripping.
            Region/impairment: R lateral elbow pain with extensor-origin tenderness and a painful grip; he couldn't hold the snow shovel last week.
            Objective: pain-free grip R 48 lb (L 92 lb).
            """,
            ["M77.11"], [PT("97140", 11)], []),

        // KPNT 97116, treadmill training with partial body-weight support (20% unloading) to a metronome at 96 bpm, then overground with the hemi-walker on the same beat; L hemiparetic gait with a short R step; 10MWT and distance with CGA; 21 min matches: passes.
        ["v3-h206-kpnt-bwstt-to-a-metronome-97116"] = new(
            """
            KONZA PRAIRIE NEURO THERAPY — Manhattan, KS
            Gait session · 01/05/2027 · Sione Taufa, PT, DPT
            97116 Gait training (21 min): treadmill training with partial body-weight support in the harness, 20% unloading, belt at 1.4 mph with a metronome at 96 bpm, then overground with the hemi-walker keeping the same beat.
            Impairment: L hemiparetic gait after the R MCA stroke, with a short R step and poor L hip extension in late stance.
            Measures: 10MWT overground 0.48 m/s; 140 ft with the hemi-walker and CGA.
            """,
            ["I69.354"], [PT("97116", 21)], []),

        // CCNRI "97112 | M. Oyelowo, PT | 23", "Delivery: ☒ 1:1"; PNF agonistic reversals through sit-to-stand, rhythmic stabilisation in modified plantigrade, PNF pelvic patterns in side-lying; R hemiparesis with poor eccentric quad control; 5xSTS and Berg: passes.
        ["v3-h206-ccnri-pnf-agonistic-reversals"] = new(
            """
            CEDAR CREST HEALTH — NEURO OP TEAM NOTE
            CPT | Furnished by | Min
            97112 | M. Oyelowo, PT | 23
            Delivery: ☒ 1:1
            INTERVENTION: PNF agonistic reversals through sit-to-stand and back down, rhythmic stabilization in modified plantigrade, PNF pelvic anterior elevation and posterior depression in side-lying to prepare the R stance phase.
            IMPAIRMENT TARGETED: R hemiparesis with poor eccentric quad control lowering to the chair and delayed pelvic rotation in gait.
            OUTCOME MEASURE / SCORE: 5xSTS 16.2 sec; Berg 41/56
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // Parley SBT, Theo Bruneau (OT) 97530: backward chaining of the tub-bench transfer (she does the last step alone, then one step back) and seated reaching to the soap shelf; L hip weakness and precautions after THA limiting the leg lift; assistance levels and trials; 20 min: passes.
        ["v3-h206-sbt-ot-97530-backward-chaining-tub-transfer"] = new(
            """
            PARLEY NOTES — SESSION NARRATIVE
            Siskiwit Bay Therapy · Cornucopia, Wisconsin
            Clinician: Theo Bruneau, OTR/L

            Therapeutic activities (97530), 20 minutes. Mrs. Nordgren wants to get in and out of her own tub again instead of washing up at the sink. The therapist used backward chaining for the tub transfer on the tub bench: she finished the last step on her own (swinging the second leg out and standing up with the grab bar) while he helped with the earlier steps, and then they moved back one step at a time. She also practiced reaching to the soap shelf while seated on the bench.

            Findings: left hip weakness and hip precautions after the left total hip, limiting the leg lift over the tub wall. She completed the last three steps of the transfer with stand-by assistance and the leg lift with minimal assistance, 4 trials.

            Parley Notes wrote this narrative from the session conversation; words marked (?) or [unclear] were uncertain in the audio. Reviewed and signed by the clinician.
            """,
            ["Z96.642"], [OT("97530", 20)], []),

        // ABPT 97110, eccentric single-leg decline squats on the slant board, Spanish squats with isometric holds, leg press, with doses; R patellar tendinopathy with quad weakness; decline-squat reps; 17 min matches: passes.
        ["v3-h206-abpt-eccentric-decline-squats-97110"] = new(
            """
            APALACHEE BAY PT — Crawfordville, FL
            01/05/2027 · Jolene Strickland, PT
            97110 Therapeutic exercise, 17 min: eccentric single-leg decline squats on the 25° slant board 3x15 each side, Spanish squats with the strap 4x45 sec holds, leg press 3x10 at 90 lb.
            Region / impairment: R patellar tendinopathy with quad weakness; the shrimp-boat deckhand can't squat down to the ice chest on deck.
            Measures: single-leg decline squats to pain onset R 6 reps (L 15).
            """,
            ["M76.51"], [PT("97110", 17)], []),

        // FVB optokinetic habituation (moving-stripe video on foam, then marching), busy-hallway walking with head turns, rocker stance tracking the light bar; "individual session"; visual motion sensitivity after concussion; FGA (and a visual vertigo scale); 22 min: passes.
        ["v3-h206-fvb-optokinetic-habituation"] = new(
            """
            Flatirons Vestibular & Balance — Boulder
            Daily note 01/05/2027 — Signe Halvorsen, PT, DPT
            97112 (22 min), individual session
            Optokinetic habituation: moving-stripe video on the big screen while standing on foam, then marching in place in front of it; walking the busy hallway with head turns; standing on the rocker board while tracking the light bar.
            Why: visual motion sensitivity after the concussion — the grocery aisles and the lift line make her dizzy and unsteady.
            Numbers: FGA 23/30 (19/30 at eval); VVAS 5.8.
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // GAPT dual-task training (four-square stepping while naming Stroop colours, tandem while reciting months backward, step-and-stick on a called colour); "Treated 1-on-1"; split-attention postural control after stroke; TUG, TUG cognitive and FSST; 22 min: passes.
        ["v3-h206-gapt-stroop-dual-task-stepping"] = new(
            """
            Gateway Arch PT — Soulard
            Visit note — 01/05/27 — Kendra Oyelaran, PT
            97112 NMR: 22 min. Treated 1-on-1.
            Dual-task training: four-square stepping while naming the ink colors on a Stroop card, then tandem walking while reciting the months backward, then step-and-stick onto foam when a color was called.
            Deficit: slow, undersized stepping and loss of postural control when her attention is split after the L MCA stroke; she stops dead in the crosswalk when someone talks to her.
            Objective: TUG 12.8 sec, TUG cognitive 17.1 sec; FSST 13.5 sec.
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // PCPT "Did: Bayou Balance level 9, first day on the new card" (plus the king cake for Twelfth Night) as the only technique: technique missing; one-on-one, ankle strategy and proprioception, Berg and SLS present.
        ["v3-h206-pcpt-bayou-balance-level-nine-only"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 01/05/2027 · Ti-Ann Robichaux, PT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: Bayou Balance level 9, first day on the new card — king cake's out front for Twelfth Night tomorrow, cher.
            For: late ankle strategy and poor proprioception both feet; she sways on the camp wharf
            Numbers: Berg 48/56; SLS R 9 sec
            """,
            ["R26.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // STPT PTA whose only intervention row is "Summit Trail Cairn program, stage 2 | per the stage card": technique missing; 1:1 with the PTA, hip postural control after fracture, TUG and Berg present.
        ["v3-h206-stpt-cairn-stage-two-only"] = new(
            """
            SUMMIT TRAIL PHYSICAL THERAPY · Shelley, ID
            PTA DAILY NOTE · 01/05/27
            PTA: Kolby Rasmussen   Supervising PT on site: Jenna Liddell, PT
            97112 NMR — 22 min — 1:1 with PTA entire session
            Interventions | Parameters
            Summit Trail Cairn program, stage 2 | per the stage card
            Impairment: R hip postural control and a slow R step after the R hip fracture
            Measures: TUG 13.1 sec; Berg 45/56
            """,
            ["S72.001D"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // EchoChart KRPT, Raymond Kowalczyk (PTA): "Steady Steps circuit, card E, as laid out by the PT" as the only technique; one-on-one, ankle proprioception, Berg and SLS present: technique missing.
        ["v3-h206-krpt-pta-steady-steps-card-e-only"] = new(
            """
            EchoChart Scribe · Kittatinny Ridge Physical Therapy · Stroudsburg, PA
            Treating clinician: Raymond Kowalczyk, PTA (supervising PT: Bridget Szabo, PT)

            Reason for visit ▸ The patient, who drives the snowmaking crew's truck at the ski area, reports he is steadier on the shop floor but still reaches for the wall on the lot's black ice.
            Services & time ▸ 97112 Neuromuscular re-education · 22 min
            What the patient did ▸ The PTA worked one-on-one with the patient for the whole block. Steady Steps circuit, card E, as laid out by the PT.
            Findings ▸ Reduced ankle proprioception in both feet with a slow ankle strategy. Berg Balance Scale 47/56; single-leg stance right 8 seconds.
            Plan ▸ Stay on card E Thursday.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // Quillstone SVH, Rosa Valdez: the scribe's hurdle stepping and rocker perturbations followed by "[Edited by R.V., PT: the hurdle stepping and rocker board work were planned for Thursday, not done — today we went over her home program sheet and I re-tested her.]": no technique left — technique missing; one-on-one, deficit, Berg and SLS present.
        ["v3-h206-svh-edit-techniques-planned-for-thursday"] = new(
            """
            ## Daily Treatment Note — Outpatient Rehabilitation
            **Facility:** Saguache Valley Hospital, Center
            **Clinician:** Rosa Valdez, PT

            ### Subjective
            The patient, who sorts seed potatoes in the cellar, reported that she "loses the floor" when she turns away from the conveyor.

            ### Interventions
            - **Neuromuscular re-education (CPT 97112) — 22 minutes.** The therapist provided one-on-one treatment throughout.
              - Stepping over hurdles to a stick landing
              - Rocker board perturbations, front to back
            - [Edited by R.V., PT: the hurdle stepping and rocker board work were planned for Thursday, not done — today we went over her home program sheet and I re-tested her.]

            ### Assessment
            Impaired postural control with reduced ankle proprioception in both feet and a slow ankle strategy. Berg Balance Scale 45/56; single-leg stance right 6 seconds.

            ### Plan
            Continue twice weekly.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["R26.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // ORH findings as the deficit (monofilament at 3 of 10 and 5 of 10 plantar sites, great-toe position wrong 6 of 10 times, he doesn't know his boot is on the ice-shanty step until he looks); barefoot dense-foam stance, textured-disc stepping, heel-toe walking; mCTSIB and Berg; "treated one-on-one": passes.
        ["v4-h206-orh-monofilament-and-toe-position-ice-shanty"] = new(
            """
            ONTONAGON RURAL HEALTH — PHYSICAL THERAPY
            Daily note 01/05/2027 · Arne Kivela, PT
            97112 — 23 min — treated one-on-one
            Tx: barefoot stance on the dense foam with eyes closed at the counter, stepping onto textured discs to a called color, heel-toe walking along the tape with a light touch.
            Findings: monofilament felt at 3 of 10 plantar sites on the R and 5 of 10 on the L; great-toe position sense wrong 6 of 10 times on the R; he doesn't know his boot is on the ice-shanty step until he looks down.
            Measure: mCTSIB condition 4 held 6 sec; Berg 45/56.
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // NPSM "on the skate push-off his L hip hikes and the knee drifts into valgus — delayed glute med activation and poor L knee neuromuscular control after the MCL sprain"; skater bounds to a stick, slide-board push-offs with a band, BOSU nudges; Y-balance composite and a count; "Individual (1 PT : 1 athlete)": passes.
        ["v4-h206-npsm-hip-hikes-on-the-skate-push-off"] = new(
            """
            NORTHERN PLAINS SPORTS MEDICINE — BISMARCK, ND
            Rehab Daily Note · 01/05/2027 · Jace Olheiser, PT, DPT, SCS
            97112 Neuromuscular re-ed: 23 min · Individual (1 PT : 1 athlete)
            Lateral skater bounds onto the Airex to a stick, single-leg slide-board push-offs with a band pulling the knee in, single-leg stance on the BOSU against a partner's stick-handling nudges.
            Deficit: on the skate push-off his L hip hikes and the knee drifts into valgus — delayed glute med activation and poor L knee neuromuscular control after the MCL sprain.
            Measures: Y-balance composite L 89% (R 97%); 6 of 10 bounds stuck without valgus.
            """,
            ["S83.412D"], [PT("97112", 23)], []),

        // PRNR "Exam findings today: slow, irregular alternating foot taps on the R; rebound and overshoot of the R leg placing the foot to a target; trunk sways and he widens his base" as the deficit; floor-target placements to a count, Frenkel heel-to-shin, cane step-overs with stops; SARA and placements; one-on-one: passes.
        ["v4-h206-prnr-rebound-and-overshoot-findings"] = new(
            """
            PEARL RIVER NEURO REHAB — Picayune, MS
            Treatment Note · 01/05/2027 · Delphine Favre, PT
            CPT 97112 — 22 min — one-on-one
            Exam findings today: slow, irregular alternating foot taps on the R; rebound and overshoot of the R leg when he places the foot to a target; his trunk sways and he widens his base to stand still.
            Treatment: foot placements to numbered floor targets at the therapist's count, Frenkel heel-to-shin slides in sitting, stepping over the cane and stopping on cue.
            Measures: SARA 13; 9 of 15 placements on target.
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // SCHH home PTA, "the R knee snaps back into hyperextension when she loads it on the ramp — late hamstring and quad co-contraction and poor R knee proprioception after the stroke"; cushion mini-squats with a tap, ramp step-downs, counter weight shifts; Berg and a count; "Individual 1:1", daughter putting away the Christmas dishes: passes.
        ["v4-h206-schh-pta-knee-snaps-back-on-the-ramp"] = new(
            """
            STEPHENS COUNTY HOME HEALTH — THERAPY VISIT (PART B)
            Pt home, Comanche OK · 01/05/2027 · Waylon Tubbs, PTA
            97112: 22 min · Individual 1:1, daughter putting away the Christmas dishes
            Skilled tx: mini-squats on the couch cushion with a tap at the R hamstring, stepping down the porch ramp with a cue to soften the knee, weight shifts onto the R at the kitchen counter.
            Finding: the R knee snaps back into hyperextension when she loads it on the ramp — late hamstring and quad co-contraction and poor R knee proprioception after the stroke.
            Objective: Berg 43/56; 7 of 10 ramp steps without the knee snapping back.
            """,
            ["I69.351"], [PTA("97112", 22)], []),

        // RecapIQ PRHT, Delia Tolliver: "Lateropulsion toward the right with truncal ataxia after the lateral medullary stroke"; tape-line walking with centring cues, weight shifts away from the pull against resistance, feet-together stance eyes closed; "Yes, one-on-one; her husband was out mending crab pots"; Berg and a count; 22 min: passes.
        ["v4-h206-prht-lateropulsion-after-medullary-stroke"] = new(
            """
            RecapIQ — Visit recap
            Piankatank River Home Therapy · Mathews, VA
            Clinician: Delia Tolliver, PT

            Q: What brought the patient in today?
            A: Mrs. Hurst wants to walk out to the end of the dock to feed the swans without drifting toward the edge.
            Q: What services were provided, and for how long?
            A: Neuromuscular re-education (97112), 22 minutes, at home.
            Q: Was the session one-on-one?
            A: Yes, one-on-one; her husband was out mending crab pots.
            Q: What was done?
            A: Walking the hallway along a tape line with cues to stay centered, weight shifts to the left against light resistance at the pelvis, and standing with her feet together at the counter with eyes closed.
            Q: What impairment is this addressing?
            A: Lateropulsion toward the right with truncal ataxia after the lateral medullary stroke; she is pulled toward the edge of the dock.
            Q: What was measured?
            A: Berg 42/56; she stayed on the tape line for 8 of 10 hallway passes.
            RecapIQ generated these answers from the visit audio; [unclear] marks words it could not make out. Reviewed by the clinician before signing.
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // EchoChart TVHR, Graciela Montaño (OT) 97110: resisted opposition with putty, clothespin lateral pinch, banded abduction holds, wrist extension with doses; R thumb and pinch weakness with a stiff CMC after arthroplasty (deficit); lateral pinch pounds; 16 min: passes.
        ["v4-h206-tvhr-ot-97110-thumb-and-pinch-weakness"] = new(
            """
            EchoChart Scribe · Tanque Verde Hand & Rehab · Tucson, AZ
            Treating clinician: Graciela Montaño, OTR/L, CHT

            Reason for visit ▸ The patient, a retired saddle maker, wants to get back to stitching leather at his bench.
            Services & time ▸ 97110 Therapeutic exercise · 16 min
            What the patient did ▸ Thumb opposition to each fingertip against resistance putty 3 x 10, lateral pinch of clothespins of rising resistance 3 x 12, isometric thumb abduction holds against a band 10 x 5 seconds, and wrist extension with a 2-lb weight 3 x 12.
            Findings ▸ Right thumb and pinch weakness with a stiff CMC joint after the CMC arthroplasty; he cannot hold the awl and the stitching pony at the same time. Lateral pinch right 9 lb (left 17 lb).
            Plan ▸ Add awl-grip practice.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["M18.11"], [OT("97110", 16)], []),

        // Tabula NBR, Asa Pruitt (OT) 97530: hand-over-hand line pulls, cooler lifts to the tailgate, cooler carry; L shoulder weakness and overhead reach after cuff repair with a crab-ring goal (deficit); counts with SBA and CGA; 19 min: passes.
        ["v4-h206-nbr-ot-97530-crab-rings-and-cooler"] = new(
            """
            TABULA AI · TREATMENT SUMMARY
            Nehalem Bay Rehab — Wheeler, OR
            Provider: Asa Pruitt, OTR/L

            Patient said: he wants to pull his own crab rings off the jetty this spring.

            | CPT | Intervention | Details | 1:1 | Time (est.) |
            |---|---|---|---|---|
            | 97530 | Therapeutic activities | Hand-over-hand pulls of a weighted line up from the floor, lifting a loaded bait cooler from the floor to the tailgate, carrying the cooler across the gym | ✓ | 19 min |

            Impairment: left shoulder weakness and limited overhead reach after the rotator cuff repair; goal to haul the crab rings and lift the cooler himself.
            Objective: 8 line pulls with stand-by assistance; 3 cooler lifts with contact guard.
            Plan: heavier cooler next visit.

            Tabula AI estimates times from the audio; the provider confirms or corrects them before signing.
            """,
            ["M75.122"], [OT("97530", 19)], []),

        // KVNPT "Findings: Romberg positive with eyes closed; joint-position sense absent at both great toes and impaired at the ankles; he walks with a wide base and watches his feet" as the deficit; rocker eyes closed with a fingertip touch, textured-mat stepping, heel-toe at the rail calling each landing; mCTSIB and FGA; "treated 1:1": passes.
        ["v4-h206-kvnpt-romberg-and-toe-position-findings"] = new(
            """
            Kickapoo Valley Neuro PT · La Farge, WI
            Daily note — 01/05/2027 — Signe Rundahl, PT, DPT
            97112 NMR 22 min, treated 1:1.
            Findings: Romberg positive with eyes closed; joint-position sense absent at both great toes and impaired at the ankles; he walks with a wide base and watches his feet on the milkhouse floor.
            Treatment: weight shifts on the rocker board with eyes closed and a light fingertip touch, stepping onto the textured mats to a stop, walking heel-toe along the rail and calling out when each foot lands.
            Measures: mCTSIB condition 4 held 5 sec; FGA 17/30.
            """,
            ["G62.9", "R26.0"], [PT("97112", 22)], []),

        // LMPT "Why: —" and no deficit anywhere else: deficit missing; "(x) 1:1", Airex step-and-stick, rocker with a catch, backward tape walking, Berg and FSST present.
        ["v4-h206-lmpt-why-left-as-a-dash"] = new(
            """
            Lakeshore Motion PT
            Code: 97112 | Min: 22 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: step-and-stick onto the Airex to the L and R, rocker board M/L with a ball catch, backward walking on the tape with head turns.
            Why: —
            #s: Berg 49/56; FSST 11.8 sec.
            Hal Everson, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // WMPT "What deficit did you target? see eval" and no deficit elsewhere: deficit missing; one-on-one, garage step-ups, pelvic perturbations by the freezer, driveway tandem, Berg and TUG present.
        ["v4-h206-wmpt-deficit-see-eval"] = new(
            """
            WMPT Visit Submission
            Codes performed (select all): 97112
            Minutes for each code you selected: 97112 — 23
            Was the visit one-on-one? One-on-one with the therapist
            What did you do? Step-ups onto the garage step to a stop, perturbations at the hips beside the chest freezer, tandem walking along the painted edge of the driveway.
            What deficit did you target? see eval
            Objective measure and score: Berg 45/56; TUG 12.6 sec
            Submitted by Hollis Trevino, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // Tabula NBR, Priscilla Ng: "Impairment: [unclear]" (the whole answer) and nothing else names a deficit: deficit missing; "✓", shoulder perturbations in tandem, foam-block stick landings, rocker with a catch, Berg and a count present.
        ["v4-h206-nbr-impairment-unclear"] = new(
            """
            TABULA AI · TREATMENT SUMMARY
            Nehalem Bay Rehab — Wheeler, OR
            Provider: Priscilla Ng, PT

            Patient said: back after the holidays; nothing new.

            | CPT | Intervention | Details | 1:1 | Time (est.) |
            |---|---|---|---|---|
            | 97112 | Neuromuscular re-education | Perturbations at the shoulders in tandem stance, stepping onto a foam block to a stick landing, rocker board with a ball catch | ✓ | 22 min |

            Impairment: [unclear]
            Objective: Berg 48/56; 7 of 10 stick landings.
            Plan: same next visit.

            Tabula AI estimates times from the audio; the provider confirms or corrects them before signing.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // HLPT S/O/A/P with "A: Progressing well." and no deficit anywhere: deficit missing; "☒ 1:1", rocker eyes closed, lobster-crate slat step-overs, foam tandem with head turns, Berg and tandem, "Billed: 97112 (23 min)" present.
        ["v4-h206-hlpt-assessment-progressing-well"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            P. Sargent, PT, DPT · 01/05/2027
            S: Back after the holidays; no new complaints.
            O: ☒ 1:1 ☐ group
            Rocker board A/P with eyes closed, stepping over the lobster-crate slats to a stop, tandem walking on the foam with head turns.
            Berg 47/56; tandem on foam 8 sec.
            A: Progressing well.
            P: Continue.
            Billed: 97112 (23 min)
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // KBR "Result: 30-second chair stand 10 (7 last month); tandem stance 12 sec; Berg 47/56"; foam sit-to-stand eyes closed, tandem pelvic pushes, line-coil step-overs; slow stepping and sway without vision; one-on-one; 23 min: passes.
        ["v5-h206-kbr-chair-stand-against-last-month"] = new(
            """
            Kachemak Bay Rehab · Anchor Point, AK
            01/05/2027 · Solveig Ahlstrom, PT
            97112 NMR 23 min, one-on-one
            Did: sit-to-stand onto the foam with eyes closed, lateral pushes at the pelvis in tandem stance, stepping over a coil of line to a stop.
            For: slow stepping and increased sway with vision removed; the setnetter slips on the icy beach stairs in the dark.
            Result: 30-second chair stand 10 (7 last month); tandem stance 12 sec; Berg 47/56.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // SCMH "Measures (Last | Today): FGA 18 | 22; DVA lines lost 4 | 3"; X1 on foam, hallway head turns, binding step-overs with pivots; L vestibular hypofunction; "☒ 1:1"; "Timed: 97112 ▸ 22 min"; the header's diagnosis code: passes.
        ["v5-h206-scmh-last-today-fga-and-dva"] = new(
            """
            ST. COLUMBA MEMORIAL HOSPITAL — OUTPATIENT THERAPY SERVICES (MARQUETTE)
            OP THERAPY DAILY NOTE — Pt: Eino Harju
            EPISODE A: vestibular neuronitis, left    ICD-10: H81.22
            Timed: 97112 ▸ 22 min
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Interventions: X1 viewing standing on foam, walking the hall with head turns toward the snowbank windows, stepping over snowshoe bindings with quick pivots
            Impairment: L vestibular hypofunction; the breakwall light "jumps" when he turns his head walking the lakeshore path
            Measures (Last | Today): FGA 18 | 22; DVA lines lost 4 | 3
            Completed by: Tove Lindqvist, PT
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // GLT OT 97530, sorting the January mail and writing two checks standing, top-shelf reach for the stamp box, carrying the outgoing mail to the desk; R hand dexterity and standing balance after stroke; counts with SBA and CGA; 21 min: passes.
        ["v5-h206-glt-ot-97530-mail-and-checkbook"] = new(
            """
            GREEN LAKE TERRACE — PART B THERAPY    Rm 14
            OT Daily Note 01/05/2027    Hallie Brandt, OTR/L
            Code: 97530 Therapeutic activities — 21 min   Mode: [X] Individual [ ] Concurrent
            Activity: standing at the counter to sort the January mail and write out her two bills from the checkbook, reaching to the top shelf for the stamp box, carrying the outgoing mail 40 ft to the front desk with the walker.
            Deficit: R hand dexterity and standing balance after the stroke; goal is to manage her own mail and bills again.
            Measure: stood through the sorting and both checks with SBA; 3 of 3 top-shelf reaches with CGA; mail carried with SBA.
            """,
            ["I69.351"], [OT("97530", 21)], []),

        // RSP 97110 with kilograms and a 30 cm box, "10.40–10.58 (18')" matching; R gluteal weakness after hip arthroscopy with a crab-pot goal: passes.
        ["v5-h206-rsp-97110-kilograms-and-box-height"] = new(
            """
            Rosario Strait Physiotherapy — 05.01.2027
            97110 TE 10.40–10.58 (18') · 1:1
            Step-ups onto a 30 cm box 3 × 10 each leg holding 8 kg, Romanian deadlifts 3 × 10 @ 20 kg, side-lying hip abduction 3 × 15 with a 3 kg cuff.
            R gluteus maximus and medius weakness after the R hip arthroscopy; he wants to carry his crab pots down the ramp at the marina.
            Ingrid Sæther, fysioterapeut / PT
            """,
            ["M62.81", "Z98.890"], [PT("97110", 18)], []),

        // ONB Tom Ebersole dictated, "mini best test nineteen out of twenty eight comma timed up and go eleven point eight seconds"; pushes from behind, rocker eyes closed, cone side-steps; late stepping reaction; "twenty two minutes period one on one"; matches: passes.
        ["v5-h206-onb-mini-bestest-spoken-in-words"] = new(
            """
            [Dictated with speech recognition — not proofread]
            neuromuscular re-education ninety seven one one two twenty two minutes period one on one the whole time period new paragraph stepping reactions to pushes from behind and to the right comma standing on the rocker board with eyes closed comma side stepping over the cones to a stop period new paragraph late stepping reaction and a poor ankle strategy comma he went down on the ramp to the ice fishing shanty Sunday period new paragraph mini best test nineteen out of twenty eight comma timed up and go eleven point eight seconds period Tom Ebersole comma PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // ISU SPT note, "Outcome measures (name: score): Y-balance anterior R 62 cm (L 70 cm); single-leg hop for distance R 104 cm (L 131 cm)"; Airex band perturbations, hop-and-stick, BOSU cone taps; R knee proprioception after ACL reconstruction; "Individual"; CI co-signed; 22 min: passes.
        ["v5-h206-isu-y-balance-and-hop-distance"] = new(
            """
            SPT Daily Note (Ironwood State University Sports Medicine & Physical Therapy Clinic)
            Student physical therapist (SPT): Tessa Rantala
            Clinical instructor (CI): Arne Halvorsen, PT, DPT
            CPT code(s) billed: 97112
            Minutes — 97112: 22
            Treatment format (select one): Individual
            Interventions (list each with parameters): single-leg stance on the Airex with band perturbations at the knee 3 x 30 sec, forward hop-and-stick 3 x 6, lateral cone taps standing on the BOSU 2 x 10
            Impairment(s) targeted: R knee proprioception and dynamic valgus after the ACL reconstruction; she wants to be back on the club hockey ice by March
            Outcome measures (name: score): Y-balance anterior R 62 cm (L 70 cm); single-leg hop for distance R 104 cm (L 131 cm)
            CI co-signature: Co-signed — A. Halvorsen, PT, DPT
            """,
            ["S83.511D"], [PT("97112", 22)], []),

        // Tabula BFSPT, Kyla Brandt 97140: tibiofemoral posterior glides in flexion, patellar inferior glides, STM to the distal hamstrings and popliteus; L knee flexion stiffness after meniscus repair; flexion degrees before and after and heel-to-buttock cm; 12 min: passes.
        ["v5-h206-bfspt-97140-knee-flexion-degrees"] = new(
            """
            TABULA AI · TREATMENT SUMMARY
            Bridger Foothills Sports PT — Three Forks, MT
            Provider: Kyla Brandt, PT, SCS

            Patient said: the fly-fishing guide's left knee is "stuck" when he crouches to net a fish from the drift boat.

            | CPT | Intervention | Details | 1:1 | Time (est.) |
            |---|---|---|---|---|
            | 97140 | Manual therapy | Tibiofemoral posterior glides grade III–IV in flexion, patellar inferior glides, soft-tissue mobilization to the left distal hamstrings and popliteus | ✓ | 12 min |

            Impairment: left knee flexion stiffness after the meniscus repair.
            Objective: left knee flexion 118 degrees before, 126 degrees after; heel-to-buttock distance 14 cm.
            Plan: add deep-squat mobility at home.

            Tabula AI estimates times from the audio; the provider confirms or corrects them before signing.
            """,
            ["S83.242D"], [PT("97140", 12)], []),

        // RecapIQ PRHT, Otis Rowe (PTA) 97116: rolling-walker gait on the oyster-shell drive and wet grass with cues, van-height step practice; R foot drop with toe catch and a short L step after stroke; 260 feet with CGA and the step with minimal assistance; 20 min: passes.
        ["v5-h206-prht-pta-97116-feet-and-assistance"] = new(
            """
            RecapIQ — Visit recap
            Piankatank River Home Therapy · Mathews, VA
            Clinician: Otis Rowe, PTA (supervising PT: Delia Tolliver, PT)

            Q: What brought the patient in today?
            A: Mr. Lumpkin wants to walk down the oyster-shell drive to the church van on Sundays.
            Q: What services were provided, and for how long?
            A: Gait training (97116), 20 minutes, at home.
            Q: What was done?
            A: Gait training with the rolling walker on the oyster-shell drive and the wet grass, cues for a longer left step and to lift the right foot, and stepping up onto a van-height step by the porch.
            Q: What impairment is this addressing?
            A: Right foot drop with toe catch and a short left step after the stroke.
            Q: What was measured?
            A: 260 feet on the shell drive with contact guard; the van-height step with minimal assistance, 3 trials.
            RecapIQ generated these answers from the visit audio; [unclear] marks words it could not make out. Reviewed by the clinician before signing.
            """,
            ["I69.351", "M21.371"], [PTA("97116", 20)], []),

        // QBRH "OUTCOME MEASURE: FGA SCORE: ____" (a named test with no number) and no other number but the code and its minutes: measure missing; individual, half-kneel stabilisation, Airex step-to-stop, foam-beam head turns, L step and ankle proprioception present.
        ["v5-h206-qbrh-fga-score-left-blank"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHAB
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            DELIVERY: ☒ Individual ☐ Group
            INTERVENTION: rhythmic stabilization in half kneel, stepping onto the Airex to a stop leading with the L, walking on the foam beam with head turns.
            IMPAIRMENT: slow L stepping reaction and poor L ankle proprioception after the fall on the wharf.
            OUTCOME MEASURE: FGA SCORE: ____
            Noreen Alley, PT
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // MLMPT Carla Hindman's run-on with "meas none today, she was tired" and no number but the code and its minutes: measure missing; "1on1 pt n me", foam eyes closed, boot-tray step-overs, tandem pushes, late stepping and R foot proprioception present.
        ["v5-h206-mlmpt-meas-none-today"] = new(
            """
            mlmpt tues farm call, first one after the holidays. 97112 22 min 1on1 pt n me at the end of the kitchen table. tx foam stance w eyes closed, stepping over the boot tray to a stop, perturbations at the hips in tandem. def late stepping reaction, reduced proprioception r foot. meas none today, she was tired. carla hindman pt
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // MWPT 97116 (Billing Summary 19 min) with rollator gait training to the curb cut and a deficit but no distance, assistance or other number: measure missing only.
        ["v5-h206-mwpt-pta-97116-no-distance-no-assist"] = new(
            """
            MotionWorks Physical Therapy — Bronx
            DAILY FLOWSHEET    Clinician: L. Fontaine, PTA
            1:1 [x]   Group [ ]   Aide-assisted [ ]
            Billing Summary: 97116 — 19 min
            Gait training with the rollator in the hall and out to the curb cut on the avenue, cues to stand tall and keep the rollator close on the turns.
            Assessment: forward trunk lean with short, shuffling steps from the lumbar stenosis; she stops to lean on the rollator every half block.
            """,
            ["M48.062"], [PTA("97116", 19)], [At(Measure, "97116")]),

        // Clarion CCBV, Dale Whitehorse: "Formal testing was not repeated today; she said she feels more confident and used the wall less" and no number but the code and its minutes: measure missing; one-on-one, head-turn gaze walking, foam eyes closed, pivots, L vestibular hypofunction present.
        ["v5-h206-ccbv-formal-testing-not-repeated"] = new(
            """
            CLARION AMBIENT — VISIT NOTE
            Clearwater Canyon Balance & Vestibular · Orofino, Idaho
            Clinician: Dale Whitehorse, PT, DPT

            SESSION SUMMARY
            The patient, who runs the hardware counter in town, reported that the aisles "slide" less than they did before the holidays. The patient was treated one-on-one. The therapist provided gaze stabilization with head turns while walking the hallway, standing on foam with eyes closed, and pivot turns toward the left with a stop.

            FINDINGS
            Left vestibular hypofunction with motion-provoked dizziness on quick head turns. Formal testing was not repeated today; she said she feels more confident and used the wall less.

            TIME STATEMENT
            Neuromuscular re-education (97112): 23 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Dale Whitehorse, PT, DPT.
            """,
            ["H81.22"], [PT("97112", 23)], [At(Measure, "97112")]),

        // LRR OT 97530, car-seat transfers, sweet-tea gallon lifts, stirring at the stove, "Performance: moving better; she did the car transfer more smoothly than last week" — no count, assistance level or number: measure missing.
        ["v5-h206-lrr-ot-97530-moving-better"] = new(
            """
            LUMBEE RIVER REHAB — Pembroke, NC
            Treatment Note · Vanessa Locklear, OTR/L
            97530 Therapeutic Activities: 19 min
            Activities: getting in and out of the car seat on the simulator, lifting a gallon of sweet tea from the bottom shelf of the fridge to the counter, standing at the stove to stir a pot.
            Targets: R hip weakness after the R hip fracture and standing balance for kitchen tasks.
            Performance: moving better; she did the car transfer more smoothly than last week.
            """,
            ["S72.001D"], [OT("97530", 19)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in the templates' forms, true mismatches, truly missing separate time

        // OCM two clock ranges, 97112 0900–0922 (22) and 97116 0922–0938 (16), both exact; rocker, curb-block step-and-stick, tandem head turns with L knee proprioception, Berg and SLS; SPC gait on gravel and the ramp with a short R step, distance and assistance: passes.
        ["v6-h206-ocm-two-clock-ranges-112-116"] = new(
            """
            OCMULGEE RIVER PT — post-TPE daily note, rev. C
            97112 NMR 0900–0922 (1:1): rocker board M/L with eyes closed, step-and-stick off the curb block onto foam, tandem walk with head turns. Late L stepping reaction and poor L knee proprioception. Berg 45/56; SLS L 5 sec.
            97116 GT 0922–0938: gait with the SPC across the gravel lot and up the ramp, cues for L heel strike and a longer R step. Short R step and L quad weakness after the TKA. 320 ft SPC with SBA; ramp with CGA.
            Leland Fussell, PT
            """,
            ["Z96.652"], [PT("97112", 22), PT("97116", 16)], []),

        // EMRT "Timed minutes: 97112=23, 97110=14. One-on-one.", both exact; pelvic perturbations, foam step-to-stop, tandem head turns; low-chair sit-to-stands, step-ups, banded abduction with doses; delayed stepping and hip and knee extensor weakness; Berg and chair stand: passes.
        ["v6-h206-emrt-code-equals-minutes-112-110"] = new(
            """
            EMBARRAS RIVER THERAPY — Newton, IL
            01/05/2027  Jocelyn Hemrich, PT
            Timed minutes: 97112=23, 97110=14. One-on-one.
            97112: perturbations at the pelvis in stride stance, stepping onto the foam to a stop, tandem walking with head turns.
            97110: sit-to-stand from a low chair 3x10, step-ups onto the 6 in step 3x10, standing hip abduction with 3 lb 3x12.
            Problem: delayed stepping reactions; B hip and knee extensor weakness — she can't get up from the church pew without pulling on the one in front.
            Measures: Berg 46/56; 30-second chair stand 9.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], []),

        // Halyard "How long for each? (minutes) 97112: 22, 97110: 12", both exact; the Knack with sEMG biofeedback carried into sit-to-stands and step-ups; bridges, clams, squats with doses; pelvic-floor motor timing and hip weakness; microvolts and a count: passes.
        ["v6-h206-halyard-how-long-for-each-112-110"] = new(
            """
            Halyard PT — after-visit form
            What did we do? 97112: the Knack (pelvic-floor pre-contraction before a cough) with sEMG biofeedback, then the pre-contraction during sit-to-stands and step-ups. 97110: bridges with a ball squeeze 3 x 12, side-lying clams with a band 3 x 15, squats to a bench 3 x 10.
            How long for each? (minutes) 97112: 22, 97110: 12
            Was it just you and me the whole time? (required) Yes
            Which system are we working on?: pelvic-floor motor timing (leaks when she lifts the grandbaby); hip and gluteal weakness
            Numbers! (scores, seconds, microvolts, grades) peak sEMG 31 microvolts (24 last visit); 7 of 10 coughs dry with the pre-contraction
            Inés Calloway, PT
            """,
            ["N39.3", "M62.81"], [PT("97112", 22), PT("97110", 12)], []),

        // KU-PTC student SOAP, "O: 97112 Neuromuscular re-ed 23 min …" and "97110 Therapeutic exercise 12 min …", both exact; "Pt : clinician ☒ 1:1"; Airex perturbations, hurdle stick, tandem; leg press, lateral step-ups, heel raises; R ankle proprioception and quad and calf weakness; Berg, SLS and 5xSTS; CI paragraph: passes.
        ["v6-h206-ku-ptc-two-codes-in-objective-112-110"] = new(
            """
            KASKASKIA UNIVERSITY — PT FACULTY CLINIC
            S: Pt back for the first visits of the spring term; she slid on the ice at the gas station Saturday but didn't go down.
            O: 97112 Neuromuscular re-ed 23 min — perturbations at the pelvis standing on the Airex, stepping over the hurdle to a stick, tandem walk with head turns. Pt : clinician ☒ 1:1
               97110 Therapeutic exercise 12 min — leg press 60 lb 3x12, lateral step-ups 6 in 3x10, heel raises 3x15.
               Berg 47/56; SLS R 6 sec; 5xSTS 13.9 sec.
            A: reduced R ankle proprioception with a late stepping reaction; R quad and calf weakness after the R ankle fracture.
            P: progress to hops when cleared.
            Student: Anya Whitfield, SPT. CI: I was present and directed this treatment; agree with the note. — Dr. Luis Ocampo, PT
            """,
            ["S82.891D"], [PT("97112", 23), PT("97110", 12)], []),

        // RBTC bilingual grid "| 97110 | … | 16 | 1 |" and "| 97140 | … | 10 | 1 |", both exact, "Sesión individual (1:1). Esposo presente"; wall slides, dumbbell flexion, banded ER, rows with doses; glenohumeral glides and STM; R shoulder stiffness and cuff weakness with a rosca-tray goal; degrees: passes.
        ["v6-h206-rbtc-bilingual-grid-110-140"] = new(
            """
            RIO BRAVO THERAPY CENTER — Eagle Pass, TX
            Nota diaria / Daily note   01/05/2027   Terapeuta: Ana Lucía Villarreal, PT
            | CPT   | Servicio / Service           | Min | Units |
            | 97110 | Ejercicio terapéutico        | 16  | 1     |
            | 97140 | Terapia manual               | 10  | 1     |
            Sesión individual (1:1). Esposo presente / husband present.
            Ejercicio (97110): wall slides 2x12, shoulder flexion with a 2 lb dumbbell 3x10, ER with the red band 3x12, rows 3x15.
            Manual (97140): glenohumeral posterior and inferior glides grade III, STM to the R upper trapezius and pectorals.
            Problema / Problem: R shoulder stiffness and cuff weakness; she can't lift the rosca de reyes tray to the top of the fridge for tomorrow.
            Medidas / Measures: R shoulder flexion 128° (118° last week); ER 44°.
            """,
            ["M25.611"], [PT("97110", 16), PT("97140", 10)], []),

        // Tabula NBR, Priscilla Ng: two rows, 97112 (23 min, "✓") BAPS, foam SLS with tosses, step-downs to a stick, and 97140 (11 min) talocrural glides, subtalar distraction, peroneal STM; R ankle proprioception and dorsiflexion after the sprain; SLS and knee-to-wall: passes.
        ["v6-h206-nbr-two-rows-112-140"] = new(
            """
            TABULA AI · TREATMENT SUMMARY
            Nehalem Bay Rehab — Wheeler, OR
            Provider: Priscilla Ng, PT

            Patient said: the crabber's right ankle is stiff in his boots and "rolls" on the wet dock planks.

            | CPT | Intervention | Details | 1:1 | Time (est.) |
            |---|---|---|---|---|
            | 97112 | Neuromuscular re-education | BAPS board in standing, single-leg stance on the foam with ball tosses, lateral step-downs to a stick landing | ✓ | 23 min |
            | 97140 | Manual therapy | Talocrural posterior glides grade III, subtalar distraction, soft-tissue mobilization to the right peroneals | — | 11 min |

            Impairment: reduced right ankle proprioception with a slow peroneal response, and limited right dorsiflexion after the sprain.
            Objective: single-leg stance on foam right 7 seconds; knee-to-wall right 6 cm before, 9 cm after.
            Plan: hops next visit.

            Tabula AI estimates times from the audio; the provider confirms or corrects them before signing.
            """,
            ["S93.401D"], [PT("97112", 23), PT("97140", 11)], []),

        // EchoChart KRPT, Bridget Szabo: "97112 Neuromuscular re-education · 22 min | 97116 Gait training · 15 min", both exact; one-on-one; weight shifts with tapping, pushes toward the L, hurdle step-overs; quad-cane gait on the gravel strip; L hemiparesis with a late L step and short R step; Berg and distance with CGA: passes.
        ["v6-h206-krpt-two-codes-112-116"] = new(
            """
            EchoChart Scribe · Kittatinny Ridge Physical Therapy · Stroudsburg, PA
            Treating clinician: Bridget Szabo, PT

            Reason for visit ▸ The patient, a retired slate-quarry foreman, wants to walk the church's gravel lot to the side door without his wife's arm.
            Services & time ▸ 97112 Neuromuscular re-education · 22 min | 97116 Gait training · 15 min
            What the patient did ▸ The therapist worked one-on-one with the patient for the whole visit.
            Neuromuscular re-education: weight shifts onto the left leg with tapping at the left hip, stepping reactions to light pushes toward the left, and stepping over a low hurdle leading with the left.
            Gait training: quad-cane gait in the hall and on the gravel strip outside, cues for left heel strike and a longer right step.
            Findings ▸ Left hemiparesis with poor weight acceptance and a late protective step to the left; short right step. Berg Balance Scale 41/56; 180 feet with the quad cane and contact guard.
            Plan ▸ Add the curb next week.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 15)], []),

        // KVMH-N two dotted lines ("97112 … 23 min", "97110 … 13 min"), both matching, "[X] Individual"; tall-kneel stabilisation, PNF chops and lifts, metronome stepping; bridges, medicine-ball sit-to-stands, band walks with doses; truncal ataxia and hip extensor weakness; Berg and SARA: passes.
        ["v6-h206-kvmhn-two-dotted-lines-112-110"] = new(
            """
            KANKAKEE VALLEY MEMORIAL HOSPITAL — NEURO OUTPATIENT WING
            Treatment Record · 01/05/2027 · Therapist: Oluwaseun Fadare, PT, DPT
            Service delivery: [X] Individual  [ ] Concurrent
            97112 Neuromuscular Re-education .......... 23 min
            97110 Therapeutic Exercise ................ 13 min
            Techniques: 97112 — rhythmic stabilization in tall kneel, PNF chops and lifts in half kneel, stepping to floor targets on a metronome. 97110 — bridges 3x12, sit-to-stand holding a 6 lb medicine ball 3x10, lateral band walks 3 laps.
            Neuromotor impairment: truncal ataxia and poor timing of stepping after the cerebellar stroke; hip extensor weakness.
            Standardized measure: Berg 43/56; SARA 12.
            """,
            ["I69.393"], [PT("97112", 23), PT("97110", 13)], []),

        // PTH "97116 [ 31 ] min" on a 20-minute line: mismatch; quad-cane gait through the mudroom and down the porch steps, R knee buckling from quad weakness after TKA, distance and assistance present.
        ["v6-h206-pth-97116-box-31-on-20"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: pt's farmhouse off the county blacktop
            Present: wife, hauling the Christmas tree out to the burn pile
            97116 [ 31 ] min
            Gait training with the quad cane from the kitchen through the mudroom and down the porch steps to the truck, cues for R heel strike and a wider base on the frozen yard.
            His R knee buckles in midstance on the uneven frozen ground — R quad weakness after the R TKA.
            Assist/Dist: 180 ft x 2 with the quad cane and CGA; porch steps with the rail and SBA.
            Ellie Marchand, PT
            """,
            ["Z96.651"], [PT("97116", 20)], [At(Mismatch, "97116")]),

        // KMMC "Time calculation: 1015-1051 = 36 min" on a 23-minute line: mismatch; otherwise complete (SmartList Yes, foam perturbations, hurdle stick, tandem with head turns; reactive stepping and proprioception; Berg and tandem).
        ["v6-h206-kmmc-time-calculation-36-on-23"] = new(
            """
            KETTLE MORAINE MEDICAL CENTER - OUTPATIENT REHABILITATION (WEST BEND)
            PT DAILY NOTE
            Subjective: First visit since the holidays; walked in from the ramp without her cane.
            Neuromuscular Re-education (97112)
            Time calculation: 1015-1051 = 36 min
            One-on-one: {Yes/No:1234} Yes
            Interventions: perturbations at the hips standing on foam, step-and-stick over the hurdle, tandem walking with head turns past the windows.
            Impairment: delayed reactive stepping and reduced proprioception in both feet.
            Objective: Berg 48/56; tandem 11 sec.
            Electronically signed by Marit Hovland, PT, DPT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // TRT "Codes: 97112 — 23 min (1:1); 97110 — 26 min" on a 23-minute 97112 and a 14-minute 97110: mismatch on the 97110 only; both sections complete.
        ["v6-h206-trt-second-code-26-on-14"] = new(
            """
            TONTO RIM THERAPY · Payson, AZ
            Daily note 01/05/2027 · Renata Cordova, PT
            Codes: 97112 — 23 min (1:1); 97110 — 26 min
            97112: step-and-stick onto the Airex, perturbations at the pelvis in tandem, stepping over the pine-log hurdle on cue.
            97110: leg press 70 lb 3x12, lateral band walks 3 laps, heel raises 3x15.
            Impairment: late stepping reaction and poor ankle proprioception; B hip abductor and calf weakness.
            Measures: Berg 45/56; SLS R 7 sec.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], [At(Mismatch, "97110")]),

        // Wrenfield TMR, Jolene Zook: "• 97112 Neuromuscular re-education — ~~22~~ 12 min (corrected by JZ)" on a line billed at the scribe's 22: the edit stands — time mismatch; "Seen 1:1", foam head turns, Airex step-and-stick, tandem perturbations, postural control, Berg and tandem present.
        ["v6-h206-tmr-edit-to-12-on-a-22-minute-line"] = new(
            """
            WRENFIELD SCRIBE · SOAP NOTE
            Tuscarora Mountain Rehab — McConnellsburg, PA
            Clinician: Jolene Zook, PT

            S —
            • Pt keeps the calves on the family dairy and says the barn aisle "tips" when she turns toward the hutches.
            O —
            • 97112 Neuromuscular re-education — ~~22~~ 12 min (corrected by JZ)
            • Seen 1:1 by the PT.
            • Foam stance with eyes closed and head turns
            • Step-and-stick onto the Airex
            • Lateral perturbations at the pelvis in tandem stance
            A —
            • Impaired postural control with reduced ankle proprioception and a late stepping reaction.
            • Berg 46/56; tandem stance 9 seconds.
            P —
            • Add turns in the barn-aisle mock-up.
            — Drafted by Wrenfield Scribe from ambient audio. AI output may contain errors; the signing clinician is responsible for the content. —
            """,
            ["R26.81"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // WRPT "Svc: 97112 NMR and 97110 TE" with only "Total timed treatment: 37 min" on its own line and no minutes for either code: separate time missing; both treatments complete.
        ["v6-h206-wrpt-total-only-112-110"] = new(
            """
            WHITE RIVER PT & BALANCE — daily note 01/05/2027
            Svc: 97112 NMR and 97110 TE
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            Total timed treatment: 37 min
            What we did: foam stance with head turns, step-and-stick off the step onto the Airex, pelvic perturbations in tandem; then sit-to-stand 3 x 10, lateral step-ups 3 x 10, bridges 3 x 12.
            Why: slow ankle strategy and reduced proprioception in both feet; hip and quad weakness.
            Numbers: Berg 46/56; SLS R 6 sec.
            J. Aldridge, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], [SepTime]),

        // GLHS "Timed minutes 97112: 22" and "Timed minutes 97110: ___" left blank: separate time missing; both treatments complete.
        ["v6-h206-glhs-97110-minutes-blank"] = new(
            """
            GRAND LAKE HEALTH SYSTEM - OUTPATIENT THERAPY
            Intervention Documentation
            Timed minutes 97112: 22
            Timed minutes 97110: ___
            Was pt treated 1:1 for all billed minutes?: Y
            Neuromuscular re-ed performed: rocker board M/L with eyes closed, step-and-stick onto foam, walking with head turns down the hall.
            Therapeutic exercise performed: leg press 80 lb 3x12, step-ups 3x10, bridges 3x12.
            Impairment addressed: late ankle strategy and reduced proprioception; L hip and quad weakness.
            Objective: Berg 47/56; SLS L 6 sec.
            Therapist: Brock Heitkamp, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for 97110/97530/97140/97116, wholly generic notes

        // An empty note on a 97112 with a diagnosis: DOC_NOTE_MISSING on the line and nothing else.
        ["v7-h206-empty-note-97112"] = new(
            "",
            ["R26.81"], [PT("97112", 22)], [At(NoteMissing, "97112")]),

        // A note of line breaks and spaces only on a two-code visit (97110, 97140) with no diagnosis: note missing on each line and diagnosis missing.
        ["v7-h206-whitespace-only-97110-97140-no-dx"] = new(
            "\n  \n \n",
            [], [PT("97110", 15), PT("97140", 10)], [At(NoteMissing, "97110"), At(NoteMissing, "97140"), Dx]),

        // An empty note on a PTA's 97116 with a diagnosis: note missing on the line and nothing else.
        ["v7-h206-empty-note-pta-97116"] = new(
            "",
            ["Z96.651"], [PTA("97116", 18)], [At(NoteMissing, "97116")]),

        // 97110's meaning on a WCOPT note: single-leg bridges, side planks, kettlebell hinge, lateral step-ups with doses (technique and measure), L gluteal and trunk weakness with a water-softener goal (deficit), bridge reps; "97110 Therapeutic exercise — 20 min:": passes.
        ["v7-h206-wcopt-97110-salt-bags-for-the-softener"] = new(
            """
            WEXFORD COMMONS ORTHOPAEDIC PT — Wexford office
            Visit 4 of 12 | Pruszynski, Walt | DOS 01/05/2027 | Brett Szalai, PT, DPT, OCS
            97110 Therapeutic exercise — 20 min: single-leg bridges 3x10 ea, side planks from the knees 3x30 s, hip hinge to a 25 lb kettlebell 3x10, lateral step-ups onto the 8 in box 3x10 ea
            Problem list: L gluteal and trunk weakness with low back pain on lifting; the retired steelworker can't lift the salt bags into the water softener
            Objective today: single-leg bridge L 12 reps before fatigue (R 20)
            A: Better hip drive on the hinge.
            P: Add carries.
            """,
            ["M54.50", "M62.81"], [PT("97110", 20)], []),

        // 97530's meaning on an HDNR OT note: hay flakes to a chest-high feeder, water-bucket carries, one-handed gate latching with counts (technique and measure), R arm weakness and grip after stroke with a horse-feeding goal (deficit), SBA and CGA; "97530 [ 21 ] min": passes.
        ["v7-h206-hdnr-ot-97530-hay-bucket-and-gate"] = new(
            """
            HIGH DESERT NEURORECOVERY — REDMOND
            Visit note | Sol Márquez, OTR/L | Pt: Alvin Tenney (feeds his own horses through the winter)
            97530 [ 21 ] min
            What I did: lifting flakes of hay from a bale on the floor to a feeder at chest height, 12 flakes; carrying a 2-gallon water bucket 25 ft, 5 trips; opening and latching the gate clip with the R hand, 8 times
            Why: R arm weakness and grip after the L stroke, and standing balance while carrying; he wants to feed the horses himself
            Device paste: none today
            Assist: SBA for the hay and the gate, CGA for the bucket carries
            """,
            ["I69.351"], [OT("97530", 21)], []),

        // 97140's meaning on an MBOG note: central PAs at L4–L5 and L5–S1, side-lying rotation mobilisation, STM to the quadratus lumborum (technique), lumbar extension and side-bend hypomobility with a forklift goal (deficit), extension degrees (measure); "→ 97140 · 11 min": passes.
        ["v7-h206-mbog-97140-lumbar-mobilisation"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Fermin Larrinaga · 01/05/2027 · R. Quintero, PT
            PRIMARY OUTCOME: ODI 30% today (intake 44%)
               → 97140 · 11 min · L4–L5 and L5–S1 central PA mobilizations grade III, side-lying lumbar rotation mobilization, STM to the R quadratus lumborum
            Impairment: lumbar extension and R side-bend hypomobility; the onion-shed forklift driver can't twist to check behind his load
               ▸ measured by: lumbar extension 15° (9° last visit)
            """,
            ["M54.50"], [PT("97140", 11)], []),

        // 97116's meaning on a BCH goal note: rolling-walker gait through the lobby doors and across the lot with cues (technique), R hemiparetic gait with knee hyperextension (deficit), distance with SBA and the lot with CGA (measure); "Treated with: 97116 (19 min)": passes.
        ["v7-h206-bch-97116-car-to-the-pharmacy-counter"] = new(
            """
            BLACKBERRY CREEK HOSPITAL · NEUROLOGIC THERAPY CLINIC (Kermit)
            Pt: Opal Hatfield · 01/05/2027 · D. Mounts, PT
            Goal #3 — walk from the car to the pharmacy counter with the rolling walker, no rests
            Status: progressing
            Treated with: 97116 (19 min) — rolling-walker gait down the hall, through the lobby doors and across the parking lot, cues for R heel strike, a step-through pattern and keeping the walker close on the turns
            Impairment: R hemiparetic gait with a short R stance and R knee hyperextension after the L stroke
            How we know: 260 ft with the rolling walker and SBA; lot crossing with CGA
            Attendance: ☒ 1:1 ☐ concurrent ☐ group
            """,
            ["I69.351"], [PT("97116", 19)], []),

        // CFPT OfficeMate capitals "BALANCE TRAINING AND STABILITY EXERCISES AS TOLERATED. PT DID WELL. CONTINUE POC." with no 1ON1 FLAG line: wholly generic, and no one-on-one statement.
        ["v7-h206-cfpt-capitals-generic-no-flag"] = new(
            """
            CANEY FORK PHYSICAL THERAPY - SPARTA      OFFICEMATE PM 4.0   DAILY NOTE
            PROV: WENDELL PRIDDY PT
            CPT 97112 X 22 MIN
            NOTE: BALANCE TRAINING AND STABILITY EXERCISES AS TOLERATED. PT DID WELL. CONTINUE POC.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // SWPT "Session type: Individual, one-on-one. Balance and coordination exercises done. Patient participated well. Continue per POC." — wholly generic; one-on-one stated.
        ["v7-h206-swpt-balance-and-coordination-done"] = new(
            """
            StrideWell PT — Gulfton clinic 07
            Billing: 97112 NM Re-ed — 22 min
            Session type: Individual, one-on-one.
            Balance and coordination exercises done. Patient participated well. Continue per POC.
            Daniela Ortega, PT
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // Quillstone PSSP, Hollis Tate: "Therapeutic exercise (97110) — 15 minutes" with "The patient participated in therapeutic exercise per the plan of care.", "Tolerated the session well." and "Continues to progress." — wholly generic.
        ["v7-h206-pssp-participated-in-ther-ex-per-poc"] = new(
            """
            ## Daily Note
            **Clinic:** Pamlico Sound Sports & Spine PT — Washington, NC
            **Clinician:** Hollis Tate, PT, DPT, SCS

            ### Subjective
            The patient reported no change since the last visit.

            ### Interventions
            - Therapeutic exercise (97110) — 15 minutes
              - The patient participated in therapeutic exercise per the plan of care.
              - Tolerated the session well.

            ### Assessment
            Continues to progress.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["M62.81"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // SSHR OT 97530 "ADL-type activities completed per plan. No complaints. Will continue." — wholly generic for the 97530.
        ["v7-h206-sshr-ot-adl-type-activities-per-plan"] = new(
            """
            Sycamore Shoals Health & Rehabilitation — Part B OT
            Mode: ☑ Individual ☐ Concurrent ☐ Group ☐ Co-treatment
            CPT | Description | Min
            97530 | Therapeutic activities | 20
            Tx: ADL-type activities completed per plan. No complaints. Will continue.
            Nell Trivette, OTR/L
            """,
            ["M62.81"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // TVPT 97140 "manual techniques per the plan of care", "DEFICIT ADDRESSED: see plan", "OBJECTIVE: pt tolerated without complaint": wholly generic for the 97140.
        ["v7-h206-tvpt-manual-techniques-per-poc"] = new(
            """
            TOUCHET VALLEY PT
            SERVICE: 97140 Manual therapy — 10 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: manual techniques per the plan of care.
            DEFICIT ADDRESSED: see plan
            OBJECTIVE: pt tolerated without complaint
            Wade Lindgren, PT
            """,
            ["M54.50"], [PT("97140", 10)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes (and two with no diagnosis)

        // MRH "Delivery: [X] Individual"; foam step-and-stick forward and lateral, rocker pelvic perturbations, turning to a called direction with a stop; R ankle proprioception and slow stepping after ORIF; SLS and Berg; heading 22 min: passes.
        ["vord-h206-mrh-individual-stair-runner"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 01/05/2027    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 22 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Forward and lateral step-and-stick onto the foam pad, perturbations at the pelvis on the rocker board, turning in place to a called direction with a stop.
            Impairment: R ankle proprioception and a slow stepping reaction after the R ankle ORIF; she caught the edge of the stair runner on New Year's Day.
            Objective: SLS R 7 s (L 19 s); Berg 49/56.
            """,
            ["S82.851D"], [PT("97112", 22)], []),

        // QHPT "97112 — 23 min. Seen 1:1."; snowshoe-frame step-overs to a stop, rocker M/L with head turns, Airex SLS with a toss; late ankle strategy and L ankle proprioception for a sugarmaker on the slope; SLS and Berg: passes.
        ["vord-h206-qhpt-sugarmaker-tubing-lines"] = new(
            """
            Quarry Hill PT — Montpelier
            97112 — 23 min. Seen 1:1.
            Tx: stepping over the snowshoe frames laid on the mat to a stop, rocker board M/L with head turns, single-leg stance on the Airex with a ball toss.
            Why: late ankle strategy and reduced L ankle proprioception; the sugarmaker loses his footing on the slope walking his tubing lines.
            Measures: SLS L 6 sec; Berg 48/56.
            Eli Tremblay, PT
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // BHOT "97116 gait training 1310–1328 (18 min) … 1:1"; SPC gait on the floor, the snowpacked lot and the ramp with cues; R hip abductor weakness with a Trendelenburg lurch after THA; distance and assistance: passes.
        ["vord-h206-bhot-97116-snowpacked-back-lot"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            97116 gait training 1310–1328 (18 min) — Wade Thorsby, PT — 1:1
            Tx: gait with the SPC on the clinic floor, across the snowpacked back lot and up the ramp, cues for R heel strike and an upright trunk.
            Deficit: R hip abductor weakness with a Trendelenburg lurch after the R THA; he can't walk the feedlot alley without the fence.
            Distance: 300 ft with the SPC, SBA; snowpack 80 ft with CGA.
            """,
            ["Z96.641"], [PT("97116", 18)], []),

        // BOSM Askins' pipes, 97140: radiocarpal distraction and dorsal glides, midcarpal glides, forearm flexor STM; R wrist extension stiffness after the radius fracture; extension degrees before and after; "97140 MT 11 min": passes.
        ["vord-h206-bosm-askins-97140-wrist"] = new(
            """
            BOSM | 97140 MT 11 min | 1:1 | radiocarpal distraction and dorsal glides grade III | midcarpal glides | STM to the R forearm flexors | R wrist extension stiffness after the distal radius fracture | wrist ext 38° → 47° | K. Askins PT
            """,
            ["S52.531D"], [PT("97140", 11)], []),

        // CBMC Priya Raman's slashes, "97112 23 min one to one/"; tall-kneel stabilisation, foam step-and-stick, stride perturbations; late L step and trunk control after CVA; Berg and FSST: passes.
        ["vord-h206-cbmc-raman-first-visit-back"] = new(
            """
            cbmc neuro 97112 23 min one to one/ first visit back after new year/ rhythmic stabilization in tall kneel/ step and stick onto foam leading l/ perturbations in stride stance/ late l stepping reaction + poor trunk control after cva/ berg 43/56/ fsst 14.2 sec/ priya raman pt
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // HPPT Tess Nakamura, "22 min, 1:1 throughout; his wife waited in the car" (family); foam head turns eyes closed, Airex lateral step-and-stick, lateral release from lean; slow lateral stepping and sway in the dark; Mini-BESTest and releases: passes.
        ["vord-h206-hppt-nakamura-ferry-ramp-at-night"] = new(
            """
            Harbor Point Physical Therapy — Bremerton
            Tess Nakamura, PT — Tue 01/05/2027
            97112 — 22 min, 1:1 throughout; his wife waited in the car.
            Foam stance with eyes closed and head turns, lateral step-and-stick onto the Airex, reactive stepping to a sideways release from lean.
            Problem: slow lateral stepping and increased sway in the dark; the retired shipyard rigger stumbles on the ferry ramp at night.
            Mini-BESTest 20/28; 6 of 8 lateral releases recovered in one step.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // NCNPT Tveit's capitals, "SESSION: [X] 1:1"; foam weight shifts with hamstring tapping, step-up holds, reactive steps; L hemiparesis with knee hyperextension and a late step; Berg and 10MWT; "97112 / 23": passes.
        ["vord-h206-ncnpt-tveit-snowmobile-trailer-ramp"] = new(
            """
            NORTH COUNTRY NEURO PT — DAILY NOTE — PLEASE PRINT
            SESSION: [X] 1:1   [ ] CO-TX   [ ] GROUP
            PROBLEM: L HEMIPARESIS, L KNEE HYPEREXTENDS IN STANCE + LATE L STEP, HE CATCHES A TOE ON THE SNOWMOBILE TRAILER RAMP
            INTERVENTIONS: WEIGHT SHIFTS ONTO THE L ON FOAM WITH TAPPING AT THE L HAMSTRING, STEP-UPS LEADING L WITH A HOLD, REACTIVE STEPS TO PUSHES AT THE HIPS
            OUTCOME MEASURES: BERG 42/56; 10MWT 0.74 M/S
            CPT / MIN: 97112 / 23
            G. TVEIT PT DPT NCS
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // TheraVoice KPOR, Lacey Nguyen (PTA) 97116: four-wheeled-walker gait on the track with cues, the ramp and snowy sidewalk edge, narrow-space turns; forward lean and shuffling from lumbar stenosis; distance with SBA and gait speed; 19 min: passes.
        ["vord-h206-kpor-pta-97116-grain-coop-office"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Lacey Nguyen, PTA (supervising PT: Wes Oberle, PT)
            Chief concern: The patient wants to walk from the parking lot into the grain co-op office without stopping.
            Service: Gait training — 97116 — 19 min
            Interventions performed:
            • Gait training with the four-wheeled walker on the indoor track, cues for an upright trunk and a longer left step
            • Walking the outdoor ramp and the snowy edge of the sidewalk with the walker
            • Turning in a narrow space to practice the co-op's doorway
            Impairment addressed: Forward trunk lean and short, shuffling steps with reduced left hip extension from lumbar stenosis.
            Standardized measure: Walking distance  Score: 420 feet with stand-by assistance; gait speed 0.74 m/s
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["M48.062"], [PTA("97116", 19)], []),

        // Clarion VRHT, Joe Koski (PTA) 97530: auger lifts into the ice-fishing sled, pulling the loaded sled across the drive, half-kneeling to set the hitch and rising; L hip weakness after THA with a sled goal; counts with SBA, CGA and minimal assistance; time statement 22: passes.
        ["vord-h206-vrht-pta-97530-ice-fishing-sled"] = new(
            """
            CLARION AMBIENT — HOME VISIT NOTE
            Vermilion Range Home Therapy · Tower, Minnesota
            Clinician: Joe Koski, PTA (supervising PT: Annika Lindgren, PT)

            SESSION SUMMARY
            The visit took place in the patient's home and garage. The patient wants to load his ice-fishing sled by himself before the season on the lake closes. The therapist provided therapeutic activities: lifting the auger from the garage floor into the sled, pulling the loaded sled across the packed driveway, and half-kneeling on a pad to set the sled's tow hitch and standing back up.

            ASSESSMENT
            Left hip weakness and reduced standing balance after the left total hip; goal to load and pull the sled on his own. Lifted the auger into the sled 4 times with stand-by assistance; pulled the sled 60 feet, 2 trips, with contact guard assistance; rose from half-kneeling 3 times with minimal assistance.

            TIME STATEMENT
            Therapeutic activities (97530): 22 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Joe Koski, PTA.
            """,
            ["Z96.642"], [PTA("97530", 22)], []),

        // Wrenfield CDPT, Esteban Quiroga (PTA): "Seen one-on-one by the PTA; no one else on his schedule for that block"; foam SLS with head turns, Airex step-and-stick, rocker eyes closed; the hedged AI sentence beside them; ankle proprioception after the sprain; SLS and a count; 23 min: passes.
        ["vord-h206-cdpt-pta-hog-barn-slatted-floor"] = new(
            """
            WRENFIELD SCRIBE · SOAP NOTE
            Coldwater Draw Physical Therapy — Guymon, OK
            Clinician: Esteban Quiroga, PTA (supervising PT: Dana Vollrath, PT, DPT)

            S —
            • Pt checks the hog barns before dawn and says she "wobbles" on the slatted floor when the lights are low.
            O —
            • 97112 Neuromuscular re-education — 23 min
            • Seen one-on-one by the PTA; no one else on his schedule for that block.
            • Single-leg stance on the foam pad with head turns
            • Forward and lateral step-and-stick onto the Airex
            • Rocker board side-to-side with eyes closed
            • It sounds like she has been practicing at home.
            A —
            • Reduced ankle proprioception in both feet with a delayed ankle strategy after the right ankle sprain.
            • Single-leg stance on foam right 6 seconds, left 13 seconds; 7 of 10 step-and-sticks held.
            P —
            • Progress to uneven ground.
            — Drafted by Wrenfield Scribe from ambient audio. AI output may contain errors; the signing clinician is responsible for the content. —
            """,
            ["S93.401D"], [PTA("97112", 23)], []),

        // Parley RHNB, Tamika Lanier (PTA) 97110: step-ups, kettlebell sit-to-stands, banded hip extension, heel raises with doses; hip and knee extensor weakness after the pneumonia stay with a tractor goal; "(?)" on a name; 17 min: passes.
        ["vord-h206-rhnb-pta-97110-onto-the-tractor"] = new(
            """
            PARLEY NOTES — SESSION NARRATIVE
            Red Hills Neuro & Balance · Thomasville, Georgia
            Clinician: Tamika Lanier, PTA (supervising PT: Cedric Mobley, PT, NCS)

            Therapeutic exercise (97110), 17 minutes. Mr. Vickery (?) drives the tractor on a quail plantation and wants to climb back onto it without hauling himself up by his arms. The PTA led him through step-ups onto an 8-inch step 3 x 10 each leg, sit-to-stands from a low chair holding a 10 lb kettlebell 3 x 10, standing hip extension with a red band 3 x 12, and heel raises 3 x 15.

            Findings: bilateral hip and knee extensor weakness with deconditioning after the hospital stay for pneumonia; goal to mount the tractor using his legs.

            Parley Notes wrote this narrative from the session conversation; words marked (?) or [unclear] were uncertain in the audio. Reviewed and signed by the clinician.
            """,
            ["M62.81"], [PTA("97110", 17)], []),

        // RecapIQ MROT, Inez Manuelito (OT) 97530: beating the weft at the loom standing, shelf reaches for skeins, carrying the basket; R shoulder weakness after cuff repair with a weaving goal; counts with SBA and CGA and flexion degrees; 21 min: passes.
        ["vord-h206-mrot-ot-97530-loom-and-wool-shelf"] = new(
            """
            RecapIQ — Visit recap
            Mogollon Rim Outpatient Therapy · Snowflake, AZ
            Clinician: Inez Manuelito, OTR/L

            Q: What brought the patient in today?
            A: Mrs. Tso wants to weave at her loom again and get her wool down from the top shelf.
            Q: What services were provided, and for how long?
            A: Therapeutic activities (97530), 21 minutes.
            Q: What was done?
            A: Standing at the loom to beat down the weft with the weaving comb, reaching up to the shelf for skeins of wool and placing them in the basket, and carrying the basket to the loom.
            Q: What impairment is this addressing?
            A: Right shoulder weakness and pain with overhead reach after the right rotator cuff repair; goal to weave and reach her wool herself.
            Q: What was measured?
            A: 10 shelf reaches with stand-by assistance; 2 rows woven standing with contact guard for balance; right shoulder flexion 126 degrees.
            RecapIQ generated these answers from the visit audio; [unclear] marks words it could not make out. Reviewed by the clinician before signing.
            """,
            ["M75.121"], [OT("97530", 21)], []),

        // SVRHC "Billed: 97112, 22 minutes, one-on-one in the PT room."; shoulder perturbations on foam, half-roller step-and-stick, tandem with head turns; slow compensatory stepping and ankle proprioception; Berg and FSST: passes.
        ["vord-h206-svrhc-mossy-river-steps"] = new(
            """
            SIUSLAW VALLEY RURAL HEALTH CLINIC — Physical Therapy · Mapleton, OR
            Visit note, 01/05/2027, Wren Tollefson, PT
            Billed: 97112, 22 minutes, one-on-one in the PT room.
            Intervention: perturbations at the shoulders standing on foam, step-and-stick onto the half foam roller, tandem walking with head turns.
            Impairment: slow compensatory stepping and reduced ankle proprioception; he slips on the mossy steps down to the river.
            Measures: Berg 47/56; Four Square Step Test 12.4 sec.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // LCH "97112 — 23 min — seen 1:1"; lateral pelvic pushes with a stepping response, foam step-downs with a quad tap, tandem with head turns; late L step and L knee proprioception after TKA; Berg and a count: passes.
        ["vord-h206-lch-dock-onto-the-ice-road"] = new(
            """
            LES CHENEAUX HEALTH — Outpatient Physical Therapy (Cedarville, MI)
            01/05/2027 · Marit Kallio, PT
            97112 — 23 min — seen 1:1
            Finding: late stepping reaction to the L and reduced L knee proprioception after the TKA; she hesitates stepping off the dock onto the ice road.
            Treatment: lateral pushes at the pelvis with a stepping response, step-downs from the 6 in step onto foam with a tap at the quad, tandem walking with head turns.
            Measures: Berg 48/56; 8 of 10 lateral pushes recovered in one step.
            """,
            ["Z96.652"], [PT("97112", 23)], []),

        // ROIW retiree 97116, "Attendance: one-on-one"; SPC gait on the plant walkways and the ramp with cues, turns around pallet stacks; L foot drop with steppage after peroneal palsy; distance with SBA and the ramp with CGA; 18 min: passes.
        ["vord-h206-roiw-97116-retiree-open-house"] = new(
            """
            SKUNK RIVER IMPLEMENT WORKS — ON-SITE HEALTH & THERAPY (Oskaloosa plant, Building C)
            Retiree Therapy Visit · Medicare Part B · 01/05/2027
            Retiree: L. Van Zee (retired welder, cab line)
            Therapist: Greta Huisman, PT
            Code / time: 97116 — 18 min
            Attendance: one-on-one
            Treatment: gait training with the single-point cane on the plant's walkways and up the ramp to the retiree lounge, cues for L heel strike and a longer R step, turning around the pallet stacks.
            Why: L foot drop with a steppage gait after the peroneal nerve palsy; he wants to walk the retirees' open house without the walker.
            Measures: 450 ft with the cane and SBA; ramp with CGA.
            """,
            ["G57.32", "M21.372"], [PT("97116", 18)], []),

        // MTCH OT 97530, "Seen individually."; carrying plate stacks, upper-cabinet cup reaches, standing to fold napkins for the Wednesday supper; L hand weakness and standing balance after stroke; counts with SBA and CGA; 20 min: passes.
        ["vord-h206-mtch-ot-97530-fellowship-supper"] = new(
            """
            MOUNT TABOR COMMUNITY HEALTH — THERAPY SERVICES
            A non-profit ministry clinic · Hawesville, KY
            Daily Note · 01/05/2027 · Clinician: Leah Abernathy, OTR/L
            97530 (Therapeutic activities): 20 min
            Seen individually.
            Treatment: setting the fellowship-hall tables for Wednesday supper — carrying stacks of plates from the cart, reaching to the upper cabinet for the cups, standing at the counter to fold paper napkins.
            Problem: L hand weakness and standing balance after the R stroke.
            Measures: 4 stacks of plates carried with SBA; 12 cups from the upper cabinet with the L hand; stood through the napkins with CGA.
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // AFR short SOAP 97110: box step-ups, goblet squats, farmer carries, heel raises with doses; bilateral quad and hip extensor weakness with R knee OA and a cellar-stairs goal; "O: 97110 — 16 min.": passes.
        ["vord-h206-afr-97110-wood-up-the-cellar-stairs"] = new(
            """
            ANDROSCOGGIN FALLS REHAB — Mechanic Falls, ME
            SOAP · 01/05/2027 · Noémie Pelletier, PT
            S: Retired paper-mill millwright. Wants to carry wood up the cellar stairs without stopping halfway.
            O: 97110 — 16 min. Step-ups onto the 8 in box 3x10, goblet squats holding 15 lb 3x10, farmer carries 20 lb each hand 3 laps, heel raises 3x15.
            A: B quad and hip extensor weakness with R knee OA; fatigues on the cellar stairs.
            P: add stair carries.
            """,
            ["M17.11", "M62.81"], [PT("97110", 16)], []),

        // SFT PTA 97116, SPC gait on the farm lane and the frozen field edge with cues, stepping over the ditch board; R knee weakness and a short L step after TKA; distance modified independent and the board with SBA; 17 min: passes.
        ["vord-h206-sft-pta-97116-frozen-field-edge"] = new(
            """
            Samish Flats Therapy — Bow, WA
            01/05/2027 · Per Haugland, PTA
            97116 gait training, 17 min: walking with the SPC along the farm lane and the frozen edge of the field, cues for R heel strike and a steady cadence, stepping over the board across the drainage ditch.
            Impairment: R knee weakness and a short L step after the R TKA.
            Measures: 380 ft SPC on the lane, modified independent; ditch board 3 of 3 with SBA.
            """,
            ["Z96.651"], [PTA("97116", 17)], []),

        // NVOR "97112 (neuromuscular re-ed) 22 min, 1:1."; release-from-lean backward and sideways, colour-cued cane step-overs, foam catch-and-throw; undersized backward stepping after a fall; releases recovered and Berg: passes.
        ["vord-h206-nvor-release-from-lean-post-office-step"] = new(
            """
            NASHOBA VALLEY OUTPATIENT REHAB — Pepperell, MA
            Daily Note · 01/05/2027 · Caitlin Moynihan, PT, DPT
            97112 (neuromuscular re-ed) 22 min, 1:1.
            Interventions: release-from-lean stepping backward and to each side, stepping over the cane to a stop on a color cue, foam stance with a catch-and-throw.
            Target: slow, undersized protective stepping backward; she sat down hard on the icy step at the post office.
            Data: 6 of 9 releases recovered with one step; Berg 47/56.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // TBH complete 97112 ("23 min 97112, one-on-one"; foam pelvic perturbations, pool-noodle step-overs, half-kneel stabilisation; late L step and L ankle proprioception; Berg and SLS) but no diagnosis on the claim: diagnosis missing only.
        ["vord-h206-tbh-complete-no-dx"] = new(
            """
            Tensas Basin Hospital — Outpatient PT
            23 min 97112, one-on-one
            Treatment: perturbations at the pelvis standing on foam, stepping over a pool noodle leading with the L, half-kneel to stand with rhythmic stabilization.
            Problem: late L stepping reaction and poor L ankle proprioception; the retired cotton-gin mechanic stumbles on the levee path.
            Measure: Berg 46/56; SLS L 5 sec.
            Celeste Boudreaux, PT
            """,
            [], [PT("97112", 23)], [Dx]),

        // TheraVoice NPNR, Farah Siddiqui (OT): a complete 97110 note (dowel flexion, wall slides, banded rows, overhead press with doses; L shoulder flexor and scapular weakness after stroke with a co-op goal; flexion degrees) sent with no diagnosis: diagnosis missing only.
        ["vord-h206-npnr-ot-complete-97110-no-dx"] = new(
            """
            TheraVoice Assist | Ninigret Pond Neuro Rehab — Charlestown, RI
            Clinician: Farah Siddiqui, OTR/L
            Chief concern: The patient wants to lift the lid of the lobster tank at the co-op and reach the top shelf at home.
            Service: Therapeutic exercise — 97110 — 16 min
            Interventions performed:
            • Supine shoulder flexion with a dowel 3 x 12
            • Standing wall slides 2 x 12
            • Rows with a green band 3 x 15
            • Overhead press with a 2-lb dumbbell 3 x 10
            Impairment addressed: Left shoulder flexor and scapular weakness after the right-hemisphere stroke.
            Standardized measure: Shoulder flexion active range  Score: left 115 degrees
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            [], [OT("97110", 16)], [Dx]),

    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
