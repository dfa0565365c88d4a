using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The seventy-ninth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of rheumatology, connective-tissue and persistent-condition therapy — rheumatoid
/// arthritis in and out of flares (joint counts, DAS28, morning stiffness in minutes and hours, methotrexate and a
/// prednisone taper mentioned in passing), axial spondyloarthritis and ankylosing spondylitis (chest expansion at the
/// fourth intercostal space, tragus-to-wall and occiput-to-wall, the modified Schober, BASMI component by component,
/// BASDAI and BASFI), psoriatic arthritis with enthesitis and dactylitis, lupus, systemic sclerosis of the hand and
/// the mouth, polymyalgia rheumatica on a steroid taper, fibromyalgia and pacing, hypermobility spectrum disorder and
/// hypermobile Ehlers-Danlos syndrome (joint position sense, subluxation logs, ring splints, joint protection),
/// POTS-related deconditioning on recumbent programmes and energy envelopes, and osteoporosis with vertebral
/// compression fractures (spine-sparing rules, high-intensity resistance and impact training, kyphosis, timed loaded
/// standing) — about two thirds ordinary and complete (67 of 103), single- and multi-code visits (97110, 97112,
/// 97116, 97140, 97530, up to three in a visit, and a PT's and an OT's code on one morning), by PTs, PTAs and OTs,
/// from three employers:
/// <list type="number">
/// <item>a rheumatology group's in-house therapy ("Genesee Valley Arthritis &amp; Rheumatology — GVAR Rehab", with
/// its hand clinic "GVAR Hand &amp; Upper Limb": Rochester, New York — the Brighton, Greece, Webster, Canandaigua and
/// Batavia offices) writing the group's template ("Rheum: Dr. … | diagnosis | meds", "Disease today — TJC / SJC · AM
/// stiffness · flare", "Tx —" numbered, "Obj —", "Impression —", "Min —", "Billing —"), PTAs' treatment notes and
/// flowsheets, and the OTs' hand-clinic notes (a HAQ-DI item row, the SARAH programme, paraffin named beside its own
/// code): a Kodak Park machinist and a Kodak chemist, a Wegmans cake decorator, a Webster orchard picker, a Canandaigua
/// Lake marina worker, a Batavia dairy farmer, a milk-truck driver, a county plow driver, a school custodian, a bus
/// dispatcher, a Public Market honey seller, a winery tasting-room host, a hairdresser, an Eastman cellist, a library
/// aide, a daycare teacher and an HVAC installer, the Erie Canal towpath, Highland Park's lilacs and a walk-up off
/// Dewey Avenue;</item>
/// <item>an academic hypermobility clinic ("Wasatch University Health — Hypermobility &amp; Connective Tissue
/// Clinic": Salt Lake City's main campus, Sugar House, Farmington and South Jordan) whose PTs, a PT resident and OTs
/// write "Who:", "Since last visit:", "What we did —", "Reasoning:", "Numbers:", a "Delivery (•) 1:1 ( ) paired ( )
/// group" radio row, a subluxation-log table, an energy-envelope traffic light and a code / service / minute table:
/// a nursing student, a ballet student and her mother, a barista, a ski-school junior instructor, a harp teacher, a
/// violin maker, an ARUP lab tech, a route setter, a TRAX operator, a Lagoon ride operator, a CNA, a law student, a
/// mother of twins, a tea-shop owner, TRAX steps, the Ensign Peak trail and Sugar House Park, a Bodyblade, Redcord
/// slings, a laser headband and the modified Dallas (Levine) protocol as CHOP adapted it;</item>
/// <item>a community bone-health programme ("Merrimack Valley Bone Health Program": Lowell at the Boott Mills,
/// Haverhill, Andover, Methuen and Nashua, New Hampshire) whose PTs and PTAs write "▸" lines ("Fracture hx ▸",
/// "Today ▸", "Why ▸", "Checks ▸", "Billing ▸", "One-on-one ▸"), a spine-sparing tick row and box rows for format,
/// falls and device, beside its Strong Spine classes: a retired shoe stitcher, a Khmer-speaking grandmother with a
/// phone interpreter, a quilter, a crossing guard, a church organist, a retired letter carrier, a Meals on Wheels
/// driver, a retired engineer on LIFTMOR-M, the Sinaki SPEED program in a weighted kypho-orthosis, a Market Basket
/// cart, the canal walkway and the Winnekenni Park path.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h79-…): one-on-one in these writers' own words ("Just the two of us in treatment room 2 for the
/// whole NMR block", "Clinician-to-patient ratio for the billed block: 1:1 — I treated only her", "Private session
/// before the morning class arrived — she was the only one in the studio with me", "Seen on her own in the hand room
/// — no other client there during these minutes", "I treated him exclusively — hands-on, no one else on my book for
/// this block"), notes that negate it (sisters who are both patients run together with alternating sets, a Strong
/// Spine class of seven, a PTA also setting up another patient on a bike in bay 2, a PT alternating with the next
/// patient who came in early) or never state it (a mother taking notes, a Khmer interpreter by phone), and the codes
/// without a one-on-one check (only 97112 is the one-on-one code in the shipped medicare profile): a 97110 coached
/// beside two members on the bikes and a 97530 in a paired session;</item>
/// <item>class 2 (v2-h79-…): template states: "Flare today? ☒ yes → flare-day program used", "Delivery (•) 1:1",
/// "Format ☒ concurrent (2 pts)", "Session: Individual (1:1) ☐" left unticked, "Impairments addressed today" with
/// every box (proprioception, motor control, postural control, joint stability) unticked and no deficit elsewhere, a
/// spine-sparing tick row, "Min: 97110 [ 16 ] … 97140 [ ]" blank for a billed code, a subluxation-log table, a HAQ-DI
/// item row, "Objective measures today: (none entered)" with no number but the code's, an energy-envelope traffic
/// light at amber, a PTA flowsheet with its header and no rows, and falls and device box rows;</item>
/// <item>class 3 (v3-h79-…): named protocols, programmes and devices as techniques (high-intensity resistance and
/// impact training per LIFTMOR-M, the Sinaki SPEED program in a weighted kypho-orthosis, the SARAH hand programme,
/// the modified Dallas (Levine) protocol as CHOP adapted it, Redcord Neurac, a laser headband's maze, NASS "Back to
/// Action", paraffin then tendon glides for scleroderma hands, perioral and intraoral stretching for a scleroderma
/// mouth, pacing from an activity diary), Tai Chi for Arthritis forms with no dose or number and BOSU work with no
/// deficit;</item>
/// <item>class 4 (v4-h79-…): deficits stated as findings (a kneecap that slid out stepping off the TRAX car and a
/// knee angle overshot by 9° with the eyes shut, a milk-truck driver who swings his whole body round to back up,
/// a chest leant on the Market Basket cart and a backward loss of balance at the top shelf, arms that won't reach to
/// wash her hair after PMR, PIPs that snap back on a pen, a lupus flare that stops her on the landing, knees that snap
/// back walking bench to bench, first steps out of bed on tiptoe) and notes that state none (a bone-health recheck
/// "screen clean today — no balance problem found", RA in remission with "no deficit to work on");</item>
/// <item>class 5 (v5-h79-…): measures in their usual forms (BASMI component by component, Jamar kilograms and a
/// nine-hole peg, Timed Loaded Standing in seconds, functional and lateral reach in centimetres, a Y-balance composite
/// in per cent, a 10-m walk, the Four Square Step Test) and notes with none ("less wobble on the beam than last
/// visit; looked steadier on the foam", "less wobbly than last time; no slips", "Felt easier today");</item>
/// <item>class 6 (v6-h79-…): minutes in their usual forms ("Billing — 97110 x1 (14 min) · 97112 x1 (11 min)", a code
/// / service / minute table for three codes, two parts around a DXA report that add up, a PT's and an OT's code on
/// one morning, "NMR 22 mins … / TherEx 13 mins", a total with its breakdown, "Min — 97110: 15" beside 120 minutes
/// of early-morning stiffness, "Therapeutic activities — 21 min" for the one timed code) and true mismatches (a PTA's ther ex 25
/// against 13, NMR 12 against 24, an OT's 97530 10 against 22, manual therapy 20 against 8) and truly missing
/// separate time (37 minutes for ther ex and gait together, a third code's line with no minutes);</item>
/// <item>class 7 (v7-h79-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (hips and shoulder girdle after PMR), 97530 (a seated kitchen with lupus),
/// 97140 (ribs and thoracic spine in AS) and 97116 (a rollator then a cane after a T11 fracture), and wholly generic
/// 97112, 97110 + 97530 and OT SOAP notes;</item>
/// <item>ordinary (vord-h79-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (714.0), a generic two-code
/// note with only a total, a PTA's gait time that differs, an OT's ther-ex time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — a mother, a husband, a
/// daughter, a phone interpreter (none of them a patient; the sister, the next patient, the man on
/// the bike in bay 2, the concurrent patient and the members of a class are), joint counts, DAS28, BASDAI, BASFI
/// and HAQ-DI items, morning stiffness in minutes and hours ("AM stiffness 45 min", "EMS 120 min", "about an hour",
/// "40 min, was 2 hours"), methotrexate and prednisone milligrams and tapers, DXA T-scores, vertebral levels and
/// fracture years, Beighton scores, subluxation counts, a heart-rate rise on an active stand test, ages, ladder,
/// box and step heights, loads in pounds and kilograms, percentages of a one-repetition maximum, ring-splint sizes
/// and a paraffin bath's code 97018 — and each is written so that a reviewer cannot take it for a code's minutes;
/// the notes failed for want of a measure carry no number but their code's and its minutes; no note gives minutes
/// to an exercise, a rest, a test, a paraffin bath, a class or a work shift.
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
/// documentation profile (paraffin, aquatic therapy, orthotic and splint fitting, group classes and evaluations stay
/// in the notes, never on a line).
/// This set also leaves out a self-rated questionnaire or score (HAQ-DI, PROMIS, RAPID3, BASDAI, BASFI, FIQR, a pain
/// rating, an energy-envelope colour) or a heart rate as a note's only number, a Beighton score as a measure, a
/// recumbent programme's minutes on the bike or rower, a flare day's cancelled session, a PT student furnishing
/// part of a billed code's minutes (the PT resident here is a licensed PT writing her own note), a co-treatment by
/// a PT and an OT on one code, and whether manual therapy on hypermobile joints, loading after vertebral fractures
/// or tai chi under 97110 is clinically or coding-wise right (questions for the clinician and the coder, not the
/// note's documentation).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 93 of 103 cases agree (101 needed), and 6 of the 67 notes the reviewer passes got a finding, on the analyzer of b32474d (the start of the 2026-12-06 twelfth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 102 of 103, no false positive — "Private session … she was the only one in the studio with me", "97110 in two parts: 9 min on the mat …, 8 min at the wall bars after = 17 min", vocabulary from a helper (Tai Chi for Arthritis, belt pulls, flexed slow gait, the hypermobility clinic's name as no deficit). Left: a numbered list's "2) … 3)" read as measures.</para>
/// </summary>
public class HeldOutNotesIssue18SeventyNinthTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in these writers' own words, negated, unstated

        // GVAR Brighton retired Kodak Park machinist: "Just the two of us in treatment room 2 for the whole NMR block"; rocker-board squats, Airex stance with pelvic perturbations, step-downs to a mark; knee proprioception and postural control after effusions; SLS and mini-BESTest; AM stiffness 45 min is a symptom, 22 matches: passes.
        ["v1-h79-gvar-brighton-just-the-two-of-us"] = new(
            """
            GVAR REHAB · PT Daily · Brighton
            Rheum: Dr. Szymanski | seropositive RA since 2019 | MTX 20 mg wkly + adalimumab; pred 5 mg, tapering
            Disease today — TJC 4 / SJC 2 (both knees, R wrist) · AM stiffness 45 min · flare: no
            Retired Kodak Park machinist. Knees buckle stepping off the curb at Wegmans; nearly went down on the ice at the Public Market Saturday.
            Just the two of us in treatment room 2 for the whole NMR block.
            Tx — 97112, 22 min
              1) mini-squats on the rocker board, eyes open → closed
              2) single-leg stance on the Airex with my hand perturbations at the pelvis
              3) slow step-downs off a 4-in. step to a tape mark, cued to feel the knee over the 2nd toe
            Obj — SLS R 7 s, L 10 s (R 3 s at eval); mini-BESTest 20/28
            Impression — knee proprioception and postural control still impaired from the effusions; R worse than L
            """,
            ["M05.79"], [PT("97112", 22)], []),

        // Wasatch Sugar House teen whose older sister, "also hEDS, also my patient", was run together with her, "alternated sets between them": another patient treated in the block; BOSU knee control, step-downs, hip perturbations; knee proprioception and hip motor control; Y-balance and k of 10: one-on-one missing.
        ["v1-h79-wasatch-sisters-alternating-sets"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · Sugar House
            Who: 17-yo, hEDS. Her older sister (also hEDS, also my patient) was booked back to back, so we ran them together today and I alternated sets between them.
            Since last visit: L patella subluxed once coming down the bleachers at a Granger High game.
            What we did — 97112, 21 min:
              • closed-chain knee control on the BOSU (flat side down), eyes closed for the last set
              • lateral step-downs to a mirror cue
              • perturbations at the hip in single-leg stance
            Reasoning: poor knee proprioception and hip motor control — the knee drifts in under load
            Numbers: Y-balance anterior reach L 58 cm (R 66 cm); 7 of 10 perturbations held
            """,
            ["Q79.62", "M22.12"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Merrimack Haverhill "Wednesday Strong Spine class, seven participants — I led the stations and went round": a class, not one-on-one; tandem with head turns, reactive stepping to pushes, foam reaches; postural control and slow stepping; TUG and pushes recovered: one-on-one missing.
        ["v1-h79-merrimack-strong-spine-class-of-seven"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Haverhill site
            Wednesday Strong Spine class, seven participants — I led the stations and went round correcting form.
            This participant ▸ 79-yo retired shoe stitcher; T11 compression fx (2023); DXA L-spine −2.9
            Today ▸ 97112, 24 min
              ▸ tandem walking along the floor tape with head turns
              ▸ reactive stepping: small pushes at the shoulders in four directions, she steps to recover
              ▸ standing on the foam strip reaching to targets without rounding
            Why ▸ poor postural control and slow stepping reactions — two falls last winter
            Checks ▸ TUG 12.6 s (14.1 s in October); 6 of 8 pushes recovered in one step
            """,
            ["M80.08XD", "R29.6"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // GVAR Greece PTA "While she worked on the BAPS I was also checking Mr. K's set-up on the recumbent bike in bay 2": attending another patient in the block; BAPS, foam stance with rebounder tosses, half-roller tandem; R ankle proprioception after a PsA flare; SLS and star excursion: one-on-one missing.
        ["v1-h79-gvar-pta-also-at-the-bike-in-bay-2"] = new(
            """
            GVAR REHAB · PTA Treatment Note · Greece
            Psoriatic arthritis; R ankle and midfoot flaring on and off since the fall. Rolls the ankle on the uneven lawn at Greece Canal Park.
            97112 — 20 min
            - BAPS board level 3, clockwise and counter-clockwise circles, seated → standing
            - single-leg stance on foam, ball toss to a rebounder
            - tandem stance on the half roller
            While she worked on the BAPS I was also checking Mr. K's set-up on the recumbent bike in bay 2 and adjusting his seat.
            Deficit: R ankle proprioception poor since the flare; the ankle wobbles and gives way
            SLS R on foam 6 s (L 19 s); star excursion posterolateral R 61 cm
            """,
            ["L40.50", "M25.371"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // Wasatch Farmington 14-yo ballet student with "Mom in the room taking notes", nothing states one-on-one; rhythmic stabilization, ball-on-wall, body blade; scapular and glenohumeral motor control; CKCUEST and JPE: one-on-one missing.
        ["v1-h79-wasatch-mom-taking-notes-never-stated"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · Farmington
            Who: 14-yo ballet student, HSD (Beighton 7/9). Mom in the room taking notes on the home programme.
            Since last visit: R shoulder subluxed once doing a cartwheel at the studio; no dislocations.
            What we did (97112, 19 min):
              • rhythmic stabilization in quadruped and then in a push-up plank, my hands alternating at the shoulders
              • ball on the wall — small circles with the scapula set, eyes closed on the last round
              • body-blade oscillations at 90° flexion
            Reasoning: poor scapular and glenohumeral motor control; the shoulder slips when she bears weight through the arm
            Numbers: CKCUEST 16 touches (11 at eval); joint position error at 90° flexion 6° → 3°
            """,
            ["M35.7", "M24.411"], [PT("97112", 19)], [At(OneOnOne, "97112")]),

        // Merrimack Lowell grandmother with a Khmer interpreter on the phone, nothing states one-on-one; pad weight shifts, protective stepping off a belt release, stool-to-stand eyes closed; postural control and slow protective stepping; functional reach and chair stands: one-on-one missing.
        ["v1-h79-merrimack-khmer-interpreter-never-stated"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Lowell (Boott Mills site)
            Khmer interpreter by phone for the whole visit.
            83-yo grandmother; L1 compression fx (2024), DXA fem neck −3.0; on alendronate. Cooks at a floor-level burner at home and gets up from a low stool.
            Today ▸ 97112, 21 min
              ▸ weight shifts forward/back and side to side on the balance pad, arms crossed
              ▸ step-strategy practice: stepping out to catch herself when I let go of the gait-belt hold
              ▸ stool-to-stand with a pause at the top, eyes closed
            Why ▸ impaired postural control and slow protective stepping; afraid of falling since the fracture
            Checks ▸ functional reach 21 cm (16 cm at eval); 30-s chair stand 9
            """,
            ["M80.08XD"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Wasatch main campus ARUP lab tech, husband sitting in: "Clinician-to-patient ratio for the billed block: 1:1 — I treated only her"; wobble board with head turns and catches, hop-and-stick, eyes-closed ankle matching; ankle proprioception and late peroneal response; seconds and degrees; 24 matches: passes.
        ["v1-h79-wasatch-clinician-to-patient-ratio"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · main campus
            Who: 31-yo ARUP lab tech, hEDS; ankles roll on the Ensign Peak trail and on the lab's anti-fatigue mats. Husband sat in.
            Clinician-to-patient ratio for the billed block: 1:1 — I treated only her.
            What we did — 97112, 24 min:
              • single-leg stance on the wobble board with head turns, then catching a ball thrown off-centre
              • hop-and-stick onto a foam pad, forward and lateral
              • eyes-closed ankle position matching: I set the L ankle, she reproduced it with the R
            Reasoning: ankle proprioception poor both sides, L worse; late peroneal response on the wobble board
            Numbers: SLS on the wobble board L 9 s, R 14 s; position-matching error L 7°, R 4°
            """,
            ["Q79.62", "M25.372"], [PT("97112", 24)], []),

        // Merrimack Andover quilter: "Private session before the morning class arrived — she was the only one in the studio with me"; pelvic nudges on firm and foam, obstacle stepping with quick stops, tandem eyes closed; delayed balance reactions and poor ankle strategy; mini-BESTest and k of 10; 23 matches: passes.
        ["v1-h79-merrimack-private-session-before-class"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Andover site
            Private session before the morning class arrived — she was the only one in the studio with me.
            72-yo quilter; osteoporosis (DXA L-spine −2.7), no fracture yet; trips on the sewing-room rug.
            Today ▸ 97112, 23 min
              ▸ perturbation training: standing on the firm floor, then on foam, I nudged at the pelvis in random directions
              ▸ obstacle stepping over foam rolls with a quick stop on my clap
              ▸ tandem stance with eyes closed
            Why ▸ delayed postural reactions and a poor ankle strategy; two trips in the sewing room
            Checks ▸ mini-BESTest 22/28 (18/28 in January); 9 of 10 nudges recovered without a step
            """,
            ["M81.0", "R26.81"], [PT("97112", 23)], []),

        // Wasatch OT harp teacher: "Seen on her own in the hand room — no other client there during these minutes"; wrist position matching with vision blocked, rhythmic stabilization on a ball, gyroscope-ball holds; wrist proprioception and midcarpal instability; JPE and hold seconds; 18 matches: passes.
        ["v1-h79-wasatch-ot-on-her-own-in-the-hand-room"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · OT
            Who: 38-yo harp teacher, HSD; wrists "click out" reaching for the low strings; drops her phone.
            Seen on her own in the hand room — no other client there during these minutes.
            OT 97112 — 18 min
              • wrist joint-position matching with vision blocked (I set the R wrist, she matched it with the L, and back)
              • rhythmic stabilization of the wrist in weight bearing on a therapy ball
              • gyroscope-ball (Powerball) holds at low speed, wrist neutral
            Reasoning: impaired wrist proprioception and dynamic stability — the midcarpal joint clunks under load
            Numbers: wrist JPE 8° → 5°; weight-bearing hold on the ball 30 s without a clunk (was 10 s)
            """,
            ["M35.7", "M25.331"], [OT("97112", 18)], []),

        // Merrimack Methuen crossing guard, 97110 with "two other members on the recumbent bikes beside her while I coached all three": 97110 has no one-on-one check; weighted sit-to-stands, prone extension, rows, heel raises with doses; hip and back extensor weakness and kyphosis; 22 matches: passes.
        ["v1-h79-merrimack-97110-three-on-the-floor"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Methuen site
            Two other members on the recumbent bikes beside her while I coached all three through the strength round.
            76-yo school crossing guard; osteoporosis, T8 and T9 wedge fractures (2022); kyphotic.
            Today ▸ 97110, 22 min
              ▸ sit-to-stand from a 17-in. chair holding a 6-lb dumbbell at the chest, 3 x 10
              ▸ prone back extension to neutral, head in line, 2 x 8 with 3-s holds
              ▸ standing rows with the green band 3 x 12; heel raises 2 x 15
            Why ▸ weak hip and back extensors; thoracic kyphosis; wants to keep the corner crossing through June
            """,
            ["M80.08XD", "M40.204"], [PT("97110", 22)], []),

        // Wasatch South Jordan barista in a "paired session" with another POTS patient: 97530 has no one-on-one check; floor-to-stand with calf pumps, milk-crate carries, squat-to-reach; orthostatic intolerance and muscle-pump deconditioning; counts and load; 20 matches: passes.
        ["v1-h79-wasatch-97530-paired-session"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · South Jordan
            Paired session: she and another POTS patient worked through the same floor-to-stand tasks side by side.
            Who: 24-yo barista, POTS + HSD; greys out standing at the espresso machine.
            97530 — 20 min
              • floor → half-kneel → stand with a pause and calf pumps before walking, x 6
              • carrying a crate of milk jugs (16 lb) from a low shelf to the counter, x 8
              • squat-to-reach for items on the bottom shelf, alternating with heel raises, x 10
            Why: orthostatic intolerance and leg-muscle-pump deconditioning; can't get through a morning shift without sitting
            6 of 6 floor-to-stand transitions without greying out; 8 of 8 crate carries
            """,
            ["G90.A", "M35.7"], [PT("97530", 20)], []),

        // GVAR Canandaigua marina worker: "I treated him exclusively — hands-on, no one else on my book for this block"; rocker-board stance with tosses, BOSU step-ups with knee perturbations, hop-to-stabilize; L knee neuromuscular control after PsA synovitis; seconds and k of 10; ~30 min AM stiffness is a symptom, 25 matches: passes.
        ["v1-h79-gvar-canandaigua-treated-him-exclusively"] = new(
            """
            GVAR REHAB · PT Daily · Canandaigua
            Rheum: Dr. Albano | PsA since 2016 (skin, DIPs, L knee) | secukinumab; no pred
            Disease today — SJC 1 (L knee) · AM stiffness ~30 min · flare: no
            Marina worker on Canandaigua Lake; stepping from the dock onto a rocking boat is where the L knee lets him down.
            I treated him exclusively — hands-on, no one else on my book for this block.
            Tx — 97112, 25 min
              1) single-leg stance on the rocker board (sagittal, then frontal) with a ball toss
              2) lateral step-ups onto a BOSU with my perturbations at the knee
              3) hop-to-stabilize onto foam, hold the landing
            Obj — SLS on the rocker L 11 s (R 24 s); lateral hop-and-hold 7 of 10 L
            Impression — L knee neuromuscular control and proprioception poor after the synovitis
            """,
            ["L40.59", "M25.562"], [PT("97112", 25)], []),

        // GVAR Batavia dairy farmer: "My next patient came in early; I alternated between the two of them for most of this block": another patient in the block; BAPS, half-roller tandem, eyes-closed foam; ankle proprioception and postural control; SLS and foam seconds: one-on-one missing.
        ["v1-h79-gvar-batavia-alternated-with-the-next-patient"] = new(
            """
            GVAR REHAB · PT Daily · Batavia
            Rheum: Dr. Okafor | seronegative RA, both ankles and forefeet | tofacitinib; pred 7.5 → 5 mg
            Dairy farmer outside Batavia; her feet "feel like they're in thick socks" on the barn's uneven concrete.
            97112 — 23 min. My next patient came in early; I alternated between the two of them for most of this block, checking his form between her sets.
            Tx — 1) BAPS board level 2, seated → standing; 2) tandem walking on the half roller; 3) eyes-closed stance on foam
            Obj — SLS R 5 s, L 6 s; eyes-closed foam stance 12 s
            Impression — impaired ankle proprioception and postural control on uneven ground
            """,
            ["M06.071", "M06.072"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox, radio-button, table and box states

        // GVAR Webster "Flare today? ☒ yes → flare-day program used": quad sets, SLRs, wall isometrics, active-assisted wrist motion with doses; keep knee and shoulder strength and range without loading the hot wrists and MCPs; grip in kg; AM stiffness "2 hours (usually 30 min)" is a symptom, 16 matches: passes.
        ["v2-h79-gvar-flare-box-ticked-isometrics"] = new(
            """
            GVAR REHAB · PT Daily · Webster
            Flare today?  ☒ yes  ☐ no      → flare-day program used
            Joints today: R wrist and MCPs 2-3 both hands hot and puffy; AM stiffness 2 hours (usually 30 min)
            Orchard worker on a Webster apple farm; RA, on MTX; rheum added a pred burst on Monday.
            97110 — 16 min (flare-day version: no band, no load through the hands)
              - quad sets 2 x 10 with 5-s holds; straight-leg raises 2 x 10
              - shoulder isometrics in 4 directions at the wall, 5 x 5-s holds
              - active-assisted wrist flexion/extension on the table, 2 x 10, within comfort
            Why — keep strength and range in the shoulders and knees through the flare without loading the inflamed wrists and MCPs
            Grip (Jamar, pos. 2) R 8 kg, L 14 kg — down from 16/18 last week
            """,
            ["M06.09"], [PT("97110", 16)], []),

        // Wasatch PT-resident note with "Delivery (•) 1:1 ( ) paired ( ) group" selected: one-on-one; mirror and eyes-closed soft-knee training, reactive neuromuscular training with a valgus band, quick stops; knee proprioception at end range; goniometric knee angle; 22 matches: passes.
        ["v2-h79-wasatch-radio-row-one-to-one"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · main campus · PT resident note (co-signed)
            Delivery   (•) 1:1   ( ) paired   ( ) group
            Who: 22-yo U nursing student, hEDS; knees hyperextend and she "locks back" standing through clinicals.
            What we did — 97112, 22 min:
              • standing knee-position training at the mirror, then eyes closed: soft knee, hold, I check it with the goniometer
              • single-leg mini-squats on the Airex with a band pulling the knee into valgus (reactive neuromuscular training)
              • quick-stop walking on my clap, landing in a soft knee
            Reasoning: knee proprioception poor — can't sense end range; quads switch off into locked hyperextension
            Numbers: standing knee angle eyes closed 4° of hyperextension (12° at eval); RNT mini-squats 3 x 8 without valgus collapse
            """,
            ["Q79.62"], [PT("97112", 22)], []),

        // Merrimack Nashua "Format ☐ individual ☒ concurrent (2 pts) ☐ class": not one-on-one; cone stepping with turns, foam beanbag catches, backward walking on the rail; postural control and stepping reactions; TUG and backward steps: one-on-one missing.
        ["v2-h79-merrimack-format-concurrent-ticked"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Nashua, NH site
            Format  ☐ individual   ☒ concurrent (2 pts)   ☐ class
            81-yo retired letter carrier; L2 compression fx (2025); on denosumab.
            Today ▸ 97112, 20 min
              ▸ stepping over a line of small cones forward, then sideways, with a turn at the end
              ▸ standing on the foam strip catching a beanbag thrown off to each side
              ▸ backward walking along the wall rail
            Why ▸ postural control and stepping reactions impaired; catches her toes on the front steps
            Checks ▸ TUG 13.0 s; backward walk 3 m in 8 steps without a loss of balance
            """,
            ["M80.08XD"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // GVAR Brighton "Session: Individual (1:1) ☐" left unticked and nothing else states it: never stated; tandem eyes open/closed, foam head turns, stepping to targets; postural control and foot proprioception with lupus; tandem steps and foam seconds: one-on-one missing.
        ["v2-h79-gvar-individual-box-unticked"] = new(
            """
            GVAR REHAB · PT Daily · Brighton
            Session:  Individual (1:1) ☐      Flare today ☐
            Rheum: Dr. Szymanski | SLE (2011), arthralgias, fatigue | hydroxychloroquine; pred 5 mg
            Library aide at the Central Library downtown; unsteady on the stack stairs, feet tingle.
            Tx — 97112, 21 min
              1) tandem stance and tandem walking on the floor tape, eyes open → closed
              2) standing on the foam with head turns
              3) stepping-strategy practice onto taped targets
            Obj — tandem walk 12 steps without a step-off (6 at eval); foam eyes closed 9 s
            Impression — impaired postural control and foot proprioception (mild neuropathy on the chart)
            """,
            ["M32.9", "G62.9"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Wasatch Sugar House "Impairments addressed today: ☐ proprioception ☐ motor control ☐ postural control ☐ joint stability" with nothing ticked and no deficit anywhere else; 1:1 selected; BAPS, Airex tosses, dyna-disc lunges; seconds and k of 12: deficit missing.
        ["v2-h79-wasatch-impairment-boxes-unticked"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · Sugar House
            Delivery   (•) 1:1   ( ) paired   ( ) group
            Impairments addressed today:  ☐ proprioception   ☐ motor control   ☐ postural control   ☐ joint stability
            What we did — 97112, 20 min:
              • BAPS board circles standing, both directions
              • single-leg stance on the Airex with ball tosses off a rebounder
              • lateral lunges onto the dyna-disc, stick the landing
            Numbers: single-leg stance on the Airex R 18 s, L 15 s; lunges 10 of 12 stuck
            Next: same set-up Thursday.
            """,
            ["M35.7"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Merrimack Lowell spine-sparing tick row (hinge, log roll, no loaded flexion or twist, exhale on effort); press-ups to neutral, wall angels, kettlebell hinge, band rows with doses; thoracic and hip extensor weakness and kyphosis; occiput-to-wall; 19 matches: passes.
        ["v2-h79-merrimack-spine-sparing-tick-row"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Lowell (Boott Mills site)
            Spine-sparing:  ✔ hip hinge   ✔ log roll in/out of bed   ✔ no loaded flexion or twisting   ✔ exhale on effort
            Fracture hx ▸ T7 and T12 compression fx (2024); DXA L-spine −3.3; romosozumab, month 7
            Retired mill-museum docent; rounded back, can't stand straight long enough to give a tour.
            Today ▸ 97110, 19 min
              ▸ prone press-ups to neutral (not past), 2 x 10
              ▸ wall angels, back and head on the wall, 2 x 8
              ▸ hip hinge to a bench with a 10-lb kettlebell, 3 x 8
              ▸ seated band rows, 3 x 12, shoulder blades back
            Why ▸ weak thoracic and hip extensors; thoracic kyphosis
            Checks ▸ occiput-to-wall 6 cm (8 cm at eval)
            """,
            ["M80.08XD", "M40.204"], [PT("97110", 19)], []),

        // GVAR Greece "Min: 97110 [ 16 ] 97112 [ ] 97140 [ ]" with 97110 and 97140 billed: no minutes for the manual therapy — separate time missing; both parts complete (foam-roll extension, open books, chin tucks with doses; rib and thoracic PA mobilization and STM; thoracic and rib-cage stiffness; chest expansion and tragus-to-wall).
        ["v2-h79-gvar-minute-boxes-blank-for-97140"] = new(
            """
            GVAR REHAB · PT Daily · Greece
            Min:  97110 [ 16 ]   97112 [    ]   97140 [    ]
            Rheum: Dr. Albano | axial SpA (HLA-B27+, sacroiliitis on MRI) | adalimumab
            AM stiffness ~90 min; stiff getting out of the driver's seat after the morning bus route.
            Tx —
              1) thoracic extension over the foam roll 2 x 10; open-book rotations 2 x 10 each side; chin tucks 3 x 10
              2) rib mobilization gr III T4-T8 in side-lying; PA glides T5-T9 gr III; STM to the thoracic paraspinals
            Obj — chest expansion at the 4th ICS 3.0 cm (2.2 cm at eval); tragus-to-wall 15 cm
            Impression — thoracic and rib-cage stiffness; weak thoracic extensors
            """,
            ["M45.8", "M54.6"], [PT("97110", 16), PT("97140", 10)], [SepTime]),

        // Wasatch main campus subluxation-log table (R shoulder 2, L thumb 1, L patella 0), 1:1 selected; Bodyblade, rhythmic stabilization, wobble-cushion weight shifts; R shoulder proprioception and cuff timing; JPE and hold seconds; 23 matches: passes.
        ["v2-h79-wasatch-subluxation-log-table"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · main campus
            Delivery   (•) 1:1   ( ) paired   ( ) group
            Subluxation log since last visit:
              Joint         | Times | What she was doing
              R shoulder    | 2     | reaching into the top cupboard; pulling on a sweatshirt
              L thumb CMC   | 1     | opening a jar
              L patella     | 0     |
            Who: 29-yo software tester in Lehi, hEDS.
            What we did — 97112, 23 min:
              • Bodyblade at 90° flexion and 90° abduction, short bursts
              • rhythmic stabilization, supine then sitting, arm at 90°, my hands alternating pushes
              • closed-chain weight shifts on hands and knees onto a wobble cushion
            Reasoning: poor R shoulder proprioception and rotator-cuff timing — the humeral head slips forward when she reaches overhead
            Numbers: shoulder JPE at 90° flexion 7° → 4°; wobble-cushion weight shift held 30 s without a slip
            """,
            ["Q79.62", "M24.411"], [PT("97112", 23)], []),

        // GVAR hand-clinic OT with a HAQ-DI item row (0–3 per item) above the note; jar key, button hook, two-handed kettle pour; grip weakness and MCP pain with twisting; jars, buttons and seconds; 22 matches: passes.
        ["v2-h79-gvar-ot-haq-item-row"] = new(
            """
            GVAR HAND & UPPER LIMB · OT · Brighton
            HAQ-DI items today (0–3):  dressing 2 · arising 1 · eating 2 · walking 1 · hygiene 2 · reach 2 · grip 3 · activities 2
            Seropositive RA, MCP ulnar drift both hands; retired Wegmans cake decorator, lives alone in Irondequoit.
            OT 97530 — 22 min
              - opening jars with a jar key vs. the old twisting way, 3 jars
              - buttoning a cardigan with a button hook, then without, 6 buttons
              - lifting the kettle with two hands and pouring into a mug at counter height, x 4
            Why: grip weakness and MCP pain with twisting; can't open jars or do small buttons
            3 of 3 jars opened with the key; 6 buttons in 52 s with the hook
            """,
            ["M05.741", "M05.742"], [OT("97530", 22)], []),

        // Merrimack Andover "Objective measures today: (none entered)" and no number but the code's; "One-on-one: ✔ (only her and me in the room)"; standing perturbations, belt-pull stepping, turns on call; postural control and slow step reactions: measure missing.
        ["v2-h79-merrimack-objective-box-none-entered"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Andover site
            Objective measures today:  (none entered)
            One-on-one: ✔ (only her and me in the room)
            Osteoporosis with old vertebral fractures; lives alone, walks to the library and the farmers market.
            Today ▸
              ▸ perturbations in standing, eyes open then closed
              ▸ stepping reactions forward and sideways off a gentle pull at the belt
              ▸ turning in place to each side on my call
            Why ▸ impaired postural control and slow step reactions
            Billing ▸ 97112 22 min
            """,
            ["M80.08XD"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Wasatch Farmington energy-envelope traffic light "☒ amber → dose dropped one level" on a recumbent programme: rower metres and damper, bridges, clams, weighted seated calf raises with doses; deconditioning and orthostatic intolerance with a stairs goal; 21 matches: passes.
        ["v2-h79-wasatch-energy-envelope-amber"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · Farmington
            Energy envelope today:   ☐ green   ☒ amber   ☐ red    → dose dropped one level
            Who: 35-yo mother of twins, POTS (tilt-table confirmed) + HSD; compression leggings on.
            Recumbent programme, week 9:
            97110 — 21 min
              • recumbent rower 1,200 m at damper 3 (1,600 m on a green day)
              • supine bridges 3 x 12; side-lying clams with the band 2 x 15 each side
              • seated calf raises with a 10-lb plate on the knees, 3 x 15
            Why: deconditioning and orthostatic intolerance — legs give out climbing the stairs with a twin on each hip
            """,
            ["G90.A", "M35.7"], [PT("97110", 21)], []),

        // GVAR Webster PTA flowsheet with only its header ("Exercise | Sets | Reps | Wt/Band", no rows entered) and "Pt tolerated tx well. Continue per PT POC.": nothing named — wholly generic.
        ["v2-h79-gvar-pta-flowsheet-no-rows"] = new(
            """
            GVAR REHAB · PTA Flowsheet · Webster
            Exercise            | Sets | Reps | Wt/Band
            (no rows entered)
            97110 — 18 min. Pt tolerated tx well. Continue per PT POC.
            """,
            ["M06.9"], [PTA("97110", 18)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Merrimack Lowell PTA box rows ("Falls since last visit: ☒ none", "Device: ☒ cane"); cane gait on the canal walkway and footbridge with distance and SBA, eyes-up cues, curbs; forward-flexed shuffling gait; 15 matches: passes.
        ["v2-h79-merrimack-pta-falls-and-device-boxes-97116"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PTA · Lowell (Boott Mills site)
            Falls since last visit:  ☒ none   ☐ 1   ☐ 2+
            Device:  ☐ none   ☒ cane   ☐ rollator
            84-yo, T6-T8 compression fractures, kyphotic; walks to mass at St. Anne's.
            Today ▸ 97116, 15 min
              ▸ gait with the cane along the canal walkway and over the footbridge, 2 x 400 ft; SBA
              ▸ cued a longer step and eyes up to the far lamp post instead of the ground
              ▸ the curb at the crosswalk, up and down x 4
            Why ▸ forward-flexed, shuffling gait with short steps; she watches her feet
            """,
            ["M80.08XD", "R26.89"], [PTA("97116", 15)], []),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // Merrimack Andover retired engineer on high-intensity resistance and impact training per the LIFTMOR protocol: deadlift, overhead press, box squat with loads and 5 x 5, jumping chin-ups with drop landings; low bone mass at hip and spine with extensor strength; 24 matches: passes.
        ["v3-h79-merrimack-liftmor-hirit"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Andover site
            Fracture hx ▸ none; DXA fem neck −2.6, L-spine −2.2; on zoledronic acid
            66-yo retired Raytheon engineer; wants to keep hiking the Harold Parker trails and carrying his grandson.
            HiRIT per the LIFTMOR-M protocol, week 10 (supervised; spine-sparing form checked every rep):
            97110 — 24 min
              ▸ deadlift from blocks 5 x 5 at 40 kg (about 80-85% of his 1RM)
              ▸ overhead press 5 x 5 at 15 kg
              ▸ back squat to a box 5 x 5 at 35 kg
              ▸ jumping chin-up with a drop landing, 5 x 5
            Why ▸ low bone mass at the hip and spine; hip and back-extensor strength to load the bones safely
            """,
            ["M81.0"], [PT("97110", 24)], []),

        // Merrimack Haverhill Sinaki SPEED program in a weighted kypho-orthosis, "One-on-one ▸ only the two of us in the gym": extension drills against the pouch, hallway walking head up, backward and sideways recovery steps; kyphotic posture with poor postural control; occiput-to-wall, pushes, TUG; 22 matches: passes.
        ["v3-h79-merrimack-sinaki-speed-kypho-orthosis"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Haverhill site
            One-on-one ▸ only the two of us in the gym during her session.
            78-yo, T9 and T12 compression fractures (2023, 2025); kyphosis; falls backward when she looks up into the kitchen cabinets.
            Today ▸ 97112, 22 min — Sinaki SPEED program with the weighted kypho-orthosis (1-lb pouch)
              ▸ spinal proprioceptive extension drills: standing with the WKO on, lift the chest against the pouch, hold, reset
              ▸ walking the hallway in the WKO, head up to a target on the far wall
              ▸ stepping strategy: backward and sideways steps to recover from small pushes at the shoulders
            Why ▸ kyphotic posture with poor postural control; sways backward and falls looking up
            Checks ▸ occiput-to-wall 7 cm; backward pushes 5 of 6 recovered in one step; TUG 11.8 s
            """,
            ["M80.08XD", "M40.204"], [PT("97112", 22)], []),

        // GVAR hand-clinic OT, SARAH programme session 4 of 6 (Strengthening and Stretching for Rheumatoid Arthritis of the Hand): tabletop, fist and radial finger walking, putty and band with counts, wrist weight; grip and pinch weakness with stiff MCPs; Jamar and pinch kg; 20 matches: passes.
        ["v3-h79-gvar-ot-sarah-programme"] = new(
            """
            GVAR HAND & UPPER LIMB · OT · Brighton
            SARAH programme (Strengthening and Stretching for Rheumatoid Arthritis of the Hand), session 4 of 6
            RA (seropositive) both hands; MCPs 2-4 swollen last month, quieter now. Xerox retiree, builds ship models.
            OT 97110 — 20 min
              - wrist and finger mobility: tabletop, full fist, finger walking toward the thumb side, 10 each
              - strengthening with the red putty: ball squeeze 10, key pinch 10, finger spread against the band 10, 2 rounds
              - wrist extension with a 1-lb weight 2 x 10
            Why: grip and pinch weakness and stiff MCPs; can't hold the tweezers or the rigging thread
            Jamar grip R 12 kg / L 15 kg (9/12 at session 1); lateral pinch R 4 kg
            """,
            ["M05.741", "M05.742"], [OT("97110", 20)], []),

        // Wasatch main campus POTS after mono on the modified Dallas (Levine) protocol as adapted by CHOP, month 2, all recumbent: bike level, rpm and km, leg press load, dead bugs and marching bridges; deconditioning and orthostatic intolerance with a walk-to-class goal; 23 matches: passes.
        ["v3-h79-wasatch-levine-chop-recumbent-programme"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · main campus
            Who: 19-yo U student, POTS after mono (HR rise of 44 bpm on the active stand test); hEDS.
            Programme: modified Dallas (Levine) protocol as adapted by CHOP — month 2, all recumbent.
            97110 — 23 min
              • recumbent bike level 4, 72 rpm, 5.2 km
              • seated leg press 3 x 12 at 60 lb
              • supine core: dead bugs 3 x 10; bridges with a march 2 x 10
            Why: deconditioning and orthostatic intolerance — can't walk upright from the TRAX stop to class without sitting down
            Next: move to the rower next week if this holds.
            """,
            ["G90.A", "Q79.62"], [PT("97110", 23)], []),

        // Wasatch Sugar House route setter on Redcord Neurac, "Treated one-to-one — I had no other patient during this block": sling bridges with rope vibration, sling abduction with perturbation, sling plank with pelvic taps; lumbopelvic motor control and late recruitment; bridge hold seconds; 24 matches: passes.
        ["v3-h79-wasatch-redcord-neurac"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · Sugar House
            Treated one-to-one — I had no other patient during this block.
            Who: 27-yo climbing-gym route setter, HSD; back "gives out" lifting holds overhead; SI joint clunks.
            What we did — 97112, 24 min (Redcord Neurac):
              • supine bridge with the pelvis in the sling, one leg lowering, vibration to the rope to challenge control
              • side-lying hip abduction in the slings with perturbation
              • prone plank on the slings, my taps at the pelvis
            Reasoning: poor lumbopelvic motor control — late deep-abdominal and gluteal recruitment; the pelvis drops on single-leg loading
            Numbers: Redcord single-leg bridge with vibration held 25 s L, 30 s R (weak link L)
            """,
            ["M35.7", "M53.2X8"], [PT("97112", 24)], []),

        // Wasatch violin maker with a laser headband, 1:1 selected: figure-eight and maze tracing, deep-neck-flexor nods, ball sitting with pushes holding the dot; cervical proprioception and deep neck flexor control; JPE degrees and maze time; 21 matches: passes.
        ["v3-h79-wasatch-laser-headband-neck"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · main campus
            Delivery   (•) 1:1   ( ) paired   ( ) group
            Who: 45-yo violin maker, hEDS; neck "feels like a bobblehead" by the end of a day at the bench; upright MRI showed no instability.
            What we did — 97112, 21 min:
              • laser on a headband: tracing the figure-eight and the maze on the wall chart, slow, then eyes closed back to centre
              • deep-neck-flexor set, then head-on-neck nods to targets
              • sitting on the ball while I gave gentle pushes at the shoulders, head held steady on the laser dot
            Reasoning: impaired cervical proprioception and deep neck flexor control
            Numbers: cervical JPE back to neutral 6.2° → 3.9° (average of 6 trials); maze traced in 41 s with 2 slips (was 68 s, 7 slips)
            """,
            ["Q79.62", "M54.2"], [PT("97112", 21)], []),

        // GVAR Webster school custodian on NASS "Back to Action" level 2: cat-camel, thread-the-needle, press-ups, supermans, wall posture holds, rib-expansion breathing with doses; thoracolumbar stiffness and lost extension; tragus-to-wall and Schober; AM stiffness "about an hour", 20 matches: passes.
        ["v3-h79-gvar-back-to-action-programme"] = new(
            """
            GVAR REHAB · PT Daily · Webster
            Rheum: Dr. Albano | AS (radiographic, 2014) | golimumab · BASDAI 4.6 · BASFI 5.1
            AM stiffness about an hour; school custodian, can't mop under the bleachers without his back locking.
            Tx — NASS "Back to Action" programme, level 2 — 97110, 20 min
              1) cat-camel in four-point 2 x 10; thread-the-needle rotation 2 x 8 each side
              2) prone lying → prone press-up 2 x 10; superman lifts 2 x 8 with 3-s holds
              3) wall posture: heels, buttocks, shoulders and head to the wall, 5 x 10-s holds
              4) deep breathing with lateral rib expansion 2 x 10
            Impression — thoracolumbar stiffness and loss of spinal extension; stooped posture
            Obj — tragus-to-wall 17 cm (19 at eval); modified Schober 3.2 cm
            """,
            ["M45.5"], [PT("97110", 20)], []),

        // GVAR Brighton bus dispatcher with fibromyalgia doing Tai Chi for Arthritis basic forms (commencement, opening and closing, single whip, wave hands like clouds) for deconditioning and stiffness — no sets, repetitions, load, distance or number but the code's: measure missing.
        ["v3-h79-gvar-tai-chi-for-arthritis-no-dose"] = new(
            """
            GVAR REHAB · PT Daily · Brighton
            Rheum: Dr. Okafor | fibromyalgia, widespread pain and fatigue; no inflammatory arthritis on workup
            Bus dispatcher; whole-body stiffness, worn out by mid-shift; stopped her evening walks.
            Tx — 97110, 20 min
              Tai Chi for Arthritis, the basic forms — commencement, opening and closing, single whip, wave hands like clouds — slow, within a comfortable range, weight transfer practised in each form
            Impression — generalized deconditioning and stiffness with the fibromyalgia; goal: back to her evening walks on the canal path
            Plan — practise the forms at home; add the next moves when she is ready.
            """,
            ["M79.7"], [PT("97110", 20)], [At(Measure, "97110")]),

        // Wasatch South Jordan BOSU work, "One-to-one: she was the only patient on my schedule for the billed block": dome-up and dome-down squats, single-leg with pushes, step-up catches; seconds and k of 10 — no deficit, impairment or system named: deficit missing.
        ["v3-h79-wasatch-bosu-no-deficit"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · South Jordan
            One-to-one: she was the only patient on my schedule for the billed block.
            What we did — 97112, 22 min:
              • BOSU squats dome up, then dome down
              • single-leg stance on the BOSU with my pushes at the pelvis and shoulders
              • step-ups onto the BOSU with a ball catch at the top
            Numbers: single-leg on the BOSU L 14 s, R 17 s; pushes held 8 of 10
            She talked about her sister's wedding in Park City the whole session.
            """,
            ["M35.7"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // GVAR hand-clinic OT, systemic sclerosis: paraffin first (its own code, in the note only), then tendon glides, coban composite stretch, MCP/IP work and thumb opposition with doses; finger flexion contractures and tight skin; fingertip-to-palm cm; 18 matches: passes.
        ["v3-h79-gvar-ot-paraffin-then-tendon-glides"] = new(
            """
            GVAR HAND & UPPER LIMB · OT · Brighton
            Systemic sclerosis (diffuse), Raynaud's; digital ulcer R index healed. Paraffin before exercise for the skin (97018, billed on its own).
            OT 97110 — 18 min
              - tendon glides: hook, straight fist, full fist, tabletop, 10 each
              - composite flexion stretch in a coban wrap, 3 x 30-s holds
              - MCP flexion with IP extension against the table edge, 2 x 10 each hand
              - thumb opposition to each fingertip and a palmar abduction stretch, 10 each
            Why: finger flexion contractures and tight skin over the hands — can't make a fist around her grandson's hand or a pen
            Fingertip to distal palmar crease: R index 3.5 cm, middle 3.0 cm (4.5/4.0 last month)
            """,
            ["M34.0", "M24.541"], [OT("97110", 18)], []),

        // GVAR Brighton systemic sclerosis mouth: perioral skin mobilization and connective-tissue massage, intraoral cheek stretch with holds, TMJ distraction and glides by grade; microstomia and restricted opening; interincisal mm; 12 matches: passes.
        ["v3-h79-gvar-97140-scleroderma-mouth"] = new(
            """
            GVAR REHAB · PT Daily · Brighton
            Rheum: Dr. Szymanski | diffuse systemic sclerosis (2021) | mycophenolate
            Her dentist can't get a full cleaning done; she cuts food small and eats with a baby spoon.
            Tx — 97140, 12 min
              1) perioral skin mobilization and connective-tissue massage, cheeks and lips
              2) intraoral cheek stretch with a gloved thumb, 4 x 30-s holds each side
              3) TMJ distraction and lateral glides gr II-III
            Obj — interincisal opening 31 mm → 34 mm; commissure to commissure 44 mm
            Impression — microstomia and tight perioral skin from the scleroderma; restricted mouth opening
            Home — stacked-tongue-depressor stretch every morning.
            """,
            ["M34.0"], [PT("97140", 12)], []),

        // Wasatch OT pacing from her activity diary (boom-and-bust): laundry in chunks with a seated fold, duvet cover flat-sheet-first with a break, dishwasher in two passes; fatigue and pain flares after sustained chores; basket load and counts; 19 matches: passes.
        ["v3-h79-wasatch-ot-pacing-from-the-diary"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · OT
            Who: 41-yo, fibromyalgia with HSD; crashes for two days after a big laundry day. Pacing plan from her activity diary: boom-and-bust on weekends.
            OT 97530 — 19 min
              • laundry broken into chunks: load and carry half a basket (8 lb) to the dryer, sit, fold seated, then the rest
              • changing a duvet cover flat-sheet-first, with a seated break between the two corners
              • unloading the dishwasher in two passes, heavy items at waist height
            Why: fatigue and widespread pain flare after sustained household tasks; shoulder pain reaching up
            Two baskets done with the chunks and the seated fold; duvet cover on in 3 steps
            """,
            ["M79.7", "M35.7"], [OT("97530", 19)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Wasatch main campus: the L kneecap slid out twice stepping off the TRAX car, and "she couldn't match her L knee angle with her eyes shut — overshot by 9°", the knee caving on a step-down — the findings; "Exclusive 1:1 time"; angle matching, step-downs, Airex landings with perturbation; JPE and k of 10; 22 matches: passes.
        ["v4-h79-wasatch-kneecap-slid-off-the-trax-step"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · main campus
            Who: 20-yo, hEDS. Her L kneecap slid out twice this month stepping down off the TRAX car. On testing today she couldn't match her L knee angle with her eyes shut — overshot by 9° — and the knee caves in on a step-down.
            Exclusive 1:1 time — no overlap with anyone else's appointment.
            What we did — 97112, 22 min:
              • eyes-closed knee angle matching, both sides
              • slow step-downs from a 6-in. box at the mirror, then eyes closed
              • stepping off a low platform onto the Airex with my perturbations at the knee
            Numbers: knee JPE L 9° → 5°; step-downs 8 of 10 without the knee caving
            """,
            ["Q79.62", "M22.12"], [PT("97112", 22)], []),

        // GVAR Batavia milk-truck driver with AS: can't turn his head far enough to back the tanker into the barn lanes and sleeps on three pillows because his chin won't come back — the findings; cervical rotation with overpressure, floor chin tucks, pole thoracic rotation with doses; rotation degrees and tragus-to-wall; 18 matches: passes.
        ["v4-h79-gvar-cant-turn-to-back-the-milk-truck"] = new(
            """
            GVAR REHAB · PT Daily · Batavia
            Rheum: Dr. Okafor | AS, cervical and thoracic involvement | certolizumab
            Milk-truck driver: he can't turn his head far enough to back the tanker into the barn lanes — swings his whole body round instead — and sleeps on three pillows because his chin won't come back.
            Tx — 97110, 18 min
              1) seated cervical rotation with overpressure from his own hand, 3 x 10 each side
              2) chin tucks lying on the floor without a pillow, 3 x 10
              3) thoracic rotation in sitting with a pole across the shoulders, 2 x 10 each side
            Obj — cervical rotation R 38°, L 41° (30°/33° at eval); tragus-to-wall 16 cm
            """,
            ["M45.2", "M45.4"], [PT("97110", 18)], []),

        // Merrimack Methuen retired cafeteria worker: leans her chest on the Market Basket cart and loses her balance backward reaching the top shelf — the findings; upright cart pushing, staggered-stance can reaching, hinge lifts of a potato bag; laps, cans and load; 20 matches: passes.
        ["v4-h79-merrimack-leans-on-the-market-basket-cart"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Methuen site
            80-yo retired cafeteria worker; L3 compression fx (2025). At Market Basket she leans her chest on the cart to take the pressure off her back, and she can't get a can off the top shelf without losing her balance backward.
            Today ▸ 97530, 20 min
              ▸ pushing a loaded cart (20 lb) upright around the gym, 4 laps, cued to stay tall
              ▸ reaching cans from a shelf at shoulder height into the cart, 12 cans, feet staggered
              ▸ lifting a 5-lb bag of potatoes from the bottom shelf with a hip hinge, x 6
            Checks ▸ 4 laps without leaning on the handle; 12 of 12 cans without a backward step
            """,
            ["M80.08XD"], [PT("97530", 20)], []),

        // GVAR Canandaigua winery host with PMR: can't lift her arms to wash her hair or hang the stemware racks, rocks three times to get out of a low chair — the findings; wand and wall-slide flexion, no-hands sit-to-stands, cuff hip work, light presses with doses; AROM degrees and chair stands; AM stiffness "40 min, was 2 hours", 17 matches: passes.
        ["v4-h79-gvar-pmr-cant-lift-her-arms-to-wash-her-hair"] = new(
            """
            GVAR REHAB · PT Daily · Canandaigua
            Rheum: Dr. Albano | PMR (October) | pred 12.5 → 10 mg this week
            Winery tasting-room host: can't lift her arms high enough to wash her hair or hang the stemware racks; rocks three times to get out of a low chair. AM stiffness better — 40 min, was 2 hours.
            Tx — 97110, 17 min
              1) supine wand flexion 2 x 10; wall slides into flexion 2 x 10
              2) sit-to-stand from the low mat 3 x 8, no hands
              3) standing hip abduction and extension with a 2-lb cuff, 2 x 12 each
              4) seated shoulder press with 2-lb dumbbells 2 x 10
            Obj — shoulder flexion AROM R 128°, L 121°; 30-s chair stand 8
            """,
            ["M35.3", "Z79.52"], [PT("97110", 17)], []),

        // Wasatch OT law student: index and middle PIPs snap back into hyperextension gripping a pen and her hand cramps after a page of notes — the findings; PIP blocking, intrinsic-plus putty holds, tripod pinch with a foam pen with doses; words before the cramp and pinch kg; 15 matches: passes.
        ["v4-h79-wasatch-ot-pips-snap-back-on-the-pen"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · OT
            Who: 23-yo law student, HSD. When she grips a pen her index and middle PIPs snap back into hyperextension and the DIPs bend; her hand cramps after a page of notes, so she types everything.
            OT 97110 — 15 min
              • PIP blocking exercises in slight flexion, 3 x 10 each finger
              • intrinsic-plus holds with the soft putty, 10 x 5-s holds
              • tripod pinch and release with the foam-grip pen, 3 x 15
            Numbers: handwriting 70 words before the cramp (35 at eval); tip pinch R 3.5 kg
            Ring splints (silver, sizes 6 and 7) checked — good fit.
            """,
            ["M35.7", "M25.341"], [OT("97110", 15)], []),

        // GVAR Greece lupus flare: sits on the landing halfway up to her third-floor walk-up with the groceries, legs give out and breathless, can't carry the laundry basket — the findings; stair climbs with a grocery bag, basket carries, squat lifts; flights, carries and load; 21 matches: passes.
        ["v4-h79-gvar-lupus-sits-on-the-landing"] = new(
            """
            GVAR REHAB · PT Daily · Greece
            Rheum: Dr. Szymanski | SLE, recent flare (arthritis + fatigue) | pred taper 20 → 15 mg; hydroxychloroquine
            Lives on the third floor of a walk-up off Dewey Ave: she sits on the landing halfway up with the groceries — legs give out and she's breathless — and she can't carry a laundry basket down.
            Tx — 97530, 21 min
              1) stair climbs with a 6-lb grocery bag, up and down 14 steps, rest at the top only, x 3
              2) carrying a half-full laundry basket (8 lb) down and up 4 steps with a rail, x 4
              3) floor-to-waist lift of the basket with a squat, x 6
            Obj — 3 of 3 flights without sitting on the landing; basket carries 4 of 4
            """,
            ["M32.9"], [PT("97530", 21)], []),

        // Merrimack Nashua three-month recheck: "screen clean today — no balance problem found; nothing to work on", one-on-one; tandem, backward walking, turns, foam eyes closed, belt pulls; mini-BESTest 27/28, TUG, pulls — no deficit targeted: deficit missing.
        ["v4-h79-merrimack-screen-clean-nothing-to-work-on"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Nashua, NH site
            One-on-one ▸ her and me, nobody else in the gym.
            Three-month recheck.
            Today ▸ 97112, 20 min
              ▸ tandem walking, backward walking and turns in place
              ▸ standing on foam with eyes closed
              ▸ reactive steps to pulls at the belt
            Checks ▸ mini-BESTest 27/28; TUG 8.4 s; 10 of 10 pulls recovered in one step
            Why ▸ screen clean today — no balance problem found; nothing to work on. She asked to go through the routine once more before discharge.
            """,
            ["M81.0"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // GVAR Webster RA in remission (DAS28 2.1), "Delivered one-to-one: I saw no one else while she was on the floor"; Airex stance, BAPS level 4, hops to targets; 30 s each side and 12 of 12 — "all normal today; she has no deficit to work on": deficit missing.
        ["v4-h79-gvar-remission-no-deficit-to-work-on"] = new(
            """
            GVAR REHAB · PT Daily · Webster
            Rheum: Dr. Okafor | RA in remission (DAS28 2.1) | MTX 15 mg wkly
            Delivered one-to-one: I saw no one else while she was on the floor.
            Tx — 97112, 19 min
              1) single-leg stance on the Airex, eyes open and closed
              2) BAPS board level 4, both directions
              3) hopping onto taped targets and holding the landing
            Obj — SLS on the Airex 30 s each side; 12 of 12 hops held
            Impression — all normal today; she has no deficit to work on. Discharge to her own program.
            """,
            ["M06.9"], [PT("97112", 19)], [At(Deficit, "97112")]),

        // Wasatch Sugar House hEDS + POTS: each step the knees snap back into hyperextension and the feet roll in, and she hurries bench to bench in Sugar House Park because standing still greys her out — the findings; soft-knee track gait, calf-pump pauses, mod I; metres and laps; 14 matches: passes.
        ["v4-h79-wasatch-knees-snap-back-bench-to-bench-97116"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · Sugar House
            Who: 33-yo, hEDS + POTS. With each step her knees snap back into hyperextension and her feet roll in; she hurries from bench to bench in Sugar House Park because standing still makes her grey out.
            97116 — 14 min
              • gait on the clinic track with a soft-knee cue and a heel-to-toe roll-through, 4 x 60 m
              • walking with calf-pump pauses (heel raises x 5) instead of stopping still, 2 x 100 m
              • independent, no device; compression tights on
            Numbers: 5 of the 6 walks with no snap-back on the video
            """,
            ["Q79.62", "G90.A"], [PT("97116", 14)], []),

        // GVAR Brighton Public Market honey seller with PsA enthesitis: first steps out of bed are on tiptoe and by noon she has to sit on a crate at her stall — the findings; towel scrunches and marbles, eccentric heel drops, calf stretch with doses; heel-raise counts and dorsiflexion degrees; 16 matches: passes.
        ["v4-h79-gvar-psa-first-steps-on-tiptoe"] = new(
            """
            GVAR REHAB · PT Daily · Brighton
            Rheum: Dr. Albano | PsA with Achilles and plantar enthesitis, L > R | ustekinumab
            First steps out of bed are on tiptoe; by noon at her Public Market stall (she sells honey) she has to sit on a crate.
            Tx — 97110, 16 min
              1) seated towel scrunches and marble pick-ups, 2 x 10 each foot
              2) eccentric heel drops off the step, bent and straight knee, 3 x 12, slow
              3) calf stretch at the wall, 3 x 30-s holds each side
            Obj — single-leg heel raises L 9, R 16; ankle DF L 6°, R 11°
            """,
            ["L40.59", "M76.62"], [PT("97110", 16)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // GVAR Brighton BASMI re-measure written component by component (tragus-to-wall, lumbar side flexion, modified Schober, intermalleolar distance, cervical rotation → linear BASMI 3.2); side bends, four-point rotation, hip stretches and extension, cervical rotation with doses; spinal and hip mobility loss; 21 matches: passes.
        ["v5-h79-gvar-basmi-component-by-component"] = new(
            """
            GVAR REHAB · PT Daily · Brighton · BASMI re-measure (every 6th visit)
            Rheum: Dr. Okafor | r-axSpA, 12 years | secukinumab
            BASMI today:
              tragus-to-wall              R 14.5 cm / L 15.0 cm
              lumbar side flexion         R 11 cm / L 10 cm
              modified Schober (10 cm)    3.6 cm
              intermalleolar distance     92 cm
              cervical rotation           R 55° / L 52°
              → BASMI (linear) 3.2 (4.0 in September)
            Tx — 97110, 21 min
              1) standing side bends along the wall 2 x 10; thoracic rotation in four-point 2 x 10
              2) hip abduction stretch in long sitting 3 x 30-s holds; prone hip extension 2 x 10
              3) seated cervical rotation to targets 2 x 10
            Impression — loss of spinal and hip mobility; turning to reverse the car and putting on socks are what he notices
            """,
            ["M45.9"], [PT("97110", 21)], []),

        // GVAR Webster hand-clinic OT after a wrist fusion and MCP arthroplasties: Jamar kg, nine-hole peg seconds and MCP flexion degrees; finger flexion/extension, putty, forearm rotation with doses; stiff fingers and weak grip, knitting goal; 17 matches: passes.
        ["v5-h79-gvar-ot-jamar-and-nine-hole-peg"] = new(
            """
            GVAR HAND & UPPER LIMB · OT · Webster
            RA; R wrist fused (2020); L MCP arthroplasties 2-5 (2024). Retired Kodak lab tech; knits.
            OT 97110 — 17 min
              - L finger flexion/extension with the MCP dynamic splint off, 3 x 10 slow
              - soft-putty roll-outs and pinches 2 x 10
              - R forearm rotation holding a hammer short, 2 x 10
            Why: L finger stiffness and weak grip after the arthroplasties; can't manage the knitting needles
            Obj: Jamar grip (pos. 2) L 10 kg → 12 kg; nine-hole peg L 34 s (41 s last month); MCP flexion L index 62°, middle 58°
            """,
            ["M05.79", "M25.642"], [OT("97110", 17)], []),

        // Merrimack Lowell church organist: Timed Loaded Standing with 1-kg dumbbells in seconds and 30-s chair stands against eval; weighted arm lifts, wall push-ups, prone chest lifts, sit-to-stands with doses; back-extensor endurance and hip strength for a whole mass at the organ; 20 matches: passes.
        ["v5-h79-merrimack-timed-loaded-standing"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Lowell (Boott Mills site)
            Checks ▸ Timed Loaded Standing (1-kg dumbbell in each hand, arms straight out) 48 s (31 s at eval); 30-s chair stand 11 (8 at eval)
            71-yo church organist at St. Patrick's; T10 compression fx (2024). Back aches holding her arms up at the manuals.
            Today ▸ 97110, 20 min
              ▸ standing arm lifts with 1-lb weights, elbows straight, 3 x 10
              ▸ wall push-ups 3 x 10
              ▸ prone head-and-chest lifts to neutral 2 x 8 with 5-s holds
              ▸ sit-to-stand, arms crossed, 3 x 10
            Why ▸ back-extensor endurance and hip strength; wants to play the whole Sunday mass without leaning forward
            """,
            ["M80.08XD"], [PT("97110", 20)], []),

        // Merrimack Haverhill retired nurse: functional reach and lateral reach in cm and occiput-to-wall, "One-on-one ▸ private session, no class running"; reaching beyond arm's length on firm and foam, belt-tug perturbations, step-and-reach; postural control in reaching; 23 matches: passes.
        ["v5-h79-merrimack-functional-reach-in-centimetres"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Haverhill site
            One-on-one ▸ private session, no class running.
            74-yo retired nurse; osteoporosis with an L1 wedge fx (2025); on teriparatide.
            Today ▸ 97112, 23 min
              ▸ reaching to targets forward and sideways beyond arm's length, on firm then on foam, chest up, no rounding
              ▸ perturbations with a gait-belt tug, eyes open and closed
              ▸ step-and-reach onto a 4-in. step
            Why ▸ poor postural control standing and reaching; she rounds forward to reach and loses her balance
            Checks ▸ functional reach 26 cm (19 at eval); lateral reach R 17 cm, L 15 cm; occiput-to-wall 4 cm
            """,
            ["M80.08XD"], [PT("97112", 23)], []),

        // Wasatch ski-school junior instructor, Y-balance composite as a percentage side to side, 1:1 selected; wobble board eyes closed in a ski stance, star-excursion reaches, lateral hops onto a half roll; R ankle proprioception and peroneal timing after four sprains; 20 matches: passes.
        ["v5-h79-wasatch-y-balance-composite"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · main campus
            Delivery   (•) 1:1   ( ) paired   ( ) group
            Who: 16-yo junior instructor at the Brighton ski school, HSD; R ankle sprained four times in two seasons.
            What we did — 97112, 20 min:
              • single-leg stance on the wobble board, eyes closed, in a ski stance
              • star-excursion reaches on the R with a cue to keep the ankle quiet
              • lateral hops onto the half foam roll
            Reasoning: R ankle proprioception and peroneal timing poor after repeated sprains
            Numbers: Y-balance composite R 86% (L 97%); wobble board eyes closed R 8 s
            """,
            ["M35.7", "M25.371"], [PT("97112", 20)], []),

        // GVAR Brighton PTA cane gait on the Erie Canal towpath gravel and grass with distance and SBA → mod I, heel-to-toe cues; antalgic flat-footed gait from forefoot RA; 10-m walk seconds; 13 matches: passes.
        ["v5-h79-gvar-pta-towpath-ten-metre-walk-97116"] = new(
            """
            GVAR REHAB · PTA Treatment Note · Brighton
            RA, both forefeet (MTP subluxation, hallux valgus); new custom inserts last week.
            97116 — 13 min
            - gait with the single-point cane on the Erie Canal towpath gravel by the clinic, 2 x 250 ft, then the grass verge 100 ft; SBA → mod I on the paved stretch
            - cues: heel strike, roll through to the big toe, even step length
            Deficit: antalgic, flat-footed gait with short steps from forefoot pain
            10-m walk 11.8 s (14.6 s at eval)
            """,
            ["M06.071", "M20.11"], [PTA("97116", 13)], []),

        // Merrimack Methuen PTA Four Square Step Test in seconds, "One-on-one ▸ yes — PTA with this patient only"; four-square stepping over canes, car-door mock-up steps with a head turn, direction changes; slow stepping and dynamic balance reactions; 18 matches: passes.
        ["v5-h79-merrimack-pta-four-square-step-test"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PTA · Methuen site
            One-on-one ▸ yes — PTA with this patient only for the whole block.
            69-yo, osteoporosis (DXA hip −2.8), no fractures; drives for Meals on Wheels and steps in and out of the car dozens of times a day.
            Today ▸ 97112, 18 min
              ▸ four-square stepping forward, sideways and back over the canes on the floor
              ▸ stepping in and out of the car-door mock-up with a head turn to look for traffic
              ▸ quick direction changes on my call
            Why ▸ slow stepping and poor dynamic balance reactions
            Checks ▸ Four Square Step Test 10.9 s (13.4 s at eval); car-door steps 10 of 10 without a hand on the frame
            """,
            ["M81.0", "R26.81"], [PTA("97112", 18)], []),

        // GVAR Greece "Obj — less wobble on the beam than last visit; looked steadier on the foam", "Direct 1:1 time"; BAPS, eyes-closed foam stance, beam tandem; ankle proprioception from forefoot deformities — no number but the code's: measure missing.
        ["v5-h79-gvar-steadier-on-the-foam-no-number"] = new(
            """
            GVAR REHAB · PT Daily · Greece
            Rheum: Dr. Okafor | RA, forefeet and knees | abatacept
            Direct 1:1 time with her for the whole NMR block.
            Tx — 97112
              1) BAPS board, seated then standing
              2) single-leg stance on foam, eyes closed
              3) tandem walking on the balance beam
            Obj — less wobble on the beam than last visit; looked steadier on the foam
            Impression — impaired ankle proprioception and balance reactions from the forefoot deformities
            Min — 97112: 20
            """,
            ["M06.9"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Wasatch Farmington "How it went: less wobbly than last time; no slips during the session", "One clinician : one patient throughout"; half-kneel rhythmic stabilization, split-stance Bodyblade, rebounder catches; proximal joint control and proprioception — no number but the code's: measure missing.
        ["v5-h79-wasatch-less-wobbly-no-number"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · Farmington
            One clinician : one patient throughout.
            Who: HSD; shoulders and knees "slip" with quick moves.
            What we did (97112, 22 min):
              • rhythmic stabilization in half-kneeling, arms forward
              • Bodyblade in a split stance
              • reactive catches off the rebounder
            Reasoning: poor proximal joint control and proprioception at the shoulders and knees
            How it went: less wobbly than last time; no slips during the session.
            """,
            ["M35.7"], [PT("97112", 22)], [At(Measure, "97112")]),

        // GVAR Canandaigua hand-clinic OT, "Felt easier today": under-counter jar opener, two-handled canning-pot lift, pressing not wringing the dishcloth; wrist and thumb pain and weak grip — no count, load, assistance level or number but the code's: measure missing.
        ["v5-h79-gvar-ot-felt-easier-no-number"] = new(
            """
            GVAR HAND & UPPER LIMB · OT · Canandaigua
            RA, both wrists and thumbs; lives with her husband on a farm outside Naples and cans tomatoes every August.
            OT 97530
              - opening jars with the under-counter jar opener and with a rubber grip pad
              - lifting the canning pot with both hands by its side handles, not the long handle
              - wringing out a dishcloth by pressing it against the sink edge instead of twisting
            Why: wrist and thumb pain and weak grip with twisting and lifting
            Felt easier today; she says she will try the opener at home.
            OT minutes: 97530 · 18 min
            """,
            ["M06.09"], [OT("97530", 18)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // GVAR Webster orchard picker, "Billing — 97110 x1 (14 min) · 97112 x1 (11 min)" (both match), the ladder part "one-to-one, nobody else on my floor during this part"; weighted step-ups, wall sits, band curls; ladder-rung stepping, foam tosses, rocker squats; weakness and impaired proprioception; SLS and 5xSTS: passes.
        ["v6-h79-gvar-billing-line-units-and-minutes"] = new(
            """
            GVAR REHAB · PT Daily · Webster
            Rheum: Dr. Szymanski | RA, knees and ankles | baricitinib
            Apple-orchard picker; climbs the 10-ft orchard ladder with a full bag; knees ache and she feels unsure of her feet on the rungs.
            Tx —
              1) step-ups to a 10-in. box 3 x 10 holding a 10-lb bag; wall sits 3 x 30-s holds; hamstring curls with the band 2 x 15
              2) rung stepping on the clinic step-ladder, eyes forward; single-leg stance on foam with a ball toss; rocker-board squats — one-to-one, nobody else on my floor during this part
            Obj — SLS on foam R 13 s, L 12 s; 5x sit-to-stand 11.2 s
            Impression — quad and hip weakness; impaired knee and ankle proprioception on the ladder
            Billing — 97110 x1 (14 min) · 97112 x1 (11 min)
            """,
            ["M06.9"], [PT("97110", 14), PT("97112", 11)], []),

        // Wasatch main campus "Code | Service | Min" table for three codes (97112 16 with "(1:1)", 97110 12, 97530 10, all match); rhythmic stabilization, Bodyblade, position matching; bike, rows, external rotation with doses; overhead reach holds and stand-to-walk with calf pumps; shoulder proprioception and deconditioning; JPE and counts: passes.
        ["v6-h79-wasatch-code-service-minute-table"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · main campus
            Code   | Service                     | Min
            97112  | neuromuscular re-ed (1:1)   | 16
            97110  | therapeutic exercise        | 12
            97530  | therapeutic activities      | 10
            Who: 28-yo TRAX train operator, hEDS + POTS; shoulders sublux reaching for the overhead controls; greys out at the end of the line.
            What we did:
              • NMR: rhythmic stabilization at 90° and 120° flexion; Bodyblade in the cab-reach position; eyes-closed shoulder position matching
              • TE: recumbent bike 4 km at level 3; seated rows 3 x 12 at 25 lb; side-lying external rotation 2 x 15 with 2 lb
              • TA: reach-and-hold to a mock overhead panel, 10 x 10-s holds; standing-to-walking with calf pumps between, x 6
            Reasoning: poor shoulder proprioception and cuff control; deconditioning and orthostatic intolerance on shift
            Numbers: shoulder JPE at 120° 6° → 4°; 6 of 6 stand-to-walks without greying out
            """,
            ["Q79.62", "G90.A"], [PT("97112", 16), PT("97110", 12), PT("97530", 10)], []),

        // Merrimack Andover "97110 in two parts: 9 min on the mat before we went over her new DXA report, 8 min at the wall bars after = 17 min" (matches); bridges, cuff abduction, bird dogs; heel raises, weighted-vest mini-squats, single-leg holds; hip and leg weakness with a shovelling goal: passes.
        ["v6-h79-merrimack-two-parts-around-the-dxa-report"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Andover site
            97110 in two parts: 9 min on the mat before we went over her new DXA report, 8 min at the wall bars after = 17 min.
            67-yo; osteopenia → osteoporosis on this year's DXA (L-spine −2.6); wrist fracture on the ice in 2023.
            Mat ▸ bridges 3 x 10; side-lying hip abduction with a 2-lb cuff 2 x 12; bird dogs 2 x 8
            Wall bars ▸ heel raises 3 x 15; mini-squats in a 5-lb vest 3 x 10; single-leg stance holds 3 x 20 s each
            Why ▸ hip and leg weakness; wants to keep shovelling her own walk safely
            """,
            ["M81.0", "Z87.310"], [PT("97110", 17)], []),

        // GVAR Brighton PT then OT back to back: "PT — 97112 — 18 min, 1:1 throughout" and "OT — 97530 — 24 min" each match their own discipline's line; Airex with head turns, BAPS, half-roller tandem; joint-protection meal prep; postural control and knee proprioception, MCP synovitis and weak grip; SLS and tasks: passes.
        ["v6-h79-gvar-pt-then-ot-one-morning"] = new(
            """
            GVAR REHAB · Brighton · PT and OT back to back
            PT — 97112 — 18 min, 1:1 throughout
              RA, knees and feet: single-leg stance on the Airex with head turns; BAPS board standing; tandem on the half roller
              impaired postural control and knee proprioception; SLS on the Airex R 9 s / L 11 s
            OT — 97530 — 24 min
              meal prep in the ADL kitchen with joint-protection methods: sliding the pot instead of lifting it, two-handed pouring, built-up utensils; 3 tasks
              MCP synovitis and weak grip limit her cooking; 3 of 3 tasks done without a flare of MCP pain; 3-lb pan lifted two-handed
            """,
            ["M06.09"], [PT("97112", 18), OT("97530", 24)], []),

        // Wasatch Sugar House "NMR 22 mins (me and her only — 1:1) / TherEx 13 mins" (both match); reactive neuromuscular training split squats, Airex hop-and-hold, downhill ramp; bridges, side planks, step-downs; knee neuromuscular control on descents, weak hip and trunk; hops and Y-balance: passes.
        ["v6-h79-wasatch-mins-with-a-slash"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · Sugar House
            Who: 26-yo barista, HSD + fibromyalgia. Knees give under her on the trail descents above Millcreek; she can't hold a plank past a shaky few seconds.
            NMR 22 mins (me and her only — 1:1) / TherEx 13 mins
            NMR: reactive neuromuscular training — split squats with a band pulling the knee in; single-leg hop-and-hold on the Airex; downhill-ramp walking with a slowed foot plant
            TherEx: glute bridges 3 x 12; side planks on the knees 3 x 20 s; step-downs 2 x 10 each side
            Reasoning: poor knee neuromuscular control on descents; weak hips and trunk
            Numbers: hop-and-hold 8 of 10 L, 9 of 10 R; Y-balance anterior L 61 cm, R 63 cm
            """,
            ["M35.7", "M79.7"], [PT("97112", 22), PT("97110", 13)], []),

        // Merrimack Nashua "Timed code minutes 38 ▸ 97112 24 + 97110 14" (each matches, and the total is their sum), "private appointment; the NMR block was her and me alone"; stair descents with a basket, belt tugs, foam tandem; kettlebell hinge, step-ups, rows; postural control on stairs and extensor weakness; mini-BESTest and 5xSTS: passes.
        ["v6-h79-merrimack-total-with-its-breakdown"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Nashua, NH site
            Timed code minutes 38 ▸ 97112 24 + 97110 14
            One-on-one ▸ private appointment; the NMR block was her and me alone.
            77-yo, L1 and L2 compression fractures (2024); on denosumab; lives in a split-level and carries the laundry down to the basement.
            NMR ▸ stair descents with a basket and head turns; reactive steps to belt tugs; tandem on foam
            TE ▸ hip-hinge deadlift with a 10-lb kettlebell 3 x 8; step-ups 3 x 10; band rows 3 x 12
            Why ▸ impaired postural control on stairs and with turns; hip and back-extensor weakness
            Checks ▸ mini-BESTest 21/28; 5x sit-to-stand 12.9 s
            """,
            ["M80.08XD"], [PT("97112", 24), PT("97110", 14)], []),

        // GVAR Batavia county plow driver, "EMS (early-morning stiffness) 120 min today" beside "Min — 97110: 15" (matches; the stiffness is a symptom, not therapy time); hip and knee AROM, cab-step step-ups, ball grip, wrist weight with doses; stiff weak hips and knees and grip with a cab goal; step-ups and Jamar: passes.
        ["v6-h79-gvar-early-morning-stiffness-and-minutes"] = new(
            """
            GVAR REHAB · PT Daily · Batavia
            Rheum: Dr. Okafor | polyarticular PsA | methotrexate + etanercept
            EMS (early-morning stiffness) 120 min today — frost on the fields, the worst week of the winter.
            County highway worker; can't climb into the plow cab or grip the wheel first thing.
            Tx — 1) hip and knee AROM in supine 2 x 10; 2) step-ups onto a mock cab step (14 in.) 3 x 8 with the rail; 3) grip with the soft ball 3 x 15; 4) wrist flexion/extension with a 1-lb weight 2 x 12
            Impression — stiff, weak hips and knees and a poor grip in the morning; goal: into the cab unaided
            Obj — step-ups 8 of 8 unaided; Jamar R 22 kg / L 20 kg
            Min — 97110: 15
            """,
            ["L40.50"], [PT("97110", 15)], []),

        // Wasatch OT CNA "Therapeutic activities — 21 min" for the one timed code, the service named without its code number (minutes stated without a code belong to it, 21 matches); slide-sheet boosts, draw-sheet rolls, forearm cart pushing; thumb CMC and wrist instability under load; boosts counted: passes.
        ["v6-h79-wasatch-ot-service-named-minutes-one-code"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · OT
            Who: 30-yo CNA at a care centre in Murray, hEDS; R thumb CMC and wrist sublux when she boosts residents up the bed or pulls a sheet taut.
            Therapeutic activities — 21 min
              • boosting the mannequin up the bed with the slide sheet and a bent-knee weight shift, wrists neutral, x 6
              • rolling the mannequin with the draw sheet using her legs, thumb out of the pinch, x 6
              • pushing the linen cart 50 m with the forearms, not the wrists, taking the load
            Why: R thumb CMC and wrist instability under load with patient handling
            Numbers: 6 of 6 boosts with the wrist in neutral (splint on); no subluxation during the session
            """,
            ["Q79.62", "M25.331"], [OT("97530", 21)], []),

        // GVAR Greece PTA "97110 — 25 min" against a 13-min PTA line: mismatch; otherwise complete (stepper, weighted knee extension, hip abduction with doses; weak quads and stiff knees, church-pew goal; 5x sit-to-stand seconds).
        ["v6-h79-gvar-pta-ther-ex-25-against-13"] = new(
            """
            GVAR REHAB · PTA Treatment Note · Greece
            97110 — 25 min
            - recumbent stepper level 3, 400 steps; seated knee extension 3 x 10 with 3 lb; standing hip abduction 2 x 12 each
            RA, both knees — weak quads and stiff knees; can't get up from the church pew without pulling on the pew in front
            Sit-to-stand from an 18-in. chair 5 times in 14.8 s
            """,
            ["M06.061", "M06.062"], [PTA("97110", 13)], [At(Mismatch, "97110")]),

        // Merrimack Haverhill "97112 ▸ 12 min" against a 24-min line: mismatch; otherwise complete (one-on-one ticked; belt-pull stepping, tandem with head turns, foam eyes closed; postural control with falls; TUG and pulls).
        ["v6-h79-merrimack-nmr-12-against-24"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Haverhill site
            One-on-one ▸ ✔
            97112 ▸ 12 min
              ▸ reactive stepping to belt pulls; tandem walking with head turns; foam stance eyes closed
            Why ▸ impaired postural control; two falls since Thanksgiving (T12 compression fx, osteoporosis)
            Checks ▸ TUG 12.2 s; 7 of 10 pulls recovered with one step
            """,
            ["M80.08XD", "R29.6"], [PT("97112", 24)], [At(Mismatch, "97112")]),

        // Wasatch OT "OT 97530 — 10 min" against a 22-min OT line: mismatch; forearm grocery carries up the stairs and palm-first car doors with counts and load, finger and wrist subluxations complete.
        ["v6-h79-wasatch-ot-97530-10-against-22"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · OT
            OT 97530 — 10 min
              • carrying grocery bags with the handles over the forearms instead of the fingers, 4 bags of 6 lb up the clinic stairs
              • opening the car door and the trunk with the palm, not the fingertips, x 5
            Why: finger and wrist subluxations (HSD) when carrying and pulling
            4 of 4 bag carries without a finger slipping
            """,
            ["M35.7"], [OT("97530", 22)], [At(Mismatch, "97530")]),

        // GVAR Canandaigua PMR "Timed treatment 37 min — ther ex and gait" is the only time for 97110 and 97116: separate time missing; both parts complete (low-chair sit-to-stands, cuff abduction, wall push-ups with doses; cane gait with distance and SBA; proximal weakness and shuffling steps; chair stands and gait speed).
        ["v6-h79-gvar-37-minutes-ther-ex-and-gait"] = new(
            """
            GVAR REHAB · PT Daily · Canandaigua
            Rheum: Dr. Albano | PMR, steroid-dependent | pred 7.5 mg
            Timed treatment 37 min — ther ex and gait
            Tx —
              1) sit-to-stand from a low chair 3 x 8; standing hip abduction with a 3-lb cuff 2 x 12; wall push-ups 2 x 10
              2) gait training in the hallway and on the outside ramp with the cane, 3 x 150 ft, cueing a longer stride and heel strike; SBA
            Impression — proximal hip and shoulder-girdle weakness; short, shuffling steps since the steroids
            Obj — 30-s chair stand 7; gait speed 0.78 m/s
            """,
            ["M35.3", "Z79.52"], [PT("97110", 22), PT("97116", 15)], [SepTime]),

        // Merrimack Lowell three codes: 97112 18 and 97110 12 have minutes, the 97116 line of the note has none: separate time missing; every part complete (one-on-one; belt pulls, foam tandem, head turns; press-ups, bridges, rows with doses; riverwalk rollator-to-cane gait with distance and CGA; mini-BESTest and occiput-to-wall).
        ["v6-h79-merrimack-gait-line-without-minutes"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Lowell (Boott Mills site)
            One-on-one ▸ her and me only for the whole visit.
            82-yo, T8 and L1 compression fractures; kyphotic; walks to the Mill City farmers market.
            97112 ▸ 18 min ▸ reactive steps to belt pulls, tandem on foam, head turns while walking
            97110 ▸ 12 min ▸ prone press-ups to neutral 2 x 10; bridges 3 x 10; band rows 3 x 12
            97116 ▸ rollator → cane trial on the riverwalk, 2 x 300 ft, cueing upright posture and longer steps; CGA
            Why ▸ impaired postural control; weak back and hip extensors; kyphotic, shuffling gait
            Checks ▸ mini-BESTest 19/28; occiput-to-wall 8 cm
            """,
            ["M80.08XD", "R26.89"], [PT("97112", 18), PT("97110", 12), PT("97116", 13)], [SepTime]),

        // GVAR Webster "97140 — 20 min" against an 8-min line: mismatch; thoracic PA glides by grade, rib springing, paraspinal STM; stiff mid-back and ribs with AS; chest expansion cm — complete otherwise.
        ["v6-h79-gvar-manual-20-against-8"] = new(
            """
            GVAR REHAB · PT Daily · Webster
            97140 — 20 min: PA glides T4-T9 gr III; rib springing in side-lying; STM to the thoracic paraspinals
            AS — stiff mid-back and ribs; chest expansion at the 4th ICS 2.4 cm
            """,
            ["M45.4"], [PT("97140", 8)], [At(Mismatch, "97140")]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit (97110 + 97140) with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h79-empty-ther-ex-and-manual"] = new(
            "",
            ["M45.9"], [PT("97110", 15), PT("97140", 10)], [At(NoteMissing, "97110"), At(NoteMissing, "97140")]),

        // Empty note on a PTA 97116 with no diagnosis: note missing and diagnosis missing.
        ["v7-h79-empty-pta-97116-no-dx"] = new(
            "",
            [], [PTA("97116", 14)], [At(NoteMissing, "97116"), Dx]),

        // A note of spaces, a tab and line breaks only (cells are trimmed) on an OT 97530 with a diagnosis: note missing only.
        ["v7-h79-whitespace-only-ot-97530"] = new(
            " \n\t\n ",
            ["M32.9"], [OT("97530", 20)], [At(NoteMissing, "97530")]),

        // 97110's meaning at GVAR: low-mat sit-to-stands, cuff hip abduction, pulley flexion and band rows with doses (technique and measure), hip and shoulder-girdle weakness after PMR and prednisone with a recliner goal (deficit); 16 matches: passes.
        ["v7-h79-gvar-97110-pmr-hips-and-shoulders"] = new(
            """
            GVAR REHAB · PT Daily · Greece
            97110 — 16 min
              1) sit-to-stand from the 17-in. mat 3 x 8; side-lying hip abduction 2 x 12 with a 2-lb cuff
              2) shoulder flexion with the pulley 2 x 15; standing rows with the yellow band 3 x 10
            Impression — hip and shoulder-girdle weakness after the PMR and months on prednisone; can't get out of her recliner without rocking
            """,
            ["M35.3"], [PT("97110", 16)], []),

        // 97530's meaning at GVAR's hand clinic: seated meal prep with a rocker knife, sliding the pot, a rolling cart from the fridge with counts (technique and measure), lupus fatigue and hand arthralgia, drops pans (deficit); 20 matches: passes.
        ["v7-h79-gvar-ot-97530-lupus-kitchen"] = new(
            """
            GVAR HAND & UPPER LIMB · OT · Brighton
            OT 97530 — 20 min
              - meal prep seated on a perching stool: chopping with a rocker knife, moving the pot along the counter by sliding it, 2 dishes
              - carrying items from the fridge on a rolling cart instead of in her hands, 8 items
            SLE: fatigue and hand arthralgia — can't stand at the counter long before she has to sit; drops pans
            Both dishes finished with one seated break
            """,
            ["M32.9"], [OT("97530", 20)], []),

        // 97140's meaning at GVAR: costovertebral mobilization of ribs by grade, thoracic PA glides, STM to paraspinals and intercostals (technique), stiff thoracic spine and rib cage with AS (deficit), chest expansion before and after (measure); 11 matches: passes.
        ["v7-h79-gvar-97140-ribs-and-thoracic-spine"] = new(
            """
            GVAR REHAB · PT Daily · Canandaigua
            97140 — 11 min
              costovertebral mobilization gr III, ribs 4-8 R in side-lying; thoracic PA glides T5-T8 gr III-IV; STM to the thoracic paraspinals and intercostals
            Ankylosing spondylitis — stiff thoracic spine and rib cage; can't take a full breath or twist to look behind
            Chest expansion at the 4th ICS 2.6 cm → 3.1 cm after
            """,
            ["M45.4"], [PT("97140", 11)], []),

        // 97116's meaning at Merrimack: PTA gait training with the rollator then the cane on a park path with distance and CGA → SBA, walk-tall and heel-first cues (technique and measure), kyphotic flexed slow gait after a T11 fracture (deficit); 13 matches: passes.
        ["v7-h79-merrimack-pta-97116-rollator-then-cane"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PTA · Haverhill site
            97116 ▸ 13 min
              ▸ gait training with the rollator, then the cane, on the Winnekenni Park path, 2 x 200 ft each; CGA → SBA with the cane
              ▸ cues: walk tall into the rollator, not hunched over it; heel first
            Why ▸ kyphotic, flexed, slow gait after the T11 fracture; walks bent over the rollator
            """,
            ["M80.08XD", "R26.89"], [PTA("97116", 13)], []),

        // Generic 97112: "Neuro re-ed 21 min. Worked on balance and coordination. Tolerated well. Continue with plan." — no technique, deficit, number but its minutes, or one-on-one statement.
        ["v7-h79-generic-neuro-re-ed"] = new(
            "Neuro re-ed 21 min. Worked on balance and coordination. Tolerated well. Continue with plan.",
            ["M35.7"], [PT("97112", 21)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic 97110 + 97530 with minutes for each (14 and 12, both match): "exercises and activities per flowsheet. Pt motivated. No c/o." — nothing named for either code.
        ["v7-h79-generic-te-and-ta"] = new(
            "TE 97110 14 min + TA 97530 12 min: exercises and activities per flowsheet. Pt motivated. No c/o. Continue.",
            ["M79.7"], [PT("97110", 14), PT("97530", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic OT SOAP template with no header: "O: OT 97530 — 19 min. Functional activities completed. A: Pt tolerated session without issue." — no activity, deficit or measure.
        ["v7-h79-generic-ot-soap-template"] = new(
            """
            OT DAILY NOTE
            S: Pt states she is "hanging in there."
            O: OT 97530 — 19 min. Functional activities completed.
            A: Pt tolerated session without issue.
            P: Continue OT POC.
            """,
            ["M06.9"], [OT("97530", 19)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // GVAR Brighton retired Kodak chemist, "1:1 for the NMR — no other patient with me"; NMR 97112 21 and TE 97110 12 match; downhill ramp, foam stance with head turns, rocker shifts eyes closed; leg press, step-ups, heel raises with doses; postural control on slopes and weakness; mini-BESTest and SLS; AM stiffness 30 min is a symptom: passes.
        ["vord-h79-gvar-kodak-chemist-nmr-and-te"] = new(
            """
            GVAR REHAB · PT Daily · Brighton
            Rheum: Dr. Szymanski | seropositive RA (2018), knees, ankles, MTPs | MTX 17.5 mg wkly + etanercept
            Disease today — TJC 3 / SJC 1 (R knee) · AM stiffness 30 min · flare: no
            Retired Kodak chemist; walks the Highland Park loop for the lilacs every May and is nervous on the hills now.
            1:1 for the NMR — no other patient with me.
            Tx —
              NMR 97112, 21 min: downhill ramp walking with a slowed foot plant; single-leg stance on foam with head turns; rocker-board weight shifts eyes closed
              TE 97110, 12 min: leg press 3 x 10 at 70 lb; step-ups 6-in. 3 x 10; heel raises 2 x 15
            Obj — mini-BESTest 21/28 (17 at eval); SLS on foam R 8 s / L 10 s
            Impression — impaired postural control and ankle/knee proprioception on slopes; quad and calf weakness
            """,
            ["M05.79"], [PT("97112", 21), PT("97110", 12)], []),

        // GVAR Greece hand-clinic OT, hairdresser with RA thumbs: spring-loaded shears, strapped blow-dryer, built-up round brush with counts; thumb pain and weak pinch with a shortened workday; pain on each shear and sections; 19 matches: passes.
        ["vord-h79-gvar-ot-hairdresser-thumbs"] = new(
            """
            GVAR HAND & UPPER LIMB · OT · Greece
            RA, both thumbs (CMC pain, IP hyperextending); hairdresser at a salon on Ridge Road.
            OT 97530 — 19 min
              - cutting with spring-loaded shears vs. her own, 3 rounds on the practice head
              - holding the blow-dryer with the wrist-neutral strap while sectioning, 4 sections
              - rolling the round brush with a built-up handle, 4 sections
            Why: thumb pain and weak pinch limit cutting and blow-drying; she has cut back to three clients a day
            Pain with her own shears 6/10, spring-loaded 2/10; 4 of 4 sections with the strap
            """,
            ["M06.041", "M06.042"], [OT("97530", 19)], []),

        // GVAR Webster PTA, HVAC installer with axial SpA: press-ups, foam-roll extension, chin tucks with rotation, Y-T-W with weights and doses; thoracic and cervical stiffness, can't look up at ductwork; occiput-to-wall and extension degrees; 18 matches: passes.
        ["vord-h79-gvar-pta-hvac-installer-97110"] = new(
            """
            GVAR REHAB · PTA Treatment Note · Webster
            Axial SpA; HVAC installer — crawls into attics and can't look up at the ductwork for long.
            97110 — 18 min
            - prone on elbows → press-ups 2 x 10; thoracic extension over the foam roll 2 x 10
            - seated chin tucks with rotation 2 x 10 each side
            - standing Y-T-W with 1-lb weights 2 x 8 each
            Deficit: thoracic and cervical stiffness; can't hold his head up to look overhead
            Occiput-to-wall 3 cm (5 cm last month); cervical extension 38°
            """,
            ["M45.AB"], [PTA("97110", 18)], []),

        // GVAR Greece daycare teacher with lupus arthritis: half-kneel to stand, wall squats, bridges, weighted step-ups with doses; quad and hip weakness getting up from the floor; floor-to-stand and chair stands; 19 matches: passes.
        ["vord-h79-gvar-daycare-teacher-lupus-97110"] = new(
            """
            GVAR REHAB · PT Daily · Greece
            Rheum: Dr. Szymanski | SLE with inflammatory arthritis (hands, knees) | hydroxychloroquine, belimumab
            Daycare teacher; gets down on the floor with the toddlers and can't get back up without a chair.
            Tx — 97110, 19 min
              1) half-kneel to stand, both sides, 2 x 6
              2) wall squats 3 x 10; bridges 3 x 12
              3) step-ups onto a 6-in. step holding a 5-lb bag, 2 x 10
            Impression — quad and hip weakness; knees ache getting up from the floor
            Obj — floor to stand without a chair 3 of 3 today (needed the chair at eval); 30-s chair stand 12
            """,
            ["M32.9"], [PT("97110", 19)], []),

        // Wasatch Farmington ride operator at Lagoon, 1:1 selected; four-point and wall-plank perturbations, PNF D2 with rhythmic stabilization, eyes-closed position matching; L glenohumeral proprioception and dynamic stability; JPE and k of 10; 23 matches: passes.
        ["vord-h79-wasatch-ride-operator-shoulder-nmr"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · Farmington
            Delivery   (•) 1:1   ( ) paired   ( ) group
            Who: 37-yo ride operator at Lagoon, hEDS; L shoulder subluxes pulling the restraint bars down.
            What we did — 97112, 23 min:
              • perturbations in four-point kneeling and in a wall plank
              • PNF D2 flexion/extension with rhythmic stabilization at end range
              • eyes-closed shoulder position matching at 90° abduction
            Reasoning: poor L glenohumeral proprioception and dynamic stability — subluxes under a quick pull
            Numbers: JPE at 90° abduction 8° → 5°; wall-plank perturbations held 9 of 10
            """,
            ["Q79.62", "M24.412"], [PT("97112", 23)], []),

        // Wasatch South Jordan long-COVID POTS with hEDS: rower metres, damper and stroke rate, Total Gym leg press level, prone hip extension and side planks with doses; deconditioning and orthostatic intolerance with a Parkway goal; 20 matches: passes.
        ["vord-h79-wasatch-pots-rower-and-total-gym"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · South Jordan
            Who: 44-yo, POTS after COVID (2023); hEDS. Compression shorts on; a litre of electrolyte water before the session.
            97110 — 20 min
              • rowing ergometer 2,000 m at damper 4, stroke rate 22
              • supine leg press on the Total Gym, level 5, 3 x 12
              • prone hip extension 2 x 12; side planks from the knees 3 x 15 s
            Why: deconditioning and orthostatic intolerance; can't walk the Jordan River Parkway loop without sitting
            """,
            ["G90.A", "U09.9"], [PT("97110", 20)], []),

        // Wasatch Sugar House tea-shop owner with fibromyalgia and HSD: restocking tins at three heights with a stool and seated low shelf, hip-carried box with a bent-knee lift; pain and fatigue flares with reaching and carrying; tins and lifts counted; 18 matches: passes.
        ["vord-h79-wasatch-tea-shop-restocking-97530"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · Sugar House
            Who: 48-yo, fibromyalgia + HSD; runs a tea shop at 9th and 9th; shelving the tins wipes her out for two days.
            97530 — 18 min
              • restocking the mock shelf at three heights with 1-lb tins: sitting for the low shelf, a step stool for the top, 24 tins in two rounds
              • carrying a box of 12 tins on the hip with a bent-knee lift, x 4
            Why: widespread pain and fatigue flare with sustained reaching and carrying; shoulders and low back
            24 of 24 tins shelved in two rounds without stopping; box lifts 4 of 4
            """,
            ["M79.7", "M35.7"], [PT("97530", 18)], []),

        // Wasatch OT, L thumb CMC subluxing on bottle caps and texting: first dorsal interosseous isometrics, thenar cone grips, C-shape opposition with doses; CMC instability and weak thenars; key pinch and subluxation count; 14 matches: passes.
        ["vord-h79-wasatch-ot-thumb-cmc-97110"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · OT
            Who: 19-yo, hEDS; L thumb CMC subluxes when she opens a water bottle or texts.
            OT 97110 — 14 min
              • first dorsal interosseous isometrics with the thumb in a 'C', 10 x 10-s holds
              • thenar cone-grip squeezes on the soft putty, 3 x 10
              • thumb opposition to each fingertip keeping the C-shape, 3 x 10
            Why: L thumb CMC instability and weak thenar muscles
            Numbers: key pinch L 3 kg → 4 kg; no subluxation this week (3 the week before)
            """,
            ["Q79.62", "M25.342"], [OT("97110", 14)], []),

        // Merrimack Methuen Bone Fit-trained PT with the spine-sparing tick row: dowel hinge then kettlebell deadlift, prone lifts, weighted step-ups, heel drops with doses; back-extensor and hip weakness with a laundry-basket goal; 18 matches: passes.
        ["vord-h79-merrimack-bone-fit-strength-97110"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Methuen site
            Bone Fit™-trained PT. 75-yo, osteoporosis (DXA L-spine −3.0), T12 compression fx (2024); on alendronate.
            Spine-sparing:  ✔ hinge   ✔ log roll   ✔ no loaded flexion or twist
            Today ▸ 97110, 18 min
              ▸ hip hinge with a dowel along the spine 3 x 10, then a 10-lb kettlebell deadlift 3 x 8
              ▸ prone arm and leg lifts 2 x 8
              ▸ step-ups onto an 8-in. step holding 5-lb dumbbells 3 x 10
              ▸ heel drops for impact 3 x 10
            Why ▸ back-extensor and hip weakness; lifting the laundry basket from the floor safely
            """,
            ["M80.08XD"], [PT("97110", 18)], []),

        // Merrimack Nashua PTA "One-on-one ▸ PTA and patient only; no class in the room"; carpet-tile-mat obstacle course with a cup, hurdle stepping eyes up, belt-pull reactions; postural control with surface changes; TUG and counts; 19 matches: passes.
        ["vord-h79-merrimack-pta-surface-changes-nmr"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PTA · Nashua, NH site
            One-on-one ▸ PTA and patient only; no class in the room.
            79-yo, L2 compression fx (2025); kyphosis; trips at the changes between carpet and tile at home.
            Today ▸ 97112, 19 min
              ▸ obstacle course: carpet → tile → mat carrying a cup of water, turns at each end
              ▸ stepping over a 4-in. hurdle with eyes up to a target
              ▸ reactive steps to pulls at the belt
            Why ▸ impaired postural control with surface changes; toe catches
            Checks ▸ TUG 11.4 s; 6 of 6 transitions without a stumble; 8 of 10 pulls recovered in one step
            """,
            ["M80.08XD", "R26.81"], [PTA("97112", 19)], []),

        // Merrimack Haverhill "One-on-one ▸ the two of us only, both blocks"; 97112 20 and 97116 12 match; foam tandem, walking head turns, belt tugs; rollator gait on sidewalk and grass with distance and SBA; postural control and flexed shuffling gait; mini-BESTest and gait speed: passes.
        ["vord-h79-merrimack-nmr-and-gait"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Haverhill site
            One-on-one ▸ the two of us only, both blocks.
            86-yo; T6 and T9 fractures; kyphosis; walks the Bradford Common with her daughter on Sundays.
            97112 ▸ 20 min ▸ tandem stance on foam; head turns while walking; reactive steps to belt tugs
            97116 ▸ 12 min ▸ gait with the rollator on the sidewalk and grass, 2 x 250 ft, cueing an upright trunk and heel strike; SBA
            Why ▸ impaired postural control and slow step reactions; flexed, shuffling gait
            Checks ▸ mini-BESTest 18/28 (14 at eval); gait speed 0.71 m/s
            """,
            ["M80.08XD", "R26.89"], [PT("97112", 20), PT("97116", 12)], []),

        // GVAR Brighton Eastman cellist with PsA ankle: "NMR 97112 — 19 min, 1:1 with no one else in the room" and "MT 97140 — 9 min" match; BAPS, rocker stance with a head turn, hops to foam; talocrural and subtalar glides, peroneal STM; ankle proprioception and stiffness; SLS and knee-to-wall: passes.
        ["vord-h79-gvar-cellist-nmr-and-manual"] = new(
            """
            GVAR REHAB · PT Daily · Brighton
            Rheum: Dr. Albano | PsA, L ankle and subtalar; dactylitis of the L 2nd toe (settled) | adalimumab
            Cellist at the Eastman School; walks the hills to rehearsals and climbs onto the stage risers.
            NMR 97112 — 19 min, 1:1 with no one else in the room
              BAPS level 3 standing; single-leg stance on the rocker with a head turn; hopping to foam targets
            MT 97140 — 9 min
              talocrural posterior glides gr III-IV; subtalar medial/lateral glides; STM to the peroneals
            Impression — L ankle proprioception poor and talocrural stiffness after the flare
            Obj — SLS on the rocker L 10 s (R 22 s); knee-to-wall L 7 cm → 10 cm
            """,
            ["L40.50"], [PT("97112", 19), PT("97140", 9)], []),

        // GVAR hand-clinic OT, limited systemic sclerosis: dorsal skin mobilization with cross-friction and skin-rolling, PIP/MCP distraction and volar glides by grade; tight skin and stiff fingers, can't flatten the hand; TAM degrees and fingertip-to-palm; 12 matches: passes.
        ["vord-h79-gvar-ot-crest-hands-97140"] = new(
            """
            GVAR HAND & UPPER LIMB · OT · Brighton
            Limited systemic sclerosis (CREST); skin tight over the fingers and the backs of the hands.
            OT 97140 — 12 min
              - skin mobilization over the dorsal hands and fingers: cross-friction and skin-rolling
              - PIP and MCP distraction and volar glides gr II-III, index to small
            Why: tight skin and stiff MCPs and PIPs in both hands; can't flatten the hand to take change
            Obj: total active motion R index 168° → 181°; fingertip to palm R index 2.0 cm
            """,
            ["M34.1"], [OT("97140", 12)], []),

        // GVAR Webster PTA after a R TKA with RA: cane-free gait on the track and the parking-lot slope with distance and mod I, full-extension cues; stiff-legged gait with a short step; 10-m walk and extension at heel strike; 14 matches: passes.
        ["vord-h79-gvar-pta-after-the-knee-97116"] = new(
            """
            GVAR REHAB · PTA Treatment Note · Webster
            RA, knees (R TKA 2024); walks the Webster Arboretum trail with his wife.
            97116 — 14 min
            - gait without the cane on the clinic track and the parking-lot slope, 3 x 200 ft; mod I
            - cues: full knee extension at heel strike, equal step lengths
            Deficit: stiff-legged R knee gait with a short L step
            10-m walk 9.4 s; R knee at heel strike −5° from full extension (−12° at eval)
            """,
            ["M06.061", "Z96.651"], [PTA("97116", 14)], []),

        // Merrimack Andover driver who can't lift groceries from the trunk without bending and twisting: hinge-and-step-around bag transfers with load, log-roll car entries with counts; back pain and guarding with a limited hinge; bags counted; 17 matches: passes.
        ["vord-h79-merrimack-trunk-groceries-97530"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Andover site
            70-yo, osteoporosis with a T10 fracture (2025); still drives; can't lift the groceries out of the trunk without bending and twisting.
            Today ▸ 97530, 17 min
              ▸ lifting 8-lb grocery bags from the mock trunk with a hip hinge and a step-around, no twisting, x 8
              ▸ getting in and out of the car seat with a log-roll-style turn, x 4
            Why ▸ back pain and guarding with bending and twisting; a limited hip hinge
            Checks ▸ 8 of 8 bags with a hinge and no twist
            """,
            ["M80.08XD"], [PT("97530", 17)], []),

        // Wasatch main campus PT then OT: "PT — 97112 — 20 min — clinician and patient 1:1 for all of it" and "OT — 97530 — 16 min" each match their discipline's line; Airex perturbations, single-leg catches, knee angle matching; shower-bench transfers and seated washing; knee proprioception, fatigue and greying out; JPE and counts: passes.
        ["vord-h79-wasatch-pt-then-ot-knee-and-shower"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · main campus
            PT then OT today.
            PT — 97112 — 20 min — clinician and patient 1:1 for all of it
              • knee and ankle perturbation training on the Airex; single-leg catches; eyes-closed knee angle matching
              • knee proprioception poor, with recurrent L patellar subluxation
              • knee JPE L 7° → 4°; 8 of 10 catches held
            OT — 97530 — 16 min
              • shower-transfer practice with the bench; seated hair-washing with a long-handled brush; stepping out onto the non-slip mat
              • fatigue and greying out standing in a hot shower (POTS)
              • 3 of 3 transfers, seated for the whole wash
            """,
            ["Q79.62", "M22.12", "G90.A"], [PT("97112", 20), OT("97530", 16)], []),

        // Merrimack Lowell complete 97110 (goblet squats, dowel hinge, pull-aparts, wall push-ups with doses; hip and upper-back weakness) with no diagnosis on the visit: diagnosis missing.
        ["vord-h79-merrimack-no-diagnosis"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PT · Lowell (Boott Mills site)
            68-yo, new osteoporosis diagnosis after a wrist fracture; wants a safe gym routine.
            Today ▸ 97110, 16 min
              ▸ goblet squat to a box with a 10-lb kettlebell 3 x 8
              ▸ hip hinge with a dowel 2 x 10
              ▸ band pull-aparts 3 x 12; wall push-ups 3 x 10
            Why ▸ hip and upper-back weakness; learning spine-sparing lifting
            """,
            [], [PT("97110", 16)], [Dx]),

        // GVAR Batavia egg-farm worker, complete 97110 (low-bench squats, half-kneel to stand, wrist weight with doses; knee and wrist weakness; chair stands) coded with the ICD-9 code 714.0: diagnosis missing.
        ["vord-h79-gvar-icd9-714-0"] = new(
            """
            GVAR REHAB · PT Daily · Batavia
            RA, hands and knees; egg-farm worker, collects trays from the low cages.
            Tx — 97110, 15 min: squats to a low bench 3 x 10; half-kneel to stand 2 x 6; wrist extension with a 1-lb weight 2 x 12
            Impression — knee and wrist weakness; slow getting up from the low cages
            Obj — 30-s chair stand 10
            """,
            ["714.0"], [PT("97110", 15)], [Dx]),

        // Wasatch generic two-code note with only a total ("Timed 35 min — NMR and ther ex per plan. Tolerated well."): every content finding on both codes, one-on-one on 97112, and separate time missing.
        ["vord-h79-wasatch-generic-two-codes-total"] = new(
            """
            WASATCH UNIVERSITY HEALTH · Hypermobility & Connective Tissue Clinic · PT follow-up
            Timed 35 min — NMR and ther ex per plan. Tolerated well. Will progress next visit.
            """,
            ["M35.7"], [PT("97112", 22), PT("97110", 13)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // Merrimack Methuen PTA "97116 ▸ 24 min" against a 13-min PTA line: mismatch; rail-trail cane gait with distance, curb ramps and SBA, flexed slow gait after an L1 fracture complete.
        ["vord-h79-merrimack-pta-gait-24-against-13"] = new(
            """
            MERRIMACK VALLEY BONE HEALTH PROGRAM — PTA · Methuen site
            97116 ▸ 24 min
              ▸ gait with the cane around the rail-trail parking loop, 2 x 350 ft, and the curb ramps x 4; SBA
            Why ▸ flexed, slow gait with short steps after the L1 fracture
            """,
            ["M80.08XD"], [PTA("97116", 13)], [At(Mismatch, "97116")]),

        // GVAR Webster hand-clinic OT "OT 97110 — 9 min" against a 21-min OT line: mismatch; tendon glides, putty grasp, wrist weight with doses, MCP stiffness and weak grip, Jamar kg complete.
        ["vord-h79-gvar-ot-ther-ex-9-against-21"] = new(
            """
            GVAR HAND & UPPER LIMB · OT · Webster
            OT 97110 — 9 min: tendon glides 10 each; putty gross grasp 3 x 10; wrist extension with 1 lb 2 x 10
            RA, R hand — MCP stiffness and weak grip; Jamar R 11 kg
            """,
            ["M06.041"], [OT("97110", 21)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
