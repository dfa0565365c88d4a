using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-seventy-fifth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// Written 2026-12-07 in the twenty-third session, blind, beside the hundred-and-seventy-third. The set is a random week
/// of notes amended after signing, as the export carries them: the signed note and its amendments in one field, in the
/// order they were written — late entries ("LATE ENTRY for 3/4, written 3/5 from the truck"), addenda below the signed
/// note (clarifying what was done, adding a measure, a deficit, a delivery statement or a code's minutes, a co-signer's
/// addendum), corrections of an error with the reason and the corrected value (minutes, a side, a test result, a date,
/// a band colour), text marked as entered in error (struck through with ~~ ~~, "[ERROR]", "[ENTERED IN ERROR]",
/// "disregard the line above") and notes re-opened to add the supervising therapist's attestation — about two thirds
/// ordinary and complete (68 of 102), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a
/// visit), by PTs, PTAs and OTs, from three employers no earlier set has, each with its own amendment format:
/// <list type="number">
/// <item>a hospital outpatient department whose compliance office asks for addenda ("Mercy Ridge Hospital — Outpatient
/// Therapy Department", MRH: the Jefferson Street clinic in Roanoke, Virginia, and its Salem and Bedford sites; headings
/// in capitals "NEUROMUSCULAR RE-EDUCATION 97112 — 22 min", a "Delivery: [X] Individual [ ] Concurrent [ ] Group" row,
/// and below a rule "ADDENDUM — requested by Compliance (query CQ-4471) — entered 03/06/2026 … for DOS 03/04/2026",
/// "CO-SIGNATURE ADDENDUM" and "NOTE RE-OPENED 03/09/2026 to add the supervising therapist's attestation"): Harriet
/// Okafor (PT, DPT, NCS, LSVT BIG certified, the supervising PT), Simon Ledbetter (PT), Maribel Cruz (PTA) and Theo
/// Vance (OTR/L); a wife taking notes for the home program, church steps, a cellar in the dark, a coffee pot, a
/// gallon jug, the parking-deck ramp and the Airex pad;</item>
/// <item>a private practice that corrects its notes after its billing scrub ("Quarry Hill Physical Therapy", QHPT: Barre
/// and Montpelier, Vermont; short "97112 — 24 min" lines, "Seen 1:1", and "SCRUB CORRECTION 3/5 (NB): … was …, not …
/// — reason" lines, struck text in ~~ ~~ with "[ERROR, JP 3/5]", a "1:1? Y / N: ___" prompt, a "☐ 1:1 ☒ Group (4)"
/// row and "Measures: ______"): Nora Beauchesne (PT, owner), Eli Tremblay (PT) and Jess Pomeroy (PTA); a granite-shed
/// loading dock, a sugarhouse, split firewood for the stove box, a ski hill, a Subaru in the lot and the ice;</item>
/// <item>a home-health agency turned outpatient, working from a converted storefront, whose clinicians type late
/// entries on a tablet from the road ("Bighorn Home &amp; Outpatient Therapy", BHOT: the Sheridan clinic and the
/// Buffalo storefront, Wyoming, with routes to Story, Big Horn and Kaycee; "LATE ENTRY for 3/4, written 3/5 from the
/// truck (no signal out past Big Horn)", "Deficit: (not entered)", "Outcome: [blank]", clock ranges "97112
/// 09:05–09:28" and "disregard the line above — wrong code picked on the tablet"): Wade Thorsby (PT), Colleen Marchetti
/// (PTA) and Ruth Ann Keel (OTR/L); a heeler kept outside, a husband in the pickup, a calving barn, a stock-tank rim,
/// hay bales, a stock trailer backed up, a mineral tub, spurs to buckle and an ATV seat mock-up.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer reads an amended record: the note is judged as
/// finally amended — a correction replaces what it corrects, text entered in error (struck, marked "[ERROR]" or
/// disregarded by the writer) documents nothing, and an addendum, late entry or re-opened note counts as written for
/// the visit when it says what was done on that date of service (not what was done at another visit, and not only the
/// reason for a billing change); a co-signer's agreement and a supervising therapist's attestation add nothing and
/// take nothing away:
/// <list type="bullet">
/// <item>class 1 (v1-h175-…): one-on-one in these writers' own words ("The neuromuscular re-education block was
/// one-on-one — I was with Mrs. Hairston the whole time, no other patient on my schedule" in a compliance addendum,
/// "~~Group balance class~~ [ERROR — wrong template]" above "Seen 1:1 — just Nora and Mr. Lamoureux in the back room",
/// "One-on-one with Mrs. Brubaker the whole block — her daughter kept the heeler outside" on a late entry, a PTA's
/// "Individual session … nobody else in the gym with us" under a co-signature addendum, "Treated one-on-one; his wife
/// was present and took notes"), notes that negate it as amended ("1:1." corrected by the scrub to "not 1:1 — I was
/// also running Mrs. Goulet on the balance beam", the only 1:1 sentence struck as entered in error, a PTA "back and
/// forth between Mr. Hladky and Mrs. Voss") or never state it (a late entry whose addendum adds only the Berg, an
/// addendum about one-on-one at another visit), and the codes without a one-on-one check: an OT's 97530 beside
/// another patient doing putty and a PTA's 97110 with a patient on the next table;</item>
/// <item>class 2 (v2-h175-…): checkbox and blank-field states and the amendments that fill them: a ticked Individual
/// box, an unticked box row filled by the compliance addendum, "1:1? Y / N: ___" left blank, "Measures: ______" filled
/// by a scrub correction, "Deficit: (not entered)" filled by a late entry, "Outcome: [blank]" with no measure,
/// "Technique: ____" over a narrative that names the techniques, "☐ 1:1 ☒ Group (4)", "Assist level: N/A (independent
/// with the cane)" and "Impairment: ____ (see addendum)" answered by the addendum;</item>
/// <item>class 3 (v3-h175-…): named programmes and methods as techniques (LSVT BIG maximal daily exercises and
/// functional component tasks, Cawthorne-Cooksey head and eye exercises, Mulligan mobilisation with movement with a
/// late entry correcting the side, Maitland grade III-IV thoracic glides, the Otago programme with its doses, mirror
/// therapy with task-specific reach-to-grasp, a pelvic clock with weight shifts, Schroth three-dimensional
/// corrections), the Otago exercises named without a dose, Cawthorne-Cooksey with no number, and a technique line the
/// writer disregarded as another patient's, leaving none;</item>
/// <item>class 4 (v4-h175-…): deficits stated as findings in these writers' terms (a foot that slaps on the shed floor
/// and can't feel the clutch, a woman who pitches forward off the porch step, a man who loses his place on the cellar
/// stairs in the dark, a woman who falls backward reaching to the top of a hay bale, a hand that won't let go of the
/// coffee pot, a knee that gives way pivoting in the sugarhouse, a side corrected by the scrub) and notes that state
/// none as amended ("Impairments: WNL", the only deficit struck as another patient's problem list, "Problem: same as
/// last time");</item>
/// <item>class 5 (v5-h175-…): measures in every usual form (a Four Square Step Test and a Berg added by a compliance
/// addendum, a TUG corrected from transposed digits, an mCTSIB written "30 / 30 / 16 / 7 sec", "5xSTS 17.2s / GS 0.9
/// m/s", Semmes-Weinstein sites and tuning-fork seconds, distance and assistance levels for gait, loads and holds for a
/// PTA's 97110 re-opened for the attestation) and notes with none ("Berg deferred — ran out of time", "Outcome
/// measures: will reassess at the progress note", "Measures: per flowsheet", "looked more confident than at the last
/// visit, per her daughter", "Reps: as tolerated. Assist: as needed.");</item>
/// <item>class 6 (v6-h175-…): minutes as amended (a scrub correction "97112 was 23 min, not 33 — typo", "~~97110 — 30
/// min~~ 97110 — 18 min", an "[ENTERED IN ERROR]" heading followed by the right one, "disregard the line above" after
/// the wrong code, clock ranges on each code's line of a late entry, a compliance addendum giving the second code's
/// minutes, minutes written on the wrong codes and swapped back by the scrub, a co-signed PTA heading) and true
/// mismatches (a correction to 12 on a 24-minute line, a late entry's 35 on a 22-minute line, the right minutes struck
/// and 32 left on a 20-minute line, a PTA heading of 33 on 21) and truly missing separate time (a compliance addendum
/// that gives only the visit's total, a second code's minutes marked "[ERROR]" with no value put back);</item>
/// <item>class 7 (v7-h175-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty field on a two-code visit, line breaks and spaces only, an empty OT note with no diagnosis), the
/// contract's meanings for 97110 (hip hikes and lateral step-ups after a THA), 97530 (split firewood to the stove box
/// and a bucket carried), 97140 (lumbar rotational mobilisation and QL soft-tissue work on a late entry) and 97116
/// (stairs and outdoors with a cane), and wholly generic notes: "balance training and coordination exercises" with a
/// compliance addendum that is itself boilerplate, a two-code note whose scrub correction only fixes the charge, and
/// a late entry "Pt seen for PT. Balance training. Tolerated well. Continue POC.";</item>
/// <item>ordinary (vord-h175-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), with their harmless amendments (an addendum naming the foam pad or the putty colour, a corrected date of
/// service or band colour, a struck stray word or duplicate exercise, a husband who sat in, co-signatures and
/// re-opened attestations, a late entry's time of day), and the ordinary weak ones: a complete note with no diagnosis,
/// a claim whose diagnosis is the text "see referral", and a PTA's late entry whose minutes differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes, as amended, are exact. Every timed line earns at least one unit under the 8-minute
/// rule. This set's notes carry people and numbers that are not the code's or its minutes — wives, husbands, a
/// daughter, a supervising PT, a co-signer (none of them a patient; Mrs. Goulet on the balance beam, Mr. Hladky and
/// Mrs. Voss are), dates of service and of writing, compliance query numbers, times of day on a late entry's header,
/// step heights in inches, loads in pounds, band and putty colours, degrees, centimetres knee to wall, gait speeds,
/// treadmill speeds and distances, numbers of stairs, trips, targets and perturbations — and each is written so that a
/// reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code ("97112 — 24
/// min", "97110 — 11 min: …"), in its block's heading, or as a clock range on the code's own line, and a correction
/// that states a code's minutes states them next to the code; no note gives minutes to a visit, a drill, a rest or a
/// test, except the one whose compliance addendum gives the visit a total; notes failed for want of a measure carry no
/// number but their code and its minutes (and dates of writing). DOC_GENERIC_ONLY is expected only where the note names
/// no technique, deficit or measure at all. A 97112 passes the measure check only on an objective measure with a
/// number and fails it only when the note has no number but its code, its minutes and numbers that are plainly
/// something else; for the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a
/// measure. One-on-one is judged on the billed minutes: a family member, caregiver or staff member in the room does
/// not undo a one-on-one statement, another patient treated in the same block does, and a therapist attending someone
/// else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the amendments that could honestly be read two ways: an addendum that adds a statement
/// (one-on-one, a measure, a technique) weeks after the visit with no reason given, which payers treat differently; an
/// addendum that could be about this visit or another; a correction that gives a new value without saying which value
/// it replaces; struck text with no mark of who struck it or why beside text that depends on it; a note whose only
/// content is marked entered in error (whether that is an empty note); two corrections of one value that disagree;
/// and a late entry whose date of service differs from the visit's.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 88 of 102 cases agree (100 needed), and 6 of the 68 notes the reviewer passes got a finding, on the analyzer of ed4cfb9 (main 1a10279, the final code of the 2026-12-07 twenty-second session, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, 6ede27d): 100 of 102, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredSeventyFifthTests(ITestOutputHelper output)
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

        // MRH Roanoke, PT note with no delivery statement, then the compliance office's addendum for the same DOS: "the NMR block was one-on-one — I was with Mrs. Hairston the whole time, no other patient on my schedule"; PNF D2 and rhythmic stabilisation; L hemiparesis with poor trunk control; Berg and reach; heading 22 matches: the addendum says what was done that day: passes.
        ["v1-h175-mrh-compliance-addendum-adds-one-on-one"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON ST, ROANOKE)
            DOS 03/04/2026    Simon Ledbetter, PT    Electronically signed 03/04/2026 16:40
            NEUROMUSCULAR RE-EDUCATION 97112 — 22 min
            Rhythmic stabilization in tall kneeling, PNF D2 flexion/extension of the R arm with trunk rotation, reaching across midline from the foam.
            Impairment: L hemiparesis after the R MCA infarct, poor trunk control, falls to the L when she reaches.
            Berg 39/56 (35 at eval). Functional reach 7 in.
            ---
            ADDENDUM — requested by Compliance (query CQ-4471) — entered 03/06/2026 by S. Ledbetter, PT, for DOS 03/04/2026:
            The neuromuscular re-education block was one-on-one — I was with Mrs. Hairston the whole time, no other patient on my schedule.
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // QHPT Barre: the template's first line "~~Group balance class~~ [ERROR — wrong template]" struck, then "Seen 1:1 — just Nora and Mr. Lamoureux in the back room"; foam perturbations, BAPS, head-turn walking; R ankle proprioception; BAPS seconds and perturbations; 97112 — 24 min matches: text entered in error documents nothing: passes.
        ["v1-h175-qhpt-struck-group-then-one-on-one"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            ~~Group balance class~~ [ERROR — wrong template, NB 3/4]
            97112 — 24 min
            Seen 1:1 — just Nora and Mr. Lamoureux in the back room.
            Perturbations at the pelvis on the foam, BAPS level 3 clockwise and counter, walking the hall with head turns.
            R ankle proprioception still poor since the fall on the granite-shed loading dock; he can't tell his foot is turned in.
            BAPS level 3 held 25 sec without an edge touch; 7 of 10 perturbations recovered without a step.
            Nora Beauchesne, PT
            """,
            ["S93.401D"], [PT("97112", 24)], []),

        // BHOT Sheridan late entry "for 3/4, written 3/5 from the truck": "one-on-one — her daughter kept the heeler outside"; gaze stabilisation X1, Cawthorne head movements, tandem on the ramp; R vestibular hypofunction; DGI and DVA; 97112 — 23 min matches: passes.
        ["v1-h175-bhot-late-entry-one-on-one-heeler-outside"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            LATE ENTRY for 3/4, written 3/5 from the truck (no signal out past Big Horn).
            97112 — 23 min
            One-on-one with Mrs. Brubaker the whole block — her daughter kept the heeler outside.
            X1 gaze stabilization seated then standing, head movements per Cawthorne with eyes open and closed, tandem walking up the clinic ramp.
            R vestibular hypofunction; gets swimmy and grabs for the rail when she turns her head.
            DGI 16/24. Dynamic visual acuity 4 lines lost (6 at eval).
            Wade Thorsby, PT
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // MRH Salem PTA note stating "Individual session, PTA with the patient the whole block", then the supervising PT's co-signature addendum ("Agree with the PTA's note; plan unchanged"); sit-to-stand on foam with perturbations, stepping strategy to cones; Parkinson's; pull test and TUG; 97112 — 21 min matches: passes.
        ["v1-h175-mrh-pta-individual-with-cosign-addendum"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 03/04/2026    Maribel Cruz, PTA
            NEUROMUSCULAR RE-EDUCATION 97112 — 21 min
            Individual session — PTA with Mr. Overstreet the whole block, nobody else in the gym with us.
            Sit-to-stand from the foam with perturbations at the shoulders, stepping-strategy drills to cones on the floor, backward walking with a stop on cue.
            Retropulsion and small, slow steps with Parkinson's; freezes in the doorway.
            Pull test 2 steps to recover. TUG 15.8 sec.
            ---
            CO-SIGNATURE ADDENDUM 03/05/2026 — Harriet Okafor, PT, DPT, supervising: agree with the PTA's note; plan unchanged.
            """,
            ["G20.A1"], [PTA("97112", 21)], []),

        // QHPT Montpelier: the note said "1:1", then "CORRECTION 3/5 (ET) per billing scrub: not 1:1 — I was also running Mrs. Goulet on the balance beam for that block": as amended, another patient in the billed time: one-on-one missing; technique, deficit and measure present.
        ["v1-h175-qhpt-correction-not-one-on-one"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97112 — 22 min
            1:1.
            Foam stance with ball toss, tandem on the half roller, lateral weight shifts with perturbations.
            Postural control after the L cerebellar stroke, wide base and veering L.
            mCTSIB foam eyes closed 11 sec. 5 of 10 perturbations without a step.
            CORRECTION 3/5 (ET) per billing scrub: not 1:1 — I was also running Mrs. Goulet on the balance beam for that block. Eli Tremblay, PT
            """,
            ["I69.393"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // BHOT Buffalo late entry with no word about delivery anywhere, and an addendum that only adds the Berg: one-on-one unstated; technique, deficit and measure present.
        ["v1-h175-bhot-late-entry-delivery-never-stated"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo
            LATE ENTRY for 3/4, written 3/5 at the Kaycee co-op lot.
            97112 — 24 min
            Perturbation training standing on the foam, stepping over the hose line, reactive steps to pushes from behind.
            Delayed stepping reaction and poor postural control; two falls in the calving barn this winter.
            Addendum 3/5 (same DOS): Berg was 43/56 at the 3/4 visit, left off above.
            W. Thorsby PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // MRH Bedford note with no delivery statement and an addendum that speaks of another visit ("at the 03/06 visit she was seen one-on-one"): it does not say what was done on 03/04: one-on-one missing.
        ["v1-h175-mrh-addendum-about-another-visit"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 03/04/2026    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 25 min
            Half-kneeling rhythmic stabilization, Romberg to sharpened Romberg on foam, reaching out of the base of support to targets.
            Somatosensory loss in both feet with the neuropathy; relies on vision and falls in the dark.
            Sharpened Romberg 8 sec eyes open (3 at eval). FGA 16/30.
            ---
            ADDENDUM 03/07/2026 (Compliance CQ-4502): at the 03/06 visit she was seen one-on-one for the NMR block.
            """,
            ["E11.42", "R26.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // QHPT Barre: the only one-on-one sentence struck as entered in error ("~~Seen 1:1 the whole block~~ [ERROR] — she was in the 9:00 pair with Mrs. Goulet"): as amended, not one-on-one: one-on-one missing.
        ["v1-h175-qhpt-one-on-one-struck-in-error"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 23 min
            ~~Seen 1:1 the whole block.~~ [ERROR, JP 3/5] — she was in the 9:00 pair with Mrs. Goulet.
            Tandem stance on the foam beam, marching with head turns, stepping over the cane line.
            Proprioception both ankles; she loses balance turning in her kitchen.
            Tandem on the beam 12 sec. 6 of 10 steps over the line without a touch.
            Jess Pomeroy, PTA
            """,
            ["R26.89"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // BHOT OT 97530 in the storefront clinic with another patient doing putty at the same table (97530 has no one-on-one check): loading the dishwasher and carrying a laundry basket; R hemiparesis with poor standing balance in tasks; trips and assistance; late entry, 97530 — 22 min matches: passes.
        ["v1-h175-bhot-ot-97530-shared-table"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            LATE ENTRY for 3/4, written 3/5 (RK)
            97530 — 22 min
            Another patient was doing putty at the same table.
            Loading and unloading the dishwasher in the practice kitchen, carrying a laundry basket from the dryer to the couch, folding towels standing.
            R hemiparesis after the L CVA, R hand drops things and she can't stand at the counter without a lean.
            Basket carried 5 trips with contact guard; dishwasher loaded with stand-by assist.
            Ruth Ann Keel, OTR/L
            """,
            ["I69.351"], [OT("97530", 22)], []),

        // MRH Roanoke: "Treated one-on-one; wife present and took notes for the home program" (family in the room does not undo it); Frenkel-style heel-to-shin and stepping to targets; ataxia; SARA gait item and tandem; 97112 — 24 min matches: passes.
        ["v1-h175-mrh-wife-took-notes"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON ST, ROANOKE)
            DOS 03/04/2026    Harriet Okafor, PT, DPT, NCS
            NEUROMUSCULAR RE-EDUCATION 97112 — 24 min
            Treated one-on-one; his wife was present and took notes for the home program.
            Frenkel exercises in supine and sitting (heel to shin, heel to targets on the mat), stepping to floor targets in standing with slow counts.
            Ataxia and dysmetria both legs with the spinocerebellar degeneration; overshoots the step.
            Tandem 4 steps before a break (2 last month). 9 of 12 floor targets hit.
            """,
            ["G11.19"], [PT("97112", 24)], []),

        // QHPT PTA 97110 with another patient on the next table (no one-on-one check for 97110): straight-leg raises, bridges, step-downs with doses; R quad weakness after a TKA; a scrub correction fixes the side to R; 97110 — 20 min matches: passes.
        ["v1-h175-qhpt-pta-97110-next-table"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97110 — 20 min
            Mr. Dubois was on the next table doing his own program.
            SLR 3x10 with 2 lb, bridges 3x15, forward step-downs off the 4 inch step 3x8, TKE with the green band 3x15.
            L quad weakness after the TKA, can't do the stairs reciprocally.
            SCRUB CORRECTION 3/5 (JP): side is R, not L — R TKA per the referral. Quad weakness is the R.
            Jess Pomeroy, PTA
            """,
            ["Z96.651"], [PTA("97110", 20)], []),

        // BHOT PTA with two patients in the storefront gym "back and forth between Mr. Hladky and Mrs. Voss": another patient in the block: one-on-one missing; technique, deficit, measure present.
        ["v1-h175-bhot-pta-back-and-forth"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            97112 — 21 min
            Back and forth between Mr. Hladky and Mrs. Voss the whole block, both on the foam.
            Foam stance with eyes closed, lateral weight shifts with pushes, stepping onto the rocker.
            Postural sway and poor ankle strategy after the hip fracture.
            Foam eyes closed 9 sec; rocker board 6 sec before a touch.
            Colleen Marchetti, PTA
            """,
            ["S72.001D"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states, and the amendments that fill them

        // MRH template box row "Delivery: [X] Individual [ ] Concurrent [ ] Group" ticked; foam perturbations and stepping over obstacles; postural control after a fall; Berg and 5xSTS; 97112 — 23 min matches: passes.
        ["v2-h175-mrh-individual-box-ticked"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 03/04/2026    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 23 min
            Delivery: [X] Individual   [ ] Concurrent   [ ] Group
            Perturbations on the foam in narrow stance, stepping over the obstacle course with a cognitive task, reactive stepping to release from a lean.
            Postural control and delayed reactive steps after the fall off the porch.
            Berg 45/56. 5xSTS 14.6 sec.
            """,
            ["R26.81", "W10.8XXD"], [PT("97112", 23)], []),

        // MRH box row left with nothing ticked, then the compliance addendum "Delivery box missed — I was 1:1 with him throughout the NMR block": passes.
        ["v2-h175-mrh-box-unticked-addendum-fills"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 03/04/2026    Harriet Okafor, PT, DPT, NCS
            NEUROMUSCULAR RE-EDUCATION 97112 — 25 min
            Delivery: [ ] Individual   [ ] Concurrent   [ ] Group
            Half-kneel to stand with rhythmic stabilization, quadruped on the foam, PNF D1 lifts.
            Trunk motor control after the thoracic SCI (incomplete); he can't hold half-kneel without the arms.
            Half-kneel hold 18 sec without the hands. Seated reach 9 in past the toes.
            ---
            ADDENDUM 03/05/2026 (Compliance CQ-4488) for DOS 03/04/2026: delivery box missed — I was 1:1 with him throughout the NMR block. H. Okafor
            """,
            ["S24.104D"], [PT("97112", 25)], []),

        // QHPT "1:1? Y / N: ___" left blank and nothing else on delivery: one-on-one missing.
        ["v2-h175-qhpt-one-on-one-prompt-blank"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 22 min
            1:1? Y / N: ___
            BAPS board level 2, foam stance with head turns, tandem walking on the tape line.
            L ankle proprioception after the second sprain, rolls it on the trail.
            BAPS 30 sec without an edge touch; tandem 10 steps without a side step.
            Eli Tremblay, PT
            """,
            ["S93.402D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // QHPT "Measures: ______" left blank, then the billing-scrub correction "Measures for 3/4 left blank in error — SLS R 9 sec, L 14 sec; 4 of 6 perturbations": as amended, a measure for the visit: passes.
        ["v2-h175-qhpt-measures-blank-scrub-fills"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97112 — 24 min
            Seen 1:1, whole block.
            Single-leg stance on the foam with perturbations, step-and-hold onto the half roller, figure-8 walking around cones.
            R hip and ankle strategy poor after the tib-fib fracture; sways out over the R.
            Measures: ______
            SCRUB CORRECTION 3/5 (NB): measures for 3/4 left blank in error — SLS R 9 sec, L 14 sec; 4 of 6 perturbations without touching down.
            """,
            ["S82.201D"], [PT("97112", 24)], []),

        // BHOT tablet form "Deficit: (not entered)" and a late entry filling it for the same DOS ("Deficit for 3/4: L foot drop, catches the toe on the stock-tank rim"); 97116 with distance and assistance; 97116 — 21 min matches: passes.
        ["v2-h175-bhot-deficit-not-entered-late-entry-fills"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            97116 — 21 min
            Gait training with the AFO on: clinic hallway, the ramp out back and the gravel lot, cues for heel strike and hip flexion in swing.
            Deficit: (not entered)
            Distance 300 ft x 2 with SBA on the pavement, CGA on the gravel.
            LATE ENTRY for 3/4, written 3/5: deficit for 3/4 — L foot drop, catches the toe on the stock-tank rim and on the gravel. W. Thorsby PT
            """,
            ["M21.372"], [PT("97116", 21)], []),

        // BHOT "Outcome: [blank]" on a 97112 and no number anywhere but the code and its minutes: measure missing.
        ["v2-h175-bhot-outcome-blank"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            97112 — 22 min
            One-on-one, just the two of us.
            Perturbation training on the foam, tandem walking with head turns, stepping onto and off the rocker board.
            Postural instability and slow reactive stepping; she lost her balance feeding the horses.
            Outcome: [blank]
            W. Thorsby PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // MRH "Technique: ____" left blank over a narrative that names the techniques (vestibular habituation, X2 viewing): the blank states nothing, the narrative does: passes.
        ["v2-h175-mrh-technique-blank-narrative-names"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON ST, ROANOKE)
            DOS 03/04/2026    Harriet Okafor, PT, DPT, NCS
            NEUROMUSCULAR RE-EDUCATION 97112 — 22 min
            Technique: ____
            Today: X2 viewing with the card moving opposite the head, habituation to rolling R and to bending to the floor, walking with vertical head nods. One-on-one the whole block.
            Impairment: R vestibular hypofunction and motion sensitivity after the labyrinthitis.
            Motion Sensitivity Quotient 14 (26 at eval). DGI 18/24.
            """,
            ["H83.01"], [PT("97112", 22)], []),

        // QHPT box row "☐ 1:1  ☒ Group (4)" on a 97112: the ticked box says group: one-on-one missing.
        ["v2-h175-qhpt-group-box-ticked"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 23 min
            ☐ 1:1   ☒ Group (4)
            Foam stance with eyes closed, tandem on the beam, perturbations at the hips.
            Postural sway and poor hip strategy, falls backward.
            Foam eyes closed 15 sec; 7 of 10 perturbations without a step.
            Nora Beauchesne, PT
            """,
            ["R26.89"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // BHOT 97116 "Assist level: N/A (independent)" with distance and a device (the field answered, not blank); R knee OA antalgic gait; 97116 — 20 min matches: passes.
        ["v2-h175-bhot-assist-na-independent-97116"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            97116 — 20 min
            Gait training with the single-point cane: sidewalk out front, the curb at the bank and the grass by the courthouse, cues for step length on the R and an even cadence.
            Problem: antalgic gait with a short L step from the R knee OA.
            Distance 600 ft. Assist level: N/A (independent with the cane). Curb up and down x4.
            C. Marchetti PTA
            """,
            ["M17.11"], [PTA("97116", 20)], []),

        // MRH "Impairment: ____ (see addendum)" and the compliance addendum giving the impairment treated that day: passes.
        ["v2-h175-mrh-impairment-see-addendum"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 03/04/2026    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 24 min
            One-on-one, whole block.
            Intervention: rocker board A/P and M/L, foam stance with ball catches, lunges onto the foam with perturbations.
            Impairment: ____ (see addendum)
            Rocker board M/L 20 sec; 8 of 10 catches without a step.
            ---
            ADDENDUM 03/05/2026 (Compliance CQ-4493) for DOS 03/04/2026: impairment treated was L ankle proprioception and postural sway after the Lisfranc injury.
            """,
            ["S93.322D"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // MRH Roanoke LSVT BIG (maximal daily exercises, functional component tasks) for Parkinson's; small steps and slow turns; TUG and 360° turn steps; one-on-one; 97112 — 25 min matches: passes.
        ["v3-h175-mrh-lsvt-big"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON ST, ROANOKE)
            DOS 03/04/2026    Harriet Okafor, PT, DPT, NCS (LSVT BIG certified)
            NEUROMUSCULAR RE-EDUCATION 97112 — 25 min
            One-on-one. LSVT BIG session: maximal daily exercises (floor to ceiling, side to side, forward and backward step and reach), functional component tasks (sit to stand, rolling), BIG walking down the hall.
            Hypokinesia with Parkinson's — small steps, slow turns, en bloc turning.
            TUG 11.9 sec (14.8 at eval). 360° turn in 6 steps (10 at eval).
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // QHPT Cawthorne-Cooksey head and eye exercises with habituation in standing; dizziness and imbalance with head motion after vestibular neuritis; no number anywhere but the code and its minutes: measure missing.
        ["v3-h175-qhpt-cawthorne-cooksey-no-measure"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97112 — 22 min
            Seen 1:1.
            Cawthorne-Cooksey progression: eye movements up-down and side to side, head movements slow then fast with eyes open, then standing with eyes closed, ball tossed hand to hand above eye level.
            Dizziness and unsteadiness with quick head motion after the L vestibular neuritis; avoids looking over her shoulder in the car.
            Moving slower than last week but steadier. Continue.
            Eli Tremblay, PT
            """,
            ["H81.22"], [PT("97112", 22)], [At(Measure, "97112")]),

        // BHOT Mulligan mobilisation with movement for the ankle, with a late entry correcting the side to L; decreased DF after an ankle fracture; reps and degrees; 97140 — 13 min matches: passes.
        ["v3-h175-bhot-mulligan-mwm-side-corrected"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            97140 — 13 min
            Mulligan MWM: posterior talar glide with weight-bearing lunge, 3 sets of 10; distal tib-fib glide with DF.
            Limited R ankle DF after the bimalleolar ORIF, stiff on the stairs.
            DF in lunge 8 cm knee to wall (5 cm last visit).
            LATE ENTRY for 3/4, written 3/5: correction — side is L, not R (L bimalleolar ORIF). W. Thorsby PT
            """,
            ["S82.852D"], [PT("97140", 13)], []),

        // MRH Maitland grade III-IV PA glides to the thoracic spine and rib springing; thoracic stiffness with shoulder pain; oscillation doses; 97140 — 12 min matches: passes.
        ["v3-h175-mrh-maitland-thoracic"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 03/04/2026    Simon Ledbetter, PT
            MANUAL THERAPY 97140 — 12 min
            Maitland central PA glides T4-T7, grade III then IV, 3 bouts of 30 sec each level; rib springing R 3-5.
            Hypomobile mid-thoracic segments limiting R shoulder elevation; pain reaching to the top shelf.
            R shoulder flexion 152° after (138° before).
            """,
            ["M54.6", "M25.611"], [PT("97140", 12)], []),

        // QHPT Otago strength and balance programme with doses (ankle weights, sit-to-stands, knee bends, tandem walk); leg weakness and fall history; 97110 — 21 min matches: passes.
        ["v3-h175-qhpt-otago-with-doses"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97110 — 21 min
            Otago programme, level C: front knee strengthening with 3 lb cuff 2x10, side hip strengthening 3 lb 2x10, calf raises 2x15, sit-to-stands 2x10 without hands, knee bends 2x10.
            Bilateral hip and quad weakness, two falls since Thanksgiving.
            Jess Pomeroy, PTA
            """,
            ["M62.81", "Z91.81"], [PTA("97110", 21)], []),

        // BHOT Otago leg strengthening named exercise by exercise "as she could", with a deficit and no dose or number: technique named, measure missing.
        ["v3-h175-bhot-otago-exercises-no-dose"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            97110 — 19 min
            Otago leg strengthening off the home sheet: front knee strengthening, side hip strengthening, back knee bends, calf raises and toe raises, as she could.
            Weak hips and knees, can't get up off the low couch without pushing.
            C. Marchetti PTA
            """,
            ["M62.81"], [PTA("97110", 19)], [At(Measure, "97110")]),

        // MRH mirror therapy and task-specific reach-to-grasp with forced use for an upper limb after stroke; poor motor recruitment of the R hand; Box and Block counts; one-on-one; 97112 — 24 min matches: passes.
        ["v3-h175-mrh-mirror-therapy-motor-recruitment"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON ST, ROANOKE)
            DOS 03/04/2026    Theo Vance, OTR/L
            NEUROMUSCULAR RE-EDUCATION 97112 — 24 min
            1:1 in the OT room.
            Mirror therapy for R wrist extension and finger opening, then task-specific reach-to-grasp with cups and cones, weight bearing through the R forearm.
            Poor motor recruitment of the R wrist extensors and finger extensors after the L MCA stroke.
            Box and Block R 14 (8 at eval), L 52.
            """,
            ["I69.331"], [OT("97112", 24)], []),

        // QHPT: the only technique line is followed by "disregard the line above — that was Mr. Lamoureux's session" and nothing else names a technique; deficit and measure present: technique missing.
        ["v3-h175-qhpt-technique-line-disregarded"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97112 — 23 min
            Seen 1:1.
            PNF D2 patterns and rhythmic stabilization in half-kneel.
            Disregard the line above — that was Mr. Lamoureux's session, pasted in error. NB 3/5
            Problem: L ankle and hip proprioception after the ankle ORIF; loses balance on the uneven sidewalk.
            SLS L 6 sec on the floor; mCTSIB foam eyes closed 12 sec.
            """,
            ["S82.892D"], [PT("97112", 23)], [At(Tech, "97112")]),

        // BHOT Feldenkrais-style Awareness Through Movement pelvic clock and weight shifts in sitting progressing to standing, with one-on-one; postural control and trunk dissociation after a stroke; sitting reach and Berg; 97112 — 22 min matches: passes.
        ["v3-h175-bhot-pelvic-clock-weight-shifts"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            LATE ENTRY for 3/4, written 3/5 at 06:55 before the Story route (WT)
            97112 — 22 min
            One-on-one.
            Pelvic clock in sitting on the ball, lateral weight shifts with trunk elongation, then the same in standing with tapping to the L glutes; reaching to the sides out of the base.
            Postural control and trunk dissociation after the R pontine stroke; leans L and can't shift onto the L.
            Berg 40/56. Lateral reach L 5 in, R 8 in.
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // MRH Schroth three-dimensional correction exercises with rotational breathing for adolescent scoliosis on a 97110 with holds and reps; thoracic curve; 97110 — 20 min matches: passes.
        ["v3-h175-mrh-schroth-97110"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 03/04/2026    Simon Ledbetter, PT
            THERAPEUTIC EXERCISE 97110 — 20 min
            Schroth corrections: rotational angular breathing in side-lying, muscle cylinder 3 holds of 20 sec, prone on the stool 2x8, sail exercise at the wall bars 3x6.
            R thoracic curve with rib hump and weak L paraspinals; pain after long days at school.
            """,
            ["M41.125"], [PT("97110", 20)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // QHPT: "his foot slaps on the shed floor and he can't feel the clutch pedal" — L foot drop and sensory loss after a peroneal palsy; step-over drills and foam stance with tapping; one-on-one; 10 m walk and foam seconds; 97112 — 21 min matches: passes.
        ["v4-h175-qhpt-foot-slaps-cant-feel-clutch"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 21 min
            Seen 1:1 start to finish.
            Stepping over the foam blocks leading with the L, foam stance with tapping to the L anterior tib, weight shifts onto the L with eyes closed.
            His L foot slaps on the shed floor and he can't feel the clutch pedal since the peroneal palsy.
            10 m walk 0.82 m/s. Foam stance eyes closed 14 sec.
            Eli Tremblay, PT
            """,
            ["G57.32"], [PT("97112", 21)], []),

        // BHOT late entry: "she pitches forward stepping down off the porch and can't catch herself" — delayed stepping strategy; perturbations and step-downs; one-on-one; perturbation count and step-down count; 97112 — 24 min matches: passes.
        ["v4-h175-bhot-pitches-forward-off-the-porch"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            LATE ENTRY for 3/4, written 3/5 (CM)
            97112 — 24 min
            1:1, nobody else in the storefront that hour.
            Forward perturbations at the sternum, step-downs off the 6 inch platform with a stop and hold, stepping strategy drills to tape marks.
            She pitches forward stepping down off the porch and can't get a foot out in time to catch herself.
            6 of 10 forward perturbations caught with one step; 8 of 10 step-downs held.
            Colleen Marchetti, PTA
            """,
            ["R26.81"], [PTA("97112", 24)], []),

        // MRH "Impairments: WNL" on a 97112 with techniques, one-on-one and a number: no deficit stated: deficit missing.
        ["v4-h175-mrh-impairments-wnl"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 03/04/2026    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 22 min
            One-on-one.
            Interventions: BAPS level 4, foam stance with ball throws, lateral hops onto the foam.
            Impairments: WNL.
            BAPS 40 sec without touch-down; 9 of 10 hops stuck.
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // QHPT: the only deficit sentence struck as entered in error ("~~R knee buckles on the church steps~~ [ERROR — other patient]") with no other deficit: deficit missing.
        ["v4-h175-qhpt-deficit-struck-in-error"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97112 — 23 min
            1:1 with Nora.
            Perturbation training on the foam, rhythmic stabilization in tandem, step-and-stick onto the rocker.
            ~~R knee buckles coming down the church steps.~~ [ERROR — other patient's problem list, NB 3/5]
            Step-and-stick 7 of 10; tandem on foam 9 sec.
            """,
            ["R26.89"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // MRH: "he loses his place on the cellar stairs in the dark" — reliance on vision, impaired somatosensation; eyes-closed foam and stair drills with lights dimmed; one-on-one; mCTSIB and stair count; 97112 — 25 min matches: passes.
        ["v4-h175-mrh-cellar-stairs-in-the-dark"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 03/04/2026    Harriet Okafor, PT, DPT, NCS
            NEUROMUSCULAR RE-EDUCATION 97112 — 25 min
            Individually treated — just the patient and me, the whole block.
            Foam stance with eyes closed and head tilts, stair drills with the gym lights dimmed, tandem walking with eyes closed along the wall.
            He loses his place on the cellar stairs in the dark — leans on vision, poor sensation in both feet.
            mCTSIB condition 4 (foam, eyes closed) 13 sec (4 at eval). Stairs with lights dimmed: 12 steps with one rail.
            """,
            ["G60.9", "R26.81"], [PT("97112", 25)], []),

        // BHOT: "she can't reach the top of the hay bale without losing her balance backward" — posterior loss of balance and poor ankle strategy; reaching out of the base and backward perturbations; one-on-one; functional reach and perturbations; 97112 — 23 min matches: passes.
        ["v4-h175-bhot-hay-bale-falls-backward"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            97112 — 23 min
            One-on-one with me, her husband waited in the pickup.
            Overhead reaching out of the base to the top shelf, backward perturbations with cue for a step back, heel-toe rocking on the foam.
            She can't reach the top of a hay bale without losing her balance backward; ankle strategy gone.
            Functional reach 8 in. 5 of 8 backward perturbations recovered.
            Wade Thorsby, PT
            """,
            ["R26.89"], [PT("97112", 23)], []),

        // QHPT scrub correction of the side in the deficit ("L not R — L hemiparesis") with everything else complete; one-on-one; Berg; 97112 — 22 min matches: passes.
        ["v4-h175-qhpt-deficit-side-corrected"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 22 min
            Seen 1:1.
            Weight shifts onto the hemi side with tapping, step-ups leading with the hemi leg, stepping to targets.
            R hemiparesis, poor weight acceptance and a late step.
            Berg 42/56. 7 of 10 targets.
            SCRUB CORRECTION 3/5 (NB): side in the problem line is L, not R — L hemiparesis after the R CVA (dx I69.354). No other change.
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // BHOT "Problem: same as last time" with techniques, one-on-one and a number: no deficit stated for this visit: deficit missing.
        ["v4-h175-bhot-problem-same-as-last-time"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            LATE ENTRY for 3/4, written 3/6 (WT)
            97112 — 21 min
            One-on-one.
            Rocker board eyes closed, perturbations on the foam, tandem with head turns.
            Problem: same as last time.
            Rocker 15 sec; 6 of 10 perturbations.
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // MRH OT 97530 with a deficit stated as a finding ("her R hand won't let go of the coffee pot"), transfers and kitchen tasks; assistance and trips; 97530 — 23 min matches: passes.
        ["v4-h175-mrh-ot-hand-wont-let-go-97530"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON ST, ROANOKE)
            DOS 03/04/2026    Theo Vance, OTR/L
            THERAPEUTIC ACTIVITIES 97530 — 23 min
            Pouring from the coffee pot to the mug and releasing it on the counter, carrying the mug across the kitchen, wiping the table standing.
            Her R hand won't let go of the coffee pot — flexor tone and weak finger extension after the stroke; she spills when she lets go.
            Poured and released 6 of 8 without a spill; carried the mug 4 trips with stand-by assist.
            """,
            ["I69.331"], [OT("97530", 23)], []),

        // QHPT "R knee gives way pivoting at the sugarhouse" (knee instability) with step-down and perturbation drills; one-on-one; Y-balance and perturbations; 97112 — 24 min matches: passes.
        ["v4-h175-qhpt-knee-gives-way-at-the-sugarhouse"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97112 — 24 min
            1:1, Eli and the patient.
            Perturbations on the rocker in single-leg stance, lateral step-downs with knee-over-toe cues, cutting drills around cones.
            R knee gives way pivoting in the sugarhouse; poor neuromuscular control of the R knee after the ACL reconstruction.
            Y-balance anterior R 58 cm, L 66 cm; 7 of 10 perturbations without a knee wobble.
            """,
            ["Z98.890", "S83.511D"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // MRH compliance addendum adding the measure taken that day ("Four Square Step Test 13.4 sec and Berg 46/56 were taken at this visit and omitted"); one-on-one, techniques and deficit in the note; 97112 — 23 min matches: passes.
        ["v5-h175-mrh-addendum-adds-measure"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 03/04/2026    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 23 min
            One-on-one.
            Multidirectional stepping over canes, perturbations in tandem, dual-task walking naming animals.
            Delayed stepping and poor dual-task balance after the concussion.
            ---
            ADDENDUM 03/05/2026 (Compliance CQ-4497) for DOS 03/04/2026: Four Square Step Test 13.4 sec and Berg 46/56 were taken at this visit and omitted from the note.
            """,
            ["S06.0X1D"], [PT("97112", 23)], []),

        // QHPT measure corrected by scrub ("TUG was 12.8 sec, not 21.8 — transposed"): as amended, an objective measure; one-on-one; 97112 — 22 min matches: passes.
        ["v5-h175-qhpt-tug-transposed-corrected"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 22 min
            Seen 1:1.
            Turning drills around the cone in both directions, sit-to-stand with a step-off, obstacle course with a tray.
            Slow turns and unsteadiness getting up from a chair with the neuropathy.
            TUG 21.8 sec.
            SCRUB CORRECTION 3/5 (JP): TUG was 12.8 sec, not 21.8 — digits transposed.
            Jess Pomeroy, PTA
            """,
            ["G62.9"], [PTA("97112", 22)], []),

        // BHOT late entry with "Berg deferred — ran out of time" and no number but the code and its minutes: measure missing.
        ["v5-h175-bhot-berg-deferred"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            LATE ENTRY for 3/4, written 3/5 (WT)
            97112 — 24 min
            One-on-one.
            Tandem on the foam beam, perturbations at the pelvis, stepping over the garden hose laid on the floor.
            Proprioceptive loss both feet and a wide, unsteady base.
            Berg deferred — ran out of time. Will do it next visit.
            """,
            ["E11.42"], [PT("97112", 24)], [At(Measure, "97112")]),

        // MRH with the mCTSIB written as four conditions "30 / 30 / 16 / 7 sec"; one-on-one; sensory reweighting on foam and dome; vestibular/somatosensory deficit; 97112 — 21 min matches: passes.
        ["v5-h175-mrh-mctsib-four-conditions"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON ST, ROANOKE)
            DOS 03/04/2026    Harriet Okafor, PT, DPT, NCS
            NEUROMUSCULAR RE-EDUCATION 97112 — 21 min
            One-on-one.
            Sensory reweighting: foam stance with eyes closed, standing in the optokinetic dome, head turns on the foam.
            Poor use of vestibular input on a compliant surface; falls when vision and feet are both taken away.
            mCTSIB: 30 / 30 / 16 / 7 sec (firm EO, firm EC, foam EO, foam EC).
            """,
            ["H81.393"], [PT("97112", 21)], []),

        // QHPT "Measures: per flowsheet" on a 97110 with exercises named and a deficit, and no dose or number anywhere: measure missing.
        ["v5-h175-qhpt-per-flowsheet-no-dose"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97110 — 18 min
            Ther ex: clamshells, side-lying abduction, bridges with a march, monster walks.
            R hip abductor weakness, Trendelenburg on the R.
            Measures: per flowsheet.
            Eli Tremblay, PT
            """,
            ["M25.551"], [PT("97110", 18)], [At(Measure, "97110")]),

        // BHOT 97116 with distance, device and assistance level; a late entry adds the surface ("the gravel stretch was the lot behind the co-op"); antalgic R hip gait; 97116 — 22 min matches: passes.
        ["v5-h175-bhot-97116-distance-and-assist"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            97116 — 22 min
            Gait training with the front-wheeled walker progressing to the cane: sidewalk, curb and the gravel stretch, cues for equal step length and weight through the R.
            Antalgic gait and short L step after the R hip hemiarthroplasty.
            Walker 250 ft modified independent; cane 120 ft with CGA; curb x3 with minimal assist.
            LATE ENTRY 3/5 (CM): the gravel stretch was the lot behind the co-op.
            """,
            ["S72.001D", "Z96.641"], [PTA("97116", 22)], []),

        // MRH "Outcome measures: will reassess at progress note" and no number but the code and its minutes: measure missing.
        ["v5-h175-mrh-will-reassess-at-progress-note"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 03/04/2026    Maribel Cruz, PTA
            NEUROMUSCULAR RE-EDUCATION 97112 — 22 min
            Individual session.
            Rhythmic stabilization in standing, lateral stepping with resistance at the pelvis, foam stance with head turns.
            Postural instability and poor lateral stepping after the stroke.
            Outcome measures: will reassess at the progress note.
            ---
            CO-SIGNATURE ADDENDUM 03/05/2026 — H. Okafor, PT, DPT: reviewed, agree.
            """,
            ["I69.398"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // QHPT 5xSTS and gait speed written "5xSTS 17.2s / GS 0.9 m/s"; one-on-one; foam and perturbations; weakness and postural control; 97112 — 23 min matches: passes.
        ["v5-h175-qhpt-5xsts-and-gait-speed"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 23 min
            1:1.
            Sit-to-stand from the foam with perturbations, stepping to the clock with a cognitive load, tandem walking.
            Postural control poor in transitions, loses it backward standing up.
            5xSTS 17.2s / GS 0.9 m/s.
            Nora Beauchesne, PT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // BHOT 97112 whose only "measure" is "looked more confident than at the last visit, per her daughter": no number but the code and its minutes: measure missing.
        ["v5-h175-bhot-looked-more-confident"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            97112 — 21 min
            One-on-one in the storefront gym.
            Perturbations on the foam, tandem walk with head turns, stepping onto the rocker and off.
            Postural sway and a slow, late step.
            Looked more confident than at the last visit, per her daughter.
            Wade Thorsby, PT
            """,
            ["R26.81"], [PT("97112", 21)], [At(Measure, "97112")]),

        // MRH PTA 97110 with load, sets, reps and hold, and a co-signature re-opened to add the supervising PT's attestation; shoulder weakness after a rotator cuff repair; 97110 — 19 min matches: passes.
        ["v5-h175-mrh-pta-97110-doses-reopened-attestation"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 03/04/2026    Maribel Cruz, PTA
            THERAPEUTIC EXERCISE 97110 — 19 min
            Side-lying ER 2 lb 3x12, prone rows 3 lb 3x12, scaption to 90° with 1 lb 2x10, isometric ER at the wall 10 x 5 sec holds.
            R rotator cuff weakness after the repair; can't lift the gallon jug to the shelf.
            ---
            NOTE RE-OPENED 03/09/2026 to add the supervising therapist's attestation: I was on site and available, reviewed the PTA's treatment and agree with the note and plan. — Harriet Okafor, PT, DPT
            """,
            ["M75.121", "Z98.890"], [PTA("97110", 19)], []),

        // QHPT Semmes-Weinstein monofilament and vibration counts as measures; one-on-one; sensory reintegration with textures underfoot; somatosensory loss; 97112 — 22 min matches: passes.
        ["v5-h175-qhpt-monofilament-and-tuning-fork"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97112 — 22 min
            Seen 1:1, just Eli and Mrs. Perrault.
            Sensory reintegration: standing and stepping on textured mats, marbles and foam with eyes closed, weight shifts with feedback from the mirror.
            Somatosensory loss both feet; can't feel the floor through her boots.
            Semmes-Weinstein 5.07 felt at 4 of 10 sites R, 5 of 10 L. Tuning fork at the great toe 6 sec R, 8 sec L.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // BHOT 97530 "reps: as tolerated, assist: as needed" with tasks and a deficit and no dose or number: measure missing.
        ["v5-h175-bhot-97530-as-tolerated-as-needed"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            97530 — 20 min
            Floor-to-stand transfers off the mat, lifting the grocery bag from the floor to the counter, stepping in and out of the tub bench set-up.
            Poor hip and knee strength and balance in transitions; can't get up off the floor after a fall.
            Reps: as tolerated. Assist: as needed.
            R. Keel OTR/L
            """,
            ["R26.89", "M62.81"], [OT("97530", 20)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes as amended — corrections, struck and erroneous lines, mismatches, missing separate time

        // QHPT scrub correction of the minutes with its reason ("97112 was 23 min, not 33 — typo; charge is 23"): as amended the minutes match the 23-minute line: passes.
        ["v6-h175-qhpt-minutes-typo-corrected"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 33 min
            Seen 1:1.
            Foam stance with perturbations, BAPS level 3, tandem with head turns.
            L ankle proprioception after the sprain at the quarry.
            BAPS 35 sec; 8 of 10 perturbations without a step.
            SCRUB CORRECTION 3/5 (NB): 97112 was 23 min, not 33 — typo; charge is 23.
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // QHPT struck-through minutes "~~97110 — 30 min~~ 97110 — 18 min" beside the new value on an 18-minute line: passes.
        ["v6-h175-qhpt-struck-minutes-replaced"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            ~~97110 — 30 min~~ 97110 — 18 min (corrected JP 3/5, billing scrub)
            Heel raises 3x15, wall sits 3 x 30 sec, lateral band walks 3 laps with the red band, step-ups 3x10 onto the 6 inch step.
            Bilateral calf and quad weakness; can't get up the bus step without the rail.
            Jess Pomeroy, PTA
            """,
            ["M62.81"], [PTA("97110", 18)], []),

        // MRH two codes, a line marked "[ENTERED IN ERROR]" giving 97140 the wrong minutes, then the right line: 97112 — 24 and 97140 — 12 match: passes.
        ["v6-h175-mrh-entered-in-error-line-then-right-line"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 03/04/2026    Harriet Okafor, PT, DPT, NCS
            NEUROMUSCULAR RE-EDUCATION 97112 — 24 min
            One-on-one. Gaze stabilization X1, walking with head turns, foam stance with eyes closed.
            Impairment: R vestibular hypofunction, unsteady with head turns.
            DGI 19/24; foam eyes closed 17 sec.
            [ENTERED IN ERROR] MANUAL THERAPY 97140 — 22 min
            MANUAL THERAPY 97140 — 12 min
            Suboccipital release, C1-2 rotation SNAGs 3x6 to the R, STM to the upper traps.
            Cervical stiffness limiting head rotation R, 55° (48° before).
            """,
            ["H81.21", "M54.2"], [PT("97112", 24), PT("97140", 12)], []),

        // BHOT "disregard the line above" after a minute line for the wrong code, then the right code and minutes: 97116 — 20 matches: passes.
        ["v6-h175-bhot-disregard-the-line-above-minutes"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            97112 — 20 min
            Disregard the line above — wrong code picked on the tablet. (CM 3/5)
            97116 — 20 min
            Gait training with the quad cane: clinic hallway, the ramp, the curb at the corner, cues for L knee flexion in swing and heel strike.
            L hemiparetic gait with a stiff knee and toe drag.
            Distance 180 ft x 2 with CGA; curb x2 with minimal assist.
            Colleen Marchetti, PTA
            """,
            ["I69.354"], [PTA("97116", 20)], []),

        // BHOT late entry giving each code a clock range on its own line ("97112 09:05–09:28", "97110 09:28–09:40"): 23 and 12 match: passes.
        ["v6-h175-bhot-late-entry-clock-ranges"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            LATE ENTRY for 3/4, written 3/5 from the Kaycee route (WT)
            97112 09:05–09:28: one-on-one; perturbations on the foam, tandem on the beam, stepping over the hurdles. Postural control and slow reactive steps after the fall in the shop. Berg 44/56; 7 of 10 perturbations.
            97110 09:28–09:40: bridges 3x12, side-lying hip abduction 3x10 with 2 lb, sit-to-stands 3x10. Hip extensor and abductor weakness both sides.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 12)], []),

        // MRH two codes with only the 97112 minutes in the note, then the compliance addendum giving the 97530's minutes for that day ("97530 — 13 min"): passes.
        ["v6-h175-mrh-addendum-gives-second-codes-minutes"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON ST, ROANOKE)
            DOS 03/04/2026    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 22 min
            One-on-one. PNF D1/D2 lower-limb patterns in side-lying, rhythmic stabilization in half-kneel, step-and-stick to the foam.
            Poor motor control of the L hip after the stroke. Berg 41/56.
            THERAPEUTIC ACTIVITIES 97530
            Floor transfers and car transfers with the practice car, 4 each with minimal assist. Weakness and poor sequencing in transitions.
            ---
            ADDENDUM 03/05/2026 (Compliance CQ-4510) for DOS 03/04/2026: therapeutic activities 97530 — 13 min, omitted from the heading.
            """,
            ["I69.354"], [PT("97112", 22), PT("97530", 13)], []),

        // QHPT two-code visit with a scrub correction swapping the minutes that were written on the wrong codes ("97140 is 11, 97110 is 21 — swapped"): as amended they match: passes.
        ["v6-h175-qhpt-swapped-minutes-corrected"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97110 — 11 min: rows 3x12 with the green band, wall slides 2x10, prone Y's and T's 2x10.
            97140 — 21 min: posterior glides of the GH joint grade III, STM to the pec minor, scapular mobilization.
            L shoulder weakness and stiffness after the proximal humerus fracture; can't reach the cupboard.
            Flexion 128° (112° last week).
            SCRUB CORRECTION 3/5 (NB): minutes were written on the wrong codes — 97140 is 11, 97110 is 21.
            """,
            ["S42.202D"], [PT("97110", 21), PT("97140", 11)], []),

        // MRH co-signer's addendum that says nothing about time; PTA heading 97116 — 24 matches: passes.
        ["v6-h175-mrh-pta-97116-cosigned"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 03/04/2026    Maribel Cruz, PTA
            GAIT TRAINING 97116 — 24 min
            Gait training with the rolling walker: hallway, elevator threshold and the parking-deck ramp; cues for step-through and upright posture.
            Shuffling, flexed gait with short steps after the lumbar decompression.
            400 ft with supervision; ramp x2 with CGA.
            ---
            CO-SIGNATURE ADDENDUM 03/05/2026 — Harriet Okafor, PT, DPT, supervising: reviewed, agree.
            """,
            ["M48.062", "Z98.890"], [PTA("97116", 24)], []),

        // QHPT scrub correction that changes the minutes to a value that differs from the billed line ("97112 should read 12 min") on a 24-minute line: as amended, 12 against 24: mismatch.
        ["v6-h175-qhpt-corrected-to-differ-from-line"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97112 — 24 min
            Seen 1:1.
            Rocker board, foam stance with ball catches, perturbations in tandem.
            R ankle proprioception after the sprain.
            Rocker 18 sec; 6 of 10 perturbations.
            SCRUB CORRECTION 3/5 (ET): 97112 should read 12 min — the remainder was the re-check, not billed.
            """,
            ["S93.401D"], [PT("97112", 24)], [At(Mismatch, "97112")]),

        // BHOT late entry "97112 — 35 min" on a 22-minute line: mismatch.
        ["v6-h175-bhot-late-entry-35-on-22"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            LATE ENTRY for 3/4, written 3/6 (WT)
            97112 — 35 min
            One-on-one.
            Perturbations at the pelvis on the foam, stepping strategy drills, tandem with head turns.
            Delayed stepping and postural sway after the fall in the barn.
            Berg 43/56; 6 of 10 perturbations.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // QHPT: the correct minutes struck as if in error and the wrong value left standing ("~~97110 — 20 min~~ [ERROR] 97110 — 32 min") on a 20-minute line: as amended, 32 against 20: mismatch.
        ["v6-h175-qhpt-right-minutes-struck-wrong-left"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            ~~97110 — 20 min~~ [ERROR, JP 3/5] 97110 — 32 min
            Leg press 60 lb 3x12, step-ups 3x10, hamstring curls with the yellow band 3x15.
            R knee weakness after the meniscectomy.
            Jess Pomeroy, PTA
            """,
            ["Z98.890", "M23.221"], [PTA("97110", 20)], [At(Mismatch, "97110")]),

        // MRH two codes whose only time is the compliance addendum's total ("total timed treatment 36 min"): no minutes for each: separate time missing.
        ["v6-h175-mrh-addendum-total-only"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 03/04/2026    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112
            One-on-one. Foam stance with perturbations, tandem walking with head turns, BAPS level 2.
            Proprioception L ankle and poor postural control. Berg 47/56.
            THERAPEUTIC EXERCISE 97110
            Calf raises 3x15, single-leg RDL 3x8, lateral band walks 3 laps.
            L ankle and hip weakness.
            ---
            ADDENDUM 03/05/2026 (Compliance CQ-4515) for DOS 03/04/2026: total timed treatment 36 min.
            """,
            ["S93.402D"], [PT("97112", 24), PT("97110", 12)], [SepTime]),

        // BHOT two codes, the 97140 minutes marked "[ERROR]" with no value put back: separate time missing.
        ["v6-h175-bhot-second-codes-minutes-erred-no-replacement"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            97110 — 22 min: clamshells 3x12, bridges 3x15, sidestepping with the band 3 laps, step-ups 3x10.
            97140 — [ERROR — wrong time, CM 3/5]
            97140: STM to the R ITB and TFL, patellar glides, hip distraction with the belt 5 x 30 sec holds.
            R hip weakness and lateral knee pain coming down the stairs.
            Colleen Marchetti, PTA
            """,
            ["M76.31"], [PTA("97110", 22), PTA("97140", 10)], [SepTime]),

        // MRH PTA heading "97112 — 33 min" on a 21-minute line (the co-signer's addendum does not speak to time): mismatch.
        ["v6-h175-mrh-pta-heading-33-on-21"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 03/04/2026    Maribel Cruz, PTA
            NEUROMUSCULAR RE-EDUCATION 97112 — 33 min
            1:1 the whole block.
            Foam stance with eyes closed, rhythmic stabilization in tandem, stepping to targets.
            Postural control after the cerebellar stroke, wide base.
            Tandem 8 sec; 9 of 12 targets.
            ---
            CO-SIGNATURE ADDENDUM 03/05/2026 — H. Okafor, PT, DPT: agree.
            """,
            ["I69.393"], [PTA("97112", 21)], [At(Mismatch, "97112")]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for 97110, 97530, 97140, 97116, and wholly generic notes

        // An empty note field on a two-code visit (the export carried no signed note and no amendment): note missing on each line.
        ["v7-h175-empty-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97110", 12)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // A note of line breaks and spaces only on a PTA's 97116: note missing only.
        ["v7-h175-whitespace-97116"] = new(
            " \n\n   \n",
            ["M17.12"], [PTA("97116", 20)], [At(NoteMissing, "97116")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h175-empty-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on an MRH note: hip hikes, single-leg bridges, lateral step-ups with doses (technique and measure), L hip abductor weakness after a THA (deficit); 97110 — 20 min matches: passes.
        ["v7-h175-mrh-97110-after-a-tha"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 03/04/2026    Simon Ledbetter, PT
            THERAPEUTIC EXERCISE 97110 — 20 min
            Hip hikes off the 4 inch step 3x10, bridges with a ball squeeze 3x12, lateral step-ups 3x10, standing hip abduction with 3 lb 3x12.
            L hip abductor weakness and a Trendelenburg limp after the L THA.
            """,
            ["Z96.642", "Z47.1"], [PT("97110", 20)], []),

        // 97530's meaning on a QHPT note: lifting firewood from the floor to the stove box and carrying a splitting-maul bucket, with loads and trips; back and hip weakness for lifting; 97530 — 22 min matches: passes.
        ["v7-h175-qhpt-97530-firewood"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97530 — 22 min
            Lifting split firewood from the floor to the stove box with a hip hinge, carrying a 15 lb bucket across the gym and back, half-kneel to stand picking up kindling.
            Poor lifting mechanics and weak hip extensors; back flares when he loads the woodstove.
            Lifts 3x8 with 12 lb; carries 6 trips; half-kneel to stand 2x6 without hands.
            Eli Tremblay, PT
            """,
            ["M54.50"], [PT("97530", 22)], []),

        // 97140's meaning on a BHOT late entry: lumbar rotational mobilisation and STM to the QL with grades and bouts; lumbar hypomobility; 97140 — 12 min matches: passes.
        ["v7-h175-bhot-97140-lumbar-mobilisation"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            LATE ENTRY for 3/4, written 3/5 (WT)
            97140 — 12 min
            Side-lying lumbar rotational mobilization L3-4 grade III, 3 bouts of 30 sec; STM to the R QL and glute med; PA glides L4-5 grade III.
            Stiff, painful lumbar segments; can't bend to buckle his spurs.
            Lumbar flexion fingertips 10 in from the floor (16 in before).
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // 97116's meaning on an MRH PTA note: gait training on stairs and outdoors with the cane, distance and assistance; antalgic gait after an ankle fracture; 97116 — 21 min matches: passes.
        ["v7-h175-mrh-97116-stairs-and-outdoors"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 03/04/2026    Maribel Cruz, PTA
            GAIT TRAINING 97116 — 21 min
            Gait training with the straight cane: stairs step-over-step with one rail, the sidewalk around the building and the grass median, cues for heel-toe and push-off on the L.
            Antalgic gait and no push-off on the L after the ankle ORIF.
            14 stairs with one rail and supervision; 500 ft outdoors with the cane, modified independent.
            """,
            ["S82.892D"], [PTA("97116", 21)], []),

        // MRH generic note with a compliance addendum that is itself only boilerplate ("patient tolerated treatment well, continue plan of care"): no technique, deficit, measure or one-on-one on the 97112.
        ["v7-h175-mrh-generic-with-boilerplate-addendum"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 03/04/2026    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 22 min
            Balance training and coordination exercises per plan of care.
            ---
            ADDENDUM 03/05/2026 (Compliance CQ-4520) for DOS 03/04/2026: patient tolerated treatment well. Continue plan of care.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // QHPT generic two-code note whose scrub correction only fixes the charge ("charge code corrected, no change to note content"): nothing named for either code and no minutes for each.
        ["v7-h175-qhpt-generic-two-codes-charge-corrected"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            Ther ex and therapeutic activities per POC. Pt tolerated tx well. Progressing.
            SCRUB CORRECTION 3/5 (NB): charge code corrected on the claim; no change to note content.
            """,
            ["M25.561"], [PT("97110", 20), PT("97530", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // BHOT generic late entry "pt seen for PT, balance training, tolerated well, continue POC": no technique, deficit, measure or one-on-one on the 97112.
        ["v7-h175-bhot-generic-late-entry"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            LATE ENTRY for 3/4, written 3/6 (CM)
            97112 — 21 min
            Pt seen for PT. Balance training. Tolerated well. Continue POC.
            """,
            ["R26.81"], [PTA("97112", 21)], [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary: complete notes of the three employers, as amended, and the ordinary weak ones

        // MRH Roanoke 97112 complete (one-on-one, perturbations and foam, postural control after a fall, Berg and TUG), with a compliance addendum clarifying the foam was the Airex pad; 97112 — 24 min matches: passes.
        ["vord-h175-mrh-nmr-addendum-clarifies-surface"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON ST, ROANOKE)
            DOS 03/04/2026    Harriet Okafor, PT, DPT, NCS
            NEUROMUSCULAR RE-EDUCATION 97112 — 24 min
            One-on-one. Perturbations in narrow stance on the foam, stepping over the cane line with head turns, tandem walking.
            Postural control and delayed stepping after two falls at church.
            Berg 46/56. TUG 10.8 sec.
            ---
            ADDENDUM 03/05/2026 (Compliance CQ-4524) for DOS 03/04/2026: the foam used was the Airex pad, not the dome.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // MRH Salem two codes each with its heading minutes (97112 — 23, 97110 — 12), complete: passes.
        ["vord-h175-mrh-two-codes-complete"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 03/04/2026    Simon Ledbetter, PT
            NEUROMUSCULAR RE-EDUCATION 97112 — 23 min
            One-on-one. Rocker board M/L, foam stance with ball catches, lateral hops to the foam.
            L ankle proprioception after the recurrent sprains. Rocker M/L 22 sec; 8 of 10 hops stuck.
            THERAPEUTIC EXERCISE 97110 — 12 min
            Eccentric heel drops 3x15, band eversion 3x15 with the blue band, single-leg calf raises 3x10.
            L peroneal and calf weakness.
            """,
            ["S93.402D"], [PT("97112", 23), PT("97110", 12)], []),

        // MRH Bedford OT 97530 complete (tub transfer bench, reaching into the dryer, assistance and trips), re-opened to add the supervising OT's attestation for a student-assisted session: passes.
        ["vord-h175-mrh-ot-97530-reopened-attestation"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 03/04/2026    Theo Vance, OTR/L
            THERAPEUTIC ACTIVITIES 97530 — 22 min
            Tub transfer bench in and out, reaching into the dryer and pulling the load to the basket, standing at the sink to brush teeth.
            Poor standing balance and L-sided weakness in self-care after the stroke.
            Tub bench transfer x3 with contact guard; dryer load emptied with stand-by assist.
            ---
            NOTE RE-OPENED 03/06/2026 to add the supervising therapist's attestation: I was in the room and directed the session throughout. — Theo Vance, OTR/L
            """,
            ["I69.354"], [OT("97530", 22)], []),

        // MRH PTA 97112 complete (individual, foam and perturbations, Parkinson's, Mini-BESTest), with the co-signer's addendum: passes.
        ["vord-h175-mrh-pta-nmr-cosigned"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 03/04/2026    Maribel Cruz, PTA
            NEUROMUSCULAR RE-EDUCATION 97112 — 22 min
            Individual session, one-on-one.
            Large-amplitude stepping to targets, backward perturbations with a step cue, turning in a tight square.
            Retropulsion and freezing in turns with Parkinson's.
            Mini-BESTest 19/28. Turned the square in 7 steps.
            ---
            CO-SIGNATURE ADDENDUM 03/05/2026 — Harriet Okafor, PT, DPT, supervising: agree with the PTA's documentation.
            """,
            ["G20.A1"], [PTA("97112", 22)], []),

        // MRH 97140 complete (GH posterior glides and cross-body stretch with grades and bouts; posterior capsule tightness; IR degrees); 97140 — 11 min matches: passes.
        ["vord-h175-mrh-97140-shoulder"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON ST, ROANOKE)
            DOS 03/04/2026    Simon Ledbetter, PT
            MANUAL THERAPY 97140 — 11 min
            GH posterior glides grade III-IV, 4 bouts of 30 sec; sleeper-position contract-relax; STM to the posterior cuff.
            Posterior capsule tightness R shoulder, can't reach behind to the back pocket.
            IR at 90° abduction 38° (26° before).
            """,
            ["M25.611"], [PT("97140", 11)], []),

        // MRH 97112 complete with no diagnosis on the claim: diagnosis missing only.
        ["vord-h175-mrh-nmr-no-dx"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 03/04/2026    Harriet Okafor, PT, DPT, NCS
            NEUROMUSCULAR RE-EDUCATION 97112 — 23 min
            One-on-one. Gaze stabilization X1 with the busy background, walking with head turns, foam stance with eyes closed.
            L vestibular hypofunction; veers L with head turns.
            DGI 18/24. Foam eyes closed 14 sec.
            """,
            [], [PT("97112", 23)], [Dx]),

        // QHPT Barre 97112 complete with a billing-scrub correction of the date typed in the header ("DOS typed 3/14, is 3/4"): passes.
        ["vord-h175-qhpt-nmr-dos-typo-corrected"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            DOS 3/14/2026
            97112 — 24 min
            Seen 1:1.
            Tandem on the half roller, perturbations at the shoulders, stepping over the hurdle row.
            Postural sway and poor hip strategy after the hip fracture.
            Berg 44/56; 7 of 10 perturbations without a step.
            SCRUB CORRECTION 3/5 (NB): DOS typed 3/14, is 3/4.
            """,
            ["S72.002D"], [PT("97112", 24)], []),

        // QHPT Montpelier two codes complete (97112 — 22, 97140 — 10): passes.
        ["vord-h175-qhpt-nmr-and-manual"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97112 — 22 min: 1:1. BAPS level 3, foam stance with ball throws, single-leg perturbations. R ankle proprioception after the sprain on the ski hill. BAPS 40 sec; 6 of 10 perturbations.
            97140 — 10 min: talocrural posterior glides grade III 3 bouts of 30 sec, STM to the peroneals. R ankle DF limited, 6 cm knee to wall (4 before).
            Eli Tremblay, PT
            """,
            ["S93.401D"], [PT("97112", 22), PT("97140", 10)], []),

        // QHPT PTA 97110 complete with a scrub correction changing the band colour ("blue, not black"): passes.
        ["vord-h175-qhpt-pta-97110-band-colour-corrected"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97110 — 19 min
            Rows with the black band 3x12, ER/IR with the band 3x12 each, wall push-ups 3x10, shoulder flexion with the dowel 2x15.
            L shoulder weakness after the rotator cuff repair, can't lift the feed bucket.
            SCRUB CORRECTION 3/5 (JP): band was blue, not black.
            Jess Pomeroy, PTA
            """,
            ["M75.122", "Z98.890"], [PTA("97110", 19)], []),

        // QHPT 97116 complete (treadmill then overground with the cane, distance, assistance): passes.
        ["vord-h175-qhpt-97116-complete"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97116 — 20 min
            Gait training on the treadmill at 1.2 mph with the rail, then overground with the cane around the building, cues for heel strike on the R.
            Short R step and foot flat at contact after the R TKA.
            Treadmill 0.25 mile; overground 450 ft with the cane, supervision.
            Eli Tremblay, PT
            """,
            ["Z96.651"], [PT("97116", 20)], []),

        // QHPT 97112 complete except the diagnosis field carries text ("see referral"): not a well-formed ICD-10-CM code: diagnosis missing.
        ["vord-h175-qhpt-dx-see-referral"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 21 min
            Seen 1:1.
            Foam stance with eyes closed, perturbations in tandem, stepping to the clock.
            Somatosensory loss both feet with the neuropathy.
            Foam eyes closed 10 sec; 7 of 12 clock steps without a touch-down.
            Nora Beauchesne, PT
            """,
            ["see referral"], [PT("97112", 21)], [Dx]),

        // QHPT PTA 97530 complete (car transfers in the lot and lifting groceries, loads and assistance): passes.
        ["vord-h175-qhpt-97530-car-and-groceries"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97530 — 21 min
            Car transfers in and out of her Subaru in the lot, lifting grocery bags from the trunk to the counter, carrying them up the two porch steps.
            Weak hips and poor balance in transitions after the hip fracture.
            Car transfer x4 with stand-by assist; 8 lb bags, 6 trips.
            Jess Pomeroy, PTA
            """,
            ["S72.001D"], [PTA("97530", 21)], []),

        // QHPT 97112 complete with an addendum by the owner clarifying what was done that day ("perturbations were manual at the pelvis, not the platform"): passes.
        ["vord-h175-qhpt-nmr-addendum-clarifies-perturbations"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 23 min
            1:1, just Jess and the patient.
            Perturbation training, rhythmic stabilization in split stance, stepping over the foam blocks.
            Delayed reactive stepping and postural sway; falls in the barn.
            5 of 10 perturbations without a step; split stance hold 20 sec.
            Jess Pomeroy, PTA
            ADDENDUM 3/5 (NB, supervising PT), for 3/4: perturbations were manual at the pelvis, not on the platform.
            """,
            ["R26.81"], [PTA("97112", 23)], []),

        // BHOT Sheridan 97112 complete on a late entry (one-on-one, vestibular habituation and X1, DGI and DVA): passes.
        ["vord-h175-bhot-nmr-late-entry-vestibular"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            LATE ENTRY for 3/4, written 3/5 from the road to Story (WT)
            97112 — 22 min
            One-on-one.
            X1 viewing horizontal and vertical, habituation rolling to the L, walking with head turns past the window display.
            L vestibular hypofunction, dizzy looking over his shoulder backing the stock trailer.
            DGI 19/24. DVA 3 lines lost.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // BHOT Buffalo two codes complete on a late entry (97116 — 20, 97110 — 13): passes.
        ["vord-h175-bhot-gait-and-exercise"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            LATE ENTRY for 3/4, written 3/5 (CM)
            97116 — 20 min: gait training with the walker on the sidewalk and the ramp, cues for an upright trunk and step-through. Flexed, shuffling gait after the compression fracture. 350 ft with supervision, ramp x2.
            97110 — 13 min: seated marching 2x15, sit-to-stands 3x8, standing hip extension 2x12. Hip extensor weakness.
            """,
            ["M80.08XD"], [PTA("97116", 20), PTA("97110", 13)], []),

        // BHOT OT 97530 complete (getting on and off the ATV seat mock-up, lifting a mineral tub, assistance and reps): passes.
        ["vord-h175-bhot-ot-97530-mineral-tub"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            97530 — 23 min
            Stepping up onto and off the mock ATV seat, lifting a mineral tub from the floor to the tailgate height table, half-kneel to stand.
            R shoulder and hip weakness after the fall off the four-wheeler; can't load the truck.
            ATV on/off x5 with stand-by assist; tub 20 lb lifted 2x5.
            Ruth Ann Keel, OTR/L
            """,
            ["S42.201D", "R26.89"], [OT("97530", 23)], []),

        // BHOT 97112 complete with a late-entry addendum naming who else was present ("her husband sat in on the session"): passes.
        ["vord-h175-bhot-nmr-husband-sat-in"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            97112 — 24 min
            One-on-one, whole block.
            Rhythmic stabilization in half-kneel, foam marching, lateral pushes at the pelvis.
            Postural control after the L MCA stroke, poor trunk control on the R.
            Berg 40/56; half-kneel 15 sec without hands.
            LATE ENTRY 3/5 (WT), for 3/4: her husband sat in on the session to learn the home program.
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // BHOT PTA late entry 97110 "97110 — 30 min" on an 18-minute line: mismatch; otherwise complete.
        ["vord-h175-bhot-pta-30-on-18"] = new(
            """
            Bighorn Home & Outpatient Therapy — Sheridan clinic
            LATE ENTRY for 3/4, written 3/5 (CM)
            97110 — 30 min
            Clamshells 3x12, bridges 3x15, step-ups 3x10 onto the 6 inch step, mini squats 3x12.
            L hip and knee weakness after the TKA.
            """,
            ["Z96.652"], [PTA("97110", 18)], [At(Mismatch, "97110")]),

        // MRH 97116 complete with an attestation re-opened for a new-grad PT's note: passes.
        ["vord-h175-mrh-97116-new-grad-attestation"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (BEDFORD)
            DOS 03/04/2026    Simon Ledbetter, PT
            GAIT TRAINING 97116 — 22 min
            Gait training with the L AFO and the quad cane: hallway, stairs with one rail, the lobby ramp; cues for hip flexion and a longer R step.
            L hemiparetic gait with a circumducted swing after the stroke.
            250 ft with CGA; 8 stairs with one rail and CGA.
            ---
            NOTE RE-OPENED 03/06/2026 to add the supervising therapist's attestation: I was on site and reviewed this note; agree. — Harriet Okafor, PT, DPT
            """,
            ["I69.354"], [PT("97116", 22)], []),

        // QHPT three codes complete (97112 — 22, 97110 — 11, 97140 — 9): passes.
        ["vord-h175-qhpt-three-codes"] = new(
            """
            Quarry Hill Physical Therapy — Montpelier
            97112 — 22 min: 1:1. Single-leg perturbations on the rocker, cutting around cones, lateral hop-and-stick. R knee neuromuscular control after the ACL reconstruction. Hop-and-stick 8 of 10; Y-balance anterior R 60 cm.
            97110 — 11 min: split squats 3x10 with 15 lb, Nordic curls 3x5, single-leg bridges 3x10. R quad and hamstring weakness.
            97140 — 9 min: patellar mobilization grade III superior and medial 3 bouts, STM to the distal quad. R knee flexion 128° (122° before).
            Eli Tremblay, PT
            """,
            ["Z98.890", "S83.511D"], [PT("97112", 22), PT("97110", 11), PT("97140", 9)], []),

        // MRH OT 97110 complete (putty, grip and pinch with loads), with a compliance addendum clarifying the putty colour: passes.
        ["vord-h175-mrh-ot-97110-hand"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY DEPARTMENT (JEFFERSON ST, ROANOKE)
            DOS 03/04/2026    Theo Vance, OTR/L
            THERAPEUTIC EXERCISE 97110 — 18 min
            Putty gross grip 3x15, lateral pinch 3x10, digi-flex finger flexion 3x12, wrist extension with 1 lb 3x12.
            R grip and pinch weakness after the distal radius fracture; can't open jars.
            ---
            ADDENDUM 03/05/2026 (Compliance CQ-4531) for DOS 03/04/2026: putty was the green (medium).
            """,
            ["S52.501D"], [OT("97110", 18)], []),

        // BHOT 97112 complete by the PT, the late entry's header giving its time of day only ("written 3/5 07:10"): passes.
        ["vord-h175-bhot-nmr-time-of-day-header"] = new(
            """
            Bighorn Home & Outpatient Therapy — Buffalo storefront
            LATE ENTRY for 3/4, written 3/5 07:10 in the clinic before opening (WT)
            97112 — 23 min
            One-on-one.
            Foam stance with head turns, tandem on the beam, stepping over the rope line.
            Proprioceptive loss both feet; wide base and catching the toe on rugs.
            Tandem on the beam 11 sec; 8 of 10 steps over the rope clean.
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // QHPT 97112 complete with a struck stray word ("~~NuStep~~ [ERROR]") that names nothing the visit needs: passes.
        ["vord-h175-qhpt-nmr-struck-stray-word"] = new(
            """
            Quarry Hill Physical Therapy — Barre
            97112 — 22 min
            Seen 1:1.
            ~~NuStep~~ [ERROR, NB 3/5]
            Rhythmic stabilization in tandem, perturbations on the foam, stepping onto the half roller.
            Postural control and ankle strategy after the fall on the ice.
            Berg 47/56; 8 of 10 perturbations without a step.
            Nora Beauchesne, PT
            """,
            ["R26.81", "W00.0XXD"], [PT("97112", 22)], []),

        // MRH PTA 97110 complete with a struck duplicate exercise line ("~~bridges 3x15~~ duplicate") — the exercises left carry their doses: passes.
        ["vord-h175-mrh-pta-97110-struck-duplicate"] = new(
            """
            MERCY RIDGE HOSPITAL — OUTPATIENT THERAPY (SALEM)
            DOS 03/04/2026    Maribel Cruz, PTA
            THERAPEUTIC EXERCISE 97110 — 21 min
            Bridges 3x15, clamshells with the red band 3x12, step-ups 3x10 onto the 6 inch step, wall sits 3 x 30 sec.
            ~~Bridges 3x15~~ (duplicate, entered in error)
            R hip weakness after the hip arthroscopy, R hip drops on stairs.
            """,
            ["Z98.890", "M24.151"], [PTA("97110", 21)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
