using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The eightieth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of physical therapy embedded in physician and chiropractic offices — an orthopaedic
/// surgeons' office where PTs and athletic trainers work side by side, a podiatry group's in-office PT, a
/// multidisciplinary chiropractic and medical clinic where the PT bills the timed codes and the chiropractor's
/// adjustments (CMT 98940/98941, never on a line) share the note, a pain-management group's PT in the weeks after
/// injections, blocks and ablations, and a neurology office's balance and falls PT — as those offices write it: the
/// MD's, DPM's or DC's portion and the PT's portion in one document, front-desk and MA lines with check-in times and
/// room numbers, an athletic trainer's or aide's entries before the PT signs, surgeon idiom (POD #, wound c/d/i,
/// steri-strips, "f/u with Dr. in 6 wks", the global-period code 99024), podiatry idiom (MPJ, met head, offloading,
/// CAM boot, post-op shoe, Lapidus, Austin, Broström, Silfverskiöld), chiropractic idiom (listings such as C2 PRS, L5
/// PLI and R ilium PI-Ex, subluxation / segmental dysfunction, Diversified, Activator, Thompson drop and Cox
/// flexion-distraction) and pain-management idiom (TFESI, interlaminar ESI, medial-branch RFA, SI joint injection,
/// lumbar sympathetic block, SCS, pain diary and percent relief) — about two thirds ordinary and complete (67 of
/// 102), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and a PTA's
/// code on one visit, a PT's and an OT's code on one afternoon), by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>an orthopaedic surgeons' office with in-office PT, hand therapy and athletic training ("Mahoning Valley
/// Orthopaedic Surgeons": Boardman, Canfield, Austintown and Warren, Ohio, and Hermitage, Pennsylvania), the
/// surgeon's post-op check first (POD #, c/d/i, films, "F/u with Dr. in 6 wks"), "Roomed:" lines by the MA, an AT's
/// entry (warm-up, ice set up, the Total Gym wheeled out) before the PT signs, a "CPT | Min | By" table, an
/// "Attendance:" box row, a Tuesday total-knee class, a surgeon's rotator-cuff protocol by phase, a Cuff Link and a
/// handheld dynamometer: an Ultium Cells battery-line worker at Lordstown, a YSU offensive lineman after a
/// Latarjet, a Sheetz stocker, a grocery stocker, a school cafeteria worker, a steel-tube mill worker, a Mill Creek
/// Park snack-stand worker, a Boardman Park fall on the ice;</item>
/// <item>a podiatry group's in-office PT ("Barren River Foot &amp; Ankle Associates": Bowling Green, Glasgow,
/// Franklin, Scottsville and Owensboro, Kentucky) under the DPM's findings — 1st MPJ dorsiflexion in degrees, a
/// healed ulcer under the 2nd met head, offloading boxes, hallux rigidus, a Lapidus, an Austin bunionectomy, a
/// Broström, a Jones fracture, a hammertoe repair, posterior tibial tendon dysfunction, a foot core programme and an
/// F-Scan in-shoe pressure system: a Corvette Assembly Plant trim-line worker, a Mammoth Cave tour guide, a bourbon
/// rickhouse worker, a burley tobacco farmer with new AFOs, a horse trainer at the Kentucky Downs barns, a mail
/// carrier, a teacher's aide on recess duty;</item>
/// <item>a multidisciplinary chiropractic and medical clinic ("Stanislaus Integrated Spine &amp; Medical —
/// chiropractic · primary care · physical therapy": Modesto, Turlock, Ceres, Oakdale and Manteca, California) whose
/// DC writes listings, segmental dysfunction and the CMT code and technique first and whose PT writes the timed
/// codes below, with an intake line, a "Rehab delivery:" box row, a rehab flowsheet grid, a "PT services:" box row
/// with minutes, in/out clock times per code, DNS and pressure biofeedback, a PILE lift test: an almond-orchard tree
/// shaker operator, a dairy milker in the parlor pit, a poultry-plant deboner, a winery glass-plant forklift
/// driver, a tomato-truck driver, a cheese-plant worker, a school-bus driver and a Highway 99 rear-end
/// collision;</item>
/// <item>a pain-management group's PT ("Summit City Interventional Pain Center": Fort Wayne, New Haven, Auburn,
/// Warsaw and Kendallville, Indiana) writing the procedure and the pain diary first — transforaminal and
/// interlaminar epidurals, a selective nerve-root block, medial-branch radiofrequency ablation, SI joint injections,
/// a lumbar sympathetic block for CRPS, a permanent spinal cord stimulator — then real-time ultrasound
/// biofeedback, graded motor imagery and mirror therapy, quota-based graded activity, "Spine Strong" levels and a
/// "Billing:" line of units and minutes: a GM truck-plant worker, an orthopaedic-implant machinist and packer in
/// Warsaw, an RV cabinet-shop cutter, an Amish furniture maker, a Parkview Field grounds crew member, a Lincoln
/// Financial claims analyst, a corn-and-beans farmer;</item>
/// <item>a neurology office's balance and falls PT ("Monongahela Neurology Associates — Balance &amp; Falls PT":
/// Morgantown, Fairmont, Clarksburg and Wheeling, West Virginia) seeing Parkinson's disease (on-state timing, DBS
/// programming), normal-pressure hydrocephalus after a shunt at Ruby, polyneuropathy, B12 dorsal-column loss,
/// alcohol-related cerebellar degeneration, MS and stroke, with an OT for fine motor and kitchen tasks: a STEADI
/// box row, an "Impairments targeted:" box row, Mini-BEST sections, TUG-cognitive, SARA, Walkasins, a WalkAide, a
/// Wednesday Parkinson's functional class of four: a retired longwall miner, a pepperoni-roll baker, a Fairmont
/// State nursing student, a Wheeling-Pitt mill electrician, an Oglebay Park groundskeeper, the Mon River
/// rail-trail.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h80-…): one-on-one in these writers' own words ("The ATs ran the rest of the post-op floor; I
/// stayed with him only", "nobody else was being treated by me during it", "PT time was his alone — the DC was
/// adjusting in Rm 2", "I wasn't covering anyone else during these minutes", "no one in the lab but the patient and
/// the PT for all of it", an OT's "Kept to this patient only"), notes that negate it (a TKA patient's quad sets
/// reset on the next table, two bunion post-ops on the foam pads side by side, a three-station circuit in the
/// chiropractic clinic's open bay, a concurrent patient on the next plinth) or never state it (a wife who sat in, a
/// chiropractic assistant charting), and the codes without a one-on-one check (only 97112 is the one-on-one code in
/// the shipped medicare profile): a 97110 in a Tuesday total-knee class of three and a 97530 in a Wednesday
/// Parkinson's class of four;</item>
/// <item>class 2 (v2-h80-…): template states: an "Attendance: ☑ PT one-to-one" row, a "Rehab delivery:" row with
/// PT-supervised-in-the-bay ticked, "Target impairment: ____" left blank, "Outcome measure: ____ Score: ____" left
/// blank with nothing else numbered, an "Impairments targeted:" row ticked, a "CPT | Min | By" table blank for one of
/// two billed codes, a rehab flowsheet with sets, reps and loads, a "1:1 w/ PT: Y ☐ N ☐" row with neither ticked, a
/// STEADI row above a walker gait note, a podiatry "Services today: ☒ PT (individual)" row, a functional-task and
/// assist grid left unticked under an AT's entry, a "PT services:" row with minutes in brackets, an OT fine-motor
/// task row;</item>
/// <item>class 3 (v3-h80-…): named protocols, programmes and devices as techniques (a surgeon's rotator-cuff
/// protocol by phase, a Cuff Link after a Latarjet, a podiatrist's foot core programme, gait retraining on an F-Scan
/// in-shoe pressure system, DNS with pressure biofeedback, muscle energy after the DC's Thompson drop, graded motor
/// imagery on the Recognise app with mirror therapy for CRPS, quota-based graded activity, Walkasins, a WalkAide), a
/// clinic's "Spine Strong" programme with no dose and a Total Gym session with no deficit;</item>
/// <item>class 4 (v4-h80-…): deficits stated as findings (a knee that buckles stepping off the battery-line platform,
/// a forefoot that burns by the third tier of the ricks with gastroc equinus, a stiff C5–6 turning to watch the tree
/// shaker, lumbar extensors that give out under a truck cab after an RFA, a miner's dysmetria and wide-based
/// veering, feet that slap climbing off a tractor, a milker's back that locks in the parlor pit, a cafeteria worker
/// who drops the coffee pot, dorsal-column loss that drops a man in the dark, an SI provocation cluster) and notes
/// that state none (a post-RFA re-check with no findings, a podiatry release visit with nothing found to
/// treat);</item>
/// <item>class 5 (v5-h80-…): measures in their usual forms (handheld-dynamometer LSI, a heel-raise count to fatigue,
/// a PILE lift, a 30-s chair stand and the Four Square Step Test, Mini-BEST by section, TUG and TUG-cognitive,
/// distance and assistance in a stiff-soled shoe, knee goniometry before and after, Berg and tandem seconds) and
/// notes with none ("Felt more stable on the foam than on Tuesday", "Form better on the rows", "moved more freely
/// getting out of the car");</item>
/// <item>class 6 (v6-h80-…): minutes in their usual forms (a "CPT | Min | By" table, in/out clock times per code, a
/// code's minutes in two parts around the podiatrist's incision check, a "Billing:" line of units and minutes, a
/// PT's and an OT's code on one afternoon, a PT's and a PTA's code on one visit, "for 11 mins" after a code in
/// brackets, "PT time today: 19 min, all neuromuscular re-education" for the one timed code) and true mismatches
/// (ther ex 26 against 14, a PTA's gait 10 against 22, manual 8 against 20) and truly missing separate time (34
/// minutes for manual and ther ex together, a third code's section with no minutes);</item>
/// <item>class 7 (v7-h80-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (stretches, short-foot and heel raises for plantar fasciitis on a
/// bottling-line floor), 97530 (a dishwasher, a grocery tote and floor transfers after a fusion), 97140 (thoracic PAs
/// and a rib glide after lifting a cheese wheel) and 97116 (a cane to the parking lot and a curb after an
/// anterior-approach THA), and wholly generic 97112, 97110 + 97140 and 97530 notes;</item>
/// <item>ordinary (vord-h80-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (724.2), a PTA's NMR time
/// that differs, an OT's time that differs, a generic two-code note with no minutes at all.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — surgeons, podiatrists,
/// chiropractors, neurologists and a nurse practitioner, MAs, front-desk staff, athletic trainers, a chiropractic
/// assistant, a rehab aide, wives, sons, daughters and a granddaughter (none of them a patient; the TKA patient on the
/// next table, the second bunion post-op, the other two in the open bay, the patient on the next plinth and the
/// members of the two classes are), check-in and roomed clock times, exam-room letters and numbers, post-op days
/// and weeks, procedure dates, spinal levels and chiropractic listings, CMT and global-period codes (98940, 98941,
/// 99024) never given minutes, medication times, grades of mobilization, angles, pressures in mmHg and kPa, loads
/// in pounds, step and box heights, Hoehn and Yahr stages and years of service — and each is written so that a
/// reviewer cannot take it for a code's minutes; the notes failed for want of a measure carry no number but their
/// code's and its minutes; no note gives minutes to an adjustment, an injection, ice, a warm-up, an AT's or aide's
/// work, a test, a rest or a work shift.
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
/// documentation profile (canalith repositioning, the Buffalo test, group classes and evaluations stay in the
/// notes, never on a line).
/// This set also leaves out a chiropractic adjustment (CMT) as any part of a timed code's content or with minutes of
/// its own, a subluxation, a listing or "segmental dysfunction" as a 97112's only deficit, an injection, block or
/// ablation as a technique, ice, heat, e-stim or traction given minutes, an athletic trainer's or aide's work inside
/// a PT's billed minutes, a PT and an AT sharing a code's minutes, a pain rating or a pain-diary percentage as a
/// note's only number, pain neuroscience education as the content of a timed code, and whether a PT may bill in a
/// surgeon's global period or on the day of a chiropractic visit (a billing question, not the note's).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 93 of 102 cases agree (100 needed), and 7 of the 67 notes the reviewer passes got a finding, on the analyzer of b32474d (the start of the 2026-12-06 twelfth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 100 of 102, no false positive — "PT time was his alone", "The whole block was his and the PT's alone", "no one in the lab but the patient and the PT for all of it", "the PT did not leave the bay or take another pt" (the denial reaches past "or"), "97110 — 15 min total: 9 min before …, 6 min after", vocabulary from a helper (a single crutch, CKCUEST). Left: "held without pelvic drop 4 of 6 trials" (the count read as negated), "nothing found to treat" beside "Strength and motion equal".</para>
/// </summary>
public class HeldOutNotesIssue18EightiethTests(ITestOutputHelper output)
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

        // Mahoning Boardman ACL at 10 wks, surgeon's check and an AT's entry first, "The ATs ran the rest of the post-op floor; I stayed with him only": one-on-one; rocker/roller perturbations, Airex catches, RNT step-downs; knee neuromuscular control and proprioception; seconds and k of 10; 22 matches: passes.
        ["v1-h80-mahoning-boardman-ats-ran-the-floor"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Boardman office · In-Office PT & Athletic Training
            Roomed: 7:52a, Rm 7 (Shay, MA)
            Dr. Adeleke — post-op check (global, 99024): 10 wks s/p R ACL recon (BTB autograft). Incisions c/d/i, trace effusion, Lachman firm. Cleared to start straight-line jogging next week. F/u with Dr. in 6 wks.
            AT (J. Kosinski, ATC): bike warm-up before PT; ice and compression set up after.
            PT: 97112 — 22 min. The ATs ran the rest of the post-op floor; I stayed with him only, start to finish of the block.
              - perturbation training on the rocker and roller boards, double-leg → single-leg on the R
              - single-leg stance on the Airex catching a weighted ball thrown off-line
              - reactive step-downs off a 6-in. box with a band pulling the R knee into valgus (RNT)
            Deficit: R knee neuromuscular control — the knee caves into valgus and the quad fires late on single-leg landings; poor proprioception on the graft side
            Measures: SLS on Airex, eyes closed: R 11 s / L 27 s; single-leg squat with valgus 3 of 10 reps (8 of 10 at wk 6)
            Signed: M. DeLuca, PT, DPT (after the AT entries)
            """,
            ["Z47.89", "S83.511D"], [PT("97112", 22)], []),

        // Mahoning Warren healed bimalleolar ORIF, "Ran her balance block while also checking on the TKA patient on the next table": the PT attended another patient in the block; rhythmic stabilization, tandem on foam, step-out recovery; proprioception and postural control; Berg and seconds present: one-on-one missing.
        ["v1-h80-mahoning-warren-checking-the-tka-next-table"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Warren office · PT
            Ck-in 10:41a (front desk), Rm 3 → PT gym
            Dr. Yanko's note from Feb: L ankle ORIF (bimalleolar) healed on film; FWB in a sneaker.
            PT: 97112 — 20 min. Ran her balance block while also checking on the TKA patient on the next table — reset his quad sets and stretch strap more than once and came back to her each time.
              - rhythmic stabilization standing, my hands at the pelvis and shoulders
              - tandem stance on foam with head turns
              - step-out recovery: a nudge off balance forward, back and sideways, she steps to catch herself
            Deficit: L ankle proprioception and postural control after the fracture — sways and catches herself on the L
            Berg 47/56 (41/56 at eval); tandem on foam, L in front, 12 s
            """,
            ["S82.842D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Barren River Bowling Green Broström at 9 wks, DPM's note first, "Rm B door shut; nobody else was being treated by me during it": one-on-one; BAPS with catches, foam beam SLS eyes closed, hop-to-stick; ankle proprioception and peroneal reaction; seconds and k of 10; 21 matches: passes.
        ["v1-h80-barren-river-nobody-else-being-treated"] = new(
            """
            BARREN RIVER FOOT & ANKLE ASSOCIATES · Bowling Green · In-office PT
            Front desk: checked in 1:48p, Rm B. Corvette Assembly Plant — second shift, trim line.
            DPM (Dr. Whitlock): 9 wks s/p L modified Broström. Incision well healed. Out of the ASO brace for walking; brace for yard work.
            PT — 97112, 21 min. Rm B door shut; nobody else was being treated by me during it.
              • BAPS board standing on the L, circles both directions, then with ball catches
              • single-leg stance on the foam beam with eyes closed
              • lateral hop-to-stick on the floor line, then onto foam
            Deficit: L ankle proprioception and peroneal reaction time — rolls the ankle stepping off the line platform
            SLS L eyes closed 9 s (R 24 s); hop-to-stick on foam 7 of 10 without a touch-down
            """,
            ["M25.372", "Z98.890"], [PT("97112", 21)], []),

        // Barren River Glasgow Austin bunionectomy, "Had her and Mrs. Houchens (also a bunion post-op) on the foam pads side by side; I cued one, then the other": another patient in the block; forefoot weight shifts, foam beam tandem, rocker; forefoot proprioception; SLS seconds present: one-on-one missing.
        ["v1-h80-barren-river-glasgow-two-bunions-on-the-pads"] = new(
            """
            BARREN RIVER FOOT & ANKLE ASSOCIATES · Glasgow office · PT
            Mrs. Pedigo, 6 wks s/p R Austin bunionectomy (Dr. Hatcher); in a sneaker as of Monday.
            97112 — 18 min. Had her and Mrs. Houchens (also a bunion post-op) on the foam pads side by side; I cued one, then the other.
              - weight shifting forward onto the 1st met head on foam, then single-leg stance
              - tandem walk on the foam beam
              - rocker board front-to-back with the forefoot loaded
            Deficit: impaired forefoot proprioception and postural sway on the R; avoids loading the 1st MPJ
            SLS R 6 s (L 21 s)
            """,
            ["M20.11"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // Stanislaus Modesto, DC's listings and CMT 98941 first, "PT time was his alone — the DC was adjusting in Rm 2 and no one else was in the rehab bay": one-on-one; CCFT with the pressure cuff, laser head relocation, eye-head coordination; cervical proprioception and deep neck flexor motor control; mmHg and JPE degrees; 20 matches: passes.
        ["v1-h80-stanislaus-modesto-pt-time-his-alone"] = new(
            """
            STANISLAUS INTEGRATED SPINE & MEDICAL — chiropractic · primary care · physical therapy · Modesto
            Intake (Marisol, front): ck-in 8:05a, Rm 2 for the DC, then the rehab bay.
            DC (Dr. Villarreal): Listings C2 PRS, C5 PLS, T4 PL. Subluxation / segmental dysfunction C2, C5, T4. CMT 98941 — Diversified to C2 and T4, Activator to C5. Pt responded well.
            PT (R. Okafor, DPT):
            97112 — 20 min. PT time was his alone — the DC was adjusting in Rm 2 and no one else was in the rehab bay.
              · craniocervical flexion with the pressure biofeedback cuff, staged 22 → 28 mmHg
              · head-relocation (joint position error) practice to a laser target, eyes closed back to neutral
              · eye-head coordination: eyes lead, head follows, to cards on the wall
            Deficit: impaired cervical proprioception and deep neck flexor motor control since the rear-end collision on Hwy 99
            CCFT held 26 mmHg x 10 reps; JPE after R rotation 5.5° → 3.0°
            """,
            ["S13.4XXD", "M99.01"], [PT("97112", 20)], []),

        // Stanislaus Turlock, "in the open bay with the other two rehab patients — a three-station circuit, rotating all three": other patients in the block; quadruped perturbations, dead bug with cuff, Dyna-disc SLS; lumbopelvic motor control; seconds present: one-on-one missing.
        ["v1-h80-stanislaus-turlock-three-station-open-bay"] = new(
            """
            STANISLAUS INTEGRATED SPINE & MEDICAL · Turlock
            DC (Dr. Nakashima): L4 PLI, R ilium PI-Ex; Thompson drop to the pelvis, Diversified to L4 (CMT 98940).
            PT: 97112 — 19 min, in the open bay with the other two rehab patients — a three-station circuit, rotating all three through each station while I coached.
              quadruped rhythmic stabilization with perturbations at the pelvis
              dead bug with the pressure cuff under the low back
              single-leg stance on the Dyna-disc with opposite-arm reaches
            Deficit: poor lumbopelvic motor control — multifidus and transversus abdominis recruitment delayed, pelvis drops in single-leg stance
            SLS on the disc R 18 s, L 11 s
            Poultry-plant deboning line; back tightens by mid-shift.
            """,
            ["M99.03", "M54.50"], [PT("97112", 19)], [At(OneOnOne, "97112")]),

        // Summit City Fort Wayne after a TFESI, "One-on-one; I wasn't covering anyone else during these minutes": one-on-one; real-time ultrasound multifidus biofeedback, split-stance rhythmic stabilization, banded SLS; lumbar motor control and delayed glute med recruitment; seconds and %; 21 matches: passes.
        ["v1-h80-summit-city-fort-wayne-not-covering-anyone-else"] = new(
            """
            SUMMIT CITY INTERVENTIONAL PAIN CENTER · Fort Wayne · Physical Therapy
            Procedure: R L5-S1 TFESI 2/24 (Dr. Okonkwo). Pain diary: leg pain down by about two thirds since; back still stiff on the line at the GM truck plant.
            PT — 97112 — 21 min. One-on-one; I wasn't covering anyone else during these minutes.
              - multifidus activation with real-time ultrasound biofeedback, prone, R and L at L5
              - half-kneeling and split-stance holds with rhythmic stabilization
              - single-leg stance on the R with the other hip abducting against a band
            Deficit: lumbar motor control and delayed R glute med recruitment since the radiculopathy (R S1)
            SLS R 12 s, L 28 s; multifidus thickness on contraction R 18% vs L 31%
            """,
            ["M51.17"], [PT("97112", 21)], []),

        // Summit City New Haven after an SI injection, "Concurrent: another patient was on the next plinth … I alternated cueing between the two": not one-on-one; PNF pelvic patterns, perturbed bridging, tall-kneel stabilization; lumbopelvic neuromuscular control; k of 6 present: one-on-one missing.
        ["v1-h80-summit-city-new-haven-concurrent-next-plinth"] = new(
            """
            SUMMIT CITY INTERVENTIONAL PAIN CENTER · New Haven · PT
            R SI joint injection 2/18 (Dr. Brandt) — about half relief in the diary.
            97112 — 20 min. Concurrent: another patient was on the next plinth for her own exercises and I alternated cueing between the two of them.
              - PNF pelvic patterns, anterior elevation and posterior depression, side-lying R and L
              - bridging with manual perturbations at the pelvis
              - tall-kneeling rhythmic stabilization
            Deficit: poor lumbopelvic neuromuscular control; R glute max fires late on the bridge
            Bridge with perturbation held without pelvic drop 4 of 6 trials (1 of 6 at eval)
            """,
            ["M46.1"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Monongahela Morgantown PD in the ON state after the neurologist's med check, "Balance lab, door shut; no one in the lab but the patient and the PT for all of it": one-on-one; lean-and-release and push reactive stepping, big steps to targets, wide turns; postural instability; Mini-BEST and pull-test steps; 24 matches: passes.
        ["v1-h80-monongahela-morgantown-no-one-in-the-lab-but"] = new(
            """
            MONONGAHELA NEUROLOGY ASSOCIATES · Morgantown · Balance & Falls PT
            Check-in 9:10 (front desk); seen after Dr. Sayre's med check in Exam 4 — carbidopa/levodopa at 7:30, ON at PT.
            PT: 97112 — 24 min. Balance lab, door shut; no one in the lab but the patient and the PT for all of it.
              · reactive stepping: backward and lateral lean-and-release from my hands, then an unexpected push
              · large-amplitude stepping to floor targets in all directions, cue "big step"
              · turning practice: 180° turns around a cone with the cue to step wide
            Deficit: postural instability in Parkinson's (H&Y 2.5) — reactive steps too small, retropulsion on the pull test
            Mini-BEST 18/28 (reactive 2/6); pull test: 3 steps to recover (5 at eval)
            """,
            ["G20.A1", "R26.81"], [PT("97112", 24)], []),

        // Monongahela Fairmont neuropathy, "His wife came back with him and sat in", nothing states one-on-one; foam EC with and without light touch, tandem, rocker board; somatosensory loss; FGA and seconds present: one-on-one missing.
        ["v1-h80-monongahela-fairmont-wife-sat-in-never-stated"] = new(
            """
            MONONGAHELA NEUROLOGY ASSOCIATES · Fairmont · Balance & Falls PT
            His wife came back with him and sat in. Retired Fairmont State groundskeeper; two falls on the porch steps since Christmas.
            Dr. Pugh (neuro): length-dependent sensory polyneuropathy, idiopathic; EMG confirmed.
            97112 — 19 min
              - standing on foam, eyes open → closed, light touch on the counter, then none
              - tandem stance and tandem walk on the hall tape
              - rocker board front-to-back, then side-to-side
            Deficit: somatosensory loss in both feet — can't feel the step edge, leans on vision
            FGA 17/30 (13/30 at eval); foam EC 8 s
            """,
            ["G60.3", "Z91.81"], [PT("97112", 19)], [At(OneOnOne, "97112")]),

        // Mahoning Canfield hand therapy (OT) after a distal radius ORIF, "Kept to this patient only — no one else on the hand schedule in that slot": one-on-one; wrist joint position sense, ball weight-bearing with rhythmic stabilization, gyroscopic dart-throw; wrist proprioception and dynamic stability; degrees and seconds; 19 matches: passes.
        ["v1-h80-mahoning-ot-hand-kept-to-this-patient"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Canfield office · Hand Therapy (OT, CHT)
            Dr. Mirza: 8 wks s/p R distal radius ORIF (volar plate); hardware in good position on today's films. Wound c/d/i. F/u 4 wks.
            OT 97112 — 19 min. Kept to this patient only — no one else on the hand schedule in that slot.
              - wrist joint position sense: reproducing target angles with eyes closed, flexion/extension and radial/ulnar deviation
              - weight-bearing through the R hand on a ball with rhythmic stabilization
              - dart-thrower's motion with the gyroscopic ball, slow → faster
            Deficit: impaired wrist proprioception and dynamic stability after the fracture — she drops the coffee pot at the Mill Creek Park snack stand where she works
            JPS error 9° → 5° (avg of 3); ball weight-bearing held 20 s
            """,
            ["S52.571D"], [OT("97112", 19)], []),

        // Mahoning Canfield Tuesday total-knee class of three: 97110 has no one-on-one check; heel slides, quad sets, TKE, shuttle press, step-ups with doses; R knee stiffness and quad weakness with AROM; 24 matches: passes.
        ["v1-h80-mahoning-canfield-tuesday-tka-class-97110"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Canfield office · PT
            Tuesday total-knee class: three post-op knees on the floor together, PT leading, AT helping set up.
            This pt: 5 wks s/p R TKA (Dr. Yanko). Wound healed, steri-strips off.
            97110 — 24 min
              heel slides with a strap 2 x 15; quad sets with a 5-s hold 2 x 15
              TKE with the blue band 3 x 15
              shuttle leg press, 4 cords, 3 x 12
              step-ups onto a 4-in. step 3 x 10
            Why: R knee flexion stiff and quad weak after the TKA — AROM 6–104°; can't do the stairs at home step-over-step
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 24)], []),

        // Monongahela Wheeling Wednesday Parkinson's functional class of four: 97530 has no one-on-one check; floor rises, bathroom turns, car transfers, a laundry basket through a doorway; freezing and bradykinesia; counts; 22 matches: passes.
        ["v1-h80-monongahela-wheeling-pd-class-of-four-97530"] = new(
            """
            MONONGAHELA NEUROLOGY ASSOCIATES · Wheeling · Balance & Falls PT
            Wednesday Parkinson's functional class — four patients, the PT and a rehab aide.
            This pt: retired Wheeling-Pitt mill electrician, PD dx 2019, meds on time.
            97530 — 22 min
              floor-to-stand transfers off the mat via half-kneel, 3 trials
              turning in the mock bathroom between the sink and the toilet
              car transfers in and out of the clinic's car seat, x 5
              carrying a laundry basket through the doorway without stopping
            Deficit: freezing at doorways and bradykinesia on turns; can't get up from the floor alone
            Floor rise 3 of 3 without help (0 of 3 in Jan); doorway passes 8 of 10 without a freeze
            """,
            ["G20.A1"], [PT("97530", 22)], []),

        // Stanislaus Ceres, "The chiropractic assistant stayed in the room to chart the DC's visit while PT started", nothing states one-on-one; scapular PNF, quadruped stabilization, perturbed wall push-up plus; serratus recruitment and scapular motor control; k of 10 present: one-on-one missing.
        ["v1-h80-stanislaus-ceres-assistant-charting-never-stated"] = new(
            """
            STANISLAUS INTEGRATED SPINE & MEDICAL · Ceres
            DC (Dr. Nakashima): C6 PRS, T3 PL; CMT 98940, Diversified.
            The chiropractic assistant stayed in the room to chart the DC's visit while PT started.
            PT: 97112 — 18 min
              scapular PNF — anterior elevation / posterior depression with manual resistance, side-lying
              quadruped rhythmic stabilization, then a push-up plus on the wall with perturbations
              wall ball circles with the R arm, eyes closed
            Deficit: R scapular motor control — serratus anterior recruitment poor, the medial border wings on lowering
            Winging on 3 of 10 wall push-ups (7 of 10 at eval)
            """,
            ["M99.01", "M54.12"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Mahoning Hermitage "Attendance: ☑ PT one-to-one": one-on-one; rhythmic stabilization at 90/90, PNF D2 slow reversals, closed-chain ball perturbations; shoulder dynamic stability and proprioception after a cuff repair; JPS degrees and CKCUEST; 22 matches: passes.
        ["v2-h80-mahoning-hermitage-attendance-one-to-one-ticked"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Hermitage, PA office · PT daily
            Attendance:   ☑ PT one-to-one   ☐ AT-supervised   ☐ independent program
            Dr. Petrosky: 14 wks s/p R arthroscopic rotator cuff repair (supraspinatus). Full AROM. Start light strengthening at the gym per protocol. F/u 6 wks.
            97112 — 22 min
              • rhythmic stabilization at 90° elevation and at 90/90, supine → standing
              • PNF D2 flexion/extension with manual resistance, slow reversals
              • closed chain: hand on a ball on the wall, circles against my perturbations
            Deficit: R glenohumeral dynamic stability and proprioception after the repair — loses the arm reaching overhead to the top shelf at the Sheetz where he stocks
            Active JPS at 90° ER: 7° error → 4°; CKCUEST 19 touches (14 at wk 12)
            """,
            ["M75.121", "Z98.890"], [PT("97112", 22)], []),

        // Stanislaus Manteca "Rehab delivery: ☐ 1:1 with PT ☒ PT-supervised in the bay with other rehab pts": not one-on-one; quadruped stabilization, cuffed dead bugs, perturbed ball bridging; lumbar segmental motor control; seconds and mmHg present: one-on-one missing.
        ["v2-h80-stanislaus-manteca-delivery-row-mixed-bay"] = new(
            """
            STANISLAUS INTEGRATED SPINE & MEDICAL · Manteca · Rehab flowsheet
            Rehab delivery:   ☐ 1:1 with PT   ☒ PT-supervised in the bay with other rehab pts   ☐ group class
            DC (Dr. Villarreal): L5 PLI, sacrum base posterior R; Cox flexion-distraction + Diversified (CMT 98940).
            97112 — 20 min
              - quadruped rhythmic stabilization; dead bug with the pressure cuff; bridging on the physioball with manual perturbations
            Deficit: lumbar segmental motor control — transversus abdominis can't hold against limb load
            Side bridge R 34 s / L 22 s; pressure cuff held steady at 40 mmHg through 8 dead bugs
            """,
            ["M99.03", "M51.26"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Summit City Auburn "Target impairment: ____" left blank and nothing else names a deficit or system; "one-on-one, PT and pt only"; foam half-kneel stabilization, tall-kneel catches, Airex cone reaches; seconds and k of 10: deficit missing.
        ["v2-h80-summit-city-auburn-target-impairment-blank"] = new(
            """
            SUMMIT CITY INTERVENTIONAL PAIN CENTER · Auburn · PT
            Procedure on file:  ☒ yes (see Dr. Okonkwo's note)     Pain diary returned:  ☒ yes
            Target impairment:  ______________________
            97112 — 18 min · one-on-one, PT and pt only
              - half-kneeling on foam with rhythmic stabilization
              - tall-kneeling ball toss and catch, off-center throws
              - Airex stance with reaches to cones on the floor
            Half-kneel on foam 40 s each side; cone reaches 9 of 10 without a touch-down
            Pt asked about the parking validation; front desk handled it.
            """,
            ["M54.50"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // Barren River Franklin "Outcome measure: ____ Score: ____" left blank, no other number; one-on-one; BAPS, foam EC head turns, foam-beam tandem; ankle proprioception and sway after a fibula fracture: measure missing.
        ["v2-h80-barren-river-franklin-outcome-row-blank"] = new(
            """
            BARREN RIVER FOOT & ANKLE ASSOCIATES · Franklin office · PT
            Offloading:  ☐ CAM boot   ☒ lace-up brace   ☐ post-op shoe
            Outcome measure: ______________     Score: ______
            Horse trainer at the Kentucky Downs barns; L lateral malleolus fracture, healed, out of the boot since the end of January.
            97112 — one-on-one — 17 min
              • BAPS board standing, circles each direction
              • foam stance with eyes closed and head turns
              • tandem walking on the foam beam, then backward
            Deficit: L ankle proprioception and postural sway after the fracture — wobbles on the uneven barn aisle
            Says she's steadier mucking stalls.
            """,
            ["S82.62XD"], [PT("97112", 17)], [At(Measure, "97112")]),

        // Monongahela Clarksburg "Session: ☒ individual (PT : pt, 1:1)" and "Impairments targeted: ☒ somatosensory ☒ postural control"; foam EC, rocker ankle strategy, stepping strategy, dimmed gravel box; mCTSIB seconds and FGA; 23 matches: passes.
        ["v2-h80-monongahela-clarksburg-impairment-boxes-ticked"] = new(
            """
            MONONGAHELA NEUROLOGY ASSOCIATES · Clarksburg · Balance & Falls PT
            Session:  ☒ individual (PT : pt, 1:1)   ☐ class
            Impairments targeted:  ☒ somatosensory   ☒ postural control   ☐ vestibular   ☐ cerebellar   ☐ strength
            Owns a pepperoni-roll bakery on Pike St; type 2 diabetes with neuropathy, A1c per Dr. Radhakrishnan's note.
            97112 — 23 min
              - foam stance, eyes closed, then with head turns
              - ankle-strategy training on the rocker board; stepping-strategy drill to a called direction
              - walking in the gym's gravel box with the lights dimmed
            mCTSIB foam EC 13 s (4 s at eval); FGA 21/30
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // Mahoning Austintown "CPT | Min | By" table with 97110 14 and the 97140 row blank, both billed: no minutes for the manual — separate time missing; both sections complete (ER, rows, T's, wall slides with doses; GH glides and STM; ER weakness and posterior capsule tightness; IR degrees).
        ["v2-h80-mahoning-austintown-cpt-min-table-manual-blank"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Austintown office · PT
            CPT    | Min | By
            97110  | 14  | PT
            97140  |     | PT
            Dr. Petrosky: 10 wks s/p L RCR; AROM flexion 140°. Continue PT 2x/wk, f/u 6 wks.
            Ther ex: sidelying ER 2 lb 3 x 12; prone rows 3 lb 3 x 12; prone T's 2 x 10; wall slides with a towel 2 x 15
            Manual: gr III GH inferior and posterior glides; STM L posterior cuff and upper trap
            L shoulder ER weak 4-/5; posterior capsule tight — IR 38° → 47° after the glides
            """,
            ["M75.122", "Z98.890"], [PT("97110", 14), PT("97140", 10)], [SepTime]),

        // Stanislaus Oakdale rehab flowsheet (Exercise | Sets x Reps | Load) under the DC's listings; hinge, goblet squat, bird dog, suitcase carry; lumbar flexion endurance and hip extensor weakness with an irrigation-pipe goal; 16 matches: passes.
        ["v2-h80-stanislaus-oakdale-flowsheet-grid-97110"] = new(
            """
            STANISLAUS INTEGRATED SPINE & MEDICAL · Oakdale · Rehab flowsheet
            DC (Dr. Villarreal): L3 PR, L5 PLI; CMT 98940, Thompson drop.
            PT 97110 — 16 min
            Exercise                 | Sets x Reps | Load
            hip hinge with dowel     | 3 x 10      | —
            goblet squat             | 3 x 10      | 20-lb KB
            bird dog                 | 2 x 10 ea   | —
            suitcase carry           | 4 x 20 yd   | 30 lb
            Goal: lift and carry the 40-lb irrigation pipe sections on the family's almond ranch without the low back seizing; lumbar flexion endurance and hip extensor strength poor
            """,
            ["M99.03", "M54.50"], [PT("97110", 16)], []),

        // Summit City Warsaw "1:1 w/ PT: Y ☐ N ☐" with neither ticked and nothing else states it: never stated; PNF D1/D2 LE patterns, foam SLS with toss, cued step-downs; L leg motor recruitment and proprioception; seconds and k of 10 present: one-on-one missing.
        ["v2-h80-summit-city-warsaw-one-to-one-boxes-empty"] = new(
            """
            SUMMIT CITY INTERVENTIONAL PAIN CENTER · Warsaw · PT
            1:1 w/ PT:   Y ☐   N ☐
            Procedure: L L4-5 interlaminar ESI 2/20 (Dr. Brandt). Machinist at an orthopaedic implant plant; tingling down the L leg when he stands at the CNC.
            97112 — 20 min
              - PNF D1/D2 lower-extremity patterns on the L with manual resistance, supine then standing
              - single-leg stance on the L on foam with a ball toss
              - lateral step-downs with a tactile cue at the L knee
            Deficit: L leg motor recruitment and proprioception after the radiculopathy (L5) — the foot slaps on the shop floor
            SLS L foam 9 s; step-downs without knee valgus 6 of 10
            """,
            ["M51.16"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Monongahela Morgantown STEADI box row above a walker gait note after an NPH shunt; tile and carpet passes with distance, CGA → SBA, threshold stepping; magnetic shuffling gait; 10-m walk seconds; 17 matches: passes.
        ["v2-h80-monongahela-steadi-row-nph-walker-97116"] = new(
            """
            MONONGAHELA NEUROLOGY ASSOCIATES · Morgantown · Balance & Falls PT
            STEADI screen:  ☒ fallen in past year   ☒ feels unsteady   ☒ worries about falling
            Dr. Radhakrishnan: NPH, VP shunt placed 1/20 at Ruby; gait better since, per family.
            97116 — 17 min
              gait with the 4-wheeled walker on tile and the lobby carpet, 3 x 150 ft, CGA → SBA on the last pass
              cues: lift the feet, longer steps, wider turns; stepping over the threshold strip into the elevator
            Deficit: magnetic, short-stepped shuffling gait from the NPH; freezes at thresholds
            10-m walk 15.6 s (22.8 s before the shunt)
            """,
            ["G91.2", "Z98.2"], [PT("97116", 17)], []),

        // Barren River Scottsville "Services today: ☒ PT (individual)" row under the DPM's hallux rigidus plan; 1st MPJ distraction and dorsal glides, sesamoid mobilization, FHL STM; stiff 1st MPJ; DF degrees; 11 matches: passes.
        ["v2-h80-barren-river-services-row-hallux-rigidus-97140"] = new(
            """
            BARREN RIVER FOOT & ANKLE ASSOCIATES · Scottsville office
            Services today:  ☒ PT (individual)   ☐ orthotic casting   ☐ nail debridement   ☐ injection
            Dr. Hatcher (DPM): L hallux rigidus, grade 2; not ready for a cheilectomy — try PT and a carbon-fiber Morton's extension first.
            PT 97140 — 11 min
              - 1st MPJ distraction and dorsal glides of the proximal phalanx, gr III–IV
              - sesamoid mobilization, medial-lateral
              - STM to the FHL along the arch
            Deficit: L 1st MPJ stiff — dorsiflexion limits toe-off
            1st MPJ DF 26° → 35° after the glides
            """,
            ["M20.22"], [PT("97140", 11)], []),

        // Mahoning Hermitage AT entry, then a functional-task and assist grid with nothing ticked and "Pt participated in functional activities per protocol. Tolerated well.": no activity, deficit or level named — wholly generic.
        ["v2-h80-mahoning-at-entry-then-task-grid-unticked-97530"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Hermitage, PA office · PT
            AT (B. Ferrante, ATC): pt changed into shorts, warm-up on the bike; ice pack handed out after.
            Functional tasks:  ☐ lift   ☐ carry   ☐ stairs   ☐ kneel   ☐ reach
            Assist level:      ☐ I   ☐ mod I   ☐ SBA   ☐ CGA
            97530 — 19 min. Pt participated in functional activities per protocol. Tolerated well.
            — signed by the PT after the AT's entry
            """,
            ["Z96.641"], [PT("97530", 19)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Stanislaus Modesto "PT services: ☒ 97112 [22] min ☒ 97110 [12] min ☐ 97140 [ ] min" (the two billed match, the unticked code is not billed) and "Delivery: ☒ 1:1 PT/pt"; laser relocation, quadruped stabilization, foam EC; neck and mid-back strengthening with doses; cervical proprioception and weakness; JPE and seconds: passes.
        ["v2-h80-stanislaus-modesto-services-row-with-minutes"] = new(
            """
            STANISLAUS INTEGRATED SPINE & MEDICAL · Modesto · PT
            DC (Dr. Villarreal): C6 PRI, T6 PL; CMT 98940.
            PT services:  ☒ 97112  [22] min    ☒ 97110  [12] min    ☐ 97140  [  ] min
            Delivery:     ☒ 1:1 PT/pt   ☐ supervised
            NMR: head-relocation practice to a laser target; quadruped rhythmic stabilization; standing on foam with eyes closed and head turns
            TE: chin tucks with lift 3 x 10; band rows, green, 3 x 15; prone Ys 2 x 10
            Deficits: cervical proprioception and postural control after the whiplash; deep neck flexors and mid-traps weak
            JPE 4.0° (6.5° at eval); foam EC with head turns 18 s
            """,
            ["S13.4XXD", "M99.01"], [PT("97112", 22), PT("97110", 12)], []),

        // Monongahela Wheeling OT "Session: ☒ individual" and a "Tasks:" row ticked; buttoning, big-letter handwriting, rocker-knife cutting; bradykinesia and micrographia; seconds and k of 5; 21 matches: passes.
        ["v2-h80-monongahela-ot-fine-motor-task-row-97530"] = new(
            """
            MONONGAHELA NEUROLOGY ASSOCIATES · Wheeling · Occupational Therapy
            Session:  ☒ individual   ☐ group
            Tasks:    ☒ buttoning   ☒ handwriting   ☒ utensils   ☐ med box
            OT 97530 — 21 min
              - buttoning his work shirt (7 buttons), standing at the mirror
              - writing his name and address on lined paper with the "big letters" cue, then a grocery list
              - cutting meat with a rocker knife and a built-up fork
            Deficit: bradykinesia and micrographia (PD) — letters shrink across the line; can't do his collar button
            7 of 7 buttons in 88 s (140 s at eval); letter height held across the line on 4 of 5 lines
            """,
            ["G20.A1"], [OT("97530", 21)], []),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // Mahoning Boardman surgeon's arthroscopic RCR protocol, phase II (wk 8, POD #56): wand, pulleys, sidelying ER, isometrics with doses; limited and weak R shoulder with a cupboard goal; 17 matches: passes.
        ["v3-h80-mahoning-surgeon-rcr-protocol-phase-ii-97110"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Boardman office · PT
            Dr. Petrosky's arthroscopic rotator cuff repair protocol — phase II (wk 8): out of the sling, AAROM → AROM, no resisted elevation yet.
            POD #56. Portals healed, c/d/i.
            97110 — 17 min
              - supine wand flexion 2 x 15; wand ER at 30° abduction 2 x 15
              - pulleys, flexion and scaption, 2 x 20
              - sidelying ER without weight 3 x 10; prone extension to the hip 2 x 10
              - submax isometrics ER/IR at the wall, 10 x 5-s holds
            R shoulder: flexion AROM 118°, ER 35° — limited and weak after the repair; goal to reach the top cupboard
            """,
            ["M75.121", "Z98.890"], [PT("97110", 17)], []),

        // Mahoning Boardman YSU lineman after a Latarjet, "Not split with any other patient; the AT had the rest of the linemen": one-on-one; Cuff Link eyes closed with perturbations, PNF D2 with rhythmic stabilization, BOSU weight-bearing reactions; shoulder proprioception and dynamic stability; CKCUEST and JPS; 23 matches: passes.
        ["v3-h80-mahoning-cuff-link-after-latarjet"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Boardman office · Sports PT
            Dr. Adeleke: 4 mo s/p L Latarjet (YSU Penguins offensive lineman). Coracoid graft healed on CT. Cleared for contact drills in 6 wks if strength passes.
            97112 — 23 min. Not split with any other patient; the AT had the rest of the linemen out on the turf.
              - Cuff Link: L hand on the wheel, clockwise and counter, eyes closed, then against my perturbations
              - PNF D2 flexion with rhythmic stabilization at end range
              - quadruped on the BOSU, L arm weight-bearing, ball-tap reactions
            Deficit: L shoulder proprioception and dynamic stability after the Latarjet — feels the shoulder "slip" when he punches out on a block
            CKCUEST 22 touches (17 at 3 mo); JPS at 90° ER 5° error
            """,
            ["M24.412", "Z98.890"], [PT("97112", 23)], []),

        // Barren River Bowling Green podiatrist's foot core programme (week three): doming, toe splay, ball-between-heels raises, banded inversion with doses; R arch collapse and posterior tibial weakness with a heel-raise count and a cave-tour goal; 18 matches: passes.
        ["v3-h80-barren-river-foot-core-programme-pttd-97110"] = new(
            """
            BARREN RIVER FOOT & ANKLE ASSOCIATES · Bowling Green · PT
            Dr. Whitlock: R posterior tibial tendon dysfunction, stage II; UCBL orthotic dispensed.
            Foot core program (Dr. Whitlock's handout, week three):
              • short-foot doming, seated → standing → single-leg, 3 x 10 with 5-s holds
              • toe splay and great-toe press / lesser-toe lift, 2 x 15
              • heel raises holding a ball between the heels, 3 x 12
              • resisted inversion with the red band, 3 x 15
            97110 — 18 min
            Why: the R arch collapses and the posterior tibialis is weak — 8 single-leg heel raises R vs 22 L; goal: lead the Mammoth Cave historic tour (she's a guide) without the arch ache
            """,
            ["M76.821", "M21.41"], [PT("97110", 18)], []),

        // Barren River Owensboro gait retraining on the F-Scan in-shoe pressure system after a healed ulcer: heel-first, shorter stride, roll over the rocker; distance, surfaces, independent; forefoot-overload gait with neuropathy; peak kPa; 16 matches: passes.
        ["v3-h80-barren-river-f-scan-rocker-sole-97116"] = new(
            """
            BARREN RIVER FOOT & ANKLE ASSOCIATES · Owensboro office · PT
            Ulcer under the R 2nd met head healed 1/30 (Dr. Hatcher); now in extra-depth shoes with a rocker sole and a met pad.
            97116 — 16 min
              - gait training with the F-Scan in-shoe pressure system running: cues for heel-first contact, a shorter stride, rolling over the rocker rather than pushing off the forefoot
              - 4 x 100 ft on the hall tile, then the ramp and the parking-lot curb; independent, no device
            Deficit: forefoot-overload gait with diabetic neuropathy — lands flat and pushes off hard through the R forefoot
            Peak pressure under the R 2nd met head 410 → 285 kPa by the last pass
            """,
            ["E11.42", "Z87.2"], [PT("97116", 16)], []),

        // Stanislaus Turlock "1:1 — the PT did not step away to any other patient"; Dynamic Neuromuscular Stabilization positions and prone pressure biofeedback; faulty trunk stabilization and delayed deep-abdominal motor recruitment; Stabilizer mmHg; 21 matches: passes.
        ["v3-h80-stanislaus-dns-and-pressure-biofeedback"] = new(
            """
            STANISLAUS INTEGRATED SPINE & MEDICAL · Turlock · PT
            DC (Dr. Nakashima): L5 PLI; CMT 98940, Activator.
            97112 — 21 min · 1:1 — the PT did not step away to any other patient
              Dynamic Neuromuscular Stabilization (DNS): 3-month supine with the feet on the ball and pressure into the belt; side-lying to oblique-sit transition; quadruped rocking with the trunk held
              pressure biofeedback (Stabilizer) in prone for transversus abdominis
            Deficit: faulty trunk stabilization — poor intra-abdominal pressure control and delayed deep-abdominal motor recruitment; the low back gives out lifting feed sacks at the feed store
            Prone Stabilizer drop of 6 mmHg held 10 s x 8 (couldn't hold 2 mmHg at eval)
            """,
            ["M99.03", "M54.50"], [PT("97112", 21)], []),

        // Stanislaus Manteca muscle energy for a posterior innominate after the DC's Thompson drop, hip inferior glides with a belt, QL and glute STM; SI hypomobility and hip capsular stiffness with a valve-checking goal; IR degrees; 12 matches: passes.
        ["v3-h80-stanislaus-met-after-thompson-drop-97140"] = new(
            """
            STANISLAUS INTEGRATED SPINE & MEDICAL · Manteca · PT
            DC (Dr. Villarreal): R ilium PI-Ex; Thompson drop to the R ilium (CMT 98940 with L5).
            PT 97140 — 12 min
              - muscle energy technique for the R posteriorly rotated innominate, supine, 4 x 5-s contractions
              - hip inferior glides with the mobilization belt, gr III, R
              - STM to the R QL and glute med
            Deficit: R SI joint hypomobility and hip capsular stiffness — can't squat to check the irrigation valves at work
            Hip IR R 22° → 31°; long-sit test now equal
            """,
            ["M99.04", "M46.1"], [PT("97140", 12)], []),

        // Summit City Fort Wayne CRPS after a lumbar sympathetic block, "one-on-one with the PT for all of it": graded motor imagery on the Recognise app, mirror therapy, texture discrimination; body-schema distortion and somatosensory loss; accuracy, speed and two-point mm; 20 matches: passes.
        ["v3-h80-summit-city-graded-motor-imagery-crps"] = new(
            """
            SUMMIT CITY INTERVENTIONAL PAIN CENTER · Fort Wayne · PT
            CRPS I, R foot, after a 5th met fracture at work (Parkview Field grounds crew). Lumbar sympathetic block #2 on 2/26 (Dr. Okonkwo) — warmer foot for two days.
            97112 — 20 min, one-on-one with the PT for all of it
              - graded motor imagery: left/right foot judgments on the Recognise app, then imagined movements
              - mirror therapy: L foot moving in the mirror box while the R stays hidden, ankle circles and toe curls
              - sensory discrimination: which of two textures, R foot
            Deficit: CRPS — distorted body schema and somatosensory (two-point) loss in the R foot, with allodynia
            Recognise R-foot accuracy 79% at 2.2 s (62% at 3.4 s at eval); two-point discrimination R dorsum 42 mm (L 30 mm)
            """,
            ["G90.521"], [PT("97112", 20)], []),

        // Summit City Kendallville quota-based graded activity: hall-lap quota, sanding a panel, lifting a bundle with counts; lumbar activity intolerance and fear of bending; 23 matches: passes.
        ["v3-h80-summit-city-graded-activity-quotas-97530"] = new(
            """
            SUMMIT CITY INTERVENTIONAL PAIN CENTER · Kendallville · PT
            Chronic low back pain; SCS trial declined. Works the cutting table at an RV cabinet shop.
            Graded activity (quota-based, not pain-contingent): today's quotas were set at the last visit and met regardless of pain.
            97530 — 23 min
              - walking quota: 10 laps of the clinic hall (about 900 ft), reached
              - stand-and-work at the counter-height table sanding a panel, 3 rounds with a sit between
              - lifting a 20-lb sheet-goods bundle from a knee-high shelf to the table, 8 reps
            Deficit: lumbar activity intolerance and fear of bending; stops cutting before lunch
            Next quotas: 12 laps, 10 lifts
            """,
            ["M54.50", "G89.29"], [PT("97530", 23)], []),

        // Monongahela Fairmont Walkasins sensory prosthesis, "1:1, treated on her own with the PT": lean-to-tactor cues on firm and foam, stepping responses, head-turn walking; somatosensory loss; foam seconds with and without the device and FGA; 22 matches: passes.
        ["v3-h80-monongahela-walkasins-neuropathy"] = new(
            """
            MONONGAHELA NEUROLOGY ASSOCIATES · Fairmont · Balance & Falls PT
            Walkasins (lower-limb sensory prosthesis) fitted last week on Dr. Pugh's order — it buzzes at the shin to signal where the pressure under the foot is.
            97112 — 22 min · 1:1, treated on her own with the PT
              - learning the Walkasins cues standing on firm then foam, eyes closed, leaning until the tactor buzzes and correcting
              - stepping responses to a lean-and-release with the device on
              - walking the hallway with head turns, device on
            Deficit: peripheral neuropathy with loss of plantar sensation — a somatosensory deficit; sways without vision
            Foam EC 14 s with the device (5 s without); FGA 19/30
            """,
            ["G62.9", "R26.81"], [PT("97112", 22)], []),

        // Monongahela Clarksburg WalkAide peroneal stimulator after an MCA stroke: cane gait on tile and carpet with distance and SBA, cord and curb ramp, heel-strike cue; foot drop with toe drag; 10-m walk and toe-catch counts; 15 matches: passes.
        ["v3-h80-monongahela-walkaide-foot-drop-97116"] = new(
            """
            MONONGAHELA NEUROLOGY ASSOCIATES · Clarksburg · Balance & Falls PT
            L MCA stroke in October; R foot drop. WalkAide (peroneal nerve stimulator) trial unit loaned by the vendor.
            97116 — 15 min
              - gait with the WalkAide on and a single-point cane, 3 x 120 ft on tile and carpet; SBA
              - stepping over the cord and up the 4-in. curb ramp; cue R heel strike
            Deficit: R foot drop with toe drag and hip hiking after the stroke
            10-m walk 12.1 s with the WalkAide (15.9 s without); no toe catches in 120 ft (4 without)
            """,
            ["I69.351", "M21.371"], [PT("97116", 15)], []),

        // Summit City New Haven "Spine Strong" programme, level two: dead bugs, bird dogs, side planks, bridges, wall sits with no sets, reps, hold or load, trunk and hip extensor weakness with a shift goal — no number but the code's: measure missing.
        ["v3-h80-summit-city-spine-strong-no-dose-97110"] = new(
            """
            SUMMIT CITY INTERVENTIONAL PAIN CENTER · New Haven · PT
            "Spine Strong" program, level two (our clinic's post-RFA progression): dead bugs, bird dogs, side planks off the knees, glute bridges with a band, wall sits.
            97110 — 19 min
            Why: trunk and hip extensor weakness after the RFA — goal to stand at the assembly line through a whole shift
            Plan: stay at level two; add the hinge next time.
            """,
            ["M47.816"], [PT("97110", 19)], [At(Measure, "97110")]),

        // Mahoning Austintown Total Gym session after an AT's set-up: incline squats, split squats, plyo jumps by level, sled pushes and shuffles with doses — no region, impairment or goal named: deficit missing.
        ["v3-h80-mahoning-total-gym-no-deficit-97110"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Austintown office · PT
            AT (J. Kosinski, ATC): set up the Total Gym and handed out water.
            97110 — 18 min
              Total Gym: incline squats level 12, 3 x 15; split squats level 8, 2 x 10 each side; plyo jumps level 6, 3 x 10
              sled push 4 x 20 yd; lateral shuffles on the turf 4 x 10 yd
            Pt's son picked him up.
            """,
            ["S83.511D"], [PT("97110", 18)], [At(Deficit, "97110")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Mahoning Warren battery-line worker after a meniscus repair: the knee buckles stepping off the line platform, dives into valgus with late quad/glute recruitment — the findings; "seen solo by the PT"; RNT step-downs, roller-board perturbations, pivot-and-plant; k of 10 and seconds; 22 matches: passes.
        ["v4-h80-mahoning-lordstown-knee-buckles-off-the-platform"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Warren office · PT
            Ultium Cells battery plant, Lordstown — module line. Since the R medial meniscus repair his knee buckles when he steps down off the line platform and when he pivots to the cart; on the step-down test today the R knee dives into valgus and the quad shakes — poor dynamic knee neuromuscular control, late quad and glute recruitment.
            97112 — 22 min · seen solo by the PT, no other patient in the gym with me
              - reactive neuromuscular training: a band pulling the knee into valgus during step-downs off a 6-in. box
              - perturbations on the roller board in split stance
              - pivot-and-plant onto foam, cue knee over the second toe
            Step-down: valgus on 2 of 10 (7 of 10 three weeks ago); SLS R on foam 19 s
            """,
            ["S83.241D"], [PT("97112", 22)], []),

        // Barren River Owensboro rickhouse worker: the ball of the foot burns under the 2nd met head by the third tier, DF 2° knee straight (gastroc equinus) — the findings; wedge stretch, eccentric drops, short-foot, banded DF with doses; 15 matches: passes.
        ["v4-h80-barren-river-rickhouse-forefoot-equinus-97110"] = new(
            """
            BARREN RIVER FOOT & ANKLE ASSOCIATES · Owensboro office · PT
            Rickhouse worker at a bourbon distillery — climbs the ricks to roll barrels. The ball of the R foot burns under the 2nd met head by the third tier, with a callus there; ankle DF only 2° with the knee straight, 14° bent (gastroc equinus on Dr. Hatcher's Silfverskiöld test).
            97110 — 15 min
              - gastroc stretch, knee straight, on the wedge, 4 x 30-s holds
              - eccentric heel drops off the step 3 x 15
              - toe-yoga and short-foot holds 2 x 10
              - ankle DF with the band 3 x 15
            """,
            ["M77.41"], [PT("97110", 15)], []),

        // Stanislaus Oakdale tree-shaker operator: the L C5–6 facet stiff to PAs reproducing the ache, rotation stops short, ropy levator — the findings (beside the DC's listings); unilateral PAs, levator and trap STM, 1st rib mobilization; rotation degrees; 10 matches: passes.
        ["v4-h80-stanislaus-tree-shaker-stiff-c5-6-97140"] = new(
            """
            STANISLAUS INTEGRATED SPINE & MEDICAL · Oakdale · PT
            DC (Dr. Villarreal): C5 PLS, C6 PRI; segmental dysfunction C5–C6; CMT 98940 (cervical, thoracic).
            Drives a tree shaker in the almond orchards at harvest — looks back over his L shoulder all day. On exam the L C5–6 facet is stiff to PAs and reproduces the ache into the L shoulder blade; rotation to the L stops short; the L levator and upper trap are ropy.
            PT 97140 — 10 min
              - unilateral PA mobilization L C5–6, gr III, 3 bouts
              - STM L levator scapulae and upper trapezius
              - 1st rib caudal mobilization L
            Cervical rotation L 54° → 65°
            """,
            ["M99.01", "M54.2"], [PT("97140", 10)], []),

        // Summit City Fort Wayne after a medial-branch RFA: can't straighten up after bending under a truck cab, extensors give out, Biering-Sørensen 38 s, lost hip hinge — the findings; dowel hinge, Roman chair, RDLs, superman holds with doses; 19 matches: passes.
        ["v4-h80-summit-city-after-rfa-extensors-give-out-97110"] = new(
            """
            SUMMIT CITY INTERVENTIONAL PAIN CENTER · Fort Wayne · PT
            RFA of the L3, L4, L5 medial branches R and L on 2/10 (Dr. Okonkwo). Facet pain much better, but he still can't straighten up after bending under a truck cab at the GM plant — his lumbar extensors give out; Biering-Sørensen 38 s; his hip hinge is gone, he bends from the back.
            97110 — 19 min
              - hip hinge with a dowel along the spine 3 x 10
              - Roman chair back extensions, bodyweight, 3 x 10
              - Romanian deadlift with a 25-lb kettlebell 3 x 10
              - prone superman holds 3 x 10-s
            """,
            ["M47.816"], [PT("97110", 19)], []),

        // Monongahela Morgantown retired longwall miner: overshoots the porch rail, feet wide, veers on the rail-trail, jerky heel-to-shin — truncal and limb ataxia with dysmetria, the findings; "The whole block was his and the PT's alone"; floor-dot stepping, kneeling stabilization, tandem; SARA and steps; 22 matches: passes.
        ["v4-h80-monongahela-retired-miner-dysmetria"] = new(
            """
            MONONGAHELA NEUROLOGY ASSOCIATES · Morgantown · Balance & Falls PT
            Retired longwall miner (Consol, 31 years). Dr. Sayre: cerebellar degeneration, alcohol-related, sober since 2023. He overshoots when he reaches for the porch rail, walks with his feet wide apart and veers on the Mon River rail-trail; heel-to-shin is jerky on both sides — truncal and limb ataxia with dysmetria.
            97112 — 22 min. The whole block was his and the PT's alone; no one else was on the floor.
              - heel-to-target stepping onto numbered floor dots, slow and on a count
              - tall-kneeling rhythmic stabilization, then half-kneeling
              - tandem walking along the tape with a light touch on the rail, then without
            SARA 13/40 (16/40 at eval); tandem 6 steps without a step-off
            """,
            ["G31.2", "F10.21"], [PT("97112", 22)], []),

        // Barren River Glasgow tobacco farmer: catches his toes climbing off the tractor, both feet slap, high knees — steppage gait with bilateral foot drop, the finding; AFO gait on tile, gravel and grass with distance and assistance, tractor-step practice; toe-catch count; 14 matches: passes.
        ["v4-h80-barren-river-tobacco-farmer-steppage-97116"] = new(
            """
            BARREN RIVER FOOT & ANKLE ASSOCIATES · Glasgow office · PT
            Burley tobacco farmer, type 2 diabetes with neuropathy. Catches his toes climbing down off the tractor and on the barn's dirt floor; both feet slap and he lifts his knees high to clear — steppage gait with bilateral foot drop; new carbon AFOs from our orthotist.
            97116 — 14 min
              - gait in both AFOs on the hall tile, the gravel strip outside and the grass, 4 x 150 ft; SBA on the gravel, mod I on tile
              - stepping down off the 8-in. step as off the tractor, x 6, cue heel first
            No toe catches in 600 ft of walking (3 last week without the AFOs)
            """,
            ["E11.42", "M21.371", "M21.372"], [PT("97116", 14)], []),

        // Stanislaus Oakdale dairy milker: in the parlor pit the low back locks after reaching up to attach units, can't squat for a dropped liner, squat depth about half — the findings; reach-and-attach with a hinge, squat pick-ups, bucket carries with doses; k of 10; 20 matches: passes.
        ["v4-h80-stanislaus-milker-parlor-pit-97530"] = new(
            """
            STANISLAUS INTEGRATED SPINE & MEDICAL · Oakdale · PT
            Milker at a dairy outside Oakdale. In the parlor pit he reaches up and forward to attach the units, and after a few rows his low back locks and he can't squat to pick up a dropped liner; lumbar flexion tolerance poor, squat depth about half.
            DC adjusted today (see DC note).
            97530 — 20 min
              - reach-and-attach simulation: arms overhead and forward to a target at udder height, with a hip hinge, 4 x 12
              - squat to pick up a dropped item from the floor and back up, 3 x 10
              - carrying two 30-lb buckets 6 x 40 ft
            Squat to thighs parallel on 10 of 10; buckets carried without a rest
            """,
            ["M54.50", "M99.03"], [PT("97530", 20)], []),

        // Mahoning Canfield OT, school cafeteria worker after a distal radius ORIF: drops the full coffee pot, can't wring the rag, grip 18 vs 56 lb, extension 42° — the findings; putty, curls, hammer rotation, stretch with doses; 16 matches: passes.
        ["v4-h80-mahoning-ot-drops-the-coffee-pot-97110"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Canfield office · Hand Therapy (OT, CHT)
            Dr. Mirza: 10 wks s/p L distal radius ORIF. Cafeteria worker at a Boardman elementary — she drops the full coffee pot and can't wring out the cleaning rag; grip L 18 lb vs R 56 lb; wrist extension L 42° (R 70°).
            OT 97110 — 16 min
              - putty grip and pinch, medium resistance, 3 x 15
              - wrist curls and reverse curls with a 2-lb weight 3 x 12
              - pronation/supination with a hammer 3 x 10
              - wrist extension stretch 4 x 30-s holds
            """,
            ["S52.572D"], [OT("97110", 16)], []),

        // Summit City Auburn post-RFA re-check "pain 0/10, full lumbar motion, neuro screen intact, no findings today"; 1:1; rocker and foam catches, eyes-closed chops, Airex lunge holds; seconds and k of 20 — no deficit or system targeted: deficit missing.
        ["v4-h80-summit-city-no-findings-today"] = new(
            """
            SUMMIT CITY INTERVENTIONAL PAIN CENTER · Auburn · PT
            Post-RFA re-check: pain 0/10, full lumbar motion, neuro screen intact, no findings today. Pt wanted one more session before discharge.
            97112 — 17 min · 1:1, PT and pt only
              - rocker board and foam stance with ball catches
              - half-kneeling cable chops with eyes closed
              - lunge-and-hold on the Airex
            Airex lunge hold 30 s each side; ball catches 20 of 20
            Discharge to the home program next visit.
            """,
            ["M47.816"], [PT("97112", 17)], [At(Deficit, "97112")]),

        // Barren River Bowling Green release visit "Strength and motion equal side to side — nothing found to treat today"; step-ups, lunges, hops, jump rope with doses — no region, impairment or goal targeted: deficit missing.
        ["v4-h80-barren-river-nothing-found-to-treat-97110"] = new(
            """
            BARREN RIVER FOOT & ANKLE ASSOCIATES · Bowling Green · PT
            Last PT visit before release back to Dr. Whitlock. No complaints; incision well healed. Strength and motion equal side to side — nothing found to treat today.
            97110 — 14 min
              step-ups 3 x 12; lunges 3 x 10; lateral hops 3 x 10; jump rope 3 x 50
            Release to the gym program.
            """,
            ["M20.12"], [PT("97110", 14)], [At(Deficit, "97110")]),

        // Monongahela Wheeling B12 dorsal-column loss: vibration absent to the knees, toe position sense absent, Romberg positive, falls in the dark — the neurologist's findings; "individual; the PT treated nobody else during the block"; firm → foam EC with light touch, eyes-closed weight shifts, night-light walking; Romberg and foam seconds; 20 matches: passes.
        ["v4-h80-monongahela-b12-dorsal-column-dark-bathroom"] = new(
            """
            MONONGAHELA NEUROLOGY ASSOCIATES · Wheeling · Balance & Falls PT
            Dr. Radhakrishnan's exam (Feb): B12 deficiency with dorsal-column involvement — vibration absent to the knees, joint position sense absent at both great toes, Romberg positive. B12 shots since January. Retired Oglebay Park groundskeeper; falls in the dark bathroom.
            97112 — 20 min · individual; the PT treated nobody else during the block
              - proprioceptive training: stance on firm → foam with eyes open, then eyes closed with a light touch at the counter
              - weight shifts to targets with eyes closed, mirror feedback in between
              - night-light walking in the hall, eyes on a lit target
            Deficit: sensory ataxia from lost proprioception — relies on vision, falls when the lights go out
            Romberg EC on firm 11 s (3 s at eval); foam EO 30 s
            """,
            ["E53.8", "R26.81"], [PT("97112", 20)], []),

        // Summit City Warsaw after an SI injection: provocation cluster 3 of 5, posteriorly rotated innominate, stiff hip flexion — the findings; lumbopelvic thrust manipulation, PSIS glides, piriformis and glute STM; hip flexion degrees and cluster count; 12 matches: passes.
        ["v4-h80-summit-city-si-provocation-cluster-97140"] = new(
            """
            SUMMIT CITY INTERVENTIONAL PAIN CENTER · Warsaw · PT
            R SI joint injection 2/23 (Dr. Brandt) — about 60% relief.
            Exam today: R SI provocation cluster 3 of 5 positive (thigh thrust, compression, distraction); R innominate rotated posteriorly; R hip flexion stiff.
            PT 97140 — 12 min
              - supine lumbopelvic thrust manipulation, R, one cavitation
              - prone R SI joint mobilization, gr III anterior glides at the PSIS
              - STM R piriformis and glute med
            Hip flexion R 98° → 110°; cluster after treatment 1 of 5
            """,
            ["M46.1"], [PT("97140", 12)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Mahoning Boardman handheld-dynamometer knee extension in kg with an LSI, then 97110 (single-leg press, knee extension, Spanish squats, Nordics with doses) after an AT warm-up; quad strength deficit with a baseball goal; 18 matches: passes.
        ["v5-h80-mahoning-handheld-dynamometer-lsi-97110"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Boardman office · Sports PT
            Handheld dynamometer, knee extension at 60°: R 41.2 kg / L 52.8 kg — LSI 78% (66% at 3 mo)
            Dr. Adeleke: 5 mo s/p R ACL recon (hamstring graft); jogging; wants 90% LSI before cutting.
            AT (B. Ferrante, ATC): dynamic warm-up on the turf before PT.
            97110 — 18 min
              - single-leg press R 3 x 8 at 140 lb
              - knee extension machine R, 90–45°, 3 x 10 at 40 lb
              - Spanish squats with the strap 3 x 12
              - Nordic lowers 2 x 6
            Deficit: R quad strength deficit after the graft; goal: cleared to cut for Boardman HS baseball
            """,
            ["S83.511D", "Z47.89"], [PT("97110", 18)], []),

        // Barren River Bowling Green heel-raise count to fatigue (14 vs 27) and VISA-A, then eccentric drops, seated soleus raises, isometric holds with doses; calf-Achilles weakness with a mail-route goal; 16 matches: passes.
        ["v5-h80-barren-river-heel-raise-count-achilles-97110"] = new(
            """
            BARREN RIVER FOOT & ANKLE ASSOCIATES · Bowling Green · PT
            Single-leg heel raises to fatigue: R 14 reps / L 27 reps; VISA-A 54/100
            Mail carrier on a walking route downtown; R mid-portion Achilles tendinopathy (Dr. Whitlock) — morning stiffness, aches by the end of the route.
            97110 — 16 min
              • eccentric heel drops off the step, knee straight and bent, 3 x 15 each
              • seated soleus raises on the leg press, 3 x 12 at 90 lb
              • isometric heel-raise holds 5 x 30 s
            Deficit: R calf and Achilles weakness with load intolerance; goal: finish the route without the ache
            """,
            ["M76.61"], [PT("97110", 16)], []),

        // Stanislaus Modesto PILE lift (floor-to-waist and waist-to-shoulder loads against eval) then tub lifts, cart turns, forklift-seat mounts with counts; lumbar flexion-lifting intolerance with a full-duty goal; 21 matches: passes.
        ["v5-h80-stanislaus-pile-lift-glass-plant-97530"] = new(
            """
            STANISLAUS INTEGRATED SPINE & MEDICAL · Modesto · PT
            PILE (progressive isoinertial lifting): floor → waist 35 lb x 4 reps, waist → shoulder 25 lb x 4 reps (20 lb / 15 lb at eval)
            Forklift driver at a winery's glass plant; his back seizes when he lifts the cullet tubs. DC adjusted today.
            97530 — 21 min
              - lifting the 30-lb tub from the floor to the cart with a hip hinge, 3 x 8
              - pushing and pulling the loaded cart through the clinic's doorway turns, 6 laps
              - climbing on and off the forklift-seat mock-up with three-point contact, x 8
            Deficit: lumbar flexion and lifting intolerance; goal: full duty at the glass plant
            """,
            ["M54.50", "S33.5XXD"], [PT("97530", 21)], []),

        // Summit City New Haven 30-s chair stand and Four Square Step Test after an ESI for stenosis, then low-seat stands, obstacle stepping, seed-bag carries with doses; leg weakness and standing/walking intolerance with a planting goal; 22 matches: passes.
        ["v5-h80-summit-city-chair-stand-and-four-square-97530"] = new(
            """
            SUMMIT CITY INTERVENTIONAL PAIN CENTER · New Haven · PT
            30-s chair stand 9 (6 at eval) · Four Square Step Test 13.8 s
            Lumbar stenosis with neurogenic claudication; bilateral L4-5 ESI 2/17 (Dr. Okonkwo). Farms corn and beans east of New Haven with her son.
            97530 — 22 min
              - sit-to-stand from a low tractor-seat height, 3 x 8
              - stepping over the hose line and the tool crate, 10 passes
              - carrying a 15-lb seed bag 5 x 50 ft, leaning on nothing
            Deficit: leg weakness and limited standing and walking tolerance from the stenosis; goal: back in the machine shed for planting
            """,
            ["M48.062"], [PT("97530", 22)], []),

        // Monongahela Morgantown Mini-BEST written by section (17/28), "1:1: the PT saw no other patient in this block"; compensatory stepping with belt tugs, dual-task gait with stops, sit-to-stand onto foam; reactive postural control in PD; 21 matches: passes.
        ["v5-h80-monongahela-mini-best-by-section"] = new(
            """
            MONONGAHELA NEUROLOGY ASSOCIATES · Morgantown · Balance & Falls PT
            Mini-BEST 17/28 — anticipatory 4/6 · reactive 1/6 · sensory orientation 5/6 · dynamic gait 7/10
            Retired WVU chemistry lab tech; PD, ON at PT (dose at 8 am).
            97112 — 21 min, 1:1: the PT saw no other patient in this block
              - compensatory stepping: forward, backward and lateral lean-and-release, then surprise tugs on the gait belt
              - dual-task gait: walking while naming grocery items, with sudden stops
              - sit-to-stand onto foam with eyes closed
            Deficit: impaired reactive postural control (PD) — no backward step; falls back toward the couch
            """,
            ["G20.A1", "Z91.81"], [PT("97112", 21)], []),

        // Monongahela Fairmont TUG and TUG-cognitive in seconds, "1:1 PT/pt"; dual-task hallway walking with a tray, obstacles under a cognitive load, foam EC head turns; postural control under divided attention and leg proprioception loss in MS; 20 matches: passes.
        ["v5-h80-monongahela-tug-cognitive-ms"] = new(
            """
            MONONGAHELA NEUROLOGY ASSOCIATES · Fairmont · Balance & Falls PT
            TUG 11.6 s · TUG-cognitive (counting back by threes) 17.2 s
            Fairmont State nursing student; relapsing-remitting MS (Dr. Pugh), last relapse in the fall; trips when she talks and walks on the clinical floor.
            97112 — 20 min · 1:1 PT/pt
              - dual-task training: walking the hallway while counting back, then while carrying a tray
              - obstacle negotiation with a cognitive load
              - foam stance, eyes closed, with head turns
            Deficit: impaired postural control under divided attention, and L leg proprioception loss from the MS
            """,
            ["G35.A"], [PT("97112", 20)], []),

        // Barren River Franklin Jones fracture into a stiff-soled shoe: distance and assistance (one crutch 2 x 200 ft SBA, no crutch 100 ft CGA), heel-toe cues; antalgic short-stance gait; 13 matches: passes.
        ["v5-h80-barren-river-jones-fracture-distance-assist-97116"] = new(
            """
            BARREN RIVER FOOT & ANKLE ASSOCIATES · Franklin office · PT
            R 5th metatarsal (Jones) fracture, screw fixation 12/30; out of the CAM boot into a stiff-soled shoe this week (Dr. Hatcher).
            97116 — 13 min
              - gait in the stiff-soled shoe with one crutch in the L hand, 2 x 200 ft, SBA; then no crutch 100 ft, CGA
              - cues: heel-toe, equal step length, weight onto the R lateral foot
            Deficit: antalgic gait with a short R stance after the fracture
            """,
            ["S92.351D"], [PT("97116", 13)], []),

        // Mahoning Warren PTA after a TKA: patellar and tibiofemoral glides by grade, quad and retinaculum STM; knee flexion stiffness; AROM before and PROM after in degrees; 11 matches: passes.
        ["v5-h80-mahoning-pta-tka-goniometry-97140"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Warren office · PTA note
            7 wks s/p L TKA (Dr. Yanko); flexion stuck at the last visit.
            97140 — 11 min
              - patellar mobilization, superior/inferior and medial/lateral, gr III
              - tibiofemoral posterior glides in flexion, gr III
              - STM to the distal quad and lateral retinaculum
            Deficit: L knee flexion stiffness after the TKA
            L knee AROM 5–102° before → PROM 0–114° after
            """,
            ["Z96.652", "Z47.1"], [PTA("97140", 11)], []),

        // Summit City Fort Wayne "Felt more stable on the foam than on Tuesday", one-on-one; foam EC head turns, split-stance stabilization, step-out reactions; postural control and ankle proprioception after radiculopathy — no number but the code's: measure missing.
        ["v5-h80-summit-city-steadier-than-tuesday-no-number"] = new(
            """
            SUMMIT CITY INTERVENTIONAL PAIN CENTER · Fort Wayne · PT
            Felt more stable on the foam than on Tuesday, he says, and his wife noticed he's not grabbing the counter.
            97112 — 18 min. One-on-one; I wasn't treating anyone else.
              - foam stance with eyes closed and head turns
              - rhythmic stabilization in split stance
              - step-out reactions to a push, each direction
            Deficit: postural control and ankle proprioception after the lumbar radiculopathy (foot still numb along the outside)
            Better reactions to the push to the L today.
            """,
            ["M51.17"], [PT("97112", 18)], [At(Measure, "97112")]),

        // Stanislaus Ceres chin tucks, band rows, prone Ys and Ts, wall angels with no sets, reps or load, "Form better on the rows"; neck and thoracic postural weakness with a packing-shed goal — no number but the code's: measure missing.
        ["v5-h80-stanislaus-form-better-no-dose-97110"] = new(
            """
            STANISLAUS INTEGRATED SPINE & MEDICAL · Ceres · PT
            Adjusted by the DC before PT (see DC note).
            97110 — 15 min
              chin tucks with lift, band rows, prone Ys and Ts, wall angels
            Why: thoracic and neck postural weakness — rounds forward sorting at the packing shed; goal to finish the sort without the neck ache
            Form better on the rows; needed fewer cues.
            """,
            ["M99.02", "M54.2"], [PT("97110", 15)], [At(Measure, "97110")]),

        // Monongahela Clarksburg "moved more freely getting out of the car today": swivel-cushion car transfers, bathroom turns, recliner rises, shower threshold; PD rigidity and bradykinesia — no count, distance, assist level or number but the code's: measure missing.
        ["v5-h80-monongahela-out-of-the-car-no-number-97530"] = new(
            """
            MONONGAHELA NEUROLOGY ASSOCIATES · Clarksburg · Balance & Falls PT
            Daughter says he moved more freely getting out of the car today.
            97530 — 19 min
              car transfers with the swivel cushion; turning in the narrow bathroom mock-up; rising from the recliner with the rocking cue; stepping over the threshold into the shower stall
            Deficit: PD rigidity and bradykinesia — gets stuck in low seats and turns in tiny steps
            Steadier on the turns than last time.
            """,
            ["G20.A1"], [PT("97530", 19)], [At(Measure, "97530")]),

        // Mahoning Boardman PTA after a hip hemiarthroplasty, "1:1 with the PTA; no other pt under my care during it"; hip and stepping strategies on foam, eyes-closed weight shifts, tandem head turns; postural control and hip proprioception; Berg and tandem seconds; 20 matches: passes.
        ["v5-h80-mahoning-pta-hemiarthroplasty-berg-tandem"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Boardman office · PTA note
            12 wks after a R hip hemiarthroplasty (femoral neck fracture — fell on the ice in Boardman Park). Cane outdoors.
            97112 — 20 min · 1:1 with the PTA; no other pt under my care during it
              - hip-strategy and stepping-strategy training standing on foam
              - lateral weight shifts to targets, eyes closed
              - tandem stance with head turns
            Deficit: postural control and R hip proprioception after the fracture
            Berg 46/56 (39/56 at eval); tandem, R behind, 14 s
            """,
            ["S72.001D", "Z96.641"], [PTA("97112", 20)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Mahoning Canfield "CPT | Min | By" table with 97110 15 and 97140 9 (both match), ice by the AT not billed; heel slides, quad sets, step-ups, TKE with doses; patellar and tibiofemoral glides; flexion stiffness and quad weakness after a TKA; AROM degrees and lag: passes.
        ["v6-h80-mahoning-cpt-min-by-table-both-filled"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Canfield office · PT
            CPT    | Min | By
            97110  | 15  | PT
            97140  |  9  | PT
            (ice after — AT, not billed)
            Dr. Yanko: 6 wks s/p R TKA; ROM lagging; consider MUA if under 100° at 8 wks.
            Ther ex: heel slides 2 x 15; quad sets 2 x 15; step-ups, 6-in., 3 x 10; TKE with the blue band 3 x 15
            Manual: patellar glides gr III all directions; tibiofemoral posterior glides in flexion gr III–IV
            R knee flexion stiff and quad weak after the TKA — AROM 4–97°, flexion 103° after the manual; extensor lag 5°
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 15), PT("97140", 9)], []),

        // Stanislaus Turlock in/out clock times per code (97112 2:05p–2:27p = 22, 97110 2:27p–2:40p = 13, both match), NMR "1:1 — the PT did not leave the bay or take another pt"; kneeling perturbations, Airex RDL reaches; side planks, Pallof, hip thrusts with doses; lumbopelvic motor control and weakness; seconds: passes.
        ["v6-h80-stanislaus-in-out-times-per-code"] = new(
            """
            STANISLAUS INTEGRATED SPINE & MEDICAL · Turlock · PT
            DC (Dr. Nakashima): T7 PR, L2 PL; CMT 98940.
            PT in/out:  97112  2:05p–2:27p   ·   97110  2:27p–2:40p
            NMR (1:1 — the PT did not leave the bay or take another pt): quadruped rhythmic stabilization; half-kneeling on foam with perturbations; single-leg RDL reach on the Airex
            TE: side planks 3 x 20 s each; Pallof press 3 x 10 each way with the red band; hip thrusts 3 x 12 at 45 lb
            Deficits: poor lumbopelvic motor control, weak glutes and trunk — his back gives out pulling boxes on the poultry line
            Half-kneel on foam 30 s each side without a loss; SLS on the Airex R 16 s / L 20 s
            """,
            ["M99.03", "M54.50"], [PT("97112", 22), PT("97110", 13)], []),

        // Barren River Bowling Green "97110 — 15 min total: 9 min before Dr. Whitlock came in to look at the incision, 6 min after he left" (parts add to 15) and 97140 10 (both match); intrinsics, raises, band work with doses; MPJ glides, scar and abductor STM; MPJ stiffness and weak intrinsics after a Lapidus; DF degrees: passes.
        ["v6-h80-barren-river-two-parts-around-the-dpm"] = new(
            """
            BARREN RIVER FOOT & ANKLE ASSOCIATES · Bowling Green · PT
            97110 — 15 min total: 9 min before Dr. Whitlock came in to look at the incision, 6 min after he left
            97140 — 10 min
            Dr. Whitlock: 7 wks s/p R Lapidus bunionectomy; incision healed, hardware fine on films; advance to a sneaker.
            Ther ex: short-foot holds 3 x 10 with 5-s holds; great-toe press 2 x 15; seated heel raises 3 x 15; band eversion 3 x 15
            Manual: 1st MPJ dorsal glides gr III; scar mobilization along the medial incision; STM to the abductor hallucis
            R 1st MPJ stiff and foot intrinsics weak after the Lapidus; 1st MPJ DF 38° → 46°
            """,
            ["M20.11", "Z98.890"], [PT("97110", 15), PT("97140", 10)], []),

        // Summit City Kendallville "Billing: 97112 x 2 (24 min) · 97530 x 1 (15 min)" (both match), "Treated one-on-one, with the PT alone"; pressure-cuff DNF training, quadruped scapular stabilization, laser relocation; bench sanding and drawer lifts with counts; cervical motor control and proprioception after a C6 radiculopathy; mmHg and JPE: passes.
        ["v6-h80-summit-city-billing-line-units-and-minutes"] = new(
            """
            SUMMIT CITY INTERVENTIONAL PAIN CENTER · Kendallville · PT
            C5-6 interlaminar ESI 2/19 (Dr. Brandt); the R arm tingling down to the thumb mostly gone. Amish furniture shop — planes and sands all day looking down.
            NMR: deep neck flexor motor-control training with the pressure biofeedback cuff; scapular setting with rhythmic stabilization in quadruped; eyes-closed head repositioning to the laser target. Treated one-on-one, with the PT alone.
            Ther act: sanding a board at bench height with a chin-tuck cue, 3 boards; lifting a 25-lb drawer box from bench to shelf 3 x 6
            Deficits: cervical motor control and proprioception after the C6 radiculopathy; can't sand at the bench without the arm going numb
            CCFT 26 mmHg x 10 (22 at eval); JPE 4.5°; 3 boards without the tingling
            Billing: 97112 x 2 (24 min) · 97530 x 1 (15 min)
            """,
            ["M50.121"], [PT("97112", 24), PT("97530", 15)], []),

        // Monongahela Wheeling PT then OT after DBS programming: "PT 97116 — 18 min" and "OT 97530 — 24 min" each match their own discipline's line; rollator gait with distance and SBA, festinating gait, 10-m walk; a coffee-and-dishwasher kitchen task with counts and bradykinesia: passes.
        ["v6-h80-monongahela-pt-and-ot-after-dbs-programming"] = new(
            """
            MONONGAHELA NEUROLOGY ASSOCIATES · Wheeling · PT + OT
            Seen back to back after Dr. Sayre's DBS programming visit.
            PT 97116 — 18 min: gait with the rollator on tile and carpet, 4 x 100 ft, turning around cones; big-step and heel-strike cues; SBA. Shuffling, festinating gait (PD); 10-m walk 11.9 s (14.7 s before DBS)
            OT 97530 — 24 min: kitchen task — making coffee and carrying two mugs to the table on a tray, 3 trips; emptying the dishwasher to the upper cabinet, 12 items; stooped, slow reaching (PD bradykinesia); 12 of 12 items, no drops
            """,
            ["G20.A2"], [PT("97116", 18), OT("97530", 24)], []),

        // Mahoning Hermitage PT "97112 — 20 min, one-on-one (no other pt with the PT)" and PTA "97110 — 14 min", each matching its own line; rocker perturbations, foam SLS catches, hop-to-stick; band eversion, raises, walks with doses; ankle proprioception and evertor weakness; seconds and MMT: passes.
        ["v6-h80-mahoning-pt-nmr-and-pta-ther-ex"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Hermitage, PA office · PT / PTA
            Hickory HS volleyball outside hitter, R inversion sprain at the January tournament.
            PT (re-assessed today) — 97112 — 20 min, one-on-one (no other pt with the PT)
              perturbation training on the rocker board on the R; single-leg stance on foam with ball catches; lateral hop-to-stick
              R ankle proprioception deficit after the sprain; SLS R foam EC 10 s (L 26 s)
            PTA — 97110 — 14 min
              band eversion and inversion 3 x 15 each; heel raises 3 x 15; lateral band walks 3 x 10
              R ankle evertor weakness 4/5
            """,
            ["S93.401D"], [PT("97112", 20), PTA("97110", 14)], []),

        // Stanislaus Manteca "Manual therapy (97140) for 11 mins" and "Therapeutic exercise (97110) for 14 mins" (both match); C2-3 PAs, suboccipital release, levator STM; chin tucks, rows, Ts, extension with doses; upper-cervical hypomobility and weak deep neck flexors; rotation degrees: passes.
        ["v6-h80-stanislaus-manteca-for-n-mins-after-the-code"] = new(
            """
            STANISLAUS INTEGRATED SPINE & MEDICAL · Manteca · PT
            DC (Dr. Villarreal): C2 PRS; CMT 98940 with T5.
            Manual therapy (97140) for 11 mins: C2-3 R unilateral PAs gr III; suboccipital release; STM R levator
            Therapeutic exercise (97110) for 14 mins: chin tucks 3 x 10 with 5-s holds; band rows, green, 3 x 15; prone Ts 2 x 10; thoracic extension over the foam roll 2 x 10
            Deficits: R upper-cervical hypomobility and weak deep neck flexors after the rear-end crash on Yosemite Ave; headache by mid-afternoon at his desk at the county office
            Cervical rotation R 58° → 67°
            """,
            ["S13.4XXD", "M99.01"], [PT("97140", 11), PT("97110", 14)], []),

        // Mahoning Austintown "97110 — 26 min" against a 14-min line: mismatch; SLR, abduction, bridges, mini squats with doses and abductor and extensor weakness after a THA complete.
        ["v6-h80-mahoning-ther-ex-26-against-14"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Austintown office · PT
            97110 — 26 min
              - straight-leg raises 3 x 10 with a 2-lb cuff; sidelying hip abduction 3 x 12; bridges 3 x 15; mini squats 3 x 12
            Dr. Petrosky: 4 wks s/p L THA, posterior approach; hip precautions until 6 wks.
            L hip abductor and extensor weakness after the THA; Trendelenburg in stance
            """,
            ["Z96.642", "Z47.1"], [PT("97110", 14)], [At(Mismatch, "97110")]),

        // Barren River Glasgow PTA "97116 — 10 min" against a 22-min PTA line: mismatch; walker-to-cane gait in a post-op shoe with distance and CGA, forefoot-avoidance gait after a hammertoe repair complete.
        ["v6-h80-barren-river-pta-gait-10-against-22"] = new(
            """
            BARREN RIVER FOOT & ANKLE ASSOCIATES · Glasgow office · PTA note
            97116 — 10 min
              gait in the post-op shoe, rolling walker → single-point cane, 3 x 150 ft; CGA with the cane
              cues: heel-to-toe through the R forefoot, even steps
            R forefoot-avoidance gait after the hammertoe repair (2nd and 3rd toes); short R stance
            """,
            ["M20.41", "Z98.890"], [PTA("97116", 22)], [At(Mismatch, "97116")]),

        // Summit City Auburn "Timed PT today: 34 min (manual + ther ex)" is the only time for two codes: separate time missing; both sections complete (thoracic PAs, rib mobilization, STM; open books, Ts, pull-aparts with doses; thoracic hypomobility and scapular weakness; rotation degrees).
        ["v6-h80-summit-city-34-minutes-manual-and-ther-ex"] = new(
            """
            SUMMIT CITY INTERVENTIONAL PAIN CENTER · Auburn · PT
            Timed PT today: 34 min (manual + ther ex)
            Manual: thoracic PAs gr III T4–T8; R rib 5–7 mobilization; STM R rhomboid and mid-trap
            Ther ex: open books 2 x 10 each side; prone Ts 3 x 10; band pull-aparts 3 x 15; thoracic extension over the roll 2 x 10
            Deficits: thoracic hypomobility and scapular weakness since the R T6 intercostal nerve block wore off; rotation R 35° → 48°
            """,
            ["M54.6"], [PT("97140", 12), PT("97110", 22)], [SepTime]),

        // Monongahela Morgantown three codes: 97112 22 and 97116 12 have minutes, the 97530 section has none: separate time missing; every section complete (1:1; foam tandem, reactive steps, rocker; slope and curb cane gait with SBA; floor transfers and basket stairs; cerebellar-stroke instability and ataxic gait; Mini-BEST and counts).
        ["v6-h80-monongahela-three-codes-ther-act-unminuted"] = new(
            """
            MONONGAHELA NEUROLOGY ASSOCIATES · Morgantown · Balance & Falls PT
            97112 — 22 min, 1:1, the PT with this pt only: tandem walking on foam; reactive stepping to pushes; standing on the rocker board with eyes closed
            97116 — 12 min: gait with the cane on the parking-lot slope and curb, 3 x 100 ft, SBA
            97530: floor transfers via half-kneel, 3 trials; carrying the laundry basket up the practice stairs, 4 flights
            Deficits: postural instability and R ataxia after the cerebellar stroke; wide, veering gait; can't get up off the floor alone
            Mini-BEST 16/28; floor transfers 2 of 3 with CGA
            """,
            ["I69.393"], [PT("97112", 22), PT("97116", 12), PT("97530", 10)], [SepTime]),

        // Stanislaus Ceres "PT 97140 — 8 min" against a 20-min line: mismatch; lumbar rotation mobilization, STM, hip flexor MET with L4-5 hypomobility and degrees complete.
        ["v6-h80-stanislaus-manual-8-against-20"] = new(
            """
            STANISLAUS INTEGRATED SPINE & MEDICAL · Ceres · PT
            DC (Dr. Nakashima): L4 PLI; CMT 98940.
            PT 97140 — 8 min
              lumbar rotation mobilization L4-5 gr III, R side-lying; STM R QL and paraspinals; hip flexor MET
            Deficit: L4-5 hypomobility and R hip flexor tightness — can't stand straight after driving the tomato trucks
            Lumbar extension 10° → 20°; Thomas test R hip −12° → −5°
            """,
            ["M99.03", "M54.50"], [PT("97140", 20)], [At(Mismatch, "97140")]),

        // Summit City Fort Wayne "PT time today: 19 min, all neuromuscular re-education, one-on-one" with the one timed code (minutes stated without a code belong to it, 19 matches); PNF D2 with rhythmic stabilization, wall-ball perturbations, triceps facilitation; motor recruitment and proprioception after a C7 radiculopathy; MMT and JPS: passes.
        ["v6-h80-summit-city-pt-time-today-one-code"] = new(
            """
            SUMMIT CITY INTERVENTIONAL PAIN CENTER · Fort Wayne · PT
            PT time today: 19 min, all neuromuscular re-education, one-on-one (no other pt on my schedule in that slot)
            R C7 radiculopathy; selective nerve-root block 2/25 (Dr. Okonkwo).
              - PNF D2 flexion/extension, R upper extremity, with rhythmic stabilization, supine → standing
              - closed-chain ball on the wall with perturbations
              - triceps facilitation with tapping and quick stretch
            Deficit: R triceps motor recruitment and shoulder proprioception after the C7 radiculopathy
            Triceps 4-/5 → 4/5; JPS at 90° flexion 6° error
            """,
            ["M54.12"], [PT("97112", 19)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h80-empty-ther-ex-and-manual"] = new(
            "",
            ["M75.121"], [PT("97110", 15), PT("97140", 10)], [At(NoteMissing, "97110"), At(NoteMissing, "97140")]),

        // Empty note on a 97116 with no diagnosis: note missing and diagnosis missing.
        ["v7-h80-empty-97116-no-dx"] = new(
            "",
            [], [PT("97116", 14)], [At(NoteMissing, "97116"), Dx]),

        // A note of line breaks and spaces only (cells are trimmed) on a PTA 97112 with a diagnosis: note missing only.
        ["v7-h80-line-breaks-only-pta-97112"] = new(
            "\n  \n \n",
            ["G20.A1"], [PTA("97112", 19)], [At(NoteMissing, "97112")]),

        // 97110's meaning at Barren River: calf and plantar fascia stretches, short-foot, marble pick-ups, heel raises with doses (technique and measure), plantar fasciitis with a tight calf and a bottling-line goal (deficit); 17 matches: passes.
        ["v7-h80-barren-river-97110-plantar-fascia"] = new(
            """
            BARREN RIVER FOOT & ANKLE ASSOCIATES · Owensboro office · PT
            97110 — 17 min
              • calf stretch at the wall, knee straight and bent, 3 x 30 s each
              • plantar fascia stretch with the toes pulled back, 3 x 30 s
              • short-foot holds 3 x 10; marble pick-ups 2 x 20; single-leg heel raises 3 x 12
            R plantar fasciitis — first steps in the morning hurt, calf tight; goal: stand the full shift on the concrete at the distillery bottling line
            """,
            ["M72.2"], [PT("97110", 17)], []),

        // 97530's meaning at Summit City: dishwasher loading from a half-squat, grocery-tote trips, floor transfers with counts (technique and measure), bending and lifting pain after a fusion with a babysitting goal (deficit); 21 matches: passes.
        ["v7-h80-summit-city-97530-after-the-fusion"] = new(
            """
            SUMMIT CITY INTERVENTIONAL PAIN CENTER · Warsaw · PT
            97530 — 21 min
              - loading the dishwasher from a half-squat and unloading to the upper cabinet, 2 full racks
              - carrying the 20-lb grocery tote from the car-trunk mock-up into the kitchen, 6 trips
              - getting down to the floor and back up via half-kneel, as to play with her granddaughter, x 4
            Low back pain with bending and lifting after the L4-5 fusion (Dr. Brandt follows); goal: babysit two days a week
            2 racks without a rest; 6 of 6 tote trips; floor transfers 4 of 4 without a hand on the chair
            """,
            ["Z98.1", "M54.50"], [PT("97530", 21)], []),

        // 97140's meaning at Stanislaus: thoracic PAs by grade, a rib glide, rhomboid and levator STM (technique), a stiff mid-back locked at the shoulder blade with limited rotation (deficit), rotation degrees (measure); 12 matches: passes.
        ["v7-h80-stanislaus-97140-cheese-wheel"] = new(
            """
            STANISLAUS INTEGRATED SPINE & MEDICAL · Modesto · PT
            DC adjusted today (see DC note).
            PT 97140 — 12 min
              T-spine PA mobilizations gr III–IV, T5–T8; R 6th rib inferior glide; STM R rhomboid and levator
            Mid-back stiff and locked at the R shoulder blade since lifting a cheese wheel at work; thoracic rotation to the R limited
            Thoracic rotation R 30° → 42°
            """,
            ["M99.02", "M54.6"], [PT("97140", 12)], []),

        // 97116's meaning at Mahoning: cane gait on tile and the sidewalk with distance, curb practice and SBA (technique and measure), Trendelenburg lurch and short step after an anterior THA (deficit); 15 matches: passes.
        ["v7-h80-mahoning-97116-cane-to-the-lot"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Boardman office · PT
            97116 — 15 min
              - gait with the cane in the L hand, 3 x 200 ft on tile and the sidewalk out to the Market St parking lot; curb up and down x 4; SBA
              - cues: equal step length, push through the R heel, no lurch
            R hip: Trendelenburg lurch and a short R step after the anterior-approach THA (3 wks)
            """,
            ["Z96.641", "Z47.1"], [PT("97116", 15)], []),

        // Generic chiropractic-clinic 97112: "PT: rehab performed. Balance and stability exercises. Responded well. Continue care plan." — no technique, deficit, number but its minutes, or one-on-one statement.
        ["v7-h80-stanislaus-generic-nmr"] = new(
            "PT: rehab performed, 97112 20 min. Balance and stability exercises. Responded well. Continue care plan.",
            ["M99.03"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic 97110 + 97140 with minutes for each (13 and 10, both match): "Exercises and manual therapy as tolerated. Pt doing well." — nothing named for either code.
        ["v7-h80-barren-river-generic-ther-ex-and-manual"] = new(
            "97110 13 min. 97140 10 min. Exercises and manual therapy as tolerated. Pt doing well. Continue per Dr.",
            ["M72.2"], [PT("97110", 13), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Generic 97530: "Functional activities per POC. Pt tolerated session. Will progress as able." — no activity, deficit or measure.
        ["v7-h80-monongahela-generic-ther-act"] = new(
            """
            MONONGAHELA NEUROLOGY ASSOCIATES · Fairmont · PT
            97530 — 18 min. Functional activities per POC. Pt tolerated session. Will progress as able.
            """,
            ["G20.A1"], [PT("97530", 18)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Mahoning Warren anterior THA at 5 wks, MA roomed line, 97110 16 and 97116 12 match; abduction, bridges, band extension, low sit-to-stands with doses; cane-to-no-device gait and stairs with distance and SBA; abductor and extensor weakness; MMT: passes.
        ["vord-h80-mahoning-tha-ther-ex-and-gait"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Warren office · PT
            Roomed 2:10p, Rm 5 (MA). Dr. Yanko: 5 wks s/p R THA, anterior approach; incision healed; d/c the walker outdoors.
            97110 — 16 min: sidelying hip abduction 3 x 12; bridges 3 x 15; standing hip extension with the band 3 x 12; sit-to-stand from a low chair 3 x 10
            97116 — 12 min: cane → no device in the hall, 4 x 150 ft, SBA; reciprocal stairs with one rail, 2 flights
            R hip abductor and extensor weakness after the THA; Trendelenburg gait without the cane
            Hip abduction 3+/5 → 4-/5
            """,
            ["Z96.641", "Z47.1"], [PT("97110", 16), PT("97116", 12)], []),

        // Barren River Bowling Green Lapidus at 12 wks, "1:1 — I treated no other patient while she was with me"; 97112 20 and 97110 11 match; BAPS, foam SLS tosses, step-down holds; toe-yoga, short-foot, raises, band with doses; proprioception and intrinsic weakness; seconds and k of 10: passes.
        ["vord-h80-barren-river-lapidus-nmr-and-ther-ex"] = new(
            """
            BARREN RIVER FOOT & ANKLE ASSOCIATES · Bowling Green · PT
            Ck-in 3:05p, Rm C. Dr. Whitlock: 12 wks s/p L Lapidus; fusion solid on films; into running shoes.
            97112 — 20 min, 1:1 — I treated no other patient while she was with me
              • BAPS board standing, then single-leg stance on foam with ball tosses
              • forward and lateral step-downs with a hold on the foam pad
            Deficit: L foot and ankle proprioception; sways on the L
            SLS L foam 12 s (R 28 s); step-down holds 8 of 10
            97110 — 11 min
              • toe-yoga 2 x 10; short-foot 3 x 10; heel raises 3 x 15; band eversion 3 x 15
            L foot intrinsic and calf weakness after the fusion
            """,
            ["M20.12", "Z98.890"], [PT("97112", 20), PT("97110", 11)], []),

        // Stanislaus Modesto school-bus driver after the DC's Diversified CMT: 97140 9 and 97110 15 match; central PAs, STM, MET; press-ups, bird dogs, bridges, goblet squats with doses; lower lumbar hypomobility and trunk weakness; extension degrees and bridge seconds: passes.
        ["vord-h80-stanislaus-bus-driver-manual-and-ther-ex"] = new(
            """
            STANISLAUS INTEGRATED SPINE & MEDICAL · Modesto · PT
            Intake (front): ck-in 4:40p, rehab bay. DC (Dr. Villarreal): L5 PLI, R ilium PI; CMT 98940, Diversified.
            97140 — 9 min: L4-5 and L5-S1 central PAs gr III; STM lumbar paraspinals; hip flexor MET, R
            97110 — 15 min: prone press-ups 2 x 10; bird dogs 3 x 10 each; glute bridges 3 x 15; goblet squats 3 x 10 at 20 lb
            Deficits: lower lumbar hypomobility and weak glutes and trunk — school-bus driver, back aches after the afternoon route
            Lumbar extension 12° → 20° after the manual; bridge held 30 s
            """,
            ["M99.03", "M54.50"], [PT("97140", 9), PT("97110", 15)], []),

        // Summit City Fort Wayne claims analyst with a permanent SCS after a failed fusion: 97110 13 and 97112 21 ("one-on-one, no other pt in the gym with me") match; lunge holds, hinges, clams, wall sits with doses; foam SLS rotations, tandem head turns, rocker perturbations; trunk weakness and postural control; seconds and steps: passes.
        ["vord-h80-summit-city-scs-ther-ex-and-nmr"] = new(
            """
            SUMMIT CITY INTERVENTIONAL PAIN CENTER · Fort Wayne · PT
            Permanent SCS implanted 1/8 (Dr. Okonkwo); incision healed, lifting restriction lifted at the 6-wk check. Failed back after the L5-S1 fusion; Lincoln Financial claims analyst.
            97110 — 13 min: split-squat holds 2 x 8; hip hinge with the dowel 3 x 10; side-lying clams, green band, 3 x 15; wall sits 3 x 30 s
              trunk and hip weakness after months of guarding
            97112 — 21 min, one-on-one, no other pt in the gym with me
              single-leg stance on foam with trunk rotations; tandem walking with head turns; rocker board with perturbations
              postural control and L leg proprioception reduced since the fusion (L5 numbness)
              SLS L foam 10 s (R 22 s); tandem walk 15 steps without a step-off
            """,
            ["M96.1", "Z98.1"], [PT("97110", 13), PT("97112", 21)], []),

        // Monongahela Clarksburg pontine stroke after the neurologist's follow-up: 97112 19 ("1:1; the PT took no other patient during it") and 97116 14 match; Airex weight shifts, PNF rhythmic initiation, step-up holds; quad-cane gait with distance and CGA → SBA; hemiparetic motor control and proprioception; Berg and gait speed: passes.
        ["vord-h80-monongahela-pontine-stroke-nmr-and-gait"] = new(
            """
            MONONGAHELA NEUROLOGY ASSOCIATES · Clarksburg · Balance & Falls PT
            Check-in 11:20 (front desk); Exam 2 after Dr. Radhakrishnan's stroke follow-up.
            R pontine stroke in November; mild L hemiparesis.
            97112 — 19 min (1:1; the PT took no other patient during it): weight shifts onto the L on the Airex; PNF D1 flexion, L lower extremity, with rhythmic initiation; step-up and hold on the L
            97116 — 14 min: gait with the quad cane on tile and the ramp, 4 x 120 ft, CGA → SBA; cue L heel strike and knee control
            Deficits: L hemiparesis with poor motor control and L proprioception; the L knee hyperextends in stance
            Berg 44/56; gait speed 0.62 m/s
            """,
            ["I69.354"], [PT("97112", 19), PT("97116", 14)], []),

        // Mahoning Canfield OT after a 5th metacarpal ORIF (steel-tube mill): OT 97140 10 and OT 97110 13 match; scar massage, MCP mobilizations, edema massage; tendon glides, fists, putty, intrinsic-plus with doses; MCP flexion limits and grip weakness; degrees and lb: passes.
        ["vord-h80-mahoning-ot-boxers-fracture-manual-and-ther-ex"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Canfield office · Hand Therapy (OT, CHT)
            Dr. Mirza: 6 wks s/p R 5th metacarpal neck ORIF (plate). Works at a steel-tube mill; can't make a fist around the bar.
            OT 97140 — 10 min: scar massage along the dorsal incision; 5th MCP flexion joint mobilizations gr III; retrograde edema massage
            OT 97110 — 13 min: tendon glides 3 x 10; composite fist around the foam block 3 x 15; putty grip 2 x 20; intrinsic-plus holds 3 x 10
            R 5th MCP flexion limited and grip weak after the fracture; 5th MCP flexion 55° → 68°; grip 38 lb (L 96 lb)
            """,
            ["S62.336D"], [OT("97140", 10), OT("97110", 13)], []),

        // Barren River Scottsville PTA, teacher's aide with plantar fasciitis: stretches, short-foot, towel-under-toes raises, band work with doses; heel pain and tight calf with a recess-duty goal; 16 matches: passes.
        ["vord-h80-barren-river-pta-plantar-fasciitis-97110"] = new(
            """
            BARREN RIVER FOOT & ANKLE ASSOCIATES · Scottsville office · PTA note
            Teacher's aide at the elementary; L plantar fasciitis, night splint at home.
            97110 — 16 min
              • slant-board calf stretch 3 x 30 s; towel plantar fascia stretch 3 x 30 s
              • short-foot holds 3 x 10; single-leg heel raises with a towel under the toes 3 x 12; ankle band work 3 x 15 each direction
            L heel pain with the first steps and a tight calf; goal: get through recess duty on the blacktop
            """,
            ["M72.2"], [PTA("97110", 16)], []),

        // Monongahela Wheeling PTA neuropathy 97112, "one-on-one, the PTA with this patient only"; foam EC, rocker, tandem line, stepping strategy; somatosensory loss; seconds and FGA; 18 matches: passes.
        ["vord-h80-monongahela-pta-neuropathy-nmr"] = new(
            """
            MONONGAHELA NEUROLOGY ASSOCIATES · Wheeling · PTA note
            97112 — 18 min; one-on-one, the PTA with this patient only
              - foam stance with eyes closed; rocker board; tandem walk on the hallway line
              - stepping-strategy drill to a called direction
            Somatosensory loss in both feet (diabetic neuropathy); unsteady in the dark
            Foam EC 9 s (4 s at eval); FGA 20/30
            """,
            ["E11.42"], [PTA("97112", 18)], []),

        // Summit City Warsaw PTA, implant-plant packer after a TFESI: carton lifts with a hinge, cart turns, top-shelf reaches with counts; lumbar pain lifting and twisting with a packing-line goal; 20 matches: passes.
        ["vord-h80-summit-city-pta-packer-97530"] = new(
            """
            SUMMIT CITY INTERVENTIONAL PAIN CENTER · Warsaw · PTA note
            Orthopaedic-implant plant packer; L4-5 TFESI 2/11.
            97530 — 20 min
              - lifting 15-lb cartons from pallet height to conveyor height with a hip hinge, 3 x 8
              - pushing the loaded cart through turns, 6 laps
              - reaching to the top shelf and back, 20 reps
            Lumbar pain with lifting and twisting; goal: full duty on the packing line
            24 of 24 lifts with a hinge, no cue needed after the first set
            """,
            ["M51.16"], [PTA("97530", 20)], []),

        // Stanislaus Turlock ankle sprain referred by the clinic's NP, "the PT treated her and nobody else during the block"; BAPS, foam SLS toss, hop-to-stick; ankle proprioception; seconds and k of 10; 18 matches: passes.
        ["vord-h80-stanislaus-np-referral-ankle-nmr"] = new(
            """
            STANISLAUS INTEGRATED SPINE & MEDICAL · Turlock · PT
            Primary care (K. Kaur, NP) referred: R ankle sprain sliding into second at a Turlock softball league game, 5 wks ago.
            97112 — 18 min; the PT treated her and nobody else during the block
              - BAPS board standing on the R; single-leg stance on foam with a ball toss; hop-to-stick forward and lateral
            Deficit: R ankle proprioception after the sprain
            SLS R foam EC 8 s (L 20 s); hops stuck 8 of 10
            """,
            ["S93.401D"], [PT("97112", 18)], []),

        // Mahoning Austintown grocery stocker after a cuff repair: step-stool case lifts to the top shelf, overhead facing, carrying flats with counts and loads; overhead weakness and fatigue with a full-duty goal; 22 matches: passes.
        ["vord-h80-mahoning-grocery-stocker-97530"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Austintown office · PT
            Dr. Petrosky: 4 mo s/p L RCR; FCE planned. Stocks shelves overnight at a Boardman grocery.
            97530 — 22 min
              - stepping up the step stool and sliding 10-lb cases onto the top shelf, 3 x 8
              - facing product overhead on the top shelf, 20 reaches
              - carrying a 15-lb flat of cans from the cart to the shelf, 10 trips
            L shoulder elevation weakness and fatigue overhead after the repair; goal: full duty stocking
            24 of 24 cases without a shrug; 20 of 20 reaches
            """,
            ["M75.122", "Z98.890"], [PT("97530", 22)], []),

        // Barren River Franklin complete 97112 (one-on-one; BAPS, foam EC, hop-to-stick; ankle proprioception; seconds and k of 10) sent with no diagnosis.
        ["vord-h80-barren-river-no-diagnosis"] = new(
            """
            BARREN RIVER FOOT & ANKLE ASSOCIATES · Franklin office · PT
            97112 — 19 min, one-on-one with the PT
              • BAPS board standing; foam stance with eyes closed; lateral hop-to-stick
            Deficit: R ankle proprioception after the sprain
            SLS R foam EC 10 s; hops stuck 7 of 10
            """,
            [], [PT("97112", 19)], [Dx]),

        // Stanislaus Ceres complete 97110 (bird dogs, bridges, dead bugs, hinges with doses; low back weakness with a car-seat goal) with the ICD-9 code 724.2 as its diagnosis: not well formed.
        ["vord-h80-stanislaus-icd9-724-2"] = new(
            """
            STANISLAUS INTEGRATED SPINE & MEDICAL · Ceres · PT
            97110 — 14 min: bird dogs 3 x 10; bridges 3 x 15; dead bugs 3 x 10; hip hinge 3 x 10
            Low back weakness and stiffness; goal: lift the kids' car seats
            """,
            ["724.2"], [PT("97110", 14)], [Dx]),

        // Monongahela Fairmont PTA "97112 — 28 min" against a 17-min PTA line: mismatch; otherwise complete (1:1; foam EC, rocker, tandem head turns; somatosensory loss; seconds and FGA).
        ["vord-h80-monongahela-pta-nmr-28-against-17"] = new(
            """
            MONONGAHELA NEUROLOGY ASSOCIATES · Fairmont · PTA note
            97112 — 28 min; 1:1, PTA and pt only
              foam stance EC; rocker board; tandem walk with head turns
            Somatosensory loss in both feet; unsteady in the dark
            Foam EC 10 s; FGA 21/30
            """,
            ["G60.3"], [PTA("97112", 17)], [At(Mismatch, "97112")]),

        // Mahoning Canfield OT "OT 97110 — 9 min" against a 21-min OT line: mismatch; tendon glides, putty, curls with doses, wrist stiffness and grip weakness complete.
        ["vord-h80-mahoning-ot-9-against-21"] = new(
            """
            MAHONING VALLEY ORTHOPAEDIC SURGEONS · Canfield office · Hand Therapy (OT, CHT)
            OT 97110 — 9 min
              tendon glides 3 x 10; putty grip 3 x 15; wrist curls with 1 lb 3 x 12
            R wrist stiffness and grip weakness after the distal radius fracture; grip 30 lb
            """,
            ["S52.571D"], [OT("97110", 21)], [At(Mismatch, "97110")]),

        // Generic two-code note with no minutes at all: "Ther ex and NMR performed. Tolerated well. Continue POC." — nothing named for either code, no one-on-one, no minutes for each.
        ["vord-h80-summit-city-generic-two-codes-no-minutes"] = new(
            "Ther ex and NMR performed. Tolerated well. Continue POC. F/u with Dr. Okonkwo after the next injection.",
            ["M54.50"], [PT("97110", 12), PT("97112", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
