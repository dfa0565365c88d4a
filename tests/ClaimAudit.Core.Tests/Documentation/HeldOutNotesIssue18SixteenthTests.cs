using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The sixteenth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set has no theme: it is meant to look like a random sample of one week's notes from three kinds of
/// client, in the proportions a billing manager sees them — about two thirds ordinary and complete, single-
/// and multi-code visits, by PTs, PTAs, OTs and COTAs of every experience level:
/// <list type="number">
/// <item>a national outpatient franchise ("Keystone Physical Therapy", clinics numbered across the
/// country) on its corporate "KPT eNote" template, whose drop-downs print the chosen value between
/// guillemets (<c>«One-on-one»</c>, <c>«Concurrent»</c>, an unanswered <c>«— select —»</c> or
/// <c>«—»</c>, an empty <c>«»</c>), with a "Timed code tracker" of minutes and units, a grade scale with
/// the chosen grade in brackets, an edit struck through in markdown (<c>~~«One-on-one»~~</c>) and the
/// clinicians' free text under "Clinician comments";</item>
/// <item>Veterans Affairs community-care providers (CCN referrals with referral numbers and SEOC visit
/// counts) writing about "the Veteran": blast mTBI and vestibular dysfunction, amputees with running
/// blades, microprocessor knees and heterotopic ossification, SCI with a ReWalk exoskeleton, Agent-Orange
/// neuropathy, a service dog in the room, military facing commands as balance drills, formal notes with
/// minutes written "twenty-three (23) minutes", dictation with "a 23-minute block", a legend printing the
/// chosen option in CAPITALS, a ✔ / H / R (held, declined) key and a "◯ / ⬤" radio row; goals such as the
/// Veterans Day parade with the Legion post, the VFW, the Bataan Memorial March and the VA shuttle;</item>
/// <item>an early-intervention and school-age paediatric outpatient group ("Sprout &amp; Stride"): home and
/// daycare visits under IFSP outcomes with parents coached, a 🗹 / ☐ legend, a ☺ / ○ home-programme key,
/// twins seen together, a same-age peer, co-treatments, school and IEP goals (the bus at dismissal, the
/// lunch tray, recess, second-grade handwriting, the booster seat in the minivan), a "1 hr session" and
/// "¾ hr".</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and together, beside timed but unprofiled 97760. Each
/// note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h16-…): one-on-one in these writers' words («One-on-one (therapist with this patient
/// only)», "delivered by this writer to the Veteran alone, start to finish; no other patient seen or
/// supervised during it", "PT worked only with Leo for the whole visit", "OT and the Veteran were alone in
/// the hand room", "Nobody else was booked in her time, and I never stepped away from her"), notes that
/// negate it (a Veteran sharing the 1 pm slot with another, twins with the PT alternating) or never state
/// it (free text with the template fields collapsed, a Veteran with his service dog), and an OT session
/// shared with a same-age peer on 97530, which has no one-on-one check;</item>
/// <item>class 2 (v2-h16-…): template states: «— select —» never answered, a struck-through «One-on-one»
/// replaced by «Concurrent», options in CAPITALS under a legend, 🗹 / ☐, «—» for the impairment and
/// region, a ✔ / H / R key, "◯ Individual ⬤ Concurrent", an assist level and reps left at
/// «— select —», a grade scale "I II [III] IV V", a ☺ / ○ key;</item>
/// <item>class 3 (v3-h16-…): named programmes and methods as techniques (Balance-Based Torso Weighting,
/// the PEP Program, GLA:D, DAPRE, Williams flexion exercises, Stecco Fascial Manipulation, a ReWalk
/// exoskeleton, an Upsee harness, the ActiveStep perturbation treadmill, Size Matters handwriting), one
/// Williams 97110 with no dose or number and one Upsee 97116 with no target;</item>
/// <item>class 4 (v4-h16-…): deficits stated as findings (an obligatory ATNR, arthrogryposis contractures,
/// heterotopic ossification with a bony end-feel, a Perthes gait, essential tremor spilling a cup, gait
/// speed that drops by a third with serial threes, flexible flat feet with navicular drop, prosthetic-foot
/// position sense after bilateral TT amputation) and notes that state none (a 97112 whose only target is
/// the Veterans Day parade; a paediatric 97530 with "concerns: none");</item>
/// <item>class 5 (v5-h16-…): measures in their usual forms (CHAMP with Edgren side step and T-test, SCIM III,
/// SCAT tandem gait, Movement ABC-2 standard scores, TIMP, the Minnesota Manual Dexterity Test, the FMS
/// composite) and notes with none (SEOC visit counts, a referral number, a phone number and appointment
/// time; an EI walk "farther than last week"; a 97140 with grade and bouts left at «—»);</item>
/// <item>class 6 (v6-h16-…): minutes in their usual forms (a tracker with «23» min beside units «1»,
/// "twenty-three (23) minutes", "a 23-minute block", "¾ hr", "Time (in minutes) — MT 10 · TE 20"), true
/// mismatches ("97110 @ 25 min" against 18, a "1 hr session" against a 45-minute line, an OT co-treat
/// minute that differs) and truly missing separate time (tracker minute fields «» with only a total, "30
/// min (97112 + 97116 combined)");</item>
/// <item>class 7 (v7-h16-…): empty notes (a form feed, a lone carriage return, em spaces: DOC_NOTE_MISSING on
/// each profiled line, nothing else but the diagnosis check; none on 97760), and the contract's meanings of
/// technique, deficit and measure for 97116 (a VA-shuttle goal as its only target), 97530 (assistance
/// levels as its only measure, in the family minivan; generic only), 97140 (hands-on with no technique
/// named) and 97110 (a ruck march as its only target), and a wholly generic 97112;</item>
/// <item>ordinary (vord-h16-…): complete notes of all three sources across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: a generic franchise two-code
/// note, an ICD-9 code, a free-text diagnosis and a missing one, a VA 97112 that never says one-on-one, a
/// VA gait time that differs, a paediatric OT total only.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>), as in every earlier
/// set; the contract gives no tolerance, so every mismatch here differs by at least five minutes and every
/// passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule.
/// Cases a careful reviewer could argue either way under the contract were left out: a content gap in one
/// section of a multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or when the
/// whole note lacks the thing), generic phrases beside a deficit or a measure without a technique, minutes
/// of an activity inside a note, self-rated scores or vitals as the only measure, a one-on-one left to be
/// inferred from a quiet room or a home visit, diagnosis codes without their dot or of three characters,
/// minute ranges and approximate minutes, telehealth.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 79 of 96 cases agree (95 needed), and 11 of the 62 notes the reviewer passes got a finding, on the
/// analyzer of 3e41b73 (the start of 2026-12-04's evening session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 79 of 96, 11 false positives — the same — at its first run on the analyzer with the fourteenth and
/// fifteenth sets worked through and reviewed (de7f842): the held-out figure. Then development data: a
/// clinician and the patient and no one else, options in capitals under a capitals legend, minutes shared by
/// the codes named after them, N/A answers, paediatric deficits and tasks; 95 of 96, no false positive (left:
/// "1 hr session" in the header as the one code's time).
/// </para>
/// </summary>
public class HeldOutNotesIssue18SixteenthTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    /// <summary>A line furnished by an occupational therapy assistant (COTA; the harness has PT, PTA and OT helpers).</summary>
    private static CaseLine OTA(string code, int minutes) => new(code, minutes, "OTA");

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in these writers' words, negated, unstated

        // Franchise drop-down in guillemets "Service delivery: «One-on-one (therapist with this patient only)»"; Posturomed oscillation, band-resisted step-and-stick onto foam, EC foam stance with nods; R CAI proprioception and late peroneals; Foot Lift Test and SLS EC seconds; «23» matches: passes.
        ["v1-h16-keystone-guillemet-one-on-one"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0412 — Westerville, OH
            Service delivery: «One-on-one (therapist with this patient only)»
            Visit type: «Daily visit»   Payer class: «Medicare B»
            97112 Neuromuscular re-education — «23» min
              • Posturomed: SL stance on the oscillating plate after release from the locked offset, 5 x 20 s each LE
              • Band-resisted lateral step onto a foam pad and stick, 3 x 8
              • Narrow stance on foam w/ EC and slow head nods, 4 x 30 s
            Clinician comments: R chronic ankle instability (3 inversion sprains since 2023) — ↓ R ankle proprioception, peroneals fire late when the plate releases.
            Foot Lift Test R 11 lifts in 30 s (L 3); SLS EC R 7 s (L 21 s).
            """,
            ["M25.371", "S93.401D"], [PT("97112", 23)], []),

        // VA: "NMR delivered by this writer to the Veteran alone, start to finish; no other patient seen or supervised during it" is one-on-one; facing movements on command, hallway tablet tracking, foam EC head movements; post-blast vestibular dysfunction; FGA and k of 10: passes.
        ["v1-h16-va-veteran-alone-facing-commands"] = new(
            """
            VA Community Care (CCN Region 4 — TriWest) | Referral VA0051873320 | SEOC Outpatient PT
            Daily Note — Veteran: USMC, 2 OIF deployments, IED blast exposure
            S: Veteran reports grocery aisles and the crowded PX "still make the floor move." No falls.
            O: 97112 NMR 25 min, delivered by this writer to the Veteran alone, start to finish; no other patient seen or supervised during it.
             - Facing movements on command (left face / right face / about face) x 10 each, eyes closed on the last 3
             - Walking the hallway while tracking a moving target on the tablet, 4 x 80 ft
             - Foam stance EC w/ head pitch and yaw, 3 x 30 s each
            A: post-blast vestibular dysfunction — visual motion sensitivity and ↓ postural control w/ head movement.
               FGA 19/30 (15/30 at IE); about-face without a corrective step 7/10.
            P: progress to busy-background video on foam.
            """,
            ["S06.0X1S", "H81.93"], [PT("97112", 25)], []),

        // EI home visit: "PT worked only with Leo for the whole visit — no other child in the session; mom coached throughout" is one-on-one; peanut-ball tilts, side-sit ↔ 4-point transitions, reaching on a cushion; low axial tone with slow righting; sitting seconds and k of 5: passes.
        ["v1-h16-ei-worked-only-with-leo"] = new(
            """
            Sprout & Stride Pediatric Therapy — Early Intervention home visit (family living room)
            Child: Leo, 15 mo (Prader-Willi syndrome) · Caregiver present: mom · Provider: PT
            Attendance: PT worked only with Leo for the whole visit — no other child in the session; mom coached throughout.
            IFSP outcome #1: Leo will sit on his own on the floor to play with his brothers.
            97112 — 30 min
             Activities: slow lateral tilts on the peanut ball to bring out righting; side-sit ↔ 4-point transitions w/ hands at his pelvis; reaching for a light-up toy while sitting on the couch cushion (unsteady surface)
             What we saw: low axial tone, slow head/trunk righting, protective arm reactions only when tipped to the L
             Numbers: independent sitting 40 s (15 s last month); protective extension to the R 2 of 5 tips (0 of 5 last month)
            Coaching: showed mom how to hold at his hips, not his trunk.
            """,
            ["Q87.11", "P94.2"], [PT("97112", 30)], []),

        // VA: "shared the 1 pm slot w/ a second Veteran (both on my schedule); I moved between the two" is not one-on-one; rocker board, noodle step-overs with head turns, reaches outside BOS; neuropathic plantar loss and late ankle strategy; EC seconds and k of 8 present.
        ["v1-h16-va-moved-between-two-veterans"] = new(
            """
            VA Community Care | CCN Region 1 (Optum) | Referral VA0049921187
            S: Veteran (Army, Vietnam era) walked in w/ his cane; wife drove. Denies new falls.
            O: 97112 – 23 min – shared the 1 pm slot w/ a second Veteran (both on my schedule); I moved between the two for cueing and guarding.
               Rocker board A/P w/ UE support fading to none; stepping over a foam noodle w/ head turns; reaching to cones placed outside BOS in narrow stance.
               Peripheral neuropathy (DM2, Agent Orange presumptive): ↓ plantar sensation, relies on vision, late ankle strategy.
               Narrow stance EC 6 s; cone reaches without a step 5 of 8.
            A/P: continue, progress to foam.
            """,
            ["E11.42", "Z91.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Twins seen together, "PT alternated between the girls on the obstacle course": not one-on-one; beam with a cup of water, hopping to called colours and holding, kneeling on a therapy ball; DCD single-leg balance and bilateral coordination; seconds and k of 5 present.
        ["v1-h16-peds-twins-alternated"] = new(
            """
            Sprout & Stride — Outpatient Peds (school-age)
            Ava (7 y) — seen together w/ twin sister Mia this week due to the school schedule; PT alternated between the girls on the obstacle course.
            97112 NMR 25 min
             - Walking a 4" beam carrying a half-full cup of water, forwards and sideways
             - Hopping to colored dots on the floor as PT calls the color, holding each landing for a count of 3
             - Kneeling on a therapy ball while tossing bean bags at a target
             Why: ↓ single-leg balance and bilateral coordination (DCD); trips on the playground
             SLS R 6 s / L 4 s; beam without stepping off 3 of 5
            """,
            ["R27.8", "R26.89"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Franchise free text with the template fields collapsed, complete (therapist pulls, half-roller step-ons, Airex SL stance with ball toss; delayed L hip strategy after THA; k of 8 and seconds) — but nothing states one-on-one.
        ["v1-h16-keystone-free-text-unstated"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0227 — Round Rock, TX
            [Clinician free text — template fields collapsed]
            Pt is a 71 yo retired HVAC tech, L THA 10 wk (anterior). Steps off curbs cautiously, hesitant on the church parking-lot gravel.
            97112 NMR x 22 min: stepping-strategy drills w/ therapist pulls at the pelvis (anterior, posterior, lateral); stepping onto a half-foam roller w/ the L; SL stance L on Airex w/ ball toss
            For delayed L hip strategy and ↓ L stance postural control
            Lateral pull responses: single-step recovery 5/8 to the L; SL L on Airex 9 s
            """,
            ["Z96.642", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // A Veteran with his service dog and the gym music turned off: nothing states one-on-one; half-kneel/tall-kneel rhythmic stabilization, disc SLS with rotation, lateral lunges onto foam; R-sided ataxia and trunk control after TBI; hold seconds and SARA item present.
        ["v1-h16-va-service-dog-unstated"] = new(
            """
            VA Community Care — CCN (TriWest) | SEOC Outpatient PT | visit 4
            Vet arrived w/ his service dog (Rex), who stayed on his mat by the door during the session.
            S: "The dog's steadier than I am." PTSD — startles w/ loud noises; gym music off for his appt.
            O: Neuro re-ed (97112) 20 min — rhythmic stabilization in half-kneel and tall-kneel, SL stance on a balance disc w/ trunk rotation, lateral lunges onto foam
               TBI (2011, MVA on base) w/ R-sided ataxia and ↓ trunk control
               Half-kneel hold w/ perturbations 45 s (20 s at IE); SARA gait item 3 (4 at IE)
            """,
            ["S06.2X9S", "R27.0"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // OT 97530 "seen together w/ a same-age peer … OT guided turn-taking between the two boys": 97530 has no one-on-one check; obstacle course, catching with the peer, jacket and backpack at the cubby; school arrival/recess goal; cue level and k of 10: no DOC finding.
        ["v1-h16-ot-97530-same-age-peer"] = new(
            """
            Sprout & Stride — Outpatient Peds OT
            Sam (6 y, ASD) seen together w/ a same-age peer (also on OT caseload) for social-motor play — OT guided turn-taking between the two boys.
            97530 — 30 min: cooperative obstacle course (crawl through the tunnel, carry the ball to the bucket, wait for the peer); throwing and catching a 10" ball back and forth w/ the peer; donning/doffing his jacket and backpack at the "cubby"
            Goal (school): manage jacket and backpack at arrival and join recess games w/ classmates
            Jacket on w/ 1 verbal cue (hand-over-hand at IE); 6/10 catches from 5 ft
            """,
            ["F84.0", "R27.8"], [OT("97530", 30)], []),

        // OT 97112: "OT and the Veteran were alone in the hand room for the whole NMR block" is one-on-one; EC position matching, weighted-ball figure-8 tracing, scapular setting before reach; plexopathy with ↓ position sense and hiking; JPS degrees and k of 10: passes.
        ["v1-h16-va-ot-97112-alone-hand-room"] = new(
            """
            VA Community Care | OT | CCN Region 2 | SEOC Outpatient OT
            OT and the Veteran were alone in the hand room for the whole NMR block.
            97112 – 20 min
             - Eyes-closed wrist/elbow position matching to targets set by the OT (R copying the L), 3 sets of 10
             - Tracing a figure-8 on the wall w/ a 2-lb weighted ball, slow then fast
             - Scapular setting w/ tactile cues before forward reach to a cup on a shelf
            Problem: R upper-trunk plexopathy (C5–6) from an IED blast — shoulder hikes to reach, ↓ R UE position sense and control
            R wrist JPS error avg 9° (14° at IE); reach to shelf without a hike 6/10
            """,
            ["S14.3XXS"], [OT("97112", 20)], []),

        // Dictated PTA note: "Nobody else was booked in her time, and I never stepped away from her" is one-on-one; tapping/approximation, mirror step-ups, pelvic-guided weight shifts; post-polio quad weakness with knee collapse and poor L stance; seconds and k of 12; 22 min matches: passes.
        ["v1-h16-pta-nobody-else-booked"] = new(
            """
            KPT eNote | PTA Daily Note | Clinic 0315 — Ocala, FL — dictated by PTA, co-signed by PT
            Mrs. D has post-polio syndrome. Today we spent 22 min on neuro re-ed. Nobody else was booked in her time, and I never stepped away from her. We did tapping and approximation over her L quad in stride stance, step-ups onto a 4-inch step with a mirror in front of her for knee feedback, and slow lateral weight shifts onto the L with my hands at her pelvis. Her L quad is weak (3+/5) and the L knee collapses into flexion when she loads it; she has trouble holding L stance. L stance on the 4-inch step was 8 seconds, and the knee collapsed once in 12 step-ups.
            """,
            ["M62.81", "R26.81"], [PTA("97112", 22)], []),

        // ---------------------------------------------------------------- class 2: template states

        // Franchise "Service delivery: «— select —»" never answered, nothing else states it; perturbation/compliant-surface/dual-task picks with detail; reactive postural control in PD; Mini-BESTest present.
        ["v2-h16-keystone-delivery-select"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0388 — Naperville, IL
            Service delivery: «— select —»
            97112 Neuromuscular re-education — «25» min
              Technique(s): «Perturbation training» «Compliant surface» «Dual-task»
              Detail: stride-stance pushes at the shoulders and pelvis, unannounced; Airex marching while naming grocery items; tandem on the foam beam
              Impairment: «Reactive postural control» — late, short steps backward (PD)
              Outcome: «Mini-BESTest» 18/28 (15/28 at IE)
            """,
            ["G20.A1", "R26.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // A struck-through "~~«One-on-one»~~ «Concurrent» [edited … 2nd pt added to the slot]": concurrent, not one-on-one; mirror weight shift, quick-stretch step-ups, cued side-stepping; R LE weight acceptance and glute med recruitment; % WB and k of 10 present.
        ["v2-h16-keystone-strikethrough-one-on-one"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0511 — Chandler, AZ
            Service delivery: ~~«One-on-one»~~ «Concurrent»   [edited by K. Ruiz, PT — 2nd pt added to the slot]
            97112 Neuromuscular re-education — «23» min
              Weight shift onto the R LE in stride stance w/ a visual target on the mirror; R step-ups w/ quick stretch to the quads; side-stepping R along the mat table w/ tactile cues at the R glute med
              R hemiparesis (L MCA CVA): ↓ R LE weight acceptance and glute med recruitment
              R LE WB 38% → 45% on dual scales; step-ups w/o knee hyperextension 7/10
            """,
            ["I69.351"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // "Legend: the selected option is printed in CAPITALS": Tx format INDIVIDUAL is one-on-one, GAZE STABILIZATION and COMPLIANT SURFACE with detail, VESTIBULAR system with L neuritis; DVA lines and foam seconds: passes.
        ["v2-h16-va-caps-selected-individual"] = new(
            """
            VA CCN Consult — PT Daily Note (community provider: Lakeshore Rehab)
            Legend: the selected option is printed in CAPITALS
            Tx format:  INDIVIDUAL / concurrent / group / co-treat
            Telehealth:  yes / NO
            97112 NMR — 24 min
             Techniques: GAZE STABILIZATION / habituation / COMPLIANT SURFACE / perturbation
             Detail: X1 viewing, horizontal and vertical, to a target at 1 m, 3 x 60 s each; standing on foam w/ EC, feet together, 4 x 30 s
             System: VESTIBULAR / somatosensory / visual — L peripheral hypofunction after vestibular neuritis (Nov)
             DVA 4 lines lost (6 at IE); foam EC feet together 14 s
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // EI daycare visit with "🗹 = did today ☐ = not today": "🗹 individual — PT with Mila only", cushion reaching, kneel-to-stand, crash-pad walking ticked (stairs not); diplegic anticipatory control; seconds and k of 5: passes.
        ["v2-h16-ei-ballot-box-check"] = new(
            """
            Sprout & Stride — EI Visit Note (daycare classroom, teacher present)
            Legend: 🗹 = did today   ☐ = not today
            Session: 🗹 individual — PT with Mila only    ☐ group / playgroup
            97112 · 25 min
             🗹 Standing on the wobbly cushion at the sensory table, reaching across midline for scoops
             🗹 Kneel-to-stand at the low bench w/ a toy on top, PT facilitating at the pelvis
             🗹 Walking over the crash-pad "mountain" holding PT's finger
             ☐ Stairs (class went outside)
            Working on: spastic diplegia — ↓ anticipatory postural control and weight shift, falls backward when she reaches
            Today: stood on the cushion 20 s w/o support (8 s at last visit); kneel-to-stand through R half-kneel 3/5
            """,
            ["G80.1"], [PT("97112", 25)], []),

        // Franchise "Impairment addressed: «—»" and "Body region: «—»", nothing written elsewhere; BAPS and band perturbations with doses, «One-on-one», SLS seconds; no generic phrase: deficit only.
        ["v2-h16-keystone-impairment-dashes"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0142 — Greenville, SC
            Service delivery: «One-on-one»
            97112 — «20» min
              Technique(s): «BAPS» «Perturbation training»
              Detail: BAPS level 3 clockwise/counterclockwise x 20 each, seated then standing; SL stance w/ band perturbations at the ankle, 3 x 30 s
              Impairment addressed: «—»
              Body region: «—»
              Outcome: SL stance EO 24 s, EC 8 s
            """,
            ["S93.401D"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Key "✔ = completed H = held R = Veteran declined": 1:1 ✔, tandem with head turns, foam step-ups with nudges and cone weave ✔ (foam EC declined, rocker held); alcohol-related cerebellar ataxia; tandem steps and FGA: passes.
        ["v2-h16-va-declined-held-key"] = new(
            """
            VA CCN | PT Daily Note | Veteran seen at Riverbend PT
            Key: ✔ = completed   H = held   R = Veteran declined
              1:1 w/ PT entire NMR time ............ ✔
              Tandem walk w/ head turns ............ ✔  4 x 20 ft
              Foam stance EC ....................... R  ("not today, doc")
              Step-ups to foam w/ pelvic nudges .... ✔  2 x 8 each
              Cone weave w/ quick stops ............ ✔  3 laps
              Rocker board ......................... H  (R ankle sore)
            Deficit: cerebellar ataxia (alcohol-related, sober 6 yrs) — wide base, lateral sway, overshoots on quick stops
            Measures: tandem steps w/o step-out 7 (4 at IE); FGA 16/30
            97112 — 25 min
            """,
            ["G31.2", "R27.0"], [PT("97112", 25)], []),

        // VA radio row "◯ Individual ⬤ Concurrent ◯ Group": the filled circle is concurrent, not one-on-one; lean-and-release, hurdles with head turns, clock-face toe taps; delayed protective stepping; k of 6 and Berg present.
        ["v2-h16-va-filled-circle-concurrent"] = new(
            """
            VA Community Care | Harbor Physical Therapy | Referral VA0062210045
            Delivery:  ◯ Individual   ⬤ Concurrent   ◯ Group
            97112 NMR 23 min
             Reactive stepping to lean-and-release (forward, lateral); obstacle stepping over 6" hurdles w/ head turns; SLS at the counter w/ toe taps to a clock face
             Deficit: delayed protective stepping and ↓ lateral postural control — 2 falls in the past 3 mo
             Lean-and-release: single-step recovery 4/6 lateral; Berg 44/56
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Franchise 97530 with "Assist level: «— select —»" and "Reps/Load: «— select —»" and no number anywhere but the minutes: tote lift/carry and floor transfer, chores goal, L LBP; no measure.
        ["v2-h16-keystone-assist-select-97530"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0604 — Lakewood, CO
            97530 Therapeutic activities — «20» min
              Activity: «Lift/carry» «Floor transfer»
              Detail: lifting a storage tote from the floor to the counter w/ a hip hinge, carrying it across the gym, getting down to and up from the floor via half-kneel
              Assist level: «— select —»
              Reps/Load: «— select —»
              Goal: «Return to household chores» — put the holiday decorations away in the basement (L LBP)
              Clinician comments: moved better with the hinge cue.
            """,
            ["M54.50"], [PT("97530", 20)], [At(Measure, "97530")]),

        // Franchise 97140 grade scale "I II [III] IV V" (the bracketed grade chosen) with bouts, joint mob and STM picks, L shoulder posterior capsule limiting IR: grade and bouts are its parameters: passes.
        ["v2-h16-keystone-grade-bracket-97140"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0719 — Fishers, IN
            97140 Manual therapy — «12» min
              Technique: «Joint mobilization» «Soft tissue mobilization»
              Grade:   I    II    [III]    IV    V
              Detail: L GH posterior and inferior glides, loose-pack then toward end range, 4 bouts x 30 s each; STM L posterior cuff / teres minor
              Region / impairment: «L shoulder» — posterior capsule tightness limiting IR and reaching behind the back
            """,
            ["M25.612"], [PT("97140", 12)], []),

        // OT home-programme key "☺ = did it today ○ = not yet / skipped": the ☺ rows have doses (putty, wall push-ups, animal walks, prone on elbows, clothespins); hypermobile fingers and weak shoulder girdle with hand fatigue; grip kg: 97110 passes (the ○ row ignored).
        ["v2-h16-peds-smiley-key-97110"] = new(
            """
            Sprout & Stride — Outpatient Peds OT · home-program check + clinic session
            Key: ☺ = did it today   ○ = not yet / skipped
            97110 — 20 min
             ☺ Theraputty pinches and rolls (yellow) 2 x 10
             ☺ Wall push-ups 2 x 10; animal walks (bear, crab) 3 x 15 ft
             ○ Scooter-board pulls (board being repaired)
             ☺ Prone on elbows on the wedge while doing a puzzle, 3 x 45 s
             ☺ Clothespin squeezes along a line, 20 each hand
            Why: hypermobile fingers and a weak shoulder girdle — hand tires after 3 lines of writing; grip R 9 kg (L 8 kg)
            """,
            ["M35.7", "R27.8"], [OT("97110", 20)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // Balance-Based Torso Weighting (BBTW) with directional perturbation testing and vest weights, then stepping/figure-8/turns; «One-on-one»; MS trunk postural control with directional loss; TUG and gait speed: passes.
        ["v3-h16-bbtw-ms"] = new(
            """
            KPT eNote | Neuro Daily Note | Clinic 0907 — Kirkland, WA
            Service delivery: «One-on-one»
            97112 — «25» min
              Balance-Based Torso Weighting (BBTW): re-assessed directional loss of balance to resisted trunk perturbations in standing (loses to R posterior); placed 0.5 lb + 0.25 lb on the vest R posterolateral; then stepping to floor targets, figure-8 walking around 2 cones and quick 180° turns w/ the vest on
              Impairment: ↓ trunk postural control w/ directional instability to the R posterior (MS); veers on turns
              TUG 12.4 s unweighted → 10.9 s weighted; gait speed 0.88 → 0.97 m/s
            """,
            ["R26.81", "R26.89"], [PT("97112", 25)], []),

        // PEP Program (Prevent injury and Enhance Performance) plyometric, agility and balance components, "Individual session (PT + athlete only)"; L dynamic valgus and hip/trunk control on landing; valgus k of 8: passes.
        ["v3-h16-pep-program-soccer"] = new(
            """
            Sprout & Stride — Outpatient Peds Sports (ages 10–18)
            Individual session (PT + athlete only, no team group today)
            97112 NMR 20 min — PEP Program (Prevent injury and Enhance Performance) components:
             - Plyometrics: lateral hops over a cone 3 x 10; scissor jumps 3 x 10 w/ a "soft knees" cue
             - Agility: shuttle run w/ forward/backward running and diagonal bounding, 3 reps
             - Balance: SL squat on foam w/ PT tossing a ball off-line, 3 x 8 each
            Deficit: L dynamic knee valgus + ↓ hip/trunk control on landing (L PFPS; HS varsity soccer)
            SL squat on foam L: valgus on 3/8 (7/8 at IE)
            """,
            ["M22.2X2"], [PT("97112", 20)], []),

        // GLA:D programme circuit with doses and level-2 progressions; R knee OA with quad weakness and knee alignment; 40-m fast-paced walk test: 97110 passes.
        ["v3-h16-glad-knee-oa"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0233 — Cary, NC
            97110 Therapeutic exercise — «26» min
              GLA:D® program, session 5 of 12: bike warm-up, then the circuit — pelvic lifts w/ band 3 x 10, knee extension w/ 6 lb cuff 3 x 10, forward lunges to a step 3 x 8, sideways step-ups 6" 3 x 10, sit-to-stand from a low chair 3 x 10; level-2 progressions for lunges and step-ups
              Focus: R knee OA w/ quad weakness; knee over 2nd toe on every rep
              40-m fast-paced walk test 29.1 s (33.4 s at IE)
            """,
            ["M17.11"], [PT("97110", 26)], []),

        // VA 97110: DAPRE (Daily Adjustable Progressive Resistive Exercise) sets with loads and the adjusted working weight, leg press and step-ups; R quad weakness after TKA with a low-chair problem; 5xSTS: passes.
        ["v3-h16-dapre-va-tka"] = new(
            """
            VA CCN | Referral VA0041177356 | SEOC Outpatient PT
            97110 — 25 min
            DAPRE (Daily Adjustable Progressive Resistive Exercise), knee extension machine, R:
             Set 1: 10 reps @ 25 lb (½ working wt) · Set 2: 6 reps @ 40 lb (¾) · Set 3: max reps @ 50 lb = 7 · Set 4: adjusted to 55 lb, max = 5 → next working weight 55 lb
            Also leg press 90 lb 3 x 10; step-ups 6" 3 x 10
            R quad weakness after R TKA (10 wk) — can't rise from a low chair w/o arms; 5xSTS 16.2 s
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 25)], []),

        // PTA 97110: Williams flexion exercises named one by one for lumbar stenosis, but "Reps/sets: «»" and no number besides the minutes: no parameter or measure.
        ["v3-h16-williams-no-dose"] = new(
            """
            KPT eNote | PTA Daily Note | Clinic 0430 — Mesa, AZ
            97110 Therapeutic exercise — «15» min
              Williams flexion exercises reviewed and performed: posterior pelvic tilts, single and double knee-to-chest, partial curl-ups, seated forward flexion, hip flexor stretch in half-kneel, squat-and-rise
              Target: lumbar spinal stenosis — walking and standing limited by leg symptoms, relieved by flexion
              Reps/sets: «»
            """,
            ["M48.062"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // VA 97140: Fascial Manipulation (Stecco) friction on named CC points with hold seconds, upper thoracic PA mobs with grade/bouts; L neck pain with ↓ rotation in a former crew chief; rotation degrees: passes.
        ["v3-h16-stecco-va-neck"] = new(
            """
            VA CCN | PT Daily Note — Veteran, retired Army helicopter crew chief (helmet + NVG weight for 20 yrs)
            97140 — 12 min
             Fascial Manipulation (Stecco): deep friction on the densified CC points re-cp (retro-caput) L, la-cl (latero-collum) L and ir-sc L, 90 s each until point tenderness ↓ by half
             Upper thoracic PA mobs T2–T4 gr III, 3 x 30 s
             Target: L-sided neck pain w/ ↓ L rotation (checking mirrors when backing the camper)
             Cervical rotation L 52° → 64° after
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // VA SCI 97116: ReWalk exoskeleton sit-to-stand and overground bouts with distances and CGA; T6 AIS A paraplegia with a VFW-hall goal; step count: passes.
        ["v3-h16-rewalk-va-sci"] = new(
            """
            VA CCN | SCI community partner — Peak Neuro Rehab | Referral VA0039984410
            97116 Gait training — 30 min
            ReWalk exoskeleton (Veteran's own VA-issued device): sit-to-stand w/ forearm crutches; overground walking 3 bouts — 120 ft, 160 ft, 200 ft; turns at the cones; CGA at the posterior handle; cues to shift weight before each step trigger
            Veteran: T6 AIS A paraplegia (2014) — no volitional LE movement; goal: walk from his truck to the VFW hall door for the monthly meeting
            Steps 412 total (288 last session)
            """,
            ["G82.21"], [PT("97116", 30)], []),

        // EI 97116 in an Upsee harness (dad wearing) and a push-walker with distances and trips — but no impairment, region or functional goal is written (the diagnosis code is not the note): deficit missing.
        ["v3-h16-upsee-no-target"] = new(
            """
            Sprout & Stride — EI Home Visit
            Child: Nora, 2 y 3 mo · Caregiver: dad
            97116 — 25 min
            Upsee harness (dad wearing, Nora's feet in the shared sandals): walking back and forth across the living room, 4 trips of about 20 ft, dad stepping first w/ the cue "big step"; then holding the push-walker w/ PT at her hips, 3 x 15 ft
            Dad practiced the buckle set-up himself x2.
            """,
            ["G80.1"], [PT("97116", 25)], [At(Deficit, "97116")]),

        // VA falls partner: ActiveStep perturbation treadmill with trips and slips, "PT + Veteran only in the lab"; delayed compensatory stepping with falls; k of 15 and harness-caught falls: passes.
        ["v3-h16-activestep-va"] = new(
            """
            VA CCN | Falls clinic partner — Summit Balance Center
            97112 — 23 min (PT + Veteran only in the lab)
            ActiveStep perturbation treadmill, harnessed: 30 trip and slip perturbations at 3 intensities, forward and backward, unannounced
            Target: delayed compensatory stepping; 3 trips/falls at home since December (2 on the back steps)
            Single-step recoveries 11/15 trips (6/15 at first session); harness-caught falls 2 (7 first session)
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // Peds OT 97530: Size Matters handwriting programme (point-size self-check, copying onto 3-line paper, Letter Ladder) and sentence strips; second-grade written work; letters at correct size k of 50: passes.
        ["v3-h16-size-matters-ot"] = new(
            """
            Sprout & Stride — Outpatient Peds OT (school-age)
            97530 — 30 min
            Size Matters handwriting program: point-size self-check ("Is it a 3-point, 2-point or 1-point letter?"), copying 2 sentences from a board picture onto 3-line paper, sizing practice w/ the Letter Ladder; then cutting out and gluing sentence strips
            For: 2nd-grade written work — letters float off the baseline and mix sizes; teacher can't read his spelling tests
            Letters at correct size 38/50 (21/50 at IE); self-corrected 4 letters without a prompt
            """,
            ["R27.8"], [OT("97530", 30)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // EI: "obligatory ATNR w/ head turned R — R arm shoots out straight … props only on the L forearm … rolls to the L only" is the motor deficit; NDT key-point handling, midline wedge play, facilitated segmental rolling; "PT with Kai only"; seconds and k of 4: passes.
        ["v4-h16-ei-atnr-infant"] = new(
            """
            Sprout & Stride — EI Home Visit · PT · individual visit, PT with Kai only (grandma present)
            IFSP outcome #3: Kai will roll both ways to get his toys.
            97112 — 30 min
             Found: obligatory ATNR w/ head turned R — R arm shoots out straight, can't bring the rattle to his mouth; props only on the L forearm in prone; rolls to the L only (log-rolls, no trunk rotation)
             Did: NDT key-point handling at the shoulders and pelvis; prone on a wedge w/ toys at midline, head held in midline during play; side-lying play on both sides; facilitated segmental rolling from the hips and from the shoulders
             Today: prone on forearms w/ head at midline 15 s (5 s last visit); rolled supine → prone to the R w/ hip facilitation 2 of 4
            """,
            ["R62.0", "R29.2"], [PT("97112", 30)], []),

        // Peds 97110: arthrogryposis knee flexion contractures with degrees, active extension lag and quad grade are the impairment; weighted prone lying, strap stretch, quad sets in KAFOs, sit-to-stand with doses: passes.
        ["v4-h16-arthrogryposis-97110"] = new(
            """
            Sprout & Stride — Outpatient Peds (school-age)
            Lucas, 9 y, arthrogryposis (amyoplasia)
            97110 — 25 min
             Prone lying w/ 2 lb over the distal thighs 3 x 60 s; hamstring stretch in long sitting w/ a strap 3 x 45 s each; standing quad sets in KAFOs 3 x 10 w/ 5 s hold; sit-to-stand from a 16" bench 2 x 8
             Findings: knee flexion contractures R 30° / L 25°; active knee ext in sitting lacks 45° R / 40° L; quads 2+/5
             Knee ext PROM after stretching: R −26°, L −22°
            """,
            ["Q74.3"], [PT("97110", 25)], []),

        // VA 97140: heterotopic ossification at the R hip after a blast injury with a hard, bony end-feel at 85° is the impairment; inferior glides and distraction with grade/bouts, STM; flexion degrees: passes.
        ["v4-h16-heterotopic-ossification-97140"] = new(
            """
            VA CCN | Referral VA0057720913 | PT Daily Note
            97140 – 10 min
             R hip inferior glides gr II in supine at 70° flexion, 3 bouts x 45 s; long-axis distraction gr II 3 x 30 s; STM R adductor longus and rectus femoris
             R hip: heterotopic ossification after the 2010 blast injury (L TF amputation in the same event) — hard, bony end-feel at 85° flexion; can't get into the truck or tie the R shoe
             R hip flexion 85° → 88° after, no ↑ pain
            """,
            ["M61.551", "Z89.612"], [PT("97140", 10)], []),

        // Peds 97116: Perthes gait "short R stance w/ R lateral trunk lean over the hip and the R foot turned out" is the gait impairment; hallway, school-style stairs and mulch path with distances, SBA; stance time: passes.
        ["v4-h16-perthes-97116"] = new(
            """
            Sprout & Stride — Outpatient Peds
            Ethan, 8 y — R Legg-Calvé-Perthes (fragmentation stage), cleared by ortho for WBAT
            97116 — 20 min
             Gait training w/o crutches: hallway 4 x 100 ft; up/down the school-style stairs (12 steps) reciprocal w/ 1 rail; the playground mulch path 2 x 60 ft; SBA; cues for even step length and the foot pointing ahead
             Gait: short R stance w/ R lateral trunk lean over the hip and the R foot turned out ~30°
             R stance time 0.52 s vs L 0.64 s (gait app)
            """,
            ["M91.11"], [PT("97116", 20)], []),

        // VA OT 97530: essential tremor "action tremor throws liquid out of the cup … signature unreadable; spiral drawing wide, crossing lines" is the impairment; weighted mug/spoon/pen tasks, VFW goal; spill count, checks and SBA: passes.
        ["v4-h16-essential-tremor-ot"] = new(
            """
            VA CCN | OT Daily Note | Referral VA0060004418
            97530 – 23 min
             Drinking from a weighted mug (10 oz water) at the table, then from his own travel mug w/ a lid; eating soup w/ a weighted spoon; writing 3 checks and addressing an envelope w/ a weighted pen, forearm braced on the table
             Problem: essential tremor, R > L — the action tremor throws liquid out of the cup and makes his signature unreadable; Archimedes spiral R wide, crossing lines
             Goal: eat soup and sign his own checks at the VFW post without help
             Spills 1/10 sips w/ the weighted mug (6/10 w/ a standard mug); checks legible 3/3, SBA
            """,
            ["G25.0"], [OT("97530", 23)], []),

        // VA 97112: "gait speed 1.24 m/s walking alone → 0.86 m/s counting back by 3s (31% slower); stops walking to answer" is the divided-attention postural control deficit; dual-task walking, hurdles while answering, tandem with a cup; "this PT with the Veteran only": passes.
        ["v4-h16-va-slows-with-serial-threes"] = new(
            """
            VA CCN | PT Daily Note — Veteran, Army, 3 blast mTBIs (Afghanistan)
            97112 NMR — 25 min — this PT with the Veteran only, no overlap
             Walking w/ serial 3s and w/ category naming (rivers, cars) around the track; stepping over 6" hurdles while answering questions; tandem walk w/ a cup of water while counting
             Finding: gait speed 1.24 m/s walking alone → 0.86 m/s counting back by 3s (31% slower); stops walking to answer — divided-attention postural control deficit
             Today: 24% slower w/ serial 3s (31% at IE); hurdles clipped 1/20
            """,
            ["S06.0X1S", "F07.81"], [PT("97112", 25)], []),

        // Peds 97110: flexible flat feet "calcaneal eversion 10°, navicular drop 12 mm, tib post 4-/5, SL heel raises R 6 / L 5" is the impairment; short-foot holds, towel scrunches, ball heel raises, marbles, band inversion with doses: passes.
        ["v4-h16-peds-flat-feet-97110"] = new(
            """
            Sprout & Stride — Outpatient Peds
            Mateo, 10 y — flexible flat feet; legs "get tired" after recess
            97110 — 20 min
             Short-foot holds seated → standing 3 x 10 w/ 5 s hold; towel scrunches 3 x 20; heel raises w/ a ball between the heels 3 x 12; marble pick-ups into a cup 2 x 20 each foot; band inversion (red) 2 x 15
             Findings: B calcaneal eversion 10° in standing, navicular drop 12 mm B, tibialis posterior 4-/5 B, can't do 10 SL heel raises (R 6, L 5)
            """,
            ["M21.41", "M21.42"], [PT("97110", 20)], []),

        // VA 97112 whose only target is a goal (march with his Legion post in the Veterans Day parade): no neuromuscular deficit or system; foam marching to a cadence, step-and-turn on command, EC step-overs, rocker-board ball passes; 1:1; seconds and a step count present.
        ["v4-h16-va-parade-goal-only"] = new(
            """
            VA CCN | PT Daily Note | Referral VA0048823191
            97112 — 20 min — 1:1
             Marching in place on foam to a cadence call, then step-and-turn on command on the foam; stepping laterally over a 2x4 w/ EC on the last pass; standing on a rocker board while passing a 5-lb ball around the trunk
             Goal: march w/ his Legion post in the Veterans Day parade (about a mile) w/o needing to ride in the truck
             Rocker board hands-free 35 s; marched 120 steps on foam w/o a catch-step
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Peds OT 97530 with "Parent concerns today: none. Teacher concerns: none reported.", fastener, shoe and tray tasks with counts and seconds — but no goal, impairment or body region: deficit missing.
        ["v4-h16-peds-97530-concerns-none"] = new(
            """
            Sprout & Stride — Outpatient Peds OT
            Parent concerns today: none. Teacher concerns: none reported.
            97530 — 25 min
             Zipper start on a practice vest 5 trials; buttoning a 4-button cardigan; putting on socks and Velcro shoes seated on a bench; carrying a lunch tray w/ a cup and plate across the gym
             Zipper started 4/5 independently; cardigan buttoned in 95 s; tray carry w/o a spill 3/3
            """,
            ["R27.8"], [OT("97530", 25)], [At(Deficit, "97530")]),

        // VA bilateral TT: "doesn't know where the prosthetic feet are w/o looking — watches his feet, widens base on uneven ground" is the proprioceptive deficit; EC weight shifts, no-look floor-dot stepping, ball kicks; "seen 1:1 by PT, no other pt in the gait lab"; seconds and k of 10: passes.
        ["v4-h16-va-bilateral-tt-position-sense"] = new(
            """
            VA CCN | Amputee clinic partner — Freedom Prosthetics & Rehab
            Veteran: B TT amputations (2011, IED) · seen 1:1 by PT, no other pt in the gait lab
            97112 — 20 min
             Weight shifts A/P and M/L in the parallel bars w/ EC, then on a foam pad; stepping to floor dots w/o looking down (eyes on a wall target); kicking a soccer ball back to PT w/ each foot
             Finding: doesn't know where the prosthetic feet are w/o looking — watches his feet, widens his base on uneven ground; socket fit good (3 ply each)
             EC stance on foam 12 s (4 s at IE); floor-dot hits w/o looking 8/10
            """,
            ["Z89.511", "Z89.512"], [PT("97112", 20)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // VA 97530 running-blade drills (A-skips, accelerations, shuffles, cuts off the prosthetic side) for a run-with-the-kids and Guard run goal; CHAMP score with Edgren side step and T-test: passes.
        ["v5-h16-champ-running-blade"] = new(
            """
            VA CCN | Amputee partner — Freedom Prosthetics & Rehab | Referral VA0044102278
            97530 — 30 min
             Running-blade drills: A-skips 4 x 20 yd; acceleration runs 6 x 20 yd; side shuffles and carioca 4 x 20 yd each way; cutting off the prosthetic side around cones 6 reps
             Goal: run w/ his kids at the park and pass his Guard unit's 2-mile run
             CHAMP (Comprehensive High-level Activity Mobility Predictor) 22/40 (17/40 at IE) — Edgren side step 11 m, T-test 16.8 s
            """,
            ["Z89.512"], [PT("97530", 30)], []),

        // VA SCI 97530: sliding-board and boardless level transfers, truck-cab simulator, floor to chair; C7 AIS B with a truck goal; Min A → CGA and SCIM III subscore: passes.
        ["v5-h16-scim-transfers"] = new(
            """
            VA CCN | SCI partner — Peak Neuro Rehab
            97530 — 25 min
             Level transfers w/c ↔ mat w/ a sliding board x4, then w/o the board x3; uneven transfer w/c → 20" truck-cab simulator x3; floor → w/c over a cushion stack x2
             C7 AIS B tetraplegia; goal: get into his own truck w/ hand controls
             Min A → CGA w/o the board; SCIM III mobility (room and toilet) 6 (4 at IE)
            """,
            ["G82.54"], [PT("97530", 25)], []),

        // Peds concussion 97112: SCAT tandem-gait time best of 4 is the measure; line tandem with head turns/EC, VOR x1 in SLS on foam, called-colour shuffles; gaze instability and dynamic balance; "Jade + PT only": passes.
        ["v5-h16-scat-tandem-gait"] = new(
            """
            Sprout & Stride — Outpatient Peds Sports
            Jade, 14 y, concussion (volleyball) 5 wk ago — individual PT session, Jade + PT only
            97112 — 23 min
             Tandem walking on a line w/ head turns and w/ EC; VOR x1 in SLS on foam; quick lateral shuffles to called colored cones
             Deficits: gaze instability w/ head movement, ↓ dynamic balance on head turns
             SCAT tandem gait (3 m out and back) best of 4: 13.9 s (18.2 s at 2 wk)
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // Peds 97530: wall-bounce catching, heel-to-toe with a lunch tray, hopscotch sequences; four-square/tag recess goal; Movement ABC-2 standard scores and catches k of 10: passes.
        ["v5-h16-movement-abc2"] = new(
            """
            Sprout & Stride — Outpatient Peds
            Owen, 8 y, DCD
            97530 — 25 min
             Catching a tennis ball bounced off the wall, one hand then the other, 3 x 10; heel-to-toe on a taped line carrying his lunch tray; jumping sequence on the hopscotch mat (2 feet / 1 foot pattern)
             Goal: play four-square and tag at recess w/o getting knocked out of the game
             Movement ABC-2 re-test: Aiming & Catching standard score 6 (4 at IE), Balance standard score 5 (3 at IE); catches 7/10 R hand
            """,
            ["R27.8"], [PT("97530", 25)], []),

        // EI preterm infant 97112: approximation through the shoulders in prone, guided reach, pull-to-sit lowering, midline hands; neck-extensor dominance and head lag; "PT with baby and parents, no other child seen"; TIMP raw score and head-lift seconds: passes.
        ["v5-h16-timp-preterm"] = new(
            """
            Sprout & Stride — EI · Home visit · PT with baby and parents, no other child seen
            Ivy, 3 mo corrected (born at 29 wk)
            97112 — 25 min
             Prone on a towel roll w/ joint approximation through the shoulders for head lift to a black-and-white card; supported sitting on mom's lap w/ PT guiding reach; pull-to-sit w/ slow lowering to bring out the chin tuck; side-lying to bring hands together at midline
             Working on: head control and antigravity flexion — neck-extensor dominance, head lags in pull-to-sit
             TIMP raw 68 (58 four wk ago); head lifts in prone to 45° for 6 s
            """,
            ["P07.32", "R62.0"], [PT("97112", 25)], []),

        // VA OT 97530: mail sorting, letter opener, parking-meter coins, pill box; L UE dexterity after stroke with a mail/meds goal; Minnesota Manual Dexterity placing seconds: passes.
        ["v5-h16-minnesota-dexterity"] = new(
            """
            VA CCN | OT Daily Note — Veteran, retired USPS letter carrier, R CVA w/ L hemiparesis 4 mo
            97530 – 25 min
             Sorting a stack of mail into a 12-slot organizer standing at the counter; opening envelopes w/ a letter opener; feeding coins into a parking-meter mock-up; filling a weekly pill box from 3 bottles
             L UE: slowed dexterity and late grasp release after the stroke; goal: manage his own mail and meds
             Minnesota Manual Dexterity Test (placing, L) 142 s (188 s at IE); pill box filled w/o error, 1 verbal cue
            """,
            ["I69.354"], [OT("97530", 25)], []),

        // Franchise 97110: chops/lifts, goblet squat, SL RDL, rock-backs, ASLR with core; R hip flexion mobility/stability deficit (ASLR degrees) in a firefighter; FMS composite: passes.
        ["v5-h16-fms-firefighter"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0256 — Overland Park, KS
            97110 Therapeutic exercise — «24» min
              Half-kneeling chops/lifts 10 lb 3 x 10 each; goblet squat to a box 25 lb 3 x 8; SL RDL w/ dowel 3 x 8 each; quadruped rock-backs 2 x 12; active SLR w/ core brace 3 x 10
              Focus: R hip flexion mobility deficit (ASLR R 55° vs L 80°) and poor trunk stability on push-up; firefighter returning to duty
              FMS composite 14/21 (11/21 at IE)
            """,
            ["M25.651"], [PT("97110", 24)], []),

        // VA 97112 whose only numbers are SEOC visit counts, a referral number, appointment date/time and a phone number, with progress in words: no measure; wall step-and-reach on foam, backward walking, sandbag side-steps; PD posterior LOB; "therapist one-to-one w/ Veteran".
        ["v5-h16-va-admin-numbers-only"] = new(
            """
            VA CCN | Referral VA0052234107 | SEOC Outpatient PT — 12 visits approved, this is visit 7 | next appt 03/11 0900
            Scheduling line: 555-0142
            97112 NMR — 20 min — therapist one-to-one w/ Veteran
             Step-and-reach to targets on the wall w/ feet fixed on foam; backward walking along the mat edge w/ light pelvic cues; side-stepping over sandbags w/ head turns
             Deficit: posterior LOB when reaching overhead; ↓ hip strategy (Parkinson's, dx 2023)
             Veteran says reaching into the kitchen cabinet "feels safer." Fewer backward steps today.
            """,
            ["G20.A1"], [PT("97112", 20)], [At(Measure, "97112")]),

        // EI 97116 with a push-cart, floor-to-stand and cushion step-overs toward an IFSP walking outcome, wide-based high-guard gait — but "walked farther than last week, fewer falls" and no distance, assistance level or number: no measure.
        ["v5-h16-ei-walking-no-number"] = new(
            """
            Sprout & Stride — EI Home Visit · PT · PT and Aiden only, mom coached
            IFSP outcome #2: Aiden will walk from the couch to the kitchen to find mom.
            97116 — 30 min
             Walking behind his push-cart across the living-room rug and onto the kitchen tile; standing from the floor through bear stance to walk to dad; stepping over a couch cushion laid on the floor
             Walks w/ a wide base, arms up in high guard, falls forward when he speeds up
             Mom: "He's doing it so much more at home!" Walked farther than last week, fewer falls.
            """,
            ["R62.0", "R26.89"], [PT("97116", 30)], [At(Measure, "97116")]),

        // Franchise 97140 with "Grade: «—» Bouts/duration: «—»", talocrural/subtalar mobs and STM named, R ankle DF stiffness after ORIF, only "feels looser": no parameter or number.
        ["v5-h16-keystone-grade-blank-97140"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0177 — Murfreesboro, TN
            97140 Manual therapy — «10» min
              Technique: «Joint mobilization» «Soft tissue mobilization»
              Grade: «—»     Bouts/duration: «—»
              Detail: R talocrural posterior glides and subtalar distraction; STM to R gastroc-soleus and peroneals
              Region / impairment: «R ankle» — DF stiffness after ankle ORIF, can't squat down to garden
              Clinician comments: pt reports the ankle "feels looser" after.
            """,
            ["S82.851D"], [PT("97140", 10)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Franchise "Timed code tracker" with «23» min and «10» min beside units «1» / «1» and a unit-less total: both match; TKA exercises with doses, patellar/tibiofemoral mobs with grade/bouts; extension, flexion and lag: passes.
        ["v6-h16-keystone-tracker-guillemets"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0821 — Rochester Hills, MI
            Timed code tracker
              97110 Therapeutic exercise ....... «23» min ..... units «1»
              97140 Manual therapy ............. «10» min ..... units «1»
              Total timed «33»
            97110: quad sets 2 x 15 w/ 5 s hold; SLR 3 x 10 w/ 2 lb; TKE w/ band 3 x 15; step-ups 4" 2 x 12; heel slides w/ strap 2 x 15
            97140: patellar mobs sup/inf/med gr III 3 x 45 s; tibiofemoral extension mobs gr III at end range 4 x 30 s
            R TKA 6 wk: knee ext −6°, flex 108°; quad lag 5°; stairs step-to
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 23), PT("97140", 10)], []),

        // Formal VA note "twenty-three (23) minutes of neuromuscular re-education (CPT 97112) and fifteen (15) minutes of gait training (CPT 97116)", both match, one-on-one stated; PNF rhythmic initiation, metronome step-taps, ball rolling; L LE recruitment and swing timing; quad-cane gait with SBA; toe catch and 10MWT: passes.
        ["v6-h16-va-number-words-parenthetical"] = new(
            """
            VA Community Care — Physical Therapy Treatment Note (Lakeshore Rehab, community provider)
            The Veteran received twenty-three (23) minutes of neuromuscular re-education (CPT 97112) and fifteen (15) minutes of gait training (CPT 97116) today. All neuromuscular re-education was delivered one-on-one by the undersigned physical therapist.
            Neuromuscular re-education: PNF rhythmic initiation for L hip flexion in standing; step-taps to a 4" step at a metronome beat; standing on the R w/ the L foot on a ball, rolling it forward and back under control.
            Gait training: hemi-walker → quad cane, 3 x 150 ft on level tile, SBA; cues for L hip and knee flexion in swing.
            Assessment: R MCA infarct (2024) w/ L LE ↓ hip flexor recruitment and swing timing; L toe catch 2 of 20 steps w/ the quad cane. 10MWT 0.72 m/s.
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 15)], []),

        // "Charges: 97110 @ 25 min · 97530 @ 15 min" against a 97110 line of 18: mismatch on 97110; 97530 15 matches; back-extension/suitcase-deadlift/anti-rotation doses and mineral-tub tasks with SBA; ranch goal, L extensor endurance deficit.
        ["v6-h16-keystone-at-sign-mismatch"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0350 — Greeley, CO
            Charges: 97110 @ 25 min · 97530 @ 15 min
            97110: back extensions on the 45° bench 3 x 10; suitcase deadlift 25 lb KB from a 12" box 3 x 8; half-kneel band anti-rotation holds 3 x 20 s each side
            97530: lifting a 25-lb mineral tub off the tailgate w/ a hip hinge x6; carrying it 50 ft to the fence line x2; setting tubs down into the feeder ring x6; SBA
            L LBP w/ lumbar extensor endurance deficit; goal: feed the cattle on his own this spring
            """,
            ["M54.50"], [PT("97110", 18), PT("97530", 15)], [At(Mismatch, "97110")]),

        // COTA 97530 "for ¾ hr" is 45 minutes and the line bills 45; laundry and bed-making tasks with distances, rests and SBA; living-alone laundry goal: passes.
        ["v6-h16-cota-three-quarter-hour"] = new(
            """
            VA CCN | COTA Daily Note (OTR co-sign) — Veteran, COPD on 2 L O2, L TKA last fall
            97530 therapeutic activity for ¾ hr: laundry — sorting and loading the washer from a rolling cart, moving wet clothes to the dryer, carrying the folded basket (8 lb) down the hall 3 x 40 ft w/ pursed-lip breathing; making the bed w/ a fitted sheet
            Goal: do his own laundry and bed linens at home (lives alone)
            SBA throughout; 2 seated rests; SpO2 stayed at or above 91%
            """,
            ["J44.9", "Z96.652"], [OTA("97530", 45)], []),

        // One timed code: the header's "1 hr session" belongs to 97530, billed 45: mismatch; backpack stairs, floor transitions, relay stops and playground ladder with counts, SBA → mod I; recess/PE goal complete.
        ["v6-h16-peds-one-hour-mismatch"] = new(
            """
            Sprout & Stride — Outpatient Peds · 1 hr session
            Zara, 11 y — R hip pinning 10 wk ago, cleared for full activity
            97530: stair climbing w/ a 10-lb backpack, 3 flights reciprocal; getting down to and up from the floor for circle time x5; relay races w/ quick stops x6; climbing the playground ladder and sliding x5
            Goal: full recess and PE participation
            SBA → mod I on stairs; needed 1 rail on flight 3
            """,
            ["Z47.89", "M25.651"], [PT("97530", 45)], [At(Mismatch, "97530")]),

        // Franchise tracker with both code minute fields «» empty and only "Total timed «38»": no minutes for each code (the total is neither's, so no mismatch); NMR (one-on-one, rocker/foam beam/hurdle perturbations, neuropathy, Berg) and TE complete.
        ["v6-h16-keystone-tracker-blank-total"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0462 — Savannah, GA
            Service delivery: «One-on-one»
            Timed code tracker
              97112 Neuromuscular re-ed ....... «» min
              97110 Therapeutic exercise ...... «» min
              Total timed «38»
            97112: rocker board A/P w/ EC 4 x 30 s; tandem on the foam beam w/ ball toss; side-stepping over 3 hurdles w/ pelvic perturbations
            97110: sit-to-stand 3 x 10; standing hip abd 3 lb 3 x 12; heel raises 3 x 15
            B ankle proprioception loss (diabetic neuropathy) w/ late ankle strategy; B hip abductor and calf weakness. Tandem on foam 11 s; Berg 47/56
            """,
            ["E11.42", "R26.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // Dictation "a 23-minute block of neuromuscular re-education … followed by a 15-minute block of gait training": both match, "the only patient I treated during it"; rhythmic stabilization, weighted rope heel-toe, grid stepping; rollator sidewalk loop with SBA; R ataxia; grid hits and SARA: passes.
        ["v6-h16-va-hyphen-minute-blocks"] = new(
            """
            VA CCN | PT Daily Note (dictated) — Veteran, Air Force, R cerebellar stroke
            I started with a 23-minute block of neuromuscular re-education; he was the only patient I treated during it. We did quadruped to tall-kneel rhythmic stabilization, heel-to-toe walking along a rope on the floor with 1-lb ankle weights, and stepping to called numbers on a floor grid. That was followed by a 15-minute block of gait training with his new rollator on the sidewalk loop and the curb cuts, 2 laps of about 400 ft, with stand-by assist and cues to keep the rollator close. He has R-sided ataxia with wide-based, lurching steps and overshoots targets with the R foot. Floor-grid hits with the R foot 16 of 20 (10 of 20 at IE); SARA 11.
            """,
            ["I69.393"], [PT("97112", 23), PT("97116", 15)], []),

        // Paediatric PT/OT co-treat: PT 97116 "20 min" matches; OT 97530 "25 min" against an OT line of 18: one mismatch, on the OT line; Up n' Go gait trainer with distances/min A and scissoring; supported-standing reach and switch tasks with mod A and k of 8; snack-time goal.
        ["v6-h16-peds-cotreat-ot-mismatch"] = new(
            """
            Sprout & Stride — PT/OT co-treat · Zoe, 5 y, spastic quadriplegic CP (GMFCS IV) — both therapists w/ Zoe only
            PT — 97116 — 20 min: Firefly Up n' Go gait trainer across the clinic and down the hall 3 x 60 ft; PT shifting weight at the pelvis; min A for the R step; scissoring ↓ w/ the hip abduction pad
            OT — 97530 — 25 min: in supported standing in the gait trainer — placing shapes in a sorter w/ the L hand, activating a switch toy w/ the R hand; self-feeding crackers w/ a built-up spoon at the tray; mod A for reach to the L; switch activations 5 of 8
            Goal: take part in snack time and circle time at preschool; ↓ trunk control and scissoring in standing
            """,
            ["G80.0"], [PT("97116", 20), OT("97530", 18)], [At(Mismatch, "97530")]),

        // VA "Time: 30 min (97112 + 97116 combined) — one-on-one throughout": one time for two codes, separate time missing (the 30 is neither's, so no mismatch); lunges onto foam, whistle stop-go, SLS with head turns; R hypofunction after acoustic neuroma; DGI; outdoor head-scanning gait with SBA.
        ["v6-h16-va-combined-time"] = new(
            """
            VA CCN | PT Daily Note
            Time: 30 min (97112 + 97116 combined) — one-on-one throughout
            NMR: forward lunges onto foam; stop-and-go walking to a whistle; SLS w/ horizontal head turns 4 x 20 s each
            GT: outdoor walking on grass, gravel and the parking lot w/ head scanning for cars, 2 x 300 ft, SBA
            R vestibular hypofunction after acoustic neuroma resection — veers R and slows on head turns; DGI 17/24
            """,
            ["H81.91", "Z86.011"], [PT("97112", 15), PT("97116", 15)], [SepTime]),

        // Franchise "Time (in minutes) — MT 10 · TE 20": unit-less numbers under a heading that names the unit, each after its abbreviation, both match; 1st MTP/talocrural mobs with grade/bouts; foot exercises with doses; R plantar heel pain with ↓ 1st MTP extension: passes.
        ["v6-h16-keystone-time-in-minutes-heading"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0256 — Overland Park, KS
            Time (in minutes) — MT 10 · TE 20
            MT: R 1st MTP dorsal glides gr III 3 x 30 s; talocrural posterior glides gr III 3 x 30 s; STM to the plantar fascia and medial calf
            TE: SL heel raises w/ a towel under the toes 3 x 12; short-foot holds 10 x 5 s; calf stretch on a slant board 3 x 30 s; marble pick-ups 2 x 20
            R plantar heel pain w/ ↓ 1st MTP extension (45°) and first-step pain in the morning
            """,
            ["M72.2"], [PT("97140", 10), PT("97110", 20)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // A form feed alone is an empty note: DOC_NOTE_MISSING on both profiled lines (97112, 97116) and nothing else.
        ["v7-h16-empty-form-feed"] = new(
            "\f",
            ["R26.81"], [PT("97112", 20), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // A lone carriage return is empty; an OT 97530 + 97110 visit with no diagnosis: missing on both lines plus the diagnosis check.
        ["v7-h16-empty-lone-cr-no-dx"] = new(
            "\r",
            [], [OT("97530", 25), OT("97110", 15)], [At(NoteMissing, "97530"), At(NoteMissing, "97110"), Dx]),

        // Em spaces only are empty; 97116 beside timed 97760 (no documentation profile): missing on 97116 only, no separate-time finding.
        ["v7-h16-empty-em-spaces-97760"] = new(
            "\u2003\u2003",
            ["G80.1"], [PT("97116", 15), PT("97760", 15)], [At(NoteMissing, "97116")]),

        // PTA 97116 whose only target is the functional goal (walk from the VA shuttle drop-off to the clinic entrance without sitting); rollator on the sidewalk with distances, a rest and SBA: passes.
        ["v7-h16-97116-shuttle-goal"] = new(
            """
            VA CCN | PTA Daily Note
            97116 — 15 min: gait trng w/ rollator on the clinic sidewalk and the bus-shelter route, 2 x 300 ft, 1 standing rest; SBA
            Goal: walk from the VA shuttle drop-off to the clinic entrance (about 350 ft) without sitting
            """,
            ["R26.89", "M62.81"], [PTA("97116", 15)], []),

        // Peds 97530 in the family minivan (climbing in through the sliding door, turning into the booster seat, reaching the buckle, climbing out backward), whose only measure is the assistance level (minimal assist in, stand-by assist out); booster-seat goal: passes.
        ["v7-h16-97530-minivan-assist-only"] = new(
            """
            Sprout & Stride — Outpatient Peds · session in the clinic parking lot w/ the family's minivan
            Theo, 7 y, spastic diplegia
            97530 — 20 min: climbing into the van through the sliding door (knee up onto the floor, pull up on the seat handle), turning and sitting back into his booster seat, reaching across for the buckle; climbing out backward to the pavement
            Goal: get into and out of his booster seat himself so mom doesn't have to lift him
            Minimal assist climbing in; stand-by assist climbing out
            """,
            ["G80.1"], [PT("97530", 20)], []),

        // Franchise 97140 "Technique: «— select —»" and "Hands-on to the L knee": no manual technique named; the L knee region and flexion/extension degrees are there, so only the technique fails.
        ["v7-h16-97140-hands-on-no-technique"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0119 — Mentor, OH
            97140 — «10» min
              Technique: «— select —»
              Hands-on to the L knee (anterior and medial). Flexion 102° → 108° after; extension −4°.
              s/p L TKA 5 wk
            """,
            ["Z96.652", "Z47.1"], [PT("97140", 10)], [At(Tech, "97140")]),

        // VA 97110 whose only target is a functional goal (carry a 35-lb ruck the full Bataan Memorial March route); vest step-ups, lunges, sled push, calf raises, carries with loads and sets: passes.
        ["v7-h16-97110-ruck-goal"] = new(
            """
            VA CCN | PT Daily Note — Veteran, 64, training for the Bataan Memorial Death March (honorary route)
            97110 — 23 min: weighted step-ups 12" w/ a 25-lb vest 3 x 10; walking lunges w/ 20 lb 3 x 20 ft; sled push 90 lb 4 x 40 ft; calf raises off a step w/ the vest 3 x 15; farmer carry 40 lb 3 x 100 ft
            Goal: carry a 35-lb ruck the full route in March
            """,
            ["M62.81"], [PT("97110", 23)], []),

        // Wholly generic VA 97112 ("participated in balance and coordination activities per SEOC. Tolerated session well. Continue with POC."): no technique, deficit, number or one-on-one.
        ["v7-h16-97112-generic-va"] = new(
            "VA CCN | PT Daily Note\n97112 x 20 min. Veteran participated in balance and coordination activities per SEOC. Tolerated session well. Continue with POC.",
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Paediatric 97530 "Worked on gross motor skills through fun, play-based activities. Great session! Will continue per plan.": no activity, goal or number — generic only.
        ["v7-h16-97530-generic-peds"] = new(
            "Sprout & Stride — Outpatient Peds\n97530 — 30 min. Worked on gross motor skills through fun, play-based activities. Great session! Will continue per plan.",
            ["R62.50"], [PT("97530", 30)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes: one week across the three clients

        // Franchise TKA: tracker 97110 «25» and 97140 «10» (both match); SAQ, TKE, step-ups/downs, wall sit with doses; patellar/tibiofemoral mobs with grade/bouts, STM; quad lag and flexion with a riding-mower goal: passes.
        ["vord-h16-keystone-tka-te-mt"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0119 — Mentor, OH
            Diagnosis focus: «L TKA» — post-op wk 7
            Timed code tracker
              97110 Therapeutic exercise ....... «25» min
              97140 Manual therapy ............. «10» min
            97110 — NuStep warm-up, then SAQ w/ 4 lb 3 x 12; standing TKE green band 3 x 15; forward step-ups 6" 3 x 10; lateral step-downs 4" 2 x 10; wall sit at 60° 3 x 30 s
            97140 — patellar glides sup/inf gr III 3 x 45 s; tibiofemoral posterior glides gr III–IV at 95° flexion 4 x 30 s; STM distal quad / ITB
            Clinician comments: L quad weakness (lag 4°), flexion stuck at 98°; wants to get back on his riding mower. Flexion 98° → 103° after MT.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 25), PT("97140", 10)], []),

        // Franchise cervical: 97140 «12» (lateral glides with grade/bouts, manual traction holds, suboccipital release, STM) and 97110 «15» (chin tucks, prone W's, rows, median sliders with doses); L C6 radiculopathy; rotation degrees and DNF seconds; "Tolerated well; continue POC" beside specifics: passes.
        ["vord-h16-keystone-cervical-mt-te"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0675 — Boise, ID
            97140 Manual therapy — «12» min: L C5–6 lateral glides gr III 3 x 30 s; manual cervical traction in supine, 5 x 20 s holds; suboccipital release; STM L upper trap / levator
            97110 Therapeutic exercise — «15» min: supine chin tucks 2 x 10 w/ 5 s hold; prone W's 2 x 12; band rows green 3 x 12; median nerve sliders 2 x 10
            Assessment: L C6 radiculopathy — tingling now only to the elbow; ↓ L cervical rotation and DNF endurance. Rotation L 55° → 62° after; DNF hold 18 s.
            Tolerated well; continue POC.
            """,
            ["M54.12"], [PT("97140", 12), PT("97110", 15)], []),

        // Franchise ankle: «One-on-one»; 97112 «15» (half-dome SLS with off-target passes, hop to foam and stick, clock reaches) and 97110 «15» (SL heel raises, band ev/inv, band walks, SL RDL with doses); tennis sprain with proprioceptive loss and evertor weakness; k of 6 and seconds: passes.
        ["vord-h16-keystone-ankle-nmr-te"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0801 — Fort Myers, FL
            Service delivery: «One-on-one»
            97112 — «15» min: SL stance on a half-dome w/ medicine-ball chest passes (PT throwing off-target); hop onto a foam pad and stick 3 x 6; clock reaches on the L 3 rounds
            97110 — «15» min: SL heel raises 3 x 12; band eversion/inversion red 3 x 15; lateral band walks 3 x 20 ft; SL RDL to a cone 3 x 8
            L ankle grade II inversion sprain 6 wk (tennis): ↓ L ankle proprioception, evertor weakness 4-/5
            Hops stuck 5/6; SL on the half-dome 25 s (11 s at IE)
            """,
            ["S93.402D"], [PT("97112", 15), PT("97110", 15)], []),

        // Franchise PTA after cuff repair: 97110 «23» with pulleys, wand, ER, rows, extension, serratus doses; ↓ elevation and ER strength with a top-shelf goal; AAROM degrees: passes.
        ["vord-h16-keystone-pta-rcr-te"] = new(
            """
            KPT eNote | PTA Daily Note | Clinic 0559 — Rock Hill, SC
            97110 — «23» min
              Pulleys flex/scaption 2 x 15; supine AAROM w/ wand 2 x 15; sidelying ER 1 lb 3 x 10; prone rows 2 lb 3 x 10; prone extension to neutral 2 x 10; supine serratus punch w/ 2 lb 3 x 12
              R RC repair (supraspinatus, 12 wk): ↓ R elevation (AAROM flex 142°) and ER strength 4-/5; can't reach the top kitchen shelf
              PTA note co-signed by the supervising PT.
            """,
            ["M75.121"], [PTA("97110", 23)], []),

        // Franchise hip arthroscopy: tracker 97110 «20» and 97140 «8» (both match); rock-backs, abduction, banded bridges, flexor stretch, mirror step-downs with doses; belt distraction and quadruped posterior glides with grade/bouts; glute med weakness and pinch; flexion degrees: passes.
        ["vord-h16-keystone-hip-scope-te-mt"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0930 — Plano, TX
            Timed code tracker: 97110 «20» min · 97140 «8» min
            97110: quadruped hip rock-backs 2 x 10; sidelying hip abd 3 x 12; bridges w/ band at the knees 3 x 12; half-kneel hip flexor stretch 3 x 30 s; step-downs 6" 2 x 10 w/ a mirror for valgus
            97140: long-axis distraction w/ a belt gr III 3 x 45 s; posterior glides in quadruped gr III 3 x 30 s
            R hip arthroscopy (labral repair + cam osteoplasty) 9 wk: R glute med weakness 4-/5, anterior pinch at end flexion; flexion 105°
            """,
            ["M24.151", "Z98.890"], [PT("97110", 20), PT("97140", 8)], []),

        // Franchise PD: «One-on-one»; 97112 «23» (cued step-outs, backward walking with pelvic pushes, counted box turns) and 97530 «15» (bed mobility, floor transfer, low-sofa rises with counts, SBA); backward stepping/freezing and a floor-recovery goal; pull-recovery steps: passes.
        ["vord-h16-keystone-pd-nmr-ta"] = new(
            """
            KPT eNote | Neuro Daily Note | Clinic 0907 — Kirkland, WA
            Service delivery: «One-on-one»
            97112 — «23» min: forward/backward/lateral step-outs to floor tape w/ a visual cue, then to cue words w/ EC; backward walking along the wall w/ a light pelvic push; turns through a 4-cone box counting steps aloud
            97530 — «15» min: rolling in bed and sitting up w/ a big arm reach x6; down to and up from the floor via half-kneel x3; standing from the low sofa w/ a nose-over-toes cue x8
            PD: small, slow backward steps and freezing at turns; goal: get up off the floor on his own after a fall
            Backward pull: 2 steps to recover (4 at IE); floor transfer SBA
            """,
            ["G20.A1"], [PT("97112", 23), PT("97530", 15)], []),

        // Franchise generic two-code note: tracker minutes (15, 10) match, but "therapeutic exercise per flowsheet", "manual therapy as indicated", "tolerated treatment well", "continue with plan of care" name no exercise, technique, target or number for either code.
        ["vord-h16-keystone-generic-te-mt"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0412 — Westerville, OH
            Timed code tracker: 97110 «15» min · 97140 «10» min
            Clinician comments: Pt performed therapeutic exercise per flowsheet. Manual therapy as indicated. Pt tolerated treatment well. Continue with plan of care.
            """,
            ["M25.561"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Complete franchise 97110 (leg press, sled drag, TKE, step-downs, wall sit with doses; R anterior knee pain with quad weakness on HHD) whose diagnosis is an ICD-9 code (719.46): not a well-formed ICD-10-CM code.
        ["vord-h16-keystone-icd9-dx"] = new(
            """
            KPT eNote | Daily Treatment Note | Clinic 0604 — Lakewood, CO
            97110 Therapeutic exercise — «22» min
              Leg press 60 lb 3 x 12; reverse sled drag 50 lb 4 x 60 ft; TKE w/ band 3 x 15; step-downs 6" 3 x 10; wall sit w/ ball squeeze 3 x 30 s
              Target: R anterior knee pain w/ quad weakness (HHD R 62% of L); can't do stairs reciprocally
            """,
            ["719.46"], [PT("97110", 22)], [Dx]),

        // Franchise PTA gait: «Rollator» → «Single-point cane» picks, level distances, parking-lot curb and ramp, SBA/CGA; R hip flexion contracture shortening stance; church goal: 97116 passes.
        ["vord-h16-keystone-pta-gait"] = new(
            """
            KPT eNote | PTA Daily Note | Clinic 0177 — Murfreesboro, TN
            97116 Gait training — «15» min
              Device: «Rollator» → «Single-point cane» trial
              Level surface in clinic 3 x 150 ft w/ the SPC, then the parking-lot curb and ramp x2 each; SBA on level, CGA on the curb step-down
              Cues for R heel strike and longer steps; R hip flexion contracture keeps the R stance short; goal: walk into church from the accessible parking spot w/ the cane
            """,
            ["M16.11"], [PTA("97116", 15)], []),

        // VA TKA: TE (97110) 20 and GT (97116) 15 by name (both match); bike, LAQ, curls, step-ups, mini-squats with doses; SPC level/ramp/grass with SBA; quad weakness and stiff-knee gait with a Little League umpiring goal: passes.
        ["vord-h16-va-tka-te-gt"] = new(
            """
            VA Community Care | CCN Region 1 (Optum) | Referral VA0033512876 | SEOC Outpatient PT
            S: Veteran (Navy Seabee) L TKA 8 wk; wants to get back to umpiring Little League this spring.
            O: TE (97110) 20 min — recumbent bike, then long-arc quads 5 lb 3 x 12; standing hamstring curls 3 lb 3 x 12; forward step-ups 8" 3 x 10; mini-squats at the counter 3 x 12
               GT (97116) 15 min — SPC on level 2 x 200 ft, then the clinic ramp and the uneven grass patch outside x3 each; SBA; cues for L knee flexion in swing
            A: L quad weakness 4/5 and stiff-knee gait (flexion 100°); stride more symmetric w/ cues.
            P: add stairs w/o a rail next visit.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 20), PT("97116", 15)], []),

        // VA lumbar: 97110 23 (prone extension, prone on elbows, marching bridges, quadruped rows, goblet squat with doses) and 97140 10 (central/unilateral PAs and rotation mobs with grade/bouts, STM); L5 radiculopathy centralizing; SLR degrees: passes.
        ["vord-h16-va-lbp-te-mt"] = new(
            """
            VA CCN | PT Daily Note — Veteran (Army, 20 yrs infantry, ruck marches)
            97110 — 23 min: repeated prone extension 3 x 10; prone on elbows 3 x 60 s; bridges w/ march 3 x 10; quadruped rows 5 lb 3 x 8; goblet squat 20 lb 3 x 10
            97140 — 10 min: L4–5 central and L unilateral PAs gr III 4 x 30 s; sidelying lumbar rotation mob gr III 3 x 30 s; STM L QL / erector spinae
            L L5 radiculopathy: leg pain centralizing to the buttock; ↓ lumbar extension; SLR L 55° (40° at IE)
            """,
            ["M54.16"], [PT("97110", 23), PT("97140", 10)], []),

        // VA vestibular: "Veteran seen individually (PT + Veteran, no other pt in the room)"; one timed 97112 20 after a cleared BPPV (95992 named, not billed): foam EC head turns, tandem head turns, quick-stop turns; vestibulospinal control with veering; FGA and foam seconds: passes.
        ["vord-h16-va-vestibular-nmr"] = new(
            """
            VA CCN | Vestibular partner — Bayview Balance & Dizziness
            97112 — 20 min — Veteran seen individually (PT + Veteran, no other pt in the room)
             L posterior-canal BPPV cleared 2 wk ago (95992 not billed today); residual imbalance:
             - standing on foam w/ EC and head turns 4 x 30 s; tandem walk w/ horizontal head turns 4 x 20 ft; 360° turns both directions w/ a quick stop
             ↓ vestibulospinal postural control w/ head movement; veers L on EC turns
             FGA 24/30 (20/30 at IE); foam EC w/ head turns 18 s
            """,
            ["H81.12"], [PT("97112", 20)], []),

        // VA TF amputee with a new microprocessor knee: 97116 20 (no AD on level, yielding-knee ramp descent, step-over-step stairs, SBA/CGA) and 97530 15 (floor-to-stand, bottled-water carry, truck-bed steps with counts, SBA); sound-side step and trunk lean; dog and grocery goal: passes.
        ["vord-h16-va-tf-gt-ta"] = new(
            """
            VA CCN | Amputee partner — Freedom Prosthetics & Rehab
            Veteran: R TF amputation (2007, IED); new microprocessor knee fit 3 wk ago
            97116 Gait training — 20 min: level hallway 4 x 150 ft w/ no AD; ramp descent w/ the yielding knee, 6 trips; stairs step-over-step descent w/ a rail, 2 flights; SBA on level, CGA on stairs
            97530 Therapeutic activity — 15 min: floor-to-stand w/ the prosthesis x4; carrying a 24-pack of bottled water 40 ft x3; stepping into and out of the truck-bed mock-up x5, SBA
            R TF: short sound-side step and lateral trunk lean over the prosthesis; goal: walk his dog and load groceries into the truck
            """,
            ["Z89.611"], [PT("97116", 20), PT("97530", 15)], []),

        // VA OT intersection syndrome: 97140 10 (cross-friction in bouts where the thumb extensors cross the radial wrist extensors, retrograde massage, radiocarpal distraction with grade/bouts) and 97110 15 (wrist-extensor isometrics, eccentric extension, hammer pronation/supination, putty with doses); squeaking dorsal-forearm pain and pain-free grip kg: passes.
        ["vord-h16-va-ot-intersection-syndrome"] = new(
            """
            VA CCN | OT Daily Note — Veteran, machinist, rows on the river on weekends
            97140 — 10 min: cross-friction over the R dorsal forearm where APL/EPB cross ECRL/ECRB, 3 bouts x 60 s; retrograde massage forearm → elbow; radiocarpal distraction gr II 3 x 30 s
            97110 — 15 min: wrist-extension isometrics at 50% 10 x 5 s; eccentric wrist extension w/ 1 lb 2 x 12; pronation/supination w/ a hammer 2 x 10; putty grip 2 x 15
            R intersection syndrome: swelling and crepitus ("squeaks") 5 cm above the wrist w/ resisted extension; pain-free grip R 18 kg (L 34 kg)
            """,
            ["M70.831"], [OT("97140", 10), OT("97110", 15)], []),

        // Complete VA 97112 (counter weight shifts EC, cadence step taps, semi-tandem on a bath mat, fixed-feet reaches; B12 neuropathy with visual reliance; EC seconds and taps in 15 s) that never says one-on-one.
        ["vord-h16-va-neuropathy-unstated"] = new(
            """
            VA CCN | PT Daily Note — Veteran, Korean War era, 91 yo
            97112 NMR 20 min: lateral weight shifts at the counter w/ EC; step taps to a 4" step at a set cadence; semi-tandem on a folded bath mat; standing reach to the top shelf w/ feet fixed
            Peripheral neuropathy (B12 deficiency): ↓ plantar sensation and vibration at the ankles → relies on vision, late ankle strategy
            Semi-tandem on the mat EC 8 s (3 s at IE); step taps 14 in 15 s
            """,
            ["G62.9", "E53.8"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Complete VA 97110 (knee extension, hip abduction, wall squats, step-ups, calf raises with doses; R knee OA with quad weakness and a bleachers goal) whose diagnosis column holds free text "R knee OA": not an ICD-10-CM code.
        ["vord-h16-va-free-text-dx"] = new(
            """
            VA CCN | PT Daily Note
            97110 — 20 min: seated knee ext 5 lb 3 x 12; standing hip abd 3 lb 3 x 12; wall squats 3 x 10; step-ups 6" 3 x 10; calf raises 3 x 15
            R knee OA: quad weakness 4-/5, pain on stairs; goal: climb the bleachers at his grandson's ball games
            """,
            ["R knee OA"], [PT("97110", 20)], [Dx]),

        // One timed code: "Gait trng 25 min" against a 15-min 97116 line is a mismatch; FWW → SPC hallway distances with SBA, curb with CGA, cues; L antalgic gait after hemiarthroplasty with a parking-garage goal: otherwise complete.
        ["vord-h16-va-gait-mismatch"] = new(
            """
            VA CCN | PT Daily Note — Veteran, L hip hemiarthroplasty 6 wk
            97116 Gait trng 25 min: FWW → SPC trial in the hall 3 x 100 ft, SBA; curb up/down x4 w/ CGA; cues to keep the SPC in the R hand and to even out step length
            L antalgic gait w/ ↓ L stance time; goal: walk from the parking garage to the clinic building
            """,
            ["S72.002D", "Z96.642"], [PT("97116", 15)], [At(Mismatch, "97116")]),

        // VA COTA: 97530 23 quesadilla stovetop task with the walker tray carry; L UE weakness and L inattention with a make-lunch goal; Min A → CGA and cue count: passes.
        ["vord-h16-va-cota-kitchen"] = new(
            """
            VA CCN | COTA Daily Note (supervising OTR: M. Haines) — Veteran, R CVA w/ L hemiparesis
            97530 — 23 min: making a quesadilla at the stovetop — getting the skillet from the low cabinet, grating cheese w/ the L hand stabilizing the grater, flipping w/ a spatula, carrying the plate to the table on the walker tray; wiped the counters after
            Problem: L UE weak and clumsy (assists only as a stabilizer), L inattention on the counter; goal: make his own lunch while his wife is at work
            Min A → CGA for the carry; 2 verbal cues to scan L for the cheese
            """,
            ["I69.354"], [OTA("97530", 23)], []),

        // VA mTBI and neck: 97112 23 "one-on-one, PT only" (saccades on foam, head-turn walking with ball bounce, laser relocation) and 97110 15 (DNF nods, prone Y/T, rows, thoracic extension with doses); gaze stability, cervical proprioception, DNF weakness; JPE and DNF seconds: passes.
        ["vord-h16-va-mtbi-nmr-te"] = new(
            """
            VA CCN | PT Daily Note — Veteran, Marine, blast mTBI + cervicogenic HA
            97112 NMR — 23 min — one-on-one, PT only: saccades between two letters on the wall while standing on foam 3 x 30 s; head-turn walking w/ a ball bounce; cervical relocation to a laser target 3 x 10
            97110 TE — 15 min: DNF nods 10 x 10 s; prone Y/T 2 lb 3 x 10; band rows 3 x 15; thoracic extension over a foam roll 2 x 10
            ↓ gaze stability and cervical proprioception (JPE 6.1°); DNF weakness; goal: drive I-95 w/o head turns setting off dizziness
            JPE 4.2° after; DNF endurance 22 s
            """,
            ["S06.0X1S", "M54.2"], [PT("97112", 23), PT("97110", 15)], []),

        // Peds diplegic CP: "Individual session — Mason and his PT"; NMR 25 (half-kneel rises, platform step-offs, rocker-board catches) and GT 15 (gym distances, curb and grassy slope with CGA, heel-first cues); crouch/toe walking and anticipatory control; k of 10 and heel-first k of 20: passes.
        ["vord-h16-peds-cp-nmr-gt"] = new(
            """
            Sprout & Stride — Outpatient Peds PT · Mason, 6 y, spastic diplegia (GMFCS II)
            Individual session — Mason and his PT; dad waited in the lobby
            97112 NMR 25 min: half-kneel to stand on each side w/ a toy reach; stepping onto a 4" platform and off w/o hands; standing on the rocker board catching a beach ball from different directions
            97116 GT 15 min: walking in the gym 4 x 80 ft, then a curb and the grassy slope outside x3; CGA on the slope; cues for heel-first contact
            Deficits: crouch w/ toe walking R > L; ↓ anticipatory postural control when catching
            Rocker-board catches w/o stepping off 7/10; heel-first contacts 12/20 steps
            """,
            ["G80.1"], [PT("97112", 25), PT("97116", 15)], []),

        // Peds Sever's: 97110 20 (gastroc/soleus stretches, eccentric heel drops, toe/heel walking, hamstring stretch, SL bridges with doses); calcaneal apophysis pain with tight heel cords; DF degrees: passes.
        ["vord-h16-peds-sever-97110"] = new(
            """
            Sprout & Stride — Outpatient Peds · Elijah, 11 y, club soccer
            97110 — 20 min: gastroc and soleus wall stretches 3 x 30 s each; eccentric heel drops off a step 2 x 12; toe walking and heel walking 3 x 30 ft; hamstring stretch w/ a strap 3 x 30 s; SL bridges 2 x 10
            Target: B heel pain at the calcaneal apophysis (Sever's) w/ tight heel cords — DF w/ knee straight R 4°, L 6°
            """,
            ["M79.671", "M79.672"], [PT("97110", 20)], []),

        // Peds OT pre-K: 97530 30 (dressing board, own coat, lunchbox/yogurt/pouch, backpack) toward an IEP get-ready-for-the-bus goal; buttons k of 4, hand-over-hand then independent, k of 5: passes.
        ["vord-h16-peds-ot-fasteners"] = new(
            """
            Sprout & Stride — Outpatient Peds OT · Harper, 5 y, pre-K
            97530 — 30 min: snaps and buttons on a dressing board, then on her own coat; opening a lunchbox, a yogurt tube and a juice-pouch straw; putting on and zipping her backpack
            Goal (IEP team): get ready for the bus by herself at dismissal
            Buttons 3/4 w/o help; zipper started w/ hand-over-hand x2, then independently x1; lunchbox items 4/5
            """,
            ["R27.8"], [OT("97530", 30)], []),

        // EI toddler with Down syndrome: "individual visit (PT + Mia, mom and grandma coached)"; 97530 30 couch climbing/sliding off, porch steps creeping and scooting, squat-to-stand; IFSP couch-and-porch outcome; low tone and fear on turning; k of 6 and CGA: passes.
        ["vord-h16-ei-couch-and-porch"] = new(
            """
            Sprout & Stride — EI Home Visit · PT · individual visit (PT + Mia; mom and grandma coached)
            IFSP outcome #4: Mia will climb up on the couch and down the 3 porch steps to play outside.
            97530 — 30 min: climbing onto the couch knee-up, sliding off feet-first on her tummy x6; porch steps up by creeping, down by scooting on her bottom x4; squat-to-stand to pick up the bubble wand x10
            Mia (22 mo, Down syndrome): low tone, hypermobile knees, fearful when turning to go down
            Couch climb independent 4/6 (0/6 last month); steps down w/ mom's hand on her back (CGA) 4/4
            """,
            ["Q90.9"], [PT("97530", 30)], []),

        // Peds DCD: "one-on-one w/ PT"; 97112 20 (beam catches, metronome jumping-jack sequencing, wobble-board throws) and 97530 15 (bike starts/stops/steering around cones, helmet); motor planning/timing and dynamic balance with a bike goal; k of 10, k of 5, SBA: passes.
        ["vord-h16-peds-dcd-nmr-ta"] = new(
            """
            Sprout & Stride — Outpatient Peds · Noah, 9 y, DCD — one-on-one w/ PT
            97112 — 20 min: walking the balance beam while catching bean bags; jumping jacks → split jacks in time w/ a metronome; standing on a wobble board throwing at a target
            97530 — 15 min: riding a bike w/o training wheels in the parking lot (starts, stops, steering around 4 cones); putting on and buckling his helmet
            Deficits: motor planning and timing (can't coordinate arms and legs in jumping jacks), ↓ dynamic balance; goal: ride his bike w/ his brother
            Jumping jacks in time 8/10 (3/10 at IE); bike start w/o help 3/5, SBA around the cones
            """,
            ["R27.8"], [PT("97112", 20), PT("97530", 15)], []),

        // Complete paediatric 97116 (new AFOs on gym floor, ramp, gravel, hurdles; toe-first contact counts, SBA) sent with no diagnosis.
        ["vord-h16-peds-no-dx"] = new(
            """
            Sprout & Stride — Outpatient Peds · Ruby, 4 y, idiopathic toe walker, new B solid AFOs
            97116 — 15 min: walking in the new AFOs on the gym floor, the ramp and the gravel path 4 x 60 ft; stepping over a series of 2" hurdles; heel-first cues
            Toe-first contact in AFOs 3/20 steps (17/20 barefoot); SBA
            """,
            [], [PT("97116", 15)], [Dx]),

        // Peds OT "OT session 40 min (ther ex + ther act)" and no minutes by code: separate time missing (no mismatch — the 40 is neither's); R wrist/forearm exercises with doses; bimanual lunch tasks with k of 8; R hemiplegic CP.
        ["vord-h16-peds-ot-total-only"] = new(
            """
            Sprout & Stride — Outpatient Peds OT · Liam, 7 y, R hemiplegic CP
            OT session 40 min (ther ex + ther act)
            Ther ex: R wrist extension w/ 1 lb 2 x 15; forearm supination w/ a hammer 2 x 10; theraputty rolls and pinches 3 x 10 — R wrist/forearm weakness
            Ther act: cutting a paper plate w/ loop scissors while the R hand holds it; opening his thermos and snack bags; carrying his lunch tray w/ both hands
            Goal: use both hands at lunch in the cafeteria; R hand assisted in 6 of 8 tasks
            """,
            ["G80.2"], [OT("97110", 20), OT("97530", 20)], [SepTime]),

        // Franchise OT hand: 97110 «18» after a sagittal band repair, in the relative-motion orthosis (MCP flexion/extension, blocked IP flexion, composite fist, putty with doses); extensor lag and limited MCP flexion with degrees: passes.
        ["vord-h16-keystone-ot-sagittal-band"] = new(
            """
            KPT eNote | OT Hand Daily Note | Clinic 0233 — Cary, NC
            97110 — «18» min
              In the relative-motion extension orthosis: active MCP flexion/extension of the long finger 2 x 10; blocked IP flexion 2 x 10; composite fist and full extension 2 x 10; tabletop → hook fist 2 x 10; light putty rolls 2 x 10
              R long-finger sagittal band repair 8 wk (punched a heavy bag): extensor tendon subluxes ulnarly w/ fist at IE; now centred but MCP stiff
              MCP flexion 62° (48° last wk); MCP extensor lag 10°
            """,
            ["S66.392D"], [OT("97110", 18)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
