using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The ninety-sixth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of direct-access and primary-contact physical therapy — patients who came without a
/// physician's referral and were screened, evaluated and treated by the PT at first contact: an emergency department's
/// PT called to the bays for acute low back pain, ankle and knee sprains, dizziness and falls (red-flag screens for
/// cauda equina and fracture, the Ottawa ankle, foot and knee rules, the Canadian C-spine rule, HINTS at the bedside,
/// the manipulation clinical prediction rule, referral-out decisions to imaging and to orthopaedics, an evaluation and
/// treatment in one visit, a disposition home, to home health or to a follow-up), an urgent-care chain's
/// musculoskeletal PT seeing walk-ins after the APP's triage and film read, a private practice in a state whose
/// practice act sets no referral, time or visit limit (a direct-access screen, a Medicare plan of care sent to the
/// physician for certification and still pending, evaluation and treatment the same day, discharge to self-management
/// after two or three visits) and a primary-care clinic's first-contact PT booked in place of a family-physician visit
/// (an MSK pathway, problem-numbered notes, imaging judged not indicated, return precautions, the PCP routed for FYI) —
/// about two thirds ordinary and complete (66 of 103), single- and multi-code visits (97110, 97112, 97116, 97140,
/// 97530, up to three in a visit, a PT's and a PTA's code on one visit and a PT's and an OT's code on one morning), by
/// PTs, PTAs and OTs, from four employers:
/// <list type="number">
/// <item>a Midwest hospital's emergency department with a PT on its staff ("Winnebago Shores Regional Medical Center —
/// Emergency Department", WSRMC: the Oshkosh main ED, the Neenah campus ED and a freestanding ED in Fond du Lac,
/// Wisconsin) — an "ED PHYSICAL THERAPY — CONSULT &amp; TREAT" note with its department, bay or room and consulting ED
/// attending, "Reason for consult", a red-flag screen written out or as an [x] checklist, the Ottawa rules as boxes,
/// HINTS, "Treatment (billed):" bullets with "• 97112 neuromuscular re-education — 16 min", "Impairment:",
/// "Measures:" and "Dispo:": a milk-truck driver with vestibular neuritis, a widow who slipped at the kitchen sink, a
/// dairy farmer with Parkinson's who falls backward in the milkhouse, a snowblower lifted into a truck bed, a
/// curling-club bonspiel, a bleacher at the hockey rink and a Jones fracture sent to ortho, an osteoporotic L1
/// fracture from a bag of water-softener salt, a paper-mill machine tender who couldn't get off the cart, a locked
/// neck and a blind spot, a pubic ramus fracture on the church steps, an icy step outside the bowling alley, an old
/// auger hole ice fishing on the lake, a snowmobile, a rear-end collision on Hwy 41 and a chest freezer down the
/// basement stairs;</item>
/// <item>an urgent-care chain's sports and musculoskeletal PT ("RedClay Urgent Care + Sports PT": Marietta, Smyrna,
/// Decatur, Lawrenceville and Alpharetta, Georgia) — a walk-in template with "▸ Story", "▸ Session format ▾"
/// dropdowns, "▸ Treated today" rows written "97112 · neuromuscular re-ed · 18 min" with dashed items, "▸ Problem"
/// and "▸ Numbers": a high-school defender, a boulderer, a curb after the ballgame, pickup basketball and a kneecap
/// that slipped, church-league flag football, a bench press, a trail runner's downhill switchbacks, morning
/// pickleball, a hairdresser's blow-dryer, a softball sprint to first, a season-ticket holder on the ballpark steps
/// with two drinks, an airline ramp agent at the belt loader, a college dance team's plié, a volleyball tournament, a
/// film-crew grip laying dolly track, a roofer with shingle bundles, a taco truck's propane tanks, league tennis and
/// a teacher on the bleachers at a pep rally;</item>
/// <item>a direct-access private practice ("Pioneer Valley Direct Access PT": Northampton, Amherst, Holyoke and
/// Greenfield, Massachusetts) writing lower-case notes — "direct access — no referral (MA)", "why she's here:",
/// "screen:", "what we did — 97112, 17 min:", "numbers:", "the problem:", "next:" and a signature in lower case — with
/// a direct-access checklist of ☑ and ☐ boxes: a rear-end collision on Route 9, two stumbles on the rail trail, an
/// envelope-plant press operator on the loading-dock plates, a line cook in the walk-in cooler, an asparagus grower
/// in Hadley, a contra dancer at a grange dance, a retired librarian's stairs, firewood and a splitter, garlic planting,
/// a college student who fell skating on the pond, a piano teacher's lesson day, a retired orchard foreman, a city bus
/// mechanic, a maple sugarer's sap buckets, a carpenter framing a roof, a Spanish-speaking grandmother on the icy
/// back steps of her triple-decker, a university groundskeeper and a school-bus driver;</item>
/// <item>a primary-care group's first-contact PT and OT ("Mid-Valley Family Medicine — First-Contact Physical
/// Therapy": Corvallis, Albany, Lebanon and Salem (Keizer), Oregon) — problem-numbered notes ("#1 …") with "CC:",
/// "Screen:", "Tx: 97110 therapeutic exercise, 16 min — …", "Finding:", "Measure:", "Plan:", imaging judged not
/// indicated, return precautions and the PCP routed for FYI: a grass-seed warehouse worker, a Christmas-tree farm and
/// its tops to shear, a state DMV clerk lifting her grandson, a metals-plant lot, a med-surg nurse boosting patients,
/// a third-floor walk-up near campus, a flower booth at the Saturday market, a hazelnut harvester's pickup head, club
/// rugby, a log-truck driver's mirror, a wholesale plant nursery's plug trays, a hop yard, a choir loft, a new
/// father's bassinet and a gravel drive to the mailbox.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h96-…): one-on-one in these writers' own words ("Curtain pulled; I was with this pt only for the
/// whole 97112 — no other ED pt seen by PT until it was done", "she was the only patient I treated during the 97112,
/// start to finish", "just the two of us in the back treatment room for all of the NMR", "the PTA worked 1:1 with him
/// for every minute of the NMR; nobody else on her schedule for that slot", "Door closed; PT with pt alone throughout
/// the neuromuscular re-ed — no one else treated", "Hands-on with him one-on-one for the full NMR; no other patient
/// seen by me during it" with his daughter at the bedside), notes that negate it (the PT stepping over to bay 9 to get
/// another patient up to the commode, two walk-ins worked in together with the PT going back and forth, a Steady
/// Steps fall-prevention group of five) or never state it (a husband watching from the chair, a pickup-basketball
/// knee), and the codes without a one-on-one check (only 97112 is the one-on-one code in the shipped medicare
/// profile): a 97110 with another walk-in on the bike and a 97110 in a Back Basics class of six;</item>
/// <item>class 2 (v2-h96-…): template states: "Session format ▾ Individual — 1 patient : 1 PT" and "▾ Concurrent — 2
/// patients : 1 PT" dropdowns, an ED low-back red-flag checklist of [x] boxes with one left empty, the Ottawa ankle and
/// foot rules as four empty boxes and one ticked, a "numbers: ____________" line left blank with no number anywhere,
/// "Impairment addressed: ▾ — select —" left unselected with no deficit anywhere, "Timed minutes: 97110 [ 15 ] 97140
/// [ 10 ]" filled and "97110 [    ] 97530 [    ]" left empty, a direct-access checklist with "Medicare B — plan of care
/// sent to PCP … for certification; pending" ticked, an ED disposition radio group with "(●) Home with home health PT",
/// "[ ] 1:1 constant attendance for 97112" left unticked, and a "goal addressed ▾" dropdown on a 97530;</item>
/// <item>class 3 (v3-h96-…): named protocols, programmes and devices as techniques (MDT repeated extension in lying
/// with overpressure, Mulligan SNAGs, the Alfredson heel-drop protocol, the Tyler twist with a FlexBar, a Childs
/// lumbopelvic thrust after the manipulation prediction rule in the ED, blood-flow restriction with a Delfi cuff at
/// 30/15/15/15, an Aircast CAM boot with crutches after the Ottawa foot rule found a Jones fracture, McGill's big 3,
/// the Askling L-protocol), Williams flexion exercises with no dose, Maitland oscillations with no grade or number,
/// and BOSU and Airex work with no deficit;</item>
/// <item>class 4 (v4-h96-…): deficits stated as findings in these writers' terms (couldn't get off the ED cart or out
/// of his pickup in the ambulance bay, can't turn to check the blind spot to drive home, an ankle that rolls on the
/// ballpark's concrete steps when he carries two drinks, a ramp agent who can't sling bags into the belt loader, a
/// knee that gives on the pivot of a contra-dance swing, a toddler she can't lift into the car seat, kneeling to clear
/// a hazelnut harvester's pickup head, reaching up to shear the tops of Christmas trees) and notes that state none (a
/// discharge to self-management with "No deficits found — all goals met", a rugby return-to-play screen with "no
/// impairment identified. Cleared.", a tournament recheck with "Nothing left to treat — no deficit found");</item>
/// <item>class 5 (v5-h96-…): measures in their usual forms (4-m gait speed with a walker in the ED, single-leg hop
/// distance and LSI, SLR degrees and fingertip-to-floor cm, Jamar grip and the nine-hole peg test, 5xSTS, FGA with DVA
/// lines and mCTSIB seconds, a weight-bearing lunge in cm) and notes with none ("Says walking is easier with the
/// cane; his wife agrees", "Numbers: —" with "Says the ankle feels more solid on the sidewalk", "she says the hip feels
/// freer", "Looks less guarded today");</item>
/// <item>class 6 (v6-h96-…): minutes in their usual forms ("• 97116 gait training — 13 min" and "• 97530 therapeutic
/// activities — 11 min" after an evaluation code written as untimed, "8 min before she went to x-ray for the wrist + 7
/// min after she came back = 15 min", three "97140 · manual therapy · 11 min" rows, "97140 (PT), 12 min" beside
/// "97110 (PTA), 16 min", a PT's and an OT's code under "#1" and "#2", "timed min: 97112 16 + 97110 13 = 29", "Manual
/// therapy … (97140): 11 minutes") and true mismatches (an ED 97530 of 25 against 12, an OT's 97110 of 30 against 16,
/// a second code's 22 against 10) and truly missing separate time ("Total timed: 28 min for the visit", a 97530 item
/// with no minutes beside a 97116 with them, "Timed total: 25 min, the two together");</item>
/// <item>class 7 (v7-h96-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check, one of them a cell of line breaks and spaces), the contract's meanings for 97110 (low-back exercises in the
/// ED for the drive home), 97530 (garden-center lifting, a flatbed cart and high shelves), 97140 (glenohumeral glides
/// for a maple sugarer) and 97116 (cane gait on a curb, a ramp and gravel after a lateral malleolus fracture), and
/// wholly generic notes: a one-line ED "Balance training done at the bedside" 97112, a 97110 + 97140 with minutes for
/// each and nothing else, a first-contact 97530 "functional training as tolerated";</item>
/// <item>ordinary (vord-h96-…): complete notes of the four employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (845.00), a generic two-code
/// note with only a timed total, an ED 97116 of 28 against 14, a PTA's 97110 of 26 against 14.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry numbers that are not the code's — bay and room numbers, ages, days and weeks
/// since an injury or surgery, visit counts ("visit 2", "visit 3 of 3"), the Ottawa rules' four steps, the Canadian
/// C-spine rule's age and 45°, the Ottawa knee rule's age and 90°, the manipulation rule's days, FABQ-W score and hip
/// rotation, an evaluation code (97161) written as untimed with no minutes beside it, spinal levels, highway and route
/// numbers, heights of steps and boxes, loads in pounds, a 12-hour shift, blood-flow-restriction repetitions and cuff
/// pressures, results from earlier visits and an ICD-9 code — and each is written so that a reviewer cannot take it for a
/// code's minutes; a visit's timed total stands on its own line, next to no code; the notes failed for want of a
/// measure carry no number but their code's and its minutes; no note gives minutes to an evaluation, a screen, a
/// film, a wait for imaging, a rest, an exercise or an ED stay.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes
/// the measure check only on an objective measure with a number and fails it only when the note has no number but
/// its code, its minutes and numbers that are plainly something else; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes:
/// a family member, caregiver or staff escort in the room does not undo a one-on-one statement, another patient
/// treated in the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside
/// the billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a
/// measure without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only
/// number, a cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the
/// whole of a 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time
/// with one timed code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test,
/// canalith repositioning, three-character or dotless diagnosis codes, and any line with a code that has no
/// documentation profile (evaluations, crutch and boot issue, imaging, modalities and group classes stay in the notes,
/// never on a line).
/// This set also leaves out whether a patient may be seen without a referral at all and for how long (a state
/// practice act's question), whether a Medicare visit under a plan of care not yet certified is payable (a coverage
/// question, not the note's), whether an evaluation billed with treatment on the same day is coded right and whether a
/// Back Basics class's 97110 or a Steady Steps group's 97112 belongs on 97150 (coding questions, not the note's), a
/// visit where the screen sent the patient out with no treatment, a red-flag screen, an Ottawa or C-spine rule or
/// HINTS as a note's only deficit or only measure, a diagnosis named in the note as its only deficit, and a pain
/// rating or a questionnaire score (FABQ, ODI, NDI) as a note's only number.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 101 of 103 cases agree (101 needed), and 2 of the 66 notes the reviewer passes got a finding, on the analyzer of 69d06ab (the start of the 2026-12-06 fifteenth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 103 of 103, no false positive — "until it was done" is to the end of the service (not a part of it); a part's longer qualifier in its clause ("8 min before she went to x-ray for the wrist + 7 min after she came back = 15 min").</para>
/// </summary>
public class HeldOutNotesIssue18NinetySixthTests(ITestOutputHelper output)
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

        // WSRMC Oshkosh ED, bay 4, milk-truck driver with acute constant vertigo, HINTS peripheral at the bedside: "Curtain pulled; I was with this pt only for the whole 97112 — no other ED pt seen by PT until it was done"; X1 viewing seated and standing, head-turn hallway walking, feet-together stance on a folded blanket; R vestibular hypofunction with gaze instability; DVA lines, eyes-closed seconds, LOB count; 16 min matches: passes.
        ["v1-h96-wsrmc-oshkosh-bay-4-curtain-pulled"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: OSH ED · Bay 4            Consult from: T. Halvorsen, MD (ED attending)
            Reason for consult: constant vertigo since yesterday AM, CTA head neg; ? peripheral, ? safe to walk out
            Hx: 52 y/o, drives a milk-truck route out of Van Dyne. Woke with the room spinning, vomited x2, worse with any head movement. No new hearing loss, diplopia, dysarthria or limb weakness.
            HINTS (PT at bedside): head impulse — corrective saccade to the R (abnormal); nystagmus — L-beating horizontal, same direction in every gaze; test of skew — no vertical refixation. Peripheral pattern; Dr. Halvorsen aware and agrees.
            PT impression: acute R vestibular neuritis — R vestibular hypofunction, gaze instability and postural sway with head turns.
            Curtain pulled; I was with this pt only for the whole 97112 — no other ED pt seen by PT until it was done.
            Treatment (billed):
              • 97112 neuromuscular re-education — 16 min
                X1 viewing, horizontal, business card at arm's length, seated then standing at the cart rail; walking the ED hallway with horizontal head turns, CGA; feet-together stance on a folded blanket, eyes open then closed.
            Measures: DVA (wall Snellen) 4 lines lost with head turns at 2 Hz; feet together EC 7 sec; 120 ft of hallway with head turns, 2 LOB corrected by PT.
            Dispo: home with his wife, no driving tonight. Gaze-stabilization HEP handout. Direct-access f/u WSRMC Rehab Oshkosh vestibular clinic this week.
            — L. Thao, PT, DPT
            """,
            ["H81.21"], [PT("97112", 16)], []),

        // WSRMC Neenah ED, widow after a ground-level fall at the kitchen sink, CT and hip films negative: "Partway through, PT stepped over to bay 9 to get that pt up to the commode, then came back to finish" — another patient treated inside the billed block, and nothing states one-on-one; nudges for a stepping strategy, narrow stance eyes closed, 360° turns; delayed stepping and impaired postural control; TUG, tandem, turn steps present: one-on-one missing.
        ["v1-h96-wsrmc-neenah-stepped-out-to-bay-9"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: NEE ED · Bay 12           Consult from: P. Lor, DO (ED attending)
            Reason for consult: ground-level fall at home, CT head/C-spine neg, hip films neg; ? safe for dispo home
            Hx: 84 y/o widow, lives alone in a ranch house in Menasha. Slipped turning at the kitchen sink; second fall since Christmas.
            Treatment (billed):
              • 97112 neuromuscular re-education — 15 min
                Standing at the cart rail: lateral and posterior nudges at the pelvis to train a stepping strategy; narrow stance eyes closed; turning 360° both ways with a step-around cue.
                Partway through, PT stepped over to bay 9 to get that pt up to the commode, then came back to finish.
            Impairment: delayed, short stepping response to posterior nudges — postural control impaired; relies on vision in narrow stance.
            Measures: TUG 17.4 sec with her cane; 4-stage balance test — tandem held 3 sec; 360° turn in 9 steps.
            Dispo: home, son staying with her tonight; outpatient PT referral placed; home-safety handout.
            — M. Xiong, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 15)], [At(OneOnOne, "97112")]),

        // RedClay Marietta walk-in, high-school defender whose L ankle gives way on the turf: "she was the only patient I treated during the 97112, start to finish"; Airex catches off a rebounder, star excursion reaches, hop-and-hold to a called line; L ankle proprioception and peroneal reaction; SLS seconds and SEBT cm; 18 min matches: passes.
        ["v1-h96-redclay-marietta-only-patient-i-treated"] = new(
            """
            RedClay Urgent Care + Sports PT — Marietta (Roswell Rd)
            Walk-in · same-day PT, no referral needed (APP on site)
            APP: J. Okafor, PA-C — L ankle films read neg for fx on Monday
            ▸ Story: 17 y/o, high-school soccer (defender). Rolled the L ankle into inversion in a tackle Saturday; walks on it fine, but it gives way on the turf when she cuts.
            ▸ Session format: she was the only patient I treated during the 97112, start to finish.
            ▸ Treated today
               97112 · neuromuscular re-ed · 18 min
                 – single-leg stance on the Airex catching throws off a rebounder
                 – star excursion reaches (ant / PM / PL) standing on the L
                 – lateral hop-and-hold onto tape lines, direction called by me at the last moment
            ▸ Problem: L ankle proprioception and peroneal reaction down after the inversion sprain
            ▸ Numbers: SLS eyes closed L 5 s / R 22 s; SEBT anterior reach L 61 cm / R 70 cm
            ▸ Plan: two more visits, lace-up brace for practice, HEP in the app
            D. Whitfield, PT, DPT, SCS
            """,
            ["S93.402D"], [PT("97112", 18)], []),

        // RedClay Smyrna: "two walk-ins worked in together — this pt on the balance stations while the other pt did his band work; I went back and forth between them" — concurrent, not one-on-one; BOSU stance with head turns, tilt-board control eyes closed, step-down to a stick; R ankle proprioception and slow peroneal response; SLS and tilt-board catches present: one-on-one missing.
        ["v1-h96-redclay-smyrna-two-walk-ins-alternated"] = new(
            """
            RedClay Urgent Care + Sports PT — Smyrna (Spring Rd)
            Walk-in · same-day PT
            ▸ Story: 24 y/o, rolled the R ankle stepping off a curb after the ballgame; 9 days out, APP's films neg for fx.
            ▸ Session format: two walk-ins worked in together — this pt on the balance stations while the other pt did his band work; I went back and forth between them.
            ▸ Treated today
               97112 · neuromuscular re-ed · 16 min
                 – BOSU (dome up) single-leg stance with head turns
                 – tilt-board inversion/eversion control, eyes closed
                 – lateral step-down off a 6-in box to a stick
            ▸ Problem: R ankle proprioception impaired; slow peroneal response to tilt
            ▸ Numbers: SLS eyes closed R 6 s / L 25 s; tilt board 10 of 15 tilts caught without a touch-down
            ▸ Plan: recheck Friday
            T. Nguyen, PT
            """,
            ["S93.401D"], [PT("97112", 16)], [At(OneOnOne, "97112")]),

        // RedClay Decatur, a boulderer's R shoulder, "another walk-in on the bike at the same time; I coached both" — 97110 has no one-on-one check; side-lying ER, prone Y/T, band rows, serratus wall slides with loads and sets; R cuff and lower trap weakness with overhead pain; 14 min matches: passes.
        ["v1-h96-redclay-decatur-97110-beside-another-walk-in"] = new(
            """
            RedClay Urgent Care + Sports PT — Decatur (Church St)
            Walk-in · same-day PT
            ▸ Story: 38 y/o, boulders at the climbing gym three nights a week; R shoulder pain reaching for a high hold 5 days ago. APP exam: no instability, neuro intact.
            ▸ Session format: another walk-in on the bike at the same time; I coached both.
            ▸ Treated today
               97110 · therapeutic exercise · 14 min
                 – side-lying ER, 2 lb, 3 × 12
                 – prone Y and T raises, 2 × 10 each
                 – band rows, green, 3 × 15
                 – serratus wall slides on a foam roller, 2 × 10
            ▸ Problem: R rotator cuff and lower-trap weakness; pain reaching overhead
            ▸ Plan: no climbing overhead holds for a week; recheck Monday
            M. Castellanos, PT, DPT
            """,
            ["S46.011D"], [PT("97110", 14)], []),

        // Pioneer Valley Northampton, whiplash after a rear-end collision: "just the two of us in the back treatment room for all of the NMR"; head-mounted laser relocation, gaze on a target while the trunk turns, smooth pursuit; cervical joint position sense and eye-head coordination; JPE cm and the torsion test; 17 min matches: passes.
        ["v1-h96-pioneer-northampton-just-the-two-of-us"] = new(
            """
            pioneer valley direct access pt · northampton (king st)
            direct access — no referral (MA) · visit 2
            why he's here: rear-ended on Route 9 by the bridge three weeks ago; neck sore, and he feels "off" turning to look behind when he backs out of the driveway.
            screen: Canadian C-spine rule at visit 1 — low risk, rotates 45° each way. No drop attacks, diplopia, dysarthria or numbness. No referral needed.
            just the two of us in the back treatment room for all of the NMR.
            what we did — 97112, 17 min:
              head-mounted laser relocation to a bullseye on the wall, eyes closed, back to neutral from rotation; gaze held on a target while the trunk turns under a still head; smooth-pursuit tracking with the head still
            numbers: JPE from R rotation 7.1 cm, from L 5.4 cm (normal under 4.5); smooth-pursuit neck torsion test — catch-up saccades with the trunk turned R
            the problem: cervical proprioception / joint position sense impaired after the whiplash; eye-head coordination poor
            next: laser drill at home daily, visit 3 next week
            — h. brennan, pt
            """,
            ["S13.4XXD"], [PT("97112", 17)], []),

        // Pioneer Valley Amherst, Medicare with the plan of care out for certification, two stumbles on the rail trail; her husband watched from the chair and nothing states one-on-one; tandem with head turns, Airex eyes closed with reaches, pelvic perturbations; postural control and slow backward steps; Berg, mCTSIB, recoveries present: one-on-one missing.
        ["v1-h96-pioneer-amherst-husband-watched"] = new(
            """
            pioneer valley direct access pt · amherst (n. pleasant st)
            direct access — no referral · Medicare B: plan of care faxed to Dr. Okonkwo for certification, pending
            why she's here: 77, two stumbles on the Norwottuck rail trail this winter; wants to keep walking it with her husband. He watched from the chair by the window.
            what we did — 97112, 18 min:
              tandem walking on the mat with head turns; standing on the Airex, eyes closed, with arm reaches; reactive stepping to perturbations at the pelvis from every direction
            numbers: Berg 46/56; mCTSIB foam eyes closed 12 s; 6 of 10 backward perturbations recovered with a single step
            the problem: postural control — slow, short reactive steps backward; leans on vision on soft ground
            next: twice a week for four weeks once the POC is signed
            — t. ruiz, pt, dpt
            """,
            ["R26.81", "Z91.81"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // Pioneer Valley Holyoke PTA, envelope-plant press operator whose R ankle rolls on the dock plates: "the PTA worked 1:1 with him for every minute of the NMR; nobody else on her schedule for that slot"; BAPS, half-roll stance with a ball toss, hop to stick; R ankle proprioception and peroneal timing; SLS and stick count; 20 min matches: passes.
        ["v1-h96-pioneer-holyoke-pta-every-minute"] = new(
            """
            pioneer valley direct access pt · holyoke (lyman st)
            direct access — no referral · visit 3 · PTA visit under h. brennan's plan
            why he's here: 44, press operator at the envelope plant; R ankle keeps rolling on the loading-dock plates since a sprain in January.
            the PTA worked 1:1 with him for every minute of the NMR; nobody else on her schedule for that slot.
            what we did — 97112, 20 min:
              BAPS level 4 clockwise and counter; single-leg stance on a half foam roll with a ball toss; hop to stick onto the Airex, forward and lateral
            numbers: SLS eyes closed R 9 s / L 27 s; hop-to-stick 7 of 10 without a touch-down
            the problem: R ankle proprioception and peroneal timing impaired — chronic instability since the sprain
            — k. dubois, pta
            """,
            ["M25.371"], [PTA("97112", 20)], []),

        // Mid-Valley Corvallis first-contact visit, grass-seed warehouse worker whose back "goes out" bending: "Door closed; PT with pt alone throughout the neuromuscular re-ed — no one else treated"; drawing-in against a pressure cuff, quadruped rocking with a dowel, hinge with mirror feedback, hip-lumbar dissociation; lumbopelvic motor control and recruitment; cuff mmHg and waiter's-bow count; 19 min matches: passes.
        ["v1-h96-midvalley-corvallis-door-closed"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Corvallis Clinic · Exam Rm 4
            First-Contact PT Visit (MSK pathway — booked with PT in place of a PCP visit)
            PT: R. Nakamura, PT, DPT          PCP: S. Lindqvist, MD (routed FYI)
            CC: low back "goes out" bending at work — grass-seed warehouse, third episode this year
            #1 Recurrent low back pain, movement-control type
               Screen: no saddle change, bladder/bowel normal, no night pain, wt loss or fever. Imaging not indicated.
               Door closed; PT with pt alone throughout the neuromuscular re-ed — no one else treated.
               Tx: 97112 neuromuscular re-education, 19 min — abdominal drawing-in against a pressure biofeedback cuff; quadruped rocking with a dowel along the spine; standing hip hinge to a chair with mirror feedback; hip-from-lumbar dissociation in sitting
               Finding: lumbopelvic motor control impaired — lumbar flexes before the hips on every bend; poor TrA/multifidus recruitment
               Measure: cuff held at 40 mmHg ± 2 through 6 of 10 bent-knee fall-outs; waiter's bow with early lumbar flexion 8 of 10 (10 of 10 at eval)
               Plan: HEP printed; f/u with PT in one week; return precautions reviewed
            """,
            ["M54.50"], [PT("97112", 19)], []),

        // Mid-Valley Albany "Steady Steps" fall-prevention group, five patients and one PT — a group, not one-on-one; foam stance with head turns, tandem on a line, stepping to pulls; postural control and somatosensory loss; FGA and tandem seconds present: one-on-one missing.
        ["v1-h96-midvalley-albany-steady-steps-group"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Albany Clinic · Conference Rm B
            Steady Steps fall-prevention group (first-contact PT) — 5 patients, 1 PT
            PT: J. Halloran, PT
            #1 Unsteady on his feet; 2 falls between the rows at his Christmas-tree farm this fall
               Tx: 97112 neuromuscular re-education, 20 min — standing on the foam pad with head turns; tandem walking on a tape line; stepping strategy to pulls at the gait belt
               Finding: postural control impaired with reduced somatosensory input from both feet (neuropathy); late, short stepping response
               Measure: FGA 17/30; tandem stance eyes open 6 s
               Plan: continue group Tuesdays; home program sheet
            """,
            ["E11.42", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Mid-Valley Salem "Back Basics" class of six with one PT: 97110 has no one-on-one check; cat-camel, bridges, bird dog, side-lying clams with sets and holds; low back pain with gluteal and trunk extensor weakness and a goal of lifting the grandchild; 16 min matches: passes.
        ["v1-h96-midvalley-salem-back-basics-class-97110"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Salem (Keizer) Clinic · Group Rm
            Back Basics class (first-contact PT) — 6 patients, 1 PT
            PT: J. Halloran, PT
            #1 Subacute low back pain — state DMV clerk, sits all day, sore lifting her grandson out of the crib
               Tx: 97110 therapeutic exercise, 16 min — cat-camel 2 × 10; bridges 3 × 12 with 3-s hold; bird dog 3 × 8 each side; side-lying clams with a yellow band 2 × 15
               Finding: lumbar pain with gluteal and trunk extensor weakness; goal — lift the grandson from the crib without pain
               Plan: class weekly × 4; walking program
            """,
            ["M54.50"], [PT("97110", 16)], []),

        // WSRMC Fond du Lac freestanding ED, dairy farmer with Parkinson's after a fall in the milkhouse: "Daughter at bedside. Hands-on with him one-on-one for the full NMR; no other patient seen by me during it" (family in the room does not undo it); metronome-cued gait initiation, stepping to backward pulls, clock turns; retropulsion and poor postural reactions; pull-test steps and TUG; 17 min matches: passes.
        ["v1-h96-wsrmc-fdl-daughter-at-bedside-one-on-one"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: FDL Freestanding ED · Rm 3    Consult from: A. Brandt, MD (ED attending)
            Reason for consult: fall backward in the milkhouse, CT head neg, no fx on films; Parkinson's; ? home vs obs
            Hx: 81 y/o, still milks 40 head with his son near Rosendale. Falls backward when he turns or steps back from the bulk tank.
            Daughter at bedside. Hands-on with him one-on-one for the full NMR; no other patient seen by me during it.
            Treatment (billed):
              • 97112 neuromuscular re-education — 17 min
                Gait initiation to a metronome on the daughter's phone; backward stepping strategy to pulls at the gait belt; clock turns (step to 3, 6, 9 o'clock) instead of pivoting.
            Impairment: retropulsion with poor posterior postural reactions; freezing at turn initiation.
            Measures: pull test — 4 steps to recover (needs catch); TUG 19.2 sec with a cane.
            Dispo: home with son and daughter, no milkhouse alone until outpatient PT; WSRMC neuro rehab direct-access appt placed.
            — B. Schroeder, PT
            """,
            ["G20.A1", "R26.81"], [PT("97112", 17)], []),

        // RedClay Alpharetta, pickup-basketball patellar subluxation: nothing in the note states one-on-one or how the session was delivered; foam single-leg squats with perturbations, mirror step-downs, band-pull reactive knee control; quad neuromuscular control and knee proprioception; step-down valgus count and Y-balance present: one-on-one missing.
        ["v1-h96-redclay-alpharetta-never-stated"] = new(
            """
            RedClay Urgent Care + Sports PT — Alpharetta (Old Milton Pkwy)
            Walk-in · same-day PT (APP: R. Chandrasekar, NP — films neg)
            ▸ Story: 29 y/o, R kneecap "slipped out and back" on a rebound at pickup basketball 12 days ago; knee feels like it will shift again on stairs.
            ▸ Treated today
               97112 · neuromuscular re-ed · 15 min
                 – single-leg squat on foam with perturbations at the knee
                 – lateral step-downs in front of the mirror
                 – reactive knee control: band pulling the knee into valgus, hold the line
            ▸ Problem: R quad neuromuscular control and knee proprioception poor — valgus collapse on single-leg loading
            ▸ Numbers: step-down with valgus 8 of 10; Y-balance anterior R 58 cm / L 66 cm
            ▸ Plan: patellar stabilizing brace for now; two visits a week
            S. Patel, PT, DPT
            """,
            ["S83.001D"], [PT("97112", 15)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox, dropdown, radio and blank-field template states

        // RedClay Lawrenceville "Session format ▾ Individual — 1 patient : 1 PT" dropdown, flag-football MCL sprain: Airex perturbations, plant-and-stick to cones, reactive valgus holds; L knee proprioception and neuromuscular control; foam SLS and stick count; 17 min matches: passes.
        ["v2-h96-redclay-session-format-individual"] = new(
            """
            RedClay Urgent Care + Sports PT — Lawrenceville (Scenic Hwy)
            Walk-in · same-day PT
            ▸ Story: 33 y/o, L knee MCL sprain (grade I per the APP) in a church-league flag-football game two weeks ago; knee feels wobbly planting to turn.
            ▸ Session format ▾  Individual — 1 patient : 1 PT
            ▸ Treated today
               97112 · neuromuscular re-ed · 17 min
                 – single-leg stance on the Airex with perturbations at the knee
                 – lateral shuffle and plant to a stick, cone cues
                 – reactive valgus holds against a band pulling the knee in
            ▸ Problem: L knee proprioception and neuromuscular control reduced after the MCL sprain
            ▸ Numbers: SLS on foam L 11 s / R 30 s; plant-and-stick 6 of 10 without valgus
            ▸ Plan: back to flag football when plant-and-stick is clean
            K. Brantley, PT
            """,
            ["S83.412D"], [PT("97112", 17)], []),

        // RedClay Marietta "Session format ▾ Concurrent — 2 patients : 1 PT" on a bench-press shoulder subluxation: not one-on-one; rhythmic stabilization, Bodyblade, quadruped shifts on a wobble cushion; R glenohumeral dynamic stability and joint position sense; CKCUEST and repositioning error present: one-on-one missing.
        ["v2-h96-redclay-session-format-concurrent"] = new(
            """
            RedClay Urgent Care + Sports PT — Marietta (Roswell Rd)
            Walk-in · same-day PT
            ▸ Story: 27 y/o, R shoulder "popped out and back in" benching at the gym three weeks ago; APP films neg, no Hill-Sachs seen.
            ▸ Session format ▾  Concurrent — 2 patients : 1 PT
            ▸ Treated today
               97112 · neuromuscular re-ed · 18 min
                 – rhythmic stabilization, supine at 90° flexion and side-lying
                 – Bodyblade in the scapular plane
                 – quadruped weight shifts onto the R hand on a wobble cushion
            ▸ Problem: R glenohumeral dynamic stability and joint position sense reduced after the subluxation
            ▸ Numbers: CKCUEST 16 touches; active repositioning error at 45° ER 9°
            ▸ Plan: no benching for now; recheck Tuesday
            D. Whitfield, PT, DPT, SCS
            """,
            ["S43.001D"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // WSRMC Oshkosh ED low-back pathway, a red-flag checklist marked [x] (one box unmarked) ahead of a 97110: prone on elbows, press-ups, standing extension, pelvic tilts with holds and repetitions; lumbar strain with extension-relieved pain and guarded flexion; 12 min matches: passes.
        ["v2-h96-wsrmc-red-flag-checklist-97110"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: OSH ED · Bay 7            Consult from: K. Vang, MD (ED attending)
            Reason for consult: acute LBP after lifting the snowblower into the truck bed; ambulatory but guarded; PT before dispo
            Red-flag screen (ED low back pathway):
              [x] no saddle anesthesia              [x] no urinary retention / overflow
              [x] no fecal incontinence             [x] no progressive leg weakness
              [x] no fever, IV drug use or immunosuppression
              [x] no cancer hx, no unexplained wt loss
              [ ] age over 50 or significant trauma
              → no imaging indicated; Dr. Vang agrees
            Exam: lumbar flexion limited by pain, repeated extension eases it; myotomes and reflexes intact L2–S1; SLR neg both sides.
            Treatment (billed):
              • 97110 therapeutic exercise — 12 min
                prone on elbows, 3 holds of 30 sec; prone press-ups 2 × 10; standing back extension × 10; hook-lying pelvic tilts 2 × 10
            Impairment: acute lumbar strain — pain eased by extension, guarded flexion, can't bend to tie his boots.
            Dispo: home; walk every couple of hours; HEP handout; direct-access outpatient PT if not better in a week.
            — L. Thao, PT, DPT
            """,
            ["S39.012A"], [PT("97110", 12)], []),

        // WSRMC Oshkosh ED, curling-bonspiel inversion injury, Ottawa ankle/foot rules as four empty boxes and one ticked "able to bear weight" (rules negative, no films) ahead of a 97116: crutch fitting, 3-point WBAT gait on the ED hall, stairs with a rail; antalgic short L stance, no push-off; feet, stairs, SBA and CGA; 13 min matches: passes.
        ["v2-h96-wsrmc-ottawa-checklist-97116"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: OSH ED · Bay 2            Consult from: T. Halvorsen, MD (ED attending)
            Reason for consult: L ankle inversion on the ice at the curling club bonspiel; crutch training before dispo
            Ottawa ankle / foot rules:
              ☐ bone tenderness, posterior edge or tip, lateral malleolus
              ☐ bone tenderness, posterior edge or tip, medial malleolus
              ☐ bone tenderness, base of the 5th metatarsal
              ☐ bone tenderness, navicular
              ☑ able to bear weight 4 steps, at the injury and in the ED
              → rules negative; no films per Dr. Halvorsen
            Treatment (billed):
              • 97116 gait training — 13 min
                axillary crutches fitted; 3-point gait, WBAT on the L, 2 × 75 ft on the ED hall, SBA; 4 stairs with the rail and one crutch, CGA → SBA; cued heel-toe on the L as pain allows
            Impairment: antalgic gait — short L stance, no push-off through the L forefoot.
            Dispo: home on crutches with compression; wean as able; direct-access f/u if not walking normally in a week.
            — L. Thao, PT, DPT
            """,
            ["S93.402A"], [PT("97116", 13)], []),

        // Pioneer Valley Greenfield, contra dancer whose L ankle gives on the swings, "numbers: ____________" left blank and no number anywhere but the code's and its minutes; one-on-one stated; BAPS, Airex eyes closed, swing footwork on foam; L ankle proprioception and peroneal reaction: measure missing.
        ["v2-h96-pioneer-numbers-line-blank-97112"] = new(
            """
            pioneer valley direct access pt · greenfield (main st)
            direct access — no referral
            why she's here: contra dancer; the L ankle gives on the swings since she sprained it at a grange dance before the holidays.
            one-on-one — only her and me in the gym for the whole NMR.
            what we did — 97112, 18 min:
              BAPS clockwise and counter; single-leg stance on the Airex with eyes closed; balance-and-swing footwork on foam, then on the wood floor against my pull at her hands
            numbers: ____________
            the problem: L ankle proprioception and peroneal reaction slow after the sprain
            next: retest single-leg stance and star excursion at the next visit
            — m. szewczyk, pt
            """,
            ["S93.402D"], [PT("97112", 18)], [At(Measure, "97112")]),

        // Mid-Valley Lebanon follow-up, "Impairment addressed: ▾ — select —" left unselected and no deficit, impairment or system anywhere; one-on-one stated; foam stance eyes closed, tandem with head turns, stepping to pulls; FGA and tandem seconds: deficit missing.
        ["v2-h96-midvalley-impairment-dropdown-unselected-97112"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Lebanon Clinic · Exam Rm 2
            First-Contact PT Visit — follow-up
            PT: J. Halloran, PT               PCP: D. Oyelaran, MD
            #1 Follow-up per plan from the first visit
               Impairment addressed: ▾ — select —
               PT with this pt only, one-on-one for the whole 97112.
               Tx: 97112 neuromuscular re-education, 17 min — single-leg stance on the foam pad with eyes closed; tandem walking on a line with head turns; reactive stepping to pulls at the gait belt
               Measure: FGA 21/30; tandem stance eyes closed 8 s
               Plan: continue; recheck in two weeks
            """,
            ["R26.81"], [PT("97112", 17)], [At(Deficit, "97112")]),

        // Mid-Valley Salem "Timed minutes: 97110 [ 15 ] 97140 [ 10 ]" boxes filled, both match; a flower-booth vendor's lateral hip: STM and belt distraction by grade and bouts; abduction, banded bridges, hip hikes with sets; R glute med weakness with an MMT grade; passes.
        ["v2-h96-midvalley-minutes-boxes-filled"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Salem (Keizer) Clinic · Exam Rm 7
            First-Contact PT Visit (MSK pathway — booked with PT in place of a PCP visit)
            PT: C. Ibarra, PT, DPT            PCP: M. Whitcomb, DO (routed FYI)
            CC: R lateral hip pain lying on that side at night, worse after Saturdays standing at her flower booth at the market
            #1 Greater trochanteric pain syndrome, R
               Screen: hip ROM full, FADIR neg, no groin pain — not a hip-joint picture. Imaging not indicated.
               Timed minutes:  97110 [ 15 ]   97140 [ 10 ]
               97140: STM to the R glute med/min and TFL; long-axis hip distraction with a belt, grade III, 3 × 30 s
               97110: side-lying hip abduction 3 × 10; bridges with a band at the knees 3 × 12; standing hip hikes off a step 2 × 15
               Finding: R glute med weakness (MMT 3+/5) with lateral hip tenderness; can't sleep on the R side
               Plan: no crossing the legs; pillow between the knees; recheck in two weeks
            """,
            ["M70.61"], [PT("97110", 15), PT("97140", 10)], []),

        // Mid-Valley Corvallis "Timed minutes: 97110 [    ] 97530 [    ]" both left empty on a two-code visit: separate time missing; both parts complete (wall sits, step-downs, abduction with doses; backpack stair climbs and basket squats with load and counts; R quad and hip abductor weakness on the apartment stairs).
        ["v2-h96-midvalley-minutes-boxes-blank"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Corvallis Clinic · Exam Rm 5
            First-Contact PT Visit (MSK pathway)
            PT: R. Nakamura, PT, DPT
            CC: R knee pain since moving into a third-floor walk-up near campus
            #1 Patellofemoral pain, R
               Timed minutes:  97110 [    ]   97530 [    ]
               97110: wall sits 3 × 30 s; step-downs off a 4-in step 3 × 10; side-lying hip abduction 3 × 12
               97530: stair climbing with a 15-lb backpack, reciprocal, 4 flights; squat to lift a laundry basket from the floor × 10
               Finding: R quad and hip abductor weakness; pain going down the apartment stairs
               Plan: HEP; f/u in one week
            """,
            ["M22.2X1"], [PT("97110", 14), PT("97530", 12)], [SepTime]),

        // Pioneer Valley Northampton direct-access checklist (no referral ☑, screened for referral out ☑, Medicare plan of care sent for certification — pending ☑, referred out today ☐) ahead of two codes with minutes for each, both match; tibiofemoral glides by grade, patellar mobs, STM; sit-to-stands, step-ups, TKE with doses; R knee OA stiffness and quad weakness; flexion degrees and chair stands: passes.
        ["v2-h96-pioneer-direct-access-checklist-medicare-pending"] = new(
            """
            pioneer valley direct access pt · northampton (king st)
            direct-access checklist
              ☑ no referral — seen under MA direct access
              ☑ screened for referral out: none needed (no red flags, no night pain, no wt loss)
              ☑ Medicare B — plan of care sent to PCP (Dr. Sato) for certification; pending
              ☐ referred to PCP / ED today
            why she's here: 71, retired librarian; R knee OA, hard going up the stairs of her house in Florence
            what we did — 97140, 10 min: tibiofemoral A-P glides grade III 3 × 30 s; patellar mobs; STM to the distal quad
            what we did — 97110, 15 min: sit-to-stand from a standard chair 3 × 8; step-ups onto a 6-in step 3 × 10; terminal knee extension with a band 3 × 15
            numbers: R knee flexion 104° → 111° after the glides; 30-s chair stand 9
            the problem: R knee OA — stiff into flexion, quad weakness; takes the stairs one at a time
            — h. brennan, pt
            """,
            ["M17.11"], [PT("97140", 10), PT("97110", 15)], []),

        // WSRMC Neenah ED, osteoporotic L1 compression fracture lifting water-softener salt, a disposition radio group with "(●) Home with home health PT" ahead of a 97530: log roll and side-lying to sit, sit-to-stand to a walker, toilet and car-height transfers with counts and assist levels; pain-limited bed mobility and transfers; 18 min matches: passes.
        ["v2-h96-wsrmc-dispo-radio-97530"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: NEE ED · Bay 5            Consult from: P. Lor, DO (ED attending)
            Reason for consult: L1 compression fx (osteoporotic; stable on CT, neuro intact) lifting a bag of water-softener salt; ? home vs SNF
            Hx: 79 y/o, lives with her husband in a split-level in Appleton; bedroom up a half flight.
            Treatment (billed):
              • 97530 therapeutic activities — 18 min
                log roll and side-lying to sit off the cart with the head raised × 4, min A → SBA; sit-to-stand to a FWW × 6, CGA; toilet transfer with the grab bar × 2, SBA; chair-to-chair transfer at car-seat height × 2, CGA
            Impairment: pain-limited bed mobility and transfers — could not get up off the cart alone on arrival.
            PT dispo recommendation:
              (○) Home, no PT needs
              (●) Home with home health PT
              (○) SNF / observation
            Dispo: home with husband, FWW issued, home health PT referral sent.
            — M. Xiong, PT
            """,
            ["M80.08XA"], [PT("97530", 18)], []),

        // RedClay Alpharetta "[ ] 1:1 constant attendance for 97112" left unticked and nothing else on delivery: one-on-one missing; a trail runner's hip — single-leg stance with pelvic control, mirror step-downs, foam hip hikes; R hip abductor recruitment and pelvic control; level-pelvis seconds and step-down count present.
        ["v2-h96-redclay-one-on-one-box-unticked"] = new(
            """
            RedClay Urgent Care + Sports PT — Alpharetta (Old Milton Pkwy)
            Walk-in · same-day PT
            ▸ Story: 41 y/o trail runner, R lateral hip pain on the mountain's downhill switchbacks for a month; APP exam — no groin pain, hip ROM full.
            ▸ [ ] 1:1 constant attendance for 97112
            ▸ Treated today
               97112 · neuromuscular re-ed · 16 min
                 – single-leg stance on the R holding a level pelvis, mirror feedback
                 – lateral step-downs off a 6-in box, mirror cues for pelvic drop
                 – hip hikes standing on foam
            ▸ Problem: R hip abductor motor recruitment and pelvic control poor — Trendelenburg in single-leg stance
            ▸ Numbers: single-leg stance with a level pelvis R 8 s / L 30 s; step-down with pelvic drop 7 of 10
            ▸ Plan: flat trails only for two weeks
            S. Patel, PT, DPT
            """,
            ["M25.551"], [PT("97112", 16)], [At(OneOnOne, "97112")]),

        // Pioneer Valley Amherst "goal addressed ▾ back to cutting asparagus in Hadley by May" dropdown on a 97530 (a functional goal is a 97530's target, and the impairment is stated too): stoop-and-cut hinge, crate lifts and carries, half-kneel rises with loads and counts; lumbar strain with guarding on sustained stooping; 22 min matches: passes.
        ["v2-h96-pioneer-goal-dropdown-97530"] = new(
            """
            pioneer valley direct access pt · amherst (n. pleasant st)
            direct access — no referral · visit 2
            goal addressed ▾  back to cutting asparagus in Hadley by May (stooped, knife, carrying crates)
            why he's here: 58, grows asparagus and sweet corn — low back strain lifting irrigation pipe off the wagon
            what we did — 97530, 22 min:
              stoop-and-cut simulation — hip hinge to a floor target and back up, 3 × 10; lifting a 30-lb produce crate floor to tailgate height × 8; carrying two 20-lb crates 4 × 50 ft; half-kneel to stand, alternating legs, × 10
            the problem: lumbar strain — pain and guarding with sustained stooping; can't hinge at the hips yet
            next: visit 3 in a week; discharge to self-management if he's hinging well
            — t. ruiz, pt, dpt
            """,
            ["S39.012D"], [PT("97530", 22)], []),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // Pioneer Valley Holyoke, line cook who bent into the walk-in cooler, evaluated and treated the same day: MDT derangement with a directional preference for extension, REIL and REIL with overpressure in sets and repetitions, extension in standing; lumbar derangement peripheralising into flexion, can't bend to the low shelves; 13 min matches: passes.
        ["v3-h96-pioneer-mdt-reil-97110"] = new(
            """
            pioneer valley direct access pt · holyoke (lyman st)
            direct access — no referral · visit 1, eval + treatment same day
            why he's here: 36, line cook; bent into the walk-in cooler Saturday and couldn't straighten. Pain across the low back into the R buttock and back of the thigh.
            screen: no saddle change, bladder and bowel normal, no night sweats or wt loss; strength and reflexes intact. No referral out.
            MDT: derangement, directional preference extension — repeated flexion in standing peripheralized it to the thigh; repeated extension in lying centralized it to the back.
            what we did — 97110, 13 min: REIL × 10, × 3 sets; then REIL with his own overpressure, exhaling at end range, × 10; extension in standing × 10 every couple of hours at work; lumbar roll for sitting
            numbers: lumbar flexion major loss → moderate loss after the REIL sets; pain now stops at the belt line (was mid-thigh)
            the problem: lumbar derangement with R referred pain that peripheralizes into flexion; can't bend to the low shelves in the cooler
            — h. brennan, pt
            """,
            ["M54.41"], [PT("97110", 13)], []),

        // Mid-Valley Albany first-contact visit, metals-plant worker who can't turn to check traffic: Mulligan SNAGs into rotation in sets, upper-thoracic PAs by grade and bouts, levator STM; lower cervical hypomobility with guarding; rotation degrees before and after; 11 min matches: passes.
        ["v3-h96-midvalley-mulligan-snags-97140"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Albany Clinic · Exam Rm 3
            First-Contact PT Visit (MSK pathway — booked with PT in place of a PCP visit)
            PT: J. Halloran, PT               PCP: D. Oyelaran, MD (routed FYI)
            CC: stiff neck for 4 days; can't turn L to check traffic pulling out of the metals-plant lot
            #1 Acute mechanical neck pain without radiculopathy
               Screen: no trauma; no dizziness, dysphagia or diplopia; UE strength, sensation and reflexes intact. Imaging not indicated.
               Tx: 97140 manual therapy, 11 min — Mulligan SNAGs into L rotation at the painful lower cervical segment, 3 sets × 6; upper-thoracic central PA mobs grade III 3 × 30 s; STM to the L levator
               Finding: lower cervical hypomobility into L rotation with levator guarding
               Measure: cervical rotation L 42° → 60° after the SNAGs (R 70°)
               Plan: self-SNAG with a towel × 6, three times a day; return precautions; f/u in a week if not better
            """,
            ["M54.2"], [PT("97140", 11)], []),

        // RedClay Decatur, a morning pickleball player's R Achilles: the Alfredson eccentric heel-drop protocol straight- and bent-knee with a loaded backpack, slant-board stretch with holds; midportion tendinopathy with calf weakness; heel-raise counts; 15 min matches: passes.
        ["v3-h96-redclay-alfredson-heel-drops-97110"] = new(
            """
            RedClay Urgent Care + Sports PT — Decatur (Church St)
            Walk-in · same-day PT
            ▸ Story: 52 y/o, pickleball most mornings at the rec center; R Achilles pain mid-tendon for six weeks, worst on first steps and warming up to play.
            ▸ APP: T. Greer, PA-C — Thompson test neg; no films needed
            ▸ Treated today
               97110 · therapeutic exercise · 15 min
                 – Alfredson eccentric heel-drop protocol off the step: straight knee 3 × 15, bent knee 3 × 15, with a 10-lb backpack
                 – calf stretch on the slant board, 3 × 30 s each
            ▸ Problem: R Achilles midportion tendinopathy — calf weakness, pain pushing off to the ball
            ▸ Numbers: single-leg heel raises R 14 / L 25
            ▸ Plan: protocol twice a day at home; doubles only for two weeks
            M. Castellanos, PT, DPT
            """,
            ["M76.61"], [PT("97110", 15)], []),

        // RedClay Smyrna, a hairdresser's R lateral elbow: the Tyler twist with the red FlexBar, wrist-extensor isometrics with holds, eccentric wrist extension with a dumbbell; lateral elbow tendinopathy with extensor weakness gripping the blow-dryer; pain-free grip kg; 14 min matches: passes.
        ["v3-h96-redclay-tyler-twist-flexbar-97110"] = new(
            """
            RedClay Urgent Care + Sports PT — Smyrna (Spring Rd)
            Walk-in · same-day PT
            ▸ Story: 46 y/o hairdresser, R lateral elbow pain for two months, worst holding the blow-dryer and opening the shears.
            ▸ Treated today
               97110 · therapeutic exercise · 14 min
                 – Tyler twist with the red FlexBar, 3 × 15
                 – wrist-extensor isometrics at the table, 5 × 45 s
                 – eccentric wrist extension with a 2-lb dumbbell, 3 × 15
            ▸ Problem: R lateral elbow tendinopathy — wrist-extensor weakness, pain gripping the blow-dryer
            ▸ Numbers: pain-free grip R 18 kg / L 32 kg
            ▸ Plan: counterforce strap at work; FlexBar at home
            T. Nguyen, PT
            """,
            ["M77.11"], [PT("97110", 14)], []),

        // WSRMC Fond du Lac freestanding ED, outboard-plant welder after shoveling heavy snow: the manipulation clinical prediction rule scored, then a supine lumbopelvic thrust manipulation and central PAs by grade and bouts; lumbar segmental hypomobility with guarded flexion; fingertip-to-floor cm before and after; 9 min matches: passes.
        ["v3-h96-wsrmc-cpr-lumbopelvic-thrust-97140"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: FDL Freestanding ED · Rm 6    Consult from: A. Brandt, MD (ED attending)
            Reason for consult: LBP × 4 days, no leg symptoms; PT to treat in the ED and set up follow-up
            Hx: 34 y/o, welder at the outboard-motor plant; started shoveling the heavy wet snow Saturday.
            Red flags: none — no saddle change, bladder/bowel normal, no fever, no cancer hx, no trauma.
            Manipulation CPR (Flynn/Childs): symptoms < 16 days ✓; no symptoms distal to the knee ✓; FABQ-W 12 (< 19) ✓; hip IR > 35° (R 40°) ✓; lumbar hypomobility on spring testing ✓ → 5/5, positive.
            Treatment (billed):
              • 97140 manual therapy — 9 min
                supine lumbopelvic thrust manipulation (Childs) to each side, cavitation on the R; then L4–5 central PAs grade III 3 × 30 s
            Impairment: lumbar segmental hypomobility with guarded flexion.
            Measures: fingertip-to-floor 38 cm → 21 cm after the manipulation.
            Dispo: home; hook-lying lumbar rotation for HEP; WSRMC Rehab Fond du Lac direct-access visit in 2–3 days.
            — B. Schroeder, PT
            """,
            ["M54.50"], [PT("97140", 9)], []),

        // Pioneer Valley Northampton, seven weeks after a R partial medial meniscectomy: blood-flow restriction (Delfi PTS at 80% LOP) with leg press and knee extension at 30/15/15/15, then step-downs in sets; R quad atrophy and weakness, no step-over-step on the stairs; girth cm; 16 min matches: passes.
        ["v3-h96-pioneer-bfr-delfi-97110"] = new(
            """
            pioneer valley direct access pt · northampton (king st)
            direct access — no referral · 7 wks after a R partial medial meniscectomy (surgeon's protocol on file)
            why she's here: 49, runs the bike-path loop on weekends; R quad still wasted and she can't go down the stairs step over step
            what we did — 97110, 16 min:
              BFR (Delfi PTS, cuff on the proximal R thigh at 80% LOP): leg press 30/15/15/15 at 30% of her 1RM; seated knee extension 30/15/15/15; cuff deflated between exercises
              then without the cuff: step-downs off a 6-in step 3 × 10
            numbers: thigh girth 10 cm above the patella R 44.0 cm / L 46.5 cm
            the problem: R quad atrophy and weakness after the meniscectomy; not yet step over step down the stairs
            — t. ruiz, pt, dpt
            """,
            ["M23.221"], [PT("97110", 16)], []),

        // Mid-Valley Lebanon, grocery-aisle neurogenic claudication: Williams flexion exercises and a flexed recumbent bike named, stenosis with flexion-relieved symptoms stated — no sets, repetitions, holds, load or number anywhere but the code's and its minutes: measure missing.
        ["v3-h96-midvalley-williams-flexion-no-dose-97110"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Lebanon Clinic
            First-Contact PT Visit (MSK pathway)
            PT: J. Halloran, PT
            CC: legs get heavy and tingly walking the aisles at the grocery store; better sitting down or leaning on the cart
            Problem: lumbar spinal stenosis with neurogenic claudication — flexion eases it, can't walk far upright
               Screen: no saddle change, bladder and bowel normal, pedal pulses present.
               Tx: 97110 therapeutic exercise, 17 min — Williams flexion exercises: posterior pelvic tilts, single and double knee-to-chest, partial curl-ups, seated hamstring stretch, wall squat; recumbent bike in a flexed posture
               Plan: walk leaning on the cart; flexion program at home
            """,
            ["M48.062"], [PT("97110", 17)], [At(Measure, "97110")]),

        // RedClay Smyrna return visit, "Session format ▾ Individual — 1 patient : 1 PT": BOSU squats with perturbations, Airex catches with a weighted ball, reactive mini-band shuffles — Y-balance composite and stick count, but no deficit, impairment or system targeted anywhere: deficit missing.
        ["v3-h96-redclay-bosu-airex-no-deficit-97112"] = new(
            """
            RedClay Urgent Care + Sports PT — Smyrna (Spring Rd)
            Return visit · PT
            ▸ Story: back for visit 2; program progressed as planned.
            ▸ Session format ▾  Individual — 1 patient : 1 PT
            ▸ Treated today
               97112 · neuromuscular re-ed · 15 min
                 – BOSU (dome down) squats with perturbations at the shoulders
                 – Airex single-leg stance catching a weighted ball
                 – mini-band lateral shuffle, stick on the side I call
            ▸ Numbers: Y-balance composite 88% on the L, 96% on the R; stick on the called side 7 of 10
            ▸ Plan: progress next visit
            T. Nguyen, PT
            """,
            ["S93.402D"], [PT("97112", 15)], [At(Deficit, "97112")]),

        // WSRMC Oshkosh ED, bleacher misstep at the hockey rink, Ottawa foot rule positive and a Jones-zone fracture on the films, ortho referral (a referral-out decision): CAM boot and crutch fitting, NWB swing-through with distance and SBA, stairs with CGA; can't bear weight on the L foot; 14 min matches: passes.
        ["v3-h96-wsrmc-cam-boot-crutches-97116"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: OSH ED · Bay 11           Consult from: K. Vang, MD (ED attending)
            Reason for consult: L foot injury stepping down off a bleacher at the hockey rink; boot and crutch training before dispo
            Ottawa foot rule: tender at the base of the 5th metatarsal → positive; films: nondisplaced fx of the proximal L 5th MT (Jones zone). Dr. Vang: NWB in a CAM boot; referred to ortho, appt Friday.
            Treatment (billed):
              • 97116 gait training — 14 min
                Aircast CAM boot fitted; axillary crutches sized; NWB L, swing-to → swing-through, 2 × 60 ft on the ED hall, SBA; 3 stairs up and down with the rail and a crutch, CGA; sit-to-stand and turning while holding NWB
            Impairment: unable to bear weight on the L foot (NWB ordered); unsteady hopping on the R through turns.
            Dispo: home with boot and crutches; ortho Friday; return precautions given.
            — L. Thao, PT, DPT
            """,
            ["S92.355A"], [PT("97116", 14)], []),

        // Mid-Valley Albany, a med-surg RN whose back aches by the end of a shift: McGill's big 3 (modified curl-up, side bridge, bird dog) with 10-s holds in a 6-4-2 pyramid and a dowel hinge; trunk extensor and lateral-core endurance deficit; side bridge and Biering-Sørensen seconds; 14 min matches: passes.
        ["v3-h96-midvalley-mcgill-big-3-97110"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Albany Clinic · Exam Rm 3
            First-Contact PT Visit (MSK pathway)
            PT: J. Halloran, PT
            CC: low back ache by the end of a 12-hr shift — RN on the med-surg floor, boosting patients up in bed
            #1 Mechanical low back pain, no radiculopathy
               Screen: negative for red flags; neuro intact. Imaging not indicated.
               Tx: 97110 therapeutic exercise, 14 min — McGill "big 3": modified curl-up, side bridge from the knees, bird dog; 10-s holds in a 6-4-2 descending pyramid each; hip hinge with a dowel × 10
               Finding: poor trunk-extensor and lateral-core endurance; back fatigues bending over the bed rails
               Measure: side bridge R 28 s / L 31 s; Biering-Sørensen 62 s
               Plan: big 3 daily before shifts; f/u in two weeks
            """,
            ["M54.50"], [PT("97110", 14)], []),

        // Pioneer Valley Greenfield, a man who splits his own firewood: Maitland central PA oscillations, side-lying rotation mobs, hip distraction and STM named, lower lumbar hypomobility with guarding stated — "he felt looser after", no grade, bout, degree or number but the code's and its minutes: measure missing.
        ["v3-h96-pioneer-maitland-no-measure-97140"] = new(
            """
            pioneer valley direct access pt · greenfield (main st)
            direct access — no referral
            why he's here: splits and stacks his own firewood; low back stiff and sore since the last load came in
            what we did — 97140, 11 min: Maitland central PA oscillations to the lower lumbar segments; side-lying lumbar rotation mobs; hip long-axis distraction; STM to the paraspinals
            the problem: lower lumbar hypomobility with paraspinal guarding — stiff bending to the splitter
            he felt looser after.
            — m. szewczyk, pt
            """,
            ["M54.59"], [PT("97140", 11)], [At(Measure, "97140")]),

        // RedClay Decatur, a hamstring pulled sprinting to first in a Sunday softball game: the Askling L-protocol (the Extender, the Diver, the Glider) and heel bridges in sets; L hamstring strain with weakness and end-range pain; active knee-extension degrees; 16 min matches: passes.
        ["v3-h96-redclay-askling-l-protocol-97110"] = new(
            """
            RedClay Urgent Care + Sports PT — Decatur (Church St)
            Walk-in · same-day PT
            ▸ Story: 31 y/o, felt a pull in the back of the L thigh sprinting to first in a softball game Sunday; walks fine, can't stride out. APP: no palpable defect.
            ▸ Treated today
               97110 · therapeutic exercise · 16 min
                 – Askling L-protocol: the Extender 2 × 12, the Diver 2 × 6, the Glider 2 × 6
                 – bridges on the heels 3 × 10
            ▸ Problem: L hamstring strain — hamstring weakness and pain at end-range lengthening
            ▸ Numbers: active knee-extension test L 38° / R 18° short of straight
            ▸ Plan: no sprinting until the L-protocol is pain-free
            M. Castellanos, PT, DPT
            """,
            ["S76.312D"], [PT("97110", 16)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // WSRMC Oshkosh ED, mill worker who bent for a dropped socket wrench: couldn't get from the cart to standing and couldn't get out of his pickup in the ambulance bay — the finding; log roll, side-lying to sit, hinge sit-to-stand, car-height transfers with counts and assist levels; acute lumbar pain and spasm; 20 min matches: passes.
        ["v4-h96-wsrmc-oshkosh-cant-get-off-the-cart-97530"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: OSH ED · Bay 14           Consult from: K. Vang, MD (ED attending)
            Reason for consult: acute LBP, pt unable to get off the cart; ? able to go home
            Hx: 46 y/o, machine tender at the paper mill; bent to pick up a dropped socket wrench and the back seized. No leg pain.
            Red flags: none — no saddle change, voiding normally, no fever, no cancer hx.
            Finding: could not get from the cart to standing — grabbed the rail and froze halfway; could not get himself out of his pickup in the ambulance bay either (his wife went for a wheelchair).
            Treatment (billed):
              • 97530 therapeutic activities — 20 min
                log roll with knees bent × 4; side-lying to sit pushing up with his arms × 4, SBA; sit-to-stand with a hip hinge, hands on thighs × 8, SBA → mod I; low chair to standing as a truck-seat stand-in × 3, SBA
            Impairment: acute lumbar pain and paraspinal spasm limiting bed mobility and transfers.
            Dispo: home with his wife; same technique for the bed and the truck; direct-access f/u at WSRMC Rehab this week.
            — L. Thao, PT, DPT
            """,
            ["M54.50", "M62.830"], [PT("97530", 20)], []),

        // WSRMC Neenah ED, woke with a locked neck and can't turn far enough to check the blind spot to drive home — the finding; lateral glides by grade and bouts, upper-thoracic thrust, STM; acute wry neck with lower cervical hypomobility and guarding; rotation degrees; 10 min matches: passes.
        ["v4-h96-wsrmc-neenah-cant-check-the-blind-spot-97140"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: NEE ED · Bay 3            Consult from: P. Lor, DO (ED attending)
            Reason for consult: woke with a locked neck, no trauma; PT before dispo
            Hx: 28 y/o, nurse aide at a memory-care home in Neenah. Can't turn L far enough to check her blind spot, so she can't drive herself home.
            Screen: no trauma (C-spine rules not applicable), no fever, no headache, no neuro signs; UE strength, sensation and reflexes intact.
            Treatment (billed):
              • 97140 manual therapy — 10 min
                cervical lateral glides to the L at the lower cervical segments, grade III 3 × 30 s; upper-thoracic thrust manipulation in supine; STM to the L upper trap and levator
            Finding: acute wry neck — L lower cervical hypomobility with levator and upper-trap guarding; can't turn to check the blind spot.
            Measures: cervical rotation L 25° → 55° (R 70°).
            Dispo: home — blind-spot check rehearsed seated in the bay; heat and gentle rotation every couple of hours.
            — M. Xiong, PT
            """,
            ["M43.6"], [PT("97140", 10)], []),

        // RedClay Smyrna, season-ticket holder whose L ankle rolls on the ballpark's concrete steps when he carries two drinks and can't look down — the finding; "Individual — 1 patient : 1 PT"; eyes-up step-downs onto foam carrying cups, Airex head turns, tilt board eyes closed; L ankle proprioception; SLS and SEBT; 17 min matches: passes.
        ["v4-h96-redclay-ballpark-steps-ankle-rolls-97112"] = new(
            """
            RedClay Urgent Care + Sports PT — Smyrna (Spring Rd)
            Walk-in · same-day PT
            ▸ Story: 50 y/o season-ticket holder; since a sprain at New Year's the L ankle rolls on the concrete steps down to his seats at the ballpark, worst when he carries two drinks and can't look at his feet.
            ▸ Session format ▾  Individual — 1 patient : 1 PT
            ▸ Treated today
               97112 · neuromuscular re-ed · 17 min
                 – step-down off a 6-in box onto foam, eyes up on a target, carrying two filled cups
                 – single-leg stance on the Airex with head turns
                 – tilt-board control, eyes closed
            ▸ Problem: L ankle proprioception impaired — can't place the foot on a step edge without looking
            ▸ Numbers: SLS eyes closed L 7 s / R 24 s; SEBT anterior L 63 cm / R 71 cm
            ▸ Plan: two more visits
            T. Nguyen, PT
            """,
            ["M25.372"], [PT("97112", 17)], []),

        // RedClay Decatur, an airline ramp agent who can't sling bags into the belt loader — the finding; bag-sling simulation with a pivot, kneeling bag transfers in a mock cargo bin, hinge floor lifts with loads and counts; lumbar strain with guarding on loaded rotation; 21 min matches: passes.
        ["v4-h96-redclay-ramp-agent-cant-sling-bags-97530"] = new(
            """
            RedClay Urgent Care + Sports PT — Decatur (Church St)
            Walk-in · same-day PT
            ▸ Story: 34 y/o airline ramp agent; low back strain Friday slinging bags into the belt loader; on light duty in bag room. APP: no radicular signs.
            ▸ Treated today
               97530 · therapeutic activities · 21 min
                 – bag-sling simulation: 35-lb duffel from a cart to a waist-high belt, pivoting the feet instead of twisting, 3 × 8
                 – kneeling transfers of 25-lb bags along the floor of a low mock cargo bin under the plinth × 12
                 – floor lift of a 30-lb box with a hip hinge × 10
            ▸ Problem: can't sling bags into the belt loader without pain — lumbar strain with guarding on rotation under load
            ▸ Plan: light duty another week; recheck Monday
            M. Castellanos, PT, DPT
            """,
            ["S39.012D"], [PT("97530", 21)], []),

        // Pioneer Valley Greenfield, five months after a L ACL reconstruction: the knee gives on the pivot of the swing at the Friday contra dance — the finding with late quad/hamstring timing; "one-on-one, only her and me in the gym, the whole NMR"; buzz-step pivots with perturbations, quarter-turn hop to stick, reactive catches on foam; hop percentage and stick counts; 19 min matches: passes.
        ["v4-h96-pioneer-contra-dance-swing-knee-97112"] = new(
            """
            pioneer valley direct access pt · greenfield (main st)
            direct access — no referral · 5 months after a L ACL reconstruction (hamstring graft)
            why she's here: the L knee gives on the pivot of the swing at the Friday contra dance; she sits out after the first set.
            one-on-one, only her and me in the gym, the whole NMR.
            what we did — 97112, 19 min:
              buzz-step pivots on a slider disc with my perturbations at the knee; single-leg hop to a stick with a quarter turn; reactive catches standing on the L on foam
            numbers: single-leg hop L 86% of R; quarter-turn sticks without valgus 9 of 10 (5 of 10 last visit)
            the problem: the L knee gives way on the pivot — quad/hamstring timing late, poor dynamic knee control
            — m. szewczyk, pt
            """,
            ["S83.512D"], [PT("97112", 19)], []),

        // Pioneer Valley Amherst, evaluated and treated the same day: can't lift her toddler into the car seat without a catch in the R shoulder — the finding; side-lying ER, band rows, scaption, serratus slides with loads and sets; R cuff impingement with cuff and lower-trap weakness; painful-arc degrees and dynamometer kg; 15 min matches: passes.
        ["v4-h96-pioneer-toddler-car-seat-97110"] = new(
            """
            pioneer valley direct access pt · amherst (n. pleasant st)
            direct access — no referral · visit 1, eval + treatment same day
            why she's here: 32, can't lift her toddler into the car seat without a catch in the R shoulder; started after helping her sister move.
            screen: neck clear; no night pain, no numbness; cuff tests painful but strong. No imaging, no referral out.
            what we did — 97110, 15 min: side-lying ER 2 lb 3 × 12; rows with a red band 3 × 15; scaption to shoulder height with 1 lb 2 × 10; serratus wall slides 2 × 10
            numbers: painful arc 70°–120°; ER (hand-held dynamometer) R 8 kg / L 11 kg
            the problem: R rotator cuff impingement — painful arc, cuff and lower-trap weakness; can't lift the toddler into the car seat
            — t. ruiz, pt, dpt
            """,
            ["M75.41"], [PT("97110", 15)], []),

        // Mid-Valley Corvallis, a hazelnut grower who can't kneel and get back up to clear sticks from the harvester's pickup head — the finding; half-kneel rises, tall-kneel reaches, bucket lifts, log step-overs with loads and counts; medial knee OA with quad weakness in deep flexion; rise count; 20 min matches: passes.
        ["v4-h96-midvalley-hazelnut-harvester-kneeling-97530"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Corvallis Clinic · Exam Rm 4
            First-Contact PT Visit (MSK pathway — booked with PT in place of a PCP visit)
            PT: R. Nakamura, PT, DPT
            CC: L knee won't let him kneel and get back up when he clears sticks from the harvester's pickup head in the hazelnut orchard
            #1 L knee OA, medial compartment
               Screen: no locking, no effusion, no calf pain. Films not needed for today's management.
               Tx: 97530 therapeutic activities, 20 min — half-kneel on a foam pad to stand, alternating the lead leg, × 10; tall-kneel reaching to the floor and back × 8; floor-to-waist lift of a 25-lb bucket × 8; stepping over a 12-in log mock-up × 10
               Finding: L knee pain and quad weakness in deep flexion — can't rise from kneeling without hauling on the equipment
               Measure: half-kneel to stand without hands 6 of 10
               Plan: kneeling pad; HEP; f/u with PT in two weeks
            """,
            ["M17.12"], [PT("97530", 20)], []),

        // Mid-Valley Lebanon, R shoulder pinches reaching up to shear the tops on a Christmas-tree farm — the finding; posterior and inferior glides by grade and bouts, cross-body stretch, cuff STM; posterior capsule tightness with a painful arc; IR degrees and horizontal-adduction cm; 12 min matches: passes.
        ["v4-h96-midvalley-christmas-tree-shearing-97140"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Lebanon Clinic · Exam Rm 1
            First-Contact PT Visit (MSK pathway)
            PT: J. Halloran, PT               PCP: D. Oyelaran, MD (routed FYI)
            CC: R shoulder pinches reaching up to shear the tops at the Christmas-tree farm
            #1 R shoulder impingement with posterior capsule tightness
               Screen: neck clear, no night pain, strength intact. Imaging not indicated.
               Tx: 97140 manual therapy, 12 min — GH posterior glides grade III 3 × 30 s; inferior glides in 90° abduction; cross-body stretch with the scapula blocked; STM to the posterior cuff
               Finding: posterior capsule tightness and a painful arc — can't reach the leader to shear the top of a tall tree
               Measure: IR at 90° abduction 28° → 41°; horizontal adduction deficit 12 cm → 7 cm
               Plan: sleeper stretch; f/u in ten days
            """,
            ["M75.41"], [PT("97140", 12)], []),

        // Pioneer Valley Holyoke, visit 3 of 3, discharge to self-management: retest symmetrical, "No deficits found — all goals met"; the PT with him alone for the NMR; BAPS, quarter-turn hops to a stick, half-roll catches — no deficit targeted: deficit missing.
        ["v4-h96-pioneer-visit-3-no-deficits-found-97112"] = new(
            """
            pioneer valley direct access pt · holyoke (lyman st)
            direct access — no referral · visit 3 of 3 — discharge to self-management
            retest: SLS eyes closed 30 s both sides; star excursion within 2 cm side to side; hop-to-stick 10 of 10 each leg. No deficits found — all goals met.
            one-on-one — the PT with him alone for the whole NMR.
            what we did — 97112, 16 min: BAPS level 5; hop to stick onto the Airex with a quarter turn; single-leg catches on the half foam roll
            next: discharged to self-management with the HEP; call if it rolls again
            — h. brennan, pt
            """,
            ["S93.401D"], [PT("97112", 16)], [At(Deficit, "97112")]),

        // Mid-Valley Corvallis return-to-play screen for club rugby: Y-balance and side-hop counts within limits, "no impairment identified. Cleared."; one-on-one stated; reactive cuts, box landings to a stick, single-leg bracing against a pad — no deficit targeted: deficit missing.
        ["v4-h96-midvalley-rugby-cleared-no-impairment-97112"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Corvallis Clinic · Exam Rm 6
            First-Contact PT Visit — final
            PT: R. Nakamura, PT, DPT
            #1 Return-to-play screen, club rugby
               Retest: Y-balance composite 99% / 100%; side hop 36 / 37 in 30 s. All within limits; no impairment identified. Cleared.
               PT with him alone, one-on-one, for the full 97112.
               Tx: 97112 neuromuscular re-education, 15 min — reactive cutting to a called direction; single-leg landings from a box to a stick; single-leg bracing against a pad push
               Plan: discharged from PT; cleared for full-contact practice Thursday
            """,
            ["S93.402D"], [PT("97112", 15)], [At(Deficit, "97112")]),

        // RedClay Marietta recheck before a club volleyball tournament: retest symmetrical, "Nothing left to treat — no deficit found"; "Individual — 1 patient : 1 PT"; block-jump landings, reactive shuffles, BOSU passing — no deficit targeted: deficit missing.
        ["v4-h96-redclay-tournament-recheck-no-deficit-97112"] = new(
            """
            RedClay Urgent Care + Sports PT — Marietta (Roswell Rd)
            Recheck · PT
            ▸ Story: recheck before her club volleyball tournament this weekend.
            ▸ Retest: SLS eyes closed 30 s both sides; SEBT anterior within 2 cm; single-leg hop 97% of the other side. Nothing left to treat — no deficit found.
            ▸ Session format ▾  Individual — 1 patient : 1 PT
            ▸ Treated today
               97112 · neuromuscular re-ed · 14 min
                 – block-jump landings to a stick
                 – lateral shuffles to a reactive ball drop
                 – single-leg stance on the BOSU, passing a volleyball
            ▸ Plan: discharge to self-management; lace-up brace for the tournament
            D. Whitfield, PT, DPT, SCS
            """,
            ["S93.401D"], [PT("97112", 14)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // WSRMC Neenah ED, superior pubic ramus fracture after a fall on the church steps, WBAT per ortho: walker fitting, step-to to step-through, hall distance with CGA to SBA, two steps with a rail; antalgic short L stance and slow cadence; 4-m gait speed in m/s; 15 min matches: passes.
        ["v5-h96-wsrmc-walker-gait-speed-97116"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: NEE ED · Bay 8            Consult from: P. Lor, DO (ED attending)
            Reason for consult: L superior pubic ramus fx (nonop, WBAT per ortho by phone) after a fall on the church steps; ? home vs SNF
            Hx: 86 y/o, lives with her daughter in Kimberly; one story, 2 steps to get in.
            Treatment (billed):
              • 97116 gait training — 15 min
                FWW fitted; step-to → step-through pattern cued, WBAT L; 2 × 100 ft on the ED hall, CGA → SBA; 2 steps up and down with the rail, CGA
            Impairment: antalgic gait — short L stance, slow cadence, afraid to put weight through the L.
            Measures: 4-m gait speed 0.46 m/s with the FWW; SBA by the second 100 ft.
            Dispo: home with her daughter and the FWW; home health PT ordered.
            — M. Xiong, PT
            """,
            ["S32.512A"], [PT("97116", 15)], []),

        // RedClay Alpharetta, rec-league patellar tendinopathy: decline-board squats, Spanish-squat isometrics, leg press with loads, holds and sets; L patellar tendinopathy with quad weakness; single-leg hop cm and LSI; 16 min matches: passes.
        ["v5-h96-redclay-hop-distance-lsi-97110"] = new(
            """
            RedClay Urgent Care + Sports PT — Alpharetta (Old Milton Pkwy)
            Walk-in · same-day PT
            ▸ Story: 22 y/o, rec-league basketball; L patellar tendon pain jumping and landing for six weeks.
            ▸ Treated today
               97110 · therapeutic exercise · 16 min
                 – decline-board single-leg squats holding a 15-lb dumbbell, 4 × 8
                 – Spanish squats, band around the post, 5 × 45 s holds
                 – leg press 140 lb, 3 × 10
            ▸ Problem: L patellar tendinopathy — quad weakness, pain landing from a jump
            ▸ Numbers: single-leg hop for distance L 151 cm / R 172 cm (LSI 88%)
            ▸ Plan: no jumping drills for two weeks; load program at home
            S. Patel, PT, DPT
            """,
            ["M76.52"], [PT("97110", 16)], []),

        // Pioneer Valley Northampton, buttock pain after a day planting garlic: side-lying rotation mobs by grade and bouts, hip posterior glides, piriformis STM; L lower lumbar and hip hypomobility with glute guarding; SLR degrees and fingertip-to-floor cm before and after; 12 min matches: passes.
        ["v5-h96-pioneer-slr-degrees-97140"] = new(
            """
            pioneer valley direct access pt · northampton (king st)
            direct access — no referral · visit 2
            why she's here: 39, L low back and buttock pain since a day on her knees planting garlic
            what we did — 97140, 12 min: L side-lying lumbar rotation mobs at the lower lumbar segments, grade IV 3 × 30 s; L hip posterior glides in flexion; STM to the L piriformis and glute med
            numbers: SLR L 48° → 62° (R 75°); fingertip-to-floor 30 cm → 19 cm
            the problem: L lower lumbar and hip hypomobility with glute guarding; pain into the L buttock bending and sitting
            — h. brennan, pt
            """,
            ["M54.42"], [PT("97140", 12)], []),

        // Pioneer Valley hand therapy, a college student who fell on the outstretched R hand skating on the pond: jar opening, bag carries, handwriting drills with counts and distance; R wrist pain and grip weakness; Jamar kg and nine-hole peg seconds; OT 18 min matches: passes.
        ["v5-h96-pioneer-ot-grip-and-peg-97530"] = new(
            """
            pioneer valley direct access pt · northampton (king st) — hand therapy
            direct access — no referral · OT visit
            why she's here: 20, college student; fell on the outstretched R hand skating on the pond three weeks ago (films at urgent care neg); wrist still weak, can't carry her laundry or write through a lecture
            what we did — 97530, 18 min: opening jars of graded tightness × 8; carrying a 6-lb grocery bag by the handles 4 × 50 ft; handwriting drill with a built-up pen, a full page × 2
            numbers: grip (Jamar pos 2) R 14 kg / L 29 kg; nine-hole peg R 24 s / L 18 s
            the problem: R wrist pain and grip weakness after the sprain — can't carry the laundry basket or write through a lecture
            — j. almeida, otr/l
            """,
            ["S63.501D"], [OT("97530", 18)], []),

        // Mid-Valley Salem PTA under the PT's plan: kettlebell sit-to-stands, step-ups, banded hip abduction with loads and sets; bilateral knee OA, can't get up from the low couch or out of the pickup; five-times sit-to-stand seconds; PTA 15 min matches: passes.
        ["v5-h96-midvalley-pta-five-times-sit-to-stand-97110"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Salem (Keizer) Clinic · Exam Rm 7
            First-Contact PT — PTA visit under C. Ibarra, PT's plan
            PTA: D. Moreno, PTA
            #1 Bilateral knee OA — can't get up from the low couch or out of the pickup without shoving off with his hands
               Tx: 97110 therapeutic exercise, 15 min — sit-to-stand from 18 in holding a 10-lb kettlebell 3 × 8; step-ups onto a 6-in step 3 × 10 each leg; standing hip abduction with a red band 2 × 15
               Finding: quad and hip weakness both sides with knee OA
               Measure: 5xSTS 14.2 s (16.9 s at the first visit)
               Plan: per PT plan; PT re-check next visit
            """,
            ["M17.0"], [PTA("97110", 15)], []),

        // Mid-Valley Albany, six weeks after a L vestibular neuritis seen at urgent care: "PT with her one-on-one the whole 97112; nobody else on my schedule"; X1 against a busy background, head-turn hall walking, foam eyes closed with nods; L vestibular hypofunction with oscillopsia and sway; FGA, DVA lines and mCTSIB seconds; 18 min matches: passes.
        ["v5-h96-midvalley-fga-dva-mctsib-97112"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Albany Clinic · Exam Rm 3
            First-Contact PT Visit (booked after her urgent-care visit for vertigo)
            PT: J. Halloran, PT
            #1 L vestibular hypofunction, six weeks after vestibular neuritis
               PT with her one-on-one the whole 97112; nobody else on my schedule.
               Tx: 97112 neuromuscular re-education, 18 min — X1 viewing, horizontal and vertical, against a busy background; walking the clinic hall with head turns; standing on foam, eyes closed, with head nods
               Finding: L vestibular hypofunction — oscillopsia when walking, sway on soft ground in the dark
               Measure: FGA 19/30; DVA 3 lines lost; mCTSIB foam eyes closed 11 s
               Plan: HEP progressed; recheck in two weeks
            """,
            ["H81.22"], [PT("97112", 18)], []),

        // WSRMC Oshkosh ED, L sciatica with extension centralising: prone press-ups and standing extension in sets; L radicular pain with a directional preference; SLR degrees and fingertip-to-floor cm before and after; 14 min matches: passes.
        ["v5-h96-wsrmc-slr-and-fingertip-floor-97110"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: OSH ED · Bay 6            Consult from: T. Halvorsen, MD (ED attending)
            Reason for consult: L sciatica × 5 days; PT before dispo
            Red flags: no saddle change, bladder and bowel normal, no progressive weakness; ankle DF and great-toe extension 5/5 both sides.
            Exam: fingertip-to-floor 42 cm; SLR L 35° reproduces calf pain, R 70°; prone press-ups centralize the leg pain to the buttock.
            Treatment (billed):
              • 97110 therapeutic exercise — 14 min
                prone press-ups 3 × 10, centralizing; standing back extension × 10; prone lying on elbows, 3 holds of 30 sec
            Retest: SLR L 35° → 50°; fingertip-to-floor 42 → 31 cm; leg pain now above the knee.
            Impairment: L lumbar radicular pain with a directional preference for extension; poor sitting tolerance.
            Dispo: home; HEP handout; no slumped sitting; direct-access outpatient PT this week.
            — L. Thao, PT, DPT
            """,
            ["M54.32"], [PT("97110", 14)], []),

        // RedClay Lawrenceville, a dance-team member stiff in a deep plié a month after a sprain: talocrural posterior glides by grade and bouts, tib-fib and subtalar glides, calf STM; R talocrural hypomobility limiting dorsiflexion; weight-bearing lunge cm before and after; 11 min matches: passes.
        ["v5-h96-redclay-weight-bearing-lunge-97140"] = new(
            """
            RedClay Urgent Care + Sports PT — Lawrenceville (Scenic Hwy)
            Walk-in · same-day PT
            ▸ Story: 19 y/o, college dance team; R ankle sprain a month ago, stiff and pinching in a deep plié.
            ▸ Treated today
               97140 · manual therapy · 11 min
                 – talocrural posterior glides, grade III, 3 × 30 s
                 – distal tib-fib A-P glides; subtalar lateral glides
                 – STM to the R gastroc-soleus
            ▸ Problem: R talocrural hypomobility limiting dorsiflexion after the sprain
            ▸ Numbers: weight-bearing lunge R 6 cm → 9 cm (L 12 cm)
            ▸ Plan: knee-to-wall mobilizations at home
            K. Brantley, PT
            """,
            ["S93.401D"], [PT("97140", 11)], []),

        // WSRMC Fond du Lac freestanding ED, a knee twisted getting off a snowmobile, Ottawa knee rule negative: cane fitting, step-through with heel strike, turns, the ambulance-entrance ramp; antalgic short R stance with stiff-knee swing — "Says walking is easier with the cane; his wife agrees", no distance, assistance level or number but the code's and its minutes: measure missing.
        ["v5-h96-wsrmc-walking-easier-per-wife-97116"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: FDL Freestanding ED       Consult from: A. Brandt, MD (ED attending)
            Reason for consult: R knee pain and a limp after twisting it getting off the snowmobile; Ottawa knee rule negative
            Treatment (billed):
              • 97116 gait training — 12 min
                single-point cane fitted, in the L hand; step-through pattern with heel strike on the R; turns and backing up; the ramp at the ambulance entrance
            Impairment: antalgic gait — short R stance, stiff-knee swing.
            Says walking is easier with the cane; his wife agrees.
            Dispo: home with the cane; direct-access outpatient PT if not better.
            — B. Schroeder, PT
            """,
            ["S83.91XA"], [PT("97116", 12)], [At(Measure, "97116")]),

        // RedClay Decatur return visit, "Session format ▾ Individual — one patient, one PT": BAPS, Airex eyes closed, tilt-board catches; R ankle proprioception — "Numbers: —" and "Says the ankle feels more solid on the sidewalk", no number but the code's and its minutes: measure missing.
        ["v5-h96-redclay-ankle-feels-more-solid-97112"] = new(
            """
            RedClay Urgent Care + Sports PT — Decatur (Church St)
            Return visit · PT
            ▸ Story: rolled the R ankle stepping off the trail edge on a scooter.
            ▸ Session format ▾  Individual — one patient, one PT
            ▸ Treated today
               97112 · neuromuscular re-ed · 16 min
                 – BAPS board clockwise and counter
                 – single-leg stance on the Airex with eyes closed
                 – tilt-board catches
            ▸ Problem: R ankle proprioception impaired since the sprain
            ▸ Numbers: —
            ▸ Says the ankle feels more solid on the sidewalk.
            M. Castellanos, PT, DPT
            """,
            ["S93.401D"], [PT("97112", 16)], [At(Measure, "97112")]),

        // Pioneer Valley Amherst, a retired professor's stiff R hip: belt distraction, posterior and inferior glides, TFL and adductor STM; R hip OA with capsular stiffness — "she says the hip feels freer", no grade, bout, degree or number but the code's and its minutes: measure missing.
        ["v5-h96-pioneer-hip-feels-freer-97140"] = new(
            """
            pioneer valley direct access pt · amherst (n. pleasant st)
            direct access — no referral
            why she's here: retired professor; R hip stiff getting in and out of the car and putting on her socks
            what we did — 97140, 12 min: R hip long-axis distraction with a belt; posterior and inferior glides; STM to the R TFL and adductors
            the problem: R hip OA — capsular stiffness into flexion and internal rotation
            she says the hip feels freer; thinks socks will be easier tonight.
            — t. ruiz, pt, dpt
            """,
            ["M16.11"], [PT("97140", 12)], [At(Measure, "97140")]),

        // Mid-Valley Lebanon follow-up, mid-back pain since loading firewood: open books, thread the needle, prone T raises, seated extension with no dose; thoracic stiffness with rhomboid and mid-trap weakness — "Looks less guarded today", no sets, repetitions, load or number but the code's and its minutes: measure missing.
        ["v5-h96-midvalley-less-guarded-97110"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Lebanon Clinic
            First-Contact PT Visit — follow-up
            PT: J. Halloran, PT
            Problem: mid-back pain since loading firewood into the truck
               Tx: 97110 therapeutic exercise, 13 min — open books; thread the needle; prone T raises; seated thoracic extension over the chair back
               Finding: thoracic stiffness with rhomboid and mid-trap weakness; pain reaching across to the passenger door
               Looks less guarded today; moving more freely.
               Plan: continue the HEP
            """,
            ["M54.6"], [PT("97110", 13)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // WSRMC Oshkosh ED, evaluation and treatment the same visit: the eval code named as untimed with no minutes, then "97116 gait training — 13 min" and "97530 therapeutic activities — 11 min", both match; Ottawa knee rule negative; crutches WBAT in an immobilizer with distance, stairs, SBA and CGA; car-height and toilet transfers with counts; guarded R knee: passes.
        ["v6-h96-wsrmc-eval-then-gait-and-transfers"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — EVAL & TREAT
            Dept: OSH ED · Bay 10           Consult from: K. Vang, MD (ED attending)
            Reason for consult: R knee twisted on an icy step outside the bowling alley; Ottawa knee rule negative (under 55, no fibular-head or isolated patellar tenderness, flexes past 90°, bore weight 4 steps); immobilizer ordered; crutch and transfer training before dispo
            PT eval (97161, low complexity) completed — see flowsheet; untimed.
            Treatment (billed):
              • 97116 gait training — 13 min
                axillary crutches sized; knee immobilizer on; 3-point gait WBAT R, 2 × 80 ft, SBA; 3 stairs with the rail and a crutch, CGA
              • 97530 therapeutic activities — 11 min
                car transfer (chair at car-seat height), immobilized leg leading, × 3, SBA; sit-to-stand from a low toilet with the grab bar × 4, SBA; donning and doffing the immobilizer independently × 2
            Impairment: R knee pain with guarded weight bearing; can't bend the knee for the car seat or the toilet.
            Dispo: home; ortho clinic in a week for the knee.
            — L. Thao, PT, DPT
            """,
            ["S83.91XA"], [PT("97116", 13), PT("97530", 11)], []),

        // WSRMC Neenah ED, a fall on the ice in a store lot with a sore back and wrist: "97110 therapeutic exercise — 8 min before she went to x-ray for the wrist + 7 min after she came back = 15 min" — one code's minutes in two parts adding up to the line; pelvic tilts, trunk rotation, bridges, hinge sit-to-stands with sets; lumbar strain with guarding: passes.
        ["v6-h96-wsrmc-xray-break-two-parts-97110"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: NEE ED · Bay 6            Consult from: P. Lor, DO (ED attending)
            Reason for consult: slipped on the ice in a store parking lot; low back pain and a sore L wrist. Back: no midline tenderness, no red flags. Wrist films ordered.
            Treatment (billed):
              • 97110 therapeutic exercise — 8 min before she went to x-ray for the wrist + 7 min after she came back = 15 min
                hook-lying pelvic tilts 2 × 10; lower trunk rotation 2 × 10 each way; bridges 2 × 10; sit-to-stand with a hip hinge × 8
            Impairment: lumbar muscle strain — pain and guarding bending and rolling in bed.
            Wrist films neg (Dr. Lor); wrist splinted by ED staff.
            Dispo: home; HEP handout; direct-access outpatient PT in a week if not better.
            — M. Xiong, PT
            """,
            ["S39.012A", "S63.502A"], [PT("97110", 15)], []),

        // RedClay Lawrenceville, three "code · description · N min" rows (97140 11, 97110 14, 97112 13), all match; "Individual — 1 patient : 1 PT"; patellar and tibiofemoral mobs by grade, TKE, step-ups, band walks with doses, Airex perturbations and called cuts; R knee stiffness, quad weakness and neuromuscular control after an MCL sprain; flexion degrees, Y-balance cm and a cut count: passes.
        ["v6-h96-redclay-three-code-rows"] = new(
            """
            RedClay Urgent Care + Sports PT — Lawrenceville (Scenic Hwy)
            Return visit · PT
            ▸ Story: 36 y/o, rec-league soccer; R MCL sprain three weeks ago; knee stiff and feels unsure cutting.
            ▸ Session format ▾  Individual — 1 patient : 1 PT
            ▸ Treated today
               97140 · manual therapy · 11 min
                 – patellar mobs in all directions; tibiofemoral A-P glides, grade III, 3 × 30 s; STM along the medial hamstrings
               97110 · therapeutic exercise · 14 min
                 – terminal knee extension with a band 3 × 15; step-ups onto an 8-in box 3 × 10; lateral band walks 3 × 12
               97112 · neuromuscular re-ed · 13 min
                 – single-leg stance on the Airex with perturbations; plant-and-cut to a called cone, stick the landing
            ▸ Problem: R knee stiffness into flexion, quad weakness and poor neuromuscular control of the knee after the MCL sprain
            ▸ Numbers: flexion 118° → 126°; Y-balance anterior R 60 cm / L 67 cm; plant-and-cut 7 of 10 without valgus
            K. Brantley, PT
            """,
            ["S83.411D"], [PT("97140", 11), PT("97110", 14), PT("97112", 13)], []),

        // Pioneer Valley Northampton, a piano teacher seen by the PT and the PTA: "97140 (PT), 12 min" and "97110 (PTA), 16 min", each matching its line; unilateral PAs by grade and bouts, suboccipital release, STM; chin tucks, Y/T raises, rows, DNF endurance with doses; upper cervical hypomobility, guarding and deep neck flexor weakness; rotation degrees and DNF seconds: passes.
        ["v6-h96-pioneer-pt-manual-pta-ther-ex"] = new(
            """
            pioneer valley direct access pt · northampton (king st)
            direct access — no referral · visit 2 · PT + PTA
            why she's here: 55, piano teacher; neck and R upper-trap ache by the end of a lesson day, with a headache behind the R eye
            what we did — 97140 (PT), 12 min: C2–3 and lower-cervical R unilateral PAs grade III 3 × 30 s; suboccipital release; STM to the R upper trap and levator
            what we did — 97110 (PTA), 16 min: chin tucks 2 × 10 with a 5-s hold; prone Y and T raises 2 × 10; band rows 3 × 15; deep neck flexor holds in hook-lying × 5
            numbers: cervical rotation R 55° → 68°; deep neck flexor endurance 14 s
            the problem: upper cervical hypomobility with R upper-trap guarding; deep neck flexor and scapular weakness — the headache comes on before the last lesson
            — h. brennan, pt / k. dubois, pta
            """,
            ["M54.2", "G44.86"], [PT("97140", 12), PTA("97110", 16)], []),

        // Mid-Valley Salem, a wholesale-nursery potter seen by the PT and the OT the same morning: "97110 therapeutic exercise, 14 min" (PT) and "97530 therapeutic activities, 16 min" (OT), each matching its own discipline's line; ER, scaption, rows, wall slides with loads and sets; plug transplanting and pinch sorting with counts; R cuff weakness and CMC pain with pinch weakness; dynamometer and pinch kg: passes.
        ["v6-h96-midvalley-pt-shoulder-ot-thumb"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Salem (Keizer) Clinic · Exam Rm 7 / Hand Rm
            First-Contact PT and OT visits, same morning (MSK pathway)
            PT: C. Ibarra, PT, DPT            OT: E. Fairweather, OTR/L
            CC: pots up liners at a wholesale plant nursery — R shoulder aches lifting flats onto the top of the carts; R thumb-base pain pinching plugs out of the trays
            #1 R rotator cuff tendinopathy (PT)
               Tx: 97110 therapeutic exercise, 14 min — side-lying ER 3 lb 3 × 12; scaption to shoulder height 2 lb 3 × 10; rows with a green band 3 × 15; wall slides 2 × 10
               Finding: R cuff weakness with a painful arc lifting above shoulder height
               Measure: ER strength R 9.4 kg / L 13.1 kg
            #2 R thumb CMC OA (OT)
               Tx: 97530 therapeutic activities, 16 min — transplanting plugs from a tray with a built-up dibber × 24; sorting plugs with a lateral rather than a tip pinch, joint-protection cues, 3 rounds; opening soil bags with adapted scissors × 4
               Finding: R CMC pain and pinch weakness — can't pinch plugs out of the trays through a shift
               Measure: lateral pinch R 4.5 kg / L 7.0 kg
            """,
            ["M75.81", "M18.11"], [PT("97110", 14), OT("97530", 16)], []),

        // Pioneer Valley Greenfield, Medicare with the plan of care pending, a retired orchard foreman unsteady since a pneumonia admission: "timed min: 97112 16 + 97110 13 = 29", both match; "only him and me for every minute of the NMR"; tandem with head turns, Airex reaches, reactive steps; weighted sit-to-stands, heel raises, banded abduction; late stepping and hip/calf weakness; Berg, chair stands and recoveries: passes.
        ["v6-h96-pioneer-timed-sum-line"] = new(
            """
            pioneer valley direct access pt · greenfield (main st)
            direct access — no referral · Medicare B: POC sent to Dr. Nwosu for certification, pending
            why he's here: 80, retired orchard foreman; legs unsteady since a hospital stay for pneumonia in January; fell in the barn doorway in February
            only him and me for every minute of the NMR — no one else treated by me.
            97112: tandem walking on a line with head turns; standing on the Airex with reaches outside his base; reactive stepping to pushes at the shoulders
            97110: sit-to-stand from a standard chair holding 5 lb 3 × 8; heel raises 3 × 15; standing hip abduction with a red band 2 × 12
            timed min: 97112 16 + 97110 13 = 29
            numbers: Berg 44/56; 30-s chair stand 8; backward pushes recovered in one step 5 of 10
            the problem: postural control poor with a late stepping response; hip and calf weakness after the hospital stay
            — m. szewczyk, pt
            """,
            ["R26.81", "M62.81"], [PT("97112", 16), PT("97110", 13)], []),

        // RedClay Marietta, a film-crew grip: minutes written after each description and its code ("Manual therapy … (97140): 11 minutes", "Therapeutic exercise (97110): 17 minutes"), both match; PAs and rotation mob by grade, glute STM; press-ups, bird dog, hinge, side plank with doses; lumbar hypomobility, guarding and extensor weakness; extension degrees: passes.
        ["v6-h96-redclay-minutes-after-the-description"] = new(
            """
            RedClay Urgent Care + Sports PT — Marietta (Roswell Rd)
            Walk-in · same-day PT
            ▸ Story: 42 y/o grip on a film crew; L low back and buttock pain after laying dolly track all day Monday. APP: no radicular signs, no red flags.
            ▸ Manual therapy to the lumbar spine and L hip (97140): 11 minutes — L5–S1 central PAs grade III 3 × 30 s; side-lying L rotation mob grade III; STM to the L glute med
            ▸ Therapeutic exercise (97110): 17 minutes — prone press-ups 2 × 10; bird dog 3 × 8 each; hip hinge with a dowel 2 × 10; side plank from the knees 3 × 20 s
            ▸ Problem: lumbar hypomobility with L glute guarding; trunk and hip-extensor weakness — can't lift sandbags onto the dolly
            ▸ Numbers: lumbar extension 10° → 20° after the mobs
            D. Whitfield, PT, DPT, SCS
            """,
            ["M54.59"], [PT("97140", 11), PT("97110", 17)], []),

        // WSRMC Fond du Lac freestanding ED, a back that seized moving a chest freezer: "97530 therapeutic activities — 25 min" against a 12-min line — a true mismatch; log roll, side-lying to sit, hinge sit-to-stands, car-height chair with counts and assist levels; acute lumbar pain limiting bed mobility and transfers complete.
        ["v6-h96-wsrmc-97530-25-against-12"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: FDL Freestanding ED · Rm 2    Consult from: A. Brandt, MD (ED attending)
            Reason for consult: acute LBP moving a chest freezer down the basement stairs; can't get up off the cart
            Red flags: none — no saddle change, voiding normally, no fever, no leg weakness.
            Treatment (billed):
              • 97530 therapeutic activities — 25 min
                log roll × 4; side-lying to sit × 4, SBA; sit-to-stand with a hip hinge × 8, mod I; into and out of a car-height chair × 3, SBA
            Impairment: acute lumbar pain limiting bed mobility and transfers.
            Dispo: home with his brother driving; direct-access outpatient PT this week.
            — B. Schroeder, PT
            """,
            ["M54.50"], [PT("97530", 12)], [At(Mismatch, "97530")]),

        // Mid-Valley Corvallis OT, wrist stiffness after a distal radius fracture out of the cast: "97110 therapeutic exercise, 30 min" against a 16-min OT line — a true mismatch; wrist AROM, tendon glides, putty grip and pronation with doses; R wrist stiffness and grip weakness; degrees and kg complete.
        ["v6-h96-midvalley-ot-97110-30-against-16"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Corvallis Clinic · Hand Rm
            First-Contact OT Visit (MSK pathway)
            OT: E. Fairweather, OTR/L
            #1 R distal radius fx, cast off two weeks — stiff wrist, can't turn a key or carry a gallon of milk
               Tx: 97110 therapeutic exercise, 30 min — wrist flexion/extension AROM 2 × 15; tendon glides 10 each position; green putty grip 3 × 12; forearm pronation/supination with a 1-lb hammer 2 × 10
               Finding: R wrist stiffness and grip weakness after the fracture
               Measure: wrist extension 35° → 42°; grip (Jamar pos 2) R 11 kg / L 30 kg
               Plan: HEP; splint off for exercise only
            """,
            ["S52.501D"], [OT("97110", 16)], [At(Mismatch, "97110")]),

        // Pioneer Valley Holyoke, a bus mechanic's frozen shoulder: "97110, 15 min" matches but "97140, 22 min" against a 10-min line — a true mismatch on the second code; pulleys, cane ER, table slides, sleeper stretch with doses; posterior and inferior glides by grade; R adhesive capsulitis; ER and flexion degrees complete.
        ["v6-h96-pioneer-second-code-22-against-10"] = new(
            """
            pioneer valley direct access pt · holyoke (lyman st)
            direct access — no referral · visit 4
            why he's here: 61, city bus mechanic; R shoulder too stiff to reach up under the buses on the lift
            what we did — 97110, 15 min: overhead pulleys × 20; cane-assisted ER in supine 2 × 15; table slides into flexion 2 × 15; sleeper stretch 3 × 30 s
            what we did — 97140, 22 min: R GH posterior and inferior glides grade III–IV 3 × 30 s each; long-axis distraction
            numbers: ER at the side 20° → 28°; flexion 118° → 126°
            the problem: R adhesive capsulitis — capsular stiffness, can't reach overhead under the bus
            — h. brennan, pt
            """,
            ["M75.01"], [PT("97110", 15), PT("97140", 10)], [At(Mismatch, "97140")]),

        // RedClay Smyrna, a sore neck and shoulder blade after moving apartments: "97140 manual therapy + 97110 therapeutic exercise" with "Total timed: 28 min for the visit" on its own line and no minutes for each: separate time missing; both parts complete (thoracic PAs by grade, first-rib mob, STM; chin tucks, rows, open books with doses; thoracic hypomobility and scapular weakness; rotation degrees).
        ["v6-h96-redclay-total-timed-only"] = new(
            """
            RedClay Urgent Care + Sports PT — Smyrna (Spring Rd)
            Walk-in · same-day PT
            ▸ Story: 30 y/o, neck and R shoulder-blade pain since moving apartments last weekend. APP: no radicular signs.
            ▸ Treated today: 97140 manual therapy + 97110 therapeutic exercise
                 – T3–T6 central PAs grade III 3 × 30 s; R first-rib mob; STM to the R rhomboids and levator
                 – chin tucks 2 × 10; band rows 3 × 15; open books 2 × 10 each side
            ▸ Total timed: 28 min for the visit
            ▸ Problem: upper-thoracic hypomobility with R rhomboid guarding and scapular weakness
            ▸ Numbers: cervical rotation R 58° → 70°
            T. Nguyen, PT
            """,
            ["M54.6"], [PT("97110", 16), PT("97140", 12)], [SepTime]),

        // WSRMC Neenah ED, crutch and transfer training after a knee sprain at the Y: "97116 gait training — 14 min" but the 97530 item has no minutes: separate time missing; both parts complete (crutch gait WBAT with distance, stairs, SBA; car-height and shower-chair transfers with counts; guarded L knee).
        ["v6-h96-wsrmc-gait-minutes-transfers-none"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: NEE ED · Bay 4            Consult from: P. Lor, DO (ED attending)
            Reason for consult: L knee sprain at the Y (basketball), films neg; hinged brace; crutches and transfers before dispo
            Treatment (billed):
              • 97116 gait training — 14 min
                axillary crutches sized; 3-point gait WBAT L, 2 × 100 ft, SBA; 4 stairs with the rail and a crutch, SBA
              • 97530 therapeutic activities
                car transfer at car-seat height with the braced leg leading × 3, SBA; shower-chair transfer mock-up × 2, SBA
            Impairment: L knee pain with guarded weight bearing; can't bend the knee far enough for a car seat.
            Dispo: home; ortho f/u next week.
            — M. Xiong, PT
            """,
            ["S83.92XA"], [PT("97116", 14), PT("97530", 11)], [SepTime]),

        // Mid-Valley Albany, "therapeutic exercise (97110) and manual therapy (97140)" with "Timed total: 25 min, the two together" on its own line: no minutes for each code: separate time missing; both parts complete (quad sets, SLR, heel slides with doses; patellar mobs and tibiofemoral glides by grade; L knee stiffness and quad lag after a fall on the ice; flexion degrees).
        ["v6-h96-midvalley-combined-block"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Albany Clinic · Exam Rm 2
            First-Contact PT Visit (MSK pathway)
            PT: J. Halloran, PT
            CC: L knee stiff and sore since slipping on the ice in the church lot two weeks ago; films at urgent care neg
            #1 L knee contusion with stiffness
               Tx: therapeutic exercise (97110) and manual therapy (97140) — quad sets 2 × 15; straight-leg raises 3 × 10; heel slides 2 × 15; patellar mobs; tibiofemoral A-P glides grade III 3 × 30 s
               Timed total: 25 min, the two together
               Finding: L knee stiffness into flexion with a quad lag
               Measure: knee flexion 95° → 104°
               Plan: HEP; f/u in a week
            """,
            ["S80.02XD"], [PT("97110", 15), PT("97140", 10)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on an ED crutch-training 97116 with a diagnosis: DOC_NOTE_MISSING on the line and nothing else.
        ["v7-h96-empty-ed-97116"] = new(
            "",
            ["S93.401A"], [PT("97116", 13)], [At(NoteMissing, "97116")]),

        // Empty note on a two-code visit with no diagnosis: note missing on each profiled line and diagnosis missing.
        ["v7-h96-empty-two-codes-no-dx"] = new(
            "",
            [], [PT("97110", 15), PT("97140", 10)], [At(NoteMissing, "97110"), At(NoteMissing, "97140"), Dx]),

        // A note cell exported as CR-LF line breaks and spaces only (cells are trimmed) on a PTA's 97112 with a diagnosis: note missing only.
        ["v7-h96-line-breaks-only-pta-97112"] = new(
            "\r\n   \r\n \r\n",
            ["M25.371"], [PTA("97112", 20)], [At(NoteMissing, "97112")]),

        // 97110's meaning in the WSRMC Oshkosh ED: pelvic tilts, knee-to-chest holds, bridges, seated flexion stretch with sets, holds and repetitions (technique and measure), low back pain with lumbar stiffness, weak glutes and a goal of sitting through the drive home (deficit); 13 min matches: passes.
        ["v7-h96-wsrmc-97110-low-back-exercise"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: OSH ED · Bay 9            Consult from: T. Halvorsen, MD (ED attending)
            Reason for consult: flare of chronic LBP driving home to Ripon from his daughter's in Green Bay; red-flag screen negative; exercises before dispo
            Treatment (billed):
              • 97110 therapeutic exercise — 13 min
                hook-lying pelvic tilts 2 × 10; single knee-to-chest, 3 holds of 20 sec each side; bridges 2 × 10; seated lumbar flexion stretch × 10
            Impairment: low back pain with lumbar stiffness and weak glutes; goal — sit through the rest of the drive home to Ripon.
            Dispo: home; HEP handout; follow up with his own PT at home.
            — L. Thao, PT, DPT
            """,
            ["M54.59"], [PT("97110", 13)], []),

        // 97530's meaning at RedClay Lawrenceville: mulch-bag floor lifts, a loaded flatbed cart pushed and turned, overhead box stocking with loads, distances and counts (technique and measure), lumbar strain with guarding lifting from the floor and a full-duty goal (deficit); 19 min matches: passes.
        ["v7-h96-redclay-97530-garden-center-lifting"] = new(
            """
            RedClay Urgent Care + Sports PT — Lawrenceville (Scenic Hwy)
            Walk-in · same-day PT
            ▸ Story: 47 y/o, garden-center associate at a home-improvement store; low back strain lifting mulch bags. On light duty.
            ▸ Treated today
               97530 · therapeutic activities · 19 min
                 – floor-to-waist lift of a 40-lb mulch bag with a hip hinge × 8
                 – pushing a loaded flatbed cart 4 × 60 ft, turning with the feet instead of twisting
                 – stocking 10-lb boxes onto a high shelf × 10
            ▸ Problem: lumbar strain — pain and guarding lifting from the floor; goal — full duty in the garden center
            K. Brantley, PT
            """,
            ["S39.012D"], [PT("97530", 19)], []),

        // 97140's meaning at Pioneer Valley Greenfield: GH posterior and inferior glides by grade and bouts, scapular mobs, upper-trap and pec-minor STM (technique), capsular stiffness with pec-minor tightness and a sugarer who can't lift the sap buckets off the taps (deficit), flexion and ER degrees before and after (measure); 12 min matches: passes.
        ["v7-h96-pioneer-97140-sap-buckets-shoulder"] = new(
            """
            pioneer valley direct access pt · greenfield (main st)
            direct access — no referral
            why she's here: 44, makes maple syrup on the family's sugarbush; R shoulder stiff after a season of hanging and emptying sap buckets
            what we did — 97140, 12 min: R GH posterior and inferior glides grade III 3 × 30 s; scapular mobs in side-lying; STM to the R upper trap and pec minor
            numbers: R shoulder flexion 142° → 155°; ER 60° → 68°
            the problem: R glenohumeral capsular stiffness with pec-minor tightness — can't lift the buckets off the taps overhead
            — m. szewczyk, pt
            """,
            ["M25.611"], [PT("97140", 12)], []),

        // 97116's meaning at Mid-Valley Lebanon: cane gait with heel strike and push-off in the hall, the curb and ramp, a gravel path, with distance, SBA and CGA (technique and measure), antalgic short L stance and no push-off after a lateral malleolus fracture (deficit); 16 min matches: passes.
        ["v7-h96-midvalley-97116-curb-ramp-gravel"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Lebanon Clinic · Exam Rm 2 / hallway
            First-Contact PT Visit (MSK pathway)
            PT: J. Halloran, PT
            CC: out of the walking boot a week (ortho), still limping; wants to walk the gravel drive to the mailbox
            #1 Difficulty walking after a L lateral malleolus fx
               Tx: 97116 gait training, 16 min — single-point cane in the R hand; step-through with heel strike and push-off on the L, 3 × 150 ft in the hall, SBA; the clinic curb and the parking-lot ramp × 4, SBA; gravel path outside 100 ft, CGA
               Finding: antalgic gait — short L stance and no push-off; stiff ankle after the fracture
               Plan: wean the cane indoors; f/u in a week
            """,
            ["S82.65XD"], [PT("97116", 16)], []),

        // Generic 97112 in the ED: "ED PT note. Balance training done at the bedside. Pt tolerated well. Continue plan of care." — no technique, deficit, number or one-on-one statement.
        ["v7-h96-ed-generic-balance-training"] = new(
            """
            ED PT note. Balance training done at the bedside. Pt tolerated well. Continue plan of care.
            """,
            ["R26.81"], [PT("97112", 14)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // RedClay Decatur, minutes for each code (97110 15, 97140 10, both match) and "Patient tolerated treatment well. No complaints. Continue POC." — nothing named for either code.
        ["v7-h96-redclay-generic-97110-97140-with-minutes"] = new(
            """
            RedClay Urgent Care + Sports PT — Decatur (Church St)
            ▸ Treated today
               97110 · therapeutic exercise · 15 min
               97140 · manual therapy · 10 min
            ▸ Patient tolerated treatment well. No complaints. Continue POC.
            """,
            ["M54.50"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Mid-Valley generic 97530: "functional training as tolerated. Pt did well. Continue per plan." — no activity, deficit or measure named.
        ["v7-h96-midvalley-generic-97530"] = new(
            """
            MID-VALLEY FAMILY MEDICINE
            First-Contact PT Visit
               Tx: 97530 therapeutic activities, 18 min — functional training as tolerated. Pt did well.
               Plan: continue per plan.
            """,
            ["M54.50"], [PT("97530", 18)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // WSRMC Oshkosh ED, low-speed rear-end collision on Hwy 41, the Canadian C-spine rule applied and no imaging: "97140 manual therapy — 10 min" and "97110 therapeutic exercise — 13 min", both match; lateral glides by grade and bouts, upper-trap STM; AROM, chin tucks, retraction, stretches with doses; WAD with guarding and reduced rotation; rotation degrees: passes.
        ["vord-h96-wsrmc-oshkosh-canadian-c-spine-neck"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: OSH ED · Bay 4            Consult from: T. Halvorsen, MD (ED attending)
            Reason for consult: neck pain after a low-speed rear-end collision on Hwy 41 this morning; PT to treat and set up follow-up
            Canadian C-spine rule: no high-risk factor (under 65, no dangerous mechanism, no paresthesias); low-risk factors present (simple rear-end, ambulatory at the scene, delayed onset); actively rotates 45° L and R → no imaging (Dr. Halvorsen).
            Treatment (billed):
              • 97140 manual therapy — 10 min
                cervical lateral glides, grade II, 3 × 30 s each side; STM to both upper traps and the levators
              • 97110 therapeutic exercise — 13 min
                cervical rotation AROM × 10 each way; chin tucks 2 × 10; scapular retraction 2 × 15; upper-trap stretch 3 × 20 s each side
            Impairment: WAD grade II — cervical muscle guarding and reduced rotation, no neuro signs.
            Measures: rotation L 45° → 58°, R 50° → 62°.
            Dispo: home; keep moving, no collar; direct-access outpatient PT in 3–5 days.
            — L. Thao, PT, DPT
            """,
            ["S16.1XXA", "S13.4XXA"], [PT("97140", 10), PT("97110", 13)], []),

        // WSRMC Fond du Lac freestanding ED, stepped into an old auger hole ice fishing on the lake, Ottawa rules negative: "97116 gait training — 14 min" and "97110 therapeutic exercise — 10 min", both match; crutches PWB to WBAT with distance, stairs, SBA; pumps, alphabet, scrunches, eversion isometrics with doses; lateral ankle sprain with swelling and an antalgic gait; girth and DF degrees: passes.
        ["vord-h96-wsrmc-fdl-auger-hole-ankle"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: FDL Freestanding ED · Rm 4    Consult from: A. Brandt, MD (ED attending)
            Reason for consult: R ankle inversion stepping into an old auger hole ice fishing on the lake; Ottawa ankle rules negative; crutches and HEP before dispo
            Treatment (billed):
              • 97116 gait training — 14 min
                axillary crutches sized; 3-point gait PWB → WBAT R, 2 × 80 ft, SBA; 3 stairs with the rail, SBA
              • 97110 therapeutic exercise — 10 min
                ankle pumps 2 × 20; ankle alphabet × 2; towel scrunches 2 × 15; isometric eversion against the other foot 10 × 5-s holds
            Impairment: R lateral ankle sprain — swelling, painful weight bearing, antalgic gait with a short R stance.
            Measures: figure-8 girth R 54.5 cm / L 51.0 cm; ankle DF R 0° / L 15°.
            Dispo: home on crutches; compression and elevation; direct-access f/u at WSRMC Rehab Fond du Lac.
            — B. Schroeder, PT
            """,
            ["S93.401A"], [PT("97116", 14), PT("97110", 10)], []),

        // WSRMC Neenah ED, an 88-year-old off a step stool hanging a curtain, films and CT negative: supine-to-sit, cane sit-to-stands, raised-seat toilet transfers and a floor recovery with counts and assist levels; L hip contusion, weak abductors, can't rise from the floor; chair-stand count; 19 min matches: passes.
        ["vord-h96-wsrmc-neenah-step-stool-fall-97530"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: NEE ED · Bay 15           Consult from: P. Lor, DO (ED attending)
            Reason for consult: fell off a step stool hanging a curtain; hip and pelvis films neg, CT head neg; L hip bruised; ? safe home alone
            Hx: 88, lives alone in an apartment in Neenah; walks with a cane.
            Treatment (billed):
              • 97530 therapeutic activities — 19 min
                supine to sit off the cart × 3, SBA; sit-to-stand with the cane × 5, CGA → SBA; toilet transfer to a raised seat × 2, SBA; floor recovery with a chair, backward-chained, × 1 with min A
            Impairment: L hip contusion with painful weight bearing and weak L hip abductors; slow, effortful transfers; can't get up from the floor alone.
            Measures: 30-s chair stand 5 (arms used).
            Dispo: home with her daughter checking in twice a day; medical alert pendant advised; home health PT ordered.
            — M. Xiong, PT
            """,
            ["S70.02XA", "Z91.81"], [PT("97530", 19)], []),

        // RedClay Lawrenceville, a roofer carrying shingle bundles up the ladder: "97140 · manual therapy · 10 min" and "97110 · therapeutic exercise · 15 min", both match; posterior glides by grade, cuff and pec-minor STM; ER, ER/IR, rows, scaption with loads and sets; R cuff tendinopathy with posterior capsule tightness; IR degrees and ER kg: passes.
        ["vord-h96-redclay-lawrenceville-roofer-shoulder"] = new(
            """
            RedClay Urgent Care + Sports PT — Lawrenceville (Scenic Hwy)
            Walk-in · same-day PT
            ▸ Story: 39 y/o roofer; R shoulder pain carrying shingle bundles up the ladder. APP: no instability, films neg.
            ▸ Treated today
               97140 · manual therapy · 10 min
                 – GH posterior glides, grade III, 3 × 30 s; STM to the R posterior cuff and pec minor
               97110 · therapeutic exercise · 15 min
                 – side-lying ER 3 lb 3 × 12; band ER/IR at the side 3 × 15; prone rows 3 × 12; scaption 2 lb 2 × 10
            ▸ Problem: R rotator cuff tendinopathy with posterior capsule tightness and cuff weakness — can't shoulder a bundle up the ladder
            ▸ Numbers: IR at 90° abduction 35° → 45°; ER strength R 10.2 kg / L 14.0 kg
            ▸ Plan: carry bundles on the L for now; recheck Thursday
            K. Brantley, PT
            """,
            ["M75.51"], [PT("97140", 10), PT("97110", 15)], []),

        // RedClay Marietta, a food-truck owner hauling propane tanks and the generator: "97530 · therapeutic activities · 15 min" and "97110 · therapeutic exercise · 12 min", both match; tank lifts, cooler carries, loaded step-ups with loads and counts; bird dog, dead bug, bridges with sets; L lumbar strain with trunk and glute weakness: passes.
        ["vord-h96-redclay-marietta-food-truck-back"] = new(
            """
            RedClay Urgent Care + Sports PT — Marietta (Roswell Rd)
            Walk-in · same-day PT
            ▸ Story: 44 y/o, runs a taco truck; low back pain hauling the propane tanks and the generator in and out. APP: no red flags, neuro intact.
            ▸ Treated today
               97530 · therapeutic activities · 15 min
                 – 30-lb propane tank from the floor to a tailgate-height table, hinge and pivot, × 6
                 – carrying a 40-lb cooler 4 × 40 ft
                 – step-ups into a truck-height mock-up step carrying a 20-lb bin × 8
               97110 · therapeutic exercise · 12 min
                 – bird dog 3 × 8 each; dead bug 3 × 10; glute bridges 3 × 12
            ▸ Problem: L lumbar strain with trunk and glute weakness — can't load the truck without pain
            ▸ Plan: dolly for the generator; recheck next week
            D. Whitfield, PT, DPT, SCS
            """,
            ["S39.012D"], [PT("97530", 15), PT("97110", 12)], []),

        // RedClay Alpharetta, "tennis leg" in a league doubles match: seated and standing calf raises, eccentric lowering, slant-board stretch with doses; R medial gastrocnemius strain with calf weakness and a push-off limp; single-leg heel-raise counts; 14 min matches: passes.
        ["vord-h96-redclay-alpharetta-tennis-leg-97110"] = new(
            """
            RedClay Urgent Care + Sports PT — Alpharetta (Old Milton Pkwy)
            Walk-in · same-day PT
            ▸ Story: 48 y/o, felt a "pop" in the R calf lunging for a drop shot in a league doubles match 10 days ago. APP: Thompson neg, no DVT signs.
            ▸ Treated today
               97110 · therapeutic exercise · 14 min
                 – seated calf raises with a 25-lb plate 3 × 15
                 – standing double-leg raises, slow single-leg lowering on the R 3 × 10
                 – calf stretch on the slant board 3 × 30 s
            ▸ Problem: R medial gastrocnemius strain — calf weakness, limps on push-off
            ▸ Numbers: single-leg heel raises R 6 / L 24
            ▸ Plan: no tennis until 20 single-leg raises; heel lift in the shoe
            S. Patel, PT, DPT
            """,
            ["S86.111D"], [PT("97110", 14)], []),

        // Pioneer Valley Northampton, a nurse's morning heel pain evaluated and treated the same day: "97140, 10 min" and "97110, 14 min", both match; plantar fascia and calf STM, talocrural glides by grade, first-MTP mobs; Rathleff high-load heel raises with tempo, slant-board stretch, towel scrunches; plantar heel pain with calf tightness and limited DF; knee-to-wall cm and MTP degrees: passes.
        ["vord-h96-pioneer-northampton-plantar-heel"] = new(
            """
            pioneer valley direct access pt · northampton (king st)
            direct access — no referral · visit 1, eval + treatment same day
            why she's here: 47, nurse at the hospital; L heel pain on the first steps every morning for three months, worse after 12-hr shifts
            screen: no night pain, no numbness, calcaneal squeeze painless — not a stress-fracture picture. No referral out.
            what we did — 97140, 10 min: plantar fascia and calf STM; talocrural posterior glides grade III 3 × 30 s; first MTP extension mobs
            what we did — 97110, 14 min: high-load heel raises (Rathleff) on the L with a towel under the toes, 3 × 12, 3 s up / 2 s hold / 3 s down; calf stretch on the slant board 3 × 30 s; towel scrunches 2 × 20
            numbers: knee-to-wall L 7 cm → 10 cm (R 12 cm); first MTP extension 45° → 60°
            the problem: L plantar heel pain with calf tightness and limited dorsiflexion — first steps in the morning and the end of a shift
            — h. brennan, pt
            """,
            ["M72.2"], [PT("97140", 10), PT("97110", 14)], []),

        // Pioneer Valley Greenfield, visit 3 of 3 and discharge to self-management of a carpenter's back: kettlebell hinge, suitcase carry, side plank, bird dog with loads, distances and holds; residual trunk-extensor and lateral-core endurance deficit stated; side-plank seconds and fingertip-to-floor cm against visit 1; 15 min matches: passes.
        ["vord-h96-pioneer-greenfield-discharge-to-self-management"] = new(
            """
            pioneer valley direct access pt · greenfield (main st)
            direct access — no referral · visit 3 of 3 — discharge to self-management
            why he's here: 52, carpenter; low back strain framing a roof in January. Back to full days.
            what we did — 97110, 15 min: HEP progressed — hip hinge with a 25-lb kettlebell 3 × 10; suitcase carry 30 lb 4 × 40 ft each hand; side plank 3 × 30 s each side; bird dog 2 × 10
            numbers: side plank R 45 s / L 48 s (28 / 30 s at visit 1); fingertip-to-floor 8 cm (26 cm at visit 1)
            the problem: residual trunk-extensor and lateral-core endurance deficit after the lumbar strain — he'll keep building it on his own
            next: discharged to self-management; HEP card; call if it flares
            — m. szewczyk, pt
            """,
            ["S39.012D"], [PT("97110", 15)], []),

        // Pioneer Valley Holyoke, Medicare with the plan of care still pending, two falls on the icy back steps of a triple-decker, grandson interpreting at her side: "one-on-one — no other patient treated by me during the NMR"; pushes at the pelvis, Airex head turns, tandem at the counter; cane gait on steps, an ice-melt mat and the hall with distance, CGA and SBA; postural control and short steps; Berg, TUG and mCTSIB; 17 and 12 min match: passes.
        ["vord-h96-pioneer-holyoke-medicare-pending-balance-and-gait"] = new(
            """
            pioneer valley direct access pt · holyoke (lyman st)
            direct access — no referral · Medicare B: plan of care sent to Dr. Figueroa for certification, still pending
            why she's here: 78, Spanish-speaking (her grandson interpreted at her side); two falls on the icy back steps of her triple-decker this winter
            one-on-one — no other patient treated by me during the NMR.
            what we did — 97112, 17 min: stepping strategy to pushes at the pelvis; standing on the Airex with head turns, eyes open and closed; tandem along the counter
            what we did — 97116, 12 min: cane gait up and down the clinic's back steps with the rail and across the ice-melt mat at the door × 4, CGA → SBA; 2 × 150 ft in the hall with cued heel strike, SBA
            numbers: Berg 42/56; TUG 15.8 s with the cane; mCTSIB foam eyes closed 6 s
            the problem: postural control — slow stepping response, leans on vision; short shuffling steps on uneven ground
            — t. ruiz, pt, dpt
            """,
            ["R26.81", "Z91.81"], [PT("97112", 17), PT("97116", 12)], []),

        // Mid-Valley Lebanon, a log-truck driver with R arm tingling: myelopathy screened out and imaging deferred with return precautions; "97140 manual therapy, 11 min" and "97110 therapeutic exercise, 14 min", both match; manual traction with holds, lateral glides and thoracic PAs by grade; chin tucks, retraction, thoracic extension with doses; R C6 radicular pain with weak biceps; rotation degrees and grip kg: passes.
        ["vord-h96-midvalley-lebanon-cervical-radiculopathy"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Lebanon Clinic · Exam Rm 1
            First-Contact PT Visit (MSK pathway — booked with PT in place of a PCP visit)
            PT: J. Halloran, PT               PCP: D. Oyelaran, MD (routed FYI)
            CC: R arm tingling into the thumb and index finger for 10 days; log-truck driver, worse looking up at the mirror
            #1 R cervical radiculopathy, C6 pattern
               Screen: no myelopathy signs (Hoffmann neg, gait normal, no hand clumsiness); biceps 4+/5 R; Spurling pos R. Imaging not indicated now — MRI if weakness progresses.
               Tx: 97140 manual therapy, 11 min — manual cervical traction in supine, 10 × 10-s holds; lateral glides away from the R, grade II, 3 × 30 s; thoracic PA mobs grade III
               Tx: 97110 therapeutic exercise, 14 min — chin tucks 2 × 10 with a 5-s hold; scapular retraction with a band 3 × 15; thoracic extension over a towel roll 2 × 10
               Finding: R C6 radicular pain and paresthesia; cervical retraction loss; weak R biceps
               Measure: cervical rotation R 40° → 55°; grip R 28 kg / L 36 kg
               Return precautions: new weakness, bowel or bladder change, trouble walking → ED.
            """,
            ["M54.12"], [PT("97140", 11), PT("97110", 14)], []),

        // Mid-Valley Corvallis, a choir member's knee OA: sit-to-stands, step-ups, quad sets, hip abduction with sets; R quad and abductor weakness with stair pain; chair-stand count and stair-climb seconds; 16 min matches: passes.
        ["vord-h96-midvalley-corvallis-knee-oa-97110"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Corvallis Clinic · Exam Rm 5
            First-Contact PT Visit (MSK pathway)
            PT: R. Nakamura, PT, DPT
            CC: R knee aching after the farmers' market loop and the stairs up to the choir loft
            #1 R knee OA
               Tx: 97110 therapeutic exercise, 16 min — sit-to-stand from a 17-in chair 3 × 10; step-ups to a 6-in step 3 × 10; quad sets 2 × 15; side-lying hip abduction 2 × 12
               Finding: R quad and hip abductor weakness with knee OA; stairs painful
               Measure: 30-s chair stand 10; stair climb test (9 steps) 11.4 s
               Plan: HEP; f/u in three weeks
            """,
            ["M17.11"], [PT("97110", 16)], []),

        // Mid-Valley Salem PTA, a hop-yard worker whose L ankle rolls on the uneven rows: "PTA one-on-one with her for the whole 97112 — no other patient on the PTA's schedule that hour"; BAPS, foam stance with a ball toss, hop to stick; L ankle proprioception and peroneal reaction; SLS and stick count; 18 min matches: passes.
        ["vord-h96-midvalley-salem-pta-ankle-97112"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Salem (Keizer) Clinic · Exam Rm 7
            First-Contact PT — PTA visit under C. Ibarra, PT's plan
            PTA: D. Moreno, PTA
            #1 L ankle keeps rolling on the uneven rows at the hop yard where she strings and trains the bines
               PTA one-on-one with her for the whole 97112 — no other patient on the PTA's schedule that hour.
               Tx: 97112 neuromuscular re-education, 18 min — BAPS level 3; single-leg stance on foam with a ball toss; hop to stick, forward and lateral
               Finding: L ankle proprioception and peroneal reaction poor — rolls on uneven ground
               Measure: SLS eyes closed L 6 s / R 20 s; hop-to-stick 6 of 10
            """,
            ["M25.372"], [PTA("97112", 18)], []),

        // Mid-Valley Albany OT, a new father's de Quervain's: thumb AROM, isometric abduction holds, eccentric radial deviation, tendon glides with doses; first dorsal compartment pain with thumb and wrist weakness lifting the baby; grip and key-pinch kg; OT 15 min matches: passes.
        ["vord-h96-midvalley-ot-de-quervain-97110"] = new(
            """
            MID-VALLEY FAMILY MEDICINE — Albany Clinic · Hand Rm
            First-Contact OT Visit (MSK pathway)
            OT: E. Fairweather, OTR/L
            #1 R de Quervain tenosynovitis — new father, lifting the baby out of the bassinet
               Tx: 97110 therapeutic exercise, 15 min — thumb IP/MP AROM out of the splint 2 × 10; isometric thumb abduction 5 × 10-s holds; eccentric wrist radial deviation with a 1-lb weight 2 × 12; tendon glides 10 each position
               Finding: R first dorsal compartment pain with thumb and wrist weakness; can't lift the baby with the thumb spread
               Measure: grip R 22 kg / L 38 kg; key pinch R 5.5 kg / L 8.0 kg
               Plan: thumb spica for lifting; f/u in two weeks
            """,
            ["M65.4"], [OT("97110", 15)], []),

        // Pioneer Valley Amherst, a university groundskeeper's back, three codes with minutes for each (97140 10, 97110 15, 97530 14), all match; central PAs and rotation mob by grade; bird dog, side plank, bridges with doses; bag lifts, raking and bagging, wheelbarrow with loads and distances; lumbar hypomobility and core weakness, can't lift the mower deck; fingertip-to-floor cm and side-plank seconds: passes.
        ["vord-h96-pioneer-amherst-groundskeeper-three-codes"] = new(
            """
            pioneer valley direct access pt · amherst (n. pleasant st)
            direct access — no referral · visit 2
            why she's here: 35, university groundskeeper; low back pain since a day of raking and bagging leaves; can't lift the mower deck onto the trailer
            what we did — 97140, 10 min: L4–5 and L5–S1 central PAs grade III 3 × 30 s; side-lying rotation mob grade III
            what we did — 97110, 15 min: bird dog 3 × 8; side plank from the knees 3 × 20 s; glute bridges 3 × 12
            what we did — 97530, 14 min: lifting a 40-lb bag from the floor to a trailer-height table × 8; raking and bagging with a hip hinge, 3 rounds; pushing a loaded wheelbarrow 4 × 50 ft
            numbers: fingertip-to-floor 28 cm → 18 cm; side plank R 20 s / L 22 s
            the problem: lumbar hypomobility with trunk-extensor and core weakness — can't lift the mower deck
            — t. ruiz, pt, dpt
            """,
            ["M54.50"], [PT("97140", 10), PT("97110", 15), PT("97530", 14)], []),

        // RedClay Decatur, a teacher's ankle sprained on the bleacher steps at a pep rally: "97112 · 15 min" and "97140 · 10 min", both match; "Individual — 1 patient : 1 PT"; BAPS, Airex catches, step-down to a stick; talocrural glides by grade, peroneal STM; L ankle proprioception and talocrural hypomobility; SLS seconds and lunge cm: passes.
        ["vord-h96-redclay-decatur-teacher-ankle-nmr-and-manual"] = new(
            """
            RedClay Urgent Care + Sports PT — Decatur (Church St)
            Return visit · PT
            ▸ Story: 40 y/o middle-school teacher; L ankle sprain three weeks ago on the bleacher steps at a pep rally; stiff and unsure on stairs.
            ▸ Session format ▾  Individual — 1 patient : 1 PT
            ▸ Treated today
               97112 · neuromuscular re-ed · 15 min
                 – BAPS level 3; single-leg stance on the Airex with ball catches; lateral step-down to a stick
               97140 · manual therapy · 10 min
                 – talocrural posterior glides, grade III, 3 × 30 s; STM to the L peroneals
            ▸ Problem: L ankle proprioception impaired and talocrural hypomobility limiting dorsiflexion after the sprain
            ▸ Numbers: SLS eyes closed L 8 s / R 26 s; weight-bearing lunge L 7 cm → 10 cm
            M. Castellanos, PT, DPT
            """,
            ["S93.402D"], [PT("97112", 15), PT("97140", 10)], []),

        // RedClay Smyrna, a complete 97110 for a desk worker's neck (chin tucks, rows, Y/T raises, stretches with doses; deep neck flexor and scapular weakness with forward head; DNF seconds) with no diagnosis code on the visit: diagnosis missing.
        ["vord-h96-redclay-no-diagnosis"] = new(
            """
            RedClay Urgent Care + Sports PT — Smyrna (Spring Rd)
            Walk-in · same-day PT
            ▸ Story: 29 y/o, works from home at a kitchen-table laptop; neck and upper-back ache by mid-afternoon for a month. APP: no radicular signs.
            ▸ Treated today
               97110 · therapeutic exercise · 14 min
                 – chin tucks with a 5-s hold 2 × 10; band rows 3 × 15; prone Y and T raises 2 × 10; levator stretch 3 × 30 s each side
            ▸ Problem: deep neck flexor and scapular weakness with a forward head posture; ache sitting at the laptop
            ▸ Numbers: deep neck flexor endurance 12 s
            T. Nguyen, PT
            """,
            [], [PT("97110", 14)], [Dx]),

        // Pioneer Valley Greenfield, a complete 97140 for ankle stiffness (talocrural and subtalar glides by grade and bouts, STM; talocrural hypomobility limiting DF on the sugarbush slope; lunge cm) with the old ICD-9 sprain code 845.00 on the visit: not a well-formed ICD-10-CM code.
        ["vord-h96-pioneer-icd9-845-00"] = new(
            """
            pioneer valley direct access pt · greenfield (main st)
            direct access — no referral · visit 2
            why he's here: 60, gathers sap on a steep sugarbush; R ankle stiff since a sprain in the fall, can't get his heel down going up the slope
            what we did — 97140, 11 min: talocrural posterior glides grade III 3 × 30 s; subtalar lateral glides; STM to the R soleus
            numbers: weight-bearing lunge R 5 cm → 8 cm (L 11 cm)
            the problem: R talocrural hypomobility limiting dorsiflexion — can't get the heel down walking up the slope
            — m. szewczyk, pt
            """,
            ["845.00"], [PT("97140", 11)], [Dx]),

        // Mid-Valley short entry, two codes with only "therapeutic exercise and manual therapy. Tolerated well.", "Timed total: 27 min." and "continue plan.": no technique, deficit or measure for either code and no minutes for each.
        ["vord-h96-midvalley-generic-two-codes-total"] = new(
            """
            MID-VALLEY FAMILY MEDICINE
            First-Contact PT Visit — follow-up
               Tx: therapeutic exercise and manual therapy. Tolerated well.
               Timed total: 27 min.
               Plan: continue plan.
            """,
            ["M54.50"], [PT("97110", 15), PT("97140", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // WSRMC Oshkosh ED, crutch training after an ankle sprain on the porch steps: "97116 gait training — 28 min" against a 14-min line — a true mismatch; crutch gait with distance, stairs, SBA and CGA and an antalgic gait complete.
        ["vord-h96-wsrmc-97116-28-against-14"] = new(
            """
            WINNEBAGO SHORES REGIONAL MEDICAL CENTER · EMERGENCY DEPARTMENT
            ED PHYSICAL THERAPY — CONSULT & TREAT
            Dept: OSH ED · Bay 3            Consult from: K. Vang, MD (ED attending)
            Reason for consult: L ankle inversion on icy porch steps; Ottawa rules negative; crutch training before dispo
            Treatment (billed):
              • 97116 gait training — 28 min
                axillary crutches sized; 3-point gait WBAT L, 2 × 90 ft, SBA; 4 stairs with the rail and a crutch, CGA → SBA
            Impairment: antalgic gait — short L stance, no push-off through the forefoot.
            Dispo: home on crutches; direct-access f/u this week.
            — L. Thao, PT, DPT
            """,
            ["S93.402A"], [PT("97116", 14)], [At(Mismatch, "97116")]),

        // Pioneer Valley Holyoke PTA, "97110 (PTA), 26 min" against a 14-min PTA line — a true mismatch; clamshells, bridges, step-ups, sit-to-stands with doses and R hip abductor weakness after a fall on the ice complete.
        ["vord-h96-pioneer-pta-97110-26-against-14"] = new(
            """
            pioneer valley direct access pt · holyoke (lyman st)
            direct access — no referral · PTA visit under h. brennan's plan
            why she's here: 66, school-bus driver; R hip sore and weak since a fall on the ice in the bus yard
            what we did — 97110 (PTA), 26 min: side-lying clamshells with a red band 3 × 15; bridges 3 × 12; step-ups onto a 6-in step 3 × 10; sit-to-stand from a standard chair 3 × 8
            the problem: R hip abductor and extensor weakness — Trendelenburg on the bus steps
            — k. dubois, pta
            """,
            ["S70.01XD"], [PTA("97110", 14)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
