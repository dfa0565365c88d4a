using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The forty-fifth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to measure the ordinary middle of the market: a random week of plain, everyday notes from
/// the Pacific coast, in the proportions a billing manager sees them — about two thirds to three quarters
/// ordinary and complete, single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a
/// visit), by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>a large integrated health plan's outpatient rehabilitation department in California ("Pacific Crest
/// Health": Richmond, Oakland, Fremont, Hayward, San Leandro, Walnut Creek, Antioch, Vallejo, Santa Rosa, Santa
/// Clara, Sacramento (Point West), Roseville, Fontana, Riverside, Baldwin Park, Downey, Panorama City) whose
/// therapists chart short daily notes in standardized smart-text: "PT RETURN VISIT (BRIEF)" / "OT RETURN VISIT
/// (BRIEF)", capitalised fields "TX DELIVERY:", "SERVICE TYPE: Individual (not group/concurrent)", "IMPAIRMENT:",
/// "OUTCOME:", "RESPONSE: No adverse response.", "PLAN: Cont per POC.", a "Pt treated 1:1 for all timed codes?
/// [Y]" smart-list, ☐ / ☑ / ☒ delivery, outcome and assistance boxes, "TIMED SERVICES: CPT 97110 = 15 min; …",
/// a Total Joint Class and a FallProof! class, an ADL kitchen shared by two OT patients;</item>
/// <item>a Portland private practice of orthopaedic manual therapists ("Alder &amp; Vine Orthopedic Manual
/// Therapy": Sellwood, Hawthorne, St. Johns, Pearl District, Alberta Arts, Division St, Montavilla, Woodstock,
/// Beaverton, Gresham) in manual-therapy shorthand: "C/S:" (comparable sign), "P!" for pain, "ø" for none, "Rx:",
/// "Reassess:", Maitland asterisk signs before and after, grades "gr IV−", "gr III+", Mulligan weight-bearing
/// MWM and SNAGs, sleeper-position MWM, DNS and real-time-ultrasound motor control, a laser head-relocation
/// drill, "MT 12 mins | TE 15 mins", a TMJ and an SI joint; bike commutes, Forest Park trail runs, Cathedral Park,
/// the Ross Island Bridge, lap swimming;</item>
/// <item>a Seattle hospital's vestibular and concussion clinic and its outpatient neuro rehab ("Puget Sound
/// Medical Center", First Hill): "Vestibular Rehab Treatment Note", X1 / X2 viewing, optokinetic stripes, VR
/// goggles with a subway scene, habituation to the MSQ positions, Herdman's gaze-stabilization progression, a
/// head-impulse finding, DVA in logMAR, SOT with the vestibular ratio, VOMS and NPC, a return-to-play stage,
/// PPPD and vestibular migraine, a husband and wife seen in one slot, a PT/OT co-treat; ferries from
/// Bainbridge and Bremerton, the Harbor Steps, Pike Street, Madison St, the light-rail platform;</item>
/// <item>a Central Valley clinic whose PTAs chart for many farmworker and retiree patients ("Valle Central
/// Physical Therapy": Visalia, Tulare, Porterville, Lindsay, Exeter, Delano, Dinuba, Reedley, Selma, Kingsburg,
/// Hanford, Kerman, Fresno, Madera, Merced): "PTA Treatment Note · Supervising PT: …", Spanish and Hmong
/// interpreting (video remote, a bilingual PTA, a nephew, a son), a "stacked" PTA slot, "Delivery: ☑ 1:1 w/ PTA",
/// an impairment row with one box ticked, a surface / done / distance / assist gait grid, TE minutes split into a
/// warm-up and a finish row; grape harvest and pruning, navel-orange picking from the ladder with the picking
/// bag, the packing house, the tractor step, the raisin rows, a mobile-home park, the Sunday swap meet;</item>
/// <item>a San Diego practice seeing military retirees on TRICARE For Life ("Harbor Drive Physical Therapy":
/// Point Loma, Coronado, Chula Vista, Imperial Beach, Mira Mesa, La Jolla, La Mesa, El Cajon, Santee, Escondido,
/// San Marcos, Carlsbad, Oceanside): rank and service in the header, "Delivery: 1 provider : 1 patient", clock
/// ranges in "hrs" ("1302–1317 hrs TE (97110)"), a ship's-ladder mock-up for a Midway docent, PWR! Moves,
/// non-contact boxing at the heavy bag, a Biodex fall-risk index, Agent Orange–presumptive neuropathy, a remote
/// blast TBI, the commissary, Shelter Island, the Silver Strand.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h45-…): one-on-one in everyday words ("Skilled individual intervention", "Only name on my
/// book for this appointment; every minute hands-on w/ me", "Pt treated 1:1 by this PTA; only the interpreter
/// on the tablet", "1 provider : 1 patient"), notes that negate it (a Total Joint Class of seven, a husband and
/// wife worked with in turn, a PTA's stacked slot with a second patient, a balance circuit spotted by the aide
/// while the PT treated another patient) or never state it (a PTA's complete note), and an OT 97530 in a shared
/// ADL kitchen, which has no one-on-one check;</item>
/// <item>class 2 (v2-h45-…): template states: a "[Y]" smart-list, ☑ Concurrent against ☐ 1:1, ☑ 1:1 w/ PTA, a
/// vestibular checklist answered N on every row, ✔ / ✘ rows, one impairment box ticked, outcome boxes all
/// unchecked, a ☒ CGA on a printed assistance scale as a 97530's only measure, a surface / distance / assist
/// grid, "One-on-one: N";</item>
/// <item>class 3 (v3-h45-…): named protocols and programmes as techniques (Mulligan weight-bearing DF MWM,
/// Maitland mobilisation with asterisk signs, X2 with optokinetic stripes and MSQ habituation, Tai Ji Quan:
/// Moving for Better Balance, PWR! Moves, DNS and real-time-ultrasound motor control, Schroth, Graston), a
/// Herdman gaze-stabilization note with no number, a boxing note with no deficit and a FallProof! class;</item>
/// <item>class 4 (v4-h45-…): deficits stated as findings (a positive head impulse with post-head-shake
/// nystagmus, posterior capsule tightness by degrees and end feel, a positive empty-can test, cerebellar signs,
/// a compensated Trendelenburg, hip-not-ankle sway with a positive Romberg, FADIR with hip ER and a valgus
/// single-leg squat, missed items on the left half of the counter) and notes that state none (a return-to-play
/// stage with a negative VOMS, a balance screen negative throughout);</item>
/// <item>class 5 (v5-h45-…): measures in their usual forms (Mini-BESTest with a self-reported ABC, SOT composite
/// and vestibular ratio, a Biodex fall-risk index, CROM before and after, laps of a known length, an assistance
/// level as a 97116's only measure, k of 10 catches and a Figure-of-8 Walk Test) and notes with none ("fewer
/// sways today", exercises "performed w/ good form", an OT truck and golf-bag session with no level);</item>
/// <item>class 6 (v6-h45-…): minutes in their usual forms ("CPT 97110 = 15 min", clock ranges in hrs, "MT 12 mins |
/// TE 15 mins", TE split into two rows that add up, a PT/OT co-treat by discipline, "Treatment duration: 23
/// minutes" on the one timed code), true mismatches (an NMR line, a one-code total, the third of three codes)
/// and truly missing separate time (a total only, one code of two without minutes);</item>
/// <item>class 7 (v7-h45-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (a body region as the only target), 97530 (a functional goal as
/// the only target, loads and repetitions as the measure), 97140 (a TMJ with holds and bouts) and 97116 (a
/// rollator, distance and SBA), and wholly generic 97530, 97112 and 97110 notes;</item>
/// <item>ordinary (vord-h45-…): complete notes of the five employers across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: a complete two-code note that never
/// says one-on-one, a complete note with no diagnosis, an ICD-9 code in the diagnosis field, an OT time that
/// differs, a gait time that differs, a deferred DGI and no other number, a two-line generic note with a
/// total.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are
/// exact (two rows of one code are added). Every timed line earns at least one unit under the 8-minute rule.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112
/// passes the measure check only on an objective measure with a number and fails it only when the note has no
/// number but its code and minutes; for the other codes a dose (sets, repetitions, load, hold, bouts,
/// distance, assistance level) is a measure. Numbers that are not minutes of a code or measures (ages, years,
/// visit stages, heart rates, heights of steps, weeks since surgery) are read as what they are; no note states
/// minutes of an activity, a rest or a test. Cases a careful reviewer could argue either way were left out: a
/// content gap in one section of a multi-code note, generic phrases beside a deficit or a measure without a
/// technique, a dose alone as a 97112's measure, self-rated scores as the only number, a cueing level as the
/// only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a 97116 note, a
/// 97530 with no deficit, minute ranges and approximate minutes, canalith repositioning, a diagnosis code
/// written without its dot, and any line with a code that has no documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 94 of 102 cases agree (100 needed), and 4 of the 67 notes the reviewer passes got a finding, on the analyzer
/// of 4ba782b (the start of the 2026-12-05 fifth session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 95 of 102, 4 false positives at its first run on the analyzer of 1d8d823 (the same as the forty-fourth's; not
/// shaped by this set): the held-out figure — plain notes of the ordinary middle of the market, 93 %. Then development
/// data, worked through: 101 of 102, no false positive — "Individual (not group/concurrent)" as one-on-one, "One-on-one: N
/// (…)" answered no, "only name on my book", a flowsheet's name ("Vestibular Rehab Flowsheet") as no technique. Left:
/// "Pt did ther ex and balance today, 38 min" read as 97110's time (the reviewer: a total).
/// </para>
/// </summary>
public class HeldOutNotesIssue18FortyFifthTests(ITestOutputHelper output)
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

        // Health-plan smart-text "SERVICE TYPE: Individual (not group/concurrent)" states it; PNF rhythmic initiation, hurdle stepping with pauses, Airex head turns to letters; R weight acceptance and stance timing after a pontine infarct; FGA and 10MWT: passes.
        ["v1-h45-richmond-smarttext-service-type-individual"] = new(
            """
            PACIFIC CREST HEALTH · Richmond Medical Offices · Rehabilitation Services
            PT RETURN VISIT (BRIEF)
            SERVICE TYPE: Individual (not group/concurrent) — skilled intervention by the treating PT
            NMR 97112 — 24 min
              > step-stance weight shifts onto the R w/ manual resistance at the pelvis (PNF rhythmic initiation)
              > lateral stepping over 4-in hurdles, 1-s pause on each foot
              > standing on the blue Airex, horizontal head turns to letter targets
            IMPAIRMENT: ↓ R LE weight acceptance and R stance timing (L pontine lacunar infarct 10/2025)
            OUTCOME: FGA 16/30 (12/30 at eval); 10MWT 0.74 m/s
            RESPONSE: No adverse response. HEP unchanged.
            PLAN: Cont per POC; raise hurdle height next visit.
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // "Pt attended the Tuesday Total Joint Class …, PT-led, 7 members today": not one-on-one; floor-line tandem, wall-bar SL stance with hip abduction, step-up-and-hold; L knee proprioception after TKA; SLS and 5xSTS present.
        ["v1-h45-fontana-total-joint-class"] = new(
            """
            PACIFIC CREST HEALTH · Fontana · Rehabilitation Services (Ortho)
            PT RETURN VISIT (BRIEF)
            Pt attended the Tuesday Total Joint Class (post-op knees and hips), PT-led, 7 members today.
            NMR 97112 — 20 min: tandem walking along the yellow floor line; SL stance at the wall bar w/ opposite hip abduction; step-up-and-hold onto the 4-in step
            IMPAIRMENT: ↓ L knee proprioception and late quad firing in SL stance (L TKA 8 wks)
            OUTCOME: L SLS 6 s (R 14 s); 5xSTS 14.8 s
            PLAN: Cont class 2x/wk per POC.
            """,
            ["Z96.652", "Z47.1"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Portland "Only name on my book for this appointment; every minute hands-on w/ me, no aide"; craniocervical flexion on the pressure cuff, laser head-relocation and figure-8 tracing; cervical proprioception after whiplash; JPE degrees and DNF seconds: passes.
        ["v1-h45-sellwood-only-name-on-my-book"] = new(
            """
            ALDER & VINE ORTHOPEDIC MANUAL THERAPY — Sellwood
            Daily note · NMR 97112 — 22 min
            Only name on my book for this appointment; every minute hands-on w/ me, no aide.
            Rx:
              • craniocervical flexion training on the pressure cuff, 22 → 26 mmHg stages, 10 s holds x 10
              • head-relocation drills w/ a head-mounted laser to a wall target, EC (JPS retraining)
              • figure-8 tracing w/ the laser, slow → quicker, then seated on a wobble cushion
            Findings: ↓ cervical proprioception — JPE R rot 6.8° (norm < 4.5°); DNF endurance 14 s; neck P! and an "off-balance" feeling since the whiplash (rear-ended on the Ross Island Bridge, 12/2025)
            Plan: add trunk-on-head rotation next visit.
            """,
            ["S13.4XXD", "M54.2"], [PT("97112", 22)], []),

        // Seattle: husband and wife both on the caseload "seen in the same slot …, I worked with each of them in turn": not one-on-one; X1 on a checkerboard, corridor head turns, foam EC; R hypofunction with oscillopsia; DGI and DVA logMAR present.
        ["v1-h45-firsthill-couple-same-slot"] = new(
            """
            PUGET SOUND MEDICAL CENTER — Vestibular & Concussion Clinic (First Hill)
            Vestibular Rehab Treatment Note
            Mr. and Mrs. Tran are both on my caseload and came over together on the Bainbridge ferry; seen in the same slot in the vestibular room, I worked with each of them in turn.
            97112 — 23 min (Mrs. Tran)
              - X1 viewing, horizontal, against the checkerboard backdrop, sitting → standing
              - walking the corridor w/ head turns, reading the room-number placards
              - standing on foam, EC, arms crossed
            Impairment: uncompensated R unilateral vestibular hypofunction (neuritis 01/2026); oscillopsia reading street signs from the bus
            Measures: DGI 17/24; DVA loss 0.4 logMAR
            """,
            ["H81.21"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Central Valley PTA "Pt treated 1:1 by this PTA; only the interpreter on the tablet, no other pts w/ me"; rocker board in the bars, foam-beam side-stepping, low/high reaches from the Airex; reaching postural control and ankle strategy; Functional Reach and Berg; grape-harvest goal: passes.
        ["v1-h45-visalia-pta-video-interpreter"] = new(
            """
            VALLE CENTRAL PHYSICAL THERAPY — Visalia
            PTA Treatment Note · Supervising PT: R. Castañeda, PT (on site)
            Interpreter: Spanish, video remote (ID on file)
            Pt treated 1:1 by this PTA; only the interpreter on the tablet, no other pts w/ me.
            97112 — 23 min
              - rocker board A/P in the parallel bars, hands off when able
              - side-stepping along the foam beam
              - from the Airex: reaching down to a bin by the feet and up to a shoulder-high shelf (like picking grapes low and high)
            Deficit: ↓ postural control when reaching; weak ankle strategy — sways from the hips and steps
            Measures: Functional Reach 7 in (4 in at eval); Berg 47/56
            Goal: back to the grape harvest this summer, picking into the pan
            """,
            ["R26.81"], [PTA("97112", 23)], []),

        // PTA "Pt was on my stacked 3:30 pm slot — a second pt worked on the next mat the whole session and I went back and forth": not one-on-one; both codes' minutes match and both sections are complete (bike, sit-to-stand, heel raises; hose step-overs, Airex catches, head-turn tandem; neuropathy and weakness; tandem and Berg).
        ["v1-h45-delano-pta-stacked-slot"] = new(
            """
            VALLE CENTRAL PHYSICAL THERAPY — Delano
            PTA Treatment Note · Supervising PT: M. Ibarra, PT
            Pt was on my stacked 3:30 pm slot — a second pt worked on the next mat the whole session and I went back and forth.
            TE 97110 — 15 min: recumbent bike level 3 x 300 revs; sit-to-stand from the low mat 3 x 10; standing heel raises 2 x 15
            NMR 97112 — 23 min: tandem walk on the taped line w/ head turns; SL stance on the Airex catching a playground ball; stepping over a garden hose laid across the floor without looking down
            Deficit: ↓ proprioception in both feet (diabetic neuropathy), walks wide-based; B LE weakness 4-/5
            Objective: tandem stance 5 s; Berg 45/56
            Goal: walk the rows at his son's vineyard to check the drip lines
            """,
            ["E11.42", "M62.81"], [PTA("97110", 15), PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // San Diego "Delivery: 1 provider : 1 patient — no other pts on the floor"; ship's-ladder mock-up with eyes on a target, rocker board med-ball passes, release-from-lean stepping; neuropathic somatosensory loss and slow lateral step; Mini-BESTest and monofilament; Midway docent goal: passes.
        ["v1-h45-pointloma-one-provider-one-patient"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — Point Loma
            Pt: 74 y/o M, USN (ret.), Master Chief · TRICARE For Life (Medicare primary)
            Delivery: 1 provider : 1 patient — no other pts on the floor during his session
            97112 NMR — 25 min
              - up/down the ship's-ladder mock-up (4 rungs) w/ the rail, eyes on a target, not on his feet
              - standing on the rocker board M/L while passing a 4-lb med ball side to side
              - reactive stepping: PT releases him from a lean, forward and lateral
            Deficit: ↓ somatosensation B feet (Agent Orange–presumptive peripheral neuropathy), relies on vision; slow lateral protective step
            Measures: Mini-BESTest 20/28 (16/28 at IE); monofilament absent at 7/10 sites B
            Goal: keep his docent shifts on the Midway, ladders to the hangar deck included
            """,
            ["G62.9", "R26.81"], [PT("97112", 25)], []),

        // Smart-text "TX DELIVERY: Pt worked through the balance circuit w/ the rehab aide spotting while PT treated a pt in the next bay": not one-on-one; cone weaving with stops, half-roller SL stance, beam walking with a cup; anticipatory postural control after hemiarthroplasty; FSST and TUG present.
        ["v1-h45-roseville-aide-spotted-circuit"] = new(
            """
            PACIFIC CREST HEALTH · Roseville · Rehabilitation Services
            PT RETURN VISIT (BRIEF)
            TX DELIVERY: Pt worked through the balance circuit w/ the rehab aide spotting while PT treated a pt in the next bay; PT checked form between stations.
            NMR 97112 — 22 min: cone weaving w/ quick stops; SL stance on the half foam roller, flat side down; narrow-base walking on the balance beam carrying a cup of water
            IMPAIRMENT: ↓ dynamic postural control and anticipatory adjustments (R hip hemiarthroplasty 3 mos)
            OUTCOME: FSST 12.9 s; TUG 11.8 s
            PLAN: Cont per POC.
            """,
            ["S72.001D", "Z96.641"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // OT 97530 in an "ADL kitchen, shared w/ one other OT pt; OT moved between the two": 97530 has no one-on-one check; sandwich-making from upper/lower cabinets, walker-tray carry, dishwasher; SBA and cue count; balance and L hand coordination after stroke; lunch goal: passes.
        ["v1-h45-oakland-ot-shared-adl-kitchen-97530"] = new(
            """
            PACIFIC CREST HEALTH · Oakland · Occupational Therapy
            OT RETURN VISIT (BRIEF)
            SETTING: ADL kitchen, shared w/ one other OT pt; OT moved between the two.
            97530 — 22 min: gathered 6 items from upper and lower cabinets to make a sandwich, standing at the counter w/ the FWW parked; carried the plate to the table on the walker tray; loaded 4 dishes into the dishwasher
            ASSIST: SBA for standing balance; 2 verbal cues for walker placement
            PROBLEM: ↓ standing balance and L hand coordination (R MCA infarct 11/2025)
            GOAL: make a simple lunch at home while her daughter is at work
            """,
            ["I69.354"], [OT("97530", 22)], []),

        // Complete PTA 97112 after a fall from a citrus ladder (dense-foam EC stance, step-up holds, retro walking; L ankle proprioception and stance stability; SLS and Y-balance) — but nothing says how the session was delivered.
        ["v1-h45-porterville-pta-unstated"] = new(
            """
            VALLE CENTRAL PHYSICAL THERAPY — Porterville
            PTA Treatment Note · Supervising PT: R. Castañeda, PT
            97112 — 22 min
             Tx: standing on the dense foam w/ feet together, EC x 5 trials; step-ups to the 6-in step w/ a 2-s hold on the L; retro walking along the mat edge
             Deficit: ↓ L ankle proprioception and L stance stability after L ankle fx ORIF (fell off the citrus ladder)
             Objective: L SLS 5 s (R 19 s); Y-balance anterior L 54 cm / R 63 cm
             Pt agreeable, no ↑ pain. Plan per PT POC.
            """,
            ["S82.852D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Smart-list "Pt treated 1:1 for all timed codes? [Y]"; PNF D2 in standing with a weight shift, unannounced nudges in tandem on Airex, step-and-reach to cones; postural control and R recruitment; Berg and FGA: passes.
        ["v2-h45-santarosa-smartlist-bracket-y"] = new(
            """
            PACIFIC CREST HEALTH · Santa Rosa · Rehabilitation Services
            PT RETURN VISIT (BRIEF)
            Pt treated 1:1 for all timed codes? [Y]
            NMR 97112 — 23 min
              > PNF D2 flexion/extension of the R UE in standing w/ a weight shift onto the R
              > tandem stance on the Airex, PT nudges at the shoulders (unannounced)
              > step-and-reach to cones on the floor, alternating feet
            IMPAIRMENT: ↓ postural control and R-sided motor recruitment (L corona radiata infarct)
            OUTCOME: Berg 44/56; FGA 15/30
            PLAN: Cont per POC.
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // "DELIVERY: ☐ 1:1 ☑ Concurrent ☐ Group": not one-on-one; carioca along the rail, BOSU SL stance with ball toss, stepping-strategy drills; stepping response and M/L postural control; Berg and alternate step test present.
        ["v2-h45-fremont-concurrent-box-ticked"] = new(
            """
            PACIFIC CREST HEALTH · Fremont · Rehabilitation Services
            PT RETURN VISIT (BRIEF)
            DELIVERY:  ☐ 1:1   ☑ Concurrent   ☐ Group
            NMR 97112 — 20 min: carioca along the hallway rail; SL stance on the BOSU, dome up, w/ ball toss; stepping-strategy drills to floor dots after a forward lean
            IMPAIRMENT: ↓ stepping response and M/L postural control (2 falls on the BART station stairs)
            OUTCOME: Berg 48/56; alternate step test 11.4 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // PTA "Delivery: ☑ 1:1 w/ PTA ☐ Concurrent ☐ Group"; Airex marching EO → EC, board walking with a tray, called quick turns; proprioception and postural control after TKA; SLS and 360° turn steps/seconds: passes.
        ["v2-h45-merced-pta-checked-1to1"] = new(
            """
            VALLE CENTRAL PHYSICAL THERAPY — Merced
            PTA Treatment Note · Supervising PT: L. Vang, PT
            Delivery:  ☑ 1:1 w/ PTA   ☐ Concurrent   ☐ Group
            97112 — 24 min
              - marching in place on the Airex, EO → EC
              - forward/backward walking on a 2x6 board w/ a tray held in both hands
              - quick turns to a called direction at the end of the hallway
            Deficit: ↓ R knee proprioception and postural control after R TKA (10 wks); unsteady turning in the kitchen of his mobile home
            Objective: R SLS 7 s; 360° turn 6 steps / 4.1 s
            """,
            ["Z96.651", "Z47.1"], [PTA("97112", 24)], []),

        // Vestibular checklist with every technique row answered N and "no exercises performed today": technique missing; one-on-one, L hypofunction with visual dependence, FGA beside DHI/MSQ present, no generic phrase.
        ["v2-h45-firsthill-vestibular-checklist-all-n"] = new(
            """
            PUGET SOUND MEDICAL CENTER — Vestibular & Concussion Clinic (First Hill)
            Vestibular Rehab Flowsheet — 97112, 21 min, one-on-one in the vestibular room
            Gaze stabilization X1 ........ N
            Gaze stabilization X2 ........ N
            Habituation (MSQ positions) .. N
            Optokinetic exposure ......... N
            Static/dynamic balance on foam N
            Impairment: L vestibular hypofunction w/ motion-provoked dizziness; visual dependence in the Costco aisles
            Measures: DHI 52/100; FGA 19/30; MSQ 14
            Comment: pt arrived dizzy off the ferry; visit spent on symptom review and education about central compensation, no exercises performed today.
            """,
            ["H81.22"], [PT("97112", 21)], [At(Tech, "97112")]),

        // ✔ / ✘ rows: release-from-lean stepping ✔, BAPS ✘, foam head turns ✔, serial-3 dual-task walking ✔; "1:1, PT only"; lateral protective stepping and dual-task postural control; reactive subscore and TUG-cognitive: passes.
        ["v2-h45-escondido-check-and-cross-rows"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — Escondido
            Pt: 79 y/o M, USMC (ret.); lives on a hillside lot w/ a gravel drive
            NMR 97112 — 22 min · 1:1, PT only
              ✔ reactive stepping after release from a lean (forward and lateral)
              ✘ BAPS board
              ✔ foam stance w/ head turns, feet together
              ✔ walking while counting backward by 3s (dual task)
            Deficit: delayed lateral protective stepping; ↓ postural control under dual task
            Measures: Mini-BESTest reactive subscore 2/6; TUG-cognitive 16.2 s vs TUG 11.0 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // PTA "Impairment(s) addressed: [x] proprioception [ ] vestibular [ ] strength [ ] coordination" ticks one; wobble-disc catches, mat-edge tandem, foam step-and-hold; packing-house trailer-step sprain; SLS EC and SEBT cm; 1:1: passes.
        ["v2-h45-madera-pta-impairment-row-one-ticked"] = new(
            """
            VALLE CENTRAL PHYSICAL THERAPY — Madera
            PTA Treatment Note · Supervising PT: R. Castañeda, PT
            1:1 w/ PTA for the whole NMR block
            97112 — 22 min
            Impairment(s) addressed:  [x] proprioception   [ ] vestibular   [ ] strength   [ ] coordination
            Tx: standing on the wobble disc on the L foot, catching a bean bag; heel-to-toe walk on the mat edge; stepping onto a foam square and holding 3 s
            L ankle inversion sprain (missed the trailer step at the packing house), 6 wks
            Objective: L SLS EC 6 s (R 18 s); L SEBT anterior reach 58 cm
            """,
            ["S93.402D"], [PTA("97112", 22)], []),

        // Smart-text outcome boxes "☐ BBS ☐ TUG ☐ FGA ☐ DGI" none ticked and no number anywhere but the code and minutes: measure missing; individual, half-kneel rhythmic stabilization, rocker board, foam-roll step-over with a stop; trunk postural control present.
        ["v2-h45-walnutcreek-outcome-boxes-unchecked"] = new(
            """
            PACIFIC CREST HEALTH · Walnut Creek · Rehabilitation Services
            PT RETURN VISIT (BRIEF)
            TX DELIVERY: individual — PT and pt only
            NMR 97112 — 22 min: rhythmic stabilization in half-kneeling; lateral weight shifts on the rocker board; stepping over a foam roll and stopping on cue
            IMPAIRMENT: ↓ trunk postural control and delayed righting reactions since the fall in the Safeway lot
            OUTCOME MEASURE(S) THIS VISIT:  ☐ BBS   ☐ TUG   ☐ FGA   ☐ DGI
            PLAN: Cont per POC.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // OT 97530 whose only measure is "☒ CGA" on a printed assistance scale: tub-bench transfer, seated reach to the caddy, stepping out with the grab bar; hip weakness and posterior precautions after THA; shower goal: passes.
        ["v2-h45-riverside-ot-assist-scale-cga-97530"] = new(
            """
            PACIFIC CREST HEALTH · Riverside · Occupational Therapy
            OT RETURN VISIT (BRIEF)
            97530 — 18 min: tub-transfer bench in the ADL bathroom, swinging the legs over the tub wall; reaching to the shower caddy while seated; stepping out onto the bath mat w/ the grab bar
            ASSIST:  ☐ I   ☐ Mod I   ☐ SBA   ☒ CGA   ☐ Min A   ☐ Mod A   ☐ Max A
            PROBLEM: R hip weakness and posterior hip precautions (R THA)
            GOAL: shower at home without her husband lifting her legs
            """,
            ["Z96.641", "Z47.1"], [OT("97530", 18)], []),

        // PTA gait grid "Surface | Done | Distance | Assist" (tile 200 ft x 2 SBA, gravel 80 ft CGA, ramp N, curb x 3 CGA) with cues; short step, hip extension and Trendelenburg after THA: 97116 passes.
        ["v2-h45-dinuba-pta-surface-grid-97116"] = new(
            """
            VALLE CENTRAL PHYSICAL THERAPY — Dinuba
            PTA Gait Note · Supervising PT: M. Ibarra, PT
            97116 — 16 min · FWW → SPC trial
            Surface        Done   Distance        Assist
            Level tile     Y      200 ft x 2      SBA
            Gravel lot     Y      80 ft           CGA
            Ramp           N      —               —
            Curb           Y      up/down x 3     CGA
            Cues: heel strike on the L, even step length, look ahead not down
            Deviations: short R step, ↓ L hip ext in terminal stance, L Trendelenburg (L THA 7 wks)
            """,
            ["Z96.642", "Z47.1"], [PTA("97116", 16)], []),

        // Flowsheet "One-on-one: N (pt and the next pt shared the balance area w/ PT)": not one-on-one; pelvic perturbations, beam tandem, Airex trunk rotation; reactive postural control after peroneal palsy; SLS and Berg present.
        ["v2-h45-chulavista-one-on-one-field-n"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — Chula Vista
            Flowsheet · 97112 Neuro re-ed · 21 min
            One-on-one: N (pt and the next pt shared the balance area w/ PT)
            Activities: stride-stance perturbations at the pelvis; tandem walk on the 4-in beam; Airex SL stance w/ trunk rotation
            Impairment: ↓ reactive postural control, L > R, after L peroneal nerve palsy
            Objective: L SLS 4 s; Berg 46/56
            """,
            ["G57.32"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named protocols and programmes as techniques

        // Portland Mulligan weight-bearing DF MWM with a belt, talocrural glide gr IV−, STM; "C/S: knee-to-wall L 6 cm" and "Reassess: … 10 cm, pinch ø"; L ankle DF limitation after a trail-run sprain: 97140 passes.
        ["v3-h45-hawthorne-wb-df-mwm-97140"] = new(
            """
            ALDER & VINE ORTHOPEDIC MANUAL THERAPY — Hawthorne
            Daily note · 97140 MT — 11 min
            C/S: knee-to-wall L 6 cm (R 11 cm), anterior ankle pinch at end range
            Rx:
              • Mulligan WB DF MWM w/ belt, posterior glide of the talus, 3 x 10
              • talocrural posterior glide, gr IV−, 3 x 30 s
              • STM L gastroc/soleus
            Reassess: knee-to-wall L 10 cm, pinch ø
            Hx: L inversion sprain on a trail run in Forest Park (7 wks)
            """,
            ["S93.402D"], [PT("97140", 11)], []),

        // Maitland mobilisation with asterisk signs before and after (flexion to mid-shin → ankles, R SLR 48° → 60°): L4/5 central PA gr III+, unilateral PA gr IV, rotation gapping; lumbar flexion and buttock pain: 97140 passes.
        ["v3-h45-stjohns-maitland-asterisks-97140"] = new(
            """
            ALDER & VINE ORTHOPEDIC MANUAL THERAPY — St. Johns
            Daily note
            *Asterisk signs pre: lumbar flexion fingertips to mid-shin w/ R buttock P!; R SLR 48°
            MT 97140 — 12 min:
              • L4/5 central PA, gr III+, 3 bouts of 30 s
              • R unilateral PA L5, gr IV, 3 bouts
              • R sidelying rotation gapping L4/5, gr III
            *Asterisk signs post: flexion to the ankles, buttock P! ↓; R SLR 60°
            """,
            ["M54.41"], [PT("97140", 12)], []),

        // X2 viewing, optokinetic stripes on foam and habituation to the highest-scoring MSQ positions, one-on-one; chronic L hypofunction with visual motion sensitivity; FGA and MSQ: passes.
        ["v3-h45-firsthill-x2-okn-habituation-97112"] = new(
            """
            PUGET SOUND MEDICAL CENTER — Vestibular & Concussion Clinic (First Hill)
            Vestibular Rehab Treatment Note · seen one-on-one in the vestibular room
            97112 — 24 min
              - X2 viewing (head and target move opposite), horizontal, seated → standing
              - optokinetic stripes on the projector while standing on foam, feet apart → together
              - habituation: repeated roll-to-L and sit-to-supine, the positions that scored highest on the MSQ
            Impairment: chronic L vestibular hypofunction w/ visual motion sensitivity — can't tolerate the light-rail platform or the Costco aisles
            Measures: FGA 21/30 (17/30 at eval); MSQ 18 (31 at eval)
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // Tai Ji Quan: Moving for Better Balance forms adapted at the counter rail ("Step Forward and Back", "Single Whip", "Wave Hands Like Clouds"), 1:1 in the back gym; M/L postural control and slow weight transfer; Berg and alternate step test: passes.
        ["v3-h45-fresno-tai-ji-quan-mbb-97112"] = new(
            """
            VALLE CENTRAL PHYSICAL THERAPY — Fresno (Tower District)
            PT Daily Note · 1:1 w/ PT in the back gym, no one else back there
            97112 — 22 min
            Tai Ji Quan: Moving for Better Balance, integrated forms adapted at the counter rail:
              - "Step Forward and Back" w/ slow weight transfer into SL stance
              - "Single Whip" into a lateral weight shift, rail → no rail
              - "Wave Hands Like Clouds" side-stepping w/ trunk rotation
            Deficit: ↓ M/L postural control and slow weight transfer; 2 near-falls stepping off the curb at the Sunday swap meet
            Measures: Berg 46/56; alternate step test 10.2 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // PWR! Moves (PWR!Up, Rock, Twist, Step) cued for amplitude, one-on-one; PD amplitude, axial rigidity and slow backward step; pull test, Mini-BESTest and TUG; Silver Strand goal: passes.
        ["v3-h45-coronado-pwr-moves-97112"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — Coronado
            Pt: 77 y/o M, USN (ret.) aviator; PD dx 2022
            97112 — 23 min · one-on-one (PT only, treatment room B)
            PWR! Moves in standing: PWR!Up (anti-gravity extension), PWR!Rock (weight shifts), PWR!Twist (axial rotation), PWR!Step (big lateral and backward steps) — 2 rounds of each, cued for amplitude
            Deficit: ↓ movement amplitude, axial rigidity, slow backward step on the pull test
            Measures: pull test 3 steps to recover; Mini-BESTest 18/28; TUG 12.4 s
            Goal: walk the Silver Strand path w/ his wife
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // DNS supine and quadruped drills with TrA/multifidus co-activation on real-time ultrasound, 1:1; delayed TrA recruitment and lumbopelvic motor control with RTUS thickness percentages and a positive prone instability test: passes.
        ["v3-h45-pearl-dns-rtus-motor-control-97112"] = new(
            """
            ALDER & VINE ORTHOPEDIC MANUAL THERAPY — Pearl District
            Daily note · only pt on my schedule, 1:1 throughout
            NMR 97112 — 20 min
              • DNS 3-month supine: diaphragmatic breathing w/ IAP bracing, legs at 90/90, alternating heel taps
              • DNS quadruped rocking w/ neutral spine, then bear-crawl hover
              • TrA/multifidus co-activation w/ real-time ultrasound feedback, prone and sidelying
            Findings: delayed TrA recruitment and poor lumbopelvic motor control — R multifidus thickness change 9% vs L 22% on RTUS; prone instability test +
            Hx: recurrent LBP, 3rd episode this year after moving his daughter into a Division St apartment
            """,
            ["M54.50"], [PT("97112", 20)], []),

        // Schroth rotational angular breathing, sidelying "muscle cylinder" holds and a seated 3-point correction with doses; adult degenerative scoliosis with trunk extensor weakness; dishwashing goal: 97110 passes.
        ["v3-h45-sacramento-schroth-97110"] = new(
            """
            PACIFIC CREST HEALTH · Sacramento (Point West) · Rehabilitation Services
            PT RETURN VISIT (BRIEF)
            TE 97110 — 16 min
              > Schroth rotational angular breathing in prone over a bolster, 3 x 8 breaths
              > Schroth "muscle cylinder" sidelying on the convex side, 3 x 20 s holds
              > seated 3-point corrective stretch at the wall bars, 3 x 30 s
            IMPAIRMENT: adult degenerative thoracolumbar scoliosis (R thoracic / L lumbar curves) w/ trunk extensor weakness
            GOAL: stand at the sink to wash dishes without leaning on the counter
            """,
            ["M41.85"], [PT("97110", 16)], []),

        // Herdman gaze-stabilization progression written out in words, one-on-one, R hypofunction after labyrinthitis — but no number anywhere but the code and the minutes: measure missing.
        ["v3-h45-firsthill-herdman-progression-no-number"] = new(
            """
            PUGET SOUND MEDICAL CENTER — Vestibular & Concussion Clinic (First Hill)
            Vestibular Rehab Treatment Note · one-on-one, PT the whole session
            97112 — 21 min
            Herdman gaze-stabilization progression: head moving with the target still, sitting then standing; then head and target moving in opposite directions; then walking the corridor while keeping a letter in focus
            Impairment: R vestibular hypofunction after the labyrinthitis in January — letters bounce when she walks down Pike Street
            Pt says the blur settles faster now. Continue progression.
            """,
            ["H83.01"], [PT("97112", 21)], [At(Measure, "97112")]),

        // Non-contact boxing drills "Rock Steady style" (stepping combos, slip-and-weave to mitt calls, foam tandem-stance punching, footwork box), one-on-one, Mini-BESTest and k of 10 — but no impairment, system or deficit written: deficit missing.
        ["v3-h45-elcajon-boxing-drills-no-deficit"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — El Cajon
            Pt: 72 y/o M, US Army (ret.), 1st Cavalry
            97112 — 22 min — one-on-one at the heavy bag, nobody else in the gym
            Non-contact boxing drills (Rock Steady style): jab–cross–hook combos w/ a step into each punch; slip-and-weave to the PT's mitt calls; punching from tandem stance on a foam pad; footwork box (forward, back, side) on the floor tape
            Mini-BESTest 21/28; mitt-call reactions 9/10 to the correct side
            Plan: same drills next visit, add a second foam pad.
            """,
            ["G20.A1"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // "Seen in the FallProof! balance class today (5 participants, PT and one aide)": not one-on-one; FallProof! multisensory stations (foam EC head turns, center-of-gravity control at the wall, hurdle gait station); somatosensory use and COG control; FAB and foam EC present.
        ["v3-h45-baldwinpark-fallproof-class"] = new(
            """
            PACIFIC CREST HEALTH · Baldwin Park · Rehabilitation Services
            PT RETURN VISIT (BRIEF)
            Seen in the FallProof! balance class today (5 participants, PT and one aide).
            NMR 97112 — 22 min: FallProof! multisensory stations — foam stance w/ head turns, EC; center-of-gravity control at the wall (lean and return without stepping); gait-pattern station stepping over hurdles of varied height
            IMPAIRMENT: ↓ use of somatosensory input from the feet and poor center-of-gravity control, leans posteriorly
            OUTCOME: FAB scale 24/40; foam stance EC 9 s
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Graston (IASTM) to the plantar fascia and medial gastroc, talocrural glide gr III, 1st MTP mobs; plantar heel pain and DF limitation; knee-to-wall cm and great-toe extension before/after: 97140 passes.
        ["v3-h45-oceanside-graston-plantar-97140"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — Oceanside
            Pt: 68 y/o M, USMC (ret.); walks the Oceanside pier every morning
            97140 — 10 min
              - Graston (IASTM) along the L plantar fascia and medial gastroc, 2 passes each
              - talocrural posterior glide gr III, 3 x 30 s
              - 1st MTP extension mobs, gr III
            Problem: L plantar heel pain at first steps, ↓ L ankle DF
            Knee-to-wall L 7 cm → 10 cm post; great-toe ext 45° → 55°
            """,
            ["M72.2"], [PT("97140", 10)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // "Findings today: head impulse positive to the R (overt catch-up saccade …), L-beating nystagmus after head shake; sways to the R on foam EC" is the deficit; metronome X1 to semi-tandem, atrium head-turn walking, foam EC head turns; 1:1; DGI and DVA: passes.
        ["v4-h45-firsthill-head-impulse-findings"] = new(
            """
            PUGET SOUND MEDICAL CENTER — Vestibular & Concussion Clinic (First Hill)
            Vestibular Rehab Treatment Note
            Findings today: head impulse positive to the R (overt catch-up saccade on every R thrust); L-beating nystagmus after head shake; sways to the R on foam EC
            97112 — 22 min · 1:1 in the vestibular room
              - X1 viewing to a metronome at 120 bpm, standing feet apart → semi-tandem
              - walking the atrium w/ yaw head turns, then pitch
              - stance on foam EC w/ slow head turns
            Measures: DGI 16/24; DVA loss 0.5 logMAR
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // Portland "C/S: R shoulder IR at 90° abd 28° w/ posterior tightness, firm capsular end feel; horizontal adduction 20° short" is region and impairment; posterior glide gr IV, sleeper-position MWM, cross-body stretch; IR 39° after: 97140 passes.
        ["v4-h45-pearl-posterior-capsule-97140"] = new(
            """
            ALDER & VINE ORTHOPEDIC MANUAL THERAPY — Pearl District
            Daily note · MT 97140 — 10 min
            C/S: R shoulder IR at 90° abd 28° w/ posterior tightness, firm capsular end feel; horizontal adduction 20° short of the L; P! at the posterior GH joint line
            Rx: posterior GH glide gr IV in 90° flexion, 3 x 30 s; sleeper-position MWM into IR, 3 x 10; cross-body stretch w/ scapular stabilization, 3 x 30 s
            Reassess: IR 39°, horizontal adduction 10° short
            Pt swims laps at the Dishman pool; can't finish the crawl stroke
            """,
            ["M25.611"], [PT("97140", 10)], []),

        // PTA "Findings: L empty-can test + w/ pain, L abduction 4-/5, painful lifting the full picking bag strap onto the L shoulder" is the region and impairment; sidelying ER, prone T/Y, full-can, rows, wall push-up plus with doses: 97110 passes.
        ["v4-h45-reedley-pta-empty-can-97110"] = new(
            """
            VALLE CENTRAL PHYSICAL THERAPY — Reedley
            PTA Treatment Note · Supervising PT: L. Vang, PT
            97110 — 17 min
            Findings: L empty-can test + w/ pain, L abduction 4-/5; painful lifting the full picking-bag strap onto the L shoulder at the top of the ladder
            Ex: sidelying ER 2 x 15 @ 2 lb; prone T and Y 2 x 10; full-can to 90° 2 x 12 @ 1 lb; band rows 3 x 15; wall push-up plus 2 x 12
            Pt picks navel oranges in season; his nephew interpreted (Spanish) at pt's request
            """,
            ["M75.42"], [PTA("97110", 17)], []),

        // "Findings: L finger-to-nose dysmetria w/ intention tremor; L dysdiadochokinesia; wide-based gait, tandem lost after 3 steps; heel-to-shin overshoots" are the deficit; cuffed target stepping, quadruped rhythmic stabilization, yardstick heel-to-shin tracing; one-on-one; SARA: passes.
        ["v4-h45-miramesa-cerebellar-signs-97112"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — Mira Mesa
            Pt: 66 y/o M, USN (ret.); L cerebellar infarct 09/2025
            Findings: L finger-to-nose dysmetria w/ intention tremor; L dysdiadochokinesia; wide-based gait, tandem lost after 3 steps; L heel-to-shin overshoots
            97112 — 24 min · one-on-one, PT only
              - slow controlled stepping to floor targets w/ 1-lb cuffs on both ankles
              - quadruped rhythmic stabilization, then alternate arm/leg lifts
              - heel-to-shin tracing along a yardstick taped to the mat
            Measures: SARA 11/40 (14/40 at IE); tandem 5 steps
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // Smart-text "GAIT DEVIATIONS: compensated Trendelenburg L (trunk lurch over the L in stance); ↓ L hip extension …; short R step" is the impairment; SPC, mirror feedback, reciprocal stairs; 250 ft x 2 Mod I: 97116 passes.
        ["v4-h45-downey-compensated-trendelenburg-97116"] = new(
            """
            PACIFIC CREST HEALTH · Downey · Rehabilitation Services
            PT RETURN VISIT (BRIEF)
            GAIT DEVIATIONS: compensated Trendelenburg L (trunk lurch over the L in stance); ↓ L hip extension at terminal stance; short R step
            GAIT TRAINING 97116 — 15 min: SPC in the R hand, cued upright trunk and equal steps; walking toward the mirror for feedback; stairs reciprocal w/ rail
            DISTANCE/ASSIST: 250 ft x 2, Mod I; stairs 12 steps SBA
            PLAN: Cont per POC.
            """,
            ["Z96.642", "Z47.1"], [PT("97116", 15)], []),

        // Return-to-play stage note: "VOMS — no symptom change on any item; NPC 4 cm; cervical screen clear; no headache or dizziness with exertion" and no deficit anywhere; one-on-one, dual-task ladder, called cone touches, backpedal cuts; BESS and k of 10: deficit missing.
        ["v4-h45-firsthill-rtp-stage-screen-negative"] = new(
            """
            PUGET SOUND MEDICAL CENTER — Vestibular & Concussion Clinic (First Hill)
            Return-to-Play Note — Stage 5 (non-contact training drills)
            97112 — 22 min · one-on-one on the indoor turf
              - agility ladder while naming animals for each letter PT calls (dual task)
              - reactive cone touches to colors called by PT, ball in hand
              - cut off a backpedal, then sprint to a stop
            Screen today: VOMS — no symptom change on any item; NPC 4 cm; cervical screen clear; no headache or dizziness with exertion
            BESS 6 errors; ladder drill 10/10 clean reps
            """,
            ["S06.0X0D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // San Diego follow-up whose "Balance screen today: Romberg steady EC; SL stance symmetric; no loss of balance with head turns or on foam" and nothing else names a deficit; one-on-one, beam tandem, Airex ball toss, cone figure-8s; Berg and Airex seconds: deficit missing.
        ["v4-h45-imperialbeach-balance-screen-negative"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — Imperial Beach
            Pt: 70 y/o F, USN (ret.) corpsman; follow-up visit requested by her PCP
            97112 — 20 min — one-on-one
              - tandem walk on the 2x4 beam w/ head turns
              - SL stance on the Airex w/ a ball toss to the wall
              - walking figure-8s around two cones, changing speed on cue
            Balance screen today: Romberg steady EC; SL stance symmetric; no loss of balance with head turns or on foam
            Berg 55/56; SL stance on Airex 22 s B
            """,
            ["Z91.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // PTA "Observed today: sways from the hips, not the ankles …; steps at the lightest nudge; sways markedly EC (Romberg +); can't feel the floor through her sandals" is the deficit; dowel ankle-strategy sways, half-roller EO → EC, nudge-and-hold; 1:1; Berg and k of 6: passes.
        ["v4-h45-kerman-pta-hip-sway-findings-97112"] = new(
            """
            VALLE CENTRAL PHYSICAL THERAPY — Kerman
            PTA Treatment Note · Supervising PT: M. Ibarra, PT (on site)
            Observed today: sways from the hips, not the ankles, on the firm floor; steps at the lightest nudge; sways markedly EC (Romberg +); can't feel the floor through her sandals
            97112 — 21 min · 1:1 w/ PTA
              - ankle-strategy drill: small A/P sways from the ankles w/ a dowel at the hips, at the counter
              - standing on the half foam roller, flat side down, EO → EC
              - stepping to a tape X on a nudge from the PTA, then holding
            Objective: Berg 44/56; 4/6 nudges recovered w/o a step
            Retired packing-house worker, 78; lives w/ her daughter in Kerman
            """,
            ["R26.81", "G62.9"], [PTA("97112", 21)], []),

        // Portland "Findings: FADIR + L w/ anterior groin P!; L hip ER 25° vs R 40°; L SL squat drops into valgus w/ contralateral pelvic drop" is the region and impairment; sidelying abduction, hip airplanes, band walks, SL RDL with doses: 97110 passes.
        ["v4-h45-beaverton-fadir-findings-97110"] = new(
            """
            ALDER & VINE ORTHOPEDIC MANUAL THERAPY — Beaverton
            Daily note · TE 97110 — 15 min
            Findings: FADIR + L w/ anterior groin P!; L hip ER 25° vs R 40°; L SL squat drops into valgus w/ contralateral pelvic drop
            Ex: sidelying hip abduction w/ ER bias 3 x 12; hip airplanes at the wall 2 x 8; banded lateral walk 3 x 20 ft; SL RDL to a cone 3 x 8 @ 15-lb KB
            """,
            ["M25.552"], [PT("97110", 15)], []),

        // OT "FINDINGS: misses items on the L half of the counter (4/10 found w/o cues); brushes the L door frame" is the deficit (L inattention); grocery put-away to L cabinets, pill organizer from bottles to her L, table wiping; SBA with cues; meds and kitchen goal: 97530 passes.
        ["v4-h45-richmond-ot-left-inattention-97530"] = new(
            """
            PACIFIC CREST HEALTH · Richmond · Occupational Therapy
            OT RETURN VISIT (BRIEF)
            FINDINGS: misses items on the L half of the counter (4/10 found w/o cues); brushes the L door frame in the hallway
            97530 — 20 min: put away a bag of groceries into the L-side cabinets; filled a weekly pill organizer from 4 bottles set to her L; wiped down the whole table
            ASSIST: SBA; 3 verbal cues to scan L
            GOAL: manage her own meds and kitchen at home
            """,
            ["I69.354", "R41.4"], [OT("97530", 20)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Smart-text "OUTCOME: Mini-BESTest 19/28 (15/28 at eval); ABC scale 62% (self-report)": the Mini-BESTest is the objective number; 1:1; rocker board beanbag toss, released retro walking, hurdle step-overs; posterior stepping and ankle strategy: passes.
        ["v5-h45-walnutcreek-minibest-and-abc"] = new(
            """
            PACIFIC CREST HEALTH · Walnut Creek · Rehabilitation Services
            PT RETURN VISIT (BRIEF)
            TX DELIVERY: 1:1, PT only, all timed minutes
            NMR 97112 — 23 min: standing on the rocker board A/P while tossing a beanbag into a basket; retro walking w/ PT's hands at the pelvis, then released; step-overs of a 6-in hurdle w/o touching
            IMPAIRMENT: ↓ posterior stepping and ankle strategy; fear of falling keeps her out of Broadway Plaza
            OUTCOME: Mini-BESTest 19/28 (15/28 at eval); ABC scale 62% (self-report)
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // "SOT composite 64 (52 at eval); vestibular ratio 0.52; condition 6 avg 38"; VR-goggle subway scene on foam, head turns past a poster wall, sit-stand-turn-walk; poor use of vestibular cues; one-on-one: passes.
        ["v5-h45-firsthill-sot-vestibular-ratio"] = new(
            """
            PUGET SOUND MEDICAL CENTER — Vestibular & Concussion Clinic (First Hill)
            Vestibular Rehab Treatment Note · one-on-one
            97112 — 24 min
              - standing on foam w/ a moving visual surround (VR goggles, subway scene), feet together
              - walking w/ head turns past a busy poster wall
              - sit-to-stand → immediate turn and walk, both directions
            Impairment: poor use of vestibular cues — falls in SOT conditions 5 and 6; visual dependence
            SOT composite 64 (52 at eval); vestibular ratio 0.52; condition 6 avg 38
            """,
            ["H81.93", "R42"], [PT("97112", 24)], []),

        // "Biodex fall-risk index 2.8 (age norm 0.9–1.4); 4-stage balance test: tandem 6 s"; Biodex postural-stability training, tray tandem, rail cross-over stepping; M/L postural control; one-on-one: passes.
        ["v5-h45-pointloma-biodex-fall-risk-index"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — Point Loma
            Pt: 81 y/o M, USAF (ret.); widower, lives in a 2nd-floor condo off Rosecrans
            97112 — 22 min · one-on-one, start to end of the session
              - Biodex Balance System postural-stability training, platform level 8 → 6, clock targets
              - tandem walking w/ a cup of water on a tray
              - side-step and cross-over step along the parallel-bar rail, hands hovering
            Deficit: ↓ M/L postural control and slowed weight transfer, R > L
            Biodex fall-risk index 2.8 (age norm 0.9–1.4); 4-stage balance test: tandem 6 s
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // "CROM: L rot 52° → 66° post; R SB 30° → 38° post"; C4/5 unilateral PA gr IV−, C5/6 SNAG, upper thoracic PA, STM; L rotation limit with R neck pain shoulder-checking on the bike: 97140 passes.
        ["v5-h45-division-crom-pre-post-97140"] = new(
            """
            ALDER & VINE ORTHOPEDIC MANUAL THERAPY — Division St
            Daily note · MT 97140 — 12 min
            C/S: L cervical rotation limited w/ R-sided neck P! shoulder-checking on her bike commute
            Rx: C4/5 R unilat PA gr IV− 3 x 30 s; R C5/6 SNAG into L rotation 3 x 6; upper thoracic (T1–3) PA gr III; STM R levator scapulae
            CROM: L rot 52° → 66° post; R SB 30° → 38° post
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // PTA gait "2 laps of the clinic loop (one lap = 120 ft, so 240 ft), SBA; curb x 3 CGA"; SPC cues; R foot drop with toe drag and circumduction; chicken-coop goal: 97116 passes.
        ["v5-h45-tulare-pta-clinic-loop-laps-97116"] = new(
            """
            VALLE CENTRAL PHYSICAL THERAPY — Tulare
            PTA Gait Note · Supervising PT: L. Vang, PT
            97116 — 15 min
            Gait trng w/ SPC in the L hand: 2 laps of the clinic loop (one lap = 120 ft, so 240 ft), SBA; cued heel strike on the R and a longer L step
            Then the parking-lot curb up/down x 3, CGA
            Deviations: R foot drop w/ toe drag, R circumduction (R peroneal palsy after knee surgery)
            Goal: walk across the dirt yard to the chicken coop at his ranchito
            """,
            ["M21.371", "G57.31"], [PTA("97116", 15)], []),

        // PTA 97112 "Pt doing better w/ balance, fewer sways today; daughter says she walks the yard w/ more confidence" — no number anywhere but the code and minutes: measure missing; one-on-one, wobble board, Airex marching, head-turn heel-to-toe; proprioception and postural control present.
        ["v5-h45-hanford-pta-fewer-sways-no-number"] = new(
            """
            VALLE CENTRAL PHYSICAL THERAPY — Hanford
            PTA Treatment Note · Supervising PT: R. Castañeda, PT
            97112 — 22 min · one-on-one w/ PTA
            Tx: weight shifts on the wobble board at the bars; marching on the Airex; walking heel-to-toe down the hallway w/ head turns
            Deficit: ↓ ankle proprioception and postural control, unsteady on the uneven ground around her house
            Pt doing better w/ balance, fewer sways today; daughter says she walks the yard w/ more confidence.
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // Smart-text 97110 "bridges, clamshells, sidelying hip abduction, heel raises and mini-squats performed w/ good form" — no sets, reps, load or number: measure missing; L abductor weakness and Lake Elizabeth goal present.
        ["v5-h45-fremont-good-form-no-dose-97110"] = new(
            """
            PACIFIC CREST HEALTH · Fremont · Rehabilitation Services
            PT RETURN VISIT (BRIEF)
            TE 97110 — 15 min: bridges, clamshells, sidelying hip abduction, heel raises and mini-squats performed w/ good form; VCs to keep the pelvis level
            IMPAIRMENT: L hip abductor weakness, L Trendelenburg
            GOAL: walk the loop at Lake Elizabeth w/o a limp
            RESPONSE: No adverse response.
            """,
            ["M62.81", "M16.12"], [PT("97110", 15)], [At(Measure, "97110")]),

        // OT 97530 climbing into the pickup with the grab handle, golf bag into the truck bed, garage-shelf reach; flexion weakness after reverse TSA; base-course goal — but no assistance level, repetition, load or number: measure missing.
        ["v5-h45-oceanside-ot-pickup-no-level-97530"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — Oceanside · OT
            Pt: USMC (ret.), R reverse TSA
            97530 — 19 min
            Practiced climbing into his pickup using the grab handle; lifting his golf bag from the garage floor into the truck bed; reaching to the top shelf of the garage cabinet for the tackle box
            Problem: R shoulder flexion weakness and limited overhead reach after the reverse TSA
            Goal: play the base course with his Marine buddies and load his own clubs
            """,
            ["Z96.611", "Z47.1"], [OT("97530", 19)], [At(Measure, "97530")]),

        // 97116 whose only measure is the assistance level "Min A of one at the gait belt, CGA by the end": hemi-walker step-to → step-through with heel and knee cues; R knee hyperextension and toe catch after stroke: passes.
        ["v5-h45-firsthill-neuro-min-a-only-97116"] = new(
            """
            PUGET SOUND MEDICAL CENTER — Outpatient Neuro Rehab (First Hill)
            Gait note — 97116
            Gait training w/ a hemi-walker in the L hand, step-to pattern → step-through; cued R heel strike and R knee control at loading
            Assist: Min A of one at the gait belt, CGA by the end
            Deviations: R knee hyperextension in stance, R toe catch in swing (L MCA infarct)
            """,
            ["I69.351"], [PT("97116", 15)], []),

        // "Caught 8/10 perturbations w/o a step (5/10 at IE); Figure-of-8 Walk Test 9.8 s"; unannounced sternum/pelvis pushes, cone figure-8s, foam cone taps; late reactive stepping and knee proprioception after B TKA; 1:1: passes.
        ["v5-h45-sanmarcos-catches-and-f8w-97112"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — San Marcos
            Pt: 73 y/o F, US Army (ret.) Nurse Corps; B TKA 2024
            97112 — 21 min · 1:1, PT w/ her the entire block
              - stride-stance perturbations (unannounced pushes at the sternum and pelvis)
              - walking a figure-8 around two cones, narrow then wide
              - SL stance on a foam pad tapping 3 cones w/ the other foot
            Deficit: late reactive stepping; ↓ knee proprioception B
            Caught 8/10 perturbations w/o a step (5/10 at IE); Figure-of-8 Walk Test 9.8 s
            """,
            ["Z96.653", "R26.81"], [PT("97112", 21)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, mismatches, missing separate time

        // Smart-text "TIMED SERVICES: CPT 97110 = 15 min; CPT 97112 = 23 min; total timed = 38 min" both match; individual; leg press, step-downs, band side-steps; rocker EC, foam-beam tandem, pelvic perturbations; weakness and knee proprioception after TKA; BBS and SLS: passes.
        ["v6-h45-santaclara-cpt-equals-minutes"] = new(
            """
            PACIFIC CREST HEALTH · Santa Clara · Rehabilitation Services
            PT RETURN VISIT (BRIEF)
            TIMED SERVICES: CPT 97110 = 15 min; CPT 97112 = 23 min; total timed = 38 min
            SERVICE TYPE: Individual (not group/concurrent)
            TE: leg press 3 x 10 @ 70 lb; step-downs off a 4-in step 2 x 10; band side-steps 3 x 20 ft
            NMR: rocker board M/L EC; tandem walk on the foam beam; pelvic perturbations in stride stance
            IMPAIRMENT: R quad and glute weakness 4-/5; ↓ R knee proprioception and reactive stepping (R TKA 12 wks)
            OUTCOME: BBS 50/56; R SLS 8 s
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 15), PT("97112", 23)], []),

        // Clock ranges in hrs "1302–1317 hrs TE (97110)" (15) and "1317–1340 hrs NMR (97112)" (23) both match; "PT w/ pt only, no overlap"; abductor work; Airex catches, head-turn tandem, half-dome step-and-hold; glute med and stance postural control after THA; SLS and Berg: passes.
        ["v6-h45-pointloma-clock-ranges-hrs"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — Point Loma
            Pt: 75 y/o M, USMC (ret.), Gunnery Sgt; L THA 9 wks
            1302–1317 hrs  TE (97110): sidelying hip abd 3 x 12; bridges w/ band 3 x 12; step-ups onto a 6-in box 2 x 10
            1317–1340 hrs  NMR (97112), PT w/ pt only, no overlap: SL stance L on the Airex w/ ball toss; tandem walk w/ head turns; lateral step-and-hold onto a half-dome
            Deficits: L glute med 4-/5; ↓ L stance postural control, pelvis drops to the R
            Objective: L SLS 8 s (2 s at IE); Berg 50/56
            """,
            ["Z96.642", "Z47.1"], [PT("97110", 15), PT("97112", 23)], []),

        // Portland header "MT 12 mins | TE 15 mins" gives both codes' minutes, both matching; GH glides gr III–IV, STM; wand, sidelying ER, prone row, serratus slides with doses; L shoulder AROM degrees; car-seat goal: passes.
        ["v6-h45-hawthorne-mins-in-header"] = new(
            """
            ALDER & VINE ORTHOPEDIC MANUAL THERAPY — Hawthorne
            Daily note · MT 12 mins | TE 15 mins
            MT: L GH posterior glide gr III–IV 3 x 30 s; inferior glide in 45° abd gr III 3 x 30 s; STM L infraspinatus
            TE: wand ER 2 x 15; sidelying ER 2 x 12 @ 2 lb; prone row to ER 2 x 10; serratus wall slides 2 x 12
            L shoulder: AROM flex 140°, ER at 0° abd 35° (25° last wk); can't reach into the back seat to buckle the grandkid's car seat
            """,
            ["M75.02"], [PT("97140", 12), PT("97110", 15)], []),

        // PTA TE split into "TE (warm-up) 8 min" and "TE (finish) 7 min" (15 in all) around "Gait 97116 15 min": both codes match; NuStep and knee ext; SPC 300 ft x 2 SBA, curb CGA; cuffed hip abd, heel raises, mini-squats; quad weakness and short step after TKA: passes.
        ["v6-h45-lindsay-pta-te-two-rows"] = new(
            """
            VALLE CENTRAL PHYSICAL THERAPY — Lindsay
            PTA Treatment Note · Supervising PT: L. Vang, PT
            TE (warm-up) 8 min: NuStep level 4 x 300 steps; seated knee ext 2 x 15 @ 3 lb
            Gait 97116 15 min: SPC, clinic hallway and the sidewalk out front, 300 ft x 2 SBA; curb x 4 CGA; cues for R heel strike
            TE (finish) 7 min: standing hip abd 2 x 12; heel raises 2 x 15; mini-squats 2 x 10
            Problem: R quad 4-/5 and short L step after R TKA (9 wks)
            Goal: walk into Mass on Sunday and get around the citrus festival
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 15), PTA("97116", 15)], []),

        // "NMR (97112) 30 min, one-on-one" against a 20-min line: mismatch on 97112 (TE 15 matches); both sections complete (leg press, TKE, step-ups; pillow SL catches, cone head turns, rocker EC; knee proprioception and quad; SLS and TUG).
        ["v6-h45-carlsbad-nmr-30-against-20"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — Carlsbad
            Pt: 69 y/o F, USN (ret.); R TKA 11 wks
            TE (97110) 15 min: leg press 3 x 10 @ 60 lb; TKE w/ band 2 x 15; lateral step-ups 2 x 10
            NMR (97112) 30 min, one-on-one: SL stance R on a pillow w/ ball catches; stepping over cones w/ head turns; rocker board A/P EC
            Deficit: ↓ R knee proprioception and delayed quad co-contraction; R quad 4/5
            Objective: R SLS on pillow 9 s; TUG 10.1 s
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 15), PT("97112", 20)], [At(Mismatch, "97112")]),

        // One timed code with "Total timed minutes: 38" against a 25-min 97112 line: mismatch; one-on-one, busy-background X1, pitch head-turn walking, head turns stepping on/off a step; L hypofunction; DGI and FGA complete.
        ["v6-h45-firsthill-one-code-total-38"] = new(
            """
            PUGET SOUND MEDICAL CENTER — Vestibular & Concussion Clinic (First Hill)
            Vestibular Rehab Treatment Note · one-on-one
            97112: X1 viewing against a busy background, standing; brisk walking w/ pitch head turns; head turns while stepping onto and off a step
            Impairment: L vestibular hypofunction; dizziness and veering on quick head turns crossing Madison St
            Measures: DGI 19/24; FGA 20/30
            Total timed minutes: 38
            """,
            ["H81.22"], [PT("97112", 25)], [At(Mismatch, "97112")]),

        // Three codes "TE 97110 — 12 min", "NMR 97112 — 15 min", "GAIT 97116 — 25 min" against a 13-min gait line: mismatch on 97116 (the others match); individual; all sections complete.
        ["v6-h45-baldwinpark-three-codes-gait-25"] = new(
            """
            PACIFIC CREST HEALTH · Baldwin Park · Rehabilitation Services
            PT RETURN VISIT (BRIEF)
            TX DELIVERY: individual, PT hands-on for all timed minutes
            TE 97110 — 12 min: seated marching 2 x 20; sit-to-stand 2 x 10; standing hip abd 2 x 12
            NMR 97112 — 15 min: tandem stance at the counter w/ head turns; step-taps to a stool; Airex marching
            GAIT 97116 — 25 min: FWW → SPC in the hallway, 200 ft x 2 SBA; turns in a tight space
            IMPAIRMENT: B LE weakness 4-/5; ↓ postural control w/ head movement; shuffling, short steps
            OUTCOME: Berg 45/56; gait speed 0.78 m/s
            """,
            ["R26.89", "M62.81"], [PT("97110", 12), PT("97112", 15), PT("97116", 13)], [At(Mismatch, "97116")]),

        // Portland "total timed 27 mins (MT + TE)" and no minutes for either code: separate time missing; C5/6 PA, STM, first-rib glide; chin nods, prone Ts, rows, pec stretch with doses; R neck pain and rotation degrees.
        ["v6-h45-beaverton-total-only-mt-te"] = new(
            """
            ALDER & VINE ORTHOPEDIC MANUAL THERAPY — Beaverton
            Daily note · total timed 27 mins (MT + TE)
            MT: R C5/6 unilateral PA gr III 3 x 30 s; R upper trap and levator STM; first-rib caudal glide gr III
            TE: chin nods 2 x 10 w/ 5 s hold; prone Ts 2 x 10; band rows 3 x 12; doorway pec stretch 3 x 30 s
            R neck pain into the upper trap; R cervical rotation 58°; sits at a desk all day
            """,
            ["M54.2"], [PT("97140", 12), PT("97110", 15)], [SepTime]),

        // PTA "TE 97110 — 15 min" (matches) but the gait section gives no minutes: separate time missing; SPC on tile and grass 250 ft x 2 SBA; stiff knee and quad weakness after TKA; raisin-row goal.
        ["v6-h45-selma-pta-gait-without-minutes"] = new(
            """
            VALLE CENTRAL PHYSICAL THERAPY — Selma
            PTA Treatment Note · Supervising PT: M. Ibarra, PT
            TE 97110 — 15 min: recumbent bike level 3 x 200 revs; heel slides 2 x 15; SAQ 2 x 15 @ 2 lb; standing TKE 2 x 15
            Gait: SPC on tile and the grass strip by the parking lot, 250 ft x 2 SBA; cued knee bend in swing
            Problem: stiff L knee (flexion 92°) and L quad weakness after L TKA; short R step
            Goal: walk the raisin rows at his brother's place
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 15), PTA("97116", 13)], [SepTime]),

        // PT/OT co-treat "one pt, two clinicians, nobody else in the room": PT 97112 20 and OT 97530 18 by discipline, both matching; dual-task stepping, foam cross-midline reach, rocker-board mail sorting; tea making with SBA and cues; dual-task postural control; Berg and dual-task TUG: passes.
        ["v6-h45-firsthill-pt-ot-cotreat"] = new(
            """
            PUGET SOUND MEDICAL CENTER — Outpatient Neuro Rehab (First Hill)
            PT/OT co-treatment — one pt, two clinicians, nobody else in the room
            PT · 97112 · 20 min: stepping to floor targets while OT calls the sequence; lateral weight shifts on foam w/ a reach across midline; standing on the rocker board while sorting mail into slots
            OT · 97530 · 18 min: making a cup of tea — fill the kettle, carry the mug to the table; SBA, 2 cues to use the L hand to stabilize
            PT deficit: ↓ postural control under dual task; ↓ L LE weight acceptance (R MCA infarct)
            PT measures: Berg 45/56; dual-task TUG 17.3 s
            OT goal: make her own breakfast at home
            """,
            ["I69.354"], [PT("97112", 20), OT("97530", 18)], []),

        // One timed code, "Treatment duration: 23 minutes — one-on-one" matches the 97112 line; X1 on foam, dot-color corridor walking, pivot turns; post-concussive vestibulo-ocular dysfunction; DGI beside a self-rated VOMS: passes.
        ["v6-h45-firsthill-treatment-duration-23"] = new(
            """
            PUGET SOUND MEDICAL CENTER — Vestibular & Concussion Clinic (First Hill)
            Treatment duration: 23 minutes — one-on-one, vestibular room
            Interventions: X1 viewing w/ yaw and pitch while standing on foam; walking the corridor w/ head turns, calling out the colors of taped dots; quick pivot turns in both directions
            Impairment: post-concussive vestibulo-ocular dysfunction — symptoms w/ head turns, slow to settle; unsteady in the crowded ferry terminal
            Measures: VOMS horizontal VOR dizziness 2 → 5/10; DGI 20/24
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a PT visit with 97112 and 97116: DOC_NOTE_MISSING on both profiled lines and nothing else.
        ["v7-h45-empty-nmr-and-gait"] = new(
            "",
            ["R26.81"], [PT("97112", 22), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // Spaces and line breaks only on an OT 97530 visit sent without a diagnosis: missing on 97530, and the diagnosis check.
        ["v7-h45-blank-ot-97530-no-diagnosis"] = new(
            "  \n   \n",
            [], [OT("97530", 20)], [At(NoteMissing, "97530"), Dx]),

        // Empty note on a PT visit with 97140 and 97110: DOC_NOTE_MISSING on both lines.
        ["v7-h45-empty-mt-and-te"] = new(
            "",
            ["M54.2"], [PT("97140", 10), PT("97110", 15)], [At(NoteMissing, "97140"), At(NoteMissing, "97110")]),

        // Smart-text 97110 whose only target is the body region in its heading "R SHOULDER — TE 97110", which the contract counts; pulleys, wand, band ER/IR, wall walks with doses: passes.
        ["v7-h45-sanleandro-97110-region-heading-only"] = new(
            """
            PACIFIC CREST HEALTH · San Leandro · Rehabilitation Services
            PT RETURN VISIT (BRIEF)
            R SHOULDER — TE 97110, 15 min:
              > pulleys flexion x 20
              > wand flexion and ER 2 x 15 each
              > band ER/IR at 0° abd 2 x 12
              > wall walks 2 x 10
            """,
            ["M75.01"], [PT("97110", 15)], []),

        // PTA 97530 whose only target is the goal "return to driving the tractor and loading fruit at the family orchard" and whose measure is loads and repetitions (no assistance level): box lifts, bucket carries, tractor-step climbs: passes.
        ["v7-h45-exeter-pta-97530-goal-and-loads"] = new(
            """
            VALLE CENTRAL PHYSICAL THERAPY — Exeter
            PTA Treatment Note · Supervising PT: L. Vang, PT
            97530 — 20 min
              - lifting a 20-lb box of oranges from the floor to a waist-high table w/ a hip hinge x 6
              - carrying a 10-lb bucket 40 ft x 4
              - climbing onto the tractor step (18 in) w/ the grab bar and back down x 5
            Goal: return to driving the tractor and loading fruit at the family orchard
            """,
            ["M62.81"], [PTA("97530", 20)], []),

        // 97140 for a TMJ: intraoral caudal distraction and lateral glide gr III in holds and bouts, STM masseter/temporalis, suboccipital release; L TMJ click with deviation on opening: passes.
        ["v7-h45-woodstock-tmj-holds-97140"] = new(
            """
            ALDER & VINE ORTHOPEDIC MANUAL THERAPY — Woodstock
            Daily note · MT 97140 — 10 min
            L TMJ: intraoral caudal distraction gr III 3 x 30 s; lateral glide to the R gr III 3 x 30 s; STM L masseter and temporalis; suboccipital release
            L TMJ click on opening w/ deviation to the L
            """,
            ["M26.622"], [PT("97140", 10)], []),

        // 97116: gait training with a new rollator on the sidewalk and ramp, brake and seat use; 400 ft x 2 with one seated rest, SBA; deconditioning with slow cadence and flexed trunk: passes.
        ["v7-h45-lamesa-rollator-distance-97116"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — La Mesa
            97116 — 14 min
            Gait training w/ the new 4-wheeled walker (rollator) on the clinic sidewalk and the ramp; brakes and seat use practiced at each stop
            Distance: 400 ft x 2 w/ one seated rest, SBA
            Deconditioning after 3 wks in the hospital (pneumonia); slow cadence, forward-flexed trunk
            """,
            ["R53.81", "R26.89"], [PT("97116", 14)], []),

        // Smart-text "97530: Functional activities per plan of care. Pt tolerated well. Continue POC.": generic only.
        ["v7-h45-hayward-97530-generic"] = new(
            """
            PACIFIC CREST HEALTH · Hayward · Rehabilitation Services
            PT RETURN VISIT (BRIEF)
            97530: Functional activities per plan of care. Pt tolerated well. Continue POC.
            """,
            ["M62.81"], [PT("97530", 15)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Smart-text "NMR 97112: balance training and coordination exercises. Tolerated well. Continue plan of care.": generic only, no technique, deficit, number or one-on-one.
        ["v7-h45-vallejo-97112-generic"] = new(
            """
            PACIFIC CREST HEALTH · Vallejo · Rehabilitation Services
            PT RETURN VISIT (BRIEF)
            NMR 97112: balance training and coordination exercises. Tolerated well. Continue plan of care.
            """,
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Portland "TE 97110: ther ex per flowsheet, pt tolerated tx well, cont POC.": generic only.
        ["v7-h45-gresham-97110-per-flowsheet-generic"] = new(
            "ALDER & VINE ORTHOPEDIC MANUAL THERAPY — Gresham. Daily note. TE 97110: ther ex per flowsheet, pt tolerated tx well, cont POC.",
            ["M54.50"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary notes

        // Smart-text TKA visit: "TE 97110 — 20 min" (bike, heel slides, prone hangs, step-ups, TKE with doses) and "MT 97140 — 10 min" (tibiofemoral mob gr III in bouts, patellar mobs, STM) both match; AROM and lag; Mare Island goal: passes.
        ["vord-h45-vallejo-tka-te-mt"] = new(
            """
            PACIFIC CREST HEALTH · Vallejo · Rehabilitation Services
            PT RETURN VISIT (BRIEF) — RV #6
            SUBJ: 3/10 knee pain, stiff getting out of the car.
            TE 97110 — 20 min: stationary bike seat 9, rocking → full revolutions x 40; heel slides w/ strap 2 x 15; prone hangs 3 x 30 s; step-ups onto a 4-in step 2 x 12; TKE w/ blue band 2 x 15
            MT 97140 — 10 min: tibiofemoral flexion mob in sitting gr III 4 x 30 s; patellar mobs sup/inf and med/lat; STM distal quad and ITB
            IMPAIRMENT: L knee AROM 6–101°; quad lag 5°
            GOAL: walk the Mare Island shoreline trail
            RESPONSE: No adverse response.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 20), PT("97140", 10)], []),

        // Smart-text 97110 with no minutes written (one timed code): press-ups, hip hinge, bird dog, suitcase carry, marching bridge with doses; mechanical LBP with extension loss and trunk endurance; car-seat lifting goal: passes.
        ["vord-h45-sanleandro-lbp-97110"] = new(
            """
            PACIFIC CREST HEALTH · San Leandro · Rehabilitation Services
            PT RETURN VISIT (BRIEF)
            TE 97110: prone press-ups 2 x 10; hip hinge w/ dowel 2 x 10; bird dog 2 x 10 w/ 3 s hold; suitcase carry 20 lb 4 x 50 ft; bridge w/ march 2 x 10
            IMPAIRMENT: L-sided mechanical LBP w/ ↓ lumbar extension; trunk endurance deficit
            GOAL: lift his toddler grandson into the car seat w/o back pain
            RESPONSE: No adverse response.
            """,
            ["M54.50"], [PT("97110", 16)], []),

        // Smart-text falls visit: "NMR 97112 — 23 min" (release-from-lean stepping, head-turn tandem, Airex cone reaches) and "TE 97110 — 15 min" (hands-free sit-to-stand, cuffed hip work, heel raises) both match; skilled individual intervention; TUG, chair stands and Berg: passes.
        ["vord-h45-antioch-falls-nmr-te"] = new(
            """
            PACIFIC CREST HEALTH · Antioch · Rehabilitation Services
            PT RETURN VISIT (BRIEF)
            SERVICE TYPE: Individual (not group/concurrent)
            NMR 97112 — 23 min: forward/lateral reactive stepping after release from a lean; tandem walk w/ horizontal head turns; SL stance on the Airex reaching to cones
            TE 97110 — 15 min: sit-to-stand w/o hands 3 x 8; standing hip abd/ext w/ 3-lb cuffs 2 x 12; heel raises 2 x 15
            IMPAIRMENT: slow protective stepping and ↓ postural control w/ head movement (fell twice in the Costco lot this winter); B hip weakness 4-/5
            OUTCOME: TUG 12.2 s; 30-s chair stand 9; Berg 47/56
            PLAN: Cont per POC.
            """,
            ["R26.81", "Z91.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // OT 97530 after a R MCA stroke: one-handed shirt donning, grooming at the sink with the L hand stabilizing, low-drawer retrieval; Min A / SBA; L hemiparesis and dexterity; dressing goal: passes.
        ["vord-h45-panoramacity-ot-dressing-97530"] = new(
            """
            PACIFIC CREST HEALTH · Panorama City · Occupational Therapy
            OT RETURN VISIT (BRIEF)
            97530 — 24 min: donning a button-up shirt w/ the hemi technique (L arm first) seated at the edge of the mat x 2; standing at the sink to brush teeth and comb hair w/ the L hand stabilizing; getting clothes out of a low dresser drawer
            ASSIST: Min A for buttons; SBA standing at the sink
            PROBLEM: L hemiparesis, ↓ L hand dexterity and standing balance (R MCA infarct 12/2025)
            GOAL: dress herself before her daughter leaves for work
            """,
            ["I69.354"], [OT("97530", 24)], []),

        // Complete smart-text two-code stroke note ("NMR 97112 — 22 min" PNF standing stabilization, foam step-and-hold, mirror weight shifts; "GAIT 97116 — 15 min" quad cane 150 ft x 3; R recruitment; Berg and 10MWT) — but nothing states one-on-one.
        ["vord-h45-hayward-nmr-gait-delivery-unstated"] = new(
            """
            PACIFIC CREST HEALTH · Hayward · Rehabilitation Services
            PT RETURN VISIT (BRIEF)
            NMR 97112 — 22 min: PNF rhythmic stabilization in standing; stepping onto a foam pad and holding; weight shifts onto the R w/ mirror feedback
            GAIT 97116 — 15 min: quad cane, step-through pattern, hallway and ramp; 150 ft x 3 CGA → SBA
            IMPAIRMENT: R hemiparesis — ↓ R LE motor recruitment and weight acceptance; R knee hyperextension in stance
            OUTCOME: Berg 41/56; 10MWT 0.58 m/s
            PLAN: Cont per POC.
            """,
            ["I69.351"], [PT("97112", 22), PT("97116", 15)], [At(OneOnOne, "97112")]),

        // Complete smart-text 97110 (quad sets, SLR, sidelying abduction, mini-squats, step-ups with doses; quad grade, flexion, stair pain; American River trail goal) sent with no diagnosis.
        ["vord-h45-sacramento-te-no-diagnosis"] = new(
            """
            PACIFIC CREST HEALTH · Sacramento (Point West) · Rehabilitation Services
            PT RETURN VISIT (BRIEF)
            TE 97110 — 17 min: quad sets 10 x 5 s; SLR 2 x 12; sidelying hip abd 2 x 12; mini-squats at the counter 2 x 10; step-ups onto a 4-in step 2 x 10
            IMPAIRMENT: R quad 4-/5, R knee flexion 110°, pain on stairs (R knee OA)
            GOAL: walk the American River bike trail w/ his wife
            """,
            [], [PT("97110", 17)], [Dx]),

        // OT smart-text "TIME: 30 min" on the one timed code against an 18-min 97530 line: mismatch; meal prep with a rocker knife, pot carry, sink clean-up, SBA with a rest; hand weakness and activity tolerance after CABG complete.
        ["vord-h45-oakland-ot-time-mismatch-97530"] = new(
            """
            PACIFIC CREST HEALTH · Oakland · Occupational Therapy
            OT RETURN VISIT (BRIEF)
            TIME: 30 min
            97530: meal prep in the ADL kitchen — chopped vegetables w/ a rocker knife, carried a pot of water 10 ft to the stove w/ both hands, cleaned up at the sink; SBA, 1 seated rest
            PROBLEM: R hand weakness (grip 22 lb) and ↓ activity tolerance after CABG
            GOAL: cook dinner for her husband again
            """,
            ["Z95.1", "M62.81"], [OT("97530", 18)], [At(Mismatch, "97530")]),

        // Portland neck: "MT 97140 — 12 min" (C2/3 unilateral PA gr IV−, suboccipital release, thoracic PA and extension mobs) and "TE 97110 — 15 min" (cuff-feedback chin nods, prone Y/T, open book, rows) both match; CROM before/after; cervicogenic headache: passes.
        ["vord-h45-alberta-neck-mt-te"] = new(
            """
            ALDER & VINE ORTHOPEDIC MANUAL THERAPY — Alberta Arts
            Daily note
            S: Neck 4/10, better after the weekend; still stiff shoulder-checking on her bike.
            MT 97140 — 12 min: C2/3 R unilateral PA gr IV− 3 x 30 s; suboccipital release; T3–5 PA gr III; seated thoracic extension mobs over the chair back
            TE 97110 — 15 min: chin nods w/ pressure-cuff feedback 10 x 10 s; prone Y and T 2 x 10; quadruped open book 2 x 10 each side; band rows 3 x 12
            O: CROM R rot 60° → 70° post; cervicogenic HA down to 2x/wk
            Plan: 1x/wk for 3 more visits
            """,
            ["M54.2", "G44.86"], [PT("97140", 12), PT("97110", 15)], []),

        // Portland SI joint: "C/S: R SIJ P! w/ SL stance on the R and rolling in bed"; prone PA glide gr III, muscle energy holds, lumbopelvic HVLA; reassessed pain on SL stance: 97140 passes.
        ["vord-h45-sellwood-sij-97140"] = new(
            """
            ALDER & VINE ORTHOPEDIC MANUAL THERAPY — Sellwood
            Daily note · MT 97140 — 10 min
            C/S: R SIJ P! w/ SL stance on the R and rolling in bed
            Rx: R SIJ PA glide in prone gr III 3 x 30 s; muscle energy for a R anterior innominate 5 x 5 s holds; lumbopelvic HVLA (sidelying, R side up) x 1
            Reassess: SL stance R P! 2/10 from 5/10
            Pt is 67, works her plot at the community garden
            """,
            ["M53.3"], [PT("97140", 10)], []),

        // Portland three codes "MT 10 min · TE 15 min · TA 13 min", all matching; hip distraction and posterior glide gr III, STM; hinge, clamshells, SL bridge, step-downs with doses; basket lift and half-kneel rises SBA; R hip OA degrees; raised-bed goal: passes.
        ["vord-h45-stjohns-hip-oa-three-codes"] = new(
            """
            ALDER & VINE ORTHOPEDIC MANUAL THERAPY — St. Johns
            Daily note — MT 10 min · TE 15 min · TA 13 min
            MT: R hip long-axis distraction w/ belt gr III 3 x 30 s; posterior glide in flexion gr III 3 x 30 s; STM R TFL/glute med
            TE: hip hinge to a box 3 x 10; clamshells w/ band 2 x 15; SL bridge 2 x 10 each; step-downs off a 4-in step 2 x 10
            TA: floor-to-waist lift of a 15-lb laundry basket 2 x 6; down to half-kneel and back up at the garden bed x 5, SBA
            R hip OA: IR 12°, flexion 95°; limps after walking his dog in Cathedral Park
            Goal: kneel to weed his raised beds and get back up
            """,
            ["M16.11"], [PT("97140", 10), PT("97110", 15), PT("97530", 13)], []),

        // Portland ankle ORIF: "Gait 97116 — 14 min" (weaning SPC, 300 ft x 2 mod I, reciprocal stairs) and "MT 97140 — 11 min" (talocrural and subtalar glides in bouts, scar mobilization) both match; DF degrees and push-off: passes.
        ["vord-h45-montavilla-ankle-gait-mt"] = new(
            """
            ALDER & VINE ORTHOPEDIC MANUAL THERAPY — Montavilla
            Daily note
            R ankle ORIF (bimalleolar, 10 wks), FWB in a lace-up brace
            Gait 97116 — 14 min: SPC → no device in the hallway; cued heel strike and push-off; 300 ft x 2 mod I w/o device; stairs reciprocal w/ rail
            MT 97140 — 11 min: talocrural posterior glide gr III–IV 3 x 30 s; subtalar lateral glide gr III 3 x 30 s; scar mobilization over the lateral incision
            R DF 5° knee straight, 12° knee bent; short L step, ↓ push-off on the R
            """,
            ["S82.841D"], [PT("97116", 14), PT("97140", 11)], []),

        // Complete Portland 97140 (C5/6 PA gr III, upper trap/scalene STM, first-rib glide; side-bend degrees and a positive median-bias ULNT) whose diagnosis field holds the ICD-9 code "723.1": not an ICD-10-CM code.
        ["vord-h45-gresham-neck-icd9-diagnosis"] = new(
            """
            ALDER & VINE ORTHOPEDIC MANUAL THERAPY — Gresham
            Daily note · MT 97140 — 10 min
            C/S: L cervical SB 25° w/ L upper trap P!; tingling to the L thumb w/ ULNT1 (median bias) +
            Rx: C5/6 L unilateral PA gr III 3 x 30 s; L upper trap and scalene STM; L first-rib caudal glide gr III
            Reassess: SB 33°, tingling ↓
            """,
            ["723.1"], [PT("97140", 10)], [Dx]),

        // Seattle vestibular migraine: graded optokinetic scrolling on firm → foam, lobby walking at shift change with head turns, X1 on a patterned background, one-on-one; visual motion sensitivity and dependence; FGA and foam EC seconds: passes.
        ["vord-h45-firsthill-vestibular-migraine-97112"] = new(
            """
            PUGET SOUND MEDICAL CENTER — Vestibular & Concussion Clinic (First Hill)
            Vestibular Rehab Treatment Note · seen one-on-one
            Dx: vestibular migraine, on a preventive per neurology
            97112 — 22 min
              - graded optokinetic exposure: scrolling-stripe video seated, then standing on firm → foam, stopped before symptoms passed 4/10
              - walking in the hospital lobby at shift change (busy visual field) w/ head turns
              - X1 viewing on a patterned background
            Impairment: visual motion sensitivity and visual dependence for balance
            Measures: FGA 23/30; standing on foam EC 18 s (9 s at eval)
            """,
            ["G43.809"], [PT("97112", 22)], []),

        // Seattle concussion after a fall on the Harbor Steps: "TE 97110 — 15 min" (sub-threshold bike at a target HR, wall sits, rows) and "NMR 97112 — 23 min, one-on-one" (X1, saccades, head-turn walking) both match; exercise tolerance and VOR/saccadic symptoms; NPC and DGI: passes.
        ["vord-h45-firsthill-concussion-te-nmr"] = new(
            """
            PUGET SOUND MEDICAL CENTER — Vestibular & Concussion Clinic (First Hill)
            Concussion Treatment Note · 68 y/o F, concussion from a fall on the wet Harbor Steps (6 wks)
            TE 97110 — 15 min: sub-symptom-threshold aerobic work on the recumbent bike at HR 110–115 bpm (80% of the symptom-threshold HR of 140 on her treadmill test), cadence 60 rpm; then wall sits 3 x 20 s and band rows 3 x 12
            NMR 97112 — 23 min, one-on-one: X1 horizontal/vertical seated → standing; saccades between two cards at arm's length; walking w/ head turns in the corridor
            Deficits: ↓ exercise tolerance (headache w/ exertion); VOR and saccadic symptoms, blurred vision w/ head movement
            Measures: VOMS horizontal VOR headache +3; NPC 8 cm; DGI 20/24
            """,
            ["S06.0X0D"], [PT("97110", 15), PT("97112", 23)], []),

        // Seattle PPPD, "1:1 in the vestibular room, the whole session": foam EC then a scrolling screen, walking toward sounds, curb-height step-offs in the atrium crowd; visually dependent postural control and bracing gait; mCTSIB, FGA and gait speed: passes.
        ["vord-h45-firsthill-pppd-97112"] = new(
            """
            PUGET SOUND MEDICAL CENTER — Vestibular & Concussion Clinic (First Hill)
            Vestibular Rehab Treatment Note · 1:1 in the vestibular room, the whole session
            PPPD (since a viral labyrinthitis in 2024)
            97112 — 24 min
              - standing on foam w/ EC, then EO watching a busy scrolling screen
              - walking while turning her head toward sounds PT makes behind her
              - stepping on and off a curb-height step in the atrium crowd, no hands
            Impairment: visually dependent postural control; stiff, "bracing" gait in busy places
            Measures: mCTSIB foam EC 15 s; FGA 22/30; gait speed 1.02 m/s
            """,
            ["R42", "F45.8"], [PT("97112", 24)], []),

        // Seattle cerebellar stroke: "NMR 97112 — 23 min" (PNF chops/lifts in half-kneel, slow reversals with approximation, rail tandem) and "GAIT 97116 — 15 min" (trekking poles on ramp and plaza, 300 ft x 2 SBA) both match; one-on-one; limb and truncal ataxia; SARA and 10MWT: passes.
        ["vord-h45-firsthill-cerebellar-nmr-gait"] = new(
            """
            PUGET SOUND MEDICAL CENTER — Outpatient Neuro Rehab (First Hill)
            PT Treatment Note · one-on-one, PT with pt throughout
            Dx: R cerebellar (PICA) infarct 11/2025
            NMR 97112 — 23 min: PNF chops and lifts in half-kneeling; slow-reversal stepping in stride stance w/ approximation at the pelvis; tandem walking along the hallway handrail
            GAIT 97116 — 15 min: walking w/ 2 trekking poles on the ramp and the uneven plaza outside, 300 ft x 2 SBA; cues for a narrower base and even cadence
            Impairment: R limb and truncal ataxia, wide-based staggering gait
            Measures: SARA 9/40; 10MWT 0.88 m/s
            """,
            ["I69.393"], [PT("97112", 23), PT("97116", 15)], []),

        // Seattle 97112 "DGI not done — pt came off the Bremerton ferry nauseated …": no number anywhere but the code: measure missing; one-on-one, gaze stabilization, corridor head turns, foam EC nods; L hypofunction with oscillopsia present.
        ["vord-h45-firsthill-dgi-not-done-no-number"] = new(
            """
            PUGET SOUND MEDICAL CENTER — Vestibular & Concussion Clinic (First Hill)
            Vestibular Rehab Treatment Note · one-on-one
            97112
              - gaze stabilization, head moving and target still, yaw, standing feet together
              - walking the corridor w/ head turns
              - standing on foam, eyes closed, head nods
            Impairment: L vestibular hypofunction, oscillopsia and veering w/ quick head turns
            DGI not done — pt came off the Bremerton ferry nauseated and we stopped short of provoking her further. Recheck next visit.
            """,
            ["H81.22"], [PT("97112", 23)], [At(Measure, "97112")]),

        // Central Valley PTA 97110 (bilingual PTA): hip hinge, box deadlift with a kettlebell, bird dog, suitcase carry with doses; lumbar strain lifting grape trays with flexion loss; pruning-crew goal: passes.
        ["vord-h45-visalia-pta-grape-trays-97110"] = new(
            """
            VALLE CENTRAL PHYSICAL THERAPY — Visalia
            PTA Treatment Note · Supervising PT: R. Castañeda, PT
            Interpreter: Spanish (bilingual PTA)
            97110 — 16 min
              - hip hinge w/ dowel 3 x 10
              - deadlift from a 12-in box, 20-lb kettlebell, 3 x 8
              - bird dog 2 x 10 w/ 3 s hold
              - suitcase carry 25 lb R/L, 4 x 50 ft
            Problem: lumbar strain lifting grape trays; ↓ lumbar flexion, pain bending to the ground
            Goal: back on the pruning crew in January, bending at the vine
            """,
            ["S39.012D"], [PTA("97110", 16)], []),

        // PTA TKA: "TE 97110 — 15 min" (NuStep, heel slides, cuffed knee ext, hamstring curls) and "Gait 97116 — 13 min" (FWW → SPC, 180 ft x 2 SBA) both match; flexion degrees and quad grade; stiff-knee gait; church goal: passes.
        ["vord-h45-porterville-pta-tka-te-gait"] = new(
            """
            VALLE CENTRAL PHYSICAL THERAPY — Porterville
            PTA Treatment Note · Supervising PT: L. Vang, PT
            TE 97110 — 15 min: NuStep level 5 x 400 steps; heel slides 2 x 15; seated knee ext 2 x 15 @ 4 lb; standing hamstring curls 2 x 12
            Gait 97116 — 13 min: FWW → SPC trial on tile and carpet, 180 ft x 2 SBA w/ SPC; cued heel-toe and knee bend
            Problem: L knee flexion 98°, quad 4-/5; stiff-knee gait after L TKA (6 wks)
            Goal: walk from the car to the pews at Holy Cross on Sunday
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 15), PTA("97116", 13)], []),

        // PTA stroke: "Pt seen 1:1 by the PTA; wife in the room to learn the HEP"; "NMR 97112 — 22 min" (tapping-cued weight shift, controlled R step-ups, PNF pelvic patterns) and "TA 97530 — 15 min" (chair rises, shower-lip stepping, jug carry, CGA) both match; R recruitment; Berg and % weight bearing: passes.
        ["vord-h45-madera-pta-stroke-nmr-ta"] = new(
            """
            VALLE CENTRAL PHYSICAL THERAPY — Madera
            PTA Treatment Note · Supervising PT: R. Castañeda, PT (on site)
            Pt seen 1:1 by the PTA; wife in the room to learn the HEP.
            NMR 97112 — 22 min: weight shifting onto the R w/ tapping at the R glutes; R step-ups onto a 4-in step w/ knee control; PNF pelvic patterns in sidelying
            TA 97530 — 15 min: sit-to-stand from his recliner-height chair x 6; stepping into the shower over a 3-in lip w/ the grab bar x 4; carrying a water jug 20 ft x 3 — CGA
            Deficit: R hemiparesis — ↓ R LE motor recruitment and weight shift to the R
            Objective: Berg 38/56; R LE weight bearing 36% on the scale
            Goal: shower at home w/ his wife standing by
            """,
            ["I69.351"], [PTA("97112", 22), PTA("97530", 15)], []),

        // OT hand after carpal tunnel release, 97110: tendon and nerve glides, putty pinch/grip, weighted wrist flex/ext with doses; grip lb; packing-line goal: passes.
        ["vord-h45-tulare-ot-ctr-97110"] = new(
            """
            VALLE CENTRAL PHYSICAL THERAPY — Tulare · OT
            97110 (OT) — 15 min
            R hand after carpal tunnel release (4 wks): tendon glides x 10 each position; median nerve glides x 10; green putty pinch and grip 2 x 15; wrist flex/ext w/ a 1-lb weight 2 x 15
            Grip R 28 lb / L 62 lb; scar tender at the palm
            Goal: back to sorting and packing on the citrus packing-house line
            """,
            ["G56.01"], [OT("97110", 15)], []),

        // PTA "Gait 97116 — 25 min" against a 15-min gait line: mismatch on 97116 (TE 15 matches); RW 250 ft x 2 SBA, curb CGA; marching, sit-to-stand, hip abd with doses; weakness and shuffling after a CHF stay complete.
        ["vord-h45-kingsburg-pta-gait-mismatch"] = new(
            """
            VALLE CENTRAL PHYSICAL THERAPY — Kingsburg
            PTA Treatment Note · Supervising PT: M. Ibarra, PT
            Gait 97116 — 25 min: RW on tile and outdoors on the sidewalk, 250 ft x 2 SBA; curb step up/down x 4 CGA
            TE 97110 — 15 min: seated marching 2 x 20; sit-to-stand 2 x 10; standing hip abd 2 x 12
            Problem: B LE weakness and shuffling gait after a 10-day hospital stay (CHF); lives alone in a mobile-home park
            """,
            ["R53.81", "I50.9"], [PTA("97116", 15), PTA("97110", 15)], [At(Mismatch, "97116")]),

        // PTA retiree "Tx: 1:1 w/ PTA": carioca on the rail, pillow SL stance with cone taps, tape-line walking carrying a laundry basket; ankle proprioception and postural control; SLS and TUG: passes.
        ["vord-h45-merced-pta-laundry-basket-97112"] = new(
            """
            VALLE CENTRAL PHYSICAL THERAPY — Merced
            PTA Treatment Note · Supervising PT: L. Vang, PT
            Tx: 1:1 w/ PTA
            97112 — 21 min
              - carioca along the rail
              - SL stance on a pillow, the other foot tapping 3 cones
              - walking a tape line carrying a laundry basket (can't see her feet)
            Deficit: ↓ ankle proprioception and postural control; fell carrying laundry out to the clothesline
            Objective: SLS R 6 s / L 5 s; TUG 12.8 s
            Retired cannery worker, 80; Hmong-speaking, son interpreting
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 21)], []),

        // San Diego lumbar fusion 97110: dead bug, Pallof press, box hip hinge with a KB, farmer carry, side plank with doses; trunk endurance deficit and rounded-back lifting; Shelter Island kayak goal: passes.
        ["vord-h45-pointloma-fusion-97110"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — Point Loma
            Pt: 72 y/o M, USN (ret.); L4–S1 fusion 4 mos
            97110 — 18 min
              - dead bug w/ heel taps 2 x 10
              - Pallof press w/ band 3 x 10 each way
              - hip hinge to a 24-in box w/ a 25-lb KB, 3 x 8
              - farmer carry 30 lb each hand 4 x 60 ft
              - side plank on knees 3 x 20 s
            Impairment: trunk extensor and lateral endurance deficit after the fusion; lifts w/ a rounded back
            Goal: launch his kayak at Shelter Island
            """,
            ["Z98.1", "M54.50"], [PT("97110", 18)], []),

        // San Diego remote blast TBI, one-on-one: serial-7 tape-line walking, rocker board with a flipping card, called quick-step targets; dual-task postural control and visual processing; dual-task gait speed cost and FGA: passes.
        ["vord-h45-oceanside-blast-tbi-97112"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — Oceanside
            Pt: 67 y/o M, USMC (ret.); remote blast TBI (Iraq 2004), new falls this year
            97112 — 23 min · one-on-one
              - walking a tape line while doing serial 7s
              - standing on the rocker board while reading a card that flips orientation
              - quick-step drills to numbered floor targets called by PT
            Deficit: ↓ dual-task postural control; slowed visual processing and sway w/ head turns
            Measures: dual-task gait speed 0.82 m/s vs 1.06 m/s single task; FGA 21/30
            """,
            ["S06.9X0S", "R26.81"], [PT("97112", 23)], []),

        // San Diego staged B TKA: "TE (97110) 15 min" (bike, heel slides, SAQ, step-ups) and "Gait (97116) 15 min" (FWW → SPC, 200 ft x 2 SBA, step-to stairs) both match; quad grade and flexion; commissary goal: passes.
        ["vord-h45-chulavista-bilateral-tka-te-gait"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — Chula Vista
            Pt: 76 y/o F, USN (ret.) yeoman; staged B TKA (R 10 wks, L 4 wks)
            TE (97110) 15 min: recumbent bike full revs x 60; heel slides 2 x 15 B; SAQ 2 x 15 @ 2 lb B; step-ups onto a 4-in step 2 x 10
            Gait (97116) 15 min: FWW → SPC in the hallway and the parking lot, 200 ft x 2 SBA; stairs step-to w/ rail
            Problem: B quad weakness 4-/5, L knee flexion 88°; short, stiff steps
            Goal: walk into the commissary from the accessible parking spot
            """,
            ["Z96.653", "Z47.1"], [PT("97110", 15), PT("97116", 15)], []),

        // San Diego cuff repair: "MT (97140) 10 min" (GH glides gr III in bouts, scapular mobs, STM) and "TE (97110) 16 min" (sidelying ER, prone row to ER, scaption, band IR/ER) both match; AROM and ER grade; pier-fishing goal: passes.
        ["vord-h45-lajolla-cuff-repair-mt-te"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — La Jolla
            Pt: 70 y/o M, USAF (ret.); R rotator cuff repair 14 wks
            MT (97140) 10 min: GH posterior and inferior glides gr III 3 x 30 s each; scapular mobs in sidelying; STM R infraspinatus/teres minor
            TE (97110) 16 min: sidelying ER 2 x 12 @ 2 lb; prone row to ER 2 x 10; scaption to 90° 2 x 10 @ 1 lb; band IR/ER 2 x 15
            R shoulder AROM flex 145°, ER 50°; ER 4-/5
            Goal: cast a line off the Ocean Beach pier again
            """,
            ["M75.121", "Z98.890"], [PT("97140", 10), PT("97110", 16)], []),

        // San Diego neuropathy, "Session one-on-one, PT only": NMR 22 (textured-mat EC stance, foam-beam heel-to-toe, target stepping without looking) and Gait 15 (SPC on sidewalk, grass and slope, 300 ft x 2 SBA) both match; absent vibration and position sense; Berg and gait speed: passes.
        ["vord-h45-lamesa-neuropathy-nmr-gait"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — La Mesa
            Pt: 79 y/o M, US Army (ret.), Vietnam 1968–69; DM2 and Agent Orange–related neuropathy
            Session one-on-one, PT only
            NMR (97112) 22 min: barefoot stance on the textured mat EC; heel-to-toe walking on the foam beam; stepping to tape targets without looking down
            Gait (97116) 15 min: SPC on the sidewalk, the grass and the driveway slope out front; 300 ft x 2 SBA; cues to look ahead
            Deficit: absent vibration and position sense at both great toes; ↓ somatosensory postural control, steps wide and watches his feet
            Measures: Berg 44/56; gait speed 0.86 m/s
            """,
            ["E11.42"], [PT("97112", 22), PT("97116", 15)], []),

        // San Diego OT 97530 after a distal radius ORIF: jars and a milk jug, wringing a washcloth, bag carries, cardigan buttons; Mod I with a jar opener, SBA carrying; grip and wrist extension; VA gift-shop goal: passes.
        ["vord-h45-escondido-ot-wrist-97530"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — Escondido · OT
            Pt: 74 y/o F, USN (ret.) nurse; R distal radius fx, ORIF 8 wks
            97530 — 20 min: opening jars and a milk jug w/ the R hand x 5 each; wringing out a washcloth x 10; carrying a 5-lb grocery bag in the R hand 40 ft x 3; buttoning a cardigan
            Level: Mod I w/ a jar opener; SBA for the carries
            Problem: ↓ R grip (24 lb vs L 48 lb) and R wrist ext 40°
            Goal: back to volunteering at the VA gift shop
            """,
            ["S52.501D"], [OT("97530", 20)], []),

        // San Diego "Pt did ther ex and balance today, 38 min. Tolerated well, no complaints. Cont POC, progress as able.": nothing named for either code, no one-on-one, and a total only.
        ["vord-h45-santee-generic-te-nmr-total"] = new(
            """
            HARBOR DRIVE PHYSICAL THERAPY — Santee
            Pt did ther ex and balance today, 38 min. Tolerated well, no complaints. Cont POC, progress as able.
            """,
            ["M62.81", "R26.81"], [PT("97110", 15), PT("97112", 23)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
