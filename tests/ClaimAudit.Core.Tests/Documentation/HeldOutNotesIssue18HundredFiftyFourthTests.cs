using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-fifty-fourth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-first session, blind after the hundred-and-fifty-first to hundred-and-fifty-third
/// sets) is the following week of three of those sets' clinics, each clinic in its own style and on its own template:
/// the four-practice bayou clinic a week on (24 – 27 March 2026), the goal-by-goal outcomes clinic between Christmas and
/// New Year (28 – 31 December 2026) and the compliance-reviewed practice the week after its review (9 – 13 March 2026,
/// the officer's queries and the clinicians' addenda still in the exported text) — the same writers, new patients and
/// returning ones, new wording. No style is new. About two thirds are ordinary and complete (72 of 102), single- and
/// multi-code visits (97110, 97112, 97116, 97140, 97530, up to two in a visit, a PT's and an OT's code on one visit), by
/// PTs, PTAs and an OT, from these employers:
/// <list type="number">
/// <item>Petit Caillou Physical Therapy (PCPT: the Houma clinic on Grand Caillou Road and Thibodaux, Louisiana; the
/// "PCPT Daily" with its dotted code line "Code 97112 Neuro re-ed ........ 23 min", "Attendance: [X] one-on-one [ ]
/// concurrent [ ] group", "Did:", "For:" and "Numbers:"): Cleo Robichaux (PT, DPT), Jules Guidry (PTA, in his own voice,
/// "cher", "wit'", "an'") and Annette Breaux (PT); a Cajun accordion player who stands to play at the Saturday dance, a
/// sugar-cane truck driver climbing to his cab, a net-mender on a wharf stool, a crawfish-pond farmer in his flat boat,
/// a church cook at the boiling pot, a school-bus driver on the bus steps and a woman who walks the levee at dusk, with
/// a wife in the truck, a grandson on the chair by the window and an aide wiping the mats;</item>
/// <item>Malheur Bend Orthopaedic Outcomes Group (MBOG: Ontario, Nyssa and Vale, Oregon; the "MBOG Outcomes Daily
/// Note" with "PRIMARY OUTCOME:", "STG/LTG … — PROGRESSING", arrows "→ 97112 · 22 min · …", "Impairment:", "▸ measured
/// by:" and "Delivery:"): Rosalind Quenneville (PT, DPT, OCS), Ignacio Barragán (PT) and Kenzie Pfleger (PTA); a
/// sugar-beet pile-ground hand, a county snowplow driver, a sheep rancher getting ready for January lambing, an
/// onion-grader on the packing line, a ranch wife on an icy porch, a Snake River ice fisherman and a man who wants to
/// dance at the New Year's Eve grange dance, with a wife holding his coat and Mr. Esplin on the NuStep;</item>
/// <item>White River Physical Therapy &amp; Balance (WRPT: the Berryville clinic on the square, Eureka Springs and Green
/// Forest, Arkansas; "Svc:", "Attendance: [ ] 1:1 [ ] concurrent [ ] group", "What we did:", "Why:", "Numbers:", the
/// compliance officer Lorraine Meacham's "[CO query: …]" closed "[CO: resolved LM]" or left "[CO: open]", and the
/// clinicians' dated addenda signed with initials): Joel Tackett (PT, DPT, "JT"), Kacey Ormsby (PTA, "KO"), Brenna
/// Ellingboe (PT, "BE") and Dwight Kemper (OTR/L, "DK"); a Passion Play cast member on the amphitheatre ramp, a Eureka
/// Springs trolley driver on the trolley steps, a poultry-house catcher, a quilt-shop owner on her stepstool, a Beaver
/// Lake bass fisherman stepping into his boat, a Green Forest processing-line worker and a docent on the Berryville
/// square, with a daughter at the rail, Mrs. Pruitt on the other mat and the Tuesday kitchen group.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads each clinic's template as its writers
/// fill it, applying the contract to what the note says was done at this visit: a blank, "____", an unmarked box row and
/// an unanswered "[one-to-one / shared]" state nothing; "see POC", "same as last time" and "per protocol" name nothing;
/// a ticked box says what it says; the compliance officer's query and status marks are nothing, and a clinician's dated
/// addendum that answers one is documentation, read with the note it answers; a clinic's branded level never stands for
/// a technique:
/// <list type="bullet">
/// <item>class 1 (v1-h154-…): one-on-one in these writers' own words ("Jus' me an' Mr. Naquin on the mat, cher — his
/// wife stayed in the truck", "one-on-one start to finish; the aide wiped down the other mats", "Delivery: one-to-one —
/// his wife held his coat on the chair", "Addendum 3/12: yes, 1:1 — her daughter stood at the rail, no other patient —
/// JT"), notes that negate it (a PTA who had Mr. Esplin on the NuStep and went back and forth, a PTA's addendum "not 1:1
/// — Mrs. Pruitt was on the other mat and I traded between them") or never state it (a PCPT note with its attendance
/// line deleted), and the codes without a one-on-one check: an OT's 97530 in the Tuesday kitchen group and a PTA's 97110
/// beside a patient on the bike;</item>
/// <item>class 2 (v2-h154-…): an attendance row with nothing ticked, "For: ________" under a named technique, "▸
/// measured by: ____", "Delivery: [one-to-one / shared]" unanswered, a ticked "[X] 1:1" the officer passed, a ticked
/// "[X] group" on a 97112, an OT's unticked row on a 97530 and a 97116's "Assist: ____" beside a distance;</item>
/// <item>class 3 (v3-h154-…): named programmes and methods as techniques (PNF D1 and D2 with rhythmic stabilisation in
/// half-kneeling, Cawthorne-Cooksey head and eye exercises progressed to standing on foam, Maitland grade III
/// posterior-anterior glides, an Otago strengthening set with doses, LSVT BIG maximal-amplitude movements), the clinic's
/// branded "Bayou Balance Level 4" as the only technique, and Brandt-Daroff habituation with no number;</item>
/// <item>class 4 (v4-h154-…): deficits stated as findings in these writers' terms (the accordion's weight pulls him over
/// to the left and he cannot feel it coming, a foot that cannot find the trolley step without looking, a hip that drops
/// on the ice, a hand that will not let go of the laundry cart), notes that state none ("Impairment: see POC", "For:
/// same as las' time, cher", "Why:" left to an open query) and a deficit given by an addendum;</item>
/// <item>class 5 (v5-h154-…): measures in every usual form (the 4-stage balance test by stage and seconds, gait speed
/// in metres a second with an FGA, Mini-BESTest with an ABC percentage, distance and assistance for gait, trips and a
/// basket's pounds for a 97530) and notes with none ("Numbers: looked better on the foam than Tuesday", a measure query
/// left open, "as many as she could" for a 97110);</item>
/// <item>class 6 (v6-h154-…): minutes in these templates' forms (dotted code lines, arrows, a clock range on the "Svc:"
/// line, an addendum that gives the second code its minutes, a PT's and an OT's code each with its minutes) and true
/// mismatches (a dotted 35 on a 23-minute line, a dotted 25 on a 13-minute 97110, an arrow's 28 on a 16-minute 97116) and
/// truly missing separate time (an arrow with no minutes for the second code, "Total timed 37 min" for two codes);</item>
/// <item>class 7 (v7-h154-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (rows, step-downs and carries for a snowplow driver's climb to the cab),
/// 97530 (reaching, lifting and carrying at a quilt-shop cutting table), 97140 (thoracic and rib mobilisation for a
/// net-mender) and 97116 (a cane on gravel, a ramp and the amphitheatre steps), and wholly generic notes of each
/// clinic;</item>
/// <item>ordinary (vord-h154-…): complete notes of the three clinics that a reviewer passes (the false-positive guard),
/// with their harmless leftovers (a resolved query, "[CO: reviewed, no query — LM]", a visit count and a primary
/// outcome), and the ordinary weak ones: complete notes sent with no diagnosis and a PTA's dotted minutes that differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — wives, a grandson, a daughter, an aide
/// (none of them a patient; Mr. Esplin on the NuStep and Mrs. Pruitt on the other mat are), dates of service and of
/// addenda, visit numbers, ages, box and step heights in inches, loads in pounds, distances in feet, gait speeds,
/// degrees, percentages, counts of trips, reps and perturbations, and holds in seconds — and each is written so that a
/// reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code ("Code 97112
/// Neuro re-ed ........ 23 min", "→ 97112 · 22 min", "Svc: 97112 NMR — 24 min"), as a clock range on the code's own
/// line or in an addendum that names the code; no note gives minutes to a visit, a drill, a rest or a test, except the
/// one that fails for giving the visit only a total; notes failed for want of a measure carry no number but their code
/// and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A
/// 97112 passes the measure check only on an objective measure with a number; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a
/// family member, an aide or a staff member in the room does not undo a one-on-one statement, another patient treated
/// in the same block does.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out this week's cases that could honestly be read either way: an addendum dated after the
/// claim went out that changes a code's minutes, an officer's query answered by a colleague rather than the treating
/// clinician, a "PROGRESSING" goal as the only deficit of a 97112, a branded level named beside the drills its own
/// handout lists, a Cajun phrase whose meaning for attendance a reader outside the bayou could miss ("jus' us"), and a
/// dotted code line whose leaders run into another code's minutes on the same line.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 94 of 102 cases agree (100 needed), and 6 of the 72 notes the reviewer passes got a finding, on the analyzer of 7bc3829 (the 2026-12-07 twenty-first session after the hundred-and-forty-first to hundred-and-fifty-third sets were worked through and one review, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (5565a36, the session's final code): 100 of 102, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFiftyFourthTests(ITestOutputHelper output)
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

        // PCPT Houma, Jules: "Jus' me an' Mr. Naquin on the mat, cher, the whole neuro re-ed — his wife stayed out in the truck"; accordion-weight shifts on the foam, pushes at the shoulders, tandem on the beam; lateral lean and a late step; Berg and pushes; dotted 22 matches: passes.
        ["v1-h154-pc-jules-wife-in-the-truck"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/24/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Jus' me an' Mr. Naquin on the mat, cher, the whole neuro re-ed — his wife stayed out in the truck wit' the radio.
            Did: standin' on the foam wit' a 10 lb bag strapped on like his accordion, shiftin' side to side; pushes at the shoulders so he gotta catch it; tandem on the beam
            For: he leans left an' steps late when he stands up to play at the Saturday dance
            Numbers: Berg 47/56; caught 8 of 10 pushes wit'out a step
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // PCPT Thibodaux, Cleo: "one-on-one start to finish; the aide wiped down the other mats"; rocker board eyes closed, perturbations on the half-roll, step-ups to the cane-truck step height; ankle proprioception; rocker seconds and Berg; dotted 24 matches: passes.
        ["v1-h154-pc-cleo-aide-wiping-mats"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 03/25/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 24 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group — one-on-one start to finish; the aide wiped down the other mats
            Did: rocker board A/P with eyes closed, perturbations standing on the half foam roll, stepping up to a 16 in step like his cane-truck cab and holding at the top
            For: ankle proprioception ↓ both sides after the neuropathy, wobbles at the top of the cab step
            Numbers: rocker board eyes closed 9 sec (4 at eval); Berg 45/56
            """,
            ["E11.42", "R26.81"], [PT("97112", 24)], []),

        // MBOG Vale, Ignacio: "Delivery: one-to-one — his wife held his coat on the chair"; foam stance with head turns, perturbations, stepping to targets on the grange-hall tape; postural control; FGA and SLS; arrow 23 matches: passes.
        ["v1-h154-mbog-wife-holding-his-coat"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Harlan Goodell · Visit 9 · 12/29/2026 · I. Barragán, PT
            PRIMARY OUTCOME: ABC 58% (intake 41%)
            LTG 1 (by 02/10): two-step at the grange dance without stopping to grab a post — PROGRESSING
               → 97112 · 23 min · foam stance with head turns, perturbations at the pelvis, stepping to targets on the tape in a two-step pattern
               Impairment: postural control after the lacunar stroke; slow weight shift onto the R
               ▸ measured by: FGA 20/30 (15 at intake); SLS R 6 sec
            Delivery: one-to-one — his wife held his coat on the chair by the door.
            """,
            ["I69.398", "R26.89"], [PT("97112", 23)], []),

        // MBOG Nyssa, Kenzie (PTA): "Delivery: had Mr. Esplin on the NuStep at the same time, went back and forth"; otherwise complete: one-on-one missing.
        ["v1-h154-mbog-pta-esplin-on-the-nustep"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Lupe Arriola · Visit 4 · 12/28/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: FAAM ADL 66% (intake 52%)
            STG 1: stand at the onion-grading belt a full shift without widening her feet to keep from swaying — PROGRESSING
               → 97112 · 21 min · tandem stance on the foam, ball tosses off balance, lateral perturbations at the hips
               Impairment: postural sway and R ankle proprioception after the sprain
               ▸ measured by: tandem on foam 12 sec; 6 of 10 perturbations without a step
            Delivery: had Mr. Esplin on the NuStep at the same time, went back and forth between them.
            """,
            ["S93.401D"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // WRPT Green Forest, Kacey (PTA): query on attendance answered "Addendum 3/12: not 1:1 — Mrs. Pruitt was on the other mat and I traded between them — KO": one-on-one missing; techniques, deficit and measures present.
        ["v1-h154-wr-pta-addendum-traded-between-them"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 3/10/2026 — Kacey Ormsby, PTA
            Svc: 97112 NMR — 22 min
            What we did: side-stepping on the foam beam; reaching for cones from half-kneeling; catches on the trampoline
            Why: delayed stepping response and decreased postural control since the fall in the poultry house
            Numbers: Berg 43/56; four square step test 15.8 sec
            [CO query: attendance blank — was this 1:1?]
            Addendum 3/12: not 1:1 — Mrs. Pruitt was on the other mat and I traded between them — KO
            [CO: resolved LM]
            """,
            ["R26.81", "W19.XXXD"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // WRPT Berryville, Joel: query answered "Addendum 3/12: yes, 1:1 — her daughter stood at the rail, no other patient — JT"; VOR x1 on foam, walking with head turns, pivots; vestibular hypofunction; DGI; 23 matches: passes.
        ["v1-h154-wr-daughter-at-the-rail"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/9/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 23 min
            What we did: VOR x1 standing on the Airex; walking the hall with horizontal head turns; quick pivots on my call
            Why: L vestibular hypofunction; she gets dizzy turning to hand out programs on the square
            Numbers: DGI 17/24 (13 at eval)
            [CO query: 1:1?]
            Addendum 3/12: yes, 1:1 — her daughter stood at the rail, no other patient — JT
            [CO: resolved LM]
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // PCPT Houma, Jules: attendance line deleted and no delivery word anywhere; otherwise complete: one-on-one missing.
        ["v1-h154-pc-jules-attendance-line-deleted"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/26/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 23 min
            Did: steppin' in an' out of a hula hoop on the floor like gettin' in the flat boat, pushes at the hips on the foam, turnin' his head to the left an' right walkin'
            For: postural control off, he wobbles steppin' down into the boat at the crawfish pond
            Numbers: Berg 46/56; TUG 11.4 sec
            """,
            ["R26.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // WRPT Berryville, Dwight (OTR/L): 97530 in the Tuesday kitchen group of three — no one-on-one check for 97530; reaching to the upper shelf and carrying a pot; standing balance and R grip; trips and pounds: passes.
        ["v1-h154-wr-ot-97530-kitchen-group"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/10/2026 — Dwight Kemper, OTR/L
            Svc: 97530 TA — 18 min
            Attendance: [ ] 1:1  [ ] concurrent  [X] group (Tuesday kitchen group, three patients)
            What we did: reaching to the upper cabinet for mugs in standing, carrying a 4 lb pot from the sink to the stove, unloading the dishwasher with a squat
            Why: standing balance while reaching and R grip weakness after the wrist fracture
            Numbers: 6 trips sink to stove without setting the pot down; grip R 38 lb
            """,
            ["S52.501D"], [OT("97530", 18)], []),

        // MBOG Ontario, Kenzie (PTA): 97110 while another patient rode the bike beside her — no one-on-one check for 97110; doses and region: passes.
        ["v1-h154-mbog-pta-97110-patient-on-the-bike"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Roy Tenold · Visit 7 · 12/30/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: LEFS 49/80 (intake 33)
            STG 2: climb into the plow truck cab without pulling on the grab handle — PROGRESSING
               → 97110 · 15 min · step-ups 12 in 3x10, leg press 90 lb 3x12, lateral band walks 3 laps
               Impairment: R quad and hip extensor weakness after the knee scope
               ▸ measured by: step-ups 12 in without a hand 10 of 10
            Delivery: another patient on the bike next to him the whole time.
            """,
            ["M23.221", "Z98.890"], [PTA("97110", 15)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // PCPT Thibodaux, Annette: attendance row with nothing ticked and no delivery word elsewhere: one-on-one missing; rest complete.
        ["v2-h154-pc-attendance-row-unticked"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 03/24/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [ ] one-on-one [ ] concurrent [ ] group
            Did: narrow stance on the foam with eyes closed, walking the hall with head turns, perturbations at the pelvis
            For: somatosensory loss both feet, she can't feel the levee path at dusk
            Numbers: mCTSIB foam eyes closed 8 sec; Berg 44/56
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // PCPT Houma, Cleo: "For: ________" left blank under named techniques, nothing else names a deficit: deficit missing.
        ["v2-h154-pc-for-line-blank"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/25/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: PNF D2 flexion and extension patterns in standing, rhythmic stabilization in half-kneeling, stepping over the rope line
            For: ________
            Numbers: Berg 48/56; TUG 10.6 sec
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // MBOG Ontario, Rosalind: "▸ measured by: ____" blank and no number in the note but the code's minutes: measure missing.
        ["v2-h154-mbog-measured-by-blank"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Verl Hibbard · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: not rescored this visit
            STG: walk out to the lambing shed on the frozen ruts without a fall — PROGRESSING
               → 97112 · 22 min · rocker board eyes closed, perturbations in tandem, walking over the rubber mats with head turns
               Impairment: L ankle proprioception and delayed stepping response
               ▸ measured by: ____
            Delivery: one-to-one.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // MBOG Vale, Ignacio: "Delivery: [one-to-one / shared]" left unanswered: one-on-one missing; rest complete.
        ["v2-h154-mbog-delivery-choice-unanswered"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Dorothy Maupin · Visit 3 · 12/28/2026 · I. Barragán, PT
            PRIMARY OUTCOME: ABC 49% (intake 44%)
            STG 1: carry the mail in from the box on the icy porch without catching the rail — PROGRESSING
               → 97112 · 24 min · foam stance with a ball toss, backward walking with a stop on cue, perturbations at the pelvis
               Impairment: delayed reactive stepping and posterior lean
               ▸ measured by: Berg 42/56; backward walk 3 m with 2 losses of balance
            Delivery: [one-to-one / shared]
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // WRPT Eureka Springs, Brenna: "[X] 1:1" ticked, the officer passed it; trolley-step drills; foot placement; step test and Berg; 24 matches: passes.
        ["v2-h154-wr-ticked-one-on-one-passed"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/11/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 24 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: stepping up onto the 9 in step with eyes on a target ahead and not on his feet; foam stance with head turns; perturbations at the shoulders
            Why: he can't find the trolley step without looking down at it — impaired foot-placement proprioception R after the ankle fracture
            Numbers: 9 of 10 steps placed without looking; Berg 49/56
            [CO: reviewed, no query — LM]
            """,
            ["S82.891D"], [PT("97112", 24)], []),

        // WRPT Green Forest, Joel: "[X] group" ticked on a 97112: not one-on-one; rest complete.
        ["v2-h154-wr-group-ticked-on-97112"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 3/11/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 22 min
            Attendance: [ ] 1:1  [ ] concurrent  [X] group
            What we did: tandem walking on the tape line, foam stance with eyes closed, stepping over the cones
            Why: impaired postural control and delayed ankle strategy after the fall on the processing-line floor
            Numbers: Berg 45/56; tandem stance 14 sec
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // WRPT Eureka Springs, Dwight (OTR/L): attendance row unticked on a 97530 — no one-on-one check; ironing and folding at standing; balance and shoulder; counts: passes.
        ["v2-h154-wr-ot-97530-row-unticked"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/12/2026 — Dwight Kemper, OTR/L
            Svc: 97530 TA — 17 min
            Attendance: [ ] 1:1  [ ] concurrent  [ ] group
            What we did: folding quilt blocks at the counter in standing, reaching overhead to the bolt shelf, pressing seams at the ironing board
            Why: L shoulder flexion weakness and standing tolerance after the rotator-cuff repair
            Numbers: 12 reaches to the bolt shelf; stood 4 bolts' worth of folding without sitting
            """,
            ["M75.122", "Z98.890"], [OT("97530", 17)], []),

        // PCPT Thibodaux, Annette: 97116 "Assist: ____" blank beside a distance; cane on the levee path; R stance; distance is the dose: passes.
        ["v2-h154-pc-97116-assist-blank-distance-given"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 03/26/2026 · Annette Breaux, PT
            Code 97116 Gait training ........ 15 min
            Did: gait training with the straight cane on the gravel lot and the levee path, cues for heel strike and equal step on the R
            For: short R step and decreased R stance time after the R hip replacement
            Numbers: 450 ft with the cane; Assist: ____
            """,
            ["Z96.641"], [PT("97116", 15)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // PCPT Houma, Cleo: PNF D1 and D2 with rhythmic stabilisation in half-kneeling; trunk control; mini-BESTest; one-on-one ticked: passes.
        ["v3-h154-pc-pnf-half-kneeling"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/24/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: PNF D1 and D2 UE patterns in half-kneeling with rhythmic stabilization at the trunk, progressed to tall-kneeling on the foam
            For: poor trunk postural control, she tips forward over the boiling pot at the church kitchen
            Numbers: Mini-BESTest 18/28 (14 at eval)
            """,
            ["R29.3", "R26.89"], [PT("97112", 23)], []),

        // MBOG Ontario, Rosalind: Cawthorne-Cooksey head and eye exercises progressed to standing on foam; vestibular hypofunction; DGI; one-to-one: passes.
        ["v3-h154-mbog-cawthorne-cooksey-on-foam"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Lyle Swisher · Visit 5 · 12/29/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: DHI 44 (intake 62)
            STG 1: check his mirrors in the plow truck without the spins — PROGRESSING
               → 97112 · 22 min · Cawthorne-Cooksey head and eye exercises progressed from sitting to standing on foam, ball throws hand to hand above eye level
               Impairment: R vestibular hypofunction after neuritis
               ▸ measured by: DGI 18/24 (12 at intake)
            Delivery: one-to-one.
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // PCPT Thibodaux, Annette: 97140 Maitland grade III posterior-anterior glides to the thoracic spine; thoracic stiffness; rotation degrees: passes.
        ["v3-h154-pc-maitland-thoracic"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 03/25/2026 · Annette Breaux, PT
            Code 97140 Manual therapy ........ 12 min
            Did: Maitland grade III central PA glides T4–T8 in prone, rib springing on the R
            For: stiff mid-back an' R rib pain bending over the nets on the wharf stool
            Numbers: thoracic rotation R 35° → 45° after
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // WRPT Green Forest, Kacey (PTA): 97110 Otago strengthening set with doses; hip and ankle weakness: passes.
        ["v3-h154-wr-pta-otago-set-with-doses"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 3/12/2026 — Kacey Ormsby, PTA
            Svc: 97110 TE — 14 min
            What we did: Otago strengthening set — front knee strengthening 3 lb 2x10, side hip 3 lb 2x10, calf raises 2x15, toe raises 2x15
            Why: bilateral hip abductor and ankle weakness, can't rise from the low chairs at the senior center
            Numbers: as above
            """,
            ["M62.81"], [PTA("97110", 14)], []),

        // WRPT Eureka Springs, Brenna: LSVT BIG maximal-amplitude whole-body movements and big stepping; Parkinson's hypokinesia; step length and 10MWT; 1:1 ticked: passes.
        ["v3-h154-wr-lsvt-big-passion-play-ramp"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/10/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 25 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: LSVT BIG maximal daily movements (floor to ceiling, side to side, forward and backward steps), big rock-and-reach, big stepping up the ramp
            Why: hypokinesia and shuffling from Parkinson's; his steps shrink going up the amphitheatre ramp for the Passion Play
            Numbers: 10MWT 0.94 m/s; 18 steps for the 10 m (24 at eval)
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // PCPT Houma, Jules: the clinic's branded "Bayou Balance Level 4" as the only technique; deficit and Berg present: technique missing.
        ["v3-h154-pc-bayou-balance-level-only"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/25/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: Bayou Balance Level 4, cher
            For: delayed steppin' reaction, she grabs the bus rail comin' down the steps
            Numbers: Berg 45/56
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // MBOG Nyssa, Ignacio: Brandt-Daroff habituation and gaze work, vestibular deficit, one-to-one — but no number anywhere but the code's minutes: measure missing.
        ["v3-h154-mbog-brandt-daroff-no-number"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Odell Fenske · I. Barragán, PT
            PRIMARY OUTCOME: not rescored
            STG: bend to the auger hole on the river ice without the room turning — PROGRESSING
               → 97112 · 21 min · Brandt-Daroff habituation sit to side-lying each way, gaze stabilization with head turns in standing
               Impairment: motion-provoked dizziness, residual L vestibular hypofunction
               ▸ measured by: less dizzy than last visit, by his report
            Delivery: one-to-one.
            """,
            ["H81.12"], [PT("97112", 21)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none

        // PCPT Thibodaux, Annette: the deficit as a finding — "the weight of the accordion pulls him to the left and he can't feel it coming till he's already going"; foam with weighted vest, perturbations; Berg and count; one-on-one: passes.
        ["v4-h154-pc-accordion-pulls-him-left"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 03/26/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 24 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: weight shifts on the foam in a 10 lb vest worn off-center on the L, perturbations from the R, standing from the bench to play position and holding
            For: the weight of the accordion pulls him to the left and he can't feel it coming till he's already going — he caught himself on the bandstand rail twice
            Numbers: Berg 46/56; 7 of 10 R-side perturbations held without a step
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // MBOG Vale, Ignacio: "Impairment: see POC" and nothing else names a deficit: deficit missing.
        ["v4-h154-mbog-impairment-see-poc"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Wanda Kreuger · Visit 6 · 12/30/2026 · I. Barragán, PT
            PRIMARY OUTCOME: ABC 63% (intake 50%)
               → 97112 · 22 min · rocker board with eyes closed, foam stance with ball toss, lateral perturbations
               Impairment: see POC
               ▸ measured by: Berg 47/56
            Delivery: one-to-one.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // PCPT Houma, Jules: "For: same as las' time, cher" names nothing: deficit missing.
        ["v4-h154-pc-jules-same-as-last-time"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/27/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: rocker board eyes closed, tandem on the beam, pushes at the shoulders
            For: same as las' time, cher
            Numbers: rocker board 11 sec; Berg 48/56
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // WRPT Berryville, Brenna: "Why:" left blank with "[CO query: deficit?]" "[CO: open]": deficit missing.
        ["v4-h154-wr-why-query-open"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/10/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: perturbations on the Airex, tandem walking with head turns, stepping over the hurdles
            Why:
            Numbers: Berg 44/56; 6 of 10 perturbations recovered without a step
            [CO query: deficit?]
            [CO: open]
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // WRPT Eureka Springs, Joel: blank "Why:" answered "Addendum 3/13: R ankle proprioception after the fracture; he misjudges the boat's gunwale stepping in — JT": passes.
        ["v4-h154-wr-deficit-by-addendum"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/11/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 24 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: rocker board eyes closed, stepping onto a wobble board from a 6 in step, perturbations in SLS
            Why:
            Numbers: SLS R 10 sec; rocker board 13 sec without an edge touch
            [CO query: deficit?]
            Addendum 3/13: R ankle proprioception after the fracture; he misjudges the bass boat's gunwale stepping in at Beaver Lake — JT
            [CO: resolved LM]
            """,
            ["S82.891D"], [PT("97112", 24)], []),

        // MBOG Ontario, Kenzie (PTA): 97110 with "R hip drops on the ice" as the impairment; doses: passes.
        ["v4-h154-mbog-pta-hip-drops-on-the-ice"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Ardith Loomis · Visit 8 · 12/31/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: LEFS 52/80
            STG 3: walk to the mailbox on the packed snow without the L hip giving — PROGRESSING
               → 97110 · 13 min · side-lying hip abduction 3 lb 3x12, standing band abduction red 3x15, single-leg bridges 2x10
               Impairment: L gluteus medius weakness — the R hip drops every step on the ice
               ▸ measured by: hip abduction 4-/5 L
            """,
            ["M62.81", "M16.12"], [PTA("97110", 13)], []),

        // WRPT Green Forest, Dwight (OTR/L): 97530 deficit as a finding — "won't let go of the laundry cart with her L hand to reach the top shelf"; trips and reaches: passes.
        ["v4-h154-wr-ot-wont-let-go-of-the-cart"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 3/13/2026 — Dwight Kemper, OTR/L
            Svc: 97530 TA — 19 min
            What we did: pushing the laundry cart, reaching to the top shelf with one hand while standing free, loading and unloading the dryer
            Why: she won't let go of the cart with her L hand to reach up — standing balance with reaching and L shoulder weakness
            Numbers: 8 top-shelf reaches with no hand on the cart; 3 loads to the dryer
            """,
            ["R26.89", "M62.81"], [OT("97530", 19)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // PCPT Houma, Cleo: the 4-stage balance test by stage and seconds; tandem and single-leg work on the foam; postural control; one-on-one: passes.
        ["v5-h154-pc-four-stage-by-stage"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/26/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: semi-tandem to tandem on the foam with head turns, single-leg stance reaching to the wall targets, perturbations at the pelvis
            For: postural control ↓, the bus driver wobbles on the bottom bus step when the door opens
            Numbers: 4-stage balance test — stages 1 and 2 held 10 sec, stage 3 held 10 sec, stage 4 held 4 sec
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // MBOG Ontario, Rosalind: gait speed in metres a second with an FGA; dual-task walking and perturbations; postural control; one-to-one: passes.
        ["v5-h154-mbog-gait-speed-and-fga"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Gene Voorhees · Visit 10 · 12/28/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: FGA 21/30 (intake 14)
            LTG 2 (by 02/01): walk the beet pile ground on the frozen ruts carrying a shovel — PROGRESSING
               → 97112 · 23 min · dual-task walking counting back by threes over the rubber mats, perturbations while carrying a weighted bar, stepping over the hose line
               Impairment: reactive postural control and stepping under a dual-task load
               ▸ measured by: 10MWT 0.92 m/s (0.71 at intake); FGA 21/30
            Delivery: one-to-one.
            """,
            ["R26.89"], [PT("97112", 23)], []),

        // PCPT Thibodaux, Annette: Mini-BESTest with an ABC percentage; reactive stepping drills; one-on-one: passes.
        ["v5-h154-pc-mini-bestest-and-abc"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 03/24/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: lean-and-release for forward and backward stepping, lateral stepping over the rope, foam stance with head turns
            For: delayed reactive stepping backward, she sits down hard when the screen door swings at her
            Numbers: Mini-BESTest 17/28; ABC 61%
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // WRPT Berryville, Kacey (PTA): "[CO query: measure?]" left "[CO: open]" and no number anywhere but the code's minutes: measure missing.
        ["v5-h154-wr-pta-measure-query-open"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Kacey Ormsby, PTA
            Svc: 97112 NMR — 22 min
            Attendance: one-on-one — nobody else on the mats
            What we did: foam stance eyes closed, tandem on the beam, catches with a lean-and-release
            Why: impaired proprioception in both feet and slow stepping responses
            Numbers:
            [CO query: measure?]
            [CO: open]
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // PCPT Houma, Jules: "Numbers: looked better on the foam than Tuesday" — no number but the code's minutes: measure missing.
        ["v5-h154-pc-jules-looked-better-than-tuesday"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 24 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: foam stance reachin' for the net floats, pushes at the hips, tandem on the beam wit' head turns
            For: ankle proprioception ↓, she wobbles on the wharf boards
            Numbers: looked better on the foam than Tuesday, cher
            """,
            ["R26.81"], [PTA("97112", 24)], [At(Measure, "97112")]),

        // MBOG Vale, Kenzie (PTA): 97116 with distance and assistance (600 ft cane, SBA on the snowy walk): passes.
        ["v5-h154-mbog-pta-97116-snowy-walk"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Nedra Buhler · Visit 6 · 12/29/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: LEFS 41/80
            STG 2: walk from the ranch house to the car on the snow with the cane — PROGRESSING
               → 97116 · 16 min · gait training with the single-point cane on the parking-lot snow and the clinic ramp, cues for step length and heel first
               Impairment: short L step and L stance time after the L TKA
               ▸ measured by: 600 ft with the cane, SBA on the snow, mod I indoors
            """,
            ["Z96.652"], [PTA("97116", 16)], []),

        // WRPT Green Forest, Dwight (OTR/L): 97530 with trips and a basket's pounds; standing and carrying; L hand: passes.
        ["v5-h154-wr-ot-trips-and-basket-pounds"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 3/9/2026 — Dwight Kemper, OTR/L
            Svc: 97530 TA — 18 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: carrying a 6 lb laundry basket from the washer to the bed, folding towels in standing, hanging shirts on the rod
            Why: decreased standing balance while carrying and L grip weakness after the stroke
            Numbers: 9 trips with the basket, no loss of balance; 14 shirts hung
            """,
            ["I69.354"], [OT("97530", 18)], []),

        // WRPT Eureka Springs, Kacey (PTA): 97110 "as many as she could" with no dose or number: measure missing.
        ["v5-h154-wr-pta-97110-as-many-as-she-could"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Kacey Ormsby, PTA
            Svc: 97110 TE — 13 min
            What we did: sit to stands from the low chair, heel raises at the counter, side-stepping with the band — as many as she could of each
            Why: quad and hip weakness both sides, she can't get up off the low quilt-shop stool
            """,
            ["M62.81"], [PTA("97110", 13)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, mismatches, missing separate time

        // PCPT Houma, Cleo: dotted lines for 97112 and 97116, each with its own content; both match: passes.
        ["v6-h154-pc-dotted-nmr-and-gait"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/27/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: foam stance with head turns, perturbations at the pelvis, stepping over the rope
            For: postural control and late stepping after the fall off the boat ramp
            Numbers: Berg 46/56
            Code 97116 Gait training ........ 14 min
            Did: walker to cane on the clinic ramp and the parking lot, cues for step length
            For: short R step after the R hip fracture
            Numbers: 300 ft cane CGA
            """,
            ["S72.001D", "R26.81"], [PT("97112", 23), PT("97116", 14)], []),

        // PCPT Thibodaux, Jules: "Code 97112 Neuro re-ed ........ 35 min" on a 23-minute line: mismatch; rest complete.
        ["v6-h154-pc-dotted-35-on-23"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 03/24/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 35 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: rocker board eyes closed, catches on the foam, tandem walkin' wit' head turns
            For: ankle proprioception ↓ both sides
            Numbers: rocker board 10 sec; Berg 47/56
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Mismatch, "97112")]),

        // MBOG Nyssa, Rosalind: two arrows, 97112 and 97110, each with its minutes and content: both match: passes.
        ["v6-h154-mbog-two-arrows"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Irene Schaffeld · Visit 11 · 12/30/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: FAAM ADL 79% (intake 54%)
            LTG 1: walk the lambing pens on the straw and frozen mud without a fall — PROGRESSING
               → 97112 · 22 min · BAPS level 4 standing, perturbations in SLS on foam, hop-to-stick onto the pad
               → 97110 · 12 min · heel raises 3x20, eccentric step-downs 6 in 3x10, band eversion green 3x15
               Impairment: L ankle proprioception after the inversion sprain; L peroneal and calf weakness
               ▸ measured by: SLS L on foam 15 sec; heel raises L 18 (R 25)
            Delivery: one-to-one.
            """,
            ["S93.402D"], [PT("97112", 22), PT("97110", 12)], []),

        // MBOG Vale, Ignacio: "→ 97116 · 28 min" on a 16-minute line; 97112 arrow 23 matches: mismatch on 97116.
        ["v6-h154-mbog-arrow-28-on-16"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Clyde Ashby · Visit 4 · 12/31/2026 · I. Barragán, PT
            PRIMARY OUTCOME: ABC 55%
            STG 1: walk to the grange-hall dance floor and back with the cane — PROGRESSING
               → 97112 · 23 min · foam stance with head turns, lateral perturbations, stepping to floor targets
               → 97116 · 28 min · cane gait on the hallway and the ramp, cues for heel strike
               Impairment: postural control after the stroke; short R step
               ▸ measured by: Berg 43/56; 400 ft cane SBA
            Delivery: one-to-one.
            """,
            ["I69.398"], [PT("97112", 23), PT("97116", 16)], [At(Mismatch, "97116")]),

        // MBOG Ontario, Ignacio: the 97140 arrow left without minutes beside a timed 97112: separate time missing.
        ["v6-h154-mbog-second-arrow-no-minutes"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Merle Dawes · Visit 7 · 12/28/2026 · I. Barragán, PT
            PRIMARY OUTCOME: FAAM ADL 70%
               → 97112 · 22 min · rocker board eyes closed, perturbations in tandem, foam SLS
               → 97140 · talocrural posterior glides grade III, soft-tissue mobilization to the L calf
               Impairment: L ankle proprioception and DF stiffness after the fracture
               ▸ measured by: SLS L foam 9 sec; DF L 6° → 11°
            Delivery: one-to-one.
            """,
            ["S82.892D"], [PT("97112", 22), PT("97140", 10)], [SepTime]),

        // WRPT Berryville, Joel: clock range on the "Svc:" line (1:05–1:28 = 23); complete: passes.
        ["v6-h154-wr-clock-range-on-svc-line"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/12/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR (1:05–1:28)
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: stepping onto the foam from a 4 in step, perturbations at the shoulders in tandem, turning 180° on cue
            Why: delayed stepping response and impaired postural control; she stumbled on the courthouse-square curb
            Numbers: Berg 46/56; TUG 10.8 sec
            [CO: reviewed, no query — LM]
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // WRPT Eureka Springs, Kacey (PTA): the second code's time asked and answered "Addendum 3/12: 97110 was 13 min — KO"; both complete: passes.
        ["v6-h154-wr-pta-addendum-gives-97110-time"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/10/2026 — Kacey Ormsby, PTA
            Svc: 97112 NMR — 24 min
            Svc: 97110 TE
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            NMR: tandem on the foam beam, perturbations at the hips, stepping onto the trolley-height step looking ahead — R foot-placement proprioception; Berg 47/56
            TE: step-ups 8 in 3x10, hip abduction with the band 3x15, calf raises 3x20 — R hip and calf weakness
            [CO query: 97110 time?]
            Addendum 3/12: 97110 was 13 min — KO
            [CO: resolved LM]
            """,
            ["R26.81", "M62.81"], [PTA("97112", 24), PTA("97110", 13)], []),

        // WRPT Green Forest, Brenna: only "Total timed 37 min" for 97112 and 97116: separate time missing; content complete.
        ["v6-h154-wr-total-only-two-codes"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 3/13/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR / 97116 GT
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            NMR: foam stance with head turns, perturbations in tandem, obstacle stepping — impaired postural control; Berg 44/56
            GT: rolling walker on the hallway and the ramp, cues for step length — short L step; 250 ft CGA
            Total timed 37 min
            """,
            ["R26.81", "R26.89"], [PT("97112", 23), PT("97116", 14)], [SepTime]),

        // WRPT Berryville, Joel's 97112 and Dwight's 97530, each "Svc:" with its minutes; both complete: passes.
        ["v6-h154-wr-pt-and-ot-codes"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/11/2026 — Joel Tackett, PT, DPT / Dwight Kemper, OTR/L
            Svc: 97112 NMR — 23 min (JT)
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: perturbations on the Airex, tandem with head turns, stepping over the hurdles — delayed ankle strategy; Berg 45/56
            Svc: 97530 TA — 16 min (DK)
            What we did: standing at the counter sorting the pill organizer, reaching to the cabinet, carrying a 3 lb bag to the table — L hand coordination and standing balance; 6 trips, 12 reaches
            """,
            ["I69.354", "R26.81"], [PT("97112", 23), OT("97530", 16)], []),

        // PCPT Thibodaux, Annette: "Code 97110 Ther ex ........ 25 min" on a 13-minute line; 97112 dotted 23 matches: mismatch on 97110.
        ["v6-h154-pc-dotted-97110-25-on-13"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 03/27/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: foam stance with eyes closed, perturbations at the pelvis, tandem on the beam
            For: somatosensory loss in both feet, she sways in the dark hallway
            Numbers: mCTSIB foam eyes closed 12 sec
            Code 97110 Ther ex ........ 25 min
            Did: sit to stands 3x10, heel raises 3x15, hip abduction 2 lb 3x12
            For: hip and calf weakness both sides
            """,
            ["E11.42", "R26.81"], [PT("97112", 23), PT("97110", 13)], [At(Mismatch, "97110")]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // A PCPT two-code visit exported with no note text: DOC_NOTE_MISSING on each profiled line, nothing else.
        ["v7-h154-pc-empty-two-code-visit"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97110", 12)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // An MBOG PTA 97110 whose note is spaces and line breaks only, with no diagnosis on the claim: note missing and the diagnosis finding.
        ["v7-h154-mbog-whitespace-only-no-dx"] = new(
            "  \n \n   \n",
            [], [PTA("97110", 14)], [At(NoteMissing, "97110"), Dx]),

        // MBOG Ontario, Kenzie (PTA): 97110 in the contract's sense — rows, step-downs and farmer's carries for a snowplow driver's climb to the cab; loads and sets; R shoulder and knee: passes.
        ["v7-h154-mbog-pta-97110-plow-cab"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Roy Tenold · Visit 8 · 12/31/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: LEFS 53/80
            STG 2: climb into the plow truck cab three-point without the R knee buckling — PROGRESSING
               → 97110 · 14 min · cable rows 40 lb 3x12, step-downs 8 in 3x10, farmer's carries 25 lb each hand 4 laps, terminal knee extension with the blue band 3x15
               Impairment: R quad weakness and R shoulder extensor weakness pulling up on the grab handle
               ▸ measured by: step-downs 8 in 10 of 10 controlled
            """,
            ["M23.221", "Z98.890"], [PTA("97110", 14)], []),

        // WRPT Eureka Springs, Dwight (OTR/L): 97530 in the contract's sense — reaching, lifting and carrying bolts at the quilt-shop cutting table; shoulder and standing balance; counts and pounds: passes.
        ["v7-h154-wr-ot-97530-quilt-shop-table"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/13/2026 — Dwight Kemper, OTR/L
            Svc: 97530 TA — 17 min
            What we did: lifting 5 lb fabric bolts from the floor bin to the cutting table, reaching to the top cubbies from the two-step stool, rolling a bolt out and carrying it across the room
            Why: R shoulder elevation weakness and balance reaching up from the stool for her quilt shop
            Numbers: 10 bolts floor to table; 6 reaches from the stool's second step with CGA
            """,
            ["M75.121", "R26.89"], [OT("97530", 17)], []),

        // PCPT Houma, Annette: 97140 in the contract's sense — thoracic and rib mobilisation and soft-tissue work for a net-mender; stiffness; rotation degrees: passes.
        ["v7-h154-pc-97140-net-mender"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/26/2026 · Annette Breaux, PT
            Code 97140 Manual therapy ........ 11 min
            Did: soft-tissue mobilization to the R rhomboids and mid-traps, rib mobilization R ribs 4–6 in side-lying, thoracic extension mobilization over the wedge
            For: stiff, painful R upper back from hunching over the nets all day on the wharf stool
            Numbers: thoracic extension 10° more after; pain 6/10 → 3/10
            """,
            ["M54.6", "M62.830"], [PT("97140", 11)], []),

        // WRPT Berryville, Brenna: 97116 in the contract's sense — cane on gravel, a ramp and the amphitheatre steps; assistance and distance: passes.
        ["v7-h154-wr-97116-amphitheatre-steps"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/9/2026 — Brenna Ellingboe, PT
            Svc: 97116 GT — 15 min
            What we did: gait training with the quad cane on the gravel lot, up and down the ramp, and step-to on the 6 in steps with the rail like the amphitheatre rows
            Why: decreased R stance and short L step after the R ankle fracture
            Numbers: 350 ft on gravel with min A; 12 steps with the rail, SBA
            """,
            ["S82.891D"], [PT("97116", 15)], []),

        // PCPT Thibodaux, Jules: wholly generic 97112 — "Neuro re-ed per POC. Tolerated well, cher. Continue POC." — nothing named: technique, generic, deficit, measure and one-on-one findings.
        ["v7-h154-pc-jules-generic-nmr"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Did: neuro re-ed per POC
            For: per POC
            Numbers: tolerated well, cher. Continue POC.
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // MBOG Vale, Kenzie (PTA): wholly generic 97110 — "Ther ex per plan. Pt tolerated tx well." — technique, generic, deficit and measure findings.
        ["v7-h154-mbog-pta-generic-ther-ex"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            K. Pfleger, PTA
               → 97110 · 13 min · therapeutic exercise per plan
               Impairment: see POC
               ▸ measured by: pt tolerated tx well
            """,
            ["M62.81"], [PTA("97110", 13)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // WRPT Green Forest, Joel: wholly generic two-code note with minutes for each — "Balance and gait training. Tolerated well. Continue POC." — each code's four findings and one-on-one on 97112.
        ["v7-h154-wr-generic-two-codes-minutes-each"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Joel Tackett, PT, DPT
            Svc: 97112 NMR — 23 min
            Svc: 97116 GT — 15 min
            What we did: balance training and gait training.
            Why: per POC.
            Numbers: tolerated well. Continue POC.
            [CO query: this describes nothing — technique, deficit, measure?]
            [CO: open]
            """,
            ["R26.81"], [PT("97112", 23), PT("97116", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes, and the ordinary weak ones

        // PCPT Houma, Cleo: returning church cook, 97112; reaching over the pot on foam, perturbations; forward lean; Berg and reach; one-on-one: passes.
        ["vord-h154-pc-church-cook-returns"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/24/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: reaching forward over a tall pot on the counter while standing on the foam, perturbations from behind, stepping back to a target
            For: poor anticipatory postural control, she pitches forward when she leans over the crawfish boil
            Numbers: Berg 47/56; functional reach 9 in (6 at eval)
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // PCPT Thibodaux, Jules: 97110 for the cane-truck driver; rows, step-ups, grip; doses: passes.
        ["vord-h154-pc-jules-97110-cane-truck"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 03/25/2026 · Jules Guidry, PTA
            Code 97110 Ther ex ........ 13 min
            Did: step-ups on the 14 in box 3x10, seated rows 30 lb 3x12, hand gripper 2x20
            For: L knee an' grip weak, he pulls hard on the cab handle climbin' up
            """,
            ["M62.81"], [PTA("97110", 13)], []),

        // PCPT Houma, Annette: 97112 and 97140 dotted, each complete: passes.
        ["vord-h154-pc-annette-nmr-and-manual"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/25/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: BAPS level 3 in standing, foam SLS with ball catches, lateral hops to a stick
            For: R ankle proprioception after the sprain on the boat ramp
            Numbers: SLS R foam 12 sec
            Code 97140 Manual therapy ........ 9 min
            Did: talocrural posterior glides grade III, STM to the R peroneals
            For: R ankle DF stiff
            Numbers: DF R 8° → 12°
            """,
            ["S93.401D"], [PT("97112", 22), PT("97140", 9)], []),

        // PCPT Thibodaux, Cleo: 97116 for the levee walker; cane, distance and assist: passes.
        ["vord-h154-pc-levee-walker-97116"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 03/26/2026 · Cleo Robichaux, PT, DPT
            Code 97116 Gait training ........ 16 min
            Did: gait training with the straight cane on the levee-slope ramp and the grass, cues for heel-toe and looking up
            For: shuffling steps and short L stride after the L TKA
            Numbers: 500 ft with the cane, SBA on grass
            """,
            ["Z96.652"], [PT("97116", 16)], []),

        // PCPT Houma, Jules: returning accordion player, 97112 with his own sentence of one-on-one; Berg: passes.
        ["vord-h154-pc-jules-accordion-player-again"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/27/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 24 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: standin' up from the bench to play position wit' the 10 lb vest off to the left, pushes from the right, side-steppin' on the foam
            For: lateral lean left an' late steppin' reaction
            Numbers: Berg 48/56 (47 Tuesday); 8 of 10 pushes held
            """,
            ["R26.81"], [PTA("97112", 24)], []),

        // PCPT Thibodaux, Annette: 97530 for the bus driver; bus steps and lifting the wheelchair ramp; leg weakness; counts: passes.
        ["vord-h154-pc-bus-driver-97530"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 03/24/2026 · Annette Breaux, PT
            Code 97530 Ther activities ........ 15 min
            Did: climbing the 3 bus-height steps with the rail and back down, pulling a 20 lb ramp section up to the bench, squatting to check the under-seat bin
            For: R knee weakness and pain on steps after the meniscus repair
            Numbers: 8 rounds on the steps; ramp lift 6 times
            """,
            ["M23.221", "Z98.890"], [PT("97530", 15)], []),

        // PCPT Houma, Cleo: 97112 for a returning crawfish farmer stepping into the flat boat; Berg and TUG; one-on-one: passes.
        ["vord-h154-pc-crawfish-farmer-returns"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/27/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: stepping down from a 6 in step onto the wobble board, perturbations on the half-roll, tandem with head turns
            For: delayed ankle and hip strategy, he wobbles stepping down into the flat boat
            Numbers: Berg 50/56; TUG 9.8 sec
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // PCPT Thibodaux, Jules: 97112 and 97110 dotted, each complete, one-on-one: passes.
        ["vord-h154-pc-jules-two-dotted-codes"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 03/26/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: rocker board eyes closed, foam stance tossin' the ball, tandem on the beam
            For: proprioception ↓ both ankles
            Numbers: rocker board 12 sec; Berg 49/56
            Code 97110 Ther ex ........ 12 min
            Did: heel raises 3x15, wall sits 5 x 20 sec, hip abduction 2 lb 3x12
            For: calf an' hip weakness
            """,
            ["R26.81", "M62.81"], [PTA("97112", 23), PTA("97110", 12)], []),

        // PCPT Houma, Annette: complete 97112 sent with no diagnosis on the claim: diagnosis finding only.
        ["vord-h154-pc-complete-no-diagnosis"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/24/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: foam stance eyes closed, perturbations at the pelvis, stepping over the rope
            For: postural sway and a late step
            Numbers: Berg 45/56
            """,
            [], [PT("97112", 23)], [Dx]),

        // PCPT Thibodaux, Jules: dotted 25 left on a 14-minute 97110 (his 97112's 23 matches): mismatch on 97110; otherwise complete.
        ["vord-h154-pc-jules-97110-dotted-25-on-14"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 03/27/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: pushes at the hips on the foam, tandem walkin' wit' head turns, steppin' over the rope
            For: delayed steppin' reaction an' sway
            Numbers: Berg 46/56
            Code 97110 Ther ex ........ 25 min
            Did: sit to stands 3x10, step-ups 6 in 3x10, calf raises 3x15
            For: quad an' calf weakness both sides
            """,
            ["R26.81", "M62.81"], [PTA("97112", 23), PTA("97110", 14)], [At(Mismatch, "97110")]),

        // PCPT Houma, Cleo: 97112 vestibular, gaze stabilisation for the school-bus driver checking mirrors; DGI; one-on-one: passes.
        ["vord-h154-pc-gaze-bus-mirrors"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/25/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: VOR x1 horizontal on the foam, head turns walking to a mirror on each side, quick turns on cue
            For: R vestibular hypofunction, dizzy checking the side mirrors on the bus
            Numbers: DGI 19/24; DVA 3 lines lost (5 at eval)
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // PCPT Thibodaux, Annette: 97110 for the net-mender's shoulders; doses: passes.
        ["vord-h154-pc-net-mender-97110"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 03/27/2026 · Annette Breaux, PT
            Code 97110 Ther ex ........ 14 min
            Did: prone Y and T raises 2 lb 3x10, band rows green 3x15, chin tucks 2x10 with 5 sec holds
            For: R scapular retractor weakness and forward head from the wharf stool
            """,
            ["M62.81", "M54.6"], [PT("97110", 14)], []),

        // MBOG Ontario, Rosalind: 97112 for a sugar-beet pile hand; perturbations with the shovel; FGA; one-to-one: passes.
        ["vord-h154-mbog-beet-pile-hand"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Gene Voorhees · Visit 11 · 12/30/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: FGA 22/30
            LTG 2 (by 02/01): walk the beet pile ground carrying a shovel — PROGRESSING
               → 97112 · 22 min · walking over the rubber mats with a 10 lb bar carried across, perturbations at the bar, stepping over the hose line on cue
               Impairment: reactive postural control with a load in his hands
               ▸ measured by: FGA 22/30; 10MWT 0.98 m/s
            Delivery: one-to-one.
            """,
            ["R26.89"], [PT("97112", 22)], []),

        // MBOG Nyssa, Kenzie (PTA): 97116 for the onion grader; walker to cane, distance and assist: passes.
        ["vord-h154-mbog-pta-97116-onion-grader"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Lupe Arriola · Visit 5 · 12/30/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: FAAM ADL 69%
            STG 2: walk the packing-shed floor to the belt without the cane — PROGRESSING
               → 97116 · 15 min · gait without the cane on the hallway and the ramp, cues for equal step and trunk rotation
               Impairment: short R stance and antalgic gait after the ankle sprain
               ▸ measured by: 400 ft no device, SBA; 2 losses of step rhythm corrected
            """,
            ["S93.401D"], [PTA("97116", 15)], []),

        // MBOG Vale, Ignacio: 97112 and 97116 arrows, each with its minutes, for the grange dancer; one-to-one: passes.
        ["vord-h154-mbog-grange-dancer-two-codes"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Harlan Goodell · Visit 10 · 12/31/2026 · I. Barragán, PT
            PRIMARY OUTCOME: ABC 62%
            LTG 1 (by 02/10): two-step at the grange dance — PROGRESSING
               → 97112 · 23 min · two-step pattern on the tape with turns, foam stance with perturbations, backward stepping on cue
               → 97116 · 14 min · gait without the cane on the hallway with turns and stops, cues for R push-off
               Impairment: postural control and R weight shift after the stroke; short R push-off
               ▸ measured by: FGA 21/30; 500 ft no device, SBA
            Delivery: one-to-one.
            """,
            ["I69.398", "R26.89"], [PT("97112", 23), PT("97116", 14)], []),

        // MBOG Ontario, Rosalind: 97140 for the sheep rancher's shoulder; glides and STM; degrees: passes.
        ["vord-h154-mbog-97140-sheep-rancher-shoulder"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Verl Hibbard · Visit 6 · 12/29/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: QuickDASH 38 (intake 55)
            STG 1: lift a ewe's hind end at lambing without the R shoulder pinching — PROGRESSING
               → 97140 · 11 min · GH inferior and posterior glides grade III, STM to the R posterior cuff
               Impairment: R shoulder capsular stiffness after the frozen-shoulder flare
               ▸ measured by: R flexion 128° → 139°; ER 35° → 42°
            """,
            ["M75.01"], [PT("97140", 11)], []),

        // MBOG Nyssa, Ignacio: 97112 for an ice fisherman; foam and perturbations on a slick surface; Berg; one-to-one: passes.
        ["vord-h154-mbog-ice-fisherman"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Odell Fenske · Visit 4 · 12/29/2026 · I. Barragán, PT
            PRIMARY OUTCOME: ABC 66%
            STG 2: walk out on the Snake River ice to his auger hole with the spud bar — PROGRESSING
               → 97112 · 21 min · walking on the slide board in socks with a pole, perturbations on the foam, turning in small steps on cue
               Impairment: delayed ankle strategy and poor postural control on a slick surface
               ▸ measured by: Berg 49/56; tandem on foam 11 sec
            Delivery: one-to-one.
            """,
            ["R26.81"], [PT("97112", 21)], []),

        // MBOG Vale, Kenzie (PTA): 97110 for the ranch wife's knee; doses: passes.
        ["vord-h154-mbog-pta-97110-ranch-wife"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Dorothy Maupin · Visit 4 · 12/30/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: KOOS ADL 58
            STG 3: step down off the icy porch without holding the post — PROGRESSING
               → 97110 · 13 min · eccentric step-downs 4 in 3x10, mini squats 3x12, SAQ 3 lb 3x15
               Impairment: L quad weakness, knee gives on the porch step
               ▸ measured by: step-downs 4 in 9 of 10 controlled
            """,
            ["M17.12"], [PTA("97110", 13)], []),

        // MBOG Ontario, Ignacio: 97112 and 97110 arrows for the snowplow driver's balance and strength; one-to-one: passes.
        ["vord-h154-mbog-plow-driver-two-codes"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Lyle Swisher · Visit 6 · 12/31/2026 · I. Barragán, PT
            PRIMARY OUTCOME: DHI 38
            STG 1: check mirrors and step down from the cab without the spins — PROGRESSING
               → 97112 · 22 min · gaze stabilization X1 standing on foam, head turns while stepping down from an 8 in step, quick turns on cue
               → 97110 · 11 min · step-ups 12 in 3x10, farmer's carries 20 lb 3 laps
               Impairment: R vestibular hypofunction; R quad weakness on the cab step
               ▸ measured by: DGI 19/24; step-ups 12 in 10 of 10
            Delivery: one-to-one.
            """,
            ["H81.21", "M62.81"], [PT("97112", 22), PT("97110", 11)], []),

        // MBOG Nyssa, Rosalind: 97530 for a returning beet-pile hand lifting and shovelling; back and hip; loads and trips: passes.
        ["vord-h154-mbog-97530-shovel-and-lift"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Elmer Quast · Visit 9 · 12/28/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: ODI 28% (intake 46%)
            LTG 1: a full shift at the beet pile scooping spill — PROGRESSING
               → 97530 · 16 min · shovelling pea gravel from the bin to a bucket with a hip hinge, lifting the 25 lb bucket to a bench, carrying it across the gym
               Impairment: lumbar extensor endurance and hip-hinge control
               ▸ measured by: 12 shovel loads with a neutral spine; 5 bucket lifts and carries
            """,
            ["M54.50"], [PT("97530", 16)], []),

        // MBOG Vale, Kenzie (PTA): 97112 for a returning ranch wife on the icy porch; one-to-one; Berg: passes.
        ["vord-h154-mbog-pta-icy-porch-nmr"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Dorothy Maupin · Visit 5 · 12/31/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: ABC 52%
            STG 1: carry the mail in on the icy porch — PROGRESSING
               → 97112 · 22 min · backward walking with stops, lateral perturbations at the pelvis, stepping down from a 4 in step onto the foam
               Impairment: delayed reactive stepping and posterior lean
               ▸ measured by: Berg 44/56; 3 m backward walk with 1 loss of balance
            Delivery: one-to-one — just the two of us in the back gym.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // MBOG Ontario, Rosalind: complete 97112 sent with no diagnosis: diagnosis finding only.
        ["vord-h154-mbog-complete-no-diagnosis"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Merle Dawes · Visit 8 · 12/31/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: FAAM ADL 74%
               → 97112 · 23 min · rocker board eyes closed, BAPS level 3, perturbations in SLS
               Impairment: L ankle proprioception after the fracture
               ▸ measured by: SLS L foam 12 sec
            Delivery: one-to-one.
            """,
            [], [PT("97112", 23)], [Dx]),

        // MBOG Nyssa, Ignacio: 97116 for the beet-pile hand on uneven ground; distance and assist: passes.
        ["vord-h154-mbog-97116-uneven-ground"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — NYSSA · MBOG Outcomes Daily Note
            Pt: Elmer Quast · Visit 10 · 12/30/2026 · I. Barragán, PT
            PRIMARY OUTCOME: ODI 26%
               → 97116 · 14 min · gait training on the gravel path and the grass berm, cues for longer stride and arm swing
               Impairment: guarded short-stride gait from the low back
               ▸ measured by: 800 ft on gravel, mod I
            """,
            ["M54.50"], [PT("97116", 14)], []),

        // MBOG Vale, Ignacio: 97112 for the snowplow driver's wife, vestibular habituation; DHI and DGI; one-to-one: passes.
        ["vord-h154-mbog-habituation-positions"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Marva Swisher · Visit 3 · 12/28/2026 · I. Barragán, PT
            PRIMARY OUTCOME: DHI 50 (intake 58)
               → 97112 · 22 min · habituation to the bending and rolling positions, X1 viewing on foam, walking with head turns
               Impairment: L vestibular hypofunction with motion sensitivity
               ▸ measured by: DGI 16/24; dizzy in 5 of 16 habituation positions
            Delivery: one-to-one.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // WRPT Berryville, Joel: 97112 reviewed without a query; trolley driver's step; Berg and step count: passes.
        ["vord-h154-wr-trolley-driver"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/9/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 24 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: stepping up to a 14 in step with a hand rail and a quarter turn, perturbations on the foam, tandem with head turns
            Why: impaired postural control turning on the trolley step; R foot placement proprioception after the fracture
            Numbers: Berg 48/56; 10 of 10 turns on the step without a hand change
            [CO: reviewed, no query — LM]
            """,
            ["S82.891D", "R26.81"], [PT("97112", 24)], []),

        // WRPT Eureka Springs, Kacey (PTA): 97110 and 97116 each with minutes; complete: passes.
        ["vord-h154-wr-pta-te-and-gait"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/11/2026 — Kacey Ormsby, PTA
            Svc: 97110 TE — 13 min
            Svc: 97116 GT — 15 min
            TE: sit to stands 3x10, step-ups 6 in 3x10, hip abduction 3 lb 3x12 — bilateral hip and quad weakness
            GT: rollator to cane on the hallway and the hill outside, cues for step length — short shuffling steps; 300 ft cane CGA
            [CO: reviewed, no query — LM]
            """,
            ["M62.81", "R26.89"], [PTA("97110", 13), PTA("97116", 15)], []),

        // WRPT Green Forest, Brenna: 97112 for a processing-line worker; addendum corrects a side; 1:1 ticked; Berg: passes.
        ["vord-h154-wr-addendum-corrects-the-foot"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 3/10/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: foam stance eyes closed, rocker board, perturbations in tandem
            Why: L ankle proprioception after the sprain on the wet line floor
            Numbers: SLS L 8 sec; Berg 50/56
            [CO query: the eval says R ankle?]
            Addendum 3/12: correct — R ankle, not L — BE
            [CO: resolved LM]
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // WRPT Berryville, Dwight (OTR/L): 97530 for the square's docent; standing and reaching at the display case; counts: passes.
        ["vord-h154-wr-ot-docent-display-case"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/12/2026 — Dwight Kemper, OTR/L
            Svc: 97530 TA — 16 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: reaching into a low cabinet and a high shelf to place display items, carrying a 3 lb box across the room, kneeling to the bottom shelf and back up
            Why: standing balance while reaching and R shoulder weakness
            Numbers: 10 items placed high, 8 low; 4 kneel-to-stand with one hand on the counter
            """,
            ["R26.89", "M62.81"], [OT("97530", 16)], []),

        // WRPT Eureka Springs, Joel: 97140 for the quilt-shop owner's neck; glides and STM; rotation degrees: passes.
        ["vord-h154-wr-97140-quilter-neck"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/11/2026 — Joel Tackett, PT, DPT
            Svc: 97140 MT — 12 min
            What we did: suboccipital release, C5–C6 R unilateral PA glides grade III, STM to the R upper trap
            Why: R neck stiffness and headache from bending over the quilting frame
            Numbers: cervical rotation R 55° → 65°
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // WRPT Green Forest, Kacey (PTA): 97112 for the poultry-house catcher; 1:1 ticked and addended; mini-BESTest: passes.
        ["vord-h154-wr-pta-poultry-catcher"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 3/13/2026 — Kacey Ormsby, PTA
            Svc: 97112 NMR — 22 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: squat-to-reach on the foam, quick direction changes to cones on my call, perturbations while carrying a weighted bag
            Why: slow stepping response and poor postural control bending in the dim poultry house
            Numbers: Mini-BESTest 20/28; 5 of 6 direction changes without a stumble
            [CO: reviewed — LM]
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // WRPT Berryville, Brenna: 97112 for the bass fisherman; rocker and wobble board; SLS; 1:1 ticked: passes.
        ["vord-h154-wr-bass-fisherman"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/13/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: stepping onto the wobble board from the 6 in step, casting motion standing on the foam, perturbations in SLS
            Why: R ankle proprioception after the fracture; unsteady stepping into his boat at Beaver Lake
            Numbers: SLS R 12 sec; wobble board 15 sec without an edge touch
            """,
            ["S82.891D"], [PT("97112", 23)], []),

        // WRPT Eureka Springs, Dwight (OTR/L): complete 97530 sent with no diagnosis: diagnosis finding only.
        ["vord-h154-wr-ot-complete-no-diagnosis"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/10/2026 — Dwight Kemper, OTR/L
            Svc: 97530 TA — 17 min
            What we did: making the bed standing, carrying sheets from the closet, tucking corners with a squat
            Why: standing balance and L hand weakness after the stroke
            Numbers: 2 beds made with CGA; 5 trips to the closet
            """,
            [], [OT("97530", 17)], [Dx]),

        // WRPT Green Forest, Joel: 97110 for the processing-line worker's shoulder; doses: passes.
        ["vord-h154-wr-97110-line-worker-shoulder"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 3/9/2026 — Joel Tackett, PT, DPT
            Svc: 97110 TE — 14 min
            What we did: side-lying ER 2 lb 3x15, band rows blue 3x12, wall slides 2x10, prone T raises 3x10
            Why: R rotator-cuff weakness reaching at the line all shift
            Numbers: as above
            """,
            ["M75.111"], [PT("97110", 14)], []),

        // WRPT Berryville, Kacey (PTA): 97116 for the docent on the square's brick sidewalk; distance and assist: passes.
        ["vord-h154-wr-pta-97116-brick-sidewalk"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/10/2026 — Kacey Ormsby, PTA
            Svc: 97116 GT — 14 min
            What we did: gait training with the cane on the brick sidewalk and the curb cut on the square, cues to clear the L toes
            Why: L foot drop with toe catch after the stroke
            Numbers: 600 ft with the cane and AFO, SBA; 2 toe catches (6 last week)
            """,
            ["I69.354"], [PTA("97116", 14)], []),

        // WRPT Eureka Springs, Brenna: 97112 and 97140 each with minutes; complete: passes.
        ["vord-h154-wr-nmr-and-manual"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/12/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 22 min
            Svc: 97140 MT — 10 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            NMR: BAPS level 4 standing, SLS on foam with ball catches, perturbations — L ankle proprioception after the sprain; SLS L foam 10 sec
            MT: talocrural posterior glides grade III, STM to the L gastroc — L DF stiffness; DF 7° → 12°
            [CO: reviewed, no query — LM]
            """,
            ["S93.402D"], [PT("97112", 22), PT("97140", 10)], []),

        // WRPT Green Forest, Joel: 97112 for the Passion Play cast member on the amphitheatre ramp; resolved query; 1:1 ticked; 10MWT: passes.
        ["vord-h154-wr-cast-member-ramp"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 3/12/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 25 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: big-amplitude stepping up and down the ramp, turning in wide arcs on cue, dual-task walking reciting his lines
            Why: freezing and short steps on turns from Parkinson's
            Numbers: 10MWT 0.97 m/s; 360° turn in 6 steps (9 at eval)
            [CO query: cast member? — confirm no group]
            Addendum 3/13: individual session, just us — JT
            [CO: resolved LM]
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // PCPT Houma, Annette: 97112 for the levee walker at dusk; eyes-closed foam and head turns; mCTSIB; one-on-one: passes.
        ["vord-h154-pc-levee-at-dusk-nmr"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/27/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: foam stance eyes closed, walking the dimmed hall with head turns, stepping over the rope with the lights low
            For: somatosensory loss in both feet, she relies on her eyes and sways once the sun goes down on the levee
            Numbers: mCTSIB foam eyes closed 14 sec (8 Tuesday); Berg 46/56
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // PCPT Thibodaux, Cleo: 97116 for the accordion player from the bandstand steps; distance and assist: passes.
        ["vord-h154-pc-97116-bandstand-steps"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 03/25/2026 · Cleo Robichaux, PT, DPT
            Code 97116 Gait training ........ 14 min
            Did: gait without the cane across the gym with turns, up and down 4 steps with one rail like the bandstand
            For: wide-based gait and lateral lean left after the stroke
            Numbers: 350 ft no device, CGA on the turns; steps with one rail, SBA
            """,
            ["I69.398"], [PT("97116", 14)], []),

        // PCPT Houma, Jules: 97140 for the crawfish farmer's low back; PA glides and STM; flexion inches: passes.
        ["vord-h154-pc-jules-97140-low-back"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/24/2026 · Jules Guidry, PTA
            Code 97140 Manual therapy ........ 10 min
            Did: STM to the L lumbar paraspinals, prone PA glides L3–L5 grade II per Cleo's plan
            For: low back stiff from bendin' over the traps in the flat boat, cher
            Numbers: fingertips to 4 in above the floor (10 in before)
            """,
            ["M54.50"], [PTA("97140", 10)], []),

        // PCPT Thibodaux, Annette: 97112 and 97530 dotted for the church cook; both complete: passes.
        ["vord-h154-pc-nmr-and-ther-act-church-kitchen"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX
            PCPT Daily · 03/26/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: foam stance reaching forward over the counter, perturbations from behind, step-back to a target
            For: anticipatory postural control ↓, pitches forward at the pot
            Numbers: functional reach 10 in; Berg 48/56
            Code 97530 Ther activities ........ 13 min
            Did: carrying a 5 lb pot from the sink to the stove, stirring standing, lifting the lid basket out
            For: R grip and standing tolerance at the stove
            Numbers: 6 carries, no set-down
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97530", 13)], []),

        // MBOG Ontario, Kenzie (PTA): 97112 for the onion grader at the belt; one-to-one; tandem seconds: passes.
        ["vord-h154-mbog-pta-onion-belt-nmr"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — ONTARIO · MBOG Outcomes Daily Note
            Pt: Lupe Arriola · Visit 6 · 12/31/2026 · K. Pfleger, PTA
            PRIMARY OUTCOME: FAAM ADL 72%
            STG 1: stand at the grading belt a full shift — PROGRESSING
               → 97112 · 21 min · tandem on the foam while sorting cards on a moving tray, lateral perturbations, head turns to the belt
               Impairment: postural sway and R ankle proprioception
               ▸ measured by: tandem on foam 17 sec; 8 of 10 perturbations held
            Delivery: one-to-one today, nobody on the NuStep.
            """,
            ["S93.401D"], [PTA("97112", 21)], []),

        // MBOG Vale, Rosalind: 97110 for the grange dancer's calf and hip; doses: passes.
        ["vord-h154-mbog-97110-grange-dancer"] = new(
            """
            MALHEUR BEND ORTHOPAEDIC — VALE · MBOG Outcomes Daily Note
            Pt: Harlan Goodell · Visit 11 · 12/31/2026 · R. Quenneville, PT, DPT, OCS
            PRIMARY OUTCOME: ABC 64%
               → 97110 · 12 min · heel raises 3x15, lateral band walks red 3 laps, sit to stands with a 6 lb ball 3x10
               Impairment: R calf and hip abductor weakness after the stroke
               ▸ measured by: 5xSTS 13.9 sec
            """,
            ["I69.398"], [PT("97110", 12)], []),

        // WRPT Eureka Springs, Joel: 97112 for a returning trolley driver; VOR and stepping; DGI; 1:1 ticked: passes.
        ["vord-h154-wr-trolley-driver-returns"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/13/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: stepping up to the trolley-height step with a head turn to the mirror, foam stance with perturbations, tandem with eyes closed
            Why: R foot placement proprioception and postural control on the step
            Numbers: Berg 50/56; DGI 20/24
            """,
            ["S82.891D", "R26.81"], [PT("97112", 23)], []),

        // WRPT Berryville, Kacey (PTA): 97110 for the quilt-shop owner's knees on the stepstool; doses: passes.
        ["vord-h154-wr-pta-97110-stepstool"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/13/2026 — Kacey Ormsby, PTA
            Svc: 97110 TE — 12 min
            What we did: step-ups to an 8 in step 3x10, lateral step-ups 2x10, mini squats with 4 lb 3x12
            Why: bilateral quad weakness, she can't get onto her two-step stool at the shop
            Numbers: as above
            """,
            ["M17.0"], [PTA("97110", 12)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
