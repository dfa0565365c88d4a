using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The thirty-fourth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to look like a random sample of one week's notes from three practices, in the proportions
/// a billing manager sees them — about two thirds ordinary and complete, single- and multi-code visits, by
/// PTs, PTAs and OTs:
/// <list type="number">
/// <item>a Pennsylvania coal-and-steel-country practice ("A&amp;I Rehab" — Anthracite &amp; Iron: Shamokin, Mount
/// Carmel, Mahanoy City, Frackville and Hazleton in the anthracite region, Johnstown and Monessen in steel
/// country, Clearfield and DuBois on I-80) whose PTs chart tersely and gruffly: a daily slip with
/// "Yes __X__ No _____" blanks, a "+ / −" key, a data export of 1 / 0 flags, a mill-habit punch card ("97112
/// punched in 9:02 punched out 9:25"), "97112/22min", "Timed tx 38 min total"; retired miners with black lung
/// on oxygen (nasal cannula, a portable tank in a shoulder bag, Monark arm ergometry, a Threshold inspiratory
/// trainer, the incremental shuttle walk test, cellar steps with the laundry), hand-arm vibration syndrome from
/// a jackleg drill, retired open-hearth, rolling-mill, coke-works and crane men, over-the-road truck drivers
/// facing their DOT medical recertification (the cab's grab handles and three points of contact, the
/// fifth-wheel release, the landing-gear crank, the trailer door bar, tarping a flatbed, mirror checks), and
/// Pittsburghese and coal-region talk ("redd up", "slippy", "nebby", "gumband", "heyna"); DeLorme
/// progressive resistance at a 10-RM, Buerger–Allen exercises, Cyriax friction with Mill's manipulation, an
/// AlterG treadmill, a vibration platform, a 5-RM leg press, the Brunel Balance Assessment, a Rydel–Seiffer
/// tuning fork;</item>
/// <item>a Lancaster County practice serving Old Order Amish and horse-and-buggy Mennonite farm families
/// ("Pequea Valley Therapy": Intercourse, Gap, New Holland, Strasburg, Bird-in-Hand, Quarryville, Ephrata):
/// Pennsylvania Dutch words with their English ("Mammi", "Dawdi Haus", "Kinner", "Deitsch", "Denki", the
/// Ausbund), the hired Englisch driver waiting in the van, large families along the wall, no phone so the home
/// programme is a paper sheet of stick-figure drawings, visit slips typed by the front desk from the PT's
/// paper, and the farm's goals and tasks: hitching and harnessing (collar and hames, belly band, breeching,
/// traces, the cart shafts), the high step into the buggy and holding the lines, milking from a one-legged
/// stool and the milker bucket, bedding a heifer pen (farmer's lung), a fall through the hay hole from the mow,
/// a kick from a Standardbred, the wringer washer and the pulley wash line, canning peaches, a quilting
/// frolic, tobacco stripping in the cellar, the kick scooter, the backless church bench; Square-Stepping
/// Exercise, PA's "Healthy Steps in Motion" class, a "Sit and Be Fit" style sheet, the Wisconsin Gait Scale,
/// the Functional Dexterity Test;</item>
/// <item>a rural Louisiana practice in Cajun country ("Acadiana Prairie Rehab": Mamou, Ville Platte, Eunice,
/// Church Point, Breaux Bridge, Henderson, Kaplan, Abbeville, Erath, Delcambre) with Cajun French and its
/// nicknames ("Comment ça va? — Pas pire", "cher", "Mamère", "Papère", "Nonc", "Tante", "plus mieux", "ça va
/// mieux"), a bilingual "Oui / Non" visit form with its legend and a "◉ / ◯" delivery row, early sessions before
/// the heat index climbs, hurricane-season cleanup (mucking out a flooded camp, dragging downed limbs, a tarp
/// torn off a roof), crawfish farming from the boat (pyramid traps, onion sacks, boat to levee), shrimp boats,
/// a fishing camp on pilings in the Basin and its ladder, a roux and a gumbo pot, a boucherie's boudin, the
/// Saturday-morning dance at Fred's Lounge, bourré, Friedreich's ataxia in an Acadian family, orthostatic
/// tremor, Exerstrider pole walking on the levee, Tai Ji Quan: Moving for Better Balance, Lord's sway meter,
/// the Allen Cognitive Level Screen.</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and in pairs, by PT, PTA and OT, with a PT + OT co-treat.
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h34-…): one-on-one in these writers' words ("Floor was empty but for the two of us … hands
/// on him the whole NMR", "Seen one-on-one — the PT's hands and attention on Mammi alone … family only
/// watching", "nobody else on my schedule, I stayed with him the whole re-ed", "1 clinician / 1 patient, curtain
/// pulled, no concurrent pts"), notes that negate it (two sisters-in-law booked together because they share the
/// hired driver, a parish Council on Aging balance class, a PTA with "two going at once") or never state it (a
/// hurricane-camp note whose only "1:1" is vinegar and water for the mold, a gruff open-hearth narrative), and a
/// 97116 on a shared gravel lane and a 97530 in a shared kitchen, which have no one-on-one check;</item>
/// <item>class 2 (v2-h34-…): "Yes __X__ No _____" and "Yes _____ No __X__" blanks, an "Oui [✔] Non [ ]" form with
/// its legend and one whose deficit rows are all "Non", a slip on which the front desk typed "[PT circled Y]",
/// an unticked "[ ] alone w/ the PT" beside a ticked concurrent box, a "+ yes / − no" key, a data export of 1 / 0
/// flags with every technique 0, a blank assistance grid on a 97530, and a "◉ Individual (one-on-one)" radio
/// row;</item>
/// <item>class 3 (v3-h34-…): named programmes and methods as techniques (DeLorme PRE at a 10-RM, Buerger–Allen
/// exercises with a claudication walk, Square-Stepping Exercise, Exerstrider pole walking, Monark arm
/// ergometry with a Threshold IMT trainer, Cyriax friction with Mill's manipulation, an AlterG treadmill), one
/// "Healthy Steps in Motion" class (not one-on-one), one Tai Ji Quan 97112 with no number and one "Sit and Be
/// Fit" style 97110 with no target;</item>
/// <item>class 4 (v4-h34-…): deficits stated as findings (hand-arm vibration syndrome with blanching and
/// two-point discrimination, farmer's lung desaturating with a pitchfork, orthostatic tremor, Charcot-Marie-Tooth
/// pes cavus and steppage, an elevated first rib, Friedreich's ataxia with absent jerks and heel-to-shin
/// overshoot, ideomotor apraxia, a quadriceps extensor lag after a fall from the mow) and notes that state none
/// ("Impairments: nil found on today's screen" on a 97112, "Gait deviations: none observed today. Problems:
/// none reported" on a PTA 97116);</item>
/// <item>class 5 (v5-h34-…): measures in their usual forms (a Rydel–Seiffer tuning fork in eighths, the
/// incremental shuttle walk test, the Wisconsin Gait Scale, Lord's sway meter in mm², the Functional
/// Dexterity Test, the Allen Cognitive Level Screen, a 5-RM leg press) and notes with none (a driver's CDL,
/// truck, card-date and exit numbers, a paper HEP sheet number and a return date, "went smoother than
/// Tuesday … Ça va mieux");</item>
/// <item>class 6 (v6-h34-…): minutes in their usual forms (a punch card with in and out times per code, minutes
/// after each code's description, "97116 x 1 unit = 14 min | 97530 x 2 units = 24 min", "97112/22min ·
/// 97140/10min", "Started 7:35 a.m., done 7:57 a.m." on the one timed code, "Minutes — activity 23 (97530),
/// exercise 15 (97110)"), true mismatches (a punch card of 30 against 22, a written 35 against 25, the PT half of
/// a co-treat) and truly missing separate time (a timed total only, "ther-ex till the end of the visit");</item>
/// <item>class 7 (v7-h34-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; tab and line feed, and no-break spaces with CR/LF), the contract's meanings of technique,
/// deficit and measure for 97110 (a DOT-recert cab goal as the only target), 97530 (an impairment as the only
/// target, assistance levels as the measure), 97140 (a region with grades and bouts, no outcome number), 97116
/// (assistance levels as the only measure), and wholly generic 97110, 97112 (with Cajun French) and 97530
/// notes;</item>
/// <item>ordinary (vord-h34-…): complete notes of the three practices across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: a gruff NMR + TE note that never
/// says one-on-one, an ICD-9 diagnosis, a Cajun French free-text diagnosis, a missing diagnosis, a generic
/// two-code PTA note with a total, a generic two-code note with each code's minutes, a 97140 and a 97116 whose
/// minutes differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by at least eight minutes and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. A 97112 passes the measure check here only on
/// an objective measure with a number, and fails it only when the note has no such number and no dose at all.
/// Numbers that are not minutes of a code or measures (oxygen flow in L, SpO2, a heat index, a CDL number, a
/// truck number, an interstate exit, a medical-card date, a HEP sheet number, a return date, step heights,
/// pounds of a sack, vertebral levels such as "T4–T8", "7:35 a.m. … 7:57 a.m." as the one timed code's clock
/// times) are read as what they are; a punch card's in and out times beside a code give that code's minutes.
/// Cases a careful reviewer could argue either way were left out: a content gap in one section of a
/// multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or when the whole note
/// lacks the thing), generic phrases beside a deficit or a measure without a technique, minutes of an
/// activity, a rest or a test inside a note (none is written in minutes), self-rated scores or vitals as the
/// only number, a grade with no dose as a 97140's only parameter, a one-on-one left to be inferred, "gait
/// training" alone on a 97116, Pennsylvania Dutch or Cajun French words with no English beside them as the
/// only carrier of a required element, three-character or dotless diagnosis codes, minute ranges and
/// approximate minutes, a task practised read as a 97530's goal, a diagnosis named in the note as a 97112's
/// only target, the previous visit's numbers as a note's only measure, an exercise's name as a 97110's only
/// region, and any finding that would depend on whether an unprofiled code carries a documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 88 of 102 cases agree (100 needed), and 9 of the 65 notes the reviewer passes got a finding, on the
/// analyzer of 440c970 (the start of the 2026-12-05 second session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 88 of 102, 9 false positives — the same — at its first run on the analyzer of a3029ba (with the
/// thirty-second, thirty-third and thirty-fifth sets worked through and a review; not shaped by this set): the
/// held-out figure. Then worked through as development data: 102 of 102 — a "+ yes / − no" key, "nobody in the room but
/// her and me", "didn't see a soul else", "just the PT and her for the re-ed", "vinegar and water 1:1" as a mixture, a
/// punch card, minutes closing a code's line after a dash, a minutes header's numbers, "97112/22min", flags of 0 under a
/// "0 = no" key, "to the corner and back", "w/o stepping off", shaving and hammering as tasks (NotesAsWrittenTests,
/// thirty-fourth-worked-through).
/// </para>
/// </summary>
public class HeldOutNotesIssue18ThirtyFourthTests(ITestOutputHelper output)
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

        // Gruff Johnstown PT: "Floor was empty but for the two of us — didn't take another pt that hour; hands on him the whole NMR" states one-on-one; vibration platform, taped-X stepping, half-kneel rhythmic stabilization; posterior-column loss with + Romberg; Brunel and k of 10: passes.
        ["v1-h34-ai-johnstown-floor-empty-but-us"] = new(
            """
            A&I REHAB — JOHNSTOWN — PT DAILY
            Pt: retired Bethlehem Steel millwright (rolling mill, 38 yrs). Terse today, as always.
            Floor was empty but for the two of us — didn't take another pt that hour; hands on him the whole NMR.
            97112 — 23 min
             - stance on the vibration platform, knees soft, EO then EC
             - step to a taped X on my call, 8 directions
             - half-kneel → stand through the R leg w/ rhythmic stabilization at the pelvis
            Why: posterior-column sensory loss B feet (diabetic neuropathy) — + Romberg, can't tell where his feet are on the basement steps.
            Numbers: Brunel Balance Assessment 9/12 (7/12 in Jan). Taped-X hits 8/10.
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // Amish grandmother with daughters-in-law and children along the wall: "Seen one-on-one — the PT's hands and attention on Mammi alone … family only watching"; foam EC pushes, broom-handle step-overs; slow stepping reactions after a thalamic stroke; Berg and k of 10: passes.
        ["v1-h34-pequea-mammi-family-along-wall"] = new(
            """
            PEQUEA VALLEY THERAPY — Intercourse office — PT visit
            Pt: "Mammi" (grandmother), 81, Old Order Amish, lives in the Dawdi Haus (grandparents' house) beside the farmhouse. The Englisch driver brought her; two daughters-in-law and four of the Kinner (children) sat along the wall.
            Seen one-on-one — the PT's hands and attention on Mammi alone for the whole re-ed; family only watching.
            97112 — 25 min: foam-pad stance w/ eyes closed, PT pushing at the hips w/o warning, front/back/side; stepping over a broom handle laid on the floor (the sill of the barn door), leading w/ each foot.
            Deficit: slow stepping reactions and ↓ postural control after a L thalamic stroke (Nov).
            Berg 41/56 (36/56 at IE). Broom-handle step-overs w/o a touch 7/10.
            HEP: drawn on paper (stick figures) — no phone, no video.
            """,
            ["I69.398", "R26.81"], [PT("97112", 25)], []),

        // Cajun PT: "Jus' him an' me in the gym this morning — nobody else on my schedule, I stayed with him the whole re-ed"; rocker-board pirogue, foam-beam head turns, unannounced rocking on foam; L vestibular hypofunction; mCTSIB seconds and step-offs: passes.
        ["v1-h34-acadiana-jus-him-an-me"] = new(
            """
            ACADIANA PRAIRIE REHAB — Mamou — daily visit
            "Comment ça va?" — "Pas pire, cher" (not bad).
            Jus' him an' me in the gym this morning — nobody else on my schedule, I stayed with him the whole re-ed.
            NMR (97112) 22 min:
            • stepping in and out of a "pirogue" — rocker board set inside a taped boat outline — w/ a paddle in both hands
            • walking the foam beam turning his head L/R to call out cards on the wall
            • standing on foam while I rock him at the shoulders, unannounced
            Problem: L vestibular hypofunction (+ head impulse L) since the flu in Dec — wobbly getting into the boat.
            mCTSIB foam/eyes closed 14 s (5 s at eval); head-turn walking 2 step-offs in 10 passes.
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // Truck driver facing his DOT recert: "1 clinician / 1 patient, curtain pulled, no concurrent pts" states one-on-one; gaze stabilization on a wobble cushion to mirror targets, head-neck relocation, perturbed shoulder checks; ↓ cervical proprioception; degrees and k of 10: passes.
        ["v1-h34-ai-clearfield-curtain-pulled"] = new(
            """
            A&I REHAB — CLEARFIELD (I-80 site) — PT
            Pt: OTR driver, CDL-A, DOT medical card expires 4/30 — needs the dizziness cleared before the exam.
            1 clinician / 1 patient, curtain pulled, no concurrent pts.
            97112 — 20 min
             seated on a wobble cushion: gaze stabilization turning to "mirror checks" (targets taped at the L and R mirror positions)
             head-neck relocation practice to a target w/ eyes closed
             standing shoulder checks while I perturb the trunk
            Impairment: cervicogenic dizziness — ↓ cervical proprioception after a rear-end hit while in the sleeper berth (Dec).
            Cervical rotation R 58° / L 62°; mirror-check head turns w/o dizziness 9/10 (4/10 at IE).
            """,
            ["M54.2", "R42"], [PT("97112", 20)], []),

        // Amish sisters-in-law "booked the same hour because they share the hired driver … PT went back and forth between them": not one-on-one; quadruped/tall-kneel rhythmic stabilization, half-roller A/P, nudge-and-catch steps; ankle strategy after a haymow fall; seconds and k of 10 present.
        ["v1-h34-pequea-share-the-hired-driver"] = new(
            """
            PEQUEA VALLEY THERAPY — Gap office — PT
            Sisters-in-law (Anna and Sadie) booked the same hour because they share the hired driver. Both on the mats at once; PT went back and forth between them.
            Anna — 97112 — 24 min: quadruped → tall-kneel w/ rhythmic stabilization; standing on the half foam roller (flat side down) A/P; stepping up onto a low block to catch herself when nudged.
            Deficit: ↓ ankle strategy and R ankle proprioception after the fall from the haymow (R bimalleolar fx, ORIF Sept).
            R SLS 9 s (3 s at IE); nudge recoveries w/ one step 6/10.
            """,
            ["S82.841D"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Council on Aging "Tuesday balance class, 6 seniors, PT + rehab aide", billed 97112 30: not one-on-one; waltz weight shifts, tape-line tandem, clothespin reaches on foam; lateral postural control; feet and k of 12 present.
        ["v1-h34-acadiana-council-on-aging-class"] = new(
            """
            ACADIANA PRAIRIE REHAB — outreach — Evangeline Parish Council on Aging, Ville Platte
            Tuesday balance class, 6 seniors, PT + rehab aide. This pt billed 97112, 30 min.
            Her part: weight shifts fwd/back/side to a Cajun waltz on the boom box; tandem along the tape line; reaching for clothespins on a line outside her base while standing on foam.
            Deficit: ↓ lateral postural control — fell stepping off the porch in Oct.
            Tandem 12 ft w/o a step-off (6 ft at the 1st class); clothespins 9/12 w/o a hand on the chair.
            """,
            ["Z91.81", "R26.81"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // Monessen PTA "Had two going at once … I checked back and forth": not one-on-one; side-stepping over a gumband in the bars, EC tandem, Airex beanbag reaches; late protective steps; Hill step test and k of 10 present.
        ["v1-h34-ai-monessen-pta-two-going"] = new(
            """
            A&I REHAB — MONESSEN — PTA
            Had two going at once: this one at the parallel bars, the other fella on the NuStep; I checked back and forth.
            97112 — 20 min: sidestepping in the bars over a gumband (rubber band) strung at ankle height; tandem in the bars EO → EC; reaching out of base for beanbags while standing on the Airex.
            Slippy out on the mill-town hills — impaired ankle and hip strategy, late protective steps.
            Step Test (Hill) R 9 / L 6 in 15 s; beanbag reaches 8/10 w/o grabbing the bar.
            """,
            ["R26.81"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // Hurricane-flooded camp: complete 97112 (rocker board with cast-net bag catches, ladder mock-up with the rail hand released, foam head turns; neuropathic somatosensory loss; seconds and k of 4) whose only "1:1" is "vinegar and water 1:1 for the mold": one-on-one missing.
        ["v1-h34-acadiana-vinegar-one-to-one-unstated"] = new(
            """
            ACADIANA PRAIRIE REHAB — Henderson — PT
            Camp on the levee flooded in the September storm; he and his sons mucked it out and wiped the walls w/ vinegar and water 1:1 for the mold. Wants to climb the camp ladder and stand on the dock again.
            97112 — 23 min
             - rocking-dock drill: standing on the rocker board M/L while catching a cast-net bag tossed off to the side
             - stepping up the 4-rung ladder mock-up w/ eyes on a target, PT releasing his hand from the rail unannounced
             - foam stance w/ head turns
            Deficit: ↓ somatosensory input B feet (neuropathy) + slow reactive stepping.
            Rocker board M/L hold 22 s (9 s at eval); ladder climbs w/o a slip 4/4.
            """,
            ["G62.9", "R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Gruff open-hearth narrative, complete (half-foam and tilt board, gait-belt stepping reactions, PNF D2 in standing; slow stepping and en bloc turns in PD; pull-test steps and turn steps) that never says one-on-one.
        ["v1-h34-ai-open-hearth-narrative-unstated"] = new(
            """
            A&I REHAB — JOHNSTOWN — PT
            Old open-hearth man, 84. Came in grumbling about the weather. Worked his standing balance on the half-foam and the tilt board w/ my hands at his pelvis, then stepping reactions — I pulled him off balance w/ the gait belt and he had to step to catch it. Finished w/ PNF D2 arm patterns in standing to get the trunk turning.
            His problem is a slow stepping reaction and a stiff trunk — en bloc turns — Parkinson's, H&Y 2.5.
            Pull test: 2 steps to recover (4 last month). 360° turn in 7 steps.
            97112 — 24 min.
            """,
            ["G20.A1"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // PTA 97116 on the gravel lane while "the aide was walking another pt on the lane at the same time": 97116 has no one-on-one check; cane on gravel and a grass slope with cues; stiff-knee gait after TKA; SBA/CGA: passes.
        ["v1-h34-pequea-97116-gravel-lane-shared"] = new(
            """
            PEQUEA VALLEY THERAPY — New Holland — PTA
            97116 — 18 min. Gravel lane behind the office (like the farm lane to the barn); the aide was walking another pt on the lane at the same time.
            Straight cane R hand, 2 x 200 ft on gravel + the grass slope up to the shed; cues to land heel first on the L and take a longer R step.
            L TKA (Jan): stiff-knee gait on the L, hip hike to clear the toes.
            SBA on the gravel, CGA on the slope.
            """,
            ["Z96.652", "Z47.1"], [PTA("97116", 18)], []),

        // OT 97530 in a kitchen "shared w/ another client this hour": 97530 has no one-on-one check; roux in the iron pot, pot lift, chopping the trinity with a rocker knife; R UE weakness with a Sunday-gumbo goal; CGA/SBA: passes.
        ["v1-h34-acadiana-ot-roux-shared-kitchen"] = new(
            """
            ACADIANA PRAIRIE REHAB — Breaux Bridge — OT
            OT kitchen shared w/ another client this hour (she was at the sink, he was at the stove).
            97530 — 22 min: making a roux in the black iron pot — standing at the stove stirring, switching hands; lifting the filled pot from the counter to the burner; chopping onion, bell pepper and celery (the trinity) w/ a rocker knife.
            R UE weakness and ↓ standing tolerance after a L MCA stroke; goal: cook the Sunday gumbo for the family again.
            Pot lift CGA; chopping SBA w/ 1 seated rest.
            """,
            ["I69.351"], [OT("97530", 22)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // Coal-region daily slip "Constant attendance, 1 PT : 1 pt, whole service?   Yes __X__   No _____"; PNF D1/D2 with pelvic resistance, Airex stop-on-count, push-and-catch; R LE recruitment after a pontine stroke; Berg and Airex seconds: passes.
        ["v2-h34-ai-slip-yes-blank-marked"] = new(
            """
            A&I REHAB — SHAMOKIN — DAILY SLIP
            Constant attendance, 1 PT : 1 pt, whole service?   Yes __X__   No _____
            CPT 97112   Minutes 22
            Tx: PNF D1/D2 LE patterns in standing w/ manual resistance at the pelvis; stepping onto the Airex and stopping on the count; lateral push-and-catch in stride stance.
            Impair: ↓ R LE motor recruitment + slow postural reactions after L pontine stroke.
            Data: Berg 45/56; R stance on Airex 11 s.
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // The same slip with "Yes _____   No __X__": not one-on-one; beam tandem with head turns, hurdle side-steps on cue, weighted-ball catches on foam; ankle proprioception in B12 neuropathy; feet and k of 10 present.
        ["v2-h34-ai-slip-no-blank-marked"] = new(
            """
            A&I REHAB — SHAMOKIN — DAILY SLIP
            Constant attendance, 1 PT : 1 pt, whole service?   Yes _____   No __X__
            CPT 97112   Minutes 24
            Tx: tandem on the balance beam w/ head turns; side-stepping over hurdles on cue; standing on foam catching a weighted ball thrown off center.
            Impair: ↓ proprioception B ankles and a slow ankle strategy — peripheral neuropathy (B12 deficiency).
            Data: tandem on beam 8 ft w/o a step-off; foam catches 7/10.
            """,
            ["E53.8", "G62.9"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Cajun bilingual form with its legend "Oui = yes · Non = no": "Un-à-un / one-on-one (1 thérapeute, 1 patient): Oui [✔] Non [ ]"; rocker-board taps, wide beach-ball catches onto foam, EC Airex; postural responses and neuropathy; seconds and k of 10: passes.
        ["v2-h34-acadiana-oui-ticked-one-on-one"] = new(
            """
            ACADIANA PRAIRIE REHAB — Eunice — Visite / Visit
            Légende: Oui = yes · Non = no
            Un-à-un / one-on-one (1 thérapeute, 1 patient): Oui [✔]  Non [ ]
            En groupe / group:                              Oui [ ]  Non [✔]
            97112 — 23 min
            Technique: perturbations on the rocker board (Papère standing, PT tapping at the shoulders); stepping onto foam to catch a beach ball thrown wide; EC stance on the Airex.
            Déficit / deficit: slowed automatic postural responses + ↓ B foot sensation (diabetic neuropathy).
            Résultat / result: rocker board A/P hold 19 s; ball catches w/o a step 8/10.
            """,
            ["E11.42"], [PT("97112", 23)], []),

        // Same form, one-on-one "Oui [✔]", foam-beam tandem, target stepping and stride perturbations with k of 10, but every deficit row "Oui [ ] Non [✔]" and no deficit, system or region anywhere else: deficit missing.
        ["v2-h34-acadiana-deficit-rows-all-non"] = new(
            """
            ACADIANA PRAIRIE REHAB — Kaplan — Visite / Visit
            Légende: Oui = yes · Non = no
            Un-à-un / one-on-one: Oui [✔]  Non [ ]
            97112 — 20 min
            Techniques: foam beam tandem walking; stepping to floor targets on the PT's call; perturbations in stride stance.
            Déficits / deficits:
              proprioception ........... Oui [ ]  Non [✔]
              vestibular ............... Oui [ ]  Non [✔]
              postural control ......... Oui [ ]  Non [✔]
              motor recruitment ........ Oui [ ]  Non [✔]
            Résultat / result: targets hit 9/10; tandem on the beam 10 steps.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Visit slip typed by the front desk from paper: "One-on-one?  Y / N   [PT circled Y]"; heel-toe on the mat edge, EC foam pushes, milk-crate step-ups when nudged; R ankle proprioception after a heifer kick; seconds and k of 10: passes.
        ["v2-h34-pequea-slip-circled-y"] = new(
            """
            PEQUEA VALLEY THERAPY — Strasburg — visit slip (typed by the front desk from the PT's paper slip)
            One-on-one?  Y / N   [PT circled Y]
            97112 — 22 min
            What was done: heel-toe walking along the edge of the mat; standing on the foam pad w/ eyes shut while the PT gave small pushes; step-ups onto a milk crate when nudged backward.
            Why: ↓ R ankle proprioception and ankle strategy after the R ankle fracture (kicked by a heifer in the calf pen, Sept).
            Result: R SLS EC 4 s (0 s at IE); nudge recoveries 7/10.
            HEP sheet w/ drawings given — family has no phone.
            """,
            ["S82.51XD"], [PT("97112", 22)], []),

        // Slip "Seen: [ ] alone w/ the PT  [x] w/ another pt at the same time (concurrent)  [ ] group": not one-on-one (the unticked "alone w/ the PT" is not a statement); ball-sitting rhythmic stabilization, hay-hook reaches on foam, backward steps; trunk control and L LE recruitment; seconds and k of 10 present.
        ["v2-h34-pequea-concurrent-ticked"] = new(
            """
            PEQUEA VALLEY THERAPY — Ephrata — visit slip (typed from paper)
            Seen:  [ ] alone w/ the PT   [x] w/ another pt at the same time (concurrent)   [ ] group
            97112 — 25 min
            Done: PNF rhythmic stabilization sitting on the therapy ball; reaching to the hay hook on the wall while standing on the foam; backward stepping on cue.
            Why: ↓ trunk postural control + L LE motor recruitment after R MCA stroke (Mennonite dairyman, 74).
            Result: ball sitting w/ rhythmic stab 45 s w/o hand support; backward steps to the target 6/10.
            """,
            ["I69.354"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Frackville key "+ yes / − no" with "1:1 entire NMR (+)   concurrent (−)   group (−)"; tilt board, head-nod walking, half-kneel chops/lifts; L vestibular loss after a schwannoma resection; DGI and seconds: passes.
        ["v2-h34-ai-plus-minus-key"] = new(
            """
            A&I REHAB — FRACKVILLE — PT
            Key: + yes / − no
            1:1 entire NMR (+)    concurrent (−)    group (−)
            97112 · 21 min
            Tx: tilt-board stance A/P and M/L, gaze on a target; walking w/ head nods the length of the parallel bars; PNF chops/lifts in half-kneel.
            Impairment: ↓ L vestibular function (L vestibular schwannoma resected 2025) — sways and veers L.
            Measures: DGI 17/24; tilt-board M/L hold 15 s.
            """,
            ["H81.92", "Z86.011"], [PT("97112", 21)], []),

        // Data export with its key "flags 1 = yes, 0 = no": one_on_one=1, every technique flag 0 and "tech_other=" blank, a deficit and a Berg: technique missing only (no generic phrase).
        ["v2-h34-ai-flags-all-techniques-zero"] = new(
            """
            A&I REHAB — DUBOIS — export (flags 1 = yes, 0 = no)
            cpt=97112; min=22; one_on_one=1
            tech_perturbation=0; tech_foam=0; tech_pnf=0; tech_vestibular=0; tech_other=
            deficit=impaired anticipatory postural control, lean to the L (R MCA stroke)
            outcome=Berg 43/56
            """,
            ["I69.354"], [PT("97112", 22)], [At(Tech, "97112")]),

        // OT 97530 hitching practice (harness off the peg, belly band and breeching, cart shafts and traces) with a hitch-the-buggy goal after cuff repair, but the assistance grid "Indep ___ SBA ___ CGA ___ Min ___ Mod ___ Max ___" is blank and no number anywhere: measure missing.
        ["v2-h34-pequea-assist-grid-blank-97530"] = new(
            """
            PEQUEA VALLEY THERAPY — Bird-in-Hand — OT
            97530 — 20 min
            Hitching practice in the clinic garage: lifting the harness off the wall peg onto the sawhorse "horse"; buckling the belly band and the breeching; backing the cart shafts (two PVC poles on a dolly) up to the harness and fastening the traces.
            Goal: hitch his own horse to the buggy again after the R rotator cuff repair, so the boys don't have to come in from the field.
            Assist:  Indep ___  SBA ___  CGA ___  Min ___  Mod ___  Max ___
            """,
            ["Z47.89", "M75.121"], [OT("97530", 20)], [At(Measure, "97530")]),

        // EMR print "Delivery ◉ Individual (one-on-one) ◯ Concurrent ◯ Group"; BOSU squats with perturbations, step-off onto foam with a stick, crossover stepping with head turns; R ankle proprioception and peroneal reaction after a crawfish-boat sprain; seconds and k of 10: passes.
        ["v2-h34-acadiana-radio-filled-individual"] = new(
            """
            ACADIANA PRAIRIE REHAB — Abbeville — EMR print
            Delivery   ◉ Individual (one-on-one)   ◯ Concurrent   ◯ Group
            97112 — 24 min
            Interventions: BOSU (dome up) mini-squats w/ PT perturbations; stepping off a low step onto foam, stick 3 s; crossover stepping along the tape line w/ a head turn every 3rd step.
            Impairment: R ankle proprioception + peroneal reaction time ↓ — R ankle sprain stepping off the crawfish boat onto the levee (Feb).
            Outcome: R SLS on foam 12 s (L 24 s); foam landings stuck 8/10.
            """,
            ["S93.401D"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programs as techniques

        // DeLorme PRE at a 10-RM (10 @ ½, ¾ and full) on knee extension and hamstring curl, step-ups, band TKE; L quad weakness after TKA with a fire-company-hall steps goal: 97110 passes.
        ["v3-h34-ai-delorme-pre-97110"] = new(
            """
            A&I REHAB — MOUNT CARMEL — PT
            DeLorme PRE, knee ext machine: 10-RM today 25 lb → 10 @ 12.5 lb, 10 @ 19 lb, 10 @ 25 lb. Same ladder for hamstring curl, 10-RM 20 lb.
            Step-ups 6" 2 x 10; TKE w/ band 2 x 15.
            For: L quad weakness 4-/5 after L TKA; goal: up the 14 steps at the fire company hall for bingo.
            97110 — 18 min.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 18)], []),

        // Buerger–Allen positional exercises with ankle pumps, heel and toe raises, interval walking to claudication; B calf claudication (PAD, ABI) with a post-office walk goal; claudication distance in metres: 97110 passes.
        ["v3-h34-ai-buerger-allen-claudication-97110"] = new(
            """
            A&I REHAB — MAHANOY CITY — PT
            97110 — 20 min
            Buerger–Allen positional exercises B LE: legs up on the wedge until the feet blanch, dangling until they pink up, then flat; ankle pumps 20 in each position; 3 cycles.
            Heel raises at the counter 3 x 12; seated toe raises 2 x 15; interval walking in the hall to moderate claudication, 4 bouts.
            For: B calf claudication (PAD, ABI 0.68 R / 0.74 L) — can't walk down the patch to the post office w/o stopping.
            Walked 140 m before claudication pain (90 m at eval).
            """,
            ["I70.213"], [PT("97110", 20)], []),

        // Square-Stepping Exercise mat patterns from memory plus lateral stepping onto foam with taps, "Seen 1:1, PT only w/ her for the re-ed"; delayed stepping and motor-planning errors after a parietal stroke; patterns k of 6 and Berg: passes.
        ["v3-h34-pequea-square-stepping-97112"] = new(
            """
            PEQUEA VALLEY THERAPY — Quarryville — PT
            Seen 1:1, PT only w/ her for the re-ed; husband waited w/ the driver.
            97112 — 23 min
            Square-Stepping Exercise mat (4 squares wide, 10 rows): PT demonstrates a pattern, pt steps it from memory — forward, diagonal, cross-over; 6 patterns, advancing from beginner to intermediate.
            Then lateral stepping onto foam w/ an unexpected tap at the shoulder.
            Deficit: delayed stepping and motor-planning errors under time pressure after a R parietal stroke; two falls in the chicken house.
            Patterns stepped w/o an error 5/6 (2/6 at the start of the program); Berg 48/56.
            """,
            ["I69.398", "Z91.81"], [PT("97112", 23)], []),

        // PTA Exerstrider (Nordic-style) pole walking on the levee path with cues and a gravel turn; PD shuffling with no arm swing; Mod I/SBA and step length in cm: 97116 passes.
        ["v3-h34-acadiana-exerstrider-levee-97116"] = new(
            """
            ACADIANA PRAIRIE REHAB — Henderson — PTA
            97116 — 20 min. Exerstrider (Nordic-style) pole walking on the levee path by the landing: 3 x 150 ft out and back; cues "plant the pole, push past the hip, long step"; turning on the gravel at the end.
            PD (H&Y 2): short shuffling steps, no arm swing, flexed trunk.
            Mod I w/ the poles on the level, SBA on the gravel turn; step length 48 cm w/ poles (38 cm w/o).
            """,
            ["G20.A1"], [PTA("97116", 20)], []),

        // Black lung on oxygen: Monark arm ergometer in watts and bouts, Threshold IMT at 30% MIP, sit-to-stand with pursed-lip exhale, wall push-ups; ventilatory muscle weakness with a wash-line goal; SpO2 and Borg beside the doses: 97110 passes.
        ["v3-h34-ai-monark-threshold-imt-97110"] = new(
            """
            A&I REHAB — SHAMOKIN — PT (pulmonary clinic day)
            Retired anthracite miner, 79 — black lung (CWP w/ PMF), 2 L O2 via NC at rest, titrated to 3 L for exercise.
            97110 — 22 min
             Monark arm ergometer 25 W, 3 bouts, rest to SpO2 ≥ 90%
             Threshold IMT at 30% of MIP (MIP −48 cmH2O), 3 x 10 breaths
             sit-to-stand from the 18" chair w/ pursed-lip exhale on rising 3 x 8
             wall push-ups 2 x 10
            For: exercise intolerance and inspiratory muscle weakness; desats w/ arm work; goal — hang his wash on the line in the yard again.
            SpO2 nadir 89% on 3 L; Borg dyspnea 4/10.
            """,
            ["J96.11", "Z99.81"], [PT("97110", 22)], []),

        // Coke-works crane operator: Cyriax deep transverse friction with bouts, one Mill's manipulation thrust, radial-head glides with grade and bouts; R lateral epicondylalgia; pain-free grip kg: 97140 passes.
        ["v3-h34-ai-cyriax-mills-manipulation-97140"] = new(
            """
            A&I REHAB — MONESSEN — PT
            Crane operator at the coke works — R lateral elbow.
            97140 — 12 min: Cyriax deep transverse friction to the ECRB origin 3 x 60 s, then Mill's manipulation (full pronation + wrist flexion, elbow taken into extension) x 1 thrust; radial head posterior glides gr III 3 x 30 s.
            R lateral epicondylalgia — ↓ pain-free grip; pain working the crane levers.
            Pain-free grip R 18 kg → 25 kg after.
            """,
            ["M77.11"], [PT("97140", 12)], []),

        // Retired ironworker after tibial plateau ORIF: AlterG anti-gravity treadmill at 75% body weight in mph with cues, then cane over ground; quad-avoidance gait; SBA and stance-phase knee-extension degrees: 97116 passes.
        ["v3-h34-ai-alterg-97116"] = new(
            """
            A&I REHAB — JOHNSTOWN — PT
            Ironworker (ret.), R tibial plateau ORIF 10 wk — cleared to WBAT last wk.
            97116 — 20 min: AlterG anti-gravity treadmill at 75% body weight, 1.6 → 2.0 mph; cues for R heel strike, full knee extension at mid-stance and an even step; then over ground w/ a single-point cane 2 x 100 ft.
            R quad-avoidance gait, short L step, R knee flexed through stance.
            Over ground SBA w/ cane; R knee ext in stance −8° (−15° last wk).
            """,
            ["S82.141D"], [PT("97116", 20)], []),

        // Pennsylvania's "Healthy Steps in Motion" falls-prevention class, "7 residents, PT leading, activity aide assisting", billed 97112 30: not one-on-one; EC semi-tandem, rope side-steps, clock reaches on foam; lateral control and ankle proprioception; seconds and k of 12 present.
        ["v3-h34-pequea-healthy-steps-class"] = new(
            """
            PEQUEA VALLEY THERAPY — outreach at a Mennonite retirement community (fellowship room)
            "Healthy Steps in Motion" (PA Dept of Aging falls-prevention class) — 7 residents, PT leading, activity aide assisting. Billed for this resident 97112, 30 min.
            Her work: tandem and semi-tandem holds at the chair back w/ eyes closed on the 2nd set; side-stepping over a rope on the floor; reaching to the "clock" numbers taped on the wall while standing on a foam square.
            Deficit: ↓ lateral postural control and ↓ B ankle proprioception (3 falls in the garden last summer).
            Semi-tandem EC 14 s; clock reaches w/o stepping 10/12.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // "One-on-one, PT and Nonc Wilson only": Tai Ji Quan: Moving for Better Balance forms with cued weight transfer; anticipatory postural control and backward limits of stability; "plus mieux" and no number or dose anywhere: measure missing.
        ["v3-h34-acadiana-tai-ji-quan-no-number"] = new(
            """
            ACADIANA PRAIRIE REHAB — Church Point — PT
            One-on-one, PT and Nonc Wilson (Uncle Wilson to the whole parish) only.
            97112 — 22 min: Tai Ji Quan: Moving for Better Balance done as an individual session — "Two hands pushing", "Fair lady works shuttles", "Single whip", stepping forward/back/side w/ the PT cueing the weight transfer before each step; forms done slow, then faster.
            Deficit: ↓ anticipatory postural control; limits of stability backward — he sits down hard and stumbles back on the dance floor.
            Says he's "plus mieux, cher" (better). Will progress the forms next visit.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // PTA "Sit and Be Fit" style routine from the paper drawing sheet with sets and reps (sit-to-stand, marching, rows, wall push-ups, side-stepping) but no region, impairment or goal: deficit missing.
        ["v3-h34-pequea-sit-and-be-fit-no-target"] = new(
            """
            PEQUEA VALLEY THERAPY — Ephrata — PTA
            97110 — 18 min — "Sit and Be Fit" style seated routine from the paper drawing sheet: sit-to-stand 2 x 10, marching in place 2 x 20, seated rows w/ the blue band 2 x 15, wall push-ups 2 x 10, side-stepping 2 x 15 ft each way.
            Pt says she'll do the sheet after the morning milking. Next visit Tuesday.
            """,
            ["M62.81"], [PTA("97110", 18)], [At(Deficit, "97110")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // OT 97110 for a retired miner: hand-arm vibration syndrome stated as the finding (fingers blanch white then blue in the cold, two-point discrimination 9 mm vs 5 mm, grip kg); tendon glides, putty, wrist curls, band abduction with doses; a cold-weather fishing goal: passes.
        ["v4-h34-ai-vibration-white-finger-97110"] = new(
            """
            A&I REHAB — FRACKVILLE — OT
            Ret. miner — ran a jackleg drill and a chipping hammer for 30 yrs.
            Finding: hand-arm vibration syndrome — R index, middle and ring fingers blanch white in the cold, then go blue; two-point discrimination 9 mm at the R fingertips (5 mm L); R grip 21 kg vs L 30 kg.
            97110 — 16 min: tendon glides 2 x 10; putty pinch and full-grip squeezes 3 x 15; wrist curls/reverse curls w/ 2 lb 2 x 12; finger abduction against a rubber band 3 x 10; warm-water soak first, per his routine.
            Goal: hold the rod on the Susquehanna in cold weather and button his own coat.
            """,
            ["T75.22XD"], [OT("97110", 16)], []),

        // OT 97530: farmer's lung stated as the finding (crackles per pulmonology, SpO2 falls with arm work, stops after a few forkfuls); forking bedding with an N95, pushing the barrow, half-bale lift with pacing; heifer-pen goal; SBA with rests: passes.
        ["v4-h34-pequea-farmers-lung-ot-97530"] = new(
            """
            PEQUEA VALLEY THERAPY — New Holland — OT
            Finding: farmer's lung (hypersensitivity pneumonitis) — crackles at the bases per pulmonology, SpO2 falls to 87% w/ arm work, has to stop after a few forkfuls of bedding.
            97530 — 23 min: forking straw bedding from a bale into a wheelbarrow w/ an N95 on; pushing the loaded barrow across the garage; lifting a half-bale (25 lb) from the floor to waist height; pacing + pursed-lip exhale on each lift.
            Goal: bed the heifer pen himself each evening.
            SBA throughout, 2 standing rests; SpO2 stayed ≥ 90% w/ pacing.
            """,
            ["J67.0"], [OT("97530", 23)], []),

        // "Individual session; no other patient treated by me during it": orthostatic tremor stated as the finding (legs quiver within seconds of standing still, ↓ static standing postural control); stepping-in-place strategy, foam perturbations, sit-to-walk, light touch; seconds of quiet standing: passes.
        ["v4-h34-acadiana-orthostatic-tremor-97112"] = new(
            """
            ACADIANA PRAIRIE REHAB — Ville Platte — PT
            Individual session; no other patient treated by me during it.
            Finding: orthostatic tremor (confirmed on surface EMG by neurology) — her legs quiver within seconds of standing still; ↓ static standing postural control, feels she'll fall at the stove or in the communion line; fine once she walks.
            97112 — 23 min: stepping-in-place and rhythmic weight-shift strategy while standing at the counter; small perturbations at the pelvis on foam; sit-to-stand straight into walking; quiet standing w/ a light fingertip touch on a cane vs no touch, compared.
            Quiet standing before the tremor forced a step: 26 s (11 s at eval).
            """,
            ["G25.2"], [PT("97112", 23)], []),

        // Charcot-Marie-Tooth stated as the finding (pes cavus, clawed toes, B foot drop with high steppage, absent ankle jerks, can't heel-walk); new carbon AFOs on hallway, gravel and grass bank, porch-height steps; SBA/CGA and toe catches: 97116 passes.
        ["v4-h34-pequea-cmt-steppage-97116"] = new(
            """
            PEQUEA VALLEY THERAPY — Gap — PT
            Finding: Charcot-Marie-Tooth (runs in the family) — high-arched feet (pes cavus), clawed toes, B foot drop w/ a high steppage gait, absent ankle jerks, can't heel-walk.
            97116 — 20 min: new B carbon AFOs — walking the hallway, then the gravel lot and the grass bank, 3 x 150 ft; cues to stop lifting the knees so high and let the brace clear the toe; the curb and the porch-height steps w/ one rail.
            SBA on the level w/ AFOs, CGA on the grass bank; 0 toe catches in the last 150 ft (4 at the start).
            """,
            ["G60.0"], [PT("97116", 20)], []),

        // Flatbed driver: an elevated, hypomobile R first rib stated as the finding (+ cervical rotation lateral flexion test, tingling overhead while tarping, scalene guarding); first-rib caudal mobilization with grade and bouts, suboccipital release, STM; rotation degrees: 97140 passes.
        ["v4-h34-ai-first-rib-tarping-97140"] = new(
            """
            A&I REHAB — DUBOIS — PT
            Flatbed driver (chains and tarps his own loads).
            Finding: R first rib elevated and hypomobile — + cervical rotation lateral flexion test R; tingling into the R 4th/5th fingers w/ arms overhead tarping; R scalene/upper trap guarding.
            97140 — 11 min: R first-rib caudal mobilization in sitting gr III 4 x 30 s; suboccipital release 2 x 90 s; STM R scalenes + upper trap.
            Cervical rotation R 54° → 66° after; rotation lateral flexion test R negative on retest.
            """,
            ["G54.0", "M54.2"], [PT("97140", 11)], []),

        // "Me and him alone in the back gym for all of the re-ed": Friedreich's ataxia in an Acadian family stated as findings (absent knee and ankle jerks, + Romberg, heel-to-shin overshoot, lurching base); rhythmic stabilization, cuffed target stepping, light touch, Frenkel-style slides; k of 20 and seconds: passes.
        ["v4-h34-acadiana-friedreich-ataxia-97112"] = new(
            """
            ACADIANA PRAIRIE REHAB — Eunice — PT
            Me and him alone in the back gym for all of the re-ed.
            Acadian family hx — Friedreich's ataxia. Findings: absent knee and ankle jerks, + Romberg (falls w/ eyes shut), heel-to-shin overshoot B, a wide lurching base; eats w/ the R only w/ the elbow braced on the table.
            97112 — 24 min: quadruped and tall-kneel w/ rhythmic stabilization; stepping to floor targets w/ a 1 lb cuff on each ankle; standing on a firm pad, eyes open → light touch only; Frenkel-style slow heel slides to targets in supine.
            Targets hit 13/20 (8/20 at eval); tall-kneel hold 35 s w/o a hand.
            """,
            ["G11.11"], [PT("97112", 24)], []),

        // OT 97530: ideomotor apraxia stated as the finding (pounds with his fist when asked to show a hammer, right with the real one; lathers after shaving); safety-razor shave with fading cues, hammering at the workbench, sorting into coffee cans; cellar-workshop goal; cue counts, Mod I, SBA: passes.
        ["v4-h34-ai-ideomotor-apraxia-ot-97530"] = new(
            """
            A&I REHAB — MOUNT CARMEL — OT
            Finding: L CVA w/ ideomotor apraxia — asked to show how he'd use a hammer, he pounds w/ his fist; handed the real hammer he does it right; sequencing errors shaving (lathered after he shaved).
            97530 — 22 min: shaving w/ his own safety razor at the sink (items set out in order, cues faded); hammering roofing nails into a board at his workbench; sorting nails and screws into the coffee cans by size.
            Goal: shave and putter in the cellar workshop w/o his wife standing over him.
            Shave: 2 sequencing cues (5 on Monday); hammering Mod I; SBA at the sink.
            """,
            ["I69.390"], [OT("97530", 22)], []),

        // Fall through the hay hole from the mow: a 15° quadriceps extensor lag on SLR with 3+/5 quad and low patellar mobility stated as the finding; quad sets, SLR, short-arc quads, squats, bike with doses; ladder-to-the-mow goal: 97110 passes.
        ["v4-h34-pequea-extensor-lag-97110"] = new(
            """
            PEQUEA VALLEY THERAPY — Bird-in-Hand — PT
            Fell through the hay hole from the mow (Dec) — L patellar tendon repair, 12 wk.
            Finding: L quad extensor lag 15° on SLR, L quad 3+/5, ↓ superior patellar mobility.
            97110 — 17 min: quad sets over a towel roll 3 x 10 w/ 5 s hold; SLR w/ 1 lb 3 x 10; short-arc quads 3 x 15; mini squats at the counter 2 x 10; recumbent bike full revolutions, seat 7.
            Goal: climb the ladder to the mow again by haying season.
            """,
            ["S76.112D"], [PT("97110", 17)], []),

        // "1:1 — only the PT and pt in the room" with beam tandem, clap-cued foam stepping and stride-stance catches with numbers, but "Impairments: nil found on today's screen" and no deficit, system or region anywhere: deficit missing.
        ["v4-h34-pequea-impairments-nil-97112"] = new(
            """
            PEQUEA VALLEY THERAPY — Strasburg — PT
            1:1 — only the PT and pt in the room; her husband stayed out in the buggy shed w/ the driver.
            97112 — 20 min: tandem walking on the 2x4 beam; stepping onto and off the foam pad on the PT's clap; catching a ball tossed off to each side in stride stance.
            Impairments: nil found on today's screen. "Denki," she said on the way out.
            Beam tandem 12 ft w/o stepping off; catches 9/10.
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Early-morning PTA 97116 (rollator to the Dairy Queen corner, curb cut, door step, cues; SBA/Mod I) with "Gait deviations: none observed today. Problems: none reported." and no region, impairment or goal: deficit missing.
        ["v4-h34-acadiana-gait-deviations-none-97116"] = new(
            """
            ACADIANA PRAIRIE REHAB — Abbeville — PTA
            97116 — 16 min, early appointment before the heat.
            Rollator in the parking lot and on the sidewalk to the Dairy Queen corner and back, 2 x 200 ft; curb cut and the step up at the door x 3; cues to keep the rollator close.
            Gait deviations: none observed today. Problems: none reported.
            SBA outdoors, Mod I indoors.
            """,
            ["R26.89"], [PTA("97116", 16)], [At(Deficit, "97116")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // "Nobody in the room but her and me the whole session": thick-foam stance EO → EC, whistle step-and-stop, plantar vibration before foam; large-fiber sensory loss; Rydel–Seiffer tuning fork in eighths and EC semi-tandem seconds: passes.
        ["v5-h34-ai-rydel-seiffer-97112"] = new(
            """
            A&I REHAB — HAZLETON — PT
            Nobody in the room but her and me the whole session.
            97112 — 22 min
             - standing on the thick foam, feet together → semi-tandem, EO → EC
             - step-and-stop drill: walk, stop dead on my whistle, hold 3 s
             - vibration to the soles (massager) before the foam work, then the foam stance again
            Deficit: large-fiber sensory loss both feet — can't tell where her feet are in the dark hallway at night.
            Rydel–Seiffer tuning fork at the great toe: R 3/8, L 2/8 (normal ≥ 5/8). Semi-tandem on foam EC 9 s (3 s at eval).
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // Black lung on O2: sit-to-stand, step-ups, band rows, heel raises with doses and pursed-lip interval laps; LE and ventilatory endurance with the 13 steps up to bed; incremental shuttle walk test in metres: 97110 passes.
        ["v5-h34-ai-shuttle-walk-97110"] = new(
            """
            A&I REHAB — SHAMOKIN — PT (pulmonary day)
            Black lung (CWP), O2 2 L NC, 4 L w/ exertion.
            97110 — 20 min: sit-to-stand 3 x 8; step-ups on the 6" step 2 x 10 each; standing band rows 2 x 12; heel raises 2 x 15; interval walking in the hall w/ pursed-lip pacing, 4 laps.
            Target: LE and ventilatory endurance — stops on every landing of the 13 steps up to bed.
            Incremental shuttle walk test 230 m (150 m at eval).
            """,
            ["J96.11", "Z99.81"], [PT("97110", 20)], []),

        // Quad cane → straight cane in the hallway and a barn-aisle mock-up with a sill, backward walking, cues; L stiff-knee gait with hip hiking after a R CVA; Wisconsin Gait Scale 21.5 (27.0) and CGA: 97116 passes.
        ["v5-h34-pequea-wisconsin-gait-97116"] = new(
            """
            PEQUEA VALLEY THERAPY — Intercourse — PT
            97116 — 22 min: quad cane L hand → straight cane, hallway and the barn-aisle mock-up (rubber mats, a low sill); cues for L knee flexion in swing, L heel first, less hip hiking; backward walking 4 x 15 ft.
            R CVA sequelae: L stiff-knee gait w/ hip hiking and circumduction, short R step.
            Wisconsin Gait Scale 21.5 (27.0 at IE); CGA w/ the straight cane over the sill.
            """,
            ["I69.354"], [PT("97116", 22)], []),

        // "One-on-one with Tante Marie — PT and patient only": rocker-board perturbations, lateral step-downs onto foam, head-turn walking with beanbag catches; ankle proprioception and somatosensory use in CIDP; Lord's sway meter area in mm² and k of 10: passes.
        ["v5-h34-acadiana-sway-meter-97112"] = new(
            """
            ACADIANA PRAIRIE REHAB — Kaplan — PT
            One-on-one with Tante Marie (Aunt Marie) — PT and patient only.
            97112 — 24 min: perturbations on the rocker board; lateral step-downs onto foam; head-turn walking between the parallel bars, catching a beanbag on every turn.
            Deficit: ↓ ankle proprioception and ↓ use of somatosensory input B (CIDP) — more unsteady in the dark.
            Lord's sway meter, foam EO: sway area 410 mm² (860 mm² at eval). Step-downs w/o a hand 8/10.
            """,
            ["G61.81"], [PT("97112", 24)], []),

        // OT 97530 at the quilting frame (needle and thimble, threading, rocking stitch, marking with a template); R hand fine-motor and pinch deficits after a distal radius fracture with a quilting-frolic goal; Functional Dexterity Test seconds and stitches per inch: passes.
        ["v5-h34-pequea-functional-dexterity-ot-97530"] = new(
            """
            PEQUEA VALLEY THERAPY — Bird-in-Hand — OT
            97530 — 21 min: at the small quilting frame — threading the needle, rocking stitch through the batting w/ a thimble on the R middle finger, marking the feather pattern from a cardboard template; knotting and burying the thread.
            R distal radius fx (ORIF, Oct) — ↓ R fine-motor speed and tip pinch; goal: quilt at her sister's frolic next month.
            Functional Dexterity Test R 48 s (71 s at IE); 8 stitches per inch, even.
            """,
            ["S52.571D"], [OT("97530", 21)], []),

        // OT 97530: rice cooker and smothered okra from a recipe card, gathering from cabinets, burner off, weekly pill box; sequencing and error detection after a frontal bleed with a noon-meal goal; ACLS-5 4.4, cue counts and 14/14: passes.
        ["v5-h34-acadiana-allen-cognitive-ot-97530"] = new(
            """
            ACADIANA PRAIRIE REHAB — Breaux Bridge — OT
            97530 — 24 min: making a pot of rice in the rice cooker and a pan of smothered okra — reading the recipe card, gathering the items from three cabinets, turning off the burner when done; alternated w/ filling her weekly pill box.
            Cognitive deficit after the R frontal bleed: ↓ sequencing and error detection (left the burner on twice last wk); goal — cook her noon meal alone while her daughter works at the plant.
            Allen Cognitive Level Screen (ACLS-5) 4.4 (4.0 at IE). Meal task w/ 3 verbal cues (7 at IE); pill box 14/14 correct.
            """,
            ["I69.118"], [OT("97530", 24)], []),

        // Truck driver after TKA before his DOT physical: leg-press 5-RM then sets at load, box step-ups at cab-step height, lunges, band TKE; L quad weakness at the cab grab handles; 5-RM 180 lb (est. 1-RM) and flexion degrees: 97110 passes.
        ["v5-h34-ai-leg-press-5rm-97110"] = new(
            """
            A&I REHAB — CLEARFIELD — PT
            OTR driver, L TKA 14 wk; DOT physical in 3 wk.
            97110 — 19 min: leg press 5-RM test, then 3 x 8 @ 140 lb; step-ups onto a 16" box (cab-step height) 3 x 8 L lead; lateral lunges 2 x 10; TKE w/ black band 3 x 15.
            L quad weakness — can't get up into the cab of his Freightliner w/o hauling on the grab handles.
            5-RM leg press 180 lb (est. 1-RM 205 lb); L knee flexion 118°.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 19)], []),

        // "One-on-one, PT and driver only": gaze stabilization in the cab-seat mock-up and on foam, head turns to mirror targets, backward step-downs off a box; L vestibular hypofunction; the only numbers are a CDL number, truck number, card date and I-80 exit ("better than last week"): measure missing.
        ["v5-h34-ai-cdl-numbers-only-97112"] = new(
            """
            A&I REHAB — CLEARFIELD — PT
            OTR driver, CDL-A #PA 31 455 902, truck 4417; DOT medical card good through 04/30/2026. Came in off I-80 at Exit 120.
            One-on-one, PT and driver only.
            97112 — 21 min: gaze stabilization (head moving, eyes on a fixed card) sitting in the cab-seat mock-up, then standing on foam; head turns to "mirror" targets on the side walls; stepping down backward off a box facing it, as if off the cab, eyes up.
            Deficit: L vestibular hypofunction after labyrinthitis; dizzy w/ quick mirror checks.
            Says it's "better than last week."
            """,
            ["H83.02"], [PT("97112", 21)], [At(Measure, "97112")]),

        // PTA 97110 naming bridges, clamshells, sidelying leg lifts, heel raises and mini squats without any dose; R hip weakness after THA with a church-Sunday goal; the only numbers are "HEP drawing sheet #2" and "Return Thursday 3/12": measure missing.
        ["v5-h34-pequea-drawing-sheet-no-dose-97110"] = new(
            """
            PEQUEA VALLEY THERAPY — Quarryville — PTA
            97110 — 15 min: bridges, clamshells, sidelying leg lifts, standing heel raises at the counter, mini squats.
            For: R hip weakness after the R THA — goal: walk over to the neighbors' for church Sunday and sit through the whole service.
            Gave HEP drawing sheet #2 (stick figures — no phone in the home). Return Thursday 3/12.
            """,
            ["Z96.641", "Z47.1"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // OT 97530 shrimp-boat tasks (deck step from the dock, coiling rope, ice-chest lid, bait bucket) with R shoulder weakness and a season-opener goal, but no assistance level or number: "Went smoother than Tuesday … Ça va mieux": measure missing.
        ["v5-h34-acadiana-went-smoother-ot-97530"] = new(
            """
            ACADIANA PRAIRIE REHAB — Erath — OT
            97530 — 20 min: practiced stepping onto and off her son's shrimp-boat deck from the dock (mock-up: step box + rail), coiling a rope, carrying the ice-chest lid and a bucket of bait across the clinic.
            R shoulder weakness after the R proximal humerus fx; goal — go out on the boat w/ her son for the season opener.
            Went smoother than Tuesday; she was pleased. "Ça va mieux."
            """,
            ["S42.201D"], [OT("97530", 20)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Mill-habit punch card "97112 punched in 9:02 punched out 9:25" (23) and "97110 punched in 9:25 punched out 9:40" (15): both match; 1:1 for the NMR; tilt board, gumband step-overs, push-and-catch; step-ups, sit-to-stand, cuff abduction; ankle strategy and hip abductor weakness; Berg and k of 10: passes.
        ["v6-h34-ai-punch-card-two-codes"] = new(
            """
            A&I REHAB — MONESSEN — PT
            Punch card (mill habit):
              97112   punched in 9:02   punched out 9:25
              97110   punched in 9:25   punched out 9:40
            1:1 for the NMR — nobody else on the floor, my hands on him throughout.
            NMR: tilt board A/P + M/L w/ eyes on a target; stepping over the gumband (resistance band) strung at shin height on cue; push-and-catch in stride stance.
            TE: step-ups 8" 3 x 10; sit-to-stand from 17" w/o hands 3 x 8; standing hip abduction w/ 3 lb 2 x 12.
            Problem: slow reactive stepping + ↓ R ankle strategy; R hip abductor weakness 4-/5 after R hip fx (IM nail, Nov).
            Berg 47/56; stepping over the band w/o a touch 9/10.
            """,
            ["S72.001D", "R26.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Minutes after each code's description ("… — 24 minutes." for 97112, "… — 15 minutes." for 97110): both match; one-on-one with family watching; foam pushes, corn-stalk step-overs, EC tandem; squats, step-ups, band extension; ankle/hip strategies and hip extensor weakness; steps and k of 10: passes.
        ["v6-h34-pequea-minutes-after-description"] = new(
            """
            PEQUEA VALLEY THERAPY — Ephrata — PT
            Balance re-education (97112), PT one-on-one w/ him while his wife and two grown sons watched from the bench: stance on foam w/ small pushes at the shoulders; stepping over a row of corn stalks laid on the floor; tandem along the mat edge, eyes closed on the last pass — 24 minutes.
            Strengthening (97110): mini squats 3 x 10; step-ups on the 7" step 3 x 10; standing hip extension w/ the red band 2 x 15 — 15 minutes.
            Why: ↓ ankle and hip strategies and B hip extensor weakness 4-/5 — two falls in the cornfield stubble this fall.
            Tandem EC 6 steps (2 at IE); foam pushes recovered w/o a step 8/10.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24), PT("97110", 15)], []),

        // PTA "97116 x 1 unit = 14 min | 97530 x 2 units = 24 min": both match; rollator → cane on gravel with cues; pickup-cab transfer, feed sack, pasture gate; L TKA with a cows-and-dance-hall goal; SBA/CGA: passes.
        ["v6-h34-acadiana-units-equal-minutes"] = new(
            """
            ACADIANA PRAIRIE REHAB — Mamou — PTA
            97116 x 1 unit = 14 min   |   97530 x 2 units = 24 min
            Gait (97116): rollator → straight cane across the gym and out onto the gravel drive, 3 x 80 ft; cues for L heel first and an even step; turning around the truck in the lot.
            Activity (97530): getting into and out of the cab of his pickup (high step, grabbing the A-pillar handle) x 4; lifting a 10 lb feed sack from the tailgate to the ground x 5; opening and closing the pasture-gate latch x 5.
            L TKA wk 9 — short L stance and a stiff L knee; goal: feed his cows and drive himself to the Saturday morning dance at Fred's.
            Cane SBA on gravel; truck transfer CGA (Min A at eval); feed sack SBA.
            """,
            ["Z96.652", "Z47.1"], [PTA("97116", 14), PTA("97530", 24)], []),

        // Gruff "97112/22min (1:1, nobody else on the floor) · 97140/10min": both match; PNF D1/D2 with trunk rotation, half-kneel rhythmic stabilization, Airex reaches; thoracic PA mobs and rib rotations with grades and bouts; PD trunk rigidity; seconds, k of 10 and degrees: passes.
        ["v6-h34-ai-slash-minutes-nmr-mt"] = new(
            """
            A&I REHAB — JOHNSTOWN — PT
            97112/22min (1:1, nobody else on the floor)  ·  97140/10min
            NMR — PNF D1/D2 UE in standing w/ the trunk rotating; rhythmic stabilization in half-kneel; standing on the Airex reaching across midline.
            MT — thoracic PA mobs T4–T8 gr III 3 x 30 s; rib rotations in sidelying 2 x 60 s.
            Why: ↓ trunk rotation and postural control — Parkinson's, stiff thoracic spine, en bloc turns.
            Half-kneel hold w/o a hand 40 s; Airex reaches 8/10 w/o a step; thoracic rotation R 30° → 38° after MT.
            """,
            ["G20.A1"], [PT("97112", 22), PT("97140", 10)], []),

        // One timed code whose minutes are given only as "Started 7:35 a.m., done 7:57 a.m." (22) against a 22-minute 97116 line (the heat index is not a time): matches; cane on the levee-top path and boat-launch ramp with cues; R hemiparetic gait; SBA/CGA: passes.
        ["v6-h34-acadiana-clock-times-before-heat"] = new(
            """
            ACADIANA PRAIRIE REHAB — Henderson — PT
            Started 7:35 a.m., done 7:57 a.m. — early, before the heat index hits 105.
            Gait training w/ a straight cane on the levee-top path, 2 x 300 ft, and down the boat-launch ramp and back x 2; cues for R heel strike and an upright trunk on the downslope.
            R hemiparesis (L MCA stroke, Aug): R toe drag, short L step, leans back going down the ramp.
            SBA on the path, CGA on the ramp.
            """,
            ["I69.351"], [PT("97116", 22)], []),

        // OT header "Minutes — activity 23 (97530), exercise 15 (97110)": both match; harnessing at the sawhorse, water buckets, pulley wash line; shoulder weights and band with doses; s/p RCR with a buggy goal; SBA/Min A/Mod I: passes.
        ["v6-h34-pequea-minutes-header-by-code"] = new(
            """
            PEQUEA VALLEY THERAPY — New Holland — OT
            Minutes — activity 23 (97530), exercise 15 (97110)
            Activity: harnessing practice at the sawhorse (lifting the collar and hames, buckling the hame strap); carrying two half-full 5-gal water buckets 40 ft; hanging wash on the pulley line from the porch, 12 pieces.
            Exercise: R shoulder flexion/abduction w/ 2 lb 2 x 12; ER/IR w/ the yellow band 3 x 15; wall walks 2 x 10.
            R shoulder: s/p RCR 16 wk, flexion 140°, ER weakness 4-/5; goal: hitch up and drive the buggy to her sister's.
            Harness SBA; buckets Min A for the lift to the hook; wash line Mod I.
            """,
            ["Z47.89", "M75.111"], [OT("97530", 23), OT("97110", 15)], []),

        // Punch card "97112 punched in 1:10 punched out 1:40" (30) on a single 22-minute line: mismatch; 1:1, EC tilt board, gumband side-steps, Airex catches; lateral control and abductor recruitment after THA; seconds and k of 10.
        ["v6-h34-ai-punch-card-mismatch-97112"] = new(
            """
            A&I REHAB — MONESSEN — PT
            97112   punched in 1:10   punched out 1:40
            1:1 whole time.
            Tilt board M/L w/ eyes closed; lateral stepping over the gumband on cue; single-leg stance on the Airex catching a ball.
            ↓ lateral postural control and L hip abductor recruitment after the L THA.
            L SLS on Airex 10 s (4 s last month); catches 7/10.
            """,
            ["Z96.642", "R26.81"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // OT "97530 — 35 minutes" against a 25-minute line, "97110 — 15 minutes" matching: mismatch on 97530 only; canner lift, jar rings, jar tray; wrist and grip work with doses; distal radius fx with a peach-canning goal; grip kg, Min A/CGA/SBA.
        ["v6-h34-pequea-written-minutes-mismatch-97530"] = new(
            """
            PEQUEA VALLEY THERAPY — Gap — OT
            97530 — 35 minutes: canning practice — lifting the canner (filled to 8 lb) from counter to stove; tightening and loosening jar rings x 12; carrying a tray of 6 filled pint jars 15 ft.
            97110 — 15 minutes: wrist ext/flex w/ 1 lb 2 x 15; putty grip 3 x 20; supination/pronation w/ a hammer 2 x 12.
            L distal radius fx (ORIF, Nov) — L grip 12 kg vs R 24 kg; goal: put up the peaches in August.
            Canner lift Min A → CGA; jar tray SBA.
            """,
            ["S52.572D"], [OT("97530", 25), OT("97110", 15)], [At(Mismatch, "97530")]),

        // PT/OT co-treat "Both therapists working w/ this pt only": PT "97112 — 30 min" against a 20-minute PT line (mismatch), OT "97530 — 20 min" matching; stove-side foam perturbations, glute med tapping; gumbo pot, spice shelf, walker tray; R hemiparesis with a bourré-night goal.
        ["v6-h34-acadiana-cotreat-pt-half-mismatch"] = new(
            """
            ACADIANA PRAIRIE REHAB — Breaux Bridge — PT/OT co-treatment
            Both therapists working w/ this pt only; no other pts during the co-treat.
            PT — 97112 — 30 min: standing at the stove on a foam mat while the PT perturbed at the hips; lateral weight shifts onto the R w/ tapping at the R glute med; stepping back from the stove on cue.
            OT — 97530 — 20 min: stirring the gumbo pot w/ the R hand, reaching to the spice shelf, carrying a bowl to the table on the walker tray.
            R hemiparesis after a L MCA stroke — ↓ R LE weight acceptance and postural control; goal: cook for her Saturday bourré (card) night again.
            R weight bearing 40% BW; foam reaches w/o LOB 7/10; bowl carry CGA.
            """,
            ["I69.351"], [PT("97112", 20), OT("97530", 20)], [At(Mismatch, "97112")]),

        // "Timed tx 38 min total. 1:1." for 97112 23 + 97110 15 with no minutes for either code; rocker board, cone side-steps, foam catches; leg press, step-ups, bridges; ankle strategy, neuropathy and hip weakness; seconds and k of 10: separate time missing.
        ["v6-h34-ai-timed-total-only"] = new(
            """
            A&I REHAB — SHAMOKIN — PT
            Timed tx 38 min total. 1:1.
            NMR: rocker board A/P eyes closed; side-stepping over cones on cue; foam stance catching a ball off center.
            TE: leg press 3 x 10 @ 70 lb; step-ups 6" 3 x 10; bridges 2 x 15.
            ↓ ankle strategy and somatosensory loss B feet (neuropathy) + B hip extensor weakness 4/5.
            Rocker board EC 14 s; cone steps w/o a touch 9/10.
            """,
            ["G62.9", "R26.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // PTA "Gait 97116 — 16 min" (matches) and "Then ther-ex till the end of the visit" with no minutes for the 97110 line; both sections complete: separate time missing.
        ["v6-h34-acadiana-minutes-one-of-two"] = new(
            """
            ACADIANA PRAIRIE REHAB — Kaplan — PTA
            Gait 97116 — 16 min: straight cane, 3 x 100 ft across the gym and out to the mailbox at the road; cues for L heel strike.
            Then ther-ex till the end of the visit: LAQ w/ 3 lb 3 x 12; heel raises 3 x 15; standing hip abduction 2 x 12.
            L knee OA — antalgic, short L stance; L quad weakness 4-/5.
            Cane SBA outdoors.
            """,
            ["M17.12"], [PTA("97116", 16), PTA("97110", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings for the other codes

        // Empty note on a coal-region visit with PT 97112 and 97110: DOC_NOTE_MISSING on both profiled lines, nothing else.
        ["v7-h34-ai-empty-nmr-and-te"] = new(
            "",
            ["R26.81"], [PT("97112", 22), PT("97110", 15)],
            [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // Tab and line feeds only on an OT 97530 visit sent with no diagnosis: DOC_NOTE_MISSING on 97530 and the diagnosis check.
        ["v7-h34-pequea-tabs-ot-no-dx"] = new(
            "\t\n\t\n",
            [], [OT("97530", 20)], [At(NoteMissing, "97530"), Dx]),

        // No-break spaces and CR/LF only (an EMR export's blank) on PT 97140 + PTA 97116: DOC_NOTE_MISSING on both lines, nothing else.
        ["v7-h34-acadiana-no-break-spaces-mt-gait"] = new(
            "\u00A0\u00A0\r\n\u00A0\r\n",
            ["M17.11"], [PT("97140", 10), PTA("97116", 15)],
            [At(NoteMissing, "97140"), At(NoteMissing, "97116")]),

        // PTA 97110 whose only target is a functional goal (up into his Peterbilt with three points of contact, pull the fifth-wheel release before the DOT recert); kettlebell sit-to-stand, box step-ups, carries, band pull-downs with doses: passes.
        ["v7-h34-ai-97110-cab-goal-only"] = new(
            """
            A&I REHAB — DUBOIS — PTA
            97110 — 16 min: sit-to-stand holding a 20 lb kettlebell 3 x 8; step-ups onto the 18" box 3 x 8 each; carries w/ 25 lb in each hand 4 x 40 ft; band pull-downs 3 x 12.
            Goal: climb up into his Peterbilt using three points of contact and pull the fifth-wheel release himself before the DOT recert.
            """,
            ["M62.81"], [PTA("97110", 16)], []),

        // OT 97530 whose only target is an impairment (R grip weakness and thumb opposition after carpal tunnel release) and whose only measure is assistance levels; wringer washer, wet basket to the porch, pulley wash line: passes.
        ["v7-h34-pequea-97530-impairment-assist-only"] = new(
            """
            PEQUEA VALLEY THERAPY — Intercourse — OT
            97530 — 21 min: feeding wash through the wringer of the gas-engine washer (towels, work pants); carrying the wet basket out to the porch; hanging it on the pulley line and reeling the line out.
            Impairment: R hand grip weakness and ↓ R thumb opposition after carpal tunnel release.
            Wringer feed Min A → SBA; basket carry SBA; clothespins SBA.
            """,
            ["G56.01"], [OT("97530", 21)], []),

        // 97140 to the L shoulder (GH posterior and inferior glides with grades and bouts, scapular distraction with holds, STM) for adhesive capsulitis after tearing a tarp off the roof; no outcome number: passes.
        ["v7-h34-acadiana-97140-grades-bouts"] = new(
            """
            ACADIANA PRAIRIE REHAB — Ville Platte — PT
            97140 — 12 min
            L shoulder: GH posterior glides gr III 3 x 30 s; inferior glides in 45° abduction gr III–IV 3 x 30 s; scapular distraction in sidelying 2 x 60 s; STM L posterior cuff.
            L adhesive capsulitis — froze up after he tore the blue tarp off the roof in the storm.
            """,
            ["M75.02"], [PT("97140", 12)], []),

        // PTA 97116: rollator on the level and the clinic stairs with rail, step-to, with cues; L foot drop and knee buckling after laminectomy; Min A → CGA and SBA the only measure: passes.
        ["v7-h34-ai-97116-assist-only"] = new(
            """
            A&I REHAB — MAHANOY CITY — PTA
            97116 — 15 min
            Rollator on the level, then the clinic stairs w/ rail, step-to; cues for L heel first, L knee straight in stance, and to stop pushing the rollator out too far ahead.
            L foot drop + L knee buckling after the L L5 radiculopathy and laminectomy.
            Min A on the stairs → CGA by the last trip; rollator SBA.
            """,
            ["M21.372", "M54.16"], [PTA("97116", 15)], []),

        // Wholly generic 97110 ("Ther-ex per plan of care. Pt tolerated well, no complaints. Continue."): technique, generic, deficit and measure.
        ["v7-h34-pequea-generic-97110"] = new(
            "PEQUEA VALLEY THERAPY — PTA — 97110, 15 min. Ther-ex per plan of care. Pt tolerated well, no complaints. Continue.",
            ["M62.81"], [PTA("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Wholly generic Cajun 97112 ("Balance exercises, 23 min. Ça va bien — did good today. Continue plan of care."), no one-on-one: technique, generic, deficit, measure and one-on-one.
        ["v7-h34-acadiana-generic-97112"] = new(
            "ACADIANA PRAIRIE REHAB — PT — Balance exercises, 23 min. Ça va bien — did good today. Continue plan of care.",
            ["R26.81"], [PT("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Wholly generic gruff OT 97530 ("Functional activities as tolerated. Pt gruff but cooperative. Cont POC."): technique, generic, deficit and measure.
        ["v7-h34-ai-generic-ot-97530"] = new(
            "A&I REHAB — OT — 97530, 20 min. Functional activities as tolerated. Pt gruff but cooperative. Cont POC.",
            ["M62.81"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes: complete ones a reviewer passes, and the ordinary weak ones

        // Retired crane man from the Irvin Works: "97110 — 18 min" (sidelying ER, prone T/Y, rows, wall slides, scaption with doses) and "97140 — 10 min" (GH posterior glides and sleeper stretch with bouts, STM); ER weakness and painful arc with a redd-up-the-garage goal; ER degrees: passes.
        ["vord-h34-ai-steel-shoulder-te-mt"] = new(
            """
            A&I REHAB — MONESSEN — PT
            Ret. crane man from the Irvin Works — R shoulder, rotator cuff tendinopathy. Wife says he's been nebby about the clinic's new coffee machine.
            97110 — 18 min: sidelying ER w/ 2 lb 3 x 12; prone T's and Y's 2 x 10; band rows (green) 3 x 15; wall slides w/ lift-off 2 x 10; scaption w/ 1 lb 2 x 12.
            97140 — 10 min: GH posterior glides gr III 3 x 30 s; sleeper stretch held by the PT 3 x 30 s; STM R infraspinatus.
            R ER weakness 4-/5, painful arc 80–120°; goal: redd up the garage and get the storm windows up.
            R ER AROM 52° → 60° after MT.
            """,
            ["M75.81"], [PT("97110", 18), PT("97140", 10)], []),

        // Truck driver after a shoulder dislocation: 97530 cab mock-up with three points of contact, fifth-wheel release against a spring scale, landing-gear crank, door-bar latch overhead; ER strength and apprehension with a pre-trip goal; Mod I, lb and SBA: passes.
        ["vord-h34-ai-cdl-cab-coupling-97530"] = new(
            """
            A&I REHAB — CLEARFIELD — PT
            OTR driver after a L shoulder dislocation (Jan) — needs to pass his DOT recert and get back on the road.
            97530 — 24 min: climbing into and out of the cab mock-up (3 steps + grab handles) facing in, three points of contact, x 5; pulling the fifth-wheel release handle against a spring scale set at 35 lb x 8; cranking the trailer landing gear 20 turns x 3; swinging the trailer door-bar latch overhead x 10.
            L shoulder: ↓ ER strength and apprehension overhead; goal — do his own pre-trip and coupling.
            Cab climb Mod I; fifth-wheel pull independent at 35 lb (25 lb at IE); landing gear SBA w/ 1 rest.
            """,
            ["S43.005D"], [PT("97530", 24)], []),

        // Black lung OT 97530: laundry basket down and up the cellar-steps mock-up with the O2 tank on his shoulder, washer loading, tubing management; exertional dyspnea and desaturation with a do-his-own-wash goal; CGA/Mod I and SpO2: passes.
        ["vord-h34-ai-cellar-steps-o2-ot-97530"] = new(
            """
            A&I REHAB — MAHANOY CITY — OT
            Black lung, 2 L NC at rest / 3 L w/ activity; portable tank in a shoulder bag.
            97530 — 22 min: carrying the laundry basket (8 lb) down and up the clinic stair mock-up (12 steps, like his cellar) w/ the tank on his shoulder; loading and unloading the washer; managing the tubing on the stairs w/o tangling.
            Exertional dyspnea and desaturation; goal — do his own wash in the cellar so his daughter doesn't have to drive over from Frackville.
            Stairs w/ basket CGA (Min A at IE); washer Mod I; SpO2 nadir 89% on 3 L, back to 93% in 45 s w/ pursed-lip breathing.
            """,
            ["J96.11", "Z99.81"], [OT("97530", 22)], []),

        // "Individual tx — I had no one else on my schedule at that time and stayed hands-on w/ him for all the NMR": 97112 23 (gait-belt pulls, head-turn walking, EC Airex) and 97116 15 (cane on the ramp and sidewalk slope with cues); protective steps and ankle proprioception; Mini-BESTest and SBA: passes.
        ["vord-h34-ai-mon-valley-nmr-gait"] = new(
            """
            A&I REHAB — MONESSEN — PT
            Slippy out today; came in w/ his grandson.
            Individual tx — I had no one else on my schedule at that time and stayed hands-on w/ him for all the NMR.
            97112 — 23 min: stepping reactions to unexpected pulls on the gait belt (fwd/back/lat); walking w/ a head turn every 4th step; stance on the Airex w/ eyes closed.
            97116 — 15 min: straight cane on the clinic ramp and the sidewalk slope out front, 4 x 80 ft; cues for heel strike and a longer L step going downhill.
            Problems: slow, short protective steps (postural reactions) + ↓ L ankle proprioception after the L ankle fx; short L step on hills.
            Mini-BESTest 19/28 (14/28 at eval); cane on the slope SBA.
            """,
            ["S82.892D", "R26.81"], [PT("97112", 23), PT("97116", 15)], []),

        // PTA 97110 after TKA (bike, heel slides, step-ups, sit-to-stand, TKE, prone hangs with doses); quad weakness and ROM with a Knoebels goal: passes.
        ["vord-h34-ai-knoebels-tka-97110"] = new(
            """
            A&I REHAB — MOUNT CARMEL — PTA
            R TKA 8 wk. Goal: walk Knoebels w/ the grandkids in June and ride the Phoenix again.
            97110 — 20 min: recumbent bike full revs, seat 8; heel slides w/ strap 2 x 15; step-ups 6" 3 x 10; sit-to-stand from 18" w/o hands 3 x 8; terminal knee ext w/ band 3 x 15; prone hangs for extension 2 x 60 s.
            R quad weakness 4-/5, R knee AROM 4–110°.
            """,
            ["Z96.651", "Z47.1"], [PTA("97110", 20)], []),

        // PTA "TE 97110 — 15 min" (marches, LAQ, abduction, toe raises with doses) and "GT 97116 — 15 min" (rollator in the hall and ramp with cues); post-pneumonia LE weakness and shuffling; SBA/CGA: passes.
        ["vord-h34-ai-pta-te-gait-hazleton"] = new(
            """
            A&I REHAB — HAZLETON — PTA
            TE 97110 — 15 min
             seated march w/ 3 lb 2 x 15; LAQ 3 lb 2 x 12; standing hip abd 2 x 10; toe raises 2 x 15
            GT 97116 — 15 min
             rollator 3 x 120 ft in the hall + the ramp; cues for an upright trunk, bigger steps and turning wide
            B LE weakness (hip flexors 3+/5) + flexed trunk, short shuffling steps after the hospital stay for pneumonia.
            Rollator SBA; ramp CGA.
            """,
            ["M62.81", "R26.89"], [PTA("97110", 15), PTA("97116", 15)], []),

        // Gruff complete NMR + TE note (foam EC, head-turn tandem, target stepping; leg press, step-ups, band abduction; somatosensory and hip deficits; steps and k of 10) with both minutes matching, but never says one-on-one.
        ["vord-h34-ai-gruff-nmr-te-no-one-on-one"] = new(
            """
            A&I REHAB — FRACKVILLE — PT
            "Heyna," he says, same as always.
            97112 — 22 min. Foam stance EC, tandem on the line w/ head turns, stepping to targets on call.
            97110 — 15 min. Leg press 3 x 10 @ 80 lb, step-ups 3 x 10, band abduction 3 x 15.
            Deficit: ↓ somatosensory input both feet, slow ankle strategy; hip abd weakness 4-/5.
            Tandem EC 5 steps; targets 8/10.
            """,
            ["G62.9", "R26.81"], [PT("97112", 22), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // Complete 97110 (squats, wall sits, step-downs, band TKE; L knee OA quad weakness and bleachers; 30-s chair stand) whose diagnosis field holds an ICD-9 code "715.36": diagnosis missing.
        ["vord-h34-ai-icd9-diagnosis"] = new(
            """
            A&I REHAB — JOHNSTOWN — PT
            97110 — 17 min: mini squats 3 x 10; wall sits 3 x 20 s; step-downs off a 4" step 2 x 10; band TKE 3 x 15.
            L knee OA — quad weakness 4/5, trouble on the bleachers at the Tomahawks games.
            30-s chair stand 10 (8 at IE).
            """,
            ["715.36"], [PT("97110", 17)], [Dx]),

        // PTA "35 min total. Did his exercises and balance. Tolerated fine. Cont." on 97112 20 + 97110 15: wholly generic on both lines, no one-on-one, a total only: separate time missing.
        ["vord-h34-ai-pta-generic-total"] = new(
            "A&I REHAB — SHAMOKIN — PTA. 35 min total. Did his exercises and balance. Tolerated fine. Cont.",
            ["R26.81", "M62.81"], [PTA("97112", 20), PTA("97110", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"), SepTime]),

        // "It was me and him — didn't see a soul else while he was in the gym": black lung on O2, foam head turns, top-shelf reaches on foam, stepping over the O2 tubing; postural control with reaching and tubing falls; functional reach inches and k of 10: passes.
        ["vord-h34-ai-black-lung-tubing-97112"] = new(
            """
            A&I REHAB — SHAMOKIN — PT
            Black lung, on 2 L NC; tank on the walker.
            It was me and him — didn't see a soul else while he was in the gym.
            97112 — 20 min: standing on the foam w/ head turns; reaching for cans on the top shelf while on the foam (limits-of-stability work); stepping over the O2 tubing laid on the floor on cue, fwd/lat.
            Deficit: ↓ postural control w/ reaching and head movement; two falls over the tubing at home.
            Functional reach 7 in. (4 in. at IE); tubing step-overs w/o a catch 9/10.
            """,
            ["J96.11", "Z99.81", "Z91.81"], [PT("97112", 20)], []),

        // Retired steelworker after shoveling a slippy sidewalk: 97140 (L4–5 central PAs and rotation with grades and bouts, STM, hip flexor MET with holds); lumbar hypomobility and guarding; fingertip-to-floor cm: passes.
        ["vord-h34-ai-slippy-sidewalk-lbp-97140"] = new(
            """
            A&I REHAB — MONESSEN — PT
            Ret. steelworker — LBP after shoveling the slippy sidewalk.
            97140 — 12 min: L4–5 central PA mobs gr III 3 x 30 s; R sidelying lumbar rotation gr IV 3 x 20 s; STM B lumbar paraspinals; hip flexor MET 3 x 5 s holds.
            Lumbar hypomobility L4–5 w/ B paraspinal guarding; ↓ flexion.
            Fingertip-to-floor 32 cm → 24 cm after.
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // 97530 up into the buggy mock-up and down backward, holding the lines while turning to check behind, feed-bag lift; L hip OA with a drive-to-market goal; CGA/Min A/SBA: passes.
        ["vord-h34-pequea-buggy-step-97530"] = new(
            """
            PEQUEA VALLEY THERAPY — Intercourse — PT
            97530 — 22 min: getting up into the buggy (mock-up: high step to the floor w/ the hand grab) and down backward x 6; holding the lines (reins) in both hands seated on the bench, turning the trunk to check behind x 10; lifting a 20 lb feed bag from the buggy floor to the ground x 5.
            L hip OA (awaiting THA) — L hip pain and weakness on the high step; goal: drive herself to market on Fridays.
            Buggy step up CGA, down backward Min A; feed bag SBA.
            """,
            ["M16.12"], [PT("97530", 22)], []),

        // Mennonite dairy farmer with family along: OT 97530 stool milking on a practice udder, milker bucket carry, hanging the milker units; B thumb CMC OA with an evening-milking goal; grip kg, SBA, Mod I: passes.
        ["vord-h34-pequea-milking-ot-97530"] = new(
            """
            PEQUEA VALLEY THERAPY — Gap — OT
            Mennonite dairy farmer, 68; daughter-in-law and three grandchildren came along.
            97530 — 20 min: milking mock-up — sitting on the one-legged milking stool, stripping teats on the practice udder w/ each hand; lifting the milker bucket (half full, 15 lb) and carrying it 30 ft; hanging the milker units on the wall hook.
            B hand OA w/ thumb CMC pain and grip weakness; goal — help w/ the evening milking again.
            Grip R 19 kg / L 17 kg; bucket carry SBA; stool sitting Mod I.
            """,
            ["M18.0"], [OT("97530", 20)], []),

        // "Pt seen one-on-one; her husband sat in": backless-bench sitting on foam with perturbations, hymnal reaches outside her base, bench sit-to-stand with a turn; trunk control after a cerebellar stroke; inches and k of 10: passes.
        ["vord-h34-pequea-church-bench-97112"] = new(
            """
            PEQUEA VALLEY THERAPY — Bird-in-Hand — PT
            Pt seen one-on-one; her husband sat in (they speak mostly Deitsch — Pennsylvania Dutch — at home) and helped w/ a word now and then.
            97112 — 22 min: sitting on a backless bench (like the church benches) w/ her feet on foam — PT perturbations at the shoulders, eyes open, then closed; reaching for the hymnal (Ausbund) held outside her base; standing up from the bench w/ a quick turn to step out of the row.
            Deficit: ↓ trunk postural control and delayed righting after a R cerebellar stroke — leans and grabs the bench in church.
            Seated reach 11 in. beyond the knees w/o a hand down (6 in. at IE); perturbations recovered w/o a hand 8/10.
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // Kicked by his Standardbred: "97116 — 16 min" (crutches → single crutch on the lane and gravel, porch steps, cues) and "97110 — 17 min" (quad sets, SLR, step-ups, heel raises with doses); quad weakness and lag, antalgic stance; SBA/CGA: passes.
        ["vord-h34-pequea-horse-kick-gait-te"] = new(
            """
            PEQUEA VALLEY THERAPY — New Holland — PT
            Kicked by his Standardbred in the barn (Dec) — R tibial plateau ORIF, now WBAT.
            97116 — 16 min: B crutches → single crutch L hand, 2 x 150 ft on the clinic lane + the gravel bank; cues for R heel strike and full R knee extension; porch steps w/ rail, reciprocal.
            97110 — 17 min: quad sets 3 x 10; SLR 3 x 10; step-ups 4" 3 x 10; heel raises 3 x 15.
            R quad weakness 3+/5, R knee ext lag 10°; antalgic short R stance.
            Single crutch SBA on the lane, CGA on the gravel; stairs SBA.
            """,
            ["S82.141D"], [PT("97116", 16), PT("97110", 17)], []),

        // "Just the PT and her for the re-ed; her three sisters waited in the van w/ the driver": foam single-leg push-offs (scooter), balance-board head turns, step-off stops; ankle proprioception and peroneal timing after a scooter fall; seconds and k of 10: passes.
        ["vord-h34-pequea-kick-scooter-97112"] = new(
            """
            PEQUEA VALLEY THERAPY — Strasburg — PT
            Just the PT and her for the re-ed; her three sisters waited in the van w/ the driver.
            Pt 66, rides her kick scooter to the neighbors' and to the produce stand.
            97112 — 24 min: single-leg stance on the L on a foam pad while pushing a slider back w/ the R (the scooter push-off); standing on the balance board turning her head to "check the road"; stepping off a low platform to stop on one leg.
            Deficit: ↓ L ankle proprioception and peroneal timing after the L ankle sprain (fell off her scooter on the lane to the schoolhouse).
            L SLS on foam 18 s (7 s at IE); step-off stops 9/10.
            """,
            ["S93.402D"], [PT("97112", 24)], []),

        // OT 97110 for an Amish harness maker (putty, band abduction, wrist extension, clothespin pinch with doses); thumb CMC OA with weak pinch pushing the awl; tip pinch kg: passes.
        ["vord-h34-pequea-harness-shop-ot-97110"] = new(
            """
            PEQUEA VALLEY THERAPY — Bird-in-Hand — OT
            Harness maker — stitches collars and breast straps by hand in the shop behind the house.
            97110 — 15 min: thumb opposition to each finger in therapy putty 3 x 10; finger abduction against a rubber band 3 x 15; wrist ext w/ 1 lb 2 x 12; pinch strengthening w/ graded clothespins (yellow → red) 3 x 10.
            R thumb CMC OA — weak lateral and tip pinch; pain pushing the awl through the leather.
            Tip pinch R 3.5 kg (2.5 kg at IE).
            """,
            ["M18.11"], [OT("97110", 15)], []),

        // Tobacco-stripping season: OT 97530 seated stripping and grading leaves, tying hands, lifting bundles to shoulder height; L shoulder impingement and grip weakness with a strip-his-share goal; Mod I/SBA: passes.
        ["vord-h34-pequea-tobacco-stripping-ot-97530"] = new(
            """
            PEQUEA VALLEY THERAPY — Strasburg — OT
            Winter is tobacco-stripping season in the cellar stripping room.
            97530 — 20 min: seated on the stripping stool — pulling leaves off practice stalks and sorting them into three grades; tying the "hands" (bundles) w/ a leaf wrap; lifting the bundled hands into the box on the bench at shoulder height.
            L shoulder impingement + L grip weakness (grip 20 kg vs R 28 kg); goal: strip his share w/ the boys this winter.
            Sorting Mod I; lifting to shoulder height SBA w/ 1 rest.
            """,
            ["M75.42"], [OT("97530", 20)], []),

        // Complete PTA 97110 (abduction, bridges, step-ups, wall push-ups with doses; hip weakness with a garden-rows goal) sent with no diagnosis: diagnosis missing.
        ["vord-h34-pequea-no-diagnosis-97110"] = new(
            """
            PEQUEA VALLEY THERAPY — Quarryville — PTA
            97110 — 16 min: standing hip abduction w/ 2 lb 2 x 12 B; bridges 3 x 10; step-ups 4" 2 x 10 each; wall push-ups 2 x 12.
            B hip weakness 4-/5 — can't get up from the low garden stool; goal: weed the garden rows again.
            HEP drawing sheet given.
            """,
            [], [PTA("97110", 16)], [Dx]),

        // Furniture-shop woodworker: "97140 — 20 min" (cervical lateral glides and PAs with grades and bouts, STM, suboccipital release) on a single 12-minute line: mismatch; segmental hypomobility; rotation degrees.
        ["vord-h34-pequea-97140-minutes-differ"] = new(
            """
            PEQUEA VALLEY THERAPY — Ephrata — PT
            Woodworker (furniture shop, air tools) — R neck and shoulder-blade pain.
            97140 — 20 min: C5–6 R lateral glides gr III 3 x 30 s; R unilateral PAs C5–6 gr III 3 x 30 s; STM R levator and upper trap; suboccipital release 2 x 90 s.
            ↓ segmental mobility C5–6 R; R cervical rotation 50° → 61°.
            """,
            ["M54.2"], [PT("97140", 12)], [At(Mismatch, "97140")]),

        // Crawfish farmer: 97530 sand-filled onion-sack lifts to the tailgate with a hinge, pyramid-trap pulls over the boat side, boat-to-levee step; L lumbar radiculopathy with a run-his-own-traps goal; 6/6 and SBA: passes.
        ["vord-h34-acadiana-crawfish-traps-97530"] = new(
            """
            ACADIANA PRAIRIE REHAB — Eunice — PT
            Crawfish farmer (rice-crawfish rotation) — runs his traps from the boat every morning in season.
            97530 — 24 min: lifting a 35 lb onion sack of "crawfish" (sand) from the floor to the tailgate w/ a hip hinge x 6; reaching over the side of the boat mock-up to pull and shake a pyramid trap (weighted 10 lb) x 10 each side; stepping from the boat platform up onto the "levee" (a step w/ no rail) and back x 6.
            L lumbar radiculopathy — L hip/knee weakness 4/5, pain bending over the side; goal: run his own traps this spring.
            Sack lift independent w/ a correct hinge 6/6; boat-to-levee step SBA (CGA at eval).
            """,
            ["M54.16"], [PT("97530", 24)], []),

        // Storm cleanup: PTA 97110 sled push/pull, loaded carries, split squats, band pull-aparts, dowel hinge with loads and doses; grip and hip extensor weakness after a COVID pneumonia stay with a drag-the-limbs goal; heat index indoors: passes.
        ["vord-h34-acadiana-storm-limbs-97110"] = new(
            """
            ACADIANA PRAIRIE REHAB — Abbeville — PTA
            Storm cleanup — wants to drag the downed limbs to the road himself.
            97110 — 18 min: sled push/pull w/ 45 lb 4 x 40 ft; carries w/ 25 lb in each hand 4 x 40 ft; split squats 3 x 8; band pull-aparts 3 x 15; hip hinge w/ the dowel 2 x 10.
            Grip and B hip extensor weakness after the hospital stay (COVID pneumonia, Sept); gets tired pulling even small limbs.
            Heat index 104 outside — kept him in the A/C gym w/ water breaks.
            """,
            ["M62.81", "U09.9"], [PTA("97110", 18)], []),

        // "Individual session, PT w/ Mamère only": Cajun waltz box step and two-step turns led by the PT, backward turns under the arm on cue, foam stance with head turns; dynamic postural control and freezing on turns in PD; turn steps and k of 10: passes.
        ["vord-h34-acadiana-dance-hall-97112"] = new(
            """
            ACADIANA PRAIRIE REHAB — Mamou — PT
            Individual session, PT w/ Mamère (grandma) only — her granddaughter waited up front.
            97112 — 23 min: Cajun waltz box step and two-step turns w/ the PT leading, slowed, then at tempo; stepping backward and turning under the arm on the PT's cue; quiet stance on foam w/ head turns between songs.
            Deficit: ↓ dynamic postural control on turns and backward steps — PD (H&Y 2), freezes on the turn.
            360° turn in 6 steps (10 at eval); backward steps w/o a freeze 8/10.
            Goal is the Saturday morning dance at Fred's Lounge.
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // Fishing camp on pilings: "97110 — 15 min" (step-ups, band walks, SL RDL, assisted rung pull-ups with doses) and "97530 — 20 min" (fixed ladder with three points of contact, ice chest down steps, rocking platform to step); quad weakness with a sac-a-lait goal; SBA/CGA: passes.
        ["vord-h34-acadiana-camp-ladder-te-ta"] = new(
            """
            ACADIANA PRAIRIE REHAB — Henderson — PT
            Fishing camp on pilings in the Basin — a 9-rung ladder from the dock up to the gallery (porch).
            97110 — 15 min: step-ups 8" 3 x 10; lateral band walks 3 x 20 ft; single-leg RDL w/ 10 lb 2 x 8; assisted pull-ups on a ladder rung (feet on the floor) 2 x 8.
            97530 — 20 min: climbing the clinic's fixed ladder up/down x 4 w/ three points of contact; carrying an ice chest (20 lb) down the steps x 3; stepping from a rocking platform onto a step w/ the rail (dock → boat).
            R TKA (Oct): R quad weakness 4-/5; goal — get up to his camp and fish sac-a-lait off the gallery.
            Ladder SBA (CGA last wk); ice chest on the steps CGA.
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 15), PT("97530", 20)], []),

        // Family boucherie: OT 97530 hand-crank boudin stuffing and twisting links, chopping green onions, lifting the rice pot; R grip and median sensation after CTR; grip kg, 12 links and SBA: passes.
        ["vord-h34-acadiana-boudin-ot-97530"] = new(
            """
            ACADIANA PRAIRIE REHAB — Breaux Bridge — OT
            Family boucherie Saturday — she wants to stuff the boudin like every year.
            97530 — 21 min: stuffing boudin w/ the hand-crank stuffer (cranking, feeding the casing w/ the L hand, twisting links); cutting green onions w/ a chef's knife; lifting the 6 qt pot of rice to the counter.
            R CTR 8 wk — R grip weakness, ↓ R median-nerve sensation at the fingertips.
            Grip R 18 kg (11 kg at IE); 12 links twisted w/o help; pot lift SBA.
            """,
            ["G56.01"], [OT("97530", 21)], []),

        // Rice farmer: "97140 — 10 min" (rotation SNAGs with reps, thoracic PAs with grade and bouts, STM) and "97110 — 16 min" (DNF nods, prone Y/T, rows, thoracic rotation with doses); cervical rotation and DNF endurance with a look-behind-the-tractor limit; degrees: passes.
        ["vord-h34-acadiana-tractor-neck-mt-te"] = new(
            """
            ACADIANA PRAIRIE REHAB — Kaplan — PT
            Rice farmer — neck stiff from looking back over his shoulder on the tractor and the combine.
            97140 — 10 min: cervical rotation SNAGs C4–5 R 3 x 6; upper thoracic PAs gr III 3 x 30 s; STM B upper trap and levator.
            97110 — 16 min: deep neck flexor nods 3 x 10 w/ 5 s hold; prone Y/T w/ 1 lb 2 x 10; band rows 3 x 15; thoracic rotation in sidelying 2 x 10 each.
            ↓ cervical rotation R (can't check behind the tractor), DNF endurance 12 s.
            Cervical rotation R 48° → 60° after MT.
            """,
            ["M54.2"], [PT("97140", 10), PT("97110", 16)], []),

        // Shrimper after a stroke, "one-on-one (PT w/ this pt only)": 97112 22 (rope-hauling rocker board, foam-beam tandem, coiled-line step-overs) and 97110 15 (squats, step-ups, pull-aparts, band abduction); postural control and abductor weakness; seconds, steps, k of 10: passes.
        ["vord-h34-acadiana-shrimper-nmr-te"] = new(
            """
            ACADIANA PRAIRIE REHAB — Delcambre — PT
            Shrimper, 70 — can't keep his footing on the deck since the stroke.
            97112 — 22 min, one-on-one (PT w/ this pt only): perturbations on the rocker board w/ a rope in both hands (hauling a net); tandem on the foam beam; stepping over a coiled line on the PT's call.
            97110 — 15 min: squats to a bench 3 x 10; step-ups 8" 3 x 10; band pull-aparts 3 x 15; hip abduction w/ band 2 x 15.
            ↓ postural control and L ankle strategy after the R MCA stroke; L hip abductor weakness 4-/5.
            Rocker board hold 20 s; foam-beam tandem 8 steps; coiled-line step-overs 9/10.
            """,
            ["I69.354"], [PT("97112", 22), PT("97110", 15)], []),

        // Complete PTA 97110 (bike, squats, step-ups, band knee extension; knee OA quad weakness with a crawfish-boil standing goal; 30-second chair stand) whose diagnosis field holds Cajun French free text "arthrite du genou": diagnosis missing.
        ["vord-h34-acadiana-french-free-text-dx"] = new(
            """
            ACADIANA PRAIRIE REHAB — Erath — PTA
            97110 — 17 min: recumbent bike full revolutions, level 3; mini squats 3 x 10; step-ups 6" 3 x 10; band knee ext 3 x 15.
            R knee OA — quad weakness 4-/5; goal: stand at the boil pot for the whole crawfish boil.
            30-second chair stand 11 (9 at IE).
            """,
            ["arthrite du genou"], [PTA("97110", 17)], [Dx]),

        // "Gait, 97116 — 25 min" (cane on the gym floor and grass, garden-hose step-overs, cues; L stiff-knee gait; SBA/Mod I) on a single 15-minute line: mismatch.
        ["vord-h34-acadiana-97116-minutes-differ"] = new(
            """
            ACADIANA PRAIRIE REHAB — Ville Platte — PT
            Gait, 97116 — 25 min: straight cane on the gym floor, then the grass by the parking lot, 3 x 100 ft; stepping over the garden hose; cues for L heel strike and a longer R step.
            L TKA wk 10 — L stiff-knee gait.
            SBA on the grass; Mod I inside.
            """,
            ["Z96.652"], [PT("97116", 15)], [At(Mismatch, "97116")]),

        // PTA "TE 97110 15 min, TA 97530 20 min. Did his exercises and practiced his activities. Tolerated well, family pleased. Continue POC." on 97110 15 + 97530 20: minutes match per code, but both lines are wholly generic.
        ["vord-h34-acadiana-generic-te-ta-minutes-given"] = new(
            "ACADIANA PRAIRIE REHAB — Church Point — PTA. TE 97110 15 min, TA 97530 20 min. Did his exercises and practiced his activities. Tolerated well, family pleased. Continue POC.",
            ["M62.81"], [PTA("97110", 15), PTA("97530", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
