using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-thirty-sixth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twentieth session, blind beside the hundred-and-thirty-fourth) is one template used
/// differently: the same EMR daily-note template ("QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)": SUBJECTIVE,
/// OBJECTIVE, INTERVENTIONS with a "CPT | Description | Minutes" grid that exports "(no rows)" when left empty,
/// ASSESSMENT, PLAN and ATTESTATION) filled in by many clinicians at three organisations each in their own way —
/// everything written in ASSESSMENT with the grid left blank, the grid filled and every narrative field empty (the
/// whole note in the grid's description cell), the interventions pasted into SUBJECTIVE, measures only in PLAN,
/// one-on-one only in the attestation, minutes only in the grid or only in prose, the template's default text left in
/// some fields ("Patient reports no change since last visit.", "Pt tolerated tx well. Continue POC.", "-- select
/// description --"), fields answered "N/A", an attestation dropdown left at "--Select--" and a printed box left "[ ]" —
/// about two thirds ordinary and complete (72 of 108), single- and multi-code visits (97110, 97112, 97116, 97140, 97530,
/// up to three in a visit, a PT's and an OT's code on one visit), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a hospital system whose outpatient rehabilitation configured the template with a default attestation sentence
/// ("Chequamegon Bay Health — Outpatient Rehabilitation", CBH: the hospital campus in Ashland, Wisconsin, and its clinics
/// in Washburn and Hayward; ATTESTATION pre-filled "All timed minutes were delivered one-on-one by the treating
/// clinician." and SUBJECTIVE pre-filled "Patient reports no change since last visit."): Maren Tollefsrud (PT, DPT, NCS,
/// Ashland, who leaves the grid "(no rows)" and writes the whole visit into ASSESSMENT, her codes' minutes beside them
/// there or as a clock range on the code's own line), Gordon Baumgartner (PT, Hayward, who fills the grid and leaves
/// every narrative field empty, his technique, deficit and measure in the description cell), Brent Hakala (PTA,
/// Washburn, who pastes his treatment into SUBJECTIVE and leaves ASSESSMENT at its default) and Celeste Duquette (OTR/L,
/// Ashland); a Madeline Island ferry ramp, a sea-kayak guide out of Little Sand Bay, a muskie guide on the Chippewa
/// Flowage, a Birkebeiner trail groomer, a wild-rice harvester in a canoe on the Namekagon, a retired paper-mill
/// millwright who splits wood, a marina fuel-dock hand, a school-bus driver dressing at half past five, a husband
/// translating the Finnish and a daughter at the doorway;</item>
/// <item>a private-practice group on the template's stock configuration whose clinicians each answer it differently
/// ("Pee Dee Physical Therapy Associates", PDPT: Florence, Darlington and Hartsville, South Carolina; an attestation
/// sentence "I attest that this note accurately reflects the services provided." and a dropdown "One-on-one (all timed
/// minutes): --Select--" with Yes / No / N/A, and the practice's own "Pee Dee Steady Circuit" with station sets): Lamar
/// Sellers (PT, owner, Florence, who writes his numbers only in PLAN and has deleted the dropdown), Deja McCants (PT, DPT,
/// Darlington, whose one-on-one is in the attestation), Travis Godbold (PTA, Hartsville, whose minutes are only in his
/// prose, the grid left "(no rows)") and Shonda Gause (PTA, Florence, who answers every field she does not use "N/A");
/// a Darlington Raceway usher with season tickets, a textile-mill retirees' breakfast, a cane-truck driver at harvest, a
/// choir member on the risers, a Sunday-school teacher, a church softball game, a woman who weeds her tomato bed, a
/// grandson who drove her in and a rear-end collision on the interstate;</item>
/// <item>a rural health clinic that prints the template and sends it as text ("Purgatoire Valley Rural Health Clinic,
/// Therapy", PVRHC: Trinidad, Colorado, an outreach room in Aguilar and a monthly day in Kim; "QUILLWORK EMR - … -
/// printed", a printed box "[ ] One-on-one for all timed minutes", the defaults "Pt reports no new complaints." and "Pt
/// tolerated tx well. Continue POC."): Rosalind Archibeque (PT, the clinic's only PT), Zeke Pruneda (PTA, whose minutes
/// are only in the grid) and Hannah Velarde (OTR/L, Tuesdays); a sheep rancher in Kim at lambing, a coal-truck driver
/// over Raton Pass, a fiddler at the Friday dance, a Santa Fe Trail museum docent, a ranch wife in a pearl-snap shirt, a
/// woman who makes tortillas for her grandsons, a man who feeds his cattle bales by hand, Fishers Peak and Kit Carson
/// Park, a neighbour who drove a patient the seventy miles from Kim and a son on an icy cattle guard.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads this template every day, applying the
/// contract to what the filled-in note says wherever in the template it was written: a field's name does not decide
/// what its text is (interventions in SUBJECTIVE, a deficit in the grid's description cell and a measure in PLAN are
/// read as written), "N/A", an empty field, "(no rows)", "--Select--", "-- select description --" and an empty printed
/// box state nothing, a default sentence the clinician signed is read as written unless the note shows it false, and a
/// code's minutes in the grid's minute cell are that code's minutes:
/// <list type="bullet">
/// <item>class 1 (v1-h136-…): one-on-one in these writers' own words wherever they put it ("97112 neuro re-ed, 24 min,
/// one-on-one with me in the neuro gym — his daughter Kari watched from the doorway" in ASSESSMENT, "Yes — just me and
/// Mrs. Odom; her grandson sat in the chair by the window" in the dropdown, "[X] One-on-one for all timed minutes —
/// Rosalind and Mr. Cordova only; his neighbour … sat by the door", "1:1 NMR, nobody else in the Washburn gym" pasted into
/// SUBJECTIVE, "1:1 — the rehab aide Tasha set up the obstacle course before we started and left", "NMR 1:1" in the
/// grid's description, "Yes — both codes, one-on-one throughout", "one-on-one; her husband Eino in the room translating
/// the Finnish"), notes that negate it (a PTA who "went back and forth between the two of them the whole time", the
/// hospital's default sentence above "I split this block between Mr. Rautio and the patient on the next plinth", "One-on-one:
/// No — Tuesday balance group, four of them at the bars") or never state it (the owner who keeps only the accuracy
/// attestation), and the codes without a one-on-one check: an OT's 97530 with two others in the ADL kitchen and a PTA's
/// 97110 beside a patient on the recumbent bike;</item>
/// <item>class 2 (v2-h136-…): the template's states — the dropdown left "--Select--" and answered "N/A", the printed
/// box left "[ ]" and ticked "[X]", the hospital's default attestation deleted and "ATTESTATION:" left empty, "--Select--"
/// beside "One-on-one, only patient in the back gym" typed in OBJECTIVE, a single code's minute cell left blank, a second
/// code's minute cell left "___", "ASSESSMENT: N/A" as the only place a deficit could be, "OBJECTIVE: N/A" as the only
/// measure field, "N/A" in SUBJECTIVE and PLAN around a complete note, the defaults left beside filled fields, "--
/// select description --" in the grid beside a typed narrative, and a grid answered "N/A | N/A | N/A" with the minutes
/// in prose;</item>
/// <item>class 3 (v3-h136-…): named programmes and methods as techniques (Janda sensorimotor training with short-foot
/// holds and the mini-trampoline, Stroop dual-task walking with serial sevens after a concussion, Brunnstrom synergy
/// facilitation at stage 3, Stanish eccentric decline squats, Cyriax deep transverse friction in the grid's description
/// cell, Sahrmann movement-system corrections pasted into SUBJECTIVE, task-oriented training making tortillas, a
/// Cawthorne-Cooksey progression for bilateral vestibular loss after gentamicin), the practice's "Pee Dee Steady Circuit,
/// station set B, per practice protocol" as the only technique and the same circuit named beside the techniques done in
/// it, and PNF diagonals with a band and no dose;</item>
/// <item>class 4 (v4-h136-…): deficits stated as findings in these writers' terms (a trunk that rights itself late in a
/// rocking ricing canoe, a man who misses the grandstand step watching the cars, a knee that buckles when a ewe bumps it
/// in the lambing jug, feet that can't feel a groomer's pedals in a dark shed, a woman who sways on the choir risers with
/// her eyes closed for the prayer, a shoulder that gives out after two fiddle tunes, a foot that catches on the church
/// carpet, a deficit only in the grid's description cell, a 97530 for getting into a cane-truck cab) and notes that state
/// none (ASSESSMENT left at "Patient tolerated treatment well.", "Deficits per IE.", "PLAN: continue NMR to address
/// deficits");</item>
/// <item>class 5 (v5-h136-…): measures in every usual form and place (Berg and TUG only in PLAN, mCTSIB as four
/// conditions in ASSESSMENT, gait speed and FGA, a perturbation count only in the grid's description cell, distances and
/// assistance levels for a 97116 with its minutes in prose, doses for a 97110, a dressing count and grip pounds for a
/// 97530, numbers pasted into SUBJECTIVE, 5xSTS and single-leg stance) and notes with none ("PLAN: re-test Berg and TUG at
/// the progress note", "OBJECTIVE: deferred — the stopwatch is in Kim", "OBJECTIVE: per HEP sheet" with exercises and no
/// dose, a cane walk "around the clinic and out to his truck, did well");</item>
/// <item>class 6 (v6-h136-…): minutes in this template's forms (only in prose for two codes, only in the grid for two
/// codes, a clock range on the code's own line in ASSESSMENT, the grid and the prose agreeing, a PT's and an OT's row in
/// one grid, three rows, minutes pasted into SUBJECTIVE and agreeing with the grid) and true mismatches (a grid row copied
/// forward from the last visit, 15 on a 26-minute line; "97112 | … | 30" on an 18-minute line; a second row of 25
/// against 12; "97116 for 32 minutes" against 20) and truly missing separate time (the grid "(no rows)" and only "Total
/// timed 38 min", a two-code ASSESSMENT with no minutes at all, a second row answered "N/A", and in class 2 a second row
/// left "___");</item>
/// <item>class 7 (v7-h136-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty note on a two-code visit, spaces, tabs and line breaks only, an empty OT note with no diagnosis), the
/// contract's meanings for 97110 (wall slides, scaption and band rows in the grid's description cell after a cuff repair),
/// 97530 (a laundry basket up the porch steps and standing from pew height), 97140 (lumbar PA glides and a rotation
/// mobilisation for a man who lifts hay bales) and 97116 (rollator across the hospital skyway then the cane), and wholly
/// generic notes: a grid row "97112 | Neuromuscular re-education | 23" with every narrative field empty and the dropdown
/// left "--Select--", a two-code note of the hospital's defaults only, "Balance training." among fields answered "N/A",
/// and an OT's "Functional activities per POC.";</item>
/// <item>ordinary (vord-h136-…): complete notes of each clinician in their usual way that a reviewer passes (the
/// false-positive guard) — Maren's ASSESSMENT-only notes, Gordon's grid-only rows, Brent's pasted SUBJECTIVE, Lamar's
/// PLAN measures, Travis's prose minutes, Shonda's "N/A" fields, Rosalind's and Zeke's defaults, an electronic signature
/// with its date and time of day — and the ordinary weak ones: a complete note with no diagnosis, and a claim whose
/// diagnosis is the EMR's picker left at "--Select Dx--".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact (minutes written in the grid and again in prose or SUBJECTIVE agree). Every
/// timed line earns at least one unit under the 8-minute rule. This set's notes carry people and numbers that are not the
/// code's or its minutes — daughters, a husband translating, a grandson, a son, a neighbour, a rehab aide (none of them a
/// patient; the patient on the next plinth, Mr. Howle and Mrs. Kirven, and the Tuesday group are), dates and times of
/// day in a signature and a morning routine, years of season tickets, a head of ewes and of cattle, bale weights, miles
/// driven, an interstate's number, step, box and stool heights in inches, loads in pounds, band colours, a bike's seat
/// number, reach in inches and centimetres, grip pounds, degrees, weight-bearing percentages, gait speeds, counts of
/// trials, trips, snaps and tortillas — and each is written so that a reviewer cannot take it for a billed code's
/// minutes; a code's minutes are written next to the code ("97112, 24 min", "Spent 24 min on 97112", "97116 for 21
/// min"), in the grid's minute cell on the code's own row, or as a clock range on the code's own line; no note gives
/// minutes to a visit, a drill, a rest or a test, except the one that gives the visit a total ("Total timed 38 min");
/// notes failed for want of a measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. A 97112 passes the measure check only on an objective
/// measure with a number and fails it only when the note has no number but its code and its minutes; for the other
/// codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the
/// billed minutes: a family member, neighbour, interpreter or staff member in the room does not undo a one-on-one
/// statement, another patient treated in the same block does (even under the hospital's default attestation sentence),
/// and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the template states that could honestly be read either way: an attestation answer that
/// contradicts the clinician's own words in the same note (a dropdown "Yes" or a ticked box beside "I had two at the
/// bars", an unticked box beside "1:1" typed in the grid), a grid minute cell and the prose giving one code two
/// different numbers, a note whose every field is "N/A" or a default (whether that is an empty note), "see flowsheet"
/// standing for an OBJECTIVE the export does not carry, a printed box marked with something other than an X (a check
/// mark, a slash, a circle), a grid row whose description is only the code's own name beside a narrative that names the
/// work in another code's section, and measures written only as the goal to be reached in PLAN ("Berg goal 50/56").
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 100 of 108 cases agree (106 needed), and 2 of the 72 notes the reviewer passes got a finding, on the analyzer of 61afef8 (the 2026-12-07 twentieth session after the hundred-and-thirtieth to hundred-and-thirty-third sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session (6b8cb41): 107 of 108, no false positive — a drop-down left at --Select-- and a field scope in parentheses, the patient on the next plinth. Left: PNF diagonals with no dose on a 97110.</para>
/// </summary>
public class HeldOutNotesIssue18HundredThirtySixthTests(ITestOutputHelper output)
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

        // CBH Ashland, Maren writes everything in ASSESSMENT and leaves the grid "(no rows)": "97112 neuro re-ed, 24 min, one-on-one with me in the neuro gym — his daughter watched from the doorway"; Airex perturbations, tandem with head turns, stepping over the cane row; slow stepping and sway to the L; Berg and perturbations; 24 matches: passes.
        ["v1-h136-cbh-assessment-only-daughter-at-the-door"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Ashland
            Clinician: Maren Tollefsrud, PT, DPT, NCS
            SUBJECTIVE: Patient reports no change since last visit.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT: 97112 neuro re-ed, 24 min, one-on-one with me in the neuro gym — his daughter Kari watched from the doorway so she can cue him at home. Perturbations at the pelvis standing on the Airex, tandem walking along the hall rail with head turns, stepping over the row of canes without looking down. Slow stepping reaction and sway to the L since he slipped on the Madeline Island ferry ramp. Berg 43/56 (38 at eval); recovered 6 of 10 perturbations with one step.
            PLAN: continue POC.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // PDPT Darlington, Deja's grid filled ("97112 | Neuromuscular re-education | 23") and one-on-one only in the attestation dropdown: "Yes — just me and Mrs. Odom; her grandson sat in the chair by the window"; foam stance with catches, lateral perturbations, step-and-stick; L ankle proprioception; SLS seconds and TUG: passes.
        ["v1-h136-pdpt-one-on-one-only-in-the-attestation"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Darlington
            Provider: Deja McCants, PT, DPT
            SUBJECTIVE: Her grandson drove her in; she turned the L ankle again stepping off the church van last Sunday.
            OBJECTIVE: SLS L 5 s, R 14 s. TUG 12.6 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 23
            ASSESSMENT: Foam stance catching a ball thrown off to each side, lateral perturbations at the pelvis, step-and-stick onto the foam with a 3 s hold. L ankle proprioception poor — she loses it every time the ball goes to the L.
            PLAN: progress to eyes closed on the foam.
            ATTESTATION: I attest that this note accurately reflects the services provided.
            One-on-one (all timed minutes): Yes — just me and Mrs. Odom; her grandson sat in the chair by the window.
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // PVRHC Trinidad, Rosalind's printed box ticked "[X] One-on-one for all timed minutes — Rosalind and Mr. Cordova only; his neighbour who drove him the 70 miles from Kim sat by the door"; rocker board, foam tandem with head turns, perturbations; somatosensory loss in the feet; mCTSIB and Berg; grid 22 matches: passes.
        ["v1-h136-pvrhc-box-ticked-neighbour-by-the-door"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: mCTSIB foam eyes closed 7 s (4 last week). Berg 45/56.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 22
            Rocker board A/P with eyes open then closed, tandem on the foam beam with head turns, perturbations at the shoulders in narrow stance.
            ASSESSMENT: Diabetic neuropathy — can't feel where his feet are on the foam or on the corral ground; leans on the fence to check the heifers.
            PLAN: continue POC.
            ATTESTATION: [X] One-on-one for all timed minutes — Rosalind and Mr. Cordova only; his neighbour who drove him the 70 miles from Kim sat by the door.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // CBH Washburn, Brent (PTA) pasted his interventions into SUBJECTIVE: "1:1 NMR, nobody else in the Washburn gym" with rocker board, foam step-ups and perturbations; L ankle proprioception after a sprain on the kayak launch; SLS and rocker seconds; grid 22 matches: passes.
        ["v1-h136-cbh-pta-interventions-pasted-into-subjective"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Washburn
            Clinician: Brent Hakala, PTA
            SUBJECTIVE: Pt guides sea-kayak trips out of Little Sand Bay in the summer. Tx today: 1:1 NMR, nobody else in the Washburn gym — rocker board M/L eyes closed, step-ups onto the foam with a hold, perturbations at the hips in single-leg stance. L ankle proprioception still off since she rolled it on the kayak launch. SLS L 8 s (R 21 s), rocker board 12 s without an edge touch.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 22
            ASSESSMENT: Patient tolerated treatment well.
            PLAN:
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["S93.401D"], [PTA("97112", 22)], []),

        // PDPT Hartsville, Travis (PTA) writes minutes only in prose ("Spent 24 min on 97112") and says he went back and forth between Mr. Howle on the rocker board and Mrs. Kirven on the foam the whole time: not one-on-one; dropdown left "--Select--"; technique, deficit and FGA present.
        ["v1-h136-pdpt-pta-back-and-forth-two-patients"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Hartsville
            Provider: Travis Godbold, PTA
            SUBJECTIVE: Pt says the textile-mill retirees' breakfast was Saturday, walked in without the cane.
            OBJECTIVE: FGA 18/30.
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT: Spent 24 min on 97112 — rocker board A/P, tandem walking with head turns, foam stance with perturbations. Had Mr. Howle on the rocker board while Mrs. Kirven did her foam tandem and went back and forth between the two of them the whole time. Postural control poor with eyes closed, late ankle strategy.
            PLAN: same next visit.
            ATTESTATION: I attest that this note accurately reflects the services provided.
            One-on-one (all timed minutes): --Select--
            """,
            ["R26.81"], [PTA("97112", 24)], [At(OneOnOne, "97112")]),

        // CBH Hayward with the hospital's default attestation sentence kept, but the ASSESSMENT says "I split this block between Mr. Rautio and the patient on the next plinth, cueing one while the other held": another patient in the billed block outweighs the default: one-on-one missing; technique, deficit and Berg present.
        ["v1-h136-cbh-default-attestation-but-split-block"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Hayward
            Clinician: Gordon Baumgartner, PT
            SUBJECTIVE: Patient reports no change since last visit.
            OBJECTIVE: Berg 47/56.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 23
            ASSESSMENT: Half-kneeling rhythmic stabilisation, tall-kneeling perturbations, stepping to floor targets on the foam. Trunk and hip postural control slow after the cerebellar stroke. I split this block between Mr. Rautio and the patient on the next plinth, cueing one while the other held.
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["I69.393"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // PVRHC Aguilar outreach room, Rosalind answers the delivery in her own words "One-on-one: No — Tuesday balance group, four of them at the bars" on a billed 97112: negated; technique, deficit and measures present.
        ["v1-h136-pvrhc-answered-no-tuesday-group"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Aguilar outreach room
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: N/A
            OBJECTIVE: TUG 14.2 s, 10 of 10 heel raises.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 25
            Weight shifts at the bars, tandem stance with head turns, stepping over the foam noodles, reactive stepping to a tap at the hip.
            ASSESSMENT: Slow stepping reaction to the L; vestibular loss on the L side from the old neuritis.
            PLAN: continue POC.
            ATTESTATION: One-on-one: No — Tuesday balance group, four of them at the bars.
            """,
            ["H81.22", "R26.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // PDPT Florence, Lamar (owner) removed the dropdown and keeps only "I attest that this note accurately reflects the services provided": one-on-one never stated on the 97112; foam perturbations, clock stepping, head-turn walking; postural control; 5xSTS and FGA in PLAN; grid 24 matches.
        ["v1-h136-pdpt-owner-attests-accuracy-only"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Florence
            Provider: Lamar Sellers, PT
            SUBJECTIVE: Pt reports no changes since last visit.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuro re-ed | 24
            ASSESSMENT: Clock stepping to called numbers, perturbations on the foam, walking with head turns down the hall and stopping on command. Postural control and reactive stepping both slow, worse to the R.
            PLAN: 5xSTS today 15.8 s, FGA 17/30. Progress to dual task next visit.
            ATTESTATION: I attest that this note accurately reflects the services provided.
            """,
            ["R26.89"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // CBH Ashland, Celeste (OTR/L) ran the ADL kitchen with the patient and two others; 97530 carries no one-on-one check: meal prep standing at the counter, unloading the dishwasher to the upper shelf, carrying a pot to the stove; R shoulder weakness; counts and reach; grid 21 matches: passes.
        ["v1-h136-cbh-ot-97530-adl-kitchen-with-two-others"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Ashland
            Clinician: Celeste Duquette, OTR/L
            SUBJECTIVE: She wants to can tomatoes again this August.
            OBJECTIVE: reached the second shelf 8 of 10 times without hiking the shoulder.
            INTERVENTIONS:
            CPT | Description | Minutes
            97530 | Therapeutic activities | 21
            ASSESSMENT: Worked with her and two others in the ADL kitchen: meal prep standing at the counter, unloading the dishwasher to the upper shelf, carrying a 3 lb pot from the sink to the stove 5 trips. R shoulder flexion weakness after the rotator cuff repair.
            PLAN: add the canning jars.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["M75.121", "Z98.890"], [OT("97530", 21)], []),

        // PDPT Florence, Shonda (PTA) gave 97110 beside another patient on the recumbent bike; 97110 carries no one-on-one check: clamshells, bridges, side-stepping with doses; L hip abductor weakness; dropdown "No"; grid 17 matches: passes.
        ["v1-h136-pdpt-pta-97110-beside-the-bike"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Florence
            Provider: Shonda Gause, PTA
            SUBJECTIVE: N/A
            OBJECTIVE: N/A
            INTERVENTIONS:
            CPT | Description | Minutes
            97110 | Therapeutic exercise | 17
            Clamshells with the green band 3x15, bridges 3x12 with a 5 s hold, side-stepping with the band 4 lengths of the bars. Another pt on the recumbent bike beside us.
            ASSESSMENT: L hip abductor weakness, Trendelenburg on the L in stance.
            PLAN: N/A
            ATTESTATION: One-on-one (all timed minutes): No
            """,
            ["M25.552", "M62.81"], [PTA("97110", 17)], []),

        // CBH Hayward, Gordon: "1:1 — the rehab aide set up the obstacle course before we started and left": staff in the room does not undo it; obstacle course with head turns, perturbations, stepping over hurdles; visual dependence; DGI; grid 24 matches: passes.
        ["v1-h136-cbh-aide-set-up-the-course"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Hayward
            Clinician: Gordon Baumgartner, PT
            SUBJECTIVE: Muskie guide on the Chippewa Flowage, wants to stand in the boat by June.
            OBJECTIVE: DGI 17/24.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 24
            ASSESSMENT: 1:1 — the rehab aide Tasha set up the obstacle course before we started and left. Obstacle course with head turns, stepping over the 6 inch hurdles, perturbations on the foam in a split stance. Visual dependence and poor somatosensory use; sways when he looks up.
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["R26.81", "H81.90"], [PT("97112", 24)], []),

        // PVRHC Trinidad, Zeke (PTA) writes the delivery in the grid's description ("NMR 1:1") and his minutes only in the grid; foam tandem, rocker board, reactive stepping; R ankle proprioception; SLS and Berg; 22 matches: passes.
        ["v1-h136-pvrhc-pta-one-on-one-in-the-grid-description"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Zeke Pruneda, PTA
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: SLS R 6 s, L 18 s. Berg 49/56.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR 1:1 | 22
            Foam tandem with head turns, rocker board A/P, reactive stepping to a push at the shoulder.
            ASSESSMENT: R ankle proprioception poor after the sprain on the Raton Pass rest-area curb.
            PLAN: continue POC.
            ATTESTATION: Z. Pruneda, PTA — co-signed R. Archibeque, PT
            """,
            ["S93.401D"], [PTA("97112", 22)], []),

        // PDPT Darlington, Deja two codes in the grid (97112 | 23, 97140 | 12) and "Yes — both codes, one-on-one throughout"; perturbations and foam work with FGA; STM and talocrural glides with degrees; ankle proprioception and stiffness: passes.
        ["v1-h136-pdpt-two-codes-one-on-one-throughout"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Darlington
            Provider: Deja McCants, PT, DPT
            SUBJECTIVE: Ushers at the Darlington Raceway in May; ankle stiff on the grandstand steps.
            OBJECTIVE: FGA 21/30; DF knee bent 7 to 12 degrees after the glides.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 23
            97140 | Manual therapy | 12
            ASSESSMENT: 97112: perturbations on the foam, tandem with head turns, step-downs off a 4 inch step with a stick. 97140: STM to the R gastroc-soleus, talocrural posterior glides grade III 3 x 30 s. R ankle proprioception and DF stiffness after the fracture.
            PLAN: continue.
            ATTESTATION: One-on-one (all timed minutes): Yes — both codes, one-on-one throughout.
            """,
            ["S82.891D"], [PT("97112", 23), PT("97140", 12)], []),

        // CBH Ashland, Maren: "one-on-one; her husband Eino in the room translating the Finnish": family in the room does not undo it; VOR x1 and head-turn walking, foam eyes closed; L vestibular hypofunction; DGI and gait speed; grid blank, minutes in ASSESSMENT 23 match: passes.
        ["v1-h136-cbh-husband-translating"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Ashland
            Clinician: Maren Tollefsrud, PT, DPT, NCS
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT: 97112, 23 min — one-on-one; her husband Eino in the room translating the Finnish. VOR x1 on the blank wall then the checkerboard, walking with horizontal head turns, foam stance eyes closed. L vestibular hypofunction, still dizzy turning to the L. DGI 15/24, gait speed with head turns 0.78 m/s.
            PLAN: add the busy background.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox, dropdown and blank-field states

        // PDPT Hartsville, Deja's dropdown left at "One-on-one (all timed minutes): --Select--" and nothing else on delivery: not stated; perturbations on the foam, tandem with head turns, stepping over cones; postural control; Berg and TUG; grid 23 matches.
        ["v2-h136-pdpt-dropdown-left-at-select"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Hartsville
            Provider: Deja McCants, PT, DPT
            SUBJECTIVE: Pt reports no changes since last visit.
            OBJECTIVE: Berg 44/56. TUG 13.1 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 23
            ASSESSMENT: Perturbations on the foam in a narrow stance, tandem walking with head turns, stepping over the cone row and stopping on a clap. Postural control poor in narrow stance, late hip strategy.
            PLAN: continue POC.
            ATTESTATION: I attest that this note accurately reflects the services provided.
            One-on-one (all timed minutes): --Select--
            """,
            ["R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // PDPT Florence, Shonda's habit of answering every field "N/A" reaches the dropdown: "One-on-one (all timed minutes): N/A" on a 97112: not stated; rocker board, foam perturbations, clock stepping; L ankle proprioception; SLS seconds; grid 22 matches.
        ["v2-h136-pdpt-pta-dropdown-answered-na"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Florence
            Provider: Shonda Gause, PTA
            SUBJECTIVE: N/A
            OBJECTIVE: SLS L 7 s, R 16 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 22
            Rocker board M/L eyes closed, foam stance with perturbations at the hips, clock stepping on the L.
            ASSESSMENT: L ankle proprioception impaired after the sprain.
            PLAN: N/A
            ATTESTATION: I attest that this note accurately reflects the services provided.
            One-on-one (all timed minutes): N/A
            """,
            ["S93.402D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // PVRHC Trinidad, Rosalind's printed box left empty ("[ ] One-on-one for all timed minutes") and nothing else on delivery: not stated; PNF rhythmic stabilisation in standing, foam tandem, reactive stepping; postural control after a stroke; Berg; grid 24 matches.
        ["v2-h136-pvrhc-box-left-empty"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: Berg 41/56.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 24
            PNF rhythmic stabilisation in standing at the counter, foam tandem with head turns, reactive stepping to a tap at the L hip.
            ASSESSMENT: Postural control and weight acceptance on the L poor after the R CVA.
            PLAN: continue POC.
            ATTESTATION: [ ] One-on-one for all timed minutes
            """,
            ["I69.354"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // CBH Washburn, Brent deleted the hospital's default attestation sentence and left "ATTESTATION:" empty, with no delivery written anywhere: not stated; BOSU perturbations, tandem with ball toss, hurdle stepping; ankle strategy; FGA; grid 22 matches.
        ["v2-h136-cbh-pta-attestation-field-cleared"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Washburn
            Clinician: Brent Hakala, PTA
            SUBJECTIVE: Patient reports no change since last visit.
            OBJECTIVE: FGA 20/30.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 22
            ASSESSMENT: Perturbations standing on the BOSU, tandem walking while tossing the ball hand to hand, stepping over the hurdles and stopping. Ankle strategy delayed, hip strategy takes over.
            PLAN: continue.
            ATTESTATION:
            """,
            ["R26.89"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // PVRHC Trinidad, Rosalind's box ticked "[X] One-on-one for all timed minutes"; half-kneel perturbations, foam stepping, gaze holds; L vestibular loss; DGI; grid 23 matches: passes.
        ["v2-h136-pvrhc-box-ticked"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: Santa Fe Trail museum docent, dizzy turning to point out the wagon ruts.
            OBJECTIVE: DGI 16/24.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 23
            Gaze holds with head turns in standing, half-kneel perturbations, stepping on and off the foam with head turns.
            ASSESSMENT: L vestibular hypofunction, symptoms on quick turns to the L.
            PLAN: continue POC.
            ATTESTATION: [X] One-on-one for all timed minutes
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // PDPT Darlington, Deja's dropdown left "--Select--" but her OBJECTIVE says "one-on-one, only patient in the back gym": the filled-in text states it; foam perturbations, tandem and obstacle stepping; postural control in Parkinson's; TUG and Mini-BESTest; grid 24 matches: passes.
        ["v2-h136-pdpt-select-left-but-narrative-states-it"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Darlington
            Provider: Deja McCants, PT, DPT
            SUBJECTIVE: Pt reports no changes since last visit.
            OBJECTIVE: One-on-one, only patient in the back gym. TUG 14.9 s; Mini-BESTest 17/28.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 24
            ASSESSMENT: Big-step obstacle walking, perturbations on the foam, tandem with head turns. Retropulsion and slow reactive stepping in Parkinson's.
            PLAN: continue.
            ATTESTATION: I attest that this note accurately reflects the services provided.
            One-on-one (all timed minutes): --Select--
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // CBH Hayward, Gordon's grid row with the minute cell blank ("97112 | Neuromuscular re-education |") on a single timed code: no minutes stated, nothing to mismatch or separate; default attestation; rocker, foam, perturbations; proprioception; SLS: passes.
        ["v2-h136-cbh-minute-cell-blank-single-code"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Hayward
            Clinician: Gordon Baumgartner, PT
            SUBJECTIVE: Grooms the Birkebeiner trail on the snowcat in winter.
            OBJECTIVE: SLS R 9 s eyes open, 3 s eyes closed.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education |
            ASSESSMENT: Rocker board A/P, foam stance with perturbations at the shoulders, single-leg stance reaching to cones. R knee and ankle proprioception poor after the ACL reconstruction.
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["Z98.890", "S83.511D"], [PT("97112", 21)], []),

        // PDPT Florence, Shonda's grid with the second row's minutes left "___" ("97110 | Therapeutic exercise | ___") beside "97116 | Gait training | 18": no minutes for the 97110 — separate time missing; both sections complete (cane gait with distance and SBA; hip exercises with doses; L hip weakness).
        ["v2-h136-pdpt-pta-second-row-minutes-blank"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Florence
            Provider: Shonda Gause, PTA
            SUBJECTIVE: N/A
            OBJECTIVE: 350 ft with the cane SBA on the sidewalk.
            INTERVENTIONS:
            CPT | Description | Minutes
            97116 | Gait training | 18
            97110 | Therapeutic exercise | ___
            Gait with the straight cane on the sidewalk and the curb ramp, cues for a longer R step. Standing hip abduction 3x12, bridges 3x15, mini squats 2x10.
            ASSESSMENT: L hip abductor weakness and a short R step after the L hip ORIF.
            PLAN: N/A
            """,
            ["S72.002D"], [PTA("97116", 18), PTA("97110", 13)], [SepTime]),

        // PVRHC Kim day, Rosalind writes "ASSESSMENT: N/A" and nothing else names a deficit, system or region: deficit missing; rocker board, foam tandem with head turns, perturbations; Berg; box ticked; grid 23 matches.
        ["v2-h136-pvrhc-assessment-answered-na"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Kim monthly day
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: Berg 47/56.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 23
            Rocker board A/P, tandem on the foam with head turns, perturbations at the shoulders in narrow stance.
            ASSESSMENT: N/A
            PLAN: N/A
            ATTESTATION: [X] One-on-one for all timed minutes
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // PDPT Hartsville, Travis answers "OBJECTIVE: N/A" and no number appears but the code and its minutes: measure missing; one-on-one selected, rocker board, foam stepping and perturbations; ankle proprioception.
        ["v2-h136-pdpt-pta-objective-answered-na"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Hartsville
            Provider: Travis Godbold, PTA
            SUBJECTIVE: Pt reports no changes since last visit.
            OBJECTIVE: N/A
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 21
            ASSESSMENT: Rocker board eyes closed, step-ups onto the foam with a hold, perturbations at the pelvis in single-leg stance. R ankle proprioception poor, rolls it on the gravel drive.
            PLAN: same.
            One-on-one (all timed minutes): Yes
            """,
            ["S93.401D"], [PTA("97112", 21)], [At(Measure, "97112")]),

        // CBH Ashland, Celeste answers SUBJECTIVE and PLAN "N/A" on an OT 97530 otherwise complete (towel folding standing, laundry basket carried to the bed, reaching to the dryer; R hip weakness and standing tolerance; loads and trips counted); grid 20 matches: passes.
        ["v2-h136-cbh-ot-subjective-and-plan-na"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Ashland
            Clinician: Celeste Duquette, OTR/L
            SUBJECTIVE: N/A
            OBJECTIVE: stood folding towels through 3 full loads without sitting (1 load last week); carried the basket 4 trips.
            INTERVENTIONS:
            CPT | Description | Minutes
            97530 | Therapeutic activities | 20
            ASSESSMENT: Laundry standing: reaching into the dryer, folding towels at the counter, carrying the basket to the bed. R hip weakness and poor standing tolerance after the R THA.
            PLAN: N/A
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["Z96.641"], [OT("97530", 20)], []),

        // PVRHC Trinidad, Zeke leaves the template's defaults ("Pt reports no new complaints." and "Pt tolerated tx well. Continue POC.") beside a filled OBJECTIVE and intervention lines: 97110 with doses, L knee weakness; grid 19 matches: passes.
        ["v2-h136-pvrhc-pta-defaults-left-beside-filled-fields"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Zeke Pruneda, PTA
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: L knee flexion AROM 108 degrees. L quad weakness after the L TKA, can't get up from the low pew.
            INTERVENTIONS:
            CPT | Description | Minutes
            97110 | Ther ex | 19
            Recumbent bike, seat 7, for warm-up; SAQ 4 lb 3x12, step-ups onto the 6 inch step 3x10, sit-to-stand from the low chair 3x8.
            ASSESSMENT: Pt tolerated tx well. Continue POC.
            PLAN: Continue POC.
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 19)], []),

        // CBH Hayward, Gordon leaves the grid's description at its default "-- select description --" but types the techniques in ASSESSMENT; default attestation; foam perturbations, gaze holds walking, hurdles; vestibular and postural deficits; DGI; grid 22 matches: passes.
        ["v2-h136-cbh-description-left-at-default"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Hayward
            Clinician: Gordon Baumgartner, PT
            SUBJECTIVE: Patient reports no change since last visit.
            OBJECTIVE: DGI 18/24.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | -- select description -- | 22
            ASSESSMENT: Foam perturbations in a tandem stance, walking with gaze holds on a target, stepping over the hurdles with head turns. R vestibular hypofunction and postural sway with head motion.
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // PVRHC Aguilar, Zeke's grid answered "N/A | N/A | N/A" and his minutes in prose ("97116 for 21 min"); walker-to-cane gait on the clinic hall and the ramp; shuffling steps after a hip fracture; distance and assistance: passes.
        ["v2-h136-pvrhc-pta-grid-na-minutes-in-prose"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Aguilar outreach room
            Clinician: Zeke Pruneda, PTA
            SUBJECTIVE: N/A
            OBJECTIVE: N/A
            INTERVENTIONS:
            CPT | Description | Minutes
            N/A | N/A | N/A
            97116 for 21 min: gait training from the walker to the quad cane down the hall and up the ramp, cues for heel strike and a longer L step; 200 ft quad cane CGA, ramp with min A.
            ASSESSMENT: Shuffling steps and poor L push-off after the R hip fracture.
            PLAN: N/A
            """,
            ["S72.001D"], [PTA("97116", 21)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // CBH Ashland, Maren (everything in ASSESSMENT): Janda sensorimotor training — short-foot holds, rocker board, mini-trampoline stance with perturbations; chronic ankle instability with poor proprioception; Y-balance reach; "97112, 22 min", default attestation: passes.
        ["v3-h136-cbh-janda-sensorimotor-training"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Ashland
            Clinician: Maren Tollefsrud, PT, DPT, NCS
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT: 97112, 22 min. Janda sensorimotor training: short-foot holds in single-leg stance, rocker board in both planes, stance on the mini-trampoline with perturbations at the pelvis. Chronic L ankle instability with poor proprioception — rolls it on the ice at the bus garage. Y-balance anterior reach L 58 cm (R 66 cm).
            PLAN: add the half-foam roller.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["M25.372"], [PT("97112", 22)], []),

        // PDPT Darlington, Deja: Stroop dual-task walking (naming the ink colour on cards while walking and turning) and serial sevens during obstacle stepping; divided-attention gait and postural control after a concussion; TUG cognitive; "Yes" dropdown; grid 23 matches: passes.
        ["v3-h136-pdpt-stroop-dual-task-walking"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Darlington
            Provider: Deja McCants, PT, DPT
            SUBJECTIVE: High-school football trainer's referral; headaches less.
            OBJECTIVE: TUG 9.8 s, TUG cognitive 13.4 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 23
            ASSESSMENT: Stroop dual-task walking — naming the ink colour on the cards while walking and turning on command; serial sevens while stepping over the hurdles; tandem with head turns. Divided-attention deficit with postural control dropping off under a cognitive load after the concussion.
            PLAN: continue.
            ATTESTATION: I attest that this note accurately reflects the services provided.
            One-on-one (all timed minutes): Yes
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // PVRHC Trinidad, Rosalind: Brunnstrom synergy-based facilitation in sitting then standing, tapping and quick stretch for L ankle dorsiflexion, weight shifts onto the L; L hemiparesis at Brunnstrom stage 3; weight bearing percentage on the scale; box ticked; grid 24 matches: passes.
        ["v3-h136-pvrhc-brunnstrom-facilitation"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: Plays the fiddle at the Friday dance hall; wants to stand for a whole set.
            OBJECTIVE: L stance weight bearing 38% on the bathroom scales (31% last week).
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 24
            Brunnstrom facilitation of the flexor synergy in sitting then out of synergy in standing, tapping and quick stretch for L ankle dorsiflexion, weight shifts onto the L in step stance.
            ASSESSMENT: L hemiparesis (Brunnstrom stage 3 LE), poor weight acceptance and motor recruitment on the L.
            PLAN: continue POC.
            ATTESTATION: [X] One-on-one for all timed minutes
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // PDPT Florence, Lamar: Stanish eccentric decline squats on the slant board with sets and load; R patellar tendinopathy with pain on the grandstand steps; 97110 in the grid 16; measures in PLAN: passes.
        ["v3-h136-pdpt-stanish-eccentric-squats"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Florence
            Provider: Lamar Sellers, PT
            SUBJECTIVE: Pt reports no changes since last visit.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97110 | Therapeutic exercise | 16
            ASSESSMENT: Stanish eccentric squats on the 25 degree decline board, slow down and fast up; quad sets with a hold; hamstring stretch in long sitting. R patellar tendinopathy, pain at the inferior pole on the grandstand steps.
            PLAN: decline squats today 3x15 with a 10 lb vest; next visit 15 lb.
            ATTESTATION: I attest that this note accurately reflects the services provided.
            """,
            ["M76.51"], [PT("97110", 16)], []),

        // CBH Hayward, Gordon (grid carries the lot, narrative fields empty): Cyriax deep transverse friction to the supraspinatus tendon and glenohumeral posterior glides; R supraspinatus tendinopathy; ER degrees in the grid; 97140 | 11: passes.
        ["v3-h136-cbh-cyriax-friction-in-the-grid"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Hayward
            Clinician: Gordon Baumgartner, PT
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97140 | Manual therapy: Cyriax deep transverse friction to the R supraspinatus tendon, GH posterior glides grade III; R supraspinatus tendinopathy; ER 55 to 64 deg after | 11
            ASSESSMENT:
            PLAN:
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["M75.81"], [PT("97140", 11)], []),

        // PDPT Hartsville, the practice's own "Pee Dee Steady Circuit, station set B" is the whole of the intervention and names no technique; one-on-one, a deficit (late stepping, sway with eyes closed) and Berg present, no generic phrase: technique missing.
        ["v3-h136-pdpt-practice-circuit-as-the-only-technique"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Hartsville
            Provider: Travis Godbold, PTA
            SUBJECTIVE: Sunday-school teacher, stood for the whole lesson this week.
            OBJECTIVE: Berg 46/56.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 22
            Pee Dee Steady Circuit, station set B, per practice protocol.
            ASSESSMENT: Late stepping reaction to the R and sway with eyes closed.
            PLAN: station set C next visit.
            One-on-one (all timed minutes): Yes
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // CBH Washburn, Brent: Sahrmann movement-system corrections — hip hinge with a dowel, side-lying hip abduction with the pelvis held back, quadruped rocking with lumbar control — with sets; lumbar extension-rotation syndrome; grid 18 matches: passes.
        ["v3-h136-cbh-pta-sahrmann-corrections"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Washburn
            Clinician: Brent Hakala, PTA
            SUBJECTIVE: Retired paper-mill millwright; back hurts after splitting wood. Tx: Sahrmann movement-system corrections — hip hinge with the dowel on the spine 3x10, side-lying hip abduction with the pelvis held back 3x12, quadruped rocking with the lumbar spine held neutral 2x15.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97110 | Ther ex | 18
            ASSESSMENT: Lumbar extension-rotation pattern, L glute med weakness; hinges at the low back instead of the hips.
            PLAN:
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["M54.50"], [PTA("97110", 18)], []),

        // PVRHC Trinidad, Rosalind's PNF diagonals with the band for the shoulder with no sets, reps or load and no number in the note but the code and its minutes: measure missing on 97110; R shoulder flexion weakness present.
        ["v3-h136-pvrhc-pnf-diagonals-no-dose"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: N/A
            INTERVENTIONS:
            CPT | Description | Minutes
            97110 | Ther ex | 15
            PNF diagonals with the yellow band in standing, flexion and extension patterns, and scapular retraction with the band.
            ASSESSMENT: R shoulder flexion and scapular weakness, can't lift the saddle onto the mare.
            PLAN: continue POC.
            """,
            ["M62.81", "M25.611"], [PT("97110", 15)], [At(Measure, "97110")]),

        // PDPT Darlington, Deja: the practice's "Steady Circuit" named beside the techniques done in it (perturbations on the foam, clock stepping, head-turn tandem): the techniques are named; postural control; FGA; "Yes"; grid 24 matches: passes.
        ["v3-h136-pdpt-circuit-named-beside-its-techniques"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Darlington
            Provider: Deja McCants, PT, DPT
            SUBJECTIVE: Pt reports no changes since last visit.
            OBJECTIVE: FGA 19/30.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 24
            Pee Dee Steady Circuit: perturbations on the foam at each station, clock stepping to called numbers, tandem walking with head turns between stations.
            ASSESSMENT: Postural control slow with head motion; late hip strategy.
            PLAN: continue.
            One-on-one (all timed minutes): Yes
            """,
            ["R26.89"], [PT("97112", 24)], []),

        // PVRHC Trinidad, Hannah (OTR/L): task-oriented training for meal preparation — making tortillas at the counter standing, carrying the comal to the stove, reaching to the upper cupboard — with counts; L hand weakness and standing tolerance after a stroke; grid 22 matches: passes.
        ["v3-h136-pvrhc-ot-task-oriented-meal-prep"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Hannah Velarde, OTR/L
            SUBJECTIVE: Wants to make tortillas for her grandsons again.
            OBJECTIVE: rolled 6 tortillas standing without leaning on the counter; grip L 18 lb, R 41 lb.
            INTERVENTIONS:
            CPT | Description | Minutes
            97530 | Ther activities | 22
            Task-oriented training: mixing and rolling the dough standing at the counter, carrying the comal from the cupboard to the stove with two hands, reaching to the upper cupboard with the L.
            ASSESSMENT: L hand weakness and poor standing tolerance after the R CVA.
            PLAN: continue POC.
            """,
            ["I69.354"], [OT("97530", 22)], []),

        // CBH Ashland, Maren: Cawthorne-Cooksey-style progression rewritten in her words — eyes then head movements seated, ball toss above eye level standing, walking up and down the ramp with eyes closed — for bilateral vestibular loss after gentamicin; gait speed and DGI; "97112, 23 min": passes.
        ["v3-h136-cbh-cawthorne-progression-bilateral-loss"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Ashland
            Clinician: Maren Tollefsrud, PT, DPT, NCS
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT: 97112, 23 min, one-on-one. Cawthorne-Cooksey progression: eye then head movements seated, tossing the ball above eye level standing, walking up and down the ramp with eyes closed with me guarding. Bilateral vestibular loss after the gentamicin — oscillopsia walking and unsteady in the dark. DGI 14/24, gait speed 0.71 m/s.
            PLAN: continue.
            ATTESTATION:
            """,
            ["H81.8X3"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // CBH Hayward, Gordon: "she can't keep her seat in the ricing canoe when it rocks — her trunk rights itself late" (trunk postural control as a finding); seated perturbations on the physioball, tall-kneeling on the foam, reactive reaching; seated reach and a push count; default attestation; grid 22: passes.
        ["v4-h136-cbh-ricing-canoe-trunk-rights-late"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Hayward
            Clinician: Gordon Baumgartner, PT
            SUBJECTIVE: Harvests wild rice from a canoe on the Namekagon every September.
            OBJECTIVE: seated functional reach 9 inches (6 at eval); recovered 7 of 10 seated pushes.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 22
            ASSESSMENT: Seated perturbations on the physioball, tall-kneeling on the foam with ball catches, reactive reaching outside the base of support. She can't keep her seat in the ricing canoe when it rocks — her trunk rights itself late.
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["M62.81", "R26.89"], [PT("97112", 22)], []),

        // PDPT Darlington, Deja: "misses the step down in the grandstand when he's watching the cars instead of his feet" (visual dependence and a late stepping reaction as findings); head-up stepping drills, step-downs with eyes on a target, perturbations; FGA; "Yes"; grid 23: passes.
        ["v4-h136-pdpt-grandstand-step-watching-the-cars"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Darlington
            Provider: Deja McCants, PT, DPT
            SUBJECTIVE: Season tickets at the speedway for 31 years.
            OBJECTIVE: FGA 20/30.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 23
            ASSESSMENT: Step-downs off the 8 inch box with his eyes on a target across the gym, head-up stepping over the hurdles, perturbations after each step-down. Misses the step down in the grandstand when he's watching the cars instead of his feet — leans on vision, steps late.
            PLAN: continue.
            One-on-one (all timed minutes): Yes
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // PVRHC Kim day, Rosalind: "his R knee buckles when a ewe bumps him in the lambing jug" (knee control and reactive stability as the finding); split-stance perturbations, step-and-hold on the foam, resisted side-steps with sudden release; SLS and perturbation count; box ticked; grid 22: passes.
        ["v4-h136-pvrhc-knee-buckles-in-the-lambing-jug"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Kim monthly day
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: 240 ewes, lambing starts in April.
            OBJECTIVE: SLS R 11 s; stayed up on 8 of 10 pushes in split stance.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 22
            Split-stance perturbations at the pelvis, step-and-hold onto the foam, resisted side-steps with a sudden release of the band.
            ASSESSMENT: His R knee buckles when a ewe bumps him in the lambing jug — quad timing and reactive knee control after the meniscus repair.
            PLAN: continue POC.
            ATTESTATION: [X] One-on-one for all timed minutes
            """,
            ["S83.241D"], [PT("97112", 22)], []),

        // CBH Ashland, Maren: "can't feel the pedals of the groomer and loses it in the dark equipment shed" (somatosensory loss and vision-dependence as findings); foam stance eyes closed, heel-toe walking in dim light, textured-mat stepping; mCTSIB; "97112, 24 min": passes.
        ["v4-h136-cbh-cant-feel-the-pedals-dark-shed"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Ashland
            Clinician: Maren Tollefsrud, PT, DPT, NCS
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT: 97112, 24 min, one-on-one. Foam stance with eyes closed, heel-toe walking with the gym lights down, stepping across the textured mats barefoot. Can't feel the pedals of the snowmobile groomer and loses his balance in the dark equipment shed — peripheral neuropathy with vision-dependence. mCTSIB foam eyes closed 9 s (5 at eval).
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["G62.9"], [PT("97112", 24)], []),

        // PDPT Florence, Lamar: "she sways and grabs the rail on the choir risers when she closes her eyes for the prayer" (somatosensory/vestibular reliance as a finding); foam eyes-closed stance, head tilts, narrow-stance perturbations; measures in PLAN; "Yes"; grid 23: passes.
        ["v4-h136-pdpt-sways-on-the-risers-eyes-closed"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Florence
            Provider: Lamar Sellers, PT
            SUBJECTIVE: Pt reports no changes since last visit.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuro re-ed | 23
            ASSESSMENT: Foam stance eyes closed with head tilts, narrow-stance perturbations, stepping from the floor onto the step with eyes closed. She sways and grabs the rail on the choir risers when she closes her eyes for the prayer — relies on vision, weak somatosensory and vestibular use.
            PLAN: mCTSIB cond 4 today 11 s (6 last month). Keep the riser drill.
            One-on-one (all timed minutes): Yes
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // PVRHC Trinidad, Zeke: "his R shoulder gives out after two tunes and he can't hold the fiddle up" (shoulder endurance and weakness as the finding); 97110 serratus punches, prone Y's and T's, band ER with doses; grid 17: passes.
        ["v4-h136-pvrhc-pta-fiddle-shoulder-gives-out"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Zeke Pruneda, PTA
            SUBJECTIVE: His R shoulder gives out after two tunes and he can't hold the fiddle up for the last waltz.
            OBJECTIVE: N/A
            INTERVENTIONS:
            CPT | Description | Minutes
            97110 | Ther ex | 17
            Serratus punches supine with 3 lb 3x15, prone Y's and T's 2x10, band ER at the side with the red band 3x12.
            ASSESSMENT: Pt tolerated tx well. Continue POC.
            PLAN: Continue POC.
            """,
            ["M25.511", "M62.81"], [PTA("97110", 17)], []),

        // CBH Washburn, Brent's ASSESSMENT left at the default "Patient tolerated treatment well." and nothing else names a deficit, system or region: deficit missing; default attestation, rocker board, foam tandem, perturbations; SLS seconds; grid 22.
        ["v4-h136-cbh-pta-assessment-default-only"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Washburn
            Clinician: Brent Hakala, PTA
            SUBJECTIVE: Patient reports no change since last visit.
            OBJECTIVE: SLS R 10 s, L 12 s; tandem 22 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 22
            Rocker board A/P, tandem on the foam beam, perturbations at the shoulders in narrow stance.
            ASSESSMENT: Patient tolerated treatment well.
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // PDPT Hartsville, Travis: "ASSESSMENT: Deficits per IE." and nothing else names a deficit, system or region: deficit missing; "Yes", perturbations on the foam, clock stepping, tandem with head turns; Berg; grid 23.
        ["v4-h136-pdpt-pta-deficits-per-ie"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Hartsville
            Provider: Travis Godbold, PTA
            SUBJECTIVE: Pt reports no changes since last visit.
            OBJECTIVE: Berg 45/56.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 23
            Perturbations on the foam, clock stepping to called numbers, tandem walking with head turns.
            ASSESSMENT: Deficits per IE.
            PLAN: continue POC.
            One-on-one (all timed minutes): Yes
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // PVRHC Trinidad, Rosalind puts only "PLAN: continue NMR to address deficits" where a deficit would go and nothing names one: deficit missing; box ticked, rocker board, foam perturbations, hurdle stepping; TUG; grid 21.
        ["v4-h136-pvrhc-plan-says-address-deficits"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: TUG 12.9 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 21
            Rocker board M/L, foam perturbations in a narrow stance, stepping over the hurdles and stopping on command.
            ASSESSMENT: Pt tolerated tx well.
            PLAN: continue NMR to address deficits.
            ATTESTATION: [X] One-on-one for all timed minutes
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // CBH Hayward, Gordon with the narrative empty and the deficit only in the grid's description ("NMR — L ankle proprioception; rocker board, foam perturbations; SLS 7 s"): the grid states it; default attestation; 22 matches: passes.
        ["v4-h136-cbh-deficit-only-in-the-grid"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Hayward
            Clinician: Gordon Baumgartner, PT
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR — L ankle proprioception deficit; rocker board, foam perturbations, step-and-stick; SLS L 7 s | 22
            ASSESSMENT:
            PLAN:
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // PDPT Florence, Shonda's 97530: getting into and out of the cab of the cane truck from a step stool, lifting the tarp bundle, with counts and assist; R hip and knee weakness with the goal of driving the harvest again; grid 20: passes.
        ["v4-h136-pdpt-pta-97530-truck-cab-goal"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Florence
            Provider: Shonda Gause, PTA
            SUBJECTIVE: N/A
            OBJECTIVE: cab transfers from the 14 inch step stool 6x SBA; lifted the 20 lb tarp bundle floor to waist 5x.
            INTERVENTIONS:
            CPT | Description | Minutes
            97530 | Therapeutic activities | 20
            Climbing into and out of the mock truck cab using the grab bar and the step stool, lifting the tarp bundle from the floor to the seat, turning and sitting in the cab.
            ASSESSMENT: R hip and knee weakness; goal is to drive the cane truck again at harvest.
            PLAN: N/A
            """,
            ["M62.81", "Z96.651"], [PTA("97530", 20)], []),

        // CBH Washburn, Brent pasted the problem into SUBJECTIVE: "L foot catches on the carpet edge at church" (dorsiflexor weakness as a finding); heel-walking, toe-tap drills, stepping over the line with heel strike; 10MWT and stepping count; default attestation; grid 21: passes.
        ["v4-h136-cbh-pta-foot-catches-pasted-into-subjective"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Washburn
            Clinician: Brent Hakala, PTA
            SUBJECTIVE: L foot catches on the carpet edge at church, dorsiflexors still weak after the peroneal palsy. Tx: heel walking along the bars, toe taps to cones for ankle DF recruitment, stepping over the tape line with a heel strike cue.
            OBJECTIVE: 10MWT 0.92 m/s; 18 of 20 steps cleared the line without a catch.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 21
            ASSESSMENT: Patient tolerated treatment well.
            PLAN:
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["G57.32"], [PTA("97112", 21)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // PDPT Florence, Lamar keeps his numbers only in PLAN ("Berg today 46/56 (41 at eval); TUG 11.9 s; recheck at the progress note"); foam perturbations, tandem turns, hurdles; postural control; "Yes"; grid 24: passes.
        ["v5-h136-pdpt-measures-only-in-plan"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Florence
            Provider: Lamar Sellers, PT
            SUBJECTIVE: Pt reports no changes since last visit.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuro re-ed | 24
            ASSESSMENT: Foam perturbations in tandem, walking turns on command, stepping over the hurdles with a stop. Postural control and reactive stepping slow to the L.
            PLAN: Berg today 46/56 (41 at eval); TUG 11.9 s. Recheck at the progress note.
            One-on-one (all timed minutes): Yes
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // PDPT Florence, Lamar's PLAN says only "re-test Berg and TUG at the progress note" and no number appears but the code and its minutes: measure missing; one-on-one, perturbations, tandem turns, foam stepping; postural control present.
        ["v5-h136-pdpt-plan-retest-no-number"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Florence
            Provider: Lamar Sellers, PT
            SUBJECTIVE: Pt reports no changes since last visit.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuro re-ed | 22
            ASSESSMENT: Perturbations at the pelvis in tandem, walking turns on command, stepping on and off the foam. Postural control slow, late ankle strategy.
            PLAN: re-test Berg and TUG at the progress note.
            One-on-one (all timed minutes): Yes
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // CBH Ashland, Maren: mCTSIB written as four conditions "30 / 30 / 21 / 6 s" in ASSESSMENT with the rest; foam and eyes-closed work with perturbations; somatosensory reliance; "97112, 23 min", default attestation: passes.
        ["v5-h136-cbh-mctsib-four-conditions"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Ashland
            Clinician: Maren Tollefsrud, PT, DPT, NCS
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT: 97112, 23 min. Foam stance with eyes closed and perturbations, head turns on the foam, narrow-stance weight shifts. Vestibular reliance is poor; she falls to the foam conditions. mCTSIB 30 / 30 / 21 / 6 s (conditions 1 to 4).
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // PVRHC Trinidad, Rosalind: gait speed and FGA in OBJECTIVE; obstacle walking with head turns, perturbations while walking, tandem; postural control after a stroke; box ticked; grid 24: passes.
        ["v5-h136-pvrhc-gait-speed-and-fga"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: Wants to walk the Corazon de Trinidad brick streets to Mass.
            OBJECTIVE: 10MWT 0.88 m/s. FGA 18/30.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 24
            Obstacle walking with head turns, perturbations at the pelvis while walking, tandem walking on the uneven bricks out back.
            ASSESSMENT: Postural control on uneven ground poor after the L CVA, R foot clearance inconsistent.
            PLAN: continue POC.
            ATTESTATION: [X] One-on-one for all timed minutes
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // CBH Hayward, Gordon puts the measure only in the grid's description ("foam perturbations, 7 of 10 recovered") with the rest in ASSESSMENT; ankle proprioception; default attestation; 22 matches: passes.
        ["v5-h136-cbh-measure-only-in-the-grid"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Hayward
            Clinician: Gordon Baumgartner, PT
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR: foam perturbations, 7 of 10 recovered with one step | 22
            ASSESSMENT: Foam perturbations, rocker board A/P, stepping over the hurdles. R ankle proprioception after the sprain on the boat landing.
            PLAN:
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // PDPT Hartsville, Travis's 97116 with distances and assistance levels as the measure and minutes only in prose ("97116, 22 minutes of gait"); cane gait on the sidewalk, curb and grass; short L step after a knee replacement: passes.
        ["v5-h136-pdpt-pta-97116-distance-and-assist"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Hartsville
            Provider: Travis Godbold, PTA
            SUBJECTIVE: Pt reports no changes since last visit.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT: 97116, 22 minutes of gait: straight cane on the sidewalk, up and down the curb and across the grass to the mailbox, cues for L knee flexion in swing and heel strike. 400 ft cane SBA on the sidewalk, curb CGA, grass 100 ft CGA. Short L step and stiff-knee gait after the L TKA.
            PLAN: continue.
            """,
            ["Z96.652", "Z47.1"], [PTA("97116", 22)], []),

        // PVRHC Trinidad, Zeke's 97110 doses (sets, reps, load) as the measure, minutes only in the grid; leg press, step-ups, hamstring curls; R knee weakness after a meniscectomy; grid 18: passes.
        ["v5-h136-pvrhc-pta-97110-doses"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Zeke Pruneda, PTA
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: N/A
            INTERVENTIONS:
            CPT | Description | Minutes
            97110 | Ther ex | 18
            Leg press 70 lb 3x12, forward step-ups onto the 8 inch step 3x10, standing hamstring curls 5 lb 3x12.
            ASSESSMENT: R quad and hamstring weakness after the R partial meniscectomy; can't climb into the semi cab.
            PLAN: Continue POC.
            """,
            ["Z98.890", "M62.81"], [PTA("97110", 18)], []),

        // CBH Ashland, Celeste's OT 97530 with a dressing time and grip pounds in OBJECTIVE; putting on the parka and boots seated then standing, zipping, tying; L hand weakness and standing balance for dressing; grid 21: passes.
        ["v5-h136-cbh-ot-97530-dressing-and-grip"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Ashland
            Clinician: Celeste Duquette, OTR/L
            SUBJECTIVE: Has to get dressed for the school-bus route at 5:30 in the morning.
            OBJECTIVE: parka, boots and gloves on in 4 of 5 trials without a rest; grip L 24 lb (R 52 lb).
            INTERVENTIONS:
            CPT | Description | Minutes
            97530 | Therapeutic activities | 21
            ASSESSMENT: Donning the parka and the pac boots seated then standing, zipping with the L, tying the laces. L hand weakness and poor standing balance while dressing after the R CVA.
            PLAN: add the snow pants.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["I69.354"], [OT("97530", 21)], []),

        // PVRHC Trinidad, Rosalind: "OBJECTIVE: deferred — the stopwatch is in Kim" and no number but the code and its minutes: measure missing; box ticked, foam perturbations, tandem turns, rocker board; proprioception present.
        ["v5-h136-pvrhc-objective-deferred-no-stopwatch"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: deferred — the stopwatch is in Kim.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 23
            Foam perturbations in a narrow stance, tandem walking with turns, rocker board A/P.
            ASSESSMENT: L ankle and knee proprioception poor.
            PLAN: continue POC.
            ATTESTATION: [X] One-on-one for all timed minutes
            """,
            ["M25.372"], [PT("97112", 23)], [At(Measure, "97112")]),

        // PDPT Darlington, Deja's 97110 "OBJECTIVE: per HEP sheet" with the exercises named and no dose, and no number but the code and its minutes: measure missing on 97110; L shoulder stiffness after a fracture present.
        ["v5-h136-pdpt-97110-per-hep-sheet-no-dose"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Darlington
            Provider: Deja McCants, PT, DPT
            SUBJECTIVE: Pt reports no changes since last visit.
            OBJECTIVE: per HEP sheet.
            INTERVENTIONS:
            CPT | Description | Minutes
            97110 | Therapeutic exercise | 16
            ASSESSMENT: Pendulums, table slides, pulley flexion and wand ER in supine. L shoulder stiffness and weakness after the proximal humerus fracture.
            PLAN: continue.
            """,
            ["S42.202D"], [PT("97110", 16)], [At(Measure, "97110")]),

        // PVRHC Aguilar, Zeke's 97116 "walked with the cane around the clinic and out to the truck, did well" with no distance, assistance level or number but the code and its minutes: measure missing on 97116; cues and a short step after a hip replacement present.
        ["v5-h136-pvrhc-pta-97116-no-distance"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Aguilar outreach room
            Clinician: Zeke Pruneda, PTA
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: N/A
            INTERVENTIONS:
            CPT | Description | Minutes
            97116 | Gait training | 20
            Gait training with the cane around the clinic and out to his truck, cues for a longer R step and upright trunk, did well.
            ASSESSMENT: Short R step and a forward lean after the L THA.
            PLAN: Continue POC.
            """,
            ["Z96.642"], [PTA("97116", 20)], [At(Measure, "97116")]),

        // CBH Washburn, Brent pasted the numbers into SUBJECTIVE ("TUG 12.4 s, Berg 48/56") with the rest of the note; one-on-one default; rocker board, foam, perturbations; ankle proprioception; grid 23: passes.
        ["v5-h136-cbh-pta-measures-pasted-into-subjective"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Washburn
            Clinician: Brent Hakala, PTA
            SUBJECTIVE: Pt runs the marina fuel dock in summer. TUG 12.4 s, Berg 48/56. Rocker board eyes closed, foam stance with perturbations, step-ups to the foam with a hold. R ankle proprioception after the fracture.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 23
            ASSESSMENT: Patient tolerated treatment well.
            PLAN:
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["S82.891D"], [PTA("97112", 23)], []),

        // PVRHC Trinidad, Rosalind: five-times sit-to-stand and single-leg stance in seconds; perturbations, foam sit-to-stand with eyes closed, reactive stepping; L hip and postural control after a fall; box ticked; grid 22: passes.
        ["v5-h136-pvrhc-five-times-sit-to-stand-and-sls"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: Fell in the Kit Carson Park parking lot in January.
            OBJECTIVE: 5xSTS 16.3 s. SLS L 4 s, R 9 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 22
            Perturbations at the pelvis in step stance, sit-to-stand onto the foam with eyes closed, reactive stepping to a pull at the belt.
            ASSESSMENT: L hip recruitment and postural control slow after the fall.
            PLAN: continue POC.
            ATTESTATION: [X] One-on-one for all timed minutes
            """,
            ["Z91.81", "R26.81"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 6: minutes in this template's forms, true mismatches, truly missing separate time

        // PDPT Hartsville, Travis's grid "(no rows)" and both codes' minutes only in prose ("97116, 18 min:" and "97110, 14 min:"), both match; cane gait with distance and SBA; step-ups and bridges with doses; L knee weakness: passes.
        ["v6-h136-pdpt-pta-minutes-only-in-prose-two-codes"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Hartsville
            Provider: Travis Godbold, PTA
            SUBJECTIVE: Pt reports no changes since last visit.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT: 97116, 18 min: gait with the straight cane on the sidewalk and the curb, cues for L heel strike; 350 ft SBA, curb CGA. 97110, 14 min: step-ups onto the 6 inch step 3x10, bridges 3x15, TKE with the blue band 3x15. L quad weakness and an antalgic gait after the L TKA.
            PLAN: same.
            """,
            ["Z96.652", "Z47.1"], [PTA("97116", 18), PTA("97110", 14)], []),

        // PVRHC Trinidad, Zeke's minutes only in the grid (97112 | 22, 97110 | 13) and no minutes in the narrative; both match; "1:1" in the narrative, foam and rocker work with SLS; hip exercises with doses; ankle proprioception and hip weakness: passes.
        ["v6-h136-pvrhc-pta-minutes-only-in-the-grid-two-codes"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Zeke Pruneda, PTA
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: SLS L 6 s, R 15 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 22
            97110 | Ther ex | 13
            NMR 1:1: foam stance with perturbations, rocker board A/P, step-and-stick onto the foam. Ther ex: side-lying hip abduction 3x12, clamshells with the red band 3x15, heel raises 3x15.
            ASSESSMENT: L ankle proprioception poor and L hip abductor weakness after the ankle fracture.
            PLAN: Continue POC.
            """,
            ["S82.62XD"], [PTA("97112", 22), PTA("97110", 13)], []),

        // CBH Ashland, Maren (grid blank) gives her code a clock range on its own line in ASSESSMENT ("97112 10:05–10:28"), 23 min, matches; one-on-one; PNF patterns and perturbations; trunk control after a stroke; Berg: passes.
        ["v6-h136-cbh-clock-range-on-the-code-line"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Ashland
            Clinician: Maren Tollefsrud, PT, DPT, NCS
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT:
            97112 10:05–10:28 — one-on-one. PNF pelvic patterns in side-lying then standing, rhythmic stabilisation at the trunk, reactive stepping to a push at the shoulder.
            Trunk and pelvic motor control after the R CVA, late stepping to the L. Berg 40/56.
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // PDPT Darlington, Deja writes the minutes in both the grid and the prose, agreeing (97112 | 24 and "97112 — 24 min"; 97140 | 11 and "97140 — 11 min"); both match; one-on-one; foam and perturbation work with FGA; cervical glides with degrees; dizziness and neck stiffness: passes.
        ["v6-h136-pdpt-grid-and-prose-agree"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Darlington
            Provider: Deja McCants, PT, DPT
            SUBJECTIVE: Rear-ended on I-95 in January; neck stiff, unsteady turning.
            OBJECTIVE: FGA 22/30; cervical rotation R 54 to 62 degrees after glides.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 24
            97140 | Manual therapy | 11
            ASSESSMENT: 97112 — 24 min: cervical joint-position-error retraining to the laser target, walking with head turns, foam stance with head turns. 97140 — 11 min: C2-3 and C3-4 unilateral PA glides grade III, suboccipital release. Cervicogenic dizziness with poor cervical proprioception and R rotation stiffness.
            PLAN: continue.
            One-on-one (all timed minutes): Yes
            """,
            ["S13.4XXD"], [PT("97112", 24), PT("97140", 11)], []),

        // CBH Ashland, a PT's 97112 and an OT's 97530 on one visit, each in its own grid row with its minutes, both match; default attestation; foam and perturbations with Berg; kitchen tasks with counts; postural control and R hand weakness after a stroke: passes.
        ["v6-h136-cbh-pt-and-ot-codes-in-one-grid"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Ashland
            Clinician: Maren Tollefsrud, PT, DPT, NCS / Celeste Duquette, OTR/L
            SUBJECTIVE: Patient reports no change since last visit.
            OBJECTIVE: Berg 42/56; wiped the table standing 3 passes, carried 4 mugs to the sink.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education (PT) | 22
            97530 | Therapeutic activities (OT) | 15
            ASSESSMENT: PT: foam perturbations, tandem with head turns, stepping to targets. OT: wiping the table standing, carrying mugs to the sink, reaching into the cupboard. Postural control poor after the L CVA; R hand weakness with poor grasp release.
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["I69.351"], [PT("97112", 22), OT("97530", 15)], []),

        // PVRHC Trinidad, Rosalind's three grid rows (97112 | 23, 97110 | 12, 97140 | 10), all match; box ticked; rocker and foam with Berg; hip exercises with doses; lumbar PA glides with grade and hold; back and hip deficits: passes.
        ["v6-h136-pvrhc-three-codes-in-the-grid"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: Drives a coal truck over Raton Pass, back stiff after the run.
            OBJECTIVE: Berg 48/56; lumbar flexion fingertips to mid-shin.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 23
            97110 | Ther ex | 12
            97140 | Manual | 10
            NMR: rocker board A/P, foam stance with perturbations, tandem with head turns. Ther ex: bridges 3x15, bird dogs 2x10, hip abduction in side-lying 3x12. Manual: central PA glides L4-5 grade III 3 x 30 s.
            ASSESSMENT: Postural control slow after the fall off the trailer step; L4-5 stiffness and hip extensor weakness.
            PLAN: continue POC.
            ATTESTATION: [X] One-on-one for all timed minutes
            """,
            ["M54.50", "R26.81"], [PT("97112", 23), PT("97110", 12), PT("97140", 10)], []),

        // PDPT Florence, Shonda's grid row copied forward from the last visit still reads "97110 | Therapeutic exercise | 15" on a 26-min line: mismatch on 97110; otherwise complete (squats, step-ups, leg press with doses; L knee weakness).
        ["v6-h136-pdpt-pta-grid-copied-forward-15-on-26"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Florence
            Provider: Shonda Gause, PTA
            SUBJECTIVE: N/A
            OBJECTIVE: N/A
            INTERVENTIONS:
            CPT | Description | Minutes
            97110 | Therapeutic exercise | 15
            Mini squats 3x15, step-ups onto the 8 inch step 3x10, leg press 50 lb 3x12, SAQ 3 lb 3x15.
            ASSESSMENT: L quad weakness after the L TKA, can't get up from the low porch swing.
            PLAN: N/A
            """,
            ["Z96.652"], [PTA("97110", 26)], [At(Mismatch, "97110")]),

        // CBH Hayward, Gordon's grid row "97112 | NMR | 30" on an 18-min line: mismatch on 97112; default attestation, foam perturbations and hurdles, proprioception, SLS present.
        ["v6-h136-cbh-grid-30-on-18"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Hayward
            Clinician: Gordon Baumgartner, PT
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR — foam perturbations, hurdle stepping with a stop, rocker board; L ankle proprioception; SLS L 8 s | 30
            ASSESSMENT:
            PLAN:
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["S93.402D"], [PT("97112", 18)], [At(Mismatch, "97112")]),

        // PVRHC Trinidad, Rosalind's second row "97140 | Manual | 25" against a 12-min line while "97112 | NMR | 22" matches: mismatch on 97140; both sections complete (box ticked; rocker, foam, perturbations with SLS; talocrural glides with degrees; ankle proprioception and stiffness).
        ["v6-h136-pvrhc-second-row-25-against-12"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: SLS R 7 s; DF R 4 to 9 degrees after glides.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 22
            97140 | Manual | 25
            NMR: rocker board A/P, foam perturbations, step-and-stick. Manual: talocrural posterior glides grade III, STM to the R calf.
            ASSESSMENT: R ankle proprioception and DF stiffness after the fracture.
            PLAN: continue POC.
            ATTESTATION: [X] One-on-one for all timed minutes
            """,
            ["S82.891D"], [PT("97112", 22), PT("97140", 12)], [At(Mismatch, "97140")]),

        // PDPT Hartsville, Travis's grid "(no rows)" and only "Total timed 38 min" for a 97112 and a 97110: no minutes for each code — separate time missing; both sections complete (one-on-one; foam and rocker work with Berg; hip exercises with doses; postural control and hip weakness).
        ["v6-h136-pdpt-pta-grid-blank-total-only"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Hartsville
            Provider: Travis Godbold, PTA
            SUBJECTIVE: Pt reports no changes since last visit.
            OBJECTIVE: Berg 47/56.
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT: 97112: foam perturbations, rocker board, tandem with head turns. 97110: bridges 3x15, clamshells 3x12, heel raises 3x15. Postural control slow and bilateral hip weakness. Total timed 38 min.
            PLAN: same.
            One-on-one (all timed minutes): Yes
            """,
            ["R26.81", "M62.81"], [PTA("97112", 23), PTA("97110", 15)], [SepTime]),

        // CBH Ashland, Maren writes everything in ASSESSMENT for a 97112 and a 97140 and gives no minutes at all: separate time missing; both sections complete (one-on-one; gaze and foam work with DGI; cervical glides with degrees; vestibular and cervical deficits).
        ["v6-h136-cbh-assessment-only-no-minutes-two-codes"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Ashland
            Clinician: Maren Tollefsrud, PT, DPT, NCS
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT: 97112 one-on-one: VOR x1 standing, walking with head turns, foam stance eyes closed. 97140: upper cervical SNAGs for rotation, suboccipital release. R vestibular hypofunction and upper cervical stiffness. DGI 17/24; rotation L 58 to 66 degrees.
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["H81.21", "M54.2"], [PT("97112", 24), PT("97140", 11)], [SepTime]),

        // PVRHC Aguilar, Zeke's grid "97116 | Gait | 20" and "97110 | Ther ex | N/A": no minutes for the 97110 — separate time missing; both sections complete (walker gait with distance and CGA; sit-to-stands and marching with doses; hip weakness).
        ["v6-h136-pvrhc-pta-second-row-minutes-na"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Aguilar outreach room
            Clinician: Zeke Pruneda, PTA
            SUBJECTIVE: N/A
            OBJECTIVE: 180 ft walker CGA.
            INTERVENTIONS:
            CPT | Description | Minutes
            97116 | Gait | 20
            97110 | Ther ex | N/A
            Gait with the front-wheeled walker down the hall, cues for step length and upright posture. Sit-to-stands 3x8, standing marching 2x15, hip abduction standing 2x12.
            ASSESSMENT: Bilateral hip weakness and short steps after the R hip fracture.
            PLAN: N/A
            """,
            ["S72.001D"], [PTA("97116", 20), PTA("97110", 12)], [SepTime]),

        // PDPT Hartsville, Travis's prose "97116 for 32 minutes" against a 20-min line: mismatch on 97116; otherwise complete (walker to cane in the hall and the parking lot with distance and CGA; short step after a stroke).
        ["v6-h136-pdpt-pta-prose-32-against-20"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Hartsville
            Provider: Travis Godbold, PTA
            SUBJECTIVE: Pt reports no changes since last visit.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT: 97116 for 32 minutes: walker to quad cane in the hall and across the parking lot, cues for R hip and knee flexion in swing; 250 ft quad cane CGA. R foot drag and a short L step after the L CVA.
            PLAN: same.
            """,
            ["I69.351"], [PTA("97116", 20)], [At(Mismatch, "97116")]),

        // CBH Washburn, Brent pasted "97112 22 min" into SUBJECTIVE with the interventions and filled the grid row with 22 too: the code's minutes once, they match; default attestation; perturbations and foam tandem; proprioception; SLS: passes.
        ["v6-h136-cbh-pta-minutes-in-subjective-and-grid-agree"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Washburn
            Clinician: Brent Hakala, PTA
            SUBJECTIVE: 97112 22 min — perturbations on the foam, tandem on the beam with head turns, step-downs with a hold. L ankle proprioception after the sprain on the Bayfield ferry ramp. SLS L 9 s.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 22
            ASSESSMENT: Patient tolerated treatment well.
            PLAN:
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // An empty note on a two-code visit (the export carried the note column but nothing in it): note missing on each profiled line, nothing else.
        ["v7-h136-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // A note of spaces and line breaks only on a PTA's 97116 with a diagnosis: note missing only.
        ["v7-h136-spaces-and-line-breaks-97116"] = new(
            "   \n  \n\t \n",
            ["Z96.641"], [PTA("97116", 20)], [At(NoteMissing, "97116")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h136-empty-note-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on a CBH Hayward grid-only note: the description carries wall slides, scaption with 2 lb, band rows and prone extensions with sets (technique and measure) and R shoulder weakness after a cuff repair (deficit); 97110 | 17 matches: passes.
        ["v7-h136-cbh-97110-grid-only-shoulder"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Hayward
            Clinician: Gordon Baumgartner, PT
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97110 | Ther ex: wall slides 2x12, scaption 2 lb 3x10, band rows green 3x15, prone shoulder extension 2x12; R shoulder flexion and ER weakness after the cuff repair | 17
            ASSESSMENT:
            PLAN:
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["M75.121", "Z98.890"], [PT("97110", 17)], []),

        // 97530's meaning on a PDPT note: carrying the laundry basket up the three porch steps, picking up the hymnal from the floor, getting up from the pew height (activities and counts), L hip and knee weakness with a goal of church without the walker: passes.
        ["v7-h136-pdpt-97530-porch-steps-and-pew"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Darlington
            Provider: Deja McCants, PT, DPT
            SUBJECTIVE: Wants to get to church without the walker.
            OBJECTIVE: basket up and down the 3 porch steps 4 trips SBA; pew-height sit-to-stand 8x without hands.
            INTERVENTIONS:
            CPT | Description | Minutes
            97530 | Therapeutic activities | 22
            ASSESSMENT: Carrying the laundry basket up the porch steps, bending to pick the hymnal up from the floor, standing up from pew height and stepping out of the pew. L hip and knee weakness after the L THA.
            PLAN: continue.
            One-on-one (all timed minutes): Yes
            """,
            ["Z96.642"], [PT("97530", 22)], []),

        // 97140's meaning on a PVRHC note: Rosalind's STM to the lumbar paraspinals, PA glides L3-4 grade III and a lumbar rotation mobilisation in side-lying (technique), lumbar stiffness with pain bending to the hay bales (deficit), flexion and holds (measure); grid 12 matches: passes.
        ["v7-h136-pvrhc-97140-lumbar-mobilisation"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: Feeds 60 head by hand every morning, bales are 70 lb.
            OBJECTIVE: lumbar flexion fingertips 14 inches from the floor, 9 after.
            INTERVENTIONS:
            CPT | Description | Minutes
            97140 | Manual | 12
            STM to the lumbar paraspinals, central PA glides L3-4 grade III 3 x 30 s, side-lying lumbar rotation mobilisation grade III.
            ASSESSMENT: L3-4 hypomobility with pain bending to the bales.
            PLAN: continue POC.
            """,
            ["M54.50", "M99.03"], [PT("97140", 12)], []),

        // 97116's meaning on a CBH note (everything in ASSESSMENT): gait training with the rollator on the hospital skyway and the ramp, then the cane on the carpet (technique), L Trendelenburg and a short R step after a hip replacement (deficit), distances and assistance (measure); "97116, 21 min": passes.
        ["v7-h136-cbh-97116-skyway-and-ramp"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Ashland
            Clinician: Maren Tollefsrud, PT, DPT, NCS
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT: 97116, 21 min: gait training with the rollator across the hospital skyway and down the ramp, then the cane on the carpeted hall, cues for L hip abductor activation and a longer R step. L Trendelenburg and a short R step after the L THA. 500 ft rollator mod I, 150 ft cane CGA, ramp SBA.
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["Z96.642", "Z47.1"], [PT("97116", 21)], []),

        // PDPT grid only, narrative empty, dropdown "--Select--": "97112 | Neuromuscular re-education | 23" names no technique, deficit or measure and says nothing of delivery: all four content findings and one-on-one missing.
        ["v7-h136-pdpt-grid-only-code-description"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Hartsville
            Provider: Travis Godbold, PTA
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 23
            ASSESSMENT:
            PLAN:
            One-on-one (all timed minutes): --Select--
            """,
            ["R26.81"], [PTA("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // CBH two-code note with only the template's defaults ("Patient reports no change since last visit.", "Patient tolerated treatment well.", the default attestation) and the grid "(no rows)": nothing named for either code and no minutes for each.
        ["v7-h136-cbh-defaults-only-two-codes"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Washburn
            Clinician: Brent Hakala, PTA
            SUBJECTIVE: Patient reports no change since last visit.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT: Patient tolerated treatment well.
            PLAN: Continue per plan of care.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["M54.50"], [PTA("97110", 15), PTA("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // PVRHC fields answered "N/A" with only "balance training" and the default "Pt tolerated tx well. Continue POC.", box ticked: one-on-one stated, nothing else named on the 97112.
        ["v7-h136-pvrhc-na-fields-balance-training"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: N/A
            OBJECTIVE: N/A
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 22
            Balance training.
            ASSESSMENT: Pt tolerated tx well. Continue POC.
            PLAN: N/A
            ATTESTATION: [X] One-on-one for all timed minutes
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // PVRHC Hannah's OT 97530 "Functional activities per POC. Pt tolerated well, cont POC." with the grid row and nothing else: nothing named; the minutes match.
        ["v7-h136-pvrhc-ot-functional-activities-per-poc"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Hannah Velarde, OTR/L
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: N/A
            INTERVENTIONS:
            CPT | Description | Minutes
            97530 | Ther activities | 21
            Functional activities per POC.
            ASSESSMENT: Pt tolerated well, cont POC.
            PLAN: N/A
            """,
            ["I69.351"], [OT("97530", 21)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // CBH Ashland, Maren's usual way: grid "(no rows)", everything in ASSESSMENT, default attestation; "97112, 24 min"; perturbations on the foam, tandem with head turns, hurdles; postural control in MS; FGA: passes.
        ["vord-h136-cbh-maren-ms-postural-control"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Ashland
            Clinician: Maren Tollefsrud, PT, DPT, NCS
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT: 97112, 24 min. Foam perturbations in a narrow stance, tandem walking with head turns, stepping over the hurdles with a stop. Postural control and L LE proprioception reduced in relapsing MS; heat makes it worse. FGA 19/30.
            PLAN: cooling vest next visit.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["G35.A"], [PT("97112", 24)], []),

        // CBH Hayward, Gordon's usual way: grid rows carry everything, narrative empty; 97110 and 97140 with techniques, doses, degrees and the knee; both minutes match: passes.
        ["vord-h136-cbh-gordon-grid-two-codes-knee"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Hayward
            Clinician: Gordon Baumgartner, PT
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97110 | Ther ex: quad sets 2x15, heel slides 3x12, SAQ 2 lb 3x12, bike half revolutions; L knee flexion stiffness and quad weakness after the TKA | 16
            97140 | Manual: patellar glides, tibiofemoral flexion mobilisation grade III; L knee flexion 96 to 104 deg after | 11
            ASSESSMENT:
            PLAN:
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 16), PT("97140", 11)], []),

        // CBH Washburn, Brent's usual way: interventions pasted into SUBJECTIVE, grid filled; 97110 bridges, side-steps and step-ups with doses; hip weakness after a fall on the ice; 19 matches: passes.
        ["vord-h136-cbh-brent-subjective-paste-97110"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Washburn
            Clinician: Brent Hakala, PTA
            SUBJECTIVE: Fell on the ice by the Washburn coal dock in February. Tx: bridges 3x15, side-steps with the green band 4 laps, step-ups 6 inch 3x10, hip abduction standing 3x12. R hip abductor and extensor weakness.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97110 | Ther ex | 19
            ASSESSMENT: Patient tolerated treatment well.
            PLAN:
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["M62.81", "Z91.81"], [PTA("97110", 19)], []),

        // CBH Ashland, Celeste (OTR/L) 97530 filled the standard way: bathroom transfers and reaching into the tub, counts and assist; L hip precautions after a hip replacement: passes.
        ["vord-h136-cbh-celeste-tub-transfer"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Ashland
            Clinician: Celeste Duquette, OTR/L
            SUBJECTIVE: Patient reports no change since last visit.
            OBJECTIVE: tub-bench transfers 5x SBA; reached the faucet with the reacher 6 of 6.
            INTERVENTIONS:
            CPT | Description | Minutes
            97530 | Therapeutic activities | 22
            ASSESSMENT: Tub-bench transfers with leg lifter, reaching the faucet and the shampoo shelf with the reacher, standing at the sink for grooming. L hip weakness and posterior precautions after the L THA.
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["Z96.642", "Z47.1"], [OT("97530", 22)], []),

        // CBH Hayward, Gordon's grid-only 97112 with the description carrying all (gaze stabilisation, foam head turns; L vestibular hypofunction; DGI) and the default attestation; 23 matches: passes.
        ["vord-h136-cbh-gordon-grid-only-vestibular"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Hayward
            Clinician: Gordon Baumgartner, PT
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR: gaze stabilisation x1 standing, foam stance with head turns, walking with head turns; L vestibular hypofunction; DGI 17/24 | 23
            ASSESSMENT:
            PLAN:
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // CBH Ashland, Maren two codes written in ASSESSMENT with "97112, 22 min" and "97110, 14 min", both match; one-on-one default; foam and perturbations with Berg; hip and ankle exercises with doses; postural control and weakness: passes.
        ["vord-h136-cbh-maren-two-codes-in-assessment"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Ashland
            Clinician: Maren Tollefsrud, PT, DPT, NCS
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT: 97112, 22 min: perturbations on the foam, tandem with head turns, reactive stepping to a push. 97110, 14 min: heel raises 3x15, standing hip abduction 2 lb 3x12, mini squats 3x10. Postural control slow after the fall on the Ashland ore-dock trail; hip and calf weakness. Berg 46/56.
            PLAN: continue.
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 14)], []),

        // PDPT Darlington, Deja's usual way: grid filled and the narrative in OBJECTIVE and ASSESSMENT, "Yes" in the dropdown; 97112 rocker board, foam and perturbations; ankle proprioception; SLS and Y-balance; 22 matches: passes.
        ["vord-h136-pdpt-deja-ankle-nmr"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Darlington
            Provider: Deja McCants, PT, DPT
            SUBJECTIVE: Pt reports no changes since last visit.
            OBJECTIVE: SLS R 12 s eyes open; Y-balance anterior R 61 cm.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 22
            ASSESSMENT: Rocker board in both planes, foam single-leg stance with perturbations, hop-and-stick onto the foam. R ankle proprioception after the sprain at the church softball game.
            PLAN: continue.
            ATTESTATION: I attest that this note accurately reflects the services provided.
            One-on-one (all timed minutes): Yes
            Electronically signed by Deja McCants, PT, DPT — 03/04/2026 5:12 PM
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // PDPT Florence, Lamar's usual way with measures only in PLAN: 97112 PNF patterns in standing and perturbations; trunk control in Parkinson's; Mini-BESTest in PLAN; "Yes"; 24 matches: passes.
        ["vord-h136-pdpt-lamar-parkinsons-plan-measures"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Florence
            Provider: Lamar Sellers, PT
            SUBJECTIVE: Pt reports no changes since last visit.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuro re-ed | 24
            ASSESSMENT: PNF trunk rotation patterns in standing, backward-stepping perturbations, large-amplitude stepping over the line. Retropulsion and trunk rigidity in Parkinson's disease.
            PLAN: Mini-BESTest today 18/28; pull test 3 backward steps. Continue.
            One-on-one (all timed minutes): Yes
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // PDPT Hartsville, Travis's usual minutes-in-prose for a 97110 alone ("97110, 18 min"); band rows, shoulder flexion in supine, ER with doses; L shoulder weakness: passes.
        ["vord-h136-pdpt-travis-97110-shoulder-prose"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Hartsville
            Provider: Travis Godbold, PTA
            SUBJECTIVE: Pt reports no changes since last visit.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            (no rows)
            ASSESSMENT: 97110, 18 min: band rows red 3x15, supine shoulder flexion with the wand 3x12, ER at the side with the yellow band 3x12, wall walks 2x10. L shoulder flexion and ER weakness after the L rotator cuff repair.
            PLAN: same.
            """,
            ["M75.122", "Z98.890"], [PTA("97110", 18)], []),

        // PDPT Florence, Shonda's usual N/A answers in SUBJECTIVE, OBJECTIVE and PLAN around a complete 97116 (cane gait with distance and SBA; antalgic gait after a knee replacement); grid 21: passes.
        ["vord-h136-pdpt-shonda-na-fields-97116"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Florence
            Provider: Shonda Gause, PTA
            SUBJECTIVE: N/A
            OBJECTIVE: N/A
            INTERVENTIONS:
            CPT | Description | Minutes
            97116 | Gait training | 21
            Gait training with the straight cane in the clinic and out on the sidewalk, cues for equal step length and heel strike on the R; 400 ft SBA, 4 steps with the rail mod I.
            ASSESSMENT: Antalgic gait with a short L step after the R TKA.
            PLAN: N/A
            """,
            ["Z96.651"], [PTA("97116", 21)], []),

        // PDPT Darlington, Deja's 97112 and 97530 in the grid (23 and 15), both match; "Yes"; foam and perturbation work with TUG; floor transfers with counts; postural control and hip weakness: passes.
        ["vord-h136-pdpt-deja-nmr-and-floor-transfers"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Darlington
            Provider: Deja McCants, PT, DPT
            SUBJECTIVE: Got down to weed the tomato bed and couldn't get back up.
            OBJECTIVE: TUG 11.2 s; floor to stand via half-kneel 4x with the chair, SBA.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 23
            97530 | Therapeutic activities | 15
            ASSESSMENT: 97112: perturbations in half-kneel and standing, foam tandem with head turns. 97530: floor to stand through half-kneel using the chair, kneeling to reach the low shelf. Postural control slow; bilateral hip extensor weakness.
            PLAN: continue.
            One-on-one (all timed minutes): Yes
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97530", 15)], []),

        // PVRHC Trinidad, Rosalind's usual way: defaults left, box ticked; 97112 foam, rocker and tandem; ankle proprioception; Berg; 23 matches: passes.
        ["vord-h136-pvrhc-rosalind-foam-and-rocker"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: Berg 50/56. SLS L 10 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 23
            Rocker board eyes closed, foam tandem with head turns, step-and-stick onto the foam.
            ASSESSMENT: L ankle proprioception after the sprain on the Fishers Peak trail. Pt tolerated tx well. Continue POC.
            PLAN: Continue POC.
            ATTESTATION: [X] One-on-one for all timed minutes
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // PVRHC Trinidad, Zeke's usual grid-minutes 97116 (walker gait with distance and CGA; shuffling after a stroke); defaults left; 20 matches: passes.
        ["vord-h136-pvrhc-zeke-walker-gait"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Zeke Pruneda, PTA
            SUBJECTIVE: Pt reports no new complaints.
            OBJECTIVE: 220 ft front-wheeled walker CGA, 2 turns with min A.
            INTERVENTIONS:
            CPT | Description | Minutes
            97116 | Gait | 20
            Gait training with the front-wheeled walker in the hall, cues for a bigger L step and turning in an arc.
            ASSESSMENT: Shuffling steps and poor L foot clearance after the R CVA. Pt tolerated tx well. Continue POC.
            PLAN: Continue POC.
            """,
            ["I69.354"], [PTA("97116", 20)], []),

        // PVRHC Trinidad, Hannah (OTR/L) 97530: buttoning the vest, snapping the pearl snaps, putting on the boots with the boot hook, with counts; R hand dexterity after a carpal tunnel release; grip; 19 matches: passes.
        ["vord-h136-pvrhc-hannah-pearl-snaps"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Hannah Velarde, OTR/L
            SUBJECTIVE: Ranch wife, does the books and the chickens.
            OBJECTIVE: 6 pearl snaps closed in 2 of 3 trials; grip R 36 lb.
            INTERVENTIONS:
            CPT | Description | Minutes
            97530 | Ther activities | 19
            Buttoning the vest, snapping and unsnapping the pearl-snap shirt, pulling on the boots with the boot hook.
            ASSESSMENT: R hand dexterity and pinch weakness after the R carpal tunnel release.
            PLAN: continue POC.
            """,
            ["G56.01", "Z98.890"], [OT("97530", 19)], []),

        // PVRHC Kim day, Rosalind's 97112 and 97110 in the grid (22 and 12), both match; box ticked; perturbations and foam stepping with TUG; ankle and hip exercises with doses; postural control and hip weakness: passes.
        ["vord-h136-pvrhc-kim-day-two-codes"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Kim monthly day
            Clinician: Rosalind Archibeque, PT
            SUBJECTIVE: Drove in with her son; the road was icy at the cattle guard.
            OBJECTIVE: TUG 13.0 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | NMR | 22
            97110 | Ther ex | 12
            NMR: perturbations at the pelvis, foam stepping with a stop, tandem with head turns. Ther ex: heel raises 3x15, side-lying hip abduction 3x12, bridges 3x12.
            ASSESSMENT: Postural control slow with reactive stepping; hip abductor weakness.
            PLAN: continue POC; home program reviewed.
            ATTESTATION: [X] One-on-one for all timed minutes
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 12)], []),

        // PDPT Florence, Lamar's 97140 with measures only in PLAN: Mulligan-style mobilisation with movement for thumb and wrist, STM; R wrist stiffness after a fracture; degrees in PLAN; 12 matches: passes.
        ["vord-h136-pdpt-lamar-wrist-mwm"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Florence
            Provider: Lamar Sellers, PT
            SUBJECTIVE: Pt reports no changes since last visit.
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97140 | Manual therapy | 12
            ASSESSMENT: Mobilisation with movement for wrist extension, radiocarpal dorsal glides grade III, STM to the forearm flexors. R wrist extension stiffness after the distal radius fracture.
            PLAN: wrist extension today 38 to 46 degrees after. Continue.
            """,
            ["S52.501D"], [PT("97140", 12)], []),

        // CBH Hayward, Gordon's 97116 grid-only row with gait, deficit and distance; default attestation; 19 matches: passes.
        ["vord-h136-cbh-gordon-97116-grid-only"] = new(
            """
            QUILLWORK EMR — THERAPY DAILY NOTE (STANDARD)
            Chequamegon Bay Health · Outpatient Rehabilitation · Hayward
            Clinician: Gordon Baumgartner, PT
            SUBJECTIVE:
            OBJECTIVE:
            INTERVENTIONS:
            CPT | Description | Minutes
            97116 | Gait: cane on the clinic hall and the snowy sidewalk with cues for R heel strike; short R step and R foot slap after the peroneal injury; 300 ft cane SBA | 19
            ASSESSMENT:
            PLAN:
            ATTESTATION: All timed minutes were delivered one-on-one by the treating clinician.
            """,
            ["G57.31"], [PT("97116", 19)], []),

        // PDPT Darlington, Deja's complete 97112 (Yes; foam and perturbations; ankle proprioception; SLS) sent with no diagnosis: diagnosis missing.
        ["vord-h136-pdpt-no-diagnosis"] = new(
            """
            Quillwork EMR | Therapy Daily Note (Standard)
            Pee Dee Physical Therapy Associates — Darlington
            Provider: Deja McCants, PT, DPT
            OBJECTIVE: SLS L 8 s.
            INTERVENTIONS:
            CPT | Description | Minutes
            97112 | Neuromuscular re-education | 22
            ASSESSMENT: Foam perturbations, rocker board A/P, step-and-stick. L ankle proprioception after the sprain.
            One-on-one (all timed minutes): Yes
            """,
            [], [PT("97112", 22)], [Dx]),

        // PVRHC complete 97110 (doses; L knee weakness) whose claim carries the EMR's diagnosis picker unanswered, "--Select Dx--": not a well-formed ICD-10-CM code.
        ["vord-h136-pvrhc-dx-picker-left-at-select"] = new(
            """
            QUILLWORK EMR - THERAPY DAILY NOTE (STANDARD) - printed
            Purgatoire Valley Rural Health Clinic, Therapy - Trinidad
            Clinician: Zeke Pruneda, PTA
            INTERVENTIONS:
            CPT | Description | Minutes
            97110 | Ther ex | 17
            Step-ups 6 inch 3x10, SAQ 3 lb 3x12, wall squats 3x10.
            ASSESSMENT: L quad weakness after the L TKA.
            """,
            ["--Select Dx--"], [PTA("97110", 17)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
