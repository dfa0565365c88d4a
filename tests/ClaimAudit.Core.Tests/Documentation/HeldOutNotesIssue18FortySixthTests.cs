using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The forty-sixth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to measure the ordinary middle of the market: a random week of plain, everyday notes from
/// the Northeast and the Mid-Atlantic, in the proportions a billing manager sees them — about two thirds
/// ordinary and complete, single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a
/// visit), by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>a New Jersey hospital network's outpatient sites ("Raritan Bay Health": Freehold, Toms River, Old Bridge,
/// Hazlet, Wall Township, Manahawkin, Somerset, Brick, Red Bank, Lakewood) charting in the network EMR's daily
/// note: "PHYSICAL THERAPY DAILY NOTE — Visit 6 of 12", "Contact: individual", "Treatment Delivery (select one):
/// Individual", "Individual treatment: No — Concurrent", bullet lists under "Treatment Performed", "Problem
/// addressed:", "Objective:", a "Time Calculation" block with dot leaders and timed / total minutes, a "Billing:"
/// line in units only; the D&amp;R Canal towpath, NJ Transit to Newark, ShopRite aisles, Beach Haven and the
/// Seaside boardwalk;</item>
/// <item>a Baltimore practice whose PTAs write most daily notes ("Patapsco Physical Therapy": Dundalk, Hampden,
/// Glen Burnie, Catonsville, Parkville, Rosedale, Highlandtown, Essex, Pikesville, Perry Hall, Canton, Hamilton,
/// Owings Mills): "PTA DAILY NOTE · Supervising PT on site: …", "TherEx (97110) 15 mins", "Pt response:",
/// "1:1 w/ PTA?  Y ✓  N __", a surface / device / distance / assist gait grid, an outcomes row left blank, a
/// PTA-led "Sure Footing" class, a patient booked as a double; marble front steps, a 14-step rowhouse
/// staircase, the corner carryout, Sparrows Point, the Canton waterfront, church bingo, crab pots;</item>
/// <item>a Vermont rural clinic in the Northeast Kingdom ("Kingdom Valley Physical Therapy": St. Johnsbury,
/// Lyndonville, Hardwick, Barton, Newport, Island Pond, Danville, Derby, Glover, Craftsbury, Greensboro) whose
/// owner-PT and OT write short narrative paragraphs in full sentences — codes in parentheses, minutes in words
/// ("twenty-three minutes on balance (97112)"), "Level of assist (circle): I MI S (CGA) Min Mod Max", ✓ / ✗
/// lists; evening milking, a sap tank, sugaring and the sugarbush, splitting and stacking cords of wood, a
/// woodstove and log carrier, mud season on a dirt road, frost heaves, the snowmobile, water-softener salt
/// from the feed store;</item>
/// <item>a Philadelphia hospital's neuro outpatient program ("Schuylkill Neuro Outpatient Program": Center City,
/// Fishtown, Roxborough, Chestnut Hill, Mayfair, South Philly) for stroke, Parkinson's disease and MS: "NEURO
/// OP DAILY TREATMENT NOTE", "Problem:", "Intervention — 97112 NMR, 23 min:", "Outcome measure:", clock ranges,
/// a PT/OT co-treat, Balance-Based Torso Weighting, the Hornby high-intensity gait protocol, a U-Step laser
/// walker, Graded Motor Imagery by OT, NDT facilitation; rowhome stairs, the El, the SEPTA bus step, the Italian
/// Market, Forbidden Drive in the Wissahickon, a twin home;</item>
/// <item>a Long Island private practice heavy on post-op knees and shoulders ("Great South Bay Ortho &amp; Sports
/// PT": Massapequa, Merrick, Bay Shore, Babylon, Wantagh, Smithtown, Seaford, Sayville, Commack, Islip, West
/// Islip, Huntington, Lindenhurst, Bellmore) in terse ortho shorthand: "s/p R TKA POD 31", "Tx'd 1:1 by PT", a
/// CPT / Service / Min / 1:1 (Y/N) table, an "NMR performed today (Y/N)" list, "TE 97110 x 30 mins", Wilk and
/// Jobe's programmes, a reverse TSA, an ACLR, a meniscus repair, adhesive capsulitis; the boat, the jetty at
/// Captree, doubles tennis.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h46-…): one-on-one in these clinics' words ("Contact: individual — therapist with this
/// patient only for all billed minutes", "Pt had my exclusive attention the whole neuro re-ed block", "I treated
/// him one on one start to finish", "therapist-to-pt ratio 1:1", "Tx'd 1:1 by PT"), notes that negate it (a
/// rehab tech guarding at the bars while the PT treated another patient, two post-op knees worked side by side,
/// a PTA's double booking with split attention) or never state it (a "1:1 work-to-rest ratio" for a home
/// walking programme, a narrative note), and a 97116 on the indoor track with a second patient, which has no
/// one-on-one check;</item>
/// <item>class 2 (v2-h46-…): template states: "Treatment Delivery (select one): Individual", a tick under Y,
/// "Individual ___ Group _X_", an "NMR performed today (Y/N)" list all N, deficit boxes all ☐, outcome blanks,
/// an assistance scale with one level circled, a gait grid, "Individual treatment: No", a CPT / Min / 1:1 table
/// and a ✓ / ✗ list of balance work done;</item>
/// <item>class 3 (v3-h46-…): named programmes as techniques (Jobe's series, Alfredson heel drops, Balance-Based
/// Torso Weighting, McKenzie repeated extension in lying, Graded Motor Imagery, strain-counterstrain, NDT
/// facilitation), a Hornby high-intensity gait note with no deficit, a PTA-led "Sure Footing" class and a U-Step
/// laser-walker note with no number;</item>
/// <item>class 4 (v4-h46-…): deficits stated as findings (an SLR lag with an extension deficit, a positive shrug
/// sign with scapular winging, toe drag with hip hiking and knee snap-back, absent vibration with clonus, a
/// positive pull test, a dynamic-visual-acuity loss in lines, stiff segments to PA springing, dressing and
/// grooming sequencing errors) and notes that state none (a neuro screen all normal on a 97112, a gait
/// observation without deviations on a 97116);</item>
/// <item>class 5 (v5-h46-…): measures in their usual forms (SOT composite and vestibular ratio, Timed 25-Foot Walk,
/// the STEADI 4-Stage Balance Test, a step test count, Box and Block, PROM before and after manual therapy) and
/// notes with none ("needed fewer steps to recover", a cane walk "steadier than last week", a kitchen session with
/// no level, an exercise list with no dose);</item>
/// <item>class 6 (v6-h46-…): minutes in their usual forms (a Time Calculation block, "Time (min): TE 15 | NMR 8",
/// minutes in words, clock ranges, "x 30 mins"), true mismatches (an NMR line, a one-code manual line, an OT
/// line in a co-treat) and truly missing separate time (a treatment-time total, minutes for one code of
/// two);</item>
/// <item>class 7 (v7-h46-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (a body region as the only target), 97530 (a functional goal as the
/// only target), 97140 (patellar and tibiofemoral mobilisation with grades and bouts) and 97116 (stairs with a
/// cane, count and assistance level), and wholly generic 97140, 97112 and 97530 notes;</item>
/// <item>ordinary (vord-h46-…): complete notes of the five employers across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: a complete PTA note with no diagnosis,
/// free text in the diagnosis field, a generic two-code note with a total, a complete PTA 97112 and a complete
/// two-code neuro note that never say one-on-one, a gait time that differs, units without minutes.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are
/// exact. Every timed line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only
/// where the note names no technique, deficit or measure at all. A 97112 passes the measure check only on an
/// objective measure with a number and fails it only when the note has no number but its code and minutes; for
/// the other codes a dose (sets, repetitions, load, hold, bouts, distance, assistance level) is a measure.
/// Numbers that are not minutes of a code or measures (visit counts, post-op days and weeks, ages, heights of
/// steps and chairs, heart rates, speeds, loads, bus-step heights, a booking time) are read as what they are; no
/// note states minutes of an activity, a rest or a test, and a hot or cold pack's minutes sit on its own
/// untimed line. Cases a careful reviewer could argue either way were left out: a content gap in one section of
/// a multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or when the whole note lacks
/// the thing), generic phrases beside a deficit or a measure without a technique, self-rated scores as the only
/// number, a cueing level as the only measure, an exercise's name as a 97110's only region, "gait training"
/// alone on a 97116, a one-on-one left to be inferred from a schedule, minute ranges and approximate minutes, a
/// diagnosis code without its dot or a valid code beside an invalid one, and any line with a code that has no
/// documentation profile other than a bundled hot or cold pack.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 91 of 98 cases agree (97 needed), and 3 of the 61 notes the reviewer passes got a finding, on the analyzer
/// of 4ba782b (the start of the 2026-12-05 fifth session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 92 of 98, 3 false positives at its first run on the analyzer of 9491451 (the session's readings of the
/// thirty-ninth to forty-fifth sets and three reviews; not shaped by this set): the held-out figure — plain notes of the
/// ordinary middle of the market, 94 %. Then development data, worked through: 97 of 98, no false positive — a tick after
/// one of Y/N ("1:1 w/ PTA?   Y ✓   N __"), a one-on-one column headed "1:1 (Y/N)", "HR back to 88" as no body region, a
/// test's name on the note's measures line ("Obj: Y-balance ant L 55 cm") as no drill, "releases pt from a backward lean"
/// as a perturbation. Left: "Individual ___   Group _X_" read as one-on-one. New examples in NotesAsWrittenTests
/// "forty-sixth-set".
/// </para>
/// </summary>
public class HeldOutNotesIssue18FortySixthTests(ITestOutputHelper output)
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

        // NJ network note "Contact: individual — therapist with this patient only for all billed minutes"; agonistic reversals into sit-to-stand, tandem on a stability trainer, backward walking; eccentric quad and postural control after TKA; 5xSTS and tandem seconds: passes.
        ["v1-h46-freehold-contact-individual-this-pt-only"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Freehold
            PHYSICAL THERAPY DAILY NOTE — Visit 6 of 12
            Contact: individual — therapist with this patient only for all billed minutes
            Neuromuscular Re-education (97112) — 23 min
              • agonistic reversals into sit ↔ stand from an 18-in mat table, PT guarding at the pelvis
              • tandem stance on the blue Thera-Band stability trainer, slow head turns
              • backward walking along the hallway line, eyes on the far door
            Problem addressed: ↓ eccentric quad control lowering to sit and ↓ postural control in narrow stance after L TKA (8 wks); drops into her recliner at home
            Objective: 5xSTS 15.6 s; tandem stance on the trainer 9 s
            Patient response: no ↑ knee pain, 2 seated rests.
            """,
            ["Z96.652", "Z47.1"], [PT("97112", 23)], []),

        // Baltimore PTA "Pt had my exclusive attention the whole neuro re-ed block; no other pts in my care during that time"; step-downs without a rail for her marble front steps, foam SLS with cone taps, stride-stance perturbations; proprioception and reactive stepping; Berg and SLS: passes.
        ["v1-h46-dundalk-pta-exclusive-attention"] = new(
            """
            PATAPSCO PHYSICAL THERAPY — Dundalk
            PTA DAILY NOTE · Supervising PT on site: K. Brannigan, PT
            Pt had my exclusive attention the whole neuro re-ed block; no other pts in my care during that time.
            NMR (97112) 24 mins
             - step-up/step-down on a 7-in step w/o rail, eyes forward (practice for her marble front steps)
             - SLS on the foam pad w/ toe taps to cones
             - stride-stance perturbations at the shoulders, forward and back, unannounced
            Pt response: 1 LOB to the R on foam, self-corrected
            Deficit: ↓ R LE proprioception (diabetic neuropathy) and slow reactive stepping
            Objective: Berg 46/56; SLS on foam R 5 s / L 11 s
            """,
            ["E11.42", "R26.81"], [PTA("97112", 24)], []),

        // Vermont narrative "I treated him one on one start to finish" on a storm day; rocker board, hurdle step-overs with pauses, feet-together foam EC with pushes; hip sway and poor L ankle proprioception; tandem and FSST seconds; milking goal: passes.
        ["v1-h46-stjohnsbury-storm-day-one-on-one"] = new(
            """
            Kingdom Valley Physical Therapy — St. Johnsbury
            Mr. B. made it in despite the storm (his son plowed him out). I treated him one on one start to finish.
            97112, 25 minutes. Worked on getting his balance back after the fall in the barn: standing on the rocker board in the parallel bars, front-to-back and side-to-side; stepping over the 6-inch hurdles with a pause on each foot; standing with feet together on the foam with eyes closed while I gave small pushes at the hips.
            He sways at the hips instead of the ankles, and his left ankle proprioception is poor (can't tell up from down at the big toe).
            Tandem stance 6 seconds (was 2 at eval). Four Square Step Test 14.1 seconds.
            He wants to get back to doing the evening milking with his son.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 25)], []),

        // Philadelphia neuro "Direct individual tx — therapist-to-pt ratio 1:1 for the session"; PNF combination of isotonics, knee control in stance with tactile cue, mirror step-throughs; L LE motor control after R MCA stroke; Fugl-Meyer LE and k of 10 stance phases: passes.
        ["v1-h46-centercity-therapist-to-pt-ratio"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — Center City
            NEURO OP DAILY TREATMENT NOTE
            Problem: L hemiparesis after R MCA stroke (09/2025); L knee hyperextends in stance, poor L hip/knee motor control
            Direct individual tx — therapist-to-pt ratio 1:1 for the session
            Intervention — 97112 NMR, 22 min:
              - PNF combination of isotonics L LE in sidelying (concentric/eccentric hip and knee ext)
              - L stance w/ the R foot on a 4-in step, knee control in 0–15° flexion, tactile cue at the L quad
              - forward step-throughs onto the L w/ mirror feedback
            Outcome measure: Fugl-Meyer LE 21/34 (17/34 at IE); L knee hyperextension in 3 of 10 stance phases (8 of 10 at IE)
            Response: fatigued by the end, seated rest before the SEPTA ride home.
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // Long Island ortho shorthand "Tx'd 1:1 by PT."; BOSU ball catches, hop-and-stick, box drop landings; R knee proprioception and dynamic valgus after ACLR; Y-balance and k of 10 landings; TE with loads; both minutes match: passes.
        ["v1-h46-merrick-txd-1to1-aclr"] = new(
            """
            GREAT SOUTH BAY ORTHO & SPORTS PT — Merrick
            s/p R ACLR (BTB autograft) 10 wks · Wilk ACL protocol
            Tx'd 1:1 by PT.
            NMR 97112 — 20 min: SL stance on BOSU flat side up w/ ball catches; lateral hop-and-stick to a line; drop landings from a 12-in box w/ knee-over-toe cue
            Deficit: ↓ R knee proprioception and dynamic valgus on landing
            Obj: Y-balance ant R 57 cm / L 64 cm; 2 of 10 landings in valgus (6 of 10 last wk)
            TE 97110 — 15 min: leg press 0–60° 3 x 12 @ 90 lb; step-downs 6-in 3 x 10; Nordic hamstring eccentrics 2 x 6
            Plan: start jogging progression when quad index reaches 80%.
            """,
            ["S83.511D"], [PT("97112", 20), PT("97110", 15)], []),

        // "Pt worked at the parallel bars w/ the rehab tech guarding while I treated a second neuro pt at the mat table": not one-on-one; large-amplitude steps, boxed turns, EC weight shifts; freezing and postural control on turns; TUG and k of 5 turns present.
        ["v1-h46-fishtown-tech-guarding-bars"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — Fishtown
            NEURO OP DAILY TREATMENT NOTE
            Pt worked at the parallel bars w/ the rehab tech guarding while I treated a second neuro pt at the mat table; I checked in between sets.
            Intervention — 97112 NMR, 23 min:
              - large-amplitude forward/backward steps to floor tape, arms swinging
              - 180° turns inside a taped box to a metronome cue
              - weight shifts to lateral targets, eyes closed on the last set
            Problem: ↓ step amplitude, freezing and ↓ postural control when turning (PD, H&Y 2.5)
            Outcome measure: TUG 15.1 s; froze on 3 of 5 turns
            """,
            ["G20.A1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // "Pt and another post-op knee were worked side by side in the balance area this hour; PT rotated between the two": not one-on-one on the 97112; both sections complete, both minutes match.
        ["v1-h46-massapequa-two-knees-side-by-side"] = new(
            """
            GREAT SOUTH BAY ORTHO & SPORTS PT — Massapequa
            s/p L TKA 6 wks
            Pt and another post-op knee were worked side by side in the balance area this hour; PT rotated between the two.
            TE 97110 — 15 min: recumbent bike full revolutions, seat 10; heel slides w/ strap 2 x 15; SAQ 2 x 15 @ 2 lb; standing TKE w/ band 3 x 12
            NMR 97112 — 23 min: weight shifts onto the L on the Airex; SL stance L w/ 3-way cone taps; retro walking on the 2x6 beam
            Deficit: L knee flexion 98°, quad lag 5°; ↓ L knee proprioception w/ unsteady L stance
            Obj: L SLS 6 s (R 18 s); TUG 10.9 s
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 15), PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Baltimore PTA "Pt was booked as a double w/ another PTA pt …; I split my attention between the two of them": not one-on-one; foam EC head turns, head-turn card reading, tandem; L vestibular hypofunction and visual reliance; DGI and foam seconds present.
        ["v1-h46-glenburnie-pta-double-split-attention"] = new(
            """
            PATAPSCO PHYSICAL THERAPY — Glen Burnie
            PTA DAILY NOTE · Supervising PT on site: D. Okafor, PT
            Pt was booked as a double w/ another PTA pt this afternoon; I split my attention between the two of them.
            NMR (97112) 22 mins
             - standing on the foam pad, EC, w/ head turns R/L
             - walking w/ horizontal head turns to read cards taped on the wall
             - tandem walk along the mat edge
            Deficit: L vestibular hypofunction (per PT eval) w/ ↑ reliance on vision
            Objective: DGI 17/24; foam EC 11 s
            Pt response: mild dizziness, cleared w/ a seated rest
            """,
            ["H81.22"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // MS note whose only "1:1" is the home walking programme's "1:1 work-to-rest ratio": delivery is never stated; rocker board, hurdle crossovers, foam EC with trunk rotation; postural control and proprioception; mCTSIB and k of 6 present.
        ["v1-h46-roxborough-work-rest-ratio-not-delivery"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — Roxborough
            NEURO OP DAILY TREATMENT NOTE
            Problem: MS (relapsing-remitting) — ↓ postural control and ↓ L LE proprioception; heat-related fatigue late in the day
            Intervention — 97112 NMR, 24 min:
              - standing on the rocker board M/L, hands off the bars
              - side-stepping over 4 hurdles, then crossover steps
              - stance on foam w/ EC and trunk rotation
            Outcome measure: mCTSIB foam EC 14 s; 4 of 6 crossover steps w/o touching the hurdle
            Home walking program: 1:1 work-to-rest ratio, stop before she overheats; cooling vest for the walk to the bus.
            Next: add dual task.
            """,
            ["R26.81", "R27.8"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // 97116 on the indoor track "paired w/ another cardiac-rehab graduate, PT coaching both": 97116 has no one-on-one check; rollator laps of a known length, SBA, step-length cues; short L step and endurance; parking-deck goal: passes.
        ["v1-h46-tomsriver-track-pair-97116"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Toms River
            PHYSICAL THERAPY DAILY NOTE
            Gait Training (97116) — 15 min — indoor track loop (1/10 mile), paired w/ another cardiac-rehab graduate, PT coaching both
              • rollator, 3 laps, SBA; cues for a longer L step and head up
              • 2 standing rests at the rail
            Problem addressed: short L step length and ↓ walking endurance after L TKA; goal: walk from the parking deck to her cardiology office without sitting
            """,
            ["Z96.652", "R26.89"], [PT("97116", 15)], []),

        // Vermont narrative, complete (foam head turns, counter side-stepping, high reach on a folded blanket; ankle strategy and somatosensory loss; monofilament and Berg) but nothing says how the session was delivered.
        ["v1-h46-lyndonville-narrative-unstated"] = new(
            """
            Kingdom Valley Physical Therapy — Lyndonville
            Mrs. T. back after the ice storm, no new falls.
            97112 (22 min). Foam stance with head turns, side-stepping along the counter and then away from it, and reaching to a cup on a high shelf while standing on a folded blanket (that's what her kitchen rug feels like). She slipped twice on the step by the woodshed last month.
            Her ankle strategy is weak and she relies on her eyes; eyes closed on foam she sways right away. Somatosensation reduced in both feet (monofilament 4/10 sites).
            Berg 45/56 today, was 39.
            Next time: practice the doorsill into the mudroom.
            """,
            ["Z91.81", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // "Treatment Delivery (select one): Individual"; VOR x1 on carpet then foam, pitch head turns walking, rolling habituation; R vestibular hypofunction; DGI and VOR tolerance: passes.
        ["v2-h46-oldbridge-select-one-individual"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Old Bridge
            PHYSICAL THERAPY DAILY NOTE
            Treatment Delivery (select one): Individual
            Neuromuscular Re-education (97112) — 22 min
              • gaze stabilization, VOR x1 horizontal and vertical, standing on carpet then foam
              • walking in the hallway w/ pitch head turns
              • habituation: rolling supine ↔ R sidelying x5
            Problem addressed: R vestibular hypofunction after vestibular neuritis; dizzy turning to back out of the driveway
            Objective: DGI 18/24; VOR x1 at 2 Hz tolerated 30 s standing
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // Baltimore PTA "1:1 w/ PTA?  Y ✓  N __"; TE with doses and NMR (target weight shifts, counter SLS taps, Airex tandem ball pass); hip weakness and lateral postural control; Berg and SLS; both minutes match: passes.
        ["v2-h46-hampden-pta-tick-under-y"] = new(
            """
            PATAPSCO PHYSICAL THERAPY — Hampden
            PTA DAILY NOTE · Supervising PT on site: K. Brannigan, PT
            1:1 w/ PTA?   Y ✓   N __
            TherEx (97110) 15 mins: sit-to-stand from 17-in chair 3 x 10; standing hip abd w/ 3 lb 2 x 12 B; heel raises 2 x 15
            NMR (97112) 23 mins: lateral weight shifts to floor targets; SLS at the counter w/ cone taps; tandem stance on the Airex w/ ball pass
            Deficit: B hip abductor weakness (4-/5); ↓ lateral postural control — loses balance sideways turning in her kitchen
            Objective: Berg 44/56; SLS R 4 s / L 6 s
            Pt ed: HEP updated, handout given.
            """,
            ["R26.81", "M62.81"], [PTA("97110", 15), PTA("97112", 23)], []),

        // "Individual ___  Group _X_ (Wed PD agility class, 5 pts, 1 PT + 1 aide)": not one-on-one; called-dot stepping, four-way lunges, lean-release stepping; anticipatory postural control; Mini-BESTest and alternate step test present.
        ["v2-h46-chestnuthill-group-x"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — Chestnut Hill
            NEURO OP DAILY TREATMENT NOTE
            Individual ___   Group _X_   (Wed PD agility class, 5 pts, 1 PT + 1 aide)
            Intervention — 97112 NMR, 25 min: stepping to called colored dots; lunges in 4 directions w/ arm reach; reactive stepping off a lean at the wall
            Problem: ↓ anticipatory postural control and slow stepping response (PD)
            Outcome measure: Mini-BESTest 19/28; alternate step test 12.3 s
            """,
            ["G20.A1"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // "NMR performed today (Y/N)" with every technique row N and nothing else done: technique missing; one-on-one ("Tx'd individually"), L knee proprioception after ACLR and the Y-balance present, no generic phrase.
        ["v2-h46-smithtown-nmr-performed-all-n"] = new(
            """
            GREAT SOUTH BAY ORTHO & SPORTS PT — Smithtown
            s/p L ACLR (hamstring autograft) 14 wks
            Tx'd individually by PT.
            NMR 97112 — 20 min
              NMR performed today (Y/N):
                BAPS ................ N
                Rhythmic stab ....... N
                Perturbation tng .... N
                SL stance on foam ... N
                Hop/land drills ..... N
            Deficit: ↓ L knee proprioception; L knee drifts into valgus on step-down testing
            Obj: Y-balance ant L 55 cm / R 63 cm
            """,
            ["S83.512D"], [PT("97112", 20)], [At(Tech, "97112")]),

        // "Deficits targeted this visit:" with every box ☐ and no deficit written anywhere: deficit missing; individual delivery, PNF chops/lifts, rocker-board nudges, Airex kicks, TUG and SL seconds present.
        ["v2-h46-wall-deficit-boxes-empty"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Wall Township
            PHYSICAL THERAPY DAILY NOTE
            Treatment Delivery (select one): Individual
            Deficits targeted this visit:  ☐ Balance  ☐ Proprioception  ☐ Vestibular  ☐ Coordination  ☐ Motor control
            Neuromuscular Re-education (97112) — 23 min
              • PNF D1/D2 UE chops and lifts in half-kneeling
              • standing on the rocker board A/P w/ unannounced nudges
              • SL stance on the Airex w/ opposite-leg kicks to 3 cones
            Objective: TUG 11.4 s; Airex SL stance 7 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // PTA outcomes row left blank ("Berg ___/56  SLS L ___ s  TUG ___ s (not done — running late)") and no other number: measure missing; one-on-one, tall-kneel rhythmic stabilization, hurdles, foam EC; L ankle proprioception present.
        ["v2-h46-rosedale-pta-outcome-blanks"] = new(
            """
            PATAPSCO PHYSICAL THERAPY — Rosedale
            PTA DAILY NOTE · Supervising PT on site: D. Okafor, PT
            Pt seen one-on-one by PTA for the NMR.
            NMR (97112) 22 mins: rhythmic stabilization in tall kneeling; stepping over hurdles w/ a pause on the L; standing on the foam pad EC w/ head turns
            Deficit: ↓ L ankle proprioception and L stance stability after L ankle fx ORIF
            Outcomes:  Berg ___/56   SLS L ___ s   TUG ___ s   (not done — running late)
            """,
            ["S82.892D"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // Vermont OT "Level of assist (circle): I MI S (CGA) Min Mod Max" beside wood-carrying loads, trips and distance; stove loading from half-kneel; woodstove goal after L hip fracture: 97530 passes.
        ["v2-h46-barton-ot-assist-circled-97530"] = new(
            """
            Kingdom Valley Physical Therapy — Barton · Occupational Therapy
            97530, 24 minutes. Practiced carrying split wood from the porch box to the stove in a canvas log carrier (4 splits a trip, 6 trips, 18 feet), loading the stove from half-kneeling, and getting up from half-kneeling using the hearth bench.
            Level of assist (circle):  I   MI   S   (CGA)   Min   Mod   Max
            Goal: keep the woodstove going by herself this winter after the left hip fracture.
            """,
            ["S72.002D"], [OT("97530", 24)], []),

        // Baltimore PTA gait grid (surface | device | distance | assist | cues) with tile, ramp and curb rows; shuffling and short R step after hemiarthroplasty; corner-carryout goal: 97116 passes.
        ["v2-h46-highlandtown-pta-gait-grid-97116"] = new(
            """
            PATAPSCO PHYSICAL THERAPY — Highlandtown
            PTA DAILY NOTE · Supervising PT on site: M. Szymanski, PT
            Gait training (97116) 15 mins
             Surface        | Device | Distance     | Assist | Cues
             tile hallway   | RW     | 150 ft x 2   | CGA    | step through, don't shuffle
             ramp to lot    | RW     | 40 ft x 1    | Min A  | slow down on the descent
             curb           | RW     | 6-in curb x3 | Min A  | walker first, then R LE
            Deficit: shuffling, ↓ R step length after R hip hemiarthroplasty; wants to walk to the corner carryout on her block
            """,
            ["S72.001D", "Z96.641"], [PTA("97116", 15)], []),

        // "Individual treatment: No — Concurrent (2 pts, 1 PT)": not one-on-one; sharpened Romberg on foam, Airex step-and-reach, crash-mat head-turn walking; somatosensory loss with visual reliance; sharpened Romberg seconds and Berg present.
        ["v2-h46-manahawkin-individual-no"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Manahawkin
            PHYSICAL THERAPY DAILY NOTE
            Individual treatment: No — Concurrent (2 pts, 1 PT)
            Neuromuscular Re-education (97112) — 24 min
              • Romberg → sharpened Romberg on foam, EO → EC
              • step-and-reach to cones from the Airex
              • walking across the gym crash mat w/ head turns
            Problem addressed: somatosensory loss B feet (neuropathy) w/ ↑ reliance on vision; wants to walk on the sand at Beach Haven
            Objective: sharpened Romberg EC 7 s; Berg 47/56
            """,
            ["G62.9", "R26.81"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Long Island "CPT | Service | Min | 1:1 (Y/N)" table (NMR 23 Y, MT 10 Y, TE 15 Y, ice 10), a content line per code; R knee proprioception, flexion and extension after TKA; SLS seconds: passes.
        ["v2-h46-bayshore-cpt-min-1to1-table"] = new(
            """
            GREAT SOUTH BAY ORTHO & SPORTS PT — Bay Shore
            s/p R TKA POD 31
            CPT    | Service | Min | 1:1 (Y/N)
            97112  | NMR     | 23  | Y
            97140  | MT      | 10  | Y
            97110  | TE      | 15  | Y
            97010  | Ice     | 10  | —
            NMR: weight shifts R on the Airex; SLS R at the bar w/ ball toss; step-up-and-hold on 4-in step → for ↓ R knee proprioception and R stance instability; SLS R 5 s
            MT: patellar mobs sup/inf gr III; tib-fem A/P glides gr III 3 x 30 s; STM R distal quad → R knee flexion 102°, ext -4°
            TE: bike full revs, seat 9; heel slides 2 x 15; LAQ 3 x 10 @ 3 lb; step-ups 4-in 2 x 10
            """,
            ["Z96.651", "Z47.1"], [PT("97112", 23), PT("97140", 10), PT("97110", 15), PT("97010", 10)], []),

        // Vermont "Balance work done today (one on one with me):" with ✓ rows and a ✗ row for hurdles; R vestibular loss with head-turn unsteadiness; foam EC seconds and DGI: passes.
        ["v2-h46-newport-check-list-done"] = new(
            """
            Kingdom Valley Physical Therapy — Newport
            Balance work done today (one on one with me):
              ✓ standing on foam, eyes open and closed
              ✓ head turns while walking the hallway
              ✓ tandem walking along the tape, then backwards
              ✗ stepping over hurdles (knee too sore today)
            97112 — 21 minutes.
            He gets dizzy and unsteady when he turns his head quickly — R vestibular loss per the ENG done in October; sways most with eyes closed on foam.
            Foam eyes closed 8 seconds (was 3). DGI 19/24.
            """,
            ["H81.391"], [PT("97112", 21)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programmes as techniques

        // Jobe's series with 2 lb (scaption, sidelying ER, prone T and extension), Blackburn prone Y, wall walks; L shoulder elevation weakness after RCR; boat-cooler goal: 97110 passes.
        ["v3-h46-sayville-jobes-series-97110"] = new(
            """
            GREAT SOUTH BAY ORTHO & SPORTS PT — Sayville
            s/p L arthroscopic RCR (supraspinatus) 14 wks · Dr. Feld's RCR protocol, phase III
            TE 97110 — 24 min
              Jobe's series w/ 2 lb: scaption to 90° 3 x 10, sidelying ER 3 x 12, prone horizontal abd (T) 3 x 10, prone ext 3 x 10
              Blackburn prone Y 2 x 10; wall walks into flexion 10 reps
            Problem: L shoulder elevation weakness (scaption 4-/5); can't lift the cooler onto the boat
            """,
            ["M75.122"], [PT("97110", 24)], []),

        // Alfredson eccentric heel drops straight- and bent-knee with a 10-lb backpack, seated soleus raises with load, slant-board stretch; R midportion Achilles tendinopathy: 97110 passes.
        ["v3-h46-somerset-alfredson-97110"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Somerset
            PHYSICAL THERAPY DAILY NOTE
            Therapeutic Exercise (97110) — 16 min
              • Alfredson eccentric heel drops off the step: straight knee 3 x 15, bent knee 3 x 15, backpack w/ 10 lb
              • seated soleus raises on the machine 3 x 12 @ 45 lb
              • calf stretch on the slant board 3 x 30 s
            Problem addressed: R midportion Achilles tendinopathy — pain at the start of his walks on the D&R Canal towpath
            """,
            ["M76.61"], [PT("97110", 16)], []),

        // Balance-Based Torso Weighting (perturbation testing, weights placed on the vest, re-test), shelf reaching and quick stops, "Individual tx: PT : pt = 1 : 1"; truncal ataxia and postural control in MS; TUG and tandem with and without the vest: passes.
        ["v3-h46-mayfair-bbtw-97112"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — Mayfair
            NEURO OP DAILY TREATMENT NOTE
            Individual tx: PT : pt = 1 : 1
            Problem: MS w/ truncal ataxia and ↓ postural control; loses balance backward reaching into her overhead kitchen cabinets
            Intervention — 97112 NMR, 24 min:
              - Balance-Based Torso Weighting: resisted perturbations in standing to find the direction of lost control, then 1.5 lb placed anterior-R and 0.5 lb posterior on the BBTW vest; re-tested
              - standing reach to shelf height w/ the vest on, then tandem stance
              - walking w/ quick stops on command
            Outcome measure: TUG 12.6 s w/o vest → 10.9 s w/ vest; tandem 4 s → 9 s
            """,
            ["R27.8", "R26.81"], [PT("97112", 24)], []),

        // High-intensity gait training "per the Hornby protocol" (treadmill at a target heart-rate range, fast overground walking, stairs; distances and CGA) with no impairment, region or goal written: deficit missing.
        ["v3-h46-southphilly-hornby-gait-no-deficit"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — South Philly
            NEURO OP DAILY TREATMENT NOTE
            Intervention — 97116 Gait, 18 min: high-intensity gait training per the Hornby protocol
              - treadmill 1.8 → 2.2 mph in the harness (no BWS), HR held 118–126 (70–80% HRR)
              - overground fast walking 4 x 150 ft, CGA
              - stairs 2 flights w/ 1 rail, CGA
            Response: RPE 15/20 at peak; HR back to 88 after the last bout.
            """,
            ["I69.351"], [PT("97116", 18)], [At(Deficit, "97116")]),

        // "Pt attended the Tues/Thurs 'Sure Footing' balance class today (PTA-led, 5 pts)": not one-on-one; beam tandem, noodle step-overs, counter SLS head turns, Airex sit-to-stand; postural control and ankle strategy; Berg and tandem present.
        ["v3-h46-catonsville-sure-footing-class"] = new(
            """
            PATAPSCO PHYSICAL THERAPY — Catonsville
            PTA DAILY NOTE · Supervising PT on site: M. Szymanski, PT
            Pt attended the Tues/Thurs "Sure Footing" balance class today (PTA-led, 5 pts).
            NMR (97112) 25 mins: Sure Footing stations — tandem walk on the balance beam, step-overs of foam noodles, SLS at the counter w/ head turns, sit-to-stand onto the Airex
            Deficit: ↓ postural control and ankle strategy; 2 falls this winter on the ice outside her church
            Objective: Berg 47/56; tandem stance 8 s
            """,
            ["Z91.81", "R26.81"], [PTA("97112", 25)], [At(OneOnOne, "97112")]),

        // McKenzie repeated extension in lying (sets of 10, centralising), extension in standing, prone on elbows holds; L4-5 derangement with L leg symptoms; SLR degrees; truck sitting: 97110 passes.
        ["v3-h46-hardwick-mckenzie-reil-97110"] = new(
            """
            Kingdom Valley Physical Therapy — Hardwick
            He hurt his back lifting a full sap tank onto the trailer. McKenzie: still a derangement at L4-5, centralizes with extension.
            97110 — 15 minutes. Repeated extension in lying, 3 sets of 10; symptoms moved from the left calf to the left buttock by the third set. Extension in standing 10 reps. Prone on elbows 3 x 30 seconds. Lumbar roll for the truck seat reviewed.
            Straight-leg raise left 60 degrees (45 last week).
            """,
            ["M51.16"], [PT("97110", 15)], []),

        // OT Graded Motor Imagery (laterality judgments on the Recognise app, explicit imagery, mirror box), "Seen individually by OT for the full NMR time"; CRPS with ↓ L hand proprioception; laterality accuracy and response time: passes.
        ["v3-h46-centercity-ot-graded-motor-imagery-97112"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — Center City · Occupational Therapy
            Seen individually by OT for the full NMR time.
            Problem: CRPS type I L hand after distal radius fx — allodynia over the dorsum, slowed L/R hand recognition, ↓ L hand proprioception (wrist JPS errors 12°)
            97112 NMR, 23 min — Graded Motor Imagery:
              - left/right hand judgments on the Recognise app, 3 sets of 40 images
              - explicit motor imagery of wrist and finger movements, 10 reps each
              - mirror box: R hand movements watched in the mirror w/ the L hand hidden, 5 sets of 10
            Outcome measure: laterality accuracy L 71% (58% at IE), mean response 2.4 s
            """,
            ["G90.512", "S52.532D"], [OT("97112", 23)], []),

        // PTA strain-counterstrain at L iliacus and piriformis tender points with 90-s holds, STM, sidelying rotation stretch; L low back and buttock pain with flexion loss; fingertip-to-floor cm: 97140 passes.
        ["v3-h46-essex-pta-counterstrain-97140"] = new(
            """
            PATAPSCO PHYSICAL THERAPY — Essex
            PTA DAILY NOTE · Supervising PT on site: K. Brannigan, PT
            MT (97140) 12 mins: strain-counterstrain to tender points at the L iliacus and L piriformis, 90-s holds x 3 each; STM L glute med; L sidelying lumbar rotation stretch 3 x 30 s
            Deficit: L low back and buttock pain w/ ↓ lumbar flexion since pulling his crab pots; fingertip-to-floor 24 cm → 16 cm after
            """,
            ["M54.50"], [PTA("97140", 12)], []),

        // U-Step walker laser-line cueing at the gym doorway, arc turns with counting, pre-step weight shifts; "just this pt and me in the gym"; freezing and postural control on turns — but no number but the code and minutes: measure missing.
        ["v3-h46-chestnuthill-ustep-laser-no-number"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — Chestnut Hill
            NEURO OP DAILY TREATMENT NOTE
            Individual — just this pt and me in the gym
            Problem: PD w/ freezing of gait at doorways, ↓ step initiation and ↓ postural control on turns
            Intervention — 97112 NMR, 22 min:
              - U-Step walker w/ the laser line on: stepping over the line to initiate, then through the gym doorway
              - turning in an arc (not pivoting) around a cone, counting out loud
              - weight shift side to side before the first step
            Response: froze less through the doorway w/ the laser than without; wife will ask the neurologist about renting a laser walker.
            """,
            ["G20.A1"], [PT("97112", 22)], [At(Measure, "97112")]),

        // NDT facilitation at the L pelvis and knee for weight acceptance, key-point trunk facilitation for sit-to-stand, mirror midline; "Contact: individual"; L weight acceptance and pelvic motor control; dual-scale % BW and Berg: passes.
        ["v3-h46-hazlet-ndt-facilitation-97112"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Hazlet
            PHYSICAL THERAPY DAILY NOTE
            Contact: individual
            Neuromuscular Re-education (97112) — 24 min
              • NDT facilitation at the L pelvis and L knee for weight acceptance in stance, progressing to stepping the R foot onto a 4-in step
              • key-point facilitation at the trunk for sit-to-stand w/ equal weight bearing
              • mirror feedback for midline in standing
            Problem addressed: ↓ L LE weight acceptance and L pelvic motor control after R MCA infarct; leans R in standing
            Objective: L weight bearing 38% of body weight on dual scales (31% at IE); Berg 41/56
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // "Findings: SLR w/ 10° lag; R knee lacks 6° of ext; stiff-knee gait" is the region and impairment; quad sets with holds, SLR, weighted prone hangs, bike: 97110 passes.
        ["v4-h46-seaford-slr-lag-findings-97110"] = new(
            """
            GREAT SOUTH BAY ORTHO & SPORTS PT — Seaford
            s/p R TKA POD 19
            Findings: SLR w/ 10° lag; R knee lacks 6° of ext; stiff-knee gait, no heel strike R
            TE 97110 — 23 min: quad sets w/ towel under heel 2 x 15, 5-s hold; SLR 3 x 10; prone hangs 3 x 60 s w/ 2 lb at the ankle; bike rocking → full revs
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 23)], []),

        // "Findings: + shrug sign elevating the L arm; scapular winging (medial border) at 60° flexion; L deltoid 3+/5" is the region and impairment after reverse TSA; deltoid-programme exercises with doses: 97110 passes.
        ["v4-h46-babylon-shrug-sign-findings-97110"] = new(
            """
            GREAT SOUTH BAY ORTHO & SPORTS PT — Babylon
            s/p L reverse TSA 10 wks
            Findings: + shrug sign elevating the L arm; scapular winging (medial border) at 60° flexion; L deltoid 3+/5
            TE 97110 — 18 min: supine flexion w/ 1 lb (deltoid program) 3 x 10; supine serratus punches 3 x 12; standing scaption to 90° 2 x 10, no weight; wall push-up plus 2 x 10
            """,
            ["Z96.612", "Z47.1"], [PT("97110", 18)], []),

        // "Gait findings: R toe drag in swing, hip hiking to clear, R knee snaps back in mid-stance; short L step" is the impairment; PLS AFO and quad cane with distance and assist levels, mock rowhome stairs: 97116 passes.
        ["v4-h46-southphilly-toe-drag-hip-hike-97116"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — South Philly
            NEURO OP DAILY TREATMENT NOTE
            Gait findings: R toe drag in swing, hip hiking to clear, R knee snaps back in mid-stance; short L step
            Intervention — 97116 Gait, 15 min: walked w/ R PLS AFO and large-base quad cane, 3 x 120 ft, CGA → SBA; cued soft R knee in stance and R heel first; 4 steps up/down on the rowhome-height practice stairs w/ 1 rail, Min A
            """,
            ["I69.351", "R26.89"], [PT("97116", 15)], []),

        // "Findings: vibration absent at L great toe and L medial malleolus; 3 beats of clonus L ankle; L heel-to-shin overshoots" is the deficit; heel-to-shin tracing, Airex semi-tandem shifts, weighted-ankle target stepping; individual; Airex seconds and k of 10: passes.
        ["v4-h46-mayfair-vibration-clonus-findings-97112"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — Mayfair
            NEURO OP DAILY TREATMENT NOTE
            Findings: vibration absent at L great toe and L medial malleolus; 3 beats of clonus L ankle; L heel-to-shin overshoots
            Individual, PT hands-on the whole session
            Intervention — 97112 NMR, 23 min:
              - heel-to-shin tracing along a taped line on the mat, slow, EO then EC
              - standing on the Airex in semi-tandem w/ the L foot forward, weight shifts
              - stepping to floor targets w/ a 1-lb weight at the L ankle
            Outcome measure: semi-tandem on Airex 12 s; 7 of 10 heel-to-shin traces on the line
            """,
            ["R27.0", "R29.2"], [PT("97112", 23)], []),

        // "Findings: pull test + (4 backward steps, would have fallen w/o catch) — postural instability; en bloc turns" is the deficit; backward-release step training, big steps to tape, rotational turns; "no one else in the gym with us"; k of 8 and Mini-BESTest: passes.
        ["v4-h46-fishtown-pull-test-findings-97112"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — Fishtown
            NEURO OP DAILY TREATMENT NOTE
            Findings: pull test + (4 backward steps, would have fallen w/o catch) — postural instability; en bloc turns; soft voice
            Individual — no one else in the gym with us
            Intervention — 97112 NMR, 24 min:
              - backward step training: PT releases pt from a backward lean at the pelvis, pt takes one big step back
              - big backward and side steps to floor tape w/ arm swing
              - turning w/ trunk rotation to face targets on the wall
            Outcome measure: 5 of 8 releases recovered in 1–2 steps; Mini-BESTest 18/28
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // Vermont "Today: clinical DVA drops 4 lines with head turns; head shake makes him sway to the left" is the deficit; VOR x1 to a business card, head-turn walking, feet-together EC on a folded mat; one on one; DGI; snowmobile goal: passes.
        ["v4-h46-islandpond-dva-lines-findings-97112"] = new(
            """
            Kingdom Valley Physical Therapy — Island Pond
            Saw him one on one at the Island Pond satellite (the church basement space we rent on Thursdays).
            Today: clinical DVA drops 4 lines with head turns; head shake makes him sway to the left.
            97112, 23 minutes. Gaze stabilization (VOR x1) looking at a business card on the wall, sitting and then standing; walking the length of the basement with head turns side to side; standing feet together on the folded gym mat, eyes closed.
            DGI 18/24. He wants to ride his snowmobile again without the trees "jumping".
            """,
            ["H81.392"], [PT("97112", 23)], []),

        // PTA "Findings: L2–L4 stiff and painful to PA springing; taut band R quadratus lumborum; side-bend L fingertip travel 12 cm vs 19 cm R" is the region and impairment; central PA gr III with bouts, QL trigger-point pressure, sidelying rotation: 97140 passes.
        ["v4-h46-pikesville-pta-pa-springing-97140"] = new(
            """
            PATAPSCO PHYSICAL THERAPY — Pikesville
            PTA DAILY NOTE · Supervising PT on site: D. Okafor, PT
            Findings: L2–L4 stiff and painful to PA springing; taut band R quadratus lumborum; side-bend to the L fingertip travel 12 cm vs 19 cm to the R
            MT (97140) 10 mins: central PA mobs gr III L2–L4, 3 x 30 s each level; trigger point pressure R QL; sidelying lumbar rotation gr III, 3 bouts
            """,
            ["M54.50"], [PTA("97140", 10)], []),

        // OT "Findings: motor planning and sequencing errors — shirt on the unaffected arm first x2, toothpaste on the handle" is the deficit; backward-chained dressing, picture-card tooth brushing with error counts, Min A at the sink: 97530 passes.
        ["v4-h46-hazlet-ot-sequencing-findings-97530"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Hazlet — Occupational Therapy
            OCCUPATIONAL THERAPY DAILY NOTE
            Findings: motor planning and sequencing errors — put the shirt on the L (unaffected) arm first x2, squeezed toothpaste onto the brush handle; needed hand-over-hand to start
            Therapeutic Activities (97530) — 25 min
              • upper-body dressing at the edge of the mat w/ a button-down shirt, 3 trials, backward-chaining the last 2 steps
              • 6-step tooth-brushing sequence at the sink w/ picture cards: 2 errors on trial 3 (5 on trial 1)
              • Min A for standing balance at the sink
            """,
            ["I69.398", "R48.2"], [OT("97530", 25)], []),

        // "Screen today: LT and proprioception intact B LEs; no nystagmus; VOMS no symptom provocation; cervical ROM full; coordination WNL" and no deficit anywhere; individual, foam hop-and-stick, rebounder SL catches, called cone cuts; BESS and k of 10: deficit missing.
        ["v4-h46-roxborough-screen-all-normal-97112"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — Roxborough
            NEURO OP DAILY TREATMENT NOTE — visit 9
            Screen today: LT and proprioception intact B LEs; no nystagmus; VOMS no symptom provocation; cervical ROM full; coordination WNL
            Individual, one PT, one pt
            Intervention — 97112 NMR, 20 min:
              - single-leg hops onto a foam pad, stick the landing
              - reactive ball catches off the rebounder in SL stance
              - cutting drills to colored cones called out by PT
            Outcome measure: BESS 7 errors; 9 of 10 rebounder catches
            """,
            ["S06.0X0D"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // "Gait observation today: no deviations; step length symmetric; normal cadence and arm swing" and nothing else targeted; outdoor loop with curbs, laps of a known length, Mod I, reciprocal stairs: deficit missing on the 97116.
        ["v4-h46-wall-gait-no-deviations-97116"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Wall Township
            PHYSICAL THERAPY DAILY NOTE
            Gait observation today: no deviations; step length symmetric; normal cadence and arm swing
            Gait Training (97116) — 14 min
              • outdoor loop around the building: asphalt, grass island, 2 curbs; 2 laps of 600 ft, no device, Mod I
              • stairs: 2 flights reciprocal, rail not used
            """,
            ["Z96.641"], [PT("97116", 14)], [At(Deficit, "97116")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // "Sensory Organization Test composite 61 (norm 70+); vestibular ratio 0.38" is the only number; optokinetic foam stance, waiting-room head turns, foam VOR x1; L hypofunction with visual dependence; individual: passes.
        ["v5-h46-brick-sot-composite-97112"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Brick
            PHYSICAL THERAPY DAILY NOTE
            Contact: individual
            Neuromuscular Re-education (97112) — 22 min
              • standing on foam w/ the optokinetic projector running, EO
              • walking w/ head turns past the busy waiting-room windows
              • gaze stabilization (VOR x1) standing on foam
            Problem addressed: L vestibular hypofunction w/ visual dependence — dizzy in the ShopRite aisles
            Objective: Sensory Organization Test composite 61 (norm 70+); vestibular ratio 0.38
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // MS gait with a carbon AFO and trekking poles, bus-step practice, CGA; "Timed 25-Foot Walk 8.9 s (avg of 2 trials)"; L foot drop with circumduction: 97116 passes.
        ["v5-h46-centercity-t25fw-97116"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — Center City
            NEURO OP DAILY TREATMENT NOTE
            Problem: MS — L foot drop and circumduction late in the walk, L hip flexor fatigue
            Intervention — 97116 Gait, 16 min: walked the lobby loop w/ a carbon-fiber L AFO and B trekking poles; cues for L hip flexion and heel first; practiced the SEPTA bus step height (12 in) up/down x4, CGA
            Outcome measure: Timed 25-Foot Walk 8.9 s (avg of 2 trials)
            """,
            ["R26.89", "R53.83"], [PT("97116", 16)], []),

        // PTA "Pt worked 1:1 w/ this PTA for the NMR"; counter semi-tandem/tandem holds, clothesline reaching, Airex step-ups with holds; static and reactive postural control; "4-Stage Balance Test: stage 3 … 10 s, stage 4 … 4 s": passes.
        ["v5-h46-parkville-pta-4-stage-test-97112"] = new(
            """
            PATAPSCO PHYSICAL THERAPY — Parkville
            PTA DAILY NOTE · Supervising PT on site: M. Szymanski, PT
            Pt worked 1:1 w/ this PTA for the NMR.
            NMR (97112) 23 mins: semi-tandem and tandem holds at the counter, EC on the last trial; reaching out of BOS to a clothesline (she hangs laundry in her back yard); step-ups onto the Airex w/ a hold
            Deficit: ↓ static and reactive postural control; relies on the counter
            4-Stage Balance Test: stage 3 (semi-tandem) 10 s, stage 4 (tandem) 4 s
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], []),

        // Vermont "Step Test: R 9 steps, L 13 steps in 15 seconds. Semi-tandem on foam 11 seconds."; block stepping, foam semi-tandem head turns, EC side-stepping in the bars; R foot proprioception after stroke; one-on-one; mailbox goal: passes.
        ["v5-h46-danville-step-test-97112"] = new(
            """
            Kingdom Valley Physical Therapy — Danville
            Worked one-on-one with her for the whole visit.
            97112, 24 minutes. Stepping up onto and off the 4-inch block, alternating feet as fast as she safely can; standing on the foam with her feet in semi-tandem while turning her head; side-stepping along the parallel bars with eyes closed.
            Her right foot proprioception is off since the stroke (can't find her big toe position with eyes closed) and she catches her right foot on the edge of rugs.
            Step Test: R 9 steps, L 13 steps in 15 seconds. Semi-tandem on foam 11 seconds.
            Goal: walk out to the mailbox at the end of the dirt road in mud season.
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // OT pill-organizer filling, coin feeding and list writing with a built-up pen; R hand dexterity after L MCA stroke and a pill-box goal; "Box and Block R 34 / L 52" and error counts: 97530 passes.
        ["v5-h46-oldbridge-ot-box-and-block-97530"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Old Bridge — Occupational Therapy
            OCCUPATIONAL THERAPY DAILY NOTE
            Therapeutic Activities (97530) — 20 min
              • sorting a week of pills into a 7-day AM/PM organizer from 5 bottles w/ child-proof caps, seated
              • picking coins up from the table and feeding them into a slotted bank
              • writing her grocery list w/ a built-up pen
            Problem addressed: ↓ R hand dexterity and in-hand manipulation after L MCA stroke; goal: fill her own pill box
            Objective: Box and Block R 34 / L 52; organizer filled w/ 1 error (4 errors last wk)
            """,
            ["I69.331"], [OT("97530", 20)], []),

        // "PROM L shoulder before → after: flexion 128° → 141°; ER at 45° abd 38° → 47°"; inferior and posterior GH glides gr III–IV, end-range ER with contract-relax; L adhesive capsulitis: 97140 passes.
        ["v5-h46-merrick-capsulitis-prom-before-after-97140"] = new(
            """
            GREAT SOUTH BAY ORTHO & SPORTS PT — Merrick
            L adhesive capsulitis, freezing → frozen phase
            MT 97140 — 15 min: GH inferior glide gr III–IV in 60° abd; posterior glide gr III in flexion; end-range ER mobilization w/ contract-relax, 5 reps
            PROM L shoulder before → after: flexion 128° → 141°; ER at 45° abd 38° → 47°
            """,
            ["M75.02"], [PT("97140", 15)], []),

        // PTA "Pt needed fewer steps to recover today than last week and was steadier on the foam. Will re-test Berg next visit." and no number but the code and minutes: measure missing; one-on-one, nudge stepping, foam catches, heel-to-toe head turns; protective stepping and proprioception present.
        ["v5-h46-essex-pta-fewer-steps-no-number"] = new(
            """
            PATAPSCO PHYSICAL THERAPY — Essex
            PTA DAILY NOTE · Supervising PT on site: K. Brannigan, PT
            Seen one-on-one by PTA.
            NMR (97112) 21 mins: stepping-strategy practice to forward and side nudges at the pelvis; standing on the foam pad while catching a beach ball; walking heel-to-toe along the tape w/ head turns
            Deficit: slow protective stepping to the L and ↓ proprioception in both feet
            Pt needed fewer steps to recover today than last week and was steadier on the foam. Will re-test Berg next visit.
            """,
            ["R26.81", "G62.9"], [PTA("97112", 21)], [At(Measure, "97112")]),

        // Vermont cane walk through the hallway and gravel lot with cues, L knee buckling and short step after TKA, "Steadier than last week" — no distance, count or assistance level: measure missing on the 97116.
        ["v5-h46-derby-cane-walk-no-measure-97116"] = new(
            """
            Kingdom Valley Physical Therapy — Derby
            97116 — 15 minutes. Gait training with his straight cane in the right hand: the hallway, then out across the gravel lot to his truck and back. Cued him to look up, not at his feet, and to take an even step with the left.
            His left knee buckles when he's tired and his left step is short since the knee replacement.
            Steadier than last week. He's hoping to walk the fairgrounds at the Orleans County Fair in August.
            """,
            ["Z96.652", "Z47.1"], [PT("97116", 15)], [At(Measure, "97116")]),

        // OT dishwasher, counter wiping and rollator-seat carry with standing balance and L hand weakness and a clean-up goal, but no assistance level, count or number: measure missing on the 97530.
        ["v5-h46-redbank-ot-kitchen-no-level-97530"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Red Bank — Occupational Therapy
            OCCUPATIONAL THERAPY DAILY NOTE
            Therapeutic Activities (97530) — 22 min
              • loading and unloading the dishwasher w/ the rollator parked beside her
              • wiping down the counter and stovetop, reaching to the back burners
              • carrying a mug of water on the rollator seat from the sink to the table
            Problem addressed: ↓ standing balance and L hand weakness after L distal radius fx; goal: do her own kitchen clean-up
            Patient response: tired by the end, no pain increase.
            """,
            ["S52.532D", "R26.81"], [OT("97530", 22)], [At(Measure, "97530")]),

        // Exercise list "quad sets, SLR, heel slides, clamshells, bridges, wall sits — reviewed HEP" with no sets, reps, load or other number; R quad weakness and knee stiffness after the scope: measure missing on the 97110.
        ["v5-h46-bellmore-hep-list-no-dose-97110"] = new(
            """
            GREAT SOUTH BAY ORTHO & SPORTS PT — Bellmore
            s/p R partial medial meniscectomy
            TE 97110 — 15 min: quad sets, SLR, heel slides, clamshells, bridges, wall sits — reviewed HEP, pt performing correctly
            Problem: R quad weakness and R knee stiffness after the scope
            """,
            ["M23.221"], [PT("97110", 15)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, missing separate time

        // NJ "Time Calculation" block with dot leaders (97112 23, 97110 15, hot pack 10, timed 38, total 48) after a "Treatment Performed" list; lumbopelvic control and hip weakness; SLS and Y-balance; individual: passes.
        ["v6-h46-freehold-time-calculation-block"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Freehold
            PHYSICAL THERAPY DAILY NOTE
            Contact: individual — therapist with this patient only
            Treatment Performed
              Neuromuscular Re-education: PNF rhythmic stabilization in half-kneeling; SL stance on the Airex w/ UE D2 reach; retro step-and-hold onto the L
              Therapeutic Exercise: bridges w/ band at knees 3 x 12; sidelying hip abd 3 x 10; leg press 3 x 12 @ 60 lb
              Hot pack to the lumbar spine, seated
            Problem addressed: ↓ lumbopelvic control and L hip abductor weakness (4-/5); L stance instability
            Objective: L SLS 8 s (R 21 s); Y-balance posteromedial L 71 cm
            Time Calculation
              97112 Neuro Re-ed ........ 23
              97110 Ther Ex ............ 15
              97010 Hot/Cold Pack ...... 10
              Timed Code Minutes: 38 · Total Treatment Minutes: 48
            """,
            ["M54.50", "M62.81"], [PT("97112", 23), PT("97110", 15), PT("97010", 10)], []),

        // Baltimore PTA "Time (min): TE 15 | NMR 8 | timed total 23" gives both codes; one-on-one; NuStep, sit-to-stand, marches; foam EO/EC, hurdle pauses, tandem; weakness and proprioception; Berg and tandem: passes.
        ["v6-h46-dundalk-pta-time-row"] = new(
            """
            PATAPSCO PHYSICAL THERAPY — Dundalk
            PTA DAILY NOTE · Supervising PT on site: K. Brannigan, PT
            One-on-one w/ PTA throughout.
            Interventions:
             TE — NuStep level 4 x 500 steps; sit-to-stand 3 x 10; standing marches 2 x 20
             NMR — standing on the foam pad EO/EC; step-overs of a 6-in hurdle w/ a pause; tandem walk 4 x 15 ft
            Deficit: B LE weakness (hip ext 4-/5) and ↓ proprioception B feet; afraid on the MTA bus steps
            Objective: Berg 49/56; tandem walk 4 x 15 ft w/ 1 step-off
            Time (min): TE 15 | NMR 8 | timed total 23
            """,
            ["M62.81", "R26.81"], [PTA("97110", 15), PTA("97112", 8)], []),

        // Vermont minutes in words ("We spent twenty-three minutes on balance (97112) … The last fifteen minutes were strengthening (97110)"); treated one-on-one; both sections complete; Berg and 5xSTS: passes.
        ["v6-h46-stjohnsbury-minutes-in-words"] = new(
            """
            Kingdom Valley Physical Therapy — St. Johnsbury
            Mrs. L., 81, back after two weeks at her daughter's in Concord. Treated one-on-one.
            We spent twenty-three minutes on balance (97112): rocker board in the bars with hands hovering, stepping over the row of cones without looking down, and standing on the foam with her eyes closed while I gave light nudges. The last fifteen minutes were strengthening (97110): sit-to-stand from a kitchen-height chair 3 x 10, step-ups onto the 6-inch step 2 x 10 each leg, and heel raises 2 x 15.
            Problems: poor ankle strategy and slow reactions when she trips; both hips weak (4-/5).
            Berg 47/56 (44 at eval); five times sit-to-stand 14.2 seconds.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Philadelphia clock ranges "97112 NMR 1:02–1:25 pm" (23) and "97116 Gait 1:25–1:40 pm" (15) match; individual; clock-face tapping, PNF D1, step-ups; hemi-walker gait with distances; motor control and proprioception; 10MWT and JPS: passes.
        ["v6-h46-southphilly-clock-ranges"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — South Philly
            NEURO OP DAILY TREATMENT NOTE
            Individual, PT hands-on for every billed minute
            Problem: R hemiparesis after L MCA stroke; ↓ R LE motor control and R ankle proprioception; drags the R toe on the curb at the Italian Market
            97112 NMR 1:02–1:25 pm: R LE taps to targets on a floor clock face; PNF D1 flexion R LE w/ quick stretch; step-ups leading w/ the R onto a 4-in step
            97116 Gait 1:25–1:40 pm: hemi-walker 3 x 100 ft, CGA, cues for R knee flexion in swing; 6-in curb x4, Min A
            Outcome measure: 10MWT 0.52 m/s; R ankle JPS correct 4 of 10
            """,
            ["I69.351"], [PT("97112", 23), PT("97116", 15)], []),

        // Long Island "TE 97110 x 30 mins" and "MT 97140 x 8 mins" match; AAROM, pulleys, isometrics with doses; GH glides and STM; R shoulder stiffness after RCR with PROM degrees: passes.
        ["v6-h46-wantagh-x-mins"] = new(
            """
            GREAT SOUTH BAY ORTHO & SPORTS PT — Wantagh
            s/p R RCR 7 wks, out of the sling · Dr. Russo's protocol, phase II
            TE 97110 x 30 mins: pulleys flexion 2 x 15; supine cane AAROM flexion/ER 2 x 15; table slides 2 x 15; submax isometrics ER/IR/ext 10 x 5-s; scapular retraction 2 x 15
            MT 97140 x 8 mins: GH posterior and inferior glides gr II–III; STM R upper trap and pec minor
            Problem: R shoulder stiffness and pain after RCR; PROM flexion 132°, ER 40°
            """,
            ["M75.121"], [PT("97110", 30), PT("97140", 8)], []),

        // Time Calculation "97112 Neuro Re-ed — 35 min" against a 23-min line (97110 15 matches): mismatch on the 97112; individual, stepping-strategy, half-roller, ball-toss walking; stepping response and hip weakness; FGA and alternate step test.
        ["v6-h46-somerset-nmr-minutes-differ"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Somerset
            PHYSICAL THERAPY DAILY NOTE
            Contact: individual
            Treatment Performed
              Neuro Re-ed: stepping-strategy drills off a forward-lean release; SL stance on the half foam roller; walking w/ ball toss around the gym
              Ther Ex: step-ups 6-in 3 x 10; hip abduction machine 3 x 12 @ 30 lb
            Problem addressed: slow stepping response and ↓ postural control; B hip weakness (4/5)
            Objective: FGA 21/30; alternate step test 10.2 s
            Time Calculation
              97112 Neuro Re-ed — 35 min
              97110 Ther Ex — 15 min
            """,
            ["R26.81"], [PT("97112", 23), PT("97110", 15)], [At(Mismatch, "97112")]),

        // One-code manual visit "MT 97140 (x25 mins)" against a 12-min line: mismatch; patellar and tib-fem mobs with grades and bouts, flexion MWM, STM; L knee flexion and extension deficit after TKA.
        ["v6-h46-commack-one-code-mt-minutes-differ"] = new(
            """
            GREAT SOUTH BAY ORTHO & SPORTS PT — Commack
            s/p L TKA POD 27
            MT 97140 (x25 mins): patellar mobs sup/inf/med/lat gr III; tib-fem posterior glides gr III 3 x 30 s; flexion MWM in sitting 10 reps; STM L quad/ITB
            Findings: L knee flexion 94°, ext lacks 5°; suprapatellar adhesion
            """,
            ["Z96.652", "Z47.1"], [PT("97140", 12)], [At(Mismatch, "97140")]),

        // PT/OT co-treat: PT "97116 Gait, 15 min" matches; OT "97530, 30 min" against an 18-min OT line: one mismatch, on the 97530; rollator gait and laundry tasks complete with distances, CGA → SBA, foot drop and a laundry goal.
        ["v6-h46-mayfair-cotreat-ot-minutes-differ"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — Mayfair · PT/OT co-treat
            PT — 97116 Gait, 15 min: rollator 2 x 200 ft, SBA; stepping over shoes and a laundry basket on the floor; cues for L heel strike and ↑ L step height (L foot drop, MS)
            OT — 97530, 30 min: carried a small basket on the rollator seat from the bedroom mock-up to the washer, loaded/unloaded the front-loader from a stool, folded towels standing at the counter, CGA → SBA; goal: do her own laundry on the first floor of her twin home
            """,
            ["R26.89", "R53.83"], [PT("97116", 15), OT("97530", 18)], [At(Mismatch, "97530")]),

        // Vermont "Treatment time 40 minutes, one-on-one." for exercise (97110) and manual (97140) without minutes for either: separate time missing; both sections complete; flexion-sensitive LBP and a wood-splitting goal.
        ["v6-h46-glover-treatment-time-total"] = new(
            """
            Kingdom Valley Physical Therapy — Glover
            Treatment time 40 minutes, one-on-one.
            Exercise (97110): hip hinge with a dowel 3 x 10; deadlift from blocks with a 20-lb kettlebell 3 x 8; bird dog 2 x 10 each side; side plank from the knees 3 x 20 seconds.
            Manual (97140): central PAs L3–L5 grade III, 3 bouts of 30 seconds each level; soft tissue work to the left lumbar paraspinals.
            For his low back (left-sided, flexion-sensitive) so he can get back to splitting and stacking his 4 cords before the snow.
            """,
            ["M54.50"], [PT("97110", 25), PT("97140", 15)], [SepTime]),

        // PTA "NMR (97112) 23 mins" but the TE section has no minutes: separate time missing; one-on-one, both sections complete (beam tandem, rocker board, releases; step-ups and bridges with doses), Berg present.
        ["v6-h46-perryhall-pta-te-without-minutes"] = new(
            """
            PATAPSCO PHYSICAL THERAPY — Perry Hall
            PTA DAILY NOTE · Supervising PT on site: D. Okafor, PT
            Pt seen one-on-one by this PTA.
            NMR (97112) 23 mins: tandem walk on the balance beam; rocker board A/P w/ hands off the rail; stepping reactions to releases from a lateral lean
            TE: step-ups 6-in 2 x 12; bridges 3 x 10; standing hip abd w/ 2 lb 2 x 12 B
            Deficit: ↓ lateral postural control, slow stepping to the R; B hip weakness (4-/5)
            Objective: Berg 45/56
            """,
            ["R26.81", "M62.81"], [PTA("97112", 23), PTA("97110", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a one-code 97110 visit: DOC_NOTE_MISSING on the 97110, nothing else.
        ["v7-h46-empty-97110"] = new(
            "",
            ["M17.11"], [PT("97110", 15)], [At(NoteMissing, "97110")]),

        // Empty note on a 97112 + 97140 visit sent with no diagnosis: DOC_NOTE_MISSING on both profiled lines and the diagnosis check.
        ["v7-h46-empty-nmr-mt-no-dx"] = new(
            "",
            [], [PT("97112", 23), PT("97140", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97140"), Dx]),

        // Line breaks and spaces only on a gait visit with a hot pack (97010 has no profile): DOC_NOTE_MISSING on the 97116 only.
        ["v7-h46-blank-lines-gait-and-hot-pack"] = new(
            "\r\n\r\n   \r\n",
            ["Z96.641"], [PT("97116", 15), PT("97010", 10)], [At(NoteMissing, "97116")]),

        // 97110 whose only target is the body region ("· R shoulder") with named exercises and doses: the contract counts the region as the deficit: passes.
        ["v7-h46-97110-region-only-target"] = new(
            """
            GREAT SOUTH BAY ORTHO & SPORTS PT — Islip
            TE 97110 — 17 min · R shoulder
              pendulums 2 x 30 s; supine cane flexion 2 x 15; seated table slides 2 x 15; scapular squeezes 2 x 15 w/ 3-s hold
            """,
            ["M75.101"], [PT("97110", 17)], []),

        // 97530 whose target is a functional goal (drive to the feed store and unload his own salt) with pickup-cab transfers, salt-bag lifts onto a hand truck, counts, loads, distance and stand-by assist: passes.
        ["v7-h46-97530-feed-store-goal"] = new(
            """
            Kingdom Valley Physical Therapy — Craftsbury
            97530 — 20 minutes. Getting up into and down from the cab of his pickup using the grab handle and running board, 5 times; lifting 40-lb bags of water-softener salt from the tailgate onto a hand truck, 4 bags, with a hip hinge; wheeling the hand truck 30 feet to the cellar door. Stand-by assist.
            Goal: drive to the feed store in town and unload his own salt and grain, three months after his right hip replacement.
            """,
            ["Z96.641", "Z47.1"], [PT("97530", 20)], []),

        // 97140 with named manual techniques (patellar mobs, tib-fem posterior glides, STM), grades and bouts, and the R knee flexion limitation after TKA: passes.
        ["v7-h46-97140-knee-mobs-grades-bouts"] = new(
            """
            GREAT SOUTH BAY ORTHO & SPORTS PT — West Islip
            MT 97140 — 9 min: R patellar mobs sup/inf gr III, 3 x 30 s; tib-fem posterior glides gr III for flexion, 3 x 30 s; STM R distal quad and lateral retinaculum
            For R knee flexion limitation after TKA (flexion 101°)
            """,
            ["Z96.651", "Z47.1"], [PT("97140", 9)], []),

        // PTA 97116: stair training on a 14-step staircase with an SPC and rail, round trips, SBA, level walking distance; antalgic gait with short L stance (knee OA): passes.
        ["v7-h46-97116-rowhouse-stairs"] = new(
            """
            PATAPSCO PHYSICAL THERAPY — Canton
            PTA DAILY NOTE · Supervising PT on site: M. Szymanski, PT
            Gait training (97116) 13 mins: stair training on the clinic's 14-step staircase (same count as her rowhouse), step-to pattern w/ SPC in the R hand and L hand on the rail, 2 round trips, SBA; level walking w/ SPC 200 ft, cues for equal stance time
            Deficit: antalgic gait, ↓ L stance time (L knee OA)
            """,
            ["M17.12"], [PTA("97116", 13)], []),

        // PTA "MT (97140) 10 mins — manual therapy as indicated. Pt tolerated tx well. Continue per POC.": no technique, region, parameter or number; generic only.
        ["v7-h46-97140-as-indicated-generic"] = new(
            """
            PATAPSCO PHYSICAL THERAPY — Hamilton
            PTA DAILY NOTE · Supervising PT on site: D. Okafor, PT
            MT (97140) 10 mins — manual therapy as indicated. Pt tolerated tx well. Continue per POC.
            """,
            ["M54.2"], [PTA("97140", 10)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // "Contact: individual" then "balance and coordination activities. Patient tolerated well. Continue plan of care.": one-on-one stated, everything else generic.
        ["v7-h46-97112-individual-but-generic"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Toms River
            PHYSICAL THERAPY DAILY NOTE
            Contact: individual
            Neuromuscular Re-education (97112) — 20 min: balance and coordination activities. Patient tolerated well. Continue plan of care.
            """,
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // OT "functional activities to improve independence. Good participation, pt motivated. Will continue.": no activity, goal, assistance level or number on the 97530; generic only.
        ["v7-h46-97530-independence-generic"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — Center City · Occupational Therapy
            97530 Ther Act, 18 min: functional activities to improve independence. Good participation, pt motivated. Will continue.
            """,
            ["I69.354"], [OT("97530", 18)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // NJ lumbar radiculopathy: press-ups, bracing, bird dog, hip hinge with doses; central PA gr III with bouts and STM; SLR and extension numbers; Time Calculation 23 / 10 matches: passes.
        ["vord-h46-oldbridge-lumbar-te-mt"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Old Bridge
            PHYSICAL THERAPY DAILY NOTE — Visit 4 of 10
            Subjective: L leg tingling to the knee now, not the foot; sat through the NJ Transit ride to Newark without getting up.
            Treatment Performed
              Therapeutic Exercise: prone press-ups 3 x 10; supine TrA bracing w/ march 2 x 12; bird dog 2 x 10 each side; hip hinge w/ dowel 2 x 10
              Manual Therapy: central PA mobilization L4–L5 gr III, 3 x 30 s; STM L lumbar paraspinals and L glute med
            Problem addressed: L L5 radiculopathy w/ ↓ lumbar extension; sitting tolerance for commuting
            Objective: lumbar ext 50% → 75% after press-ups; SLR L 55° (40° at IE)
            Time Calculation
              97110 Ther Ex ............ 23
              97140 Manual Therapy ..... 10
            Patient response: symptoms centralized to the L knee.
            """,
            ["M54.16"], [PT("97110", 23), PT("97140", 10)], []),

        // NJ hand therapy (OT) after carpal tunnel release: nerve and tendon glides, putty, wrist ext with doses (15); scar and edema massage (8); scar adhesion and Jamar pounds; jar and phone goal: passes.
        ["vord-h46-somerset-ot-carpal-tunnel-te-mt"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Somerset — Hand Therapy (OT)
            OCCUPATIONAL THERAPY DAILY NOTE
            s/p R open carpal tunnel release, 4 wks
            Therapeutic Exercise (97110) — 15 min: median nerve glides 10 each position; tendon glides 10 each; soft putty pinch and gross grasp 2 x 15; wrist ext 2 x 12 @ 1 lb
            Manual Therapy (97140) — 8 min: scar massage and scar mobilization over the R palm incision; retrograde edema massage R hand
            Problem addressed: R palmar scar adhesion, ↓ R grip (Jamar 28 lb vs L 52 lb); night tingling resolved
            Goal: open jars and hold her phone without dropping it
            """,
            ["G56.01"], [OT("97110", 15), OT("97140", 8)], []),

        // NJ vestibular NMR (23, individual) and gait (15): foam VOR x1, marching saccades, pivot-turn habituation; head-turn hallway walking and shoe step-overs; R hypofunction and veering; DGI: passes.
        ["vord-h46-brick-vestibular-nmr-gait"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Brick
            PHYSICAL THERAPY DAILY NOTE
            Contact: individual — therapist with this patient only
            Neuromuscular Re-education (97112) — 23 min
              • VOR x1 horizontal, standing feet together on foam, 3 x 45 s
              • saccades between 2 targets while marching in place
              • habituation: quick pivot turns to the R x10 w/ rests
            Gait Training (97116) — 15 min
              • hallway walking w/ head turns to name pictures, 4 x 100 ft, SBA
              • stepping over 3 shoes and turning back, no device
            Problem addressed: R vestibular hypofunction w/ gaze instability and motion-provoked dizziness; veers on head turns while walking
            Objective: DGI 16/24 (12/24 at IE)
            """,
            ["H81.21"], [PT("97112", 23), PT("97116", 15)], []),

        // NJ hip fracture TE (15) and TA (15): heel slides, bridges, hip abd/ext, mini squats with doses; floor transfers via half-kneel, laundry-basket lifts, mock-car transfers with assist levels; floor-recovery goal: passes.
        ["vord-h46-lakewood-hip-fx-te-ta"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Lakewood
            PHYSICAL THERAPY DAILY NOTE
            Treatment Performed
              Therapeutic Exercise (97110) — 15 min: supine heel slides 2 x 15; bridges 2 x 12; standing hip abd/ext 2 x 10 each w/ 2 lb; mini squats at the counter 2 x 10
              Therapeutic Activities (97530) — 15 min: floor transfer via half-kneel to a chair x3, Min A → CGA; lifting a laundry basket from the floor x4 w/ hip hinge; mock-car transfer x2, SBA
            Problem addressed: L hip weakness after L intertrochanteric fx (IM nail); goal: get up from the floor after a fall and manage her laundry
            """,
            ["S72.142D"], [PT("97110", 15), PT("97530", 15)], []),

        // Baltimore PTA knee OA: NuStep, LAQ, TKE, step-ups with doses (15); SPC gait on tile and carpet with distance and stairs, SBA (12); quad weakness and antalgic gait: passes.
        ["vord-h46-dundalk-pta-knee-oa-te-gait"] = new(
            """
            PATAPSCO PHYSICAL THERAPY — Dundalk
            PTA DAILY NOTE · Supervising PT on site: K. Brannigan, PT
            Pt reports she walked to church bingo twice this week; R knee stiff in the mornings.
            Interventions:
             TherEx (97110) 15 mins: NuStep level 5 x 600 steps; LAQ 3 x 10 w/ 3 lb; standing TKE w/ red band 3 x 15; step-ups 4-in 2 x 10
             Gait (97116) 12 mins: SPC in the L hand 2 x 250 ft on tile and carpet, SBA; cued heel-toe and ↑ R knee ext at heel strike; 1 flight step-over-step w/ rail, SBA
            Deficit: R knee OA w/ quad weakness (4-/5) and antalgic gait
            Pt response: R knee sore after, will ice at home per HEP.
            """,
            ["M17.11"], [PTA("97110", 15), PTA("97116", 12)], []),

        // Baltimore PTA neck: chin tucks, prone row/T, band ER, pec stretch with doses (16); STM, suboccipital release, manual traction pulls (10); rotation degrees and DNF seconds; parking goal: passes.
        ["vord-h46-catonsville-pta-neck-te-mt"] = new(
            """
            PATAPSCO PHYSICAL THERAPY — Catonsville
            PTA DAILY NOTE · Supervising PT on site: M. Szymanski, PT
            TherEx (97110) 16 mins: supine chin tucks 2 x 10 w/ 5-s hold; prone row and T 2 x 12; band ER at 0° green 2 x 15; doorway pec stretch 3 x 30 s
            MT (97140) 10 mins: STM B upper traps/levator; suboccipital release; manual cervical traction, 3 x 30-s pulls
            Deficit: neck pain w/ forward head posture, ↓ L rotation (55°), DNF endurance 12 s
            Goal: turn her head to back out of a parking space without pain
            """,
            ["M54.2"], [PTA("97110", 16), PTA("97140", 10)], []),

        // Baltimore PTA three codes after hemiarthroplasty: TE 12, TA 15 (toilet transfers, low-cabinet reaching with assist levels), gait 13 (RW distance, step, SBA/CGA); hip weakness and a stay-home-alone goal: passes.
        ["vord-h46-parkville-pta-hip-three-codes"] = new(
            """
            PATAPSCO PHYSICAL THERAPY — Parkville
            PTA DAILY NOTE · Supervising PT on site: D. Okafor, PT
            TherEx (97110) 12 mins: sit-to-stand 3 x 8 from a 19-in chair; standing hip abd/ext 2 x 10 B; heel raises 2 x 15
            Ther Act (97530) 15 mins: toilet transfers w/ grab bar x4, SBA; reaching into the low kitchen cabinet from standing w/ RW parked, x6, CGA
            Gait (97116) 13 mins: RW 2 x 150 ft, SBA; cues for step-through pattern; 6-in step up/down x4, CGA
            Deficit: R hip weakness (3+/5) and ↓ standing balance 6 wks after R hip hemiarthroplasty; goal: stay home alone during the day while her son works
            """,
            ["S72.001D", "Z96.641"], [PTA("97110", 12), PTA("97530", 15), PTA("97116", 13)], []),

        // Baltimore PTA NMR (23) + TE (15), "Pt seen one-on-one by this PTA, no other pts during his time"; lean releases, beam tandem, rocker-board ball pass; loads on TE; stepping and lateral postural control; Berg and k of 6: passes.
        ["vord-h46-highlandtown-pta-nmr-te"] = new(
            """
            PATAPSCO PHYSICAL THERAPY — Highlandtown
            PTA DAILY NOTE · Supervising PT on site: M. Szymanski, PT
            Pt seen one-on-one by this PTA, no other pts during his time.
            NMR (97112) 23 mins: reactive stepping to releases from a forward and lateral lean; tandem walk on the balance beam; rocker board M/L w/ a 2-lb ball pass
            TE (97110) 15 mins: leg press 3 x 12 @ 70 lb; hip abduction machine 3 x 12 @ 40 lb; step-ups 6-in 2 x 10
            Deficit: slow stepping reactions and ↓ lateral postural control; B hip abductors 4-/5. Retired from Sparrows Point, wants to walk the Canton waterfront promenade again.
            Objective: Berg 48/56; 5 of 6 lateral releases recovered in one step
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23), PTA("97110", 15)], []),

        // Vermont TKA narrative: exercise (20) with doses and cane gait over frost heaves (15) with distance and stand-by; knee range in degrees; sugarbush goal: passes.
        ["vord-h46-stjohnsbury-tka-te-gait"] = new(
            """
            Kingdom Valley Physical Therapy — St. Johnsbury
            Mr. G., 6 weeks out from his left knee replacement, drove himself in for the first time.
            Therapeutic exercise (97110), 20 minutes: stationary bike, full circles, seat low; quad sets 2 x 10 with 5-second holds; straight-leg raises 2 x 12; knee bends on the 8-inch step 2 x 12; standing hamstring curls with 3 lb 2 x 12.
            Gait (97116), 15 minutes: cane in the right hand, hallway and out over the frost heaves in the parking lot, 2 trips of 300 feet, stand-by; worked on heel strike on the left and straightening the knee.
            Left knee 2 to 108 degrees (8 to 95 at eval). Goal: walk the sugarbush lines to check taps in March.
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 20), PT("97116", 15)], []),

        // Vermont frozen shoulder: manual (12) inferior/posterior glides gr III–IV with bouts and STM; exercise (15) wand, cross-body stretch, sidelying ER, wall walk with doses; flexion and ER degrees: passes.
        ["vord-h46-lyndonville-shoulder-mt-te"] = new(
            """
            Kingdom Valley Physical Therapy — Lyndonville
            Her right shoulder is still stiff reaching up to the cupboard and into the back seat. Frozen shoulder, thawing.
            Manual (97140), 12 minutes: inferior and posterior glides of the right shoulder, grade III–IV, 4 bouts of 30 seconds each; soft tissue work to the pec minor and upper trap.
            Exercise (97110), 15 minutes: wand flexion and ER 2 x 15; cross-body stretch 3 x 30 seconds; sidelying ER with 1 lb 2 x 12; wall walk 10 reps.
            Flexion 138 degrees, ER 42 degrees (110 and 20 at the start).
            """,
            ["M75.01"], [PT("97140", 12), PT("97110", 15)], []),

        // Vermont OT sugaring tasks: bucket carries with load, distance and trips, pouring into a tote, hose step-overs, supervision; R shoulder weakness after cuff repair and endurance; sap-gathering goal: 97530 passes.
        ["vord-h46-barton-ot-sap-buckets-97530"] = new(
            """
            Kingdom Valley Physical Therapy — Barton · Occupational Therapy
            97530 — 23 minutes. Sugaring season practice: carrying a 5-gallon bucket half full of water (20 lb) 30 feet, 5 trips, switching hands; pouring it into a tote at hip height; stepping over the garden hose laid across the floor while carrying. Supervision level, 1 rest.
            Right shoulder weak after the cuff repair (flexion 4-/5) and poor standing endurance.
            Goal: help her husband gather sap from the buckets along the road in March.
            """,
            ["M75.121"], [OT("97530", 23)], []),

        // Philadelphia stroke NMR (23) + gait (15), "one-on-one w/ PT for all timed services"; clock stepping, PNF rhythmic stabilization, foam scanning; quad-cane gait with cones; motor control and neglect; 10MWT and Berg: passes.
        ["vord-h46-centercity-stroke-nmr-gait"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — Center City
            NEURO OP DAILY TREATMENT NOTE
            Delivery: one-on-one w/ PT for all timed services
            Problem: L hemiparesis (R MCA stroke 07/2025) — ↓ L hip/knee motor control, L neglect in crowded spaces; wants to ride the El to his grandson's games
            Intervention — 97112 NMR, 23 min: L stance control while stepping the R foot to a clock pattern; PNF rhythmic stabilization in L stride stance; visual scanning to the L while standing on foam
            Intervention — 97116 Gait, 15 min: small-base quad cane 3 x 150 ft, SBA; crowded-hallway course w/ cones on the L, 2 cone bumps
            Outcome measure: 10MWT 0.61 m/s (0.48 at IE); Berg 44/56
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 15)], []),

        // Philadelphia PD gait (15) + NMR (22), "Individual, PT only"; metronome big-step walking and doorway strip; backward-release steps, tandem head turns, multidirectional reach; shuffling, freezing, postural reactions; TUG, stride length, k of 6: passes.
        ["vord-h46-fishtown-pd-gait-nmr"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — Fishtown
            NEURO OP DAILY TREATMENT NOTE
            Individual, PT only
            Problem: PD (H&Y 3) — shuffling, freezing in doorways, ↓ backward postural reactions
            Intervention — 97116 Gait, 15 min: big steps to a metronome at 100 bpm, 4 x 100 ft, SBA; doorway approach and pass-through w/ a visual floor strip x6
            Intervention — 97112 NMR, 22 min: backward-release step training; tandem stance w/ head turns; reaching out of BOS to targets in 5 directions
            Outcome measure: TUG 13.8 s; stride length 0.92 m (0.71 m at IE); froze on 1 of 6 doorway passes
            """,
            ["G20.A2"], [PT("97116", 15), PT("97112", 22)], []),

        // Philadelphia MS TE (15) + NMR (20), "Individual, PT only for the session"; weighted hip flexion, band DF, sit-to-stand; Airex cone taps, bus-height box steps, EC tandem; weakness and proprioception; T25FW and SLS: passes.
        ["vord-h46-mayfair-ms-te-nmr"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — Mayfair
            NEURO OP DAILY TREATMENT NOTE
            Individual, PT only for the session
            Problem: MS — L hip flexor and DF weakness (3+/5), heat fatigue; ↓ L LE proprioception; trouble stepping up onto the bus
            Intervention — 97110 TE, 15 min: seated hip flexion w/ 2 lb 3 x 10; DF w/ yellow band 3 x 15; sit-to-stand 2 x 10 w/ a cooling towel, rests between sets
            Intervention — 97112 NMR, 20 min: L stance on the Airex w/ R foot taps to cones; stepping onto a 12-in box (bus step height) w/ tactile cue at the L knee; tandem walk w/ EC trials
            Outcome measure: T25FW 9.4 s; L SLS 5 s
            """,
            ["R26.89", "R27.8"], [PT("97110", 15), PT("97112", 20)], []),

        // Philadelphia OT stroke: coffee-making at the counter with Min A and a spill count (20) and R UE exercises with doses (15); grasp/release after L MCA stroke; grip pounds and 9-hole peg seconds: passes.
        ["vord-h46-southphilly-ot-stroke-ta-te"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — South Philly · Occupational Therapy
            Problem: R UE hemiparesis after L MCA stroke; ↓ R grasp/release; goal: make his own coffee in the morning
            97530 Ther Act, 20 min: instant coffee at the counter — filled the kettle at the sink, carried it to the stove w/ R hand assist, poured w/ the L, stirred w/ a built-up spoon in the R; Min A for R hand placement, 1 spill
            97110 Ther Ex, 15 min: R shoulder flexion w/ dowel 2 x 15; R grip w/ green putty 3 x 10; wrist ext over the table edge 2 x 12; finger ext w/ rubber band 2 x 15
            Objective: R grip 14 lb (9 lb at IE); 9-Hole Peg R 68 s
            """,
            ["I69.331"], [OT("97530", 20), OT("97110", 15)], []),

        // Long Island three timed codes plus ice after TKA, "All timed tx 1:1 w/ PT": TE 15, MT 10, NMR 15 (all match), ice on its own line; range, SLS, proprioception and quad control: passes.
        ["vord-h46-westislip-tka-three-codes-ice"] = new(
            """
            GREAT SOUTH BAY ORTHO & SPORTS PT — West Islip
            s/p L TKA POD 38 · Dr. Kwan
            All timed tx 1:1 w/ PT.
            TE 97110 — 15 min: bike full revs, seat 8; step-ups 6-in 2 x 12; TKE w/ band 3 x 15; wall squats 3 x 10
            MT 97140 — 10 min: patellar mobs gr III; tib-fem posterior glides gr III–IV for flexion, 4 x 30 s; STM L ITB and lateral retinaculum
            NMR 97112 — 15 min: L SLS on the Airex w/ ball toss; lateral step-overs of cones w/ a pause; tandem walk on the beam
            Findings: L knee 0–112°; L SLS 9 s; ↓ L knee proprioception and quad control on stairs
            Ice 97010 — 10 min post
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 15), PT("97140", 10), PT("97112", 15), PT("97010", 10)], []),

        // Long Island RCR phase I: MT (12) protocol PROM and grade I–II oscillations with STM; TE (12) pendulums, distal AROM, retraction, ball squeezes with doses; R shoulder pain and stiffness: passes.
        ["vord-h46-smithtown-rcr-phase-one-mt-te"] = new(
            """
            GREAT SOUTH BAY ORTHO & SPORTS PT — Smithtown
            s/p R RCR (supra + infra) POD 22 · sling on · protocol phase I (PROM only)
            MT 97140 — 12 min: PROM R shoulder flexion to 110° and ER to 30° in the scapular plane per protocol; GH grade I–II oscillations for pain; STM R upper trap
            TE 97110 — 12 min: pendulums 2 x 30 s; elbow/wrist/hand AROM 2 x 15; scapular retraction 2 x 15; ball squeezes 2 x 20
            Problem: R shoulder pain and stiffness after RCR; sleeping in the recliner
            """,
            ["M75.121"], [PT("97140", 12), PT("97110", 12)], []),

        // Long Island meniscus repair TE (20) + NMR (18), "1:1 w/ PT entire visit"; SL leg press, split squats, band walks; BOSU racquet swings, reactive shuffles, foam step-down holds; proprioception and valgus; Y-balance and k of 10: passes.
        ["vord-h46-huntington-meniscus-te-nmr"] = new(
            """
            GREAT SOUTH BAY ORTHO & SPORTS PT — Huntington
            s/p L medial meniscus repair 12 wks; hoping to be back at doubles tennis by wk 16
            1:1 w/ PT entire visit.
            TE 97110 — 20 min: SL leg press L 3 x 10 @ 60 lb; split squats 3 x 8; lateral band walks 3 x 20 ft; SL bridge 3 x 10
            NMR 97112 — 18 min: SL stance on the BOSU w/ racquet swings; lateral shuffles to reactive cone calls; step-down and hold on foam
            Findings: L quad 4/5; L SL squat drops into valgus; ↓ L knee proprioception
            Obj: Y-balance ant L 59 cm / R 65 cm; SL squat 5 of 10 w/o valgus
            """,
            ["S83.232D"], [PT("97110", 20), PT("97112", 18)], []),

        // Long Island reverse TSA TE (15) + TA (15): weighted flexion, scaption, rows, isometrics; cabinet reaching, jacket, trunk-bag carries with counts and independence; elevation weakness and range; jetty goal: passes.
        ["vord-h46-lindenhurst-rtsa-te-ta"] = new(
            """
            GREAT SOUTH BAY ORTHO & SPORTS PT — Lindenhurst
            s/p R reverse TSA 14 wks
            TE 97110 — 15 min: supine flexion w/ 2 lb 3 x 10; standing scaption to 90° 2 x 10; band rows green 3 x 12; deltoid isometrics 10 x 5-s
            TA 97530 — 15 min: reaching cans from the upper cabinet to the counter x10; zip-up jacket on/off x3, independent; carrying a 5-lb bag from the car trunk x4
            Problem: R shoulder elevation weakness (flexion 4-/5, AROM flex 118°); goal: put dishes away and cast from the jetty at Captree
            """,
            ["Z96.611", "Z47.1"], [PT("97110", 15), PT("97530", 15)], []),

        // Complete Baltimore PTA TE + gait (sit-to-stand, knee ext, hip abd; rollator trial with distance, tight turns, SBA; weakness, endurance, mailbox goal) sent with no diagnosis.
        ["vord-h46-essex-pta-no-diagnosis"] = new(
            """
            PATAPSCO PHYSICAL THERAPY — Essex
            PTA DAILY NOTE · Supervising PT on site: K. Brannigan, PT
            TherEx (97110) 15 mins: sit-to-stand 3 x 10; seated knee ext 3 x 10 @ 4 lb; standing hip abd 2 x 12 B; calf raises 2 x 15
            Gait (97116) 15 mins: RW → rollator trial, 3 x 150 ft, SBA; tight turns in the bathroom mock-up x4, cues to keep the walker close
            Deficit: B LE weakness and ↓ gait endurance after her hospital stay for pneumonia; goal: walk to the mailbox at the end of her row and back
            """,
            [], [PTA("97110", 15), PTA("97116", 15)], [Dx]),

        // Complete Long Island TKA TE + MT whose diagnosis field holds free text ("s/p R TKA"), not an ICD-10-CM code: the diagnosis check fires, nothing else.
        ["vord-h46-massapequa-free-text-diagnosis"] = new(
            """
            GREAT SOUTH BAY ORTHO & SPORTS PT — Massapequa
            s/p R TKA POD 45
            TE 97110 — 23 min: bike full revs; SL leg press R 3 x 10 @ 50 lb; step-downs 4-in 3 x 10; TKE w/ band 3 x 15
            MT 97140 — 8 min: patellar mobs gr III; tib-fem posterior glides gr III 3 x 30 s
            Findings: R knee 0–115°, R quad 4/5; R knee stiff on stairs
            """,
            ["s/p R TKA"], [PT("97110", 23), PT("97140", 8)], [Dx]),

        // Vermont two-line generic note for 97110 + 97112 ("Did her exercises and balance work today. Tolerated well. Continue per plan. 40 minutes altogether."): nothing named for either code, no one-on-one, a total only.
        ["vord-h46-greensboro-generic-two-code-total"] = new(
            """
            Kingdom Valley Physical Therapy — Greensboro
            Did her exercises and balance work today. Tolerated well. Continue per plan. 40 minutes altogether.
            """,
            ["M62.81", "R26.81"], [PT("97110", 25), PT("97112", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),

        // Complete Baltimore PTA 97112 after a cerebellar stroke (foam sit-to-stand EC, sideways beam walking, tandem perturbations; truncal ataxia and postural control; SARA item, tandem, Berg) that never says one-on-one.
        ["vord-h46-owingsmills-pta-nmr-unstated"] = new(
            """
            PATAPSCO PHYSICAL THERAPY — Owings Mills
            PTA DAILY NOTE · Supervising PT on site: D. Okafor, PT
            NMR (97112) 23 mins: sit-to-stand onto the foam pad w/ EC; sideways walking on the balance beam; perturbations at the pelvis in tandem stance
            Deficit: ↓ postural control after L cerebellar stroke; truncal ataxia, wide BOS
            Objective: SARA gait item 3; tandem stance 3 s; Berg 42/56
            Pt response: fatigued, 2 seated rests.
            """,
            ["I69.393"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // NJ Time Calculation "97116 Gait Training ...... 25" against a 13-min gait line (97110 15 matches): mismatch on the 97116; both sections complete with doses, distances, SBA, hip weakness and a boardwalk goal.
        ["vord-h46-tomsriver-gait-minutes-differ"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Toms River
            PHYSICAL THERAPY DAILY NOTE
            Treatment Performed
              Therapeutic Exercise: heel raises 3 x 15; sidelying hip abd 2 x 12; mini squats 3 x 10; seated marching w/ 3 lb 2 x 15
              Gait Training: rollator outdoors on the sidewalk and the ramp to the lot, 2 x 300 ft, SBA; cues for upright posture and longer steps
            Problem addressed: B hip weakness (4-/5), flexed posture w/ short steps; goal: walk the Seaside boardwalk w/ her grandkids
            Time Calculation
              97110 Ther Ex ............ 15
              97116 Gait Training ...... 25
            """,
            ["R26.89", "M62.81"], [PT("97110", 15), PT("97116", 13)], [At(Mismatch, "97116")]),

        // NJ "Billing: 97110 x 2 units; 97140 x 1 unit" and no minutes anywhere: separate time missing; both sections complete (retraction, rows, thoracic extension; thoracic PAs with grades and bouts, STM; rotation degrees).
        ["vord-h46-manahawkin-units-only"] = new(
            """
            RARITAN BAY HEALTH · Outpatient Rehabilitation · Manahawkin
            PHYSICAL THERAPY DAILY NOTE
            Treatment Performed
              Therapeutic Exercise: cervical retraction 2 x 10; scapular rows w/ band 3 x 12; thoracic ext over the foam roll 2 x 10
              Manual Therapy: upper thoracic PA mobs gr III–IV, 3 x 30 s; STM B upper trap/levator
            Problem addressed: neck pain w/ ↓ cervical rotation (R 50°, L 62°); headaches at the end of her shift
            Billing: 97110 x 2 units; 97140 x 1 unit
            """,
            ["M54.2"], [PT("97110", 25), PT("97140", 10)], [SepTime]),

        // Complete Philadelphia thalamic-stroke NMR (22) + gait (15) (EC weight shifts, no-vision target stepping, rocker board; gravel-path SPC gait; R proprioception loss and foot slap; JPS and FGA) that never says one-on-one.
        ["vord-h46-chestnuthill-nmr-gait-unstated"] = new(
            """
            SCHUYLKILL NEURO OUTPATIENT PROGRAM — Chestnut Hill
            NEURO OP DAILY TREATMENT NOTE
            Problem: R hemiparesis w/ R sensory loss (L thalamic stroke) — ↓ R LE proprioception, R foot slaps; wants to walk Forbidden Drive in the Wissahickon
            Intervention — 97112 NMR, 22 min: EC weight shifts onto the R w/ verbal feedback; stepping the R foot to targets w/o looking; standing on the rocker board A/P
            Intervention — 97116 Gait, 15 min: gravel path outside the building w/ SPC, 2 x 200 ft, SBA; cues for R heel strike
            Outcome measure: R great toe JPS 5 of 10 correct; FGA 19/30
            """,
            ["I69.351"], [PT("97112", 22), PT("97116", 15)], [At(OneOnOne, "97112")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
