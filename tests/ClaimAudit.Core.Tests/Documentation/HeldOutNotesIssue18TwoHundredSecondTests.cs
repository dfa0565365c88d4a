using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The two-hundred-and-second held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (the
/// two-hundredth, hundred-and-ninety-ninth, hundred-and-ninety-sixth and hundred-and-ninety-fifth read for their format;
/// the hundred-and-eighty-eighth's summary read, and the forty-first, thirty-fifth, seventeenth and twenty-first
/// skimmed, only to keep clear of their clinics, templates and phrasings for internationally educated writers). The engine's output on these notes was
/// never looked at while writing them, and the tests were never run by the reviewer. Written 2026-12-07 (blind), the set
/// is notes by therapists who learned English as a second language or trained abroad — in the Philippines, India,
/// Nigeria, Mexico, Poland, Korea, Egypt and Brazil — each writing in their own natural English inside their clinic's
/// template: dropped articles and plurals, tense mixing ("pt is doing the tandem walk and improved"), Commonwealth and
/// Indian usages ("physio", "mobilisation", "programme", "was made to match", "given", "taught", "done", "c/o",
/// "nil", "x 10 reps", "kept on", "since 2 yrs"), Nigerian ("Pt was reviewed today", "was placed on", "was commenced
/// on"), Spanish and Portuguese ("the patient refers", "treatment realized", "indications for the heel strike",
/// "conduct", "evolution", "presents", "during 8 seconds"), Polish ("mgr", "unstable ground", "deep sensation", "min."
/// after the number, articles left out), Korean ("Patient said feet is numb, when she walk to church in the dark she is
/// swaying", "possible until 110 degree", "23min" run together) and Egyptian ("Pt was received in the clinic", "Pt is
/// suffering from", "as regard") word order and spelling, and the clinics' templates around them. About two thirds are
/// ordinary and complete (71 of 110), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three
/// codes, a PT and an OT on one visit), by PTs, PTAs and OTs, at eight clinics:
/// <list type="number">
/// <item>Serramonte Rehab Services, Daly City, California (SRS; Philippines-trained: Marivic Dimaculangan, PT; Arnel
/// Cabrera, PTA; Joanna Macapagal, OTR/L): "PT DAILY NOTE" with "S:", "O:", the code's line "CPT 97112 NMR - 23 mins",
/// the EMR's "Mode of tx: [x] 1:1  [ ] concurrent  [ ] group", "Tx done:", "Pt response:", "A:" and "P:" — "all
/// throughout", "already", "pt verbalized", "on that time", the clinic's own "Tibay Balance Program";</item>
/// <item>Irving Neuro Physio &amp; Balance Centre, Irving, Texas (INPB; India-trained: Dr. Lakshmi Narayanan, PT; Vikram
/// Deshmukh, PTA): "Physiotherapy Treatment Note" with "C/O:", "O/E:", "Rx given:", "Mode:", "Time: 97112 – 22 mins",
/// "Outcome measure:" with its blanks, and "Advice:";</item>
/// <item>Landover Hills Physiotherapy &amp; Wellness, Landover Hills, Maryland (LHPW; Nigeria-trained: Oluwaseun Adebayo,
/// PT; Chiamaka Obi, PTA): the "REVIEW NOTE" ("Pt was reviewed today.", "Complaint:", "On assessment:", "Treatment:",
/// "Duration: 97112 — 24 mins", "Outcome:", "Plan:"), minutes once in words;</item>
/// <item>Pilsen Family Rehab, Chicago, Illinois (PFR; Mexico-trained: Guadalupe Orozco Medina, PT; Rodrigo Esparza, PTA):
/// "Session note" with "Subjective:", "Treatment realized:", "Modality of attention: ✔ individual (one to one) ☐
/// group", "Observations:" and "Time: 97112 = 22 min", the clinic's "Camina Seguro" levels;</item>
/// <item>Greenpoint Rehabilitation &amp; Physiotherapy, Brooklyn, New York (GRP; Poland-trained: mgr Agnieszka Wójcik, PT;
/// Tomasz Kowalczyk, PTA): the "Daily therapy card" with "Patient condition:", "Applied therapy:" and the code's line
/// "- 97112 neuromuscular re-education, 23 min.", "Form of therapy:", "Tests:" and "Recommendations:", the clinic's
/// "Stabilny Krok" stages;</item>
/// <item>Wilshire Balance &amp; Rehab, Koreatown, Los Angeles (WBR; Korea-trained: Ji-hye Park, PT, DPT; Min-jun Choi, PTA;
/// Soo-ah Lim, OTR/L): a numbered "Daily Note" ("1. Subjective", "2. Treatment" with "- 97112 NMR : 23min", "3. 1:1",
/// "4. Assessment", "5. Plan"), now and then technique boxes "☑ … ☐ …";</item>
/// <item>Brookhurst Physical Therapy, Anaheim, California (BPT; Egypt-trained: Dr. Mina Girgis, PT, DPT; Marina Fahmy,
/// PTA; Nadia Iskander, OTR/L): "Daily Treatment Note" with "Pt was received in the clinic …", "Pt is suffering from:",
/// "Program applied:", "One-on-one: ☒ Yes ☐ No", "Measurements:", "Time:" and "Recommendation:", the clinic's
/// "Brookhurst Balance Ladder" rungs;</item>
/// <item>Concord Street Physiotherapy, Framingham, Massachusetts (CSP; Brazil-trained: Thaís Albuquerque, PT; Rafael
/// Nogueira, OTR/L): the "Evolution note" with "Complaint:", "Conduct:" and the code's line "97112 Neuromuscular
/// re-education — 22 min", "Attendance:", "Evaluation:" (with a "deficit: ____" line on the newer form) and
/// "Evolution:", and a 97116 form's "Distance: ____  Assistance: ____".</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read a great many notes by internationally
/// educated clinicians, applying the contract to what the filled-in text says in the writer's own English: a dropped
/// article, a mixed tense, a first language's word order, "realized" for done, "refers" for reports, "presents" for has,
/// "possible" for able, "was received" for arrived change nothing a reviewer checks; "one therapist – one patient",
/// "only the patient and me in the cubicle during all the session", "only me and patient", "Writer was with pt alone, one-on-one",
/// "treated individually by me … no other pts scheduled with me at the same time" and "1:1 all throughout" state
/// one-on-one; a ticked box states what it names, an empty box or a blank line states nothing, a box struck or ticked in
/// error and corrected in words is withdrawn and the correction stands; "nil significant", "stable, without changes",
/// "as per initial evaluation" and "tolerated tx well, progressing" name no deficit; "more secure than last session",
/// "to be done on re-eval" and "not done today" are no measure; a programme's name, level, stage or rung is not a
/// technique:
/// <list type="bullet">
/// <item>class 1 (v1-h202-…): one-on-one in these writers' own words (SRS "with this PT 1:1 all throughout the NMR, no
/// other pt was handled by me on that time", INPB "one therapist – one patient throughout the NMR" with the son taught
/// the home programme, LHPW "Writer was with pt alone, one-on-one" with the wife in, PFR "only the patient and me in the
/// cubicle during all the session", GRP "individual, 1:1 – therapist only with this patient whole time", WBR "Only me
/// and patient during NMR time", BPT "treated individually by me … his son attended the session"), notes that negate it
/// (an SRS PTA "cueing them alternately" with Mr. Villareal, an INPB PTA with "one more pt … supervised … simultaneously",
/// a WBR PTA "Mr. Lee also on balance beam same time, I helped both", a GRP PTA's group circuit of three) or never state
/// it (an LHPW PTA review note), and a CSP OT's 97530 "in pair" with another client, which has no one-on-one
/// check;</item>
/// <item>class 2 (v2-h202-…): checkbox and blank states (SRS "[x] 1:1" ticked, nothing ticked, and "[x] concurrent"
/// ticked in error and corrected in words; BPT "☒ Yes ☐ No", "☐ Yes ☒ No" and "☐ Yes ☐ No" left blank beside a
/// narrative that states one-on-one; PFR "✔ individual (one to one)" ticked and struck to group; WBR technique boxes
/// ticked; INPB "Outcome measure: Berg 44/56  TUG ____  DGI ____" and the same row left wholly blank; a CSP 97116's
/// "Distance:" and "Assistance:" filled; a CSP "deficit: ________" left blank);</item>
/// <item>class 3 (v3-h202-…): named methods as techniques in these writers' schooling (Vojta reflex locomotion, Kabat's
/// PNF diagonals D1 and D2 with stabilising reversals, the Carr and Shepherd Motor Relearning Programme, perturbation
/// training on rocker, roller and tilt boards after an ACL reconstruction, X1 and X2 gaze stabilisation with a Hangul
/// letter card and habituation, the McKenzie extension programme for 97110, Maitland grade III mobilisation for 97140,
/// rhythmic auditory cueing with a metronome for 97116) and a programme's name or level as the only technique ("Tibay
/// Balance Program Level 2", "Stabilny Krok stage II as per card", "Brookhurst Balance Ladder — rung 4", "Camina
/// Seguro, intermediate level");</item>
/// <item>class 4 (v4-h202-…): deficits stated as findings (poor timing and sequencing of weight shift and step, reduced
/// somatosensation of both feet after chemotherapy, slow recruitment of the right gluteus medius, dependence on vision
/// with visual motion sensitivity after a concussion, disturbed deep sensation of the left leg after a stroke, late serratus
/// activation with scapular winging, right knee weakness with a goal to climb the bus step to church for 97530, left
/// quadriceps weakness with an extension lag for 97110) and notes that state none ("Pt tolerated tx well.
/// Progressing.", "O/E: nil significant", "Patient condition: stable, without changes", "Pt is suffering from: as per
/// initial evaluation");</item>
/// <item>class 5 (v5-h202-…): measures in every usual form (a Berg against the last review, a TUG in secs with a quad
/// cane, tandem stance "during 8 seconds", an FGA and a walk speed, an mCTSIB condition in sec, sets, repetitions and
/// kilograms for 97110, feet and assistance for 97116, counts and assistance for an OT's 97530) and notes with none
/// ("The patient is more secure than the last session", "Berg to be done on re-eval", "Tests: not done today, patient
/// tired", a 97110 "as tolerated", a 97116 "round the clinic with the rollator");</item>
/// <item>class 6 (v6-h202-…): minutes in these templates' forms (two SRS code lines, an INPB clock range with its minutes
/// on the code's line, LHPW minutes in words, PFR "97112 = 22 min, 97116 = 15 min", GRP "23 min." and "10 min.", WBR
/// "23min" and "15min", a PT's and an OT's code in one BPT note, three CSP code lines), true mismatches (35 on a
/// 23-minute line, a 97110 given 25 on a 13-minute line, "30min" on an 18-minute line) and truly missing separate time (an
/// LHPW "Total treatment time", a PFR "hour of entry / hour of exit" for two codes, a BPT 97140 with no minutes beside a
/// 97112 with its own);</item>
/// <item>class 7 (v7-h202-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check),
/// the contract's meanings for 97110 (a GRP PTA's closed-kinetic-chain knee work), 97530 (an SRS OT's car transfers and
/// grocery bags), 97140 (a BPT frozen shoulder's glenohumeral glides and soft-tissue mobilisation), 97116 (an LHPW PTA's quad-cane gait
/// re-education) and a second 97530 (a WBR OT's rice-pot kitchen task), and wholly generic notes ("Balance exercises
/// done. Pt tolerated well. Cont POC.", "Exercises given as per protocol", "Functional training continued. Well
/// tolerated.", "Balance and coordination exercise done." under "1:1 — Yes.", "Pt was given balance training … to continue same
/// program");</item>
/// <item>ordinary (vord-h202-…): complete notes of these clinics a reviewer passes (the false-positive guard) — single and
/// multi-code, with "tolerated well" and "to continue" beside the specifics, family in the room, numbers that are not
/// minutes — and the ordinary weak ones: two complete notes with no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — daughters, sons, a wife, a husband, a
/// granddaughter, a son who drives (none of them a patient; Mr. Villareal at the parallel bar, the post-TKR patient in
/// the same bay, Mr. Lee on the beam, the two others on the GRP circuit, Mrs. Ramírez in a PFR group and the CSP client
/// at the same table are), years since an injury, falls counted, step heights in inches, loads in pounds and kilograms,
/// distances in feet and metres, reach and hop distances in centimetres, degrees, percentages of weight bearing, a
/// metronome's beats, walk speeds, seconds and counts of trials, catches, clothespins, bags and transfers — and each is
/// written so that a reviewer cannot take it for a billed code's minutes; a code's minutes are written next to the code
/// ("CPT 97112 NMR - 23 mins", "Time: 97112 – 22 mins", "97112 = 22 min", "- 97112 NMR : 23min", "97112 neuromuscular
/// re-education, 23 min."), in words after the code, or as a clock range with its minutes on the code's own line; no
/// note gives minutes to a drill, a rest or a test, except the two that give two codes only a visit total or a time in
/// and out; notes failed for want of a measure carry no number but their code and its minutes (and the "1:1" of an
/// attendance line and a form's numbered headings). DOC_GENERIC_ONLY is
/// expected only where the note names no technique, deficit or measure at all. A 97112 passes the measure check only
/// on an objective measure with a number and fails it only when the note has no number but its code and its minutes;
/// for the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure. One-on-one is
/// judged on the billed minutes: a family member, caregiver, interpreter or staff member in the room does not undo a
/// one-on-one statement, another patient treated in the same block does, and a therapist attending someone else during
/// the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges for a code, minutes of an exercise, a rest or a test, canalith repositioning, three-character or
/// dotless diagnosis codes, and any line with a code that has no documentation profile (heat, TENS, evaluations and
/// group classes stay in the notes, never on a line).
/// This set also leaves out what these writers' English could honestly leave in doubt: "individual" alone as the
/// delivery (the patient's own exercises or the session's delivery), "personalized" alone without who was in the room,
/// "pt was given exercises" without who was with whom, "under supervision" or "supervised" as the only delivery word
/// (a PTA's supervision by the PT, or the patient's), "assisted" in the Spanish sense of attended, "min" meaning minimal
/// beside a number ("min A x 2"), "mts" or "'" for minutes, minutes written in Portuguese or Spanish ("minutos"), a
/// Brunnstrom stage, a muscle grade or a Vojta phase number as a 97112's only number, "approx." or "about" before a
/// code's minutes, a dose written "10 x 3" that could be read as minutes, "same as previous" as the only carrier of a
/// technique, "balance" or "coordination" used as a deficit with nothing more ("poor balance" alone), "giddiness" or
/// "dizziness" as the only deficit without a system or a finding, a struck box with no word of what stands, and dates in
/// the European order (never written).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 104 of 110 cases agree (108 needed), and 3 of the 71 notes the reviewer passes got a finding, on the analyzer of c0bf95d (the 2026-12-07 twenty-seventh session at its start, after the twenty-sixth session skipped facts of the 198th and 200th sets were worked through; nothing was changed for this set) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (engine code 41ca737, after two reviews): 108 of 110, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18TwoHundredSecondTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in the writers' own words, negated, unstated

        // SRS, Marivic Dimaculangan (Philippines): "[x] 1:1" and "Pt was with this PT 1:1 all throughout the NMR, no other pt was handled by me on that time" (daughter at the lobby); L weight shift with tapping, foam eyes closed, cone stepping, lateral reach on foam; impaired postural control after R MCA stroke; Berg and SLS; 23 mins: passes.
        ["v1-h202-srs-one-on-one-all-throughout"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            PT DAILY NOTE
            Therapist: Marivic Dimaculangan, PT

            S: Pt c/o she is losing her balance when turning to get the rice cooker from the counter. Daughter brought her and waited at the lobby.
            O:
            CPT 97112 NMR - 23 mins
            Mode of tx: [x] 1:1  [ ] concurrent  [ ] group
            Pt was with this PT 1:1 all throughout the NMR, no other pt was handled by me on that time.
            Tx done: weight shifting to L side at the parallel bar with tapping on L glutes, standing on foam pad with eyes closed, stepping over cones leading with L foot, reaching to the side while standing on foam.
            Pt response: pt is doing the stepping over cones and improved, less hand support already.
            A: Impaired postural control with poor weight acceptance on L LE s/p R MCA stroke.
            Berg 40/56 (last re-eval 35/56). Single leg stance L 4 secs.
            P: Continue NMR, progress to tandem walk next session.
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // INPB, Dr. Lakshmi Narayanan (India): "Mode: one therapist – one patient throughout the NMR. Son was present and taught the home programme." (family); foam feet together, tandem along the wall with head turns, joint-position matching; sensory ataxia from diabetic neuropathy with a positive Romberg; Romberg and tandem secs, Berg; 22 mins: passes.
        ["v1-h202-inpb-one-therapist-one-patient"] = new(
            """
            IRVING NEURO PHYSIO & BALANCE CENTRE — Irving, TX
            Physiotherapy Treatment Note
            Physio: Dr. Lakshmi Narayanan, PT

            C/O: Pt c/o feet feeling "like walking on sponge" since 2 yrs, more in the night when going to washroom. H/O one fall in bathroom last month.
            O/E: Sensory ataxia — Romberg positive, pt sways and opens eyes within few secs. Vibration sense absent at both great toes.
            Rx given:
            - Standing on foam with feet together, eyes open and closed
            - Tandem walking along the wall with head turns
            - Ankle joint position sense training — pt was made to match Rt foot position with Lt foot, eyes closed
            Mode: one therapist – one patient throughout the NMR. Son was present and taught the home programme.
            Time: 97112 – 22 mins
            Outcome measure: Romberg eyes closed 6 secs; tandem stance 9 secs; Berg 45/56.
            Advice: Night lamp in washroom, HEP to be kept on twice daily.
            """,
            ["E11.42", "Z91.81"], [PT("97112", 22)], []),

        // LHPW, Oluwaseun Adebayo (Nigeria): "Writer was with pt alone, one-on-one, throughout the neuromuscular re-education; his wife sat in and was taught the home programme"; backward stepping to pelvic perturbation, turning round a chair to floor markers with counting, big-arm-swing walking to a metronome; freezing on turning and poor backward reactive stepping in Parkinson's; pull test and Mini-BESTest; 24 mins: passes.
        ["v1-h202-lhpw-writer-alone-wife-taught"] = new(
            """
            LANDOVER HILLS PHYSIOTHERAPY & WELLNESS — Landover Hills, MD
            REVIEW NOTE
            Physiotherapist: Oluwaseun Adebayo, PT

            Pt was reviewed today, came with his wife.
            Complaint: Pt complained that his feet "stick to the ground" when he wants to turn in the kitchen and he nearly fell last week.
            On assessment: Freezing of gait on turning, with reduced reactive stepping backwards. Pull test: pt took 4 steps to recover.
            Treatment: Writer was with pt alone, one-on-one, throughout the neuromuscular re-education; his wife sat in and was taught the home programme.
            - Backward and sideways stepping in response to perturbation at the pelvis
            - Turning practice around a chair using visual floor markers and counting aloud
            - Walking with large arm swing to the beat of a metronome
            Duration: 97112 — 24 mins
            Outcome: Mini-BESTest 18/28 (previous review 15/28).
            Plan: To continue. Pt to practise turning with count at home.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // PFR, Guadalupe Orozco Medina (Mexico): "✔ individual (one to one) — only the patient and me in the cubicle during all the session" (son in the reception); weight transfer with tactile stimulus, step-ups with mirror, cushion perturbations; R hemiparesis with knee hyperextension (motor control); Berg and TUG; 22 min: passes.
        ["v1-h202-pfr-only-the-patient-and-me"] = new(
            """
            PILSEN FAMILY REHAB — Chicago, IL
            Session note
            Physical therapist: Guadalupe Orozco Medina, PT

            Subjective: The patient refers that her right leg "does not obey" when she goes down from the bus. Her son accompanied her and waited in the reception.
            Treatment realized: Neuromuscular re-education (97112).
            - Exercises of weight transfer to the right leg in standing, with tactile stimulus in the quadriceps
            - Step-ups to a low step with the right leg and controlled descent, with the mirror for visual feedback
            - Standing on the balance cushion with perturbations in the pelvis
            Modality of attention: ✔ individual (one to one)  ☐ group — only the patient and me in the cubicle during all the session.
            Observations: Right hemiparesis with deficit of motor control of the right knee (hyperextension in the stance phase). Berg 43/56; Timed Up and Go 15 seconds with the cane.
            Time: 97112 = 22 min
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // GRP, mgr Agnieszka Wójcik (Poland): "Form of therapy: individual, 1:1 – therapist only with this patient whole time"; cushion and rocker board eyes open/closed, single-leg stance with ball throwing; deficit of proprioception L ankle after ORIF with late peroneal reaction; SLS s and Star Excursion cm; 23 min.: passes.
        ["v1-h202-grp-individual-whole-time"] = new(
            """
            GREENPOINT REHABILITATION & PHYSIOTHERAPY — Brooklyn, NY
            Daily therapy card
            Physiotherapist: mgr Agnieszka Wójcik, PT

            Patient condition: Patient after fracture of left ankle (ORIF), walks without crutches. Complains of instability of ankle on uneven pavement and on stairs in subway.
            Applied therapy:
            - 97112 neuromuscular re-education, 23 min.
            - Proprioception training on unstable ground: balance cushion, rocker board in sagittal and frontal plane, eyes open and closed.
            - Single leg stance on left leg with ball throwing to therapist.
            Form of therapy: individual, 1:1 – therapist only with this patient whole time.
            Assessment: Deficit of proprioception of left ankle, delayed reaction of peroneal muscles.
            Tests: Single leg stance left 9 s, right 30 s. Star Excursion anterior left 58 cm, right 66 cm.
            Recommendations: Continue home exercises on pillow.
            """,
            ["S82.852D"], [PT("97112", 23)], []),

        // WBR, Ji-hye Park (Korea): "3. 1:1 — Yes. Only me and patient during NMR time, no other patient."; golf-swing drills on a balance pad eyes closed, reactive lateral step to a ball catch, single-leg deadlift on Airex; R knee proprioception and dynamic valgus after ACL reconstruction; hop and foam stance figures; 23min: passes.
        ["v1-h202-wbr-only-me-and-patient"] = new(
            """
            WILSHIRE BALANCE & REHAB — Los Angeles, CA (Koreatown)
            Daily Note
            Therapist: Ji-hye Park, PT, DPT

            1. Subjective
            Patient said right knee is shaking when she do golf swing follow-through. ACL reconstruction 5 months ago.
            2. Treatment
            - 97112 NMR : 23min
            - Golf swing drill (half swing) standing on balance pad, eyes open → eyes close
            - Reactive lateral step and stick to catch ball thrown to right side
            - Single leg deadlift on Airex, right leg
            3. 1:1
            Yes. Only me and patient during NMR time, no other patient.
            4. Assessment
            Right knee proprioception decreased, dynamic valgus when single leg squat and landing.
            Single leg hop R 112cm / L 140cm (80%). Foam single leg stance eyes close R 11sec, L 24sec.
            5. Plan
            Next time add full swing on foam.
            """,
            ["S83.511D"], [PT("97112", 23)], []),

        // BPT, Dr. Mina Girgis (Egypt): "One-on-one: ☒ Yes" and "Pt was treated individually by me all the NMR time; no other pts were scheduled with me at the same time. His son attended the session."; heel-to-shin and floor-target tapping, quadruped and kneeling rhythmic stabilisation, line walking; L ataxia after cerebellar stroke; SARA and tandem steps; 22 mins: passes.
        ["v1-h202-bpt-treated-individually-son-attended"] = new(
            """
            BROOKHURST PHYSICAL THERAPY — Anaheim, CA
            Daily Treatment Note
            Therapist: Dr. Mina Girgis, PT, DPT

            Pt was received in the clinic walking with his son, using the cane.
            Pt is suffering from: ataxia of Lt side after cerebellar stroke, with overshooting of Lt foot and wide base during walking.
            Program applied (97112):
            - Heel-to-shin slides and foot tapping to targets on the floor, slow and controlled
            - Rhythmic stabilization in quadruped then in kneeling
            - Walking on a line with cues to narrow the base
            One-on-one: ☒ Yes ☐ No
            Pt was treated individually by me all the NMR time; no other pts were scheduled with me at the same time. His son attended the session.
            Measurements: SARA 13/40; tandem walk 6 steps before losing balance.
            Time: 97112 — 22 mins
            Recommendation: Continue, add weighted cuff to Lt ankle next session.
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // CSP, Rafael Nogueira (OT, Brazil) 97530: "Attendance: in pair — another client was doing her own activities at the same table, I alternated between them." — 97530 has no one-on-one check; clothesline hanging, wringing and folding, basket carry; R wrist and grip weakness after distal radius fracture with a cleaning-work goal; grip kg, counts and assistance; 20 min: passes.
        ["v1-h202-csp-ot-97530-in-pair"] = new(
            """
            CONCORD STREET PHYSIOTHERAPY — Framingham, MA
            Evolution note — Occupational therapy
            Occupational therapist: Rafael Nogueira, OTR/L

            Complaint: Patient referred that she cannot hang the clothes in the line since the fracture of right wrist; she works cleaning houses.
            Conduct:
            97530 Therapeutic activities — 20 min
            - Hanging towels with clothespins on a line at shoulder height
            - Wringing a wet cloth and folding bed sheets
            - Carrying a basket of wet clothes across the room
            Attendance: in pair — another client was doing her own activities at the same table, I alternated between them.
            Evaluation: Weakness of right wrist and grip with limited extension after distal radius fracture; goal to return to cleaning work.
            Grip right 14 kg, left 26 kg. Hung 12 towels with stand-by assistance; basket carried 20 feet x 3 with supervision.
            Evolution: Patient evolves with improvement of the grip strength.
            """,
            ["S52.501D"], [OT("97530", 20)], []),

        // SRS, Arnel Cabrera (PTA): "[x] concurrent" and "Pt did the NMR together with Mr. Villareal at the parallel bar, this PTA was cueing them alternately" — another patient in the block: one-on-one missing; tandem in the bars, foam head turns, side-stepping over half-roll; postural control and stepping reaction; Berg and tandem secs.
        ["v1-h202-srs-pta-cueing-alternately"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            PT DAILY NOTE
            Therapist: Arnel Cabrera, PTA (supervising PT: M. Dimaculangan, PT)

            S: Pt verbalized she is scared already to go down the stairs of the BART station.
            O:
            CPT 97112 NMR - 22 mins
            Mode of tx: [ ] 1:1  [x] concurrent  [ ] group
            Pt did the NMR together with Mr. Villareal at the parallel bar, this PTA was cueing them alternately.
            Tx done: tandem walk in the parallel bar, standing on foam with head turns, side stepping over half-roll foam.
            Pt response: pt is doing the tandem walk and improved, but still with loss of balance on head turns.
            A: Decreased postural control with delayed stepping reaction to the side.
            Berg 44/56. Tandem stance 7 secs.
            P: Continue POC per PT.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // INPB, Vikram Deshmukh (PTA): "Mode: Pt and one more pt (post Rt TKR) were in same bay, both were supervised by undersigned simultaneously." — another patient in the block: one-on-one missing; wobble board with catches, foam mini squats with band perturbation, step-downs; L knee proprioception and buckling after TKR; SLS secs and a count.
        ["v1-h202-inpb-pta-same-bay-simultaneously"] = new(
            """
            IRVING NEURO PHYSIO & BALANCE CENTRE — Irving, TX
            Physiotherapy Treatment Note
            Physio: Vikram Deshmukh, PTA (supervising PT: Dr. L. Narayanan)

            C/O: Pt c/o Lt knee "giving way" while getting down from the SUV.
            O/E: Poor Lt knee proprioception, knee buckles in single leg stance on Lt.
            Rx given:
            - Lt single leg stance on wobble board with ball catch
            - Mini squats on foam with theraband perturbation at the knee
            - Forward and lateral step-downs from 6 inch step, controlled
            Mode: Pt and one more pt (post Rt TKR) were in same bay, both were supervised by undersigned simultaneously.
            Time: 97112 – 23 mins
            Outcome measure: SLS Lt 5 secs, Rt 18 secs; 6 of 10 step-downs without knee buckling.
            Advice: Continue HEP.
            """,
            ["Z96.652"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // WBR, Min-jun Choi (PTA): "3. 1:1 — No. Mr. Lee also on balance beam same time, I helped both of them." — another patient in the block: one-on-one missing; foam feet together eyes closed, beam tandem, rocker; neuropathy proprioception; Berg and mCTSIB sec.
        ["v1-h202-wbr-pta-helped-both"] = new(
            """
            WILSHIRE BALANCE & REHAB — Los Angeles, CA (Koreatown)
            Daily Note
            Therapist: Min-jun Choi, PTA (supervising PT: Ji-hye Park, PT, DPT)

            1. Subjective
            Patient said feet is numb, when she walk to church in the dark she is swaying.
            2. Treatment
            - 97112 NMR : 22min
            - Standing on foam feet together, eyes open → eyes close
            - Tandem walk on balance beam
            - Rocker board forward and backward
            3. 1:1
            No. Mr. Lee also on balance beam same time, I helped both of them.
            4. Assessment
            Decreased proprioception both feet from peripheral neuropathy, depend on vision.
            Berg 46/56, mCTSIB foam eye close 9sec.
            5. Plan
            Continue NMR.
            """,
            ["G62.9"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // GRP, Tomasz Kowalczyk (PTA): "Form of therapy: group — three patients on circuit together, therapist moving between stations." — other patients in the block: one-on-one missing; obstacle stepping, line tandem, cushion catches, push reactions; delayed backward stepping and postural control; Berg and TUG.
        ["v1-h202-grp-pta-group-circuit-of-three"] = new(
            """
            GREENPOINT REHABILITATION & PHYSIOTHERAPY — Brooklyn, NY
            Daily therapy card
            Physiotherapist: Tomasz Kowalczyk, PTA (supervising: mgr A. Wójcik, PT)

            Patient condition: Patient after two falls in winter on ice, afraid of going down to basement laundry.
            Applied therapy:
            - 97112 neuromuscular re-education, 22 min.
            - Circuit: stepping over obstacles, tandem walk on line, standing on balance cushion with catching ball, reaction to light push from behind.
            Form of therapy: group — three patients on circuit together, therapist moving between stations.
            Assessment: Delayed stepping reaction backward, poor postural control on unstable ground.
            Tests: Berg 47/56, TUG 11.8 s.
            Recommendations: Continue.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // LHPW, Chiamaka Obi (PTA): the review note never says who was with whom — one-on-one missing; tapping facilitation of dorsiflexion, stick step-over leading L, step-stand weight shift; L foot drop with poor selective dorsiflexion and late hip flexion; a count and a walk speed.
        ["v1-h202-lhpw-pta-attendance-never-stated"] = new(
            """
            LANDOVER HILLS PHYSIOTHERAPY & WELLNESS — Landover Hills, MD
            REVIEW NOTE
            Physiotherapy assistant: Chiamaka Obi, PTA (supervising: O. Adebayo, PT)

            Pt was reviewed today. She came with her granddaughter.
            Complaint: Pt complained that her left leg "drags" when she is going to the market and she has stumbled twice at the bus stop.
            On assessment: Left foot drop with poor selective dorsiflexion and late timing of left hip flexion during swing.
            Treatment: Pt was placed on neuromuscular re-education:
            - Facilitated dorsiflexion with tapping over left tibialis anterior, in sitting and in standing
            - Stepping over a stick leading with the left leg, with cues
            - Weight shifting onto the left leg in step-standing
            Duration: 97112 — 22 mins
            Outcome: Pt cleared the stick 7 of 10 times without toe catch; 10 metre walk 0.68 m/s.
            Plan: To continue as per PT's plan.
            """,
            ["I69.354"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox states (ticked, unticked, struck, blank)

        // SRS, Marivic Dimaculangan: only the EMR's "Mode of tx: [x] 1:1  [ ] concurrent  [ ] group" states attendance; floor reach on foam, rocker lateral tilts, SLS with ball pass; anticipatory postural control and L ankle proprioception after a sprain; a count, functional reach and SLS: passes.
        ["v2-h202-srs-box-one-to-one-ticked"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            PT DAILY NOTE
            Therapist: Marivic Dimaculangan, PT

            S: Pt works as caregiver in a board-and-care home and c/o she is losing balance when she bends to put on the shoes of her client.
            O:
            CPT 97112 NMR - 22 mins
            Mode of tx: [x] 1:1  [ ] concurrent  [ ] group
            Tx done: reaching to the floor while standing on foam, rocker board lateral tilts, single leg stance on L with trunk rotation passing a ball.
            Pt response: pt was able to reach the floor on foam without hand support on 6 of 10 trials.
            A: Impaired anticipatory postural control on forward reach with decreased L ankle proprioception s/p L ankle sprain.
            Functional reach 24 cm. SLS L 8 secs, R 19 secs.
            P: Progress to BOSU.
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // BPT, Dr. Mina Girgis: "One-on-one: ☒ Yes ☐ No" is the only attendance statement; weight shift with approximation at the L hip, step-stance, PNF pelvic patterns; L hemiparesis with poor weight bearing on the L leg; Berg and percentage weight bearing on the scale; 23 mins: passes.
        ["v2-h202-bpt-box-yes-ticked"] = new(
            """
            BROOKHURST PHYSICAL THERAPY — Anaheim, CA
            Daily Treatment Note
            Therapist: Dr. Mina Girgis, PT, DPT

            Pt was received in the clinic in wheelchair, transferred to the plinth with his wife help.
            Pt is suffering from: Lt hemiparesis after stroke with poor weight bearing on Lt LL; pt is walking with circumduction and keeps the weight on the Rt side.
            Program applied (97112):
            - Weight shift to Lt in standing with approximation through the Lt hip
            - Step-stance with Lt leg in front, rocking forward and back
            - PNF pelvic patterns (anterior elevation / posterior depression) in side lying
            One-on-one: ☒ Yes ☐ No
            Measurements: Berg 38/56; weight bearing on Lt LL 35% on the scale (was 28%).
            Time: 97112 — 23 mins
            Recommendation: Continue program, there is improvement as regard weight shift.
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // BPT, Marina Fahmy (PTA): the box row left blank "One-on-one: ☐ Yes ☐ No" beside the narrative "I treated the pt one-on-one all the NMR time" — the narrative states it: passes; foam reach, tandem on the line, tilt board; proprioception both feet from neuropathy; mCTSIB and Berg; 22 mins.
        ["v2-h202-bpt-pta-box-blank-narrative-states"] = new(
            """
            BROOKHURST PHYSICAL THERAPY — Anaheim, CA
            Daily Treatment Note
            Therapist: Marina Fahmy, PTA (supervising PT: Dr. M. Girgis)

            Pt was received in the clinic with her daughter. Pt said she feels the floor "soft" under her feet.
            Pt is suffering from: decreased proprioception of both feet (diabetic neuropathy), pt depends on vision for balance.
            Program applied (97112):
            - Standing on foam with eyes closed and reaching forward
            - Tandem walking on the line with head turns
            - Tilt board forward-backward with eyes open then closed
            I treated the pt one-on-one all the NMR time.
            One-on-one: ☐ Yes ☐ No
            Measurements: mCTSIB foam eyes closed 10 sec; Berg 47/56.
            Time: 97112 — 22 mins
            Recommendation: Continue as per PT plan.
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // SRS, Arnel Cabrera (PTA): "[x] 1:1  [x] concurrent" with "Correction: concurrent box was ticked in error, pls disregard — pt was 1:1 all throughout. AC" — the correction stands: passes; half-kneel rhythmic stabilisation, foam tandem, hurdle step-and-stick; delayed ankle strategy and poor postural control; Berg and a count; 22 mins.
        ["v2-h202-srs-pta-concurrent-ticked-in-error"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            PT DAILY NOTE
            Therapist: Arnel Cabrera, PTA (supervising PT: M. Dimaculangan, PT)

            S: Pt said she still cannot walk on the grass at the park without holding to her husband.
            O:
            CPT 97112 NMR - 22 mins
            Mode of tx: [x] 1:1  [x] concurrent  [ ] group
            Correction: concurrent box was ticked in error, pls disregard — pt was 1:1 all throughout. AC
            Tx done: rhythmic stabilization in half kneeling, tandem walk on foam beam, stepping over hurdles with stick landing.
            Pt response: pt was able to do the stick landing better, less wobbling already.
            A: Delayed ankle strategy and poor postural control on uneven surface.
            Berg 45/56. Stick landing 7 of 10 without touch-down.
            P: Continue per PT POC.
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // WBR, Ji-hye Park: technique boxes "☑ Foam standing ☑ Tandem walk ☐ BAPS ☑ Perturbation (push)" with "3. 1:1 — Yes, 1:1"; the ticked boxes name the techniques, the unticked BAPS states nothing; delayed stepping and postural reactions; Berg and a count: passes.
        ["v2-h202-wbr-technique-boxes-ticked"] = new(
            """
            WILSHIRE BALANCE & REHAB — Los Angeles, CA (Koreatown)
            Daily Note
            Therapist: Ji-hye Park, PT, DPT

            1. Subjective
            Patient said when bus is stop suddenly she almost fall, two times this month.
            2. Treatment
            - 97112 NMR : 22min
            ☑ Foam standing (eyes close)  ☑ Tandem walk  ☐ BAPS  ☑ Perturbation (push, front/back/side)
            3. 1:1
            Yes, 1:1.
            4. Assessment
            Postural reaction is slow, stepping reaction backward is late and small step.
            Berg 48/56. Push from behind: 5 of 10 recover with one step.
            5. Plan
            Practice holding bus pole with perturbation next time.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // INPB, Dr. Lakshmi Narayanan: "Outcome measure: Berg 44/56  TUG ____  DGI ____" — the filled Berg is the measure, the blanks state nothing; "Mode: one therapist – one patient throughout"; VOR x1, corridor walking with head turns, foam head movements; L vestibular hypofunction with a positive head thrust; 23 mins: passes.
        ["v2-h202-inpb-outcome-row-berg-filled"] = new(
            """
            IRVING NEURO PHYSIO & BALANCE CENTRE — Irving, TX
            Physiotherapy Treatment Note
            Physio: Dr. Lakshmi Narayanan, PT

            C/O: Pt c/o imbalance while turning head to reverse the car, since viral fever.
            O/E: Lt vestibular hypofunction — head thrust test positive to Lt with catch-up saccade; unsteady on head turns in walking.
            Rx given:
            - VOR x1 exercise, horizontal, sitting then standing
            - Walking in corridor with head turns to Rt and Lt
            - Standing on foam with head movements, eyes open
            Mode: one therapist – one patient throughout.
            Time: 97112 – 23 mins
            Outcome measure: Berg 44/56   TUG ____   DGI ____
            Advice: VOR x1 at home thrice daily.
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // CSP, Thaís Albuquerque 97116: the form's "Distance: 150 ft  Assistance: contact guard  Device: rolling walker" filled; gait training with heel-strike and step-length cues, turns and a threshold; R hip weakness after hip fracture with short L step; 24 min: passes.
        ["v2-h202-csp-97116-distance-assistance-filled"] = new(
            """
            CONCORD STREET PHYSIOTHERAPY — Framingham, MA
            Evolution note
            Physiotherapist: Thaís Albuquerque, PT

            Complaint: Patient referred fear to walk alone to the bathroom at night.
            Conduct:
            97116 Gait training — 24 min
            - Gait training with rolling walker in the corridor, with verbal cues for heel strike and longer step of the left leg
            - Turns of 180 degrees with the walker and passing the door threshold
            Distance: 150 ft x 2   Assistance: contact guard   Device: rolling walker
            Evaluation: Patient presents weakness of right hip extensors and abductors after fracture of right femur neck (hemiarthroplasty), with short step of the left leg and antalgic gait.
            Evolution: Patient evolves with more regular step.
            """,
            ["S72.001D"], [PT("97116", 24)], []),

        // PFR, Rodrigo Esparza (PTA): "Modality of attention: ✔ individual (one to one)  ☐ group" ticked is the only attendance statement; cushion reaching, tandem with head turns, lateral stepping to targets; L ankle proprioception after the sprain with late ankle strategy; SLS seconds and a count: passes.
        ["v2-h202-pfr-pta-individual-box-ticked"] = new(
            """
            PILSEN FAMILY REHAB — Chicago, IL
            Session note
            Physical therapist: Rodrigo Esparza, PTA (supervising PT: G. Orozco Medina)

            Subjective: The patient refers that the left ankle "turns" when he carries the boxes in the warehouse of the supermarket.
            Treatment realized: Neuromuscular re-education (97112).
            - Reaching in different directions standing on the balance cushion with the left leg
            - Tandem walk with turns of the head
            - Lateral steps to targets in the floor with stabilization of 3 seconds on the left
            Modality of attention: ✔ individual (one to one)  ☐ group
            Observations: Deficit of proprioception of the left ankle after the sprain, the ankle strategy is late. Single leg stance left 12 seconds, right 28 seconds; 8 of 10 targets with good stabilization.
            Time: 97112 = 22 min
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // SRS, Marivic Dimaculangan: "Mode of tx: [ ] 1:1  [ ] concurrent  [ ] group" — nothing ticked and no words on attendance: one-on-one missing; BAPS, foam catches, cone tapping; L ankle proprioception; BAPS level and SLS.
        ["v2-h202-srs-mode-nothing-ticked"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            PT DAILY NOTE
            Therapist: Marivic Dimaculangan, PT

            S: Pt is a mail carrier, c/o L ankle still feels "loose" when walking on the hills of the route.
            O:
            CPT 97112 NMR - 23 mins
            Mode of tx: [ ] 1:1  [ ] concurrent  [ ] group
            Tx done: BAPS board clockwise and counterclockwise, single leg stance on foam with ball catches, cone tapping in star pattern with L stance.
            Pt response: pt verbalized ankle feels more stable after.
            A: Decreased L ankle proprioception with late peroneal response s/p L ankle sprain.
            SLS on foam L 10 secs, R 25 secs. Star cone taps 5 of 8 without touch-down.
            P: Continue NMR.
            """,
            ["S93.402D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // BPT, Dr. Mina Girgis: "One-on-one: ☐ Yes ☒ No" — one-on-one missing; rocker perturbations, foam head turns, step-and-stick; R ankle proprioception after ORIF; SLS and Y-balance.
        ["v2-h202-bpt-box-no-ticked"] = new(
            """
            BROOKHURST PHYSICAL THERAPY — Anaheim, CA
            Daily Treatment Note
            Therapist: Dr. Mina Girgis, PT, DPT

            Pt was received in the clinic walking independently, complains of Rt ankle instability on the stairs of the parking garage.
            Pt is suffering from: decreased Rt ankle proprioception after ORIF of Rt ankle fracture, delayed ankle strategy.
            Program applied (97112):
            - Rocker board perturbations, eyes open then closed
            - Standing on foam with head turns
            - Step and stick onto foam with Rt leg
            One-on-one: ☐ Yes ☒ No
            Measurements: SLS Rt 7 sec, Lt 22 sec; Y-balance anterior Rt 55 cm, Lt 64 cm.
            Time: 97112 — 22 mins
            Recommendation: Continue.
            """,
            ["S82.851D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PFR, Guadalupe Orozco Medina: "Modality of attention: ~~✔ individual (one to one)~~ ✔ group — correction, it was group today with Mrs. Ramírez and her husband" — the struck tick is withdrawn in words and group stands: one-on-one missing; cushion perturbations, tandem, reactive steps; retropulsion in Parkinson's; Mini-BESTest and pull test.
        ["v2-h202-pfr-individual-struck-to-group"] = new(
            """
            PILSEN FAMILY REHAB — Chicago, IL
            Session note
            Physical therapist: Guadalupe Orozco Medina, PT

            Subjective: The patient refers that he falls backward when he opens the door of the refrigerator.
            Treatment realized: Neuromuscular re-education (97112).
            - Reactive steps backward and to the sides with perturbation in the shoulders
            - Standing on the cushion with reaching to the front
            - Tandem walk with big steps and counting
            Modality of attention: ~~✔ individual (one to one)~~ ✔ group — correction, it was group today with Mrs. Ramírez and her husband.
            Observations: Parkinson disease with delayed postural reactions backward (retropulsion). Mini-BESTest 16/28; pull test 3 steps to recover.
            Time: 97112 = 23 min
            """,
            ["G20.A1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // INPB, Vikram Deshmukh (PTA): "Outcome measure: Berg ____  TUG ____  DGI ____" left wholly blank and no other number but the code and its minutes — measure missing; one therapist – one patient, foam, tandem, rocker; proprioception both feet.
        ["v2-h202-inpb-pta-outcome-row-blank"] = new(
            """
            IRVING NEURO PHYSIO & BALANCE CENTRE — Irving, TX
            Physiotherapy Treatment Note
            Physio: Vikram Deshmukh, PTA (supervising PT: Dr. L. Narayanan)

            C/O: Pt c/o unsteadiness in dark while going to pooja room early morning.
            O/E: Impaired proprioception both feet, Romberg positive.
            Rx given:
            - Standing on foam, feet together, eyes closed
            - Tandem walking along the parallel bar
            - Rocker board side to side
            Mode: one therapist – one patient throughout.
            Time: 97112 – 22 mins
            Outcome measure: Berg ____   TUG ____   DGI ____
            Advice: Continue HEP, night light in passage.
            """,
            ["G62.9"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // CSP, Thaís Albuquerque: "Evaluation — deficit: ________" left blank and nothing else names a deficit — deficit missing; individual attendance only the patient and the physiotherapist, rocker, foam-beam tandem, push reactions; Berg and a count present.
        ["v2-h202-csp-deficit-line-blank"] = new(
            """
            CONCORD STREET PHYSIOTHERAPY — Framingham, MA
            Evolution note
            Physiotherapist: Thaís Albuquerque, PT

            Complaint: Patient came for the follow-up.
            Conduct:
            97112 Neuromuscular re-education — 22 min
            - Rocker board front-back and side-side
            - Tandem walk on the foam beam
            - Reactive steps to light pushes in the pelvis
            Attendance: one-on-one, only the patient and the physiotherapist in the room.
            Evaluation — deficit: ________
            Berg 49/56; 6 of 10 pushes recovered with one step.
            Evolution: Same plan.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and techniques, and a programme's name or level alone

        // GRP, mgr Agnieszka Wójcik: "Vojta method: reflex rolling … reflex creeping …" and ball sitting with rhythmic stabilisation; "individual 1:1, therapist and patient only"; disturbed trunk postural control and weak activation of R trunk and hip muscles after stroke; TIS and Berg; 24 min.: passes.
        ["v3-h202-grp-vojta-reflex-locomotion"] = new(
            """
            GREENPOINT REHABILITATION & PHYSIOTHERAPY — Brooklyn, NY
            Daily therapy card
            Physiotherapist: mgr Agnieszka Wójcik, PT

            Patient condition: Patient after ischemic stroke of left hemisphere, sits in wheelchair, stands with quad cane and help of wife. Trunk falls to right side when reaching.
            Applied therapy:
            - 97112 neuromuscular re-education, 24 min.
            - Vojta method: reflex rolling from supine with stimulation of chest zone, and reflex creeping in prone with heel and medial epicondyle zones, for activation of deep trunk stabilizers and right side.
            - Sitting on therapy ball with rhythmic stabilization of trunk.
            Form of therapy: individual 1:1, therapist and patient only.
            Assessment: Disturbed postural control of trunk, weak activation of right trunk and hip muscles (poor motor recruitment) after stroke.
            Tests: Trunk Impairment Scale 12/23; Berg 31/56.
            Recommendations: Wife to practice sitting reach with patient at home.
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // PFR, Guadalupe Orozco Medina: "Kabat method (PNF): diagonals D1 and D2 of the left lower extremity … combination of isotonics", stabilising reversals, facilitated step-ups; "✔ individual (one to one)"; L hemiparesis with poor recruitment of hip flexors and dorsiflexors; Fugl-Meyer LE and walk speed; 23 min: passes.
        ["v3-h202-pfr-kabat-diagonals"] = new(
            """
            PILSEN FAMILY REHAB — Chicago, IL
            Session note
            Physical therapist: Guadalupe Orozco Medina, PT

            Subjective: The patient refers that the left foot "catches" in the sidewalk and she is afraid to go to the church alone.
            Treatment realized: Neuromuscular re-education (97112).
            - Kabat method (PNF): diagonals D1 and D2 of the left lower extremity in supine, with combination of isotonics
            - Stabilizing reversals in standing with the weight in the left leg
            - Step-ups to the front with the left leg, with facilitation in the pelvis
            Modality of attention: ✔ individual (one to one)  ☐ group
            Observations: Left hemiparesis with deficit of recruitment of the hip flexors and dorsiflexors of the left leg. Fugl-Meyer lower extremity 21/34; 10 meter walk 0.61 m/s.
            Time: 97112 = 23 min
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // LHPW, Oluwaseun Adebayo: "Pt was commenced on the Motor Relearning Programme (Carr and Shepherd), one-on-one with writer for the whole session" with its sit-to-stand, standing-balance and walking components spelled out; poor motor control of the R leg with slow quadriceps recruitment; 5xSTS and MAS item; 23 mins: passes.
        ["v3-h202-lhpw-motor-relearning-programme"] = new(
            """
            LANDOVER HILLS PHYSIOTHERAPY & WELLNESS — Landover Hills, MD
            REVIEW NOTE
            Physiotherapist: Oluwaseun Adebayo, PT

            Pt was reviewed today. She is 9 weeks after the stroke and living with her daughter.
            Complaint: Pt complained that she cannot stand up from the couch without pushing with both hands, and she leans to the left when standing.
            On assessment: Poor motor control of right lower limb with weight mostly on the left leg in sit-to-stand and standing; slow recruitment of right quadriceps.
            Treatment: Pt was commenced on the Motor Relearning Programme (Carr and Shepherd), one-on-one with writer for the whole session:
            - Standing up and sitting down component: feet placed back, trunk forward over the feet, weight taken through the right leg, from a high seat then a lower seat
            - Standing balance component: reaching forward and to the right beyond arm's length
            - Walking component: stepping forward with the right leg and taking weight over it
            Duration: 97112 — 23 mins
            Outcome: 5 times sit to stand 22 secs without hands (previous review unable); Motor Assessment Scale sit-to-stand item 3/6.
            Plan: To continue. Daughter to supervise sit-to-stand practice at home.
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // SRS, Marivic Dimaculangan: "perturbation training (Fitzgerald protocol) — rocker board, roller board and tilt board perturbations applied by PT"; "[x] 1:1"; R knee neuromuscular control with dynamic valgus after ACL reconstruction; hop distances and LSI; 22 mins: passes.
        ["v3-h202-srs-perturbation-training-acl"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            PT DAILY NOTE
            Therapist: Marivic Dimaculangan, PT

            S: Pt is an ICU nurse, plays basketball on weekends, c/o R knee "shifting" when cutting. 7 months s/p R ACL reconstruction.
            O:
            CPT 97112 NMR - 22 mins
            Mode of tx: [x] 1:1  [ ] concurrent  [ ] group
            Tx done: perturbation training (Fitzgerald protocol) — rocker board, roller board and tilt board perturbations applied by PT, bilateral stance then single leg on R, progressed to sport stance.
            Pt response: pt is doing the single leg perturbations and improved, able to keep knee over toes already.
            A: Decreased R knee neuromuscular control with dynamic valgus on landing s/p R ACL reconstruction.
            Single leg hop R 110 cm, L 138 cm (LSI 80%). Triple hop R 355 cm, L 420 cm.
            P: Add agility drills next session.
            """,
            ["S83.511D"], [PT("97112", 22)], []),

        // WBR, Ji-hye Park: "Gaze stabilization X1 viewing and X2 viewing, Hangul letter card", habituation bending and turning, hallway head turns; "Yes, only me and patient"; R vestibular hypofunction after neuritis with a positive head impulse; DGI and DVA; 23min: passes.
        ["v3-h202-wbr-x1-x2-hangul-card"] = new(
            """
            WILSHIRE BALANCE & REHAB — Los Angeles, CA (Koreatown)
            Daily Note
            Therapist: Ji-hye Park, PT, DPT

            1. Subjective
            Patient said after "ear virus" two months ago, when she look at price tag in market and turn head, things are jumping.
            2. Treatment
            - 97112 NMR : 23min
            - Gaze stabilization X1 viewing and X2 viewing, Hangul letter card at 3 feet, horizontal and vertical, sitting → standing
            - Habituation: bending to pick up object from floor, and turning while walking, repeated
            - Walking in hallway with head turn, reading letters on wall
            3. 1:1
            Yes, only me and patient, no other patient on schedule at same time.
            4. Assessment
            Right vestibular hypofunction after vestibular neuritis, head impulse test positive right, oscillopsia with head turn.
            DGI 16/24, DVA 4 lines loss.
            5. Plan
            Increase speed of head turn.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // INPB, Dr. Lakshmi Narayanan 97110: "McKenzie extension programme" — prone on elbows, press-ups x 10 reps x 3 sets, standing extension; L4-5 radicular pain with restricted lumbar extension; doses and SLR degrees; 16 mins: passes.
        ["v3-h202-inpb-mckenzie-97110"] = new(
            """
            IRVING NEURO PHYSIO & BALANCE CENTRE — Irving, TX
            Physiotherapy Treatment Note
            Physio: Dr. Lakshmi Narayanan, PT

            C/O: Pt c/o low back pain radiating to Lt calf since 3 months, more on sitting in office (IT job).
            O/E: Lumbar extension restricted (major loss); pain centralises to back with repeated extension in lying. SLR Lt 55 degrees.
            Rx given: McKenzie extension programme
            - Prone lying on elbows, 10 slow breaths x 3
            - Prone press-ups x 10 reps x 3 sets
            - Standing back extension x 10 reps, taught to repeat at office every 2 hrs
            Time: 97110 – 16 mins
            Outcome measure: Lumbar extension improved from major to moderate loss; SLR Lt 65 degrees after Rx.
            Advice: Avoid slouched sitting, lumbar roll given.
            """,
            ["M54.16"], [PT("97110", 16)], []),

        // CSP, Thaís Albuquerque 97140: "Maitland mobilization grade III posteroanterior … at C5-C6 and C6-C7, 3 series of 30 seconds" and soft-tissue mobilisation; lower cervical hypomobility with restricted R rotation; rotation degrees before and after; 12 min: passes.
        ["v3-h202-csp-maitland-97140"] = new(
            """
            CONCORD STREET PHYSIOTHERAPY — Framingham, MA
            Evolution note
            Physiotherapist: Thaís Albuquerque, PT

            Complaint: Patient referred neck pain and stiffness to turn the head to the right when she is driving.
            Conduct:
            97140 Manual therapy — 12 min
            - Maitland mobilization grade III posteroanterior (central and right unilateral) at C5-C6 and C6-C7, 3 series of 30 seconds
            - Soft tissue mobilization of the right upper trapezius and levator scapulae
            Evaluation: Hypomobility of the lower cervical spine with restriction of rotation to the right and pain in the right side of the neck.
            Cervical rotation right 55° before, 64° after; left 70°.
            Evolution: Patient evolves with less pain in the rotation.
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // BPT, Dr. Mina Girgis 97116: "Gait training with metronome (rhythmic auditory cueing) set at 96 beats", wide-arc turning with counting, floor lines for step length; shuffling gait with short steps and festination in Parkinson's; feet, supervision and walk speed; 22 mins: passes.
        ["v3-h202-bpt-metronome-gait-97116"] = new(
            """
            BROOKHURST PHYSICAL THERAPY — Anaheim, CA
            Daily Treatment Note
            Therapist: Dr. Mina Girgis, PT, DPT

            Pt was received in the clinic with his wife, walking with short shuffling steps.
            Pt is suffering from: Parkinson's disease with shuffling gait, reduced step length and festination on turns.
            Program applied (97116):
            - Gait training with metronome (rhythmic auditory cueing) set at 96 beats, with cues for heel strike and long steps
            - Turning in a wide arc with counting aloud
            - Walking over floor lines spaced for the target step length
            One-on-one: ☒ Yes ☐ No
            Measurements: walked 300 ft x 2 with supervision; 10-metre walk 0.92 m/s (was 0.74 m/s).
            Time: 97116 — 22 mins
            Recommendation: Metronome app at home for walking.
            """,
            ["G20.A1"], [PT("97116", 22)], []),

        // SRS, Marivic Dimaculangan: "Tx done: Tibay Balance Program Level 2 — all stations done." as the only technique; "[x] 1:1", postural control and neuropathy deficit, Berg and TUG present: technique missing.
        ["v3-h202-srs-tibay-program-level-only"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            PT DAILY NOTE
            Therapist: Marivic Dimaculangan, PT

            S: Pt c/o she is afraid to go down the escalator at the mall, feels "wobbly".
            O:
            CPT 97112 NMR - 23 mins
            Mode of tx: [x] 1:1  [ ] concurrent  [ ] group
            Tx done: Tibay Balance Program Level 2 — all stations done.
            Pt response: pt needed hand hold at some of the stations.
            A: Impaired postural control with delayed ankle and stepping strategies; decreased proprioception both feet (DM neuropathy).
            Berg 46/56, TUG 12.4 secs.
            P: Progress to Level 3 next week.
            """,
            ["E11.42"], [PT("97112", 23)], [At(Tech, "97112")]),

        // GRP, mgr Agnieszka Wójcik: "Programme 'Stabilny Krok' stage II, as per card." as the only technique; "individual, 1:1", disturbed deep sensation from polyneuropathy, Berg and tandem present: technique missing.
        ["v3-h202-grp-stabilny-krok-stage-per-card"] = new(
            """
            GREENPOINT REHABILITATION & PHYSIOTHERAPY — Brooklyn, NY
            Daily therapy card
            Physiotherapist: mgr Agnieszka Wójcik, PT

            Patient condition: Patient with polyneuropathy, walks with cane outside, inside without.
            Applied therapy:
            - 97112 neuromuscular re-education, 22 min.
            - Programme "Stabilny Krok" stage II, as per card.
            Form of therapy: individual, 1:1 – therapist only with this patient.
            Assessment: Disturbed deep sensation in both feet (polyneuropathy), patient uses vision to control balance.
            Tests: Berg 44/56; tandem stance 6 s.
            Recommendations: Stage III next week.
            """,
            ["G62.9"], [PT("97112", 22)], [At(Tech, "97112")]),

        // BPT, Marina Fahmy (PTA): "Program applied (97112): Brookhurst Balance Ladder — rung 4, completed." as the only technique; "☒ Yes", delayed protective stepping after a hip replacement and a fall, Berg and TUG present: technique missing.
        ["v3-h202-bpt-pta-balance-ladder-rung-only"] = new(
            """
            BROOKHURST PHYSICAL THERAPY — Anaheim, CA
            Daily Treatment Note
            Therapist: Marina Fahmy, PTA (supervising PT: Dr. M. Girgis)

            Pt was received in the clinic walking with rollator.
            Pt is suffering from: delayed protective stepping reactions and poor postural control after Rt hip replacement and a fall at home.
            Program applied (97112): Brookhurst Balance Ladder — rung 4, completed.
            One-on-one: ☒ Yes ☐ No
            Measurements: Berg 43/56; TUG 14.1 sec with rollator.
            Time: 97112 — 22 mins
            Recommendation: Rung 5 next session.
            """,
            ["Z96.641", "R26.81"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // PFR, Rodrigo Esparza (PTA): "Program 'Camina Seguro', intermediate level, complete." as the only technique; "✔ individual (one to one)", proprioception of both feet from diabetes, Berg and tandem present: technique missing.
        ["v3-h202-pfr-pta-camina-seguro-level-only"] = new(
            """
            PILSEN FAMILY REHAB — Chicago, IL
            Session note
            Physical therapist: Rodrigo Esparza, PTA (supervising PT: G. Orozco Medina)

            Subjective: The patient refers she feels more secure in the house but not in the street with the ice.
            Treatment realized: Neuromuscular re-education (97112). Program "Camina Seguro", intermediate level, complete.
            Modality of attention: ✔ individual (one to one)  ☐ group
            Observations: Deficit of proprioception in both feet for the diabetes, with late ankle strategy. Berg 47/56; tandem stance 10 seconds.
            Time: 97112 = 22 min
            """,
            ["E11.42"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and none stated

        // INPB, Dr. Lakshmi Narayanan: "Poor timing and sequencing of weight shift and step — pt lifts Rt foot before shifting weight to Lt"; weight-shift-then-step drill with pelvic cue, paced target stepping, forward-weight-shift sit-to-stand; "one therapist – one patient"; Berg and a count; 22 mins: passes.
        ["v4-h202-inpb-timing-sequencing-of-step"] = new(
            """
            IRVING NEURO PHYSIO & BALANCE CENTRE — Irving, TX
            Physiotherapy Treatment Note
            Physio: Dr. Lakshmi Narayanan, PT

            C/O: Pt c/o he loses balance sideways when starting to walk from the sofa. Rt hemiparesis after Lt MCA stroke 1 yr back.
            O/E: Poor timing and sequencing of weight shift and step — pt lifts Rt foot before shifting weight to Lt, loses balance to Rt side.
            Rx given:
            - Weight shift first, then step drill, with verbal and tactile cue at the pelvis
            - Stepping onto floor targets to a clap, Rt and Lt alternately
            - Sit to stand with cue for forward weight shift before rising
            Mode: one therapist – one patient throughout the NMR.
            Time: 97112 – 22 mins
            Outcome measure: Berg 42/56; 10 of 15 target steps correctly sequenced.
            Advice: Pt and wife taught "shift, then step" at home.
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // SRS, Arnel Cabrera (PTA): "Decreased somatosensation both feet s/p chemotherapy-induced neuropathy; relies on vision"; textured-mat standing, foam eyes closed, tandem across surfaces; "[x] 1:1"; monofilament sites and tandem secs; 23 mins: passes.
        ["v4-h202-srs-pta-somatosensation-after-chemo"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            PT DAILY NOTE
            Therapist: Arnel Cabrera, PTA (supervising PT: M. Dimaculangan, PT)

            S: Pt finished her chemo last spring, c/o both feet "like wearing thick socks", cannot feel when her slippers fall off.
            O:
            CPT 97112 NMR - 23 mins
            Mode of tx: [x] 1:1  [ ] concurrent  [ ] group
            Tx done: standing barefoot on textured mats for sensory stimulation, standing on foam with eyes closed, tandem walk across different surfaces (mat, foam, carpet).
            Pt response: pt was able to tandem walk on carpet without reaching for the wall already.
            A: Decreased somatosensation both feet s/p chemotherapy-induced neuropathy; relies on vision for balance.
            Monofilament felt at 4 of 10 sites R foot, 5 of 10 L foot. Tandem stance eyes closed 5 secs.
            P: Continue per PT POC.
            """,
            ["G62.0"], [PTA("97112", 23)], []),

        // LHPW, Oluwaseun Adebayo: "Slow and weak recruitment of right gluteus medius with Trendelenburg drop on right stance"; facilitated side-lying abduction, R stance with tactile cue and cone taps, mirror step-ups; "one-on-one with writer throughout"; SLS and Berg; 22 mins: passes.
        ["v4-h202-lhpw-gluteus-medius-recruitment"] = new(
            """
            LANDOVER HILLS PHYSIOTHERAPY & WELLNESS — Landover Hills, MD
            REVIEW NOTE
            Physiotherapist: Oluwaseun Adebayo, PT

            Pt was reviewed today.
            Complaint: Pt complained that her right hip "gives" when she climbs the stairs of the church and she must hold the rail.
            On assessment: Slow and weak recruitment of right gluteus medius with Trendelenburg drop on right stance; poor pelvic control in single leg stance.
            Treatment: One-on-one with writer throughout.
            - Side-lying hip abduction with tapping and quick stretch for facilitation
            - Standing on the right leg with tactile cue at gluteus medius while the left foot taps cones
            - Step-ups with the right leg onto a 6 inch step, mirror feedback for level pelvis
            Duration: 97112 — 22 mins
            Outcome: Single leg stance right 4 secs (left 15 secs); Berg 46/56.
            Plan: To continue.
            """,
            ["Z96.641"], [PT("97112", 22)], []),

        // PFR, Guadalupe Orozco Medina: "dependence of the vision for the balance … visual motion sensitivity after the concussion"; foam stance with moving-stripes video, hallway walking past a moving pattern, ball tossing while walking; "✔ individual (one to one)"; mCTSIB seconds and FGA; 23 min: passes.
        ["v4-h202-pfr-visual-dependence-after-concussion"] = new(
            """
            PILSEN FAMILY REHAB — Chicago, IL
            Session note
            Physical therapist: Guadalupe Orozco Medina, PT

            Subjective: The patient refers that in the supermarket, with many people moving and the long aisles, she loses the balance and needs to hold the cart.
            Treatment realized: Neuromuscular re-education (97112).
            - Standing on foam watching a video of moving stripes, first with feet apart and after feet together
            - Walking in the hallway beside a moving pattern projected in the wall
            - Throwing and catching a ball while walking
            Modality of attention: ✔ individual (one to one)  ☐ group
            Observations: The patient presents dependence of the vision for the balance (visual motion sensitivity) after the concussion. mCTSIB foam eyes open 30 seconds, foam eyes closed 12 seconds; FGA 22/30.
            Time: 97112 = 23 min
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // GRP, mgr Agnieszka Wójcik: "Disturbed deep sensation (proprioception) of left lower limb after stroke — does not recognize position of big toe and ankle with eyes closed"; position recognition and mirror-copying, stepping to marked points without looking, surfaces with weight on L; "individual, 1:1"; joint position sense and Berg; 23 min.: passes.
        ["v4-h202-grp-deep-sensation-left-leg"] = new(
            """
            GREENPOINT REHABILITATION & PHYSIOTHERAPY — Brooklyn, NY
            Daily therapy card
            Physiotherapist: mgr Agnieszka Wójcik, PT

            Patient condition: Patient 4 months after right-hemisphere stroke, walks with cane. Does not feel where is left foot when walking on carpet, looks at feet all time.
            Applied therapy:
            - 97112 neuromuscular re-education, 23 min.
            - Sensory training: recognition of position of left toes and ankle with eyes closed, copying position with right leg.
            - Stepping of left foot to marked points on floor without looking.
            - Standing on different surfaces (mat, foam, rocker board) with weight on left leg.
            Form of therapy: individual, 1:1, only therapist and patient.
            Assessment: Disturbed deep sensation (proprioception) of left lower limb after stroke — does not recognize position of big toe and ankle with eyes closed.
            Tests: Joint position sense big toe 2/5 correct, ankle 3/5; Berg 41/56.
            Recommendations: Continue.
            """,
            ["I69.398"], [PT("97112", 23)], []),

        // WBR, Ji-hye Park 97112 for the shoulder: "Late serratus anterior activation, scapula winging when arm elevation — motor control problem"; scapular PNF patterns, quadruped rhythmic stabilisation, wall slide with tactile cue; "Yes, 1:1"; CKCUEST touches and controlled flexion degrees; 22min: passes.
        ["v4-h202-wbr-serratus-activation-hair-stylist"] = new(
            """
            WILSHIRE BALANCE & REHAB — Los Angeles, CA (Koreatown)
            Daily Note
            Therapist: Ji-hye Park, PT, DPT

            1. Subjective
            Patient is hair stylist. When she hold blow dryer up long time, right shoulder blade is pop out and shoulder is tired.
            2. Treatment
            - 97112 NMR : 22min
            - Scapula PNF pattern (anterior elevation / posterior depression), side lying
            - Rhythmic stabilization in quadruped, right arm weight bearing
            - Wall slide with tactile cue on serratus anterior
            3. 1:1
            Yes, 1:1.
            4. Assessment
            Late serratus anterior activation, scapula winging when arm elevation (right) — motor control problem.
            CKCUEST 15 touch. Shoulder flexion with good scapula control possible until 110 degree (last time 90 degree).
            5. Plan
            Add overhead holding with dryer weight.
            """,
            ["M25.511"], [PT("97112", 22)], []),

        // BPT, Dr. Mina Girgis 97530: "Rt knee weakness and pain after Rt total knee replacement; goal to climb the bus step and stand during the liturgy"; bus-height step-ups, pew-height sit-to-stands, standing turns with a bag; counts and assistance; 24 mins: passes.
        ["v4-h202-bpt-97530-bus-step-to-church"] = new(
            """
            BROOKHURST PHYSICAL THERAPY — Anaheim, CA
            Daily Treatment Note
            Therapist: Dr. Mina Girgis, PT, DPT

            Pt was received in the clinic with his son. Pt is a retired accountant and goes to church every Sunday by bus.
            Pt is suffering from: Rt knee weakness and pain after Rt total knee replacement; goal to climb the bus step and to stand during the liturgy.
            Program applied (97530):
            - Step-ups onto a bus-height step (14 inch) with one rail, leading with the Rt
            - Sit to stand from a low bench like the church pew, without hands
            - Standing and turning while carrying a bag
            One-on-one: ☒ Yes ☐ No
            Measurements: 8 step-ups with stand-by assistance; 10 sit to stands without hands; 6 turns with the bag with supervision.
            Time: 97530 — 24 mins
            Recommendation: Practice the bus step at the bus stop with his son.
            """,
            ["Z96.651"], [PT("97530", 24)], []),

        // CSP, Thaís Albuquerque 97110: "Weakness of left quadriceps after arthroscopic meniscectomy, with extension lag of 10 degrees and difficulty in stairs"; leg press, TKE with band, step-ups with doses; 15 min: passes.
        ["v4-h202-csp-97110-quadriceps-extension-lag"] = new(
            """
            CONCORD STREET PHYSIOTHERAPY — Framingham, MA
            Evolution note
            Physiotherapist: Thaís Albuquerque, PT

            Complaint: Patient referred difficulty to go up the stairs of her triple-decker house after the knee arthroscopy.
            Conduct:
            97110 Therapeutic exercise — 15 min
            - Leg press 3 x 12 with 30 lb
            - Terminal knee extension with green band 3 x 15
            - Step-ups on 8 inch step 3 x 10 with the left leg
            Attendance: one-on-one.
            Evaluation: Weakness of left quadriceps after arthroscopic meniscectomy, with extension lag of 10 degrees and difficulty in the stairs.
            Evolution: Patient evolves well, less lag than last week.
            """,
            ["S83.242D"], [PT("97110", 15)], []),

        // SRS, Marivic Dimaculangan: "S: Pt came for f/u, nil new c/o." and "A: Pt tolerated tx well. Progressing." — nothing names a deficit: deficit missing; "[x] 1:1", rocker perturbations, foam-beam tandem, hurdle stick landings, Berg and TUG present.
        ["v4-h202-srs-tolerated-tx-well-progressing"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            PT DAILY NOTE
            Therapist: Marivic Dimaculangan, PT

            S: Pt came for f/u, nil new c/o.
            O:
            CPT 97112 NMR - 22 mins
            Mode of tx: [x] 1:1  [ ] concurrent  [ ] group
            Tx done: rocker board perturbations, tandem walk on foam beam, stepping over hurdles with stick landing.
            Pt response: pt was able to do all.
            A: Pt tolerated tx well. Progressing.
            Berg 47/56, TUG 11.2 secs.
            P: Continue POC.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // INPB, Dr. Lakshmi Narayanan: "C/O: Nil new complaints." and "O/E: nil significant" — nothing names a deficit: deficit missing; rocker, foam eyes closed, tandem forward and backward, one therapist – one patient, Berg and tandem secs present.
        ["v4-h202-inpb-oe-nil-significant"] = new(
            """
            IRVING NEURO PHYSIO & BALANCE CENTRE — Irving, TX
            Physiotherapy Treatment Note
            Physio: Dr. Lakshmi Narayanan, PT

            C/O: Nil new complaints. Came for review.
            O/E: nil significant.
            Rx given:
            - Rocker board front to back and side to side
            - Standing on foam, eyes closed
            - Tandem walking forward and backward
            Mode: one therapist – one patient throughout.
            Time: 97112 – 23 mins
            Outcome measure: Berg 50/56; tandem stance 15 secs.
            Advice: Same HEP.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // GRP, Tomasz Kowalczyk (PTA): "Patient condition: stable, without changes." and nothing else names a deficit: deficit missing; rocker, cushion catches, obstacle stepping, "individual 1:1, only therapist and patient", Berg and TUG present.
        ["v4-h202-grp-pta-stable-without-changes"] = new(
            """
            GREENPOINT REHABILITATION & PHYSIOTHERAPY — Brooklyn, NY
            Daily therapy card
            Physiotherapist: Tomasz Kowalczyk, PTA (supervising: mgr A. Wójcik, PT)

            Patient condition: stable, without changes.
            Applied therapy:
            - 97112 neuromuscular re-education, 22 min.
            - Rocker board, standing on balance cushion with catching ball, stepping over obstacles.
            Form of therapy: individual 1:1, only therapist and patient.
            Tests: Berg 48/56; TUG 10.9 s.
            Recommendations: Continue according to plan.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // BPT, Dr. Mina Girgis: "Pt is suffering from: as per initial evaluation." and nothing else names a deficit: deficit missing; rocker perturbations, foam-beam tandem, step-and-stick, "☒ Yes", Berg and SLS present.
        ["v4-h202-bpt-as-per-initial-evaluation"] = new(
            """
            BROOKHURST PHYSICAL THERAPY — Anaheim, CA
            Daily Treatment Note
            Therapist: Dr. Mina Girgis, PT, DPT

            Pt was received in the clinic for his scheduled session.
            Pt is suffering from: as per initial evaluation.
            Program applied (97112):
            - Rocker board perturbations
            - Tandem walking on the foam beam
            - Step and stick onto the foam
            One-on-one: ☒ Yes ☐ No
            Measurements: Berg 45/56; SLS Rt 9 sec, Lt 14 sec.
            Time: 97112 — 23 mins
            Recommendation: Continue same program.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and none

        // LHPW, Oluwaseun Adebayo: "Berg Balance Scale 41/56 (last review 36/56). Functional reach 22 cm."; overhead reach on foam, forward reach to targets, rocker holds; "Writer treated pt one-on-one throughout"; impaired anticipatory postural control with a delayed ankle strategy; 23 mins: passes.
        ["v5-h202-lhpw-berg-against-last-review"] = new(
            """
            LANDOVER HILLS PHYSIOTHERAPY & WELLNESS — Landover Hills, MD
            REVIEW NOTE
            Physiotherapist: Oluwaseun Adebayo, PT

            Pt was reviewed today, came by the paratransit bus.
            Complaint: Pt complained that she sways when she reaches to the top shelf in her fabric shop.
            On assessment: Impaired anticipatory postural control with reduced limits of stability forward and overhead; delayed ankle strategy.
            Treatment: Writer treated pt one-on-one throughout.
            - Overhead reaching while standing on foam, eyes open
            - Forward reaching to targets at increasing distance in standing
            - Rocker board anterior-posterior with holds at end range
            Duration: 97112 — 23 mins
            Outcome: Berg Balance Scale 41/56 (last review 36/56). Functional reach 22 cm.
            Plan: To continue; progress reach to shelf height.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // SRS, Arnel Cabrera (PTA): "TUG 14.2 secs with quad cane (prev 17.8 secs). Berg 41/56."; sit-to-stand with L weight shift, multidirectional reach with the cane, obstacle stepping with knee tapping; "[x] 1:1"; poor L knee motor control with delayed quad recruitment after stroke; 22 mins: passes.
        ["v5-h202-srs-pta-tug-with-quad-cane"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            PT DAILY NOTE
            Therapist: Arnel Cabrera, PTA (supervising PT: M. Dimaculangan, PT)

            S: Pt verbalized he wants to walk to the grocery near their house by himself already.
            O:
            CPT 97112 NMR - 22 mins
            Mode of tx: [x] 1:1  [ ] concurrent  [ ] group
            Tx done: sit to stand with weight shift to L, standing reach in different directions holding quad cane, stepping L over obstacles with tapping at L quads.
            Pt response: pt is doing the obstacle stepping and improved, less knee buckling already.
            A: Poor motor control of L knee with delayed quad recruitment s/p stroke.
            TUG 14.2 secs with quad cane (prev 17.8 secs). Berg 41/56.
            P: Continue per PT POC.
            """,
            ["I69.354"], [PTA("97112", 22)], []),

        // PFR, Rodrigo Esparza (PTA): "Tandem stance with eyes closed during 8 seconds, with eyes open during 20 seconds; single leg stance right during 6 seconds"; floor and foam tandem, ladder steps with pelvic perturbation, SLS with head turns; "✔ individual (one to one)"; R ankle proprioception after fracture, a house painter; 22 min: passes.
        ["v5-h202-pfr-pta-tandem-during-seconds"] = new(
            """
            PILSEN FAMILY REHAB — Chicago, IL
            Session note
            Physical therapist: Rodrigo Esparza, PTA (supervising PT: G. Orozco Medina)

            Subjective: The patient refers fear to fall when he climbs the ladder for painting (he is painter of houses).
            Treatment realized: Neuromuscular re-education (97112).
            - Tandem stance on the floor and on the foam, with eyes open and closed
            - Climbing two steps of the ladder in the gym with perturbations in the pelvis, with gait belt
            - Single leg stance with turns of the head
            Modality of attention: ✔ individual (one to one)  ☐ group
            Observations: Deficit of proprioception and late ankle strategy after the fracture of the right ankle. Tandem stance with eyes closed during 8 seconds, with eyes open during 20 seconds; single leg stance right during 6 seconds.
            Time: 97112 = 22 min
            """,
            ["S82.851D"], [PTA("97112", 22)], []),

        // GRP, mgr Agnieszka Wójcik: "FGA 19/30; 10MWT 0.82 m/s"; head-turn and stop-on-command gait on hard and soft ground, foam eyes closed for substitution, backward and obstacle walking; "individual 1:1"; bilateral vestibular hypofunction; 23 min.: passes.
        ["v5-h202-grp-fga-and-walk-speed"] = new(
            """
            GREENPOINT REHABILITATION & PHYSIOTHERAPY — Brooklyn, NY
            Daily therapy card
            Physiotherapist: mgr Agnieszka Wójcik, PT

            Patient condition: Patient with bilateral vestibulopathy after antibiotic treatment in hospital. Walks with wide base, worse in dark and on uneven pavement.
            Applied therapy:
            - 97112 neuromuscular re-education, 23 min.
            - Gait with head turns and with stops on command, on hard and soft ground.
            - Standing on foam with eyes closed, feet together and semi-tandem (substitution training, somatosensory input).
            - Walking backward and over obstacles.
            Form of therapy: individual 1:1.
            Assessment: Bilateral vestibular hypofunction, gait unstable with head movements and in dark.
            Tests: FGA 19/30; 10MWT 0.82 m/s.
            Recommendations: Night light, walking with poles outside.
            """,
            ["H81.8X3"], [PT("97112", 23)], []),

        // WBR, Min-jun Choi (PTA): "mCTSIB condition 4 (foam, eyes close) 12sec, condition 2 (floor, eyes close) 30sec"; foam eyes closed, shower simulation, rocker eyes closed; "Yes. Only patient and me."; poor use of somatosensory and vestibular input, vision-dependent, diabetic neuropathy; 23min: passes.
        ["v5-h202-wbr-pta-mctsib-conditions"] = new(
            """
            WILSHIRE BALANCE & REHAB — Los Angeles, CA (Koreatown)
            Daily Note
            Therapist: Min-jun Choi, PTA (supervising PT: Ji-hye Park, PT, DPT)

            1. Subjective
            Patient said she is afraid when she take shower, close eyes for shampoo and she is swaying.
            2. Treatment
            - 97112 NMR : 23min
            - Standing on foam eyes close, feet together → semi-tandem
            - Shower simulation: standing with eyes close and arms overhead
            - Rocker board side to side with eyes close
            3. 1:1
            Yes. Only patient and me.
            4. Assessment
            Somatosensory and vestibular input use is poor, depend on vision (diabetes neuropathy).
            mCTSIB condition 4 (foam, eyes close) 12sec, condition 2 (floor, eyes close) 30sec.
            5. Plan
            Shower chair recommended until better.
            """,
            ["E11.42"], [PTA("97112", 23)], []),

        // INPB, Vikram Deshmukh (PTA) 97110: dumbbell flexion "with 1 kg … x 10 reps x 3 sets", band external rotation, scaption with 0.5 kg; R rotator cuff and deltoid weakness after repair (pressure cooker to the upper shelf); AROM degrees; 16 mins: passes.
        ["v5-h202-inpb-pta-97110-kg-and-reps"] = new(
            """
            IRVING NEURO PHYSIO & BALANCE CENTRE — Irving, TX
            Physiotherapy Treatment Note
            Physio: Vikram Deshmukh, PTA (supervising PT: Dr. L. Narayanan)

            C/O: Pt c/o Rt shoulder weakness, cannot lift the pressure cooker to the upper shelf, 4 months after rotator cuff repair.
            O/E: Weakness of Rt rotator cuff and deltoid; Rt shoulder flexion AROM 135 degrees, abduction 120 degrees.
            Rx given:
            - Shoulder flexion in standing with 1 kg dumbbell x 10 reps x 3 sets
            - External rotation with yellow theraband x 15 reps x 3 sets
            - Scaption to 90 degrees with 0.5 kg x 10 reps x 2 sets
            Time: 97110 – 16 mins
            Outcome measure: Rt shoulder flexion AROM 140 degrees after Rx.
            Advice: HEP taught, to be kept on twice daily.
            """,
            ["M75.121"], [PTA("97110", 16)], []),

        // BPT, Marina Fahmy (PTA) 97116: "ambulated 150 ft x 2 with rollator and minimal assistance; ramp with contact guard"; rollator gait with trunk and step cues, ramp; L hip weakness after hemiarthroplasty with short R step and L trunk lean; 23 mins: passes.
        ["v5-h202-bpt-pta-97116-feet-and-assistance"] = new(
            """
            BROOKHURST PHYSICAL THERAPY — Anaheim, CA
            Daily Treatment Note
            Therapist: Marina Fahmy, PTA (supervising PT: Dr. M. Girgis)

            Pt was received in the clinic in wheelchair with his daughter.
            Pt is suffering from: Lt hip weakness after Lt hip fracture (hemiarthroplasty), with short Rt step and trunk lean to the Lt.
            Program applied (97116):
            - Gait training with rollator on level floor, cues for upright trunk and equal step length
            - Walking up and down the ramp with rollator
            One-on-one: ☒ Yes ☐ No
            Measurements: ambulated 150 ft x 2 with rollator and minimal assistance; ramp with contact guard.
            Time: 97116 — 23 mins
            Recommendation: Continue as per PT plan.
            """,
            ["S72.002D"], [PTA("97116", 23)], []),

        // CSP, Rafael Nogueira (OT) 97530: "Tub transfers 5 times with supervision; toilet transfers 4 times with stand-by assistance"; transfer-bench tub transfers, standing at the sink for dishes, toilet transfers; leg and trunk weakness after pneumonia with a goal to shower alone; 22 min: passes.
        ["v5-h202-csp-ot-97530-transfer-counts"] = new(
            """
            CONCORD STREET PHYSIOTHERAPY — Framingham, MA
            Evolution note — Occupational therapy
            Occupational therapist: Rafael Nogueira, OTR/L

            Complaint: Patient referred that she cannot enter and leave the bathtub for the shower, her husband needs to help.
            Conduct:
            97530 Therapeutic activities — 22 min
            - Tub transfers with the transfer bench, sequence taught (sit, lift the legs, turn)
            - Standing at the sink washing the dishes and reaching to the cabinet
            - Toilet transfers with the grab bar
            Attendance: one-on-one.
            Evaluation: Weakness of both legs and trunk after hospitalization for pneumonia, with difficulty in transfers; goal to shower alone.
            Tub transfers 5 times with supervision; toilet transfers 4 times with stand-by assistance.
            Evolution: Patient evolves with more independence.
            """,
            ["M62.81"], [OT("97530", 22)], []),

        // PFR, Guadalupe Orozco Medina: "The patient is more secure than the last session." and no number but the code and its minutes — measure missing; foam eyes closed, tandem in the bars, rocker; "✔ individual (one to one)"; proprioception of both feet from diabetes.
        ["v5-h202-pfr-more-secure-than-last-session"] = new(
            """
            PILSEN FAMILY REHAB — Chicago, IL
            Session note
            Physical therapist: Guadalupe Orozco Medina, PT

            Subjective: The patient refers that she does not feel the floor when she walks in the night to the bathroom.
            Treatment realized: Neuromuscular re-education (97112).
            - Standing on the foam with the eyes closed
            - Tandem walk in the parallel bars
            - Rocker board to the front and to the sides
            Modality of attention: ✔ individual (one to one)  ☐ group
            Observations: Deficit of proprioception in both feet for the diabetes. The patient is more secure than the last session.
            Time: 97112 = 22 min
            """,
            ["E11.42"], [PT("97112", 22)], [At(Measure, "97112")]),

        // SRS, Marivic Dimaculangan: "Berg to be done on re-eval." and no number but the code, its minutes and the 1:1 box — measure missing; "[x] 1:1", head-turn walking, foam with head movements, target gaze with head turns; L vestibular hypofunction.
        ["v5-h202-srs-berg-to-be-done-on-reeval"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            PT DAILY NOTE
            Therapist: Marivic Dimaculangan, PT

            S: Pt c/o she is unsteady when walking and looking at the shop windows at the mall.
            O:
            CPT 97112 NMR - 23 mins
            Mode of tx: [x] 1:1  [ ] concurrent  [ ] group
            Tx done: walking with head turns in the hallway, standing on foam with eyes closed and head movements, gaze stabilization with head turns while looking at a target on the wall.
            Pt response: pt is doing the head turns while walking and improved, less veering already.
            A: L vestibular hypofunction with unsteadiness on head turns.
            Berg to be done on re-eval.
            P: Re-eval next visit.
            """,
            ["H81.22"], [PT("97112", 23)], [At(Measure, "97112")]),

        // WBR, Ji-hye Park: "Test: not done today, patient tired." and no number but the code, its minutes and the form's headings — measure missing; big-step turning with counting in Korean, backward stepping to a pull, weight shift with arm swing; "Yes, only me and patient"; slow backward postural reaction and freezing in Parkinson's.
        ["v5-h202-wbr-test-not-done-patient-tired"] = new(
            """
            WILSHIRE BALANCE & REHAB — Los Angeles, CA (Koreatown)
            Daily Note
            Therapist: Ji-hye Park, PT, DPT

            1. Subjective
            Patient said when he turn around in kitchen, feet is stuck and he almost fall.
            2. Treatment
            - 97112 NMR : 22min
            - Turning practice with big step and counting in Korean
            - Stepping backward to pull from therapist
            - Weight shift side to side with big arm swing
            3. 1:1
            Yes, only me and patient.
            4. Assessment
            Parkinson disease, postural reaction backward is slow, freezing when turning.
            Test: not done today, patient tired.
            5. Plan
            Test next visit.
            """,
            ["G20.A1"], [PT("97112", 22)], [At(Measure, "97112")]),

        // INPB, Dr. Lakshmi Narayanan 97110: clamshells, bridging, side-lying abduction and standing extension "done as tolerated" — no sets, repetitions, load or hold: measure missing on the 97110; L hip abductor and extensor weakness with a positive Trendelenburg (temple steps) present.
        ["v5-h202-inpb-97110-done-as-tolerated"] = new(
            """
            IRVING NEURO PHYSIO & BALANCE CENTRE — Irving, TX
            Physiotherapy Treatment Note
            Physio: Dr. Lakshmi Narayanan, PT

            C/O: Pt c/o Lt hip weakness, difficult to climb the steps of the temple.
            O/E: Lt hip abductor and extensor weakness, Trendelenburg sign positive on Lt.
            Rx given:
            - Clamshells with band
            - Bridging
            - Side-lying hip abduction
            - Standing hip extension with band
            All exercises done as tolerated.
            Time: 97110 – 15 mins
            Advice: Continue HEP.
            """,
            ["Z96.642"], [PT("97110", 15)], [At(Measure, "97110")]),

        // LHPW, Chiamaka Obi (PTA) 97116: "pt ambulated round the clinic with the rollator, with cues for heel strike … and practice of turning" — no distance and no assistance level: measure missing on the 97116; R foot drop with short step after stroke present.
        ["v5-h202-lhpw-pta-97116-round-the-clinic"] = new(
            """
            LANDOVER HILLS PHYSIOTHERAPY & WELLNESS — Landover Hills, MD
            REVIEW NOTE
            Physiotherapy assistant: Chiamaka Obi, PTA (supervising: O. Adebayo, PT)

            Pt was reviewed today. She came with her son.
            Complaint: Pt complained that her right foot drags and she is afraid of falling on the way to the bus stop.
            On assessment: Right foot drop with poor heel strike and short right step after the stroke; hip hitching on the right.
            Treatment: Gait re-education — pt ambulated round the clinic with the rollator, with cues for heel strike on the right and a longer step, and practice of turning with the rollator.
            Duration: 97116 — 20 mins
            Plan: To continue.
            """,
            ["I69.351", "M21.371"], [PTA("97116", 20)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in every usual form, true mismatches, truly missing separate time

        // SRS, Marivic Dimaculangan: two code lines "CPT 97112 NMR - 23 mins" and "CPT 97110 TherEx - 15 mins", each with its own "Tx done"; R knee proprioception and quad weakness after TKR (bus steps); SLS, Berg and doses: passes.
        ["v6-h202-srs-two-code-lines"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            PT DAILY NOTE
            Therapist: Marivic Dimaculangan, PT

            S: Pt is a retired Muni bus driver, c/o R knee buckles on the bus steps and when getting up from low chair.
            O:
            CPT 97112 NMR - 23 mins
            Mode of tx: [x] 1:1  [ ] concurrent  [ ] group
            Tx done (NMR): single leg stance R on foam with ball toss, step-downs R with mirror for knee alignment, perturbations on rocker board.
            CPT 97110 TherEx - 15 mins
            Tx done (TherEx): leg press 3 x 10 with 60 lbs, sit to stand from low chair 3 x 8, R SLR with 3 lbs cuff 3 x 12.
            A: Decreased R knee proprioception with poor quad control (knee buckling) s/p R TKR; R quad weakness.
            Berg 48/56; SLS R 6 secs, L 20 secs.
            P: Continue, progress step-down height.
            """,
            ["Z96.651"], [PT("97112", 23), PT("97110", 15)], []),

        // INPB, Dr. Lakshmi Narayanan: a clock range with its minutes on the code's line "Time: 97112 — 10:05 to 10:28 (23 mins)"; heel-to-shin to floor targets, foam feet together, slow line walking; proprioception and ataxic gait after cervical myelopathy; Berg and tandem steps: passes.
        ["v6-h202-inpb-clock-range-on-code-line"] = new(
            """
            IRVING NEURO PHYSIO & BALANCE CENTRE — Irving, TX
            Physiotherapy Treatment Note
            Physio: Dr. Lakshmi Narayanan, PT

            C/O: Pt c/o legs "not under control" on stairs since neck operation 6 months back.
            O/E: Impaired proprioception both LL with ataxic wide-based gait; Romberg positive.
            Rx given:
            - Heel to shin and foot placement on numbered floor targets
            - Standing on foam, feet together, eyes open then closed
            - Walking on a line with slow controlled steps, forwards and backwards
            Mode: one therapist – one patient throughout.
            Time: 97112 — 10:05 to 10:28 (23 mins)
            Outcome measure: Berg 43/56; tandem walk 8 steps without error.
            Advice: Stairs only with rail.
            """,
            ["M47.12"], [PT("97112", 23)], []),

        // LHPW, Oluwaseun Adebayo: minutes in words after the code, "Duration: 97112 — twenty-two minutes."; gaze stabilisation with head turns, corridor head turns, foam head turns; "Writer was one-on-one with pt"; L vestibular hypofunction after acoustic neuroma surgery; DGI and FGA: passes.
        ["v6-h202-lhpw-minutes-in-words"] = new(
            """
            LANDOVER HILLS PHYSIOTHERAPY & WELLNESS — Landover Hills, MD
            REVIEW NOTE
            Physiotherapist: Oluwaseun Adebayo, PT

            Pt was reviewed today, brought by her husband.
            Complaint: Pt complained that she feels off-balance when walking in the church aisle and turning to greet people, since the ear surgery.
            On assessment: Left vestibular hypofunction after acoustic neuroma surgery; positive head impulse to the left; unsteady in tandem and with head turns.
            Treatment: Writer was one-on-one with pt for the whole neuromuscular re-education.
            - Gaze stabilisation with head turns looking at a letter on the wall, sitting then standing
            - Walking in the corridor with head turns to each side
            - Standing on foam, feet together, with head turns
            Duration: 97112 — twenty-two minutes.
            Outcome: Dynamic Gait Index 15/24; Functional Gait Assessment 17/30.
            Plan: To continue; add walking with pivot turns.
            """,
            ["H81.8X2"], [PT("97112", 22)], []),

        // PFR, Guadalupe Orozco Medina: "Time: 97112 = 22 min, 97116 = 15 min" with a paragraph per code; L knee motor control (buckling) and short R step after stroke; Berg, feet with supervision and walk speed: passes.
        ["v6-h202-pfr-two-codes-on-time-line"] = new(
            """
            PILSEN FAMILY REHAB — Chicago, IL
            Session note
            Physical therapist: Guadalupe Orozco Medina, PT

            Subjective: The patient refers that the left knee bends "alone" when she walks to the bus and she is afraid in the crossing of the street.
            Treatment realized:
            Neuromuscular re-education (97112): exercises of weight transfer to the left in standing with tactile stimulus in the quadriceps, step-ups with control of the left knee in front of the mirror, and stabilizing reversals in standing.
            Gait training (97116): walking with the cane in the hallway and in the parking lot, with indications for the heel strike and the extension of the left knee in the stance phase.
            Modality of attention: ✔ individual (one to one)  ☐ group
            Observations: Left hemiparesis with deficit of motor control of the left knee (buckling in the stance) and short step of the right leg. Berg 44/56. Walked 200 feet x 2 with the cane and supervision; 10 meter walk 0.7 m/s.
            Time: 97112 = 22 min, 97116 = 15 min
            """,
            ["I69.354"], [PT("97112", 22), PT("97116", 15)], []),

        // GRP, mgr Agnieszka Wójcik: "- 97112 neuromuscular re-education, 23 min. — …" and "- 97140 manual therapy, 10 min. — …"; R ankle proprioception with late peroneal reaction and limited dorsiflexion (a volleyball player); BOSU SLS and knee-to-wall cm: passes.
        ["v6-h202-grp-two-codes-min-dot"] = new(
            """
            GREENPOINT REHABILITATION & PHYSIOTHERAPY — Brooklyn, NY
            Daily therapy card
            Physiotherapist: mgr Agnieszka Wójcik, PT

            Patient condition: Patient after sprain of right ankle (second time this year), plays volleyball. Ankle stiff and unstable.
            Applied therapy:
            - 97112 neuromuscular re-education, 23 min. — proprioception training on rocker and BOSU, single leg stance with ball throwing, jumps with stabilization of landing.
            - 97140 manual therapy, 10 min. — mobilization of talocrural joint (posterior glide of talus, grade III), soft tissue mobilization of peroneal muscles.
            Form of therapy: individual 1:1, only therapist and patient.
            Assessment: Deficit of proprioception of right ankle with delayed peroneal reaction; limited dorsiflexion of right ankle.
            Tests: Single leg stance on BOSU right 8 s, left 21 s. Dorsiflexion (knee to wall) right 6 cm, left 11 cm.
            Recommendations: Continue, return to training after next control.
            """,
            ["S93.401D"], [PT("97112", 23), PT("97140", 10)], []),

        // WBR, Ji-hye Park: "- 97112 NMR : 23min" and "- 97530 TA : 15min", each with its activities; L knee proprioception after TKR with a goal to carry the grandson on the stairs; Berg, SLS, rounds and assistance: passes.
        ["v6-h202-wbr-nmr-and-ta-run-together"] = new(
            """
            WILSHIRE BALANCE & REHAB — Los Angeles, CA (Koreatown)
            Daily Note
            Therapist: Ji-hye Park, PT, DPT

            1. Subjective
            Patient said she want to carry grandson (baby) and go down stairs, but knee is shaky so afraid.
            2. Treatment
            - 97112 NMR : 23min
              Single leg stance on foam with head turn, step down from 6 inch step with mirror (knee alignment), rocker board.
            - 97530 TA : 15min
              Carrying 15 lb weighted doll up and down 4 stairs with rail, picking up doll from floor (squat), sit to stand holding doll.
            3. 1:1
            Yes, 1:1 all time.
            4. Assessment
            Left knee proprioception decreased, knee buckling in step down (after left TKR). Goal: carry grandson on stairs.
            Berg 47/56, single leg stance L 7sec. Stairs with doll 3 rounds with stand-by assist; floor pick-up 5 times with supervision.
            5. Plan
            Increase doll weight to 20 lb.
            """,
            ["Z96.652"], [PT("97112", 23), PT("97530", 15)], []),

        // BPT, Dr. Mina Girgis (PT) and Nadia Iskander (OT): "PT: … Time: 97112 — 22 mins" and "OT: … Time: 97530 — 20 mins" in one note; R hemiparesis after stroke for each; Berg and a count, buttons with assistance and coins: passes.
        ["v6-h202-bpt-pt-and-ot-one-note"] = new(
            """
            BROOKHURST PHYSICAL THERAPY — Anaheim, CA
            Daily Treatment Note
            Therapists: Dr. Mina Girgis, PT, DPT (PT); Nadia Iskander, OTR/L (OT)

            Pt was received in the clinic with his wife, walking with hemi-walker.
            PT:
            Pt is suffering from: Rt hemiparesis after Lt MCA stroke, poor weight shift to Rt and knee hyperextension in stance.
            Program applied (97112): weight shift to Rt in standing with tapping over Rt quadriceps and gluteus, step-stance with controlled Rt knee in front of the mirror, PNF pelvic patterns in side lying.
            One-on-one: ☒ Yes ☐ No
            Measurements: Berg 36/56; Rt knee hyperextension in 6 of 10 steps.
            Time: 97112 — 22 mins
            OT:
            Pt is suffering from: Rt upper limb weakness and poor grasp after the stroke; goal to eat and button his shirt by himself.
            Program applied (97530): buttoning his own shirt, cutting food with adapted knife, picking up coins from the table with the Rt hand.
            Measurements: buttoned 4 of 6 buttons with minimal assistance; 8 coins into the cup with the Rt hand.
            Time: 97530 — 20 mins
            Recommendation: Continue PT and OT.
            """,
            ["I69.351"], [PT("97112", 22), OT("97530", 20)], []),

        // CSP, Thaís Albuquerque: three code lines "97112 … — 22 min", "97110 … — 12 min", "97116 … — 10 min"; delayed backward postural reactions, R hip and knee extensor weakness, short L step; Berg, doses, feet and stairs with assistance: passes.
        ["v6-h202-csp-three-code-lines"] = new(
            """
            CONCORD STREET PHYSIOTHERAPY — Framingham, MA
            Evolution note
            Physiotherapist: Thaís Albuquerque, PT

            Complaint: Patient referred that she fell in the kitchen two weeks ago, and the right leg is weak and "does not obey" in the stairs.
            Conduct:
            97112 Neuromuscular re-education — 22 min
            - Training of balance in unstable surface (foam and rocker), with eyes closed
            - Reactive steps to pushes in the pelvis, forward and backward
            97110 Therapeutic exercise — 12 min
            - Squats with support 3 x 10, bridge 3 x 12, hip abduction in side-lying with 2 lb 3 x 10 on the right
            97116 Gait training — 10 min
            - Gait training with cane in the corridor and on the stairs, with cues for heel strike of the right and sequence of the cane
            Attendance: one-on-one, only the patient and the physiotherapist during the session.
            Evaluation: Delayed postural reactions backward with poor postural control; weakness of right hip and knee extensors; gait with short step of the left and slow cadence.
            Berg 42/56. Walked 250 ft with cane and supervision; 12 stairs with rail and contact guard.
            Evolution: Patient evolves with more safety in the stairs.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22), PT("97110", 12), PT("97116", 10)], []),

        // SRS, Arnel Cabrera (PTA): "CPT 97112 NMR - 35 mins" on a line billed at 23 — time mismatch; otherwise complete ([x] 1:1, foam catches, BAPS, lateral stepping; L ankle proprioception; SLS and BAPS count).
        ["v6-h202-srs-pta-35-on-23"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            PT DAILY NOTE
            Therapist: Arnel Cabrera, PTA (supervising PT: M. Dimaculangan, PT)

            S: Pt is a warehouse picker, c/o L ankle turns when stepping off the pallet jack.
            O:
            CPT 97112 NMR - 35 mins
            Mode of tx: [x] 1:1  [ ] concurrent  [ ] group
            Tx done: single leg stance L on foam with ball catches, BAPS board level 3, lateral stepping over a line with stick landing on L.
            Pt response: pt is doing the stick landing and improved, less wobbling already.
            A: Decreased L ankle proprioception with delayed peroneal response s/p L ankle sprain.
            SLS on foam L 9 secs, R 22 secs; 7 of 10 stick landings on L.
            P: Continue per PT POC.
            """,
            ["S93.402D"], [PTA("97112", 23)], [At(Mismatch, "97112")]),

        // INPB, Dr. Lakshmi Narayanan: "Time: 97112 – 22 mins; 97110 – 25 mins" with the 97110 billed at 13 — time mismatch on the 97110; both sections otherwise complete (knee proprioception drills and Berg, quad strengthening with doses).
        ["v6-h202-inpb-97110-25-on-13"] = new(
            """
            IRVING NEURO PHYSIO & BALANCE CENTRE — Irving, TX
            Physiotherapy Treatment Note
            Physio: Dr. Lakshmi Narayanan, PT

            C/O: Pt c/o Rt knee buckling while getting down the stairs of the apartment, 3 months after Rt TKR.
            O/E: Poor Rt knee proprioception and quadriceps control; Rt quadriceps weakness with extension lag.
            Rx given:
            - NMR: Rt single leg stance on wobble board, step-downs with knee over toe in front of mirror, mini squats on foam with perturbation
            - Ther ex: quadriceps setting x 10 reps x 3 sets with 5 secs hold, SLR with 1 kg x 10 reps x 3 sets, terminal knee extension with band x 15 reps x 2 sets
            Mode: one therapist – one patient throughout.
            Time: 97112 – 22 mins; 97110 – 25 mins
            Outcome measure: Berg 47/56; SLS Rt 8 secs; extension lag 5 degrees.
            Advice: Rail on both sides for stairs.
            """,
            ["Z96.651"], [PT("97112", 22), PT("97110", 13)], [At(Mismatch, "97110")]),

        // WBR, Min-jun Choi (PTA): "- 97112 NMR : 30min" on a single line billed at 18 — time mismatch; otherwise complete ("Yes, 1:1", rocker, cushion reach, tandem; postural control after hip replacement; Berg and TUG).
        ["v6-h202-wbr-pta-30min-on-18"] = new(
            """
            WILSHIRE BALANCE & REHAB — Los Angeles, CA (Koreatown)
            Daily Note
            Therapist: Min-jun Choi, PTA (supervising PT: Ji-hye Park, PT, DPT)

            1. Subjective
            Patient said when she get up from floor cushion after eating, she is unstable and need to hold table.
            2. Treatment
            - 97112 NMR : 30min
            - Rocker board forward/backward with hold
            - Reaching on balance cushion to the side and down
            - Tandem walk with stop on command
            3. 1:1
            Yes, 1:1.
            4. Assessment
            Postural control is poor when she change position, stepping reaction late (after right hip replacement).
            Berg 45/56, TUG 12.6sec.
            5. Plan
            Practice floor to stand next time.
            """,
            ["Z96.641"], [PTA("97112", 18)], [At(Mismatch, "97112")]),

        // LHPW, Oluwaseun Adebayo: two codes (97112, 97110) and only "Total treatment time: 38 mins" — separate time missing; both sections otherwise complete (freezing and reactive stepping, hip and knee extensor weakness; Mini-BESTest and doses).
        ["v6-h202-lhpw-total-treatment-time-only"] = new(
            """
            LANDOVER HILLS PHYSIOTHERAPY & WELLNESS — Landover Hills, MD
            REVIEW NOTE
            Physiotherapist: Oluwaseun Adebayo, PT

            Pt was reviewed today, came with his daughter.
            Complaint: Pt complained that his feet "freeze" at the door of the bathroom and his legs are weak when he stands up from the low sofa.
            On assessment: Freezing of gait at doorways with poor reactive stepping; weakness of hip and knee extensors bilaterally.
            Treatment: Writer was with pt alone, one-on-one, for the whole session.
            - Neuromuscular re-education (97112): stepping through a doorway to floor lines with counting, backward stepping to a pull at the shoulders, turning in a wide arc
            - Therapeutic exercise (97110): sit to stand from a low chair x 10 reps x 3 sets, bridging x 12 reps x 3 sets, standing hip extension with 2 lb cuff x 10 reps x 2 sets
            Total treatment time: 38 mins
            Outcome: Mini-BESTest 17/28.
            Plan: To continue.
            """,
            ["G20.A1"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // PFR, Guadalupe Orozco Medina: two codes (97112, 97116) and only "Time: hour of entry 9:00, hour of exit 9:40" — separate time missing; both sections otherwise complete (ankle proprioception drills and SLS, gait with the cane and distance with supervision).
        ["v6-h202-pfr-hour-of-entry-and-exit"] = new(
            """
            PILSEN FAMILY REHAB — Chicago, IL
            Session note
            Physical therapist: Guadalupe Orozco Medina, PT

            Subjective: The patient refers that the right ankle "fails" when she walks in the snow to the church.
            Treatment realized:
            Neuromuscular re-education (97112): standing on the balance cushion with the right leg and reaching, rocker board with eyes closed, lateral steps with stabilization in the right.
            Gait training (97116): walking with the cane in the hallway and outside in the parking lot, with indications for the heel strike and the step of the left more long.
            Modality of attention: ✔ individual (one to one)  ☐ group
            Observations: Deficit of proprioception of the right ankle after the fracture, and antalgic gait with short step of the left. Single leg stance right 7 seconds, left 19 seconds. Walked 300 feet with the cane and supervision.
            Time: hour of entry 9:00, hour of exit 9:40
            """,
            ["S82.851D"], [PT("97112", 25), PT("97116", 15)], [SepTime]),

        // BPT, Dr. Mina Girgis: "Time: 97112 — 23 mins" and nothing for the 97140 billed beside it — separate time missing; both sections otherwise complete (shoulder rhythmic stabilisation and JPS error, posterior glides with flexion degrees).
        ["v6-h202-bpt-97140-without-minutes"] = new(
            """
            BROOKHURST PHYSICAL THERAPY — Anaheim, CA
            Daily Treatment Note
            Therapist: Dr. Mina Girgis, PT, DPT

            Pt was received in the clinic, he is a mechanic and complains that the Rt shoulder "slips" when he works under the car with arms up.
            Pt is suffering from: decreased Rt shoulder joint position sense and delayed rotator cuff activation after anterior dislocation; stiffness of posterior capsule with limited flexion.
            Program applied (97112): rhythmic stabilization in supine at 90 degrees flexion, ball on the wall circles with eyes closed, weight bearing on the Rt hand on the unstable pad.
            Program applied (97140): posterior glides of Rt glenohumeral joint grade III, soft tissue mobilization of the posterior cuff.
            One-on-one: ☒ Yes ☐ No
            Measurements: joint position error 7 degrees at 90 degrees flexion; Rt shoulder flexion 150 degrees after mobilization (was 138 degrees).
            Time: 97112 — 23 mins
            Recommendation: Continue.
            """,
            ["S43.014D"], [PT("97112", 23), PT("97140", 10)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic notes

        // An empty note on a 97116 with a diagnosis: DOC_NOTE_MISSING on the line and nothing else.
        ["v7-h202-empty-note-97116"] = new(
            "",
            ["R26.89"], [PT("97116", 20)], [At(NoteMissing, "97116")]),

        // A note of spaces, a tab and line breaks on a two-code visit (97112, 97110) with no diagnosis: note missing on each line and diagnosis missing.
        ["v7-h202-whitespace-note-97112-97110-no-dx"] = new(
            "  \n\t\n \n",
            [], [PT("97112", 23), PT("97110", 12)], [At(NoteMissing, "97112"), At(NoteMissing, "97110"), Dx]),

        // An empty note on an OT's 97530 with no diagnosis: note missing on the line and diagnosis missing.
        ["v7-h202-empty-note-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 18)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on a GRP PTA card: exercises in closed kinetic chain for the knee — mini squats, step-ups, leg press, wall sits with holds (technique), sets, repetitions, kilograms and holds (measure), R quadriceps weakness after TKA with a goal of the stairs to the fourth floor (deficit); 17 min.: passes.
        ["v7-h202-grp-pta-97110-closed-kinetic-chain"] = new(
            """
            GREENPOINT REHABILITATION & PHYSIOTHERAPY — Brooklyn, NY
            Daily therapy card
            Physiotherapist: Tomasz Kowalczyk, PTA (supervising: mgr A. Wójcik, PT)

            Patient condition: Patient 10 weeks after right total knee arthroplasty. Lives on fourth floor without elevator, climbs stairs slowly, step by step.
            Applied therapy:
            - 97110 therapeutic exercise, 17 min.
            - Exercises in closed kinetic chain: mini squats 3 x 12, step-ups on 15 cm step 3 x 10, leg press 3 x 10 with 25 kg, wall sits 5 x 20 s hold.
            Form of therapy: individual.
            Assessment: Weakness of right quadriceps after TKA, difficulty with stairs (goal: stairs to fourth floor reciprocal).
            Tests: Right knee flexion 108°, extension −3°.
            Recommendations: Home exercises as above, once daily.
            """,
            ["Z96.651"], [PTA("97110", 17)], []),

        // 97530's meaning on an SRS OT note: car transfers and carrying grocery bags from the car to the kitchen counter, reaching into the upper cabinet (technique), counts, pounds and assistance (measure), L UE weakness and trunk control after stroke with a goal to do her own groceries (deficit); 20 mins: passes.
        ["v7-h202-srs-ot-97530-car-and-groceries"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            OT DAILY NOTE
            Therapist: Joanna Macapagal, OTR/L

            S: Pt verbalized she wants to do the groceries by herself already, her son is working nights.
            O:
            CPT 97530 Ther Act - 20 mins
            Mode of tx: [x] 1:1  [ ] concurrent  [ ] group
            Tx done: car transfers in and out of the car simulator, carrying grocery bags (5 lbs each) from the car to the kitchen counter, putting cans in the upper cabinet with the L hand.
            Pt response: pt was able to carry the bags with less rest already.
            A: L UE weakness and decreased trunk control s/p R CVA; goal to do own grocery shopping.
            Car transfers x 4 with stand-by assist; 6 bags carried 15 ft with supervision; 8 of 10 cans placed in upper cabinet with L hand.
            P: Progress to 8 lbs bags.
            """,
            ["I69.354"], [OT("97530", 20)], []),

        // 97140's meaning on a BPT note: posterior and inferior glenohumeral glides grade III-IV and soft-tissue mobilisation of the pectoralis and posterior cuff (technique), R shoulder stiffness in adhesive capsulitis (deficit), ranges in degrees and the grade and bouts (measure); 12 mins: passes.
        ["v7-h202-bpt-97140-frozen-shoulder-glides"] = new(
            """
            BROOKHURST PHYSICAL THERAPY — Anaheim, CA
            Daily Treatment Note
            Therapist: Dr. Mina Girgis, PT, DPT

            Pt was received in the clinic, she cannot comb her hair or reach the upper shelf with the Rt arm since four months.
            Pt is suffering from: Rt shoulder stiffness (adhesive capsulitis, freezing stage finishing), capsular pattern with ER most limited.
            Program applied (97140):
            - Posterior and inferior glides of Rt glenohumeral joint grade III-IV, 3 bouts of 30 sec each
            - Soft tissue mobilization of Rt pectoralis minor and posterior cuff
            One-on-one: ☒ Yes ☐ No
            Measurements: Rt shoulder flexion 125 degrees (was 115), ER 30 degrees (was 20), abduction 95 degrees.
            Time: 97140 — 12 mins
            Recommendation: Pendulum and wall walk at home.
            """,
            ["M75.01"], [PT("97140", 12)], []),

        // 97116's meaning on an LHPW PTA note: gait re-education with a quad cane — heel strike, step length, three-point sequence, a kerb-height step (technique), distance and assistance (measure), L knee stiffness and short L stance after knee fracture (deficit); 18 mins: passes.
        ["v7-h202-lhpw-pta-97116-quad-cane"] = new(
            """
            LANDOVER HILLS PHYSIOTHERAPY & WELLNESS — Landover Hills, MD
            REVIEW NOTE
            Physiotherapy assistant: Chiamaka Obi, PTA (supervising: O. Adebayo, PT)

            Pt was reviewed today.
            Complaint: Pt complained that she is walking "like a soldier" with the left knee straight and she cannot climb into the church van.
            On assessment: Left knee stiffness with reduced knee flexion in swing and short stance on the left, after tibial plateau fracture.
            Treatment: Gait re-education with quad cane — three-point pattern taught, cues for heel strike and bending the left knee in swing, equal step length; practice of stepping up a 7 inch step with the cane.
            Duration: 97116 — 18 mins
            Outcome: Pt walked 200 feet x 2 with quad cane and stand-by assistance; step-ups with contact guard.
            Plan: To continue.
            """,
            ["S82.142D"], [PTA("97116", 18)], []),

        // A second 97530 on a WBR OT note: cooking rice — lifting the rice pot, rinsing, carrying to the cooker, stirring at the stove (technique), counts, pounds and assistance (measure), R hand grip weakness and wrist pain after fracture with a goal to cook for her family (deficit); 21min: passes.
        ["v7-h202-wbr-ot-97530-rice-pot"] = new(
            """
            WILSHIRE BALANCE & REHAB — Los Angeles, CA (Koreatown)
            Daily Note — OT
            Therapist: Soo-ah Lim, OTR/L

            1. Subjective
            Patient said she cannot lift the rice pot with water, right wrist is weak and painful. She cook for family every day.
            2. Treatment
            - 97530 TA : 21min
            - Rinsing rice and lifting pot with water (4 lb) from sink to rice cooker, both hands
            - Carrying side dish containers from fridge to table
            - Stirring soup at stove with right hand
            3. 1:1
            Yes.
            4. Assessment
            Right grip weakness and wrist pain after distal radius fracture. Goal: cook for family without help.
            Pot lift 6 times with supervision; 10 containers carried with stand-by assist. Grip R 12kg, L 22kg.
            5. Plan
            Increase pot weight.
            """,
            ["S52.501D"], [OT("97530", 21)], []),

        // SRS, Arnel Cabrera (PTA): "Tx done: Balance exercises done." / "A: Pt tolerated well." / "P: Cont POC." with nothing ticked in the mode row — wholly generic, and no one-on-one statement.
        ["v7-h202-srs-pta-balance-exercises-cont-poc"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            PT DAILY NOTE
            Therapist: Arnel Cabrera, PTA (supervising PT: M. Dimaculangan, PT)

            S: Pt came for tx.
            O:
            CPT 97112 NMR - 22 mins
            Mode of tx: [ ] 1:1  [ ] concurrent  [ ] group
            Tx done: Balance exercises done.
            A: Pt tolerated well.
            P: Cont POC.
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // INPB, Vikram Deshmukh (PTA) 97110: "Rx given: Exercises given as per protocol. Pt tolerated well." with "O/E: Same." — wholly generic.
        ["v7-h202-inpb-pta-97110-exercises-as-per-protocol"] = new(
            """
            IRVING NEURO PHYSIO & BALANCE CENTRE — Irving, TX
            Physiotherapy Treatment Note
            Physio: Vikram Deshmukh, PTA (supervising PT: Dr. L. Narayanan)

            C/O: Nil.
            O/E: Same.
            Rx given: Exercises given as per protocol. Pt tolerated well.
            Time: 97110 – 15 mins
            Advice: Continue same.
            """,
            ["M62.81"], [PTA("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // LHPW, Chiamaka Obi (PTA) 97530: "Treatment: Functional training continued. Well tolerated." — wholly generic.
        ["v7-h202-lhpw-pta-97530-functional-training-continued"] = new(
            """
            LANDOVER HILLS PHYSIOTHERAPY & WELLNESS — Landover Hills, MD
            REVIEW NOTE
            Physiotherapy assistant: Chiamaka Obi, PTA (supervising: O. Adebayo, PT)

            Pt was reviewed today.
            Complaint: Nil new complaint.
            Treatment: Functional training continued. Well tolerated.
            Duration: 97530 — 20 mins
            Plan: To continue.
            """,
            ["M62.81"], [PTA("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // WBR, Min-jun Choi (PTA): "Balance and coordination exercise done." with "3. 1:1 — Yes." — wholly generic, one-on-one stated.
        ["v7-h202-wbr-pta-balance-and-coordination-1to1-yes"] = new(
            """
            WILSHIRE BALANCE & REHAB — Los Angeles, CA (Koreatown)
            Daily Note
            Therapist: Min-jun Choi, PTA (supervising PT: Ji-hye Park, PT, DPT)

            1. Subjective
            Patient said she is okay today.
            2. Treatment
            - 97112 NMR : 22min
            - Balance and coordination exercise done.
            3. 1:1
            Yes.
            4. Assessment
            Tolerated well.
            5. Plan
            Continue POC.
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // BPT, Marina Fahmy (PTA): "Pt was given balance training. Pt tolerated the session well. To continue same program." with the one-on-one boxes left blank — wholly generic, and no one-on-one statement.
        ["v7-h202-bpt-pta-given-balance-training-same-program"] = new(
            """
            BROOKHURST PHYSICAL THERAPY — Anaheim, CA
            Daily Treatment Note
            Therapist: Marina Fahmy, PTA (supervising PT: Dr. M. Girgis)

            Pt was received in the clinic.
            Pt is suffering from: —
            Program applied (97112): Pt was given balance training. Pt tolerated the session well.
            One-on-one: ☐ Yes ☐ No
            Measurements: —
            Time: 97112 — 22 mins
            Recommendation: To continue same program.
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary: complete notes of these clinics a reviewer passes, and the ordinary weak ones

        // SRS, Joanna Macapagal (OT) 97112: "[x] 1:1"; sandpaper texture grading, object recognition in a bag with vision occluded, weight bearing through the R hand with rhythmic stabilisation; R hand tactile discrimination and proprioception after L MCA stroke; two-point discrimination and a count; 24 mins: passes.
        ["vord-h202-srs-ot-97112-hand-sensory-reeducation"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            OT DAILY NOTE
            Therapist: Joanna Macapagal, OTR/L

            S: Pt verbalized she keeps on dropping the spoon and cannot feel the coins in her R hand when paying at the store.
            O:
            CPT 97112 NMR - 24 mins
            Mode of tx: [x] 1:1  [ ] concurrent  [ ] group
            Tx done: texture discrimination with graded sandpaper strips (coarse to fine), object recognition in a bag with vision occluded (coins, keys, clothespin), weight bearing through the R hand on the mat table with rhythmic stabilization at the elbow.
            Pt response: pt was able to tell the coins apart already without looking on some trials.
            A: Decreased tactile discrimination and proprioception of the R hand s/p L MCA stroke.
            Two-point discrimination R index fingertip 10 mm (L 4 mm); 5 of 10 objects identified by touch.
            P: Continue sensory re-education, add in-hand manipulation.
            """,
            ["I69.351"], [OT("97112", 24)], []),

        // SRS, Arnel Cabrera (PTA): "CPT 97116 Gait Tx - 18 mins" and "CPT 97110 TherEx - 12 mins", each with its own work; L hip weakness and Trendelenburg after hip fracture, short R step; distance with assistance and doses: passes.
        ["vord-h202-srs-pta-97116-and-97110"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            PT DAILY NOTE
            Therapist: Arnel Cabrera, PTA (supervising PT: M. Dimaculangan, PT)

            S: Pt verbalized she wants to walk to the church already for the Simbang Gabi.
            O:
            CPT 97116 Gait Tx - 18 mins
            Tx done (gait): gait training with rolling walker in the hallway and on the ramp, cues for equal step length and upright trunk, turns with the walker.
            CPT 97110 TherEx - 12 mins
            Tx done (TherEx): standing hip abduction L with 2 lbs cuff 3 x 10, bridging 3 x 12, mini squats at the counter 3 x 10.
            A: L hip abductor and extensor weakness with Trendelenburg on L stance s/p L hip fracture (ORIF); short R step.
            Gait: 200 ft x 2 with RW and supervision; ramp with contact guard.
            P: Progress to cane per PT.
            """,
            ["S72.002D"], [PTA("97116", 18), PTA("97110", 12)], []),

        // INPB, Dr. Lakshmi Narayanan: "97112 – 22 mins" and "97140 – 10 mins"; laser head-pointer relocation and eye-head coordination for cervical joint-position error, suboccipital release and PA mobilisation; cervical proprioceptive deficit and upper cervical stiffness; JPE degrees and rotation degrees: passes.
        ["vord-h202-inpb-97112-and-97140-cervical"] = new(
            """
            IRVING NEURO PHYSIO & BALANCE CENTRE — Irving, TX
            Physiotherapy Treatment Note
            Physio: Dr. Lakshmi Narayanan, PT

            C/O: Pt c/o neck stiffness and feeling "off balance" when turning head while driving, since rear-end car accident 4 months back.
            O/E: Cervical proprioceptive deficit — joint position error to Rt 7 degrees, to Lt 4 degrees; upper cervical stiffness with restricted rotation Rt.
            Rx given:
            - NMR: head relocation practice with laser pointer on head to target, eyes closed and open; eye-head coordination (eyes to target first, then head); gaze fixed while trunk turns in sitting
            - Manual therapy: suboccipital release, PA mobilisation grade III at C2-C3 and C3-C4, 3 bouts each
            Mode: one therapist – one patient throughout.
            Time: 97112 – 22 mins; 97140 – 10 mins
            Outcome measure: JPE Rt 4 degrees after session; cervical rotation Rt 60 degrees, Lt 72 degrees.
            Advice: Laser relocation at home with family help.
            """,
            ["M54.2", "M53.0"], [PT("97112", 22), PT("97140", 10)], []),

        // INPB, Vikram Deshmukh (PTA) 97530: getting down to and up from the floor for prayers via a chair, half-kneel transitions, carrying the puja plate while stepping; bilateral knee OA with quadriceps weakness and a floor-sitting goal; counts and assistance; 20 mins: passes.
        ["vord-h202-inpb-pta-97530-floor-transfers"] = new(
            """
            IRVING NEURO PHYSIO & BALANCE CENTRE — Irving, TX
            Physiotherapy Treatment Note
            Physio: Vikram Deshmukh, PTA (supervising PT: Dr. L. Narayanan)

            C/O: Pt c/o cannot sit on floor for prayers and get up, knees paining.
            O/E: Bilateral knee OA with quadriceps weakness; goal to get down to floor and up independently for prayers.
            Rx given:
            - Floor transfer training using a chair for support: half-kneel, then side-sit, then reverse to stand
            - Half-kneel to stand transitions, Rt and Lt leg leading
            - Carrying the puja plate with both hands while stepping over a threshold
            Time: 97530 – 20 mins
            Outcome measure: Floor transfers x 4 with stand-by assistance; half-kneel to stand x 6 each side with supervision.
            Advice: Keep the chair near the prayer area.
            """,
            ["M17.0"], [PTA("97530", 20)], []),

        // LHPW, Oluwaseun Adebayo: "Duration: 97112 — 23 mins; 97116 — 15 mins"; facilitated L weight acceptance, tapping, step-and-stick; gait with cane and cues; L hemiparesis with poor L stance control and short R step; Berg, feet with supervision: passes.
        ["vord-h202-lhpw-97112-and-97116"] = new(
            """
            LANDOVER HILLS PHYSIOTHERAPY & WELLNESS — Landover Hills, MD
            REVIEW NOTE
            Physiotherapist: Oluwaseun Adebayo, PT

            Pt was reviewed today. Pt's son drove him.
            Complaint: Pt complained that his left knee "locks back" when he walks and he is afraid to walk to his friend's house.
            On assessment: Left hemiparesis with poor control of the left knee in stance (hyperextension) from delayed hamstring timing; short right step and slow gait.
            Treatment: One-on-one with writer for the whole session.
            - Neuromuscular re-education: weight acceptance on the left leg in step-standing with tapping over the hamstrings, small-range knee flexion-extension control on the left in standing, step and stick onto the left leg
            - Gait re-education: walking with the single-point cane, cues for soft left knee in stance and a longer right step, turning practice
            Duration: 97112 — 23 mins; 97116 — 15 mins
            Outcome: Berg 45/56. Walked 250 feet x 2 with the cane and supervision; knee hyperextension in 3 of 10 steps (previous review 7 of 10).
            Plan: To continue.
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 15)], []),

        // LHPW, Chiamaka Obi (PTA) 97110: "Pt was placed on strengthening exercises" — quads over a roll, SLR with a cuff, sit-to-stands, step-ups with doses; R knee OA with quadriceps weakness (the market stall stool); 15 mins: passes.
        ["vord-h202-lhpw-pta-97110-knee-oa"] = new(
            """
            LANDOVER HILLS PHYSIOTHERAPY & WELLNESS — Landover Hills, MD
            REVIEW NOTE
            Physiotherapy assistant: Chiamaka Obi, PTA (supervising: O. Adebayo, PT)

            Pt was reviewed today.
            Complaint: Pt complained of right knee pain and weakness when getting up from the low stool at her stall in the market.
            On assessment: Right knee osteoarthritis with right quadriceps weakness; difficulty rising from low seats.
            Treatment: Pt was placed on strengthening exercises:
            - Inner range quadriceps over a roll x 10 reps x 3 sets with 5 secs hold
            - Straight leg raise with 2 lb cuff x 10 reps x 3 sets
            - Sit to stand from a low chair x 8 reps x 3 sets
            - Step-ups on a 6 inch step x 10 reps x 2 sets
            Duration: 97110 — 15 mins
            Plan: To continue, progress the cuff to 3 lb.
            """,
            ["M17.11"], [PTA("97110", 15)], []),

        // PFR, Guadalupe Orozco Medina: "Time: 97110 = 15 min, 97140 = 10 min"; wand and pulley elevation, isometrics, band rows with doses; inferior and posterior glenohumeral glides grade III with soft-tissue work; R shoulder stiffness and weakness after proximal humerus fracture; degrees: passes.
        ["vord-h202-pfr-97110-and-97140-shoulder"] = new(
            """
            PILSEN FAMILY REHAB — Chicago, IL
            Session note
            Physical therapist: Guadalupe Orozco Medina, PT

            Subjective: The patient refers that she cannot hang the jacket in the closet or comb her hair with the right arm since the fracture.
            Treatment realized:
            Therapeutic exercise (97110): flexion with the wand 3 x 10, pulleys for elevation 3 x 10, isometrics of the rotators 10 x 5 seconds, rows with yellow band 3 x 12.
            Manual therapy (97140): mobilization of the glenohumeral joint with inferior and posterior glides grade III, 3 series of 30 seconds, and soft tissue mobilization of the deltoid and the pectoral.
            Observations: Stiffness and weakness of the right shoulder after the fracture of the proximal humerus. Flexion right 120° (before 110°), abduction 95°, external rotation 35°.
            Time: 97110 = 15 min, 97140 = 10 min
            """,
            ["S42.201D"], [PT("97110", 15), PT("97140", 10)], []),

        // PFR, Rodrigo Esparza (PTA): "✔ individual (one to one)"; stepping reactions to perturbations with the belt, stop-and-turn walking on command, cushion ball catches; delayed stepping reactions to the sides and backward (two falls at the laundromat); Berg and TUG; 22 min: passes.
        ["vord-h202-pfr-pta-97112-stepping-reactions"] = new(
            """
            PILSEN FAMILY REHAB — Chicago, IL
            Session note
            Physical therapist: Rodrigo Esparza, PTA (supervising PT: G. Orozco Medina)

            Subjective: The patient refers that she fell two times in the laundromat when she turned with the basket.
            Treatment realized: Neuromuscular re-education (97112).
            - Stepping reactions to perturbations with the gait belt, to the sides and backward
            - Walking with sudden stops and turns on command
            - Standing on the cushion catching the ball
            Modality of attention: ✔ individual (one to one)  ☐ group
            Observations: Delayed stepping reactions to the sides and backward, poor postural control in the turns. Berg 46/56; Timed Up and Go 13 seconds.
            Time: 97112 = 22 min
            """,
            ["R26.81", "R29.6"], [PTA("97112", 22)], []),

        // GRP, mgr Agnieszka Wójcik: "97112 … 22 min." and "97110 … 15 min."; foam stance eyes closed, sensory weight-shift with pressure feedback, obstacle gait; hip extensor and abdominal strengthening with doses; disturbed deep sensation of the feet with poor postural control, weak hip extensors, in lumbar stenosis; Berg and doses: passes.
        ["vord-h202-grp-97112-and-97110-stenosis"] = new(
            """
            GREENPOINT REHABILITATION & PHYSIOTHERAPY — Brooklyn, NY
            Daily therapy card
            Physiotherapist: mgr Agnieszka Wójcik, PT

            Patient condition: Patient with lumbar spinal stenosis, walks bent forward, feet numb after longer walking, unstable on stairs to church.
            Applied therapy:
            - 97112 neuromuscular re-education, 22 min. — standing on foam with eyes closed, weight shifting with feedback from pressure platform, walking over obstacles with stops.
            - 97110 therapeutic exercise, 15 min. — bridge 3 x 12, bird-dog 3 x 10 each side, posterior pelvic tilt with abdominal bracing 10 x 10 s hold, hip extension in standing with band 3 x 12.
            Form of therapy: individual, 1:1 – therapist only with this patient whole time.
            Assessment: Disturbed deep sensation of feet and poor postural control; weakness of hip extensors and abdominal muscles.
            Tests: Berg 44/56; tandem stance 5 s.
            Recommendations: Exercises at home, bike instead of long walks.
            """,
            ["M48.062"], [PT("97112", 22), PT("97110", 15)], []),

        // GRP, Tomasz Kowalczyk (PTA) 97116: "Nordic walking with poles" outside with step and heel cues, curbs; R limp with short stance after TKA; metres and independence; 20 min.: passes.
        ["vord-h202-grp-pta-97116-nordic-walking"] = new(
            """
            GREENPOINT REHABILITATION & PHYSIOTHERAPY — Brooklyn, NY
            Daily therapy card
            Physiotherapist: Tomasz Kowalczyk, PTA (supervising: mgr A. Wójcik, PT)

            Patient condition: Patient 3 months after right TKA, walks with limp, short stance on right leg. Wants to walk to park again.
            Applied therapy:
            - 97116 gait training, 20 min.
            - Nordic walking with poles on sidewalk: correction of heel strike and step length, equal stance time on both legs, going up and down curbs.
            Form of therapy: individual.
            Assessment: Antalgic gait with short stance on right and reduced knee extension at heel strike after TKA.
            Tests: 400 metres outside with poles, independent; 6 curbs up and down without help.
            Recommendations: Daily walk with poles.
            """,
            ["Z96.651"], [PTA("97116", 20)], []),

        // WBR, Ji-hye Park: "- 97112 NMR : 22min" and "- 97116 Gait : 15min"; weight shift with tapping, half-kneel stabilisation, step-stance; hemi-cane gait with heel strike cues; R hemiparesis with poor R stance control and short L step; Berg, feet with supervision: passes.
        ["vord-h202-wbr-97112-and-97116-hemiparesis"] = new(
            """
            WILSHIRE BALANCE & REHAB — Los Angeles, CA (Koreatown)
            Daily Note
            Therapist: Ji-hye Park, PT, DPT

            1. Subjective
            Patient said he want to walk to the church on Sunday by himself. Wife come with him.
            2. Treatment
            - 97112 NMR : 22min
              Weight shift to right with tapping on right gluteus, half kneeling rhythmic stabilization, step-stance right leg in front with mirror.
            - 97116 Gait : 15min
              Gait training with hemi-cane in hallway, heel strike cue for right, longer left step, turning.
            3. 1:1
            Yes, only me and patient, wife waiting outside.
            4. Assessment
            Right hemiparesis after stroke, right stance control poor (weight shift late), left step short.
            Berg 43/56. Gait 180 ft x 2 with hemi-cane and supervision.
            5. Plan
            Outdoor walk next time.
            """,
            ["I69.351"], [PT("97112", 22), PT("97116", 15)], []),

        // WBR, Min-jun Choi (PTA) 97110: hiking-goal strengthening — step-ups with a backpack, leg press, monster walk, calf raises with doses; L knee OA with quadriceps weakness, Griffith Park hill goal; 16min: passes.
        ["vord-h202-wbr-pta-97110-hiking-goal"] = new(
            """
            WILSHIRE BALANCE & REHAB — Los Angeles, CA (Koreatown)
            Daily Note
            Therapist: Min-jun Choi, PTA (supervising PT: Ji-hye Park, PT, DPT)

            1. Subjective
            Patient said he want to go hiking in Griffith Park with hiking club again, but left knee is weak on downhill.
            2. Treatment
            - 97110 TherEx : 16min
            - Step-up 8 inch with 10 lb backpack 3x10
            - Leg press 3x12, 70 lb
            - Monster walk with band 3 rounds
            - Calf raise 3x15
            3. 1:1
            Yes.
            4. Assessment
            Left knee OA, left quadriceps weakness, difficult downhill. Goal: hiking 2 miles with club.
            5. Plan
            Add eccentric step-down.
            """,
            ["M17.12"], [PTA("97110", 16)], []),

        // BPT, Dr. Mina Girgis: "☒ Yes" and "treated individually by me"; saccades, VOR cancellation and walking with head turns on the busy corridor; L vestibular hypofunction with oscillopsia while driving; DGI and DVA; 23 mins: passes.
        ["vord-h202-bpt-97112-vestibular-driving"] = new(
            """
            BROOKHURST PHYSICAL THERAPY — Anaheim, CA
            Daily Treatment Note
            Therapist: Dr. Mina Girgis, PT, DPT

            Pt was received in the clinic, he drives for a ride-share company and complains that the road signs "jump" when he checks the mirrors.
            Pt is suffering from: Lt vestibular hypofunction after vestibular neuritis, oscillopsia with quick head turns to the Lt.
            Program applied (97112):
            - Saccades between two targets, then VOR cancellation with a card moving with the head
            - Walking with head turns in the busy corridor
            - Standing on foam with head turns, eyes fixed on a target
            One-on-one: ☒ Yes ☐ No
            Pt was treated individually by me for the whole NMR.
            Measurements: DGI 18/24; DVA 3 lines loss (was 5).
            Time: 97112 — 23 mins
            Recommendation: No driving at night until next review.
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // BPT, Marina Fahmy (PTA): "Time: 97110 — 15 mins, 97530 — 15 mins"; quad and hip strengthening with doses; kneeling-to-stand and car transfers for the gardener's goal; R knee weakness after TKA; doses, counts and assistance: passes.
        ["vord-h202-bpt-pta-97110-and-97530"] = new(
            """
            BROOKHURST PHYSICAL THERAPY — Anaheim, CA
            Daily Treatment Note
            Therapist: Marina Fahmy, PTA (supervising PT: Dr. M. Girgis)

            Pt was received in the clinic with her husband. She wants to go back to her garden.
            Pt is suffering from: Rt knee weakness after Rt total knee replacement; goal to kneel in the garden and get up, and to get in and out of the car.
            Program applied (97110): leg press 3 x 12 with 40 lb, SLR with 2 lb 3 x 10, step-ups on 6 inch step 3 x 10.
            Program applied (97530): kneeling on the garden pad and getting up with the bench, car transfers in the simulator, carrying the watering can 20 ft.
            One-on-one: ☒ Yes ☐ No
            Measurements: kneel to stand 5 times with stand-by assistance; car transfers 4 times with supervision.
            Time: 97110 — 15 mins, 97530 — 15 mins
            Recommendation: Continue as per PT plan.
            """,
            ["Z96.651"], [PTA("97110", 15), PTA("97530", 15)], []),

        // CSP, Thaís Albuquerque: the capoeira instructor — rocker and mini-trampoline proprioceptive training, single-leg stance with ginga kicks, jump landings; "Attendance: individual (one-on-one), only the patient and the physiotherapist in the room"; L ankle proprioception with delayed peroneal reaction; Y-balance and SLS; 23 min: passes.
        ["vord-h202-csp-97112-capoeira-ankle"] = new(
            """
            CONCORD STREET PHYSIOTHERAPY — Framingham, MA
            Evolution note
            Physiotherapist: Thaís Albuquerque, PT

            Complaint: Patient is capoeira instructor, referred that the left ankle "fails" in the ginga and in the landing of the jumps since the sprain.
            Conduct:
            97112 Neuromuscular re-education — 23 min
            - Proprioceptive training on the rocker board and the mini-trampoline, eyes open and closed
            - Single leg stance on the left with kicks of the right leg (ginga movement)
            - Jumps with landing on the left and stabilization
            Attendance: individual (one-on-one), only the patient and the physiotherapist in the room.
            Evaluation: Deficit of proprioception of the left ankle with delayed reaction of the peroneal muscles.
            Y-balance anterior left 60 cm, right 68 cm; single leg stance eyes closed left 7 s, right 18 s.
            Evolution: Patient evolves with more confidence in the landing.
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // CSP, Rafael Nogueira (OT): "97112 … — 20 min" and "97530 … — 15 min"; weight bearing with rhythmic stabilisation, tapping for wrist extension, bilateral reach-to-grasp; then making coffee and setting the table; L UE motor recruitment after stroke with a goal to prepare breakfast; Fugl-Meyer, Box and Block, counts and assistance: passes.
        ["vord-h202-csp-ot-97112-and-97530"] = new(
            """
            CONCORD STREET PHYSIOTHERAPY — Framingham, MA
            Evolution note — Occupational therapy
            Occupational therapist: Rafael Nogueira, OTR/L

            Complaint: Patient referred that she wants to prepare the breakfast and the coffee for the husband again.
            Conduct:
            97112 Neuromuscular re-education — 20 min
            - Weight bearing on the left forearm and hand with rhythmic stabilization at the shoulder
            - Tapping over the wrist extensors for facilitation of the opening of the hand
            - Reach-to-grasp of cups with the left hand, with the trunk stabilized
            97530 Therapeutic activities — 15 min
            - Making coffee in the coffee maker, carrying the cup to the table, setting the table with the left hand assisting
            Attendance: one-on-one, only the patient and the occupational therapist.
            Evaluation: Left hemiparesis with poor motor recruitment of the wrist and finger extensors after the stroke; goal to prepare the breakfast alone.
            Fugl-Meyer upper extremity 36/66; Box and Block left 14. Coffee task with minimal assistance; table set with 4 items with supervision.
            Evolution: Patient evolves with better release of the objects.
            """,
            ["I69.354"], [OT("97112", 20), OT("97530", 15)], []),

        // SRS, Marivic Dimaculangan: "Pt tolerated tx well" beside the specifics; "[x] 1:1" and "1:1 with this PT, no other pt on my schedule at that time"; weight shifting with facilitation, half-kneel, stepping; R hemiparesis after a haemorrhagic stroke with delayed R hip and knee recruitment; Berg and 10MWT; 22 mins: passes.
        ["vord-h202-srs-97112-tolerated-well-beside-specifics"] = new(
            """
            SERRAMONTE REHAB SERVICES · Daly City, CA
            PT DAILY NOTE
            Therapist: Marivic Dimaculangan, PT

            S: Pt's wife reported pt already walks to the kitchen with the cane by himself, but his R leg "gets tired and drags" in the afternoon.
            O:
            CPT 97112 NMR - 22 mins
            Mode of tx: [x] 1:1  [ ] concurrent  [ ] group
            1:1 with this PT, no other pt on my schedule at that time.
            Tx done: weight shifting onto R LE with tapping at R glutes and quads, half kneeling to stand with R leg leading, forward stepping with R hip and knee flexion facilitation.
            Pt response: Pt tolerated tx well. Pt is doing the half kneeling to stand and improved, less help needed already.
            A: R hemiparesis s/p L intracerebral hemorrhage with delayed recruitment of R hip and knee flexors.
            Berg 39/56. 10MWT 0.55 m/s with cane.
            P: Continue POC.
            """,
            ["I69.151"], [PT("97112", 22)], []),

        // PFR, Guadalupe Orozco Medina 97116: gait re-education with the AFO — heel strike, foot clearance, walking on the ramp and stepping over the hose; L foot drop from peroneal nerve lesion with steppage; feet and supervision; 22 min: passes.
        ["vord-h202-pfr-97116-foot-drop-afo"] = new(
            """
            PILSEN FAMILY REHAB — Chicago, IL
            Session note
            Physical therapist: Guadalupe Orozco Medina, PT

            Subjective: The patient refers that he trips with the left foot in the garden, when he waters the plants with the hose.
            Treatment realized: Gait training (97116) with the new ankle-foot orthosis — re-education of the gait with indications for the heel strike and the clearance of the left foot, walking in the ramp up and down, and stepping over the garden hose in the floor.
            Observations: Left foot drop for the lesion of the peroneal nerve, with steppage gait and short step of the left. Walked 400 feet with the orthosis and supervision; ramp with stand-by assistance; hose crossed 10 times without tripping.
            Time: 97116 = 22 min
            """,
            ["G57.32"], [PT("97116", 22)], []),

        // INPB, Dr. Lakshmi Narayanan: a complete 97112 note ("one therapist – one patient", foam, tandem, rocker; proprioception both feet; Berg and tandem secs) sent with no diagnosis: diagnosis missing only.
        ["vord-h202-inpb-complete-nmr-no-diagnosis"] = new(
            """
            IRVING NEURO PHYSIO & BALANCE CENTRE — Irving, TX
            Physiotherapy Treatment Note
            Physio: Dr. Lakshmi Narayanan, PT

            C/O: Pt c/o unsteadiness in dark, feet feel numb.
            O/E: Impaired proprioception both feet, Romberg positive.
            Rx given:
            - Standing on foam with eyes closed
            - Tandem walking with head turns
            - Rocker board front to back
            Mode: one therapist – one patient throughout.
            Time: 97112 – 22 mins
            Outcome measure: Berg 46/56; tandem stance 8 secs.
            Advice: Night lamp, HEP bd.
            """,
            [], [PT("97112", 22)], [Dx]),

        // CSP, Thaís Albuquerque: a complete 97140 note (lumbar PA mobilisation grade III and soft tissue; lumbar hypomobility with pain; flexion fingertip-to-floor and degrees) sent with no diagnosis: diagnosis missing only.
        ["vord-h202-csp-complete-97140-no-diagnosis"] = new(
            """
            CONCORD STREET PHYSIOTHERAPY — Framingham, MA
            Evolution note
            Physiotherapist: Thaís Albuquerque, PT

            Complaint: Patient referred low back pain and stiffness in the morning, difficulty to bend to put the shoes.
            Conduct:
            97140 Manual therapy — 11 min
            - Posteroanterior mobilization grade III at L3, L4 and L5, 3 series of 30 seconds each level
            - Soft tissue mobilization of the lumbar paraspinals and quadratus lumborum
            Evaluation: Hypomobility of the lower lumbar spine with pain in the flexion.
            Fingertip-to-floor 28 cm before, 19 cm after; lumbar extension 15° without pain.
            Evolution: Patient evolves with less stiffness.
            """,
            [], [PT("97140", 11)], [Dx]),

    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
