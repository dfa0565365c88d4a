using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The ninety-third held-out set for issue 18 (read notes the way therapists write them), written blind by an outside
/// reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who had
/// not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set is a random week of outpatient therapy for people living with dementia and cognitive impairment —
/// memory-care residents brought down by a CNA, early-onset Alzheimer's at home with a wife or husband, dementia with
/// Lewy bodies and Parkinson's disease dementia (bad mornings, freezing, retropulsion, a "little man" on the lanai),
/// cognitive deficits after a stroke (left neglect, executive and memory deficits) and mild cognitive impairment — as
/// the people who treat them write it: cueing levels and cue counts, the same instruction repeated in the same words,
/// errorless learning and spaced retrieval, husbands, wives, sons and daughters in the room learning the cues,
/// sundowning, a refusal partway through and a re-approach, capacity and consent words (a patient who consents, one
/// who assents while a health care agent or health care surrogate consents, "unable to give informed consent per
/// PCP"), and a memory-care community's transport log of pick-up and return times — about two thirds ordinary and
/// complete (68 of 105), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a
/// PT's and a PTA's code on one visit and a PT's and an OT's code on one morning), by PTs, PTAs and OTs, from three
/// employers:
/// <list type="number">
/// <item>a memory-care campus's on-site outpatient suite ("Bayshore Pines Memory Care Campus — Therapy Suite", Part B
/// outpatient PT and OT for the residents of its four households, Juneberry, Trillium, Marsh Marigold and Tamarack,
/// in Green Bay, Wisconsin, on the Fox River) — "Resident / Household / Came with / Transport log / On arrival /
/// Assent" header lines, "Who was in the room:", "What we did / What it's for / How we measured" and "Minutes this
/// visit → 97112 neuromuscular re-ed: 23", and a visit form with [x] rows (Assent, Attendance "1 resident : 1
/// therapist / 2 : 1 / household group", Cueing, On arrival "calm / restless / sundowning", How we measured): Belgian
/// pies for the Kermiss, the booyah kettle at the St. Joseph's picnic, the paper mill, the chapel kneeler and pew,
/// paper maple leaves taped on the floor, the fish tank on the loop hall, the laundry nook, the river-overlook bench,
/// Frankie Yankovic polkas on a Music &amp; Memory playlist, a Hmong elder with his granddaughter interpreting, the
/// Tovertafel, Dalcroze eurhythmics with the life-enrichment pianist, a MOTOmed viva2;</item>
/// <item>a neurology practice's cognitive clinic ("Susquehanna Neurology Group — Memory &amp; Movement Clinic —
/// Rehabilitation": Vestal, Johnson City, Endicott and Owego, New York) — "Patient:", "With him:", "Capacity /
/// consent:", "Cognition today:", "Attendance:", "Intervention (97112, 22 min):", "Targets:", "Measures:" and
/// "Billing: 97112 — 22 min; 97110 — 13 min" lines, check-box rows ("CAPACITY / CONSENT ☒ Lacks capacity for
/// treatment decisions — consent by health care agent (wife, HCP on file) ☒ Patient assents", "TREATMENT MODE ☒
/// Individual (1 therapist : 1 patient)", "NMR TECHNIQUES") and an OT's goal-status table: a Lockheed systems
/// engineer, a Broome County bus driver and a third-grade teacher from Chenango Forks with early-onset Alzheimer's,
/// IBM retirees with Parkinson's disease dementia, a son driving over from Endicott, the carousel at Recreation Park,
/// a Buick, a union electrician's basement workbench, an IBM toolmaker's pegboard, the BC Transit van, wet grass at
/// Otsiningo Park, Path Finder laser shoes, spaced retrieval, the PD Warrior big-movement set, Nintendo Switch Sports
/// bowling;</item>
/// <item>a geriatric practice in a Florida retirement town ("Lake Harris Geriatric Associates — Rehab": Leesburg,
/// Tavares, Mount Dora and the Sabal Trace Town Square office) — a pipe-separated "Pt: | Dx per MD: | Accomp:"
/// header, "Consent:" with HCS, "1:1:" lines and a "Direct 1:1 contact: Y | Co-tx: N | Other pts in rm: none" row, S:
/// / Tx: / Imp: / Obj: shorthand, "Timed min: 97112 = 24", "Timed codes: 97110 ___ min | 97116 ___ min", "Services: ☒
/// Ther ex ☐ Gait …" and "Charges: neuromuscular re-ed (97112) — 19 minutes": a retired Yonkers firefighter and his
/// golf cart, the curb and lamppost at the town square, the Friday foxtrot at the bandstand, the grapevine at
/// Thursday line dancing, the zero-entry ramp at the rec-center pool, a low chaise on the lanai, the Wednesday Chair
/// Strong class, canasta at the clubhouse, a curb stop in the Publix lot, the hymn board at church, the beach at
/// Clearwater, the Go4Life booklet, a lit-panel step mat and Maitland mobilisations.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h93-…): one-on-one in these writers' own words ("I treated Dolores by herself — no other
/// resident in the suite with me for any of the 97112" with a CNA waiting by the door, "for the whole NMR block it
/// was just the two of us working — no other patient on my schedule" with his wife in the window chair, "tx rm 2,
/// door closed — pt was my only pt from start to finish of the NMR", "PTA hands-on with Harold alone the whole 97112
/// — nobody else on my list for that time", "I was with him by myself — no other client — for all of the
/// neuromuscular re-education" on an OT's 97112, "one therapist, one patient for the entire 97112 — no co-treat, no
/// other pt" with a health care surrogate sitting in), notes that negate it (the household's chair-balance circle of
/// five, coaching another patient on the recumbent stepper at the next station, a husband and wife taking turns on
/// the foam, a PTA keeping an eye on a resident at the parallel bars, alternating between two patients in the gym) or
/// never state it (a wife sitting in and taking notes), and the codes without a one-on-one check (only 97112 is the
/// one-on-one code in the shipped medicare profile): an OT's 97530 with two residents folding towels at one table and
/// a 97110 in a Chair Strong class of six;</item>
/// <item>class 2 (v2-h93-…): check-box rows and template states: "Attendance: [x] 1 resident : 1 therapist" and "[x]
/// 2 : 1", Assent, Cueing (verbal, hand-under-hand) and On arrival (restless / sundowning) rows beside complete
/// notes, "☒ Lacks capacity for treatment decisions — consent by health care agent … ☒ Patient assents" above
/// "TREATMENT MODE ☒ Individual (1 therapist : 1 patient)" and the same mode row with no box ticked, "Direct 1:1
/// contact: Y | Co-tx: N | Other pts in rm: none", an "NMR TECHNIQUES" checklist with its details written out, an
/// OT's goal-status table, "Imp addressed: ______" left blank with no deficit anywhere, "How we measured: [x] not
/// tested — she would not be timed today", "Timed codes: 97110 ___ min | 97116 ___ min" left blank, and a "Services:
/// ☒ Ther ex" row with "Pt tolerated tx well, no c/o. Cont POC.";</item>
/// <item>class 3 (v3-h93-…): named programmes, protocols and devices as techniques (Path Finder laser shoes, walking
/// to a Music &amp; Memory playlist, dance-based NMR in a foxtrot box step, spaced retrieval for car transfers, the
/// Tovertafel, the PD Warrior big-movement set, choice stepping reaction training on a lit step mat, the MOTOmed
/// viva2, Nintendo Switch Sports bowling, Maitland thoracic PAs), the Go4Life strength moves with no dose and
/// Dalcroze eurhythmics with no deficit;</item>
/// <item>class 4 (v4-h93-…): deficits stated as findings in these writers' terms (falls back against the cupboard at
/// the household kitchenette, can't get onto a carousel horse, can't get up off the low lanai chaise, clips the L
/// doorframe and the med cart, stuck halfway out of bed on bad days, freezes at the top of the pool's zero-entry
/// ramp, can't reach the cereal on the second shelf, can't get down to the chapel kneeler, crosses her feet on the
/// grapevine, knees give on the basement stairs to the workbench) and notes that state none (a discharge with "No
/// deficits remain; goals met", a last visit of an episode with "no impairment found");</item>
/// <item>class 5 (v5-h93-…): measures in their usual forms (TUG and TUG counting back by threes with a dual-task cost
/// in percent, the Tinetti POMA with its balance and gait subscores, SPPB with its parts and gait speed over 4
/// metres, SLS with FTSTS and a timed 360° turn with its steps, the Senior Fitness Test's 30-s chair stand and 8-ft
/// up-and-go, the mCTSIB written condition by condition, Jamar grip in kilograms and the Nine-Hole Peg Test, a Berg
/// change beside a cue count) and notes with none ("Renee says she seems steadier walking to the dining room",
/// "Barbara says fewer near-falls this week", "says her legs feel stronger", "walked better today per wife");</item>
/// <item>class 6 (v6-h93-…): minutes in their usual forms ("Minutes this visit → 97112 neuromuscular re-ed: 18 ·
/// 97530 therapeutic activities: 15", "Billing: 97112 — 22 min; 97110 — 13 min", clock ranges per code, a 97112 in
/// two parts around a refusal, "9 before she stopped and asked for her husband + 12 after we came back from the
/// window = 21", a PT's 97112 and a PTA's 97110, a PT's 97116 and an OT's 97530 on one morning, three codes, "97530 ×
/// 2 units (24 min)", "Charges: neuromuscular re-ed (97112) — 19 minutes", a PT's NMR and a PTA's gait as clock
/// ranges on their own lines) and true mismatches (30 against 18, an OT's 35 against 22, a second code's 25 against
/// 12) and truly missing separate time (a suite total for two codes, one clock range for two codes, "97530 — see
/// above");</item>
/// <item>class 7 (v7-h93-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (hip and knee strengthening for a carpet edge and the dining table),
/// 97530 (the laundry basket and the washer), 97140 (tibiofemoral glides after a knee replacement) and 97116 (the
/// household halls and the courtyard path to the river bench), a wholly generic 97112 in the Florida shorthand, a
/// generic 97110 + 97530 with minutes for each and a generic OT 97530 in the suite's headings;</item>
/// <item>ordinary (vord-h93-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (331.0), a generic two-code
/// note with only a total, a PTA's gait minutes that differ, a manual-therapy time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one
/// code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED
/// play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code"
/// per line and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes
/// differ (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes
/// or more and every passing note's minutes are exact (a code's minutes given in two parts add up to its line). Every
/// timed line earns at least one unit under the 8-minute rule. This set's notes carry people and numbers that are not
/// the code's — CNAs, an activity aide, a life-enrichment pianist, wives, husbands, sons, daughters, a
/// daughter-in-law, a granddaughter interpreting in Hmong, a neighbour and a friend (none of them a patient; the four
/// residents of the chair circle, Mrs. H. on the stepper, Ed at the counter, Walter at the parallel bars, Arnold at
/// the next mat, Betty at the folding table, the six in the Chair Strong class and Mr. O. in the gym are), ages,
/// years at work, a MoCA score, the transport log's pick-up and return clock times, a treatment-room number, clock
/// positions on the floor, step, box and platform heights, cuff, band and leg-press loads, distances, device levels,
/// counts and percentages — and each is written so that a reviewer cannot take it for a code's minutes; every note
/// with a transport log gives its code's minutes on their own line; the notes failed for want of a measure carry no
/// number but their code's and its minutes (and once the digit in the Go4Life programme's name); no note gives
/// minutes to a test, a rest, a refusal, a re-approach or the transport.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes the
/// measure check only on an objective measure with a number and fails it only when the note has no number but its
/// code, its minutes and numbers that are plainly something else; for the other codes a dose (sets, repetitions,
/// load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a family member,
/// caregiver or staff escort in the room does not undo a one-on-one statement, another patient treated in the same
/// block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one
/// timed code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (cognitive-function intervention, caregiver-training codes, evaluations and group classes stay in the
/// notes, never on a line).
/// This set also leaves out whether a person with moderate or severe dementia can benefit from skilled therapy or
/// whether a maintenance programme is covered (a coverage and medical-necessity question, not the note's), whether a
/// consent, an assent or a health care agent's or surrogate's authority is legally sufficient (not the note's),
/// whether caregiver training belongs on 97550–97552 rather than 97530 and whether a household chair circle, a Chair
/// Strong class or two residents folding at one table belong on 97150 (coding questions, not the note's), a cognitive
/// screen score (MoCA, SLUMS, Mini-Cog) or a cue count as a 97112's only number, behaviour (agitation, refusals,
/// sundowning) or a diagnosis named in the note as its only deficit, a session stopped by a refusal with no minutes
/// for the part done, and a transport log's or a suite's in and out times as a code's only minutes.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 98 of 105 cases agree (103 needed), and 3 of the 68 notes the reviewer passes got a finding, on the analyzer of 69d06ab (the start of the 2026-12-06 fifteenth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 104 of 105, no false positive — vocabulary from a helper who had not written the set (Dalcroze eurhythmics, nudges from behind, "timing &amp; sequencing", short reactive steps, leaning on vision). Left: "clamshells w/ the yellow band" read as a load (a band's colour is a measure in the vocabulary; the reviewer reads no dose).</para>
/// </summary>
public class HeldOutNotesIssue18NinetyThirdTests(ITestOutputHelper output)
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

        // Bayshore Pines suite, Juneberry resident brought by a CNA who waited by the door: "I treated Dolores by herself — no other resident in the suite with me for any of the 97112" (an escort in the room does not undo it); paper-leaf stepping, foam counter reaches, catch steps to nudges; posterior postural control with a slow backward step; TUG and 3 of 6 nudges; 23 matches: passes.
        ["v1-h93-bayshore-renee-waited-by-the-door"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Dolores Vandenberg        Household: Juneberry
            Came with: Renee, CNA
            Transport log: left Juneberry 09:38 · in the suite 09:44 · back on Juneberry 10:21
            On arrival: calm, glasses on, hearing aids in; had her oatmeal
            Assent: took my hand — "well, let's go then"

            Who was in the room: Renee waited by the door. I treated Dolores by herself — no other
            resident in the suite with me for any of the 97112.

            What we did: stepping onto the paper maple leaves taped on the floor as I named each one
            (errorless learning — one instruction at a time, shown first, then done together, repeated
            the same words each time); standing at the counter on the foam pad reaching for cups set out
            to each side; small nudges at the hips from behind and in front, practising a catch step.
            What it's for: falls backward getting up from the dining chair — slow backward protective
            step, weight stays on her heels (posterior postural control).
            How we measured: TUG 19.4 s (22.8 s at the start of care); caught 3 of 6 backward nudges
            with a single step.

            Minutes this visit → 97112 neuromuscular re-ed: 23
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.B0", "R26.81"], [PT("97112", 23)], []),

        // Bayshore Pines, Trillium resident seen in the household's afternoon chair-balance circle with four other residents, the PT leading from the middle - a group, not one-on-one; seated reaches past the base of support, weight shifts before sitting, single-leg cone taps; trunk postural control and L weight-bearing; seated reach and SLS present: one-on-one missing.
        ["v1-h93-bayshore-trillium-chair-balance-circle"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Arnold DeBauche          Household: Trillium
            Came with: seen on the household, in the Trillium activity room
            On arrival: sleepy after lunch, woke up for the music

            Who was in the room: the Trillium afternoon chair-balance circle — Arnold and four other
            residents, me leading from the middle, Rosa (activity aide) handing out the scarves.

            What we did: seated reaches out past his knees to a scarf held to each side; sit-to-stand
            with a pause to shift his weight side to side before sitting; standing behind the chair,
            shifting onto the L leg and holding it while the R foot taps a cone (single-leg stance).
            What it's for: trunk postural control — he slumps and leans to the L in sitting and stands
            with his weight off the L leg.
            How we measured: seated forward reach 22 cm (16 cm last month); SLS L 3 s.

            Minutes this visit → 97112 neuromuscular re-ed: 20
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.B0", "R26.89"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Susquehanna Vestal, early-onset Alzheimer's at 59 with his wife (health care proxy) in the window chair: "for the whole NMR block it was just the two of us working — no other patient on my schedule"; reactive stepping from a lean, tape-line tandem while naming tools, foam eyes closed with head turns; slow reactive steps and dual-task loss of postural control; Mini-BESTest and TUG with and without naming; 22 matches: passes.
        ["v1-h93-susq-just-the-two-of-us-wife-by-the-window"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Vestal office · PT follow-up
            Patient: Richard K., 59. Early-onset Alzheimer's. Retired from Lockheed in Owego (systems
            engineer). MoCA 18/30 at the last neurology visit.
            With him: Carol, his wife (health care proxy) — watched from the chair by the window.
            Capacity / consent: understood "balance work, same as last time" and agreed; Carol agreed.
            Cognition today: asked twice where his keys were; followed one-step instructions once shown.
            Attendance: for the whole NMR block it was just the two of us working — no other patient on
            my schedule; Carol watched from her chair.
            Intervention (97112, 22 min): reactive stepping — released from a forward and a sideways
            lean into a quick step; tandem walking on the tape line while naming the tools from his old
            workbench; standing on foam with eyes closed, then turning his head toward my voice.
            Targets: slow, short reactive steps, and he loses postural control when he has to talk and
            walk at once.
            Measures: Mini-BESTest 20/28 (17/28 at eval). TUG 10.1 s; TUG while naming tools 16.2 s.
            — A. Rao, PT, DPT
            """,
            ["G30.0", "F02.A0"], [PT("97112", 22)], []),

        // Susquehanna Johnson City, Lewy body dementia with his son driving: "while Leonard worked on the foam I was also coaching Mrs. H. through her set on the recumbent stepper at the next station" - another patient inside the billed block; foam head turns, foam-block step-overs, belt pulls; retropulsion; pull test and Berg present: one-on-one missing.
        ["v1-h93-susq-also-coaching-the-stepper"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Johnson City office · PT visit
            Patient: Leonard P., 77. Dementia with Lewy bodies; parkinsonism; alertness comes and goes.
            With him: his son Mark, who drove him over from Endicott.
            Capacity / consent: Leonard agreed to the session; Mark (health care proxy) present.
            Cognition today: a good day per Mark — alert, told me about the shoe factory.
            Attendance: while Leonard worked on the foam I was also coaching Mrs. H. through her set on
            the recumbent stepper at the next station.
            Intervention (97112, 21 min): standing on foam with head turns; stepping over foam blocks
            with a pause before each; pulls at the gait belt from behind to practise the backward step.
            Targets: posterior postural control — falls backward (retropulsion), takes a run of small
            steps when pulled.
            Measures: pull test 4 steps to recover (had to be caught at eval); Berg 40/56.
            — A. Rao, PT, DPT
            """,
            ["G31.83", "F02.B0"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Lake Harris, Sabal Trace town-square office, a retired Yonkers firefighter with MCI whose wife drove the golf cart over: "1:1: tx rm 2, door closed — pt was my only pt from start to finish of the NMR"; clock-position stepping without looking down, foam catches, pelvic pushes for a crossover step; lateral postural control and visual dependence; FGA and tandem seconds; 24 matches: passes.
        ["v1-h93-lakeharris-door-closed-only-patient"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Sabal Trace Town Square office | PT daily note
            Pt: Frank T., 81 | Dx per MD: amnestic MCI | Accomp: wife Joan, drove the golf cart over
            Consent: pt consents; Joan (HCS) agrees w/ POC
            S: retired Yonkers FD. Missed the curb at the town square Sat., caught himself on a
            lamppost. Joan: "he forgets to look down."
            1:1: tx rm 2, door closed — pt was my only pt from start to finish of the NMR.
            Tx: stepping to clock positions on the floor (12, 3, 6, 9) as called, progressing to
            stepping w/o looking down; foam stance w/ ball catches off to the side; lateral pushes at
            the pelvis to bring out a crossover step.
            Imp: lateral postural control — no crossover step, side steps short & late; visually
            dependent stepping.
            Obj: FGA 19/30 (15/30 at eval). 4-stage balance: tandem 6 s.
            Timed min: 97112 = 24
            """,
            ["G31.84", "Z91.81"], [PT("97112", 24)], []),

        // Lake Harris Leesburg, a husband and wife (both patients, both MCI) "tx'd together side by side at the counter, taking turns on the foam — same time, same therapist" - another patient in the block; foam EO/EC with head turns, counter tandem, shoulder perturbations; reduced vestibular and somatosensory use; mCTSIB and tandem present: one-on-one missing.
        ["v1-h93-lakeharris-husband-and-wife-taking-turns"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Leesburg office | PT daily note
            Pt: Dorothy D., 79 | Dx per MD: MCI | Accomp: husband Ed (also a pt of this clinic)
            Consent: pt consents
            S: she & Ed walk to the mailbox kiosk every a.m.; she stumbled on the pavers last wk.
            Delivery: Dorothy & Ed tx'd together side by side at the counter, taking turns on the
            foam — same time, same therapist.
            Tx: foam stance EO/EC w/ head turns; tandem at the counter; perturbations at the shoulders
            in semi-tandem.
            Imp: reduced use of vestibular & somatosensory input — sways & grabs w/ eyes closed on soft
            surfaces.
            Obj: mCTSIB foam EC 14 s; tandem 8 s.
            Timed min: 97112 = 20
            """,
            ["G31.84", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Bayshore Pines PTA, Tamarack resident (vascular dementia, R hemiparesis) whose CNA went back to the household: "PTA hands-on with Harold alone the whole 97112 — nobody else on my list for that time"; R weight shifts with glute tapping, step-ups with pelvic pushes, cane step-overs; R weight acceptance and glute med recruitment; 10MWT and SLS; the transport log's clock times are not the code's; 19 matches: passes.
        ["v1-h93-bayshore-pta-hands-on-harold-alone"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B) · PTA visit
            Resident: Harold Van Lanen          Household: Tamarack
            Came with: Dustin, CNA — went back to Tamarack and came for him after
            Transport log: left Tamarack 13:05 · back on Tamarack 13:48
            On arrival: asking for his wife (she died in 2019); settled when we talked about the mill
            Assent: "sure, if it's quick"

            Who was in the room: PTA hands-on with Harold alone the whole 97112 — nobody else on my list
            for that time.

            What we did: weight shifts onto the R leg in the parallel bars with tapping over the R
            glutes; step-ups onto a low step leading with the R, with small pushes at the pelvis;
            sideways stepping over a cane laid on the floor.
            What it's for: R hemiparesis after his strokes — poor weight acceptance on the R and weak R
            glute med recruitment; the R knee snaps back.
            How we measured: 10MWT 0.48 m/s; SLS R 2 s / L 9 s.

            Minutes this visit → 97112 neuromuscular re-ed: 19
            J. Kowalski, PTA
            """,
            ["F01.B0", "I69.351"], [PTA("97112", 19)], []),

        // Bayshore Pines PTA, Marsh Marigold resident: "I also kept an eye on Walter at the parallel bars doing his marches while Ruth worked at the counter" - attention divided with another resident; rhythmic side-to-side weight shifts, clothespin reaches, side pushes for a catch step; lateral postural control; Berg and lateral reach present: one-on-one missing.
        ["v1-h93-bayshore-pta-also-watching-walter"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B) · PTA visit
            Resident: Ruth Jadin               Household: Marsh Marigold
            Came with: Mai, CNA — stayed and helped with her shoes
            On arrival: tearful, looking for her purse; found it with Mai and calmed
            Assent: nodded yes

            Who was in the room: Mai; and I also kept an eye on Walter at the parallel bars doing his
            marches while Ruth worked at the counter.

            What we did: standing at the counter, side-to-side weight shifts to a clapping rhythm;
            reaching sideways for clothespins on a line; small sideways pushes at the hips while she
            practised a side step to catch herself.
            What it's for: lateral postural control — she falls sideways when she turns from the sink,
            late side step.
            How we measured: Berg 37/56; lateral reach L 11 cm / R 14 cm.

            Minutes this visit → 97112 neuromuscular re-ed: 18
            J. Kowalski, PTA
            """,
            ["G30.1", "F02.B0", "R29.6"], [PTA("97112", 18)], [At(OneOnOne, "97112")]),

        // Susquehanna Endicott, Parkinson's disease dementia, an IBM retiree whose wife sat in and took notes; nothing states one-on-one or who else was treated; taped-box turns to a four-count, belt pulls, a laser-line step-over; freezing on turns and poor backward responses; freezes 3 of 8 and Mini-BESTest present: one-on-one missing.
        ["v1-h93-susq-wife-took-notes-never-stated"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Endicott office · PT visit
            Patient: Eugene S., 80. Parkinson's disease dementia. 34 years at IBM Endicott.
            With him: Phyllis, his wife — sat in and took notes for home.
            Capacity / consent: Eugene agreed in his own words ("let's get on with it"); Phyllis agreed.
            Cognition today: slow to start, needed each step shown; got stuck repeating the turn.
            Intervention (97112, 22 min): turning in a taped box on the floor to a four-count, weight
            shifted to the outside foot before the first step; backward steps to pulls at the gait belt;
            stepping over the laser line projected from his cane.
            Targets: freezing on turns and in the bathroom doorway; poor backward postural responses.
            Measures: froze on 3 of 8 turns (6 of 8 at eval); Mini-BESTest 16/28.
            Plan: Phyllis to count the turns for him at home.
            — A. Rao, PT, DPT
            """,
            ["G20.A1", "F02.A0"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Susquehanna Owego OT 97112 after a L MCA stroke with executive-function deficits, sister in the waiting room: "I was with him by myself — no other client — for all of the neuromuscular re-education"; R arm weight bearing with tapping, PNF D2 with rhythmic stabilisation, closed-chain reaching; R UE recruitment and shoulder position sense; Fugl-Meyer and Box and Blocks; OT 20 matches: passes.
        ["v1-h93-susq-ot-by-myself-with-him-97112"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Owego office · OT visit
            Patient: Walter B., 68. L MCA stroke in the fall; executive-function deficits (trouble
            planning, starts tasks and stops); R arm weakness. Lives with his sister on Front St.
            With him: his sister Joanne, in the waiting room.
            Capacity / consent: Walter consented; understood the plan once I wrote it on the board.
            Attendance: I was with him by myself — no other client — for all of the neuromuscular
            re-education.
            Intervention (OT, 97112, 20 min): weight bearing through the R arm on the mat with tapping
            over the triceps; PNF D2 flexion with rhythmic stabilisation at the end of the pattern;
            closed-chain reaching along the table to targets.
            Targets: R upper-limb motor recruitment and poor shoulder position sense — the arm drifts
            when he isn't looking at it.
            Measures: Fugl-Meyer UE 38/66 (31/66 at eval); Box and Blocks R 14.
            — M. Dacey, OTR/L
            """,
            ["I69.314", "I69.331"], [OT("97112", 20)], []),

        // Bayshore Pines OT, two Marsh Marigold residents folding at one table with the OT between them: 97530 has no one-on-one check; standing towel folding and sock pairing, floor-basket pick-ups, shelf reaches; standing tolerance and B hip weakness; towels folded and pick-ups with stand-by assist; 22 matches: passes.
        ["v1-h93-bayshore-ot-two-residents-folding-97530"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient OT (Part B)
            Resident: Lorraine Wautlet         Household: Marsh Marigold
            Came with: seen on the household, in the Marsh Marigold laundry nook
            Who was in the room: Lorraine and her neighbour Betty (also on OT) folding at the same
            table, me between them.

            What we did: standing at the table folding towels and pairing socks from the basket;
            bending to lift washcloths out of a low basket on the floor and standing up again; reaching
            up to set the folded towels on the shelf.
            What it's for: she can't stand long enough to help with the wash she did for her family all
            her life — standing tolerance down, B hip weakness, leans on the table on both forearms.
            How we measured: folded 18 towels standing (11 last week); 8 floor-basket pick-ups with
            stand-by assist; sat down once.

            Minutes this visit → 97530 therapeutic activities: 22
            P. Lee, OTR/L
            """,
            ["G30.1", "F02.B0", "M62.81"], [OT("97530", 22)], []),

        // Lake Harris Tavares, vascular dementia with the daughter (health care surrogate) sitting in and consent given by her: "1:1: one therapist, one patient for the entire 97112 — no co-treat, no other pt"; quarter and half turns with a wide base, lanai-step mock-up with pelvic perturbations, weight shifts before the turn; postural control on turns; TUG and 360 turn; 21 matches: passes.
        ["v1-h93-lakeharris-daughter-hcs-sat-in"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Tavares office | PT daily note
            Pt: Marian K., 84 | Dx per MD: vascular dementia, mild | Accomp: dtr Sue (HCS), sat in
            Consent: pt unable to give informed consent per PCP; Sue (HCS) consented at eval & again
            today; pt agreeable — smiled & stood up to go
            S: two falls on the lanai step this month, both turning to the door.
            1:1: one therapist, one patient for the entire 97112 — no co-treat, no other pt.
            Tx: turning practice — quarter turns, then half turns at the counter w/ a wide base; step
            up/down the lanai-step mock-up w/ perturbations at the pelvis; weight shift onto the L
            before each turn.
            Imp: postural control on turns — narrow base, feet cross, loses balance to the L.
            Obj: TUG 17.8 s (21.4 at eval); 360° turn 14 steps / 6.2 s.
            Timed min: 97112 = 21
            """,
            ["F01.A0", "R29.6"], [PT("97112", 21)], []),

        // Lake Harris town-square office, an ALF resident with mild Alzheimer's in the Wednesday "Chair Strong" class of six with one PT: 97110 has no one-on-one check; sit-to-stands, banded hip abduction, heel raises, weighted long-arc quads with doses; B quad and hip abductor weakness, can't get out of the low lanai chair; 18 matches: passes.
        ["v1-h93-lakeharris-chair-strong-class-97110"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Sabal Trace Town Square office | PT daily note
            Pt: Helen R., 88 | Dx per MD: Alzheimer's, mild | Accomp: came on the community shuttle w/
            an aide from her ALF
            Delivery: seen in the Wed. "Chair Strong" class at the rec center — 6 pts, 1 PT.
            Tx: sit-to-stand from the chair 3 x 8; seated hip abduction w/ yellow band 3 x 12; heel
            raises holding the chair back 2 x 15; long-arc quads w/ 2 lb 3 x 10 ea.
            Imp: B quad & hip abductor weakness — can't get up out of the low lanai chair at the ALF w/o
            pulling on the table.
            Timed min: 97110 = 18
            """,
            ["G30.1", "F02.A0", "M62.81"], [PT("97110", 18)], []),

        // Susquehanna Vestal, amnestic MCI, a retired culinary instructor who came by the county transit van: "treated in the gym alongside Mr. O's session; I alternated between the two of them for the length of the block" - two patients at once; foam eyes closed, rocker board, sternal pushes; proprioceptive loss and a late stepping strategy; mCTSIB and rocker holds present: one-on-one missing.
        ["v1-h93-susq-alternated-between-two"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Vestal office · PT visit
            Patient: Gloria M., 73. Mild cognitive impairment, amnestic type. Retired SUNY Broome
            culinary instructor.
            With her: no one — came on the BC Transit van.
            Capacity / consent: Gloria consented; she repeated the plan back to me.
            Attendance: treated in the gym alongside Mr. O's session; I alternated between the two of
            them for the length of the block.
            Intervention (97112, 20 min): foam stance with eyes closed; rocker board forward and back
            with light holds; stepping-strategy drill to pushes at the sternum.
            Targets: decreased use of proprioception in standing — falls when the ground gives (the wet
            grass at Otsiningo Park); late stepping strategy.
            Measures: mCTSIB foam EC 11 s; rocker board holds 7 s.
            — A. Rao, PT, DPT
            """,
            ["G31.84", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox rows and template states

        // Bayshore Pines visit form with "Attendance: [x] 1 resident : 1 therapist [ ] 2 : 1 [ ] household group" ticked, assent and cueing rows ticked, a Tamarack resident who stirred the parish booyah kettle: rocker-board holds, beanbag catches on foam, rope step-overs with reaches; lost ankle strategy and ankle proprioception; holds and Berg; 22 matches: passes.
        ["v2-h93-bayshore-attendance-box-one-to-one"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B) — visit form
            Resident: Clarence Delvaux         Household: Tamarack
            Escort: Dustin, CNA                Transport log: out 10:02 · back 10:40
            Assent:      [x] verbal   [ ] by gesture   [ ] declined — re-approach later
            Attendance:  [x] 1 resident : 1 therapist   [ ] 2 : 1   [ ] household group
            Cueing:      [ ] none   [x] verbal   [x] demonstration   [ ] hand-under-hand

            About him: stirred the booyah kettle at the St. Joseph's picnic for forty summers; still
            talks about the recipe.
            What we did: standing on the rocker board in the parallel bars, front to back, holding it
            level to a count; catching and tossing a beanbag while standing on foam; stepping forward
            and back over a rope with a reach to a target.
            What it's for: his ankle strategy is gone — he bends at the hips and grabs for the bars when
            the surface moves; reduced ankle proprioception (diabetic feet).
            How we measured: rocker board held level 4 of 8 tries to a count of five; Berg 42/56.

            Minutes this visit → 97112 neuromuscular re-ed: 22
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.A0", "E11.42"], [PT("97112", 22)], []),

        // Bayshore Pines visit form with "Attendance: [ ] 1 resident : 1 therapist [x] 2 : 1" ticked (a Trillium resident at the next mat) - two residents with one therapist; half-kneeling rhythmic stabilisation, tall-kneel transitions, cross-body reaches on foam; trunk and hip postural control; functional reach and foam seconds present: one-on-one missing.
        ["v2-h93-bayshore-attendance-box-two-to-one"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B) — visit form
            Resident: Bernice Kowalski         Household: Juneberry
            Escort: Renee, CNA                 Transport log: out 14:10 · back 14:52
            Assent:      [x] verbal   [ ] by gesture   [ ] declined — re-approach later
            Attendance:  [ ] 1 resident : 1 therapist   [x] 2 : 1   [ ] household group
                         (with Arnold from Trillium at the next mat)

            What we did: half-kneeling on the mat with rhythmic stabilisation at the shoulders; tall
            kneel to half kneel and back, each side; standing on foam reaching across her body to a cone.
            What it's for: trunk and hip postural control — she pitches forward when she reaches toward
            the floor for her slippers.
            How we measured: functional reach 17 cm; foam stance eyes open 20 s.

            Minutes this visit → 97112 neuromuscular re-ed: 21
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.B0", "R26.81"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Bayshore Pines visit form on a 97530 with its cueing row ticked (verbal, hand-under-hand) beside real counts: recliner-height sit-to-stands with "nose over toes", turn-to-sit, bed-edge rises with the rail; can't get up from her recliner, B quad weakness, pushes back; 30-s chair stand and 5 of 6 rises; 24 matches: passes.
        ["v2-h93-bayshore-cueing-row-recliner-rises-97530"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B) — visit form
            Resident: Marguerite Jadin         Household: Marsh Marigold
            Escort: Mai, CNA                   Transport log: out 09:15 · back 09:58
            Assent:      [ ] verbal   [x] by gesture   [ ] declined — re-approach later
            Attendance:  [x] 1 resident : 1 therapist   [ ] 2 : 1   [ ] household group
            Cueing:      [ ] none   [x] verbal   [ ] demonstration   [x] hand-under-hand

            What we did: standing up from the suite's recliner (lift turned off) — scoot to the edge,
            "nose over toes", push on the arms; turning and reaching back for the arms before sitting;
            sitting on the bed edge and rising with her hand on the rail, the way her room is set up.
            What it's for: she can't get up out of her own recliner on Marsh Marigold; B quad weakness,
            and she pushes back into the chair instead of coming forward.
            How we measured: 30-s chair stand 6 (arms used); 5 of 6 recliner rises without staff
            lifting her.

            Minutes this visit → 97530 therapeutic activities: 24
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.B0", "M62.81"], [PT("97530", 24)], []),

        // Susquehanna Vestal check-box rows "☒ Lacks capacity for treatment decisions — consent by health care agent (wife, HCP on file) ☒ Patient assents" and "TREATMENT MODE ☒ Individual (1 therapist : 1 patient)"; ball-toss step-ups, foam eyes closed, metronome hurdle side-steps; step initiation and sequencing; Four Square and 7 of 10; 23 matches: passes.
        ["v2-h93-susq-capacity-block-and-individual-mode"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Vestal office · PT visit
            Patient: Daniel F., 62. Early-onset Alzheimer's; drove a Broome County bus for 28 years.
            CAPACITY / CONSENT   ☐ Patient consents
                                 ☒ Lacks capacity for treatment decisions — consent by health care agent
                                   (wife, HCP on file)
                                 ☒ Patient assents / participates
            TREATMENT MODE       ☒ Individual (1 therapist : 1 patient)   ☐ Concurrent   ☐ Group
            With him: Maria, his wife.
            Intervention (97112, 23 min): step-ups onto a 6-inch step catching a ball at the top; foam
            stance with eyes closed; side-stepping over low hurdles to a metronome.
            Targets: delayed step initiation and poor sequencing — he stops mid-step and can't restart
            (motor planning).
            Measures: Four Square Step Test 15.8 s; hurdle side-steps without a stop 7 of 10.
            — A. Rao, PT, DPT
            """,
            ["G30.0", "F02.A0", "R26.89"], [PT("97112", 23)], []),

        // Susquehanna Endicott "TREATMENT MODE ☐ Individual (1 therapist : 1 patient) ☐ Concurrent ☐ Group" with no box ticked and nothing in the narrative on who else was treated; foam head turns, tandem on the tape, stepping-strategy pushes; vestibular and somatosensory reliance; mCTSIB and tandem present: one-on-one missing.
        ["v2-h93-susq-mode-row-left-empty"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Endicott office · PT visit
            Patient: Theresa W., 76. Mild cognitive impairment. Lives alone on the North Side; her
            niece checks on her.
            CAPACITY / CONSENT   ☒ Patient consents
                                 ☐ Lacks capacity for treatment decisions — consent by health care agent
                                 ☐ Patient assents / participates
            TREATMENT MODE       ☐ Individual (1 therapist : 1 patient)   ☐ Concurrent   ☐ Group
            Intervention (97112, 20 min): foam stance with head turns side to side and up and down;
            tandem walking on the tape line forward and back; stepping-strategy practice to pushes at
            the shoulders.
            Targets: over-reliance on vision — poor use of vestibular and somatosensory input; she
            sways hard on soft ground and in the dark hallway at night.
            Measures: mCTSIB foam eyes closed 9 s; tandem stance 7 s.
            — A. Rao, PT, DPT
            """,
            ["G31.84", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Lake Harris Mount Dora row "Direct 1:1 contact: Y | Co-tx: N | Other pts in rm: none" on a Lewy body patient whose husband waited in the car: backward walking at the counter, pulls at the belt, lunges onto foam; posterior postural control and a small backward step; Push and Release and Berg; 22 matches: passes.
        ["v2-h93-lakeharris-direct-contact-row-yes"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Mount Dora office | PT daily note
            Pt: Nancy V., 78 | Dx per MD: dementia w/ Lewy bodies | Accomp: husband, waited in the car
            Consent: pt consents; husband (HCS) agrees w/ POC
            Direct 1:1 contact: Y | Co-tx: N | Other pts in rm: none
            S: "good day" per husband; saw the "little man" in the lanai again last night.
            Tx: backward walking along the counter; pulls at the gait belt from behind; forward lunges
            onto foam & back to stance.
            Imp: posterior postural control — steps back small & late, sits down hard.
            Obj: Push & Release test score 2 (3 at eval); Berg 44/56.
            Timed min: 97112 = 22
            """,
            ["G31.83", "F02.A0"], [PT("97112", 22)], []),

        // Lake Harris Leesburg "Imp addressed: __________" left blank and no impairment, region, system or difficulty anywhere (no diagnosis named either); "Direct 1:1 contact: Y"; tandem forward and back, foam head turns, step-ups with pelvic perturbations; Berg and tandem seconds: deficit missing.
        ["v2-h93-lakeharris-impairment-field-blank"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Leesburg office | PT daily note
            Pt: Irene B. | Accomp: husband Walt
            Consent: pt consents
            Direct 1:1 contact: Y | Co-tx: N | Other pts in rm: none
            S: no new c/o. Played canasta at the clubhouse Tues.
            Tx: tandem walk on the line fwd & bwd; foam stance w/ head turns; step-ups w/ perturbations.
            Imp addressed: __________
            Obj: Berg 45/56; tandem 9 s.
            Timed min: 97112 = 20
            """,
            ["G31.84", "R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Bayshore Pines visit form "How we measured: [ ] TUG [ ] Berg [x] not tested — she would not be timed today", one resident with one therapist ticked; forward weight shifts to a hand target, backward nudges for a step, foam counter stance; posterior postural control; no number in the note but its code and minutes: measure missing.
        ["v2-h93-bayshore-measure-row-not-tested"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B) — visit form
            Resident: Evelyn Van Lanen         Household: Juneberry
            Escort: Renee, CNA — waited in the hall
            Assent:      [x] verbal   [ ] by gesture   [ ] declined — re-approach later
            Attendance:  [x] one resident, one therapist   [ ] two residents   [ ] household group

            What we did: weight shifts forward over her feet to touch my hand; small nudges at the hips
            from behind so she practises a step back; standing at the counter on the foam pad.
            What it's for: posterior postural control — she leans back and topples into the chair when
            she stands up from the table.
            How we measured:  [ ] TUG   [ ] Berg   [x] not tested — she would not be timed today

            Minutes this visit → 97112 neuromuscular re-ed: 20
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.B0", "R26.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Susquehanna Johnson City technique checklist "☒ perturbation training ☒ compliant-surface stance ☐ PNF ☒ dual-task stepping" with the details written out and "☒ Individual (1 therapist : 1 patient)", post-stroke L inattention; L weight acceptance and delayed L protective steps; Berg and 6 of 8; 21 matches: passes.
        ["v2-h93-susq-technique-checklist-ticked"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Johnson City office · PT visit
            Patient: Raymond G., 71. R hemisphere stroke; L inattention and slowed processing.
            CAPACITY / CONSENT   ☒ Patient consents
            TREATMENT MODE       ☒ Individual (1 therapist : 1 patient)   ☐ Concurrent   ☐ Group
            NMR TECHNIQUES       ☒ perturbation training   ☒ compliant-surface stance   ☐ PNF
                                 ☒ dual-task stepping   ☐ vestibular / gaze   ☐ other: ______
            Details: pushes at the R shoulder so he steps out to the L; standing on foam with a weight
            shift onto the L; stepping to targets on his L while reading words off the mirror.
            Targets: L inattention with poor L weight acceptance; delayed protective steps to the L.
            Measures: Berg 44/56; stepped out to the L on 6 of 8 pushes.
            Intervention time: 97112 — 21 min.
            — A. Rao, PT, DPT
            """,
            ["I69.398", "R41.4"], [PT("97112", 21)], []),

        // Lake Harris Tavares "Timed codes: 97110 ___ min | 97116 ___ min" both left blank and no minutes anywhere for either code: separate time missing; both parts complete (bridges, side-lying abduction, counter squats, heel raises with doses; 4WW gait in the hall and to the pool gate with distance and CGA; hip weakness and short shuffling steps).
        ["v2-h93-lakeharris-timed-code-blanks"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Tavares office | PT daily note
            Pt: George A., 83 | Dx per MD: Alzheimer's, mild | Accomp: dtr-in-law
            Consent: pt consents; son (HCS) aware of POC by phone
            Ther ex: bridges 2 x 10; sidelying hip abd 2 x 10 ea; mini squats at the counter 2 x 12;
            heel raises 2 x 15.
            Imp: B hip ext & abd weakness, can't climb the two steps into the pool house.
            Gait: 4WW in the hall 2 x 150 ft & outside on the sidewalk to the pool gate 1 x 200 ft,
            CGA; cues for step length & to look up.
            Gait deviations: short shuffling steps, forward flexed, drifts R.
            Timed codes: 97110 ___ min | 97116 ___ min
            """,
            ["G30.1", "F02.A0", "R26.89"], [PT("97110", 15), PT("97116", 15)], [SepTime]),

        // Bayshore Pines PTA visit form on a 97116 with "On arrival: [ ] calm [x] restless / sundowning [ ] declined" and a re-approach after her snack and music: loop-hall walks with the wheeled walker with distance and contact guard, fish-tank turns, courtyard threshold; shuffling, drift to the L wall, stands too close to the walker; 17 matches: passes.
        ["v2-h93-bayshore-sundowning-row-pta-97116"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B) — visit form · PTA
            Resident: Loretta Wautlet          Household: Juneberry (seen on the household)
            On arrival:  [ ] calm   [x] restless / sundowning   [ ] declined
            Assent:      [x] verbal   [ ] by gesture   [ ] declined — re-approach later
                         (first said no; said yes after her snack, with Perry Como on the speaker)

            What we did: walked the Juneberry loop hall with her wheeled walker 4 x 120 ft, contact
            guard; turns around the fish tank both ways; stepping over the threshold into the courtyard
            and back x 4 with stand-by assist.
            What it's for: shuffling steps, drifts to the L wall, and she stands too close inside the
            walker.

            Minutes this visit → 97116 gait training: 17
            J. Kowalski, PTA
            """,
            ["G30.1", "F02.B0", "R26.89"], [PTA("97116", 17)], []),

        // Susquehanna Vestal OT with a goal-status table (tea with set-up only: progressing; stands at the counter through one task: met) and her husband in the room learning the cues: tea-making from a picture sequence, upper-cabinet mug reaches, dishwasher loading; executive function and standing reach; 7 of 9 steps uncued; 26 matches: passes.
        ["v2-h93-susq-ot-goal-table-97530"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Vestal office · OT visit
            Patient: Linda P., 61. Early-onset Alzheimer's; taught third grade in Chenango Forks.
            With her: Tom, her husband — in the kitchen with us, practising the cues he'll use at home.
            Capacity / consent: Linda agreed ("I like the kitchen days"); Tom agreed.
            GOALS                                             STATUS
              Makes a cup of tea with set-up only             ☒ progressing  ☐ met  ☐ not met
              Stands at the counter through one task          ☐ progressing  ☒ met  ☐ not met
            Intervention (OT, 97530, 26 min): making tea from a picture-card sequence on the counter;
            reaching mugs down from the upper cabinet; loading the dishwasher from standing; Tom gave
            the cue for each step the way we wrote it on the card.
            Targets: executive function — loses her place between steps and starts over; reaching in
            standing, she grabs the counter when she turns.
            Measures: 7 of 9 steps done without a cue (5 of 9 last week); 12 items loaded standing.
            — M. Dacey, OTR/L
            """,
            ["G30.0", "F02.A0"], [OT("97530", 26)], []),

        // Lake Harris Leesburg service boxes "☒ Ther ex ☐ Gait ☐ Neuro re-ed ☐ Manual" and "Pt tolerated tx well, no c/o. Cont POC." on a 97110: no exercise, region, impairment or dose named and no number but the code's and its minutes - technique, generic, deficit and measure.
        ["v2-h93-lakeharris-service-boxes-only-97110"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Leesburg office | PT daily note
            Pt: Shirley M. | Accomp: neighbor
            Services: ☒ Ther ex   ☐ Gait   ☐ Neuro re-ed   ☐ Manual
            Pt tolerated tx well, no c/o. Cont POC.
            Timed min: 97110 = 15
            """,
            ["G31.84"], [PT("97110", 15)], [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 3: named programmes, protocols and devices as techniques

        // Susquehanna Endicott, Parkinson's disease dementia: gait training with his Path Finder laser shoes (a line of light ahead of each foot) in the hall, through the doorway and round the fountain turn with distance, SBA and CGA, shoes off for the last pass; freezing at doorways, shuffling and festination on the turn; step length on and off and doorway freezes; 18 matches: passes.
        ["v3-h93-susq-laser-shoes-97116"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Endicott office · PT visit
            Patient: Stanley R., 79. Parkinson's disease dementia. Wife Helen with him.
            Capacity / consent: Stanley agreed; Helen (health care agent) agreed.
            Intervention (97116, 18 min): gait training with his Path Finder laser shoes switched on — a
            line of light thrown ahead of each foot to step over; hallway 4 x 100 ft with stand-by
            assist, then through the clinic doorway and the turn at the water fountain x 6 with contact
            guard; shoes switched off for the last pass to compare.
            Targets: freezing at doorways and a short, shuffling step; festinates on the turn.
            Measures: step length 38 cm with the lasers on / 26 cm off (floor marks); froze at the doorway
            on 1 of 6 passes (4 of 6 at eval).
            — K. Brennan, PTA for A. Rao, PT, DPT
            """,
            ["G20.A1", "F02.A0", "R26.89"], [PTA("97116", 18)], []),

        // Bayshore Pines PTA, Tamarack resident walking the courtyard path with his rollator to his Music & Memory playlist (his daughter's polkas) with distance and contact guard; slow cadence, short steps, stops when distracted; cadence with and without the music; 19 matches: passes.
        ["v3-h93-bayshore-music-and-memory-walk-97116"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B) · PTA visit
            Resident: Eugene DeBauche          Household: Tamarack
            Came with: Dustin, CNA
            Assent: tapped his foot when the music started — "that's Frankie Yankovic!"

            What we did: walked the courtyard path with his rollator wearing his Music & Memory
            headphones, the polka playlist his daughter made, stepping to the beat — 3 x 150 ft, contact
            guard; stops and starts when the song changed; turns at the bird feeder.
            What it's for: slow cadence and short steps; stops dead in the middle of the path when
            something catches his eye.
            How we measured: cadence 84 steps/min without the music, 100 steps/min with it.

            Minutes this visit → 97116 gait training: 19
            J. Kowalski, PTA
            """,
            ["F03.B0", "R26.89"], [PTA("97116", 19)], []),

        // Lake Harris town-square office, vascular cognitive impairment, a man who fell backward against the bandstand rail at the Friday dance: "PT was his only pt & his dance partner for the whole 97112"; dance-based NMR (foxtrot box step in closed hold, rock steps, backward walk, underarm turn); anticipatory postural control on backward steps and step timing and sequencing; box steps 6 of 8 and FGA; 23 matches: passes.
        ["v3-h93-lakeharris-foxtrot-box-step-97112"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Sabal Trace Town Square office | PT daily note
            Pt: Bernard L., 82 | Dx per MD: vascular cognitive impairment | Accomp: wife Rita
            Consent: pt consents; Rita agrees
            S: he & Rita danced the foxtrot every Fri. at the town square till Jan.; lost his footing
            on a backward step & fell against the bandstand rail.
            1:1: PT was his only pt & his dance partner for the whole 97112; Rita watched.
            Tx: dance-based NMR — foxtrot box step in closed hold, PT leading, slow-slow-quick-quick;
            rock step fwd/back w/ weight fully transferred; backward walk in hold, then an underarm
            turn.
            Imp: anticipatory postural control on backward steps; timing & sequencing of steps to the
            beat — loses the count & steps on his own foot.
            Obj: box steps w/o a misstep 6 of 8 (2 of 8 at eval); FGA 20/30.
            Timed min: 97112 = 23
            """,
            ["F01.A0", "Z91.81"], [PT("97112", 23)], []),

        // Susquehanna Vestal, moderate Alzheimer's, her husband (health care agent) practising guarding: car transfers in the mock-up taught with spaced retrieval ("Where does your hand go first?" asked at lengthening gaps), back-up-and-sit, legs in together; sits too soon, hits her head, slow lowering from quad weakness; recall 6 of 7 and 8 transfers with SBA; 24 matches: passes.
        ["v3-h93-susq-spaced-retrieval-car-transfer-97530"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Vestal office · PT visit
            Patient: Joan D., 74. Alzheimer's, moderate. Her husband Bill drives her everywhere in the
            Buick.
            Capacity / consent: Joan assents; Bill is her health care agent and agreed.
            Intervention (97530, 24 min): car-transfer practice in the car mock-up using spaced
            retrieval — trained the answer to "Where does your hand go first?" ("On the door frame")
            and asked it again at longer and longer gaps through the session; backed up until the seat
            touched her legs, sat, then swung both legs in together; out the same way. Bill practised
            guarding her.
            Targets: sits too soon and lands on the edge of the seat, bumps her head on the frame; B quad
            weakness, so she drops the last part of the way down.
            Measures: recalled the cue at 6 of 7 gaps; 8 in-and-out transfers with stand-by assist
            (min assist at eval).
            — A. Rao, PT, DPT
            """,
            ["G30.1", "F02.B0"], [PT("97530", 24)], []),

        // Bayshore Pines, a Trillium resident standing at the Tovertafel light-projection game table after lunch with nobody else at it ("one-on-one for the whole 97112"), reaching and stepping to tap the projected leaves on a foam pad; shrunken limits of stability; functional reach and taps outside the base; 20 matches: passes.
        ["v3-h93-bayshore-tovertafel-reaching-97112"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Vernon Lemense           Household: Trillium (seen on the household)
            Assent: "what's this, a game?" — stood right up

            Who was in the room: we played the Tovertafel in the Trillium dining room after lunch, just
            Vernon and me at the table — one-on-one for the whole 97112, nobody else treated.

            What we did: standing on the foam pad at the Tovertafel, reaching out past his feet to tap
            the projected leaves as they blew across the table — forward, to each side and across his
            body; stepping out to follow the leaves to the end of the table and back.
            What it's for: postural control — his limits of stability have shrunk; he won't shift his
            weight over his toes or out to the sides, and he grabs the table when he has to.
            How we measured: functional reach 18 cm (12 cm at the start of care); 24 of 30 taps made
            outside his base of support.

            Minutes this visit → 97112 neuromuscular re-ed: 20
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.A0"], [PT("97112", 20)], []),

        // Susquehanna Johnson City, Parkinson's with mild cognitive impairment, the PD Warrior big-movement set (step-and-reach, sit-to-stand with arm sweep, lunge with rotation, floor-to-ceiling reach) with sets and reps; trunk and hip extensor weakness and stoop, can't rise from the sofa; 17 matches: passes.
        ["v3-h93-susq-pd-warrior-set-97110"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Johnson City office · PT visit
            Patient: Francis O., 70. Parkinson's disease with mild cognitive impairment; retired
            Binghamton University chemistry professor.
            Capacity / consent: consents.
            Intervention (97110, 17 min): PD Warrior big-movement set — step-and-reach 3 x 10 each way;
            sit-to-stand with a big arm sweep 3 x 10; lunge with trunk rotation 2 x 8 each side;
            floor-to-ceiling reach 2 x 10. Cued "bigger" on each rep.
            Targets: trunk and hip extensor weakness, stooped posture; can't get up off the low sofa
            without rocking.
            — A. Rao, PT, DPT
            """,
            ["G20.A1", "G31.84"], [PT("97110", 17)], []),

        // Lake Harris Tavares, MCI with a fall over a parking curb stop, on the lit-panel step mat (choice stepping reaction training forward, side and back) and foam, "1:1 — only pt on my schedule that hour, no one else in the gym"; slow voluntary stepping; choice stepping reaction time and misses; 21 matches: passes.
        ["v3-h93-lakeharris-choice-stepping-mat-97112"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Tavares office | PT daily note
            Pt: Lois W., 80 | Dx per MD: MCI | Accomp: came alone by golf cart
            Consent: pt consents
            S: tripped on a curb stop in the Publix lot, caught herself on a cart.
            1:1 — only pt on my schedule that hour, no one else in the gym.
            Tx: step mat w/ lit panels (choice stepping reaction training) — step to whichever panel
            lights, fwd/side/back, then w/ a word to remember; foam stance w/ quick steps off the foam.
            Imp: slow voluntary stepping & step timing — too slow to get a foot out to catch a trip.
            Obj: choice stepping reaction time 1.42 s (1.71 at eval); missed 3 of 20 panels.
            Timed min: 97112 = 21
            """,
            ["G31.84", "R29.6"], [PT("97112", 21)], []),

        // Bayshore Pines Dalcroze eurhythmics session (walking to the piano, changing speed and direction with the music, stopping on a chord, side and back steps on a cue, ball on the beat) one-on-one with a staff pianist in the corner, and chords and walk seconds measured - no deficit, impairment, body region or system named anywhere: deficit missing.
        ["v3-h93-bayshore-dalcroze-no-deficit"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Henry Wautlet            Household: Tamarack
            Came with: Dustin, CNA
            Assent: "I always liked a piano"

            Who was in the room: just Henry and me for the 97112 — Ann from life enrichment played the
            piano in the corner; no other resident treated.

            What we did: Dalcroze eurhythmics — walking to the piano, changing speed and direction when
            the music changed, stopping on a chord, stepping sideways and back on a cue, tossing and
            catching a ball on the beat.
            How we measured: stopped on the chord 14 of 16 times; 10-metre walk 11.2 s.

            Minutes this visit → 97112 neuromuscular re-ed: 22
            G. Vandenheuvel, PT
            """,
            ["F03.A0", "R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Lake Harris Leesburg, the Go4Life strength moves from the printed booklet (chair stands, side and back leg raises, toe stands) with her husband to cue from the pictures - no sets, repetitions, load, hold or number anywhere but the code's and its minutes: measure missing.
        ["v3-h93-lakeharris-go4life-booklet-no-dose-97110"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Leesburg office | PT daily note
            Pt: Peggy S. | Dx per MD: Alzheimer's, early | Accomp: husband Don
            Consent: pt consents; Don (HCS) agrees
            Tx: went through the Go4Life strength moves from the printed booklet w/ Peggy & Don —
            chair stands, side leg raises, back leg raises & toe stands holding the counter. Don will
            cue her from the pictures at home.
            Imp: hip & calf weakness — can't get up from the low sofa w/o Don pulling her.
            Timed min: 97110 = 16
            """,
            ["G30.0", "F02.A0"], [PT("97110", 16)], [At(Measure, "97110")]),

        // Bayshore Pines, a Juneberry resident in a wheelchair on the MOTOmed viva2 (passive warm-up, then active at resistance level 4 for a distance with the screen's symmetry) and seated knee extensions with a cuff weight; B leg weakness and knee stiffness, can't push up to stand for care; 16 matches: passes.
        ["v3-h93-bayshore-motomed-97110"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Agnes Lemense            Household: Juneberry
            Came with: Renee, CNA, pushing her chair
            Assent: "as long as I can sit"

            What we did: MOTOmed viva2, legs, from her wheelchair — passive warm-up, then pedalling
            actively at resistance level 4, 1.4 km active; seated knee extension with a 2 lb cuff
            weight 2 x 12 each leg.
            What it's for: both legs weak and her knees stiff — she can't push up to stand for the
            aides at changing time.
            How we measured: MOTOmed symmetry L 46 % / R 54 %; 1.4 km active (0.8 km two weeks ago).

            Minutes this visit → 97110 therapeutic exercise: 16
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.C0", "M62.81"], [PT("97110", 16)], []),

        // Susquehanna Owego OT after a R hemisphere stroke with L neglect: Nintendo Switch Sports bowling standing at the TV (step, swing, forward weight shift, scanning L for the pins); L inattention, weight kept on the R, standing tolerance; 10 frames standing and 7 of 10 uncued scans; OT 22 matches: passes.
        ["v3-h93-susq-ot-switch-bowling-97530"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Owego office · OT visit
            Patient: Ruth A., 75. R hemisphere stroke; L neglect; slowed processing. Her granddaughter
            brought her.
            Capacity / consent: Ruth consents.
            Intervention (OT, 97530, 22 min): Nintendo Switch Sports bowling standing at the TV — step
            forward on the L, swing the controller, carry the weight forward; find the pins on the L of
            the screen before each throw.
            Targets: L inattention — she misses the L side of the lane and of her plate; keeps her weight
            on the R; poor standing tolerance.
            Measures: bowled 10 frames standing without sitting; looked L for the pins without a cue on
            7 of 10 frames.
            — M. Dacey, OTR/L
            """,
            ["I69.312", "I69.354"], [OT("97530", 22)], []),

        // Lake Harris town-square office, MCI, a retired man who can't look up at the hymn board at church: Maitland central PAs T5-T8 grade III with bouts, R rib springing with breathing, thoracic paraspinal and pec minor STM; thoracic hypomobility and kyphosis; occiput-to-wall and rotation before and after; 12 matches: passes.
        ["v3-h93-lakeharris-maitland-thoracic-97140"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Sabal Trace Town Square office | PT daily note
            Pt: Arthur P., 86 | Dx per MD: MCI; thoracic kyphosis | Accomp: wife
            Consent: pt consents
            S: can't lift his head to read the hymn board at church; wife says he's "folding over."
            Tx: Maitland central PAs T5–T8 gr III 3 x 30 s; rib springing on the R w/ deep breaths;
            STM to the thoracic paraspinals & pec minor.
            Imp: thoracic hypomobility & kyphosis, stiff into extension.
            Obj: occiput-to-wall 9 cm → 7 cm after; thoracic rot R 30° → 38°.
            Timed min: 97140 = 12
            """,
            ["M40.204", "G31.84"], [PT("97140", 12)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Bayshore Pines: she rolled out Belgian pies for the Kermiss every fall and now stands back on her heels at the Juneberry kitchenette and falls back into the cupboard when she reaches into the sink - the finding; one-on-one; counter weight shifts forward, toes-down wedge stance, perturbations from behind; posterior lean; Berg and reach; 22 matches: passes.
        ["v4-h93-bayshore-falls-back-into-the-cupboard"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Mathilde Delvaux         Household: Juneberry
            Came with: Mai, CNA — sat by the window
            Transport log: left Juneberry 10:30 · back 11:12
            Assent: "if you say so, honey"

            The trouble: she rolled out Belgian pies for the Kermiss every fall; now at the Juneberry
            kitchenette she stands back on her heels, and when she reaches into the sink she falls back
            against the cupboard behind her.
            Who was in the room: Mai. I was with Mathilde alone for the 97112 — no other resident treated.
            What we did: weight shifts forward at the counter to bring her nose over her toes, reaching
            to my hand; standing on the wedge toes-down to bring her weight forward; small pulls and
            pushes from behind so she recovers forward instead of sitting back.
            What it's for: posterior lean — her weight sits behind her heels and she has no forward
            recovery.
            How we measured: Berg 39/56; reached 20 cm forward at the sink mock-up without stepping back.

            Minutes this visit → 97112 neuromuscular re-ed: 22
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.B0", "R26.81"], [PT("97112", 22)], []),

        // Susquehanna Vestal, early-onset Alzheimer's at 63: wants to ride the carousel at Recreation Park with his granddaughter but can't step up onto the platform or get the R leg over the horse - the findings; platform step-ups holding a pole, leg over a bolster horse, backward step-downs with counts and CGA; R hip flexor and abductor weakness; SLS; 22 matches: passes.
        ["v4-h93-susq-carousel-horse-97530"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Vestal office · PT visit
            Patient: Michael T., 63. Early-onset Alzheimer's. Wife Donna with him.
            Capacity / consent: Michael consents; Donna present.
            What he can't do: wants to ride the carousel at Recreation Park with his granddaughter this
            summer, but he can't step up onto the platform holding the pole, and he can't get his R leg
            up over the horse.
            Intervention (97530, 22 min): step-ups onto a 10-inch platform holding a vertical pole x 10;
            from standing, swinging the R leg over a bolster "horse" x 6 and back; stepping down
            backward off the platform x 8 with contact guard.
            Targets: R hip flexor and abductor weakness; can't stand on the L long enough to clear the
            saddle.
            Measures: SLS L 5 s; 6 of 6 leg swings cleared the bolster (2 of 6 last week).
            — A. Rao, PT, DPT
            """,
            ["G30.0", "F02.A0", "M62.81"], [PT("97530", 22)], []),

        // Lake Harris Mount Dora: can't get up off the low chaise on the lanai without rocking three times and pulling on the screen frame - the finding; low-mat rises with scoot and forward lean, chaise mock-up rises; hip extensor and quad weakness; 5xSTS and 12 rises with no pulling; 20 matches: passes.
        ["v4-h93-lakeharris-low-chaise-on-the-lanai-97530"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Mount Dora office | PT daily note
            Pt: Eleanor F., 85 | Dx per MD: Alzheimer's, mild | Accomp: son, visiting from Ohio
            Consent: pt consents; son (HCS) agrees
            S: can't get up off the low chaise on the lanai w/o rocking 3 times & pulling on the screen
            frame — son afraid she'll pull the screen out.
            Tx: sit-to-stand from the mat table lowered to chaise height — scoot, feet back, lean fwd —
            3 x 5; same from the chaise mock-up w/ the cushion; turning & sitting back down w/ control.
            Imp: hip ext & quad weakness — can't get her weight forward over her feet from a low seat.
            Obj: 5xSTS 18.2 s (std chair); 12 rises from the low surface w/o pulling on anything.
            Timed min: 97530 = 20
            """,
            ["G30.1", "F02.A0", "M62.81"], [PT("97530", 20)], []),

        // Bayshore Pines, vascular dementia after a R stroke: walks into the L side of her doorframe and the med cart and stops when the hall turns L - the findings; hall walking with a red ribbon on the L walker handle, L turns at the nurses' station and doorway passes with distance and CGA; L inattention and a short L step; doorframe clips 2 of 8; 18 matches: passes.
        ["v4-h93-bayshore-clips-the-left-doorframe-97116"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Florence Van Lanen       Household: Marsh Marigold (seen on the household)
            Assent: "let's walk, then"

            The trouble: walks into the L side of her doorframe and into the med cart, and stops dead
            where the hall turns L — the aides find her standing facing the wall.
            What we did: walked the Marsh Marigold hall with her wheeled walker 3 x 100 ft, contact
            guard, a red ribbon tied on the L handle to draw her eyes L; L turns at the nurses' station
            x 6; in and out of her doorway x 8.
            What it's for: L inattention after her stroke — drifts L and clips things on the L; short L
            step.
            How we measured: clipped the L doorframe on 2 of 8 passes (6 of 8 at the start of care).

            Minutes this visit → 97116 gait training: 18
            G. Vandenheuvel, PT
            """,
            ["F01.B0", "I69.312"], [PT("97116", 18)], []),

        // Susquehanna Johnson City, Lewy body dementia: on bad days he can't work out how to get out of bed and gets stuck halfway and rolls back - the finding; bed-mobility sequence on the mat table with a three-step card, legs-off side-lying to sit, walker rise, wife coaching; motor sequencing and axial rigidity; 4 of 6 rolls to sit unaided; 23 matches: passes.
        ["v4-h93-susq-stuck-halfway-out-of-bed-97530"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Johnson City office · PT visit
            Patient: Albert N., 78. Dementia with Lewy bodies. Wife Jean with him.
            Capacity / consent: Albert assents; Jean (health care agent) consented.
            What Jean sees: on his bad days he can't work out how to get out of bed — lies there calling
            for her, or gets halfway up and rolls back.
            Intervention (97530, 23 min): the mat table set up like his side of the bed — knees bent, roll
            toward the edge, legs off, push up to sitting, from a three-step card Jean reads aloud; then
            stand to the walker. Whole sequence x 6; Jean coached the last three.
            Targets: motor sequencing breaks down partway through; axial rigidity, weak trunk rotation.
            Measures: rolled to sitting without physical help 4 of 6 times (0 of 6 at eval).
            — A. Rao, PT, DPT
            """,
            ["G31.83", "F02.A0"], [PT("97530", 23)], []),

        // Lake Harris Leesburg, Parkinson's disease dementia: won't go down the zero-entry ramp at the rec-center pool, freezes on the wet tile at the top - the finding; slick-tile mat passes with SBA, ramp up and down with a cane and CGA, counting to start; freezing at surface changes, shuffling and flexed trunk on the decline; freezes 1 of 6; 17 matches: passes.
        ["v4-h93-lakeharris-pool-zero-entry-ramp-97116"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Leesburg office | PT daily note
            Pt: Vincent C., 80 | Dx per MD: Parkinson's w/ dementia | Accomp: wife Angela
            Consent: pt agrees; Angela (HCS) consented
            S: won't go down the zero-entry ramp at the rec-center pool for water aerobics — freezes on
            the wet tile at the top. Angela: "he loved that class."
            Gait: slick-tile floor mat x 4 passes of 30 ft, SBA; clinic ramp up/down x 6 w/ SPC, CGA;
            counting out loud to get started at the top.
            Imp: freezing at surface changes; short shuffling steps; trunk flexes on the way down.
            Obj: froze at the top of the ramp 1 of 6 times (every time at eval).
            Timed min: 97116 = 17
            """,
            ["G20.A1", "F02.A0"], [PT("97116", 17)], []),

        // Susquehanna Endicott OT, early-onset Alzheimer's: can't reach the cereal on the second shelf or comb the back of her hair since she fell on the R arm last winter - the findings; wall walks, banded ER and flexion, cane flexion with doses; R shoulder flexion and ER weakness; OT 15 matches: passes.
        ["v4-h93-susq-ot-cereal-on-the-second-shelf-97110"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Endicott office · OT visit
            Patient: Karen L., 60. Early-onset Alzheimer's. Husband Joe with her.
            Capacity / consent: Karen consents; Joe agrees.
            What she can't do: reach the cereal on the second shelf or comb the back of her hair since
            she fell on the R arm last winter.
            Intervention (OT, 97110, 15 min): wall walks with the R hand 2 x 10; ER with a yellow band
            3 x 10; flexion with the band under her foot 2 x 10; cane-assisted flexion lying down 2 x 12.
            Joe learned the order from the picture sheet.
            Targets: R shoulder flexion and external-rotation weakness.
            — M. Dacey, OTR/L
            """,
            ["G30.0", "F02.A0", "M62.81"], [OT("97110", 15)], []),

        // Bayshore Pines: can't get down to the kneeler at Sunday Mass in the campus chapel and back up into the pew - the finding; half-kneel rises at a chair, bridges, step-ups, wall sits with doses; B quad and hip extensor weakness; 18 matches: passes.
        ["v4-h93-bayshore-chapel-kneeler-97110"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Rose Jadin               Household: Trillium
            Came with: Renee, CNA
            Transport log: left Trillium 13:20 · back 14:01
            Assent: crossed herself and said "for the kneeler, then"

            The trouble: can't get down onto the kneeler at Sunday Mass in the campus chapel, and can't
            get back up into the pew without two aides.
            What we did: half-kneel to stand holding a chair 2 x 5 each leg; bridges 2 x 10; step-ups on
            a 4-inch step 2 x 10 each; wall sits 3 x 15 s.
            What it's for: both quads and hip extensors weak.

            Minutes this visit → 97110 therapeutic exercise: 18
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.A0", "M62.81"], [PT("97110", 18)], []),

        // Susquehanna Vestal discharge of an MCI patient: retest Berg 54/56, TUG 8.9 s and Mini-BESTest 26/28 "within age norms. No deficits remain; goals met"; one-on-one for the last reactive-stepping and foam routine - no deficit targeted: deficit missing.
        ["v4-h93-susq-discharge-no-deficits-remain"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Vestal office · PT discharge visit
            Patient: Paul E., 72. Mild cognitive impairment. Wife Susan with him.
            Capacity / consent: Paul consents.
            Retest: Berg 54/56; TUG 8.9 s; Mini-BESTest 26/28 — all within age norms. No deficits
            remain; goals met.
            Attendance: one-on-one, Paul the only patient I treated during the 97112.
            Intervention (97112, 19 min): last run-through of the reactive-stepping and foam routine —
            lean-and-release in four directions, foam stance with head turns, tandem on the tape — so
            Susan can see it for home.
            Plan: discharge to the home program.
            — A. Rao, PT, DPT
            """,
            ["G31.84", "R26.81"], [PT("97112", 19)], [At(Deficit, "97112")]),

        // Bayshore Pines last visit of an episode: "Berg 53/56, TUG 10.2 s — no impairment found", "just the two of us, one-on-one for the 97112"; foam stance with catches, backward nudges, leaf stepping - no deficit targeted: deficit missing.
        ["v4-h93-bayshore-last-visit-no-impairment-found"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Irene Kowalski           Household: Trillium
            Came with: Dustin, CNA — waited in the hall
            Assent: "I'll miss you"

            Re-check, last visit of this episode: Berg 53/56, TUG 10.2 s — no impairment found.
            Who was in the room: just the two of us, one-on-one for the 97112.
            What we did: foam stance catching a beanbag; small backward nudges; stepping to the paper
            leaves on the floor — showed Dustin so the aides can walk her through it.
            Plan: discharge from outpatient PT; household restorative walking.

            Minutes this visit → 97112 neuromuscular re-ed: 18
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.A0"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // Lake Harris town-square office, MCI: can't do the grapevine at Thursday line dancing - crosses her feet, stumbles and sits out the rest - the finding; "1:1, no other pt"; grapevine at the counter slow then to music, braiding on foam, side steps over cones with lateral perturbations; lateral postural control and crossover-step sequencing; grapevine 5 of 6 and FGA; 22 matches: passes.
        ["v4-h93-lakeharris-line-dance-grapevine-97112"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Sabal Trace Town Square office | PT daily note
            Pt: Carol N., 77 | Dx per MD: MCI | Accomp: none, walked over from the square
            Consent: pt consents
            S: can't do the grapevine at Thurs. line dancing at the rec center — crosses her feet,
            stumbles & sits out the rest of the dance.
            1:1, no other pt.
            Tx: grapevine along the counter, slow, then to her "Boot Scootin' Boogie"; braiding on the
            foam beam; side steps over cones w/ lateral perturbations at the pelvis.
            Imp: lateral postural control; sequencing & timing of the crossover step.
            Obj: a full grapevine w/o a stumble 5 of 6 times (1 of 6 at eval); FGA 22/30.
            Timed min: 97112 = 22
            """,
            ["G31.84", "R26.81"], [PT("97112", 22)], []),

        // Susquehanna Johnson City, MCI, a retired union electrician who can't carry his tools down the basement stairs to his workbench - the knees give at the bottom steps - the finding; step-ups, eccentric step-downs, leg press, banded TKE with loads and doses; B quad weakness and poor eccentric control; 16 matches: passes.
        ["v4-h93-susq-basement-workbench-stairs-97110"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Johnson City office · PT visit
            Patient: Ronald H., 74. Mild cognitive impairment. Retired union electrician (IBEW).
            Capacity / consent: consents.
            What he can't do: carry his tools down the basement stairs to his workbench — his knees give
            on the last few steps.
            Intervention (97110, 16 min): step-ups 6-inch 3 x 10; eccentric step-downs off 4 inches 2 x 8
            each; leg press 60 lb 3 x 10; terminal knee extension with a green band 3 x 15.
            Targets: B quad weakness; poor eccentric control coming down.
            — A. Rao, PT, DPT
            """,
            ["G31.84", "M62.81"], [PT("97110", 16)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Susquehanna Vestal, MCI with his wife in the room: "one-on-one — no one else on my schedule during the 97112"; obstacle steps while counting back by threes, foam head turns, tandem perturbations; dual-task postural control; measures as the clinic writes them (TUG 11.8 s, TUG counting back 17.1 s, dual-task cost 45 %); 21 matches: passes.
        ["v5-h93-susq-tug-and-dual-task-cost-97112"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Vestal office · PT visit
            Patient: William C., 75. Mild cognitive impairment. Wife Anne with him.
            Capacity / consent: consents.
            Attendance: one-on-one — no one else on my schedule during the 97112.
            Intervention (97112, 21 min): stepping over shoe boxes while counting back by threes;
            foam stance with head turns; perturbations at the pelvis in tandem stance.
            Targets: dual-task postural control — he slows, sways and catches his toe when he has to
            think and walk at once.
            Measures: TUG 11.8 s; TUG counting back by threes 17.1 s — dual-task cost 45 %.
            — A. Rao, PT, DPT
            """,
            ["G31.84", "R26.81"], [PT("97112", 21)], []),

        // Bayshore Pines, a Trillium resident, "one-on-one, Dustin waited in the hall"; paused sit-to-stands, feet-together foam stance, sternal nudges, turns in place; staggers on the nudge and the turn; Tinetti POMA with its balance and gait subscores; 20 matches: passes.
        ["v5-h93-bayshore-poma-with-subscores-97112"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Leo Wautlet              Household: Trillium
            Came with: Dustin, CNA — waited in the hall
            Transport log: left Trillium 15:05 · back 15:44
            Assent: "what are we doing today, coach?"

            Who was in the room: one-on-one, Leo and me; nobody else treated.
            What we did: sit-to-stand with a pause before he steps off; feet-together stance on the foam;
            light nudges at the sternum; turning in place both ways.
            What it's for: postural control — he staggers back on the sternal nudge and on the turn.
            How we measured: Tinetti POMA 15/28 (balance 8/16, gait 7/12); 11/28 at the start of care.

            Minutes this visit → 97112 neuromuscular re-ed: 20
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.B0", "R26.81"], [PT("97112", 20)], []),

        // Lake Harris Tavares cane gait on the golf-cart path and the hall with distance and SBA, curb practice; slow, short-stepped, wide-based gait without arm swing; SPPB with its parts and gait speed over 4 metres; 19 matches: passes.
        ["v5-h93-lakeharris-sppb-and-gait-speed-97116"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Tavares office | PT daily note
            Pt: Joseph M., 84 | Dx per MD: Alzheimer's, mild | Accomp: dtr
            Consent: pt consents; dtr (HCS) agrees
            Gait: SPC 3 x 200 ft on the golf-cart path behind the office & the clinic hall, SBA; curb
            up/down x 4, CGA; cues to swing the arms & lengthen the step.
            Gait deviations: slow, short steps, wide base, no arm swing.
            Obj: SPPB 7/12 (balance 3, gait 2, chair 2); gait speed 0.71 m/s over 4 metres.
            Timed min: 97116 = 19
            """,
            ["G30.1", "F02.A0", "R26.89"], [PT("97116", 19)], []),

        // Susquehanna Endicott, Parkinson's disease dementia: "I treated him by himself for the whole NMR"; single-leg stance with glute tapping, clock reaches, step-ups with perturbations; single-limb postural control and turning; SLS seconds each side, FTSTS and a timed 360 turn with its steps; 22 matches: passes.
        ["v5-h93-susq-sls-ftsts-and-turn-97112"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Endicott office · PT visit
            Patient: Edward K., 77. Parkinson's disease dementia. Daughter with him.
            Capacity / consent: Edward assents; daughter (health care agent) consented.
            Attendance: I treated him by himself for the whole NMR.
            Intervention (97112, 22 min): single-leg stance at the counter with tapping over the glutes;
            clock reaches with the free foot; step-ups with small pushes at the pelvis.
            Targets: single-limb postural control; turns in a shuffle and stalls.
            Measures: SLS eyes open R 4.1 s / L 6.3 s; FTSTS 16.4 s; 360° turn 5.8 s, 11 steps.
            — A. Rao, PT, DPT
            """,
            ["G20.A1", "F02.A0"], [PT("97112", 22)], []),

        // Bayshore Pines 97110 with the Senior Fitness Test forms (30-s chair stand 7, 8-ft up-and-go 12.6 s) beside banded and weighted leg exercises with doses; quad weakness, can't stand for the aides; 15 matches: passes.
        ["v5-h93-bayshore-chair-stand-and-up-and-go-97110"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Bernadette DeBauche      Household: Marsh Marigold
            Came with: Mai, CNA
            Assent: "okay, but I'm not running"

            What we did: sit-to-stand from a firm chair 3 x 6; long-arc quads with 2 lb 2 x 12 each;
            standing hip abduction at the counter 2 x 10 each; heel raises 2 x 12.
            What it's for: quads weak — she can't stand up for the aides long enough to be changed.
            How we measured: 30-s chair stand 7 (arms crossed); 8-ft up-and-go 12.6 s.

            Minutes this visit → 97110 therapeutic exercise: 15
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.B0", "M62.81"], [PT("97110", 15)], []),

        // Lake Harris Leesburg, MCI with a neuropathy: "1:1 for the 97112, no other pt in the rm"; foam eyes closed, head turns on foam, gaze on a card while stepping; somatosensory loss and visual reliance; mCTSIB written out condition by condition; 20 matches: passes.
        ["v5-h93-lakeharris-mctsib-four-conditions-97112"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Leesburg office | PT daily note
            Pt: Ruth O., 79 | Dx per MD: MCI; peripheral neuropathy | Accomp: husband
            Consent: pt consents
            1:1 for the 97112, no other pt in the rm.
            Tx: foam stance EC; head turns on foam; eyes on a word card while stepping fwd & back.
            Imp: somatosensory loss in the feet — leans on vision, falls in the dark bathroom.
            Obj: mCTSIB — EO firm 30 s; EC firm 30 s; EO foam 21 s; EC foam 6 s.
            Timed min: 97112 = 20
            """,
            ["G31.84", "G62.9"], [PT("97112", 20)], []),

        // Susquehanna Owego OT after a L stroke with memory and planning deficits: putty, banded finger extension, weighted wrist extension with doses; R hand weakness and dexterity; Jamar grip in kilograms and the Nine-Hole Peg Test in seconds; OT 16 matches: passes.
        ["v5-h93-susq-ot-grip-and-nine-hole-peg-97110"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Owego office · OT visit
            Patient: Dennis W., 67. L hemisphere stroke; memory and planning deficits; R hand weak.
            Capacity / consent: Dennis consents.
            Intervention (OT, 97110, 16 min): putty squeeze and pinch 3 x 15; finger extension against
            a band 3 x 12; wrist extension with 1 lb 3 x 10.
            Targets: R hand weakness and loss of dexterity — can't button his shirt or hold a fork.
            Measures: Jamar grip R 14 kg / L 26 kg; Nine-Hole Peg Test R 58 s / L 24 s.
            — M. Dacey, OTR/L
            """,
            ["I69.311", "I69.331"], [OT("97110", 16)], []),

        // Bayshore Pines, a Hmong elder whose granddaughter interpreted, "one-on-one — only Nao treated by me during the 97112"; stepping-strategy drill to nudges, foam catches, stepping over a rope to a target; delayed protective step; Berg up from 38 to 41 beside a cue count; 21 matches: passes.
        ["v5-h93-bayshore-berg-up-cues-down-97112"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Nao Xiong                Household: Tamarack
            Came with: Dustin, CNA; his granddaughter Pa Houa met us in the suite and interpreted
            Assent: nodded, said yes in Hmong through Pa Houa

            Who was in the room: Dustin and Pa Houa; one-on-one — only Nao treated by me during the
            97112.
            What we did: stepping-strategy drill to small nudges forward, back and to each side; foam
            stance catching a ball; stepping over a rope to tap a target.
            What it's for: delayed protective step — he sways and grabs instead of stepping.
            How we measured: Berg 41/56 (38/56 two weeks ago); needed 2 verbal cues through the whole
            sequence (5 at the start of care).

            Minutes this visit → 97112 neuromuscular re-ed: 21
            G. Vandenheuvel, PT
            """,
            ["F03.A0", "R26.81"], [PT("97112", 21)], []),

        // Bayshore Pines: "Renee says she seems steadier walking to the dining room"; one-on-one stated; backward nudges, foam counter stance, paper-leaf stepping; posterior postural control - no number in the note but its code and minutes: measure missing.
        ["v5-h93-bayshore-seems-steadier-per-the-cna"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Theresa Vandenberg       Household: Juneberry
            Came with: Renee, CNA
            Assent: "all right, dear"

            Who was in the room: Renee; one-on-one with Theresa, nobody else treated during the 97112.
            What we did: small nudges from behind at the hips so she practises a step back; standing on
            the foam pad at the counter; stepping onto the paper leaves on the floor.
            What it's for: posterior postural control — sits down hard and tips back when she stands.
            How we measured: Renee says she seems steadier walking to the dining room.

            Minutes this visit → 97112 neuromuscular re-ed: 19
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.B0", "R26.81"], [PT("97112", 19)], [At(Measure, "97112")]),

        // Susquehanna Johnson City, Lewy body dementia: "his wife says fewer near-falls this week"; "just him and me for the 97112"; belt pulls, foam head turns, hurdle step-overs; retropulsion - no number in the note but its code and minutes: measure missing.
        ["v5-h93-susq-wife-says-fewer-near-falls-97112"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Johnson City office · PT visit
            Patient: Harold J. Dementia with Lewy bodies. Wife Barbara with him.
            Capacity / consent: Harold assents; Barbara (health care agent) consented.
            Attendance: just him and me for the 97112 — no other patient.
            Intervention (97112, 20 min): pulls at the gait belt from behind; foam stance with head turns;
            stepping over low hurdles with a pause before each.
            Targets: retropulsion — falls backward off balance when he turns or reaches up.
            Measures: Barbara says fewer near-falls this week.
            — A. Rao, PT, DPT
            """,
            ["G31.83", "F02.A0"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Lake Harris Mount Dora 97110 naming sit-to-stands, bridges, banded clamshells and heel raises with no sets, repetitions, load or hold, and "says her legs feel stronger"; hip and quad weakness - no number but the code's and its minutes: measure missing.
        ["v5-h93-lakeharris-says-legs-feel-stronger-97110"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Mount Dora office | PT daily note
            Pt: Dolores H. | Dx per MD: Alzheimer's, early | Accomp: husband
            Consent: pt consents
            Tx: sit-to-stands; bridges; clamshells w/ the yellow band; heel raises at the counter.
            Imp: hip & quad weakness, can't get up from the toilet w/o the grab bar & the towel rack.
            S/response: says her legs feel stronger.
            Timed min: 97110 = 16
            """,
            ["G30.0", "F02.A0"], [PT("97110", 16)], [At(Measure, "97110")]),

        // Lake Harris town-square office rollator gait in the hall and on the cart path with cues for bigger steps and to lift the feet at the pavers, "walked better today per wife" - no distance, assistance level or number: measure missing.
        ["v5-h93-lakeharris-walked-better-today-97116"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Sabal Trace Town Square office | PT daily note
            Pt: Raymond S. | Dx per MD: vascular dementia | Accomp: wife
            Consent: pt agrees; wife (HCS) agrees
            Gait: w/ his rollator in the hall & out on the cart path; cues for bigger steps & to lift the
            feet at the pavers.
            Gait deviations: short shuffling steps; toes catch on the paver edges.
            Response: walked better today per wife.
            Timed min: 97116 = 18
            """,
            ["F01.A0", "R26.89"], [PT("97116", 18)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, missing separate time

        // Bayshore Pines "Minutes this visit → 97112 neuromuscular re-ed: 18 · 97530 therapeutic activities: 15", both match; one-on-one for the 97112 (foam reaches, backward nudges; posterior postural control; Berg) and dining-chair practice (scoot in and out, rises, passing dishes with counts and CGA; can't stand from the dining chair, quad weakness): passes.
        ["v6-h93-bayshore-two-codes-minutes-each"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Genevieve Lemense         Household: Marsh Marigold
            Came with: Mai, CNA
            Transport log: left Marsh Marigold 08:50 · back 09:35
            Assent: "is it time for church?" — then "oh, the exercise lady"

            Who was in the room: Mai; one-on-one with Genevieve for the 97112, no other resident.
            Neuro re-ed: foam stance at the counter reaching for cups to each side; small nudges from
            behind, practising a step back. For: posterior postural control — tips back when she stands.
            Measured: Berg 40/56.
            Therapeutic activity: the dining chair at the table — scooting it in and out, standing up
            from it x 8 with contact guard, standing at the table to pass dishes x 6.
            For: can't stand up from the dining chair at meals; quads weak.

            Minutes this visit → 97112 neuromuscular re-ed: 18 · 97530 therapeutic activities: 15
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.B0", "R26.81"], [PT("97112", 18), PT("97530", 15)], []),

        // Susquehanna Vestal "Billing: 97112 — 22 min; 97110 — 13 min", both match; early-onset Alzheimer's: one-on-one for the NMR (lean-and-release steps, foam head turns; slow reactive steps; Mini-BESTest) and hip and knee strengthening with doses (hip and quad weakness): passes.
        ["v6-h93-susq-billing-line-22-and-13"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Vestal office · PT visit
            Patient: Richard K., 59. Early-onset Alzheimer's. Carol with him.
            Capacity / consent: agreed; Carol agreed.
            Attendance: one-on-one for the NMR, no other patient.
            Neuromuscular re-ed: lean-and-release into a quick step in four directions; foam stance with
            head turns. Targets slow, short reactive steps. Mini-BESTest 21/28.
            Therapeutic exercise: bridges 3 x 10; side-lying hip abduction 2 x 12 each; wall squats
            3 x 10. Targets hip abductor and quad weakness — he drops into chairs.
            Billing: 97112 — 22 min; 97110 — 13 min.
            — A. Rao, PT, DPT
            """,
            ["G30.0", "F02.A0"], [PT("97112", 22), PT("97110", 13)], []),

        // Lake Harris Tavares clock ranges per code "97110 10:02–10:17 | 97116 10:17–10:31" (15 and 14), both match; hip and knee strengthening with doses (quad and glute weakness) and 4WW gait with distance and SBA (short step, forward flexed, drifts R): passes.
        ["v6-h93-lakeharris-clock-ranges-per-code"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Tavares office | PT daily note
            Pt: Mildred J., 87 | Dx per MD: Alzheimer's, mild | Accomp: aide from her ALF
            Consent: pt consents; son (HCS) aware of POC
            Ther ex: seated knee ext w/ 2 lb 2 x 12 ea; mini squats at the counter 2 x 10; standing hip
            ext 2 x 10 ea. Imp: quad & glute weakness.
            Gait: 4WW in the hall 3 x 150 ft, SBA; cues to stand tall & step through. Gait deviations:
            short step, forward flexed, drifts R.
            Timed: 97110 10:02–10:17 | 97116 10:17–10:31
            """,
            ["G30.1", "F02.A0", "R26.89"], [PT("97110", 15), PT("97116", 14)], []),

        // Bayshore Pines 97112 in two parts around a refusal - "9 before she stopped and asked for her husband + 12 after we came back from the window = 21" - adding up to the line; one-on-one; paper-leaf stepping, foam reaches, catch steps; slow backward step; TUG and catches: passes.
        ["v6-h93-bayshore-split-around-a-refusal"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Dorothy Vandenberg       Household: Juneberry
            Came with: Renee, CNA
            Assent: yes at first; partway through she stopped, said no and asked for her husband. We
            went to the window and looked at the bird feeder; she said "let's finish" and came back.

            Who was in the room: Renee; one-on-one, nobody else treated.
            What we did: stepping onto the paper leaves on the floor; foam stance reaching for cups;
            nudges from behind for a catch step.
            What it's for: slow backward protective step; falls back against the wall when she turns.
            How we measured: TUG 20.1 s; caught 4 of 6 nudges with one step.

            Minutes this visit → 97112 neuromuscular re-ed: 9 before she stopped and asked for her
            husband + 12 after we came back from the window = 21
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.B0", "R26.81"], [PT("97112", 21)], []),

        // Susquehanna Johnson City "PT (Dr. Rao) 97112: 20 min. PTA (K. Brennan) 97110: 15 min." on the PT's and the PTA's lines, both match; one-on-one for the NMR (taped-box turns, belt pulls; freezing and posterior responses; freezes and Mini-BESTest) and the PTA's strengthening with doses (hip extensor and quad weakness): passes.
        ["v6-h93-susq-pt-97112-and-pta-97110"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Johnson City office · PT and PTA visit
            Patient: Eugene S., 80. Parkinson's disease dementia. Phyllis with him.
            Capacity / consent: Eugene agreed; Phyllis agreed.
            PT: one-on-one for the NMR. Turns in the taped box to a four-count; backward steps to pulls
            at the gait belt. For freezing on turns and poor backward responses. Froze on 2 of 8 turns;
            Mini-BESTest 17/28.
            PTA: bridges 3 x 10; sit-to-stand from a low chair 3 x 8; standing hip extension with a red
            band 2 x 12 each. For hip extensor and quad weakness — can't get up off the couch.
            PT (Dr. Rao) 97112: 20 min. PTA (K. Brennan) 97110: 15 min.
            """,
            ["G20.A1", "F02.A0"], [PT("97112", 20), PTA("97110", 15)], []),

        // Lake Harris Mount Dora, a PT's and an OT's code on one morning, "PT: 97116 = 16" and "OT: 97530 = 24", both match; rollator gait with distance and CGA (shuffling, festination on turns) and kitchen practice with counts (can't stand to make breakfast, standing balance and planning): passes.
        ["v6-h93-lakeharris-pt-97116-and-ot-97530"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Mount Dora office | PT + OT same a.m.
            Pt: Vincent C., 80 | Dx per MD: Parkinson's w/ dementia | Accomp: wife Angela
            Consent: pt agrees; Angela (HCS) consented
            PT — Gait: rollator in the hall 3 x 150 ft, CGA; turns in a wide arc x 6; cued "big steps."
            Deviations: shuffling, festinates on turns.
            OT — Kitchen: making toast & coffee standing at the counter; fetching the mugs from the
            upper shelf x 4; carrying a plate to the table w/ the rollator tray x 3. Imp: can't stand
            long enough to make breakfast; loses his place halfway through. Needed 3 cues (7 last wk).
            PT: 97116 = 16
            OT: 97530 = 24
            """,
            ["G20.A1", "F02.A0"], [PT("97116", 16), OT("97530", 24)], []),

        // Bayshore Pines three codes "97112: 16 · 97110: 15 · 97140: 10", all match; one-on-one for the 97112 (foam reaches, nudges; posterior postural control; Berg), leg strengthening with doses (quad weakness) and L shoulder grade II mobilisations and trap STM (capsular stiffness, can't get the arm in a sleeve; flexion before and after): passes.
        ["v6-h93-bayshore-three-codes"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Josephine Wautlet        Household: Trillium
            Came with: Dustin, CNA
            Assent: "go ahead"

            Who was in the room: Dustin; one-on-one with Josephine for the 97112.
            Neuro re-ed: foam stance reaching for cups; nudges from behind for a catch step. For:
            posterior postural control. Berg 43/56.
            Ther ex: sit-to-stand 3 x 8; long-arc quads with 2 lb 2 x 12 each. For: quad weakness.
            Manual: L shoulder inferior and posterior glides, grade II, 3 x 30 s; STM to the L upper
            trap. For: L shoulder capsular stiffness — the aides can't get her arm into a sleeve.
            Flexion 95° → 105° after.

            Minutes this visit → 97112: 16 · 97110: 15 · 97140: 10
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.B0", "M25.612"], [PT("97112", 16), PT("97110", 15), PT("97140", 10)], []),

        // Susquehanna Endicott "97530 × 2 units (24 min)" for the one timed code, matching; Lewy body dementia: floor-recovery practice (half-kneel to chair, side-sit to kneel, rise to the sofa, wife coaching) with counts and min assist; can't get up after a fall, hip extensor weakness and sequencing: passes.
        ["v6-h93-susq-units-and-minutes-97530"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Endicott office · PT visit
            Patient: Albert N., 78. Dementia with Lewy bodies. Jean with him.
            Capacity / consent: Albert assents; Jean (health care agent) consented.
            Intervention: floor recovery — side-sit to hands and knees, half-kneel to the chair, up to
            sit on the sofa cushion on the mat; x 4 with min assist; Jean coached the last two.
            Targets: can't get up after a fall (waited on the floor for the ambulance last month); hip
            extensor weakness; loses the order of the steps.
            Measures: 4 floor rises, min assist (max assist at eval).
            Billed: 97530 × 2 units (24 min).
            — A. Rao, PT, DPT
            """,
            ["G31.83", "F02.A0", "Z91.81"], [PT("97530", 24)], []),

        // Lake Harris Leesburg "Charges: neuromuscular re-ed (97112) — 19 minutes", minutes after the code and its description, matching; "1:1 the whole time"; foam head turns, gaze on a target while stepping, tandem perturbations; vestibular hypofunction with visual dependence; DGI; passes.
        ["v6-h93-lakeharris-charges-line-97112"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Leesburg office | PT daily note
            Pt: Frances G., 81 | Dx per MD: MCI | Accomp: friend from her street
            Consent: pt consents
            1:1 the whole time, no one else in the rm.
            Tx: foam stance w/ head turns; eyes on an X on the wall while stepping fwd & back; tandem w/
            perturbations at the shoulders.
            Imp: L vestibular hypofunction — leans on vision, dizzy turning her head at the pool.
            Obj: DGI 17/24.
            Charges: neuromuscular re-ed (97112) — 19 minutes
            """,
            ["G31.84", "H81.22"], [PT("97112", 19)], []),

        // Bayshore Pines, a PT's NMR and a PTA's gait on one visit as clock ranges on their own lines "NMR (PT) 13:02–13:24 · gait (PTA) 13:24–13:41" (22 and 17), both match; one-on-one for the NMR (foam catches, side nudges; lateral postural control; lateral reach and Berg) and loop-hall gait with distance and CGA (shuffle, veers): passes.
        ["v6-h93-bayshore-pt-and-pta-clock-ranges"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B) · PT + PTA
            Resident: Cecilia Jadin            Household: Juneberry
            Came with: Renee, CNA
            Assent: smiled, took the PTA's arm

            PT — one-on-one with Cecilia for the NMR. Foam stance catching a beanbag tossed to each side;
            side nudges at the hips for a side step. For: lateral postural control. Lateral reach
            L 10 cm / R 13 cm; Berg 38/56.
            PTA — walked the Juneberry loop 3 x 120 ft with her wheeled walker, contact guard; turns at
            the fish tank. For: shuffling steps, veers toward the R wall.

            Times: NMR (PT) 13:02–13:24 · gait (PTA) 13:24–13:41
            G. Vandenheuvel, PT / J. Kowalski, PTA
            """,
            ["G30.1", "F02.B0", "R26.89"], [PT("97112", 22), PTA("97116", 17)], []),

        // Bayshore Pines "Minutes this visit → 97112 neuromuscular re-ed: 30" against an 18-min line: mismatch; otherwise complete (one-on-one; counter weight shifts, wedge stance, pulls from behind; posterior lean; Berg and reach).
        ["v6-h93-bayshore-note-30-line-18"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Mathilde Delvaux         Household: Juneberry
            Came with: Mai, CNA
            Assent: "if you say so, honey"

            Who was in the room: Mai; one-on-one with Mathilde, no other resident.
            What we did: weight shifts forward at the counter to my hand; toes-down wedge stance; small
            pulls from behind for a forward recovery.
            What it's for: posterior lean — weight behind her heels.
            How we measured: Berg 41/56; forward reach 22 cm.

            Minutes this visit → 97112 neuromuscular re-ed: 30
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.B0", "R26.81"], [PT("97112", 18)], [At(Mismatch, "97112")]),

        // Susquehanna Owego OT "Intervention (OT, 97530, 35 min)" against a 22-min OT line: mismatch; otherwise complete (Switch bowling standing with L scanning; L inattention and standing tolerance; frames and uncued scans).
        ["v6-h93-susq-ot-35-against-22"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Owego office · OT visit
            Patient: Ruth A., 75. R hemisphere stroke; L neglect. Granddaughter with her.
            Capacity / consent: Ruth consents.
            Intervention (OT, 97530, 35 min): Switch Sports bowling standing at the TV — step forward on
            the L, swing, carry the weight forward; find the pins on the L before each throw.
            Targets: L inattention; keeps her weight on the R; standing tolerance.
            Measures: 10 frames standing; looked L without a cue on 8 of 10.
            — M. Dacey, OTR/L
            """,
            ["I69.312", "I69.354"], [OT("97530", 22)], [At(Mismatch, "97530")]),

        // Lake Harris Tavares "Timed min: 97110 = 15 | 97116 = 25" against lines of 15 and 12: the 97116 differs; both parts complete (strengthening with doses, quad weakness; SPC gait with distance and SBA, short step and wide base).
        ["v6-h93-lakeharris-gait-25-against-12"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Tavares office | PT daily note
            Pt: Joseph M., 84 | Dx per MD: Alzheimer's, mild | Accomp: dtr
            Consent: pt consents; dtr (HCS) agrees
            Ther ex: sit-to-stand 3 x 8; heel raises 2 x 15; seated knee ext w/ 3 lb 2 x 10 ea. Imp:
            quad weakness, slow to rise.
            Gait: SPC 2 x 200 ft on the golf-cart path, SBA. Deviations: short step, wide base.
            Timed min: 97110 = 15 | 97116 = 25
            """,
            ["G30.1", "F02.A0", "R26.89"], [PT("97110", 15), PT("97116", 12)], [At(Mismatch, "97116")]),

        // Bayshore Pines "Minutes this visit → 38 in the suite, neuro re-ed and chair practice together" for two timed codes: separate time missing; both parts complete (one-on-one; foam reaches, nudges; posterior postural control; Berg — dining-chair rises and dish passing with counts and CGA; quad weakness).
        ["v6-h93-bayshore-suite-total-only"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Genevieve Lemense         Household: Marsh Marigold
            Came with: Mai, CNA
            Assent: "oh, the exercise lady"

            Who was in the room: Mai; one-on-one with Genevieve for the 97112.
            Neuro re-ed: foam stance at the counter reaching for cups; nudges from behind. For:
            posterior postural control. Berg 41/56.
            Therapeutic activity: dining-chair rises x 8 with contact guard; standing at the table to
            pass dishes x 6. For: quads weak, can't stand from the dining chair.

            Minutes this visit → 38 in the suite, neuro re-ed and chair practice together
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.B0", "R26.81"], [PT("97112", 23), PT("97530", 15)], [SepTime]),

        // Susquehanna Vestal one clock range for two codes ("10:05–10:40 neuro re-ed and gait training"): separate time missing; both parts complete (one-on-one; reactive steps, foam; slow reactive steps; Mini-BESTest — hall and stair gait with distance and SBA; short step, trunk flexed).
        ["v6-h93-susq-one-range-for-two-codes"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Vestal office · PT visit
            Patient: Daniel F., 62. Early-onset Alzheimer's. Maria with him.
            Capacity / consent: assents; Maria (health care agent) consented.
            Attendance: one-on-one throughout, no other patient.
            Neuromuscular re-ed: lean-and-release into a step; foam stance with eyes closed. Targets slow
            reactive steps. Mini-BESTest 19/28.
            Gait training: hallway 3 x 150 ft and the clinic stairs x 2 flights, stand-by assist. Targets
            a short step with the trunk flexed.
            Time: 10:05–10:40 neuro re-ed and gait training.
            — A. Rao, PT, DPT
            """,
            ["G30.0", "F02.A0", "R26.89"], [PT("97112", 20), PT("97116", 15)], [SepTime]),

        // Lake Harris Leesburg "Timed min: 97110 = 14" and "97530 — see above" with no minutes for it: separate time missing; both parts complete (strengthening with doses, hip weakness; tub-bench transfers and grocery-bag carries with counts and CGA; can't get into the tub).
        ["v6-h93-lakeharris-minutes-for-one-of-two"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Leesburg office | PT daily note
            Pt: Dorothy D., 79 | Dx per MD: MCI | Accomp: husband Ed
            Consent: pt consents
            Ther ex: bridges 2 x 12; sidelying hip abd 2 x 10 ea; step-ups 4" 2 x 10. Imp: B hip abd &
            ext weakness.
            Ther act: tub-bench transfers in the bathroom mock-up x 5, CGA; carrying grocery bags from
            the car mock-up to the counter x 4. Imp: can't get in & out of the tub, drops the bags.
            Timed min: 97110 = 14
            97530 — see above
            """,
            ["G31.84", "M62.81"], [PT("97110", 14), PT("97530", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with diagnoses: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h93-empty-nmr-and-activity"] = new(
            "",
            ["G30.1", "F02.B0"], [PT("97112", 20), PT("97530", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97530")]),

        // Empty note on a PTA 97116 with no diagnosis: note missing and diagnosis missing.
        ["v7-h93-empty-pta-97116-no-dx"] = new(
            "",
            [], [PTA("97116", 17)], [At(NoteMissing, "97116"), Dx]),

        // A note field exported as spaces and CRLF line breaks only (cells are trimmed) on an OT 97530 with a diagnosis: note missing only.
        ["v7-h93-blank-field-crlf-ot-97530"] = new(
            "  \r\n\r\n    ",
            ["G31.84"], [OT("97530", 20)], [At(NoteMissing, "97530")]),

        // 97110's meaning on the Bayshore Pines note: weighted seated marches, dining-chair sit-to-stands, heel raises, counter side steps with loads, sets and distances (technique and measure), hip flexor and quad weakness with toes catching on the carpet edge and slow rises (deficit); 17 matches: passes.
        ["v7-h93-bayshore-97110-hip-and-knee"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Bernard Van Lanen        Household: Tamarack
            Came with: Dustin, CNA
            Assent: "let's get it over with"

            What we did: seated marches with 2 lb cuff weights 2 x 15 each; sit-to-stand from the dining
            chair 3 x 6; heel raises at the counter 2 x 12; side steps along the counter 2 x 10 ft each way.
            What it's for: hip flexor and quad weakness — his toes catch on the carpet edge in the
            Tamarack lounge and he is slow to get up from the table.

            Minutes this visit → 97110 therapeutic exercise: 17
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.B0", "M62.81"], [PT("97110", 17)], []),

        // 97530's meaning on the Susquehanna note: carrying the laundry basket to the washer, bending to unload loads, hanging shirts at shoulder height with distances, counts and SBA (technique and measure), can't do the laundry at home, back and hip weakness bending and loss of balance carrying the basket (deficit); 21 matches: passes.
        ["v7-h93-susq-97530-laundry"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Endicott office · PT visit
            Patient: Theresa W., 76. Mild cognitive impairment. Lives alone on the North Side.
            Capacity / consent: consents.
            Intervention (97530, 21 min): carrying the laundry basket from the "bedroom" end of the gym to
            the washer mock-up, 40 ft x 4, stand-by assist; bending to unload the washer into the basket
            x 3 loads; hanging shirts on hangers on the rod at shoulder height x 12.
            Targets: can't do her own laundry — low back and hip weakness bending into the washer; loses
            her balance carrying the basket.
            — A. Rao, PT, DPT
            """,
            ["G31.84", "M62.81"], [PT("97530", 21)], []),

        // 97140's meaning on the Lake Harris note: tibiofemoral AP glides by grade and bouts, patellar mobs, hamstring STM and contract-relax (technique), R knee extension stiffness after a TKA (deficit), extension and flexion degrees before and after (measure); 12 matches: passes.
        ["v7-h93-lakeharris-97140-knee-after-tka"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Tavares office | PT daily note
            Pt: Harold W., 79 | Dx per MD: MCI; R TKA | Accomp: wife
            Consent: pt consents
            Manual: tibiofemoral AP glides gr III 3 x 30 s; patellar mobs sup/inf & med/lat; STM to the
            R hamstrings; contract-relax into knee ext x 4.
            Imp: R knee ext stiffness after the TKA — can't straighten the knee at heel strike.
            Obj: R knee ext −12° → −7°; flex 98° → 104° after.
            Timed min: 97140 = 12
            """,
            ["Z96.651", "Z47.1", "G31.84"], [PT("97140", 12)], []),

        // 97116's meaning on the Bayshore Pines note: wheeled-walker gait in the household halls and on the courtyard path, thresholds and turns with distance and CGA (technique and measure), forward trunk, festination and freezing at doorways in Parkinson's disease dementia (deficit); 18 matches: passes.
        ["v7-h93-bayshore-97116-halls-and-courtyard"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Walter DeBauche          Household: Trillium (seen on the household)
            Assent: "lead the way"

            What we did: walked the Trillium halls with his wheeled walker 2 x 150 ft, then out the
            courtyard door over the threshold and along the path to the bench by the river 1 x 200 ft,
            contact guard; turns in a wide arc at the bench x 4; cued "step over my foot" at the door.
            What it's for: forward trunk and festinating steps; freezes in the doorway to the courtyard.

            Minutes this visit → 97116 gait training: 18
            G. Vandenheuvel, PT
            """,
            ["G20.A1", "F02.B0"], [PT("97116", 18)], []),

        // Generic 97112 in the Lake Harris shorthand: "NMR/balance trng as tolerated. Pt tol well. Cont POC." - no technique, deficit, number but its minutes, or one-on-one statement.
        ["v7-h93-lakeharris-generic-nmr"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Leesburg office | PT daily note
            NMR/balance trng as tolerated. Pt tol well. Cont POC.
            Timed min: 97112 = 20
            """,
            ["G31.84", "R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Susquehanna generic 97110 + 97530 with "Billing: 97110 — 15 min; 97530 — 12 min" (both match) and "Therapeutic exercise and therapeutic activities per plan of care. Patient participated and tolerated well." - nothing named for either code.
        ["v7-h93-susq-generic-ex-and-activity"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Vestal office · PT visit
            Therapeutic exercise and therapeutic activities per plan of care. Patient participated and
            tolerated well. Continue current plan.
            Billing: 97110 — 15 min; 97530 — 12 min.
            """,
            ["G30.1", "F02.A0"], [PT("97110", 15), PT("97530", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Bayshore Pines generic OT 97530 in the suite's headings: "What we did: functional activities per plan. What it's for: per plan of care. How we measured: progressing toward goals." - no activity, deficit or measure named.
        ["v7-h93-bayshore-generic-ot-97530"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient OT (Part B)
            Resident: Lorraine Wautlet         Household: Marsh Marigold
            Assent: yes

            What we did: functional activities per plan.
            What it's for: per plan of care.
            How we measured: progressing toward goals.

            Minutes this visit → 97530 therapeutic activities: 20
            P. Lee, OTR/L
            """,
            ["G30.1", "F02.B0"], [OT("97530", 20)], [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Bayshore Pines after a L hip fracture, "97112 neuromuscular re-ed: 18 · 97110 therapeutic exercise: 15", both match; one-on-one for the NMR (side nudges, foam turns to hand a cup, rope side-steps; lateral postural control; Berg and lateral reach) and hip abductor strengthening with doses (L abductor weakness, Trendelenburg): passes.
        ["vord-h93-bayshore-nmr-and-hip-ex"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Gertrude Lemense         Household: Juneberry
            Came with: Renee, CNA
            Transport log: left Juneberry 13:30 · back 14:15
            Assent: "you again!" — laughing

            Who was in the room: Renee; one-on-one with Gertrude for the 97112, no other resident.
            Neuro re-ed: side nudges at the hips for a side step; standing on foam turning to hand Renee a
            cup to each side; side-stepping over a rope. For: lateral postural control — she fell sideways
            in the dining room in January and broke her L hip. Berg 40/56; lateral reach L 12 cm.
            Ther ex: side-lying hip abduction 2 x 10 each; standing hip abduction at the counter with a
            yellow band 2 x 12; bridges 2 x 10. For: L hip abductor weakness since the fracture —
            Trendelenburg on the L.

            Minutes this visit → 97112 neuromuscular re-ed: 18 · 97110 therapeutic exercise: 15
            G. Vandenheuvel, PT
            """,
            ["G30.1", "F02.B0", "S72.002D"], [PT("97112", 18), PT("97110", 15)], []),

        // Bayshore Pines PTA, vascular dementia, rollator walk on the courtyard path to the river overlook with distance and SBA, curb cut and grass edge with CGA, bench sit-to-stand; short steps that shorten with fatigue and a R foot drag on turns; 20 matches: passes.
        ["vord-h93-bayshore-pta-river-overlook-97116"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B) · PTA visit
            Resident: Albert Vandenberg        Household: Tamarack
            Came with: Dustin, CNA
            Assent: "the river? sure"

            What we did: walked the courtyard path to the river overlook with his rollator, 2 x 250 ft,
            stand-by assist; the curb cut and the grass edge x 4 with contact guard; sat on the bench,
            stood up and walked back.
            What it's for: slow, short steps that get shorter as he tires; the R foot drags on the turns.

            Minutes this visit → 97116 gait training: 20
            J. Kowalski, PTA
            """,
            ["F01.A0", "R26.89"], [PTA("97116", 20)], []),

        // Susquehanna Johnson City, Lewy body dementia on a foggy morning: "he was my only patient for the 97112"; step-outs to pulls from every direction, foam head nods, paused sit-to-stands with a weight shift; delayed automatic postural responses and multistep backward recovery; Mini-BESTest and pull test; 21 matches: passes.
        ["vord-h93-susq-lewy-body-nmr"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Johnson City office · PT visit
            Patient: Leonard P., 77. Dementia with Lewy bodies. Son Mark with him.
            Capacity / consent: Leonard agreed; Mark (health care proxy) present.
            Cognition today: foggy at the start, alert by the end — Mark says mornings are worse.
            Attendance: he was my only patient for the 97112.
            Intervention (97112, 21 min): step-outs to pulls from front, back and both sides; foam stance
            with head nods; sit-to-stand with a pause and a weight shift before the first step.
            Targets: delayed automatic postural responses; takes several small steps to recover backward.
            Measures: Mini-BESTest 15/28; pull test 3 steps.
            — A. Rao, PT, DPT
            """,
            ["G31.83", "F02.A0"], [PT("97112", 21)], []),

        // Susquehanna Vestal, early-onset Alzheimer's with a R frozen shoulder, "Billing: 97140 — 10 min; 97110 — 15 min", both match; GH glides by grade and bouts, scapular mobs, subscapularis STM; pulleys, cane ER, wall slides, banded rows with doses; capsular hypomobility, can't tuck in his shirt; ER and flexion degrees: passes.
        ["vord-h93-susq-frozen-shoulder-manual-and-ex"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Vestal office · PT visit
            Patient: Gary B., 64. Early-onset Alzheimer's; R adhesive capsulitis. Wife Lynn with him.
            Capacity / consent: Gary consents; Lynn agrees.
            Manual therapy: R GH posterior and inferior glides grade III 3 x 30 s; scapular mobs; STM to
            the subscapularis.
            Therapeutic exercise: pulleys into flexion 2 x 15; supine cane ER 2 x 12; wall slides 2 x 10;
            rows with a red band 3 x 10.
            Targets: R capsular hypomobility — can't reach behind to tuck in his shirt or into the back
            seat for his coat.
            Measures: ER 20° → 28°; flexion 110° → 118° after the manual work.
            Billing: 97140 — 10 min; 97110 — 15 min.
            — A. Rao, PT, DPT
            """,
            ["M75.01", "G30.0", "F02.A0"], [PT("97140", 10), PT("97110", 15)], []),

        // Susquehanna Endicott OT, an IBM toolmaker with MCI: workbench mock-up (screw sorting into drawer bins, pegboard hanging at shoulder height, toolbox carries) with counts and a load; standing balance reaching overhead and R shoulder weakness, drops tools; OT 23 matches: passes.
        ["vord-h93-susq-ot-workbench-97530"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Endicott office · OT visit
            Patient: Kenneth D., 76. Mild cognitive impairment. Toolmaker at IBM for 30 years; the
            workbench in his garage is his goal.
            Capacity / consent: consents.
            Intervention (OT, 97530, 23 min): standing at the workbench mock-up sorting screws into the
            drawer bins x 40; hanging tools on the pegboard at shoulder height x 12; carrying a 10 lb
            toolbox 50 ft x 4.
            Targets: standing balance when he reaches overhead; R shoulder weakness — drops tools off the
            pegboard.
            — M. Dacey, OTR/L
            """,
            ["G31.84", "M62.81"], [OT("97530", 23)], []),

        // Lake Harris Mount Dora, a retired Buffalo teacher with MCI who wants to walk the beach with her grandkids: "1:1 — only pt treated during the 97112"; crash-mat walking forward and back, foam eyes closed, head turns on the mat, stepping off the mat; somatosensory and postural control on soft ground; FGA and mCTSIB; 22 matches: passes.
        ["vord-h93-lakeharris-crash-mat-nmr"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Mount Dora office | PT daily note
            Pt: Barbara Z., 76 | Dx per MD: MCI | Accomp: husband
            Consent: pt consents
            S: retired 4th-grade teacher from Buffalo. Wants to walk the beach at Clearwater w/ the
            grandkids at Easter.
            1:1 — only pt treated during the 97112.
            Tx: walking on the crash mat fwd & bwd; foam stance EC; head turns while walking on the mat;
            stepping down off the mat to the floor.
            Imp: somatosensory & postural control on soft, uneven ground — staggers in sand.
            Obj: FGA 21/30; mCTSIB foam EC 12 s.
            Timed min: 97112 = 22
            """,
            ["G31.84", "R26.81"], [PT("97112", 22)], []),

        // Lake Harris Tavares after a L TKA, "Timed min: 97110 = 15 | 97140 = 10", both match; quad sets with holds, weighted SAQ, heel slides, step-ups; patellar mobs, tibiofemoral glides by grade and bouts, quad STM; L quad weakness and flexion stiffness; flexion degrees before and after: passes.
        ["vord-h93-lakeharris-tka-ex-and-manual"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Tavares office | PT daily note
            Pt: Anthony R., 78 | Dx per MD: MCI; L TKA 6 wks ago | Accomp: wife
            Consent: pt consents
            Ther ex: quad sets 2 x 10 w/ 5 s holds; SAQ w/ 2 lb 2 x 12; heel slides 2 x 15; step-ups 4"
            2 x 10.
            Manual: patellar mobs; tibiofemoral AP glides gr III 3 x 30 s; STM to the L quad.
            Imp: L quad weakness & knee flexion stiffness after the TKA — can't bend enough to get into
            the golf cart.
            Obj: L knee flex 92° → 99° after manual.
            Timed min: 97110 = 15 | 97140 = 10
            """,
            ["Z96.652", "Z47.1", "G31.84"], [PT("97110", 15), PT("97140", 10)], []),

        // Lake Harris Tavares PTA, mild Alzheimer's: leg press, banded hip abduction and extension, step-ups, seated rows with loads and doses; B hip and quad weakness, can't climb the steps into the pool house; 17 matches on the PTA line: passes.
        ["vord-h93-lakeharris-pta-ther-ex-97110"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Tavares office | PTA daily note
            Pt: George A., 83 | Dx per MD: Alzheimer's, mild | Accomp: dtr-in-law
            Consent: pt consents
            Ther ex: leg press 50 lb 3 x 10; standing hip abd & ext w/ red band 2 x 12 ea; step-ups 6"
            2 x 10; seated rows 3 x 12. Min VC to keep count; same cue repeated each set.
            Imp: B hip & quad weakness — can't climb the steps into the pool house.
            Timed min: 97110 = 17 (PTA)
            """,
            ["G30.1", "F02.A0", "M62.81"], [PTA("97110", 17)], []),

        // Bayshore Pines OT 97110 for a Marsh Marigold resident: dowel chest press with a load, seated push-ups from the chair arms, banded elbow extension with doses; B triceps and shoulder weakness, can't push up from the chair arms; OT 14 matches: passes.
        ["vord-h93-bayshore-ot-arms-97110"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient OT (Part B)
            Resident: Marie DeBauche           Household: Marsh Marigold
            Came with: Mai, CNA
            Assent: "what are we lifting today?"

            What we did: chest press with a 2 lb dowel 2 x 12; seated push-ups from the chair arms 3 x 5;
            elbow extension with a yellow band 2 x 15 each arm.
            What it's for: B triceps and shoulder weakness — she can't push up from the chair arms to
            stand, so the aides lift her under the arms.

            Minutes this visit → 97110 therapeutic exercise: 14
            P. Lee, OTR/L
            """,
            ["G30.1", "F02.B0", "M62.81"], [OT("97110", 14)], []),

        // Susquehanna Owego PTA, a L hemiparesis with memory deficits after a stroke: quad-cane hall gait with distance and SBA, parking-lot curb with CGA, cued to look up and count; short L step, lean to the L, toe catch; 19 matches on the PTA line: passes.
        ["vord-h93-susq-pta-hall-and-curb-97116"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Owego office · PTA visit
            Patient: Frank V., 71. R hemisphere stroke; memory deficits; L hemiparesis.
            Capacity / consent: consents.
            Intervention (97116, 19 min): hallway 3 x 150 ft with a quad cane, stand-by assist; the
            parking-lot curb up and down x 4 with contact guard; cued to look up and count his steps.
            Targets: short L step, trunk lean to the L, catches the L toe.
            — K. Brennan, PTA
            """,
            ["I69.311", "I69.354"], [PTA("97116", 19)], []),

        // Lake Harris town-square office three codes "97112 = 15 | 97530 = 13 | 97116 = 12", all match; 1:1 for the 97112 (foam head turns, tandem perturbations; postural control with visual reliance; Berg), golf-cart seat transfers and step-ins with counts and SBA (hip weakness, loses balance turning to sit), SPC gait on the cart path with distance and SBA (short slow step): passes.
        ["vord-h93-lakeharris-three-codes"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Sabal Trace Town Square office | PT daily note
            Pt: Frank T., 81 | Dx per MD: amnestic MCI | Accomp: wife Joan
            Consent: pt consents; Joan (HCS) agrees w/ POC
            1:1 for the 97112, no other pt.
            NMR: foam stance w/ head turns; tandem w/ perturbations at the shoulders. Imp: postural
            control — leans on vision. Obj: Berg 46/56.
            Ther act: golf-cart seat mock-up — turn, sit & swing the legs in x 5, SBA; step up into the
            cart w/ the grab handle x 5. Imp: hip weakness; loses balance turning to sit.
            Gait: SPC 2 x 200 ft on the cart path, SBA. Deviation: short, slow steps.
            Timed min: 97112 = 15 | 97530 = 13 | 97116 = 12
            """,
            ["G31.84", "Z91.81"], [PT("97112", 15), PT("97530", 13), PT("97116", 12)], []),

        // Bayshore Pines complete 97112 (one-on-one; backward nudges, wedge stance, leaf stepping; posterior postural control; TUG and catches) sent with no diagnosis.
        ["vord-h93-bayshore-complete-no-dx"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B)
            Resident: Henrietta Jadin          Household: Trillium
            Came with: Dustin, CNA
            Assent: "all right"

            Who was in the room: Dustin; one-on-one with Henrietta, nobody else treated.
            What we did: small nudges from behind for a step back; standing on the wedge toes-down;
            stepping onto the paper leaves.
            What it's for: posterior postural control — tips back when she stands from the table.
            How we measured: TUG 18.3 s; caught 4 of 6 nudges with one step.

            Minutes this visit → 97112 neuromuscular re-ed: 20
            G. Vandenheuvel, PT
            """,
            [], [PT("97112", 20)], [Dx]),

        // Susquehanna complete 97110 (step-ups, eccentric step-downs, leg press with doses; B quad weakness on the stairs) with the legacy ICD-9 code 331.0 on the claim: not a well-formed ICD-10-CM code.
        ["vord-h93-susq-icd9-331-0"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Vestal office · PT visit
            Patient: Rita S., 80. Alzheimer's disease. Daughter with her.
            Capacity / consent: Rita assents; daughter (health care agent) consented.
            Intervention (97110, 16 min): step-ups 6-inch 3 x 10; eccentric step-downs off 4 inches 2 x 8
            each; leg press 40 lb 3 x 10.
            Targets: B quad weakness — she comes down the stairs one at a time, sideways.
            — A. Rao, PT, DPT
            """,
            ["331.0"], [PT("97110", 16)], [Dx]),

        // Lake Harris generic two-code note "Ther ex & ther act per POC. Pt tol well, no c/o. Cont POC. Total timed: 28 min": no technique, deficit or measure for either code, no minutes for each.
        ["vord-h93-lakeharris-generic-two-codes-total"] = new(
            """
            LAKE HARRIS GERIATRIC ASSOC — REHAB | Leesburg office | PT daily note
            Ther ex & ther act per POC. Pt tol well, no c/o. Cont POC.
            Total timed: 28 min
            """,
            ["G31.84"], [PT("97110", 15), PT("97530", 13)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // Bayshore Pines PTA "Minutes this visit → 97116 gait training: 28" against a 16-min PTA line: mismatch; loop-hall walks with distance and contact guard, fish-tank turns; shuffling and a drift to the L wall complete.
        ["vord-h93-bayshore-pta-gait-28-against-16"] = new(
            """
            Bayshore Pines · Therapy Suite · outpatient PT (Part B) · PTA visit
            Resident: Loretta Wautlet          Household: Juneberry (seen on the household)
            Assent: yes, after her coffee

            What we did: walked the Juneberry loop hall with her wheeled walker 3 x 120 ft, contact guard;
            turns around the fish tank both ways.
            What it's for: shuffling steps; drifts to the L wall.

            Minutes this visit → 97116 gait training: 28
            J. Kowalski, PTA
            """,
            ["G30.1", "F02.B0", "R26.89"], [PTA("97116", 16)], [At(Mismatch, "97116")]),

        // Susquehanna Vestal "Intervention (97140, 22 min)" against a 10-min line: mismatch; GH glides by grade and bouts and subscapularis STM, R capsular hypomobility, ER degrees before and after complete.
        ["vord-h93-susq-manual-22-against-10"] = new(
            """
            SUSQUEHANNA NEUROLOGY GROUP — Memory & Movement Clinic — Rehabilitation
            Vestal office · PT visit
            Patient: Gary B., 64. Early-onset Alzheimer's; R adhesive capsulitis. Lynn with him.
            Capacity / consent: Gary consents.
            Intervention (97140, 22 min): R GH posterior and inferior glides grade III 3 x 30 s; STM to
            the subscapularis.
            Targets: R capsular hypomobility — can't reach behind his back.
            Measures: ER 22° → 29° after.
            — A. Rao, PT, DPT
            """,
            ["M75.01", "G30.0", "F02.A0"], [PT("97140", 10)], [At(Mismatch, "97140")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
