using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The sixty-ninth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of outpatient pelvic-health therapy — stress, urge and mixed urinary incontinence,
/// continence and erectile rehabilitation after a radical prostatectomy, pregnancy-related pelvic girdle and pubic
/// symphysis pain and the months after a birth, diastasis recti, prolapse symptoms with and without a pessary,
/// chronic pelvic pain, bladder pain and dyspareunia, coccydynia, constipation and dyssynergic defecation, and
/// children's dysfunctional voiding, wetting, withholding and soiling — as the people who treat it write it:
/// internal and external pelvic-floor assessment described clinically (consent re-confirmed, a chaperone offered),
/// surface-EMG, manometric and transperineal-ultrasound biofeedback, bladder and stool diaries and voiding
/// intervals, pad counts and 24-hour pad weights, uroflow and post-void residuals, the Modified Oxford, PERFECT and
/// Brink scales, urge suppression and the pre-lift before a cough, breath and intra-abdominal-pressure sequencing,
/// trigger-point, scar and coccyx work; about two thirds ordinary and complete (68 of 102), single- and multi-code
/// visits (97110, 97112, 97116, 97140, 97530, up to three in a visit), by PTs, PTAs and OTs (one male PT among them),
/// from five employers:
/// <list type="number">
/// <item>a women's-health private practice ("Larkspur Women's Pelvic Therapy": Madison on Monroe Street, Middleton,
/// Sun Prairie, Verona, Fitchburg, Wisconsin) writing in a conversational voice with "Check-in:", "Finding:" and
/// "Why:" lines, patients' own vaginal sEMG sensors, an Elvie Trainer, the Tupler Technique splint, Pfilates, PERFECT
/// written out with its E, C and T letters, a semi-private postnatal hour with babies on the play mat, minutes
/// written before the code; a daycare, a retired school cook, a pew at Mass, a tennis serve, the Metro bus;</item>
/// <item>a hospital urogynecology-affiliated pelvic-floor service ("Bluegrass Methodist Hospital — Urogynecology
/// &amp; Pelvic Floor Rehabilitation": Lexington on Tates Creek Road, Georgetown, Richmond, Nicholasville,
/// Winchester, Kentucky) on an Epic-style template: a referring FPMRS surgeon, colorectal and OB referrals, an
/// unresolved SmartList ("{THERAPY DELIVERY:31005}"), "***" wildcards left in, a "Time Calculation" block in
/// minutes per service, a pasted three-day bladder-diary grid, vaginal manometry, balloon-expulsion practice, the
/// Wise–Anderson trigger-point protocol, the Brink score, a ring pessary, a Bladder Basics group, PT and OT on one
/// day for a woman with MS; the bank, church, a ballgame, the mower;</item>
/// <item>a men's pelvic-health clinic working with a urology group ("Saguaro Men's Pelvic Health", with Valley
/// Urology Partners: Scottsdale, Mesa, Chandler, Glendale, Arizona) whose PT is the set's one male PT: RALP dates,
/// nerve sparing and catheter removal as referral boxes, 24-hour pad weights in grams, transperineal ultrasound and
/// rectal sEMG biofeedback, "shorten the penis" cues, the Dorey programme for erectile rehabilitation, post-void
/// dribble, CP/CPPS, a cyclist's symptom map, port-site scars, clock times with arrows; a pool-service route, a
/// landscaping trailer, pickleball, a Suns game, a dirt-bike crash;</item>
/// <item>a multi-site outpatient chain's pelvic programme ("RidgeLine Physical Therapy — Pelvic Health Program":
/// Fort Collins, Loveland, Greeley, Longmont, Windsor, Colorado) with pipe-separated headers, prolapse-symptom boxes,
/// an exercise table, a "Billing CPT / Min / Units" grid, "Pt : therapist ratio this hour 2 : 1", minutes in
/// brackets and in prime marks, Returning to Running Postnatal, Low Pressure Fitness, Perifit, the MuTu System,
/// Maigne-style coccyx mobilisation, calipers across the linea alba, a full-bladder jump test; a county dispatcher,
/// a farm store, a hay operation, a barista's milk crates, a climbing gym, CrossFit;</item>
/// <item>a paediatric continence clinic ("Puffin Pediatric Bladder &amp; Bowel Therapy": Portland, Scarborough,
/// Brunswick, Lewiston, Maine) charting the child and the caregiver present, game-based sEMG (a hot-air balloon, a
/// submarine, a frog, a rocket, a train, a car), uroflow with EMG and a bladder-scanner PVR, Bristol types, a
/// fridge sticker chart, a six-step picture card, I-L-U massage, a school bathroom pass, twins seen together, a
/// 90912 biofeedback's own minutes beside a billed 97530, a boy with Down syndrome learning toilet transfers.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h69-…): one-on-one in these writers' own words ("she had the room and me to herself for all 23
/// minutes", "Direct, uninterrupted PT time with Mrs. Caudill alone", "Face-to-face with me the whole block, no
/// overlap with another patient", "Ava's session is hers alone — therapist and Ava, Mom watching from the beanbag",
/// "PTA stayed with pt continuously; she was the only patient I had during the session", "One patient, one
/// clinician …, start to finish", "Dedicated one-on-one PTA time for the whole NMR block"), notes that negate it (a
/// shared slot with cueing alternated between two clients, twins who are both patients run side by side, a knee
/// patient on the bike in the main gym, a Bladder Basics group of four) or never state it (a wife who sat in and
/// wrote down the home program), and a 97110 in a semi-private postnatal hour, which has no one-on-one check (only
/// 97112 is the one-on-one code in the shipped medicare profile);</item>
/// <item>class 2 (v2-h69-…): template states: an unresolved Epic SmartList for the delivery, an "Impairment
/// addressed: ***" wildcard, prolapse-symptom boxes over an exercise table, "Pt : therapist ratio this hour 2 : 1",
/// an interventions row with nothing ticked, a pasted bladder-diary grid, a sun-and-cloud sticker chart, an
/// external-only exam box with "Modified Oxford: ____" left blank, urology referral boxes, a billing grid, caregiver
/// and "individual (therapist + child)" boxes, a cyclist's symptom map;</item>
/// <item>class 3 (v3-h69-…): named programmes, protocols and devices as techniques (the Tupler Technique, Low
/// Pressure Fitness, the Dorey programme, Returning to Running Postnatal, the Wise–Anderson protocol, I-L-U
/// abdominal massage, balloon-expulsion practice, Maigne-style coccyx mobilisation, Pfilates), an Elvie Trainer with
/// no number, a Perifit with no deficit and the MuTu System with no dose;</item>
/// <item>class 4 (v4-h69-…): deficits stated as findings (a few drops with a sneeze or a laugh, bearing down when
/// asked to squeeze, sitting on a golf ball by afternoon, one cheek in the pew, a burning paper cut at the entrance,
/// a ridge that domes getting out of bed, a dark spot on the khakis after the urinal, a pubic bone that feels kicked,
/// a pelvic floor that climbs on the screen when she pushes, the potty dance at recess) and notes that state none (a
/// re-check that is all normal before discharge, a last visit with no pads and no complaints);</item>
/// <item>class 5 (v5-h69-…): measures in their usual forms (24-hour pad weight, PERFECT with E, C and T, ICIQ-UI SF
/// with quick contractions on palpation, inter-recti distance by calipers, the Brink score, uroflow Qmax and a PVR,
/// Bristol types and toilet BMs, a full-bladder jump test, manometry in cmH2O) and notes with none ("Contractions
/// felt stronger to my fingers", "Pads about the same", "Teacher says she's doing better");</item>
/// <item>class 6 (v6-h69-…): minutes in their usual forms (an Epic "Time Calculation" block, clock times with arrows,
/// a 97112 in two parts around a void, "Timed (min): 97140 (10) · …", a 90912's own minutes beside a billed 97530, PT
/// then OT on one day, "Direct time 35′: TE 20′ · MT 15′", minutes written before the code) and true mismatches (NMR
/// 30 against 18, a PTA's ther-ex 12 against 25, the second of two codes 12 against 24) and truly missing separate
/// time (38 minutes together for two codes, a core section with no minutes beside two timed codes);</item>
/// <item>class 7 (v7-h69-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (lifts and hips after a RALP), 97530 (a pool-service route), 97140 (colon
/// massage for slow-transit constipation) and 97116 (forearm crutches at 36 weeks), and wholly generic 97112,
/// 97110 + 97140 and 97530 notes;</item>
/// <item>ordinary (vord-h69-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code, a generic two-code note
/// with a total, a PTA's NMR time that differs, an OT's time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — mothers, fathers, a
/// grandmother and a wife in the room, a twin who is also a patient (and is said to be one), a supervising PT,
/// children's ages, weeks of pregnancy and weeks or months after a birth or a surgery, surgery and catheter dates,
/// balloon, voided and residual volumes in millilitres, pad weights in grams, microvolts and cmH2O, the weight of a
/// car seat, a chlorine bucket or a hay bale, hours between voids, and one 90912 biofeedback's own minutes written
/// beside its own code — and each is written so that a reviewer cannot take it for a billed code's minutes or a
/// measure; no note gives minutes to education, a void break, a rest or a test.
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
/// This set also leaves out a pessary fitting, dilator practice, NMES or a bladder-retraining schedule as the whole
/// of a billed code, a caregiver furnishing part of a billed service, a questionnaire score or a diary count as a
/// 97112's only number, and a pelvic-floor symptom with no impairment stated as a 97112's only target.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 68 of 102 cases agree (100 needed), and 25 of the 68 notes the reviewer passes got a finding, on the analyzer of 43d4757 (the 2026-12-06 tenth session after its first changes, which worked the sixty-fourth and sixty-sixth sets through; made before this set was written) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in part: 99 of 102 with 2 false positives — one-on-one in these writers' words ("One patient, one clinician", "Direct, uninterrupted PT time with Mrs. C alone", "she had the room and me to herself", "Ava's session is hers alone", "no overlap with another patient"), pelvic-health vocabulary from a helper (sEMG and pressure biofeedback, the Knack and pre-lift, urge-wave drills, balloon expulsion, toileting routines for 97530; dyssynergia, non-relaxing pelvic floor, incontinence and constipation as deficits; uroflow and post-void residual with a number). Not reached: a billing grid's units column read as minutes ("Billing CPT Min Units / 97140 12 1"); "before: 11 min · after: 12 min → 97112 23 min" read as 11; "playing pickleball again" read as a sport goal in a no-deficit note. The failing [Fact]s are skipped with that reason until a later session works them through (no case edited).</para>
/// <para>Eleventh session (2026-12-06): worked through to 101 of 102 with no false positive (a session's parts and their sum; a billing grid whose rows are indented past its first heading cell read by the number under "Min"); both facts pass and their Skip attributes are removed. Left: "No complaints — dry all week" in a discharge-week note read as a deficit</para>
/// </summary>
public class HeldOutNotesIssue18SixtyNinthTests(ITestOutputHelper output)
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

        // Middleton mixed leakage: "she had the room and me to herself for all 23 minutes"; sEMG quick contractions and a key-in-the-door drill; slow PFM recruitment with glutes first; µV and k of 5; 23 matches: passes.
        ["v1-h69-middleton-room-and-me-to-herself"] = new(
            """
            LARKSPUR WOMEN'S PELVIC THERAPY — Middleton
            Check-in: mixed leakage, worst on the walk from the car to the back door with her keys out. 51, perimenopausal.
            97112 · 23 min — she had the room and me to herself for all 23 minutes.
              sEMG biofeedback (vaginal sensor, her own): quick contractions to the screen's cue; then the key-in-the-door drill standing at the sink with the tap running — stand still, lift, let the wave pass, then walk
            Finding: slow PFM recruitment — takes about 2 s to reach peak; glutes and adductors fire before the pelvic floor
            Peak 31 µV (22 µV at IE); tap-running drill: 4 of 5 urges settled without leaking
            """,
            ["N39.46"], [PT("97112", 23)], []),

        // Lexington urogynecology, SUI before a sling decision: "Direct, uninterrupted PT time with Mrs. Caudill alone"; manometry contract-cough-release; PFM fires after the cough (timing); k of 10 and cmH2O; 21 matches: passes.
        ["v1-h69-lexington-uninterrupted-pt-time"] = new(
            """
            BLUEGRASS METHODIST HOSPITAL — Urogynecology & Pelvic Floor Rehabilitation · Lexington (Tates Creek)
            Referring: Dr. T. Whitlock (FPMRS) — SUI; trial of PT before a sling is discussed.
            Subjective: leaks with coughing since the bronchitis in January; changes liners twice a shift at the bank.
            Treatment: 97112 Neuromuscular re-education, 21 min. Direct, uninterrupted PT time with Mrs. Caudill alone.
              Pressure biofeedback (vaginal manometry): lift-and-hold to the target line, then contract–cough–release sequences (lift first, cough on the lift, let go)
            Assessment: pelvic floor fires after the cough rather than before — the trace dips first (timing deficit)
              Pre-contraction ahead of the cough 7 of 10 (2 of 10 last visit); peak squeeze 24 cmH2O
            """,
            ["N39.3"], [PT("97112", 21)], []),

        // Scottsdale men's clinic, five weeks after a RALP: "Face-to-face with me the whole block, no overlap with another patient"; transperineal ultrasound biofeedback with shortening cues; sphincter not recruited; pad grams and k of 10; 22 matches: passes.
        ["v1-h69-scottsdale-no-overlap"] = new(
            """
            SAGUARO MEN'S PELVIC HEALTH · w/ Valley Urology Partners — Scottsdale
            Hx: RALP 02/03 (Dr. Sandoval), nerve-sparing B. Catheter out 02/11. Wk 5 post-op.
            97112 — 22 min. Face-to-face with me the whole block, no overlap with another patient.
              Transperineal ultrasound biofeedback (probe on the perineum, he watches the screen): "shorten the penis" and "stop the flow" cues until the bladder neck lifts; then the same lift timed before standing from the chair and before a cough
            Deficit: pulls in with the abs and squeezes the glutes — the bladder neck doesn't move; the urethral sphincter isn't being recruited
            24-h pad weight 86 g (212 g the first wk after the catheter); bladder-neck lift seen on the screen 6 of 10 tries
            — M. Oyelaran, PT, DPT
            """,
            ["N39.3", "Z90.79"], [PT("97112", 22)], []),

        // Fort Collins chain, "Shared slot today — pt and another client worked in the pelvic room at the same time; I alternated cueing": another patient in the block; complete otherwise (sEMG contract-release; poor relaxation; µV and k of 10): one-on-one missing.
        ["v1-h69-fort-collins-shared-slot-alternated"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Fort Collins
            Shared slot today — pt and another client worked in the pelvic room at the same time; I alternated cueing between the two every few reps.
            97112 Neuro re-ed — 20 min
              surface EMG (perianal electrodes): contract–release sets with a long exhale, release watched back to baseline; then hip-lift bridges with a full let-go between
            Impairment: PFM won't fully let go after each squeeze — resting tone creeps up set to set (poor relaxation / motor control); pain sitting through her shift at county dispatch
            Resting baseline 4.8 µV → 2.9 µV; back to baseline within 3 s on 7 of 10 releases
            """,
            ["M62.89", "R10.2"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Portland paediatric dysfunctional voiding: "Ava's session is hers alone — therapist and Ava, Mom watching from the beanbag" (a parent does not undo it); balloon sEMG game; pelvic floor tightens while voiding; k of 10 and wet days; 20 matches: passes.
        ["v1-h69-portland-hers-alone-mom-on-the-beanbag"] = new(
            """
            PUFFIN PEDIATRIC BLADDER & BOWEL THERAPY — Portland
            Child: Ava, 6 · Caregiver: Mom · Referred by Dr. Pellerin (peds urology) for dysfunctional voiding
            Ava's session is hers alone — therapist and Ava, Mom watching from the beanbag.
            97112 — 20 minutes
              game-based sEMG biofeedback (perianal stickers): the hot-air balloon only rises when her bottom muscles let go; squeeze-and-let-go "jellyfish" rounds; belly breaths blowing a pinwheel while the balloon stays up; practice on the potty with her feet on the step stool
            Why: her pelvic floor tightens while she pees (start-stop, staccato stream) and she can't let it go when asked
            Balloon kept up through a full let-go on 8 of 10 rounds (2 of 10 at eval); wet days this week 2 (6 the week before eval)
            """,
            ["R39.198", "N39.498"], [PT("97112", 20)], []),

        // Scarborough twins, "Owen … and his twin Eli (also our patient) … I ran both boys through the same potty practice side by side": another patient treated in the block; complete otherwise (submarine sEMG game; dyssynergic pushing; k of 6 and Bristol): one-on-one missing.
        ["v1-h69-scarborough-twins-side-by-side"] = new(
            """
            PUFFIN PEDIATRIC BLADDER & BOWEL THERAPY — Scarborough
            Owen, 7, and his twin Eli (also our patient — constipation) came together; I ran both boys through the same potty practice side by side on the mats and the practice toilets.
            97112 — 18 minutes (Owen)
              toilet posture on the step stool, "elbows on knees, belly big like a balloon, let the bottom open", with the perianal sEMG game on the tablet (the submarine dives when his bottom relaxes while he pushes)
            Owen: squeezes his bottom shut when he pushes — dyssynergic pattern; withholds at school
            Push-with-relax shown on the screen 3 of 6 tries; stool diary Bristol type 2 → type 4 this week
            """,
            ["K59.02"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // Greeley chain: "During this block I also had a knee pt on the bike in the main gym and left twice to progress him": attending someone else; sEMG lengthening in child's pose, happy baby, squat; poor down-regulation; µV and k of 8: one-on-one missing.
        ["v1-h69-greeley-knee-pt-on-the-bike"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Greeley
            97112 — 20 min
              sEMG (external), PFM lengthening on the exhale in child's pose → happy baby → deep squat holding the counter
              During this block I also had a knee pt on the bike in the main gym and left twice to progress him.
            Impairment: overactive pelvic floor — can't drop it after a squeeze (poor down-regulation / motor control); perineal ache sitting in the tractor cab (farms with her husband east of town)
            Resting 6.1 µV → 3.4 µV by the end; drop-after-squeeze seen 5 of 8
            """,
            ["R10.2", "N94.89"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Mesa men's clinic, eight weeks after a RALP, wife sat in and wrote down the home program: nothing states one-on-one; digital rectal biofeedback and lift-before-load; glute and breath-hold substitution; Oxford grade and k of 6: one-on-one missing.
        ["v1-h69-mesa-wife-sat-in-unstated"] = new(
            """
            SAGUARO MEN'S PELVIC HEALTH — Mesa
            Post-RALP wk 8 (Dr. Kaur). Wife Linda sat in and wrote down the home program.
            97112 — 21 min
              digital rectal biofeedback (consent on file): I give yes/no feedback as he tries to lift; then lift-before-stand, lift-before-cough, lift before picking up a 10-lb grocery bag
            Deficit: recruits glutes and holds his breath; no isolated PFM lift when he changes position (motor recruitment)
            Modified Oxford 3/5 (2/5 at IE); dry on 4 of 6 simulated stand-ups with a partly full bladder
            """,
            ["N39.3", "Z90.79"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Verona semi-private postnatal hour, "she and one other postnatal client in the studio, each on her own plan": 97110 has no one-on-one check; wall sit, bridge, Pallof, carries with doses; abdominal and PFM weakness with car-seat leaking; 24 matches: passes.
        ["v1-h69-verona-semi-private-postnatal-97110"] = new(
            """
            LARKSPUR WOMEN'S PELVIC THERAPY — Verona
            Semi-private hour: she and one other postnatal client in the studio, each on her own plan, babies on the play mat.
            97110 — 24 min
              wall sit with exhale + PFM lift 3 x 30 s
              bridge with a ball squeeze 3 x 12
              half-kneel Pallof press, green band, 3 x 10 each side
              farmer carry, 15-lb kettlebells (about the car seat with him in it), 4 x 40 ft
            Why: abdominal wall and PFM weakness 14 wks postpartum; leaks hauling the car seat out of the back seat
            """,
            ["N39.3", "O90.89"], [PT("97110", 24)], []),

        // Georgetown PTA: "PTA stayed with pt continuously; she was the only patient I had during the session"; urge-control at a bathroom-door mock-up; can't keep a contraction through an urge; diary counts and hold seconds; 19 matches: passes.
        ["v1-h69-georgetown-pta-only-patient-i-had"] = new(
            """
            BLUEGRASS METHODIST — Pelvic Floor Rehabilitation · Georgetown · PTA daily note
            Supervising PT: R. Dunaway, PT, DPT
            PTA stayed with pt continuously; she was the only patient I had during the session.
            97112 — 19 min
              urge control at the bathroom-door mock-up with water running: stand still, squeeze–squeeze–squeeze, breathe out slowly, walk when it fades; then calf raises with a lift held
            Deficit: can't keep a contraction going through an urge — lets go after about 3 s (PFM motor control)
            Lift held 8 s on palpation (3 s at IE); urge episodes 6/day on her diary (11/day at IE)
            """,
            ["N32.81", "N39.41"], [PTA("97112", 19)], []),

        // Richmond "Pt attended the Bladder Basics group (4 women, led by this PT) for today's urge work" on a 97112: a class; complete otherwise (urge suppression with quick contractions; can't sustain a contraction; diary and hold seconds): one-on-one missing.
        ["v1-h69-richmond-bladder-basics-group"] = new(
            """
            BLUEGRASS METHODIST — Pelvic Floor Rehabilitation · Richmond
            Pt attended the Bladder Basics group (4 women, led by this PT) for today's urge work.
            97112 — 22 min
              urge-suppression training: quick PFM contractions with slow belly breathing, rehearsed sitting, standing and walking the hallway
            Deficit: poor PFM control with urgency — can't sustain a contraction past 3 s when the urge hits
            Voids/day 12 → 9 on the diary; PFM endurance hold 6 s on palpation (2 s at IE)
            """,
            ["N39.41"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Glendale CP/CPPS: "One patient, one clinician (M. Oyelaran, PT), start to finish"; 97140 14 and 97112 16 match; external and internal trigger-point release with points and holds; rectal sEMG down-training; guarding and failed release; µV: passes.
        ["v1-h69-glendale-one-patient-one-clinician"] = new(
            """
            SAGUARO MEN'S PELVIC HEALTH — Glendale
            CP/CPPS, 34, software tester; perineal ache after sitting, worse after his bike commute.
            One patient, one clinician (M. Oyelaran, PT), start to finish.
            97140 — 14 min: external trigger-point release L ischiocavernosus, perineal body, adductor magnus origin (5 points, 90-s holds); internal per rectum (consent re-confirmed) release of L obturator internus + levator ani
            97112 — 16 min: PFM down-training with rectal sEMG — "drop" on each exhale, reverse-Kegel holds, full release after every squeeze
            Findings: L-sided pelvic floor guarding with taut, tender bands; can't release the PFM after a contraction (motor control)
            Resting tone 7.2 µV → 3.9 µV; NIH-CPSI 24 (31 at IE)
            """,
            ["N41.1", "R10.2"], [PT("97140", 14), PT("97112", 16)], []),

        // Windsor PTA, diastasis: "Dedicated one-on-one PTA time for the whole NMR block"; breath-to-brace sequencing, Pallof, weighted-carrier lifts; bearing down and doming (IAP timing); k of 10 and finger-widths; 19 matches: passes.
        ["v1-h69-windsor-pta-dedicated-one-on-one"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Windsor | PTA note
            Dedicated one-on-one PTA time for the whole NMR block.
            97112 — 19 min
              breath-to-brace sequencing: exhale → PFM lift → TrA → then load; mirror + my hand at the linea alba for feedback
              half-kneel Pallof with the same sequence; lifting a 12-lb weighted bag (the baby's carrier) floor to counter
            Deficit: bears down and holds her breath on every lift — the midline domes (poor IAP management / timing of the deep system)
            Doming on 2 of 10 lifts (8 of 10 at IE); IRD 2 FW above the umbilicus
            """,
            ["M62.08", "O90.89"], [PTA("97112", 19)], []),

        // ---------------------------------------------------------------- class 2: checkbox, template and Epic states

        // Lexington Epic note with "Therapy delivery: {THERAPY DELIVERY:31005}" left unresolved: nothing states one-on-one; manometry lifts while breathing, standing and squatting; endurance collapse with glute takeover; seconds, cmH2O and reps: one-on-one missing.
        ["v2-h69-lexington-smartlist-unresolved"] = new(
            """
            BLUEGRASS METHODIST HOSPITAL — Urogynecology & Pelvic Floor Rehabilitation · Lexington
            OP PELVIC FLOOR DAILY NOTE
            Therapy delivery: {THERAPY DELIVERY:31005}
            Treatment
              97112 Neuromuscular re-education — 22 min
              Vaginal manometry biofeedback: sustained lift with normal breathing (no breath-hold), then lifts in standing and at the bottom of a squat
            Assessment
              PFM endurance collapses after 4 s and the glutes take over (motor control)
              Hold 8 s at 18 cmH2O (4 s at IE); 7 reps before fatigue
            """,
            ["N39.3", "N81.11"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Nicholasville, "Delivery: 1:1 (therapist and patient only)", intravaginal sEMG work/rest and quick flicks, µV — but "Impairment addressed: ***" left as the Epic wildcard and no deficit anywhere: deficit missing.
        ["v2-h69-nicholasville-impairment-asterisks"] = new(
            """
            BLUEGRASS METHODIST — Pelvic Floor Rehabilitation · Nicholasville
            Delivery: 1:1 (therapist and patient only)
            97112 — 20 min
              Intravaginal sEMG: 5-s work / 10-s rest sets lying → sitting → standing; 10 quick flicks per set; return to baseline watched on the screen
            Impairment addressed: ***
            Work avg 27 µV, rest 3.2 µV; 10 quick flicks each set
            Plan: ***
            """,
            ["N39.3"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Loveland chain flowsheet: prolapse-symptom boxes ticked (heaviness by evening, worse after lifting) and a farm-store goal as the deficit, an exercise table with sets, reps, holds and loads; 22 matches: passes.
        ["v2-h69-loveland-prolapse-boxes-flowsheet"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Loveland
            Prolapse sx today:  ☒ heaviness by evening   ☐ bulge felt   ☐ splinting to empty   ☒ worse after lifting
            97110 — 22 min
              Exercise                   | Sets x Reps | Hold / Load
              Exhale-lift goblet squat   | 3 x 10      | 20-lb KB
              Bridge w/ ball squeeze     | 3 x 12      | 5 s
              Side plank (knees)         | 3           | 20 s
              Dead bug                   | 2 x 8       | —
            Goal: lift the feed sacks at the farm store without the heaviness
            """,
            ["N81.11"], [PT("97110", 22)], []),

        // Greeley "Pt : therapist ratio this hour   2 : 1" on a 97112: not one-on-one; complete otherwise (sEMG pre-activation before hops, coughs, landings; PFM on after impact; k of 10): one-on-one missing.
        ["v2-h69-greeley-ratio-two-to-one"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Greeley
            Pt : therapist ratio this hour   2 : 1
            97112 — 21 min
              pre-activation timing drills with the sEMG tracing: lift-then-hop, lift-then-cough, lift-then-land from a 6" step
            Impairment: PFM switches on after impact, not before (timing) — leaks in the last mile of her runs
            Pre-activation before landing on 6 of 10 hops (1 of 10 at IE)
            """,
            ["N39.3"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Madison template with every intervention box unticked and "Pt seen. Tolerated session well. Continue POC." over "97112 — 16 min": no technique, deficit, measure or one-on-one, only generic phrases.
        ["v2-h69-madison-interventions-unticked"] = new(
            """
            LARKSPUR WOMEN'S PELVIC THERAPY — Madison (Monroe St)
            Interventions:  ☐ PFMT   ☐ biofeedback   ☐ manual   ☐ bladder retraining   ☐ HEP update
            Notes: Pt seen. Tolerated session well. Continue POC.
            97112 — 16 min
            """,
            ["N39.46"], [PT("97112", 16)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Winchester: a three-day bladder-diary grid pasted from the scanned form (voids, leaks, strong urges), lifts, sit-to-stands and heel raises with doses; mixed leakage with PFM weakness; 20 matches: passes.
        ["v2-h69-winchester-bladder-diary-grid"] = new(
            """
            BLUEGRASS METHODIST — Pelvic Floor Rehabilitation · Winchester
            Bladder diary (pt's 3 days, pasted from the scanned form):
                             Day 1   Day 2   Day 3
              Voids            9       8       8
              Leaks            2       1       1
              Strong urges     4       3       2
            97110 Therapeutic exercise — 20 min
              PFM near-max lifts 3 x 10 with 6-s holds (supine → sitting → standing); quick lifts x 10; sit-to-stand with a pre-lift 2 x 10; heel raises with a lift 2 x 15
            Assessment: mixed leakage with PFM weakness; still leaks getting out of the car at church
            """,
            ["N39.46"], [PT("97110", 20)], []),

        // Brunswick paediatric: a fridge sticker chart of suns and clouds ("5 dry of 7") and a 6-step picture card; potty routine and teacher-pass role-play; daytime wetting from holding on; k of 3; 21 matches: passes.
        ["v2-h69-brunswick-sticker-chart"] = new(
            """
            PUFFIN PEDIATRIC BLADDER & BOWEL THERAPY — Brunswick
            Child: Mia, 5 · Caregiver: Dad
            Dry days this week (from the fridge chart):  ☀ ☀ ☁ ☀ ☀ ☁ ☀  → 5 dry of 7 (2 of 7 the week we started)
            97530 — 21 min
              potty routine with the 6-step picture card: pants down, sit all the way back, feet flat on the stool, elbows on knees, blow out the birthday candles, wipe & wash
              asking-the-teacher role-play with the bathroom pass card; stopping play to check in after snack and lunch (pretend recess with the play kitchen)
            Why: daytime wetting — holds on too long while she plays and only notices once she's wet
            Did all 6 steps of the card on her own, 3 of 3 run-throughs
            """,
            ["N39.498", "R39.15"], [PT("97530", 21)], []),

        // Richmond "PFM exam today: ☒ external observation ☐ internal (declined today)" with "Modified Oxford: ____" blank; one-on-one, mirror feedback and timed lifts, reversed recruitment — and no number but the code's: measure missing.
        ["v2-h69-richmond-oxford-left-blank"] = new(
            """
            BLUEGRASS METHODIST — Pelvic Floor Rehabilitation · Richmond
            PFM exam today:  ☒ external observation   ☐ internal (declined today)
            Modified Oxford: ____
            Delivery: one-on-one, this patient only
            97112 — 21 min
              external visual feedback with a hand mirror: perineal lift vs. bulge; lift timed before a cough, before sit-to-stand and before lifting her purse off the floor
            Deficit: the perineum descends instead of lifting on a cough (reversed recruitment)
            """,
            ["N39.3"], [PT("97112", 21)], [At(Measure, "97112")]),

        // Chandler urology referral boxes (nerve sparing bilateral, catheter out, margins clear), "one-on-one; nobody else in the treatment room"; rectal sEMG lifts held through load changes; PFM lets go on standing; k of 10 and pad grams; 22 matches: passes.
        ["v2-h69-chandler-urology-referral-boxes"] = new(
            """
            SAGUARO MEN'S PELVIC HEALTH · Valley Urology Partners referral — Chandler
            Procedure: RALP    Nerve sparing: ☒ bilateral ☐ unilateral ☐ none    Catheter out: ☒    Margins clear: ☒
            97112 — 22 min · one-on-one; nobody else in the treatment room
              standing PFM "lift and hold" with rectal sEMG on the wall monitor, then held through sit-to-stand, a cough and a forward lunge
            Deficit: PFM lets go as he stands — can't hold a lift through a change in load (motor control)
            Dry on 8 of 10 sit-to-stands; 24-h pad weight 42 g
            """,
            ["N39.3", "Z90.79", "Z85.46"], [PT("97112", 22)], []),

        // Windsor "Billing  CPT / Min / Units" grid (97140 12, 97110 16, both match); C-section scar mobilisation with sustained lifts in seconds; TrA and hip exercises with doses; tethered, tender scar and lower abdominal weakness: passes.
        ["v2-h69-windsor-billing-grid-scar"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Windsor
            Billing   CPT     Min   Units
                      97140   12    1
                      97110   16    1
            97140: C-section scar mobilisation — skin rolling, cross-friction along the scar, sustained scar lifts 3 x 60 s at the R end; lower abdominal myofascial release
            97110: exhale TrA lifts in crook lying 2 x 10; heel slides 2 x 10; clamshells 2 x 15; bird dog 2 x 8 each
            Findings: scar tethered and tender at the R end; lower abdominal weakness 6 months after her C-section
            """,
            ["L90.5", "Z98.891"], [PT("97140", 12), PT("97110", 16)], []),

        // Lewiston paediatric boxes "Caregiver present: ☒ Dad" and "Session: ☒ individual (therapist + child)" as one-on-one; rocket sEMG game and toilet posture; dyssynergic pushing with withholding; k of 8 and BMs; 20 matches: passes.
        ["v2-h69-lewiston-individual-box-ticked"] = new(
            """
            PUFFIN PEDIATRIC BLADDER & BOWEL THERAPY — Lewiston
            Caregiver present:  ☒ Dad   ☐ Mom   ☐ other
            Session:  ☒ individual (therapist + child)   ☐ group
            Child: Lucas, 9 — constipation with soiling
            97112 — 20 minutes
              sEMG game (perianal) "push the rocket": push with the belly while the bottom stays quiet; toilet posture with the footstool and hands on knees
            Why: tightens his anal sphincter when he pushes (dyssynergic) and withholds at school
            Correct push-with-relax 5 of 8 (1 of 8 at eval); BMs in the toilet 4 this week
            """,
            ["K59.00", "F98.1"], [PT("97112", 20)], []),

        // Scottsdale cyclist's symptom-map boxes (perineum, R sit bone) as the region; external obturator internus, ischiocavernosus and perineal-body release with points and holds; sacrotuberous STM; 15 matches: passes.
        ["v2-h69-scottsdale-symptom-map-cyclist"] = new(
            """
            SAGUARO MEN'S PELVIC HEALTH — Scottsdale
            Symptom map:  ☒ perineum   ☒ R sit bone   ☐ penis   ☐ scrotum   ☐ rectal
            Road cyclist — numbness and burning in the perineum after long rides; sits on the L cheek at his desk.
            97140 — 15 min
              external release of the R obturator internus through the ischiorectal fossa, R ischiocavernosus and the perineal body — 4 points, 90 s each; R sacrotuberous ligament STM
            Saddle notes sent to his bike fitter.
            """,
            ["R10.2", "M79.18"], [PT("97140", 15)], []),

        // ---------------------------------------------------------------- class 3: named programmes, protocols and devices as techniques

        // Sun Prairie Tupler Technique with the splint: elevator and contracting exercises and head lifts with sets and reps; diastasis with a 3-finger gap and doming after her second baby; 21 matches: passes.
        ["v3-h69-sun-prairie-tupler-technique"] = new(
            """
            LARKSPUR WOMEN'S PELVIC THERAPY — Sun Prairie
            Tupler Technique® (splint on the whole session):
              seated "elevator" — 5 sets of 10 (she counts the floors out loud)
              "contracting" 5 x 10 with the splint holding the recti together
              head lift with the splint 2 x 10
            97110 — 21 min
            Diastasis recti — gap 3 finger-widths above the umbilicus with a soft floor; domes rolling out of bed; 7 months after her second baby
            """,
            ["M62.08"], [PT("97110", 21)], []),

        // Longmont Low Pressure Fitness (hypopressive) sequence with apneas in seconds and rounds, lunges with doses; cystocele heaviness after hiking with a Rabbit Mountain goal; 20 matches: passes.
        ["v3-h69-longmont-low-pressure-fitness"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Longmont
            97110 — 20 min
              Low Pressure Fitness (hypopressive) sequence: standing, half-kneeling and four-point poses with rib opening; 3 expiratory apneas of 8 s in each pose, 3 rounds
              walking lunges with an exhale-lift 2 x 10
            Prolapse sx (cystocele) — heaviness and a bulge after hiking; goal: hike Rabbit Mountain with her grandson without the heaviness
            """,
            ["N81.11"], [PT("97110", 20)], []),

        // Chandler Dorey programme for erectile rehab after a nerve-sparing RALP: strong contractions 3 sets of 18 lying, sitting, standing, post-void squeeze, bridges; weak ischiocavernosus/bulbocavernosus; 18 matches: passes.
        ["v3-h69-chandler-dorey-programme"] = new(
            """
            SAGUARO MEN'S PELVIC HEALTH — Chandler
            Erectile rehab after bilateral nerve-sparing RALP (urology has him on a daily PDE5 inhibitor); continence good now.
            97110 — 18 min
              Dorey programme: strong PFM contractions 3 sets of 18 — lying, sitting, standing — the last set as 10-s holds; a hard PFM squeeze after voiding
              bridges with a PFM squeeze 2 x 10
            Deficit: ED after the RALP — weak ischiocavernosus / bulbocavernosus squeeze on exam
            """,
            ["N52.31", "Z90.79"], [PT("97110", 18)], []),

        // Fort Collins "Returning to Running Postnatal" (Goom, Donnelly and Brockwell) load-and-impact stage: single-leg squats, bounds, hops with reps and seconds; leaking on hops and a weak glute med; 24 matches: passes.
        ["v3-h69-fort-collins-return-to-running-postnatal"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Fort Collins
            Returning to Running Postnatal (Goom, Donnelly & Brockwell, 2019) — load-and-impact stage, 5 mo postpartum
            97530 — 24 min
              single-leg squat x 10 each; single-leg bridge x 10 each; jog on the spot 60 s; forward bounds x 10; hop in place x 10 each leg; "running man" x 10 each
              pre-lift before each impact set
            Why: leaks on the hops and running downhill on the Spring Creek trail; R glute med weak (knee drifts in on the single-leg squat)
            """,
            ["N39.3", "M62.81"], [PT("97530", 24)], []),

        // Madison Elvie Trainer "lift the gem" game and functional lifts, "Only patient in the room with me throughout", lets go on every exhale — "Better control by the end; the app said great session": no number but the code's: measure missing.
        ["v3-h69-madison-elvie-trainer-no-number"] = new(
            """
            LARKSPUR WOMEN'S PELVIC THERAPY — Madison (Monroe St)
            Only patient in the room with me throughout.
            97112 · Elvie Trainer (app-linked insert): the "lift the gem" game lying, then standing; then the same lifts away from the app before a pretend sneeze and while reaching to the top shelf
            Deficit: can't hold a lift while she breathes — lets go on every exhale (PFM endurance and coordination)
            97112 time: 18 min
            Better control by the end; the app said "great session". Repeat next visit.
            """,
            ["N39.3"], [PT("97112", 18)], [At(Measure, "97112")]),

        // Georgetown IC/bladder pain: internal trigger-point release per the Wise–Anderson protocol with points and seconds, external suprapubic and adductor work; taut, tender bands reproducing her bladder pain; 16 matches: passes.
        ["v3-h69-georgetown-wise-anderson-release"] = new(
            """
            BLUEGRASS METHODIST — Pelvic Floor Rehabilitation · Georgetown
            Interstitial cystitis / bladder pain (Dr. Whitlock). Consent for internal treatment re-confirmed; chaperone offered, declined.
            97140 — 16 min
              internal trigger-point release per the Wise–Anderson protocol (vaginal): R obturator internus, R pubococcygeus, L iliococcygeus — 6 points, 60 to 90 s each
              external: rectus abdominis just above the pubic bone, L adductor longus origin
            Assessment: suprapubic pain and urgency with taut, tender pelvic-floor bands that reproduce her bladder pain
            """,
            ["N30.10", "M62.89"], [PT("97140", 16)], []),

        // Portland paediatric I-L-U abdominal massage (3 rounds of 10 strokes per letter) and abdominal-wall release on a 4-year-old; distended, firm belly and hard stools; 14 matches: passes.
        ["v3-h69-portland-i-l-u-massage"] = new(
            """
            PUFFIN PEDIATRIC BLADDER & BOWEL THERAPY — Portland
            Child: Noah, 4 · Caregiver: Grandma
            97140 — 14 minutes
              I-L-U abdominal massage (clockwise along the colon) — 3 rounds of 10 strokes per letter; gentle abdominal-wall myofascial release in hook lying
            Belly distended and firm on the L; hard, pebbly stools every 4–5 days
            Handout with the strokes sent home for Grandma.
            """,
            ["K59.00"], [PT("97140", 14)], []),

        // Greeley Perifit games ("Bubbles", "Jellyfish") with counts and holds, "1:1 (no other patient in the room)" — but no impairment, system or deficit named anywhere: deficit missing.
        ["v3-h69-greeley-perifit-no-deficit"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Greeley
            Perifit (app-linked trainer) — "Bubbles": pop the bubbles with quick squeezes; "Jellyfish": keep it steady through the long holds; then the same standing
            97112 — 17 min, 1:1 (no other patient in the room)
            Bubbles 26 of 30 popped; jellyfish held 10 s x 6
            Has the Perifit at home too.
            """,
            ["N39.3"], [PT("97112", 17)], [At(Deficit, "97112")]),

        // Lexington colorectal referral: balloon-expulsion practice with anal sEMG, "One-on-one session (PT & patient, no one else)"; paradoxical puborectalis contraction; k of 4 and µV; 24 matches: passes.
        ["v3-h69-lexington-balloon-expulsion"] = new(
            """
            BLUEGRASS METHODIST — Pelvic Floor Rehabilitation · Lexington
            Referred by colorectal (Dr. Amadi) — outlet constipation, type I dyssynergia on anorectal manometry.
            One-on-one session (PT & patient, no one else).
            97112 — 24 min
              balloon-expulsion practice with anal sEMG (rectal balloon filled with 50 mL water, consent re-confirmed): belly push with the pelvic floor letting go; then seated on the commode with a footstool
            Deficit: puborectalis squeezes on strain instead of relaxing (paradoxical contraction)
            Expelled the 50-mL balloon seated on 2 of 4 tries (0 of 4 at IE); anal sEMG on strain 14 µV → 6 µV
            """,
            ["K59.02"], [PT("97112", 24)], []),

        // Loveland Maigne-style internal coccyx mobilisation after a fall on the rink ice: levator and coccygeus stretch-massage and sacrococcygeal mobilisation with grades and seconds; coccyx pain sitting; 15 matches: passes.
        ["v3-h69-loveland-maigne-coccyx"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Loveland
            Coccyx pain since she fell on the ice at the rink in January — worst sitting and getting up from sitting.
            97140 — 15 min
              Maigne-style internal coccyx mobilisation (per rectum, consent re-confirmed): levator ani and coccygeus stretch-massage 3 x 60 s each side; sacrococcygeal flexion mobilisation gr II–III 3 x 30 s
              external: glute max and sacrotuberous ligament release
            """,
            ["S32.2XXD", "M53.3"], [PT("97140", 15)], []),

        // Fitchburg Pfilates (Crawford's pelvic-floor Pilates) standing series with sets, reps and counted holds; mixed leakage since menopause with Oxford 2/5; 20 matches: passes.
        ["v3-h69-fitchburg-pfilates-standing-series"] = new(
            """
            LARKSPUR WOMEN'S PELVIC THERAPY — Fitchburg
            Pfilates (Crawford's pelvic-floor Pilates), standing series:
              plié squat with a lift on the way up 3 x 10 · wide-leg squat with a ball squeeze 3 x 10 · heel squeeze up on the toes 2 x 12 · lunge-and-lift 2 x 8 each side, 3-count hold at the top
            97110 — 20 min
            Mixed leakage since menopause; PFM weakness (Modified Oxford 2/5)
            """,
            ["N39.46"], [PT("97110", 20)], []),

        // Windsor MuTu System "next stage in the booklet" (connecting breath, tilts, heel slides, bridges), diastasis with doming and a stroller backache — no sets, reps, hold or number but the code's: measure missing.
        ["v3-h69-windsor-mutu-next-stage-no-number"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Windsor
            MuTu System core programme — moved her on to the next stage in the booklet: connecting breath, pelvic tilts, heel slides, bridges; form checked on each
            97110 — 16 min
            Diastasis: gap felt above and below the navel with doming on sit-ups; back aches lifting the stroller into the trunk
            Form good; booklet updated.
            """,
            ["M62.08"], [PT("97110", 16)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Sun Prairie: "Leaks a few drops when she sneezes or laughs at her grandkids; dry sitting and walking" — stress leakage as the finding; lift-holds, quick lifts, pre-lift before pretend sneezes, squats with doses; 19 matches: passes.
        ["v4-h69-sun-prairie-sneezes-at-the-grandkids"] = new(
            """
            LARKSPUR WOMEN'S PELVIC THERAPY — Sun Prairie
            Leaks a few drops when she sneezes or laughs at her grandkids; dry sitting and walking. Retired school cook.
            97110 — 19 min
              lift-and-hold in sitting 8 x 8 s; quick lifts x 10; pre-lift before every pretend sneeze x 10; squats with a pre-lift 2 x 10
            """,
            ["N39.3"], [PT("97110", 19)], []),

        // Lexington: "asked to squeeze, she bears down — the perineum bulges toward my examining finger" — reversed recruitment as the finding; internal tactile cueing, towel-roll feedback; "one-on-one, no other patient in the treatment room"; k of 10; 22 matches: passes.
        ["v4-h69-lexington-bears-down-when-asked-to-squeeze"] = new(
            """
            BLUEGRASS METHODIST — Pelvic Floor Rehabilitation · Lexington
            Objective: asked to squeeze, she bears down — the perineum bulges toward my examining finger; holds her breath and tucks her pelvis.
            97112 Neuromuscular re-education — 22 min · one-on-one, no other patient in the treatment room
              internal tactile + verbal cueing ("draw up and in, like picking up a blueberry"), then sitting on a rolled towel for feedback, then standing
            Correct inward lift on 6 of 10 attempts (0 of 10 at IE)
            """,
            ["N39.3", "N81.10"], [PT("97112", 22)], []),

        // Middleton: "By afternoon at the daycare it feels like she's sitting on a golf ball … feels a bulge in the shower" — prolapse symptoms as the finding; inverted lifts, squat-and-lift, clams with doses; 18 matches: passes.
        ["v4-h69-middleton-sitting-on-a-golf-ball"] = new(
            """
            LARKSPUR WOMEN'S PELVIC THERAPY — Middleton
            By afternoon at the daycare it feels like she's sitting on a golf ball; lies down as soon as she gets home; feels a bulge in the shower.
            97110 — 18 min
              PFM lifts with hips up on the wedge 3 x 10, 6-s holds; squat-and-lift a 20-lb bag (toddler weight) with an exhale 2 x 8; side-lying clams 2 x 15
            """,
            ["N81.2"], [PT("97110", 18)], []),

        // Verona PTA: "Sits on one cheek in the pew at Mass; sharp at the tailbone standing up" — coccydynia as the finding; PFM drop, bridges, adductor stretch, wedge sit-to-stand with doses; 17 matches: passes.
        ["v4-h69-verona-pta-one-cheek-in-the-pew"] = new(
            """
            LARKSPUR WOMEN'S PELVIC THERAPY — Verona · PTA note
            Sits on one cheek in the pew at Mass; sharp pain at the tailbone standing up from the pew or out of the car.
            97110 — 17 min
              supine PFM "drop" on the exhale x 10; bridges 2 x 12; adductor stretch 3 x 30 s each; sit-to-stand from the wedge cushion, tailbone off the edge, 2 x 8
            — K. Ruiz, PTA
            """,
            ["M53.3"], [PTA("97110", 17)], []),

        // Fitchburg: "Pain at the entrance with penetration — like a burning paper cut at 6 o'clock; can't use a tampon" — superficial dyspareunia as the finding; internal sustained-pressure release and perineal stretch with points and seconds; 17 matches: passes.
        ["v4-h69-fitchburg-burning-paper-cut"] = new(
            """
            LARKSPUR WOMEN'S PELVIC THERAPY — Fitchburg
            Pain at the entrance with penetration — "like a burning paper cut" at 6 o'clock; can't use a tampon; sore after spin class.
            Consent for internal treatment re-confirmed today.
            97140 — 17 min
              internal sustained-pressure release, superficial transverse perineal + bulbospongiosus, 4 points x 60 s; perineal body stretch 3 x 45 s; external STM to both adductors
            Dilator homework unchanged.
            """,
            ["N94.11"], [PT("97140", 17)], []),

        // Longmont barista: "A ridge domes up along her midline when she sits up out of bed; 3 fingers fit in the gap above the navel" — diastasis as the finding; heel slides, dead bug, side plank, crate lifts with doses; 20 matches: passes.
        ["v4-h69-longmont-ridge-domes-out-of-bed"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Longmont
            A ridge domes up along her midline when she sits up out of bed; 3 fingers fit in the gap above the navel, soft underneath. Barista — lifts milk crates all shift.
            97110 — 20 min
              exhale-lift heel slides 2 x 10; dead bug with a ball between hands and knees 3 x 8; side plank from the knees 3 x 20 s; squat-and-lift a 20-lb crate on the exhale 2 x 8
            """,
            ["M62.08"], [PT("97110", 20)], []),

        // Scottsdale: "Dribbles into his trousers after zipping up at the urinal — a dark spot on his khakis" — post-void dribble as the finding; post-void squeezes, standing lifts, bulbocavernosus quick squeezes with doses; 16 matches: passes.
        ["v4-h69-scottsdale-dribble-after-zipping-up"] = new(
            """
            SAGUARO MEN'S PELVIC HEALTH — Scottsdale
            Dribbles into his trousers after zipping up at the urinal — a dark spot on his khakis by the time he's back at his desk. No other leaking.
            97110 — 16 min
              strong PFM contraction right after voiding, 3 squeezes, practised standing; PFM lifts 3 x 10 with 5-s holds standing; bulbocavernosus quick squeezes x 10
            """,
            ["N39.43"], [PT("97110", 16)], []),

        // Richmond OB referral at 32 weeks: pubic-bone pain "like being kicked" turning in bed and stepping into jeans, waddling — the finding; bed turning, seated dressing, car transfers, stairs with counts; 22 matches: passes.
        ["v4-h69-richmond-kicked-in-the-pubic-bone"] = new(
            """
            BLUEGRASS METHODIST — Pelvic Floor Rehabilitation · Richmond (OB referral)
            32 wks, second baby. Pubic bone pain "like being kicked" turning over in bed and stepping into her jeans; waddles by evening; clicking at the front.
            97530 — 22 min
              turning in bed knees together with a pillow between, x 4 each way
              dressing seated — one leg at a time into the pants without standing on one leg, x 2
              car in and out with knees together on a plastic bag on the seat, x 3
              stairs one at a time leading with the less painful leg, 1 flight up and down
            Pelvic support belt fitted and checked.
            """,
            ["O26.713", "Z3A.32"], [PT("97530", 22)], []),

        // Loveland: "On the sEMG screen her pelvic floor climbs when she pushes instead of dropping", straining breath held with feet dangling — the findings; toilet posture, moo-to-poo exhale, lengthening on the screen; "1:1 with the pt (no one else in the room)"; µV and k of 6; 20 matches: passes.
        ["v4-h69-loveland-pelvic-floor-climbs-on-push"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Loveland
            Strains hard with her breath held and her feet dangling; presses at the perineum to finish; never feels empty. On the sEMG screen her pelvic floor climbs when she pushes instead of dropping.
            97112 — 20 min, 1:1 with the pt (no one else in the room)
              toilet posture on the stool, "moo to poo" exhale, belly expansion with PFM lengthening on the sEMG screen, then practised on the commode
            sEMG rise on strain 11 µV → 4 µV; relax-on-push 5 of 6
            """,
            ["K59.02"], [PT("97112", 20)], []),

        // Brunswick: "holds until she's doing the potty dance … on the screen her pelvic floor stays clamped after she squeezes" — the findings; train sEMG game and belly breaths; "Caitlin and her therapist one-on-one (Grandma in the waiting room)"; k of 10 and wet episodes; 20 matches: passes.
        ["v4-h69-brunswick-potty-dance"] = new(
            """
            PUFFIN PEDIATRIC BLADDER & BOWEL THERAPY — Brunswick
            Caitlin, 7: holds until she's doing the potty dance — legs crossed, squatting down on her heel at recess; wet underwear by pickup. On the screen her pelvic floor stays clamped after she squeezes.
            Caitlin and her therapist one-on-one (Grandma in the waiting room).
            97112 — 20 minutes
              sEMG game: squeeze, then let go ("stop the train, let the train go"); belly breaths; pretend check-ins with her body before recess
            Let-go to baseline on 7 of 10; wet episodes about 1 a day (4 a day at eval)
            """,
            ["N39.498", "R39.15"], [PT("97112", 20)], []),

        // Madison re-check: Oxford 4/5, 10-s holds, full relaxation, no leak on the jump test, no urgency, normal diary — then sEMG trains and jumping jacks, "she was my only patient for the block": no deficit or system targeted: deficit missing.
        ["v4-h69-madison-recheck-all-normal"] = new(
            """
            LARKSPUR WOMEN'S PELVIC THERAPY — Madison (Monroe St)
            Re-check: Modified Oxford 4/5; holds 10 s x 10; lets go fully after each; no leak on the full-bladder jump test; no urgency; diary 6 voids a day, none at night.
            97112 — 20 min · she was my only patient for the block
              sEMG: rapid on–off trains, work/rest sets in standing, jumping jacks with a pre-lift
            Next visit: discharge.
            """,
            ["N39.3"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Chandler last visit: "Dry since early March, no pads, no complaints; playing pickleball again" — squats, lunges, carries, deadlifts with loads and doses, but no region, impairment or goal targeted: deficit missing.
        ["v4-h69-chandler-dry-no-complaints"] = new(
            """
            SAGUARO MEN'S PELVIC HEALTH — Chandler
            Dry since early March, no pads, no complaints; playing pickleball again. Last visit of the plan.
            97110 — 18 min
              goblet squat 30 lb 3 x 10; reverse lunge 2 x 10 each; farmer carry 40 lb 4 x 60 ft; trap-bar deadlift 95 lb 3 x 8
            """,
            ["N39.3", "Z90.79"], [PT("97110", 18)], [At(Deficit, "97110")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Mesa 24-hour pad weight in grams and pads a day, lifts, lift-before-stand and step-ups with doses; post-RALP stress leakage standing from the recliner; 18 matches: passes.
        ["v5-h69-mesa-24-hour-pad-weight"] = new(
            """
            SAGUARO MEN'S PELVIC HEALTH — Mesa
            Post-RALP wk 10. 24-h pad weight 118 g (296 g at the first visit, wk 2 off the catheter); pads/day 3 (6 then)
            97110 — 18 min
              PFM lifts lying → sitting → standing 3 x 10, 5-s holds; lift-before-stand 2 x 10; step-ups with a lift 2 x 10
            Stress leakage standing up from his recliner and on the walk in from the garage
            """,
            ["N39.3", "Z90.79"], [PT("97110", 18)], []),

        // Verona PERFECT written out with its E, C and T letters against the IE, slow and fast lifts, squats, bridges with doses; postpartum PFM weakness with leaking running for the bus; 20 matches: passes.
        ["v5-h69-verona-perfect-with-ect"] = new(
            """
            LARKSPUR WOMEN'S PELVIC THERAPY — Verona
            PERFECT: P 3 · E 7 s · R 6 · F 9 · E ✓ C ✓ T ✓   (IE: P 2 · E 3 s · R 3 · F 5 · E ✗ C ✓ T ✗)
            97110 — 20 min
              slow lifts 6 x 7 s standing; fast lifts x 9; lifts with squats 2 x 10; bridges with a lift 2 x 12
            11 wks postpartum — PFM weakness; leaks running for the Metro bus
            """,
            ["N39.3", "N81.84"], [PT("97110", 20)], []),

        // Georgetown ICIQ-UI SF, diary voiding interval and quick contractions in 10 s on palpation; metronome freeze drills used at the sink, door and car; "one-to-one throughout, therapist and pt"; slow, weak quick contractions; 21 matches: passes.
        ["v5-h69-georgetown-iciq-and-quick-contractions"] = new(
            """
            BLUEGRASS METHODIST — Pelvic Floor Rehabilitation · Georgetown
            ICIQ-UI SF 8/21 (14/21 at IE). Voiding interval now 2½–3 h on the diary (1–1½ h at IE).
            97112 — 21 min · one-to-one throughout, therapist and pt
              quick-contraction "freeze" drills to a metronome, then used standing at the sink, unlocking the front door and getting out of the car
            Deficit: quick contractions too slow and weak to quiet an urge (PFM speed / coordination)
            Quick contractions 12 in 10 s on palpation (7 at IE)
            """,
            ["N32.81", "N39.41"], [PT("97112", 21)], []),

        // Fort Collins inter-recti distance by calipers at and above the umbilicus, exhale-lifts, dead bugs, side plank, bear hold with doses; diastasis after twins with a climbing-gym goal; 19 matches: passes.
        ["v5-h69-fort-collins-ird-calipers"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Fort Collins
            Inter-recti distance (calipers, head lift): at the umbilicus 4.5 cm → 2.8 cm; a hand-width above 3.0 cm → 2.1 cm; linea firmer under the fingers
            97110 — 19 min
              exhale-lift + head lift 3 x 10; dead bug 3 x 8; side plank from the knees 3 x 20 s; bear hold 3 x 15 s
            Diastasis 9 months after twins; wants back on the wall at her climbing gym
            """,
            ["M62.08"], [PT("97110", 19)], []),

        // Winchester Brink score with its three parts against the IE, lifts, squats, sit-to-stands with doses; PFM weakness ten weeks after a vaginal hysterectomy and anterior repair; 20 matches: passes.
        ["v5-h69-winchester-brink-score"] = new(
            """
            BLUEGRASS METHODIST — Pelvic Floor Rehabilitation · Winchester
            10 wks s/p vaginal hysterectomy + anterior repair (Dr. Whitlock); lifting restriction lifted last week.
            Brink score 8/12 (squeeze 3, elevation 2, duration 3) — 5/12 at IE
            97110 — 20 min
              near-max lifts 3 x 10 with 6-s holds standing; lift-with-squat 2 x 10; sit-to-stand with an exhale-lift 2 x 10
            Assessment: PFM weakness after the repair; heaviness comes back after she mows
            """,
            ["N81.10", "Z90.710"], [PT("97110", 20)], []),

        // Portland uroflow with EMG (bell curve, Qmax, voided volume) and a bladder-scanner PVR; frog sEMG game and toilet sits; "Jonah and me working one-on-one" with Mom on the bench; pelvic floor on while voiding; 22 matches: passes.
        ["v5-h69-portland-uroflow-and-pvr"] = new(
            """
            PUFFIN PEDIATRIC BLADDER & BOWEL THERAPY — Portland
            Jonah, 8 · Mom on the bench by the door; Jonah and me working one-on-one.
            97112 — 22 minutes
              relax-the-bottom belly breathing with the sEMG frog game (the frog hops across the lily pads while the bottom stays soft); toilet sits with feet on the stool, "shoulders down, tummy soft"
            Why: pelvic floor stays switched on while he pees — interrupted, staccato stream at eval
            Uroflow with EMG patches today: bell-shaped curve, Qmax 16 mL/s, voided 190 mL, EMG quiet through the void; PVR 9 mL on the bladder scanner (62 mL at eval)
            """,
            ["R39.198"], [PT("97112", 22)], []),

        // Scarborough stool diary (Bristol type, BMs in the toilet k of 7), toilet-sit routine, climbing the big toilet and flush practice with counts; withholding on tiptoes and fear of the big toilet; 20 matches: passes.
        ["v5-h69-scarborough-bristol-stool-diary"] = new(
            """
            PUFFIN PEDIATRIC BLADDER & BOWEL THERAPY — Scarborough
            Ruby, 5 · Caregiver: Mom. Withholds — stands stiff on tiptoes and squeezes her legs together to hold it in; scared of the big toilet.
            97530 — 20 minutes
              toilet-sit routine after a pretend snack: potty-seat insert + footstool, "elbows on knees, blow bubbles"; climbing on and off the big toilet with the step x 5; flush-and-wave-goodbye practice x 3
            Stool diary: Bristol 4–5 this week (1–2 at eval); BMs in the toilet 5 of 7 days
            """,
            ["K59.04"], [PT("97530", 20)], []),

        // Longmont CrossFit full-bladder jump test (first leak at jump 22 against jump 6), single-unders, step-downs, KB swings and deadlifts with loads and reps; leaking on double-unders and heavy deadlifts; 23 matches: passes.
        ["v5-h69-longmont-full-bladder-jump-test"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Longmont
            CrossFit athlete; leaks on double-unders and heavy deadlifts.
            Full-bladder jump test: first leak at jump 22 (jump 6 at IE)
            97530 — 23 min
              single-unders x 50 with a pre-lift, in sets of 10; box step-downs 3 x 8; KB swings 16 kg 3 x 12, exhale on the drive; deadlift 135 lb 3 x 5 with breath-timed bracing
            """,
            ["N39.3"], [PT("97530", 23)], []),

        // Middleton vaginal manometry (max squeeze and a hold at a pressure) with target-line lifts and loaded lifts on step-ups and a laundry carry; "one-on-one for the whole block"; recruitment fades under load; 22 matches: passes.
        ["v5-h69-middleton-manometry-cmh2o"] = new(
            """
            LARKSPUR WOMEN'S PELVIC THERAPY — Middleton
            97112 — 22 min · one-on-one for the whole block
              pressure biofeedback (vaginal manometry): lifts to a target line on the screen; then lifts held through step-ups to the 8" step and carrying her laundry basket across the room
            Deficit: poor PFM recruitment under load — the lift fades as soon as she steps up
            Max squeeze 34 cmH2O (19 at IE); held 8 s at 20 cmH2O
            """,
            ["N39.3"], [PT("97112", 22)], []),

        // Nicholasville tactile cueing and timed lifts, "delivered one-on-one by the PT", delayed recruitment — "Leaking less this week per her report. Contractions felt stronger to my fingers.": no number but the code's: measure missing.
        ["v5-h69-nicholasville-felt-stronger-no-number"] = new(
            """
            BLUEGRASS METHODIST — Pelvic Floor Rehabilitation · Nicholasville
            97112 — 19 min · delivered one-on-one by the PT
              internal tactile cueing for lift-and-release, then the lift timed before standing, coughing and lifting a grocery bag
            Deficit: delayed PFM recruitment — lifts after the cough instead of before
            Leaking less this week per her report. Contractions felt stronger to my fingers.
            """,
            ["N39.3"], [PT("97112", 19)], [At(Measure, "97112")]),

        // Glendale post-RALP standing lifts, lift-before-stand and walking laps with no doses — "Pads about the same; maybe a little drier in the mornings": no sets, reps, hold or number but the code's: measure missing.
        ["v5-h69-glendale-pads-about-the-same"] = new(
            """
            SAGUARO MEN'S PELVIC HEALTH — Glendale
            Post-RALP, still leaking with stand-ups and on the walk out to the mailbox.
            97110 — 17 min
              PFM lifts standing; lift-before-stand from the chair; walking laps with a gentle lift held
            Pads about the same; maybe a little drier in the mornings.
            """,
            ["N39.3", "Z90.79"], [PT("97110", 17)], [At(Measure, "97110")]),

        // Lewiston school-bathroom practice (pass card, loud flush with ear defenders, washing), fear of the flush and afternoon wetting — "Teacher says she's doing better.": no count, level or number but the code's: measure missing.
        ["v5-h69-lewiston-teacher-says-better"] = new(
            """
            PUFFIN PEDIATRIC BLADDER & BOWEL THERAPY — Lewiston
            97530 — 18 minutes
              school-bathroom practice: asking the teacher with the pass card, using the big stall, flushing the loud toilet with her ear defenders on, washing and drying
            Why: won't use the school bathroom (scared of the flush), holds all day and wets by afternoon
            Teacher says she's doing better.
            """,
            ["N39.498"], [PT("97530", 18)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Lexington Epic "Time Calculation" block (Neuromuscular Re-education Minutes 23, Therapeutic Exercise Minutes 15, Total Timed 38), both match; one-on-one sEMG lifts and pre-lifts, exercises with doses; timing and weakness; µV and k of 10: passes.
        ["v6-h69-lexington-epic-time-calculation"] = new(
            """
            BLUEGRASS METHODIST HOSPITAL — Urogynecology & Pelvic Floor Rehabilitation · Lexington
            Treatment
              Neuromuscular re-ed: one-on-one with the PT. Intravaginal sEMG — lift-and-release sets lying → standing; pre-lift before a cough and before lifting a 15-lb laundry basket
              Therapeutic exercise: bridges with a lift 2 x 12; squats with an exhale-lift 2 x 10; side-lying hip abduction 2 x 15
            Assessment: delayed PFM recruitment on the cough (motor timing); hip and PFM weakness — leaks lifting the laundry
              sEMG peak 29 µV (18 at IE); pre-lift in time on 8 of 10 coughs
            Time Calculation
              Neuromuscular Re-education Minutes: 23
              Therapeutic Exercise Minutes: 15
              Total Timed Minutes: 38
            """,
            ["N39.3"], [PT("97112", 23), PT("97110", 15)], []),

        // Scottsdale clock times with arrows per code (97140 1:04 → 1:17 pm = 13, 97112 1:17 → 1:39 pm = 22), both match; port-site scar lifts in seconds and adductor release; one-on-one sEMG lifts on a step; scar restriction and late recruitment; k of 10 and µV: passes.
        ["v6-h69-scottsdale-arrow-clock-times"] = new(
            """
            SAGUARO MEN'S PELVIC HEALTH — Scottsdale
            Retired firefighter, RALP 12/09. Port-site scars tight; leaks on the stairs up to his condo.
            97140   1:04 → 1:17 pm   port-site and suprapubic scar mobilisation (skin rolling, sustained lifts 3 x 45 s at each of 3 sites); adductor origin release
            97112   1:17 → 1:39 pm   one-on-one with me: rectal sEMG-guided lift timed to each step-up on the 6" step and to a cough
            Deficits: scar restriction above the pubic bone; late PFM recruitment as he steps up (motor timing)
            Pre-lift on time 7 of 10 step-ups; sEMG peak 22 µV (14 at IE)
            """,
            ["N39.3", "Z90.79", "L90.5"], [PT("97140", 13), PT("97112", 22)], []),

        // Sun Prairie 97112 in two parts around a void ("before: 11 min · after: 12 min → 97112 23 min", the void untimed), one-on-one; urge-wave drill and walking lift; trace drops off (motor control); seconds: passes.
        ["v6-h69-sun-prairie-two-parts-around-a-void"] = new(
            """
            LARKSPUR WOMEN'S PELVIC THERAPY — Sun Prairie
            97112 in two parts — she needed to void partway (volume measured for her diary):
              before: 11 min · after: 12 min → 97112 23 min, one-on-one the whole time
            sEMG (her own vaginal sensor): urge-wave drill — squeeze-squeeze-squeeze, long breath out, stay still until it fades — then walking from the chair to the door with the lift on
            Deficit: can't hold a contraction steady when the urge builds; the trace drops off after 3 s (motor control)
            Voided 310 mL (she'd held it 2½ h); trace held steady 8 s on the last set
            """,
            ["N39.41"], [PT("97112", 23)], []),

        // Greeley "Timed (min): 97140 (10) · 97110 (18) · 97530 (15)" — all three match; SIJ mobilisation and adductor release, hip exercises and Copenhagen plank, lifts and car transfers with doses; postpartum pelvic girdle pain: passes.
        ["v6-h69-greeley-timed-min-in-brackets"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Greeley
            Timed (min): 97140 (10) · 97110 (18) · 97530 (15)
            97140: L SIJ mobilisation gr III in side-lying 3 x 30 s; L adductor longus and pubic-origin release
            97110: side-lying clams 3 x 15; bridges with a ball squeeze 3 x 12; short-lever Copenhagen plank 3 x 15 s
            97530: floor-to-hip lifts of a 25-lb weighted doll (her toddler's weight) with a staggered stance x 8; in and out of the car knees together x 4; stairs with the baby carrier, 1 flight
            Postpartum pelvic girdle pain, L SIJ + pubic symphysis, 4 mo after delivery; L single-leg stance painful at the pubic bone; hip weakness
            """,
            ["M53.2X8"], [PT("97140", 10), PT("97110", 18), PT("97530", 15)], []),

        // Brunswick "90912 sEMG biofeedback, first 15 min — billed on its own code" beside "97530 — 20 minutes": the billed line's 20 matches; timed-voiding routine with posture and double voiding; wetting and incomplete emptying; PVR mL and wet days: passes.
        ["v6-h69-brunswick-90912-beside-97530"] = new(
            """
            PUFFIN PEDIATRIC BLADDER & BOWEL THERAPY — Brunswick
            Child: Harper, 8 · Mom present
            90912 sEMG biofeedback, first 15 min — billed on its own code: relax-on-void games with perianal patches
            97530 — 20 minutes: timed-voiding routine walkthrough with her watch alarm (every 2 h at school), toilet posture on the stool, "hoo" breaths for a slow, complete pee, double voiding, handwashing
            Why: daytime wetting and UTIs — rushes and doesn't empty
            PVR 14 mL by bladder scanner today (71 mL at eval); wet days this week 1 (5 at eval)
            """,
            ["N39.498", "R39.14"], [PT("97530", 20)], []),

        // Richmond PT then OT on one day: "PT — 97112 — 21 min, one-on-one" and "OT — 97530 — 18 min" each match their own discipline's line; urge suppression while walking the rollator; toileting with one hand on the grab bar; motor control and hand weakness; counts and CGA → SBA: passes.
        ["v6-h69-richmond-pt-then-ot"] = new(
            """
            BLUEGRASS METHODIST — Pelvic Floor Rehabilitation · Richmond · PT + OT same day
            Urge incontinence with MS (neurogenic bladder; Dr. Whitlock co-managing with neurology). Walks with a rollator.
            PT — 97112 — 21 min, one-on-one with the PT: urge suppression with quick PFM contractions held through the urge, then rehearsed while walking the rollator to the bathroom door and turning in the doorway
               Deficit: weak, poorly timed PFM contractions — can't hold one through an urge (motor control); quick contractions 6 in 10 s (3 at IE)
            OT — 97530 — 18 min: toileting — pants and pad down with one hand on the grab bar, sit to the raised seat, pad change standing, pull-up and wash
               L hand weak and slow; can't get clothing down fast enough once the urge hits; CGA → SBA by the 3rd trial
            """,
            ["N31.9", "N39.41"], [PT("97112", 21), OT("97530", 18)], []),

        // Windsor "Direct time 35′: TE 20′ · MT 15′" in prime marks, both match; trunk and hip exercises and carries with doses; SIJ mobilisation and trigger-point release with grades, points and seconds; pelvic girdle pain carrying the baby: passes.
        ["v6-h69-windsor-prime-marks"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Windsor
            Direct time 35′: TE 20′ · MT 15′
            TE: bird dog 2 x 10 each; side-lying hip abduction 3 x 12; single-leg bridge 2 x 8 each; suitcase carry 20 lb 4 x 60 ft
            MT: R SIJ mobilisation gr III prone 3 x 30 s; R glute med and piriformis trigger-point release, 4 points x 60 s
            R posterior pelvic girdle pain since her second pregnancy, now 6 months postpartum; can't carry the baby on her R hip
            """,
            ["M53.2X8", "M54.50"], [PT("97110", 20), PT("97140", 15)], []),

        // Madison "NMR 97112 — 30 min — one-on-one" against an 18-min line: mismatch; otherwise complete (sEMG lift-and-release and pre-lift before the serve; late recruitment on impact; k of 10).
        ["v6-h69-madison-nmr-30-against-18"] = new(
            """
            LARKSPUR WOMEN'S PELVIC THERAPY — Madison (Monroe St)
            NMR 97112 — 30 min — one-on-one
              sEMG-guided lift-and-release with the breath, then a pre-lift before her tennis serve and before a split-step
            Deficit: PFM recruitment late on impact (timing) — leaks on the serve
            Pre-lift in time on 7 of 10 serves
            """,
            ["N39.3"], [PT("97112", 18)], [At(Mismatch, "97112")]),

        // Loveland PTA "TE 97110 — 12 min" against a 25-min PTA line: mismatch; wall sits, step-ups, clams with doses, prolapse heaviness and weakness complete.
        ["v6-h69-loveland-pta-therex-12-against-25"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Loveland | PTA note
            TE 97110 — 12 min
              wall sits with an exhale-lift 3 x 30 s; step-ups 8" 2 x 10; clamshells 2 x 15
            Prolapse heaviness by evening; PFM + hip weakness
            """,
            ["N81.11"], [PTA("97110", 25)], [At(Mismatch, "97110")]),

        // Chandler 97110 16 matches but "97530 — 12 min" against a 24-min line: mismatch on 97530; lifts with doses; mulch-bag and wheelbarrow work with loads and counts; stress leakage lifting at work after the RALP.
        ["v6-h69-chandler-second-code-12-against-24"] = new(
            """
            SAGUARO MEN'S PELVIC HEALTH — Chandler
            97110 — 16 min: PFM lifts standing 3 x 10 x 5 s; lift-before-stand 2 x 10; squats with a lift 2 x 10
            97530 — 12 min: loading his landscaping trailer — 40-lb mulch bags from the ground to the trailer bed with a lift and an exhale x 8; pushing the loaded wheelbarrow 4 x 50 ft
            Stress leakage lifting at work after the RALP; PFM endurance poor
            """,
            ["N39.3", "Z90.79"], [PT("97110", 16), PT("97530", 24)], [At(Mismatch, "97530")]),

        // Georgetown "Manual + ther ex, 38 min together" is the only time for two codes: separate time missing; each section complete (internal release with points and seconds; breathing and stretches with doses; deep dyspareunia and L pelvic pain).
        ["v6-h69-georgetown-manual-and-therex-together"] = new(
            """
            BLUEGRASS METHODIST — Pelvic Floor Rehabilitation · Georgetown
            Manual + ther ex, 38 min together.
            Manual: internal myofascial release of the L levator ani and obturator internus (consented), 4 points x 90 s; external perineal body release
            Ther ex: diaphragmatic breathing with PFM lengthening x 10; happy baby 3 x 30 s; figure-4 stretch 3 x 30 s each; quadruped hip rotation 2 x 10
            Deep dyspareunia and L pelvic pain with a tight, tender L levator; can't sit through her daughter's ballgames
            """,
            ["N94.12", "R10.2"], [PT("97140", 14), PT("97110", 24)], [SepTime]),

        // Scarborough three codes: 97112 18 and 97530 15 have minutes, the 97110 core section has none: separate time missing; each section complete (one-on-one sEMG game; routine x 3; core work with doses; dyssynergic pushing, withholding, weak core; k of 8).
        ["v6-h69-scarborough-core-section-unminuted"] = new(
            """
            PUFFIN PEDIATRIC BLADDER & BOWEL THERAPY — Scarborough
            Child: Mason, 10 · Dad present; Mason and therapist one-on-one.
            97112 — 18 minutes: sEMG game, push-with-relax on the toilet with the footstool; belly breathing into his hands
            97530 — 15 minutes: after-dinner toilet-sit routine walkthrough x 3; stepping up onto and off the toilet stool; wiping and handwashing sequence
            97110: core work — bear crawls 4 x 20 ft, bridges 2 x 12, dead bugs 2 x 8, superman holds 3 x 10 s
            Why: dyssynergic pushing (his bottom tightens when he pushes), withholding, weak core; soiling at school
            Push-with-relax 6 of 8 (2 of 8 at eval); soiled underwear 2 days this week (6 at eval)
            """,
            ["K59.02", "F98.1"], [PT("97112", 18), PT("97530", 15), PT("97110", 10)], [SepTime]),

        // Middleton minutes written before the code ("14 min 97140 — …", "16 min 97110 — …"), both match; perineal scar mobilisation with seconds; lifts, bridges, squats with doses; tight tender tear scar and PFM weakness: passes.
        ["v6-h69-middleton-minutes-before-the-code"] = new(
            """
            LARKSPUR WOMEN'S PELVIC THERAPY — Middleton
            14 min 97140 — perineal scar (2nd-degree tear) mobilisation, internal and external, 3 x 60 s along the scar; perineal body release
            16 min 97110 — PFM lifts 3 x 10 with 5-s holds; bridges with a lift 2 x 12; squats with an exhale-lift 2 x 10
            Tight, tender perineal scar with pain on penetration; PFM weakness 4 months postpartum
            """,
            ["N94.10", "L90.5"], [PT("97140", 14), PT("97110", 16)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a 97112 + 97110 visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h69-empty-nmr-te"] = new(
            "",
            ["N39.46"], [PT("97112", 20), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // Empty note on a PTA 97110 with no diagnosis: note missing and diagnosis missing.
        ["v7-h69-empty-pta-97110-no-dx"] = new(
            "",
            [], [PTA("97110", 18)], [At(NoteMissing, "97110"), Dx]),

        // A note of spaces and line breaks only (cells are trimmed) on a 97140 with a diagnosis: note missing only.
        ["v7-h69-blank-lines-only-97140"] = new(
            " \n\n   \n",
            ["M53.3"], [PT("97140", 12)], [At(NoteMissing, "97140")]),

        // 97110's meaning at Glendale: standing lifts, bridges, hip abduction, step-ups with doses (technique and measure), post-RALP stress leakage with PFM and hip weakness and a Suns-game goal (deficit); 19 matches: passes.
        ["v7-h69-glendale-97110-lifts-and-hips"] = new(
            """
            SAGUARO MEN'S PELVIC HEALTH — Glendale
            97110 — 19 min
              PFM lifts standing 3 x 10 with 6-s holds; bridges with a lift 2 x 12; side-lying hip abduction 2 x 15; step-ups 8" with a lift 2 x 10
            Stress leakage after his RALP in October, with PFM and hip weakness; goal — through a Suns game without a pad change
            """,
            ["N39.3", "Z90.79"], [PT("97110", 19)], []),

        // 97530's meaning at Mesa: chlorine-bucket lifts from the truck bed, kneel-to-stand at a skimmer, pole brushing on the cable column with loads and counts (technique and measure), post-RALP leakage at his pool-service job (deficit); 24 matches: passes.
        ["v7-h69-mesa-97530-pool-service-route"] = new(
            """
            SAGUARO MEN'S PELVIC HEALTH — Mesa
            97530 — 24 min
              40-lb chlorine buckets from the truck bed to the ground with a lift and an exhale x 8
              kneeling at a skimmer basket ↔ standing with the lift held x 10
              brushing the pool wall with the pole (simulated on the cable column, 15 lb) 3 x 12 strokes
            Post-RALP stress leakage lifting and getting up from kneeling on his pool-service route
            """,
            ["N39.3", "Z90.79"], [PT("97530", 24)], []),

        // 97140's meaning at Nicholasville: colon massage in rounds, lower-rib/diaphragm and iliacus release (technique and measure), slow-transit constipation with a bloated, tight abdomen and 2 BMs a week (deficit); 13 matches: passes.
        ["v7-h69-nicholasville-97140-colon-massage"] = new(
            """
            BLUEGRASS METHODIST — Pelvic Floor Rehabilitation · Nicholasville
            97140 — 13 min
              abdominal massage along the colon in hook lying (clockwise, 4 rounds); lower rib and diaphragm release; L iliacus release
            Slow-transit constipation with a bloated, tight lower abdomen; 2 BMs a week
            """,
            ["K59.01"], [PT("97140", 13)], []),

        // 97116's meaning at Winchester: forearm-crutch gait with short even steps, distances and step-to stairs (technique), symphysis pain on single-leg stance with a waddling gait at 36 weeks (deficit), SBA (measure); 16 matches: passes.
        ["v7-h69-winchester-97116-forearm-crutches"] = new(
            """
            BLUEGRASS METHODIST — Pelvic Floor Rehabilitation · Winchester (OB referral)
            97116 — 16 min
              gait training with bilateral forearm crutches: shorter even steps, knees close, no single-leg loading; 2 x 100 ft in the hall; 12 stairs step-to with the rail and one crutch
            Symphysis pubis pain on single-leg stance — waddling, short painful steps; 36 wks
            SBA on level ground and on the stairs
            """,
            ["O26.713", "Z3A.36"], [PT("97116", 16)], []),

        // Generic 97112: "Neuro re-ed per protocol. Tolerated well. Continue POC. 20 min." — no technique, deficit, measure or one-on-one.
        ["v7-h69-generic-97112-per-protocol"] = new(
            "Neuro re-ed per protocol. Tolerated well. Continue POC. 20 min.",
            ["N39.3"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic 97110 + 97140 with minutes for each (15 and 12, both match): only generic phrases for both codes.
        ["v7-h69-generic-te-mt-minutes-each"] = new(
            "TE 15 min, MT 12 min. Pt tolerated tx well, no complaints. Cont POC.",
            ["R10.2"], [PT("97110", 15), PT("97140", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Generic 97530: "Functional tasks practiced. Good effort today. 18 min." — no activity, deficit or goal named, no number but its minutes.
        ["v7-h69-generic-97530-good-effort"] = new(
            "Functional tasks practiced. Good effort today. 18 min.",
            ["N39.46"], [PT("97530", 18)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Madison mixed leakage: diary counts, 97110 15 and 97112 20 ("one-on-one") match; lifts, squats, heel raises with doses; sEMG back-door urge drill and timing sets; weakness and fading contraction; µV and seconds: passes.
        ["vord-h69-madison-mixed-te-nmr"] = new(
            """
            LARKSPUR WOMEN'S PELVIC THERAPY — Madison (Monroe St)
            Check-in: diary this week — 8 voids a day, 2 leaks (both on the way in from the garage)
            97110 · 15 min — lifts 3 x 10 with 6-s holds sitting → standing; squats with a lift 2 x 10; heel raises with a lift 2 x 15
            97112 · 20 min · one-on-one — sEMG-guided urge drill at the mock back door (keys out, stand still, quick squeezes, slow breath); lift-and-release timing sets
            Findings: mixed leakage; PFM weakness; the contraction fades before the urge passes (motor control)
            sEMG hold 10 s at 24 µV (5 s at IE)
            """,
            ["N39.46"], [PT("97110", 15), PT("97112", 20)], []),

        // Fitchburg postpartum pelvic girdle pain: 97140 12 and 97110 16 match; SIJ mobilisation by grade, adductor release, muscle energy; clams, bridges, bird dog, sit-to-stand holding her son with doses; SIJ pain and weakness: passes.
        ["vord-h69-fitchburg-postpartum-girdle-pain"] = new(
            """
            LARKSPUR WOMEN'S PELVIC THERAPY — Fitchburg
            9 wks postpartum — pelvic girdle pain, L buttock and pubic bone with stairs and getting into the car.
            97140 · 12 min — L SIJ mobilisation gr III in side-lying 3 x 30 s; L adductor and pubic-origin release; muscle energy for the L innominate x 5
            97110 · 16 min — side-lying clams 3 x 12; bridges with a ball squeeze 2 x 12; bird dog 2 x 8 each; sit-to-stand holding her 12-lb son 2 x 8
            L SIJ pain and hip weakness; stairs reciprocal by the end, painful step-to at the start
            """,
            ["O90.89", "M53.2X8"], [PT("97140", 12), PT("97110", 16)], []),

        // Lexington pre-op PFMT before a posterior repair: lifts, bridges, hinges, clams with doses; rectocele with splinting and Oxford 2/5; 18 matches: passes.
        ["vord-h69-lexington-pre-op-posterior-repair"] = new(
            """
            BLUEGRASS METHODIST HOSPITAL — Urogynecology & Pelvic Floor Rehabilitation · Lexington
            Pre-op PFMT before her posterior repair (surgery 04/28, Dr. Whitlock). Rectocele — splints to empty.
            97110 — 18 min: PFM lifts 3 x 10, 5-s holds; bridges with a lift 2 x 12; hip hinge with an exhale 2 x 10; side-lying clams 2 x 15
            Assessment: PFM weakness (Modified Oxford 2/5) and a posterior bulge with straining
            Plan: post-op restrictions reviewed with her.
            """,
            ["N81.6"], [PT("97110", 18)], []),

        // Nicholasville ring-pessary user: standing lifts, squats, basket carries, step-ups with doses; cystocele with PFM weakness and a gardening goal; 20 matches: passes.
        ["vord-h69-nicholasville-ring-pessary"] = new(
            """
            BLUEGRASS METHODIST — Pelvic Floor Rehabilitation · Nicholasville
            Ring pessary in place (fitted by Dr. Whitlock in February); no bulge with it in, heaviness still by evening.
            97110 — 20 min
              PFM lifts standing 3 x 10 x 8 s; lift with squat 2 x 10; carry a 15-lb basket 4 x 40 ft with an exhale; step-ups 6" 2 x 10
            Cystocele with PFM weakness; goal — garden all morning without the heaviness
            """,
            ["N81.11"], [PT("97110", 20)], []),

        // Winchester OAB: "Seen one-on-one by the PT"; urge-deferral with intravaginal sEMG; slow, poorly timed quick contractions; sEMG count and diary voids; 22 matches: passes.
        ["vord-h69-winchester-oab-urge-deferral"] = new(
            """
            BLUEGRASS METHODIST — Pelvic Floor Rehabilitation · Winchester
            OAB on behavioural management (no medication). Seen one-on-one by the PT.
            97112 — 22 min
              urge deferral with intravaginal sEMG: quick contractions on the urge cue, then a long relaxed breath; walking to the door only once the urge settles
            Deficit: quick contractions slow and poorly timed to the urge (motor control)
            10 quick contractions in 10 s on the sEMG (6 at IE); daytime voids 10/day (15/day at IE), nocturia x1 (x3)
            """,
            ["N32.81"], [PT("97112", 22)], []),

        // Scottsdale post-RALP: pads/day, 97112 20 ("one-to-one with me") and 97110 15 match; rectal sEMG pre-lifts; standing lifts, bridges, step-ups with doses; late recruitment and poor endurance; seconds and k of 10: passes.
        ["vord-h69-scottsdale-post-ralp-nmr-te"] = new(
            """
            SAGUARO MEN'S PELVIC HEALTH — Scottsdale
            RALP wk 7 · pads 2/day (5/day in wk 1)
            97112 — 20 min, one-to-one with me: rectal sEMG lift-and-hold, then the pre-lift timed to sit-to-stand and to a cough
            97110 — 15 min: PFM lifts standing 3 x 10 x 5 s; bridges with a lift 2 x 12; step-ups with a lift 2 x 10
            Deficits: late PFM recruitment on position change (timing); PFM endurance poor
            sEMG hold 8 s (3 s at IE); dry on 7 of 10 stand-ups
            """,
            ["N39.3", "Z90.79"], [PT("97112", 20), PT("97110", 15)], []),

        // Glendale coccydynia after a dirt-bike crash: 97140 13 and 97110 15 match; sacrococcygeal mobilisation and trigger-point release with grades, points and seconds; bridges, extension, PFM drop, sit-to-stand with doses; sitting pain and guarding: passes.
        ["vord-h69-glendale-dirt-bike-coccyx"] = new(
            """
            SAGUARO MEN'S PELVIC HEALTH — Glendale
            Tailbone pain since a dirt-bike crash out past Lake Pleasant in November; sits on a wedge at work.
            97140 — 13 min: external sacrococcygeal mobilisation gr II–III 3 x 30 s; coccygeus and glute max trigger-point release, 4 points x 60 s
            97110 — 15 min: glute bridges 2 x 12; prone hip extension 2 x 12; PFM "drop" with the exhale x 10; sit-to-stand off the wedge 2 x 10
            Coccyx pain sitting and getting up; guarded pelvic floor
            """,
            ["M53.3"], [PT("97140", 13), PT("97110", 15)], []),

        // Windsor hay operation: bale-toss sandbag lifts, tractor-step climbs, bucket carries with loads and counts; stress leakage with lifting and impact and weakness; 22 matches: passes.
        ["vord-h69-windsor-hay-bales"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Windsor
            Works the family hay operation — leaks tossing bales and climbing down off the tractor.
            97530 — 22 min
              bale toss: 30-lb sandbag floor → chest height onto the plyo box with a pre-lift and an exhale x 10
              tractor-step mock-up: three-point climb down a 3-step ladder with the lift held x 6
              two 5-gal water buckets (20 lb each) carried 4 x 50 ft
            Stress leakage with lifting and impact; PFM + hip weakness
            """,
            ["N39.3"], [PT("97530", 22)], []),

        // Greeley at 24 weeks: clams, band abduction, cat-cow, wall squats, bird dog with doses; pregnancy-related posterior pelvic pain and weakness with a shift goal; 18 matches: passes.
        ["vord-h69-greeley-24-weeks-register"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Greeley
            24 wks, first baby; low back and R posterior pelvic pain standing at the register all shift.
            97110 — 18 min
              side-lying clams 3 x 12; standing hip abduction with a band 2 x 12; cat-cow 2 x 10; wall squats 2 x 10; bird dog 2 x 8 each
            Pregnancy-related posterior pelvic pain with hip weakness; goal — finish a shift without sitting down
            """,
            ["O26.892", "Z3A.24"], [PT("97110", 18)], []),

        // Portland constipation: "Leo and therapist one-on-one", 97112 16 and 97530 12 match; car sEMG game; toilet routine and step climbs with counts; dyssynergic pushing; k of 6 and Bristol: passes.
        ["vord-h69-portland-car-game-and-routine"] = new(
            """
            PUFFIN PEDIATRIC BLADDER & BOWEL THERAPY — Portland
            Child: Leo, 6 · Caregiver: Dad · Leo and therapist one-on-one.
            97112 — 16 minutes: sEMG car game — the car drives when he pushes with his belly and keeps his bottom soft; then on the toilet with the footstool
            97530 — 12 minutes: after-dinner toilet-sit routine with the picture card x 3; climbing onto the big toilet with the step x 4
            Why: dyssynergic pushing — his bottom tightens when he pushes; hard stools and tummy aches
            Push-with-relax 5 of 6 (1 of 6 at eval); Bristol type 4 this week (type 1 at eval)
            """,
            ["K59.00"], [PT("97112", 16), PT("97530", 12)], []),

        // Lewiston wetting: "Ella's session was one-on-one with me"; counted squeeze and let-go sEMG work, listening for a full bladder; poor relaxation between voids; k of 10 and dry nights; 20 matches: passes.
        ["vord-h69-lewiston-ella-wetting"] = new(
            """
            PUFFIN PEDIATRIC BLADDER & BOWEL THERAPY — Lewiston
            Child: Ella, 8 · Mom present · Ella's session was one-on-one with me.
            97112 — 20 minutes
              sEMG: squeeze for a count of 3, let go for a count of 6 with belly breaths; stopping play to "listen" for a full bladder; timed-void practice
            Why: pelvic floor stays tight between voids (poor relaxation); wets the bed most nights and leaks at school
            Relax to baseline 8 of 10; dry nights 3 of 7 (0 of 7 at eval); daytime leaks 1 this week
            """,
            ["N39.44", "N39.498"], [PT("97112", 20)], []),

        // Scarborough, Down syndrome: toilet transfers, clothing at the rail, sitting balance reaching to the paper with counts; low tone and poor toilet sitting balance with a school goal; min assist → CGA; 22 matches: passes.
        ["vord-h69-scarborough-toilet-transfers"] = new(
            """
            PUFFIN PEDIATRIC BLADDER & BOWEL THERAPY — Scarborough
            Child: Sam, 7, Down syndrome · Caregiver: Mom
            97530 — 22 minutes
              toilet transfers with the step and the grab bar x 5; pants down and up standing at the rail x 4; sitting balance on the toilet with the foot rest, reaching to the paper x 6
            Low tone and poor sitting balance on the toilet — needs Mom's hands to stay on; goal: toileting at school with his aide
            Transfers min assist → CGA by the 4th
            """,
            ["Q90.9", "N39.498"], [PT("97530", 22)], []),

        // Loveland PTA six months postpartum: trap-bar deadlift, goblet squat, half-kneel press, dead bug with loads and doses; PFM and trunk weakness with heaviness after lifting; 20 matches: passes.
        ["vord-h69-loveland-pta-back-to-lifting"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Loveland | PTA note
            97110 — 20 min
              trap-bar deadlift 65 lb 3 x 8 with an exhale-lift; goblet squat 25 lb 3 x 10; half-kneel press 15 lb 2 x 10 each; dead bug 2 x 10
            6 months postpartum; PFM and trunk weakness with heaviness after lifting at the gym
            """,
            ["N81.84"], [PTA("97110", 20)], []),

        // Longmont complete 97110 (lifts, bridges, squats with doses; trampoline leakage and PFM weakness) sent with no diagnosis.
        ["vord-h69-longmont-no-diagnosis"] = new(
            """
            RIDGELINE PHYSICAL THERAPY | Pelvic Health Program | Longmont
            97110 — 17 min: PFM lifts 3 x 10 x 6 s; bridges with a lift 2 x 12; squats with an exhale-lift 2 x 10
            Stress leakage jumping on the trampoline with her kids; PFM weakness
            """,
            [], [PT("97110", 17)], [Dx]),

        // Mesa complete 97110 (standing lifts, lift-before-stand, walking laps with doses; post-RALP leakage) with the ICD-9 code 788.32 as its diagnosis: not well formed.
        ["vord-h69-mesa-icd9-code"] = new(
            """
            SAGUARO MEN'S PELVIC HEALTH — Mesa
            97110 — 18 min: PFM lifts standing 3 x 10 with 5-s holds; lift-before-stand 2 x 10; walking laps with a lift held 4 x 150 ft
            Post-RALP stress leakage with position changes
            """,
            ["788.32"], [PT("97110", 18)], [Dx]),

        // Generic two-code note with a shared total ("TE + NMR, 35 min total"): no technique, deficit or measure for either code, no one-on-one, no minutes for each.
        ["vord-h69-generic-two-codes-total"] = new(
            "TE + NMR, 35 min total. Pt motivated, doing her HEP. Continue.",
            ["N39.46"], [PT("97110", 15), PT("97112", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),

        // Sun Prairie PTA "NMR 97112 — 12 min — one-on-one, PTA and pt" against a 24-min PTA line: mismatch; sEMG pre-lifts, late recruitment and k of 10 complete.
        ["vord-h69-sun-prairie-pta-nmr-time-differs"] = new(
            """
            LARKSPUR WOMEN'S PELVIC THERAPY — Sun Prairie · PTA note
            NMR 97112 — 12 min — one-on-one, PTA and pt
              sEMG lift-and-release sets; pre-lift before a cough and before lifting her grandson's car seat
              late PFM recruitment on the cough (timing)
              pre-lift in time 6 of 10 coughs
            """,
            ["N39.3"], [PTA("97112", 24)], [At(Mismatch, "97112")]),

        // Richmond OT "OT 97530 — 28 min" against a 16-min OT line: mismatch; toileting with the reacher and toileting aid, urge incontinence after a hip replacement, SBA complete.
        ["vord-h69-richmond-ot-time-differs"] = new(
            """
            BLUEGRASS METHODIST — Pelvic Floor Rehabilitation · Richmond · OT
            OT 97530 — 28 min
              toileting routine: clothing management with the reacher, pad change standing at the grab bar, hygiene with the toileting aid
              urge incontinence; can't manage her clothing fast enough since the R hip replacement
              SBA for every step, 2 trials
            """,
            ["N39.41", "Z96.641"], [OT("97530", 16)], [At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
