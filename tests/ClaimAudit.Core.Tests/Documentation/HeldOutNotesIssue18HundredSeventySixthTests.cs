using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-seventy-sixth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// Written 2026-12-07 (the twenty-third session, blind), the set is the following week (Monday 12/21 to Thursday 12/24/2026,
/// the week before Christmas) of the clinics of the hundred-and-seventy-third to hundred-and-seventy-fifth sets, each
/// clinic in its own template and its own writers' voices, at most eight notes from any one clinic — no new styles, the
/// same writers, new patients and returning ones, new wording — about two thirds ordinary and complete (67 of 104),
/// single- and multi-code visits (97110, 97112, 97116, 97140, 97530, a PT's and an OT's code on one visit), by PTs, PTAs
/// and OTs:
/// <list type="number">
/// <item>the three employers of the hundred-and-seventy-fifth set, amending their notes after signing as they did and in
/// their own amendment formats (41 of the 104 notes): Mercy Ridge Hospital's Outpatient Therapy Department (MRH: Jefferson
/// Street in Roanoke, Salem and Bedford, Virginia; "NEUROMUSCULAR RE-EDUCATION 97112 — 23 min", "Delivery: [X] Individual
/// [ ] Concurrent [ ] Group", "ADDENDUM — requested by Compliance (query CQ-45xx) — entered … for DOS …", "CO-SIGNATURE
/// ADDENDUM", "NOTE RE-OPENED … to correct the 97110 heading", "[ENTERED IN ERROR, SL 12/24]": Harriet Okafor, Simon
/// Ledbetter, Maribel Cruz (PTA) and Theo Vance (OTR/L)), Quarry Hill Physical Therapy (QHPT: Barre and Montpelier,
/// Vermont; "97112 — 22 min", "Seen 1:1", "1:1? Y / N: ___", "Measures: ______", "SCRUB CORRECTION 12/22 (NB): … was …,
/// not … — reason", struck text in ~~ ~~ with "[ERROR — …]": Nora Beauchesne, Eli Tremblay and Jess Pomeroy (PTA)) and
/// Bighorn Home &amp; Outpatient Therapy (BHOT: the Sheridan clinic and the Buffalo storefront, Wyoming; "LATE ENTRY for
/// 12/22, written 12/23 at the Story turnoff", "Deficit: (not entered)", "Outcome: …", clock ranges "97116 1:40–1:58 pm":
/// Wade Thorsby, Colleen Marchetti (PTA) and Ruth Ann Keel (OTR/L)); every late entry and addendum names the note's own
/// date of service;</item>
/// <item>the unpunctuated and quoting clinics of the hundred-and-seventy-third set: Short North Sports &amp; Spine (SNSS:
/// Nadia Farhat's lower-case "1on1" and "perts", Brent Halloran's double spaces and one final period, Jess Tran's "20# kb
/// 3x8 ea", Mateo Velez's full sentences), Middle Loup Mobile PT (MLMPT: Carla Hindman's "pt n me" and her "tx … def …
/// meas …" expansion, Wade Pettijohn's single closing period), Wapello Heights Care Center (WHCC: "[x] individual [ ]
/// concurrent [ ] group", "97112 x 22 min", "res rm 214": Patrice Dunagan, Dmitri Lukin (PTA), Ann-Marie Tibbetts
/// (OTR/L)), Hollyhock Lane Geriatric PT (HLG: "IN HER OWN WORDS: … (quoted as said)", "WHAT WE DID: 97112 · 23 min",
/// "1:1 for billed time: ☒ Yes ☐ No", "WHY:", "MEASURED:"), Wintergreen Movement Disorders Center (WMDC: "Med state:",
/// "Pt says:", "Wife says:", "Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat") and Saltmeadow Women's Health
/// &amp; Balance PT (SWH: "She reports:" in curly quotes, "Neuromuscular re-education 97112 (22 min) · 1:1");</item>
/// <item>the template clinics of the hundred-and-seventy-third and -fourth sets: White River PT &amp; Balance (WRPT: "Svc:
/// 97112 NMR — 22 min", "Attendance: [X] 1:1 …", Lorraine Meacham's "[CO query: …]" and "[CO: resolved LM]"), Quoddy Bay
/// Regional Hospital (QBRH: "CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN", "OUTCOME MEASURE: … SCORE: …"), Petit Caillou PT
/// (PCPT: "Code 97112 Neuro re-ed ........ 22 min", "Did:", "For:", "Numbers:", the Bayou Balance levels, Jules Guidry's
/// "cher" and "de"), Rosario Strait Physiotherapy (RSP: "22.12.2026", "97112 NMR 09.00–09.22 (22') · 1:1", kilograms and
/// centimetres), Ocmulgee River PT (OCM: the post-TPE template rev. C with a clock range on each timed code's line),
/// Imperial Valley Balance &amp; PT (IVBPT: "{{REVIEW: …}}", "Clinician reply:", "{{CLEARED — KM}}"), Touchet Valley PT
/// (TVPT: "DELIVERY: One-on-one for the entire billed service? Y"), Lakeshore Motion PT (LMPT: "Code: 97112 | Min: 23 |
/// Attendance: (x) 1:1 …", "#s:") and Porchlight Therapy at Home (PTH: "Visit at:", "Present:", "97116 [ 21 ] min",
/// "Assist/Dist:").</item>
/// </list>
/// This week's people: a granddaughter in the corner chair, a husband in the Subaru with the engine running, a wife with
/// the stock trailer, a grandson with his phone, a girlfriend in the lobby, a heeler in the truck, a son in the pickup,
/// a daughter in the kitchen, a husband at the fiddle shop, Mr. Pelkey on the rocker board, Mr. Pettis on the hall, Mrs.
/// Iverson on the next mat and three residents at the ornament table (these last are patients); a wreath hung on a
/// swinging door, a roller-derby skater, a kayak guide, a ferry ticket agent, a netmaker and a deckhand, a lobsterman, a
/// wreath maker at the tipping yard, a sardine-cannery retiree, a shrimper, a line cook, a courier, a bus driver, a wheat
/// farmer on the combine ladder, a rancher at the stirrup and the stock tank, a woman wrapping her grandchildren's
/// presents, biscuits for Christmas morning, sap buckets and the sugarhouse, the church Christmas program and the bingo
/// board.
/// Each note's DOC_* findings were judged by hand as a payer reviewer who knows these clinics' templates and writers and
/// reads an amended record as finally amended: a correction replaces what it corrects, text struck or marked entered in
/// error documents nothing, an addendum, late entry or re-opened note counts as written for the visit when it says what
/// was done on that date of service, a co-signer's agreement or a supervising therapist's attestation adds nothing and
/// takes nothing away; an unticked row, an empty field, "___", "______" and "(not entered)" state nothing, a ticked box
/// states what it names, a lower-case run-on note says what it would in capitals, and a compliance or audit query is not
/// the clinician's statement while the clinician's answer is:
/// <list type="bullet">
/// <item>class 1 (v1-h176-…): one-on-one in these writers' own words ("The NMR block was one-on-one — nobody else on my
/// schedule for that hour; her granddaughter sat in the corner chair" in a compliance addendum, "Seen 1:1 — her husband
/// waited out in the Subaru", "Just me and Mr. Halvorsen the whole block — his wife stayed out with the stock trailer" on
/// a late entry, "☒ Yes — her grandson sat by the window with his phone", "I worked with him one-on-one for the whole
/// block"), notes that negate it as amended ("Seen 1:1." corrected by the scrub to "not 1:1 — Mr. Pelkey was on the
/// rocker board beside her", "Ran Mr. Crouch and Mr. Pettis together on the hall, taking turns at the cones") or never
/// state it (a PTA note whose only addendum is the co-signer's "agree", a clock line with no "· 1:1"), and the codes
/// without a one-on-one check: an OT's 97530 ticked group at the ornament table and a PTA's 97110 with a patient on the
/// next mat;</item>
/// <item>class 2 (v2-h176-…): checkbox and blank-field states and the amendments that fill them or don't: a ticked
/// Individual box, the row left unticked with a compliance addendum that adds only the FGA, "1:1? Y / N: ___" answered by
/// a scrub correction, "Measures: ______" never filled, "Deficit: (not entered)", a care-center row ticked concurrent on a
/// 97112, "One-on-one for the entire billed service? N", "OUTCOME MEASURE: FGA SCORE: 21/30" filled, and an unticked
/// "1:1 for billed time" row on an OT's 97530;</item>
/// <item>class 3 (v3-h176-…): named programmes and methods as techniques (Tai Ji Quan: Moving for Better Balance forms,
/// Redcord Neurac sling work, task-specific training on a tack mock-up, active release technique and strain-counterstrain,
/// IASTM with a HawkGrips tool, cognitive-motor dual-task training), the Otago exercises "per the Otago booklet" with no
/// dose, a Bayou Balance level with its drills and "For: progressing per plan" (no deficit), and the only technique line
/// struck as another patient's, leaving none;</item>
/// <item>class 4 (v4-h176-…): deficits stated as findings in these writers' terms (a woman who can't feel the gas pedal
/// and looks down to find it, a rancher whose foot slides through the stirrup, a man who goes down when the boat
/// rocks and his eyes are on the net, a new mother who drops the bottle when she looks away from her hand, a toe that
/// catches on the Grange-hall threshold) and notes that state none as amended ("Impairments: WNL", "WHY: see last note",
/// the only deficit struck as Mr. Ostrander's problem list, "Why: per POC");</item>
/// <item>class 5 (v5-h176-…): measures in every usual form (an FGA and a TUG supplied by a compliance addendum, an mCTSIB
/// written "30 / 30 / 21 / 6 s", distance and assistance for gait, Y-balance in centimetres with a hop count, a 10 m
/// walk speed and a turn's step count) and notes with none ("MEASURED: deferred — she was worn out from the Christmas
/// program", "felt way less wobbly today per pt", "Outcome: will do the Berg at the progress note", "Reps: per HEP sheet.
/// Load: per HEP sheet.", an addendum that says only that the measures are on the flowsheet);</item>
/// <item>class 6 (v6-h176-…): minutes as amended (a scrub correction "97112 was 22 min, not 12 — dropped the 2", a note
/// re-opened to correct a transposed heading, afternoon clock ranges on each code's line of a late entry, run-on and
/// dotted two-code lines, two RSP clock lines, a PT's and an OT's code on one resident) and true mismatches (a scrub
/// correction to 30 on an 18-minute line, an OT heading of 35 on 23, a PTA's 97116 of 28 on 16, a late entry's clock
/// range of 32 on 20) and truly missing separate time (a second code with no clock range, "Total timed 34 min", a
/// 97140 heading's minutes marked entered in error with nothing put back);</item>
/// <item>class 7 (v7-h176-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty field on a 97112 and 97140 visit, spaces, a tab and line breaks only, an empty OT note with no
/// diagnosis), the contract's meanings for 97110 (knee and hip work after a TKA), 97530 (filling the wood box and
/// carrying pellets), 97140 (thoracic glides and rib springing) and 97116 (the walker down the drive to the mailbox and
/// up the porch steps), and wholly generic notes: a co-signed PTA note "per plan of care. Balance activities. Patient
/// tolerated treatment well.", "ther ex  ther act  tol well  cont POC." on two codes, and a 97110 "per POC" whose scrub
/// correction fixes only the provider;</item>
/// <item>ordinary (vord-h176-…): complete notes of this week that a reviewer passes (the false-positive guard), with
/// their harmless amendments and leftovers (a compliance addendum naming the Airex pad, a re-opened attestation, a
/// corrected bucket weight, a CO query and a REVIEW query answered and cleared, "· 1:1" on a 97110), and the ordinary
/// weak ones: a complete late entry with no diagnosis, a claim whose diagnosis is the text "pending MD", and a PTA's
/// "97110 x 30 min" on a 19-minute line.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes, as amended, are exact. Every timed line earns at least one unit under the 8-minute
/// rule. This set's notes carry people and numbers that are not the code's or its minutes — granddaughters, husbands,
/// wives, sons, girlfriends, a supervising PT, a co-signer (none of them a patient; Mr. Pelkey, Mr. Pettis, Mrs. Iverson
/// and the residents at the ornament table are), ages, dates of service and of writing, compliance query numbers,
/// times of day in headers and medication times, box and step heights in inches and centimetres, loads in pounds and
/// kilograms, band colours, degrees, centimetres of reach and hop, gait speeds, shift hours, numbers of stairs, trips,
/// targets, buttons, presents, ornaments and perturbations — and each is written so that a reviewer cannot take it for a
/// billed code's minutes; a code's minutes are written next to the code ("97112 — 22 min", "97112 x 21 min", "Code:
/// 97112 | Min: 23", "97116 [ 21 ] min"), in its block's heading, or as a clock range on the code's own line, and a
/// correction that states a code's minutes states them next to the code; no note gives minutes to a visit, a drill, a
/// rest or a test, except the one that gives the visit a total ("Total timed 34 min"); notes failed for want of a
/// measure carry no number but their code and its minutes (and dates and query numbers). DOC_GENERIC_ONLY is expected
/// only where the note names no technique, deficit or measure at all. A 97112 passes the measure check only on an
/// objective measure with a number and fails it only when the note has no number but its code, its minutes and numbers
/// that are plainly something else; for the other codes a dose (sets, repetitions, load, hold, distance, assistance
/// level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver or staff member in the
/// room does not undo a one-on-one statement, another patient treated in the same block does, and a therapist
/// attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out, as the hundred-and-seventy-fifth did, every amendment that could be read two ways (an
/// addendum weeks late with no reason, one that could be about this visit or another, a correction that does not say
/// which value it replaces, struck text with no mark of who struck it or why, a note whose only content is entered in
/// error, two corrections that disagree, a late entry for another date of service), and for this week's own notes: a
/// scrub correction that changes a code's minutes and its one-on-one statement at once, a struck measure whose number
/// still stands in the text as the only one, a group of residents on a 97112 that the row calls individual, a holiday
/// note whose minutes are given per present wrapped or per song on the radio, and a co-signer's addendum that adds its
/// own clinical observation.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 94 of 104 cases agree (102 needed), and 6 of the 67 notes the reviewer passes got a finding, on the analyzer of ed4cfb9 (main 1a10279, the final code of the 2026-12-07 twenty-second session, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, 6ede27d): 103 of 104, 1 false positive.</para>
/// <para>After the twenty-fourth session (2026-12-07, 8d5b7b5): 104 of 104, no false positive — both facts pass again.</para>
/// </summary>
public class HeldOutNotesIssue18HundredSeventySixthTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in these writers' own words, negated, unstated — as finally amended

        // MRH Roanoke, Harriet Okafor's note with no delivery statement, then the compliance addendum for the same DOS: "one-on-one — nobody else on my schedule for that hour; her granddaughter sat in"; PNF D1 patterns, half-kneel rhythmic stabilisation, foam reaching; L hemiparesis and trunk control; Berg and reach; heading 23 matches: passes.
        ["v1-h176-mrh-okafor-addendum-one-on-one-granddaughter"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON ST, ROANOKE)
            DOS 12/21/2026    Harriet Okafor, PT, DPT, NCS    Electronically signed 12/21/2026 17:05
            NEUROMUSCULAR RE-EDUCATION 97112 — 23 min
            PNF D1 flexion/extension of the L leg in side-lying, rhythmic stabilization in half-kneeling at the mat table, reaching to the Christmas-card rack from the foam.
            Impairment: L hemiparesis after the R MCA stroke; trunk collapses to the L and she loses her balance reaching sideways.
            Berg 42/56 (38 in November). Functional reach 8 in.
            ---
            ADDENDUM — requested by Compliance (query CQ-4561) — entered 12/23/2026 by H. Okafor, PT, for DOS 12/21/2026:
            The NMR block was one-on-one — nobody else on my schedule for that hour; her granddaughter sat in the corner chair and watched.
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // QHPT Montpelier, Eli Tremblay: "Seen 1:1 — her husband waited out in the Subaru with the engine running"; foam perturbations, half-roller tandem, stepping over the ski-pole line; L ankle proprioception; rocker seconds and perturbations; 97112 — 22 min matches: passes.
        ["v1-h176-qhpt-tremblay-husband-in-the-subaru"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97112 — 22 min
            Seen 1:1 — her husband waited out in the Subaru with the engine running.
            Perturbations at the hips standing on the foam, tandem on the half roller, stepping over a ski pole laid on the floor without looking down.
            L ankle proprioception poor since the fall on the ice at the State House steps; she can't tell when the foot rolls out.
            Rocker board M/L 16 sec without an edge touch; 8 of 10 perturbations held without a step.
            Eli Tremblay, PT
            """,
            ["S93.402D", "W00.0XXD"], [PT("97112", 22)], []),

        // BHOT Buffalo late entry: "just me and Mr. Halvorsen the whole block — his wife stayed out with the stock trailer"; gaze X1, walking with head turns past the feed bins, foam with eyes closed; L vestibular hypofunction; DGI and DVA; 97112 — 24 min matches: passes.
        ["v1-h176-bhot-late-entry-wife-with-the-trailer"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            LATE ENTRY for 12/22, written 12/23 at the Story turnoff (no signal at the ranch). WT
            97112 — 24 min
            Just me and Mr. Halvorsen the whole block — his wife stayed out with the stock trailer.
            X1 gaze stabilization sitting then standing on foam, walking the storefront aisle with head turns past the feed bins, foam stance with eyes closed.
            L vestibular hypofunction after the neuritis; he grabs the fence when he turns his head to look for the dog.
            DGI 17/24 (14 at the start of the month). DVA 3 lines lost.
            Wade Thorsby, PT
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // HLG PTA Luanne Pressley: "1:1 for billed time: ☒ Yes ☐ No — her grandson sat by the window with his phone"; stepping to targets on cue, pushes in tandem, foam with eyes closed; delayed protective step; Berg and pushes; 97112 · 22 min matches: passes.
        ["v1-h176-hlg-pressley-grandson-by-the-window"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Boudreaux, Odile (84) · Luanne Pressley, PTA · 12/21/2026
            IN HER OWN WORDS: "I went to hang the wreath and the door swung and took me with it." (quoted as said)
            WHAT WE DID: 97112 · 22 min — stepping to colored floor targets on cue, pushes at the shoulders in tandem stance, standing on foam with her eyes closed.
            1:1 for billed time: ☒ Yes ☐ No — her grandson sat by the window with his phone.
            WHY: delayed protective step and backward loss of balance when something moves near her.
            MEASURED: Berg 44/56; 6 of 10 pushes caught with a single step.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // SNSS Mateo Velez on a calmer day, full sentences: "I worked with him one-on-one for the whole block; his girlfriend waited in the lobby"; BOSU, reactive lateral hops, perturbations on the slide board; R knee neuromuscular control after an ACL repair; hop and Y-balance; 97112 23 min matches: passes.
        ["v1-h176-snss-velez-one-on-one-full-sentences"] = new(
            """
            97112 23 min. I worked with him one-on-one for the whole block; his girlfriend waited in the lobby. Single-leg stance on the BOSU with ball catches, reactive lateral hops to a stick on my clap, perturbations at the hips on the slide board. R knee neuromuscular control is poor after the ACL reconstruction, with valgus collapse when he lands. Single hop R 121 cm, L 148 cm. Y-balance anterior R 58 cm, L 66 cm.
            """,
            ["Z98.890", "S83.511D"], [PT("97112", 23)], []),

        // QHPT Barre, PTA Jess Pomeroy's "Seen 1:1." then "SCRUB CORRECTION 12/23 (NB): not 1:1 — Mr. Pelkey was on the rocker board beside her and Jess cued them both": as amended, another patient in the block: one-on-one missing; technique, deficit and measure present.
        ["v1-h176-qhpt-scrub-correction-pelkey-beside-her"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 21 min
            Seen 1:1.
            Foam stance with head turns, tandem walking along the parallel bars, stepping strategy to taps at the pelvis.
            Postural control after the L cerebellar stroke; she veers L and catches herself on the wall.
            Tandem 9 sec; 5 of 8 taps recovered with one step.
            Jess Pomeroy, PTA
            SCRUB CORRECTION 12/23 (NB): not 1:1 — Mr. Pelkey was on the rocker board beside her the whole block and Jess cued them both.
            """,
            ["I69.393"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // WMDC Bedford, Isaac Brandt: "Ran Mr. Crouch and Mr. Pettis together on the hall, taking turns at the cones": another patient treated in the billed time: one-on-one missing; turns to clock targets, metronome stepping; freezing; TUG and a freeze count present.
        ["v1-h176-wmdc-brandt-two-on-the-hall"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Lyle Crouch, 77 · Med state: ON, dose at 7
            Pt says: "My feet glue to the floor at the tree lot."
            97112 — 22 min
            Ran Mr. Crouch and Mr. Pettis together on the hall, taking turns at the cones.
            Turning to clock-face targets on the floor, stepping to a metronome through the doorway, weight shift to the lead leg before the first step.
            Deficit: freezing at thresholds and start hesitation.
            Measures: TUG 16.4 sec; 3 freezes in 8 doorway passes.
            Isaac Brandt, PT
            """,
            ["G20.A1"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // MRH Salem PTA Maribel Cruz with no delivery statement anywhere, and a co-signature addendum that only agrees: one-on-one unstated; technique, deficit, measure present.
        ["v1-h176-mrh-cruz-no-delivery-cosign-only"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 12/22/2026    Maribel Cruz, PTA
            NEUROMUSCULAR RE-EDUCATION 97112 — 21 min
            Perturbations in stride stance, stepping over the ramp edge onto foam, Romberg to sharpened Romberg with the lights dimmed.
            Somatosensory loss in both feet with the neuropathy; she relies on her eyes and falls in the dark hallway at night.
            Sharpened Romberg 6 sec eyes open; FGA 18/30.
            ---
            CO-SIGNATURE ADDENDUM 12/23/2026 — Harriet Okafor, PT, DPT, supervising: agree with the PTA's note.
            """,
            ["E11.42", "R26.81"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // RSP Anacortes, S. Verhoeven, with no "· 1:1" on the code line and no word of attendance: one-on-one unstated; gaze X2, walking with head turns on the ramp; vestibular; DGI present.
        ["v1-h176-rsp-code-line-without-attendance"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 22.12.2026 · ferry terminal ticket agent, 58 y
            97112 NMR 09.00–09.22 (22')
            X2 viewing standing on foam, walking the ramp with head turns, quick pivots on cue.
            Problem: R vestibular hypofunction; she feels the deck move under her when she looks up at the departures board.
            Measures: DGI 19/24; foam eyes closed 14 s.
            """,
            ["H81.21"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // WHCC OT Ann-Marie Tibbetts, 97530 with the "[ ] individual [ ] concurrent [x] group" row ticked group for three residents making ornaments (97530 has no one-on-one check): standing at the activity table, reaching to the tree; standing balance and R hand weakness; stood bouts and ornaments hung; 97530 x 18 min matches: passes.
        ["v1-h176-whcc-tibbetts-ot-97530-group-of-three"] = new(
            """
            97530 x 18 min  A. Tibbetts OTR/L  [ ] individual [ ] concurrent [x] group  3 res at the activity table  res rm 122 standing at the table stringing ornaments + reaching up to hang them on the tree  standing balance + R hand weakness after the CVA  stood 3 bouts SBA  7 ornaments hung 1 LOB
            """,
            ["I69.351"], [OT("97530", 18)], []),

        // BHOT Sheridan PTA Colleen Marchetti's 97110 with "Mrs. Iverson was on the next mat doing her band work" (97110 has no one-on-one check): bridges, clamshells, step-ups with doses; R hip weakness after a THA; 97110 — 19 min matches: passes.
        ["v1-h176-bhot-pta-97110-iverson-next-mat"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            97110 — 19 min
            Mrs. Iverson was on the next mat doing her band work.
            Bridges 3x15, clamshells with the red band 3x12, step-ups onto the 6 inch step 3x10, standing hip abduction 2 lb 3x12.
            R hip abductor and extensor weakness after the R THA; she can't step up into the pickup without pulling on the door.
            Colleen Marchetti, PTA
            """,
            ["Z96.641"], [PTA("97110", 19)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states, and the amendments that fill them

        // MRH Salem, Simon Ledbetter, "Delivery: [X] Individual [ ] Concurrent [ ] Group" ticked; stepping strategy to pushes, foam with head turns, obstacle course of wrapped boxes; postural control after a fall in the church parking lot; Berg and 5xSTS; 97112 — 24 min matches: passes.
        ["v2-h176-mrh-ledbetter-individual-ticked"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 12/21/2026    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 24 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Stepping-strategy drills to pushes at the pelvis, foam stance with head turns, stepping over a row of gift-wrapped boxes without looking down.
            Impairment: impaired postural control and a slow reactive step since the fall in the church parking lot.
            Berg 46/56; 5xSTS 14.9 sec.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // MRH Bedford, the box row left "[ ] Individual [ ] Concurrent [ ] Group" and the compliance addendum adds only the FGA: one-on-one unstated as amended; technique, deficit and measures present.
        ["v2-h176-mrh-row-unticked-addendum-adds-fga"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 12/22/2026    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 22 min
            Delivery: [ ] Individual [ ] Concurrent [ ] Group
            Rhythmic stabilization in tandem, tandem walking with head turns, BAPS level 2 both directions.
            Impairment: R ankle proprioception after the fracture; he rolls it on the gravel at the Peaks of Otter lot.
            ---
            ADDENDUM — requested by Compliance (query CQ-4570) — entered 12/24/2026 by S. Ledbetter, PT, for DOS 12/22/2026:
            FGA 22/30 at this visit; omitted from the note above.
            """,
            ["S82.891D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // QHPT Montpelier "1:1? Y / N: ___" left blank, then "SCRUB CORRECTION 12/22 (NB): 1:1? is Y — Eli was with her alone the whole block": filled by the correction; foam perturbations, tandem with head turns, rocker; postural sway; mCTSIB and perturbations; 97112 — 23 min matches: passes.
        ["v2-h176-qhpt-one-on-one-prompt-filled-by-scrub"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97112 — 23 min
            1:1? Y / N: ___
            Perturbations at the shoulders on the foam, tandem walking with head turns down the hall, rocker board A/P with eyes closed.
            Postural sway and a late ankle strategy; she steps off the curb at the bank and pitches forward.
            mCTSIB foam eyes closed 13 sec; 7 of 10 perturbations without a step.
            Eli Tremblay, PT
            SCRUB CORRECTION 12/22 (NB): 1:1? is Y — Eli was with her alone the whole block, per his schedule and his word.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // QHPT Barre "Measures: ______" left blank and nothing filled it, no number in the note but the code's minutes: measure missing; 1:1, technique and deficit present.
        ["v2-h176-qhpt-measures-blank-not-filled"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 24 min
            Seen 1:1, just Nora and Mrs. Roy.
            Weight shifts onto the foam, stepping over the broom handle, perturbations at the pelvis in stride stance.
            Delayed stepping reaction; she stumbles turning from the woodstove with an armful of kindling.
            Measures: ______
            Nora Beauchesne, PT
            """,
            ["R26.81"], [PT("97112", 24)], [At(Measure, "97112")]),

        // BHOT Sheridan "Deficit: (not entered)" and nothing in the note names a deficit: deficit missing; one-on-one, technique and measure present.
        ["v2-h176-bhot-deficit-not-entered"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            97112 — 22 min
            One-on-one, the heeler waited in the truck.
            Perturbation training on the foam pad, stepping onto the rocker board, tandem walking on the clinic ramp.
            Deficit: (not entered)
            Berg 45/56; rocker board 11 sec before a touch.
            Wade Thorsby, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // WHCC Patrice Dunagan "[ ] individual [x] concurrent [ ] group" ticked concurrent on a billed 97112: not one-on-one; technique, deficit and measure present.
        ["v2-h176-whcc-dunagan-concurrent-ticked"] = new(
            """
            97112 x 22 min  P. Dunagan PT  [ ] individual [x] concurrent [ ] group  res rm 118  marching on foam in the bars + reaching out of base to the bingo board + stepping reactions to pushes  delayed stepping reactions fell backward at the nurses station  berg 40/56
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // TVPT Waitsburg "DELIVERY: One-on-one for the entire billed service? N": the clinician's own answer negates it: one-on-one missing; technique, deficit and measure present.
        ["v2-h176-tvpt-delivery-answered-n"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — Waitsburg
            SERVICE: 97112 Neuromuscular re-education — 23 min
            DELIVERY: One-on-one for the entire billed service? N
            WHAT I DID AND WHY: foam stance with head turns, tandem walking on the balance beam, stepping reactions to pushes, to retrain his postural reactions
            DEFICIT ADDRESSED: postural control; he lost his footing on the grain-elevator catwalk
            OBJECTIVE: Berg 47/56; tandem 15 sec
            Celeste Vandergriff, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // QBRH Eastport "OUTCOME MEASURE: FGA SCORE: 21/30" filled in, "DELIVERY: ☒ Individual"; head-turn walking on the breakwater simulation, foam, gaze X1; vestibular; heading 22 matches: passes.
        ["v2-h176-qbrh-outcome-measure-filled"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: gaze stabilization X1 standing on foam, walking a taped line with head turns, pivot turns on cue
            IMPAIRMENT: L vestibular hypofunction; the sardine-cannery retiree veers when he looks out at the boats
            OUTCOME MEASURE: FGA SCORE: 21/30
            Nora Cobb, PT
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // HLG Fairhope OT Fern Ocampo on a 97530 with "1:1 for billed time: ☐ Yes ☐ No" left unticked (97530 has no one-on-one check): standing at the counter rolling biscuit dough, carrying the pan to the oven; standing balance and L hand weakness; stood and trips with assistance; 97530 · 20 min matches: passes.
        ["v2-h176-hlg-ot-97530-yes-no-unticked"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Thibodeaux, Marjorie (79) · Fern Ocampo, OTR/L · 12/22/2026
            IN HER OWN WORDS: "I want to make the biscuits for Christmas morning myself." (quoted as said)
            WHAT WE DID: 97530 · 20 min — standing at the counter rolling biscuit dough, cutting rounds, carrying the sheet pan to the oven and back.
            1:1 for billed time: ☐ Yes ☐ No
            WHY: poor standing balance with both hands busy and L hand weakness after the stroke.
            MEASURED: stood 2 bouts at the counter with stand-by assist; 4 trips with the pan, contact guard.
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // QHPT Barre, Nora Beauchesne: Tai Ji Quan: Moving for Better Balance forms ("single whip", "wave hands like clouds") with weight shifts over the foam, one-on-one; postural control and a narrow limit of stability; reach and a Four Square time; 97112 — 22 min matches: passes.
        ["v3-h176-qhpt-tai-ji-quan-forms"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 22 min
            Seen 1:1.
            Tai Ji Quan: Moving for Better Balance — "wave hands like clouds" and "single whip" with slow weight shifts out to the edge of her base, then the same forms standing on the foam.
            Limits of stability narrow and postural control poor; she tips backward reaching for the sap-bucket hooks in the sugarhouse.
            Functional reach 9 in (6 at eval). Four Square Step Test 14.2 sec.
            Nora Beauchesne, PT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // MRH Roanoke, Harriet Okafor: Redcord Neurac sling work for trunk motor control with perturbations at the sling, one-on-one; poor motor recruitment of the trunk after a stroke; sitting reach and TIS; heading 24 matches: passes.
        ["v3-h176-mrh-okafor-redcord-neurac"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON ST, ROANOKE)
            DOS 12/22/2026    Harriet Okafor, PT, DPT, NCS
            NEUROMUSCULAR RE-EDUCATION 97112 — 24 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Redcord Neurac sling progression: supine bridging with the pelvis in the slings, side-lying hip abduction in the sling with perturbations to the rope, kneeling trunk holds with the unstable slings.
            Impairment: poor motor recruitment and timing of the L trunk and hip after the R MCA stroke; she slumps L in the wheelchair by the end of the day.
            Trunk Impairment Scale 14/23 (11 at eval); sitting reach L 10 in.
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // BHOT Buffalo OT Ruth Ann Keel: task-specific training on the tack mock-up (buckling a halter, coiling a lead rope, lifting the saddle pad) on a 97530; R hand coordination and grip after a stroke; tries and lifts with assistance; 97530 — 21 min matches: passes.
        ["v3-h176-bhot-ot-task-specific-training-halter"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            97530 — 21 min
            Task-specific training on the tack mock-up: buckling a halter, coiling a lead rope, lifting the saddle pad from the rack to the sawhorse; graded from the sitting position to standing.
            R hand coordination and grip weak after the L CVA; she fumbles buckles and drops the lead rope.
            Halter buckled 4 of 5 tries; saddle pad lifted 6 times with stand-by assist.
            Ruth Ann Keel, OTR/L
            """,
            ["I69.351"], [OT("97530", 21)], []),

        // SWH Old Saybrook, Noor Haddad-Quinn: active release technique to the R piriformis and strain-counterstrain at the iliacus on a 97140 with holds; R hip and pelvic pain and restriction; hip IR degrees; 97140 (12 min) matches: passes.
        ["v3-h176-swh-art-and-counterstrain-97140"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Old Saybrook
            Visit note · Noor Haddad-Quinn, PT, DPT, WCS · 12/21/2026
            She reports: “The car ride to my sister’s in Groton was the first one without the hip screaming.”
            Manual therapy 97140 (12 min) — active release technique to the R piriformis, strain-counterstrain at the R iliacus tender point, 3 holds of 90 sec.
            Impairment: R posterior hip pain and restricted hip internal rotation.
            Objective: R hip IR 28° (20° before); FADIR pain 3/10 (6/10 before).
            """,
            ["M25.551"], [PT("97140", 12)], []),

        // WRPT Eureka Springs, Brenna Ellingboe: IASTM with a HawkGrips tool to the plantar fascia, then calf stretch holds, on a 97140; R heel pain on first steps; dorsiflexion degrees; "Svc: 97140 MT — 11 min" matches: passes.
        ["v3-h176-wrpt-iastm-hawkgrips-97140"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 12/22/2026 — Brenna Ellingboe, PT
            Svc: 97140 MT — 11 min
            What we did: IASTM with the HawkGrips tool along the R plantar fascia and medial gastrocnemius, talocrural posterior glides grade III, 3 bouts of 30 sec
            Why: R plantar fasciitis; first steps out of bed are the worst, she limps to the coffee pot
            Numbers: DF knee straight R 4° (0° last week)
            """,
            ["M72.2"], [PT("97140", 11)], []),

        // WMDC Lynchburg, Colleen Marsh: cognitive-motor dual-task training (walking with serial subtraction, carrying a tray while naming grandchildren) and a perturbation-treadmill progression, individual ticked; freezing and gait under dual task; TUG-cognitive and the cost in steps; 97112 — 23 min matches: passes.
        ["v3-h176-wmdc-marsh-dual-task-training"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Bettye Goode, 70 · Med state: ON, dose at 9
            Wife says: — (came alone today)
            Pt says: "I freeze when my daughter talks to me in the grocery aisle."
            97112 — 23 min
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            Cognitive-motor dual-task training: walking the hall while counting back by threes, carrying a tray with two cups while naming her grandchildren, then stepping to a metronome around a cone.
            Deficit: freezing and shortened steps under dual task; loses the rhythm when she has to think.
            Measures: TUG 12.1 sec, TUG-cognitive 17.8 sec; 2 freezes in 6 laps (5 last week).
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // QHPT Montpelier, Eli Tremblay: the Otago programme named for a 97110 with its exercises but no dose anywhere ("per the Otago booklet"): measure missing; exercises and hip and calf weakness present.
        ["v3-h176-qhpt-otago-per-booklet-no-dose"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97110 — 18 min
            Otago strengthening per the Otago booklet: knee extension with the cuff weight, side hip raises, calf raises at the counter, toe raises.
            Bilateral hip abductor and calf weakness; she can't rise up to reach the top shelf at the co-op.
            Eli Tremblay, PT
            """,
            ["M62.81"], [PT("97110", 18)], [At(Measure, "97110")]),

        // PCPT Houma, Jules Guidry: Bayou Balance level 6 with its drills named (foam with head turns, rocker board, gaze X1) and one-on-one, but nothing names a deficit: deficit missing; measure present.
        ["v3-h176-pcpt-jules-bayou-balance-no-deficit"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/22/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 21 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: Bayou Balance level 6, cher — foam stance wit' head turns, rocker board A/P, gaze stabilization X1 standin' on de foam
            For: progressing per plan
            Numbers: DGI 21/24; rocker board 18 sec
            """,
            ["H81.21"], [PTA("97112", 21)], [At(Deficit, "97112")]),

        // QHPT Barre: the only technique line struck "~~Tai Ji Quan forms with weight shifts~~ [ERROR — Mrs. Goulet's note, NB 12/23]", leaving 1:1, a deficit and a measure but nothing done: technique missing.
        ["v3-h176-qhpt-technique-struck-as-another-patients"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 23 min
            Seen 1:1.
            ~~Tai Ji Quan forms with weight shifts to the edge of her base.~~ [ERROR — Mrs. Goulet's note, NB 12/23]
            Postural control poor; he loses his balance backward reaching to the top of the woodpile.
            Berg 45/56.
            Nora Beauchesne, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none as amended

        // MRH Bedford, Simon Ledbetter: "she can't feel the gas pedal and has to look down to find it" — somatosensory loss stated as a finding; Romberg on foam, stepping to targets eyes closed, one-on-one; monofilament sites and sharpened Romberg; 97112 — 22 min matches: passes.
        ["v4-h176-mrh-cant-feel-the-gas-pedal"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 12/21/2026    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 22 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Romberg on the foam, stepping to floor targets with her eyes closed and then open, weight shifts on the rocker board with cues to feel through her heels.
            She can't feel the gas pedal and has to look down to find it; in the shower with her eyes shut she sways and grabs the bar.
            Semmes-Weinstein 5.07 absent at 6 of 10 sites on each foot; sharpened Romberg 5 sec.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // BHOT Sheridan late entry, Wade Thorsby: "he can't tell where his foot is in the stirrup and it slides through" — proprioception stated as a finding; BAPS, foam, stepping onto the mounting-block mock-up, one-on-one; BAPS seconds and perturbations; 97112 — 23 min matches: passes.
        ["v4-h176-bhot-foot-slides-through-the-stirrup"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            LATE ENTRY for 12/21, written 12/22 before the Big Horn route. WT
            97112 — 23 min
            One-on-one with Mr. Kessler the whole block.
            BAPS level 4 clockwise and counter, single-leg stance on the foam with pushes, stepping up onto the mounting-block mock-up and holding.
            He can't tell where his L foot is in the stirrup — it slides through and he's hung up twice this fall.
            BAPS level 4 held 20 sec; 6 of 10 pushes held on the L without a step.
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // PCPT Thibodaux, Annette Breaux: "when de boat rocks and his eyes are on de net he goes down" — postural control and visual dependence stated as a finding; foam with eyes closed, rocker board, head turns, one-on-one; mCTSIB seconds; 97112 22 min matches: passes.
        ["v4-h176-pcpt-breaux-boat-rocks-eyes-on-the-net"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 12/21/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: foam stance with his eyes closed, rocker board A/P while tossing a bean bag, walking the hall with head turns
            For: visually dependent — when the boat rocks and his eyes are on the net he goes down; sways badly with vision taken away
            Numbers: mCTSIB foam eyes open 30 sec, foam eyes closed 8 sec
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // SWH Mystic OT Hana Okafor on a 97530: "she drops the bottle when she looks away from her hand" — R hand sensory loss stated as a finding; bottle prep, diaper change on the doll; tries and drops; 97530 (19 min) matches: passes.
        ["v4-h176-swh-ot-drops-the-bottle"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Mystic
            Visit note · Hana Okafor, OTR/L · 12/22/2026
            She reports: “I’m scared I’ll drop him on the changing table.”
            Therapeutic activities 97530 (19 min) — making up a bottle with the scoop and the screw cap, changing a diaper on the weighted doll at the changing-table height, lifting the car-seat carrier to the counter.
            Impairment: R hand sensory loss after the cervical radiculopathy — she drops the bottle when she looks away from her hand.
            Objective: 3 of 5 bottles made without a drop; carrier lifted 6 times, supervision.
            """,
            ["M54.12"], [OT("97530", 19)], []),

        // TVPT Dayton, the deficit a finding: "she catches her toe on the threshold of the Grange hall" — foot drop and clearance; gait with the AFO on 97116; distance and assist; SERVICE 97116 — 18 min matches: passes.
        ["v4-h176-tvpt-toe-catches-the-grange-threshold"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — Dayton
            SERVICE: 97116 Gait training — 18 min
            WHAT I DID AND WHY: gait training with her new AFO on the hall, over the threshold strip and up the ramp, cues for hip and knee flexion in swing
            DEFICIT ADDRESSED: L foot drop; she catches her toe on the threshold of the Grange hall and stumbles forward
            OBJECTIVE: 300 ft x2 with the AFO and a cane, supervision; ramp x3 stand-by assist
            Celeste Vandergriff, PT
            """,
            ["M21.372"], [PT("97116", 18)], []),

        // MRH Salem, the EMR default "Impairments: WNL" kept and no other deficit anywhere: deficit missing; one-on-one, technique and measure present.
        ["v4-h176-mrh-impairments-wnl-default"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 12/23/2026    Maribel Cruz, PTA
            NEUROMUSCULAR RE-EDUCATION 97112 — 22 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Perturbations in tandem, foam stance catching a ball thrown off to the side, stepping over cones on cue.
            Impairments: WNL
            Berg 48/56; 7 of 10 perturbations held.
            ---
            CO-SIGNATURE ADDENDUM 12/24/2026 — Harriet Okafor, PT, DPT, supervising: agree.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // HLG Daphne, Thomas Ashby: "WHY: see last note" and nothing else names a deficit: deficit missing; one-on-one, technique and measure present.
        ["v4-h176-hlg-why-see-last-note"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Fontenot, Alcide (88) · Thomas Ashby, PT · 12/23/2026
            IN HER OWN WORDS: (he said he was "fine, just old")
            WHAT WE DID: 97112 · 21 min — pushes at the pelvis in stride stance, standing on foam with head turns, stepping to targets on cue.
            1:1 for billed time: ☒ Yes ☐ No
            WHY: see last note.
            MEASURED: Berg 41/56; 4 of 10 pushes caught with one step.
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // BHOT Buffalo: the only deficit line struck "~~Proprioception L ankle after the sprain~~ [ERROR — that was Mr. Ostrander's problem list, WT 12/23]", nothing else names one: deficit missing; one-on-one, technique and measure present.
        ["v4-h176-bhot-deficit-struck-as-ostranders"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            97112 — 24 min
            One-on-one.
            Foam stance with eyes closed, rocker board M/L, perturbations at the pelvis in tandem.
            ~~Proprioception L ankle after the sprain on the ATV step.~~ [ERROR — that was Mr. Ostrander's problem list, WT 12/23]
            Rocker board M/L 14 sec; foam eyes closed 19 sec.
            Wade Thorsby, PT
            """,
            ["M25.371"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // LMPT Archer Ave: "Why: per POC" and no deficit anywhere: deficit missing; 1:1 ticked, technique and measures present.
        ["v4-h176-lmpt-why-per-poc"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (J. Ruiz, PT)
            Code: 97112 | Min: 23 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: rocker board A/P eyes closed, BOSU squats with ball catches, step-and-stick off the 6 inch box
            Why: per POC
            #s: SLS L 17 sec; Y-Balance anterior L 63 cm
            """,
            ["S93.402D"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none as amended

        // MRH Roanoke: "Outcome: see addendum" answered by the compliance addendum for the same DOS ("FGA 19/30 and TUG 13.6 sec at this visit"); one-on-one, foam and head-turn walking, vestibular; heading 22 matches: passes.
        ["v5-h176-mrh-addendum-supplies-fga-and-tug"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON ST, ROANOKE)
            DOS 12/22/2026    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 22 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Gaze stabilization X1 on foam, walking the hall with head turns and quick stops, stepping over the hose reel on cue.
            Impairment: R vestibular hypofunction; unsteady turning his head to back the truck out.
            Outcome: see addendum
            ---
            ADDENDUM — requested by Compliance (query CQ-4566) — entered 12/23/2026 by S. Ledbetter, PT, for DOS 12/22/2026:
            FGA 19/30 and TUG 13.6 sec at this visit; taken before the NMR block and left off the note.
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // QHPT Montpelier, CTSIB written as four conditions run together ("30 / 30 / 21 / 6 s"), one-on-one, foam and eyes-closed work; somatosensory and vestibular reliance; 97112 — 22 min matches: passes.
        ["v5-h176-qhpt-ctsib-four-conditions"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97112 — 22 min
            Seen 1:1.
            Foam stance with eyes closed, walking the hall with head turns and eyes closed for the last few steps, rocker board A/P.
            Poor vestibular use for balance; she falls over in the dark barn and with her eyes shut in the shower.
            mCTSIB firm EO / firm EC / foam EO / foam EC: 30 / 30 / 21 / 6 s.
            Eli Tremblay, PT
            """,
            ["R26.81", "H81.93"], [PT("97112", 22)], []),

        // BHOT Sheridan PTA Colleen Marchetti on 97116: distance and assistance written "240 ft x2, SBA with the quad cane; 4 steps, one rail, CGA"; hemiparetic gait; 97116 — 20 min matches: passes.
        ["v5-h176-bhot-97116-distance-and-assist"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            97116 — 20 min
            Gait training with the quad cane in the clinic hall and out the back door to the gravel lot, cues for R heel strike and weight through the R.
            R hemiparetic gait, short R stance and toe drag.
            240 ft x2, SBA with the quad cane; 4 steps, one rail, CGA.
            Colleen Marchetti, PTA
            """,
            ["I69.351"], [PTA("97116", 20)], []),

        // RSP Friday Harbor: Y-balance in centimetres and a hop count, "· 1:1"; step-and-stick and perturbations; L knee control after a repair; 97112 NMR clock range 22 on the code's line: passes.
        ["v5-h176-rsp-y-balance-centimetres"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 21.12.2026 · kayak guide, 33 y
            97112 NMR 14.00–14.22 (22') · 1:1
            Step-and-stick onto the foam from a 20 cm box, lateral hops to stick, perturbations at the hips in single-leg stance.
            Problem: L knee neuromuscular control after the meniscus repair; the knee drifts in when she lands off the dock ladder.
            Measures: Y-balance posteromedial L 84 cm (R 97 cm); 8 of 10 hops stuck.
            """,
            ["S83.242D"], [PT("97112", 22)], []),

        // WMDC Lynchburg, Isaac Brandt: 10 m walk speed and a 360° turn step count, individual ticked; big-step gait and turns on 97112; freezing on turns; 97112 — 23 min matches: passes.
        ["v5-h176-wmdc-walk-speed-and-turn-steps"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Wilbur Saunders, 80 · Med state: ON, dose at 6
            Pt says: "I turned around in the church vestibule without grabbing anybody."
            97112 — 23 min
            Delivery: ☒ Individual ☐ Group (PWR! class) ☐ Co-treat
            Turning in a box of tape with a count, weight shift onto the outside leg before each turn, big steps over floor lines to a metronome.
            Deficit: freezing on turns and impaired weight shift.
            Measures: 10 m walk 1.02 m/s; 360° turn 6 steps (9 last week).
            Isaac Brandt, PT
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // HLG Fairhope, Mariah Greenlee: "MEASURED: deferred — she was worn out from the Christmas program" and no number in the note but the code's minutes: measure missing; one-on-one, technique, deficit present.
        ["v5-h176-hlg-measured-deferred"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Pitre, Genevieve · Mariah Greenlee, PT, DPT, GCS · Tuesday
            IN HER OWN WORDS: "I stood through the whole Christmas program at church." (quoted as said)
            WHAT WE DID: 97112 · 23 min — step-and-stick onto foam, pushes at the pelvis forward and back, standing on foam with eyes closed.
            1:1 for billed time: ☒ Yes ☐ No
            WHY: delayed stepping reaction and posterior sway.
            MEASURED: deferred — she was worn out from the Christmas program.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // SNSS Nadia Farhat's lower case: "felt way less wobbly today" as the only result, no number but the code's minutes: measure missing; 1on1, technique and deficit present.
        ["v5-h176-snss-farhat-way-less-wobbly"] = new(
            """
            97112 22 min 1on1 just her n me bosu sl stance w head turns + rocker board eyes closed + lateral perts at the hips R ankle proprio poor after the sprain at roller derby felt way less wobbly today per pt
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // BHOT Buffalo late entry: "Outcome: will do the Berg at the progress note" and nothing else measured: measure missing; one-on-one, technique and deficit present.
        ["v5-h176-bhot-berg-at-the-progress-note"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            LATE ENTRY for the Tuesday visit, written Wednesday from the Kaycee route. WT
            97112 — 22 min
            One-on-one, her husband stayed in the pickup.
            Perturbations at the pelvis on the foam, stepping over the hay-string line, reactive steps to pushes from the side.
            Delayed stepping reaction and postural sway; she went down between the round bales.
            Outcome: will do the Berg at the progress note.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // QHPT Barre PTA 97110: "Reps: per HEP sheet. Load: per HEP sheet." and no dose anywhere: measure missing; exercises and region present.
        ["v5-h176-qhpt-pta-97110-per-hep-sheet"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97110 — 17 min
            Quad sets, straight-leg raises, short-arc quads, heel slides on the plinth.
            L quad weakness and knee stiffness after the TKA; he can't get up from the sugarhouse bench without his hands.
            Reps: per HEP sheet. Load: per HEP sheet.
            Jess Pomeroy, PTA
            """,
            ["Z96.652"], [PTA("97110", 17)], [At(Measure, "97110")]),

        // MRH Bedford: "Outcome: on the flowsheet" and a compliance addendum that answers only "the outcome measures for this visit are on the therapy flowsheet", no number in the note but the code's minutes and dates: measure missing; one-on-one, technique and deficit present.
        ["v5-h176-mrh-addendum-points-to-the-flowsheet"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 12/22/2026    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 23 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Perturbations in stride stance, stepping-strategy drills to cones, foam stance with head turns.
            Impairment: slow reactive stepping and poor postural control; fell stepping back from the kitchen counter.
            Outcome: on the flowsheet
            ---
            ADDENDUM — requested by Compliance (query CQ-4572) — entered 12/23/2026 by S. Ledbetter, PT, for DOS 12/22/2026:
            The outcome measures for this visit are on the therapy flowsheet.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes as amended, true mismatches and truly missing separate time

        // QHPT Barre scrub correction with its reason ("97112 was 22 min, not 12 — dropped the 2"): as amended 22 matches the line: passes.
        ["v6-h176-qhpt-dropped-digit-corrected"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 12 min
            Seen 1:1.
            BAPS level 3 both directions, foam stance with head turns, perturbations at the pelvis in tandem.
            R ankle proprioception after the sprain on the ski-hill lodge steps.
            BAPS 28 sec; 7 of 10 perturbations without a step.
            Nora Beauchesne, PT
            SCRUB CORRECTION 12/22 (NB): 97112 was 22 min, not 12 — dropped the 2; charge is 22.
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // MRH Roanoke, the 97110 heading re-opened and corrected with the value it replaces ("97110 — 14 min, typed as 41"): 97112 — 24 and 97110 — 14 match: passes.
        ["v6-h176-mrh-reopened-heading-transposed"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON ST, ROANOKE)
            DOS 12/21/2026    Harriet Okafor, PT, DPT, NCS
            NEUROMUSCULAR RE-EDUCATION 97112 — 24 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            PNF D2 patterns of the R arm in sitting, rhythmic stabilization in tall kneeling, reaching out of her base on the foam.
            Impairment: poor trunk control and motor recruitment on the L after the stroke. Berg 43/56.
            THERAPEUTIC EXERCISE 97110 — 41 min
            Sit-to-stands 3x10, bridges 3x12, L hip abduction in side-lying 3x10 with 2 lb.
            L hip and knee weakness.
            ---
            NOTE RE-OPENED 12/22/2026 by H. Okafor to correct the 97110 heading: 97110 — 14 min, typed as 41.
            """,
            ["I69.354"], [PT("97112", 24), PT("97110", 14)], []),

        // BHOT Buffalo late entry with a clock range on each code's line ("97116 1:40–1:58 pm", "97110 1:58–2:10 pm"): 18 and 12 match: passes.
        ["v6-h176-bhot-late-entry-pm-clock-ranges"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            LATE ENTRY for 12/23, written 12/24 (CM)
            97116 1:40–1:58 pm: gait with the rolling walker down the storefront aisle and out to the curb, cues for step length and upright trunk. Short shuffling steps after the hospital stay. 200 ft x2 SBA; curb x2 CGA.
            97110 1:58–2:10 pm: sit-to-stands 3x8, heel raises at the counter 3x12, seated marching 2x20. Hip and calf weakness both sides.
            Colleen Marchetti, PTA
            """,
            ["R26.89", "M62.81"], [PTA("97116", 18), PTA("97110", 12)], []),

        // SNSS Jess Tran's strung doses with two codes each with its minutes (97110 13 min, 97530 11 min): passes.
        ["v6-h176-snss-tran-two-codes"] = new(
            """
            97110 13 min  rdl 20# kb 3x8 ea  lateral lunges 3x10  copenhagen plank 3x20s  L hip + hamstring weakness after the strain  97530 11 min  sled push 90# 4 lengths  deadlift from the floor 35# 3x6  farmer carry 25# ea 3 laps  lifting mechanics poor for loading the delivery van.
            """,
            ["S76.312D"], [PT("97110", 13), PT("97530", 11)], []),

        // PCPT Thibodaux dotted lines for two codes ("Code 97112 … 21 min", "Code 97116 … 14 min"): both match, content complete: passes.
        ["v6-h176-pcpt-dotted-97112-and-97116"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 12/23/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 21 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: pushes at the pelvis in stride stance, foam stance with head turns, stepping onto the rocker board
            For: late protective step; she fell backward off the levee path
            Numbers: Berg 45/56
            Code 97116 Gait training ........ 14 min
            Did: gait with the cane on the gravel lot and the ramp, cues for step length
            For: short, shuffling steps on uneven ground
            Numbers: 350 ft with the cane, supervision
            """,
            ["R26.81", "Z91.81"], [PT("97112", 21), PT("97116", 14)], []),

        // RSP Anacortes, two clock lines, each with its minutes (97112 22', 97140 12'): passes.
        ["v6-h176-rsp-two-clock-lines"] = new(
            """
            Rosario Strait Physiotherapy — Anacortes
            S. Verhoeven, PT · 23.12.2026 · netmaker, 61 y
            97112 NMR 10.00–10.22 (22') · 1:1 — X1 gaze on foam, walking with head turns, pivots on cue. Problem: L vestibular hypofunction. DGI 20/24.
            97140 MT 10.22–10.34 (12') — suboccipital release, C2-3 SNAGs to the L 3x6, upper-trap STM. Problem: cervical stiffness limiting L rotation, 52° (45° before).
            """,
            ["H81.22", "M54.2"], [PT("97112", 22), PT("97140", 12)], []),

        // WHCC a PT's 97112 and an OT's 97530 on one resident's visit, each "x N min" (21 and 16), 97112 individual ticked: passes.
        ["v6-h176-whcc-pt-and-ot-codes"] = new(
            """
            97112 x 21 min  P. Dunagan PT  [x] individual [ ] concurrent [ ] group  res rm 214  stepping reactions to pushes in the bars + foam stance eyes closed + reaching to the bingo board out of base  delayed stepping reactions + posterior lean  berg 42/56
            97530 x 16 min  A. Tibbetts OTR/L  standing at the closet choosing clothes + pulling on the cardigan standing  standing balance + L hand weakness  stood 2 bouts SBA  cardigan on min A
            """,
            ["R26.81", "I69.354"], [PT("97112", 21), OT("97530", 16)], []),

        // QHPT Montpelier scrub correction to a value that differs from the line ("97110 should read 30 min") on an 18-minute line: mismatch.
        ["v6-h176-qhpt-correction-to-30-on-18"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97110 — 18 min
            Rows 3x12 with the blue band, wall push-ups 3x10, ER at the side with the red band 3x15.
            R shoulder weakness after the rotator cuff repair; can't lift the maple-syrup jugs to the shelf.
            Eli Tremblay, PT
            SCRUB CORRECTION 12/23 (ET): 97110 should read 30 min — the band work ran long.
            """,
            ["M75.121", "Z98.890"], [PT("97110", 18)], [At(Mismatch, "97110")]),

        // MRH Salem OT Theo Vance heading "THERAPEUTIC ACTIVITIES 97530 — 35 min" on a 23-minute line: mismatch; content complete.
        ["v6-h176-mrh-vance-ot-heading-35-on-23"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 12/22/2026    Theo Vance, OTR/L
            THERAPEUTIC ACTIVITIES 97530 — 35 min
            Unloading the dishwasher to the upper cabinet, carrying a laundry basket to the bed and folding standing, tub transfer with the bench.
            R hemiparesis and poor standing balance with reaching after the stroke.
            8 plates shelved with contact guard; basket carried 3 trips, supervision; tub bench transfer min A.
            """,
            ["I69.351"], [OT("97530", 23)], [At(Mismatch, "97530")]),

        // WMDC Bedford PTA Tovah Lerner "97116 — 28 min" on a 16-minute line: mismatch; gait content complete.
        ["v6-h176-wmdc-lerner-97116-28-on-16"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (BEDFORD)
            Pt: Clement Hylton, 75 · Med state: ON
            Wife says: "He shuffles worse when we're late for church."
            97116 — 28 min
            Gait on the hall to a metronome, big steps over floor lines, turning at the end with a count.
            Deficit: short shuffling steps and festination.
            Measures: 10 m walk 0.88 m/s; 300 ft with no device, close supervision.
            Tovah Lerner, PTA
            """,
            ["G20.A1"], [PTA("97116", 16)], [At(Mismatch, "97116")]),

        // BHOT Sheridan late entry, clock range on the code's own line "97112 09:10–09:42" (32) on a 20-minute line: mismatch.
        ["v6-h176-bhot-late-entry-clock-32-on-20"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            LATE ENTRY for 12/22, written 12/23 (WT)
            97112 09:10–09:42: one-on-one; perturbations on the foam, tandem on the beam, stepping over the hurdles. Postural control and slow reactive steps after the fall at the stock tank. Berg 46/56; 8 of 10 perturbations.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Mismatch, "97112")]),

        // OCM Macon, two codes with a clock range on the 97112 line only and none for the 97110: separate time missing.
        ["v6-h176-ocm-second-code-no-clock"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Macon
            DAILY NOTE — post-TPE template rev. C
            Patient: Dovie Slappey | Hollis Akins, PT | Precautions: fall risk
            97112 Neuromuscular Re-education | 9:15–9:37 am
            Constant attendance:
            [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: NMR — foam stance with eyes closed, pushes at the pelvis, stepping over a garden hose on cue.
            Impairment addressed: late protective step and sway when she reaches into the car.
            Objective measure: Berg 46/56.
            97110 Therapeutic Exercise
            Intervention and skilled rationale: sit-to-stands 3x10, step-ups 3x8, bridges 3x12, for hip and knee weakness.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 12)], [SepTime]),

        // QHPT Barre two codes with only "Total timed 34 min" (the visit's total): no minutes for each: separate time missing.
        ["v6-h176-qhpt-two-codes-total-only"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Seen 1:1 for the NMR.
            97112: foam perturbations, rocker board A/P eyes closed, tandem on the half roller. L ankle proprioception after the fracture. Rocker 15 sec; 6 of 10 perturbations.
            97110: calf raises 3x15, single-leg RDL 3x8, lateral band walks 3 laps with the green band. L calf and hip weakness.
            Total timed 34 min.
            Nora Beauchesne, PT
            """,
            ["S82.62XD"], [PT("97112", 22), PT("97110", 12)], [SepTime]),

        // MRH Bedford: the 97140 heading's minutes marked "[ENTERED IN ERROR]" and no value put back: separate time missing.
        ["v6-h176-mrh-97140-minutes-in-error-none-back"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 12/23/2026    Simon Ledbetter, PT
            THERAPEUTIC EXERCISE 97110 — 20 min
            Rows 3x12 with the green band, prone Y's and T's 2x10, wall slides 2x12.
            L scapular and rotator cuff weakness.
            MANUAL THERAPY 97140 — [ENTERED IN ERROR, SL 12/24]
            GH posterior glides grade III, STM to the L pec minor and upper trap.
            L shoulder stiffness; flexion 131° (118° at eval).
            """,
            ["M75.02"], [PT("97110", 20), PT("97140", 10)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for 97110, 97530, 97140, 97116, and wholly generic notes

        // An empty note field on a two-code visit (97112 and 97140; the export carried nothing, not even the amendment): note missing on each line.
        ["v7-h176-empty-97112-and-97140"] = new(
            "",
            ["M54.2", "H81.21"], [PT("97112", 22), PT("97140", 11)], [At(NoteMissing, "97112"), At(NoteMissing, "97140")]),

        // A note of spaces, tabs and line breaks only on a PTA's 97110: note missing only.
        ["v7-h176-whitespace-pta-97110"] = new(
            "\n \t \n\n  ",
            ["M62.81"], [PTA("97110", 19)], [At(NoteMissing, "97110")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h176-empty-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 20)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on a QBRH note: hip and knee exercises with doses (technique and measure), R quad and hip weakness after a TKA (deficit); heading 19 matches: passes.
        ["v7-h176-qbrh-97110-after-a-tka"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97110 THERAPEUTIC EXERCISE — 19 MIN
            INTERVENTIONS: terminal knee extension with the green band 3x15, step-ups onto the 6 inch step 3x10, leg press 70 lb 3x12, side-lying hip abduction 3x10
            IMPAIRMENT: R quadriceps and hip abductor weakness after the R TKA; the lobsterman can't step down into the skiff
            OUTCOME MEASURE: knee flexion SCORE: 112°
            Everett Sewall, PT
            """,
            ["Z96.651"], [PT("97110", 19)], []),

        // 97530's meaning on an MLMPT note typed by Carla Hindman: loading the wood box from the porch stack and carrying a bucket of pellets, with loads and trips; low back and hip weakness for lifting; 97530 24 min matches: passes.
        ["v7-h176-mlmpt-hindman-97530-wood-box"] = new(
            """
            97530 24 min pt n me tx loading the wood box from the porch stack w a hip hinge + carrying a 20# bucket of stove pellets across the kitchen + half kneel to stand picking up kindling def poor lifting mechanics + weak hip extensors back flares filling the stove meas lifts 3x6 at 15# 5 trips w the bucket half kneel to stand 2x5 no hands
            """,
            ["M54.50"], [PT("97530", 24)], []),

        // 97140's meaning on an IVBPT note: thoracic PA glides with grades and bouts, rib springing and STM; mid-thoracic stiffness; rotation degrees; 97140 — 12 min matches: passes.
        ["v7-h176-ivbpt-97140-thoracic-and-ribs"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 12/22/2026    E. Fennimore, PT
            97140 — 12 min
            Thoracic PA glides T4-8 grade III-IV, 3 bouts of 30 sec; rib springing R 5-7; STM to the R rhomboid and mid-trap.
            Deficit: mid-thoracic stiffness and R rib pain; she can't turn to check the blind spot driving the date-farm truck
            Thoracic rotation R 35° (25° before)
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // 97116's meaning on a PTH home note: gait with the walker to the mailbox and on the porch steps, distance and assist in the box; short steps; 97116 [ 21 ] min matches: passes.
        ["v7-h176-pth-97116-to-the-mailbox"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: home, Fries · Present: pt and her daughter in the kitchen
            97116 [ 21 ] min
            Gait with the rolling walker down the gravel drive to the mailbox and back, then the 3 porch steps with the rail, cues for heel strike and step length
            Problem: short, shuffling steps and a forward lean after the hip fracture
            Assist/Dist: 260 ft x2 RW SBA; porch steps x2 with the rail CGA
            Verlie Cox, PT
            """,
            ["S72.002D"], [PT("97116", 21)], []),

        // MRH Salem generic PTA note with only a co-signature addendum: "Neuromuscular re-education per plan of care. Balance activities. Tolerated well." — no technique, deficit, measure or one-on-one on the 97112.
        ["v7-h176-mrh-generic-pta-cosigned"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 12/23/2026    Maribel Cruz, PTA
            NEUROMUSCULAR RE-EDUCATION 97112 — 22 min
            Neuromuscular re-education per plan of care. Balance activities. Patient tolerated treatment well.
            ---
            CO-SIGNATURE ADDENDUM 12/24/2026 — Harriet Okafor, PT, DPT, supervising: agree.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // SNSS Brent Halloran's double spaces, generic two-code note with no minutes: "ther ex  ther act  tol well  cont POC." — nothing named for either code and no minutes for each.
        ["v7-h176-snss-halloran-generic-two-codes"] = new(
            """
            ther ex  ther act  tol well  cont POC.
            """,
            ["M25.561"], [PT("97110", 15), PT("97530", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // QHPT Montpelier generic 97110 note with a scrub correction that only fixes the provider: "Therapeutic exercise per POC. Tolerated well. Continue." — nothing named.
        ["v7-h176-qhpt-generic-97110-provider-corrected"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97110 — 20 min
            Therapeutic exercise per POC. Tolerated well. Continue.
            SCRUB CORRECTION 12/23 (NB): rendering provider is Eli Tremblay, PT, not Nora; no change to note content.
            """,
            ["M62.81"], [PT("97110", 20)], [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary: complete notes of this week, as amended, and the ordinary weak ones

        // SNSS Nadia Farhat lower case, returning courier: 1on1, drop landing to stick on foam and slide-board perts; R knee control; triple hop: passes.
        ["vord-h176-snss-farhat-courier-returns"] = new(
            """
            97112 21 min 1on1 no one else in the back gym drop landing off the 12 in box to stick on foam + slide board perts at the hips + sl squat eyes closed R knee proprio + quad timing still late after acl recon courier back on the bike part time triple hop R 412 cm L 455 cm
            """,
            ["Z98.890", "S83.511D"], [PT("97112", 21)], []),

        // SNSS Brent Halloran's double spaces, 97140 and 97110 each with its minutes; lumbar mobilisation and core work with doses; one final period: passes.
        ["vord-h176-snss-halloran-lumbar-two-codes"] = new(
            """
            97140  10 min  L4-5 PA glides grade III 3 bouts of 30 s + sidelying rotation mob + STM to the R QL  lumbar hypomobility w R sided LBP  flexion fingertips to mid shin  97110  15 min  dead bugs 3x10  bird dogs 3x10 ea  side plank 3x20s ea  core + glute weakness line cook on his feet 10 hr shifts.
            """,
            ["M54.50"], [PT("97140", 10), PT("97110", 15)], []),

        // MLMPT PTA Wade Pettijohn at the kitchen: pt n me; tandem at the counter, stepping over the cat's bed, head turns; postural control; Berg and tandem; one period: passes.
        ["vord-h176-mlmpt-pettijohn-kitchen-counter"] = new(
            """
            97112 22 min pt n me only the cat around  tandem along the counter w head turns + stepping over the cat bed + reaching to the top cupboard on the foam pad  postural control poor sways back reaching up for the cookie tins  berg 47/56 tandem 14s.
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // MLMPT Carla Hindman's nmrx expansion filled: 1on1, gaze X1 in the truck seat and the lane walk; vestibular; DGI: passes.
        ["vord-h176-mlmpt-hindman-nmrx-filled"] = new(
            """
            97112 23 min 1on1 pt n me her husband out feeding cattle tx gaze x1 sitting in the pickup seat then standing on the running board + walking the lane w head turns + quick stops def L vestibular hypofunction dizzy looking over her shoulder on the tractor meas dgi 20/24 dva 2 lines lost
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // WHCC Dmitri Lukin PTA, individual ticked; foam marching, stepping reactions; Berg: passes.
        ["vord-h176-whcc-lukin-individual"] = new(
            """
            97112 x 22 min  D. Lukin PTA  [x] individual [ ] concurrent [ ] group  res rm 118  marching on foam in the bars + stepping reactions to pushes at the hips + tandem w head turns  delayed stepping reactions fell at the chapel door  berg 43/56  6 of 10 pushes w 1 step
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // WHCC Patrice Dunagan 97116 with the walker to the dining room, distance and assist: passes.
        ["vord-h176-whcc-dunagan-97116-dining-room"] = new(
            """
            97116 x 17 min  P. Dunagan PT  gait w RW rm 122 to the dining room and the Christmas tree in the lobby 180 ft x2 CGA to SBA  cues for step length + upright trunk  short steps + forward flexed trunk
            """,
            ["R26.89"], [PT("97116", 17)], []),

        // HLG Daphne, Thomas Ashby, returning Mrs. Landry: 1:1 ☒ Yes; pushes, foam reaching, stepping to targets; Berg and pushes: passes.
        ["vord-h176-hlg-ashby-landry-returns"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Daphne office
            Landry, Eunice (86) · Thomas Ashby, PT · 12/22/2026
            IN HER OWN WORDS: "I got the pie off the top rack myself and didn't wobble." (quoted as said)
            WHAT WE DID: 97112 · 23 min — reaching overhead from the foam, pushes at the shoulders in stride stance, stepping to colored targets on cue.
            1:1 for billed time: ☒ Yes ☐ No
            WHY: delayed protective step and posterior sway reaching overhead.
            MEASURED: Berg 46/56 (43 last week); 7 of 10 pushes caught with one step.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // HLG Fairhope PTA Luanne Pressley's 97110 with doses for hip weakness: passes.
        ["vord-h176-hlg-pressley-97110-hips"] = new(
            """
            HOLLYHOCK LANE GERIATRIC PHYSICAL THERAPY — Fairhope office
            Guidry, Ola (82) · Luanne Pressley, PTA · 12/23/2026
            IN HER OWN WORDS: "The pew is too low; I need both hands and my son to get up." (quoted as said)
            WHAT WE DID: 97110 · 18 min — sit-to-stands from the low chair 3x8, bridges 3x12, standing hip abduction with 2 lb 3x10, heel raises 3x15.
            WHY: bilateral hip extensor and abductor weakness.
            MEASURED: doses as listed; 5xSTS 17.9 sec.
            """,
            ["M62.81"], [PTA("97110", 18)], []),

        // WMDC Lynchburg OT Benedikt Varga's 97530: buttoning the church shirt and wrapping a present standing; bradykinesia and standing balance; buttons and time: passes.
        ["vord-h176-wmdc-varga-ot-wrapping-presents"] = new(
            """
            WINTERGREEN MOVEMENT DISORDERS CENTER — THERAPY SERVICES (LYNCHBURG)
            Pt: Hazel Crump, 73 · Med state: ON, dose at 8
            Pt says: "I want to wrap the grandkids' presents myself this year."
            97530 — 19 min
            Standing at the counter wrapping a box — cutting paper, folding the ends, taping — then buttoning her church blouse standing at the mirror.
            Deficit: bradykinesia and small hand movements; she loses her balance backward when both hands are busy.
            Measures: 6 buttons in 74 sec (105 sec last week); 2 presents wrapped standing with supervision.
            Benedikt Varga, OTR/L
            """,
            ["G20.A1"], [OT("97530", 19)], []),

        // SWH Mystic, Abigail Tisdale: returning dizzy patient, 1:1; X2 viewing walking, foam with head turns; vestibular; DHI and DGI: passes.
        ["vord-h176-swh-tisdale-x2-walking"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Mystic
            Visit note · Abigail Tisdale, PT, DPT · 12/23/2026
            She reports: “I did the whole aquarium with my nephews and only sat down once.”
            Neuromuscular re-education 97112 (22 min) · 1:1 — X2 viewing while walking the hall, foam stance with head turns, stepping over cones while tracking a card.
            Impairment: L vestibular hypofunction with motion-provoked sway.
            Objective: DGI 23/24; FGA 25/30.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // SWH Old Saybrook PTA Marisol Vega: 97110 postpartum core and hip work with doses: passes.
        ["vord-h176-swh-vega-postpartum-core"] = new(
            """
            Saltmeadow Women’s Health & Balance PT · Old Saybrook
            Visit note · Marisol Vega, PTA · 12/21/2026
            She reports: “Lifting the car seat doesn’t pull in my belly anymore.”
            Therapeutic exercise 97110 (17 min) — dead bugs with exhale 3x10, side-lying clamshells with the green band 3x12, bridges with a ball squeeze 3x12, wall sits 3 x 30 sec.
            Impairment: abdominal and hip weakness after the C-section, diastasis 2 finger widths.
            Objective: doses as listed.
            """,
            ["O90.89", "M62.81"], [PTA("97110", 17)], []),

        // WRPT Green Forest, Kacey Ormsby PTA: 97116 with the cane on the ramp and gravel; distance and assist: passes.
        ["vord-h176-wrpt-ormsby-97116-gravel"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 12/21/2026 — Kacey Ormsby, PTA
            Svc: 97116 Gait — 18 min
            What we did: gait with the straight cane on the ramp, the gravel lot and the grass to the chicken house mock-up, cues for heel strike and trunk rotation
            Why: antalgic gait with short L stance after the ankle fracture
            Numbers: 420 ft with the cane, modified independent on pavement, SBA on gravel
            """,
            ["S82.892D"], [PTA("97116", 18)], []),

        // WRPT Eureka Springs, Brenna Ellingboe: 1:1 ticked; rocker and step-and-stick; a CO query answered and resolved by Lorraine Meacham: passes.
        ["vord-h176-wrpt-ellingboe-co-query-answered"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 12/23/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 22 min
            Attendance: [X] 1:1 [ ] concurrent [ ] group
            What we did: rocker board M/L eyes closed, step-and-stick off the 8 inch step onto foam, single-leg stance on foam with ball catches
            Why: R ankle proprioception after the sprain on the Thorncrown trail steps
            Numbers: SLS R 16 sec; 9 of 10 sticks held
            [CO query: foam or Airex? — LM] 12/23 BE: Airex pad. [CO: resolved LM]
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // QBRH Calais, Everett Sewall: Individual ticked; foam and pushes; postural control; Berg: passes.
        ["vord-h176-qbrh-sewall-wreath-maker"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            DELIVERY: ☒ Individual ☐ Concurrent ☐ Group
            INTERVENTIONS: foam stance bending to a balsam bundle on the floor, pushes at the pelvis in stride stance, stepping over tip-bundles laid in a row
            IMPAIRMENT: impaired postural control and a late step; the wreath maker tips over bending at the tipping yard
            OUTCOME MEASURE: Berg SCORE: 47/56
            Everett Sewall, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // QBRH Eastport, Nora Cobb: 97116 and 97110 headings with minutes; content complete: passes.
        ["vord-h176-qbrh-cobb-two-headings"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97116 GAIT TRAINING — 16 MIN
            INTERVENTIONS: gait with the rolling walker on the hall and the ramp to the lot, cues for step-through
            IMPAIRMENT: short steps and poor endurance after the hip fracture
            OUTCOME MEASURE: distance SCORE: 350 ft RW SBA
            CPT 97110 THERAPEUTIC EXERCISE — 12 MIN
            INTERVENTIONS: sit-to-stands 3x8, heel raises 3x12, standing hip abduction 3x10
            IMPAIRMENT: hip and calf weakness
            Nora Cobb, PT
            """,
            ["S72.142D"], [PT("97116", 16), PT("97110", 12)], []),

        // PCPT Houma, Jules Guidry: 97110 for a shrimper's shoulder with doses, "cher": passes.
        ["vord-h176-pcpt-jules-shrimper-shoulder"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 12/21/2026 · Jules Guidry, PTA
            Code 97110 Ther ex ........ 18 min
            Did: rows wit' de blue band 3x15, ER at de side 3 lb 3x12, prone Y's an' T's 2x10, wall slides 2x12, cher
            For: R rotator cuff weakness; can't haul de try net over de rail
            Numbers: doses as listed
            """,
            ["M75.101"], [PTA("97110", 18)], []),

        // RSP Friday Harbor: 97110 in kilograms for a ferry deckhand's knee, with "· 1:1" (harmless on a 97110): passes.
        ["vord-h176-rsp-deckhand-knee-97110"] = new(
            """
            Rosario Strait Physiotherapy — Friday Harbor
            S. Verhoeven, PT · 22.12.2026 · ferry deckhand, 44 y
            97110 TE 11.00–11.15 (15') · 1:1
            Leg press 80 kg 3x10, Spanish squats with the strap 3 x 45 s, step-downs from a 25 cm box 3x8.
            Problem: L patellar tendinopathy, quadriceps weakness; painful on the car-deck stairs.
            Measures: doses as listed; single-leg decline squat pain 2/10.
            """,
            ["M76.52"], [PT("97110", 15)], []),

        // OCM Milledgeville, Marcus Pye: 97112 with the 1:1 constant attendance box; pushes, foam; Berg; clock range 23: passes.
        ["vord-h176-ocm-pye-pecan-orchard"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Milledgeville
            DAILY NOTE — post-TPE template rev. C
            Patient: Alma Tharpe | Marcus Pye, PT | Precautions: none
            97112 Neuromuscular Re-education | 2:05–2:28 pm
            Constant attendance:
            [X] 1:1 constant attendance   [ ] Concurrent   [ ] Group
            Intervention and skilled rationale: NMR — stepping over foam pecan-limb rolls, foam stance with eyes closed, pushes at the pelvis, to retrain her protective step.
            Impairment addressed: late protective step and sway on the orchard ground.
            Objective measure: Berg 49/56; 8 of 10 pushes caught.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // OCM Macon, Hollis Akins: 97140 cervical with a clock range, grades and degrees: passes.
        ["vord-h176-ocm-akins-cervical-97140"] = new(
            """
            OCMULGEE RIVER PHYSICAL THERAPY — Macon
            DAILY NOTE — post-TPE template rev. C
            Patient: Roy Spivey | Hollis Akins, PT | Precautions: none
            97140 Manual Therapy | 3:10–3:22 pm
            Intervention and skilled rationale: C5-6 R unilateral PAs grade III, suboccipital release, first-rib mobilization, to restore rotation.
            Impairment addressed: cervical hypomobility with R-sided neck pain turning to back the trailer.
            Objective measure: cervical rotation R 58° (49° before).
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // IVBPT Brawley, E. Fennimore: one-on-one, a REVIEW query answered and cleared; foam and rocker; ankle proprioception; SLS: passes.
        ["vord-h176-ivbpt-fennimore-review-cleared"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 12/21/2026    E. Fennimore, PT
            97112 — 23 min
            One-on-one, just the two of us in the gym.
            Rocker board A/P eyes closed, single-leg stance on foam with head turns, step-and-stick over the cone row
            Deficit: L ankle proprioception after the sprain in the lettuce rows
            SLS L 13 sec; rocker A/P 17 sec
            {{REVIEW: which foam? — KM}}
            Clinician reply: blue Airex.
            {{CLEARED — KM}}
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // TVPT Dayton, Celeste Vandergriff: one-on-one Y; Frenkel-style stepping to targets and tandem; ataxia; SARA gait and tandem steps: passes.
        ["vord-h176-tvpt-vandergriff-wheat-farmer"] = new(
            """
            TOUCHET VALLEY PHYSICAL THERAPY — Dayton
            SERVICE: 97112 Neuromuscular re-education — 22 min
            DELIVERY: One-on-one for the entire billed service? Y
            WHAT I DID AND WHY: Frenkel stepping to floor targets in standing, heel-to-shin in sitting to a count, tandem walking along the wall, to retrain coordination of the legs
            DEFICIT ADDRESSED: ataxia and dysmetria of both legs; he overshoots the step onto the combine ladder
            OBJECTIVE: 10 of 12 targets hit; tandem 6 steps before a break
            Celeste Vandergriff, PT
            """,
            ["R27.0"], [PT("97112", 22)], []),

        // LMPT Archer Ave, J. Ruiz: "(x) 1:1"; BOSU and perturbations; knee control; SLS and hop: passes.
        ["vord-h176-lmpt-ruiz-bosu-perts"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (J. Ruiz, PT)
            Code: 97112 | Min: 21 | Attendance: (x) 1:1 ( ) concurrent ( ) group
            Tx: BOSU single-leg squats with perturbations at the hips, lateral hops to stick, eyes-closed single-leg stance on foam
            Why: L knee neuromuscular control after the ACL repair; the bus driver's knee buckles stepping off the curb
            #s: SLS foam L 12 sec; single hop L 98 cm (R 121 cm)
            """,
            ["Z98.890", "S83.512D"], [PT("97112", 21)], []),

        // LMPT Archer Ave: 97110 and 97140 on one line each, "Min" next to each code: passes.
        ["vord-h176-lmpt-two-code-lines"] = new(
            """
            Lakeshore Motion PT — Archer Ave | Visit form (J. Ruiz, PT)
            Code: 97140 | Min: 10 | Tx: posterior glides of the R hip grade III, long-axis distraction with the belt 5 x 30 sec | Why: R hip capsular stiffness, IR 18°
            Code: 97110 | Min: 14 | Tx: bridges 3x12, side planks 3 x 20 sec, monster walks 3 laps with the green band | Why: R glute weakness
            """,
            ["M25.651"], [PT("97140", 10), PT("97110", 14)], []),

        // PTH Hillsville: 97110 at the kitchen counter with doses, box filled: passes.
        ["vord-h176-pth-97110-kitchen-counter"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: home, Hillsville · Present: pt and the dog
            97110 [ 16 ] min
            Heel raises at the counter 3x15, mini squats 3x10, standing hip abduction 3x10 each, seated knee extension with the ankle weight 2 lb 3x12
            Problem: hip and knee weakness; she can't stand long enough at the stove to cook Christmas dinner
            Assist/Dist: doses as listed; 5xSTS 16.1 sec
            Verlie Cox, PT
            """,
            ["M62.81"], [PT("97110", 16)], []),

        // PTH Galax: 97112 at home, 1:1 stated under Present; stepping over the rug, foam cushion; postural control; Berg: passes.
        ["vord-h176-pth-97112-rug-and-cushion"] = new(
            """
            PORCHLIGHT THERAPY AT HOME
            Visit at: home, Galax · Present: pt and me (1:1); her husband was out at the fiddle shop
            97112 [ 22 ] min
            Stepping over the braided rug edge without looking down, standing on the couch cushion with head turns, reaching to the top shelf of the hutch
            Problem: poor postural control and a late step; she tripped on the rug at Thanksgiving
            Assist/Dist: Berg 45/56; cushion stance 20 sec
            Verlie Cox, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // MRH Roanoke OT Theo Vance's 97530, re-opened to add the supervising attestation (adds nothing, takes nothing away): complete: passes.
        ["vord-h176-mrh-vance-ot-reopened-attestation"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON ST, ROANOKE)
            DOS 12/21/2026    Theo Vance, OTR/L
            THERAPEUTIC ACTIVITIES 97530 — 22 min
            Making coffee standing: filling the carafe at the sink, scooping grounds, pouring and carrying the mug to the table; reaching to the upper cabinet.
            L hand weakness and poor standing balance with both hands busy after the stroke.
            Carafe filled and carried 3 times with supervision; 2 of 3 mugs carried without a spill.
            ---
            NOTE RE-OPENED 12/23/2026 to add the supervising therapist's attestation — reviewed, agree with the plan.
            """,
            ["I69.354"], [OT("97530", 22)], []),

        // MRH Bedford, Simon Ledbetter: complete NMR with a compliance addendum clarifying that the foam was the Airex pad; passes.
        ["vord-h176-mrh-ledbetter-addendum-airex"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 12/21/2026    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 23 min
            Delivery: [X] Individual [ ] Concurrent [ ] Group
            Foam stance with eyes closed, stepping-strategy drills to pushes, tandem walking with head turns.
            Impairment: poor postural control and slow reactive steps; fell backward off the church-basement step.
            Berg 45/56; TUG 12.7 sec.
            ---
            ADDENDUM — requested by Compliance (query CQ-4559) — entered 12/22/2026 by S. Ledbetter, PT, for DOS 12/21/2026:
            The foam in the note was the Airex pad.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // QHPT Montpelier, Eli Tremblay: 97530 with a scrub correction of the bucket weight ("was 20 lb, not 12"): complete: passes.
        ["vord-h176-qhpt-97530-bucket-weight-corrected"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97530 — 21 min
            Carrying a sap bucket across the gym and back, lifting it to a table-height shelf with a hip hinge, half-kneel to stand picking up the lid.
            Poor lifting mechanics and weak hip extensors; his back flares hauling buckets at the sugarhouse.
            Bucket 12 lb, 6 trips; lifts 3x6; half-kneel to stand 2x5 without hands.
            Eli Tremblay, PT
            SCRUB CORRECTION 12/22 (ET): bucket was 20 lb, not 12 — misread the scale.
            """,
            ["M54.50"], [PT("97530", 21)], []),

        // BHOT Sheridan OT Ruth Ann Keel late entry: 97530 dressing for chores, boots and a coat; complete: passes.
        ["vord-h176-bhot-ot-late-entry-chore-boots"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            LATE ENTRY for 12/22, written 12/23 (RK)
            97530 — 20 min
            Pulling on the chore boots from the bench, zipping the Carhartt coat standing, carrying the water bucket to the practice stock tank and tipping it in.
            L hemiparesis and poor standing balance with reaching to the floor after the stroke.
            Boots on with stand-by assist; bucket 8 lb carried 4 trips with contact guard.
            Ruth Ann Keel, OTR/L
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // ---- the ordinary weak ones

        // BHOT Buffalo complete NMR late entry with no diagnosis on the claim: diagnosis missing only.
        ["vord-h176-bhot-nmr-no-dx"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            LATE ENTRY for 12/23, written 12/24 (WT)
            97112 — 22 min
            One-on-one, his son waited in the truck.
            Perturbations at the pelvis on the foam, tandem walking on the beam, stepping over the hay-string line.
            Postural control poor and a slow reactive step after the fall off the flatbed.
            Berg 47/56; 7 of 10 perturbations.
            """,
            [], [PT("97112", 22)], [Dx]),

        // IVBPT El Centro complete NMR whose diagnosis is the text "pending MD": not a well-formed ICD-10-CM code: diagnosis missing only.
        ["vord-h176-ivbpt-dx-pending-md"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 12/23/2026    E. Fennimore, PT
            97112 — 22 min
            One-on-one.
            Gaze stabilization X1 on foam, walking with head turns past the shelves, quick stops on cue
            Deficit: R vestibular hypofunction; she drifts when she turns to check the hay field
            DGI 19/24; DVA 3 lines lost
            """,
            ["pending MD"], [PT("97112", 22)], [Dx]),

        // WHCC PTA Dmitri Lukin's "97110 x 30 min" on a 19-minute line: mismatch; otherwise complete.
        ["vord-h176-whcc-lukin-97110-30-on-19"] = new(
            """
            97110 x 30 min  D. Lukin PTA  res rm 214  sit to stand from the wc 3x8 + seated knee ext 2# 3x12 + standing heel raises in the bars 3x10  bilateral quad + calf weakness needs 2 hands to stand from the wc
            """,
            ["M62.81"], [PTA("97110", 19)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
