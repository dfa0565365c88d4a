using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-eighty-eighth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer. It was
/// written on 2026-12-07 in the twenty-fourth session, blind, beside the hundred-and-eighty-sixth.
/// The set is a week of notes written by internationally educated physical therapists and assistants working in US
/// outpatient clinics — clinicians trained in India, the Philippines, Nigeria, Egypt and the UK, each charting in the
/// English and the clinical shorthand of their training ("Pt was made to do …", "balance training given", "treatment
/// given on one-to-one basis", "pt is having complaints of …", "k/c/o", "c/o", "same continued", "physio",
/// "mobilisation", "programme", "tds" and "bd" for home doses, "kindly", "as tolerated", "progressed to",
/// present-continuous and article-free sentences, "NAD", "secs", "metres", the Oxford scale) and giving the US codes
/// and minutes the clinic's EMR asks for — about two thirds ordinary and complete (67 of 102), single- and multi-code
/// visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and an OT's code on one visit), by PTs, PTAs
/// and OTs, from three employers:
/// <list type="number">
/// <item>a travel-and-visa staffing agency that sponsors internationally educated PTs and places them in its own
/// contract outpatient clinics ("Meridian Global Therapy Staffing", MGTS: contract clinics in Laredo and Midland,
/// Texas, and Lima and Zanesville, Ohio; the agency's "MGTS DAILY TREATMENT RECORD" with "Pt c/o:", "Treatment
/// given:", "Findings:", "Outcome measure:", "CPT / mins:", "Mode: one-to-one / group" and "Kindly note" lines):
/// Priya Venkataraman (PT, trained in Manipal, at Laredo), Chinedu Okafor (PT, trained in Nsukka, at Midland), Mariam
/// Abdelrahman (PT, trained in Cairo, at Lima) and Siobhan Clarke (PT, trained in Manchester, at Zanesville, who writes
/// "physio", "kerb", "stick", "metres" and "tds"); a ranch hand who works the cattle pens, a Border Patrol retiree, a
/// pump-jack mechanic, a tyre-plant worker, a woman who rings the bells at her church;</item>
/// <item>a New Jersey hospital system that hires internationally educated PTs into its outpatient neuro gym ("Passaic
/// Valley Health — Outpatient Neuro Gym", PVH: the Wayne gym, the Paterson satellite and the hospital's long corridor
/// used for gait; the EMR's headings in capitals "SKILLED INTERVENTION", "IMPAIRMENT ADDRESSED", "OBJECTIVE", "MODE OF
/// DELIVERY: [ ] One-to-one [ ] Concurrent [ ] Group"): Ahmed Hassan (PT, DPT, trained in Cairo),
/// Joy Villanueva (PT, trained in Manila), Adaeze Nwosu (PT, trained in Ibadan), Rajesh Pillai (PTA, trained as a
/// physiotherapist in Kerala and working as an assistant until his licence) and Fatima Bello (OTR/L, trained in
/// Lagos); a retired bus driver, a man with MS who walks to the Great Falls and his grandson who drives him, a wife who
/// watches the programme to help at home, a rehab aide who sets up the gym;</item>
/// <item>a rural Georgia practice whose owner recruits PTAs from the Philippines ("Altamaha Physical Therapy", APT:
/// Baxley and Jesup, Georgia; a one-page "PTA DAILY NOTE" with "Supervising PT: D. Pruitt", "CPT/Time", "Tx rendered",
/// "Pt response" and "Goal addressed" lines): Ma. Cristina Dela Cruz, Jerome Bautista and Rowena Macaraeg (PTAs) and
/// the owner Dale Pruitt (PT); a peanut farmer, a pulpwood truck driver, a Vidalia onion-shed packer, a choir member
/// who climbs to the loft, a deer hunter with a ladder stand to climb, and a daughter who helps with his shoes.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read a great many notes by internationally
/// educated clinicians, applying the contract to what the text says in its own English: "treatment given on one-to-one
/// basis", "attended to singly", "seen on her own" and "handled one-to-one" state one-on-one; an article left out or a
/// present-continuous sentence changes nothing; a blank line or an unticked box states nothing; "NAD", "same as
/// previous note" and "as per POC" name no deficit; "better than previous session" and "to be done next visit" are no
/// measure:
/// <list type="bullet">
/// <item>class 1 (v1-h188-…): one-on-one in these writers' own words ("Treatment given on one-to-one basis", "Pt was
/// attended to singly by the writer; no other patient was under my care", "one-to-one with the undersigned — wife
/// present and observing the programme", "1:1 w/ writer entire NMR, daughter helped with shoes only", "handled
/// one-to-one by writer; rehab aide brought the foam", "seen on her own in the gym, 1:1 physio throughout"), notes that
/// negate it ("Pt and another pt were being managed simultaneously", "Pt was not on one-to-one basis today — Mr. Tillman
/// was also doing his exercises on the next mat under my supervision") or never state it (a Nigerian-trained PT's
/// narrative and an Egyptian-trained PT's record with the mode line deleted), and the codes without a one-on-one check
/// (an OT's 97530 done with another patient, a PTA's 97110 while two patients rode the bikes);</item>
/// <item>class 2 (v2-h188-…): checkbox and blank-field states ("MODE OF DELIVERY: [✓] One-to-one" ticked and the row
/// with nothing ticked, "One-to-one (Y/N): Y" and "One-to-one (Y/N): ____", "(X) one to one ( ) concurrent", "1:1 — [ ]
/// Yes [ ] No", "Goal / impairment addressed: ________", "Berg: ____ TUG: ____", "Distance: ____ Assist: ____", blank
/// boxes beside a narrative that states one-on-one, a blank impairment line beside an assessment that states the
/// deficit, unrelated "HEP given: ____" and "Next visit: ____" left blank);</item>
/// <item>class 3 (v3-h188-…): named programmes and methods as techniques in these writers' schooling (Frenkel's
/// exercises on a floor grid, the Cawthorne-Cooksey progression, the Brunnstrom approach out of synergy, Kabat's PNF
/// with rhythmic initiation, the Otago exercise programme by a PTA, Mulligan mobilisation with movement, Cyriax deep
/// transverse frictions with Mill's manipulation, Freeman's wobble-board programme), and the same methods failing for
/// another reason: Williams flexion exercises "as per handout" with no dose, Rood's facilitation with no number,
/// Freeman's wobble board with "Findings: nil new";</item>
/// <item>class 4 (v4-h188-…): deficits stated as findings in these writers' terms ("pt is having complaints of giddiness
/// on turning head to Rt, gaze not steady", "Rt knee snapping back in stance", "feet feel like walking on cotton",
/// "catches her Lt toe on the kerb", pushing towards the hemiplegic side, dysmetria on finger-nose, falling backwards
/// on the choir-loft steps) and notes that state none ("Findings: NAD", "Findings: same as previous note", "Problem: as
/// per POC");</item>
/// <item>class 5 (v5-h188-…): measures in every usual form ("Berg Balance Scale – 41/56", the four mCTSIB conditions
/// in secs, "TUG – 16 secs with cane", "10 m walk 0.78 m/s" and "200 metres with stick", the Oxford scale beside doses,
/// "3 sets of 10 reps with 2 lb cuff", functional reach in cm, Box and Block for an OT's 97530) and notes with none
/// ("Pt is better than previous session", "Berg to be done next visit", "TUG deferred as pt c/o fatigue", a 97110
/// "as tolerated" with no dose);</item>
/// <item>class 6 (v6-h188-…): minutes in these writers' forms ("97112 – 23 mins", a clock range on the code's line
/// "97112: 14:05 to 14:28", "CPT/Time: 97116 [ 20 ] min", a heading with its minutes, "Gait re-education (97116) 18
/// minutes", a PT's and an OT's code each with its minutes, a PTA's three codes) and true mismatches (35 on a 22-minute
/// line, 25 on 13, an OT's 15 on 28, 30 on 18) and truly missing separate time ("Total treatment time: 38 minutes",
/// "97110 – ___ mins", "Time in 09:10 / Time out 09:48" for a two-code visit);</item>
/// <item>class 7 (v7-h188-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check),
/// the contract's meanings for 97110 (wand and pulley work after a rotator-cuff repair), 97530 (a bucket lifted to a
/// truck bed and half-kneel to stand; a kitchen task for an OT), 97140 (posterior glides and soft-tissue mobilisation
/// to the shoulder; a PTA's patellar mobilisation) and 97116 (rolling walker to quad cane, the hall, a curb and a ramp like the one at church), and wholly
/// generic notes ("Balance training given. Pt tolerated well. Same continued.", a two-code "as per programme" note,
/// "Functional activities done … cont POC");</item>
/// <item>ordinary (vord-h188-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis and one whose diagnosis was typed as words.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — wives, daughters, a grandson who
/// drives, a rehab aide (none of them a patient; the hip-replacement case in the gym and Mr. Tillman on the next mat
/// are), ages, years since a stroke, step heights in cm and inches, loads in pounds and kilograms, band colours, reach
/// in cm, grip in kg, degrees, distances in feet and metres, gait speeds, Oxford grades, counts of reps, sets, cones and
/// trips, home doses written "tds" and "bd", and "that hour" — and each is written so that a reviewer cannot take it
/// for a billed code's minutes; a code's minutes are written next to the code ("97112 – 23 mins", "NMR (97112): 22
/// minutes"), in its block's heading, in a minute box or as a clock range on the code's own line; no note gives minutes
/// to a visit, a drill, a rest or a test, except the three that fail for a visit total ("Total treatment time: 38
/// minutes", a time-in/time-out pair and a generic two-code note with no minutes at all); notes failed for want of a
/// measure carry no number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the note names no
/// technique, deficit or measure at all. A 97112 passes the measure check only on an objective measure with a number
/// and fails it only when the note has no number but its code and its minutes; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a
/// family member, caregiver or staff member in the room does not undo a one-on-one statement, another patient treated
/// in the same block does, and a therapist supervising someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what these writers' English could honestly leave in doubt: "mts" or "'" for minutes, a
/// delivery written only as "individual exercise" or "individual programme" (the patient's own exercises or the
/// session's delivery), "pt was given exercises" without saying who was with whom, "under supervision" as the only
/// delivery word, a Brunnstrom stage or a grade of spasticity as a 97112's only number, "approx." before a code's
/// minutes, a dose written "10 x 3" that could be read as minutes, a "same as previous" paragraph that is the only
/// carrier of a technique, and Yes/No delivery prompts printed without a box, where a circle may have been lost.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 96 of 102 cases agree (100 needed), and 2 of the 67 notes the reviewer passes got a finding, on the analyzer of fbc13a1 (the 2026-12-07 twenty-fourth session after the hundred-and-eighty-second to hundred-and-eighty-fifth sets were worked through, before anything was changed for this set) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code, 8d5b7b5): 100 of 102, 1 false positive.</para>
/// <para>After (the twenty-fifth session, 2026-12-07, final engine code e1617c8): 101 of 102, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredEightyEighthTests(ITestOutputHelper output)
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

        // MGTS Laredo, Priya: "Treatment given on one-to-one basis."; PNF pelvic D1 with rhythmic stabilisation, foam stance with perturbations, stepping over hurdles; Lt ankle proprioception and delayed stepping reaction; Berg and perturbation count; "97112 – 23 mins" matches: passes.
        ["v1-h188-mgts-treatment-given-one-to-one-basis"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Laredo contract clinic
            Therapist: Priya Venkataraman, PT
            Pt c/o: unsteadiness while walking in the cattle pens, 2 falls since October.
            CPT / mins: 97112 – 23 mins
            Treatment given on one-to-one basis.
            Treatment given: PNF pelvic patterns with rhythmic stabilisation in standing, foam stance with perturbations from front and side, stepping over 4 hurdles without looking down.
            Findings: Lt ankle proprioception impaired, delayed stepping reaction to backward pushes.
            Outcome measure: Berg 45/56 (IE 38/56); recovered 6 of 10 perturbations with one step.
            Kindly note pt will bring his own boots next visit.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // MGTS Midland, Chinedu (Nigerian-trained): "Pt was attended to singly by the writer throughout; no other patient was under my care during the session"; half-kneeling rhythmic stabilisation, quadruped with alternate limb lift on the foam, sit-to-stand eyes closed; trunk postural control after a stroke; Trunk Impairment Scale and tandem secs; "97112 – 24 mins" matches: passes.
        ["v1-h188-mgts-attended-to-singly"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Midland contract clinic
            Therapist: Chinedu Okafor, PT
            Pt is a 66 yr old man k/c/o HTN, Rt MCA stroke last year. He is a pump-jack mechanic, wants to go back to his shop.
            Pt was attended to singly by the writer throughout; no other patient was under my care during the session.
            CPT / mins: 97112 – 24 mins
            Treatment given: rhythmic stabilisation in half-kneeling, quadruped with alternate arm and leg lift on the foam, sit-to-stand from the mat with eyes closed.
            Findings: poor trunk postural control, he is leaning to the Lt when vision is removed.
            Outcome measure: Trunk Impairment Scale 14/23; tandem stance 7 secs.
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // PVH Wayne, Ahmed (Egyptian-trained): "Session was one-to-one with the undersigned; pt's wife was present and observed the programme" (family, not a patient); gaze stabilisation X1 and walking head turns in the corridor; Lt vestibular hypofunction; DGI and DVA; heading minutes 22 match: passes.
        ["v1-h188-pvh-one-to-one-wife-observing"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Wayne)
            NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes
            Session was one-to-one with the undersigned; pt's wife was present and observed the programme so she can help with home practice.
            SKILLED INTERVENTION: gaze stabilisation X1 viewing in sitting then standing, walking the hospital corridor with horizontal head turns, standing on foam with eyes closed.
            IMPAIRMENT ADDRESSED: Lt vestibular hypofunction after neuritis, oscillopsia with quick head turns.
            OBJECTIVE: DGI 17/24. Dynamic visual acuity loss 3 lines.
            Ahmed Hassan, PT, DPT
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // APT Baxley, Cristina (PTA, Philippines): "1:1 w/ writer entire NMR, daughter helped w/ shoes only" (family); rocker board, foam marching, lateral pushes at the pelvis; sensory loss in both feet; monofilament and rocker secs; "CPT/Time: 97112 / 22 min" matches: passes.
        ["v1-h188-apt-pta-one-to-one-daughter-shoes"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Baxley)
            Supervising PT: D. Pruitt
            CPT/Time: 97112 / 22 min
            1:1 w/ writer entire NMR, daughter helped w/ shoes only.
            Tx rendered: rocker board A-P and M-L with UE support withdrawn, marching on the foam strip, lateral pushes at the pelvis in tandem stance.
            Goal addressed: decreased sensation and position sense both feet d/t neuropathy, pt cannot feel the ground in the peanut rows.
            Pt response: rocker board M-L 11 secs w/o edge touch; monofilament felt at 4 of 10 sites each foot.
            Ma. Cristina Dela Cruz, PTA
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // PVH Paterson, Joy (Philippines-trained): "Pt was handled one-to-one by writer; rehab aide brought the mirror and foam and left" (staff); PNF D2 with tapping, step-stance weight shift to the paretic side, reactive stepping; Rt hemiparesis with poor motor recruitment; Fugl-Meyer LE and 10MWT; heading minutes 25 match: passes.
        ["v1-h188-pvh-handled-one-to-one-aide-set-up"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Paterson)
            NEUROMUSCULAR RE-EDUCATION (97112): 25 minutes
            Pt was handled one-to-one by writer; rehab aide brought the mirror and the foam and left.
            SKILLED INTERVENTION: PNF D2 flexion/extension of the Rt leg with quick stretch and tapping, step-stance weight shifting onto Rt with mirror feedback, reactive stepping to pulls at the gait belt.
            IMPAIRMENT ADDRESSED: Rt hemiparesis with poor motor recruitment of Rt hip extensors, late Rt step.
            OBJECTIVE: Fugl-Meyer LE 21/34; 10 MWT 0.62 m/s.
            Joy Villanueva, PT
            """,
            ["I69.351"], [PT("97112", 25)], []),

        // MGTS Zanesville, Siobhan (UK-trained): "Seen on her own in the gym, 1:1 physio throughout"; wobble board, tandem walking with head turns, catching on foam; Rt ankle proprioception after a sprain; SLS secs and Y-balance reach; "97112 – 21 mins" matches: passes.
        ["v1-h188-mgts-uk-seen-on-her-own"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Zanesville contract clinic
            Therapist: Siobhan Clarke, PT
            Seen on her own in the gym, 1:1 physio throughout.
            CPT / mins: 97112 – 21 mins
            Treatment given: wobble board A-P and M-L, tandem walking along the line with head turns, single-leg stance on foam catching a ball.
            Findings: Rt ankle proprioception reduced after inversion sprain on the tyre-plant loading dock.
            Outcome measure: SLS Rt 9 secs (Lt 28 secs); Y-balance anterior reach Rt 58 cm, Lt 66 cm.
            """,
            ["S93.401D"], [PT("97112", 21)], []),

        // MGTS Laredo, Priya: "Pt and another pt (hip replacement case) were being managed simultaneously in the gym; writer was supervising both" — another patient in the block: one-on-one missing; techniques, deficit and measure present.
        ["v1-h188-mgts-managed-simultaneously"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Laredo contract clinic
            Therapist: Priya Venkataraman, PT
            CPT / mins: 97112 – 22 mins
            Pt and another pt (hip replacement case) were being managed simultaneously in the gym; writer was supervising both.
            Treatment given: rocker board with eyes closed, step-and-stick onto the foam, lateral perturbations at the shoulders.
            Findings: Rt ankle proprioception reduced, sway increases with eyes closed.
            Outcome measure: rocker board 12 secs; Berg 47/56.
            """,
            ["R26.89"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // APT Jesup, Jerome (PTA): "Pt was not on one-to-one basis today — Mr. Tillman was also doing his exercises on the next mat under my supervision the whole time" — negated: one-on-one missing; the rest is complete.
        ["v1-h188-apt-pta-not-one-to-one-next-mat"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Jesup)
            Supervising PT: D. Pruitt
            CPT/Time: 97112 / 23 min
            Pt was not on one-to-one basis today — Mr. Tillman was also doing his exercises on the next mat under my supervision the whole time.
            Tx rendered: tandem stance in the parallel bars, foam marching, perturbations at the hips, stepping over the cones.
            Goal addressed: impaired postural control and slow ankle strategy, pt falls backward when reaching to the top shelf at the onion shed.
            Pt response: tandem 8 secs; 5 of 10 perturbations w/o grabbing the bar.
            Jerome Bautista, PTA
            """,
            ["R26.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // PVH Wayne, Adaeze (Nigerian-trained): a complete narrative that never says who was with whom: one-on-one missing; techniques (heel-to-shin on the floor grid, finger-to-target, tandem), ataxia, SARA and tandem present.
        ["v1-h188-pvh-narrative-delivery-unstated"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Wayne)
            NEUROMUSCULAR RE-EDUCATION (97112): 24 minutes
            Pt came with his grandson who drives him. He is a 49 yr old man with MS since 2011.
            SKILLED INTERVENTION: heel-to-shin along the floor grid with slow reversals, finger-to-target reaching in standing, tandem walking with a visual target.
            IMPAIRMENT ADDRESSED: Lt limb ataxia with overshooting, he is stumbling on the path to the Great Falls.
            OBJECTIVE: SARA 12/40; tandem walk 6 steps before a side step.
            Adaeze Nwosu, PT
            """,
            ["R27.0", "R26.89"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // MGTS Lima, Mariam (Egyptian-trained): the record's "Mode:" line deleted and nothing saying one-on-one or individual: not stated; weight shifting with tapping, PNF chops and lifts, reactive stepping; Parkinson's retropulsion; pull test and Mini-BESTest present.
        ["v1-h188-mgts-mode-line-deleted"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Lima contract clinic
            Therapist: Mariam Abdelrahman, PT
            Pt c/o: falls backward when opening the fridge door.
            CPT / mins: 97112 – 23 mins
            Treatment given: PNF chops and lifts in standing, backward stepping on cue with a stop, reactive stepping to pulls from behind.
            Findings: retropulsion and slow backward stepping reaction, k/c/o Parkinson's disease.
            Outcome measure: pull test 4 steps to recover; Mini-BESTest 17/28.
            """,
            ["G20.A1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // PVH Paterson, Fatima (OT), a 97530 done with another patient at the kitchen counter (no one-on-one check): meal preparation and carrying with assist levels and counts; Lt hemiparesis; "97530 – 24 minutes" matches: passes.
        ["v1-h188-pvh-ot-97530-with-another-pt"] = new(
            """
            PVH NEURO GYM — OT TREATMENT NOTE (Paterson)
            SELF-CARE / THERAPEUTIC ACTIVITIES (97530): 24 minutes
            Done at the kitchen counter with another pt working beside her.
            SKILLED INTERVENTION: standing at the counter to make tea, carrying a cup from kettle to table, opening the fridge and reaching to the second shelf with the Lt hand.
            IMPAIRMENT ADDRESSED: Lt hemiparesis with weak Lt grasp and poor standing tolerance.
            OBJECTIVE: cup carried 4 times with stand-by assist, no spill; stood through the whole task without leaning.
            Fatima Bello, OTR/L
            """,
            ["I69.352"], [OT("97530", 24)], []),

        // APT Baxley, Rowena (PTA), a 97110 while two other pts rode the bikes (no one-on-one check): step-ups, bridges, clams, leg press with doses; Rt hip and knee weakness after a TKA; "CPT/Time: 97110 / 18 min" matches: passes.
        ["v1-h188-apt-pta-97110-others-on-bikes"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Baxley)
            Supervising PT: D. Pruitt
            CPT/Time: 97110 / 18 min
            Two other pts were on the bikes while pt did his exercise.
            Tx rendered: step-ups on the 6 inch step 3 sets of 10, bridging 3 sets of 15, clams with red band 3 sets of 12, leg press 60 lb 3 sets of 10.
            Goal addressed: Rt quad and hip weakness after Rt TKA, pt wants to climb into his pulpwood truck cab.
            Rowena Macaraeg, PTA
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 18)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // PVH delivery row with One-to-one ticked "[✓] One-to-one [ ] Concurrent [ ] Group"; Cawthorne-style head movements on foam, gaze shifts, walking with head turns; Rt vestibular hypofunction with motion sensitivity; FGA; heading minutes 23 match: passes.
        ["v2-h188-pvh-delivery-one-to-one-ticked"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Wayne)
            NEUROMUSCULAR RE-EDUCATION (97112): 23 minutes
            MODE OF DELIVERY: [✓] One-to-one [ ] Concurrent [ ] Group
            SKILLED INTERVENTION: gaze shifts between two targets, X1 viewing on foam, walking the corridor with pitch and yaw head turns.
            IMPAIRMENT ADDRESSED: Rt vestibular hypofunction, motion sensitivity with head turns, veers Rt.
            OBJECTIVE: FGA 20/30.
            Ahmed Hassan, PT, DPT
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // PVH delivery row with nothing ticked "[ ] One-to-one [ ] Concurrent [ ] Group" and nothing else about delivery: one-on-one missing; the rest complete (PNF, foam perturbations; postural control; Berg).
        ["v2-h188-pvh-delivery-row-unticked"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Paterson)
            NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes
            MODE OF DELIVERY: [ ] One-to-one [ ] Concurrent [ ] Group
            SKILLED INTERVENTION: PNF pelvic patterns in side lying, perturbations on foam in feet-together stance, stepping over the hurdles with a stop.
            IMPAIRMENT ADDRESSED: impaired postural control and delayed ankle strategy after a fall on the bus steps.
            OBJECTIVE: Berg 44/56.
            Joy Villanueva, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // MGTS record "One-to-one (Y/N): Y"; rocker board, foam stance with head turns, perturbations; Lt ankle proprioception; rocker secs and perturbation count; "97112 – 22 mins" matches: passes.
        ["v2-h188-mgts-one-to-one-yn-y"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Midland contract clinic
            Therapist: Chinedu Okafor, PT
            CPT / mins: 97112 – 22 mins
            One-to-one (Y/N): Y
            Treatment given: rocker board in both directions, foam stance with head turns, lateral perturbations at the pelvis.
            Findings: Lt ankle proprioception is reduced, he is rolling the ankle on the caliche yard.
            Outcome measure: rocker board 14 secs w/o touch down; 7 of 10 perturbations without a step.
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // MGTS record "One-to-one (Y/N): ____" left blank and nothing else about delivery: one-on-one missing; the rest complete.
        ["v2-h188-mgts-one-to-one-yn-blank"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Lima contract clinic
            Therapist: Mariam Abdelrahman, PT
            CPT / mins: 97112 – 24 mins
            One-to-one (Y/N): ____
            Treatment given: step-stance weight shifting with tapping over Rt glut med, tandem walk on the line, reactive stepping to pushes.
            Findings: Rt hemiparesis, poor weight acceptance on Rt with a late Rt step.
            Outcome measure: FGA 16/30; step-and-stick 5 of 10.
            """,
            ["I69.351"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // APT "Goal / impairment addressed: ________" left blank and no deficit or system anywhere else: deficit missing; PNF D1/D2 in side lying, half-kneeling rhythmic stabilisation and foam perturbations; Berg; 1:1; minutes match.
        ["v2-h188-apt-impairment-line-blank"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Jesup)
            Supervising PT: D. Pruitt
            CPT/Time: 97112 / 24 min
            1:1 w/ writer for the NMR.
            Tx rendered: PNF D1 and D2 patterns in side lying, rhythmic stabilisation in half kneeling, perturbations while standing on the foam.
            Goal / impairment addressed: ________
            Pt response: Berg 46/56.
            Jerome Bautista, PTA
            """,
            ["R26.89"], [PTA("97112", 24)], [At(Deficit, "97112")]),

        // PVH objective line left "Berg: ____ TUG: ____" and no number in the note but the code and its minutes: measure missing; one-to-one, technique and deficit present.
        ["v2-h188-pvh-objective-blanks"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Wayne)
            NEUROMUSCULAR RE-EDUCATION (97112): 23 minutes
            MODE OF DELIVERY: [✓] One-to-one [ ] Concurrent [ ] Group
            SKILLED INTERVENTION: rhythmic stabilisation in tall kneeling, reactive stepping to pulls at the gait belt, stepping over cones on cue.
            IMPAIRMENT ADDRESSED: impaired postural control and slow stepping reactions after Rt thalamic stroke.
            OBJECTIVE: Berg: ____ TUG: ____
            Adaeze Nwosu, PT
            """,
            ["I69.398"], [PT("97112", 23)], [At(Measure, "97112")]),

        // APT 97116 with "Distance: ____ Assist: ____" left blank and no number but the code and minutes: measure missing on the gait line; rollator gait with cues for heel strike and step length (technique), shuffling short steps in Parkinson's (deficit).
        ["v2-h188-apt-pta-97116-distance-assist-blank"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Baxley)
            Supervising PT: D. Pruitt
            CPT/Time: 97116 / 21 min
            Tx rendered: gait training w/ rollator in the hallway and out to the parking lot, cues for heel strike and longer steps, turning in a wide arc.
            Goal addressed: short shuffling steps and festination w/ Parkinson's, freezes at the clinic door.
            Distance: ____ Assist: ____
            Ma. Cristina Dela Cruz, PTA
            """,
            ["G20.A1"], [PTA("97116", 21)], [At(Measure, "97116")]),

        // MGTS "Mode: (X) one to one ( ) concurrent ( ) group"; a habituation programme (rolling, sit to side-lying, head nods on foam); motion-provoked dizziness and postural control; mCTSIB foam secs; "97112 – 22 mins" matches: passes.
        ["v2-h188-mgts-mode-x-one-to-one"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Zanesville contract clinic
            Therapist: Siobhan Clarke, PT
            CPT / mins: 97112 – 22 mins
            Mode: (X) one to one ( ) concurrent ( ) group
            Treatment given: habituation programme — rolling Lt and Rt on the plinth, sit to side-lying, head nods and turns standing on foam.
            Findings: motion-provoked dizziness and reduced postural control with head movement.
            Outcome measure: mCTSIB foam eyes closed 14 secs (6 secs last fortnight).
            """,
            ["H81.399"], [PT("97112", 22)], []),

        // PVH delivery boxes left blank but "(see narrative)" and the narrative says "Writer treated pt one-to-one throughout the NMR block": the blank states nothing, the narrative states it; technique, deficit and measure present: passes.
        ["v2-h188-pvh-boxes-blank-narrative-states-it"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Paterson)
            NEUROMUSCULAR RE-EDUCATION (97112): 24 minutes
            MODE OF DELIVERY: [ ] One-to-one [ ] Concurrent [ ] Group (see narrative)
            Narrative: Writer treated pt one-to-one throughout the NMR block. Pt was made to do weight shifting on the balance board, tandem stance with perturbations, and stepping onto the foam with a stick landing.
            IMPAIRMENT ADDRESSED: Rt knee and ankle proprioception after the fall from the bus step.
            OBJECTIVE: balance board 10 secs without edge touch; step-and-stick 6 of 10.
            Rajesh Pillai, PTA
            """,
            ["S83.91XD"], [PTA("97112", 24)], []),

        // APT impairment line left blank but the "Pt response" line states the deficit ("pt is having decreased position sense Rt ankle"); 1:1, foam and rocker work, perturbations, SLS secs; minutes match: passes.
        ["v2-h188-apt-impairment-blank-stated-below"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Jesup)
            Supervising PT: D. Pruitt
            CPT/Time: 97112 / 22 min
            1:1 w/ writer.
            Tx rendered: rocker board eyes closed, foam stance w/ ball toss, perturbations at the shoulders.
            Goal addressed: ________
            Pt response: pt is having decreased position sense Rt ankle, sways more w/ eyes closed. SLS Rt 7 secs, Lt 19 secs.
            Rowena Macaraeg, PTA
            """,
            ["S93.401D"], [PTA("97112", 22)], []),

        // MGTS unrelated "HEP given: ____" and "Next visit: ____" left blank on a complete two-code note, each code with its minutes: passes.
        ["v2-h188-mgts-unrelated-fields-blank"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Laredo contract clinic
            Therapist: Priya Venkataraman, PT
            CPT / mins: 97112 – 22 mins; 97110 – 14 mins
            Treatment given on one-to-one basis.
            97112: PNF D2 patterns for Lt leg with approximation, foam stance with perturbations. Lt hip and ankle motor control poor after the stroke. Berg 42/56.
            97110: sit-to-stand 3 sets of 10, bridging 3 sets of 12, Lt hip abduction in side lying with 2 lb cuff 3 sets of 10. Lt hip abductor weakness.
            HEP given: ____
            Next visit: ____
            """,
            ["I69.354"], [PT("97112", 22), PT("97110", 14)], []),

        // PVH PTA "1:1 — [ ] Yes [ ] No" with neither box ticked and nothing else about delivery: one-on-one missing; the rest complete.
        ["v2-h188-pvh-pta-yes-no-boxes-unticked"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Wayne)
            NEUROMUSCULAR RE-EDUCATION (97112): 23 minutes
            1:1 — [ ] Yes [ ] No
            SKILLED INTERVENTION: quadruped rhythmic stabilisation, kneeling to half-kneeling transitions, perturbations in sitting on the physio ball.
            IMPAIRMENT ADDRESSED: trunk ataxia, poor trunk postural control in sitting and kneeling.
            OBJECTIVE: Trunk Impairment Scale 12/23; sitting on the ball 20 secs feet lifted.
            Rajesh Pillai, PTA
            """,
            ["R27.0"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // MGTS Midland, Chinedu: "Frenkel's exercises" on a floor grid in sitting and standing, with heel-to-shin; ataxia after a cerebellar stroke; tandem secs and Berg; one-to-one; "97112 – 23 mins" matches: passes.
        ["v3-h188-mgts-frenkels-exercises"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Midland contract clinic
            Therapist: Chinedu Okafor, PT
            CPT / mins: 97112 – 23 mins
            Mode: one-to-one, writer and pt only.
            Treatment given: Frenkel's exercises — in sitting placing the heel on the marked squares, in standing stepping to the floor grid on count, heel-to-shin with slow reversals.
            Findings: Rt lower limb ataxia and dysmetria after cerebellar stroke, he is overshooting when stepping off the kerb.
            Outcome measure: tandem stance 6 secs; Berg 43/56.
            """,
            ["I69.393", "R27.0"], [PT("97112", 23)], []),

        // PVH Wayne, Ahmed: "Cawthorne-Cooksey progression — eye movements, then head movements, then in standing and walking" with a ball thrown hand to hand; bilateral vestibular loss; DGI; one-to-one ticked; heading minutes 24 match: passes.
        ["v3-h188-pvh-cawthorne-cooksey"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Wayne)
            NEUROMUSCULAR RE-EDUCATION (97112): 24 minutes
            MODE OF DELIVERY: [✓] One-to-one [ ] Concurrent [ ] Group
            SKILLED INTERVENTION: Cawthorne-Cooksey progression — eye movements up-down and side to side, then head movements eyes open and closed, then sit to stand and walking across the gym throwing a ball hand to hand.
            IMPAIRMENT ADDRESSED: bilateral vestibular hypofunction after gentamicin, unsteady in the dark.
            OBJECTIVE: DGI 15/24.
            Ahmed Hassan, PT, DPT
            """,
            ["H81.93"], [PT("97112", 24)], []),

        // PVH Paterson, Joy: "Brunnstrom approach — working out of the flexor synergy" with weight bearing through the paretic arm and tapping; Lt hemiparesis with poor isolated movement; Fugl-Meyer UE number carries the measure; one-to-one stated; heading 22 matches: passes.
        ["v3-h188-pvh-brunnstrom-out-of-synergy"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Paterson)
            NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes
            Pt was treated one-to-one by writer.
            SKILLED INTERVENTION: Brunnstrom approach — working out of the flexor synergy with reaching forward and out to the side, weight bearing through the Lt hand on the plinth with tapping over triceps, isolated elbow extension with resistance.
            IMPAIRMENT ADDRESSED: Lt hemiparesis, arm locked in flexor synergy, poor isolated motor control of the Lt elbow.
            OBJECTIVE: Fugl-Meyer UE 28/66 (24/66 at IE).
            Joy Villanueva, PT
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // MGTS Lima, Mariam: "Kabat's PNF — rhythmic initiation then combination of isotonics, D1 flexion of the Rt leg" with approximation in standing; Rt leg motor recruitment after a stroke; 10MWT and step count; one-to-one; "97112 – 25 mins" matches: passes.
        ["v3-h188-mgts-kabat-pnf"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Lima contract clinic
            Therapist: Mariam Abdelrahman, PT
            CPT / mins: 97112 – 25 mins
            Mode: one-to-one
            Treatment given: Kabat's PNF — rhythmic initiation then combination of isotonics in D1 flexion of the Rt leg, approximation through the pelvis in step standing.
            Findings: poor motor recruitment of Rt hip flexors and dorsiflexors, toe catching in swing.
            Outcome measure: 10 MWT 0.55 m/s; 8 of 10 steps clearing the mat edge.
            """,
            ["I69.351"], [PT("97112", 25)], []),

        // APT PTA Otago exercise programme by name with its doses (knee extension with ankle weight, sit-to-stand, calf raises, tandem walk in the bars); hip and ankle weakness and a fall at church; 97110 minutes match: passes.
        ["v3-h188-apt-pta-otago-97110"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Baxley)
            Supervising PT: D. Pruitt
            CPT/Time: 97110 / 17 min
            Tx rendered: Otago exercise programme level B — seated knee extension w/ 3 lb ankle weight 2 sets of 10 each leg, sit-to-stand without hands 2 sets of 10, heel raises holding the counter 2 sets of 15, tandem walk in the bars 4 lengths.
            Goal addressed: weak hip and ankle muscles, pt fell coming down from the choir loft last month.
            Rowena Macaraeg, PTA
            """,
            ["M62.81", "Z91.81"], [PTA("97110", 17)], []),

        // MGTS Laredo, Priya: Mulligan mobilisation with movement for ankle dorsiflexion in lunge, with the belt, 3 sets of 10; Lt ankle DF restriction after a sprain; degrees and knee-to-wall cm; "97140 – 12 mins" matches: passes.
        ["v3-h188-mgts-mulligan-mwm-97140"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Laredo contract clinic
            Therapist: Priya Venkataraman, PT
            CPT / mins: 97140 – 12 mins
            Treatment given: Mulligan MWM for Lt ankle dorsiflexion in weight-bearing lunge with belt, 3 sets of 10; talocrural posterior glides grade III.
            Findings: Lt ankle DF restricted, pt cannot squat to check the water trough.
            Outcome measure: knee-to-wall Lt 6 cm to 10 cm after; DF 4 to 9 degrees.
            """,
            ["S93.402D"], [PT("97140", 12)], []),

        // MGTS Zanesville, Siobhan: Cyriax deep transverse frictions to the common extensor origin and Mill's manipulation; Rt lateral elbow tendinopathy; pain-free grip in kg; "97140 – 10 mins" matches: passes.
        ["v3-h188-mgts-uk-cyriax-frictions-97140"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Zanesville contract clinic
            Therapist: Siobhan Clarke, PT
            CPT / mins: 97140 – 10 mins
            Treatment given: Cyriax deep transverse frictions to the Rt common extensor origin, followed by one Mill's manipulation.
            Findings: Rt lateral elbow tendinopathy, pain on gripping the bell rope at church.
            Outcome measure: pain-free grip Rt 18 kg before, 24 kg after.
            Kindly continue eccentric wrist extension at home bd.
            """,
            ["M77.11"], [PT("97140", 10)], []),

        // APT PTA "Williams flexion exercises done as per handout, all positions as tolerated" — the technique and the deficit named, no dose and no number but the code and its minutes: measure missing on 97110.
        ["v3-h188-apt-pta-williams-flexion-no-dose"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Jesup)
            Supervising PT: D. Pruitt
            CPT/Time: 97110 / 16 min
            Tx rendered: Williams flexion exercises done as per handout, pt was made to do all the positions as tolerated.
            Goal addressed: low back stiffness and tight hamstrings, pt cannot bend to pick up pecans.
            Pt response: pt tolerated well.
            Jerome Bautista, PTA
            """,
            ["M54.50"], [PTA("97110", 16)], [At(Measure, "97110")]),

        // PVH Paterson, Adaeze: Rood's facilitation (quick icing and fast brushing over the Rt triceps and wrist extensors, joint approximation prone on elbows); Rt arm flaccid with poor motor recruitment; one-to-one; no number in the note but the code and its minutes: measure missing.
        ["v3-h188-pvh-rood-facilitation-no-number"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Paterson)
            NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes
            MODE OF DELIVERY: [✓] One-to-one [ ] Concurrent [ ] Group
            SKILLED INTERVENTION: Rood's approach — quick icing and fast brushing over the Rt triceps and wrist extensors, joint approximation through the Rt shoulder in prone on elbows, then weight bearing on the Rt hand in sitting.
            IMPAIRMENT ADDRESSED: Rt arm flaccid after the stroke, poor motor recruitment in triceps and wrist extensors.
            OBJECTIVE: flicker of contraction in triceps now, none in wrist extensors yet.
            Adaeze Nwosu, PT
            """,
            ["I69.331"], [PT("97112", 22)], [At(Measure, "97112")]),

        // MGTS Zanesville, Siobhan: Freeman's wobble-board programme, foam single-leg stance with catching, one-to-one, SLS and wobble-board secs, but "Findings: nil new" and no deficit or system anywhere: deficit missing.
        ["v3-h188-mgts-uk-freeman-wobble-board-nil-new"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Zanesville contract clinic
            Therapist: Siobhan Clarke, PT
            CPT / mins: 97112 – 20 mins
            Mode: (X) one to one ( ) concurrent ( ) group
            Treatment given: Freeman's wobble-board programme, forwards-backwards then side to side, single-leg stance on foam catching a ball.
            Findings: nil new.
            Outcome measure: wobble board 15 secs without edge touch; SLS on foam 11 secs.
            """,
            ["S93.401D"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes with none

        // MGTS Laredo, Priya: "Pt is having complaints of giddiness on turning head to Rt; on examination gaze is not steady with head turns and pt sways on foam" (vestibular deficit as a finding); X1 viewing and walking head turns; DGI; one-to-one basis; minutes match: passes.
        ["v4-h188-mgts-giddiness-on-turning-head"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Laredo contract clinic
            Therapist: Priya Venkataraman, PT
            CPT / mins: 97112 – 22 mins
            Treatment given on one-to-one basis.
            Pt c/o: pt is having complaints of giddiness on turning head to Rt, since 6 weeks.
            Findings: on examination gaze is not steady with quick head turns to Rt, pt sways on foam with eyes closed — Rt vestibular hypofunction as per IE.
            Treatment given: gaze stabilisation X1 with the letter card, walking in the hallway with head turns, foam stance eyes closed.
            Outcome measure: DGI 18/24 (14/24 on IE).
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // PVH Wayne, Joy: "Rt knee is snapping back in mid-stance (recurvatum), quads firing late" (motor timing deficit); tapping over quads in step stance, small-range knee control on the step, PNF; Fugl-Meyer LE and observation count; one-to-one ticked; heading 23 matches: passes.
        ["v4-h188-pvh-knee-snapping-back"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Wayne)
            NEUROMUSCULAR RE-EDUCATION (97112): 23 minutes
            MODE OF DELIVERY: [✓] One-to-one [ ] Concurrent [ ] Group
            SKILLED INTERVENTION: step standing with tapping over Rt quads, small-range knee flexion control stepping onto the 10 cm step, PNF combination of isotonics for Rt knee.
            IMPAIRMENT ADDRESSED: Rt knee is snapping back in mid-stance (recurvatum), quads firing late — impaired motor timing after the stroke.
            OBJECTIVE: Fugl-Meyer LE 22/34; knee stayed soft in 7 of 10 steps on the mat.
            Joy Villanueva, PT
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // APT PTA: "pt says both feet feel like walking on cotton" with monofilament absent at most sites (somatosensory deficit), rocker board and foam work with eyes closed; rocker secs; 1:1; minutes match: passes.
        ["v4-h188-apt-pta-feet-like-cotton"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Baxley)
            Supervising PT: D. Pruitt
            CPT/Time: 97112 / 23 min
            1:1 w/ writer whole session.
            Tx rendered: rocker board w/ eyes open then closed, standing on foam w/ head turns, stepping over a garden hose on the floor.
            Goal addressed: pt says both feet feel like walking on cotton; monofilament absent at 7 of 10 sites B/L — somatosensory loss d/t DM neuropathy.
            Pt response: rocker board eyes closed 8 secs; 4 of 5 hose step-overs without looking down.
            Ma. Cristina Dela Cruz, PTA
            """,
            ["E11.42"], [PTA("97112", 23)], []),

        // MGTS Zanesville, Siobhan: "catches her Lt toe on the kerb; dorsiflexors switching on late" (motor timing), heel-strike drills with tapping, stepping over the stick; 10 m walk speed and a toe-catch count; 1:1 physio; minutes match: passes.
        ["v4-h188-mgts-uk-catches-toe-on-kerb"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Zanesville contract clinic
            Therapist: Siobhan Clarke, PT
            CPT / mins: 97112 – 23 mins
            1:1 physio throughout, no one else in the gym.
            Treatment given: tapping over Lt tibialis anterior during heel-strike drills, stepping over a stick laid on the floor, walking with a metronome at a quicker cadence.
            Findings: catches her Lt toe on the kerb outside church; Lt dorsiflexors switching on late in swing after the MS relapse.
            Outcome measure: 10 m walk 0.84 m/s; toe caught 2 times in 20 metres (5 times last week).
            """,
            ["M21.372", "R26.89"], [PT("97112", 23)], []),

        // PVH Paterson, Ahmed: pushes towards the hemiplegic side with the strong arm (pusher behaviour) — postural control deficit; mirror midline training, reaching to the non-paretic side, sit-to-stand with a visual vertical; Scale for Contraversive Pushing; one-to-one; heading minutes match: passes.
        ["v4-h188-pvh-pushing-to-the-weak-side"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Paterson)
            NEUROMUSCULAR RE-EDUCATION (97112): 24 minutes
            Pt was treated one-to-one by the undersigned.
            SKILLED INTERVENTION: midline training in front of the mirror with the door frame as a visual vertical, reaching to the Rt side in sitting, sit-to-stand with weight kept over the Rt foot.
            IMPAIRMENT ADDRESSED: pushes towards the Lt hemiplegic side with the strong Rt arm, poor perception of upright — contraversive pushing with impaired postural control.
            OBJECTIVE: Scale for Contraversive Pushing 3.5/6 (5/6 at IE).
            Ahmed Hassan, PT, DPT
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // PVH Wayne, Adaeze: "dysmetria Lt hand and intention tremor on finger-nose" (ataxia); weighted reaching, finger-to-target with slowing, stacking cones in standing; 9-hole peg secs and cone count; one-to-one ticked; heading 22 matches: passes.
        ["v4-h188-pvh-dysmetria-finger-nose"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Wayne)
            NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes
            MODE OF DELIVERY: [✓] One-to-one [ ] Concurrent [ ] Group
            SKILLED INTERVENTION: finger-to-target reaching with slowing at the end, reaching with a 1 lb wrist weight, stacking cones in standing with the Lt hand.
            IMPAIRMENT ADDRESSED: dysmetria Lt hand and intention tremor on finger-nose, overshooting targets.
            OBJECTIVE: 9-hole peg Lt 52 secs; 6 cones stacked before a topple.
            Adaeze Nwosu, PT
            """,
            ["R27.0", "G25.2"], [PT("97112", 22)], []),

        // APT PTA: "she is losing balance backwards going up the choir-loft steps, ankle and hip strategy delayed" (postural control), backward perturbations, step-ups with a stop, heel-toe rocking; Berg; 1:1; minutes match: passes.
        ["v4-h188-apt-pta-choir-loft-steps"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Jesup)
            Supervising PT: D. Pruitt
            CPT/Time: 97112 / 22 min
            1:1 w/ writer.
            Tx rendered: backward perturbations at the pelvis, step-ups to the 6 inch step w/ a stop on top, heel-toe rocking in the corner.
            Goal addressed: she is losing balance backwards going up the choir-loft steps, ankle and hip strategy delayed.
            Pt response: Berg 45/56; recovered 6 of 10 backward pushes w/o a step.
            Rowena Macaraeg, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // APT PTA "Findings: NAD" and no deficit or system anywhere: deficit missing; PNF, foam perturbations and tandem; Berg; 1:1; minutes match.
        ["v4-h188-apt-pta-findings-nad"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Baxley)
            Supervising PT: D. Pruitt
            CPT/Time: 97112 / 23 min
            1:1 w/ writer.
            Tx rendered: PNF D2 patterns in standing, perturbations on the foam pad, tandem walking along the tape line.
            Findings: NAD.
            Pt response: Berg 48/56.
            Jerome Bautista, PTA
            """,
            ["R26.89"], [PTA("97112", 23)], [At(Deficit, "97112")]),

        // MGTS Midland, Chinedu: "Findings: same as previous note" (refers elsewhere, states nothing) and no deficit anywhere: deficit missing; rocker board, step-and-stick, perturbations; secs and counts; attended singly; minutes match.
        ["v4-h188-mgts-findings-same-as-previous"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Midland contract clinic
            Therapist: Chinedu Okafor, PT
            CPT / mins: 97112 – 22 mins
            Pt was attended to singly by the writer.
            Treatment given: rocker board A-P, step-and-stick onto the foam, lateral perturbations in tandem stance.
            Findings: same as previous note.
            Outcome measure: rocker board 13 secs; step-and-stick 7 of 10.
            """,
            ["R26.89"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // MGTS Lima, Mariam: "Problem: as per POC" and no deficit anywhere: deficit missing; PNF chops and lifts, reactive stepping, foam marching; Mini-BESTest; one-to-one; minutes match.
        ["v4-h188-mgts-problem-as-per-poc"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Lima contract clinic
            Therapist: Mariam Abdelrahman, PT
            CPT / mins: 97112 – 24 mins
            Mode: one-to-one
            Treatment given: PNF chops and lifts in half kneeling, reactive stepping forward and back on cue, marching on foam.
            Problem: as per POC.
            Outcome measure: Mini-BESTest 19/28.
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // MGTS Midland, Chinedu: "Berg Balance Scale – 41/56 (IE – 34/56)" with dashes; PNF pelvic patterns, foam perturbations, hurdle stepping; postural control after a fall; attended singly; minutes match: passes.
        ["v5-h188-mgts-berg-with-dashes"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Midland contract clinic
            Therapist: Chinedu Okafor, PT
            CPT / mins: 97112 – 23 mins
            Pt was attended to singly by the writer, no other pt in the room.
            Treatment given: PNF pelvic patterns in standing, perturbations on the foam in semi-tandem, stepping over hurdles with a stop on the whistle.
            Findings: impaired postural control, slow stepping reaction to the Lt.
            Outcome measure: Berg Balance Scale – 41/56 (IE – 34/56).
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // PVH Wayne, Ahmed: the four mCTSIB conditions in secs "30 s / 30 s / 18 s / 7 s"; foam and dome work with eyes closed, head turns; somatosensory and vestibular reliance; one-to-one; heading 24 matches: passes.
        ["v5-h188-pvh-mctsib-four-conditions"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Wayne)
            NEUROMUSCULAR RE-EDUCATION (97112): 24 minutes
            MODE OF DELIVERY: [✓] One-to-one [ ] Concurrent [ ] Group
            SKILLED INTERVENTION: foam stance with eyes closed, standing on the dome with head turns, sensory reweighting drills changing surface and vision every trial.
            IMPAIRMENT ADDRESSED: poor use of vestibular input when somatosensory cues are reduced, sways and steps on foam with eyes closed.
            OBJECTIVE: mCTSIB — firm EO 30 s, firm EC 30 s, foam EO 18 s, foam EC 7 s.
            Ahmed Hassan, PT, DPT
            """,
            ["R26.89"], [PT("97112", 24)], []),

        // APT PTA "TUG – 16 secs with cane"; weight shifting, step-and-stick, tandem in the bars; postural control after a fall from the deer stand ladder; 1:1; minutes match: passes.
        ["v5-h188-apt-pta-tug-secs-with-cane"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Jesup)
            Supervising PT: D. Pruitt
            CPT/Time: 97112 / 22 min
            1:1 w/ writer.
            Tx rendered: weight shifting onto the Lt in step stance, step-and-stick onto foam, tandem stance in the bars w/ head turns.
            Goal addressed: impaired postural control and Lt ankle proprioception since the fall from the deer stand ladder.
            Pt response: TUG – 16 secs with cane (19 secs last week).
            Jerome Bautista, PTA
            """,
            ["S82.892D"], [PTA("97112", 22)], []),

        // MGTS Zanesville, Siobhan, a 97116: "10 m walk 0.78 m/s", "200 metres with stick, supervision", kerb practice and heel-strike cues; short Rt step and foot slap; "Gait re-education (97116) 20 minutes" matches: passes.
        ["v5-h188-mgts-uk-metres-and-stick-97116"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Zanesville contract clinic
            Therapist: Siobhan Clarke, PT
            Gait re-education (97116) 20 minutes
            Treatment given: gait re-education with stick in the corridor and car park, up and down the kerb, cues for Rt heel strike and equal step length.
            Findings: short Lt step, Rt foot slapping after peroneal nerve palsy.
            Outcome measure: 10 m walk 0.78 m/s; 200 metres with stick, supervision; kerb with stick, no hand hold.
            """,
            ["G57.31"], [PT("97116", 20)], []),

        // PVH PTA 97110 with the Oxford scale "Lt hip abductors 3/5" beside doses; side-lying abduction, bridges, monster walks; Lt hip abductor weakness; "THERAPEUTIC EXERCISE (97110): 15 minutes" matches: passes.
        ["v5-h188-pvh-pta-oxford-scale-97110"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Paterson)
            THERAPEUTIC EXERCISE (97110): 15 minutes
            SKILLED INTERVENTION: side-lying Lt hip abduction with 2 lb cuff 3 sets of 10, bridging 3 sets of 12, monster walks with yellow band 4 lengths of the gym.
            IMPAIRMENT ADDRESSED: Lt hip abductor weakness, Trendelenburg on Lt.
            OBJECTIVE: Oxford scale Lt hip abductors 3/5, Rt 5/5.
            Rajesh Pillai, PTA
            """,
            ["M62.81", "R26.89"], [PTA("97110", 15)], []),

        // APT PTA 97110 doses in words "3 sets of 10 reps with 2 lb cuff"; SAQ, heel slides, standing hamstring curls; Rt knee weakness after a TKA; minutes match: passes.
        ["v5-h188-apt-pta-sets-of-reps-in-words-97110"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Baxley)
            Supervising PT: D. Pruitt
            CPT/Time: 97110 / 19 min
            Tx rendered: SAQ 3 sets of 10 reps with 2 lb cuff, heel slides 2 sets of 15 reps, standing hamstring curls 3 sets of 10 reps, calf raises 2 sets of 20 reps.
            Goal addressed: Rt knee weakness and stiffness after Rt TKA, pt wants to get back on the tractor.
            Pt response: knee flexion 104 degrees today.
            Ma. Cristina Dela Cruz, PTA
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 19)], []),

        // MGTS Lima, Mariam: functional reach in cm "FRT 19 cm (IE 12 cm)"; reaching on foam, perturbations, tandem with head turns; postural control in Parkinson's; one-to-one; minutes match: passes.
        ["v5-h188-mgts-functional-reach-cm"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Lima contract clinic
            Therapist: Mariam Abdelrahman, PT
            CPT / mins: 97112 – 22 mins
            Mode: one-to-one
            Treatment given: reaching forward and sideways standing on foam, perturbations at the shoulders, tandem stance with head turns.
            Findings: reduced limits of stability and postural control, k/c/o Parkinson's disease since 4 yrs.
            Outcome measure: FRT 19 cm (IE 12 cm).
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // PVH OT 97530: Box and Block count and grocery task with assist level; Lt hand coordination after a stroke; "97530 – 23 minutes" matches: passes.
        ["v5-h188-pvh-ot-box-and-block-97530"] = new(
            """
            PVH NEURO GYM — OT TREATMENT NOTE (Wayne)
            SELF-CARE / THERAPEUTIC ACTIVITIES (97530): 23 minutes
            SKILLED INTERVENTION: unpacking a grocery bag onto the shelves with the Lt hand, folding towels standing at the table, sorting coins into a purse.
            IMPAIRMENT ADDRESSED: Lt hand coordination and grasp release after the stroke, drops cans.
            OBJECTIVE: Box and Block Lt 24 blocks (Rt 51); grocery bag unpacked with supervision, 1 can dropped.
            Fatima Bello, OTR/L
            """,
            ["I69.354"], [OT("97530", 23)], []),

        // MGTS Laredo, Priya: "Pt is better than previous session, balance improved" and no number but the code and its minutes: measure missing; one-to-one basis, technique and deficit present.
        ["v5-h188-mgts-better-than-previous-session"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Laredo contract clinic
            Therapist: Priya Venkataraman, PT
            CPT / mins: 97112 – 23 mins
            Treatment given on one-to-one basis.
            Treatment given: rocker board with eyes closed, perturbations in tandem stance, stepping over cones on cue.
            Findings: Rt ankle proprioception impaired, sway increases with eyes closed.
            Outcome measure: pt is better than previous session, balance improved.
            """,
            ["R26.89"], [PT("97112", 23)], [At(Measure, "97112")]),

        // APT PTA "Berg to be done next visit as pt came late from the onion shed" and no number but the code and its minutes: measure missing; 1:1, technique and deficit present.
        ["v5-h188-apt-pta-berg-next-visit"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Baxley)
            Supervising PT: D. Pruitt
            CPT/Time: 97112 / 22 min
            1:1 w/ writer.
            Tx rendered: foam stance w/ head turns, lateral perturbations at the pelvis, step-and-stick onto the foam.
            Goal addressed: impaired postural control and delayed stepping reaction to the Rt.
            Pt response: Berg to be done next visit as pt came late from the onion shed.
            Rowena Macaraeg, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // PVH "TUG deferred, pt c/o fatigue" and no number but the code and its minutes: measure missing; one-to-one, technique and deficit present.
        ["v5-h188-pvh-tug-deferred-fatigue"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Paterson)
            NEUROMUSCULAR RE-EDUCATION (97112): 24 minutes
            Pt was treated one-to-one by writer.
            SKILLED INTERVENTION: PNF rhythmic stabilisation in sitting on the ball, reactive stepping to pulls at the belt, tandem walking along the wall.
            IMPAIRMENT ADDRESSED: trunk postural control and delayed protective stepping, MS fatigue.
            OBJECTIVE: TUG deferred, pt c/o fatigue today.
            Joy Villanueva, PT
            """,
            ["R26.89"], [PT("97112", 24)], [At(Measure, "97112")]),

        // MGTS Lima, Mariam, a 97110 "Pt was made to do quads, SLR, bridging and clams as tolerated" — exercises and deficit named, no dose and no number but the code and its minutes: measure missing on 97110.
        ["v5-h188-mgts-97110-as-tolerated-no-dose"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Lima contract clinic
            Therapist: Mariam Abdelrahman, PT
            CPT / mins: 97110 – 16 mins
            Treatment given: pt was made to do static quads, SLR, bridging and clams as tolerated.
            Findings: Lt quadriceps and hip abductor weakness after Lt TKR.
            Kindly continue same programme at home.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 16)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // MGTS Laredo two codes on the record's line "97112 – 23 mins; 97110 – 15 mins", both match; one-to-one basis; foam perturbations and PNF with Berg; step-ups and bridges with doses; postural control and hip weakness: passes.
        ["v6-h188-mgts-two-codes-mins"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Laredo contract clinic
            Therapist: Priya Venkataraman, PT
            CPT / mins: 97112 – 23 mins; 97110 – 15 mins
            Treatment given on one-to-one basis.
            97112: perturbations on the foam in feet-together stance, PNF pelvic patterns in standing, stepping over hurdles. Impaired postural control after the fall in the cattle pens. Berg 46/56.
            97110: step-ups on the 15 cm step 3 sets of 10, bridging 3 sets of 12, standing hip abduction with red band 3 sets of 10. Bilateral hip abductor weakness.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // PVH clock range on the code's own line "97112: 14:05 to 14:28" (23 min), matches; one-to-one ticked; X1 viewing, corridor head turns; vestibular hypofunction; DGI: passes.
        ["v6-h188-pvh-clock-range-on-code-line"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Wayne)
            97112: 14:05 to 14:28
            MODE OF DELIVERY: [✓] One-to-one [ ] Concurrent [ ] Group
            SKILLED INTERVENTION: X1 viewing against the busy poster, corridor walking with head turns and sudden stops, feet-together on foam with eyes closed.
            IMPAIRMENT ADDRESSED: Rt vestibular hypofunction, veers Rt with head turns.
            OBJECTIVE: DGI 19/24.
            Ahmed Hassan, PT, DPT
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // APT PTA minute boxes "97116 [ 20 ] min | 97110 [ 12 ] min", both match; walker gait on the hall and the ramp with distance and CGA; bridges and marches with doses; Lt hip weakness after a fracture: passes.
        ["v6-h188-apt-pta-minute-boxes"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Jesup)
            Supervising PT: D. Pruitt
            CPT/Time: 97116 [ 20 ] min | 97110 [ 12 ] min
            Tx rendered: 97116 — gait training w/ rolling walker in the hall and up the front ramp, cues for Lt heel strike and upright trunk, 180 ft x 2 CGA. 97110 — bridging 3 sets of 10, seated marching 3 sets of 15, Lt hip abduction in supine 3 sets of 10.
            Goal addressed: Lt hip weakness and short Lt step after Lt hip fracture.
            Jerome Bautista, PTA
            """,
            ["S72.002D"], [PTA("97116", 20), PTA("97110", 12)], []),

        // PVH heading "NEUROMUSCULAR RE-EDUCATION 97112 — 25 minutes" (code and minutes in the heading), matches; one-to-one by the undersigned; PNF, perturbations, step-and-stick; Rt motor recruitment; Fugl-Meyer and step count: passes.
        ["v6-h188-pvh-heading-with-minutes"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Paterson)
            NEUROMUSCULAR RE-EDUCATION 97112 — 25 minutes
            Pt was treated one-to-one by the undersigned.
            SKILLED INTERVENTION: PNF D1 flexion of the Rt leg with quick stretch, perturbations in step stance, step-and-stick onto the foam with Rt leading.
            IMPAIRMENT ADDRESSED: poor motor recruitment of Rt hip flexors and extensors after the stroke.
            OBJECTIVE: Fugl-Meyer LE 24/34; step-and-stick 6 of 10.
            Joy Villanueva, PT
            """,
            ["I69.351"], [PT("97112", 25)], []),

        // MGTS Zanesville, Siobhan, UK style "Gait re-education (97116): 18 minutes" and "Exercise programme (97110): 12 minutes", both match; stick gait and kerb with distance; sit-to-stand and step-ups with doses; Rt knee OA weakness: passes.
        ["v6-h188-mgts-uk-two-codes-in-brackets"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Zanesville contract clinic
            Therapist: Siobhan Clarke, PT
            Gait re-education (97116): 18 minutes — with stick in the corridor and car park, up and down the kerb, cues for Rt knee extension at heel strike; 150 metres with stick, independent.
            Exercise programme (97110): 12 minutes — sit-to-stand 3 sets of 10, step-ups 20 cm 3 sets of 8, inner-range quads over a towel roll 3 sets of 10.
            Findings: Rt knee OA, quads weak, stiff-knee gait.
            HEP: quads and sit-to-stand tds.
            """,
            ["M17.11"], [PT("97116", 18), PT("97110", 12)], []),

        // PVH a PT's 97112 and an OT's 97530 on one visit, "NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes" and "SELF-CARE / THERAPEUTIC ACTIVITIES (97530): 23 minutes", both match; each section complete: passes.
        ["v6-h188-pvh-pt-and-ot-each-with-minutes"] = new(
            """
            PVH NEURO GYM — CO-SIGNED PT / OT NOTE (Wayne)
            NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes
            Pt was handled one-to-one by writer (A. Nwosu, PT). SKILLED INTERVENTION: weight shifting onto the Lt with tapping, foam stance with perturbations, stepping over cones. IMPAIRMENT ADDRESSED: Lt hemiparesis, poor Lt weight acceptance. OBJECTIVE: Berg 40/56.
            SELF-CARE / THERAPEUTIC ACTIVITIES (97530): 23 minutes
            (F. Bello, OTR/L) SKILLED INTERVENTION: tub bench transfer, toilet transfer with the grab bar, pulling up trousers in standing. IMPAIRMENT ADDRESSED: Lt hemiparesis, poor standing balance for clothing management. OBJECTIVE: tub bench transfer 3 times minimal assist, toilet transfer 4 times CGA.
            """,
            ["I69.354"], [PT("97112", 22), OT("97530", 23)], []),

        // APT PTA three codes "97112 / 12 min, 97116 / 18 min, 97110 / 10 min", all match; 1:1; foam perturbations with SLS; cane gait with distance; calf raises and step-ups with doses; ankle proprioception and weakness after a fracture: passes.
        ["v6-h188-apt-pta-three-codes"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Baxley)
            Supervising PT: D. Pruitt
            CPT/Time: 97112 / 12 min, 97116 / 18 min, 97110 / 10 min
            1:1 w/ writer for the whole visit.
            97112 — rocker board eyes closed, perturbations on foam. Rt ankle proprioception reduced after the fracture. SLS Rt 6 secs.
            97116 — gait training w/ straight cane in the hall and on the gravel lot, cues for Rt push-off. 300 ft SBA.
            97110 — calf raises 3 sets of 15, step-ups 6 inch 3 sets of 10. Rt calf weakness.
            Rowena Macaraeg, PTA
            """,
            ["S82.891D"], [PTA("97112", 12), PTA("97116", 18), PTA("97110", 10)], []),

        // MGTS Midland, Chinedu's record states "97112 – 35 mins" on a 22-min line: mismatch on 97112; otherwise complete.
        ["v6-h188-mgts-35-on-a-22-min-line"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Midland contract clinic
            Therapist: Chinedu Okafor, PT
            CPT / mins: 97112 – 35 mins
            Pt was attended to singly by the writer.
            Treatment given: rocker board M-L, perturbations on the foam pad, tandem walking with head turns.
            Findings: Rt ankle proprioception impaired after sprain at the ranch.
            Outcome measure: rocker board 12 secs; 6 of 10 perturbations w/o a step.
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // APT PTA two codes: "97116 / 20 min" matches but "97110 / 25 min" was carried from last week on a 13-min line: mismatch on 97110; both sections complete.
        ["v6-h188-apt-pta-97110-25-on-13"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Jesup)
            Supervising PT: D. Pruitt
            CPT/Time: 97116 / 20 min, 97110 / 25 min
            97116 — gait training w/ quad cane on the hall and the curb, cues for Lt hip flexion in swing. 250 ft SBA, curb w/ CGA.
            97110 — bridging 3 sets of 12, clams w/ green band 3 sets of 10, sit-to-stand 2 sets of 10.
            Goal addressed: Lt hip weakness and Lt toe drag after the stroke.
            Ma. Cristina Dela Cruz, PTA
            """,
            ["I69.354"], [PTA("97116", 20), PTA("97110", 13)], [At(Mismatch, "97110")]),

        // PVH a PT's 97112 (22, matches) and an OT's 97530 stated "15 minutes" on a 28-min line: mismatch on 97530; both sections complete.
        ["v6-h188-pvh-ot-15-on-28"] = new(
            """
            PVH NEURO GYM — CO-SIGNED PT / OT NOTE (Paterson)
            NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes
            Pt was treated one-to-one by writer (J. Villanueva, PT). PNF D2 for the Rt arm with rhythmic initiation, quadruped weight bearing on the Rt hand. Rt arm motor recruitment poor after the stroke. Fugl-Meyer UE 31/66.
            SELF-CARE / THERAPEUTIC ACTIVITIES (97530): 15 minutes
            (F. Bello, OTR/L) Dressing upper body in sitting, buttoning the shirt, brushing teeth standing at the sink. Rt hemiparesis, slow with fasteners. Shirt on with minimal assist, 4 of 6 buttons done.
            """,
            ["I69.351"], [PT("97112", 22), OT("97530", 28)], [At(Mismatch, "97530")]),

        // MGTS Lima, Mariam's record "97116 – 30 mins" on an 18-min gait line: mismatch on 97116; walker gait with distance and assist; Parkinson's shuffling.
        ["v6-h188-mgts-97116-30-on-18"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Lima contract clinic
            Therapist: Mariam Abdelrahman, PT
            CPT / mins: 97116 – 30 mins
            Treatment given: gait training with the four-wheeled walker in the hallway, cues for big steps and heel strike, turning around the cone.
            Findings: shuffling gait and freezing at turns, k/c/o Parkinson's disease.
            Outcome measure: 220 ft with walker, supervision; 2 freezes at turns.
            """,
            ["G20.A1"], [PT("97116", 18)], [At(Mismatch, "97116")]),

        // PVH two codes with only "Total treatment time: 38 minutes": no minutes for each — separate time missing; both sections complete (one-to-one; PNF, perturbations with Berg; band work with doses; postural control and hip weakness).
        ["v6-h188-pvh-total-treatment-time-only"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Wayne)
            CPT: 97112, 97110
            MODE OF DELIVERY: [✓] One-to-one [ ] Concurrent [ ] Group
            SKILLED INTERVENTION: perturbations on the foam, PNF pelvic patterns in standing; hip abduction with the band 3 sets of 12, bridging 3 sets of 10.
            IMPAIRMENT ADDRESSED: impaired postural control and hip abductor weakness.
            OBJECTIVE: Berg 45/56.
            Total treatment time: 38 minutes
            Rajesh Pillai, PTA
            """,
            ["R26.81"], [PTA("97112", 23), PTA("97110", 15)], [SepTime]),

        // APT PTA two codes, "97116 / 20 min" and "97110 / ___ min" left blank: no minutes for the 97110 — separate time missing; both sections complete.
        ["v6-h188-apt-pta-97110-minutes-blank"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Baxley)
            Supervising PT: D. Pruitt
            CPT/Time: 97116 / 20 min, 97110 / ___ min
            97116 — gait training w/ rolling walker from the lobby to the parking lot, cues for step length. 200 ft x 2 CGA.
            97110 — heel slides 2 sets of 15, SAQ w/ 2 lb 3 sets of 10, bridges 3 sets of 10.
            Goal addressed: Rt knee stiffness and weak quads after Rt TKA.
            Rowena Macaraeg, PTA
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 20), PTA("97110", 12)], [SepTime]),

        // MGTS Midland two codes with only "Time in: 09:10  Time out: 09:48" for the visit: no minutes for each — separate time missing; both sections complete.
        ["v6-h188-mgts-time-in-time-out-two-codes"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Midland contract clinic
            Therapist: Chinedu Okafor, PT
            CPT: 97112, 97140
            Time in: 09:10  Time out: 09:48
            Pt was attended to singly by the writer.
            97112: rhythmic stabilisation in half kneeling, foam stance with perturbations. Rt ankle proprioception impaired. Rocker board 11 secs.
            97140: talocrural posterior glides grade III, STM to Rt calf. Rt ankle DF restricted, 3 to 8 degrees after.
            """,
            ["S93.401D"], [PT("97112", 25), PT("97140", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic notes

        // An empty note on a two-code visit with a diagnosis (the agency's record exported blank): DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h188-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // A note of spaces and line breaks only (cells are trimmed) on a PTA's 97110 with a diagnosis: note missing only.
        ["v7-h188-spaces-and-line-breaks-pta-97110"] = new(
            "   \n  \n    ",
            ["Z96.652"], [PTA("97110", 18)], [At(NoteMissing, "97110")]),

        // An empty note on a 97112 with no diagnosis: note missing and diagnosis missing.
        ["v7-h188-empty-note-97112-no-dx"] = new(
            "",
            [], [PT("97112", 22)], [At(NoteMissing, "97112"), Dx]),

        // 97110's meaning on an MGTS Laredo note: wand flexion, pulleys, sidelying ER with a weight and wall slides with doses (technique and measure), Rt shoulder weakness and reduced elevation after a rotator-cuff repair (deficit); "97110 – 18 mins" matches: passes.
        ["v7-h188-mgts-97110-after-cuff-repair"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Laredo contract clinic
            Therapist: Priya Venkataraman, PT
            CPT / mins: 97110 – 18 mins
            Pt was made to do: supine wand flexion 3 sets of 10, overhead pulleys 20 reps, side-lying ER with 1 lb 3 sets of 10, wall slides 2 sets of 10.
            Findings: Rt shoulder elevation limited and ER weak after Rt rotator cuff repair, pt cannot reach the saddle rack.
            Outcome measure: active flexion Rt 118 degrees.
            """,
            ["M75.121", "Z98.890"], [PT("97110", 18)], []),

        // 97530's meaning on an APT PTA note: lifting a 10 lb bucket from the floor to a truck bed, half-kneel to stand, carrying feed across the yard, with counts and assist (technique and measure); hip and trunk weakness (deficit); minutes match: passes.
        ["v7-h188-apt-pta-97530-bucket-to-truck-bed"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Jesup)
            Supervising PT: D. Pruitt
            CPT/Time: 97530 / 21 min
            Tx rendered: lifting a 10 lb bucket from the floor to the tailgate height table 6 times, half-kneel to stand holding the table 5 times SBA, carrying the bucket 40 ft 3 trips.
            Goal addressed: hip extensor and trunk weakness, pt cannot get up from kneeling in the peanut field or lift feed to the truck bed.
            Jerome Bautista, PTA
            """,
            ["M62.81"], [PTA("97530", 21)], []),

        // 97140's meaning on a PVH note: posterior glenohumeral glides grade III, STM to infraspinatus and posterior cuff (technique), Rt shoulder posterior capsule tightness (deficit), IR degrees (measure); heading 11 matches: passes.
        ["v7-h188-pvh-97140-shoulder-glides"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Wayne)
            MANUAL THERAPY (97140): 11 minutes
            SKILLED INTERVENTION: posterior glenohumeral glides grade III 3 bouts of 30 secs, soft-tissue mobilisation to Rt infraspinatus and teres minor.
            IMPAIRMENT ADDRESSED: Rt posterior capsule tightness, hemiplegic shoulder pain with reaching.
            OBJECTIVE: Rt shoulder IR 30 to 42 degrees after.
            Ahmed Hassan, PT, DPT
            """,
            ["M25.611", "I69.351"], [PT("97140", 11)], []),

        // 97116's meaning on an APT PTA note: walker to quad cane in the hall, the curb and the church ramp with cues (technique), Rt foot drag and short Lt step (deficit), distance and assist (measure); minutes match: passes.
        ["v7-h188-apt-pta-97116-walker-to-quad-cane"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Baxley)
            Supervising PT: D. Pruitt
            CPT/Time: 97116 / 22 min
            Tx rendered: gait training progressed from rolling walker to quad cane in the hall, up and down the curb and the ramp like the one at church, cues for Rt hip and knee flexion in swing.
            Goal addressed: Rt foot drag and short Lt step after the stroke.
            Pt response: 200 ft quad cane CGA; curb and ramp w/ SBA.
            Ma. Cristina Dela Cruz, PTA
            """,
            ["I69.351"], [PTA("97116", 22)], []),

        // 97530's meaning on a PVH OT note: making a sandwich and carrying a plate to the table with the walker, loading the dishwasher (technique), Lt hemiparesis and poor standing balance in the kitchen (deficit), counts and assist (measure); minutes match: passes.
        ["v7-h188-pvh-ot-97530-kitchen"] = new(
            """
            PVH NEURO GYM — OT TREATMENT NOTE (Paterson)
            SELF-CARE / THERAPEUTIC ACTIVITIES (97530): 22 minutes
            SKILLED INTERVENTION: making a sandwich standing at the counter, carrying the plate to the table on the walker tray, loading 6 dishes into the dishwasher bending from standing.
            IMPAIRMENT ADDRESSED: Lt hemiparesis, poor standing balance and Lt hand use in the kitchen.
            OBJECTIVE: sandwich made with supervision; plate carried 3 times, no loss of balance; dishwasher loaded with CGA.
            Fatima Bello, OTR/L
            """,
            ["I69.354"], [OT("97530", 22)], []),

        // 97140's meaning on an APT PTA note: patellar mobilisation superior and inferior grade II–III, STM to the lateral retinaculum and ITB (technique), Rt patellar hypomobility after a TKA (deficit), knee flexion degrees (measure); minutes match: passes.
        ["v7-h188-apt-pta-97140-patellar-mobs"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Jesup)
            Supervising PT: D. Pruitt
            CPT/Time: 97140 / 10 min
            Tx rendered: Rt patellar mobilisation superior, inferior and medial grade II–III, STM to the lateral retinaculum and distal ITB.
            Goal addressed: Rt patellar hypomobility and knee flexion stiffness after Rt TKA.
            Pt response: knee flexion 98 to 105 degrees after.
            Rowena Macaraeg, PTA
            """,
            ["Z96.651", "Z47.1"], [PTA("97140", 10)], []),

        // MGTS wholly generic 97112: "Balance training given. Pt tolerated well. Same continued." — no technique, deficit, number but its code and minutes, or one-on-one statement.
        ["v7-h188-mgts-balance-training-given-same-continued"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Midland contract clinic
            CPT / mins: 97112 – 22 mins
            Balance training given. Pt tolerated well. Same continued.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // PVH two-code generic note "Ther ex and balance exercises given as per programme … Kindly continue same plan." with a one-to-one statement and no minutes for either code: nothing named for either code and no separate time.
        ["v7-h188-pvh-generic-two-codes-as-per-programme"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Paterson)
            CPT: 97112, 97110
            Treatment given on one-to-one basis.
            Ther ex and balance exercises given as per programme. Pt tolerated well, no adverse reaction. Kindly continue same plan.
            """,
            ["R26.89"], [PT("97112", 23), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // APT PTA generic 97530: "Functional activities done. Pt tolerated well. Cont POC." — nothing named; the minutes match.
        ["v7-h188-apt-pta-functional-activities-done"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Baxley)
            Supervising PT: D. Pruitt
            CPT/Time: 97530 / 20 min
            Tx rendered: functional activities done.
            Pt response: pt tolerated well. Cont POC.
            Jerome Bautista, PTA
            """,
            ["M62.81"], [PTA("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // MGTS Laredo, Priya, a Border Patrol retiree: "Treatment given on one-to-one basis"; perturbations on foam, tandem with head turns, clock stepping; Lt ankle proprioception and slow stepping; Berg and tandem secs; minutes match: passes.
        ["vord-h188-mgts-laredo-border-patrol-retiree"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Laredo contract clinic
            Therapist: Priya Venkataraman, PT
            Pt is a 71 yr old gentleman, retired from Border Patrol, k/c/o DM2. C/o unsteadiness on the gravel drive.
            CPT / mins: 97112 – 24 mins
            Treatment given on one-to-one basis.
            Treatment given: perturbations standing on foam, tandem walking with head turns, clock stepping to the numbers called out.
            Findings: Lt ankle proprioception reduced, slow stepping reaction backwards.
            Outcome measure: Berg 47/56; tandem stance 11 secs (4 secs on IE).
            """,
            ["E11.42", "R26.81"], [PT("97112", 24)], []),

        // MGTS Midland, Chinedu, two codes: "Treatment was carried out on one-to-one basis … by the writer alone"; "97112 – 22 mins" and "97140 – 12 mins" match; rocker and step-and-stick with secs and counts; talocrural glides and STM with degrees; ankle proprioception and DF stiffness: passes.
        ["vord-h188-mgts-midland-nmr-and-manual"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Midland contract clinic
            Therapist: Chinedu Okafor, PT
            CPT / mins: 97112 – 22 mins; 97140 – 12 mins
            Treatment was carried out on one-to-one basis, the patient was well attended to by the writer alone.
            97112: rocker board A-P and M-L, step-and-stick onto the foam, perturbations in single-leg stance. Lt ankle proprioception impaired after the sprain in the pipe yard. Rocker board 15 secs; step-and-stick 8 of 10.
            97140: talocrural posterior glides grade III, STM to the Lt gastrocnemius. Lt ankle DF stiffness, DF 5 to 10 degrees after.
            """,
            ["S93.402D"], [PT("97112", 22), PT("97140", 12)], []),

        // MGTS Lima, Mariam, a 97116: four-wheeled walker to cane, big steps with visual lines on the floor, turning practice; Parkinson's shuffling; distance, assist and 10MWT; "97116 – 22 mins" matches: passes.
        ["vord-h188-mgts-lima-gait-parkinsons"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Lima contract clinic
            Therapist: Mariam Abdelrahman, PT
            CPT / mins: 97116 – 22 mins
            Treatment given: gait training progressed from four-wheeled walker to single-point cane, big steps over the tape lines on the floor, turning in a wide arc around the cones.
            Findings: shuffling short steps and reduced arm swing, k/c/o Parkinson's disease.
            Outcome measure: 300 ft with cane, CGA; 10 MWT 0.81 m/s.
            """,
            ["G20.A1"], [PT("97116", 22)], []),

        // MGTS Zanesville, Siobhan, a 97110 for knee OA with a home programme "tds": sit-to-stand, step-downs, SLR with a weight and TKE with doses; Lt quads weakness; "97110 – 16 mins" matches: passes.
        ["vord-h188-mgts-uk-knee-programme-tds"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Zanesville contract clinic
            Therapist: Siobhan Clarke, PT
            CPT / mins: 97110 – 16 mins
            Treatment given: sit-to-stand from the plinth 3 sets of 10, forward step-downs from 15 cm 3 sets of 8, straight-leg raise with 1 kg 3 sets of 10, terminal knee extension with blue band 3 sets of 15.
            Findings: Lt quads weak, Lt knee OA, struggles with the stairs at the bell tower.
            HEP: sit-to-stand and SLR tds, progressed to 1 kg.
            """,
            ["M17.12"], [PT("97110", 16)], []),

        // MGTS Zanesville, Siobhan, the church bell-ringer: "1:1 physio, seen on her own"; habituation and X1 viewing, walking looking up; vestibular hypofunction; FGA; minutes match: passes.
        ["vord-h188-mgts-uk-bell-ringer-looking-up"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Zanesville contract clinic
            Therapist: Siobhan Clarke, PT
            CPT / mins: 97112 – 23 mins
            1:1 physio, seen on her own.
            Treatment given: X1 viewing with pitch head movements, walking while looking up at the ceiling marks, standing on foam reaching overhead.
            Findings: Lt vestibular hypofunction, unsteady looking up at the bell ropes.
            Outcome measure: FGA 22/30 (17/30 at IA).
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // PVH Wayne, Adaeze, the man with MS who walks to the Great Falls: one-to-one ticked; tandem on the beam, reactive stepping, foam with head turns; Lt ankle proprioception and ataxia; Berg and beam steps; heading 24 matches: passes.
        ["vord-h188-pvh-ms-great-falls"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Wayne)
            NEUROMUSCULAR RE-EDUCATION (97112): 24 minutes
            MODE OF DELIVERY: [✓] One-to-one [ ] Concurrent [ ] Group
            SKILLED INTERVENTION: tandem walking on the balance beam, reactive stepping to pulls at the belt, foam stance with head turns.
            IMPAIRMENT ADDRESSED: Lt ankle proprioception loss and mild truncal ataxia with MS; he wants to walk the path to the Great Falls again.
            OBJECTIVE: Berg 49/56; tandem on the beam 8 steps.
            Adaeze Nwosu, PT
            """,
            ["R26.89", "R27.0"], [PT("97112", 24)], []),

        // PVH Paterson, Joy, two codes each with a heading and minutes (97112 22, 97116 16): one-to-one; PNF and step-stance tapping with Fugl-Meyer; cane gait in the corridor with distance and CGA; Rt hemiparesis: passes.
        ["vord-h188-pvh-paterson-nmr-and-gait"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Paterson)
            NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes
            Pt was handled one-to-one by writer. PNF D1 extension of the Rt leg with resistance, step-stance weight shifting with tapping to Rt glut med. Rt hemiparesis, poor Rt hip extensor recruitment. Fugl-Meyer LE 23/34.
            GAIT TRAINING (97116): 16 minutes
            Quad cane gait in the long corridor, cues for Rt knee flexion in swing and Rt heel strike. 250 ft CGA.
            Joy Villanueva, PT
            """,
            ["I69.351"], [PT("97112", 22), PT("97116", 16)], []),

        // PVH PTA Rajesh, a 97110: seated rows, chest press, shoulder flexion with a dowel with doses; Lt shoulder and scapular weakness after a stroke; heading 14 matches: passes.
        ["vord-h188-pvh-pta-97110-upper-body"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Wayne)
            THERAPEUTIC EXERCISE (97110): 14 minutes
            SKILLED INTERVENTION: seated rows with red band 3 sets of 12, chest press with 2 lb 3 sets of 10, supine shoulder flexion with a dowel 2 sets of 15.
            IMPAIRMENT ADDRESSED: Lt shoulder flexor and scapular weakness after the stroke.
            OBJECTIVE: Oxford scale Lt shoulder flexors 3/5.
            Rajesh Pillai, PTA
            """,
            ["I69.354"], [PTA("97110", 14)], []),

        // PVH OT Fatima, a 97530 lower-body dressing with a reacher and sock aid; Rt hemiparesis and sitting balance; assist levels and count; "97530 – 25 minutes" heading matches: passes.
        ["vord-h188-pvh-ot-lower-body-dressing"] = new(
            """
            PVH NEURO GYM — OT TREATMENT NOTE (Wayne)
            SELF-CARE / THERAPEUTIC ACTIVITIES (97530): 25 minutes
            SKILLED INTERVENTION: lower-body dressing at the edge of the mat with reacher and sock aid, standing to pull up trousers, putting on shoes with the long shoe horn.
            IMPAIRMENT ADDRESSED: Rt hemiparesis with poor sitting balance when leaning to the floor.
            OBJECTIVE: trousers on with minimal assist; socks on with the sock aid, supervision; 2 losses of balance in sitting.
            Fatima Bello, OTR/L
            """,
            ["I69.351"], [OT("97530", 25)], []),

        // PVH Wayne, Ahmed, the retired bus driver, two codes (97112 23, 97140 10): one-to-one; perturbations and reactive stepping with Mini-BESTest; cervical SNAGs and STM with rotation degrees; postural control and cervical stiffness: passes.
        ["vord-h188-pvh-bus-driver-nmr-and-manual"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Wayne)
            NEUROMUSCULAR RE-EDUCATION (97112): 23 minutes
            MODE OF DELIVERY: [✓] One-to-one [ ] Concurrent [ ] Group
            SKILLED INTERVENTION: reactive stepping to pulls at the belt, tandem stance with perturbations, walking with head turns to the Rt. IMPAIRMENT ADDRESSED: slow protective stepping and postural control after the fall on the bus steps. OBJECTIVE: Mini-BESTest 20/28.
            MANUAL THERAPY (97140): 10 minutes
            SKILLED INTERVENTION: Mulligan SNAGs C5-6 into Rt rotation, STM to Rt upper trapezius. IMPAIRMENT ADDRESSED: Rt cervical rotation stiffness, he cannot check the mirror. OBJECTIVE: rotation Rt 50 to 62 degrees.
            Ahmed Hassan, PT, DPT
            """,
            ["R26.81", "M54.2"], [PT("97112", 23), PT("97140", 10)], []),

        // APT owner Dale Pruitt (PT) on his supervisory visit: "Just me and Mr. Lott for the NMR"; foam, rocker board, perturbations; ankle proprioception after a sprain in the peanut field; rocker secs and SLS; minutes match: passes.
        ["vord-h188-apt-owner-pt-supervisory-visit"] = new(
            """
            ALTAMAHA PT — DAILY NOTE (Baxley)
            Dale Pruitt, PT — supervisory visit, PTA plan reviewed.
            CPT/Time: 97112 / 22 min
            Just me and Mr. Lott for the NMR, nobody else in the gym.
            Tx rendered: rocker board eyes closed, foam stance catching a ball, lateral perturbations at the shoulders.
            Goal addressed: Rt ankle proprioception after the sprain in the peanut field, rolls it on the rows.
            Pt response: rocker board 13 secs; SLS Rt 12 secs.
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // APT PTA Cristina, two codes (97116 20, 97110 13): cane gait and stairs with distance and assist; band and step work with doses; Lt hip and knee weakness after a TKA: passes.
        ["vord-h188-apt-pta-gait-and-exercise"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Baxley)
            Supervising PT: D. Pruitt
            CPT/Time: 97116 / 20 min, 97110 / 13 min
            97116 — gait training w/ straight cane in the hall and up the 4 steps w/ one rail, cues for Lt knee flexion and heel-toe. 350 ft SBA; stairs CGA.
            97110 — step-ups 6 inch 3 sets of 10, TKE w/ blue band 3 sets of 15, mini squats 2 sets of 12.
            Goal addressed: Lt quad and hip weakness after Lt TKA, stiff-knee gait.
            Ma. Cristina Dela Cruz, PTA
            """,
            ["Z96.652", "Z47.1"], [PTA("97116", 20), PTA("97110", 13)], []),

        // APT PTA Jerome, the deer hunter with a ladder stand: 1:1; ladder-rung stepping with perturbations, foam half-kneel rhythmic stabilisation; Rt knee proprioception after a meniscectomy; SLS and step-and-stick; minutes match: passes.
        ["vord-h188-apt-pta-deer-stand-ladder"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Jesup)
            Supervising PT: D. Pruitt
            CPT/Time: 97112 / 23 min
            1:1 w/ writer, pt's wife waited in the truck.
            Tx rendered: stepping up the practice ladder rungs w/ perturbations at the hips, rhythmic stabilisation in half kneeling on foam, step-and-stick off the 6 inch box.
            Goal addressed: Rt knee proprioception and quad timing after Rt meniscectomy, pt wants to climb his deer stand by November.
            Pt response: SLS Rt 14 secs; step-and-stick 7 of 10.
            Jerome Bautista, PTA
            """,
            ["M23.221", "Z98.890"], [PTA("97112", 23)], []),

        // APT PTA Rowena, the pulpwood truck driver, a 97530: climbing into the cab with three-point contact, chaining a load with a 15 lb chain, stepping down from the running board, with counts and assist; low back and hip weakness; minutes match: passes.
        ["vord-h188-apt-pta-pulpwood-truck-97530"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Baxley)
            Supervising PT: D. Pruitt
            CPT/Time: 97530 / 22 min
            Tx rendered: climbing into the practice cab with three-point contact 5 times, throwing and tightening a 15 lb chain over the table 6 times, stepping down backwards from the 14 inch step 5 times SBA.
            Goal addressed: low back and hip extensor weakness, pt cannot secure his pulpwood load without pain.
            Rowena Macaraeg, PTA
            """,
            ["M54.50", "M62.81"], [PTA("97530", 22)], []),

        // MGTS Laredo, Priya, a ranch hand's 97530: lifting a 20 lb feed sack from the floor to the hip, carrying it 50 ft, opening a gate latch overhead, with counts; Rt shoulder and trunk weakness; "97530 – 20 mins" matches: passes.
        ["vord-h188-mgts-laredo-ranch-hand-97530"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Laredo contract clinic
            Therapist: Priya Venkataraman, PT
            CPT / mins: 97530 – 20 mins
            Treatment given: lifting a 20 lb feed sack from the floor to the hip 6 times, carrying it 50 ft 4 trips, reaching overhead to open the gate latch 10 times with the Rt arm.
            Findings: Rt shoulder and trunk weakness, pt is having complaints of pain lifting the sacks at the ranch.
            """,
            ["M62.81", "M25.511"], [PT("97530", 20)], []),

        // PVH PTA Rajesh, 97112 after a fall on the bus: "I treated pt one-to-one, no other pt assigned to me in that hour"; hurdle stepping, foam with head turns, perturbations; postural control; TUG; heading 22 matches: passes.
        ["vord-h188-pvh-pta-nmr-one-to-one-that-hour"] = new(
            """
            PVH NEURO GYM — PT TREATMENT NOTE (Paterson)
            NEUROMUSCULAR RE-EDUCATION (97112): 22 minutes
            I treated pt one-to-one, no other pt was assigned to me in that hour.
            SKILLED INTERVENTION: stepping over hurdles with a stop on cue, foam stance with head turns, lateral perturbations at the pelvis.
            IMPAIRMENT ADDRESSED: impaired postural control and slow lateral stepping after a fall on the bus.
            OBJECTIVE: TUG 13.4 secs (17.9 secs at IE).
            Rajesh Pillai, PTA
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // APT PTA Cristina, two codes (97140 10, 97110 15): lumbar PA mobilisation grade III and STM; core and hip work with doses; L4-5 hypomobility and core weakness; lumbar flexion cm: passes.
        ["vord-h188-apt-pta-lumbar-manual-and-exercise"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Jesup)
            Supervising PT: D. Pruitt
            CPT/Time: 97140 / 10 min, 97110 / 15 min
            97140 — central PA mobilisation L4 and L5 grade III, STM to the lumbar paraspinals. Fingertips to floor 20 cm (28 cm before).
            97110 — bird dog 2 sets of 10, bridging w/ march 3 sets of 8, side plank from knees 3 holds of 20 secs.
            Goal addressed: L4-5 hypomobility and weak core, pt cannot bend over the onion crates.
            Ma. Cristina Dela Cruz, PTA
            """,
            ["M54.50"], [PTA("97140", 10), PTA("97110", 15)], []),

        // MGTS Midland, Chinedu, a 97116: rolling walker gait on the clinic path and a ramp, cues for Lt step length; Lt hip fracture weakness; distance and assist; "97116 – 19 mins" matches: passes.
        ["vord-h188-mgts-midland-walker-gait"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Midland contract clinic
            Therapist: Chinedu Okafor, PT
            CPT / mins: 97116 – 19 mins
            Treatment given: gait training with rolling walker along the clinic path and up the ramp, cues for equal step length and upright trunk; pt is progressing well.
            Findings: short Rt step and Lt hip weakness after Lt hip hemiarthroplasty.
            Outcome measure: 240 ft with walker, SBA; ramp with CGA.
            """,
            ["S72.002D", "Z96.642"], [PT("97116", 19)], []),

        // MGTS Lima complete 97112 with no diagnosis on the claim: diagnosis missing only.
        ["vord-h188-mgts-complete-no-diagnosis"] = new(
            """
            MGTS DAILY TREATMENT RECORD — Lima contract clinic
            Therapist: Mariam Abdelrahman, PT
            CPT / mins: 97112 – 22 mins
            Mode: one-to-one
            Treatment given: rocker board eyes closed, foam stance with perturbations, tandem walk with head turns.
            Findings: Rt ankle proprioception impaired, sways with eyes closed.
            Outcome measure: rocker board 10 secs; Berg 48/56.
            """,
            [], [PT("97112", 22)], [Dx]),

        // APT PTA complete 97110 whose diagnosis was typed as words ("Rt knee OA") instead of a code: not a well-formed ICD-10-CM code — diagnosis missing only.
        ["vord-h188-apt-pta-diagnosis-typed-as-words"] = new(
            """
            ALTAMAHA PT — PTA DAILY NOTE (Baxley)
            Supervising PT: D. Pruitt
            CPT/Time: 97110 / 17 min
            Tx rendered: mini squats 3 sets of 10, step-ups 6 inch 3 sets of 10, SAQ w/ 3 lb 3 sets of 12.
            Goal addressed: Rt quad weakness w/ knee OA, pt cannot get up from the church pew w/o pushing.
            Rowena Macaraeg, PTA
            """,
            ["Rt knee OA"], [PTA("97110", 17)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
