using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The thirty-sixth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder. The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// <para>
/// Unlike the earlier sets this one brings no new styles. It asks how the tool does on the NEXT WEEK of notes
/// from clinics it has already seen: the twelve clinics of the thirty-second to thirty-fifth sets, writing the
/// following week with the same templates, headers, field labels, abbreviations, legends, emoji, dictation
/// habits and each writer's own way of stating one-on-one, techniques, deficits, measures and minutes — with
/// the small variation real notes have from week to week (new patients and follow-ups of patients seen last
/// week, a different exercise or measure, a field left blank, a different order, a typo). No earlier note was
/// copied and no phrasing was hunted for that the earlier files lack. Eight visits per clinic, about two thirds
/// ordinary and complete, the rest the ordinary weak notes that clinic really produces:
/// <list type="number">
/// <item>TCRH Rehab Services (Alaska tribal health, hub clinic and itinerant village trips; notes typed from the
/// paper flowsheet with the transcriber's bracketed remarks) — wk-h36-tcrh-…;</item>
/// <item>Berkshire Hudson Orthopaedic Associates (dictated with Dragon and not proofread: numbers and codes in
/// words, "the rapid exercise", "gate training", "Sarah band", "air ex pad", "great three") — wk-h36-bho-…;</item>
/// <item>Cumberland Valley PT (TRICARE network, Clarksville: SMs, retirees and family members, military time,
/// "Individual tx (Y/N)", rehab formation, e-Profile) — wk-h36-cvpt-…;</item>
/// <item>Lakeshore Performing Arts Medicine (dance medicine and the musicians' clinic) — wk-h36-lpam-…;</item>
/// <item>Milwaukee Avenue Community Rehab (Polish, Arabic and Ukrainian: bilingual forms, "TAK / NIE", "хв",
/// "один на один", European dates, decimal commas and dotted clock ranges) — wk-h36-macr-…;</item>
/// <item>Lakeview PACE (PACE EHR pick-lists, "Time in service ▸", IDT flags, the Standing Balance Circle) —
/// wk-h36-pace-…;</item>
/// <item>A&amp;I Rehab (Anthracite &amp; Iron: the daily slip's "Yes __X__", the punch card, "97112/23min", the
/// 1 / 0 export, black lung and truck drivers) — wk-h36-ai-…;</item>
/// <item>Pequea Valley Therapy (Old Order Amish and Mennonite farm families: typed visit slips, "[PT circled
/// Y]", drawing-sheet HEPs, minutes headers by code) — wk-h36-pequea-…;</item>
/// <item>Acadiana Prairie Rehab (Cajun country: "Oui [✔] Non [ ]", "x 1 unit = 15 min", clock times before the
/// heat, Mamère and Papère) — wk-h36-acadiana-…;</item>
/// <item>Oak Tree Physio &amp; Rehab (New Jersey; India- and Philippines-trained therapists: "treated on
/// one-to-one basis", "Mode of treatment : Individual – YES", "Px", "done x 10 reps x 2 sets") —
/// wk-h36-nj-…;</item>
/// <item>EPCR Rehab (Minneapolis, Somali and Hmong families through interpreters: "Yog / Tsis yog", "Haa /
/// Maya", same-gender requests, the family's decisions) — wk-h36-mpls-…;</item>
/// <item>Lumenfield Health @ Campus (a tech company's onsite clinic, the "Pulse" note tool with emoji, legends,
/// Slack timestamps, sensor data) — wk-h36-tech-….</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and in pairs, by PT, PTA and OT. Each note's DOC_* findings
/// were judged by hand as a payer reviewer applying the contract, with the conventions of the four sets before:
/// every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings
/// are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time mismatch is
/// written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so
/// every mismatch here differs by at least ten minutes and every passing note's minutes are exact. Every timed
/// line earns at least one unit under the 8-minute rule. DOC_GENERIC_ONLY is expected only where the note names
/// no technique, deficit or measure at all. A 97112 passes the measure check only on an objective measure with
/// a number, and fails it only when the note has no such number and no dose at all; for the other codes a dose
/// (sets, repetitions, load, hold, bouts, distance, assistance level) is a measure. Numbers that are not minutes
/// of a code (ages, dates, clock times of a Slack header, interpreter IDs, a heat index, "x 1 unit", loads,
/// vertebral levels) are read as what they are; clock ranges, punch-card times and dot leaders beside a code
/// give that code's minutes, and in a visit with one timed code its clock times are its minutes.
/// The weak notes are the ordinary ones: a 97112 that never states one-on-one or states it was not (a rehab
/// formation, a balance circle, a concurrent slip, an emoji legend answered red), a measure or deficit not
/// given, technique flags all 0, a total instead of minutes per code or minutes for one of two codes, minutes
/// that do not match the line, an empty note, a wholly generic note, a missing or free-text diagnosis.
/// Cases a careful reviewer could argue either way were left out: a content gap in one section of a
/// multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or when the whole note lacks
/// the thing), generic phrases beside a deficit or a measure without a technique, minutes of an activity, a
/// rest or a test inside a note, self-rated scores or vitals as the only number, a grade with no dose as a
/// 97140's only parameter, a one-on-one left to be inferred, "gait training" alone on a 97116, words in another
/// language with no English beside them as the only carrier of a required element, three-character or dotless
/// diagnosis codes, minute ranges and approximate minutes, a task practised read as a 97530's goal, a diagnosis
/// named in the note as a 97112's only target, the previous visit's numbers as a note's only measure, an
/// exercise's name as a 97110's only region, and any finding that would depend on whether an unprofiled code
/// carries a documentation profile.
/// </para>
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 96 of 96 cases agree (95 needed), and none of the 62 notes the reviewer passes got a finding, on the
/// analyzer of 952bb5d (the start of the 2026-12-05 third session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 96 of 96, no false positive — the same — at its first run on the analyzer of 989c427 (with that session's
/// broad one-on-one reading; not shaped by this set): the held-out figure. It measures a clinic the analyzer has
/// already been worked through on, not a style it has never seen (the sets before it, written to have styles the
/// earlier ones lack, agreed on 74-93 % at their first runs).
/// </para>
/// </summary>
public class HeldOutNotesIssue18ThirtySixthTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- TCRH Rehab Services (Alaska): hub clinic and itinerant trips, typed from paper

        // Akiachak elder's follow-up trip, typed from paper: "Individual: no other pt on my list for this block" states one-on-one; sleeping-pad EC stance, pelvic nudges, plank step-ups, jug reaches; foot sensation and slow ankle strategy; Berg: passes.
        ["wk-h36-tcrh-akiachak-elder-followup-97112"] = new(
            """
            TCRH Rehab Services — itinerant PT trip — Akiachak village clinic
            Seen 03/09 on the paper flowsheet; typed at the hub 03/11. Same elder as the last trip (cane on the boardwalk).
            97112 neuro re-ed — 23 min. Individual: no other pt on my list for this block — the CHA had the front room to herself w/ walk-ins.
             - stance on the folded sleeping pad, feet together, eyes closed, 3 x 25 s
             - fwd/back weight shifts w/ unannounced nudges at her pelvis, 2 x 10
             - stepping up onto and down off the 4" plank w/o the cane, 3 x 6 each lead leg
             - reaching to a water jug set outside her base while on the pad, 8 reps
            Deficit: ↓ protective sensation B feet (monofilament felt at 5/10 sites R, 5/10 L) and a slow ankle strategy.
            Berg 43/56 (40/56 last trip).
            [transcriber: "Goal" line left blank on the paper this time]
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // Hub clinic, typed from paper with the transcriber's key: "Delivery (circle one): (1:1) group co-tx" is one-on-one; "97112 — 22 min | 97116 — 15 min" both match; cushion catches, pushes, counted turns; SPC hallway/ramp/boardwalk; postural control and R knee OA; k of 10 and SBA/CGA: passes.
        ["wk-h36-tcrh-paper-1to1-circled-nmr-gait"] = new(
            """
            TCRH Rehab — hub clinic — typed from paper (transcriber: circled choices shown in parentheses)
            Delivery (circle one):  (1:1)   group   co-tx
            97112 — 22 min | 97116 — 15 min
            NMR: standing on a couch cushion catching a beach ball tossed off to each side; stepping strategy to my pushes at the shoulders, fwd/back/side; turning in place to the R and L on my count.
            Gait: SPC, clinic hallway 3 x 120 ft, then the ramp and the boardwalk to the store corner x 2; cues for a longer R step and to keep the cane in the L hand.
            Deficit: ↓ postural control w/ slow stepping reactions; R knee OA w/ a short R stance.
            Measures: pushes recovered w/ 1 step 7/10 (4/10 on the Feb trip); cushion catches 8/10; gait SBA hallway, CGA on the boardwalk.
            """,
            ["M17.11", "R26.81"], [PT("97112", 22), PT("97116", 15)], []),

        // Visiting OT at Emmonak, follow-up: setnet mending (loading the net needle, mesh knots, cutting twine with her ulu); R pinch and fine-motor speed with a king-salmon goal; knots k of 12, Mod I and pinch kg: 97530 passes.
        ["wk-h36-tcrh-ot-net-mending-97530"] = new(
            """
            TCRH Rehab — OT — Emmonak clinic (visiting OT) — 97530 — 20 min
            Same client as the Feb visit (R distal radius fx, fell on the river ice).
            Net mending at the clinic table: loading the net needle w/ twine, tying mesh knots on a torn section of her own setnet hung from the exam-room hook, cutting the twine w/ her ulu.
            Impairment: ↓ R thumb/index pinch and fine-motor speed; drops the needle when her hand tires.
            Goal: mend the family's setnet before the king salmon opener.
            Mesh knots tied 9 of 12 attempts (6 of 12 in Feb); needle loaded Mod I; lateral pinch R 4 kg.
            """,
            ["S52.531D"], [OT("97530", 20)], []),

        // Mountain Village, typed from paper, "Minutes by code:" dot leaders "97140 ..... 12" and "97110 ..... 15": both match; GH glides and scapular mobs with bouts, STM; slides, wand ER, rows, ER with doses; L cuff repair with drift-net and fish-rack limits; degrees: passes.
        ["wk-h36-tcrh-dot-leaders-mt-te"] = new(
            """
            TCRH Rehab — itinerant PT — Mountain Village — typed from paper
            Minutes by code:
              97140 .............. 12
              97110 .............. 15
            Manual: L GH posterior glides gr III 3 x 30 s; inferior glides gr III 3 x 30 s; scapular upward-rotation mobs sidelying 2 x 60 s; STM L infraspinatus.
            Ex: table slides into flexion 2 x 15; wand ER supine 3 x 10; band rows red 3 x 12; sidelying ER w/ 1 lb 2 x 12.
            L rotator cuff repair 14 wk — stiff, weak ER; can't lift the drift net over the skiff's bow or reach the top poles of the fish rack.
            Flexion 128° → 137° after manual; ER 40°; ER strength 4-/5.
            """,
            ["Z47.89", "M75.122"], [PT("97140", 12), PT("97110", 15)], []),

        // Bethel hub PTA 97116 after a hip fracture: RW → SPC in the hallway, down the ramp and along the gravel road with cues; short R stance and leaning on the walker; SBA/CGA and 10MWT: passes.
        ["wk-h36-tcrh-hub-pta-gravel-97116"] = new(
            """
            TCRH Rehab — Bethel hub — PTA — 97116 — 18 min
            R hip fx (IM nail, Dec) — seen on the last hub day too.
            RW → SPC trial: hallway 3 x 150 ft; out the door, down the ramp and along the gravel road to the corner and back (250 ft); cues for a longer L step, R heel strike and to look ahead instead of at the ruts.
            Short R stance time, ↓ R hip ext at push-off; leans on the walker on the gravel.
            SPC SBA in the hallway; RW CGA on the gravel; 10MWT w/ SPC 0.71 m/s.
            """,
            ["S72.141D"], [PTA("97116", 18)], []),

        // Kongiganak, typed from paper, complete (gaze stabilization sitting → standing, cushion stance with head turns, card pick-ups in the hallway; L vestibular hypofunction; seconds and k of 8) but never says one-on-one.
        ["wk-h36-tcrh-kongiganak-unstated-97112"] = new(
            """
            TCRH itinerant PT — Kongiganak clinic — typed from paper 03/11
            Hx: L vestibular neuritis (Jan); dizzy bending over the fish-cutting board and riding in the back of the skiff.
            NMR 97112 — 20 min
              • gaze stab horiz + vert, target taped on the clinic door, sitting → standing, 4 x 30 s
              • standing on a couch cushion EO → EC w/ slow head turns
              • walking the hallway picking up and naming cards set on the floor
            Deficit: L vestibular hypofunction — sway and blurred vision w/ quick head turns.
            Cushion EC 14 s (6 s at IE); card pick-ups w/ 2 losses of balance in 8.
            Next trip April.
            """,
            ["H81.22"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Quinhagak, typed from paper, "Total tx time 35 min (97110 + 97530)" and nothing per code on 15 + 20 lines: separate time missing; bench sit-to-stands, entry-step step-ups, rows, heel raises; river-ice tote on the sled and the ice bucket up the porch steps; knee OA with a drinking-water-ice goal; SBA/CGA.
        ["wk-h36-tcrh-total-only-te-ta"] = new(
            """
            TCRH Rehab — itinerant PT — Quinhagak — typed from paper
            Total tx time 35 min (97110 + 97530).
            TE: sit-to-stand from the low bench 3 x 8; step-ups onto the 8" entry step 3 x 8 ea; band rows red 3 x 12; heel raises 3 x 15.
            TA: loading chunks of river ice into a tote on the sled and pulling it 3 x 40 ft across the clinic lot; carrying a 5-gal bucket of ice (about 20 lb) up the 4 porch steps x 3.
            B knee OA + deconditioning after the flu; goal: haul the household's drinking-water ice again.
            Sled pulls SBA; bucket on the porch steps CGA.
            """,
            ["M17.0", "R53.81"], [PT("97110", 15), PT("97530", 20)], [SepTime]),

        // Tuntutuliak PTA 97110 naming quad sets, SLR, clamshells, bench sit-to-stands and heel raises with no set, repetition, load or number; L quad/abductor weakness with a steam-house-bench goal; "Did well": measure missing.
        ["wk-h36-tcrh-pta-sheet-no-dose-97110"] = new(
            """
            TCRH Rehab — PTA — Tuntutuliak — 97110 — 15 min
            Elder w/ L knee OA — L quad and hip abductor weakness; wants to get up off the steam house bench w/o a hand from her grandson.
            Went through her exercise sheet w/ her: quad sets, SLR, clamshells, sit-to-stand from the bench, heel raises at the counter.
            Granddaughter will do the sheet w/ her between trips. Did well.
            """,
            ["M17.12"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // ---------------------------------------------------------------- Berkshire Hudson Orthopaedic Associates: Dragon dictation, not proofread

        // Mr. Fitzgerald's follow-up, dictated: "seen one on one with nobody else on my schedule at the time"; amplitude stepping over tape lines, counted doorway walking, belt-pull backward steps, figure-eight turns; festination and doorway freezing in PD; Berg in words and k of 10: passes.
        ["wk-h36-bho-fitzgerald-berg-words-97112"] = new(
            """
            Dictated with Dragon not proofread. Mr. Fitzgerald back for neuromuscular reeducation twenty four minutes and he was seen one on one with nobody else on my schedule at the time, Parkinson's disease with festination and freezing in doorways, we did big amplitude stepping over tape lines in the hallway, walking through the doorway to a count out loud, backward stepping strategy with me pulling back at the gait belt, and turning in a tight figure eight around two cones, Berg today forty six out of fifty six up from forty four last week and he froze in the doorway two out of ten passes.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // Mrs. Kowalczyk's follow-up, dictated: "I had her by herself the whole session one on one no one else with me"; x1 gaze stabilization on the "air ex pad", head-turn hallway walking, EC foam with nods; L vestibular hypofunction; "functional gate assessment" in words: passes.
        ["wk-h36-bho-kowalczyk-by-herself-97112"] = new(
            """
            Dictated Dragon not proofread. Mrs. Kowalczyk follow up left vestibular hypofunction neuromuscular reeducation twenty two minutes, this time I had her by herself the whole session one on one no one else with me, we did gaze stabilization times one viewing with the card on the busy background standing on the air ex pad three times thirty seconds, walking the hallway with head turns side to side and up and down four lengths, and standing on the foam with her eyes closed and slow head nods, she still has decreased postural control with head movement from the left vestibular hypofunction, functional gate assessment twenty one out of thirty up from eighteen. Continue plan.
            """,
            ["H81.22", "R26.81"], [PT("97112", 22)], []),

        // Dictated "the rapid exercise fifteen minutes … then manual therapy ten minutes": both match; prone hangs, quad sets, "Sarah band" TKE, step-ups dosed; tibiofemoral and patellar glides "great three" with bouts; L knee OA with a flexion contracture; extension degrees and MMT in words: passes.
        ["wk-h36-bho-dragon-knee-te-mt"] = new(
            """
            Dictated using Dragon, not proofread. Sixty one year old mail carrier left knee osteoarthritis with a flexion contracture, the rapid exercise fifteen minutes with prone hangs two times sixty seconds, quad sets with a towel roll three sets of ten with five second holds, terminal knee extension with the Sarah band green three sets of fifteen and step ups on a six inch step two sets of twelve, then manual therapy ten minutes with tibiofemoral posterior glides great three three bouts of thirty seconds and patellar glides superior inferior three bouts of thirty seconds, left knee extension went from minus eight to minus three degrees after the glides and her quad strength is four minus out of five.
            """,
            ["M17.12"], [PT("97110", 15), PT("97140", 10)], []),

        // Mr. O'Rourke's follow-up, dictated "gate training twenty three minutes": quad canes with min assist → contact guard, swing-phase cues, yardstick step-overs, metronome; L hemiparesis with toe catch; 10MWT in words: 97116 passes.
        ["wk-h36-bho-orourke-gate-training-97116"] = new(
            """
            Dictated. Gate training twenty three minutes, Mr. O'Rourke follow up left hemiparesis from the right MCA stroke, walked with the large base quad cane then the small base quad cane four laps of one hundred feet with minimal assist then contact guard, cues for left hip and knee flexion in swing and heel first, worked on stepping over a yardstick on the floor to stop the toe catch, metronome at ninety six beats per minute, ten meter walk test point four eight meters per second up from point four one.
            """,
            ["I69.354"], [PT("97116", 23)], []),

        // Dictated OT 97530 for the dental hygienist after thumb CMC arthroplasty: typodont scaling with built-up handles, floss holder, cassette latches; return-to-work goal; strokes and reps, tip pinch kg and modified independence: passes.
        ["wk-h36-bho-dragon-ot-hygienist-97530"] = new(
            """
            Occupational therapy dictated Dragon. Dental hygienist status post right thumb CMC arthroplasty thirteen weeks, therapeutic activities twenty two minutes, simulated scaling on the typodont with the built up handles four rounds of ten strokes, flossing a model with a floss holder ten times, opening and closing the instrument cassette latches twelve times, goal is to get back to full days at the dental office next month, tip pinch on the right four point two kilograms up from three point five, she did the scaling with modified independence using the built up handles.
            """,
            ["M18.11", "Z47.89"], [OT("97530", 22)], []),

        // Mrs. Dubois's follow-up, dictated two codes (neuromuscular reeducation twenty two and the rapid exercise fifteen, both match), complete (Airex ball toss, EC rocker, star reaches; calf raises, "Sarah band" eversion, heel raises; ankle proprioception and weakness; seconds in words) but never says one-on-one this week.
        ["wk-h36-bho-dubois-nmr-te-no-1to1"] = new(
            """
            Dictated Dragon not proofread. Mrs. Dubois follow up right trimalleolar fracture, neuromuscular reeducation twenty two minutes with single leg stance on the air ex pad with ball toss three times thirty seconds, rocker board front to back eyes closed two sets of fifteen and star excursion reaches with the left foot while standing on the right, then the rapid exercise fifteen minutes with seated calf raises twenty five pounds three sets of fifteen, Sarah band eversion blue three sets of fifteen and single leg heel raises two sets of ten, deficits are decreased right ankle pro perception and calf and peroneal weakness four minus out of five, right single leg stance on the air ex pad eighteen seconds up from fourteen.
            """,
            ["S82.851D"], [PT("97112", 22), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // Dictated single 97140, "manual therapy for twenty five minutes" against a 12-minute line: mismatch; radiohumeral distraction, Mulligan MWM, cross friction with bouts; R lateral epicondylalgia; pain-free grip kg.
        ["wk-h36-bho-manual-words-mismatch-97140"] = new(
            """
            Dragon dictation. Right lateral epicondylalgia in a carpenter, manual therapy for twenty five minutes today, radiohumeral distraction three bouts of thirty seconds, Mulligan lateral glide mobilization with movement while he grips three sets of ten, and cross friction to the common extensor origin three times sixty seconds, pain free grip went from eighteen to twenty six kilograms after.
            """,
            ["M77.11"], [PT("97140", 12)], [At(Mismatch, "97140")]),

        // Wholly generic dictated 97110 ("the rapid exercise fifteen minutes as tolerated, patient tolerated treatment well, continue plan of care"): technique, generic, deficit and measure.
        ["wk-h36-bho-dragon-generic-97110"] = new(
            "Dictated Dragon. The rapid exercise fifteen minutes as tolerated, patient tolerated treatment well, continue plan of care.",
            ["M17.11"], [PT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- Cumberland Valley PT (TRICARE network, Clarksville)

        // TRICARE form "Individual tx (Y/N): Y … Group (Y/N): N … Concurrent (Y/N): N" and "Timed services: 97112 (22 min), 97530 (15 min)" both match; BOSU pushes, bounds to stick on foam, EC 2x6 tandem; HMMWV mock-up with a ruck, water-can carries; R ankle proprioception; k of 18, seconds, Mod I: passes.
        ["wk-h36-cvpt-individual-Y-nmr-ta"] = new(
            """
            CVPT DAILY NOTE (TRICARE) — 11 MAR 26 — appt 1330
            Beneficiary: ADSM   Rank/Svc: SGT / USA   Duty status: temp profile (R ankle), 30 days
            Individual tx (Y/N): Y     Group (Y/N): N     Concurrent (Y/N): N
            Timed services: 97112 (22 min), 97530 (15 min)
            NMR: SLS on a BOSU (dome up) w/ unannounced pushes by the PT at the shoulders, 3 x 30 s; lateral bounds to a stick landing on foam, 3 x 6 ea; EC tandem on a 2x6, 3 x 20 s.
            TA: climbing into and out of the HMMWV mock-up w/ a 35 lb ruck x 5; carrying two 5-gal water cans 4 x 25 m over gravel.
            Impairment: R ankle proprioception ↓, late peroneal reaction — R lateral ankle sprain (airborne ops jump, FEB).
            Objective: bounds stuck 16/18; EC tandem 20 s x 3; HMMWV entry/exit Mod I.
            """,
            ["S93.401D"], [PT("97112", 22), PT("97530", 15)], []),

        // Same SM as last week: "TX START 1016   TX END 1040   CPT 97112   1:1 PT/SM" (24 minutes) on a 24-minute line: matches; band-release shuffles, SL squat on foam with a training rifle, box hop-to-stick; L knee proprioception after MCL sprain; k of 12 and k of 8: passes.
        ["wk-h36-cvpt-tx-start-end-followup-97112"] = new(
            """
            CUMBERLAND VALLEY PT — TRICARE Prime — SM: SPC / 31B (L MCL gr II, 2nd wk w/ us)
            TX START 1016   TX END 1040   CPT 97112   1:1 PT/SM
            - lateral shuffle w/ a band at the hips, PT letting go of the band unannounced, 3 x 6 ea
            - SL squat on foam holding a training rifle at the low ready, 3 x 8 ea
            - hop to stick off a 6" box onto a balance pad, 2 x 6
            L knee: ↓ proprioception + quad inhibition (MCL gr II sprain, combatives).
            Objective: box hop sticks 11/12; SL squat on foam L 8/8 w/o valgus (5/8 last wk).
            """,
            ["S83.412D"], [PT("97112", 24)], []),

        // TRICARE For Life retiree's PTA follow-up "TE 97110 — 20 min": flexion-bias programme dosed (flexion stretch, tilts with bridge, dead bug, step-ups, incline treadmill distance, rows); neurogenic claudication with a PX/commissary goal; walking tolerance in ft: passes.
        ["wk-h36-cvpt-retiree-pta-stenosis-97110"] = new(
            """
            CVPT — TRICARE For Life — Ret. SFC, 62 — PTA — TE 97110 — 20 min
            L4–5 stenosis w/ neurogenic claudication — same pt as last wk; switched to a flexion-bias program.
            Seated lumbar flexion stretch 3 x 30 s; posterior pelvic tilt into bridge 2 x 12; dead bug 2 x 10; step-ups 6" 2 x 10 ea; treadmill at 5% incline (flexed posture) 0.25 mile; standing rows green band 3 x 15.
            Goal: walk the PX and the commissary w/o sitting down on the benches.
            Walking tolerance 550 ft before leg heaviness (400 ft last wk).
            """,
            ["M48.062"], [PTA("97110", 20)], []),

        // OT 97530 for a UH-60 crew chief after TFCC debridement: overhead cowling latches, torque-wrench reps, tool-kit carries; L ulnar-sided wrist pain and grip with a crew-chief goal; k of 8, Mod I and grip kg: passes.
        ["wk-h36-cvpt-ot-crew-chief-97530"] = new(
            """
            CVPT — OT — SM: SSG / 15T (UH-60 crew chief) — L wrist TFCC debridement 10 wk
            97530 — 22 min
            Flight-line sim: opening and latching the cowling panel mock-up overhead x 8; torquing fasteners w/ a torque wrench at 30 in-lb on the bench x 12; carrying a 40 lb tool kit 4 x 20 m.
            Impairment: L wrist ulnar-sided pain w/ loaded rotation, ↓ L grip.
            Goal: return to crew-chief duties w/o the wrist brace.
            Cowling latches 8/8; torque reps Mod I; grip L 36 kg (R 48 kg).
            """,
            ["S63.592D"], [OT("97530", 22)], []),

        // Manual-therapy grid "Technique | Level | Dosage" filled (L4–L5 central PAs gr III, sidelying rotation gr IV, STM with bouts); lumbar hypomobility with paraspinal guarding after a ruck march; fingertip-to-floor cm: 97140 passes.
        ["wk-h36-cvpt-97140-technique-grid"] = new(
            """
            CVPT — 97140 — 10 min — SM: SPC / 11B
            Technique                          | Level     | Dosage
            L4–L5 central PA mobs              | gr III    | 3 x 30 s
            R sidelying lumbar rotation        | gr IV     | 3 x 20 s
            STM R QL / lumbar paraspinals      | —         | 2 x 90 s
            Finding: lumbar segmental hypomobility L4–5 w/ R paraspinal guarding after a 12-mile ruck march; fingertip-to-floor 26 cm.
            Post: fingertip-to-floor 17 cm.
            """,
            ["M54.50"], [PT("97140", 10)], []),

        // "0630 rehab formation — PT + 1 tech, 5 SMs rotating through stations", billed 97112: not one-on-one; wobble-board catches, reactive cuts, EC 2x4 tandem, hop-and-stick, Y reaches; R ankle proprioception; k of 15 and seconds present.
        ["wk-h36-cvpt-rehab-formation-97112"] = new(
            """
            CVPT — 0630 rehab formation — PT + 1 tech, 5 SMs rotating through stations
            SM: PFC / 11B — billed 97112 25 min
            Stn 1: SL balance on a wobble board catching a med ball
            Stn 2: reactive cuts to the tech's call
            Stn 3: EC tandem on a 2x4
            Stn 4: lateral hop-and-stick onto foam, 3 x 5 ea
            Stn 5: Y-pattern reaches along the floor tape
            R ankle: ↓ proprioception + late peroneal reaction after a 2nd inversion sprain (ruck march, FEB).
            Hop sticks 13/15; wobble board SLS R 18 s vs L 30 s.
            """,
            ["S93.401D"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // The retired LTC's follow-up with per-code military clock ranges "NMR 0900–0935" (35) against a 23-minute line and "TE 0935–0950" (15) matching: mismatch on 97112 only; rocker EC, split-stance perturbations, cone reaches on foam (1:1); knee ext, step-ups, squats; TUG and AROM.
        ["wk-h36-cvpt-clock-range-mismatch-97112"] = new(
            """
            CVPT — Ret. LTC, 64 — R TKA 11 wk
            NMR 0900–0935 (1:1 w/ PT): rocker board A/P EC 4 x 30 s; perturbations at the pelvis in split stance 3 x 10; step-and-reach to cones on foam 3 x 8.
            TE 0935–0950: seated knee ext 3 x 12 @ 6 lb; step-ups 8" 3 x 10; mini squats 3 x 15.
            Deficit: R knee proprioception ↓ and R quad weakness 4-/5.
            Objective: TUG 9.1 s; rocker EC 30 s x 4; R knee AROM 1° to 120°.
            """,
            ["Z96.651", "R26.81"], [PT("97112", 23), PT("97110", 15)], [At(Mismatch, "97112")]),

        // "1:1, PT w/ SM alone", half-kneel perturbations, bounds to stick, crossover line stepping with head turns and numbers, but "Impairment: IAW e-Profile / PCM referral" and no deficit, system or region anywhere: deficit missing.
        ["wk-h36-cvpt-impairment-iaw-eprofile-97112"] = new(
            """
            CVPT — 97112 — 22 min — 1:1, PT w/ SM alone — SM: CPL / 88M
            Drills: perturbations by the PT in half-kneel 3 x 30 s; lateral bounds to a stick landing on a balance pad 3 x 6 ea; crossover stepping along a line w/ head turns 4 x 20 ft.
            Impairment: IAW e-Profile / PCM referral.
            Numbers: bounds stuck 15/18; crossover line 0 step-offs in 4 passes.
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- Lakeshore Performing Arts Medicine (dance medicine and the musicians' clinic)

        // The conservatory dancer's follow-up: "Studio 2 door closed — just the PT and the dancer for the session"; échappé sautés to a stick, coupé relevé on a wobble cushion with perturbations, EC fondu on Airex; L ankle proprioception and sickling; k of 20 and seconds: passes.
        ["wk-h36-lpam-studio-door-closed-followup-97112"] = new(
            """
            LAKESHORE PERFORMING ARTS MEDICINE — Dance Medicine daily
            Dancer: conservatory ballet major (L ankle sprain landing a grand jeté, wk 7) | Dance status: MODIFIED (barre + adagio + petit allegro, no grand allegro)
            Studio 2 door closed — just the PT and the dancer for the session.
            97112 — 23 min
             – échappé sautés onto the balance pad, stick in second for 3 s
             – relevé in coupé on a wobble cushion w/ port de bras, PT perturbing at the shoulders
             – eyes-closed fondu on the Airex, L standing leg
            Finding: L ankle proprioception ↓, the L foot still sickles on the 2nd relevé of a set (late peroneal firing).
            Today: sauté landings w/o sickling 17/20 (14/20 last wk); L coupé relevé on the cushion 19 s (R 28 s).
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // Last week's violinist, now "One-on-one this time, PT and player only in treatment room 4; nobody else in the room"; lower trap/serratus recruitment with the violin up, PNF D2 with rhythmic stabilization, mirror scales; scapular motor control; k of 10 and MMT: passes.
        ["wk-h36-lpam-violinist-followup-1to1-97112"] = new(
            """
            LPAM — Musician Clinic — PT
            Instrument: violin (section player, symphony) — follow-up.
            One-on-one this time, PT and player only in treatment room 4; nobody else in the room.
            97112 — 22 min
            Lower trap / serratus recruitment w/ tactile cues at the inferior angle, violin up in playing position, 3 x 10; PNF D2 flexion L UE w/ rhythmic stabilization at end range, 3 x 8; slow two-octave scales w/ the mirror to catch the shoulder hiking.
            Problem: L upper trap overactivity w/ poor lower trap/serratus recruitment (scapular motor control) — the L shoulder hikes on long bows at the tip.
            Shoulder hike in 2 of 10 slow scales (3 of 10 last wk); L lower trap 4-/5.
            """,
            ["M25.812", "M54.2"], [PT("97112", 22)], []),

        // Dance clinic "Ther-ex [97110] 15 min.   Manual [97140] 10 min.": both match; turnout clamshells, rotation-disc holds, bridges, ER isometrics dosed; hip distraction and posterior glides with grades and bouts, STM; anterior hip pinch on développé; degrees: passes.
        ["wk-h36-lpam-bracket-codes-hip-te-mt"] = new(
            """
            LPAM — Dance Medicine daily — PT
            Ther-ex [97110] 15 min.   Manual [97140] 10 min.
            Ther-ex: sidelying clamshells in turnout w/ green band 3 x 15; standing turnout holds on rotation discs 3 x 8; supine bridge → single-leg bridge 3 x 10; prone hip ER isometrics 10 x 10 s.
            Manual: R hip long-axis distraction gr III 4 x 30 s; posterior glides in flexion gr III 3 x 30 s; STM R TFL and glute med.
            R anterior hip pinch on développé à la seconde + ↓ deep rotator strength (turnout forced from the knee); functional turnout 112° total.
            After: R hip IR 28° → 35°; développé to 90° w/o pinch.
            """,
            ["M25.551"], [PT("97110", 15), PT("97140", 10)], []),

        // PTA floor barre for a modern dancer after L hip labral repair (parallel passés, small rond de jambe en l'air, bent-knee arabesque lifts with a weight, band point-and-flex, all dosed); L hip flexor/abductor weakness with a Horton-class goal: 97110 passes.
        ["wk-h36-lpam-pta-floor-barre-97110"] = new(
            """
            LPAM — Dance Medicine — PTA
            97110 — 20 min
            Floor barre on the mat — modern dancer, wk 9 after L hip arthroscopy / labral repair:
              supine parallel passé, sliding the foot up the shin, 2 x 10 each leg
              sidelying rond de jambe en l'air (small, below 45°), 2 x 8
              prone arabesque lifts, knee bent, w/ a 1 lb ankle weight, 2 x 10
              seated point-and-flex against red band 3 x 15
            L hip flexor and abductor weakness; goal is to rejoin Horton technique class next month.
            """,
            ["S73.192D"], [PTA("97110", 20)], []),

        // Musicians' clinic OT, the cellist's follow-up: peg turner and fine tuners, bow hair, packing and latching the case, rolling it down the ramp; thumb CMC arthroplasty with a rehearsal goal; "(✓) Indep" and k of 6 / k of 4: 97530 passes.
        ["wk-h36-lpam-ot-cellist-indep-97530"] = new(
            """
            LPAM — Musician Clinic — OT
            Instrument: cello | Concern: rehearsal set-up after R thumb CMC arthroplasty (LRTI), 11 wk
            97530 Therapeutic activities — 20 min
            Tasks: tuning w/ the fine tuners and turning the pegs w/ a built-up peg turner; loosening and tightening the bow hair; packing the cello, bow and rosin into the hard case and latching it; rolling the case on its wheels down the ramp to the car.
            Goal: get herself to and through Saturday rehearsal without asking her stand partner for help.
            Assist:  (✓) Indep   ( ) Mod I   ( ) SBA   ( ) CGA   ( ) Min   ( ) Mod   ( ) Max
            Case latches 6/6; pegs turned w/ the built-up turner 4/4.
            """,
            ["M18.11"], [OT("97530", 20)], []),

        // The pianist's third week of sensory motor retuning, "Session one-on-one at the clinic's upright; PT and pianist only in the room"; splinted sequences with the metronome, isolated finger lifts and tapping; focal dystonia (selective motor control); Tubiana–Chamagne and k of 20: passes.
        ["wk-h36-lpam-pianist-retuning-wk3-97112"] = new(
            """
            LPAM — Musician Clinic — PT
            Pianist, 34 — task-specific focal dystonia R hand (4th/5th curl on fast passages; loss of selective motor control) — wk 3 of retuning.
            Session one-on-one at the clinic's upright; PT and pianist only in the room.
            97112 — 24 min
            Sensory motor retuning (Candia): splint on the R 3rd finger, 4th–5th sequential patterns w/ the metronome at 66; tempo raised only after 3 clean passes; mirror on the MP joints.
            Away from the keys: isolated 5th-finger lifts w/ the hand flat on the table, then tapping sequences on the table edge.
            Tubiana–Chamagne 3/5 (2/5 last wk); curling in 2 of 20 C-major scale passes at tempo (4 of 20 last wk).
            """,
            ["G24.8"], [PT("97112", 24)], []),

        // Jazz dancer after ACLR: "NMR 97112 — 22 min — one-on-one, just the dancer and me in Studio 2" and "Then ther-ex to close out the session" with no minutes for the 97110 line; both sections complete: separate time missing.
        ["wk-h36-lpam-ther-ex-to-close-no-minutes"] = new(
            """
            LPAM — Dance Medicine daily — PT
            Jazz/commercial dancer, L ACLR (BTB) 11 mo — RTD phase 3.
            NMR 97112 — 22 min — one-on-one, just the dancer and me in Studio 2
              - leap landings onto foam w/ a 3 s stick, L and R
              - chaîné turns on a slick disc to a stop in passé on the L
              - pas de bourrée → fan kick on the wobble board, slow → music tempo
            Then ther-ex to close out the session: Bulgarian split squats 3 x 8 @ 14 kg DB; Nordic lowers 3 x 5; Copenhagen plank 3 x 20 s.
            Deficit: L knee valgus on landing (neuromuscular control) + L quad weakness.
            Numbers: stick landings 9/10 L; SL hop L 138 cm vs R 150 cm (LSI 92%).
            """,
            ["S83.512D"], [PT("97112", 22), PT("97110", 15)], [SepTime]),

        // Empty note on a dance visit with 97110 and 97140: DOC_NOTE_MISSING on both lines, nothing else.
        ["wk-h36-lpam-empty-te-mt"] = new(
            "",
            ["M25.571"], [PT("97110", 15), PT("97140", 10)],
            [At(NoteMissing, "97110"), At(NoteMissing, "97140")]),

        // ---------------------------------------------------------------- Milwaukee Avenue Community Rehab (Polish, Arabic, Ukrainian)

        // Magdalena W.'s stroke patient, follow-up: "Terapia indywidualna — jeden terapeuta, jeden pacjent (1:1), cała sesja / the whole session"; tall-kneel rhythmic stabilization, foam-beam tandem with head turns, step-ups on call; L LE proprioception; Berg and a decimal-comma tandem time: passes.
        ["wk-h36-macr-jeden-terapeuta-followup-97112"] = new(
            """
            MACR — Avondale — Notatka dzienna / Daily note — 19.03.2026
            Terapeuta: mgr Magdalena W., PT (j. polski)
            Terapia indywidualna — jeden terapeuta, jeden pacjent (1:1), cała sesja / the whole session.
            97112 reedukacja nerwowo-mięśniowa / NMR — 24 min
            Ćwiczenia: PNF rhythmic stabilization in tall kneeling; tandem walking on the foam beam w/ head turns; stepping up onto a 10 cm step leading w/ the L on my call.
            Deficyt: ↓ L LE proprioception + slow postural reactions after R MCA stroke (X.2025).
            Pomiar: Berg 46/56 (44/56 tydzień temu / last week); tandem on foam 8,0 s.
            Pacjent: "schody coraz lepiej" — stairs getting better.
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // Ukrainian/English "97112 — 23 хв / min — один на один / one-on-one" and "97116 — 15 хв / min": both match; protective steps to pulls, amplitude stepping, dual-task chair turns; cane outdoors on Chicago Ave with curbs and the church door; PD; DGI and SBA: passes.
        ["wk-h36-macr-ukr-khv-nmr-gait"] = new(
            """
            MACR — Ukrainian Village — PT (укр./англ.)
            97112 — 23 хв / min — один на один / one-on-one, PT w/ the pt only
              backward protective steps to pulls at the shoulders; large-amplitude stepping to floor markers; turning around a chair while counting backward by 3s
            97116 — 15 хв / min
              cane outdoors on Chicago Ave: 3 x 60 m, curb up/down x 4, through the church door and back; cues for long even steps and eyes up
            PD (2022): small slow protective steps backward, hesitation at curbs and doorways.
            DGI 19/24 (18/24 last wk); curbs SBA w/ the cane.
            """,
            ["G20.A1"], [PT("97112", 23), PT("97116", 15)], []),

        // Arabic-speaking OT "97530 — time: 10:40 → 11:02" (22 minutes) on a single 22-minute line: matches; prayer-rug floor transfers, the dallah tray, upper-cupboard reach; L shoulder after a humerus fracture with a prayer and guests goal; SBA, Mod I, k of 5: passes.
        ["wk-h36-macr-arabic-ot-clock-arrow-97530"] = new(
            """
            MACR — Albany Park — OT (Arabic-speaking OT; no interpreter needed)
            97530 — time: 10:40 → 11:02
            Tasks: rolling the prayer rug out on the floor and getting down onto it via half-kneel w/ a low chair in front, then back up, x 4; carrying the dallah (coffee pot) and 4 cups on a tray from counter to table, 3 m x 3; reaching to the upper cupboard for the rice tin.
            L shoulder stiffness + weakness after a L proximal humerus fx (XI.2025); goal: pray on the floor and serve coffee to guests again.
            Floor to rug and up: SBA (CGA last wk); tray carry Mod I; reach to the upper cupboard 3/5 w/o a shoulder hike.
            """,
            ["S42.202D"], [OT("97530", 22)], []),

        // Polish dotted clock ranges per code "godz. 11.00–11.22 NMR (97112), terapia indywidualna 1:1" (22) and "godz. 11.22–11.37 ćwiczenia / ther-ex (97110)" (15): both match; stride-stance perturbations, BAPS, foam stepping; squats, step-ups, band abduction; ankle proprioception and abductor weakness; decimal-comma seconds and k of 10: passes.
        ["wk-h36-macr-polish-dotted-ranges-two-codes"] = new(
            """
            MACR — Avondale — Notatka dzienna — 20.03.2026 — mgr Magdalena W., PT
            godz. 11.00–11.22  NMR (97112), terapia indywidualna 1:1
              perturbacje w pozycji wykrocznej (perturbations in stride stance), BAPS level 3 in standing, stepping onto foam to my call
            godz. 11.22–11.37  ćwiczenia / ther-ex (97110)
              wall-bar squats 3 x 10, step-ups 20 cm 3 x 10, band hip abduction 3 x 15
            Deficyt: ↓ R ankle proprioception + slow ankle strategy; R hip abductor weakness 4-/5 after R bimalleolar ORIF (VIII.2025).
            Wynik: SLS R on foam 11,4 s (9,2 s tydzień temu / last week); BAPS circles w/o a hand 9/10.
            """,
            ["S82.841D"], [PT("97112", 22), PT("97110", 15)], []),

        // Video Arabic interpreter; "I was with Mrs. A. only — no other patient booked with me or treated by me in this slot" states one-on-one; x1 gaze stabilization on foam, head-turn hallway walking with stops, half-kneel rises with a fixed gaze; R vestibular hypofunction; DVA lines and DGI: passes.
        ["wk-h36-macr-arabic-with-her-only-97112"] = new(
            """
            MACR — Albany Park site — PT daily
            Interpreter: Arabic (Levantine), by video on the iPad, for the whole visit.
            I was with Mrs. A. only — no other patient booked with me or treated by me in this slot.
            NMR 97112 — 22 min:
             gaze stabilization x1, head yaw and pitch, busy checkerboard background, standing on foam
             walking the hallway turning her head to name the pictures on both walls, then stopping short on my call
             half-kneel → stand and back, eyes on a fixed point, the way she rises from sujood
            R vestibular hypofunction (vestibular neuritis): oscillopsia and sway w/ quick head turns.
            DVA: 3 lines lost (4 last wk). DGI 19/24.
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // Polish form with its legend: "Terapia indywidualna 1:1 … TAK [ ]  NIE [X]" and "Równocześnie z innym pacjentem (concurrent) … TAK [X]": not one-on-one; EC rocker, line tandem with head turns, reactive steps; postural control and neuropathy; seconds and k of 10 present.
        ["wk-h36-macr-nie-x-concurrent-97112"] = new(
            """
            MACR — Avondale — Formularz wizyty / Visit form — 24.03.2026
            Legenda: TAK = yes, NIE = no
            Terapia indywidualna 1:1 (individual) ........................ TAK [ ]  NIE [X]
            Równocześnie z innym pacjentem (concurrent) ................... TAK [X]  NIE [ ]
            Kod / code: 97112   Czas / time: 23 min
            Techniki: rocker board M/L w/ eyes closed; tandem walking on a line w/ head turns; reactive steps to pushes at the pelvis.
            Deficyt / deficit: ↓ postural control + B foot somatosensory loss (diabetic neuropathy).
            Wynik / result: rocker M/L hold 18 s; pushes recovered w/ 1 step 7/10.
            """,
            ["E11.42"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Polish "Łączny czas terapii / total treatment time: 38 min. Terapia indywidualna 1:1." for 97112 23 and 97110 15, no minutes for either code; BOSU perturbations, foam-beam tandem, hurdles; sit-to-stands, step-ups, heel raises; proprioception and quad weakness after TKA; numbers: separate time missing.
        ["wk-h36-macr-laczny-czas-total-only"] = new(
            """
            MACR — Avondale — Notatka dzienna — 25.03.2026
            Łączny czas terapii / total treatment time: 38 min. Terapia indywidualna 1:1.
            NMR: stance on the BOSU w/ perturbations at the pelvis; tandem on the foam beam; stepping over 3 low hurdles on my count.
            Ćwiczenia / ther-ex: sit-to-stand from 45 cm, no hands, 3 x 8; step-ups 15 cm 3 x 10; heel raises 3 x 15.
            Deficyt: ↓ L ankle proprioception + L quad weakness 4-/5 after L TKA (IX.2025).
            Wynik: BOSU hold 20 s; hurdles w/o a touch 9/10.
            """,
            ["Z96.652", "R26.81"], [PT("97112", 23), PT("97110", 15)], [SepTime]),

        // Complete Ukrainian PTA 97110 after TKA (bike, step-ups, squats, band extension with doses; quad weakness with an Easter-basket goal; 30-s chair stand) whose diagnosis field holds Ukrainian free text "ендопротез колінного суглоба" (knee endoprosthesis): diagnosis missing.
        ["wk-h36-macr-ukr-free-text-dx-97110"] = new(
            """
            MACR — Ukrainian Village — PTA — вправи / ther-ex 97110 — 15 хв (min)
            R TKA (XII.2025): stationary bike full revolutions, resistance 2; step-ups 15 cm 3 x 10; mini squats at the wall bars 3 x 12; TKE w/ band 3 x 15.
            R quad weakness 4-/5; goal — walk to St. Nicholas on Holy Saturday to have the Easter basket blessed (свячення кошика).
            30 s chair stand: 12 (10 last wk).
            """,
            ["ендопротез колінного суглоба"], [PTA("97110", 15)], [Dx]),

        // ---------------------------------------------------------------- Lakeview PACE (day centre, PACE EHR)

        // Mr. D.'s follow-up: "Delivery: Individual — 1 staff : 1 ppt for all of the NMR"; EC foam nudges, cane step-overs on call, cone reaches on the Airex; delayed stepping and neuropathic sensory loss; FSST and k of 10: passes.
        ["wk-h36-pace-one-staff-one-ppt-followup-97112"] = new(
            """
            LAKEVIEW PACE — Therapy Encounter (PT)
            Participant: Mr. D.  | Center: Day Center — Therapy Room | Transport: PACE van
            IDT care plan problem #3: Falls — no falls since the last encounter
            Delivery: Individual — 1 staff : 1 ppt for all of the NMR; his HHA sat outside w/ his coat.
            97112 Neuromuscular re-education — 23 min
             • foam stance, eyes closed, PT giving unannounced nudges at the shoulders
             • stepping over a cane laid on the floor fwd/lat to the PT's call
             • standing reach to cones set outside his base on the Airex
            Impairment: delayed stepping response; somatosensory loss B feet (diabetic neuropathy).
            Measure: Four Square Step Test 15.1 s (16.8 s last wk); nudges recovered in 1 step 8/10.
            """,
            ["E11.42", "Z91.81"], [PT("97112", 23)], []),

        // PACE EHR "Time in service ▸ 97116: 15 min ▸ 97110: 15 min": both match; rollator → SPC in the hall and the van-bay curb with cues; LAQ, marches, sit-to-stand, heel raises dosed; L knee OA; CGA → SBA, Mod I: passes.
        ["wk-h36-pace-time-in-service-gait-te"] = new(
            """
            LAKEVIEW PACE EHR ▸ Therapy Encounter ▸ PT — Individual
            Time in service ▸ 97116: 15 min ▸ 97110: 15 min
            97116 ▸ rollator → SPC in the day-center hall 3 x 80 ft; the van-bay curb x 2; cues for heel strike and a longer L step
            97110 ▸ LAQ w/ 3 lb 2 x 12 B; standing marches at the rail 2 x 20; sit-to-stand from 18" 2 x 8; heel raises 2 x 15
            Care-plan problem ▸ Mobility — L knee OA w/ quad weakness 4-/5; short antalgic L stance
            SPC CGA → SBA by the last lap; rollator Mod I
            """,
            ["M17.12"], [PT("97116", 15), PT("97110", 15)], []),

        // PACE OT 97530: upper-body dressing, grooming at the sink, raised-seat toilet transfer; ADL decline after a wrist fracture with a non-center-day goal; Katz ADL plus Min A/SBA/CGA: passes.
        ["wk-h36-pace-ot-katz-adl-97530"] = new(
            """
            LAKEVIEW PACE EHR ▸ Therapy Encounter ▸ OT
            Encounter type ▸ Individual therapy
            97530 — 20 min
            Tasks ▸ upper-body dressing w/ a cardigan and a front-hook bra in sitting; grooming at the sink in standing (hair, teeth, dentures); toilet transfer to the raised seat w/ the grab bar
            Care-plan problem ▸ ADL decline after the fall + L wrist fx; goal: dress and groom herself on non-center days w/ the HHA only setting up
            Katz ADL ▸ 4/6; dressing Min A for the buttons; grooming SBA; toilet transfer CGA
            """,
            ["S52.502D"], [OT("97530", 20)], []),

        // PACE IDT flags with "[Y] Therapist 1:1 entire timed service" and "[N] Group today"; rhythmic stabilization at the mat edge, D2 with a weight shift, mirror target stepping; R LE recruitment after stroke; % BW on paired scales and k of 10: passes.
        ["wk-h36-pace-idt-flags-97112"] = new(
            """
            LAKEVIEW PACE — PT Encounter — IDT flags
            [N] Fall since last encounter   [N] ER/hospital since last encounter   [Y] Therapist 1:1 entire timed service   [N] Group today
            97112 — 22 min
            PNF: rhythmic stabilization in sitting at the edge of the mat; D2 flexion R UE w/ a weight shift onto the R in standing.
            Motor-control drill: stepping the R foot to floor targets on cue w/ a mirror.
            Impairment: R hemiparesis — ↓ R LE motor recruitment, keeps weight off the R in standing.
            Weight through the R 46% BW on the paired scales (44% last wk); targets hit 8/10.
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // PACE PTA 97110 "seen individually by the PTA in the therapy room once the van runs were in": cuffed marches, arms-crossed sit-to-stand, hip extension, toe raises dosed; B LE weakness with a dining-chair problem; five chair rises in seconds: passes.
        ["wk-h36-pace-pta-five-rises-97110"] = new(
            """
            LAKEVIEW PACE — Therapy Encounter (PTA)
            Seen individually by the PTA in the therapy room once the van runs were in.
            97110 — 15 min: seated hip-flexion marches w/ 2 lb cuffs 2 x 15; sit-to-stand from the 18" chair, arms crossed, 3 x 6; standing hip extension at the rail 2 x 10 B; toe raises 2 x 15.
            Care-plan problem: B LE weakness (hip ext 3+/5, quads 4-/5) — still pushes on the table to rise from the dining chairs.
            Five chair rises, arms crossed: 15 s (17 s last wk).
            """,
            ["M62.81", "R26.89"], [PTA("97110", 15)], []),

        // Mr. O.'s NPH follow-up: magnetic wide-based gait observed; 4WW with floor-ladder markers, step-turns, doorway approach with and without the line; SBA and turn steps: 97116 passes.
        ["wk-h36-pace-nph-followup-97116"] = new(
            """
            LAKEVIEW PACE — Therapy Encounter (PT)
            Ppt: Mr. O., NPH w/ VP shunt (Dec 2025) — shunt setting unchanged per neurosurgery.
            Observed: still a magnetic, wide-based gait w/ short shuffling steps; hesitates at the dining-room doorway but no longer stops dead.
            97116 — 18 min: 4WW in the day-center hall 4 x 120 ft w/ floor-ladder markers at 50 cm; step-turn around a cone both directions; doorway approach w/ the visual line on the floor, then w/o it.
            SBA in the hall and through the doorway; 180° turn in 4 steps (5 last wk).
            """,
            ["G91.2", "Z98.2"], [PT("97116", 18)], []),

        // PACE 97112 "given in the Standing Balance Circle — 5 ppts at the rail; PT and the rehab aide moving between them": not one-on-one; taped-line heel-toe, step taps, balloon catches; lateral postural control after hip ORIF; feet and k of 10 present.
        ["wk-h36-pace-balance-circle-97112"] = new(
            """
            LAKEVIEW PACE — Therapy Encounter (PT)
            Service: 97112, 22 min, given in the Standing Balance Circle — 5 ppts at the rail; PT and the rehab aide moving between them.
            Ppt's part: heel-toe walking along the taped line, tapping a step w/ alternate feet, catching a balloon tossed off to the side.
            Impairment: ↓ lateral postural control after L hip ORIF; wide-based sway.
            Taped-line heel-toe 10 ft w/o a hand (8 ft last wk); balloon catches 9/10.
            """,
            ["S72.002D", "R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PACE EHR "Time in service ▸ 97530: 30 min ▸ 97110: 15 min" against 97530 20 and 97110 15: mismatch on 97530 only; van steps, floor recovery, reacher pick-ups; bridges, abduction, step-ups, heel raises; hip weakness; CGA/Min A.
        ["wk-h36-pace-time-in-service-mismatch-97530"] = new(
            """
            LAKEVIEW PACE EHR ▸ Therapy Encounter ▸ PT — Individual
            Time in service ▸ 97530: 30 min ▸ 97110: 15 min
            97530 ▸ van-step practice on the parked PACE van (2 steps + grab handle) x 4; floor recovery: side-sit → half-kneel → chair x 2; picking up her purse from the floor w/ a reacher x 5
            97110 ▸ bridges 2 x 12; sidelying hip abd 2 x 10 B; step-ups 4" 2 x 10; heel raises 2 x 15
            Care-plan problem ▸ Falls/transfers — B hip extensor/abductor weakness 3+/5; hasn't managed the van steps since the hospital stay
            Van steps CGA; floor → chair Min A
            """,
            ["R29.6", "M62.81"], [PT("97530", 20), PT("97110", 15)], [At(Mismatch, "97530")]),

        // ---------------------------------------------------------------- A&I Rehab (Anthracite & Iron: coal region, steel country, I-80)

        // Daily slip "Constant attendance, 1 PT : 1 pt, whole service?   Yes __X__   No _____", "CPT 97112   Minutes 23"; PNF D1/D2 with resistance at the pelvis, EC rocker, gumband side-steps; R LE recruitment after a pontine stroke; Berg and Airex seconds: passes.
        ["wk-h36-ai-slip-yes-x-followup-97112"] = new(
            """
            A&I REHAB — SHAMOKIN — DAILY SLIP
            Constant attendance, 1 PT : 1 pt, whole service?   Yes __X__   No _____
            CPT 97112   Minutes 23
            Tx: PNF D1/D2 LE, standing, my hands resisting at the pelvis; rocker board M/L eyes shut; side-stepping over the gumband on the count.
            Impair: ↓ R LE motor recruitment + slow postural reactions after L pontine stroke.
            Data: Berg 47/56 (45/56 last wk); R stance on the Airex 14 s.
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // Punch card "97112 punched in 10:05 punched out 10:28" (23) and "97110 punched in 10:28 punched out 10:43" (15): both match; 1:1 for the NMR; tilt board, push-and-catch, gumband step-overs; step-ups, sit-to-stand, cuff abduction; reactive stepping and abductor weakness after a hip fracture; Berg and k of 10: passes.
        ["wk-h36-ai-punch-card-followup-two-codes"] = new(
            """
            A&I REHAB — MONESSEN — PT
            Punch card (mill habit):
              97112   punched in 10:05   punched out 10:28
              97110   punched in 10:28   punched out 10:43
            1:1 for the NMR — only him on the floor, my hands on the belt the whole time.
            NMR: tilt board M/L w/ eyes on a target; push-and-catch in stride stance; stepping over the gumband strung at shin height on my call.
            TE: step-ups 8" 3 x 10; sit-to-stand from 17" w/o hands 3 x 10; standing hip abduction w/ 4 lb 2 x 12.
            Problem: slow reactive stepping + ↓ R ankle strategy; R hip abductor weakness 4-/5 (R hip fx, IM nail, Nov).
            Berg 49/56 (47/56 last wk); band step-overs w/o a touch 10/10.
            """,
            ["S72.001D", "R26.81"], [PT("97112", 23), PT("97110", 15)], []),

        // Black lung on O2, pulmonary day: Monark arm ergometry in watts and bouts, sit-to-stand with pursed-lip exhale, step-ups, wall push-ups, Threshold IMT at % MIP; inspiratory weakness and LE endurance with the 13 steps to bed; shuttle walk metres: 97110 passes.
        ["wk-h36-ai-black-lung-shuttle-97110"] = new(
            """
            A&I REHAB — SHAMOKIN — PT (pulmonary day)
            Black lung (CWP w/ PMF), O2 2 L NC at rest, 3 L w/ exercise.
            97110 — 22 min: Monark arm ergometer 25 W, 3 bouts; sit-to-stand from 18" w/ pursed-lip exhale 3 x 8; step-ups 6" 2 x 10 ea; wall push-ups 2 x 12; Threshold IMT at 35% MIP 3 x 10 breaths.
            Target: inspiratory muscle weakness and LE endurance — stops halfway up the 13 steps to the bedroom.
            Incremental shuttle walk test 260 m (230 m last wk); SpO2 nadir 88% on 3 L.
            """,
            ["J96.11", "Z99.81"], [PT("97110", 22)], []),

        // OTR driver before his DOT recert: cab mock-up with three points of contact, tarp-roll lift, door-bar latch, fifth-wheel pull against a spring scale; ER weakness and apprehension; independent, lb and SBA: 97530 passes.
        ["wk-h36-ai-cdl-cab-coupling-97530"] = new(
            """
            A&I REHAB — CLEARFIELD — PT
            OTR driver after the L shoulder dislocation (Jan) — DOT recert in 2 wk.
            97530 — 23 min: cab mock-up in and out facing in, three points of contact, x 6; tarp roll (30 lb) lifted to the flatbed-height shelf x 5; trailer door bar swung and latched overhead x 10; pulling the fifth-wheel release against the spring scale at 40 lb x 8.
            L shoulder: ↓ ER strength 4/5 and apprehension overhead; goal — do his own coupling and tarping again.
            Cab climb independent; fifth-wheel pull at 40 lb (35 lb last wk); tarp lift SBA.
            """,
            ["S43.005D"], [PT("97530", 23)], []),

        // Gruff "97112/23min (1:1, floor empty but for us)  ·  97140/10min": both match; half-kneel rhythmic stabilization, PNF chops/lifts, Airex reaches; thoracic PAs and rib rotations with grades and bouts; PD trunk rigidity; k of 10, turn steps and degrees: passes.
        ["wk-h36-ai-slash-minutes-nmr-mt"] = new(
            """
            A&I REHAB — JOHNSTOWN — PT
            97112/23min (1:1, floor empty but for us)  ·  97140/10min
            NMR — half-kneel → stand w/ rhythmic stabilization; PNF chops/lifts in standing; Airex stance reaching across midline to cones.
            MT — thoracic PA mobs T5–T9 gr III 3 x 30 s; rib rotations in sidelying 2 x 60 s.
            Why: ↓ trunk rotation + postural control, en bloc turns — Parkinson's, stiff thoracic spine.
            Airex reaches 9/10 w/o a step; 360° turn in 6 steps; thoracic rotation R 32° → 40° after MT.
            """,
            ["G20.A1"], [PT("97112", 23), PT("97140", 10)], []),

        // Data export with its key "flags 1 = yes, 0 = no": one_on_one=1, every technique flag 0 and "tech_other=" blank, a deficit and Berg/TUG: technique missing only (no generic phrase).
        ["wk-h36-ai-export-technique-flags-zero"] = new(
            """
            A&I REHAB — DUBOIS — export (flags 1 = yes, 0 = no)
            cpt=97112; min=20; one_on_one=1
            tech_perturbation=0; tech_foam=0; tech_pnf=0; tech_vestibular=0; tech_other=
            deficit=↓ ankle proprioception both feet, slow ankle strategy (neuropathy)
            outcome=Berg 46/56; TUG 11.2 s
            """,
            ["G62.9"], [PT("97112", 20)], [At(Tech, "97112")]),

        // "Timed tx 37 min total. 1:1." for 97112 22 + 97110 15 with no minutes for either code; EC tilt board, head-nod walking, chops/lifts; leg press, step-ups, band abduction; vestibular loss and hip weakness; DGI and seconds: separate time missing.
        ["wk-h36-ai-timed-total-only"] = new(
            """
            A&I REHAB — FRACKVILLE — PT
            Timed tx 37 min total. 1:1.
            NMR: tilt board A/P eyes closed; walking w/ head nods the length of the bars; half-kneel chops/lifts.
            TE: leg press 3 x 10 @ 90 lb; step-ups 6" 3 x 10; band abduction 3 x 15.
            ↓ L vestibular function (schwannoma resected 2025) w/ sway to the L + B hip abd weakness 4-/5.
            DGI 18/24; tilt board A/P EC 12 s.
            """,
            ["H81.92", "Z86.011"], [PT("97112", 22), PT("97110", 15)], [SepTime]),

        // Empty note on a coal-region visit with 97112 and 97116: DOC_NOTE_MISSING on both profiled lines, nothing else.
        ["wk-h36-ai-empty-nmr-gait"] = new(
            "",
            ["R26.81"], [PT("97112", 22), PT("97116", 15)],
            [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // ---------------------------------------------------------------- Pequea Valley Therapy (Lancaster County Amish and Mennonite)

        // Mammi's second week: "One-on-one: the PT worked w/ Mammi alone for all of the re-ed; the family only watched from the wall"; EC foam pushes, broom-handle step-overs, turning reaches to a hymnal; stepping reactions after a thalamic stroke; Berg and k of 10: passes.
        ["wk-h36-pequea-mammi-second-week-97112"] = new(
            """
            PEQUEA VALLEY THERAPY — Intercourse office — PT visit
            Pt: "Mammi" (grandmother), 81, Old Order Amish — her second week. The Englisch driver waited in the van; a daughter-in-law and two of the Kinner (children) came along.
            One-on-one: the PT worked w/ Mammi alone for all of the re-ed; the family only watched from the wall.
            97112 — 24 min: standing on the foam pad, eyes shut, PT pushing at the hips w/o warning; stepping over the broom handle leading w/ each foot; turning to reach for a hymnal held behind her at shoulder height.
            Deficit: slow stepping reactions, ↓ postural control after the L thalamic stroke (Nov).
            Berg 43/56 (41/56 last wk). Broom-handle step-overs w/o a touch 9/10.
            HEP drawing sheet updated — stick figures, no phone.
            """,
            ["I69.398", "R26.81"], [PT("97112", 24)], []),

        // Front-desk-typed slip "One-on-one?  Y / N   [PT circled Y]"; milk-crate step-ups to nudges, rocker board with a feed pail, EC mat-edge tandem; R ankle proprioception after a heifer kick; seconds and k of 10: passes.
        ["wk-h36-pequea-slip-circled-y-97112"] = new(
            """
            PEQUEA VALLEY THERAPY — Strasburg — visit slip (typed by the front desk from the PT's paper slip)
            One-on-one?  Y / N   [PT circled Y]
            97112 — 23 min
            What was done: milk-crate step-ups when nudged backward; standing on the rocker board holding a feed pail at the waist; tandem walking along the edge of the mat, eyes shut on the last pass.
            Why: ↓ R ankle proprioception and ankle strategy after the R ankle fracture (heifer kick, Sept).
            Result: R SLS EC 7 s (4 s last wk); nudge recoveries 8/10.
            HEP sheet w/ drawings updated.
            """,
            ["S82.51XD"], [PT("97112", 23)], []),

        // OT header "Minutes — activity 22 (97530), exercise 15 (97110)": both match; collar and hames at the sawhorse, water bucket, pulley wash line; shoulder weights, band ER/IR, wall walks dosed; s/p RCR with a buggy goal; Mod I/SBA/independent: passes.
        ["wk-h36-pequea-ot-minutes-header-two-codes"] = new(
            """
            PEQUEA VALLEY THERAPY — New Holland — OT
            Minutes — activity 22 (97530), exercise 15 (97110)
            Activity: hitching practice at the sawhorse — lifting the collar and hames on, buckling the belly band; carrying a 5-gal water bucket half full 40 ft x 3; hanging 10 pieces of wash on the pulley line from the porch and reeling it out.
            Exercise: R shoulder flexion/abduction w/ 3 lb 2 x 12; ER/IR w/ the red band 3 x 15; wall walks 2 x 12.
            R shoulder s/p RCR 17 wk: flexion 148°, ER 4-/5; goal — hitch up and drive the buggy to her sister's.
            Harness Mod I; bucket SBA; wash line independent.
            """,
            ["Z47.89", "M75.111"], [OT("97530", 22), OT("97110", 15)], []),

        // PTA 97116 on the gravel lane and the grass slope: cane → no device on the level with cues; L stiff-knee gait with hip hike after TKA; distances, SBA/CGA: passes.
        ["wk-h36-pequea-pta-gravel-lane-97116"] = new(
            """
            PEQUEA VALLEY THERAPY — New Holland — PTA
            97116 — 16 min. Gravel lane behind the office and the grass slope up to the shed.
            Straight cane R hand → no device on the level: 2 x 200 ft gravel w/ the cane, 1 x 100 ft w/o; cues for L heel first and bending the L knee in swing.
            L TKA (Jan): stiff-knee gait, hip hike to clear the L toes — less than last wk.
            SBA w/o device on the level, CGA on the slope w/ the cane.
            """,
            ["Z96.652", "Z47.1"], [PTA("97116", 16)], []),

        // OT 97530 Monday wash: wringer feeding, wet basket to the porch rail, pinning and reeling the pulley line; grip and thumb opposition after carpal tunnel release with a family-wash goal; SBA, CGA, k of 20 and grip kg: passes.
        ["wk-h36-pequea-ot-monday-wash-97530"] = new(
            """
            PEQUEA VALLEY THERAPY — Intercourse — OT
            97530 — 22 min: Monday wash — feeding towels and work shirts through the wringer of the gas-engine washer; lifting the wet basket (12 lb) onto the porch rail; pinning wash on the pulley line and reeling it out.
            Impairment: R grip weakness and ↓ R thumb opposition after carpal tunnel release (8 wk).
            Goal: do the family's Monday wash herself again.
            Wringer feed SBA (Min A last wk); basket lift CGA; clothespins 20/20 w/o a drop; grip R 17 kg.
            """,
            ["G56.01"], [OT("97530", 22)], []),

        // Slip "Seen: [ ] alone w/ the PT  [x] w/ another pt at the same time (concurrent)  [ ] group": not one-on-one; ball-sitting rhythmic stabilization, backward target steps, lantern-hook reaches on foam; trunk control after stroke; seconds and k of 10 present.
        ["wk-h36-pequea-concurrent-ticked-97112"] = new(
            """
            PEQUEA VALLEY THERAPY — Ephrata — visit slip (typed from paper)
            Seen:  [ ] alone w/ the PT   [x] w/ another pt at the same time (concurrent)   [ ] group
            97112 — 22 min
            Done: rhythmic stabilization sitting on the therapy ball; stepping backward to a target on cue; reaching for the lantern hook on the wall while standing on the foam.
            Why: ↓ trunk postural control and L LE motor recruitment after the R MCA stroke.
            Result: ball sitting 60 s w/o hands; backward steps to the target 7/10.
            """,
            ["I69.354"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PTA 97110 naming leg lifts, bridges, marches, heel raises and sit-to-stands with no set, repetition, load or number; L hip weakness after THA with a garden goal; "New HEP drawing sheet given … Next visit Thursday": measure missing.
        ["wk-h36-pequea-drawing-sheet-no-dose-97110"] = new(
            """
            PEQUEA VALLEY THERAPY — Gap — PTA
            97110 — 15 min: sidelying leg lifts, bridges, standing marches at the counter, heel raises, sit-to-stand from the kitchen-height chair.
            For: L hip weakness after the L THA — goal: walk out to the garden and kneel to weed the rows.
            New HEP drawing sheet given — no phone in the home. Next visit Thursday.
            """,
            ["Z96.642", "Z47.1"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // Complete 97116 (rollator → cane in the hallway, the gravel lot and the porch step with cues; R THA lurch; SBA/CGA) sent with no diagnosis: diagnosis missing.
        ["wk-h36-pequea-no-diagnosis-97116"] = new(
            """
            PEQUEA VALLEY THERAPY — Quarryville — PT
            97116 — 18 min: rollator → straight cane in the hallway 3 x 100 ft, then the gravel lot and the step up onto the porch x 4; cues for R heel strike and a longer L step.
            R THA (Feb): short R stance, lurch over the R.
            Cane SBA on the level, CGA on the gravel; porch step SBA w/ rail.
            """,
            [], [PT("97116", 18)], [Dx]),

        // ---------------------------------------------------------------- Acadiana Prairie Rehab (Cajun country)

        // Bilingual form with its legend "Oui = yes · Non = no": "Un-à-un / one-on-one (1 thérapeute, 1 patient): Oui [✔]"; rocker board with a paddle, stride-stance perturbations, foam beanbag catches; postural responses and neuropathy; seconds and k of 10: passes.
        ["wk-h36-acadiana-oui-ticked-papere-97112"] = new(
            """
            ACADIANA PRAIRIE REHAB — Eunice — Visite / Visit
            Légende: Oui = yes · Non = no
            Un-à-un / one-on-one (1 thérapeute, 1 patient): Oui [✔]  Non [ ]
            En groupe / group:                              Oui [ ]  Non [✔]
            97112 — 22 min
            Technique: rocker board A/P w/ Papère holding a paddle; perturbations at the pelvis in stride stance; stepping onto foam to catch a beanbag tossed wide.
            Déficit / deficit: slowed automatic postural responses + ↓ B foot sensation (diabetic neuropathy).
            Résultat / result: rocker board hold 24 s (19 s last wk); beanbag catches w/o a step 9/10.
            """,
            ["E11.42"], [PT("97112", 22)], []),

        // PTA "97116 x 1 unit = 15 min   |   97110 x 1 unit = 15 min": both match; cane on the gravel drive and around the truck with cues; LAQ, step-ups, band abduction dosed; L TKA with a cows-and-Fred's goal; SBA/Mod I: passes.
        ["wk-h36-acadiana-units-equal-minutes-gait-te"] = new(
            """
            ACADIANA PRAIRIE REHAB — Mamou — PTA
            97116 x 1 unit = 15 min   |   97110 x 1 unit = 15 min
            Gait (97116): straight cane across the gym and out on the gravel drive, 3 x 100 ft; cues for L heel first and an even step; turning around the truck in the lot.
            Ther-ex (97110): LAQ w/ 4 lb 3 x 12; step-ups 6" 3 x 10; standing hip abduction w/ band 2 x 15.
            L TKA wk 10 — short L stance, stiff L knee, L quad 4-/5; goal: feed his cows and drive to the dance at Fred's on Saturday morning.
            Cane SBA on gravel, Mod I inside.
            """,
            ["Z96.652", "Z47.1"], [PTA("97116", 15), PTA("97110", 15)], []),

        // One timed code whose minutes are given only as "Started 7:40 a.m., done 7:59 a.m." (19) against a 19-minute 97116 line (the heat index is not a time): matches; cane on the levee path and the boat-launch ramp with cues; R hemiparetic gait; SBA: passes.
        ["wk-h36-acadiana-clock-before-heat-97116"] = new(
            """
            ACADIANA PRAIRIE REHAB — Henderson — PT
            Started 7:40 a.m., done 7:59 a.m. — early, heat index already 98.
            Gait training w/ a straight cane on the levee-top path 2 x 300 ft and down the boat-launch ramp and back x 3; cues for R heel strike and keeping the trunk forward on the downslope.
            R hemiparesis (L MCA stroke, Aug): R toe drag, short L step; leans back on the ramp.
            SBA on the path and now on the ramp (CGA last wk).
            """,
            ["I69.351"], [PT("97116", 19)], []),

        // OT 97530 roux at the stove with hand switching, pot lift, chopping with a rocker knife, carrying the trinity on the walker tray; R UE weakness after stroke with a Sunday-gumbo goal; SBA and Mod I: passes.
        ["wk-h36-acadiana-ot-roux-97530"] = new(
            """
            ACADIANA PRAIRIE REHAB — Breaux Bridge — OT
            97530 — 22 min: stirring a roux in the black iron pot at the stove w/ the R hand, switching hands on my count; lifting the filled pot (6 lb) from counter to burner; chopping onion and bell pepper w/ a rocker knife; carrying the bowl of trinity to the stove on the walker tray.
            R UE weakness + ↓ standing tolerance after the L MCA stroke; goal: cook the Sunday gumbo again.
            Pot lift SBA (CGA last wk); chopping Mod I; stood at the stove through the whole roux w/o a seated rest.
            """,
            ["I69.351"], [OT("97530", 22)], []),

        // Mamère's follow-up: "Individual session — PT w/ Mamère only"; two-step led by the PT with cued stops, backward stepping and turning under the arm, foam stance with head turns; dynamic postural control and freezing in PD; turn steps and k of 10: passes.
        ["wk-h36-acadiana-mamere-two-step-97112"] = new(
            """
            ACADIANA PRAIRIE REHAB — Mamou — PT
            Individual session — PT w/ Mamère only; her granddaughter waited up front again.
            97112 — 24 min: Cajun two-step w/ the PT leading, slowed then at tempo, w/ a stop on the PT's cue; backward stepping and turning under the arm; quiet stance on foam w/ head turns between songs.
            Deficit: ↓ dynamic postural control on turns and backward steps — PD (H&Y 2), freezes on the turn.
            360° turn in 5 steps (6 last wk); backward steps w/o a freeze 9/10.
            "Ça va mieux," she said — the Saturday dance at Fred's is still the goal.
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // Wholly generic Cajun 97112 ("Balance and coordination exercises, 22 min. Pas pire, cher — did alright today. Continue plan of care."), no one-on-one: technique, generic, deficit, measure and one-on-one.
        ["wk-h36-acadiana-generic-97112"] = new(
            "ACADIANA PRAIRIE REHAB — PT — Balance and coordination exercises, 22 min. Pas pire, cher — did alright today. Continue plan of care.",
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // "Gait, 97116 — 30 min" (rollator → cane on the gym floor and the shell lot, church-hall step, cues; R THA; SBA/CGA) on a single 18-minute line: mismatch.
        ["wk-h36-acadiana-97116-minutes-differ"] = new(
            """
            ACADIANA PRAIRIE REHAB — Church Point — PT
            Gait, 97116 — 30 min: rollator → straight cane on the gym floor, then the shell parking lot 3 x 80 ft; stepping up the church-hall step w/ rail x 4; cues for R heel strike and an upright trunk.
            R THA (Jan) — short R stance, R hip abductor weakness.
            Cane SBA inside; CGA on the shell lot.
            """,
            ["Z96.641", "Z47.1"], [PT("97116", 18)], [At(Mismatch, "97116")]),

        // OT 97530 boat-deck step from the dock mock-up, sorting shrimp from by-catch, ice-chest lid and scooping; R shoulder weakness after a humerus fracture with a sorting-table goal; only "Went better than last time … Ça va mieux" — no assistance level or number: measure missing.
        ["wk-h36-acadiana-ot-shrimp-sorting-no-measure-97530"] = new(
            """
            ACADIANA PRAIRIE REHAB — Delcambre — OT
            97530 — 20 min: stepping from the dock mock-up onto the boat deck (step box + rail) and back; sorting shrimp from by-catch at a waist-high table; lifting the ice-chest lid and scooping ice.
            R proximal humerus fx (Dec) — R shoulder flexion/abduction weakness; she wants to work the sorting table on her son's boat this season.
            Went better than last time. "Ça va mieux, cher."
            """,
            ["S42.201D"], [OT("97530", 20)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- Oak Tree Physio & Rehab (New Jersey; India- and Philippines-trained therapists)

        // Review visit of last week's MCA-infarct patient, "Treatment was given on one-to-one basis by this therapist for the full session"; step-standing shifts with tapping, PNF pelvic patterns with approximation, guarded step-ups "done x … reps"; Lt knee motor control and JPS; Tinetti: passes.
        ["wk-h36-nj-one-to-one-basis-review-97112"] = new(
            """
            OAK TREE PHYSIO & REHAB — Edison (Oak Tree Rd) — Daily Note
            Pt is a 67 yr old male k/c/o DM2, HTN; Rt MCA infarct 5 months back — review visit. C/o Lt knee still "giving way" on the temple steps.
            Treatment was given on one-to-one basis by this therapist for the full session.
            NMR (97112) — 23 minutes
            Pt was made to do:
              1) step-standing weight shift onto Lt leg with tapping over Lt quads & glut med — done x 15 reps x 2
              2) PNF pelvic patterns in Rt side lying with approximation — done x 10 reps each
              3) stepping up onto a 4" step leading with Lt, therapist guarding the knee — done x 10 reps
            On examination: Lt hip & knee motor control poor, knee hyperextends in mid-stance; JPS Lt knee 4/5 correct.
            Tinetti POMA — 20/28 (18/28 last week).
            Kindly continue same plan.
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // Treatment record "Mode of treatment : Individual – YES   Group – NO   Concurrent – NO"; Frenkel's, sponge-mat head turns, kneel-standing stabilisation, line walking; truncal and limb ataxia with dysmetria; SARA and tandem steps: passes.
        ["wk-h36-nj-mode-individual-yes-97112"] = new(
            """
            OAK TREE PHYSIO & REHAB — Parsippany — TREATMENT RECORD
            Mode of treatment : Individual – YES   Group – NO   Concurrent – NO
            Treatment given   : 97112 NMR — 22 mins
            Exercises         : Frenkel's exercises in supine & sitting; walking on sponge mat with head turns; rhythmic stabilisation in kneel-standing; heel-toe walking on a line
            Findings          : truncal & Rt limb ataxia (post Rt cerebellar infarct), dysmetria on heel-shin Rt
            Outcome           : SARA 11/40 (12/40 last week); tandem steps 8 before side-step
            Plan              : continue same, progress to uneven surfaces
            """,
            ["I69.393"], [PT("97112", 22)], []),

        // TKR review "Ther ex (18 mins)" and "Manual (10 mins)": both match; cycling, wall slides, SLR with kg, step-ups, TKE dosed; tibiofemoral and patellar mobs with grades and bouts; flexion degrees and quad lag: passes.
        ["wk-h36-nj-tkr-review-te-mt"] = new(
            """
            OAK TREE PHYSIO & REHAB — Edison — Daily Note
            Pt is a 70 yr old male, s/p Rt TKR 9 weeks, review. C/o stiffness on squatting to sit for prayers.
            On examination: Rt knee flexion 104°, quad lag 3°, quads 4/5.
            Ther ex (18 mins): static cycling full revolutions x 20, wall slides x 15 x 2, SLR with 1 kg x 10 x 2, step-ups 6" x 10 x 2, TKE with red band x 15 x 2.
            Manual (10 mins): tibiofemoral posterior glides Gr III 3 x 30 sec in 90° flexion; patellar mobs Gr III sup/inf & med/lat 3 x 30 sec.
            Post: Rt knee flexion 110°.
            HEP same, to be done morning & evening.
            """,
            ["Z96.651"], [PT("97110", 18), PT("97140", 10)], []),

        // Filipino PTA after hip hemiarthroplasty, "Tx rendered" with bridging, abduction, cuffed extension, step-ups "done x … reps x … sets"; hip abductor/extensor MMT; bus-step note: 97110 passes.
        ["wk-h36-nj-px-pta-hip-97110"] = new(
            """
            OAK TREE PHYSIO & REHAB — Journal Square — PTA Daily Notes
            Px s/p Rt hip hemiarthroplasty (Dec) for # NOF; Px claims the bus step is easier this week.
            97110 — 15 min
            Tx rendered:
             Bridging — done x 12 reps x 2 sets, 5 sec hold
             Side-lying hip abduction Rt with 0.5 kg — done x 10 reps x 2 sets
             Standing hip extension with 1 kg cuff — done x 12 reps x 2 sets
             Step-ups on 6" step — done x 10 reps
            Rt hip abductors 4-/5 (3+/5 last week), extensors 4-/5.
            """,
            ["S72.001D"], [PTA("97110", 15)], []),

        // OT 97530 kitchen: chai at the stove with the Lt hand assisting, rolling rotis, the masala dabba to the upper shelf; Lt hemiparesis with a family-dinner goal; SBA, k of 3 and rests: passes.
        ["wk-h36-nj-ot-chai-roti-97530"] = new(
            """
            OAK TREE PHYSIO & REHAB — Edison — OT
            97530 — 22 min
            Kitchen training: making chai at the stove — lifting the saucepan with the Lt hand assisting, pouring into 3 cups; rolling 8 rotis standing at the counter with the Lt hand stabilising the board; putting the masala dabba back on the upper shelf.
            Lt hemiparesis after Rt MCA stroke — goal: cook the family's dinner again.
            SBA in standing; cups poured without a spill 3/3; 1 seated rest (2 last session).
            """,
            ["I69.354"], [OT("97530", 22)], []),

        // "Pt was treated on one-to-one basis throughout"; ankle disc, sponge-mat tandem with head turns, SLS with ball throwing; Rt ankle proprioception and peroneal reaction; only "Pt feels more confident. Same plan to be continued." — no number or dose: measure missing.
        ["wk-h36-nj-feels-confident-no-number-97112"] = new(
            """
            OAK TREE PHYSIO & REHAB — Iselin — Daily Note
            Pt is a 64 yr old female k/c/o DM2, s/p Rt ankle # ORIF (Oct) — c/o ankle "not steady" on the kitchen floor.
            Pt was treated on one-to-one basis throughout.
            97112 NMR — 20 mins
            Pt was made to do ankle disc in standing (clockwise / anticlockwise), tandem walking on the sponge mat with head turns, and single-leg stance on the Rt with ball throwing.
            On examination: Rt ankle proprioception ↓, peroneal reaction delayed.
            Pt feels more confident. Same plan to be continued.
            """,
            ["S82.891D"], [PT("97112", 20)], [At(Measure, "97112")]),

        // "Pt was treated on one-to-one basis by this therapist"; Swiss-ball perturbations, hurdle stepping, foam tandem with reps and rounds; "Deficits: nil significant on today's assessment" and no deficit or system anywhere else; tandem steps: deficit missing.
        ["wk-h36-nj-deficits-nil-97112"] = new(
            """
            OAK TREE PHYSIO & REHAB — Parsippany — Daily Note
            Pt was treated on one-to-one basis by this therapist.
            97112 — 22 mins
            Pt was made to do: Swiss-ball sitting with perturbations x 10 reps, stepping over hurdles forward & sideways x 10 rounds, tandem walk on foam x 4 rounds.
            Deficits: nil significant on today's assessment.
            Tandem on foam 8 steps (5 last week).
            Pt was happy with the session.
            """,
            ["R26.89"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // Per-code lines "Ther ex (97110) – 28 mins" against a 15-minute line (mismatch on 97110) and "Manual (97140) – 10 mins" matching; knee exercises dosed, patellar and tibiofemoral mobs with grades and bouts; TKR flexion degrees.
        ["wk-h36-nj-ther-ex-minutes-mismatch"] = new(
            """
            OAK TREE PHYSIO & REHAB — Edison
            Ther ex (97110) – 28 mins: static quads x 15, heel slides x 15 x 2, SLR x 10 x 2, prone knee bends x 10 x 2, static cycling full revolutions.
            Manual (97140) – 10 mins: patellar mobilisation sup/inf Gr III 3 x 30 sec; tibiofemoral posterior glides Gr III 3 x 30 sec.
            On examination: Lt knee flexion 102°, extension lag 3° — s/p Lt TKR 7 weeks.
            Lt knee flexion after manual 108°.
            """,
            ["Z96.652"], [PT("97110", 15), PT("97140", 10)], [At(Mismatch, "97110")]),

        // ---------------------------------------------------------------- EPCR Rehab (Minneapolis; Somali and Hmong families, interpreters)

        // Same-gender request met again, "Seen privately — PT with her alone, door closed"; vestibular habituation (sit → supine, rolling, foam head turns, picture-card hallway walking); motion-provoked dizziness after BPPV; MSQ and mCTSIB seconds: passes.
        ["wk-h36-mpls-seen-privately-followup-97112"] = new(
            """
            EPCR Rehab — Cedar-Riverside site — PT visit
            Pt request on file: female PT and female interpreter only — met again today (Somali interpreter, female, in person, ID 4471). Hijab and jilbaab kept on; all work over clothing.
            Seen privately — PT with her alone, door closed.
            97112 — 22 min
            Vestibular habituation: sit → supine w/ head turned R, rolling L↔R, standing head turns on foam, walking the hallway reading picture cards while turning to each wall.
            Problem: residual motion-provoked dizziness and ↓ postural control w/ head movement after R posterior-canal BPPV.
            MSQ 8 (12 last wk). mCTSIB foam EC 26 s (19 s last wk).
            """,
            ["H81.11"], [PT("97112", 22)], []),

        // Hmong/English form "Yog = yes · Tsis yog = no" with "Kho ib leeg / individual 1:1 … Yog [x]"; target stepping relayed by the interpreter, foam sit ↔ stand, rocker board passing a bowl; foot somatosensory loss and slow stepping; reach in inches: passes.
        ["wk-h36-mpls-hmong-yog-grid-97112"] = new(
            """
            EPCR Rehab — North Mpls — PT daily (Hmong / English form)
            Yog = yes · Tsis yog = no
            Kho ib leeg / individual 1:1 .......... Yog [x]   Tsis yog [ ]
            Pab pawg / group ...................... Yog [ ]   Tsis yog [x]
            Interpreter: Hmong, phone, ID 3305. Daughter present.
            97112 — 23 min
              stepping to floor targets on my cue (relayed by the interpreter); sit ↔ stand on foam; standing on the rocker board passing a bowl from hand to hand at waist height
            Deficit: R foot somatosensory loss (DM) + slow stepping reactions
            Multi-directional reach: fwd 9 in · back 4 in · R 6 in · L 5 in
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // Hmong patient: "10:15–10:30 gait (97116)" (15) and "10:30–10:45 ther-ex (97110)" (15): both match; quad cane → SPC, curb and grass with cues; step-ups, sit-to-stand, band sidestepping dosed; R knee OA gait and quad weakness; SBA/CGA: passes.
        ["wk-h36-mpls-clock-range-per-code"] = new(
            """
            EPCR Rehab — North Mpls — PT
            Hmong interpreter in person (ID 2218) for the whole visit; pt's wife present.
            10:15–10:30 gait (97116): quad cane → SPC on level floor 2 x 150 ft, curb up/down x 4, the grass strip to the parking lot; cues for R heel strike and an upright trunk.
            10:30–10:45 ther-ex (97110): step-ups 6" 2 x 10 R lead, sit-to-stand from 17" 3 x 8, sidestepping w/ band 3 x 15 ft.
            R knee OA: antalgic R gait, short R stance; R quads 4-/5.
            SPC SBA indoors, CGA on the grass.
            """,
            ["M17.11"], [PT("97116", 15), PT("97110", 15)], []),

        // Somali OT with the eldest son present again: floor-mattress transfers, shaah tray to the floor mat, rolling the mattress; B knee OA with a guests goal; "Assist level (■ = today): … Mod I ■" and five trials: 97530 passes.
        ["wk-h36-mpls-ot-floor-mattress-97530"] = new(
            """
            EPCR Rehab — Cedar-Riverside — OT
            Somali interpreter in person; pt's eldest son present again.
            97530 — 22 min
            Tasks: down to the floor mattress and back up via half-kneel holding a low stool x 5; carrying the thermos of shaah and cups on a tray to the floor mat; rolling up the mattress and standing it against the wall.
            Goal: sleep on her own floor mattress and serve tea to guests w/o her daughter (B knee OA).
            Assist level (■ = today):  Indep □  Mod I ■  SBA □  CGA □  Min □  Mod □
            Floor ↔ stand x 5 trials, no hands on the stool for the last 2.
            """,
            ["M17.0"], [OT("97530", 22)], []),

        // Hmong patient with the rented L300: 97116 level floor, curb, stairs and the garden path; L foot drop and stiff-knee swing; 10MWT m/s, distances, SBA/CGA: passes.
        ["wk-h36-mpls-hmong-bioness-followup-97116"] = new(
            """
            EPCR Rehab — North Mpls — PT
            Hmong interpreter by video (ID 2907); son present — the family has the rented L300 for 3 more weeks.
            97116 Gait training — 20 min w/ the Bioness L300 Go on the L peroneal nerve: level floor, the 4" curb, reciprocal stairs w/ the rail, then out the back door on the path to the garden plots.
            L foot drop w/ toe drag in swing, L knee stiff in swing (R MCA stroke).
            10MWT 0.68 m/s w/ the L300 (0.62 last wk); 2 x 300 ft SBA; path to the plots CGA.
            """,
            ["I69.354"], [PT("97116", 20)], []),

        // Somali/English checklist "Haa = yes · Maya = no": individual 1:1 and three techniques "Haa", every deficit row "Maya" and no deficit anywhere else; FSST present: deficit missing.
        ["wk-h36-mpls-somali-deficit-rows-maya-97112"] = new(
            """
            EPCR Rehab — East Phillips — PT checklist (Somali / English)
            Haa = yes · Maya = no
            Individual 1:1 ........................ Haa ☒  Maya ☐
            97112 — 22 min
            Techniques
              rhythmic stabilization in half-kneel .. Haa ☒  Maya ☐
              stepping onto foam squares on cue ..... Haa ☒  Maya ☐
              perturbations in stride stance ........ Haa ☒  Maya ☐
            Deficits
              vestibular ............................ Haa ☐  Maya ☒
              proprioception ........................ Haa ☐  Maya ☒
              postural control ...................... Haa ☐  Maya ☒
              motor control / coordination .......... Haa ☐  Maya ☒
            Four Square Step Test 14.2 s
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // "97116 — 15 min" (matches) and a 97530 section with no minutes on 15 + 20 lines: separate time missing; SPC on the Lake St sidewalk with cues; bus-entry step, grocery bag, shelter bench; hip weakness with a bus goal; SBA/CGA.
        ["wk-h36-mpls-minutes-for-one-of-two"] = new(
            """
            EPCR Rehab — East Phillips — PT
            Somali interpreter in person (ID 4471).
            97116 — 15 min: rollator → SPC on the Lake St sidewalk 2 x 150 ft, cues for a longer L step and to stay close to the rollator on the curb cut.
            97530: mock bus-entry step w/ the rail x 6; carrying a grocery bag from the bench to the door x 4; sitting down onto and rising from the low bus-shelter bench x 4.
            L hip weakness 3+/5 after L hip fracture; goal: take the bus to the mosque and the market.
            Bus step SBA (CGA last wk); SPC CGA on the sidewalk.
            """,
            ["S72.002D"], [PT("97116", 15), PT("97530", 20)], [SepTime]),

        // A line feed, a space and a line feed only on a PTA 97116 sent with no diagnosis: DOC_NOTE_MISSING on 97116 and the diagnosis check.
        ["wk-h36-mpls-blank-lines-97116-no-dx"] = new(
            "\n \n",
            [], [PTA("97116", 15)], [At(NoteMissing, "97116"), Dx]),

        // ---------------------------------------------------------------- Lumenfield Health @ Campus (tech company's onsite clinic, the Pulse note tool)

        // Dana K.'s follow-up: "who: me + Dana K. … door shut 🚪, no one else in the room, 1:1 the whole block"; perturbation treadmill, Airex lunges, balance-screen targets; reactive stepping and neuropathic sensory loss; plate sway cm² and k of 10: passes.
        ["wk-h36-tech-door-shut-followup-97112"] = new(
            """
            🩺 Pulse · PT daily · Bldg 4, rm B
            👥 who: me + Dana K. (retiree, 71) — door shut 🚪, no one else in the room, 1:1 the whole block
            ⏱ 97112 NMR: 24 min
            🛠 what we did
             • perturbation treadmill — belt slips fwd/back at 0.8 mph, harness on
             • lunges onto the Airex in 4 directions, eyes on a target
             • step-to-target game on the balance screen, random targets
            🎯 why: delayed reactive stepping + ↓ somatosensory input from the feet (idiopathic peripheral neuropathy)
            📉 data: plate sway area EC-foam 12.9 → 11.2 cm²; 9/10 belt slips recovered w/ one step
            """,
            ["G62.9", "R26.81"], [PT("97112", 24)], []),

        // Note tool's emoji legend "🟢 yes · 🔴 no" with "1:1 session … 🟢"; dual-task figure-8s, VOR x1 on foam, head-turn track walking; vestibular hypofunction and dual-task postural control; Timed L-test seconds and DHI: passes.
        ["wk-h36-tech-emoji-legend-green-97112"] = new(
            """
            🩺 Pulse Notes · PT daily · Bldg 4
            legend: 🟢 yes · 🔴 no
            1:1 session ......... 🟢
            group / class ....... 🔴
            co-treat ............ 🔴
            97112 NMR — 23 min
             • walking figure-8s around cones while naming US states A→Z
             • VOR x1 standing on foam, target on a busy background
             • head-turn walking on the indoor track
            🎯 L vestibular hypofunction (chronic) + dual-task postural control ↓
            📈 Timed L-test 22.6 s (24.1 s last wk) · DHI 30
            """,
            ["H81.22", "R26.81"], [PT("97112", 23)], []),

        // "⏱ time-on-task (tablet timer) → 97530: 22 min · 97110: 15 min": both match; board lifts with a hinge, staggered-stance sanding, shop-vac carry; goblet squats, suitcase carries, dead bugs; trunk extensor endurance and LBP with a woodshop goal; k of 6 and Mod I: passes.
        ["wk-h36-tech-time-on-task-two-codes"] = new(
            """
            🩺 Pulse · PT · Bldg 4
            ⏱ time-on-task (tablet timer) → 97530: 22 min · 97110: 15 min
            97530 · woodshop set-up: lifting 25-lb boards floor → bench w/ a hip hinge x 6, sanding at bench height in a staggered stance x 3 rounds, carrying the shop vac 40 ft x 2
            97110 · goblet squat 20 lb 3 x 8, suitcase carries 30 lb 2 x 50 ft / side, dead bugs 2 x 10
            🎯 ↓ trunk extensor endurance + LBP w/ lifting (L4-5 spondylosis); goal: a full Saturday in the woodshop
            📈 board lifts 6/6 w/ a correct hinge, 0 cues (1 cue last wk); sanding Mod I
            """,
            ["M47.816"], [PT("97530", 22), PT("97110", 15)], []),

        // PTA 97116 with sensor insoles and real-time cadence feedback, stripe stepping, elevator- and conference-door approaches; PD festination and doorway freezing; cadence, stride length, double support and freezes in 8 trials: passes.
        ["wk-h36-tech-insole-cadence-97116"] = new(
            """
            🩺 Pulse · PTA · Bldg 4 corridor
            97116 — 20 min
             • sensor insoles on 👟 — walking w/ real-time cadence feedback on the tablet, metronome at 110
             • big-step walking to the floor stripes, turning around the cone both ways
             • elevator-door and conference-room-door approaches
            🎯 PD: short steps + festination, freezes at doorways
            📈 insoles: cadence 112 steps/min, stride length 1.02 m (0.98 m last wk), double support 27% · 1 freeze in 8 doorway trials
            """,
            ["G20.A1"], [PTA("97116", 20)], []),

        // OT ergonomic 97530, round 2, for the volunteer tax preparer: sit ↔ stand at the desk, monitor-arm and keyboard-tray set-up on her own, folder-box carries; neck/upper-back pain with a full-shift goal; cues 3/3 and Mod I: passes.
        ["wk-h36-tech-ot-ergonomic-round2-97530"] = new(
            """
            🩺 Pulse · OT · Bldg 4 ergo lab
            97530 — 20 min
            Home office for her volunteer tax-prep shifts, round 2: sit ↔ stand at the sit-stand desk on a timer cue, setting the monitor arm to eye level and the keyboard tray to elbow height on her own, carrying a box of client folders (8 lb) from the car-trunk mock-up to the desk x 4.
            🎯 neck + upper-back pain w/ forward head at the laptop; goal: a full volunteer shift w/o stopping.
            📈 set-up w/o cues 3/3 (needed 2 cues last wk); box carries Mod I
            """,
            ["M54.2", "M54.6"], [OT("97530", 20)], []),

        // Same emoji legend with "1:1 session … 🔴" and "group / class … 🟢 (Balance Lab, 3 ppl)": not one-on-one; half-roller stance with head turns, backward line walking, tandem perturbations; reactive stepping and ankle proprioception; seconds and k of 10 present.
        ["wk-h36-tech-emoji-legend-red-97112"] = new(
            """
            🩺 Pulse Notes · PT daily · Bldg 4
            legend: 🟢 yes · 🔴 no
            1:1 session ......... 🔴
            group / class ....... 🟢 (Balance Lab, 3 ppl)
            co-treat ............ 🔴
            97112 NMR — 22 min
             • half foam roller stance, flat side down, w/ head turns
             • backward walking on the taped line, eyes on a target
             • perturbations at the shoulders in tandem stance
            🎯 ↓ reactive stepping + ↓ proprioception B ankles
            📈 roller stance 20 s; backward line walk 8/10 w/o a step off
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Slack timestamp header, "1:1, only pt on my schedule this block", "⏱ 37 min total, NMR + TE (forgot to split 🙃)" for 97112 22 and 97110 15: separate time missing; everything else complete.
        ["wk-h36-tech-total-forgot-to-split"] = new(
            """
            Jess R. (PT)  [10:18 AM]
            🩺 Pulse · PT · Bldg 4 — 1:1, only pt on my schedule this block
            ⏱ 37 min total, NMR + TE (forgot to split 🙃)
            NMR: rocker board M/L w/ eyes closed, stepping over the rope "roots" on the foam runway, reactive steps to pulls at the belt
            TE: clamshells green band 2 x 15, SL bridges 2 x 10, calf raises 2 x 15
            🎯 ↓ postural control + ↓ L ankle proprioception; L hip abd 4-/5
            📈 rocker M/L hold 22 s; reactive steps 8/10 single-step recoveries
            """,
            ["R26.81"], [PT("97112", 22), PT("97110", 15)], [SepTime]),

        // Wholly generic Pulse OT 97530 ("functional tasks per POC, tolerated well 👍 no issues, cont plan"): technique, generic, deficit and measure.
        ["wk-h36-tech-generic-ot-97530"] = new(
            "🩺 Pulse · OT · 97530 · 22 min — functional tasks per POC, tolerated well 👍 no issues, cont plan",
            ["M62.81"], [OT("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
