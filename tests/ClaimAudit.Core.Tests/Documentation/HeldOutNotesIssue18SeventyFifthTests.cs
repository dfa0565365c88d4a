using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The seventy-fifth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of sports and orthopaedic return-to-activity practices that bill Medicare and
/// commercial plans alike — ACL reconstruction by phase (and a non-operative coper), throwing and overhead athletes
/// after a SLAP repair, a UCL reconstruction and a shoulder stabilisation, runners' gait retraining, tendinopathy
/// loading programmes, bone stress injuries, and masters athletes over 65 (pickleball, golf, road and mountain
/// cycling, marathons, walking football) — as the people who run those sessions write them: return-to-play phases
/// and criteria, blood-flow-restriction training, IASTM and dynamic cupping billed as manual therapy because they are
/// hands-on, dry needling named in the note and never billed, Y-balance and hop batteries, isokinetic and
/// handheld-dynamometer limb symmetry, velocity-based training, plyometric progressions, slow-motion video analysis,
/// a launch monitor and an AlterG; athletic trainers who tape, warm up, film and write down counts but never bill;
/// about two thirds ordinary and complete (67 of 104), single- and multi-code visits (97110, 97112, 97116, 97140,
/// 97530, up to three in a visit, a PT's and a PTA's code on one visit), by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>a pro-team-affiliated sports clinic ("Ospreys Performance Clinic", run by Bayside Sports PT as the team
/// physical therapy provider to the Chesapeake Ospreys FC of USL League One: Chesapeake, Virginia) charting on an "RTP
/// DAILY" template with phase boxes (1 Protect · 2 Load · 3 On-field · 4 Team training), a delivery row (PT one-on-one /
/// pod / AT-supervised floor), "»" bullets, match-day counts (MD-4), the club sports-science staff's GPS load
/// (high-speed running metres), the club AT taping before the session, a keeper on the back pitch, a pod of three
/// players, rebounder catches and throw-ins, a hop battery in a table, the My Jump app's reactive strength index,
/// Nordic lowers and Copenhagen adductions, a "Minutes —" footer and a "Billing:" line with units and minutes, and the
/// club's over-60s walking-football programme;</item>
/// <item>a university athletic medicine outpatient centre open to the community ("Palouse A&amp;M Athletic Medicine —
/// Outpatient Sports PT": Pullman, Washington) with a "Sport/position" header, "Problem:" lines, graduate-assistant
/// athletic trainers (GA-ATs) who warm athletes up and write down error counts, a Performance Lab flowsheet with
/// Sets / Reps / Load columns, isokinetic torque per body weight, a BFR row with the limb occlusion pressure, a
/// libero, a middle blocker, a high jumper, a 200-m sprinter on the Askling L-protocol, a wrestler after a
/// concussion, a pitcher on the Advanced Thrower's Ten and a UCL reconstruction on the Interval Throwing Program, a
/// tie-down roper after an ankle ORIF with clock times per code, a women's basketball guard's LESS, a wheat farmer
/// who plays pickleball and a retired professor walking Bloomsday;</item>
/// <item>a runners' clinic inside a running store ("Switchback Running Co. — Runners' Clinic PT", in the back room
/// of the North Shore store, Chattanooga, Tennessee) writing terse lower-case runner shorthand: a gait-retraining
/// sheet with findings boxes and cue sets, iPad slow motion at 240 fps, metronome cadence in steps per minute, the
/// AlterG at a percentage of body weight, a Thursday runners' strength class, self-pay dry needling beside billed
/// dynamic cupping, a 71-year-old half-marathoner after an Achilles repair, a 73-year-old marathoner whose foot slaps
/// on the Walnut Street Bridge, minutes written before the code, and a "Run Ready" hop sheet;</item>
/// <item>a golf and pickleball practice in a retirement community ("Fairway &amp; Kitchen Line Physical Therapy" at
/// Coquina Shores, a 55+ community in Port Orange, Florida) writing in the first person about residents on the
/// Tuesday 3.5 ladder, doubles partners who are both patients, the Wednesday swing clinic foursome, a golf movement
/// screen with fail boxes, launch-monitor club-head speed, the Vitruve encoder on a trap bar, the practice's "Fore
/// Fitness" card, a Mulligan mobilisation with movement for pickleball elbow, rain moving a session from court 4 to
/// the covered putting green, and a PT's and a PTA's code on one visit;</item>
/// <item>an orthopaedic surgeon group's in-house therapy ("Lake Country Orthopaedic &amp; Sports Surgeons — In-House
/// PT and Hand Therapy": Pewaukee, Delafield and Oconomowoc, Wisconsin) with surgeon / procedure / week / phase
/// headers, a phase-criteria grid, a post-op checklist, an NMR template with an impairment line, the Silbernagel
/// Achilles programme, FitLight reactive lights, an intervention log with three codes, a PTA who leaves to check
/// another patient's BFR cuff, a surgeon who looks in to watch hops, an OT/CHT with a gymnast's wrist, a masters
/// road cyclist's brake lever and a golfer's wrist, ice fishing on Pewaukee Lake, the Kettle Moraine trails and the
/// descent from Holy Hill.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h75-…): one-on-one in these writers' own words ("Keeper worked with me and only me — no other
/// player at my station at any point", "mine was the only athlete at the table and on the court the whole block",
/// "he was the only patient I treated in the back room from first rep to last of the NMR", "PT with just this patient
/// for the whole NMR" with the surgeon looking in, "Personal session — I had no other athlete during her 97112", "her
/// and me at the hand table the entire 97112"), notes that negate it (doubles partners who are both patients fed
/// side by side, a pod of three players rotating through the PT's station, a PTA who leaves twice to check another
/// patient's BFR cuff, a PT who steps over to progress another player's Nordics) or never state it (a GA-AT on the
/// mat, a husband on the bench), and a 97110 in a runners' strength class and a 97530 in a swing-clinic foursome,
/// which have no one-on-one check (only 97112 is the one-on-one code in the shipped medicare profile);</item>
/// <item>class 2 (v2-h75-…): template states: an RTP delivery row with "☒ PT one-on-one" and with "☒ AT-supervised
/// floor", a Performance Lab flowsheet whose Sets / Reps / Load columns are empty, a gait-retraining sheet with its
/// findings ticked and a cadence, the same sheet with no finding ticked, a "PT attendance" row with neither box
/// ticked, "Attendance: ☒ Constant", a golf movement screen with fail boxes, a phase-criteria grid on a two-code visit,
/// a post-op checklist with nothing but administrative boxes, a BFR row with the occlusion pressure and scheme, a
/// phase-4 box with yesterday's GPS load, and an NMR template whose "Neuromuscular impairment targeted" line is
/// blank;</item>
/// <item>class 3 (v3-h75-…): named programmes, protocols and devices as techniques (the Silbernagel pain-monitoring
/// Achilles programme, the Askling L-protocol's Extender, Diver and Glider, Delaware perturbation training for a
/// non-operative ACL, AlterG running at a percentage of body weight, velocity-based training with the Vitruve
/// encoder, IASTM with HawkGrips, dynamic cupping beside self-pay dry needling, the Advanced Thrower's Ten, the
/// Interval Throwing Program's long toss, FitLight reactive lights, a Mulligan MWM), the practice's "Fore Fitness"
/// card with no dose and a "Run Ready" hop sheet with nothing counted or timed;</item>
/// <item>class 4 (v4-h75-…): deficits stated as findings (a winger who chops his steps before the cut, a blocker's
/// knee that buckles landing, a marathoner's foot that slaps late in the long run, a golfer who cannot turn through to
/// a finish, a resident who stands straight up for the dink, a mountain biker who cannot lift the bike onto the roof
/// rack, a pitcher whose arm dies in the third inning, a cyclist who cannot squeeze the brake lever) and notes that
/// state none (a player cleared with a symmetrical hop battery, a runner who set a personal record pain-free, a
/// walker with no limp back out ice fishing);</item>
/// <item>class 5 (v5-h75-…): measures in their usual forms (isokinetic peak torque per body weight with LSI, a hop
/// battery table, handheld-dynamometer kilograms and percentages, pelvic drop in degrees on slow motion with cadence,
/// launch-monitor club-head speed, a Y-balance composite as a percentage of limb length, a LESS score, a drop-jump
/// reactive strength index and single-leg jump height, knee range with extensor lag) and notes with none ("moving
/// cleaner than Tuesday", "sounds quieter on the belt", "footwork better today", "felt looser on the jump
/// series");</item>
/// <item>class 6 (v6-h75-…): minutes in their usual forms (a "Minutes — 97112: 23 | 97530: 15" footer, a timed-code
/// block with its total, minutes written before the code, a code's minutes in two parts around a rain delay, an
/// intervention log with a minutes column for three codes, a "Billing:" line with units and minutes, afternoon clock
/// times per code, a PT's and a PTA's code on one visit) and true mismatches (a 97530 of 30 against 18, a PTA's
/// 97110 of 13 against 25, gait retraining 35 against 22) and truly missing separate time (a total of 40 for two
/// codes, a manual-therapy section with minutes beside an exercise section without);</item>
/// <item>class 7 (v7-h75-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (Nordic lowers and hamstring work with NordBord force), 97530 (getting
/// up off the court, the pickleball bag and the golf cart), 97140 (belt-assisted hip mobilisation after an
/// arthroscopy) and 97116 (a cart path and a grass slope with a walking stick), and wholly generic balance, two-code,
/// manual-therapy and strengthening notes;</item>
/// <item>ordinary (vord-h75-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code, a generic two-code sports
/// note with a total, a PTA's NMR time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — athletic trainers and
/// graduate-assistant ATs, a store associate filming, a surgeon looking in, husbands on the bench, teammates and
/// doubles partners (a teammate or partner who is also a patient is said to be one), team positions, match-day
/// counts, ages, days and weeks since injury or surgery, protocol phases and programme levels, box and step
/// heights, cuff pressures, bar loads and velocities, GPS metres, race distances and mile markers, skill ratings, a
/// handicap, pitch counts and innings, court numbers and holes of golf — and each is written so that a reviewer
/// cannot take it for a code's minutes or a measure; no note gives minutes to a warm-up, taping, dry needling, a
/// rest or a test.
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
/// This set also leaves out an athletic trainer, a student or a coach furnishing part of a billed code's minutes (the
/// ATs here warm up, tape, film or write down counts outside the treatment or beside it, never treat), static cups
/// left in place and percussion guns as manual therapy, dry needling's own time or its code on a line, a self-rated
/// readiness score (ACL-RSI, pain on the monitoring model) as a note's only number, and whether a performance or
/// return-to-sport service is medically necessary for a payer at all (a coverage question, not the note's).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 93 of 104 cases agree (102 needed), and 6 of the 67 notes the reviewer passes got a finding, on the analyzer of c480fee (the start of the 2026-12-06 eleventh session; this set was written blind in a separate worktree, beside four others) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session to 102 of 104 with no false positive — a session's parts and their sum with where or when after each part ("10 min before his tank change + 8 min after = 18 min", "12 min on court 4 + 11 min on the putting green = 23 min"), minutes opening a code's line ("14 min 97110:"), a score's subscales in brackets ("19/28 (balance 11, gait 8)"), a test's row left blank "(not done — …)", one-on-one in these writers' words ("the one patient I was treating", "closed to everyone but her and me", "with him by myself", "with me and only me — no other player", "all of it with me alone — no shared time"), and the setting's vocabulary added by a helper who had not written the set. Left: a running-form cue ticked ("☒ arms back") read as the lumbar region and "treadmill running" as the return-to-running goal where no finding is ticked; "zero pain" and "running six days a week" in a no-deficit note.</para>
/// </summary>
public class HeldOutNotesIssue18SeventyFifthTests(ITestOutputHelper output)
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

        // Ospreys keeper on the back pitch, club AT taped him beforehand: "Keeper worked with me and only me — no other player at my station at any point"; diving-landing and Airex catch perturbations; L ankle proprioception and peroneal reaction; Y-balance cm and seconds; 22 matches: passes.
        ["v1-h75-osprey-keeper-me-and-only-me"] = new(
            """
            OSPREYS PERFORMANCE CLINIC · Bayside Sports PT — team PT provider, Chesapeake Ospreys FC
            RTP PHASE 3 (on-field) · GK · L lateral ankle sprain (grade II), day 26
            Club AT Marisol taped the ankle in the training room before we went out.
            97112 — 22 min. Keeper worked with me and only me — no other player at my station at any point.
              » diving-save landings onto the L from a kneeling start onto the crash mat, then from standing
              » single-leg stance on the L on the Airex catching balls I drive at chest and hip height, then with my shove at the hip just before the catch
              » lateral shuffle-and-set to the post I point at, stop on the L and hold
            Deficit: L ankle proprioception and slow peroneal reaction — rolls over the outside of the foot on the diving push-off
            Y-balance anterior reach L 61 cm / R 68 cm; Airex SLS eyes closed L 12 s (R 30 s)
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // Palouse libero, GA-AT warmed her up beforehand (not billed): "mine was the only athlete at the table and on the court the whole block"; BOSU dig-position perturbations, plant-and-sprawl, drop landings; R knee dynamic valgus; k of 10 and FPPA degrees; 20 matches: passes.
        ["v1-h75-palouse-libero-only-athlete-at-the-table"] = new(
            """
            PALOUSE A&M ATHLETIC MEDICINE — Outpatient Sports PT · Daily Note
            Sport/position: volleyball — libero · R ACL reconstruction (hamstring autograft), post-op wk 22
            GA-AT Tanner ran her bike warm-up and band activation before she came over to me (not billed).
            One-on-one NMR: mine was the only athlete at the table and on the court the whole block.
            97112 — 20 min
              - dig-position perturbations: low defensive stance on the BOSU (dome up), I push at the shoulders and hips without warning, she holds the platform and passes a ball back to me
              - lateral shuffle → plant on the R → sprawl and recover on my call
              - single-leg drop landing from a 30-cm box onto the R, stick and hold
            Problem: R knee neuromuscular control — knee caves in (dynamic valgus) on the plant and the drop landing
            Drop landing R: knee stays over the 2nd toe 7 of 10 (3 of 10 at wk 16); single-leg squat FPPA on video R 14° vs L 6°
            """,
            ["S83.511D", "Z98.890"], [PT("97112", 20)], []),

        // Switchback, 71-year-old half-marathoner after an Achilles repair; store associate filming: "he was the only patient I treated in the back room from first rep to last of the NMR"; Airex pogo hops with band tugs, half-roller holds, reactive drop-step; L Achilles proprioception and timing; seconds and a count; 19 matches: passes.
        ["v1-h75-switchback-back-room-first-rep-to-last"] = new(
            """
            SWITCHBACK RUNNING CO. · Runners' Clinic PT — back room, North Shore store
            runner, 71 — training for the Riverwalk Half · L Achilles rupture repair, 7 mo
            store associate Dev ran the side camera; he was the only patient I treated in the back room from first rep to last of the NMR.
            97112 — 19 min
              pogo hops on the L on the Airex, then off it, with my band tug at the hip mid-hop
              single-leg heel-raise holds on the half foam roller (flat side down), eyes open → closed
              reactive drop-step and stick on the L to my clap
            deficit: L calf-Achilles proprioception and timing — L heel drops late and the foot slaps on landing
            SL heel-raise hold on the half roller L 14 s / R 31 s; 15 quiet pogo landings in a row on the L (6 last visit)
            """,
            ["S86.012D"], [PT("97112", 19)], []),

        // Fairway, "she and her doubles partner Carol (also on our caseload — L TKA) worked the drills side by side … I fed balls to both": another patient in the block; foam-strip split-step reaches, paddle taps, lob-call backpedal; R knee proprioception and slow stepping; seconds and k of 10 present: one-on-one missing.
        ["v1-h75-fairway-doubles-partner-also-a-patient"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY · Coquina Shores, Port Orange
            Resident, 74 — R TKA last fall; plays the Tuesday 3.5 ladder.
            Court session: she and her doubles partner Carol (also on our caseload — L TKA) worked the drills side by side at the kitchen line; I fed balls to both of them and cued whoever was hitting.
            97112 — 23 min
              split-step and a reactive lateral reach to my fed dinks, standing on a foam strip laid along the kitchen line
              single-leg stance on the R on the foam strip holding the ready position while I tap the paddle side to side
              backpedal-and-stop on a lob call, one hand on the cone behind her
            Deficit: R knee proprioception and slow stepping reactions — late split-step; steps back onto her heel and loses her balance backward
            Foam SLS R 9 s (L 20 s); reached 7 of 10 wide dinks without a cross-step
            """,
            ["Z96.651", "R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Ospreys pod "this CB and two teammates, all Bayside patients, rotating through my station … I coached all three through the block": other patients in the block; wobble-board rebounder catches, pelvis pushes on bounds, cone decelerations; L knee valgus after a meniscus repair; k of 10 and seconds present: one-on-one missing.
        ["v1-h75-osprey-pod-of-three-players"] = new(
            """
            OSPREYS PERFORMANCE CLINIC · Bayside Sports PT
            RTP PHASE 2 · MD-4 · CB, L lateral meniscus repair
            Pod session: this CB and two teammates, all Bayside patients, rotating through my station and the bike; I coached all three through the block.
            97112 — 24 min
              » rebounder catches in single-leg stance on the L on the wobble board
              » lateral bound onto the L, my push at the pelvis as he lands
              » deceleration to a cone on the L, hold for a three-count
            Deficit: L knee neuromuscular control — knee drifts into valgus and the trunk leans over the L on landing
            Lateral bound-and-stick on the L 6 of 10 clean; wobble-board SLS L 17 s
            """,
            ["S83.282D"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Lake Country PTA "Twice during her sets I left to re-check the cuff pressure on another patient's BFR set at the next table": attending someone else in the block; rocker perturbations, tilt-board squats, Airex hop-and-stick; R knee proprioception and quad timing; seconds and k of 8 present: one-on-one missing.
        ["v1-h75-lco-pta-left-to-check-another-bfr-cuff"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — In-House PT · PTA daily note
            Surgeon: Dr. Haugland · R ACLR (BTB) · wk 18 · Protocol phase III
            97112 — 21 min
              rocker-board perturbations in single-leg stance on the R, me tapping the board with my foot; tilt-board squats to 45° of knee flexion
              hop to the Airex and stick on the R, forward and lateral
              Twice during her sets I left to re-check the cuff pressure on another patient's BFR set at the next table.
            Deficit: R knee proprioception and quad timing — feels the knee "go" turning to the R; lands stiff-kneed
            Rocker SLS R 11 s (L 26 s); Airex hop-and-stick 5 of 8
            """,
            ["S83.511D", "Z47.89"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // Palouse wrestler after a concussion, GA-AT on the mat writing down error counts: nothing states one-on-one; VOR x1 on foam, sprawl with head tracking, Brock string; vestibular-ocular symptoms; seconds, cm and errors present: one-on-one missing.
        ["v1-h75-palouse-wrestler-ga-at-on-the-mat"] = new(
            """
            PALOUSE A&M ATHLETIC MEDICINE — Outpatient Sports PT
            Sport/position: wrestling · concussion (takedown in the dual at home), 3 wks; symptom-free at rest
            GA-AT Kels was on the mat for the session and wrote down the error counts.
            97112 — 18 min
              - gaze stabilisation, VOR x1 horizontal and vertical, standing on the foam pad
              - shoot-and-sprawl on my call while his eyes track my finger
              - Brock string convergence, near bead → far bead
            Problem: post-concussion vestibular-ocular dysfunction — dizziness and blurred gaze with quick head turns; sways in stance on the mat
            VOR x1 horizontal 30 s before symptoms (12 s last week); NPC 8 cm (14 cm at intake); mBESS 6 errors
            """,
            ["S06.0X0D"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // Switchback Thursday runners' strength class of six: 97110 has no one-on-one check; split squats, single-leg RDL, soleus raises, side planks with loads and doses; R calf and hip abductor weakness with arch collapse; 24 matches: passes.
        ["v1-h75-switchback-thursday-strength-class-97110"] = new(
            """
            SWITCHBACK RUNNING CO. · Runners' Clinic PT — Thursday runners' strength class in the back room (six runners; this pt and one other are PT patients, the rest are club members)
            this pt — 97110 — 24 min
              rear-foot-elevated split squat 3 x 8 each w/ 20-lb dumbbells
              single-leg RDL 3 x 8 each w/ a 25-lb kettlebell
              seated soleus raise, 45-lb plate on the knee, 3 x 15
              side plank with top-leg abduction 3 x 20 s each
            why: R posterior tibial tendon overload — R calf and hip abductor weakness, arch collapses late in long runs
            """,
            ["M76.821"], [PT("97110", 24)], []),

        // Fairway Wednesday swing clinic, "four residents, all on our caseload; I moved between them": 97530 has no one-on-one check; paused 7-iron swings, golfer's-lift tee-ups, bag-cart ramp walks with counts; L hip stiffness and weakness after THA; 21 matches: passes.
        ["v1-h75-fairway-swing-clinic-foursome-97530"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY · Wednesday swing clinic on the Coquina Shores range — four residents, all on our caseload; I moved between them
            This resident: 97530 — 21 min
              half → three-quarter swings with a 7-iron off the mat, pausing at the top to load the R hip, 30 balls
              teeing up and picking the ball out of the practice cup with a golfer's lift (L leg floating back), x 12
              pushing the bag cart up the ramp from the range to the 1st tee and back, x 3
            Why: L hip stiffness and abductor weakness after the L THA — can't turn through the ball; bends from the back to tee up
            Swings finished in balance 26 of 30
            """,
            ["Z96.642", "Z47.1"], [PT("97530", 21)], []),

        // Lake Country "PT with just this patient for the whole NMR; Dr. Osei-Bonsu stepped in to watch a few hops" (a surgeon watching, not a patient): reactive hop-and-stick, band-pulled BOSU squats, deceleration bounds; L knee valgus and slow quad; hop LSI and k of 10; 24 matches: passes.
        ["v1-h75-lco-surgeon-looked-in-for-the-hops"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — In-House PT
            Surgeon: Dr. Osei-Bonsu · L ACLR (quad tendon) · wk 26 · phase IV (return to run / agility)
            97112 — 24 min — PT with just this patient for the whole NMR; Dr. Osei-Bonsu stepped in to watch a few hops and went back to clinic.
              reactive hop-and-stick on the L onto the Airex in the direction I point
              single-leg squat on the L on the BOSU while I pull a band around her knee into valgus
              deceleration bound from the R onto the L, stick
            Deficit: L knee neuromuscular control — knee collapses inward on landing; quad slow to fire on the stick
            Single-leg hop for distance L 128 cm / R 154 cm (LSI 83%); band-pulled BOSU squat with the knee over the toe 8 of 10
            """,
            ["S83.512D", "Z47.89"], [PT("97112", 24)], []),

        // Ospreys PT "Between his sets I stepped over to progress another player's Nordic session on the next bench": attending someone else in the block; Dynadisc catches, bound-and-stick; R ankle proprioception after a high ankle sprain; seconds and k of 10 present: one-on-one missing.
        ["v1-h75-osprey-stepped-over-to-another-players-nordics"] = new(
            """
            OSPREYS PERFORMANCE CLINIC · Bayside Sports PT — gym
            RTP PHASE 2 · CM · R high ankle (syndesmosis) sprain, wk 5
            97112 — 20 min
              » single-leg stance on the R on the Dynadisc catching medicine-ball tosses off the rebounder
              » lateral bound onto the R, stick on the Dynadisc
              » Between his sets I stepped over to progress another player's Nordic session on the next bench.
            Deficit: R ankle proprioception and slow reactive control — ankle wobbles and he hops to recover on the landing
            Dynadisc SLS R 15 s (L 30 s); bounds stuck 6 of 10
            """,
            ["S93.431D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Palouse high jumper "Personal session — I had no other athlete during her 97112, start to finish": Airex squats with taps, approach-and-take-off onto a box, eyes-closed stance; L quad motor control after a patellar dislocation; k of 12 and seconds; 22 matches: passes.
        ["v1-h75-palouse-high-jumper-personal-session"] = new(
            """
            PALOUSE A&M ATHLETIC MEDICINE — Outpatient Sports PT
            Sport/position: track & field — high jump (L take-off) · L lateral patellar dislocation, wk 10
            Personal session — I had no other athlete during her 97112, start to finish.
            97112 — 22 min
              - single-leg mini-squat on the L on the Airex with my taps at the knee and the pelvis
              - short curved approach to a single-leg take-off on the L onto the low plyo box, stick the landing on the L
              - eyes-closed single-leg stance on the L with head turns
            Problem: L quad motor control and knee proprioception — knee drifts in and she feels it "slip" on take-off
            Take-off onto the box with the knee tracking over the toe 9 of 12; SLS eyes closed L 16 s (R 27 s)
            """,
            ["S83.015D"], [PT("97112", 22)], []),

        // Lake Country OT/CHT with a 16-year-old gymnast: "Individual OT session: her and me at the hand table the entire 97112"; joint-position-sense retraining, reactive dart-thrower's motion, gyroscope, wobble-cushion weight bearing; R wrist proprioception after an SL sprain; JPS degrees and seconds; 20 matches: passes.
        ["v1-h75-lco-ot-gymnast-wrist-hand-table"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — Hand Therapy (OT, CHT)
            16-yo club gymnast · R scapholunate ligament sprain, out of the cast 6 wks, cleared for the proprioceptive phase
            Individual OT session: her and me at the hand table the entire 97112 — nobody else on my schedule for it.
            OT 97112 — 20 min
              joint position sense retraining: reproduce 20° and 40° of wrist extension with eyes closed, checked on the goniometer
              dart-thrower's motion against my unpredictable resistance (reactive FCR / ECRL co-contraction)
              gyroscope ball held in the dart-thrower's plane; quadruped weight shifts onto the R hand on the wobble cushion
            Deficit: R wrist proprioception and reactive muscle control — can't tell where the wrist is; it gives way on beam support
            JPS error at 40° extension 9° → 4°; wobble-cushion hold on the R hand 25 s (L 45 s)
            """,
            ["S63.511D"], [OT("97112", 20)], []),

        // Fairway 97112 with "her husband Walt watched from the bench" and nothing stating one-on-one: golf-stance foam shifts eyes closed, half-swings on foam, basket step-overs, tandem head turns; somatosensory loss; seconds present: one-on-one missing.
        ["v1-h75-fairway-husband-on-the-bench-never-stated"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY · clinic gym by the pool deck
            Resident, 76 — back on the course after the fall on the cart path in January; her husband Walt watched from the bench.
            97112 — 20 min
              golf-stance weight shifts on the foam pad, eyes closed; half-swings with a 7-iron standing on the foam
              stepping over a range-ball basket forward and sideways; tandem stance with head turns
            Deficit: somatosensory loss in both feet (neuropathy) — sways at address on the slope of a tee box; relies on her eyes
            Foam stance eyes closed 8 s (3 s in January); tandem 12 s
            """,
            ["G62.9", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox, grid and template states

        // Ospreys RTP template "Delivery: ☒ PT one-on-one": Airex reactive colour-cone touches, rebounder catches, lateral hop-and-stick; ticked deficit boxes (proprioception, pelvis control); Y-balance composite % and a count; 21 matches: passes.
        ["v2-h75-osprey-rtp-template-pt-one-on-one-ticked"] = new(
            """
            OSPREYS PERFORMANCE CLINIC — RTP DAILY (template v3)
            Player: FB · R ankle inversion sprain (recurrent), wk 4
            Phase:     ☐ 1 Protect   ☐ 2 Load   ☒ 3 On-field   ☐ 4 Team training
            Delivery:  ☒ PT one-on-one   ☐ Pod   ☐ AT-supervised floor
            Deficit:   ☒ proprioception (R ankle)   ☒ trunk / pelvis control in R stance   ☐ strength
            97112 — 21 min
              » single-leg stance on the R on the Airex, reaching to touch the coloured cone I call
              » rebounder catches on the R, then with a head turn before each catch
              » lateral hop onto the R and stick
            Y-balance composite (% limb length) R 89% / L 97%; cone touches without losing stance 14 of 16
            """,
            ["S93.401D"], [PT("97112", 21)], []),

        // Ospreys template "Delivery: ☐ PT one-on-one ☐ Pod ☒ AT-supervised floor (PT programmed, checked form twice)": not one-on-one; Airex catches, hop-to-stick, band march; L knee proprioception and valgus after an MCL sprain; seconds and k of 10 present: one-on-one missing.
        ["v2-h75-osprey-at-supervised-floor-ticked"] = new(
            """
            OSPREYS PERFORMANCE CLINIC — RTP DAILY (template v3)
            Player: W · L MCL sprain (grade II), wk 5
            Phase:     ☐ 1 Protect   ☒ 2 Load   ☐ 3 On-field   ☐ 4 Team training
            Delivery:  ☐ PT one-on-one   ☐ Pod   ☒ AT-supervised floor (PT programmed it, checked his form twice)
            Deficit:   ☒ proprioception (L knee)   ☒ valgus control on landing   ☐ strength
            97112 — 18 min
              » single-leg stance on the L on the Airex with rebounder catches
              » lateral hop onto the L and stick
              » band-resisted marching in single-leg stance on the L
            Airex SLS L 19 s; hop-to-stick 7 of 10
            """,
            ["S83.412D"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // Palouse Performance Lab flowsheet with Sets / Reps / Load columns left empty beside four exercises; L calf-soleus weakness after a tibial bone stress injury; no dose or number but the code's: measure missing.
        ["v2-h75-palouse-flowsheet-columns-empty"] = new(
            """
            PALOUSE A&M ATHLETIC MEDICINE — Performance Lab flowsheet (Outpatient Sports PT)
            Sport/position: cross-country · L tibial bone stress injury — cleared to load
            Exercise                      | Sets | Reps | Load
            single-leg calf raise (Smith) |      |      |
            seated soleus raise           |      |      |
            tib raises                    |      |      |
            single-leg leg press          |      |      |
            Problem: L calf-soleus weakness; low tolerance for bone loading
            97110 — 22 min
            """,
            ["M84.362D"], [PT("97110", 22)], [At(Measure, "97110")]),

        // Switchback gait sheet with findings ticked (overstride, R pelvic drop), cadence 158 → 170 spm and cue boxes; metronome treadmill repeats with distance and speed, rear-view replay; R anterior knee pain; 20 matches: passes.
        ["v2-h75-switchback-gait-sheet-findings-ticked"] = new(
            """
            SWITCHBACK RUNNING CO. · Runners' Clinic PT — gait retraining sheet
            Gait cam:  ☒ side   ☒ rear   (iPad, 240 fps)
            Findings:  ☒ overstride (heel lands ahead of the knee)   ☒ R pelvic drop   ☐ crossover   ☐ heel whip
            Cadence:   158 → 170 spm on the metronome (goal 170)
            Cue set:   ☒ "quick, quiet feet"   ☒ "run tall"   ☐ "push the ground back"
            97116 — 20 min
              treadmill running with the metronome at 170, 4 x 800 m at 6.3 mph with a walk break between; last 400 m off the metronome, checking cadence on her watch
              rear view replayed between reps so she can see the pelvic drop
            why: R anterior knee pain after mile 4; signed up for the Scenic City Half in April
            """,
            ["M22.2X1"], [PT("97116", 20)], []),

        // Switchback gait sheet with no finding ticked ("☐ other: ____"), cue boxes and metronome repeats with distance and speed; nothing names a region, impairment or goal: deficit missing.
        ["v2-h75-switchback-gait-sheet-no-finding-ticked"] = new(
            """
            SWITCHBACK RUNNING CO. · Runners' Clinic PT — gait retraining sheet
            Gait cam:  ☒ side   ☐ rear   (iPad, 240 fps)
            Findings:  ☐ overstride   ☐ pelvic drop   ☐ crossover   ☐ heel whip   ☐ other: ________
            Cue set:   ☒ "lean from the ankles"   ☒ "arms back"
            97116 — 18 min
              treadmill running with the two cues, 5 x 600 m at 6.0 mph, side view replayed after each rep
              metronome at 176 for the last two reps
            """,
            ["M79.661"], [PT("97116", 18)], [At(Deficit, "97116")]),

        // Fairway "PT attendance: ☐ constant — this resident only ☐ shared with another resident", neither ticked and nothing else says it: never stated; foam shuffles, short-and-wide catches, backward nudges; L ankle proprioception and stepping after a court sprain; seconds and k of 10 present: one-on-one missing.
        ["v2-h75-fairway-attendance-row-unticked"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY — Daily Note · Coquina Shores
            PT attendance:  ☐ constant — this resident only   ☐ shared with another resident
            Sport:          ☒ pickleball   ☐ golf   ☐ tennis
            97112 — 22 min
              lateral shuffle to the sideline and back onto the foam pad, stopping on the L
              standing in the ready position on the foam pad catching a pickleball I toss short and wide
              stepping-strategy drill: I nudge her backward at the shoulders and she steps to recover
            Deficit: L ankle proprioception and delayed stepping reactions since she rolled the ankle on court 2 in February
            Foam SLS L 7 s (R 18 s); recovered with one step on 8 of 10 backward nudges
            """,
            ["S93.492D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Fairway golf movement screen with fail boxes and seated trunk rotation degrees (the deficit and measure); open books, thread-the-needle, dowel rotations, bridges, pelvic tilts with doses; early extension and a back that aches by the back nine; 19 matches: passes.
        ["v2-h75-fairway-golf-screen-fail-boxes"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY — Golf movement screen + treatment
            Screen today:  pelvic tilt ☒ fail   pelvic rotation ☒ fail   seated trunk rotation R 30° / L 45° ☒ fail R   bridge with leg extension ☒ fail L (hip drops)
            97110 — 19 min
              open books 2 x 10 each side; quadruped thread-the-needle 2 x 10; half-kneeling trunk rotation with a dowel 2 x 10
              bridge with leg extension 3 x 8 each; pelvic-tilt drills in golf posture 2 x 15
            Why: thoracic rotation limited to the R and weak L glutes — stands up out of the shot through impact; low back aches by the back nine
            """,
            ["M54.50"], [PT("97110", 19)], []),

        // Lake Country phase-criteria grid (extension 0°, flexion 118°, trace effusion): 97140 11 and 97110 16 match; tibiofemoral and patellar glides, scar STM; bike revolutions, step-downs, wall squats, knee extensions with doses; flexion stiffness and quad weakness after TKA with a road-bike goal: passes.
        ["v2-h75-lco-phase-criteria-grid-two-codes"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — In-House PT
            Surgeon: Dr. Vander Heyden · R TKA · wk 9 · masters road cyclist, 68
            Phase II → III criteria:
              ☒ knee extension to 0°   ☒ flexion ≥ 115° (118° today)   ☒ effusion trace or less (stroke test)   ☐ reciprocal stairs without the rail
            97140 — 11 min: tibiofemoral posterior glides gr III–IV at end flexion; patellar superior / inferior glides; STM to the distal quad and around the scar
            97110 — 16 min: upright bike with the seat lowered a notch, full revolutions, 3 x 50; step-downs off a 6-in step 3 x 10; wall squats 3 x 12; knee extension machine 3 x 10 @ 20 lb
            Deficits: R knee flexion stiffness and quad weakness — can't get the knee over the top of the pedal stroke at his usual saddle height
            """,
            ["Z96.651", "Z47.1"], [PT("97140", 11), PT("97110", 16)], []),

        // Lake Country post-op checklist with administrative boxes only ("Incision checked", "Vitals stable", "HEP reviewed", "Ice after") and "exercises per Dr. Haugland's protocol. Tolerated well. Continue POC.": no exercise, region or number — wholly generic.
        ["v2-h75-lco-postop-checklist-generic"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — In-House PT · post-op daily checklist
            ☒ Incision checked     ☒ Vitals stable     ☒ HEP reviewed     ☒ Ice after
            Treatment: exercises per Dr. Haugland's protocol. Tolerated well. Continue POC.
            97110 — 20 min
            """,
            ["Z47.89"], [PT("97110", 20)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Palouse community patient (a wheat farmer who plays pickleball) with a BFR row (cuff, LOP 232 mmHg, train at 80%, 30-15-15-15): leg press and knee extension under BFR, bridges and cable abduction with doses; L quad atrophy with girth after a meniscus repair; 18 matches: passes.
        ["v2-h75-palouse-bfr-row-filled"] = new(
            """
            PALOUSE A&M ATHLETIC MEDICINE — Outpatient Sports PT · community patient
            Wheat farmer, 68, plays pickleball at the Pullman courts · L medial meniscus repair, wk 9 — brace off, WBAT
            BFR: ☒ yes | cuff: L proximal thigh | LOP 232 mmHg | train @ 80% (186 mmHg) | scheme 30-15-15-15 with 30-s rests
            97110 — 18 min
              - leg press under BFR at 30% of est. 1RM, 30-15-15-15
              - knee extension 90° → 45° arc under BFR, 30-15-15-15
              - off the cuff: single-leg bridges 3 x 10; standing hip abduction on the cable 3 x 12
            Problem: L quad atrophy and weakness — thigh girth 10 cm above the patella L 46.0 cm / R 49.5 cm; can't squat down under the combine header
            """,
            ["S83.232D"], [PT("97110", 18)], []),

        // Ospreys phase-4 box with yesterday's GPS load: 97530 shadow defending, graded cuts and half-turn receiving with counts; R adductor strain — hesitant push-off and no long ball yet; 23 matches: passes.
        ["v2-h75-osprey-phase-4-box-with-gps-load"] = new(
            """
            OSPREYS PERFORMANCE CLINIC — RTP DAILY (template v3)
            Player: CB · R adductor longus strain, wk 4
            Phase:     ☐ 1 Protect   ☐ 2 Load   ☐ 3 On-field   ☒ 4 Team training (modified)
            Delivery:  ☒ PT one-on-one   ☐ Pod   ☐ AT-supervised floor
            Load (club sports science, yesterday's session): HSR 310 m · sprint distance 46 m
            97530 — 23 min
              » 1v1 shadow defending: jockey, drop-step, turn and sprint 15 m on my whistle, 8 reps
              » 45° and 90° cuts off the R at 75% then 90% effort, 6 each
              » receiving a driven pass on the half-turn and accelerating away, 10 reps
            Deficit: R groin — pain and hesitancy pushing off the R on cuts; can't strike a long ball with the R yet
            """,
            ["S76.211D"], [PT("97530", 23)], []),

        // Switchback "Attendance: ☒ Constant (PT with this runner only)": half-roller stance with wall tosses, tape-line hops onto the Airex, rocker step-downs; L ankle proprioception after a trail sprain; seconds and Y-balance cm; 20 matches: passes.
        ["v2-h75-switchback-attendance-constant-ticked"] = new(
            """
            SWITCHBACK RUNNING CO. · Runners' Clinic PT
            Attendance:  ☒ Constant (PT with this runner only)   ☐ Intermittent
            runner, 66 — ran Boston last April; L ankle sprain on the Stringer's Ridge trail
            97112 — 20 min
              single-leg stance on the L on the half foam roller, tossing a ball off the wall
              lateral hops over a tape line onto the Airex and stick
              downhill step-down onto the rocker board (trail-descent practice)
            deficit: L ankle proprioception and peroneal reaction time — turns the ankle on roots and loose rock
            half-roller SLS L 10 s / R 24 s; Y-balance posterolateral reach L 78 cm / R 89 cm
            """,
            ["S93.412D"], [PT("97112", 20)], []),

        // Lake Country NMR template, "One-on-one: ☒ Yes", "Neuromuscular impairment targeted: ____" left blank and nothing else names a deficit or system; tilt-board stance, Airex catches, step-and-stick; seconds and k of 10: deficit missing.
        ["v2-h75-lco-impairment-line-blank"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — In-House PT · daily note (NMR template)
            One-on-one:  ☒ Yes — PT with this patient only   ☐ No
            Neuromuscular impairment targeted: ____________________
            97112 — 19 min
              tilt-board stance front-to-back, then side to side
              Airex stance catching a 2-kg ball
              lateral step-and-stick onto the Airex
            Airex SLS 24 s; 9 of 10 catches without a touch-down
            """,
            ["S83.511D"], [PT("97112", 19)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes, protocols and devices as techniques

        // Lake Country Silbernagel pain-monitored Achilles programme phase 2: eccentric drops, weighted single-leg and rebounding heel raises, seated soleus raises with doses; L calf-Achilles weakness, skate-ski climbs, heel-rise counts; 17 matches: passes.
        ["v3-h75-lco-silbernagel-phase-2"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — In-House PT
            Non-op L midportion Achilles tendinopathy · masters cyclist and skate skier, 61 (Birkie in February)
            Silbernagel Achilles loading programme — phase 2, pain-monitoring model (pain allowed during, settled by the next morning)
            97110 — 17 min
              two-leg heel raises on the step edge, lowering on the L only, 3 x 15
              single-leg heel raises on the floor, L, 3 x 12 with 10 lb in the backpack
              quick-rebounding heel raises 3 x 20
              seated soleus raise, L, 3 x 12 with 50 lb on the knee
            Deficit: L calf-Achilles weakness and endurance loss — can't finish the skate-ski climbs; heel-rise test L 14 / R 29
            """,
            ["M76.62"], [PT("97110", 17)], []),

        // Palouse Askling L-protocol (the Extender, the Diver, the Glider) with doses for a 200-m sprinter; R hamstring strength and length loss out of the blocks; 16 matches: passes.
        ["v3-h75-palouse-askling-l-protocol"] = new(
            """
            PALOUSE A&M ATHLETIC MEDICINE — Outpatient Sports PT
            Sport/position: track — 200 m · R hamstring strain (sprint type), day 12
            Askling L-protocol, second week of the progression:
            97110 — 16 min
              - the Extender: supine, hip held at 90° with both hands, slow knee extensions short of pain, 3 x 12
              - the Diver: standing on the R, trunk and arms dive forward as the L leg swings back, 3 x 6
              - the Glider: holding the rail, front (R) knee slightly bent, slide the L foot back on the slide board and pull back with the arms, 3 x 4
            Problem: R hamstring strength and length loss — posterior thigh pulls on the first strides out of the blocks
            """,
            ["S76.311D"], [PT("97110", 16)], []),

        // Ospreys Delaware perturbation training for a non-operative ACL coper, "one-on-one, PT and player only, the whole block": tiltboard, rollerboard-and-platform, rollerboard with passes; L knee instability and stiffening strategy; k of 10 and hop LSI; 23 matches: passes.
        ["v3-h75-osprey-delaware-perturbations-coper"] = new(
            """
            OSPREYS PERFORMANCE CLINIC · Bayside Sports PT — gym
            CB, 27 · L ACL rupture, non-operative (passed the coper screen), wk 7 · trains in a brace
            Perturbation training (Delaware progression) — one-on-one, PT and player only, the whole block.
            97112 — 23 min
              » tiltboard: double-leg, then L single-leg; I tip it front-back and side to side without warning
              » rollerboard-and-platform: L foot on the rollerboard, R on a platform of the same height; I translate the board in all directions
              » rollerboard under the L alone, then with a ball passed in during each perturbation
            Deficit: L knee dynamic instability with a poor neuromuscular response — gives way on cuts; stiffens the whole leg (co-contraction) instead of reacting
            'Hard' perturbations held without a step-off 8 of 10; single-leg hop LSI 88%
            """,
            ["S83.512D"], [PT("97112", 23)], []),

        // Switchback AlterG return-to-run at 80% then 85% body weight with speed, distance and metronome cadence; R tibial bone stress injury with overstride and a 160 cadence; 22 matches: passes.
        ["v3-h75-switchback-alterg-return-to-run"] = new(
            """
            SWITCHBACK RUNNING CO. · Runners' Clinic PT — AlterG in the back room
            HS senior, cross-country · R posteromedial tibial bone stress injury; cleared by the sports-medicine doc for anti-gravity running
            97116 — 22 min
              AlterG running at 80% body weight, 6.5 mph, 3 x 1 mile with a walking lap between, metronome at 172
              last mile at 85% body weight
              slow-mo side view: heel landing ahead of the knee at mile 1 → landing under the hip by mile 3
            deficit: overstriding with a hard R heel landing — the loading behind the R tibial bone stress injury; cadence 160 at intake
            """,
            ["M84.361D"], [PT("97116", 22)], []),

        // Fairway velocity-based training with the Vitruve encoder on the trap bar (velocity-loss cutoff, mean velocity), landmine rotational press, hip thrusts, med-ball throws with loads and doses; hip and trunk extensor weakness and lost club-head speed; 21 matches: passes.
        ["v3-h75-fairway-vbt-encoder-on-the-trap-bar"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY · Coquina Shores
            Resident, 71 — 14 handicap, plays the Heron course three mornings a week.
            Velocity-based training: Vitruve encoder clipped to the trap bar; each set stops when bar speed drops 20% from the first rep.
            97110 — 21 min
              trap-bar deadlift 75 lb, 4 x 5 (mean concentric velocity 0.81 → 0.68 m/s by the 4th set)
              landmine rotational press 25 lb, 3 x 8 each side
              barbell hip thrust on the bench 3 x 10 with 45 lb
              6-lb med-ball rotational throws to the wall, 3 x 6 each side
            Why: hip and trunk extensor weakness and slow rotational power — driver club-head speed down to 82 mph (94 mph two seasons ago)
            """,
            ["M62.81"], [PT("97110", 21)], []),

        // Ospreys IASTM with HawkGrips along the R medial gastrocnemius, STM and pin-and-stretch to the soleus; calf strain tightness and guarding; knee-to-wall cm; 12 matches: passes.
        ["v3-h75-osprey-hawkgrips-calf"] = new(
            """
            OSPREYS PERFORMANCE CLINIC · Bayside Sports PT — treatment room
            W · R medial gastrocnemius strain, day 18
            97140 — 12 min
              » IASTM with HawkGrips (the convex and the single-bevel tools) along the R medial gastrocnemius and the musculotendinous junction
              » STM and pin-and-stretch to the soleus, taking the ankle into dorsiflexion
            Deficit: R medial gastroc tightness and guarding after the strain; dorsiflexion limited
            Knee-to-wall R 7 cm → 10 cm (L 13 cm)
            """,
            ["S86.111D"], [PT("97140", 12)], []),

        // Switchback dry needling to TFL and glute med "self-pay, separate consent, not billed", then billed 97140: dynamic cupping moved by hand along the ITB line during knee motion, STM and trigger-point pressure; R ITB syndrome; Ober inclinometer degrees; 11 matches: passes.
        ["v3-h75-switchback-dynamic-cupping-needling-not-billed"] = new(
            """
            SWITCHBACK RUNNING CO. · Runners' Clinic PT
            runner, 44 — R ITB syndrome; lateral knee pain from mile 4 on the downhills
            dry needling R TFL and glute med this visit — self-pay, separate consent, not billed to the plan
            97140 — 11 min
              dynamic cupping: silicone cups glided by hand along the R vastus lateralis and the ITB line while he bends and straightens the knee in side-lying
              STM and trigger-point pressure to the R TFL and glute med after the needling
            deficit: R lateral thigh / ITB tightness with lateral knee pain
            Ober (inclinometer at the thigh): R 2° → 9° below horizontal (L 12°)
            """,
            ["M76.31"], [PT("97140", 11)], []),

        // Palouse Advanced Thrower's Ten on the stability ball with loads and doses; R posterior cuff and lower trap weakness after a SLAP repair; ER/IR ratio %; 20 matches: passes.
        ["v3-h75-palouse-advanced-throwers-ten"] = new(
            """
            PALOUSE A&M ATHLETIC MEDICINE — Outpatient Sports PT
            Sport/position: baseball — RHP · R SLAP repair, post-op wk 16
            Advanced Thrower's Ten — on the stability ball with sustained holds
            97110 — 20 min
              - seated on the ball: bilateral ER at 90/90 with the yellow band, 3 x 10
              - prone horizontal abduction in full ER, 2 lb, 3 x 10; prone row into ER 3 x 10
              - side-lying ER 3 lb, 3 x 12; seated scaption with a 2-s hold at the top, 3 x 10
            Problem: R posterior cuff and lower trap weakness — ER/IR ratio 64% on the HHD (goal 72% or better)
            """,
            ["S43.431D"], [PT("97110", 20)], []),

        // Palouse Interval Throwing Program phase 1 long toss (throws by distance), fielding comebackers, towel drill with counts; UCL reconstruction with arm-slot drop and medial tightness; 24 matches: passes.
        ["v3-h75-palouse-interval-throwing-long-toss"] = new(
            """
            PALOUSE A&M ATHLETIC MEDICINE — Outpatient Sports PT
            Sport/position: baseball — RHP · R elbow UCL reconstruction, month 7
            Interval Throwing Program — phase 1 long toss, the 75-ft step
            97530 — 24 min
              - crow-hop long toss on the turf, arc on the ball: 2 x 25 at 60 ft, then 1 x 25 at 75 ft
              - fielding comebackers and throwing to first, x 10
              - towel drill from the stretch, 20 reps, checking elbow height at foot strike
            Problem: arm slot drops below the shoulder late in sets; medial elbow tightness after the 75-ft throws; goal: back on the mound
            Elbow below the shoulder on 3 of the last 25 throws
            """,
            ["S53.441D", "Z98.890"], [PT("97530", 24)], []),

        // Lake Country FitLight reactive lights and unplanned cuts, "all of it with me alone — no shared time"; R knee reactive control and valgus; 30-s hit counts with %; 22 matches: passes.
        ["v3-h75-lco-fitlight-reactive-lights"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — In-House PT
            Surgeon: Dr. Osei-Bonsu · R ACLR (hamstring) · wk 30 · phase IV
            97112 — 22 min, all of it with me alone — no shared time
              FitLight reactive training: six lights in a semicircle at knee and hip height; single-leg stance on the R reaching to tap the lit pod, then lateral hop-and-tap, then a crossover step
              reactive cut to the lit cone at the end of a 5-yard shuttle, stopping on the R
            Deficit: R knee reactive neuromuscular control — slow to load the R; knee drifts into valgus on unplanned cuts
            30-s single-leg FitLight trial: R 34 hits / L 43 (79%)
            """,
            ["S83.511D", "Z47.89"], [PT("97112", 22)], []),

        // Fairway "Fore Fitness" golf strength card named and walked through (goblet squat, chop and lift, trunk rotation, hip airplanes, bag carry) with hip and trunk weakness after THA — no dose, count or number but the code's: measure missing.
        ["v3-h75-fairway-fore-fitness-card-no-dose"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY · Coquina Shores
            "Fore Fitness" (our golf strength card) — walked her through the whole card today: goblet squat to the bench, cable chop and lift, half-kneeling trunk rotation, hip airplanes at the counter, farmer carry with her golf bag
            97110 — 20 min
            Why: hip and trunk rotators weak and stiff after the L THA; wants to walk a full round again
            """,
            ["Z96.642", "Z47.1"], [PT("97110", 20)], [At(Measure, "97110")]),

        // Switchback "Run Ready" hop sheet, single-leg block, one-on-one stated; Airex pogos, band-tugged hop-and-stick, half-roller landings; R hip and pelvic control; "Will time the stance and count clean landings next visit" — no number but the code's: measure missing.
        ["v3-h75-switchback-run-ready-hop-sheet-no-number"] = new(
            """
            SWITCHBACK RUNNING CO. · Runners' Clinic PT
            Run Ready hop progression (our sheet) — the single-leg block today; one-on-one: nobody but this runner with me through the whole NMR.
            97112 — 18 min
              single-leg pogo hops onto and off the Airex
              hop-and-stick forward and sideways with my band tug at the pelvis
              single-leg landings onto the half roller, eyes on the far wall
            deficit: R hip and pelvic neuromuscular control — pelvis drops and the knee caves in on each landing
            Will time the stance and count clean landings next visit.
            """,
            ["M22.2X1"], [PT("97112", 18)], [At(Measure, "97112")]),

        // Fairway Mulligan MWM lateral elbow glide with gripping, STM and transverse friction, radial head glides; R lateral elbow pain and grip loss ("pickleball elbow"); pain-free grip kg; 13 matches: passes.
        ["v3-h75-fairway-mulligan-mwm-pickleball-elbow"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY · Coquina Shores
            Resident, 68 — "pickleball elbow": R lateral elbow pain on backhand dinks and carrying the grocery bags
            97140 — 13 min
              Mulligan MWM: lateral glide of the R elbow with the belt while she squeezes the grip dynamometer short of pain, 3 x 6
              STM and transverse friction to the R common extensor origin; radial head PA glides
            Deficit: R lateral elbow pain and loss of grip
            Pain-free grip R 14 kg → 21 kg with the glide (L 27 kg)
            """,
            ["M77.11"], [PT("97140", 13)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Ospreys winger who "won't plant and cut hard off the L — chops his steps and rounds the cut" — the finding; graded 45° cuts, 5-10-5 shuttles, header jumps with counts and times; 22 matches: passes.
        ["v4-h75-osprey-winger-chops-before-the-cut"] = new(
            """
            OSPREYS PERFORMANCE CLINIC · Bayside Sports PT
            RTP PHASE 3 (on-field) · W · L ACLR (BTB), month 8
            Still won't plant and cut hard off the L — chops his steps and rounds the cut; pulls up on the last two strides before a cross; won't go up for a header if he has to land on the L.
            97530 — 22 min
              » 45° cuts off the L at 70% → 85%, 8 each
              » 5-10-5 shuttle, planting on the L at both ends, 3 reps (best 5.3 s; 4.9 s planting on the R)
              » jumping to head a ball I serve, landing and going, 10 reps
            Cuts without the chop step 6 of 8 at 85%
            """,
            ["S83.512D", "Z47.89"], [PT("97530", 22)], []),

        // Palouse middle blocker whose "L knee buckled landing off a block twice this month", "one-on-one with me for the whole 97112"; Airex block landings with hip pushes, slide take-off landings, band-pulled BOSU squats; L knee valgus and late quad; valgus degrees on video and k of 10; 21 matches: passes.
        ["v4-h75-palouse-blocker-knee-buckles-landing"] = new(
            """
            PALOUSE A&M ATHLETIC MEDICINE — Outpatient Sports PT
            Sport/position: volleyball — middle blocker
            L knee buckled landing off a block twice this month; won't land on the L after a slide attack; says the knee "shifts" when she lands.
            97112 — 21 min — one-on-one with me for the whole 97112, no other athlete in my care during it
              - block-jump landings onto the Airex, my push at the hip as she lands
              - slide-approach take-off and single-leg landing on the L, stick
              - single-leg squat on the BOSU with a band pulling the L knee inward
            Problem: L knee neuromuscular control — valgus collapse and late quad activation on landing (the buckling above)
            Single-leg landing knee valgus on video 15° → 9°; slide landings stuck 7 of 10
            """,
            ["M25.362"], [PT("97112", 21)], []),

        // Switchback 73-year-old marathoner whose "R foot starts slapping" from mile 8 on the Walnut Street Bridge boards — the finding; treadmill repeats with a dorsiflexion cue, rocker walk-to-run transitions, incline walking with speed, distance and a count; 20 matches: passes.
        ["v4-h75-switchback-foot-slaps-on-the-bridge"] = new(
            """
            SWITCHBACK RUNNING CO. · Runners' Clinic PT
            runner, 73 — marathoner (Chicago last fall)
            From mile 8 of the long run his R foot starts slapping — he hears it on the Walnut Street Bridge boards — and the toe catches on the curb cuts; he shortens the R stride to cope.
            97116 — 20 min
              treadmill running at 5.8 mph with a "toes up, land mid-foot" cue, 4 x 800 m, slow-mo side view replayed after each rep
              walk-to-run transitions rolling heel-to-toe through the R foot, x 6
              uphill treadmill walking at 8% holding the cue, 400 m
            deficit: R ankle dorsiflexor fatigue — a late-run foot drop (the slapping above)
            no slap heard on 3 of the 4 reps
            """,
            ["M21.371"], [PT("97116", 20)], []),

        // Fairway golfer who "can't get to a full finish — the R hip won't let her rotate through" and has dropped to nine holes — the finding; strap IR holds, 90/90 switches, banded clamshells, hip hikes with doses; IR degrees; 18 matches: passes.
        ["v4-h75-fairway-cant-turn-through-to-a-finish"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY · Coquina Shores
            Resident, 72 — R hip OA. She can't get to a full finish: the R hip won't let her rotate through, she falls back onto the R foot at impact, and she has dropped to nine holes.
            97110 — 18 min
              supine hip IR with a strap, 3 x 30-s holds each side
              90/90 hip switches 2 x 10
              side-lying clamshells with the blue band 3 x 15; standing hip hikes off a step 3 x 12
            R hip IR 18° → 24° (L 35°)
            """,
            ["M16.11"], [PT("97110", 18)], []),

        // Fairway resident who "can't get low for a dink … stands straight up to hit it into the net" and sat down hard backpedalling — the finding; fed-dink lunges, low-bench sit-to-stands, forward shuffle-and-turn with counts; 19 matches: passes.
        ["v4-h75-fairway-stands-straight-up-for-the-dink"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY · court 3
            Resident, 77 — can't get low for a dink at the kitchen line: her knees won't bend past chair height, so she stands straight up to hit it and puts it in the net. Backpedalled on this court in March and sat down hard.
            97530 — 19 min
              split-step and lunge to a fed dink on each side, paddle out front, 3 x 8
              sit-to-stand from the low court bench holding the paddle, 2 x 10
              forward shuffle from the transition zone to the kitchen line, then turn and walk back for a lob instead of backpedalling, 6 trips
            Low enough to return 17 of 24 dinks over the net
            """,
            ["M17.0"], [PT("97530", 19)], []),

        // Lake Country mountain biker after a clavicle ORIF who "can't lift the bike onto the roof rack, and the R shoulder gives out holding the bars" — the finding; push-up plus, prone Y/T, landmine press, bear-crawl holds with doses; 17 matches: passes.
        ["v4-h75-lco-mountain-biker-cant-lift-onto-the-rack"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — In-House PT
            Surgeon: Dr. Vander Heyden · R clavicle ORIF · wk 10 (crash on the Kettle Moraine trails)
            Can't lift the bike onto the roof rack, and the R shoulder gives out holding the bars on the rooty descents.
            97110 — 17 min
              push-up plus on the wall → incline bench 3 x 10; prone Y and T 2 x 12 with 2 lb
              half-kneeling landmine press 3 x 8 with 15 lb; bear-crawl holds 4 x 20 s
            Deficit: R scapular and shoulder flexor weakness — the finding above
            """,
            ["S42.021D"], [PT("97110", 17)], []),

        // Lake Country high-school pitcher whose "arm feels dead by the third inning and his velocity drops" — the finding; side-lying ER, prone T/Y, fast 90/90 band ER, plyo-ball wall dribbles with loads and doses; 15 matches: passes.
        ["v4-h75-lco-pitcher-arm-dies-in-the-third"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — In-House PT
            HS pitcher, 16 · R shoulder internal impingement (Dr. Haugland, non-op)
            Arm feels dead by the third inning and his velocity drops; the back of the shoulder aches after about 40 pitches.
            97110 — 15 min
              side-lying ER 3 x 15 with 3 lb; prone T and Y 3 x 12
              ER at 90/90 with the band, fast reps, 3 x 20 s
              plyo-ball wall dribbles at 90/90, 2-lb ball, 3 x 30 s
            Deficit: R posterior cuff endurance — the fatigue above
            """,
            ["M75.81"], [PT("97110", 15)], []),

        // Ospreys player cleared with "no pain, no swelling, no apprehension … forgets it was ever hurt", one-on-one stated; reactive hops, unplanned cuts, header landings; symmetrical hop battery and Y-balance — no deficit or system targeted: deficit missing.
        ["v4-h75-osprey-cleared-symmetrical-no-deficit"] = new(
            """
            OSPREYS PERFORMANCE CLINIC · Bayside Sports PT
            RTP PHASE 4 (team training)
            Cleared for full training by the club doctor on Friday. No pain, no swelling, no apprehension on any drill; says he forgets it was ever hurt.
            97112 — 20 min — PT one-on-one with him, no one else on the pitch
              » reactive hop-and-stick on the Airex in the direction I call
              » unplanned 45° cuts to the side I point
              » jumping to head a served ball, landing on one leg
            Hop battery LSI: single 99%, triple 101%, crossover 98%, 6-m timed 100%; Y-balance anterior reach difference 1 cm
            """,
            ["S83.511D"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Switchback runner who "PR'd the Chickamauga 10K … zero pain … nothing bothering her": goblet squats, reverse lunges, band walks, carries, dead bugs with loads — no region, impairment or goal targeted: deficit missing.
        ["v4-h75-switchback-pr-and-pain-free"] = new(
            """
            SWITCHBACK RUNNING CO. · Runners' Clinic PT
            feels great — PR'd the Chickamauga 10K on Saturday, zero pain, running six days a week, nothing bothering her.
            97110 — 22 min
              goblet squat 3 x 8 @ 35 lb; reverse lunge 3 x 8 each @ 2 x 20 lb
              lateral band walks 3 x 12 each way; farmer carry 4 x 30 m @ 2 x 35 lb; dead bug 3 x 10
            plan: every other week, then discharge to the store's Thursday strength class.
            """,
            ["M76.52"], [PT("97110", 22)], [At(Deficit, "97110")]),

        // Lake Country PTA: "Walking normally now — no limp, no cane, no pain … out ice fishing on Pewaukee Lake all Saturday": treadmill and parking-lot walking with speed and distance — no region, impairment or goal targeted: deficit missing.
        ["v4-h75-lco-pta-walks-without-a-limp"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — In-House PT · PTA daily note
            Walking normally now — no limp, no cane, no pain, stairs step-over-step; was out ice fishing on Pewaukee Lake all Saturday.
            97116 — 16 min
              treadmill walking at 3.2 mph, 0.5 mile, then 0.25 mile at a 5% incline
              outdoor walk on the snowy parking-lot loop, 600 ft
            """,
            ["Z96.641"], [PTA("97116", 16)], [At(Deficit, "97116")]),

        // Lake Country OT/CHT, masters road cyclist who "can't squeeze the L brake lever hard enough" descending from Holy Hill or shift with the L hand — the finding; brake squeezes, shifting and bottle handling on the trainer with counts; 18 matches: passes.
        ["v4-h75-lco-ot-cyclist-cant-squeeze-the-brake"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — Hand Therapy (OT, CHT)
            Masters road cyclist, 67 · L distal radius fracture ORIF, wk 9
            Can't squeeze the L brake lever hard enough to stop on the descent from Holy Hill, can't work the front shifter with the L hand, and drops his bottle pulling it from the cage.
            OT 97530 — 18 min
              his road bike on the trainer: L brake-lever squeezes from the hoods and from the drops, 3 x 10
              front-derailleur shifts with the L hand, 20 each way
              bottle out of the cage, sip, back in, x 10 while pedalling
            Bottle back in the cage without looking 8 of 10
            """,
            ["S52.572D"], [OT("97530", 18)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Palouse isokinetic peak torque per body weight at 60°/s (LSI 71%) and 180°/s; single-leg press, knee extension, split squats, Nordics with loads; L quad deficit after ACLR; 23 matches: passes.
        ["v5-h75-palouse-isokinetic-torque-per-bodyweight"] = new(
            """
            PALOUSE A&M ATHLETIC MEDICINE — Performance Lab
            Sport/position: football — running back · L ACLR (BTB), month 6
            Isokinetic knee extension @ 60°/s, peak torque / body weight: L 2.05 Nm/kg, R 2.88 Nm/kg (LSI 71%); @ 180°/s LSI 79%
            97110 — 23 min
              - single-leg leg press, L, 3 x 8 @ 160 lb
              - knee extension machine 90° → 0°, L, 3 x 10 @ 40 lb (cleared by the surgeon)
              - rear-foot-elevated split squat 3 x 8 each @ 2 x 30 lb
              - Nordic hamstring lowers 3 x 5
            Problem: L quad strength deficit after the ACLR; not cleared to cut until 90%
            """,
            ["S83.512D", "Z47.89"], [PT("97110", 23)], []),

        // Ospreys hop battery table (single, triple, crossover, 6-m timed with LSIs), "one-on-one, PT and player, nothing shared"; post-landing pelvis shoves, signalled-direction hops, box-to-wobble-board landings; L knee landing control; 22 matches: passes.
        ["v5-h75-osprey-hop-battery-table"] = new(
            """
            OSPREYS PERFORMANCE CLINIC · Bayside Sports PT
            RTP PHASE 3 · FB · L ACLR (hamstring), month 7
            Hop battery      L (inv)    R        LSI
            single hop       142 cm     161 cm   88%
            triple hop       441 cm     498 cm   89%
            crossover hop    392 cm     455 cm   86%
            6-m timed hop    2.31 s     2.02 s   87%
            97112 — 22 min — one-on-one, PT and player, nothing shared
              » hop-and-stick onto the Airex, my shove at the pelvis just after he lands
              » hops in the direction of my hand signal, unannounced
              » single-leg landing from the box onto the wobble board
            Deficit: L knee neuromuscular control — stiff landings, trunk leans over the L
            """,
            ["S83.512D", "Z47.89"], [PT("97112", 22)], []),

        // Lake Country HHD (microFET, belt-stabilised) hip abduction and extension in kg with %; cuff abduction, side planks, single-leg bridges, lateral step-ups, cable extension with doses; R hip weakness after a labral repair; 19 matches: passes.
        ["v5-h75-lco-hhd-hip-kilograms"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — In-House PT
            Surgeon: Dr. Haugland · R hip arthroscopy (labral repair, FAI) · wk 11
            HHD (microFET, belt-stabilised): hip abduction R 14.2 kg / L 19.8 kg (72%); hip extension R 17.5 kg / L 22.1 kg (79%)
            97110 — 19 min
              side-lying hip abduction with a 3-lb cuff 3 x 12; side plank from the knees with a top-leg lift 3 x 8
              single-leg bridge 3 x 10; lateral step-up off a 6-in box 3 x 10; cable hip extension 3 x 12 @ 10 lb
            Deficit: R hip abductor and extensor weakness after the repair; goal: running the Lake Country trails again
            """,
            ["S73.191D", "Z47.89"], [PT("97110", 19)], []),

        // Switchback slow motion (240 fps, rear view) L pelvic drop in R stance 9° → 5° and cadence 162 → 172 spm; mirror-cued treadmill repeats with distance and speed; R hip abductor control with gluteal tendon pain; 21 matches: passes.
        ["v5-h75-switchback-slow-mo-pelvic-drop-degrees"] = new(
            """
            SWITCHBACK RUNNING CO. · Runners' Clinic PT
            slow-mo (iPad, 240 fps, rear view) at 6.4 mph: L pelvic drop in R stance 9° → 5° with cueing; cadence 162 → 172 spm
            97116 — 21 min
              treadmill running facing the mirror, 5 x 800 m at 6.4 mph, cue "knees pointing forward, squeeze the glute as you land"
              last rep without the mirror, checked on the iPad
            deficit: R hip abductor control — pelvis drops and the knee crosses midline in R stance; R lateral hip pain (gluteal tendon) after mile 3
            """,
            ["M76.01"], [PT("97116", 21)], []),

        // Fairway launch monitor 7-iron club-head speed 68 → 74 mph and balanced finishes 14 of 20; step-through swings, open-stance swings, golfer's-lift tee-ups with counts; R knee stiffness after TKA keeping her back at impact; 22 matches: passes.
        ["v5-h75-fairway-launch-monitor-club-head-speed"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY · range bay with the launch monitor
            Resident, 69 — R TKA, month 5
            Launch monitor (7-iron): club-head speed 68 → 74 mph over the session; finished balanced on the lead foot on 14 of the last 20 swings
            97530 — 22 min
              step-through swings to get onto the lead (L) leg, 20 balls
              swings from a slightly open stance so the R knee isn't wound up at the top, 20 balls
              teeing up with a golfer's lift holding the club, 12 times
            Why: R knee stiff and weak after the TKA — can't load the trail knee at the top and stays back at impact
            """,
            ["Z96.651", "Z47.1"], [PT("97530", 22)], []),

        // Fairway Y-balance composite as % of limb length (L 84% / R 93%) and foam seconds, "One-on-one throughout the 97112" with her husband in the lobby; paddle-in-hand reaches, shoulder taps on foam, shuffle-and-stick; L ankle proprioception after a court sprain; 20 matches: passes.
        ["v5-h75-fairway-y-balance-composite"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY · Coquina Shores
            Resident, 70 — rolled the L ankle on the pickleball court 5 wks ago; drilling, not playing games yet.
            One-on-one throughout the 97112; her husband waited in the lobby.
            97112 — 20 min
              Y-balance reaches on the L with the paddle in hand
              single-leg stance on the L on the foam with my taps at the shoulder
              quick side shuffles onto the foam and stick on the L
            Deficit: L ankle proprioception and slow peroneal response — the ankle rolls on lateral moves
            Y-balance composite (% limb length) L 84% / R 93%; foam SLS L 11 s
            """,
            ["S93.402D"], [PT("97112", 20)], []),

        // Palouse LESS (jump-landing from a 30-cm box, two-plane video) 7 → 4 errors, "one-on-one with me from the first landing to the last"; video-fed drop jumps, mirror tuck jumps, reactive landings to a pass; landing neuromuscular control; 20 matches: passes.
        ["v5-h75-palouse-less-score-on-video"] = new(
            """
            PALOUSE A&M ATHLETIC MEDICINE — Outpatient Sports PT
            Sport/position: women's basketball — guard · L ACLR, month 9
            LESS (jump-landing off the 30-cm box, front and side video): 7 → 4 errors
            97112 — 20 min — one-on-one with me from the first landing to the last
              - drop-jump landings with video feedback between sets (knee over toe, soft knees, chest up)
              - tuck jumps in front of the mirror
              - reactive landings catching my pass in the air and landing on the L
            Problem: landing neuromuscular control — L knee valgus and stiff, upright landings
            """,
            ["S83.512D", "Z47.89"], [PT("97112", 20)], []),

        // Ospreys drop-jump reactive strength index and single-leg jump height from the My Jump app with %; pogo progressions, skips and bounds, split-stance accelerations with counts and distances; R Achilles reactive strength deficit after a repair; 20 matches: passes.
        ["v5-h75-osprey-my-jump-reactive-strength"] = new(
            """
            OSPREYS PERFORMANCE CLINIC · Bayside Sports PT — performance area
            ST · R Achilles tendon repair, month 7
            Drop jump off the 30-cm box (My Jump 2): RSI R 0.96 / L 1.48 (65%); single-leg countermovement jump R 14.1 cm / L 19.6 cm (72%)
            97530 — 20 min
              » plyometric progression: double-leg pogos → single-leg pogos on the R, 4 x 15
              » A-skips and bounding over 20 m, 4 each
              » acceleration from a split stance pushing off the R, 6 x 10 m
            Deficit: R calf-Achilles reactive strength deficit — hesitant push-off on the R when he sprints
            """,
            ["S86.011D"], [PT("97530", 20)], []),

        // Lake Country PTA knee range 0–112° and SLR without extensor lag (10° lag at wk 3); quad sets, SLR, heel slides, mini squats, bike revolutions with doses; L quad weakness and flexion loss after a meniscus repair; 16 matches: passes.
        ["v5-h75-lco-pta-range-and-extensor-lag"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — In-House PT · PTA daily note
            Surgeon: Dr. Osei-Bonsu · L medial meniscus repair (bucket handle) · wk 6 · brace unlocked
            L knee range 0–112° (108° last visit); straight-leg raise with no extensor lag (10° lag at wk 3)
            97110 — 16 min
              quad sets 3 x 10 with 5-s holds; SLR 3 x 12; heel slides 3 x 15
              mini squats to 45° 3 x 10; stationary bike, rocking → full revolutions, 50 revolutions
            Deficit: L quad weakness and loss of flexion after the repair
            """,
            ["S83.212D"], [PTA("97110", 16)], []),

        // Ospreys "Moving cleaner than Tuesday; fewer wobbles on the sticks. Will re-test the Y-balance on Friday": one-on-one, Airex catches, bound-and-stick, unanticipated cuts, L ankle proprioception after a syndesmosis sprain — no number but the code's: measure missing.
        ["v5-h75-osprey-moving-cleaner-no-number"] = new(
            """
            OSPREYS PERFORMANCE CLINIC · Bayside Sports PT
            RTP — on-field phase · CB · L high ankle (syndesmosis) sprain
            97112 — 21 min — one-on-one: him and me on the back pitch, nobody else
              » Airex single-leg stance with rebounder catches
              » lateral bound-and-stick onto the L
              » unanticipated cuts to the side I point
            Deficit: L ankle proprioception and reactive control — hesitates landing on the L
            Moving cleaner than Tuesday; fewer wobbles on the sticks. Will re-test the Y-balance on Friday.
            """,
            ["S93.432D"], [PT("97112", 21)], [At(Measure, "97112")]),

        // Switchback treadmill retraining with the "quiet feet" cue and the metronome app, slow-mo review; overstride with L anterior knee pain; "Sounds quieter on the belt" — no speed, distance, cadence or other number but the code's: measure missing.
        ["v5-h75-switchback-sounds-quieter-no-number"] = new(
            """
            SWITCHBACK RUNNING CO. · Runners' Clinic PT
            97116 — 17 min
              treadmill gait retraining with the "quiet feet" cue and the metronome app; slow-mo side view between bouts; finished off the metronome
            deficit: overstride — heel lands well ahead of the knee; L anterior knee pain on the downhills
            sounds quieter on the belt; landing closer under the hips on the replay. happy with it.
            """,
            ["M22.2X2"], [PT("97116", 17)], [At(Measure, "97116")]),

        // Fairway pickleball footwork (split-step, turn-and-walk for lobs, paddle-and-foot pick-ups) with L hip weakness after THA; "Footwork better today" — no count, distance, level or number but the code's: measure missing.
        ["v5-h75-fairway-footwork-better-no-number"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY · on court
            97530 — 18 min
              pickleball movement practice: split-step at the kitchen line, shuffle to the fed ball and recover; turning and walking back for a lob instead of backpedalling; scooping balls up with the paddle-and-foot trick
            Deficit: L hip weakness and slow footwork since the L THA — late to the ball, sits back on her heels
            Footwork better today; she was pleased and wants to try a game next week.
            """,
            ["Z96.642", "Z47.1"], [PT("97530", 18)], [At(Measure, "97530")]),

        // Palouse Graston to the patellar tendon and retinaculum, STM and patellar glides; R patellar tendinopathy with quad tightness; "Felt looser on the jump series afterwards" — no parameter or number but the code's: measure missing.
        ["v5-h75-palouse-graston-felt-looser-no-number"] = new(
            """
            PALOUSE A&M ATHLETIC MEDICINE — Outpatient Sports PT
            Sport/position: men's basketball — forward · R patellar tendinopathy
            97140 — 12 min
              - Graston to the R patellar tendon, the distal quad and the lateral retinaculum
              - STM to the R rectus femoris and vastus lateralis; patellar glides
            Problem: R patellar tendon pain on landing; tight quad
            Felt looser on the jump series afterwards.
            """,
            ["M76.51"], [PT("97140", 12)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Ospreys "Minutes — 97112: 23 | 97530: 15" footer, both match; one-on-one; Dynadisc volleys, bound-and-stick, unanticipated cuts; half-turn passes and shadow defending with counts; R ankle proprioception after a syndesmosis sprain; seconds and k of n: passes.
        ["v6-h75-osprey-minutes-footer-pipe"] = new(
            """
            OSPREYS PERFORMANCE CLINIC · Bayside Sports PT
            RTP PHASE 3 (on-field) · CM · R high ankle (syndesmosis) sprain, wk 6
            97112 (NMR) — one-on-one, PT and player only
              » Dynadisc single-leg stance on the R, volleying head-height balls back to me
              » lateral bound-and-stick onto the R
              » unanticipated cuts on my call
            97530 (TA)
              » receiving on the half-turn and playing a 20-m pass, 12 reps
              » 1v1 shadow defending, 6 reps
            Deficit: R ankle proprioception and slow reactive control; can't push off the R to change direction or strike long passes at full power
            Dynadisc SLS R 18 s (L 30 s); bounds stuck 8 of 10; passes on target 10 of 12
            Minutes — 97112: 23 | 97530: 15
            """,
            ["S93.431D"], [PT("97112", 23), PT("97530", 15)], []),

        // Palouse timed-code block "Ther Ex (97110): 16 min · Ther Activity (97530): 15 min · Total timed: 31 min", both match; step-downs, leg press, TKEs, calf raises with doses; curb and cone walking, kneel-to-stand with counts; R quad weakness after TKA with a Bloomsday goal: passes.
        ["v6-h75-palouse-timed-code-block-with-total"] = new(
            """
            PALOUSE A&M ATHLETIC MEDICINE — Outpatient Sports PT · community patient
            Retired wheat-science professor, 74 · R TKA, wk 14
            Ther Ex (97110): 16 min — step-downs off a 6-in step 3 x 10; leg press 3 x 12 @ 90 lb; terminal knee extension with the band 3 x 15; single-leg calf raise 3 x 12
            Ther Activity (97530): 15 min — stepping up and down the curb at walking pace without pausing, x 10; weaving the cones at a brisk walk, 4 laps of 40 m; down to one knee to tie a shoe and back up, x 5
            Total timed: 31 min · Total treatment: 31 min
            Problem: R quad weakness and slow curbs after the TKA; goal: walk Bloomsday in May
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 16), PT("97530", 15)], []),

        // Switchback minutes written before the code ("14 min 97140 — …", "18 min 97116 — …"), both match; STM, IASTM, talocrural and MTP mobs; metronome midfoot repeats; L plantar fascia and calf tightness with overstride; knee-to-wall cm, MTP degrees, cadence: passes.
        ["v6-h75-switchback-minutes-before-the-code"] = new(
            """
            SWITCHBACK RUNNING CO. · Runners' Clinic PT
            runner, 38 — L plantar heel pain, worst on the first steps out of bed
            14 min 97140 — STM and IASTM to the L plantar fascia and medial calf; talocrural posterior glides gr III–IV; 1st MTP extension mobs
            18 min 97116 — treadmill running at 6.0 mph with a land-under-the-hips cue and the metronome at 174, 4 x 800 m; slow-mo replay between reps
            deficit: L plantar fascia and calf tightness with limited ankle DF; heel-striking overstride loading the heel
            L DF knee-to-wall 8 cm → 11 cm; 1st MTP extension 48° → 60°; cadence 164 → 174 spm
            """,
            ["M72.2"], [PT("97140", 14), PT("97116", 18)], []),

        // Fairway rain delay "97530: 12 min on court 4 + 11 min on the putting green = 23 min" (matches); fed-dink lunges, lob walk-backs, golfer's-lift cup pick-ups, cart-path curb steps with counts; L knee stiffness and quad weakness after TKA: passes.
        ["v6-h75-fairway-97530-court-then-putting-green"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY · Coquina Shores
            Rain moved us off court 4 partway through; we finished on the covered putting green.
            97530: 12 min on court 4 + 11 min on the putting green = 23 min
              court: split-step and lunge to fed dinks 3 x 8; turning and walking back for a lob x 6
              green: crouching to read putts and lifting the ball out of the cup with a golfer's lift x 15; stepping on and off the cart-path curb x 10
            Deficit: L knee stiffness and quad weakness after the L TKA — can't get low to the ball; pushes on the knee to stand back up
            """,
            ["Z96.652", "Z47.1"], [PT("97530", 23)], []),

        // Lake Country intervention log with a Min column (97140 10, 97110 15, 97112 13 — all match); GH glides, sleeper PROM, pec minor STM; band, prone and push-up work with doses; rhythmic stabilisation one-on-one; capsule tightness, cuff weakness and position sense after a stabilisation; degrees: passes.
        ["v6-h75-lco-intervention-log-three-codes"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — In-House PT
            Surgeon: Dr. Vander Heyden · R shoulder arthroscopic Bankart · wk 16 · college hockey defenseman
            INTERVENTION LOG
            CPT    | Intervention                                                                                      | Min
            97140  | GH posterior glides gr III; sleeper-position PROM into IR; STM pec minor                           | 10
            97110  | ER / IR at 0° with the green band 3 x 15; prone T and Y 3 x 10 with 2 lb; push-up plus 3 x 12         | 15
            97112  | rhythmic stabilisation at 90/90 in supine, then standing, eyes closed; ball-on-wall circles — one-on-one, PT only | 13
            Deficits: R posterior capsule tightness (IR); cuff and scapular weakness; poor shoulder joint position sense after the stabilisation
            IR at 90° abduction 38° → 47°; joint position error at 75% of ER 8° → 5°
            """,
            ["S43.014D", "Z47.89"], [PT("97140", 10), PT("97110", 15), PT("97112", 13)], []),

        // Ospreys "Billing: 97112 ×2 — 25 min · 97110 ×1 — 13 min", both match; one-on-one; wobble-board catches, bound-and-stick, band-pulled squats; Copenhagens, Nordics, single-leg RDL with doses; L knee valgus and proprioception, adductor and hamstring strength; seconds and k of 10: passes.
        ["v6-h75-osprey-billing-units-and-minutes"] = new(
            """
            OSPREYS PERFORMANCE CLINIC · Bayside Sports PT — gym
            RTP PHASE 2 · FB · L MCL sprain (grade II), wk 6
            97112 — one-on-one, no other player on my list during it: wobble-board single-leg stance on the L with rebounder catches; lateral bound-and-stick onto the L; band-resisted single-leg squats pulling the knee into valgus
            97110 — Copenhagen adductions, short lever, 3 x 8 each; Nordic lowers 3 x 5; single-leg RDL 3 x 8 @ 16 kg
            Deficits: L knee valgus control and proprioception; L adductor and hamstring strength
            Wobble-board SLS L 14 s (R 27 s); bound-and-stick 7 of 10
            Billing: 97112 ×2 — 25 min · 97110 ×1 — 13 min
            """,
            ["S83.412D"], [PT("97112", 25), PT("97110", 13)], []),

        // Palouse afternoon clock times per code ("TE 97110 2:40–2:58 PM = 18 min", "NMR 97112 2:58–3:20 PM = 22 min"), both match; calf, tib and step-down work with doses; box dismount landings, rocker perturbations, one-on-one; L ankle proprioception after ORIF; seconds and k of 10: passes.
        ["v6-h75-palouse-afternoon-clock-times"] = new(
            """
            PALOUSE A&M ATHLETIC MEDICINE — Outpatient Sports PT
            Sport/position: rodeo — tie-down roper · L lateral malleolus ORIF, wk 14
            TE 97110   2:40–2:58 PM = 18 min — single-leg calf raise 3 x 12 @ 20 lb; tib raises 3 x 15; eccentric step-downs 3 x 10; lateral band walks 3 x 12 each way
            NMR 97112  2:58–3:20 PM = 22 min — one-on-one, me and him only: dismount landings off the 24-in box onto the L onto the Airex; single-leg stance on the rocker with my perturbations; lateral hop-and-stick on uneven mats
            Problem: L ankle proprioception and DF / PF strength after the ORIF — rolls onto the outside of the foot on the dismount
            Rocker SLS L 9 s / R 22 s; dismount landings stuck 6 of 10
            """,
            ["S82.62XD"], [PT("97110", 18), PT("97112", 22)], []),

        // Fairway PT's 97140 12 and PTA's 97110 15 on one visit, each matching its own line; GH glides, end-range PROM, infraspinatus STM; band, cane, prone and wall work with doses; R shoulder stiffness and cuff weakness after a repair with a backswing goal; degrees: passes.
        ["v6-h75-fairway-pt-and-pta-on-one-visit"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY · Coquina Shores
            Resident, 66 — R rotator cuff repair, wk 12; golfer
            PT — 97140 — 12 min: GH posterior and inferior glides gr III; PROM into ER and flexion at end range; STM R infraspinatus
            PTA — 97110 — 15 min: ER / IR with the yellow band 3 x 12; supine cane flexion 2 x 15; prone rows 3 x 10 with 2 lb; wall slides 2 x 10
            Deficits: R shoulder stiffness and cuff weakness — can't take the club to the top of the backswing or reach the top shelf of the cart
            Flexion 132° → 140°; ER 42°
            """,
            ["M75.121", "Z47.89"], [PT("97140", 12), PTA("97110", 15)], []),

        // Ospreys "97530 — 30 min" against an 18-min line: mismatch; 1v1 attacking, crosses and heading duels with counts; R hamstring hesitancy at top speed complete.
        ["v6-h75-osprey-97530-30-against-18"] = new(
            """
            OSPREYS PERFORMANCE CLINIC · Bayside Sports PT
            RTP PHASE 4 · W · R hamstring strain, wk 5
            97530 — 30 min
              » 1v1 attacking down the wing, 8 reps
              » crossing from a running start, 10
              » heading duels, landing and going, 8
            Deficit: R hamstring — holds back at top speed and on long crosses
            Crosses on target 7 of 10
            """,
            ["S76.311D"], [PT("97530", 18)], [At(Mismatch, "97530")]),

        // Palouse PTA "97110 13 min" against a 25-min PTA line: mismatch; leg press, hip thrust, step-ups, side planks with loads and doses; R quad and glute weakness with patellar tendinopathy complete.
        ["v6-h75-palouse-pta-97110-13-against-25"] = new(
            """
            PALOUSE A&M ATHLETIC MEDICINE — Outpatient Sports PT · PTA daily note
            Sport/position: volleyball — outside hitter · R patellar tendinopathy
            97110 13 min
              - single-leg leg press 3 x 10 @ 70 lb
              - hip thrust 3 x 10 @ 95 lb
              - step-ups to a 12-in box 3 x 10 each
              - side plank 3 x 25 s each
            Problem: R quad and glute weakness; patellar tendon pain landing from the approach jump
            """,
            ["M76.51"], [PTA("97110", 25)], [At(Mismatch, "97110")]),

        // Fairway "Total timed: 40 min (ther ex + court work)" is the only time for two codes: separate time missing; both sections complete (bridges, abduction, bench sit-to-stands with doses; kitchen-line shuffles and dink lunges with counts; L hip weakness after THA).
        ["v6-h75-fairway-total-timed-only-two-codes"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY · Coquina Shores
            Total timed: 40 min (ther ex + court work)
            Ther ex: bridges 3 x 12; side-lying hip abduction 3 x 12; sit-to-stand from the court bench 3 x 10
            Court work: forward shuffle to the kitchen line and recover, 8 trips; lunge to fed dinks 3 x 8
            Deficits: L hip abductor weakness after the THA; late to the short balls
            """,
            ["Z96.642", "Z47.1"], [PT("97110", 22), PT("97530", 18)], [SepTime]),

        // Lake Country "MT 97140 — 11 min" beside a TE section with no code and no minutes on a two-code visit: separate time missing; both sections complete (patellar and tibiofemoral glides, fat-pad STM; leg press, step-downs, Nordics, RDL with loads; flexion stiffness and quad weakness after ACLR; degrees).
        ["v6-h75-lco-only-manual-therapy-minuted"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — In-House PT
            Surgeon: Dr. Haugland · L ACLR (BTB) · wk 20
            MT 97140 — 11 min: patellar glides gr III; tibiofemoral posterior glides at end flexion; STM to the distal quad and the infrapatellar fat pad
            TE: single-leg press 3 x 10 @ 110 lb; step-downs 3 x 10; Nordic lowers 3 x 5; single-leg RDL 3 x 8 @ 25 lb
            Deficits: L knee flexion stiffness and quad weakness
            Flexion 128° → 134°
            """,
            ["S83.512D", "Z47.89"], [PT("97140", 11), PT("97110", 17)], [SepTime]),

        // Switchback "97116 gait retraining — 35 min" against a 22-min line: mismatch; metronome treadmill repeats with speed and distance, crossover gait with shin pain, cadence complete.
        ["v6-h75-switchback-97116-35-against-22"] = new(
            """
            SWITCHBACK RUNNING CO. · Runners' Clinic PT
            97116 gait retraining — 35 min
              treadmill running at 6.2 mph with the metronome at 170, 5 x 800 m, cue "run on two lines"; slow-mo rear view between reps
            deficit: L crossover gait with medial shin pain
            cadence 160 → 170 spm
            """,
            ["M79.662"], [PT("97116", 22)], [At(Mismatch, "97116")]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code Ospreys visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h75-empty-nmr-and-ta"] = new(
            "",
            ["S83.512D"], [PT("97112", 23), PT("97530", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97530")]),

        // Empty note on a PTA 97110 with no diagnosis: note missing and diagnosis missing.
        ["v7-h75-empty-pta-97110-no-dx"] = new(
            "",
            [], [PTA("97110", 18)], [At(NoteMissing, "97110"), Dx]),

        // A note of line breaks and a space only (cells are trimmed) on a 97140 with a diagnosis: note missing only.
        ["v7-h75-line-breaks-only-97140"] = new(
            "\n \n",
            ["M77.11"], [PT("97140", 12)], [At(NoteMissing, "97140")]),

        // 97110's meaning at the Ospreys: Nordic lowers, single-leg RDL, slider curls, long-lever bridge holds with doses (technique and measure), L hamstring strength deficit with NordBord force (deficit); 17 matches: passes.
        ["v7-h75-osprey-97110-nordics-and-hamstrings"] = new(
            """
            OSPREYS PERFORMANCE CLINIC · Bayside Sports PT — gym
            RTP PHASE 2 · ST · L biceps femoris strain, wk 4
            97110 — 17 min
              » Nordic hamstring lowers, band-assisted, 3 x 5
              » single-leg RDL 3 x 8 @ 16 kg
              » hamstring slider curls 3 x 10
              » long-lever bridge holds 4 x 20 s
            Deficit: L hamstring strength deficit after the strain — NordBord peak force L 289 N / R 362 N (80%)
            """,
            ["S76.312D"], [PT("97110", 17)], []),

        // 97530's meaning at Fairway: getting down to the court and back up, carrying the pickleball bag and chair from the cart, in and out of the golf cart with counts (technique and measure), a fall on court she couldn't get up from and quad weakness after TKA (deficit); 20 matches: passes.
        ["v7-h75-fairway-97530-up-off-the-court"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY · court 1
            Resident, 78 — fell on this court last month and couldn't get up until two players lifted her; quads weak since the R TKA.
            97530 — 20 min
              getting down to the court surface and back up using the bench — half-kneel, push through the L, up — x 4
              carrying her pickleball bag and folding chair from the golf cart to the bench, 3 trips
              in and out of the golf cart, driver's side, x 5
            Up from the court with the bench and no help 4 of 4
            """,
            ["Z96.651", "Z91.81"], [PT("97530", 20)], []),

        // 97140's meaning at Lake Country: belt-assisted long-axis distraction and posterolateral glides, STM to TFL and adductors (technique), R hip capsular stiffness after arthroscopy (deficit), IR and flexion degrees (measure); 12 matches: passes.
        ["v7-h75-lco-97140-hip-mobs-with-the-belt"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — In-House PT
            Surgeon: Dr. Haugland · R hip arthroscopy · wk 14
            97140 — 12 min
              long-axis distraction of the R hip with the mobilisation belt, gr III
              posterolateral glides in flexion-adduction with the belt
              STM to the R TFL and adductors
            Deficit: R hip capsular stiffness — IR and flexion limited; pinches in the groin in the golf follow-through
            Hip IR at 90° flexion 14° → 21°; flexion 104° → 112°
            """,
            ["M25.651"], [PT("97140", 12)], []),

        // 97116's meaning at Fairway: walking stick on the cart path, the grass slope and the bridge ramp with distance, cues and SBA (technique and measure), short L step and lean after a hip fracture (deficit); 15 matches: passes.
        ["v7-h75-fairway-97116-cart-path-and-slope"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY · Coquina Shores
            Resident, 80 — L hip fracture (hemiarthroplasty) in the fall
            97116 — 15 min
              walking stick in the R hand along the cart path beside the 9th hole, 2 x 300 ft; down and back up the grass slope to the green x 3; over the wooden bridge ramp x 2
              cues for a longer L step and heel strike; SBA from me
            Short L step and a lean over the L hip since the fracture; unsure of herself on the grass
            """,
            ["S72.002D", "R26.89"], [PT("97116", 15)], []),

        // Generic 97112: "Balance and coordination exercises. Pt tolerated well. Continue POC. 20 min." — no technique, deficit, number but its minutes, or one-on-one statement.
        ["v7-h75-generic-97112-balance-and-coordination"] = new(
            "Balance and coordination exercises. Pt tolerated well. Continue POC. 20 min.",
            ["S93.401D"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic two-code note with minutes for each (15 and 15, both match): "Rehab per protocol. Ther ex and functional drills, progressed as tolerated." — no technique, deficit or measure for either code.
        ["v7-h75-generic-two-codes-per-protocol"] = new(
            "Rehab per protocol. Ther ex and functional drills, progressed as tolerated. 97110 15 min, 97530 15 min.",
            ["S83.511D"], [PT("97110", 15), PT("97530", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Generic 97140: "Manual therapy to tolerance. Pt felt looser after. 12 min." — no technique, region or number but its minutes (which match).
        ["v7-h75-generic-97140-to-tolerance"] = new(
            "Manual therapy to tolerance. Pt felt looser after. 12 min.",
            ["M76.31"], [PT("97140", 12)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Generic 97110: "Strengthening exercises. Did well, progressed reps. Continue HEP. 18 min." — no exercise, region or number but its minutes (which match).
        ["v7-h75-generic-97110-strengthening"] = new(
            "Strengthening exercises. Did well, progressed reps. Continue HEP. 18 min.",
            ["M62.81"], [PT("97110", 18)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary notes

        // Ospreys: 97110 14 and 97112 22 ("one-on-one, just the player and me") match; weighted calf raises, black-band eversion, tib raises, RDL with loads; BOSU throw-in catches, four-way hop-and-stick, reactive shuffles; peroneal weakness and ankle proprioception; seconds and k of 16: passes.
        ["vord-h75-osprey-te-and-nmr-ankle"] = new(
            """
            OSPREYS PERFORMANCE CLINIC · Bayside Sports PT — gym
            RTP PHASE 2 · CB · L lateral ankle sprain (third one), wk 3
            97110 — 14 min: single-leg calf raises off the step 3 x 12 with 10 kg; banded eversion (black) 3 x 15; tib raises 3 x 15; single-leg RDL 3 x 8 with 12 kg
            97112 — 22 min — one-on-one, just the player and me: single-leg stance on the BOSU catching and returning throw-ins; hop onto the Airex and stick in four directions; reactive side shuffle to the cone I point at, stopping on the L
            Deficits: L peroneal weakness; L ankle proprioception — wobbles on the stick, ankle rolls on the side step
            BOSU SLS L 13 s (R 28 s); sticks 13 of 16
            """,
            ["S93.402D"], [PT("97110", 14), PT("97112", 22)], []),

        // Palouse PTA soccer agility: ladder-to-cut, timed 5-10-5, dribble-and-cut, receive-and-turn with counts and a time; R knee slow to cut after ACLR with a team-training goal; 20 matches: passes.
        ["vord-h75-palouse-pta-soccer-agility"] = new(
            """
            PALOUSE A&M ATHLETIC MEDICINE — Outpatient Sports PT · PTA daily note
            Sport/position: women's soccer — outside back · R ACLR (hamstring), month 7
            97530 — 20 min
              - ladder-to-cut: in-in-out-out through the ladder, then a 45° cut off the R, 8 reps
              - 5-10-5 shuttle, 4 reps (best 5.42 s)
              - dribble-and-cut around the mannequins, 6 reps; receiving and turning on the R, 10 reps
            Problem: slow to cut off the R knee, rounds the cut; goal: cleared for team training
            """,
            ["S83.511D", "Z47.89"], [PTA("97530", 20)], []),

        // Switchback masters marathoner's soleus strain: seated soleus raises, bent- and straight-knee calf raises, pogos with loads and doses; R soleus strength and endurance with heel-rise counts; 19 matches: passes.
        ["vord-h75-switchback-masters-marathoner-soleus"] = new(
            """
            SWITCHBACK RUNNING CO. · Runners' Clinic PT
            runner, 70 — Boston qualifier; R soleus strain, calf cramps late in the long run
            97110 — 19 min
              seated soleus raise 3 x 15 @ 55 lb; bent-knee single-leg calf raise 3 x 12; straight-knee single-leg calf raise 3 x 12 with 15 lb; pogo hops 3 x 20
            deficit: R soleus strength and endurance loss after the strain — heel-rise test R 18 / L 31
            """,
            ["S86.111D"], [PT("97110", 19)], []),

        // Fairway reverse shoulder: 97140 10 and 97110 15 match; end-range PROM, scapular mobilisation, deltoid STM; cane flexion, incline deltoid raises, scaption, rows with doses; limited flexion and weak deltoid with club and bag goals; degrees: passes.
        ["vord-h75-fairway-reverse-shoulder-golfer"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY · Coquina Shores
            Resident, 75 — R reverse total shoulder, month 4; wants to chip and putt again
            97140 — 10 min: GH PROM into flexion and scaption at end range; side-lying scapular mobilisation; STM R deltoid
            97110 — 15 min: supine cane flexion 2 x 15; anterior deltoid raises supine → 45° incline 3 x 10 with 1 lb; standing scaption to shoulder height 2 x 10; rows with the yellow band 3 x 12
            Deficit: R shoulder flexion limited and the deltoid weak — can't take the club back past hip height or lift the bag into the cart
            AROM flexion 108° → 116°
            """,
            ["Z96.611", "Z47.1"], [PT("97140", 10), PT("97110", 15)], []),

        // Lake Country ACLR: "TE 97110 (15 min)" and "NMR 97112 (23 min) — one-on-one, PT and patient only" match; press, extension, bridges with loads; Airex tosses, tilt-board squats with band pull, hop-and-stick; quad weakness and knee proprioception; HHD %, seconds, k of 10: passes.
        ["vord-h75-lco-aclr-te-and-nmr"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — In-House PT
            Surgeon: Dr. Haugland · L ACLR (BTB) · wk 16 · phase III
            TE 97110 (15 min): single-leg press 3 x 10 @ 100 lb; knee extension 90° → 45° 3 x 12 @ 25 lb; single-leg bridges 3 x 12
            NMR 97112 (23 min) — one-on-one, PT and patient only: Airex SLS with ball toss; tilt-board mini squats with a band pull; forward and lateral hop-and-stick onto the foam
            Deficits: L quad weakness (HHD quad 68% of R); L knee proprioception and valgus control on landing
            Airex SLS L 18 s / R 30 s; hop-and-stick 7 of 10
            """,
            ["S83.512D", "Z47.89"], [PT("97110", 15), PT("97112", 23)], []),

        // Lake Country PTA after an anterior THA: cane → no device in the hallway, stairs and the grass berm with distance, cues and CGA → SBA; short L step and R Trendelenburg with a pull-cart golf goal; 16 matches: passes.
        ["vord-h75-lco-pta-gait-after-tha"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — In-House PT · PTA daily note
            Surgeon: Dr. Vander Heyden · R THA (anterior) · wk 5 · golfer, 72
            97116 — 16 min
              cane → no device in the clinic hallway, 4 x 150 ft, cues for equal step length and heel strike on the R
              stairs reciprocal with one rail, 2 flights
              outside on the grass berm, 2 x 100 ft; CGA → SBA
            Deficit: short L step and a R Trendelenburg after the THA; goal: walk the course with a pull cart
            """,
            ["Z96.641", "Z47.1"], [PTA("97116", 16)], []),

        // Palouse PTA volleyball shoulder: side-lying ER, prone Y/T/W, serratus wall slides, cable 90/90 ER with loads and doses; R posterior cuff and lower trap weakness with pain on the swing; 17 matches: passes.
        ["vord-h75-palouse-pta-hitter-shoulder"] = new(
            """
            PALOUSE A&M ATHLETIC MEDICINE — Outpatient Sports PT · PTA daily note
            Sport/position: volleyball — outside hitter · R shoulder impingement
            97110 — 17 min
              - side-lying ER 3 x 15 @ 3 lb; prone Y, T and W 2 x 10 each
              - serratus wall slides on the foam roller 3 x 12; cable ER at 90/90 3 x 12 @ 5 lb
            Problem: R posterior cuff and lower trap weakness; posterior shoulder pain on the arm swing
            """,
            ["M75.41"], [PTA("97110", 17)], []),

        // Fairway PTA "with this resident alone for the whole block": lean-and-release, foam tandem with head turns, turn-and-walk for lobs; delayed backward stepping and postural control after two falls; k of 8, seconds, Mini-BESTest; 19 matches: passes.
        ["vord-h75-fairway-pta-lean-and-release"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY · Coquina Shores · PTA daily note
            Resident, 81 — social pickleball; two falls backing up for lobs this winter
            97112 — 19 min — PTA with this resident alone for the whole block
              lean-and-release: I hold her in a forward, then a backward lean and let go so she has to step
              tandem stance on the foam with head turns
              turning and walking back to a cone for a lob instead of backpedalling
            Deficit: delayed stepping reactions and postural control backward
            Backward release: recovered in one step 6 of 8; foam tandem 7 s; Mini-BESTest 19/28
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 19)], []),

        // Switchback insertional Achilles: 97140 12 and 97110 16 match; talocrural and subtalar glides, IASTM; flat-floor isometric holds, calf raises, soleus raises with doses; L insertional Achilles pain, calf weakness and stiff ankle; knee-to-wall cm: passes.
        ["vord-h75-switchback-insertional-achilles-mt-te"] = new(
            """
            SWITCHBACK RUNNING CO. · Runners' Clinic PT
            runner, 29 — L insertional Achilles tendinopathy
            97140 — 12 min: talocrural posterior glides gr III–IV; subtalar lateral glides; IASTM to the L gastroc-soleus
            97110 — 16 min: isometric heel-raise holds on the flat floor (no dorsiflexion) 5 x 45 s; single-leg calf raises on the flat 3 x 15; seated soleus raise 3 x 12 @ 45 lb
            deficit: L insertional Achilles pain, calf weakness, stiff ankle
            L DF knee-to-wall 6 cm → 9 cm
            """,
            ["M76.62"], [PT("97140", 12), PT("97110", 16)], []),

        // Lake Country OT/CHT golfer's wrist: hammer radial deviation and forearm rotation, eccentric wrist extension, putty pinch with loads and doses; radial-side wrist pain and grip loss in kg with a club goal; 16 matches: passes.
        ["vord-h75-lco-ot-golfers-wrist"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — Hand Therapy (OT, CHT)
            Masters golfer, 70 · R de Quervain's tenosynovitis
            OT 97110 — 16 min
              radial deviation with a 2-lb hammer 3 x 12; pronation / supination with the hammer 3 x 12
              eccentric wrist extension 3 x 15 with 2 lb; putty pinch 3 x 20
            Deficit: R radial-side wrist pain and grip weakness — grip R 19 kg / L 29 kg; can't hold the club through impact
            """,
            ["M65.4"], [OT("97110", 16)], []),

        // Ospreys over-60s walking football: passing on the move, turning with the ball, stepping over it with counts; R knee OA — can't turn on the R; 18 matches: passes.
        ["vord-h75-osprey-walking-football"] = new(
            """
            OSPREYS PERFORMANCE CLINIC · Bayside Sports PT — the club's over-60s walking-football programme
            Player, 67 · R knee OA; Medicare
            97530 — 18 min
              » passing and receiving on the move along the touchline, 20 passes each foot
              » turning with the ball off the R foot, 10 each way
              » stepping over the ball and back, 3 x 10
            Deficit: R knee OA — can't turn on the R without a twinge; slows to a stop before every turn
            """,
            ["M17.11"], [PT("97530", 18)], []),

        // Palouse community gravel cyclist: goblet squats, step-ups, hip airplanes, bird dogs with loads and doses; L hip OA with stiffness and weakness on climbs; 20 matches: passes.
        ["vord-h75-palouse-gravel-cyclist-hip-oa"] = new(
            """
            PALOUSE A&M ATHLETIC MEDICINE — Outpatient Sports PT · community patient
            Retired farmer, 73 — rides gravel on the Palouse roads · L hip OA
            97110 — 20 min
              - goblet squat to a box 3 x 10 @ 25 lb
              - step-ups onto a 12-in box 3 x 10 each
              - hip airplanes holding the rack 2 x 6 each
              - bird dogs 3 x 10
            Problem: L hip stiffness and abductor / extensor weakness — stands on the pedals to get up the climbs and can't swing the leg over the saddle
            """,
            ["M16.12"], [PT("97110", 20)], []),

        // Palouse complete 97110 (trap-bar deadlifts, back extensions, Pallof presses with loads; lumbar strain lifting in the weight room) sent with no diagnosis.
        ["vord-h75-palouse-no-diagnosis"] = new(
            """
            PALOUSE A&M ATHLETIC MEDICINE — Outpatient Sports PT
            Sport/position: football — offensive line · lumbar strain in the weight room
            97110 — 18 min
              - trap-bar deadlift 3 x 5 @ 185 lb; 45° back extensions 3 x 12
              - Pallof press 3 x 10 each side @ 25 lb; dead bug 3 x 10
            Problem: low back pain and trunk extensor weakness lifting from the floor
            """,
            [], [PT("97110", 18)], [Dx]),

        // Fairway complete 97530 (fed-dink lunges, bench sit-to-stands, court shuffles with counts; knee OA, can't get low) with the ICD-9 code 715.16 as its diagnosis: not well formed.
        ["vord-h75-fairway-icd9-code"] = new(
            """
            FAIRWAY & KITCHEN LINE PHYSICAL THERAPY · court 4
            97530 — 17 min
              lunge to fed dinks 3 x 8; sit-to-stand from the court bench 2 x 10; forward shuffle to the kitchen line and back, 6 trips
            Both knees arthritic — can't get low to the ball or up off the bench without pushing on her knees
            """,
            ["715.16"], [PT("97530", 17)], [Dx]),

        // Generic two-code sports note with a shared total ("Strength and agility work, 38 min total. Pt did great. Continue plan."): no technique, deficit or measure for either code, no one-on-one, no minutes for each.
        ["vord-h75-generic-two-codes-sports-total"] = new(
            "Sports rehab session. Strength and agility work, 38 min total. Pt did great. Continue plan.",
            ["S83.511D"], [PT("97110", 23), PT("97112", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),

        // Lake Country PTA "NMR 97112 — 12 min" against a 24-min PTA line: mismatch; one-on-one, rocker perturbations and Airex catches, knee proprioception and seconds complete.
        ["vord-h75-lco-pta-nmr-time-differs"] = new(
            """
            LAKE COUNTRY ORTHOPAEDIC & SPORTS SURGEONS — In-House PT · PTA daily note
            Surgeon: Dr. Osei-Bonsu · R ACLR · wk 14
            NMR 97112 — 12 min — PTA one-on-one with her the whole block
              rocker-board perturbations in single-leg stance on the R; Airex stance catching a 2-kg ball
              R knee proprioception poor — feels unsure of the knee on uneven ground
              Rocker SLS R 12 s (L 27 s)
            """,
            ["S83.511D", "Z47.89"], [PTA("97112", 24)], [At(Mismatch, "97112")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
