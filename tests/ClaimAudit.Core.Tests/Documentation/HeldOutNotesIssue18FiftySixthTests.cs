using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The fifty-sixth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not read
/// the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder
/// (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week from ordinary clinics of the Missouri Ozarks, eastern Oklahoma and Arkansas, in the
/// proportions a billing manager sees them — about two thirds ordinary and complete (64 of 98), single- and
/// multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit), by PTs, PTAs and OTs, with the
/// local idiom left as written ("fixin' to", "a right smart", "piddling around the yard", "got down in his
/// back", "plumb wore out", "his L leg don't know where it is", "had him by hisself"), from five employers:
/// <list type="number">
/// <item>a rural Missouri Ozarks practice ("Jacks Fork Physical Therapy": Eminence, with clinic days in Mountain
/// View, West Plains, Winona, Alton, Van Buren, Houston, Mountain Grove, Ava and Salem) whose owner PT and one
/// PTA write "Came in saying: / Did: / Found:" notes, a paper balance flowsheet typed in by the front desk with
/// blanks for marks ("1:1 w/ PT? __Y__", "___ perturbation"), "only her and me in the gym", "23 min of balance
/// re-ed … then 15 more of her strengthening"; float trips down the Jacks Fork and the Current River (Akers to
/// Pulltite), a canoe on a gravel bar, loose pea gravel, the gravel drive to the mailbox, chicken houses and
/// feeder-line winches, a box blind for deer season, black walnuts, a tiller, square bales, cattle at night;</item>
/// <item>a Cherokee Nation tribal outpatient rehabilitation service ("Sequoyah Hills Tribal Health — Rehab
/// Services": Tahlequah, Stilwell, Sallisaw, Vinita, Jay) charting in an RPMS-style all-caps note ("CHIEF
/// COMPLAINT:", "FAMILY PRESENT:", "PROVIDER NARRATIVE:", "PATIENT EDUCATION: … LEVEL OF UNDERSTANDING: GOOD",
/// "CPT 97112 X2 (24 MIN)") and a semicolon key=value export ("Delivery Method=Individual 1:1;…"); social
/// stickball at the pole, the elders' balance circle to a hand drum, wild onions in the creek bottom for the
/// church dinner, a side-by-side rolled in the hay field;</item>
/// <item>a Choctaw Nation tribal rehabilitation service ("Kiamichi Tribal Health — Rehabilitation": Talihina,
/// Hugo, Durant, Idabel, Broken Bow, Atoka, Antlers, McAlester, Poteau) writing "Tx:" bullet notes with
/// "Reason:", "Family:" and "Drive:" lines (70 miles each way, PT and OT stacked back to back); kapucha sticks and
/// ishtaboli (stickball) for the Labor Day tournament, shell shakers at the stomp dance, the festival grounds at
/// Tushka Homma, the hog fry at church, the smokehouse, the deep freeze;</item>
/// <item>an Arkansas Delta clinic ("Delta Gateway Therapy": Helena-West Helena, Marianna, Forrest City, Brinkley,
/// Wynne, Stuttgart, Dumas, McGehee, Lake Village) in S / O / A / P and "What for: / How he did:" prose, with the
/// heat index and blood pressure written in, "Individual ___ Group _X_ Concurrent ___", "TE — fifteen minutes
/// even; MT — 10 minutes"; rice levees and levee gates, a cotton picker's cab, catfish ponds and their aerators,
/// duck hunting in flooded timber, church steps with no rail, the choir loft, the pew for the hymns, the
/// fellowship-hall doorway, a clothesline;</item>
/// <item>a Tulsa hospital's outpatient neuro clinic ("Green Country Regional — Outpatient Neuro Rehab": Midtown,
/// South Tulsa, Broken Arrow, Owasso, Jenks, Bixby, Sand Springs, Sapulpa) writing in ICF words ("Body function
/// impairment:", "Interventions:", "Quantified:", "Activity limitation:", "Attendance: continuous and direct — a
/// single patient in the session"); SARA, split-belt treadmill adaptation, the WalkAide, Perfetti exercises, the
/// Motor Relearning Programme, Rock Steady Boxing, a cast-iron skillet, River Parks, the Gathering Place,
/// Reasor's, QuikTrip and the Drillers' seats;</item>
/// <item>an Oklahoma City orthopaedic practice whose PTAs write most daily notes ("Canadian River Orthopaedics —
/// PT": NW Expressway, Edmond, Norman, Moore, Yukon, Mustang, Midwest City, Del City) as "PTA Daily" notes with
/// INT / FOCUS / RSP fields, "#" for pounds and band colours ("GTB", "RTB"), "Session [Individual ✓] [Concurrent
/// –] [Group –]"; the Stanish eccentric protocol, Kabat PNF, a roughneck on the rig stairs, team roping, frac-sand
/// hauling, a pipeline welder, wheat harvest and the grain cart, storm-cellar steps when the sirens go.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h56-…): one-on-one in these writers' words ("he was the only one I was working with, and I
/// wasn't working with anybody but him", "PT WORKED WITH THIS PATIENT ONE-ON-ONE THE WHOLE TIME; DAUGHTER
/// WATCHED ONLY", "Wasn't nobody in the gym but Mr. Tate and me on account of the storm cancellations",
/// "Attendance: continuous and direct — a single patient in the session", "PTA w/ pt in closed-door room 3 for
/// all of it; no other pt on PTA's sched"), notes that negate it (a husband and wife both on the books with the
/// PT going back and forth, the elders' balance circle of five, a PTA who also had the 3:30 TKA on the bike and
/// table next to her) or never state it (a complete Delta vestibular note), and a 97116 with the grandson
/// walking alongside, which has no one-on-one check;</item>
/// <item>class 2 (v2-h56-…): template states: "[Individual ✓] [Concurrent –] [Group –]", a semicolon key=value
/// export, a paper flowsheet with every technique blank, "Individual ___ Group _X_", an "Impairments addressed
/// this visit → …: no" row, a circled assistance level "(CGA)" as a 97116's only number, an assistance row left
/// blank on a 97530, a Technique | Region | Grade grid for 97140, "Individual ☒ Group ☐", and Berg / TUG / SLS
/// fields left blank on a 97112;</item>
/// <item>class 3 (v3-h56-…): named protocols and programmes as techniques (Buerger-Allen exercises, the Stanish
/// eccentric decline squat, the WalkAide, split-belt treadmill adaptation, Perfetti cognitive therapeutic
/// exercises, a Flynn-rule lumbopelvic thrust, Janda sensorimotor training), Rock Steady Boxing in a class, a
/// Motor Relearning Programme 97112 with no number and a Kabat PNF 97112 with no deficit;</item>
/// <item>class 4 (v4-h56-…): deficits stated as findings (clonus with Hoffmann's and lost great-toe position
/// sense after a myelopathy, a positive head-impulse test with lost lines of dynamic visual acuity, a 128-Hz
/// tuning fork at the great toe, foot slap and steppage on a 97116, scapular winging with a painful arc on a
/// 97110, a capsular pattern of the hip on a 97140, flexor spasticity with associated reactions, freezing at
/// thresholds) and notes that state none (a re-check whose neuro screen is normal, a re-eval that calls the
/// balance problems resolved);</item>
/// <item>class 5 (v5-h56-…): measures in their usual forms (5x sit-to-stand, 10-m walk speeds, functional reach
/// with a fraction "8½ in", the Hill step test, handheld dynamometry with a limb symmetry index, the 30-s chair
/// stand, knee flexion before and after mobs, single-leg stance seconds) and notes with none ("swayed less than
/// Tuesday and stood on the foam a good bit longer", exercises without a dose, "walked further than last
/// week");</item>
/// <item>class 6 (v6-h56-…): minutes in their usual forms (RPMS "CPT 97112 X2 (24 MIN)", "23 min of … then 15
/// more of …", "Minute split: NMR 25, gait 14", "TE — fifteen minutes even; MT — 10 minutes", a PT and an OT
/// stacked back to back), true mismatches ("Time spent in neuro re-ed today: 35 minutes" on the one code, a PTA's
/// ther ex, a PTA's manual) and truly missing separate time (a timed total with both services named, minutes for
/// one code of two);</item>
/// <item>class 7 (v7-h56-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110, 97530, 97140 and 97116, wholly generic 97530 and 97112 notes, and
/// a 97140 that names no manual technique;</item>
/// <item>ordinary (vord-h56-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code, a generic two-code note
/// with a total, a 97112 with no number, a PTA's ther-ex time that differs, a 97140 with no grade, bout or
/// number.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one
/// code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are
/// compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time mismatch is written
/// on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every
/// mismatch here differs by ten minutes or more and every passing note's minutes are exact. Every timed line
/// earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only where the note names no
/// technique, deficit or measure at all. A 97112 passes the measure check only on an objective measure with a
/// number; for the other codes a dose (sets, repetitions, load, hold, bouts, distance, assistance level) is a
/// measure. Numbers that are not minutes of a code or measures (miles driven, ages, weeks since surgery, clock
/// times, a heat index, blood pressure, step and box heights, a ladder's rungs, a treadmill's belt speeds) are
/// read as what they are; no note states minutes of an activity, a rest or a test. Cases a careful reviewer could
/// argue either way were left out: a content gap in one section of a multi-code note (multi-code notes fail here
/// only on time, one-on-one, diagnosis or when the whole note lacks the thing), generic phrases beside a deficit
/// or a measure without a technique, a dose alone as a 97112's measure, self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of
/// a 97116 note, a 97530 with no deficit, minute ranges and approximate minutes, canalith repositioning,
/// three-character or dotless diagnosis codes, and any line with a code that has no documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 88 of 98 cases agree (97 needed), and 7 of the 64 notes the reviewer passes got a finding, on the
/// analyzer of 452469f (the start of the 2026-12-05 seventh session) — its first run: nothing had changed before it, so this
/// is also the held-out figure.
/// </para>
/// <para>
/// After: development data from that run, worked through (with read-only reviews of the readings): 98 of 98, no false
/// positive — the Ozarks, Oklahoma and Arkansas: "he was the only one I was working with", "[Individual ✓]  [Concurrent
/// –]", "me and her only", "had him by hisself the whole time", "Vestibular: no · Somatosensory: no", "her balance
/// problems have resolved", "then 15 more of her strengthening (97110)". New examples in NotesAsWrittenTests "fifty-
/// third-to-fifty-seventh-sets", the reviews' controls in "review-of-the-fifty-third-to-fifty-seventh".
/// </para>
/// </summary>
public class HeldOutNotesIssue18FiftySixthTests(ITestOutputHelper output)
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

        // Ozarks "he was the only one I was working with, and I wasn't working with anybody but him": one-on-one; rocking canoe stand-in, loose pea gravel stance, pushes at shoulders/hips; ankle/hip strategy and foot proprioception; pushes caught k of 10 and tandem EC seconds; 24 min matches: passes.
        ["v1-h56-eminence-only-one-i-was-working-with"] = new(
            """
            JACKS FORK PHYSICAL THERAPY — Eminence
            Came in saying: fixin' to go on a float trip down the Jacks Fork with the grandkids in June and scared to death he'll fall getting in and out of the canoe on the gravel bar.
            Did (97112, 24 min) — he was the only one I was working with, and I wasn't working with anybody but him:
             - stepping on and off the rocking platform (canoe stand-in) that tips when he loads it, 3 x 8 each lead leg
             - standing in the box of loose pea gravel, eyes open then closed, 4 x 30 s
             - me pushing at his shoulders and hips while he stands in the gravel, he has to catch himself
            Found: slow ankle and hip strategy on the moving surface; ↓ proprioception both feet (diabetic neuropathy). Caught 7 of 10 pushes without a step (4 of 10 two weeks ago). Tandem eyes closed 5 s.
            """,
            ["E11.42", "R26.81"], [PT("97112", 24)], []),

        // Cherokee RPMS all-caps "PT WORKED WITH THIS PATIENT ONE-ON-ONE THE WHOLE TIME; DAUGHTER WATCHED ONLY": NMR 23 (stickball catches while stepping, pelvic perturbations, throwing at the pole on foam; R LE proprioception and weight-shift timing; Mini-BEST and catches) and ther ex 15 (doses, R LE weakness) match: passes.
        ["v1-h56-tahlequah-rpms-daughter-watched-only"] = new(
            """
            SEQUOYAH HILLS TRIBAL HEALTH — REHAB SERVICES · TAHLEQUAH
            CHIEF COMPLAINT: UNSTEADY SINCE STROKE. WANTS TO PLAY SOCIAL STICKBALL AT THE POLE AGAIN THIS SUMMER.
            FAMILY PRESENT: DAUGHTER (DROVE HER IN FROM JAY), SAT IN THE CHAIR BY THE DOOR.
            PROVIDER NARRATIVE:
             97112 NEUROMUSCULAR RE-ED — 23 MIN. PT WORKED WITH THIS PATIENT ONE-ON-ONE THE WHOLE TIME; DAUGHTER WATCHED ONLY.
               CATCHING A TOSSED STICKBALL BALL WHILE STEPPING FORWARD AND TO THE SIDE; PERTURBATIONS AT THE PELVIS DURING THE CATCH; THROWING OVERHAND AT A TARGET HIGH ON THE WALL (THE POLE) WHILE STANDING ON FOAM.
               R LE PROPRIOCEPTION AND WEIGHT-SHIFT TIMING AFTER L MCA CVA — LOSES BALANCE BACKWARD WHEN SHE REACHES UP TO THROW.
               MINI-BEST 17/28 (13/28 AT IE). CAUGHT 8 OF 10 TOSSES WITHOUT A LOSS OF BALANCE.
             97110 THER EX — 15 MIN. SIDELYING R HIP ABDUCTION 3 X 12; STANDING HEEL RAISES 3 X 15; SIT TO STAND FROM AN 18 IN CHAIR 2 X 10. R LE WEAKNESS (HIP ABD 3+/5).
            PATIENT EDUCATION: HEP-UPDATED. LEVEL OF UNDERSTANDING: GOOD.
            """,
            ["I69.351", "R26.89"], [PT("97112", 23), PT("97110", 15)], []),

        // Delta PTA "Wasn't nobody in the gym but Mr. Tate and me … had him one on one for all of his neuro re-ed, 22 min": one-on-one; hurdles, rocker-board level holds, church-step mock-up with hip nudges; L knee/ankle proprioception after TKA with neuropathy; holds k of 5 and Berg: passes.
        ["v1-h56-helena-storm-cancellations"] = new(
            """
            Delta Gateway Therapy — Helena-West Helena
            PTA note (supervising PT on site)
            Wasn't nobody in the gym but Mr. Tate and me on account of the storm cancellations — had him one on one for all of his neuro re-ed, 22 min.
            Worked on: side-stepping over 4" hurdles keeping his eyes on the far wall; rocker board front-back and side-side, holding it level 20 s x 5 each way; stepping up onto the 7" church-step mock-up without the rail while I nudge him at the hip.
            What for: his L leg don't know where it is — ↓ proprioception L knee/ankle after the L TKA plus neuropathy. Scared of the front steps at Mt. Zion, no rail on one side.
            How he did: rocker board level holds without touchdown 4/5 front-back, 2/5 side-side; Berg 46/56.
            """,
            ["Z96.652", "G62.9"], [PTA("97112", 22)], []),

        // Tulsa ICF note "Attendance: continuous and direct — a single patient in the session (PT)": one-on-one; quadruped reach with resistance, tall-kneel tosses, heel-to-shin target taps, weighted-belt tandem; cerebellar ataxia and dysmetria; SARA and counts: passes.
        ["v1-h56-brokenarrow-continuous-direct-single-patient"] = new(
            """
            GREEN COUNTRY REGIONAL — OUTPATIENT NEURO REHAB · Broken Arrow
            Attendance: continuous and direct — a single patient in the session (PT)
            Neuromuscular re-education (97112) — 25 min
              Body function impairment: ataxia R > L, R LE dysmetria, ↓ trunk control in sitting and standing (R PICA cerebellar stroke)
              Interventions: quadruped alternating arm/leg reach with manual resistance at the trunk; tall-kneeling ball tosses; heel-to-shin tapping onto marks at 3 heights; tandem walking between the parallel bars with a 4-lb weighted belt
              Quantified: SARA 11/40 (15/40 at IE); 6 of 10 R taps on the mark; 10 tandem steps without a side step in 2 of 4 trials
              Activity limitation: can't walk the River Parks trail with his wife without holding her arm
            """,
            ["I69.393"], [PT("97112", 25)], []),

        // OKC PTA "PTA w/ pt in closed-door room 3 for all of it; no other pt on PTA's sched till the 2:15": one-on-one; NMRE 23 (Airex SLS with tosses, hops, star-excursion reaches, EC SLS; ankle proprioception and peroneal reaction; seconds and cm) and TherEx 14 (doses, peroneal/calf weakness) match: passes.
        ["v1-h56-yukon-pta-closed-door-room"] = new(
            """
            CANADIAN RIVER ORTHOPAEDICS · PT · Yukon
            PTA Daily — per PT POC (supervising PT in clinic)
            NMRE 97112 · 23 min — PTA w/ pt in closed-door room 3 for all of it; no other pt on PTA's sched till the 2:15
              INT: SL stance on Airex w/ ball toss; lateral hops to tape lines; star-excursion reaches on the L; eyes-closed SLS on the firm floor
              FOCUS: L ankle proprioception + peroneal reaction time after a 3rd inversion sprain (team roping)
              RSP: SLS EC L 7 s (R 22 s); star-excursion anterior reach L 61 cm / R 70 cm
            TherEx 97110 · 14 min
              INT: band eversion RTB 3 x 15; heel raises off the step 3 x 12; SL RDL w/ 10# KB 3 x 8
              FOCUS: L peroneal/calf weakness
            """,
            ["S93.402D", "M25.372"], [PTA("97112", 23), PTA("97110", 14)], []),

        // Ozarks husband and wife both on the books, "I had the two of them at once and went back and forth between her balance and his shoulder work": not one-on-one; foam tandem, hose step-overs, clothespin reaches; postural control and plantar sensation; seconds and counts present.
        ["v1-h56-mountainview-husband-and-wife-back-and-forth"] = new(
            """
            Jacks Fork PT — Mountain View (Tuesday clinic day)
            Mrs. Hollis came in with Ray (he's on the books too, for his shoulder), so I had the two of them at once and went back and forth between her balance and his shoulder work.
            Her NMR (97112, 24 min): tandem and semi-tandem on the foam pad, stepping over the garden-hose line, reaching out to the side for clothespins on a line at shoulder height while on the foam.
            Problem: poor postural control on a narrow base + ↓ sensation in the soles of both feet; piddling around the yard is where she falls.
            Tandem on foam 8 s (3 s at IE); 9 of 12 clothespins without a step.
            """,
            ["R26.81", "E11.42"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Cherokee "WED ELDERS' BALANCE CIRCLE — 5 IN THE CIRCLE TODAY, PT LEADING, REHAB TECH SPOTTING": a group, not one-on-one; drum-paced step-outs, foam stance passing a ball, walking head turns; PD postural control and delayed stepping; 4-square step test present.
        ["v1-h56-stilwell-elders-balance-circle"] = new(
            """
            SEQUOYAH HILLS TRIBAL HEALTH — REHAB SERVICES · STILWELL
            WED ELDERS' BALANCE CIRCLE — 5 IN THE CIRCLE TODAY, PT LEADING, REHAB TECH SPOTTING
            97112 — 25 MIN: WEIGHT SHIFTS AND STEP-OUTS TO A HAND DRUM; STANDING ON FOAM WHILE PASSING A STICKBALL BALL AROUND THE CIRCLE; HEAD TURNS WHILE WALKING THE CIRCLE.
            THIS PATIENT: ↓ POSTURAL CONTROL AND DELAYED STEPPING RESPONSE (PARKINSON'S). FOUR SQUARE STEP TEST 15.8 S (18.4 S LAST MONTH).
            """,
            ["G20.A1", "R26.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Complete Delta S/O/A/P two-code note (NMR 23: gaze stabilization, walking head turns, ladder with head turns; L vestibular hypofunction; DGI — gait 15: SPC on tile and gravel, SBA, veering) that never says how the patient was attended.
        ["v1-h56-forrestcity-attendance-unstated"] = new(
            """
            Delta Gateway Therapy — Forrest City
            S: Wants to get back up in the cab of his cotton picker this fall. Still weaves when he turns his head.
            O: Neuro re-ed 97112, 23 min — gaze stabilization (VOR x1) sitting → standing on foam, 3 x 45 s each direction; walking w/ horizontal head turns down the hall 4 x 60 ft; climbing the 4-rung ladder mock-up w/ head turns at the top.
               Gait 97116, 15 min — SPC R hand, 3 x 150 ft on tile then the gravel path out back, SBA; cues to keep his stride length when he turns his head.
            A: L vestibular hypofunction after vestibular neuritis — gaze blurs w/ quick head turns. DGI 17/24 (14/24 at IE). Short stride w/ veering on head turns.
            P: Cont 2x/wk.
            """,
            ["H81.22", "R26.89"], [PT("97112", 23), PT("97116", 15)], [At(OneOnOne, "97112")]),

        // OKC PTA "pt doing balance stations while PTA also had the 3:30 TKA on the bike and table next to her; checked on each in turn": not one-on-one; BOSU squats, SLS cone taps, band perturbations; knee/ankle proprioception after ACL-R; Y-balance and SLS present.
        ["v1-h56-norman-pta-also-had-the-tka"] = new(
            """
            CANADIAN RIVER ORTHOPAEDICS · PT · Norman
            PTA Daily (sup PT on site)
            97112 · 22 min — pt doing balance stations while PTA also had the 3:30 TKA on the bike and table next to her; checked on each in turn
              INT: BOSU squats; cone taps in SLS; perturbations w/ a band pull at the hip in SLS
              FOCUS: R knee/ankle proprioception after ACL-R (wk 20)
              RSP: Y-balance anterior R 58 cm / L 66 cm; SLS EC R 9 s
            """,
            ["S83.511D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // Choctaw 97116 with the grandson walking along carrying her O2 while the PT guarded: no one-on-one check on 97116; 4-wheeled walker on gravel and mock porch steps with distance, steps and CGA; forward-flexed posture after TKA with a festival goal: passes.
        ["v1-h56-talihina-97116-grandson-alongside"] = new(
            """
            KIAMICHI TRIBAL HEALTH — REHABILITATION · Talihina
            Tx: gait training (97116) — 18 min
            Family: grandson walked along on her L and carried the O2 while PT guarded on the R — both learning how to help her on the gravel drive at home
            • 4-wheeled walker on the clinic's gravel walk, 2 x 120 ft, then up and down the 3 steps of the mock porch w/ the rail x 2
            • cues to keep the walker close and heel-strike on the L — she pushes it out ahead and bends forward
            • CGA throughout
            Reason: L knee weakness after L TKA plus COPD; goal — walk from the truck to the arbor at the Labor Day festival at Tushka Homma
            """,
            ["Z96.652", "J44.9"], [PT("97116", 18)], []),

        // ---------------------------------------------------------------- class 2: grids, check marks and Y/N fields

        // OKC PTA "Session  [Individual ✓]  [Concurrent –]  [Group –]": one-on-one; mirror-fed step-downs, SL hops, trampoline catches; dynamic valgus and L LE neuromuscular control after patellar dislocation; k of 10 and hop distance with LSI: passes.
        ["v2-h56-midwestcity-session-individual-tick"] = new(
            """
            CANADIAN RIVER ORTHOPAEDICS · PT · Midwest City
            Session  [Individual ✓]  [Concurrent –]  [Group –]
            NMRE 97112 — 22 min
             INT: lateral step-downs w/ mirror feedback for knee valgus; SL hops in place; reactive catches on the mini-trampoline in SLS
             FOCUS: L knee dynamic valgus + ↓ L LE neuromuscular control after patellar dislocation
             RSP: 8 of 10 step-downs w/o valgus (3/10 at eval); SL hop L 88 cm (LSI 81%)
            """,
            ["S83.005D"], [PTA("97112", 22)], []),

        // Cherokee semicolon export "Delivery Method=Individual 1:1;…", "Minutes=24" on the one code (matches); reactive stepping, obstacle course, wobble-cushion tosses, square turns; plantar sensory loss and delayed protective stepping; TUG and FGA: passes.
        ["v2-h56-sallisaw-key-equals-value-export"] = new(
            """
            [SALLISAW REHAB] encounter export
            Delivery Method=Individual 1:1;Supervision=N/A;Interpreter=No;Family Present=Yes - wife
            CPT=97112;Minutes=24;Units=2
            Interventions=reactive stepping to light pushes at the pelvis; obstacle course over a stickball stick, a hay flake and a garden hose; standing on a wobble cushion tossing a beanbag; turning inside a 3-ft square
            Impairment=L foot sensory loss (monofilament felt at 4 of 10 sites) and delayed protective stepping
            Measure=TUG 13.2 s; FGA 19/30
            Plan=2x/wk x 4 wks
            """,
            ["E11.42", "R26.81"], [PT("97112", 24)], []),

        // Ozarks paper flowsheet typed in by the front desk: "1:1 w/ PT? __Y__" and every technique blank ("___ perturbation ___ foam / rocker …"), nothing done written anywhere; postural control after CVA and Berg present: technique only.
        ["v2-h56-eminence-paper-flowsheet-techniques-blank"] = new(
            """
            JFPT — Eminence · balance flowsheet (paper, typed in by the front desk)
            97112 — 23 min          1:1 w/ PT?  __Y__
            Techniques (mark what was done):
              ___ perturbation    ___ foam / rocker    ___ PNF    ___ gaze / VOR    ___ obstacles / dual task
            Problem: ↓ postural control + slow stepping reactions after R CVA
            Berg: 42/56
            """,
            ["I69.354"], [PT("97112", 23)], [At(Tech, "97112")]),

        // Delta "Individual ___   Group _X_   Concurrent ___" in the Thursday balance class of four: not one-on-one; foam marching, weight shifts to targets, backward stepping, EC stance; plantar somatosensation and postural control; Romberg-on-foam and tandem seconds present.
        ["v2-h56-marianna-group-marked-x"] = new(
            """
            Delta Gateway Therapy — Marianna
            Individual ___   Group _X_   Concurrent ___
            Thursday sit-to-stand balance class (4 in class)
            97112 — 24 min: marching in place on foam; lateral weight shifts reaching to targets; backward stepping to a tape line; eyes-closed stance at the counter
            This pt: ↓ somatosensation both feet (neuropathy) + ↓ postural control. Feet together on foam EC 9 s; tandem 6 s.
            """,
            ["G62.9", "R26.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Tulsa "Impairments addressed this visit → Vestibular: no · Somatosensory: no · Motor control: no · Coordination: no · Postural control: no" and no deficit elsewhere; one-on-one, PNF chops/lifts, rhythmic stabilization, resisted step-ups, 5xSTS and Mini-BEST present: deficit only.
        ["v2-h56-southtulsa-impairments-addressed-all-no"] = new(
            """
            GREEN COUNTRY REGIONAL — OUTPATIENT NEURO REHAB · South Tulsa
            Neuromuscular re-education 97112 — 22 min — PT with this patient only; no one else in the session
            Impairments addressed this visit →  Vestibular: no · Somatosensory: no · Motor control: no · Coordination: no · Postural control: no
            Interventions: PNF chops and lifts in half-kneeling; rhythmic stabilization in tall-kneeling; alternating step-ups to a 6-in box with manual resistance at the pelvis
            Quantified: 5xSTS 12.1 s; Mini-BEST 24/28
            """,
            ["R26.89"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Choctaw 97116 with "Device: ☐ none ☐ cane ☑ RW ☐ rollator" and "Assist (circle): I S (CGA) MinA …": the circled CGA is the measure; RW on the ramp and gravel lot with clearance cues; L foot drag after TKA with a stomp-grounds goal: passes.
        ["v2-h56-hugo-assist-level-circled"] = new(
            """
            KIAMICHI TRIBAL HEALTH — REHABILITATION · Hugo
            97116 Gait training — 16 min
            Device:  ☐ none   ☐ cane   ☑ RW   ☐ rollator
            Assist (circle):   I    S    (CGA)    MinA    ModA    MaxA
            Walked the ramp and the gravel lot out to the truck and back with the RW; cues to step into the walker and lift the L foot over the ruts.
            Reason: L foot drag after L TKA and ↓ L quad control; goal — walk from the truck to the arbor at the stomp grounds.
            """,
            ["Z96.652", "R26.89"], [PT("97116", 16)], []),

        // Delta OT 97530 clothesline tasks after a reverse TSA with a goal, but the assistance row "Indep ___ SBA ___ CGA ___ Min ___ Mod ___" is blank and there is no count, load or number: no measure.
        ["v2-h56-helena-ot-assist-row-blank"] = new(
            """
            Delta Gateway Therapy — Helena-West Helena · OT
            97530 ther act — 20 min
            Tasks: carried a laundry basket from the washer to the clothesline mock-up, hung towels on the line with clothespins, stepped up the back-door steps without setting the basket down
            Assist:  Indep ___   SBA ___   CGA ___   Min ___   Mod ___
            L shoulder after reverse TSA — can't get her arm up to the line; goal: hang her wash out again come spring
            """,
            ["Z96.612"], [OT("97530", 20)], [At(Measure, "97530")]),

        // Cherokee 97140 grid "Technique | Region | Grade/dose" (lateral glides C5-6 gr III 3 x 30 s, suboccipital release, upper-trap STM passes); cervical stiffness and arm tingling with rotation degrees: passes.
        ["v2-h56-vinita-manual-grid"] = new(
            """
            SEQUOYAH HILLS TRIBAL HEALTH · REHAB · VINITA
            97140 MANUAL THERAPY — 12 MIN
            Technique              | Region           | Grade / dose
            Lateral glide          | R C5-6           | Gr III, 3 x 30 s
            Suboccipital release   | B suboccipitals  | 90 s x 2
            Upper trap STM         | R                | 3 passes
            Neck stiff and R arm tingles since he rolled the side-by-side in the hay field; R cervical rotation 45° (L 70°).
            """,
            ["M54.12"], [PT("97140", 12)], []),

        // Choctaw "Individual ☒   Group ☐   Concurrent ☐": one-on-one; shell-shaker shuffle with 5-lb shin weights to a lead singer, mid-shuffle perturbations, foam-beam head turns; vestibular and somatosensory integration; FGA and bumps k of 10: passes.
        ["v2-h56-durant-individual-x-box-stomp-dance"] = new(
            """
            KIAMICHI TRIBAL HEALTH — REHABILITATION · Durant
            Individual ☒   Group ☐   Concurrent ☐
            Tx: neuro re-ed (97112) — 24 min
            • rhythmic shuffle step in a counter-clockwise circle w/ 5 lb on each shin (for the shell shakers) to a recorded lead singer
            • pushes at the pelvis mid-shuffle — she has to keep the rhythm
            • narrow-base stance on the foam beam w/ head turns to the R and L
            Reason: ↓ vestibular + somatosensory integration (peripheral neuropathy, old BPPV now resolved); loses the rhythm and stops when bumped. Has shaken shells at the stomp dance since she was a girl and lost her balance in the circle last fall.
            FGA 18/30 (14/30 at IE); kept the rhythm through 7 of 10 bumps.
            """,
            ["G62.9", "R26.81"], [PT("97112", 24)], []),

        // Ozarks satellite "1:1 — the only pt on the Winona day sheet that hour" with "Berg ____/56  TUG ____ s  SLS R ____ s (ran out of time …)": rocker board, board step-overs, walnut pick-ups; ankle proprioception after ORIF; no number beyond code and minutes: no measure.
        ["v2-h56-winona-test-fields-blank"] = new(
            """
            JFPT — Winona satellite
            97112 — 22 min — 1:1, the only pt on the Winona day sheet that hour
            Rocker board front-back and side-side w/ eyes closed; side steps over a board laid on the floor; lunge-and-reach to pick black walnuts off the floor into a bucket (he gathers them to sell at the hulling station in the fall)
            ↓ proprioception + ankle strategy R after R ankle ORIF; wobbles a right smart on uneven ground
            Berg ____/56    TUG ____ s    SLS R ____ s    (ran out of time, will do Thursday)
            """,
            ["S82.891D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 3: named protocols and programmes

        // Delta 97110 Buerger-Allen exercises (wedge elevation, dependent ankle pumps, flat, in seconds, 3 cycles) plus heel raises and band pumps with doses; B calf claudication (PAD) with a catfish-pond goal: passes.
        ["v3-h56-lakevillage-buerger-allen"] = new(
            """
            Delta Gateway Therapy — Lake Village
            TE 97110 — 16 min
            Buerger-Allen exercises B LE: legs up on the foam wedge (45°) 90 s → sitting with legs dangling doing ankle pumps/circles 120 s → lying flat 180 s; 3 cycles
            Then: seated heel raises 3 x 20; ankle pumps against yellow band 2 x 20
            For: B calf claudication w/ walking (PAD, diabetic) — stops to rest at the end of the church parking lot; goal — walk from the truck out to his catfish ponds to check the aerators
            """,
            ["I70.213", "E11.51"], [PT("97110", 16)], []),

        // OKC PTA 97110 "Stanish eccentric protocol — single-leg decline squats on the 25° slant board … 3 x 15", Spanish-squat holds, TKE with doses; R patellar tendinopathy in a roughneck: passes.
        ["v3-h56-moore-stanish-decline-squats"] = new(
            """
            CANADIAN RIVER ORTHOPAEDICS · PT · Moore
            PTA Daily — TherEx 97110 · 18 min
             INT: Stanish eccentric protocol — single-leg decline squats on the 25° slant board, down on the R over 3 s, up on both, 3 x 15; Spanish squat iso holds 45 s x 5; TKE w/ GTB 3 x 15
             FOCUS: R patellar tendinopathy (infrapatellar pain on stairs) — roughneck, climbs the rig stairs all hitch
             RSP: pain on the decline squat 3/10 (5/10 last wk); VISA-P 61
            """,
            ["M76.51"], [PTA("97110", 18)], []),

        // Tulsa 97116 with the WalkAide (peroneal stim, tilt-triggered): tile, carpet and sidewalk loop 3 x 200 ft, curb step-ups, SBA; R foot drop with toe catches counted on and off the stim: passes.
        ["v3-h56-jenks-walkaide-gait"] = new(
            """
            GREEN COUNTRY REGIONAL — OUTPATIENT NEURO REHAB · Jenks
            Gait training (97116) — 17 min
              Interventions: WalkAide (common peroneal stim, tilt-sensor triggered) on the R; over-ground on tile → carpet → the outdoor sidewalk loop, 3 x 200 ft; 4 curb step-ups/downs; SBA
              Body function impairment: R foot drop (MS), toe catch and hip hiking without the stim
              Quantified: 0 toe catches with the WalkAide on vs 5 on the last lap without it
            """,
            ["M21.371", "R26.89"], [PT("97116", 17)], []),

        // Tulsa 97116 split-belt treadmill adaptation in a harness (belt speeds, washout bouts) then quad-cane walking with distance and SBA; step-length asymmetry ratio and gait speed; Gathering Place goal: passes.
        ["v3-h56-midtown-split-belt-adaptation"] = new(
            """
            GREEN COUNTRY REGIONAL — OUTPATIENT NEURO REHAB · Midtown Tulsa
            97116 Gait — 20 min
              Interventions: split-belt treadmill adaptation in the harness — L (paretic) belt 0.4 m/s, R belt 0.8 m/s, 3 bouts with a tied-belt washout at 0.6 m/s after each; then over-ground 2 x 150 ft with a quad cane, SBA
              Body function impairment: step-length asymmetry, L hemiparesis after R hemisphere stroke
              Quantified: step-length ratio 1.34 → 1.12 after adaptation; comfortable gait speed 0.61 m/s
              Activity limitation: wants to walk the Gathering Place loop with his wife
            """,
            ["I69.354", "R26.89"], [PT("97116", 20)], []),

        // Tulsa OT 97112 Perfetti cognitive therapeutic exercises with vision occluded (sponge densities, traced paths, arc positions), "OT seated at the table with her alone, no one else in the room"; R hand somatosensory and proprioceptive loss; correct k of n: passes.
        ["v3-h56-bixby-ot-perfetti-exercises"] = new(
            """
            GREEN COUNTRY REGIONAL — OUTPATIENT NEURO · OT · Bixby
            97112 — 22 min — OT seated at the table with her alone, no one else in the room
              Interventions: Perfetti cognitive therapeutic exercises, R hand, vision occluded — recognizing sponges of 3 densities pressed under the palm; naming which of 4 raised paths the OT moved her index finger along; judging elbow position on a graded arc
              Body function impairment: R hand somatosensory + proprioceptive loss after L parietal stroke — drops her coffee cup when she isn't looking at it
              Quantified: correct identification 17/24 (9/24 at IE); arc position within one slot 6/8
            """,
            ["I69.398"], [OT("97112", 22)], []),

        // Tulsa Rock Steady Boxing class of six fighters with one PT and a volunteer coach, billed as this patient's 97112: not one-on-one; bag combos with footwork, mitt calls, ladder, off-balance med-ball catches; PD retropulsion and stepping; pull test and TUG present.
        ["v3-h56-brokenarrow-rock-steady-class"] = new(
            """
            GREEN COUNTRY REGIONAL — OUTPATIENT NEURO REHAB · Broken Arrow
            Rock Steady Boxing class (6 fighters; PT + 1 volunteer coach) — this pt's NMR billed 97112, 24 min
              Interventions: heavy-bag combos with footwork (jab-cross-slip, step-and-pivot); reactive focus-mitt calls; agility-ladder in-and-outs; catching and returning the medicine ball off balance
              Body function impairment: PD — shuffling, ↓ step amplitude, delayed reactive stepping; retropulsion on the pull test
              Quantified: pull test 2 steps to recover (4 at IE); TUG 11.8 s
            """,
            ["G20.A1"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Tulsa "Motor Relearning Programme (Carr & Shepherd)" sit-to-stand component and whole-task practice, one-on-one, timing/sequencing of trunk lean and weight transfer, but "moves more smoothly; still needs her hands" is no number: no measure.
        ["v3-h56-sandsprings-motor-relearning-no-number"] = new(
            """
            GREEN COUNTRY REGIONAL — OUTPATIENT NEURO REHAB · Sand Springs
            97112 — 23 min — one-on-one, PT only
              Interventions: Motor Relearning Programme (Carr & Shepherd) for sit-to-stand — practiced the missing components on their own (feet back, trunk forward over the feet with hip flexion), then whole-task practice from a lowered plinth; PT blocked the L knee and gave timing cues
              Body function impairment: poor timing/sequencing of forward trunk lean and weight transfer onto the L leg (R MCA stroke) — stands up with her weight on the R
              Response: moves more smoothly; still needs her hands on the first tries
            """,
            ["I69.354"], [PT("97112", 23)], [At(Measure, "97112")]),

        // OKC PTA "PNF per Kabat" chops/lifts, stabilizing reversals and rhythmic stabilization, "1:1 w/ PTA the whole block", Y-balance and SLS numbers, but no deficit, impairment or system named anywhere: deficit only.
        ["v3-h56-edmond-kabat-pnf-no-deficit"] = new(
            """
            CANADIAN RIVER ORTHOPAEDICS · PT · Edmond
            PTA Daily — NMRE 97112 · 22 min — 1:1 w/ PTA the whole block
             INT: PNF per Kabat — D2 chops and lifts in half-kneel, stabilizing reversals in tall-kneel, rhythmic stabilization in split stance w/ PTA's hands at the pelvis and shoulders
             RSP: Y-balance composite 84% (R) / 90% (L); SLS EC 12 s B
             PLAN: progress per PT
            """,
            ["M25.361"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // Ozarks 97140 supine lumbopelvic thrust manipulation meeting the Flynn rule, R then L, with prone PA glides gr III–IV 4 x 30 s; L low back pain after throwing square bales ("got down in his back"), flexion degrees before and after: passes.
        ["v3-h56-westplains-flynn-rule-thrust"] = new(
            """
            JACKS FORK PT — West Plains
            MT 97140 — 13 min
            Supine lumbopelvic thrust manipulation (fits the Flynn rule — onset 5 days ago, no symptoms below the knee), R then L, cavitation each side; prone PA glides L4–L5 gr III–IV, 4 x 30 s
            Came in saying: got down in his back Saturday throwing square bales onto the trailer.
            Found: L low back pain, lumbar flexion limited to 40° and guarded; after — flexion 60°, pain 4/10 → 2/10.
            """,
            ["M54.50"], [PT("97140", 13)], []),

        // Delta 97112 Janda sensorimotor training ("short foot", half-step lunges, wobble board and rocker EC, balance sandals), "one-on-one with the PT (no one else in the gym)"; chronic ankle instability with proprioception and peroneal delay; SLS seconds and holds k of 5: passes.
        ["v3-h56-stuttgart-janda-sensorimotor-duck-hunter"] = new(
            """
            Delta Gateway Therapy — Stuttgart
            S: Duck hunter — rolls the R ankle stepping off roots in the flooded timber; going back out when the season opens.
            O: NMR 97112 — 22 min, one-on-one with the PT (no one else in the gym)
               Janda sensorimotor training: "short foot" sitting → standing → half-step; half-step lunges onto the R; R single-leg stance on the wobble board, then on the rocker board with eyes closed; walking in balance sandals
            A: R ankle proprioception + delayed peroneal response (chronic ankle instability, 4 sprains). SLS EC R 6 s (L 18 s); wobble board level holds 3/5.
            """,
            ["M25.371"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // Choctaw 97112 after cervical decompression: "3 beats of clonus at the R ankle, Hoffmann's positive B, great-toe position sense 2 of 5" (myelopathy); "The patient and I were the only two in the gym"; tandem line, foam EC, quick stops; gait speed and tandem steps: passes.
        ["v4-h56-talihina-clonus-hoffmann-myelopathy"] = new(
            """
            KIAMICHI TRIBAL HEALTH — REHABILITATION · Talihina
            Tx: neuro re-ed (97112) — 24 min. The patient and I were the only two in the gym the whole time.
            • tandem walking on a taped line, forward and backward
            • standing on foam with eyes closed, then slow head turns
            • walking with quick stops and starts on my call
            Findings: 3 beats of clonus at the R ankle, Hoffmann's positive B, great-toe position sense 2 of 5 correct on the R — cervical myelopathy, 4 months after C4–6 decompression and fusion; walks wide-based and feels for the floor
            Numbers: 10-m walk 0.78 m/s; 6 tandem steps before stepping off the line (2 at IE)
            """,
            ["M47.12", "Z98.1"], [PT("97112", 24)], []),

        // Cherokee RPMS 97112 "PRIVATE ROOM, PT AND PATIENT ONLY": "HEAD-IMPULSE TEST POSITIVE TO THE L WITH A CATCH-UP SACCADE; HEAD-SHAKE NYSTAGMUS" (L hypofunction after labyrinthitis); letter-card head turns on foam, sign-reading hall walks, pivots; DVA lines and DGI: passes.
        ["v4-h56-sallisaw-head-impulse-positive"] = new(
            """
            SEQUOYAH HILLS TRIBAL HEALTH — REHAB SERVICES · SALLISAW
            PROVIDER NARRATIVE: 97112 — 23 MIN — PRIVATE ROOM, PT AND PATIENT ONLY.
             HEAD-IMPULSE TEST POSITIVE TO THE L WITH A CATCH-UP SACCADE; R-BEATING HEAD-SHAKE NYSTAGMUS — L VESTIBULAR HYPOFUNCTION AFTER LABYRINTHITIS.
             LETTER CARD AT ARM'S LENGTH, HEAD TURNS SIDE TO SIDE AND UP AND DOWN KEEPING IT CLEAR, SITTING → STANDING ON FOAM, 3 X 45 S EACH; WALKING THE HALL TURNING HIS HEAD TO READ SIGNS ON BOTH WALLS; PIVOT TURNS.
             DYNAMIC VISUAL ACUITY: 4 LINES LOST (6 AT IE). DGI 19/24.
            """,
            ["H83.02"], [PT("97112", 23)], []),

        // Ozarks 97112 "I kept my hands on him all through the re-ed and had nobody else scheduled": one-on-one; "128-Hz tuning fork at the great toe 3 s R / 4 s L (mine 14 s); absent ankle jerks"; blanket/foam EC stance, hurdles, heel-toe in dim light; mCTSIB foam EC: passes.
        ["v4-h56-ava-tuning-fork-great-toe"] = new(
            """
            JACKS FORK PT — Ava
            Came in saying: can't feel his feet in the dark; fell going out to check the cattle at night.
            Did (97112, 22 min) — I kept my hands on him all through the re-ed and had nobody else scheduled:
             - standing on a folded moving blanket, then foam, eyes closed, slow head turns, 4 x 30 s
             - stepping over 4 low hurdles
             - heel-toe walking along the edge of the mat with the lights dimmed
            Found: 128-Hz tuning fork at the great toe 3 s R / 4 s L (mine 14 s); absent ankle jerks — peripheral neuropathy, ↓ somatosensory input for balance. mCTSIB foam EC 11 s (5 s at IE).
            """,
            ["G62.9", "R26.81"], [PT("97112", 22)], []),

        // Delta PTA 97116 "R foot slap at initial contact and a steppage pattern (R DF 2/5)" from a radiculopathy; SPC on tile and grass with distance and SBA, AFO trial and heel-first cues: passes.
        ["v4-h56-brinkley-pta-foot-slap-steppage"] = new(
            """
            Delta Gateway Therapy — Brinkley (PTA)
            Gait 97116 — 15 min
            Walked 2 x 150 ft on tile and 1 x 100 ft on the grass out back w/ SPC, SBA; trialed the off-the-shelf AFO on the R; cues "heel first"
            Findings: R foot slap at initial contact and a steppage pattern (R DF 2/5) from the L4–5 disc with R foot drop; foot slap gone with the AFO on
            """,
            ["M51.16", "M21.371"], [PTA("97116", 15)], []),

        // OKC PTA 97110 "R medial-border scapular winging on wall push-up + painful arc 70–120°": serratus punches, roller wall slides, prone Y/T, push-up plus with doses: passes.
        ["v4-h56-norman-pta-scapular-winging"] = new(
            """
            CANADIAN RIVER ORTHOPAEDICS · PT · Norman
            PTA Daily — TherEx 97110 · 16 min
             INT: supine serratus punches w/ 3# 3 x 15; wall slides w/ foam roller 2 x 12; prone Y/T 2 x 10; push-up plus on the wall 3 x 10
             FOCUS: R medial-border scapular winging on wall push-up + painful arc 70–120° — stocks the top shelf at the feed store
             RSP: painful arc now 90–120°
            """,
            ["M25.511", "M75.41"], [PTA("97110", 16)], []),

        // Delta 97140 "capsular pattern L hip — IR 8°, flexion 95°, abduction 25°; hard end-feel": long-axis distraction gr IV and glides gr III with bouts; four-wheeler goal; degrees after: passes.
        ["v4-h56-mcgehee-hip-capsular-pattern"] = new(
            """
            Delta Gateway Therapy — McGehee
            MT (97140) — 12 min: long-axis distraction L hip w/ belt gr IV 4 x 30 s; posterior glide in flexion/adduction gr III 3 x 30 s; inferior glide at 90° flexion gr III 3 x 30 s
            Findings: capsular pattern L hip — IR 8°, flexion 95°, abduction 25°; hard end-feel; can't swing his leg over the four-wheeler seat to check the catfish ponds
            After: IR 12°, flexion 100°
            """,
            ["M16.12"], [PT("97140", 12)], []),

        // Tulsa OT 97112 "L wrist/finger flexor spasticity (MAS 2), associated reactions — L hand fists when she stands"; "individual OT, nobody else on my schedule this hour"; open-hand weight bearing, trunk rotation, stretch-then-tapping, cone release; MAS after and releases k of 10: passes.
        ["v4-h56-owasso-ot-spasticity-associated-reactions"] = new(
            """
            GREEN COUNTRY REGIONAL — OUTPATIENT NEURO · OT · Owasso
            Attendance: individual OT, nobody else on my schedule this hour
            Neuromuscular re-education (97112) — 23 min
              Body function impairment: L wrist/finger flexor spasticity (MAS 2), associated reactions — the L hand fists when she stands or walks and she can't open it to let go
              Interventions: weight bearing through the open L hand on the mat with the OT's hand over hers, slow trunk rotation over the hand; prolonged stretch then tapping over the finger extensors; active release of a cone into a basket
              Quantified: MAS 1+ after; released 6 of 10 cones (2/10 at IE)
            """,
            ["I69.354"], [OT("97112", 23)], []),

        // Delta 97112 "freezing of gait at thresholds, en bloc turns, ↓ step amplitude" (PD) at the fellowship-hall doorway; "I had him one-on-one; his wife watched from the chair"; tape lines, weight shift before initiation, arc turns, counting; freezes k of 8 and turn steps: passes.
        ["v4-h56-wynne-freezing-at-thresholds"] = new(
            """
            Delta Gateway Therapy — Wynne
            S: Freezes in the doorway into the fellowship hall after church; wife says he turns "like a fence post."
            O: NMR 97112 — 23 min — I had him one-on-one; his wife watched from the chair so she can cue him at home
               tape lines across the doorway to step over; weight shift L-R before step initiation; arc turns around a cone in place of pivoting; counting out loud while stepping through
            A: PD — freezing of gait at thresholds, en bloc turns, ↓ step amplitude. Freezes 2 of 8 doorway passes (6/8 at IE); 360° turn in 9 steps.
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // Tulsa re-check whose neuro screen is normal throughout (light touch, monofilament, position sense, no nystagmus, coordination smooth, tone normal) and no deficit named; attendance, treadmill stops, reaction-light stepping, foam-beam tandem, Mini-BEST: deficit only.
        ["v4-h56-midtown-recheck-screen-normal"] = new(
            """
            GREEN COUNTRY REGIONAL — OUTPATIENT NEURO REHAB · Midtown Tulsa
            Attendance: continuous, PT and patient only
            Re-check visit — neuro screen today: light touch and monofilament intact B feet; great-toe position sense 5/5 B; no nystagmus on head shake; finger-to-nose and heel-to-shin smooth; tone normal
            Neuromuscular re-education (97112) — 24 min
              Interventions: perturbation training on the treadmill (sudden belt stops at 1.0 mph); stepping to reaction lights on the floor; tandem walking on the foam beam
              Quantified: Mini-BEST 26/28; reaction-light step time 0.71 s
            """,
            ["R26.89"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // Ozarks 97112 "re-eval last week says her balance problems have resolved; nothing holding her back now" with rocker, trampoline catches, hurdles, 1:1, Berg and TUG: no deficit targeted.
        ["v4-h56-mountaingrove-problems-resolved"] = new(
            """
            JACKS FORK PT — Mountain Grove
            97112 — 21 min — 1:1, nobody else booked at 2
            Did: side-stepping on the rocker board, catching a ball on the mini-trampoline, stepping over hurdles with a head turn
            Found: re-eval last week says her balance problems have resolved; nothing holding her back now, she just wants to keep coming.
            Berg 55/56; TUG 8.4 s.
            """,
            ["R26.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Delta 97112 "5x sit-to-stand 16.4 s without arms (21.0 s at IE)"; "1:1 PT — gym to ourselves"; lean-and-release, cued foam steps, EC narrow stance; protective stepping and plantar somatosensation: passes.
        ["v5-h56-brinkley-five-times-sit-to-stand"] = new(
            """
            Delta Gateway Therapy — Brinkley
            S: Knees buckle getting up off the low couch at his daughter's.
            O: NMR 97112 — 23 min — 1:1 PT, gym to ourselves.
               lean-and-release from the front (he has to step to catch himself); stepping onto a foam pad on cue; narrow stance eyes closed with arm raises
            A: delayed protective stepping + ↓ somatosensation both feet (diabetic neuropathy). 5x sit-to-stand 16.4 s without arms (21.0 s at IE).
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // OKC PTA 97116 "10-m walk comfortable 0.84 m/s, fast 1.12 m/s, no device"; SPC → no device on tile and curb cuts with distance, heel-strike cues, backward walking; short R stance after TKA: passes.
        ["v5-h56-delcity-pta-ten-metre-walk"] = new(
            """
            CANADIAN RIVER ORTHOPAEDICS · PT · Del City
            PTA Daily — Gait 97116 · 15 min
             INT: SPC → no device on tile, then the parking-lot curb cuts, 3 x 200 ft; heel-strike + push-off cues; backward walking 4 x 20 ft
             FOCUS: R TKA wk 7 — short R stance, ↓ knee flexion in swing
             RSP: 10-m walk comfortable 0.84 m/s, fast 1.12 m/s, no device
            """,
            ["Z96.651"], [PTA("97116", 15)], []),

        // Choctaw 97112 "Functional reach 8½ in (6 in at IE)" with pushes stepped to k of 10; "seen by himself with the PT, his granddaughter waiting outside"; narrow-stance reaches, stepping-strategy pushes, foam EC; limits of stability: passes.
        ["v5-h56-idabel-functional-reach-fraction"] = new(
            """
            KIAMICHI TRIBAL HEALTH — REHABILITATION · Idabel
            Tx: neuro re-ed (97112) — 22 min; seen by himself with the PT, his granddaughter waiting outside
            • forward and side reaches to clothespins on a rack in narrow stance
            • stepping-strategy drills — pushes at the shoulders, he has to step
            • standing on foam with eyes closed
            Reason: ↓ postural control and limits of stability (old polio, L leg) — falls reaching down into the deep freeze
            Functional reach 8½ in (6 in at IE); stepped to recover 7 of 10 pushes
            """,
            ["R26.81", "R29.6"], [PT("97112", 22)], []),

        // Choctaw 97112 "Hill step test L 9 / R 13 steps in 15 s" and step-taps carrying water; one-on-one; fast step-taps, ramp side-steps, L weight shift with the R foot on a ball; L LE motor control and weight acceptance: passes.
        ["v5-h56-atoka-hill-step-test"] = new(
            """
            KIAMICHI TRIBAL HEALTH — REHABILITATION · Atoka
            Tx: neuro re-ed (97112) — 24 min — one-on-one, PT only
            • alternating step-taps to a 6-in step, fast as she safely can, carrying a cup of water
            • side-stepping up and down the ramp
            • weight shift onto the L with the R foot up on a ball
            Reason: L LE motor control + weight acceptance after R stroke — won't trust the L leg on the slope out to the mailbox
            Hill step test L 9 / R 13 steps in 15 s; 12 step-taps in 20 s without spilling
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // OKC PTA 97110 "HHD knee ext R 16.8 kg / L 27.5 kg (LSI 61%)" with machine loads and sets; R quad weakness after ACL-R: passes.
        ["v5-h56-mustang-pta-handheld-dynamometry"] = new(
            """
            CANADIAN RIVER ORTHOPAEDICS · PT · Mustang
            PTA Daily — TherEx 97110 · 17 min
             INT: leg press 60# 3 x 12; SL leg press 30# 2 x 12 R; knee ext machine 90–45° w/ 15# 3 x 10; lateral band walks GTB 3 x 20 ft
             FOCUS: R quad weakness after ACL-R (wk 14)
             RSP: HHD knee ext R 16.8 kg / L 27.5 kg (LSI 61%)
            """,
            ["S83.511D"], [PTA("97110", 17)], []),

        // Delta 97530 transfers from couch, car-seat mock-up and toilet, floor pick-up and carry; deconditioning hip/knee weakness with a stay-home goal; "30-s chair stand: 8 reps" and SBA: passes.
        ["v5-h56-marianna-thirty-second-chair-stand"] = new(
            """
            Delta Gateway Therapy — Marianna
            97530 — 20 min
            Practiced getting up from the low couch, the car-seat mock-up and the toilet with a grab bar; picking the cat's water bowl up off the floor and carrying it to the sink
            For: B hip/knee weakness (deconditioned after a hospital stay for pneumonia); goal — stay home by herself while her son works
            30-s chair stand: 8 reps (5 at IE); SBA for the floor pick-up
            """,
            ["R53.81", "Z87.01"], [PT("97530", 20)], []),

        // Cherokee RPMS 97140 patellar and tibiofemoral mobs with grades and bouts, quad/ITB STM; "FLEXION 98° → 104° AFTER MOBS" after TKA: passes.
        ["v5-h56-jay-knee-flexion-before-after"] = new(
            """
            SEQUOYAH HILLS TRIBAL HEALTH — REHAB SERVICES · JAY
            PROVIDER NARRATIVE: 97140 MANUAL THERAPY — 11 MIN.
             PATELLAR MOBS SUP/INF AND MED/LAT GR III, 4 X 30 S; TIBIOFEMORAL PA GLIDES IN 90° FLEXION GR III, 3 X 30 S; STM DISTAL QUAD AND ITB.
             R KNEE STIFFNESS 7 WKS AFTER TKA — FLEXION 98° → 104° AFTER MOBS; EXT −5°.
            """,
            ["Z96.651"], [PT("97140", 11)], []),

        // Ozarks 97112 "me and her only": SLS with a foot on a ball, hose step-overs, beanbag passes in SLS; pelvic drop and hip/ankle postural control after hip fracture; "SLS L 3 s / R 11 s": passes.
        ["v5-h56-salem-single-leg-stance-seconds"] = new(
            """
            JACKS FORK PT — Salem
            97112 — 21 min, me and her only
            Did: single-leg stance with the other foot resting on a ball; stepping over and back over a garden hose; trunk rotations in single-leg stance passing a beanbag around
            Found: ↓ L hip/ankle postural control after L hip fracture (ORIF) — drops the pelvis on the R when she stands on the L. SLS L 3 s / R 11 s (L 1 s at IE).
            """,
            ["S72.002D"], [PT("97112", 21)], []),

        // Ozarks 97112 "had him by hisself the whole time" with foam EC stance, head turns, slow marching; plantar proprioception; "swayed less than Tuesday and stood on the foam a good bit longer" is no number: no measure.
        ["v5-h56-houston-swayed-less-no-number"] = new(
            """
            JACKS FORK PT — Houston, MO
            97112 — 22 min — had him by hisself the whole time
            Did: standing on the foam with his eyes shut, head turns on the foam, slow marching on the foam
            Found: ↓ proprioception both feet (neuropathy); swayed less than Tuesday and stood on the foam a good bit longer
            """,
            ["G62.9"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Delta 97110 "SLR, bridges, clamshells, standing heel raises, hip abduction at the counter" with R hip weakness after THA and a cotton-rows goal, but no sets, repetitions, load or number: no measure.
        ["v5-h56-dumas-exercises-without-dose"] = new(
            """
            Delta Gateway Therapy — Dumas
            TE 97110 — 15 min: SLR, bridges, clamshells, standing heel raises, hip abduction at the counter
            For: R hip weakness after R THA; goal — walk the cotton rows again at his nephew's farm
            """,
            ["Z96.641"], [PT("97110", 15)], [At(Measure, "97110")]),

        // Choctaw 97116 quad-cane walking on sidewalk and grass with step-length and hip-hike cues; R hemiparesis; "walked further than last week" with no distance, assistance level or number: no measure.
        ["v5-h56-mcalester-walked-further-no-number"] = new(
            """
            KIAMICHI TRIBAL HEALTH — REHABILITATION · McAlester
            Tx: gait training (97116) — 16 min
            • walking with the large-base quad cane on the sidewalk and the grass; cues for a longer L step and to quit hiking the R hip
            Reason: R hemiparesis after L stroke — R hip hiking and a short L step
            Response: walked further than last week, better step length
            """,
            ["I69.351"], [PT("97116", 16)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, mismatches, missing separate time

        // Cherokee RPMS "CPT 97112 X2 (24 MIN)   CPT 97110 X1 (13 MIN)": each code's minutes, both match; one-on-one with the grandson learning the HEP; tray perturbations, foam blocks, rocker EC; reactive stepping and ankle proprioception; TUG; band and toe-raise doses for hip/ankle weakness: passes.
        ["v6-h56-tahlequah-cpt-units-minutes"] = new(
            """
            SEQUOYAH HILLS TRIBAL HEALTH — REHAB SERVICES · TAHLEQUAH
            CPT 97112 X2 (24 MIN)   CPT 97110 X1 (13 MIN)
            PROVIDER NARRATIVE: SEEN ONE-ON-ONE BY PT; GRANDSON IN THE ROOM TO LEARN THE HOME EXERCISES.
             NMR: PERTURBATIONS IN STANDING WHILE HE HOLDS A LOADED TRAY; STEPPING OVER FOAM BLOCKS; ROCKER BOARD EYES CLOSED.
             DEFICIT: DELAYED REACTIVE STEPPING, ↓ ANKLE PROPRIOCEPTION (DIABETIC NEUROPATHY). TUG 12.6 S; ROCKER BOARD HOLDS 15 S X 3.
             THER EX: STANDING HIP ABD/EXT WITH RED BAND 3 X 12; TOE RAISES 3 X 15. B HIP/ANKLE WEAKNESS.
            """,
            ["E11.42"], [PT("97112", 24), PT("97110", 13)], []),

        // Ozarks "23 min of balance re-ed (97112), only her and me in the gym … then 15 more of her strengthening (97110)": both codes' minutes, both match; one-on-one; tandem, foam head turns, lean-and-catch; doses; postural control, hip weakness, pushes caught and tandem steps: passes.
        ["v6-h56-westplains-then-fifteen-more"] = new(
            """
            JACKS FORK PT — West Plains
            Came in saying: got to get her strength back to run the tiller in the garden.
            Did: 23 min of balance re-ed (97112), only her and me in the gym — tandem walking along the bars, foam stance with head turns, lean-and-catch pushes at the hips; then 15 more of her strengthening (97110) — sit-to-stands 3 x 10, step-ups to a 6" step 2 x 10, hip abduction with red band 3 x 12.
            Found: ↓ postural control with slow reactive steps; B hip weakness 4-/5. Caught 8 of 10 pushes; tandem 15 steps without a side step.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Tulsa "Minute split: NMR 25, gait 14" with "PT with pt, no one else, all 39": both match; half-kneel rhythmic stabilization, floor targets, weighted-ball catches; R LE recruitment/timing and position sense; Berg and targets; hemi-walker → SPC with distance, CGA → SBA, stiff-knee cues: passes.
        ["v6-h56-bixby-minute-split"] = new(
            """
            GREEN COUNTRY REGIONAL — OUTPATIENT NEURO REHAB · Bixby
            Minute split: NMR 25, gait 14
            Attendance: PT with pt, no one else, all 39
            NMR: half-kneel to stand with rhythmic stabilization; stepping to targets on the floor mat; catching a weighted ball in tandem stance
              Body function impairment: ↓ R LE motor recruitment and timing after L thalamic stroke; ↓ R foot position sense
              Quantified: Berg 45/56; 10 of 12 targets hit with the R
            Gait: hemi-walker → SPC on tile and carpet, 2 x 150 ft, CGA → SBA; cues for R knee flexion in swing (stiff-knee gait)
            """,
            ["I69.351"], [PT("97112", 25), PT("97116", 14)], []),

        // Delta PTA "TE — fifteen minutes even; MT — 10 minutes": both codes' minutes (spelled and numeral), both match; TKA exercises with doses, patellar glides with grade and bouts; knee degrees and an altar-rail goal: passes.
        ["v6-h56-helena-pta-fifteen-minutes-even"] = new(
            """
            Delta Gateway Therapy — Helena-West Helena (PTA)
            TE — fifteen minutes even; MT — 10 minutes
            TE: quad sets 10 s x 10; SAQ w/ 2 lb 3 x 12; heel slides w/ strap 2 x 15; standing TKE w/ green band 3 x 12
            MT: patellar glides gr III 3 x 30 s each direction; STM quads/ITB
            R knee 5 wks after TKA — flexion 95°, lacks 5° of extension; wants to kneel at the altar rail again.
            """,
            ["Z96.651"], [PTA("97110", 15), PTA("97140", 10)], []),

        // Choctaw PT and OT stacked back to back, "PT — gait training 97116: 15 min" and "OT — ther activity 97530: 22 min": each discipline's minutes match; RW → SPC on tile and gravel with distance and CGA; dishwasher and jug carry with count and SBA; breakfast goal: passes.
        ["v6-h56-durant-pt-and-ot-stacked"] = new(
            """
            KIAMICHI TRIBAL HEALTH — REHABILITATION · Durant
            Drive: 70 miles each way from Antlers, so PT and OT saw him back to back this morning.
            PT — gait training 97116: 15 min. RW → SPC on tile and gravel, 3 x 120 ft, CGA; cues to keep the SPC in the L hand and step through with the R. R hemiparesis (L stroke), short R step.
            OT — ther activity 97530: 22 min. Loading and unloading the dishwasher (12 dishes) standing at the counter; carrying a gallon jug from the fridge to the table; SBA. Goal — make his own breakfast.
            """,
            ["I69.351"], [PT("97116", 15), OT("97530", 22)], []),

        // Tulsa "Time spent in neuro re-ed today: 35 minutes" on the one timed code (97112, 23 billed): a mismatch; attendance, stride-stance perturbations, dual-task obstacles, rocker EC; postural control after TBI; FGA and contacts complete.
        ["v6-h56-sapulpa-one-code-35-against-23"] = new(
            """
            GREEN COUNTRY REGIONAL — OUTPATIENT NEURO REHAB · Sapulpa
            Attendance: PT + pt only
            Time spent in neuro re-ed today: 35 minutes
            Interventions: perturbation training in stride stance; stepping over obstacles while counting back by 3s; rocker board front-back with eyes closed
            Body function impairment: ↓ postural control and slow anticipatory adjustments after TBI (MVC)
            Quantified: FGA 21/30; obstacle contacts 1/10
            """,
            ["S06.2X0D"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // OKC PTA "NMRE 97112 · 23 min" (matches) and "TherEx 97110 · 30 min" against a 15-min 97110 line: mismatch on 97110; one-on-one in the closed room; perturbations, bounds, cutting drill; landing valgus; LESS and hop; ther ex doses complete.
        ["v6-h56-norman-pta-therex-30-against-15"] = new(
            """
            CANADIAN RIVER ORTHOPAEDICS · PT · Norman
            PTA Daily — per PT POC
            NMRE 97112 · 23 min — one-on-one w/ PTA in the closed tx room
             INT: SL stance on foam w/ perturbations from PTA; lateral bounds to stick; cutting drill to reaction cues
             FOCUS: L knee neuromuscular control, valgus collapse on landing (ACL-R wk 24)
             RSP: LESS 5 (8 at wk 16); SL hop L 92 cm
            TherEx 97110 · 30 min
             INT: Bulgarian split squats w/ 15# DB 3 x 8; Nordic hamstring curls 3 x 5; SL bridges 3 x 12
             FOCUS: L quad/hamstring strength
            """,
            ["S83.512D"], [PTA("97112", 23), PTA("97110", 15)], [At(Mismatch, "97110")]),

        // OKC PTA "Manual 97140 · 20 min" against a 10-min 97140 line: mismatch on 97140; "TherEx 97110 · 15 min" matches; thoracic and rib mobs with grades and bouts, ther ex doses, a pipeline welder's mid-back, rotation degrees.
        ["v6-h56-yukon-pta-manual-20-against-10"] = new(
            """
            CANADIAN RIVER ORTHOPAEDICS · PT · Yukon
            PTA Daily
            Manual 97140 · 20 min
              INT: thoracic PA glides T4–T8 gr III 3 x 30 s; rib mobs R 4–6; STM R rhomboid/mid trap
              FOCUS: R mid-back pain + stiffness — pipeline welder, can't hold the overhead weld
            TherEx 97110 · 15 min
              INT: open books 2 x 10 each way; prone T's w/ 2# 3 x 10; thoracic ext over the foam roll x 10; rows GTB 3 x 15
              RSP: thoracic rotation R 35° → 45°
            """,
            ["M54.6"], [PTA("97140", 10), PTA("97110", 15)], [At(Mismatch, "97140")]),

        // Delta "Timed total today: 38 min — neuro re-ed + ther ex" is the only time for 97112 and 97110: no minutes for each; one-on-one, NMR and TE content and Berg complete.
        ["v6-h56-stuttgart-timed-total-only"] = new(
            """
            Delta Gateway Therapy — Stuttgart
            S: Wife says he's been falling out in the yard.
            O: Timed total today: 38 min — neuro re-ed + ther ex. One-on-one with me the whole visit.
               NMR: foam stance with head turns; stepping over a row of cones; reactive pushes at the hips
               TE: sit-to-stands 3 x 10; heel raises 3 x 15; side-stepping with red band 3 x 20 ft
            A: ↓ postural control with slow stepping reactions; B hip/ankle weakness. Berg 44/56.
            """,
            ["R26.81", "R29.6"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // Choctaw "Tx: ther activity (97530) — 22 min" but the "Tx: ther ex" block that follows has no minutes: separate time missing; both parts complete (jug carries and kneel-to-stand with SBA; squats, step-ups, cuff curls; knee OA with a garden goal).
        ["v6-h56-hugo-minutes-for-one-of-two"] = new(
            """
            KIAMICHI TRIBAL HEALTH — REHABILITATION · Hugo
            Tx: ther activity (97530) — 22 min
            • hauling 2 gallon jugs of water 40 ft x 4 (he hauls water to his garden)
            • getting down on one knee to pull weeds in the raised bed and back up x 6
            Tx: ther ex
            • mini-squats 3 x 10; step-ups to a 6-in step 2 x 10; hamstring curls w/ 5-lb cuff 3 x 12
            Reason: B knee OA, L worse; goal — keep his garden and get up from kneeling
            SBA for kneel-to-stand
            """,
            ["M17.0"], [PT("97530", 22), PT("97110", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a 97112 visit: DOC_NOTE_MISSING only.
        ["v7-h56-empty-97112"] = new(
            "",
            ["I69.351"], [PT("97112", 23)], [At(NoteMissing, "97112")]),

        // Tab, newline and spaces only on a PTA's 97110 + 97140 visit sent without a diagnosis: missing on both profiled lines, and the diagnosis check.
        ["v7-h56-whitespace-pta-te-mt-no-diagnosis"] = new(
            "\t\n  \n",
            [], [PTA("97110", 15), PTA("97140", 10)], [At(NoteMissing, "97110"), At(NoteMissing, "97140"), Dx]),

        // Empty note on a PT 97116 + OT 97530 visit: DOC_NOTE_MISSING on both lines and nothing else.
        ["v7-h56-empty-pt-gait-ot-97530"] = new(
            "",
            ["I69.351"], [PT("97116", 15), OT("97530", 22)], [At(NoteMissing, "97116"), At(NoteMissing, "97530")]),

        // 97110: step-ups, loaded sit-to-stands, band hip work, heel raises with doses; B hip and thigh weakness with a porch-steps goal: passes.
        ["v7-h56-winona-97110-porch-steps"] = new(
            """
            JACKS FORK PT — Winona
            97110 — 17 min: step-ups to a 7" step 3 x 10 each leg; sit-to-stand from a low chair holding a 10-lb sack 3 x 8; standing hip abduction/extension w/ red band 3 x 12; heel raises 3 x 15
            For: B hip and thigh weakness (deconditioned after a long winter indoors); wants to get up the porch steps carrying his groceries
            """,
            ["M62.81"], [PT("97110", 17)], []),

        // 97530: water-bucket carries with load and distance, hoeing passes, kneel-to-pick-beans counts, SBA; knee and low back limiting garden work with a canning goal: passes.
        ["v7-h56-sallisaw-97530-garden-rows"] = new(
            """
            SEQUOYAH HILLS TRIBAL HEALTH — REHAB SERVICES · SALLISAW
            PROVIDER NARRATIVE: 97530 THER ACTIVITY — 21 MIN.
             CARRYING A 5-GAL BUCKET OF WATER (20 LB) FROM THE SPIGOT TO THE GARDEN ROWS, 50 FT X 4; HOEING A ROW IN THE CLINIC GARDEN BOX X 3 PASSES; KNEELING TO PICK BEANS AND BACK UP X 6. SBA.
             L KNEE AND LOW BACK PAIN LIMIT GARDEN WORK; GOAL — PUT UP BEANS AND CORN THIS SUMMER.
            """,
            ["M17.12", "M54.50"], [PT("97530", 21)], []),

        // 97140: GH posterior and inferior glides with grades and bouts, sidelying scapular mobs; R adhesive capsulitis with degrees and a smokehouse-shelf limit: passes.
        ["v7-h56-atoka-97140-gh-glides"] = new(
            """
            KIAMICHI TRIBAL HEALTH — REHABILITATION · Atoka
            Tx: manual therapy (97140) — 10 min
            • GH posterior glides gr III, 3 x 30 s; inferior glides in 60° abduction gr III, 3 x 30 s
            • sidelying scapular mobs (upward rotation and protraction)
            Reason: R adhesive capsulitis — ER 25°, abduction 85°; can't reach the shelf in the smokehouse
            """,
            ["M75.01"], [PT("97140", 10)], []),

        // 97116: posterior-leaf AFO and SPC over tile, carpet and ramp 3 x 180 ft, obstacle step-overs, CGA; circumduction and lateral trunk lean; ballpark-seats goal: passes.
        ["v7-h56-midtown-97116-afo-ramp"] = new(
            """
            GREEN COUNTRY REGIONAL — OUTPATIENT NEURO REHAB · Midtown Tulsa
            Gait training (97116) — 15 min
              Interventions: over-ground gait with a posterior-leaf AFO (L) and a SPC, tile → carpet → ramp, 3 x 180 ft; obstacle step-overs on the course x 8; CGA
              Body function impairment: L circumduction in swing and lateral trunk lean to the R
              Activity limitation: can't walk from the parking garage to the Drillers' seats at ONEOK Field
            """,
            ["I69.354"], [PT("97116", 15)], []),

        // "97530 — 20 min. Functional training per plan. Pt cooperative, no complaints. Progressing toward goals.": minutes match but no activity, region, goal or number: generic only.
        ["v7-h56-wynne-generic-97530"] = new(
            """
            Delta Gateway Therapy — Wynne
            97530 — 20 min. Functional training per plan. Pt cooperative, no complaints. Progressing toward goals.
            """,
            ["M62.81"], [PT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // RPMS "NEURO RE-ED PER POC. BALANCE ACTIVITIES. TOLERATED WELL. RTC NEXT WEEK." on 97112: no technique, deficit, number or one-on-one: generic only.
        ["v7-h56-stilwell-generic-rpms-97112"] = new(
            """
            SEQUOYAH HILLS TRIBAL HEALTH — REHAB SERVICES · STILWELL
            PROVIDER NARRATIVE: NEURO RE-ED PER POC. BALANCE ACTIVITIES. TOLERATED WELL. RTC NEXT WEEK.
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Ozarks "did some hands-on loosening up of his R shoulder and upper back, 12 min" with flexion degrees and a hay-hauling goal: region and number but no manual technique named.
        ["v7-h56-mountainview-97140-unnamed-hands-on"] = new(
            """
            JACKS FORK PT — Mountain View
            Did some hands-on loosening up of his R shoulder and upper back, 12 min.
            Found: R shoulder flexion 120° → 128° after; fixin' to go back to hauling hay.
            """,
            ["M25.611"], [PT("97140", 12)], [At(Tech, "97140")]),

        // ---------------------------------------------------------------- ordinary notes

        // Ozarks TKA "ther ex (97110) 18 min" (doses) and "gait (97116) 12 min" (SPC on gravel and grass, distance, SBA, stiff-knee cues) match; knee degrees; mailbox on the gravel drive: passes.
        ["vord-h56-eminence-tka-te-gait-gravel-drive"] = new(
            """
            JACKS FORK PHYSICAL THERAPY — Eminence
            Came in saying: walked the gravel drive to the mailbox and back Sunday — plumb wore out, but he did it.
            Did: ther ex (97110) 18 min — heel slides w/ strap 2 x 15; quad sets 10 s x 10; long-arc quads w/ 3 lb 3 x 12; step-ups onto a 6" step 2 x 10
                 gait (97116) 12 min — SPC in the R hand on the gravel strip out back and the grass, 3 x 100 ft, SBA; cues to bend the L knee in swing, he walks stiff-legged
            Found: L knee 6 wks after TKA — flexion 102°, lacks 4° of extension; stiff-knee gait on the L.
            """,
            ["Z96.652"], [PT("97110", 18), PT("97116", 12)], []),

        // Ozarks 97530 chicken-house work (loaded feed bucket carries, winch cranking, sandbag "bird" pick-ups, carrying over rubber mulch), SBA and a rest; R shoulder after cuff repair and low back: passes.
        ["vord-h56-mountaingrove-chicken-houses-97530"] = new(
            """
            JACKS FORK PT — Mountain Grove
            Came in saying: fixin' to go back to walking his chicken houses twice a day and has to crank the feeder lines up before the catchers come.
            Did (97530, 22 min): carried a 5-gal bucket with 25 lb of feed 40 ft x 4; cranked the winch handle on the wall-mounted mock-up 3 x 20 turns; squatted to pick a "bird" (5-lb sandbag) off the floor and set it in the crate x 10; walked across the rubber-mulch box carrying the bucket.
            Found: R shoulder weakness 4 months after cuff repair — elevation 140°; low back tires after 10 squats. Did all of it with SBA, 1 rest.
            """,
            ["M75.121"], [PT("97530", 22)], []),

        // Ozarks deer season: "97110 — 15 min" (step-ups, wall sits, rows, stretch with doses) and "97530 — 15 min" (loaded ladder climbs, camp-stool transfers, seat carry) match; knee OA and quad weakness; SBA: passes.
        ["vord-h56-alton-deer-season-box-blind"] = new(
            """
            JACKS FORK PT — Alton
            Deer season opens in 2 wks and he wants to climb the ladder into his box blind and sit all morning.
            97110 — 15 min: step-ups to a 12" box 3 x 10 each; wall sits 30 s x 5; banded rows (blue) 3 x 12; hip flexor stretch in half-kneel 30 s x 3
            97530 — 15 min: up and down the 8-rung gym ladder with a 10-lb pack on, x 4; sitting down onto and getting up from a low camp stool x 10; carrying the climbing seat (15 lb) 50 ft
            Found: B knee OA, quads weak (4-/5 B), stiff getting up after sitting; SBA on the ladder, no loss of balance.
            """,
            ["M17.0"], [PT("97110", 15), PT("97530", 15)], []),

        // Ozarks PTA 97110 for a Current River paddle (ER with weight, prone T/Y, rows, cable paddle-stroke pattern, serratus slides with doses); painful arc and ER grade; "Tolerated well." beside full content: passes.
        ["vord-h56-vanburen-pta-current-river-paddle"] = new(
            """
            JACKS FORK PT — Van Buren (PTA)
            Came in saying: fixin' to paddle the Current River from Akers to Pulltite with her church group; R shoulder still catches reaching overhead.
            Did (97110, 20 min): sidelying ER w/ 2 lb 3 x 12; prone T's and Y's 2 x 10; band rows (green) 3 x 15; paddle-stroke pattern on the cable column, 10 lb, 3 x 12 each side; serratus wall slides w/ foam roller 2 x 12
            Found: R shoulder impingement — painful arc 80–120°, ER strength 4-/5.
            Tolerated well.
            """,
            ["M75.41"], [PTA("97110", 20)], []),

        // Cherokee RPMS "97140 MANUAL — 10 MIN" (distraction and posterior glides with grade and bouts, patellar mobs) and "97110 THER EX — 15 MIN" (doses) match; L knee OA with flexion degrees; wild-onion goal: passes.
        ["vord-h56-stilwell-wild-onions-mt-te"] = new(
            """
            SEQUOYAH HILLS TRIBAL HEALTH — REHAB SERVICES · STILWELL
            CHIEF COMPLAINT: L KNEE PAIN AND STIFFNESS. WANTS TO GET DOWN IN THE CREEK BOTTOM AND PICK WILD ONIONS FOR THE CHURCH'S WILD ONION DINNER.
            PROVIDER NARRATIVE:
             97140 MANUAL — 10 MIN: TIBIOFEMORAL DISTRACTION GR III 3 X 30 S; POSTERIOR GLIDES OF THE TIBIA GR III 3 X 30 S; PATELLAR MOBS SUP/INF.
             97110 THER EX — 15 MIN: HEEL SLIDES 2 X 15; MINI-SQUATS AT THE COUNTER 3 X 10; HALF-KNEEL TO STAND WITH ONE HAND ON A CHAIR X 8; STEP-DOWNS OFF A 4 IN STEP 2 X 10.
             L KNEE OA — FLEXION 105°, PAIN WITH DEEP SQUAT; CAN'T GET DOWN TO THE GROUND AND BACK UP.
            PATIENT EDUCATION: JOINT PROTECTION. LEVEL OF UNDERSTANDING: GOOD.
            """,
            ["M17.12"], [PT("97140", 10), PT("97110", 15)], []),

        // Choctaw 97530 ishtaboli drills (scooping with kapucha sticks on the run, cutting and catching between the sticks, getting up from the ground without hands), independent; R knee after meniscus repair with giving-way count and a tournament goal: passes.
        ["vord-h56-talihina-kapucha-stickball-97530"] = new(
            """
            KIAMICHI TRIBAL HEALTH — REHABILITATION · Talihina
            Tx: ther activity (97530) — 24 min
            • scooping the ball off the turf with his kapucha (stickball sticks) on the run, 3 x 10
            • cutting L and R around cones and catching a pass between the sticks x 12
            • getting up off the ground from a fall position without hands, x 8
            Family: brother came along and helped toss
            Reason: R knee 5 months after meniscus repair — pain and giving way when he plants to cut; goal is to play ishtaboli for the Talihina team at the Labor Day tournament
            Did it all independently; gave way 1 time in 12 cuts
            """,
            ["S83.241D"], [PT("97530", 24)], []),

        // Delta 97116 rollator on the level and clinic stairs with rail and SPC, flights, distance, CGA/SBA, toe-catch cues; heat index and BP written in; L hip weakness after THA; choir-loft goal: passes.
        ["vord-h56-helena-church-steps-heat-index"] = new(
            """
            Delta Gateway Therapy — Helena-West Helena
            S: Heat index 104 out there today. Wants to climb the front steps at Greater Bethel and sit in the choir loft on Sundays.
            O: Gait 97116 — 16 min. Rollator on the level, 2 x 150 ft, SBA; then the clinic stairs with the R rail and a SPC in the L hand, step-to, 2 flights of 12 steps, CGA. Cues for the L foot to clear the step nose — she catches her toe.
               BP 142/84 before, 150/86 after; no dizziness.
            A: L hip weakness + L foot catching on the stairs after L THA.
            P: Try step-over-step next visit.
            """,
            ["Z96.642"], [PT("97116", 16)], []),

        // Delta rice farmer "MT (97140) 12 min" (PA glides and rotation mobs with grade and bouts, STM) and "TE (97110) 16 min" (doses) match; central LBP with extension degrees after manual; levee-gate history: passes.
        ["vord-h56-stuttgart-rice-levees-mt-te"] = new(
            """
            Delta Gateway Therapy — Stuttgart
            S: Rice farmer; got down in his back pulling levee gates, worse after a day on the tractor seat. Can't walk the levees checking water like he used to.
            O: MT (97140) 12 min — prone PA glides L3–L5 gr III, 3 x 30 s each level; sidelying lumbar rotation mob gr III, 3 x 30 s each side; STM L paraspinals.
               TE (97110) 16 min — prone press-ups 2 x 10; bird dog 2 x 10 each; bridges 3 x 12; hip hinge with a dowel 2 x 10.
            A: Central LBP with stiffness L3–L5; lumbar extension 10° → 18° after MT.
            """,
            ["M54.50"], [PT("97140", 12), PT("97110", 16)], []),

        // Tulsa "Attendance: PT and patient only, every timed minute": NMR 24 (half-roll stance with head turns, star stepping, narrow-stance catches; L LE proprioception and ankle strategy; FGA and SLS) and ther ex 14 (marches with cuff, band DF, sit-to-stands; hip flexor/DF) match: passes.
        ["vord-h56-midtown-ms-nmr-te"] = new(
            """
            GREEN COUNTRY REGIONAL — OUTPATIENT NEURO REHAB · Midtown Tulsa
            Attendance: PT and patient only, every timed minute
            Neuromuscular re-education (97112) — 24 min
              Body function impairment: ↓ L LE proprioception and ankle strategy; heat-sensitive fatigue (relapsing MS)
              Interventions: standing on a half foam roll, flat side down, with slow head turns; forward/backward stepping to targets in a star pattern; catching a ball in narrow stance; cooling vest on
              Quantified: FGA 20/30; SLS L 4 s / R 14 s
            Therapeutic exercise (97110) — 14 min
              L hip flexor + dorsiflexor strengthening: standing marches w/ 2-lb cuff 3 x 10; seated DF against band 3 x 12; sit-to-stand 2 x 10
              Activity limitation: trips on the curb at the QuikTrip when her L foot tires
            """,
            ["R26.89", "M62.81"], [PT("97112", 24), PT("97110", 14)], []),

        // Tulsa PD: "NMR 97112 — 25 min" (amplitude step-and-reach, pre-step weight shift, arc turns, dual-task; freezing and initiation; turn steps and freezes k of 6) and "Gait 97116 — 13 min" (U-step walker vs none, distance, SBA) match; "Seen individually; PT with her the whole visit": passes.
        ["vord-h56-owasso-pd-nmr-gait"] = new(
            """
            GREEN COUNTRY REGIONAL — OUTPATIENT NEURO REHAB · Owasso
            Seen individually; PT with her the whole visit
            NMR 97112 — 25 min: big-amplitude step-and-reach in 4 directions; weight shift before step initiation; turning in an arc around a cone instead of pivoting; dual-task walking naming grocery items
              Body function impairment: PD — freezing at doorways and on turns, ↓ motor initiation and step amplitude
              Quantified: 360° turn 7 steps (11 at IE); froze in 1 of 6 doorway passes
            Gait 97116 — 13 min: U-step walker vs no device on carpet and tile, 3 x 150 ft, SBA; cues for heel strike and longer steps
              Activity limitation: shuffles through the Reasor's aisles, freezes at the automatic doors
            """,
            ["G20.A1"], [PT("97112", 25), PT("97116", 13)], []),

        // Tulsa 97112 after acoustic neuroma resection, "PT with pt one-on-one in the vestibular room": letter-card head turns on foam, ball passing while walking, optokinetic stripes; L vestibular loss and visual dependence; DGI and mCTSIB: passes.
        ["vord-h56-jenks-vestibular-loss-optokinetic"] = new(
            """
            GREEN COUNTRY REGIONAL — OUTPATIENT NEURO REHAB · Jenks
            97112 — 23 min — PT with pt one-on-one in the vestibular room
              Body function impairment: L vestibular loss after acoustic neuroma resection; visual dependence — unsteady in busy visual surroundings
              Interventions: letter card at arm's length with yaw and pitch head turns on foam; walking while passing a ball side to side; moving-stripes optokinetic video in narrow stance
              Quantified: DGI 18/24 (12/24 at IE); mCTSIB foam EC 14 s
              Activity limitation: can't shop the Tulsa Hills Target without holding the cart
            """,
            ["H81.8X2"], [PT("97112", 23)], []),

        // Tulsa OT 97530 cast-iron skillet lifts with load and count, rocker-knife onions, cart table setting; mild R hemiparesis and standing endurance; SBA, rests and drops counted; Sunday-dinner goal: passes.
        ["vord-h56-sapulpa-ot-cast-iron-skillet"] = new(
            """
            GREEN COUNTRY REGIONAL — OUTPATIENT NEURO · OT · Sapulpa
            Therapeutic activities (97530) — 23 min
              Interventions: fried potatoes in a cast-iron skillet (two-handed lift of the 6-lb skillet from the stove to the counter x 3); sliced onions with a rocker knife; set the table for 4 walking with a rolling cart
              Body function impairment: R hemiparesis (mild) — weak R grip, drops the spatula; standing endurance at the stove
              Quantified: SBA; 2 seated rests; 0 skillet drops, 2 utensil drops
              Activity limitation: wants to cook Sunday dinner for the grandkids again
            """,
            ["I69.351"], [OT("97530", 23)], []),

        // OKC PTA TSA: "TherEx 97110 · 18 min" (pulleys, wand, isometrics, band with doses) and "Manual 97140 · 10 min" (GH glides with grade and bouts, scapular mob, STM) match; PROM degrees; overhead-cupboard limit: passes.
        ["vord-h56-nwexpressway-pta-tsa-te-mt"] = new(
            """
            CANADIAN RIVER ORTHOPAEDICS · PT · NW Expressway
            PTA Daily — per PT POC (sup PT on site)
            TherEx 97110 · 18 min
              INT: pulleys flexion/scaption x 20; supine wand ER 2 x 15; isometrics ER/IR/flex 10 s x 10; scapular retraction w/ YTB 3 x 15
              FOCUS: L shoulder after anatomic TSA (wk 9) — can't reach the overhead cupboard
            Manual 97140 · 10 min
              INT: GH inferior + posterior glides gr II–III 3 x 30 s; sidelying scapular upward-rotation mob; STM L pec minor
              RSP: PROM flex 130° → 138°, ER 40°
            """,
            ["Z96.612"], [PTA("97110", 18), PTA("97140", 10)], []),

        // OKC PTA THA: "TherEx 97110 · 15 min" (doses) and "Gait/stairs 97116 · 12 min" (SPC → none with distance, storm-cellar mock steps with CGA) match; Trendelenburg lurch and hip weakness; siren goal: passes.
        ["vord-h56-edmond-pta-storm-cellar-steps"] = new(
            """
            CANADIAN RIVER ORTHOPAEDICS · PT · Edmond
            PTA Daily — per PT POC
            TherEx 97110 · 15 min
              INT: sidelying hip abd 3 x 12; bridges 3 x 15; standing hip ext w/ GTB 3 x 12; mini-squats 2 x 15
              FOCUS: R hip weakness 8 wks after R THA (anterior)
            Gait/stairs 97116 · 12 min
              INT: SPC in the L hand → no device on tile, 2 x 200 ft; the 9 steep storm-cellar steps on the mock stairs (no rail, SPC + PTA guarding), step-to; CGA on the steps
              FOCUS: R Trendelenburg lurch; goal — get down into the storm cellar in time when the sirens go
            """,
            ["Z96.641"], [PTA("97110", 15), PTA("97116", 12)], []),

        // OKC PTA 97110 for a frac-sand hauler (press-ups, TA bracing, bird dog, KB deadlift from a box, stretch with doses); low back and R buttock pain with centralization and flexion reach: passes.
        ["vord-h56-moore-pta-frac-sand-hauler"] = new(
            """
            CANADIAN RIVER ORTHOPAEDICS · PT · Moore
            PTA Daily
            TherEx 97110 · 20 min
              INT: prone press-ups 3 x 10; supine TA bracing w/ heel slides 3 x 10; bird dog 3 x 10; deadlift from a 12" box w/ 20# KB 3 x 8; hip flexor stretch 30 s x 3 B
              FOCUS: low back + R buttock pain — hauls frac sand, can't tolerate climbing into the cab or throwing chains
              RSP: repeated extension centralized the R buttock sx to the low back; lumbar flexion fingertips to mid-shin
            """,
            ["M54.41"], [PTA("97110", 20)], []),

        // OKC PTA 97530 wheat-harvest work (loaded ladder climbs, seed-bag lifts, gravel shoveling with counts), SBA and a rest; R knee after meniscectomy with a grain-cart goal: passes.
        ["vord-h56-mustang-pta-wheat-harvest"] = new(
            """
            CANADIAN RIVER ORTHOPAEDICS · PT · Mustang
            PTA Daily — TherAct 97530 · 22 min
             INT: on/off the 5-rung combine-ladder mock-up carrying a 10# tool bag x 6; lifting a 40# bag of seed from the floor to tailgate height x 8; shoveling pea gravel from a bin into a bucket 3 x 15 scoops
             FOCUS: R knee after partial medial meniscectomy; goal — run the grain cart during wheat harvest
             RSP: all done w/ SBA, no knee pain on the ladder; 1 rest
            """,
            ["S83.231D"], [PTA("97530", 22)], []),

        // Choctaw long drive: "neuro re-ed (97112) — 23 min, one-on-one with PT in the back gym" (PNF LE patterns with resisted step-through, foam-block step-overs, reactive pushes; L LE recruitment and protective stepping; Berg and pushes k of 8) and "ther activity (97530) — 15 min" (truck transfers, sack carry, SBA) match: passes.
        ["vord-h56-brokenbow-long-drive-nmr-ta"] = new(
            """
            KIAMICHI TRIBAL HEALTH — REHABILITATION · Broken Bow
            Drive: 64 miles each way from up past Smithville; his son drives him.
            Tx: neuro re-ed (97112) — 23 min, one-on-one with PT in the back gym; son waited in the truck
            • PNF D1/D2 lower-extremity patterns on the L in standing with resisted step-through
            • stepping over 4 foam blocks set a foot apart
            • reactive steps to pushes at the pelvis from behind and from the L
            Tx: ther activity (97530) — 15 min
            • in/out of the truck from the mock running board x 6; carrying a 10-lb sack of potatoes from the truck to the porch, 30 ft x 3
            Reason: L hemiparesis after R MCA stroke — ↓ L LE motor recruitment and slow protective stepping to the L; goal is to ride to the hog fry at church and get out of the truck on his own
            How he did: Berg 44/56; caught himself with a step on 6 of 8 pushes to the L; truck transfers SBA
            """,
            ["I69.354"], [PT("97112", 23), PT("97530", 15)], []),

        // Ozarks three codes: NMR 20 ("just him and me in the gym"; foam head turns EC, bar side-steps with tosses, quick stops; cervical proprioception; mCTSIB), ther ex 13 (doses, neck/scapular) and manual 10 (lateral glides gr III with bouts, STM; rotation degrees) all match: passes.
        ["vord-h56-westplains-three-codes-raking-leaves"] = new(
            """
            JACKS FORK PT — West Plains
            Came in saying: been piddling around the yard, raked a right smart of leaves Saturday and his neck's been stiff since.
            Did:
             Neuro re-ed 97112 — 20 min, just him and me in the gym: standing on foam with head turns and eyes closed; side-stepping along the parallel bars catching a ball; quick stops and turns on command.
             Ther ex 97110 — 13 min: chin tucks 2 x 12; scapular retraction w/ red band 3 x 12; thoracic extension over a foam roll x 10.
             Manual 97140 — 10 min: cervical lateral glides R C4–6 gr III 3 x 30 s; STM upper traps/levator.
            Found: cervicogenic dizziness — neck stiff (rotation R 50°, L 60°), ↓ cervical proprioception, unsteady when he turns his head. mCTSIB foam EC 12 s (7 s at IE).
            """,
            ["M54.2", "R26.89"], [PT("97112", 20), PT("97110", 13), PT("97140", 10)], []),

        // Delta OT 97110 after a Colles' fracture (weights, hammer, putty, towel wring with doses); grip kg and extension degrees with a tractor goal; heat index and HR written in: passes.
        ["vord-h56-dumas-ot-colles-tractor"] = new(
            """
            Delta Gateway Therapy — Dumas · OT
            97110 · 18 min — wrist ext/flex w/ 2-lb dumbbell 2 x 15; supination/pronation w/ hammer 2 x 12; putty grip (red) 3 x 15; towel wring 2 x 10
            R wrist stiffness and weak grip 10 wks after a Colles' fracture — grip 14 kg (L 30 kg), ext 45°; goal: drive the tractor for fall tillage
            Heat index 101; HR 88 before / 96 after.
            """,
            ["S52.531D"], [OT("97110", 18)], []),

        // Delta 97112 "I treated her by herself the whole 24 min": pew-height no-hands sit-to-stand to a target, feet-together foam stance singing a verse, R weight shift with approximation; R LE motor and postural control after CVA; 5xSTS and foam seconds: passes.
        ["vord-h56-marianna-pew-stand-for-hymns"] = new(
            """
            Delta Gateway Therapy — Marianna
            S: Wants to stand up from the pew for the hymns without grabbing the pew in front of her.
            O: NMR 97112 — I treated her by herself the whole 24 min.
               sit-to-stand from a pew-height bench, eyes on a target, no hands; feet together on foam while singing a verse (dual task); weight shift onto the R leg with tapping and approximation at the R knee
            A: R LE motor control + postural control after L CVA — pushes back into the bench when she stands. 5xSTS 18.2 s (no hands); feet together on foam 22 s.
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // Choctaw 97112 "seen one-on-one; wife and great-granddaughter watched from the doorway": cone step-overs with head turns, foam-beam ball passing, rocker EC; vestibular and somatosensory integration with a festival-at-night goal; mCTSIB and passes k of 5: passes.
        ["vord-h56-antlers-festival-grounds-at-night"] = new(
            """
            KIAMICHI TRIBAL HEALTH — REHABILITATION · Antlers
            Tx: neuro re-ed (97112) — 21 min — seen one-on-one; wife and great-granddaughter watched from the doorway
            • stepping over a row of 5 cones with a head turn on every other step
            • standing on the foam beam passing a ball around his waist
            • rocker board side to side, eyes closed
            Reason: ↓ vestibular and somatosensory integration — unsteady in the dark; wants to walk the festival grounds at night at Labor Day
            Numbers: mCTSIB foam EC 9 s; 4 of 5 cone passes without a misstep
            """,
            ["R26.81", "H81.93"], [PT("97112", 21)], []),

        // Complete Ozarks 97110 (step-downs, TKE, wall sits, SLR with doses; L quad weakness and knee OA; porch-steps complaint) sent with no diagnosis.
        ["vord-h56-houston-complete-no-diagnosis"] = new(
            """
            JACKS FORK PT — Houston, MO
            Came in saying: his L knee gives out coming down the porch steps.
            Did (97110, 16 min): step-downs off a 4" step 3 x 10; TKE w/ green band 3 x 15; wall sits 30 s x 5; SLR w/ 2 lb 3 x 10
            Found: L quad weakness (4-/5), L knee OA.
            """,
            [], [PT("97110", 16)], [Dx]),

        // Complete Delta 97116 (SPC on tile and the levee-gravel strip with distance and SBA, antalgic cues; R knee OA) whose diagnosis is the ICD-9 code 715.36: not ICD-10-CM.
        ["vord-h56-lakevillage-gait-icd9"] = new(
            """
            Delta Gateway Therapy — Lake Village
            Gait 97116 — 15 min: SPC in the L hand on tile, then the gravel strip out back, 3 x 120 ft, SBA; cues to load the R leg and lengthen the L step — antalgic on the R
            R knee OA — short R stance, knee stiff in swing
            """,
            ["715.36"], [PT("97116", 15)], [Dx]),

        // "Pt here for PT. Balance and strengthening done as tolerated. Tolerated well, no complaints. Total 38 min. Continue POC." on 97112 + 97110: nothing named for either code, no one-on-one, and a total only.
        ["vord-h56-idabel-generic-two-codes-total"] = new(
            """
            KIAMICHI TRIBAL HEALTH — REHABILITATION · Idabel
            Pt here for PT. Balance and strengthening done as tolerated. Tolerated well, no complaints. Total 38 min. Continue POC.
            """,
            ["R26.81"], [PT("97112", 23), PT("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // Tulsa 97112 with attendance, PNF lifts, stride-stance perturbations, foam head turns, postural control and L inattention, but "scanning better; fewer bumps today" is no number: no measure.
        ["vord-h56-southtulsa-nmr-no-number"] = new(
            """
            GREEN COUNTRY REGIONAL — OUTPATIENT NEURO REHAB · South Tulsa
            Attendance: PT & pt only
            97112 — 22 min
              Body function impairment: ↓ postural control turning to the L, L inattention (R parietal stroke) — bumps the L door frame
              Interventions: PNF D2 lifts toward the L in standing; perturbations in stride stance; foam stance with head turns to the L
              Quantified: scanning better; fewer bumps today
            """,
            ["I69.354"], [PT("97112", 22)], [At(Measure, "97112")]),

        // OKC PTA "TherEx 97110 · 25 min" against a 15-min 97110 line: mismatch; "Manual 97140 · 10 min" matches; both sections complete (doses; glides with grade and bouts; L knee OA with degrees).
        ["vord-h56-midwestcity-pta-therex-differs"] = new(
            """
            CANADIAN RIVER ORTHOPAEDICS · PT · Midwest City
            PTA Daily — per PT POC
            TherEx 97110 · 25 min
              INT: recumbent bike for warm-up; SAQ w/ 3# 3 x 12; step-ups 6" 3 x 10; TKE GTB 3 x 15; hamstring curls w/ 5# 3 x 12
              FOCUS: L knee OA — pain on stairs, flexion 110°
            Manual 97140 · 10 min
              INT: tibiofemoral distraction gr III 3 x 30 s; patellar mobs sup/inf gr III 3 x 30 s
            """,
            ["M17.12"], [PTA("97110", 15), PTA("97140", 10)], [At(Mismatch, "97110")]),

        // Choctaw 97140 "joint mobs to the L shoulder, posterior and inferior glides" and STM with a frozen-shoulder limit, but no grade, bouts, hold or number anywhere: no measure.
        ["vord-h56-poteau-manual-no-dose"] = new(
            """
            KIAMICHI TRIBAL HEALTH — REHABILITATION · Poteau
            Tx: manual therapy (97140) — 12 min
            • joint mobs to the L shoulder, posterior and inferior glides
            • STM to the L upper trap and infraspinatus
            Reason: L frozen shoulder — can't reach his back pocket or hook the trailer chains
            """,
            ["M75.02"], [PT("97140", 12)], [At(Measure, "97140")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
