using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The seventy-first held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of dictated notes — therapists who dictate into speech-recognition software or to a
/// transcription service, and notes that keep the marks of it as they reach the billing office: homophones and
/// misrecognitions left in ("gate training", "neural muscular re-education", "there a band", "there a putty",
/// "heal raises", "why balance" for the Y-balance, a BAPS board typed "bats board"), minutes, codes and
/// measures spelled out ("twenty-two minutes", "ninety seven one forty times twelve minutes", "fifty one out of fifty
/// six"), "period" and "new paragraph" typed in, run-ons without punctuation, transcription headers and footers
/// (patient and MRN lines, "DD / DT" with dates and clock times, job numbers, the vendor's and the typist's initials,
/// "Dictated but not read.", a part-time typist's "[Transcriber: end of tape.]"), ambient-AI drafts edited by the
/// therapist ("[CE: …]", "(AI: unable to determine from audio — clinician to complete)"), EMR smart-phrase expansions
/// left half-filled ("***", "{blank}", "Yes / No ***", default text such as "Pt tolerated treatment well.") and
/// copy-forward blocks with only the date changed — about two thirds ordinary and complete (66 of 102), single- and
/// multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT beside a PTA or an OT on one
/// day), by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>a busy hospital outpatient department whose therapists dictate to a transcription vendor ("Bayou Teche
/// Regional Medical Center — Outpatient Rehabilitation Services": Lafayette, New Iberia, Breaux Bridge, St.
/// Martinville, Louisiana; vendor "CrescentScript"): a typed header (PATIENT / MRN / DOS / THERAPIST), a vendor
/// template with [X] boxes and a "Direct one-on-one (Y/N)" line, "DD: … DT: … JOB #: … CrescentScript/kdl",
/// "Dictated but not read.", a PT and an OT job on one visit; the Saturday zydeco breakfast, the kneeler at Mass,
/// the levee steps at Henderson, a bass boat, a sugarcane truck for the co-op, a roux at the stove, a crawfish
/// boil, gumbo in front of company;</item>
/// <item>an orthopaedic group whose PTs, PTAs and hand-therapy OTs dictate into a phone app ("Wasatch Orthopaedic
/// Partners — Physical Therapy": Ogden, Layton, Bountiful, Farmington, Utah; app "DictaPocket"): a bracketed
/// "[DictaPocket · auto-transcribed … · not edited]" banner with a clock time, lower-case run-ons, "period" and "new
/// paragraph", numbers and spoken codes in words, "A C L", "T K A", "P T A", the misrecognitions above; ACL and
/// meniscus repairs, an Achilles repair, a high-school pitcher's Thrower's Ten, blood-flow restriction with a Delfi
/// cuff, a median-nerve repair and a thumb CMC arthroplasty; Snowbasin, church ball, the ward house stairs, the
/// temple, the grandkids' floor;</item>
/// <item>a rural clinic with a part-time transcriptionist who types the recorder on Tuesdays and Fridays ("Ozark
/// Hollow Therapy": Jasper, Harrison, Marshall, Western Grove, Arkansas): "Dictated 03/04/2026 · typed 03/06/2026
/// by B.L.", bracketed typist's remarks ("[BAPS? — typed as heard]", "[left blank on the flowsheet]",
/// "[Transcriber: end of tape.]"), a minutes table she typed from the therapist's sheet; hay wagons, feed sacks to
/// the tailgate, water buckets to the chicken house, eggs in a low crate, a creek ford, the canoe shuttle, a stock
/// trailer, firewood and a wood stove, a braided rug, a pasture;</item>
/// <item>a neuro clinic whose notes are ambient-AI drafts ("NoteWell Ambient") edited and signed by the therapist
/// ("Cedar River Neuro Recovery Center": Cedar Rapids, Iowa City, Waterloo, Marion, Iowa): "The patient reports…",
/// bulleted interventions, clinician edits marked [CE], a delivery field the AI could not fill and a clinician
/// attestation box; the Lokomat, the HandTutor glove, LSVT BIG, a pull test, the Scale for the Assessment and Rating
/// of Ataxia, the Trunk Impairment Scale; the hog barn gate, the machine shed doorway, the choir-loft stairs, a
/// recumbent trike and RAGBRAI, the Hy-Vee, the Czech Village bakery;</item>
/// <item>a multi-site chain on smart-phrase templates ("Peachtree Motion Physical Therapy": Marietta, Roswell,
/// Kennesaw, Alpharetta, Cumming, Woodstock, Georgia): ".PMNEURO", ".PMORTHO" and ".PMOT" expansions with
/// "Treatment delivery: INDIVIDUAL — one clinician with one patient…", "Pain today: *** /10", "Goals: ***",
/// "P: {blank}", "Timed code minutes: 97110 [16] 97140 [11] 97530 [***]", a dotted min column, "[Copy-forward from
/// 02/27/2026 — DOS changed to 03/04/2026]"; the Publix lot, Lake Lanier, Lake Allatoona, the Silver Comet Trail, a
/// Braves game down I-75, GA-400, a pickleball paddle, Kennesaw Mountain.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h71-…): one-on-one in these writers' own words ("Nobody else was under my care during those
/// twenty-two minutes", "no one else was in the sports gym with us for any of it", "I did not work with anybody else
/// while she was here — her and me, start to finish", "[CE: one-on-one — he was my only patient and I was the only
/// clinician with him for all 24 minutes.]", "no other pt was under this PT's care during these minutes", "PTA
/// one-on-one … his daughter watched from a chair", "O T hands on with this patient alone the whole time"), notes
/// that negate it (a stroke patient in the bars and another on the mat with the PT going back and forth, "I ran her
/// alongside my other post op knee on the next table", an AI draft the PT signed unchanged saying the therapist
/// also supervised a second patient on the NuStep) or never state it (a husband in the corner chair), and a
/// concurrent OT kitchen on 97530, which has no one-on-one check (only 97112 is the one-on-one code in the shipped
/// medicare profile);</item>
/// <item>class 2 (v2-h71-…): template states: "One-on-one with PT for all timed minutes: Yes / No ***", a resolved
/// "Treatment delivery: INDIVIDUAL" pick-list, "Objective measures today: {blank}", "Impairments addressed: ***",
/// "Interventions: ***" under default text, a transcribed gait flowsheet with [X] boxes, an AI delivery box set
/// left unticked, a phone-app post-op template header, a flowsheet read onto the tape with assist and distance
/// "[left blank]", "Direct one-on-one (Y/N): N", a clinician attestation box ticked at signing, a copy-forward block
/// with the date changed;</item>
/// <item>class 3 (v3-h71-…): named programmes, protocols and devices as techniques (the Lokomat, the HandTutor glove,
/// Maitland grade IV- glides, blood-flow restriction with a Delfi cuff, the Otago strength exercises,
/// strain-counterstrain, Walkasins sensory-substitution wraps, Thrower's Ten, modified constraint-induced movement
/// therapy), Cawthorne-Cooksey exercises and IASTM with a Mulligan MWM with no number, and LSVT BIG with no
/// deficit;</item>
/// <item>class 4 (v4-h71-…): deficits stated as findings (cannot rise from the kneeler at Mass without pulling on
/// the pew, cannot come up on the toes and takes the ward-house stairs one at a time, a toe that drags on the porch
/// steps, writing that gets tiny by the end of the line, food left on the left of the plate, a cup that shakes more
/// the closer it gets to the mouth, a feed sack that cannot reach the tailgate, legs that shake by the top of the
/// choir-loft stairs, a wrist that will not bend back to push up from a chair) and notes that state none (a 97112
/// whose screen is all normal, a 97110 the week before discharge with no pain, full range and 5/5);</item>
/// <item>class 5 (v5-h71-…): measures in their usual forms (the Tinetti POMA, single and triple hop limb-symmetry
/// indices, five times sit to stand, the Trunk Impairment Scale, knee range and quad lag, grip in kilograms, the
/// 10-meter walk, Berg and the Four Square Step Test in words, elbow goniometry) and notes with none ("much steadier
/// on the foam today and had fewer losses of balance than Monday", "did all the usual stuff … bumped up the band
/// color", "Did it better than last week. Less limping.");</item>
/// <item>class 6 (v6-h71-…): minutes in their usual forms (spelled out per code, spoken codes "times twelve minutes",
/// a typist's Service / Minutes table, an AI draft's time line with its total, a PT's and an OT's job on one visit, a
/// dotted min column after the description, a PT's 97112 beside a PTA's 97116) and true mismatches (copy-forward
/// minutes never updated, 25 against 14; NMR "thirty minutes" against 18; a PTA's "gate training twenty five
/// minutes" against 12) and truly missing separate time (a smart-phrase minutes field left "***" for the third code,
/// "thirty-two minutes in all", an AI draft's total treatment time only);</item>
/// <item>class 7 (v7-h71-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (hip abductors after a total hip), 97530 (firewood to the rack), 97140
/// (subtalar and midfoot mobilisation after a calcaneus fracture) and 97116 (stairs and a curb, walker to cane), and
/// wholly generic notes (a phone-app 97110, an AI-drafted 97112 + 97140, a default-text 97530);</item>
/// <item>ordinary (vord-h71-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code, a transcribed generic
/// two-code note with a total, a PTA's NMR time that differs, an OT's time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a visit's total, where one is given, is the sum of its codes' minutes). Every timed line earns at least one
/// unit under the 8-minute rule. This set's notes carry numbers that are not the code's — transcription job
/// numbers, medical record numbers, "DD / DT" dates and clock times, an app banner's clock time, visit counts and
/// plan-of-care dates, template numbers, ages, weeks and months since surgery, hours a day in a mitt, pounds of a
/// feed sack, stairs to a choir loft, vertebral levels, an LSVT session count — and each is written so that a
/// reviewer cannot take it for a code's minutes or a measure; no note gives minutes to a rest, a test, a drive or an
/// exercise. Dictation is read as a reviewer reads it: numbers and minutes in words are numbers and minutes (a code
/// spoken as words is that code), and a misrecognised word is read only where the reading is unmistakable and
/// another carrier of the same element is present; a placeholder left unfilled ("***", "{blank}", an unticked box,
/// an AI's "unable to determine") states nothing, and a copy-forward block states of today what it says.
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
/// documentation profile (group classes, caregiver training and evaluations stay in the notes, never on a line).
/// This set also leaves out a dictation error that destroys the only carrier of a required element, an AI draft
/// that contradicts the clinician's edit, a copy-forward block whose numbers are marked as the earlier visit's, and
/// an unfilled placeholder beside a statement of the same element elsewhere in the note.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 96 of 102 cases agree (100 needed), and 5 of the 66 notes the reviewer passes got a finding, on the analyzer of 43d4757 (the 2026-12-06 tenth session after its first changes, which worked the sixty-fourth and sixty-sixth sets through; made before this set was written) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in part: 98 of 102 with 4 false positives — a smart phrase's "Yes / No ***" left unchosen is no one-on-one, "# pound plate" loads. Not reached: dictation without punctuation ("period" and "new paragraph" spoken as words, so a sentence runs on: "O T hands on with this patient alone the whole time period localization …", "no one else was in the sports gym with us for any of it period", "her and me, start to finish"), and codes spoken as words ("ninety seven one forty times twelve minutes"). The failing [Fact]s are skipped with that reason until a later session works them through (no case edited).</para>
/// <para>Eleventh session (2026-12-06): 102 of 102 with no false positive (spoken "period"/"new paragraph" end sentences; codes spoken as words, "ninety seven one forty"; "I did not work with anybody else"; "O T hands on with this patient alone the whole time"); both facts pass and their Skip attributes are removed</para>
/// </summary>
public class HeldOutNotesIssue18SeventyFirstTests(ITestOutputHelper output)
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

        // Lafayette hospital OPD, vendor-transcribed with DD/DT, job number and "Dictated but not read": "Nobody else was under my care during those twenty-two minutes"; foam EC, rocker board, wall-rail tandem; diabetic loss of plantar sensation; monofilament k of 10 and foam seconds; twenty-two matches: passes.
        ["v1-h71-lafayette-nobody-else-under-my-care"] = new(
            """
            BAYOU TECHE REGIONAL MEDICAL CENTER
            OUTPATIENT REHABILITATION SERVICES — LAFAYETTE
            PHYSICAL THERAPY DAILY NOTE
            PATIENT: THIBODEAUX, MARIE L.      MRN: 00418226      DOS: 03/04/2026
            THERAPIST: Rene Guidry, PT, DPT

            Mrs. Thibodeaux is a 74-year-old lady with diabetic neuropathy referred after two falls; she wants to get back to dancing at the Saturday zydeco breakfast. Neuromuscular re-education, 97112, twenty-two minutes. Nobody else was under my care during those twenty-two minutes; it was Mrs. Thibodeaux and me. She stood on the foam pad with eyes closed and then with head turns, stepped on and off the rocker board with cues for an ankle strategy, and walked tandem along the wall rail. The deficit is loss of plantar sensation in both feet with poor use of somatosensory input; she sways and reaches for the rail as soon as her eyes close. Monofilament felt at 4 of 10 sites on the right foot and 3 of 10 on the left. Foam, eyes closed, 11 seconds (6 seconds at the evaluation).

            DD: 03/04/2026 11:52    DT: 03/04/2026 16:40    JOB #: 7710452    CrescentScript/kdl
            Dictated but not read.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // Ogden phone-app dictation, ACL reconstruction at ten weeks: "no one else was in the sports gym with us for any of it"; NMR twenty (rocker and roller-board perturbations, foam SLS with ball) and ther ex fifteen (step-downs, "there a band" monster walks, leg press with doses) both match; quad timing and knee position sense; "why balance" cm plus SLS seconds: passes.
        ["v1-h71-ogden-app-nobody-else-in-the-sports-gym"] = new(
            """
            [DictaPocket · Wasatch Orthopaedic Partners PT · auto-transcribed 03/04/2026 07:58 · not edited]
            ogden clinic daily note period A C L reconstruction right knee patellar tendon graft ten weeks out Dr. Sorensen period he wants to be back on his skis at Snowbasin next winter new paragraph neural muscular re-education twenty minutes no one else was in the sports gym with us for any of it period perturbation training on the rocker board and the roller board with me tapping the board in all directions then single leg stance on the foam pad catching and throwing a ball period new paragraph therapeutic exercise fifteen minutes step downs off a six inch box three by ten monster walks with the there a band around the ankles three laps single leg press eighty pounds three by twelve period new paragraph deficits right quad slow to fire and poor knee joint position sense he lets the knee drift into valgus when he lands period why balance anterior reach right fifty eight centimeters left sixty seven period single leg stance on foam right twenty two seconds left thirty
            """,
            ["S83.511D", "Z98.890"], [PT("97112", 20), PT("97110", 15)], []),

        // Jasper rural PTA, typed two days later by the part-time transcriptionist: "I did not work with anybody else while she was here — her and me, start to finish"; "bats [BAPS? — typed as heard] board" beside a foam beam and half roller; ankle proprioception after an ORIF; SLS seconds and k of 10; twenty-three matches: passes.
        ["v1-h71-jasper-pta-her-and-me-start-to-finish"] = new(
            """
            OZARK HOLLOW THERAPY — Jasper
            PTA daily note · dictated 03/04/2026 · typed 03/06/2026 by B. Lovelady from the recorder
            Mrs. Villines, 66, broke her L ankle (trimalleolar, ORIF in December) stepping off the hay wagon. Back to feeding cattle; wants to cross the gravel lot and the creek ford without turning the ankle.
            Neuro re-ed 97112, twenty-three minutes. I did not work with anybody else while she was here — her and me, start to finish.
              single-leg stance on the bats [BAPS? — typed as heard] board, L foot, with me tipping the board; tandem walk on the foam beam; stepping over a rope then onto the half foam roller
              Deficit: L ankle proprioception — can't feel where the foot is on uneven ground, turns it on the gravel
              SLS on the floor L 16 sec (9 sec at eval); 7 of 10 foam-beam passes without stepping off
            [Transcriber: end of tape.]
            """,
            ["S82.852D", "R26.81"], [PTA("97112", 23)], []),

        // Cedar Rapids ambient-AI draft whose delivery field the AI could not fill, completed by the PT: "[CE: one-on-one — he was my only patient and I was the only clinician with him for all 24 minutes.]"; PNF D1 with rhythmic initiation, resisted stride stepping, perturbed figure-eight turns; right hemiparesis with late hip flexors and step timing; Berg and steps in a turn: passes.
        ["v1-h71-cedar-rapids-ai-delivery-completed-by-the-pt"] = new(
            """
            CEDAR RIVER NEURO RECOVERY CENTER — Cedar Rapids
            [Draft generated by NoteWell Ambient from the visit recording. Reviewed, edited and signed by K. Novak, PT, DPT. Clinician edits marked [CE].]
            Subjective: The patient reports two near-falls this week in the hog barn when he turned to latch the gate. He states his right leg "doesn't listen" when he is tired.
            Interventions:
            - Neuromuscular re-education (97112), 24 minutes: proprioceptive neuromuscular facilitation to the right lower extremity (D1 flexion/extension with rhythmic initiation), then stepping in stride stance with resistance at the pelvis; figure-eight turns around two cones with perturbations at the hips.
            Delivery: (AI: not determined from audio) [CE: one-on-one — he was my only patient and I was the only clinician with him for all 24 minutes.]
            Assessment: Right hemiparesis after a left MCA stroke in October; delayed recruitment of the right hip flexors and poor timing of the right step in turns.
            Objective: Berg 44/56 (39/56 at evaluation); 180° turn in 6 steps.
            """,
            ["I69.351", "R26.89"], [PT("97112", 24)], []),

        // Roswell chain smart phrase with "Pain today: *** /10" and "P: Continue POC. {blank}" left in: "pt treated one on one; no other pt was under this PT's care during these minutes"; NMR 21 and manual 10 match; Bosu, hop-to-stabilize, star-excursion reaches; talocrural and tib-fib glides; ankle instability and DF stiffness; SLS, Y-balance and knee-to-wall: passes.
        ["v1-h71-roswell-no-other-pt-under-this-pts-care"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Roswell
            Daily Note (.PMORTHO)  ·  Visit 6 of 12  ·  POC through 04/10/2026
            S: L ankle "rolled" once this week stepping off the curb in the Publix lot. Running 2 mi on the greenway without pain. Pain today: *** /10
            97112 Neuromuscular re-ed — 21 min — pt treated one on one; no other pt was under this PT's care during these minutes
               SLS on the Bosu with ball toss; hop-to-stabilize onto foam in 4 directions; star-excursion reaches standing on an unstable disc
            97140 Manual therapy — 10 min
               talocrural posterior glides gr III-IV; distal tib-fib A-P glides; STM L peroneals
            A: chronic L ankle instability — poor ankle proprioception and a late peroneal response; DF stiff
            O: SLS on foam L 18 s (R 30 s); Y-balance anterior L 61 cm / R 68 cm; knee-to-wall L 6 cm → 9 cm
            P: Continue POC. {blank}
            Pt tolerated treatment well.
            """,
            ["M25.372", "S93.402D"], [PT("97112", 21), PT("97140", 10)], []),

        // New Iberia, transcribed: "I had him and one of my other stroke patients going at the same time … I went back and forth between the two of them": another patient in the block; bars weight shifts with approximation, step-ups, Airex reaches; left hemiparesis with poor stance control; SLS seconds and Berg: one-on-one missing.
        ["v1-h71-new-iberia-bars-and-mat-back-and-forth"] = new(
            """
            BAYOU TECHE REGIONAL MEDICAL CENTER
            OUTPATIENT REHABILITATION SERVICES — NEW IBERIA
            PHYSICAL THERAPY DAILY NOTE
            PATIENT: LANDRY, CLAUDE J.      DOS: 03/04/2026      THERAPIST: A. Broussard, PT

            Mr. Landry was seen today for neuromuscular re-education, 97112, twenty-five minutes. I had him and one of my other stroke patients going at the same time, him in the parallel bars and her on the mat table, and I went back and forth between the two of them. In the bars he worked on weight shifting onto the left leg with my hand approximating at the left hip, stepping the right foot up to a four-inch step and back to make the left leg hold, and standing on the Airex pad reaching across midline. The deficit is left hemiparesis with poor left stance control and late left hip extensor recruitment; he snaps the left knee back to lock it. Left single-limb stance 3 seconds (1 second at evaluation). Berg 38/56.

            DD: 03/04/2026 14:03    DT: 03/05/2026 07:22    JOB #: 7713986    CrescentScript/tmr
            """,
            ["I69.354", "R26.89"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Layton phone app, left TKA at six weeks: "I ran her alongside my other post op knee on the next table and kept checking back and forth between them": not one-on-one; foam weight shifts, cone step-overs, tandem with head turns; knee proprioception and quad timing; SLS and 5xSTS in words: one-on-one missing.
        ["v1-h71-layton-app-alongside-the-other-post-op-knee"] = new(
            """
            [DictaPocket · Wasatch Orthopaedic Partners PT · auto-transcribed 03/04/2026 12:31 · not edited]
            layton clinic period left total knee six weeks Dr. Pulsipher period new paragraph neural muscular re-education eighteen minutes I ran her alongside my other post op knee on the next table and kept checking back and forth between them period weight shifts onto the left on the foam pad stepping over cones leading with the left and tandem stance with head turns period new paragraph deficit poor left knee proprioception and quad timing after the T K A she keeps her weight off the new knee period left single leg stance six seconds right fourteen seconds period five times sit to stand seventeen point two seconds
            """,
            ["Z96.652", "Z47.1"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // Iowa City AI draft the PT signed without edits: "During these exercises the therapist also supervised a second patient who was on the NuStep nearby": attending someone else; X1 on foam, hallway head turns reading letters; vestibular hypofunction with oscillopsia; FGA and DVA: one-on-one missing.
        ["v1-h71-iowa-city-ai-second-patient-on-the-nustep"] = new(
            """
            CEDAR RIVER NEURO RECOVERY CENTER — Iowa City
            [NoteWell Ambient draft · reviewed and signed by J. Hruska, PT, without edits]
            Subjective: The patient is a 47-year-old with relapsing-remitting multiple sclerosis. She reports the floor "swims" when she turns her head in the grocery store.
            Intervention: Neuromuscular re-education (97112), 22 minutes. The patient performed gaze-stabilization exercises (X1 viewing, horizontal and vertical, standing on foam) and walked the hallway with head turns to read letters posted on the wall. During these exercises the therapist also supervised a second patient who was on the NuStep nearby.
            Assessment: Impaired vestibular function with oscillopsia; relies on vision for balance.
            Objective: Functional Gait Assessment 18/30 (14/30 at evaluation). Dynamic visual acuity: 4-line loss.
            """,
            ["H81.93", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Marshall rural note, husband in the corner chair: nothing states one-on-one; half foam rollers flat and round side down, corner stance on a folded quilt with reaches and turns; chemo neuropathy with lost foot position sense; feet-together EC and sharpened Romberg seconds: one-on-one missing.
        ["v1-h71-marshall-husband-in-the-corner-chair"] = new(
            """
            OZARK HOLLOW THERAPY — Marshall
            Dictated 03/04/2026 by T. Sutterfield, PT · typed 03/05/2026 by B.L.
            Mrs. Treat came in with her husband Vernon, who sat in the corner chair and asked about the home program.
            Neuro re-ed 97112 — twenty minutes.
            Stood on the half foam rollers flat side down, then round side down, eyes open then closed; then in the corner on a folded quilt reaching to the shelf and turning to look behind her.
            Reason for it: numb feet from the chemo neuropathy — can't tell where her feet are in the dark; fell going out to the henhouse before daylight in January.
            Feet together eyes closed on the floor 12 sec (5 sec at start of care); sharpened Romberg 3 sec.
            """,
            ["G62.0", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Kennesaw OT, "Session type: Concurrent — OT with this client and one other in the ADL kitchen": 97530 has no one-on-one check; low-cabinet and upper-shelf trips, pot carries, dishwasher with counts and load; shoulder flexion weak after a cuff repair with a Sunday-dinner goal; AROM degrees; 24 matches: passes.
        ["v1-h71-kennesaw-ot-concurrent-kitchen-97530"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Kennesaw · Occupational Therapy
            Daily Note (.PMOT)
            Session type: Concurrent — OT with this client and one other in the ADL kitchen, each on their own plan.
            Precautions: ***
            97530 Therapeutic activities — 24 min
              meal prep standing at the counter: pans from the low cabinet and a bowl from the upper shelf, 6 trips; carry a 3-lb pot from the counter to the stove with the R hand x 5; load the dishwasher, 10 items
            Deficit: R shoulder flexion weak and painful 12 wks after the rotator cuff repair; can't reach the upper cabinet; goal — cook Sunday dinner for the grandkids
            Shoulder flexion AROM R 128° (104° at re-eval); upper-shelf reach with a 1-lb bowl 6/6
            """,
            ["M75.121", "Z98.890"], [OT("97530", 24)], []),

        // Waterloo AI draft, PTA with a Parkinson's farmer whose daughter watched: "[CE: PTA one-on-one with the patient for all of the 97112 time; his daughter watched from a chair and did not take part.]"; compensatory stepping to pulls, big steps over lines, tight turns; delayed reactive steps and freezing; pull-test steps and Mini-BESTest: passes.
        ["v1-h71-waterloo-pta-daughter-watched"] = new(
            """
            CEDAR RIVER NEURO RECOVERY CENTER — Waterloo
            [NoteWell Ambient draft · reviewed, edited and signed by L. Meyer, PTA · edits marked [CE]]
            Subjective: The patient's daughter drove him in from the farm and stayed to watch. He reports freezing in the doorway to the machine shed twice this week.
            Neuromuscular re-education (97112), 19 minutes: compensatory stepping practice with the PTA pulling at the hips from behind and to the sides; large-amplitude stepping over floor lines spaced at a long step; turning in a tight space with a "big step" cue.
            [CE: PTA one-on-one with the patient for all of the 97112 time; his daughter watched from a chair and did not take part.]
            Assessment: Parkinson's disease with delayed, short reactive steps backward and freezing at thresholds.
            Objective: pull test — 3 steps to recover (5 at evaluation); Mini-BESTest 17/28.
            """,
            ["G20.A1", "R26.81"], [PTA("97112", 19)], []),

        // Farmington hand therapy, OT dictating into the app: "O T hands on with this patient alone the whole time"; sensory re-education (localisation on the finger pads eyes closed, textures and coins in rice); median nerve sensory loss after a repair; two-point discrimination mm and monofilament; eighteen matches: passes.
        ["v1-h71-farmington-ot-alone-sensory-reeducation"] = new(
            """
            [DictaPocket · Wasatch Orthopaedic Partners Hand Therapy · auto-transcribed 03/04/2026 09:36 · not edited]
            hand therapy farmington period O T note period status post left median nerve repair at the wrist laceration from a broken window fourteen weeks new paragraph sensory re-education eighteen minutes O T hands on with this patient alone the whole time period localization training with the eraser end of a pencil on the thumb index and middle finger pads eyes closed then open to check then finding textures and coins in a bowl of rice by touch only period new paragraph deficit median nerve sensory loss thumb index and middle fingers cant find the keys in her coat pocket period two point discrimination index finger eight millimeters was twelve Semmes Weinstein three point six one on the thumb pad
            """,
            ["S64.12XD"], [OT("97112", 18)], []),

        // ---------------------------------------------------------------- class 2: checkbox, template and placeholder states

        // Cumming smart phrase "One-on-one with PT for all timed minutes: Yes / No ***" never resolved: not stated; rhythmic stabilization, rocker-board perturbations, foam-beam tandem; knee proprioception and quad timing after a TKA; SLS and foam seconds: one-on-one missing.
        ["v2-h71-cumming-one-on-one-yes-no-stars"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Cumming
            Daily Note (.PMNEURO)
            One-on-one with PT for all timed minutes: Yes / No ***
            97112 Neuromuscular re-education — 20 min
              Technique: rhythmic stabilization in half-kneeling; perturbations on the rocker board A-P and M-L; tandem walking on the foam beam with head turns
              Impairment: R knee proprioception and quad timing after the R TKA (9 wks); knee buckles stepping down from the boat dock at Lake Lanier
              Measure: SLS R 8 s (L 21 s); tandem on foam 15 s
            Pt tolerated treatment well. Continue POC.
            """,
            ["Z96.651", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Marietta pick-list resolved "Treatment delivery: INDIVIDUAL — one clinician with one patient; no other patient treated during timed minutes"; X1 on foam, hallway head turns naming cards, hurdle step-overs; VOR deficit after a ladder-fall concussion; DVA lines and FGA; "Goals: {blank}" harmless; 23 matches: passes.
        ["v2-h71-marietta-delivery-picklist-individual"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Marietta
            Daily Note (.PMNEURO)
            Treatment delivery: INDIVIDUAL — one clinician with one patient; no other patient treated during timed minutes
            Hx: concussion 01/30/2026 — fell off a ladder cleaning the gutters. Dizzy reading signs driving on I-75.
            97112 Neuromuscular re-education — 23 min
               gaze stabilization X1 viewing, horizontal and vertical, standing on foam; walking the hall with head turns naming cards on the wall; head turns while stepping over a hurdle
            Impairment: vestibulo-ocular reflex deficit after the concussion — vision blurs with quick head turns, veers when he turns his head walking
            Objective: DVA 3-line loss → 1-line loss; FGA 24/30 (19/30 at eval)
            Goals: {blank}
            """,
            ["S06.0X0D", "R26.81"], [PT("97112", 23)], []),

        // Alpharetta "Objective measures today: {blank}" and no number anywhere but the code's and its minutes; individual delivery, PNF diagonals with scapular rhythmic stabilization, wall-ball weight bearing; serratus recruitment after a long thoracic nerve palsy: measure missing.
        ["v2-h71-alpharetta-objective-measures-blank"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Alpharetta
            Daily Note (.PMNEURO)
            Treatment delivery: INDIVIDUAL — one clinician with one patient; no other patient treated during timed minutes
            97112 Neuromuscular re-education — 22 min
               PNF diagonal patterns for the R arm with rhythmic stabilization at the scapula; closed-chain weight bearing on a ball against the wall; quadruped scapular protraction holds with manual cues at the inferior angle
            Impairment: poor scapular motor control with weak serratus anterior recruitment after the R long thoracic nerve palsy — the scapula wings as the arm rises
            Objective measures today: {blank}
            Pt tolerated treatment well. Continue POC.
            """,
            ["G56.81", "M62.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Woodstock "Impairments addressed: ***" and "Goals: ***" unfilled, no deficit or system named anywhere; individual delivery, rocker-board perturbations, floor-clock stepping, foam EC head turns; Berg and foam seconds: deficit missing.
        ["v2-h71-woodstock-impairments-addressed-stars"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Woodstock
            Daily Note (.PMNEURO)
            Treatment delivery: INDIVIDUAL — one clinician with one patient; no other patient treated during timed minutes
            97112 Neuromuscular re-education — 21 min
               perturbations on the rocker board A-P and M-L; stepping to targets on the floor clock in all directions; foam stance eyes closed with head turns
            Impairments addressed: ***
            Objective: Berg 49/56; foam stance eyes closed 14 s
            Goals: ***
            """,
            ["R26.81", "Z91.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // Kennesaw "Interventions: ***" under the template's default text ("Pt tolerated treatment well with no adverse reactions noted … continue to benefit from skilled PT … per POC"), "97110 — 15 min": no exercise, region or number but the minutes (which match).
        ["v2-h71-kennesaw-interventions-stars-default-text"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Kennesaw
            Daily Note (.PMORTHO)
            Interventions: ***
            Pt tolerated treatment well with no adverse reactions noted. Pt will continue to benefit from skilled PT to progress toward goals per POC.
            97110 Therapeutic exercise — 15 min
            """,
            ["M54.50"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Breaux Bridge vendor gait flowsheet with [X] boxes (rolling walker, contact guard), distance and surfaces typed in; heel strike, doorway turns, ramp cues; hemiarthroplasty with a short step and a Mass goal; nineteen matches: passes.
        ["v2-h71-breaux-bridge-transcribed-gait-boxes"] = new(
            """
            BAYOU TECHE REGIONAL MEDICAL CENTER
            OUTPATIENT REHABILITATION SERVICES — BREAUX BRIDGE
            GAIT TRAINING FLOWSHEET (transcribed)
            PATIENT: ARDOIN, BERNADETTE M.      DOS: 03/04/2026
            Device:      [ ] none   [X] rolling walker   [ ] cane   [ ] quad cane
            Assistance:  [ ] independent   [X] contact guard   [ ] minimal   [ ] moderate
            Distance:    150 feet x 3
            Surfaces:    tile, carpet, the outdoor ramp to the parking lot
            Gait training, 97116, nineteen minutes: worked on heel strike on the right and step length inside the walker; turning in the doorway; the ramp with cues to keep the walker close.
            Problems: right hip hemiarthroplasty six weeks ago — short right step, trunk lean over the walker, slow on the ramp; her goal is to walk from the car into Mass at St. Bernard.
            DD: 03/04/2026 09:15    DT: 03/04/2026 13:37    JOB #: 7709811    CrescentScript/kdl
            """,
            ["S72.001D", "Z96.641"], [PT("97116", 19)], []),

        // Waterloo AI delivery boxes "☐ 1:1 ☐ concurrent ☐ group (AI: unable to determine from audio — clinician to complete)" signed without completing: never stated; ball rhythmic stabilization, heel-to-shin tracing, tandem with reversals; cerebellar ataxia with dysmetria; SARA and tandem steps: one-on-one missing.
        ["v2-h71-waterloo-ai-delivery-boxes-left-open"] = new(
            """
            CEDAR RIVER NEURO RECOVERY CENTER — Waterloo
            [NoteWell Ambient draft · reviewed and signed by D. Schmitt, PT]
            Delivery model:  ☐ 1:1   ☐ concurrent   ☐ group   (AI: unable to determine from audio — clinician to complete)
            Subjective: The patient reports he has quit standing on the church choir risers because he "weaves" on the steps.
            Neuromuscular re-education (97112), 20 minutes: rhythmic stabilization at the trunk sitting on the therapy ball; heel-to-shin tracing along a tape line on the mat; tandem walking in the parallel bars with slow reversals at each end.
            Assessment: truncal and right limb ataxia with dysmetria after a right cerebellar stroke in September.
            Objective: Scale for the Assessment and Rating of Ataxia 14/40 (17/40 at evaluation); 6 tandem steps without a side-step.
            """,
            ["I69.393", "R27.0"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Bountiful phone-app post-op template header (surgeon, POD, phase, sling) then dictation: side-lying ER, prone rows and T's, "there a band" IR/ER, wall walks with doses; shoulder weakness with a top-cupboard and grandbaby goal; AROM degrees; twenty-two matches: passes.
        ["v2-h71-bountiful-app-post-op-template-header"] = new(
            """
            [DictaPocket template "post-op shoulder" · auto-transcribed 03/04/2026 11:05 · not edited]
            Surgeon: Dr. Halverson | Procedure: R arthroscopic rotator cuff repair | POD: 71 | Phase: 3 (strengthening) | Sling: discontinued
            dictation: therapeutic exercise twenty two minutes period sidelying external rotation with a one pound weight three by fifteen prone rows and prone tees two by twelve each there a band internal and external rotation at the side green two by fifteen wall walks ten reps new paragraph deficit right shoulder weakness she cant reach the top cupboard or lift the grandbaby above her head period active flexion one hundred forty degrees external rotation fifty five
            """,
            ["S46.011D", "Z98.890"], [PT("97110", 22)], []),

        // Harrison flowsheet read onto the tape, typed "Assist: [left blank on the flowsheet]. Distance: [left blank]."; walker gait on the gravel-path mock-up and threshold with step-through cues; quad lag after a TKA — no distance, assistance, count or number but the code's, its minutes and the weeks since surgery: measure missing.
        ["v2-h71-harrison-flowsheet-blanks-on-the-tape"] = new(
            """
            OZARK HOLLOW THERAPY — Harrison
            Typed 03/06/2026 by B.L. from the recorder (dictated 03/04). Therapist read the flowsheet onto the tape.
            Gait training, 97116, sixteen minutes.
            Device: front-wheeled walker. Assist: [left blank on the flowsheet]. Distance: [left blank].
            Worked on walking the gravel-path mock-up and over the threshold strip with the walker, cues to step through with the L leg and not hitch the hip.
            L TKA six weeks ago — quad lag and a stiff-legged L swing; wants to walk to the mailbox at the end of the drive.
            """,
            ["Z96.652", "Z47.1"], [PT("97116", 16)], [At(Measure, "97116")]),

        // Lafayette vendor template "Direct one-on-one (Y/N): N" on a 97112: not one-on-one; X1 at the wall on foam, hallway head turns, turns to pick up cones; left vestibular hypofunction after neuritis with a cane-truck job; DGI and DVA: one-on-one missing.
        ["v2-h71-lafayette-template-direct-one-on-one-n"] = new(
            """
            BAYOU TECHE REGIONAL MEDICAL CENTER
            OUTPATIENT REHABILITATION SERVICES — LAFAYETTE
            NEURO RE-EDUCATION DAILY NOTE (transcription template T-14)
            PATIENT: ARCENEAUX, JOSEPH P.      DOS: 03/04/2026
            Direct one-on-one (Y/N): N
            Procedure/minutes: Neuromuscular re-education 97112 — 22 minutes
            Interventions: X1 viewing at the wall target standing on foam; walking the hallway with horizontal head turns past the nurses' station; standing turns to pick up a cone from the left and from the right.
            Impairment: left peripheral vestibular hypofunction after vestibular neuritis in January; oscillopsia with head turns; he drives a sugarcane truck for the co-op and cannot turn to check behind the trailer.
            Objective: DGI 16/24 (12/24 at evaluation); DVA 3-line loss.
            DD: 03/04/2026 12:20    DT: 03/04/2026 17:45    JOB #: 7711630    CrescentScript/jpb
            """,
            ["H81.22", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Cedar Rapids "☑ Clinician attests the timed services below were delivered one-on-one (ticked by the clinician at signing)"; NMR 18 and gait 14 match; stride-stance weight shifts with glute-med tapping, stepping, lateral reach; hemi-walker to quad cane with distances and assist; left knee snap-back and hip control; Berg and SLS: passes.
        ["v2-h71-cedar-rapids-attestation-box-ticked"] = new(
            """
            CEDAR RIVER NEURO RECOVERY CENTER — Cedar Rapids
            [NoteWell Ambient draft · reviewed, edited and signed by K. Novak, PT, DPT]
            ☑ Clinician attests the timed services below were delivered one-on-one (ticked by the clinician at signing)
            Subjective: The patient reports he wants to walk into the Czech Village bakery on Saturdays with his cane and not the walker.
            Interventions:
            1. Neuromuscular re-education (97112) — 18 minutes: weight shifting onto the left leg in stride stance with tapping facilitation over the left gluteus medius; stepping the right leg forward and back while the left holds; standing reach outside the base of support to the left.
            2. Gait training (97116) — 14 minutes: hemi-walker → large-base quad cane on tile, 2 × 100 ft with minimal assistance, then 1 × 50 ft on carpet with contact guard; cues for left knee control at midstance.
            Assessment: Left hemiparesis after a right MCA stroke in November; poor left pelvic and knee control in stance — the left knee snaps back; left gluteus medius slow to fire.
            Objective: Berg 41/56; left single-limb stance 4 s.
            """,
            ["I69.354", "R26.89"], [PT("97112", 18), PT("97116", 14)], []),

        // Roswell PTA "[Copy-forward from 02/27/2026 — DOS changed to 03/04/2026; content reviewed by the PTA]" with "{blank}" left in: quad sets, cuffed SLR, heel slides, squats and step-ups with doses; TKA stiffness and quad weakness with a trail goal; flexion degrees "today"; 18 matches: passes.
        ["v2-h71-roswell-pta-copy-forward-date-changed"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Roswell · PTA note
            [Copy-forward from 02/27/2026 — DOS changed to 03/04/2026; content reviewed by the PTA]
            97110 Therapeutic exercise — 18 min
               quad sets 2 x 10; SLR with a 2-lb cuff 2 x 10; heel slides with a strap 2 x 15; mini squats at the counter 2 x 10; step-ups 4" 2 x 10
            Deficit: R knee flexion stiff and quads weak 7 wks after the R TKA; goal — walk the Silver Comet Trail with his wife
            Knee flexion AROM R 108° today; SLR without a lag
            Pt tolerated treatment well. {blank}
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 18)], []),

        // ---------------------------------------------------------------- class 3: named programmes, protocols and devices as techniques

        // Cedar Rapids AI draft, incomplete C6 SCI: Lokomat robotic-assisted gait with body-weight support, speed, guidance force and distance (confirmed by a [CE]); weak hip flexor initiation and a short right step with a household-walking goal: passes.
        ["v3-h71-cedar-rapids-lokomat"] = new(
            """
            CEDAR RIVER NEURO RECOVERY CENTER — Cedar Rapids
            [NoteWell Ambient draft · reviewed, edited and signed by M. Vrba, PT]
            Subjective: The patient is 9 months after an incomplete C6 spinal cord injury (AIS D) from a fall off a grain-bin ladder. He reports his legs are "less heavy" after Lokomat days.
            Gait training (97116), 25 minutes: robotic-assisted gait training on the Lokomat — body-weight support 40% → 35%, speed 2.0 km/h, guidance force 70% → 60%; cues to start each step with hip flexion; total distance 640 m.
            [CE: distance confirmed from the Lokomat screen.]
            Assessment: bilateral lower-extremity weakness, right worse — poor hip flexor initiation and a short right step; goal is household walking with a walker.
            """,
            ["S14.126S", "G82.54"], [PT("97116", 25)], []),

        // Iowa City OT AI draft: HandTutor glove finger-extension games with biofeedback, graded release with tapping; "[CE: OT one-on-one with the patient in the hand room for the whole 97112 time; no other client.]"; finger-extensor recruitment after stroke; MCP degrees and Box and Block: passes.
        ["v3-h71-iowa-city-ot-handtutor"] = new(
            """
            CEDAR RIVER NEURO RECOVERY CENTER — Iowa City · OT
            [NoteWell Ambient draft · reviewed, edited and signed by S. Kacena, OTR/L · [CE] = clinician edit]
            Subjective: The patient reports she still cannot let go of her coffee mug without using her other hand.
            Neuromuscular re-education (97112), 20 minutes: HandTutor glove — finger extension and release games with real-time biofeedback on the screen; then graded release of foam blocks into a bin with tapping over the finger extensors.
            [CE: OT one-on-one with the patient in the hand room for the whole 97112 time; no other client.]
            Assessment: right finger extensor recruitment poor after the left MCA stroke — mass flexion pattern, cannot open the hand against gravity.
            Objective: active MCP extension, index, −35° → −20° (HandTutor readout); Box and Block 14 blocks right (9 at evaluation).
            """,
            ["I69.331"], [OT("97112", 20)], []),

        // Lafayette transcribed: Maitland grade IV- posterior and inferior GH glides at end range, scapulothoracic distraction; adhesive capsulitis with a bra-fastening and church-kitchen shelf problem; ER and abduction degrees; fourteen matches: passes.
        ["v3-h71-lafayette-maitland-frozen-shoulder"] = new(
            """
            BAYOU TECHE REGIONAL MEDICAL CENTER
            OUTPATIENT REHABILITATION SERVICES — LAFAYETTE
            PHYSICAL THERAPY DAILY NOTE
            PATIENT: MOUTON, EVANGELINE R.      DOS: 03/04/2026
            Manual therapy, 97140, fourteen minutes: Maitland grade IV- posterior and inferior glides of the right glenohumeral joint at end range of external rotation and abduction, then grade III scapulothoracic distraction in side-lying. The right shoulder is stiff in a capsular pattern from adhesive capsulitis; she cannot reach behind to fasten her bra or reach the top shelf in the church kitchen. External rotation at the side 22 degrees at the start, 31 degrees after; abduction 95 degrees.
            DD: 03/04/2026 10:11    DT: 03/04/2026 15:02    JOB #: 7709994    CrescentScript/kdl
            Dictated but not read.
            """,
            ["M75.01"], [PT("97140", 14)], []),

        // Ogden phone app after a meniscus repair: blood-flow restriction with the Delfi cuff at 80% LOP, 30/15/15/15 leg press and knee extension with loads, then squats and "there a band" TKEs; quad atrophy with girth and a floor-rise goal; twenty matches: passes.
        ["v3-h71-ogden-app-bfr-delfi-cuff"] = new(
            """
            [DictaPocket · Wasatch Orthopaedic Partners PT · auto-transcribed 03/04/2026 16:05 · not edited]
            ogden period right knee medial meniscus repair nine weeks period weight bearing as tolerated brace off new paragraph therapeutic exercise twenty minutes blood flow restriction with the Delfi cuff on the right thigh at eighty percent limb occlusion pressure period leg press thirty fifteen fifteen fifteen at forty pounds with short rests between sets period then knee extension machine same scheme at fifteen pounds period cuff off mini squats two by fifteen and there a band terminal knee extension two by twenty new paragraph right quad atrophy since surgery thigh girth two centimeters smaller than the left ten centimeters above the patella period cant get up off the floor playing with the grandkids without pushing on the couch
            """,
            ["S83.241D", "Z98.890"], [PT("97110", 20)], []),

        // Jasper PTA: the Otago programme's strength exercises named (front and back knee strengthening with cuffs, side hip, calf and toe raises) with doses; both legs weak after a fall in the chicken yard; 30-second chair stand; seventeen matches: passes.
        ["v3-h71-jasper-pta-otago-strength"] = new(
            """
            OZARK HOLLOW THERAPY — Jasper · PTA
            Dictated 03/04/2026 · typed 03/06/2026 (B.L.)
            Otago exercise programme, strength part — 97110, seventeen minutes:
              front knee strengthening (seated knee extension) 3-lb cuff 2 x 10 each; back knee strengthening (standing knee curl) 3-lb 2 x 10; side hip strengthening 2 x 10; calf raises holding the counter 2 x 15; toe raises 2 x 15
              Both legs weak — fell in the chicken yard in January when her knee gave; hard to get up off the porch glider.
              30-second chair stand 9 (6 at start of care).
            [Transcriber: programme name spelled per the therapist.]
            """,
            ["R26.81", "M62.81", "Z91.81"], [PTA("97110", 17)], []),

        // Marietta strain-counterstrain at the piriformis and lower-pole SI tender points with holds, long-axis distraction; left buttock pain sitting on the drive to a Braves game; hip IR degrees and FADIR; "P: ***" left; twelve matches: passes.
        ["v3-h71-marietta-strain-counterstrain"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Marietta
            Daily Note (.PMORTHO)
            S: L buttock pain flared sitting through the drive down I-75 to the Braves game Saturday.
            97140 Manual therapy — 12 min
               strain-counterstrain: L piriformis and L lower-pole SI tender points, each held 90 s in the position of comfort with a slow return; L hip long-axis distraction
            A: L buttock pain with sitting, L piriformis tight and tender; L hip IR limited
            O: L hip IR 22° → 32° (R 38°); FADIR L now negative
            P: ***
            """,
            ["G57.02"], [PT("97140", 12)], []),

        // New Iberia transcribed: "one-on-one, therapist and patient only"; Walkasins sensory-substitution wraps on the foam runway and grass, eyes-closed stance device on and off; neuropathy with lost plantar sensation; FGA and gait speed; twenty-two matches: passes.
        ["v3-h71-new-iberia-walkasins"] = new(
            """
            BAYOU TECHE REGIONAL MEDICAL CENTER
            OUTPATIENT REHABILITATION SERVICES — NEW IBERIA
            PHYSICAL THERAPY DAILY NOTE
            PATIENT: DUPRE, ALCIDE M.      DOS: 03/04/2026
            Neuromuscular re-education, 97112, twenty-two minutes, one-on-one, therapist and patient only. The Walkasins sensory substitution wraps were fitted above both ankles and he practiced standing and walking on the foam runway and on the grass outside with the vibration cues telling him where his weight was, then eyes-closed stance with the device on and off. Deficit: peripheral neuropathy with loss of plantar sensation to the ankles in both feet, poor somatosensory input for standing; he says he walks "on pillows." Functional Gait Assessment 19/30 (15/30 at the evaluation); gait speed 0.86 meters per second.
            DD: 03/04/2026 15:30    DT: 03/05/2026 08:02    JOB #: 7714210    CrescentScript/tmr
            """,
            ["G60.9", "R26.89"], [PT("97112", 22)], []),

        // Layton phone app, a high-school pitcher: Thrower's Ten with "there a band" diagonals, side-lying ER, prone horizontal abduction and rows, push-up plus with doses; posterior cuff and lower-trap weakness; ER strength grade; twenty-one matches: passes.
        ["v3-h71-layton-app-throwers-ten"] = new(
            """
            [DictaPocket · Wasatch Orthopaedic Partners PT · auto-transcribed 03/04/2026 15:44 · not edited]
            layton period high school pitcher right shoulder posterior cuff weakness and a SLAP lesion treated without surgery period cleared to start an interval throwing program in April new paragraph therapeutic exercise twenty one minutes thrower's ten program period diagonal pattern pulls with the there a band green two by fifteen each way sidelying external rotation two pounds two by fifteen prone horizontal abduction two by fifteen prone rows two by fifteen push up plus on the wall two by fifteen period new paragraph posterior rotator cuff and lower trap weakness right external rotation strength four minus over five
            """,
            ["S43.431D", "M62.81"], [PT("97110", 21)], []),

        // Harrison: "one on one with me the whole time"; Cawthorne-Cooksey exercises (eye and head movements, bending, ball tosses, walking eyes shut); right vestibular loss after labyrinthitis; "doing better with it than last week" — no number but the code's and its minutes: measure missing.
        ["v3-h71-harrison-cawthorne-cooksey-no-number"] = new(
            """
            OZARK HOLLOW THERAPY — Harrison
            Dictated 03/04/2026 by T. Sutterfield, PT · typed 03/06/2026 by B.L.
            Neuro re-ed 97112, twenty minutes, one on one with me the whole time.
            Cawthorne-Cooksey exercises: eye movements up and down and side to side, slow then faster; head movements with eyes open then closed; sitting shoulder shrugs and bending to pick things off the floor; standing and tossing a ball from hand to hand above eye level; walking across the room with eyes open then shut.
            Deficit: right vestibular loss after labyrinthitis last fall — the room swims when he turns his head, won't drive the tractor on the hill.
            He is doing better with it than last week. [Transcriber: rest of tape blank.]
            """,
            ["H83.01"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Waterloo PTA AI draft: "one-on-one (PTA with this patient only)"; LSVT BIG maximal daily exercises named with TUG and 10-meter walk — but no deficit, impairment or system named anywhere: deficit missing.
        ["v3-h71-waterloo-pta-lsvt-big-no-deficit"] = new(
            """
            CEDAR RIVER NEURO RECOVERY CENTER — Waterloo
            [NoteWell Ambient draft · reviewed and signed by L. Meyer, PTA]
            Neuromuscular re-education (97112), 22 minutes, one-on-one (PTA with this patient only).
            LSVT BIG, session 9 of 16: maximal daily exercises — floor to ceiling, side to side, forward step, sideways step, backward step, forward rock and reach, sideways rock and reach.
            Objective: Timed Up and Go 11.2 s (14.6 s at session 1); 10-meter walk 1.02 m/s.
            """,
            ["G20.A1"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // Woodstock IASTM (Graston) on the common extensor origin and a Mulligan MWM lateral glide while gripping; lateral elbow pain with a pickleball paddle and a gallon of milk; "O: ***" and no number but the code's and its minutes: measure missing.
        ["v3-h71-woodstock-graston-mwm-no-number"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Woodstock
            Daily Note (.PMORTHO)
            97140 Manual therapy — 13 min
               IASTM (Graston) along the R common extensor origin and the wrist extensor muscle bellies; Mulligan mobilization with movement — lateral glide of the R elbow while he grips
            A: R lateral elbow pain gripping his pickleball paddle and a gallon of milk
            O: ***
            P: Continue POC per plan.
            """,
            ["M77.11"], [PT("97140", 13)], [At(Measure, "97140")]),

        // St. Martinville OT, transcribed: modified constraint-induced movement therapy — mitt on the left, shaping tasks with counts (cards, cups, coins, wiping); right hemiparesis with learned non-use; Wolf Motor median time and cups in seconds; twenty-three matches: passes.
        ["v3-h71-st-martinville-ot-modified-cimt"] = new(
            """
            BAYOU TECHE REGIONAL MEDICAL CENTER
            OUTPATIENT REHABILITATION SERVICES — ST. MARTINVILLE
            OCCUPATIONAL THERAPY DAILY NOTE
            PATIENT: GUIDRY, ODELIA T.      DOS: 03/04/2026
            Therapeutic activities, 97530, twenty-three minutes, modified constraint-induced movement therapy: mitt on the left hand; shaping tasks with the right hand — turning over 20 playing cards, stacking 10 plastic cups, picking up coins into a coin purse, wiping the table in circles; her mitt schedule at home is 5 hours a day.
            Right hemiparesis after a left MCA stroke last summer with learned non-use of the right hand; she does everything one-handed with the left, even stirring her rice and gravy.
            Wolf Motor Function Test median time 24 seconds (31 at evaluation); 10 cups stacked in 48 seconds.
            DD: 03/04/2026 13:20    DT: 03/04/2026 18:55    JOB #: 7713002    CrescentScript/kdl
            Dictated but not read.
            """,
            ["I69.351"], [OT("97530", 23)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Breaux Bridge transcribed: cannot get up off the kneeler at Mass without pulling on the pew, the left knee gives — the finding; half-kneel to stand at a mock pew, floor transfers, rice-bag carries with sets, counts and load; hands-on to standby; twenty matches: passes.
        ["v4-h71-breaux-bridge-cannot-rise-from-the-kneeler"] = new(
            """
            BAYOU TECHE REGIONAL MEDICAL CENTER
            OUTPATIENT REHABILITATION SERVICES — BREAUX BRIDGE
            PHYSICAL THERAPY DAILY NOTE
            PATIENT: BERGERON, LOUELLA C.      DOS: 03/04/2026
            She cannot get up off the kneeler at Mass without pulling on the pew in front of her, and her left knee gives when she starts up. Therapeutic activities, 97530, twenty minutes: half-kneeling to standing at the mock pew, right knee down and then the left, 3 sets of 5 with one hand on the pew back; kneeling down to the floor and back up at the couch, 4 times; carrying a 10-pound bag of rice from the counter to the pantry floor, 5 trips. Hands-on help at the left knee at first, standby by the last set.
            DD: 03/04/2026 08:48    DT: 03/04/2026 12:15    JOB #: 7709420    CrescentScript/jpb
            """,
            ["M17.12", "R26.89"], [PT("97530", 20)], []),

        // Bountiful phone app, Achilles repair at fourteen weeks: cannot come up on the right toes and takes the ward-house stairs one at a time — the finding; "heal raises" beside calf raises and plantar flexion with loads and doses; single-leg heel-raise counts; eighteen matches: passes.
        ["v4-h71-bountiful-app-cannot-come-up-on-his-toes"] = new(
            """
            [DictaPocket · Wasatch Orthopaedic Partners PT · auto-transcribed 03/04/2026 10:17 · not edited]
            bountiful period right Achilles repair fourteen weeks period he still cant come up on his right toes at all and the heel stays down on the stairs at the ward house so he takes them one at a time period new paragraph therapeutic exercise eighteen minutes double leg heal raises to a single leg lower on the right three by ten seated heal raises with a forty five pound plate on the knees three by fifteen leg press calf raises one hundred pounds three by twelve there a band plantar flexion blue two by twenty period new paragraph single leg heel raises right two today was zero left twenty five
            """,
            ["S86.011D"], [PT("97110", 18)], []),

        // Western Grove: right toe drags on the porch steps and catches the braided rug after a stroke — the finding; quad-cane laps on carpet and gravel, a sill board, porch-height steps with cues; contact guard and standby; seventeen matches: passes.
        ["v4-h71-western-grove-toe-catches-the-braided-rug"] = new(
            """
            OZARK HOLLOW THERAPY — Western Grove
            Dictated 03/04/2026 by T. Sutterfield, PT · typed 03/05/2026 by B.L.
            Mr. Ferguson's right toe drags on the porch steps and catches on the braided rug; his wife says he trips at the barn door sill. Stroke in October, right side.
            Gait training 97116, seventeen minutes: quad cane in the left hand, 3 laps of 60 feet on the clinic carpet and the gravel strip out back, stepping over a 2-inch sill board, 4 porch-height steps with the rail; cues to lift the right knee higher and land heel first.
            Contact guard on the gravel and the steps, standby on the carpet.
            """,
            ["I69.351", "M21.371"], [PT("97116", 17)], []),

        // Iowa City OT AI draft: writing "gets tiny by the end of the line", cuff buttons undone, checks returned by the bank — micrographia and bradykinesia as findings; "one-on-one"; amplitude training for the hands, big loops on a whiteboard, big buttoning; letter height mm and 9-Hole Peg: passes.
        ["v4-h71-iowa-city-ot-writing-gets-tiny"] = new(
            """
            CEDAR RIVER NEURO RECOVERY CENTER — Iowa City · OT
            [NoteWell Ambient draft · reviewed, edited and signed by S. Kacena, OTR/L]
            Subjective: The patient reports his writing "gets tiny by the end of the line" and he cannot do the buttons on his shirt cuffs. His checks at the co-op are coming back because the bank cannot read his signature.
            Neuromuscular re-education (97112), 20 minutes, one-on-one: amplitude training for the hands — big finger flicks and wide hand openings to a count, writing large loops on a lined whiteboard with a "big" cue every line, then buttoning a cuff on a practice shirt with big deliberate movements.
            Assessment: micrographia and bradykinesia of both hands, right worse (Parkinson's).
            Objective: letter height 7 mm at the start of a sentence, 4 mm at the end (6 mm → 2 mm at evaluation); 9-Hole Peg right 31 s.
            """,
            ["G20.A1"], [OT("97112", 20)], []),

        // Woodstock OT: bumps the left doorframe and leaves the food on the left of her plate — left neglect as the finding; table setting with a left anchor, pantry scanning, towel folding to the left; items found and line bisection mm; twenty-two matches: passes.
        ["v4-h71-woodstock-ot-food-left-on-the-left"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Woodstock · Occupational Therapy
            Daily Note (.PMOT)
            S: Husband reports she bumps the L doorframe walking into the kitchen and leaves the food on the L side of her plate.
            97530 Therapeutic activities — 22 min
               setting the table from a tray with an anchor strip taped on the L edge; finding 20 items in the pantry mock-up, scanning L to R with a "find the red line first" cue; folding towels from a basket placed to her L
            A: L neglect after the R MCA stroke — misses items on the L; needs the anchor cue to start on the L
            O: pantry items found on the L 14/20 (9/20 last wk); line bisection 9 mm R of center (18 mm at eval)
            """,
            ["I69.398", "R41.4"], [OT("97530", 22)], []),

        // Lafayette OT transcribed: spills her coffee, the cup shakes more the closer it gets to her mouth — intention tremor and dysmetria as findings; "one on one with the OT only"; elbow rhythmic stabilization, target tracing with reversals, closed-chain weight bearing; finger-to-nose seconds and Nine-Hole Peg: passes.
        ["v4-h71-lafayette-ot-cup-shakes-near-her-mouth"] = new(
            """
            BAYOU TECHE REGIONAL MEDICAL CENTER
            OUTPATIENT REHABILITATION SERVICES — LAFAYETTE
            OCCUPATIONAL THERAPY DAILY NOTE
            PATIENT: HEBERT, MARGUERITE A.      DOS: 03/04/2026
            She spills her coffee reaching for the cup, and the cup shakes more the closer it gets to her mouth; she has stopped eating gumbo in front of company. Neuromuscular re-education, 97112, twenty minutes, one on one with the OT only. Rhythmic stabilization at the right elbow and shoulder in sitting; slow finger-to-target tracing on a board with reversals at each target; closed-chain weight bearing through the right arm on the mat table; cup to mouth with a weighted cup. Deficit: right upper extremity intention tremor and dysmetria after the right cerebellar stroke. Finger to nose, 10 repetitions in 14 seconds (22 seconds at the evaluation); Nine-Hole Peg right 41 seconds.
            DD: 03/04/2026 16:02    DT: 03/05/2026 09:10    JOB #: 7714577    CrescentScript/tmr
            """,
            ["I69.393", "R25.1"], [OT("97112", 20)], []),

        // Western Grove: cannot get a 50-lb feed sack up onto the tailgate, the back catches halfway — the finding; hinge lifts to tailgate height, sack carries, hay-bale dummy pulls with loads, sets and counts; twenty-two matches: passes.
        ["v4-h71-western-grove-feed-sack-to-the-tailgate"] = new(
            """
            OZARK HOLLOW THERAPY — Western Grove
            Dictated 03/04/2026 · typed 03/06/2026 by B.L.
            He can't get a 50-lb feed sack up onto the truck tailgate — his back catches halfway up and he has to rest it on his knee.
            Therapeutic activities 97530, twenty-two minutes: lifting a 25-lb sack from the floor to a tailgate-height table with a hip hinge, 3 x 6; then 35 lb x 5; carrying the 25-lb sack 40 feet across the gym and setting it down, 4 trips; pulling a 30-lb hay-bale dummy off a low pallet, 6 times.
            Low back strain from bucking hay in the fall (L paraspinals).
            """,
            ["S39.012D"], [PT("97530", 22)], []),

        // Marion AI draft, Guillain-Barré last spring: legs shake by the top of the choir-loft stairs and she stops on the landing — the finding; step-ups, hands-free sit to stand, banded abduction, wall squats with doses; hip and knee extensor grades; nineteen matches: passes.
        ["v4-h71-marion-legs-shake-on-the-choir-loft-stairs"] = new(
            """
            CEDAR RIVER NEURO RECOVERY CENTER — Marion
            [NoteWell Ambient draft · reviewed and signed by M. Vrba, PT]
            Subjective: The patient reports that her legs shake by the top of the 14 stairs to the choir loft and she has to stop on the landing. She had Guillain-Barré syndrome last spring and is back singing alto on Sundays.
            Therapeutic exercise (97110), 19 minutes: step-ups to a 6-inch step 3 × 10 each leg; sit to stand from a standard chair without hands 3 × 8; standing hip abduction with a red band 2 × 15; wall squats with 10-second holds × 10.
            Assessment: bilateral hip and knee extensor weakness (hip extensors 4-/5, quadriceps 4/5).
            """,
            ["G61.0", "M62.81"], [PT("97110", 19)], []),

        // Cumming: "Screen today: mCTSIB all four conditions 30 s without sway; SLS 30 s each leg; sensation intact; no nystagmus", no falls or dizziness; individual delivery, reactive stepping, foam head turns, tandem with a ball — but no deficit or system targeted: deficit missing.
        ["v4-h71-cumming-screen-all-normal"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Cumming
            Daily Note (.PMNEURO)
            Treatment delivery: INDIVIDUAL — one clinician with one patient; no other patient treated during timed minutes
            S: No falls, no dizziness; walking the dog around the neighborhood lake loop again.
            Screen today: mCTSIB all four conditions 30 s without sway; SLS 30 s each leg; sensation intact; no nystagmus.
            97112 Neuromuscular re-education — 20 min
               reactive stepping to perturbations in standing; foam stance with head turns; tandem walking with a ball pass
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Jasper, the week before discharge: "No pain, moves everything through full range, strength 5/5 throughout"; goblet squats, step-ups, carries and side planks with doses — but no region, impairment or goal targeted: deficit missing.
        ["v4-h71-jasper-nothing-left-to-fix"] = new(
            """
            OZARK HOLLOW THERAPY — Jasper
            Dictated 03/04/2026 · typed 03/06/2026 (B.L.)
            Feels good. No pain, moves everything through full range, strength 5/5 throughout when I checked. Discharge next week; home program reviewed.
            Ther ex 97110, sixteen minutes: goblet squats 20 lb 3 x 10; step-ups 12" 3 x 10; farmer carry 30 lb 4 x 60 ft; side planks 3 x 20 sec.
            """,
            ["M17.11"], [PT("97110", 16)], [At(Deficit, "97110")]),

        // Farmington hand OT on the app, Colles fracture: cannot push up from the chair with the left hand, the wrist will not bend back past halfway — the finding; radiocarpal, midcarpal and DRUJ glides by grade, forearm STM; wrist degrees; thirteen matches: passes.
        ["v4-h71-farmington-ot-wrist-wont-bend-back"] = new(
            """
            [DictaPocket · Wasatch Orthopaedic Partners Hand Therapy · auto-transcribed 03/04/2026 11:40 · not edited]
            hand therapy farmington O T period left distal radius fracture Colles type cast off five weeks period she cant push up out of the chair with the left hand the wrist wont bend back past halfway and it aches at the base of the thumb period new paragraph manual therapy thirteen minutes radiocarpal dorsal and volar glides grade three midcarpal glides distal radioulnar joint glides for supination and soft tissue mobilization to the forearm flexors period new paragraph wrist extension forty six degrees was thirty eight flexion fifty supination sixty
            """,
            ["S52.532D"], [OT("97140", 13)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // New Iberia transcribed: rolling-walker gait on tile, sidewalk and curb cut with distances and standby; shuffling flexed gait and weakness after a pneumonia stay; Tinetti POMA with its gait and balance parts; eighteen matches: passes.
        ["v5-h71-new-iberia-tinetti-poma"] = new(
            """
            BAYOU TECHE REGIONAL MEDICAL CENTER
            OUTPATIENT REHABILITATION SERVICES — NEW IBERIA
            PHYSICAL THERAPY DAILY NOTE
            PATIENT: ROMERO, AUGUSTINE P.      DOS: 03/04/2026
            Gait training, 97116, eighteen minutes, with the rolling walker on tile and then outside on the sidewalk and up the curb cut: 2 laps of 200 feet inside and 1 of 100 feet outside, standby assist, cues to step into the walker and not push it out ahead. Deficit: shuffling gait with a flexed trunk and short steps after his hospital stay for pneumonia, generalized weakness. Tinetti Performance-Oriented Mobility Assessment 19/28 (gait 8/12, balance 11/16).
            DD: 03/04/2026 09:58    DT: 03/04/2026 14:26    JOB #: 7710077    CrescentScript/jpb
            """,
            ["R26.89", "M62.81"], [PT("97116", 18)], []),

        // Layton phone app, ACL at six months: split squats, Nordics, single-leg RDL, lateral bounds with loads and doses; quad and hamstring weakness with a church-ball goal; single-hop cm and LSI percentages in words; twenty-two matches: passes.
        ["v5-h71-layton-app-hop-test-lsi"] = new(
            """
            [DictaPocket · Wasatch Orthopaedic Partners PT · auto-transcribed 03/04/2026 17:32 · not edited]
            layton period left A C L reconstruction hamstring graft six months period return to sport testing started period new paragraph therapeutic exercise twenty two minutes Bulgarian split squats thirty pounds three by eight Nordic hamstring lowers three by five single leg Romanian deadlift twenty five pounds three by ten lateral bounds three by eight period new paragraph left quad and hamstring still weaker than the right he wants to get back to church ball period single hop for distance left one hundred twelve centimeters right one hundred thirty eight L S I eighty one percent triple hop L S I eighty four percent
            """,
            ["S83.512D", "Z98.890"], [PT("97110", 22)], []),

        // Marshall: sit to stand, cuffed hip work, marching, heel raises with doses; hips and thighs weak after a COVID pneumonia stay, rocks three times to rise; five times sit to stand seconds; seventeen matches: passes.
        ["v5-h71-marshall-five-times-sit-to-stand"] = new(
            """
            OZARK HOLLOW THERAPY — Marshall
            Dictated 03/04/2026 · typed 03/05/2026 by B.L.
            Ther ex 97110, seventeen minutes: sit to stand from the 18-inch chair 3 x 8; standing hip abduction and extension at the counter with 2-lb cuffs 2 x 12; marching in place holding the counter 2 x 20; heel raises 2 x 15.
            Hips and thighs weak after six weeks in the hospital and the swing bed with COVID pneumonia; can't get up from the recliner without rocking three times.
            Five times sit to stand 16.8 seconds (23.5 at start of care).
            """,
            ["U09.9", "M62.81"], [PT("97110", 17)], []),

        // Cedar Rapids AI draft: "[CE: one-on-one, no other patient in the gym section]"; unsupported sitting reaches, wedge weight shifts, rhythmic stabilization eyes closed; trunk postural control after a pontine stroke; Trunk Impairment Scale and reach cm; twenty-one matches: passes.
        ["v5-h71-cedar-rapids-trunk-impairment-scale"] = new(
            """
            CEDAR RIVER NEURO RECOVERY CENTER — Cedar Rapids
            [NoteWell Ambient draft · reviewed, edited and signed by K. Novak, PT, DPT · [CE] = clinician edit]
            Neuromuscular re-education (97112), 21 minutes [CE: one-on-one, no other patient in the gym section]: sitting on the edge of the mat without back support reaching out of the base of support to the left and right for cones; sitting on a wedge with lateral weight shifts and trunk rotation; rhythmic stabilization at the shoulders with eyes closed.
            Assessment: poor trunk postural control after the left pontine stroke — he falls to the right when he reaches.
            Objective: Trunk Impairment Scale 14/23 (10/23 at evaluation); lateral reach to the right 18 cm without losing his balance.
            """,
            ["I69.398", "R26.89"], [PT("97112", 21)], []),

        // Kennesaw TKA at four weeks: quad sets with holds, cuffed SAQ, strap knee flexion, step-ups with doses; knee stiffness and quad lag with a trail goal; knee AROM range and lag degrees; twenty matches: passes.
        ["v5-h71-kennesaw-knee-range-and-quad-lag"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Kennesaw
            Daily Note (.PMORTHO)
            97110 Therapeutic exercise — 20 min
               recumbent bike rocking → full revolutions; quad sets with a towel under the heel 2 x 10 with 5-s holds; SAQ with a 2-lb cuff 2 x 15; prone knee flexion with a strap 2 x 10; step-ups 4" 2 x 10
            A: L knee flexion and extension limited and a quad lag 4 wks after the L TKA; wants to walk the Kennesaw Mountain trail with her grandson
            O: L knee AROM 3°–108° (8°–95° at eval); quad lag 10° → 5°
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 20)], []),

        // Farmington hand OT on the app after trigger-finger and carpal-tunnel releases: "there a putty" grip beside tendon glides, blocked flexion and wrist curls with doses; grip weakness and a ring-finger lag; grip kilograms; sixteen matches: passes.
        ["v5-h71-farmington-app-ot-grip-kilograms"] = new(
            """
            [DictaPocket · Wasatch Orthopaedic Partners Hand Therapy · auto-transcribed 03/04/2026 14:22 · not edited]
            hand therapy farmington O T period right trigger finger release ring finger and carpal tunnel release same day seven weeks period new paragraph therapeutic exercise sixteen minutes there a putty gripping green three by twenty tendon glides ten each position digit flexion with the blocker on the ring finger two by fifteen wrist curls one pound two by fifteen period new paragraph right grip weak and the ring finger still lags in a fist she cant hold her hair dryer period grip right eighteen kilograms left thirty one
            """,
            ["G56.01", "M65.341"], [OT("97110", 16)], []),

        // Waterloo AI draft: cane gait in the hall and on the sidewalk with distances, bag carry, contact guard outdoors; slow gait with poor push-off after a thalamic stroke and a Hy-Vee goal; 10-meter walk speeds; twenty matches: passes.
        ["v5-h71-waterloo-ten-meter-walk"] = new(
            """
            CEDAR RIVER NEURO RECOVERY CENTER — Waterloo
            [NoteWell Ambient draft · reviewed and signed by D. Schmitt, PT]
            Gait training (97116), 20 minutes: overground walking with the single-point cane in the hallway and outside on the sidewalk, 4 × 150 ft, with a cue to push off the right toes; then walking while carrying a grocery bag in the left hand, 2 × 75 ft; contact guard outdoors.
            Assessment: slow gait with a short right step and poor right push-off after the left thalamic stroke; goal is walking from the parking lot into the Hy-Vee.
            Objective: 10-meter walk 0.78 m/s self-selected, 1.02 m/s fast.
            """,
            ["I69.351", "R26.89"], [PT("97116", 20)], []),

        // Breaux Bridge transcribed: "I treated Mr. Cormier one on one for all of it"; foam EC, rocker tips, hurdle stepping with a reach; ankle proprioception and late stepping after a fracture; "much steadier on the foam today and had fewer losses of balance than Monday. Will retest next week." — no number but the code's, its minutes and the DD/DT and job lines: measure missing.
        ["v5-h71-breaux-bridge-steadier-than-monday"] = new(
            """
            BAYOU TECHE REGIONAL MEDICAL CENTER
            OUTPATIENT REHABILITATION SERVICES — BREAUX BRIDGE
            PHYSICAL THERAPY DAILY NOTE
            PATIENT: CORMIER, ANTOINE L.      DOS: 03/04/2026
            Neuromuscular re-education, 97112, twenty minutes. I treated Mr. Cormier one on one for all of it. Foam stance with eyes closed, rocker board with side-to-side tips, and stepping over the hurdles with a reach at the end. Deficit: poor ankle proprioception and a late stepping response since the left ankle fracture last fall; he lost his footing on the boat launch at Henderson. He was much steadier on the foam today and had fewer losses of balance than Monday. Will retest next week.
            DD: 03/04/2026 13:44    DT: 03/05/2026 08:31    JOB #: 7712870    CrescentScript/kdl
            """,
            ["S82.892D", "R26.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Ogden phone app after a cuff repair: "did all the usual stuff" (banded ER, rows, wall walks, the pulley), "bumped up the band color"; overhead weakness and a pantry-shelf problem — no sets, reps, load or number but the minutes: measure missing.
        ["v5-h71-ogden-app-the-usual-stuff"] = new(
            """
            [DictaPocket · Wasatch Orthopaedic Partners PT · auto-transcribed 03/04/2026 17:10 · not edited]
            ogden period right shoulder rotator cuff repair period new paragraph therapeutic exercise fifteen minutes did all the usual stuff external rotation with the there a band rows wall walks and the pulley period felt strong today so I bumped up the band color period new paragraph right shoulder still weak overhead cant reach the top shelf of the pantry
            """,
            ["S46.011D"], [PT("97110", 15)], [At(Measure, "97110")]),

        // Marshall: water buckets to a trough, stepping over the hose with a bucket, eggs from a low crate; limp and hip ache carrying water to the chicken house after a hip replacement; "Did it better than last week. Less limping." — no load, count or distance: measure missing.
        ["v5-h71-marshall-water-buckets-better-than-last-week"] = new(
            """
            OZARK HOLLOW THERAPY — Marshall
            Dictated 03/04/2026 · typed 03/06/2026 by B.L.
            Ther activities 97530, eighteen minutes: carrying water buckets the length of the gym and pouring them into a trough, like doing the chickens in the morning; stepping over the hose and across the uneven mat with a bucket; bending to pick up eggs from a low crate and setting them in the basket.
            Since the R hip replacement she can't carry the water out to the chicken house without stopping; the hip aches and she limps.
            Did it better than last week. Less limping.
            """,
            ["Z96.641", "R26.89"], [PT("97530", 18)], [At(Measure, "97530")]),

        // Layton phone app: "one on one with me the whole time"; stepping-strategy pushes, foam with head turns, line walking with a ball pass; delayed stepping and poor use of the feet; Berg and Four Square Step Test in words; twenty-two matches: passes.
        ["v5-h71-layton-app-berg-and-four-square-in-words"] = new(
            """
            [DictaPocket · Wasatch Orthopaedic Partners PT · auto-transcribed 03/04/2026 09:05 · not edited]
            layton period seventy eight year old lady with two falls at the temple this winter period new paragraph neural muscular re-education twenty two minutes one on one with me the whole time period stepping strategy practice with my pushes forward backward and sideways standing on the foam with head turns and walking the line with a ball pass period new paragraph deficit delayed stepping response and poor use of her feet for balance shes been relying on her eyes period Berg fifty one out of fifty six four square step test eleven point four seconds
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // Alpharetta: humeroulnar distraction, radial-head and PRUJ glides by grade, brachioradialis STM; elbow stiffness after a radial head fracture, can't turn her palm up at the register; flexion, extension and supination degrees; eleven matches: passes.
        ["v5-h71-alpharetta-elbow-goniometry"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Alpharetta
            Daily Note (.PMORTHO)
            97140 Manual therapy — 11 min
               humeroulnar distraction; radial head dorsal/volar glides gr III; PRUJ glides for supination; STM to the brachioradialis
            A: R elbow stiff after the radial head fracture (non-op, 8 wks) — can't turn her palm up to take change at the register
            O: elbow flexion 112° → 121°; extension −22° → −16°; supination 55°
            """,
            ["S52.121D"], [PT("97140", 11)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Lafayette transcribed, minutes spelled out per code ("Gait training, 97116, fourteen minutes … Therapeutic exercise, 97110, sixteen minutes") both match; cane laps and stairs with standby; bridges, abduction, sit to stand with doses; hip abductor weakness after a THA with a levee-steps goal: passes.
        ["v6-h71-lafayette-minutes-spelled-out-per-code"] = new(
            """
            BAYOU TECHE REGIONAL MEDICAL CENTER
            OUTPATIENT REHABILITATION SERVICES — LAFAYETTE
            PHYSICAL THERAPY DAILY NOTE
            PATIENT: FONTENOT, WILFRED J.      DOS: 03/04/2026
            Gait training, 97116, fourteen minutes: single-point cane in the right hand, 3 laps of 150 feet in the hallway and 12 stairs with the rail, step-to going down; standby assist with cues to bring the cane and the left foot together. Therapeutic exercise, 97110, sixteen minutes: bridges 2 x 12, sidelying hip abduction 2 x 12, sit to stand from a low chair 3 x 8, standing heel raises 2 x 15. Left hip abductor and extensor weakness after the left total hip; he lurches to the left and cannot climb the levee steps to fish at Henderson.
            DD: 03/04/2026 10:37    DT: 03/04/2026 15:50    JOB #: 7710318    CrescentScript/tmr
            Dictated but not read.
            """,
            ["Z96.642", "Z47.1"], [PT("97116", 14), PT("97110", 16)], []),

        // Ogden phone app with spoken codes "ninety seven one forty times twelve minutes … ninety seven one ten times nineteen minutes" both match; patellar and tibiofemoral glides by grade, quad STM; bike, step-ups, wall slides, curls with doses; knee stiffness after a TKA; flexion degrees: passes.
        ["v6-h71-ogden-app-spoken-codes-times-minutes"] = new(
            """
            [DictaPocket · Wasatch Orthopaedic Partners PT · auto-transcribed 03/04/2026 08:47 · not edited]
            ogden period left total knee eleven weeks stiff period new paragraph ninety seven one forty times twelve minutes patellar mobs superior inferior grade three tibiofemoral posterior glides in flexion and soft tissue to the quad and the lateral retinaculum period new paragraph ninety seven one ten times nineteen minutes bike full revolutions level three step ups six inch three by ten wall slides three by ten with five second holds hamstring curls on the machine thirty pounds two by fifteen period new paragraph left knee flexion stiff and quad weak he cant get the pedal around on his mountain bike period knee flexion one hundred two degrees was ninety four extension minus four
            """,
            ["Z96.652", "M25.662"], [PT("97140", 12), PT("97110", 19)], []),

        // Harrison, the part-time typist's "Service / Minutes" table from the therapist's sheet (Ther ex 97110 18, Gait 97116 12) both match; knee extension, curls, step-ups, bridges with doses; walker-to-cane gait on gravel with distance and standby; knee weakness after a TKA with a cattle goal: passes.
        ["v6-h71-harrison-typists-minutes-table"] = new(
            """
            OZARK HOLLOW THERAPY — Harrison
            Dictated 03/04/2026 · typed 03/06/2026 by B.L. (therapist read the minutes off the sheet)
              Service                        Minutes
              Ther ex 97110 ...............  18
              Gait 97116 ..................  12
            Ther ex: seated knee extension 4-lb 3 x 10; standing hamstring curls 2 x 12; step-ups 6" 2 x 10; bridges 2 x 15.
            Gait: front-wheeled walker → cane on the clinic floor and the gravel strip, 2 x 100 ft, SBA.
            R knee weak and stiff after the R TKA in January; wants to walk out to check his cows.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 18), PT("97116", 12)], []),

        // Iowa City AI draft "Time: neuromuscular re-education 23 minutes; therapeutic activities 15 minutes; total timed 38 minutes" both match; "[CE: one-on-one for all 23 minutes]"; foam EC, hurdles with head turns, released-lean stepping; laundry basket on stairs, low cupboard, high shelf with counts; vestibular loss after an acoustic neuroma resection; mCTSIB and FSST: passes.
        ["v6-h71-iowa-city-ai-time-line-with-total"] = new(
            """
            CEDAR RIVER NEURO RECOVERY CENTER — Iowa City
            [NoteWell Ambient draft · reviewed, edited and signed by J. Hruska, PT]
            Time: neuromuscular re-education 23 minutes; therapeutic activities 15 minutes; total timed 38 minutes.
            Neuromuscular re-education (97112) [CE: one-on-one for all 23 minutes]: standing on foam with eyes closed; stepping over obstacles with head turns; reactive stepping when the therapist released a lean.
            Therapeutic activities (97530): carrying a laundry basket (6 lb) down the hall and up 4 stairs; kneeling to get a pan from a low cupboard, 5 times; unloading groceries onto a high shelf at the counter, 10 items.
            Assessment: left vestibular loss after the acoustic neuroma resection in November, leaning on vision — drifts left in the dark; legs unsteady carrying laundry up the stairs.
            Objective: mCTSIB foam eyes closed 9 s (3 s at evaluation); Four Square Step Test 14.8 s.
            """,
            ["H81.92", "Z86.011"], [PT("97112", 23), PT("97530", 15)], []),

        // Woodstock smart phrase "Timed code minutes: 97110 [16] 97140 [11] 97530 [***]" — the third billed code has no minutes: separate time missing; every section complete (clamshells, abduction, bridges, step-downs; hip glides by grade, STM; car transfers and basket lifts with counts; hip OA; IR and flexion degrees).
        ["v6-h71-woodstock-third-code-minutes-stars"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Woodstock
            Daily Note (.PMORTHO)
            Timed code minutes:  97110 [16]   97140 [11]   97530 [***]
            97110: clamshells with a band 2 x 15; side-lying hip abduction 2 x 12; bridges with a ball squeeze 2 x 12; step-downs 4" 2 x 10
            97140: L hip long-axis distraction; posterior and inferior glides gr III; STM L TFL and glute med
            97530: in and out of the car mock-up with the L leg leading and no hip twist x 5; picking an 8-lb laundry basket up from the floor with a golfer's lift x 8
            A: L hip OA — stiff into flexion and IR, glute med weak; pain getting up into his truck
            O: L hip IR 15° → 22°; flexion 100°
            """,
            ["M16.12"], [PT("97110", 16), PT("97140", 11), PT("97530", 10)], [SepTime]),

        // Roswell "[Copy-forward from 02/25/2026 — DOS changed to 03/04/2026]" with "97110 Therapeutic exercise — 25 min" never updated, against a 14-min line: mismatch; prone extension, side plank, bird dog, KB deadlift; back and hip weakness after a boat-trailer strain; plank seconds complete.
        ["v6-h71-roswell-copy-forward-minutes-never-updated"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Roswell
            [Copy-forward from 02/25/2026 — DOS changed to 03/04/2026]
            97110 Therapeutic exercise — 25 min
               prone hip extension 2 x 12; side plank from the knees 3 x 20 s; bird dog 2 x 10; deadlift with a 15-lb kettlebell 3 x 10
            A: low back and R hip weakness after the lumbar strain lifting the boat onto the trailer at Lake Allatoona
            O: side plank R 30 s / L 34 s
            """,
            ["S39.012D"], [PT("97110", 14)], [At(Mismatch, "97110")]),

        // New Iberia transcribed "Neuromuscular re-education, 97112, thirty minutes" against an 18-min line: mismatch; one on one, perturbed tandem and SLS on foam, BOSU steps; postural control after a TKA; SLS and tandem seconds complete.
        ["v6-h71-new-iberia-nmr-thirty-against-eighteen"] = new(
            """
            BAYOU TECHE REGIONAL MEDICAL CENTER
            OUTPATIENT REHABILITATION SERVICES — NEW IBERIA
            PHYSICAL THERAPY DAILY NOTE
            PATIENT: DARTEZ, CELESTINE R.      DOS: 03/04/2026
            Neuromuscular re-education, 97112, thirty minutes, one on one the whole time. Tandem stance and single-leg stance on the foam with my perturbations at the pelvis; stepping onto and off a BOSU with a reach. Deficit: poor postural control and a slow ankle strategy after the right total knee; she wobbles turning at the stove. Single-leg stance right 7 seconds on the floor; tandem on foam 12 seconds.
            DD: 03/04/2026 11:05    DT: 03/04/2026 16:58    JOB #: 7711002    CrescentScript/kdl
            """,
            ["Z96.651", "R26.81"], [PT("97112", 18)], [At(Mismatch, "97112")]),

        // Bountiful PTA on the app, "gate training twenty five minutes" against a 12-min PTA line: mismatch; cane laps and the ramp with contact guard, cues; Trendelenburg and a short step after a hemiarthroplasty complete.
        ["v6-h71-bountiful-app-pta-gate-training-twenty-five"] = new(
            """
            [DictaPocket · Wasatch Orthopaedic Partners PT · auto-transcribed 03/04/2026 13:02 · not edited · P T A]
            bountiful period P T A note period left hip hemiarthroplasty eight weeks after a fall on the ice period new paragraph gate training twenty five minutes with the single point cane in the right hand three laps of one hundred fifty feet in the hall and the ramp outside with contact guard period cues to shorten the cane step and keep the hips level period new paragraph left Trendelenburg with a lateral trunk lean and a short right step period wants to walk into church on Sunday without the walker
            """,
            ["S72.002D", "Z96.642"], [PTA("97116", 12)], [At(Mismatch, "97116")]),

        // Western Grove "Worked on her exercises and her walking, thirty-two minutes in all" is the only time for two codes: separate time missing; every section complete (sit to stand, cuffed marches, abduction, step-ups with doses; rollator laps on gravel with standby; weakness after an MI with a church-van goal).
        ["v6-h71-western-grove-thirty-two-minutes-in-all"] = new(
            """
            OZARK HOLLOW THERAPY — Western Grove
            Dictated 03/04/2026 · typed 03/06/2026 by B.L.
            Worked on her exercises and her walking, thirty-two minutes in all.
            Exercises: sit to stand 3 x 8; standing marches with 2-lb cuffs 2 x 15; hip abduction at the counter 2 x 12; step-ups 4" 2 x 10.
            Walking: rollator in the clinic and out on the gravel lot, 3 x 120 ft, standby; cues to stay inside the rollator.
            Hips and legs weak since the hospital stay for the heart attack; wants to walk out to the church van on Sundays.
            """,
            ["M62.81", "I25.2"], [PT("97110", 20), PT("97116", 12)], [SepTime]),

        // Marion AI draft "Total treatment time: 39 minutes." is the only time for two codes: separate time missing; every section complete (one-on-one; perturbations, rocker, dual-task stepping, line tandem; step-ups, leg press, bridges with doses; reactive postural control after a TBI; Mini-BESTest and SLS).
        ["v6-h71-marion-ai-total-treatment-time-only"] = new(
            """
            CEDAR RIVER NEURO RECOVERY CENTER — Marion
            [NoteWell Ambient draft · reviewed and signed by M. Vrba, PT]
            Total treatment time: 39 minutes.
            Neuromuscular re-education (97112), one-on-one with the therapist: perturbation training in standing and on the rocker board; stepping to targets while naming farm animals; tandem walking on a line.
            Therapeutic exercise (97110): step-ups 3 × 10 each leg; leg press 60 lb 3 × 12; bridges 2 × 15.
            Assessment: poor reactive postural control and slow stepping responses after the traumatic brain injury (tractor rollover in July); bilateral hip weakness.
            Objective: Mini-BESTest 19/28 (15/28 at evaluation); single-leg stance 8 s right / 6 s left.
            """,
            ["S06.9X9S", "R26.89"], [PT("97112", 22), PT("97110", 17)], [SepTime]),

        // St. Martinville, a PT job and an OT job on one visit: "PT … 97110, seventeen minutes" and "OT … 97530, twenty-two minutes" each match their own discipline's line; leg press, step-ups, banded abduction with doses; tub bench, sock aid, shaving with assistance levels; weakness after a septic knee: passes.
        ["v6-h71-st-martinville-pt-job-and-ot-job"] = new(
            """
            BAYOU TECHE REGIONAL MEDICAL CENTER
            OUTPATIENT REHABILITATION SERVICES — ST. MARTINVILLE
            PATIENT: LEBLANC, EVARISTE J.      DOS: 03/04/2026
            PHYSICAL THERAPY (JOB #: 7712205): Therapeutic exercise, 97110, seventeen minutes: leg press 50 pounds 3 x 10, step-ups to a 6-inch step 2 x 10 each, standing hip abduction with a red band 2 x 15. Both legs weak after the septic knee and the long hospital stay; hard to get up into his truck.
            OCCUPATIONAL THERAPY (JOB #: 7712231): Therapeutic activities, 97530, twenty-two minutes: shower transfer to the tub bench 3 times, lower-body dressing seated with the reacher and sock aid, standing at the sink to shave with one hand on the counter. The right knee will not bend enough for him to reach his foot; minimal assist with the sock aid, standby for the tub bench.
            DD: 03/04/2026 15:48    DT: 03/05/2026 10:30    CrescentScript/kdl
            """,
            ["M00.061", "M62.81"], [PT("97110", 17), OT("97530", 22)], []),

        // Kennesaw dotted "min" column after each description (manual ..... 12, ther ex .. 15) both match; GH posterior glides and scapular mobs; side-lying ER, rows, wall slides with doses; impingement with a painful arc; IR behind the back and flexion: passes.
        ["v6-h71-kennesaw-dotted-min-column"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Kennesaw
            Daily Note (.PMORTHO)                                                            min
            Manual therapy (97140): R GH posterior glides gr III; scapular mobs in side-lying ....... 12
            Ther ex (97110): side-lying ER 2 lb 2 x 15; rows green band 3 x 12; wall slides 2 x 10 .. 15
            A: R shoulder impingement — painful arc, posterior capsule tight; can't reach into the back seat for his work bag
            O: IR behind the back R to L3 (T12 on the L); flexion 150°
            """,
            ["M75.41"], [PT("97140", 12), PT("97110", 15)], []),

        // Waterloo AI draft, a PT's 97112 (20, "[CE: one-on-one — PT with this patient only.]") beside a PTA's 97116 (13), each matching its line; PNF rhythmic stabilization, rocker perturbations, hurdle stepping; quad-cane distances with contact guard; left hemiparesis with late hip recruitment and toe drag; Berg and SLS: passes.
        ["v6-h71-waterloo-pt-nmr-and-pta-gait"] = new(
            """
            CEDAR RIVER NEURO RECOVERY CENTER — Waterloo
            [NoteWell Ambient draft · reviewed, edited and signed by D. Schmitt, PT, and L. Meyer, PTA]
            Neuromuscular re-education (97112), 20 minutes, PT: PNF rhythmic stabilization in half-kneeling; perturbations on the rocker board; stepping over a hurdle with the left leg leading. [CE: one-on-one — PT with this patient only.]
            Gait training (97116), 13 minutes, PTA: walking with the quad cane 3 × 100 ft on tile and 1 × 50 ft on the ramp, contact guard; cues for left heel strike.
            Assessment: left hemiparesis with poor left-leg postural control and late left hip recruitment; short left step and toe drag.
            Objective: Berg 42/56; left single-limb stance 5 s.
            """,
            ["I69.354", "R26.89"], [PT("97112", 20), PTA("97116", 13)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h71-empty-te-and-gait"] = new(
            "",
            ["M17.11"], [PT("97110", 20), PT("97116", 13)], [At(NoteMissing, "97110"), At(NoteMissing, "97116")]),

        // A note of spaces only (cells are trimmed) on an OT 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h71-spaces-only-ot-97530-no-dx"] = new(
            "     ",
            [], [OT("97530", 21)], [At(NoteMissing, "97530"), Dx]),

        // Empty note on a PTA 97112 with a diagnosis: note missing only.
        ["v7-h71-empty-pta-97112"] = new(
            "",
            ["I69.354"], [PTA("97112", 19)], [At(NoteMissing, "97112")]),

        // 97110's meaning at Lafayette, transcribed: bridges, cuffed side-lying abduction, banded clamshells, counter hip extension with doses (technique and measure), hip abductor weakness after a THA with a flatboat goal (deficit); nineteen matches: passes.
        ["v7-h71-lafayette-97110-hip-abductors"] = new(
            """
            BAYOU TECHE REGIONAL MEDICAL CENTER
            OUTPATIENT REHABILITATION SERVICES — LAFAYETTE
            PHYSICAL THERAPY DAILY NOTE
            PATIENT: BENOIT, LUCIEN A.      DOS: 03/04/2026
            Therapeutic exercise, 97110, nineteen minutes: bridges 2 x 12, sidelying hip abduction with a 2-pound cuff 2 x 12, clamshells with a red band 2 x 15, standing hip extension at the counter 2 x 12. Right hip abductor weakness after the right total hip; he wants to step down into his flatboat without help.
            DD: 03/04/2026 08:20    DT: 03/04/2026 11:48    JOB #: 7709205    CrescentScript/jpb
            """,
            ["Z96.641", "Z47.1"], [PT("97110", 19)], []),

        // 97530's meaning at Western Grove: stacking split firewood from a wheelbarrow to the rack and pushing the loaded wheelbarrow with loads and counts (technique and measure), shoulder weakness after a cuff repair and the wood stove (deficit); twenty-one matches: passes.
        ["v7-h71-western-grove-97530-firewood"] = new(
            """
            OZARK HOLLOW THERAPY — Western Grove
            Dictated 03/04/2026 · typed 03/06/2026 by B.L.
            Ther activities 97530, twenty-one minutes: lifting split firewood (6 to 8 lb a stick) from the wheelbarrow onto the rack at chest height, 3 rounds of 10; pushing the loaded wheelbarrow 40 ft across the back lot and turning it, 4 trips; carrying an armload of 3 sticks to the mock stove box, 5 times.
            R shoulder weak after the rotator cuff repair in September; the wood stove is the only heat in the house.
            """,
            ["M75.121", "Z98.890"], [PT("97530", 21)], []),

        // 97140's meaning at Ogden on the app: subtalar distraction and glides by grade, talonavicular and cuboid glides, plantar fascia STM (technique), subtalar stiffness after a calcaneus fracture on uneven trail (deficit), inversion and eversion degrees (measure); eleven matches: passes.
        ["v7-h71-ogden-app-97140-subtalar"] = new(
            """
            [DictaPocket · Wasatch Orthopaedic Partners PT · auto-transcribed 03/04/2026 13:48 · not edited]
            ogden period right calcaneus fracture O R I F twelve weeks period new paragraph manual therapy eleven minutes subtalar distraction and medial and lateral glides grade three talonavicular and cuboid glides and soft tissue to the plantar fascia period new paragraph right subtalar joint stiff he cant walk on the uneven trail at Waterfall Canyon period subtalar inversion ten degrees to fifteen eversion five
            """,
            ["S92.011D"], [PT("97140", 11)], []),

        // 97116's meaning at Cedar Rapids, AI draft: stairs with one rail step-to then reciprocal, a curb, walker to cane with counts and standby (technique and measure), right knee weakness and fear after a fall (deficit); sixteen matches: passes.
        ["v7-h71-cedar-rapids-97116-stairs-and-curb"] = new(
            """
            CEDAR RIVER NEURO RECOVERY CENTER — Cedar Rapids
            [NoteWell Ambient draft · reviewed and signed by M. Vrba, PT]
            Gait training (97116), 16 minutes: 12 stairs with one rail, step-to going up and reciprocal coming down by the last trip, 3 trips; up and down the curb outside the back door 4 times; walker → single-point cane on the sidewalk, 2 × 100 ft; standby assist throughout.
            Assessment: right knee weakness and fear of the stairs since his fall on the basement steps in January.
            """,
            ["R26.81", "M62.81"], [PT("97116", 16)], []),

        // Generic 97110 on the phone app: "patient did her exercises today period tolerated well period continue plan period fifteen minutes" — no exercise, region or number but its minutes (which match).
        ["v7-h71-generic-app-did-her-exercises"] = new(
            """
            [DictaPocket · Wasatch Orthopaedic Partners PT · auto-transcribed 03/04/2026 18:02 · not edited]
            patient did her exercises today period tolerated well period continue plan period fifteen minutes
            """,
            ["M54.50"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic AI-drafted 97112 + 97140 with minutes for each (15 and 10, both match): "participated in neuromuscular re-education and manual therapy as indicated … tolerated the session well": only generic phrases for both codes, no one-on-one statement.
        ["v7-h71-generic-ai-nmr-and-manual"] = new(
            """
            CEDAR RIVER NEURO RECOVERY CENTER — Marion
            [NoteWell Ambient draft · reviewed and signed by M. Vrba, PT]
            The patient participated in neuromuscular re-education and manual therapy as indicated. The patient tolerated the session well and will continue per the plan of care.
            Neuromuscular re-education 15 minutes; manual therapy 10 minutes.
            """,
            ["M54.2"], [PT("97112", 15), PT("97140", 10)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Generic 97530 in the chain's default text: "Functional activities performed per POC. Pt tolerated tx well; no adverse reaction." with "Goals: ***" — no activity, deficit or goal named, no number but the code's and its minutes (which match).
        ["v7-h71-generic-chain-97530-default-text"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Cumming
            Daily Note (.PMORTHO)
            97530 Therapeutic activities — 20 min
            Functional activities performed per POC. Pt tolerated tx well; no adverse reaction.
            Goals: ***
            """,
            ["M25.511"], [PT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Lafayette transcribed, TKA at five weeks with an "[inaudible]" left in: ther ex sixteen (bike level, quad sets, cuffed SAQ, step-ups, heel slides) and manual ten (patellar and tibiofemoral glides, quad STM) both match; stiffness and weakness with a bass-boat goal; knee range: passes.
        ["vord-h71-lafayette-tka-te-and-manual"] = new(
            """
            BAYOU TECHE REGIONAL MEDICAL CENTER
            OUTPATIENT REHABILITATION SERVICES — LAFAYETTE
            PHYSICAL THERAPY DAILY NOTE
            PATIENT: SONNIER, RAYMOND P.      DOS: 03/04/2026
            Therapeutic exercise, 97110, sixteen minutes: recumbent bike full revolutions at level 2; quad sets 2 x 10 with 5-second holds; short-arc quads with a 3-pound cuff 2 x 15; step-ups to a 4-inch step 2 x 10; heel slides 2 x 15. Manual therapy, 97140, ten minutes: patellar glides superior and inferior, tibiofemoral posterior glides grade III in flexion, soft tissue mobilization to the [inaudible] and the distal quad. Left knee stiff and weak five weeks after the left total knee; he cannot get down into his bass boat. Left knee 5 to 104 degrees (12 to 92 at evaluation).
            DD: 03/04/2026 09:02    DT: 03/04/2026 13:15    JOB #: 7709650    CrescentScript/kdl
            Dictated but not read.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 16), PT("97140", 10)], []),

        // New Iberia OT transcribed, ADL kitchen after a stroke: stirring bouts, pot moves to the back burner, the rice pot from the upper cabinet, chopping with counts; left arm weakness and standing tolerance with a roux goal; contact guard and standby; twenty-four matches: passes.
        ["vord-h71-new-iberia-ot-roux-at-the-stove"] = new(
            """
            BAYOU TECHE REGIONAL MEDICAL CENTER
            OUTPATIENT REHABILITATION SERVICES — NEW IBERIA
            OCCUPATIONAL THERAPY DAILY NOTE
            PATIENT: BOUDREAUX, ALMA J.      DOS: 03/04/2026
            Therapeutic activities, 97530, twenty-four minutes, in the ADL kitchen: standing at the stove stirring a pot with the left hand, 3 bouts; moving a 2-pound pot from the counter to the back burner 8 times; getting the rice pot down from the upper cabinet with the left hand 5 times; standing at the counter to chop vegetables. Left arm weakness and poor standing tolerance after the right MCA stroke; she wants to make her own roux again, which means standing at the stove. Contact guard for standing balance at the stove, standby at the counter.
            DD: 03/04/2026 14:40    DT: 03/05/2026 08:55    JOB #: 7713540    CrescentScript/tmr
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // Breaux Bridge transcribed: NMR twenty ("one on one, I had no other patient during it": rocker board, reactive steps to pushes, foam runway head turns) and activities fifteen (shower ledge, sack carries, floor pick-ups with counts) both match; slow stepping and postural control with a crawfish-boil goal; Berg and FSST: passes.
        ["vord-h71-breaux-bridge-nmr-and-activities"] = new(
            """
            BAYOU TECHE REGIONAL MEDICAL CENTER
            OUTPATIENT REHABILITATION SERVICES — BREAUX BRIDGE
            PHYSICAL THERAPY DAILY NOTE
            PATIENT: CHAMPAGNE, NOLAN T.      DOS: 03/04/2026
            Neuromuscular re-education, 97112, twenty minutes, one on one, I had no other patient during it: stepping onto the rocker board and holding, reactive steps to my pushes in all directions, walking the foam runway with head turns. Therapeutic activities, 97530, fifteen minutes: stepping in and out of the shower mock-up over a 6-inch ledge 6 times; carrying a 15-pound sack 40 feet 4 times; picking up items from the floor 10 times. Deficit: slow stepping reactions and poor postural control since his fall in the yard in December; he lives alone and wants to cook at the family crawfish boil. Berg 46/56; Four Square Step Test 13.1 seconds.
            DD: 03/04/2026 10:55    DT: 03/04/2026 16:12    JOB #: 7710790    CrescentScript/jpb
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20), PT("97530", 15)], []),

        // Ogden phone app, back pain with sciatica from shoveling: ther ex seventeen (press-ups, bird dog, bridges, hinge with doses) and manual eleven (L4-5 and L5-S1 PA glides by grade, rotation mobs) both match; leg pain sitting in the truck; SLR degrees: passes.
        ["vord-h71-ogden-app-low-back-te-and-manual"] = new(
            """
            [DictaPocket · Wasatch Orthopaedic Partners PT · auto-transcribed 03/04/2026 10:52 · not edited]
            ogden period low back pain with left sciatica from shoveling snow in January period new paragraph therapeutic exercise seventeen minutes prone press ups two by ten bird dog two by ten each side bridges two by fifteen hip hinge with a dowel two by ten period new paragraph manual therapy eleven minutes L four five and L five S one central P A glides grade three and side lying rotation mobs to the left period new paragraph low back pain with left leg pain to the knee sitting in the truck period straight leg raise left sixty degrees was forty five
            """,
            ["M54.42"], [PT("97110", 17), PT("97140", 11)], []),

        // Layton PTA on the app, reverse total shoulder at twelve weeks: cane AAROM, side-lying abduction, "there a band" rows, wall walks, pulley with doses; shoulder weakness with hair and shelf goals; flexion degrees; nineteen matches: passes.
        ["vord-h71-layton-app-pta-reverse-shoulder"] = new(
            """
            [DictaPocket · Wasatch Orthopaedic Partners PT · auto-transcribed 03/04/2026 14:05 · not edited · P T A]
            layton period P T A note period right reverse total shoulder twelve weeks period new paragraph therapeutic exercise nineteen minutes supine active assisted flexion with a cane two by fifteen sidelying abduction two by ten standing rows with the there a band yellow two by fifteen wall walks ten reps pulley for flexion two by twenty period new paragraph right shoulder weak he cant lift the arm to comb his hair or reach the kitchen shelf period active flexion one hundred twelve degrees
            """,
            ["Z96.611", "Z47.1"], [PTA("97110", 19)], []),

        // Farmington hand OT on the app, thumb CMC arthroplasty: jar lids, key turns, clothespins, pouring with counts; weak painful pinch; lateral pinch kilograms; eighteen matches: passes.
        ["vord-h71-farmington-app-ot-jars-and-keys"] = new(
            """
            [DictaPocket · Wasatch Orthopaedic Partners Hand Therapy · auto-transcribed 03/04/2026 15:20 · not edited]
            hand therapy farmington O T period right thumb C M C arthroplasty ten weeks period new paragraph therapeutic activities eighteen minutes opening and closing jar lids of three sizes ten each turning a key in the lock board ten times pinching twenty clothespins onto a line pouring water from a half gallon jug into cups five times period new paragraph right thumb weak in pinch and painful opening jars and turning the car key period lateral pinch right four kilograms left seven
            """,
            ["M18.11", "Z98.890"], [OT("97530", 18)], []),

        // Jasper: rolling walker on the clinic floor, gravel and grass slope, porch steps with distances, counts and assistance; short step and walker lean after a hemiarthroplasty with a mailbox goal; fifteen matches: passes.
        ["vord-h71-jasper-walker-on-gravel-and-grass"] = new(
            """
            OZARK HOLLOW THERAPY — Jasper
            Dictated 03/04/2026 · typed 03/05/2026 by B.L.
            Gait training 97116, fifteen minutes: rolling walker on the clinic floor 2 x 150 ft, then out the back door on the gravel and the grass slope 1 x 80 ft; up and down the two porch steps with the rail x 3. Standby assist on the flat, contact guard on the slope.
            L hip fracture (hemiarthroplasty) seven weeks ago; short L step and she leans on the walker; wants to get to the mailbox at the end of the gravel drive.
            """,
            ["S72.002D"], [PT("97116", 15)], []),

        // Harrison PTA: ther ex fifteen (ER, rows, wall push-ups, dowel press with doses) and activities sixteen (feed bag to a shoulder shelf, hanging wash, jug carries with counts) both match; shoulder weakness after a cuff repair: passes.
        ["vord-h71-harrison-pta-te-and-ta"] = new(
            """
            OZARK HOLLOW THERAPY — Harrison · PTA
            Dictated 03/04/2026 · typed 03/06/2026 by B.L.
            Ther ex 97110, fifteen minutes: side-lying shoulder external rotation 2-lb 2 x 15; rows with the green band 3 x 12; wall push-ups 2 x 12; overhead press with a dowel 2 x 10.
            Ther activities 97530, sixteen minutes: lifting a 10-lb bag of chicken feed from the floor to a shoulder-height shelf x 8; hanging wet laundry on a line at head height, 15 pieces; carrying two 1-gallon jugs 40 ft x 4.
            L shoulder weak after the rotator cuff repair last fall — can't hang the wash or reach the top of the feed bin.
            """,
            ["M75.122", "Z98.890"], [PTA("97110", 15), PTA("97530", 16)], []),

        // Marshall: C4-6 unilateral PA glides by grade, suboccipital release, trap and levator STM, manual traction; neck pain turning right after a side-by-side rollover, can't back the stock trailer; rotation degrees; twelve matches: passes.
        ["vord-h71-marshall-neck-after-the-rollover"] = new(
            """
            OZARK HOLLOW THERAPY — Marshall
            Dictated 03/04/2026 by T. Sutterfield, PT · typed 03/05/2026 by B.L.
            Manual therapy 97140, twelve minutes: C4-5 and C5-6 R unilateral PA glides grade III; suboccipital release; STM to the R upper trap and levator; manual traction in supine.
            Neck pain and stiffness turning R since he rolled the side-by-side on the ridge road in January; can't turn to back the stock trailer.
            Cervical rotation R 48° → 60°.
            """,
            ["S13.4XXD", "M54.2"], [PT("97140", 12)], []),

        // Cedar Rapids AI draft: NMR 22 ("[CE: one-on-one, therapist and patient only]": foam tandem, rocker SLS with catches, hurdles with head turns) and ther ex 14 (leg press, step-ups, curls with loads) both match; proprioception, postural control and leg weakness after a stroke with a RAGBRAI goal; FGA and SLS: passes.
        ["vord-h71-cedar-rapids-ai-nmr-and-te"] = new(
            """
            CEDAR RIVER NEURO RECOVERY CENTER — Cedar Rapids
            [NoteWell Ambient draft · reviewed, edited and signed by K. Novak, PT, DPT]
            Subjective: The patient reports he rode 10 miles on the trail on his recumbent trike this weekend and wants to ride one day of RAGBRAI in July.
            Interventions:
            - Neuromuscular re-education (97112), 22 minutes [CE: one-on-one, therapist and patient only]: tandem walking on foam; single-leg stance on the rocker board with ball catches; stepping over hurdles with head turns.
            - Therapeutic exercise (97110), 14 minutes: leg press 80 lb 3 × 12; step-ups to an 8-inch step 3 × 10; hamstring curls 25 lb 2 × 15.
            Assessment: impaired proprioception and postural control after the right MCA stroke; left leg weaker than the right (hip extensors 4-/5).
            Objective: Functional Gait Assessment 22/30; single-leg stance left 9 s.
            """,
            ["I69.354", "R26.89"], [PT("97112", 22), PT("97110", 14)], []),

        // Iowa City OT AI draft: a laundry basket on basement stairs, the front-loader from a stool, towel folding standing; fatigue and leg weakness with a loss of balance bending; assistance levels and a count; twenty matches: passes.
        ["vord-h71-iowa-city-ai-ot-basement-laundry"] = new(
            """
            CEDAR RIVER NEURO RECOVERY CENTER — Iowa City · OT
            [NoteWell Ambient draft · reviewed and signed by S. Kacena, OTR/L]
            Subjective: The patient reports she has stopped doing her own laundry because the machines are in the basement of her apartment building.
            Therapeutic activities (97530), 20 minutes: carrying a laundry basket with 5 lb of clothes down and up 12 stairs with the rail; loading and unloading a front-loading washer from a stool; folding towels standing at a table, 10 towels.
            Assessment: fatigue and left-leg weakness with multiple sclerosis; loses her balance bending into the washer.
            Objective: stairs with the basket — minimal assist going down, standby coming up; folded 10 towels standing without a rest.
            """,
            ["R26.81", "R53.83"], [OT("97530", 20)], []),

        // Marion PTA AI draft with a "[CE: kettlebell weight corrected]": KB sit to stand, step-ups, knee extension, heel raises with doses; quadriceps and hip weakness after critical illness with a chores goal; eighteen matches: passes.
        ["vord-h71-marion-ai-pta-after-the-icu"] = new(
            """
            CEDAR RIVER NEURO RECOVERY CENTER — Marion
            [NoteWell Ambient draft · reviewed, edited and signed by L. Meyer, PTA]
            Subjective: The patient reports he is back to feeding the cattle in the mornings but his legs are spent by afternoon.
            Therapeutic exercise (97110), 18 minutes: sit to stand holding a 10-lb kettlebell 3 × 10; step-ups to a 6-inch step 3 × 10; seated knee extension 5 lb 2 × 15; standing heel raises 2 × 20.
            Assessment: bilateral quadriceps and hip weakness after critical illness and a long ICU stay; goal is morning and evening chores without sitting down to rest.
            [CE: kettlebell weight corrected from 15 lb.]
            """,
            ["M62.81", "G72.81"], [PTA("97110", 18)], []),

        // Marietta: ther ex 15 (bridges, abduction, sit to stand, banded extension with doses) and gait 12 (cane laps and the parking lot with standby and cues) both match; hip weakness and a Trendelenburg lurch after a THA; "Visit 9 of 16", "Pain today: 2/10", "{blank}": passes.
        ["vord-h71-marietta-te-and-gait-after-tha"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Marietta
            Daily Note (.PMORTHO)  ·  Visit 9 of 16
            Pain today: 2/10
            97110 Therapeutic exercise — 15 min
               bridges 2 x 15; side-lying hip abduction 2 x 12; sit-to-stand 3 x 8; standing hip extension with a red band 2 x 12
            97116 Gait training — 12 min
               SPC in the L hand, 3 x 150 ft in the hall + 1 lap of the parking lot; SBA; cues to shorten the cane step and even out step length
            A: R hip weakness and a R Trendelenburg lurch 10 wks after the R THA (posterior approach)
            P: Continue POC. Progress to no device on level ground. {blank}
            """,
            ["Z96.641", "Z47.1"], [PT("97110", 15), PT("97116", 12)], []),

        // Cumming: manual 10 (C5-7 lateral glides by grade, STM, suboccipital release) and ther ex 14 (chin tucks with holds, rows, prone Y's and T's with doses) both match; neck and arm pain after a GA-400 rear-end and poor DNF endurance; rotation degrees and DNF seconds: passes.
        ["vord-h71-cumming-neck-manual-and-te"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Cumming
            Daily Note (.PMORTHO)
            97140 Manual therapy — 10 min: C5-6 and C6-7 R lateral glides gr III; STM R upper trap and levator; suboccipital release
            97110 Therapeutic exercise — 14 min: chin tucks 2 x 10 with 5-s holds; rows with a green band 3 x 12; prone Y's and T's 2 x 10
            A: R neck and arm pain to the elbow after a rear-end collision on GA-400; poor deep neck flexor endurance
            O: cervical rotation R 52° → 61°; DNF endurance 18 s
            Pt tolerated treatment well. Precautions: ***
            """,
            ["S13.4XXD", "M54.12"], [PT("97140", 10), PT("97110", 14)], []),

        // Alpharetta OT: individual delivery; L-hand weight bearing with elbow rhythmic stabilization, reach-to-grasp with triceps tapping, mirror-guided finger extension; motor recruitment after a stroke; Fugl-Meyer and Box and Block; twenty-one matches: passes.
        ["vord-h71-alpharetta-ot-nmr-after-stroke"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Alpharetta · Occupational Therapy
            Daily Note (.PMOT)
            Treatment delivery: INDIVIDUAL — one clinician with one patient; no other patient treated during timed minutes
            97112 Neuromuscular re-education — 21 min
               weight bearing through the L hand on the mat table with rhythmic stabilization at the elbow; reach-to-grasp of cones at three heights with tapping over the triceps; mirror-guided finger extension
            A: L upper extremity motor recruitment poor after the R MCA stroke — elbow and finger extensors slow to fire, flexor synergy when she reaches
            O: Fugl-Meyer UE 34/66 (27/66 at eval); Box and Block L 11
            """,
            ["I69.334"], [OT("97112", 21)], []),

        // Western Grove complete 97110 (clamshells, abduction, bridges, step-ups with doses; hip weakness after a THA) sent with no diagnosis.
        ["vord-h71-western-grove-no-diagnosis"] = new(
            """
            OZARK HOLLOW THERAPY — Western Grove
            Dictated 03/04/2026 · typed 03/06/2026 by B.L.
            Ther ex 97110, sixteen minutes: clamshells with the red band 2 x 15; sidelying hip abduction 2 x 12; bridges 2 x 15; step-ups 6" 2 x 10.
            R hip weak after the R THA in December; limps crossing the pasture.
            """,
            [], [PT("97110", 16)], [Dx]),

        // Kennesaw complete 97140 (tibiofemoral distraction and glides by grade, patellar mobs, hamstring STM; knee OA stiffness with a kneeling goal; flexion degrees) with the ICD-9 code 715.36 as its diagnosis: not well formed.
        ["vord-h71-kennesaw-icd9-code"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Kennesaw
            Daily Note (.PMORTHO)
            97140 Manual therapy — 12 min: tibiofemoral distraction; posterior glides gr III; patellar mobs; STM to the medial hamstrings
            A: L knee OA — stiff into flexion; can't kneel in the garden
            O: L knee flexion 110° → 116°
            """,
            ["715.36"], [PT("97140", 12)], [Dx]),

        // New Iberia transcribed generic two-code note with a total ("seen for therapeutic exercise and manual therapy, thirty minutes total. She did well today."): no technique, deficit or measure for either code, no minutes for each.
        ["vord-h71-new-iberia-generic-two-codes-total"] = new(
            """
            BAYOU TECHE REGIONAL MEDICAL CENTER
            OUTPATIENT REHABILITATION SERVICES — NEW IBERIA
            PHYSICAL THERAPY DAILY NOTE
            PATIENT: MELANCON, DORIS A.      DOS: 03/04/2026
            Patient was seen for therapeutic exercise and manual therapy, thirty minutes total. She did well today. Continue the current plan.
            DD: 03/04/2026 17:12    DT: 03/05/2026 07:48    JOB #: 7714902    CrescentScript/tmr
            Dictated but not read.
            """,
            ["M25.561"], [PT("97110", 18), PT("97140", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // Layton PTA on the app, "neural muscular re-education ten minutes" against a 22-min PTA line: mismatch; one on one, beam tandem and foam SLS with ball toss, ankle proprioception after a ski-hill sprain, SLS seconds complete.
        ["vord-h71-layton-app-pta-nmr-ten-against-twenty-two"] = new(
            """
            [DictaPocket · Wasatch Orthopaedic Partners PT · auto-transcribed 03/04/2026 16:40 · not edited · P T A]
            layton period P T A note period neural muscular re-education ten minutes one on one with me the whole time period tandem walking on the balance beam and single leg stance on the foam with ball toss period deficit poor right ankle proprioception after the right ankle sprain on the ski hill he rolls it on uneven ground period single leg stance right on foam fourteen seconds left twenty six
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(Mismatch, "97112")]),

        // Alpharetta OT "97530 Therapeutic activities — 30 min" against an 18-min OT line: mismatch; tub bench, dressing with the reacher and sock aid, high-shelf groceries; can't bend after a THA; SBA and min A → SBA complete.
        ["vord-h71-alpharetta-ot-thirty-against-eighteen"] = new(
            """
            PEACHTREE MOTION PHYSICAL THERAPY — Alpharetta · Occupational Therapy
            Daily Note (.PMOT)
            97530 Therapeutic activities — 30 min
               tub-bench transfer x 3; lower-body dressing with the reacher and sock aid; putting groceries away on a high shelf, 8 items
            A: can't bend to her feet after the L THA (posterior precautions); lives alone
            O: tub bench SBA; LB dressing min A → SBA
            """,
            ["Z96.642", "Z47.1"], [OT("97530", 18)], [At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
