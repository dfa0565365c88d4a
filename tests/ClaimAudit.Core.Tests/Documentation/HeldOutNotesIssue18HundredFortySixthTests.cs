using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-forty-sixth held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have). The
/// engine's output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, twenty-first session, blind beside the hundred-and-forty-fifth) is one ordinary
/// Wednesday (4 March 2026) at four practices no earlier set has, far apart, each with its own EMR template and its own
/// writers, and the ordinary mix of balance, vestibular, neuro, ortho and gait patients — about two thirds ordinary and
/// complete (73 of 110), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a
/// PT's and an OT's code on one visit), by PTs, PTAs and OTs:
/// <list type="number">
/// <item>a bayou-country outpatient practice ("Petit Caillou Physical Therapy", PCPT: the Grand Caillou Road clinic in
/// Houma and the Canal Boulevard clinic in Thibodaux, Louisiana), whose "PCPT Daily" template reads "Code 97112 Neuro
/// re-ed ........ 24 min" with dotted leaders, an "Attendance: [X] one-on-one [ ] concurrent [ ] group" row, and
/// "Did:", "For:" and "Numbers:" lines: Clothilde "Cleo" Robichaux (PT, DPT, Houma), Jules Guidry (PTA, Houma, who
/// writes the way he talks — "mais", "cher", "ça c'est bon") and Annette Breaux (PT, Thibodaux); a shrimper whose trawl
/// boat rolls under him, a crabber running his traps in a bateau, a deckhand off a Port Fourchon supply boat, a retired
/// cane farmer, a woman who dances at the Saturday fais do-do, a camp on stilts with its long stair, "making groceries"
/// at the Rouses, a wife who sits in, and the gaps in care of last hurricane season (evacuated to Lafayette, the clinic
/// without power);</item>
/// <item>a Maine coastal practice ("Harbor Light Physical Therapy", HLPT: Stonington on Deer Isle, Blue Hill and
/// Ellsworth), writing S:/O:/A:/P: notes with a "Billed: 97112 (22 min)" line, "☐ 1:1 ☐ group" boxes and blank "Berg
/// ____" rules: Margaret "Peg" Sargent (PT, DPT, Stonington), Caleb Eaton (PTA, Blue Hill) and Hollis Grindle (PT,
/// Ellsworth, who writes in clipped fragments and clock ranges); a lobsterman and his stern man, a boatyard rigger at
/// the spring launch, a woodstove and the armloads of split wood it takes, ice on the dooryard, the steep float ramp at
/// low tide, mud season and long winter drives down Route 15 over the Deer Isle bridge;</item>
/// <item>a Detroit-suburb hospital outpatient clinic ("Lakeside Macomb Hospital — Outpatient Rehabilitation", LMH: the
/// Sterling Heights main campus and its Warren and Roseville satellites), on a hospital EMR whose "Timed Procedures"
/// section lists "97112 Neuromuscular Re-ed: 24 Minutes", whose wildcard "***" marks a field nobody typed and whose
/// unanswered pick-lists come through as "{LMH DELIVERY TYPE:30451}": Keisha Whitfield (PT, DPT, NCS), Dariusz Nowicki
/// (PT), LaToya Grant (PTA) and Renee Kaminski (OTR/L); autoworkers and retirees — thirty-one years on the line at
/// Warren Truck, a millwright, a retired engineer from the Tech Center, a euchre league, a bowling Tuesday, the Meijer
/// lot and Hall Road traffic, snow to shovel, and a Chaldean grandmother whose granddaughter interprets in
/// Sureth;</item>
/// <item>a tribal-border clinic in north-eastern Arizona ("Little Colorado River Therapy", LCRT: Winslow and a Holbrook
/// satellite, just off the Navajo Nation, with referrals from the Indian Health Service), on a small clinic's EMR that
/// prints a "Svc: NMR 97112 | Time: 23 minutes | 1:1: Y" row per code with "Activity:", "Problem:" and "Measure:"
/// lines: Loretta Begay (PT, DPT), Wendell Yazzie (PTA) and Emily Hartman (PT, in from Flagstaff two days a week); a
/// sheepherder, a rug weaver at her loom, a silversmith at his bench, water barrels hauled in a pickup bed, wood for
/// the stove, a railroad retiree, washboard dirt roads and a long drive in, a grandson interpreting in Navajo.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads notes from every part of the country,
/// applying the contract to what the note says in its writer's own idiom: a regional word is read for what it means
/// ("making groceries" is shopping, "the dooryard" is the yard), an EMR wildcard ("***"), an unanswered pick-list, an
/// unticked box, a "Y / N" left as printed, a rule ("____") and a dash state nothing, a ticked box or an answered "1:1:
/// Y" states what it marks, and a reference ("see eval", "per MD protocol", a branded programme's name) names nothing
/// the note does not itself say:
/// <list type="bullet">
/// <item>class 1 (v1-h146-…): one-on-one in these writers' own words ("me and Mr. Chauvin one-on-one for all of the
/// neuro re-ed, his wife Noelia sat in", "just me an' Miss Dot the whole time, nobody else on the mat", "she was my
/// only patient all through the NMR block; her son waited in the truck", Hollis's "1:1.", "Patient received individual
/// therapy (not group or concurrent) for all timed minutes", "treated one-on-one; granddaughter interpreted in Sureth",
/// "one-on-one the whole NMR time, his grandson interpreted in Navajo"), notes that negate it (a PTA who "took turns"
/// with two patients at the bars, a PTA's "concurrent" block on the balance system while she set up another patient, a
/// PT who "worked her in with Mr. Gautreaux on the balance beam at the same time") or never state it (a PTA's S/O/A/P
/// note with no word on delivery), and the codes without a one-on-one check: a 97110 beside another patient on the next
/// table and a 97116 in a walking pair down the hospital corridor;</item>
/// <item>class 2 (v2-h146-…): checkbox and blank-field states: "Attendance: [X] one-on-one [ ] concurrent [ ] group"
/// and the same row with nothing marked, "{LMH DELIVERY TYPE:30451}" left and the same pick-list answered "One-on-one"
/// over unrelated "***" fields, "1:1: Y" and "1:1: Y / N" left as printed, "Impairments: ***", "For: ________",
/// "Measure: —", "Berg ____ TUG ____ sec", "Technique: ***" on a 97140, "☐ 1:1 ☐ group" unticked over a typed
/// "one-on-one with Peg", an unbilled gait row printed "Time: N/A", a ✓ list of exercises with their doses, and
/// unrelated blanks ("Next visit: ____", "HEP given: [ ]");</item>
/// <item>class 3 (v3-h146-…): named programmes and methods as techniques (Otago strength-and-balance level C with its
/// named moves, Frenkel exercises for ataxia, Cawthorne-Cooksey head and eye exercises, LSVT BIG maximal daily
/// movements, VOR cancellation, Mulligan mobilisation with movement for a stiff ankle, positional release to a
/// piriformis, body-weight-supported treadmill training with its unloading, mirror therapy for a hand, perturbation
/// training on a treadmill) and the ones that name nothing: the practice's own "Steady on the Levee" protocol as the
/// only technique, "per MD protocol (phase II)" on a 97110, and PNF hold-relax with no number;</item>
/// <item>class 4 (v4-h146-…): deficits stated as findings in these writers' terms (a late ankle strategy when the deck
/// pitches, soles that cannot feel the ice in the dooryard, a foot that slaps and catches on the Meijer curb, a
/// shepherd's knee that snaps back on the rocky slope, a sugar-mill retiree's knee that buckles on the camp stairs, a
/// lobsterman who lists downhill on the float ramp at low tide, a deficit folded into the activity line, a man who
/// bends from the back and can't shovel his driveway) and notes that state none (the hospital default "Impairments:
/// None identified.", "Problem: see eval", "For: her daughter says she's doing better");</item>
/// <item>class 5 (v5-h146-…): measures in every usual form (a sharpened Romberg in seconds, a Fukuda step test in
/// degrees, a 10-metre walk in metres a second with an assistance level, loads in pounds, armloads of wood carried with
/// a distance, the Community Balance and Mobility Scale, the Multidirectional Reach Test in inches, a five-times
/// sit-to-stand beside a mCTSIB, a timed floor transfer in seconds) and notes with none ("Measure: not done today",
/// "feeling steadier, walked out to the car without the cane", an exercise list with no dose, "mais she still wobbles
/// with her eyes closed");</item>
/// <item>class 6 (v6-h146-…): minutes in these templates' forms (dotted leaders "Code 97110 Ther ex ........ 13 min",
/// "Billed: 97112 (22 min), 97140 (12 min)", a clock range on the code's own line, the EMR's "97112 Neuromuscular
/// Re-ed: 24 Minutes", the "Time: 22 minutes" grid row on three codes, a PT's and an OT's code, minutes written before
/// the code, "97116 x 18 min", a single code whose time was left "Time: ___ minutes") and true mismatches (a PTA's "35
/// min" on a 23-minute line, two codes' minutes swapped in the EMR, a clock range of thirty-five minutes on a 22-minute
/// line) and truly missing separate time ("Total timed: 38 min" for two codes, "97140 Manual Therapy: *** Minutes", a
/// gait row "__ min");</item>
/// <item>class 7 (v7-h146-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty note on a two-code visit, a note of tabs and line breaks, an empty PTA note with no diagnosis), the
/// contract's meanings for 97110 (a lobsterman's rows, band external rotation and wall slides), 97530 (water jugs
/// lifted into a pickup bed, up from a sheepskin on the floor), 97140 (lumbar rotational mobilisation and soft-tissue
/// work for a shrimper's back) and 97116 (rollator to straight cane across the hospital lobby and the curb), and wholly
/// generic notes: the hospital's 97112 "Balance and coordination activities. Pt tolerated well. Continue POC.", a
/// two-code "Ther ex and gait per plan. Tolerated good." and "Functional activities as tolerated";</item>
/// <item>ordinary (vord-h146-…): complete notes of the four practices that a reviewer passes (the false-positive
/// guard), with their harmless leftovers ("Goals: ***", "Next visit: ____") and their histories (the mail boat from
/// Swan's Island, sixty miles of washboard from Dilkon, mud season in the driveway), and the ordinary weak ones: a
/// complete note with no diagnosis, a claim whose diagnosis is "see IHS referral", and a PTA's two-code note with one
/// code's minutes twelve off.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — wives, a son in the truck, a
/// granddaughter and a grandson interpreting (none of them a patient; Mr. Tsosie and Mrs. Nez at the bars, Mr.
/// Gautreaux on the beam, Mr. Sobczak on the next table, Mr. Haskell in the corridor and the patient set up on the
/// NuStep are), ages, years on the line or on the water, the months of last season's storm, step and stair heights in
/// inches, loads in pounds, jugs in gallons, trap weights, distances in feet and miles, degrees, percentages of body
/// weight unloaded, treadmill speeds, gait speeds, counts of steps, reps, trips and armloads, a late ferry, route
/// numbers — and each is written so that a reviewer cannot take it for a billed code's minutes; a code's minutes are
/// written next to the code ("Code 97112 Neuro re-ed ........ 24 min", "Billed: 97112 (22 min)", "97112 Neuromuscular
/// Re-ed: 24 Minutes", "Svc: NMR 97112 | Time: 23 minutes", "24 min — Code 97112"), in its block's heading, or as a
/// clock range on the code's own line; no note gives minutes to a visit, a drill, a rest or a test, except the one that
/// gives the visit a total ("Total timed: 38 min"); notes failed for want of a measure carry no number but their code
/// and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A
/// 97112 passes the measure check only on an objective measure with a number and fails it only when the note has no
/// number but its code, its minutes and numbers that are plainly something else; for the other codes a dose (sets,
/// repetitions, load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a
/// family member, interpreter or staff member in the room does not undo a one-on-one statement, another patient treated
/// in the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what these four practices' idioms make honestly arguable: a regional word whose clinical
/// meaning is uncertain as the only carrier of an element (a Cajun French or Maine expression for dizziness or
/// unsteadiness with nothing else said), minutes written with a prime ("22'") or as a fraction of an hour, a hurricane
/// or winter-road gap in care offered as the reason for a missing measure, a "see eval" beside a partial finding, a
/// habituation programme for positional vertigo (too near canalith repositioning), Tai Chi or a community exercise
/// class billed as 97112, a pick-list whose printed choices are the only words naming a technique, and a family member
/// who is also a patient of the clinic in the room during the block.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 107 of 110 cases agree (108 needed), and 2 of the 73 notes the reviewer passes got a finding, on the analyzer of 27ff021 (the 2026-12-07 twenty-first session after the hundred-and-forty-first to hundred-and-forty-fourth sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (5565a36, the session's final code): 110 of 110, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredFortySixthTests(ITestOutputHelper output)
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

        // PCPT Houma, Cleo types over the box row: "me and Mr. Chauvin one-on-one for all of the neuro re-ed, his wife Noelia sat in"; perturbations on the foam while he reaches as if for the rigging, tandem on the beam, reactive steps; late ankle and stepping strategy when the trawl boat rolls; Push and Release and perturbations; "24 min" on the code's line matches: passes.
        ["v1-h146-pc-shrimper-wife-sat-in"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/04/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 24 min
            Attendance: me and Mr. Chauvin one-on-one for all of the neuro re-ed, his wife Noelia sat in and took notes for his home program
            Did: perturbations at the pelvis on the foam while he reaches overhead like for the rigging; tandem walking on the balance beam; reactive steps to my pushes from behind
            For: late ankle and stepping strategy, he goes over backward when the trawl boat rolls; 62 y/o, 40 years shrimping out of Cocodrie
            Numbers: Push and Release 3 steps (5 at eval); recovered 7 of 10 pushes with one step
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // PCPT Houma PTA Jules in his own voice: "Just me an' Miss Dot the whole time, nobody else on the mat"; foam head turns, step-and-hold onto the Airex, weight shifts at the counter; postural sway with eyes closed after the L CVA; mCTSIB seconds; 22 min matches: passes.
        ["v1-h146-pc-pta-just-me-and-miss-dot"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/04/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: Just me an' Miss Dot the whole time, nobody else on the mat.
            Did: foam stance with head turns side to side, step-and-hold onto the Airex leading with the R, weight shifts to the R at the counter with tapping to the R glute
            For: R-sided weakness and postural sway with her eyes closed since the L CVA — mais she wants to get back to the fais do-do
            Numbers: mCTSIB foam eyes closed 12 sec (was 4); firm eyes closed 30 sec
            """,
            ["I69.351"], [PTA("97112", 22)], []),

        // HLPT Stonington, Peg: "1:1 — she was my only patient all through the NMR block; her son drove her over the bridge and waited in the truck"; rocker board, foam stance with the dish-tub reach, lateral pushes; somatosensory loss in both feet; SLS and rocker seconds; "Billed: 97112 (23 min)" matches: passes.
        ["v1-h146-hl-son-waited-in-the-truck"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            M. Sargent, PT, DPT · 3/4/2026
            S: Came over the bridge with her son, roads were greasy this morning. No falls since last week.
            O: 1:1 — she was my only patient all through the NMR block; her son waited in the truck.
            Rocker board A/P and M/L, foam stance reaching to the side like for the dish tub, lateral pushes at the shoulders.
            Targeting somatosensory loss in both feet with the neuropathy; she watches her feet on the dooryard ice.
            SLS R 5 sec, L 7 sec; rocker M/L 11 sec without touching down.
            A: Better with eyes open, still loses it with eyes closed on the foam.
            P: Continue 2x/wk.
            Billed: 97112 (23 min)
            """,
            ["E11.42", "Z91.81"], [PT("97112", 23)], []),

        // HLPT Ellsworth, Hollis in fragments: "NMR 97112 22 min. 1:1." then techniques, the deficit and a number: passes.
        ["v1-h146-hl-hollis-fragments-one-to-one"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — ELLSWORTH
            H. Grindle PT. 3/4/26.
            NMR 97112 22 min. 1:1.
            Rocker bd eyes closed. Foam, head turns. Step-ups to foam w/ hold. Perturbations at hips.
            R ankle proprioception down since the sprain on the float ramp.
            SLS R 8 sec (L 24). Rocker A/P 15 sec.
            Cont.
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // LMH Warren, Keisha: "Patient received individual therapy (not group or concurrent) for all timed minutes."; VOR cancellation, gaze stabilisation with a busy background, walking with head turns on the track; R vestibular hypofunction; DGI; "97112 Neuromuscular Re-ed: 25 Minutes" matches: passes.
        ["v1-h146-lmh-individual-not-group-or-concurrent"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (WARREN)
            Rehab Daily Treatment Note — Keisha Whitfield, PT, DPT, NCS
            Timed Procedures
              97112 Neuromuscular Re-ed: 25 Minutes
              Delivery: Patient received individual therapy (not group or concurrent) for all timed minutes.
              Interventions: VOR cancellation with a thumb target, gaze stabilization X1 against the checkerboard, walking the track with horizontal head turns and stops on cue.
              Impairments: R vestibular hypofunction; veers and grabs the rail when he turns his head on the plant floor.
              Objective: DGI 16/24 (13 at eval).
            Goals: ***
            """,
            ["H81.21"], [PT("97112", 25)], []),

        // LMH Sterling Heights: "Treated one-on-one; granddaughter Mariam interpreted in Sureth." — interpreter in the room does not undo it; weight shifting with the L, step-and-stick, reaching on foam; L-sided motor recruitment after a stroke; Berg and step-and-stick counts; 24 Minutes matches: passes.
        ["v1-h146-lmh-granddaughter-interpreted-in-sureth"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — Dariusz Nowicki, PT
            Timed Procedures
              97112 Neuromuscular Re-ed: 24 Minutes
              Delivery: Treated one-on-one; granddaughter Mariam interpreted in Sureth.
              Interventions: weight shifting onto the L with tapping to the L quad and glute, step-and-stick with the L onto the foam, reaching across midline standing on the foam.
              Impairments: L-sided motor recruitment and weight acceptance after the R MCA stroke; 81 y/o, stands on the R at the stove.
              Objective: Berg 37/56; step-and-stick 5 of 10 without a hand.
            Goals: ***
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // LCRT Winslow, Loretta: "One-on-one the whole NMR time, his grandson Darrell interpreted in Navajo"; Frenkel-style heel slides to targets, stepping to floor marks, rhythmic stabilization in standing; ataxia of both legs; Rapid Step Test; grid row 23 minutes matches: passes.
        ["v1-h146-lcrt-grandson-interpreted-in-navajo"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: NMR 97112 | Time: 23 minutes
            One-on-one the whole NMR time, his grandson Darrell interpreted in Navajo.
            Activity: heel slides to tape targets in supine, stepping to floor marks on cue, rhythmic stabilization in standing at the mat table
            Problem: ataxia of both legs after the cerebellar bleed; overshoots his steps, fell by the sheep corral twice this winter
            Measure: Rapid Step Test forward 6 of 8 single steps; tandem stance 4 sec
            L. Begay, PT, DPT
            """,
            ["I69.193", "Z91.81"], [PT("97112", 23)], []),

        // LCRT Holbrook, Wendell (PTA): "Had Mr. Tsosie and Mrs. Nez both at the parallel bars, took turns with them" — another patient treated in the block: one-on-one missing; tandem in the bars, foam marching and lateral weight shifts; proprioception in both feet; tandem seconds present.
        ["v1-h146-lcrt-pta-took-turns-at-the-bars"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — HOLBROOK
            Svc: NMR 97112 | Time: 21 minutes
            Had Mr. Tsosie and Mrs. Nez both at the parallel bars, took turns with them.
            Activity: tandem stance in the bars, marching on the foam strip, lateral weight shifts with the eyes closed
            Problem: decreased proprioception in both feet with the diabetes, she can't tell where her feet are on the gravel
            Measure: tandem 7 sec R foot forward, 5 sec L foot forward
            W. Yazzie, PTA
            """,
            ["E11.42"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // LMH Roseville, LaToya (PTA): "Concurrent — pt on the balance system while I set another pt up on the NuStep, back and forth": one-on-one missing; limits-of-stability training and weight-shift targets; postural control after a fall; LOS percentage present.
        ["v1-h146-lmh-pta-concurrent-nustep"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (ROSEVILLE)
            Rehab Daily Treatment Note — LaToya Grant, PTA
            Timed Procedures
              97112 Neuromuscular Re-ed: 20 Minutes
              Delivery: Concurrent — pt on the balance system while I set another pt up on the NuStep, back and forth.
              Interventions: limits-of-stability training on the balance platform, weight-shift targets to the back and L.
              Impairments: decreased postural control to the rear after the fall on her driveway; retired from the Chrysler line.
              Objective: limits of stability 41% overall (34% at eval).
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 20)], [At(OneOnOne, "97112")]),

        // HLPT Blue Hill, Caleb (PTA) S/O/A/P note with no word on delivery anywhere: one-on-one missing; step-and-hold, foam eyes closed, backward walking; ankle proprioception; Berg and SLS present; Billed 21 matches.
        ["v1-h146-hl-pta-delivery-never-stated"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            C. Eaton, PTA · 3/4/2026
            S: Boatyard is hauling boats out of the shed for spring, he wants to be on the staging by April.
            O: Step-and-hold onto the foam, foam stance eyes closed, backward walking along the wall with a stop on cue.
            L ankle proprioception still down after the fall off the staging.
            Berg 49/56; SLS L 9 sec.
            A: Steadier backward.
            P: Progress per PT.
            Billed: 97112 (21 min)
            """,
            ["S93.402D"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // PCPT Thibodaux, Annette: "Worked her in with Mr. Gautreaux on the balance beam at the same time" — another patient in the block: one-on-one missing; beam walking with head turns, foam stepping, hip strategy drills; postural control after her hip fracture; FGA present.
        ["v1-h146-pc-thibodaux-worked-in-with-another"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 03/04/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: worked her in with Mr. Gautreaux on the balance beam at the same time, both of them on the beam
            Did: beam walking with head turns, stepping onto and off the foam, hip strategy drills with narrow stance
            For: decreased postural control and a wide base since the R hip fracture
            Numbers: FGA 17/30
            """,
            ["S72.001D", "R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // LMH 97110 by Dariusz with another patient on the next table the whole time — 97110 has no one-on-one check: leg press, step-ups and TKEs with loads and sets; L quad weakness after a TKA; 97110: 18 Minutes matches: passes.
        ["v1-h146-lmh-97110-next-table-no-check"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — Dariusz Nowicki, PT
            Timed Procedures
              97110 Therapeutic Exercise: 18 Minutes
              Delivery: Mr. Sobczak on the next table doing his HEP at the same time.
              Interventions: leg press 90 lb 3x12, forward step-ups to an 8 in step 3x10, TKE with the blue band 3x15.
              Impairments: L quad weakness after the L TKA; 31 years on the line at Warren Truck, can't get up from a kneel.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 18)], []),

        // HLPT Ellsworth, Hollis walking two gait patients down the corridor together — 97116 has no one-on-one check: cane gait with heel-strike cues, the ramp and the curb; short R stance after a hip replacement; distance and assist; "97116 22 min" matches: passes.
        ["v1-h146-hl-97116-walking-pair-no-check"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — ELLSWORTH
            H. Grindle PT. 3/4/26.
            Gait 97116 22 min. Walked her and Mr. Haskell together down the hospital corridor.
            Cane gait, cues heel strike and equal steps. Ramp to the parking lot, curb up/down.
            Short R stance, R Trendelenburg after the R THA.
            400 ft cane SBA. Curb CGA.
            """,
            ["Z96.641", "Z47.1"], [PT("97116", 22)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // PCPT Houma, the attendance row ticked "[X] one-on-one [ ] concurrent [ ] group"; rocker board, foam stance while he coils a rope, lateral pushes; R ankle proprioception after a slip on the wet deck; SLS and pushes; 23 min matches: passes.
        ["v2-h146-pc-attendance-box-ticked"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/04/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: rocker board side to side, foam stance coiling a rope like on the boat, lateral pushes at the shoulders with a stepping recovery
            For: R ankle proprioception since he slipped on the wet deck in December
            Numbers: SLS R 7 sec (L 22 sec); 6 of 8 lateral pushes with one step
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // PCPT Houma PTA, the attendance row left with nothing marked "[ ] one-on-one [ ] concurrent [ ] group" and nothing else on delivery: one-on-one missing; foam head turns, tandem, step-and-hold; postural sway; CTSIB seconds present.
        ["v2-h146-pc-pta-attendance-row-unmarked"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/04/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [ ] one-on-one [ ] concurrent [ ] group
            Did: foam stance with head turns, tandem walking along the mirror, step-and-hold onto the foam both legs
            For: postural sway and loss of balance backward with her eyes closed — she sits to dress now, cher
            Numbers: mCTSIB foam eyes closed 9 sec; tandem 11 sec
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // LMH Warren with the delivery pick-list unanswered "{LMH DELIVERY TYPE:30451}" and no other statement: one-on-one missing; PNF rhythmic stabilization, step-outs to ball tosses, foam marching; postural control in Parkinson's; Mini-BESTest present.
        ["v2-h146-lmh-delivery-picklist-unanswered"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (WARREN)
            Rehab Daily Treatment Note — Keisha Whitfield, PT, DPT, NCS
            Timed Procedures
              97112 Neuromuscular Re-ed: 24 Minutes
              Delivery: {LMH DELIVERY TYPE:30451}
              Interventions: PNF rhythmic stabilization in standing, lateral step-outs to ball tosses, marching on the foam with big arm swings.
              Impairments: reactive postural control and small steps with Parkinson's disease; retired from the GM Tech Center.
              Objective: Mini-BESTest 18/28.
            """,
            ["G20.A1"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // LMH Roseville, the same pick-list answered "One-on-one" with unrelated "Goals: ***" and "Plan: ***" left; step-and-stick, foam perturbations, stepping over cones; L ankle stepping strategy after a sprain on the bowling lane; FGA; 23 Minutes matches: passes.
        ["v2-h146-lmh-picklist-answered-wildcards-elsewhere"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (ROSEVILLE)
            Rehab Daily Treatment Note — Dariusz Nowicki, PT
            Timed Procedures
              97112 Neuromuscular Re-ed: 23 Minutes
              Delivery: One-on-one
              Interventions: step-and-stick onto the foam with the L, perturbations at the hips on the foam, stepping over a row of cones without looking down.
              Impairments: L ankle proprioception and a slow stepping strategy since he rolled it at Tuesday bowling.
              Objective: FGA 22/30; 8 of 10 perturbations recovered without a step.
            Goals: ***
            Plan: ***
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // LMH Sterling Heights with "Impairments: ***" and no deficit anywhere else: deficit missing; one-on-one, perturbations, rocker board and tandem with head turns; Berg present.
        ["v2-h146-lmh-impairments-wildcard"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — Keisha Whitfield, PT, DPT, NCS
            Timed Procedures
              97112 Neuromuscular Re-ed: 22 Minutes
              Delivery: One-on-one
              Interventions: perturbations standing on the foam, rocker board front to back, tandem walking with head turns.
              Impairments: ***
              Objective: Berg 46/56.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // LCRT Winslow grid row printed "1:1: Y / N" and left as printed, nothing else on delivery: one-on-one missing; foam stance with head turns, step-and-hold, lateral pushes; L ankle proprioception; SLS seconds present.
        ["v2-h146-lcrt-one-to-one-y-n-as-printed"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: NMR 97112 | Time: 22 minutes | 1:1: Y / N
            Activity: foam stance with head turns, step-and-hold onto the foam with the L, lateral pushes at the shoulders
            Problem: L ankle proprioception after the sprain stepping off the hay bale; he herds on foot and rolls it in the wash
            Measure: SLS L 6 sec (R 21 sec); foam eyes closed 10 sec
            E. Hartman, PT
            """,
            ["S93.402D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // LCRT Holbrook grid row answered "1:1: Y"; seated reaching out of base on the wedge, trunk rotation with a ball, sit-to-stand with eyes closed; trunk control after a stroke; Postural Assessment Scale for Stroke; 24 minutes matches: passes.
        ["v2-h146-lcrt-one-to-one-y-answered"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — HOLBROOK
            Svc: NMR 97112 | Time: 24 minutes | 1:1: Y
            Activity: seated reaching out of base on the wedge cushion, trunk rotation passing a ball side to side, sit-to-stand with eyes closed
            Problem: trunk control and L-sided weight bearing after the R CVA — she weaves rugs and cannot lean forward at the loom without sliding to the L
            Measure: PASS 24/36 (19 at eval); sitting reach forward 9 in
            L. Begay, PT, DPT
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // HLPT Stonington "O: Berg ____  TUG ____ sec" left as rules, no number anywhere but the code and its minutes: measure missing; one-on-one in words, rocker board, foam head turns, perturbations; somatosensory loss in the feet present.
        ["v2-h146-hl-berg-and-tug-left-as-rules"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            M. Sargent, PT, DPT
            S: Stern man for his brother again this season, wants to be hauling by May.
            O: One-on-one for the whole NMR block. Rocker board eyes closed, foam stance with head turns, perturbations at the hips.
            Targeting somatosensory loss in both feet; he can't feel the deck through his boots.
            Berg ____  TUG ____ sec
            A: Working hard.
            Billed: 97112 (22 min)
            """,
            ["G62.9"], [PT("97112", 22)], [At(Measure, "97112")]),

        // HLPT Blue Hill "☐ 1:1 ☐ group" left unticked over Peg's typed "one-on-one with Peg for the whole block"; step-and-stick, foam, backward walking; postural control after the stair fall; Berg; 22 min matches: passes.
        ["v2-h146-hl-boxes-unticked-typed-statement"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            M. Sargent, PT, DPT · 3/4/2026
            Delivery: ☐ 1:1 ☐ group
            One-on-one with Peg for the whole block.
            S: Fell on the cellar stairs carrying wood in January; keeps the woodstove going by herself.
            O: Step-and-stick onto the foam, foam stance reaching to the floor, backward walking with a stop on cue.
            Postural control and a late backward step since the fall.
            Berg 44/56; 7 of 10 backward stops without a second step.
            Billed: 97112 (22 min)
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // PCPT Thibodaux "For: ________" left and no deficit anywhere else: deficit missing; one-on-one ticked, beam, foam stepping and perturbations; FGA present.
        ["v2-h146-pc-for-line-left-blank"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 03/04/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 24 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: beam walking forward and sideways, stepping on and off the foam, perturbations at the pelvis
            For: ________
            Numbers: FGA 19/30
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // LCRT Winslow "Measure: —" and no number anywhere but the code and its minutes: measure missing; one-on-one in words on its own line, rocker board, foam head turns, reactive stepping; vestibular and foot sensation deficits present.
        ["v2-h146-lcrt-measure-dash"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: NMR 97112 | Time: 23 minutes
            Delivery: one-on-one, only patient in the gym
            Activity: rocker board front to back, foam stance with head turns, reactive stepping to pushes
            Problem: decreased vestibular and foot sensation input, she loses her balance when she looks up at the loom's top beam
            Measure: —
            L. Begay, PT, DPT
            """,
            ["H81.23", "G62.9"], [PT("97112", 23)], [At(Measure, "97112")]),

        // LMH Warren 97140 with "Technique: ***" and no technique elsewhere: technique missing on 97140; R shoulder capsular stiffness and flexion degrees present; 12 Minutes matches.
        ["v2-h146-lmh-technique-wildcard-97140"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (WARREN)
            Rehab Daily Treatment Note — Dariusz Nowicki, PT
            Timed Procedures
              97140 Manual Therapy: 12 Minutes
              Technique: ***
              Impairments: R shoulder capsular stiffness, he can't reach the top shelf of the tool crib.
              Objective: shoulder flexion 118 to 131 degrees after.
            """,
            ["M25.611"], [PT("97140", 12)], [At(Tech, "97140")]),

        // PCPT Houma with unrelated blanks left ("Next visit: ____", "HEP given: [ ]"); one-on-one ticked; perturbations on the foam, rocker board, reaching to the floor as for a crab trap; ankle proprioception; SLS; 24 min matches: passes.
        ["v2-h146-pc-unrelated-blanks-left"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/04/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 24 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: perturbations on the foam, rocker board eyes closed, reaching to the floor from the foam like for a crab trap and back up
            For: L ankle proprioception since the sprain stepping down from the bateau
            Numbers: SLS L 10 sec (R 26 sec); rocker 13 sec without an edge touch
            Next visit: ____
            HEP given: [ ]
            """,
            ["S93.402D"], [PT("97112", 24)], []),

        // LCRT Holbrook single-code 97112 visit whose printed gait row reads "Svc: Gait 97116 | Time: N/A" (not billed); one-on-one answered Y; perturbations and tandem; slow protective stepping; Push and Release and a tandem step count; 22 minutes matches: passes.
        ["v2-h146-lcrt-unbilled-gait-row-na"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — HOLBROOK
            Svc: NMR 97112 | Time: 22 minutes | 1:1: Y
            Svc: Gait 97116 | Time: N/A
            Activity: perturbations at the pelvis in standing, tandem walking on the line, quick stepping to cones called out
            Problem: slow protective stepping, he fell off the tailgate loading hay
            Measure: Push and Release 2 steps; tandem walk 10 steps without a side step
            E. Hartman, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // HLPT Blue Hill PTA ✓ list of exercises with their doses on a 97110; L shoulder weakness hauling traps; 15 min matches: passes.
        ["v2-h146-hl-pta-check-mark-list-97110"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            C. Eaton, PTA · 3/4/2026
            O: ✓ rows with the green band 3x12  ✓ ER with the yellow band 3x12  ✓ wall slides 2x10  ✓ prone T's 2x10
            L shoulder ER and lower trap weakness, can't swing a trap onto the rail.
            A: Good form.
            Billed: 97110 (15 min)
            """,
            ["M75.102"], [PTA("97110", 15)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // LMH Roseville Otago strength-and-balance level C with its balance moves named (tandem walk, one-leg stand, walking and turning around, heel and toe walking, backwards walking) and ankle weights; postural control and ankle strategy after two falls; Berg and 5xSTS; 24 Minutes matches: passes.
        ["v3-h146-lmh-otago-level-c"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (ROSEVILLE)
            Rehab Daily Treatment Note — Keisha Whitfield, PT, DPT, NCS
            Timed Procedures
              97112 Neuromuscular Re-ed: 24 Minutes
              Delivery: One-on-one
              Interventions: Otago level C balance set — tandem walk along the rail, one-leg stand with one finger on the counter, walking and turning around a cone, heel walking and toe walking, backwards walking; knee bends with 3 lb ankle weights.
              Impairments: decreased postural control and a late ankle strategy after two falls on the ice at the Meijer lot.
              Objective: Berg 45/56; 5xSTS 14.1 sec.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // LCRT Winslow Frenkel exercises supine, sitting and standing to floor targets; ataxia of both legs; SARA; one-on-one; 23 minutes matches: passes.
        ["v3-h146-lcrt-frenkel-for-ataxia"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: NMR 97112 | Time: 23 minutes | 1:1: Y
            Activity: Frenkel exercises — supine heel slides to the knee and the ankle on count, sitting foot placement to floor targets, standing stepping into the painted squares on count
            Problem: ataxia of both legs with his spinocerebellar degeneration; the silversmith bench stool is the only place he feels steady
            Measure: SARA 14/40 (16 at eval); heel-to-shin 3 of 5 on target each side
            E. Hartman, PT
            """,
            ["G11.9"], [PT("97112", 23)], []),

        // HLPT Ellsworth Cawthorne-Cooksey head and eye exercises progressed to standing and walking; L vestibular hypofunction, spins looking up into the boat-shed rafters; DGI; 1:1; 22 min matches: passes.
        ["v3-h146-hl-cawthorne-cooksey-progression"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — ELLSWORTH
            H. Grindle PT. 3/4/26.
            NMR 97112 22 min. 1:1.
            Cawthorne-Cooksey: eye movements up/down and side to side, head movements eyes open then closed, seated then standing, then walking the hall with head turns, ball toss overhead.
            L vestibular hypofunction. Spins looking up into the boat-shed rafters.
            DGI 18/24 (14 at eval).
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // PCPT Thibodaux LSVT BIG maximal daily movements and big stepping with the one-on-one ticked; small steps and slow turns with Parkinson's; 10MWT; 25 min matches: passes.
        ["v3-h146-pc-lsvt-big-cane-farmer"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 03/04/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 25 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: LSVT BIG maximal daily movements (floor to ceiling, side to side, forward and backward steps and reach), BIG walking with big arm swing and big turns around the cones
            For: hypokinetic small steps and freezing on turns with Parkinson's; retired cane farmer, 78, still drives out to the fields at grinding
            Numbers: 10MWT 0.92 m/s (0.74 at eval); 180° turn in 4 steps (7 at eval)
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // LMH Warren VOR cancellation and X2 gaze stabilization after a concussion from a fall off a truck step; visual-vestibular deficit; dynamic visual acuity lines; individual therapy; 22 Minutes matches: passes.
        ["v3-h146-lmh-vor-cancellation-concussion"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (WARREN)
            Rehab Daily Treatment Note — Keisha Whitfield, PT, DPT, NCS
            Timed Procedures
              97112 Neuromuscular Re-ed: 22 Minutes
              Delivery: Individual therapy, no other patient during the timed minutes.
              Interventions: VOR cancellation walking with a card held at arm's length, gaze stabilization X2 seated then standing on foam, saccade drills between two targets taped on the wall.
              Impairments: visual-vestibular mismatch after the concussion; he fell off the cab step at the plant and gets dizzy scanning the line.
              Objective: dynamic visual acuity loss 2 lines (4 at eval).
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // LMH Sterling Heights Mulligan mobilisation with movement for the L ankle (belt-assisted talar glide during a weight-bearing lunge); dorsiflexion stiffness after a fracture; lunge test in centimetres; 13 Minutes matches: passes.
        ["v3-h146-lmh-mulligan-mwm-ankle-97140"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — Dariusz Nowicki, PT
            Timed Procedures
              97140 Manual Therapy: 13 Minutes
              Technique: Mulligan mobilization with movement to the L talocrural joint, belt-assisted posterior talar glide during a weight-bearing lunge, 3 sets of 10.
              Impairments: L ankle dorsiflexion stiffness after the L ankle ORIF; he can't squat to check the tire pressure.
              Objective: knee-to-wall lunge 6 cm to 9 cm after.
            """,
            ["S82.852D"], [PT("97140", 13)], []),

        // PCPT Thibodaux positional release to the R piriformis and glute med trigger points for a supply-boat deckhand; R hip IR degrees; buttock pain with hip stiffness; 12 min matches: passes.
        ["v3-h146-pc-positional-release-deckhand-97140"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 03/04/2026 · Annette Breaux, PT
            Code 97140 Manual ........ 12 min
            Did: positional release to the R piriformis and glute med tender points, 90 sec holds each; hip posterior glides grade III
            For: R buttock pain and hip IR stiffness — deckhand on a Port Fourchon supply boat, 14 days on, 14 off, can't squat on the back deck
            Numbers: R hip IR 18 to 27 degrees after
            """,
            ["M25.651", "M79.18"], [PT("97140", 12)], []),

        // LCRT Winslow body-weight-supported treadmill training with 30% unloading and overground walker gait; R foot drag after a stroke; treadmill speed, distance and assist; "Svc: Gait 97116 | Time: 24 minutes" matches: passes.
        ["v3-h146-lcrt-bwstt-97116"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: Gait 97116 | Time: 24 minutes
            Activity: body-weight-supported treadmill training, 30% unloading at 0.9 mph with cues for R hip and knee flexion in swing; then overground with the walker down the hall and out to the gravel lot
            Problem: R foot drag and short L step after the L CVA; the lane out to his mother's hogan is washboard
            Measure: overground 180 ft with the walker, CGA on the gravel, SBA indoors
            L. Begay, PT, DPT
            """,
            ["I69.351"], [PT("97116", 24)], []),

        // LMH Sterling Heights OT mirror therapy for the L hand with graded reach-and-grasp behind the mirror box, one-on-one; L hand motor recruitment after a stroke; Box and Block; 23 Minutes matches: passes.
        ["v3-h146-lmh-ot-mirror-therapy-97112"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — Renee Kaminski, OTR/L
            Timed Procedures
              97112 Neuromuscular Re-ed: 23 Minutes
              Delivery: One-on-one, OT and patient only.
              Interventions: mirror therapy with the L hand behind the mirror box — finger tapping, reach-and-grasp of the pegs, wrist extension — then the same tasks with the L hand in view.
              Impairments: L hand motor recruitment and finger isolation after the R MCA stroke; a retired tool-and-die maker who can't hold a euchre hand.
              Objective: Box and Block L 14 (R 52).
            """,
            ["I69.334"], [OT("97112", 23)], []),

        // HLPT Ellsworth perturbation training on the treadmill with sudden belt stops and starts, harness on; slow reactive stepping after a fall off the wharf ladder; stepping count and TUG; 1:1; 23 min matches: passes.
        ["v3-h146-hl-treadmill-perturbation-training"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — ELLSWORTH
            H. Grindle PT. 3/4/26.
            NMR 97112 23 min. 1:1, harness on.
            Treadmill perturbation training: unannounced belt stops and starts at walking speed, then forward slips. Stepping over the threshold strip after.
            Slow reactive stepping. Fell off the wharf ladder in the fall.
            Recovered 8 of 12 slips with one step (5 of 12 last wk). TUG 11.2 sec.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // PCPT Houma "Did: per the 'Steady on the Levee' protocol, week 3" as the only technique: technique missing; one-on-one ticked; postural sway with eyes closed; Berg present.
        ["v3-h146-pc-steady-on-the-levee-only"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/04/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: per the "Steady on the Levee" protocol, week 3
            For: postural sway and loss of balance with her eyes closed; she grabs the porch rail at the camp at night
            Numbers: Berg 47/56
            """,
            ["R26.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // LMH Warren "Interventions: per MD protocol (phase II)." as the only technique on a 97110: technique missing; R quad weakness after an ACL reconstruction and knee flexion degrees present; 20 Minutes matches.
        ["v3-h146-lmh-per-md-protocol-97110"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (WARREN)
            Rehab Daily Treatment Note — LaToya Grant, PTA
            Timed Procedures
              97110 Therapeutic Exercise: 20 Minutes
              Interventions: per MD protocol (phase II).
              Impairments: R quad weakness and limited knee flexion after the R ACL reconstruction; a millwright who kneels under the conveyors.
              Objective: R knee flexion 104 degrees (95 last week).
            """,
            ["S83.511D"], [PTA("97110", 20)], [At(Tech, "97110")]),

        // HLPT Stonington PNF rhythmic initiation and slow reversals in sidelying and sitting with no number anywhere but the code and its minutes: measure missing; one-on-one in words; trunk motor control after a stroke present.
        ["v3-h146-hl-pnf-no-number"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            M. Sargent, PT, DPT
            O: One-on-one the whole NMR block. PNF rhythmic initiation and slow reversals for the trunk in sidelying and sitting, then scapular and pelvic patterns on the mat.
            Trunk motor control and timing after the L CVA; slumps to the R in the truck on the long drive down.
            A: Smoother reversals by the end.
            Billed: 97112 (24 min)
            """,
            ["I69.351"], [PT("97112", 24)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or not at all

        // PCPT Houma: "late ankle strategy, he sits down hard when the deck pitches" as the deficit; one-on-one ticked; rocker board with a pitch, foam stance with pushes, step-and-hold; Push and Release and rocker seconds; 22 min matches: passes.
        ["v4-h146-pc-late-ankle-strategy-deck-pitches"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/04/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: rocker board front to back like the deck pitching, foam stance with pushes from the front and back, step-and-hold off the foam
            For: late ankle strategy — he sits down hard when the deck pitches, went down twice running his crab traps last fall
            Numbers: Push and Release 2 steps; rocker A/P 14 sec
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], []),

        // HLPT Blue Hill PTA: soles that can't feel the dooryard ice — Semmes-Weinstein 5.07 felt at 4 of 10 sites; "1:1 with me, his wife stayed out in the car"; foam stance eyes closed, textured mat walking, rocker board; 21 min matches: passes.
        ["v4-h146-hl-soles-cant-feel-the-dooryard-ice"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            C. Eaton, PTA · 3/4/2026
            S: Wife drove, says he slid on the dooryard ice Sunday and caught the truck mirror.
            O: 1:1 with me, his wife stayed out in the car. Foam stance eyes closed, walking barefoot on the textured mat, rocker board with vision blocked.
            Soles of both feet can't feel the ice — Semmes-Weinstein 5.07 felt at 4 of 10 sites each foot; sways with eyes closed.
            Foam eyes closed 8 sec; rocker 10 sec.
            Billed: 97112 (21 min)
            """,
            ["E11.42"], [PTA("97112", 21)], []),

        // LMH Roseville PTA 97116: "L foot slaps and the toe catches on the Meijer curb" as the deficit; gait with the new AFO, curb and the parking-lot ramp; distance and assist; 20 Minutes matches: passes.
        ["v4-h146-lmh-pta-foot-catches-on-the-curb-97116"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (ROSEVILLE)
            Rehab Daily Treatment Note — LaToya Grant, PTA
            Timed Procedures
              97116 Gait Training: 20 Minutes
              Interventions: gait training with the new L AFO and the straight cane — hallway, the ramp to the parking lot, curb step up and down — cues for heel first and L hip flexion.
              Impairments: L foot slaps and the toe catches on the Meijer curb; L dorsiflexion 2-/5 after the peroneal nerve injury.
              Objective: 450 ft with cane and AFO SBA; curb CGA x4.
            """,
            ["S84.12XD", "M21.372"], [PTA("97116", 20)], []),

        // LCRT Holbrook: "R knee snaps back in stance when she walks after the sheep" as the deficit; one-on-one Y; mini-squats on foam with tapping to the hamstrings, stance control in the bars, stepping with a mirror; knee-control count and SLS; 23 minutes matches: passes.
        ["v4-h146-lcrt-knee-snaps-back-sheepherder"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — HOLBROOK
            Svc: NMR 97112 | Time: 23 minutes | 1:1: Y
            Activity: mini-squats on the foam with tapping to the R hamstrings, stance control stepping in the bars in front of the mirror, forward step-through holding knee soft
            Problem: R knee snaps back (hyperextends) in stance — poor quad and hamstring timing since the stroke; she walks after her sheep on the rocky slope
            Measure: 8 of 10 steps without snapping back (3 of 10 at eval); SLS R 4 sec
            L. Begay, PT, DPT
            """,
            ["I69.351", "R26.89"], [PT("97112", 23)], []),

        // PCPT Thibodaux 97110: "R quad 4-/5, knee buckles coming down the camp stairs" as the deficit; step-downs, wall sits, leg press with loads; 16 min matches: passes.
        ["v4-h146-pc-knee-buckles-on-the-camp-stairs-97110"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 03/04/2026 · Annette Breaux, PT
            Code 97110 Ther ex ........ 16 min
            Did: eccentric step-downs off a 6 in step 3x10, wall sits 5 x 20 sec, leg press 70 lb 3x12, TKE with the black band 3x15
            For: R quad 4-/5, the knee buckles coming down the 14 stairs at the camp on Bayou Lafourche; retired from the sugar mill
            """,
            ["M17.11"], [PT("97110", 16)], []),

        // HLPT Stonington: "late weight shift — he lists downhill on the float ramp at low tide" as the deficit; one-on-one; lateral weight shifts on the incline board, side-stepping on the slant, lateral pushes; Four Square Step Test and incline stance seconds; 22 min matches: passes.
        ["v4-h146-hl-lists-on-the-float-ramp"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            M. Sargent, PT, DPT · 3/4/2026
            S: Lobsters are slow, he's been working on the traps in the shop.
            O: One-on-one. Lateral weight shifts on the incline board, side-stepping across the slant board, lateral pushes at the pelvis facing downhill.
            Late lateral weight shift — he lists downhill and grabs the rail on the float ramp at low tide.
            FSST 13.4 sec; incline stance facing downhill 20 sec without a hand.
            Billed: 97112 (22 min)
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // LCRT Winslow with the deficit only in the activity line ("to retrain the L ankle proprioception he lost when the horse went down on him") and no Problem line; one-on-one Y; rocker board, foam; SLS; 22 minutes matches: passes.
        ["v4-h146-lcrt-deficit-in-the-activity-line"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: NMR 97112 | Time: 22 minutes | 1:1: Y
            Activity: to retrain the L ankle proprioception he lost when the horse went down on him at the rodeo grounds — rocker board both directions, foam stance catching a rope, step-and-hold onto the foam
            Measure: SLS L 9 sec (R 30 sec); rocker M/L 12 sec
            E. Hartman, PT
            """,
            ["S93.402D"], [PT("97112", 22)], []),

        // LMH Warren OT 97530: "bends from the back — low back and hip extensor weakness" as the deficit; lifting a case of Vernors from the floor to the trunk ledge, a snow-shovel simulation with the weighted shovel, kneel-to-stand; counts and load; 24 Minutes matches: passes.
        ["v4-h146-lmh-ot-bends-from-the-back-97530"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (WARREN)
            Rehab Daily Treatment Note — Renee Kaminski, OTR/L
            Timed Procedures
              97530 Therapeutic Activities: 24 Minutes
              Interventions: lifting a case of Vernors (22 lb) from the floor to the trunk-height ledge with a hip hinge, the weighted-shovel snow simulation, half-kneel to stand at the bench.
              Impairments: low back and hip extensor weakness — he bends from the back and can't shovel his driveway.
              Objective: case lift 6x with the hinge, cues fading; shovel 10 scoops SBA; kneel to stand 4x without pulling on the bench.
            """,
            ["M54.50", "M62.81"], [OT("97530", 24)], []),

        // LMH Sterling Heights with the template default "Impairments: None identified." and no deficit anywhere: deficit missing; one-on-one, perturbations, rocker board, hurdles; Berg present.
        ["v4-h146-lmh-default-none-identified"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — Dariusz Nowicki, PT
            Timed Procedures
              97112 Neuromuscular Re-ed: 23 Minutes
              Delivery: One-on-one
              Interventions: perturbations standing on the foam, rocker board side to side, stepping over hurdles with a pause.
              Impairments: None identified.
              Objective: Berg 48/56.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // LCRT Holbrook "Problem: see eval" and no deficit anywhere: deficit missing; one-on-one Y, foam stance, tandem walking, perturbations; tandem seconds present.
        ["v4-h146-lcrt-problem-see-eval"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — HOLBROOK
            Svc: NMR 97112 | Time: 22 minutes | 1:1: Y
            Activity: foam stance with ball catches, tandem walking on the line, perturbations at the shoulders
            Problem: see eval
            Measure: tandem stance 12 sec; 6 of 10 perturbations without a step
            W. Yazzie, PTA
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // PCPT Houma "For: her daughter says she's doing better" and no deficit anywhere: deficit missing; one-on-one ticked, beam walking, foam stepping, rocker board; FGA present.
        ["v4-h146-pc-for-daughter-says-better"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/04/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 24 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: beam walking with a turn at each end, stepping on and off the foam, rocker board eyes open then closed
            For: her daughter says she's doing better, cher
            Numbers: FGA 20/30
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // HLPT Stonington sharpened Romberg in seconds beside an eyes-closed foam time; one-on-one; foam stance eyes closed, tandem with head turns, perturbations; somatosensory and vestibular reliance; 23 min matches: passes.
        ["v5-h146-hl-sharpened-romberg-seconds"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            M. Sargent, PT, DPT · 3/4/2026
            S: Drove down Route 15 in the snow, long winter. Ferry from Swan's Island was late.
            O: One-on-one. Foam stance eyes closed with head nods, tandem stance with head turns, perturbations at the shoulders in tandem.
            Poor somatosensory use — leans on vision; loses it in the dark wheelhouse.
            Sharpened Romberg EO 30 sec, EC 6 sec (2 at eval); foam EC 9 sec.
            Billed: 97112 (23 min)
            """,
            ["G62.9", "R26.81"], [PT("97112", 23)], []),

        // LCRT Winslow Fukuda stepping test in degrees of rotation with a DGI; one-on-one Y; gaze stabilisation X1, walking with head turns on the gravel; L vestibular hypofunction; 22 minutes matches: passes.
        ["v5-h146-lcrt-fukuda-degrees"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: NMR 97112 | Time: 22 minutes | 1:1: Y
            Activity: gaze stabilization X1 seated then standing, walking the hall and the gravel lot with head turns, marching in place eyes closed with correction
            Problem: L vestibular hypofunction after neuritis; drifts L hauling water barrels to the truck
            Measure: Fukuda step test rotated 30 degrees L (55 at eval); DGI 18/24
            L. Begay, PT, DPT
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // LMH Sterling Heights 97116 with a 10-metre walk in metres a second and an assistance level; rollator gait with step-length cues; shuffling short steps after a hip fracture; 22 Minutes matches: passes.
        ["v5-h146-lmh-10mwt-and-assist-97116"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — Dariusz Nowicki, PT
            Timed Procedures
              97116 Gait Training: 22 Minutes
              Interventions: gait training with the rollator down the main corridor and around the cafeteria tables, cues for step length and upright trunk, turns around a cone.
              Impairments: short shuffling steps and a flexed trunk after the L hip fracture; retired engineer, 84.
              Objective: 10MWT 0.68 m/s with the rollator, SBA; 300 ft twice.
            """,
            ["S72.002D"], [PT("97116", 22)], []),

        // PCPT Houma PTA 97110 with loads in pounds and the band colour; rows, shoulder press, ER; R shoulder weakness pulling crab traps; 14 min matches: passes.
        ["v5-h146-pc-pta-loads-in-pounds-97110"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/04/2026 · Jules Guidry, PTA
            Code 97110 Ther ex ........ 14 min
            Did: seated rows 25 lb 3x12, shoulder press 5 lb dumbbells 3x10, ER with the red band 3x15, farmer carry 15 lb 4 laps
            For: R shoulder and grip weakness — he pulls his crab traps by hand off the bateau, 40 lb each wet
            """,
            ["M75.101"], [PTA("97110", 14)], []),

        // HLPT Blue Hill PTA 97530 with armloads of split wood carried from the woodpile with a distance and trip count; L hip and trunk weakness; 18 min matches: passes.
        ["v5-h146-hl-pta-armloads-of-wood-97530"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            C. Eaton, PTA · 3/4/2026
            O: Loading an armload of split wood from the floor pile into the sling, carrying it 30 ft to the mock stove box and stacking it; stooping to the kindling bin and back up.
            L hip and trunk weakness — she stops halfway to the woodstove and sets the wood down.
            8 trips of 30 ft with about 12 lb each, SBA; kindling bin 5x without a hand on the counter.
            Billed: 97530 (18 min)
            """,
            ["M62.81", "Z96.642"], [PTA("97530", 18)], []),

        // LMH Warren Community Balance and Mobility Scale with a TUG; individual therapy; tandem walking with a turn, hopping progressions, running-start stops; high-level balance after an MS relapse; 24 Minutes matches: passes.
        ["v5-h146-lmh-community-balance-and-mobility-scale"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (WARREN)
            Rehab Daily Treatment Note — Keisha Whitfield, PT, DPT, NCS
            Timed Procedures
              97112 Neuromuscular Re-ed: 24 Minutes
              Delivery: One-on-one
              Interventions: tandem walking with a 180 turn, lateral hops over the line, walking with quick stops and a look over each shoulder, crossover stepping.
              Impairments: high-level dynamic balance and L leg motor timing after the MS relapse; 44, back to the line in April if she can.
              Objective: CB&M 48/96 (39 at eval); TUG 8.9 sec.
            """,
            ["G35.A"], [PT("97112", 24)], []),

        // PCPT Houma Multidirectional Reach Test in inches in four directions; one-on-one ticked; reaching out of base on the foam, weight shifts, step-outs; limits of stability backward; 23 min matches: passes.
        ["v5-h146-pc-multidirectional-reach-inches"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/04/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: reaching out of base standing on the foam, front, back and to each side; weight shifts to the edge of her base and back; step-outs when she passes it
            For: limits of stability narrow, worst backward — she went over backward reaching into the freezer at the Rouses
            Numbers: MDRT forward 9 in, backward 3 in, R 6 in, L 5 in (backward 1 in at eval)
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // LCRT Holbrook PTA five-times sit-to-stand with a mCTSIB; one-on-one Y; sit-to-stand from the low chair with eyes closed, foam marching, lateral pushes; postural control; 21 minutes matches: passes.
        ["v5-h146-lcrt-pta-five-times-sit-to-stand"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — HOLBROOK
            Svc: NMR 97112 | Time: 21 minutes | 1:1: Y
            Activity: sit-to-stand from the low chair with eyes closed, marching on the foam, lateral pushes at the hips
            Problem: postural control — sways and sits back down hard; the chairs at the chapter house are low
            Measure: 5xSTS 16.8 sec; mCTSIB foam EC 11 sec
            W. Yazzie, PTA
            """,
            ["R26.81"], [PTA("97112", 21)], []),

        // LMH Roseville OT 97530 with a timed floor transfer in seconds and assist; floor to stand through half-kneel, tub-bench transfer, reaching to the lower oven; hip weakness after a replacement; 23 Minutes matches: passes.
        ["v5-h146-lmh-ot-timed-floor-transfer-97530"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (ROSEVILLE)
            Rehab Daily Treatment Note — Renee Kaminski, OTR/L
            Timed Procedures
              97530 Therapeutic Activities: 23 Minutes
              Interventions: floor to stand through half-kneel with the chair, tub-bench transfer in the ADL bathroom, reaching to the lower oven rack with the reacher.
              Impairments: R hip weakness within posterior precautions after the R THA.
              Objective: floor to stand 22 sec, SBA; tub bench 3x supervision.
            """,
            ["Z96.641", "Z47.1"], [OT("97530", 23)], []),

        // LCRT Winslow "Measure: not done today" and no number anywhere but the code and its minutes: measure missing; one-on-one in words, rocker board, foam, step-and-hold; R ankle proprioception present.
        ["v5-h146-lcrt-measure-not-done-today"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: NMR 97112 | Time: 22 minutes
            One-on-one: yes, her granddaughter waited out front
            Activity: rocker board both ways, foam stance with ball catches, step-and-hold onto the foam with the R
            Problem: R ankle proprioception since she turned it on the ruts by the wash
            Measure: not done today
            L. Begay, PT, DPT
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // LMH Sterling Heights "Pt reports feeling steadier; walked out to the car without the cane." and no number anywhere but the code and its minutes: measure missing; one-on-one, perturbations and tandem; postural control present.
        ["v5-h146-lmh-walked-out-without-the-cane"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — Keisha Whitfield, PT, DPT, NCS
            Timed Procedures
              97112 Neuromuscular Re-ed: 23 Minutes
              Delivery: One-on-one
              Interventions: perturbations standing on the foam, tandem walking with head turns, stepping over the hurdles.
              Impairments: decreased postural control and slow stepping after the fall shoveling snow.
              Objective: Pt reports feeling steadier; walked out to the car without the cane.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // HLPT Blue Hill PTA 97110 with an exercise list and no dose, no number anywhere but the code and its minutes: measure missing on 97110; L knee weakness after a replacement present.
        ["v5-h146-hl-pta-97110-no-dose"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            C. Eaton, PTA
            O: Bridges, clamshells with the band, step-ups, heel raises, quad sets, SAQ.
            L quad and hip abductor weakness after the L TKA; can't get down the float ramp to the skiff.
            A: Did them all.
            Billed: 97110 (16 min)
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 16)], [At(Measure, "97110")]),

        // PCPT Houma PTA Jules "Looked good on the foam, mais she still wobbles with her eyes closed" and no number anywhere but the code and its minutes: measure missing; one-on-one ticked, foam and rocker; postural sway present.
        ["v5-h146-pc-pta-mais-she-still-wobbles"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 22 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: foam stance eyes open and closed, rocker board front to back, tandem on the line with head turns
            For: postural sway with eyes closed, somatosensory loss in both feet
            Numbers: looked good on the foam, mais she still wobbles with her eyes closed, ça c'est sûr
            """,
            ["E11.42"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, mismatches, missing separate time

        // PCPT Houma two codes in dotted leaders, "Code 97112 Neuro re-ed ........ 24 min" and "Code 97110 Ther ex ........ 13 min", both match; one-on-one ticked; perturbations and beam; hip strength with doses; ankle proprioception and hip weakness; Berg: passes.
        ["v6-h146-pc-dotted-leaders-two-codes"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/04/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 24 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: perturbations on the foam, beam walking with head turns, step-and-hold onto the Airex
            For: R ankle proprioception and a late stepping reaction
            Numbers: Berg 46/56
            Code 97110 Ther ex ........ 13 min
            Did: side-lying hip abduction 3x15, bridges with the band 3x12, lateral band walks 3 laps
            For: R hip abductor weakness, R hip drops stepping off the wharf
            First visit back since the storm — out Sept to late Oct, evacuated to Lafayette, clinic had no power.
            """,
            ["S93.401D", "M62.81"], [PT("97112", 24), PT("97110", 13)], []),

        // HLPT Stonington "Billed: 97112 (22 min), 97140 (12 min)" on one line, both match; one-on-one; rocker board and foam; ankle glides with degrees; ankle proprioception and stiffness: passes.
        ["v6-h146-hl-billed-line-two-codes"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            M. Sargent, PT, DPT · 3/4/2026
            S: Boat's on the hard at the yard till April.
            O: NMR one-on-one: rocker board eyes closed, foam stance with head turns, step-and-hold onto the foam. L ankle proprioception after the fracture. SLS L 8 sec.
            Manual: L talocrural posterior glides grade III, subtalar distraction, STM to the calf. L ankle DF stiffness; DF 2 to 8 degrees after.
            Billed: 97112 (22 min), 97140 (12 min)
            """,
            ["S82.62XD"], [PT("97112", 22), PT("97140", 12)], []),

        // HLPT Ellsworth Hollis's clock range on the code's own line, "NMR 97112 09:10–09:33" (23 min); 1:1; foam and perturbations; postural control in Parkinson's; Mini-BESTest: passes.
        ["v6-h146-hl-clock-range-on-the-code-line"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — ELLSWORTH
            H. Grindle PT. 3/4/26.
            NMR 97112 09:10–09:33. 1:1.
            Big-step turns around cones. Perturbations on foam. Dual-task walking, naming boats in the harbor.
            Postural instability, festinates on turns. PD.
            Mini-BESTest 19/28.
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // LMH Warren two codes in the Timed Procedures section, "97112 Neuromuscular Re-ed: 25 Minutes" and "97116 Gait Training: 15 Minutes", both match; one-on-one; foam and perturbations; cane gait with distance; postural control and a short L step: passes.
        ["v6-h146-lmh-timed-procedures-two-codes"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (WARREN)
            Rehab Daily Treatment Note — Keisha Whitfield, PT, DPT, NCS
            Timed Procedures
              97112 Neuromuscular Re-ed: 25 Minutes
              Delivery: One-on-one
              Interventions: step-and-stick onto the foam with the L, lateral perturbations, tandem with head turns.
              Impairments: L-sided postural control after the R CVA.
              Objective: Berg 42/56.
              97116 Gait Training: 15 Minutes
              Interventions: cane gait on the track and the stairs to the skywalk, cues for L heel strike.
              Impairments: short L step and L knee hyperextension.
              Objective: 500 ft cane SBA; 12 stairs with one rail.
            """,
            ["I69.354"], [PT("97112", 25), PT("97116", 15)], []),

        // LCRT Winslow three grid rows — NMR 97112 22, Gait 97116 15, Ther ex 97110 11 — all match; one-on-one Y on the NMR row; each with its activity, problem and measure or dose: passes.
        ["v6-h146-lcrt-three-grid-rows"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: NMR 97112 | Time: 22 minutes | 1:1: Y
            Activity: foam stance with head turns, lateral pushes, step-and-hold. Problem: postural control after the L CVA. Measure: Berg 41/56.
            Svc: Gait 97116 | Time: 15 minutes
            Activity: quad cane gait down the hall and across the lot, cues for R heel strike. Problem: R foot drag. Measure: 220 ft quad cane CGA.
            Svc: Ther ex 97110 | Time: 11 minutes
            Activity: sit-to-stands 3x8, seated marching with 2 lb 3x15, heel raises 3x12. Problem: R hip flexor and calf weakness.
            L. Begay, PT, DPT
            """,
            ["I69.351"], [PT("97112", 22), PT("97116", 15), PT("97110", 11)], []),

        // LMH Roseville PT 97112 and OT 97530 on one visit, each with its minutes under its own clinician (23 and 25), both match; one-on-one on the 97112; each complete: passes.
        ["v6-h146-lmh-pt-and-ot-codes"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (ROSEVILLE)
            Rehab Daily Treatment Note — Dariusz Nowicki, PT
            Timed Procedures
              97112 Neuromuscular Re-ed: 23 Minutes
              Delivery: One-on-one
              Interventions: rocker board, foam stance with reaching, perturbations at the pelvis.
              Impairments: R-sided postural control after the L CVA.
              Objective: FGA 16/30.
            Co-signed section — Renee Kaminski, OTR/L
              97530 Therapeutic Activities: 25 Minutes
              Interventions: standing at the counter to unload the dishwasher with the R hand, carrying a laundry basket 30 ft, stepping into the walk-in shower.
              Impairments: R arm and trunk weakness, drops things reaching up.
              Objective: dishwasher unloaded in 4 trips SBA; basket carried 3x CGA.
            """,
            ["I69.351"], [PT("97112", 23), OT("97530", 25)], []),

        // PCPT Thibodaux minutes written before the codes, "24 min — Code 97112 neuro re-ed" and "12 min — Code 97140 manual", both match; one-on-one ticked; each complete: passes.
        ["v6-h146-pc-minutes-before-the-code"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 03/04/2026 · Annette Breaux, PT
            24 min — Code 97112 neuro re-ed
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: rhythmic stabilization in half-kneel, step-outs to ball tosses, foam marching. For: trunk and hip motor control after the fall at the fais do-do. Numbers: FGA 21/30.
            12 min — Code 97140 manual
            Did: STM to the lumbar paraspinals, L4-5 PA glides grade III. For: low back stiffness, can't bend to the ice chest. Numbers: lumbar flexion 45 to 60 degrees after.
            """,
            ["R26.81", "M54.50"], [PT("97112", 24), PT("97140", 12)], []),

        // LCRT Holbrook PTA "97116 x 18 min" and "97110 x 12 min" on their lines, both match; each complete: passes.
        ["v6-h146-lcrt-pta-times-x-min"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — HOLBROOK
            97116 x 18 min — gait with the walker in the hall and on the ramp, cues for step length. Short R step after the R TKA. 350 ft walker SBA.
            97110 x 12 min — heel slides 3x15, SAQ 3x12, mini-squats 3x10. R quad weakness.
            W. Yazzie, PTA
            """,
            ["Z96.651", "Z47.1"], [PTA("97116", 18), PTA("97110", 12)], []),

        // LCRT Winslow single 97112 visit whose time was left "Time: ___ minutes": one timed code, no minutes stated, nothing to mismatch or separate; one-on-one Y; complete: passes.
        ["v6-h146-lcrt-single-code-time-left-blank"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: NMR 97112 | Time: ___ minutes | 1:1: Y
            Activity: perturbations in standing, foam with head turns, stepping to targets
            Problem: L ankle proprioception after the sprain hauling water barrels
            Measure: SLS L 8 sec; 7 of 10 perturbations without a step
            E. Hartman, PT
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // PCPT Houma PTA "Code 97112 Neuro re-ed ........ 35 min" on a 23-minute line: mismatch; otherwise complete.
        ["v6-h146-pc-pta-35-on-23"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/04/2026 · Jules Guidry, PTA
            Code 97112 Neuro re-ed ........ 35 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: foam stance with head turns, tandem walking, perturbations at the hips
            For: postural sway and a late step after the L CVA
            Numbers: Berg 43/56
            """,
            ["I69.351"], [PTA("97112", 23)], [At(Mismatch, "97112")]),

        // LMH Sterling Heights minutes swapped in the EMR: the note gives 97112 12 and 97110 25 on a visit billed 97112 25 and 97110 12: both mismatch; otherwise complete.
        ["v6-h146-lmh-minutes-swapped"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — Dariusz Nowicki, PT
            Timed Procedures
              97112 Neuromuscular Re-ed: 12 Minutes
              Delivery: One-on-one
              Interventions: rocker board, foam stance with head turns, perturbations.
              Impairments: R ankle proprioception after the sprain.
              Objective: SLS R 9 sec.
              97110 Therapeutic Exercise: 25 Minutes
              Interventions: heel raises 3x15, band eversion 3x15, step-ups to a 6 in step 3x10.
              Impairments: R ankle evertor and calf weakness.
            """,
            ["S93.401D"], [PT("97112", 25), PT("97110", 12)], [At(Mismatch, "97112"), At(Mismatch, "97110")]),

        // HLPT Ellsworth clock range "Gait 97116 10:05–10:40" (35 min) on a 22-minute line: mismatch; otherwise complete.
        ["v6-h146-hl-clock-range-thirty-five-on-twenty-two"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — ELLSWORTH
            H. Grindle PT. 3/4/26.
            Gait 97116 10:05–10:40.
            Walker to cane in the corridor, stairs x12, snowbank-height curb. Cues heel strike L.
            Short L stance after L THA.
            300 ft cane CGA.
            """,
            ["Z96.642", "Z47.1"], [PT("97116", 22)], [At(Mismatch, "97116")]),

        // HLPT Stonington "Total timed: 38 min" for a 97112 and a 97110, with "Billed: 97112, 97110" and no minutes for either: separate time missing; both complete.
        ["v6-h146-hl-total-timed-only"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            M. Sargent, PT, DPT · 3/4/2026
            O: NMR one-on-one: rocker board, foam with head turns, lateral pushes. R ankle proprioception. SLS R 7 sec.
            Ther ex: step-ups 3x10, heel raises 3x15, band eversion 3x15. R calf and evertor weakness.
            Total timed: 38 min
            Billed: 97112, 97110
            """,
            ["S93.401D"], [PT("97112", 25), PT("97110", 13)], [SepTime]),

        // LMH Warren "97140 Manual Therapy: *** Minutes" beside "97110 Therapeutic Exercise: 24 Minutes": separate time missing; both complete; 97110's minutes match.
        ["v6-h146-lmh-manual-minutes-wildcard"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (WARREN)
            Rehab Daily Treatment Note — LaToya Grant, PTA
            Timed Procedures
              97110 Therapeutic Exercise: 24 Minutes
              Interventions: rows 20 lb 3x12, ER with the red band 3x15, wall slides 2x10.
              Impairments: R shoulder weakness after the rotator cuff repair.
              97140 Manual Therapy: *** Minutes
              Interventions: GH inferior glides grade II, STM to the R upper trap.
              Impairments: R shoulder stiffness; flexion 122 degrees.
            """,
            ["M75.121"], [PTA("97110", 24), PTA("97140", 10)], [SepTime]),

        // PCPT Thibodaux gait row "Code 97116 Gait ........ __ min" beside "Code 97112 Neuro re-ed ........ 23 min": separate time missing; both complete; 97112's minutes match.
        ["v6-h146-pc-gait-row-blank"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 03/04/2026 · Annette Breaux, PT
            Code 97112 Neuro re-ed ........ 23 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: foam perturbations, tandem walking, step-and-hold. For: postural control after the hip fracture. Numbers: Berg 44/56.
            Code 97116 Gait ........ __ min
            Did: cane gait on the sidewalk along the bayou, cues for heel strike. For: short R stance. Numbers: 400 ft cane SBA.
            """,
            ["S72.001D"], [PT("97112", 23), PT("97116", 14)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic notes

        // An empty note on a two-code visit with a diagnosis (the PCPT export sent the row with nothing in the note): DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h146-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // A note of tabs and line breaks only (cells are trimmed) on a 97140 with a diagnosis: note missing only.
        ["v7-h146-tabs-and-line-breaks-97140"] = new(
            "\t\n\t \n",
            ["M54.2"], [PT("97140", 12)], [At(NoteMissing, "97140")]),

        // An empty note on a PTA's 97110 with no diagnosis: note missing and diagnosis missing.
        ["v7-h146-empty-note-pta-97110-no-dx"] = new(
            "",
            [], [PTA("97110", 16)], [At(NoteMissing, "97110"), Dx]),

        // 97110's meaning on an HLPT note: a lobsterman's rows, band external rotation, wall slides and prone Y's with loads and sets (technique and measure), R shoulder weakness after a rotator cuff repair (deficit); 17 min matches: passes.
        ["v7-h146-hl-97110-lobsterman-shoulder"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            M. Sargent, PT, DPT · 3/4/2026
            S: Twenty-six years hauling, wants to set traps by June.
            O: Seated rows 15 lb 3x12, ER with the green band 3x15, wall slides with the towel 2x12, prone Y's 2 lb 2x10.
            R shoulder ER and flexion weakness after the R rotator cuff repair; can't lift a wet trap to the rail.
            Billed: 97110 (17 min)
            """,
            ["M75.121", "Z98.890"], [PT("97110", 17)], []),

        // 97530's meaning on an LCRT note: lifting a 5-gallon water jug from the ground into the pickup bed and getting up from a sheepskin on the floor, with counts and assist (technique and measure), hip and trunk weakness (deficit); 22 minutes matches: passes.
        ["v7-h146-lcrt-97530-water-jugs-and-sheepskin"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: Ther act 97530 | Time: 22 minutes
            Activity: lifting a half-full 5-gallon water jug from the ground into the tailgate-height bed with a squat, carrying it 20 ft; getting down to a sheepskin on the floor and back up through half-kneel
            Problem: hip extensor and trunk weakness — she can't load water for the house or get up off the floor after weaving
            Measure: jug lift 6x with cues SBA; floor to stand 3x with one hand on the chair
            L. Begay, PT, DPT
            """,
            ["M62.81", "M54.50"], [PT("97530", 22)], []),

        // 97140's meaning on a PCPT note: lumbar rotational mobilisation in side-lying, STM to the quadratus lumborum, PA glides (technique), a shrimper's low back stiffness (deficit), flexion degrees (measure); 13 min matches: passes.
        ["v7-h146-pc-97140-shrimper-low-back"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/04/2026 · Cleo Robichaux, PT, DPT
            Code 97140 Manual ........ 13 min
            Did: side-lying lumbar rotational mobilization grade III, STM to the R quadratus lumborum, L3-4 and L4-5 central PA glides
            For: low back stiffness and R QL guarding from picking shrimp off the culling table bent over
            Numbers: lumbar flexion 40 to 55 degrees, side-bend R 15 to 22 degrees after
            """,
            ["M54.50"], [PT("97140", 13)], []),

        // 97116's meaning on an LMH note: rollator to straight cane across the hospital lobby and the curb at the entrance with cues (technique), a short R step and decreased R stance after a hip fracture (deficit), distance and assistance levels (measure); 21 Minutes matches: passes.
        ["v7-h146-lmh-97116-rollator-to-cane"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — LaToya Grant, PTA
            Timed Procedures
              97116 Gait Training: 21 Minutes
              Interventions: gait training from the rollator to the straight cane across the main lobby and out to the curb at the front entrance, cues for R heel strike and equal steps.
              Impairments: short R step and decreased R stance after the R hip fracture.
              Objective: 400 ft straight cane SBA; curb up and down CGA.
            """,
            ["S72.001D"], [PTA("97116", 21)], []),

        // LMH 97112 wholly generic: "Neuromuscular re-education per POC. Balance and coordination activities. Pt tolerated well. Continue POC." with delivery and impairments left "***": no technique, deficit, number but the code and minutes, or one-on-one statement.
        ["v7-h146-lmh-generic-97112"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (ROSEVILLE)
            Rehab Daily Treatment Note — LaToya Grant, PTA
            Timed Procedures
              97112 Neuromuscular Re-ed: 22 Minutes
              Delivery: ***
              Interventions: Neuromuscular re-education per POC. Balance and coordination activities.
              Impairments: ***
            Assessment: Pt tolerated well. Continue POC.
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // PCPT Thibodaux two-code generic: "Ther ex and gait per plan. Tolerated good. Will continue." with each code's minutes (14 and 15, matching): nothing named for either code; minutes given for each.
        ["v7-h146-pc-generic-two-codes"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 03/04/2026 · Annette Breaux, PT
            Code 97110 Ther ex ........ 14 min
            Code 97116 Gait ........ 15 min
            Did: Ther ex and gait per plan.
            For: per plan.
            Numbers: Tolerated good. Will continue.
            """,
            ["M17.11"], [PT("97110", 14), PT("97116", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // LCRT Holbrook 97530 "Functional activities as tolerated. Pt did well." and nothing else: nothing named; the minutes match.
        ["v7-h146-lcrt-generic-97530"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — HOLBROOK
            Svc: Ther act 97530 | Time: 20 minutes
            Activity: Functional activities as tolerated.
            Problem: Pt did well.
            W. Yazzie, PTA
            """,
            ["M62.81"], [PTA("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // PCPT Houma 97112 for a crabber's wife who makes groceries at the Rouses: one-on-one ticked; foam stance with a basket reach, tandem with head turns, perturbations; postural sway and a late step; Berg and TUG; 24 min matches: passes.
        ["vord-h146-pc-houma-making-groceries-nmr"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/04/2026 · Cleo Robichaux, PT, DPT
            Code 97112 Neuro re-ed ........ 24 min
            Attendance: [X] one-on-one [ ] concurrent [ ] group
            Did: foam stance reaching down to a basket and up to a shelf, tandem walking with head turns, perturbations at the shoulders with a step recovery
            For: postural sway and a late protective step; she grabs the buggy making groceries at the Rouses
            Numbers: Berg 46/56; TUG 11.8 sec
            Next visit: ____
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // PCPT Thibodaux 97110 and 97140 for a knee, each in dotted leaders (15 and 11), both match; doses; glides with degrees; R knee weakness and stiffness: passes.
        ["vord-h146-pc-thibodaux-knee-exercise-and-manual"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 03/04/2026 · Annette Breaux, PT
            Code 97110 Ther ex ........ 15 min
            Did: recumbent bike warm-up, step-ups to a 6 in step 3x10, wall sits 4 x 30 sec, hamstring curls 15 lb 3x12
            For: R quad and hamstring weakness after the R TKA
            Code 97140 Manual ........ 11 min
            Did: patellar mobs, tibiofemoral AP glides grade III, STM to the distal quad
            For: R knee flexion stiffness; flexion 98 to 106 degrees after
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 15), PT("97140", 11)], []),

        // PCPT Houma PTA 97116 on the clinic stairs built like a camp on stilts: cane and rail, cues; L knee weakness; stair count and assist; 20 min matches: passes.
        ["vord-h146-pc-pta-camp-stairs-97116"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — HOUMA (Grand Caillou Rd)
            PCPT Daily · 03/04/2026 · Jules Guidry, PTA
            Code 97116 Gait ........ 20 min
            Did: gait training with the cane on the clinic stairs and the outside ramp, step-to then reciprocal, cues for L knee bend and heel strike
            For: L knee weakness and a stiff-knee gait after the L TKA — the camp on stilts has 16 steps
            Numbers: 16 steps step-to with rail and cane CGA, 8 reciprocal SBA; 300 ft cane SBA
            """,
            ["Z96.652", "Z47.1"], [PTA("97116", 20)], []),

        // PCPT Thibodaux 97530: stepping down into a bateau at the dock mock-up and back up, kneeling to a cooler, lifting a crate of crabs; hip and trunk weakness; counts and load; 21 min matches: passes.
        ["vord-h146-pc-thibodaux-bateau-97530"] = new(
            """
            PETIT CAILLOU PHYSICAL THERAPY — THIBODAUX (Canal Blvd)
            PCPT Daily · 03/04/2026 · Annette Breaux, PT
            Code 97530 Ther act ........ 21 min
            Did: stepping down from the dock mock-up onto the wobble platform like into the bateau and back up; kneeling to the cooler and up; lifting a 20 lb crate from the floor to the tailgate
            For: hip extensor and trunk weakness, can't get in his boat without sitting down on the dock
            Numbers: dock step-down 6x CGA to SBA; kneel and rise 4x; crate 5x with a hip hinge
            """,
            ["M62.81"], [PT("97530", 21)], []),

        // HLPT Stonington 97112 vestibular: one-on-one; X1 on the busy background, walking with head turns down the hall, standing on foam with head nods; R vestibular hypofunction; DGI and DVA; 23 min matches: passes.
        ["vord-h146-hl-stonington-vestibular"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            M. Sargent, PT, DPT · 3/4/2026
            S: Came over on the mail boat, ayuh, rough crossing but no spinning after.
            O: One-on-one. Gaze stabilization X1 against the chart, walking the hall with head turns and stops, foam stance with head nods.
            R vestibular hypofunction; oscillopsia watching the buoys.
            DGI 19/24; DVA 2 lines lost.
            Billed: 97112 (23 min)
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // HLPT Blue Hill PTA 97116 in mud season: cane gait on the parking-lot ruts, the ramp and the curb; R short step after a hip replacement; distance and assist; 19 min matches: passes.
        ["vord-h146-hl-pta-mud-season-97116"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — BLUE HILL
            C. Eaton, PTA · 3/4/2026
            S: Mud season started, driveway's a mess.
            O: Cane gait on the rutted gravel lot, the ramp and the curb, cues for R hip extension and equal step length.
            Short R step and R lateral lean after the R THA.
            350 ft cane SBA on the gravel; curb CGA.
            Billed: 97116 (19 min)
            """,
            ["Z96.641", "Z47.1"], [PTA("97116", 19)], []),

        // HLPT Ellsworth 97140 for a boatyard rigger who looks up at the mast all day: suboccipital release, C5-6 and C6-7 unilateral PA glides, upper trap STM; cervical stiffness; rotation degrees; 12 min matches: passes.
        ["vord-h146-hl-rigger-neck-97140"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — ELLSWORTH
            H. Grindle PT. 3/4/26.
            Manual 97140 12 min.
            Suboccipital release. C5-6 and C6-7 unilateral PA glides gr III. STM upper trap and levator R.
            Cervical extension and R rotation stiff. Rigger at the boatyard, looks up the mast all day.
            Ext 30 to 42 deg. R rot 55 to 66 deg after.
            """,
            ["M54.2"], [PT("97140", 12)], []),

        // HLPT Stonington 97112 and 97530 on "Billed: 97112 (23 min), 97530 (15 min)"; one-on-one; each complete: passes.
        ["vord-h146-hl-nmr-and-woodstove-97530"] = new(
            """
            HARBOR LIGHT PHYSICAL THERAPY — STONINGTON
            M. Sargent, PT, DPT · 3/4/2026
            O: NMR one-on-one: step-and-stick onto the foam, perturbations at the hips, backward walking with a stop. Postural control and a late backward step. Berg 45/56.
            Ther act: loading the woodstove from a low crouch, carrying a half armload 20 ft, getting up from the floor by the stove. Hip and trunk weakness. 5 loads SBA; floor to stand 2x with the chair.
            Billed: 97112 (23 min), 97530 (15 min)
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97530", 15)], []),

        // LMH Warren 97112 for Parkinson's: one-on-one; big-step walking, dual-task turns, reactive backward stepping; postural instability; Mini-BESTest and TUG; 24 Minutes matches: passes.
        ["vord-h146-lmh-parkinsons-nmr"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (WARREN)
            Rehab Daily Treatment Note — Keisha Whitfield, PT, DPT, NCS
            Timed Procedures
              97112 Neuromuscular Re-ed: 24 Minutes
              Delivery: One-on-one
              Interventions: big-step walking with arm swing, dual-task turns naming euchre hands, reactive backward stepping to pulls at the hips.
              Impairments: postural instability and retropulsion with Parkinson's; 31 years at Warren Truck.
              Objective: Mini-BESTest 17/28; TUG 12.2 sec; pull test 2 steps.
            Goals: ***
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // LMH Sterling Heights 97110 for a knee: leg press, step-downs, bike; L quad weakness after an arthroscopy; 17 Minutes matches: passes.
        ["vord-h146-lmh-knee-97110"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — Dariusz Nowicki, PT
            Timed Procedures
              97110 Therapeutic Exercise: 17 Minutes
              Interventions: leg press 100 lb 3x12, lateral step-downs off a 6 in step 3x10, SLR with 3 lb 3x12.
              Impairments: L quad weakness after the L knee scope; skilled-trades electrician, climbs ladders at the plant.
            """,
            ["M23.222"], [PT("97110", 17)], []),

        // LMH Roseville OT 97530 hand tasks: shuffling and dealing euchre cards, turning the car key, opening a jar; R hand weakness after a distal radius fracture; grip and counts; 22 Minutes matches: passes.
        ["vord-h146-lmh-ot-euchre-hand-97530"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (ROSEVILLE)
            Rehab Daily Treatment Note — Renee Kaminski, OTR/L
            Timed Procedures
              97530 Therapeutic Activities: 22 Minutes
              Interventions: shuffling and dealing a euchre deck, turning a car key in the practice lock, opening and closing jars of graded tightness.
              Impairments: R hand and wrist weakness after the R distal radius fracture.
              Objective: grip R 34 lb (L 61 lb); dealt 20 cards without a drop; 3 of 4 jars opened.
            """,
            ["S52.501D"], [OT("97530", 22)], []),

        // LMH Warren three codes, 97112 22, 97110 12 and 97140 10, all match; one-on-one on the 97112; each complete: passes.
        ["vord-h146-lmh-three-codes"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (WARREN)
            Rehab Daily Treatment Note — Dariusz Nowicki, PT
            Timed Procedures
              97112 Neuromuscular Re-ed: 22 Minutes
              Delivery: One-on-one
              Interventions: rocker board, foam stance with catches, step-and-hold. Impairments: L ankle proprioception. Objective: SLS L 10 sec.
              97110 Therapeutic Exercise: 12 Minutes
              Interventions: heel raises 3x15, band eversion 3x15. Impairments: L calf and evertor weakness.
              97140 Manual Therapy: 10 Minutes
              Interventions: talocrural posterior glides grade III. Impairments: L ankle DF stiffness; DF 3 to 9 degrees after.
            """,
            ["S93.402D"], [PT("97112", 22), PT("97110", 12), PT("97140", 10)], []),

        // LCRT Winslow 97112 after a stroke: one-on-one Y; weight shifts onto the R, step-and-stick, reaching on foam; R-sided weight bearing; Berg; 24 minutes matches: passes.
        ["vord-h146-lcrt-stroke-nmr"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: NMR 97112 | Time: 24 minutes | 1:1: Y
            Activity: weight shifts onto the R with tapping to the R glute med, step-and-stick with the R onto the foam, reaching across the body standing on the foam
            Problem: poor R-sided weight acceptance and motor recruitment after the L CVA; drove in 60 miles of washboard from Dilkon
            Measure: Berg 39/56; step-and-stick 6 of 10
            L. Begay, PT, DPT
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // LCRT Winslow 97140 for a silversmith's neck bent over the bench: STM, cervical retraction mobilisation, thoracic PA glides; neck stiffness; rotation degrees; 11 minutes matches: passes.
        ["vord-h146-lcrt-silversmith-neck-97140"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: Manual 97140 | Time: 11 minutes
            Activity: STM to the upper trap and levator, upper thoracic PA glides grade III, cervical rotation mobilization
            Problem: neck and upper back stiffness from bending over the silversmith bench
            Measure: cervical rotation L 50 to 62 degrees after
            E. Hartman, PT
            """,
            ["M54.2"], [PT("97140", 11)], []),

        // LCRT Holbrook PTA 97110 for a knee: quad sets, SAQ, step-ups; L knee weakness; 15 minutes matches: passes.
        ["vord-h146-lcrt-pta-knee-97110"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — HOLBROOK
            Svc: Ther ex 97110 | Time: 15 minutes
            Activity: quad sets 2x15, SAQ with 2 lb 3x12, step-ups to a 4 in step 3x10, heel raises 3x15
            Problem: L quad weakness with knee OA, hard to climb into the pickup
            W. Yazzie, PTA
            """,
            ["M17.12"], [PTA("97110", 15)], []),

        // LCRT Winslow 97116 for a railroad retiree: walker to cane on the hall and the gravel, cues; short L step after a stroke; distance and assist; 20 minutes matches: passes.
        ["vord-h146-lcrt-railroad-retiree-97116"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — WINSLOW
            Svc: Gait 97116 | Time: 20 minutes
            Activity: gait training from the walker to the cane down the hall and across the gravel lot by the tracks, cues for L hip flexion
            Problem: short L step and L foot drag after the R CVA; 35 years with the railroad
            Measure: 250 ft cane CGA on gravel, SBA indoors
            E. Hartman, PT
            """,
            ["I69.354"], [PT("97116", 20)], []),

        // LMH Roseville PTA 97112: "1:1 — no other patients on my schedule for the block"; perturbations, foam and tandem; ankle proprioception; SLS; 21 Minutes matches: passes.
        ["vord-h146-lmh-pta-nmr"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (ROSEVILLE)
            Rehab Daily Treatment Note — LaToya Grant, PTA
            Timed Procedures
              97112 Neuromuscular Re-ed: 21 Minutes
              Delivery: 1:1 — no other patients on my schedule for the block.
              Interventions: perturbations on the foam, tandem with head turns, rocker board.
              Impairments: R ankle proprioception after she rolled it stepping off the curb on Gratiot.
              Objective: SLS R 11 sec; rocker 14 sec.
            """,
            ["S93.401D"], [PTA("97112", 21)], []),

        // LMH complete 97112 (one-on-one; rocker board and perturbations; postural control; Berg) sent with no diagnosis.
        ["vord-h146-lmh-no-diagnosis"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (STERLING HEIGHTS)
            Rehab Daily Treatment Note — Keisha Whitfield, PT, DPT, NCS
            Timed Procedures
              97112 Neuromuscular Re-ed: 23 Minutes
              Delivery: One-on-one
              Interventions: rocker board eyes closed, perturbations on the foam, tandem walking.
              Impairments: postural control after the fall on the ice.
              Objective: Berg 47/56.
            """,
            [], [PT("97112", 23)], [Dx]),

        // LCRT complete 97112 (one-on-one Y; foam and perturbations; ankle proprioception; SLS) with the claim's diagnosis written "see IHS referral": not a well-formed ICD-10-CM code.
        ["vord-h146-lcrt-dx-see-ihs-referral"] = new(
            """
            LITTLE COLORADO RIVER THERAPY — HOLBROOK
            Svc: NMR 97112 | Time: 22 minutes | 1:1: Y
            Activity: foam stance with head turns, perturbations at the shoulders, step-and-hold
            Problem: R ankle proprioception after the sprain in the wash
            Measure: SLS R 7 sec; 6 of 10 perturbations without a step
            W. Yazzie, PTA
            """,
            ["see IHS referral"], [PTA("97112", 22)], [Dx]),

        // LMH PTA two codes with 97110 written "26 Minutes" on a 14-minute line: mismatch on 97110; 97116's 18 matches; both complete.
        ["vord-h146-lmh-pta-minutes-twelve-off"] = new(
            """
            LAKESIDE MACOMB HOSPITAL — OUTPATIENT REHABILITATION (ROSEVILLE)
            Rehab Daily Treatment Note — LaToya Grant, PTA
            Timed Procedures
              97116 Gait Training: 18 Minutes
              Interventions: cane gait in the corridor and the stairwell, cues for L heel strike. Impairments: short L step after the L TKA. Objective: 400 ft cane SBA; 14 stairs with rail.
              97110 Therapeutic Exercise: 26 Minutes
              Interventions: heel slides 3x15, step-ups 3x10, leg press 60 lb 3x12. Impairments: L quad weakness.
            """,
            ["Z96.652", "Z47.1"], [PTA("97116", 18), PTA("97110", 14)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
