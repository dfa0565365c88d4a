using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-sixteenth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, blind, after the hundred-and-eleventh to hundred-and-fifteenth sets were worked through)
/// is a random week of notes in compressed notation joined by slashes, parentheses and symbols — codes and their minutes
/// written in parallel ("TE/NMR/MT 15/23/10 min", "97110/97112 = 15/23 min", "NMR (97112)(1:1)(23')"), abbreviations
/// joined by slashes ("w/", "s/p", "c/o", "b/l", "A/P", "M/L", "I/O", "h/o", "f/u"), scores and ranges with slashes and
/// dashes ("Berg 44/56", "4-/5", "c/o 6/10", "EO/EC 30/12 s", "FGA 18/30"), dates written with slashes beside them ("IE
/// 1/21", "DOS 03/04/26", "s/p R TKA 12/9/25", "f/u 3/18"), ratios and grades ("1:1", "1:2", "L:R step ratio", "2+/4",
/// "gr III-IV", "H&amp;Y 3"), counts written with x and @ ("3x10 @ 5#", "2 x 8 ea", "x6"), and arrows and plus signs for
/// change ("↑", "↓", "→", "+4 since IE") — about two thirds ordinary and complete (73 of 111), single- and multi-code
/// visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and a PTA's code and a PT's and an OT's code
/// on one visit), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a high-volume orthopaedic chain whose PTAs chart one dense line per code ("Santa Fe Trail Orthopedic Rehab",
/// SFTOR: clinics in Great Bend, Larned, Dodge City and Kinsley, Kansas; a header "SFTOR Great Bend · PTA daily · DOS
/// 03/04/26" and, per code, "97112 NMR 23 min | 1:1 w/ PTA | tx: … | why: … | #s: …", a "1:1 Y/N:" field, a summary
/// line "TE/NMR/MT 15/23/10 min" and a clock range "1015-1037" on a gait line): Marisa Oeding (PT, DPT, clinic
/// director), Tanner Schmidtberger (PTA, Great Bend), Kelsey Rugan (PTA, Larned) and Luis Armendariz (PTA, Dodge City);
/// a grain-elevator worker on the bin ladder, a feedlot pen rider, a custom wheat cutter on his combine steps, a
/// retired Santa Fe railroad conductor, a woman who watches the cranes at Cheyenne Bottoms, a Larned State Hospital
/// nurse, a Kinsley bowling-league secretary, a PT student on a shadow day and the next patient on the bike;</item>
/// <item>a neuro clinic whose template puts every value in parentheses ("Cape Fear Neuro Recovery", CFNR: Market
/// Street in Wilmington, Leland and Southport, North Carolina; "NMR (97112)(1:1)(23')" with the minutes written with a
/// prime, then "(Tx: …)", "(Deficit: …)", "(Measure: …)", "(Present: …)" and "(Plan: …)", a "(1:1 ☑ / concurrent ☐ / grp
/// ☐)" row and "(___)" blanks): Dr. Adaeze Okonkwo (PT, DPT, NCS), Wyatt Brunson (PT), Leigh Ann Pridgen (PTA) and
/// Camille Dubose (OTR/L); a shrimp-boat deckhand, a Southport ferry ticket-taker, a retired nuclear-plant welder with
/// Parkinson's disease, a woman who walks the Riverwalk, a Wrightsville Beach surf instructor after a concussion, a
/// husband learning the home programme, a rehab tech on the harness and Mr. Batts on mat 2;</item>
/// <item>a small practice whose owner writes everything in slash-joined shorthand ("Thermopolis Physical Therapy",
/// TPT: Thermopolis and a Thursday room in Worland, Wyoming; "tx/", "why/", "#s/", "plan/" lines, "97112/NMR 23 min —
/// 1:1/just pt &amp; me", "1:1 [x] / grp [ ]" and "97110/97112 = 15/23 min"): Russ Ekberg (PT, owner), Jolene
/// Sandoval (PTA, part-time) and Kari Lungren (OTR/L, contract, Thursdays in Worland); a sheep rancher who throws hay
/// bales onto a flatbed, a hot-springs bathhouse attendant, an oil-field roustabout, a team roper from Shoshoni, a
/// dinosaur-dig volunteer, a retired railroad man from the Wind River Canyon line, a woman with her knitting, a
/// grandson translating and Mr. Hoff at the bars.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read a great many shorthand notes,
/// applying the contract to what the notation says: each code's minutes are read where the writer put them — beside the
/// code, in its parentheses, in a parallel list of codes and minutes read position by position, or as a clock range on
/// its line — and a date, a score, a grade, a ratio, a dose or a count written with the same slashes, dashes, colons
/// and parentheses is never taken for a code's minutes; "1:1" is one-on-one only where it says who was with whom; a
/// blank, "___", "—", "( )" and an unanswered "Y/N" state nothing; a box ticked states what it labels:
/// <list type="bullet">
/// <item>class 1 (v1-h116-…): one-on-one in these writers' notation ("1:1 w/ PTA, no other pt", "(1:1)(Present:
/// husband, learning HEP)", "pt/PT only, 1:1 start to end — wife in rm w/ her knitting", "(1:1 — tech ran the harness
/// rope, not treating anyone)", "1:1 w/ PTA — PT student observing (shadow day)", "1:1/pt &amp; me; grandson in rm translating"),
/// notes that negate it ("(1:2 — pt + Mr. Batts on mat 2, alternating)", "2 pts/1 PTA — w/ Mr. Hoff @ the bars, back
/// &amp; forth") or never state it (a dense line with no delivery field, a note whose only "1:1" is an L:R step-length
/// ratio), and the codes without a one-on-one check: an OT's 97530 "(grp 3:1)" and a PTA's 97110 concurrent with the
/// patient on the bike;</item>
/// <item>class 2 (v2-h116-…): checkbox and blank-field states in these templates: "1:1 Y/N: Y", "1:1 Y/N: __" and "1:1
/// Y/N: Y/N" left as printed, "(1:1 ☑ / concurrent ☐ / grp ☐)", the same row with concurrent ticked and with nothing
/// ticked, "1:1 [x] / grp [ ]", "(Deficit: ___)", "(Measure: ___ / ___)", "(Tx: ________)", "dist: ___ ft / assist:
/// SBA/CGA/min A (circle one)" uncircled, "sets/reps: __/__ @ __#", and a note's own "Dx: ___ (see referral)" line
/// beside a claim that carries the diagnosis;</item>
/// <item>class 3 (v3-h116-…): named programmes and methods as techniques (LSVT BIG maximal daily exercises, PWR!Up /
/// PWR!Rock / PWR!Twist / PWR!Step, Cawthorne-Cooksey progressions with Brandt-Daroff habituation, Mulligan SNAGs
/// C5/6 and MWM, McKenzie REIL, NDT/Bobath key points, CIMT with shaping, optokinetic stripes for visual dependence,
/// Maitland gr IV talocrural glides), a "per CFNR neuro protocol B" standing in for a technique, and Otago
/// strengthening named with no dose;</item>
/// <item>class 4 (v4-h116-…): deficits stated as findings in shorthand (a foot drop that catches on the elevator ladder
/// "DF 2-/5", heel-shin dysmetria "b/l LE ataxia, wide BOS", a knee that gives way pivoting off the tailgate, sway
/// looking up at the cranes, "↓ R UE proprio — can't find the cup w/o looking", L neglect with pusher behaviour, "↓ R
/// shoulder ER/ABD 4-/5 — can't throw bales onto the flatbed", "↓ R ankle proprio / ↑ sway") and notes that state none
/// ("(Deficit: none noted)", "why: per POC", "why/ n/a");</item>
/// <item>class 5 (v5-h116-…): measures in every usual form ("Berg 44/56 (38/56 @ IE 1/21), TUG 13.8 s", "EO/EC 30/12 s on
/// foam", "5xSTS 15.2 s ↓ from 19.8", "FGA 18/30 (+4 since IE 2/3)", "perturb 7/10 w/ 1 step", "3x10 @ 5#", "10MWT 0.74
/// m/s", "bale 40# floor → tailgate x6 SBA", "knee flex 98→106°", "DVA 3 lines lost; NPC 9 cm") and notes with none ("#s/
/// pending — stopwatch dead", "(Measure: deferred)", "#s: ↑ steadier per pt/wife");</item>
/// <item>class 6 (v6-h116-…): minutes in these notations (parallel lists "TE/NMR/MT 15/23/10 min" and "97110/97112 = 15/23
/// min", primes "(23')", a clock range "1015-1037" on the gait line, dates and scores written beside the minutes "3/4 —
/// 97112 23 min / 97110 12 min; next 3/6" and "(22')(Berg 44/56)", a PT's and an OT's code and a PT's and a PTA's code
/// each with its minutes, a single code with no minutes at all) and true mismatches (a parallel "TE/NMR 25/23 min" on a
/// 14-minute 97110, "97112/NMR 32 min" on 22, "(30')" on an 18-minute 97116, "97110/97530 = 12/24 min" on a 13-minute
/// 97530) and truly missing separate time ("TE/NMR 38 min", a clock range "0830-0910" for the whole visit, a gait code
/// whose prime was left "( ')");</item>
/// <item>class 7 (v7-h116-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (a dense line of LAQ, SLR and TKE with doses after a knee replacement),
/// 97530 (the lambing shed: kneeling to a ewe, a sandbag lamb over the jug-pen rail, water buckets), 97140 (PA
/// glides gr III-IV and STM), and 97116 (RW to SPC with cues, distance and assistance), and wholly generic notes ("97112 NMR 23 min | bal trng | tol
/// well | cont POC", "TE/MT 15/10 min — ther ex/manual per POC, tol well, cont", "(Tx: balance/coord ex's)(Deficit:
/// —)(Measure: —)", "97530 TA 20 min | functional activities | tol well");</item>
/// <item>ordinary (vord-h116-…): complete notes of the three employers that a reviewer passes (the false-positive guard),
/// and the ordinary weak ones: a complete note with no diagnosis, a claim whose diagnosis cell was typed slash-joined
/// ("M17.11/M25.561", not a well-formed code), and a PTA's parallel minutes on a line they do not match.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — wives, a husband, a grandson, a rehab
/// tech, a PT student (none of them a patient; Mr. Batts on mat 2 and Mr. Hoff at the bars are), ages, dates of
/// surgery, of evaluation and of follow-up written with slashes, scores out of their maximum, manual-muscle and reflex
/// grades, glide grades, step-length ratios, loads in pounds written "#", step heights in inches, distances in feet,
/// gait speeds, treadmill speeds, metronome beats, degrees, centimetres, counts written with x, and times of day — and
/// each is written so that a reviewer cannot take it for a billed code's minutes; a code's minutes are written next to
/// the code ("97112 NMR 23 min", "97112/NMR 23 min"), in its parentheses ("NMR (97112)(1:1)(23')"), in a parallel list
/// read position by position, or as a clock range on the code's own line; no note gives minutes to a visit, a drill, a
/// rest or a test, except the two that fail for a visit total ("TE/NMR 38 min" and a clock range for the whole visit);
/// notes failed for want of a measure carry no number but their code and its minutes (and the "1:1" of their delivery
/// line). DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes
/// the measure check only on an objective measure with a number; for the other codes a dose (sets, repetitions, load,
/// hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a family member,
/// caregiver, interpreter, student or staff member in the room does not undo a one-on-one statement, another patient
/// treated in the same block does.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the notation that could honestly be read either way: a bare pair of numbers after a code
/// with no unit and no parallel list of codes ("97112 23/12"), a parallel list whose number of codes and of minutes
/// differ, a prime used both for minutes and for feet in one note, a "1:1" with nothing beside it to say whether it is
/// attendance or a ratio, a date written where a code's minutes belong ("97112 3/4"), a diagnosis or surgery ("s/p
/// TKA") as a 97112's only deficit, a half-filled score ("?/56", "4_/56"), tests named by their length in minutes
/// (the six-minute walk), and a programme's level ("Otago lvl B") as its only dose.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 100 of 111 cases agree (109 needed), and 5 of the 73 notes the reviewer passes got a finding, on the analyzer of d74bfab (the 2026-12-07 eighteenth session after the hundred-and-eleventh to hundred-and-fifteenth sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 110 of 111, no false positive — codes and their minutes written in parallel after a space, "=" or ":" ("TE/NMR/MT 15/23/10 min", "97110/97112 = 15/23 min") read as each code's minutes (not after a dash, where an earlier reviewer's control reads no minutes for each code, nor a rest's "NMR/TE 1/2 min rest"); boxes after their options divided by spaced slashes ("(1:1 ☑ / concurrent ☐ / grp ☐)(21')"); a single blank after a row's last label leaves only that field unfilled; a step-length ratio of 1:1 is no attendance.</para>
/// </summary>
public class HeldOutNotesIssue18HundredSixteenthTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in these writers' notation, negated, unstated

        // SFTOR Great Bend PTA dense line "97112 NMR 23 min | 1:1 w/ PTA, no other pt"; rocker board A/P and M/L EO/EC, foam tandem with head turns, lateral perturbations; R ankle proprioception after a sprain on the elevator steps (date 2/11 beside it); rocker seconds and SLS; 23 matches: passes.
        ["v1-h116-sftor-dense-line-one-on-one-w-pta"] = new(
            """
            SFTOR Great Bend · PTA daily · DOS 03/04/26 · T. Schmidtberger, PTA
            Pt 54 y/o M, grain-elevator hand, inv sprain R ankle 2/11 on the elevator steps.
            97112 NMR 23 min | 1:1 w/ PTA, no other pt | tx: rocker bd A/P + M/L EO/EC, foam tandem w/ head turns, lat perturb @ hips | why: ↓ R ankle proprioception, rolls it on the bin ladder rungs | #s: rocker M/L EC 12 s, SLS R 6 s / L 21 s
            """,
            ["S93.401D"], [PTA("97112", 23)], []),

        // CFNR Wilmington parenthesised template "NMR (97112)(1:1)(23')" with "(Present: husband, learning HEP)"; PNF D2 flexion/extension with approximation, rhythmic stabilisation in half-kneel; R UE recruitment and scapular timing after a stroke (date 10/14/25); FMA-UE with "+4 since IE" and a reach count; 23 matches: passes.
        ["v1-h116-cfnr-parenthesised-one-on-one-husband-present"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(A. Okonkwo, PT, DPT, NCS)
            NMR (97112)(1:1)(23')
            (Tx: PNF D2 flex/ext R UE w/ approximation @ the shoulder; rhythmic stabilization in half-kneel, PT @ pelvis/shoulders)
            (Deficit: R UE motor recruitment + scapular timing s/p L MCA CVA 10/14/25 — hikes the shoulder on every reach)
            (Measure: FMA-UE 34/66 (+4 since IE); reach to shoulder-height shelf 7/10 w/o hiking)
            (Present: husband, learning HEP)
            (Plan: progress D2 to standing)
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // CFNR Leland PTA "NMR (97112)(1:2 — pt + Mr. Batts on mat 2, alternating)(22')": another patient treated inside the block: one-on-one missing; half-roll tandem, quadruped on foam, sit-to-stand EC; trunk control in MS; tandem and 5xSTS present.
        ["v1-h116-cfnr-pta-one-to-two-mr-batts-on-mat-2"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Leland)(DOS 03/04/2026)(L. Pridgen, PTA)
            NMR (97112)(1:2 — pt + Mr. Batts on mat 2, alternating)(22')
            (Tx: tandem on the half foam roll, quadruped alt arm/leg on foam, sit↔stand from foam EC)
            (Deficit: trunk postural control + b/l LE proprioception w/ MS — loses it to the L when EC)
            (Measure: tandem 8 s R fwd / 5 s L fwd; 5xSTS 17.4 s)
            """,
            ["G35"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // TPT owner's shorthand "97112/NMR 24 min — pt/PT only, 1:1 start to end; wife in rm w/ her knitting"; foam EO/EC, BAPS level 3, perturbations; plantar sensation loss and sway with eyes closed; Romberg EO/EC and mCTSIB; 24 matches: passes.
        ["v1-h116-tpt-pt-only-wife-knitting"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            71 y/o M sheep rancher, DM II, h/o 2 falls in the lambing shed since 1/1.
            97112/NMR 24 min — pt/PT only, 1:1 start to end; wife in rm w/ her knitting
            tx/ foam stance EO→EC w/ head turns; BAPS lvl 3 CW/CCW; A/P + M/L perturb @ pelvis
            why/ ↓ b/l plantar sensation (DM) → ↑ sway EC, grabs the gate
            #s/ Romberg EO/EC 30/9 s; mCTSIB foam EC 11 s
            plan/ f/u 3/11
            """,
            ["E11.42", "R26.81"], [PT("97112", 24)], []),

        // TPT PTA "97112 22 min — 2 pts/1 PTA (w/ Mr. Hoff @ the bars, back & forth)": another patient in the block: one-on-one missing; tandem in the bars, foam marching, lateral pushes; L hemiparesis with late stepping; tandem seconds and push count present.
        ["v1-h116-tpt-pta-two-patients-mr-hoff-at-the-bars"] = new(
            """
            TPT/Thermopolis — J. Sandoval PTA — 3/4/26
            97112 22 min — 2 pts/1 PTA (w/ Mr. Hoff @ the bars, back & forth)
            tx/ tandem in the bars, marching on foam, lat pushes @ hips w/ step recovery
            why/ L hemiparesis s/p R CVA, late L step + L knee snaps back in stance
            #s/ tandem 7 s; 4/8 pushes recovered w/o grabbing the bar
            """,
            ["I69.354"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // SFTOR Dodge City PTA dense line with no delivery field and no word of one-on-one or individual: not stated; cone step-overs, perturbations on the Airex, backward walking; delayed stepping reaction; TUG and perturbation count present.
        ["v1-h116-sftor-dodge-city-no-delivery-field"] = new(
            """
            SFTOR Dodge City · PTA daily · DOS 03/04/26 · L. Armendariz, PTA
            Pt 63 y/o M feedlot pen rider, thrown from his horse 1/9.
            97112 NMR 21 min | tx: cone step-overs fwd/lat, perturb on the Airex, bwd walking w/ stop on cue | why: delayed stepping reaction + ↑ post sway, falls bwd getting off the horse | #s: TUG 12.9 s, perturb 6/10 w/ 1 step
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // CFNR Southport "(1:1 — tech ran the harness rope, not treating anyone)": staff, not a patient; treadmill perturbations in the overhead harness at 1.2 mph, stepping to floor targets; delayed stepping and retropulsion in Parkinson's (H&Y 3); pull test and Mini-BESTest; 24 matches: passes.
        ["v1-h116-cfnr-southport-tech-ran-the-harness"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Southport)(DOS 03/04/2026)(W. Brunson, PT)
            NMR (97112)(1:1 — tech ran the harness rope, not treating anyone)(24')
            (Tx: overhead harness on; treadmill belt perturbations @ 1.2 mph fwd/bwd; stepping to floor targets on the PT's call)
            (Deficit: delayed stepping reaction + retropulsion, PD (H&Y 3); retired nuclear-plant welder)
            (Measure: pull test 3 steps to recover; Mini-BESTest 17/28)
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // CFNR Wilmington note whose delivery slot is missing and whose only "1:1" is a target "L:R step-length ratio 1:1" with the metronome: not attendance — one-on-one missing; metronome-paced stepping, foam step-and-hold; short L step and timing after a stroke; step length and gait speed present.
        ["v1-h116-cfnr-step-ratio-one-to-one-not-attendance"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(A. Okonkwo, PT, DPT, NCS)
            NMR (97112)(22')
            (Tx: metronome-paced stepping @ 96 bpm, goal L:R step-length ratio 1:1; step-and-hold onto foam, L leading)
            (Deficit: short L step + poor timing/sequencing of L swing s/p R CVA)
            (Measure: L step 0.38 m / R 0.52 m; gait speed 0.71 m/s)
            """,
            ["I69.354"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // CFNR OT 97530 "(grp 3:1)" (no one-on-one check on 97530): kitchen reach and carry, laundry basket transfer; R UE weakness after a stroke; counts and assist; 24 matches: passes.
        ["v1-h116-cfnr-ot-group-three-to-one-97530"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Leland)(DOS 03/04/2026)(C. Dubose, OTR/L)
            TA (97530)(grp 3:1)(24')
            (Tx: standing @ counter unloading the dishwasher to the upper cabinet; carrying a laundry basket 30 ft to the dryer; folding towels standing)
            (Deficit: R UE weakness + ↓ standing tolerance s/p L CVA; leans on the counter)
            (Measure: dishwasher unloaded 12 items SBA; basket carry x3 CGA)
            """,
            ["I69.351"], [OT("97530", 24)], []),

        // SFTOR Larned PTA 97110 "concurrent w/ pt on the bike" (no one-on-one check on 97110): step-ups, leg press, TKE with doses; L quad weakness after a knee replacement; 18 matches: passes.
        ["v1-h116-sftor-larned-pta-97110-concurrent"] = new(
            """
            SFTOR Larned · PTA daily · DOS 03/04/26 · K. Rugan, PTA
            97110 TE 18 min | concurrent w/ pt on the bike | tx: fwd step-ups 6" 3x10, leg press 60# 3x12, TKE blue band 3x15 | why: L quad weakness s/p L TKA 12/2/25, slow on the hospital stairs | #s: doses as listed
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 18)], []),

        // SFTOR Kinsley "1:1 w/ PTA — PT student observing (shadow day)": a student, not a patient; Clock Yourself stepping, foam head turns, lateral perturbations; L vestibular hypofunction; DGI and a perturbation count; 22 matches: passes.
        ["v1-h116-sftor-kinsley-student-observing"] = new(
            """
            SFTOR Kinsley · PTA daily · DOS 03/04/26 · T. Schmidtberger, PTA (Thu @ Kinsley)
            97112 NMR 22 min | 1:1 w/ PTA — PT student observing (shadow day) | tx: Clock Yourself stepping mat, foam stance w/ horiz head turns, lat perturb | why: L vestibular hypofunction, veers L turning to roll the bowling ball | #s: DGI 18/24, perturb 7/10 w/o a step
            """,
            ["H81.22"], [PTA("97112", 22)], []),

        // TPT owner "1:1/pt & me; grandson in rm translating": family, not a patient; gaze stabilisation VOR x1 on foam, head-turn walking; R vestibular hypofunction; DGI and DVA; 21 matches: passes.
        ["v1-h116-tpt-grandson-translating"] = new(
            """
            TPT/Worland (Thu) — R. Ekberg PT — 3/4/26
            97112/NMR 21 min — 1:1/pt & me; grandson in rm translating
            tx/ VOR x1 horiz/vert on foam; walking w/ head turns + stops down the hall
            why/ R vestibular hypofunction, dizzy + veers R w/ head turns
            #s/ DGI 17/24; DVA 3 lines lost
            """,
            ["H81.21"], [PT("97112", 21)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // SFTOR Great Bend "1:1 Y/N: Y"; half-roll tandem, rhythmic stabilisation, hurdle stepping; R knee proprioception after an ACL repair; single-leg hop-and-stick and Y-balance; 23 matches: passes.
        ["v2-h116-sftor-one-on-one-y-n-y"] = new(
            """
            SFTOR Great Bend · PTA daily · DOS 03/04/26 · T. Schmidtberger, PTA
            1:1 Y/N: Y
            97112 NMR 23 min | tx: tandem on the half foam roll, rhythmic stab in SLS, lat hurdle steps EC | why: ↓ R knee proprioception + quad timing s/p R ACL recon 11/20/25 | #s: hop-and-stick 6/10, Y-bal ant R 61 cm / L 70 cm
            """,
            ["S83.511D"], [PTA("97112", 23)], []),

        // SFTOR Larned "1:1 Y/N: __" left blank: nothing stated — one-on-one missing; foam marching, perturbations, gaze-fixed walking; postural control; Berg and TUG present.
        ["v2-h116-sftor-one-on-one-y-n-blank"] = new(
            """
            SFTOR Larned · PTA daily · DOS 03/04/26 · K. Rugan, PTA
            1:1 Y/N: __
            97112 NMR 22 min | tx: marching on foam, A/P perturb @ pelvis, walking w/ gaze fixed on a target | why: ↓ postural control, sways bwd on the hospital ramp | #s: Berg 45/56, TUG 12.2 s
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // CFNR "(1:1 ☑ / concurrent ☐ / grp ☐)"; rocker board EC, foam step-and-stick, perturbations; L ankle proprioception; rocker seconds and step-and-stick count; 21 matches: passes.
        ["v2-h116-cfnr-one-on-one-ticked"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Southport)(DOS 03/04/2026)(W. Brunson, PT)
            NMR (97112)(1:1 ☑ / concurrent ☐ / grp ☐)(21')
            (Tx: rocker board M/L EC; step-and-stick onto foam; perturbations at the trunk in tandem)
            (Deficit: ↓ L ankle proprioception s/p L ankle ORIF; ferry ticket-taker, rolls it on the gangway)
            (Measure: rocker M/L EC 10 s; step-and-stick 7/10)
            """,
            ["S82.892D"], [PT("97112", 21)], []),

        // CFNR "(1:1 ☐ / concurrent ☑ / grp ☐)": concurrent ticked — one-on-one missing; tandem head turns, foam reaching, perturbations; cerebellar ataxia; SARA and tandem present.
        ["v2-h116-cfnr-concurrent-ticked"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(L. Pridgen, PTA)
            NMR (97112)(1:1 ☐ / concurrent ☑ / grp ☐)(23')
            (Tx: tandem walking w/ head turns; reaching out of BOS from foam; lat perturbations in stride stance)
            (Deficit: truncal + b/l LE ataxia, cerebellar — wide BOS)
            (Measure: SARA 12/40; tandem 4 steps before stepping out)
            """,
            ["G11.10"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // CFNR delivery row with nothing ticked "(1:1 ☐ / concurrent ☐ / grp ☐)": nothing stated — one-on-one missing; VOR x2, optokinetic walking; visual vertigo after a concussion; DVA and FGA present.
        ["v2-h116-cfnr-delivery-row-nothing-ticked"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(A. Okonkwo, PT, DPT, NCS)
            NMR (97112)(1:1 ☐ / concurrent ☐ / grp ☐)(22')
            (Tx: VOR x2 seated→standing; walking past the optokinetic stripes on the TV; saccades on foam)
            (Deficit: visual vertigo + ↓ gaze stability after concussion (surf instructor, wiped out 12/28))
            (Measure: DVA 4 lines lost; FGA 20/30)
            """,
            ["S06.0X0D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // TPT owner "1:1 [x] / grp [ ]"; side-hill walking, foam SLS with ball tosses, perturbations; R ankle proprioception after a fracture; SLS on foam and Y-balance; 22 matches: passes.
        ["v2-h116-tpt-one-on-one-box-x"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            97112/NMR 22 min   1:1 [x] / grp [ ]
            tx/ side-hill walking on the grass slope out back; SLS on foam w/ ball tosses; M/L perturb in SLS
            why/ ↓ R ankle proprio s/p R bimall ORIF 10/2025 — roustabout, rolls it on the pipe rack
            #s/ SLS foam R 7 s / L 26 s; Y-bal ant R 57 cm / L 66 cm
            """,
            ["S82.841D"], [PT("97112", 22)], []),

        // TPT note's own "Dx: ___ (see referral)" line left blank while the claim carries the diagnosis: the claim's code is what the rule reads; one-on-one, tandem and foam work; sensory ataxia; Romberg and tandem; 23 matches: passes.
        ["v2-h116-tpt-dx-line-blank-claim-has-code"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            Dx: ___ (see referral)
            97112/NMR 23 min — 1:1, no one else in the clinic
            tx/ tandem walking on a line EO/EC; foam stance w/ head nods; stepping over the hay-string line
            why/ sensory ataxia b/l LE (B12 def), widens BOS in the dark
            #s/ sharpened Romberg EO/EC 30/6 s; tandem 10 steps w/o stepping out
            """,
            ["E53.8", "R27.0"], [PT("97112", 23)], []),

        // CFNR "(Measure: ___ / ___)" left blank and no number but the code, its minutes and the 1:1: measure missing; one-on-one, rhythmic stabilisation, foam weight shifts; postural control in Parkinson's present.
        ["v2-h116-cfnr-measure-blank-slash-blank"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Leland)(W. Brunson, PT)
            NMR (97112)(1:1)(22')
            (Tx: rhythmic stabilization in standing; weight shifts on foam w/ reaching; big-step turns around cones)
            (Deficit: ↓ postural control + small steps w/ turns, PD)
            (Measure: ___ / ___)
            """,
            ["G20.A1"], [PT("97112", 22)], [At(Measure, "97112")]),

        // CFNR "(Tx: ________)" left blank with a deficit and a measure: technique missing only; one-on-one stated.
        ["v2-h116-cfnr-technique-blank"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Southport)(DOS 03/04/2026)(L. Pridgen, PTA)
            NMR (97112)(1:1)(21')
            (Tx: ________)
            (Deficit: ↓ R LE proprioception + delayed ankle strategy s/p R TKA)
            (Measure: Berg 47/56; SLS R 5 s)
            """,
            ["Z96.651"], [PTA("97112", 21)], [At(Tech, "97112")]),

        // SFTOR Dodge City "1:1 Y/N: Y/N" left as printed: unanswered — one-on-one missing; foam perturbations, tandem turns; postural control; Berg present.
        ["v2-h116-sftor-y-n-left-as-printed"] = new(
            """
            SFTOR Dodge City · PTA daily · DOS 03/04/26 · L. Armendariz, PTA
            1:1 Y/N: Y/N
            97112 NMR 23 min | tx: perturb on foam A/P + M/L, tandem walking w/ 180° turns | why: ↓ postural control turning, retired Santa Fe conductor, grabs the counter | #s: Berg 43/56
            """,
            ["R26.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // TPT PTA 97116 "dist: ___ ft / assist: SBA/CGA/min A (circle one)" uncircled and no other number: measure missing; cane gait on the hall and curb with cues; short L stance after a hip replacement present.
        ["v2-h116-tpt-pta-gait-assist-uncircled"] = new(
            """
            TPT/Thermopolis — J. Sandoval PTA
            97116 GT 20 min
            tx/ gait trng w/ SPC on the hall + out to the curb, cues for heel strike + equal step length
            why/ short L stance + antalgic gait s/p L THA
            dist: ___ ft / assist: SBA/CGA/min A (circle one)
            """,
            ["Z96.642"], [PTA("97116", 20)], [At(Measure, "97116")]),

        // CFNR "(1:1: Y)" with "(Deficit: ___)": deficit missing; PNF D1 lower-extremity patterns, foam weight shifts; Fugl-Meyer and Berg present.
        ["v2-h116-cfnr-deficit-blank"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(A. Okonkwo, PT, DPT, NCS)
            NMR (97112)(1:1: Y)(23')
            (Tx: PNF D1 flex/ext LE w/ manual resistance; weight shifts onto foam w/ reaching)
            (Deficit: ___)
            (Measure: Fugl-Meyer LE 24/34; Berg 41/56)
            """,
            ["I69.351"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // SFTOR PTA 97110 "sets/reps: __/__ @ __#" left blank and no dose anywhere: measure missing; SLR, LAQ, heel slides, TKE; L quad weakness after a knee replacement present.
        ["v2-h116-sftor-sets-reps-blank-97110"] = new(
            """
            SFTOR Great Bend · PTA daily · T. Schmidtberger, PTA
            97110 TE 17 min | tx: SLR, LAQ, heel slides, TKE w/ band | why: L quad weakness + ext lag s/p L TKA | sets/reps: __/__ @ __#
            """,
            ["Z96.652"], [PTA("97110", 17)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // CFNR LSVT BIG: maximal daily exercises floor-to-ceiling and side-to-side, functional component sit-to-stand and big steps; hypokinesia and short steps in Parkinson's; step length "+0.09 since IE" and TUG; one-on-one; 24 matches: passes.
        ["v3-h116-cfnr-lsvt-big"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(A. Okonkwo, PT, DPT, NCS)
            NMR (97112)(1:1)(24')
            (Tx: LSVT BIG — maximal daily exercises (floor-to-ceiling, side-to-side, fwd/bwd/side steps), functional component sit→stand + BIG steps to the car door)
            (Deficit: hypokinesia/bradykinesia, ↓ step amplitude + trunk rotation, PD — shuffles on the Riverwalk boards)
            (Measure: step length 0.48 m (+0.09 since IE); TUG 11.2 s)
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // CFNR PTA PWR! Moves "PWR!Up / PWR!Rock / PWR!Twist / PWR!Step" in standing with a dual task; anti-gravity extension and weight-shift timing in Parkinson's; Mini-BESTest and a turn count; one-on-one; 22 matches: passes.
        ["v3-h116-cfnr-pta-pwr-moves"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Leland)(DOS 03/04/2026)(L. Pridgen, PTA)
            NMR (97112)(1:1, pt + PTA only)(22')
            (Tx: PWR!Up / PWR!Rock / PWR!Twist / PWR!Step in standing, then PWR!Step while naming shrimp boats)
            (Deficit: flexed posture, ↓ anti-gravity extension + weight-shift timing, PD)
            (Measure: Mini-BESTest 19/28; 360° turn 6 steps R / 8 steps L)
            """,
            ["G20.A1"], [PTA("97112", 22)], []),

        // TPT owner Cawthorne-Cooksey progressions and Brandt-Daroff habituation x5 each side; R vestibular hypofunction with dizziness turning on a horse; DGI and DHI; "1:1/just pt & me"; 22 matches: passes.
        ["v3-h116-tpt-cawthorne-cooksey-brandt-daroff"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            97112/NMR 22 min — 1:1/just pt & me
            tx/ Cawthorne-Cooksey: eye → head → sit→stand EO/EC progressions; Brandt-Daroff habituation x5 ea side
            why/ R vestibular hypofunction — dizzy + off balance turning his head swinging the rope (team roper, Shoshoni)
            #s/ DGI 18/24; DHI 46 (62 @ IE)
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // SFTOR PT 97140 Mulligan SNAGs C5/6 and MWM into R shoulder ER; cervical rotation and shoulder ER stiffness after a fall; degrees before and after; 12 matches: passes.
        ["v3-h116-sftor-mulligan-snags-and-mwm-97140"] = new(
            """
            SFTOR Great Bend · PT daily · DOS 03/04/26 · M. Oeding, PT, DPT
            97140 MT 12 min | tx: Mulligan SNAGs C5/6 R rotation x6 x3, MWM R shoulder ER w/ post-lat glide x10 x3 | why: ↓ R cervical rot + R shoulder ER after the fall off the combine steps 1/30 | #s: cerv rot R 55→68°, shoulder ER 40→52°
            """,
            ["M54.2", "M25.611"], [PT("97140", 12)], []),

        // SFTOR PTA 97110 McKenzie REIL 3x10, standing extension 2x10, prone on elbows 2 x 30 s; central low back pain with loss of extension; doses; 16 matches: passes.
        ["v3-h116-sftor-pta-mckenzie-reil-97110"] = new(
            """
            SFTOR Larned · PTA daily · DOS 03/04/26 · K. Rugan, PTA
            97110 TE 16 min | tx: McKenzie REIL 3x10, standing ext 2x10, prone on elbows 2 x 30 s | why: central LBP w/ ↓ lumbar ext, c/o 6/10 bending over the med cart (Larned State Hosp RN) | #s: doses as listed, ext ↑ to ~75%
            """,
            ["M54.50"], [PTA("97110", 16)], []),

        // CFNR NDT facilitation at the pelvis and ribcage and Bobath key points during sit-to-stand and gait initiation; L hemiparesis and trunk timing after an ICH; PASS and a sit-to-stand count; one-on-one; 25 matches: passes.
        ["v3-h116-cfnr-ndt-bobath-key-points"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(W. Brunson, PT)
            NMR (97112)(1:1)(25')
            (Tx: NDT facilitation @ pelvis/ribcage during sit↔stand + gait initiation; Bobath key points (shoulder/pelvis) for weight acceptance on the L)
            (Deficit: L hemiparesis, ↓ trunk control + pelvic timing s/p R ICH 9/2025)
            (Measure: PASS 24/36; sit→stand 5/5 w/o pushing through the R UE)
            """,
            ["I69.154"], [PT("97112", 25)], []),

        // CFNR "(Tx: per CFNR neuro protocol B)" as the whole of the technique: no technique named; one-on-one, sway and slow stepping, Berg and TUG present.
        ["v3-h116-cfnr-per-neuro-protocol-b"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Southport)(DOS 03/04/2026)(W. Brunson, PT)
            NMR (97112)(1:1)(23')
            (Tx: per CFNR neuro protocol B)
            (Deficit: ↑ sway + slow stepping reaction, h/o 3 falls on the ferry deck)
            (Measure: Berg 44/56; TUG 13.1 s)
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // TPT contract OT 97530 CIMT with shaping (mitt on L; coins into a slot, jar lids, rope coiling); R UE paresis and non-use after a stroke; Box and Block and counts; 23 matches: passes.
        ["v3-h116-tpt-ot-cimt-shaping-97530"] = new(
            """
            TPT/Worland (Thu) — K. Lungren OTR/L — 3/4/26
            97530 TA 23 min
            tx/ CIMT, mitt on L; shaping: coins into a slot 10/10, jar lids on/off x6, coiling a lariat 3 laps
            why/ R UE paresis + learned non-use s/p L CVA, won't use the R hand @ home
            #s/ Box & Block R 21 (14 @ IE) / L 52
            """,
            ["I69.351"], [OT("97530", 23)], []),

        // TPT owner "Otago strengthening (knee ext, hip abd, calf raises, toe raises)" named with no sets, reps or load and no other number: measure missing on 97110; LE weakness with falls present.
        ["v3-h116-tpt-otago-no-dose-97110"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT
            97110/TE 15 min
            tx/ Otago strengthening: seated knee ext w/ cuff, standing hip abd, calf raises, toe raises @ the counter
            why/ b/l LE weakness (hips/quads) w/ falls getting up from the bathhouse bench
            #s/ —
            """,
            ["M62.81", "R29.6"], [PT("97110", 15)], [At(Measure, "97110")]),

        // CFNR optokinetic stripes on the TV, walking the busy hall, foam stance with visual motion; visual dependence after vestibular neuritis; SOT composite and visual ratio; one-on-one; 22 matches: passes.
        ["v3-h116-cfnr-optokinetic-visual-dependence"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(A. Okonkwo, PT, DPT, NCS)
            NMR (97112)(1:1)(22')
            (Tx: optokinetic stripes on the TV standing on foam; walking the busy lobby w/ head turns; grocery-aisle video while weight shifting)
            (Deficit: visual dependence + ↓ use of vestibular/somatosensory input after L vestibular neuritis)
            (Measure: SOT composite 58; visual ratio 0.62)
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // SFTOR PT 97140 Maitland gr IV AP talocrural glides and STM to the peroneals; R ankle DF stiffness after a fracture; DF degrees; 11 matches: passes.
        ["v3-h116-sftor-maitland-talocrural-97140"] = new(
            """
            SFTOR Dodge City · PT daily · DOS 03/04/26 · M. Oeding, PT, DPT (Wed @ Dodge)
            97140 MT 11 min | tx: Maitland gr IV AP talocrural glides 3 x 30 s, STM R peroneals + gastroc | why: ↓ R ankle DF s/p R distal fib ORIF, can't squat to check the water tank float | #s: DF 6→11°
            """,
            ["S82.61XD"], [PT("97140", 11)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none

        // SFTOR PTA 97116 with an AFO trial: R foot drop "DF 2-/5" that catches on the elevator ladder; SPC gait on the hall, ramp and curb with cues; distance and SBA/CGA; 22 matches: passes.
        ["v4-h116-sftor-pta-foot-drop-97116"] = new(
            """
            SFTOR Great Bend · PTA daily · DOS 03/04/26 · T. Schmidtberger, PTA
            97116 GT 22 min | tx: gait trng w/ R AFO trial + SPC on the hall, ramp + curb, cues for heel strike + hip flexion in swing | why: R foot drop (DF 2-/5) after L4-5 decompression 1/14, toe catches on the elevator ladder | #s: 400 ft SPC SBA, curb CGA
            """,
            ["M21.371", "Z98.890"], [PTA("97116", 22)], []),

        // CFNR "(Deficit: b/l LE ataxia (heel-shin dysmetria), wide BOS, cerebellar)"; tandem on a line, Frenkel-style targets, perturbations; SARA and tandem; one-on-one; 23 matches: passes.
        ["v4-h116-cfnr-heel-shin-dysmetria"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Leland)(DOS 03/04/2026)(W. Brunson, PT)
            NMR (97112)(1:1)(23')
            (Tx: Frenkel-style foot placement to floor targets, slow→fast; tandem on a line w/ light touch; perturbations in stride stance)
            (Deficit: b/l LE ataxia (heel-shin dysmetria), wide BOS, cerebellar — SCA per neuro)
            (Measure: SARA 11/40; tandem 6 steps before stepping out)
            """,
            ["G11.10"], [PT("97112", 23)], []),

        // TPT owner "why/ L knee gives way pivoting off the tailgate; ↓ quad timing"; perturbations in single-leg stance, hop-and-stick, foam lunges; single-leg squat count and Y-balance; one-on-one; 21 matches: passes.
        ["v4-h116-tpt-knee-gives-way-off-the-tailgate"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            97112/NMR 21 min — 1:1 (pt/me)
            tx/ perturb in SLS on foam, hop-and-stick fwd/lat, fwd lunge onto foam w/ hold
            why/ L knee gives way pivoting off the tailgate; ↓ quad timing + knee proprio after the meniscus scope 1/8
            #s/ SL squat w/o valgus 6/10; Y-bal ant L 59 cm / R 68 cm
            """,
            ["S83.242D"], [PT("97112", 21)], []),

        // CFNR "(Deficit: none noted)" with nothing else naming a deficit or system: deficit missing; one-on-one, rocker board and rhythmic stabilisation, Berg and tandem present.
        ["v4-h116-cfnr-deficit-none-noted"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Southport)(DOS 03/04/2026)(L. Pridgen, PTA)
            NMR (97112)(1:1)(22')
            (Tx: rocker board A/P EC; rhythmic stabilization in tandem; stepping over cones)
            (Deficit: none noted)
            (Measure: Berg 49/56; tandem 14 s)
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // SFTOR "why: per POC": deficit missing; one-on-one, foam perturbations and tandem head turns, Berg and TUG present.
        ["v4-h116-sftor-why-per-poc"] = new(
            """
            SFTOR Kinsley · PTA daily · DOS 03/04/26 · K. Rugan, PTA
            97112 NMR 22 min | 1:1 w/ PTA | tx: perturb on foam, tandem walking w/ head turns, lat step-overs | why: per POC | #s: Berg 46/56, TUG 11.9 s
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // TPT owner "why/ n/a": deficit missing; one-on-one, PNF rhythmic stabilisation and perturbations, SLS and Berg present.
        ["v4-h116-tpt-why-n-a"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            97112/NMR 23 min — 1:1/pt & me
            tx/ PNF rhythmic stab in half-kneel + standing; A/P perturb on the rocker board
            why/ n/a
            #s/ SLS 9 s / 14 s; Berg 47/56
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // CFNR OT 97112 "(Deficit: ↓ R UE proprio — can't find the cup w/o looking)"; joint approximation, weight bearing through the hand, eyes-closed reaching to targets; proprioceptive reach count and a localisation score; one-on-one; 22 matches: passes.
        ["v4-h116-cfnr-ot-cant-find-the-cup"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(C. Dubose, OTR/L)
            NMR (97112)(1:1)(22')
            (Tx: joint approximation R UE; closed-chain weight bearing through the R hand at the counter; EC reaching to tactile targets + matching L→R arm position)
            (Deficit: ↓ R UE proprio — can't find the cup w/o looking, s/p L parietal CVA)
            (Measure: EC reach to target 5/10; thumb-localizing test 2/3)
            """,
            ["I69.398", "R27.8"], [OT("97112", 22)], []),

        // SFTOR Great Bend "sways bwd looking up at the cranes at Cheyenne Bottoms"; head-extension stance on foam, backward perturbations, gaze shifts up and down; postural control with neck extension; Berg and foam seconds; one-on-one; 22 matches: passes.
        ["v4-h116-sftor-sways-looking-up-at-the-cranes"] = new(
            """
            SFTOR Great Bend · PTA daily · DOS 03/04/26 · T. Schmidtberger, PTA
            97112 NMR 22 min | 1:1 w/ PTA | tx: stance on foam w/ neck ext + gaze shifts up/down, bwd perturb @ pelvis, bwd stepping to a target | why: ↓ postural control w/ neck ext — sways bwd looking up at the cranes @ Cheyenne Bottoms | #s: Berg 48/56, foam neck ext 11 s
            """,
            ["R26.81"], [PTA("97112", 22)], []),

        // CFNR L neglect with pusher behaviour; vertical-line visual feedback, mirror midline work, weight shifts to the R with facilitation; SCP and line bisection; one-on-one with a caregiver present; 24 matches: passes.
        ["v4-h116-cfnr-neglect-and-pusher"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(A. Okonkwo, PT, DPT, NCS)
            NMR (97112)(1:1)(24')(Present: caregiver, sitting in)
            (Tx: visual vertical feedback w/ the door frame + mirror for midline; facilitated weight shifts to the R in sitting→standing; scanning L to targets while standing)
            (Deficit: L neglect + pusher behaviour — pushes toward the L, s/p R MCA CVA)
            (Measure: SCP 3.5/6; line bisection 3 cm R of center)
            """,
            ["I69.398", "R41.4"], [PT("97112", 24)], []),

        // TPT owner 97110 "why/ ↓ R shoulder ER/ABD 4-/5 — can't throw bales onto the flatbed"; band ER, scaption, rows with doses; 15 matches: passes.
        ["v4-h116-tpt-bales-onto-the-flatbed-97110"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            97110/TE 15 min
            tx/ ER w/ red band 3x12, scaption 3# 3x10, rows 10# 3x12, prone Y/T 2x10
            why/ ↓ R shoulder ER/ABD (4-/5) — can't throw bales onto the flatbed
            """,
            ["M75.101"], [PT("97110", 15)], []),

        // SFTOR Larned "why: ↓ R ankle proprio / ↑ sway"; rocker board, foam SLS with catches, step-and-stick; rocker seconds and step-and-stick count; one-on-one; 21 matches: passes.
        ["v4-h116-sftor-ankle-proprio-slash-sway"] = new(
            """
            SFTOR Larned · PTA daily · DOS 03/04/26 · K. Rugan, PTA
            97112 NMR 21 min | 1:1 w/ PTA | tx: rocker bd M/L, SLS on foam w/ ball catches, step-and-stick onto the Airex | why: ↓ R ankle proprio / ↑ sway in SLS after the 2nd sprain this winter | #s: rocker M/L 15 s, step-and-stick 8/10
            """,
            ["S93.401D"], [PTA("97112", 21)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // SFTOR "#s: Berg 44/56 (38/56 @ IE 1/21), TUG 13.8 s" with the evaluation date beside the score; foam perturbations, tandem turns, hurdle steps; slow stepping and sway; one-on-one; 23 matches: passes.
        ["v5-h116-sftor-berg-with-ie-date"] = new(
            """
            SFTOR Great Bend · PTA daily · DOS 03/04/26 · T. Schmidtberger, PTA
            97112 NMR 23 min | 1:1 w/ PTA | tx: perturb on foam, tandem walking w/ 180° turns, hurdle steps 4" x 4 | why: slow stepping reaction + ↑ sway turning, custom wheat cutter, slipped on the combine steps | #s: Berg 44/56 (38/56 @ IE 1/21), TUG 13.8 s
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], []),

        // CFNR "(Measure: EO/EC 30/12 s on foam; mCTSIB cond 4 12 s)"; foam stance with eyes closed and head turns, sensory reweighting on the half roll; somatosensory reliance after neuropathy; one-on-one; 22 matches: passes.
        ["v5-h116-cfnr-eo-ec-on-foam"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Southport)(DOS 03/04/2026)(W. Brunson, PT)
            NMR (97112)(1:1)(22')
            (Tx: foam stance EO→EC w/ head turns; sensory reweighting on the half foam roll; reaching out of BOS EC)
            (Deficit: ↓ b/l foot sensation (neuropathy) → over-relies on vision, sways EC — deckhand on the shrimp boat)
            (Measure: EO/EC 30/12 s on foam; mCTSIB cond 4 12 s)
            """,
            ["G62.9", "R26.81"], [PT("97112", 22)], []),

        // TPT owner "#s/ 5xSTS 15.2 s ↓ from 19.8 @ IE"; sit-to-stand from foam with eyes closed, weight shifts with reaching, perturbations; anticipatory postural control; one-on-one; 22 matches: passes.
        ["v5-h116-tpt-five-times-sit-to-stand-down-from-ie"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            97112/NMR 22 min — 1:1/pt & me
            tx/ sit→stand from foam EC; standing weight shifts w/ reach to the top shelf; A/P perturb @ trunk
            why/ ↓ anticipatory postural control — lurches fwd standing up from the soaking pool steps
            #s/ 5xSTS 15.2 s ↓ from 19.8 @ IE; reach 9" fwd w/o a step
            """,
            ["R26.89"], [PT("97112", 22)], []),

        // CFNR "(Measure: FGA 18/30 (+4 since IE 2/3))"; dual-task walking, tandem with head turns, stepping over obstacles; gait adaptability in MS; one-on-one; 23 matches: passes.
        ["v5-h116-cfnr-fga-plus-four-since-ie"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(A. Okonkwo, PT, DPT, NCS)
            NMR (97112)(1:1)(23')
            (Tx: dual-task walking naming Riverwalk shops; tandem w/ head turns; obstacle stepping over shoebox + hose)
            (Deficit: ↓ gait adaptability + R LE proprioception, MS)
            (Measure: FGA 18/30 (+4 since IE 2/3))
            """,
            ["G35"], [PT("97112", 23)], []),

        // SFTOR "#s: perturb 7/10 w/ 1 step, SLS R/L 8/19 s"; perturbations in stride stance, step-and-stick, rocker board; reactive stepping after a fall; one-on-one; 21 matches: passes.
        ["v5-h116-sftor-perturbation-count"] = new(
            """
            SFTOR Kinsley · PTA daily · DOS 03/04/26 · K. Rugan, PTA
            97112 NMR 21 min | 1:1 w/ PTA | tx: perturb in stride stance, step-and-stick fwd/lat, rocker bd A/P | why: ↓ reactive stepping, fell in the bowling alley lot 1/6 | #s: perturb 7/10 w/ 1 step, SLS R/L 8/19 s
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 21)], []),

        // TPT owner "#s/ pending — stopwatch dead" and no number but the code and its minutes (and the 1:1): measure missing; one-on-one, rocker board and perturbations, ankle proprioception present.
        ["v5-h116-tpt-pending-stopwatch-dead"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT
            97112/NMR 22 min — 1:1/pt & me
            tx/ rocker board A/P + M/L EC; perturb on foam; side-hill walking
            why/ ↓ L ankle proprio, rolls it on the rocks at the dig site
            #s/ pending — stopwatch dead
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // CFNR "(Measure: deferred)" and no number but the code and its minutes (and the 1:1): measure missing; one-on-one, gaze stabilisation and head-turn walking, vestibular hypofunction present.
        ["v5-h116-cfnr-measure-deferred"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Leland)(L. Pridgen, PTA)
            NMR (97112)(1:1)(21')
            (Tx: gaze stabilization seated→standing on foam; walking w/ head turns + stops)
            (Deficit: L vestibular hypofunction, oscillopsia w/ walking)
            (Measure: deferred)
            """,
            ["H81.22"], [PTA("97112", 21)], [At(Measure, "97112")]),

        // SFTOR "#s: ↑ steadier per pt/wife" and no number but the code and its minutes (and the 1:1): measure missing; one-on-one, foam tandem and perturbations, postural control present.
        ["v5-h116-sftor-steadier-per-pt-wife"] = new(
            """
            SFTOR Larned · PTA daily · K. Rugan, PTA
            97112 NMR 22 min | 1:1 w/ PTA | tx: tandem on foam, perturb @ pelvis, bwd walking w/ stop on cue | why: ↓ postural control w/ bwd stepping | #s: ↑ steadier per pt/wife
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // SFTOR PTA 97110 doses "3x10 @ 5#", "2 x 8 ea", "3 x 20 s"; hip abductor weakness; 16 matches: passes.
        ["v5-h116-sftor-pta-doses-at-pounds-97110"] = new(
            """
            SFTOR Dodge City · PTA daily · DOS 03/04/26 · L. Armendariz, PTA
            97110 TE 16 min | tx: SL hip abd 3x10 @ 5#, lat step-downs 4" 2 x 8 ea, side plank 3 x 20 s, clamshells grn band 3x15 | why: R hip abductor weakness (4-/5), R hip drops climbing the feed-bunk ladder | #s: doses as listed
            """,
            ["M62.81", "M25.551"], [PTA("97110", 16)], []),

        // CFNR 97116 "(Measure: 10MWT 0.74 m/s; 300 ft w/ RW (CGA))"; RW gait with cues and a metronome, turns; short R step after a stroke; "(20')" matches: passes.
        ["v5-h116-cfnr-gait-speed-and-distance-97116"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Leland)(DOS 03/04/2026)(L. Pridgen, PTA)
            GT (97116)(20')
            (Tx: gait trng w/ RW, metronome cueing, cues for R hip/knee flexion in swing; 180° turns)
            (Deficit: short R step + R toe drag s/p L CVA)
            (Measure: 10MWT 0.74 m/s; 300 ft w/ RW (CGA))
            """,
            ["I69.351"], [PTA("97116", 20)], []),

        // TPT owner 97530 "#s/ bale 40# floor → tailgate x6 SBA; 3 trips hay to the bunk"; lifting and carrying with hip hinge; low back and hip weakness; 24 matches: passes.
        ["v5-h116-tpt-bale-to-the-tailgate-97530"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            97530/TA 24 min
            tx/ bale lift floor → tailgate w/ hip hinge; carrying a bale 50 ft to the bunk; pitchfork scoop + toss from half-kneel
            why/ ↓ low back + hip ext strength/endurance, can't feed the ewes
            #s/ bale 40# floor → tailgate x6 SBA; 3 trips hay to the bunk; pitchfork x10
            """,
            ["M54.50", "M62.81"], [PT("97530", 24)], []),

        // SFTOR PT 97140 "#s: knee flex 98→106° after"; patellar glides, tib-fem posterior glides gr III, STM to the distal quad; L knee stiffness after a replacement; 10 matches: passes.
        ["v5-h116-sftor-knee-flexion-arrow-97140"] = new(
            """
            SFTOR Great Bend · PT daily · DOS 03/04/26 · M. Oeding, PT, DPT
            97140 MT 10 min | tx: patellar glides sup/inf, tib-fem post glides gr III, STM distal quad | why: L knee flexion stiffness s/p L TKA 12/9/25 | #s: knee flex 98→106° after
            """,
            ["Z96.652", "M25.662"], [PT("97140", 10)], []),

        // CFNR "(Measure: DVA 3 lines lost; NPC 9 cm)"; saccades and VOR x1 on foam, pursuit walking; post-concussion oculomotor dysfunction; one-on-one; 21 matches: passes.
        ["v5-h116-cfnr-dva-and-npc"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(A. Okonkwo, PT, DPT, NCS)
            NMR (97112)(1:1)(21')
            (Tx: saccades between 2 targets on foam; VOR x1 walking; pursuit tracking while walking between cones)
            (Deficit: post-concussion oculomotor + vestibulo-ocular dysfunction, surf instructor)
            (Measure: DVA 3 lines lost; NPC 9 cm)
            """,
            ["S06.0X0D", "F07.81"], [PT("97112", 21)], []),

        // ---------------------------------------------------------------- class 6: minutes in these notations, true mismatches, truly missing separate time

        // SFTOR PT three codes read from a parallel list "TE/NMR/MT 15/23/10 min" (15, 23 and 10, all match); one-on-one; step-downs and squats with doses; foam perturbations with FGA; patellar glides with degrees; L knee after an ACL repair: passes.
        ["v6-h116-sftor-parallel-te-nmr-mt"] = new(
            """
            SFTOR Great Bend · PT daily · DOS 03/04/26 · M. Oeding, PT, DPT
            TE/NMR/MT 15/23/10 min · 1:1 w/ PT whole visit
            TE | tx: goblet squat 20# 3x10, lat step-downs 6" 3x10, Nordic curls 2x6 | why: L quad/HS weakness s/p L ACL recon 11/4/25
            NMR | tx: perturb in SLS on foam, hop-and-stick, tandem w/ head turns | why: ↓ L knee proprioception + quad timing | #s: FGA 26/30, sticks 7/10
            MT | tx: patellar glides sup/med, STM distal quad | why: L patellar hypomobility | #s: knee flex 118→125°
            """,
            ["S83.512D"], [PT("97110", 15), PT("97112", 23), PT("97140", 10)], []),

        // TPT owner "97110/97112 = 15/23 min" (15 and 23, both match); one-on-one; bridges and step-ups with doses; rocker board and perturbations with Berg; hip weakness and ankle proprioception: passes.
        ["v6-h116-tpt-codes-equals-minutes-parallel"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            97110/97112 = 15/23 min — 1:1/pt & me throughout
            TE/ bridges 3x15, step-ups 8" 3x10, SL hip abd 2x12 — b/l hip ext/abd weakness
            NMR/ rocker board M/L EC, perturb on foam, tandem w/ head turns — ↓ b/l ankle proprio
            #s/ Berg 45/56; rocker M/L EC 9 s
            """,
            ["M62.81", "R26.81"], [PT("97110", 15), PT("97112", 23)], []),

        // CFNR two parenthesised codes "NMR (97112)(1:1)(23')" and "TE (97110)(14')" (both match); half-kneel rhythmic stabilisation and foam stepping with Berg; bridges and sit-to-stand with doses; trunk control and hip weakness after a stroke: passes.
        ["v6-h116-cfnr-two-codes-with-primes"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(W. Brunson, PT)
            NMR (97112)(1:1)(23')
            (Tx: rhythmic stabilization in half-kneel; step-ups onto foam w/ a hold; lat weight shifts w/ reaching)
            (Deficit: ↓ trunk postural control s/p R CVA)
            (Measure: Berg 42/56)
            TE (97110)(14')
            (Tx: bridges 3x12; sit→stand from 18" 3x8; L hip abd 3x10 w/ 2# cuff)
            (Deficit: L hip ext/abd weakness (3+/5))
            """,
            ["I69.354"], [PT("97112", 23), PT("97110", 14)], []),

        // SFTOR parallel "TE/NMR 25/23 min" on a 14-min 97110 line: mismatch on 97110; 97112's 23 matches; both sections complete (1:1; clamshells and bridges with doses; foam perturbations and TUG; hip weakness and postural control).
        ["v6-h116-sftor-parallel-te-25-on-14"] = new(
            """
            SFTOR Larned · PTA daily · DOS 03/04/26 · K. Rugan, PTA
            TE/NMR 25/23 min · 1:1 w/ PTA
            TE | tx: clamshells grn band 3x15, bridges 3x12, standing hip ext 2x10 | why: L hip abd/ext weakness
            NMR | tx: perturb on foam, tandem walking w/ head turns | why: ↓ postural control turning | #s: TUG 12.4 s
            """,
            ["M62.81", "R26.81"], [PTA("97110", 14), PTA("97112", 23)], [At(Mismatch, "97110")]),

        // TPT owner "97112/NMR 32 min" on a 22-min line: mismatch; otherwise complete (1:1; foam perturbations and side-hill walking; ankle proprioception; SLS).
        ["v6-h116-tpt-nmr-32-on-22"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            97112/NMR 32 min — 1:1/pt & me
            tx/ perturb on foam, side-hill walking, SLS w/ ball tosses
            why/ ↓ R ankle proprio after the sprain on the bathhouse steps 2/2
            #s/ SLS R 6 s / L 22 s
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // CFNR "GT (97116)(30')" on an 18-min line: mismatch; otherwise complete (RW gait with cues; short L step after a stroke; distance and CGA).
        ["v6-h116-cfnr-gait-30-prime-on-18"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Southport)(DOS 03/04/2026)(L. Pridgen, PTA)
            GT (97116)(30')
            (Tx: gait trng w/ RW down the hall + out to the parking lot, cues for L heel strike + step length)
            (Deficit: short L step + L knee hyperextension in stance s/p R CVA)
            (Measure: 250 ft RW CGA)
            """,
            ["I69.354"], [PTA("97116", 18)], [At(Mismatch, "97116")]),

        // SFTOR "TE/NMR 38 min" as one number for two codes: no minutes for each — separate time missing; both sections complete (1:1; leg press and step-ups with doses; foam perturbations with Berg; quad weakness and postural control).
        ["v6-h116-sftor-te-nmr-38-combined"] = new(
            """
            SFTOR Great Bend · PTA daily · DOS 03/04/26 · T. Schmidtberger, PTA
            TE/NMR 38 min · 1:1 w/ PTA
            TE | tx: leg press 70# 3x12, fwd step-ups 6" 3x10 | why: R quad weakness s/p R TKA
            NMR | tx: perturb on foam, tandem w/ head turns | why: ↓ R knee proprio + postural control | #s: Berg 46/56
            """,
            ["Z96.651", "R26.81"], [PTA("97110", 15), PTA("97112", 23)], [SepTime]),

        // TPT owner's clock range for the whole visit "tx 0830-0910 (NMR + TE)" and no minutes for either code: separate time missing; both sections complete (1:1; rocker and perturbations with Berg; bridges and step-ups with doses; ankle proprioception and hip weakness).
        ["v6-h116-tpt-visit-clock-range-only"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            tx 0830-0910 (NMR + TE) — 1:1/pt & me
            NMR/ rocker board A/P EC, perturb on foam — ↓ b/l ankle proprio; Berg 44/56
            TE/ bridges 3x15, step-ups 8" 3x10 — b/l hip ext weakness
            """,
            ["R26.81", "M62.81"], [PT("97112", 25), PT("97110", 15)], [SepTime]),

        // CFNR "NMR (97112)(1:1)(23')" and "GT (97116)( ')" with the gait prime left blank: no minutes for the gait code — separate time missing; both sections complete (foam perturbations with FGA; cane gait with distance and SBA; postural control and short step).
        ["v6-h116-cfnr-gait-prime-left-blank"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Leland)(DOS 03/04/2026)(W. Brunson, PT)
            NMR (97112)(1:1)(23')
            (Tx: perturbations on foam; tandem w/ head turns) (Deficit: ↓ postural control, PD) (Measure: FGA 17/30)
            GT (97116)( ')
            (Tx: gait trng w/ SPC, cues for big steps + arm swing) (Deficit: short shuffling steps, PD) (Measure: 350 ft SPC SBA)
            """,
            ["G20.A1"], [PT("97112", 23), PT("97116", 15)], [SepTime]),

        // SFTOR PTA clock range on the gait line "97116 GT 1015-1037" (22 min, matches); SPC gait on the hall and the curb with cues; antalgic short R stance after a hip fracture; distance and SBA: passes.
        ["v6-h116-sftor-clock-range-on-the-gait-line"] = new(
            """
            SFTOR Dodge City · PTA daily · DOS 03/04/26 · L. Armendariz, PTA
            97116 GT 1015-1037 | tx: gait trng RW → SPC on the hall + curb, cues for R heel strike + equal step length | why: antalgic gait, short R stance s/p R hip IMN 12/18/25 | #s: 350 ft SPC SBA, curb CGA
            """,
            ["S72.141D"], [PTA("97116", 22)], []),

        // TPT owner's date beside the minutes "3/4 — 97112 23 min / 97110 12 min; next 3/6" (23 and 12, both match); one-on-one; foam perturbations with DGI; band exercise with doses; vestibular hypofunction and shoulder weakness: passes.
        ["v6-h116-tpt-dates-beside-the-minutes"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT
            3/4 — 97112 23 min / 97110 12 min; next 3/6
            1:1/pt & me both codes
            NMR/ VOR x1 on foam, head-turn walking, perturb on foam — L vestibular hypofunction; DGI 19/24
            TE/ rows 10# 3x12, ER red band 3x12, wall slides 2x10 — R shoulder weakness after the fall off the flatbed
            """,
            ["H81.22", "M62.81"], [PT("97112", 23), PT("97110", 12)], []),

        // CFNR score in the parentheses beside the minutes "NMR (97112)(1:1)(22')(Berg 44/56)" (22 matches); tandem, foam perturbations and step-overs; postural control; passes.
        ["v6-h116-cfnr-score-beside-the-minutes"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Southport)(DOS 03/04/2026)(W. Brunson, PT)
            NMR (97112)(1:1)(22')(Berg 44/56)
            (Tx: tandem walking w/ head turns; perturbations on foam; lat step-overs EC)
            (Deficit: ↓ postural control + delayed stepping, ferry ticket-taker, stumbles on the ramp)
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // SFTOR "97112 NMR 23 min (Berg 46/56 today 3/4)" with the score and date beside the minutes (23 matches); one-on-one; rocker and perturbations; ankle proprioception: passes.
        ["v6-h116-sftor-score-and-date-beside-the-minutes"] = new(
            """
            SFTOR Great Bend · PTA daily · T. Schmidtberger, PTA
            97112 NMR 23 min (Berg 46/56 today 3/4) | 1:1 w/ PTA | tx: rocker bd EC, perturb on foam, step-and-stick | why: ↓ L ankle proprio, rolls it stepping off the elevator dock
            """,
            ["S93.402D"], [PTA("97112", 23)], []),

        // CFNR a PT's 97112 and an OT's 97530 on one visit, "NMR (97112)(PT)(1:1)(24')" and "TA (97530)(OT)(22')" (both match per discipline); PNF and foam work with Berg; bathroom transfers and dressing with counts and assist; R hemiparesis: passes.
        ["v6-h116-cfnr-pt-and-ot-each-in-parentheses"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(A. Okonkwo, PT, DPT, NCS / C. Dubose, OTR/L)
            NMR (97112)(PT)(1:1)(24')
            (Tx: PNF D1 LE patterns; foam stance w/ perturbations; stepping over a hose) (Deficit: R hemiparesis, poor R weight acceptance) (Measure: Berg 40/56)
            TA (97530)(OT)(22')
            (Tx: tub-bench transfer, toilet transfer w/ grab bar, pants on standing at the sink) (Deficit: R hemiparesis, R grip weak) (Measure: tub bench x4 CGA; toilet x5 SBA)
            """,
            ["I69.351"], [PT("97112", 24), OT("97530", 22)], []),

        // TPT a PT's 97112 and a PTA's 97110 on one visit "PT: 97112 23 min / PTA: 97110 15 min" (both match); one-on-one for the NMR; perturbations and tandem with Berg; bridges and step-ups with doses; postural control and hip weakness: passes.
        ["v6-h116-tpt-pt-and-pta-each-with-minutes"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT / J. Sandoval PTA — 3/4/26
            PT: 97112 23 min / PTA: 97110 15 min
            NMR (PT)/ 1:1 pt & me; perturb on foam, tandem w/ head turns, hurdle steps — ↓ postural control; Berg 43/56
            TE (PTA)/ bridges 3x15, step-ups 6" 3x10, SL hip abd 3x10 — b/l hip weakness
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PTA("97110", 15)], []),

        // SFTOR parallel "97110/97530 = 12/24 min" on a 13-min 97530 line: mismatch on 97530; 97110's 12 matches; both sections complete (band and step work with doses; saddle and bucket tasks with counts; shoulder and hip weakness).
        ["v6-h116-sftor-parallel-97530-24-on-13"] = new(
            """
            SFTOR Dodge City · PTA daily · DOS 03/04/26 · L. Armendariz, PTA
            97110/97530 = 12/24 min
            97110 | tx: rows grn band 3x12, ER grn band 3x12, step-ups 6" 3x10 | why: R shoulder + R hip weakness
            97530 | tx: saddle lift to the rack x5, feed bucket 25# carry 40 ft x4, gate latch overhead x10 | why: can't saddle his horse or carry feed | #s: counts as listed, SBA
            """,
            ["M62.81"], [PTA("97110", 12), PTA("97530", 13)], [At(Mismatch, "97530")]),

        // TPT owner single 97112 with no minutes written anywhere: with one timed code nothing to mismatch or separate; one-on-one; foam and perturbation work; ankle proprioception; SLS and Y-balance: passes.
        ["v6-h116-tpt-single-code-no-minutes"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            97112/NMR — 1:1/pt & me
            tx/ SLS on foam w/ head turns, M/L perturb, hop-and-stick lat
            why/ ↓ L ankle proprio after the 3rd sprain roping
            #s/ SLS foam L 8 s / R 25 s; Y-bal ant L 60 cm / R 67 cm
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h116-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97110", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // A note of spaces and line breaks only (cells are trimmed) on a PTA's 97116 with a diagnosis: note missing only.
        ["v7-h116-spaces-and-line-breaks-97116"] = new(
            "   \n    \n  ",
            ["Z96.641"], [PTA("97116", 20)], [At(NoteMissing, "97116")]),

        // An empty note on a PT's 97140 with no diagnosis: note missing and diagnosis missing.
        ["v7-h116-empty-note-97140-no-dx"] = new(
            "",
            [], [PT("97140", 12)], [At(NoteMissing, "97140"), Dx]),

        // 97110's meaning on an SFTOR dense line: LAQ, SLR, TKE and heel slides with loads, sets and reps (technique and measure), L quad weakness and extension lag after a knee replacement (deficit); 17 matches: passes.
        ["v7-h116-sftor-97110-dense-line-after-tka"] = new(
            """
            SFTOR Kinsley · PTA daily · DOS 03/04/26 · K. Rugan, PTA
            97110 TE 17 min | tx: LAQ 3x10 @ 3# b/l, SLR 2x12 L, TKE blue band 3x15, heel slides 2x15 w/ strap | why: L quad weakness + 10° ext lag s/p L TKA 1/6/26, can't do the 3 steps into the church | #s: doses as listed
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 17)], []),

        // 97530's meaning on a TPT note: kneeling to a ewe and back up, lifting a lamb into the jug pen, carrying water buckets, with counts, loads and assist (technique and measure), knee and low-back limits in the lambing shed (deficit); 23 matches: passes.
        ["v7-h116-tpt-97530-lambing-shed"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            97530/TA 23 min
            tx/ half-kneel → kneel to a mock ewe + back up; lifting a 12# lamb (sandbag) over the jug-pen rail; carrying 2 water buckets 20# ea 60 ft
            why/ R knee + low back limits — can't kneel to pull a lamb or carry water to the jugs
            #s/ kneel↔stand x6 w/ one hand on the rail; lamb lift x8 SBA; buckets x3 trips
            """,
            ["M17.11", "M54.50"], [PT("97530", 23)], []),

        // 97140's meaning on a TPT note: central PA glides gr III-IV L4/5 and STM to the paraspinals (technique), L4-5 hypomobility with pain getting out of the pickup (deficit), extension degrees (measure); 12 matches: passes.
        ["v7-h116-tpt-97140-pa-glides"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            97140/MT 12 min
            tx/ central PA glides L4/L5 gr III-IV 3 x 30 s; STM b/l lumbar paraspinals + R QL
            why/ L4-5 hypomobility, c/o 5/10 LBP getting out of the pickup
            #s/ lumbar ext 10→18° after
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // 97116's meaning on a CFNR note: RW to SPC gait with cues on the hall, a ramp and stairs (technique), short L step and toe drag after a stroke (deficit), distance and assist levels (measure); "(21')" matches: passes.
        ["v7-h116-cfnr-97116-rw-to-spc"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Southport)(DOS 03/04/2026)(L. Pridgen, PTA)
            GT (97116)(21')
            (Tx: gait trng RW → SPC on the hall, ramp + 4 stairs w/ rail, cues for L hip/knee flexion in swing)
            (Deficit: short L step + L toe drag s/p R CVA)
            (Measure: 300 ft SPC CGA; stairs step-to w/ rail SBA)
            """,
            ["I69.354"], [PTA("97116", 21)], []),

        // SFTOR wholly generic dense line "97112 NMR 23 min | bal trng | tol well | cont POC": no technique, deficit, measure or one-on-one.
        ["v7-h116-sftor-generic-dense-line-97112"] = new(
            """
            SFTOR Larned · PTA daily · K. Rugan, PTA
            97112 NMR 23 min | bal trng | tol well | cont POC
            """,
            ["R26.81"], [PTA("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // TPT owner "TE/MT 15/10 min — ther ex/manual per POC, tol well, cont" (each code's minutes in parallel, both match): nothing named for either code.
        ["v7-h116-tpt-generic-parallel-te-mt"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT
            TE/MT 15/10 min — ther ex/manual per POC, tol well, cont
            """,
            ["M54.50"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // CFNR "(Tx: balance/coord ex's)(Deficit: —)(Measure: —)" with "(1:1)": generic only, no technique, deficit or measure; one-on-one stated.
        ["v7-h116-cfnr-generic-balance-coord"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Leland)(L. Pridgen, PTA)
            NMR (97112)(1:1)(23')
            (Tx: balance/coord ex's)
            (Deficit: —)
            (Measure: —)
            (Plan: cont POC)
            """,
            ["R26.81"], [PTA("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // SFTOR "97530 TA 20 min | functional activities | tol well | cont POC": nothing named, targeted or measured.
        ["v7-h116-sftor-generic-functional-activities-97530"] = new(
            """
            SFTOR Dodge City · PTA daily · L. Armendariz, PTA
            97530 TA 20 min | functional activities | tol well | cont POC
            """,
            ["M62.81"], [PTA("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // SFTOR Great Bend PTA 97110 dense line: mini-squats, step-ups, hamstring curls with doses; R knee OA with quad weakness, c/o stairs; 15 matches: passes.
        ["vord-h116-sftor-great-bend-knee-oa-97110"] = new(
            """
            SFTOR Great Bend · PTA daily · DOS 03/04/26 · T. Schmidtberger, PTA
            97110 TE 15 min | tx: mini-squats 3x12, fwd step-ups 6" 3x10, standing HS curls 3# 3x12, bike warm-up not billed | why: R knee OA w/ quad weakness (4/5), c/o 4/10 on the elevator stairs | #s: doses as listed
            """,
            ["M17.11"], [PTA("97110", 15)], []),

        // SFTOR Larned PTA two dense lines, "97112 NMR 22 min" and "97110 TE 15 min" (both match); one-on-one; foam perturbations and tandem with Berg; bridges and clamshells with doses; postural control and hip weakness: passes.
        ["vord-h116-sftor-larned-nmr-and-te"] = new(
            """
            SFTOR Larned · PTA daily · DOS 03/04/26 · K. Rugan, PTA
            97112 NMR 22 min | 1:1 w/ PTA, no other pt | tx: perturb on foam A/P + M/L, tandem w/ head turns, lat step-overs | why: ↓ postural control + slow stepping, retired Santa Fe conductor | #s: Berg 45/56
            97110 TE 15 min | tx: bridges 3x15, clamshells grn band 3x12, sit→stand 3x8 | why: b/l hip ext/abd weakness | #s: doses as listed
            """,
            ["R26.81", "M62.81"], [PTA("97112", 22), PTA("97110", 15)], []),

        // SFTOR Kinsley PT 97140 shoulder: GH posterior and inferior glides gr III, STM to the infraspinatus; R shoulder stiffness after a fall on ice; flexion and ER degrees; 11 matches: passes.
        ["vord-h116-sftor-kinsley-shoulder-97140"] = new(
            """
            SFTOR Kinsley · PT daily · DOS 03/04/26 · M. Oeding, PT, DPT
            97140 MT 11 min | tx: GH post + inf glides gr III, STM R infraspinatus/teres minor | why: R shoulder stiffness after a fall on ice 1/12, can't reach the top shelf at the bowling alley desk | #s: flex 125→138°, ER 38→47°
            """,
            ["M25.611"], [PT("97140", 11)], []),

        // SFTOR Dodge City PTA 97116: walker to cane on the hall and the gravel lot with cues; short L step after a hip replacement; distance and SBA/CGA; 21 matches: passes.
        ["vord-h116-sftor-dodge-city-gait-97116"] = new(
            """
            SFTOR Dodge City · PTA daily · DOS 03/04/26 · L. Armendariz, PTA
            97116 GT 21 min | tx: gait trng RW → SPC on the hall + gravel lot, cues for L heel strike + upright trunk | why: short L step + L Trendelenburg s/p L THA 1/27 | #s: 450 ft SPC SBA indoors, 200 ft gravel CGA
            """,
            ["Z96.642"], [PTA("97116", 21)], []),

        // SFTOR Great Bend PTA 97530 grain-elevator tasks: ladder climbing, scoop shovel, carrying sample buckets; R shoulder and back limits; counts and loads; 22 matches: passes.
        ["vord-h116-sftor-grain-elevator-97530"] = new(
            """
            SFTOR Great Bend · PTA daily · DOS 03/04/26 · T. Schmidtberger, PTA
            97530 TA 22 min | tx: ladder climb 8 rungs up/down x4, scoop shovel 15# grain into a bin x20, carry sample buckets 10# ea 80 ft x3 | why: R shoulder pain + ↓ trunk endurance after the rotator cuff repair, can't climb the bin ladder w/ a load | #s: counts + loads as listed, SBA on the ladder
            """,
            ["M75.121", "Z47.89"], [PTA("97530", 22)], []),

        // SFTOR PT parallel "NMR/MT 23/10 min" (23 and 10, both match); one-on-one; hop-and-stick and foam perturbations with Y-balance; talocrural glides with degrees; ankle proprioception and stiffness: passes.
        ["vord-h116-sftor-parallel-nmr-mt"] = new(
            """
            SFTOR Great Bend · PT daily · DOS 03/04/26 · M. Oeding, PT, DPT
            NMR/MT 23/10 min · 1:1 w/ PT
            NMR | tx: hop-and-stick fwd/lat, SLS on foam w/ perturb, rocker bd EC | why: ↓ R ankle proprioception after the 2nd inv sprain | #s: Y-bal ant R 58 cm / L 67 cm, sticks 6/10
            MT | tx: talocrural post glides gr III-IV, STM R gastroc | why: ↓ R ankle DF | #s: DF 5→10°
            """,
            ["S93.401D"], [PT("97112", 23), PT("97140", 10)], []),

        // CFNR 97112 after a stroke: PNF D2 lower-extremity patterns, weight shifts onto the R with tapping, step-and-stick; R hemiparesis with poor weight acceptance; step-and-stick count and FGA; one-on-one; 24 matches: passes.
        ["vord-h116-cfnr-stroke-weight-acceptance"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(A. Okonkwo, PT, DPT, NCS)
            NMR (97112)(1:1)(24')
            (Tx: PNF D2 LE patterns in standing; weight shifts onto the R w/ tapping to the glute med; step-and-stick onto foam R leading)
            (Deficit: R hemiparesis s/p L CVA, poor R weight acceptance + late R step)
            (Measure: step-and-stick 6/10 w/o a hand; FGA 15/30)
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // CFNR 97112 for MS with reflex grades "3+/4 L, 2+/4 R" and "(Plan: f/u w/ neuro 3/18)": foam marching, perturbations, cone step-overs; L leg proprioception and fatigue-related sway; Berg and tandem; one-on-one; 23 matches: passes.
        ["vord-h116-cfnr-ms-plan-follow-up-date"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Leland)(DOS 03/04/2026)(W. Brunson, PT)
            NMR (97112)(1:1)(23')
            (Tx: marching on foam; perturbations in tandem; stepping over cones w/ a cup of water)
            (Deficit: ↓ L LE proprioception + sway w/ fatigue, MS; patellar DTR 3+/4 L, 2+/4 R)
            (Measure: Berg 47/56; tandem 11 s)
            (Plan: f/u w/ neuro 3/18; progress to EC)
            """,
            ["G35"], [PT("97112", 23)], []),

        // CFNR PTA 97116 for Parkinson's: big-step gait with visual lines on the floor and a metronome; shuffling and freezing at doorways; distance, gait speed and freezing count; "(22')" matches: passes.
        ["vord-h116-cfnr-pta-parkinsons-gait-97116"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Southport)(DOS 03/04/2026)(L. Pridgen, PTA)
            GT (97116)(22')
            (Tx: gait trng w/ tape lines on the floor + metronome @ 100 bpm, cues for big steps + heel strike, doorway approaches)
            (Deficit: shuffling gait + freezing at doorways, PD)
            (Measure: 500 ft no AD SBA; 10MWT 0.92 m/s; freezing 1/6 doorways (4/6 @ IE))
            """,
            ["G20.A1"], [PTA("97116", 22)], []),

        // CFNR OT 97530: bathroom and kitchen tasks with the reacher; R UE weakness and standing tolerance after a stroke; counts and assist; "(23')" matches: passes.
        ["vord-h116-cfnr-ot-kitchen-and-bathroom-97530"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(C. Dubose, OTR/L)
            TA (97530)(23')
            (Tx: toilet transfer w/ grab bar; reacher to pick up dropped items; carrying a plate from the counter to the table w/ the RW tray)
            (Deficit: R UE weakness + ↓ standing tolerance s/p L CVA)
            (Measure: toilet transfer x4 SBA; reacher 8/10 items; plate carry x3 CGA)
            """,
            ["I69.351"], [OT("97530", 23)], []),

        // CFNR 97112 and 97116 in two parenthesised blocks "(23')" and "(15')" (both match); one-on-one; tandem and perturbations with Mini-BESTest; cane gait with distance and SBA; postural instability and short steps in Parkinson's: passes.
        ["vord-h116-cfnr-nmr-and-gait"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(W. Brunson, PT)
            NMR (97112)(1:1)(23')
            (Tx: tandem w/ head turns; perturbations in stride stance; backward stepping to targets) (Deficit: postural instability + retropulsion, PD) (Measure: Mini-BESTest 18/28)
            GT (97116)(15')
            (Tx: gait trng w/ SPC, cues for big steps, arm swing + turns) (Deficit: short steps, en bloc turns, PD) (Measure: 400 ft SPC SBA)
            """,
            ["G20.A1"], [PT("97112", 23), PT("97116", 15)], []),

        // CFNR vestibular 97112: VOR x1 on a busy background, habituation to the provoking positions, walking with head turns; R vestibular hypofunction; DGI and DVA; one-on-one; 22 matches: passes.
        ["vord-h116-cfnr-vestibular-riverwalk"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(A. Okonkwo, PT, DPT, NCS)
            NMR (97112)(1:1)(22')
            (Tx: VOR x1 against a checkerboard, seated→standing; habituation to the provoking positions (rolling R, bending to the floor); walking w/ head turns)
            (Deficit: R vestibular hypofunction — dizzy turning to look at the river from the Riverwalk)
            (Measure: DGI 18/24; DVA 3 lines lost (5 @ IE))
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // TPT owner 97112 for a retired railroad man: stepping strategy to pushes, foam head turns, backward walking; slow backward stepping; pull test and TUG; one-on-one; 23 matches: passes.
        ["vord-h116-tpt-railroad-man-backward-stepping"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            82 y/o M, retired BNSF through Wind River Canyon, 2 falls bwd since Xmas. Appt 0815.
            97112/NMR 23 min — 1:1/pt & me
            tx/ stepping strategy to bwd + lat pushes; foam stance w/ head turns; bwd walking w/ stop on cue
            why/ slow bwd stepping + ↓ post postural control
            #s/ pull test 2 steps; TUG 12.8 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // TPT owner two codes on separate lines "97110/TE 14 min" and "97140/MT 10 min" (both match); rows and ER with doses; posterior glides and STM with degrees; R shoulder weakness and stiffness: passes.
        ["vord-h116-tpt-shoulder-te-and-mt"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            97110/TE 14 min
            tx/ rows 10# 3x12, ER red band 3x12, wall walks 2x10 — R shoulder weakness after the fall off the hay stack
            97140/MT 10 min
            tx/ GH post glides gr III, STM R post cuff — R shoulder stiffness; ER 35→44° after
            """,
            ["M25.611", "M62.81"], [PT("97110", 14), PT("97140", 10)], []),

        // TPT PTA 97110 for the bathhouse attendant: calf raises, step-ups, hip abduction with doses; L ankle weakness after a fracture; 15 matches: passes.
        ["vord-h116-tpt-pta-bathhouse-ankle-97110"] = new(
            """
            TPT/Thermopolis — J. Sandoval PTA — 3/4/26
            97110/TE 15 min
            tx/ calf raises 3x15 b/l → 2x10 L only; fwd step-ups 6" 3x10; SL hip abd 2x12; ankle 4-way red band 2x15
            why/ L ankle PF/DF weakness s/p L distal fib fx, bathhouse attendant, wet tile + steps all day
            """,
            ["S82.62XD"], [PTA("97110", 15)], []),

        // TPT contract OT 97530 in Worland: buttoning, zipping and jar opening after a hand injury; R hand weakness; grip and counts; 21 matches: passes.
        ["vord-h116-tpt-ot-hand-tasks-97530"] = new(
            """
            TPT/Worland (Thu) — K. Lungren OTR/L — 3/4/26
            97530/TA 21 min
            tx/ buttoning a work shirt, zipping a Carhartt, opening jars + a tobacco can
            why/ R hand weakness + stiffness s/p R flexor tendon repair
            #s/ grip R 32# / L 70#; shirt buttoned in 55 s; jars 4/5
            """,
            ["S66.011D"], [OT("97530", 21)], []),

        // TPT owner 97116 for the dinosaur-dig volunteer: cane gait on the gravel, the grass slope and the curb with cues; short R stance after a knee replacement; distance and SBA; 20 matches: passes.
        ["vord-h116-tpt-dig-volunteer-gait-97116"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            97116/GT 20 min
            tx/ gait trng w/ SPC on the gravel lot, the grass slope + the curb, cues for R knee flexion in swing + heel strike
            why/ stiff-knee gait, short R stance s/p R TKA 12/9/25 — wants back on the dig site slopes
            #s/ 600 ft SPC SBA; slope + curb SBA
            """,
            ["Z96.651"], [PT("97116", 20)], []),

        // SFTOR Dodge City PTA 97530 car transfers "car I/O" and a pickup cab: L hip weakness after a replacement; counts and assist; 18 matches: passes.
        ["vord-h116-sftor-car-i-o-97530"] = new(
            """
            SFTOR Dodge City · PTA daily · DOS 03/04/26 · L. Armendariz, PTA
            97530 TA 18 min | tx: car I/O in the sedan mock-up x5, pickup cab I/O w/ the grab handle x4, stepping up onto the running board x6 | why: L hip weakness + post hip precautions s/p L THA, can't get into his pickup | #s: car I/O SBA, cab CGA
            """,
            ["Z96.642", "Z47.1"], [PTA("97530", 18)], []),

        // CFNR PTA 97112 for Parkinson's: big-amplitude reaching and stepping, dual-task turns, perturbations; freezing and postural control; Mini-BESTest and turn steps; one-on-one; 22 matches: passes.
        ["vord-h116-cfnr-pta-parkinsons-nmr"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Leland)(DOS 03/04/2026)(L. Pridgen, PTA)
            NMR (97112)(1:1 ☑ / concurrent ☐ / grp ☐)(22')
            (Tx: big-amplitude reaching + stepping to targets; dual-task 360° turns counting by 3s; perturbations at the pelvis)
            (Deficit: ↓ postural control + freezing on turns, PD)
            (Measure: Mini-BESTest 20/28; 360° turn 5 steps)
            """,
            ["G20.A1"], [PTA("97112", 22)], []),

        // TPT owner "97112/97530 = 23/15 min" (both match); one-on-one; foam perturbations and tandem with Berg; saddle and gate tasks with counts; postural control and shoulder weakness: passes.
        ["vord-h116-tpt-nmr-and-ta-parallel"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            97112/97530 = 23/15 min — 1:1/pt & me
            NMR/ perturb on foam, tandem w/ head turns, step-overs EC — ↓ postural control after the fall in the corral; Berg 46/56
            TA/ saddle 30# from the rack to a sawhorse x4, gate latch overhead x10 — R shoulder weakness; SBA
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97530", 15)], []),

        // CFNR complete 97112 (one-on-one; rocker board, perturbations and foam turns; ankle proprioception; rocker seconds and Berg) sent with no diagnosis.
        ["vord-h116-cfnr-no-diagnosis"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Southport)(DOS 03/04/2026)(W. Brunson, PT)
            NMR (97112)(1:1)(22')
            (Tx: rocker board M/L EC; perturbations on foam; quick turns on foam)
            (Deficit: ↓ R ankle proprioception after the sprain on the ferry ramp)
            (Measure: rocker M/L EC 11 s; Berg 48/56)
            """,
            [], [PT("97112", 22)], [Dx]),

        // TPT complete 97110 (squats, step-ups, leg press with doses; R knee OA with quad weakness) whose claim diagnosis was typed slash-joined "M17.11/M25.561": not a well-formed ICD-10-CM code.
        ["vord-h116-tpt-slash-joined-diagnosis-cell"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            97110/TE 16 min
            tx/ box squats 3x10, step-ups 8" 3x10, leg press 80# 3x12
            why/ R knee OA w/ quad weakness — c/o pain on the hot-springs pool steps
            """,
            ["M17.11/M25.561"], [PT("97110", 16)], [Dx]),

        // SFTOR PTA parallel "TE/GT 15/30 min" on an 18-min 97116 line: mismatch on 97116; 97110's 15 matches; both sections complete (step-ups and bridges with doses; cane gait with distance and SBA; quad weakness and short step after a knee replacement).
        ["vord-h116-sftor-pta-parallel-gait-30-on-18"] = new(
            """
            SFTOR Great Bend · PTA daily · DOS 03/04/26 · T. Schmidtberger, PTA
            TE/GT 15/30 min
            TE | tx: step-ups 6" 3x10, bridges 3x15, TKE blue band 3x15 | why: L quad weakness s/p L TKA
            GT | tx: gait trng SPC on the hall + stairs, cues for L knee flexion in swing | why: short R step, stiff L knee | #s: 400 ft SPC SBA, 12 stairs w/ rail
            """,
            ["Z96.652"], [PTA("97110", 15), PTA("97116", 18)], [At(Mismatch, "97116")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
