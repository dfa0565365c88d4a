using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The sixty-first held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not read
/// the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder
/// (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of notes written by someone who is not the patient's own therapist — Saturday
/// clinics, PRN PTs covering a vacation, hospital inpatient PTs and OTs floated to outpatient for the day, a
/// traveller's first week on a new EMR, PTAs covering another PTA's schedule — with the handoff lines such notes
/// carry ("per POC", "primary PT to reassess Tues", "f/u w/ K. Obi re: …", "continued per Dr. Rahimi's TKA
/// protocol") and the habits the covering clinicians bring from acute care, the SNF, home health and the sports
/// clinic; about two thirds ordinary and complete (68 of 103), single- and multi-code visits (97110, 97112, 97116,
/// 97140, 97530, up to three in a visit), by PTs, PTAs and OTs, a mixed Medicare Part B caseload, from five
/// employers:
/// <list type="number">
/// <item>a Hampton Roads private practice's Saturday clinics ("Elizabeth River Physical Therapy": Greenbrier in
/// Chesapeake, Ghent in Norfolk, Kempsville in Virginia Beach, Suffolk) staffed by PRN PTs and a Saturday PTA
/// covering the primary PT (K. Obi): a "SATURDAY COVERAGE VISIT ☒ covering ☐ primary" header with a "Delivery: ☒
/// Individual" row, one patient per slot, a home-health PT's "Time in / Time out", a couple treated side by
/// side, a ther-ex time that is not the line's; retired shipyard workers, a crab pot on the pier, the Oceanfront
/// boardwalk, the Outer Banks, the peanut-plant line;</item>
/// <item>a South Dakota hospital's outpatient therapy ("Big Sioux Regional Health": Louise Ave in Sioux Falls,
/// Brandon, Tea, Harrisburg) covered by inpatient PTs and OTs floated from 5 North ortho, the neuro step-down unit
/// and the rehab unit, charting as on the floor ("Pt received seated in lobby, agreeable", "gait belt donned",
/// "Left in lobby w/ spouse, all needs met", an assistance / device / distance grid, JH-HLM and AM-PAC 6-Clicks),
/// a float PT also guarding a patient at the parallel bars, a session's clock range for two codes, her own
/// Bioness L300 Go, CIMT shaping; hog farms, the packing plant, church on Sunday;</item>
/// <item>a Central Valley practice ("Sequoia Crest Rehab": Visalia, Tulare, Hanford, Exeter, Porterville) whose
/// travelling PT and OT are in their first week on the clinic's EMR and chart as in a SNF ("Skilled
/// intervention", "Pt requires skilled PT …", "PLOF", "tolerated tx w/o adverse reaction", "Minutes: NMR 23 · TE 15 ·
/// Total timed 38 · Untimed 0"): unfilled "***" fields, a pick list with nothing selected, an "Assist level: [—
/// select —]" drop-down and a blank distance, "Impairments: see initial evaluation by primary PT", a CPT code in the
/// diagnosis field, a Spanish and a Punjabi interpreter, LiteGait, LSVT BIG, muscle energy technique, a pusher on
/// the Burke Lateropulsion Scale; dairies, citrus, the swap meet, a son's pickup;</item>
/// <item>a mid-coast Maine practice ("Penobscot Bay Physical Therapy": Rockland, Camden, Belfast, Bucksport,
/// Ellsworth) whose PTAs cover one another's schedules under a supervising PT (R. Gagnon), some of them from home
/// health ("HEP reviewed ☒ Return demo ☒", "Home set-up per pt: 3 steps to the porch", energy conservation), an
/// "Attendance: (•) one-to-one" radio, a double-booked hour the PTA alternated, doses left on the primary PTA's
/// flowsheet, a Berg deferred to the supervising PT, "Imp: WNL today"; firewood and the woodstove, wood pellets,
/// a blueberry raker, a retired lobsterman and the harbor float;</item>
/// <item>a Boise-area practice ("Treasure Valley Movement &amp; Balance": Boise, Meridian, Nampa, Caldwell, Eagle)
/// whose PRN PTs and OT cover Dr. Aune's caseload while she is on vacation, with sports-clinic habits ("NMR 18' · TE
/// 16' · MT 8'", reaction-light pods, BESS, Y-balance, BFR with a Delfi cuff, tempo, Mulligan SNAGs), a "1:1 this
/// session? ☐ yes ☒ no" box for a Saturday open gym, a "Handoff to primary PT: ☒ message sent" box, a PT/OT
/// co-treat with each discipline's minutes, two walkers in the hall at once; the Greenbelt, Bogus Basin, Stanley,
/// onion sacks and sugar beets.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h61-…): one-on-one in these writers' words ("Mr. Whitlock had me to himself for the whole NMR
/// block", "the only patient on this therapist's book at that time", "PTA and pt only — nobody else in the
/// building", "Pt treated individually by this OT", "constant one-on-one attendance throughout NMR d/t high fall
/// risk"), notes that negate it (a float PT also guarding another patient at the parallel bars, a covering PTA
/// alternating two double-booked patients, "Not individual tx today" for a couple side by side) or never state it
/// (a PRN PT's complete note), and a 97116 with two walkers in the hall at once, which has no one-on-one
/// check;</item>
/// <item>class 2 (v2-h61-…): template states in covering notes: a coverage header with "Delivery: ☒ Individual", an
/// EMR's unfilled "***" impairment and measure fields, home-health HEP boxes, an acute-care assistance / device /
/// distance grid, "1:1 this session? ☐ yes ☒ no", a pick list with nothing selected beside "per POC … tolerated tx
/// well", an "Assistance: Contact guard ▾" drop-down, a co-treat box with each discipline's code and minutes, a
/// handoff box, an unselected assistance drop-down with a blank distance on a 97116, an "Attendance: (•)
/// one-to-one" radio;</item>
/// <item>class 3 (v3-h61-…): named protocols, programmes and devices as techniques (Cawthorne-Cooksey, the Bioness
/// L300 Go during gait, LiteGait body-weight support, Mulligan SNAGs, muscle energy technique, blood-flow
/// restriction with a Delfi cuff, CIMT shaping, NDT facilitation, LSVT BIG), and an Otago strength set whose doses
/// stayed on the primary PTA's flowsheet;</item>
/// <item>class 4 (v4-h61-…): deficits stated as findings (a pelvis that drops and a knee that collapses into valgus,
/// heel-to-shin and finger-to-nose dysmetria, contraversive pushing, foot slap and steppage, an extensor lag and
/// flexion in degrees, losing balance backward on an overhead reach, a tuning fork and toe position sense, objects
/// dropped from the hand) and 97112 notes that state none ("No balance deficit found", "Imp: WNL today",
/// "Impairments: see initial evaluation by primary PT");</item>
/// <item>class 5 (v5-h61-…): measures in their usual forms (SPPB with its parts, AM-PAC 6-Clicks, BESS errors, the
/// 2-minute step test, the 9-Hole Peg Test and grip, gait speed, push and release with Tinetti) and notes with none
/// (a Berg deferred to the supervising PT, "she says she feels steadier", a 97140 "looser" with re-measuring left
/// to the primary PT, a 97530 that "did better than last time");</item>
/// <item>class 6 (v6-h61-…): minutes in their usual forms (clock ranges for two codes, a SNF-style "Minutes:" line,
/// sports shorthand "NMR 18' · TE 16' · MT 8'", units with minutes, "Time in / Time out" with the code's minutes, net
/// minutes with a video interpreter), true mismatches (a ther-ex time of 30 against 18, a PTA's NMR of 12 against 24,
/// a clock range of 13 against 25, an OT's 32 against 20, the second of two codes) and truly missing separate time
/// (one session range for two codes, gait after timed ther ex with no minutes);</item>
/// <item>class 7 (v7-h61-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110, 97530, 97140 and 97116 in covering notes, and wholly generic 97110,
/// 97112 + 97530 and 97140 notes ("Covering for primary PT. Pt seen per POC …", "MT 10 min. Pt states 'that
/// helped.'");</item>
/// <item>ordinary (vord-h61-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a CPT code in the diagnosis field, a complete PTA note with no diagnosis, a
/// float PT's generic two-code note with a total, a PTA's two-code note that never says one-on-one, ther ex "for the
/// rest of the session" beside a timed NMR.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given as a clock range, or by time in and time out, equal its line). Every timed line earns at
/// least one unit under the 8-minute rule. This set's notes point outside themselves — to the plan of care, the
/// primary therapist's last note, an initial evaluation, a flowsheet, a protocol — and each is judged only on what
/// the note itself says: a technique, deficit, measure or one-on-one statement that lives only in the other
/// document is missing, and a handoff line beside a complete note changes nothing. Numbers from the primary's
/// notes are given as measures of earlier visits, never as minutes, and no note states minutes of another visit,
/// an activity, a rest or a slot (the 2-minute step test is a test's name). DOC_GENERIC_ONLY is expected only where the note names no technique,
/// deficit or measure at all. A 97112 passes the measure check only on an objective measure with a number and
/// fails it only when the note has no number but its code and its minutes; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes:
/// a therapist attending someone else during the block is not one-on-one, and a box ticked "no" says it was not.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception
/// inside the billed time, a plan of care's "1:1" quoted as the plan rather than as today's session, a content gap
/// in one section of a multi-code note, generic phrases beside a deficit or a measure without a technique,
/// "exercises per protocol" or "per flowsheet" as a note's only technique, a dose alone as a 97112's measure, vital
/// signs or self-rated scores as the only number, a cueing level as the only measure, an exercise's name as a
/// 97110's only region, "gait training" as the whole of a 97116 note, a 97530 or 97116 with no deficit, a visit's
/// total time with one timed code that differs from it, minute ranges and approximate minutes for a code, minutes
/// of an exercise, minutes copied from the primary's last note, canalith repositioning, three-character or
/// dotless diagnosis codes, and any line with a code that has no documentation profile (the L300's stimulation
/// and the other discipline's part of a co-treatment stay in the notes, never on a line).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 101 of 103 cases agree (101 needed), and 2 of the 68 notes the reviewer passes got a finding, on the
/// analyzer of 594db77 (the start of the 2026-12-05 eighth session) — its first run: nothing had changed before it, so this is
/// also the held-out figure.
/// </para>
/// <para>
/// After: development data from that run, worked through (with three read-only reviews of the readings): 103 of 103, no false
/// positive — weekend, PRN and covering therapists: "Mr. Whitlock had me to himself for the whole NMR block", "door frame for midline" as a pusher's technique. New examples in NotesAsWrittenTests "fifty-eighth-to-sixty-second-sets", the reviews' controls in
/// "review-of-the-fifty-eighth-to-sixty-second", "second-review-…" and "third-review-…".
/// </para>
/// </summary>
public class HeldOutNotesIssue18SixtyFirstTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in covering writers' words, negated, unstated

        // Greenbrier Saturday PRN: "Mr. Whitlock had me to himself for the whole NMR block"; called dots, off-centre catches, half-roll tandem; ankle-to-hip strategy and L ankle proprioception; k of 10 and seconds (the primary's earlier seconds labelled as such); 24 matches: passes.
        ["v1-h61-greenbrier-sat-had-me-to-himself"] = new(
            """
            ELIZABETH RIVER PHYSICAL THERAPY — Greenbrier (Chesapeake) · SATURDAY CLINIC
            Covering: R. Delacroix, PT (PRN) for primary PT K. Obi
            Saturdays run one pt per slot, so Mr. Whitlock had me to himself for the whole NMR block.
            97112 NMR — 24 min
              • stepping onto numbered floor dots called out at random, slow → quick
              • split-stance catches of a 2-lb med ball tossed off-center
              • tandem on a half foam roll (flat side down) w/ head turns
            Problem: slow ankle → hip strategy switch, ↓ L ankle proprioception (L bimalleolar ORIF 11/2025); nearly went over a crab pot on the pier last month
            Today: 7/10 called dots reached w/o an extra step; half-roll tandem 12 s (6 s in K. Obi's 2/28 note)
            f/u w/ K. Obi re: moving him to the full roll.
            """,
            ["S82.842D", "Z91.81"], [PT("97112", 24)], []),

        // Sioux Falls float PT: during the Airex block "I was also guarding another outpt at the parallel bars": not one-on-one, and nothing states it; perturbations, Airex head turns, cone stepping; neuropathic sway; mCTSIB and k of 6 present.
        ["v1-h61-sioux-falls-float-also-guarding-bars"] = new(
            """
            BIG SIOUX REGIONAL HEALTH — Outpatient Therapy (Louise Ave)
            Float coverage: inpatient PT (5 North ortho) covering the outpt schedule this morning.
            Pt received seated in lobby in own w/c, wife present, agreeable to PT. Gait belt donned.
            NMR (97112) 22 min
            - perturbations at the pelvis in staggered stance, eyes open → closed
            - Airex stance w/ horizontal head turns
            - lateral stepping over a line of cones, reactive
            During the Airex block I was also guarding another outpt at the parallel bars beside us while her PT took a phone call.
            Impairments: ↓ reactive stepping + sensory-dependent sway (neuropathy, B feet)
            mCTSIB foam EC 11 s; 4/6 lateral perturbations recovered w/o UE support
            Pt left seated in lobby w/ wife, all needs met.
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Visalia traveller: "the only patient on this therapist's book at that time; all NMR … delivered hands-on by this writer with no break to other pts"; PNF D1, tapping, yardstick stepping; R recruitment and hyperextension; Berg and stance seconds: passes.
        ["v1-h61-visalia-traveler-only-pt-on-book"] = new(
            """
            SEQUOIA CREST REHAB — Visalia (Mooney Blvd) · Daily Note
            Clinician: traveling PT, first week here; POC by primary PT M. Hovsepian.
            Pt was the only patient on this therapist's book at that time; all NMR below delivered hands-on by this writer with no break to other pts.
            Skilled intervention — 97112 Neuromuscular Re-education, 23 min:
            · PNF D1 flexion/extension patterns R LE in standing, rhythmic stabilization at the pelvis
            · weight shift onto the R over a 4" step w/ tapping to the R glut med
            · forward/backward stepping over a yardstick w/ cues for R knee control
            Pt requires skilled PT for R hemiparetic LE: ↓ R glut med/quad recruitment, R knee snaps into hyperextension
            Berg 42/56 (38 at IE per chart); R single-limb stance on the mat 3 s
            PLOF: indep w/o AD, worked the packing-house line at the citrus co-op until retirement.
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // Rockland covering PTA double-booked: "I alternated between them, this pt doing her foam work while I set the other up on the NuStep": not one-on-one; foam, stepping-strategy, counter tandem; somatosensory loss; seconds and steps present.
        ["v1-h61-rockland-pta-covering-alternated"] = new(
            """
            PENOBSCOT BAY PHYSICAL THERAPY — Rockland
            PTA note (covering J. Thibodeau's schedule, she's out this week; supervising PT R. Gagnon on site)
            Double-booked 1:30 — Jen's pt and my own pt both here; I alternated between them, this pt doing her foam work while I set the other up on the NuStep.
            97112 — 24 min
            · foam stance EO/EC w/ ball toss
            · stepping-strategy drill: forward/back steps to a tape line on a light pull
            · tandem walk along the counter w/ head turns
            Deficit: ↓ postural control w/ vision removed; somatosensory loss both feet (B12-deficiency neuropathy)
            Foam EC 7 s (goal 20 s); tandem 8 steps before a side-step
            Will let Jen know foam EC is still short of goal.
            """,
            ["G62.9", "R26.81"], [PTA("97112", 24)], [At(OneOnOne, "97112")]),

        // Boise PRN SOAP covering Dr. Aune: complete NMR (reaction-light pods, step-and-stick onto foam, backward walking with stop cues; reactive balance and R ankle proprioception; Y-balance and pod hits) but nothing says one-on-one.
        ["v1-h61-boise-prn-reaction-pods-never-states"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Boise (Bown Crossing)
            PRN PT covering for Dr. L. Aune, DPT (vacation through 3/13)
            S: Back to walking the Greenbelt 3x/wk; caught her toe on a root Sunday, no fall.
            O: NMR 97112 — 20 min
               - reaction-light pods on the wall at 4 heights: tap the lit pod from stride stance, then from single-leg stance
               - lateral step-and-stick onto a foam pad
               - backward walking w/ random stop cues
               Impairment: delayed reactive balance + ↓ R ankle proprioception after repeated R ankle sprains
               Y-balance anterior R 54 cm / L 63 cm; pods 28 hits in 30 s (22 on Dr. Aune's last visit)
            A: progressing
            P: Dr. Aune to re-test the Y-balance when back.
            """,
            ["M25.371", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Camden Saturday PTA: "His wife sat in the corner chair; otherwise PTA and pt only — nobody else in the building": one-on-one; half-kneel rises, rocker reaches, braiding; L weight shift and protective step; rocker seconds and push-and-release steps: passes.
        ["v1-h61-camden-pta-sat-wife-in-corner"] = new(
            """
            PENOBSCOT BAY PHYSICAL THERAPY — Camden · Saturday AM
            PTA covering for PTA S. Ames (out on leave). His wife sat in the corner chair; otherwise PTA and pt only — nobody else in the building till ten.
            NMR 97112 21 min
             – half-kneel → stand w/o hands, L leg leading
             – rocker board A/P w/ reaches across midline
             – braiding along the rail, then w/o the rail
            Deficit: slow weight shift onto the L + delayed protective step to the L (mild L hemiparesis, R MCA stroke 2024)
            Rocker board 15 s w/o touch-down; push and release from the L: 2 steps to recover
            HEP: half-kneel → stand added, pt demo'd back x 3. Supervising PT R. Gagnon to review Tues.
            """,
            ["I69.354"], [PTA("97112", 21)], []),

        // Nampa Saturday 97116 with two patients walked in the hall at once: 97116 has no one-on-one check; FWW → SPC with distances and curb, knee OA deviations, SBA/CGA; 18 matches: passes.
        ["v1-h61-nampa-sat-two-walkers-97116"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Nampa · Saturday
            PRN PT (covering Dr. Aune's caseload). Walked this pt and another of Dr. Aune's pts in the long hallway at the same time, taking turns at each one's side.
            Gait 97116 — 18 min
              FWW → SPC trial (cane in the R hand), 4 x 100 ft; curb step-up/down x 3 at the front walk
              L knee OA — antalgic, short R step, trunk leans over the L on loading
              SBA w/ FWW; CGA w/ SPC
            """,
            ["M17.12"], [PT("97116", 18)], []),

        // Tea float OT 97112: "Pt treated individually by this OT; no other pts during the session"; hand weight bearing, PNF D2, mirror therapy; L wrist/finger extensor recruitment and scapular instability; ARAT and cubes in 60 s: passes.
        ["v1-h61-tea-float-ot-nmr-individually"] = new(
            """
            BIG SIOUX REGIONAL HEALTH — Tea Clinic · Occupational Therapy
            Float OT from the inpatient rehab unit, covering today's outpt OT schedule.
            Pt received seated in the waiting area w/ daughter, agreeable to OT.
            OT 97112 — 19 min. Pt treated individually by this OT; no other pts during the session.
              - weight bearing through the L hand on the mat table w/ lateral trunk shifts
              - PNF D2 flexion L UE w/ manual resistance, quick stretch at the start of range
              - mirror therapy: finger-tapping sequences w/ the R hand, L hand hidden behind the mirror
              L UE: ↓ motor recruitment of wrist/finger extensors, scapular instability (R MCA stroke)
              ARAT L 22/57; grasp-release of 1-inch cubes: 6 in 60 s
            Pt left w/ daughter, walked to the car, all needs met.
            """,
            ["I69.354"], [OT("97112", 19)], []),

        // Kempsville Saturday: "Not individual tx today: she and her husband … worked side by side …; I split my time between them": negated; foam-beam tandem, shoulder pushes, obstacle tray carry; anticipatory control and visual dependence; DGI and seconds present.
        ["v1-h61-kempsville-couple-side-by-side"] = new(
            """
            ELIZABETH RIVER PT — Kempsville (Virginia Beach) · Sat
            Not individual tx today: she and her husband (also on our caseload, same 9:00 slot) worked side by side in the balance corner; I split my time between them.
            97112 – 22 min
            · foam-beam tandem w/ a reaching task
            · reactive stepping to gentle shoulder pushes, A/P and lateral
            · stepping over 2 obstacles while carrying a tray
            Why: ↓ anticipatory postural control + visual dependence (fell twice on the boardwalk at the Oceanfront)
            DGI 17/24; foam-beam tandem 10 s
            """,
            ["R29.6", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Brandon float PT: "Pt required constant one-on-one attendance throughout NMR d/t high fall risk; no other pts scheduled to this PT"; Airex sit-to-stand, bar perturbations, stop-and-hold step-ups; PD postural reflexes; pull test and 5xSTS: passes.
        ["v1-h61-brandon-float-constant-attendance"] = new(
            """
            BIG SIOUX REGIONAL HEALTH — Brandon Outpatient
            Float PT (acute) — covering. Pt required constant one-on-one attendance throughout NMR d/t high fall risk; no other pts scheduled to this PT during the session.
            97112: 23 min
            – sit → stand on Airex w/o UE
            – weight shifts in the parallel bars w/ perturbations from the PT at the pelvis
            – step-ups w/ the R to a 4" step, stop-and-hold at the top
            Deficit: PD — ↓ postural reflexes, retropulsion on the pull test; small shuffling steps
            Pull test 3 steps; 5xSTS 19 s
            Vitals: BP 118/70 seated → 112/68 standing, no sx
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox, drop-down and template states in covering notes

        // Ghent coverage header "☒ covering" with "Delivery: ☒ Individual ☐ Concurrent ☐ Group"; VOR x1 on foam, letter-reading head turns; R vestibular hypofunction with oscillopsia; DVA and FGA; "primary PT to reassess Tues": passes.
        ["v2-h61-ghent-coverage-box-individual"] = new(
            """
            ELIZABETH RIVER PHYSICAL THERAPY — Ghent (Norfolk)
            SATURDAY COVERAGE VISIT    ☒ covering   ☐ primary
            Primary PT: K. Obi        Covering PT: T. Ambrose (PRN)
            Delivery:   ☒ Individual   ☐ Concurrent   ☐ Group
            97112 — 22 min
              VOR x1 horizontal + vertical standing on foam; walking w/ head turns reading letters taped on the wall
              R vestibular hypofunction (neuritis, Dec) — oscillopsia walking in Ghent, can't read the street signs while walking
              DVA 4 lines lost (5 in the primary's last note); FGA 20/30
            Plan per POC — primary PT to reassess Tues.
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // Visalia traveller's new EMR: "Delivery: one-on-one" and techniques named, but "Impairments targeted: ***" and "Objective measures: ***" left unfilled and no number but the code's minutes: deficit and measure missing.
        ["v2-h61-visalia-emr-smarttext-unfilled"] = new(
            """
            SEQUOIA CREST REHAB — Visalia
            Daily Treatment Note
            Therapist: traveling PT (first week on this EMR)
            Delivery: one-on-one, therapist and patient only
            97112 Neuromuscular Re-ed: 18 min
            Interventions: rhythmic stabilization in tall kneel, tandem walking on the foam beam, stepping over hurdles w/ a pause on each leg
            Impairments targeted: ***
            Objective measures: ***
            Assessment: ***
            """,
            ["R26.81"], [PT("97112", 18)], [At(Deficit, "97112"), At(Measure, "97112")]),

        // Rockland covering PTA with home-health boxes (HEP reviewed ☒, return demo ☒, handout ☐); chair, cuff, step and heel-raise work with doses; hip/thigh weakness after pneumonia with a firewood goal; 20 matches: passes.
        ["v2-h61-rockland-pta-hep-boxes-te"] = new(
            """
            PENOBSCOT BAY PHYSICAL THERAPY — Rockland · PTA (covering D. Libby's Mon/Wed pts)
            HEP reviewed ☒    Return demo ☒    Handout updated ☐ (left for Dana)
            TE 97110 — 20 min
              sit-to-stand from an 18" chair, no hands, 3 x 8
              standing hip abd w/ 2-lb cuff 2 x 12 each
              step-ups 6" 2 x 10 each
              heel raises at the counter 2 x 15
            B hip + thigh weakness after 3 wks in the hospital (pneumonia); goal: carry firewood from the shed to the woodstove
            Home set-up per pt: 3 steps to the porch, L rail only.
            """,
            ["M62.81", "J18.9"], [PTA("97110", 20)], []),

        // Sioux Falls float PT's acute-care grid (assist, device, distance per row) for a 97116: FWW → 4WW with distances and stairs, flexed posture and short steps after TKA, JH-HLM; 17 matches: passes.
        ["v2-h61-sioux-falls-acute-grid-gait"] = new(
            """
            BIG SIOUX REGIONAL HEALTH — Outpatient Therapy (Louise Ave)
            Covering PT (inpatient float) · acute-style grid
              Mobility        Assist     Device    Distance
              Sit ↔ stand     SBA        FWW       —
              Gait            CGA        FWW       150 ft x 2
              Gait            CGA→SBA    4WW       200 ft
              Stairs (4)      CGA        1 rail    step-to
            97116 Gait training — 17 min: FWW → 4WW progression, cues for upright trunk + step length; stairs step-to w/ rail
            Deficits: flexed posture + short step length, L knee pain w/ loading (L TKA 5 wk ago)
            JH-HLM today 7
            """,
            ["Z96.652", "Z47.1"], [PT("97116", 17)], []),

        // Boise State St Saturday open gym: "1:1 this session?  ☐ yes  ☒ no": not one-on-one; BOSU tandem/SLS catches, rotational lunges, clap-cue stops; dynamic control and abductor timing after THA; Mini-BEST and seconds present.
        ["v2-h61-boise-one-on-one-box-no"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Boise (State St)
            Coverage: PRN PT for Dr. Aune
            1:1 this session?   ☐ yes   ☒ no   (Saturday open-gym block)
            NMR (97112) 25 min
            - tandem + single-leg stance on the BOSU (flat side up) w/ ball catches
            - multi-directional lunges to floor targets w/ a trunk rotation
            - quick-stop walking to a clap cue
            Targets: ↓ dynamic postural control + L hip abductor timing after L THA (anterior)
            Mini-BEST 21/28; SLS L on BOSU 9 s
            """,
            ["Z96.642"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Hanford pick list "[ ] none selected" and "per POC. Pt tolerated tx well … Will continue per primary PT": a 97110 with no exercise, region or number but its 15 minutes (which match): technique, generic, deficit and measure.
        ["v2-h61-hanford-picklist-none-selected"] = new(
            """
            SEQUOIA CREST REHAB — Hanford
            Therapeutic Exercise (97110): 15 min
            Interventions (pick list):  [ ] none selected
            Comments: per POC. Pt tolerated tx well, no adverse reaction. Will continue per primary PT.
            """,
            ["M62.81"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Camden covering PTA 97530 with "Assistance: Contact guard ▾" and counted wood-carry, stove-loading and threshold tasks; R knee weakness and balance after TKA with a woodstove goal; 23 matches: passes.
        ["v2-h61-camden-pta-dropdown-contact-guard-97530"] = new(
            """
            PENOBSCOT BAY PHYSICAL THERAPY — Camden · PTA
            Therapeutic activities (97530) — 23 min
            Tasks: carrying an armload of split wood (3 pieces) from the woodpile bin to the stove box 20 ft x 5; kneeling to load the stove and rising w/ the stove rail x 4; stepping over the porch threshold w/ the log carrier x 4
            Assistance: Contact guard ▾
            Why: R knee weakness + ↓ standing balance after R TKA; goal — keep the woodstove going himself this winter
            f/u w/ primary PTA re: trying the full log carrier.
            """,
            ["Z96.651"], [PTA("97530", 23)], []),

        // Caldwell co-treat box "PT (97116) min: 18   OT (97530) min: 12 — each discipline bills its own"; PT gait with devices, distances, CGA and foot drop; OT sink and commode tasks with counts, min A → CGA, hemiparesis and a night-toileting goal: passes.
        ["v2-h61-caldwell-cotreat-minutes-box"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Caldwell
            PT/OT co-treatment ☒     PT (97116) min: 18     OT (97530) min: 12     — each discipline bills its own minutes
            PT — gait: hemi-walker 3 x 60 ft → SPC 2 x 60 ft, CGA; cues for L heel strike; L foot drop (AFO on), toe catch x 2 on the SPC passes
            OT — at the sink: brushing teeth standing + filling a cup, then toilet transfers to the 3-in-1 commode x 3, min A → CGA; L hemiparesis; goal: toilet at night without waking his wife
            PRN PT + PRN OT covering; primary PT/OT back Monday.
            """,
            ["I69.354"], [PT("97116", 18), OT("97530", 12)], []),

        // Eagle "Handoff to primary PT: ☒ message sent in EMR ☐ verbal" on a complete 97140 (thoracic PAs with grade, first-rib mob, STM; upper back/neck stiffness; rotation degrees before and after): passes.
        ["v2-h61-eagle-handoff-box-manual"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Eagle
            Handoff to primary PT:  ☒ message sent in EMR   ☐ verbal
            97140 manual — 12 min
              R thoracic PA mobs T4–T8 gr III, first-rib caudal mob, STM R rhomboid/levator
              R upper back + neck pain w/ stiff mid-thoracic segments
              R cervical rotation 55° → 65° after
            """,
            ["M54.6", "M54.2"], [PT("97140", 12)], []),

        // Tulare 97116 "Assist level: [— select —]" and "Distance: ___ ft": gait with devices, curb cut and ramp named, knee buckling after TKA, but no distance, level or number but the code's minutes: measure missing.
        ["v2-h61-tulare-distance-blank-gait"] = new(
            """
            SEQUOIA CREST REHAB — Tulare
            97116 Gait training — 16 min
            Device: FWW → SPC      Assist level: [— select —]      Distance: ___ ft
            Training: outdoor sidewalk + the curb cut + the ramp by the front door; cues for heel strike and keeping the cane close
            R knee buckles when he turns fast; short L step (R TKA)
            """,
            ["Z96.651"], [PT("97116", 16)], [At(Measure, "97116")]),

        // Bucksport covering PTA "Attendance: (•) one-to-one ( ) concurrent ( ) group"; VOR x1 walking and over foam rolls, wedge tosses; L vestibular hypofunction with veering; DGI now and the primary PTA's last: passes.
        ["v2-h61-bucksport-pta-attendance-radio"] = new(
            """
            PENOBSCOT BAY PHYSICAL THERAPY — Bucksport · PTA covering (M. Hatch's Tue/Thu pts)
            Attendance:  (•) one-to-one   ( ) concurrent   ( ) group
            97112 · 20 min
              VOR x1 while walking the hallway, then while stepping over the foam rolls
              standing on a wedge (toes up) w/ ball tosses
            Deficit: L vestibular hypofunction — unsteady turning her head, veers L in the grocery aisles
            DGI 16/24 (primary PTA's last: 14/24)
            Supervising PT R. Gagnon updated by phone re: the DGI.
            """,
            ["H81.22"], [PTA("97112", 20)], []),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // Kempsville Saturday Cawthorne-Cooksey standing stage, "one-on-one; she was the only pt on my Saturday book at that hour"; gaze instability after labyrinthitis; FGA and DVA: passes.
        ["v3-h61-kempsville-cawthorne-cooksey"] = new(
            """
            ELIZABETH RIVER PHYSICAL THERAPY — Kempsville (Virginia Beach) · Saturday
            97112 — 21 min — one-on-one; she was the only pt on my Saturday book at that hour
            Cawthorne-Cooksey, standing stage: eye then head movements standing, tossing a small ball hand to hand above eye level, turning around in a circle both ways, then walking up and down the clinic ramp eyes open → eyes closed (guarded)
            L labyrinthitis (Jan) — gaze instability + unsteady on turns, worse in the dark
            FGA 17/30; DVA 4 lines lost
            Per primary PT's POC; K. Obi to progress her to the walking stage.
            """,
            ["H83.02"], [PT("97112", 21)], []),

        // Sioux Falls float PT 97116 with the patient's own Bioness L300 Go (no e-stim line), SPC, distances, CGA/SBA; R foot drop with toe catch and circumduction; 10-m walk with and without: passes.
        ["v3-h61-sioux-falls-bioness-l300-gait"] = new(
            """
            BIG SIOUX REGIONAL HEALTH — Outpatient Therapy (Louise Ave)
            Float PT from inpatient neuro covering; pt received standing at the front desk w/ SPC, agreeable.
            97116 gait training — 20 min
              Gait w/ her own Bioness L300 Go on the R peroneal nerve (her device; no e-stim charge), SPC in the L hand, 3 x 150 ft corridor + 1 x 100 ft on the sidewalk to the parking ramp; CGA outdoors, SBA indoors
              R foot drop after L MCA stroke — R toe catch and circumduction w/o the L300
              10-m walk: 0.71 m/s w/ the L300 on, 0.55 m/s off
            Left in lobby w/ husband, all needs met. Primary PT to re-check the L300 settings next visit.
            """,
            ["I69.351", "M21.371"], [PT("97116", 20)], []),

        // Visalia traveller LiteGait over the treadmill with % body-weight support, speeds and bouts, manual facilitation at the L knee; L knee snapping back after R MCA stroke; 22 matches: passes.
        ["v3-h61-visalia-litegait-bws"] = new(
            """
            SEQUOIA CREST REHAB — Visalia · traveling PT
            97116 Gait Training: 22 min
              LiteGait harness over the treadmill: 30% body-weight support → 20%, 0.9 → 1.1 mph, 3 walking bouts w/ seated rests; PT at the L knee for stance control
              L hemiparesis (R MCA stroke 9/2025) — L knee snaps back at midstance, short R step
              Last bout at 20% BWS and 1.1 mph w/o the knee snapping back
            Skilled PT required for manual facilitation + harness adjustment. Continue per primary PT's POC.
            """,
            ["I69.354"], [PT("97116", 22)], []),

        // Meridian PRN Mulligan SNAGs and reverse NAGs with sets; neck pain and rotation loss (backing the boat trailer); rotation degrees before and after; 14 matches: passes.
        ["v3-h61-meridian-mulligan-snags"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Meridian
            PRN PT covering for Dr. Aune (back 3/16)
            97140 — 14 min
              Mulligan SNAGs C5–6 for R rotation, 3 x 6; reverse NAGs C2–C4 in sitting; taught the towel SNAG for home
              Neck pain + ↓ R rotation — can't look back over his shoulder to back the boat trailer down the ramp
              R rotation 48° → 62° after
            """,
            ["M54.2", "M47.812"], [PT("97140", 14)], []),

        // Tulare traveller (note entered after clinic) muscle energy technique for a L anterior innominate with holds, reps and rounds, SI gapping; L SI pain and positional findings; 10 matches: passes.
        ["v3-h61-tulare-muscle-energy"] = new(
            """
            SEQUOIA CREST REHAB — Tulare
            Traveling PT, first week; note entered after clinic (the new EMR wouldn't save during the session).
            97140 Manual Therapy: 10 min
              Muscle energy technique for a L anterior innominate: supine hip-extension contract-relax, 5-s holds x 3 reps, 3 rounds; then L SI gapping in supine
              L low back / SI pain on sit-to-stand; L ASIS low in supine, standing flexion test positive on the L
              Supine-to-long-sit: L leg long before → legs equal after
            """,
            ["M54.50"], [PT("97140", 10)], []),

        // Eagle PRN blood-flow restriction (Delfi cuff, % LOP, 30-15-15-15) quad work; L quad atrophy and lag after TKA with girth; per Dr. Feldman's protocol; 18 matches: passes.
        ["v3-h61-eagle-bfr-delfi"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Eagle
            PRN PT covering Dr. Aune's Tues/Thurs pts
            TE 97110 — 18 min
              BFR, Delfi cuff high on the L thigh at 80% LOP: quad sets 30-15-15-15, SAQ 30-15-15-15, LAQ w/ 2 lb 30-15-15-15; 30-s rests, cuff deflated between exercises
              L quad atrophy + extensor lag after L TKA (wk 7); thigh girth 10 cm above the patella L 44 cm / R 47 cm
            BFR screen done by Dr. Aune at IE (no DVT hx); continued per Dr. Feldman's TKA protocol, phase 2.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 18)], []),

        // Brandon float OT CIMT shaping with the mitt on the L: cards, cups, wiping, key turns with counts; R UE paresis with a shirt-buttoning goal; cards in seconds and cups 10/10; 24 matches: passes.
        ["v3-h61-brandon-cimt-shaping-ot"] = new(
            """
            BIG SIOUX REGIONAL HEALTH — Brandon · OT
            Float OT (acute) covering the outpt OT schedule.
            97530 — 24 min
              CIMT shaping, mitt on the L hand for the block: R hand flipping playing cards x 20, stacking 10 plastic cups, wiping the table in circles, turning a key in the door lock x 10
              R UE paresis after L MCA stroke (dominant hand); goal: button his own shirt for church
              20 cards flipped in 95 s (140 s at last week's visit); cups stacked 10/10
            Pt left ambulating w/ wife, all needs met.
            """,
            ["I69.351"], [OT("97530", 24)], []),

        // Bucksport covering PTA's Otago strength set "same levels as last visit … doses are on the primary PTA's flowsheet and were not re-entered here": exercises and hip/thigh weakness with a goal, but no dose or number but the code's minutes: measure missing.
        ["v3-h61-bucksport-pta-otago-no-doses"] = new(
            """
            PENOBSCOT BAY PHYSICAL THERAPY — Bucksport · PTA covering
            97110 — 16 min
            Otago strength set, same levels as last visit: front knee strengthening w/ the ankle cuff, side hip strengthening, calf raises, toe raises, knee bends, sit-to-stand — doses are on the primary PTA's flowsheet and were not re-entered here
            Weak hips + thighs; goal: walk to the mailbox at the end of the camp road without stopping to rest
            """,
            ["M62.81", "R26.81"], [PTA("97110", 16)], [At(Measure, "97110")]),

        // Ghent Saturday NDT facilitation at key points, "individual session — covering PT and pt only"; L trunk shortening, pelvic retraction, poor weight acceptance; step lengths in cm (the primary's last labelled): passes.
        ["v3-h61-ghent-ndt-facilitation"] = new(
            """
            ELIZABETH RIVER PHYSICAL THERAPY — Ghent (Norfolk) · Sat
            97112 · 23 min · individual session — covering PT and pt only
            NDT-based facilitation: key points at the pelvis for L weight acceptance in step stance, facilitated L pelvic rotation on forward steps, L trunk elongation in sitting before each stand
            L hemiparesis (R MCA stroke): L trunk shortened, L pelvis retracted, poor L weight acceptance
            Step length (tape on the floor): L 34 cm / R 46 cm; primary PT's last: L 29 cm
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // Porterville traveller LSVT BIG maximal daily exercises and BIG walking with counts, "one-on-one per LSVT BIG format, therapist w/ pt only"; PD hypokinesia; TUG and turn steps: passes.
        ["v3-h61-porterville-lsvt-big"] = new(
            """
            SEQUOIA CREST REHAB — Porterville · traveling PT (LSVT BIG certified)
            97112 — 25 min, one-on-one per LSVT BIG format, therapist w/ pt only
            LSVT BIG: maximal daily exercises floor-to-ceiling x 8, side-to-side x 8 each, forward/sideways/backward step and reach x 6 each, then BIG walking 2 laps w/ turns
            PD: hypokinesia — small steps, ↓ arm swing, slow turns
            TUG 11.8 s; 6 steps to turn 180°
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Suffolk Saturday "one-on-one (no other pt on my book until eleven)"; findings: pelvic drop with trunk lurch, valgus collapse, poor hip/knee control; step-downs, SLS reaches, tape-line tandem; SLS seconds and k of 10: passes.
        ["v4-h61-suffolk-sat-hip-drop-findings"] = new(
            """
            ELIZABETH RIVER PHYSICAL THERAPY — Suffolk · Saturday
            97112 | 22 min | one-on-one (no other pt on my book until eleven)
            Seen today: on R single-limb stance the L pelvis drops and the trunk lurches over the R; R knee collapses into valgus stepping down; poor R hip/knee control on the stairs
            Work: lateral step-downs off a 4" box in front of the mirror, R SLS w/ reaches in 3 directions, tandem on a tape line eyes forward
            SLS R 4 s / L 12 s; valgus collapse on 3 of 10 step-downs
            """,
            ["Z96.641"], [PT("97112", 22)], []),

        // Sioux Falls float PT "one-on-one, float PT w/ pt only"; findings: heel-to-shin slides off, intention tremor, wide base, no tandem; quadruped stabilization, target stepping with cuffs, narrowing reaches; tandem and targets hit: passes.
        ["v4-h61-sioux-falls-float-dysmetria-findings"] = new(
            """
            BIG SIOUX REGIONAL HEALTH — Outpatient Therapy (Louise Ave)
            Float PT (neuro step-down unit) — one-on-one, float PT w/ pt only.
            Pt received in lobby in w/c, agreeable; transferred to the mat w/ CGA.
            On exam: L heel-to-shin slides off the shin; L finger-to-nose w/ intention tremor at the end; stands wide-based, can't hold tandem
            NMR 97112 — 22 min: quadruped rhythmic stabilization, slow-to-fast stepping to floor targets, 1-lb ankle cuffs for stepping accuracy, standing reaches across midline w/ feet narrowing
            Tandem: 0 steps w/o a side-step; 6 of 12 floor targets hit (3 of 12 at the start)
            Left in lobby w/ son, all needs met; primary PT to reassess Thursday.
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // Hanford traveller (SNF background) "skilled 1:1 by this therapist"; contraversive pushing stated as what is observed; visual vertical, R reaches, wall weight shifts; Burke Lateropulsion Scale: passes.
        ["v4-h61-hanford-pusher-findings"] = new(
            """
            SEQUOIA CREST REHAB — Hanford · traveling PT (SNF background)
            97112 NMR: 24 min, skilled 1:1 by this therapist
            Observed: pushes toward the L w/ the R arm in sitting and standing; resists any correction to midline; unaware of the lean; L hemiparesis after R MCA stroke
            Skilled intervention: visual vertical (door frame) for midline, reaching to targets on the R, standing w/ the R side against the wall shifting weight R, sit-to-stand w/ the R hand on the knee (not on the rail)
            Burke Lateropulsion Scale 9/17 (primary PT's last: 11/17)
            Pt tolerated tx w/o adverse reaction.
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // Camden covering PTA 97116: foot slap, steppage and toe catch as the findings; AFOs, SPC, hall and gravel distances, stairs, SBA/CGA; CMT foot drop; 19 matches: passes.
        ["v4-h61-camden-pta-foot-slap-gait"] = new(
            """
            PENOBSCOT BAY PHYSICAL THERAPY — Camden · PTA (covering)
            Gait 97116 — 19 min
              Seen: L foot slaps at heel strike, steppage on the L, catches the L toe on the porch threshold at home (per pt), hard time on the gravel drive
              Trained: AFOs on, SPC in the R hand, 3 x 100 ft in the hall + 1 lap of the gravel parking lot; 4 steps w/ rail, step-over-step going up
              SBA on level, CGA on the gravel
            CMT — bilateral foot drop, L worse.
            """,
            ["G60.0"], [PTA("97116", 19)], []),

        // Meridian PRN "tune-up" visit: 1:1, normal screen with numbers and "No balance deficit found", techniques done "anyway per POC": deficit missing.
        ["v4-h61-meridian-nothing-found"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Meridian
            PRN PT covering. Pt in for a "tune-up" before a hiking trip to Stanley; asked to be checked over.
            97112 — 20 min — 1:1
            Screen by covering PT: SLS 30 s each leg eyes open; sharpened Romberg 30 s eyes closed; tandem walk 20 steps w/o error; head impulse negative both ways; vibration intact at both great toes. No balance deficit found.
            Done anyway per POC: foam stance w/ head turns, BOSU squats, reaction-pod taps in single-leg stance
            Will ask Dr. Aune whether to discharge.
            """,
            ["Z91.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Rockland covering PTA "Imp: WNL today — this PTA could not identify an impairment to target"; one-to-one, foam/BOSU/tandem work, Berg and tandem numbers: deficit missing.
        ["v4-h61-rockland-pta-imp-wnl"] = new(
            """
            PENOBSCOT BAY PHYSICAL THERAPY — Rockland · PTA covering
            97112 21 min · PTA + pt one-to-one
            Performed: standing on foam w/ eyes closed, step-ups onto the BOSU, tandem walking w/ head turns
            Imp: WNL today — this PTA could not identify an impairment to target; Berg 55/56, tandem 20 steps. Will check w/ supervising PT R. Gagnon whether NMR should continue.
            """,
            ["R26.81"], [PTA("97112", 21)], [At(Deficit, "97112")]),

        // Tulare traveller "Impairments: see initial evaluation by primary PT": one-on-one, Airex perturbations, step-and-catch, stop-cue walking, Mini-BEST and seconds, but the note itself names no deficit: deficit missing.
        ["v4-h61-tulare-deficits-see-eval"] = new(
            """
            SEQUOIA CREST REHAB — Tulare
            Traveling PT · Daily Note
            97112 Neuromuscular Re-education — 22 min, one-on-one (therapist + pt only)
            Interventions: Airex stance w/ perturbations, step-and-catch to floor targets, backward walking w/ stop cues
            Impairments: see initial evaluation by primary PT (M. Hovsepian)
            Measures today: Mini-BEST 19/28; Airex EC 8 s
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Visalia traveller 97110: extensor lag and flexion degrees and failure to lock the knee as the findings; quad, SLR, heel-slide, towel-slide and TKE work with doses; per Dr. Chahal's protocol; 21 matches: passes.
        ["v4-h61-visalia-traveler-knee-findings-97110"] = new(
            """
            SEQUOIA CREST REHAB — Visalia · traveling PT
            Therapeutic Exercise (97110) — 21 min
            Findings: R extensor lag 15° on SLR; R knee flexion 92° (sitting, goniometer); can't lock the knee in stance
            Exercises: quad sets w/ a towel under the knee 10 x 5-s holds, SLR 2 x 10, heel slides w/ strap 2 x 15, seated knee flexion w/ the foot on a towel slide 2 x 15, TKE w/ green band 3 x 12
            Per Dr. Chahal's TKA protocol (wk 4); primary PT to reassess at visit 12.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 21)], []),

        // Brandon float PT 97530: losing balance backward on an overhead reach, both hands needed to pick up from the floor, shuffling turns as the findings; shelf, floor and laundry tasks with counts, CGA/SBA; 20 matches: passes.
        ["v4-h61-brandon-float-reach-findings-97530"] = new(
            """
            BIG SIOUX REGIONAL HEALTH — Brandon Outpatient
            Float PT covering; pt received seated in lobby, agreeable.
            97530 therapeutic activities — 20 min
              Findings: loses balance backward reaching overhead to the top cupboard; needs both hands on the counter to pick something up off the floor; turns around in three or four shuffles
              Activities: reaching to an upper shelf w/ 1-lb cans x 8, picking up a dropped dish towel from the floor x 5, carrying a laundry basket 25 ft and turning to set it on the bed x 4
              CGA for floor pick-up, SBA for overhead reaches
            Primary PT to reassess Monday.
            """,
            ["R26.81", "M62.81"], [PT("97530", 20)], []),

        // Eagle PRN "I worked with him one-on-one the whole block"; findings: tuning-fork seconds, lost toe position sense, eyes-closed sway on foam; sensory reintegration over varied surfaces; mCTSIB seconds: passes.
        ["v4-h61-eagle-sensory-findings"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Eagle
            PRN PT covering for Dr. Aune. I worked with him one-on-one the whole block; no one else on the floor.
            Findings: 128-Hz fork at the L great toe felt 3 s (examiner 12 s); can't say which way the L great toe is moved w/ eyes closed; sways and steps w/ eyes closed on foam
            NMR 97112 — 23 min: eyes-closed weight shifts on firm then foam, barefoot walking over a turf strip, a rubber mat and a pea-gravel tray, stepping onto varied surfaces w/ vision blocked by a visor
            mCTSIB: foam EO 30 s, foam EC 6 s
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // Caldwell PRN OT 97530: dropping things from the L hand, grip giving out on a full cup, neglecting to use the L as the findings; lunch-pail, thermos-pouring and bolt-sorting tasks with counts, a cue and SBA: passes.
        ["v4-h61-caldwell-prn-ot-l-hand-findings"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Caldwell · OT
            PRN OT covering the outpt OT schedule this week.
            97530 — 22 min
              Noticed today: drops things from the L hand w/o noticing; L grip gives out on a full cup; uses the R hand for everything unless reminded
              Practiced: packing his lunch pail (thermos, sandwich, apple) w/ the L hand doing the holding, pouring coffee from the thermos into a cup x 4, sorting bolts into bins by size x 20
              4 of 4 pours w/o spilling; 1 verbal cue to use the L; SBA standing at the counter
            f/u w/ primary OT re: a built-up handle for the thermos.
            """,
            ["I69.354"], [OT("97530", 22)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Greenbrier Saturday "she and I one-on-one the whole time"; lean-and-release, clap-cue stops, half-foam ball passes; reactive stepping and ankle strategy; SPPB with its parts: passes.
        ["v5-h61-greenbrier-sppb"] = new(
            """
            ELIZABETH RIVER PHYSICAL THERAPY — Greenbrier · Saturday
            PRN PT covering. 97112: 23 min, she and I one-on-one the whole time.
            Lean-and-release forward and to each side, step-and-stop on a clap cue, narrow stance on the half foam w/ a ball pass
            ↓ reactive stepping + ankle strategy; retired Norfolk Naval Shipyard clerk, fell at the commissary
            SPPB 7/12 (balance 3, 4-m gait 2, chair stands 2)
            """,
            ["R26.81", "M62.81"], [PT("97112", 23)], []),

        // Sioux Falls float PT 97116: 4WW then SPC with distances and SBA; Trendelenburg lurch after an intertrochanteric nail; AM-PAC 6-Clicks raw score; 18 matches: passes.
        ["v5-h61-sioux-falls-am-pac-gait"] = new(
            """
            BIG SIOUX REGIONAL HEALTH — Outpatient Therapy (Louise Ave)
            Float PT (5 North ortho) covering.
            97116 — 18 min
              Gait w/ 4WW 2 x 200 ft, then SPC in the L hand 2 x 100 ft; cues for equal step length + upright trunk
              R hip (intertrochanteric fx, IMN 1/2026): Trendelenburg lurch R, ↓ R stance time
              AM-PAC 6-Clicks basic mobility raw 20/24; SBA w/ SPC
            """,
            ["S72.141D"], [PT("97116", 18)], []),

        // Nampa PRN "97112 21 min, one-on-one"; foam tandem with passes, Airex SLS eyes closed, step-and-stick landings; compliant-surface control and ankle proprioception; BESS errors and seconds: passes.
        ["v5-h61-nampa-bess"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Nampa
            PRN PT covering (usually in the sports clinic). 97112 21 min, one-on-one.
            Foam tandem w/ medicine-ball chest passes, single-leg stance on the Airex w/ eyes-closed trials, step-and-stick landings from a 4" box
            ↓ postural control on compliant surfaces, R > L ankle proprioception loss
            BESS 18 errors (firm 4, foam 14); Airex SLS EC R 3 s / L 7 s
            """,
            ["R26.81"], [PT("97112", 21)], []),

        // Tulare traveller 97110 with cuffs and doses; LE weakness and endurance with CHF and a swap-meet goal; the 2-minute step test count (a test's name, not the code's minutes); 19 matches: passes.
        ["v5-h61-tulare-two-minute-step"] = new(
            """
            SEQUOIA CREST REHAB — Tulare · traveling PT
            97110 TherEx: 19 min
              Seated marching w/ 2-lb cuffs 2 x 20, sit-to-stand 3 x 8, standing hip abd/ext at the counter 2 x 10 each, heel raises 2 x 15
              LE weakness + ↓ endurance w/ CHF; goal: walk to her booth at the Sunday swap meet
              2-minute step test: 58 steps (knee to the mid-thigh mark)
            """,
            ["I50.22", "M62.81"], [PT("97110", 19)], []),

        // Belfast covering PTA one-to-one NMR with techniques and a neuropathic deficit, but "Berg deferred — supervising PT to do it at the progress note next week" and no number but the code's minutes: measure missing.
        ["v5-h61-belfast-pta-berg-deferred"] = new(
            """
            PENOBSCOT BAY PHYSICAL THERAPY — Belfast · PTA covering
            NMR 97112 — 22 min — one-to-one, PTA and pt
              foam stance eyes closed w/ head turns, tandem walking along the mat edge, reactive side-steps to a light tug on the belt
              Deficit: somatosensory loss both feet (neuropathy) + slow lateral stepping response
              Berg deferred — supervising PT to do it at the progress note next week.
            """,
            ["G62.9", "R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // Boise PRN one-on-one NMR (half-kneel stabilization, rocker head turns, rope ladder; ankle strategy and proprioception) whose only result is "She says she feels steadier" and re-testing left to Dr. Aune: measure missing.
        ["v5-h61-boise-feels-steadier-only"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Boise (State St)
            PRN PT — covering while Dr. Aune is away
            97112: 20 min, one-on-one in the back gym
            Rhythmic stabilization in half kneel, rocker-board weight shifts w/ head turns, stepping through a rope ladder
            Targets: ↓ ankle strategy + proprioception after her fall on the ice
            She says she feels steadier walking the Greenbelt. Will leave formal re-testing for Dr. Aune.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Hanford travelling OT 97530: pill bottles, buttons, coins, orange; R wrist stiffness and grip after a Colles fracture with a pills-and-dressing goal; 9-Hole Peg seconds and grip kg; 21 matches: passes.
        ["v5-h61-hanford-ot-peg-grip-97530"] = new(
            """
            SEQUOIA CREST REHAB — Hanford · Occupational Therapy
            Traveling OT (first week on the EMR — charges entered by hand)
            97530 Therapeutic Activities: 21 min
              Opening 4 kinds of medication bottles, buttoning her own blouse (6 buttons), sorting coins into a coin purse, peeling an orange
              R wrist stiffness + weak grip after Colles fx; goal: manage her own pills and dress for Mass without her daughter
              9-Hole Peg R 41 s (L 24 s); grip R 14 kg
            """,
            ["S52.531D"], [OT("97530", 21)], []),

        // Suffolk Saturday 97140: STM, GH glides and scapular mobs named and R shoulder stiffness, but only "looser" and "Primary PT to re-measure Tuesday" — no grade, dose or number but the code's minutes: measure missing.
        ["v5-h61-suffolk-97140-no-number"] = new(
            """
            ELIZABETH RIVER PHYSICAL THERAPY — Suffolk · Saturday coverage
            97140 — 12 min
            Soft-tissue mobilization to the R upper trap + infraspinatus, GH posterior and inferior glides, scapular mobs in side-lying
            R shoulder stiffness — can't reach behind to tuck in his shirt
            Pt reports the shoulder feels "looser" after. Primary PT to re-measure Tuesday.
            """,
            ["M25.611"], [PT("97140", 12)], [At(Measure, "97140")]),

        // Ellsworth covering PTA 97116: rollator laps with the lap length, ramp, SBA and cues; B knee OA stiff-kneed steps; 10-m walk speed; 17 matches: passes.
        ["v5-h61-ellsworth-pta-gait-laps"] = new(
            """
            PENOBSCOT BAY PHYSICAL THERAPY — Ellsworth · PTA covering another PTA's caseload
            Gait 97116 — 17 min
              Rollator, 3 laps of the hall loop (1 lap = 180 ft), then the ramp to the side door x 2; SBA; cues to stand up into the rollator and take longer steps
              B knee OA — short, stiff-kneed steps, leans on the rollator
              Gait speed 0.68 m/s on the 10-m walk
            """,
            ["M17.0"], [PTA("97116", 17)], []),

        // Brandon float PT "One-on-one for the whole block"; release stepping, foam step-ups with head turns, walking while turning to a name; protective stepping and visual dependence; push-and-release steps and Tinetti: passes.
        ["v5-h61-brandon-float-push-release"] = new(
            """
            BIG SIOUX REGIONAL HEALTH — Brandon Outpatient
            Float PT from inpatient covering. Pt received standing in the hallway w/ SPC, agreeable to therapy. One-on-one for the whole block.
            97112 — 22 min
              backward + lateral stepping to recover from a release, step-ups onto foam w/ a head turn at the top, walking while turning toward a called name
              Impaired protective stepping backward; visual dependence (sways more w/ eyes closed)
              Push and Release: 2 steps back to recover; Tinetti 21/28
            Left in lobby, all needs met.
            """,
            ["Z91.81", "R26.81"], [PT("97112", 22)], []),

        // Porterville traveller 97530: pickup seat, running board and tub seat practised, hip weakness and precautions after THA with a church goal, but "Did better than last time" and no count, level or number but the code's minutes: measure missing.
        ["v5-h61-porterville-97530-no-level"] = new(
            """
            SEQUOIA CREST REHAB — Porterville
            Traveling PT — Therapeutic Activities (97530): 18 min
            Practiced getting in and out of the passenger seat of her son's pickup, stepping up onto the running board, and lowering onto the bathtub seat using the grab bar
            R hip weakness + posterior hip precautions after R THA; goal: ride to church in the pickup
            Did better than last time, per pt and son.
            """,
            ["Z96.641"], [PT("97530", 18)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Harrisburg float PT clock ranges "0932–0955 NMR (97112)" and "0955–1010 TE (97110)" = 23 and 15, both match; 1:1 stated; perturbations, foam EC, cone cadence; exercises with doses; postural control and hip weakness; foam seconds and 5xSTS: passes.
        ["v6-h61-harrisburg-float-clock-two-codes"] = new(
            """
            BIG SIOUX REGIONAL HEALTH — Harrisburg Outpatient
            Float PT covering. Pt received in lobby, agreeable; gait belt on.
            0932–0955   NMR (97112) — 1:1, float PT + pt only
                        perturbations in stride stance, foam stance w/ eyes closed, stepping over a line of cones w/ cadence cues
            0955–1010   TE (97110)
                        sit-to-stand 3 x 8, standing hip abd w/ red band 2 x 12, step-ups 6" 2 x 10
            Impairments: ↓ postural control (sways w/ eyes closed), B hip weakness 4-/5; retired from the packing plant on the north side
            Foam EC 9 s; 5xSTS 15.2 s
            Left in lobby w/ spouse, all needs met.
            """,
            ["M62.81", "R26.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Greenbrier Saturday PRN "TE (97110) — 30 min" against an 18-min line: mismatch; knee exercises with doses, weakness and flexion after TKA complete.
        ["v6-h61-greenbrier-te-30-vs-18"] = new(
            """
            ELIZABETH RIVER PHYSICAL THERAPY — Greenbrier · SATURDAY CLINIC
            Covering PRN PT
            TE (97110) — 30 min
              heel slides 2 x 15, SAQ 3 lb 3 x 10, step-ups 6" 2 x 10, wall squats 2 x 10, TKE w/ blue band 3 x 12
            R knee weakness + flexion 104° after TKA (wk 8)
            """,
            ["Z96.651"], [PT("97110", 18)], [At(Mismatch, "97110")]),

        // Visalia traveller's SNF-style "Minutes: NMR 23 · TE 15 · Total timed 38 · Untimed 0", both match; 1:1 throughout; PNF reversals, tapping, scale weight shifts; exercises with doses; R recruitment and hyperextension; kg on the scale and Berg: passes.
        ["v6-h61-visalia-snf-minutes-line"] = new(
            """
            SEQUOIA CREST REHAB — Visalia
            Traveling PT
            Minutes:  NMR 23 · TE 15 · Total timed 38 · Untimed 0
            Skilled NMR (1:1 throughout, therapist + pt): PNF stabilizing reversals in standing, R step-ups w/ tapping over the R quad, weight shifts onto the R w/ a bathroom scale under the R foot
            Skilled TE: LAQ 3 lb 3 x 10 R, bridges 2 x 12, standing hip ext w/ band 2 x 12
            R hemiparesis: poor R quad/glut recruitment, R knee hyperextension in stance; R LE 3+/5
            Wt bearing R 32 kg of 70 kg; Berg 40/56
            """,
            ["I69.351"], [PT("97112", 23), PT("97110", 15)], []),

        // Camden covering PTA "NMR 97112 — 12 min, one-to-one" against a 24-min PTA line: mismatch; Airex, rope stepping, counter heel-to-toe; neuropathic proprioception; seconds and steps complete.
        ["v6-h61-camden-pta-nmr-12-vs-24"] = new(
            """
            PENOBSCOT BAY PHYSICAL THERAPY — Camden · PTA covering
            NMR 97112 — 12 min, one-to-one (PTA + pt)
              Airex stance w/ ball toss, stepping over a rope on the floor w/ head turns, heel-to-toe along the counter
              ↓ proprioception both feet (diabetic neuropathy); unsteady on the boat-ramp grade
              Airex EC 5 s; tandem 6 steps
            """,
            ["E11.42"], [PTA("97112", 24)], [At(Mismatch, "97112")]),

        // Meridian PRN shorthand "NMR 18' · TE 16' · MT 8'" all match; NMR 1:1 on the Airex and foam; leg press, step-ups, curls with loads; patellar and TF mobs with grade; TKA proprioception and quad weakness; flexion, SLS seconds and quad index: passes.
        ["v6-h61-meridian-prn-three-code-shorthand"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Meridian
            PRN PT covering
            NMR 18' · TE 16' · MT 8'
            NMR (1:1): SLS on the Airex w/ perturbations, lateral step-and-stick to foam, tandem walking w/ head turns
            TE: leg press 60 lb 3 x 10, step-ups 8" 2 x 10, hamstring curls w/ 3 lb 2 x 12
            MT: R patellar glides + tibiofemoral flexion mobs gr III
            R TKA (wk 10): ↓ R proprioception + quad weakness; flexion 112°
            SLS R on Airex 8 s; quad index 74%
            """,
            ["Z96.651", "M25.661"], [PT("97112", 18), PT("97110", 16), PT("97140", 8)], []),

        // Brandon float PT "Session 1400–1440, NMR + TE" is the only time for two codes: separate time missing; both sections complete (1:1 the whole session; release stepping, foam head turns, clock-face steps; exercises with doses; stepping and hip weakness; k of 12 and chair stands).
        ["v6-h61-brandon-float-range-no-split"] = new(
            """
            BIG SIOUX REGIONAL HEALTH — Brandon Outpatient
            Float PT covering. Session 1400–1440, NMR + TE, pt one-on-one w/ the float PT the whole session.
            NMR: lean-and-release stepping, foam stance w/ head turns, stepping to targets around a clock face
            TE: seated knee ext 3 lb 3 x 10, standing hip abd 2 x 12, heel raises 2 x 15
            ↓ reactive stepping + B LE weakness (hip abd 4-/5)
            Clock-face steps 10/12 accurate; 30-s chair stand 8
            """,
            ["R26.81", "M62.81"], [PT("97112", 20), PT("97110", 20)], [SepTime]),

        // Bucksport covering PTA "TE 97110 15 min" then gait with the new SPC with distances and CGA but no minutes for the 97116: separate time missing; both sections otherwise complete.
        ["v6-h61-bucksport-pta-te-then-gait-no-min"] = new(
            """
            PENOBSCOT BAY PHYSICAL THERAPY — Bucksport · PTA covering
            TE 97110 15 min: sit-to-stand 3 x 8, standing marches 2 x 20, hip abd w/ yellow band 2 x 12
            Then gait in the hall w/ his new SPC and out to the car in the lot, 2 x 150 ft + 80 ft on the pavement, CGA; cues to move the cane w/ the L foot
            B LE weakness after a long hospital stay; L knee gives way when tired
            """,
            ["M62.81", "R26.89"], [PTA("97110", 15), PTA("97116", 12)], [SepTime]),

        // Hanford traveller "Gait Training (97116): 1405–1418" (13 min) against a 25-min line: mismatch; walker → cane with distances, curb, CGA → SBA and THA deviations complete.
        ["v6-h61-hanford-clock-range-short-gait"] = new(
            """
            SEQUOIA CREST REHAB — Hanford · traveling PT
            Gait Training (97116): 1405–1418
              FWW → SPC, 3 x 100 ft in the hall, curb at the front entrance x 2; CGA → SBA
              R THA (posterior): short L step, R hip hike, leans on the walker
            """,
            ["Z96.641"], [PT("97116", 25)], [At(Mismatch, "97116")]),

        // Caldwell PRN OT "97530 — 32 min" against a 20-min OT line: mismatch; cabinet, closet-rod and hair tasks with counts and SBA, shoulder stiffness after a humerus fracture with a goal complete.
        ["v6-h61-caldwell-ot-32-vs-20"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Caldwell · OT
            PRN OT covering.
            97530 — 32 min
              placing cans on the 2nd shelf of the kitchen cabinet w/ the R x 10, hanging shirts on the closet rod x 6, hair-washing motions at the sink w/ a cup
              R shoulder stiffness + weakness after a proximal humerus fx (R dominant); goal: do her own hair again
              8 of 10 cans placed w/o a trunk lean; SBA standing
            """,
            ["S42.201D"], [OT("97530", 20)], [At(Mismatch, "97530")]),

        // Eagle PRN "charges: 97112 ×2 (24 min) · 97140 ×1 (14 min)" both match; one-on-one NMR on foam, rope, belt tugs; lumbar mobs with grade and STM; stenosis with proprioceptive loss and stiffness; foam seconds and fingertip-to-floor cm: passes.
        ["v6-h61-eagle-units-and-minutes"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Eagle
            PRN PT · charges: 97112 ×2 (24 min) · 97140 ×1 (14 min)
            97112, one-on-one: standing on foam w/ eyes closed, stepping over a rope w/ head turns, reactive steps to a tug on the belt
            97140: L4–5 flexion mobs in side-lying gr III, STM to B lumbar paraspinals
            Lumbar stenosis w/ neurogenic claudication — ↓ LE proprioception, sways w/ eyes closed; stiff lower lumbar segments
            Foam EC 7 s; standing flexion fingertip-to-floor 32 cm
            """,
            ["M48.062", "R26.81"], [PT("97112", 24), PT("97140", 14)], []),

        // Kempsville Saturday home-health PT "Time in 0902 / Time out 0932" and "97110 — 30 min" agree with the line; kitchen-chair, step, cuff and band work with doses; L knee OA weakness with a backyard-steps limit: passes.
        ["v6-h61-kempsville-time-in-out-one-code"] = new(
            """
            ELIZABETH RIVER PHYSICAL THERAPY — Kempsville · Saturday (covering PT, home health during the week)
            Time in 0902 / Time out 0932
            97110 — 30 min
              sit-to-stand from a low kitchen chair 3 x 8, step-ups 6" 2 x 10 each, standing hip abd/ext w/ 2-lb cuffs 2 x 12, terminal knee ext w/ band 3 x 12
              L knee OA — quad weakness, stiff going down the steps to the backyard
            """,
            ["M17.12"], [PT("97110", 30)], []),

        // Rockland covering PTA: "NMR 97112 23 min (one-to-one)" matches, "TE 97110 27 min" against a 15-min line: mismatch on the second code; both sections complete (foam, step-and-hold, counter tandem; exercises with loads; TKA proprioception and weakness; SLS and 5xSTS).
        ["v6-h61-rockland-pta-second-code-27-vs-15"] = new(
            """
            PENOBSCOT BAY PHYSICAL THERAPY — Rockland · PTA covering
            NMR 97112 23 min (one-to-one, PTA + pt) — foam stance w/ head turns, step-and-hold onto a 4" step leading w/ the L, tandem walking at the counter
            TE 97110 27 min — LAQ 4 lb 3 x 10, standing hip abd w/ 2-lb cuff 2 x 12, bridges 2 x 12
            L TKA (wk 9): ↓ L proprioception + quad/hip weakness
            L SLS 6 s; 5xSTS 14.8 s
            """,
            ["Z96.652"], [PTA("97112", 23), PTA("97110", 15)], [At(Mismatch, "97110")]),

        // Tulare traveller with a Punjabi video interpreter whose connection "took a while — not counted"; "97110 — 22 min (interpreter on the whole time)" matches; press-ups, bridges, bird-dogs, kettlebell sit-to-stand with doses; L low back and radicular symptoms with a driving goal: passes.
        ["v6-h61-tulare-interpreter-net-minutes"] = new(
            """
            SEQUOIA CREST REHAB — Tulare
            Traveling PT. Punjabi interpreter by video; the connection took a while — not counted.
            97110 — 22 min (interpreter on the whole time)
              prone press-ups x 10, supine bridges 2 x 12, bird-dogs 2 x 8 each, sit-to-stand holding a 10-lb kettlebell 2 x 8
              L-sided low back pain w/ L leg symptoms (L5 radiculopathy); retired trucker, goal: sit through the drive to Fresno without leg pain
            """,
            ["M51.16"], [PT("97110", 22)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h61-empty-nmr-gait"] = new(
            "",
            ["R26.81"], [PT("97112", 22), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // A note of spaces only (cells are trimmed) on a PTA 97110 with no diagnosis: note missing and diagnosis missing.
        ["v7-h61-spaces-only-pta-te-no-dx"] = new(
            "     ",
            [], [PTA("97110", 16)], [At(NoteMissing, "97110"), Dx]),

        // Empty OT 97112 note with a diagnosis: note missing only.
        ["v7-h61-empty-ot-nmr"] = new(
            "",
            ["I69.351"], [OT("97112", 20)], [At(NoteMissing, "97112")]),

        // Empty note on a three-code visit with no diagnosis: note missing on each of the three lines, and the diagnosis.
        ["v7-h61-empty-three-codes-no-dx"] = new(
            "",
            [], [PT("97530", 15), PT("97140", 10), PT("97110", 13)],
            [At(NoteMissing, "97530"), At(NoteMissing, "97140"), At(NoteMissing, "97110"), Dx]),

        // 97110's meaning in a covering PTA's note: step-ups, counter squats, banded side-steps, calf raises with doses (technique and measure), R hip weakness with a grade after a hip fracture and a church-steps goal (deficit); 18 matches: passes.
        ["v7-h61-rockland-pta-97110-meaning"] = new(
            """
            PENOBSCOT BAY PHYSICAL THERAPY — Rockland · PTA covering
            97110 — 18 min
              step-ups onto a 6" step 2 x 10 each, counter squats 2 x 12, side-stepping w/ red band at the ankles 3 laps of the parallel bars, calf raises 2 x 15
              R hip weakness (glut med 3+/5) after R hip fx; goal: get up the steps to the church hall for suppers
            """,
            ["S72.001D"], [PTA("97110", 18)], []),

        // 97530's meaning for a travelling PT: watering-can carries, door-track step-overs, weeding and rising with counts and SBA (activities and measure), L knee OA and standing balance with a patio-garden goal (deficit); 19 matches: passes.
        ["v7-h61-visalia-97530-meaning"] = new(
            """
            SEQUOIA CREST REHAB — Visalia · traveling PT
            97530: 19 min
              carrying a half-full watering can 30 ft across the patio x 4; stepping over the sliding-door track w/ the can x 4; bending to pull weeds from a raised bed and rising w/o the rail x 6
              L knee OA + ↓ standing balance; lives alone, goal: keep up her patio garden
              SBA; 6/6 rises w/o the rail
            """,
            ["M17.12"], [PT("97530", 19)], []),

        // 97140's meaning on a Saturday: talocrural and subtalar glides with grade, STM (technique), L ankle stiffness after a bimalleolar fracture (deficit), weight-bearing lunge cm before and after (measure); 11 matches: passes.
        ["v7-h61-suffolk-97140-meaning"] = new(
            """
            ELIZABETH RIVER PHYSICAL THERAPY — Suffolk · Saturday
            Covering PT — 97140 11 min
              L talocrural posterior glides gr III–IV, subtalar lateral glides, STM to the L plantar fascia + gastroc
              L ankle stiffness after a bimalleolar fx (ORIF, hardware in); stiff coming down the porch steps
              Weight-bearing lunge L 5 cm → 8 cm (R 12 cm)
            """,
            ["S82.842D"], [PT("97140", 11)], []),

        // 97116's meaning for a PRN PT: quad cane → SPC with distances and curbs, SBA/CGA (gait training and measure), R hemiparetic swing and clearance (deficit), gait speed; 16 matches: passes.
        ["v7-h61-nampa-97116-meaning"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Nampa
            PRN PT covering
            97116 — 16 min
              quad cane → SPC, 2 x 150 ft in the hall, 1 x 200 ft around the parking-lot curbs; SBA in the hall, CGA at the curbs
              R hemiparesis: R knee stiff in swing, poor toe clearance, short L step
              Gait speed 0.58 m/s
            """,
            ["I69.351"], [PT("97116", 16)], []),

        // Generic covering 97110: "Covering for primary PT. Pt seen per POC for TE, tolerated well … Continue per primary", no exercise, region or number but its 14 minutes (which match).
        ["v7-h61-hanford-generic-97110"] = new(
            "Covering for primary PT. Pt seen per POC for TE, tolerated well, no complaints. Continue per primary. TE 14 min.",
            ["M62.81"], [PT("97110", 14)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic PTA 97112 + 97530: "NMR 15 min, TA 12 min" match, but "Balance training and functional activities per POC … tolerated tx well" are only generic phrases for both codes, and no one-on-one.
        ["v7-h61-ellsworth-generic-nmr-ta"] = new(
            "PTA covering. Balance training and functional activities per POC — NMR 15 min, TA 12 min. Pt tolerated tx well. Will continue POC.",
            ["R26.81"], [PTA("97112", 15), PTA("97530", 12)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic 97140: "MT 10 min. Pt states 'that helped.' Will f/u w/ primary PT." — no manual technique, region or measure.
        ["v7-h61-meridian-generic-97140"] = new(
            "MT 10 min. Pt states 'that helped.' Will f/u w/ primary PT.",
            ["M54.50"], [PT("97140", 10)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary notes

        // Greenbrier Saturday PRN "continued per Dr. Rahimi's TKA protocol": MT 10 and TE 15 match; patellar and TF glides with grade, STM; heel slides, hangs, SAQ, step-ups with doses; ROM and quad lag: passes.
        ["vord-h61-greenbrier-sat-tka-mt-te"] = new(
            """
            ELIZABETH RIVER PHYSICAL THERAPY — Greenbrier · SATURDAY CLINIC
            Covering PT (PRN) for K. Obi — continued per Dr. Rahimi's TKA protocol, wk 6
            MT 97140 — 10 min: R patellar glides sup/inf/med, tibiofemoral posterior glides gr III in 90° flexion, STM distal quad
            TE 97110 — 15 min: heel slides w/ strap 2 x 15, prone knee hangs 3 x 30 s, SAQ 3 lb 3 x 10, step-ups 4" 2 x 10
            R knee ROM 5–98°, quad lag on SLR
            f/u w/ K. Obi re: adding the bike.
            """,
            ["Z96.651"], [PT("97140", 10), PT("97110", 15)], []),

        // Suffolk Saturday PTA 97116: SPC with distances indoors and out, stairs with rail, SBA/CGA; R hip OA antalgic gait; 18 matches: passes.
        ["vord-h61-suffolk-sat-pta-gait-stairs"] = new(
            """
            ELIZABETH RIVER PHYSICAL THERAPY — Suffolk · Saturday · PTA
            GT 97116 — 18 min (PTA covering the Sat schedule; supervising PT on site)
              SPC in the L hand, 3 x 150 ft indoors, 1 x 200 ft on the sidewalk out front
              12 stairs w/ rail, step-over-step up, step-to down; SBA, CGA on the descent
              R hip OA — antalgic, ↓ R stance, lateral trunk lean R
            """,
            ["M16.11"], [PTA("97116", 18)], []),

        // Kempsville Saturday: NMR 20 ("he and I one-on-one in the balance corner") and TE 15 match; hurdle-to-SLS, foam trunk rotation, backward walking stops; leg press, cuff, heel raises with loads; anticipatory control and hip weakness; hold seconds and FGA: passes.
        ["vord-h61-kempsville-sat-nmr-te-shipfitter"] = new(
            """
            ELIZABETH RIVER PHYSICAL THERAPY — Kempsville · Saturday
            Covering PT. Retired shipfitter; back from a week at the Outer Banks.
            NMR 97112 20 min — he and I one-on-one in the balance corner
              stepping over a 6" hurdle and stopping in single-leg stance, foam stance w/ trunk rotation to a called side, backward walking w/ random stops
            TE 97110 15 min
              leg press 70 lb 3 x 10, standing hip abd w/ 3-lb cuff 2 x 12, heel raises 2 x 15
            ↓ anticipatory postural control + B hip weakness (4-/5)
            Hurdle-to-SLS holds R 5 s / L 3 s; FGA 21/30
            """,
            ["R26.81", "M62.81"], [PT("97112", 20), PT("97110", 15)], []),

        // Sioux Falls float OT 97530 on oxygen: eggs at the stove with a planned rest, plate carry, dishwasher with counts, SBA and SpO2; COPD dyspnoea and tolerance with a breakfast goal; 22 matches: passes.
        ["vord-h61-sioux-falls-float-ot-kitchen"] = new(
            """
            BIG SIOUX REGIONAL HEALTH — Outpatient Therapy (Louise Ave) · OT
            Float OT (inpatient) covering. Pt received in the waiting room on 2 L O2 via NC, agreeable.
            97530 — 22 min
              making scrambled eggs at the clinic stove w/ a seated rest planned between steps, carrying the plate to the table on the walker tray 20 ft, loading the dishwasher's lower rack x 6 items
              COPD — dyspnea + ↓ activity tolerance standing; goal: make his own breakfast again
              SpO2 stayed ≥ 90%; 1 seated rest; SBA
            Left in the waiting room w/ wife, O2 on, all needs met.
            """,
            ["J44.9", "M62.81"], [OT("97530", 22)], []),

        // Harrisburg float PT: 97112 23 ("one-on-one w/ this float PT") and 97116 15 match; PNF rhythmic initiation, resisted sidestepping, stance with foot taps; hemi-walker → quad cane with distances and ramp; L recruitment and toe drag; taps k of 10 and gait speed: passes.
        ["vord-h61-harrisburg-float-nmr-gait"] = new(
            """
            BIG SIOUX REGIONAL HEALTH — Harrisburg Outpatient
            Float PT (inpatient neuro) covering; pt received in lobby, agreeable.
            97112 — 23 min, one-on-one w/ this float PT
              PNF rhythmic initiation for L hip flexion in standing, resisted sidestepping at the pelvis, L stance w/ R foot taps to a step
            97116 — 15 min
              hemi-walker → quad cane, 3 x 100 ft; ramp up/down x 2; CGA on the ramp
            L hemiparesis: ↓ L hip flexor + glut med recruitment, L toe drag in swing
            R foot taps 8/10 w/o losing L stance; gait speed 0.45 m/s
            Retired hog farmer; wants to walk the yard to the machine shed. Left in lobby, all needs met.
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 15)], []),

        // Tea float PT 97110 after an intertrochanteric nail (WBAT, no precautions): supine and standing hip work with doses; L hip grades and a low-couch limit; 20 matches: passes.
        ["vord-h61-tea-float-hip-fx-te"] = new(
            """
            BIG SIOUX REGIONAL HEALTH — Tea Clinic
            Float PT covering. WBAT L LE per ortho; no hip precautions (IMN).
            97110 — 20 min
              supine heel slides 2 x 15, bridges 2 x 12, standing hip abd/ext at the counter w/ 2-lb cuff 2 x 12 each, mini squats 2 x 10, sit-to-stand 2 x 8
              L hip fx (IMN 1/2026): L hip abd 3+/5, ext 3+/5; can't get up off the low couch
            Vitals stable pre/post; left in lobby w/ daughter, all needs met.
            """,
            ["S72.142D"], [PT("97110", 20)], []),

        // Visalia traveller 97530 for a retired dairyman: bucket carry, feed-truck step, kneel-to-stand with counts and SBA/CGA; R knee OA pain and weakness; PLOF; 24 matches: passes.
        ["vord-h61-visalia-traveler-97530-dairy"] = new(
            """
            SEQUOIA CREST REHAB — Visalia · traveling PT
            97530 Therapeutic Activities: 24 min
              carrying a half-full 5-gal bucket 30 ft x 4, stepping up onto the feed-truck step (14") x 5 w/ the grab handle, kneeling to fix a hose fitting and rising x 3
              R knee OA pain + weakness; retired dairyman who still helps his son at the dairy
              SBA on the step, CGA for kneel-to-stand
            PLOF: indep w/o AD. Continue per primary PT's POC.
            """,
            ["M17.11"], [PT("97530", 24)], []),

        // Exeter traveller with an in-person Spanish interpreter, "one-on-one: therapist and pt; interpreter the only other person"; foam, head-turn tandem, wobble board; neuropathic somatosensory loss; mCTSIB and hold seconds: passes.
        ["vord-h61-exeter-traveler-nmr-interpreter"] = new(
            """
            SEQUOIA CREST REHAB — Exeter · traveling PT
            Spanish interpreter in person (clinic staff). 97112 NMR 22 min — one-on-one: therapist and pt; the interpreter the only other person in the room.
              foam stance EO → EC, tandem walking w/ head turns, stepping onto a wobble board and holding
              Retired citrus picker: somatosensory loss both feet (DM neuropathy), no ankle strategy on foam
              mCTSIB foam EC 10 s; wobble-board hold 6 s
            Pt: "me siento más firme" (feels steadier). Continue per POC.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // Porterville traveller MT 12 and TE 14 match; GH glides with grade and scapular mobs; pulleys, wand, sleeper stretch, rows with doses; L adhesive capsulitis with degrees and limits: passes.
        ["vord-h61-porterville-traveler-mt-te-shoulder"] = new(
            """
            SEQUOIA CREST REHAB — Porterville · traveling PT
            MT 97140 (12 min): L GH inferior + posterior glides gr III in 45° abd, scapular upward-rotation mobs
            TE 97110 (14 min): pulleys flex 2 x 15, supine wand ER 2 x 12, sleeper stretch 3 x 30 s, rows w/ red band 3 x 12
            L adhesive capsulitis — ER 20°, flex 115°; can't fasten her bra or reach the top cupboard
            """,
            ["M75.02"], [PT("97140", 12), PT("97110", 14)], []),

        // Belfast covering PTA from home health: chair, porch-height step, cuff and SLR work with doses; B knee OA quad weakness; home set-up, energy conservation and HEP return demo; 23 matches: passes.
        ["vord-h61-belfast-pta-te-home-habits"] = new(
            """
            PENOBSCOT BAY PHYSICAL THERAPY — Belfast · PTA (covering; home health the rest of the week)
            97110 — 23 min
              sit-to-stand from the 17" chair 3 x 10, step-ups onto a 7" step (same as her porch) 2 x 10 each, standing knee flexion w/ 2-lb cuff 2 x 12, SLR 2 x 10
              B knee OA — quad weakness, can't do her porch steps step-over-step
              Pt's home: 14 steps to the bedroom, rail on the R going up; energy conservation reviewed
              HEP reviewed, return demo correct x 3
            """,
            ["M17.0"], [PTA("97110", 23)], []),

        // Ellsworth covering PTA: NMR 20 ("PTA one-to-one w/ pt") and GT 14 match; step-and-hold with tapping, mirror weight shifts, SLS taps; SPC on hall and gravel with CGA; R recruitment and hyperextension; taps k of 10 and kg on the scale: passes.
        ["vord-h61-ellsworth-pta-nmr-gait"] = new(
            """
            PENOBSCOT BAY PHYSICAL THERAPY — Ellsworth · PTA
            Covering M. Hatch's schedule this week. Raked blueberries forty summers; wants to walk the barrens road again.
            NMR 97112 — 20 min, PTA one-to-one w/ pt
              R step-and-hold onto a 4" step w/ tapping over the R quad, weight shifts to the R in stride stance w/ a mirror, R SLS w/ L foot taps
            GT 97116 — 14 min
              SPC, 2 x 150 ft hall + 1 x 100 ft on the gravel lot; CGA on gravel
            R hemiparesis: ↓ R quad recruitment, R knee hyperextends in stance
            L foot taps 6/10 w/o UE; R stance on the scale 28 kg of 66 kg
            """,
            ["I69.351"], [PTA("97112", 20), PTA("97116", 14)], []),

        // Rockland covering PTA 97116 for a retired lobsterman after THA: walker → cane with distances, stairs, SBA/CGA; short step and hip hike; harbor-ramp goal; 19 matches: passes.
        ["vord-h61-rockland-pta-gait-lobsterman"] = new(
            """
            PENOBSCOT BAY PHYSICAL THERAPY — Rockland · PTA covering
            GT 97116 — 19 min
              FWW → SPC, 4 x 120 ft hall; 8 steps w/ rail, step-over-step up, step-to down; SBA, CGA on the way down
              R THA (anterior, 6 wks): short L step, R hip hike, still reaches for the rail w/ both hands
              Retired lobsterman — goal: walk down the ramp to the float at the harbor
            Supervising PT to reassess Friday.
            """,
            ["Z96.641"], [PTA("97116", 19)], []),

        // Boise PRN 97110 per Dr. Aune's loading plan: soleus press, eccentric drops, calf raises with loads and tempo; L Achilles tendinopathy; single-leg heel-raise counts; 22 matches: passes.
        ["vord-h61-boise-prn-te-achilles"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Boise (Bown Crossing)
            PRN PT covering Dr. Aune's pt — per Dr. Aune's loading plan
            TE 97110 — 22 min
              seated soleus raises on the leg press 60 lb 3 x 15, eccentric heel drops off a step (up on both, down on the L) 3 x 12, standing calf raises 3 x 15, tempo 3-0-3
              L mid-portion Achilles tendinopathy — pain by the 10th single-leg raise, stiff first thing in the morning
              L single-leg heel raises 14 (R 22)
            """,
            ["M76.62"], [PT("97110", 22)], []),

        // Meridian PRN "one-on-one, no overlap with other pts"; step-and-stick on Airex, beam tandem, single-leg RDL reaches on foam; L proprioception and hip strategy after TKA; Y-balance and beam seconds: passes.
        ["vord-h61-meridian-prn-nmr-ski"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Meridian
            PRN PT — covering; pt asks about skiing Bogus Basin again next winter.
            97112 — 24 min — one-on-one, no overlap with other pts
              lateral step-and-stick onto the Airex, tandem on the 2x4 beam w/ head turns, single-leg Romanian deadlift reaches to cones on a foam pad
              L TKA (5 mo): ↓ L proprioception + delayed hip strategy, L knee wobbles in single-leg stance
              Y-balance anterior L 56 cm / R 64 cm; beam tandem 15 s
            """,
            ["Z96.652", "R26.81"], [PT("97112", 24)], []),

        // Nampa PRN 97530 for a retired onion grower: sack lifts, carries and half-kneel rises with counts, SBA; low back pain and hip-extensor weakness with a harvest goal; 20 matches: passes.
        ["vord-h61-nampa-prn-97530-onion"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Nampa
            PRN PT covering
            97530 — 20 min
              lifting a 25-lb onion sack floor → tailgate height x 6 w/ a hip hinge, carrying it 40 ft x 2, half-kneel to fix a sprinkler head and rise x 4
              Low back pain + weak hip extensors; retired onion grower, goal: help his grandson with the fall harvest
              6/6 lifts w/o lumbar flexion after 2 cues; SBA at the tailgate
            """,
            ["M54.50", "M62.81"], [PT("97530", 20)], []),

        // Eagle PRN three codes 15 / 12 / 11 all match; one-on-one NMR on foam, banded stepping, clock reaches; hip exercises with doses; distraction, glides with grade, STM; L hip OA proprioception and weakness with ROM; foam seconds and k of 8: passes.
        ["vord-h61-eagle-prn-three-codes"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Eagle
            PRN PT covering Dr. Aune (vacation through 3/13)
            97112 15 min (one-on-one): SLS L on foam w/ ball toss, lateral band-resisted stepping w/ a hold on the L, clock reaches w/ the R foot
            97110 12 min: side-lying hip abd 2 x 12, bridges w/ band 3 x 10, step-ups 6" 2 x 10
            97140 11 min: L hip long-axis distraction w/ a belt, posterior glides gr III, STM to L TFL
            L hip OA: ↓ L hip proprioception + abductor weakness (4-/5); L hip IR 10°, flexion 95°
            SLS L on foam 7 s; clock reaches 8/8 directions w/o touch-down
            f/u w/ Dr. Aune re: progressing to the BOSU.
            """,
            ["M16.12"], [PT("97112", 15), PT("97110", 12), PT("97140", 11)], []),

        // Caldwell PRN OT 97110 for the hand caseload: wrist, forearm, putty and finger work with loads and doses; L wrist stiffness and grip after radius ORIF with a fly-tying goal; grip kg and extension degrees; 18 matches: passes.
        ["vord-h61-caldwell-prn-ot-te-hand"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Caldwell · OT
            PRN OT covering the hand caseload
            97110 — 18 min
              wrist flex/ext w/ 1-lb dumbbell 2 x 12, pronation/supination w/ a hammer 2 x 12, green putty grip 2 x 15, finger ext against a rubber band 2 x 15
              L wrist stiffness + weak grip after distal radius fx (ORIF, wk 8); goal: tie his own fishing flies again
              Grip L 16 kg / R 34 kg; wrist ext 45°
            """,
            ["S52.502D"], [OT("97110", 18)], []),

        // Brandon float PT 97116: 4WW corridor, ramp and walk to the car with distances, SBA and a rest; short steps and fatigue after a hospital stay; 16 matches: passes.
        ["vord-h61-brandon-float-97116-ramp"] = new(
            """
            BIG SIOUX REGIONAL HEALTH — Brandon Outpatient
            Float PT covering. Pt received seated in lobby, agreeable.
            97116 — 16 min
              4WW, 2 x 200 ft corridor, up/down the front ramp x 2, out the door to the car and back (walk cleared, some ice melt)
              Slow, short steps, forward trunk lean; tires after the first 200 ft (deconditioned after a long hospital stay)
              SBA; 1 standing rest on the walker seat
            Left in lobby w/ spouse, all needs met.
            """,
            ["R26.89", "M62.81"], [PT("97116", 16)], []),

        // Hanford traveller SNF-style: "Skilled NMR (97112) 23 min — one-on-one, no concurrent pts" and TE 15 match; amplitude stepping, release, box turns; trunk rotation, sit-to-stand, band work; PD reflexes and en-bloc turns; pull test, turn steps, 5xSTS: passes.
        ["vord-h61-hanford-traveler-nmr-te-snf"] = new(
            """
            SEQUOIA CREST REHAB — Hanford · traveling PT
            Skilled NMR (97112) 23 min — one-on-one, no concurrent pts
              large-amplitude stepping to floor targets, backward stepping to release, turning in a box w/ counted steps
            Skilled TE (97110) 15 min
              seated trunk rotation w/ a ball 2 x 10, sit-to-stand 3 x 8, standing hip ext w/ band 2 x 12
            PD: ↓ postural reflexes, retropulsion, en-bloc turns; trunk rigidity
            Pull test 3 steps; 180° turn in 6 steps; 5xSTS 17.5 s
            Pt requires skilled PT to progress safely. PLOF: indep in the community.
            """,
            ["G20.A1"], [PT("97112", 23), PT("97110", 15)], []),

        // Camden covering PTA 97530: pickup seat, pellet bags, loading-dock step with counts and SBA/CGA; L knee OA with a pellet-run goal; 18 matches: passes.
        ["vord-h61-camden-pta-97530-pickup"] = new(
            """
            PENOBSCOT BAY PHYSICAL THERAPY — Camden · PTA covering
            97530 — 18 min
              in/out of the driver's seat of his pickup (running board, grab handle) x 4; lifting a 20-lb bag of wood pellets into the truck bed x 3; stepping down off the loading-dock step x 4
              L knee OA — stiff + weak on the step down; goal: pick up his own pellets at the hardware store
              SBA for the truck transfers; CGA on the dock step
            """,
            ["M17.12"], [PTA("97530", 18)], []),

        // Suffolk Saturday 97140: lumbar central PAs with grade and bouts, rotational mobs, STM; stiff painful low back with hypomobile segment; extension degrees before and after; 13 matches: passes.
        ["vord-h61-suffolk-sat-97140-lumbar"] = new(
            """
            ELIZABETH RIVER PHYSICAL THERAPY — Suffolk · Saturday
            Covering PT. 97140 13 min
              L3–L5 central PA mobs gr III, 3 bouts of 30 s; L side-lying rotational mobs; STM to B lumbar paraspinals
              Stiff, painful lower back after years on the peanut-plant line; L4–5 stiff on PA
              Standing extension 10° → 18° after
            Primary PT to reassess Tues.
            """,
            ["M54.59"], [PT("97140", 13)], []),

        // Tulare traveller's complete 97110 (exercises with doses, LE weakness with a recliner limit, 5xSTS) with the CPT code typed into the diagnosis field: no well-formed ICD-10-CM code.
        ["vord-h61-tulare-cpt-in-dx-field"] = new(
            """
            SEQUOIA CREST REHAB — Tulare · traveling PT (first week)
            97110 — 20 min
              seated knee ext 3 lb 3 x 10, standing hip abd 2 x 12, step-ups 6" 2 x 10, calf raises 2 x 15
              B LE weakness; can't get up from the low recliner
              5xSTS 18.1 s
            """,
            ["97110"], [PT("97110", 20)], [Dx]),

        // Bucksport covering PTA's complete one-to-one 97112 (rocker board, rope ladder, foam sit-to-stand; ankle proprioception and stepping; seconds and k of 5) sent with no diagnosis.
        ["vord-h61-bucksport-pta-no-dx"] = new(
            """
            PENOBSCOT BAY PHYSICAL THERAPY — Bucksport · PTA covering
            97112 — 22 min — PTA + pt one-to-one
              rocker board A/P + M/L w/ ball catches, stepping through a rope ladder w/ head turns, sit-to-stand on foam w/o hands
              ↓ ankle proprioception + slowed stepping strategy
              Rocker board M/L 12 s; 4 of 5 rope-ladder passes w/o a catch
            """,
            [], [PTA("97112", 22)], [Dx]),

        // Sioux Falls float PT's generic two-code note with only a total ("38 min total"): no technique, deficit or measure for either code, no one-on-one, no minutes for each.
        ["vord-h61-sioux-falls-float-generic-total"] = new(
            "Float PT covering. Pt seen for NMR and ther ex per POC, 38 min total. Tolerated well. Pt left in lobby, all needs met.",
            ["R26.81"], [PT("97112", 23), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // Rockland covering PTA: NMR 22 and TE 15 match and both are complete (foam EC, counter tandem, shoulder-tap steps; exercises with doses; postural control and hip weakness; foam seconds and tandem steps), but nothing says one-on-one.
        ["vord-h61-rockland-pta-two-codes-never-one-on-one"] = new(
            """
            PENOBSCOT BAY PHYSICAL THERAPY — Rockland · PTA covering
            NMR 97112 22 min: foam stance w/ eyes closed, tandem walking at the counter w/ head turns, reactive steps to a tap at the shoulder
            TE 97110 15 min: seated knee ext 3 lb 3 x 10, standing hip abd 2 x 12, heel raises 2 x 15
            ↓ postural control w/ vision removed + B hip weakness
            Foam EC 9 s; tandem 10 steps
            Will update J. Thibodeau when she's back.
            """,
            ["R26.81", "M62.81"], [PTA("97112", 22), PTA("97110", 15)], [At(OneOnOne, "97112")]),

        // Meridian PRN: "NMR 97112 — 23 min, one-on-one" then "TE for the rest of the session" with no minutes for the 97110: separate time missing; both sections complete.
        ["vord-h61-meridian-prn-te-rest-of-session"] = new(
            """
            TREASURE VALLEY MOVEMENT & BALANCE — Meridian
            PRN PT covering
            NMR 97112 — 23 min, one-on-one: half-kneel rhythmic stabilization, SLS on the Airex w/ perturbations, step-and-stick onto foam
            Then TE for the rest of the session: leg press 50 lb 3 x 10, side-lying hip abd 2 x 12, bridges 2 x 12
            R THA (anterior, 10 wk): ↓ R proprioception + glut med weakness (4-/5)
            SLS R on Airex 6 s; Y-balance anterior R 52 cm
            """,
            ["Z96.641"], [PT("97112", 23), PT("97110", 15)], [SepTime]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
