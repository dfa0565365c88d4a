using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The forty-first held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to look like a random week of notes from five US outpatient clinics staffed by
/// internationally trained physical therapists, assistants and occupational therapists who chart in the
/// English of their training, each in its own clinic's template, in the proportions a billing manager sees
/// them — about three in five ordinary and complete, single- and multi-code visits, by PTs, PTAs and OTs:
/// <list type="number">
/// <item>a Nigerian-owned clinic in Alief, Houston ("Lekki Physiotherapy &amp; Rehab Clinic") whose PTs and PTAs
/// trained in Lagos and Ibadan: a "PHYSIOTHERAPY DAILY TREATMENT CHART" and a code / mins / one-on-one grid,
/// "Pt said …", "c/o pains", "known hypertensive and diabetic", "Rx given", "2° R MCA infarct (7/12 ago)", "Review
/// 2/7", "continue 3×/52", "25mins" run together, "Time spent: 97112 → 25mins", "Pt had the physio to herself",
/// "physio and pt alone in the treatment room", Chief, Alhaji and Mama as forms of address, egusi and stew on
/// Sundays, plaiting a granddaughter's hair, kneeling and sujood at Jumu'ah, a Saturday dance-for-balance class to
/// highlife and Afrobeat;</item>
/// <item>three Indian-trained practices: Kerala-trained PTs in Bellerose, Queens ("Floral Park Physical Therapy":
/// "O/E", "C/o", "i/v/o", "Romberg's +ve", "Adv:", "Same Rx to continue", "Pt kept on …", "pt was not clubbed with
/// any other pt; treated singly", an eNote export with drop-down values "[Individual ▼]", a Y/N technique column,
/// Holy Qurbana in the church aisle, "Tx time: 10.05 am – 10.28 am"), a Gujarati-trained clinic on Devon Avenue,
/// Chicago ("Pt made to perform", "Advised … BD", "SOS", "dedicated slot", yoga asanas — Tadasana, Vrikshasana,
/// Virabhadrasana — as balance work, the kitchen platform, rotis and the pressure cooker, a modified-sphygmomanometer
/// grip in mmHg, floor seating for bhajan) and a Punjabi-trained clinic in Yuba City ("Sutter Valley Physical
/// Therapy": tying a pagg, sitting on the floor for langar at the gurdwara, a Punjabi-speaking son interpreting,
/// an unticked impairment row, "NMR + TE given for 38 min");</item>
/// <item>a Filipino-trained clinic in National City, San Diego ("Bayview Rehab &amp; Wellness"): "Pt received sitting
/// on wheelchair, accompanied by watcher (daughter), conscious, coherent", vital signs before treatment, "CVD
/// infarct", "(+) LOB", "(-) dizziness" findings rows, "no co-patient", "S&gt; O&gt; A&gt; P&gt;" with a Tagalog
/// phrase and its English, a CO-OP Goal–Plan–Do–Check cooking session for pancit, Seafood City, sinigang;</item>
/// <item>an Egyptian-trained practice in Bay Ridge, Brooklyn ("Nile Physical Therapy", "Dr. …, DPT"): "Patient
/// complains from", "Program:", "Assessment:", "no other cases in the room", a bilingual Arabic / English session
/// form with ticks under Yes and No, Brunnstrom's approach with Raimiste's phenomenon, Rood's approach, Vodder
/// manual lymphatic drainage, a capsular pattern, the Unterberger stepping test, "NAD", a prayer mat and the
/// Coptic Mass;</item>
/// <item>UK/NHS-trained travelling physios and OTs at two Gulf Coast Florida clinics ("Suncoast Outpatient Rehab",
/// "Gulf Coast Outpatient Rehab"): "physio", "PMHx", "SH", "# L NOF — DHS", "IA" for the initial assessment,
/// "mobilised 2 × 20 m with Zimmer frame and Ax1", a gutter frame, elbow crutches and sticks as the walking aid,
/// "S/B of 1", "Oxford 3+/5", "SOB on exertion", "Sit to stand ×5", mane and nocte, kerbs, a perching stool and a
/// kettle tipper, the bowls club, a 1:1 / Class / Home visit tick row, a strength-and-balance class, the
/// Silbernagel pain-monitoring model, lean-and-release, a note transcribed from dictation.</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and together (up to three in a visit), by PT, PTA and OT.
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h41-…): one-on-one in these writers' words ("Pt had the physio to herself throughout", "pt
/// was not clubbed with any other pt; treated singly by me", "dedicated slot, therapist did not attend any other
/// pt", "Seen on a 1:1 basis … individual slot, not the balance class", "the therapist stayed with the patient the
/// whole session, no other cases in the room"), notes that negate it (a strength-and-balance class of six, two
/// patients at the bars and the mat with the therapist moving between them, a PTA attending to three patients at
/// once) or never state it (a Filipino note with the watcher present), and a 97116 in a hallway walking group,
/// which has no one-on-one check;</item>
/// <item>class 2 (v2-h41-…): template states: an Arabic / English session form ticked Yes for individual, a
/// "1:1 ☐ Class ☒" row, a "Done (Y/N)" technique column all N, an ADL grid with one level ticked per row, "DGI
/// done? N" outcome rows, an impairment row of empty boxes, a code / mins / one-on-one grid with "N/A" on the
/// exercise line, "(-)" on every finding, an exercise table of sets × reps and load, an eNote export's drop-down
/// values;</item>
/// <item>class 3 (v3-h41-…): named programmes and methods as techniques (yoga asanas on an Airex pad,
/// Brunnstrom's approach with Raimiste's phenomenon, the Silbernagel pain-monitoring model, lean-and-release
/// reactive training, a gutter frame to Zimmer frame progression, Vodder MLD, CO-OP), one dance-for-balance class
/// (not one-on-one), one Rood's-approach 97112 with no number and one treadmill perturbation protocol with no
/// deficit;</item>
/// <item>class 4 (v4-h41-…): deficits stated as findings (past pointing, rebound and dysdiadochokinesia, a
/// positive Unterberger test with its rotation, a Trendelenburg sign, sensory extinction, posterior-column loss in
/// subacute combined degeneration, a waddling gait after bilateral THRs, a capsular pattern with end feel, a
/// Gowers'-type rise in inclusion body myositis) and notes that state none ("Tone normal, sensation intact,
/// coordination intact" on a 97112, "Assessment today: NAD" on a 97110);</item>
/// <item>class 5 (v5-h41-…): measures in their usual forms (laps of a 20 m corridor with the assistance level, a
/// modified-sphygmomanometer grip, "Sit to stand ×5 … 17.2 s", goniometry before and after, BESS errors, Modified
/// Ashworth and active range) and notes with none ("Pt is improving steadily", "reps as tolerated", a Zimmer frame
/// and a rollator with no distance or assistance level, "completed them, with rest breaks as needed");</item>
/// <item>class 6 (v6-h41-…): minutes in their usual forms ("Time spent: 97112 → 25mins | 97110 → 15mins", a clock
/// range with dots on the one timed code, "Contact time: 22 mins" on the one timed code, three codes on one pipe
/// line, an OT and a physio line of one morning), true mismatches (a clock range on a 97112, a manual-therapy line
/// in an Egyptian two-code note) and truly missing separate time ("Total Rx time: 40mins", "NMR + TE given for
/// 38 min", minutes for one of two codes);</item>
/// <item>class 7 (v7-h41-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check; non-breaking spaces and a tab), the contract's meanings of technique, deficit and measure for 97110 (a
/// functional goal as the only target), 97530 (a hot drink in the OT kitchen with "S/B of 1"), 97140 (Maitland
/// grades with bouts and a lumbar region), and wholly generic 97112, 97116, 97140 and 97530 notes;</item>
/// <item>ordinary (vord-h41-…): complete notes of the five sources across codes and disciplines that a reviewer
/// passes (the false-positive guard), and the ordinary weak ones: a complete note with no diagnosis, a CPT code
/// typed into the diagnosis field, a generic two-code note with a total, a complete 97112 that never says
/// one-on-one, a gait line whose stated minutes differ and an exercise list with no dose.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by at least ten minutes and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. A 97112 passes the measure check here only on
/// an objective measure with a number, and fails it only when the note has no such number and no dose at all;
/// for the other codes a dose (sets, repetitions, load, hold, bouts, distance, assistance level) is a measure.
/// Numbers that are not minutes of a code or measures (day-first dates, "7/12 ago", "2/7", "3×/52", ages, vital
/// signs, oxygen litres, spinal levels, clock times of a booking, a step's height in a home description) are read
/// as what they are. Tagalog and Arabic words carry no required element alone; each sits beside the English a US
/// reviewer reads.
/// Cases a careful reviewer could argue either way were left out: a content gap in one section of a
/// multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or when the whole note
/// lacks the thing), generic phrases beside a deficit or a measure without a technique, minutes of an
/// activity, a rest or a test inside a note (no 2- or 6-minute walk test), self-rated scores or vitals as the
/// only number, a grade with no dose as a 97140's only parameter, a cueing level as the only measure, a
/// one-on-one left to be inferred, "gait training" alone on a 97116, three-character or dotless diagnosis
/// codes, minute ranges and approximate minutes, a task practised read as a 97530's goal, a diagnosis named in
/// the note as a 97112's only target, the previous visit's numbers as a note's only measure, an exercise's name
/// as a 97110's only region, a co-treat in which two disciplines bill the same minutes, and any line with a code
/// that has no documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 88 of 97 cases agree (96 needed), and 4 of the 61 notes the reviewer passes got a finding, on the analyzer
/// of bde89f8 (the start of the 2026-12-05 fourth session; a separate worktree, only
/// these figures read).
/// </para>
/// <para>
/// After: 88 of 97, 4 false positives — the same — at its first run on the analyzer of bf2c683 (not shaped by this
/// set): the held-out figure. Then development data, worked through: 96 of 97, no false positive — "treated singly",
/// "not clubbed with any other pt", "just the physio and Mr. Ibrahim in the room", "Physio with this pt only — no one
/// else on the treadmill bay", a "One-on-one?" column answered Y, "Review 2/7" as days, "stepping onto & off a half
/// foam roller" (off a thing, not balance off), dancing to the beat, sujood as a 97110 goal. Left: a Y/N technique
/// column whose rows "Wobble board / foam" and "Stepping strategy drills" are still read as done. New examples in
/// NotesAsWrittenTests "fortieth-forty-first-sets" (seen to fail before).
/// </para>
/// </summary>
public class HeldOutNotesIssue18FortyFirstTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one as notation, negated, unstated

        // Lagos-trained PT: "Pt had the physio to herself throughout the session — no other patient was booked in the gym at that hour" states it; PNF pelvic patterns, Airex head turns, step taps; L weight transfer, postural control and ankle position sense; Berg: passes ("7/12 ago" and "Review 2/7" are not minutes).
        ["v1-h41-lagos-physio-to-herself"] = new(
            """
            LEKKI PHYSIOTHERAPY & REHAB CLINIC — Alief, Houston TX
            PHYSIOTHERAPY DAILY TREATMENT CHART
            Name: Mrs. F. Adebayo      Age: 71yrs      Date: 4/3/2026
            Diagnosis: L hemiparesis 2° R MCA infarct (7/12 ago). Known hypertensive and diabetic.
            S: Pt said she is feeling stronger but still fears falling in the bathroom.
            Findings: delayed weight transfer onto the L leg, poor postural control in standing; L ankle joint position sense reduced (wrong on 4 of 6 trials).
            Rx given — Neuromuscular re-education (97112), 24mins:
            Pt had the physio to herself throughout the session — no other patient was booked in the gym at that hour.
             • step-stance weight transfer onto the L leg against manual resistance at the pelvis (PNF pelvic patterns: anterior elevation / posterior depression)
             • standing on the Airex pad with head turns R and L
             • alternate toe taps onto a 6-inch step without holding
            Outcome: Berg Balance Scale 42/56 (38/56 on 2/2/2026).
            Plan: continue 2×/52. Review 2/7.
            Signed: O. Adeyemi, PT
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // Kerala-trained PT: "pt was not clubbed with any other pt; treated singly by me throughout" states it; wobble board, foam EC with trunk rotation, heel-to-toe line; vibration and great-toe position sense loss, Romberg's +ve; tandem seconds: passes.
        ["v1-h41-kerala-not-clubbed-treated-singly"] = new(
            """
            FLORAL PARK PHYSICAL THERAPY — Hillside Ave, Bellerose NY
            Pt: Mr. V. Thomas, 76/M        DOS: 03/04/2026        Visit 7
            C/o unsteadiness while walking to church, 2 near-falls in the last 2 wks.
            Known DM2 on insulin × 18 yrs with peripheral neuropathy.
            O/E: vibration sense ↓ B/L up to ankles; great-toe position sense impaired B/L; Romberg's +ve (sways, opens eyes).
            Rx: NMR (97112) × 23 min — pt was not clubbed with any other pt; treated singly by me throughout.
              - wobble board A-P & M-L tilts, with UE support → without
              - standing on foam EO → EC with trunk rotation
              - heel-to-toe walk on tape line 10 ft × 4 rounds
            Tandem stance: 9 sec (5 sec last wk).
            Adv: tandem stance at kitchen counter BD; night light in the bathroom.
            Pt kept on same Rx.
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // Filipino-trained PT, watcher (daughter) present, complete (PNF D1, tall-kneel rhythmic stabilization, mirror weight shift; (+) LOB, poor R recruitment; tall-kneel seconds) — but nothing states one-on-one.
        ["v1-h41-natcity-watcher-present-unstated"] = new(
            """
            BAYVIEW REHAB & WELLNESS — National City, CA
            Physical Therapy Daily Note
            Pt received sitting on wheelchair, accompanied by watcher (daughter), conscious, coherent, cooperative.
            VS prior to tx: BP 128/76, PR 78, RR 18.
            Dx: CVD infarct, L MCA territory, with R hemiparesis (Jan 2026)
            Procedure: Neuromuscular re-education (97112) – 22 mins
              1. PNF D1 flexion ↔ extension, R LE, sidelying, manual resistance
              2. Rhythmic stabilization in tall kneeling
              3. Weight shifting to R in standing with mirror feedback
            Findings: (+) LOB to R when shifting past midline; poor R hip/knee motor recruitment, R knee snaps back in stance.
            Tall kneeling hold w/o UE support: 30 sec (10 sec last tx).
            Home instructions given to watcher. Pt sent home with watcher, stable.
            — R. Dela Cruz, PT
            """,
            ["I69.351"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // UK-trained physio: "Strength & Balance class — 6 participants, 1 physio + 1 rehab aide; participants rotated round the stations": not one-on-one; tape-line tandem, cones, foam cushions; postural control and stepping; tandem seconds and Hill step test present.
        ["v1-h41-sarasota-balance-class-negated"] = new(
            """
            PHYSIO — Strength & Balance Class, Gulf Coast Outpatient Rehab (Sarasota)
            Class today: 6 participants, 1 physio + 1 rehab aide; participants rotated round the stations.
            This participant: 97112 — 20 mins
            Stations: tandem walk along the tape line; side-stepping over low cones; heel raises in semi-tandem; standing on foam cushions with ball passes.
            Impairment: ↓ postural control on a narrow BOS; slow, short stepping response to the L.
            Measures: semi-tandem 10 s, tandem 3 s; Hill step test R 9 / L 7 steps in 15 s.
            Plan: continue class Tues/Thurs.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Egyptian-trained PT: "two patients were working at the same time … the therapist was moving between both": not one-on-one; wobble board, pelvic perturbations, BOSU squats; knee proprioception (reposition error) and delayed quadriceps reaction; SLS seconds present.
        ["v1-h41-baybridge-two-patients-negated"] = new(
            """
            NILE PHYSICAL THERAPY — 5th Ave, Bay Ridge, Brooklyn
            Dr. Mina Girgis, DPT
            Patient complains from giving way of the left knee when descending stairs, 14 weeks after ACL reconstruction (hamstring graft).
            Session: two patients were working at the same time — this patient at the parallel bars area, the other one on the mat — and the therapist was moving between both.
            97112 — 20 min
            Program:
            - proprioceptive training on the wobble board, single-limb stance on the left
            - perturbation training: therapist gives sudden pushes at the pelvis while standing on the left leg
            - mini-squats on the BOSU (dome up), 3 sets × 10 rep
            Assessment: decreased left knee proprioception (joint reposition error 9° at 45° flexion vs 3° right); delayed quadriceps reaction.
            Single-limb stance left, eyes closed: 12 sec.
            """,
            ["S83.512D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Gujarati-trained PT: "dedicated slot — therapist did not attend any other pt in this time" states it; X1 on plain and checkerboard cards, head-turn walking, foam EC; residual L hypofunction and visual dependence; DGI: passes ("SOS" and "TDS" are not numbers of minutes).
        ["v1-h41-devon-dedicated-slot"] = new(
            """
            DEVON PHYSIO & REHAB — Devon Ave, Chicago
            Date: 4-Mar-2026
            Pt: Mrs. H. Patel, 79 yrs F — L posterior-canal BPPV repositioned 25/2, now residual giddiness and imbalance.
            C/o giddiness on turning head quickly and while walking in the grocery aisles.
            Vestibular rehab (97112) – 25 min – dedicated slot, therapist did not attend any other pt in this time.
            Pt made to perform:
             • X1 gaze stabilisation, yaw & pitch, 30 sec each, at 1 m on a plain card then on a checkerboard background
             • walking with head turns R/L along the corridor
             • standing on foam EC with head turns
            Deficit: residual L vestibular hypofunction, ↑ visual dependence.
            DGI 17/24 (14/24 on 11/2).
            Advised X1 exercise TDS at home. SOS call if vertigo returns.
            """,
            ["H81.12"], [PT("97112", 25)], []),

        // UK-trained physio: "Seen on a 1:1 basis today in the gym — individual slot, not the balance class" states it; unpredictable nudges, narrow-base cone turns, foam reaching; delayed backward stepping and hip abductor recruitment; Tinetti and turn steps: passes.
        ["v1-h41-suncoast-1to1-basis-not-class"] = new(
            """
            PHYSIO DAILY NOTE — Suncoast Outpatient Rehab (locum physio, UK-trained)
            PMHx: # L NOF — DHS Nov 2025; OA both knees; AF on apixaban.
            S: "Wobbly when I turn round in the kitchen." Mobilising indoors with a wheeled walker, outdoors with 2 sticks.
            O: Seen on a 1:1 basis today in the gym — individual slot, not the balance class.
            97112 — 24 mins
             – perturbations in standing (physio nudges at shoulders/pelvis, unpredictable direction)
             – 180° turns around a cone on a narrow BOS, both directions
             – reaching outside BOS whilst standing on a foam cushion
            Impairment: delayed backward and L-ward stepping strategy; ↓ L hip abductor recruitment in single stance.
            Outcome: Tinetti 20/28 (17/28 at IA); 180° turn in 5 steps (8 at IA).
            Plan: continue 2x/week; HEP reviewed and progressed.
            """,
            ["S72.002D", "Z91.81"], [PT("97112", 24)], []),

        // Nigerian-trained PTA: "Pt was in the gym with 2 other patients whom I was also attending to at the same time": not one-on-one; big-amplitude stepping, pull recovery, stop-and-turn walking; retropulsion and freezing; pull-test steps and freeze count present.
        ["v1-h41-lekki-pta-three-at-once-negated"] = new(
            """
            Lekki Physio & Rehab — PTA daily note
            Pt: Chief E. Okonkwo, 74yrs M. Parkinson's disease × 6 yrs (H&Y stage 2.5).
            Pt was in the gym with 2 other patients whom I was also attending to at the same time (the three of them on the stations).
            97112 – 22mins:
             – big-amplitude stepping to floor markers (forward, side, back)
             – backward pull recovery drills with the gait belt
             – walking with sudden stops and turns on command
            Problem list: reduced reactive postural responses, retropulsion, freezing at doorways.
            Pull test: 3 steps to recover (5 steps at last review). Froze 2 times in 4 doorway passes.
            Pt to continue HEP at home; wife to supervise.
            — T. Balogun, PTA
            """,
            ["G20.A1"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // Egyptian-trained PT: "Session type: individual — the therapist stayed with the patient the whole session, no other cases in the room" states it; approximation, Rood's tapping, PNF stabilizing reversals; L abductor recruitment and postural control; Fugl-Meyer LE: passes.
        ["v1-h41-baybridge-no-other-cases"] = new(
            """
            NILE PHYSICAL THERAPY — Bay Ridge
            Patient: Mr. Samir H., 67 y, right-handed, left hemiplegia after right MCA stroke (Oct 2025).
            Session type: individual — the therapist stayed with the patient the whole session, no other cases in the room.
            Neuromuscular re-education (97112): 25 min
            Program:
             1. Approximation through the left shoulder and hip in quadruped, then in kneeling
             2. Rood's tapping and quick stretch over the left gluteus medius
             3. PNF stabilizing reversals at the pelvis in standing
            Assessment: poor recruitment of the left hip abductors, pelvic drop to the right in left stance; decreased postural control in standing.
            Fugl-Meyer LE motor 22/34 (18/34 last month).
            Home program explained to his son.
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // Punjabi-trained PTA: 97116 "done along with walking group in the back hallway (3 other pts)": gait has no one-on-one check; rollator over tile, ramp and curb, rope step-overs; L foot slap and toe catch; distances, SBA and toe-catch count: no finding.
        ["v1-h41-yuba-walking-group-97116"] = new(
            """
            Sutter Valley Physical Therapy — Yuba City
            PTA: G. Sandhu
            Pt: Mr. K. Singh, 78 yrs, retired peach-orchard farmer, L foot drop after L4-5 decompression.
            Gait trg (97116) 18 min — done along with walking group in the back hallway (3 other pts, PTA and aide).
             – rollator on tile, then over the ramp and the 4-inch curb outside the side door
             – heel-strike cueing L, high-stepping over a rope laid at 10 ft intervals
            Gait: L foot slap, toe catch on the ramp, ↓ L step length.
            Walked 150 ft × 2 with SBA; 2 toe catches on the ramp (5 last session).
            """,
            ["M21.372", "M48.062"], [PTA("97116", 18)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Egyptian bilingual form "Individual session (جلسة فردية): [✓] Yes [ ] No / Group session: [ ] Yes [✓] No"; PNF D2 with repeated stretch, balance board reaching, foam tandem; L shoulder-girdle selective movement and postural control; Functional Reach cm: passes.
        ["v2-h41-baybridge-bilingual-form-individual-yes"] = new(
            """
            NILE PHYSICAL THERAPY — Daily session form / نموذج الجلسة اليومية
            Patient: Mrs. Nadia F., 73 y                Date: 4/3/2026
            Individual session (جلسة فردية):    [✓] Yes    [ ] No
            Group session (جلسة جماعية):       [ ] Yes    [✓] No
            Code: 97112 — Minutes: 23
            Techniques: PNF D2 flexion pattern of the left arm with repeated stretch; standing on the balance board reaching across midline; tandem stance on foam.
            Problem: left hemiparesis — weak selective movement of the left shoulder girdle, decreased postural control when reaching.
            Measure: Functional Reach 18 cm (12 cm at evaluation).
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // UK tick row "Session type: 1:1 ☐  Class ☒  Home visit ☐": a class, not one-on-one; backward rail walking, band perturbations on step-ups, EC on a folded mat; reactive control and neuropathic proprioception; TUG and metres present.
        ["v2-h41-gulfcoast-class-box-ticked"] = new(
            """
            Gulf Coast Outpatient Rehab — Physio contact sheet
            Session type:   1:1 ☐     Class ☒     Home visit ☐
            97112 — 22 mins
            Balance programme: backward walking along the rail; step-ups with perturbations from a resistance band round the pelvis; eyes-closed standing on a folded mat.
            Problems: ↓ reactive postural control, slow backward stepping; reduced ankle proprioception (peripheral neuropathy).
            Objective: TUG 13.9 s with stick; backward walk 3 m without touching the rail.
            """,
            ["G62.9", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Kerala flow sheet "Technique / Done (Y/N)" with every row N and nothing else done: no technique; treated 1:1, strategy and proprioceptive deficits and Berg present, no generic phrase.
        ["v2-h41-kerala-technique-column-all-n"] = new(
            """
            FLORAL PARK PHYSICAL THERAPY — NMR flow sheet
            Pt: Mrs. A. Kurian, 81/F          DOS 03/04/2026
            Treated 1:1 by PT (no other pt at that time).
            97112 — 20 min
            Technique                        Done (Y/N)
              PNF patterns                      N
              Wobble board / foam               N
              Perturbation                      N
              Gaze stabilisation                N
              Stepping strategy drills          N
            Findings: ↓ ankle & hip strategy, posterior lean in standing; proprioception impaired B/L feet.
            Berg 39/56.
            """,
            ["R26.81", "E11.42"], [PT("97112", 20)], [At(Tech, "97112")]),

        // Filipino OT ADL grid, one level ticked per row "(✓) CGA", "(✓) Min", "(✓) S" for toilet transfer, LB dressing and grooming; L UE weakness, standing balance, neglect; home goal: 97530 passes.
        ["v2-h41-natcity-ot-adl-grid"] = new(
            """
            BAYVIEW REHAB & WELLNESS — OCCUPATIONAL THERAPY
            Pt: Mrs. L. Santos, 79/F — s/p CVD infarct R MCA w/ L hemiparesis
            Therapeutic activities (97530) — 24 mins
            ADL training done:                    Level of assist
              Toilet transfer (raised seat)        ( ) I   ( ) S   (✓) CGA   ( ) Min   ( ) Mod
              LB dressing — pants over feet        ( ) I   ( ) S   ( ) CGA   (✓) Min   ( ) Mod
              Standing at sink, grooming           ( ) I   (✓) S   ( ) CGA   ( ) Min   ( ) Mod
            Problem: L UE weakness & ↓ standing balance during ADLs; L-side neglect for items on the L of the sink.
            Goal: toilet and dress with her watcher's standby help only, so she can go back from her son's house to her own apartment.
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // UK outcome rows "DGI done? N / DHI done? N / Tandem timed? N" and no other number or dose: no measure; 1:1, gaze stabilisation, head-turn walking, foam EC and L vestibular hypofunction present.
        ["v2-h41-gulfcoast-measures-done-n"] = new(
            """
            Gulf Coast Outpatient Rehab — Physio
            Seen 1:1 in the gym.
            97112 — 24 mins
            Rx: VOR gaze stabilisation (head turns while fixing on a letter) in sitting then standing; walking with head turns down the corridor; standing on foam with eyes closed.
            Impairment: L vestibular hypofunction (vestibular neuritis Dec 2025) — oscillopsia on head turns, unsteady in the dark.
            Outcome measures this session:
               DGI done?       N
               DHI done?       N
               Tandem timed?   N
            Pt progressing; plan to repeat measures next visit.
            """,
            ["H81.22"], [PT("97112", 24)], [At(Measure, "97112")]),

        // Punjabi clinic "Impairments addressed (tick): [ ] proprioception [ ] postural control [ ] coordination [ ] motor recruitment [ ] vestibular", all empty, and no impairment anywhere else: deficit missing; one-to-one, ball/BAPS/PNF and Berg/SLS present.
        ["v2-h41-yuba-impairment-boxes-empty"] = new(
            """
            Sutter Valley Physical Therapy — Yuba City
            NMR daily sheet
            Pt: Mrs. S. Kaur, 74 F           Interpreter: son (Punjabi)
            One-to-one with PT for the whole NMR, no other pt in the room.
            97112 — 22 min
            Activities: rhythmic stabilisation in sitting on a therapy ball; standing on the BAPS board level 2 with cone reaches; PNF D1 extension pattern L leg against manual resistance.
            Impairments addressed (tick):   [ ] proprioception   [ ] postural control   [ ] coordination   [ ] motor recruitment   [ ] vestibular
            Objective: Berg 44/56; SLS L 6 s, R 9 s.
            HEP sheet given in Gurmukhi.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Nigerian grid "Code | Service | Mins | One-on-one?" with 97112 23 Y and 97110 15 N/A, both match; rocker board, cone head turns, foam catching; neuropathic proprioception and ankle strategy; tandem seconds; TE doses for hip/calf weakness: passes.
        ["v2-h41-lekki-code-grid-one-on-one-y"] = new(
            """
            LEKKI PHYSIOTHERAPY — Treatment Grid
            Name: Mr. B. Okafor       Age: 69       Date: 4/3/2026
            Code   | Service                  | Mins | One-on-one?
            97112  | Neuromuscular re-ed      |  23  | Y
            97110  | Therapeutic exercise     |  15  | N/A
            97112 details: pt stood on the rocker board A-P and side to side, then stepped over cones with head turns and caught a ball on the foam mat. Deficit: reduced proprioception both feet (diabetic neuropathy), slow ankle strategy, sways to R. Tandem stance 6 s (was 3 s).
            97110 details: sit-to-stand from low chair 3 × 10, hip abduction with yellow band 2 × 15 each leg, heel raises 2 × 15 — for hip and calf weakness (hip abd 3+/5 B).
            """,
            ["E11.42", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Filipino findings row "(-) LOB (-) dizziness (-) pain (-) spasticity" — every sign negative and no impairment anywhere else: deficit missing; 1:1, PNF/half-roller/BAPS and TUG present.
        ["v2-h41-natcity-findings-all-negative"] = new(
            """
            BAYVIEW REHAB & WELLNESS — PT Daily Note
            Pt received ambulatory with quad cane, accompanied by watcher (husband).
            Tx: NMR (97112) x 20 mins — seen 1:1 by this PT from start to end, no co-patient.
             – PNF rhythmic stabilization in sitting & standing
             – stepping onto & off a half foam roller
             – BAPS board level 3, clockwise / counter-clockwise
            Findings today:   (-) LOB    (-) dizziness    (-) pain    (-) spasticity
            Outcome: TUG 12.4 s with quad cane (15.8 s IE).
            Instructed HEP.
            """,
            ["R26.89"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Egyptian exercise table "Sets × Rep | Load / Hold" (SLR, TKE, step-up, wall squat) with quadriceps grades and a prayer-mat goal: 97110 passes.
        ["v2-h41-baybridge-sets-rep-table-97110"] = new(
            """
            NILE PHYSICAL THERAPY — Exercise program (97110) — 15 min
            Patient: Mr. Hany R., 70 y — right knee OA, quadriceps wasting, cannot get up from the floor after prayer.
            Exercise                           Sets × Rep       Load / Hold
            Straight leg raise (right)         3 × 10           1 kg cuff, 5 sec hold
            Terminal knee extension            3 × 12           red band
            Step-up, 15 cm step                2 × 10           —
            Wall squat                         3 × 8            10 sec hold
            Quadriceps strength right 3+/5 (left 4+/5). Goal: get up from the prayer mat without pushing on the wall.
            """,
            ["M17.11"], [PT("97110", 15)], []),

        // Kerala eNote export with drop-down values "Treatment Mode: [Individual ▼]" and "Therapist Present Throughout: [Yes ▼]"; Frenkel's, line walking EO/EC, quadruped on foam; cerebellar dysmetria; steps off a 10 m line: passes.
        ["v2-h41-kerala-enote-dropdown-individual"] = new(
            """
            FLORAL PARK PT — eNote export
            Patient: Mr. J. Varghese        Age/Sex: 68/M        DOS: 03/04/2026
            Treatment Mode: [Individual ▼]
            Therapist Present Throughout: [Yes ▼]
            CPT: [97112 ▼]     Minutes: 25
            Intervention: Frenkel's exercises in supine and sitting (heel to marked targets); walking on a line with visual cues, then eyes closed; quadruped alternate arm/leg lifts on a foam mat.
            Impairment: cerebellar ataxia after R cerebellar stroke — dysmetria R LE, wide-based gait.
            Objective: 10 m line walk — 2 steps off the line (6 at IE).
            """,
            ["I69.393"], [PT("97112", 25)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programs

        // Gujarati-trained PT: yoga-based balance programme — Tadasana on Airex EO→EC, Vrikshasana at the wall, Virabhadrasana II weight transfer; B12 neuropathy with ↓ proprioception and ankle strategy; tree-pose seconds; "PT with this pt alone for the full 22 min": passes.
        ["v3-h41-devon-yoga-asanas-balance"] = new(
            """
            DEVON PHYSIO & REHAB — Chicago
            Pt: Mr. R. Shah, 72 yrs M — B12-deficiency neuropathy; c/o swaying while standing for aarti at the temple and when getting up from floor seating.
            Rx: NMR (97112) — 22 min — PT with this pt alone for the full 22 min.
            Yoga-based balance programme (modified):
             • Tadasana (mountain pose) on the Airex pad, EO → EC, 3 × 30 sec
             • Vrikshasana (tree pose), foot at ankle level, fingertip support at the wall → no support
             • Virabhadrasana II (warrior II) with slow weight transfer R ↔ L
            Deficit: ↓ proprioception & ankle strategy both feet, postural sway ↑ with eyes closed.
            Tree pose hold: R 8 sec, L 5 sec. Tadasana on Airex EC: 30 sec without stepping.
            Adv: practise Tadasana near the kitchen platform BD.
            """,
            ["D51.9", "G62.9"], [PT("97112", 22)], []),

        // Egyptian-trained PT: Brunnstrom's approach — Raimiste's phenomenon, breaking the extensor synergy, step-stance knee control; "individual, one therapist and the patient only"; mass extensor synergy and selective control; k of 10 and 10MWT: passes.
        ["v3-h41-baybridge-brunnstrom-raimiste"] = new(
            """
            NILE PHYSICAL THERAPY — Neuro unit
            Dr. Rana S., DPT
            Patient: Mr. Adel M., 61 y — right hemiplegia, left MCA infarct 3 months ago; Brunnstrom stage III lower limb (moves in synergy only).
            Session: individual, one therapist and the patient only.
            97112 — 24 min: Brunnstrom approach
             - Raimiste's phenomenon: resisted hip abduction of the left leg to elicit abduction of the right, then the patient assists, then alone
             - breaking the extensor synergy: hip/knee flexion with ankle dorsiflexion in sitting, then in standing at the wall bars
             - weight shift onto the right leg in step stance with knee control (no locking)
            Deficit: mass extensor synergy of the right leg — knee locks in extension with ankle plantar flexion and inversion in stance; poor selective motor control.
            Measure: selective knee flexion in standing 4 of 10 trials without hip hiking; 10MWT 0.42 m/s.
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // UK-trained physio: 97110 by the Silbernagel pain-monitoring model, phase 2 (heel raises straight/bent knee, seated soleus on the leg press, pogo hops with doses); calf-soleus endurance deficit with reps; mane/nocte HEP: passes.
        ["v3-h41-suncoast-silbernagel-97110"] = new(
            """
            PHYSIO — Suncoast Outpatient Rehab (locum physio)
            Dx: R mid-portion Achilles tendinopathy, 4/12. Stiff first thing in the morning, worse after gardening.
            97110 — 18 mins: Silbernagel pain-monitoring model, phase 2
             – double-leg heel raises on the step 3 × 15
             – single-leg heel raises R with eccentric lowering, 3 × 12 straight knee, 3 × 12 bent knee
             – seated soleus raises on the leg press, 3 × 15 at 40 kg
             – pogo hops 2 × 20 (pain ≤ 3/10 allowed)
            Impairment: R calf-soleus strength/endurance deficit — single-leg heel raise R 14 reps vs L 26.
            Pain monitoring: ≤ 3/10 during, settled by next morning → progress next session.
            HEP: heel raises mane, calf stretch nocte.
            """,
            ["M76.61"], [PT("97110", 18)], []),

        // Kerala-trained PT: Rood's approach (fast brushing, icing, tapping, quick stretch, approximation) with "PT exclusively with this pt" and L hypotonia/recruitment — but not one number or dose (only the code, the minutes and a month): no measure.
        ["v3-h41-kerala-rood-no-number"] = new(
            """
            FLORAL PARK PHYSICAL THERAPY
            Pt: Mrs. M. Joseph, F — L hemiplegia (R intracerebral bleed, Sept 2025)
            NMR (97112) — 23 min — PT exclusively with this pt (no other pt scheduled in the slot).
            Rood's approach:
              – fast brushing and icing over L triceps and wrist extensors
              – tapping and quick stretch to L quadriceps in sitting
              – joint approximation through L shoulder in quadruped, then side-sitting weight bearing on the L arm
            Deficit: L side hypotonia, poor motor recruitment of L triceps and quads, poor trunk control in sitting.
            Pt tolerated. Attempted reaching with L arm in sitting — improving.
            Plan: continue Rood's facilitation, progress to PNF.
            """,
            ["I69.154"], [PT("97112", 23)], [At(Measure, "97112")]),

        // UK falls clinic: lean-and-release reactive training, narrow-base backward walking, step-and-reach on foam; "just the physio and the patient in the falls room"; slow backward stepping; k of 10 releases and TUG: passes.
        ["v3-h41-gulfcoast-lean-and-release"] = new(
            """
            Gulf Coast Outpatient Rehab — Falls clinic physio
            Pt: 82 F, 3 falls backwards since Christmas, on amlodipine.
            Individual appointment — just the physio and the patient in the falls room.
            97112 — 23 mins
             – lean-and-release: pt leans back into the physio's hands and is released without warning → reactive backward steps; then forwards and to each side
             – backward walking along the plinth on a narrow base
             – step-and-reach on a foam pad
            Impairment: slow, multiple small backward steps (failed stepping strategy); posterior loss of balance on turning.
            Outcome: recovered with a single step on 6 of 10 backward releases (2 of 10 at IA); TUG 14.6 s.
            """,
            ["R29.6", "Z91.81"], [PT("97112", 23)], []),

        // Nigerian clinic's Saturday "Dance-for-Balance Class (highlife & Afrobeat music) — 5 patients with PD, 2 physios leading from the front": not one-on-one; side-step taps, rocking step, hoop turns, stop-start; hypokinesia and freezing; turn steps and Mini-BESTest present.
        ["v3-h41-lekki-dance-for-balance-class"] = new(
            """
            LEKKI PHYSIO — Saturday Dance-for-Balance Class (highlife & Afrobeat music)
            5 patients with PD, 2 physios leading from the front.
            This pt: 97112 — 23mins
            Steps: side-step and tap to the beat, forward–back rocking step with arm swing, turning in 4 counts inside a hula hoop, stop-start on the drum.
            Problem: hypokinesia, short shuffling steps, freezing on turns, delayed postural responses.
            Measure: 360° turn in 7 steps (10 at start of block); Mini-BESTest 19/28.
            """,
            ["G20.A1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // UK physio gait re-education: walking-aid progression gutter frame → Zimmer frame, "mobilised 2 × 20 m … Ax1", turning and step practice; antalgic gait and R Trendelenburg; distances, Ax1 and S/B: 97116 passes.
        ["v3-h41-suncoast-gutter-to-zimmer-97116"] = new(
            """
            PHYSIO — gait re-education (97116) — 16 mins
            Pt: 84 F, # R NOF (hemiarthroplasty 3/52 ago), FWB. Lives alone in a villa, 2 steps to access.
            Walking aid progression: gutter frame (forearm trough) → Zimmer frame today.
             – mobilised 2 × 20 m with Zimmer frame and Ax1 (hand on gait belt), cues for step-through pattern and heel strike R
             – turning practice in the corridor, then 2 steps with rail + 1 stick, step-to pattern
            Gait: antalgic, short L step, trunk flexed over the frame; R hip abductor weakness (Trendelenburg R).
            Steps: 2 × 2 with rail and S/B only.
            """,
            ["S72.001D", "Z96.641"], [PT("97116", 16)], []),

        // Egyptian 97140: Vodder manual lymphatic drainage (node clearing, stationary circles, pump and scoop strokes) and patellar glides in bouts; knee oedema limiting flexion; girth cm and degrees before/after: passes.
        ["v3-h41-baybridge-vodder-mld-97140"] = new(
            """
            NILE PHYSICAL THERAPY — Manual therapy (97140) — 12 min
            Patient: Mrs. Mariam A., 68 y — left TKA 3 weeks, persistent knee and calf swelling.
            Manual lymphatic drainage (Vodder): clearing of the inguinal nodes, stationary circles to the thigh, pump technique around the knee, scoop strokes to the calf.
            Patellar mobilization (superior/inferior and medial/lateral glides), 3 bouts × 30 sec.
            Findings: left knee oedema and effusion, flexion limited by the swelling.
            Girth mid-patella L 44 cm (R 39 cm) → 42.5 cm after MLD; knee flexion 88° → 94°.
            """,
            ["Z96.652", "Z47.1"], [PT("97140", 12)], []),

        // Filipino OT 97530 by the CO-OP approach (Goal–Plan–Do–Check) for cooking pancit: cutting, stirring, moving the pot; dysmetria, tremor, turning balance; 4 of 5 plan steps with CGA/SBA: passes.
        ["v3-h41-natcity-co-op-pancit-97530"] = new(
            """
            BAYVIEW REHAB & WELLNESS — OT
            Pt: Mr. E. Reyes, 70/M — s/p R cerebellar infarct; wants to cook pancit for his grandson's birthday.
            Therapeutic activities (97530) — 25 mins, CO-OP approach (Goal–Plan–Do–Check):
             Goal: "cook pancit by myself for the party"
             Plan: pt stated his own plan — sit on a stool to cut the vegetables, slide the pot instead of carrying it
             Do: cut carrots and cabbage on a stabilized board, stirred noodles in the wok, moved the pot from sink to stove
             Check: pt compared how it went with his plan
            Problem: R UE dysmetria & intention tremor, ↓ standing balance when turning at the stove.
            Performance: completed 4 of 5 plan steps; CGA when turning with the pot, SBA for the rest.
            """,
            ["I69.393"], [OT("97530", 25)], []),

        // UK perturbation treadmill protocol (unannounced belt accelerations and decelerations, blocks of 8), "physio with this pt only — no one else on the treadmill bay", k of 24 recoveries — but no impairment, system or deficit written anywhere: deficit missing.
        ["v3-h41-gulfcoast-treadmill-perturbation-no-deficit"] = new(
            """
            Gulf Coast Outpatient Rehab — Physio
            Physio with this pt only — no one else on the treadmill bay.
            97112 — 20 mins
            Perturbation-based training on the treadmill: unannounced belt accelerations ("trips") and decelerations ("slips") at walking speed, harness on, 3 blocks of 8 perturbations.
            Responses: recovered with one compensatory step on 19 of 24 perturbations (13 of 24 at session 1).
            Plan: increase belt speed next session.
            """,
            ["Z91.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Filipino note "(+) past pointing L … (+) rebound phenomenon L UE, (+) dysdiadochokinesia L; truncal sway" is the cerebellar deficit by its signs; numbered-spot stepping, weighted reaching, rhythmic stabilization; SARA and k of 10: passes.
        ["v4-h41-natcity-past-pointing-rebound"] = new(
            """
            BAYVIEW REHAB & WELLNESS — PT
            Pt received ambulating with a wide base, holding on to watcher's arm. Conscious, coherent.
            Dx: s/p CVD (L cerebellar hemorrhage), Nov 2025
            Neuro findings: (+) past pointing L on finger-to-nose, (+) rebound phenomenon L UE, (+) dysdiadochokinesia L; truncal sway in unsupported sitting.
            NMR (97112) — 23 mins — this PT had only this pt in the gym the whole 23 mins.
             – targeted stepping onto numbered floor spots, called out at random
             – reaching to targets in standing with a 0.5 kg wrist cuff on the L
             – quadruped → tall kneel with rhythmic stabilization
            Objective: SARA 15/40 (18/40 IE); stepped on 8 of 10 called targets.
            """,
            ["I69.193"], [PT("97112", 23)], []),

        // Egyptian vestibular clinic "Unterberger stepping test positive — rotated 50° to the right in 50 steps; head impulse right: corrective saccade" is the deficit; VOR x1, head-turn walking, foam stepping EC; "individual session (therapist with this patient only)"; rotation and DVA lines: passes.
        ["v4-h41-baybridge-unterberger-rotation"] = new(
            """
            NILE PHYSICAL THERAPY — Vestibular clinic
            Patient: Mr. Youssef K., 58 y — right vestibular neuritis 6 weeks ago, persistent unsteadiness.
            Examination: Unterberger stepping test positive — rotated 50° to the right in 50 steps; head impulse right: corrective saccade; gait deviates to the right with eyes closed.
            97112 — 22 min, individual session (therapist with this patient only)
             - gaze stabilization (VOR x1) horizontal at 1 m, 3 × 45 sec
             - walking with head turns, 4 × 10 m
             - stepping in place on foam with eyes closed, therapist guarding
            Result: Unterberger today 35° to the right; dynamic visual acuity loss 3 lines (5 lines at evaluation).
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // Nigerian "O/E: positive Trendelenburg sign on R (pelvis drops to L in R stance); R hip abductors 3/5; R lurch" is the region and impairment; abduction, band, clamshell and lateral step-up doses; walking goal: 97110 passes.
        ["v4-h41-lekki-trendelenburg-97110"] = new(
            """
            LEKKI PHYSIOTHERAPY — Exercise session
            Pt: Mrs. C. Nwosu, 66yrs F, R THR 10/52.
            O/E: positive Trendelenburg sign on R (pelvis drops to L in R stance); R hip abductors 3/5; pt walks with a R lurch.
            Rx — Therapeutic exercise (97110) 20mins:
             – side-lying hip abduction R, 3 × 12, 1 kg
             – standing hip abduction with red band, 3 × 10
             – clamshells R, 2 × 15
             – lateral step-ups onto 10 cm step, 2 × 10
            Goal: walk to the bus stop and round the African store on Bissonnet without limping.
            """,
            ["Z96.641", "Z47.1"], [PT("97110", 20)], []),

        // UK neuro physio: "sensory extinction L (misses L touch on bilateral simultaneous stimulation 5/5), L proprioception ↓ at ankle, leans R" is the deficit; mirror weight shift, textured-mat sensory work, pelvic facilitation; "Seen individually in the side room — physio with pt only"; % BW and Berg: passes.
        ["v4-h41-gulfcoast-sensory-extinction"] = new(
            """
            Gulf Coast Outpatient Rehab — Neuro physio
            Pt: 77 M, R PACS (partial anterior circulation stroke) 10/52 ago.
            Seen individually in the side room — physio with pt only.
            Findings: sensory extinction L (misses the L touch on bilateral simultaneous stimulation 5/5), L proprioception ↓ at the ankle, leans R in standing.
            97112 — 25 mins:
             – mirror feedback weight shift onto L in standing
             – L foot sensory stimulation (textured mat, hard/soft discrimination), then weight-bearing on it
             – step-stance on L with physio's manual facilitation at the pelvis; reaching into L space
            Outcome: L weight-bearing 40% BW (32% at IA, bathroom scales); Berg 36/56.
            """,
            ["I69.398", "R26.89"], [PT("97112", 25)], []),

        // Kerala "O/E: posterior column loss — vibration absent up to knees B/L, JPS at toes lost, Romberg's +ve … sensory ataxic gait, stamping" in SACD, "i/v/o the above"; line walking, mirror foam EC, Frenkel's; "one-to-one by PT, no sharing of session"; Romberg seconds and 10MWT: passes.
        ["v4-h41-kerala-sacd-posterior-column"] = new(
            """
            FLORAL PARK PT
            Pt: Mr. P. Nair, 64/M. Subacute combined degeneration (B12 deficiency), on inj. B12 weekly.
            O/E: posterior column loss — vibration absent up to knees B/L, JPS at toes lost, Romberg's +ve (falls in 4 sec EC); sensory ataxic gait, stamping.
            i/v/o the above, NMR (97112) — 25 min; one-to-one by PT, no sharing of session.
              – walking on the line looking at feet → looking ahead
              – standing on foam with mirror feedback, then EC with PT guarding
              – Frenkel's in supine, heel to targets on the shin
            Measure: Romberg EC 4 sec (first visit 1 sec); 10MWT 0.71 m/s.
            """,
            ["E53.8", "G32.0"], [PT("97112", 25)], []),

        // UK gait "waddling (bilateral Trendelenburg), trunk lean over stance leg, short stride R, reduced hip extension" after staged bilateral THRs; elbow crutches to 1 stick, side-stepping, backward walking; distances, S/B and stride metres: 97116 passes.
        ["v4-h41-suncoast-waddling-bilateral-thr-97116"] = new(
            """
            PHYSIO — gait re-ed (97116) — 15 mins
            Pt: 69 F, staged bilateral THRs (L 12/52, R 5/52). Walking aid: 2 × elbow crutches → 1 stick.
            Gait analysis: waddling (bilateral Trendelenburg), trunk lean over the stance leg, short stride R, reduced hip extension at terminal stance both sides.
             – 4-point gait with 2 elbow crutches, then 2-point with 1 stick in L hand; cues "tall through the hips", push-off
             – side-stepping along the plinth, backward walking 4 × 5 m
            Walked 3 × 30 m with 1 stick, S/B; stride up to 1.0 m on the 10 m tape (0.8 m last week).
            """,
            ["Z96.643"], [PT("97116", 15)], []),

        // Nigerian 97112 "Tone normal all limbs, sensation intact, coordination intact, power 5/5 all groups. Gait normal." and no deficit anywhere: deficit missing; physio and pt alone, rocker board, PNF D2, hurdles, seconds and k of 6 present.
        ["v4-h41-lekki-neuro-exam-intact"] = new(
            """
            LEKKI PHYSIOTHERAPY — Neuro re-ed
            Pt: Mr. A. Lawal, 70yrs M. Known hypertensive.
            S: Pt said he has no complaints today.
            O/E: Tone normal all limbs, sensation intact, coordination intact, power 5/5 all groups. Gait normal.
            Rx — NMR (97112) 20mins, physio and pt alone in the treatment room:
             – standing on the rocker board A-P
             – PNF D2 flexion/extension patterns of both arms in standing
             – stepping over hurdles, forward and sideways
            Pt stood on the rocker board 30 s without touching the bar; cleared 6 of 6 hurdles.
            Pt to continue.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Egyptian 97110 "Assessment today: NAD." with bridging, squats, step-ups, sit-to-stand and carries in doses — no region, impairment or goal written: deficit missing.
        ["v4-h41-baybridge-nad-97110"] = new(
            """
            NILE PHYSICAL THERAPY — Exercise (97110) — 15 min
            Patient: Mr. Fady N., 71 y
            Assessment today: NAD.
            Program: bridging 3 × 10, squats to chair 3 × 10, step-ups 2 × 10, sit-to-stand 2 × 10 with 3 sec lowering, farmer's carry 2 × 20 m with 4 kg.
            Patient did the program without rest.
            """,
            ["M62.81"], [PT("97110", 15)], [At(Deficit, "97110")]),

        // Egyptian 97140: "capsular pattern of restriction — ER 20°, ABD 75°, IR 35°; hard capsular end feel" of the R shoulder is the region and impairment; Maitland grade IV glides and end-range ER mobilization in bouts; degrees after and a hair-combing goal: passes.
        ["v4-h41-baybridge-capsular-pattern-97140"] = new(
            """
            NILE PHYSICAL THERAPY — Manual therapy (97140) — 10 min
            Patient: Mrs. Hoda T., 59 y, diabetic, right frozen shoulder (adhesive capsulitis) for 5 months.
            Examination: capsular pattern of restriction — ER 20°, ABD 75°, IR 35°; hard capsular end feel; no painful arc.
            Techniques: Maitland grade IV inferior and posterior glides of the right glenohumeral joint, 4 × 30 sec each; end-range mobilization into ER, 3 × 60 sec.
            After: ER 26°, ABD 82°.
            Goal: comb her hair and fasten her bra.
            """,
            ["M75.01", "E11.9"], [PT("97140", 10)], []),

        // Punjabi clinic "rises from chair only with hands pushing on thighs (Gowers'-type manoeuvre); quads 3/5 B/L … knee buckles" in inclusion body myositis; raised-plinth rises, cuff knee extension, hip extension with doses; gurdwara goal: 97110 passes.
        ["v4-h41-yuba-gowers-ibm-97110"] = new(
            """
            Sutter Valley Physical Therapy — Yuba City
            Pt: Mr. H. Gill, 73 M — inclusion body myositis (dx 2024).
            O/E: rises from the chair only with hands pushing on thighs (Gowers'-type manoeuvre); quads 3/5 B/L, finger flexors weak; falls when the knee buckles.
            97110 — 15 min:
              • sit-to-stand from raised plinth (55 cm) 3 × 6
              • seated knee extension, 0.5 kg cuff, 2 × 10 each
              • standing hip extension at the rail 2 × 10
            Goal: get up from the low seat at the gurdwara without his sons lifting him.
            """,
            ["G72.41"], [PT("97110", 15)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Nigerian gait "5 laps of the 20 m corridor (100 m total) with stand-by assistance; stairs with contact guard"; frame then stick, heel-toe cues, stairs; stiff-knee gait after L TKR: 97116 passes.
        ["v5-h41-lekki-corridor-laps-97116"] = new(
            """
            LEKKI PHYSIOTHERAPY — Gait training (97116) — 18mins
            Pt: Mrs. G. Eze, 80yrs, L TKR 6/52; came in with a walking stick.
            Gait deviations: stiff-knee gait L, reduced knee flexion in swing, short R step.
            Rx: walking along the 20 m corridor — 3 laps with the walking frame, then 2 laps with the walking stick; heel-toe cueing; stairs up/down 10 steps with the rail.
            Pt walked 5 laps of the 20 m corridor (100 m total) with stand-by assistance; stairs with contact guard.
            """,
            ["Z96.652"], [PT("97116", 18)], []),

        // Gujarati-trained OT: grip by "modified sphygmomanometer, cuff pre-inflated to 20 mmHg: R 60 mmHg, L 140 mmHg"; rotis on the kitchen platform, pressure-cooker lift, jars; wrist stiffness and grip weakness; cooking goal: 97530 passes.
        ["v5-h41-devon-sphygmo-grip-97530"] = new(
            """
            DEVON PHYSIO & REHAB — OT
            Pt: Mrs. K. Desai, 75/F — R distal radius # (ORIF 8/52), R dominant.
            Therapeutic activities (97530) — 22 min:
              – rolling rotis with the rolling pin on the kitchen platform
              – lifting the pressure cooker (2 kg, empty) from counter to stove
              – opening jars and steel containers
            Grip (modified sphygmomanometer, cuff pre-inflated to 20 mmHg): R 60 mmHg, L 140 mmHg.
            Problem: R wrist stiffness and grip weakness; goal — cook for the family again.
            Completed all tasks with set-up only, 2 rest breaks.
            """,
            ["S52.501D"], [OT("97530", 22)], []),

        // UK "Sit to stand ×5 (46 cm chair, arms folded): 17.2 s (22.9 s at IA)" with doses written "×10, 3 sets"; global LL weakness with Oxford grade, SOB on exertion, lunch-club bus goal: 97110 passes (sats are vitals).
        ["v5-h41-suncoast-sit-to-stand-x5-97110"] = new(
            """
            Physio — strength programme (97110) — 16 mins
            Pt: 81 M, deconditioned after admission with CAP; SOB on exertion, sats stable on air.
             – sit to stand ×10 from a standard chair, 3 sets, arms folded
             – step-ups onto a 15 cm step ×10 each leg, 2 sets
             – seated knee extension 1 kg ×12 each, 2 sets
             – heel raises at the rail ×15, 2 sets
            Outcome: Sit to stand ×5 (46 cm chair, arms folded): 17.2 s (22.9 s at IA).
            Impairment: global LL weakness, esp. quads (Oxford 4-/5 B).
            Goal: get on and off the bus to the Thursday lunch club.
            """,
            ["R53.81", "J18.9"], [PT("97110", 16)], []),

        // Filipino 97140 "Goniometry R knee: AROM 8° → 95° pre; 5° → 101° post" with Gr III glides in bouts, patellar mobs and STM; stiff knee after TKR: passes.
        ["v5-h41-natcity-goniometry-97140"] = new(
            """
            BAYVIEW REHAB & WELLNESS — PT
            Pt: Mr. R. Aquino, 66/M — s/p R TKR (5 wks).
            Manual therapy (97140) x 12 mins:
             – tibiofemoral posterior glides Gr III in flexion, 3 bouts × 30 sec
             – patellar mobs sup/inf & med/lat
             – STM to distal quads & ITB
            R knee stiff with ↓ flexion and a flexion contracture.
            Goniometry R knee: AROM 8° → 95° pre; 5° → 101° post.
            """,
            ["Z96.651", "Z47.1"], [PT("97140", 12)], []),

        // Egyptian 97112 "BESS 14 errors (firm + foam), 22 at evaluation"; single-leg foam stance with head turns, perturbations, line hops; ankle proprioception after recurrent sprains; "individual session — only this patient with the therapist": passes.
        ["v5-h41-baybridge-bess-errors"] = new(
            """
            NILE PHYSICAL THERAPY
            Patient: Mr. Ramy S., 67 y — recurrent right ankle inversion sprains, "the ankle rolls on the curb".
            97112 — 20 min — individual session, only this patient with the therapist.
            Program: single-leg stance on foam with head turns; therapist perturbations at the pelvis in single-leg stance; hops across a line with stick landing.
            Assessment: right ankle proprioception decreased, late peroneal response, functional ankle instability.
            Balance Error Scoring System (BESS): 14 errors (firm + foam), 22 at evaluation.
            """,
            ["M25.371", "S93.401D"], [PT("97112", 20)], []),

        // Kerala 97112 "spasticity R plantarflexors — Modified Ashworth 1+ … active DF R now 5° beyond neutral"; wedge standing, PNF D1 hold-relax/rhythmic initiation, tapping step-ups; DF recruitment; "pt alone with PT in the neuro room": passes.
        ["v5-h41-kerala-ashworth-active-df"] = new(
            """
            FLORAL PARK PT — Neuro
            Pt: Mr. T. George, 59/M, R hemiparesis (L MCA infarct, 5/12 ago).
            O/E: spasticity R plantarflexors — Modified Ashworth 1+; poor heel strike R.
            NMR (97112) — 24 min, pt alone with PT in the neuro room, no other patient seen by me in that time.
              – prolonged standing on a wedge (DF stretch) with weight shift onto R
              – PNF D1 extension R LE with hold-relax, then rhythmic initiation
              – step-ups R leading with tapping to the dorsiflexors
            Deficit: ↓ selective DF recruitment R, toe clearance poor in swing.
            Result: active DF R now 5° beyond neutral (neutral last wk); MAS 1+ unchanged.
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // Nigerian 97112 "Pt is improving steadily. She can now stand longer without holding the bar" — physio alone with her, PNF pelvic patterns, mirror shifts, quad tapping, R motor control and proprioception — but no number or dose anywhere: no measure.
        ["v5-h41-lekki-improving-steadily"] = new(
            """
            LEKKI PHYSIO — NMR
            Pt: Mrs. O. Akande, 77yrs F. L CVA with R hemiparesis, Sept. 2025.
            Physio was with her alone in the cubicle for the whole neuro session.
            97112 — 22mins:
             – PNF pelvic patterns in side-lying (anterior elevation / posterior depression), R side
             – weight shifting onto the R leg in standing with the mirror
             – tapping to R quads during stance for knee control
            Findings: poor R hip and knee motor control, R knee buckles on weight acceptance, impaired R proprioception.
            Pt is improving steadily. She can now stand longer without holding the bar, and her daughter said she walks better at home.
            Continue.
            """,
            ["I69.351"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Gujarati 97110 "prone press-ups, cat–camel, pelvic tilts, bridging, bird-dog — reps as tolerated" with lumbar stiffness and sciatic symptoms, but no dose or number: no measure.
        ["v5-h41-devon-reps-as-tolerated-97110"] = new(
            """
            DEVON PHYSIO & REHAB
            Pt: Mr. D. Trivedi, M — c/o LBP radiating to L leg for the last three months.
            Ex. given (97110) 15 min: prone press-ups, cat–camel, pelvic tilts, bridging, bird-dog — reps as tolerated; pt advised to continue at home.
            Deficit: lumbar extension stiffness, L sciatic symptoms i/v/o lower lumbar disc bulge; core weakness.
            """,
            ["M54.16"], [PT("97110", 15)], [At(Measure, "97110")]),

        // UK gait "mobilised around the physio gym with the Zimmer frame, then trialled a wheeled rollator" with shuffling and vascular parkinsonism — no distance, assistance level or number: measure missing on 97116.
        ["v5-h41-suncoast-zimmer-no-distance-97116"] = new(
            """
            PHYSIO — gait re-ed (97116) — 15 mins
            Pt mobilised around the physio gym with the Zimmer frame, then trialled a wheeled rollator; cues to stand tall and lift the feet.
            Gait: shuffling, reduced step length and foot clearance, flexed posture (vascular parkinsonism).
            Pt managing better with the rollator; to continue.
            """,
            ["G21.4"], [PT("97116", 15)], [At(Measure, "97116")]),

        // Filipino OT 97530 kitchen and laundry tasks with hip precautions, R hip weakness and a cooking/laundry goal, "did the tasks slowly but completed them, with rest breaks as needed" — no assistance level, count or number: no measure.
        ["v5-h41-natcity-ot-no-count-97530"] = new(
            """
            BAYVIEW REHAB & WELLNESS — OT
            Pt: Mrs. A. Villanueva, F — s/p R THR; wants to cook sinigang and hang laundry at home.
            Therapeutic activities (97530) — 20 mins: kitchen tasks in standing (getting pots from the low cabinet with a reacher, carrying items on a walker tray), hanging clothes on the line in the gym mock-up.
            Hip precautions observed throughout. R hip weakness and ↓ standing tolerance.
            Pt did the tasks slowly but completed them, with rest breaks as needed.
            """,
            ["Z96.641"], [OT("97530", 20)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, missing separate time

        // Nigerian "Time spent: 97112 → 25mins | 97110 → 15mins" both match; "just the physio and Mr. Ibrahim in the room"; foam EO/EC, tandem with ball toss, hurdles; neuropathic proprioception and ankle strategy; tandem and 5xSTS; TE doses for quad/hip weakness: passes.
        ["v6-h41-lekki-time-spent-arrows"] = new(
            """
            LEKKI PHYSIOTHERAPY
            Pt: Mr. S. Ibrahim, 72yrs M. Known diabetic with neuropathy both feet; 2 falls since 1/12.
            Time spent: 97112 → 25mins | 97110 → 15mins
            NMR: just the physio and Mr. Ibrahim in the room. Foam stance EO/EC, tandem walk on the line with ball toss, stepping over hurdles on command. Deficit: absent vibration and reduced proprioception in both feet, delayed ankle strategy. Tandem stance 8 s; 5xSTS 16.4 s.
            TE: sit-to-stand 3 × 10, mini-squats 3 × 10, hip abduction with band 2 × 15 each — for quads / hip abductor weakness (4-/5).
            """,
            ["E11.42", "Z91.81"], [PT("97112", 25), PT("97110", 15)], []),

        // Kerala one timed code "Tx time: 10.05 am – 10.28 am (NMR only)" is 23 minutes, matching; Airex head turns, stop-start walking, obstacle turns; neuropathic proprioception and postural control; FGA; "PT one-to-one, no other pt": passes.
        ["v6-h41-kerala-dotted-clock-range"] = new(
            """
            FLORAL PARK PT — NMR
            Pt: Mrs. R. Mathew, 70/F — c/o swaying while walking up the church aisle for Holy Qurbana; DM2 with neuropathy.
            Tx time: 10.05 am – 10.28 am (NMR only; PT one-to-one, no other pt).
            NMR (97112): standing on Airex with head turns; walking with sudden stops on command; obstacle course with turns around chairs.
            Deficit: ↓ postural control during turns, proprioception ↓ B/L feet.
            FGA 18/30 (15/30 at IE).
            Adv: HEP BD.
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // UK one timed code "Contact time: 22 mins (gait only today)" matches the 97116 line; quad stick and AFO, kerb practice; circumduction and drop foot; distances, S/B and a timed 10 m walk: passes.
        ["v6-h41-suncoast-contact-time-97116"] = new(
            """
            Physio — Gait re-education
            Contact time: 22 mins (gait only today).
            Pt: 74 M, R hemiparesis after L TACS 4/12 ago; R AFO.
             – walking with quad stick and R AFO, 4 × 15 m along the corridor; cues for R heel strike and knee flexion in swing
             – kerb practice outside: up/down a 15 cm kerb × 4 with quad stick, S/B
            Gait: R circumduction, reduced R knee flexion in swing, drop foot R without the AFO.
            10 m walk 21.5 s (27 s at IA) with quad stick and AFO.
            """,
            ["I69.351", "M21.371"], [PT("97116", 22)], []),

        // Filipino one timed code "NMR 97112: 2:00 PM – 2:40 PM" is 40 minutes against a 25-min line: mismatch; 1:1, PNF/hurdles/foam ball toss, R hemiparesis with postural control, TUG complete.
        ["v6-h41-natcity-clock-range-mismatch"] = new(
            """
            BAYVIEW REHAB & WELLNESS — PT
            NMR 97112: 2:00 PM – 2:40 PM, pt seen 1:1 by this PT (no co-patient) the whole time.
            Activities: PNF D2 flexion patterns UE in standing, stepping over hurdles, ball toss while standing on foam.
            Findings: R hemiparesis (CVD infarct) with ↓ postural control and ↓ R LE motor control.
            TUG 18.2 s (22.0 s IE).
            """,
            ["I69.351"], [PT("97112", 25)], [At(Mismatch, "97112")]),

        // Egyptian two-code note "Manual therapy (97140): 20 min" against a 10-min line: mismatch on 97140; "Exercise (97110): 15 min" matches; both sections complete (C6 radiculopathy, grades, degrees, doses).
        ["v6-h41-baybridge-manual-mismatch"] = new(
            """
            NILE PHYSICAL THERAPY
            Patient: Mr. Magdy L., 63 y — right C6 cervical radiculopathy.
            Manual therapy (97140): 20 min — cervical lateral glide to the left, grade III, 3 × 30 sec; suboccipital release; thoracic PA mobilization T3–T6 grade III, 3 × 30 sec. Cervical rotation R 50° → 62°.
            Exercise (97110): 15 min — deep neck flexor training with pressure biofeedback 22 → 26 mmHg, 10 × 10 sec; scapular retraction with band 3 × 12; median nerve sliders 2 × 10.
            Problem: right C6 radiculopathy — arm pain and paraesthesia, weak deep neck flexors, reduced cervical rotation.
            """,
            ["M54.12"], [PT("97140", 10), PT("97110", 15)], [At(Mismatch, "97140")]),

        // Nigerian "Total Rx time: 40mins (NMR + TE)" with no minutes for either code: separate time missing; physio alone with her, wobble board/foam catch, knee proprioception and SLS; TE doses and quad weakness complete.
        ["v6-h41-lekki-total-rx-time-only"] = new(
            """
            LEKKI PHYSIO
            Pt: Mrs. T. Bello, 68yrs F. R knee OA; c/o pains climbing the church stairs.
            Total Rx time: 40mins (NMR + TE).
            NMR: physio with pt alone throughout. Wobble board single-leg stance R, single-leg stance on foam with ball catch. R knee proprioception ↓ (joint reposition error 8°), quad reaction delayed. SLS R on foam 6 s.
            TE: quads sets 10 × 5 s, SLR 3 × 10 with 1 kg, step-ups 2 × 10, hamstring curls red band 3 × 10 — R quads weakness 4-/5; goal: climb the church stairs without holding the rail.
            """,
            ["M17.11"], [PT("97112", 25), PT("97110", 15)], [SepTime]),

        // Punjabi "NMR + TE given for 38 min." with no per-code minutes: separate time missing; one-to-one NMR (PNF, foam head turns, step-ups with tapping; recruitment and proprioception; Berg) and TE doses with grades complete.
        ["v6-h41-yuba-given-for-38-min"] = new(
            """
            Sutter Valley Physical Therapy — Yuba City
            Pt: Mr. J. Sidhu, 77 M — R hemiparesis, L MCA stroke Oct 2025; ex-truck driver.
            NMR + TE given for 38 min.
            NMR: PT with him only (no other pt). PNF D1 flexion/extension R LE, standing on foam with head turns, R step-ups with tapping to the glutes. Deficit: poor R hip/knee motor recruitment, ↓ R proprioception at the ankle. Berg 43/56.
            TE: R hip abduction sidelying 3 × 10, bridging 3 × 12, R knee extension 1 kg 3 × 10 — R hip abd 3+/5, quads 4-/5.
            """,
            ["I69.351"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // UK "Gait re-ed 15 mins" but the exercise section has no minutes and there is no total: 97110's time is not given; both sections complete (distances, S/B, doses, Oxford grade, degrees).
        ["v6-h41-gulfcoast-minutes-for-gait-only"] = new(
            """
            Gulf Coast Outpatient Rehab — Physio
            Pt: 79 M, L TKR 8/52.
            Gait re-ed 15 mins: 1 stick R hand, 3 × 30 m, heel-toe pattern, S/B; stairs ×12 reciprocal with rail, S/B. Gait: stiff-knee L, ↓ knee flexion in swing.
            Ex: step-ups 15 cm ×10 ×3, TKE with band ×12 ×3, leg press 30 kg ×10 ×3, bike with seat low for flexion.
            L quads Oxford 4-/5; knee flexion 104°.
            """,
            ["Z96.652"], [PT("97116", 15), PT("97110", 15)], [SepTime]),

        // Filipino three codes on one line "Neuromuscular re-ed – 20 mins | Gait training – 10 mins | Ther ex – 10 mins", all match; 1:1 NMR (PNF slow reversal, foam weight shift, quad tapping; recruitment; Berg), walker gait with CGA/ft, TE doses with grades: passes.
        ["v6-h41-natcity-three-codes-pipe-line"] = new(
            """
            BAYVIEW REHAB & WELLNESS — PT
            Pt: Mrs. C. Mendoza, 74/F — s/p CVD infarct L MCA, R hemiparesis; with watcher (son).
            Procedures done:   Neuromuscular re-ed – 20 mins  |  Gait training – 10 mins  |  Ther ex – 10 mins
            NMR: seen 1:1 by this PT, no co-patient. PNF D2 extension R UE with slow reversals; standing weight shift to R on foam; tapping R quads in stance. (+) R knee hyperextension in stance, ↓ R motor recruitment, ↓ standing balance. Berg 37/56.
            Gait: front-wheeled walker on level floor, 2 × 40 ft, R heel-strike cues; CGA. R toe drag.
            Ther ex: R hip flexion AAROM 2 × 10, SAQ R 2 × 12 with 0.5 kg, ankle pumps 2 × 20 — R hip flexors 3-/5.
            """,
            ["I69.351"], [PT("97112", 20), PT("97116", 10), PT("97110", 10)], []),

        // UK record of one morning, separate sessions: "OT (97530) — 23 mins" and "Physio (97110) — 15 mins", each on its own discipline's line and matching; car transfer and dishwasher from a perching stool with S/B and min assist, post-THR goal; hip exercises with doses and Oxford grade: passes.
        ["v6-h41-gulfcoast-ot-and-physio-same-morning"] = new(
            """
            Gulf Coast Outpatient Rehab — visit record (same morning, separate sessions)
            Pt: 72 F, L THR (posterior approach) 6/52, hip precautions.
            OT (97530) — 23 mins: car transfer into the passenger seat of the car mock-up keeping precautions, S/B of 1, min assist ×1 to lift the L leg in; unloading the dishwasher from a perching stool, 2 full racks, S/B. Goal: be driven to church by her neighbour and manage her own kitchen.
            Physio (97110) — 15 mins: standing hip abduction L 3 × 10, standing hip extension at the rail 3 × 10, mini-squats 2 × 12, step-ups 10 cm 2 × 10. L hip abductors Oxford 3+/5.
            """,
            ["Z96.642", "Z47.1"], [OT("97530", 23), PT("97110", 15)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a PT visit with 97112 and 97110: DOC_NOTE_MISSING on both profiled lines and nothing else.
        ["v7-h41-empty-nmr-and-te"] = new(
            "",
            ["I69.354"], [PT("97112", 23), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // Empty note on an OT 97530 visit sent without a diagnosis: missing on 97530, and the diagnosis check.
        ["v7-h41-empty-ot-no-diagnosis"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // Non-breaking spaces, CR/LF and a tab only are empty: missing on the PTA's 97116 and nothing else.
        ["v7-h41-nbsp-only-pta-97116"] = new(
            "\u00A0\u00A0\r\n\t\u00A0\r\n",
            ["R26.89"], [PTA("97116", 15)], [At(NoteMissing, "97116")]),

        // 97110 whose only target is the functional goal "so that Alhaji can kneel, go down for sujood and rise again at Jumu'ah prayers", which the contract counts as the deficit; half-kneel rises, step-ups, wall squats and bridging with doses: passes.
        ["v7-h41-97110-jumuah-kneeling-goal-only"] = new(
            """
            LEKKI PHYSIO — PTA
            97110 — 15mins: half-kneel to stand holding the plinth 3 × 5 each side, step-ups onto a 15 cm step 2 × 10, wall squats 3 × 10 s hold, bridging 3 × 12.
            So that Alhaji can kneel, go down for sujood and rise again at Jumu'ah prayers without holding the wall.
            """,
            ["M17.0"], [PTA("97110", 15)], []),

        // UK OT 97530: making a hot drink with a kettle tipper and toast from a perching stool, "S/B of 1 throughout, min assist ×1 … 2 verbal prompts", R hemiparesis with grip weakness, breakfast goal: passes.
        ["v7-h41-97530-ot-hot-drink-kettle-tipper"] = new(
            """
            OT — kitchen practice (97530) — 24 mins
            Making a hot drink in the OT kitchen: filled the kettle from a jug, poured using a kettle tipper, carried the cup to the table on a trolley; made toast sitting on a perching stool at the worktop.
            Level: S/B of 1 throughout; min assist ×1 to set the kettle back on the tipper; 2 verbal prompts to sequence.
            R hemiparesis after L CVA with reduced R grip. Goal: make her own breakfast when she goes home alone to her flat.
            """,
            ["I69.351"], [OT("97530", 24)], []),

        // Gujarati 97140: Maitland central PA L4/L5 grade III and unilateral PA grade II in bouts of 30 sec, SNAGs into extension × 6; lumbar extension stiffness and R paraspinal spasm: passes.
        ["v7-h41-97140-maitland-grades-bouts"] = new(
            """
            DEVON PHYSIO & REHAB — Manual therapy (97140) — 10 min
            Maitland central PA glides L4 and L5, grade III, 3 × 30 sec each level; unilateral PA L5 R, grade II, 2 × 30 sec; SNAGs into extension in sitting, 6 reps.
            Lumbar extension stiffness, R paraspinal spasm.
            """,
            ["M54.50"], [PT("97140", 10)], []),

        // Filipino 97116 "GT (97116) rendered per POC. Pt tolerated tx well, no adverse reaction noted. Cont. same tx.": generic only.
        ["v7-h41-97116-generic-rendered-per-poc"] = new(
            "BAYVIEW REHAB & WELLNESS — PTA. GT (97116) rendered per POC. Pt tolerated tx well, no adverse reaction noted. Cont. same tx.",
            ["R26.89"], [PTA("97116", 15)],
            [At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // Nigerian 97112 "Balance training given. Pt tolerated Rx well. Pt to continue treatment as planned. Review 2/7.": only generic phrases, no technique, deficit, number or one-on-one.
        ["v7-h41-97112-generic-lekki"] = new(
            "LEKKI PHYSIO. NMR (97112): Balance training given. Pt tolerated Rx well. Pt to continue treatment as planned. Review 2/7.",
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Kerala 97140 "Manual therapy given as per protocol. Pt felt better after Rx. Same to continue.": generic only.
        ["v7-h41-97140-generic-kerala"] = new(
            """
            FLORAL PARK PT
            MT (97140) — Manual therapy given as per protocol. Pt felt better after Rx. Same to continue.
            """,
            ["M54.50"], [PT("97140", 10)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Egyptian 97530 "Functional training program done. Patient tolerated well. Good progress. Continue the same program.": generic only.
        ["v7-h41-97530-generic-nile"] = new(
            "NILE PHYSICAL THERAPY — 97530: Functional training program done. Patient tolerated well. Good progress. Continue the same program.",
            ["I69.354"], [PT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Lagos-trained PT, L TKR: "Manual therapy (97140) — 10mins" (patellar and tibiofemoral glides in bouts, STM) and "Therapeutic exercise (97110) — 20mins" (heel slides, quads sets, SLR, sit-to-stand with doses) both match; flexion degrees, lag, shop-steps goal: passes.
        ["vord-h41-lekki-tkr-mt-te"] = new(
            """
            LEKKI PHYSIOTHERAPY & REHAB CLINIC — Alief
            Pt: Mrs. J. Okoro, 68yrs F. L TKR 5/52. Known hypertensive.
            S: Pt said the knee is still stiff in the morning; she wants to go back to her African food store.
            O/E: L knee flexion 92°, extension lag 8°; quads 3+/5; mild swelling.
            Rx:
            1. Manual therapy (97140) — 10mins: patellar glides sup/inf and med/lat; tibiofemoral posterior glides grade III in flexion, 3 × 30 s; STM to L distal quads.
            2. Therapeutic exercise (97110) — 20mins: heel slides 3 × 10, quads sets 10 × 5 s hold, SLR 3 × 10 with 1 kg, sit-to-stand 2 × 10, stationary bike rocking then full revolutions with the seat high.
            Post-Rx L knee flexion 98°.
            Goal: climb the 3 steps into her shop and stand at the counter.
            Plan: continue 3×/52.
            """,
            ["Z96.652", "Z47.1"], [PT("97140", 10), PT("97110", 20)], []),

        // Nigerian stroke visit: 97112 22 ("Pt was seen by the physio alone, nobody else in the gym"; PNF D1, wobble-cushion transfer, foot placing; recruitment, proprioception, trunk lean; Berg) and 97116 15 (hemi-walker, stairs; circumduction, toe drag; metres, CGA/SBA): passes.
        ["vord-h41-lekki-stroke-nmr-and-gait"] = new(
            """
            LEKKI PHYSIO — Neuro
            Pt: Mr. K. Adeleke, 64yrs M. R hemiparesis 2° L MCA infarct (4/12). Walks with a hemi-walker.
            NMR (97112) — 22mins. Pt was seen by the physio alone, nobody else in the gym.
             – PNF D1 flexion/extension R LE in side-lying
             – standing weight transfer to R on the wobble cushion with the mirror
             – R foot placing onto targets on a step
             Deficit: poor R hip flexor and DF recruitment, ↓ R proprioception at the knee, lateral trunk lean to L.
             Berg 40/56 (35/56 on 4/2/2026).
            Gait training (97116) — 15mins:
             – hemi-walker on level floor 3 × 15 m, cues for R heel strike and knee flexion in swing; 4 steps with the rail
             – gait: R circumduction, toe drag R
             – CGA on stairs, SBA on level.
            """,
            ["I69.351"], [PT("97112", 22), PT("97116", 15)], []),

        // Nigerian OT 97530: slicing with the L hand stabilising, stirring a pot of egusi (water) on the mock stove, carrying the pot; SBA / min A, grip kg; Sunday-cooking goal: passes.
        ["vord-h41-lekki-ot-egusi-sundays"] = new(
            """
            LEKKI PHYSIO — Occupational Therapy
            Pt: Mrs. B. Olatunji, 72yrs F. L hemiparesis (R CVA, Nov 2025). Lives with her daughter in Katy.
            Therapeutic activities (97530) — 25mins:
             – standing at the kitchen counter slicing onions and peppers, using the L hand to hold the vegetables steady
             – stirring a pot of egusi soup (water for now) on the mock stove, 3 bouts
             – carrying the pot (2 kg) with both hands from sink to stove, 4 trips
            Level: SBA in standing, min A with the L hand's grip on the pot handle.
            Problem: L hand weakness (grip 6 kg L vs 20 kg R), ↓ standing balance when turning.
            Goal: cook egusi and stew for the family on Sundays.
            """,
            ["I69.354"], [OT("97530", 25)], []),

        // Kerala LBP: "MT (97140) × 10 min" (central PA Gr III in bouts, rotation mob, STM) and "TE (97110) × 15 min" (press-ups, bird-dog, bridging, slider with doses) both match; fingertip–floor cm, SLR degrees; "Adv: press-ups TDS": passes.
        ["vord-h41-floralpark-lbp-mt-te"] = new(
            """
            FLORAL PARK PHYSICAL THERAPY
            Pt: Mr. S. Kuriakose, 67/M — c/o LBP radiating to R buttock × 6 wks, ↑ on sitting in the car for long drives to Philadelphia.
            O/E: lumbar flexion limited (fingertip–floor 28 cm), R SLR 55° (L 80°), tenderness R L4–5 paraspinals.
            Rx:
             MT (97140) × 10 min: central PA L4, L5 Gr III 3 × 30 sec; R side-lying rotation mob Gr III; STM R paraspinals & QL.
             TE (97110) × 15 min: prone press-ups 2 × 10; bird-dog 3 × 10 with 5 sec hold; bridging 3 × 12; R sciatic nerve slider 2 × 10.
            Post Rx: fingertip–floor 22 cm.
            Adv: press-ups TDS; avoid long sitting, get out of the car every hour.
            """,
            ["M54.16", "M54.50"], [PT("97140", 10), PT("97110", 15)], []),

        // Kerala PD 97112 "PT one-to-one throughout, no other pt in slot"; floor-line cues, push-recovery drills, clock turns; freezing, hypokinesia, backward responses; k of 6 doorway freezes and pull-test steps: passes ("TDS" is dosing).
        ["vord-h41-floralpark-pd-freezing"] = new(
            """
            FLORAL PARK PT — NMR
            Pt: Mr. G. Chacko, 78/M, PD × 8 yrs on carbidopa/levodopa TDS.
            C/o freezing while getting into the lift and turning in the kitchen.
            NMR (97112) × 24 min — PT one-to-one throughout, no other pt in slot.
              – visual cues (tape lines on floor) for doorway walking
              – backward and lateral push-recovery drills
              – turning practice using a "clock" turn strategy
            Deficit: freezing of gait at doorways/turns, hypokinesia, impaired backward postural responses.
            Measures: doorway freezes 1 of 6 passes (4 of 6 last wk); pull test 2 steps.
            Wife trained in cueing. HEP BD.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // Gujarati knee OA 97110 "Pt made to perform" static quads with holds, SLR, TKE, mini squats and step-ups with doses; grades, crepitus, flexion degrees; floor-seating for bhajan: passes.
        ["vord-h41-devon-knee-oa-made-to-perform"] = new(
            """
            DEVON PHYSIO & REHAB — Chicago
            Pt: Mrs. J. Mehta, 74 yrs F — B/L knee OA (R > L); c/o pain on squatting and on getting up from floor seating at bhajan.
            O/E: R quads 4-/5, L 4/5; crepitus ++ R; knee flexion R 110°.
            Ex. (97110) — 18 min. Pt made to perform:
              • static quads with towel roll 10 × 10 sec hold
              • SLR R/L 3 × 10
              • TKE with red TheraBand 3 × 12
              • mini squats to 45° 2 × 10, step-ups 10 cm 2 × 10
            Advised: same ex. BD at home; use a chair at bhajan instead of the floor for now.
            """,
            ["M17.0"], [PT("97110", 18)], []),

        // Punjabi frozen shoulder: "97140 — 12 min" (GH glides grade III–IV in bouts, MWM, scapular mobs) and "97110 — 15 min" (pulley, sleeper stretch, band ER, wall walk with doses) both match; degrees; tying his pagg before gurdwara: passes.
        ["vord-h41-yuba-frozen-shoulder-pagg"] = new(
            """
            Sutter Valley Physical Therapy — Yuba City
            Pt: Mr. B. Dhillon, 66 M, L adhesive capsulitis × 4 months, DM2. Cannot tie his pagg (turban) or reach his back pocket.
            O/E: L shoulder flexion 110°, abduction 80°, ER 15°, IR hand to L buttock.
            97140 — 12 min: GH inferior and posterior glides grade III–IV, 4 × 30 sec each; Mulligan MWM for flexion, 3 × 10; scapular mobilisations in side-lying.
            97110 — 15 min: pulley-assisted flexion 2 × 15, sleeper stretch 3 × 30 sec, ER with yellow band 3 × 12, wall walk 10 reps.
            After: flexion 118°, ER 22°.
            Goal: tie his pagg himself each morning before gurdwara.
            """,
            ["M75.02", "E11.9"], [PT("97140", 12), PT("97110", 15)], []),

        // Punjabi-trained PTA 97530: floor transfers via half-kneel and side-sit, tray carry to a low table, car back seat; CGA/SBA; knee flexion and quad weakness; sitting on the floor for langar: passes.
        ["vord-h41-yuba-pta-langar-floor-transfer"] = new(
            """
            Sutter Valley PT — PTA note
            Pt: Mrs. P. Kaur, 70 F — R TKA 10 wks.
            Therapeutic activity (97530) — 23 min:
             – floor transfer practice: stand → half-kneel on L → side-sit on the mat → up again via the low stool, 4 reps
             – carrying a tray (1.5 kg) across the gym and lowering it to a low table
             – getting into/out of the back seat of the car mock-up, 3 reps
            Assist: CGA for floor → stand, SBA for the rest.
            Problem: R knee flexion 105° and quad weakness limit getting down to the floor.
            Goal: sit on the floor for langar at the gurdwara and get up without her grandsons lifting her.
            """,
            ["Z96.651"], [PTA("97530", 23)], []),

        // Filipino SOAP "S> O> A> P>" with a Tagalog line and its English; "this PT with pt only the entire time, no other pt scheduled"; PNF D2 slow reversals, sit ↔ stand with L loading, foam reaching; L recruitment; Berg and % BW: passes.
        ["vord-h41-natcity-cvd-soap"] = new(
            """
            BAYVIEW REHAB & WELLNESS — PT Daily Note
            S> "Mas okay na po ako" (I'm better now), as per pt.
            O> Pt received on wheelchair, with watcher (wife). Alert, conversant. BP 132/80.
               Dx: CVD infarct (R MCA), L hemiparesis
            Tx> NMR 97112 × 25 mins — this PT with pt only the entire time, no other pt scheduled.
               • PNF D2 extension/flexion L UE in sitting, slow reversals
               • sit ↔ stand with L foot placed back for L weight bearing; tapping to L glutes
               • standing on foam pad, reaching to cones placed on the L
            A> L-sided motor recruitment poor (hip ext/abd); standing balance fair-, leans to R.
               Berg 31/56 (26/56 IE); L weight bearing 38% BW on the scale.
            P> Cont. POC, HEP to watcher.
            """,
            ["I69.354"], [PT("97112", 25)], []),

        // Filipino PTA 97116: quad cane on level, ramp and a 4-inch curb with heel-strike cues; hip hiking, reduced knee flexion, short step; feet, SBA/CGA: passes.
        ["vord-h41-natcity-pta-quad-cane-gait"] = new(
            """
            BAYVIEW REHAB & WELLNESS — PTA
            Pt received ambulatory with quad cane, with watcher.
            GT (97116) x 18 mins:
             – ambulation with QC on level surface 3 × 40 ft
             – up/down ramp ×2, 4-inch curb step ×4
             – cues for L heel strike & L knee flexion at swing
            Gait deviations: L hip hiking, ↓ L knee flexion in swing, short R step.
            Assist: SBA on level, CGA on ramp & curb.
            """,
            ["I69.354"], [PTA("97116", 18)], []),

        // Filipino OT 97530 for shopping at Seafood City: cart with shelf reaches, bagging and lifting to a trunk mock-up, coins at the "cashier"; SBA/CGA and k of 10; bradykinesia, fine motor, rigidity: passes.
        ["vord-h41-natcity-ot-seafood-city"] = new(
            """
            BAYVIEW REHAB & WELLNESS — OT Daily Note
            Pt: Mr. F. Bautista, 75/M — PD; wants to go shopping at Seafood City with his wife again.
            Therapeutic activities (97530) — 22 mins:
              – pushing a shopping cart around the gym, reaching items from low and high shelves (10 items)
              – bagging groceries at the counter and lifting bags (2 × 3 kg) into the car-trunk mock-up
              – handling coins and cards at the "cashier"
            Assist: SBA with the cart, CGA when reaching to the low shelf; 10 of 10 items retrieved without LOB.
            Problem: bradykinesia, ↓ fine motor control (coins), trunk rigidity when reaching low.
            """,
            ["G20.A1"], [OT("97530", 22)], []),

        // Egyptian ACL visit: 97110 15 (leg press, step-downs, curls, single-leg bridges with loads) and 97112 23 ("The neuromuscular part was one-to-one — therapist with this patient only"; foam throws, rocker perturbations, line hops; proprioception and valgus; seconds and k of 10): passes.
        ["vord-h41-baybridge-acl-te-nmr"] = new(
            """
            NILE PHYSICAL THERAPY — Bay Ridge
            Patient: Mr. George B., 66 y — right ACL reconstruction 16 weeks, still afraid on the stairs.
            Dr. Kirollos A., DPT
            97110 — 15 min: leg press 3 × 10 (40 kg), step-downs from 15 cm 3 × 10, hamstring curls 3 × 12 (5 kg), single-leg bridges 2 × 10.
            97112 — 23 min: single-leg stance on foam with ball throws; perturbations on the rocker board; lateral hops over a line with stick landing. The neuromuscular part was one-to-one — therapist with this patient only.
            Assessment: right quadriceps weakness (LSI 72% on the leg press), poor right knee proprioception and dynamic valgus on landing.
            Single-leg stance on foam R 18 sec (L 30 sec); stuck 8 of 10 landings without valgus.
            """,
            ["S83.511D"], [PT("97110", 15), PT("97112", 23)], []),

        // Egyptian 97530 for kneeling and standing at the Coptic Mass: pew-height sit-to-stand, kneeler practice with the bench rail, cane walking with a candle holder; min assist / contact guard; hip extensor weakness: passes.
        ["vord-h41-baybridge-coptic-mass-97530"] = new(
            """
            NILE PHYSICAL THERAPY — Functional training
            Patient: Mrs. Samia E., 70 y — left hemiplegia (right MCA infarct, Dec 2025); wants to go back to kneeling and standing during the Coptic Mass.
            97530 — 22 min:
             - sit to stand from a pew-height bench (45 cm) with even weight, 3 × 5
             - standing at the bench turning the pages of her prayer book, then lowering to kneel on the kneeler and back up with the bench rail, 4 reps
             - walking 10 m with a quad cane carrying a candle holder, 3 times
            Assistance: min assist to rise from kneeling, contact guard for the rest.
            Problem: left leg weakness (hip extensors 3/5), poor balance when turning.
            """,
            ["I69.354"], [PT("97530", 22)], []),

        // Egyptian LBP: "Manual therapy (97140) — 8 min" (unilateral PA grade III in bouts, MFR of QL) and "Exercise (97110) — 20 min" (dead bug, side plank, bird-dog, kettlebell deadlift with doses) both match; inclinometer degrees and side-plank seconds: passes.
        ["vord-h41-baybridge-lbp-mt-te"] = new(
            """
            NILE PHYSICAL THERAPY
            Patient: Mr. Emad W., 69 y — chronic mechanical low back pain with left-sided lumbar stiffness; wants to carry his grandson again.
            Manual therapy (97140) — 8 min: left unilateral PA mobilization L3–L5 grade III, 3 × 30 sec per level; myofascial release of the left quadratus lumborum and thoracolumbar fascia.
            Exercise (97110) — 20 min: dead bug on the stability ball 3 × 10, side plank on knees 3 × 20 sec each side, bird-dog 3 × 10, deadlift with an 8 kg kettlebell 3 × 8.
            Assessment: lumbar flexion 40° → 48° (inclinometer) after manual; side plank left 20 sec vs right 35 sec; weak trunk extensors.
            """,
            ["M54.50"], [PT("97140", 8), PT("97110", 20)], []),

        // UK # NOF visit: "Gait re-ed (97116) — 15 mins" (1 stick, metres, S/B of 1, steps; Trendelenburg lurch) and "Ex (97110) — 15 mins" (hip abd/ext, sit to stand, heel raises with doses; Oxford grade) both match: passes.
        ["vord-h41-suncoast-nof-gait-and-ex"] = new(
            """
            PHYSIO DAILY NOTE — Suncoast Outpatient Rehab
            Pt: 83 F, # R NOF → cemented hemiarthroplasty 6/52, FWB. PMHx: HTN, OA. SH: lives with husband in a single-storey villa, 2 steps to the front door.
            S: No falls. "The stick feels better than the frame now."
            Gait re-ed (97116) — 15 mins: mobilised 3 × 25 m with 1 stick in the L hand, S/B of 1; step-through pattern, heel strike R; 2 steps with rail + stick ×3, step-to, S/B.
              Gait: R Trendelenburg lurch, short L step, ↓ R hip extension at terminal stance.
            Ex (97110) — 15 mins: side-lying hip abd R 3 × 10; standing hip ext at the rail 3 × 10; sit to stand ×10 ×2; heel raises ×15 ×2.
              R hip abductors Oxford 3+/5.
            Plan: cont. 2x/week; step-ups next session.
            """,
            ["S72.001D"], [PT("97116", 15), PT("97110", 15)], []),

        // UK vestibular physio 97112 "Individual session in the quiet room (no other pts)"; substitution walking on varied surfaces, gaze stabilisation, foam EC; bilateral vestibular loss with oscillopsia; mCTSIB seconds and DVA lines: passes (SOB on exertion is history).
        ["vord-h41-gulfcoast-bilateral-vestibular-loss"] = new(
            """
            Gulf Coast Outpatient Rehab — Vestibular physio
            Pt: 71 F, bilateral vestibular hypofunction (gentamicin 2024). SOB on exertion (HFpEF) — rests as needed.
            Individual session in the quiet room (no other pts).
            97112 — 23 mins
             – substitution work: walking on varied surfaces (gym mat, grass strip outside, foam beam) using somatosensory cues
             – gaze stabilisation with head movement, target at arm's length then on the far wall
             – standing on foam with eyes closed, physio guarding
            Impairment: bilateral vestibular loss — oscillopsia when walking, ↑ sway in the dark.
            mCTSIB foam EC 11 s (4 s at IA); DVA 4 lines lost (6 at IA).
            """,
            ["H81.8X3"], [PT("97112", 23)], []),

        // UK OT 97530 with COPD: shower-stool transfer, seated dressing with pursed-lip breathing and pacing; S/B of 1 and planned rests; SpO2 beside it; bowls-club goal and dyspnoea on UE tasks: passes.
        ["vord-h41-gulfcoast-ot-copd-showering"] = new(
            """
            Gulf Coast Outpatient Rehab — OT
            Pt: 76 M, COPD (GOLD 3), 2 L O2 on exertion. SOB on exertion with showering and dressing.
            97530 — 23 mins: shower-stool transfer practice in the bathroom mock-up; upper-body dressing seated with pursed-lip breathing and pacing; drying off in a towelling robe.
            Performance: stool transfer S/B of 1; dressing completed with 2 planned rests (4 rests last week); SpO2 91–94%.
            Impairment: reduced activity tolerance, dyspnoea on UE tasks.
            Goal: shower and dress on his own in the mornings so his wife can go to her bowls club.
            """,
            ["J44.9"], [OT("97530", 23)], []),

        // UK note transcribed from dictation: "Neuromuscular re-education, 97112, 20 minutes" ("one-to-one with me throughout"; pelvic facilitation, Airex reaching, hurdle; L motor control and proprioception) and "Therapeutic activities, 97530, 18 minutes" (bath board, trolley; stand-by assistance of one, supervision); Berg in words; bathing goal: passes.
        ["vord-h41-suncoast-dictated-nmr-and-ta"] = new(
            """
            [Dictated by physio, transcribed by admin — Suncoast Outpatient Rehab]
            Mrs. D. is a 79-year-old lady seen today for her eighth session following her left PACS in December. She was seen on her own in the gym, one-to-one with me throughout the neuro re-education.
            Neuromuscular re-education, 97112, 20 minutes. We worked on step-stance weight transfer onto the left leg with facilitation at the pelvis, standing on a folded Airex pad reaching into the left field, and stepping over a small hurdle leading with the left. Her main problems remain reduced left hip and knee motor control, with the knee snapping back in stance, and impaired left-sided proprioception at the ankle.
            Therapeutic activities, 97530, 18 minutes. We practised getting into and out of the bath using a bath board, and carrying a cup of tea from the kitchen worktop to the lounge on a trolley. Stand-by assistance of one for the bath board, supervision with the trolley.
            Her Berg today is 41 out of 56, up from 34 at initial assessment. She wants to be able to bath independently before her daughter flies back to the UK.
            """,
            ["I69.354"], [PT("97112", 20), PT("97530", 18)], []),

        // Nigerian PTA 97110 for lumbar stenosis: pelvic tilts, knee-to-chest holds, flexion-bias stretch, recumbent stepper bouts, bridging; neurogenic claudication and hip extensor grade; supermarket goal: passes.
        ["vord-h41-lekki-pta-stenosis-97110"] = new(
            """
            LEKKI PHYSIO — PTA note
            Pt: Mr. D. Ogunleye, 71yrs M, lumbar spondylosis with canal stenosis; c/o pains and heaviness in both legs after walking a short distance.
            Therapeutic exercise (97110) — 17mins:
             – posterior pelvic tilts 2 × 15
             – single and double knee-to-chest 3 × 30 s hold
             – seated flexion stretch 3 × 30 s
             – recumbent stepper level 3, 2 bouts
             – bridging 3 × 10
            Impairment: neurogenic claudication, weak core and hip extensors (glute max 4-/5).
            Goal: walk round the Fiesta supermarket without stopping to sit.
            """,
            ["M48.062"], [PTA("97110", 17)], []),

        // Kerala voice-typed three-code note: "NMR 97112 for 20 minutes, one-to-one with PT", "Gait 97116 for 15 minutes", "Ther ex 97110 for 10 minutes", all match and each complete (PNF, step-stance, foam; recruitment/proprioception; Berg · quad cane, ft, CGA/SBA · doses and grades): passes.
        ["vord-h41-floralpark-three-codes-voice-typed"] = new(
            """
            FLORAL PARK PT — (voice-typed)
            Pt Mrs. L. Abraham, 73 female, L hemiparesis after R MCA stroke Sept 2025. Came with husband, walking with quad cane.
            Treatment given today:
            NMR 97112 for 20 minutes, one-to-one with PT: PNF D1 flexion pattern L LE in supine and sidelying, weight shift onto L in step stance with pelvic facilitation, standing on foam with reaching. L hip flexor and DF recruitment poor, ↓ L ankle proprioception. Berg 38/56.
            Gait 97116 for 15 minutes: quad cane on level and ramp, 2 × 50 ft, cues for L heel strike; CGA on ramp, SBA on level. L toe drag and circumduction.
            Ther ex 97110 for 10 minutes: L hip abduction sidelying 2 × 10, bridges 2 × 12, L DF active assisted 2 × 15 — L hip abd 3-/5, DF 2+/5.
            Advised HEP BD, husband to supervise. Same plan to continue.
            """,
            ["I69.354"], [PT("97112", 20), PT("97116", 15), PT("97110", 10)], []),

        // Gujarati-trained OT two codes: "97110 (OT) — 15 min" (tendon glides, putty, pegs, wrist weights with doses) and "97530 (OT) — 18 min" (coins and buttons, buttoning, pouring from a steel tumbler, writing); grip/pinch kg and buttoning seconds; till goal: passes.
        ["vord-h41-devon-ot-carpal-tunnel"] = new(
            """
            DEVON PHYSIO & REHAB — Hand & OT
            Pt: Mr. H. Joshi, 69 yrs M — R carpal tunnel release 6/52; c/o weak grip, drops his cup of chai.
            97110 (OT) — 15 min: tendon gliding 10 reps each position, putty squeeze (medium) 3 × 15, pinch pegs 2 × 20, wrist ext with 0.5 kg 3 × 12.
            97530 (OT) — 18 min: sorting coins and buttons, buttoning his shirt on the board, picking up and pouring from a steel tumbler, writing a grocery list.
            Grip R 16 kg (L 30 kg); tip pinch R 3 kg. Buttoning completed in 48 sec (75 sec last week).
            Problem: R thenar weakness and ↓ dexterity; goal — run the till at his son's grocery shop.
            """,
            ["G56.01"], [OT("97110", 15), OT("97530", 18)], []),

        // Complete Nigerian 97110 (scapular and cuff exercises with doses, ER grade and painful arc, hair-plaiting goal) sent with no diagnosis.
        ["vord-h41-lekki-shoulder-no-diagnosis"] = new(
            """
            LEKKI PHYSIO
            Pt: Mrs. E. Uche, 67yrs F — R shoulder impingement; c/o pains when plaiting her granddaughter's hair.
            Therapeutic exercise (97110) — 15mins: scapular retraction with band 3 × 12, side-lying ER 1 kg 3 × 10, wall slides 2 × 10, sleeper stretch 3 × 30 s.
            R shoulder ER 3+/5, painful arc 70–120°.
            Goal: plait hair and reach the top shelf in her kitchen.
            """,
            [], [PT("97110", 15)], [Dx]),

        // Punjabi "TE and NMR given. Total 35 min. Pt better than last visit. Continue same plan.": nothing named for either code, no one-on-one, and a total only.
        ["vord-h41-yuba-generic-two-codes-total"] = new(
            "Sutter Valley PT. TE and NMR given. Total 35 min. Pt better than last visit. Continue same plan.",
            ["I69.351"], [PT("97110", 15), PT("97112", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),

        // UK CIDP 97112, complete (foam-beam heel-toe, reactive stepping to pushes, wobble board EC; distal proprioceptive loss and late stepping; Mini-BESTest) — but nothing states one-on-one.
        ["vord-h41-gulfcoast-cidp-unstated"] = new(
            """
            Gulf Coast Outpatient Rehab — Physio
            Pt: 68 M, CIDP on IVIG every 4/52.
            S: More trips in the garden lately; L foot catching when tired.
            97112 — 22 mins: heel-toe walking along the foam beam; reactive stepping to pushes at the shoulders in all directions; standing on the wobble board with eyes closed.
            Impairment: distal proprioceptive loss (toe JPS impaired B), late stepping reaction to the L.
            Mini-BESTest 20/28 (17/28 at IA).
            Plan: continue; review IVIG timing with neuro.
            """,
            ["G61.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Filipino PTA "Gait training done for 30 minutes" on the one timed code against an 18-min 97116 line: mismatch; walker, ramp and curb, deviations, feet and CGA/SBA complete.
        ["vord-h41-natcity-gait-minutes-mismatch"] = new(
            """
            BAYVIEW REHAB & WELLNESS — PTA
            Pt received ambulatory with front-wheeled walker, accompanied by watcher (granddaughter).
            Gait training done for 30 minutes: walker on level floor 2 × 60 ft, up/down ramp ×2, curb ×3; cues for R step length and upright trunk.
            Gait deviations: short R step, forward trunk lean, ↓ R heel strike (R THR 6 wks).
            CGA on curb, SBA on level and ramp.
            """,
            ["Z96.641"], [PTA("97116", 18)], [At(Mismatch, "97116")]),

        // Egyptian 97110 naming exercises (static quads, SLR, TKE, step-ups, wall squats, calf raises) for L knee OA with weak quadriceps — but no set, repetition, load, hold or number: no measure.
        ["vord-h41-baybridge-exercise-list-no-dose"] = new(
            """
            NILE PHYSICAL THERAPY — Exercise (97110) — 15 min
            Patient: Mrs. Laila M. — left knee OA, weak quadriceps, pain on stairs.
            Program: static quadriceps, straight leg raise, terminal knee extension with band, step-ups, wall squats, calf raises.
            Patient did well; continue the same program.
            """,
            ["M17.12"], [PT("97110", 15)], [At(Measure, "97110")]),

        // Complete Gujarati PTA 97116 (cane on the corridor and stairs, R antalgic gait after TKA, feet and SBA) sent with the CPT code "97116" typed into the diagnosis field: not an ICD-10-CM code.
        ["vord-h41-devon-cpt-in-diagnosis-field"] = new(
            """
            DEVON PHYSIO & REHAB — PTA
            Pt: Mr. V. Parikh, 76 yrs M — R TKA 7 wks.
            Gait trng (97116) — 16 min: single-point cane in L hand along the corridor 3 × 80 ft, reciprocal stairs 12 steps with rail ×2; cues for R heel strike and knee bend in swing.
            Gait: antalgic R, ↓ R stance time, stiff R knee in swing.
            SBA on stairs, mod I on level.
            """,
            ["97116"], [PTA("97116", 16)], [Dx]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
