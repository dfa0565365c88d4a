using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The seventy-fourth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of cardiopulmonary, post-ICU and deconditioning outpatient therapy — ICU survivors with
/// post-intensive-care syndrome (critical illness myopathy and polyneuropathy, weeks on a ventilator or ECMO), long
/// COVID with post-exertional malaise, orthostatic intolerance and pacing, COPD, interstitial lung disease,
/// bronchiectasis, farmer's lung and silicosis, heart failure, LVAD and post-CABG patients outside cardiac rehab,
/// heart- and kidney-transplant and thoracotomy patients deconditioned after long stays — as the people who treat
/// them write them: oxygen titrated during exercise (nasal cannula, an Oxymizer, E-tanks in a rollator basket,
/// pulse-dose concentrators), SpO2 nadirs and recovery, pursed-lip and paced breathing through tasks, modified Borg
/// dyspnoea and RPE, heart-rate ceilings for pacing and RPE for a denervated transplant heart, LVAD speed, flow, PI
/// and Doppler MAP, controllers and battery holsters, sternal precautions, energy conservation, and the field's
/// measures (6MWT, the 2-minute step test written 2MST, the 30-second chair stand, the 1-minute sit-to-stand test
/// written 1MSTST, SPPB, 4-m gait speed, MIP and MEP, chest expansion, grip dynamometry); about two thirds ordinary
/// and complete (67 of 103), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a
/// visit, and a PT's and an OT's code on one day), by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>a university hospital's post-ICU recovery clinic ("Manzano University Hospital — ICU Recovery Clinic":
/// Albuquerque, New Mexico, seeing survivors from Belen, Los Lunas, Rio Rancho and the South Valley) on an Epic-style
/// rehab flowsheet with dotted rows ("Treatment mode ....... ☒ Individual ☐ Concurrent ☐ Group", a PICS domains
/// row, ADL grids with assistance levels), an "ICU course:" line, a Spanish video interpreter on an iPad, sons and
/// daughters interpreting, a peer-support group whose members ride in together, tortillas on a comal, a pot of
/// beans, chile ristras, Mass at San Felipe de Neri, the Balloon Fiesta field;</item>
/// <item>a pulmonary group's outpatient therapy service ("Wando Pulmonary Associates — Outpatient Therapy": Mount
/// Pleasant, Summerville, Goose Creek, Moncks Corner, James Island and Johns Island, South Carolina) writing SOAP
/// notes with an O2 titration table (rest / exertion / recovery), a gait grid, a Thursday strength group and a
/// Tuesday station circuit: crabbing off the dock, the choir at Sunday service, sweetgrass baskets on the porch, the
/// Piggly Wiggly aisles, a retired shrimper, a tackle shop, Wednesday Bible study;</item>
/// <item>a heart-failure programme's therapy team ("Queen City Heart Institute — Advanced HF and VAD Program,
/// Therapy Team": Springfield, Missouri, with patients from Nixa, Republic, Bolivar and Branson) on a session
/// flowsheet (weight against dry weight, edema, "Delivery:" boxes, region boxes, VAD numbers at arrival), LVAD
/// patients with HeartMate 3 controllers in shoulder holsters, a heart transplant after ECMO, post-CABG "Keep Your
/// Move in the Tube", milrinone in a fanny pack, Table Rock Lake and a pontoon, Bass Pro, a deer stand, the church
/// fellowship hall;</item>
/// <item>a long-COVID clinic ("Cascadia Post-COVID Recovery Clinic": Tacoma, with satellites in Puyallup, Gig Harbor,
/// Olympia, Lakewood, Federal Way and University Place) writing first-person notes around a "Pacing check" and a
/// "PEM since last visit" box: heart-rate ceilings on Garmins and watches, the Levine (modified Dallas) recumbent
/// protocol, a Wednesday OT pacing lab, the traffic-light pacing plan, a middle-school teacher and her portable
/// classroom, an ICU nurse, a barista, a Boeing mechanic, the ferry terminal, Costco, the Tacoma Mall;</item>
/// <item>a rural hospital's outpatient rehab ("Mesabi Range Community Hospital — Outpatient Rehab": Hibbing, with
/// clinics in Virginia, Eveleth, Chisholm and Mountain Iron, Minnesota) whose PT, PTA and OT write terse notes
/// ("Pt c/o", "amb", "DOE", "B LE", "sit&lt;&gt;stand 3x10", inches as 8") and a CPT / Description / Min / 1:1? grid, for
/// retired taconite miners with silicosis and dairy farmers with farmer's lung: the ice-fishing house, the deer
/// stand, the sauna bench, a snowblower pull-cord, a wheelbarrow of sawdust bedding down the barn alley, the
/// milking-parlor steps, a skid steer, the hockey arena, the church fish fry.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h74-…): one-on-one in these writers' own words ("Undivided attention — one therapist, one
/// patient — for every minute of it", "Booked as a single-patient slot; no one else on the gym floor with us during
/// the NMR", "direct, continuous 1:1 with the PTA" with a husband in the chair by the door, "This was a private
/// session — I was not treating anyone else at the time", "Hands-on with him by myself the whole NMR — the other
/// bay was empty", "Individual treatment: no other patient was scheduled with me or seen during her session" with
/// the transplant coordinator sitting in), notes that negate it (a Tuesday station circuit of four with the PT at
/// the balance station, a PTA checking the treadmill patient's sats between her sets, two retired miners who ride
/// in together worked at the bars in turns, two ICU survivors from a peer group booked together) or never state it
/// (a husband who drove her in), and a 97110 in a Thursday strength group of five and a 97530 in a Wednesday OT
/// pacing lab, which have no one-on-one check (only 97112 is the one-on-one code in the shipped medicare
/// profile);</item>
/// <item>class 2 (v2-h74-…): template states: "Treatment mode ☒ Individual", "Delivery: ☒ Concurrent (2 pts, same
/// PT)", a "1:1?" column blank on the only row and "Y" on both rows, an O2 titration table beside a ticked exercise
/// grid with doses, an "Impairments targeted" row with nothing ticked, "Sets / reps / load: ____" with the 6MWT and
/// chair stand left blank, a gait grid filled in (device, O2, distance, assist), a "PEM since last visit" box and a
/// task grid with positions and levels, an ADL grid with assistance levels and a PICS domains row, a gait grid
/// with nothing ticked, region boxes with ticked doses;</item>
/// <item>class 3 (v3-h74-…): named programmes, protocols and devices as techniques (IMT on a POWERbreathe K3 at % of
/// MIP, the Levine modified Dallas recumbent protocol, "Keep Your Move in the Tube", a SciFit StepOne, the
/// traffic-light pacing plan, an Inogen One G5 on pulse setting, C-Mill target stepping with belt perturbations,
/// Maitland grade III costovertebral mobilisation, an EMST150 at % of MEP, a Hand Helper and Theraputty), the
/// Levine protocol with no dose, a Threshold IMT with no load and a Vector overhead-track session with its testing
/// put off;</item>
/// <item>class 4 (v4-h74-…): deficits stated as findings (dropping to 84% with the laundry basket on the stairs,
/// stopping twice between the truck and the Bass Pro doors, legs that "turn to jelly" on the ramp to a portable
/// classroom, 14 steps to the bedroom, feet numb to the ankles that cannot feel the floor in the dark, a pot of beans
/// she cannot lift, legs that give out halfway round the block, coughing and desaturating bending to tie shoes, a
/// wheelbarrow of sawdust bedding down the barn alley) and notes that state none (back to mowing and fishing with no
/// symptoms, "Gait today: even step length, normal cadence, no deviation", dizziness gone and screens negative);</item>
/// <item>class 5 (v5-h74-…): measures in their usual forms (6MWT metres with its nadir, 2MST steps, the 30-second
/// chair stand, SPPB with its parts, 4-m gait speed, 1MSTST repetitions, shower and battery-swap assistance levels,
/// functional reach inches, knee-extensor dynamometry) and notes with none ("Less winded on the stairs than last
/// week", "Did better today — fewer stops", "Steadier than last week", "Tissue moving better");</item>
/// <item>class 6 (v6-h74-…): minutes in their usual forms ("Timed codes this visit: 97112 = 15 min · 97110 = 12 min ·
/// 97116 = 10 min", minutes in prime notation "NMR 97112 (18')", a.m. clock ranges per code, a PT's and an OT's code
/// on one combined visit, minutes in two parts around a tank change, "× 1 unit = 14 min", "Spent 19 minutes on
/// therapeutic exercise (97110) and 11 minutes on gait training (97116)", a dotted-leader "Timed minutes" table), true
/// mismatches (a PTA's "97110 – 30 min" against 18, NMR 12 against 25, the second of two codes 26 against 14) and
/// truly missing separate time ("Total timed treatment 36 min" for two codes, "97110 + 97530: 34 min between
/// them");</item>
/// <item>class 7 (v7-h74-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (arm ergometer and weights for a salt bag and a gas can), 97530 (the car,
/// the tank and the grocery cart), 97140 (accessory-muscle soft tissue, rib and thoracic mobilisation with chest
/// expansion) and 97116 (a rollator with planned sits after a COVID ICU stay), and wholly generic 97110, 97112 +
/// 97110 and OT 97530 notes;</item>
/// <item>ordinary (vord-h74-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code, a generic two-code note
/// with a total, a PTA's gait time that differs, an OT's time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — husbands, wives, sons,
/// daughters, a video interpreter, a transplant coordinator and an HF nurse (none of them a
/// patient; the other miner at the bars, the other ICU survivor, the treadmill patient and the members of a circuit,
/// a group and a pacing lab are), oxygen flows in litres, SpO2 percentages, heart rates, blood
/// pressures and heart-rate ceilings, Borg and RPE ratings, ejection fractions, LVAD speed, flow, PI and MAP, dry
/// weights, days and weeks in the ICU, on a ventilator or since surgery, bypass grafts counted, dates, step and chair
/// heights, ribs and vertebral levels, metronome beats per minute, a breathing ratio of steps, treadmill speed in
/// mph, and the numbers inside a test's name (6MWT, 2MST, 30s CST, 1MSTST) — and each is written so that a reviewer
/// cannot take it for a code's minutes; no note gives minutes to a warm-up, an exercise bout, an interval, a rest, a
/// tank change, a vital-sign check or a test.
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
/// This set also leaves out every measure-missing note that carries a vital sign, an oxygen flow or a dyspnoea or
/// RPE rating (so that none of them can be argued to be its number), exercise prescribed in minutes (bike or
/// treadmill bouts written as time), airway clearance (ACBT, oscillating PEP, percussion), breathing retraining as
/// the whole of a 97110, oxygen titration as a service of its own, pulmonary and cardiac rehabilitation sessions
/// themselves, a 97112 whose deficit is only a named system that a negative screen ruled out, and whether an LVAD,
/// transplant or post-exertional-malaise patient should be exercised at all (a medical question, not the
/// note's).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 95 of 103 cases agree (101 needed), and 4 of the 67 notes the reviewer passes got a finding, on the analyzer of c480fee (the start of the 2026-12-06 eleventh session; this set was written blind in a separate worktree, beside four others) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session to 102 of 103 with no false positive — a session's parts and their sum with where or when after each part ("10 min before his tank change + 8 min after = 18 min", "12 min on court 4 + 11 min on the putting green = 23 min"), minutes opening a code's line ("14 min 97110:"), a score's subscales in brackets ("19/28 (balance 11, gait 8)"), a test's row left blank "(not done — …)", one-on-one in these writers' words ("the one patient I was treating", "closed to everyone but her and me", "with him by myself", "with me and only me — no other player", "all of it with me alone — no shared time"), and the setting's vocabulary added by a helper who had not written the set. "Re-check of the dizziness she had last autumn: none now" now answers the field no (after the session's review). Left: "3 x 300 ft, independent, with head turns" (read as a functional goal across the comma) still gives a deficit.</para>
/// </summary>
public class HeldOutNotesIssue18SeventyFourthTests(ITestOutputHelper output)
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

        // Manzano, daughter drove him from Los Lunas: "Undivided attention — one therapist, one patient — for every minute of it"; foam stance eyes closed, head turns, stepping on and off the pad; position sense lost in both feet (CIP); foam Romberg seconds; 22 matches: passes.
        ["v1-h74-manzano-undivided-attention-cip-feet"] = new(
            """
            MANZANO UNIVERSITY HOSPITAL — ICU Recovery Clinic · PT Daily Note
            ICU course: MICU 23 days for septic shock (pneumonia), intubated 12 days; home since January. Daughter Marisol drove him in from Los Lunas.
            97112 — 22 min. Undivided attention — one therapist, one patient — for every minute of it.
              standing on the foam pad eyes open → eyes closed; narrow-base stance with head turns; stepping onto and off the pad to floor targets without looking down
            Deficit: loss of position sense in both feet (critical illness polyneuropathy) — watches his feet when he walks, lost his footing on the gravel drive at night
            Romberg on foam: eyes closed 9 s (0 s at the first clinic visit); SpO2 95–97% on room air throughout
            """,
            ["G62.81", "R26.81"], [PT("97112", 22)], []),

        // Wando SOAP, dock-step near-falls: "Booked as a single-patient slot; no one else on the gym floor with us during the NMR"; reaching outside the base, lateral stepping reactions to pushes, step-and-turn; postural control; FGA; 20 matches: passes.
        ["v1-h74-wando-single-patient-slot"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · Mount Pleasant
            S: Two near-falls on the dock steps this month reaching for the crab line. On 2 L NC at rest, 4 L with exertion.
            O: Booked as a single-patient slot; no one else on the gym floor with us during the NMR.
               97112 — 20 min: reaching outside her base of support at the high-low table, feet fixed; lateral stepping reactions to light pushes at the pelvis; stepping up onto a 4-in. step and turning to reach a cone
               FGA 17/30 (13/30 on 2/3); SpO2 low 90s on 4 L, back to 94% seated
            A: Postural control — late, small stepping reactions to the side; leans on the rail. Steadier reaching today.
            P: Continue NMR 2x/wk; dock-step practice next visit.
            """,
            ["J44.9", "Z99.81", "R26.81"], [PT("97112", 20)], []),

        // Queen City PTA, LVAD with a small stroke: "direct, continuous 1:1 with the PTA" with her husband in the chair by the door; L weight shifts, cone steps, midline reaches, tandem in the bars; L hemiparesis and neglect; Berg and tandem steps; VAD numbers are not minutes; 24 matches: passes.
        ["v1-h74-queen-city-pta-direct-continuous-1to1"] = new(
            """
            QUEEN CITY HEART INSTITUTE — Advanced HF and VAD Program · Therapy Team · PTA Daily Note
            HeartMate 3 (implanted 9/2025); small R MCA stroke in December. VAD check at arrival: speed 5400, flow 4.5, PI 3.4; Doppler MAP 82. Controller and both batteries in the shoulder holster; driveline site covered.
            97112 — 24 min — direct, continuous 1:1 with the PTA; her husband watched from the chair by the door.
              weight shifts onto the L leg in the parallel bars, then stepping the R foot onto a cone and back while staying over the L; reaching across midline for rings on the L with the holster on; tandem walking along the bars
            Deficit: L hemiparesis — poor weight acceptance on the L leg and L neglect when she turns; sways toward the L in narrow stance
            Berg 42/56 (36/56 at PT eval 1/6); tandem along the bars 10 steps without touching (4 at eval)
            """,
            ["I69.354", "Z95.811", "I50.22"], [PTA("97112", 24)], []),

        // Cascadia teacher: "This was a private session — I was not treating anyone else at the time"; VOR x1 to a metronome, head-turn walking, optokinetic stripes; visual-vestibular mismatch since COVID; seconds at a metronome rate and FGA; HR ceiling is not a measure here; 18 matches: passes.
        ["v1-h74-cascadia-private-session"] = new(
            """
            CASCADIA POST-COVID RECOVERY CLINIC · Tacoma · PT Visit
            Long COVID since 11/2024. Middle-school science teacher (on leave). Pacing check: no PEM crash after last visit; HR ceiling 108 on her Garmin, stayed under it today.
            This was a private session — I was not treating anyone else at the time.
            97112 — 18 min
              gaze stabilisation: VOR x1 to a business card at arm's length, seated → standing, metronome paced; walking with head turns to read letters on the hallway walls; optokinetic stripes on the monitor while standing feet together
            Deficit: visual-vestibular mismatch since COVID — the aisles at Costco make the floor "swim", veers when she turns her head
            VOR x1 horizontal standing: 30 s at 120 bpm on the metronome before symptoms (60 bpm at eval); FGA 22/30
            """,
            ["U09.9", "R26.81"], [PT("97112", 18)], []),

        // Mesabi PTA, retired taconite miner: "Hands-on with him by myself the whole NMR — the other bay was empty"; rocker board, tandem and SLS eyes closed, hurdles; ankle and foot proprioception (neuropathy); seconds; SpO2 and O2 are not the measure; 19 matches: passes.
        ["v1-h74-mesabi-pta-hands-on-by-myself"] = new(
            """
            MESABI RANGE COMMUNITY HOSPITAL — OP Rehab · Hibbing · PTA note
            Retired from the Hibbing Taconite pit in 2019. Silicosis, on 2 L O2 w/ exertion. Wife drove him in from Chisholm.
            Hands-on with him by myself the whole NMR — the other bay was empty this hr.
            97112 — 19 min
              rocker board A/P and lat w/ UE support fading to none
              tandem and SLS at the counter, EO → EC
              stepping over the 6" hurdles fwd/lat, slow
            Deficit: decr proprioception B ankles/feet (diabetic neuropathy) — unsteady on snow and the rutted driveway
            Tandem EC 6 s (2 s last wk). SLS R 7 s / L 5 s. SpO2 nadir 90% on 2 L, recovered seated w/ PLB.
            """,
            ["J62.8", "E11.42", "Z99.81"], [PTA("97112", 19)], []),

        // Wando Thursday strength group of five: 97110 has no one-on-one check; sit-to-stand with exhale, wall push-ups, band rows, step-ups with doses; quad and shoulder-girdle weakness with a grocery-stairs limit; 21 matches: passes.
        ["v1-h74-wando-thursday-strength-group-97110"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · Thursday strength group (5 pts, PT leading, PTA assisting)
            This pt: 97110 — 21 min
              sit-to-stand from a standard chair 3 x 8 with the exhale on the rise; wall push-ups 2 x 10; seated rows with the green band 3 x 12; step-ups onto the 6-in. step 2 x 8 each leg
              pursed-lip breathing through each set; 3 L NC per her titration sheet
            Limits: quads and shoulder girdle weak; has to stop twice carrying the grocery bags up to her second-floor apartment in Goose Creek
            """,
            ["J44.9", "Z99.81", "M62.81"], [PT("97110", 21)], []),

        // Cascadia Wednesday OT pacing lab of four: 97530 has no one-on-one check; med-pass cart route with planned sits, half-load laundry; PEM after a shift; rounds and half-loads completed and a distance; 24 matches: passes.
        ["v1-h74-cascadia-ot-pacing-lab-97530"] = new(
            """
            CASCADIA POST-COVID RECOVERY CLINIC · OT · Wednesday pacing lab (4 participants, one OT)
            Participant: ICU nurse, off work since her second COVID infection.
            97530 — 24 min
              simulated med-pass route: pushing a loaded cart 40 ft, sitting to chart between rooms, then back — 3 rounds, planned sitting breaks before her watch reached her HR ceiling
              laundry: carrying half-loads from the washer to a table and folding seated, 4 half-loads instead of 2 full
            Deficit: post-exertional malaise — a 12-hr shift last spring put her in bed for a week; can't get through a grocery trip and cook on the same day
            Completed 3 of 3 rounds and 4 of 4 half-loads with no rest forced by symptoms; next-day PEM check-in by message.
            """,
            ["U09.9", "G93.32"], [OT("97530", 24)], []),

        // Queen City heart transplant after ECMO: "Individual treatment: no other patient was scheduled with me or seen during her session", the transplant coordinator sitting in; foam eyes closed, four-square stepping, ball tosses on foam; distal sensory loss (CIP); seconds; 21 matches: passes.
        ["v1-h74-queen-city-individual-coordinator-sat-in"] = new(
            """
            QUEEN CITY HEART INSTITUTE — Advanced HF and VAD Program · Therapy Team
            Heart transplant 10/2025 after 6 weeks in the CVICU on ECMO. Denervated heart — HR slow to rise, so RPE guides the work (kept 12–13).
            Individual treatment: no other patient was scheduled with me or seen during her session; the transplant nurse coordinator sat in near the end to watch.
            97112 — 21 min
              standing on foam with eyes closed, then with slow head turns; four-square stepping drills forward, side and back; catching and tossing a 2-lb ball while standing on foam
            Deficit: distal sensory loss in both feet from the critical illness polyneuropathy — relies on her eyes, unsteady in the dark and on grass
            Foam EC 14 s (5 s in November); four square step test 12.8 s
            """,
            ["Z94.1", "G62.81", "R26.81"], [PT("97112", 21)], []),

        // Wando Tuesday circuit, "four pts rotating through stations … I ran the balance station and kept an eye on the track": not one-on-one; tandem, foam with head turns, step-and-reach; postural control; seconds present: one-on-one missing.
        ["v1-h74-wando-tuesday-circuit-four-stations"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · Summerville
            Tuesday circuit: four pts rotating through stations (bike, weights, balance, walking track); I ran the balance station and kept an eye on the track.
            97112 — 16 min (her time at the balance station)
              tandem stance and tandem walk on the line; foam pad stance with head turns; step-and-reach to cones set outside her base
            Deficit: postural control — sways and reaches for the rail with head turns; fell in the church parking lot in January
            Tandem 12 s (6 s at eval); foam with head turns 20 s
            O2 2 L NC; SpO2 stayed 92–95%.
            """,
            ["J44.9", "R26.81", "Z91.81"], [PT("97112", 16)], [At(OneOnOne, "97112")]),

        // Queen City PTA "Mr. D was on the treadmill next to the bars — I stopped to check his sats and BP between her sets": attending another patient in the block; weight shifts, stepping strategy, SLS; postural instability; k of 10 and seconds present: one-on-one missing.
        ["v1-h74-queen-city-pta-treadmill-patient-sats"] = new(
            """
            QUEEN CITY HEART INSTITUTE — Advanced HF and VAD Program · Therapy Team · PTA
            97112 — 20 min
              standing at the bars: lateral weight shifts to a target on the floor; stepping-strategy drills to light pushes from behind; SLS with fingertip support
              Mr. D was on the treadmill next to the bars — I stopped to check his sats and BP between her sets.
            Deficit: postural instability — steps late and short catching herself backward; near-fall getting off the pontoon at Table Rock
            Recovery step on 7 of 10 pushes (3 of 10 at eval); SLS R 6 s, L 8 s
            Chronic systolic HF, EF 25%; resting HR 78, BP 104/66.
            """,
            ["I50.22", "R26.81"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // Cascadia barista whose husband drove her in: nothing states one-on-one; pad stance eyes closed, head turns in tandem, head-turn walking; dizziness and unsteadiness with head movement; seconds and DGI present: one-on-one missing.
        ["v1-h74-cascadia-husband-drove-never-stated"] = new(
            """
            CASCADIA POST-COVID RECOVERY CLINIC · Tacoma · PT Visit
            Pt: barista, 29; her husband came along and drove (she can't drive after a long day yet).
            Pacing check: one rough day after the farmers' market Saturday, recovered by Monday.
            97112 — 17 min
              standing on the balance pad with eyes closed; slow head turns and nods in tandem stance; walking the hallway turning her head on my call
            Deficit: dizziness and unsteadiness with head movement since COVID; leans on vision to stay upright
            Tandem with head turns 15 s (5 s at eval); DGI 19/24
            """,
            ["U09.9", "R26.81"], [PT("97112", 17)], [At(OneOnOne, "97112")]),

        // Mesabi, "Pt and another retired miner from Eveleth came in together on the one ride — worked both at the parallel bars, taking turns": another patient in the block; SLS, hurdles, foam beam, weight shifts; postural control; Berg present: one-on-one missing.
        ["v1-h74-mesabi-two-miners-at-the-bars"] = new(
            """
            MESABI RANGE COMMUNITY HOSPITAL — OP Rehab · Virginia, MN
            Pt and another retired miner from Eveleth came in together on the one ride — worked both at the parallel bars, taking turns.
            97112 — 18 min
              SLS at the bars EO/EC; stepping over the hurdles; marching on the foam beam; lat weight shifts to targets
            Deficit: impaired postural control — amb w/ wide base, LOB turning, reaches for furniture; fell in the ice-fishing house in Feb
            Berg 44/56 (39/56 eval)
            O2 3 L pulse during session; SpO2 89–93%.
            """,
            ["J62.8", "Z91.81", "R26.81"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // Manzano, two ICU survivors from the peer group booked together, "I alternated between them for the NMR block": another patient in the block; nudges, rocker board, hurdle line; postural control with slow protective steps; k of 10 and SPPB present: one-on-one missing.
        ["v1-h74-manzano-two-survivors-booked-together"] = new(
            """
            MANZANO UNIVERSITY HOSPITAL — ICU Recovery Clinic · PT Daily Note
            She and another ICU survivor from the Thursday peer-support group asked to be booked together (they drive in from Rio Rancho together). I alternated between them for the NMR block.
            97112 — 19 min
              stepping reactions to a nudge at the shoulders forward, back and sideways; standing on the rocker board A/P with fingertips on the bars; stepping over the 4-in. hurdle line
            Deficit: postural control — slow, short protective steps (ICU-acquired weakness); fell backward in her kitchen reaching into the top cupboard
            Recovery in one step 6 of 10 (2 of 10 at intake); SPPB 7/12
            """,
            ["G72.81", "R26.81", "Z91.81"], [PT("97112", 19)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox, grid and row states

        // Manzano flowsheet "Treatment mode ☒ Individual", a staff video interpreter: one-on-one; perturbations, foam with a cognitive task, tray walking; postural control and proprioception; Mini-BESTest and gait speed; 23 matches: passes.
        ["v2-h74-manzano-treatment-mode-individual"] = new(
            """
            MANZANO UNIVERSITY HOSPITAL — ICU Recovery Clinic · Rehab Flowsheet
            Treatment mode ........... ☒ Individual   ☐ Concurrent   ☐ Group
            Interpreter .............. ☒ Spanish (hospital video interpreter on the iPad)
            Supplemental O2 .......... ☐ none   ☒ 2 L NC with exertion
            97112 — 23 min
              ☒ perturbation training   ☒ foam / compliant surface   ☐ vestibular   ☒ dual task
              perturbations at the pelvis in standing, eyes open then closed; foam stance naming the months backward; walking while carrying a tray with two cups of water
            Impairment: postural control and proprioception after 19 days in the MICU (COVID pneumonia, proned) — trips on the curb, veers when she talks while walking
            Mini-BESTest 18/28 (12/28 at intake); 4-m gait speed 0.78 m/s, 0.61 m/s dual task
            """,
            ["Z86.16", "R26.81", "M62.81"], [PT("97112", 23)], []),

        // Wando O2 titration table (rest / exertion / recovery) beside a ticked ther-ex grid with doses; LE and UE weakness with exertional desaturation and a church-walk limit; 22 matches: passes.
        ["v2-h74-wando-o2-titration-table-97110"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · James Island
            O2 titration        Rest        Exertion            Recovery
              Device / flow     2 L NC      5 L Oxymizer        2 L NC
              SpO2 low          95%         88% → 91%           94%
              Dyspnea (0–10)    1           4                   2
            97110 — 22 min
              ☒ recumbent stepper, level 4, 3 bouts with seated recovery
              ☒ sit-to-stand holding a 4-lb dumbbell 3 x 8
              ☒ seated shoulder press, 3-lb, 2 x 12
              ☒ step-ups, 6-in., 2 x 10
            Deficits: LE and UE weakness with exertional desaturation; stops halfway on the walk from the car to church
            """,
            ["J84.112", "Z99.81"], [PT("97110", 22)], []),

        // Queen City flowsheet "Delivery: ☐ Individual ☒ Concurrent (2 pts, same PT)": not one-on-one; foam-beam heel-to-toe, clock-target steps, ball catches; postural control with neuropathy; k of 12 and seconds present: one-on-one missing.
        ["v2-h74-queen-city-delivery-concurrent"] = new(
            """
            QUEEN CITY HEART INSTITUTE — Advanced HF and VAD Program · Therapy Session Flowsheet
            Weight today 187 lb (dry 185) · edema ☐ none ☒ trace ankles · orthopnea ☐
            Delivery: ☐ Individual   ☒ Concurrent (2 pts, same PT)   ☐ Group
            97112 — 18 min
              heel-to-toe on the foam beam; stepping to the clock targets on the floor without looking; catching a ball tossed off to each side
            Deficit: postural control — loses balance stepping sideways, catches his toe on the garage step; reduced sensation in both feet (type 2 diabetes)
            Clock-target steps accurate 9 of 12 (5 of 12 at eval); tandem on the beam 8 s
            """,
            ["I50.32", "E11.42", "R26.81"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // Mesabi CPT grid whose only row leaves "1:1?" blank and nothing else states it: never stated; pad stance, hurdles, tandem line, reaches; postural control and proprioception; steps and seconds present: one-on-one missing.
        ["v2-h74-mesabi-1to1-column-blank"] = new(
            """
            MESABI RANGE COMMUNITY HOSPITAL — OP Rehab · daily note
            CPT     Description      Min    1:1?
            97112   NM re-ed         22     ___
            Pt c/o unsteady on the barn floor and the milking-parlor steps since the hospital stay in Duluth (farmer's lung flare).
            Tx: standing on the balance pad EO/EC w/ head turns; stepping over the 6" hurdles; tandem walk on the tape line; reaching to cones outside BOS
            Deficit: postural control + proprioception — wide base, grabs the stanchions
            Tandem walk 8 steps w/o LOB (3 last wk); pad EC 10 s
            """,
            ["J67.0", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Cascadia "Impairments targeted:" row with nothing ticked and nothing else naming a region, impairment or goal; recumbent bike, bridges, clamshells, band rows with doses: deficit missing.
        ["v2-h74-cascadia-impairments-row-unticked"] = new(
            """
            CASCADIA POST-COVID RECOVERY CLINIC · PT Visit · Puyallup satellite
            Pacing check:          ☒ stayed inside her plan since last visit   ☐ PEM episode
            Impairments targeted:  ☐ strength   ☐ endurance   ☐ orthostatic tolerance   ☐ breathing pattern
            97110 — 20 min
              recumbent bike, level 2, 3 bouts of 40 revolutions with seated rests between
              supine bridges 2 x 10; side-lying clamshells 2 x 10 each; seated rows with the yellow band 2 x 12
            Plan: same dose next week.
            """,
            ["U09.9"], [PT("97110", 20)], [At(Deficit, "97110")]),

        // Manzano ther-ex row ticked with "Sets / reps / load: ____", 6MWT and 30s CST left blank (deferred for an empty tank); leg weakness with a couch limit and a Mass goal; no dose or number but the code's and test names: measure missing.
        ["v2-h74-manzano-sets-and-outcomes-blank"] = new(
            """
            MANZANO UNIVERSITY HOSPITAL — ICU Recovery Clinic · Rehab Flowsheet
            Ther ex (97110 — 19 min):
              ☒ sit-to-stand from the mat   ☒ standing marches at the bars   ☒ heel raises   ☒ seated knee extension   ☐ stairs
              Sets / reps / load: ______
            Outcome:  6MWT ______ m    30s CST ______    (deferred — portable tank nearly empty; family bringing a full one next visit)
            Why: both legs weak after the ICU stay (ARDS, three weeks on the vent); can't get up from the couch without pushing off twice; goal: walk into Mass at San Felipe de Neri
            """,
            ["M62.81", "R53.81"], [PT("97110", 19)], [At(Measure, "97110")]),

        // Wando gait grid filled (rollator with the E-tank, 4 L, 3 x 150 ft, SBA → mod I); steps paced to breaths, rest-stops, turning with the tank line; exertional dyspnea with hurried steps; 16 matches: passes.
        ["v2-h74-wando-gait-grid-filled"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · Moncks Corner
            Gait    Device: rollator, E-tank in the basket    O2: 4 L NC    Distance: 3 x 150 ft    Assist: SBA → mod I last lap
            97116 — 16 min
              walking the back hallway pacing steps to breaths (2 steps in, 4 steps out through pursed lips); rest-stop on the rollator seat at each end; turning the rollator in the doorway without letting go of the tank line
            Deficit: exertional dyspnea with short, hurried steps — holds her breath and rushes; can't walk the Piggly Wiggly aisles without sitting on the cart edge
            SpO2 low 89%, back to 93% on the seat
            """,
            ["J44.9", "Z99.81", "R26.89"], [PT("97116", 16)], []),

        // Cascadia OT "PEM since last visit: ☒ no" and a task grid with position and level (seated shower and hair wash mod I, dishwasher SBA); orthostatic intolerance and fatigue with a workday shower goal; 22 matches: passes.
        ["v2-h74-cascadia-ot-pem-box-and-task-grid"] = new(
            """
            CASCADIA POST-COVID RECOVERY CLINIC · OT Visit
            PEM since last visit:  ☐ yes  ☒ no          Orthostatic symptoms today:  ☒ mild  ☐ moderate
            Task grid (97530 — 22 min)               Position          Level
              ☒ shower simulation on the bench        seated            mod I
              ☒ hair wash at the sink, arms low        seated            mod I
              ☒ unloading the dishwasher              perched stool     SBA
              ☐ grocery put-away                      —                 (next visit)
            Deficit: orthostatic intolerance and fatigue since COVID — lightheaded and wiped out after a standing shower; goal: shower and dress on a workday without lying down after
            Completed all three tasks inside her HR ceiling with one planned seated break each.
            """,
            ["U09.9", "G90.A"], [OT("97530", 22)], []),

        // Mesabi CPT grid with "1:1? Y" on both rows, 18 and 14 match; foam perturbations, head-turn tandem, target steps; weighted-vest sit-to-stand, step-ups, rows with doses; postural control and leg weakness; tandem steps and SPPB: passes.
        ["v2-h74-mesabi-1to1-y-both-rows"] = new(
            """
            MESABI RANGE COMMUNITY HOSPITAL — OP Rehab · daily note
            CPT     Description      Min    1:1?
            97112   NM re-ed         18     Y
            97110   Ther ex          14     Y
            NMR: perturbations standing on foam EO/EC; tandem walking w/ head turns; stepping to targets on the floor
            TE: sit<>stand 3x10 w/ 5# vest; step-ups 8" 2x10 ea; seated row 3x12 blue band
            Deficits: postural control + B LE weakness after 4 wks in the ICU w/ COVID pneumonia in 2022, long-haul since; falls on the ice at the mailbox
            Tandem w/ head turns 10 steps (4 eval); SPPB 8/12
            """,
            ["U09.9", "R26.81", "M62.81"], [PT("97112", 18), PT("97110", 14)], []),

        // Manzano OT ADL grid with assistance levels (LB dressing CGA, tub bench SBA, tortilla at the counter min A) and a PICS row; grip and shoulder weakness, low tolerance after the SICU; 20 matches: passes.
        ["v2-h74-manzano-ot-adl-grid-levels"] = new(
            """
            MANZANO UNIVERSITY HOSPITAL — ICU Recovery Clinic · OT Daily Note
            ADL grid (97530 — 20 min)
              Task                               Assist     Notes
              LB dressing (pants, socks)         CGA        sock aid; leans forward on the exhale
              Tub transfer, bench                SBA        grab bar
              Making a tortilla at the counter   min A      dough press; seated rests x 2
            PICS: ☒ physical  ☒ cognitive  ☐ mental health
            Deficit: grip and shoulder weakness and low activity tolerance after 26 days in the SICU (necrotizing pancreatitis) — can't dress or cook without her daughter
            """,
            ["M62.81", "R53.81"], [OT("97530", 20)], []),

        // Queen City gait grid with nothing ticked and "Pt ambulated. Tolerated well. Continue POC.": no gait technique, deficit, distance or level — wholly generic.
        ["v2-h74-queen-city-gait-grid-unticked"] = new(
            """
            QUEEN CITY HEART INSTITUTE — Advanced HF and VAD Program · Therapy Session Flowsheet
            Gait:   Device ☐ none ☐ cane ☐ walker    Assist ☐ indep ☐ SBA ☐ CGA    Distance ______
            97116 — 15 min. Pt ambulated. Tolerated well. Continue POC.
            """,
            ["I50.9"], [PT("97116", 15)],
            [At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // Queen City PTA "Region: ☒ B LE ☒ trunk" with ticked exercises and doses, a mowing goal; RPE and HR are beside the doses; 19 matches: passes.
        ["v2-h74-queen-city-pta-region-boxes-doses"] = new(
            """
            QUEEN CITY HEART INSTITUTE — Advanced HF and VAD Program · Therapy Session Flowsheet · PTA
            Weight 214 lb (dry 212) · no new edema · ☒ cleared by the HF RN to exercise
            Region: ☒ B LE   ☒ trunk   ☐ UE
            97110 — 19 min
              ☒ seated marching with 2-lb cuffs 2 x 20
              ☒ sit-to-stand from the mat 3 x 8
              ☒ standing hip abduction at the bars 2 x 12 each
              ☒ supine bridges 2 x 10
            RPE 12–13 throughout; HR 84 → 102
            Goal: mow the front yard with the self-propelled mower in one go without sitting on the porch halfway
            """,
            ["I50.42", "M62.81"], [PTA("97110", 19)], []),

        // ---------------------------------------------------------------- class 3: named programmes, protocols and devices as techniques

        // Wando IMT on the POWERbreathe K3 at 45% of MIP, 30 breaths x 2, and diaphragmatic breathing with doses; inspiratory muscle weakness with a choir limit; MIP and S-Index; 17 matches: passes.
        ["v3-h74-wando-imt-powerbreathe-k3"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · Mount Pleasant
            Inspiratory muscle training on the POWERbreathe K3 (electronic), load 45% of today's MIP, 30 breaths x 2 sets, seated, nose clip on
            Diaphragmatic breathing in side-lying, then standing with hands on the counter, 3 x 10 breaths
            97110 — 17 min
            Deficit: inspiratory muscle weakness with exertional dyspnea — can't get through the second verse singing in the choir at Sunday service
            MIP 52 cmH2O (41 at eval); S-Index 61 cmH2O
            """,
            ["J44.9", "R06.02"], [PT("97110", 17)], []),

        // Cascadia Levine (modified Dallas) protocol month 2, recumbent: rowing intervals in metres, bridges, Total Gym leg press, abduction with doses; POTS with leg and core deconditioning and a ferry-line limit; 24 matches: passes.
        ["v3-h74-cascadia-levine-recumbent-rowing"] = new(
            """
            CASCADIA POST-COVID RECOVERY CLINIC · PT Visit · Gig Harbor satellite
            Modified Dallas (Levine) protocol, month 2 — recumbent and horizontal work only
            97110 — 24 min
              rowing machine, damper 3: 4 intervals of 150 m at conversational effort with seated recovery
              supine bridges 2 x 12; leg press on the Total Gym, level 4, 2 x 15; side-lying hip abduction 2 x 12 each
              HR kept 110–125 (her base zone); no symptoms standing up afterward
            Deficit: orthostatic intolerance (POTS after COVID) with leg and core deconditioning — can't stand in line at the ferry terminal without feeling faint
            """,
            ["G90.A", "U09.9"], [PT("97110", 24)], []),

        // Queen City post-CABG "Keep Your Move in the Tube": bed exits, sit-to-stands hands on thighs, car simulator, milk-jug carries with counts; can't get up without pushing with both arms; tube-compliant k of n with SBA; 22 matches: passes.
        ["v3-h74-queen-city-keep-your-move-in-the-tube"] = new(
            """
            QUEEN CITY HEART INSTITUTE — Advanced HF and VAD Program · Therapy Team · PT
            CABG x4 on 1/14 (phase II cardiac rehab not started — authorisation pending). Sternal precautions taught as "Keep Your Move in the Tube": arms close to the body for any push or pull.
            97530 — 22 min
              supine to sit off the side of the mat keeping both elbows in the tube, x 5
              sit-to-stand from a recliner-height chair with hands on the thighs, x 8
              in and out of the car simulator, pulling the door shut with the elbow tucked, x 4
              carrying a 5-lb jug of milk against the chest from counter to table, x 6
            Deficit: can't get out of bed or the recliner without reaching back and pushing with both arms; his wife has been pulling him up
            Tube-compliant on 8 of 8 sit-to-stands and 5 of 5 bed exits, SBA
            """,
            ["Z95.1", "Z48.812", "I25.10"], [PT("97530", 22)], []),

        // Wando SciFit StepOne (level 5, strides counted, seated recovery) with sit-to-stands and band pull-aparts with doses; upper-chest breathing, tight shoulder girdle and weak legs with a basket-weaving limit; 20 matches: passes.
        ["v3-h74-wando-scifit-stepone"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · Johns Island
            SciFit StepOne recumbent cross-trainer, level 5, arms and legs: 3 bouts of 120 strides with seated recovery, exhale through pursed lips every 4th stride
            Sit-to-stand with a slow exhale 2 x 10; band pull-aparts, red, 2 x 12
            97110 — 20 min
            Deficit: upper-chest breathing pattern, tight shoulder girdle and weak legs; tires sitting on the porch stool weaving sweetgrass baskets and standing up after
            SpO2 94–96% on room air; dyspnea 2/10
            """,
            ["J44.9"], [PT("97110", 20)], []),

        // Cascadia OT traffic-light pacing plan (green, amber, red tasks) on her real Saturday: put-away, seated snack prep, laundry in thirds; post-exertional symptoms and a cooking limit; bags and loads with SBA; 21 matches: passes.
        ["v3-h74-cascadia-ot-traffic-light-pacing"] = new(
            """
            CASCADIA POST-COVID RECOVERY CLINIC · OT Visit
            Traffic-light pacing plan (green / amber / red activities) applied to her actual Saturday:
            97530 — 21 min
              grocery put-away from the clinic kitchen bags: cold items first, heavy cans to counter height, seated at the island for the low shelves — 2 bags
              soccer-snack prep seated instead of standing, with planned breaks on the timer
              folding a load of laundry split into thirds with a rest between
            Deficit: post-exertional symptoms — lies down most of Sunday after a Saturday of errands; can't stand at the counter long enough to cook
            2 bags put away and a full load folded with SBA for her orthostatic symptoms; no dizziness standing up from the island
            """,
            ["U09.9", "R53.83"], [OT("97530", 21)], []),

        // Mesabi gait training with a new Inogen One G5 on the shoulder: corridor laps with distance, PLB paced to steps, stairs, SBA → mod I; DOE with rushed steps and a barn-walk limit (farmer's lung); 17 matches: passes.
        ["v3-h74-mesabi-inogen-on-the-shoulder"] = new(
            """
            MESABI RANGE COMMUNITY HOSPITAL — OP Rehab · Hibbing
            Gait tr w/ his new Inogen One G5 (pulse setting 3) on the shoulder strap instead of the E-tank cart
            97116 — 17 min
              amb hospital corridor 4 x 200 ft, PLB 2:4 w/ steps, stopping at the windows before he's gasping, not after
              stairs 12 steps w/ rail, concentrator on the shoulder, step-to on the way up
              SBA → mod I by the last lap
            Deficit: DOE + rushes his steps, desats on stairs (farmer's lung); can't get from the house to the barn w/o stopping twice
            SpO2 nadir 88% on stairs, 91% walking
            """,
            ["J67.0", "Z99.81", "R06.02"], [PT("97116", 17)], []),

        // Manzano C-Mill target stepping and obstacles with belt perturbations in the harness, "single therapist with her for the whole block, nobody else treated in the gym during it"; sensory-motor postural control after the ICU; accuracy % and k of 10; 20 matches: passes.
        ["v3-h74-manzano-c-mill-target-stepping"] = new(
            """
            MANZANO UNIVERSITY HOSPITAL — ICU Recovery Clinic · PT Daily Note
            C-Mill treadmill in the harness — projected stepping targets and obstacles at her walking speed, then unannounced belt perturbations forward and sideways
            97112 — 20 min — single therapist with her for the whole block, nobody else treated in the gym during it
            Deficit: sensory-motor postural control after the ICU (critical illness myopathy and polyneuropathy, 17 days in the MICU for sepsis) — short, late reactive steps, catches her toe on thresholds
            Target-stepping accuracy 84% (61% on 1/28); recovered from 8 of 10 perturbations without the harness catching her
            """,
            ["G72.81", "G62.81", "R26.81"], [PT("97112", 20)], []),

        // Queen City Maitland grade III PAs T4–T8 and costovertebral mobilisation, pec minor and intercostal STM after CABG; thoracic and rib-cage restriction with a boat-ramp limit; chest expansion cm and rotation degrees; 12 matches: passes.
        ["v3-h74-queen-city-maitland-costovertebral"] = new(
            """
            QUEEN CITY HEART INSTITUTE — Advanced HF and VAD Program · Therapy Team · PT
            14 wks s/p CABG x3; sternum healed per the surgeon's note, precautions lifted 2/2.
            97140 — 12 min
              Maitland grade III PA mobilisations T4–T8 and R costovertebral joints 4–7 in prone over a pillow; STM to R pec minor and the intercostals along the old chest-tube site
            Deficit: thoracic stiffness and R rib-cage restriction — can't turn to back the truck and boat trailer down the ramp
            Chest expansion at the xiphoid 2.5 → 3.5 cm; seated thoracic rotation R 30° → 40°
            """,
            ["Z95.1", "M54.6"], [PT("97140", 12)], []),

        // Mesabi PTA EMST150 at 60% of MEP, 5 x 5 breaths, bracing and band trunk flexion with doses; weak expiratory muscles and cough after intubation with a barn-chores limit; MEP cmH2O; 15 matches: passes.
        ["v3-h74-mesabi-pta-emst150"] = new(
            """
            MESABI RANGE COMMUNITY HOSPITAL — OP Rehab · Hibbing · PTA note
            EMST150 expiratory trainer at 60% of MEP — 5 sets of 5 breaths, seated, nose clip
            Abdominal bracing w/ forced exhale in hook-lying 2x10; seated trunk flexion against the red band 2x12
            97110 — 15 min
            Deficit: weak expiratory muscles + weak cough after 2 wks intubated (COPD exacerbation in Nov) — can't cough up the phlegm after morning chores in the barn
            MEP 78 cmH2O (61 eval)
            """,
            ["J44.9", "M62.81"], [PTA("97110", 15)], []),

        // Manzano OT Hand Helper and Theraputty with doses, wrist curls; bilateral grip and pinch weakness after the ICU (CIP) with jar and chile-bag limits; Jamar kg; 16 matches: passes.
        ["v3-h74-manzano-ot-hand-helper"] = new(
            """
            MANZANO UNIVERSITY HOSPITAL — ICU Recovery Clinic · OT Daily Note
            NK Hand Helper, medium bands, 3 x 15 each hand; Theraputty (green) pinch and roll 2 x 10; wrist curls with a 2-lb dumbbell 2 x 12
            97110 — 16 min
            Deficit: bilateral grip and pinch weakness since the ICU (four weeks on the vent, critical illness polyneuropathy) — can't open a jar of salsa or tear open a bag of roasted chile
            Jamar grip R 14 kg / L 11 kg (9 / 7 at intake)
            """,
            ["G62.81", "M62.81"], [OT("97110", 16)], []),

        // Cascadia Levine protocol started (recumbent bike, bridges, Total Gym leg press, clamshells) with "Doses to be set at next visit" and no number at all; POTS and weak legs with a concert goal: measure missing.
        ["v3-h74-cascadia-levine-started-no-dose"] = new(
            """
            CASCADIA POST-COVID RECOVERY CLINIC · PT Visit · Olympia satellite
            Started the Levine (modified Dallas) protocol today, recumbent phase: recumbent bike, supine bridges, leg press on the Total Gym, side-lying clamshells. Taught her to count breaths and to stop before her watch alarm.
            97110 — 18 min
            Deficit: POTS after COVID — pulse races and she gets lightheaded standing; legs weak from a year mostly lying down; goal: stand through her son's choir concert
            Doses to be set at next visit after we see how she pulls up tomorrow.
            """,
            ["G90.A", "U09.9"], [PT("97110", 18)], [At(Measure, "97110")]),

        // Mesabi Threshold IMT taught (seal, posture, slow full breaths), diaphragmatic and paced stair breathing, "MIP not tested today … load to be set next visit": no dose or number but the code's: measure missing.
        ["v3-h74-mesabi-threshold-imt-no-load"] = new(
            """
            MESABI RANGE COMMUNITY HOSPITAL — OP Rehab · Hibbing
            Started inspiratory muscle training with the Threshold IMT — taught the seal, posture and slow full breaths in; diaphragmatic breathing in sitting; paced breathing on the stairs
            97110 — 14 min
            Deficit: weak, fast breathing pattern; SOB walking up from the ice house to the truck (silicosis)
            MIP not tested today — meter out for calibration; load to be set next visit.
            """,
            ["J62.8", "R06.02"], [PT("97110", 14)], [At(Measure, "97110")]),

        // Manzano Vector overhead-track harness (perturbation walking, foam beams, stops and turns), one-on-one; postural control after the ICU; "Outcome testing scheduled for the re-eval": no number but the code's: measure missing.
        ["v3-h74-manzano-vector-track-no-number"] = new(
            """
            MANZANO UNIVERSITY HOSPITAL — ICU Recovery Clinic · PT Daily Note
            Vector overhead track and harness — first session off the walker: perturbation walking (tugs at the harness from behind and to the sides), stepping over the foam beams, sudden stops and turns on my call
            97112 — 21 min. One-on-one: I was his only patient for the block and never left the track.
            Deficit: postural control after the ICU — slow, small reactive steps, falls backward when startled; ICU-acquired weakness
            Outcome testing scheduled for the re-eval next week.
            """,
            ["G72.81", "R26.81", "Z91.81"], [PT("97112", 21)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Wando OT: drops to 84% carrying the laundry basket upstairs, sits on the landing, stopped doing the wash — the finding; basket stair carries, seated sorting, stool loading with counts; 3 of 3 with SBA; 19 matches: passes.
        ["v4-h74-wando-ot-desats-with-the-laundry"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · Summerville · OT
            She drops to 84% carrying the laundry basket up the stairs and has to sit on the landing; she has stopped doing the wash at all.
            97530 — 19 min
              carrying a half-full basket up and down the clinic's 12-step stair, exhaling on each step up, basket on the hip, x 3
              sorting laundry seated at the table, then loading the front-loader from a stool, x 2 loads
              O2 at 3 L NC on the stairs per her sheet
            Half basket up the 12 steps without sitting 3 of 3, SBA; SpO2 low 89%
            """,
            ["J84.10", "Z99.81"], [OT("97530", 19)], []),

        // Queen City LVAD: stops twice between the truck and the Bass Pro doors, steps shorten, drifts L and scuffs — the finding; outdoor loop and ramp with distance, curb, mod I → SBA; gait speed; VAD numbers are not minutes; 18 matches: passes.
        ["v4-h74-queen-city-vad-stops-twice-in-the-lot"] = new(
            """
            QUEEN CITY HEART INSTITUTE — Advanced HF and VAD Program · Therapy Team · PT
            HeartMate 3 since 11/2025 (speed 5600, flow 5.1, PI 3.0; Doppler MAP 76). Batteries in the vest holster.
            Walking from the truck to the Bass Pro doors he has to stop twice; his steps shorten, he drifts to the L and his L foot scuffs by the end of the lot.
            97116 — 18 min
              walking the outdoor loop and the parking-lot ramp, 3 x 400 ft, cue for a longer L step and heel strike; carrying a 10-lb shopping bag in the R hand on the last lap
              curb up and down x 4
              mod I on the loop, SBA on the ramp
            Gait speed 0.94 m/s (0.71 m/s at eval)
            """,
            ["Z95.811", "I50.22", "R26.89"], [PT("97116", 18)], []),

        // Cascadia teacher: legs "turn to jelly" on the ramp to her portable classroom, sits on the rail, in bed by afternoon — the finding; sit-to-stand, step-ups, bridges, cuffed knee extension with doses; 20 matches: passes.
        ["v4-h74-cascadia-legs-turn-to-jelly-on-the-ramp"] = new(
            """
            CASCADIA POST-COVID RECOVERY CLINIC · PT Visit
            Back to school half days in January: her legs "turn to jelly" on the ramp up to her portable classroom and she has to sit on the ramp rail; afterwards she's in bed by late afternoon with a headache.
            97110 — 20 min (inside her HR ceiling, seated rests between sets)
              sit-to-stand 2 x 8; step-ups onto a 4-in. step 2 x 6 each; supine bridges 2 x 10; seated knee extension with a 2-lb cuff 2 x 10 each
            Next-day check-in by MyChart message.
            """,
            ["U09.9", "M62.81"], [PT("97110", 20)], []),

        // Mesabi miner: can't get up the 14 steps to the bedroom without stopping, sleeping in the recliner — the finding, with B LE weakness and DOE; stair-climber, sit-to-stand, leg press, step-ups with doses; 21 matches: passes.
        ["v4-h74-mesabi-14-steps-to-the-bedroom"] = new(
            """
            MESABI RANGE COMMUNITY HOSPITAL — OP Rehab · Eveleth clinic
            Pt c/o can't get up the 14 steps to the bedroom w/o stopping at the landing, wheezing; sleeping in the recliner downstairs since Christmas.
            97110 — 21 min
              stair-climber, 8" steps, 2 x 10 steps w/ PLB
              sit<>stand 3 x 10
              leg press 60# 3 x 12
              step-ups 6" 2 x 10 ea
            Deficit: B LE weakness + DOE on stairs
            SpO2 low 89% on 2 L, HR 112 peak
            """,
            ["J62.8", "J44.9", "Z99.81"], [PT("97110", 21)], []),

        // Manzano: feet numb to the ankles since the ICU, can't feel the floor in the dark, a fall hanging ristras — the finding; "one-on-one with the PT the whole time (his son interpreted; no other pt)"; foam and rocker board with vision blocked, heel-toe line, hurdles; seconds and steps: passes.
        ["v4-h74-manzano-cant-feel-the-floor"] = new(
            """
            MANZANO UNIVERSITY HOSPITAL — ICU Recovery Clinic · PT Daily Note
            Since the ICU his feet are numb to the ankles — he can't feel the floor in the dark, walks looking at his feet, and went down in the yard hanging the ristras in October.
            97112 — 22 min — one-on-one with the PT the whole time (his son interpreted; no other pt)
              stance on foam and on the rocker board with vision blocked by the visor; heel-toe walking on the tape line with eyes up on a target; stepping over the hurdle line without looking down
            Deficit: lost position sense in both feet (critical illness polyneuropathy)
            Romberg on foam 11 s (3 s at intake); tandem walk 9 steps
            """,
            ["G62.81", "R26.81", "Z91.81"], [PT("97112", 22)], []),

        // Manzano OT: can't lift the pot of beans or turn tortillas on the comal, hands give out — the finding; pot slides and lifts, griddle turns, jars with counts and mod I; 18 matches: passes.
        ["v4-h74-manzano-ot-cant-lift-the-pot-of-beans"] = new(
            """
            MANZANO UNIVERSITY HOSPITAL — ICU Recovery Clinic · OT Daily Note
            Can't lift the pot of beans off the stove or turn tortillas on the comal since the ICU — her hands give out and she drops things; her daughter has been cooking.
            97530 — 18 min
              sliding a 4-qt pot with 2 qt of water across the counter, then lifting it stove to counter with both hands, x 6
              turning tortillas on the clinic griddle with tongs, then with her fingers (griddle cold), x 10
              opening jars and a bag clip, x 5
            Pot lift 6 of 6 without setting it down early; tortilla turns 9 of 10; jars with a rubber grip, mod I
            """,
            ["M62.81", "G62.81"], [OT("97530", 18)], []),

        // Queen City heart transplant: legs give out halfway round the block, thighs shake on the church steps (steroid myopathy) — the finding; leg press, step-ups, wall sits, heel raises, bike in miles with doses; RPE for a denervated heart; 22 matches: passes.
        ["v4-h74-queen-city-transplant-legs-give-out"] = new(
            """
            QUEEN CITY HEART INSTITUTE — Advanced HF and VAD Program · Therapy Team · PT
            Heart transplant 8/2025. His legs give out halfway around the block and his thighs shake going up the church steps; steroid myopathy per the transplant team.
            97110 — 22 min (RPE guided — denervated heart; kept at 13)
              leg press 70 lb 3 x 10; step-ups 8-in. 3 x 8 each; wall sits 3 x 20 s; heel raises 2 x 15
              recumbent bike, resistance 5, 3 bouts of 1 mile
            """,
            ["Z94.1", "G72.0"], [PT("97110", 22)], []),

        // Wando OT ILD: coughs and desaturates bending to tie shoes or feed the dog — the finding; shoes seated with a shoehorn, reacher pick-ups with counts; 4 of 4 trials above 90% and mod I; 17 matches: passes.
        ["v4-h74-wando-ot-bending-to-tie-shoes"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · Mount Pleasant · OT
            Coughs and desaturates every time she bends over to tie her shoes or feed the dog; she's been wearing slip-ons and skipping the morning walk.
            97530 — 17 min
              shoes on seated with the foot up on a step stool and a long-handled shoehorn, exhaling as she reaches, x 4
              picking up the dog bowl from the floor with the reacher, then squatting with a hand on the counter, x 6
            SpO2 stayed ≥ 90% on 2 L for 4 of 4 shoe trials (dropped to 85% bending at eval); mod I with the shoehorn
            """,
            ["J84.112", "Z99.81"], [OT("97530", 17)], []),

        // Mesabi dairy farmer: can't push the wheelbarrow of sawdust bedding down the barn alley without stopping three times — the finding; cart pushes, paced shovelling, feed-sack lifts with counts and distance; lengths without stopping, SBA; 20 matches: passes.
        ["v4-h74-mesabi-wheelbarrow-down-the-barn-alley"] = new(
            """
            MESABI RANGE COMMUNITY HOSPITAL — OP Rehab · Hibbing
            Dairy farmer near Side Lake, farmer's lung — can't push the wheelbarrow of sawdust bedding down the barn alley w/o stopping to catch his breath 3 times; son doing the bedding.
            97530 — 20 min
              pushing the loaded clinic cart (80 lb) down the 100-ft back hall w/ PLB, exhale on the push, x 4
              shoveling sand from a bin into a bucket, paced 3 scoops then a breath, x 3 buckets
              lifting a 25-lb feed sack floor to waist height, exhale on the lift, x 5
            4 lengths w/o stopping (needed 2 stops a length at eval); SBA
            """,
            ["J67.0", "R06.02"], [PT("97530", 20)], []),

        // Queen City PTA: "No symptoms since last visit; mowed the whole yard … fished Table Rock" — stepper, sit-to-stand, step-ups, rows with doses, vitals, discharge planned, but no region, impairment or goal: deficit missing.
        ["v4-h74-queen-city-pta-back-to-mowing-no-deficit"] = new(
            """
            QUEEN CITY HEART INSTITUTE — Advanced HF and VAD Program · Therapy Team · PTA
            No symptoms since last visit; mowed the whole yard Saturday and fished Table Rock on Sunday. "Feel better than I have in two years."
            97110 — 20 min
              recumbent stepper, level 6, 3 bouts of 150 steps
              sit-to-stand with a 10-lb dumbbell 3 x 10; step-ups 8-in. 3 x 10 each; seated rows 40 lb 3 x 12
              RPE 11–12; HR 88 → 106; BP 112/70 after
            Plan: PT to reassess for discharge next visit.
            """,
            ["I50.32"], [PTA("97110", 20)], [At(Deficit, "97110")]),

        // Wando PTA "Gait today: even step length, normal cadence, no deviation, no loss of balance" on room air, independent over distance — no gait deficit or goal targeted: deficit missing.
        ["v4-h74-wando-pta-gait-unremarkable"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · Goose Creek · PTA
            97116 — 14 min
              community gait: hallway, outdoor sidewalk and grass, 3 x 300 ft, independent, with head turns and speed changes on my call; the curb and the 4 front steps step-over-step, independent
              Gait today: even step length, normal cadence, no deviation, no loss of balance; kept a conversation going the whole walk
            Sats held in the 90s on room air.
            """,
            ["J44.9"], [PTA("97116", 14)], [At(Deficit, "97116")]),

        // Cascadia re-check: dizziness gone, screens negative, no unsteadiness walking, turning or with head movement, back to hiking; one-on-one; tandem head turns, foam catches, hop-and-stick; FGA and seconds — no deficit or system targeted: deficit missing.
        ["v4-h74-cascadia-dizziness-gone-no-deficit"] = new(
            """
            CASCADIA POST-COVID RECOVERY CLINIC · PT Visit
            Re-check of the dizziness she had last autumn: none now. Screens negative today; no unsteadiness walking, turning or with head movement; no falls; back to hiking at Point Defiance.
            97112 — 16 min — one-on-one (she was my only patient that hour)
              tandem walking with head turns; single-leg stance on the foam pad catching a ball; hop-and-stick forward and sideways
            FGA 29/30; SLS on foam 30 s each side
            Plan: discharge from the balance work; pacing plan continues with OT.
            """,
            ["U09.9"], [PT("97112", 16)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Wando 6MWT on 4 L in metres with its nadir and rests; treadmill bouts in miles, sit-to-stand, cuffed knee extension, wall push-ups with doses; LE weakness and low tolerance with a graduation limit; 23 matches: passes.
        ["v5-h74-wando-6mwt-metres"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · Mount Pleasant
            6MWT on 4 L NC: 288 m (221 m at eval), SpO2 nadir 87%, 2 standing rests; Borg dyspnea 5/10 at the end
            97110 — 23 min
              treadmill 1.2 mph, level, 3 bouts of 0.1 mile with seated recovery
              sit-to-stand 3 x 8; seated knee extension, 3-lb, 2 x 12 each; wall push-ups 2 x 10
            Deficit: LE weakness and low exercise tolerance — can't walk from the parking garage to her granddaughter's graduation seats
            """,
            ["J44.9", "Z99.81"], [PT("97110", 23)], []),

        // Queen City 2MST steps to the mid-thigh mark and 30s CST; marching, sit-to-stand, step-ups, band rows with doses; hip flexor and quad weakness with a fellowship-hall limit; 21 matches: passes.
        ["v5-h74-queen-city-2mst-steps"] = new(
            """
            QUEEN CITY HEART INSTITUTE — Advanced HF and VAD Program · Therapy Team · PT
            2MST (knee to the mid-thigh tape mark): 56 steps (38 at eval); 30s CST 10 (7 at eval)
            97110 — 21 min
              marching in standing at the bars 3 x 30 steps; sit-to-stand 3 x 8; step-ups 6-in. 2 x 10 each; band rows 2 x 15
              RPE 12–13; HR 72 → 96; no angina, no ectopy on the monitor
            Deficit: hip flexor and quad weakness, low endurance — can't walk the length of the church fellowship hall to the potluck table
            """,
            ["I50.32", "M62.81"], [PT("97110", 21)], []),

        // Mesabi 30s CST on a 17" chair, 8 (5 at eval); sit-to-stand, step-ups, hip abduction, heel raises with doses; B LE weakness with fish-house and sauna-bench limits; 18 matches: passes.
        ["v5-h74-mesabi-30s-chair-stand"] = new(
            """
            MESABI RANGE COMMUNITY HOSPITAL — OP Rehab · Chisholm
            30s CST 8 (17" chair, arms crossed) — was 5 at eval
            97110 — 18 min
              sit<>stand 3 x 8; step-ups 6" 2 x 10 ea; hip abd at the counter 2 x 12 ea; heel raises 2 x 15
              PLB throughout; 2 L NC
            Deficit: B LE weakness — can't get up off the low seat in the fish house or the sauna bench w/o a pull
            """,
            ["J44.9", "M62.81", "Z99.81"], [PT("97110", 18)], []),

        // Manzano SPPB 8/12 with its parts; "one-on-one in the gait room (her husband waited in the hallway)"; dual-task slalom, step-over with a cup, quick stops; postural control under dual task; dual-task gait speed; 20 matches: passes.
        ["v5-h74-manzano-sppb-dual-task"] = new(
            """
            MANZANO UNIVERSITY HOSPITAL — ICU Recovery Clinic · PT Daily Note
            SPPB 8/12 (balance 3, gait 3, chair 2) — 5/12 at intake
            97112 — 20 min, one-on-one in the gait room (her husband waited in the hallway)
              dual-task walking — naming her grandchildren, then counting back by 3s — through a cone slalom; stepping up and over the 6-in. step with a cup of water in hand; quick stop on a clap
            Deficit: postural control under dual task since the ICU (PICS — attention screen positive): stops talking to walk, trips when distracted
            Dual-task gait speed 0.64 m/s (single task 0.88 m/s)
            """,
            ["R26.81", "M62.81"], [PT("97112", 20)], []),

        // Manzano PTA 4-m gait speed with the rollator; hallway laps with distance, courtyard steps, CGA/SBA; slow flexed gait after CABG and ECMO with a church limit; 16 matches: passes.
        ["v5-h74-manzano-pta-4m-gait-speed"] = new(
            """
            MANZANO UNIVERSITY HOSPITAL — ICU Recovery Clinic · PTA Daily Note
            4-m gait speed 0.62 m/s with the rollator (0.41 m/s at intake)
            97116 — 16 min
              rollator in the clinic hallway, 3 x 150 ft, cue for step length and staying inside the walker; the 4 steps to the courtyard with the rail, step-through up, step-to down
              CGA on the steps, SBA on level ground
            Deficit: slow, short-stepped gait with a forward trunk after CABG and 31 days in the CVICU on ECMO; can't walk from the parking lot into church
            """,
            ["Z95.1", "R26.89", "M62.81"], [PTA("97116", 16)], []),

        // Wando 1MSTST repetitions with nadir and recovery; sit-to-stand, curls, mini squats, arm ergometer in revolutions with doses; exertional desaturation and quad weakness with a crabbing limit; 19 matches: passes.
        ["v5-h74-wando-1mstst-ild"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · James Island
            1MSTST: 17 reps (12 at eval); SpO2 nadir 86% on 4 L, back to 92% seated
            97110 — 19 min
              sit-to-stand from the 18-in. chair 3 x 6 with pursed lips; seated biceps curls, 3-lb, 2 x 12; mini squats at the counter 2 x 10; arm ergometer, level 2, 3 bouts of 50 revolutions
            Deficit: exertional desaturation and quad weakness — has quit crabbing off the dock because the walk back up the ramp is too much
            """,
            ["J84.112", "Z99.81"], [PT("97110", 19)], []),

        // Queen City OT, LVAD shower dry run with the shower bag, stepping over the tub wall, dressing over the driveline; CGA → SBA and mod I; can't manage the shower and battery swap alone; 20 matches: passes.
        ["v5-h74-queen-city-ot-vad-shower-levels"] = new(
            """
            QUEEN CITY HEART INSTITUTE — Advanced HF and VAD Program · Therapy Team · OT
            LVAD 12/2025. Shower set-up with the waterproof shower bag for the controller and batteries is new for him.
            97530 — 20 min
              dry-run shower: moving the controller and batteries into the shower bag, hanging it on the hook, stepping over the tub wall to the bench — x 3
              dressing after: shirt over the driveline dressing and the vest holster on, x 2
            CGA → SBA for the tub wall; battery change into the shower bag mod I by the 3rd try
            Deficit: can't manage the shower and battery swap without his wife — poor standing tolerance and fumbles the connectors with cold, weak hands
            """,
            ["Z95.811", "I50.22"], [OT("97530", 20)], []),

        // Mesabi functional reach inches and tandem seconds, "seen one-on-one, no other pts in the dept"; foam reaches, lateral stepping to pushes, head-turn tandem, rocker board; postural control with freezer and snowblower limits; 17 matches: passes.
        ["v5-h74-mesabi-functional-reach"] = new(
            """
            MESABI RANGE COMMUNITY HOSPITAL — OP Rehab · Virginia, MN
            Functional reach 8" (5" eval). Tandem 12 s.
            97112 — 17 min — seen one-on-one, no other pts in the dept
              reaching to targets outside BOS on foam; lat stepping to a push at the hips; tandem walk w/ head turns; standing on the rocker board A/P
            Deficit: postural control — LOB reaching into the chest freezer and bending to the snowblower pull-cord; steps late
            O2 2 L NC; sats 91–95%.
            """,
            ["J44.9", "R26.81"], [PT("97112", 17)], []),

        // Manzano knee-extensor dynamometry in kg; SLR, side-lying abduction, weighted shoulder abduction, sit-to-stand with doses; proximal ICU-acquired weakness with hair and low-toilet limits; 21 matches: passes.
        ["v5-h74-manzano-knee-extensor-dynamometry"] = new(
            """
            MANZANO UNIVERSITY HOSPITAL — ICU Recovery Clinic · PT Daily Note
            Hand-held dynamometry, knee extensors: R 14.2 kg / L 12.8 kg (9.6 / 8.1 at intake)
            97110 — 21 min
              supine SLR 2 x 10 each; side-lying hip abduction 2 x 10 each; seated shoulder abduction to 90° with a 1-lb weight 2 x 10; sit-to-stand from the mat 3 x 6
            Deficit: ICU-acquired weakness, proximal > distal — can't lift her arms to brush her hair or get up off the low toilet
            """,
            ["G72.81", "M62.81"], [PT("97110", 21)], []),

        // Wando PTA SOAP "Less winded on the stairs than last week" — stepper, sit-to-stand, shoulder press, step-ups with no dose, O2 "per her titration sheet", no number but the code's: measure missing.
        ["v5-h74-wando-pta-less-winded-no-number"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · Summerville · PTA
            S: "Less winded on the stairs than last week."
            O: 97110 — 18 min. Recumbent stepper; sit-to-stand with a pursed-lip exhale; seated shoulder press with light dumbbells; step-ups onto the low step. O2 per her titration sheet.
            A: Quads and shoulders weak; short of breath climbing to her apartment. Looked less labored than last week.
            P: Progress per PT.
            """,
            ["J44.9", "Z99.81"], [PTA("97110", 18)], [At(Measure, "97110")]),

        // Mesabi PTA gait with the O2 cart, steps paced to PLB, turns, the parking-lot ramp; DOE and shuffling; "Did better today — fewer stops" — no distance, level or number: measure missing.
        ["v5-h74-mesabi-pta-fewer-stops-no-number"] = new(
            """
            MESABI RANGE COMMUNITY HOSPITAL — OP Rehab · Hibbing · PTA
            97116 — 15 min
              gait tr in the hall pulling his O2 cart; PLB paced to steps; turns at the end of the hall w/o stopping; practiced the ramp out to the parking lot
            Deficit: DOE, short shuffling steps + stops to lean on the cart (silicosis)
            Did better today — fewer stops.
            """,
            ["J62.8", "Z99.81"], [PTA("97116", 15)], [At(Measure, "97116")]),

        // Cascadia "Just her and me, one-on-one the entire time"; gaze stabilisation walking, foam eyes closed, tandem head turns, cone step-overs; visual-vestibular mismatch and postural control; "Steadier than last week" — no number but the code's: measure missing.
        ["v5-h74-cascadia-steadier-no-number"] = new(
            """
            CASCADIA POST-COVID RECOVERY CLINIC · PT Visit · Lakewood
            97112 — 19 min. Just her and me, one-on-one the entire time.
              gaze stabilisation walking the hall; standing on foam with eyes closed; head turns in tandem; stepping over cones while reading a card
            Deficit: visual-vestibular mismatch and poor postural control since COVID — supermarket aisles set her off, veers on the ferry deck
            Steadier than last week; fewer symptoms with head turns.
            """,
            ["U09.9", "R26.81"], [PT("97112", 19)], [At(Measure, "97112")]),

        // Queen City sternotomy scar mobilisation, pec STM, myofascial release; adhered scar and anterior chest with a deer-stand ladder limit; "Tissue moving better" — no grade, parameter or number: measure missing.
        ["v5-h74-queen-city-scar-no-parameter"] = new(
            """
            QUEEN CITY HEART INSTITUTE — Advanced HF and VAD Program · Therapy Team · PT
            Sternotomy healed; cleared by the surgeon for manual work around the incision.
            97140 — 11 min
              scar mobilisation along the sternotomy; STM to both pec majors and minors; myofascial release across the upper chest
            Deficit: tight, adhered scar and anterior chest — pulls when he reaches overhead for the deer stand ladder rungs
            Tissue moving better; less pulling reaching overhead.
            """,
            ["Z95.1", "L90.5"], [PT("97140", 11)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, missing separate time

        // Manzano "Timed codes this visit: 97112 = 15 min · 97110 = 12 min · 97116 = 10 min" all match; NMR one-on-one (foam head turns, pushes), doses, cane laps with SBA; CIP postural control, hip weakness; seconds and gait speed: passes.
        ["v6-h74-manzano-three-codes-equals"] = new(
            """
            MANZANO UNIVERSITY HOSPITAL — ICU Recovery Clinic · PT Daily Note
            Timed codes this visit: 97112 = 15 min · 97110 = 12 min · 97116 = 10 min
            97112 (one-on-one, therapist and pt only): foam stance with head turns; stepping reactions to pushes at the pelvis
            97110: sit-to-stand 3 x 8; standing hip abduction 2 x 10 each; heel raises 2 x 15
            97116: rollator → cane in the hallway, 3 x 100 ft, SBA
            Deficits: postural control and proprioception after the ICU (critical illness polyneuropathy); hip weakness; still reliant on the rollator outdoors
            Foam with head turns 12 s; 4-m gait speed 0.71 m/s with the cane
            """,
            ["G62.81", "R26.81", "M62.81"], [PT("97112", 15), PT("97110", 12), PT("97116", 10)], []),

        // Wando "NMR 97112 (18')" and "TE 97110 (14')" in prime notation both match; one-on-one; foam eyes closed, pushes, tandem line; step-ups and rows with doses; postural control and leg weakness; seconds and steps: passes.
        ["v6-h74-wando-prime-notation"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · Mount Pleasant
            NMR 97112 (18'): one-on-one — she was the only pt on my schedule that slot. Standing on the foam pad eyes closed; stepping reactions to light pushes; tandem walking on the line.
            TE 97110 (14'): sit-to-stand 3 x 8 with the exhale on the rise; step-ups 6-in. 2 x 10 each; band rows 2 x 12.
            Deficits: postural control — sways with eyes closed, caught her foot on the church step; leg weakness with exertional dyspnea
            Foam EC 10 s; tandem walk 12 steps; SpO2 ≥ 91% on 3 L
            """,
            ["J44.9", "R26.81", "Z99.81"], [PT("97112", 18), PT("97110", 14)], []),

        // Queen City a.m. clock ranges per code, 9:05–9:27 (22) and 9:27–9:40 (13), both match; cuffed marching, sit-to-stand, bridges; laundry carries and bed making with counts; LE weakness and low tolerance; 2MST: passes.
        ["v6-h74-queen-city-am-clock-ranges"] = new(
            """
            QUEEN CITY HEART INSTITUTE — Advanced HF and VAD Program · Therapy Team · PT
            97110 9:05–9:27 am (22 min): seated marching with 2-lb cuffs 2 x 20; sit-to-stand 3 x 8; bridges 2 x 12
            97530 9:27–9:40 am (13 min): laundry basket with a 6-lb load from the car to the mat table x 4; making the mat-table bed with a seated rest x 1
            Deficits: LE weakness and low activity tolerance; his wife has been doing the laundry and carrying in the groceries
            HR 80 → 104; RPE 13. 2MST 44 steps.
            """,
            ["I50.42", "M62.81"], [PT("97110", 22), PT("97530", 13)], []),

        // Cascadia combined visit, PT 97110 16 then OT 97530 19, both match; recumbent bike in revolutions, bridges, cuffed knee extension with doses and a dog-walk goal; seated meal prep with SBA and a workday-dinner limit: passes.
        ["v6-h74-cascadia-pt-then-ot-one-trip"] = new(
            """
            CASCADIA POST-COVID RECOVERY CLINIC · combined visit (PT, then OT, one trip so she can rest after)
            PT 97110 — 16 min: recumbent bike, level 1, 3 x 40 revolutions; supine bridges 2 x 10; seated knee extension with a 1-lb cuff 2 x 10 each — leg deconditioning; goal: walk her dog to the end of the block
            OT 97530 — 19 min: meal-prep pacing — chopping seated, stove work in two short standing stretches with a perched stool between; one pot of soup start to finish with SBA — post-exertional symptoms, can't cook dinner on a workday
            """,
            ["U09.9", "G93.32"], [PT("97110", 16), OT("97530", 19)], []),

        // Mesabi "97110: 10 min before his tank change + 8 min after = 18 min" and "97116: 12 min" both match; leg press, step-ups, rows with doses; rollator laps and stairs with SBA; LE weakness and DOE: passes.
        ["v6-h74-mesabi-parts-around-a-tank-change"] = new(
            """
            MESABI RANGE COMMUNITY HOSPITAL — OP Rehab · Hibbing
            97110: 10 min before his tank change + 8 min after = 18 min
              leg press 50# 3x10; step-ups 6" 2x10 ea; seated row 3x12 green band
            97116: 12 min
              amb w/ rollator + O2 cart, 3 x 150 ft, SBA; stairs 12 w/ rail
            Deficits: B LE weakness, DOE on stairs; can't carry wood in from the porch
            """,
            ["J44.9", "Z99.81", "M62.81"], [PT("97110", 18), PT("97116", 12)], []),

        // Manzano OT "97530 × 1 unit = 14 min; 97110 × 1 unit = 12 min" both match; button hook, closet hanging with SBA and counts; putty, dowel, wand with doses; hand and shoulder weakness after the vent: passes.
        ["v6-h74-manzano-ot-units-equal-minutes"] = new(
            """
            MANZANO UNIVERSITY HOSPITAL — ICU Recovery Clinic · OT Daily Note
            Billing: 97530 × 1 unit = 14 min; 97110 × 1 unit = 12 min
            97530: upper-body dressing with the button hook; hanging three shirts in the closet from a seated rest — SBA, 3 of 3 buttons
            97110: putty grip 2 x 15; wrist extension with a 1-lb dowel 2 x 12; shoulder flexion with the wand 2 x 10
            Deficit: weak hands and shoulders after 15 days on the ventilator — can't button his work shirts or reach the closet rod
            """,
            ["M62.81", "G62.81"], [OT("97530", 14), OT("97110", 12)], []),

        // Queen City PTA "Spent 19 minutes on therapeutic exercise (97110) and 11 minutes on gait training (97116)" both match; leg press, cable hip extension, heel raises with doses; cane laps with SBA; R hip and quad weakness, short R step: passes.
        ["v6-h74-queen-city-pta-spent-minutes-sentence"] = new(
            """
            QUEEN CITY HEART INSTITUTE — Advanced HF and VAD Program · Therapy Team · PTA
            Spent 19 minutes on therapeutic exercise (97110) and 11 minutes on gait training (97116) today.
            Exercise: leg press 60 lb 3 x 10; standing hip extension with the cable 2 x 12 each; heel raises 2 x 15.
            Gait: hallway with the single-point cane, 4 x 120 ft, SBA, working on heel strike and a longer R step.
            Deficits: R hip and quad weakness after the femoral cannulation-site infection; short R step, wide base
            HeartMate 3 numbers stable (speed 5500, PI 3.6).
            """,
            ["Z95.811", "R26.89", "M62.81"], [PTA("97110", 19), PTA("97116", 11)], []),

        // Cascadia dotted-leader "Timed minutes: NMR 97112 …… 17 / TE 97110 …… 13" both match; NMR one-on-one (foam head turns, card reading, VOR x1); bridges, abduction, bike with doses; dizziness, unsteadiness and hip weakness; FGA: passes.
        ["v6-h74-cascadia-dotted-leader-minutes"] = new(
            """
            CASCADIA POST-COVID RECOVERY CLINIC · PT Visit
            Timed minutes
              NMR 97112 ............ 17
              TE 97110 ............. 13
            NMR, one-on-one (no other pt during it): tandem on foam with head turns; walking with head turns reading cards; gaze stabilisation VOR x1 standing
            TE: supine bridges 2 x 12; side-lying hip abduction 2 x 10 each; recumbent bike, level 1, 2 x 50 revolutions
            Deficits: visual-vestibular dizziness and unsteadiness since COVID; hip weakness; can't shop at the Tacoma Mall
            FGA 24/30 (19/30 at eval)
            """,
            ["U09.9", "R26.81"], [PT("97112", 17), PT("97110", 13)], []),

        // Wando PTA "97110 – 30 min" against an 18-min PTA line: mismatch; arm ergometer, sit-to-stand, step-ups, rows with doses; UE and LE weakness with a grocery limit complete.
        ["v6-h74-wando-pta-30-against-18"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · Goose Creek · PTA
            97110 – 30 min
              arm ergometer, level 2, 3 x 60 revolutions; sit-to-stand 3 x 8; step-ups 6-in. 2 x 10 each; seated rows with the red band 2 x 12
            Deficit: UE and LE weakness; short of breath carrying groceries in from the car
            SpO2 90–94% on 3 L
            """,
            ["J44.9", "Z99.81"], [PTA("97110", 18)], [At(Mismatch, "97110")]),

        // Queen City "NMR 97112: 12 min" against a 25-min line: mismatch; otherwise complete (one-on-one, stepping strategy, foam eyes closed, head-turn tandem; postural control; k of 10 and seconds).
        ["v6-h74-queen-city-nmr-12-against-25"] = new(
            """
            QUEEN CITY HEART INSTITUTE — Advanced HF and VAD Program · Therapy Team · PT
            NMR 97112: 12 min — one-on-one, only this pt in the gym
              stepping-strategy drills to pushes from all directions; foam stance with eyes closed; tandem walking with head turns
            Deficit: postural control — late stepping reactions; near-fall on the theatre stairs in Branson
            Recovery step 8 of 10; foam EC 15 s
            """,
            ["I50.22", "R26.81"], [PT("97112", 25)], [At(Mismatch, "97112")]),

        // Mesabi 97110 14 matches but "97116 26 min" against a 14-min line: mismatch on 97116; leg press, sit-to-stand, step-ups with doses; rollator laps with SBA; LE weakness and DOE with an arena limit.
        ["v6-h74-mesabi-gait-26-against-14"] = new(
            """
            MESABI RANGE COMMUNITY HOSPITAL — OP Rehab · Eveleth clinic
            97110 14 min: leg press 60# 3x10; sit<>stand 3x8; step-ups 8" 2x8 ea
            97116 26 min: amb w/ rollator + O2, 4 x 150 ft, cue for PLB paced to steps and to stop before he's winded; SBA
            Deficits: B LE weakness; DOE w/ rushed steps — can't walk from the truck into the hockey arena to watch his grandson
            """,
            ["J44.9", "Z99.81"], [PT("97110", 14), PT("97116", 14)], [At(Mismatch, "97116")]),

        // Cascadia "Total timed treatment 36 min (exercise and functional training)" is the only time for two codes: separate time missing; both sections complete (bike, bridges, rows with doses; backpack stairs and basket reaches with counts and SBA; leg weakness and PEM).
        ["v6-h74-cascadia-total-only-two-codes"] = new(
            """
            CASCADIA POST-COVID RECOVERY CLINIC · PT Visit
            Total timed treatment 36 min (exercise and functional training).
            Exercise: recumbent bike, level 2, 3 x 50 revolutions; supine bridges 2 x 12; seated rows with the band 2 x 12
            Functional: carrying a backpack with 5 lb in it up the clinic's 8 stairs with a pause at the landing, x 3; floor-to-shelf reaching with a basket, x 6, SBA
            Deficits: leg weakness and post-exertional symptoms — can't carry her laptop bag up to the second floor at work without a crash
            """,
            ["U09.9", "M62.81"], [PT("97110", 20), PT("97530", 16)], [SepTime]),

        // Manzano "97110 + 97530: 34 min between them" — one figure for two codes: separate time missing; both sections complete (doses; backward-chained floor rise CGA and basket carries SBA; hip and thigh weakness and a floor-recovery goal).
        ["v6-h74-manzano-two-codes-one-figure"] = new(
            """
            MANZANO UNIVERSITY HOSPITAL — ICU Recovery Clinic · PT Daily Note
            97110 + 97530: 34 min between them
              ther ex: sit-to-stand 3 x 8; standing hip abduction 2 x 10 each; step-ups 4-in. 2 x 8 each
              functional: getting down to the floor and back up using a chair (backward-chained), x 3, CGA; carrying a laundry basket 30 ft, x 4, SBA
            Deficits: hip and thigh weakness after the ICU; can't get up off the floor after a fall — lay on the kitchen floor in December until her son came
            """,
            ["M62.81", "Z91.81"], [PT("97110", 22), PT("97530", 12)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h74-empty-te-gait"] = new(
            "",
            ["J44.9"], [PT("97110", 20), PT("97116", 12)], [At(NoteMissing, "97110"), At(NoteMissing, "97116")]),

        // Empty note on a PTA 97112 with no diagnosis: note missing and diagnosis missing.
        ["v7-h74-empty-pta-97112-no-dx"] = new(
            "",
            [], [PTA("97112", 18)], [At(NoteMissing, "97112"), Dx]),

        // A note of carriage returns, line feeds and spaces only (cells are trimmed) on an OT 97530 with a diagnosis: note missing only.
        ["v7-h74-crlf-and-spaces-ot-97530"] = new(
            "\r\n  \r\n ",
            ["U09.9"], [OT("97530", 15)], [At(NoteMissing, "97530")]),

        // 97110's meaning at Mesabi: UBE revolutions, curls, press and leg press with doses (technique and measure), UE and LE weakness with a salt-bag and gas-can limit (deficit); 19 matches: passes.
        ["v7-h74-mesabi-97110-salt-bag-and-gas-can"] = new(
            """
            MESABI RANGE COMMUNITY HOSPITAL — OP Rehab · Hibbing
            97110 — 19 min
              UBE lvl 3, 3 x 100 rev fwd/back w/ PLB
              bicep curls 5# 2x12; overhead press 3# 2x10; leg press 60# 3x10
            Deficit: UE + LE weakness since the hospital stay — can't lift the 40-lb bag of water-softener salt or carry the snowblower gas can
            """,
            ["J44.9", "M62.81"], [PT("97110", 19)], []),

        // 97530's meaning at Wando: car transfers managing the tank and tubing, tank lifts, cart pushing with distance and counts (technique and measure), can't get herself and the oxygen in and out of the car (deficit); 16 matches: passes.
        ["v7-h74-wando-pta-97530-car-tank-and-cart"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · Johns Island · PTA
            97530 — 16 min
              getting into and out of the car simulator while managing the tank and tubing, x 4
              lifting the E-tank in its bag from the car floor to the seat, exhale on the lift, x 4
              pushing a grocery cart with the tank in the child seat, 2 x 150 ft
            SBA → mod I; no tubing caught in the door on the last 3 trials
            Deficit: can't get herself and the oxygen in and out of the car alone — missing Wednesday Bible study
            """,
            ["J44.9", "Z99.81"], [PTA("97530", 16)], []),

        // 97140's meaning at Wando: accessory-muscle STM, grade III rib mobilisation and thoracic PAs (technique), stiff upper chest and overworked neck muscles with a driveway limit (deficit), chest expansion cm and rotation degrees (measure); 13 matches: passes.
        ["v7-h74-wando-97140-rib-and-thoracic-mobs"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · Mount Pleasant
            97140 — 13 min
              STM to both scalenes, upper traps and SCM; grade III rib mobilisation ribs 3–7 both sides in sitting; thoracic extension over a towel roll with grade III PAs T3–T8
            Deficit: stiff, barrel-shaped upper chest and overworked neck muscles — neck and chest ache after any walk; can't turn her head to back out of the driveway
            Chest expansion at the 4th intercostal space 2.0 → 3.0 cm; cervical rotation R 50° → 62°
            """,
            ["J44.9", "M62.838"], [PT("97140", 13)], []),

        // 97116's meaning at Cascadia: rollator laps with planned sits, step-length and heel-strike cues, ramp curb with distance and SBA (technique and measure), shuffling flexed gait after a COVID ICU stay with a mailbox limit (deficit); 15 matches: passes.
        ["v7-h74-cascadia-97116-rollator-planned-sits"] = new(
            """
            CASCADIA POST-COVID RECOVERY CLINIC · PT Visit · Federal Way
            97116 — 15 min
              walking the clinic hall and the outside ramp with the rollator seat for planned sits, 3 x 200 ft; step length and heel strike cues, arm swing with the hands light on the grips; up and down the ramp curb x 4
              SBA; HR stayed under her ceiling of 110
            Deficit: shuffling, flexed gait since her 5-week ICU stay for COVID in 2021 — catches her toes; can't walk to the mailbox at the end of the cul-de-sac
            """,
            ["U09.9", "R26.89"], [PT("97116", 15)], []),

        // Generic 97110: "Pulmonary ex per protocol. Tolerated well, sats stable. Continue POC. 20 min." — no exercise, region or number but its minutes (which match).
        ["v7-h74-generic-97110-per-protocol"] = new(
            "Pulmonary ex per protocol. Tolerated well, sats stable. Continue POC. 20 min.",
            ["J44.9"], [PT("97110", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic 97112 + 97110 with minutes for each (16 and 14, both match): only generic phrases for both codes, no one-on-one statement.
        ["v7-h74-generic-nmr-te-minutes-each"] = new(
            "97112 16 min, 97110 14 min. Balance and strengthening exercises. Pt tolerated. Will progress.",
            ["R26.81"], [PT("97112", 16), PT("97110", 14)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic OT 97530: "OT: functional activity training per POC. Pt participated fully. 17 min." — no task, deficit or level named.
        ["v7-h74-generic-ot-97530"] = new(
            "OT: functional activity training per POC. Pt participated fully. 17 min.",
            ["U09.9"], [OT("97530", 17)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Manzano, home in Belen after the MICU: 97110 17 and 97116 13 match; cuffed knee extension, marches, sit-to-stand with doses; rollator laps and curb cut with SBA; quad and hip flexor weakness, short steps, feed-store goal; 30s CST: passes.
        ["vord-h74-manzano-te-gait-after-flu-ards"] = new(
            """
            MANZANO UNIVERSITY HOSPITAL — ICU Recovery Clinic · PT Daily Note
            Home in Belen since early February after 22 days in the MICU (influenza pneumonia, ARDS). Wife with him.
            97110 — 17 min: sit-to-stand from the 17-in. chair 3 x 8; seated knee extension with a 3-lb cuff 2 x 12 each; standing marches at the bars 2 x 20
            97116 — 13 min: rollator in the hallway, 3 x 120 ft, SBA; cue for step length and an upright trunk; rollator up the curb cut and back x 3
            Deficits: quad and hip flexor weakness; short, slow steps; can't walk from the truck into the feed store
            30s CST 7 (4 at intake); SpO2 94–96% RA
            """,
            ["M62.81", "R26.89"], [PT("97110", 17), PT("97116", 13)], []),

        // Wando retired shrimper: 97112 19 ("one-on-one with me the whole time") and 97116 12 match; rocker board, pushes, head-turn tandem; rollator with the E-tank over distance with SBA; postural control and DOE; steps and seconds: passes.
        ["vord-h74-wando-retired-shrimper-nmr-gait"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · Mount Pleasant
            S: Retired shrimper. Wants to get back out on the pier to watch the boats come in.
            O: 97112 — 19 min, one-on-one with me the whole time. Rocker board A/P and M/L; stepping reactions to pushes at the hips; tandem walk with head turns.
               97116 — 12 min. Rollator with the E-tank over the parking lot and the clinic ramp, 2 x 250 ft, SBA; pacing steps to breaths.
               O2 4 L NC with exertion; SpO2 low 89%.
            A: Postural control — late stepping reactions, lists to the R; DOE with hurried steps walking. Tandem walk 8 steps (3 at eval); rocker board 20 s without the bars.
            P: Continue; the pier ramp next visit.
            """,
            ["J44.9", "Z99.81", "R26.81"], [PT("97112", 19), PT("97116", 12)], []),

        // Queen City OT, home milrinone in a fanny pack: seated dishwasher unloading, one-sided bed making, cart carries with counts and SBA; fatigue and dyspnea with housework and a supper goal; EF is not a measure; 18 matches: passes.
        ["vord-h74-queen-city-ot-housework-on-milrinone"] = new(
            """
            QUEEN CITY HEART INSTITUTE — Advanced HF and VAD Program · Therapy Team · OT
            Chronic systolic HF, EF 20%, home on milrinone through a PICC (pump in the fanny pack).
            OT 97530 — 18 min
              emptying the dishwasher seated on a rolling stool, heavy items to counter height first, x 1 full load
              making the bed from one side, pillows tucked while seated, x 1
              carrying a 5-lb bag of potatoes from car to counter on the rolling cart, x 3
            SBA; one planned seated rest per task; no drop in BP on standing
            Deficit: fatigue and dyspnea doing housework — stops after one chore and naps; goal: make supper for his wife
            """,
            ["I50.22"], [OT("97530", 18)], []),

        // Cascadia Boeing mechanic: bike miles, leg press, step-ups, farmer's carries with doses; leg and grip weakness, low work capacity with wing-stand and toolbox limits; HR ceiling beside the doses; 22 matches: passes.
        ["vord-h74-cascadia-boeing-mechanic-te"] = new(
            """
            CASCADIA POST-COVID RECOVERY CLINIC · PT Visit · Tacoma
            Boeing mechanic, off work since his COVID infection in March; no PEM since last session.
            97110 — 22 min
              recumbent bike, level 3, 3 x 1 mile; leg press 90 lb 3 x 10; step-ups 8-in. 2 x 10 each; farmer's carry 20 lb each hand, 4 x 40 ft
            Deficit: legs and grip weak, low work capacity — can't climb the stand to the wing or carry his toolbox across the hangar floor; return-to-work goal
            HR ceiling 128 (his base zone), kept under it.
            """,
            ["U09.9", "M62.81"], [PT("97110", 22)], []),

        // Mesabi OT, silicosis on 2 L: boots seated with the exhale, pail carries, low sauna-bench transfers with counts and levels; DOE and LE weakness limiting chores; 16 matches: passes.
        ["vord-h74-mesabi-ot-boots-pail-and-sauna-bench"] = new(
            """
            MESABI RANGE COMMUNITY HOSPITAL — OP Rehab · Hibbing · OT
            Pt w/ silicosis on 2 L; wife has had to help him in the sauna and with the morning chores.
            97530 — 16 min
              boots + barn coat on seated, exhale w/ each reach to the feet, x 2
              carrying a 15# pail of water 50 ft w/ a rest on the bench halfway, x 3
              down to and up from the low sauna bench (12") using the railing, x 4
            Mod I for boots; SBA for the bench; 3 of 3 pail carries w/o setting it down early
            Deficit: DOE + B LE weakness limiting dressing for chores and getting on/off the low bench
            """,
            ["J62.8", "Z99.81"], [OT("97530", 16)], []),

        // Manzano PTA "one-on-one with him in the gym, nobody else on my list during it"; shoulder perturbations on foam, floor-target steps, half-kneel to stand; postural control and proprioception (CIP); k of 10 and seconds; 18 matches: passes.
        ["vord-h74-manzano-pta-nmr-balloon-fiesta-fall"] = new(
            """
            MANZANO UNIVERSITY HOSPITAL — ICU Recovery Clinic · PTA Daily Note
            97112 — 18 min — PTA one-on-one with him in the gym, nobody else on my list during it
              perturbations at the shoulders standing on foam; stepping to floor targets on my call; half-kneel to stand without hands
            Deficit: postural control and lower-leg proprioception after 5 weeks in the MICU (critical illness polyneuropathy); fell on the Balloon Fiesta field in October
            Recovered from 7 of 10 perturbations; foam stance eyes closed 13 s
            """,
            ["G62.81", "R26.81", "Z91.81"], [PTA("97112", 18)], []),

        // Queen City LVAD: 97110 15 and 97116 14 match; sit-to-stand, step-ups, abduction with doses; treadmill in miles and the outdoor loop mod I; LE weakness, guarded gait with a farmers'-market goal; 6MWT; VAD numbers beside: passes.
        ["vord-h74-queen-city-lvad-te-and-gait"] = new(
            """
            QUEEN CITY HEART INSTITUTE — Advanced HF and VAD Program · Therapy Team · PT
            LVAD (HeartMate 3) 10/2025 — flow 4.9, PI 2.8; Doppler MAP 84 before, 88 after.
            97110 — 15 min: sit-to-stand 3 x 10; step-ups 6-in. 2 x 10 each; standing hip abduction 2 x 12 each
            97116 — 14 min: treadmill 1.8 mph, level, 3 x 0.1 mile, then the outdoor loop 400 ft, mod I; cue for arm swing with the holster on
            Deficits: LE weakness; short-stepped, guarded gait holding the controller; goal: walk the Nixa farmers' market
            6MWT 342 m (268 m at VAD discharge)
            """,
            ["Z95.811", "I50.22"], [PT("97110", 15), PT("97116", 14)], []),

        // Wando after a L thoracotomy: 97140 10 and 97110 15 match; scar STM, GH glides, rib springing; wall walks, cane flexion, open books with doses; shoulder and chest-wall stiffness with a tackle-shop limit; degrees and cm: passes.
        ["vord-h74-wando-thoracotomy-manual-and-te"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · Mount Pleasant
            S: L thoracotomy 10 wks ago (wedge resection); L shoulder won't go up past his ear, tight along the incision.
            O: 97140 — 10 min: STM along the healed L thoracotomy scar and the lat; grade III inferior and posterior GH glides; rib springing L ribs 5–8
               97110 — 15 min: wall walks 2 x 10; cane flexion in supine 2 x 12; side-lying thoracic rotation ("open book") 2 x 10 each
               L shoulder flexion 128° → 140°; chest expansion 3.0 cm
            A: L shoulder and lateral chest-wall stiffness after the thoracotomy — can't reach the top shelf at the tackle shop where he works
            """,
            ["Z90.2", "M25.612"], [PT("97140", 10), PT("97110", 15)], []),

        // Mesabi PTA: TE 97110 16 and gait 97116 12 match; sit-to-stand, leg press, heel raises, UBE with doses; 4WW and O2 cart over distance with SBA; quad weakness, DOE, short steps with a fish-fry goal: passes.
        ["vord-h74-mesabi-pta-te-and-gait"] = new(
            """
            MESABI RANGE COMMUNITY HOSPITAL — OP Rehab · Mountain Iron · PTA
            TE 97110 — 16 min: sit<>stand 3x10; leg press 60# 3x10; heel raises 2x15; UBE lvl 2 3x80 rev
            Gait 97116 — 12 min: amb w/ 4WW + O2 cart, hallway + ramp, 3 x 200 ft, SBA; PLB 2:4
            Deficits: B quad weakness, DOE; amb w/ short steps, stops to lean on the cart; goal: walk the church hall to the fish fry
            SpO2 88–93% on 3 L
            """,
            ["J44.9", "Z99.81", "R26.89"], [PTA("97110", 16), PTA("97116", 12)], []),

        // Manzano kidney transplant with a lifting limit: sit-to-stand, cuffed abduction, step-ups, bike in miles with doses; LE weakness and low endurance with tortilla and Old Town goals; SPPB; 20 matches: passes.
        ["vord-h74-manzano-kidney-transplant-te"] = new(
            """
            MANZANO UNIVERSITY HOSPITAL — ICU Recovery Clinic · PT Daily Note
            Kidney transplant 12/2025; 9 days in the SICU after (rejection scare, on steroids). Lifting limit 10 lb until 8 wks out — no abdominal strain.
            97110 — 20 min
              sit-to-stand from the mat 3 x 8; standing hip abduction with 2-lb cuffs 2 x 12 each; step-ups 4-in. 2 x 10 each; recumbent bike, resistance 3, 3 x 1 mile
            Deficit: LE weakness and low endurance; can't stand long enough to make tortillas; goal: walk the plaza in Old Town with her grandkids
            SPPB 8/12 (6/12 at intake)
            """,
            ["Z94.0", "M62.81"], [PT("97110", 20)], []),

        // Cascadia OT mock-store shopping with the cart as a rest, trunk loading with counts and SBA; PEM and orthostatic intolerance with a Costco limit and a weekly-grocery goal; 17 matches: passes.
        ["vord-h74-cascadia-ot-mock-store"] = new(
            """
            CASCADIA POST-COVID RECOVERY CLINIC · OT Visit · University Place
            OT 97530 — 17 min
              shopping in the clinic's mock store: list in hand, cart as a rest, heavy items last, seated on the bench between aisles — 12 items gathered and bagged
              loading the bags into the car trunk from the cart at hip height, x 3 bags
            SBA; finished the list with 2 planned sits and no orthostatic symptoms
            Deficit: post-exertional symptoms and orthostatic intolerance — a Costco trip puts her in bed the next day; goal: a weekly grocery run without a crash
            """,
            ["U09.9", "G90.A"], [OT("97530", 17)], []),

        // Wando PTA SOAP, bronchiectasis: treadmill in miles, shoulder press, sit-to-stand, step-ups with doses; deconditioned legs and arms with a grandbaby-on-the-porch-steps limit; 17 matches: passes.
        ["vord-h74-wando-pta-bronchiectasis-te"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · Summerville · PTA
            S: Bronchiectasis; cleared her chest at home this morning before coming.
            O: 97110 — 17 min. Treadmill 1.0 mph, 3 x 0.1 mile with seated recovery; seated shoulder press, 2-lb, 2 x 12; sit-to-stand 3 x 8; step-ups 4-in. 2 x 8 each.
               SpO2 93–97% RA; dyspnea 3/10.
            A: Deconditioned legs and arms — can't carry her grandbaby up the porch steps.
            P: Add 0.1 mile next visit per PT.
            """,
            ["J47.9", "M62.81"], [PTA("97110", 17)], []),

        // Queen City PTA complete 97110 (marching, sit-to-stand, heel raises, band rows with doses; LE weakness and a Sunday-school goal) sent with no diagnosis.
        ["vord-h74-queen-city-pta-no-diagnosis"] = new(
            """
            QUEEN CITY HEART INSTITUTE — Advanced HF and VAD Program · Therapy Team · PTA
            97110 — 18 min: seated marching 2 x 20; sit-to-stand 3 x 8; heel raises 2 x 15; band rows 2 x 12
            Deficit: LE weakness and low endurance; goal: walk from the parking lot into Sunday school
            RPE 12; HR 76 → 98
            """,
            [], [PTA("97110", 18)], [Dx]),

        // Mesabi complete 97110 (sit-to-stand, step-ups, leg press with doses; LE weakness with a skid-steer limit) with the ICD-9 code 491.21 as its diagnosis: not well formed.
        ["vord-h74-mesabi-icd9-code"] = new(
            """
            MESABI RANGE COMMUNITY HOSPITAL — OP Rehab · Hibbing
            97110 — 16 min: sit<>stand 3x8; step-ups 6" 2x10 ea; leg press 50# 3x10
            Deficit: B LE weakness since the COPD flare in Jan; can't climb up into the skid steer
            """,
            ["491.21"], [PT("97110", 16)], [Dx]),

        // Generic two-code note with a shared total ("Exercise and walking, 30 min total"): no technique, deficit or measure for either code, no minutes for each.
        ["vord-h74-generic-two-codes-total"] = new(
            "Exercise and walking, 30 min total. Tolerated. Sats OK. Continue.",
            ["J44.9"], [PT("97110", 18), PT("97116", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116"), SepTime]),

        // Wando PTA "97116 — 25 min" against a 14-min PTA line: mismatch; rollator with the E-tank over distance with SBA, hurried steps and DOE complete.
        ["vord-h74-wando-pta-gait-time-differs"] = new(
            """
            WANDO PULMONARY ASSOCIATES — Outpatient Therapy · James Island · PTA
            97116 — 25 min
              rollator with the E-tank in the basket, hallway and sidewalk, 3 x 200 ft, SBA; pacing steps to breaths; turns without letting go
            Deficit: hurried, short steps with exertional dyspnea; stops to lean on parked cars in the lot
            SpO2 low 88% on 4 L
            """,
            ["J44.9", "Z99.81"], [PTA("97116", 14)], [At(Mismatch, "97116")]),

        // Manzano OT "OT 97530 — 28 min" against a 16-min OT line: mismatch; tub-bench transfers and LB dressing with counts and levels, tub and sock limits complete.
        ["vord-h74-manzano-ot-time-differs"] = new(
            """
            MANZANO UNIVERSITY HOSPITAL — ICU Recovery Clinic · OT Daily Note
            OT 97530 — 28 min
              tub-bench transfer in and out, x 3; LB dressing with the reacher and sock aid, x 2
              CGA → SBA for the bench; sock aid mod I
            Deficit: can't get in and out of the tub or put on her socks since the ICU — trunk and hip weakness, winded bending forward
            """,
            ["M62.81"], [OT("97530", 16)], [At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
