using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-ninety-seventh held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// Written 2026-12-07 (blind), the set is notes drafted by AMBIENT AI SCRIBES, 2026-style: a listening app records the
/// session, an AI writes the note, and the therapist reviews it, edits a little and signs. The notes come from eight
/// clinics using four scribe products, each product with its own layout and each clinic with its own people and
/// patients: polished third-person sentences ("The patient reported …", "The therapist provided …"), generated headings
/// and bullet lists, the patient's and the therapist's words paraphrased, time statements as the AI inferred them from
/// the conversation ("Approximately 22 minutes were spent on neuromuscular re-education (97112)."), the product's own
/// disclaimers and footers, the therapist's short corrections typed in ("[Edited by I.N., PT: actually 18 min — …]",
/// a sentence struck through with "~~" and an edit after it), the AI's placeholders where the audio did not say
/// ("[AI: not determined from audio — clinician to complete]"), a generic or hedged AI sentence ("Balance activities
/// were performed to improve stability.") and, now and then, what was only discussed or planned written as if done.
/// About two thirds are ordinary and complete (70 of 108), single- and multi-code visits (97110, 97112, 97116, 97140,
/// 97530, up to three codes, a PT and an OT on one visit), by PTs, PTAs and OTs:
/// <list type="number">
/// <item>Quillstone Scribe (markdown: "## Daily Treatment Note", "**Clinician:**", "### Subjective" / "### Interventions"
/// / "### Assessment" / "### Plan", "- " bullets, a "---" rule and the italic footer "_This note was generated with AI
/// assistance and reviewed by the clinician._"), at Saguache Valley Hospital — Outpatient Rehabilitation in Center,
/// Colorado (SVH: Rosa Valdez, PT; Tomás Archuleta, PTA — potato-cellar sorters, ranchers, a chile roaster) and
/// Pamlico Sound Sports &amp; Spine PT in Washington, North Carolina (PSSP: Hollis Tate, PT, DPT, SCS; Keisha Bynum,
/// PTA — a crab-pot fisherman, a lacrosse player, club soccer, a shrimp-boat deckhand);</item>
/// <item>Clarion Ambient (prose paragraphs under capital headings "SESSION SUMMARY", "FINDINGS" / "ASSESSMENT", "TIME
/// STATEMENT", the footer "Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by …",
/// and bracketed edits "[Edited by D.W., PT: …]"), at Clearwater Canyon Balance &amp; Vestibular in Orofino, Idaho (CCBV:
/// Dale Whitehorse, PT, DPT; Ingrid Nakamura, PT — a retired log-truck driver, a wrestler, a hardware-store clerk) and
/// Vermilion Range Home Therapy in Tower, Minnesota (VRHT: Annika Lindgren, PT; Joe Koski, PTA — home visits by the
/// woodstove, the basement stairs, the sauna path, a daughter in the kitchen doorway);</item>
/// <item>TheraVoice Assist (fields: "Chief concern:", "Service: Neuromuscular re-education — 97112 — 22 min", "Delivery
/// mode: ☑ One-on-one ☐ Concurrent ☐ Group", "Interventions performed:" with "•" bullets, "Impairment addressed:",
/// "Standardized measure: … Score: …", "Clinician time attestation:", the placeholder "[AI: not determined from audio —
/// clinician to complete]" and the footer "— TheraVoice Assist: AI-drafted from session audio, clinician-verified —"),
/// at Ninigret Pond Neuro Rehab in Charlestown, Rhode Island (NPNR: Marisol Tavares, PT, NCS; Brendan Quinlan, PTA;
/// Farah Siddiqui, OTR/L — a fishing-co-op hand with a Portuguese interpreter, stroke, neuropathy, Parkinson's) and
/// Konza Prairie Outpatient Rehab in Manhattan, Kansas (KPOR: Wes Oberle, PT; Lacey Nguyen, PTA — a wheat farmer, a
/// church-curb stepper, the clinic's own "SureFooting program" with its levels);</item>
/// <item>EchoChart Scribe (labelled sections "Reason for visit ▸", "Services &amp; time ▸", "What the patient did ▸",
/// "Findings ▸", "Plan ▸", the therapist's "Correction (E.R., PT): …" lines and the footer "⚠ AI-generated draft —
/// reviewed by the treating clinician before signature."), at Tanque Verde Hand &amp; Rehab in Tucson, Arizona (TVHR:
/// Graciela Montaño, OTR/L, CHT; Evan Ruelas, PT — tortillas on Sunday, the comal, a desert hiker) and Kittatinny
/// Ridge PT in Stroudsburg, Pennsylvania (KRPT: Bridget Szabo, PT; Raymond Kowalczyk, PTA — the clinic's "Steady Steps
/// circuit" with its cards, a porch rug, a ski-lodge cook).</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer reading the signed text, applying the contract
/// to what the filled-in text says: the therapist's edit or correction stands over what the AI first wrote (a struck
/// "~~…~~" sentence and a deleted line state nothing, an "[Edited by …: actually 18 min]" gives the minutes), an AI
/// placeholder left unedited states nothing, a ticked box states what it names and an unticked one nothing, a generic
/// AI sentence states only what it says, what the AI wrote as done is read as done unless the therapist's edit says it
/// was only discussed, a scribe's "approximately N minutes" for a code is read as N (the clinician signed it), and a
/// programme's name or level is not a technique:
/// <list type="bullet">
/// <item>class 1 (v1-h197-…): one-on-one in the scribes' words ("The therapist provided one-on-one treatment
/// throughout", "treated individually" with the wife sitting in, "worked with the patient exclusively … no other
/// patients were treated during this time", "direct and one-on-one" with the daughter in the doorway, the interpreter by
/// video, "the therapist's only patient for the session" while a neighbour who is also a patient is only talked about),
/// notes that negate it (a PTA who "alternated between this patient and another patient on the adjacent mat table", a
/// Tuesday balance group with three other participants, an AI "one-on-one" sentence the PTA edited to "not one-on-one
/// — I was also supervising Mr. Ortega on the recumbent stepper", a husband also on the caseload treated in turns in the
/// same living room) or never state it (a Clarion vestibular note), and an OT's 97530 in the therapy kitchen beside two
/// other clients, which has no one-on-one check;</item>
/// <item>class 2 (v2-h197-…): TheraVoice's box and placeholder states: "☑ One-on-one", nothing ticked, "☑ Concurrent",
/// the AI placeholder left and the same placeholder edited to one-on-one, a "Group" the AI ticked and the therapist
/// corrected, a struck one-on-one sentence, "Standardized measure: ______ Score: ______" left and filled, an
/// "Impairment addressed:" placeholder left, technique boxes ticked, an assistance row ticked on a 97110;</item>
/// <item>class 3 (v3-h197-…): named programmes and techniques (Cawthorne-Cooksey exercises, perturbation-based
/// treadmill training, mirror therapy by an OT, Kaltenborn glides with muscle energy technique, Nordic hamstring curls
/// and Copenhagen planks, rhythmic auditory cueing for gait, car-transfer and backward-chained floor recovery, dual-task
/// training, PNF chop and lift with stabilising reversals), the clinic's programme level as the only technique
/// ("SureFooting program, level 4", "Steady Steps circuit, card C"), and an edit saying the techniques the AI wrote
/// were only discussed, leaving a programme rung;</item>
/// <item>class 4 (v4-h197-…): deficits stated as findings in the AI's paraphrase (the ankle that "rolls" on the
/// oyster-shell drive with a joint-position error, the floor that "moves" when he looks up at the top shelves, timing
/// and sequencing of the stepping response, truncal ataxia, wrist-extensor weakness for a 97110, carrying the laundry
/// down the basement stairs as a 97530's goal) and notes that state none ("tolerated the session well and is making
/// progress toward her goals", "No new findings", a 97116 that names only the route and the walker, an AI deficit the
/// therapist struck as wrong);</item>
/// <item>class 5 (v5-h197-…): measures in every usual form ("44 out of 56 on the Berg", "13.4 seconds, down from 16.0",
/// the four mCTSIB conditions, "4/10 perturbations required a recovery step", functional reach in inches, a cuff weight
/// in sets, feet and assistance for gait, counts and seconds for an OT's tasks, degrees for 97140) and notes with none
/// ("improved balance compared with last session", "No objective measures were taken today", a 97110 exercise list
/// without a dose, a 97116 without distance or assistance);</item>
/// <item>class 6 (v6-h197-…): minutes in the scribes' forms ("Approximately 22 minutes were spent on …", "— 97112 — 23
/// min; … — 97110 — 15 min", an inferred clock range with its minutes, markdown headings "### Gait training (97116) —
/// 24 min", "for 11 minutes, then … for 16 minutes", three codes, a PT and an OT on one visit, an AI time corrected to
/// the billed one), true mismatches (an edit to 12 minutes on a line billed at the AI's 24, "approximately 10 min" for
/// gait on a 24-minute line, an OT's "· 12 min" on 24) and truly missing separate time (a visit total only, a second
/// code's time left as the AI's placeholder, a third code with "[AI: time not stated]", "Time per code was not captured
/// in the recording");</item>
/// <item>class 7 (v7-h197-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (a PSSP shoulder programme with doses), 97530 (an NPNR OT's kitchen
/// tasks), 97140 (KRPT lumbar mobilisation) and 97116 (a KPOR PTA's rollator and curb training), and wholly generic
/// AI notes ("Balance activities were performed." alone, "The patient participated in therapeutic exercise.",
/// "Functional activities were completed with the occupational therapist.", a one-on-one sentence with "Coordination
/// exercises and balance training were completed");</item>
/// <item>ordinary (vord-h197-…): complete notes of these clinics a reviewer passes (the false-positive guard) — many
/// with the hedged AI sentence beside the specifics, a corrected score, an edit that withdraws one of several
/// techniques, a plan written beside what was done — and the ordinary weak ones: two complete notes with no
/// diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — a wife, a husband on the same caseload,
/// a daughter, a son, an interpreter, an aide, other patients named (Mr. Ortega, the patient on the adjacent mat, the
/// Tuesday group), ages, falls counted, step and chair heights in inches, loads in pounds, reach in centimetres and
/// inches, degrees, percentages, beats per minute written "bpm", counts of stairs, tortillas, transfers and jars — and
/// each is written so that a reviewer cannot take it for a billed code's minutes; a code's minutes are written next to
/// the code or its description ("Neuromuscular re-education (97112): 22 minutes.", "Service: … — 97112 — 23 min",
/// "97140 Manual therapy · 12 min", "### Gait training (97116) — 24 min", "Approximately 22 minutes were spent on
/// neuromuscular re-education (97112)"), in a therapist's edit of them, or as an inferred clock range with its minutes on
/// the code's own line; no note gives minutes to a drill, a rest, a test or a recording, except the one that gives two
/// codes only a visit total; notes failed for want of a measure carry no number but their code and its minutes (and so
/// no numbered sections or version numbers). DOC_GENERIC_ONLY is expected only where the note names no technique,
/// deficit or measure at all. A 97112 passes the measure check only on an objective measure with a number and fails
/// it only when the note has no number but its code, its minutes and numbers that are plainly something else; for the
/// other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged
/// on the billed minutes: a family member, caregiver, interpreter, student or staff member in the room does not undo a
/// one-on-one statement, another patient treated in the same block does, and a therapist attending someone else during
/// the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges for a code (this set does read a scribe's "approximately N minutes" for a code as N), minutes of
/// an exercise, a rest or a test, canalith repositioning, three-character or dotless diagnosis codes, and any line with
/// a code that has no documentation profile (heat, TENS, evaluations and group classes stay in the notes, never on a
/// line).
/// This set also leaves out what an AI-drafted note could honestly be read either way: a note that is only the scribe's
/// disclaimer or a "recording failed" banner (not empty, yet saying nothing of a service), a generic AI purpose clause
/// ("to improve stability", "to improve function") as a note's only deficit, a technique named only in the plan for the
/// next visit as the note's only technique, a therapist's edit whose scope is unclear (which code or which number it
/// corrects) or that changes minutes by less than ten, an "approximately" between two numbers, an AI paraphrase that
/// blurs who did a thing (the patient at home or the therapist today), an edit that initials a placeholder without
/// words, the recording's length or audio timestamps (never written, so they cannot be taken for a code's minutes), and
/// a discussed-only technique the therapist did not correct but the text itself marks as talked about.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 103 of 108 cases agree (106 needed), and 1 of the 70 notes the reviewer passes got a finding, on the analyzer of a5f5adb (the 2026-12-07 twenty-sixth session, after the last sessions' skipped held-out facts were worked through; nothing was changed for this set) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (engine code 3e81e0e): 107 of 108, no false positive (left: a clinician's edit saying the techniques the scribe wrote were only discussed).</para>
/// <para>After a clinician's edit taking back what was only discussed was read (engine code 91d7d39; unchanged on bddd019): 108 of 108, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredNinetySeventhTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in the scribes' words, negated, unstated

        // Quillstone SVH, Rosa Valdez: "The therapist provided one-on-one treatment throughout"; weight shifting with tapping, step-and-stick on foam, rocker board; the hedged AI sentence beside them; L hemiparesis with ankle proprioception loss; Berg and a count; 23 min: passes.
        ["v1-h197-svh-one-on-one-throughout"] = new(
            """
            ## Daily Treatment Note — Outpatient Rehabilitation
            **Facility:** Saguache Valley Hospital, Center
            **Clinician:** Rosa Valdez, PT

            ### Subjective
            The patient reported that her left foot "doesn't know where the floor is" when she walks from the house to the chicken coop, and that she nearly fell on the frozen ruts last week.

            ### Interventions
            - **Neuromuscular re-education (CPT 97112) — 23 minutes.** The therapist provided one-on-one treatment throughout.
              - Weight shifting onto the left leg in standing with tapping over the left gluteus medius
              - Step-and-stick onto the foam pad leading with the left foot
              - Proprioceptive training on the rocker board, anterior-posterior, eyes open and then closed
            - Balance activities were performed to improve stability.

            ### Assessment
            Left hemiparesis with impaired left ankle proprioception and delayed postural responses after the right MCA stroke. Berg Balance Scale 41/56 (36/56 at evaluation). Step-and-stick completed 6 of 10 times without upper-extremity support.

            ### Plan
            Progress to stepping over obstacles on foam.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["I69.354", "R26.81"], [PT("97112", 23)], []),

        // Clarion CCBV, Dale Whitehorse: "treated individually for the whole of the neuromuscular re-education" with his wife sitting in (family, not a patient); VOR x1, head-turn walking, foam eyes closed; L vestibular hypofunction; DGI and DVA; 22 min: passes.
        ["v1-h197-ccbv-treated-individually-wife-sat-in"] = new(
            """
            CLARION AMBIENT — VISIT NOTE
            Clearwater Canyon Balance & Vestibular · Orofino, Idaho
            Clinician: Dale Whitehorse, PT, DPT

            SESSION SUMMARY
            The patient, a retired log-truck driver, reported that the dizziness now comes mainly when he turns his head quickly to back the pickup out of the drive. His wife sat in on the session and asked how often he should do the eye exercises at home. The patient was treated individually for the whole of the neuromuscular re-education.

            The therapist provided gaze stabilization exercises (VOR x1 viewing) with a letter target at arm's length, sitting and then standing on a firm surface, followed by walking in the hallway with horizontal head turns and standing on foam with eyes closed.

            FINDINGS
            Findings were consistent with left vestibular hypofunction with oscillopsia on quick horizontal head turns. Dynamic Gait Index 17/24; dynamic visual acuity showed a 3-line loss.

            TIME STATEMENT
            Neuromuscular re-education (97112): 22 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Dale Whitehorse, PT, DPT.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // EchoChart KRPT, Bridget Szabo: "worked with the patient exclusively … no other patients were treated during this time"; foam beam eyes closed, textured discs, joint-position matching; somatosensory loss from diabetic neuropathy; monofilament sites and mCTSIB seconds; 22 min: passes.
        ["v1-h197-krpt-worked-exclusively"] = new(
            """
            EchoChart Scribe · Kittatinny Ridge Physical Therapy · Stroudsburg, PA
            Treating clinician: Bridget Szabo, PT

            Reason for visit ▸ The patient reports she cannot feel the pedals well when driving and has started to catch her toes on the edge of the porch rug.
            Services & time ▸ 97112 Neuromuscular re-education · 22 min
            What the patient did ▸ The therapist worked with the patient exclusively for the full neuromuscular re-education; no other patients were treated during this time. Activities included standing on the foam beam with eyes closed, barefoot stepping onto textured discs, and ankle joint-position matching with the opposite foot.
            Findings ▸ Somatosensory loss in both feet from diabetic neuropathy, with reduced ankle proprioception. Semmes-Weinstein monofilament felt at 4 of 10 plantar sites on the right and 5 of 10 on the left; mCTSIB condition 4 (foam, eyes closed) 9 seconds.
            Plan ▸ Continue; add a home foam program.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // Clarion VRHT home visit, Annika Lindgren: "Care was direct and one-on-one; her daughter watched from the kitchen doorway"; reactive pushes, voice-cued stepping, turns with head turns; slow protective stepping; TUG and pushes recovered; "Approximately 24 minutes … (97112)" on a 24-minute line: passes.
        ["v1-h197-vrht-direct-one-on-one-daughter-in-doorway"] = new(
            """
            CLARION AMBIENT — HOME VISIT NOTE
            Vermilion Range Home Therapy · Tower, Minnesota
            Clinician: Annika Lindgren, PT

            SESSION SUMMARY
            The visit took place in the patient's home. Care was direct and one-on-one; her daughter watched from the kitchen doorway and asked to learn the exercises.

            The patient reported two falls since October, both while turning from the woodstove with an armload of kindling. The therapist provided reactive balance training with light pushes at the shoulders and pelvis in standing at the kitchen counter, backward and lateral stepping to a voice cue, and turning in place with head turns.

            ASSESSMENT
            Slow and undersized protective stepping, worse backward, with impaired postural control on turns. Timed Up and Go 15.8 seconds with no device; 5 of 10 backward pushes recovered with a single step.

            TIME STATEMENT
            Approximately 24 minutes were spent on neuromuscular re-education (97112).

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Annika Lindgren, PT.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // EchoChart TVHR, Graciela Montaño (OT) 97530 in the therapy kitchen "alongside two other clients": 97530 has no one-on-one check; dough rolling, tortilla press, comal lift; R grip and wrist after the Colles' fracture; counts, assist and grip; 20 min: passes.
        ["v1-h197-tvhr-ot-97530-kitchen-beside-two-clients"] = new(
            """
            EchoChart Scribe · Tanque Verde Hand & Rehab · Tucson, AZ
            Treating clinician: Graciela Montaño, OTR/L, CHT

            Reason for visit ▸ The patient wants to get back to making tortillas for the family on Sundays.
            Services & time ▸ 97530 Therapeutic activities · 20 min
            What the patient did ▸ The session took place in the therapy kitchen alongside two other clients working on their own tasks. The patient rolled dough balls flat with a rolling pin using both hands, pressed tortillas in a cast-iron press with the right hand, and lifted the comal from the low cabinet to the stovetop.
            Findings ▸ Right grip weakness and limited wrist extension after the right distal radius fracture. She completed 8 tortillas pressing with the right hand, and the comal lift with stand-by assistance; right grip 34 lb (left 52 lb).
            Plan ▸ Progress to carrying the filled pot from the sink to the stove.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["S52.531D"], [OT("97530", 20)], []),

        // TheraVoice NPNR, Marisol Tavares: "delivered one-on-one for the full time billed; a Portuguese medical interpreter joined by video" (not a patient); PNF rhythmic initiation into D1 flexion, half-kneel to stand, step-ups; R hemiparesis recruitment and timing; Fugl-Meyer and a count; 23 min: passes.
        ["v1-h197-npnr-one-on-one-interpreter-by-video"] = new(
            """
            TheraVoice Assist | Ninigret Pond Neuro Rehab — Charlestown, RI
            Clinician: Marisol Tavares, PT, NCS
            Chief concern: The patient reports, through the interpreter, that his right leg "does not obey" on the stairs up to the fishing co-op loft.
            Service: Neuromuscular re-education — 97112 — 23 min
            Interventions performed:
            • PNF rhythmic initiation into right lower-extremity D1 flexion, passive to active-assisted to resisted
            • Half-kneeling to standing with facilitation at the right hip
            • Forward step-ups onto a 4-inch step leading with the right leg, tactile cues at the knee
            Impairment addressed: Right hemiparesis with poor motor recruitment and timing of the hip and knee flexors.
            Standardized measure: Fugl-Meyer lower extremity  Score: 22/34; step-ups 7 of 10 without knee hyperextension
            Clinician time attestation: The service was delivered one-on-one for the full time billed; a Portuguese medical interpreter joined by video.
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // TheraVoice KPOR, Wes Oberle: the neighbour "who also comes to this clinic" is only talked about; "She was the therapist's only patient for the session, one-on-one throughout"; curb step-downs to foam, tandem on a half roll with head turns, pelvic perturbations; R ankle proprioception; SLS and a count; 22 min: passes.
        ["v1-h197-konza-only-patient-neighbour-talked-about"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Wes Oberle, PT
            Chief concern: The patient mentioned that her neighbor, who also comes to this clinic for his shoulder, talked her into coming; she says the ground "tilts" when she steps off the church curb.
            Service: Neuromuscular re-education — 97112 — 22 min
            Clinician time attestation: She was the therapist's only patient for the session, one-on-one throughout.
            Interventions performed:
            • Step-downs from a 6-inch curb block onto the Airex pad with a stick landing
            • Tandem stance on a half foam roll with head turns
            • Lateral perturbations at the pelvis in staggered stance
            Impairment addressed: Reduced right ankle proprioception after the sprain, with a delayed ankle strategy.
            Standardized measure: Single-leg stance  Score: right 7 seconds, left 18 seconds; 6 of 10 step-downs stuck without a touch-down
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["S93.401D", "R26.81"], [PT("97112", 22)], []),

        // Quillstone PSSP, Keisha Bynum (PTA): "alternated between this patient and another patient on the adjacent mat table during this block": not one-on-one; BOSU, rocker perturbations, hops; L ankle proprioception; Y-Balance and hops: one-on-one missing.
        ["v1-h197-pssp-pta-alternated-adjacent-mat"] = new(
            """
            ## Daily Note
            **Clinic:** Pamlico Sound Sports & Spine PT — Washington, NC
            **Clinician:** Keisha Bynum, PTA (supervising PT: Hollis Tate, PT, DPT)

            ### Subjective
            The patient, a crab-pot fisherman, reported that his left ankle still "gives" when the deck rolls.

            ### Interventions
            - Neuromuscular re-education (97112), 22 minutes. The PTA alternated between this patient and another patient on the adjacent mat table during this block.
              - Single-leg stance on the BOSU with ball toss
              - Perturbation training on the rocker board with pushes at the pelvis
              - Lateral hops to a stick landing

            ### Assessment
            Left ankle proprioceptive deficit and a delayed peroneal response after recurrent sprains. Y-Balance anterior reach left 58 cm (right 66 cm); 7 of 10 hops stuck.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["S93.402D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // TheraVoice KPOR, Lacey Nguyen (PTA): "completed this portion in the Tuesday balance group with three other participants while the therapist circulated": not one-on-one; foam reaching, hurdles, tandem with head turns; neuropathy; FSST and tandem: one-on-one missing.
        ["v1-h197-konza-tuesday-balance-group-circulated"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Lacey Nguyen, PTA (supervising PT: Wes Oberle, PT)
            Chief concern: The patient, a wheat farmer, says his feet feel "like wood" on the grain-bin ladder.
            Service: Neuromuscular re-education — 97112 — 23 min
            Clinician time attestation: The patient completed this portion in the Tuesday balance group with three other participants while the therapist circulated among them.
            Interventions performed:
            • Standing on foam reaching to targets outside the base of support
            • Stepping over a row of hurdles forward and sideways
            • Tandem walking with head turns
            Impairment addressed: Somatosensory loss in both feet from peripheral neuropathy, with impaired postural control.
            Standardized measure: Four Square Step Test  Score: 14.6 seconds; tandem stance 8 seconds
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["G62.9", "R26.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // Clarion CCBV, Ingrid Nakamura: a complete concussion note (busy-background gaze work, optokinetic on foam, head-turn walking with ball; visual-vestibular mismatch; VOMS and FGA; "Approximately 24 minutes … (97112)") that never says one-on-one: one-on-one missing.
        ["v1-h197-ccbv-wrestler-never-says-one-on-one"] = new(
            """
            CLARION AMBIENT — VISIT NOTE
            Clearwater Canyon Balance & Vestibular · Orofino, Idaho
            Clinician: Ingrid Nakamura, PT

            SESSION SUMMARY
            The patient, a high-school wrestler, reported that the gym lights and the crowd noise still make him feel "off" at tournaments. The therapist provided gaze stabilization with head turns against a busy checkerboard background, optokinetic video while standing on foam, and walking with head turns while catching and throwing a ball.

            FINDINGS
            Visual-vestibular mismatch with impaired gaze stability after the concussion. Vestibular/Ocular Motor Screening provoked symptoms with horizontal VOR; Functional Gait Assessment 24/30.

            TIME STATEMENT
            Approximately 24 minutes were spent on neuromuscular re-education (97112).

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Ingrid Nakamura, PT.
            """,
            ["S06.0X0D"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Quillstone SVH, Tomás Archuleta (PTA): the AI's "The PTA provided one-on-one treatment." edited "[Edited by T.A., PTA: not one-on-one — I was also supervising Mr. Ortega on the recumbent stepper during this block.]": the edit stands — one-on-one missing; Parkinson's stepping work, Mini-BESTest.
        ["v1-h197-svh-edit-not-one-on-one-ortega-on-stepper"] = new(
            """
            ## Daily Treatment Note — Outpatient Rehabilitation
            **Facility:** Saguache Valley Hospital, Center
            **Clinician:** Tomás Archuleta, PTA (supervising PT: Rosa Valdez, PT)

            ### Subjective
            The patient, a retired potato-cellar foreman, reported that his feet "stick" when he turns at the barn door.

            ### Interventions
            - Neuromuscular re-education (97112) — 22 minutes. The PTA provided one-on-one treatment. [Edited by T.A., PTA: not one-on-one — I was also supervising Mr. Ortega on the recumbent stepper during this block.]
              - Large-amplitude stepping to floor targets
              - Backward stepping to a release from lean
              - Turning in place to a metronome cue

            ### Assessment
            Impaired postural control with small, slow compensatory steps and freezing on turns, Parkinson's disease. Mini-BESTest 18/28.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["G20.A1"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // Clarion VRHT, Joe Koski (PTA): "worked with Mrs. Halvorsen and her husband, who is also on the PTA's caseload, together in their living room, taking turns": another patient in the block — one-on-one missing; counter side-steps, broom-handle steps, cushion eyes closed; somatosensory loss; Berg and tandem.
        ["v1-h197-vrht-husband-also-on-caseload-taking-turns"] = new(
            """
            CLARION AMBIENT — HOME VISIT NOTE
            Vermilion Range Home Therapy · Tower, Minnesota
            Clinician: Joe Koski, PTA (supervising PT: Annika Lindgren, PT)

            SESSION SUMMARY
            The PTA worked with Mrs. Halvorsen and her husband, who is also on the PTA's caseload, together in their living room, taking turns on the balance exercises. Mrs. Halvorsen practiced side-stepping along the kitchen counter, stepping over a broom handle laid on the floor, and standing on a folded couch cushion with eyes closed.

            ASSESSMENT
            Decreased somatosensory input in both feet with a wide-based, unsteady gait; she relies on vision and sways when the lights are low. Berg Balance Scale 39/56; tandem stance 4 seconds.

            TIME STATEMENT
            Neuromuscular re-education (97112): 23 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Joe Koski, PTA.
            """,
            ["R26.81", "G62.9"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: boxes, placeholders and struck text as the scribe and the therapist leave them

        // TheraVoice NPNR, Brendan Quinlan (PTA): "Delivery mode: ☑ One-on-one ☐ Concurrent ☐ Group"; feet-together foam eyes closed, heel-to-toe along the wall, joint-position matching; proprioceptive loss from cervical myelopathy; mCTSIB and Berg; 22 min: passes.
        ["v2-h197-npnr-delivery-one-on-one-ticked"] = new(
            """
            TheraVoice Assist | Ninigret Pond Neuro Rehab — Charlestown, RI
            Clinician: Brendan Quinlan, PTA (supervising PT: Marisol Tavares, PT, NCS)
            Chief concern: The patient, a retired ferry deckhand, says he has to watch his feet on the dock planks since the neck surgery.
            Service: Neuromuscular re-education — 97112 — 22 min
            Delivery mode: ☑ One-on-one ☐ Concurrent ☐ Group
            Interventions performed:
            • Standing feet together on foam with eyes closed, then with head turns
            • Heel-to-toe walking along the wall with fingertip touch
            • Knee and ankle joint-position matching with eyes closed
            Impairment addressed: Impaired proprioception in both legs with a broad-based, stiff gait from cervical myelopathy, status post decompression.
            Standardized measure: mCTSIB condition 4  Score: 7 seconds; Berg Balance Scale 44/56
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["M47.12"], [PTA("97112", 22)], []),

        // TheraVoice KPOR, Wes Oberle: "Delivery mode: ☐ One-on-one ☐ Concurrent ☐ Group" with nothing ticked and no other statement: one-on-one missing; foam eyes closed, head-nod walking, gaze stabilisation; bilateral vestibular hypofunction; DGI and mCTSIB.
        ["v2-h197-konza-delivery-nothing-ticked"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Wes Oberle, PT
            Chief concern: The patient reports the horizon "bounces" when she walks the pasture fence line and she cannot walk in the yard after dark.
            Service: Neuromuscular re-education — 97112 — 23 min
            Delivery mode: ☐ One-on-one ☐ Concurrent ☐ Group
            Interventions performed:
            • Standing on foam with eyes closed, feet together and then staggered
            • Walking the hallway with vertical head nods
            • Gaze stabilization with horizontal head turns holding a business card at arm's length
            Impairment addressed: Bilateral vestibular hypofunction with oscillopsia and reliance on vision in the dark.
            Standardized measure: Dynamic Gait Index  Score: 15/24; mCTSIB condition 4 4 seconds
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["H81.23"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // TheraVoice NPNR, Marisol Tavares: "Delivery mode: [AI: not determined from audio — clinician to complete]" left unedited: one-on-one missing; heel and toe walking at the bars, foam beam eyes closed, joint-position reproduction; GBS proprioception and dorsiflexor control; Berg and error degrees.
        ["v2-h197-npnr-delivery-placeholder-left"] = new(
            """
            TheraVoice Assist | Ninigret Pond Neuro Rehab — Charlestown, RI
            Clinician: Marisol Tavares, PT, NCS
            Chief concern: The patient reports her feet "feel like they are in thick socks" and she stumbles on the beach stairs.
            Service: Neuromuscular re-education — 97112 — 24 min
            Delivery mode: [AI: not determined from audio — clinician to complete]
            Interventions performed:
            • Heel walking and toe walking along the parallel bars
            • Standing on the foam beam with eyes closed
            • Ankle joint-position reproduction with eyes closed
            Impairment addressed: Impaired proprioception in both feet and ankles and poor motor control of the ankle dorsiflexors in recovery from Guillain-Barré syndrome.
            Standardized measure: Berg Balance Scale  Score: 45/56; ankle joint-position error 8 degrees on the right
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["G61.0"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // TheraVoice KPOR, Lacey Nguyen (PTA): the same placeholder edited "[Edited by L.N., PTA: one-on-one for the whole block; the aide was setting up the next room]" (staff, not a patient); mirror weight shift, scale-cued sit-to-stand, L step-ups to load the R; R hemiparesis weight acceptance; weight-bearing % and Berg; 22 min: passes.
        ["v2-h197-konza-placeholder-edited-to-one-on-one"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Lacey Nguyen, PTA (supervising PT: Wes Oberle, PT)
            Chief concern: The patient reports he still "hangs on the left side" when he stands at the workbench.
            Service: Neuromuscular re-education — 97112 — 22 min
            Delivery mode: [AI: not determined from audio — clinician to complete] [Edited by L.N., PTA: one-on-one for the whole block; the aide was setting up the next room]
            Interventions performed:
            • Weight shifting onto the right leg in standing with a mirror for visual feedback
            • Sit-to-stand with a bathroom scale under each foot to cue equal weight bearing
            • Stepping the left foot up onto a 4-inch step to load the right leg
            Impairment addressed: Right hemiparesis with reduced weight acceptance on the right and poor postural control in stance.
            Standardized measure: Weight bearing on the right in quiet standing  Score: 38% of body weight (31% last week); Berg Balance Scale 43/56
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["I69.351"], [PTA("97112", 22)], []),

        // Quillstone PSSP, Hollis Tate: "~~The therapist provided one-on-one treatment.~~ [Edited by H.T., PT: struck — two patients on the turf during this block, I worked them both.]": one-on-one missing; light-board cutting, BOSU squats with band perturbations, drop landings; R ACL knee control; hop and landings.
        ["v2-h197-pssp-one-on-one-sentence-struck"] = new(
            """
            ## Daily Note
            **Clinic:** Pamlico Sound Sports & Spine PT — Washington, NC
            **Clinician:** Hollis Tate, PT, DPT, SCS

            ### Subjective
            The patient, a shrimp-boat deckhand, reported that his right knee feels "loose" when he pivots on the wet deck.

            ### Interventions
            - Neuromuscular re-education (97112) — 23 minutes
              - ~~The therapist provided one-on-one treatment.~~ [Edited by H.T., PT: struck — two patients on the turf during this block, I worked them both.]
              - Reactive cutting to a light board
              - Single-leg squats on the BOSU with band perturbations at the knee
              - Drop landings from a 12-inch box to a stick

            ### Assessment
            Poor dynamic knee control and delayed hamstring activation after the right ACL reconstruction. Single-leg hop right 121 cm (86% of left); 8 of 10 landings without valgus.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["S83.511D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // TheraVoice NPNR, Marisol Tavares: the AI ticked "☑ Group", edited "[Edited by M.T., PT: wrong — the AI heard the class next door; she was my only patient, one-on-one throughout.]": the edit stands; backward walking from a lean, dual-task stepping, metronome turns; freezing and stepping timing; counts and Mini-BESTest; 23 min: passes.
        ["v2-h197-npnr-group-corrected-to-one-on-one"] = new(
            """
            TheraVoice Assist | Ninigret Pond Neuro Rehab — Charlestown, RI
            Clinician: Marisol Tavares, PT, NCS
            Chief concern: The patient reports she "freezes" in the doorway of the church hall when people are behind her.
            Service: Neuromuscular re-education — 97112 — 23 min
            Delivery mode: ☐ One-on-one ☐ Concurrent ☑ Group [Edited by M.T., PT: wrong — the AI heard the class next door; she was my only patient, one-on-one throughout.]
            Interventions performed:
            • Backward walking starting from a release from lean
            • Dual-task stepping over cones while naming animals
            • Turning in place to a metronome beat
            Impairment addressed: Impaired timing and sequencing of stepping, with freezing at turns and doorways, Parkinson's disease.
            Standardized measure: Mini-BESTest  Score: 20/28; freezing during 4 of 10 doorway passes
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // TheraVoice KPOR, Wes Oberle: "Standardized measure: ______  Score: ______" and no number anywhere but the code and its minutes: measure missing; one-on-one ticked, rocker board, foam-beam tandem, single-leg ball catches, L ankle proprioception present.
        ["v2-h197-konza-measure-fields-blank"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Wes Oberle, PT
            Chief concern: The patient reports her left ankle "wobbles" on the gravel lot at the grain elevator.
            Service: Neuromuscular re-education — 97112 — 22 min
            Delivery mode: ☑ One-on-one ☐ Concurrent ☐ Group
            Interventions performed:
            • Rocker board anterior-posterior with eyes closed
            • Tandem walking on the foam beam
            • Catching a ball in single-leg stance on the left
            Impairment addressed: Reduced left ankle proprioception after the sprain, with a late ankle strategy.
            Standardized measure: ______  Score: ______
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // TheraVoice KPOR, Lacey Nguyen (PTA): the same fields filled, "Standardized measure: Functional Gait Assessment  Score: 19/30"; one-on-one ticked; foam step-ups eyes closed, rocker mini-squats with perturbations, retro treadmill walking; R knee proprioception after TKA; 23 min: passes.
        ["v2-h197-konza-measure-fields-filled"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Lacey Nguyen, PTA (supervising PT: Wes Oberle, PT)
            Chief concern: The patient reports she does not trust the new right knee on the bleacher steps at her grandson's games.
            Service: Neuromuscular re-education — 97112 — 23 min
            Delivery mode: ☑ One-on-one ☐ Concurrent ☐ Group
            Interventions performed:
            • Step-ups onto foam with eyes closed
            • Mini-squats on the rocker board with light perturbations at the pelvis
            • Retro walking on the treadmill at a slow speed with rail support
            Impairment addressed: Reduced right knee proprioception and postural control in single-leg stance after the right total knee replacement.
            Standardized measure: Functional Gait Assessment  Score: 19/30
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["Z96.651", "R26.81"], [PTA("97112", 23)], []),

        // TheraVoice NPNR, Brendan Quinlan (PTA): "Impairment addressed: [AI: not discussed in the recording — clinician to complete]" left, and nothing else names a deficit: deficit missing; one-on-one ticked, rocker perturbations, foam head turns, tandem eyes closed, Berg and tandem present.
        ["v2-h197-npnr-impairment-placeholder-left"] = new(
            """
            TheraVoice Assist | Ninigret Pond Neuro Rehab — Charlestown, RI
            Clinician: Brendan Quinlan, PTA (supervising PT: Marisol Tavares, PT, NCS)
            Chief concern: The patient reported she has been doing her exercises at home and feels "about the same."
            Service: Neuromuscular re-education — 97112 — 22 min
            Delivery mode: ☑ One-on-one ☐ Concurrent ☐ Group
            Interventions performed:
            • Perturbation training on the rocker board
            • Standing on foam with head turns
            • Tandem walking with eyes closed
            Impairment addressed: [AI: not discussed in the recording — clinician to complete]
            Standardized measure: Berg Balance Scale  Score: 47/56; tandem stance 10 seconds
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // TheraVoice NPNR, Marisol Tavares: technique boxes "☑ Gaze stabilization ☐ PNF ☑ Perturbation training ☐ Rhythmic stabilization ☑ Compliant surface" carry the techniques; one-on-one ticked; R vestibular hypofunction; DGI and DVA; 23 min: passes.
        ["v2-h197-npnr-technique-boxes-ticked"] = new(
            """
            TheraVoice Assist | Ninigret Pond Neuro Rehab — Charlestown, RI
            Clinician: Marisol Tavares, PT, NCS
            Chief concern: The patient reports the grocery aisles still "swim" when she turns her head to read the shelves.
            Service: Neuromuscular re-education — 97112 — 23 min
            Delivery mode: ☑ One-on-one ☐ Concurrent ☐ Group
            Techniques: ☑ Gaze stabilization ☐ PNF ☑ Perturbation training ☐ Rhythmic stabilization ☑ Compliant surface
            Interventions performed:
            • Progressed to eyes closed on the compliant surface
            Impairment addressed: Right vestibular hypofunction with postural instability on compliant surfaces.
            Standardized measure: Dynamic Gait Index  Score: 18/24; dynamic visual acuity 2-line loss
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // TheraVoice KPOR, Lacey Nguyen (PTA): "Delivery mode: ☐ One-on-one ☑ Concurrent ☐ Group": one-on-one missing; foam reaching, side-steps over half rolls, nudged stepping reactions; postural control after the R hip fracture; functional reach and Berg.
        ["v2-h197-konza-concurrent-ticked"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Lacey Nguyen, PTA (supervising PT: Wes Oberle, PT)
            Chief concern: The patient reports she is afraid of falling again when she reaches into the chest freezer in the garage.
            Service: Neuromuscular re-education — 97112 — 22 min
            Delivery mode: ☐ One-on-one ☑ Concurrent ☐ Group
            Interventions performed:
            • Standing on foam reaching to targets outside the base of support
            • Side-stepping over half foam rolls
            • Stepping reactions to a nudge at the pelvis
            Impairment addressed: Impaired postural control and a slow stepping reaction to the right after the right hip fracture.
            Standardized measure: Functional reach  Score: 7 inches; Berg Balance Scale 42/56
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["S72.001D", "R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // TheraVoice KPOR, Wes Oberle 97110: "Assistance: ☐ Independent ☑ Supervision ☐ Contact guard ☐ Minimal" beside sit-to-stands, banded hip abduction and step-ups with sets; L hip and knee extensor weakness after the L THA with a pew goal; 18 min: passes.
        ["v2-h197-konza-97110-assistance-box-ticked"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Wes Oberle, PT
            Chief concern: The patient reports he still pushes on the pew in front to stand up at Mass.
            Service: Therapeutic exercise — 97110 — 18 min
            Delivery mode: ☑ One-on-one ☐ Concurrent ☐ Group
            Assistance: ☐ Independent ☑ Supervision ☐ Contact guard ☐ Minimal
            Interventions performed:
            • Sit-to-stand from a 17-inch chair without hands, 3 x 10
            • Standing hip abduction with a red band, 3 x 12 each side
            • Step-ups onto a 6-inch step leading with the left, 2 x 10
            Impairment addressed: Left hip and knee extensor weakness after the left total hip replacement; goal to stand up from the pew without pushing on the pew in front.
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["Z96.642"], [PT("97110", 18)], []),

        // ---------------------------------------------------------------- class 3: named programmes and techniques, and a programme's level alone

        // Clarion CCBV, Ingrid Nakamura: Cawthorne-Cooksey exercises spelled out (eye and head movements, bending to pick up objects, ball toss above eye level); "treated one-on-one"; L vestibular hypofunction with motion-provoked dizziness; MSQ and DGI; 23 min: passes.
        ["v3-h197-ccbv-cawthorne-cooksey"] = new(
            """
            CLARION AMBIENT — VISIT NOTE
            Clearwater Canyon Balance & Vestibular · Orofino, Idaho
            Clinician: Ingrid Nakamura, PT

            SESSION SUMMARY
            The patient, a hardware-store clerk, reported that bending to stock the bottom shelves still brings on the spinning feeling. The patient was treated one-on-one. The therapist took her through Cawthorne-Cooksey exercises: eye movements up and down and side to side, slowly and then quickly; head movements with eyes open and then closed; bending forward to pick objects off the floor; and tossing a ball from hand to hand above eye level while standing.

            FINDINGS
            Left vestibular hypofunction with motion-provoked dizziness on bending and quick head turns. Motion Sensitivity Quotient 22 (38 at evaluation); Dynamic Gait Index 19/24.

            TIME STATEMENT
            Neuromuscular re-education (97112): 23 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Ingrid Nakamura, PT.
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // Quillstone SVH, Rosa Valdez: perturbation-based balance training on the ActiveStep treadmill (unannounced belt accelerations), "Delivered one-on-one"; impaired reactive postural control with falls; trips recovered with one step and TUG; 24 min: passes.
        ["v3-h197-svh-perturbation-treadmill-activestep"] = new(
            """
            ## Daily Treatment Note — Outpatient Rehabilitation
            **Facility:** Saguache Valley Hospital, Center
            **Clinician:** Rosa Valdez, PT

            ### Subjective
            The patient, a retired rancher, reported three falls this year, each one a trip over a hose or a lead rope in the barn.

            ### Interventions
            - Neuromuscular re-education (CPT 97112) — 24 minutes. Delivered one-on-one.
              - Perturbation-based balance training on the ActiveStep treadmill: unannounced forward and backward belt accelerations while walking, progressing from harness-caught to self-recovered responses
              - Forward and lateral stepping reactions to a release from lean

            ### Assessment
            Slow, short compensatory steps with impaired reactive postural control and a history of falls. Recovered with a single step on 7 of 12 backward trips (4 of 12 at the first session); Timed Up and Go 12.1 seconds.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["R29.6", "Z91.81"], [PT("97112", 24)], []),

        // TheraVoice NPNR, Farah Siddiqui (OT) 97112: mirror therapy for the L hand and graded texture discrimination; one-on-one ticked; L upper-limb motor recruitment and sensation after the stroke; Box and Block and two-point discrimination; 22 min: passes.
        ["v3-h197-npnr-ot-mirror-therapy"] = new(
            """
            TheraVoice Assist | Ninigret Pond Neuro Rehab — Charlestown, RI
            Clinician: Farah Siddiqui, OTR/L
            Chief concern: The patient reports her left hand "forgets" to let go of the coffee mug and she cannot feel the buttons on her coat.
            Service: Neuromuscular re-education — 97112 — 22 min
            Delivery mode: ☑ One-on-one ☐ Concurrent ☐ Group
            Interventions performed:
            • Mirror therapy: the patient watched the reflection of the right hand doing finger taps, opposition and wrist extension while attempting the same movements with the hidden left hand
            • Graded sensory discrimination of textures and coins in the left palm with vision occluded
            Impairment addressed: Left upper-extremity hemiparesis with impaired motor recruitment of the finger and wrist extensors and reduced sensation after the stroke.
            Standardized measure: Box and Block Test  Score: left 14 blocks (right 48); two-point discrimination left index 9 mm
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["I69.334"], [OT("97112", 22)], []),

        // Quillstone PSSP, Hollis Tate 97140: Kaltenborn grade III inferior glides, muscle energy technique for the posterior capsule, STM to infraspinatus; R shoulder capsular hypomobility; flexion and ER degrees; "Manual therapy (97140) — 12 minutes": passes.
        ["v3-h197-pssp-kaltenborn-glides-muscle-energy"] = new(
            """
            ## Daily Note
            **Clinic:** Pamlico Sound Sports & Spine PT — Washington, NC
            **Clinician:** Hollis Tate, PT, DPT, SCS

            ### Subjective
            The patient reported that she still cannot reach the top shelf of the bait-shop cooler with her right arm.

            ### Interventions
            - Manual therapy (97140) — 12 minutes
              - Kaltenborn grade III inferior glides of the right glenohumeral joint in the loose-packed position
              - Muscle energy technique for the posterior capsule, contract-relax into horizontal adduction
              - Soft-tissue mobilization to the right infraspinatus and teres minor

            ### Assessment
            Right shoulder capsular hypomobility with limited elevation and rotation, adhesive capsulitis in the thawing phase. Flexion 128° before and 141° after; external rotation 35° before and 44° after.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["M75.01"], [PT("97140", 12)], []),

        // Quillstone PSSP, Keisha Bynum (PTA) 97110: Nordic hamstring curls, Copenhagen adductor planks and single-leg RDLs with sets, holds and load; R hamstring strength deficit after a grade II strain, club soccer goal; 16 min: passes.
        ["v3-h197-pssp-nordic-curls-copenhagen-planks"] = new(
            """
            ## Daily Note
            **Clinic:** Pamlico Sound Sports & Spine PT — Washington, NC
            **Clinician:** Keisha Bynum, PTA (supervising PT: Hollis Tate, PT, DPT)

            ### Subjective
            The patient, a club soccer midfielder, reported no pain with jogging and a "tight pull" only on long passes.

            ### Interventions
            - Therapeutic exercise (97110) — 16 minutes
              - Nordic hamstring curls, 3 x 5, partner holding the heels
              - Copenhagen adductor planks (short lever), 3 x 20-second holds each side
              - Single-leg Romanian deadlifts with a 20 lb kettlebell, 3 x 8 each leg

            ### Assessment
            Right hamstring strength deficit after the grade II strain; goal to return to full club matches.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["S76.311D"], [PTA("97110", 16)], []),

        // Quillstone SVH, Tomás Archuleta (PTA) 97116: gait training with rhythmic auditory cueing (metronome at 100 then 110 bpm), cues for heel strike and arm swing, cone course at the cued cadence; shuffling festinating gait in Parkinson's; 10MWT and distance with SBA; 22 min: passes.
        ["v3-h197-svh-rhythmic-auditory-cueing-gait"] = new(
            """
            ## Daily Treatment Note — Outpatient Rehabilitation
            **Facility:** Saguache Valley Hospital, Center
            **Clinician:** Tomás Archuleta, PTA (supervising PT: Rosa Valdez, PT)

            ### Subjective
            The patient, a chile roaster at the family stand, reported that he "runs away with himself" walking down the hospital ramp.

            ### Interventions
            - Gait training (CPT 97116) — 22 minutes
              - Rhythmic auditory cueing: overground walking to a metronome at 100 bpm, then 110 bpm, with cues for heel strike and arm swing
              - Walking a cone course at the cued cadence, including turns and the ramp

            ### Assessment
            Shuffling, short-step gait with festination on the ramp, Parkinson's disease. 10-meter walk 0.86 m/s (0.71 m/s at evaluation); 400 feet with no device and stand-by assistance.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["G20.A1", "R26.89"], [PTA("97116", 22)], []),

        // EchoChart TVHR, Evan Ruelas (PT) 97530: car-transfer practice at the car simulator and floor recovery by backward chaining; L knee weakness after TKA with a pickup-truck and garage-floor goal; transfers with SBA and floor recoveries with min assist; 19 min: passes.
        ["v3-h197-tvhr-pt-97530-car-transfer-floor-recovery"] = new(
            """
            EchoChart Scribe · Tanque Verde Hand & Rehab · Tucson, AZ
            Treating clinician: Evan Ruelas, PT

            Reason for visit ▸ The patient, a desert-landscaping foreman, wants to climb into his pickup and get up off the garage floor after working under the mower.
            Services & time ▸ 97530 Therapeutic activities · 19 min
            What the patient did ▸ Car transfer practice at the clinic's car simulator with the seat raised to the height of his truck; floor recovery taught by backward chaining — half-kneel to tall kneel to side-sit to the floor, then reversing the sequence to stand.
            Findings ▸ Left knee weakness and limited knee flexion after the left total knee replacement. He completed 5 car transfers with stand-by assistance and 3 floor recoveries with minimal assistance of one.
            Plan ▸ Floor recovery without the chair next visit.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["Z96.652"], [PT("97530", 19)], []),

        // TheraVoice KPOR, Lacey Nguyen (PTA): "• SureFooting program, level 4 — completed all stations" as the only technique; one-on-one ticked, postural control and ankle proprioception, Berg and TUG: technique missing.
        ["v3-h197-konza-surefooting-level-four-only"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Lacey Nguyen, PTA (supervising PT: Wes Oberle, PT)
            Chief concern: The patient reports she has not fallen since the last visit and is walking to the post office again.
            Service: Neuromuscular re-education — 97112 — 22 min
            Delivery mode: ☑ One-on-one ☐ Concurrent ☐ Group
            Interventions performed:
            • SureFooting program, level 4 — completed all stations
            Impairment addressed: Impaired postural control with reduced ankle proprioception bilaterally.
            Standardized measure: Berg Balance Scale  Score: 46/56; Timed Up and Go 11.9 seconds
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // EchoChart KRPT, Raymond Kowalczyk (PTA): "Steady Steps circuit, card C, as set up by the PT" as the only technique; one-on-one, late stepping strategy, Berg and TUG: technique missing.
        ["v3-h197-krpt-steady-steps-card-c-only"] = new(
            """
            EchoChart Scribe · Kittatinny Ridge Physical Therapy · Stroudsburg, PA
            Treating clinician: Raymond Kowalczyk, PTA (supervising PT: Bridget Szabo, PT)

            Reason for visit ▸ The patient, a ski-lodge cook, reports he feels steadier in the kitchen but still grabs the counter when he turns quickly.
            Services & time ▸ 97112 Neuromuscular re-education · 23 min
            What the patient did ▸ The PTA worked one-on-one with the patient for the full time. Steady Steps circuit, card C, as set up by the PT.
            Findings ▸ Decreased postural control with a late stepping strategy on quick turns. Berg Balance Scale 44/56; Timed Up and Go 13.9 seconds.
            Plan ▸ Move to card D when ready.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["R26.81"], [PTA("97112", 23)], [At(Tech, "97112")]),

        // Clarion CCBV, Dale Whitehorse: the AI wrote perturbation training on foam and tandem walking with head turns as done; the edit "[Edited by D.W., PT: … only discussed … for next week; today she repeated the Canyon Balance ladder, rung 3.]" leaves a programme rung only: technique missing; one-on-one, deficit, Berg and FGA present.
        ["v3-h197-ccbv-edit-only-discussed-ladder-rung"] = new(
            """
            CLARION AMBIENT — VISIT NOTE
            Clearwater Canyon Balance & Vestibular · Orofino, Idaho
            Clinician: Dale Whitehorse, PT, DPT

            SESSION SUMMARY
            The patient, who teaches at the grade school, reported that she no longer needs the wall in the hallway between classes. The patient was treated one-on-one. The therapist provided perturbation training on foam and tandem walking with head turns. [Edited by D.W., PT: we only discussed perturbation training and tandem walking for next week; today she repeated the Canyon Balance ladder, rung 3.]

            FINDINGS
            Impaired postural control and a delayed ankle strategy with bilateral somatosensory loss. Berg Balance Scale 48/56; Functional Gait Assessment 22/30.

            TIME STATEMENT
            Neuromuscular re-education (97112): 22 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Dale Whitehorse, PT, DPT.
            """,
            ["R26.81", "G62.9"], [PT("97112", 22)], [At(Tech, "97112")]),

        // EchoChart KRPT, Bridget Szabo: dual-task training (hallway walking counting back by threes, hurdles while naming grocery items, foam stance sorting cards); "one-on-one throughout"; postural control under cognitive load after concussion; dual-task TUG cost; 22 min: passes.
        ["v3-h197-krpt-dual-task-training"] = new(
            """
            EchoChart Scribe · Kittatinny Ridge Physical Therapy · Stroudsburg, PA
            Treating clinician: Bridget Szabo, PT

            Reason for visit ▸ The patient, a middle-school bus driver, reports that she loses her balance when she talks while walking the aisle to check the seats.
            Services & time ▸ 97112 Neuromuscular re-education · 22 min
            What the patient did ▸ The therapist worked one-on-one with the patient throughout. Dual-task training: walking the hallway while counting backward by threes, stepping over hurdles while naming grocery items, and standing on foam while sorting playing cards by suit.
            Findings ▸ Impaired postural control under cognitive load after the concussion; she slows and veers when given a second task. Dual-task Timed Up and Go 14.8 seconds against 10.2 seconds single-task (31% dual-task cost).
            Plan ▸ Add head turns to the dual-task walking.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // Clarion VRHT, Annika Lindgren: PNF chop and lift in sitting and half-kneeling, rhythmic stabilisation in tall kneeling, stabilising reversals at the counter; "Care was one-on-one; her son moved the furniture"; trunk control and posterior lean after stroke; TIS and Berg; 22 min: passes.
        ["v3-h197-vrht-pnf-chop-lift-stabilising-reversals"] = new(
            """
            CLARION AMBIENT — HOME VISIT NOTE
            Vermilion Range Home Therapy · Tower, Minnesota
            Clinician: Annika Lindgren, PT

            SESSION SUMMARY
            The patient reported that she slides back in her chair at the supper table and has to be pulled forward. Care was one-on-one; her son moved the furniture to clear the living room floor. The therapist provided PNF chop and lift patterns for the trunk in sitting and half-kneeling, rhythmic stabilization in tall kneeling at the couch, and stabilizing reversals in standing at the kitchen counter.

            ASSESSMENT
            Impaired trunk control with a posterior lean in sitting and standing after the stroke. Trunk Impairment Scale 14/23; Berg Balance Scale 38/56.

            TIME STATEMENT
            Neuromuscular re-education (97112): 22 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Annika Lindgren, PT.
            """,
            ["I69.398", "R26.89"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings in the AI's paraphrase, and none stated

        // Quillstone PSSP, Keisha Bynum (PTA): "her right ankle 'rolls' on the oyster-shell driveway … reduced right ankle proprioception with a joint-position error of 7 degrees"; BAPS level 3, pillow stance with ball toss, step-downs; "provided one-on-one"; SLS; 22 min: passes.
        ["v4-h197-pssp-ankle-rolls-on-oyster-shell-drive"] = new(
            """
            ## Daily Note
            **Clinic:** Pamlico Sound Sports & Spine PT — Washington, NC
            **Clinician:** Keisha Bynum, PTA (supervising PT: Hollis Tate, PT, DPT)

            ### Subjective
            The patient reported that her right ankle "rolls" on the oyster-shell driveway when she carries the groceries in.

            ### Interventions
            - Neuromuscular re-education (97112) — 22 minutes. Treatment was provided one-on-one.
              - BAPS board level 3, clockwise and counter-clockwise
              - Single-leg stance on a pillow with ball toss
              - Lateral step-downs from a 6-inch step to a stick landing

            ### Assessment
            Examination showed reduced right ankle proprioception with a joint-position error of 7 degrees into inversion, and a delayed peroneal response. Single-leg stance right 12 seconds (left 30 seconds).

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["S93.401D", "M25.371"], [PTA("97112", 22)], []),

        // Clarion CCBV, Dale Whitehorse: "He described the floor 'moving' when he looks up to the top shelves … consistent with bilateral vestibular hypofunction with visual dependence"; vertical X1, foam with head movements, walking looking up at targets; one-on-one; DGI and mCTSIB; 23 min: passes.
        ["v4-h197-ccbv-floor-moves-looking-up"] = new(
            """
            CLARION AMBIENT — VISIT NOTE
            Clearwater Canyon Balance & Vestibular · Orofino, Idaho
            Clinician: Dale Whitehorse, PT, DPT

            SESSION SUMMARY
            He described the floor "moving" when he looks up to the top shelves at the feed store. The therapist's findings were consistent with bilateral vestibular hypofunction with visual dependence. The session was one-on-one with the therapist.

            The therapist provided vertical X1 gaze stabilization with a target on the wall, standing on foam with vertical head movements, and walking while looking up at targets taped high on the hallway wall.

            FINDINGS
            Dynamic Gait Index 16/24; mCTSIB condition 4 (foam, eyes closed) loss of balance at 6 seconds.

            TIME STATEMENT
            Neuromuscular re-education (97112): 23 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Dale Whitehorse, PT, DPT.
            """,
            ["H81.23"], [PT("97112", 23)], []),

        // TheraVoice KPOR, Wes Oberle: "Impaired timing and sequencing of the stepping response, with small, delayed steps when pulled backward"; release from lean, cued stepping to targets, large-amplitude turns; one-on-one ticked; pull test and Mini-BESTest; 22 min: passes.
        ["v4-h197-konza-timing-and-sequencing-of-stepping"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Wes Oberle, PT
            Chief concern: The patient reports he "tips backward" when he opens the heavy door of the co-op office.
            Service: Neuromuscular re-education — 97112 — 22 min
            Delivery mode: ☑ One-on-one ☐ Concurrent ☐ Group
            Interventions performed:
            • Release from lean, backward and lateral
            • Stepping to floor targets on a verbal cue
            • Large-amplitude turning in both directions
            Impairment addressed: Impaired timing and sequencing of the stepping response, with small, delayed steps when pulled backward, Parkinson's disease.
            Standardized measure: Mini-BESTest  Score: 21/28; pull test 3 steps to recover
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // TheraVoice NPNR, Brendan Quinlan (PTA): "Truncal ataxia with a wide base of support and overshooting of the right leg after the cerebellar stroke"; ball-sitting rhythmic stabilisation, quadruped lifts, tandem at the rail; one-on-one ticked; SARA and consecutive tandem steps; 24 min: passes.
        ["v4-h197-npnr-truncal-ataxia"] = new(
            """
            TheraVoice Assist | Ninigret Pond Neuro Rehab — Charlestown, RI
            Clinician: Brendan Quinlan, PTA (supervising PT: Marisol Tavares, PT, NCS)
            Chief concern: The patient reports he "walks like he is on a boat" even on the kitchen floor.
            Service: Neuromuscular re-education — 97112 — 24 min
            Delivery mode: ☑ One-on-one ☐ Concurrent ☐ Group
            Interventions performed:
            • Rhythmic stabilization sitting on the therapy ball
            • Quadruped with alternating arm and leg lifts
            • Tandem walking along the wall rail with light touch
            Impairment addressed: Truncal ataxia with a wide base of support and overshooting of the right leg after the cerebellar stroke.
            Standardized measure: Scale for the Assessment and Rating of Ataxia  Score: 12/40; 6 consecutive tandem steps
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["I69.393"], [PTA("97112", 24)], []),

        // EchoChart TVHR, Graciela Montaño (OT) 97110: "Right wrist extensor and grip weakness after the Colles' fracture; she cannot lift the coffee pot one-handed"; dumbbell wrist extension, gripper, hammer rotation with sets; 17 min: passes.
        ["v4-h197-tvhr-ot-97110-wrist-extensor-weakness"] = new(
            """
            EchoChart Scribe · Tanque Verde Hand & Rehab · Tucson, AZ
            Treating clinician: Graciela Montaño, OTR/L, CHT

            Reason for visit ▸ The patient reports her right wrist "gives out" when she pours from the coffee pot.
            Services & time ▸ 97110 Therapeutic exercise · 17 min
            What the patient did ▸ Wrist extension with a 2 lb dumbbell, 3 x 12; hand gripper at the lightest setting, 3 x 10; forearm pronation and supination holding a hammer, 2 x 15.
            Findings ▸ Right wrist extensor and grip weakness after the Colles' fracture; she cannot lift the full coffee pot one-handed.
            Plan ▸ Add putty pinches.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["S52.531D"], [OT("97110", 17)], []),

        // Clarion VRHT, Joe Koski (PTA) 97530: the goal "to carry the laundry basket down the basement stairs and load the washer" as the target; basket on the stairs, washer from a kneeling bench, wet laundry to the dryer; trips with CGA and SBA; "Approximately 21 minutes … (97530)": passes.
        ["v4-h197-vrht-97530-laundry-down-the-basement-stairs"] = new(
            """
            CLARION AMBIENT — HOME VISIT NOTE
            Vermilion Range Home Therapy · Tower, Minnesota
            Clinician: Joe Koski, PTA (supervising PT: Annika Lindgren, PT)

            SESSION SUMMARY
            The patient said her goal is to carry the laundry basket down the basement stairs and load the washer herself again, as she did before the falls. The PTA provided therapeutic activities: carrying a half-full laundry basket down and up the basement stairs with the rail, loading and unloading the front-loading washer from a kneeling bench, and moving the wet laundry to the dryer.

            ASSESSMENT
            Bilateral leg weakness and slow stair negotiation with a load. She completed two round trips on the stairs with contact guard assistance and loaded the washer with stand-by assistance.

            TIME STATEMENT
            Approximately 21 minutes were spent on therapeutic activities (97530).

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Joe Koski, PTA.
            """,
            ["M62.81", "R26.89"], [PTA("97530", 21)], []),

        // Quillstone SVH, Rosa Valdez: "The patient tolerated the session well and is making progress toward her goals" and nothing names a deficit: deficit missing; one-on-one, tandem with head turns, foam eyes closed, hurdles to a stick, Berg and tandem present.
        ["v4-h197-svh-progress-toward-goals-no-deficit"] = new(
            """
            ## Daily Treatment Note — Outpatient Rehabilitation
            **Facility:** Saguache Valley Hospital, Center
            **Clinician:** Rosa Valdez, PT

            ### Subjective
            The patient reported that she has been doing her home program every day.

            ### Interventions
            - Neuromuscular re-education (CPT 97112) — 22 minutes, one-on-one
              - Tandem walking with head turns
              - Standing on foam with eyes closed
              - Stepping over hurdles to a stick landing

            ### Assessment
            The patient tolerated the session well and is making progress toward her goals. Berg Balance Scale 47/56 (43/56 at evaluation); tandem stance 14 seconds.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // EchoChart KRPT, Raymond Kowalczyk (PTA): "Reason for visit ▸ Scheduled follow-up." and "Findings ▸ No new findings." with scores: deficit missing; one-on-one, rocker board, foam with head turns, stepping reactions, Berg and TUG present.
        ["v4-h197-krpt-no-new-findings"] = new(
            """
            EchoChart Scribe · Kittatinny Ridge Physical Therapy · Stroudsburg, PA
            Treating clinician: Raymond Kowalczyk, PTA (supervising PT: Bridget Szabo, PT)

            Reason for visit ▸ Scheduled follow-up.
            Services & time ▸ 97112 Neuromuscular re-education · 22 min
            What the patient did ▸ One-on-one with the PTA for the full time: rocker board anterior-posterior and medial-lateral, standing on foam with head turns, and stepping reactions to pushes at the pelvis.
            Findings ▸ No new findings. Berg Balance Scale 45/56; Timed Up and Go 12.7 seconds.
            Plan ▸ Continue per the plan of care.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // Clarion VRHT, Joe Koski (PTA) 97116: gait training with the front-wheeled walker along the hallway and through the living room, cues for walker placement and turning, distance with CGA, and nothing naming a region, impairment or goal: deficit missing on the 97116.
        ["v4-h197-vrht-97116-route-and-walker-only"] = new(
            """
            CLARION AMBIENT — HOME VISIT NOTE
            Vermilion Range Home Therapy · Tower, Minnesota
            Clinician: Joe Koski, PTA (supervising PT: Annika Lindgren, PT)

            SESSION SUMMARY
            The PTA provided gait training with the front-wheeled walker along the hallway and back through the living room, with cues for walker placement and turning. The patient walked 220 feet with contact guard assistance.

            TIME STATEMENT
            Gait training (97116): 23 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Joe Koski, PTA.
            """,
            ["Z96.641"], [PTA("97116", 23)], [At(Deficit, "97116")]),

        // Quillstone PSSP, Hollis Tate: the AI's deficit "~~Findings are consistent with left vestibular hypofunction.~~ [Edited by H.T., PT: deleted — not vestibular; see eval.]" and nothing else names one: deficit missing; one-on-one, BOSU ball catches, bounds, rocker perturbations, Y-Balance and a count present.
        ["v4-h197-pssp-deficit-struck-see-eval"] = new(
            """
            ## Daily Note
            **Clinic:** Pamlico Sound Sports & Spine PT — Washington, NC
            **Clinician:** Hollis Tate, PT, DPT, SCS

            ### Subjective
            The patient, a college lacrosse player, reported no new complaints since the last visit.

            ### Interventions
            - Neuromuscular re-education (97112) — 23 minutes, one-on-one
              - Single-leg stance on the BOSU with ball catches
              - Lateral bounds to a stick landing
              - Perturbations on the rocker board

            ### Assessment
            ~~Findings are consistent with left vestibular hypofunction.~~ [Edited by H.T., PT: deleted — not vestibular; see eval.]
            Y-Balance composite 89%; 7 of 10 bounds stuck.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["S93.402D"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and none

        // Quillstone SVH, Tomás Archuleta (PTA): "The patient scored 44 out of 56 on the Berg Balance Scale, up from 39 out of 56"; stepping-strategy pushes, foam eyes closed, reaching on foam; neuropathy with a hip strategy only; "one-on-one"; 22 min: passes.
        ["v5-h197-svh-berg-44-out-of-56-in-a-sentence"] = new(
            """
            ## Daily Treatment Note — Outpatient Rehabilitation
            **Facility:** Saguache Valley Hospital, Center
            **Clinician:** Tomás Archuleta, PTA (supervising PT: Rosa Valdez, PT)

            ### Subjective
            The patient reported that she can feel the kitchen floor better in the mornings but loses it by supper.

            ### Interventions
            - Neuromuscular re-education (97112) — 22 minutes, one-on-one with the PTA
              - Stepping-strategy drills with pushes from behind
              - Standing on foam with eyes closed
              - Reaching out of the base of support while standing on foam

            ### Assessment
            Impaired postural control with only a hip strategy on foam, from bilateral somatosensory loss with diabetic neuropathy. The patient scored 44 out of 56 on the Berg Balance Scale, up from 39 out of 56 at evaluation.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // EchoChart KRPT, Bridget Szabo: "Timed Up and Go: 13.4 seconds, down from 16.0 seconds at evaluation"; PNF D2 arm patterns with weight shift, pelvic rhythmic stabilisation, hurdles; L hemiparesis weight shift; "one-on-one"; 23 min: passes.
        ["v5-h197-krpt-tug-down-from-evaluation"] = new(
            """
            EchoChart Scribe · Kittatinny Ridge Physical Therapy · Stroudsburg, PA
            Treating clinician: Bridget Szabo, PT

            Reason for visit ▸ The patient reports he still drags the left foot when he is tired after church.
            Services & time ▸ 97112 Neuromuscular re-education · 23 min
            What the patient did ▸ One-on-one with the therapist: PNF D2 flexion patterns for the left arm in standing with a weight shift onto the left leg, rhythmic stabilization at the pelvis in staggered stance, and stepping over a line of hurdles leading with the left.
            Findings ▸ Left hemiparesis with poor weight shift onto the left leg. Timed Up and Go: 13.4 seconds, down from 16.0 seconds at evaluation.
            Plan ▸ Add hurdles on foam.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // Clarion CCBV, Ingrid Nakamura: the four mCTSIB conditions in seconds; foam with eyes closed and head turns, weight shifts on foam, eyes-closed walking on the mat track; somatosensory and vestibular integration; "one-on-one"; 22 min: passes.
        ["v5-h197-ccbv-mctsib-four-conditions"] = new(
            """
            CLARION AMBIENT — VISIT NOTE
            Clearwater Canyon Balance & Vestibular · Orofino, Idaho
            Clinician: Ingrid Nakamura, PT

            SESSION SUMMARY
            The patient, a fishing guide on the Clearwater, reported that he feels unsure of his footing in the drift boat at dusk. The session was one-on-one. The therapist provided standing on foam with eyes closed and head turns, weight shifting on the foam with eyes closed, and walking on the mat track with eyes closed while the therapist guarded.

            FINDINGS
            Impaired somatosensory and vestibular integration for balance; he relies on vision. Modified CTSIB: condition 1 30 seconds, condition 2 30 seconds, condition 3 30 seconds, condition 4 12 seconds with a step out.

            TIME STATEMENT
            Neuromuscular re-education (97112): 22 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Ingrid Nakamura, PT.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // TheraVoice NPNR, Marisol Tavares: "4/10 perturbations required a recovery step" (the contract's own form); manual perturbations in tandem and single-leg stance; delayed postural responses with L hemiparesis; one-on-one ticked; 23 min: passes.
        ["v5-h197-npnr-four-of-ten-perturbations"] = new(
            """
            TheraVoice Assist | Ninigret Pond Neuro Rehab — Charlestown, RI
            Clinician: Marisol Tavares, PT, NCS
            Chief concern: The patient reports the wind off the pond "pushes her over" on the walk to the mailbox.
            Service: Neuromuscular re-education — 97112 — 23 min
            Delivery mode: ☑ One-on-one ☐ Concurrent ☐ Group
            Interventions performed:
            • Manual perturbations at the pelvis and shoulders in tandem stance
            • Perturbations in single-leg stance on the right, progressing to the left
            Impairment addressed: Delayed postural responses with left hemiparesis after the stroke.
            Standardized measure: Perturbation response  Score: 4/10 perturbations required a recovery step
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // Quillstone PSSP, Hollis Tate: functional reach in inches; foam reaching, tandem with head turns, stepping drills with pushes; R ankle proprioception and sway after L5 radiculopathy; "one-on-one"; 22 min: passes.
        ["v5-h197-pssp-functional-reach-inches"] = new(
            """
            ## Daily Note
            **Clinic:** Pamlico Sound Sports & Spine PT — Washington, NC
            **Clinician:** Hollis Tate, PT, DPT, SCS

            ### Subjective
            The patient, a retired ferry captain, reported that he sways when he reaches for the top of the chart cabinet.

            ### Interventions
            - Neuromuscular re-education (97112) — 22 minutes, one-on-one
              - Reaching out of the base of support while standing on foam
              - Tandem stance with head turns
              - Stepping-strategy drills with pushes at the pelvis

            ### Assessment
            Decreased right ankle proprioception and postural sway after the L5 radiculopathy. Functional reach 9.5 inches (7 inches at evaluation).

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["M54.17"], [PT("97112", 22)], []),

        // TheraVoice KPOR, Lacey Nguyen (PTA) 97110: straight-leg raises with a 4-pound cuff weight in sets, banded terminal knee extension, wall sits with holds; R quad weakness with extensor lag after TKA; 16 min: passes.
        ["v5-h197-konza-97110-cuff-weight-sets"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Lacey Nguyen, PTA (supervising PT: Wes Oberle, PT)
            Chief concern: The patient reports her right knee "buckles" stepping down from the tractor.
            Service: Therapeutic exercise — 97110 — 16 min
            Interventions performed:
            • Straight-leg raises, 3 sets of 12 with a 4-pound cuff weight
            • Terminal knee extension with a green band, 3 x 15
            • Wall sits, 5 x 20-second holds
            Impairment addressed: Right quadriceps weakness with an extensor lag after the right total knee replacement.
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["Z96.651"], [PTA("97110", 16)], []),

        // Clarion VRHT, Annika Lindgren 97116: "walked 300 feet with a single-point cane and stand-by assistance … three porch steps with the rail and contact guard"; cane gait training with cues; R hip weakness with Trendelenburg after the hip fracture; 22 min: passes.
        ["v5-h197-vrht-97116-feet-and-assistance"] = new(
            """
            CLARION AMBIENT — HOME VISIT NOTE
            Vermilion Range Home Therapy · Tower, Minnesota
            Clinician: Annika Lindgren, PT

            SESSION SUMMARY
            The therapist provided gait training with a single-point cane, with cues for step symmetry and hip extension, indoors and then on the packed-snow path to the mailbox. She walked 300 feet with the cane and stand-by assistance, including the snowy section, and managed the three porch steps with the rail and contact guard assistance.

            ASSESSMENT
            Right hip abductor weakness with a Trendelenburg gait after the right hip fracture.

            TIME STATEMENT
            Gait training (97116): 22 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Annika Lindgren, PT.
            """,
            ["S72.001D"], [PT("97116", 22)], []),

        // EchoChart TVHR, Graciela Montaño (OT) 97530: buttoning a shirt in seconds, jars opened, coins sorted — counts and seconds; L dexterity and pinch after carpal tunnel release; 18 min: passes.
        ["v5-h197-tvhr-ot-97530-buttons-jars-coins"] = new(
            """
            EchoChart Scribe · Tanque Verde Hand & Rehab · Tucson, AZ
            Treating clinician: Graciela Montaño, OTR/L, CHT

            Reason for visit ▸ The patient, a church seamstress, reports she drops pins and cannot open the salsa jars with her left hand.
            Services & time ▸ 97530 Therapeutic activities · 18 min
            What the patient did ▸ Buttoning and unbuttoning a five-button shirt on herself, opening and closing jars of different sizes with the left hand, and sorting coins from a coin purse into a muffin tin.
            Findings ▸ Reduced left-hand dexterity and pinch strength after the left carpal tunnel release. Buttoned the shirt in 95 seconds (140 seconds last week); opened 4 of 5 jars; sorted 20 coins in 48 seconds.
            Plan ▸ Add threading a needle.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["G56.02"], [OT("97530", 18)], []),

        // EchoChart KRPT, Bridget Szabo 97140: patellar glides, posterior tibiofemoral glides, STM to the distal quad; L knee stiffness after TKA; "Knee flexion improved from 98 to 106 degrees"; 12 min: passes.
        ["v5-h197-krpt-97140-flexion-degrees"] = new(
            """
            EchoChart Scribe · Kittatinny Ridge Physical Therapy · Stroudsburg, PA
            Treating clinician: Bridget Szabo, PT

            Reason for visit ▸ The patient reports he cannot bend the left knee enough to pedal the exercise bike all the way around.
            Services & time ▸ 97140 Manual therapy · 12 min
            What the patient did ▸ Patellar glides superior and inferior grade III, posterior tibiofemoral glides in sitting, and soft-tissue mobilization to the distal quadriceps.
            Findings ▸ Left knee stiffness after the left total knee replacement. Knee flexion improved from 98 to 106 degrees after the session.
            Plan ▸ Bike with the seat lowered next visit.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["Z96.652", "M25.662"], [PT("97140", 12)], []),

        // Clarion CCBV, Dale Whitehorse: "The patient demonstrated improved balance compared with last session and needed fewer cues" and no number but the code and its minutes: measure missing; one-on-one, gaze work, head-turn walking, foam, R vestibular hypofunction present.
        ["v5-h197-ccbv-improved-compared-with-last-session"] = new(
            """
            CLARION AMBIENT — VISIT NOTE
            Clearwater Canyon Balance & Vestibular · Orofino, Idaho
            Clinician: Dale Whitehorse, PT, DPT

            SESSION SUMMARY
            The patient, a county road-grader operator, reported that the cab no longer spins when he checks his mirrors. The patient was treated one-on-one. The therapist provided gaze stabilization with horizontal head turns against a plain wall and then a patterned curtain, walking with head turns in the hallway, and standing on foam with eyes closed.

            ASSESSMENT
            Right vestibular hypofunction with gaze instability on quick head turns. The patient demonstrated improved balance compared with last session and needed fewer cues.

            TIME STATEMENT
            Neuromuscular re-education (97112): 22 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Dale Whitehorse, PT, DPT.
            """,
            ["H81.21"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Clarion VRHT, Annika Lindgren: "No objective measures were taken today; she was tired after snow-blowing the driveway" and no number but the code and its minutes: measure missing; one-on-one, counter stepping reactions, cushion stance, head-turn walking, posterior sway present.
        ["v5-h197-vrht-no-objective-measures-today"] = new(
            """
            CLARION AMBIENT — HOME VISIT NOTE
            Vermilion Range Home Therapy · Tower, Minnesota
            Clinician: Annika Lindgren, PT

            SESSION SUMMARY
            The visit took place in the patient's home, one-on-one. The therapist provided stepping reactions to light pushes at the kitchen counter, standing on a couch cushion with eyes closed, and walking the hallway with head turns.

            ASSESSMENT
            Impaired postural control with a posterior sway and a slow backward step. No objective measures were taken today; she was tired after snow-blowing the driveway.

            TIME STATEMENT
            Neuromuscular re-education (97112): 23 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Annika Lindgren, PT.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // Quillstone PSSP, Keisha Bynum (PTA) 97110: bridges, clamshells, side-lying hip abduction, heel raises and step-ups with no sets, repetitions, load or hold; R hip abductor weakness with valgus on stairs: measure missing on the 97110.
        ["v5-h197-pssp-97110-list-without-a-dose"] = new(
            """
            ## Daily Note
            **Clinic:** Pamlico Sound Sports & Spine PT — Washington, NC
            **Clinician:** Keisha Bynum, PTA (supervising PT: Hollis Tate, PT, DPT)

            ### Subjective
            The patient reported that the right knee aches going down the marina ramp.

            ### Interventions
            - Therapeutic exercise (97110) — 17 minutes
              - Bridges
              - Clamshells
              - Side-lying hip abduction
              - Heel raises
              - Step-ups

            ### Assessment
            Right hip abductor weakness with knee valgus on stairs and ramps.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["M22.2X1"], [PTA("97110", 17)], [At(Measure, "97110")]),

        // Quillstone SVH, Tomás Archuleta (PTA) 97116: cane gait training on the ramp and the stairwell with cues for heel strike and knee flexion, R foot drop with toe catch, no distance and no assistance level: measure missing on the 97116.
        ["v5-h197-svh-97116-no-distance-no-assist"] = new(
            """
            ## Daily Treatment Note — Outpatient Rehabilitation
            **Facility:** Saguache Valley Hospital, Center
            **Clinician:** Tomás Archuleta, PTA (supervising PT: Rosa Valdez, PT)

            ### Subjective
            The patient reported that his right toe catches on the irrigation ditch bank.

            ### Interventions
            - Gait training (CPT 97116) — 23 minutes
              - Gait training with a single-point cane on the hospital ramp and in the stairwell
              - Cues for heel strike and knee flexion in swing

            ### Assessment
            Right foot drop with toe catch in swing.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["M21.371"], [PTA("97116", 23)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in the scribes' forms, true mismatches and truly missing separate time

        // Quillstone SVH, Rosa Valdez: "Approximately 22 minutes were spent on neuromuscular re-education" on a 22-minute line, the hedged AI sentence beside the specifics; rocker, foam head turns, step-and-stick; R ankle proprioception; Berg and SLS; one-on-one: passes.
        ["v6-h197-svh-approximately-22-minutes"] = new(
            """
            ## Daily Treatment Note — Outpatient Rehabilitation
            **Facility:** Saguache Valley Hospital, Center
            **Clinician:** Rosa Valdez, PT

            ### Subjective
            The patient, a sorter at the potato cellar, reported that her right ankle feels "numb and loose" on the conveyor platform.

            ### Interventions
            - Approximately 22 minutes were spent on neuromuscular re-education, one-on-one with the therapist:
              - Rocker board medial-lateral with eyes closed
              - Standing on foam with head turns
              - Step-and-stick onto the foam pad leading with the right foot
            - Balance activities were performed to improve stability.

            ### Assessment
            Reduced right ankle proprioception and a slow ankle strategy after the right ankle fracture. Berg Balance Scale 49/56; single-leg stance right 8 seconds.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["S82.891D"], [PT("97112", 22)], []),

        // TheraVoice NPNR, Brendan Quinlan (PTA): "— 97112 — 23 min; … — 97110 — 15 min", both matching; one-on-one ticked; foam, tandem, perturbations with DGI; banded dorsiflexion, heel raises, bridges with sets; neuropathy and ankle/hip weakness: passes.
        ["v6-h197-npnr-two-codes-each-with-minutes"] = new(
            """
            TheraVoice Assist | Ninigret Pond Neuro Rehab — Charlestown, RI
            Clinician: Brendan Quinlan, PTA (supervising PT: Marisol Tavares, PT, NCS)
            Chief concern: The patient, a quahogger, reports his feet feel "far away" on the skiff and his ankles tire on the mud flats.
            Service: Neuromuscular re-education — 97112 — 23 min; Therapeutic exercise — 97110 — 15 min
            Delivery mode: ☑ One-on-one ☐ Concurrent ☐ Group
            Interventions performed:
            • Neuromuscular re-education: standing on foam with eyes closed, tandem walking with head turns, perturbations at the pelvis in staggered stance
            • Therapeutic exercise: ankle dorsiflexion with a blue band 3 x 15 each side, standing heel raises 3 x 12, bridges 3 x 12
            Impairment addressed: Somatosensory loss in both feet from peripheral neuropathy with impaired postural control; bilateral ankle dorsiflexor and hip extensor weakness.
            Standardized measure: Dynamic Gait Index  Score: 17/24
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["G62.9", "M62.81"], [PTA("97112", 23), PTA("97110", 15)], []),

        // Clarion CCBV, Ingrid Nakamura: the AI's "Approximately 30 minutes …" edited "[Edited by I.N., PT: actually 18 min — the rest of the visit was her questions about the MRI.]" on an 18-minute line: the edit stands — passes; one-on-one, gaze work, foam, vestibular hypofunction, DGI.
        ["v6-h197-ccbv-edit-corrects-ai-minutes-to-billed"] = new(
            """
            CLARION AMBIENT — VISIT NOTE
            Clearwater Canyon Balance & Vestibular · Orofino, Idaho
            Clinician: Ingrid Nakamura, PT

            SESSION SUMMARY
            The patient, a bookkeeper at the sawmill, reported that scrolling on the computer screen still makes her queasy. The patient was treated one-on-one. The therapist provided X1 gaze stabilization with a letter target against a striped background, standing on foam with head turns, and walking with pitch head movements.

            FINDINGS
            Left vestibular hypofunction with visual motion sensitivity. Dynamic Gait Index 19/24.

            TIME STATEMENT
            Approximately 30 minutes were spent on neuromuscular re-education (97112). [Edited by I.N., PT: actually 18 min — the rest of the visit was her questions about the MRI.]

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Ingrid Nakamura, PT.
            """,
            ["H81.22"], [PT("97112", 18)], []),

        // Clarion VRHT, Annika Lindgren: the AI's "Approximately 24 minutes …" edited "[Edited by A.L., PT: actually 12 min …]" while the line was billed at the AI's 24: the edit stands — time mismatch; one-on-one, reactive stepping, foam, postural control, TUG present.
        ["v6-h197-vrht-edit-says-12-line-billed-24"] = new(
            """
            CLARION AMBIENT — HOME VISIT NOTE
            Vermilion Range Home Therapy · Tower, Minnesota
            Clinician: Annika Lindgren, PT

            SESSION SUMMARY
            The patient, a retired iron-ore miner, reported that he nearly went down turning at the top of the cellar stairs. Care was one-on-one. The therapist provided stepping reactions to pushes at the hips at the kitchen counter, standing on a folded blanket with eyes closed, and turning in place with a stop on cue.

            ASSESSMENT
            Impaired postural control on turns with a slow protective step to the left. Timed Up and Go 14.2 seconds.

            TIME STATEMENT
            Approximately 24 minutes were spent on neuromuscular re-education (97112). [Edited by A.L., PT: actually 12 min — the rest went to his hearing-aid batteries and moving the throw rug.]

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Annika Lindgren, PT.
            """,
            ["R26.81"], [PT("97112", 24)], [At(Mismatch, "97112")]),

        // EchoChart KRPT, Bridget Szabo: "97112 … · approximately 22 min | 97116 Gait training · approximately 10 min" on lines of 22 and 24: mismatch on the 97116 only; both sections complete (one-on-one, PNF, Berg; hemi-walker gait with distance and assist).
        ["v6-h197-krpt-approximately-10-on-a-24-minute-gait-line"] = new(
            """
            EchoChart Scribe · Kittatinny Ridge Physical Therapy · Stroudsburg, PA
            Treating clinician: Bridget Szabo, PT

            Reason for visit ▸ The patient reports he wants to walk from the parking lot into the Grange hall for the pancake breakfast.
            Services & time ▸ 97112 Neuromuscular re-education · approximately 22 min | 97116 Gait training · approximately 10 min
            What the patient did ▸ One-on-one with the therapist throughout. Neuromuscular re-education: PNF pelvic anterior elevation and posterior depression in side-lying, weight shifting onto the right leg in standing with tapping, step-and-stick leading with the left. Gait training: hemi-walker on level ground and the parking-lot slope, cues for right knee flexion in swing.
            Findings ▸ Right hemiparesis with poor motor recruitment at the hip and a stiff-knee gait. Berg Balance Scale 40/56; walked 180 feet with the hemi-walker and contact guard assistance.
            Plan ▸ Try the Grange steps next visit.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["I69.351"], [PT("97112", 22), PT("97116", 24)], [At(Mismatch, "97116")]),

        // Quillstone PSSP, Hollis Tate: "TOTAL TIME: approximately 30 minutes for the visit." for 97140 and 97110 and no minutes for either: separate time missing; both sections complete (lumbar PAs and STM with degrees; bird dogs and dead bugs with sets).
        ["v6-h197-pssp-visit-total-only-two-codes"] = new(
            """
            ## Daily Note
            **Clinic:** Pamlico Sound Sports & Spine PT — Washington, NC
            **Clinician:** Hollis Tate, PT, DPT, SCS

            ### Subjective
            The patient, a boat-yard painter, reported that his low back stiffens after a morning on the scaffold.

            ### Interventions
            - Manual therapy (97140)
              - Central posterior-anterior mobilizations L3–L5, grade III
              - Soft-tissue mobilization to the lumbar paraspinals
            - Therapeutic exercise (97110)
              - Bird dogs, 3 x 10 each side
              - Dead bugs, 3 x 10
              - Prone press-ups, 2 x 10

            ### Assessment
            Lumbar hypomobility with paraspinal guarding and weak trunk stabilizers. Lumbar extension 15° before and 22° after.

            TOTAL TIME: approximately 30 minutes for the visit.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["M54.50"], [PT("97140", 12), PT("97110", 18)], [SepTime]),

        // TheraVoice KPOR, Wes Oberle: "— 97112 — 23 min" and the second code's "Therapeutic exercise — 97110 — [AI: time not determined from audio — clinician to complete]" left: separate time missing; both sections complete.
        ["v6-h197-konza-second-code-time-placeholder-left"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Wes Oberle, PT
            Chief concern: The patient reports her legs feel weak and "unsure" climbing into the combine cab at harvest.
            Service: Neuromuscular re-education — 97112 — 23 min
            Additional service: Therapeutic exercise — 97110 — [AI: time not determined from audio — clinician to complete]
            Delivery mode: ☑ One-on-one ☐ Concurrent ☐ Group
            Interventions performed:
            • Neuromuscular re-education: step-ups onto foam with eyes closed, ladder-rung stepping drill with perturbations at the pelvis, single-leg stance on the rocker board
            • Therapeutic exercise: leg press 3 x 10 at 90 lb, lateral step-ups onto an 8-inch step 3 x 10, standing hip extension with a red band 3 x 12
            Impairment addressed: Reduced ankle and knee proprioception with impaired postural control on narrow surfaces; bilateral quadriceps and hip extensor weakness.
            Standardized measure: Berg Balance Scale  Score: 48/56; single-leg stance left 9 seconds
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // Quillstone SVH, Tomás Archuleta (PTA) 97116: "ran from 2:10 to 2:33 PM (23 minutes, as inferred from the session audio)" on its line; rolling-walker gait, curb and stairs; R knee extension lag and stiff-knee gait after TKA; distance and assistance: passes.
        ["v6-h197-svh-inferred-clock-range-97116"] = new(
            """
            ## Daily Treatment Note — Outpatient Rehabilitation
            **Facility:** Saguache Valley Hospital, Center
            **Clinician:** Tomás Archuleta, PTA (supervising PT: Rosa Valdez, PT)

            ### Subjective
            The patient reported that she wants to walk the aisle at her granddaughter's wedding without the walker.

            ### Interventions
            - Gait training (97116) ran from 2:10 to 2:33 PM (23 minutes, as inferred from the session audio).
              - Gait training with a rolling walker and then a single-point cane in the hallway, cues for heel strike and knee extension at initial contact
              - Curb step-up and step-down with the cane

            ### Assessment
            Right knee extension lag and a stiff-knee gait after the right total knee replacement. Walked 350 feet with the rolling walker, modified independent, and 120 feet with the cane and contact guard assistance.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["Z96.651"], [PTA("97116", 23)], []),

        // Quillstone SVH, Rosa Valdez: markdown headings "### Gait training (97116) — 24 min" and "### Therapeutic activities (97530) — 16 min" matching; cane gait over the gravel with distance and assist; bucket carries and hay lifts with counts and assist; L hip weakness and a horse-feeding goal: passes.
        ["v6-h197-svh-markdown-headings-two-codes"] = new(
            """
            ## Daily Treatment Note — Outpatient Rehabilitation
            **Facility:** Saguache Valley Hospital, Center
            **Clinician:** Rosa Valdez, PT

            ### Subjective
            The patient reported that she wants to feed her two horses herself again before the snow comes.

            ### Gait training (97116) — 24 min
            - Gait training with a single-point cane on the hospital's gravel path and over the speed bump, cues for a longer right step and upright trunk
            - Walked 400 feet with the cane and stand-by assistance on gravel

            ### Therapeutic activities (97530) — 16 min
            - Carrying a 10-lb water bucket 50 feet, 4 trips, with stand-by assistance
            - Lifting a flake of hay from the floor to a waist-high rail, 6 times, with contact guard assistance

            ### Assessment
            Left hip abductor and extensor weakness with a short stance on the left after the left hip fracture; goal to feed the horses independently.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["S72.002D"], [PT("97116", 24), PT("97530", 16)], []),

        // EchoChart TVHR, Graciela Montaño (OT): "97530 Therapeutic activities · 12 min" on a 24-minute line: time mismatch; laundry and cabinet tasks with counts and assist, R shoulder elevation after the cuff repair present.
        ["v6-h197-tvhr-ot-97530-12-on-a-24-minute-line"] = new(
            """
            EchoChart Scribe · Tanque Verde Hand & Rehab · Tucson, AZ
            Treating clinician: Graciela Montaño, OTR/L, CHT

            Reason for visit ▸ The patient reports she cannot hang shirts in the closet or reach the plates in the upper cabinet.
            Services & time ▸ 97530 Therapeutic activities · 12 min
            What the patient did ▸ Hanging shirts on a closet rod at shoulder height, moving plates from the counter to the upper cabinet, and folding towels from a basket on the floor.
            Findings ▸ Right shoulder elevation weakness after the right rotator cuff repair. Hung 8 shirts with stand-by assistance; moved 10 plates one at a time to the second shelf.
            Plan ▸ Progress to the top shelf.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["M75.121"], [OT("97530", 24)], [At(Mismatch, "97530")]),

        // EchoChart KRPT, Bridget Szabo: three codes each with minutes ("97112 · 22 min | 97110 · 12 min | 97140 · 10 min"), all matching; one-on-one; BAPS and foam with SLS; calf raises and banded eversion with sets; talocrural glides with dorsiflexion degrees; R ankle after ORIF: passes.
        ["v6-h197-krpt-three-codes-each-with-minutes"] = new(
            """
            EchoChart Scribe · Kittatinny Ridge Physical Therapy · Stroudsburg, PA
            Treating clinician: Bridget Szabo, PT

            Reason for visit ▸ The patient, a ski-patrol volunteer, reports the right ankle is stiff in the boot and feels unsteady on the icy lot.
            Services & time ▸ 97112 Neuromuscular re-education · 22 min | 97110 Therapeutic exercise · 12 min | 97140 Manual therapy · 10 min
            What the patient did ▸ The therapist worked one-on-one with the patient for the whole visit.
            Neuromuscular re-education: BAPS board level 4 in standing, single-leg stance on foam with ball toss, lateral step-downs to a stick.
            Therapeutic exercise: single-leg calf raises 3 x 15, banded eversion with a green band 3 x 15, forward lunges 2 x 10.
            Manual therapy: talocrural posterior glides grade III, soft-tissue mobilization along the incision and the Achilles.
            Findings ▸ Reduced right ankle proprioception, calf and peroneal weakness, and limited dorsiflexion after the right ankle fracture repair. Single-leg stance on foam right 9 seconds; dorsiflexion 6° before and 11° after manual therapy.
            Plan ▸ Add hops next week.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["S82.851D"], [PT("97112", 22), PT("97110", 12), PT("97140", 10)], []),

        // EchoChart TVHR, Evan Ruelas (PT): "97110 · 15 min | 97140 · 11 min | 97530 Therapeutic activities · [AI: time not stated]" on three lines: separate time missing; all three sections complete.
        ["v6-h197-tvhr-third-code-ai-time-not-stated"] = new(
            """
            EchoChart Scribe · Tanque Verde Hand & Rehab · Tucson, AZ
            Treating clinician: Evan Ruelas, PT

            Reason for visit ▸ The patient, a retired mariachi trumpeter, wants to lift his arm to the top cabinet and carry his grandson again.
            Services & time ▸ 97110 Therapeutic exercise · 15 min | 97140 Manual therapy · 11 min | 97530 Therapeutic activities · [AI: time not stated]
            What the patient did ▸ Therapeutic exercise: overhead pulley 2 x 15, supine wand flexion 2 x 15, submaximal external-rotation isometrics 10 x 5-second holds. Manual therapy: grade II glenohumeral inferior and posterior glides, soft-tissue mobilization to the upper trapezius. Therapeutic activities: putting cans on the upper cabinet shelf, 12 cans with a 1-lb load each, and carrying a 10-lb bag of rice across the room 4 times.
            Findings ▸ Right shoulder stiffness and rotator cuff weakness after the right rotator cuff repair. Flexion 118° before and 126° after manual therapy.
            Plan ▸ Progress the can height.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["M75.121"], [PT("97110", 15), PT("97140", 11), PT("97530", 14)], [SepTime]),

        // Quillstone PSSP, Keisha Bynum (PTA): "provided manual therapy (97140) for 11 minutes, then therapeutic exercise (97110) for 16 minutes", both matching; lumbar STM and mobilisation with flexion centimetres; bird dogs, bridges and carries with sets and load; L back pain with stiffness: passes.
        ["v6-h197-pssp-for-11-then-for-16-minutes"] = new(
            """
            ## Daily Note
            **Clinic:** Pamlico Sound Sports & Spine PT — Washington, NC
            **Clinician:** Keisha Bynum, PTA (supervising PT: Hollis Tate, PT, DPT)

            ### Subjective
            The patient, a net mender, reported that her low back locks up after an afternoon bent over the nets.

            ### Interventions
            The PTA provided manual therapy (97140) for 11 minutes, then therapeutic exercise (97110) for 16 minutes.
            - Manual therapy: soft-tissue mobilization to the left lumbar paraspinals and quadratus lumborum, side-lying lumbar rotation mobilization
            - Therapeutic exercise: bird dogs 3 x 10, bridges 3 x 12, suitcase carries with a 15 lb kettlebell 4 lengths each side

            ### Assessment
            Left-sided low back pain with lumbar hypomobility and weak trunk extensors. Lumbar flexion fingertips to 18 cm from the floor (25 cm before).

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["M54.50"], [PTA("97140", 11), PTA("97110", 16)], []),

        // Clarion CCBV, Dale Whitehorse: "Time per code was not captured in the recording; see the billing screen." for 97112 and 97110: separate time missing; both sections complete (one-on-one, laser joint-position training with error cm; chin nods and rows with sets).
        ["v6-h197-ccbv-time-per-code-not-captured"] = new(
            """
            CLARION AMBIENT — VISIT NOTE
            Clearwater Canyon Balance & Vestibular · Orofino, Idaho
            Clinician: Dale Whitehorse, PT, DPT

            SESSION SUMMARY
            The patient, a smokejumper on light duty, reported that the dizziness comes with neck stiffness after long drives. The patient was treated one-on-one. For neuromuscular re-education, the therapist provided cervical joint-position error training with a head-mounted laser to targets on the wall, and gaze stabilization with slow head turns while standing on foam. For therapeutic exercise, the patient performed deep neck flexor chin nods 10 x 10-second holds and banded rows 3 x 12.

            FINDINGS
            Cervicogenic dizziness with impaired cervical proprioception; deep neck flexor weakness. Joint-position error 6.5 cm on return from right rotation.

            TIME STATEMENT
            Time per code was not captured in the recording; see the billing screen.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Dale Whitehorse, PT, DPT.
            """,
            ["M54.2", "M53.0"], [PT("97112", 23), PT("97110", 14)], [SepTime]),

        // TheraVoice NPNR: a PT section "— 97112 — 23 min" and an OT section "— 97530 — 20 min", both matching; one-on-one ticked for the PT; reaching on foam and step-and-stick with Berg; OT kitchen tasks with counts and assist; L hemiparesis and a cooking goal: passes.
        ["v6-h197-npnr-pt-and-ot-each-with-minutes"] = new(
            """
            TheraVoice Assist | Ninigret Pond Neuro Rehab — Charlestown, RI
            Clinicians: Marisol Tavares, PT, NCS; Farah Siddiqui, OTR/L
            Chief concern: The patient wants to stand at the stove and cook chowder for the family again.
            Service (PT): Neuromuscular re-education — 97112 — 23 min
            Delivery mode (PT): ☑ One-on-one ☐ Concurrent ☐ Group
            Interventions performed (PT):
            • Reaching across midline while standing on foam
            • Step-and-stick leading with the left leg
            • Weight shifting onto the left leg with tapping at the left hip
            Service (OT): Therapeutic activities — 97530 — 20 min
            Interventions performed (OT):
            • Retrieving a stockpot from the low cabinet and setting it on the stove
            • Stirring at the stove in standing, then carrying a filled pot from the sink to the stove
            Impairment addressed: Left hemiparesis with impaired postural control and poor left weight acceptance; goal to cook standing at the stove.
            Standardized measure: Berg Balance Scale  Score: 42/56; OT: 3 stockpot retrievals with contact guard assistance, carried the filled pot 6 feet with minimal assistance
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["I69.354"], [PT("97112", 23), OT("97530", 20)], []),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic AI notes

        // An empty note (the scribe's draft never reached the chart) on a 97112 with a diagnosis: DOC_NOTE_MISSING on the line and nothing else.
        ["v7-h197-empty-note-97112"] = new(
            "",
            ["R26.81"], [PT("97112", 22)], [At(NoteMissing, "97112")]),

        // A note of spaces and line breaks only on a two-code visit (97110, 97140) with no diagnosis: note missing on each line and diagnosis missing.
        ["v7-h197-whitespace-only-two-codes-no-dx"] = new(
            "  \n\n   \n",
            [], [PT("97110", 15), PT("97140", 10)], [At(NoteMissing, "97110"), At(NoteMissing, "97140"), Dx]),

        // An empty note on an OT's 97530 with a diagnosis: note missing on the line and nothing else.
        ["v7-h197-empty-note-ot-97530"] = new(
            "",
            ["S52.531D"], [OT("97530", 18)], [At(NoteMissing, "97530")]),

        // 97110's meaning on a Quillstone PSSP note: side-lying ER, prone Y's and T's, banded rows and serratus wall slides with doses (technique and measure), R rotator cuff and scapular weakness with a cast-net goal (deficit); 18 min matches: passes.
        ["v7-h197-pssp-97110-cuff-and-scapula"] = new(
            """
            ## Daily Note
            **Clinic:** Pamlico Sound Sports & Spine PT — Washington, NC
            **Clinician:** Hollis Tate, PT, DPT, SCS

            ### Subjective
            The patient reported that throwing the cast net still makes the right shoulder ache by the end of the morning.

            ### Interventions
            - Therapeutic exercise (97110) — 18 minutes
              - Side-lying external rotation with a 3 lb dumbbell, 3 x 12
              - Prone Y's and T's, 2 x 10 each
              - Banded rows with a blue band, 3 x 15
              - Serratus wall slides with a foam roller, 2 x 12

            ### Assessment
            Right rotator cuff and lower trapezius weakness with scapular dyskinesis and impingement; goal to throw the cast net through a full morning without pain.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["M75.41"], [PT("97110", 18)], []),

        // 97530's meaning on a TheraVoice NPNR OT note: retrieving pans from the low cabinet, a stovetop-to-counter carry, unloading the dishwasher in standing (technique), counts and assistance (measure), L hemiparesis with a goal to make supper (deficit); 22 min matches: passes.
        ["v7-h197-npnr-ot-97530-supper-tasks"] = new(
            """
            TheraVoice Assist | Ninigret Pond Neuro Rehab — Charlestown, RI
            Clinician: Farah Siddiqui, OTR/L
            Chief concern: The patient wants to make supper for her husband on her own again.
            Service: Therapeutic activities — 97530 — 22 min
            Interventions performed:
            • Retrieving a frying pan and a saucepan from the low cabinet with the left hand assisting
            • Carrying a pot of water from the stovetop to the counter with both hands
            • Unloading the dishwasher in standing and putting the plates on the first shelf
            Impairment addressed: Left hemiparesis with reduced left-hand grasp and standing balance during reaching; goal to prepare a simple supper independently.
            Standardized measure: 4 pans retrieved with stand-by assistance; 12 plates put away with contact guard assistance
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["I69.354"], [OT("97530", 22)], []),

        // 97140's meaning on an EchoChart KRPT note: central PAs L3–L5, side-lying rotation mobilisation, STM to the R paraspinals (technique), lumbar hypomobility with R low back pain (deficit), fingertip-to-floor centimetres (measure); 13 min matches: passes.
        ["v7-h197-krpt-97140-lumbar-mobilisation"] = new(
            """
            EchoChart Scribe · Kittatinny Ridge Physical Therapy · Stroudsburg, PA
            Treating clinician: Bridget Szabo, PT

            Reason for visit ▸ The patient, a post office clerk, reports the right side of her low back "grabs" when she bends to lift mail bins.
            Services & time ▸ 97140 Manual therapy · 13 min
            What the patient did ▸ Central posterior-anterior mobilizations L3–L5 grade III, side-lying lumbar rotation mobilization to the right, and soft-tissue mobilization to the right paraspinals.
            Findings ▸ Lumbar hypomobility with right-sided low back pain. Fingertips to floor 22 cm before and 15 cm after.
            Plan ▸ Add lifting mechanics with a bin.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["M54.50"], [PT("97140", 13)], []),

        // 97116's meaning on a TheraVoice KPOR PTA note: gait training with a rollator in the clinic, the parking lot and up the curb, cues for upright posture and step length (technique), flexed posture and short steps with lumbar stenosis (deficit), distance and assistance (measure); 24 min matches: passes.
        ["v7-h197-konza-pta-97116-rollator-and-curb"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Lacey Nguyen, PTA (supervising PT: Wes Oberle, PT)
            Chief concern: The patient reports he has to lean on the grocery cart to make it through the store.
            Service: Gait training — 97116 — 24 min
            Interventions performed:
            • Gait training with a rollator in the clinic hallway and across the parking lot, cues for upright posture and step length
            • Curb ascent and descent with the rollator
            Impairment addressed: Flexed trunk posture and shortened step length with neurogenic claudication from lumbar stenosis.
            Standardized measure: 500 feet with the rollator, modified independent; curb with contact guard assistance
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["M48.062"], [PTA("97116", 24)], []),

        // Quillstone SVH: "Balance activities were performed." / "The patient tolerated the session well." / "Continue the current plan of care." under a 97112 heading — wholly generic, and no one-on-one statement.
        ["v7-h197-svh-balance-activities-were-performed"] = new(
            """
            ## Daily Treatment Note — Outpatient Rehabilitation
            **Facility:** Saguache Valley Hospital, Center
            **Clinician:** Tomás Archuleta, PTA (supervising PT: Rosa Valdez, PT)

            ### Interventions
            - Neuromuscular re-education (97112) — 22 minutes
            - Balance activities were performed.

            ### Assessment
            The patient tolerated the session well.

            ### Plan
            Continue the current plan of care.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // TheraVoice KPOR: "The patient participated in therapeutic exercise." / "Tolerated well, no adverse reactions." / "Continue per plan of care." on a 97110 — wholly generic.
        ["v7-h197-konza-participated-in-therapeutic-exercise"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Wes Oberle, PT
            Service: Therapeutic exercise — 97110 — 16 min
            Interventions performed:
            • The patient participated in therapeutic exercise.
            Response: Tolerated well, no adverse reactions.
            Plan: Continue per plan of care.
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["M62.81"], [PT("97110", 16)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // EchoChart TVHR OT: "Functional activities were completed with the occupational therapist." / "No adverse reactions." / "Continue." on a 97530 — wholly generic.
        ["v7-h197-tvhr-ot-functional-activities-completed"] = new(
            """
            EchoChart Scribe · Tanque Verde Hand & Rehab · Tucson, AZ
            Treating clinician: Graciela Montaño, OTR/L, CHT

            Reason for visit ▸ Follow-up.
            Services & time ▸ 97530 Therapeutic activities · 19 min
            What the patient did ▸ Functional activities were completed with the occupational therapist.
            Findings ▸ No adverse reactions.
            Plan ▸ Continue.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["M62.81"], [OT("97530", 19)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Clarion CCBV: "The therapist provided one-on-one neuromuscular re-education. Coordination exercises and balance training were completed. The patient tolerated the session well." with "(97112): 23 minutes" — wholly generic, one-on-one stated.
        ["v7-h197-ccbv-one-on-one-coordination-and-balance-training"] = new(
            """
            CLARION AMBIENT — VISIT NOTE
            Clearwater Canyon Balance & Vestibular · Orofino, Idaho
            Clinician: Ingrid Nakamura, PT

            SESSION SUMMARY
            The therapist provided one-on-one neuromuscular re-education. Coordination exercises and balance training were completed. The patient tolerated the session well.

            TIME STATEMENT
            Neuromuscular re-education (97112): 23 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Ingrid Nakamura, PT.
            """,
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes, and the ordinary weak ones

        // Quillstone SVH, Rosa Valdez: 97112 (23 min, one-on-one) and 97110 (15 min) under their own bullets, the hedged AI sentence, and a corrected Berg "[Edited by R.V., PT: Berg was 45/56, not 54]"; L knee proprioception and quad weakness after TKA: passes.
        ["vord-h197-svh-two-codes-corrected-berg"] = new(
            """
            ## Daily Treatment Note — Outpatient Rehabilitation
            **Facility:** Saguache Valley Hospital, Center
            **Clinician:** Rosa Valdez, PT

            ### Subjective
            The patient, a school-bus mechanic, reported that the left knee feels "wobbly" on the shop creeper and stiff after the drive in.

            ### Interventions
            - **Neuromuscular re-education (CPT 97112) — 23 minutes, one-on-one**
              - Single-leg stance on foam with ball catches
              - Step-ups onto the foam pad with eyes closed
              - Perturbations on the rocker board in mini-squat
            - **Therapeutic exercise (CPT 97110) — 15 minutes**
              - Terminal knee extension with a blue band, 3 x 15
              - Step-downs from a 6-inch step, 3 x 10
              - Leg press 3 x 12 at 80 lb
            - Balance activities were performed to improve stability.

            ### Assessment
            Reduced left knee proprioception and postural control in single-leg stance; left quadriceps weakness after the left total knee replacement. Berg Balance Scale 54/56 [Edited by R.V., PT: Berg was 45/56, not 54]; single-leg stance left 11 seconds.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["Z96.652", "R26.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Quillstone SVH, Tomás Archuleta (PTA) 97530: floor-to-stand off a hay bale, feed-bucket carries over uneven ground, stepping over a corral rail; R hip weakness after THA with a corral goal; counts with min assist and SBA; 21 min: passes.
        ["vord-h197-svh-pta-97530-corral-and-feed-bucket"] = new(
            """
            ## Daily Treatment Note — Outpatient Rehabilitation
            **Facility:** Saguache Valley Hospital, Center
            **Clinician:** Tomás Archuleta, PTA (supervising PT: Rosa Valdez, PT)

            ### Subjective
            The patient reported that he wants to feed his cattle and get himself up if he goes down in the corral.

            ### Interventions
            - Therapeutic activities (CPT 97530) — 21 minutes
              - Floor-to-stand transfers using a hay bale for support
              - Carrying a 15-lb feed bucket 40 feet over the uneven dirt lot
              - Stepping over a corral rail set at 12 inches

            ### Assessment
            Right hip abductor and extensor weakness after the right total hip replacement; goal to do chores in the corral safely. Completed 3 floor-to-stand transfers with minimal assistance and 4 bucket carries with stand-by assistance.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["Z96.641"], [PTA("97530", 21)], []),

        // Quillstone PSSP, Hollis Tate: rhythmic stabilisation in 90/90, ball-on-wall circles eyes closed, quadruped perturbations; R shoulder dynamic stability and proprioception after anterior dislocation; joint-position error and CKCUEST; one-on-one; 23 min: passes.
        ["vord-h197-pssp-shoulder-rhythmic-stabilisation"] = new(
            """
            ## Daily Note
            **Clinic:** Pamlico Sound Sports & Spine PT — Washington, NC
            **Clinician:** Hollis Tate, PT, DPT, SCS

            ### Subjective
            The patient, a high-school pitcher, reported that the right shoulder feels like it "slides" when he reaches back to throw.

            ### Interventions
            - Neuromuscular re-education (97112) — 23 minutes, one-on-one
              - Rhythmic stabilization at the right shoulder in 90/90
              - Ball-on-wall circles with eyes closed
              - Quadruped weight shifts with perturbations at the shoulders

            ### Assessment
            Impaired dynamic stability and proprioception of the right shoulder after the anterior dislocation. Joint-position sense error 6 degrees at 90° abduction; CKCUEST 18 touches.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["S43.014D"], [PT("97112", 23)], []),

        // Quillstone PSSP, Keisha Bynum (PTA): 97110 (16 min) hip strengthening with doses and 97140 (10 min) IASTM and long-axis distraction with IR degrees; R gluteus medius weakness and lateral hip pain: passes.
        ["vord-h197-pssp-pta-hip-ther-ex-and-iastm"] = new(
            """
            ## Daily Note
            **Clinic:** Pamlico Sound Sports & Spine PT — Washington, NC
            **Clinician:** Keisha Bynum, PTA (supervising PT: Hollis Tate, PT, DPT)

            ### Subjective
            The patient reported that lying on her right side at night still wakes her.

            ### Interventions
            - Therapeutic exercise (97110) — 16 minutes
              - Side-lying hip abduction with a 3 lb ankle weight, 3 x 12
              - Lateral band walks with a green band, 3 lengths of the gym
              - Single-leg bridges, 3 x 10 each side
            - Manual therapy (97140) — 10 minutes
              - Instrument-assisted soft-tissue mobilization to the right lateral hip and iliotibial band
              - Long-axis distraction of the right hip

            ### Assessment
            Right gluteus medius weakness with lateral hip pain from trochanteric bursitis; hip internal rotation 22° before and 30° after manual therapy.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["M70.61"], [PTA("97110", 16), PTA("97140", 10)], []),

        // Clarion CCBV, Dale Whitehorse: supermarket optokinetic video on firm then foam and head-turn walking with a basket, "introduced … which will be progressed next visit" (done today); visual motion sensitivity; FGA; one-on-one; 22 min: passes.
        ["vord-h197-ccbv-supermarket-optokinetic-video"] = new(
            """
            CLARION AMBIENT — VISIT NOTE
            Clearwater Canyon Balance & Vestibular · Orofino, Idaho
            Clinician: Dale Whitehorse, PT, DPT

            SESSION SUMMARY
            The patient reported that the cereal aisle at the grocery store still makes her grab the cart. The patient was treated one-on-one. The therapist provided optokinetic training with a video of a moving supermarket aisle while she stood on a firm surface and then on foam. The therapist introduced walking with head turns while carrying a grocery basket, which will be progressed next visit.

            FINDINGS
            Visual motion sensitivity and visual dependence for balance after the left vestibular neuritis. Functional Gait Assessment 23/30.

            TIME STATEMENT
            Neuromuscular re-education (97112): 22 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Dale Whitehorse, PT, DPT.
            """,
            ["H81.392"], [PT("97112", 22)], []),

        // Clarion CCBV, Ingrid Nakamura: 97112 (23 min) and 97116 (15 min) each in the time statement; one-on-one; foam with head turns and eyes-closed stepping; dusk lawn and gravel gait with a cane, distance and SBA; bilateral vestibular loss; DGI: passes.
        ["vord-h197-ccbv-nmr-and-gait-on-the-lawn-at-dusk"] = new(
            """
            CLARION AMBIENT — VISIT NOTE
            Clearwater Canyon Balance & Vestibular · Orofino, Idaho
            Clinician: Ingrid Nakamura, PT

            SESSION SUMMARY
            The patient, a retired lineman, reported that he weaves crossing the lawn to the shop after dark. The patient was treated one-on-one. For neuromuscular re-education the therapist provided standing on foam with head turns, stepping in place with eyes closed, and somatosensory substitution cues through the feet. For gait training the therapist took him outside on the uneven lawn and the gravel drive at dusk with a single-point cane, cueing a wider base and eyes up.

            FINDINGS
            Bilateral vestibular hypofunction with reliance on vision and a wide, weaving gait in low light. Dynamic Gait Index 16/24; walked 300 feet on the lawn and gravel with the cane and stand-by assistance.

            TIME STATEMENT
            Neuromuscular re-education (97112): 23 minutes. Gait training (97116): 15 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Ingrid Nakamura, PT.
            """,
            ["H81.23"], [PT("97112", 23), PT("97116", 15)], []),

        // Clarion VRHT, Annika Lindgren 97530: kneeling at the woodstove with a cushion, loading splits, carrying the kindling basket; R knee OA with a woodstove goal; counts and assistance; "Approximately 22 minutes … (97530)": passes.
        ["vord-h197-vrht-97530-loading-the-woodstove"] = new(
            """
            CLARION AMBIENT — HOME VISIT NOTE
            Vermilion Range Home Therapy · Tower, Minnesota
            Clinician: Annika Lindgren, PT

            SESSION SUMMARY
            The patient said she wants to keep the woodstove going herself this winter. The therapist provided therapeutic activities at the stove: kneeling to half-kneeling on a cushion, loading splits into the firebox, and carrying the kindling basket from the porch to the stove.

            ASSESSMENT
            Right knee osteoarthritis with pain and quadriceps weakness on kneeling and rising; goal to load and tend the woodstove independently. Loaded 6 splits from half-kneeling with stand-by assistance and rose from kneeling 3 times with contact guard assistance; carried the basket 30 feet, 2 trips.

            TIME STATEMENT
            Approximately 22 minutes were spent on therapeutic activities (97530).

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Annika Lindgren, PT.
            """,
            ["M17.11"], [PT("97530", 22)], []),

        // Clarion VRHT, Joe Koski (PTA) 97116: AFO and quad-cane gait on the packed-snow sauna path with ice grippers, cues for L hip flexion; L foot drop from peroneal palsy; distance and CGA; 22 min: passes.
        ["vord-h197-vrht-pta-97116-sauna-path"] = new(
            """
            CLARION AMBIENT — HOME VISIT NOTE
            Vermilion Range Home Therapy · Tower, Minnesota
            Clinician: Joe Koski, PTA (supervising PT: Annika Lindgren, PT)

            SESSION SUMMARY
            The patient wanted to make it to the sauna on his own again. The PTA provided gait training with the left ankle-foot orthosis, a quad cane and ice grippers on the packed-snow path from the back door to the sauna, with cues for left hip and knee flexion in swing.

            ASSESSMENT
            Left foot drop from the peroneal nerve palsy, with toe drag on the snow. Walked 160 feet to the sauna and back with contact guard assistance on the icy patches.

            TIME STATEMENT
            Gait training (97116): 22 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Joe Koski, PTA.
            """,
            ["G57.32", "R26.89"], [PTA("97116", 22)], []),

        // TheraVoice NPNR, Marisol Tavares: barefoot textured-mat walking, foam eyes closed, beam tandem; chemo neuropathy somatosensory loss; mCTSIB and Berg; one-on-one ticked; 23 min: passes.
        ["vord-h197-npnr-chemo-neuropathy-textured-mat"] = new(
            """
            TheraVoice Assist | Ninigret Pond Neuro Rehab — Charlestown, RI
            Clinician: Marisol Tavares, PT, NCS
            Chief concern: The patient, a church choir director, reports she cannot feel the risers under her feet since chemotherapy.
            Service: Neuromuscular re-education — 97112 — 23 min
            Delivery mode: ☑ One-on-one ☐ Concurrent ☐ Group
            Interventions performed:
            • Barefoot walking on the textured mat
            • Standing on foam with eyes closed
            • Tandem walking on the balance beam with light touch
            Impairment addressed: Somatosensory loss in both feet from chemotherapy-induced neuropathy, with impaired postural control when vision is reduced.
            Standardized measure: mCTSIB condition 4  Score: 14 seconds; Berg Balance Scale 49/56
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["G62.0"], [PT("97112", 23)], []),

        // TheraVoice NPNR, Brendan Quinlan (PTA) 97116: AFO and quad-cane gait with cues for R hip flexion; R hemiparesis with knee hyperextension; 10MWT and distance with SBA; 23 min: passes.
        ["vord-h197-npnr-pta-97116-afo-and-quad-cane"] = new(
            """
            TheraVoice Assist | Ninigret Pond Neuro Rehab — Charlestown, RI
            Clinician: Brendan Quinlan, PTA (supervising PT: Marisol Tavares, PT, NCS)
            Chief concern: The patient wants to walk down to the town dock to watch the boats come in.
            Service: Gait training — 97116 — 23 min
            Interventions performed:
            • Gait training with the right ankle-foot orthosis and a quad cane, cues for right hip flexion in swing and a soft knee in stance
            • Walking on the ramp and over the threshold strips
            Impairment addressed: Right hemiparesis with knee hyperextension in stance and reduced hip flexion in swing after the stroke.
            Standardized measure: 10-meter walk  Score: 0.61 m/s; 250 feet with the quad cane and stand-by assistance
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["I69.351"], [PTA("97116", 23)], []),

        // TheraVoice KPOR, Wes Oberle: Airex single-leg catches, star-excursion reaches, rocker perturbations; R ankle proprioception after sprain; Y-Balance cm; one-on-one ticked; 22 min: passes.
        ["vord-h197-konza-ankle-star-excursion"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Wes Oberle, PT
            Chief concern: The patient, a college rodeo barrel racer, reports the right ankle "gives" when she dismounts onto the arena dirt.
            Service: Neuromuscular re-education — 97112 — 22 min
            Delivery mode: ☑ One-on-one ☐ Concurrent ☐ Group
            Interventions performed:
            • Single-leg stance on the Airex pad with ball catches
            • Star-excursion reaches in single-leg stance
            • Perturbations on the rocker board in single-leg stance
            Impairment addressed: Reduced right ankle proprioception and a delayed peroneal response after the sprain.
            Standardized measure: Y-Balance anterior reach  Score: right 62 cm (left 68 cm)
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["S93.491D"], [PT("97112", 22)], []),

        // TheraVoice KPOR, Lacey Nguyen (PTA): 97530 (18 min) seed-bag lifts and cab climbing with counts and assistance, 97110 (12 min) hip abduction and weighted sit-to-stands with sets; R hip weakness after THA with a planting goal: passes.
        ["vord-h197-konza-pta-seed-bags-and-ther-ex"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Lacey Nguyen, PTA (supervising PT: Wes Oberle, PT)
            Chief concern: The patient wants to run the planter himself in the spring.
            Service: Therapeutic activities — 97530 — 18 min; Therapeutic exercise — 97110 — 12 min
            Interventions performed:
            • Therapeutic activities: lifting 20-lb seed bags from the floor to a tailgate-height table, 3 x 5, with squat mechanics cues; climbing into the tractor-cab mock-up with three-point contact, 4 times
            • Therapeutic exercise: side-lying hip abduction 3 x 12, sit-to-stand holding a 10-lb medicine ball 3 x 10
            Impairment addressed: Right hip abductor and extensor weakness after the right total hip replacement; goal to climb into the tractor and load the planter.
            Standardized measure: cab climbs with stand-by assistance; seed-bag lifts with supervision
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["Z96.641"], [PTA("97530", 18), PTA("97110", 12)], []),

        // EchoChart TVHR, Graciela Montaño (OT): 97140 (10 min) scar and retrograde massage with PIP mobilisation, 97110 (15 min) tendon glides, blocked flexion and putty with reps; ring-finger extension loss after fasciectomy with degrees: passes.
        ["vord-h197-tvhr-ot-dupuytren-scar-and-tendon-glides"] = new(
            """
            EchoChart Scribe · Tanque Verde Hand & Rehab · Tucson, AZ
            Treating clinician: Graciela Montaño, OTR/L, CHT

            Reason for visit ▸ The patient, a saddle maker, reports the right ring finger still will not lie flat on the leather.
            Services & time ▸ 97140 Manual therapy · 10 min | 97110 Therapeutic exercise · 15 min
            What the patient did ▸ Manual therapy: scar massage along the palmar incision, retrograde massage of the ring finger, and grade II PIP and MCP joint mobilization of the ring finger. Therapeutic exercise: tendon glides 10 of each position, blocked PIP flexion 3 x 10, and gripping soft putty 3 x 10.
            Findings ▸ Right ring finger PIP extension loss and scar adhesion after the fasciectomy for Dupuytren's contracture. PIP extension −25° before and −18° after manual therapy.
            Plan ▸ Night extension splint checked; continue.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["M72.0"], [OT("97140", 10), OT("97110", 15)], []),

        // EchoChart TVHR, Evan Ruelas: river-stone trail mock-up, BAPS, tube perturbations; "Correction (E.R., PT): hopping was discussed only, not done" withdraws one of several techniques; L ankle instability; SLS and Y-Balance; one-on-one; 23 min: passes.
        ["vord-h197-tvhr-hiker-ankle-correction-withdraws-hopping"] = new(
            """
            EchoChart Scribe · Tanque Verde Hand & Rehab · Tucson, AZ
            Treating clinician: Evan Ruelas, PT

            Reason for visit ▸ The patient, a desert hiker, reports the left ankle rolls on the loose rock of the Sabino trail.
            Services & time ▸ 97112 Neuromuscular re-education · 23 min
            What the patient did ▸ One-on-one with the therapist throughout. Single-leg stance on the river-stone trail mock-up, BAPS board level 3 in standing, and single-leg stance with resistance-tube perturbations from the therapist. The therapist introduced hopping drills on the mini-trampoline.
            Correction (E.R., PT): hopping was discussed only, not done — deferred for pain.
            Findings ▸ Left ankle instability with reduced proprioception and a slow peroneal response after repeated sprains. Single-leg stance on foam left 11 seconds; Y-Balance anterior reach left 59 cm (right 66 cm).
            Plan ▸ Hopping when pain allows.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["S93.402D", "M25.372"], [PT("97112", 23)], []),

        // EchoChart KRPT, Raymond Kowalczyk (PTA) 97110: mini-squats, step-ups, cuffed knee extension with sets and load; R quad weakness with knee OA and a bleachers goal; 18 min: passes.
        ["vord-h197-krpt-pta-97110-knee-oa"] = new(
            """
            EchoChart Scribe · Kittatinny Ridge Physical Therapy · Stroudsburg, PA
            Treating clinician: Raymond Kowalczyk, PTA (supervising PT: Bridget Szabo, PT)

            Reason for visit ▸ The patient wants to climb the bleachers at her granddaughter's field-hockey games.
            Services & time ▸ 97110 Therapeutic exercise · 18 min
            What the patient did ▸ Mini-squats at the counter 3 x 15, step-ups onto a 6-inch step 3 x 10 each leg, and seated knee extension with a 5-lb cuff weight 3 x 12.
            Findings ▸ Right quadriceps weakness with right knee osteoarthritis; she leads with the left on stairs.
            Plan ▸ Progress the step height.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["M17.11"], [PTA("97110", 18)], []),

        // EchoChart KRPT, Bridget Szabo: 97112 (23 min) half-kneeling rhythmic stabilisation, metronome target stepping, tandem with light touch, SARA; 97116 (15 min) rollator gait with cues, distance and SBA; ataxia after cerebellar stroke; one-on-one: passes.
        ["vord-h197-krpt-ataxia-nmr-and-gait"] = new(
            """
            EchoChart Scribe · Kittatinny Ridge Physical Therapy · Stroudsburg, PA
            Treating clinician: Bridget Szabo, PT

            Reason for visit ▸ The patient reports he staggers "like he's had a few" walking to the mailbox.
            Services & time ▸ 97112 Neuromuscular re-education · 23 min | 97116 Gait training · 15 min
            What the patient did ▸ One-on-one with the therapist for the whole visit. Neuromuscular re-education: rhythmic stabilization in half-kneeling, stepping to floor targets with a metronome, tandem walking with light touch at the rail. Gait training: rollator on level floor and carpet, cues for a narrower base and a slower cadence.
            Findings ▸ Ataxia with a wide base and irregular stepping after the cerebellar stroke. SARA 11/40; walked 300 feet with the rollator and stand-by assistance.
            Plan ▸ Try the cane indoors.

            ⚠ AI-generated draft — reviewed by the treating clinician before signature.
            """,
            ["I69.393"], [PT("97112", 23), PT("97116", 15)], []),

        // Quillstone SVH, Rosa Valdez 97140: central PAs T4–T8, rib springing, STM to the rhomboids; thoracic stiffness after calving season; rotation degrees; 11 min: passes.
        ["vord-h197-svh-97140-thoracic-after-calving"] = new(
            """
            ## Daily Treatment Note — Outpatient Rehabilitation
            **Facility:** Saguache Valley Hospital, Center
            **Clinician:** Rosa Valdez, PT

            ### Subjective
            The patient, a cattle rancher, reported that his mid-back has been stiff and sore since calving season.

            ### Interventions
            - Manual therapy (CPT 97140) — 11 minutes
              - Central posterior-anterior mobilizations T4–T8, grade III–IV
              - Rib springing on the right
              - Soft-tissue mobilization to the rhomboids and middle trapezius

            ### Assessment
            Thoracic hypomobility with mid-back pain and rhomboid guarding. Thoracic rotation right 35° before and 45° after.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["M54.6"], [PT("97140", 11)], []),

        // Quillstone PSSP, Hollis Tate: reactive neuromuscular training (banded valgus pull on single-leg squats), perturbed lateral step-downs, drop landings; dynamic valgus control after patellar dislocation; counts and step-down score; one-on-one; 22 min: passes.
        ["vord-h197-pssp-patellar-dislocation-rnt"] = new(
            """
            ## Daily Note
            **Clinic:** Pamlico Sound Sports & Spine PT — Washington, NC
            **Clinician:** Hollis Tate, PT, DPT, SCS

            ### Subjective
            The patient, a high-school volleyball setter, reported that she is afraid the kneecap will "pop out" when she lands.

            ### Interventions
            - Neuromuscular re-education (97112) — 22 minutes, one-on-one
              - Reactive neuromuscular training: single-leg squats with a band pulling the knee into valgus, mirror feedback
              - Lateral step-downs with perturbations at the pelvis
              - Drop landings to a stick

            ### Assessment
            Poor dynamic knee valgus control with delayed gluteal activation after the right patellar dislocation. 8 of 10 single-leg squats without valgus; lateral step-down test score 2 (4 at evaluation).

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            ["S83.004D"], [PT("97112", 22)], []),

        // Clarion CCBV, Ingrid Nakamura: X2 viewing, head-turn walking while reading signs, the hedged AI sentence beside them; R vestibular hypofunction; DVA and DGI; one-on-one; 22 min: passes.
        ["vord-h197-ccbv-x2-viewing-reading-signs"] = new(
            """
            CLARION AMBIENT — VISIT NOTE
            Clearwater Canyon Balance & Vestibular · Orofino, Idaho
            Clinician: Ingrid Nakamura, PT

            SESSION SUMMARY
            The patient, a school librarian, reported that the words "jump" when she walks the stacks reading the spines. The patient was treated one-on-one. The therapist provided X2 viewing with the target and head moving in opposite directions, and walking the hallway with head turns while reading signs posted on both walls. Balance activities were performed to improve stability.

            FINDINGS
            Right vestibular hypofunction with gaze instability while walking. Dynamic visual acuity 2-line loss; Dynamic Gait Index 20/24.

            TIME STATEMENT
            Neuromuscular re-education (97112): 22 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Ingrid Nakamura, PT.
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // TheraVoice NPNR, Brendan Quinlan (PTA) 97110: low-chair sit-to-stands with R loading, step-ups and single-leg bridges with sets; R hip and knee extensor weakness after the stroke; 16 min: passes.
        ["vord-h197-npnr-pta-97110-after-stroke"] = new(
            """
            TheraVoice Assist | Ninigret Pond Neuro Rehab — Charlestown, RI
            Clinician: Brendan Quinlan, PTA (supervising PT: Marisol Tavares, PT, NCS)
            Chief concern: The patient reports he cannot get up from the low couch without pulling on the arm.
            Service: Therapeutic exercise — 97110 — 16 min
            Interventions performed:
            • Sit-to-stand from a low chair with the right foot back to load the right leg, 3 x 10
            • Step-ups onto a 4-inch step leading with the right, 3 x 10
            • Bridging on the right leg with the left crossed over, 3 x 8
            Impairment addressed: Right hip and knee extensor weakness after the stroke.
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            ["I69.351"], [PTA("97110", 16)], []),

        // Clarion VRHT, Annika Lindgren: 97112 (22 min) and 97116 (15 min) in the time statement; one-on-one; release from lean and threshold stepping with TUG and recoveries; four-wheeled-walker gait to the woodshed with distance and SBA; slow backward stepping and shuffling on turns: passes.
        ["vord-h197-vrht-nmr-and-gait-to-the-woodshed"] = new(
            """
            CLARION AMBIENT — HOME VISIT NOTE
            Vermilion Range Home Therapy · Tower, Minnesota
            Clinician: Annika Lindgren, PT

            SESSION SUMMARY
            The visit took place in the patient's home and care was one-on-one. For neuromuscular re-education the therapist provided backward release-from-lean at the kitchen counter and stepping over the doorway threshold with light perturbations. For gait training the therapist took him through the kitchen, around the table and out the back door along the path to the woodshed with the four-wheeled walker.

            ASSESSMENT
            Slow backward protective stepping with fear of falling; short, shuffling steps on turns. Timed Up and Go 16.4 seconds; 3 of 5 backward releases recovered with one step; walked 200 feet to the woodshed with stand-by assistance.

            TIME STATEMENT
            Neuromuscular re-education (97112): 22 minutes. Gait training (97116): 15 minutes.

            Drafted by Clarion Ambient from the visit conversation; reviewed, edited and signed by Annika Lindgren, PT.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22), PT("97116", 15)], []),

        // Quillstone PSSP, Keisha Bynum (PTA): a complete 97112 note (one-on-one, BOSU and hop-to-stick work, ankle proprioception, SLS and hops) sent with no diagnosis: diagnosis missing only.
        ["vord-h197-pssp-pta-complete-nmr-no-diagnosis"] = new(
            """
            ## Daily Note
            **Clinic:** Pamlico Sound Sports & Spine PT — Washington, NC
            **Clinician:** Keisha Bynum, PTA (supervising PT: Hollis Tate, PT, DPT)

            ### Subjective
            The patient, a dock worker, reported that his right ankle still feels unsure on the wet pier boards.

            ### Interventions
            - Neuromuscular re-education (97112) — 22 minutes, one-on-one
              - Single-leg stance on the BOSU with head turns
              - Forward hops to a stick landing
              - Perturbations on the rocker board

            ### Assessment
            Reduced right ankle proprioception and a delayed peroneal response after the sprain. Single-leg stance right 14 seconds; 8 of 10 hops stuck.

            ---
            _This note was generated with AI assistance and reviewed by the clinician._
            """,
            [], [PTA("97112", 22)], [Dx]),

        // TheraVoice KPOR, Wes Oberle: a complete 97110 note (step-ups, banded walks, sit-to-stands with sets; L quad and hip weakness) sent with no diagnosis: diagnosis missing only.
        ["vord-h197-konza-complete-97110-no-diagnosis"] = new(
            """
            TheraVoice Assist | Konza Prairie Outpatient Rehab — Manhattan, KS
            Clinician: Wes Oberle, PT
            Chief concern: The patient reports the left leg tires halfway up the grain-bin steps.
            Service: Therapeutic exercise — 97110 — 16 min
            Interventions performed:
            • Step-ups onto an 8-inch step leading with the left, 3 x 10
            • Lateral band walks with a red band, 3 lengths
            • Sit-to-stand from a standard chair without hands, 3 x 12
            Impairment addressed: Left quadriceps and hip abductor weakness.
            — TheraVoice Assist: AI-drafted from session audio, clinician-verified —
            """,
            [], [PT("97110", 16)], [Dx]),

    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
