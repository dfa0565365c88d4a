using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-third held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have). The
/// engine's output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set is a random week of notes that reached the billing export through interfaces rather than by hand — an HL7 v2
/// feed, a C-CDA document forwarded by a health information exchange and a FHIR bulk export — with the wrapping left
/// in: HL7 segments one to a line of the note (MSH, EVN, PID, PV1, TXA, OBR, OBX) or OBX-5 alone, fields split by |,
/// components by ^ and repetitions by ~, OBX-5 text carrying the note with the HL7 escapes unresolved (\.br\ for a line
/// break, \T\ for &amp;, \F\ for |, \S\ for ^, \X0D\\X0A\ hex escapes), coded answers (Y^Yes, N^No, IND^Individual),
/// numeric and structured-numeric results with their units (an NM minute box per code, an SN "^13.4|s"), the explicit
/// null ""; FHIR resources as NDJSON lines (DocumentReference, Observation, QuestionnaireResponse, Encounter) with the
/// note inside a JSON string (\n for line breaks, \" for quotes) or inside the XHTML div of a narrative, valueQuantity,
/// valueInteger, valueBoolean, valueCodeableConcept, an empty answer list and a dataAbsentReason; and a C-CDA Progress
/// Note's narrative block flattened to text — section titles in capitals, &lt;table&gt; rows turned into lines of cells
/// joined by " | ", &lt;content styleCode="Bold"&gt; marks stripped in one place and left in the next, stray
/// &lt;br/&gt; and &lt;/content&gt; tags, ☒ and ☐ or [X] and [ ] checkboxes, and entities such as &amp;#8217; left in —
/// about two thirds ordinary and complete (72 of 112), single- and multi-code visits (97110, 97112, 97116, 97140,
/// 97530, two in a visit, a PT's and an OT's code on one visit), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a hospital's rehabilitation department on an interface engine ("Bay de Noc Regional Medical Center —
/// Rehabilitation Services", BDN: the outpatient gym on the Escanaba campus on Ludington Street, the Gladstone clinic
/// and the Manistique clinic by the boardwalk, in Michigan's Upper Peninsula) whose therapy documentation system
/// (REHABDOC) sends MDM^T02 and ORU^R01 messages through the hospital's Mirth channel to the billing export — "97112
/// NMR - 24 min" in OBX-5, an NM OBX per code ("97112-MIN^Neuromuscular reeducation timed minutes^LOCAL||23|min"),
/// coded ONE2ONE, CONCUR, TXDELIV and IMPAIR observations, Berg as an NM result with its range, TUG as an SN result,
/// clock ranges on a code's line, codes joined by ~ and, for some visits, OBX-5 alone as the channel extracted it:
/// Kaisa Heikkinen (PT, DPT), Rachel Ostrowski (PT), Tom Beauchamp (PTA) and Lindsey Arvola (OTR/L); a retired ore-dock
/// worker with a cerebellar stroke, a paper-mill retiree who falls on the ice of his driveway, a man whose knee buckles
/// stepping off the snowmobile trailer, a woman whose husband Eino sat in for the home programme, a DPT student on a
/// clinical rotation watching, a second patient on mat 2 of the neuro gym, pasty dough rolled at the OT kitchen
/// counter, firewood carried to a wood stove, the tackle box at the ice shanty on Little Bay de Noc, deer camp near
/// Rapid River, the sauna steps, the NeuroCom Balance Master, Brunnstrom's stages, McKenzie extension and Graston
/// instruments;</item>
/// <item>a regional health information exchange feeding a billing company ("Mid-Ohio Valley Health Information
/// Exchange", forwarding its members' C-CDA Progress Notes to "Kestrel Revenue Services" in Parkersburg, West Virginia,
/// which flattens each narrative block to text for the billing export) for two independent practices — "Little Kanawha
/// Physical Therapy" (Emerson Avenue in Parkersburg and a clinic in Elizabeth, Wirt County) and "Belpre River Rehab"
/// (Belpre and Little Hocking, Ohio): PROGRESS NOTE, REASON FOR VISIT, INTERVENTIONS, PROCEDURES, RESULTS, ASSESSMENT
/// and PLAN OF TREATMENT sections, "CPT | Description | Minutes" and "CPT | Description | Start | Stop" rows, a "Test |
/// Score | Max" results table, "☒ Individual (1:1) ☐ Group ☐ Concurrent" rows, template cells left empty: Dana Cottrill
/// (PT), Wes Hupp (PTA), Megan Schramm (PT, DPT), Joe Kincaid (PT) and Tara Lemasters (OTR/L); a chemical-plant worker
/// who cannot bend to tie his boots, a deckhand on the Blennerhassett Island sternwheeler, a woman who leans her belly
/// on the church-kitchen sink, the flood-wall stairs at Point Park, a hilly gravel driveway in Wirt County, a quilting
/// frame, a daughter who drove her mother from Little Hocking, Feldenkrais' pelvic clock, Maitland grades, PNF resisted
/// gait and PWR! Moves;</item>
/// <item>an EMR vendor's FHIR bulk export ("Sandpiper EMR", whose $export NDJSON files a billing integration reads for
/// "Magnolia Coast Therapy": Fairhope, Daphne, Foley and Gulf Shores on Alabama's Eastern Shore and Gulf coast) —
/// DocumentReference text with \n and \", an XHTML div with &lt;p&gt;, &lt;b&gt; and &lt;li&gt;, Observation resources
/// for the Four Square Step Test, the FGA, an exercise flowsheet and each code's timed minutes, a QuestionnaireResponse
/// for the one-on-one and impairment questions, an Encounter's length: Celeste Boudreaux (PT, DPT), Hannah Pruitt (PT),
/// Marcus Thibodeaux (PTA) and Jolene Tran (OTR/L); a husband who kept the dog out of the way, the rehab aide wiping
/// down the NuStep, a second patient on the NuStep, a shrimper on a boat deck in Bon Secour, a woman who veers on the
/// Fairhope pier when the wind gusts, the sugar sand at Gulf Shores, a golf cart and a beach chair, the Mardi Gras
/// parade crowd in Mobile, a carpet edge at the kitchen tile, a seatbelt out of reach, Redcord Neurac slings, Tai Chi
/// for Arthritis, rhythmic auditory stimulation with a metronome, muscle energy technique and the CO-OP
/// approach.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads interface messages, applying the
/// contract and reading what a human reads once the wrapping is seen through — \.br\, \X0D\\X0A\, \n, ~ and a table
/// row's end are line breaks, \T\ is &amp;, \F\ is |, an NM or valueQuantity result with its code and unit is that
/// number, "" and an empty answer list are an empty field, Y^Yes and valueBoolean true are a ticked box:
/// <list type="bullet">
/// <item>class 1 (v1-h103-…): one-on-one in these writers' own words ("Seen individually, 1:1 with this PT for all of
/// the NMR, no concurrent or group pts on my schedule", "Direct contact 1:1 throughout the NMR; her husband Eino sat in
/// for home-program teaching only", "PT one-on-one with pt for every billed NMR minute; DPT student on clinical
/// rotation observing only", "Individual session: therapist in constant attendance, one-on-one", "1:1 the whole neuro
/// re-ed block; her husband sat in to learn the porch-step drill and kept their dog \"Biscuit\" out of the way",
/// "One-on-one with Hannah for the entire neuro re-ed; the rehab aide wiped down the NuStep nearby", "only pt on the
/// PTA's schedule during NMR, direct one-to-one"), notes that negate it (treated concurrently with the patient on mat
/// 2, the balance circuit with two other patients, split attention with a man on the NuStep) or never state it (a
/// daughter waiting in the lobby, the Foley clinic gym), and the codes without a one-on-one check: a PTA's 97110 beside
/// a second patient and an OT's 97530 in a shared kitchen;</item>
/// <item>class 2 (v2-h103-…): checkbox and blank-field states as interfaces carry them: coded Y^Yes and N^No with
/// CONCUR Y^Yes, IND^Individual (one-on-one) as the treatment delivery, an IMPAIR observation sent as the explicit null
/// "", a QuestionnaireResponse answered true, false with a concurrent item true, and an empty answer list for the
/// impairment; a Berg Observation with a dataAbsentReason instead of a value; a coded Yes for "Treated one-on-one"; ☒
/// and ☐ boxes and [X] Concurrent; a 97110's Sets/Reps and Load cells left empty; the second code's minute OBX sent as
/// ""; and a template whose Exercises, Region and Sets/Reps fields are all empty beside "Patient participated in
/// therapeutic exercise per plan of care";</item>
/// <item>class 3 (v3-h103-…): named programmes and methods as techniques (Brunnstrom's out-of-synergy training with NDT
/// facilitation, NeuroCom Balance Master limits-of-stability and rhythmic weight-shift training, McKenzie repeated
/// extension in lying, Feldenkrais' Awareness Through Movement, Maitland grades, PNF resisted gait with rhythmic
/// initiation, Redcord Neurac slings, rhythmic auditory stimulation gait training, the CO-OP approach, muscle energy
/// technique), Graston instruments with no dose, Tai Chi for Arthritis with no number and PWR! Moves with no
/// deficit;</item>
/// <item>class 4 (v4-h103-…): deficits stated as findings in these writers' terms (feet that "don't know where the
/// floor is" on the ice, a knee that buckles stepping off the snowmobile trailer, a belly leaned on the church-kitchen
/// sink, a deckhand who loses his footing stepping from the sternwheeler onto the landing, a toe that catches where the
/// carpet meets the kitchen tile, a woman who veers on the pier when the wind gusts, a trunk that sways reaching for
/// the tackle box, a seatbelt out of reach) and notes that state none ("No neuromuscular impairments identified today",
/// "Gait deviations: none observed. Impairments: none identified", "Impairment/system: N/A", an ASSESSMENT section that
/// kept only "Patient progressing.");</item>
/// <item>class 5 (v5-h103-…): measures in every usual form and in the interfaces' forms (Berg as an NM OBX, TUG as an
/// SN OBX, perturbation counts around a \T\, mCTSIB seconds between hex escapes, a "Test | Score | Max" row, a TUG
/// inside a left-in &lt;content&gt; mark, the Four Square Step Test as a valueQuantity, the FGA as a valueInteger, an
/// exercise flowsheet's valueString, assistance levels with counts) and notes with none ("steadier on the ice this
/// week", "No results recorded for this encounter", "walked farther than last time, less shuffle");</item>
/// <item>class 6 (v6-h103-…): minutes in these interfaces' forms (an NM OBX per code, "97112 NMR 22 min" lines between
/// \.br\ escapes, a clock range on each code's line, codes joined by ~, "CPT 97112 \F\ NMR \F\ 25 min", "CPT |
/// Description | Minutes" rows, "CPT | Description | Start | Stop" rows, an Observation per code with its valueQuantity
/// in minutes, "(20 min)" after each code, a PT's and an OT's DocumentReference) and true mismatches (an NM OBX of 38
/// against 25, a table row of 30 against 15, a PTA's valueQuantity of 35 against 22) and truly missing separate time (a
/// "Total timed minutes" OBX, a Minutes cell left empty on one code's row, an Encounter's length);</item>
/// <item>class 7 (v7-h103-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check; an empty field, and one holding only line breaks and spaces), the contract's meanings for 97110 (hip work
/// after a hip replacement with doses), 97530 (floor recovery, a laundry basket on the stairs and the clothes dryer),
/// 97140 (cervical glides and suboccipital release with rotation degrees) and 97116 (walker to cane on the hospital's
/// skyway and ramp), a wholly generic 97112 OBX ("Balance activities performed. Pt tolerated tx well. Continue POC."),
/// a generic 97110 + 97530 table with minutes for each and a generic 97110 DocumentReference;</item>
/// <item>ordinary (vord-h103-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (438.89) on the claim, a
/// generic two-code note with only a total, a PTA's gait minutes that differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact (a code's minutes are given once, in one place: an NM OBX or an
/// Observation with no second figure for the same code in the text). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's or its minutes — husbands, a
/// daughter, a DPT student, a rehab aide (none of them a patient; the patient on mat 2, the two others on the balance
/// circuit, the man on the NuStep and the second patients beside the 97110 and in the OT kitchen are), message
/// timestamps, control ids and version numbers, set ids and sub-ids of OBX segments, medical record numbers, provider
/// ids, dates of birth written as HL7 dates (19460919) and as US dates, dates of service written out, resource ids,
/// reference ranges (0-56), patients' ages, dates of earlier falls, operations and visits, step, box, hurdle and
/// trailer-deck heights in inches, distances in feet, metres and centimetres, cuff weights and loads carried (a gas
/// can, a bag of birdseed), metronome beats per minute written bpm, band colours, a highway number (US-2), counts of
/// plates, stairs, armloads, pins and trials, vertebral levels, degrees of range — and each is written so that a
/// reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code, in an NM OBX or
/// an Observation whose code is the CPT code and whose unit is minutes, in a table row under a Minutes header beside
/// the code, as a clock range or Start and Stop cells on the code's own line, or after the code's description in its
/// block; no note gives minutes to a visit, a drill, a rest or a test, except the three that give the visit a total (a
/// "Total timed minutes" OBX, an Encounter's length, a "Total treatment time" line) instead of each code's minutes,
/// which are failed for that. The notes failed for want of a measure carry no number but their code and its minutes (no
/// message header, timestamp, set id, resource id, date of birth, date of service or age in those notes, no hex escape
/// and no numeric entity). DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at
/// all. A 97112 passes the measure check only on an objective measure with a number and fails it only when the note has
/// no number but its code and its minutes; for the other codes a dose (sets, repetitions, load, hold, distance,
/// assistance level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver or staff
/// member in the room does not undo a one-on-one statement, another patient treated in the same block does, and a
/// therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what the interfaces make arguable: a message's own clock as a code's only minutes (an OBR-7
/// and OBR-8 or an Encounter's period around one code), a quantity beside a code in an FT1 segment or a ChargeItem
/// (units or minutes), a code's minutes given twice that disagree (an NM OBX and the OBX-5 text, an Observation and the
/// DocumentReference), a DG1 segment or a Problems section carrying the diagnosis code the claim lacks, a message whose
/// OBX-5 is empty or holds only escapes while its MSH, PID and OBR segments are there (whether that is an empty note),
/// a result sent with status X, D or entered-in-error whose value is still there, a coded answer with no display text
/// (a bare IND or Y), an escape that broke a number or a string cut at a segment's length limit, a flattened table that
/// lost its header row so that a number's column is unknown, a repetition (~) that leaves unclear which code a minute
/// value follows, and an addendum or replacement (MDM^T08, MDM^T10, a superseded DocumentReference) that changes a
/// code's minutes — which version counts.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 101 of 112 cases agree (110 needed), and 7 of the 72 notes the reviewer passes got a finding, on the analyzer of 75c1aff (the start of the 2026-12-06 seventeenth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session (e8f0d6e): 112 of 112, no false positive — the note read out of its HL7 v2 message (OBX text and numeric values, HL7 escapes, the envelope left out) and out of FHIR resources (DocumentReference text with its \n escapes, an Observation per code's minutes, a QuestionnaireResponse's answers, an empty answer a blank field).</para>
/// </summary>
public class HeldOutNotesIssue18HundredThirdTests(ITestOutputHelper output)
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

        // BDN MDM^T02, the note in one OBX-5 with \.br\ breaks: "Seen individually, 1:1 with this PT for all of the NMR, no concurrent or group pts on my schedule"; sharpened Romberg on the Airex, reactive stepping to perturbations, tandem on the foam beam with head turns; truncal ataxia after a cerebellar stroke; SARA and perturbations; 24 min matches: passes.
        ["v1-h103-bdn-mdm-seen-individually-no-concurrent"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304101522||MDM^T02^MDM_T02|BDN260304-0412|P|2.5.1
            EVN|T02|20260304101522
            PID|1||E448812^^^BDNRMC^MR||MAKI^ARVO^J||19460919|M
            PV1|1|O|OPREHAB^ESC GYM^^BDNRMC||||1881^HEIKKINEN^KAISA^^^^PT
            TXA|1|PN^Progress Note^L|TX|20260304094000|1881^HEIKKINEN^KAISA^^^^PT||||||BDN-DOC-77120||||||AU
            OBX|1|TX|PTDAILY^PT Daily Treatment Note^L||97112 NMR - 24 min\.br\Seen individually, 1:1 with this PT for all of the NMR, no concurrent or group pts on my schedule.\.br\Romberg to sharpened Romberg on the Airex, reactive stepping to manual perturbations at the pelvis fwd/back/lateral, tandem walking on the foam beam w/ head turns.\.br\A: 79 y/o retired ore-dock worker, L cerebellar stroke in Oct. Truncal ataxia and a wide base, he overshoots when he steps to catch himself; stepping response late.\.br\SARA 11/40 (14/40 at eval); recovered 6 of 10 perturbations w/ a single step.||||||F
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // BDN ORU^R01 from the Gladstone clinic, a segment per line: "Direct contact 1:1 throughout the NMR; her husband Eino sat in for home-program teaching only, no other pt" (family, not a patient); gaze stabilisation on foam, head-turn walking, pillow stance eyes closed; R vestibular hypofunction; DGI; 22 min matches: passes.
        ["v1-h103-bdn-oru-husband-in-for-home-program-teaching"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304113807||ORU^R01^ORU_R01|BDN260304-0519|P|2.5.1
            PID|1||E502117^^^BDNRMC^MR||LAHTI^HELMI^A||19440302|F
            PV1|1|O|OPREHAB^GLADSTONE^^BDNRMC
            OBR|1||BDN-TX-88213|PTTX^PT Treatment Session^L|||20260304103000
            OBX|1|TX|PTTX-NOTE^Note^L|1|NEUROMUSCULAR RE-ED 97112: 22 MIN||||||F
            OBX|2|TX|PTTX-NOTE^Note^L|2|Direct contact 1:1 throughout the NMR; her husband Eino sat in for home-program teaching only, no other pt.||||||F
            OBX|3|TX|PTTX-NOTE^Note^L|3|Gaze stabilization seated then standing on foam, head-turn walking down the hall w/ stops on command, standing on a pillow eyes closed.||||||F
            OBX|4|TX|PTTX-NOTE^Note^L|4|Problem: R vestibular hypofunction after the neuritis in January - oscillopsia and veering to the R w/ quick head turns.||||||F
            OBX|5|TX|PTTX-NOTE^Note^L|5|DGI 16/24 (12/24 at eval); dynamic visual acuity 3 lines lost.||||||F
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // BDN MDM with \X0D\\X0A\ hex escapes for line breaks: "PT one-on-one with pt for every billed NMR minute; DPT student on clinical rotation observing only, did not treat" (staff, not a patient); PNF D2 patterns in half kneel with rhythmic stabilisation, foam stance with catches; R hemiparesis with poor trunk control; Berg and half-kneel seconds; 25 min matches: passes.
        ["v1-h103-bdn-dpt-student-observing-hex-escapes"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304143311||MDM^T02^MDM_T02|BDN260304-0733|P|2.5.1
            PID|1||E390475^^^BDNRMC^MR||GROLEAU^BERNARD^P||19510604|M
            TXA|1|PN^Progress Note^L|TX|20260304131500|2207^OSTROWSKI^RACHEL^^^^PT||||||BDN-DOC-77388||||||AU
            OBX|1|TX|PTDAILY^PT Daily Treatment Note^L||NMR 97112 - 25 min\X0D\\X0A\PT one-on-one with pt for every billed NMR minute; DPT student on clinical rotation observing only, did not treat.\X0D\\X0A\PNF D2 flexion/extension patterns for the R UE in half kneel with rhythmic stabilization at the trunk, then standing on compliant foam catching a ball tossed to his R.\X0D\\X0A\R hemiparesis after the L MCA stroke (8/2025): poor trunk control and delayed righting to the R, he falls toward the weak side in half kneel.\X0D\\X0A\Berg 38/56; half kneel R knee down held 12 sec (4 sec on 2/18).||||||F
            """,
            ["I69.351"], [PT("97112", 25)], []),

        // BDN ORU, PTA: "Pt treated concurrently w/ the pt on mat 2 in the neuro gym, PTA alternating between the two of them" - another patient inside the billed block; rocker board, stepping strategy to pushes, SLS with head turns; ankle proprioception and slow postural reactions after a fracture; rocker and SLS seconds present: one-on-one missing.
        ["v1-h103-bdn-concurrent-with-the-pt-on-mat-2"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304155048||ORU^R01^ORU_R01|BDN260304-0881|P|2.5.1
            PID|1||E517730^^^BDNRMC^MR||PELTIER^DORIS^M||19430117|F
            OBR|1||BDN-TX-88540|PTTX^PT Treatment Session^L|||20260304141500
            OBX|1|TX|PTTX-NOTE^Note^L|1|97112 NEUROMUSCULAR RE-ED - 23 MIN||||||F
            OBX|2|TX|PTTX-NOTE^Note^L|2|Pt treated concurrently w/ the pt on mat 2 in the neuro gym, PTA alternating between the two of them.||||||F
            OBX|3|TX|PTTX-NOTE^Note^L|3|Rocker board A/P and M/L eyes closed; stepping strategy practice to pushes at the shoulders; SLS at the rail w/ head turns.||||||F
            OBX|4|TX|PTTX-NOTE^Note^L|4|Decreased L ankle proprioception and slow postural reactions after the L ankle fx in Dec; she steps late and grabs the rail.||||||F
            OBX|5|TX|PTTX-NOTE^Note^L|5|Rocker M/L 10 sec w/o edge touch; SLS L 5 sec / R 18 sec.||||||F
            OBX|6|TX|PTTX-NOTE^Note^L|6|T. Beauchamp PTA||||||F
            """,
            ["S82.892D"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // MOVHIE C-CDA flattened (Little Kanawha PT, Parkersburg): "Individual session: therapist in constant attendance, one-on-one, no other patients in the gym during this time"; perturbations on foam, stepping strategy to pushes, hurdles with a street-naming task; delayed stepping after a hip fracture; Four Square Step Test; 23 minutes matches: passes.
        ["v1-h103-movhie-individual-constant-attendance"] = new(
            """
            PROGRESS NOTE
            Little Kanawha Physical Therapy - Emerson Avenue, Parkersburg, WV
            Patient: Lemley, Opal J   DOB: 08/22/1941   Date of Service: March 4, 2026
            Author: Dana Cottrill, PT
            INTERVENTIONS
            <content styleCode="Bold">97112 Neuromuscular Re-education</content> - 23 minutes
            Individual session: therapist in constant attendance, one-on-one, no other patients in the gym during this time.
            Perturbation training standing on foam; stepping strategy practice to lateral pushes; stepping over 4-inch hurdles while naming the streets downtown.
            ASSESSMENT
            Delayed stepping strategy and poor postural control to the R after her R hip fracture; she reaches for furniture instead of stepping.
            RESULTS
            Four Square Step Test | 14.8 sec
            PLAN OF TREATMENT
            Add tandem on foam next visit.
            """,
            ["S72.001D", "R26.81"], [PT("97112", 23)], []),

        // MOVHIE C-CDA (Belpre River Rehab): "Patient completed the balance circuit concurrently with two other patients under this therapist&#8217;s supervision" - other patients treated in the block; rocker board, tandem on foam, BOSU step-ups; ankle proprioception after an ORIF; SLS and rocker seconds present: one-on-one missing.
        ["v1-h103-movhie-balance-circuit-with-two-others"] = new(
            """
            PROGRESS NOTE
            Belpre River Rehab - Belpre, Ohio
            Patient: Deem, Vernon   DOB: 11/30/1947   Date of Service: 03/04/2026
            Author: Joe Kincaid, PT
            INTERVENTIONS
            97112 Neuromuscular Reeducation | 22 min
            Patient completed the balance circuit concurrently with two other patients under this therapist&#8217;s supervision.
            Rocker board A/P eyes closed | tandem stance on foam with head turns | BOSU step-ups with a reach
            ASSESSMENT
            R ankle proprioception and postural control down after the R ankle ORIF; he wobbles and steps off on every soft surface.
            OBJECTIVE
            SLS R 6 sec / L 21 sec; rocker board A/P 12 sec without edge touch.
            """,
            ["S82.891D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // MOVHIE C-CDA (Belpre River Rehab) with "Her daughter drove her over from Little Hocking and waited in the lobby" and nothing stating one-on-one or individual treatment; gaze stabilisation on foam, head-turn walking with stops, foam stance eyes closed; bilateral vestibular hypofunction after gentamicin; DGI and sharpened Romberg present: one-on-one missing.
        ["v1-h103-movhie-daughter-waited-in-the-lobby"] = new(
            """
            PROGRESS NOTE
            Belpre River Rehab - Belpre, Ohio
            Patient: Sayre, Dolores   DOB: 04/09/1940   Date of Service: 03/04/2026
            Author: Megan Schramm, PT, DPT
            SUBJECTIVE
            Her daughter drove her over from Little Hocking and waited in the lobby. No falls since last week.
            INTERVENTIONS
            <content styleCode="Bold">97112 Neuromuscular Re-ed</content> 24 minutes<br/>
            Gaze stabilization with a target on the wall, standing on foam; walking with head turns and quick stops on command; standing feet together on foam with eyes closed.
            ASSESSMENT
            Bilateral vestibular hypofunction after gentamicin in 2024; she depends on vision and loses her balance in the dark.
            RESULTS
            DGI | 15/24
            Sharpened Romberg eyes closed | 3 sec
            """,
            ["H81.8X3"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // MCT FHIR DocumentReference, the note in a JSON string with \n and \": "1:1 the whole neuro re-ed block; her husband sat in to learn the porch-step drill and kept their dog \"Biscuit\" out of the way" (family, not a patient); reactive stepping to pushes, tandem with head turns, a 6\" porch-height step; slow stepping after a hip fracture; Berg and pushes; 23 min matches: passes.
        ["v1-h103-mct-husband-kept-the-dog-out-of-the-way"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-fhp-20260304-0117","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Ledet, Eugenie (age 77)"},"date":"2026-03-04T09:48:12-06:00","author":[{"display":"Celeste Boudreaux, PT, DPT"}],"content":[{"attachment":{"contentType":"text/plain","title":"Daily note, Fairhope","data":"97112 neuro re-ed - 23 min\n1:1 the whole neuro re-ed block; her husband sat in to learn the porch-step drill and kept their dog \"Biscuit\" out of the way.\nReactive stepping to pushes at the hips, tandem walking w/ head turns, stepping up and down the 6\" porch-height step w/o the rail.\nSlow stepping reaction and poor postural control since her L hip fracture in Nov; she freezes instead of stepping when pushed.\nBerg 46/56 (41 on 2/4); 7 of 10 pushes recovered w/ one step."}}]}
            """,
            ["S72.002D", "Z91.81"], [PT("97112", 23)], []),

        // MCT DocumentReference whose note is the XHTML div of its narrative: "One-on-one with Hannah for the entire neuro re-ed; the rehab aide wiped down the NuStep nearby but did not treat" (staff); PNF rhythmic stabilisation in kneeling, Airex perturbations, hurdles with serial 3s; postural control and righting with Parkinson's; Mini-BESTest and pull test; 24 min matches: passes.
        ["v1-h103-mct-aide-wiped-down-the-nustep"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-dph-0304-2231","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Broussard, Claude"},"author":[{"display":"Hannah Pruitt, PT"}],"text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p><b>97112 Neuromuscular re-education</b> 24 min</p><p>One-on-one with Hannah for the entire neuro re-ed; the rehab aide wiped down the NuStep nearby but did not treat.</p><ul><li>PNF rhythmic stabilization in tall kneel and half kneel</li><li>perturbations standing on the Airex, eyes open then closed</li><li>stepping over 6-inch hurdles with a dual task (counting back by 3s)</li></ul><p>Decreased postural control and delayed righting reactions with Parkinson's disease; retropulsion on the pull test.</p><p>Mini-BESTest 17/28; pull test 3 steps to recover.</p></div>"}}
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // MCT DocumentReference: "Split attention this session - I was also supervising Mr. B on the NuStep while she did the tandem and foam work" - the therapist attending another patient during the block; tandem on foam, SLS, side-stepping over cones; neuropathy with poor proprioception; tandem, SLS and monofilament present: one-on-one missing.
        ["v1-h103-mct-split-attention-with-the-nustep"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-fly-0304-0562","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Mims, Ola Mae"},"author":[{"display":"Celeste Boudreaux, PT, DPT"}],"content":[{"attachment":{"contentType":"text/plain","data":"97112 neuromuscular re-ed: 22 min\nSplit attention this session - I was also supervising Mr. B on the NuStep while she did the tandem and foam work.\nTandem stance on foam w/ head turns, SLS at the counter, side-stepping over the cone line.\nDiabetic neuropathy both feet: proprioception poor, she watches her feet and loses her balance when she looks up.\nTandem on foam 8 sec; SLS R 4 sec, L 6 sec; monofilament felt at 2 of 10 sites."}}]}
            """,
            ["E11.42"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // MCT PTA 97110 with "Mrs. D was doing her band set at the next mat with me checking on her between his sets" - 97110 has no one-on-one check; Total Gym squats, lateral step-ups, SLR and TKE with doses; quad weakness and an extension lag after a knee replacement; 20 min matches: passes.
        ["v1-h103-mct-pta-97110-second-patient-at-the-next-mat"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-gsh-0304-0409","status":"current","type":{"text":"PTA daily note"},"subject":{"display":"Hollinger, Buck"},"author":[{"display":"Marcus Thibodeaux, PTA"}],"content":[{"attachment":{"contentType":"text/plain","data":"97110 therapeutic exercise - 20 min\nTotal Gym squats level 6 3x12; lateral step-ups 6\" box 3x10 R; SLR w/ 3 lb 2x15; standing TKE green band 3x15.\nMrs. D was doing her band set at the next mat with me checking on her between his sets.\nR quad weakness and an extension lag after the R TKA (1/6); he can't step up onto the golf cart without pulling.\nExtension lag 8 deg (14 on 2/10)."}}]}
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 20)], []),

        // BDN MDM, OT 97530 in the OT kitchen "shared the session with another pt making coffee at the far counter" - 97530 has no one-on-one check; rolling pasty dough, a baking sheet to the oven, a roasting pan from the low cupboard; L hemiparesis with poor standing balance bending; counts and assist; 25 min matches: passes.
        ["v1-h103-bdn-ot-97530-kitchen-shared-with-another-pt"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304112944||MDM^T02^MDM_T02|BDN260304-0590|P|2.5.1
            PID|1||E604118^^^BDNRMC^MR||KANGAS^IRJA^L||19480226|F
            TXA|1|PN^OT Progress Note^L|TX|20260304101000|3312^ARVOLA^LINDSEY^^^^OTR/L||||||BDN-DOC-77415||||||AU
            OBX|1|TX|OTDAILY^OT Daily Treatment Note^L||97530 THER ACTIVITIES - 25 min\.br\OT kitchen, shared the session with another pt making coffee at the far counter.\.br\Rolling out pasty dough standing at the counter, carrying the baking sheet to the oven and back, getting the roasting pan out of the low cupboard.\.br\L hemiparesis after the R MCA stroke: L hand can't stabilize the dough and she loses standing balance when she bends to the low cupboard.\.br\Pan from the low cupboard 4 of 4 w/ CGA; baking sheet carried 15 ft x3 w/ SBA; L hand held the board through the rolling w/ 2 verbal cues.||||||F
            """,
            ["I69.354"], [OT("97530", 25)], []),

        // BDN ORU from the Manistique clinic, PTA: "only pt on the PTA's schedule during NMR, direct one-to-one the whole time"; stepping strategy to pushes, head-turn walking with stops, foam stance eyes closed; postural instability and freezing with Parkinson's; pull test and 360 turn; 22 min matches: passes.
        ["v1-h103-bdn-pta-only-pt-on-the-schedule"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304161205||ORU^R01^ORU_R01|BDN260304-0912|P|2.5.1
            PID|1||E233906^^^BDNRMC^MR||SJOBERG^ELMER^T||19440811|M
            PV1|1|O|OPREHAB^MANISTIQUE^^BDNRMC
            OBR|1||BDN-TX-88611|PTTX^PT Treatment Session^L|||20260304150000
            OBX|1|TX|PTTX-NOTE^Note^L|1|97112 NMR 22 min: only pt on the PTA's schedule during NMR, direct one-to-one the whole time.||||||F
            OBX|2|TX|PTTX-NOTE^Note^L|2|Stepping strategy drill to pushes fwd and back, walking the hall w/ head turns and stops on cue, feet together on foam eyes closed.||||||F
            OBX|3|TX|PTTX-NOTE^Note^L|3|Parkinson's disease w/ postural instability and a late, short backward step; freezes at the clinic door.||||||F
            OBX|4|TX|PTTX-NOTE^Note^L|4|Pull test 4 steps; 360 turn 12 steps (15 on 2/18).||||||F
            OBX|5|TX|PTTX-NOTE^Note^L|5|T. Beauchamp PTA||||||F
            """,
            ["G20.A1"], [PTA("97112", 22)], []),

        // MCT DocumentReference opening "Seen in the Foley clinic gym." and nothing stating one-on-one or individual treatment; BAPS level 3, SLS on a half foam roll with catches, lateral hops; ankle proprioception after a second sprain; SLS and BAPS seconds present: one-on-one missing.
        ["v1-h103-mct-foley-gym-never-stated"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-fly-0304-0611","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Dees, Coralee"},"author":[{"display":"Hannah Pruitt, PT"}],"content":[{"attachment":{"contentType":"text/plain","data":"Seen in the Foley clinic gym.\n97112 neuro re-ed 21 min\nBAPS board level 3 clockwise and counterclockwise, then eyes closed; SLS on the half foam roll w/ ball catch; lateral hops to a line.\nL ankle proprioception down after her second inversion sprain; she can't feel the ankle turning until it's gone.\nSLS eyes closed L 6 sec, R 19 sec; BAPS level 3 20 sec w/o edge touch."}}]}
            """,
            ["S93.402D"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states as interfaces carry them

        // BDN ORU with a coded ONE2ONE observation "Direct one-on-one contact for all NMR minutes" = Y^Yes; Airex perturbations, tandem on the foam beam, stepping off a step eyes closed; a hip strategy only after a hip replacement; FGA and perturbations; 24 min matches: passes.
        ["v2-h103-bdn-one2one-coded-yes"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304091730||ORU^R01^ORU_R01|BDN260304-0301|P|2.5.1
            PID|1||E715204^^^BDNRMC^MR||KOSKI^TOIVO^E||19450503|M
            OBR|1||BDN-TX-88102|PTTX^PT Treatment Session^L|||20260304081500
            OBX|1|CE|ONE2ONE^Direct one-on-one contact for all NMR minutes^L||Y^Yes^HL70136||||||F
            OBX|2|TX|PTTX-NOTE^Note^L|1|97112 NMR 24 min. Perturbation training on the Airex fwd/back/lateral; tandem walk on the foam beam; stepping down off a 4-inch step w/ eyes closed.||||||F
            OBX|3|TX|PTTX-NOTE^Note^L|2|Delayed ankle and stepping strategies since the R hip replacement in Nov: he uses a hip strategy only and takes no step until he is already falling.||||||F
            OBX|4|TX|PTTX-NOTE^Note^L|3|FGA 20/30; recovered 8 of 10 perturbations w/ one step.||||||F
            """,
            ["Z96.641", "R26.81"], [PT("97112", 24)], []),

        // BDN ORU with ONE2ONE = N^No and CONCUR "Concurrent treatment" = Y^Yes; gaze stabilisation on foam, head-turn walking, Romberg on foam; L vestibular hypofunction; DGI and Romberg seconds present: one-on-one missing.
        ["v2-h103-bdn-one2one-no-concurrent-yes"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304104407||ORU^R01^ORU_R01|BDN260304-0488|P|2.5.1
            PID|1||E820933^^^BDNRMC^MR||ANDERSON^MARLYS^K||19470914|F
            OBR|1||BDN-TX-88317|PTTX^PT Treatment Session^L|||20260304093000
            OBX|1|CE|ONE2ONE^Direct one-on-one contact for all NMR minutes^L||N^No^HL70136||||||F
            OBX|2|CE|CONCUR^Concurrent treatment^L||Y^Yes^HL70136||||||F
            OBX|3|TX|PTTX-NOTE^Note^L|1|97112 NMR 23 min. Gaze stabilization standing on foam; head-turn walking with stops; Romberg on foam eyes closed.||||||F
            OBX|4|TX|PTTX-NOTE^Note^L|2|L vestibular hypofunction after the neuritis; dizzy and veers L on head turns.||||||F
            OBX|5|TX|PTTX-NOTE^Note^L|3|DGI 17/24; Romberg foam EC 12 sec.||||||F
            """,
            ["H81.22"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // BDN MDM with a coded TXDELIV "Treatment delivery" = IND^Individual (one-on-one); rhythmic stabilisation, reactive stepping to pushes, the foam path with a tray; sensory ataxia with poor foot proprioception from a B12 neuropathy; Berg and pushes; 22 min matches: passes.
        ["v2-h103-bdn-treatment-delivery-coded-individual"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304133150||MDM^T02^MDM_T02|BDN260304-0655|P|2.5.1
            PID|1||E118477^^^BDNRMC^MR||BERGERON^LUC^A||19500722|M
            TXA|1|PN^Progress Note^L|TX|20260304120000|2207^OSTROWSKI^RACHEL^^^^PT||||||BDN-DOC-77402||||||AU
            OBX|1|CE|TXDELIV^Treatment delivery^L||IND^Individual (one-on-one)^BDNDELIV||||||F
            OBX|2|TX|PTDAILY^PT Daily Treatment Note^L||97112 NMR - 22 min\.br\Rhythmic stabilization in standing, reactive stepping to unexpected pushes, walking the foam path while carrying a tray.\.br\Sensory ataxia from the B12 neuropathy: poor proprioception in both feet, wide base, he stamps his feet.\.br\Berg 44/56; 5 of 8 pushes w/ one step.||||||F
            """,
            ["E53.8", "R26.0"], [PT("97112", 22)], []),

        // BDN ORU whose IMPAIR "Impairments addressed" observation was sent as the explicit null "" and no deficit, system or impairment anywhere; ONE2ONE Y^Yes; PNF rhythmic stabilisation, Airex perturbations, hurdles to a metronome; perturbation and hurdle counts: deficit missing.
        ["v2-h103-bdn-impairments-sent-as-explicit-null"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304141022||ORU^R01^ORU_R01|BDN260304-0721|P|2.5.1
            PID|1||E902256^^^BDNRMC^MR||NIEMI^REINO^V||19420128|M
            OBR|1||BDN-TX-88466|PTTX^PT Treatment Session^L|||20260304131500
            OBX|1|CE|ONE2ONE^Direct one-on-one contact for all NMR minutes^L||Y^Yes^HL70136||||||F
            OBX|2|TX|INTERV^Interventions^L||97112 NMR 24 min: PNF rhythmic stabilization in tall kneel; perturbations on the Airex; stepping over 6-inch hurdles to a metronome||||||F
            OBX|3|TX|IMPAIR^Impairments addressed^L||""||||||F
            OBX|4|TX|MEAS^Measures^L||Airex perturbations 8 of 10 w/o a step; hurdles 10 of 12 clean||||||F
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // MCT DocumentReference plus a QuestionnaireResponse: "Treated one-on-one (constant attendance) for the whole 97112 block?" answered valueBoolean true, "Group or concurrent session?" false; rocker board, catch and throw on the Airex, reactive steps; a Bon Secour shrimper's ankle proprioception after an ORIF; rocker seconds and pushes; 25 min matches: passes.
        ["v2-h103-mct-questionnaire-one-on-one-true"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-fly-0304-0148","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Styron, Royce"},"author":[{"display":"Celeste Boudreaux, PT, DPT"}],"content":[{"attachment":{"contentType":"text/plain","data":"97112 neuro re-ed - 25 min\nRocker board A/P then M/L, eyes closed; catch and throw standing on the Airex; reactive steps to unexpected pushes at the shoulders.\nShrimper out of Bon Secour: R ankle proprioception and postural control down after the R ankle ORIF in Oct, he can't ride the deck in a chop yet.\nRocker M/L 14 sec w/o edge touch; 6 of 10 pushes w/ one step."}}]}
            {"resourceType":"QuestionnaireResponse","id":"qr-mct-fly-0304-0148","status":"completed","questionnaire":"Questionnaire/pt-daily-attestation","item":[{"linkId":"one-on-one","text":"Treated one-on-one (constant attendance) for the whole 97112 block?","answer":[{"valueBoolean":true}]},{"linkId":"group","text":"Group or concurrent session?","answer":[{"valueBoolean":false}]}]}
            """,
            ["S82.891D"], [PT("97112", 25)], []),

        // MCT QuestionnaireResponse with the one-on-one item answered false and "Concurrent session (another patient treated in the same block)?" true; weight shifts with taps, stepping strategy to pushes, head-turn walking; L hemiparesis with slow postural reactions; FGA and pushes present: one-on-one missing.
        ["v2-h103-mct-one-on-one-false-concurrent-true"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-dph-0304-0377","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Tillery, Marvin"},"author":[{"display":"Hannah Pruitt, PT"}],"content":[{"attachment":{"contentType":"text/plain","data":"97112 neuro re-ed - 23 min\nWeight shifts onto the L in stance w/ taps to the cones, stepping strategy to pushes from the R, walking the hall w/ head turns.\nL hemiparesis after the R MCA stroke: slow postural reactions to the L, he falls toward the L when pushed.\nFGA 13/30; 4 of 10 pushes from the R w/ one step."}}]}
            {"resourceType":"QuestionnaireResponse","id":"qr-mct-dph-0304-0377","status":"completed","questionnaire":"Questionnaire/pt-daily-attestation","item":[{"linkId":"one-on-one","text":"Treated one-on-one (constant attendance) for the whole 97112 block?","answer":[{"valueBoolean":false}]},{"linkId":"concurrent","text":"Concurrent session (another patient treated in the same block)?","answer":[{"valueBoolean":true}]}]}
            """,
            ["I69.354"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // MCT QuestionnaireResponse whose "Impairment or system targeted" item has an empty answer list and no deficit, system or impairment anywhere; one-on-one answered true; reactive steps, tandem on foam, SLS with a ball toss; pushes, tandem steps and SLS seconds: deficit missing.
        ["v2-h103-mct-impairment-item-answer-empty"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-gsh-0304-0520","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Mixon, Earline"},"author":[{"display":"Celeste Boudreaux, PT, DPT"}],"content":[{"attachment":{"contentType":"text/plain","data":"97112 neuro re-ed - 22 min\nReactive steps to pushes at the hips fwd and sideways, tandem walking on the foam path, SLS at the counter w/ a ball toss.\n7 of 10 pushes w/ one step; tandem on foam 10 steps w/o a step-off; SLS R 12 sec, L 9 sec."}}]}
            {"resourceType":"QuestionnaireResponse","id":"qr-mct-gsh-0304-0520","status":"completed","questionnaire":"Questionnaire/pt-daily-attestation","item":[{"linkId":"one-on-one","text":"Treated one-on-one (constant attendance) for the whole 97112 block?","answer":[{"valueBoolean":true}]},{"linkId":"impairment","text":"Impairment or system targeted","answer":[]}]}
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // MCT DocumentReference and a Berg Observation sent with a dataAbsentReason ("not performed - pt declined, said she was worn out from the drive") instead of a value; one-on-one; gaze stabilisation, head-turn walking, foam stance eyes closed; R vestibular hypofunction; no number but the code and its minutes (no ids, dates or codes with digits): measure missing.
        ["v2-h103-mct-berg-with-a-data-absent-reason"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-dph-berg-declined","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Pettus, Delores"},"author":[{"display":"Hannah Pruitt, PT"}],"content":[{"attachment":{"contentType":"text/plain","data":"97112 neuro re-ed - 21 min\nOne-on-one the whole session, nobody else on my schedule.\nGaze stabilization with a target on the wall, seated then standing; walking the hall w/ head turns and stops; standing on foam w/ eyes closed.\nR vestibular hypofunction since the neuritis at Christmas: dizzy w/ quick head turns, veers R in the grocery aisles.\nBerg deferred, see Observation."}}]}
            {"resourceType":"Observation","id":"obs-mct-dph-berg-declined","status":"final","code":{"text":"Berg Balance Scale"},"subject":{"display":"Pettus, Delores"},"dataAbsentReason":{"coding":[{"code":"not-performed","display":"Not Performed"}],"text":"not performed - pt declined, said she was worn out from the drive"}}
            """,
            ["H81.21"], [PT("97112", 21)], [At(Measure, "97112")]),

        // MOVHIE C-CDA (Little Kanawha PT, Elizabeth) with a delivery row "☒ Individual (1:1)   ☐ Group   ☐ Concurrent   ☐ Co-treatment"; stepping strategy to pushes, tandem on the foam beam, porch-step practice; postural control after a knee replacement; Berg; 23 minutes matches: passes.
        ["v2-h103-movhie-checkbox-glyphs-individual"] = new(
            """
            PROGRESS NOTE
            Little Kanawha Physical Therapy - Elizabeth, WV
            Patient: Ash, Garnet L   DOB: 02/17/1943   Date of Service: 03/04/2026
            Author: Dana Cottrill, PT
            TREATMENT DELIVERY
            ☒ Individual (1:1)   ☐ Group   ☐ Concurrent   ☐ Co-treatment
            INTERVENTIONS
            97112 Neuromuscular Re-education | 23 minutes
            Stepping strategy practice to pushes at the pelvis; tandem walking on the foam beam; stepping up and down his three porch steps without the rail, eyes up.
            ASSESSMENT
            Postural control and proprioception down after the L knee replacement; he won&#8217;t load the L leg and steps late.
            RESULTS
            Berg Balance Scale | 45/56
            """,
            ["Z96.652", "R26.81"], [PT("97112", 23)], []),

        // MOVHIE C-CDA (Belpre River Rehab) with "[ ] Individual (1:1)   [X] Concurrent   [ ] Group"; Airex perturbations, SLS with head turns, sit-to-stand onto foam eyes closed; neuropathy with slow postural reactions; perturbations and SLS present: one-on-one missing.
        ["v2-h103-movhie-concurrent-box-checked"] = new(
            """
            PROGRESS NOTE
            Belpre River Rehab - Belpre, Ohio
            Patient: Riggs, Wanda F   DOB: 07/02/1945   Date of Service: 03/04/2026
            Author: Joe Kincaid, PT
            TREATMENT DELIVERY
            [ ] Individual (1:1)   [X] Concurrent   [ ] Group
            INTERVENTIONS
            97112 Neuromuscular Re-education | 22 minutes
            Perturbations standing on the Airex; SLS at the parallel bars with head turns; sit-to-stand onto foam with eyes closed.
            ASSESSMENT
            Slow postural reactions and decreased proprioception with diabetic neuropathy; she steps wide and watches her feet.
            RESULTS
            Perturbations | 5 of 10 without a step
            SLS | R 3 sec, L 4 sec
            """,
            ["E11.42"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // MOVHIE C-CDA, PTA 97110 with an "Exercise | Sets/Reps | Load" table whose Sets/Reps and Load cells were left empty; quad sets, short-arc quads, heel slides, recumbent bike; knee range and quad strength after a knee replacement; no number but the code and its minutes (no date of birth or service in the note): measure missing.
        ["v2-h103-movhie-97110-sets-and-load-cells-empty"] = new(
            """
            PROGRESS NOTE
            Little Kanawha Physical Therapy - Emerson Avenue, Parkersburg, WV
            Patient: Tallman, Earl R
            Author: Wes Hupp, PTA
            PROCEDURES
            CPT | Description | Minutes
            97110 | Therapeutic Exercise | 18
            INTERVENTIONS
            Exercise | Sets/Reps | Load
            Quad sets | |
            Short-arc quads | |
            Heel slides with strap | |
            Recumbent bike for range | |
            ASSESSMENT
            R knee flexion range and quadriceps strength limited after the R total knee; he cannot bend the knee far enough to get up into his truck.
            """,
            ["Z96.651"], [PTA("97110", 18)], [At(Measure, "97110")]),

        // BDN ORU with an NM OBX per code, the 97112 one at 24 min and the 97110 one sent as the explicit null "": no minutes for the 97110 - separate time missing; both parts complete (ONE2ONE Y^Yes; rocker board, tandem perturbations and step-ups to foam with rocker seconds and perturbations; heel raises, lunges and band dorsiflexion with doses; ankle proprioception and calf weakness after an ORIF).
        ["v2-h103-bdn-second-minute-obx-sent-as-null"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304154419||ORU^R01^ORU_R01|BDN260304-0860|P|2.5.1
            PID|1||E661408^^^BDNRMC^MR||DUBORD^JEANETTE^R||19490330|F
            OBR|1||BDN-TX-88590|PTTX^PT Treatment Session^L|||20260304141500
            OBX|1|NM|97112-MIN^Neuromuscular reeducation timed minutes^LOCAL||24|min^minutes^UCUM|||||F
            OBX|2|NM|97110-MIN^Therapeutic exercise timed minutes^LOCAL||""|min^minutes^UCUM|||||F
            OBX|3|CE|ONE2ONE^Direct one-on-one contact for all NMR minutes^L||Y^Yes^HL70136||||||F
            OBX|4|TX|PTTX-NOTE^Note^L|1|NMR: rocker board A/P eyes closed, perturbations at the pelvis in tandem, step-ups onto foam w/ a head turn.||||||F
            OBX|5|TX|PTTX-NOTE^Note^L|2|TE: heel raises 3x15, fwd lunges to a 6-inch step 3x10, resisted DF red band 3x15.||||||F
            OBX|6|TX|PTTX-NOTE^Note^L|3|R ankle proprioception and postural control down after the R ankle ORIF; R calf and dorsiflexor weakness.||||||F
            OBX|7|TX|PTTX-NOTE^Note^L|4|Rocker A/P 13 sec w/o edge touch; 7 of 10 perturbations w/o a step; heel raises R 11 vs L 24.||||||F
            """,
            ["S82.891D"], [PT("97112", 24), PT("97110", 15)], [SepTime]),

        // MOVHIE C-CDA template whose "Exercises | Region | Sets/Reps" row came through empty beside "Patient participated in therapeutic exercise per plan of care. Tolerated treatment well. Continue plan of care." on a 97110: no exercise, region or measure named and no number but the code and its minutes.
        ["v2-h103-movhie-template-fields-empty-generic-97110"] = new(
            """
            PROGRESS NOTE
            Belpre River Rehab - Belpre, Ohio
            Patient: Gandee, Loretta
            Author: Joe Kincaid, PT
            PROCEDURES
            CPT | Description | Minutes
            97110 | Therapeutic Exercise | 15
            INTERVENTIONS
            Exercises | Region | Sets/Reps
            | |
            COMMENTS
            Patient participated in therapeutic exercise per plan of care. Tolerated treatment well. Continue plan of care.
            """,
            ["M62.81"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // MCT DocumentReference with an XHTML div and an Observation "Treated one-on-one (constant attendance) for the whole 97112 block" = valueCodeableConcept Y "Yes"; optokinetic video on foam, head-turn walking in a busy hall, gaze stabilisation against a busy background; visual motion sensitivity and vestibular dysfunction after a concussion; DGI and FGA; 22 min matches: passes.
        ["v2-h103-mct-one-on-one-observation-coded-yes"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-gsh-0304-0733","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Nguyen, Thanh"},"author":[{"display":"Celeste Boudreaux, PT, DPT"}],"text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p><b>97112</b> neuro re-ed 22 min</p><p>Optokinetic video while standing on foam; head-turn walking in the busy front hall; gaze stabilization against a busy background.</p><p>Visual motion sensitivity and vestibular dysfunction after the concussion (fell on the deck of his bay boat in Jan); he gets dizzy and grabs the wall in the grocery store.</p><p>DGI 18/24; FGA 21/30.</p></div>"}}
            {"resourceType":"Observation","id":"obs-mct-gsh-0304-0733","status":"final","code":{"text":"Treated one-on-one (constant attendance) for the whole 97112 block"},"valueCodeableConcept":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v2-0136","code":"Y","display":"Yes"}],"text":"Yes"}}
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // BDN MDM: "1:1 w/ Kaisa, no other pt treated"; Brunnstrom stage 4 out-of-synergy training (hip and knee flexion with ankle DF in standing, knee extension with hip flexion in sitting) with NDT facilitation at the pelvis; L hemiparesis with the flexor synergy taking over in swing; Fugl-Meyer LE and gait speed; 25 min matches: passes.
        ["v3-h103-bdn-brunnstrom-out-of-synergy-with-ndt"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304102840||MDM^T02^MDM_T02|BDN260304-0433|P|2.5.1
            PID|1||E340019^^^BDNRMC^MR||VANDENHOUTEN^LOIS^M||19520815|F
            TXA|1|PN^Progress Note^L|TX|20260304091500|1881^HEIKKINEN^KAISA^^^^PT||||||BDN-DOC-77131||||||AU
            OBX|1|TX|PTDAILY^PT Daily Treatment Note^L||97112 NMR - 25 min, 1:1 w/ Kaisa, no other pt treated\.br\Brunnstrom stage 4 LE: out-of-synergy training - hip and knee flexion w/ ankle DF in standing, knee extension w/ hip flexion in sitting; NDT facilitation at the pelvis for weight shift onto the L in stance.\.br\L hemiparesis after the R MCA stroke (11/2025): the flexor synergy takes over in L swing, poor selective motor control at the knee and ankle.\.br\Fugl-Meyer LE 19/34 (15/34 at eval); gait speed 0.48 m/s.||||||F
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // BDN ORU: "one-on-one, PT w/ pt only for the whole NMR"; NeuroCom Balance Master limits-of-stability training, rhythmic weight shift, a sway-referenced surface eyes closed; low vestibular contribution after bilateral neuritis; SOT composite and LOS excursion; 23 min matches: passes.
        ["v3-h103-bdn-balance-master-limits-of-stability"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304135512||ORU^R01^ORU_R01|BDN260304-0690|P|2.5.1
            PID|1||E455672^^^BDNRMC^MR||HENDRICKSON^GUST^O||19410107|M
            OBR|1||BDN-TX-88409|PTTX^PT Treatment Session^L|||20260304124500
            OBX|1|TX|PTTX-NOTE^Note^L|1|97112 NMR 23 min - one-on-one, PT w/ pt only for the whole NMR.||||||F
            OBX|2|TX|PTTX-NOTE^Note^L|2|NeuroCom Balance Master: limits-of-stability training to the 8 targets, rhythmic weight shift A/P and M/L at slow, moderate and fast, then the sway-referenced surface w/ eyes closed.||||||F
            OBX|3|TX|PTTX-NOTE^Note^L|3|Vestibular contribution to balance low after the bilateral neuritis; he falls on the sway-referenced platform with his eyes closed.||||||F
            OBX|4|TX|PTTX-NOTE^Note^L|4|SOT composite 54 (43 on 2/4); LOS max excursion 71% (62% on 2/4).||||||F
            """,
            ["H81.23"], [PT("97112", 23)], []),

        // BDN MDM 97110: McKenzie repeated extension in lying, extension in standing and prone on elbows with doses and a home programme every 2 hours; central low back pain that centralises, lumbar extension limited in a paper-mill loader operator; extension loss graded; 16 min matches: passes.
        ["v3-h103-bdn-mckenzie-repeated-extension-97110"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304110236||MDM^T02^MDM_T02|BDN260304-0561|P|2.5.1
            PID|1||E287714^^^BDNRMC^MR||SALO^WILHO^J||19560312|M
            TXA|1|PN^Progress Note^L|TX|20260304100000|2207^OSTROWSKI^RACHEL^^^^PT||||||BDN-DOC-77409||||||AU
            OBX|1|TX|PTDAILY^PT Daily Treatment Note^L||97110 TE - 16 min\.br\McKenzie: repeated extension in lying 3x10, extension in standing 2x10, prone on elbows 3x60 sec; HEP extension in lying 10 reps every 2 hrs on his breaks at the paper mill.\.br\Central low back pain that centralizes w/ extension; lumbar extension limited, he can't stand straight after sitting in the loader cab.\.br\Lumbar extension loss moderate -> minimal after the repeated movements.||||||F
            """,
            ["M54.50"], [PT("97110", 16)], []),

        // BDN note as the channel delivered OBX-5 alone: Graston instrument-assisted soft-tissue mobilisation to the plantar fascia and medial gastroc, STM and a manual calf stretch for plantar heel pain and a tight calf; "Tolerated, less tender after." - no strokes, bouts, hold or number but the code and its minutes: measure missing.
        ["v3-h103-bdn-graston-with-no-dose-97140"] = new(
            """
            97140 MT - 12 min\.br\Graston IASTM to the L plantar fascia and the medial gastroc, then STM to the calf and a manual calf stretch by the therapist\.br\L plantar heel pain worst with the first steps out of bed and after sitting, calf tight, she limps to the bathroom in the morning\.br\Tolerated, less tender after.
            """,
            ["M72.2"], [PT("97140", 12)], [At(Measure, "97140")]),

        // MOVHIE C-CDA with an Italics content mark left in around "One-on-one, therapist with patient the entire time."; Feldenkrais Awareness Through Movement (pelvic clock in hook lying and sitting, standing reach with the pelvis leading); lumbopelvic motor control and somatosensory awareness after a fusion; functional reach and five-times sit-to-stand; 24 minutes matches: passes.
        ["v3-h103-movhie-feldenkrais-pelvic-clock"] = new(
            """
            PROGRESS NOTE
            Little Kanawha Physical Therapy - Emerson Avenue, Parkersburg, WV
            Patient: Board, Herschel D   DOB: 10/05/1949   Date of Service: 03/04/2026
            Author: Dana Cottrill, PT
            INTERVENTIONS
            <content styleCode="Bold">97112 Neuromuscular Re-education</content> | 24 minutes
            <content styleCode="Italics">One-on-one, therapist with patient the entire time.</content>
            Feldenkrais Awareness Through Movement: pelvic clock in hook lying, then in sitting with weight shift through the sit bones, then standing reach across midline with the pelvis leading.
            ASSESSMENT
            Poor lumbopelvic motor control and reduced somatosensory awareness of the pelvis after his L4-L5 fusion; he moves the trunk as a block and loses his balance reaching.
            RESULTS
            Functional Reach | 7 in (5 in on 02/11/2026)
            Five Times Sit to Stand | 14.1 sec
            """,
            ["Z98.1", "R26.89"], [PT("97112", 24)], []),

        // MOVHIE C-CDA 97140 in a "CPT | Description | Minutes" row: Maitland central PA mobilisations at L4 and L5, grade III then IV, with bouts and seconds, and a grade IV unilateral PA; L4-L5 hypomobility with low back pain bending at the chemical plant; fingertip to floor before and after; 12 matches: passes.
        ["v3-h103-movhie-maitland-grades-97140"] = new(
            """
            PROGRESS NOTE
            Belpre River Rehab - Belpre, Ohio
            Patient: Heiney, Bud   DOB: 01/22/1951   Date of Service: 03/04/2026
            Author: Megan Schramm, PT, DPT
            PROCEDURES
            CPT | Description | Minutes
            97140 | Manual Therapy | 12
            INTERVENTIONS
            Maitland central PA mobilizations L4 and L5, grade III then IV, 3 bouts of 30 seconds each level; grade IV R unilateral PA at L5.
            ASSESSMENT
            L4-L5 hypomobile with R-sided low back pain on bending; he can&#8217;t bend to tie his boots for his shift at the chemical plant.
            RESULTS
            Fingertip to floor | 28 cm before, 19 cm after
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // MOVHIE C-CDA with "☒ Individual (1:1)"; PNF resisted gait (pelvic resistance forward, sideways and backward, rhythmic initiation of the first step, approximation in stance); start hesitation and freezing with poor timing and sequencing in Parkinson's; freezing episodes and TUG; 22 min matches: passes.
        ["v3-h103-movhie-pnf-resisted-gait-rhythmic-initiation"] = new(
            """
            PROGRESS NOTE
            Little Kanawha Physical Therapy - Elizabeth, WV
            Patient: Amos, Junior   DOB: 06/30/1946   Date of Service: 03/04/2026
            Author: Dana Cottrill, PT
            TREATMENT DELIVERY
            ☒ Individual (1:1)   ☐ Group   ☐ Concurrent
            INTERVENTIONS
            97112 Neuromuscular Re-education - 22 min
            PNF resisted gait: resistance at the pelvis forward, sideways and backward; rhythmic initiation to start his first step; approximation through the pelvis in L stance.
            ASSESSMENT
            Parkinson's disease with start hesitation and freezing at doorways; poor timing and sequencing of the first step.
            RESULTS
            Freezing episodes on the hall course | 2 (6 on 02/18/2026)
            TUG | 13.8 sec
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // MOVHIE C-CDA with "☒ Individual (1:1)"; PWR! Moves in standing (PWR! Up, Rock, Twist and Step, then stepping to floor targets with a reach) with target counts and Mini-BESTest; ASSESSMENT "Patient motivated and engaged. Continue per plan." - no deficit or system targeted anywhere (the Parkinson's is only on the claim): deficit missing.
        ["v3-h103-movhie-pwr-moves-with-no-deficit"] = new(
            """
            PROGRESS NOTE
            Belpre River Rehab - Belpre, Ohio
            Patient: Westbrook, Carla   DOB: 09/14/1953   Date of Service: 03/04/2026
            Author: Megan Schramm, PT, DPT
            TREATMENT DELIVERY
            ☒ Individual (1:1)   ☐ Group   ☐ Concurrent
            INTERVENTIONS
            97112 Neuromuscular Re-education | 23 minutes
            PWR! Moves in standing: PWR! Up, PWR! Rock, PWR! Twist and PWR! Step, then PWR! Step to targets on the floor with a reach.
            RESULTS
            PWR! Step to targets | 14 of 16 on target
            Mini-BESTest | 20/28
            ASSESSMENT
            Patient motivated and engaged. Continue per plan.
            """,
            ["G20.A1"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // MCT DocumentReference: "One-on-one w/ Celeste, no one else treated during the block"; Redcord Neurac slings (bridging with the pelvic belt, rope vibration perturbations, side-lying abduction, split stance); lumbopelvic motor control with delayed glute med recruitment after a fusion; Y-balance reach and Trendelenburg steps; 24 min matches: passes.
        ["v3-h103-mct-redcord-neurac-slings"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-fhp-0304-0655","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Pettway, Lamar"},"author":[{"display":"Celeste Boudreaux, PT, DPT"}],"content":[{"attachment":{"contentType":"text/plain","data":"97112 neuro re-ed - 24 min\nOne-on-one w/ Celeste, no one else treated during the block.\nRedcord Neurac: supine bridging in the slings w/ the pelvic belt, rope vibration perturbations, side-lying hip abduction in the slings, then standing split stance w/ the sling at the pelvis.\nPoor lumbopelvic motor control w/ delayed glute med recruitment on the R since the lumbar fusion; R hip drops in stance.\nY-balance anterior reach R 58 cm, L 66 cm; Trendelenburg R on 4 of 5 steps (5 of 5 on 2/11)."}}]}
            """,
            ["Z98.1", "M62.81"], [PT("97112", 24)], []),

        // MCT DocumentReference: "One-on-one, just Iona and me in the Daphne gym"; Tai Chi for Arthritis (the basic movements with weight shifts, the stepping forms, the closing form eyes closed); knee OA with slow postural control and reduced knee proprioception; "She says the knees feel looser" - no score, count or number but the code and its minutes (no ids or dates with digits): measure missing.
        ["v3-h103-mct-tai-chi-for-arthritis-with-no-number"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-daphne-tca-ledbetter","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Ledbetter, Iona"},"author":[{"display":"Hannah Pruitt, PT"}],"content":[{"attachment":{"contentType":"text/plain","data":"97112 neuro re-ed - 22 min\nOne-on-one, just Iona and me in the Daphne gym.\nTai Chi for Arthritis: the basic movements with slow weight shifts to the edge of her base, the stepping forms forward and back, then the closing form with eyes closed at the counter.\nKnee OA both sides with slow postural control and reduced proprioception in the knees; she freezes and grabs when she shifts onto the R.\nShe says the knees feel looser and she is not as scared to step back."}}]}
            """,
            ["M17.0"], [PT("97112", 22)], [At(Measure, "97112")]),

        // MCT DocumentReference as an XHTML div, 97116: rhythmic auditory stimulation gait training with the metronome at 96 then 104 bpm in the hall and the parking lot; short shuffling steps and festination with Parkinson's; gait speed and distance with SBA; 22 min matches: passes.
        ["v3-h103-mct-rhythmic-auditory-stimulation-97116"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-fhp-0304-0702","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Fairley, Walton"},"author":[{"display":"Celeste Boudreaux, PT, DPT"}],"text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p><b>97116 Gait training</b> - 22 min</p><p>Rhythmic auditory stimulation gait training with the metronome at 96 then 104 bpm, walking the Fairhope clinic hall and the parking lot, cues for a big heel strike and arm swing.</p><p>Parkinson's disease: short shuffling steps, festination on the turns, reduced arm swing.</p><p>Gait speed 0.84 m/s (0.71 on 2/11); 600 ft with SBA, no device.</p></div>"}}
            """,
            ["G20.A1"], [PT("97116", 22)], []),

        // MCT OT DocumentReference, 97530: the CO-OP approach (Goal-Plan-Do-Check) for a pimento cheese sandwich and loading the dishwasher; R hemiparesis with motor-planning trouble (apraxia); cues, items and SBA; 25 min matches: passes.
        ["v3-h103-mct-ot-co-op-approach-97530"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-fly-0304-0815","status":"current","type":{"text":"OT daily note"},"subject":{"display":"Cauthen, Bernice"},"author":[{"display":"Jolene Tran, OTR/L"}],"content":[{"attachment":{"contentType":"text/plain","data":"97530 therapeutic activities - 25 min\nCO-OP approach (Goal-Plan-Do-Check): her goal was making a pimento cheese sandwich and loading the dishwasher; she made the plan, did it, then checked it with me.\nR hemiparesis after the L MCA stroke w/ motor planning trouble (apraxia): she gets the steps out of order and drops things from the R hand.\nSandwich made start to finish w/ 2 verbal cues (5 last week); dishwasher loaded 12 items, SBA for standing balance."}}]}
            """,
            ["I69.351"], [OT("97530", 25)], []),

        // MCT DocumentReference, 97140: muscle energy technique for a R anterior innominate (3 contractions of 5 sec, 3 rounds) and STM to the QL and glute med; R SI joint pain climbing into the bay boat; standing flexion test and ASIS levels before and after; 10 min matches: passes.
        ["v3-h103-mct-muscle-energy-technique-97140"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-dph-0304-0921","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Hadley, Curtis"},"author":[{"display":"Hannah Pruitt, PT"}],"content":[{"attachment":{"contentType":"text/plain","data":"97140 manual therapy - 10 min\nMuscle energy technique for the R anterior innominate: 3 contractions of 5 sec, 3 rounds; STM to the R QL and glute med.\nR SI joint pain w/ the R innominate rotated anterior; pain getting out of the car and climbing into the bay boat.\nStanding flexion test positive R before, negative after; ASIS levels even after."}}]}
            """,
            ["M53.3"], [PT("97140", 10)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // BDN MDM: "1:1, this PT and pt only for the full NMR time"; carpet square, foam and gravel tray eyes open and closed, stepping between surfaces, reactive steps; says his feet "don't know where the floor is" on the ice of his driveway, with monofilament and vibration absent and impaired ankle proprioception; mCTSIB and surface changes; 23 min matches: passes.
        ["v4-h103-bdn-feet-dont-know-where-the-floor-is"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304090512||MDM^T02^MDM_T02|BDN260304-0277|P|2.5.1
            PID|1||E774120^^^BDNRMC^MR||BEAUDOIN^RAY^L||19470621|M
            TXA|1|PN^Progress Note^L|TX|20260304080000|1881^HEIKKINEN^KAISA^^^^PT||||||BDN-DOC-77098||||||AU
            OBX|1|TX|PTDAILY^PT Daily Treatment Note^L||97112 NMR - 23 min\.br\1:1, this PT and pt only for the full NMR time.\.br\Standing on the carpet square, the foam and the gravel tray in turn w/ eyes open then closed; stepping from one surface to the next w/o looking down; reactive steps to pushes.\.br\Retired from the paper mill. Says his feet "don't know where the floor is" on the ice of his driveway: monofilament absent at 6 of 10 sites both feet, vibration absent at the great toes, proprioception impaired at both ankles.\.br\mCTSIB foam EC 8 sec; 5 of 8 surface changes w/o a misstep.||||||F
            """,
            ["E11.42", "Z91.81"], [PT("97112", 23)], []),

        // BDN ORU, 97530: step-downs from a 10-inch box set up like his trailer deck and a gas can carried across the gravel tray and up the garage steps; "L knee buckles when he steps down off the snowmobile trailer and the back step - L quad weakness and poor eccentric control"; counts, load, distance and assist; 24 min matches: passes.
        ["v4-h103-bdn-knee-buckles-off-the-snowmobile-trailer-97530"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304130418||ORU^R01^ORU_R01|BDN260304-0640|P|2.5.1
            PID|1||E331502^^^BDNRMC^MR||NELSON^KARL^G||19530909|M
            OBR|1||BDN-TX-88377|PTTX^PT Treatment Session^L|||20260304120000
            OBX|1|TX|PTTX-NOTE^Note^L|1|97530 THER ACT - 24 min||||||F
            OBX|2|TX|PTTX-NOTE^Note^L|2|Step-downs from a 10-inch box set up like his trailer deck, leading w/ the R, then carrying a 10-lb gas can across the gravel tray and up the 2 garage steps.||||||F
            OBX|3|TX|PTTX-NOTE^Note^L|3|L knee buckles when he steps down off the snowmobile trailer and the back step - L quad weakness and poor eccentric control after the L TKA (12/2025).||||||F
            OBX|4|TX|PTTX-NOTE^Note^L|4|Step-downs 8 of 10 w/o buckling, CGA; gas can carried 40 ft x3 w/ SBA.||||||F
            """,
            ["Z96.652", "Z47.1"], [PT("97530", 24)], []),

        // BDN MDM discharge: "One-on-one w/ Rachel for the NMR, no other pts"; Airex perturbations, tandem with head turns, SLS eyes closed, hurdles with serial 7s; "A: No neuromuscular impairments identified today; pt at goal, d/c to HEP" with Berg, SLS and FGA; no deficit or system targeted: deficit missing.
        ["v4-h103-bdn-no-neuromuscular-impairments-identified"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304145730||MDM^T02^MDM_T02|BDN260304-0790|P|2.5.1
            PID|1||E208861^^^BDNRMC^MR||PELKIE^ARLENE^D||19480415|F
            TXA|1|PN^Discharge Note^L|TX|20260304134500|2207^OSTROWSKI^RACHEL^^^^PT||||||BDN-DOC-77451||||||AU
            OBX|1|TX|PTDAILY^PT Daily Treatment Note^L||97112 NMR - 22 min\.br\One-on-one w/ Rachel for the NMR, no other pts.\.br\Perturbations on the Airex, tandem walk w/ head turns, SLS eyes closed, stepping over hurdles while counting back by 7s.\.br\A: No neuromuscular impairments identified today; pt at goal, d/c to HEP.\.br\Berg 54/56; SLS 30 sec each side; FGA 28/30.||||||F
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // MOVHIE C-CDA, OT 97530 in a "CPT | Description | Minutes" row: washing a stack of plates standing at the clinic sink, carrying stacks to the cupboard, reaching the top shelf; "Can&#8217;t stand at the church-kitchen sink to wash the dinner dishes without leaning her belly on the counter: trunk extensor and hip weakness"; plates, rests, distance and SBA; 23 matches: passes.
        ["v4-h103-movhie-belly-on-the-church-kitchen-sink-97530"] = new(
            """
            PROGRESS NOTE
            Belpre River Rehab - Belpre, Ohio
            Patient: Cunningham, Ruth   DOB: 12/12/1944   Date of Service: 03/04/2026
            Author: Tara Lemasters, OTR/L
            PROCEDURES
            CPT | Description | Minutes
            97530 | Therapeutic Activities | 23
            INTERVENTIONS
            Standing at the clinic sink to wash a stack of dinner plates, carrying the stacks to the cupboard, reaching the top shelf for the serving bowls.
            ASSESSMENT
            Can&#8217;t stand at the church-kitchen sink to wash the dinner dishes without leaning her belly on the counter: trunk extensor and hip weakness, she fatigues in standing.
            RESULTS
            Plates washed standing | 20 with 1 seated rest
            Stack of 6 plates carried 30 ft | SBA
            """,
            ["M62.81", "M48.061"], [OT("97530", 23)], []),

        // MOVHIE C-CDA: "Individual treatment, one-on-one, no other patients seen during this time"; rocker board, BOSU perturbations, foam-to-floor stepping with a catch; "He loses his footing stepping from the sternwheeler&#8217;s deck onto the landing at Blennerhassett Island when the boat moves: R ankle strategy absent and R ankle proprioception poor"; SLS and rocker seconds; 22 minutes matches: passes.
        ["v4-h103-movhie-sternwheeler-deckhand-loses-his-footing"] = new(
            """
            PROGRESS NOTE
            Little Kanawha Physical Therapy - Emerson Avenue, Parkersburg, WV
            Patient: Pifer, Ron   DOB: 05/19/1961   Date of Service: 03/04/2026
            Author: Dana Cottrill, PT
            INTERVENTIONS
            97112 Neuromuscular Re-education | 22 minutes
            Individual treatment, one-on-one, no other patients seen during this time.
            Rocker board M/L eyes closed; perturbations on the BOSU; stepping from the foam onto the firm floor and back while catching a ball.
            ASSESSMENT
            He loses his footing stepping from the sternwheeler&#8217;s deck onto the landing at Blennerhassett Island when the boat moves: R ankle strategy absent and R ankle proprioception poor after the R ankle ORIF.
            RESULTS
            SLS on foam | R 6 sec, L 24 sec
            Rocker board M/L | 11 sec without edge touch
            """,
            ["S82.891D"], [PT("97112", 22)], []),

        // MOVHIE C-CDA, PTA 97116: cane gait on tile, the ramp, a curb and stairs; "Gait deviations: none observed. Impairments: none identified." with distance, stairs and modified independence; no region, impairment or goal targeted: deficit missing.
        ["v4-h103-movhie-impairments-none-identified-97116"] = new(
            """
            PROGRESS NOTE
            Little Kanawha Physical Therapy - Elizabeth, WV
            Patient: McKinley, Ray   DOB: 03/08/1948   Date of Service: 03/04/2026
            Author: Wes Hupp, PTA
            INTERVENTIONS
            97116 Gait Training | 20 minutes
            Gait training with the single-point cane on the clinic tile, the ramp, the curb at the lot and the 12 stairs with a rail.
            OBJECTIVE
            Gait deviations: none observed. Impairments: none identified.
            1,000 ft with cane, modified independent; stairs reciprocal, modified independent.
            PLAN OF TREATMENT
            Discharge to home program next visit.
            """,
            ["Z96.641"], [PTA("97116", 20)], [At(Deficit, "97116")]),

        // MCT PTA DocumentReference, 97116: gait with a new AFO and a quad cane over the carpet runner, tile and a threshold strip; "She catches her R toe where the living-room carpet meets the kitchen tile: R foot drop, decreased R hip and knee flexion in swing"; distance with SBA and threshold crossings; 21 min matches: passes.
        ["v4-h103-mct-toe-catches-where-the-carpet-meets-the-tile-97116"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-dph-0304-0433","status":"current","type":{"text":"PTA daily note"},"subject":{"display":"Rushing, Velma"},"author":[{"display":"Marcus Thibodeaux, PTA"}],"content":[{"attachment":{"contentType":"text/plain","data":"97116 gait training - 21 min\nGait training w/ her new R AFO and the quad cane: the clinic hall, the carpet runner and the tile, the threshold strip, cues for R hip and knee flexion in swing.\nShe catches her R toe where the living-room carpet meets the kitchen tile: R foot drop, decreased R hip and knee flexion in swing after the L stroke.\n450 ft w/ quad cane SBA; 10 of 10 threshold crossings w/o a toe catch (6 of 10 on 2/18)."}}]}
            """,
            ["I69.351", "M21.371"], [PTA("97116", 21)], []),

        // MCT XHTML div: "one-on-one with Celeste, no other patient in the block"; gaze stabilisation against a busy background on foam, head-turn walking on the boardwalk in the breeze, foam stance eyes closed; "She veers to the L on the Fairhope pier boards when the wind gusts and when she turns to look at the pelicans: L vestibular hypofunction"; DGI and FGA; 23 min matches: passes.
        ["v4-h103-mct-veers-on-the-pier-when-the-wind-gusts"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-fhp-0304-0290","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Comeaux, Adele"},"author":[{"display":"Celeste Boudreaux, PT, DPT"}],"text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p><b>97112</b> neuromuscular re-education, 23 min; one-on-one with Celeste, no other patient in the block.</p><ul><li>gaze stabilization against a busy background, standing on foam</li><li>walking with head turns outside on the boardwalk in the breeze, stops and turns on cue</li><li>standing feet together on foam, eyes closed</li></ul><p>She veers to the L on the Fairhope pier boards when the wind gusts and when she turns to look at the pelicans: L vestibular hypofunction after the neuritis in December.</p><p>DGI 16/24; FGA 19/30.</p></div>"}}
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // MCT DocumentReference with labelled lines: "One-on-one, Hannah with pt only"; reactive stepping, tandem on foam, SLS with a ball toss; "Impairment/system: N/A"; pushes, tandem steps and SLS seconds; no deficit or system targeted anywhere: deficit missing.
        ["v4-h103-mct-impairment-system-n-a"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-dph-0304-0514","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Bolton, Faye"},"author":[{"display":"Hannah Pruitt, PT"}],"content":[{"attachment":{"contentType":"text/plain","data":"97112 neuro re-ed - 22 min\nOne-on-one, Hannah with pt only.\nTechniques: reactive stepping to pushes at the hips, tandem walk on foam, SLS w/ ball toss.\nImpairment/system: N/A\nMeasures: 7 of 10 pushes w/ one step; tandem on foam 9 steps; SLS R 14 sec, L 11 sec."}}]}
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // BDN MDM with labels kept as \F\ escapes ("Tx \F\", "Problem \F\", "Measures \F\"): "1:1 w/ Kaisa the whole time"; physioball reaches outside his base, rhythmic stabilisation at the trunk, kneeling reaches to a bucket; "truncal ataxia after the cerebellar bleed: his trunk sways and he widens his base when he reaches for the tackle box on the ice"; Trunk Impairment Scale and reaches; 23 min matches: passes.
        ["v4-h103-bdn-trunk-sways-reaching-for-the-tackle-box"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304152206||MDM^T02^MDM_T02|BDN260304-0842|P|2.5.1
            PID|1||E640073^^^BDNRMC^MR||HEIKKILA^SULO^W||19500117|M
            TXA|1|PN^Progress Note^L|TX|20260304140000|1881^HEIKKINEN^KAISA^^^^PT||||||BDN-DOC-77466||||||AU
            OBX|1|TX|PTDAILY^PT Daily Treatment Note^L||97112 NMR 23 min\.br\1:1 w/ Kaisa the whole time\.br\Tx \F\ sitting on the physioball w/ reaches outside his base, rhythmic stabilization at the trunk, then kneeling on the mat reaching down to a bucket the way he does at his ice shanty\.br\Problem \F\ truncal ataxia after the cerebellar bleed: his trunk sways and he widens his base when he reaches for the tackle box on the ice of Little Bay de Noc\.br\Measures \F\ Trunk Impairment Scale 14/23; seated reaches 8 of 10 targets w/o a hand down||||||F
            """,
            ["I69.193"], [PT("97112", 23)], []),

        // MOVHIE C-CDA with "☒ Individual (1:1)"; Airex perturbations, tandem on the foam beam with head turns, hurdles with a dual task; Berg and hurdles; the ASSESSMENT section kept only a left-in Bold mark and "Patient progressing." - no deficit or system targeted: deficit missing.
        ["v4-h103-movhie-assessment-kept-only-progressing"] = new(
            """
            PROGRESS NOTE
            Belpre River Rehab - Belpre, Ohio
            Patient: Wigal, Lucille   DOB: 08/03/1946   Date of Service: 03/04/2026
            Author: Joe Kincaid, PT
            TREATMENT DELIVERY
            ☒ Individual (1:1)   ☐ Group   ☐ Concurrent
            INTERVENTIONS
            97112 Neuromuscular Re-education | 21 minutes
            Perturbation training on the Airex; tandem walking on the foam beam with head turns; stepping over the 6-inch hurdles with a dual task.
            RESULTS
            Berg Balance Scale | 49/56
            Hurdles | 9 of 10 clean
            ASSESSMENT
            <content styleCode="Bold">Assessment:</content>
            Patient progressing.
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // MCT DocumentReference, 97140: posterior glides grade III, a sleeper stretch by the therapist and STM to the infraspinatus and teres minor; "She can't reach back for the seatbelt: R shoulder IR and extension limited, posterior capsule tight"; IR degrees before and after and hand behind back; 12 min matches: passes.
        ["v4-h103-mct-seatbelt-out-of-reach-97140"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-fly-0304-0377","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Sessions, Margie"},"author":[{"display":"Hannah Pruitt, PT"}],"content":[{"attachment":{"contentType":"text/plain","data":"97140 manual therapy - 12 min\nR glenohumeral posterior glides grade III 3x30 sec, sleeper stretch by the therapist 3x30 sec, STM to the infraspinatus and teres minor.\nShe can't reach back for the seatbelt: R shoulder IR and extension limited, posterior capsule tight after the proximal humerus fracture.\nIR at 90 deg abduction 30 -> 42 deg after; hand behind back to L5 (sacrum on 2/11)."}}]}
            """,
            ["M25.611", "S42.201D"], [PT("97140", 12)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // BDN ORU whose only measure is Berg sent as an NM OBX ("BERG^Berg Balance Scale^L||44|{score}^score^UCUM|0-56"); "1:1 throughout, nobody else on the schedule"; tandem and backward walking on the foam path, reactive steps, rocker-board reaches; slow stepping with a hip strategy only after a hip fracture; 23 min matches: passes.
        ["v5-h103-bdn-berg-as-an-nm-obx"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304094850||ORU^R01^ORU_R01|BDN260304-0352|P|2.5.1
            PID|1||E587214^^^BDNRMC^MR||LAFAVE^EILEEN^R||19430920|F
            OBR|1||BDN-TX-88177|PTTX^PT Treatment Session^L|||20260304084500
            OBX|1|TX|PTTX-NOTE^Note^L|1|97112 NMR 23 min - 1:1 throughout, nobody else on the schedule.||||||F
            OBX|2|TX|PTTX-NOTE^Note^L|2|Tandem and backward walking on the foam path, reactive steps to pushes at the pelvis, reaching outside her base on the rocker board.||||||F
            OBX|3|TX|PTTX-NOTE^Note^L|3|Postural control after the L hip fx: slow stepping reaction, she uses a hip strategy only.||||||F
            OBX|4|NM|BERG^Berg Balance Scale^L||44|{score}^score^UCUM|0-56|||||F
            """,
            ["S72.002D"], [PT("97112", 23)], []),

        // BDN ORU whose only measure is a TUG sent as a structured-numeric OBX ("TUG^Timed Up and Go^L||^13.4|s^seconds^UCUM"); "NMR 1:1, PT and pt only"; perturbation training, cone stepping with head turns, sit-to-stand onto foam eyes closed; retropulsion and slow postural reactions with Parkinson's; 24 min matches: passes.
        ["v5-h103-bdn-tug-as-a-structured-numeric-obx"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304111502||ORU^R01^ORU_R01|BDN260304-0573|P|2.5.1
            PID|1||E419903^^^BDNRMC^MR||GAGNON^HAROLD^E||19450601|M
            OBR|1||BDN-TX-88268|PTTX^PT Treatment Session^L|||20260304100000
            OBX|1|TX|PTTX-NOTE^Note^L|1|97112 NMR 24 min, NMR 1:1, PT and pt only.||||||F
            OBX|2|TX|PTTX-NOTE^Note^L|2|Perturbation training in standing fwd and back, stepping over the cones w/ head turns, sit-to-stand onto foam w/ eyes closed.||||||F
            OBX|3|TX|PTTX-NOTE^Note^L|3|Retropulsion and slow postural reactions w/ Parkinson's disease; he backs into the recliner instead of stepping.||||||F
            OBX|4|SN|TUG^Timed Up and Go^L||^13.4|s^seconds^UCUM|||||F
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // BDN MDM with \T\ for & inside the counts ("Recovered fwd \T\ back 7 of 10, lateral 4 of 10 w/ one step"); "1:1 w/ this PT for all NMR time, no concurrent pts"; perturbations firm then foam, stepping strategy drill, tandem with head turns; delayed stepping strategy after a fall at deer camp; 24 min matches: passes.
        ["v5-h103-bdn-perturbation-counts-around-an-escaped-ampersand"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304100244||MDM^T02^MDM_T02|BDN260304-0398|P|2.5.1
            PID|1||E552618^^^BDNRMC^MR||DEHLIN^ORVILLE^K||19490208|M
            TXA|1|PN^Progress Note^L|TX|20260304090000|2207^OSTROWSKI^RACHEL^^^^PT||||||BDN-DOC-77115||||||AU
            OBX|1|TX|PTDAILY^PT Daily Treatment Note^L||97112 NMR - 24 min\.br\1:1 w/ this PT for all NMR time, no concurrent pts.\.br\Perturbations fwd \T\ back, then lateral, standing on firm then foam; stepping strategy drill; tandem walk w/ head turns.\.br\Delayed stepping strategy \T\ poor postural control since the fall at deer camp near Rapid River in Nov.\.br\Recovered fwd \T\ back 7 of 10, lateral 4 of 10 w/ one step.||||||F
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // MOVHIE C-CDA whose only measure is a "Test | Score | Max" row ("Berg Balance Scale | 45 | 56"); "Individual session, one-on-one with the therapist throughout"; rocker board, foam stance with catches, perturbations; proprioception and postural control after an ankle fracture; 22 minutes matches: passes.
        ["v5-h103-movhie-test-score-max-row"] = new(
            """
            PROGRESS NOTE
            Belpre River Rehab - Belpre, Ohio
            Patient: Modesitt, Joan   DOB: 06/06/1952   Date of Service: 03/04/2026
            Author: Megan Schramm, PT, DPT
            INTERVENTIONS
            97112 Neuromuscular Re-education | 22 minutes
            Individual session, one-on-one with the therapist throughout.
            Rocker board A/P and M/L; foam stance catching a ball to either side; perturbations at the pelvis in tandem.
            ASSESSMENT
            Proprioception and postural control reduced after the L ankle fracture; she loses her balance to the L on soft ground.
            RESULTS
            Test | Score | Max
            Berg Balance Scale | 45 | 56
            """,
            ["S82.892D"], [PT("97112", 22)], []),

        // MOVHIE C-CDA whose only measure sits inside a Bold mark the flattener left in ("<content styleCode="Bold">TUG:</content> 12.6 sec with the SPC"); "One-on-one, therapist and patient only"; weight shift onto the L with taps, stepping strategy to pushes, head-turn walking; L hemiparesis with slow postural reactions; 23 minutes matches: passes.
        ["v5-h103-movhie-tug-inside-a-left-in-content-mark"] = new(
            """
            PROGRESS NOTE
            Little Kanawha Physical Therapy - Emerson Avenue, Parkersburg, WV
            Patient: Cain, Elwood   DOB: 09/27/1950   Date of Service: 03/04/2026
            Author: Dana Cottrill, PT
            INTERVENTIONS
            97112 Neuromuscular Re-education | 23 minutes
            One-on-one, therapist and patient only.
            Weight shift onto the L in stance with taps to targets; stepping strategy practice to pushes from the R; walking with head turns.
            ASSESSMENT
            L hemiparesis after the R stroke with slow postural reactions to the L.
            OBJECTIVE
            <content styleCode="Bold">TUG:</content> 12.6 sec with the SPC
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // MCT DocumentReference plus an Observation whose only measure is the Four Square Step Test as a valueQuantity (15.8 s); "1:1, only pt I had in that slot"; stepping over a cane grid, quick steps to called directions, steps to targets with a reach; slow, inaccurate stepping after a hip replacement; 22 min matches: passes.
        ["v5-h103-mct-four-square-step-test-as-a-value-quantity"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-gsh-0304-0291","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Tarver, Lorene"},"author":[{"display":"Celeste Boudreaux, PT, DPT"}],"content":[{"attachment":{"contentType":"text/plain","data":"97112 neuro re-ed - 22 min\n1:1, only pt I had in that slot.\nMultidirectional stepping over the cane grid, quick steps to called directions, stepping to targets w/ a reach.\nSlow, inaccurate stepping and poor postural control after her R hip replacement; she hesitates and steps on the canes."}}]}
            {"resourceType":"Observation","id":"obs-mct-gsh-0304-0291","status":"final","code":{"text":"Four Square Step Test"},"valueQuantity":{"value":15.8,"unit":"s","system":"http://unitsofmeasure.org","code":"s"}}
            """,
            ["Z96.641"], [PT("97112", 22)], []),

        // MCT XHTML div plus an Observation whose only measure is the FGA as a valueInteger (19, reference high 30); "One-on-one the whole block"; head-turn walking, eyes-closed walking along the wall, backward walking over a shoebox; R vestibular hypofunction; 24 min matches: passes.
        ["v5-h103-mct-fga-as-a-value-integer"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-fhp-0304-0188","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Guidry, Armand"},"author":[{"display":"Celeste Boudreaux, PT, DPT"}],"text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p><b>97112</b> neuro re-ed 24 min</p><p>One-on-one the whole block.</p><ul><li>walking with horizontal and vertical head turns</li><li>walking with eyes closed along the wall</li><li>backward walking and stepping over the shoebox</li></ul><p>R vestibular hypofunction since the neuritis; he staggers with head movement and in the dark.</p></div>"}}
            {"resourceType":"Observation","id":"obs-mct-fhp-0304-0188","status":"final","code":{"text":"Functional Gait Assessment"},"valueInteger":19,"referenceRange":[{"high":{"value":30}}]}
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // BDN note as OBX-5 alone: "One-on-one, Kaisa with pt only for the NMR"; foam eyes closed, stepping onto a slick mat with ice grippers, reactive steps; slow stepping and poor postural control on slippery surfaces since a fall; "Says she's steadier on the ice this week, no falls, husband agrees." - no number but the code and its minutes: measure missing.
        ["v5-h103-bdn-steadier-on-the-ice-this-week"] = new(
            """
            97112 NMR 22 min\.br\One-on-one, Kaisa with pt only for the NMR.\.br\Standing on the foam w/ eyes closed, stepping onto the slick mat w/ her ice grippers on, reactive steps to pushes at the hips.\.br\Slow stepping reaction and poor postural control on slippery surfaces since her fall on the church steps; she stiffens instead of stepping.\.br\Says she's steadier on the ice this week, no falls, husband agrees.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // MOVHIE C-CDA with "☒ Individual (one-on-one)"; foam perturbations, stepping strategy to pushes, head-turn walking; slow stepping after a hip fracture; RESULTS "No results recorded for this encounter." and "Patient reports improved balance at home." - no number but the code and its minutes (no date of birth or service): measure missing.
        ["v5-h103-movhie-no-results-recorded"] = new(
            """
            PROGRESS NOTE
            Belpre River Rehab - Belpre, Ohio
            Patient: Lockhart, Mavis
            Author: Megan Schramm, PT, DPT
            TREATMENT DELIVERY
            ☒ Individual (one-on-one)   ☐ Group   ☐ Concurrent
            INTERVENTIONS
            97112 Neuromuscular Re-education | 23 minutes
            Perturbations on the foam; stepping strategy practice to pushes; walking with head turns and quick stops.
            ASSESSMENT
            Slow stepping reactions and poor postural control after her L hip fracture; she grabs for the wall instead of stepping.
            RESULTS
            No results recorded for this encounter.
            Patient reports improved balance at home.
            """,
            ["S72.002D"], [PT("97112", 23)], [At(Measure, "97112")]),

        // MCT PTA DocumentReference, 97116: walker then cane in the Foley hall and on the sidewalk with cues; short L step and a shuffle after a hip replacement; "Walked farther than last time, less shuffle." - no distance, assist or number but the code and its minutes (no ids or dates with digits): measure missing.
        ["v5-h103-mct-walked-farther-than-last-time-97116"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-foley-gt-tillman","status":"current","type":{"text":"PTA daily note"},"subject":{"display":"Tillman, Gus"},"author":[{"display":"Marcus Thibodeaux, PTA"}],"content":[{"attachment":{"contentType":"text/plain","data":"97116 gait training - 22 min\nGait training w/ the rolling walker then the cane in the Foley clinic hall and out on the sidewalk, cues for a longer L step and heel strike.\nShort L step and a shuffle since the R hip replacement, he drags the L toe when he tires.\nWalked farther than last time, less shuffle."}}]}
            """,
            ["Z96.641"], [PTA("97116", 22)], [At(Measure, "97116")]),

        // MCT PTA DocumentReference for 97110 plus an "Exercise flowsheet" Observation whose valueString carries the doses (leg press 3x12 @ 70 lb, step-ups, side-lying abduction, sit-to-stands); L quad and hip abductor weakness after a knee replacement; 19 min matches: passes.
        ["v5-h103-mct-flowsheet-value-string-97110"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-dph-0304-0410","status":"current","type":{"text":"PTA daily note"},"subject":{"display":"Holloway, Dot"},"author":[{"display":"Marcus Thibodeaux, PTA"}],"content":[{"attachment":{"contentType":"text/plain","data":"97110 therapeutic exercise - 19 min\nL quad and hip abductor weakness after the L TKA; she can't rise from the porch swing without a push.\nExercises per the flowsheet Observation."}}]}
            {"resourceType":"Observation","id":"obs-mct-dph-0304-0410","status":"final","code":{"text":"Exercise flowsheet"},"valueString":"leg press 3x12 @ 70 lb; step-ups 6 in box 3x10 L; sidelying hip abduction 2 lb 3x12; sit-to-stand from the low chair 3x8"}
            """,
            ["Z96.652"], [PTA("97110", 19)], []),

        // MOVHIE C-CDA, 97530 in a "CPT | Description | Minutes" row: stand-pivot, toilet and car transfers; R hemiparesis with poor sitting and standing balance and a R knee that gives way; counts with minimal assist, CGA, SBA and mod A; 24 matches: passes.
        ["v5-h103-movhie-assistance-levels-97530"] = new(
            """
            PROGRESS NOTE
            Little Kanawha Physical Therapy - Emerson Avenue, Parkersburg, WV
            Patient: Stalnaker, Homer   DOB: 04/14/1947   Date of Service: 03/04/2026
            Author: Dana Cottrill, PT
            PROCEDURES
            CPT | Description | Minutes
            97530 | Therapeutic Activities | 24
            INTERVENTIONS
            Stand-pivot transfers bed to wheelchair and back; toilet transfers with the grab bar; getting into the passenger seat of his daughter&#8217;s car.
            ASSESSMENT
            R hemiparesis after the L stroke with poor sitting and standing balance; the R knee gives way when he pivots.
            RESULTS
            Bed to wheelchair | x5, minimal assist on the first 2, then CGA
            Toilet transfer with grab bar | x3, SBA
            Car transfer | x2, mod A
            """,
            ["I69.351"], [PT("97530", 24)], []),

        // BDN MDM with \X0D\\X0A\ hex escapes: "1:1, no other pt treated while I was w/ him"; sensory reweighting (foam eyes open and closed, head turns on foam, the foam path in dim light); visual dependence after a concussion in a snowmobile crash; mCTSIB conditions 3 and 4 in seconds; 21 min matches: passes.
        ["v5-h103-bdn-mctsib-between-hex-escapes"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304160033||MDM^T02^MDM_T02|BDN260304-0897|P|2.5.1
            PID|1||E905517^^^BDNRMC^MR||DEGRAND^TRAVIS^M||19780330|M
            TXA|1|PN^Progress Note^L|TX|20260304150000|2207^OSTROWSKI^RACHEL^^^^PT||||||BDN-DOC-77480||||||AU
            OBX|1|TX|PTDAILY^PT Daily Treatment Note^L||97112 NMR - 21 min\X0D\\X0A\1:1, no other pt treated while I was w/ him\X0D\\X0A\Sensory reweighting: foam stance eyes open then closed, head turns on foam, walking the foam path in dim light\X0D\\X0A\Visual dependence w/ reduced somatosensory and vestibular use after the concussion in his snowmobile crash; he sways hard the moment the lights go down\X0D\\X0A\mCTSIB: cond 3 (foam EO) 30 sec, cond 4 (foam EC) 11 sec||||||F
            """,
            ["S06.0X0D"], [PT("97112", 21)], []),

        // ---------------------------------------------------------------- class 6: minutes in these interfaces' forms, true mismatches, truly missing separate time

        // BDN ORU with an NM OBX per code ("97112-MIN^Neuromuscular reeducation timed minutes^LOCAL||23|min" and "97110-MIN^Therapeutic exercise timed minutes^LOCAL||15|min"), both match; "NMR, 1:1 w/ Rachel"; rocker board, tandem perturbations and hurdles with perturbations and rocker seconds; side-lying abduction, bridges and step-ups with doses; postural control after a hip fracture and hip abductor weakness: passes.
        ["v6-h103-bdn-an-nm-minute-obx-per-code"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304120355||ORU^R01^ORU_R01|BDN260304-0612|P|2.5.1
            PID|1||E573881^^^BDNRMC^MR||LAPLANTE^ROSE^C||19460402|F
            OBR|1||BDN-TX-88355|PTTX^PT Treatment Session^L|||20260304104500
            OBX|1|NM|97112-MIN^Neuromuscular reeducation timed minutes^LOCAL||23|min^minutes^UCUM|||||F
            OBX|2|NM|97110-MIN^Therapeutic exercise timed minutes^LOCAL||15|min^minutes^UCUM|||||F
            OBX|3|TX|PTTX-NOTE^Note^L|1|NMR, 1:1 w/ Rachel: rocker board A/P eyes closed, perturbations at the pelvis in tandem, stepping over 6-inch hurdles w/ head turns.||||||F
            OBX|4|TX|PTTX-NOTE^Note^L|2|TE: sidelying hip abduction 3 lb 3x12 R, bridges 3x15, step-ups to a 6-inch step 2x10 R.||||||F
            OBX|5|TX|PTTX-NOTE^Note^L|3|Postural control and proprioception down after the R hip fx; R hip abductor and extensor weakness w/ a Trendelenburg on R stance.||||||F
            OBX|6|TX|PTTX-NOTE^Note^L|4|7 of 10 perturbations w/o a step; rocker A/P 15 sec.||||||F
            """,
            ["S72.001D"], [PT("97112", 23), PT("97110", 15)], []),

        // BDN MDM, one OBX-5 with the two codes' blocks between \.br\ escapes: "97112 NMR 22 min: 1:1 w/ Kaisa, no other pt ..." and "97140 MT 11 min: ...", both match; SLS on foam, perturbations and step-and-reach with SLS seconds and perturbations; talocrural glides by grade and STM with knee-to-wall; ankle proprioception and limited dorsiflexion after a sprain on the sauna steps: passes.
        ["v6-h103-bdn-code-blocks-between-br-escapes"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304115019||MDM^T02^MDM_T02|BDN260304-0601|P|2.5.1
            PID|1||E688340^^^BDNRMC^MR||LINDQVIST^KARIN^E||19580713|F
            TXA|1|PN^Progress Note^L|TX|20260304104500|1881^HEIKKINEN^KAISA^^^^PT||||||BDN-DOC-77427||||||AU
            OBX|1|TX|PTDAILY^PT Daily Treatment Note^L||97112 NMR 22 min: 1:1 w/ Kaisa, no other pt. SLS on foam w/ head turns, perturbations at the pelvis, step-and-reach to the cones. R ankle proprioception and postural control down after the sprain on the sauna steps. SLS foam R 7 sec / L 24 sec; 6 of 10 perturbations w/o a step.\.br\97140 MT 11 min: R talocrural A/P glides grade III 3x30 sec, STM to the peroneals. R DF limited; knee to wall R 6 cm / L 11 cm.||||||F
            """,
            ["S93.401D"], [PT("97112", 22), PT("97140", 11)], []),

        // BDN ORU, PTA, a clock range on each code's own line ("97116 Gait training 10:05-10:27" = 22, "97530 Ther activities 10:27-10:43" = 16), both match; walker to cane in the hall and lobby with distance and SBA; the car simulator and the reacher with counts and assist; short L step and a stiff R knee after a knee replacement: passes.
        ["v6-h103-bdn-clock-range-on-each-code-line"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304110911||ORU^R01^ORU_R01|BDN260304-0556|P|2.5.1
            PID|1||E371126^^^BDNRMC^MR||ROCHEFORT^GILBERT^N||19490527|M
            OBR|1||BDN-TX-88250|PTTX^PT Treatment Session^L|||20260304100000
            OBX|1|TX|PTTX-NOTE^Note^L|1|97116 Gait training 10:05-10:27: rolling walker to cane in the clinic hall and across the lobby, cues for R heel strike and a longer L step; 500 ft w/ cane SBA.||||||F
            OBX|2|TX|PTTX-NOTE^Note^L|2|97530 Ther activities 10:27-10:43: in and out of the car simulator 4x CGA, picking the newspaper up off the floor w/ and w/o the reacher 5x SBA.||||||F
            OBX|3|TX|PTTX-NOTE^Note^L|3|R TKA 1/27: short L step, R knee stiff in swing, R quad weak - he can't get out of his low car.||||||F
            OBX|4|TX|PTTX-NOTE^Note^L|4|T. Beauchamp PTA||||||F
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 22), PTA("97530", 16)], []),

        // BDN MDM whose OBX-5 carries the two codes as repetitions joined by ~ ("97112 NMR 24 min - ..." ~ "97140 MT 12 min - ..."), both match; "1:1 w/ Rachel for the NMR"; head relocation to a laser target, eyes-closed repositioning, gaze stabilisation with the trunk turning; cervicogenic dizziness with poor joint position sense; joint position error; C1-C2 SNAGs, suboccipital release and STM with rotation degrees: passes.
        ["v6-h103-bdn-codes-joined-by-repetitions"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304125247||MDM^T02^MDM_T02|BDN260304-0627|P|2.5.1
            PID|1||E290558^^^BDNRMC^MR||MARTINEAU^COLLEEN^J||19640310|F
            TXA|1|PN^Progress Note^L|TX|20260304113000|2207^OSTROWSKI^RACHEL^^^^PT||||||BDN-DOC-77433||||||AU
            OBX|1|TX|PTDAILY^PT Daily Treatment Note^L||97112 NMR 24 min - 1:1 w/ Rachel for the NMR. Cervical proprioceptive retraining: head relocation to the laser target, eyes-closed head repositioning, gaze stabilization w/ the trunk turning under a still head. Cervicogenic dizziness and poor cervical joint position sense since the rear-end collision in Jan. Joint position error 7 deg (11 deg on 2/11).~97140 MT 12 min - C1-C2 rotation SNAGs 3x6 each way, suboccipital release, STM to the upper traps for the stiff, limited L cervical rotation. Cervical rotation L 55 -> 68 deg after.||||||F
            """,
            ["S13.4XXD", "M54.2"], [PT("97112", 24), PT("97140", 12)], []),

        // BDN MDM with the field separator escaped inside the text ("CPT 97112 \F\ NMR \F\ 25 min" and "CPT 97110 \F\ TE \F\ 13 min"), both match; "One-on-one, Kaisa w/ pt only"; half kneel to stand with rhythmic stabilisation, reactive stepping on foam, quick stops and turns with Berg and stops; side-lying abduction, bridges and heel raises with doses; slow postural reactions and hip and calf weakness after a stroke: passes.
        ["v6-h103-bdn-escaped-field-separators"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304134015||MDM^T02^MDM_T02|BDN260304-0668|P|2.5.1
            PID|1||E803377^^^BDNRMC^MR||WICKMAN^ALMA^F||19440905|F
            TXA|1|PN^Progress Note^L|TX|20260304122000|1881^HEIKKINEN^KAISA^^^^PT||||||BDN-DOC-77440||||||AU
            OBX|1|TX|PTDAILY^PT Daily Treatment Note^L||CPT 97112 \F\ NMR \F\ 25 min\.br\One-on-one, Kaisa w/ pt only.\.br\Half kneel to stand w/ rhythmic stabilization, reactive stepping on the foam, walking the hall w/ quick stops and turns on cue.\.br\Slow postural reactions and poor motor control of the L leg after the R stroke.\.br\Berg 41/56; 5 of 10 stops w/o a step.\.br\CPT 97110 \F\ TE \F\ 13 min\.br\L hip abduction in sidelying 3x12, bridges 3x15, L heel raises 3x12 at the counter.\.br\L hip abductor and calf weakness.||||||F
            """,
            ["I69.354"], [PT("97112", 25), PT("97110", 13)], []),

        // MOVHIE C-CDA with a "CPT | Description | Minutes" table ("97112 | Neuromuscular Reeducation | 22", "97110 | Therapeutic Exercise | 14"), both match; one-on-one; Airex perturbations, tandem with head turns and a flood-wall stair model with Berg and perturbations; sit-to-stands, hip abduction and heel raises with doses; slow stepping and hip and calf weakness: passes.
        ["v6-h103-movhie-procedures-table-rows"] = new(
            """
            PROGRESS NOTE
            Little Kanawha Physical Therapy - Emerson Avenue, Parkersburg, WV
            Patient: Sheppard, Alma   DOB: 01/31/1944   Date of Service: 03/04/2026
            Author: Dana Cottrill, PT
            PROCEDURES
            CPT | Description | Minutes
            97112 | Neuromuscular Reeducation | 22
            97110 | Therapeutic Exercise | 14
            INTERVENTIONS
            Neuromuscular reeducation, one-on-one: perturbations on the Airex, tandem walking with head turns, stepping up the flood-wall stair model without the rail.
            Therapeutic exercise: sit-to-stand from a low chair 3x10, standing hip abduction 3 lb 3x12, heel raises 3x15.
            ASSESSMENT
            Slow stepping reactions and poor postural control; bilateral hip and calf weakness. She wants to walk the flood-wall stairs at Point Park again.
            RESULTS
            Berg Balance Scale | 42/56
            Perturbations | 6 of 10 without a step
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 14)], []),

        // MOVHIE C-CDA with a "CPT | Description | Start | Stop" table ("97530 ... 13:10 | 13:35" = 25, "97110 ... 13:35 | 13:48" = 13), both match; floor-to-stand through half kneel and a birdseed bag on the steps with counts, load and assist; bridges, clamshells and squats with doses; can't get up from the floor, hip extensor and abductor weakness: passes.
        ["v6-h103-movhie-start-and-stop-cells-per-code"] = new(
            """
            PROGRESS NOTE
            Belpre River Rehab - Belpre, Ohio
            Patient: Full, Dorothy   DOB: 10/19/1942   Date of Service: 03/04/2026
            Author: Joe Kincaid, PT
            PROCEDURES
            CPT | Description | Start | Stop
            97530 | Therapeutic Activities | 13:10 | 13:35
            97110 | Therapeutic Exercise | 13:35 | 13:48
            INTERVENTIONS
            Therapeutic activities: floor-to-stand through half kneel with the chair 4x CGA; carrying a 10 lb bag of birdseed across the gym and up 4 steps 3x SBA.
            Therapeutic exercise: bridges 3x15, clamshells green band 3x15, mini squats 3x10.
            ASSESSMENT
            Can&#8217;t get up from the floor after a fall; bilateral hip extensor and abductor weakness.
            """,
            ["M62.81", "Z91.81"], [PT("97530", 25), PT("97110", 13)], []),

        // MCT DocumentReference plus an Observation per code (CPT 97112 "Neuromuscular reeducation - timed minutes" valueQuantity 23 min, CPT 97116 18 min), both match; one-on-one; reactive steps, tandem on foam with head turns and SLS with FGA and pushes; quad-cane gait to the corner with distance and SBA; slow postural reactions, short step and foot drag after a stroke: passes.
        ["v6-h103-mct-an-observation-per-code"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-fhp-0304-0512","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Jernigan, Hoyt"},"author":[{"display":"Celeste Boudreaux, PT, DPT"}],"content":[{"attachment":{"contentType":"text/plain","data":"97112 neuro re-ed: one-on-one w/ Celeste; reactive steps to pushes, tandem on the foam path w/ head turns, SLS w/ ball toss. Slow postural reactions to the L after the R stroke. FGA 17/30; 6 of 10 pushes w/ one step.\n97116 gait: quad cane on the sidewalk to the corner and back, cues for L heel strike and a longer R step; short R step and L foot drag. 700 ft SBA."}}]}
            {"resourceType":"Observation","id":"obs-mct-fhp-0304-0512-a","status":"final","code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"97112"}],"text":"Neuromuscular reeducation - timed minutes"},"valueQuantity":{"value":23,"unit":"min","system":"http://unitsofmeasure.org","code":"min"}}
            {"resourceType":"Observation","id":"obs-mct-fhp-0304-0512-b","status":"final","code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"97116"}],"text":"Gait training - timed minutes"},"valueQuantity":{"value":18,"unit":"min","system":"http://unitsofmeasure.org","code":"min"}}
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 18)], []),

        // MCT DocumentReference with minutes in parentheses after each code ("97116 gait training (20 min)", "97530 therapeutic activities (18 min)"), both match; walker to cane on the sugar-sand path and the boardwalk ramp with distances and assist; a low beach chair, carrying it and stepping into a golf cart with counts and assist; hip abductor weakness after a hip replacement: passes.
        ["v6-h103-mct-minutes-in-parentheses-after-each-code"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-gsh-0304-0618","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Aucoin, Lavinia"},"author":[{"display":"Hannah Pruitt, PT"}],"content":[{"attachment":{"contentType":"text/plain","data":"97116 gait training (20 min): rolling walker to cane on the sugar-sand path to the beach access and up the boardwalk ramp, cues for R heel strike; 300 ft on sand w/ cane CGA, 600 ft on the boardwalk SBA.\n97530 therapeutic activities (18 min): getting up out of a low beach chair 5x CGA, carrying the folded chair 40 ft 3x SBA, stepping up into the golf cart 4x SBA.\nR hip replacement in Dec: R hip abductor weakness, short L step, she can't get up out of a low chair w/o pushing."}}]}
            """,
            ["Z96.641", "Z47.1"], [PT("97116", 20), PT("97530", 18)], []),

        // MCT two DocumentReferences, a PT's (97112 - 22 min) and an OT's (97530 - 25 min), each matching its own line; one-on-one; Airex perturbations, stepping strategy and tandem with Berg and pushes; tub transfer bench, the shower caddy and the reacher with counts and assist; knee proprioception, range and quad weakness after a knee replacement: passes.
        ["v6-h103-mct-a-pt-and-an-ot-documentreference"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-dph-0304-0702-pt","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Landry, Wilda"},"author":[{"display":"Hannah Pruitt, PT"}],"content":[{"attachment":{"contentType":"text/plain","data":"97112 neuro re-ed - 22 min\n1:1 w/ Hannah the whole block.\nPerturbations on the Airex, stepping strategy to pushes, tandem w/ head turns.\nPostural control and proprioception down in the R leg after the R TKA.\nBerg 47/56; 7 of 10 pushes w/ one step."}}]}
            {"resourceType":"DocumentReference","id":"dr-mct-dph-0304-0702-ot","status":"current","type":{"text":"OT daily note"},"subject":{"display":"Landry, Wilda"},"author":[{"display":"Jolene Tran, OTR/L"}],"content":[{"attachment":{"contentType":"text/plain","data":"97530 therapeutic activities - 25 min\nTub transfer bench in and out 4x w/ minimal assist, reaching to the shower caddy seated, lower-body dressing w/ the reacher.\nR knee flexion limited and R quad weak after the R TKA; she can't lift the R leg over the tub wall.\nTub bench 4 of 4 w/ minimal assist; pants on w/ the reacher, SBA."}}]}
            """,
            ["Z96.651"], [PT("97112", 22), OT("97530", 25)], []),

        // BDN ORU with the 97112 NM minute OBX at 38 against a 25-min line: mismatch; otherwise complete (ONE2ONE Y^Yes; PNF chops and lifts in half kneel, reactive stepping and foam stance; R hemiparesis with delayed righting; Berg and half-kneel seconds).
        ["v6-h103-bdn-nm-minutes-38-against-25"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304142957||ORU^R01^ORU_R01|BDN260304-0744|P|2.5.1
            PID|1||E487265^^^BDNRMC^MR||CARLSON^VERNA^I||19470112|F
            OBR|1||BDN-TX-88480|PTTX^PT Treatment Session^L|||20260304131500
            OBX|1|NM|97112-MIN^Neuromuscular reeducation timed minutes^LOCAL||38|min^minutes^UCUM|||||F
            OBX|2|CE|ONE2ONE^Direct one-on-one contact for all NMR minutes^L||Y^Yes^HL70136||||||F
            OBX|3|TX|PTTX-NOTE^Note^L|1|PNF chops and lifts in half kneel, reactive stepping to pushes from the R, standing on foam catching a ball.||||||F
            OBX|4|TX|PTTX-NOTE^Note^L|2|R hemiparesis after the L MCA stroke; delayed righting to the R, she falls toward the weak side.||||||F
            OBX|5|TX|PTTX-NOTE^Note^L|3|Berg 40/56; half kneel R knee down 15 sec.||||||F
            """,
            ["I69.351"], [PT("97112", 25)], [At(Mismatch, "97112")]),

        // MOVHIE C-CDA "CPT | Description | Minutes" rows, the 97112 row's 23 matching and the 97110 row's 30 against a 15-min line: mismatch on 97110; both parts complete (one-on-one; rocker board, foam perturbations and step-ups with rocker seconds and perturbations; knee extension, step-ups and bridges with doses; knee OA with poor proprioception and quad weakness).
        ["v6-h103-movhie-97110-row-30-against-15"] = new(
            """
            PROGRESS NOTE
            Belpre River Rehab - Belpre, Ohio
            Patient: Dyer, Clarence   DOB: 05/03/1949   Date of Service: 03/04/2026
            Author: Megan Schramm, PT, DPT
            PROCEDURES
            CPT | Description | Minutes
            97112 | Neuromuscular Reeducation | 23
            97110 | Therapeutic Exercise | 30
            INTERVENTIONS
            Neuromuscular reeducation, individual and one-on-one throughout: rocker board A/P with eyes closed, perturbations on the foam, step-ups onto the foam with a head turn.
            Therapeutic exercise: seated knee extension 4 lb 3x12, step-ups to a 6-inch step 3x10, bridges 3x15.
            ASSESSMENT
            R knee OA with poor knee proprioception and slow postural reactions; R quadriceps weakness.
            RESULTS
            Rocker board A/P | 14 sec without edge touch
            Perturbations | 7 of 10 without a step
            """,
            ["M17.11", "R26.81"], [PT("97112", 23), PT("97110", 15)], [At(Mismatch, "97110")]),

        // MCT PTA DocumentReference plus an Observation giving 97116 35 min against a 22-min PTA line: mismatch; otherwise complete (cane gait on the clinic lot and sidewalk with distance and SBA; short R step and a stiff L knee after a knee replacement).
        ["v6-h103-mct-pta-97116-35-against-22"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-fly-0304-0844","status":"current","type":{"text":"PTA daily note"},"subject":{"display":"Strickland, Otis"},"author":[{"display":"Marcus Thibodeaux, PTA"}],"content":[{"attachment":{"contentType":"text/plain","data":"97116 gait training: cane on the clinic lot and the sidewalk along the highway frontage road, cues for L knee bend in swing and a longer R step.\nShort R step and a stiff L knee in swing after the L TKA.\n800 ft w/ cane SBA."}}]}
            {"resourceType":"Observation","id":"obs-mct-fly-0304-0844","status":"final","code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"97116"}],"text":"Gait training - timed minutes"},"valueQuantity":{"value":35,"unit":"min","system":"http://unitsofmeasure.org","code":"min"}}
            """,
            ["Z96.652"], [PTA("97116", 22)], [At(Mismatch, "97116")]),

        // BDN ORU with a single "TOTTIMED^Total timed minutes^LOCAL||38|min" OBX under two codes and no minutes for either: separate time missing; both parts complete (ONE2ONE Y^Yes; rocker board, foam perturbations and step-ups with rocker seconds and perturbations; heel raises, lunges and band work with doses; ankle proprioception and calf weakness after a fracture).
        ["v6-h103-bdn-total-timed-minutes-obx-only"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304150822||ORU^R01^ORU_R01|BDN260304-0803|P|2.5.1
            PID|1||E336091^^^BDNRMC^MR||TOURVILLE^ROGER^A||19510228|M
            OBR|1||BDN-TX-88522|PTTX^PT Treatment Session^L|||20260304140000
            OBX|1|NM|TOTTIMED^Total timed minutes^LOCAL||38|min^minutes^UCUM|||||F
            OBX|2|CE|ONE2ONE^Direct one-on-one contact for all NMR minutes^L||Y^Yes^HL70136||||||F
            OBX|3|TX|PTTX-NOTE^Note^L|1|97112 NMR: rocker board M/L eyes closed, perturbations standing on foam, step-ups onto foam w/ head turns.||||||F
            OBX|4|TX|PTTX-NOTE^Note^L|2|97110 TE: heel raises 3x15, fwd lunges 3x10, resisted DF and eversion red band 3x15.||||||F
            OBX|5|TX|PTTX-NOTE^Note^L|3|L ankle proprioception and postural control down after the L ankle fx; L calf and evertor weakness.||||||F
            OBX|6|TX|PTTX-NOTE^Note^L|4|Rocker M/L 12 sec; 6 of 10 perturbations w/o a step; heel raises L 9 vs R 22.||||||F
            """,
            ["S82.892D"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // MOVHIE C-CDA "CPT | Description | Minutes" table whose 97112 row's Minutes cell came through empty and whose 97110 row reads 14: no minutes for the 97112 - separate time missing; both parts complete (one-on-one; foam perturbations, tandem with head turns and SLS with catches with SLS seconds and perturbations; bridges, sit-to-stands and band abduction with doses; postural control and hip weakness after a fall).
        ["v6-h103-movhie-97112-minutes-cell-empty"] = new(
            """
            PROGRESS NOTE
            Little Kanawha Physical Therapy - Elizabeth, WV
            Patient: Starcher, Iva   DOB: 02/25/1946   Date of Service: 03/04/2026
            Author: Dana Cottrill, PT
            PROCEDURES
            CPT | Description | Minutes
            97112 | Neuromuscular Reeducation |
            97110 | Therapeutic Exercise | 14
            INTERVENTIONS
            Neuromuscular reeducation, one-on-one: perturbations on the foam, tandem walking with head turns, SLS at the counter catching a ball.
            Therapeutic exercise: bridges 3x15, sit-to-stand from the low chair 3x10, standing hip abduction with a red band 3x12.
            ASSESSMENT
            Poor postural control and slow stepping since her fall on the back porch steps; bilateral hip weakness.
            RESULTS
            SLS | R 8 sec, L 6 sec
            Perturbations | 6 of 10 without a step
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23), PT("97110", 14)], [SepTime]),

        // MCT DocumentReference with both codes' content but no minutes for either, plus an Encounter whose length is 40 min: separate time missing; both parts complete (one-on-one; Airex perturbations, tandem with head turns and SLS with Berg and perturbations; side-lying abduction, bridges and sit-to-stands with doses; postural control and hip weakness after a hip fracture).
        ["v6-h103-mct-encounter-length-only"] = new(
            """
            {"resourceType":"Encounter","id":"enc-mct-fhp-0304-0977","status":"finished","class":{"code":"AMB","display":"ambulatory"},"subject":{"display":"Daigle, Fern"},"length":{"value":40,"unit":"min","system":"http://unitsofmeasure.org","code":"min"}}
            {"resourceType":"DocumentReference","id":"dr-mct-fhp-0304-0977","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Daigle, Fern"},"author":[{"display":"Celeste Boudreaux, PT, DPT"}],"content":[{"attachment":{"contentType":"text/plain","data":"97112 neuro re-ed, one-on-one: perturbations on the Airex, tandem walk w/ head turns, SLS at the counter.\n97110 ther ex: sidelying hip abduction 3 lb 3x12, bridges 3x15, sit-to-stand 3x10.\nPostural control slow and hip abductor weakness after the L hip fracture in Oct.\nBerg 45/56; 7 of 10 perturbations w/o a step."}}]}
            """,
            ["S72.002D"], [PT("97112", 25), PT("97110", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note field on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h103-empty-field-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 25), PT("97116", 13)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // An empty note field on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h103-empty-field-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // A note field holding only line breaks and spaces (cells are trimmed) on a 97140 with a diagnosis: note missing only.
        ["v7-h103-line-breaks-and-spaces-only-97140"] = new(
            "\r\n  \r\n   \r\n",
            ["M54.2"], [PT("97140", 12)], [At(NoteMissing, "97140")]),

        // 97110's meaning in a BDN MDM from a PTA: standing hip abduction, mini squats, bridges, banded side-steps and side-lying abduction with reps, laps and load (technique and measure), L hip abductor and extensor weakness with a Trendelenburg after a hip replacement and a 3+/5 grade (deficit); 18 min matches: passes.
        ["v7-h103-bdn-97110-hip-work-after-a-hip-replacement"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304093321||MDM^T02^MDM_T02|BDN260304-0340|P|2.5.1
            PID|1||E129984^^^BDNRMC^MR||KORPELA^HILDA^S||19460816|F
            TXA|1|PN^Progress Note^L|TX|20260304083000|4470^BEAUCHAMP^THOMAS^^^^PTA||||||BDN-DOC-77107||||||AU
            OBX|1|TX|PTDAILY^PT Daily Treatment Note^L||97110 TE - 18 min\.br\Standing hip abduction 3x12 each, mini squats 3x10, bridges 3x15, side-stepping w/ a red band 4 laps of the parallel bars, sidelying hip abduction 2 lb 2x12 L.\.br\L hip abductor and extensor weakness after the L THA (1/13), Trendelenburg on L stance; hip abduction 3+/5.\.br\T. Beauchamp PTA||||||F
            """,
            ["Z96.642", "Z47.1"], [PTA("97110", 18)], []),

        // 97530's meaning in a MOVHIE OT C-CDA: floor recovery through side-sit and half kneel, a laundry basket on the basement steps, loading the dryer from a stool (technique), quad and hip extensor weakness and not getting off the floor after a fall (deficit), counts, load, trips and assist (measure); 24 matches: passes.
        ["v7-h103-movhie-97530-floor-recovery-and-the-laundry"] = new(
            """
            PROGRESS NOTE
            Belpre River Rehab - Belpre, Ohio
            Patient: Hescht, Mildred   DOB: 11/02/1943   Date of Service: 03/04/2026
            Author: Tara Lemasters, OTR/L
            PROCEDURES
            CPT | Description | Minutes
            97530 | Therapeutic Activities | 24
            INTERVENTIONS
            Floor recovery through side-sit and half kneel to the chair; carrying the laundry basket down and up her five basement steps with the rail; loading the dryer from a stool.
            ASSESSMENT
            Bilateral quadriceps and hip extensor weakness; she cannot get off the floor without help after a fall.
            RESULTS
            Floor to stand | 3 times, CGA
            Laundry basket | 8 lb, 2 trips, SBA
            """,
            ["M62.81", "Z91.81"], [OT("97530", 24)], []),

        // 97140's meaning in an MCT DocumentReference: central PA glides at C5-C6 and C6-C7 by grade and bouts, suboccipital release and STM (technique), limited L cervical rotation with upper-trap pain backing the boat trailer (deficit), rotation degrees before and after (measure); 11 min matches: passes.
        ["v7-h103-mct-97140-cervical-glides"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-dph-0304-0266","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Arceneaux, Jolie"},"author":[{"display":"Hannah Pruitt, PT"}],"content":[{"attachment":{"contentType":"text/plain","data":"97140 manual therapy - 11 min\nC5-C6 and C6-C7 central PA glides grade III, 3 bouts of 30 sec each level; suboccipital release; STM to the L upper trap and levator.\nCervical rotation L limited with L upper trap pain when she backs the boat trailer down the ramp.\nRotation L 48 -> 61 deg after."}}]}
            """,
            ["M54.2"], [PT("97140", 11)], []),

        // 97116's meaning in a BDN ORU: rolling walker to a single-point cane on the hospital skyway and the ramp down to the lobby, cues, and curbs in the parking ramp (technique), R foot drop, a short L step and R knee hyperextension with an AFO (deficit), distance with SBA and curbs with CGA (measure); 23 min matches: passes.
        ["v7-h103-bdn-97116-walker-to-cane-on-the-skyway"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304103356||ORU^R01^ORU_R01|BDN260304-0463|P|2.5.1
            PID|1||E551047^^^BDNRMC^MR||OLSON^WENDELL^R||19480224|M
            OBR|1||BDN-TX-88292|PTTX^PT Treatment Session^L|||20260304093000
            OBX|1|TX|PTTX-NOTE^Note^L|1|97116 GAIT TRAINING - 23 MIN||||||F
            OBX|2|TX|PTTX-NOTE^Note^L|2|Rolling walker to SPC on the hospital skyway and the ramp down to the clinic lobby, cues for heel strike and an even step length, then 2 curbs in the parking ramp.||||||F
            OBX|3|TX|PTTX-NOTE^Note^L|3|R foot drop and a short L step after the L stroke, R knee hyperextends in stance; wears his R AFO.||||||F
            OBX|4|TX|PTTX-NOTE^Note^L|4|450 ft w/ SPC SBA; curbs w/ CGA.||||||F
            """,
            ["I69.351", "M21.371"], [PT("97116", 23)], []),

        // Wholly generic BDN note as OBX-5 alone: "97112 NMR - 25 min\.br\Balance activities performed.\.br\Pt tolerated tx well.\.br\Continue POC." - no technique, deficit, number but its code and minutes, or one-on-one statement.
        ["v7-h103-bdn-generic-97112-obx"] = new(
            """
            97112 NMR - 25 min\.br\Balance activities performed.\.br\Pt tolerated tx well.\.br\Continue POC.
            """,
            ["R26.81"], [PT("97112", 25)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic MOVHIE C-CDA 97110 + 97530 with a Minutes cell for each (15 and 18, both match) and "Patient participated in therapeutic exercise and therapeutic activities per plan of care. Tolerated well, no complaints. Continue plan of care." - nothing named for either code.
        ["v7-h103-movhie-generic-97110-and-97530-table"] = new(
            """
            PROGRESS NOTE
            Belpre River Rehab - Belpre, Ohio
            Patient: Kirby, Edna
            Author: Joe Kincaid, PT
            PROCEDURES
            CPT | Description | Minutes
            97110 | Therapeutic Exercise | 15
            97530 | Therapeutic Activities | 18
            ASSESSMENT
            Patient participated in therapeutic exercise and therapeutic activities per plan of care. Tolerated well, no complaints.
            PLAN OF TREATMENT
            Continue plan of care.
            """,
            ["M62.81"], [PT("97110", 15), PT("97530", 18)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic MCT DocumentReference on a 97110: "Exercises per flowsheet. Tolerated well, no complaints. Progress as tolerated." with no flowsheet sent - no exercise, region or measure named (no ids or dates with digits).
        ["v7-h103-mct-generic-97110-documentreference"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-gulfshores-generic","status":"current","type":{"text":"PT daily note"},"subject":{"display":"LeBlanc, Odile"},"author":[{"display":"Hannah Pruitt, PT"}],"content":[{"attachment":{"contentType":"text/plain","data":"97110 therapeutic exercise - 20 min\nExercises per flowsheet.\nTolerated well, no complaints.\nProgress as tolerated."}}]}
            """,
            ["M62.81"], [PT("97110", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary notes

        // BDN MDM: "1:1 w/ Kaisa, nobody else on my schedule during NMR"; turning around cones with big steps to a count, stepping strategy to pushes, dual-task walking naming the towns along US-2; freezing on turns and postural instability with Parkinson's; Mini-BESTest and 360 turn steps; 24 min matches: passes.
        ["vord-h103-bdn-freezing-on-turns-parkinsons"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304084716||MDM^T02^MDM_T02|BDN260304-0255|P|2.5.1
            EVN|T02|20260304084716
            PID|1||E161830^^^BDNRMC^MR||GUSTAFSON^NELS^A||19430404|M
            PV1|1|O|OPREHAB^ESC GYM^^BDNRMC||||1881^HEIKKINEN^KAISA^^^^PT
            TXA|1|PN^Progress Note^L|TX|20260304073000|1881^HEIKKINEN^KAISA^^^^PT||||||BDN-DOC-77090||||||AU
            OBX|1|TX|PTDAILY^PT Daily Treatment Note^L||97112 NMR - 24 min\.br\1:1 w/ Kaisa, nobody else on my schedule during NMR.\.br\Turning practice w/ big steps around the cones to a count, stepping strategy to pushes fwd/back, dual-task walking naming the towns along US-2.\.br\Freezing on turns and postural instability w/ PD; retropulsion on the pull test.\.br\Mini-BESTest 18/28; 360 turn R 8 steps / L 11 steps.||||||F
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // BDN ORU, PTA 97110: pulleys, wand AAROM, band ER and scapular retraction with doses; R shoulder flexion and ER limited with cuff weakness after a humerus fracture from a fall on the ice at the post office; flexion and ER degrees; 19 min matches: passes.
        ["vord-h103-bdn-pta-shoulder-after-a-fall-on-the-ice-97110"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304095533||ORU^R01^ORU_R01|BDN260304-0361|P|2.5.1
            PID|1||E247795^^^BDNRMC^MR||DUCHAINE^PHYLLIS^M||19500711|F
            PV1|1|O|OPREHAB^GLADSTONE^^BDNRMC
            OBR|1||BDN-TX-88190|PTTX^PT Treatment Session^L|||20260304084500
            OBX|1|TX|PTTX-NOTE^Note^L|1|97110 THER EX - 19 MIN||||||F
            OBX|2|TX|PTTX-NOTE^Note^L|2|Pulleys flexion 2x15, supine wand AAROM 2x15, ER w/ yellow band 3x12, scapular retraction 3x15 w/ 5 sec hold.||||||F
            OBX|3|TX|PTTX-NOTE^Note^L|3|R shoulder flexion and ER limited after the proximal humerus fx from the fall on the ice at the post office (12/30); cuff weakness.||||||F
            OBX|4|TX|PTTX-NOTE^Note^L|4|AROM flexion 112 deg (96 on 2/18), ER 35 deg.||||||F
            OBX|5|TX|PTTX-NOTE^Note^L|5|T. Beauchamp PTA||||||F
            """,
            ["S42.201D"], [PTA("97110", 19)], []),

        // BDN ORU with an NM minute OBX per code (97112 20, 97116 18), both match; "NMR, one-on-one w/ Rachel"; Airex perturbations, rocker board and tandem with head turns with rocker seconds and perturbations; cane gait on the packed-snow sidewalk with ice grippers, distance and SBA; knee and ankle proprioception and a short antalgic stance after a tibial plateau fracture from a snowmobile crash: passes.
        ["vord-h103-bdn-97112-and-97116-after-a-snowmobile-crash"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304140604||ORU^R01^ORU_R01|BDN260304-0712|P|2.5.1
            PID|1||E832249^^^BDNRMC^MR||LARSON^DUSTIN^K||19690802|M
            OBR|1||BDN-TX-88451|PTTX^PT Treatment Session^L|||20260304130000
            OBX|1|NM|97112-MIN^Neuromuscular reeducation timed minutes^LOCAL||20|min^minutes^UCUM|||||F
            OBX|2|NM|97116-MIN^Gait training timed minutes^LOCAL||18|min^minutes^UCUM|||||F
            OBX|3|TX|PTTX-NOTE^Note^L|1|NMR, one-on-one w/ Rachel: perturbations on the Airex, rocker board M/L, tandem walk w/ head turns.||||||F
            OBX|4|TX|PTTX-NOTE^Note^L|2|Gait: SPC in the hall, then the packed-snow sidewalk outside the clinic w/ ice grippers, cues for a longer R stance and heel strike.||||||F
            OBX|5|TX|PTTX-NOTE^Note^L|3|R tibial plateau fx from the snowmobile crash (11/2025): R knee and ankle proprioception down, short R stance, antalgic.||||||F
            OBX|6|TX|PTTX-NOTE^Note^L|4|Rocker M/L 12 sec; 6 of 10 perturbations w/o a step; 650 ft SPC SBA.||||||F
            """,
            ["S82.101D"], [PT("97112", 20), PT("97116", 18)], []),

        // BDN MDM, OT 97530: carrying split firewood to a mock wood stove, kneeling to load it and rising with a chair, sweeping bark with a long-handled dustpan; R hip OA with hip and knee extensor weakness and loss of balance bending to the stove at deer camp; armloads, distance and assist; 23 min matches: passes.
        ["vord-h103-bdn-ot-firewood-to-the-wood-stove-97530"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304141908||MDM^T02^MDM_T02|BDN260304-0729|P|2.5.1
            PID|1||E714460^^^BDNRMC^MR||PERRAULT^EMIL^J||19440929|M
            TXA|1|PN^OT Progress Note^L|TX|20260304131500|3312^ARVOLA^LINDSEY^^^^OTR/L||||||BDN-DOC-77458||||||AU
            OBX|1|TX|OTDAILY^OT Daily Treatment Note^L||97530 THER ACTIVITIES - 23 min\.br\Carrying split firewood from the bin to a mock wood stove, 3 pieces at a time, kneeling to load it and getting back up w/ the chair; sweeping up the bark w/ a long-handled dustpan.\.br\R hip OA w/ hip and knee extensor weakness; he loses his balance when he bends to the stove and can't keep the fire going at deer camp.\.br\12 armloads carried 20 ft w/ SBA; kneel to stand 4x w/ the chair, CGA.||||||F
            """,
            ["M16.11", "M62.81"], [OT("97530", 23)], []),

        // BDN MDM with both codes' minutes in the OBX-5 text ("97140 MT - 10 min", "97110 TE - 15 min"), both match; cervical PA glides, suboccipital release and STM with rotation degrees; chin tucks, prone T and Y, rows and a pec stretch with doses and DNF endurance; limited cervical rotation with upper-trap pain after long drives to Marquette and deep neck flexor weakness: passes.
        ["vord-h103-bdn-neck-97140-and-97110"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304163140||MDM^T02^MDM_T02|BDN260304-0925|P|2.5.1
            PID|1||E398120^^^BDNRMC^MR||ST. GERMAIN^PAULA^T||19620118|F
            TXA|1|PN^Progress Note^L|TX|20260304153000|2207^OSTROWSKI^RACHEL^^^^PT||||||BDN-DOC-77492||||||AU
            OBX|1|TX|PTDAILY^PT Daily Treatment Note^L||97140 MT - 10 min\.br\C5-C6 central PA glides grade III 3x30 sec, suboccipital release, STM to the L upper trap and levator.\.br\Cervical rotation L limited w/ L upper trap pain after long drives to Marquette; rotation L 52 -> 64 deg after.\.br\97110 TE - 15 min\.br\Chin tucks supine 3x10 w/ 5 sec hold, prone T and Y 2x12, rows green band 3x15, doorway pec stretch 3x30 sec.\.br\Deep neck flexor and lower trap weakness, fwd head; DNF endurance 16 sec.||||||F
            """,
            ["M54.2"], [PT("97140", 10), PT("97110", 15)], []),

        // MOVHIE C-CDA 97112 in a "CPT | Description | Minutes" row: "One-on-one, therapist and patient only"; gaze stabilisation with head turns, head-turn walking and stairs with head turns on the flood-wall stair model; L vestibular hypofunction with oscillopsia and veering on the Point Park stairs; DGI and stairs; 23 matches: passes.
        ["vord-h103-movhie-vestibular-on-the-flood-wall-stairs"] = new(
            """
            PROGRESS NOTE
            Little Kanawha Physical Therapy - Emerson Avenue, Parkersburg, WV
            Patient: Prunty, Beulah   DOB: 07/07/1945   Date of Service: 03/04/2026
            Author: Dana Cottrill, PT
            PROCEDURES
            CPT | Description | Minutes
            97112 | Neuromuscular Reeducation | 23
            INTERVENTIONS
            One-on-one, therapist and patient only.
            Gaze stabilization with head turns, seated then standing; walking the hall with head turns; stair practice with head turns on the model of the flood-wall stairs.
            ASSESSMENT
            L vestibular hypofunction: oscillopsia and veering to the L on the stairs at Point Park.
            RESULTS
            DGI | 18/24
            Stairs with head turns | 14 steps, one rail, no loss of balance
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // MOVHIE C-CDA, PTA 97116 in a "CPT | Description | Minutes" row: cane gait on the ramp, the gravel lot and the hill behind the Elizabeth clinic with cues; short R step and a forward trunk lean after a hip replacement, a steep gravel driveway at home; distance with SBA; 22 matches: passes.
        ["vord-h103-movhie-pta-cane-on-the-hill-97116"] = new(
            """
            PROGRESS NOTE
            Little Kanawha Physical Therapy - Elizabeth, WV
            Patient: Lott, Virgil   DOB: 12/01/1948   Date of Service: 03/04/2026
            Author: Wes Hupp, PTA
            PROCEDURES
            CPT | Description | Minutes
            97116 | Gait Training | 22
            INTERVENTIONS
            Gait training with the SPC up and down the clinic ramp, across the gravel lot and up the hill behind the Elizabeth clinic, cues for a longer R step and an upright trunk.
            ASSESSMENT
            Short R step and forward trunk lean after the L hip replacement; he lives at the top of a steep gravel driveway in Wirt County.
            RESULTS
            650 ft with SPC, SBA on the gravel and the hill
            """,
            ["Z96.642"], [PTA("97116", 22)], []),

        // MOVHIE C-CDA, PTA 97110: quad sets, short-arc quads, heel slides, a knee flexion stretch and the recumbent bike with holds, loads and reps; R knee range and quad strength with an extension lag after a knee replacement; range in degrees; 20 matches: passes.
        ["vord-h103-movhie-pta-97110-after-a-knee-replacement"] = new(
            """
            PROGRESS NOTE
            Little Kanawha Physical Therapy - Emerson Avenue, Parkersburg, WV
            Patient: Yoak, Marlene   DOB: 03/16/1951   Date of Service: 03/04/2026
            Author: Wes Hupp, PTA
            PROCEDURES
            CPT | Description | Minutes
            97110 | Therapeutic Exercise | 20
            INTERVENTIONS
            Quad sets 2x15 with 5 sec hold; short-arc quads 2 lb 3x10; heel slides with strap 3x10; seated knee flexion stretch 5x30 sec; recumbent bike for range, seat 8.
            ASSESSMENT
            R knee range and quadriceps strength limited after the R TKA (01/28/2026); extension lag 9 deg.
            RESULTS
            Knee AROM | 5 to 95 deg (10 to 84 deg on 02/18/2026)
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 20)], []),

        // MOVHIE OT C-CDA, 97530: standing at the quilting frame to baste and pin, reaching across, threading needles standing; R hand fine-motor weakness and poor standing tolerance after a wrist fracture; row, pins and needle tries with SBA; 24 matches: passes.
        ["vord-h103-movhie-ot-at-the-quilting-frame-97530"] = new(
            """
            PROGRESS NOTE
            Belpre River Rehab - Little Hocking, Ohio
            Patient: Heaton, Geneva   DOB: 05/25/1947   Date of Service: 03/04/2026
            Author: Tara Lemasters, OTR/L
            PROCEDURES
            CPT | Description | Minutes
            97530 | Therapeutic Activities | 24
            INTERVENTIONS
            Standing at the quilting frame to baste and pin, reaching across the frame, threading needles standing, then lowering back to the chair at the frame.
            ASSESSMENT
            R hand fine-motor weakness and decreased standing tolerance after the R distal radius fracture; she can&#8217;t pin the quilt for her church group.
            RESULTS
            Pinned a 3 ft row standing with SBA; 10 of 12 pins placed; needle threaded 4 of 5 tries
            """,
            ["S52.501D"], [OT("97530", 24)], []),

        // MOVHIE C-CDA with both codes in a "CPT | Description | Minutes" table (97112 23, 97110 14), both match; "individual, one-on-one throughout" for the NMR; foam perturbations, BOSU step-ups and SLS with catches with SLS seconds and perturbations; heel raises, lunges and band dorsiflexion with doses and heel-raise counts; ankle proprioception and calf weakness after a fracture: passes.
        ["vord-h103-movhie-97112-and-97110-after-an-ankle-fracture"] = new(
            """
            PROGRESS NOTE
            Belpre River Rehab - Belpre, Ohio
            Patient: Mayle, Kristen   DOB: 08/29/1963   Date of Service: 03/04/2026
            Author: Megan Schramm, PT, DPT
            PROCEDURES
            CPT | Description | Minutes
            97112 | Neuromuscular Reeducation | 23
            97110 | Therapeutic Exercise | 14
            INTERVENTIONS
            Neuromuscular reeducation, individual, one-on-one throughout: perturbations on the foam, step-ups onto the BOSU, SLS catching a ball.
            Therapeutic exercise: heel raises 3x15, forward lunges to a 6-inch step 3x10, resisted dorsiflexion red band 3x15.
            ASSESSMENT
            L ankle proprioception and postural control down after the L ankle fracture; L calf and dorsiflexor weakness.
            RESULTS
            SLS L | 9 sec (R 28 sec)
            Perturbations | 7 of 10 without a step
            Heel raises L | 14 (R 26)
            """,
            ["S82.892D"], [PT("97112", 23), PT("97110", 14)], []),

        // MCT XHTML div: "one-on-one with Celeste, no one else treated"; reactive stepping to bumps from the sides and behind, catching beads tossed high, turning through a crowd of cones; postural instability and retropulsion with Parkinson's, wanting to stand through the Mardi Gras parade in Mobile; pull test and catches; 24 min matches: passes.
        ["vord-h103-mct-the-mardi-gras-parade-crowd"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-fhp-0304-0839","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Theriot, Alcide"},"author":[{"display":"Celeste Boudreaux, PT, DPT"}],"text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p><b>97112</b> neuro re-ed - 24 min; one-on-one with Celeste, no one else treated.</p><ul><li>reactive stepping to unexpected bumps from the sides and from behind</li><li>standing and catching beads tossed high and to either side</li><li>turning through a crowd of cones on cue</li></ul><p>Postural instability and retropulsion with Parkinson's disease; he wants to stand through the Mardi Gras parade in Mobile without being knocked over in the crowd.</p><p>Pull test 2 steps (4 on 2/11); caught 8 of 10 high tosses without a step back.</p></div>"}}
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // MCT OT DocumentReference, 97530: down onto the church kneeler and back up to the pew, stepping into the pew sideways, carrying the hymnal; knee OA with quad weakness; counts with CGA; 22 min matches: passes.
        ["vord-h103-mct-ot-the-church-kneeler-97530"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-fhp-0304-0871","status":"current","type":{"text":"OT daily note"},"subject":{"display":"Fontenot, Mavis"},"author":[{"display":"Jolene Tran, OTR/L"}],"content":[{"attachment":{"contentType":"text/plain","data":"97530 therapeutic activities - 22 min\nGetting down onto the kneeler and back up to the pew using the pew back, stepping into the pew sideways, carrying the hymnal in one hand.\nBilateral knee OA with quad weakness; she sits through the kneeling at Mass because she can't get back up.\nKneeler down and up 4x w/ CGA; pew entry 5x SBA."}}]}
            """,
            ["M17.0"], [OT("97530", 22)], []),

        // MCT DocumentReference plus an Observation per code (97140 10 min, 97110 15 min), both match; L4-L5 PA glides and STM with fingertip-to-floor before and after; press-ups, bird dogs, bridges and clamshells with doses; low back pain lifting bait buckets on the pier, limited lumbar extension and core and glute weakness: passes.
        ["vord-h103-mct-low-back-97140-and-97110"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-dph-0304-0953","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Rabalais, Dwight"},"author":[{"display":"Hannah Pruitt, PT"}],"content":[{"attachment":{"contentType":"text/plain","data":"97140: L4-L5 central PA glides grade III 3x30 sec, STM to the R QL and lumbar paraspinals.\n97110: prone press-ups 2x10, bird dogs 2x10 each, bridges 3x15, sidelying clamshells green band 3x12.\nLow back pain w/ bending and lifting bait buckets on the pier, lumbar extension limited, core and glute weakness.\nLumbar flexion fingertip to floor 24 cm -> 17 cm after MT."}}]}
            {"resourceType":"Observation","id":"obs-mct-dph-0304-0953-a","status":"final","code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"97140"}],"text":"Manual therapy - timed minutes"},"valueQuantity":{"value":10,"unit":"min","system":"http://unitsofmeasure.org","code":"min"}}
            {"resourceType":"Observation","id":"obs-mct-dph-0304-0953-b","status":"final","code":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"97110"}],"text":"Therapeutic exercise - timed minutes"},"valueQuantity":{"value":15,"unit":"min","system":"http://unitsofmeasure.org","code":"min"}}
            """,
            ["M54.50"], [PT("97140", 10), PT("97110", 15)], []),

        // MCT PTA DocumentReference, 97116: cane and AFO on the gravel path and grass like the rows of her pecan orchard, with cues; R foot drop and knee hyperextension after a stroke; distances with SBA and CGA; 21 min matches: passes.
        ["vord-h103-mct-pta-gait-between-the-pecan-rows-97116"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-fhp-0304-0904","status":"current","type":{"text":"PTA daily note"},"subject":{"display":"Bagwell, Irene"},"author":[{"display":"Marcus Thibodeaux, PTA"}],"content":[{"attachment":{"contentType":"text/plain","data":"97116 gait training - 21 min\nGait training w/ the cane and her R AFO on the clinic's gravel path and the grass strip, the way she walks between the rows of her pecan orchard, cues for R heel strike and a soft R knee.\nR foot drop and R knee hyperextension in stance after the L stroke.\n550 ft w/ cane and AFO SBA; grass 200 ft CGA."}}]}
            """,
            ["I69.351", "M21.371"], [PTA("97116", 21)], []),

        // MCT XHTML div: "1:1 with Celeste the whole block"; the rocker board while reaching for a rope as on a pontoon in a wake, stepping over a cooler, foam stance with head turns; reduced L knee proprioception and slow postural reactions after a knee replacement; rocker and SLS seconds; 22 min matches: passes.
        ["vord-h103-mct-the-pontoon-in-a-wake"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-gsh-0304-0915","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Hebert, Lionel"},"author":[{"display":"Celeste Boudreaux, PT, DPT"}],"text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p><b>97112</b> neuro re-ed 22 min</p><p>1:1 with Celeste the whole block.</p><ul><li>standing on the rocker board A/P and reaching for a rope, the way the pontoon rocks in a wake</li><li>stepping over a cooler without touching it</li><li>foam stance with head turns</li></ul><p>Reduced L knee proprioception and slow postural reactions after the L TKA; he stiffens and grabs when the board tips.</p><p>Rocker A/P 16 sec without a hand down; SLS L 9 sec.</p></div>"}}
            """,
            ["Z96.652", "R26.81"], [PT("97112", 22)], []),

        // BDN ORU, PTA at Gladstone, with an NM minute OBX per code (97112 21, 97110 14), both match; "NMR direct one-on-one w/ Tom, no other pt in the NMR block"; rocker-board weight shifts, stepping onto foam and tandem at the counter with tandem seconds; sit-to-stands, marches and heel raises with doses and a 30-second chair stand; deconditioning with hip and quad weakness and slow postural control after pneumonia: passes.
        ["vord-h103-bdn-pta-97112-and-97110-after-pneumonia"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304144125||ORU^R01^ORU_R01|BDN260304-0752|P|2.5.1
            PID|1||E265493^^^BDNRMC^MR||KINNUNEN^AILI^M||19390814|F
            PV1|1|O|OPREHAB^GLADSTONE^^BDNRMC
            OBR|1||BDN-TX-88488|PTTX^PT Treatment Session^L|||20260304133000
            OBX|1|NM|97112-MIN^Neuromuscular reeducation timed minutes^LOCAL||21|min^minutes^UCUM|||||F
            OBX|2|NM|97110-MIN^Therapeutic exercise timed minutes^LOCAL||14|min^minutes^UCUM|||||F
            OBX|3|TX|PTTX-NOTE^Note^L|1|NMR direct one-on-one w/ Tom, no other pt in the NMR block: weight shifts on the rocker board, stepping onto and off the foam, tandem at the counter.||||||F
            OBX|4|TX|PTTX-NOTE^Note^L|2|TE: sit-to-stand 3x10, standing marches 2x20, heel raises 3x15.||||||F
            OBX|5|TX|PTTX-NOTE^Note^L|3|Deconditioned w/ bilateral hip and quad weakness and slow postural control after the pneumonia admission in Jan.||||||F
            OBX|6|TX|PTTX-NOTE^Note^L|4|30-second chair stand 7 (5 on 2/11); tandem 8 sec.||||||F
            OBX|7|TX|PTTX-NOTE^Note^L|5|T. Beauchamp PTA||||||F
            """,
            ["M62.81", "R26.81"], [PTA("97112", 21), PTA("97110", 14)], []),

        // MCT complete 97112 ("1:1 w/ Celeste, no other pt"; rocker board, foam stance with catch and throw, perturbations in tandem; ankle proprioception after a sprain stepping off the Fairhope pier's dock; rocker seconds and perturbations) sent with no diagnosis.
        ["vord-h103-mct-complete-97112-no-diagnosis"] = new(
            """
            {"resourceType":"DocumentReference","id":"dr-mct-fhp-0304-0958","status":"current","type":{"text":"PT daily note"},"subject":{"display":"Naquin, Nicole"},"author":[{"display":"Celeste Boudreaux, PT, DPT"}],"content":[{"attachment":{"contentType":"text/plain","data":"97112 neuro re-ed - 23 min\n1:1 w/ Celeste, no other pt.\nRocker board A/P and M/L, foam stance w/ catch and throw, perturbations at the pelvis in tandem.\nR ankle proprioception and postural control down after the sprain stepping off the dock at the Fairhope pier.\nRocker M/L 13 sec w/o edge touch; 7 of 10 perturbations w/o a step."}}]}
            """,
            [], [PT("97112", 23)], [Dx]),

        // MOVHIE C-CDA complete 97112 ("Individual session, one-on-one"; PNF weight shifting with approximation, stepping strategy to pushes, tandem on foam; L hemiparesis with slow postural reactions; Berg and pushes) whose REASON FOR VISIT carries the referral's ICD-9 code 438.89, also the only code on the claim: not a well-formed ICD-10-CM code.
        ["vord-h103-movhie-icd9-438-89"] = new(
            """
            PROGRESS NOTE
            Little Kanawha Physical Therapy - Emerson Avenue, Parkersburg, WV
            Patient: Smith, Arlie   DOB: 09/09/1941   Date of Service: 03/04/2026
            Author: Dana Cottrill, PT
            REASON FOR VISIT
            Referral diagnosis: 438.89 Other late effects of cerebrovascular disease
            PROCEDURES
            CPT | Description | Minutes
            97112 | Neuromuscular Reeducation | 24
            INTERVENTIONS
            Individual session, one-on-one: PNF weight shifting onto the L with approximation at the pelvis, stepping strategy practice to pushes from the R, tandem stance on foam.
            ASSESSMENT
            L hemiparesis after the R stroke with slow postural reactions to the L.
            RESULTS
            Berg Balance Scale | 41/56
            Pushes from the R | 5 of 10 with one step
            """,
            ["438.89"], [PT("97112", 24)], [Dx]),

        // BDN note as OBX-5 alone, two codes with only "Total treatment time: 38 min" and "Pt tolerated treatment well, no complaints. Continue plan of care.": no technique, deficit or measure for either code, no one-on-one statement for the 97112, no minutes for each.
        ["vord-h103-bdn-generic-two-codes-total"] = new(
            """
            Codes: 97112, 97110\.br\Total treatment time: 38 min\.br\Pt tolerated treatment well, no complaints. Continue plan of care.
            """,
            ["R26.81"], [PT("97112", 23), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // BDN ORU, PTA: "97116 GAIT TRAINING - 32 MIN" against a 20-min PTA line: mismatch; otherwise complete (walker gait on the Manistique boardwalk ramp and the clinic lot with cues, distance and SBA; short R step and a Trendelenburg after a hip fracture).
        ["vord-h103-bdn-pta-gait-32-against-20"] = new(
            """
            MSH|^~\&|REHABDOC|BDNRMC|RCM_OUT|BDNRMC|20260304153517||ORU^R01^ORU_R01|BDN260304-0838|P|2.5.1
            PID|1||E458830^^^BDNRMC^MR||HOLMGREN^ESTHER^L||19410603|F
            PV1|1|O|OPREHAB^MANISTIQUE^^BDNRMC
            OBR|1||BDN-TX-88560|PTTX^PT Treatment Session^L|||20260304143000
            OBX|1|TX|PTTX-NOTE^Note^L|1|97116 GAIT TRAINING - 32 MIN||||||F
            OBX|2|TX|PTTX-NOTE^Note^L|2|Rolling walker on the clinic lot and the ramp down to the boardwalk, cues for a longer R step and an upright trunk.||||||F
            OBX|3|TX|PTTX-NOTE^Note^L|3|Short R step and a L Trendelenburg after the L hip fx.||||||F
            OBX|4|TX|PTTX-NOTE^Note^L|4|700 ft w/ rolling walker SBA.||||||F
            OBX|5|TX|PTTX-NOTE^Note^L|5|T. Beauchamp PTA||||||F
            """,
            ["S72.002D"], [PTA("97116", 20)], [At(Mismatch, "97116")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
