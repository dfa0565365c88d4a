using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The sixtieth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not read
/// the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder
/// (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of notes written as answers to smart-form questions — prompts that a Medicare
/// Advantage plan's utilization-management vendor or a hospital compliance office makes the therapist answer
/// before the note can be signed ("What skilled intervention was provided and why did it require a therapist?",
/// "Patient response:", "What changed since last visit?", "Was the patient treated one-on-one? Explain", "Minutes
/// per code:", "Objective measure today:", "Barrier to progress:"), answered well, badly, in a word or a
/// paragraph, with N/A, "Same.", a copied line or nothing — about two thirds ordinary and complete (67 of 102),
/// single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit), on a mixed Medicare
/// Part B and Medicare Advantage caseload, by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>a Chattanooga-area private practice ("Lookout Valley Physical Therapy": Brainerd, Hixson, Ringgold GA,
/// Fort Oglethorpe GA) whose MA plans' review vendor ("TheraGate Review") requires a "Skilled Need
/// Questionnaire" — the seven prompts above, each answered on the line below it, in a full and a short form
/// (the short one has no one-on-one question), with ☐/☒ outcome boxes and an "Other →"; the battlefield walk at
/// Chickamauga, a bass boat on Lake Chickamauga, the Riverwalk, the Ringgold flea market, a fellowship-hall rug,
/// a Dalton carpet-mill retiree, LSVT BIG;</item>
/// <item>a hospital outpatient department on both sides of the Missouri ("Missouri River Health — Outpatient
/// Rehabilitation": Council Bluffs, Glenwood, Bellevue, Omaha Dodge St) whose compliance office requires "Part
/// B required elements" as Q: / A: pairs ("Which skilled technique(s) were delivered?", "What impairment did it
/// address?", "Number that shows where the patient is today:", "Delivery — individual, concurrent or group? (If
/// individual, say so.)", "CPT / minutes:", "Why does this need a licensed clinician?"), in one version as
/// checklists with [X] / [ ]; Union Pacific and Offutt retirees, the Bob Kerrey bridge, a wound-clinic visit
/// splitting a session, the Balance Tutor, rib mobilization for COPD;</item>
/// <item>a Hudson Valley practice ("Rondout Valley Rehab": Kingston, Rhinebeck, New Paltz, Poughkeepsie) on an
/// EMR smart form whose prompts sit inline ("Skilled intervention/rationale:", "Pt response:", "Interval
/// change:", "Treated one-on-one? … — explain:", "Time by code:", "Objective:", "Barriers:") and whose unanswered
/// fields stay as "***" wildcards and unresolved "{Yes/No:20417}" pick lists; the C-Mill, Cawthorne-Cooksey,
/// BlazePods and an agility ladder, Route 209, the brick walk on Wall St, the rail trail, Metro-North, an IBM
/// retiree;</item>
/// <item>an eastern Kentucky and southern West Virginia practice ("Tug Fork Therapy &amp; Wellness": Pikeville,
/// Prestonsburg, Paintsville, Williamson WV) pasting a second MA vendor's portal questions ("Bluegrass Outcomes
/// Review": "► Intervention + why skilled", "► Response", "► Change since last", "► One-on-one? (Y/N, explain)"
/// with a ▼ drop-down, "► Min/code", "► Test/measure", "► Barrier"), answered in the patients' and therapists'
/// own idiom ("swimmy-headed", "give out", "got tickled at herself", "wasn't nobody in the gym but me and him",
/// "walked till she give out"); retired underground miners with COPD, porch steps, the mailbox at the mouth of
/// the holler, the church pew, Keiser pneumatic power training, an Up n' Go body-weight-support trainer;</item>
/// <item>a Mat-Su and Anchorage practice ("Knik Arm Therapy": Wasilla, Palmer, Eagle River, Anchorage Midtown)
/// whose PTs, PTAs and OTs answer "Payer questions (MA plan)" inline, sometimes with "N/A" or "Same." copied
/// down the form, and a PT and an OT answering them separately for one visit; Yaktrax and an ice-tipped cane on
/// glare ice, a plowed berm, water jugs and split logs for a dry cabin, a retired musher's sled dogs, a Carhartt
/// zipper, the SaeboMAS, Carrs.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h60-…): one-on-one as these writers answer the question ("Yes. Only Mr. Cagle and me in the
/// back treatment room — my 2:00 cancelled", "Individual. I had Mrs. Ruiz by myself for the whole block", "Y —
/// wasn't nobody in the gym but me and him", "Yes — only client on my schedule this hour, treatment-room door
/// shut", a PTA alone with the patient while the supervising PT was on site with her own, a yes limited to the
/// 97112 block with the 97110 done beside another patient), answers that negate it (the aide keeping the patient
/// on the foam circuit during the PT's call, a husband and wife alternated at stations) or never give it (an
/// answer about the daughter waiting in the truck, the short form with no such question), an "N/A" on a 97110
/// and a "Not individual" on a 97116, which have no one-on-one check;</item>
/// <item>class 2 (v2-h60-…): form states: an unresolved "{Yes/No:20417}" pick list, a smart form left all "***"
/// but "tolerated well", "[ ] Individual (1:1) [X] Concurrent" and "[X] Individual (1:1)", outcome boxes with
/// "☒ Other → …" and with none ticked, a ▼ drop-down left at "-- select --" and one set to "Y" with the
/// explanation empty, N/A answers around a complete task section, "Same." copied down every prompt but the
/// measure and the barrier, ticked technique and impairment checklists;</item>
/// <item>class 3 (v3-h60-…): named programmes and devices as techniques (LSVT BIG, the Balance Tutor, the
/// C-Mill, the SaeboMAS, Keiser pneumatic power training, rib mobilization, an Up n' Go body-weight-support
/// trainer, Yaktrax with an ice-tipped cane), a Cawthorne-Cooksey progression "not retested today", and BlazePod
/// ladder drills with no deficit;</item>
/// <item>class 4 (v4-h60-…): deficits stated as findings wherever the form puts them (under "Barrier to
/// progress", "What impairment did it address?", "Interval change", "Change since last", "Patient response":
/// an ankle that cannot find neutral with eyes closed, a fall to the left with the eyes shut and a great toe
/// whose position is not sensed, a foot slap and toe catch without the AFO, swimmy-headedness with a catch-up
/// saccade, a hand that lets go of the kettle, a segment stiff and painful to PA pressure, a knee that gives way
/// on the ramp, overshooting targets) and notes that state none (a 97110 whose impairment answer is "None found
/// today", a 97112 whose objective findings are all normal);</item>
/// <item>class 5 (v5-h60-…): measures in their usual forms and places (a DGI under "What changed", Maximal Step
/// Length, the 6MWT, assistance levels on porch steps and a salted ramp, grip and pinch kilograms, rotation
/// degrees before and after, TUG with and without a cognitive task) and notes with none ("Not measured today",
/// exercises with no doses and the measure prompt blank, "didn't measure — walked till she give out");</item>
/// <item>class 6 (v6-h60-…): minutes in the forms' usual answers ("97112 — 23; 97110 — 15", "97110 / 15 · 97530
/// / 23", pipes for three codes, minutes in words, a PT and an OT answering for their own codes, two parts around
/// a wound-clinic visit, a clock range), true mismatches (a minutes answer carried over from a longer visit, the
/// second of two codes, a PTA's ther ex) and truly missing separate time (a total only, a blank "CPT / minutes"
/// answer, a "***" time field for three codes, minutes for one code of two, units without minutes);</item>
/// <item>class 7 (v7-h60-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97530 (dry-cabin water and wood), 97110 (a repaired cuff), 97140
/// (glenohumeral glides) and 97116 (cane progression, gravel and steps), and wholly generic answers ("balance
/// training per POC" with the rest "***", "Functional activities and exercises per POC" on two codes, "Manual
/// therapy per plan" with "See plan of care");</item>
/// <item>ordinary (vord-h60-…): complete answered forms of the five employers that a reviewer passes (the
/// false-positive guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code, a PTA
/// 97112 whose only numbers are test dates, a 97140 answered "Manual to the R shoulder".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at
/// all. A 97112 passes the measure check only on an objective measure with a number and fails it only when the
/// note has no number but its code, its minutes and numbers that are plainly something else (dates, clock
/// times, a pick list's id); for the other codes a dose (sets, repetitions, load, hold, distance, assistance
/// level) is a measure. A prompt is not an answer: the form's own words ("Was the patient treated one-on-one?",
/// "Individual (1:1)" beside an empty box, "Objective measure today:", "What impairment did it address?",
/// "Minutes per code:") state nothing until they are answered; an answer of N/A, "Same.", "***", an unresolved
/// pick list, an unselected drop-down, a blank, or an answer about something else states nothing; a ticked box
/// and a "Y" state what they answer. An answer counts wherever the form puts it (a measure under "What changed
/// since last visit?", a deficit under "Barrier to progress:" or "Patient response:"). No note states minutes of
/// anything but a billed code.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception
/// inside the billed time, "see above" or "see eval" answers pointing at something the note does not hold, a
/// measure copied with an earlier date as the only measure, a content gap in one section of a multi-code note,
/// generic phrases beside a deficit or a measure without a technique, a dose alone as a 97112's measure, vital
/// signs or self-rated scores as the only number, a cueing level as the only measure, an exercise's name as a
/// 97110's only region, "gait training" as the whole of a 97116 note, a 97530 with no deficit, a functional goal
/// as a 97112's only target, a visit's total time with one timed code, minute ranges and approximate minutes for
/// a code, minutes of an exercise, canalith repositioning, a delivery checklist with both "individual" and
/// "concurrent" ticked, three-character or dotless diagnosis codes, and any line with a code that has
/// no documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 84 of 102 cases agree (100 needed), and 14 of the 67 notes the reviewer passes got a finding, on the
/// analyzer of 594db77 (the start of the 2026-12-05 eighth session) — its first run: nothing had changed before it, so this is
/// also the held-out figure.
/// </para>
/// <para>
/// After: development data from that run, worked through (with three read-only reviews of the readings): 102 of 102, no false
/// positive — smart-form questions and answers: "Delivery — individual, concurrent or group? (If individual, say so.)" (the options are asked, not stated), "One-on-one? (Y/N, explain):" answered on the next line or after the options ("▼ Y"), BlazePod light drills, "12 min before …, 11 min after; 23 min in all". New examples in NotesAsWrittenTests "fifty-eighth-to-sixty-second-sets", the reviews' controls in
/// "review-of-the-fifty-eighth-to-sixty-second", "second-review-…" and "third-review-…".
/// </para>
/// </summary>
public class HeldOutNotesIssue18SixtiethTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one as answered, negated, never given

        // Ringgold questionnaire answered "Yes. Only Mr. Cagle and me in the back treatment room — my 2:00 cancelled"; pelvic perturbations, tandem on a 2x4 with head turns, foam EC ball catch; somatosensory loss from neuropathy; foam EC seconds and tandem steps; "97112 — 22 min" matches: passes.
        ["v1-h60-ringgold-back-room-cancelled"] = new(
            """
            LOOKOUT VALLEY PHYSICAL THERAPY · Ringgold GA · Daily note
            TheraGate Skilled Need Questionnaire (MA plan — required)
            What skilled intervention was provided and why did it require a therapist?
              Unannounced pelvic perturbations in staggered stance, tandem walking on a 2x4 with head turns, foam stance with eyes closed catching a ball. A PT has to grade the pushes and guard him; he fell twice on the battlefield walk at Chickamauga last month.
            Patient response:
              Sweating, but game. Needed two steps to recover on the hardest pushes.
            What changed since last visit?
              Holds the foam eyes-closed longer.
            Was the patient treated one-on-one? Explain
              Yes. Only Mr. Cagle and me in the back treatment room — my 2:00 cancelled.
            Minutes per code:
              97112 — 22 min
            Objective measure today:
              Foam EC 12 s (7 s on 2/18); 6 steps of tandem on the 2x4 before stepping off
            Barrier to progress:
              ↓ somatosensory input from both feet (diabetic neuropathy) — can't feel where the floor is.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // Council Bluffs PTA: "Individual. I had Mrs. Ruiz by myself for the whole block; nobody else on the mat"; PNF rhythmic stabilization, belt-pull stepping drills, wedge sit-to-stand; L recruitment and late stepping after a R MCA stroke; Berg and k of 8: passes.
        ["v1-h60-council-bluffs-pta-by-herself"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Council Bluffs
            Part B required elements (Compliance Office) — PTA visit
            Q: Which skilled technique(s) were delivered?
            A: PNF rhythmic stabilization in half-kneel, stepping-strategy drills with pulls at the gait belt, sit-to-stand on a wedge with the L foot placed back.
            Q: What impairment did it address?
            A: L hemiparesis after a R MCA stroke (9/2025) — poor L hip/knee recruitment and a late stepping reaction to the L.
            Q: Number that shows where the patient is today:
            A: Berg 44/56 (39 at eval); needed my help to recover on 3 of 8 pulls.
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: Individual. I had Mrs. Ruiz by myself for the whole block; nobody else on the mat.
            Q: CPT / minutes:
            A: 97112 — 20 min
            Q: Why does this need a licensed clinician?
            A: Her reactions aren't safe without hands-on guarding, and how hard to pull is a judgment call each rep.
            """,
            ["I69.354"], [PTA("97112", 20)], []),

        // Kingston smart form "Treated one-on-one? No — … the rehab aide kept him going on the foam circuit until I got back": not one-on-one; Airex/foam step-up/rocker work, somatosensory loss, rocker and Airex seconds complete.
        ["v1-h60-kingston-aide-kept-him-going"] = new(
            """
            RONDOUT VALLEY REHAB — Kingston — PT Daily Note [MA smart form]
            Skilled intervention/rationale: Foam circuit — Airex stance EO → EC, step-ups onto foam with head turns, M/L weight shifts on the rocker board. Retraining reliance on vision because his feet give poor input (↓ somatosensory, peripheral neuropathy); PT progresses surfaces as he adapts.
            Pt response: steadier on the rocker by the end.
            Interval change: new bifocals.
            Treated one-on-one? No — explain: took a call from Dr. Huang's office partway through; the rehab aide kept him going on the foam circuit until I got back.
            Time by code: 97112 24 min
            Objective: rocker board M/L 15 s hands-free; Airex EC 8 s
            Barriers: lives alone off Route 209, icy driveway.
            """,
            ["G62.9", "R26.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Pikeville portal form "N — her husband is my 1:30 too; I went back and forth between the two of them at stations": not one-on-one; amplitude steps, backward release, counted turns; PD righting reactions; retropulsion steps and turn steps complete.
        ["v1-h60-pikeville-husband-at-stations"] = new(
            """
            TUG FORK THERAPY & WELLNESS · Pikeville
            Bluegrass Outcomes Review — visit questions
            ► Intervention + why skilled:
               Big-amplitude steps to floor targets, backward-step release from my hands at her shoulders, 360° turns counting steps inside a tape square. Skilled to time the release and catch her — she goes backward with no warning.
            ► Response:
               Got tickled at herself over the big steps. No falls.
            ► Change since last:
               Gets up out of the church pew easier, she says.
            ► One-on-one? (Y/N, explain):
               N — her husband is my 1:30 too; I went back and forth between the two of them at stations.
            ► Min/code:
               97112 — 23 min
            ► Test/measure:
               Retropulsion test 3 steps; 360° turn 8 steps
            ► Barrier:
               Parkinson's — slow righting reactions when pulled backward, small shuffling steps.
            """,
            ["G20.A1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Wasilla: the one-on-one question answered with "Daughter drove him in from Palmer; she waited out in the truck" — an answer about something else, so one-on-one is never given; VOR x1, head-turn walking, saccades; L hypofunction; DVA and FGA complete.
        ["v1-h60-wasilla-answer-about-the-ride"] = new(
            """
            KNIK ARM THERAPY · Wasilla · PT
            Payer questions (MA plan)
            Skilled service provided & why it needed a therapist: VOR x1 yaw and pitch with the letter card, standing on foam; walking head turns down the hall; saccades between two targets. Moved the background to the busy checkerboard today — needs a PT to grade symptoms against gains.
            Patient response: dizzy 3/10 at worst, settled with a seated rest.
            What changed since last visit?: Drove himself to Carrs on Saturday.
            Was the patient treated one-on-one? Explain: Daughter drove him in from Palmer; she waited out in the truck.
            Minutes per code: 97112 20 min
            Objective measure today: DVA 3 lines lost (5 at eval); FGA 20/30
            Barrier to progress: L vestibular hypofunction — vision blurs with quick head turns.
            """,
            ["H81.22"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Hixson 97110 with the one-on-one question answered "N/A — ther ex only today": 97110 has no one-on-one check; step-ups, TKE, wall sits, heel slides with doses; R quad weakness after TKA with a bass-boat goal; flexion and lag degrees; 24 matches: passes.
        ["v1-h60-hixson-97110-na"] = new(
            """
            LOOKOUT VALLEY PHYSICAL THERAPY · Hixson · Daily note
            TheraGate Skilled Need Questionnaire (MA plan — required)
            What skilled intervention was provided and why did it require a therapist?
              TKA strengthening progressed: step-ups 6" 3 x 10, terminal knee extension with blue band 3 x 15, wall sits 5 x 20-s hold, heel slides with a strap 2 x 15. I set the step height and corrected his knee drifting in on the step-ups.
            Patient response:
              Sore, no new swelling.
            What changed since last visit?
              Walked to the mailbox without the cane.
            Was the patient treated one-on-one? Explain
              N/A — ther ex only today.
            Minutes per code:
              97110 — 24 min
            Objective measure today:
              R knee flexion 112°, extension lag 4°
            Barrier to progress:
              R quad weakness after TKA (wk 8); wants to step down into his bass boat on Lake Chickamauga.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 24)], []),

        // Glenwood 97116 answered "Not individual — my other pt was on the NuStep within sight while we walked": 97116 has no one-on-one check; SPC gait with distance and stairs, antalgic gait from knee OA, SBA/CGA and gait speed; 18 matches: passes.
        ["v1-h60-glenwood-gait-other-pt-on-nustep"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Glenwood
            Part B required elements (Compliance Office)
            Q: Which skilled technique(s) were delivered?
            A: Gait training with a single-point cane — 3 x 150 ft in the hall, 4 steps at the rail step-to; cueing L heel strike and an even step length.
            Q: What impairment did it address?
            A: L knee OA — antalgic gait, short R step, L knee stiff in swing.
            Q: Number that shows where the patient is today:
            A: SBA on level, CGA on the stairs; gait speed 0.71 m/s
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: Not individual — my other pt was on the NuStep within sight while we walked.
            Q: CPT / minutes:
            A: 97116 — 18 min
            """,
            ["M17.12", "R26.89"], [PT("97116", 18)], []),

        // Eagle River OT 97112 "Yes — only client on my schedule this hour, treatment-room door shut"; weight bearing through the R hand, PNF D1 with quick stretch, place-and-hold; R triceps/wrist-extensor recruitment; FMA-UE and Box and Block: passes.
        ["v1-h60-eagle-river-ot-door-shut"] = new(
            """
            KNIK ARM THERAPY · Eagle River · OT
            Payer questions (MA plan)
            Skilled service provided & why it needed a therapist: R UE neuro re-ed — weight bearing through the R hand on the mat table while reaching across with the L, PNF D1 flexion/extension with quick stretch at the wrist, placing and holding the R arm at shoulder height. OT grades the facilitation as recruitment changes.
            Patient response: R triceps firing sooner by the last set.
            What changed since last visit?: Can hold a mug in the R hand for a sip now.
            Was the patient treated one-on-one? Explain: Yes — only client on my schedule this hour, treatment-room door shut.
            Minutes per code: 97112 21 min
            Objective measure today: FMA-UE 36/66; Box and Block R 11
            Barrier to progress: R UE paresis with poor wrist-extensor and triceps recruitment (L MCA stroke).
            """,
            ["I69.331"], [OT("97112", 21)], []),

        // Paintsville "Y — wasn't nobody in the gym but me and him the whole session"; NMR (push-and-catch, metronome cone stepping, pillow SLS) and TE (sit-to-stand, hip abduction, bridges with doses); "97112 — 23 min · 97110 — 15 min" match; L hip stepping and abductor weakness; SLS and 5xSTS: passes.
        ["v1-h60-paintsville-wasnt-nobody"] = new(
            """
            TUG FORK THERAPY & WELLNESS · Paintsville
            Bluegrass Outcomes Review — visit questions
            ► Intervention + why skilled:
               NMR: lateral push-and-catch in narrow stance, stepping over a row of cones to a metronome, single-leg stance on a bed pillow with cone taps. TE: sit-to-stand from a low chair 3 x 8, side-lying hip abduction 2 x 12, bridges 3 x 10. Skilled — he can't tell when he's going over and needs guarding for the reactive work.
            ► Response:
               Give out on the last set of sit-to-stands; fine after a rest.
            ► Change since last:
               Made it up the porch steps at his sister's on Sunday.
            ► One-on-one? (Y/N, explain):
               Y — wasn't nobody in the gym but me and him the whole session.
            ► Min/code:
               97112 — 23 min · 97110 — 15 min
            ► Test/measure:
               SLS L 4 s; 5xSTS 16.2 s
            ► Barrier:
               L hip fracture (ORIF 12/2025): slow protective stepping, poor L hip postural control, L hip abductors 3+/5.
            """,
            ["S72.002D"], [PT("97112", 23), PT("97110", 15)], []),

        // Rhinebeck "Yes for the 97112 block (vestibular room, PT and pt only). The 97110 was done in the main gym alongside my 11:00": one-on-one for the one-on-one code; gaze work, head-turn walking, EC tandem; machine exercises with loads; vestibular hypofunction and deconditioning; DGI and DVA; 18 and 20 match: passes.
        ["v1-h60-rhinebeck-nmr-block-only"] = new(
            """
            RONDOUT VALLEY REHAB — Rhinebeck — PT Daily Note [MA smart form]
            Skilled intervention/rationale: 97112 — gaze stabilization (VOR x1 yaw, seated → standing on foam), walking with head turns past the bright window, tandem with eyes closed in the corner. 97110 — recumbent bike warm-up, then seated leg press 70 lb 3 x 12, hip abduction machine 40 lb 3 x 12, calf raises 2 x 15. Needs a PT to grade the gaze work to symptoms.
            Pt response: tolerated well, mild headache at the end.
            Interval change: back to the farmers market Saturday.
            Treated one-on-one? Yes — explain: yes for the 97112 block (vestibular room, PT and pt only). The 97110 was done in the main gym alongside my 11:00.
            Time by code: 97112 18 min | 97110 20 min
            Objective: DGI 19/24; DVA 2 lines lost
            Barriers: R vestibular hypofunction (neuritis in January) + leg weakness and deconditioning from weeks on the couch.
            """,
            ["H81.21", "M62.81"], [PT("97112", 18), PT("97110", 20)], []),

        // Fort Oglethorpe short form, which has no one-on-one question, and nothing else says it: one-on-one missing; NMR (release stepping, rocker, kneel transitions) and gait (stripe cues, cone turns) complete with minutes per code that match; PD retropulsion and freezing; pull test, TUG, freezes.
        ["v1-h60-fort-oglethorpe-short-form-no-question"] = new(
            """
            LOOKOUT VALLEY PHYSICAL THERAPY · Fort Oglethorpe GA · Daily note
            TheraGate Skilled Need Questionnaire (short form)
            What skilled intervention was provided and why did it require a therapist?
              NMR: reactive backward stepping to a release, weight shifts on the rocker board while counting aloud, tall-kneel to half-kneel transitions. Gait: no device, 4 x 100 ft with floor-stripe cues and turns around a cone. PT grades the releases and guards for retropulsion.
            Patient response:
              Froze once in the doorway; walked through on the stripe cue.
            Minutes per code:
              97112 — 20 min; 97116 — 15 min
            Objective measure today:
              Pull test 3 steps; TUG 12.6 s; 2 freezes in 6 doorway passes
            Barrier to progress:
              PD — retropulsion and slow postural reactions, freezing at doorways.
            """,
            ["G20.A1"], [PT("97112", 20), PT("97116", 15)], [At(OneOnOne, "97112")]),

        // Palmer PTA "Yes. PTA alone with pt for the whole NMR; supervising PT was on site with her own patient": one-on-one by the PTA; lean-and-release, half-roll stepping, foam tandem catches; stepping and postural control; Berg and k of 6: passes.
        ["v1-h60-palmer-pta-pt-on-site"] = new(
            """
            KNIK ARM THERAPY · Palmer · PTA
            Payer questions (MA plan)
            Skilled service provided & why it needed a therapist: Reactive balance — lean-and-release forward and back, stepping onto a half foam roll with head turns, ball toss in tandem on foam. She fell on the ice by the post office in January; needs guarding and a graded challenge.
            Patient response: one real stumble on the foam roll, caught at the belt.
            What changed since last visit?: Wearing ice cleats outside now.
            Was the patient treated one-on-one? Explain: Yes. PTA alone with pt for the whole NMR; supervising PT was on site with her own patient.
            Minutes per code: 97112 22 min
            Objective measure today: Berg 47/56; 5 of 6 forward releases recovered with one step
            Barrier to progress: slow compensatory stepping; ↓ ankle and hip postural control.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // ---------------------------------------------------------------- class 2: pick lists, wildcards, boxes, drop-downs, N/A and "Same."

        // New Paltz smart form with the one-on-one pick list never resolved ("{Yes/No:20417} — explain: ***"): one-on-one missing; tapping facilitation, step-ups, PNF stabilizing reversals; L glut med recruitment; limb loading % and SLS seconds complete.
        ["v2-h60-new-paltz-picklist-unresolved"] = new(
            """
            RONDOUT VALLEY REHAB — New Paltz — PT Daily Note [MA smart form]
            Skilled intervention/rationale: Weight shifts onto the L in stride stance with tapping over the L glut med, step-ups to a 4" step leading with the L, PNF stabilizing reversals at the pelvis in standing. Skilled facilitation — she won't load the L leg on her own.
            Pt response: tired, no pain.
            Interval change: walked the rail trail to Huguenot Street with her son.
            Treated one-on-one? {Yes/No:20417} — explain: ***
            Time by code: 97112 22 min
            Objective: L limb loading 42% of body weight (two scales); SLS L 3 s
            Barriers: L hemiparesis (R MCA stroke) — poor L glut med recruitment, L knee snaps back in stance.
            """,
            ["I69.354"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Poughkeepsie 97110 smart form left "***" in every field but "Pt response: tolerated well" and the time (18, matches): no exercise, region or dose — only a generic phrase.
        ["v2-h60-poughkeepsie-wildcards-97110"] = new(
            """
            RONDOUT VALLEY REHAB — Poughkeepsie — PT Daily Note [MA smart form]
            Skilled intervention/rationale: ***
            Pt response: tolerated well
            Interval change: ***
            Treated one-on-one? {Yes/No:20417} — explain: ***
            Time by code: 97110 18 min
            Objective: ***
            Barriers: ***
            """,
            ["M62.81", "R26.89"], [PT("97110", 18)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Council Bluffs delivery checklist "[ ] Individual (1:1)   [X] Concurrent   [ ] Group": not one-on-one; foam head turns, hurdle line, tandem perturbations; somatosensory loss; sharpened Romberg and foam seconds complete.
        ["v2-h60-council-bluffs-concurrent-ticked"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Council Bluffs
            Part B required elements (Compliance Office)
            Q: Which skilled technique(s) were delivered?
            A: Foam stance EO/EC with head turns, stepping over a hurdle line, pelvic perturbations in tandem.
            Q: What impairment did it address?
            A: ↓ somatosensory input from both feet (idiopathic neuropathy); sways and steps out with eyes closed.
            Q: Number that shows where the patient is today:
            A: Sharpened Romberg 5 s; foam EC 10 s
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: [ ] Individual (1:1)   [X] Concurrent   [ ] Group
            Q: CPT / minutes:
            A: 97112 — 21 min
            """,
            ["G62.9", "R26.81"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Bellevue "[X] Individual (1:1)" on a two-code visit; PNF resisted gait pulls, step-and-hold, mirror weight shift; hemi-walker → quad cane with distance; R hemiparesis findings; 10MWT, scale kg and CGA; "97112 22 min · 97116 16 min" match: passes.
        ["v2-h60-bellevue-individual-ticked-two-codes"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Bellevue
            Part B required elements (Compliance Office)
            Q: Which skilled technique(s) were delivered?
            A: 97112: PNF resisted gait pulls at the pelvis, forward step-and-hold onto a 4" step with the R, mirror-guided weight shift onto the R. 97116: hemi-walker → quad cane, 3 x 80 ft, cues for R heel strike and knee flexion in swing.
            Q: What impairment did it address?
            A: R hemiparesis (L MCA stroke) — R knee hyperextends in stance, poor R hip flexor recruitment, circumducts to clear.
            Q: Number that shows where the patient is today:
            A: 10MWT 0.44 m/s; R leg loading 35 kg of 78 kg on two scales; CGA with the quad cane
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: [X] Individual (1:1)   [ ] Concurrent   [ ] Group
            Q: CPT / minutes:
            A: 97112 22 min · 97116 16 min
            Q: Why does this need a licensed clinician?
            A: Facilitation and guarding on the R side. Retired Offutt crew chief — wants to walk the hangars at the SAC museum with his grandson.
            """,
            ["I69.351"], [PT("97112", 22), PT("97116", 16)], []),

        // Brainerd outcome boxes "☐ Berg ☐ TUG ☐ DGI ☒ Other → SLS on foam L 6 s / R 11 s"; BAPS, foam star reaches, hops-to-stick; "Yes — she was my only patient that hour"; L knee proprioception and quad timing after TKA: passes.
        ["v2-h60-brainerd-other-box-ticked"] = new(
            """
            LOOKOUT VALLEY PHYSICAL THERAPY · Brainerd (Chattanooga) · Daily note
            TheraGate Skilled Need Questionnaire (MA plan — required)
            What skilled intervention was provided and why did it require a therapist?
              Star-excursion reaches on foam standing on the L, BAPS board level 3 circles, lateral hops-to-stick off a 2" step. PT cues knee position and progresses the surface — the L knee wobbles as soon as the surface moves.
            Patient response:
              Quads burned; knee stayed quiet.
            What changed since last visit?
              Back on the walking track at Warner Park.
            Was the patient treated one-on-one? Explain
              Yes — she was my only patient that hour.
            Minutes per code:
              97112 — 23 min
            Objective measure today:
              ☐ Berg   ☐ TUG   ☐ DGI   ☒ Other → SLS on foam L 6 s / R 11 s
            Barrier to progress:
              ↓ L knee proprioception and quad timing after L TKA (wk 14).
            """,
            ["Z96.652"], [PT("97112", 23)], []),

        // Ringgold outcome boxes "☐ Berg ☐ TUG ☐ DGI ☐ Other" with none ticked and no other number but the code's minutes: measure missing; rocker, foam-roll side steps, Airex EC sit-to-stand, "just her and me", hip strategy and ankle proprioception present.
        ["v2-h60-ringgold-outcome-boxes-unticked"] = new(
            """
            LOOKOUT VALLEY PHYSICAL THERAPY · Ringgold GA · Daily note
            TheraGate Skilled Need Questionnaire (MA plan — required)
            What skilled intervention was provided and why did it require a therapist?
              Rocker board A/P with light ball catches, side-stepping over foam rolls, sit-to-stand on an Airex pad with eyes closed. Guarding and cueing for a hip strategy — she locks her knees and tips back.
            Patient response:
              Tolerated well.
            What changed since last visit?
              Nothing new.
            Was the patient treated one-on-one? Explain
              Yes, just her and me in the gym.
            Minutes per code:
              97112 — 19 min
            Objective measure today:
              ☐ Berg   ☐ TUG   ☐ DGI   ☐ Other
            Barrier to progress:
              Poor hip strategy and ↓ ankle proprioception on both sides; knee OA.
            """,
            ["R26.81", "M17.0"], [PT("97112", 19)], [At(Measure, "97112")]),

        // Prestonsburg drop-down "► One-on-one? (Y/N, explain): ▼ -- select --" never chosen: one-on-one missing; tall-kneel rhythmic stabilization, weighted reaching, metronome dot stepping; cerebellar dysmetria; SARA and dots hit complete.
        ["v2-h60-prestonsburg-dropdown-unselected"] = new(
            """
            TUG FORK THERAPY & WELLNESS · Prestonsburg
            Bluegrass Outcomes Review — visit questions
            ► Intervention + why skilled:
               Rhythmic stabilization in tall kneel, slow reciprocal reaching to targets with a 1-lb wrist weight, stepping to floor dots to a metronome. PT hand-grades the resistance — he overshoots without it.
            ► Response:
               Shaky by the end; sat twice.
            ► Change since last:
               Feeding himself soup without spilling as much, his wife says.
            ► One-on-one? (Y/N, explain):   ▼ -- select --
            ► Min/code:
               97112 — 22 min
            ► Test/measure:
               SARA 12/40; 10 of 15 dots hit
            ► Barrier:
               Ataxia after a cerebellar stroke — dysmetria on reaching, wide-based sway.
            """,
            ["I69.393"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Williamson PTA drop-down set to "▼ Y" with the explanation left empty: a Y answers the question; foam head turns, hurdle SLS pauses, EC tandem at the rail; neuropathic somatosensory loss; mCTSIB and SLS seconds: passes.
        ["v2-h60-williamson-dropdown-y"] = new(
            """
            TUG FORK THERAPY & WELLNESS · Williamson WV · PTA
            Bluegrass Outcomes Review — visit questions
            ► Intervention + why skilled:
               Foam stance with head turns, stepping over 6" hurdles with a pause on one leg, tandem walk along the wall rail with eyes closed a few steps at a time. Skilled guarding — he's fallen off the porch twice this winter.
            ► Response:
               Swimmy-headed on the head turns at first, then settled.
            ► Change since last:
               None reported.
            ► One-on-one? (Y/N, explain):   ▼ Y    explain:
            ► Min/code:
               97112 — 20 min
            ► Test/measure:
               mCTSIB foam EC 9 s; SLS 3 s
            ► Barrier:
               Diabetic neuropathy — can't feel his feet (↓ somatosensory), slow ankle strategy.
            """,
            ["E11.42"], [PTA("97112", 20)], []),

        // Palmer OT 97530 with "N/A" for response, change and one-on-one: the task answer is complete (tub bench and toilet transfers with counts, ice cleats and boots seated, laundry carry), hip precautions with a goal, CGA → SBA; 24 matches: passes.
        ["v2-h60-palmer-ot-na-answers"] = new(
            """
            KNIK ARM THERAPY · Palmer · OT
            Payer questions (MA plan)
            Skilled service provided & why it needed a therapist: Toilet and tub-bench transfers with a grab bar, 4 trials each; putting on ice cleats and boots seated on the bench with a long-handled shoehorn; carrying a laundry basket from the dryer to the bed. OT adapts each task to her hip precautions.
            Patient response: N/A
            What changed since last visit?: N/A
            Was the patient treated one-on-one? Explain: N/A
            Minutes per code: 97530 24 min
            Objective measure today: CGA on the tub bench → SBA by the 4th trial; boots and cleats on with set-up only
            Barrier to progress: L THA, posterior precautions; L hip weakness. Goal — manage the bathroom alone before her husband's fishing trip.
            """,
            ["Z96.642", "Z47.1"], [OT("97530", 24)], []),

        // Anchorage 97110 with "Same." copied down every prompt but the measure and the barrier: no exercise named (technique missing); L quad weakness after TKA with a couch limit and the 30-s chair stand count are there.
        ["v2-h60-anchorage-same-copied-down"] = new(
            """
            KNIK ARM THERAPY · Anchorage (Midtown) · PT
            Payer questions (MA plan)
            Skilled service provided & why it needed a therapist: Same as last visit.
            Patient response: Same.
            What changed since last visit?: Same.
            Was the patient treated one-on-one? Explain: Same.
            Minutes per code: 97110 20 min
            Objective measure today: 30-s chair stand 9 (7 last month)
            Barrier to progress: L quad weakness after TKA — can't get up from his low couch without pushing on the arms.
            """,
            ["Z96.652", "M62.81"], [PT("97110", 20)], [At(Tech, "97110")]),

        // Omaha checklist version: ticked "[X] perturbation training [X] compliant surface (foam) [X] dual-task stepping", ticked "[X] somatosensory [X] reactive postural control", "[X] Individual (1:1)"; FSST and foam seconds; 22 matches: passes.
        ["v2-h60-omaha-ticked-technique-lists"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Omaha, Dodge St
            Part B required elements (Compliance Office) — checklist version
            Q: Which skilled technique(s) were delivered? (check all)
            A: [X] perturbation training   [X] compliant surface (foam)   [ ] gaze stabilization   [ ] PNF   [X] dual-task stepping
            Q: What impairment did it address? (check all)
            A: [X] somatosensory   [ ] vestibular   [ ] visual   [X] reactive postural control
            Q: Number that shows where the patient is today:
            A: Four Square Step Test 15.8 s; foam EC 13 s
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: [X] Individual (1:1)   [ ] Concurrent   [ ] Group
            Q: CPT / minutes:
            A: 97112 — 22 min
            Q: Why does this need a licensed clinician?
            A: Grading the perturbations. Retired Union Pacific conductor; fell stepping off a curb in the Old Market.
            """,
            ["G62.9", "R26.81"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 3: named programmes and devices as techniques

        // Hixson LSVT BIG maximal daily exercises and functional component tasks, "delivered one-on-one … the only patient in the room with me"; PD hypokinesia and turning; gait speed, step length and turn steps: passes.
        ["v3-h60-hixson-lsvt-big"] = new(
            """
            LOOKOUT VALLEY PHYSICAL THERAPY · Hixson · Daily note
            TheraGate Skilled Need Questionnaire (MA plan — required)
            What skilled intervention was provided and why did it require a therapist?
              LSVT BIG, week 3 of 4: maximal daily exercises (floor-to-ceiling, side-to-side, forward and backward step-and-reach), then functional component tasks — getting out of her recliner and turning to sit at the kitchen table — all at BIG effort. Needs a certified clinician to drive the effort and catch the movements shrinking.
            Patient response:
              Says her husband noticed she walks "like she means it."
            What changed since last visit?
              Longer steps out to the mailbox.
            Was the patient treated one-on-one? Explain
              Yes — LSVT is delivered one-on-one; she was the only patient in the room with me.
            Minutes per code:
              97112 — 24 min
            Objective measure today:
              Gait speed 0.98 m/s (0.81 at IE); step length 52 cm; 180° turn 5 steps
            Barrier to progress:
              PD hypokinesia — small steps, slow weight shifts, ↓ postural control on turns.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // Council Bluffs Balance Tutor treadmill perturbations (belt accelerations/decelerations, lateral platform shifts) then lean-and-release, "Individual — PT alone with pt"; delayed compensatory stepping; k of 14: passes.
        ["v3-h60-council-bluffs-balance-tutor"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Council Bluffs
            Part B required elements (Compliance Office)
            Q: Which skilled technique(s) were delivered?
            A: Balance Tutor treadmill perturbation training — unannounced belt accelerations/decelerations and lateral platform shifts while walking at 0.6 m/s in the harness; then overground lean-and-release.
            Q: What impairment did it address?
            A: Delayed compensatory stepping, worst to the L; 4 falls this winter.
            Q: Number that shows where the patient is today:
            A: Recovered with a single step on 9 of 14 perturbations (5 of 14 two weeks ago).
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: Individual — PT alone with pt at the Balance Tutor.
            Q: CPT / minutes:
            A: 97112 — 22 min
            """,
            ["R29.6", "Z91.81"], [PT("97112", 22)], []),

        // Rhinebeck 97116 on the C-Mill (projected obstacles and stepping stones in the harness) then quad cane overground with distance; L toe clearance and short step; obstacles cleared and CGA; 18 matches: passes.
        ["v3-h60-rhinebeck-c-mill-gait"] = new(
            """
            RONDOUT VALLEY REHAB — Rhinebeck — PT Daily Note [MA smart form]
            Skilled intervention/rationale: C-Mill gait adaptability training — projected obstacles and stepping stones at 1.8 km/h in the safety harness, L leg leading over the obstacles; then overground with the quad cane 2 x 100 ft. PT sets obstacle timing and cues L toe clearance.
            Pt response: caught the L toe once on the treadmill (harness held).
            Interval change: new AFO fitting on Monday.
            Treated one-on-one? Yes — explain: PT and pt only.
            Time by code: 97116 18 min
            Objective: 17 of 20 obstacles cleared; CGA overground with the quad cane
            Barriers: L hemiparesis with poor L toe clearance and a short R step (R MCA stroke).
            """,
            ["I69.354"], [PT("97116", 18)], []),

        // Eagle River OT 97112 with the SaeboMAS mobile arm support, reach-grasp-release to table and shelf targets, tapping over the deltoid; "Yes, one-on-one"; R shoulder flexor recruitment after stroke with a sled-dog goal; k of 10 and FMA-UE: passes.
        ["v3-h60-eagle-river-ot-saebomas"] = new(
            """
            KNIK ARM THERAPY · Eagle River · OT
            Payer questions (MA plan)
            Skilled service provided & why it needed a therapist: SaeboMAS mobile arm support set to assist the R arm against gravity, then reach-grasp-release to targets on the table and a shoulder-height shelf, tapping over the R anterior deltoid during the reach. OT adjusts the support and the facilitation as recruitment changes.
            Patient response: R shoulder fatigued near the end.
            What changed since last visit?: Zipped his Carhartt with the R hand holding the bottom.
            Was the patient treated one-on-one? Explain: Yes, one-on-one; no other clients in the OT room.
            Minutes per code: 97112 23 min
            Objective measure today: reach-to-shelf 7 of 10 with the support at level 2; FMA-UE 29/66
            Barrier to progress: R UE weakness with poor shoulder flexor recruitment after a L MCA stroke; goal — feed his retired sled dogs with the R hand.
            """,
            ["I69.331"], [OT("97112", 23)], []),

        // Pikeville Keiser pneumatic leg press power sets at % of 1RM, chest press and heel raises with doses; leg weakness and endurance in a retired miner with COPD with a garden goal; peak watts and chair stands; 22 matches: passes.
        ["v3-h60-pikeville-keiser-power"] = new(
            """
            TUG FORK THERAPY & WELLNESS · Pikeville
            Bluegrass Outcomes Review — visit questions
            ► Intervention + why skilled:
               Keiser pneumatic leg press power training, 3 x 10 at 40% of his 1-rep max, fast up / slow down; Keiser seated chest press 3 x 10 at 15 lb; standing heel raises 2 x 15. PT sets the load from today's power reading and watches his sats.
            ► Response:
               Needed a breather between sets; sats stayed 91% or better.
            ► Change since last:
               Walked up the hill to the mailbox at the mouth of the holler without stopping.
            ► One-on-one? (Y/N, explain):
               N/A
            ► Min/code:
               97110 — 22 min
            ► Test/measure:
               Leg press peak power 410 W (355 W at IE); 30-s chair stand 10
            ► Barrier:
               Leg weakness and poor endurance — retired underground miner with COPD; goal: work his garden rows this spring.
            """,
            ["J44.9", "M62.81"], [PT("97110", 22)], []),

        // Glenwood 97140 rib mobilization (PA springs, lower-rib lift on exhalation, diaphragm release) and thoracic extension mobs with a grade; chest wall stiffness with COPD and a laundry limit; chest expansion cm before and after; 12 matches: passes.
        ["v3-h60-glenwood-rib-mobilization"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Glenwood
            Part B required elements (Compliance Office)
            Q: Which skilled technique(s) were delivered?
            A: Rib mobilization — posterior-anterior springs over ribs 4–8 on the R, lower-rib lift during exhalation in side-lying, diaphragmatic release under the costal margin; thoracic extension mobs over a towel roll, grade III.
            Q: What impairment did it address?
            A: Stiff chest wall and thoracic kyphosis limiting her breathing (COPD); can't carry laundry up from the basement without stopping.
            Q: Number that shows where the patient is today:
            A: Chest expansion at the xiphoid 2.5 cm → 3.5 cm after
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: Individual.
            Q: CPT / minutes:
            A: 97140 — 12 min
            """,
            ["J44.9", "R06.02"], [PT("97140", 12)], []),

        // Kingston Cawthorne-Cooksey progression (eye, head, bending, ball and walking items), "only pt in the vestibular room", bilateral vestibular hypofunction — but "Objective: not retested today" and no other number but the code's minutes: measure missing.
        ["v3-h60-kingston-cawthorne-cooksey-no-number"] = new(
            """
            RONDOUT VALLEY REHAB — Kingston — PT Daily Note [MA smart form]
            Skilled intervention/rationale: Cawthorne-Cooksey progression — eye movements up/down and side to side, head movements with eyes open then closed, bending to pick objects off the floor, tossing a ball hand to hand above eye level, walking across the room eyes open and eyes closed. PT picks the level by symptom response.
            Pt response: queasy on the bending items.
            Interval change: ***
            Treated one-on-one? Yes — explain: only pt in the vestibular room.
            Time by code: 97112 20 min
            Objective: not retested today
            Barriers: bilateral vestibular hypofunction (after IV gentamicin) — oscillopsia when walking, unsteady in the dark.
            """,
            ["H81.8X3"], [PT("97112", 20)], [At(Measure, "97112")]),

        // New Paltz BlazePod light drills in an agility ladder, "PT with this pt only", pods hit and TUG — but "Barriers: none" and no impairment or system named anywhere: deficit missing.
        ["v3-h60-new-paltz-blazepod-no-deficit"] = new(
            """
            RONDOUT VALLEY REHAB — New Paltz — PT Daily Note [MA smart form]
            Skilled intervention/rationale: BlazePod light drills — pods on the wall and the floor, tap the lit color while stepping through an agility ladder; ladder patterns in-in-out-out, lateral and backward with random pod lights. PT sets the light timing and the stepping pattern.
            Pt response: enjoyed it.
            Interval change: none
            Treated one-on-one? Yes — explain: PT with this pt only.
            Time by code: 97112 22 min
            Objective: pods hit 41 in 60 s (33 on 2/19); TUG 9.6 s
            Barriers: none
            """,
            ["Z91.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Paintsville 97116 in the Up n' Go body-weight-support trainer (25% unloaded, passes with distance) then out of the frame with the walker; critical-illness weakness with knee buckling and shuffling; min A / CGA; 17 matches: passes.
        ["v3-h60-paintsville-up-n-go-gait"] = new(
            """
            TUG FORK THERAPY & WELLNESS · Paintsville
            Bluegrass Outcomes Review — visit questions
            ► Intervention + why skilled:
               Gait training in the Up n' Go body-weight-support trainer, 25% unloaded, 3 x 60 ft with a rolling walker inside the frame, cueing step length and an upright trunk; then out of the frame 20 ft with the walker. Skilled to set the unloading and guard.
            ► Response:
               Give out after the third pass.
            ► Change since last:
               Sitting up in the recliner most of the day now.
            ► One-on-one? (Y/N, explain):
               Y
            ► Min/code:
               97116 — 17 min
            ► Test/measure:
               CGA in the frame; min A out of it
            ► Barrier:
               Critical-illness weakness after five weeks in the ICU — knees buckle, short shuffling steps.
            """,
            ["G72.81", "M62.81"], [PT("97116", 17)], []),

        // Eagle River PTA 97116 on packed snow and glare ice with Yaktrax and an ice-tipped cane, laps and berm step-overs with distances and counts; L hip OA with stiffness and a Trendelenburg lurch; SBA/CGA; 20 matches: passes.
        ["v3-h60-eagle-river-yaktrax-ice-gait"] = new(
            """
            KNIK ARM THERAPY · Eagle River · PTA
            Payer questions (MA plan)
            Skilled service provided & why it needed a therapist: Winter gait training — Yaktrax on his boots and the ice tip flipped down on his cane; 2 laps of the back lot on packed snow and glare ice (2 x 200 ft), stepping over the plowed berm onto the sidewalk x 4, then 100 ft indoors to compare. Cues for short flat-footed steps and cane placement.
            Patient response: one slip on the glare ice, recovered with the cane.
            What changed since last visit?: Got his own mail on Sunday.
            Was the patient treated one-on-one? Explain: Yes.
            Minutes per code: 97116 20 min
            Objective measure today: SBA on packed snow; CGA on glare ice and over the berm
            Barrier to progress: L hip OA — L hip stiffness and a Trendelenburg lurch, slow on uneven ground.
            """,
            ["M16.12", "R26.81"], [PTA("97116", 20)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Hixson: the deficit is given as a finding under "Barrier to progress" (eyes closed she can't find neutral on the R ankle and misses the target); BAPS, EC star reaches, foam hops-to-hold; "Yes — the only patient on my schedule that hour"; SLS EC seconds and Y-balance cm: passes.
        ["v4-h60-hixson-ankle-finding-under-barrier"] = new(
            """
            LOOKOUT VALLEY PHYSICAL THERAPY · Hixson · Daily note
            TheraGate Skilled Need Questionnaire (MA plan — required)
            What skilled intervention was provided and why did it require a therapist?
              BAPS board level 2 → 3 circles standing on the R, star-excursion reaches with eyes closed, hops-to-hold on a foam square. PT picks the level and stops the knee collapsing in.
            Patient response:
              Ankle tired; no swelling.
            What changed since last visit?
              Back to walking the dog on the Riverwalk.
            Was the patient treated one-on-one? Explain
              Yes — the only patient on my schedule that hour.
            Minutes per code:
              97112 — 21 min
            Objective measure today:
              SLS R eyes closed 4 s (L 15 s); Y-balance anterior R 54 cm / L 63 cm
            Barrier to progress:
              With her eyes closed she can't find neutral on the R ankle and misses the reach target by inches; turns the ankle on the gravel at the Ringgold flea market.
            """,
            ["S93.401D"], [PT("97112", 21)], []),

        // Council Bluffs "What impairment did it address?" answered with findings (falls to the L eyes shut, L great-toe position not sensed 1 of 5, no vibration at the ankles); cushion and foam paths, rocker; one-on-one; Romberg and rocker seconds: passes.
        ["v4-h60-council-bluffs-eyes-closed-findings"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Council Bluffs
            Part B required elements (Compliance Office)
            Q: Which skilled technique(s) were delivered?
            A: Standing on a couch-cushion path with eyes closed as I take my hands away, stepping along a foam-pad path, weight shifts on the rocker board.
            Q: What impairment did it address?
            A: Eyes closed she falls to the L within seconds; can't tell whether I've moved her L great toe up or down (1 of 5 right); no vibration sense at either ankle.
            Q: Number that shows where the patient is today:
            A: Romberg EC 4 s; rocker board 10 s hands-free
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: Individual — one-on-one the whole time.
            Q: CPT / minutes:
            A: 97112 — 23 min
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // Kingston 97116: the deficit is in "Interval change" as findings without the AFO (foot slap, toe catch on the brick, hip hike); AFO + cane indoors, brick walk and curb with distances; SBA/CGA; 19 matches: passes.
        ["v4-h60-kingston-interval-change-findings-gait"] = new(
            """
            RONDOUT VALLEY REHAB — Kingston — PT Daily Note [MA smart form]
            Skilled intervention/rationale: Gait training with the new posterior-leaf AFO and a cane — 4 x 100 ft indoors, 1 x 150 ft outside on the uneven brick walk on Wall St, curb up/down x 3; cues for L heel first and an even step length.
            Pt response: liked the AFO on the bricks.
            Interval change: without the AFO the L foot slaps at heel strike and the toe catches on the brick; hikes the L hip to clear.
            Treated one-on-one? Yes — explain: PT and pt only.
            Time by code: 97116 19 min
            Objective: SBA with the AFO and cane; CGA at the curb
            Barriers: ***
            """,
            ["G57.32", "M21.372"], [PT("97116", 19)], []),

        // Pikeville "► Barrier: gets swimmy-headed turning her head to look both ways …; catch-up saccade turning to the L; 4 beats of nystagmus after head shake" as the deficit; VOR x1 progression, head-turn walking, pillow stance with nods; "Y — just me and her"; DGI and DVA: passes.
        ["v4-h60-pikeville-swimmy-headed-findings"] = new(
            """
            TUG FORK THERAPY & WELLNESS · Pikeville
            Bluegrass Outcomes Review — visit questions
            ► Intervention + why skilled:
               Gaze stabilization, VOR x1 horizontal — sitting → standing → walking; head turns while walking the hall; standing on a bed pillow with head nods. PT sets the speed so the symptoms stay workable.
            ► Response:
               Queasy on the walking set, passed quick.
            ► Change since last:
               Rode to the Walmart in Coal Run with her sister.
            ► One-on-one? (Y/N, explain):
               Y — just me and her in the back room.
            ► Min/code:
               97112 — 22 min
            ► Test/measure:
               DGI 16/24; DVA 4 lines lost
            ► Barrier:
               Gets swimmy-headed turning her head to look both ways on the road; head-impulse test shows a catch-up saccade turning to the L; 4 beats of nystagmus after head shake.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // Wasilla OT 97530: "What changed since last visit?" gives the deficit as findings (the R hand lets go of the kettle handle, can't pinch the zipper pull, wrist aches on jar lids); kettle, jars, parka and mittens, toast; counts and SBA; 23 matches: passes.
        ["v4-h60-wasilla-ot-kettle-findings"] = new(
            """
            KNIK ARM THERAPY · Wasilla · OT
            Payer questions (MA plan)
            Skilled service provided & why it needed a therapist: Kitchen and dressing tasks — filling and carrying the kettle 10 ft x 4, opening three jar sizes, zipping her parka and pulling on mittens, buttering toast with the knife in the R hand. OT grades the grip demand of each task.
            Patient response: wanted to quit on the smallest jar, didn't.
            What changed since last visit?: The R hand lets go of the kettle handle after a few seconds; can't pinch the zipper pull; wrist aches turning jar lids.
            Was the patient treated one-on-one? Explain: Yes.
            Minutes per code: 97530 23 min
            Objective measure today: 2 of 3 jars opened; kettle carried 4 times with SBA
            Barrier to progress: lives alone since her husband passed.
            """,
            ["S52.531D"], [OT("97530", 23)], []),

        // Glenwood 97110 whose impairment answer is "None found today — MMT 5/5 throughout, full ROM, no pain, no balance loss": exercises with loads and a chair-stand count, but no region, impairment or goal targeted: deficit missing.
        ["v4-h60-glenwood-97110-none-found"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Glenwood
            Part B required elements (Compliance Office)
            Q: Which skilled technique(s) were delivered?
            A: Recumbent bike warm-up, leg press 90 lb 3 x 12, seated row 30 lb 3 x 12, step-ups 8" 2 x 10, farmer's carry 15 lb each hand 4 x 60 ft.
            Q: What impairment did it address?
            A: None found today — MMT 5/5 throughout, full ROM, no pain, no balance loss. Pt asked to keep coming.
            Q: Number that shows where the patient is today:
            A: 30-s chair stand 16
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: Individual.
            Q: CPT / minutes:
            A: 97110 — 20 min
            """,
            ["R53.81"], [PT("97110", 20)], [At(Deficit, "97110")]),

        // Rhinebeck 97112 whose objective findings are all normal (sensation intact, head impulse negative, sharpened Romberg held, FGA 30/30) and "Barriers: none": techniques, one-on-one and numbers, but no deficit or system targeted: deficit missing.
        ["v4-h60-rhinebeck-97112-all-normal"] = new(
            """
            RONDOUT VALLEY REHAB — Rhinebeck — PT Daily Note [MA smart form]
            Skilled intervention/rationale: Tandem walking on a foam beam, single-leg stance with ball toss, stepping over hurdles with head turns.
            Pt response: no difficulty with any of it.
            Interval change: ***
            Treated one-on-one? Yes — explain: only pt in the gym.
            Time by code: 97112 18 min
            Objective: sensation intact both feet; head impulse negative both ways; sharpened Romberg 30 s eyes closed; FGA 30/30
            Barriers: none
            """,
            ["R26.81"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // Brainerd 97140: the deficit is given as findings (L4–5 stiff and painful to PA pressure, flexion stops at mid-shin, the truck seat flares it); central PA and rotational mobs with grades and STM; fingertip-to-floor cm before and after; 12 matches: passes.
        ["v4-h60-brainerd-97140-segment-findings"] = new(
            """
            LOOKOUT VALLEY PHYSICAL THERAPY · Brainerd (Chattanooga) · Daily note
            TheraGate Skilled Need Questionnaire (MA plan — required)
            What skilled intervention was provided and why did it require a therapist?
              Central PA mobs L3–L5 grade III–IV, L side-lying rotational mobs, STM to the L paraspinals and QL. Grading the mobs to his response is a PT call.
            Patient response:
              Straightened up easier off the table.
            What changed since last visit?
              Nothing since Tuesday.
            Was the patient treated one-on-one? Explain
              Yes.
            Minutes per code:
              97140 — 12 min
            Objective measure today:
              Fingertips-to-floor 34 cm → 26 cm after
            Barrier to progress:
              L4–5 stiff and painful to PA pressure; forward bending stops at mid-shin; sitting in the truck seat flares the back.
            """,
            ["M54.50", "M48.061"], [PT("97140", 12)], []),

        // Prestonsburg PTA 97116: "► Change since last" gives the findings (R knee gives way going down the ramp, drags the R toe on gravel, leans over the rollator); rollator on the ramp and gravel path with distances; CGA/SBA; 16 matches: passes.
        ["v4-h60-prestonsburg-pta-ramp-findings"] = new(
            """
            TUG FORK THERAPY & WELLNESS · Prestonsburg · PTA
            Bluegrass Outcomes Review — visit questions
            ► Intervention + why skilled:
               Gait with the rollator on the clinic ramp, up and down x 3, then the outdoor gravel path 2 x 120 ft; cues for R heel strike and to step through.
            ► Response:
               Rested on the rollator seat once.
            ► Change since last:
               R knee gives way going down the ramp; drags the R toe on the gravel; leans way over the rollator.
            ► One-on-one? (Y/N, explain):
               Y
            ► Min/code:
               97116 — 16 min
            ► Test/measure:
               CGA on the ramp, SBA on the path
            ► Barrier:
               Lives up a gravel drive.
            """,
            ["M17.11", "R26.89"], [PTA("97116", 16)], []),

        // Eagle River 97112: the deficit is under "Patient response" as findings (overshoots floor targets with the L foot, trunk wobbles lifting an arm in quadruped, L heel-to-shin slides off); quadruped lifts, kneel-walking, weighted-vest target stepping; one-on-one; SARA and k of 12: passes.
        ["v4-h60-eagle-river-ataxia-in-response"] = new(
            """
            KNIK ARM THERAPY · Eagle River · PT
            Payer questions (MA plan)
            Skilled service provided & why it needed a therapist: Quadruped with alternate arm/leg lifts, kneel-walking on the mat, slow controlled stepping to floor targets wearing a 2-lb weighted vest. PT paces and guards; he can't self-correct yet.
            Patient response: overshoots the floor targets with the L foot; trunk wobbles as soon as he lifts an arm in quadruped; L heel-to-shin slides off the shin.
            What changed since last visit?: Walked into Fred Meyer with the cart instead of the scooter.
            Was the patient treated one-on-one? Explain: Yes — no other patients in the neuro room.
            Minutes per code: 97112 22 min
            Objective measure today: SARA 14/40; 7 of 12 targets hit
            Barrier to progress: N/A
            """,
            ["R27.0", "R26.0"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms and places, and notes with none

        // Ringgold: the measure sits under "What changed since last visit?" (DGI 17/24, was 14/24) and the measure prompt says "see What changed above"; gaze work on foam, head-turn walking, pivots; "PT and patient alone in the vestibular room"; R vestibular hypofunction: passes.
        ["v5-h60-ringgold-dgi-under-what-changed"] = new(
            """
            LOOKOUT VALLEY PHYSICAL THERAPY · Ringgold GA · Daily note
            TheraGate Skilled Need Questionnaire (MA plan — required)
            What skilled intervention was provided and why did it require a therapist?
              Gaze stabilization, VOR x1 horizontal and vertical, standing on foam; walking with head turns along the hallway; 180° pivot turns. Progressed to a busy background today.
            Patient response:
              Mild headache, gone by checkout.
            What changed since last visit?
              DGI 17/24 today — was 14/24 on 2/11.
            Was the patient treated one-on-one? Explain
              Yes, PT and patient alone in the vestibular room.
            Minutes per code:
              97112 — 22 min
            Objective measure today:
              See "What changed" above.
            Barrier to progress:
              R vestibular hypofunction (neuritis in December) — gaze blurs and she veers with head turns.
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // Omaha PTA: Maximal Step Length in cm as the number; stance progression with reaching, clock-target stepping, push-and-catch; static and reactive postural control with sideways falls; "Individual — PTA one-on-one with her": passes.
        ["v5-h60-omaha-maximal-step-length"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Omaha, Dodge St
            Part B required elements (Compliance Office) — PTA visit
            Q: Which skilled technique(s) were delivered?
            A: Staggered stance → tandem → single-leg progression with reaching; stepping to clock targets on the floor on cue; lateral push-and-catch at the pelvis.
            Q: What impairment did it address?
            A: ↓ static and reactive postural control — 3 falls since Thanksgiving, all sideways.
            Q: Number that shows where the patient is today:
            A: Maximal Step Length — forward R 46 cm / L 41 cm; lateral R 29 cm / L 24 cm
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: Individual — PTA one-on-one with her.
            Q: CPT / minutes:
            A: 97112 — 20 min
            """,
            ["R29.6", "M62.81"], [PTA("97112", 20)], []),

        // Poughkeepsie 97110 after a HF admission: NuStep intervals, sit-to-stand, step-ups, marches with doses; LE weakness and endurance with a Metro-North goal; 6MWT metres; 23 matches: passes.
        ["v5-h60-poughkeepsie-6mwt"] = new(
            """
            RONDOUT VALLEY REHAB — Poughkeepsie — PT Daily Note [MA smart form]
            Skilled intervention/rationale: NuStep level 4 intervals, sit-to-stand 3 x 10, step-ups 6" 2 x 10, standing marches 2 x 20; HR and SpO2 monitored and rests titrated (HF).
            Pt response: RPE 13, no chest pain.
            Interval change: weight stable on his daily log.
            Treated one-on-one? Yes — explain: n/a for ther ex
            Time by code: 97110 23 min
            Objective: 6MWT 265 m (210 m at eval); SpO2 94% at the end
            Barriers: leg weakness and low endurance after a heart-failure admission; wants to ride Metro-North down to see his grandson.
            """,
            ["I50.22", "M62.81"], [PT("97110", 23)], []),

        // Paintsville 97530: porch-step stair set with a milk jug, pickup cab transfers, feed-bucket carry; R hip weakness after an intertrochanteric fracture with home and truck goals; min A → CGA and SBA with counts; 22 matches: passes.
        ["v5-h60-paintsville-porch-steps-97530"] = new(
            """
            TUG FORK THERAPY & WELLNESS · Paintsville
            Bluegrass Outcomes Review — visit questions
            ► Intervention + why skilled:
               Practiced his 5 porch steps on the clinic stair set with one rail, carrying a gallon milk jug up; getting in and out of the pickup cab with the grab handle; carrying a feed bucket 20 ft. PT picks hand and foot placement to protect the R hip.
            ► Response:
               Winded on the 3rd stair trial; rested.
            ► Change since last:
               Nothing new.
            ► One-on-one? (Y/N, explain):
               Y
            ► Min/code:
               97530 — 22 min
            ► Test/measure:
               min A → CGA on the steps by the 3rd trial; truck transfer with SBA x 4
            ► Barrier:
               R hip weakness after an intertrochanteric fracture; goal — get in his own front door and drive to the feed store.
            """,
            ["S72.141D"], [PT("97530", 22)], []),

        // Palmer 97116 with distances on the FWW indoors and the salted ramp and assistance levels; R THA with a short L step and Trendelenburg; 18 matches: passes.
        ["v5-h60-palmer-ramp-distance-assist"] = new(
            """
            KNIK ARM THERAPY · Palmer · PT
            Payer questions (MA plan)
            Skilled service provided & why it needed a therapist: Gait training with the front-wheeled walker, then the salted ramp out the side door and back; cues to load the R leg and lengthen the L step.
            Patient response: careful on the ramp, no slips.
            What changed since last visit?: Off the bedside commode at night.
            Was the patient treated one-on-one? Explain: Yes
            Minutes per code: 97116 18 min
            Objective measure today: FWW 2 x 150 ft indoors with SBA; 1 x 80 ft on the ramp with CGA
            Barrier to progress: R THA (wk 5) — R hip abductor weakness, Trendelenburg on the R, short L step.
            """,
            ["Z96.641", "Z47.1"], [PT("97116", 18)], []),

        // Glenwood 97112 answered "Not measured today; Berg at the progress note next week": mirror weight shift, tapping, PNF resisted stepping; R recruitment after stroke; one-on-one — but no number but the code's minutes: measure missing.
        ["v5-h60-glenwood-not-measured"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Glenwood
            Part B required elements (Compliance Office)
            Q: Which skilled technique(s) were delivered?
            A: Weight-shift training onto the R with a mirror, tapping over the R quad in step stance, resisted forward stepping at the pelvis (PNF).
            Q: What impairment did it address?
            A: R hemiparesis — poor R quad and hip extensor recruitment; R knee snaps back.
            Q: Number that shows where the patient is today:
            A: Not measured today; Berg at the progress note next week.
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: Individual (1:1) — PT and pt only.
            Q: CPT / minutes:
            A: 97112 — 20 min
            """,
            ["I69.351"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Hixson 97110 naming quad sets, SLR, heel slides, bridges and counter abduction with no doses and the measure prompt left blank; L knee OA and quad weakness with a pew limit: measure missing.
        ["v5-h60-hixson-97110-no-doses"] = new(
            """
            LOOKOUT VALLEY PHYSICAL THERAPY · Hixson · Daily note
            TheraGate Skilled Need Questionnaire (MA plan — required)
            What skilled intervention was provided and why did it require a therapist?
              Quad sets, straight-leg raises, heel slides, bridges and standing hip abduction at the counter; corrected her hip hike on the SLR.
            Patient response:
              Knee ached on the SLR.
            What changed since last visit?
              Nothing new.
            Was the patient treated one-on-one? Explain
              Yes.
            Minutes per code:
              97110 — 16 min
            Objective measure today:
            Barrier to progress:
              L knee OA with a weak quad — can't get up from the church pew without pulling on the pew in front.
            """,
            ["M17.12"], [PT("97110", 16)], [At(Measure, "97110")]),

        // Eagle River OT 97110 for thumb CMC OA: putty pinch, opposition, wrist curls with doses; weak pinch with a fly-tying goal; grip and pinch kg; 21 matches: passes.
        ["v5-h60-eagle-river-ot-grip-pinch"] = new(
            """
            KNIK ARM THERAPY · Eagle River · OT
            Payer questions (MA plan)
            Skilled service provided & why it needed a therapist: Thumb stabilization program — isometric thumb abduction 10 x 5-s hold, light-putty 3-jaw pinch 2 x 15, opposition to each fingertip 2 x 10, wrist curls with 1 lb 2 x 12. OT keeps the CMC from collapsing into a Z on the pinch.
            Patient response: achy at the base of the thumb, no flare.
            What changed since last visit?: Opened the mail without scissors.
            Was the patient treated one-on-one? Explain: Yes.
            Minutes per code: 97110 21 min
            Objective measure today: grip R 14 kg / L 24 kg; 3-jaw pinch R 3 kg
            Barrier to progress: R thumb CMC OA — weak pinch, pain on twisting; goal — tie his own flies before breakup.
            """,
            ["M18.11"], [OT("97110", 21)], []),

        // Kingston 97140 neck: suboccipital release, upslope glides with a grade, manual traction; neck stiffness with a blind-spot limit; rotation degrees before and after; 11 matches: passes.
        ["v5-h60-kingston-97140-rotation-degrees"] = new(
            """
            RONDOUT VALLEY REHAB — Kingston — PT Daily Note [MA smart form]
            Skilled intervention/rationale: Suboccipital release, C4–C6 upslope glides grade III on the L, manual cervical traction 3 x 30 s.
            Pt response: turned her head easier getting off the table.
            Interval change: ***
            Treated one-on-one? Yes — explain: yes
            Time by code: 97140 11 min
            Objective: cervical rotation L 48° → 60°, R 55° → 62°
            Barriers: neck stiffness — can't check her blind spot backing out of the driveway.
            """,
            ["M54.2", "M47.812"], [PT("97140", 11)], []),

        // Pikeville 97116 answered "didn't measure — walked till she give out": cane gait in the hall and down the ramp with cues, stenosis with a forward lean, but no distance, assistance level or number but the code's minutes: measure missing.
        ["v5-h60-pikeville-walked-till-she-give-out"] = new(
            """
            TUG FORK THERAPY & WELLNESS · Pikeville
            Bluegrass Outcomes Review — visit questions
            ► Intervention + why skilled:
               Gait with her cane in the hall and down the ramp; cued to stand up tall and keep the cane in the L hand.
            ► Response:
               Legs got heavy.
            ► Change since last:
               Same.
            ► One-on-one? (Y/N, explain):
               Y
            ► Min/code:
               97116 — 14 min
            ► Test/measure:
               didn't measure — walked till she give out
            ► Barrier:
               Lumbar stenosis — leans forward over the cane, short steps, legs give out.
            """,
            ["M48.062"], [PT("97116", 14)], [At(Measure, "97116")]),

        // Council Bluffs dual-task training (stepping while naming, tray carry, counting back), "Individual — just the two of us"; dual-task interference with MCI and neuropathy; TUG and TUG-cognitive seconds: passes.
        ["v5-h60-council-bluffs-tug-cognitive"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Council Bluffs
            Part B required elements (Compliance Office)
            Q: Which skilled technique(s) were delivered?
            A: Dual-task gait and stepping — stepping to floor targets while naming Husker players, carrying a tray with a cup over a low hurdle, walking while counting back by 3s.
            Q: What impairment did it address?
            A: Dual-task interference — slows, veers and loses postural control when she has to think (mild cognitive impairment plus neuropathy).
            Q: Number that shows where the patient is today:
            A: TUG 14.2 s; TUG-cognitive (counting back by 3s) 19.8 s
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: Individual — just the two of us.
            Q: CPT / minutes:
            A: 97112 — 22 min
            """,
            ["G31.84", "R26.81"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 6: minutes as the forms answer them, true mismatches, truly missing separate time

        // Brainerd "Minutes per code: 97112 — 23; 97110 — 15" under the prompt (both match); PNF chops/lifts, pushes, foam SLS; hip exercises with doses; "Yes, one-on-one"; L THA abductor weakness and stepping; FSST and SLS: passes.
        ["v6-h60-brainerd-semicolon-pairs"] = new(
            """
            LOOKOUT VALLEY PHYSICAL THERAPY · Brainerd (Chattanooga) · Daily note
            TheraGate Skilled Need Questionnaire (MA plan — required)
            What skilled intervention was provided and why did it require a therapist?
              NMR: PNF chops and lifts in half-kneel, stepping strategy with unannounced pushes, SLS on foam with cone taps. TE: side-lying hip abduction with 3 lb 3 x 12, bridges with a band 3 x 12, step-ups 8" 2 x 10. Grading the pushes and surfaces after her hip replacement takes a PT.
            Patient response:
              Steady; tired at the end.
            What changed since last visit?
              Got in and out of her daughter's SUV without help.
            Was the patient treated one-on-one? Explain
              Yes, one-on-one.
            Minutes per code:
              97112 — 23; 97110 — 15
            Objective measure today:
              Four Square Step Test 14.9 s; SLS L 6 s
            Barrier to progress:
              L THA — L hip abductor weakness (4-/5), slow stepping reaction to the L.
            """,
            ["Z96.642"], [PT("97112", 23), PT("97110", 15)], []),

        // Bellevue PTA "A: 97110 / 15 · 97530 / 23" under "CPT / minutes" (both match); extension exercises with doses; stooping and carrying tasks with counts and SBA; L1 compression fracture with a grocery goal: passes.
        ["v6-h60-bellevue-slash-pairs-pta"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Bellevue
            Part B required elements (Compliance Office) — PTA visit
            Q: Which skilled technique(s) were delivered?
            A: 97110 — prone press-ups 2 x 10, seated thoracic extension over the chair back 2 x 10, band rows 3 x 12. 97530 — picking a laundry basket up off the floor with a hip hinge x 6, carrying two grocery bags 40 ft x 3, getting in and out of the car seat in the clinic mock-up x 4.
            Q: What impairment did it address?
            A: L1 compression fracture — back-extensor weakness, rounds forward to lift; goal: bring in her own groceries.
            Q: Number that shows where the patient is today:
            A: SBA for the lifts and the car; bags carried without a rest
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: Individual.
            Q: CPT / minutes:
            A: 97110 / 15 · 97530 / 23
            """,
            ["S32.010D"], [PTA("97110", 15), PTA("97530", 23)], []),

        // Rhinebeck three codes "Time by code: 97140 10 min | 97110 15 min | 97112 15 min" (all match); hip distraction and glides with grades; hip exercises with doses; foam/hurdle NMR one-on-one; R hip OA stiffness, weakness, postural control; IR degrees and SLS: passes.
        ["v6-h60-rhinebeck-three-codes-pipes"] = new(
            """
            RONDOUT VALLEY REHAB — Rhinebeck — PT Daily Note [MA smart form]
            Skilled intervention/rationale: 97140 — R hip long-axis distraction with a belt, grade III, and inferior glides in 90° flexion. 97110 — clamshells with green band 3 x 12, side-lying hip abduction 2 x 12, sit-to-stand 3 x 10. 97112 — SLS on foam with reaches, stepping over hurdles with a pause on the R, lateral push-and-catch.
            Pt response: hip felt looser walking out.
            Interval change: walked the Rhinebeck fairgrounds loop.
            Treated one-on-one? Yes — explain: PT and pt only, whole visit.
            Time by code: 97140 10 min | 97110 15 min | 97112 15 min
            Objective: R hip IR 14° → 22°; SLS R 5 s
            Barriers: R hip OA — capsular stiffness, abductor weakness, ↓ R stance postural control.
            """,
            ["M16.11"], [PT("97140", 10), PT("97110", 15), PT("97112", 15)], []),

        // Prestonsburg "► Min/code: NMR twenty-two minutes, gait fifteen minutes" in words (both match); weight shift with tapping, resisted stepping, step-ups; hemi-walker gait with distance and CGA; "Y — only her in the gym"; L hemiparesis; Berg: passes.
        ["v6-h60-prestonsburg-minutes-in-words"] = new(
            """
            TUG FORK THERAPY & WELLNESS · Prestonsburg
            Bluegrass Outcomes Review — visit questions
            ► Intervention + why skilled:
               NMR — weight shifts onto the L with tapping over the L glute, resisted forward stepping at the pelvis, step-ups to a 4" step leading with the L. Gait — hemi-walker, 3 x 80 ft, cues for L knee bend in swing.
            ► Response:
               Tolerated it fine.
            ► Change since last:
               Walked to the kitchen without the wheelchair.
            ► One-on-one? (Y/N, explain):
               Y — only her in the gym.
            ► Min/code:
               NMR twenty-two minutes, gait fifteen minutes
            ► Test/measure:
               Berg 38/56; CGA with the hemi-walker
            ► Barrier:
               L hemiparesis (R MCA stroke) — poor L hip and knee recruitment, stiff-knee gait.
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 15)], []),

        // Palmer PT then OT, each answering the payer questions for their own code: "97112 20 min" (PT, one-on-one) and "97530 18 min" (OT) match their discipline's lines; ball perturbations and reaching; tub-bench tasks; trunk control after stroke; FIST and min A → CGA: passes.
        ["v6-h60-palmer-pt-then-ot"] = new(
            """
            KNIK ARM THERAPY · Palmer · PT + OT same day
            PT — Payer questions (MA plan)
            Skilled service provided & why it needed a therapist: Sitting balance on a therapy ball with perturbations at the trunk, scooting and weight shift onto the R hip, reaching out of base of support to cones.
            Was the patient treated one-on-one? Explain: Yes, PT alone with him.
            Minutes per code: 97112 20 min
            Objective measure today: FIST 40/56
            Barrier to progress: R hemiparesis with poor trunk control (L MCA stroke).
            OT — Payer questions (MA plan)
            Skilled service provided & why it needed a therapist: Tub-bench transfer with the grab bar, washing his legs with a long-handled sponge, drying off seated. OT sets up the bathroom and teaches his wife to guard.
            Was the patient treated one-on-one? Explain: Yes.
            Minutes per code: 97530 18 min
            Objective measure today: min A → CGA for the tub-bench transfer over 3 trials
            Barrier to progress: same R hemiparesis; goal — shower at home with his wife on standby.
            """,
            ["I69.351"], [PT("97112", 20), OT("97530", 18)], []),

        // Omaha 97110 given in two parts around a wound-clinic visit ("12 min before …, 11 min after; 23 min in all", the line's 23); exercises with loads; LE weakness with a church goal; 5xSTS: passes.
        ["v6-h60-omaha-split-around-wound-clinic"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Omaha, Dodge St
            Part B required elements (Compliance Office)
            Q: Which skilled technique(s) were delivered?
            A: NuStep level 3 warm-up, seated knee extension 4 lb 3 x 12, standing hip abduction and extension at the counter 2 x 12 each, heel raises 2 x 15.
            Q: What impairment did it address?
            A: B LE weakness (hip abd 4-/5, quads 4/5); wants to walk into church from the handicapped spots.
            Q: Number that shows where the patient is today:
            A: 5xSTS 17.8 s
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: Individual.
            Q: CPT / minutes:
            A: 97110 — 12 min before his wound-clinic appointment upstairs, 11 min after; 23 min in all.
            """,
            ["E11.42", "M62.81"], [PT("97110", 23)], []),

        // Fort Oglethorpe "Minutes per code: 97112 0931–0954 (23 min)" matches; foam reaches, rocker, head-turn tandem; "Yes — nobody else in the gym at that hour"; neuropathic somatosensory loss; Functional Reach and foam seconds: passes.
        ["v6-h60-fort-oglethorpe-clock-range"] = new(
            """
            LOOKOUT VALLEY PHYSICAL THERAPY · Fort Oglethorpe GA · Daily note
            TheraGate Skilled Need Questionnaire (MA plan — required)
            What skilled intervention was provided and why did it require a therapist?
              Reaching outside base of support to cones while standing on foam, rocker board A/P, tandem walking with head turns. Guarding and choosing the surface need a PT.
            Patient response:
              One loss of balance on the rocker, caught.
            What changed since last visit?
              Nothing.
            Was the patient treated one-on-one? Explain
              Yes — nobody else in the gym at that hour.
            Minutes per code:
              97112 0931–0954 (23 min)
            Objective measure today:
              Functional Reach 8 in; foam stance EC 9 s
            Barrier to progress:
              ↓ somatosensory input from the feet (chemo neuropathy); can't tell where her feet are on the carpet.
            """,
            ["G62.0", "R26.81"], [PT("97112", 23)], []),

        // Ringgold "Minutes per code: 97112 — 30 min" carried over from a longer visit against an 18-min line: mismatch; weight-shift, foam and tandem work, one-on-one, postural control after falls, Berg and SLS complete.
        ["v6-h60-ringgold-minutes-carried-over"] = new(
            """
            LOOKOUT VALLEY PHYSICAL THERAPY · Ringgold GA · Daily note
            TheraGate Skilled Need Questionnaire (MA plan — required)
            What skilled intervention was provided and why did it require a therapist?
              Weight shifts in stride stance with perturbations, foam stance with head turns, tandem walking along the counter. PT guarding — she falls backward without warning.
            Patient response:
              Tolerated well.
            What changed since last visit?
              Nothing new.
            Was the patient treated one-on-one? Explain
              Yes, one-on-one.
            Minutes per code:
              97112 — 30 min
            Objective measure today:
              Berg 45/56; SLS R 4 s
            Barrier to progress:
              Backward loss of balance, poor ankle and hip postural control; 2 falls since Christmas.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 18)], [At(Mismatch, "97112")]),

        // Kingston "Time by code: 97112 22 min | 97110 25 min" with a 12-min 97110 line: mismatch on 97110 (97112 matches); both sections complete and one-on-one.
        ["v6-h60-kingston-second-code-differs"] = new(
            """
            RONDOUT VALLEY REHAB — Kingston — PT Daily Note [MA smart form]
            Skilled intervention/rationale: 97112 — half-roll stance with catches, stepping strategy with pulls at the belt, tandem walking with head turns. 97110 — leg press 60 lb 3 x 10, standing hip abduction with a 2-lb cuff 2 x 12, heel raises 2 x 15.
            Pt response: tired by the leg press.
            Interval change: ***
            Treated one-on-one? Yes — explain: one pt, one PT.
            Time by code: 97112 22 min | 97110 25 min
            Objective: Mini-BESTest 17/28; 5xSTS 15.4 s
            Barriers: slow reactive stepping; B hip and thigh weakness.
            """,
            ["M62.81", "R26.81"], [PT("97112", 22), PT("97110", 12)], [At(Mismatch, "97110")]),

        // Paintsville PTA "► Min/code: 97110 — 35 min" against a 23-min PTA line: mismatch; knee exercises with doses, quad weakness after TKA with a porch goal, flexion degrees complete.
        ["v6-h60-paintsville-pta-te-differs"] = new(
            """
            TUG FORK THERAPY & WELLNESS · Paintsville · PTA
            Bluegrass Outcomes Review — visit questions
            ► Intervention + why skilled:
               Heel slides with a strap 2 x 15, SAQ 3 lb 3 x 10, step-ups 4" 2 x 10, TKE with blue band 3 x 12, recumbent bike for knee bend.
            ► Response:
               Knee stiff first thing, loosened up.
            ► Change since last:
               Sleeping through the night.
            ► One-on-one? (Y/N, explain):
               N/A
            ► Min/code:
               97110 — 35 min
            ► Test/measure:
               R knee flexion 104°
            ► Barrier:
               R quad weakness after TKA; wants to sit out on the porch swing and get back up by himself.
            """,
            ["Z96.651"], [PTA("97110", 23)], [At(Mismatch, "97110")]),

        // Hixson "Minutes per code: 38 total (NMR + TE)" is the only time for two codes: separate time missing; both sections complete (foam/pushes/hurdles; exercises with doses; one-on-one; neuropathic postural control and weakness; SLS and 5xSTS).
        ["v6-h60-hixson-total-only"] = new(
            """
            LOOKOUT VALLEY PHYSICAL THERAPY · Hixson · Daily note
            TheraGate Skilled Need Questionnaire (MA plan — required)
            What skilled intervention was provided and why did it require a therapist?
              NMR: foam stance EO/EC, lateral pushes in narrow stance, stepping over hurdles with a pause. TE: sit-to-stand with a 4-lb ball 3 x 10, standing hip abduction 2 x 12, heel raises 2 x 15. Guarding and progression need a PT.
            Patient response:
              Tolerated well.
            What changed since last visit?
              Nothing.
            Was the patient treated one-on-one? Explain
              Yes — one-on-one for the whole visit.
            Minutes per code:
              38 total (NMR + TE)
            Objective measure today:
              SLS R 6 s / L 5 s; 5xSTS 14.8 s
            Barrier to progress:
              ↓ somatosensory-based postural control (neuropathy) and B hip weakness.
            """,
            ["G62.9"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // Bellevue two codes with "Q: CPT / minutes:" answered blank: separate time missing; both sections complete (facilitated stepping, resisted gait pulls; quad cane gait with distance; one-on-one; L hemiparesis; 10MWT and CGA).
        ["v6-h60-bellevue-cpt-minutes-blank"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Bellevue
            Part B required elements (Compliance Office)
            Q: Which skilled technique(s) were delivered?
            A: 97112 — step-and-hold onto a 4" step leading with the L, tapping over the L quad, resisted forward stepping at the pelvis. 97116 — quad cane 3 x 100 ft with cues for L heel strike.
            Q: What impairment did it address?
            A: L hemiparesis (R MCA stroke) — weak L quad recruitment, L knee buckles in stance.
            Q: Number that shows where the patient is today:
            A: 10MWT 0.52 m/s; CGA with the quad cane
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: Individual — one-on-one.
            Q: CPT / minutes:
            A:
            """,
            ["I69.354"], [PT("97112", 20), PT("97116", 15)], [SepTime]),

        // New Paltz three codes with "Time by code: ***": separate time missing; each section complete (tibiofemoral glides and patellar mobs with grades; knee exercises with doses; foam and hurdle NMR one-on-one; knee OA stiffness, weakness and postural control; flexion degrees and SLS).
        ["v6-h60-new-paltz-time-wildcard-three-codes"] = new(
            """
            RONDOUT VALLEY REHAB — New Paltz — PT Daily Note [MA smart form]
            Skilled intervention/rationale: 97140 — R tibiofemoral posterior glides grade III, patellar inferior glides. 97110 — step-ups 6" 2 x 10, wall sits 5 x 15-s hold, hamstring curls with 3 lb 2 x 12. 97112 — SLS on foam with ball toss, hurdle stepping with a pause on the R, lateral pushes.
            Pt response: knee looser after the glides.
            Interval change: ***
            Treated one-on-one? Yes — explain: PT and pt only.
            Time by code: ***
            Objective: R knee flexion 108° → 114°; SLS R 6 s
            Barriers: R knee OA — joint stiffness, quad weakness, ↓ R stance postural control.
            """,
            ["M17.11", "R26.81"], [PT("97140", 10), PT("97110", 15), PT("97112", 15)], [SepTime]),

        // Williamson "► Min/code: 97112 — 20 min" with the 97140 described but given no minutes: separate time missing; both sections complete (gaze and head-turn NMR one-on-one; suboccipital release and upslope glides; neck stiffness with dizziness on turning; DGI and rotation degrees).
        ["v6-h60-williamson-manual-unminuted"] = new(
            """
            TUG FORK THERAPY & WELLNESS · Williamson WV
            Bluegrass Outcomes Review — visit questions
            ► Intervention + why skilled:
               NMR — gaze stabilization with head turns sitting and standing, walking with head turns, standing on a pillow with eyes closed. Manual — suboccipital release and C3–C5 upslope glides grade III.
            ► Response:
               Less swimmy-headed by the end.
            ► Change since last:
               Drove to church Sunday.
            ► One-on-one? (Y/N, explain):
               Y — only patient I had.
            ► Min/code:
               97112 — 20 min
            ► Test/measure:
               DGI 18/24; cervical rotation L 50° / R 58°
            ► Barrier:
               Neck stiffness with unsteadiness turning her head; ↓ postural control with head movement.
            """,
            ["M54.2", "R26.81"], [PT("97112", 20), PT("97140", 10)], [SepTime]),

        // Wasilla "Minutes per code: NMR 2 units, TE 1 unit": units, not minutes, for two codes: separate time missing; both sections complete (foam EC, rocker, perturbations one-on-one; exercises with doses; neuropathic somatosensory loss and hip weakness; foam seconds and 5xSTS).
        ["v6-h60-wasilla-units-not-minutes"] = new(
            """
            KNIK ARM THERAPY · Wasilla · PT
            Payer questions (MA plan)
            Skilled service provided & why it needed a therapist: NMR — foam stance with eyes closed, rocker board M/L, perturbations in tandem. TE — sit-to-stand from a low chair 3 x 10, side-lying hip abduction 2 x 12, step-ups 6" 2 x 10.
            Patient response: Tolerated well.
            What changed since last visit?: Walked to the mailbox on the ice with cleats.
            Was the patient treated one-on-one? Explain: Yes, one-on-one.
            Minutes per code: NMR 2 units, TE 1 unit
            Objective measure today: foam EC 8 s; 5xSTS 16.0 s
            Barrier to progress: diabetic neuropathy (↓ somatosensory input) and hip weakness.
            """,
            ["E11.42", "M62.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic answers

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h60-empty-nmr-gait"] = new(
            "",
            ["R26.81"], [PT("97112", 22), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // A note of spaces only (cells are trimmed) on an OT 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h60-spaces-ot-97530-no-dx"] = new(
            "   ",
            [], [OT("97530", 24)], [At(NoteMissing, "97530"), Dx]),

        // Empty note on a three-code PTA visit with a diagnosis: note missing on each of the three lines.
        ["v7-h60-empty-three-codes-pta"] = new(
            "",
            ["M62.81"], [PTA("97110", 15), PTA("97112", 15), PTA("97116", 10)],
            [At(NoteMissing, "97110"), At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // 97530's meaning at a dry cabin: water-jug and split-log carries and rail-less steps with counts and distances (technique), COPD with a haul-her-own-water goal (deficit), SBA (measure); 25 matches: passes.
        ["v7-h60-wasilla-97530-dry-cabin"] = new(
            """
            KNIK ARM THERAPY · Wasilla · OT
            Payer questions (MA plan)
            Skilled service provided & why it needed a therapist: Dry-cabin chores practiced in the clinic — carrying a 2.5-gal water jug 40 ft x 4 and lifting it onto the counter, loading 6 split logs into a canvas carrier and carrying it 30 ft x 3, stepping up two 7" steps with no rail while holding the carrier. OT paces the loads to her breathing and teaches pursed-lip breathing during the lift.
            Patient response: needed a seated rest after the wood carries.
            What changed since last visit?: Her nephew hauled her water this week.
            Was the patient treated one-on-one? Explain: N/A
            Minutes per code: 97530 25 min
            Objective measure today: SBA on the steps; SpO2 stayed 90% or above
            Barrier to progress: COPD with arm and leg weakness; goal — haul her own water and wood at her dry cabin off Knik-Goose Bay Road.
            """,
            ["J44.9", "M62.81"], [OT("97530", 25)], []),

        // 97110's meaning after a cuff repair (PTA): named shoulder exercises with loads and doses (technique, measure), cuff weakness with a refrigerator-shelf limit (deficit), flexion degrees; 22 matches: passes.
        ["v7-h60-hixson-97110-cuff-repair"] = new(
            """
            LOOKOUT VALLEY PHYSICAL THERAPY · Hixson · PTA daily note
            TheraGate Skilled Need Questionnaire (MA plan — required)
            What skilled intervention was provided and why did it require a therapist?
              R shoulder after cuff repair (wk 12): side-lying ER with 1 lb 3 x 12, prone rows 3 x 10, standing flexion to 90° with a 1-lb weight 2 x 10, serratus wall slides 2 x 12. PTA keeps the scapula set and stops the shrug.
            Patient response:
              Shoulder tired, no sharp pain.
            What changed since last visit?
              Combed her hair with the R hand.
            Was the patient treated one-on-one? Explain
              N/A
            Minutes per code:
              97110 — 22 min
            Objective measure today:
              AROM flexion 132°
            Barrier to progress:
              R cuff weakness after repair — can't lift a gallon of milk to the top refrigerator shelf.
            """,
            ["M75.121", "Z98.890"], [PTA("97110", 22)], []),

        // 97140's meaning: glenohumeral posterior/inferior glides with grades, distraction and scapular mobs (technique), adhesive capsulitis with a dressing limit (deficit), ER degrees before and after (measure); 13 matches: passes.
        ["v7-h60-council-bluffs-97140-gh-glides"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Council Bluffs
            Part B required elements (Compliance Office)
            Q: Which skilled technique(s) were delivered?
            A: L glenohumeral posterior and inferior glides, grade III–IV in 60° abduction; long-axis distraction; scapular mobilization in side-lying.
            Q: What impairment did it address?
            A: L adhesive capsulitis — capsular stiffness; can't reach behind her to tuck in a blouse.
            Q: Number that shows where the patient is today:
            A: ER 20° → 31° after; flexion 115°
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: Individual.
            Q: CPT / minutes:
            A: 97140 — 13 min
            """,
            ["M75.02"], [PT("97140", 13)], []),

        // 97116's meaning: quad cane → SPC with distances on the hall and gravel and porch-style steps (technique, measure), R THA lurch and short L step (deficit), SBA/CGA; 20 matches: passes.
        ["v7-h60-pikeville-97116-cane-progression"] = new(
            """
            TUG FORK THERAPY & WELLNESS · Pikeville
            Bluegrass Outcomes Review — visit questions
            ► Intervention + why skilled:
               Gait training, quad cane → single-point cane: 3 x 120 ft in the hall and 1 x 60 ft on the gravel lot, step-through pattern with cues for equal step length; practiced 4 porch-style steps with one rail, step-to.
            ► Response:
               Liked the lighter cane.
            ► Change since last:
               Walked to the end of the driveway.
            ► One-on-one? (Y/N, explain):
               Y
            ► Min/code:
               97116 — 20 min
            ► Test/measure:
               SBA in the hall; CGA on the gravel and the steps
            ► Barrier:
               R hip replacement (wk 6) — Trendelenburg lurch on the R, short L step.
            """,
            ["Z96.641", "Z47.1"], [PT("97116", 20)], []),

        // Kingston 97112 with "Skilled intervention/rationale: balance training per POC", "Pt response: tolerated well" and every other field "***" or an unresolved pick list: only generic phrases — no technique, deficit, measure or one-on-one; 20 matches.
        ["v7-h60-kingston-balance-training-per-poc"] = new(
            """
            RONDOUT VALLEY REHAB — Kingston — PT Daily Note [MA smart form]
            Skilled intervention/rationale: balance training per POC
            Pt response: tolerated well
            Interval change: ***
            Treated one-on-one? {Yes/No:20417} — explain: ***
            Time by code: 97112 20 min
            Objective: ***
            Barriers: ***
            """,
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Williamson "Functional activities and exercises per POC. Skilled to progress program.", "Tolerated well" and N/A everywhere else, with minutes for each code (both match): only generic phrases for both codes.
        ["v7-h60-williamson-generic-two-codes"] = new(
            """
            TUG FORK THERAPY & WELLNESS · Williamson WV
            Bluegrass Outcomes Review — visit questions
            ► Intervention + why skilled:
               Functional activities and exercises per POC. Skilled to progress program.
            ► Response:
               Tolerated well.
            ► Change since last:
               N/A
            ► One-on-one? (Y/N, explain):
               N/A
            ► Min/code:
               97530 — 15 min, 97110 — 10 min
            ► Test/measure:
               N/A
            ► Barrier:
               N/A
            """,
            ["M62.81"], [PT("97530", 15), PT("97110", 10)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Glenwood 97140 "Manual therapy per plan", "See plan of care", "N/A", "Pt tolerated well, continue per plan": no manual technique, region or measure — only generic phrases; 10 matches.
        ["v7-h60-glenwood-manual-per-plan"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Glenwood
            Part B required elements (Compliance Office)
            Q: Which skilled technique(s) were delivered?
            A: Manual therapy per plan.
            Q: What impairment did it address?
            A: See plan of care.
            Q: Number that shows where the patient is today:
            A: N/A
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: Individual.
            Q: CPT / minutes:
            A: 97140 — 10 min
            Q: Why does this need a licensed clinician?
            A: Pt tolerated well, continue per plan.
            """,
            ["M54.50"], [PT("97140", 10)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary notes

        // Brainerd PTA NMR 20 + TE 18 (both match), "Yes — PTA with this patient only"; hurdle pauses, tray tandem, lean-release; exercises with loads; stepping and hip weakness; Berg and SLS: passes.
        ["vord-h60-brainerd-pta-nmr-te"] = new(
            """
            LOOKOUT VALLEY PHYSICAL THERAPY · Brainerd (Chattanooga) · PTA daily note
            TheraGate Skilled Need Questionnaire (MA plan — required)
            What skilled intervention was provided and why did it require a therapist?
              97112: stepping over a line of 6" hurdles with a pause on one leg, tandem walking carrying a tray, lean-and-release forward. 97110: sit-to-stand from a 17" chair with a 6-lb ball 3 x 8, standing hip abduction with a 3-lb cuff 2 x 12, heel raises 2 x 15. Guarding and progression need a clinician — she trips on the fellowship-hall rug.
            Patient response:
              Tolerated well; legs tired at the end.
            What changed since last visit?
              Nothing new.
            Was the patient treated one-on-one? Explain
              Yes — PTA with this patient only, the whole visit.
            Minutes per code:
              97112 — 20 min
              97110 — 18 min
            Objective measure today:
              Berg 46/56; SLS R 5 s, L 4 s
            Barrier to progress:
              Slow protective stepping and a poor hip strategy; both hips weak (abductors 4-/5).
            """,
            ["R26.81", "M62.81"], [PTA("97112", 20), PTA("97110", 18)], []),

        // Hixson OT 97530: bed making, dishwasher to cabinets, walker-tray carry with distance; R hemiparesis with a keep-house goal; min A and k of 15; 25 matches: passes.
        ["vord-h60-hixson-ot-housekeeping"] = new(
            """
            LOOKOUT VALLEY PHYSICAL THERAPY · Hixson · OT
            TheraGate Skilled Need Questionnaire (MA plan — required)
            What skilled intervention was provided and why did it require a therapist?
              Making the bed (fitted sheet and spread) standing, with the R hand helping; unloading the dishwasher into the upper cabinets; carrying a plate on the walker tray 25 ft x 3. OT breaks the tasks down and cues the R hand in — he leaves it out unless reminded.
            Patient response:
              The fitted sheet was the hardest part.
            What changed since last visit?
              Buttoned his own shirt at home.
            Was the patient treated one-on-one? Explain
              Yes.
            Minutes per code:
              97530 — 25 min
            Objective measure today:
              Bed made with min A (mod A last week); 12 of 15 dishes put away without a cue
            Barrier to progress:
              R hemiparesis and R hand weakness after a L MCA stroke; goal — keep house on his own after forty years at the carpet mill in Dalton.
            """,
            ["I69.351"], [OT("97530", 25)], []),

        // Fort Oglethorpe MT 10 + TE 15 (both match); GH glides with a grade, scapular mobs, STM; ER, rows, wall slides with doses; impingement with capsule tightness and a casting goal; flexion and ER degrees: passes.
        ["vord-h60-fort-oglethorpe-shoulder-mt-te"] = new(
            """
            LOOKOUT VALLEY PHYSICAL THERAPY · Fort Oglethorpe GA · Daily note
            TheraGate Skilled Need Questionnaire (MA plan — required)
            What skilled intervention was provided and why did it require a therapist?
              Manual: R GH posterior and inferior glides grade III, scapular upward-rotation mobs side-lying, STM to the R posterior cuff. Ther ex: side-lying ER with 2 lb 3 x 12, rows with red band 3 x 15, wall slides 2 x 10. Mobilization grades and scapular cueing are skilled.
            Patient response:
              Tolerated well.
            What changed since last visit?
              Reaches the top kitchen shelf now.
            Was the patient treated one-on-one? Explain
              Yes.
            Minutes per code:
              97140 — 10 min; 97110 — 15 min
            Objective measure today:
              R flexion 150°, ER 60° (ER 48° at eval)
            Barrier to progress:
              R shoulder impingement with posterior capsule tightness and a weak cuff; wants to cast a line again.
            """,
            ["M75.41"], [PT("97140", 10), PT("97110", 15)], []),

        // Ringgold complete NMR + gait (one-on-one; foam, perturbations, SPC with distance and SBA; stepping and somatosensory loss; Berg and gait speed; 22 and 16 match) sent with no diagnosis.
        ["vord-h60-ringgold-no-diagnosis"] = new(
            """
            LOOKOUT VALLEY PHYSICAL THERAPY · Ringgold GA · Daily note
            TheraGate Skilled Need Questionnaire (MA plan — required)
            What skilled intervention was provided and why did it require a therapist?
              NMR: perturbations in stride stance, foam stance with head turns, stepping over a yardstick at three heights. Gait: SPC on the sidewalk and grass, 2 x 150 ft, cues for step length. Guarding and progression need a PT.
            Patient response:
              Tolerated well.
            What changed since last visit?
              Nothing new.
            Was the patient treated one-on-one? Explain
              Yes, only patient on my schedule that hour.
            Minutes per code:
              97112 — 22 min; 97116 — 16 min
            Objective measure today:
              Berg 43/56; gait speed 0.79 m/s; SBA with the SPC
            Barrier to progress:
              Slow reactive stepping; ↓ somatosensory input from both feet; shuffles on uneven ground.
            """,
            [], [PT("97112", 22), PT("97116", 16)], [Dx]),

        // Council Bluffs three codes "97112 15 min · 97110 15 min · 97116 10 min" (all match), "Individual — me and him only"; foam SLS, star reaches, step-down holds; machine exercises with loads; gait without a device with distance; R TKA weakness, proprioception and stiff-knee gait; SLS, flexion, SBA: passes.
        ["vord-h60-council-bluffs-three-codes-tka"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Council Bluffs
            Part B required elements (Compliance Office)
            Q: Which skilled technique(s) were delivered?
            A: 97112 — SLS on foam with ball toss, star-excursion reaches, step-down with a hold on the R. 97110 — leg press 70 lb 3 x 10, hamstring curls 25 lb 3 x 10, TKE with green band 3 x 15. 97116 — cane → no device, 3 x 150 ft including the ramp, cues for R knee bend in swing.
            Q: What impairment did it address?
            A: R TKA (wk 10) — R quad weakness, ↓ R knee proprioception, stiff-knee gait.
            Q: Number that shows where the patient is today:
            A: SLS R on foam 7 s; knee flexion 118°; SBA without a device
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: Individual — me and him only.
            Q: CPT / minutes:
            A: 97112 15 min · 97110 15 min · 97116 10 min
            Q: Why does this need a licensed clinician?
            A: Progressing balance and gait safely. Retired UP brakeman; wants to walk the Bob Kerrey bridge with his grandkids.
            """,
            ["Z96.651", "Z47.1"], [PT("97112", 15), PT("97110", 15), PT("97116", 10)], []),

        // Omaha OT 97112 15 + 97530 15 (both match), "Individual — OT and client only"; forearm weight bearing, PNF D2 with quick stretch, approximation; dressing and kitchen tasks; L UE recruitment with a dressing goal; FMA-UE, min A and SBA: passes.
        ["vord-h60-omaha-ot-nmr-ta"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Omaha, Dodge St · OT
            Part B required elements (Compliance Office)
            Q: Which skilled technique(s) were delivered?
            A: 97112 — weight bearing through the L forearm on the mat while reaching across midline, PNF D2 flexion L UE with quick stretch, approximation at the L shoulder. 97530 — button-front shirt on and off, reaching into the low cupboard for a pan, folding towels standing at the counter.
            Q: What impairment did it address?
            A: L UE paresis with poor scapular and triceps recruitment (R MCA stroke); goal — dress herself before her husband leaves for his shift.
            Q: Number that shows where the patient is today:
            A: FMA-UE 30/66; shirt with min A; towels folded with SBA
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: Individual — OT and client only.
            Q: CPT / minutes:
            A: 97112 15 min · 97530 15 min
            """,
            ["I69.354"], [OT("97112", 15), OT("97530", 15)], []),

        // Bellevue PTA 97116: rollator and rail gait with distances, curb practice; stenosis with a flexed trunk and short steps; SBA/CGA and gait speed; 20 matches: passes.
        ["vord-h60-bellevue-pta-stenosis-gait"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Bellevue
            Part B required elements (Compliance Office) — PTA visit
            Q: Which skilled technique(s) were delivered?
            A: Gait training with the rollator, 4 x 150 ft, then without it 2 x 50 ft along the rail; cues for an upright trunk and longer steps; curb up and down x 3.
            Q: What impairment did it address?
            A: Lumbar stenosis — flexed trunk, short steps, legs heavy after a block.
            Q: Number that shows where the patient is today:
            A: SBA with the rollator; CGA off it; gait speed 0.78 m/s
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: Individual.
            Q: CPT / minutes:
            A: 97116 — 20 min
            """,
            ["M48.062"], [PTA("97116", 20)], []),

        // Glenwood complete 97110 (exercises with loads, knee OA quad weakness with a tractor goal, 5xSTS; 20 matches) whose diagnosis is the ICD-9 code 715.16: diagnosis not well formed.
        ["vord-h60-glenwood-icd9-code"] = new(
            """
            MISSOURI RIVER HEALTH · Outpatient Rehabilitation · Glenwood
            Part B required elements (Compliance Office)
            Q: Which skilled technique(s) were delivered?
            A: Leg press 60 lb 3 x 12, step-ups 6" 2 x 10, seated knee extension 4 lb 3 x 12, mini squats at the bar 2 x 12.
            Q: What impairment did it address?
            A: L knee OA with quad weakness; can't climb up onto the tractor step.
            Q: Number that shows where the patient is today:
            A: 5xSTS 15.1 s
            Q: Delivery — individual, concurrent or group? (If individual, say so.)
            A: Individual.
            Q: CPT / minutes:
            A: 97110 — 20 min
            """,
            ["715.16"], [PT("97110", 20)], [Dx]),

        // Kingston PD NMR 23 + gait 15 (both match), "one pt, one PT, whole visit"; release stepping, counted rocker shifts, kneel-to-stand; metronome gait with distance; postural reactions and freezing; pull test, TUG, 10MWT: passes.
        ["vord-h60-kingston-pd-nmr-gait"] = new(
            """
            RONDOUT VALLEY REHAB — Kingston — PT Daily Note [MA smart form]
            Skilled intervention/rationale: 97112 — backward stepping to a release, rocker board weight shifts counting aloud, kneel-to-stand transitions. 97116 — no device, 3 x 200 ft to a metronome at 108 bpm with turns around cones; cues for heel strike and arm swing. PT-level guarding for retropulsion.
            Pt response: one freeze at the doorway, broke it with a step-over cue.
            Interval change: ***
            Treated one-on-one? Yes — explain: one pt, one PT, whole visit.
            Time by code: 97112 23 min | 97116 15 min
            Objective: pull test 2 steps; TUG 11.4 s; 10MWT 1.02 m/s
            Barriers: PD — slow postural reactions, shuffling and freezing at doorways. Retired IBM engineer; walks the Kingston waterfront with his wife.
            """,
            ["G20.A1"], [PT("97112", 23), PT("97116", 15)], []),

        // Poughkeepsie 97140 hip: long-axis distraction with a belt and grade, posterior glides, STM to TFL; L hip OA stiffness with a shoe-tying limit; IR degrees before and after; 12 matches: passes.
        ["vord-h60-poughkeepsie-hip-manual"] = new(
            """
            RONDOUT VALLEY REHAB — Poughkeepsie — PT Daily Note [MA smart form]
            Skilled intervention/rationale: L hip long-axis distraction with a mobilization belt, grade III, posterior glides in flexion/adduction, STM to the L TFL and glute med.
            Pt response: walked out with less limp.
            Interval change: ***
            Treated one-on-one? Yes — explain: yes
            Time by code: 97140 12 min
            Objective: L hip IR 12° → 20°
            Barriers: L hip OA — capsular stiffness; can't reach the L foot to tie her shoe.
            """,
            ["M16.12"], [PT("97140", 12)], []),

        // New Paltz OT 97530 after a humerus fracture, the one-on-one pick list left unresolved (no check for 97530); reaching at three heights and a bag carry with counts and SBA; shoulder weakness with laundry and hair goals; 22 matches: passes.
        ["vord-h60-new-paltz-ot-humerus-reach"] = new(
            """
            RONDOUT VALLEY REHAB — New Paltz — OT Daily Note [MA smart form]
            Skilled intervention/rationale: Reaching tasks at three heights — cups to the upper cabinet, hanging a coat on the hook, washing her hair mimed at the sink; then carrying a 5-lb grocery bag 30 ft x 3 in the R hand. OT grades the reach height to the healing humerus.
            Pt response: R shoulder tired by the coat-hook trials.
            Interval change: surgeon cleared active use.
            Treated one-on-one? {Yes/No:20417} — explain: ***
            Time by code: 97530 22 min
            Objective: cups to the 2nd shelf 8 of 10; coat hook with SBA
            Barriers: R proximal humerus fracture (surgical neck) — R shoulder flexion weakness, pain reaching overhead; goal: hang her laundry and do her own hair.
            """,
            ["S42.211D"], [OT("97530", 22)], []),

        // Rhinebeck PTA 97112 with perturbation stepping, half-roll tandem, foam head-turn marching, "PTA with this pt only", reactive stepping deficit — but its only numbers are test dates ("last formally tested 2/11; re-test due … 3/11"): measure missing.
        ["vord-h60-rhinebeck-pta-dates-only"] = new(
            """
            RONDOUT VALLEY REHAB — Rhinebeck — PTA Daily Note [MA smart form]
            Skilled intervention/rationale: Lateral stepping over cones with perturbations at the pelvis, tandem stance on a half foam roll, marching on foam with head turns. Progressed from firm to foam today.
            Pt response: tolerated well.
            Interval change: ***
            Treated one-on-one? Yes — explain: PTA with this pt only.
            Time by code: 97112 20 min
            Objective: last formally tested 2/11; re-test due at the 3/11 progress note
            Barriers: slow reactive stepping and ↓ postural control on soft surfaces.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 20)], [At(Measure, "97112")]),

        // Pikeville TE 15 + gait 15 (both match); knee exercises with doses; SPC gait with distance, stairs and SBA; L TKA quad weakness and stiff knee with a church-steps goal; flexion degrees: passes.
        ["vord-h60-pikeville-tka-te-gait"] = new(
            """
            TUG FORK THERAPY & WELLNESS · Pikeville
            Bluegrass Outcomes Review — visit questions
            ► Intervention + why skilled:
               TE — quad sets 10 x 5-s hold, SAQ 3 lb 3 x 10, step-ups 4" 2 x 10, heel slides with a strap 2 x 15. Gait — SPC, 3 x 100 ft in the hall, 6 steps step-over-step with the rail; cues for L heel strike and knee bend.
            ► Response:
               Knee swelled a little; iced after.
            ► Change since last:
               Off the walker at home.
            ► One-on-one? (Y/N, explain):
               Y
            ► Min/code:
               97110 — 15 min; 97116 — 15 min
            ► Test/measure:
               L knee flexion 102°; SBA with the SPC
            ► Barrier:
               L TKA — quad weakness and a stiff knee; wants to climb the church steps Sunday.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 15), PT("97116", 15)], []),

        // Prestonsburg OT 97530: coat peg, top-shelf coffee can, porch sweeping with distance; R shoulder OA with weak elevation and a keep-house goal; SBA and k of 5; 24 matches: passes.
        ["vord-h60-prestonsburg-ot-porch-chores"] = new(
            """
            TUG FORK THERAPY & WELLNESS · Prestonsburg · OT
            Bluegrass Outcomes Review — visit questions
            ► Intervention + why skilled:
               Hanging her coat on the peg, getting the coffee can down from the top shelf, sweeping the porch mock-up with a broom 10 ft x 4. OT coaches her to step in close instead of hiking the R shoulder.
            ► Response:
               Shoulder ached on the top shelf.
            ► Change since last:
               Hung out a load of wash.
            ► One-on-one? (Y/N, explain):
               N/A
            ► Min/code:
               97530 — 24 min
            ► Test/measure:
               SBA; 4 of 5 top-shelf reaches without leaning
            ► Barrier:
               R shoulder OA with weak elevation; goal — keep up her own house and porch.
            """,
            ["M19.011"], [OT("97530", 24)], []),

        // Williamson 97112 sensory retraining (textures under the R foot eyes closed, half-roll weight shift, targets without looking), "Y — only patient in the room"; R foot somatosensory loss after stroke; k of 10 and SLS: passes.
        ["vord-h60-williamson-textures-nmr"] = new(
            """
            TUG FORK THERAPY & WELLNESS · Williamson WV
            Bluegrass Outcomes Review — visit questions
            ► Intervention + why skilled:
               Sensory retraining for the R foot — standing on carpet, foam and a rubber mat with eyes closed and telling me which; weight shifts onto the R over a half foam roll; stepping to targets without looking down.
            ► Response:
               Said the foam "feels like nothing" under the R foot at first.
            ► Change since last:
               None.
            ► One-on-one? (Y/N, explain):
               Y — only patient in the room; the other PT was out.
            ► Min/code:
               97112 — 24 min
            ► Test/measure:
               Textures named right 7 of 10 (4 of 10 last week); SLS R 3 s
            ► Barrier:
               R foot somatosensory loss after a L parietal stroke; won't trust the R leg on the church steps.
            """,
            ["I69.398"], [PT("97112", 24)], []),

        // Paintsville 97140 answered "Manual to the R shoulder to free up external rotation": shoulder stiffness with a combing limit and ER degrees, but no manual technique named: technique missing.
        ["vord-h60-paintsville-manual-unnamed"] = new(
            """
            TUG FORK THERAPY & WELLNESS · Paintsville
            Bluegrass Outcomes Review — visit questions
            ► Intervention + why skilled:
               Manual to the R shoulder to free up external rotation. Skilled hands-on.
            ► Response:
               Less pinch at the end.
            ► Change since last:
               None.
            ► One-on-one? (Y/N, explain):
               Y
            ► Min/code:
               97140 — 12 min
            ► Test/measure:
               R ER 28° → 35°
            ► Barrier:
               R shoulder stiffness — can't reach behind his head to comb his hair.
            """,
            ["M25.611", "M19.011"], [PT("97140", 12)], [At(Tech, "97140")]),

        // Wasilla NMR 22 + TE 16 (both match), "Yes — PT and pt only"; foam EC, rocker, tandem perturbations; exercises with doses; neuropathic somatosensory loss and hip weakness; foam seconds and chair stands: passes.
        ["vord-h60-wasilla-nmr-te"] = new(
            """
            KNIK ARM THERAPY · Wasilla · PT
            Payer questions (MA plan)
            Skilled service provided & why it needed a therapist: 97112 — foam stance with eyes closed, rocker board A/P with ball catches, perturbations in tandem. 97110 — sit-to-stand 3 x 10, side-lying hip abduction 2 x 12, heel raises 2 x 15. Guarding and grading the surfaces need a PT; he works the fish wheel in the summer.
            Patient response: steadier than last week.
            What changed since last visit?: Walked the icy lot at Carrs without grabbing the cart corral.
            Was the patient treated one-on-one? Explain: Yes — PT and pt only.
            Minutes per code: 97112 22 min · 97110 16 min
            Objective measure today: foam EC 11 s; 30-s chair stand 11
            Barrier to progress: diabetic neuropathy with ↓ somatosensory input; B hip weakness.
            """,
            ["E11.42", "M62.81"], [PT("97112", 22), PT("97110", 16)], []),

        // Anchorage 97116 after stroke: hemi-walker → quad cane, indoor laps and the skyway with distances, curb, CGA/SBA; L knee hyperextension and toe drag; 18 matches: passes.
        ["vord-h60-anchorage-gait-quad-cane"] = new(
            """
            KNIK ARM THERAPY · Anchorage (Midtown) · PT
            Payer questions (MA plan)
            Skilled service provided & why it needed a therapist: Gait — hemi-walker → quad cane, 3 x 100 ft indoors, 1 x 200 ft through the hospital skyway, curb up and down x 2; cues for L knee bend and heel first.
            Patient response: tired by the skyway.
            What changed since last visit?: N/A
            Was the patient treated one-on-one? Explain: Yes.
            Minutes per code: 97116 18 min
            Objective measure today: SBA with the quad cane on level; CGA at the curb
            Barrier to progress: L hemiparesis — L knee hyperextends in stance, L toe drags when tired.
            """,
            ["I69.354"], [PT("97116", 18)], []),

        // Palmer OT 97110 for UE endurance with COPD: arm ergometer with a level, dumbbell press and band rows with doses; laundry goal; 20 matches: passes.
        ["vord-h60-palmer-ot-ue-endurance"] = new(
            """
            KNIK ARM THERAPY · Palmer · OT
            Payer questions (MA plan)
            Skilled service provided & why it needed a therapist: UE endurance — arm ergometer level 2 with pursed-lip breathing, seated dumbbell press 2 lb 2 x 12, band rows red 2 x 15, overhead reach to a shelf 2 x 10. OT paces the sets to her breathing.
            Patient response: short of breath on the overhead set, recovered seated.
            What changed since last visit?: Same.
            Was the patient treated one-on-one? Explain: N/A
            Minutes per code: 97110 20 min
            Objective measure today: SpO2 92% lowest; doses as above
            Barrier to progress: COPD with weak, easily tired arms; goal — hang laundry and reach the cupboard without stopping to breathe.
            """,
            ["J44.9", "M62.81"], [OT("97110", 20)], []),

        // Eagle River MT 10 + TE 20 (both match); patellar mobs and tibiofemoral glides with grades; knee exercises with doses; R TKA stiffness and quad lag with a snow-machine goal; flexion degrees: passes.
        ["vord-h60-eagle-river-tka-mt-te"] = new(
            """
            KNIK ARM THERAPY · Eagle River · PT
            Payer questions (MA plan)
            Skilled service provided & why it needed a therapist: 97140 — patellar superior/inferior mobs, tibiofemoral posterior glides grade III in sitting. 97110 — heel slides with a strap 2 x 15, quad sets 10 x 5-s hold, step-ups 6" 2 x 10, recumbent bike rocking for flexion.
            Patient response: stiff first, then loosened.
            What changed since last visit?: Back to driving.
            Was the patient treated one-on-one? Explain: Yes.
            Minutes per code: 97140 10 min; 97110 20 min
            Objective measure today: R knee flexion 98° → 105°; quad lag 5°
            Barrier to progress: R TKA stiffness and quad weakness; wants to get back on his snow machine.
            """,
            ["Z96.651", "Z47.1"], [PT("97140", 10), PT("97110", 20)], []),

        // Hixson 97112 for chemo neuropathy: foam head turns, eyes-closed stepping, rocker; "Yes — only patient in the room"; somatosensory loss; sharpened Romberg and foam seconds; 20 matches: passes.
        ["vord-h60-hixson-chemo-neuropathy-nmr"] = new(
            """
            LOOKOUT VALLEY PHYSICAL THERAPY · Hixson · Daily note
            TheraGate Skilled Need Questionnaire (MA plan — required)
            What skilled intervention was provided and why did it require a therapist?
              Foam stance with head turns, stepping across a foam path with eyes closed for three steps at a time, rocker board M/L holds. Surfaces and guarding are graded by the PT.
            Patient response:
              Tolerated well; feet tingled more on the foam.
            What changed since last visit?
              Finished her last chemo round.
            Was the patient treated one-on-one? Explain
              Yes — only patient in the room.
            Minutes per code:
              97112 — 20 min
            Objective measure today:
              Sharpened Romberg 6 s; foam EC 7 s
            Barrier to progress:
              Chemo-induced neuropathy — ↓ somatosensory input from both feet, leans on vision.
            """,
            ["G62.0"], [PT("97112", 20)], []),

        // Palmer PTA NMR 20 + gait 15 (both match), "Yes, PTA one-on-one"; half-kneel PNF, tapping step-ups, weight shifts; quad cane on the ramp with distance; R recruitment after stroke; Berg and CGA: passes.
        ["vord-h60-palmer-pta-nmr-gait"] = new(
            """
            KNIK ARM THERAPY · Palmer · PTA
            Payer questions (MA plan)
            Skilled service provided & why it needed a therapist: 97112 — PNF rhythmic stabilization in half-kneel, step-ups leading with the R with tapping over the R quad, weight shifts onto the R at the mirror. 97116 — quad cane, 2 x 120 ft plus the ramp x 2, cues for R heel strike.
            Patient response: tired by the ramp.
            What changed since last visit?: Wife says he's standing straighter.
            Was the patient treated one-on-one? Explain: Yes, PTA one-on-one with him.
            Minutes per code: 97112 20 min; 97116 15 min
            Objective measure today: Berg 41/56; CGA on the ramp with the quad cane
            Barrier to progress: R hemiparesis after a L MCA stroke — poor R quad recruitment, R knee snaps back.
            """,
            ["I69.351"], [PTA("97112", 20), PTA("97116", 15)], []),

        // Poughkeepsie TE 20 + NMR 18 (both match), "one pt, one PT"; knee/hip exercises with doses; foam SLS, star reaches, pushes; B knee OA weakness and postural control; 5xSTS and SLS: passes.
        ["vord-h60-poughkeepsie-te-nmr-knees"] = new(
            """
            RONDOUT VALLEY REHAB — Poughkeepsie — PT Daily Note [MA smart form]
            Skilled intervention/rationale: 97110 — seated knee extension 5 lb 3 x 12, mini squats at the bar 2 x 15, step-ups 6" 2 x 10, side-lying hip abduction 2 x 12. 97112 — SLS on foam with ball toss, star-excursion reaches, lateral pushes in narrow stance.
            Pt response: tolerated well.
            Interval change: ***
            Treated one-on-one? Yes — explain: one pt, one PT.
            Time by code: 97110 20 min | 97112 18 min
            Objective: 5xSTS 13.9 s; SLS R 6 s / L 7 s
            Barriers: B knee OA — quad and hip weakness, ↓ single-leg postural control.
            """,
            ["M17.0"], [PT("97110", 20), PT("97112", 18)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
