using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-fifty-third held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-first session, blind beside the hundred-and-fifty-first) is notes as they stand
/// after an internal compliance review: the reviewer's inline queries and comments left in the exported text ("[CO
/// query: was this 1:1?]", "&gt;&gt; Coding: measure?", "{{REVIEW: minutes do not match charge}}", "[CO: still open]",
/// "{{HOLD — no reply}}", "{{CLEARED — KM}}"), the clinician's answers and late addenda under them ("Addendum 3/6: yes,
/// one-on-one throughout — JT", "PROVIDER RESPONSE: …", "LATE ENTRY …", "RQ reply: …"), queries answered and
/// unanswered, resolved and still open. Each note is judged by what the clinician documented: an addendum or a reply
/// that answers a query is documentation, read with the note it answers; a query, a reviewer's comment, a status mark
/// and an auditor's clearance are nothing, whatever words or codes they carry ("1:1", "technique", "measure?",
/// "Berg/TUG?"), and an answer that says the element was not done ("concurrent", "no formal measure taken today")
/// documents that it was not. About two thirds are ordinary and complete (73 of 108), single- and multi-code visits
/// (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and an OT's code on one visit), by PTs, PTAs and
/// OTs, from three employers no earlier set has, each with its own query style:
/// <list type="number">
/// <item>a multi-site private practice with a compliance officer who reads a sample of every clinician's notes each
/// week before the claims drop ("White River Physical Therapy &amp; Balance", WRPT: the Berryville clinic on the square,
/// Eureka Springs and Green Forest, Arkansas), on a short template ("Svc:", "Attendance: [ ] 1:1 [ ] concurrent [ ]
/// group", "What we did:", "Why:", "Numbers:", "A/P:"), the compliance officer Lorraine Meacham, CHC, writing "[CO
/// query: …]" inline and closing them "[CO: resolved LM]" or leaving them "[CO: open]", the clinicians answering in
/// dated addenda signed with initials: Joel Tackett (PT, DPT, "JT"), Kacey Ormsby (PTA, "KO"), Brenna Ellingboe (PT,
/// "BE") and Dwight Kemper (OTR/L, "DK"); a turkey-barn hand who fell off the loading dock, a Crescent Hotel
/// housekeeper at the linen closet, a Thorncrown Chapel usher on the wooded path, a Kings River canoe-livery owner, a
/// cattleman with a feed bucket, a husband on the gait belt and a patient on the recumbent bike;</item>
/// <item>a hospital outpatient department whose coding team (health information management) queries the therapists
/// before the hospital's claim goes out ("Quoddy Bay Regional Hospital — Outpatient Rehabilitation", QBRH: the Calais
/// hospital gym, the Eastport clinic on Water Street and the Lubec satellite, Maine), on the hospital's template with
/// headings in capitals ("CPT 97112 NEUROMUSCULAR RE-ED — 25 MIN", "ATTENDANCE:", "DELIVERY: ☐ Individual ☐ Concurrent
/// ☐ Group", "IMPAIRMENT:", "OUTCOME MEASURE: ____ SCORE: ____"), the coders' "&gt;&gt; Coding: …" lines and
/// "CODING QUERY" blocks marked OPEN or ANSWERED, answered by "PROVIDER RESPONSE" and "LATE ENTRY" paragraphs: Nora Cobb
/// (PT, DPT, NCS), Everett Sewall (PT), Lucienne Dufour (PTA) and Maren Hatch (OTR/L); a sardine-cannery retiree, a
/// scallop fisherman, a Lubec lighthouse volunteer on the spiral stair, a wreath-maker, a blueberry raker on the ledge
/// barrens, a ferry deckhand who looks up at the schedule board, a daughter by the window and an aide restocking
/// linens;</item>
/// <item>a therapy billing company's pre-bill audit desk that holds a clinic's claims until the notes support them
/// ("Ledgerline Therapy Billing", auditor Kelsey Marrufo, "KM", auditing "Imperial Valley Balance &amp; Physical
/// Therapy", IVBPT: El Centro, Brawley, Calexico and Holtville, California), its queries in double braces ("{{REVIEW:
/// …}}", "{{HOLD: …}}", "{{REVIEW 2nd request: …}}", "{{CLEARED — KM}}") and the clinicians' "RQ reply:" and
/// "Clinician reply:" lines: Rosalba Quezada (PT, DPT, "RQ"), Grant Olmedo (PTA), Ellis Fennimore (PT) and Ximena
/// Saldívar (OTR/L); a lettuce-crew foreman, a date-palm trimmer, an irrigation-district zanjero walking the canal
/// banks, a commuter in the border-crossing line, a retired crop-duster pilot, a grandmother planning a quinceañera, a
/// niece interpreting in Spanish and the Tuesday fall-prevention class one patient starts next month.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who receives notes with the compliance layer
/// still in them:
/// <list type="bullet">
/// <item>class 1 (v1-h153-…): one-on-one in these writers' own words and answers ("Addendum 3/6: yes, one-on-one
/// throughout — JT", "Individual. Her daughter watched from the chair by the window; no other patient in the gym during
/// the NMR time", "I had Mr. Cota to myself the entire 97112, start to finish", "her husband held the gait belt on the
/// stairs … nobody else was treated", "Yes, 1:1 — her niece interpreted in Spanish the whole time", an aide restocking
/// linens, a plan's "group" that is next month's class), answers that negate it ("concurrent — Mr. Pottle was on the
/// other plinth … I split my time", "not 1:1 — Mrs. Yocham was at the parallel bars at the same time"), queries asking
/// for it left open ("[CO query: was this 1:1?]" with "[CO: open]", "{{REVIEW: one-on-one? — sent back to clinician}}"
/// with "{{HOLD — no reply}}") and a two-code note whose time query was answered while one-on-one was never stated, and
/// the codes without a one-on-one check: an OT's 97530 in a gift-shop outing of three and a PTA's 97110 beside a
/// patient on the recumbent bike;</item>
/// <item>class 2 (v2-h153-…): checkbox and blank-field states under queries: an attendance row with nothing ticked,
/// answered by an addendum ticking 1:1 and left open; a ticked "[X] 1:1" the officer passed; "ATTENDANCE: ________"
/// unanswered; "☒ Concurrent" confirmed by the provider; "Attendance: N/A" queried and left; a "Y / N" line answered
/// "Y"; "Technique: ______" over a narrative that names the techniques; "Deficit: [blank]" answered and left open;
/// "OUTCOME MEASURE: ____ SCORE: ____" left and answered by a late entry; an OT's unticked attendance row on a 97530; a
/// 97116's "Assist level: ____" answered;</item>
/// <item>class 3 (v3-h153-…): named programmes and methods as techniques (VOR cancellation and Tandem Romberg on foam,
/// Rood quick stretch and tapping, Dynamic Neuromuscular Stabilization developmental positions, Astym to the Achilles,
/// an Ekso exoskeleton, mirror therapy with graded motor imagery by an OT, the Otago programme with its doses, body-
/// weight-supported treadmill training), the practice's in-house "Ozark Steady Level 4 per protocol" as the only
/// technique with the officer's query left open and the same programme explained in an addendum, a Mulligan
/// mobilisation with movement with no dose, and PNF patterns whose impairment field was queried and never
/// answered;</item>
/// <item>class 4 (v4-h153-…): deficits stated as findings in these writers' terms, in the note or in the answer to a
/// query (a toe that catches on the gravel drive, a deckhand who goes over backward looking up at the schedule board, a
/// knee that buckles stepping down off the bus curb, a housekeeper who grabs the cart reaching the top shelf, a
/// shoulder that can't lift the feed bucket to the trough, a man who stood on a tack in the barn and didn't know it, a
/// woman who veers into the wall turning to talk to her husband, an arm that overshoots the cone, a foot that stops
/// clearing after a hundred feet) and notes that state none under a query left open, twice asked, or over the
/// template's "Deficit: none noted";</item>
/// <item>class 5 (v5-h153-…): measures in every usual form, in the note or in an addendum (Berg and five-times
/// sit-to-stand added after "[CO query: measure?]", mCTSIB's four conditions in seconds, a perturbation count and FGA,
/// a DGI in a reply, leg-press doses for 97110, distance and assistance for 97116, an OT's lifts with their load and
/// assistance, gait speed and TUG, Semmes-Weinstein sites, an OT's cart trips added in an addendum) and notes with none
/// (the officer's query left open, "no formal measure taken today; she was steadier than last week", a 97110 whose
/// sets and reps were queried and never given, a reply that says only "she says she feels steadier");</item>
/// <item>class 6 (v6-h153-…): minutes in these templates' forms (the hospital's headings, minute boxes "97112 [ 23 ]
/// min", a clock range on the code's own line, per-code minutes supplied by a late entry or an addendum to a note that
/// had none, a single code's minutes given in a reply and a single code with none, a PT's and an OT's code each with its
/// minutes, three codes) and true mismatches ("{{REVIEW: minutes do not match charge}}" left open on a 97110, a reply
/// that insists on the note's minutes against the charge, a second code's heading eleven minutes over, a clock range of
/// half an hour on an 18-minute line) and truly missing separate time (a hospital note with only "TOTAL TIMED 38 MIN"
/// under an open query, a second code whose time was queried and never given, "NMR and gait 36 min" for two codes);</item>
/// <item>class 7 (v7-h153-…): empty notes (DOC_NOTE_MISSING on each profiled line and nothing else but the diagnosis
/// check: a two-code visit sent with no text, a 97116 of spaces and line breaks with no diagnosis), the contract's
/// meanings for 97110 (rows, wall slides and serratus punches after a rotator-cuff repair), 97530 (car transfers and
/// floor recovery), 97140 (soft-tissue mobilisation to the upper trapezius and thoracic glides) and 97116 (cane gait
/// on gravel, a ramp and the church steps), and wholly generic notes whose query asked for everything and got nothing
/// or got another generic sentence, a two-code generic note with its minutes, and a generic note made whole by a late
/// entry;</item>
/// <item>ordinary (vord-h153-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), with the compliance layer's harmless leftovers ("[CO: reviewed — no queries. LM]", "{{CLEARED — KM}}", a
/// coder's question about a modifier answered, an addendum correcting the side of a technique), and the ordinary weak
/// ones: a complete note with no diagnosis under an open query and a diagnosis cell reading "see referral".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — a husband, a daughter, a niece, an
/// aide (none of them a patient; Mr. Pottle on the other plinth, Mrs. Yocham at the parallel bars and the two on the
/// balance beam are), dates of addenda and replies, years, hurdle and step heights in inches, loads in pounds, band
/// colours, distances in feet, degrees, gait speeds, percentages of body-weight support, counts of trips, lifts and
/// pushes — and each is written so that a reviewer cannot take it for a billed code's minutes; the queries and
/// clearances carry no number but a date, a code or the "1:1" they ask about; a code's minutes are written next to the code ("Svc: 97112 NMR — 24
/// min", "97112 = 23 min" in a reply), in its block's heading, in a minute box or as a clock range on the code's own
/// line; no note gives minutes to a visit, a drill, a rest or a test, except the two that fail for a visit total or
/// a combined figure; notes failed for want of a measure carry no number but their code and its minutes, and their
/// addenda and queries carry no date. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or
/// measure at all. A 97112 passes the measure check only on an objective measure with a number and fails it only when
/// the note has no number but its code and its minutes; for the other codes a dose (sets, repetitions, load, hold,
/// distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a family member, caregiver,
/// interpreter or staff member in the room does not undo a one-on-one statement, another patient treated in the same
/// block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the compliance layer's cases that could honestly be read either way: an addendum that
/// corrects a code's minutes while the first minutes still stand above it, an auditor's clearance that reports what
/// the clinician said by phone ("1:1 confirmed with therapist"), a reply that names only a diagnosis code as the
/// deficit, a note made only of a query with no word of the clinician's (whether that is an empty note), an answer
/// copied from another patient's note, an addendum written long after the claim went out with no reason given, and a
/// query whose example answer ("e.g. Berg 45/56") is the only measure on the page.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 103 of 108 cases agree (106 needed), and 4 of the 73 notes the reviewer passes got a finding, on the analyzer of e196673 (the 2026-12-07 twenty-first session after the hundred-and-forty-first to hundred-and-fiftieth sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (5565a36, the session's final code): 108 of 108, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFiftyThirdTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in these writers' words and answers, negated, unstated

        // WRPT Berryville: "[CO query: was this 1:1?]" answered "Addendum 3/6: yes, one-on-one throughout — JT"; perturbations on the Airex, tandem with head turns, hurdle step-overs; delayed ankle and hip strategy; Berg and perturbations; "Svc: 97112 NMR — 24 min" matches: passes.
        ["v1-h153-wr-addendum-yes-one-on-one"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/4/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 24 min
            What we did: lateral perturbations at the pelvis standing on the Airex; tandem walking on the tape line with head turns; stepping over the 6 in hurdles without looking down
            Why: delayed ankle and hip strategy, sways to the L; fell off the loading dock at the turkey barns in January
            Numbers: Berg 45/56 (41 at eval); 7 of 10 perturbations recovered without a step
            [CO query: was this 1:1?]
            Addendum 3/6: yes, one-on-one throughout — JT
            [CO: resolved LM]
            """,
            ["R26.81", "W19.XXXD"], [PT("97112", 24)], []),

        // WRPT Eureka Springs: the officer's "[CO query: 1:1, or was Mr. Haskins on the other mat?]" left "[CO: open]" and nothing of Brenna's says one-on-one: missing; rocker board, foam reaches, backward walking; proprioception and ataxia; measures present.
        ["v1-h153-wr-query-one-on-one-still-open"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/4/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 23 min
            What we did: rocker board A/P with eyes closed; reaching to cones from the foam pad; backward walking with a stop on my cue
            Why: L ankle proprioception down and trunk ataxia after the cerebellar stroke; he lurches on the hotel's hill streets
            Numbers: rocker board 12 sec without an edge touch; mini-BESTest 17/28
            [CO query: 1:1, or was Mr. Haskins on the other mat?]
            [CO: open]
            """,
            ["I69.393"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // QBRH Calais: coding query on attendance answered "concurrent — Mr. Pottle was on the other plinth … I split my time between them": another patient treated in the block, one-on-one missing; techniques, deficit and measures present.
        ["v1-h153-qb-provider-response-concurrent"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            INTERVENTIONS: half-kneeling rhythmic stabilization; step-and-reach from the foam to targets on the wall; sit-to-stand with eyes closed
            IMPAIRMENT: postural control and L hip motor recruitment after the R MCA stroke; he falls to the L when he closes his eyes
            OBJECTIVE: Berg 39/56; half-kneel hold 18 sec without a hand down
            >> Coding: attendance not documented for 97112 — individual or concurrent?
            PROVIDER RESPONSE (3/5/2026): concurrent. Mr. Pottle was on the other plinth doing his own balance program and I split my time between them. — E. Sewall, PT
            """,
            ["I69.354"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // QBRH Lubec: coding query answered "Individual. Her daughter watched from the chair by the window; no other patient in the gym during the NMR time"; X2 viewing, walking with head turns on the lighthouse-stair simulation, foam; R vestibular hypofunction; DGI and DVA; heading 25 matches: passes.
        ["v1-h153-qb-daughter-by-the-window"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97112 NEUROMUSCULAR RE-ED — 25 MIN
            INTERVENTIONS: X2 viewing with the card held at arm's length; stair climbing with head turns, the way she climbs the lighthouse's spiral stair as a volunteer; feet together on foam, eyes closed, with head nods
            IMPAIRMENT: R vestibular hypofunction; oscillopsia and she grabs the rail when she turns her head on the stair
            OBJECTIVE: DGI 16/24; dynamic visual acuity loss of 4 lines
            >> Coding: attendance? Please state individual vs concurrent.
            PROVIDER RESPONSE: Individual. Her daughter watched from the chair by the window; no other patient in the gym during the NMR time. — N. Cobb, PT, DPT, NCS
            """,
            ["H81.21"], [PT("97112", 25)], []),

        // IVBPT El Centro under "{{REVIEW: 1:1 not stated — HOLD}}": "RQ reply: I had Mr. Cota to myself the entire 97112, start to finish." then "{{CLEARED — KM}}"; reactive stepping, foam head turns, tandem; proprioceptive loss from neuropathy; measures; "97112 — 23 min" matches: passes.
        ["v1-h153-ll-had-him-to-myself"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 3/4/2026    R. Quezada, PT, DPT
            97112 — 23 min
            Reactive stepping to pushes at the shoulders in four directions; head turns standing on the foam with feet together; tandem walking along the counter edge
            Deficit: proprioceptive loss in both feet from diabetic neuropathy; he can't feel the edge of the irrigation ditch bank under his boots
            Berg 43/56; 6 of 8 pushes recovered with one step
            {{REVIEW: 1:1 not stated — HOLD}}
            RQ reply: I had Mr. Cota to myself the entire 97112, start to finish.
            {{CLEARED — KM}}
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // IVBPT Brawley: "{{REVIEW: one-on-one? — sent back to clinician}}" then "{{HOLD — no reply}}"; Ellis never states it: missing; perturbations, stepping strategy, gaze holds; postural control; FGA and pushes present.
        ["v1-h153-ll-sent-back-no-reply"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 3/4/2026    E. Fennimore, PT
            97112 — 24 min
            Perturbation training on the half foam roll; stepping-strategy drills to the floor targets; gaze holds while walking past the window traffic
            Deficit: slow postural responses, steps late and short; two near-falls climbing down from the date palms
            FGA 18/30; 5 of 10 perturbations without a grab
            {{REVIEW: one-on-one? — sent back to clinician}}
            {{HOLD — no reply}}
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // WRPT Green Forest PTA: "[CO query: attendance?]" answered "Addendum 3/5: not 1:1 — Mrs. Yocham was at the parallel bars at the same time and I went back and forth. — KO": missing; techniques, deficit, measures present.
        ["v1-h153-wr-pta-addendum-not-one-on-one"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 3/4/2026 — Kacey Ormsby, PTA
            Svc: 97112 NMR — 21 min
            What we did: weight shifts onto the R in the bars with tapping to the glute med; marching on the foam strip; step-and-stick onto the 4 in step
            Why: R hemiparesis after the L CVA, poor weight acceptance and a late R step
            Numbers: step-and-stick 5 of 10 without a hand; tandem 7 sec
            [CO query: attendance?]
            Addendum 3/5: not 1:1 — Mrs. Yocham was at the parallel bars at the same time and I went back and forth. — KO
            [CO: resolved LM — 97112 to be reviewed with the PT]
            """,
            ["I69.351"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // QBRH OT, a 97530 on a community outing of three to the hospital gift shop (no one-on-one check): basket carrying, reaching to the shelves, counting change; L hemiparesis and L inattention; load, distance and assistance; heading 24 matches: passes.
        ["v1-h153-qb-ot-97530-gift-shop-three"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97530 THERAPEUTIC ACTIVITIES — 24 MIN
            ACTIVITY: community re-entry outing to the hospital gift shop with two other patients; carrying a basket, reaching to the upper and lower shelves, counting change at the register
            IMPAIRMENT: L hemiparesis and L inattention; she misses items on the L half of the shelf and drops the basket from the L hand
            OBJECTIVE: carried a 5 lb basket 120 ft with contact guard; found 4 of 6 items on the L side after cueing
            >> Coding: group or individual?
            PROVIDER RESPONSE: three patients on the outing. — M. Hatch, OTR/L
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // WRPT Eureka Springs PTA 97110 (no one-on-one check): "Addendum: no, Mr. Ruple was on the recumbent bike beside her — ther ex only"; bridges, step-ups, sidelying abduction with doses; L hip weakness after a hip fracture; "Svc: 97110 TE — 19 min" matches: passes.
        ["v1-h153-wr-pta-97110-patient-on-the-bike"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/4/2026 — Kacey Ormsby, PTA
            Svc: 97110 TE — 19 min
            What we did: bridges 3x12; forward step-ups onto the 6 in step 3x10; sidelying hip abduction with a 2 lb cuff 3x12
            Why: L hip abductor and extensor weakness after the L hip ORIF; L hip drops on the Crescent Hotel's back stairs where she works
            [CO query: 1:1?]
            Addendum 3/5: no, Mr. Ruple was on the recumbent bike beside her — ther ex only. — KO
            [CO: resolved LM]
            """,
            ["S72.002D"], [PTA("97110", 19)], []),

        // QBRH Eastport: the note says one-on-one; the coder asked whether the aide meant another patient and the answer is "No. The aide was restocking linens; no other patient." — staff in the room: passes (foam, perturbations, tandem; somatosensory loss; Berg and SLS; heading 23 matches).
        ["v1-h153-qb-aide-restocking-linens"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            ATTENDANCE: one-on-one with L. Dufour, PTA; the aide was in and out
            INTERVENTIONS: standing on foam with eyes closed and head turns; perturbations at the hips while reaching; tandem walking on the beam
            IMPAIRMENT: somatosensory loss in both feet; he can't tell where the deck is under him on the sardine-cannery pier
            OBJECTIVE: Berg 46/56; SLS R 6 sec, L 4 sec
            >> Coding: "aide was in and out" — was another patient treated?
            PROVIDER RESPONSE: No. The aide was restocking linens; no other patient. — L. Dufour, PTA
            """,
            ["G62.9"], [PTA("97112", 23)], []),

        // WRPT Berryville: "Addendum 3/6: yes, one-on-one — her husband held the gait belt on the stairs so he can do it at home; nobody else was treated"; stair descent with perturbations, foam, backward stepping; retropulsion in Parkinson's; pull test and Mini-BESTest; minutes match: passes.
        ["v1-h153-wr-husband-on-the-gait-belt"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/4/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 25 min
            What we did: backward stepping drills with a stop on cue; stair descent with light pushes at the pelvis; foam stance with big arm swings
            Why: retropulsion and small, late backward steps with Parkinson's; she backed off the chapel step at Thorncrown last month
            Numbers: pull test 4 steps to recover; Mini-BESTest 16/28
            [CO query: 1:1? husband is mentioned on the stairs]
            Addendum 3/6: yes, one-on-one — her husband held the gait belt on the stairs so he can do it at home; nobody else was treated. — JT
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // IVBPT Calexico: "Individual tx — just RQ and Mrs. Lerma"; auditor asks about "group" in the plan, reply: that is next month's Tuesday class, today was individual; clock yourself on the floor clock, perturbations, gaze; knee buckling; Berg and TUG; minutes match: passes.
        ["v1-h153-ll-group-is-next-months-class"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Calexico
            DOS 3/4/2026    R. Quezada, PT, DPT
            97112 — 22 min    Individual tx — just RQ and Mrs. Lerma
            Stepping to the numbers on the floor clock on my call; perturbations at the pelvis in staggered stance; gaze fixed on the card while stepping off the curb block
            Deficit: delayed quad and hip recruitment, her L knee buckles stepping down off the bus curb on the way to the border line
            Berg 47/56; TUG 12.6 sec
            Plan: group fall-prevention class next month
            {{REVIEW: plan says group — confirm today's service}}
            RQ reply: group = the Tuesday fall-prevention class she starts next month. Today was individual.
            {{CLEARED — KM}}
            """,
            ["M62.81", "R26.89"], [PT("97112", 22)], []),

        // QBRH Calais two-code visit: the coder queried time per code and the late entry gives "97112 23 min, 97116 14 min" (both match), but nothing anywhere says one-on-one or individual: missing on 97112 only; both codes complete otherwise.
        ["v1-h153-qb-time-answered-attendance-never"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            NEUROMUSCULAR RE-ED: perturbations on the foam, tandem with head turns, step-over of the cones
            IMPAIRMENT: vestibular and postural control after the fall off the scallop boat's rail; he sways and steps with head turns
            OBJECTIVE: FGA 17/30
            GAIT TRAINING: cane gait on the hospital ramp and the gravel of the parking lot, curbs up and down
            IMPAIRMENT: short L step and a L toe catch on uneven ground
            OBJECTIVE: 400 ft with the straight cane, stand-by assist; curbs with contact guard
            >> Coding: time per CPT not documented
            LATE ENTRY (3/5/2026): 97112 23 min, 97116 14 min. — E. Sewall, PT
            """,
            ["R26.81", "H81.92"], [PT("97112", 23), PT("97116", 14)], [At(OneOnOne, "97112")]),

        // IVBPT Holtville: "{{REVIEW: 1:1?}}" answered "Yes, 1:1. Her niece interpreted in Spanish the whole time." — family interpreting: passes; Tandem Romberg on foam, VOR x1 walking, perturbations; dizziness and sway; measures; minutes match.
        ["v1-h153-ll-niece-interpreting"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Holtville
            DOS 3/4/2026    E. Fennimore, PT
            97112 — 24 min
            Sharpened Romberg on the foam; VOR x1 while walking the hall; perturbations at the shoulders in tandem stance
            Deficit: L vestibular hypofunction; dizzy and sways when she turns to look at the grandkids, planning her granddaughter's quinceañera
            DGI 18/24; sharpened Romberg 9 sec on foam
            {{REVIEW: 1:1?}}
            Clinician reply: Yes, 1:1. Her niece interpreted in Spanish the whole time.
            {{CLEARED — KM}}
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states under queries

        // WRPT attendance row with nothing ticked, "[CO query: attendance box blank]" answered "Addendum 3/6: should read [X] 1:1 — box missed. JT": passes (foam and perturbations, trunk control, Berg and reach; minutes match).
        ["v2-h153-wr-box-blank-answered-by-addendum"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/4/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 23 min
            Attendance: [ ] 1:1  [ ] concurrent  [ ] group
            What we did: seated and standing perturbations at the trunk; reaching outside the base of support from the foam; quadruped alternate arm and leg
            Why: poor trunk motor control and delayed righting reactions after the thoracic cord contusion
            Numbers: Berg 42/56; functional reach 8 in
            [CO query: attendance box blank]
            Addendum 3/6: should read [X] 1:1 — box missed. JT
            [CO: resolved LM]
            """,
            ["S24.104D"], [PT("97112", 23)], []),

        // WRPT same row blank, "[CO query: attendance box blank — please addend]" with "[CO: open]": one-on-one missing; rest complete.
        ["v2-h153-wr-box-blank-query-open"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 3/4/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 22 min
            Attendance: [ ] 1:1  [ ] concurrent  [ ] group
            What we did: rocker board M/L with ball toss; side-stepping over the foam beam; tandem with eyes closed at the counter
            Why: R ankle proprioception down after two sprains on the cattle-chute ramp; rolls it on rough ground
            Numbers: rocker board 15 sec; tandem EC 6 sec
            [CO query: attendance box blank — please addend]
            [CO: open]
            """,
            ["S93.401D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // WRPT "Attendance: [X] 1:1" ticked and the officer's "[CO: reviewed, no query — LM]": passes (half-kneeling PNF lifts and chops, step-ups on foam; motor recruitment; FGA and step count; minutes match).
        ["v2-h153-wr-box-ticked-one-on-one"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/4/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 24 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: PNF lifts and chops in half-kneeling; step-ups onto foam with a hold at the top; walking with quick direction changes on my call
            Why: poor hip and trunk motor recruitment and slow reactions; trips on the canoe-livery ramp at the Kings River
            Numbers: FGA 20/30; 8 of 10 direction changes without a stumble
            [CO: reviewed, no query — LM]
            """,
            ["R26.89", "M62.81"], [PT("97112", 24)], []),

        // QBRH "ATTENDANCE: ________" with ">> Coding: attendance blank" unanswered: one-on-one missing; techniques, deficit, measures present.
        ["v2-h153-qb-attendance-line-blank"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            ATTENDANCE: ________
            INTERVENTIONS: habituation head turns in sitting then standing; walking with pitch and yaw head movements; foam stance with eyes closed
            IMPAIRMENT: motion-provoked dizziness and unsteady gait since the labyrinthitis; she can't turn to check the wreath orders on the back shelf
            OBJECTIVE: DGI 15/24; motion sensitivity quotient 22
            >> Coding: attendance blank
            """,
            ["H83.01"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // QBRH "DELIVERY: ☐ Individual ☒ Concurrent ☐ Group", coder asks, provider confirms "correct, concurrent — two patients on the balance beam section": one-on-one missing; rest complete.
        ["v2-h153-qb-concurrent-ticked-and-confirmed"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            DELIVERY: ☐ Individual ☒ Concurrent ☐ Group
            INTERVENTIONS: tandem and sideways walking on the balance beam; reaching to targets while on the beam; step-down with a stick landing
            IMPAIRMENT: impaired postural control and proprioception L leg after the tibial plateau fracture
            OBJECTIVE: Berg 48/56; beam walk 10 ft without a step-off
            >> Coding: 97112 billed with concurrent delivery?
            PROVIDER RESPONSE: correct, concurrent — two patients on the balance beam section. — L. Dufour, PTA
            """,
            ["S82.142D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // IVBPT "Technique: ______" under "{{REVIEW: technique field blank}}" and "{{CLEARED — named in narrative. KM}}", the narrative naming slow reversal-hold and D2 flexion patterns, a weighted-ball catch on foam: passes (deficit and measures present, 1:1 stated, minutes match).
        ["v2-h153-ll-technique-field-blank-narrative-filled"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 3/4/2026    R. Quezada, PT, DPT
            97112 — 25 min    1:1 whole time
            Technique: ______
            Narrative: PNF slow reversal-hold in standing, D2 flexion patterns of the R arm with a step; catching the weighted ball while standing on foam; stepping onto the 4 in block and holding
            Deficit: R-sided motor recruitment and timing after the L pontine stroke; lettuce-crew foreman, he catches his R foot on the furrows
            Berg 44/56; foam catch 8 of 10 without a step
            {{REVIEW: technique field blank}}
            {{CLEARED — named in narrative. KM}}
            """,
            ["I69.351"], [PT("97112", 25)], []),

        // IVBPT "Deficit: [blank]" queried, answered "RQ reply: Deficit — impaired proprioception L foot and ankle after the ORIF; she can't feel the step edge": passes.
        ["v2-h153-ll-deficit-field-blank-answered"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Calexico
            DOS 3/4/2026    R. Quezada, PT, DPT
            97112 — 23 min    1:1
            Rx: rocker board eyes closed; step-ups onto the foam step with a hold; stepping over the cane on the floor forward and back
            Deficit: [blank]
            SLS L 5 sec (R 18 sec); rocker board 10 sec without an edge touch
            {{REVIEW: deficit field empty}}
            RQ reply: Deficit — impaired proprioception L foot and ankle after the ORIF; she can't feel the step edge.
            """,
            ["S82.852D"], [PT("97112", 23)], []),

        // IVBPT PTA "Deficit: [blank]" queried and never answered; nothing else states an impairment or system: deficit missing (techniques, measure and 1:1 present).
        ["v2-h153-ll-deficit-field-blank-open"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 3/4/2026    G. Olmedo, PTA
            97112 — 21 min    1:1 with Grant, no one else on the floor
            Rx: perturbations at the hips in staggered stance; marching on the Airex; step-and-stick onto the 6 in box
            Deficit: [blank]
            Berg 46/56; step-and-stick 7 of 10
            {{REVIEW: deficit field empty}}
            {{HOLD — no reply}}
            """,
            ["R26.81"], [PTA("97112", 21)], [At(Deficit, "97112")]),

        // QBRH "OUTCOME MEASURE: ____ SCORE: ____" with ">> Coding: measure?" unanswered, no number but the code and its minutes: measure missing.
        ["v2-h153-qb-outcome-blank-open"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97112 NEUROMUSCULAR RE-ED — 24 MIN
            ATTENDANCE: individual, start to finish
            INTERVENTIONS: perturbations on the foam pad; tandem walking with head turns; stepping over the cones without looking down
            IMPAIRMENT: proprioceptive loss both feet and delayed stepping reactions; he stumbles on the ledge barrens raking blueberries
            OUTCOME MEASURE: ____ SCORE: ____
            >> Coding: measure?
            """,
            ["G62.9", "R26.81"], [PT("97112", 24)], [At(Measure, "97112")]),

        // QBRH same blank boxes answered by "LATE ENTRY 3/5/2026: Berg this visit 47/56; TUG 12.4 sec": passes.
        ["v2-h153-qb-outcome-blank-late-entry"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            ATTENDANCE: one-on-one the entire 97112
            INTERVENTIONS: stepping-strategy drills with pushes; walking figure-eights around the cones; foam stance with ball toss
            IMPAIRMENT: delayed stepping strategy and poor postural control; two falls on the icy cannery lot this winter
            OUTCOME MEASURE: ____ SCORE: ____
            >> Coding: measure?
            LATE ENTRY 3/5/2026: Berg this visit 47/56; TUG 12.4 sec. — N. Cobb, PT, DPT, NCS
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // WRPT OT 97530 with the attendance row unticked (97530 has no one-on-one check): bathtub-bench transfers and reaching to the top shelf; standing balance during reach; counts and assistance; minutes match: passes.
        ["v2-h153-wr-ot-97530-row-unticked"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/4/2026 — Dwight Kemper, OTR/L
            Svc: 97530 TA — 26 min
            Attendance: [ ] 1:1  [ ] concurrent  [ ] group
            What we did: tub-bench transfers in the ADL bathroom; reaching to the top shelf of the linen closet mock-up and folding sheets standing
            Why: poor standing balance reaching overhead, she grabs the cart at work; L shoulder weak after the fall
            Numbers: tub-bench transfer x4 with min A; reached the top shelf 6 times with stand-by assist
            [CO: row n/a for 97530 — LM]
            """,
            ["M62.81", "R26.81"], [OT("97530", 26)], []),

        // IVBPT 97116 "Assist level: ____" with "{{REVIEW: assist blank}}" answered "CGA on the curb, SBA on level" beside the distance: passes.
        ["v2-h153-ll-97116-assist-blank-answered"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Holtville
            DOS 3/4/2026    G. Olmedo, PTA
            97116 — 18 min
            Gait: rolling walker on the sidewalk, the curb cut and the canal-bank gravel path behind the clinic; heel strike and step length cues
            Deficit: short R step and R foot flat at contact after the R TKA; the zanjero's route is all gravel
            Distance 350 ft x2; Assist level: ____
            {{REVIEW: assist blank}}
            Clinician reply: CGA on the curb, SBA on level.
            """,
            ["Z96.651"], [PTA("97116", 18)], []),

        // WRPT "Attendance: N/A" on a 97112 and "[CO query: N/A is not an answer for 97112]" left open: one-on-one missing.
        ["v2-h153-wr-attendance-na-open"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/4/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 22 min
            Attendance: N/A
            What we did: gaze stabilization while stepping; perturbations at the pelvis on foam; walking with head turns along the hall
            Why: L vestibular hypofunction and delayed postural responses; she veers on the wooded chapel path
            Numbers: DGI 17/24; 6 of 10 perturbations without a step
            [CO query: N/A is not an answer for 97112]
            [CO: open]
            """,
            ["H81.22"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // QBRH "ONE-ON-ONE FOR ENTIRE BILLED 97112? Y / N" left uncircled, coder asks, provider answers "Y — one-on-one the whole 97112 time": passes.
        ["v2-h153-qb-yes-no-line-answered-y"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 24 MIN
            ONE-ON-ONE FOR ENTIRE BILLED 97112? Y / N
            INTERVENTIONS: reactive stepping on the treadmill with stops and starts; foam stance with trunk rotations; tandem walking on the tape line
            IMPAIRMENT: slow reactive stepping and postural sway after the L cerebellar stroke; the ferry deck throws him
            OBJECTIVE: Mini-BESTest 19/28; tandem 10 sec
            >> Coding: circle one
            PROVIDER RESPONSE: Y — one-on-one the whole 97112 time. — E. Sewall, PT
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // QBRH Lubec: VOR cancellation with the thumb target and Tandem Romberg on foam, the coder's "is this NMR or ther ex?" answered; bilateral vestibular loss; DGI and Tandem Romberg seconds; individual; heading 23 matches: passes.
        ["v3-h153-qb-vor-cancellation-tandem-romberg"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            ATTENDANCE: individual
            INTERVENTIONS: VOR cancellation, head and thumb target moving together, seated then standing; Tandem Romberg on foam with eyes open then closed
            IMPAIRMENT: bilateral vestibular loss after gentamicin; he loses his footing in the dark on the wharf
            OBJECTIVE: DGI 14/24; Tandem Romberg on foam 7 sec EO, 2 sec EC
            >> Coding: is this NMR or ther ex?
            PROVIDER RESPONSE: NMR — vestibular and sensory work, not strengthening. — N. Cobb, PT, DPT, NCS
            """,
            ["H81.23"], [PT("97112", 23)], []),

        // WRPT OT billing 97112: Rood quick stretch and tapping over the L triceps to facilitate reach, weight bearing through the L arm; L hemiparesis, poor triceps recruitment; Box and Block; one-on-one; minutes match: passes.
        ["v3-h153-wr-ot-rood-quick-stretch-tapping"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/4/2026 — Dwight Kemper, OTR/L
            Svc: 97112 NMR — 24 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: Rood quick stretch and tapping over the L triceps to facilitate forward reach; weight bearing through the L arm on the mat table while reaching with the R; placing and holding the L hand on the cone
            Why: L hemiparesis after the R MCA stroke, poor L triceps recruitment, elbow collapses in weight bearing
            Numbers: Box and Block L 11, R 48; L arm weight bearing held 20 sec
            """,
            ["I69.332"], [OT("97112", 24)], []),

        // WRPT Dynamic Neuromuscular Stabilization developmental positions (rolling, side-lying to tripod) with the officer's "[CO query: what is DNS?]" answered; poor deep stabiliser recruitment after a fusion; holds and SLS; one-on-one; minutes match: passes.
        ["v3-h153-wr-dns-developmental-positions"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 3/4/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 22 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: DNS developmental positions — rolling with trunk control, side-lying to tripod, tripod to bear stance
            Why: poor recruitment and timing of the deep trunk stabilizers after the L4-5 fusion; he loses his trunk lifting feed sacks
            Numbers: tripod hold 10 sec x5 without trunk rotation; SLS R 12 sec, L 9 sec
            [CO query: what is DNS?]
            Addendum 3/5: Dynamic Neuromuscular Stabilization — motor control retraining through developmental positions. — BE
            """,
            ["Z98.1", "M62.81"], [PT("97112", 22)], []),

        // IVBPT 97140 Astym to the R Achilles and calf with "{{REVIEW: Astym billable as manual?}}" cleared; Achilles tendinopathy with restricted dorsiflexion; dorsiflexion degrees before and after; "97140 — 12 min" matches: passes.
        ["v3-h153-ll-astym-achilles-97140"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 3/4/2026    E. Fennimore, PT
            97140 — 12 min
            Astym to the R Achilles and gastroc-soleus, distal to proximal; talocrural posterior glides
            Deficit: R Achilles tendinopathy, restricted dorsiflexion, pain climbing the date-palm ladder
            R ankle DF 4° before, 10° after
            {{REVIEW: Astym billable as manual?}}
            {{CLEARED — KM}}
            """,
            ["M76.61"], [PT("97140", 12)], []),

        // IVBPT 97116 in the Ekso exoskeleton: step initiation and weight shift, then overground; incomplete SCI with weak hip flexors; distance and assistance; "97116 — 24 min" matches: passes.
        ["v3-h153-ll-ekso-exoskeleton-97116"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 3/4/2026    R. Quezada, PT, DPT
            97116 — 24 min
            Gait training in the Ekso exoskeleton: lateral weight shift to trigger each step, then overground with the front-wheeled walker
            Deficit: incomplete T10 spinal cord injury, weak hip flexors both sides, can't advance the L leg on his own; retired crop-duster pilot
            Ekso walk 260 ft with mod assist of one; 312 steps
            """,
            ["S24.153D"], [PT("97116", 24)], []),

        // WRPT OT 97112: mirror therapy with graded motor imagery (laterality cards, imagined movement, mirror box); L hand motor planning and neglect; card accuracy and Box and Block; one-on-one; minutes match: passes.
        ["v3-h153-wr-ot-graded-motor-imagery"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/4/2026 — Dwight Kemper, OTR/L
            Svc: 97112 NMR — 23 min
            Attendance: 1:1, the two of us in the OT room
            What we did: graded motor imagery — laterality cards, imagined L hand movements, then mirror box with the R hand moving and the L hand behind the mirror
            Why: L hand motor planning and L inattention after the R parietal stroke
            Numbers: laterality 32 of 50 correct; Box and Block L 9
            """,
            ["I69.354", "R41.4"], [OT("97112", 23)], []),

        // WRPT the practice's in-house "Ozark Steady Level 4 per protocol" as the only technique, "[CO query: what was done? the level alone does not describe the service]" left open: technique missing (deficit, measure and 1:1 present).
        ["v3-h153-wr-in-house-programme-level-only"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 3/4/2026 — Kacey Ormsby, PTA
            Svc: 97112 NMR — 22 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: Ozark Steady Level 4 per protocol
            Why: proprioceptive loss in both feet and slow postural responses; falls in the feed lot
            Numbers: Berg 44/56
            [CO query: what was done? the level alone does not describe the service]
            [CO: open]
            """,
            ["R26.81", "G62.9"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // WRPT the same programme explained in the addendum "Level 4 = foam stance with eyes closed, lateral pushes at the pelvis, tandem on the beam": passes.
        ["v3-h153-wr-in-house-programme-explained"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/4/2026 — Kacey Ormsby, PTA
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: Ozark Steady Level 4 per protocol
            Why: proprioceptive loss in both feet and slow postural responses; he misses the step down from the cab of his truck
            Numbers: Berg 45/56; tandem on the beam 8 ft without a step-off
            [CO query: what was done?]
            Addendum 3/5: Level 4 = foam stance with eyes closed, lateral pushes at the pelvis, tandem walking on the beam. — KO
            [CO: resolved LM]
            """,
            ["R26.81", "G62.9"], [PTA("97112", 23)], []),

        // IVBPT 97140 Mulligan mobilisation with movement at the L ankle (talar glide with a weight-bearing lunge), "{{REVIEW: reps/sets/grade?}}" never answered and no number but the code and its minutes: measure missing.
        ["v3-h153-ll-mulligan-mwm-no-dose"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            E. Fennimore, PT
            97140 — 11 min
            Mulligan mobilization with movement at the L ankle: posterior talar glide with a belt during a weight-bearing lunge
            Deficit: L ankle dorsiflexion restricted after the sprain, can't squat to check the siphon tubes on the lettuce rows
            {{REVIEW: reps/sets/grade?}}
            """,
            ["S93.402D"], [PT("97140", 11)], [At(Measure, "97140")]),

        // QBRH PNF D1/D2 patterns and rhythmic stabilisation with "IMPAIRMENT: (not entered)" and ">> Coding: impairment?" never answered: deficit missing (techniques, measures, individual present).
        ["v3-h153-qb-pnf-impairment-not-entered"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 24 MIN
            ATTENDANCE: individual, one-on-one
            INTERVENTIONS: PNF D1 and D2 patterns of the L leg in sidelying and standing; rhythmic stabilization in half-kneeling; stepping over the hurdles
            IMPAIRMENT: (not entered)
            OBJECTIVE: Berg 43/56; half-kneel hold 15 sec
            >> Coding: impairment?
            """,
            ["R26.89"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // IVBPT 97110 the Otago programme with its doses and "{{REVIEW: Otago billable as ther ex?}}" cleared; knee extensor and hip abductor weakness; "97110 — 18 min" matches: passes.
        ["v3-h153-ll-otago-programme-doses"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Calexico
            DOS 3/4/2026    G. Olmedo, PTA
            97110 — 18 min
            Otago programme: knee extension with a 4 lb cuff 2x10 each; standing hip abduction 2x10 each; calf raises 2x10; sit-to-stand from the 18 in chair 2x8
            Deficit: weak knee extensors and hip abductors both sides; she can't rise from the low church pew without pulling up
            {{REVIEW: Otago billable as ther ex?}}
            {{CLEARED — strengthening with doses. KM}}
            """,
            ["M62.81", "R26.81"], [PTA("97110", 18)], []),

        // QBRH 97116 body-weight-supported treadmill training with 30 % unloading, the coder's "treadmill = gait or ther ex?" answered; R hemiparetic gait asymmetry; speed, distance, unloading; heading 16 matches: passes.
        ["v3-h153-qb-bwstt-97116"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97116 GAIT TRAINING — 16 MIN
            INTERVENTIONS: body-weight-supported treadmill training in the harness, 30% unloading, manual facilitation of R limb advancement and weight acceptance
            IMPAIRMENT: R hemiparetic gait, short R stance and L step, R toe drag
            OBJECTIVE: 1.1 mph, 850 ft total on the belt; overground after 10MWT 0.52 m/s
            >> Coding: treadmill = gait or ther ex?
            PROVIDER RESPONSE: gait training; the harness and facilitation are for the gait pattern. — E. Sewall, PT
            """,
            ["I69.351"], [PT("97116", 16)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, in the note or in the answer; deficits never stated

        // WRPT "[CO query: deficit stated?]" answered "Addendum 3/6: R foot proprioceptive loss — her toe catches on the gravel drive and she can't tell where her foot is without looking": passes.
        ["v4-h153-wr-toe-catches-on-the-gravel-drive"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/4/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 24 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: stepping over the rope line with eyes on the wall target; foam stance with R foot taps to the clock numbers; slow marching with eyes closed
            Why: see eval
            Numbers: R SLS 4 sec; foot-tap accuracy 7 of 12
            [CO query: deficit stated? "see eval" does not carry over]
            Addendum 3/6: R foot proprioceptive loss — her toe catches on the gravel drive and she can't tell where her foot is without looking. — JT
            [CO: resolved LM]
            """,
            ["G57.31", "R26.89"], [PT("97112", 24)], []),

        // QBRH ">> Coding: neuromuscular deficit not documented" never answered and nothing names an impairment or system: deficit missing (techniques, measures, individual present).
        ["v4-h153-qb-deficit-query-open"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            ATTENDANCE: individual
            INTERVENTIONS: perturbations at the shoulders in tandem stance; walking with ball tosses; stepping onto and off the foam step
            IMPAIRMENT:
            OBJECTIVE: Berg 47/56; 6 of 10 perturbations without a step
            >> Coding: neuromuscular deficit not documented
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // QBRH same query answered "he loses his balance backward whenever he looks up at the ferry schedule board — vestibular and postural control deficit": passes.
        ["v4-h153-qb-deckhand-looks-up-at-the-board"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            ATTENDANCE: individual
            INTERVENTIONS: head extension and rotation while standing on foam; walking with looks up to targets on the wall; backward perturbations with a step
            IMPAIRMENT:
            OBJECTIVE: FGA 19/30; 5 of 8 backward pushes recovered in one step
            >> Coding: neuromuscular deficit not documented
            PROVIDER RESPONSE (3/5/2026): he loses his balance backward whenever he looks up at the ferry schedule board — vestibular and postural control deficit. — N. Cobb, PT, DPT, NCS
            """,
            ["H81.92", "R26.81"], [PT("97112", 23)], []),

        // IVBPT "her L knee buckles stepping down off the bus curb in Calexico — quad timing and motor control" as the deficit; step-downs with perturbation, eccentric control drills, stepping on a mat; Berg and step-down count; 1:1; minutes match: passes.
        ["v4-h153-ll-knee-buckles-off-the-bus-curb"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Calexico
            DOS 3/4/2026    R. Quezada, PT, DPT
            97112 — 23 min    1:1, nobody else in the room
            Forward step-downs off the 6 in step with a light push at the pelvis; slow lateral step-downs with a mirror for knee alignment; stepping onto the foam and sticking the landing
            Deficit: her L knee buckles stepping down off the bus curb on the way to the border crossing — L quad timing and motor control after the patellar dislocation
            Step-down with control 7 of 10; Berg 49/56
            {{CLEARED — KM}}
            """,
            ["S83.005D"], [PT("97112", 23)], []),

        // IVBPT "Deficit: none noted" on a 97112 with "{{REVIEW: 'none noted' but billing NMR}}" never answered: deficit missing.
        ["v4-h153-ll-deficit-none-noted-open"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 3/4/2026    E. Fennimore, PT
            97112 — 22 min    individual
            Rx: perturbation training on foam; tandem walking with head turns; stepping over the cones on cue
            Deficit: none noted
            TUG 11.8 sec; Berg 50/56
            {{REVIEW: "none noted" but billing NMR}}
            """,
            ["R26.89"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // WRPT OT 97530: "can't reach the top shelf of the Crescent Hotel linen closet without losing her balance and grabbing the cart" as the deficit; reaching, folding, lifting from the low cart; counts and assistance; minutes match: passes.
        ["v4-h153-wr-ot-housekeeper-grabs-the-cart"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/4/2026 — Dwight Kemper, OTR/L
            Svc: 97530 TA — 22 min
            What we did: reaching to the top shelf with folded towels; standing folding of sheets at the counter; lifting stacks from the low cart to the shelf
            Why: she can't reach the top shelf of the Crescent Hotel linen closet without losing her balance and grabbing the cart — standing balance and L shoulder reach after the fall
            Numbers: 10 reaches to the top shelf with stand-by assist; lifted 6 lb stacks x8
            """,
            ["S42.292D", "R26.81"], [OT("97530", 22)], []),

        // WRPT PTA 97110: "L shoulder flexion weak after the rotator-cuff repair; can't lift the feed bucket to the trough" as the region and goal; bands and dumbbells with doses; minutes match: passes.
        ["v4-h153-wr-pta-97110-feed-bucket"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 3/4/2026 — Kacey Ormsby, PTA
            Svc: 97110 TE — 17 min
            What we did: standing shoulder flexion to 90° with a 2 lb dumbbell 3x10; band ER and IR with the red band 3x12; scaption in the mirror 3x10
            Why: L shoulder flexion and ER weak after the rotator-cuff repair; can't lift the feed bucket to the trough
            """,
            ["M75.122", "Z98.890"], [PTA("97110", 17)], []),

        // WRPT "Addendum 3/7 (late entry): impairment addressed — somatosensory loss both feet from the neuropathy; he stood on a tack in the barn and didn't know it": passes.
        ["v4-h153-wr-stood-on-a-tack-late-entry"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/4/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 25 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: barefoot stance on textured mats with eyes closed; weight shifts to targets on the foam; walking on the grass strip outside with head turns
            Why:
            Numbers: Semmes-Weinstein absent at 5.07 on 4 of 6 sites each foot; Berg 44/56
            [CO query: impairment?]
            Addendum 3/7 (late entry): impairment addressed — somatosensory loss both feet from the neuropathy; he stood on a tack in the barn and didn't know it. — JT
            """,
            ["E11.42"], [PT("97112", 25)], []),

        // QBRH the deficit written as a finding in the original with no query on it: "veers into the wall when she turns her head to talk to her husband"; a time question answered; passes.
        ["v4-h153-qb-veers-into-the-wall"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            ATTENDANCE: one-on-one; her husband waited in the lobby
            INTERVENTIONS: walking with head turns to name the pictures on the wall; gaze holds while stepping side to side; foam stance with head turns
            IMPAIRMENT: she veers into the wall when she turns her head to talk to her husband — vestibular hypofunction L
            OBJECTIVE: DGI 16/24; 10 ft walk with head turns, 2 deviations out of the lane
            >> Coding: minutes on the charge and the heading agree?
            PROVIDER RESPONSE: yes. — N. Cobb, PT, DPT, NCS
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // IVBPT PTA "{{REVIEW: deficit?}}" then "{{REVIEW 2nd request: deficit?}}", both unanswered, no impairment or system anywhere: deficit missing.
        ["v4-h153-ll-pta-deficit-asked-twice"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Holtville
            DOS 3/4/2026    G. Olmedo, PTA
            97112 — 21 min    1:1
            Rx: step-and-reach to cones on foam; tandem walking with ball passes; lateral pushes in standing
            Berg 48/56; tandem 12 sec
            {{REVIEW: deficit?}}
            {{REVIEW 2nd request: deficit?}}
            """,
            ["R26.81"], [PTA("97112", 21)], [At(Deficit, "97112")]),

        // WRPT "ataxia of the L arm and leg, overshoots the cone when she reaches and steps" as the deficit; Frenkel-style heel slides, foot placement to targets; finger-to-nose; one-on-one; minutes match: passes.
        ["v4-h153-wr-overshoots-the-cone"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/4/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 23 min
            Attendance: 1:1 (BE and the patient only)
            What we did: heel slides to marks on the mat in time with my count; stepping to foot-shaped targets on the floor; reaching to cones placed at random while standing
            Why: ataxia of the L arm and leg after the cerebellar bleed, she overshoots the cone when she reaches and steps
            Numbers: foot placement 9 of 15 on target; finger-to-nose L 6 misses of 10
            """,
            ["I69.193"], [PT("97112", 23)], []),

        // QBRH PTA 97116: "R foot stops clearing after about a hundred feet, hip hiking" as the deficit; gait with cues, obstacle stepping; distance and assistance; heading 15 matches: passes.
        ["v4-h153-qb-pta-97116-clearance-fades"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97116 GAIT TRAINING — 15 MIN
            INTERVENTIONS: gait with cues for R hip and knee flexion in swing; stepping over the low obstacles along the hall; turns around the cones
            IMPAIRMENT: R foot stops clearing after about a hundred feet and she hikes the hip — R dorsiflexor weakness and foot drop that worsens as she tires
            OBJECTIVE: 300 ft with the R AFO and the straight cane, stand-by assist; 2 toe catches over the last lap
            — L. Dufour, PTA
            """,
            ["M21.371", "R26.89"], [PTA("97116", 15)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, in the note or an addendum; notes with none

        // WRPT "[CO query: measure?]" answered "Addendum 3/6: Berg 41/56 this visit; 5xSTS 16.8 sec — JT": passes.
        ["v5-h153-wr-measure-added-by-addendum"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/4/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: sit-to-stand onto the foam with eyes closed; perturbations in staggered stance; step-overs of the garden-hose line
            Why: delayed postural responses and poor eccentric control sitting down; she drops into the chair
            Numbers:
            [CO query: measure?]
            Addendum 3/6: Berg 41/56 this visit; 5xSTS 16.8 sec — JT
            [CO: resolved LM]
            """,
            ["R26.81", "M62.81"], [PT("97112", 23)], []),

        // WRPT "Numbers:" empty, "[CO query: measure?]" and "[CO: open]", no number but the code and its minutes: measure missing.
        ["v5-h153-wr-measure-query-open"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Brenna Ellingboe, PT
            Svc: 97112 NMR — 22 min
            Attendance: one-on-one, BE and the patient only
            What we did: rocker board with eyes closed; lateral pushes at the pelvis on the foam; walking backward with a stop on cue
            Why: R ankle proprioception down and slow stepping reactions since the fall in the hay barn
            Numbers:
            [CO query: measure?]
            [CO: open]
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // QBRH mCTSIB in four conditions in seconds, foam and eyes-closed drills, somatosensory dependence; individual; heading 24 matches: passes.
        ["v5-h153-qb-mctsib-four-conditions"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 24 MIN
            ATTENDANCE: individual
            INTERVENTIONS: sensory reweighting — foam stance with eyes closed, then with head turns; standing on the incline board with eyes closed; walking on the mats in dim light
            IMPAIRMENT: over-reliance on vision, poor use of vestibular input; she loses her balance in the dark of the wreath barn
            OBJECTIVE: mCTSIB firm EO 30 sec, firm EC 30 sec, foam EO 30 sec, foam EC 11 sec
            >> Coding: no query — measure present.
            """,
            ["R26.81", "H81.93"], [PT("97112", 24)], []),

        // QBRH "PROVIDER RESPONSE: no formal measure taken today; she was steadier than last week" under the coder's query, no number but the code and its minutes: measure missing.
        ["v5-h153-qb-no-formal-measure-today"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            ATTENDANCE: one-on-one
            INTERVENTIONS: perturbations at the hips on foam; tandem walking with head turns; step-ups with a hold on the foam step
            IMPAIRMENT: postural control and L ankle proprioception after the ankle fracture
            OUTCOME MEASURE: ____ SCORE: ____
            >> Coding: measure?
            PROVIDER RESPONSE: no formal measure taken today; she was steadier than last week. — L. Dufour, PTA
            """,
            ["S82.852D"], [PTA("97112", 23)], [At(Measure, "97112")]),

        // IVBPT "caught 8 of 12 pushes" and "FGA 19/30": perturbation count and FGA; 1:1; minutes match: passes.
        ["v5-h153-ll-perturbation-count-and-fga"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 3/4/2026    E. Fennimore, PT
            97112 — 25 min    1:1 entire service
            Unannounced pushes in standing and while walking; gaze stabilization while stepping side to side; stepping over the canal-board hurdles
            Deficit: delayed reactive stepping and vestibular loss; he's gone over twice on the packing-shed floor
            Caught 8 of 12 pushes with one step; FGA 19/30
            """,
            ["H81.23", "R26.81"], [PT("97112", 25)], []),

        // IVBPT "{{REVIEW: objective measure?}}" answered "Clinician reply: DGI today 16/24": passes.
        ["v5-h153-ll-dgi-in-the-reply"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 3/4/2026    R. Quezada, PT, DPT
            97112 — 22 min    1:1
            Walking with horizontal and vertical head turns; stepping over the shoebox; pivot turns on cue
            Deficit: L vestibular hypofunction, gait veers with head turns
            {{REVIEW: objective measure?}}
            Clinician reply: DGI today 16/24.
            {{CLEARED — KM}}
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // IVBPT 97110 leg press and step-ups with their doses; R knee weakness after ACL reconstruction; "97110 — 16 min" matches: passes.
        ["v5-h153-ll-97110-leg-press-doses"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 3/4/2026    G. Olmedo, PTA
            97110 — 16 min
            Leg press 90 lb 3x12; lateral step-ups onto the 8 in step 3x10; wall sits 5 x 30 sec holds; hamstring curls with the green band 3x15
            Deficit: R quad and hamstring weakness after the ACL reconstruction; can't climb into the cab of the lettuce harvester
            """,
            ["Z98.890", "S83.511D"], [PTA("97110", 16)], []),

        // IVBPT 97110 "{{REVIEW: sets/reps/load missing}}" never answered, exercises and region named, no number but the code and its minutes: measure missing.
        ["v5-h153-ll-97110-no-dose-open"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Holtville
            G. Olmedo, PTA
            97110 — 17 min
            Bridges, clamshells with the band, sidelying hip abduction, standing hip extension at the counter
            Deficit: L hip abductor and extensor weakness after the L hip replacement; Trendelenburg gait
            {{REVIEW: sets/reps/load missing}}
            """,
            ["Z96.642"], [PTA("97110", 17)], [At(Measure, "97110")]),

        // WRPT 97116 "300 ft x2 with the rolling walker, CGA" on the chapel path and curb; short L step; minutes match: passes.
        ["v5-h153-wr-97116-distance-and-assist"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/4/2026 — Brenna Ellingboe, PT
            Svc: 97116 Gait — 16 min
            What we did: rolling-walker gait on the wooded path to the parking lot, the curb and the grade by the chapel; cues for L step length and heel strike
            Why: short L step and L foot flat after the L hip fracture; the usher's route at Thorncrown is a slope
            Numbers: 300 ft x2 with the rolling walker, CGA on the grade, SBA on the flat; curb with min A
            """,
            ["S72.002D"], [PT("97116", 16)], []),

        // QBRH OT 97530: floor-to-counter laundry-basket lifts "6 times, 8 lb, stand-by assist"; squat and lift mechanics; low-back and hip weakness; heading 20 matches: passes.
        ["v5-h153-qb-ot-97530-basket-lifts"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97530 THERAPEUTIC ACTIVITIES — 20 MIN
            ACTIVITY: laundry-basket lifts from the floor to the counter with a squat; carrying the basket through the doorway; hanging wreath rings on the high hooks
            IMPAIRMENT: weak hip extensors and poor lifting mechanics after the lumbar strain; she can't lift the wreath frames off the floor
            OBJECTIVE: basket lifts 6 times, 8 lb, stand-by assist; carried 40 ft without a rest
            — M. Hatch, OTR/L
            """,
            ["S39.012D"], [OT("97530", 20)], []),

        // WRPT 10MWT gait speed and TUG with a dual task after step-length drills to tape marks with a metronome, dual-task walking; Parkinsonian shuffle; 1:1; minutes match: passes.
        ["v5-h153-wr-gait-speed-and-tug"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/4/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 24 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: step-length drills to the tape marks with auditory cues; dual-task walking naming the cattle breeds; turning in a small circle with a step cue
            Why: shuffling, freezing in doorways and slow turning with Parkinson's
            Numbers: 10MWT 0.74 m/s; TUG 14.1 sec, TUG cognitive 19.8 sec
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // QBRH Semmes-Weinstein "absent 5.07 at 4 of 6 plantar sites" with foot-sensory work; peripheral neuropathy; individual; heading 22 matches: passes.
        ["v5-h153-qb-semmes-weinstein-sites"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            ATTENDANCE: one-on-one with E. Sewall, PT
            INTERVENTIONS: textured-surface barefoot stance with eyes closed; weight shifts to the forefoot and heel on the wobble board; stepping onto rope and pebble mats
            IMPAIRMENT: plantar sensory loss and impaired ankle proprioception both feet
            OBJECTIVE: Semmes-Weinstein absent at 5.07 on 4 of 6 plantar sites R, 3 of 6 L; wobble board 9 sec
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // IVBPT "{{REVIEW: measure?}}" answered only "She says she feels steadier", no number but the code and its minutes: measure missing.
        ["v5-h153-ll-reply-she-feels-steadier"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Calexico
            E. Fennimore, PT
            97112 — 23 min    one-on-one
            Perturbations in tandem stance; foam walking with head turns; stepping over the cones
            Deficit: slow postural responses and L ankle proprioception after the sprain
            {{REVIEW: measure?}}
            Clinician reply: She says she feels steadier.
            """,
            ["S93.402D"], [PT("97112", 23)], [At(Measure, "97112")]),

        // WRPT OT 97530 "Addendum: 4 trips with the linen cart, min A on the turn" answering "[CO query: measure?]": passes (cart pushing, bed making; standing balance and L shoulder; minutes match).
        ["v5-h153-wr-ot-cart-trips-addendum"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/4/2026 — Dwight Kemper, OTR/L
            Svc: 97530 TA — 18 min
            What we did: pushing the loaded linen cart down the hall and turning it into the room; making the bed with hospital corners
            Why: standing balance on the turn and L shoulder reach after the fall; needed for her housekeeping job
            [CO query: measure?]
            Addendum 3/5: 4 trips with the linen cart, min A on the turn; bed made with stand-by assist. — DK
            """,
            ["R26.81", "S42.292D"], [OT("97530", 18)], []),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, truly missing separate time

        // QBRH two codes with no time in the note, ">> Coding: time per CPT not documented" answered by "LATE ENTRY (3/5/2026): 97112 — 23 min; 97116 — 14 min" (both match): passes.
        ["v6-h153-qb-time-per-code-late-entry"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            ATTENDANCE: individual for the neuro re-ed
            NEUROMUSCULAR RE-ED: perturbations at the pelvis on the foam; tandem with head turns; reactive steps to pushes
            IMPAIRMENT: delayed stepping reactions and vestibular loss R after the labyrinthectomy
            OBJECTIVE: FGA 16/30; 6 of 10 pushes in one step
            GAIT TRAINING: straight cane on the ramp, the gravel lot and the curb; turns
            IMPAIRMENT: wide base and drift to the R
            OBJECTIVE: 450 ft with the straight cane, stand-by assist; curb with contact guard
            >> Coding: time per CPT not documented
            LATE ENTRY (3/5/2026): 97112 — 23 min; 97116 — 14 min. — N. Cobb, PT, DPT, NCS
            """,
            ["H81.91", "R26.81"], [PT("97112", 23), PT("97116", 14)], []),

        // QBRH two codes with only "TOTAL TIMED 38 MIN" and ">> Coding: time per CPT?" still OPEN: separate time missing; each code complete.
        ["v6-h153-qb-total-only-query-open"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            ATTENDANCE: one-on-one for all timed services
            NEUROMUSCULAR RE-ED: rocker board eyes closed; foam stance with ball catches; stepping over the hurdles
            IMPAIRMENT: R ankle proprioception and postural control after the ankle fracture on the scallop boat
            OBJECTIVE: rocker board 11 sec; Berg 46/56
            THERAPEUTIC EXERCISE: calf raises 3x15; eccentric heel drops off the step 3x12; band eversion with the blue band 3x15
            IMPAIRMENT: R calf and peroneal weakness
            TOTAL TIMED 38 MIN
            CODING QUERY: time per CPT? STATUS: OPEN
            """,
            ["S82.891D"], [PT("97112", 24), PT("97110", 14)], [SepTime]),

        // IVBPT "97112 — 34 min" on a 22-minute line, "{{REVIEW: minutes do not match charge}}" and the reply "note is right as written": the note's minutes differ from the line by twelve: mismatch.
        ["v6-h153-ll-reply-insists-on-note-minutes"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 3/4/2026    R. Quezada, PT, DPT
            97112 — 34 min    1:1
            Perturbation training on foam; step-and-stick onto the box; gaze stabilization while walking
            Deficit: postural control and vestibular loss after the concussion at the packing shed
            Berg 48/56; FGA 22/30
            {{REVIEW: minutes do not match charge}}
            RQ reply: note is right as written.
            """,
            ["S06.0X0D"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // IVBPT PTA 97110 "97110 — 30 min" on an 18-minute line, "{{REVIEW: minutes do not match charge}}" never answered: mismatch.
        ["v6-h153-ll-97110-mismatch-open"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 3/4/2026    G. Olmedo, PTA
            97110 — 30 min
            Seated rows with the green band 3x15; wall slides 3x10; serratus punches with a 3 lb weight 3x12
            Deficit: R scapular and shoulder weakness after the rotator-cuff repair; can't reach the top shelf of the packing shed
            {{REVIEW: minutes do not match charge}}
            """,
            ["M75.121"], [PTA("97110", 18)], [At(Mismatch, "97110")]),

        // WRPT clock range on the code's own line "Svc: 97112 NMR (9:02–9:26)" = 24 min, matches: passes.
        ["v6-h153-wr-clock-range-on-the-code-line"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/4/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR (9:02–9:26)
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: sidestepping over the foam beam; tandem stance with head turns; perturbations while reaching for the canoe paddle hung on the wall
            Why: L ankle proprioception and lateral balance after the L ankle sprain on the Kings River gravel bar
            Numbers: SLS L 9 sec; 7 of 10 perturbations without stepping
            [CO: reviewed — LM]
            """,
            ["S93.402D"], [PT("97112", 24)], []),

        // WRPT minute boxes "97112 [ 23 ] min   97110 [ 15 ] min", both codes complete: passes.
        ["v6-h153-wr-minute-boxes-two-codes"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 3/4/2026 — Joel Tackett, PT, DPT
            Svc: 97112 [ 23 ] min
            Svc: 97110 [ 15 ] min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            NMR: rocker board with eyes closed; perturbations on the foam; backward walking with stops — R ankle proprioception and slow stepping responses; Berg 45/56
            TE: step-ups onto the 8 in step 3x10; side-lying hip abduction 3x15; calf raises 3x20 — R hip abductor and calf weakness
            [CO: reviewed, no query — LM]
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // QBRH headings "CPT 97112 NEUROMUSCULAR RE-ED — 25 MIN" and "CPT 97116 GAIT TRAINING — 14 MIN", both match: passes.
        ["v6-h153-qb-two-headings"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97112 NEUROMUSCULAR RE-ED — 25 MIN
            ATTENDANCE: individual
            INTERVENTIONS: gaze stabilization while walking; foam stance with eyes closed; perturbations at the shoulders
            IMPAIRMENT: vestibular hypofunction L and postural sway
            OBJECTIVE: DGI 17/24; foam EC 14 sec
            CPT 97116 GAIT TRAINING — 14 MIN
            INTERVENTIONS: gait on the lighthouse path's gravel and the slope by the parking lot with the walking stick; turns
            IMPAIRMENT: drifts to the L on uneven ground
            OBJECTIVE: 500 ft with the walking stick, modified independent on level, stand-by assist on the slope
            """,
            ["H81.22", "R26.81"], [PT("97112", 25), PT("97116", 14)], []),

        // IVBPT "Minutes: ___" on a single 97112, "{{REVIEW: minutes blank}}" answered "97112 = 23 min": passes.
        ["v6-h153-ll-minutes-blank-answered"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Calexico
            DOS 3/4/2026    E. Fennimore, PT
            97112    Minutes: ___    1:1
            Reactive stepping to pushes in four directions; foam stance with eyes closed; stepping over the cones without looking down
            Deficit: slow reactive stepping and somatosensory loss in the feet
            Berg 46/56; 7 of 10 pushes with one step
            {{REVIEW: minutes blank}}
            Clinician reply: 97112 = 23 min.
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // IVBPT a single 97112 whose minutes were never written ("Minutes: ___", no query): one timed code, nothing stated to mismatch and no second code: passes.
        ["v6-h153-ll-single-code-no-minutes"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Holtville
            DOS 3/4/2026    R. Quezada, PT, DPT
            97112    Minutes: ___    1:1, just the two of us
            Perturbations at the pelvis on foam; tandem walking with head turns; step-and-stick onto the box
            Deficit: R ankle proprioception and postural control after the R ankle fracture
            SLS R 7 sec; Berg 47/56
            {{CLEARED — KM}}
            """,
            ["S82.891D"], [PT("97112", 22)], []),

        // WRPT a PT's 97112 and an OT's 97530 on one visit, each with its minutes: passes.
        ["v6-h153-wr-pt-and-ot-codes"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/4/2026
            Svc: 97112 NMR — 24 min (Joel Tackett, PT, DPT) — 1:1
            NMR: perturbations in standing; foam stance reaching; stepping over the hurdles — L hemiparesis, poor postural control and L weight acceptance; Berg 40/56
            Svc: 97530 TA — 18 min (Dwight Kemper, OTR/L)
            TA: kitchen retrieval from the low cabinet and the top shelf; carrying a pot 15 ft to the stove — L arm and standing balance during reach; min A on the retrieval, 4 trips
            [CO: reviewed — LM]
            """,
            ["I69.354"], [PT("97112", 24), OT("97530", 18)], []),

        // WRPT 97112 with minutes and a 97140 whose time was queried "[CO query: 97140 time?]" and never given: separate time missing.
        ["v6-h153-wr-second-code-time-open"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/4/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 24 min
            Svc: 97140 MT
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            NMR: rocker board, foam stance with head turns, perturbations — L ankle proprioception after the sprain; SLS L 8 sec
            MT: talocrural posterior glides grade III and soft-tissue mobilization to the L peroneals — L ankle dorsiflexion restricted, DF 5° to 11°
            [CO query: 97140 time?]
            [CO: open]
            """,
            ["S93.402D"], [PT("97112", 24), PT("97140", 10)], [SepTime]),

        // QBRH "CPT 97116 GAIT TRAINING — 25 MIN" on a 14-minute line (the 97112 heading 23 matches): mismatch on 97116.
        ["v6-h153-qb-second-heading-over"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            ATTENDANCE: individual
            INTERVENTIONS: perturbations on foam; tandem with head turns; backward walking with stops
            IMPAIRMENT: postural control and delayed stepping after the fall on the cannery pier
            OBJECTIVE: Berg 44/56
            CPT 97116 GAIT TRAINING — 25 MIN
            INTERVENTIONS: rolling-walker gait on the hospital ramp and the curb; step-length cues
            IMPAIRMENT: short R step and forward flexed posture
            OBJECTIVE: 350 ft with the rolling walker, contact guard on the ramp
            >> Coding: check 97116 minutes against the charge
            """,
            ["R26.81", "W19.XXXD"], [PT("97112", 23), PT("97116", 14)], [At(Mismatch, "97116")]),

        // WRPT minutes given for neither code in the note, "[CO query: time per code?]" answered "Addendum 3/5: 97112 24 min, 97110 13 min": passes.
        ["v6-h153-wr-addendum-gives-time-per-code"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 3/4/2026 — Kacey Ormsby, PTA
            Svc: 97112 NMR, 97110 TE
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            NMR: step-and-stick onto foam; lateral pushes at the pelvis; tandem walk with head turns — proprioceptive loss both feet; tandem 9 sec, 6 of 10 pushes without a step
            TE: sit-to-stand 3x10 from the low chair; standing hip extension with the red band 3x12 — hip extensor weakness
            [CO query: time per code?]
            Addendum 3/5: 97112 24 min, 97110 13 min. — KO
            [CO: resolved LM]
            """,
            ["G62.9", "M62.81"], [PTA("97112", 24), PTA("97110", 13)], []),

        // QBRH three codes, each heading with its minutes (97112 23, 97110 12, 97140 10): passes.
        ["v6-h153-qb-three-codes"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN
            ATTENDANCE: individual
            INTERVENTIONS: cervical joint-position-error training with the laser on the target; gaze stabilization with head turns; tandem on foam
            IMPAIRMENT: cervicogenic dizziness and poor neck proprioception after the whiplash
            OBJECTIVE: JPE 7° rotation R; tandem foam 8 sec
            CPT 97110 THERAPEUTIC EXERCISE — 12 MIN
            INTERVENTIONS: deep neck flexor holds 10 x 10 sec; rows with the red band 3x12; wall angels 2x10
            IMPAIRMENT: deep neck flexor and scapular weakness
            CPT 97140 MANUAL THERAPY — 10 MIN
            INTERVENTIONS: suboccipital release; upper-cervical rotation mobilization grade III
            IMPAIRMENT: restricted upper-cervical rotation, R 50° to 62°
            """,
            ["S13.4XXD", "M54.2"], [PT("97112", 23), PT("97110", 12), PT("97140", 10)], []),

        // IVBPT clock range "97112 (1:40–2:10 pm)" = 30 min on an 18-minute line: mismatch.
        ["v6-h153-ll-clock-range-mismatch"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 3/4/2026    E. Fennimore, PT
            97112 (1:40–2:10 pm)    1:1
            Perturbation training on the half foam roll; tandem walking with ball toss; step-overs of the cones
            Deficit: R ankle proprioception and slow postural responses after the ankle sprain
            Berg 49/56; SLS R 11 sec
            {{REVIEW: clock time vs charge}}
            """,
            ["S93.401D"], [PT("97112", 18)], [At(Mismatch, "97112")]),

        // WRPT "NMR and gait 36 min" for two codes and "[CO query: split the time by code]" left open: separate time missing.
        ["v6-h153-wr-combined-nmr-and-gait-open"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/4/2026 — Joel Tackett, PT, DPT
            Svc: NMR and gait 36 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            NMR: perturbations on the foam; backward walking with stops; stepping to the floor-clock numbers — retropulsion and delayed stepping; pull test 3 steps
            Gait: cane gait on the gravel drive and the grass; big-step cues — shuffling, reduced step length; 400 ft with the cane, stand-by assist
            [CO query: split the time by code]
            [CO: open]
            """,
            ["G20.A1"], [PT("97112", 22), PT("97116", 14)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // A two-code visit exported with no note text at all: DOC_NOTE_MISSING on each profiled line, nothing else.
        ["v7-h153-wr-empty-two-code-visit"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // A 97116 whose note is spaces and line breaks only and no diagnosis on the claim: DOC_NOTE_MISSING and the diagnosis finding.
        ["v7-h153-ll-whitespace-only-no-dx"] = new(
            "   \n   \n  \t \n",
            [], [PTA("97116", 16)], [At(NoteMissing, "97116"), Dx]),

        // QBRH 97110 in the contract's sense: rows, wall slides and serratus punches with doses for the R shoulder after a rotator-cuff repair; heading 18 matches: passes.
        ["v7-h153-qb-97110-rotator-cuff"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97110 THERAPEUTIC EXERCISE — 18 MIN
            INTERVENTIONS: seated rows with the green band 3x15; wall slides with the foam roller 3x10; serratus punches supine with a 2 lb weight 3x12; sidelying ER with a 1 lb weight 3x10
            IMPAIRMENT: R shoulder flexion and ER weakness after the rotator-cuff repair; can't lift the lobster crate to the truck bed
            — L. Dufour, PTA
            """,
            ["M75.121", "Z98.890"], [PTA("97110", 18)], []),

        // IVBPT OT 97530 in the contract's sense: car transfers with the clinic's car seat and floor recovery to a chair; L hip and trunk weakness; assistance and counts; minutes match: passes.
        ["v7-h153-ll-ot-97530-car-and-floor"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 3/4/2026    X. Saldívar, OTR/L
            97530 — 22 min
            Car transfers into and out of the clinic's car-seat mock-up, swinging the legs in together; floor recovery by half-kneel to the chair
            Deficit: L hip and trunk weakness after the hip fracture; she rides to the border crossing every morning and can't get in the car alone
            Car transfer x4 with min A; floor to chair x2 with mod A
            """,
            ["S72.002D"], [OT("97530", 22)], []),

        // WRPT 97140 in the contract's sense: soft-tissue mobilisation to the L upper trapezius and levator and thoracic PA glides; restricted thoracic extension and neck pain; degrees; minutes match: passes.
        ["v7-h153-wr-97140-upper-trap-thoracic"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/4/2026 — Brenna Ellingboe, PT
            Svc: 97140 MT — 12 min
            What we did: soft-tissue mobilization to the L upper trapezius and levator scapulae; central PA glides to the mid thoracic spine, grade III
            Why: L neck pain and restricted thoracic extension; she can't look up at the hotel's high shelves
            Numbers: cervical rotation L 55° before, 68° after
            """,
            ["M54.2", "M62.838"], [PT("97140", 12)], []),

        // WRPT 97116 in the contract's sense: cane gait on gravel, a ramp and the church steps, step-length and heel-strike cues; antalgic gait after a knee replacement; distance and assistance; minutes match: passes.
        ["v7-h153-wr-97116-gravel-ramp-church-steps"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 3/4/2026 — Joel Tackett, PT, DPT
            Svc: 97116 Gait — 15 min
            What we did: straight-cane gait on the gravel lot, the ramp and the five church steps with the rail; step-length and heel-strike cues
            Why: antalgic L gait and short R step after the L TKA
            Numbers: 400 ft with the straight cane, stand-by assist; steps step-to with the rail, CGA
            """,
            ["Z96.652"], [PT("97116", 15)], []),

        // WRPT wholly generic "Balance training. Pt tolerated well. Continue POC." with the officer's query asking for technique, deficit, measure and one-on-one, left open: every content finding and one-on-one.
        ["v7-h153-wr-generic-everything-asked-nothing-answered"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Kacey Ormsby, PTA
            Svc: 97112 NMR — 22 min
            Balance training. Pt tolerated well. Continue POC.
            [CO query: technique? deficit? measure? one-on-one? — this note describes nothing]
            [CO: open]
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // IVBPT generic 97110 "Ther ex per POC" whose "{{REVIEW: not specific}}" got another generic sentence: technique, generic, deficit and measure findings.
        ["v7-h153-ll-generic-reply-still-generic"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Holtville
            G. Olmedo, PTA
            97110 — 16 min
            Ther ex per POC.
            {{REVIEW: not specific}}
            Clinician reply: Pt did ther ex as per flowsheet, tolerated well.
            """,
            ["M62.81"], [PTA("97110", 16)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // QBRH generic note made whole by a LATE ENTRY naming techniques, the impairment, measures and individual delivery: passes.
        ["v7-h153-qb-generic-made-whole-by-late-entry"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            Neuro re-ed per plan. Tolerated well.
            CODING QUERY: documentation does not support 97112 — please describe the service. STATUS: ANSWERED
            LATE ENTRY (3/5/2026): one-on-one the whole 97112. Perturbations at the pelvis on foam, tandem walking with head turns, step-overs of the hurdles. Impairment: delayed stepping reactions and L ankle proprioception after the fall on the ferry ramp. Berg 45/56; 6 of 10 perturbations without a step. — E. Sewall, PT
            """,
            ["R26.81", "S93.402D"], [PT("97112", 22)], []),

        // IVBPT two-code generic note "Therapeutic activities and neuro re-ed as tolerated, continue POC" with each code's minutes and "{{REVIEW: HOLD — not specific}}" open: the four content findings on both codes and one-on-one on 97112.
        ["v7-h153-ll-generic-two-codes-hold"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Calexico
            E. Fennimore, PT
            97530 — 16 min
            97112 — 22 min
            Therapeutic activities and neuro re-ed as tolerated, continue POC.
            {{REVIEW: HOLD — not specific}}
            """,
            ["R26.89"], [PT("97530", 16), PT("97112", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes, and the ordinary weak ones

        // WRPT Berryville complete NMR note, "[CO: reviewed — no queries. LM]": step-ups to foam, perturbations, head-turn walking; proprioception; Berg and SLS; 1:1; minutes match: passes.
        ["vord-h153-wr-berryville-nmr-reviewed"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/4/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: step-ups onto foam with a 3-count hold; perturbations at the pelvis in tandem; walking the hall with head turns on my call
            Why: L ankle proprioception and delayed postural responses; he fell off the turkey-barn loading dock in January
            Numbers: Berg 47/56 (45 last week); SLS L 8 sec
            A/P: progressing; add eyes closed on foam next visit
            [CO: reviewed — no queries. LM]
            """,
            ["R26.81", "W19.XXXD"], [PT("97112", 23)], []),

        // WRPT Eureka Springs PTA two-code visit, each code complete with its minutes: passes.
        ["vord-h153-wr-eureka-pta-two-codes"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/4/2026 — Kacey Ormsby, PTA
            Svc: 97112 NMR — 22 min
            Svc: 97110 TE — 14 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            NMR: rocker board A/P with eyes closed; tandem walk with ball passes; lateral pushes on the foam — R ankle proprioception and slow postural responses; tandem 11 sec, 7 of 10 pushes without a step
            TE: heel raises 3x15; step-downs off the 6 in step 3x10; band eversion with the green band 3x15 — R calf and peroneal weakness
            [CO: reviewed — LM]
            """,
            ["S93.401D", "R26.81"], [PTA("97112", 22), PTA("97110", 14)], []),

        // WRPT Green Forest 97116 and 97110, both complete with their minutes: passes.
        ["vord-h153-wr-green-forest-gait-and-te"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 3/4/2026 — Brenna Ellingboe, PT
            Svc: 97116 Gait — 15 min
            Svc: 97110 TE — 13 min
            Gait: rolling-walker to straight-cane gait on the hallway, the ramp and the curb; L heel strike cues — antalgic L gait after the L TKA; 250 ft with the cane, CGA; curb min A
            TE: quad sets 2x15; heel slides 2x15; short-arc quads with a 2 lb weight 3x12; stationary bike for range — L knee flexion 98°, quad lag 10°
            """,
            ["Z96.652"], [PT("97116", 15), PT("97110", 13)], []),

        // WRPT OT 97530 complete: grooming at the sink standing, reaching to the medicine cabinet; R hemiparesis; assistance and counts; minutes match: passes.
        ["vord-h153-wr-ot-grooming-standing"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Berryville clinic
            Daily note 3/4/2026 — Dwight Kemper, OTR/L
            Svc: 97530 TA — 21 min
            What we did: standing grooming at the sink — shaving, combing, reaching to the medicine cabinet with the R hand; retrieving items from the lower drawer
            Why: R hemiparesis, poor R hand use and standing balance at the sink after the L CVA
            Numbers: stood at the sink for the whole grooming task with stand-by assist; R hand used for 5 of 7 steps
            """,
            ["I69.351"], [OT("97530", 21)], []),

        // QBRH Calais 97112 complete: gaze and habituation, foam, perturbations; vestibular; DGI and MSQ; individual; heading 24 matches: passes.
        ["vord-h153-qb-calais-vestibular"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97112 NEUROMUSCULAR RE-ED — 24 MIN
            ATTENDANCE: individual
            INTERVENTIONS: X1 viewing against the busy background; walking with head turns past the window; foam stance with eyes closed
            IMPAIRMENT: R vestibular hypofunction after neuritis; veers and grabs with head turns
            OBJECTIVE: DGI 18/24; motion sensitivity quotient 14 (26 at eval)
            PLAN: progress X1 to standing on foam
            """,
            ["H81.21"], [PT("97112", 24)], []),

        // QBRH Eastport 97140 and 97110, both complete with their headings' minutes: passes.
        ["vord-h153-qb-eastport-manual-and-te"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97140 MANUAL THERAPY — 11 MIN
            INTERVENTIONS: lumbar PA mobilizations grade III L3 to L5; soft-tissue mobilization to the L quadratus lumborum
            IMPAIRMENT: restricted lumbar extension and L low back pain hauling the sardine nets; extension 10° to 18°
            CPT 97110 THERAPEUTIC EXERCISE — 15 MIN
            INTERVENTIONS: prone press-ups 2x10; bird dogs 3x10; bridges 3x12
            IMPAIRMENT: weak lumbar extensors and gluteals
            — E. Sewall, PT
            """,
            ["M54.50"], [PT("97140", 11), PT("97110", 15)], []),

        // QBRH Lubec a PT's 97112 and an OT's 97530, each with its heading's minutes: passes.
        ["vord-h153-qb-lubec-pt-and-ot"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (LUBEC)
            CPT 97112 NEUROMUSCULAR RE-ED — 23 MIN (N. Cobb, PT, DPT, NCS)
            ATTENDANCE: one-on-one
            INTERVENTIONS: perturbations in standing; stepping over the hurdles; half-kneel rhythmic stabilization
            IMPAIRMENT: L hemiparesis, poor postural control and L weight acceptance
            OBJECTIVE: Berg 41/56
            CPT 97530 THERAPEUTIC ACTIVITIES — 17 MIN (M. Hatch, OTR/L)
            ACTIVITY: making tea standing at the counter, carrying the mug to the table with the L hand
            IMPAIRMENT: L arm use and standing balance in the kitchen
            OBJECTIVE: tea made with min A; mug carried 12 ft x3 with stand-by assist
            """,
            ["I69.354"], [PT("97112", 23), OT("97530", 17)], []),

        // QBRH PTA 97116 complete: gait with the rollator on the ramp and hall, turns; shuffling after a fall; distance and assistance; heading 16 matches: passes.
        ["vord-h153-qb-pta-97116-rollator"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (CALAIS)
            CPT 97116 GAIT TRAINING — 16 MIN
            INTERVENTIONS: rollator gait in the hall and on the ramp to the cafeteria; 180° turns; step-length cues
            IMPAIRMENT: shuffling, short steps and a slow turn after the fall on the ice
            OBJECTIVE: 420 ft with the rollator, stand-by assist; turns in 4 steps
            — L. Dufour, PTA
            """,
            ["R26.89", "W00.0XXD"], [PTA("97116", 16)], []),

        // IVBPT El Centro 97112 complete with "{{CLEARED — KM}}": passes.
        ["vord-h153-ll-el-centro-nmr-cleared"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 3/4/2026    R. Quezada, PT, DPT
            97112 — 24 min    1:1
            Weight shifts to the R on the foam with tapping; step-and-stick with the R leg leading; reaching to cones across midline in standing
            Deficit: R hemiparesis after the L MCA stroke, poor R weight acceptance and motor recruitment
            Berg 42/56; step-and-stick 6 of 10 without a hand
            {{CLEARED — KM}}
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // IVBPT Calexico PTA 97110 complete: step-ups, leg press, hamstring curls with doses; knee weakness; minutes match: passes.
        ["vord-h153-ll-calexico-97110"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Calexico
            DOS 3/4/2026    G. Olmedo, PTA
            97110 — 17 min
            Lateral step-ups onto the 6 in step 3x10; leg press 70 lb 3x12; standing hamstring curls with a 3 lb cuff 3x12
            Deficit: L quad and hamstring weakness after the L TKA; slow on the stairs at church
            {{CLEARED — KM}}
            """,
            ["Z96.652"], [PTA("97110", 17)], []),

        // IVBPT Holtville 97112 and 97116, each with its minutes on its own line: passes.
        ["vord-h153-ll-holtville-nmr-and-gait"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Holtville
            DOS 3/4/2026    E. Fennimore, PT
            97112 — 23 min    1:1
            NMR: perturbations on foam; tandem walking with head turns; stepping over the cones — vestibular loss L and delayed stepping; FGA 18/30
            97116 — 15 min
            Gait: straight cane on the canal-bank gravel path and the curb cut — short L step, L toe catch; 380 ft with the cane, stand-by assist
            {{CLEARED — KM}}
            """,
            ["H81.92", "R26.81"], [PT("97112", 23), PT("97116", 15)], []),

        // IVBPT OT 97530 complete: laundry from the washer and folding standing; L shoulder and standing balance; assistance and counts; minutes match: passes.
        ["vord-h153-ll-ot-laundry"] = new(
            """
            Imperial Valley Balance & Physical Therapy — Brawley
            DOS 3/4/2026    X. Saldívar, OTR/L
            97530 — 19 min
            Unloading the front-loading washer from a half kneel; folding towels standing at the counter; hanging shirts on the high rod
            Deficit: L shoulder reach and standing balance after the L proximal humerus fracture
            Washer unloaded with min A; 8 shirts hung with stand-by assist
            """,
            ["S42.202D"], [OT("97530", 19)], []),

        // QBRH a coder's question about the KX modifier answered (no documentation bearing) on a complete 97112: passes.
        ["vord-h153-qb-modifier-question-answered"] = new(
            """
            QUODDY BAY REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (EASTPORT)
            CPT 97112 NEUROMUSCULAR RE-ED — 22 MIN
            ATTENDANCE: one-on-one
            INTERVENTIONS: step-and-reach on foam; perturbations in tandem; backward walking with stops
            IMPAIRMENT: postural control and L ankle proprioception after the fall on the ferry ramp
            OBJECTIVE: Berg 46/56; tandem 9 sec
            >> Coding: KX needed on this claim?
            PROVIDER RESPONSE: yes, over the threshold; medical necessity in the progress note. — N. Cobb, PT, DPT, NCS
            """,
            ["R26.81", "S93.402D"], [PT("97112", 22)], []),

        // WRPT an addendum correcting the side of a technique ("'R' above should read 'L'"), not time, on a complete 97112: passes.
        ["vord-h153-wr-addendum-corrects-side"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Green Forest
            Daily note 3/4/2026 — Joel Tackett, PT, DPT
            Svc: 97112 NMR — 24 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: perturbations at the R hip in stance; step-and-stick onto foam; tandem with head turns
            Why: L hip motor recruitment and postural control after the fall off the hay wagon
            Numbers: Berg 44/56; 7 of 10 perturbations without a step
            Addendum 3/5: "R hip" above should read "L hip". — JT
            """,
            ["R26.81", "M62.81"], [PT("97112", 24)], []),

        // WRPT complete 97112 with no diagnosis on the claim and "[CO query: dx missing on claim]" open: the diagnosis finding only.
        ["vord-h153-wr-no-diagnosis-query-open"] = new(
            """
            WHITE RIVER PHYSICAL THERAPY & BALANCE — Eureka Springs
            Daily note 3/4/2026 — Brenna Ellingboe, PT
            Svc: 97112 NMR — 23 min
            Attendance: [X] 1:1  [ ] concurrent  [ ] group
            What we did: rocker board eyes closed; foam walking with head turns; perturbations in staggered stance
            Why: R ankle proprioception and slow postural responses
            Numbers: rocker board 13 sec; Berg 48/56
            [CO query: dx missing on claim]
            [CO: open]
            """,
            [], [PT("97112", 23)], [Dx]),

        // IVBPT complete 97112 whose diagnosis cell reads "see referral": not a well-formed code, the diagnosis finding only.
        ["vord-h153-ll-dx-see-referral"] = new(
            """
            Imperial Valley Balance & Physical Therapy — El Centro
            DOS 3/4/2026    R. Quezada, PT, DPT
            97112 — 22 min    1:1
            Perturbation training in tandem; foam stance with head turns; step-overs of the cones
            Deficit: delayed postural responses and L ankle proprioception
            Berg 45/56; SLS L 7 sec
            {{REVIEW: dx on claim reads "see referral"}}
            """,
            ["see referral"], [PT("97112", 22)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
