using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The eighty-second held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of personal-injury, auto-accident and workers'-compensation practices — notes written
/// with a claims adjuster, a nurse case manager or an attorney in mind: mechanism-of-injury paragraphs (a rear-end
/// collision at a light, a T-bone, a car door opened into a delivery cyclist, a bus braking hard, a slip on a wet
/// grating, a fall off a scaffold bay, a picking ladder or a trailer, a lifting injury with a pipe elbow, a gate
/// valve or a case of frozen product), claim numbers, dates of injury and of loss, work status and restrictions in
/// pounds, MMI and impairment ratings, Oswestry and NDI percentages, pain diagrams, "pt states" and "IW reports"
/// histories of the claim, job-demand matching (floor to waist, waist to shoulder, carrying, pushing a pallet jack,
/// a fixed ladder, overhead wrench work), transitional and modified duty, utilization review, RFAs and Form 1010
/// approvals with authorised-visit counts, PIP limits, MedPay and letters of protection, and letters and progress
/// summaries to the adjuster pasted into the note — whiplash (WAD), lumbar strain with radiculopathy, a shoulder
/// after a fall at work, crush injuries of the hand (with a CRPS and a digital nerve repair), concussions after a
/// collision and after a blow to the hard hat, knees, ankles, a calcaneus and a tibial plateau — billed on the
/// same timed codes and judged against the contract as for any payer; about two thirds ordinary and complete (67 of
/// 104), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and a
/// PTA's code on one visit and a PT's and an OT's code on one morning), by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>a California workers'-compensation clinic ("Kern Valley Industrial Rehab": Bakersfield — the Stockdale
/// Highway and east Bakersfield (Mt. Vernon Avenue) offices — Shafter, Arvin and Wasco) on a daily treatment record
/// shaped like a PR-2 (CLAIM, SUBJECTIVE COMPLAINTS, OBJECTIVE FINDINGS, TREATMENT RENDERED, WORK STATUS, AUTH/UR),
/// "IW" for the injured worker, the primary treating physician (PTP), MPN, RFA and UR with visit counts, a "Constant
/// attendance (1:1) ☐" row, a dotted-leader list and a CPT | SERVICE | MIN table: a roustabout and a pipeline
/// laborer, an oil-well pumper, grape pickers and a tray carrier, an almond huller's forklift driver and a shaker
/// operator, a carrot harvester off a trailer, a citrus bin-dumper operator and a sorter, a potato-shed sack sewer,
/// an irrigator in a canal ditch, a school-bus driver rear-ended on Niles Street, a correctional officer, a dairy
/// milker, an oxygen-tank delivery driver and a parcel-hub unloader; a wife helping with Spanish and a bilingual
/// PTA leading a morning stretch-and-strength circle;</item>
/// <item>a New York no-fault practice ("Queens Boulevard Rehabilitation PT, P.C.": Forest Hills, Jamaica and
/// Flushing, Queens, and a Bronx office on the Grand Concourse) writing "NO-FAULT · DOA · Claim # · Atty:" headers,
/// "Pt is a 47 y/o M … who states that on DOA …" mechanism paragraphs, the carrier's IME, "(97140) Manual therapy x
/// 12 mins", a "Tx today:" checklist and a pain-diagram checklist, a PT's and a PTA's code on one visit: a yellow-cab
/// and an app driver on Queens Boulevard and the Van Wyck, a home health aide in a livery cab on Fordham Road, a
/// delivery cyclist doored on Main Street, an MTA bus passenger, a pedestrian in the Austin Street crosswalk, a
/// rideshare passenger on the Grand Central, a doorman, a nail-salon tech, a bank teller and a daycare teacher on
/// the Major Deegan;</item>
/// <item>a Florida auto-injury practice ("Polk Auto Injury &amp; Rehabilitation": Lakeland, Winter Haven, Bartow and
/// Auburndale) under PIP (the $10,000 limit and the EMC determination), MedPay after PIP and letters of protection,
/// writing "RE:" headers and first-person prose, a benefits box, letters and progress summaries to the adjuster
/// pasted in, a patient-drawn pain diagram: a fourth-grade teacher rear-ended where the Polk Parkway meets I-4, a
/// grove-truck driver braced on the brake on US-98, a forklift driver, a grocery checkout cashier, concussions on
/// US-17 and the Polk Parkway, a Pilates reformer, an overnight shelf stocker on US-92, a man whose ankle was broken
/// when his car was pushed into a light pole;</item>
/// <item>a Gulf Coast industrial rehabilitation and work-conditioning clinic ("Calcasieu Industrial Rehab &amp; Work
/// Conditioning": Lake Charles, Sulphur, Moss Bluff, Jennings and DeRidder, Louisiana) writing "Claimant:", a nurse
/// case manager sitting in or called afterward, Form 1010 approvals and visit counts, job-demand grids (the job
/// analysis against today), "Treatment format: ☒ One-on-one ☐ Supervised conditioning ☐ Group", clock times per
/// code: pipefitters and insulators on a refinery turnaround, scaffold builders, an LNG terminal operator and a
/// loading-arm operator struck by a hose coupling, a refinery operator and a crane oiler, a rice-mill bag stacker,
/// a paper-mill millwright, a riverboat casino dealer, a logger pinned between two logs and a sawmill log-deck
/// worker, a welder helper, a process operator on the steel stairs; the BTE Primus valve wheel, a Valpar 9 work
/// sample and the clinic's "Plant Ready" programme;</item>
/// <item>a meatpacking-country occupational therapy and PT practice ("Siouxland WorkFit Therapy": Sioux City, Le
/// Mars, Denison and Storm Lake, Iowa, and South Sioux City, Nebraska) writing "WC ·" headers and "•" bullets,
/// transitional duty, MMI and a 0% rating, a therapist-to-patient ratio row (1:1 / 1:2 / 1:3+) and an "Impairment
/// addressed" box row, Karen and Spanish interpreters in person and by phone, an OT hand service for crush injuries
/// (the Downey desensitization hierarchy, graded motor imagery on the Recognise app and a mirror box, sensory
/// re-education with two-point discrimination, Jamar trials): a turkey-plant deboner, a wing-cut line worker and a
/// live-hang worker, a beef box-room stacker, pork-plant dock workers who came in together, an ice-cream plant's
/// freezer order picker, a grain-elevator probe operator, a wind-turbine technician, an over-the-road driver, a
/// cold-storage reach-truck operator, a press-brake and a mold-press crush, a letter to the adjuster.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h82-…): one-on-one in these writers' own words ("All NMR minutes rendered personally by the
/// treating PT, one-to-one; no other injured worker was treated during them", "Pt seen 1:1 by the undersigned PT for
/// the 97112 — no other pt in the room", "I was hands-on with her, alone in the treatment room, for every minute",
/// "Claimant had the PT's undivided attention for the NMR", "Seen by himself in the hand room" with a Karen
/// interpreter sitting in, "just Ms. W. and me" with her husband watching from the chair), notes that negate it (a
/// conditioning floor with two other injured workers and the PT rotating among three stations, a PTA resetting the
/// cervical traction patient on the next table, a PT repositioning another patient's pillow between sets, two
/// co-workers from one dock treated side by side) or never state it (a nurse case manager sitting in, a wife
/// helping with Spanish), and the codes without a one-on-one check (only 97112 is the one-on-one code in the shipped
/// medicare profile): a 97530 in a Tuesday work-conditioning group and a 97110 in a morning stretch-and-strength
/// circle;</item>
/// <item>class 2 (v2-h82-…): template states: "Treatment format: ☒ One-on-one" and "☒ Supervised conditioning
/// (floor, 4 claimants)", "Constant attendance (1:1) ☐" left empty beside work-status boxes, a pain-diagram
/// checklist on a manual-therapy note, "Objective measure today: ____" left blank with nothing else numbered, a
/// job-demand grid (job against today) on a 97530, an "Impairment addressed" box row with nothing ticked, a CPT |
/// SERVICE | MIN table for two codes, a "Tx today:" checklist that ticks only hot packs, IFC and "Ther ex", a PIP
/// benefits box, a ladder and overhead-work grid, and a therapist-to-patient ratio row ticked 1:1 and ticked
/// 1:2;</item>
/// <item>class 3 (v3-h82-…): named protocols, programmes and devices as techniques (McGill's "Big 3", the BTE Primus
/// valve-wheel attachment, graded motor imagery with the Recognise app and a mirror box, strain-counterstrain,
/// muscle energy technique for an anterior innominate, a Valpar 9 work sample, a Bodyblade and a bottoms-up
/// kettlebell, PNF neck patterns with rhythmic initiation and combination of isotonics, the Cawthorne-Cooksey
/// progression, Elvey lateral glides with median nerve sliders, a Pilates reformer), a named work-conditioning
/// programme with no dose and a BOSU, DynaDisc and wobble-board session with no deficit;</item>
/// <item>class 4 (v4-h82-…): deficits stated as findings in the claim's own terms (a fitting that can't go from the
/// truck bed to the rack without tingling to the foot, a blind spot he can't check and a lane he drifts out of, a
/// knife handle he can't close on and a hook dropped with a wet glove, a shoulder that hikes at the third rung and a
/// grease gun he can't hold up, a knee that buckles climbing down backward from the cab, a checkout belt that
/// makes her sick, a seat belt he can't reach back for, subway stairs taken step-to, a steel grating she can't
/// kneel on) and notes that state none (a whiplash placed at MMI with every test normal and "No residual impairment
/// found", a knee released to full duty with a 0% rating and "Nothing left to treat");</item>
/// <item>class 5 (v5-h82-…): measures in their usual forms (lifts matched to the job in pounds, Jamar trials and
/// key pinch, NDI beside CCFT stage and joint position error, a sharpened Romberg and tandem steps, a modified
/// Oswestry beside the straight-leg raise and five-times sit-to-stand, two-point discrimination and monofilaments,
/// range before and after in degrees and a vertebral level, distance, stairs and assistance levels for a PTA's
/// gait) and notes with none (a letter to the adjuster, "She is moving her neck more freely", "OBJECTIVE FINDINGS:
/// improved", "Lifting looks smoother than last week", "Grip feels stronger to him");</item>
/// <item>class 6 (v6-h82-…): minutes in their usual forms ("(97110) Ther ex x 16 mins", a dotted-leader list, clock
/// times with a colon, "23 minutes of neuromuscular re-education (97112) … and 12 minutes of therapeutic exercise
/// (97110)", "97530 ×2u (24 min)", a code's minutes in two parts around the exercise, a PT's and a PTA's code, a
/// PT's and an OT's code, "Skilled timed minutes: 24" for the one timed code) and true mismatches (NMR 32 against
/// 22, manual therapy 25 against 12, ther act 12 against 26) and truly missing separate time ("Skilled time today:
/// 38 min (ther ex + ther act)", a manual-therapy section with no minutes, units with no minutes);</item>
/// <item>class 7 (v7-h82-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (a ham-box lifter's trunk and hips), 97530 (a pipe rack to crawl under
/// and a hand line to pull), 97140 (thoracic thrust manipulation and rib mobilisation after a seat belt) and 97116
/// (crutches to one crutch, heel-toe, gravel, a curb and stairs after a calcaneus fracture), wholly generic 97112 and
/// 97110 + 97140 notes and a generic letter to the adjuster on a 97530;</item>
/// <item>ordinary (vord-h82-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (847.0), a generic
/// two-code note with a total, a PTA's gait time that differs, an OT's time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — nurse case managers,
/// adjusters, attorneys, interpreters in person and by phone, a wife helping with Spanish, a husband in the chair,
/// a co-worker who came in with the patient (a co-worker who is also a patient is said to be one), claim numbers,
/// dates of injury and of loss, visit counts against an authorisation, PIP limits and dollars used, impairment
/// ratings, Oswestry and NDI percentages, restrictions and job demands in pounds, feet and frequency, ladder rungs,
/// torque in inch-pounds, box, step and platform heights, loads, ages, street, avenue and highway numbers,
/// metacarpal numbers and vertebral levels — and each is written so that a reviewer cannot take it for a code's
/// minutes; the notes failed for want of a measure carry no number but their code's and its minutes (no claim
/// number, date or visit count); no note gives minutes to a hot pack, electrical stimulation, traction, a test, a
/// rest, a drive, a tolerance or a work shift.
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
/// documentation profile (hot packs, IFC and unattended stimulation, traction, functional capacity evaluations and
/// evaluations stay in the notes, never on a line).
/// This set also leaves out whether the care is related to the accident or the injury, reasonable or still
/// necessary (a causation and coverage question for the adjuster, the UR reviewer or the IME, not the note's), an
/// IME's or a physician's opinion as the note's only finding, an Oswestry, NDI or pain rating as a note's only
/// number, a pain diagram as a note's only deficit, a job-demand grid's numbers as a 97112's only measure, sitting,
/// standing and driving tolerances in minutes, a nurse case manager's call or an attorney's visit inside the billed
/// time, work conditioning and work hardening billed on their own codes (97545 and 97546 never on a line), and
/// whether a concussion's gaze and habituation work belongs under 97112 or 97530 (a coding question, not the
/// note's).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 98 of 104 cases agree (102 needed), and 2 of the 67 notes the reviewer passes got a finding, on the analyzer of b32474d (the start of the 2026-12-06 twelfth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 102 of 104, no false positive — "I was hands-on with her, alone in the treatment room, for every minute", vocabulary from a helper (JPE to neutral, box folding, knee neuromuscular control). Left: "6 of 10 reps held neutral" ("held" read as not done), "DNF endurance 38 s" read as a deficit at MMI.</para>
/// </summary>
public class HeldOutNotesIssue18EightySecondTests(ITestOutputHelper output)
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

        // Kern Stockdale Hwy roustabout, pipe-elbow lift: "All NMR minutes rendered personally by the treating PT, one-to-one; no other injured worker was treated during them"; quadruped rhythmic stabilization, half-kneel perturbations, hinge motor-control drill; lumbopelvic motor control; SLS seconds and neutral-loss count; 22 matches: passes.
        ["v1-h82-kern-stockdale-rendered-personally"] = new(
            """
            KERN VALLEY INDUSTRIAL REHAB · Stockdale Hwy office · Daily Treatment Record (WC)
            CLAIM: 26-KV-04418 · DOI 11/03/2025 · Employer: oilfield services (roustabout) · PTP: Dr. Ochoa · MPN provider
            SUBJECTIVE COMPLAINTS: IW states he was lifting a 90-lb pipe elbow off the float with a co-worker when the other man let go; felt a pull in the low back, R leg burning to the outside of the foot by that night. Today the burning stops at the knee.
            OBJECTIVE FINDINGS: single-leg stance R 11 s / L 26 s; hinge with the dowel — lost lumbar neutral on 6 of 10 reps (9 of 10 at IE)
            TREATMENT RENDERED: 97112 neuromuscular re-education — 22 min. All NMR minutes rendered personally by the treating PT, one-to-one; no other injured worker was treated during them.
              - quadruped rhythmic stabilization, PT pushing at the pelvis and shoulders, trunk held neutral
              - half-kneeling on the Airex with multidirectional perturbations
              - hip-hinge motor-control drill with the dowel along the spine, then lifting a crate from a 12-in. box holding neutral
            ASSESSMENT: impaired lumbopelvic motor control — lumbar spine flexes early on the lift; poor multifidus recruitment on the R
            WORK STATUS: modified — no lifting over 25 lb, no repetitive bending (per PTP)
            AUTH/UR: RFA for 8 visits certified by UR; this is visit 4 of 8.
            """,
            ["S39.012D", "M54.16"], [PT("97112", 22)], []),

        // Kern Shafter forklift driver after a meniscus scope: "on the conditioning floor with two other injured workers; PT rotated among the three stations": other patients in the block; BOSU perturbations, hops to foam, cab-step step-downs; R knee neuromuscular control; Y-balance and valgus count present: one-on-one missing.
        ["v1-h82-kern-shafter-conditioning-floor-three"] = new(
            """
            KERN VALLEY INDUSTRIAL REHAB · Shafter · Daily Treatment Record (WC)
            CLAIM: 26-KV-03972 · DOI 09/18/2025 · Employer: almond huller (forklift driver) · PTP: Dr. Sandhu
            SUBJECTIVE COMPLAINTS: IW jumped down from the forklift cab and felt the R knee twist; medial meniscus tear, scoped. Knee still "slips" stepping off the forklift.
            TREATMENT RENDERED: 97112 neuromuscular re-education — 24 min, on the conditioning floor with two other injured workers; PT rotated among the three stations.
              - single-leg squats on the BOSU with PT perturbations at the hips
              - lateral hops onto foam, stick the landing
              - step-downs from a 14-in. cab-step mock-up onto foam
            OBJECTIVE FINDINGS: Y-balance anterior reach R 58 cm / L 66 cm; knee valgus on 5 of 10 step-downs
            ASSESSMENT: poor dynamic neuromuscular control of the R knee — drifts into valgus and gives on single-leg loading
            WORK STATUS: modified — no forklift until released
            """,
            ["S83.241D"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Queens Forest Hills cab driver rear-ended on Queens Blvd: "Pt seen 1:1 by the undersigned PT for the 97112 — no other pt in the room"; headband-laser tracing and relocation, seated gaze work; impaired cervical proprioception (WAD II); JPE degrees; 20 matches: passes.
        ["v1-h82-queens-cab-driver-seen-1to1"] = new(
            """
            QUEENS BOULEVARD REHABILITATION PT, P.C. — Forest Hills
            NO-FAULT · DOA 12/06/2025 · Claim # 31-7742-88 · Atty: Feldman & Ruiz, LLP
            Pt is a 47 y/o M yellow-cab driver who states that on DOA he was the restrained driver, stopped at a light on Queens Blvd at 71st Ave, when a box truck rear-ended his vehicle. + whiplash, no LOC, no airbag deployment. Seen in the ER that night and released. Pt c/o neck pain and "a heavy head" after a full shift, worse checking his mirrors.
            Pt seen 1:1 by the undersigned PT for the 97112 — no other pt in the room.
            (97112) Neuromuscular re-ed x 20 mins:
             - cervical kinesthetic training with the laser on a headband: tracing the figure-8 and the zig-zag on the wall chart, then relocating to neutral with eyes closed
             - gaze stabilization seated, head turns with the eyes held on a card at arm's length
            Findings: impaired cervical proprioception s/p WAD II — JPE to neutral after R rot 6.8°, after L rot 5.2° (norm < 4.5°)
            """,
            ["S13.4XXD", "S16.1XXD"], [PT("97112", 20)], []),

        // Queens Bronx PTA: "PTA also reset and monitored the cervical traction pt on the next table twice during this block": attending another patient; seated rhythmic stabilization, quadruped on a wobble cushion; deep neck flexor recruitment deficit; DNF endurance seconds present: one-on-one missing.
        ["v1-h82-queens-bronx-pta-traction-next-table"] = new(
            """
            QUEENS BOULEVARD REHABILITATION PT, P.C. — Bronx (Grand Concourse)
            NO-FAULT · DOA 01/14/2026 · Claim # 55-0193-20
            Pt is a 52 y/o F home health aide, rear passenger in a livery cab T-boned on Fordham Rd. C/o neck pain, L arm heavy by the afternoon.
            (97112) Neuromuscular re-ed x 18 mins — PTA. PTA also reset and monitored the cervical traction pt on the next table twice during this block.
             - seated rhythmic stabilization of the neck, PTA alternating pushes at the forehead and the occiput
             - quadruped on a wobble cushion, head held in line while reaching one arm forward
            Findings: deep neck flexor recruitment deficit — chin pokes forward on head lift; DNF endurance test 14 s
            """,
            ["S13.4XXD", "M54.2"], [PTA("97112", 18)], [At(OneOnOne, "97112")]),

        // Polk Lakeland teacher rear-ended at the Polk Parkway and I-4: "I was hands-on with her, alone in the treatment room, for every minute of the neuromuscular re-education (97112, 21 minutes)"; PNF scapular patterns with rhythmic stabilization, D2 with a band; L scapular motor control; lateral scapular slide cm; passes.
        ["v1-h82-polk-alone-in-the-treatment-room"] = new(
            """
            POLK AUTO INJURY & REHABILITATION — Lakeland
            RE: Dana M. · Date of loss 01/22/2026 · PIP · EMC determined by Dr. Pham, DO, on 01/27/2026
            Today's visit (daily note, copy to file):
            Ms. M. teaches fourth grade; she was rear-ended at the light where the Polk Parkway meets I-4. Reaching up to write on the board, her left shoulder blade aches and her neck tightens.
            I was hands-on with her, alone in the treatment room, for every minute of the neuromuscular re-education (97112, 21 minutes).
            What we did: PNF scapular patterns — anterior elevation and posterior depression — with rhythmic stabilization at end range, then D2 flexion with a yellow band while she kept her eyes on a target on the wall.
            What it is for: poor scapular motor control on the left; the shoulder blade wings and the upper trapezius takes over as she reaches overhead.
            Measured today: the lateral scapular slide at 90° abduction differs side to side by 2.1 cm (3.4 cm at evaluation).
            """,
            ["S13.4XXD", "S16.1XXD"], [PT("97112", 21)], []),

        // Polk Bartow grove-truck driver: "While he held each set of bridges I went to the next table to reposition Mrs. A.'s cervical pillow and check her skin under the hot pack": attending another patient; foam-roll bridging with perturbations, bird dog with rhythmic stabilization; lumbopelvic stability; side-bridge seconds present: one-on-one missing.
        ["v1-h82-polk-bartow-next-table-hot-pack"] = new(
            """
            POLK AUTO INJURY & REHABILITATION — Bartow
            RE: Luis R. · Date of loss 12/30/2025 · PIP (EMC: yes) · attorney's letter of protection on file for after PIP
            Mr. R. was driving a grove truck on US-98 when a pickup pulled out in front of him; he braced his right foot on the brake. Low back pain across the belt line since, worse climbing into the cab.
            97112 — 23 min. While he held each set of bridges I went to the next table to reposition Mrs. A.'s cervical pillow and check her skin under the hot pack.
              - supine bridging on the half foam roll with my perturbations at the pelvis
              - bird dog on the Airex with rhythmic stabilization at the shoulder and hip
            Deficit: lumbopelvic stability — transversus abdominis activation delayed, pelvis drops on the left in bridging
            Side bridge R 22 s, L 35 s
            """,
            ["S39.012D", "S33.5XXD"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Calcasieu Moss Bluff scaffold builder after an 8-ft fall: "NCM K. Guidry, RN, sat in for the session", nothing states one-on-one; PNF D2 with manual resistance, rhythmic stabilization, closed-chain ball shifts; R shoulder dynamic stability and joint position sense; CKCUEST present: one-on-one missing.
        ["v1-h82-calcasieu-ncm-sat-in-never-stated"] = new(
            """
            CALCASIEU INDUSTRIAL REHAB & WORK CONDITIONING · Moss Bluff
            Claimant: Dwayne T. · scaffold builder · DOI 10/07/2025 — fell about 8 ft from a scaffold bay at the plant, landed on the R shoulder · proximal humerus fx, non-op
            NCM K. Guidry, RN, sat in for the session and spoke with the claimant after.
            97112 — 21 min
              • PNF D2 flexion / extension with manual resistance, R UE
              • rhythmic stabilization at 90° elevation, supine → standing
              • closed-chain weight shifts with the R hand on a ball against the wall
            Finding: R shoulder dynamic stability and joint position sense down after the fracture — the arm drifts when he can't see it
            CKCUEST 16 touches
            Job demand: carry 20-ft scaffold tubes on the R shoulder — not yet
            """,
            ["S42.201D", "Y99.0"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Calcasieu Sulphur pipefitter, gate-valve lift: "Claimant had the PT's undivided attention for the NMR; no other claimant was seen by the PT during those minutes"; half-kneel perturbations on foam, valve wheel on the rocker board, anti-rotation holds; trunk postural control; loss-of-balance count; 23 matches: passes.
        ["v1-h82-calcasieu-sulphur-undivided-attention"] = new(
            """
            CALCASIEU INDUSTRIAL REHAB & WORK CONDITIONING · Sulphur
            Claimant: Troy B. · pipefitter, turnaround crew · DOI 09/30/2025 — lifting a 60-lb gate valve onto a flange · L4-5 with L leg symptoms
            Claimant had the PT's undivided attention for the NMR; no other claimant was seen by the PT during those minutes.
            97112 — 23 min
              • tall- and half-kneeling on foam, PT perturbations at the shoulders and pelvis
              • valve-wheel turning standing on the rocker board, trunk braced, wheel at chest height then overhead
              • split-stance anti-rotation holds on the cable while a PT tap disrupts the stance
            Finding: poor trunk postural control under rotational load — the trunk sways and the L hip hikes as he turns the wheel
            Perturbation count: 4 losses of balance in 20 pushes half-kneeling on foam (9 at eval)
            """,
            ["M51.16", "S39.012D"], [PT("97112", 23)], []),

        // Siouxland Storm Lake OT, turkey deboner's crushed hand: "Seen by himself in the hand room; the OT treated no one else for the whole 97112 (the interpreter sat in)"; Downey-hierarchy desensitization and touch localization; hypersensitivity and poor localization; monofilament and hierarchy level; 20 matches: passes.
        ["v1-h82-siouxland-ot-by-himself-interpreter-in"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Storm Lake · OT / hand
            WC · turkey plant, deboning line · R hand caught in a conveyor roller — crush, no fracture · Karen interpreter in person
            Seen by himself in the hand room; the OT treated no one else for the whole 97112 (the interpreter sat in).
            • 97112 — 20 min
              • desensitization per the Downey hierarchy: dowel textures, then immersion in rice and in popcorn kernels
              • touch localization: eyes closed, OT touches a spot, he points to it, opens his eyes to check, repeat
            • Finding: hypersensitivity and poor touch localization of the R index and middle fingers after the crush
            • Semmes-Weinstein 3.61 on the radial digits (4.31 at eval); Downey dowel level 6 of 10 tolerated (level 3 at eval)
            """,
            ["S67.21XD", "R20.2"], [OT("97112", 20)], []),

        // Siouxland Le Mars Tuesday work-conditioning group of four: 97530 has no one-on-one check; pallet-jack pulls, case stacking, order picking with loads and counts; lumbar strain limiting repeated floor lifts; 24 matches: passes.
        ["v1-h82-siouxland-work-conditioning-group-97530"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Le Mars · Work conditioning
            WC · ice-cream plant, freezer warehouse order picker · lumbar strain lifting frozen cases · DOI 12/02/2025
            Tuesday work-conditioning group — four workers from three employers, one PT running the floor.
            • 97530 — 24 min
              • pallet-jack pulls with an 800-lb load, 10 x 40 ft
              • case stacking: 30-lb cases from the floor to a chest-high rack and back, 2 x 20
              • picking a mock order from three rack heights to a cart, 24 cases
            • Deficit: lumbar strain — can't yet hold a neutral spine through repeated floor lifts in the cold
            • Goal per the job description: 40 lb floor to chest, frequent
            """,
            ["S39.012D"], [PT("97530", 24)], []),

        // Kern Arvin tray carrier in the morning stretch-and-strength circle with four other field workers, PTA leading: 97110 has no one-on-one check; wall slides, ER, band rows, prone Y's with doses; cuff and scapular weakness with a carrying goal; 17 matches: passes.
        ["v1-h82-kern-arvin-stretch-circle-97110"] = new(
            """
            KERN VALLEY INDUSTRIAL REHAB · Arvin · Daily Treatment Record (WC)
            CLAIM: 26-KV-04102 · grape harvest crew, tray carrier · PTP: Dr. Ochoa · Spanish-speaking; bilingual PTA
            IW did the 97110 in the morning stretch-and-strength circle with four other field workers; PTA leading.
            TREATMENT RENDERED: 97110 therapeutic exercise — 17 min
              - wall slides 2 x 12; sidelying ER with 2 lb 3 x 12; rows with the green band 3 x 15; prone Y's 2 x 10
            ASSESSMENT: R rotator cuff strain from lifting full trays overhead onto the gondola — cuff and scapular weakness; goal: carry trays at chest height all day
            """,
            ["S46.011D"], [PTA("97110", 17)], []),

        // Siouxland Denison: "He and a co-worker from the same dock (also our patient, L ankle) came in together; same drills side by side, PT cueing both": another patient in the block; Airex catches, BAPS, star excursion; R ankle proprioception; SLS seconds present: one-on-one missing.
        ["v1-h82-siouxland-dock-coworkers-side-by-side"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Denison
            WC · pork plant, loading dock · stepped off the dock plate into the gap — R ankle inversion sprain · DOI 01/08/2026
            He and a co-worker from the same dock (also our patient, L ankle) came in together; same drills side by side, PT cueing both.
            • 97112 — 19 min
              • single-leg stance on the Airex catching a ball tossed to either side
              • BAPS level 3, clockwise and counter-clockwise, standing
              • star excursion reaches, anterior and posteromedial
            • Deficit: R ankle proprioception and peroneal reaction slow after the sprain — rolls out on uneven dock plates
            • SLS eyes closed R 9 s / L 28 s
            """,
            ["S93.401D"], [PT("97112", 19)], [At(OneOnOne, "97112")]),

        // Polk Winter Haven concussion, husband watching from the chair: "The session itself was one-to-one — just Ms. W. and me for the whole neuromuscular re-education block"; card gaze stabilization firm to foam, head-turn hallway reading; vestibulo-ocular deficit; head-turn 10-m walk and foam seconds; 22 matches: passes.
        ["v1-h82-polk-concussion-husband-in-the-chair"] = new(
            """
            POLK AUTO INJURY & REHABILITATION — Winter Haven
            RE: Tanisha W. · Date of loss 01/03/2026 · PIP, then MedPay · concussion (struck her head on the driver's window when T-boned on US-17)
            Her husband drove her and watched from the chair by the door. The session itself was one-to-one — just Ms. W. and me for the whole neuromuscular re-education block.
            97112 — 22 minutes
              Gaze stabilization: business card at arm's length, head turning side to side, seated, then standing on the firm floor, then on the foam pad
              Walking the hallway turning her head to read the cards taped on each side
            Why: post-concussive vestibulo-ocular deficit — the words bounce when she turns her head, and she drifts toward the wall as she walks
            Today: 10-m walk with head turns 9.8 s (7.4 s with the head still); foam stance, eyes closed 14 s
            """,
            ["S06.0X1D", "F07.81"], [PT("97112", 22)], []),

        // Kern Arvin grape picker off the picking ladder: "His wife came with him and helped with Spanish", nothing states one-on-one; rhythmic stabilization, PNF D1 eyes closed, quadruped shifts on the Airex; L shoulder dynamic stability and proprioception; UQ Y-balance present: one-on-one missing.
        ["v1-h82-kern-arvin-wife-helped-never-stated"] = new(
            """
            KERN VALLEY INDUSTRIAL REHAB · Arvin · Daily Treatment Record (WC)
            CLAIM: 26-KV-03811 · DOI 08/26/2025 · grape picker — fell off the picking ladder onto the L shoulder · PTP: Dr. Ochoa
            His wife came with him and helped with Spanish.
            TREATMENT RENDERED: 97112 neuromuscular re-education — 20 min
              - rhythmic stabilization, L shoulder at 90° and 120° elevation, supine then sitting
              - PNF D1 flexion / extension with manual resistance, eyes closed on the return
              - quadruped weight shifts onto the L hand on the Airex
            OBJECTIVE FINDINGS: upper-quarter Y-balance on the L hand: superolateral reach 62% of arm length (78% on the R hand)
            ASSESSMENT: impaired dynamic stability and proprioception of the L shoulder after the fall
            WORK STATUS: TTD per PTP
            """,
            ["S46.012D", "W11.XXXD"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox, grid and ratio-row states

        // Calcasieu Lake Charles "Treatment format: ☒ One-on-one (PT with claimant only)"; BAPS, rocker-board gauge-reading head turns, grating mock-up over foam; L ankle proprioception and postural control; SLS seconds and tandem steps; 22 matches: passes.
        ["v2-h82-calcasieu-format-one-on-one-ticked"] = new(
            """
            CALCASIEU INDUSTRIAL REHAB & WORK CONDITIONING · Lake Charles
            Treatment format:  ☒ One-on-one (PT with claimant only)   ☐ Supervised conditioning   ☐ Group
            Claimant: Regan F. · LNG terminal operator · DOI 11/19/2025 — slipped on a wet grating, L ankle rolled
            Form 1010 on file — 10 visits approved; this is #6.
            97112 — 22 min
              • BAPS level 4 circles, standing
              • single-leg stance on the rocker board, head turning as if reading gauges
              • tandem and single-leg stance on a grating mock-up laid over foam
            Finding: L ankle proprioception and postural control impaired — loses balance on the grated stairs
            SLS on foam L 12 s / R 30 s; tandem on the grating mock-up 18 steps without stepping off
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // Calcasieu Jennings "☒ Supervised conditioning (floor, 4 claimants)": not one-on-one; Airex quadruped with perturbations, dead bugs, half-kneel chops; lumbopelvic motor control; held-neutral count present: one-on-one missing.
        ["v2-h82-calcasieu-supervised-conditioning-ticked"] = new(
            """
            CALCASIEU INDUSTRIAL REHAB & WORK CONDITIONING · Jennings
            Treatment format:  ☐ One-on-one   ☒ Supervised conditioning (floor, 4 claimants)   ☐ Group
            Claimant: Mark H. · rice mill, bag stacker · DOI 10/28/2025 — lumbar strain with R leg symptoms
            97112 — 20 min
              • quadruped on the Airex, opposite arm and leg, PT perturbations at the pelvis
              • dead bug with a ball held between the knees and the hands, slow
              • half-kneeling chops on the cable, trunk held still
            Finding: lumbopelvic motor control deficit — loses neutral when the arm moves
            Quadruped on the Airex: 6 of 10 reps held neutral (3 of 10 at eval)
            """,
            ["S39.012D", "M54.16"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Kern east Bakersfield bus driver: "Constant attendance (1:1) ☐" left empty beside the work-status boxes and nothing else states it; CCFT with the cuff, laser relocation, eye-head coordination; cervical motor control and kinesthetic sense; JPE and CCFT present: one-on-one missing.
        ["v2-h82-kern-constant-attendance-box-empty"] = new(
            """
            KERN VALLEY INDUSTRIAL REHAB · east Bakersfield (Mt. Vernon Ave) · Daily Treatment Record (WC)
            CLAIM: 26-KV-04260 · DOI 12/11/2025 · Employer: county school district, bus driver — rear-ended at a stop on Niles St
            WORK STATUS:  ☐ Regular   ☒ Modified   ☐ TTD
            Constant attendance (1:1)  ☐
            SUBJECTIVE COMPLAINTS: neck pain and R-sided headaches by the end of the route; hard to check the mirrors.
            TREATMENT RENDERED: 97112 neuromuscular re-education — 21 min
              - craniocervical flexion with the pressure biofeedback cuff, stages 22 → 26 mmHg
              - head-neck relocation to the laser target, eyes closed
              - eye-head coordination: eyes to the target, then the head; then eyes and head turning opposite ways
            OBJECTIVE FINDINGS: JPE after R rotation 5.9°; CCFT held at 24 mmHg for 10 s x 6
            ASSESSMENT: impaired cervical motor control and kinesthetic sense after the whiplash
            """,
            ["S13.4XXD", "G44.319"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Queens Flushing pain-diagram checklist on a 97140 (cervical, L upper trap, interscapular ticked); STM, C5-6 PA gr III, suboccipital release; C5-6 hypomobility and levator spasm; rotation degrees before and after; 14 matches: passes.
        ["v2-h82-queens-pain-diagram-checklist-97140"] = new(
            """
            QUEENS BOULEVARD REHABILITATION PT, P.C. — Flushing
            NO-FAULT · DOA 11/29/2025 · Claim # 20-4418-61 · IME scheduled by the carrier
            Pain diagram:  ☒ cervical  ☒ L upper trap  ☒ L interscapular  ☐ lumbar  ☐ R UE  ☐ L UE radiation
            Pt is a 36 y/o F restaurant server, front passenger, rear-ended on the Long Island Expwy. C/o L-sided neck pain; can't turn L fully to look over the tables.
            (97140) Manual therapy x 14 mins: STM L upper trap and levator; C5-6 L unilateral PA gr III; suboccipital release
            Findings: C5-6 hypomobile on the L, TTP L levator with spasm; cx rot L 48° → 60° after tx
            """,
            ["S13.4XXD", "M54.2"], [PT("97140", 14)], []),

        // Polk Auburndale "Objective measure today: ____" left blank and no other number in the note; one-to-one stated; rhythmic stabilization, eyes-closed relocation, quadruped on foam; cervical position sense and DNF recruitment: measure missing.
        ["v2-h82-polk-objective-measure-line-blank"] = new(
            """
            POLK AUTO INJURY & REHABILITATION — Auburndale
            RE: Kevin S. · Date of loss on file · PIP
            One-to-one: yes — I treated Mr. S. alone for the full neuromuscular re-education block.
            Neuromuscular re-education (97112): rhythmic stabilization of the neck in sitting; head-neck relocation to a target with his eyes closed; quadruped on the foam pad, holding the head in line while reaching
            Deficit: impaired cervical position sense and deep neck flexor recruitment since the collision — the head pokes forward as he tires
            Objective measure today: ____________
            Plan: same, progress to standing on foam.
            """,
            ["S13.4XXD"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Siouxland Sioux City box-room stacker, job-demand grid (demand | job | today) on a 97530: floor-to-waist, waist-to-shoulder lifts and cart pushes with loads and counts; low back strain limiting repeated lifting; 26 matches: passes.
        ["v2-h82-siouxland-job-demand-grid-97530"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Sioux City · Work conditioning
            WC · beef plant, box-room stacker · L4-5 strain lifting combo boxes · transitional duty in the plant's light-duty room
            • Job demands (employer job description) vs today:
                Lift floor → waist     | 60 lb frequent    | 45 lb x 15
                Lift waist → shoulder  | 40 lb occasional  | 30 lb x 10
                Push / pull cart       | 300 lb loaded     | 300 lb x 6 lengths
            • 97530 — 26 min: the lifts above with a crate, hinge cued; loaded cart pushes the length of the gym
            • Deficit: low back strain — endurance for repeated lifting well below the box-room job
            """,
            ["S39.012D"], [PT("97530", 26)], []),

        // Siouxland South Sioux City "Impairment addressed: ☐ strength ☐ ROM ☐ balance / proprioception ☐ motor control ☐ sensation" with nothing ticked and no deficit or region anywhere; "☒ 1:1"; BAPS, rocker board with perturbations, hops to foam; seconds and landings: deficit missing.
        ["v2-h82-siouxland-impairment-boxes-none-ticked"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · South Sioux City, NE
            WC daily — 97112
            Therapist-to-patient ratio:  ☒ 1:1   ☐ 1:2   ☐ 1:3+
            Impairment addressed:  ☐ strength   ☐ ROM   ☐ balance / proprioception   ☐ motor control   ☐ sensation
            • 97112 — 18 min
              • BAPS level 3 in standing, both directions
              • rocker board, eyes open then closed, PT perturbations
              • single-leg hops in place onto foam, stick and hold
            • SLS on the rocker board 12 s; 7 of 10 hop landings held without a touch-down
            """,
            ["S93.401D"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // Kern Wasco correctional officer, "CPT | SERVICE | MIN" table (97110 14, 97140 12, both match); press-ups, bird dog, goblet squats, side planks with doses; L4-5 PA, SI mobilization, STM; hypomobility, guarding and extensor weakness; fingertip distance: passes.
        ["v2-h82-kern-cpt-service-min-table"] = new(
            """
            KERN VALLEY INDUSTRIAL REHAB · Wasco · Daily Treatment Record (WC)
            CLAIM: 26-KV-04377 · DOI 12/19/2025 · state prison correctional officer — twisted the low back restraining an inmate · PTP: Dr. Lin
            TREATMENT RENDERED:
              CPT    | SERVICE               | MIN
              97110  | therapeutic exercise  | 14
              97140  | manual therapy        | 12
            97110: prone press-ups 2 x 10; bird dog 3 x 8 each side; goblet squat with a 20-lb KB 3 x 10; side plank 3 x 20 s
            97140: L4-5 central PA gr III-IV; R SI joint mobilization; STM R lumbar paraspinals
            OBJECTIVE FINDINGS: lumbar flexion fingertips to mid-shin → 4 cm above the floor after MT; R paraspinal guarding
            ASSESSMENT: L4-5 hypomobility with R paraspinal guarding; trunk extensor and hip weakness — goal: pass the fitness standard for full duty
            """,
            ["S33.5XXD", "S39.012D"], [PT("97110", 14), PT("97140", 12)], []),

        // Queens Jamaica "Tx today: ☒ MHP ☒ IFC ☒ Ther ex ☐ Manual ☐ NMR ☐ Gait" and "(97110) Ther ex x 15 mins", "Pt tolerated tx well. Cont POC.": no exercise, region or dose named.
        ["v2-h82-queens-tx-checklist-ther-ex-only"] = new(
            """
            QUEENS BOULEVARD REHABILITATION PT, P.C. — Jamaica
            NO-FAULT
            Tx today:  ☒ MHP   ☒ IFC   ☒ Ther ex   ☐ Manual   ☐ NMR   ☐ Gait
            (97110) Ther ex x 15 mins
            Pt tolerated tx well. Cont POC. Next visit Thurs.
            """,
            ["S39.012D"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Polk Lakeland PIP benefits box (limit, dollars used, EMC ticked, LOP unticked) above a complete 97110: open books, thoracic extension, band rows, chin tucks with doses; thoracic and cervical rotation stiffness with a forklift goal; 16 matches: passes.
        ["v2-h82-polk-pip-benefits-box-97110"] = new(
            """
            POLK AUTO INJURY & REHABILITATION — Lakeland
            Benefits box:  PIP limit $10,000 · used to date $6,480 · EMC ☒ Yes (Dr. Pham)  ☐ No · LOP ☐ on file
            RE: Marcus J. · Date of loss 12/14/2025
            Mr. J. drives a forklift in a distribution warehouse; he was rear-ended on Memorial Blvd. Mid-back and neck stiffness, worse turning to back the forklift up.
            Therapeutic exercise (97110), 16 minutes: sidelying thoracic rotation (open books) 2 x 10 each side; seated thoracic extension over the chair back 2 x 10; rows with the blue band 3 x 15; chin tucks with a 5-s hold x 15
            Purpose: thoracic and cervical rotation stiffness and postural weakness; goal — turn fully to back the forklift
            """,
            ["S23.3XXD", "S13.4XXD"], [PT("97110", 16)], []),

        // Calcasieu DeRidder millwright, JOB DEMAND | JOB | TODAY grid (fixed ladder, overhead wrench work, tool-bag carry) on a 97530: ladder, bolt board and carries; R cuff strain, hikes and fatigues overhead; rungs, bolts and feet; 25 matches: passes.
        ["v2-h82-calcasieu-ladder-and-overhead-grid-97530"] = new(
            """
            CALCASIEU INDUSTRIAL REHAB & WORK CONDITIONING · DeRidder
            Claimant: Cody P. · paper mill, maintenance millwright · DOI 10/15/2025 — R shoulder strain pulling a stuck roll · rotator cuff strain
            JOB DEMAND            | JOB                  | TODAY
            Fixed ladder climb    | 40 ft, daily         | 24 rungs x 3, 3-point contact kept
            Overhead wrench work  | frequent             | 12 bolts run at head height, 8 overhead
            Carry tool bag        | 35 lb, 200 ft        | 25 lb x 200 ft
            97530 — 25 min: the clinic's fixed ladder; the overhead bolt board with a ratchet; tool-bag carries around the building
            Finding: R rotator cuff strain — fatigues and the shoulder hikes working overhead; can't yet climb with the tool bag
            """,
            ["S46.011D"], [PT("97530", 25)], []),

        // Siouxland Sioux City wind-turbine technician, "Therapist-to-patient ratio: ☒ 1:1"; Airex single-leg squats with perturbations, ladder-mock-up step-overs to foam, bounds; R knee neuromuscular control; Y-balance and valgus count; 21 matches: passes.
        ["v2-h82-siouxland-ratio-row-1to1-ticked"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Sioux City
            WC · wind-turbine technician · R knee: ACL sprain stepping off the tower ladder onto the nacelle deck · DOI 11/06/2025
            Therapist-to-patient ratio:  ☒ 1:1   ☐ 1:2   ☐ 1:3+
            • 97112 — 21 min
              • single-leg squats on the Airex with PT perturbations at the knee and hip
              • step-over from the ladder mock-up onto foam, eyes up
              • lateral bounds, stick the landing
            • Deficit: neuromuscular control of the R knee — valgus collapse landing and stepping over
            • Y-balance anterior R 61 cm / L 69 cm; landings with valgus 3 of 10 (7 of 10 at eval)
            """,
            ["S83.511D"], [PT("97112", 21)], []),

        // Siouxland Storm Lake live-hang worker, "Therapist-to-patient ratio: ☐ 1:1 ☒ 1:2": not one-on-one; rhythmic stabilization at shackle height, PNF D2 eyes closed, wall-ball circles on foam; L shoulder proprioception and dynamic stability; UQ Y-balance present: one-on-one missing.
        ["v2-h82-siouxland-ratio-row-1to2-ticked"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Storm Lake
            WC · turkey plant, live hang · L shoulder strain hanging birds on the shackle line
            Therapist-to-patient ratio:  ☐ 1:1   ☒ 1:2   ☐ 1:3+
            • 97112 — 20 min
              • rhythmic stabilization at shackle height, L arm
              • PNF D2 flexion with a band, eyes closed on the return
              • wall-ball circles with the L hand, standing on the foam pad
            • Deficit: L shoulder proprioception and dynamic stability after the strain
            • UQ Y-balance superolateral L 64% of arm length (R 80%)
            """,
            ["S46.012D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // Kern Stockdale Hwy oil-well pumper, McGill "Big 3" (curl-up, side bridge, bird dog with holds), hinge and suitcase carry with doses; trunk endurance with a rod-box goal; 18 matches: passes.
        ["v3-h82-kern-mcgill-big-three-97110"] = new(
            """
            KERN VALLEY INDUSTRIAL REHAB · Stockdale Hwy office · Daily Treatment Record (WC)
            CLAIM: 26-KV-03654 · oil-well pumper · lumbar strain lifting a sucker-rod box · PTP: Dr. Ochoa
            TREATMENT RENDERED: 97110 therapeutic exercise — 18 min
              McGill "Big 3": modified curl-up 5 x 10-s holds; side bridge from the knees 4 x 10 s each side; bird dog 3 x 6 each side with 8-s holds
              hip hinge with the dowel 2 x 10; suitcase carry with a 25-lb KB 4 x 60 ft each hand
            ASSESSMENT: poor trunk endurance after the lumbar strain; goal: carry the rod box and climb onto the pumping-unit platform
            """,
            ["S39.012D"], [PT("97110", 18)], []),

        // Calcasieu Sulphur refinery operator on the BTE Primus valve-wheel attachment (in-lb, revolutions) then the real valve bank; R cuff weakness turning at and above shoulder height; peak torque; 24 matches: passes.
        ["v3-h82-calcasieu-bte-primus-valve-wheel-97530"] = new(
            """
            CALCASIEU INDUSTRIAL REHAB & WORK CONDITIONING · Sulphur
            Claimant: Ray L. · refinery operator · DOI 10/02/2025 — R rotator cuff strain forcing a stuck valve handwheel
            97530 — 24 min on the BTE Primus
              • valve handwheel attachment at shoulder height, isotonic 40 in-lb, 3 x 30 revolutions each direction
              • the same attachment overhead, 25 in-lb, 2 x 20 revolutions
              • then the real valve bank in the work-sim room: opening and closing three wheels from the platform step
            Finding: R rotator cuff weakness — can't sustain turning force at or above shoulder height
            BTE peak torque overhead 31 in-lb (22 at the start of conditioning)
            """,
            ["S46.011D"], [PT("97530", 24)], []),

        // Siouxland Sioux City OT, CRPS after a crush on the trim line: "OT and client only in the hand room for the entire 97112"; graded motor imagery (Recognise laterality, explicit imagery, mirror box); altered body schema and motor inhibition; accuracy and response time; 22 matches: passes.
        ["v3-h82-siouxland-ot-graded-motor-imagery"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Sioux City · OT / hand
            WC · meat plant, trim line · L hand crushed between a combo bin and the rail · CRPS type I per the hand surgeon
            OT and client only in the hand room for the entire 97112.
            • 97112 — 22 min: graded motor imagery
              • left / right hand judgement on the Recognise app, three sets
              • explicit motor imagery of the knife grip and the reach to the hook, eyes closed
              • mirror box: the R hand moves through grip and release while she watches the mirror
            • Deficit: altered body schema of the L hand with slowed left / right discrimination and pain-driven motor inhibition (CRPS after the crush)
            • Recognise: 78% correct at 2.4 s average (61% at 3.1 s when we started)
            """,
            ["S67.22XD", "G90.512"], [OT("97112", 22)], []),

        // Queens Flushing delivery cyclist doored on Main St: strain-counterstrain at the levator and anterior C3 tender points with holds, STM, first-rib mobilization; levator and scalene spasm; side-bend degrees; 11 matches: passes.
        ["v3-h82-queens-strain-counterstrain-97140"] = new(
            """
            QUEENS BOULEVARD REHABILITATION PT, P.C. — Flushing
            NO-FAULT · DOA 01/05/2026 · Claim # 77-2031-45
            Pt is a 29 y/o M food-delivery worker on a bicycle, doored on Main St and thrown onto his R side. C/o R neck and shoulder-top pain, "can't lift my head off the pillow without it grabbing."
            (97140) Manual therapy x 11 mins
             - strain-counterstrain: R levator and anterior C3 tender points, 90-s holds x 2 each
             - STM R scalenes and upper trap
             - R first-rib inferior mobilization gr III
            Findings: R levator and scalenes in spasm with TTP; cx SB L 20° → 32° after tx
            """,
            ["S16.1XXD", "S13.4XXD"], [PT("97140", 11)], []),

        // Polk Bartow, right foot jammed on the brake: muscle energy technique for a right anterior innominate (contractions, holds, rounds), STM to QL and glute med; R SI joint dysfunction with PSIS and standing flexion test findings; 13 matches: passes.
        ["v3-h82-polk-muscle-energy-brake-foot-97140"] = new(
            """
            POLK AUTO INJURY & REHABILITATION — Bartow
            RE: Angela C. · Date of loss 12/08/2025 · PIP exhausted; MedPay now · LOP with her attorney for the balance
            Ms. C. had her right foot jammed on the brake when she was rear-ended on US-98; since then the right low back and buttock ache when she sits to drive.
            Manual therapy (97140), 13 minutes:
              Muscle energy technique for a right anterior innominate — hip-extension contractions, 4 contractions of 5 s, 3 rounds
              Soft-tissue mobilization to the right quadratus lumborum and gluteus medius
            Finding: right SI joint dysfunction with the innominate rotated anteriorly — right PSIS low in standing; standing flexion test positive on the right before treatment, negative after
            """,
            ["S33.6XXD"], [PT("97140", 13)], []),

        // Calcasieu Lake Charles instrument tech, Valpar 9 (whole-body range of motion) work sample used as a training task, kneeling at a low cabinet; back pain and L leg tingling capping kneel and squat; rounds and fittings; 22 matches: passes.
        ["v3-h82-calcasieu-valpar-nine-97530"] = new(
            """
            CALCASIEU INDUSTRIAL REHAB & WORK CONDITIONING · Lake Charles
            Claimant: Anthony G. · instrument tech · DOI 08/12/2025 — slipped on the catwalk stairs, twisted the back · lumbar strain with L sciatica
            97530 — 22 min: Valpar 9 (whole-body range of motion) work sample as a training task
              • moving the nut-and-bolt assemblies from the overhead panel to the floor panel and back, kneeling and squatting, 3 rounds
              • then kneeling at the low instrument cabinet, reaching to the back to loosen and retighten fittings, 8 fittings
            Finding: low back pain and L leg tingling cap how long he can kneel and squat at low work
            Completed 3 rounds without standing to rest (one round at eval); kneeled through all 8 fittings
            """,
            ["S39.012D", "M54.42"], [PT("97530", 22)], []),

        // Siouxland Le Mars probe operator: "PT and this patient only — nobody else on my schedule in that slot"; Bodyblade oscillation, bottoms-up kettlebell, quadruped rhythmic stabilization eyes closed; R shoulder dynamic stability and proprioception; CKCUEST and hold seconds; 20 matches: passes.
        ["v3-h82-siouxland-bodyblade-bottoms-up"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Le Mars
            WC · grain elevator, truck probe operator · R shoulder: fell from the probe-platform ladder, cuff strain · DOI 10/30/2025
            PT and this patient only — nobody else on my schedule in that slot.
            • 97112 — 20 min
              • Bodyblade: two-hand then one-hand oscillation at 90° and overhead, 3 x 20 s each
              • bottoms-up kettlebell hold and walk with the R hand, 8 kg
              • quadruped rhythmic stabilization on the R hand, eyes closed
            • Deficit: R shoulder dynamic stability and proprioception — the arm shakes and drifts up at the probe controls
            • CKCUEST 19 touches (13 at eval); bottoms-up hold 18 s before the bell tips
            """,
            ["S46.011D"], [PT("97112", 20)], []),

        // Queens Jamaica MTA bus passenger: "Pt treated individually by the PT throughout the 97112"; PNF neck diagonals with rhythmic initiation and combination of isotonics, scapular clock eyes closed; DNF and scapular motor control; DNF seconds and JPE; 19 matches: passes.
        ["v3-h82-queens-pnf-neck-patterns-97112"] = new(
            """
            QUEENS BOULEVARD REHABILITATION PT, P.C. — Jamaica
            NO-FAULT · DOA 12/21/2025 · Atty: Bernstein Adebayo, PLLC
            Pt is a 58 y/o F MTA bus passenger thrown forward into the seat rail when the bus braked hard on Jamaica Ave. C/o neck and upper-back pain; head "feels heavy" after riding the bus to work.
            Pt treated individually by the PT throughout the 97112 — no other pts scheduled.
            (97112) NMR x 19 mins:
             - PNF neck patterns (flexion-rotation diagonals), rhythmic initiation → combination of isotonics, supine then sitting
             - scapular clock on the wall, eyes closed, return to center
            Findings: deep neck flexor and scapular motor control deficit — chin pokes and the shoulders shrug as she lifts her head; DNF endurance 16 s; JPE 5.4° after L rot
            """,
            ["S13.4XXD", "S23.3XXD"], [PT("97112", 19)], []),

        // Polk Lakeland concussion on the Polk Parkway: "one-to-one, no other patient — for all of the neuromuscular re-education (97112), 20 minutes"; Cawthorne-Cooksey progression standing; vestibular and oculomotor dysfunction; DGI and turn times; passes.
        ["v3-h82-polk-cawthorne-cooksey-concussion"] = new(
            """
            POLK AUTO INJURY & REHABILITATION — Lakeland
            RE: Brianna K. · Date of loss 12/27/2025 · PIP · concussion; her car was spun into the guardrail on the Polk Parkway
            Today I worked with Brianna by herself — one-to-one, no other patient — for all of the neuromuscular re-education (97112), 20 minutes.
            Cawthorne-Cooksey progression, moved from sitting to standing this week: eye movements up-down and side to side, slow → fast; head movements with eyes open, then closed; standing ball toss above eye level; turning in a circle both ways
            Why: post-concussion vestibular and oculomotor dysfunction — dizzy turning her head at the register at work, unsteady in the dark
            DGI 18/24 (14/24 at her first visit); turning in a circle 4.6 s to the L, 6.2 s to the R
            """,
            ["S06.0X0D", "F07.81"], [PT("97112", 20)], []),

        // Calcasieu Moss Bluff "Plant Ready" work-conditioning programme, phase two: deadlift pattern, goblet squats, farmer carries, sled, overhead press with a lumbar-strain target — no sets, reps, load, distance or number but the code's: measure missing.
        ["v3-h82-calcasieu-plant-ready-no-dose"] = new(
            """
            CALCASIEU INDUSTRIAL REHAB & WORK CONDITIONING · Moss Bluff
            Claimant is in phase two of our "Plant Ready" work-conditioning programme.
            97110 — 20 min
              • deadlift pattern with the crate; goblet squats; farmer carries; sled push and drag; overhead press with the bar
            Target: lumbar strain — lifting and carrying tolerance still below the plant's job demands
            NCM updated by phone after the session.
            """,
            ["S39.012D"], [PT("97110", 20)], [At(Measure, "97110")]),

        // Siouxland Denison BOSU, DynaDisc and wobble board, "PT one-to-one with this patient for the whole block", seconds and catches measured — no deficit, impairment, body region or system named anywhere: deficit missing.
        ["v3-h82-siouxland-bosu-dynadisc-no-deficit"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Denison
            WC daily · 97112 — 19 min · PT one-to-one with this patient for the whole block
            • BOSU flat side up: squats, then PT perturbations at the shoulders
            • DynaDisc under each foot in turn: single-leg stance with ball catches
            • wobble board, eyes open → closed
            • Measured: wobble board eyes closed 15 s without an edge touch (6 s the first week); 8 of 10 catches held on the DynaDisc
            """,
            ["S93.402D"], [PT("97112", 19)], [At(Deficit, "97112")]),

        // Queens Bronx parcel driver: Elvey lateral glides in ULTT1 pre-position and therapist-performed median nerve sliders with doses, STM; R C6 radicular symptoms with neural mechanosensitivity; ULTT1 elbow-extension lag in degrees; 12 matches: passes.
        ["v3-h82-queens-elvey-glides-and-sliders-97140"] = new(
            """
            QUEENS BOULEVARD REHABILITATION PT, P.C. — Bronx (Grand Concourse)
            NO-FAULT · DOA 11/11/2025 · Claim # 63-5520-07 · IME by the carrier's orthopedist — pt advised to continue tx pending the report
            Pt is a 41 y/o M parcel-van driver, struck on the passenger side at an intersection on the Cross Bronx service road. C/o R arm tingling into the thumb and index finger when he drives.
            (97140) Manual therapy x 12 mins:
             - cervical lateral glides to the L (Elvey), R arm in the ULTT1 pre-position, 3 x 30 s
             - median nerve sliders, therapist-performed, 3 x 10
             - STM R scalenes and pec minor
            Findings: R C6 radicular symptoms with median neural mechanosensitivity — ULTT1 elbow ext lacks 35° (lacked 60° at IE)
            """,
            ["M54.12", "S13.4XXD"], [PT("97140", 12)], []),

        // Polk Winter Haven lumbar strain on a Pilates reformer, "one-to-one with me (no other patient in the studio) for all 20 minutes of neuromuscular re-education (97112)"; footwork, bridging, leg circles in the straps with the pelvis neutral; lumbopelvic motor control; biofeedback count; passes.
        ["v3-h82-polk-pilates-reformer-97112"] = new(
            """
            POLK AUTO INJURY & REHABILITATION — Winter Haven
            RE: Stephanie L. · Date of loss 12/03/2025 · MedPay after PIP · lumbar strain — rear-ended in a drive-through line on Havendale Blvd
            On the Pilates reformer, one-to-one with me (no other patient in the studio) for all 20 minutes of neuromuscular re-education (97112):
              footwork on one red and one blue spring with the pelvis kept neutral; bridging with the carriage moving; supine leg circles in the straps, lumbar spine still; kneeling arm work facing the footbar
            Deficit: lumbopelvic motor control — the pelvis tips and the low back arches as the legs load; transversus activation is late
            Measured: pressure biofeedback held within 2 mmHg of 40 through 8 of 10 leg circles (3 of 10 at evaluation)
            """,
            ["S39.012D"], [PT("97112", 20)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Kern east Bakersfield rigger: can't bring a 40-lb fitting from the truck bed to the rack without tingling to the foot — the finding; tailgate-to-rack lifts and carries to a low rack; lifts without symptoms; 23 matches: passes.
        ["v4-h82-kern-fitting-from-truck-bed-to-rack"] = new(
            """
            KERN VALLEY INDUSTRIAL REHAB · east Bakersfield (Mt. Vernon Ave) · Daily Treatment Record (WC)
            CLAIM: 26-KV-04031 · oilfield pipe yard, rigger · lumbar strain with R L5 radiculopathy · PTP: Dr. Ochoa
            SUBJECTIVE COMPLAINTS: IW can't bring a 40-lb fitting from the truck bed to the rack without tingling down the R leg to the top of the foot; has to set it on the tailgate halfway.
            TREATMENT RENDERED: 97530 therapeutic activities — 23 min
              - lifting a 30-lb fitting mock-up from a tailgate-height table to the rack, turning with the feet, 3 x 8
              - carrying it 50 ft and setting it on the low rack from a half-kneel, x 6
            OBJECTIVE FINDINGS: 24 of 24 lifts at 30 lb without leg symptoms; at 40 lb the tingling started on the third lift
            ASSESSMENT: lifting tolerance limited by the R L5 radicular symptoms
            """,
            ["M54.16", "S39.012D"], [PT("97530", 23)], []),

        // Queens Jamaica app driver on the Van Wyck: can't check the L blind spot, eyes won't stay on the mirror, drifts out of the lane — the findings; "one-on-one — PT and pt only"; eye-head coordination, trunk-head dissociation, gaze stabilization; JPE; 22 matches: passes.
        ["v4-h82-queens-cant-check-the-blind-spot"] = new(
            """
            QUEENS BOULEVARD REHABILITATION PT, P.C. — Jamaica
            NO-FAULT · DOA 10/31/2025 · Claim # 14-8805-32 · Atty: Kaplan & Osei, LLP
            Pt is a 39 y/o M app-based driver rear-ended on the Van Wyck. Has stopped driving the expressways: can't turn to check the L blind spot without the neck "catching," and when he turns his eyes won't stay on the mirror — he drifts out of the lane.
            Pt seen one-on-one — PT and pt only — for all NMR.
            (97112) NMR x 22 mins:
             - eye-head coordination: eyes to the target first, then the head follows; then head turns with the eyes held on the mirror card
             - trunk-head dissociation on the stool: the trunk turns, the head stays on the target
             - gaze stabilization with head turns, sitting → standing
            Findings: impaired eye-head coordination and cervical kinesthesia s/p whiplash; JPE after L rot 7.1°, after R rot 4.0°
            """,
            ["S13.4XXD"], [PT("97112", 22)], []),

        // Siouxland Storm Lake OT wing-cut worker: can't close on the knife handle, drops the hook with a wet glove, can't pinch the glove cuff — the findings; knife-handle putty draws, wet-glove hook pulls, glove donning; counts; 21 matches: passes.
        ["v4-h82-siouxland-ot-drops-the-hook-wet-glove"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Storm Lake · OT / hand
            WC · turkey plant, wing-cut line · R middle finger crushed in a shackle · Spanish interpreter by phone
            • Finding: can't close the R hand around the knife handle on the line; drops the hook when his glove is wet; can't pinch the glove cuff to pull it on
            • 97530 — 21 min
              • knife-handle mock-up wrapped to the line's diameter: grip and draw through therapy putty, 3 x 12
              • hook pulls against a 10-lb cable with a wet glove on, 3 x 10
              • donning and doffing the cut glove and the mesh sleeve, x 5
            • Held the wet-glove hook on 30 of 30 pulls without a drop (half dropped at eval)
            """,
            ["S67.192D"], [OT("97530", 21)], []),

        // Calcasieu Lake Charles crane oiler: shoulder hikes at the third rung, climbs one-armed, can't hold the grease gun overhead — the findings; ER, T's and Y's, scaption, serratus slides, overhead holds with doses; cuff and lower-trap weakness; 17 matches: passes.
        ["v4-h82-calcasieu-hikes-at-the-third-rung"] = new(
            """
            CALCASIEU INDUSTRIAL REHAB & WORK CONDITIONING · Lake Charles
            Claimant: Jude B. · crane oiler · DOI 09/09/2025 — L shoulder: cuff strain catching himself on the crane ladder
            What we see: at the third rung the L shoulder hikes and he climbs one-armed; he can't hold the grease gun over his head long enough to hit a fitting.
            97110 — 17 min
              • sidelying ER 3 lb 3 x 15; prone T's and Y's 2 x 12; scaption to 90° with 4 lb 3 x 10
              • serratus wall slides on the foam roller 2 x 12; overhead hold with a 5-lb grease-gun mock-up 3 x 20 s
            Finding: L rotator cuff and lower trapezius weakness after the strain
            """,
            ["S46.012D"], [PT("97110", 17)], []),

        // Siouxland Sioux City over-the-road driver: knee buckles climbing down backward from the cab and pivoting onto the trailer deck — the findings; "One-on-one: PT with him alone"; backward step-downs onto foam with perturbations, Airex pivots, roller-board perturbations; quad timing and neuromuscular control; buckle count and Y-balance; 20 matches: passes.
        ["v4-h82-siouxland-buckles-climbing-down-the-cab"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Sioux City
            WC · over-the-road driver · L knee: slipped off the fuel-tank step climbing down from the cab · medial meniscus tear, scoped
            • Knee buckles when he climbs down backward from the cab and when he pivots to step up onto the trailer deck.
            • One-on-one: PT with him alone for the entire 97112.
            • 97112 — 20 min
              • backward step-downs from a cab-step mock-up onto foam, PT perturbations at the pelvis
              • pivots on the L leg on the Airex with a ball catch
              • perturbation training on the roller board, both feet → L foot
            • Deficit: L quadriceps timing and neuromuscular control — the knee collapses into flexion on eccentric loading
            • Step-downs with the knee buckling 4 of 10 (9 of 10 at eval); Y-balance anterior L 63 cm / R 70 cm
            """,
            ["S83.242D"], [PT("97112", 20)], []),

        // Polk Winter Haven checkout cashier: the moving belt and the scanner beeps make her sick, holds the cart across the lot — the findings; "One-to-one for the whole block"; conveyor-video habituation on foam, moving-target hallway walks, foam head turns; visual motion sensitivity and postural instability; seconds and FGA; 21 matches: passes.
        ["v4-h82-polk-checkout-belt-makes-her-sick"] = new(
            """
            POLK AUTO INJURY & REHABILITATION — Winter Haven
            RE: Rosa D. · Date of loss 12/12/2025 · PIP · concussion, passenger side T-boned on Cypress Gardens Blvd
            She works a grocery checkout: the moving belt and the scanner beeps make her sick by mid-shift, and she holds on to the cart all the way across the parking lot.
            One-to-one for the whole block — I had no other patient.
            97112, 21 minutes: habituation to a video of a moving conveyor on the monitor, seated, then standing on foam; walking the hall while tracking a moving target; standing on foam with head turns
            What it is for: visual motion sensitivity and postural instability after the concussion
            Numbers: foam stance with head turns 16 s (6 s at evaluation); FGA 21/30
            """,
            ["S06.0X0D", "F07.81"], [PT("97112", 21)], []),

        // Kern Stockdale Hwy oxygen-tank driver: can't reach back for the seat belt, catches at shoulder height lifting a tank — the findings; GH glides by grade and bouts, MWM into flexion, STM; posterior capsule tightness; IR and flexion degrees; 12 matches: passes.
        ["v4-h82-kern-cant-reach-back-for-the-seat-belt"] = new(
            """
            KERN VALLEY INDUSTRIAL REHAB · Stockdale Hwy office · Daily Treatment Record (WC)
            CLAIM: 26-KV-04489 · home-care delivery driver (oxygen tanks) · R shoulder — a tank strap slipped and yanked the arm · PTP: Dr. Lin
            SUBJECTIVE COMPLAINTS: IW can't reach back for the seat belt; the shoulder catches at shoulder height when he lifts a tank into the rack.
            TREATMENT RENDERED: 97140 manual therapy — 12 min
              - GH posterior and inferior glides gr III-IV, 3 bouts each
              - mobilization with movement into flexion
              - STM R posterior cuff and pec minor
            OBJECTIVE FINDINGS: posterior capsule tight; IR at 90° abduction 28° → 41°; flexion 138° → 150°
            ASSESSMENT: R GH hypomobility with posterior capsule tightness
            """,
            ["S46.011D", "M25.611"], [PT("97140", 12)], []),

        // Queens Forest Hills pedestrian after a tibial plateau ORIF: subway stairs step-to, both rails, afraid of the crowd behind — the findings; reciprocal stairs with rail and cane, level gait with distance, curbs; SBA/CGA; 15 matches: passes.
        ["v4-h82-queens-subway-stairs-step-to-97116"] = new(
            """
            QUEENS BOULEVARD REHABILITATION PT, P.C. — Forest Hills
            NO-FAULT · DOA 12/02/2025 · Claim # 41-1190-73
            Pt is a 63 y/o F pedestrian struck at low speed in the crosswalk on Austin St; R tibial plateau fx, ORIF, FWB since last week. Can't do the subway stairs step-over-step — leads with the L going up, holds both rails, and is afraid of the crowd behind her.
            (97116) Gait training x 15 mins:
             - reciprocal stairs, one rail + SPC, 2 flights of 14 steps, CGA → SBA
             - level gait with the SPC 3 x 200 ft, cueing R heel strike and knee extension at midstance
             - curb step-up / step-down with the cane x 6
            Findings: antalgic gait, R knee stays flexed through stance; stairs step-to at eval, reciprocal today with SBA
            """,
            ["S82.121D"], [PT("97116", 15)], []),

        // Calcasieu Sulphur process operator: can't kneel on the steel grating to open the low drain valves, stiff and swollen coming down the stairs — the findings; grating kneels at the valve mock-up, stair rounds carrying the monitor, squat-to-stand; reps and flights; 21 matches: passes.
        ["v4-h82-calcasieu-cant-kneel-on-the-grating"] = new(
            """
            CALCASIEU INDUSTRIAL REHAB & WORK CONDITIONING · Sulphur
            Claimant: Ashley F. · process operator · DOI 09/14/2025 — R knee struck a pipe support when she slipped on the unit's steel stairs · patellar contusion and MCL sprain
            What keeps her off the unit: she can't kneel on the steel grating to open the low drain valves, and the knee is stiff and swollen coming down the stairs after a round.
            97530 — 21 min
              • half-kneel and full kneel on a grating panel with a knee pad, opening and closing the low-valve mock-up, 8 reps each side
              • stair rounds on the clinic's steel steps carrying the gas monitor and a radio, 4 flights
              • squat-to-stand from the valve, 2 x 10
            Finding: R knee pain and quadriceps weakness limit kneeling and stair descent
            Full kneel tolerated for all 8 valve reps (2 at eval)
            """,
            ["S83.411D", "S80.01XD"], [PT("97530", 21)], []),

        // Polk Lakeland whiplash placed at MMI: rotation, JPE and DNF endurance all normal, "No residual impairment found"; one-to-one; laser relocation, rhythmic stabilization, quadruped on foam — no deficit targeted: deficit missing.
        ["v4-h82-polk-at-mmi-no-residual-impairment"] = new(
            """
            POLK AUTO INJURY & REHABILITATION — Lakeland
            RE: Gregory N. · Date of loss 10/17/2025 · LOP
            Dr. Pham placed Mr. N. at MMI last week. My exam today: cervical rotation 78° each way, JPE 2.6° (normal), DNF endurance 38 s, no spasm or tenderness. No residual impairment found.
            Treated one-to-one, alone with me, for the neuromuscular re-education remaining on the plan (97112, 18 minutes): head-neck relocation to the laser target with eyes closed; rhythmic stabilization of the neck in sitting; quadruped on the foam pad.
            Plan: discharge next visit; final report to his attorney.
            """,
            ["S13.4XXD"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // Siouxland Le Mars knee released to full duty at MMI with a 0% rating, symmetrical Y-balance and hops, "Nothing left to treat"; PT one-to-one; hop-and-stick, bounds with perturbation, BOSU squats — no deficit targeted: deficit missing.
        ["v4-h82-siouxland-released-nothing-left-to-treat"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Le Mars
            WC · released to full duty Monday by the plant doctor; at MMI, 0% impairment rating
            • Exam today: Y-balance symmetrical (anterior 72 / 71 cm); single-leg hop 98% of the other side; no giving way. Nothing left to treat.
            • Final visit on the authorization — 97112, 17 min, PT one-to-one with him throughout
              • hop-and-stick onto foam; lateral bounds with a PT perturbation at landing; single-leg squats on the BOSU
            """,
            ["S83.511D"], [PT("97112", 17)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Calcasieu Sulphur insulator, lifts matched to the heavy job (floor-to-waist, waist-to-shoulder, carry, in pounds against the job analysis); crate lifts and bundle carries up the platform; lumbar strain below heavy work; 25 matches: passes.
        ["v5-h82-calcasieu-lifts-matched-to-the-job"] = new(
            """
            CALCASIEU INDUSTRIAL REHAB & WORK CONDITIONING · Sulphur
            Claimant: Curtis M. · insulator (turnaround) · DOI 09/22/2025 — lumbar strain carrying insulation bundles up the scaffold stairs
            Matching the job (heavy, per the job analysis):
              floor → waist      55 lb x 5   (job 75 lb occasional)
              waist → shoulder   35 lb x 5   (job 50 lb occasional)
              two-handed carry   45 lb x 100 ft x 3   (job 50 lb, 150 ft)
            97530 — 25 min: crate lifts at the three heights with hinge and squat cues; bundle carries up the four-step platform and back down
            Finding: lumbar strain — lifting capacity still below the heavy job; the low back fatigues first on the carries
            """,
            ["S39.012D"], [PT("97530", 25)], []),

        // Siouxland Sioux City OT press-brake crush with a 3rd MC fracture: Jamar position 2 in three trials and key pinch; putty, pinches, band extension, wrist curls with doses; grip and pinch weakness; 18 matches: passes.
        ["v5-h82-siouxland-ot-jamar-three-trials"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Sioux City · OT / hand
            WC · metal fab shop · R hand crushed under a press-brake die · 3rd MC shaft fx, pinned, pins out
            • Jamar, position 2, three trials: R 38 / 41 / 40 lb · L 92 lb. Key pinch R 9 lb, L 19 lb.
            • OT 97110 — 18 min
              • green putty: gross grip and roll 3 x 15; tip pinches 2 x 10 each finger
              • finger extension against a rubber band 3 x 15; wrist curls 2 lb 3 x 12
            • Deficit: R grip and pinch weakness after the crush and the metacarpal fracture
            """,
            ["S62.322D", "S67.21XD"], [OT("97110", 18)], []),

        // Queens Flushing nail-salon tech: NDI beside CCFT stage and JPE; "1:1 PT/pt throughout the NMR"; CCF with biofeedback and head-lift holds, laser relocation, ball-seated rhythmic stabilization; DNF recruitment and proprioception; 20 matches: passes.
        ["v5-h82-queens-ndi-ccft-stage-and-jpe"] = new(
            """
            QUEENS BOULEVARD REHABILITATION PT, P.C. — Flushing
            NO-FAULT · DOA 11/08/2025 · Claim # 58-3364-19
            Pt is a 33 y/o F nail-salon tech, driver, rear-ended on Northern Blvd. Neck pain from bending over clients all day; headaches by evening.
            1:1 PT/pt throughout the NMR; no other pt treated.
            (97112) NMR x 20 mins:
             - craniocervical flexion with pressure biofeedback, then head-lift holds
             - head relocation to the laser target, eyes closed, both directions
             - seated on the ball, rhythmic stabilization at the head and shoulders
            Findings: DNF motor recruitment and cervical proprioception deficit
            NDI 28% (44% at IE); CCFT 26 mmHg x 10 s held 6 reps (stage 3 of 5); JPE after R rot 4.3° (6.9° at IE)
            """,
            ["S13.4XXD", "G44.309"], [PT("97112", 20)], []),

        // Polk Auburndale rollover concussion and whiplash: sharpened Romberg eyes open and closed and tandem steps; "one-to-one throughout the NMR (97112, 19 minutes)"; foam head nods, head-turn tandem, stepping gaze work; postural instability and vestibulo-ocular deficit; passes.
        ["v5-h82-polk-sharpened-romberg-and-tandem"] = new(
            """
            POLK AUTO INJURY & REHABILITATION — Auburndale
            RE: Devon P. · Date of loss 01/11/2026 · PIP · concussion and whiplash — rollover on SR-60
            Treatment was one-to-one throughout the NMR (97112, 19 minutes); I saw no one else during it.
            Work today: standing on foam, eyes closed, with head nods; tandem walking on a line with head turns; gaze stabilization with a letter card while stepping in place
            Deficit: post-concussive postural instability and vestibulo-ocular deficit
            Sharpened Romberg: 30 s eyes open, 12 s eyes closed (4 s at evaluation); tandem walk 14 steps without a step-off
            """,
            ["S06.0X0D", "S13.4XXD"], [PT("97112", 19)], []),

        // Kern Wasco shaker operator: modified Oswestry beside SLR degrees and five-times sit-to-stand seconds; press-ups, sliders, bridges, wall squats with doses; S1 radiculopathy with trunk and hip weakness and a harvest-seat goal; 15 matches: passes.
        ["v5-h82-kern-oswestry-slr-and-five-times-sts"] = new(
            """
            KERN VALLEY INDUSTRIAL REHAB · Wasco · Daily Treatment Record (WC)
            CLAIM: 26-KV-03889 · almond orchard, shaker operator · L5-S1 disc with R S1 radiculopathy · PTP: Dr. Lin
            OBJECTIVE FINDINGS: modified Oswestry 34% (52% at IE); SLR R 55° with calf tingling, L 80°; five-times sit-to-stand 11.2 s
            TREATMENT RENDERED: 97110 therapeutic exercise — 15 min
              - prone press-ups 2 x 10; supine sciatic nerve sliders 2 x 10; bridges 3 x 12; wall squats 3 x 10
            ASSESSMENT: R S1 radiculopathy with trunk and hip weakness; goal: sit the shaker seat through a harvest shift
            """,
            ["M51.17"], [PT("97110", 15)], []),

        // Siouxland Denison OT after a digital nerve repair: static two-point discrimination in mm and monofilaments; "Treated one-to-one by the OT … the interpreter was the only other person"; moving and constant touch re-education, coins and beans in rice; protective and discriminative sensation; 19 matches: passes.
        ["v5-h82-siouxland-ot-two-point-discrimination"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Denison · OT / hand
            WC · pork plant, loin boning · L thumb and index crushed in a loin puller; digital nerve repair · Spanish interpreter in the room
            Treated one-to-one by the OT for the entire 97112; the interpreter was the only other person in the room.
            • 97112 — 19 min: sensory re-education
              • moving and constant touch with the eraser end, eyes closed → open → closed
              • picking coins and beans out of rice without looking, naming each
            • Deficit: decreased protective and discriminative sensation of the L thumb and index finger after the nerve repair
            • Static 2-point discrimination: thumb ulnar side 8 mm (15 mm at eval), index radial side 10 mm; Semmes-Weinstein 3.61 on both
            """,
            ["S67.02XD", "S67.191D"], [OT("97112", 19)], []),

        // Queens Jamaica custodian sideswiped on the Belt Pkwy: AROM pre → post in degrees and IR behind the back by vertebral level; GH glides by grade, scapular mobilization, STM; L GH capsular hypomobility; 13 matches: passes.
        ["v5-h82-queens-arom-pre-post-degrees-97140"] = new(
            """
            QUEENS BOULEVARD REHABILITATION PT, P.C. — Jamaica
            NO-FAULT · DOA 01/02/2026 · Claim # 09-7714-56
            Pt is a 45 y/o M school custodian, driver, sideswiped on the Belt Pkwy; L shoulder struck the door. C/o L shoulder pain reaching overhead to the top shelf and into his back pocket.
            (97140) Manual therapy x 13 mins: GH inferior and posterior glides gr III; scapular mobilization in sidelying; STM L infraspinatus and teres minor
            ROM L shoulder (AROM, pre → post): flexion 128° → 142°; abduction 110° → 126°; IR behind the back L3 → L1
            Findings: L GH capsular hypomobility with posterior cuff guarding
            """,
            ["S43.422D", "M25.612"], [PT("97140", 13)], []),

        // Polk Lakeland PTA gait after a bimalleolar ORIF: distance, curb and flights with the cane, assistance levels (CGA, SBA, min assist at the first visit); shortened stance and no push-off; 14 matches: passes.
        ["v5-h82-polk-pta-gait-distance-and-assist"] = new(
            """
            POLK AUTO INJURY & REHABILITATION — Lakeland
            RE: Harold V. · Date of loss 11/20/2025 · PIP, then MedPay · R ankle fracture (bimalleolar, ORIF) when his car was pushed into a light pole on South Florida Ave
            PTA note.
            Gait training (97116), 14 minutes: rolling walker → straight cane on the clinic floor, 3 x 150 ft; the parking-lot asphalt and the curb at the entrance x 4; 2 flights of 12 steps with one rail and the cane
            Assistance: CGA on the curb, SBA on level ground (min assist at his first visit)
            Gait deviation: shortened R stance and no push-off after the fracture; cued heel-toe
            """,
            ["S82.841D"], [PTA("97116", 14)], []),

        // Polk letter to the adjuster: one-to-one stated, relocation, rhythmic stabilization, foam head turns, cervical position sense and postural control named — "She is moving her neck more freely and reports less stiffness", no number but the code's: measure missing.
        ["v5-h82-polk-letter-moving-more-freely"] = new(
            """
            POLK AUTO INJURY & REHABILITATION — Lakeland
            Dear Mr. Whitfield (adjuster),
            This letter updates you on your insured's care at our clinic. Ms. Ellison continues neuromuscular re-education (97112) with me one-to-one — I treat no other patient while she is here. We are working on head-neck relocation to a target with her eyes closed, rhythmic stabilization of the neck in sitting, and standing on the foam pad while she turns her head.
            The problem we are treating is impaired cervical position sense and postural control since the collision; she loses her footing turning quickly at the copier.
            She is moving her neck more freely and reports less stiffness. We recommend continuing as planned.
            Sincerely,
            Polk Auto Injury & Rehabilitation
            """,
            ["S13.4XXD"], [PT("97112", 21)], [At(Measure, "97112")]),

        // Kern Shafter "OBJECTIVE FINDINGS: improved; less valgus on the step-downs; steadier on the Airex": one-to-one stated; Airex perturbations, step-downs to foam, hops; R knee neuromuscular control — no number but the code's: measure missing.
        ["v5-h82-kern-objective-findings-improved"] = new(
            """
            KERN VALLEY INDUSTRIAL REHAB · Shafter · Daily Treatment Record (WC)
            SUBJECTIVE COMPLAINTS: IW says the knee feels more solid on the forklift step.
            TREATMENT RENDERED: 97112 neuromuscular re-education — 20 min, one-to-one with the PT; no other IW treated in those minutes
              - single-leg stance on the Airex with PT perturbations; step-downs onto foam; lateral hops, stick the landing
            OBJECTIVE FINDINGS: improved; less valgus on the step-downs; steadier on the Airex
            ASSESSMENT: R knee neuromuscular control after the meniscus repair — improving
            """,
            ["S83.241D"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Calcasieu Jennings bag stacker: pallet-to-stack lifts with a hinge, carries across the gym, top-row stacking from the step; lumbar strain bending through the back — "Lifting looks smoother than last week", no count, load, distance or number but the code's: measure missing.
        ["v5-h82-calcasieu-lifting-looks-smoother"] = new(
            """
            CALCASIEU INDUSTRIAL REHAB & WORK CONDITIONING · Jennings
            Claimant working toward the rice mill's bag-stacking demands.
            97530 — 22 min
              • bag lifts from the pallet to the chest-high stack with a hinge; carries across the gym and back; stacking onto the top row from the step
            Finding: lumbar strain — he bends through the low back instead of the hips and tires on the carries
            Lifting looks smoother than last week; carried the bag farther before setting it down.
            """,
            ["S39.012D"], [PT("97530", 22)], [At(Measure, "97530")]),

        // Siouxland Storm Lake OT: putty, rubber-band extension, light-dumbbell curls, tendon glides for R hand grip weakness and stiffness after the crush — "Grip feels stronger to him", no dose or number but the code's: measure missing.
        ["v5-h82-siouxland-ot-grip-feels-stronger"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Storm Lake · OT / hand
            WC · turkey plant, evisceration line · R hand crush · transitional duty in the glove room
            • OT 97110 — 16 min: putty gripping and rolling; finger extension against a rubber band; wrist curls and reverse curls with a light dumbbell; tendon glides
            • Deficit: R hand grip weakness and stiffness after the crush
            • Grip feels stronger to him; closing the hand more fully than last week.
            """,
            ["S67.21XD"], [OT("97110", 16)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Queens Forest Hills doorman: "(97110) Ther ex x 16 mins" and "(97140) Manual therapy x 10 mins" (both match); tilts, bridges, bird dog, package sit-to-stands; lumbar PAs and STM; spasm, L4-5 hypomobility and core weakness with a lifting goal: passes.
        ["v6-h82-queens-x-mins-after-each-code"] = new(
            """
            QUEENS BOULEVARD REHABILITATION PT, P.C. — Forest Hills
            NO-FAULT · DOA 12/19/2025 · Claim # 26-6610-84 · Atty: Feldman & Ruiz, LLP
            Pt is a 50 y/o M doorman, driver, rear-ended on Woodhaven Blvd. C/o low back pain standing a full shift at the door; can't bend to pick up packages without pain.
            (97110) Ther ex x 16 mins — pelvic tilts 2 x 15, bridges 3 x 12, bird dog 3 x 8 each, sit-to-stand holding a 10-lb package 3 x 10
            (97140) Manual therapy x 10 mins — L4-5 and L5-S1 central PA gr III; STM B/L lumbar paraspinals
            Findings: lumbar flexion 50% limited with B/L paraspinal spasm, L4-5 hypomobile; core weakness — goal: bend and lift packages at work
            """,
            ["S33.5XXD", "S39.012D"], [PT("97110", 16), PT("97140", 10)], []),

        // Kern Stockdale Hwy bin-dumper operator, dotted-leader list "97112 … 22 min (one-to-one, treating PT only)" and "97530 … 16 min" (both match); Airex perturbations, BAPS, platform step-downs; platform climbs, bin pushes, squat reaches; L ankle proprioception; seconds and counts: passes.
        ["v6-h82-kern-dotted-leader-two-codes"] = new(
            """
            KERN VALLEY INDUSTRIAL REHAB · Stockdale Hwy office · Daily Treatment Record (WC)
            CLAIM: 26-KV-04512 · DOI 01/06/2026 · citrus packing house, bin-dumper operator · L ankle — stepped off the dumper platform · PTP: Dr. Sandhu
            TREATMENT RENDERED:
              97112 neuromuscular re-education ........ 22 min  (one-to-one, treating PT only)
              97530 therapeutic activities ............ 16 min
            97112: SLS on the Airex with perturbations; BAPS level 4 standing; stepping down off the 18-in. platform onto foam, eyes up
            97530: climbing on and off the dumper-platform mock-up x 10; pushing and pulling a loaded bin 6 x 30 ft; squat-to-reach under the platform x 12
            OBJECTIVE FINDINGS: SLS eyes closed L 8 s / R 25 s; platform step-downs 10 of 10 without a loss of balance
            ASSESSMENT: L ankle proprioception and postural control impaired after the sprain; can't yet work on and off the platform
            """,
            ["S93.402D"], [PT("97112", 22), PT("97530", 16)], []),

        // Calcasieu Lake Charles riverboat casino dealer, clock times with a colon ("97112 9:10–9:33 a.m." = 23, "97110 9:33–9:47 a.m." = 14, both match), PT with claimant only; foam gaze work with dealing reaches; wrist strengthening with doses; vestibulo-ocular deficit and wrist weakness; DGI and grip: passes.
        ["v6-h82-calcasieu-clock-times-with-a-colon"] = new(
            """
            CALCASIEU INDUSTRIAL REHAB & WORK CONDITIONING · Lake Charles
            Claimant: Evangeline R. · riverboat casino dealer · DOI 11/02/2025 — slipped in a wet service corridor, fell onto the outstretched R wrist and struck her head (concussion)
            97112   9:10–9:33 a.m.   PT with claimant only, no one else treated
              • gaze stabilization with a card at arm's length, standing on foam; dealing reaches across the table while turning the head to call the cards
            97110   9:33–9:47 a.m.
              • wrist flexion / extension 2 lb 3 x 12; pronation / supination with a hammer 3 x 10; putty grip 3 x 15
            Findings: post-concussive vestibulo-ocular deficit (the cards blur when she turns to the far end of the table); R wrist weakness after the sprain
            DGI 20/24; grip R 41 lb / L 58 lb
            """,
            ["S06.0X0D", "S63.501D"], [PT("97112", 23), PT("97110", 14)], []),

        // Polk progress summary to the PIP adjuster: "23 minutes of neuromuscular re-education (97112), one-to-one with me throughout, and 12 minutes of therapeutic exercise (97110)" (both match); relocation, rhythmic stabilization, foam head turns; chin tucks, rows, extension with doses; position sense and postural weakness; JPE: passes.
        ["v6-h82-polk-progress-summary-sentence"] = new(
            """
            POLK AUTO INJURY & REHABILITATION — Lakeland
            Progress summary for the file (copy to Ms. Ocampo, PIP adjuster)
            Mr. Reyes's visit today included 23 minutes of neuromuscular re-education (97112), one-to-one with me throughout, and 12 minutes of therapeutic exercise (97110).
            Neuromuscular re-education: rhythmic stabilization of the neck in sitting; head-neck relocation to a wall target with eyes closed; standing on the foam pad with head turns
            Therapeutic exercise: chin tucks 3 x 10; rows with the green band 3 x 15; thoracic extension over the towel roll 2 x 10
            Deficits: impaired cervical position sense after the rear-end collision, with neck and upper-back postural weakness
            Measures: joint position error 4.8° (7.5° at evaluation); NDI 30%
            """,
            ["S13.4XXD"], [PT("97112", 23), PT("97110", 12)], []),

        // Siouxland South Sioux City reach-truck operator, "Billed: 97530 ×2u (24 min) · 97110 ×1u (11 min)" (both match); case lifts to the forks, cab twists, pallet jack; bird dog, side plank, KB hinge with doses; lumbar strain with core and hip weakness: passes.
        ["v6-h82-siouxland-units-with-minutes"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · South Sioux City, NE
            WC · cold-storage warehouse, reach-truck operator · lumbar strain lifting a dropped case · Nebraska claim
            • Billed: 97530 ×2u (24 min) · 97110 ×1u (11 min)
            • 97530: lifting 35-lb cases from the floor to the reach-truck forks 3 x 8; twisting into the cab and back out x 10; pushing a loaded pallet jack 6 lengths
            • 97110: bird dog 3 x 8; side plank 3 x 20 s each; hip hinge with a 20-lb KB 3 x 10
            • Deficit: lumbar strain — core and hip extensor weakness; lifting and twisting out of the cab provoke it
            """,
            ["S39.012D"], [PT("97530", 24), PT("97110", 11)], []),

        // Kern Arvin irrigator: "97140 manual therapy — in two parts: 6 min before the exercise + 6 min after = 12 min" and "97110 … 15 min" (both match); PAs, SI mobilization, STM; press-ups, rocking, bridges, abduction with doses; segmental hypomobility, QL guarding, hip and trunk weakness; extension degrees: passes.
        ["v6-h82-kern-manual-in-two-parts"] = new(
            """
            KERN VALLEY INDUSTRIAL REHAB · Arvin · Daily Treatment Record (WC)
            CLAIM: 26-KV-04150 · DOI 10/09/2025 · irrigator — slipped in a canal ditch, twisted the low back · PTP: Dr. Ochoa
            TREATMENT RENDERED:
              97140 manual therapy — in two parts: 6 min before the exercise + 6 min after = 12 min
              97110 therapeutic exercise — 15 min
            97140: L3-4 and L4-5 R unilateral PA gr III; R SI mobilization; STM R QL
            97110: prone press-ups 2 x 10; quadruped rocking 2 x 15; bridges 3 x 12; sidelying hip abduction 3 x 12 each
            OBJECTIVE FINDINGS: lumbar extension 10° → 20° after the first MT part; R QL guarding
            ASSESSMENT: lumbar segmental hypomobility with R QL guarding; hip and trunk weakness after the strain
            """,
            ["S39.012D", "S33.5XXD"], [PT("97140", 12), PT("97110", 15)], []),

        // Queens Flushing produce manager, "PT: (97140) … x 11 mins" and "PTA: (97110) … x 16 mins" (both match their lines, one discipline); PAs and STM; chin tucks, prone rows, band ER, wall angels with doses; C6-T2 hypomobility, spasm and weakness with a crate goal; rotation degrees: passes.
        ["v6-h82-queens-pt-and-pta-one-visit"] = new(
            """
            QUEENS BOULEVARD REHABILITATION PT, P.C. — Flushing
            NO-FAULT · DOA 01/09/2026 · Claim # 36-2208-15
            Pt is a 55 y/o M grocery produce manager, driver, T-boned on Kissena Blvd. C/o neck pain and R shoulder-blade pain lifting crates overhead.
            PT: (97140) Manual therapy x 11 mins — C6-7 and T1-2 R unilateral PA gr III; STM R rhomboids and levator
            PTA: (97110) Ther ex x 16 mins — chin tucks 2 x 15; prone rows 2 lb 3 x 12; band ER 3 x 15; wall angels 2 x 10
            Findings: C6-T2 hypomobility R with rhomboid spasm; cx rot R 52° → 63°; scapular and DNF weakness — goal: lift produce crates to the top shelf
            """,
            ["S13.4XXD", "S23.3XXD"], [PT("97140", 11), PTA("97110", 16)], []),

        // Siouxland Sioux City line mechanic, PT then OT one morning: "PT — 97110 — 13 min" and "OT — 97530 — 25 min" each match its own discipline's line; cuff strengthening with doses; mock-conveyor wrench work and toolbox carries with counts; cuff weakness and wrist pain with weak grip: passes.
        ["v6-h82-siouxland-pt-then-ot-one-morning"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Sioux City
            WC · packaging plant, line mechanic · fell from a step stool onto an outstretched R arm — R rotator cuff strain and R wrist sprain
            • PT — 97110 — 13 min: sidelying ER 3 lb 3 x 12; scaption 3 lb 3 x 10; rows with the blue band 3 x 15 · R rotator cuff weakness after the fall
            • OT — 97530 — 25 min: wrench work at the mock conveyor — loosening and tightening 12 bolts at waist and shoulder height; carrying the toolbox 4 x 50 ft · R wrist pain and weak grip when he torques a wrench; goal: full line-mechanic duty
            """,
            ["S46.011D", "S63.501D"], [PT("97110", 13), OT("97530", 25)], []),

        // Calcasieu DeRidder logger's crushed hand (4th and 5th MC fractures), "Skilled timed minutes: 24" for the one timed code, OT 97530 (matches); chainsaw-handle holds, gas-can carries, pull-cord trainer with doses; grip weakness and ring/small-finger stiffness; grip pounds: passes.
        ["v6-h82-calcasieu-skilled-timed-minutes-one-code"] = new(
            """
            CALCASIEU INDUSTRIAL REHAB & WORK CONDITIONING · DeRidder · OT/CHT
            Claimant: Wade S. · logger, chainsaw feller · DOI 10/21/2025 — L hand pinned between two logs; crush with 4th and 5th MC fractures
            Skilled timed minutes: 24
            97530 (OT): chainsaw-handle mock-up — grip and hold at the throttle trigger with a 9-lb weight, 5 x 20 s; carrying a gas can and a bar-oil jug 4 x 100 ft; pull-cord trainer 3 x 10 pulls
            Finding: L grip weakness and stiffness of the ring and small fingers after the crush — can't hold the saw's rear handle or yank the cord
            Grip L 46 lb (R 104 lb)
            """,
            ["S62.325D", "S67.22XD"], [OT("97530", 24)], []),

        // Kern Wasco dairy milker "97112 neuromuscular re-education — 32 min" against a 22-min line: mismatch; otherwise complete (one-to-one; PNF, rhythmic stabilization, eyes-closed ball circles; L shoulder proprioception and dynamic stability; CKCUEST).
        ["v6-h82-kern-nmr-32-against-22"] = new(
            """
            KERN VALLEY INDUSTRIAL REHAB · Wasco · Daily Treatment Record (WC)
            CLAIM: 26-KV-04288 · DOI 12/03/2025 · dairy milker — kicked into the pit rail, L shoulder · PTP: Dr. Lin
            TREATMENT RENDERED: 97112 neuromuscular re-education — 32 min, one-to-one with the treating PT
              - PNF D1 and D2 patterns with manual resistance; rhythmic stabilization at 90°; closed-chain ball circles on the wall, eyes closed
            OBJECTIVE FINDINGS: CKCUEST 17 touches (11 at IE)
            ASSESSMENT: L shoulder proprioception and dynamic stability impaired after the injury
            """,
            ["S46.012D"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // Queens Bronx daycare teacher "(97140) Manual therapy x 25 mins" against a 12-min line: mismatch; suboccipital release, C2-3 PA, STM, upper-cervical hypomobility and rotation degrees complete.
        ["v6-h82-queens-manual-25-against-12"] = new(
            """
            QUEENS BOULEVARD REHABILITATION PT, P.C. — Bronx (Grand Concourse)
            NO-FAULT · DOA 12/27/2025
            Pt is a 31 y/o F daycare teacher, passenger, rear-ended on the Major Deegan. C/o R neck pain when she lifts the toddlers.
            (97140) Manual therapy x 25 mins: suboccipital release; C2-3 R unilateral PA gr III; STM R upper trap and SCM
            Findings: upper-cervical hypomobility on the R with upper trap spasm; cx rot R 55° → 66°
            """,
            ["S13.4XXD"], [PT("97140", 12)], [At(Mismatch, "97140")]),

        // Polk Bartow citrus hauler: 97110 14 matches but "Therapeutic activities (97530), 12 minutes" against a 26-min line: mismatch on 97530; both sections complete (bridges, bird dog, goblet squats; trailer-tongue and bin lifts with loads; lumbar strain with trunk and hip weakness).
        ["v6-h82-polk-ther-act-12-against-26"] = new(
            """
            POLK AUTO INJURY & REHABILITATION — Bartow
            RE: Carlos B. · Date of loss 11/26/2025 · PIP · lumbar strain; rear-ended hauling a trailer of citrus bins
            Therapeutic exercise (97110), 14 minutes: bridges 3 x 12; bird dog 3 x 8 each side; goblet squat with a 20-lb kettlebell 3 x 10
            Therapeutic activities (97530), 12 minutes: hitching practice — lifting the trailer-tongue mock-up (40 lb) from the ground to the hitch 3 x 5; lifting bins from the ground into the truck bed 2 x 8
            Deficit: lumbar strain with trunk and hip weakness; he can't lift the trailer tongue without his back seizing
            """,
            ["S39.012D"], [PT("97110", 14), PT("97530", 26)], [At(Mismatch, "97530")]),

        // Calcasieu Moss Bluff welder helper "Skilled time today: 38 min (ther ex + ther act)" is the only time for two codes: separate time missing; both sections complete (ER, Y's, rows with doses; lead pulls, overhead grinding, ladder climbs with counts; R cuff weakness).
        ["v6-h82-calcasieu-38-minutes-two-codes"] = new(
            """
            CALCASIEU INDUSTRIAL REHAB & WORK CONDITIONING · Moss Bluff
            Claimant: Landry J. · welder helper · DOI 10/05/2025 — R shoulder strain pulling leads up the scaffold
            Skilled time today: 38 min (ther ex + ther act)
            Ther ex: sidelying ER 3 lb 3 x 15; prone Y's 2 x 10; band rows 3 x 15
            Ther act: pulling welding leads hand over hand up the platform x 6; grinding overhead on the mock beam, 4 passes; ladder climbs with the lead over the shoulder x 4
            Finding: R rotator cuff weakness — the shoulder fatigues and hikes pulling and working overhead
            """,
            ["S46.011D"], [PT("97110", 16), PT("97530", 22)], [SepTime]),

        // Siouxland Le Mars tanker unloader: "97110 — 14 min" but the 97140 section has no minutes: separate time missing; both sections complete (ER, scaption, push-up plus with doses and cuff/serratus weakness; glides and STM with capsule tightness and IR degrees).
        ["v6-h82-siouxland-manual-section-unminuted"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Le Mars
            WC · dairy co-op, tanker unloader · L shoulder after slipping off the tanker ladder
            • 97110 — 14 min: sidelying ER 2 lb 3 x 15; scaption 3 x 10; wall push-up plus 3 x 12 · L rotator cuff and serratus weakness
            • 97140: GH posterior glides gr III; STM L infraspinatus and teres minor · L posterior capsule tight; IR at 90° abduction 30° → 42°
            """,
            ["S46.012D"], [PT("97110", 14), PT("97140", 10)], [SepTime]),

        // Kern east Bakersfield parcel unloader "97110 x 1 unit; 97530 x 1 unit" — units, no minutes for either code: separate time missing; both sections complete (core work with doses; box unloading and squat lifts with loads; lumbar strain with core weakness).
        ["v6-h82-kern-units-no-minutes-two-codes"] = new(
            """
            KERN VALLEY INDUSTRIAL REHAB · east Bakersfield (Mt. Vernon Ave) · Daily Treatment Record (WC)
            CLAIM: 26-KV-04333 · DOI 11/14/2025 · Employer: parcel sorting hub, trailer unloader · PTP: Dr. Lin
            TREATMENT RENDERED: 97110 x 1 unit; 97530 x 1 unit
              97110: bridges 3 x 12; bird dog 3 x 8; dead bugs 3 x 10; side plank 3 x 20 s
              97530: unloading 25-lb boxes from a trailer-height shelf to the belt 3 x 10; squat lifts from the floor 2 x 10
            ASSESSMENT: lumbar strain with core weakness; can't yet unload a full trailer
            """,
            ["S39.012D"], [PT("97110", 13), PT("97530", 12)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h82-empty-nmr-and-manual"] = new(
            "",
            ["S13.4XXD"], [PT("97112", 22), PT("97140", 10)], [At(NoteMissing, "97112"), At(NoteMissing, "97140")]),

        // Empty note on a PTA 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h82-empty-pta-97530-no-dx"] = new(
            "",
            [], [PTA("97530", 20)], [At(NoteMissing, "97530"), Dx]),

        // A note of spaces and line breaks only (cells are trimmed) on an OT 97110 with a diagnosis: note missing only.
        ["v7-h82-spaces-only-ot-97110"] = new(
            "   \n   \n ",
            ["S67.21XD"], [OT("97110", 15)], [At(NoteMissing, "97110")]),

        // 97110's meaning at Siouxland: trap-bar deadlifts, hip thrusts, Pallof presses, farmer carries with doses (technique and measure), trunk and hip extensor weakness after a lifting strain with a ham-box goal (deficit); 19 matches: passes.
        ["v7-h82-siouxland-97110-ham-box-lifter"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Denison
            WC · pork plant, ham-boxing line · lumbar strain swinging a 50-lb ham box onto the stack
            • 97110 — 19 min
              • trap-bar deadlift 65 lb 3 x 8; hip thrusts 3 x 12; Pallof press with the cable 3 x 10 each side; farmer carries 2 x 35 lb, 4 x 60 ft
            • Why: trunk and hip extensor weakness after the lumbar strain; goal — stack ham boxes at the line's rate without the back catching
            """,
            ["S39.012D"], [PT("97110", 19)], []),

        // 97530's meaning at Calcasieu: crawling under a pipe-rack mock-up, hand-line pulls of a bucket to the platform, kneel-to-stand with a wrench, with counts and loads (technique and measure), L knee and low back limiting crawling and kneeling (deficit); 23 matches: passes.
        ["v7-h82-calcasieu-97530-pipe-rack-and-hand-line"] = new(
            """
            CALCASIEU INDUSTRIAL REHAB & WORK CONDITIONING · Sulphur
            Claimant: Rhonda C. · refinery maintenance helper · DOI 10/19/2025 — fell on the L knee and twisted the back stepping off a pipe rack
            97530 — 23 min
              • crawling under the pipe-rack mock-up and back out, 6 passes
              • pulling a 20-lb tool bucket up to the platform on a hand line, hand over hand, x 8
              • kneel-to-stand from the low flange with a 6-lb wrench, 2 x 8
            Finding: L knee pain and low back stiffness limit crawling, kneeling and getting back up
            """,
            ["S80.02XD", "S39.012D"], [PT("97530", 23)], []),

        // 97140's meaning at Queens: supine thoracic thrust manipulation T4-6, rib mobilizations, STM (technique), mid-back hypomobility and rib pain after the seat belt (deficit), thoracic rotation degrees (measure); 10 matches: passes.
        ["v7-h82-queens-97140-seat-belt-thoracic"] = new(
            """
            QUEENS BOULEVARD REHABILITATION PT, P.C. — Forest Hills
            NO-FAULT · DOA 01/16/2026 · Claim # 82-4406-13
            Pt is a 60 y/o M retired bus mechanic, driver, T-boned on 108th St; seat belt caught him across the chest. C/o mid-back pain and a sharp R rib pain turning in bed.
            (97140) Manual therapy x 10 mins: supine thoracic thrust manipulation T4-6; R 5th-7th rib posterior mobilizations gr III; STM R rhomboids and thoracic paraspinals
            Findings: T4-6 hypomobility with R costovertebral pain; seated thoracic rotation R 30° → 42°
            """,
            ["S23.3XXD", "S29.012D"], [PT("97140", 10)], []),

        // 97116's meaning at Kern: forearm crutches to one crutch, 4-point to 2-point, gravel and curb, reciprocal stairs with distance and SBA (technique and measure), antalgic gait with no heel strike after the calcaneus fracture (deficit); 16 matches: passes.
        ["v7-h82-kern-97116-calcaneus-crutch-to-one"] = new(
            """
            KERN VALLEY INDUSTRIAL REHAB · Shafter · Daily Treatment Record (WC)
            CLAIM: 26-KV-03590 · DOI 09/04/2025 · carrot harvest crew — fell from the trailer edge, L calcaneus fx, ORIF · PTP: Dr. Sandhu (ortho)
            SUBJECTIVE COMPLAINTS: IW out of the CAM boot into a shoe this week; walks flat-footed and short on the L.
            TREATMENT RENDERED: 97116 gait training — 16 min
              - forearm crutches → one crutch in the R hand, 4-point → 2-point, 3 x 150 ft in the clinic
              - heel-to-toe sequencing cued on the L; the parking-lot gravel and the curb x 4
              - stairs reciprocal with one rail, 12 steps up and down
              - SBA throughout
            ASSESSMENT: antalgic gait — shortened L stance, no heel strike or push-off on the L after the fracture
            """,
            ["S92.002D"], [PT("97116", 16)], []),

        // Generic 97112: "97112 x 20 mins. NMR per POC. Pt tolerated well. Cont per auth." — no technique, deficit, number but its minutes, or one-on-one statement.
        ["v7-h82-generic-nmr-per-auth"] = new(
            "97112 x 20 mins. NMR per POC. Pt tolerated well. Cont per auth.",
            ["S13.4XXD"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic 97110 + 97140 with minutes for each (15 and 10, both match): "Ther ex and manual per POC. Pt reports feeling a little better. Tolerated well." — nothing named for either code.
        ["v7-h82-generic-ther-ex-and-manual"] = new(
            "97110 15 min; 97140 10 min. Ther ex and manual per POC. Pt reports feeling a little better. Tolerated well.",
            ["S39.012D"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Generic letter to the adjuster on a 97530: "continues to attend therapy as scheduled and participates in therapeutic activities … making progress toward his goals" — no activity, deficit or measure named.
        ["v7-h82-generic-adjuster-letter-97530"] = new(
            """
            Dear Ms. Tran,
            Re: your claimant, Mr. Oduya
            Mr. Oduya continues to attend therapy as scheduled and participates in therapeutic activities. He is making progress toward his goals and tolerates treatment well. We recommend that he continue therapy as prescribed.
            Respectfully,
            Siouxland WorkFit Therapy
            """,
            ["S39.012D"], [PT("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Kern Stockdale Hwy pipeline laborer: 97112 20 ("one-to-one by the treating PT; no other IW") and 97530 15 match; rhythmic stabilization, half-kneel perturbations, hinge drill; skid-board carries, lifts, shoveling with loads; motor control with L5 symptoms; SLS and hinge count: passes.
        ["vord-h82-kern-laborer-nmr-and-ther-act"] = new(
            """
            KERN VALLEY INDUSTRIAL REHAB · Stockdale Hwy office · Daily Treatment Record (WC)
            CLAIM: 26-KV-04577 · DOI 01/12/2026 · pipeline crew laborer — lumbar strain with R leg radiculopathy lifting a skid · PTP: Dr. Ochoa
            SUBJECTIVE COMPLAINTS: IW reports the R leg tingling now comes only after the long drive to the yard; still can't carry the skid boards.
            TREATMENT RENDERED:
              97112 neuromuscular re-education — 20 min, one-to-one by the treating PT; no other IW in those minutes
              97530 therapeutic activities — 15 min
            97112: quadruped rhythmic stabilization; half-kneeling on foam with perturbations; hip-hinge motor-control drill with the dowel
            97530: carrying skid boards (35 lb) 4 x 60 ft; lifting from the ground to a trailer-height table 3 x 8; shoveling sand into a bucket 3 x 10
            OBJECTIVE FINDINGS: SLS R 20 s / L 28 s; hinge kept neutral on 9 of 10
            ASSESSMENT: lumbopelvic motor control deficit with R L5 radicular symptoms; lifting and carrying below the laborer job
            WORK STATUS: modified — 35 lb max
            """,
            ["S39.012D", "M54.16"], [PT("97112", 20), PT("97530", 15)], []),

        // Kern Shafter PTA, potato-shed sack sewer: UBE revolutions, ER, horizontal abduction, scaption, sleeper stretch with doses; cuff and scapular weakness with impingement and a sack-line goal; 19 matches: passes.
        ["vord-h82-kern-pta-sack-sewer-97110"] = new(
            """
            KERN VALLEY INDUSTRIAL REHAB · Shafter · PTA Daily Treatment Record (WC)
            CLAIM: 26-KV-03733 · potato shed, sack sewer · R shoulder impingement from the overhead sack line · PTP: Dr. Sandhu
            TREATMENT RENDERED: 97110 therapeutic exercise — 19 min
              - UBE level 3, 120 revolutions forward and 120 back
              - sidelying ER 3 lb 3 x 15; prone horizontal abduction 2 lb 3 x 12; scaption to 90° 3 lb 3 x 10; sleeper stretch 3 x 30 s
            ASSESSMENT: R rotator cuff and scapular stabilizer weakness with impingement; goal: work the sack line at chest height by next month
            """,
            ["M75.41"], [PTA("97110", 19)], []),

        // Queens Forest Hills bank teller, three codes: 97112 18 ("1:1, PT and pt only"), 97110 12 and 97140 10 all match; relocation, foam gaze work, rhythmic stabilization; chin tucks, rows, retraction with doses; suboccipital release and PAs; proprioception, weakness, hypomobility; JPE and rotation: passes.
        ["vord-h82-queens-teller-three-codes"] = new(
            """
            QUEENS BOULEVARD REHABILITATION PT, P.C. — Forest Hills
            NO-FAULT · DOA 12/16/2025 · Claim # 48-1157-90 · Atty: Kaplan & Osei, LLP
            Pt is a 44 y/o F bank teller, driver, rear-ended at a light on Yellowstone Blvd. C/o neck pain and stiffness, headaches at the end of the day, dizzy turning quickly.
            (97112) NMR x 18 mins — 1:1, PT and pt only: head relocation to the laser target eyes closed; gaze stabilization with head turns standing on foam; rhythmic stabilization at the head in sitting
            (97110) Ther ex x 12 mins — chin tucks 3 x 10; band rows 3 x 15; scapular retraction with ER 2 x 15
            (97140) Manual therapy x 10 mins — suboccipital release; C2-3 and C3-4 L unilateral PA gr III
            Findings: impaired cervical proprioception (JPE after L rot 5.6°); DNF and scapular weakness; upper-cervical hypomobility L, cx rot L 58° → 67°
            """,
            ["S13.4XXD", "G44.309"], [PT("97112", 18), PT("97110", 12), PT("97140", 10)], []),

        // Queens Jamaica rideshare passenger with a concussion on the Grand Central: "Pt treated 1:1 by the PT for the full 97112"; VOR x1 to foam, arriving-train video habituation, head-turn walks; vestibulo-ocular deficit and visual motion sensitivity; DVA and foam seconds; 21 matches: passes.
        ["vord-h82-queens-rideshare-concussion-nmr"] = new(
            """
            QUEENS BOULEVARD REHABILITATION PT, P.C. — Jamaica
            NO-FAULT · DOA 11/21/2025 · Claim # 70-0428-36
            Pt is a 27 y/o F nursing student, rear-seat rideshare passenger, T-boned on the Grand Central Pkwy; struck her head on the window, + brief LOC. C/o headaches reading; dizzy on the subway platform as trains come in.
            Pt treated 1:1 by the PT for the full 97112.
            (97112) NMR x 21 mins: VOR x1 with the letter card, seated → standing on foam; habituation to a video of an arriving train on the monitor; walking the hall with head turns
            Findings: post-concussive vestibulo-ocular deficit and visual motion sensitivity; DVA 3 lines lost (5 at IE); foam stance eyes closed 15 s
            """,
            ["S06.0X1D", "F07.81"], [PT("97112", 21)], []),

        // Polk Auburndale overnight stocker under an LOP: 97110 15 and 97140 12 match; press-ups, bridges, bird dog, case squats with doses; PAs and STM; L4-5 hypomobility, guarding, core and hip weakness; flexion degrees: passes.
        ["vord-h82-polk-stocker-te-and-mt"] = new(
            """
            POLK AUTO INJURY & REHABILITATION — Auburndale
            RE: Nathan E. · Date of loss 12/22/2025 · PIP; letter of protection with his attorney on file
            Mr. E. stocks shelves overnight; he was rear-ended on US-92 driving home at dawn. Low back pain bending to the bottom shelf, better walking.
            Therapeutic exercise (97110), 15 minutes: prone press-ups 2 x 10; bridges 3 x 12; bird dog 3 x 8 each side; squats to a chair holding a 15-lb case 3 x 10
            Manual therapy (97140), 12 minutes: L4-5 and L5-S1 central PA grade III; soft-tissue mobilization to the lumbar paraspinals on both sides
            Findings: L4-5 hypomobility with paraspinal guarding; lumbar flexion 45° → 60° after the manual work; core and hip extensor weakness
            """,
            ["S39.012D", "S33.5XXD"], [PT("97110", 15), PT("97140", 12)], []),

        // Polk Lakeland cervicogenic dizziness with a patient-drawn pain diagram: "I had her one-to-one, no one else on my schedule, for all of the neuromuscular re-education (97112), 22 minutes"; trunk-on-head rotation, relocation, pursuit with the trunk turned; proprioceptive deficit; JPE and rotation: passes.
        ["vord-h82-polk-pain-diagram-cervicogenic-dizziness"] = new(
            """
            POLK AUTO INJURY & REHABILITATION — Lakeland
            RE: Imani G. · Date of loss 01/06/2026 · PIP · cervicogenic dizziness after a rear-end on Lakeland Hills Blvd
            Pain diagram (her own shading): back of the neck into the base of the skull on both sides; no marks in the arms.
            I had her one-to-one, no one else on my schedule, for all of the neuromuscular re-education (97112), 22 minutes.
            Trunk-on-head rotation sitting on a stool with her eyes on the target; head-neck relocation with eyes closed; smooth-pursuit tracking with the trunk turned 45° each way
            Deficit: cervical proprioceptive deficit with neck-driven unsteadiness
            Joint position error 4.9° (8.1° at evaluation); rotation L 64°, R 70°
            """,
            ["S13.4XXD", "M54.2"], [PT("97112", 22)], []),

        // Calcasieu Sulphur scaffold builder in work conditioning: 97110 18 and 97530 30 match; trap-bar deadlift, goblet squats, planks with loads and doses; plank carries up the platform, overhead tube passing, a mock bay; lumbar strain below heavy work; trips and tubes: passes.
        ["vord-h82-calcasieu-scaffold-builder-te-and-ta"] = new(
            """
            CALCASIEU INDUSTRIAL REHAB & WORK CONDITIONING · Sulphur
            Claimant: Blaine T. · scaffold builder · DOI 08/29/2025 — lumbar strain with L leg symptoms lifting a plank off a trailer
            Form 1010 approved 12 more visits; NCM K. Guidry aware the FCE is next month. RTW target per the job analysis: heavy.
            97110 — 18 min
              • trap-bar deadlift 95 lb 3 x 6; goblet squats 35 lb 3 x 10; side planks 3 x 30 s; bird dogs 3 x 10
            97530 — 30 min
              • scaffold plank carries (25 lb) up the four-step platform, 10 trips; passing 21-ft tubes hand over hand overhead, 12 tubes; building a two-level mock bay and breaking it down
            Finding: lumbar strain — trunk endurance and lift capacity below heavy work; L leg tingling after long overhead passing
            Today: 10 of 10 plank trips; overhead passing through all 12 tubes without leg symptoms
            """,
            ["S39.012D", "M54.42"], [PT("97110", 18), PT("97530", 30)], []),

        // Calcasieu Lake Charles loading-arm operator struck by a hose coupling, "Treatment format: ☒ One-on-one (PT with claimant only)"; grating-over-foam gaze work, stair look-ups, foam head nods; vestibular hypofunction after the concussion; DGI and seconds; 20 matches: passes.
        ["vord-h82-calcasieu-hose-coupling-concussion"] = new(
            """
            CALCASIEU INDUSTRIAL REHAB & WORK CONDITIONING · Lake Charles
            Claimant: Marcel D. · LNG terminal, loading-arm operator · DOI 11/27/2025 — struck on the hard hat by a swinging hose coupling; concussion
            Treatment format:  ☒ One-on-one (PT with claimant only)   ☐ Supervised conditioning   ☐ Group
            97112 — 20 min
              • gaze stabilization with head turns standing on the grating panel over foam
              • walking the clinic stairs looking up to a target at the top, as on the loading platform
              • standing on foam, eyes closed, head nods
            Finding: post-concussive vestibular hypofunction — sways and gets queasy looking up at the loading arm
            DGI 19/24 (15/24 at eval); foam EC 13 s
            """,
            ["S06.0X0D", "F07.81"], [PT("97112", 20)], []),

        // Siouxland Sioux City OT mold-press crush: scar mobilization, MCP flexion glides by grade, retrograde massage; MCP stiffness and scar adhesion; MCP degrees and circumference; 14 matches: passes.
        ["vord-h82-siouxland-ot-mold-press-97140"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Sioux City · OT / hand
            WC · plastics plant, mold operator · R hand crushed in the mold press · healed 3rd and 4th MC shaft fractures
            • OT 97140 — 14 min: scar mobilization over the dorsal incision; MCP flexion glides gr III at the 3rd and 4th; retrograde massage for edema
            • Deficit: MCP flexion stiffness and dorsal scar adhesion after the crush
            • Active MCP flexion 3rd 58° → 66°, 4th 55° → 63°; figure-8 hand circumference down 1 cm from last visit
            """,
            ["S62.322D", "S62.324D"], [OT("97140", 14)], []),

        // Siouxland Storm Lake PTA egg-plant loader: leg press, step-ups, TKE, curls with loads and doses; quad and hamstring weakness after the ACL sprain with a forklift goal; 17 matches: passes.
        ["vord-h82-siouxland-pta-knee-97110"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Storm Lake · PTA
            WC · egg-processing plant, forklift loader · L knee: ACL sprain stepping off the dock · transitional duty
            • 97110 — 17 min: leg press 3 x 12 at 110 lb; step-ups onto a 10-in. box 3 x 10; TKE with the black band 3 x 15; hamstring curls 3 x 12
            • Deficit: L quadriceps and hamstring weakness after the ACL sprain; goal: climb on and off the forklift without the knee giving
            """,
            ["S83.512D"], [PTA("97110", 17)], []),

        // Kern Stockdale Hwy OT citrus sorter caught in the bin tipper: fruit sorting from a moving tray, carton lifts and stacking, carton taping with counts; L hand weakness and dexterity; grip and drops; 20 matches: passes.
        ["vord-h82-kern-ot-bin-tipper-sorter-97530"] = new(
            """
            KERN VALLEY INDUSTRIAL REHAB · Stockdale Hwy office · OT Daily Treatment Record (WC)
            CLAIM: 26-KV-04204 · DOI 11/20/2025 · citrus packing house, sorter — L hand caught in the bin tipper; crush, no fracture · PTP: Dr. Sandhu
            TREATMENT RENDERED: OT 97530 therapeutic activities — 20 min
              - sorting fruit from a moving-tray mock-up into three bins, both hands, 3 rounds of 60 pieces
              - lifting and stacking 20-lb cartons to chest height, 2 x 10
              - folding and taping cartons, 15
            OBJECTIVE FINDINGS: grip L 42 lb (R 70 lb); sorted 60 of 60 without a drop (12 drops at IE)
            ASSESSMENT: L hand weakness and reduced dexterity after the crush; can't keep the sorting line's pace
            """,
            ["S67.22XD"], [OT("97530", 20)], []),

        // Queens Flushing line cook: complete 97112 (1:1 stated; laser relocation, ball-seated rhythmic stabilization, upward gaze work; cervical proprioception deficit; JPE) sent with no diagnosis.
        ["vord-h82-queens-line-cook-no-diagnosis"] = new(
            """
            QUEENS BOULEVARD REHABILITATION PT, P.C. — Flushing
            NO-FAULT · DOA 12/09/2025
            Pt is a 38 y/o M line cook, driver, rear-ended on College Point Blvd. C/o neck pain; can't look up at the order rail.
            1:1 PT/pt for the 97112.
            (97112) NMR x 19 mins: head relocation to the laser target eyes closed; rhythmic stabilization seated on the ball; gaze stabilization looking up
            Findings: cervical proprioception deficit s/p whiplash; JPE after extension 5.9°
            """,
            [], [PT("97112", 19)], [Dx]),

        // Polk Bartow bus aide: complete 97110 (chin tucks, AROM, band rows, wall angels with doses; neck stiffness and postural weakness with a goal) with the ICD-9 code 847.0 as its diagnosis: not well formed.
        ["vord-h82-polk-icd9-847-0"] = new(
            """
            POLK AUTO INJURY & REHABILITATION — Bartow
            RE: Lorraine H. · Date of loss 01/15/2026 · PIP
            Ms. H. is a school-bus aide, rear-ended in her own car at a light on Main St; neck stiffness turning to watch the children.
            Therapeutic exercise (97110), 16 minutes: chin tucks 3 x 10 with a 5-s hold; cervical rotation AROM 2 x 10 each way; band rows 3 x 15; wall angels 2 x 10
            Purpose: neck stiffness and postural weakness after the collision; goal — turn to watch the bus aisle without pain
            """,
            ["847.0"], [PT("97110", 16)], [Dx]),

        // Generic two-code note with a shared total ("exercise and manual, 36 min total"): no technique, deficit or measure for either code, no minutes for each.
        ["vord-h82-kern-generic-two-codes-total"] = new(
            """
            KERN VALLEY INDUSTRIAL REHAB · Arvin · Daily Treatment Record (WC)
            TREATMENT RENDERED: exercise and manual, 36 min total. IW tolerated tx. Continue per RFA.
            """,
            ["S39.012D"], [PT("97110", 24), PT("97140", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // Calcasieu DeRidder PTA "97116 — 25 min" against a 12-min PTA line: mismatch; gravel-lot crutch-to-no-device gait, stairs, uneven mat with distance and SBA, antalgic gait after a calcaneus fracture complete.
        ["vord-h82-calcasieu-pta-gait-25-against-12"] = new(
            """
            CALCASIEU INDUSTRIAL REHAB & WORK CONDITIONING · DeRidder · PTA
            Claimant: Ellis W. · sawmill, log deck · DOI 09/26/2025 — L calcaneus fx in a fall from the log deck · ORIF
            97116 — 25 min: walking the gravel lot with one crutch → no device, 4 x 150 ft; stairs reciprocal, 12 steps with a rail; the uneven-ground mat; SBA
            Finding: antalgic gait after the calcaneus fracture — short L stance, no push-off
            """,
            ["S92.002D"], [PTA("97116", 12)], [At(Mismatch, "97116")]),

        // Siouxland Denison OT "OT 97530 — 30 min" against a 19-min OT line: mismatch; vacuum-packer loading and box folding with counts, grip weakness and slow dexterity complete.
        ["vord-h82-siouxland-ot-30-against-19"] = new(
            """
            SIOUXLAND WORKFIT THERAPY · Denison · OT / hand
            WC · pork plant, packing · R hand crush
            • OT 97530 — 30 min: vacuum-packer loading mock-up, placing loins into bags and onto the belt, 40 pieces; box folding, 15
            • Deficit: R grip weakness and slow dexterity after the crush
            • 40 of 40 placed without a drop; grip R 52 lb
            """,
            ["S67.21XD"], [OT("97530", 19)], [At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
