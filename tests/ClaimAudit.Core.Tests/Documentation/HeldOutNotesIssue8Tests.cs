using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// Held-out notes for issue 8 (false positives of the documentation review), written before the
/// note analyzer was changed and without reading the analyzer, its vocabulary or its unit tests.
/// Each note is written the way clinicians write in an EMR (SOAP, flowsheet lines, code-by-code
/// layouts, bracketed codes, checkbox templates, terse one-liners, long generic notes) and its
/// DOC_* findings were judged by hand as a payer reviewer applying PRODUCT.md section 5:
/// <list type="bullet">
/// <item>class 9 (c9-…): minutes written next to a CPT code, before or after its description, belong
/// to that code whether or not the vocabulary knows it; a code billed by a PT and an OT is compared
/// per discipline;</item>
/// <item>class 10 (c10-…): a deficit stated as a condition or impairment counts as the deficit, and a
/// note that names none still fails;</item>
/// <item>class 11 (c11-…): in a visit with one timed code, minutes stated without a code belong to it;
/// in a visit with two or more timed codes they are not assigned to any;</item>
/// <item>ordinary (ord-…): good notes that must raise nothing and weak ones that must.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, every
/// line attested one-on-one, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part); only DOC_* findings are compared, as "RULE@code" per line and "RULE" per visit.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> %, so a single case a future analyzer reads differently
/// does not make the suite permanently red, while a regression across a class does.
/// </para>
/// <para>
/// Before: 22 of 38 cases agree (first and only run before the analyzer change, at commit d9aa031
/// on branch heldout; 35 needed). Disagreeing then — class 9: c9-code-by-code-colon,
/// c9-bracket-iontophoresis-97033, c9-minutes-before-code-97035, c9-orthotic-97760-ot,
/// c9-pt-ot-same-code-match, c9-pt-ot-same-code-mismatch, c9-section-time-label (7 of 11); class 10:
/// c10-reciprocal-coordination, c10-pusher-syndrome, c10-parkinson-freezing,
/// c10-concussion-visual-motion (4 of 9); class 11: c11-rhythmic-stab-35-vs-25,
/// c11-uncoded-mismatch-97110 (2 of 7); ordinary: ord-97112-no-one-on-one, ord-97116-no-measure,
/// ord-checkbox-two-codes (3 of 11). No case or expectation was changed after that run.
/// </para>
/// </summary>
public class HeldOutNotesIssue8Tests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 90;

    private sealed record Issue8Case(string Note, string[] Diagnoses, CaseLine[] Lines, string[] Expected);

    private static readonly Dictionary<string, Issue8Case> Cases = new()
    {
        // ---------------------------------------------------------------- class 9: minutes by code

        // The issue's layout: "code: description, N min" per line; both codes fully documented and both minutes match.
        ["c9-code-by-code-colon"] = new(
            """
            97140: STM to L upper trapezius and levator scapulae, suboccipital release, grade III C5-6 R unilateral PA mobs for cervical hypomobility, 10 min. Cervical rot L 58° → 66°.
            97530: sit-to-stand training from 17" chair w/o UE 3x8, overhead reach/lift 2# to shelf x10 for return to home tasks, 12 min. 5xSTS 13.9 s.
            """,
            ["M54.2", "M62.81"], [PT("97140", 10), PT("97530", 12)], []),

        // "Iontophoresis (97033) 12 minutes": a code the reviewer knows even if the vocabulary does not; 97110 fully documented; both times match.
        ["c9-bracket-iontophoresis-97033"] = new(
            """
            S: R lateral elbow pain 5/10 w/ gripping, improving.
            O: Iontophoresis (97033) 12 minutes: dexamethasone 4 mg/mL, 40 mA-min, to R lateral epicondyle.
            Therapeutic exercise (97110) 20 minutes: wrist extensor eccentrics 2# 3x15, FlexBar twists red 3x10, supinator/pronator strengthening 3# 2x15 for R wrist extensor weakness and grip deficit. Grip R 24 kg (19 kg at IE), L 38 kg.
            A: Tolerating loading w/o flare.
            P: Progress eccentric load next visit.
            """,
            ["M77.11"], [PT("97033", 12), PT("97110", 20)], []),

        // Minutes before the code on each line ("8 min 97035 - …"); "25 min" opens the 97110 line, it is not the ultrasound's.
        ["c9-minutes-before-code-97035"] = new(
            """
            8 min 97035 - ultrasound 1 MHz, 1.2 W/cm2, 20% pulsed, to L patellar tendon.
            25 min 97110 - decline squats on 25° board 3x10 w/ 10# vest, Spanish squat isometrics 5x45s, leg press 70# 3x12 for L quad/patellar tendon load tolerance. VISA-P 58 (44 at IE).
            Pt performed all with good form.
            """,
            ["M76.52"], [PT("97035", 8), PT("97110", 25)], []),

        // OT visit with orthotic management "(97760) – 18 min" and ther ex "(97110) – 15 min": both timed codes have their minutes, 97110 is complete.
        ["c9-orthotic-97760-ot"] = new(
            """
            OT tx note.
            Orthotic mgmt/training (97760) – 18 min: fabricated R hand-based thumb spica orthosis (thermoplastic), fit checked for pressure areas, pt trained in don/doff and wear schedule (night + heavy tasks); pt return-demonstrated don/doff indep.
            Ther ex (97110) – 15 min: thenar isometrics 10x5s hold, putty pinch (yellow) 2x10, web-space stretch 3x30s for R CMC joint pain and pinch weakness. Lateral pinch R 3.5 kg (L 6 kg).
            """,
            ["M18.11"], [OT("97760", 18), OT("97110", 15)], []),

        // True positive: code-by-code, the note gives 8 min of manual therapy but the 97140 line bills 15; 97110's 25 matches.
        ["c9-code-by-code-mismatch"] = new(
            """
            97140 — 8 min — GH inferior and posterior glides grade III-IV, scapular mobs in SL, for R shoulder capsular restriction. Flex 128° (118° pre).
            97110 — 25 min — pulley flex/scaption 2x15, wand ER 3x10 5s hold, sleeper stretch 3x30s, rows GTB 3x15 for R shoulder ROM/scapular strength.
            """,
            ["M75.01"], [PT("97140", 15), PT("97110", 25)], [At(Mismatch, "97140")]),

        // True positive: 97112 has "(20 min)" by its code, the 97110 section has no minutes at all: two timed codes, not both timed.
        ["c9-code-missing-minutes"] = new(
            """
            97112 (20 min): PNF D1 flex/ext L LE in sidelying w/ manual resistance, weight-shift onto L LE in stride stance w/ tactile cues at pelvis, step-up/over 4" obstacle, for impaired L LE motor control and delayed weight acceptance. TUG 17.8 s (21.2 s prior). Constant 1:1.
            97110: L hip abd SL 3x10, bridges 3x12, LAQ 2# 3x10 for L hip/quad weakness (hip abd 3+/5).
            """,
            ["I69.354"], [PT("97112", 20), PT("97110", 10)], [SepTime]),

        // Co-treatment: 97530 billed by PT (15) and OT (20); the note's 97530 minutes match each discipline (not the 35 sum); 97110 matches.
        ["c9-pt-ot-same-code-match"] = new(
            """
            Co-treatment note.
            PT (L. Ortiz, DPT): 97110 x 10 min – R hip/knee strengthening: bridges 2x12, mini squats 2x10, for R LE weakness (R knee ext 4-/5). 97530 x 15 min – transfer training bed<>w/c and toilet transfers w/ stand-pivot, min A → CGA, 3 reps each, for safe d/c home.
            OT (R. Kim, OTR/L): 97530 x 20 min – standing ADL retraining at sink: grooming and UB dressing in standing, reaching to R side for items, CGA, 2 trials, to improve independence with self-care.
            """,
            ["I69.351"], [PT("97110", 10), PT("97530", 15), OT("97530", 20)], []),

        // True positive per discipline: PT 97530 says 15 (line 15, fine), OT 97530 says 30 but the OT line bills 20: one mismatch, on the OT line only.
        ["c9-pt-ot-same-code-mismatch"] = new(
            """
            PT – 97116 Gait training 12 min: amb 150 ft x2 w/ RW, CGA, VC for step length and heel strike, for decreased L step length post THA.
            PT – 97530 Ther activities 15 min: car transfer simulation and curb step up/down w/ RW 4", min A → CGA, 5 reps, to return to community outings.
            OT – 97530 Ther activities 30 min: toilet and tub-bench transfers w/ hip-kit, LB dressing w/ reacher and sock aid per hip precautions, SBA, 2 trials each, for independence in self-care at home.
            """,
            ["Z96.642", "Z47.1"], [PT("97116", 12), PT("97530", 15), OT("97530", 20)], [At(Mismatch, "97530")]),

        // EMR flowsheet table "code | service | time | detail": minutes in the code's row; both codes complete.
        ["c9-pipe-flowsheet"] = new(
            """
            CPT   | Service       | Time   | Detail
            97110 | Ther ex       | 12 min | quad sets 2x15, heel slides 2x15, SAQ 2# 2x12, for R knee ext lag and quad weakness; R knee AROM 4-104°
            97116 | Gait training | 18 min | amb 250 ft x2 w/ RW → SPC trial 100 ft, SBA, cues for heel-toe pattern and knee ext at IC; decreased R stance time
            """,
            ["Z96.651"], [PT("97110", 12), PT("97116", 18)], []),

        // True positive: ultrasound is named with its code "(97035)" but no minutes; a second timed code without its own time.
        ["c9-bracketed-code-no-minutes"] = new(
            """
            Ther ex (97110) 20 min: scapular retraction w/ RTB 3x15, sidelying ER 2# 3x12, wall slides 2x10, for R rotator cuff weakness and scapular dyskinesis. ER strength R 4-/5.
            Ultrasound (97035) to R supraspinatus tendon, 3 MHz, 1.0 W/cm2, continuous.
            """,
            ["M75.41"], [PT("97110", 20), PT("97035", 8)], [SepTime]),

        // "[code] title … Time: N min" sections: each "Time:" closes its own section (22 is 97112's, not 97110's that follows).
        ["c9-section-time-label"] = new(
            """
            [97112] Neuromuscular re-education
            Rhythmic stabilization in tall kneeling, alternating isometrics at pelvis, stepping strategy drills w/ external perturbation, for impaired postural control and ataxia of trunk (MS). 1:1 w/ PT throughout.
            Mini-BESTest 18/28.
            Time: 22 min

            [97110] Therapeutic exercise
            Seated hip flexion 2x10, standing hip abd 2x10 w/ UE support, heel raises 2x15 for B hip flexor/abductor weakness (hip flex 4-/5 B).
            Time: 13 min
            """,
            ["G35"], [PT("97112", 22), PT("97110", 13)], []),

        // ---------------------------------------------------------------- class 10: deficit as a condition

        // "for BPPV-related imbalance" names the (vestibular) condition targeted; technique, DGI, 1:1 and time all there.
        ["c10-bppv-imbalance"] = new(
            "NMR 97112 x 20 min, 1:1: gaze stabilization x1 viewing horiz/vert 3x1 min, standing on foam EO/EC w/ head turns, walking w/ head turns 4x50 ft, "
            + "for BPPV-related imbalance (R posterior canal, s/p CRM last visit). DGI 19/24 (15/24 IE). Motion sensitivity quotient 8.",
            ["H81.11"], [PT("97112", 20)], []),

        // "to address impaired reciprocal coordination" is the impairment targeted (timing/sequencing); PNF named, foot-tap test, 1:1.
        ["c10-reciprocal-coordination"] = new(
            "Neuro re-ed 25 min 1:1 PT/pt. PNF alternating D1 flex/ext LE patterns w/ rhythmic initiation, reciprocal stepping on NuStep paced by metronome 80 bpm, "
            + "alternating step-taps to cones, to address impaired reciprocal coordination L>R. Foot-tap test L 9 taps/10 s (6 at IE).",
            ["I69.354"], [PT("97112", 25)], []),

        // "decreased kinesthetic awareness of the L knee" is a proprioceptive deficit in other words; JPS and Y-balance numbers.
        ["c10-kinesthetic-awareness-knee"] = new(
            "NMR x 18 min (1:1): closed-chain joint repositioning drills EC at 30° and 60° knee flexion, SL stance on Airex w/ ball toss 3x30 s, "
            + "lateral hop-and-stick 2x8, for decreased kinesthetic awareness of the L knee 14 wk s/p ACLR. JPS error L 6° (9° 2 wk ago), "
            + "Y-balance ant reach L 58 cm / R 64 cm.",
            ["S83.512D"], [PT("97112", 18)], []),

        // SOAP; the deficit is the syndrome: "contraversive pushing (pusher syndrome)"; SCP score; one-on-one.
        ["c10-pusher-syndrome"] = new(
            """
            S: Pt fatigued but engaged.
            O: NMR 30 min one-on-one: visual vertical feedback w/ mirror and door frame, weight-shift to R in sitting/standing w/ R hand reaching to targets, sit<>stand w/ R lateral weight bias, for contraversive pushing (pusher syndrome) after R MCA CVA. SCP 3.25 (4.5 at IE); sitting unsupported 60 s w/ SBA.
            A: Less pushing in sitting; still needs mod A in standing.
            P: Add lateral stepping to R.
            """,
            ["I69.354"], [PT("97112", 30)], []),

        // "diabetic peripheral neuropathy w/ absent protective sensation" names the somatosensory deficit; monofilament and mCTSIB numbers.
        ["c10-neuropathy-sensation"] = new(
            "97112 NMR 23 min 1:1. Standing on textured mats and foam EO→EC 4x30 s, tandem stance in corner, heel-toe walking on varied surfaces w/ visual cue fading, "
            + "for diabetic peripheral neuropathy w/ absent protective sensation B feet. Monofilament 5.07 absent 6/10 sites B; mCTSIB cond 4 12 s.",
            ["E11.42"], [PT("97112", 23)], []),

        // Parkinson's: "for freezing of gait and bradykinesia" are the motor impairments targeted; LSVT BIG and cueing named; FOG count and TUG.
        ["c10-parkinson-freezing"] = new(
            "Neuromuscular re-ed 30 min (1:1). LSVT BIG-style large-amplitude stepping and reaching, external auditory cueing w/ metronome 96 bpm for gait initiation, "
            + "turning 180° with visual floor targets, for freezing of gait and bradykinesia. FOG episodes 2 in 10 turns (5/10 last wk); TUG 13.4 s.",
            ["G20.A1"], [PT("97112", 30)], []),

        // Post-concussion "visual motion sensitivity" is the condition targeted; optokinetic/saccade work; VOMS and NPC.
        ["c10-concussion-visual-motion"] = new(
            "NMR (25 min, 1:1): optokinetic stimulus video in standing 3x1 min, saccade and smooth-pursuit drills w/ target cards, standing on foam w/ busy background, "
            + "for post-concussive visual motion sensitivity. VOMS total symptom score 14 (22 last wk); NPC 7 cm.",
            ["F07.81"], [PT("97112", 25)], []),

        // True positive: techniques, Berg and 1:1 are there, but nothing says what deficit or system the work targets.
        ["c10-no-deficit-named"] = new(
            "NMR 15 min 1:1: PNF D1/D2 LE patterns w/ manual resistance 2x10 ea, tandem stance on foam 3x30 s, rocker board A/P 2x1 min. Berg 50/56.",
            ["R26.81"], [PT("97112", 15)], [At(Deficit, "97112")]),

        // True positive: a sports goal and knee pain are not a neuromuscular deficit or system; techniques, Y-balance, 1:1 fine.
        ["c10-goal-and-pain-only"] = new(
            "Neuro re-ed x 20 min, 1:1 with therapist: SLS on BOSU 3x30 s, lateral step-downs 6\" 2x10 w/ mirror feedback, cone taps in SLS 2x8, "
            + "to get back to pickleball. Pt reports L knee pain 4/10 w/ stairs. Y-balance ant reach L 61 cm.",
            ["M25.562"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 11: uncoded minutes

        // The issue's case: one timed code (97112, 25 min) and "Rhythmic stabilization x 35 min" — the note's time is 35: mismatch.
        ["c11-rhythmic-stab-35-vs-25"] = new(
            "Rhythmic stabilization x 35 min in quadruped and half-kneeling, alternating isometrics at trunk, dead-bug w/ pressure biofeedback 40 mmHg, "
            + "for impaired lumbopelvic motor control. Pressure biofeedback held 40±2 mmHg x 8 reps (5 reps last visit). Seen 1:1.",
            ["M51.36"], [PT("97112", 25)], [At(Mismatch, "97112")]),

        // One timed code, "Pt seen 30 min" with no code or service name: it is 97112's time and it matches the 30-min line.
        ["c11-uncoded-match-97112"] = new(
            "Pt seen 30 min, one-on-one. Perturbation training in stride stance (A/P, lateral), reactive stepping to R, Airex tandem stance EO/EC, "
            + "for delayed postural reactions following L CVA w/ R hemiparesis. Recovered w/o LOB 7/10 (4/10 last visit). Berg 46/56.",
            ["I69.351"], [PT("97112", 30)], []),

        // True positive: one timed code (97110, 20 min) and "Strengthening program x 30 min": the note's time differs.
        ["c11-uncoded-mismatch-97110"] = new(
            "Strengthening program x 30 min: leg press 50# 3x12, step-ups 6\" 2x10, TKE w/ blue band 3x15, SLR 2# 3x10 for R quad weakness limiting stairs. "
            + "R quad 4-/5; 30s chair stand 9 reps.",
            ["M17.11"], [PT("97110", 20)], [At(Mismatch, "97110")]),

        // One timed code (97116, 15), "Tx time 15 min" uncoded: matches; gait note complete (RW, cues, antalgic gait, distance, assist, gait speed).
        ["c11-uncoded-match-97116"] = new(
            "Tx time 15 min. Amb w/ RW 2x120 ft on tile and carpet, CGA → SBA, cues for sequencing RW-R-L and upright trunk, "
            + "for antalgic gait and decreased R stance time s/p R hip ORIF. Gait speed 0.48 m/s.",
            ["S72.001D"], [PT("97116", 15)], []),

        // Two timed codes and only "Pt seen x 40 min": separate time is missing, and the 40 must not be read as either code's time (no mismatch).
        ["c11-two-codes-uncoded-total"] = new(
            "Pt seen x 40 min. Manual: L4-5 central PA mobs grade III, STM to B lumbar paraspinals for lumbar hypomobility and muscle guarding. "
            + "Ther act: lifting mechanics w/ 10# crate floor-to-waist 3x5 w/ hip hinge cues, carrying 20# 2x50 ft, for return to warehouse duties. "
            + "Lumbar flexion limited 50% (75% limited prior).",
            ["M54.50"], [PT("97140", 20), PT("97530", 20)], [SepTime]),

        // Two timed codes with their own minutes plus uncoded totals (38 timed, 45 total): the totals belong to neither code; nothing fires.
        ["c11-two-codes-coded-plus-totals"] = new(
            """
            NMR 23 min: tandem walk on foam beam, perturbations in SLS, dual-task stepping (cognitive counting), for impaired anticipatory postural control. Four Square Step Test 12.6 s.
            TE 15 min: sit-to-stand 3x10, heel raises 3x15, hip abd standing RTB 2x15 for B hip/ankle weakness.
            Total timed: 38 min. Total tx time: 45 min (incl. vitals and HEP review). All timed services 1:1.
            """,
            ["R26.81"], [PT("97112", 23), PT("97110", 15)], []),

        // One timed code (97112, 20) beside untimed G0283: "G0283 … x 15 min" is G0283's; the uncoded "20 min" session is 97112's and matches.
        ["c11-g0283-beside-uncoded-nmr"] = new(
            """
            G0283 unattended IFC to lumbar paraspinals x 15 min, pt in hooklying w/ moist heat.
            Then 20 min therapist-directed 1:1: perturbation training on rocker board A/P and lateral, tandem stance on foam EC 3x20 s, for impaired proprioception/postural control of B LE w/ neurogenic claudication. Tandem EC 14 s best; Berg 49/56.
            """,
            ["M48.062"], [PT("G0283", 15), PT("97112", 20)], []),

        // ---------------------------------------------------------------- ordinary notes

        // Good 97110: coded 30 min matches; "bike 8 min" is part of the ther ex, not a statement of the code's time.
        ["ord-97110-warmup-inside"] = new(
            "TherEx 97110 x 30 min: recumbent bike 8 min warm-up L2, then standing hip abd/ext w/ 2# 3x12 B, side-stepping w/ RTB 3 laps, bridges 3x15, "
            + "for R hip abductor weakness after THA (Trendelenburg sign R). Hip abd R 3+/5.",
            ["Z96.641"], [PT("97110", 30)], []),

        // Good SOAP 97112 with bulleted interventions: techniques, deficits (stepping response, somatosensory use), Mini-BEST, one-on-one, 38 min.
        ["ord-97112-soap-good"] = new(
            """
            S: Pt reports 1 fall last wk stepping backward off curb; fear of falling 7/10.
            O: Neuromuscular re-education, 38 min, PT one-on-one:
            - Backward and lateral stepping strategy training w/ manual perturbations at pelvis, 3x10 each direction
            - Compliant surface (Airex) static stance EC 4x30 s
            - Dual-task gait: walking w/ serial 3 subtraction, 4x40 ft
            Pt demonstrated delayed/absent posterior stepping response and reduced somatosensory use on foam.
            Measures: Mini-BESTest 17/28 (14/28 at IE); backward stepping recovered 6/10 pushes w/o assist.
            A: Improving reactive balance; remains high fall risk.
            P: Progress to unexpected perturbations on treadmill.
            """,
            ["R29.6", "R26.81"], [PT("97112", 38)], []),

        // Terse generic one-liner: no technique, only generic phrases, no deficit, no number, no 1:1 (the 25 min matches).
        ["ord-97112-generic-one-liner"] = new(
            "Balance and coordination activities x 25 min. Pt tolerated well, no c/o. Continue POC.",
            ["R26.81"], [PT("97112", 25)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Complete 97112 for the UE except that nothing states the service was one-on-one.
        ["ord-97112-no-one-on-one"] = new(
            "NMR 20 min: PNF D2 UE flex/ext w/ rhythmic initiation, closed-chain weight bearing through L UE on therapy ball, for impaired L UE motor recruitment post CVA. "
            + "Fugl-Meyer UE 38/66 (32/66 IE).",
            ["I69.354"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Weak 97110: no exercise named, no region/goal, no parameters, only generic phrases (15 min matches).
        ["ord-97110-generic"] = new(
            "TE x 15 min per exercise log. Pt tolerated well. Continue POC.",
            ["M62.81"], [PT("97110", 15)], [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Good 97530: named tasks with loads/reps, functional goal, assistance progress.
        ["ord-97530-good"] = new(
            "Ther act 97530 x 30 min: floor-to-knee lift 2x5 w/ 15# kettlebell, half-kneel to stand w/o UE 2x6, stair negotiation 12 steps w/ reciprocal pattern "
            + "carrying laundry basket (8#), to return to independent home mgmt. Floor transfer indep w/ 1 UE (min A last wk).",
            ["M62.81", "Z91.81"], [PT("97530", 30)], []),

        // 97140 techniques named but no region or impairment treated (97140 has no measure check by design, see ReviewedNoteCaseTests).
        ["ord-97140-no-region"] = new(
            "Manual 97140 x 10 min: grade III PA mobs, STM, muscle energy technique.",
            ["M54.2"], [PT("97140", 10)], [At(Deficit, "97140")]),

        // Good 97116 by a PTA: distances, assist levels, cues, deficit, 10MWT; 23 min matches.
        ["ord-97116-pta-good"] = new(
            "PTA note. Gait trng 97116 x 23 min: amb 2x200 ft w/ SPC in R hand, SBA, outdoor uneven sidewalk 1x150 ft CGA, cues for heel strike and L knee ext at IC, "
            + "to address L flexed-knee gait and decreased L stance time. 10MWT 0.92 m/s (0.78 m/s last wk).",
            ["Z96.652"], [PTA("97116", 23)], []),

        // 97116 with technique and deficit but no distance, assistance level or number.
        ["ord-97116-no-measure"] = new(
            "Gait training 20 min: amb in hallway w/ RW working on heel strike, step length and upright posture, to address shuffling gait. Will progress to SPC as able.",
            ["R26.2"], [PT("97116", 20)], [At(Measure, "97116")]),

        // True positive: a complete 97112 note, but the diagnosis sent is ICD-9 (781.2), not a well-formed ICD-10-CM code.
        ["ord-dx-icd9"] = new(
            "NMR 97112 20 min 1:1: perturbation training on rocker board, tandem walk on foam, for impaired postural control/proprioception B LE. Berg 47/56; TUG 12.1 s.",
            ["781.2"], [PT("97112", 20)], [Dx]),

        // Checkbox template: checked 97110 (15) and 97140 (12) with times, unchecked 97112/97530 not billed; "x 5 min" / "3x1 min" are inside ther ex.
        ["ord-checkbox-two-codes"] = new(
            """
            Daily note – timed services
            [x] 97110 Ther ex .......... 15 min
            [ ] 97112 NMR .............. __ min
            [x] 97140 Manual ........... 12 min
            [ ] 97530 Ther act ......... __ min
            Ther ex: heel slides w/ strap 2x15, stationary bike rocking → full revs x 5 min, prone knee hangs 3x1 min, for R knee flexion ROM deficit after TKA.
            Manual: patellar glides sup/inf/med/lat gr III, tibiofemoral post glides gr III-IV in flexion, for R knee arthrofibrosis / flexion restriction.
            R knee AROM 3-98° (3-90° pre-manual).
            """,
            ["Z96.651"], [PT("97110", 15), PT("97140", 12)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading()
    {
        var disagreements = new List<(string Id, List<string> Expected, List<string> Actual)>();
        foreach (var (id, c) in Cases)
        {
            var expected = c.Expected.Order(StringComparer.Ordinal).ToList();
            var actual = FindingsViaCsv(id, c.Note, c.Diagnoses, c.Lines);
            if (!expected.SequenceEqual(actual)) disagreements.Add((id, expected, actual));
        }

        var agree = Cases.Count - disagreements.Count;
        var required = (Cases.Count * RequiredAgreementPercent + 99) / 100;
        output.WriteLine($"{agree} of {Cases.Count} held-out notes agree exactly (required: {required}, {RequiredAgreementPercent} % rounded up).");
        if (disagreements.Count > 0)
        {
            output.WriteLine("");
            output.WriteLine($"{"case",-36} | {"expected (reviewer)",-40} | actual (engine)");
            foreach (var (id, expected, actual) in disagreements)
                output.WriteLine($"{id,-36} | {Show(expected),-40} | {Show(actual)}");
        }

        Assert.True(agree >= required,
            $"{agree} of {Cases.Count} held-out notes agree, {required} required. Disagreeing: "
            + string.Join("; ", disagreements.Select(d => $"{d.Id}: expected {Show(d.Expected)}, got {Show(d.Actual)}")));
    }

    private static string Show(List<string> findings) => findings.Count == 0 ? "[]" : "[" + string.Join(", ", findings) + "]";
}
