using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-seventeenth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, blind beside the hundred-and-sixteenth) is notes full of pertinent negatives, screens and
/// safety checks: review-of-systems lists ("denies dizziness, falls, new numbness, chest pain, SOB"), red-flag screens
/// cleared, vitals before and after, contraindication and precaution checklists, fall-risk and orthostatic screens, pain
/// at zero, "no LOB", "no c/o", "WNL" and "intact" beside the one real deficit, sensation, reflex, cognition and vision
/// screens, and notes whose only deficit sits among normals ("strength WNL except L DF 3+/5", "sensation intact except
/// both feet below the ankles") — about two thirds ordinary and complete (69 of 107), single- and multi-code visits
/// (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and an OT's code on one visit), by PTs, PTAs and
/// OTs, from three employers:
/// <list type="number">
/// <item>a hospital outpatient department whose template opens with a long safety screen ("Bluestone Regional Hospital —
/// Outpatient Rehabilitation", BRH: the Princeton main clinic, the Bluefield satellite and the Athens clinic by the
/// college, West Virginia; "BRH OP REHAB DAILY NOTE (form OPR-12)" beginning "SAFETY SCREEN — complete before
/// treatment" with pain now, falls since last visit, new meds, chest pain/SOB, dizziness, red flags, precautions,
/// contraindications reviewed, vitals pre and "Cleared to treat", then TREATMENT, TARGET, MEASURES, RESPONSE and "POST
/// VITALS"): Maribeth Shrewsbury (PT, DPT), Donnie Kessinger (PT), Tasha Lilly (PTA) and Grant Cottrill (OTR/L); a
/// retired coal miner with neuropathy, a school-bus driver, a woman who quilts at the church hall, a railroad car
/// inspector from the Bluefield yard, a transport aide waiting with the wheelchair and a wife by the window;</item>
/// <item>a geriatric practice that screens every visit for falls and orthostatics ("Cimarron Senior Therapy", CST: the
/// Enid and Stillwater clinics, Oklahoma, and the therapy room of Prairie Rose Assisted Living in Ponca City; "CST GERI
/// VISIT" with "FALLS SINCE LAST VISIT", "NEAR-FALLS", "ORTHOSTATICS lying → standing", "ROS", "COGNITION",
/// "VISION", "FOOTWEAR / DEVICE", "1:1: Y / N" and a precautions box row): Loretta Haskins (PT, GCS), Bao Tran (PT),
/// Wendell Pickard (PTA) and Renata Holloway (OTR/L); a retired wheat farmer, a woman who plays dominoes at the senior
/// centre, a retired jet mechanic from Vance, a widow who feeds the porch cats, a church organist, a daughter who helps
/// with the blood pressure cuff and a husband who is also on the schedule;</item>
/// <item>a sports clinic that documents clearances ("Huckleberry Sports &amp; Orthopedic Physical Therapy", HSO: Coeur
/// d'Alene and Sandpoint, Idaho, and the Post Falls High School training room; "HSO SPORTS DAILY" with "CLEARANCES ON
/// FILE", "CONCUSSION STATUS", "RED FLAGS", "CONTRAINDICATIONS", "RTS CHECKLIST" and "Session type: ☒ 1:1 ☐
/// semi-private"): Kelsey Dunaway (PT, DPT, SCS), Ramon Ybarra (PT, ATC) and Mackenzie Ruud (PTA); a high-school
/// wrestler, a wakeboarder on the lake, a mountain-bike racer, a softball catcher, a ski patroller, a volleyball setter,
/// a school athletic trainer who watches and a parent in the bleachers.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer reads a screened note: a denied symptom, a
/// negative screen, a normal or intact finding and a pain score of zero state no deficit; a deficit written among
/// normals ("WNL except …", "intact except …", "negative except …") is the deficit targeted; vitals, screens and
/// clearances are neither a technique nor, alone, a measure; and the elements are judged on the rest of the note:
/// <list type="bullet">
/// <item>class 1 (v1-h117-…): one-on-one in these writers' own words beside their screens ("Delivery: individual — 1:1
/// with the treating PT for all timed minutes", "Seen one-on-one; her daughter was present and helped with the BP cuff",
/// "1:1 — the school ATC watched and took notes for the training room", "1:1; the transport aide waited in the doorway
/// with the wheelchair and his wife sat by the window", "One-on-one in her apartment; an aide came in to take her
/// roommate to lunch", "Individual treatment — no other patients in the ADL suite"), notes that negate it ("semi-private
/// — worked her alongside another athlete on the next turf lane, alternating sets", a PTA treating a husband and wife
/// who are both on the schedule together at the parallel bars, "Delivery: concurrent — Tasha had this patient and Mr.
/// Withrow on the stairs at the same time") or never state it (a hospital note with its whole safety screen and no
/// delivery line, a sports note with its clearances and none), and the codes without a one-on-one check: an OT's 97530
/// with two residents at the kitchen table and a PTA's 97110 with another patient on the next mat;</item>
/// <item>class 2 (v2-h117-…): checkbox and blank-field states on these screens: "Delivery: ☑ Individual (1:1) ☐
/// Concurrent ☐ Group" ticked and the same row with nothing ticked, the geriatric form's "1:1: Y / N" left with both and
/// "1:1: Y" kept, "[x] one-on-one [ ] group", "Session type: ☒ 1:1 ☐ semi-private", "Target deficit: ________" blank
/// beside a screen of normals, "MEASURES: Berg ____ TUG ____ sec", "Intervention: ______________", and harmless boxes
/// and blanks beside a complete note (a screen row of ticked negatives with "Precautions: ____" empty, "PRECAUTIONS: ☐
/// hip ☐ sternal ☐ WB ☑ none" and "FALL RISK: ☑ high");</item>
/// <item>class 3 (v3-h117-…): named programmes and methods as techniques (the Otago balance retraining exercises and
/// Otago strengthening with cuff weights, Cawthorne-Cooksey exercises, FIFA 11+ part 2, Nordic hamstring lowers and the
/// Copenhagen adductor plank, LSVT BIG, Tai Ji Quan: Moving for Better Balance, Mulligan mobilisation with movement,
/// rhythmic auditory cueing to a metronome for gait), and programme names that name no technique or dose: "Fall-prevention
/// bundle per CST protocol, level 2" and "Phase 3 RTS per Dr. Ahn's protocol" as the whole intervention, Otago
/// strengthening "as prescribed" with no dose;</item>
/// <item>class 4 (v4-h117-…): deficits written among normals ("strength WNL except L DF 3+/5; sensation intact; reflexes
/// 2+ and symmetric", "ROS: negative except dizziness when she turns her head quickly to the R", "neuro screen intact;
/// all ligament tests negative … Only finding: late hamstring-quad co-contraction", "sensation intact except both feet
/// below the ankles", "cognition WNL, vision WNL with glasses" beside a weak grip, "ROM full and pain-free; only deficit:
/// L shoulder ER weakness 4-/5", "no LOB, no c/o" beside a foot drag, reflexes, Babinski and clonus normal beside a
/// dysmetric heel-shin) and notes that state none (every screen normal, every symptom denied, "no deficits on today's
/// screen; symmetric hop; neuro intact", "gait pattern WNL, no deviations" on a 97116, "Deficit: see eval");</item>
/// <item>class 5 (v5-h117-…): measures in every usual form ("LOB 0 of 10 perturbations", a sharpened Romberg and the
/// 4-stage balance test in seconds, Y-balance percentages and hop centimetres, mCTSIB conditions in seconds, FGA beside
/// orthostatic readings, rollator distance and gait speed for 97116, sets, repetitions and loads for 97110, counts and
/// assistance on a bus-step mock-up for 97530) and notes with none ("no LOB, no c/o, steady throughout. Berg deferred —
/// pt fatigued", "TUG not done today; looked steadier, daughter agrees", "hop test next visit; moving well, no
/// apprehension", "steady, no LOB" for a 97116, "DF improved after; no c/o" for a 97140);</item>
/// <item>class 6 (v6-h117-…): minutes in these templates' forms (headings with dot leaders "97112 NEUROMUSCULAR RE-ED
/// ........ 23 min", "97112 x 24 min", minute boxes "97112 [ 25 ] min" with an unbilled "97140 [ __ ] min (not billed
/// today)", a clock range "97112 3:05–3:28 pm" on the code's own line, a PT's "NMR (97112) — 22 minutes" and an OT's
/// "THERAPEUTIC ACTIVITIES (97530) — 18 minutes", "97112 — 20 min:" inline) and true mismatches (a heading of 35 on a
/// 23-minute line, "97110 x 25 min" on 12, a clock range of 35 minutes on 22, a PTA's gait heading of 30 on 18) and truly
/// missing separate time ("Total timed minutes: 36" for two codes, a 97116 written with no minutes beside a timed 97112,
/// "Session 40 min total");</item>
/// <item>class 7 (v7-h117-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check: an empty note on a two-code visit, a tab, spaces and line breaks only, an empty OT note with no diagnosis), the
/// contract's meanings for 97110 (chair rise, heel raises, step-ups and seated marching), 97530 (the pickup, the grocery
/// bags and the porch steps after heart surgery), 97140 (thoracic PA glides and rib mobilisation for a swimmer) and 97116
/// (rollator to quad cane on a sidewalk, ramp and curb), and wholly generic notes whose only content besides the generic
/// phrase is a screen of negatives: "Therapeutic exercise per POC. Tolerated well, no c/o", "Tx: balance training.
/// Tolerated well, no LOB, no c/o" under "One-on-one: Y", and "Ther ex and manual per protocol. Tolerated well. Cleared to
/// continue." with each code's minutes;</item>
/// <item>ordinary (vord-h117-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), each with its screens, vitals, checklists and clearances (pain scores, blood pressures before and after, a
/// contraindication checklist, an RTS checklist with a box unticked, a concussion symptom score of zero), single codes and
/// two- and three-code visits, and the ordinary weak ones: a complete note with no diagnosis and a claim whose diagnosis
/// is "pending".</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — daughters, wives, a husband who is also
/// a patient, a transport aide, an aide, a school athletic trainer (none of them a patient; the athlete on the next turf
/// lane, Mr. Dreiling and Mr. Withrow are), blood pressures, heart rates, oxygen saturations, pain scores, weight
/// classes, years at a job, step, box and beam heights in inches, loads in pounds, reach and hop distances in
/// centimetres, degrees, seconds held, counts of steps, stairs, hops, trips and perturbations, percentages, gait speeds,
/// a symptom score and times of day — and each is written so that a reviewer cannot take it for a billed code's
/// minutes; a code's minutes are written next to the code ("97112 x 24 min", "97112 — 22 min"), in its block's heading
/// ("97112 NEUROMUSCULAR RE-ED — 23 min"), in a minute box ("97112 [ 25 ] min") or as a clock range on the code's own
/// line; no note gives minutes to a visit, a drill, a rest or a test, except the two that give the visit a total
/// ("Total timed minutes: 36" and "Session 40 min total"); notes failed for want of a measure carry no number but their
/// code and its minutes (their screens are written in words: "pain none", "vitals stable", "orthostatics negative").
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes the
/// measure check only on an objective measure with a number and fails it only when the note has no number but its code
/// and its minutes; for the other codes a dose (sets, repetitions, load, hold, distance, assistance level) is a measure.
/// One-on-one is judged on the billed minutes: a family member, caregiver or staff member in the room does not undo a
/// one-on-one statement, another patient treated in the same block does, and a therapist attending someone else during
/// the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out the screens that could honestly be read either way: a fall-risk rating ("FALL RISK: high")
/// or a positive screen ("Romberg positive", "orthostatics positive") as a 97112's only deficit, a "1:1 supervision
/// required for fall risk" precaution or a "1:1 assist" as the only statement of one-on-one service, orthostatic
/// readings, a pain score, a symptom score or an oxygen saturation as the only number, a screen's own minutes, a deficit
/// named only in the negative ("no longer dizzy", "numbness resolved except at night"), a red-flag screen that is
/// positive but referred out, and a clearance date or a "cleared for" line as the only statement of the goal.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 99 of 107 cases agree (105 needed), and 3 of the 69 notes the reviewer passes got a finding, on the analyzer of d74bfab (the 2026-12-07 eighteenth session after the hundred-and-eleventh to hundred-and-fifteenth sets were worked through, before any later change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 106 of 107, no false positive — a review of systems' comma list after "denies" all denied; "falls none", "concussion status: cleared by sports med" said normal; a deficit stated among normals ("sensation intact except both feet below the ankles"); vocabulary (loses his footing, landing control, a toe that catches on the bus steps).</para>
/// </summary>
public class HeldOutNotesIssue18HundredSeventeenthTests(ITestOutputHelper output)
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

        // BRH Princeton, the long safety screen all negative and "Delivery: individual — 1:1 with the treating PT for all timed minutes"; foam stance eyes closed, tandem on the beam, heel-toe walking with head turns; sensation intact except both feet below the ankles; Berg and tandem seconds; "97112 NEUROMUSCULAR RE-ED — 24 min" matches: passes.
        ["v1-h117-brh-coal-miner-individual-all-timed-minutes"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PRINCETON)
            BRH OP REHAB DAILY NOTE (form OPR-12)
            SAFETY SCREEN — complete before treatment
            Pain now: 0/10. Falls since last visit: none. New meds: none. Chest pain / SOB: denies. Dizziness: denies.
            Red flags: reviewed, negative. Precautions: none. Contraindications reviewed: none. Vitals pre: BP 134/80, HR 70, SpO2 96%. Cleared to treat: yes.
            97112 NEUROMUSCULAR RE-ED — 24 min
            Delivery: individual — 1:1 with the treating PT for all timed minutes.
            TREATMENT: feet-together stance on foam with eyes closed, tandem walking on the balance beam, heel-toe walking down the hall with head turns.
            TARGET: sensation intact except both feet below the ankles (monofilament absent at the toes and heels); strength WNL; he loses his footing in the dark after 31 years underground.
            MEASURES: Berg 43/56; tandem stance 6 sec on foam.
            POST VITALS: BP 138/82, HR 76. No c/o.
            Maribeth Shrewsbury, PT, DPT
            """,
            ["E11.42", "R26.81"], [PT("97112", 24)], []),

        // CST Enid: "Seen one-on-one; daughter present and helped with the BP cuff" (family, not a patient); lateral stepping with pushes at the hips, foam stance with head turns, sit-to-stand from foam; strength WNL except R hip abductors 3+/5 with sway to the R; falls and orthostatic screens negative; 4-stage balance and TUG; "97112 x 23 min" matches: passes.
        ["v1-h117-cst-daughter-helped-with-the-cuff"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: 136/78 HR 68 → 132/76 HR 74, negative, no dizziness
            ROS: denies dizziness, chest pain, SOB, new numbness or weakness
            COGNITION: alert, follows 3-step commands   VISION: glasses on
            97112 x 23 min
            Seen one-on-one; her daughter was present and helped with the BP cuff.
            Tx: lateral stepping with pushes at the hips, standing on foam with head turns, sit-to-stand from the foam cushion.
            Deficit: strength WNL except R hip abductors 3+/5; sways to the R on foam and catches herself on the counter.
            Measures: 4-stage balance test tandem 7 sec; TUG 13.2 sec with the cane.
            Loretta Haskins, PT, GCS
            """,
            ["R26.81", "M62.81"], [PT("97112", 23)], []),

        // HSO Post Falls training room: "1:1 — the school ATC watched and took notes for the training room" (staff); BOSU perturbations, hop-and-stick, single-leg catch; clearances on file; ligament tests negative, strength 5/5 except R peroneals 4/5; Y-balance and hop count; "97112 — 22 min" matches: passes.
        ["v1-h117-hso-wrestler-atc-watched"] = new(
            """
            HSO SPORTS DAILY — Post Falls HS training room
            Athlete: Brody Kessler (wrestling, 152 lb class)
            CLEARANCES ON FILE: PPE current; ortho clearance for full activity. CONCUSSION STATUS: none this season. RED FLAGS: none. CONTRAINDICATIONS: none.
            97112 — 22 min
            1:1 — the school ATC watched and took notes for the training room.
            Perturbations on the BOSU flat side down, hop-and-stick onto the R, single-leg stance catching the med ball from the side.
            Exam: no effusion, anterior drawer and talar tilt negative, strength 5/5 except R peroneals 4/5; R ankle proprioception still off, he rolls it shooting in on his L side.
            Y-balance anterior R 58 cm (L 66 cm); 8 of 10 hop-and-sticks held.
            Kelsey Dunaway, PT, DPT, SCS
            """,
            ["S93.401D"], [PT("97112", 22)], []),

        // HSO Coeur d'Alene "semi-private — worked her alongside another athlete on the next turf lane (his ACL rehab), alternating sets": another patient treated in the block — one-on-one missing; technique, deficit and measures present.
        ["v1-h117-hso-semi-private-alternating-sets"] = new(
            """
            HSO SPORTS DAILY — Coeur d'Alene
            Athlete: Jenna Strom (club volleyball, setter)
            CLEARANCES ON FILE: MD clearance for jumping 11/20. RED FLAGS: none. Pain 0/10.
            97112 — 23 min
            Session: semi-private — worked her alongside another athlete on the next turf lane (his ACL rehab), alternating sets.
            Drop landings off the 12 inch box with a stick, lateral bounds onto the foam, single-leg squat to the mirror.
            Deficit: L knee valgus on landing and late hip-knee co-contraction after the L patellar dislocation.
            Measures: 7 of 10 landings without valgus; single-leg hop L 118 cm (R 131 cm).
            """,
            ["S83.005D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // CST Stillwater PTA: "Mr. and Mrs. Dreiling both on the schedule, treated together at the parallel bars, taking turns" — her husband is also a patient treated in the block: one-on-one missing; tandem in the bars, foam marching, reach-outs; proprioceptive loss with the neuropathy; tandem seconds and reach present.
        ["v1-h117-cst-pta-husband-also-on-the-schedule"] = new(
            """
            CIMARRON SENIOR THERAPY — STILLWATER      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: one, reaching into the dryer
            ORTHOSTATICS lying → standing: negative
            ROS: denies dizziness, CP, SOB
            97112 x 22 min
            Mr. and Mrs. Dreiling both on today's schedule; treated them together at the parallel bars, taking turns.
            Tandem stance in the bars, marching on the foam strip, reaching out of base to the cones.
            Deficit: proprioceptive loss in both feet with the neuropathy, she watches her feet to stay up.
            Tandem 8 sec R foot ahead; reach 7 inches without a step.
            Wendell Pickard, PTA
            """,
            ["E11.42"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // BRH Bluefield complete note with the full safety screen but no word on delivery: one-on-one not stated; X1 viewing, walking with head turns, Romberg on foam; L vestibular hypofunction; DGI and DVA present.
        ["v1-h117-brh-screen-complete-delivery-unstated"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (BLUEFIELD)
            SAFETY SCREEN — complete before treatment
            Pain now: 0/10. Falls since last visit: none. New meds: meclizine stopped. Chest pain / SOB: denies. Red flags: negative. Precautions: none. Vitals pre: BP 122/74, HR 64. Cleared to treat: yes.
            97112 NEUROMUSCULAR RE-ED — 23 min
            TREATMENT: X1 viewing against the striped background seated then standing, walking the hall with horizontal head turns, Romberg stance on foam.
            TARGET: L vestibular hypofunction after neuritis; sways and veers L with head turns.
            MEASURES: DGI 18/24; dynamic visual acuity 3 lines lost.
            Donnie Kessinger, PT
            """,
            ["H81.22"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // CST Prairie Rose OT 97530 with another resident at the kitchen table (97530 has no one-on-one check): setting the table and carrying the cups, standing at the sink to wash dishes; R hand weakness and standing tolerance; counts and assist; "97530 x 21 min" matches: passes.
        ["v1-h117-cst-ot-97530-two-residents-at-the-table"] = new(
            """
            CIMARRON SENIOR THERAPY — PRAIRIE ROSE ASSISTED LIVING, PONCA CITY
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative   ROS: denies dizziness
            97530 x 21 min
            Worked with her and another resident at the kitchen table.
            Setting the table for four and carrying the cups from the counter, standing at the sink to wash and dry the dishes.
            Deficit: R hand weakness after the wrist fracture and poor standing tolerance, she sits down halfway through.
            Cups carried 8 trips SBA; stood at the sink through the whole wash without sitting.
            Renata Holloway, OTR/L
            """,
            ["S52.501D", "R26.89"], [OT("97530", 21)], []),

        // BRH Athens: "1:1; the transport aide waited in the doorway with the wheelchair and his wife sat by the window" (staff and family); rhythmic stabilisation in half-kneel, perturbations in standing, stepping over the cane; trunk control after a stroke among normal screens; Berg and 10MWT; "97112 — 25 min" matches: passes.
        ["v1-h117-brh-transport-aide-in-the-doorway"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (ATHENS)
            SAFETY SCREEN: pain 0/10; no falls; denies chest pain, SOB, dizziness; vitals pre BP 142/84, HR 72, SpO2 97%; cleared.
            97112 NEUROMUSCULAR RE-ED — 25 min
            Delivery: 1:1; the transport aide waited in the doorway with the wheelchair and his wife sat by the window.
            TREATMENT: rhythmic stabilization in half-kneel, perturbations in standing with the eyes open then closed, stepping over the cane laid on the floor.
            TARGET: cognition and vision screens WNL; trunk control and R weight acceptance impaired after the L CVA.
            MEASURES: Berg 39/56; 10MWT 0.62 m/s.
            POST VITALS: BP 140/82. No c/o.
            Maribeth Shrewsbury, PT, DPT
            """,
            ["I69.351"], [PT("97112", 25)], []),

        // HSO Sandpoint complete note, clearances documented, nothing on how she was seen: one-on-one not stated; reactive stepping on the slide board, single-leg balance on the Airex with perturbations; R ankle proprioception after a sprain; SLS seconds and perturbations present.
        ["v1-h117-hso-ski-patroller-delivery-unstated"] = new(
            """
            HSO SPORTS DAILY — Sandpoint
            Athlete: Lars Ostby (ski patrol, Schweitzer)
            CLEARANCES ON FILE: ortho clearance for full WB. RED FLAGS: none. CONTRAINDICATIONS: none.
            97112 — 24 min
            Reactive stepping off the slide board, single-leg balance on the Airex with perturbations at the pelvis, skating bounds to a stick.
            Deficit: R ankle proprioception after the grade II sprain; he can't trust it on the cat track.
            SLS on Airex R 14 sec (L 30 sec); 6 of 10 perturbations without a touch-down.
            Ramon Ybarra, PT, ATC
            """,
            ["S93.401D"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // BRH PTA 97110 with another patient on the adjacent mat (97110 has no one-on-one check); bridges, clamshells and leg press with doses; L hip weakness among normal screens; "97110 THER EX — 16 min" matches: passes.
        ["v1-h117-brh-pta-97110-patient-on-the-next-mat"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PRINCETON)
            SAFETY SCREEN: pain 0/10; falls none; denies chest pain, SOB, dizziness; cleared.
            97110 THER EX — 16 min
            Another patient was on the adjacent mat with the PT while we worked.
            TREATMENT: bridges 3x15, clamshells with the green band 3x12, leg press 60 lb 3x12.
            TARGET: strength WNL except L hip abductors and extensors 4-/5 after the L THA.
            Tasha Lilly, PTA
            """,
            ["Z96.642", "Z47.1"], [PTA("97110", 16)], []),

        // CST Prairie Rose: "one-on-one in her apartment; an aide came in to take her roommate to lunch" (the roommate is not treated); weight shifts at the counter, foam stance, turning drills; postural sway with eyes closed; TUG and tandem; "97112 x 24 min" matches: passes.
        ["v1-h117-cst-roommate-taken-to-lunch"] = new(
            """
            CIMARRON SENIOR THERAPY — PRAIRIE ROSE ASSISTED LIVING, PONCA CITY
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none   ORTHOSTATICS: 128/70 → 124/72, negative
            ROS: denies dizziness, numbness, chest pain
            97112 x 24 min
            One-on-one in her apartment; an aide came in to take her roommate to lunch.
            Tx: weight shifts at the kitchen counter, foam stance with eyes closed, 180-degree turning drills around the recliner.
            Deficit: postural sway with eyes closed, she loses it backward turning to answer the door.
            Measures: TUG 14.8 sec with the rollator; tandem 5 sec.
            Bao Tran, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // BRH OT 97112 "Individual treatment — no other patients in the ADL suite"; PNF chops and lifts in standing, reaching from the foam to the top shelf; L trunk and postural control among intact screens; reach inches and sit-to-stand count; "97112 — 22 min" matches: passes.
        ["v1-h117-brh-ot-individual-adl-suite"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (BLUEFIELD)
            SAFETY SCREEN: pain 0/10; no falls; denies dizziness, CP, SOB; vitals stable; cleared to treat.
            97112 NEUROMUSCULAR RE-ED — 22 min
            Individual treatment — no other patients in the ADL suite.
            TREATMENT: PNF chops and lifts in standing, reaching from the foam pad to the top shelf, stepping to the side while folding towels.
            TARGET: vision and cognition intact; L trunk and postural control after the R CVA, leans L when reaching.
            MEASURES: reach 8 inches out of base; 5 of 6 sit-to-stands without the arms.
            Grant Cottrill, OTR/L
            """,
            ["I69.354"], [OT("97112", 22)], []),

        // BRH PTA "Delivery: concurrent — Tasha had this patient and Mr. Withrow on the stairs at the same time": another patient in the block — one-on-one missing; stair stepping with perturbations, foam step-ups, tandem; L ankle strategy after a fracture; Berg and tandem present.
        ["v1-h117-brh-pta-concurrent-on-the-stairs"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (ATHENS)
            SAFETY SCREEN: pain 0/10; falls none; denies dizziness; cleared.
            97112 NEUROMUSCULAR RE-ED — 21 min
            Delivery: concurrent — Tasha had this patient and Mr. Withrow on the stairs at the same time.
            TREATMENT: stair stepping with light perturbations at the rail, step-ups onto the foam, tandem at the landing.
            TARGET: L ankle strategy and proprioception after the L bimalleolar fracture.
            MEASURES: Berg 46/56; tandem 10 sec.
            Tasha Lilly, PTA
            """,
            ["S82.842D"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // BRH delivery row ticked "☑ Individual (1:1) ☐ Concurrent ☐ Group"; perturbations on foam, tandem with head turns, stepping over hurdles; strength WNL except L DF 3+/5, L foot catches; Berg and TUG; heading 23 matches: passes.
        ["v2-h117-brh-delivery-row-individual-ticked"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PRINCETON)
            SAFETY SCREEN: pain 0/10; falls since last visit: none; denies dizziness, CP, SOB; red flags negative; vitals pre BP 128/76, HR 66; cleared.
            97112 NEUROMUSCULAR RE-ED — 23 min
            Delivery: ☑ Individual (1:1)  ☐ Concurrent  ☐ Group
            TREATMENT: perturbations standing on foam, tandem walking with head turns, stepping over the hurdles with the L leading.
            TARGET: strength WNL except L DF 3+/5; L toe catches on the bus steps and she is slow to recover.
            MEASURES: Berg 45/56; TUG 11.9 sec.
            Donnie Kessinger, PT
            """,
            ["M21.372", "R26.89"], [PT("97112", 23)], []),

        // BRH the same row with nothing ticked ("☐ Individual (1:1) ☐ Concurrent ☐ Group") and nothing else on delivery: not stated; rocker board, foam head turns, step-and-hold; R ankle proprioception; rocker seconds and count present.
        ["v2-h117-brh-delivery-row-nothing-ticked"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (BLUEFIELD)
            SAFETY SCREEN: pain 0/10; falls none; denies dizziness; red flags negative; cleared.
            97112 NEUROMUSCULAR RE-ED — 22 min
            Delivery: ☐ Individual (1:1)  ☐ Concurrent  ☐ Group
            TREATMENT: rocker board A/P and M/L eyes closed, foam stance with head turns, step-and-hold onto the Airex.
            TARGET: R ankle proprioception after the sprain stepping off a railcar ladder; strength and ROM WNL.
            MEASURES: rocker board 12 sec without an edge touch; 7 of 10 step-and-holds.
            Donnie Kessinger, PT
            """,
            ["S93.401D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // CST "1:1: Y / N" left with neither kept and nothing else on delivery: not stated; clock stepping, backward walking, foam reaches; slow backward stepping; pull test and TUG present.
        ["v2-h117-cst-one-on-one-y-n-left-both"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative   ROS: denies dizziness, CP, SOB
            1:1: Y / N
            97112 x 24 min
            Tx: clock stepping to called numbers, backward walking with a stop, reaching from the foam to the cones.
            Deficit: slow backward stepping and retropulsion with Parkinson's.
            Measures: pull test 3 steps; TUG 15.1 sec.
            Bao Tran, PT
            """,
            ["G20.A1"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // CST "1:1: Y" kept; tandem walk, heel walking, backward walking on the hall line; sensation intact except both feet; 4-stage and TUG; "97112 x 22 min" matches: passes.
        ["v2-h117-cst-one-on-one-y-kept"] = new(
            """
            CIMARRON SENIOR THERAPY — STILLWATER      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: 140/82 → 136/80, negative   ROS: denies dizziness, CP, SOB, new weakness
            COGNITION: intact   VISION: cataract surgery L eye in October, reads the clock across the gym
            1:1: Y
            97112 x 22 min
            Tx: tandem walking on the hall line, heel walking and backward walking, foam stance with eyes closed at the counter.
            Deficit: sensation intact except both feet below the ankles; she wobbles on the gravel drive at the farm.
            Measures: 4-stage balance test tandem 6 sec, single leg 2 sec; TUG 12.7 sec.
            Loretta Haskins, PT, GCS
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // HSO "Target deficit: ________" left blank with every screen negative and nothing else naming a deficit, system or region: deficit missing; 1:1 stated, hop-and-stick and perturbation drills, Y-balance and hop distance present.
        ["v2-h117-hso-target-deficit-blank"] = new(
            """
            HSO SPORTS DAILY — Coeur d'Alene
            Athlete: Kaden Moe (mountain bike, enduro)
            CLEARANCES ON FILE: ortho clearance for sport. CONCUSSION STATUS: cleared by sports med, symptom-free. RED FLAGS: none.
            Session type: ☒ 1:1  ☐ semi-private
            97112 — 23 min
            Intervention: hop-and-stick forward and lateral, perturbations on the BOSU, single-leg deadlift reach onto the foam.
            Target deficit: ________
            Screen: ROM full, strength 5/5 throughout, no effusion, special tests negative.
            Measures: Y-balance composite 94%; single-leg hop 152 cm.
            Kelsey Dunaway, PT, DPT, SCS
            """,
            ["S83.241D"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // BRH "MEASURES: Berg ____ TUG ____ sec" left blank, screen written without numbers, no other number: measure missing; one-on-one, gaze-stabilisation work and foam head turns, vestibular hypofunction present.
        ["v2-h117-brh-measures-blank"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (ATHENS)
            SAFETY SCREEN: pain none; falls none; denies chest pain and SOB; vitals stable; red flags negative; cleared.
            97112 NEUROMUSCULAR RE-ED — 23 min
            Delivery: one-on-one with the treating PT.
            TREATMENT: gaze stabilization with a near target standing on foam, walking with head turns and quick stops, tandem with eyes closed at the counter.
            TARGET: R vestibular hypofunction, dizzy and unsteady turning to check the bus mirrors.
            MEASURES: Berg ____  TUG ____ sec
            Maribeth Shrewsbury, PT, DPT
            """,
            ["H81.21"], [PT("97112", 23)], [At(Measure, "97112")]),

        // CST "[x] one-on-one" ASCII box ticked; Otago-style sideways walking, foam head turns, step taps; lateral balance deficit among a negative screen; TUG and tandem; "97112 x 23 min" matches: passes.
        ["v2-h117-cst-ascii-box-one-on-one-ticked"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: one on the porch step   ORTHOSTATICS: negative
            ROS: denies dizziness, CP, SOB   FOOTWEAR / DEVICE: tennis shoes, single-point cane
            [x] one-on-one   [ ] group
            97112 x 23 min
            Tx: sideways walking along the counter, foam stance with head turns, alternating step taps to the 6 inch step.
            Deficit: poor lateral balance, steps out to the L feeding the cats on the porch.
            Measures: TUG 13.6 sec with the cane; tandem 4 sec.
            Wendell Pickard, PTA
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], []),

        // HSO "Intervention: ______________" blank and nothing else names a technique, no generic phrase: technique missing; 1:1, deficit (L knee valgus on landing) and hop measures present.
        ["v2-h117-hso-intervention-line-blank"] = new(
            """
            HSO SPORTS DAILY — Post Falls HS training room
            Athlete: Maddie Hurd (softball, catcher)
            CLEARANCES ON FILE: ortho clearance 6 months post ACLR. RED FLAGS: none. CONTRAINDICATIONS: no cutting yet.
            Session type: ☒ 1:1  ☐ semi-private
            97112 — 22 min
            Intervention: ______________
            Deficit: L knee valgus and late quad firing coming up out of the crouch after the L ACL reconstruction.
            Measures: single-leg hop L 104 cm (R 128 cm); 5 of 8 landings without valgus.
            Mackenzie Ruud, PTA
            """,
            ["S83.512D"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // BRH OT 97530 with its screen boxes ticked ("☑ no chest pain ☑ no new numbness ☑ no falls") and "Precautions: ____" left blank (harmless); quilting frame reaching, carrying the sewing basket, getting up from the low pew; R shoulder weakness; counts; "97530 — 19 min" matches: passes.
        ["v2-h117-brh-ot-screen-boxes-precautions-blank"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PRINCETON)
            SAFETY SCREEN: ☑ no chest pain  ☑ no new numbness  ☑ no falls  ☑ vitals WNL   Precautions: ____
            97530 THERAPEUTIC ACTIVITIES — 19 min
            TREATMENT: reaching overhead to pin a quilt on the frame, carrying the sewing basket across the room, getting up from a low pew-height bench.
            TARGET: R shoulder flexion weakness after the rotator cuff repair; ROM otherwise WNL.
            MEASURES: reached the frame top 8 of 10 without hiking the shoulder; basket carried 30 ft 4x.
            Grant Cottrill, OTR/L
            """,
            ["M75.121", "Z98.890"], [OT("97530", 19)], []),

        // CST precautions row "☐ hip ☐ sternal ☐ WB ☑ none" and "Fall risk: ☑ high"; 1:1 stated; weight shifts, foam, turns; impaired postural control with slow stepping; Berg; "97112 x 25 min" matches: passes.
        ["v2-h117-cst-precautions-none-fall-risk-high"] = new(
            """
            CIMARRON SENIOR THERAPY — STILLWATER      CST GERI VISIT
            PRECAUTIONS: ☐ hip  ☐ sternal  ☐ WB  ☑ none      FALL RISK: ☐ low  ☑ high
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative   ROS: denies dizziness, CP
            1:1: Y
            97112 x 25 min
            Tx: weight shifts in stride stance, foam stance with reaching, step-turns around the cone.
            Deficit: impaired postural control and slow stepping, he drifts when he turns on the church organ bench.
            Measures: Berg 41/56.
            Bao Tran, PT
            """,
            ["R26.81"], [PT("97112", 25)], []),

        // HSO "Session type: ☒ 1:1 ☐ semi-private" ticked; drop jumps, lateral hops to stick, foam SLS with ball toss; wakeboarder's R knee proprioception among cleared screens; hop and count; "97112 — 24 min" matches: passes.
        ["v2-h117-hso-session-type-one-on-one-ticked"] = new(
            """
            HSO SPORTS DAILY — Coeur d'Alene
            Athlete: Tess Lindgren (wakeboard)
            CLEARANCES ON FILE: ortho clearance for jumping. CONCUSSION STATUS: none. RED FLAGS: none. Pain 0/10.
            Session type: ☒ 1:1  ☐ semi-private
            97112 — 24 min
            Drop jumps off the 12 inch box to a stick, lateral hops to stick, foam single-leg stance with ball tosses.
            Deficit: R knee proprioception and landing control after the R MCL sprain on a wake landing.
            Single-leg hop R 121 cm (L 130 cm); 9 of 10 lateral hops stuck.
            Kelsey Dunaway, PT, DPT, SCS
            """,
            ["S83.411D"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // CST Otago balance retraining named with its exercises (tandem walk, heel walking, backward and sideways walking, one-leg stand); 1:1; strength WNL except ankles, sway with narrow base; TUG and 30-second chair stand; "97112 x 24 min" matches: passes.
        ["v3-h117-cst-otago-balance-progression"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none   ORTHOSTATICS: 130/74 → 128/76, negative
            ROS: denies dizziness, CP, SOB, numbness
            1:1: Y
            97112 x 24 min
            Tx: Otago balance retraining, level C: tandem walk, heel walking, backwards walking, sideways walking and one-leg stand at the counter without support.
            Deficit: strength WNL except both ankles 4-/5; sways with a narrow base and reaches for the wall walking to the mailbox.
            Measures: TUG 12.1 sec; 30-second chair stand 9.
            Loretta Haskins, PT, GCS
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // CST PTA Otago strengthening for 97110 with ankle cuff weights and doses; hip and knee weakness among normal ROM; "97110 x 14 min" matches: passes.
        ["v3-h117-cst-pta-otago-strengthening-97110"] = new(
            """
            CIMARRON SENIOR THERAPY — STILLWATER      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative   ROS: denies dizziness, CP
            97110 x 14 min
            Tx: Otago strengthening with 3 lb ankle cuffs: knee extension 2x10, knee flexion 2x10, hip abduction 2x10, calf raises 2x15, toe raises 2x15.
            Deficit: ROM WNL; bilateral hip abductor and quad weakness, can't get up from the dominoes table without pushing.
            Wendell Pickard, PTA
            """,
            ["M62.81"], [PTA("97110", 14)], []),

        // BRH Cawthorne-Cooksey exercises named with their eye and head movements in sitting and standing; 1:1; dizziness with head movement among a negative red-flag screen; DGI and head-turn counts; heading 22 matches: passes.
        ["v3-h117-brh-cawthorne-cooksey"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (BLUEFIELD)
            SAFETY SCREEN: pain 0/10; falls none; red flags negative (no new headache, no slurred speech, no double vision); vitals pre BP 126/78, HR 70; cleared.
            97112 NEUROMUSCULAR RE-ED — 22 min
            Delivery: one-on-one.
            TREATMENT: Cawthorne-Cooksey exercises — eye movements up-down and side to side, head movements with eyes open then closed, sit to stand with head turns, tossing the ball hand to hand above eye level, walking across the gym with eyes open then closed.
            TARGET: hearing screen WNL; dizziness and unsteadiness with head movement after the L vestibular neuritis.
            MEASURES: DGI 17/24; 12 of 15 walking head turns without a sidestep.
            Donnie Kessinger, PT
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // HSO FIFA 11+ part 2 exercises named (single-leg stance with the ball, squats with toe raise, jumping with partner bumps); 1:1; L knee neuromuscular control after an ACL repair among cleared screens; hop and count; "97112 — 23 min" matches: passes.
        ["v3-h117-hso-fifa-11-plus-part-two"] = new(
            """
            HSO SPORTS DAILY — Sandpoint
            Athlete: Ava Brekke (high-school soccer)
            CLEARANCES ON FILE: ortho clearance 7 months post L ACLR. CONCUSSION STATUS: none. RED FLAGS: none.
            Session type: ☒ 1:1  ☐ semi-private
            97112 — 23 min
            FIFA 11+ part 2, level 2: single-leg stance passing the ball, squats with toe raise, vertical jumps, then single-leg stance with my bumps at the shoulders.
            Deficit: L knee neuromuscular control — valgus on single-leg landing and a late hamstring co-contraction.
            Measures: single-leg hop L 139 cm (R 151 cm); 8 of 10 bump recoveries without a touch-down.
            Kelsey Dunaway, PT, DPT, SCS
            """,
            ["S83.512D"], [PT("97112", 23)], []),

        // HSO 97110 Nordic hamstring lowers and Copenhagen adductor planks with doses; R hamstring strain; among negative screens; "97110 — 15 min" matches: passes.
        ["v3-h117-hso-nordics-and-copenhagen-97110"] = new(
            """
            HSO SPORTS DAILY — Coeur d'Alene
            Athlete: Micah Ostrander (high-school track, 200 m)
            CLEARANCES ON FILE: sports med clearance for running. RED FLAGS: none. Pain 0/10 walking, 2/10 at end-range stretch.
            97110 — 15 min
            Nordic hamstring lowers 3x5, Copenhagen adductor plank short lever 3 x 20 sec each side, single-leg RDL with 20 lb 3x8.
            Deficit: R hamstring weakness and pain at long length after the grade I strain; ROM otherwise full.
            Ramon Ybarra, PT, ATC
            """,
            ["S76.311D"], [PT("97110", 15)], []),

        // BRH LSVT BIG named with its maximal-amplitude whole-body movements; 1:1; hypokinesia and small steps in Parkinson's among intact cognition and vision screens; 10MWT and step length; heading 25 matches: passes.
        ["v3-h117-brh-lsvt-big"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PRINCETON)
            SAFETY SCREEN: pain 0/10; no falls; orthostatic screen negative; denies dizziness; cleared.
            97112 NEUROMUSCULAR RE-ED — 25 min
            Delivery: 1:1 with the LSVT-certified PT.
            TREATMENT: LSVT BIG — maximal daily exercises (floor to ceiling, side to side, forward and sideways steps and rocks), then BIG walking with big arm swing and BIG turns.
            TARGET: cognition and vision screens intact; hypokinesia and small shuffling steps with Parkinson's disease.
            MEASURES: 10MWT 0.91 m/s; step length 48 cm (39 at eval).
            Maribeth Shrewsbury, PT, DPT
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // CST Tai Ji Quan: Moving for Better Balance forms with weight shifting and stepping; 1:1; anterior-posterior sway after a fall; Berg; "97112 x 23 min" matches: passes.
        ["v3-h117-cst-tai-ji-quan-forms"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none   ORTHOSTATICS: negative   ROS: denies dizziness, CP
            1:1: Y
            97112 x 23 min
            Tx: Tai Ji Quan: Moving for Better Balance — weight shifting side to side and forward and back, single whip, wave hands like clouds with a step, repeated at the counter then freestanding.
            Deficit: anterior-posterior sway and slow stepping after the fall in the wheat barn in August.
            Measures: Berg 44/56.
            Bao Tran, PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // HSO Mulligan mobilisation with movement for ankle DF in lunge and talocrural posterior glides; L ankle DF stiffness among cleared screens; lunge distance; "97140 — 12 min" matches: passes.
        ["v3-h117-hso-mulligan-mwm-ankle-97140"] = new(
            """
            HSO SPORTS DAILY — Post Falls HS training room
            Athlete: Jordan Pfeiffer (basketball)
            CLEARANCES ON FILE: ortho clearance for full WB. RED FLAGS: none. CONTRAINDICATIONS: none; fracture ruled out on films.
            97140 — 12 min
            Mulligan MWM for DF in weight-bearing lunge with the belt, talocrural posterior glides grade III, STM to the L gastroc.
            Deficit: L ankle DF stiffness after the inversion sprain.
            Knee-to-wall lunge L 6 cm to 10 cm after (R 12 cm).
            Mackenzie Ruud, PTA
            """,
            ["S93.402D"], [PTA("97140", 12)], []),

        // CST "Fall-prevention bundle per CST protocol, level 2" as the whole intervention, naming no technique and no generic phrase: technique missing; 1:1, deficit and Berg present.
        ["v3-h117-cst-fall-prevention-bundle-only"] = new(
            """
            CIMARRON SENIOR THERAPY — STILLWATER      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative   ROS: denies dizziness
            1:1: Y
            97112 x 22 min
            Tx: Fall-prevention bundle per CST protocol, level 2.
            Deficit: slow stepping reaction and sway with eyes closed; she grabs the doorframe going out to the porch cats.
            Measures: Berg 43/56; TUG 13.4 sec.
            Wendell Pickard, PTA
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // HSO "Phase 3 RTS per Dr. Ahn's protocol" as the whole intervention: technique missing; 1:1, R ankle proprioception and Y-balance present.
        ["v3-h117-hso-rts-phase-per-protocol-only"] = new(
            """
            HSO SPORTS DAILY — Sandpoint
            Athlete: Colt Amundson (high-school football, linebacker)
            CLEARANCES ON FILE: ortho clearance for non-contact drills. CONCUSSION STATUS: none. RED FLAGS: none.
            Session type: ☒ 1:1  ☐ semi-private
            97112 — 22 min
            Phase 3 RTS per Dr. Ahn's protocol.
            Deficit: R ankle proprioception after the high ankle sprain; hesitates planting on the R.
            Measures: Y-balance anterior R 61 cm (L 69 cm).
            Ramon Ybarra, PT, ATC
            """,
            ["S93.431D"], [PT("97112", 22)], [At(Tech, "97112")]),

        // CST PTA 97110 "Otago strengthening as prescribed" with no dose and no number but the code's minutes: measure missing; technique and hip and knee weakness present.
        ["v3-h117-cst-pta-otago-no-dose-97110"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative   ROS: denies dizziness, chest pain
            97110 x 13 min
            Tx: Otago strengthening as prescribed — knee extension, knee flexion, hip abduction, calf raises and toe raises with the ankle cuffs.
            Deficit: bilateral hip abductor and quad weakness, slow getting up from the recliner.
            Wendell Pickard, PTA
            """,
            ["M62.81"], [PTA("97110", 13)], [At(Measure, "97110")]),

        // BRH PTA 97116 with rhythmic auditory cueing to a metronome and heel-strike cues; freezing and short steps in Parkinson's among normal screens; distance, freezes and assist; heading 20 matches: passes.
        ["v3-h117-brh-pta-metronome-gait-97116"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (ATHENS)
            SAFETY SCREEN: pain 0/10; falls none; orthostatics negative; denies dizziness; cleared.
            97116 GAIT TRAINING — 20 min
            TREATMENT: gait training with rhythmic auditory cueing to the metronome, heel-strike cues, turning through the doorway with visual floor lines.
            TARGET: short shuffling steps and freezing at doorways with Parkinson's; strength WNL.
            MEASURES: 600 ft SBA; froze in 1 of 4 doorways (4 of 4 at eval).
            Tasha Lilly, PTA
            """,
            ["G20.A1"], [PTA("97116", 20)], []),

        // ---------------------------------------------------------------- class 4: deficits stated among normals, and notes that state none

        // BRH "Strength WNL except L DF 3+/5; sensation intact; reflexes 2+ and symmetric" — the exception is the deficit targeted, with L foot clearance; 1:1; stepping over obstacles, foam ankle strategy, perturbations; Berg and obstacle count; heading 23 matches: passes.
        ["v4-h117-brh-strength-wnl-except-left-df"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PRINCETON)
            SAFETY SCREEN: pain 0/10; falls none; denies dizziness, CP, SOB; red flags negative; vitals pre BP 130/78, HR 72; cleared.
            97112 NEUROMUSCULAR RE-ED — 23 min
            Delivery: 1:1.
            TREATMENT: stepping over the obstacle course with the L leading, ankle strategy sways on foam, small perturbations at the hips.
            TARGET: strength WNL except L DF 3+/5; sensation intact; reflexes 2+ and symmetric. L toe catches and slow ankle strategy after the L peroneal nerve palsy.
            MEASURES: Berg 47/56; 9 of 12 obstacles cleared without a catch.
            Donnie Kessinger, PT
            """,
            ["G57.32", "R26.89"], [PT("97112", 23)], []),

        // CST "ROS negative except dizziness turning her head quickly to the R" — the exception is the vestibular deficit; 1:1; gaze stabilisation, head-turn walking, foam; DGI; "97112 x 22 min" matches: passes.
        ["v4-h117-cst-ros-negative-except-head-turns"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: one, turning at the dominoes table
            ORTHOSTATICS lying → standing: 124/70 → 122/72, negative
            ROS: negative except dizziness when she turns her head quickly to the R; no hearing change, no double vision.
            1:1: Y
            97112 x 22 min
            Tx: gaze stabilization with the letter card at arm's length seated then standing, walking the hall with head turns to the R, feet together on foam.
            Deficit: R vestibular hypofunction per the above.
            Measures: DGI 16/24; 3 of 6 head-turn passes without a sidestep.
            Loretta Haskins, PT, GCS
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // HSO "Neuro screen intact; all ligament tests negative; only finding: late hamstring-quad co-contraction and knee valgus on landing" — the only finding is the deficit; 1:1; drop landings, perturbations, lateral bounds; landing counts and hop; "97112 — 24 min" matches: passes.
        ["v4-h117-hso-only-finding-landing-control"] = new(
            """
            HSO SPORTS DAILY — Coeur d'Alene
            Athlete: Greta Solheim (club volleyball, outside hitter)
            CLEARANCES ON FILE: ortho clearance for jumping. CONCUSSION STATUS: none. RED FLAGS: none.
            Session type: ☒ 1:1  ☐ semi-private
            97112 — 24 min
            Drop landings with a stick, perturbations on the foam in single-leg squat, lateral bounds to the line.
            Exam: neuro screen intact; all ligament tests negative; ROM full. Only finding: late hamstring-quad co-contraction and R knee valgus on landing.
            Measures: 6 of 10 landings without valgus; single-leg hop R 133 cm (L 140 cm).
            Kelsey Dunaway, PT, DPT, SCS
            """,
            ["S83.91XD"], [PT("97112", 24)], []),

        // CST "Sensation intact except both feet below the ankles" as the deficit, with the falls screen and orthostatics normal; 1:1; tandem on the foam, eyes-closed stance, heel-toe walk; tandem seconds and Berg; "97112 x 25 min" matches: passes.
        ["v4-h117-cst-sensation-intact-except-feet"] = new(
            """
            CIMARRON SENIOR THERAPY — STILLWATER      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none   ORTHOSTATICS: negative
            ROS: denies dizziness, CP, SOB
            1:1: Y
            97112 x 25 min
            Tx: tandem stance on foam, eyes-closed stance at the counter, heel-toe walking on the taped line.
            Deficit: sensation intact except both feet below the ankles; vibration absent at the great toes; he can't feel the tractor pedals.
            Measures: tandem 5 sec eyes open; Berg 44/56.
            Bao Tran, PT
            """,
            ["E11.42"], [PT("97112", 25)], []),

        // BRH OT 97530 "cognition WNL, vision WNL with glasses" beside R grip weakness; buttons, keys, the bus-pass wallet; grip pounds and counts; "97530 — 18 min" matches: passes.
        ["v4-h117-brh-ot-cognition-vision-wnl-grip-weak"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (BLUEFIELD)
            SAFETY SCREEN: pain 0/10; no falls; vitals WNL; cleared.
            97530 THERAPEUTIC ACTIVITIES — 18 min
            TREATMENT: buttoning the work shirt, turning the key in the padlock, pulling cards out of the wallet.
            TARGET: cognition WNL, vision WNL with glasses; R grip and pinch weakness after the distal radius fracture.
            MEASURES: grip R 34 lb (L 70 lb); shirt buttoned in 55 sec; padlock 4 of 5.
            Grant Cottrill, OTR/L
            """,
            ["S52.501D"], [OT("97530", 18)], []),

        // HSO 97110 "ROM full and pain-free; only deficit: L shoulder ER weakness 4-/5"; band ER, sidelying ER, prone Ts with doses; "97110 — 14 min" matches: passes.
        ["v4-h117-hso-only-deficit-shoulder-er-97110"] = new(
            """
            HSO SPORTS DAILY — Sandpoint
            Athlete: Reese Halvorsen (baseball, pitcher)
            CLEARANCES ON FILE: sports med clearance for throwing program. RED FLAGS: none.
            97110 — 14 min
            ER at 90 degrees with the red band 3x15, sidelying ER 3 lb 3x12, prone Ts 3x10.
            ROM full and pain-free; only deficit: L shoulder ER weakness 4-/5.
            Mackenzie Ruud, PTA
            """,
            ["M62.81", "M25.812"], [PTA("97110", 14)], []),

        // CST PTA 97116 "no LOB, no c/o, vitals stable" beside short L step and foot drag; cane gait with step-length cues on the hall and ramp; distance and assist; "97116 x 19 min" matches: passes.
        ["v4-h117-cst-pta-no-lob-beside-foot-drag-97116"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative   ROS: denies dizziness
            97116 x 19 min
            Tx: gait training with the cane on the hall, the ramp and the grass strip, cues for L heel strike and equal step length.
            Deficit: short L step and L foot drag late in the walk after the L TKA.
            Measures: 450 ft cane SBA; no LOB, no c/o, vitals stable after.
            Wendell Pickard, PTA
            """,
            ["Z96.652"], [PTA("97116", 19)], []),

        // BRH "Reflexes 2+ symmetric; Babinski absent; clonus absent; finger-nose intact; heel-shin dysmetric on the L" — the exception is L leg ataxia; 1:1; Frenkel exercises, foam, tandem; SARA gait and tandem steps; heading 24 matches: passes.
        ["v4-h117-brh-heel-shin-dysmetric-among-normals"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (ATHENS)
            SAFETY SCREEN: pain 0/10; falls none; denies new weakness, headache, vision change; vitals pre BP 118/72, HR 68; cleared.
            97112 NEUROMUSCULAR RE-ED — 24 min
            Delivery: one-on-one, the entire NMR block.
            TREATMENT: Frenkel exercises in supine and standing, foam stance with slow reaching, tandem walking at the rail.
            TARGET: reflexes 2+ symmetric; Babinski absent; clonus absent; finger-nose intact; heel-shin dysmetric on the L — L leg ataxia after the L cerebellar stroke.
            MEASURES: 6 tandem steps before stepping out (2 at eval); SLS L 4 sec.
            Maribeth Shrewsbury, PT, DPT
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // BRH every screen normal and nothing else names a deficit, system or region ("strength WNL, sensation intact, reflexes symmetric, coordination intact, vestibular screen negative, denies dizziness and falls"): deficit missing; 1:1, foam perturbations, tandem with head turns, Berg present.
        ["v4-h117-brh-everything-normal"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PRINCETON)
            SAFETY SCREEN: pain 0/10; denies dizziness and falls; red flags negative; vitals pre BP 124/76, HR 66; cleared.
            97112 NEUROMUSCULAR RE-ED — 22 min
            Delivery: 1:1.
            TREATMENT: perturbations standing on foam, tandem walking with head turns, stepping over the hurdles.
            TARGET: strength WNL; sensation intact; reflexes symmetric; coordination intact; vestibular screen negative.
            MEASURES: Berg 50/56.
            Donnie Kessinger, PT
            """,
            ["R26.89"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // CST the falls screen and ROS all denied ("Pt denies dizziness, weakness, numbness, falls") and nothing else names a deficit: deficit missing; 1:1, clock stepping, foam reaches, TUG present.
        ["v4-h117-cst-all-denied"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none   ORTHOSTATICS: negative
            ROS: pt denies dizziness, weakness, numbness, falls.
            1:1: Y
            97112 x 23 min
            Tx: clock stepping to called numbers, reaching from the foam to the cones, stepping over the cane.
            Measures: TUG 11.4 sec; 10 of 12 clock steps without a hand.
            Bao Tran, PT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // HSO "No deficits on today's screen; symmetric hop; neuro intact" and nothing else naming a deficit: deficit missing; 1:1, perturbation and hop drills, hop and Y-balance present.
        ["v4-h117-hso-no-deficits-on-screen"] = new(
            """
            HSO SPORTS DAILY — Post Falls HS training room
            Athlete: Hunter Vail (wrestling, 170 lb class)
            CLEARANCES ON FILE: PPE current. CONCUSSION STATUS: none. RED FLAGS: none.
            Session type: ☒ 1:1  ☐ semi-private
            97112 — 21 min
            Perturbations in a wrestling stance on the foam, hop-and-stick forward and lateral, single-leg catch on the BOSU.
            Screen: no deficits on today's screen; symmetric hop; neuro intact.
            Measures: single-leg hop R 166 cm, L 164 cm; Y-balance composite 98% both sides.
            Ramon Ybarra, PT, ATC
            """,
            ["S93.401D"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // BRH PTA 97116 "gait pattern WNL, no deviations" and nothing else naming a deficit: deficit missing; cane gait on stairs, ramp and curb with distance and assist present.
        ["v4-h117-brh-pta-gait-pattern-wnl-97116"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (BLUEFIELD)
            SAFETY SCREEN: pain 0/10; falls none; denies dizziness; cleared.
            97116 GAIT TRAINING — 18 min
            TREATMENT: gait with the single-point cane on the stairs, the ramp and the curb outside the lobby.
            TARGET: gait pattern WNL, no deviations; strength WNL.
            MEASURES: 500 ft cane modified independent; 14 stairs reciprocal with one rail.
            Tasha Lilly, PTA
            """,
            ["R26.89"], [PTA("97116", 18)], [At(Deficit, "97116")]),

        // CST "Deficit: see eval" with every screen negative: nothing stated — deficit missing; 1:1, tandem, foam and backward walking, Berg present.
        ["v4-h117-cst-deficit-see-eval"] = new(
            """
            CIMARRON SENIOR THERAPY — STILLWATER      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative   ROS: denies dizziness, CP, SOB
            1:1: Y
            97112 x 24 min
            Tx: tandem walking at the counter, foam stance with eyes closed, backward walking with a stop on cue.
            Deficit: see eval.
            Measures: Berg 46/56.
            Loretta Haskins, PT, GCS
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // BRH "LOB 0 of 10 perturbations" and tandem seconds as the measures (a count with a number); 1:1; perturbations in stride stance, tandem on foam; delayed stepping among normal screens; heading 22 matches: passes.
        ["v5-h117-brh-lob-zero-of-ten"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PRINCETON)
            SAFETY SCREEN: pain 0/10; falls none; denies dizziness, CP, SOB; vitals pre BP 136/82, HR 74; cleared.
            97112 NEUROMUSCULAR RE-ED — 22 min
            Delivery: 1:1.
            TREATMENT: perturbations in stride stance front and back, tandem stance on foam, quick stepping to floor targets.
            TARGET: delayed stepping reaction; strength and sensation otherwise WNL.
            MEASURES: LOB 0 of 10 perturbations (4 of 10 at eval); tandem on foam 11 sec.
            Maribeth Shrewsbury, PT, DPT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // CST "Romberg sharpened 18 sec eyes closed" and the 4-stage balance test stage and seconds; 1:1; narrow-base stance work, foam, head turns; somatosensory loss; "97112 x 23 min" matches: passes.
        ["v5-h117-cst-sharpened-romberg-seconds"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none   ORTHOSTATICS: negative
            ROS: denies dizziness, CP; COGNITION: intact; VISION: glasses
            1:1: Y
            97112 x 23 min
            Tx: narrow-base and semi-tandem stance on foam, head turns in tandem, eyes-closed stance at the counter.
            Deficit: somatosensory loss in both feet; depends on vision and sways in the dark hallway.
            Measures: sharpened Romberg 18 sec eyes closed; 4-stage balance test stage 3 held 10 sec.
            Loretta Haskins, PT, GCS
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // HSO Y-balance composite percentages and hop distances; 1:1; reactive agility on foam, hop-and-stick; R knee control after a meniscus repair; "97112 — 23 min" matches: passes.
        ["v5-h117-hso-y-balance-percent-and-hop"] = new(
            """
            HSO SPORTS DAILY — Sandpoint
            Athlete: Nils Rasmussen (mountain bike, downhill)
            CLEARANCES ON FILE: ortho clearance 16 weeks post meniscus repair. RED FLAGS: none.
            Session type: ☒ 1:1  ☐ semi-private
            97112 — 23 min
            Reactive cone taps from the foam, hop-and-stick forward and diagonal, single-leg squat to a box with perturbations.
            Deficit: R knee neuromuscular control after the meniscus repair, knee drifts in landing off drops.
            Measures: Y-balance composite R 91%, L 97%; single-leg hop R 142 cm, L 158 cm.
            Kelsey Dunaway, PT, DPT, SCS
            """,
            ["S83.241D"], [PT("97112", 23)], []),

        // CST PTA 97116 distance with the rollator and SBA, gait speed; cues for step length and upright posture; shuffling gait; "97116 x 21 min" matches: passes.
        ["v5-h117-cst-pta-rollator-distance-and-speed-97116"] = new(
            """
            CIMARRON SENIOR THERAPY — PRAIRIE ROSE ASSISTED LIVING, PONCA CITY
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative   ROS: denies dizziness, SOB
            97116 x 21 min
            Tx: gait training with the rollator down the main hall and out to the garden path, cues for step length and upright posture, stopping and turning at the bench.
            Deficit: shuffling gait and forward trunk lean, drags both feet when tired.
            Measures: 300 ft rollator SBA; gait speed 0.68 m/s.
            Wendell Pickard, PTA
            """,
            ["R26.89"], [PTA("97116", 21)], []),

        // HSO 97110 doses (sets, reps and load) as the measure; goblet squat, step-downs and single-leg press; R quad weakness after a patellar tendon strain; "97110 — 16 min" matches: passes.
        ["v5-h117-hso-dose-as-measure-97110"] = new(
            """
            HSO SPORTS DAILY — Coeur d'Alene
            Athlete: Quinn Thorsen (cross-country skiing)
            CLEARANCES ON FILE: sports med clearance. RED FLAGS: none. Pain 0/10 at rest.
            97110 — 16 min
            Goblet squat 35 lb 3x8, eccentric step-downs off the 8 inch step 3x10, single-leg press 90 lb 3x10.
            Deficit: R quad weakness after the patellar tendon strain.
            Mackenzie Ruud, PTA
            """,
            ["S76.111D"], [PTA("97110", 16)], []),

        // BRH OT 97530 counts and assistance on a school-bus step mock-up; getting up and down the bus step and to the driver's seat; L knee and hip weakness; "97530 — 20 min" matches: passes.
        ["v5-h117-brh-ot-bus-step-counts-97530"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (ATHENS)
            SAFETY SCREEN: pain 0/10; falls none; denies dizziness; vitals WNL; cleared.
            97530 THERAPEUTIC ACTIVITIES — 20 min
            TREATMENT: climbing the mock bus steps with the grab bar, transferring into the driver's seat, reaching to crank the door lever.
            TARGET: L hip and knee weakness after the L TKA; she has to be back driving the route in January.
            MEASURES: bus steps 5 times up and down with CGA; seat transfer 4 times SBA.
            Grant Cottrill, OTR/L
            """,
            ["Z96.652", "Z47.1"], [OT("97530", 20)], []),

        // CST orthostatic readings beside a real measure (FGA); 1:1; head-turn walking, stepping over, foam; vestibular and postural deficit; "97112 x 24 min" matches: passes.
        ["v5-h117-cst-orthostatics-beside-fga"] = new(
            """
            CIMARRON SENIOR THERAPY — STILLWATER      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: 138/82 HR 66 → 134/80 HR 72, negative
            ROS: denies CP, SOB, numbness
            1:1: Y
            97112 x 24 min
            Tx: walking with head turns and pivots, stepping over shoe boxes, foam stance with eyes closed.
            Deficit: unsteady with head turns and pivots; reaches for the pews walking back from the organ.
            Measures: FGA 18/30.
            Bao Tran, PT
            """,
            ["R26.81", "H81.93"], [PT("97112", 24)], []),

        // BRH mCTSIB condition seconds as the measure; 1:1; sensory reweighting on foam with eyes closed, dome stance; sensory integration deficit; heading 23 matches: passes.
        ["v5-h117-brh-mctsib-condition-seconds"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (BLUEFIELD)
            SAFETY SCREEN: pain 0/10; falls none; red flags negative; vitals pre BP 120/76; cleared.
            97112 NEUROMUSCULAR RE-ED — 23 min
            Delivery: 1:1 throughout.
            TREATMENT: sensory reweighting — foam stance eyes closed, standing on the dome with head nods, firm surface with the visual-conflict goggles.
            TARGET: sensory integration deficit, over-relies on vision after the concussion; sensation and strength WNL.
            MEASURES: mCTSIB condition 4 (foam, eyes closed) 18 sec; conditions 1 to 3 held 30 sec each.
            Donnie Kessinger, PT
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // BRH "no LOB, no c/o, steady; Berg deferred — pt fatigued", the screen written without numbers and no number but the code and its minutes: measure missing; 1:1, techniques and proprioceptive deficit present.
        ["v5-h117-brh-no-lob-berg-deferred"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PRINCETON)
            SAFETY SCREEN: pain none; falls none; denies dizziness; vitals stable; cleared.
            97112 NEUROMUSCULAR RE-ED — 24 min
            Delivery: one-on-one.
            TREATMENT: rocker board eyes closed, foam stance with head turns, heel-toe walking on the beam.
            TARGET: proprioceptive loss in both feet, loses his footing on the gravel at the rail yard.
            MEASURES: no LOB, no c/o, steady throughout. Berg deferred — pt fatigued.
            Maribeth Shrewsbury, PT, DPT
            """,
            ["E11.42"], [PT("97112", 24)], [At(Measure, "97112")]),

        // CST "TUG not done today; looked steadier, daughter agrees", the screen without numbers: measure missing; one-on-one, tandem and foam, postural sway present.
        ["v5-h117-cst-tug-not-done"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative   ROS: denies dizziness
            One-on-one: yes
            97112 x 22 min
            Tx: tandem walking at the counter, foam stance with head turns, stepping over the cane.
            Deficit: postural sway and a wide, hesitant step turning in the kitchen.
            Measures: TUG not done today; looked steadier, daughter agrees.
            Loretta Haskins, PT, GCS
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // HSO "hop test next visit; moving well, no apprehension", clearances without dates and no number but the code and its minutes: measure missing; one-on-one, landing drills and L knee control present.
        ["v5-h117-hso-hop-test-next-visit"] = new(
            """
            HSO SPORTS DAILY — Sandpoint
            Athlete: Sadie Lunde (high-school basketball)
            CLEARANCES ON FILE: ortho clearance for jumping. RED FLAGS: none.
            Session type: ☒ one-on-one  ☐ semi-private
            97112 — 23 min
            Drop landings to a stick, lateral bounds onto the foam, single-leg squat with perturbations.
            Deficit: L knee valgus and poor landing control after the L ACL reconstruction.
            Measures: hop test next visit; moving well, no apprehension.
            Kelsey Dunaway, PT, DPT, SCS
            """,
            ["S83.512D"], [PT("97112", 23)], [At(Measure, "97112")]),

        // BRH PTA 97116 with cane gait and heel-strike cues but no distance, assistance level or number but the code and its minutes ("steady, no LOB"): measure missing; technique and antalgic gait present.
        ["v5-h117-brh-pta-gait-no-distance-97116"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (ATHENS)
            SAFETY SCREEN: pain none today; falls none; denies dizziness; cleared.
            97116 GAIT TRAINING — 19 min
            TREATMENT: gait training with the cane in the hall and on the ramp, cues for heel strike and a longer R step.
            TARGET: antalgic gait with a short R step after the R hip fracture.
            MEASURES: steady, no LOB.
            Tasha Lilly, PTA
            """,
            ["S72.001D"], [PTA("97116", 19)], [At(Measure, "97116")]),

        // HSO 97140 joint mobilisation and STM to the ankle with "DF improved after" and no number but the code and its minutes: measure missing; technique and DF stiffness present.
        ["v5-h117-hso-manual-df-improved-no-number-97140"] = new(
            """
            HSO SPORTS DAILY — Coeur d'Alene
            Athlete: Lena Fossum (softball, shortstop)
            CLEARANCES ON FILE: ortho clearance for full WB. RED FLAGS: none.
            97140 — 11 min
            Talocrural posterior glides, subtalar distraction and STM to the gastroc-soleus.
            Deficit: R ankle DF stiffness after the sprain sliding into second.
            DF improved after; no c/o.
            Ramon Ybarra, PT, ATC
            """,
            ["S93.401D"], [PT("97140", 11)], [At(Measure, "97140")]),

        // ---------------------------------------------------------------- class 6: minutes in these templates' forms, true mismatches, truly missing separate time

        // BRH two code headings with dot leaders, "97112 NEUROMUSCULAR RE-ED ........ 23 min" and "97110 THER EX ........ 12 min", both match; 1:1; foam and perturbations with Berg; step-ups and leg press with doses; sensory and hip deficits among normals: passes.
        ["v6-h117-brh-dot-leader-headings-two-codes"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PRINCETON)
            SAFETY SCREEN: pain 0/10; falls none; denies dizziness, CP, SOB; vitals pre BP 132/80, HR 70; cleared.
            97112 NEUROMUSCULAR RE-ED ........ 23 min
            Delivery: 1:1.
            TREATMENT: foam stance eyes closed, perturbations at the pelvis, tandem on the beam.
            TARGET: sensation intact except the soles of both feet; sways in the dark.
            MEASURES: Berg 44/56.
            97110 THER EX ........ 12 min
            TREATMENT: step-ups onto the 6 inch step 3x10, leg press 70 lb 3x12.
            TARGET: strength WNL except both hip extensors 4-/5.
            Maribeth Shrewsbury, PT, DPT
            """,
            ["E11.42", "M62.81"], [PT("97112", 23), PT("97110", 12)], []),

        // CST "97112 x 24 min" and "97116 x 10 min", both match; 1:1; stepping and foam with TUG; cane gait with distance; slow stepping and short steps: passes.
        ["v6-h117-cst-times-x-minutes-two-codes"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: 134/78 → 130/76, negative   ROS: denies dizziness, CP
            1:1: Y
            97112 x 24 min — reactive stepping to light pushes, foam stance with head turns; slow protective stepping to the L; TUG 13.0 sec.
            97116 x 10 min — cane gait on the sidewalk and the curb cut, cues for step length; short L step; 250 ft cane SBA.
            Bao Tran, PT
            """,
            ["R26.81"], [PT("97112", 24), PT("97116", 10)], []),

        // HSO a clock range on the code's own line, "97112 3:05–3:28 pm" (23 min), matching the line; 1:1; slide-board reactive stepping and foam catches; R ankle proprioception; SLS and count: passes.
        ["v6-h117-hso-clock-range-on-the-code-line"] = new(
            """
            HSO SPORTS DAILY — Post Falls HS training room
            Athlete: Tyce Barlow (wrestling, 138 lb class) — seen after sixth period
            CLEARANCES ON FILE: PPE current. CONCUSSION STATUS: none this season. RED FLAGS: none.
            Session type: ☒ 1:1  ☐ semi-private
            97112 3:05–3:28 pm
            Reactive stepping off the slide board, foam single-leg stance catching the med ball, hop-and-stick lateral.
            Deficit: R ankle proprioception after the sprain on the mat edge.
            SLS on foam R 16 sec (L 30 sec); 7 of 10 hops stuck.
            Mackenzie Ruud, PTA
            """,
            ["S93.401D"], [PTA("97112", 23)], []),

        // BRH a PT's 97112 heading and an OT's 97530 heading, "NMR (97112) — 22 minutes" and "THERAPEUTIC ACTIVITIES (97530) — 18 minutes", each matching its line; 1:1 for the NMR; foam and Berg; kitchen tasks with counts; trunk control and L hand weakness: passes.
        ["v6-h117-brh-pt-and-ot-headings"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (BLUEFIELD)
            SAFETY SCREEN: pain 0/10; falls none; denies dizziness, CP, SOB; vitals pre BP 128/74; cleared.
            NMR (97112) — 22 minutes — D. Kessinger, PT
            Delivery: 1:1. Rhythmic stabilization in standing, foam stance reaching across midline, stepping to floor targets. Target: trunk control and L weight shift after the R CVA. Berg 40/56.
            THERAPEUTIC ACTIVITIES (97530) — 18 minutes — G. Cottrill, OTR/L
            Standing at the counter to make coffee, carrying the mug to the table, opening the jar. Target: L hand weakness and standing tolerance. Mug carried 6 trips SBA; jar opened 3 of 4.
            """,
            ["I69.354"], [PT("97112", 22), OT("97530", 18)], []),

        // CST minute boxes "97112 [ 25 ] min", "97110 [ 11 ] min" and an unbilled "97140 [ __ ] min (not billed today)"; both billed boxes match; 1:1; perturbations and foam with tandem; Otago strengthening with doses; sway and hip weakness: passes.
        ["v6-h117-cst-minute-boxes-one-left-empty"] = new(
            """
            CIMARRON SENIOR THERAPY — STILLWATER      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none   ORTHOSTATICS: negative   ROS: denies dizziness
            1:1: Y
            97112 [ 25 ] min — perturbations at the hips, foam stance eyes closed, semi-tandem with head turns; postural sway backward; tandem 6 sec.
            97110 [ 11 ] min — Otago strengthening, 2 lb cuffs, knee extension 2x10, hip abduction 2x10, calf raises 2x15; hip and quad weakness.
            97140 [ __ ] min (not billed today)
            Loretta Haskins, PT, GCS
            """,
            ["R26.81", "M62.81"], [PT("97112", 25), PT("97110", 11)], []),

        // HSO "97112 — 20 min" and "97140 — 10 min", both match; 1:1; landing drills with hop; patellar mobilisation with degrees; R knee control and stiffness: passes.
        ["v6-h117-hso-nmr-and-manual-dash-minutes"] = new(
            """
            HSO SPORTS DAILY — Coeur d'Alene
            Athlete: Elsa Grant (club volleyball, libero)
            CLEARANCES ON FILE: ortho clearance for jumping. RED FLAGS: none. CONTRAINDICATIONS: none.
            Session type: ☒ 1:1  ☐ semi-private
            97112 — 20 min: drop landings to a stick, dig-position perturbations on the foam. Deficit: R knee landing control after the R tibial plateau fracture. Measures: 8 of 10 landings without valgus.
            97140 — 10 min: patellar glides and tibiofemoral PA mobs grade III. Deficit: R knee flexion stiffness. Measures: flexion 118 to 126 degrees.
            Kelsey Dunaway, PT, DPT, SCS
            """,
            ["S82.141D"], [PT("97112", 20), PT("97140", 10)], []),

        // BRH heading "97112 NEUROMUSCULAR RE-ED — 35 min" on a 23-minute line: mismatch; otherwise complete (1:1, gaze work and foam, vestibular deficit, DGI).
        ["v6-h117-brh-heading-35-on-23"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (ATHENS)
            SAFETY SCREEN: pain 0/10; falls none; red flags negative; cleared.
            97112 NEUROMUSCULAR RE-ED — 35 min
            Delivery: 1:1.
            TREATMENT: gaze stabilization with head turns on foam, walking with head turns and stops.
            TARGET: L vestibular hypofunction, veers L turning to check on the quilt frame.
            MEASURES: DGI 19/24.
            Donnie Kessinger, PT
            """,
            ["H81.22"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // CST "97110 x 25 min" on a 12-minute line beside an exact "97112 x 22 min": mismatch on 97110; otherwise complete.
        ["v6-h117-cst-97110-25-on-12"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative   ROS: denies dizziness, CP
            1:1: Y
            97112 x 22 min — foam stance with head turns, backward walking with a stop; backward sway and slow stepping; TUG 12.8 sec.
            97110 x 25 min — sit-to-stand 3x8, heel raises 3x15, side-lying hip abduction 2x12; hip abductor weakness.
            Wendell Pickard, PTA
            """,
            ["R26.81", "M62.81"], [PTA("97112", 22), PTA("97110", 12)], [At(Mismatch, "97110")]),

        // HSO clock range "97112 4:00–4:35 pm" (35 min) on a 22-minute line: mismatch; otherwise complete (1:1, agility and hop drills, R knee control, hop distance).
        ["v6-h117-hso-clock-range-35-on-22"] = new(
            """
            HSO SPORTS DAILY — Sandpoint
            Athlete: Ingrid Aasen (alpine ski racing)
            CLEARANCES ON FILE: ortho clearance for dryland. RED FLAGS: none.
            Session type: ☒ 1:1  ☐ semi-private
            97112 4:00–4:35 pm
            Lateral skater hops to a stick, single-leg squat on the BOSU with perturbations.
            Deficit: R knee control after the R ACL reconstruction, knee drifts in on landing.
            Single-leg hop R 128 cm (L 141 cm).
            Ramon Ybarra, PT, ATC
            """,
            ["S83.511D"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // BRH 97112 and 97110 written together with only "Total timed minutes: 36": separate time missing; each code's content complete.
        ["v6-h117-brh-total-timed-only"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PRINCETON)
            SAFETY SCREEN: pain 0/10; falls none; denies dizziness; cleared.
            Delivery: 1:1 throughout.
            NMR (97112): perturbations on foam, tandem with head turns; postural control after the fall on the church steps; Berg 45/56.
            THER EX (97110): bridges 3x15, step-ups 3x10; hip extensor weakness.
            Total timed minutes: 36
            Maribeth Shrewsbury, PT, DPT
            """,
            ["R26.81", "M62.81"], [PT("97112", 24), PT("97110", 12)], [SepTime]),

        // CST "97112 x 23 min" but the 97116 written with no minutes: separate time missing; each code's content complete.
        ["v6-h117-cst-gait-without-minutes"] = new(
            """
            CIMARRON SENIOR THERAPY — PRAIRIE ROSE ASSISTED LIVING, PONCA CITY
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative   ROS: denies dizziness
            1:1: Y
            97112 x 23 min — weight shifts and foam stance at the counter, turns around the cone; sway turning; TUG 14.2 sec.
            97116 — rollator gait down the hall, cues for step length; shuffling steps; 200 ft SBA.
            Bao Tran, PT
            """,
            ["R26.81", "R26.89"], [PT("97112", 23), PT("97116", 11)], [SepTime]),

        // HSO 97110 and 97140 named without minutes, "Session 40 min total": separate time missing; each code's content complete.
        ["v6-h117-hso-session-total-only"] = new(
            """
            HSO SPORTS DAILY — Coeur d'Alene
            Athlete: Cole Draper (high-school baseball, catcher)
            CLEARANCES ON FILE: sports med clearance. RED FLAGS: none.
            97110: squats 3x10 at 45 lb, lateral band walks 3 x 20 ft, single-leg bridge 3x10. Deficit: L hip weakness in the crouch.
            97140: L hip posterior glides with the belt grade III, STM to the L TFL. Deficit: L hip IR stiffness. IR 18 to 26 degrees.
            Session 40 min total.
            Ramon Ybarra, PT, ATC
            """,
            ["M25.652", "M62.81"], [PT("97110", 28), PT("97140", 12)], [SepTime]),

        // BRH PTA "97116 GAIT TRAINING — 30 min" on an 18-minute line: mismatch; otherwise complete (walker to cane, cues, short step, distance and assist).
        ["v6-h117-brh-pta-gait-30-on-18"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (BLUEFIELD)
            SAFETY SCREEN: pain 0/10; falls none; denies dizziness; cleared.
            97116 GAIT TRAINING — 30 min
            TREATMENT: walker to cane on the hall and the ramp, cues for R heel strike.
            TARGET: short R step after the R TKA.
            MEASURES: 400 ft cane CGA.
            Tasha Lilly, PTA
            """,
            ["Z96.651"], [PTA("97116", 18)], [At(Mismatch, "97116")]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic notes

        // An empty note on a two-code visit (97112 and 97116) with a diagnosis: note missing on each line, nothing else.
        ["v7-h117-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97116", 12)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // A note of a tab, spaces and line breaks only on a PTA's 97110 with a diagnosis: note missing only.
        ["v7-h117-whitespace-only-97110"] = new(
            "\t  \n\n   \n",
            ["M62.81"], [PTA("97110", 15)], [At(NoteMissing, "97110")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h117-empty-note-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 20)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on a CST note: sit-to-stand, heel raises, step-ups and seated marching with doses (technique and measure), hip and knee weakness among a negative screen (deficit); "97110 x 15 min" matches: passes.
        ["v7-h117-cst-97110-chair-and-step"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative   ROS: denies dizziness, CP, SOB
            97110 x 15 min
            Tx: sit-to-stand from the standard chair 3x8, heel raises at the counter 3x15, step-ups onto the 4 inch step 2x10, seated marching with 2 lb cuffs 2x20.
            Deficit: bilateral hip and knee extensor weakness, uses both arms and two tries to get up from the recliner.
            Bao Tran, PT
            """,
            ["M62.81"], [PT("97110", 15)], []),

        // 97530's meaning on a BRH OT note: getting into and out of the pickup, lifting the grocery bags out of the bed, carrying them up the porch steps with counts and assist (technique and measure), L shoulder and trunk weakness (deficit); "97530 — 21 min" matches: passes.
        ["v7-h117-brh-ot-97530-pickup-and-groceries"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PRINCETON)
            SAFETY SCREEN: pain 0/10; falls none; denies dizziness, CP; vitals WNL; cleared; sternal precautions lifted by the surgeon.
            97530 THERAPEUTIC ACTIVITIES — 21 min
            TREATMENT: getting in and out of the pickup mock-up with the grab handle, lifting grocery bags out of the truck bed, carrying them up the 4 porch steps.
            TARGET: L shoulder and trunk weakness after the CABG; tires and stops halfway up the steps.
            MEASURES: truck transfer 4 times SBA; 10 lb bags lifted 6 times; steps with both bags 3 times CGA.
            Grant Cottrill, OTR/L
            """,
            ["Z95.1", "M62.81"], [OT("97530", 21)], []),

        // 97140's meaning on an HSO note: thoracic PA glides grade IV, rib mobilisation and STM to the lats (technique), T-spine extension stiffness (deficit), rotation degrees (measure); "97140 — 10 min" matches: passes.
        ["v7-h117-hso-97140-thoracic-glides"] = new(
            """
            HSO SPORTS DAILY — Sandpoint
            Athlete: Mari Stenberg (swimming, 100 fly)
            CLEARANCES ON FILE: sports med clearance. RED FLAGS: none (no night pain, no weight loss). CONTRAINDICATIONS: none.
            97140 — 10 min
            Central PA glides T4-T8 grade IV, rib mobilization R ribs 5 to 7, STM to the lats and pecs.
            Deficit: thoracic extension and rotation stiffness, can't get long in the stroke.
            Seated thoracic rotation R 38 to 47 degrees after.
            Kelsey Dunaway, PT, DPT, SCS
            """,
            ["M54.6"], [PT("97140", 10)], []),

        // 97116's meaning on a CST PTA note: rollator to cane on the sidewalk, the ramp and the curb with cues (technique), short L step and forward lean (deficit), distances and assistance levels (measure); "97116 x 22 min" matches: passes.
        ["v7-h117-cst-pta-97116-rollator-to-cane"] = new(
            """
            CIMARRON SENIOR THERAPY — STILLWATER      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative   ROS: denies dizziness
            97116 x 22 min
            Tx: gait training from the rollator to the quad cane on the sidewalk, the ramp and the curb at the church lot, cues for upright trunk and a longer L step.
            Deficit: short L step and forward lean after the L hip fracture.
            Measures: 300 ft quad cane CGA on the sidewalk; ramp and curb with SBA.
            Wendell Pickard, PTA
            """,
            ["S72.002D"], [PTA("97116", 22)], []),

        // BRH screen-only generic 97110: "SAFETY SCREEN: negative, denies pain, dizziness and falls; vitals stable; cleared. Therapeutic exercise per POC. Tolerated well, no c/o. Continue POC." — no technique, deficit or measure (denials are not deficits).
        ["v7-h117-brh-screen-only-generic-97110"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (ATHENS)
            SAFETY SCREEN: negative; denies pain, dizziness and falls; vitals stable; red flags negative; cleared to treat.
            97110 THER EX — 14 min
            TREATMENT: therapeutic exercise per POC.
            RESPONSE: tolerated well, no c/o. Continue POC.
            POST VITALS: stable.
            Tasha Lilly, PTA
            """,
            ["M62.81"], [PTA("97110", 14)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // CST generic 97112 with the screens all negative and "One-on-one: Y": "Balance training. Tolerated well, no LOB, no c/o. Continue POC." — no technique, deficit or measure; one-on-one stated.
        ["v7-h117-cst-generic-balance-training-one-on-one"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none   ORTHOSTATICS: negative
            ROS: denies dizziness, weakness, numbness
            One-on-one: Y
            97112 x 22 min
            Tx: balance training.
            Tolerated well, no LOB, no c/o. Continue POC.
            Loretta Haskins, PT, GCS
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // HSO generic two-code note with each code's minutes ("97110 — 15 min", "97140 — 10 min"): "Ther ex and manual per protocol. Tolerated well. Cleared to continue." — no technique, deficit or measure for either; minutes match.
        ["v7-h117-hso-generic-two-codes-with-minutes"] = new(
            """
            HSO SPORTS DAILY — Coeur d'Alene
            CLEARANCES ON FILE: yes. RED FLAGS: none. CONTRAINDICATIONS: none.
            97110 — 15 min
            97140 — 10 min
            Ther ex and manual per protocol. Tolerated well. Cleared to continue.
            Mackenzie Ruud, PTA
            """,
            ["M25.561"], [PTA("97110", 15), PTA("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // ---------------------------------------------------------------- ordinary notes

        // BRH 97112 for a railroad car inspector: full screen, "1:1", beam walking and foam perturbations, proprioception after an ankle fracture, Berg and beam steps; heading 24 matches: passes.
        ["vord-h117-brh-car-inspector-nmr"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (BLUEFIELD)
            SAFETY SCREEN — complete before treatment
            Pain now: 1/10. Falls since last visit: none. New meds: none. Chest pain / SOB: denies. Dizziness: denies. Red flags: negative. Precautions: WBAT. Vitals pre: BP 138/86, HR 78, SpO2 98%. Cleared to treat: yes.
            97112 NEUROMUSCULAR RE-ED — 24 min
            Delivery: 1:1.
            TREATMENT: walking the 4 inch beam forward and back, perturbations standing on foam, stepping onto the ballast-box mock-up and balancing.
            TARGET: R ankle proprioception after the R ankle ORIF; he has to walk ballast along the Bluefield yard.
            MEASURES: Berg 49/56; 12 beam steps without stepping off.
            POST VITALS: BP 140/84, HR 82. No c/o.
            Donnie Kessinger, PT
            """,
            ["S82.851D"], [PT("97112", 24)], []),

        // BRH 97110 knee: screen, leg press, step-downs and TKE with doses; strength WNL except L quad 4-/5; heading 15 matches: passes.
        ["vord-h117-brh-knee-97110"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PRINCETON)
            SAFETY SCREEN: pain 2/10; falls none; denies CP, SOB; vitals pre BP 124/78; cleared. Precautions: none.
            97110 THER EX — 15 min
            TREATMENT: leg press 80 lb 3x12, lateral step-downs off the 6 inch step 3x10, TKE with the blue band 3x15.
            TARGET: strength WNL except L quad 4-/5 after the L TKA; ROM 2 to 112 degrees.
            Tasha Lilly, PTA
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 15)], []),

        // BRH 97140 neck for the quilter: screen with red flags cleared, suboccipital release and C-spine glides, R rotation stiffness, degrees; heading 10 matches: passes.
        ["vord-h117-brh-quilter-cervical-97140"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (ATHENS)
            SAFETY SCREEN: pain 3/10; red flags negative (no arm weakness, no dizziness, no visual change, VBI screen negative); vitals pre BP 130/80; cleared.
            97140 MANUAL THERAPY — 10 min
            TREATMENT: suboccipital release, R C4-5 unilateral PA glides grade III, STM to the R upper trap.
            TARGET: R cervical rotation stiffness from bending over the quilt frame at the church hall.
            MEASURES: rotation R 50 to 62 degrees after.
            Maribeth Shrewsbury, PT, DPT
            """,
            ["M54.2"], [PT("97140", 10)], []),

        // BRH 97112 + 97116 for a stroke survivor with both headings matching; 1:1; stepping and foam with Berg; gait with the AFO and distance; R hemiparesis among normal cognition: passes.
        ["vord-h117-brh-stroke-nmr-and-gait"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PRINCETON)
            SAFETY SCREEN: pain 0/10; falls none; denies CP, SOB, dizziness, new weakness; vitals pre BP 146/88, HR 74 (cleared per parameters); cognition intact.
            97112 NEUROMUSCULAR RE-ED — 23 min
            Delivery: 1:1.
            TREATMENT: weight shifts onto the R with tapping to the glutes, step-and-stick with the R leading, foam stance. TARGET: R hemiparesis with poor R weight acceptance after the L CVA. MEASURES: Berg 41/56.
            97116 GAIT TRAINING — 12 min
            TREATMENT: gait with the AFO and quad cane, cues for R knee flexion in swing. TARGET: R knee hyperextension in stance. MEASURES: 250 ft quad cane CGA.
            Maribeth Shrewsbury, PT, DPT
            """,
            ["I69.351"], [PT("97112", 23), PT("97116", 12)], []),

        // BRH OT 97530 for the school-bus driver's shoulder: screen, reaching to the mirror adjuster, pulling the door lever, lifting the cooler; R shoulder weakness; counts and load; heading 17 matches: passes.
        ["vord-h117-brh-ot-bus-driver-shoulder-97530"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (BLUEFIELD)
            SAFETY SCREEN: pain 2/10; falls none; precautions: no lifting over 15 lb; cleared.
            97530 THERAPEUTIC ACTIVITIES — 17 min
            TREATMENT: reaching up to the mirror adjuster in the driver's seat mock-up, pulling the door lever, lifting the 10 lb cooler onto the seat.
            TARGET: R shoulder elevation weakness after the rotator cuff repair.
            MEASURES: door lever 10 pulls without substitution; cooler lifted 5 times.
            Grant Cottrill, OTR/L
            """,
            ["M75.121", "Z98.890"], [OT("97530", 17)], []),

        // BRH PTA 97112 for Parkinson's: 1:1, big stepping and turning drills, dual-task walking, freezing among a negative screen, TUG and 360 turn steps; heading 22 matches: passes.
        ["vord-h117-brh-pta-parkinsons-turns"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (ATHENS)
            SAFETY SCREEN: pain 0/10; falls none; orthostatics negative (lying 128/76, standing 122/74); cleared.
            97112 NEUROMUSCULAR RE-ED — 22 min
            Delivery: one-on-one.
            TREATMENT: big-step turning drills around the cone, dual-task walking naming counties, weight shifts with arm reaches.
            TARGET: freezing on turns and postural instability with Parkinson's disease.
            MEASURES: TUG 14.1 sec; 360-degree turn in 9 steps.
            Tasha Lilly, PTA
            """,
            ["G20.A1"], [PTA("97112", 22)], []),

        // BRH 97112 + 97110 + 97140 (three codes, each heading matches); 1:1; foam and perturbations with SLS; hip exercise with doses; ankle glides with degrees; after an ankle fracture: passes.
        ["vord-h117-brh-three-codes"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (PRINCETON)
            SAFETY SCREEN: pain 1/10; falls none; denies dizziness; vitals pre BP 118/70; cleared.
            97112 NEUROMUSCULAR RE-ED — 16 min — Delivery: 1:1. Single-leg stance on foam with perturbations, rocker board. Target: L ankle proprioception. SLS L 9 sec.
            97110 THER EX — 12 min — calf raises 3x15, band eversion 3x12. Target: L calf and peroneal weakness.
            97140 MANUAL THERAPY — 10 min — talocrural posterior glides grade III, STM to the calf. Target: L DF stiffness. DF 5 to 11 degrees.
            Donnie Kessinger, PT
            """,
            ["S82.62XD"], [PT("97112", 16), PT("97110", 12), PT("97140", 10)], []),

        // BRH complete 97112 (1:1; foam and beam; proprioception; Berg) sent with no diagnosis.
        ["vord-h117-brh-no-diagnosis"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (BLUEFIELD)
            SAFETY SCREEN: pain 0/10; falls none; denies dizziness; cleared.
            97112 NEUROMUSCULAR RE-ED — 23 min
            Delivery: 1:1.
            TREATMENT: beam walking, foam stance eyes closed, perturbations.
            TARGET: proprioceptive loss in both feet.
            MEASURES: Berg 46/56.
            Donnie Kessinger, PT
            """,
            [], [PT("97112", 23)], [Dx]),

        // CST 97112 for the retired jet mechanic: falls and orthostatic screens, 1:1, reactive stepping and foam, slow lateral stepping, Mini-BESTest; "97112 x 24 min" matches: passes.
        ["vord-h117-cst-jet-mechanic-nmr"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: one, stepping off the patio
            ORTHOSTATICS lying → standing: 142/84 HR 64 → 138/82 HR 70, negative
            ROS: denies dizziness, CP, SOB   COGNITION: intact   VISION: bifocals, advised to look through the top on the steps
            1:1: Y
            97112 x 24 min
            Tx: lateral reactive stepping to pushes, foam stance with reaching, step-downs from the curb with a stop.
            Deficit: slow lateral protective stepping; retired from 28 years on the T-38 line at Vance and now trips off the patio.
            Measures: Mini-BESTest 19/28.
            Loretta Haskins, PT, GCS
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // CST OT 97530 for the widow with the porch cats: carrying the cat food bag, bending to the bowls, stepping through the screen door; low back and hip weakness; counts; "97530 x 20 min" matches: passes.
        ["vord-h117-cst-ot-porch-cats-97530"] = new(
            """
            CIMARRON SENIOR THERAPY — PONCA CITY (home program check at Prairie Rose)
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative   ROS: denies dizziness
            97530 x 20 min
            Tx: carrying a half-full cat food bag, squatting to fill the bowls and standing back up, stepping through the screen door while holding it.
            Deficit: hip and trunk weakness, she holds the door frame to get up from the bowls.
            Measures: bowls filled and back up 6 times SBA; bag carried 25 ft 3 times.
            Renata Holloway, OTR/L
            """,
            ["M62.81", "R26.89"], [OT("97530", 20)], []),

        // CST PTA 97110 for the dominoes player: negative screen, chair rise, hip abduction and heel raises with doses; L hip weakness; "97110 x 13 min" matches: passes.
        ["vord-h117-cst-pta-dominoes-97110"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative   ROS: denies dizziness, CP, SOB
            97110 x 13 min
            Tx: chair rise 3x8, standing hip abduction with 2 lb cuffs 2x12, heel raises 3x15.
            Deficit: L hip abductor weakness after the L THA; ROM WNL.
            Wendell Pickard, PTA
            """,
            ["Z96.642"], [PTA("97110", 13)], []),

        // CST 97112 + 97110 for the church organist, both "x" minutes matching; 1:1; head-turn walking and foam; step-ups with doses; sway and hip weakness; TUG: passes.
        ["vord-h117-cst-organist-two-codes"] = new(
            """
            CIMARRON SENIOR THERAPY — STILLWATER      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: 126/72 → 124/74, negative   ROS: denies dizziness
            1:1: Y
            97112 x 23 min — walking with head turns, foam stance eyes closed, stepping on and off the organ-bench height step; sway turning on the bench; TUG 12.2 sec.
            97110 x 12 min — step-ups 2x10, sit-to-stand 3x8; hip extensor weakness.
            Bao Tran, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 12)], []),

        // CST PTA 97116 at Prairie Rose for the wheat farmer: cane gait to the dining room and over the threshold; short step; distance and assist; "97116 x 18 min" matches: passes.
        ["vord-h117-cst-pta-wheat-farmer-gait-97116"] = new(
            """
            CIMARRON SENIOR THERAPY — PRAIRIE ROSE ASSISTED LIVING, PONCA CITY
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative   ROS: denies dizziness, CP
            97116 x 18 min
            Tx: gait training with the cane to the dining room and over the door threshold, cues for heel strike and turning wide.
            Deficit: short R step and a shuffle on turns; 60 years on the wheat farm, new to the cane.
            Measures: 350 ft cane SBA; threshold 4 times without a catch.
            Wendell Pickard, PTA
            """,
            ["R26.89"], [PTA("97116", 18)], []),

        // CST 97112 with vitals before and after and a pain score of zero beside the real deficit and measure; 1:1; gaze stabilisation and habituation; vestibular; DGI; "97112 x 21 min" matches: passes.
        ["vord-h117-cst-vestibular-pre-post-vitals"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            PRE: BP 132/78, HR 70, pain 0/10   POST: BP 134/80, HR 76, pain 0/10
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative
            1:1: Y
            97112 x 21 min
            Tx: gaze stabilization with the card at arm's length, habituation to bending and looking up, walking with head turns.
            Deficit: L vestibular hypofunction, dizzy looking up to the top shelf.
            Measures: DGI 18/24.
            Loretta Haskins, PT, GCS
            """,
            ["H81.22"], [PT("97112", 21)], []),

        // CST complete 97112 (1:1; tandem and foam; sway; Berg) whose claim carries "pending" as the diagnosis: not a well-formed code.
        ["vord-h117-cst-diagnosis-pending"] = new(
            """
            CIMARRON SENIOR THERAPY — STILLWATER      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   ORTHOSTATICS: negative
            1:1: Y
            97112 x 23 min
            Tx: tandem at the counter, foam stance with head turns.
            Deficit: postural sway with eyes closed.
            Measures: Berg 45/56.
            Bao Tran, PT
            """,
            ["pending"], [PT("97112", 23)], [Dx]),

        // HSO 97112 for the wakeboarder's return: 1:1, perturbations on the BOSU, lateral hops; R knee proprioception; hop and count; "97112 — 22 min" matches: passes.
        ["vord-h117-hso-wakeboarder-nmr"] = new(
            """
            HSO SPORTS DAILY — Coeur d'Alene
            Athlete: Brynn Moe (wakeboard)
            CLEARANCES ON FILE: ortho clearance for jumping. CONCUSSION STATUS: none. RED FLAGS: none. CONTRAINDICATIONS: none.
            RTS CHECKLIST: ☑ full ROM  ☑ no effusion  ☐ hop LSI at goal
            Session type: ☒ 1:1  ☐ semi-private
            97112 — 22 min
            BOSU perturbations in a board stance, lateral hops to a stick, single-leg squat with eyes closed.
            Deficit: R knee proprioception after the R ACL reconstruction.
            Single-leg hop R 119 cm (L 134 cm); 8 of 10 hops stuck.
            Kelsey Dunaway, PT, DPT, SCS
            """,
            ["S83.511D"], [PT("97112", 22)], []),

        // HSO 97110 for the catcher: squats, lateral lunges and hip airplanes with doses; L hip weakness in the crouch; "97110 — 14 min" matches: passes.
        ["vord-h117-hso-catcher-97110"] = new(
            """
            HSO SPORTS DAILY — Post Falls HS training room
            Athlete: Abby Krantz (softball, catcher)
            CLEARANCES ON FILE: sports med clearance. RED FLAGS: none.
            97110 — 14 min
            Goblet squats 25 lb 3x10, lateral lunges 3x8 each side, hip airplanes 2x6.
            Deficit: L hip abductor and external rotator weakness, knee caves coming out of the crouch.
            Mackenzie Ruud, PTA
            """,
            ["M62.81"], [PTA("97110", 14)], []),

        // HSO 97140 for the mountain-bike racer's wrist: radiocarpal glides and STM; wrist extension stiffness; degrees; "97140 — 9 min" matches: passes.
        ["vord-h117-hso-biker-wrist-97140"] = new(
            """
            HSO SPORTS DAILY — Sandpoint
            Athlete: Rory Pettersen (mountain bike, cross-country)
            CLEARANCES ON FILE: hand surgeon clearance, scaphoid healed on CT. RED FLAGS: none.
            97140 — 9 min
            Radiocarpal dorsal and volar glides grade III, STM to the wrist flexors.
            Deficit: R wrist extension stiffness after the scaphoid fracture, can't weight the bars.
            Wrist extension R 48 to 57 degrees after.
            Ramon Ybarra, PT, ATC
            """,
            ["S62.001D"], [PT("97140", 9)], []),

        // HSO 97112 + 97110 for the ski patroller, each with its minutes; 1:1; skater hops and perturbations with Y-balance; step-downs with doses; R knee control and quad weakness: passes.
        ["vord-h117-hso-ski-patrol-two-codes"] = new(
            """
            HSO SPORTS DAILY — Sandpoint
            Athlete: Kari Hovland (ski patrol)
            CLEARANCES ON FILE: ortho clearance for sport. RED FLAGS: none.
            Session type: ☒ 1:1  ☐ semi-private
            97112 — 22 min: skater hops to a stick, perturbations in a ski stance on the foam. Deficit: R knee control after the R ACL reconstruction. Y-balance anterior R 60 cm (L 67 cm).
            97110 — 13 min: eccentric step-downs 3x10, wall sits 3 x 45 sec. Deficit: R quad weakness.
            Kelsey Dunaway, PT, DPT, SCS
            """,
            ["S83.511D"], [PT("97112", 22), PT("97110", 13)], []),

        // HSO PTA 97116 on the track after an Achilles repair: heel-toe gait drills out of the boot, cues for push-off; short L stance; distance and assist; "97116 — 16 min" matches: passes.
        ["vord-h117-hso-pta-achilles-gait-97116"] = new(
            """
            HSO SPORTS DAILY — Coeur d'Alene
            Athlete: Dane Hagen (high-school track, hurdles)
            CLEARANCES ON FILE: surgeon clearance out of the boot. RED FLAGS: none; calf soft, no DVT signs.
            97116 — 16 min
            Gait training out of the boot on the track with heel-toe cues, backward walking, cues for L push-off.
            Deficit: short L stance and no push-off after the L Achilles repair.
            800 ft independent without the boot; L push-off on 6 of 10 observed steps.
            Mackenzie Ruud, PTA
            """,
            ["S86.012D"], [PTA("97116", 16)], []),

        // HSO 97112 for a concussion return: symptom screen all zero, 1:1, gaze stabilisation during walking and ball catches; vestibulo-ocular deficit; VOMS change and tandem; "97112 — 23 min" matches: passes.
        ["vord-h117-hso-concussion-gaze-nmr"] = new(
            """
            HSO SPORTS DAILY — Post Falls HS training room
            Athlete: Wyatt Lund (football, receiver)
            CLEARANCES ON FILE: sports med cleared for the graded exertion steps. CONCUSSION STATUS: symptom score 0 at rest. RED FLAGS: none.
            Session type: ☒ 1:1  ☐ semi-private
            97112 — 23 min
            Gaze stabilization while walking, catching tossed balls with head turns, tandem walking with eyes closed.
            Deficit: vestibulo-ocular reflex provokes a headache with quick horizontal head turns.
            VOMS horizontal VOR symptom change 2 (5 last week); tandem gait 14 sec.
            Ramon Ybarra, PT, ATC
            """,
            ["S06.0X0D"], [PT("97112", 23)], []),

        // BRH 97112 with its contraindication and precaution checklist fully ticked ("☑ no pacemaker ☑ no DVT ☑ no open wounds") and the real deficit; 1:1; perturbations and foam; ankle strategy; FGA; heading 24 matches: passes.
        ["vord-h117-brh-contraindication-checklist"] = new(
            """
            BLUESTONE REGIONAL HOSPITAL — OUTPATIENT REHABILITATION (ATHENS)
            SAFETY SCREEN: pain 0/10; falls none; denies dizziness.
            CONTRAINDICATIONS / PRECAUTIONS: ☑ no pacemaker  ☑ no DVT signs  ☑ no open wounds  ☑ no anticoagulant change  Cleared to treat: yes.
            97112 NEUROMUSCULAR RE-ED — 24 min
            Delivery: 1:1.
            TREATMENT: perturbations at the pelvis on foam, tandem with head turns, stepping reactions to the clock numbers.
            TARGET: slow ankle and hip strategy, falls backward reaching into the dryer.
            MEASURES: FGA 20/30.
            Maribeth Shrewsbury, PT, DPT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
