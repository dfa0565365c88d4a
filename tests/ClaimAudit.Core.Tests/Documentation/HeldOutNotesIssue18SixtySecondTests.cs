using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The sixty-second held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not read
/// the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder
/// (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of outpatient therapy for the oldest old — patients 85 to 102 — and the people around
/// them: daughters, sons, a husband of 97, a wife of 68 years, grand-nieces, agency caregivers, assisted-living
/// aides and memory-care CNAs in the room or out in the car; hearing aids, a pocket talker and lip-reading; memory
/// loss with the same cue given again and again; walkers and wheelchairs brought from home; families asked to
/// practise; home-safety talk; a patient who naps before her session and one who is worn out after a night with a
/// puppy; a great-grandchild's wedding as the goal — about two thirds ordinary and complete (70 of 103), single- and
/// multi-code visits (97110, 97112, 97116, 97140, 97530, up to three in a visit), by PTs, PTAs and OTs, from five
/// employers:
/// <list type="number">
/// <item>a geriatric-focused private practice on Florida's southern Gulf coast ("Myakka Senior Physical Therapy":
/// Venice, Englewood, North Port, Port Charlotte) with a "Who came / Hearing / Session type" header, a cane from
/// home lowered two notches, worn tennis balls swapped for glides, a visiting son's rental sedan, the paratransit
/// van, a lanai step for a woman with macular degeneration, a box step for a great-grandson's wedding, Tai Chi for
/// Rehabilitation, a tub mock-up with a transfer bench;</item>
/// <item>a Cape Cod hospital's outpatient department ("Nauset Regional Hospital — Outpatient Rehabilitation":
/// Hyannis, Falmouth, Orleans, Sandwich) on a hospital template (TREATMENT ENCOUNTER, INTERVENTIONS / MIN,
/// IMPAIRMENTS, OUTCOME, a CHARGES block with clock times, "Delivery: Individual / Concurrent / Group", a blank
/// one-on-one row), a daughter listening by speakerphone, the Otago strength set, a LiteGait harness, Mulligan
/// mobilisation with movement, Vodder lymph drainage, Friday chowder, the Route 6A house;</item>
/// <item>the therapy center inside a continuing-care retirement community ("Larkspur Hill Therapy Center",
/// Emmaus, Pennsylvania) seeing residents of the Cottages (independent living), Maple Court (assisted living) and
/// Juniper House (memory support) — "Resident of / Escorted by / Attendance" boxes, a husband and wife who are
/// both patients, two residents walked to the dining hall together, LiFE in the model kitchen, a Sara Stedy for a
/// 101-year-old, the chapel steps and pew, HABAM;</item>
/// <item>a neuro clinic seeing Parkinson's disease, Lewy body, Alzheimer's and vascular dementia ("Salt City Neuro
/// &amp; Memory Rehab": Syracuse, Cicero, Camillus, Auburn) with a neuro re-ed checklist, a "was the pt the only
/// pt …? Y" row, the Dividat Senso, a U-Step walker with its laser, Vivifrail's printed passport, Teepa Snow's
/// hand-under-hand, rhythmic auditory cueing, the Mathias Get Up and Go grade, a nap between two parts of a
/// session, a husband pushing the wheelchair behind;</item>
/// <item>a rural clinic in Michigan's Upper Peninsula ("Hiawatha Rural Health — Rehab": Manistique, Munising,
/// Newberry and an Engadine outreach clinic) whose PTs, PTA and OT write first-person prose: a woodshed fall,
/// firewood in a canvas sling, deer camp and the blind, the ice-fishing shanty, an outhouse seat, St. Francis and a
/// June wedding, eye appointments in the Soo, hearing-aid batteries from a coat pocket, a folded gym mat and a couch
/// cushion as soft surfaces.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h62-…): one-on-one in these writers' own words ("was my one patient for all 23 min of 97112 —
/// Karen sat in", "Individual session: this PT treated only this pt during the timed minutes below", "One clinician,
/// one patient", "Treated individually … (he is not a patient here)", "She was the only patient I treated in that
/// hour", "one to one" with a pocket talker and a daughter on speakerphone, "1:1 — me and Mr. Oduya only for all
/// 21 min of 97112" with the memory-care CNA staying), notes that negate it (a husband and wife who are both
/// patients, the PT moving between them; the PT crossing the gym to a frozen patient; intake paperwork for the next
/// patient while this one rested) or never state it (a wife of 68 years practising the catch), and a 97116 with two
/// residents walked together, which has no one-on-one check (only 97112 is the one-on-one code in the shipped
/// medicare profile);</item>
/// <item>class 2 (v2-h62-…): template states: "Session type: ☒ Individual (1 therapist : 1 pt)", "Delivery: ☐
/// Individual ☒ Concurrent", a one-on-one row with neither box ticked, cue and assistance grids with CGA ticked, a
/// neuro re-ed checklist and impairment row all unticked beside "as tolerated", a "Level of assist: ____" line left
/// blank, a family-training box, a vitals and fatigue grid, "Resident of / Escorted by / Attendance" boxes, a "was
/// the pt the only pt …? Y" row, cognition and hearing-aid boxes, technique boxes ticked and deficit boxes all
/// empty;</item>
/// <item>class 3 (v3-h62-…): named programmes, protocols and devices as techniques (the Otago strength set,
/// Vivifrail's passport, LiFE, the Dividat Senso, a U-Step walker's laser with a metronome, a LiteGait harness,
/// Mulligan mobilisation with movement, Vodder manual lymph drainage, a Sara Stedy, hand-under-hand guidance), the
/// Otago balance set with no number and Tai Chi for Rehabilitation with no deficit;</item>
/// <item>class 4 (v4-h62-…): deficits stated as findings ("I can't tell where my feet are on the carpet", a missed
/// lanai step with macular degeneration, feet that stick at the doorway, steps that shorten down the hall, a towel
/// bar pulled out of the wall, a bra she cannot hook, overshooting the cup, knees that stay bent over the walker,
/// the R arm in the L sleeve, a goal of standing for the vows) and notes that state none (a Wednesday workout with
/// nothing wrong, a 97112 whose screen is all normal);</item>
/// <item>class 5 (v5-h62-…): measures in their usual forms (HABAM, the Performance-Oriented Mobility Assessment in
/// two parts, the Mathias Get Up and Go grade, SPPB with its parts, 4-m gait speed, assistance levels on a tub
/// bench, rotation degrees before and after, the 30-second chair stand, grip and pinch kg) and notes with none ("much
/// steadier than last week per pt and her daughter", an SUV transfer that "did better than Monday", a rollator walk
/// with a wheelchair behind);</item>
/// <item>class 6 (v6-h62-…): minutes in their usual forms (in words, clock times per code in a CHARGES block, an
/// h:mm column, a timed total with its parts, two parts around a nap, "(23 mins)", a Start / Stop pair, PT then OT
/// back to back), true mismatches (NMR stopped "after 13 min" against 25, 30 against 18, a PTA's 12 against 24, the
/// second of two codes) and truly missing separate time (a combined total, manual therapy without minutes beside two
/// timed codes);</item>
/// <item>class 7 (v7-h62-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (a 98-year-old former swim instructor's hip programme), 97530 (pill
/// organizer, mail up the cottage steps, a reacher), 97140 (ankle glides after a boot) and 97116 (a hemi-walker
/// around the coffee table), and wholly generic 97110, 97112 + 97116 and 97530 notes;</item>
/// <item>ordinary (vord-h62-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code, a generic two-code note
/// with a total, a PTA's ther-ex time that differs, an OT's time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — family, agency caregivers,
/// aides and CNAs in the room (none of them a patient, so none of them makes a session a group), ages, dates,
/// years married, chair and step heights, a hearing-aid battery size, a nap or a caregiver's teaching kept off the
/// clock — and each is written so that a reviewer cannot take it for a code's minutes or a measure.
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
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 91 of 103 cases agree (101 needed), and 10 of the 70 notes the reviewer passes got a finding, on the
/// analyzer of 594db77 (the start of the 2026-12-05 eighth session) — its first run: nothing had changed before it, so this is
/// also the held-out figure.
/// </para>
/// <para>
/// After: development data from that run, worked through (with three read-only reviews of the readings): 103 of 103, no false
/// positive — the oldest old with family in the room: "my one patient for all 23 min", "him and me only, his daughter out in the truck", "just the pt and me in the clinic", "Just Mrs. Ferrante and me for all of it", "semi-tandem" (no semi-private), "part 1: 11 min · part 2: 12 min → 23 min", "36 minutes together", HABAM, the Dividat Senso. New examples in NotesAsWrittenTests "fifty-eighth-to-sixty-second-sets", the reviews' controls in
/// "review-of-the-fifty-eighth-to-sixty-second", "second-review-…" and "third-review-…".
/// </para>
/// </summary>
public class HeldOutNotesIssue18SixtySecondTests(ITestOutputHelper output)
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

        // Venice, 94, daughter in the room: "Mrs. Albrecht was my one patient for all 23 min of 97112 — Karen sat in … not treated": one-on-one; unannounced nudges, foam head turns, tap-downs; late protective step and lost foot sensation; k of 10 and seconds; 23 matches: passes.
        ["v1-h62-venice-daughter-sat-in-one-patient"] = new(
            """
            MYAKKA SENIOR PHYSICAL THERAPY — Venice
            Pt 94, came w/ daughter Karen (drives her Tuesdays). Hearing aids in; spoke on her L side, she lip-reads.
            Mrs. Albrecht was my one patient for all 23 min of 97112 — Karen sat in by the window, not treated.
            97112 NMR 23 min
              • unannounced nudges at the pelvis in narrow stance (fwd/back/sideways) → step to recover
              • foam pad stance w/ slow head turns, hands hovering over the counter
              • tap-downs to a low step leading w/ the R
            Targets: late, short protective step + ↓ sensation in both feet (vibration absent at the toes)
            Nudges recovered w/ one step 6/10 (3/10 in Jan); foam EO 14 s
            Karen to practice the counter sway with her at home once a day.
            """,
            ["R29.6", "G62.9"], [PT("97112", 23)], []),

        // Hyannis hospital, 91, agency aide watching ("staff, not a patient"): "Individual session: this PT treated only this pt during the timed minutes below"; 97112 21 and 97110 15 in the MIN column both match; wobble-cushion stabilization and reaches; sit-to-stand, heel raises, hip abduction with doses; trunk postural control and abductor weakness; POMA: passes.
        ["v1-h62-hyannis-agency-aide-watched-individual"] = new(
            """
            NAUSET REGIONAL HOSPITAL · Outpatient Rehabilitation · Hyannis
            TREATMENT ENCOUNTER — PT
            Pt 91, accompanied by her aide from the home-care agency (Donna), who stayed in the gym and watched; she is staff, not a patient.
            Individual session: this PT treated only this pt during the timed minutes below.
            INTERVENTIONS                                   MIN
              97112 Neuromuscular re-education               21
                 seated rhythmic stabilization on a wobble cushion; reaching across midline to targets outside her base; sit → stand with a pause at half-rise
              97110 Therapeutic exercise                     15
                 sit-to-stand from 20" w/o arms 3 x 5; seated heel/toe raises 2 x 15; standing hip abduction at the rail 2 x 10 each
            IMPAIRMENTS: trunk postural control ↓ (falls back into the chair on rising); B hip abductor weakness 3+/5
            OUTCOME: Performance-Oriented Mobility Assessment 17/28 (14 at eval)
            """,
            ["R26.81", "M62.81"], [PT("97112", 21), PT("97110", 15)], []),

        // Larkspur Hill: Mr. and Mrs. Lindqvist, both on the PT caseload, seen together 2:00–2:25 with the PT moving between them: another patient in the block, nothing states one-on-one; rail tandem, noodle step-overs, foam EC; somatosensory loss; steps and seconds: one-on-one missing.
        ["v1-h62-larkspur-husband-and-wife-both-patients"] = new(
            """
            LARKSPUR HILL THERAPY CENTER (Emmaus, PA) — PT daily note
            Mr. and Mrs. Lindqvist (both on PT caseload, each with own note and charges) seen together in the Wellness Center gym 2:00–2:25; PT moved between them. This note is Mrs. Lindqvist's.
            97112 — 25 min
              - tandem walk along the handrail w/ head turns
              - stepping over a pool noodle laid across the floor, then over two
              - foam stance, eyes closed, arms crossed
              - Deficit: somatosensory loss B feet + slowed ankle strategy; 2 falls in her cottage since Christmas
              - Tandem walk 8 steps w/o touching the rail; foam EC 6 s
            Age 89; Cottages resident; walks to the dining hall with a cane.
            """,
            ["R26.81", "R29.6"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Cicero PD, 88: "I went across the gym to help another patient who had frozen in the doorway; Mike guarded him until I came back" inside the NMR, nothing states one-on-one; weight shifts, belt release, taped-square turns; retropulsion and freezing; pull test and turn steps: one-on-one missing.
        ["v1-h62-cicero-pt-crossed-gym-to-frozen-pt"] = new(
            """
            SALT CITY NEURO & MEMORY REHAB — Cicero
            88 y/o w/ Parkinson's; son Mike brought him and stayed.
            NMR (97112) 22 min:
              big lateral weight shifts to targets on the wall, backward stepping to a belt release, turning in a taped square w/ counting out loud
            While he worked on the turns, I went across the gym to help another patient who had frozen in the doorway; Mike guarded him until I came back.
            Postural instability — retropulsion on the pull test; festinates and freezes on turns
            Pull test 3 steps; 180° turn 6 steps
            """,
            ["G20.A1"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Manistique prose, 93: wife Lorraine practised the gait-belt hold "with me during the last few reps"; a complete NMR (pushes EO/EC, folded-mat step-ups, turning to the clock; proprioception and slow stepping; Berg and seconds) but nothing says one-on-one: one-on-one missing.
        ["v1-h62-manistique-wife-practised-never-stated"] = new(
            """
            Hiawatha Rural Health — Rehab, Manistique
            Daily note — PT
            Arnold, 93. Wife Lorraine (married 68 yrs) came in today so she can help at home — practiced the gait-belt hold and the "catch" with me during the last few reps.
            97112 24 min:
              • lateral and backward reactive stepping to pushes at the shoulders, eyes open then closed
              • stepping up onto and off a folded gym mat (soft surface) w/ a pause on top
              • standing on the mat turning to look at the clock behind him
            Why: slow stepping responses, sways more w/ eyes closed (poor proprioception, neuropathy both legs); fell in the woodshed in Jan.
            Berg 41/56; Romberg on the mat 9 s
            """,
            ["G62.9", "R29.6"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Munising PTA, 90: "One clinician, one patient for the whole NMR: PTA + Mr. Koski"; a battery size is not a measure; called-color stepping, bars EC backward, half-kneel on the mat; L vestibular loss; FGA and feet: passes.
        ["v1-h62-munising-pta-one-clinician-one-patient"] = new(
            """
            Hiawatha Rural Health — Rehab, Munising clinic · PTA note
            One clinician, one patient for the whole NMR: PTA + Mr. Koski, 90 (his granddaughter waited out front).
            Hearing aids whistling — put in new size 312 batteries from his coat pocket, then fine.
            97112 — 20 min
              stepping to called colors on the floor mat (he names the color back first), backward walking in the bars w/ eyes closed, half-kneel to stand on the soft mat
            Impairment: vestibular loss L (old acoustic neuroma surgery) → veers L in the dark, slow to correct
            FGA 14/30; bars EC backward 10 ft w/o a hand
            """,
            ["H81.92", "R26.81"], [PTA("97112", 20)], []),

        // Camillus OT, 86, Lewy body: "Treated individually — OT with her alone; her husband Gene … is not a patient here"; rhythmic initiation into PNF D1, closed-chain weight bearing, cup placing; bradykinesia and lost sequence; Nine-Hole Peg and k of 10: passes.
        ["v1-h62-camillus-ot-husband-repeats-cues"] = new(
            """
            SALT CITY NEURO & MEMORY REHAB — Camillus · OT
            Client, 86, Lewy body dementia. Treated individually — OT with her alone; her husband Gene sat beside her and repeated my cues into her good ear (he is not a patient here).
            OT 97112 · 24 min
              - rhythmic initiation into PNF D1 flexion/extension, R arm, passive → active-assisted → active
              - closed-chain weight bearing through the R palm on the counter while wiping w/ the L
              - reach-grasp-release of cups to a shelf at shoulder height, slow then faster
            R arm slow to start and small in range (bradykinesia + rigidity); loses the sequence mid-reach
            Nine-Hole Peg R 61 s (74 s on 3/2); cups placed 8 of 10 w/o a restart
            """,
            ["G31.83"], [OT("97112", 24)], []),

        // Englewood, 97: between rounds "I did the intake paperwork + vitals for my 10:30 new pt at the next table": attention divided, nothing states one-on-one; clock reaches, rocker board, sit-to-stand onto foam; anticipatory postural control; seconds and a count: one-on-one missing.
        ["v1-h62-englewood-intake-while-she-rested"] = new(
            """
            MYAKKA SENIOR PHYSICAL THERAPY — Englewood
            Pt 97. Son drove down from Tampa for the visit.
            97112 NMR — 23 min
              clock-reach stepping (12, 3, 6, 9) from a chair-back hold; rocker board A/P w/ both hands on the bar; sit-to-stand onto foam
            Between rounds, while she rested in the chair, I did the intake paperwork + vitals for my 10:30 new pt at the next table.
            Deficit: poor anticipatory postural control — steps late, reaches out of her base
            Rocker board 12 s w/ light touch; 5 clock reaches without a grab
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Larkspur Hill 97116 with two residents walked to the dining hall together (each her own note): 97116 has no one-on-one check; rollator on the covered walkway, fire door, carpet strip, distances, SBA/CGA, shuffling; 18 matches: passes.
        ["v1-h62-larkspur-two-residents-walk-to-dining"] = new(
            """
            LARKSPUR HILL THERAPY CENTER — PT
            Walked Mrs. Pryor (this note) and Mrs. Haldeman (her own note) together from Maple Court to the dining hall — they asked to go as a pair.
            Gait training 97116 — 18 min
              rollator; Maple Court lobby → covered walkway → dining hall, 2 x 220 ft w/ a bench rest at the halfway point; practiced the heavy fire door + the carpet-to-tile strip at the entry
              cues to stay inside the rollator frame and to turn in wide arcs
              shuffles + flexed trunk when she tires; catches the rollator wheel on the carpet edge
              SBA on the walkway; CGA at the door
            Mrs. Pryor is 99 (100 in May).
            """,
            ["R26.89", "Z91.81"], [PT("97116", 18)], []),

        // Auburn PD, 87, wife on the bench: "PT hands-on with Mr. Bellini alone; no other pt in the gym this hour"; NMR 20 and gait 15 both match; release stepping, hurdles, EC stride shifts; tape-line gait with turns; hypokinesia and freezing; steps, m/s and freezes: passes.
        ["v1-h62-auburn-pd-wife-on-the-bench"] = new(
            """
            SALT CITY NEURO & MEMORY REHAB — Auburn
            Mr. Bellini, 87, PD (dx 2014). Wife Rosa on the bench by the parallel bars the whole visit — watching, not treated.
            PT hands-on with Mr. Bellini alone; no other pt in the gym this hour.
            NMR 97112 — 20 min: compensatory stepping to a quick release from a backward lean; high-knee marching over 3 hurdles w/ a count; weight shifts in stride stance w/ eyes closed
            Gait 97116 — 15 min: no device, 4 x 60 ft hallway w/ tape lines at step length; turns at the end w/ "big steps, wide turn"
            Deficits: hypokinetic small steps, freezing at the turn, slow backward protective stepping
            Backward release: 2 steps to recover (4 at eval); 10MWT 0.71 m/s; 1 freeze in 4 turns
            """,
            ["G20.A1"], [PT("97112", 20), PT("97116", 15)], []),

        // Newberry, 101, napped before the session ("started the clock when she woke"): "She was the only patient I treated in that hour"; ball sitting with bounces, EC shifts at the bars, clothespin reaches; trunk control and proprioception; k of 10 and seconds; 18 matches: passes.
        ["v1-h62-newberry-101-napped-only-patient"] = new(
            """
            Hiawatha Rural Health — Rehab, Newberry
            Mrs. Tahtinen, 101 y/o, up early for her grandson's pancake breakfast — dozed off in the chair before we started, so I let her nap and started the clock when she woke.
            She was the only patient I treated in that hour.
            NMR 97112: 18 min
              - sitting balance on the therapy ball w/ my hands at her hips, small bounces + side shifts
              - standing at the bars, slow weight shifts to each foot w/ eyes closed
              - reaching to clothespins on a line at shoulder height, one hand on the bar
            Impairments: ↓ trunk postural control and proprioception (leans back and doesn't feel it)
            Clothespins 7 of 10 w/o a loss of balance; bars EC 5 s
            """,
            ["R26.81", "Z74.09"], [PT("97112", 18)], []),

        // Orleans, 95, pocket talker over her aids, the proxy daughter on speakerphone: "Treated individually — therapist and pt, one to one"; VOR x1, Airex nods, foam marching EC; L vestibular hypofunction; DGI and DVA lines: passes.
        ["v1-h62-orleans-pocket-talker-one-to-one"] = new(
            """
            NAUSET REGIONAL HOSPITAL — Outpatient Rehab, Orleans
            Pt 95, hard of hearing — pocket talker on, headphones over her aids. Daughter (health-care proxy) listened on speakerphone from Maryland for the last part.
            Treated individually — therapist and pt, one to one.
            97112 NMR | 22 min
              · gaze stabilization: VOR x1 with the letter card, sitting then standing
              · stance on the Airex with head nods, then turning to find a target on the wall
              · marching in place on foam w/ eyes closed, fingers on the counter
            Problem: L vestibular hypofunction (vestibular neuritis 12/2025) → unsteady on head turns + in the dark
            DGI 15/24; DVA 4 lines lost
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // Juniper House (memory support), 90, with the CNA escort who stayed: "1:1 — me and Mr. Oduya only for all 21 min of 97112"; repeated questions redirected; rail side-steps to the beat, step-and-reach, sit-to-stand onto foam; timing and sequencing; k of 10 and TUG: passes.
        ["v1-h62-larkspur-juniper-cna-escort-stayed"] = new(
            """
            LARKSPUR HILL THERAPY CENTER — PT · Juniper House resident (memory support)
            Mr. Oduya, 90. Escorted over by CNA Tasha, who stayed (staff, not a pt). 1:1 — me and Mr. Oduya only for all 21 min of 97112.
            Oriented to self; asked "where's my wife?" again and again — redirected each time; cues kept short, one at a time.
            97112 · 21 min
              side-stepping along the hallway rail to music, stopping on the beat; step-and-reach to a ball held at arm's length (front, R, L); sit-to-stand onto the blue foam pad
            Impairment: poor timing + sequencing of steps, delayed postural reactions (Alzheimer's, late onset)
            Stops on the beat 6/10; TUG 24 s with his walker
            """,
            ["G30.1", "F02.80"], [PT("97112", 21)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // North Port header boxes: "☒ Individual (1 therapist : 1 pt)", family and hearing-aid boxes, a cane from home lowered; lean-and-release, ladder side-steps, foam ball toss; stepping and ankle proprioception; 4-Stage seconds; 22 matches: passes.
        ["v2-h62-north-port-session-type-individual-box"] = new(
            """
            MYAKKA SENIOR PHYSICAL THERAPY — North Port · Visit Note
            Session type:   ☒ Individual (1 therapist : 1 pt)   ☐ Group   ☐ Co-treat
            Who came:       ☒ family (granddaughter Bree)   ☐ paid caregiver   ☐ alone
            Hearing:        ☒ aids in   ☐ pocket talker   ☐ none
            Age 92 · cane from home (too tall — lowered two notches today)
            97112 — 22 min
               lean-and-release to trigger a forward step; side-stepping through a ladder on the floor; foam stance w/ ball toss to Bree
               Deficit: delayed stepping strategy; ↓ proprioception B ankles
               4-Stage Balance: semi-tandem 10 s, tandem 3 s
            """,
            ["R26.81", "R29.6"], [PT("97112", 22)], []),

        // Falmouth "Delivery: ☐ Individual ☒ Concurrent ☐ Group": not one-on-one; a complete NMR otherwise (belt perturbations, foam-block step-up holds, counted turns; reactive postural control after a hip fx; Mini-BEST): one-on-one missing.
        ["v2-h62-falmouth-delivery-concurrent-ticked"] = new(
            """
            NAUSET REGIONAL HOSPITAL — Outpatient Rehabilitation, Falmouth
            Delivery:  ☐ Individual   ☒ Concurrent   ☐ Group
            Accompanied by: ☒ spouse   Communication: ☒ hearing aids  ☐ interpreter
            Pt 88.
            97112 Neuromuscular re-ed ........ 20 min
               perturbations in stride stance at the gait belt; step-up onto a foam block and hold; turning 360° w/ a cue to count steps
               ↓ reactive postural control after a R hip fx (IM nail 11/2025)
               Mini-BEST 13/28
            """,
            ["S72.141D"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Larkspur OT in the model apartment, 96: cue boxes and "Assist: ☒ CGA", bed-making, laundry basket and blouses with "5 of 8" steps without a cue; shoulder weakness and memory loss with a stay-in-AL goal; 24 matches: passes.
        ["v2-h62-larkspur-ot-cue-and-assist-grid"] = new(
            """
            LARKSPUR HILL THERAPY CENTER — OT · Maple Court (AL) resident, 96
            TA 97530 — 24 min, model apartment in the therapy center: make the bed (fitted sheet, top sheet, spread), then a laundry basket from the closet to the chair with her walker tray, then hang 3 blouses
            Cues:    ☒ verbal   ☒ visual (photo card of each step)   ☐ tactile   ☐ none
            Assist:  ☐ Indep  ☐ SBA  ☒ CGA  ☐ Min  ☐ Mod  ☐ Max
            Steps done w/o a cue: 5 of 8 (3 of 8 last wk)
            Why: L shoulder weakness after a proximal humerus fx + short-term memory loss; goal — keep her own apartment tidy so she can stay in AL
            """,
            ["S42.202D", "R41.3"], [OT("97530", 24)], []),

        // Cicero checklist with every technique and impairment box unticked and "Balance activities as tolerated … Continue per POC": no technique, deficit, measure or one-on-one, only generic phrases; "97112  15 min" matches.
        ["v2-h62-cicero-checklist-unticked-tired"] = new(
            """
            SALT CITY NEURO & MEMORY REHAB — Cicero
            Neuro re-ed checklist
              ☐ PNF         ☐ perturbations     ☐ compliant surface
              ☐ dual-task   ☐ gaze/VOR          ☐ external cueing
            Impairment addressed:  ☐ proprioception  ☐ vestibular  ☐ postural control  ☐ freezing
            Comments: Balance activities as tolerated. Pt very tired today, daughter says she was up in the night. Continue per POC.
            97112  15 min
            """,
            ["G30.1", "F02.80"], [PT("97112", 15)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Engadine 97116 with "Level of assist: __________" left blank: walker from home, hall, ramp to the son's pickup, cues, shuffling and scuffing, but no distance, level or number but the code's minutes: measure missing.
        ["v2-h62-engadine-assist-line-left-blank"] = new(
            """
            Hiawatha Rural Health — Rehab · Engadine outreach clinic
            Gait trng 97116 — 16 min
            Front-wheeled walker brought from home (wheels sticky — sprayed them). Hallway, then out the side door and down the ramp to his son's pickup and back; cues to stand up tall and not push the walker out ahead.
            Gait: short shuffling steps, forward lean over the walker, R foot scuffs on the ramp
            Level of assist: __________
            """,
            ["R26.89"], [PT("97116", 16)], [At(Measure, "97116")]),

        // Venice "Family training today? ☒ Yes — son Doug": car transfers into a rental sedan, curbs and a low sofa with counts, min A → CGA and SBA; R TKA with a great-grandson's wedding goal; 25 matches: passes.
        ["v2-h62-venice-family-training-box-97530"] = new(
            """
            MYAKKA SENIOR PHYSICAL THERAPY — Venice
            Family training today?  ☒ Yes — son Doug (visiting from Ohio)   ☐ No
            97530 Therapeutic activities — 25 min
               car transfer into Doug's rental (sedan, low seat) w/ a plastic bag on the seat to pivot, x 3
               curb up/down w/ the rollator, x 4; Doug practiced guarding from behind w/ the gait belt
               getting up from the low sofa in our waiting room w/ a firm cushion added, x 5
            Pt 90, R TKA 8 wks ago; R knee won't bend enough for the low car seat; goal: ride to her great-grandson's wedding in Sarasota
            Min A for the first car transfer → CGA by the 3rd; curb SBA
            """,
            ["Z96.651", "Z47.1"], [PT("97530", 25)], []),

        // Sandwich pre/post vitals and a fatigue grid (vitals are not the measure here): LAQ, heel raises, step-ups, rows with doses; leg weakness after a hospital stay and the house steps; 19 matches: passes.
        ["v2-h62-sandwich-vitals-fatigue-grid-97110"] = new(
            """
            NAUSET REGIONAL HOSPITAL — Outpatient Rehab, Sandwich
            Pre/post:      BP 138/72 → 146/70     HR 68 → 84     SpO2 96% → 95%
            Fatigue:       ☐ none   ☒ mild   ☐ needed extra rest
            97110 Therapeutic exercise — 19 min
               seated LAQ w/ 2-lb cuff 2 x 12; standing heel raises at the counter 2 x 10; step-ups to a 4" block 2 x 8 each; seated rows w/ yellow band 2 x 12
               Both legs weak after 2 wks in the hospital w/ pneumonia (quads 3+/5); can't climb the 3 steps into his house w/o pulling hard on the rail
            Pt 86; wife drove.
            """,
            ["J18.9", "M62.81"], [PT("97110", 19)], []),

        // Larkspur "Resident of / Escorted by / Attendance: ☒ one-on-one" boxes, 87: PNF rhythmic stabilization in the bars, cane step-overs, rocker board with a beanbag tray; R hemiparesis with knee snapping back and proprioception; Berg and SLS; 23 matches: passes.
        ["v2-h62-larkspur-resident-of-attendance-boxes"] = new(
            """
            LARKSPUR HILL THERAPY CENTER — PT
            Resident of:   ☐ Cottages (IL)   ☒ Maple Court (AL)   ☐ Juniper House
            Escorted by:   ☒ AL aide   ☐ family   ☐ self
            Attendance:    ☒ one-on-one   ☐ concurrent   ☐ group
            Pt 87.
            97112 — 23 min
               PNF rhythmic stabilization standing in the bars; stepping over a cane laid on the floor, fwd and sideways; standing on the rocker board, then carrying a tray of beanbags to a table
               R hemiparesis (L MCA stroke 2023): late R foot clearance, R knee snaps back; ↓ R proprioception
               Berg 36/56; R SLS 2 s
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // Syracuse row "Was the pt the only pt this clinician treated during the timed minutes?  Y" with a hired aide in session; 97112 18 and 97116 14 both match; dual-task stepping, tandem with a cup; U-Step vs rollator with distances; dual-task interference and freezing; TUG-cognitive, m/s, freezes: passes.
        ["v2-h62-syracuse-only-pt-yn-row-two-codes"] = new(
            """
            SALT CITY NEURO & MEMORY REHAB — Syracuse (James St)
            Was the pt the only pt this clinician treated during the timed minutes?   Y
            Caregiver in session?   Y — hired aide, Gloria
            Pt 89.
            97112 ........ 18 min
               dual-task stepping: walk to a cone while naming her grandchildren, stopping on a clap; tandem stance near the wall holding a cup of water
            97116 ........ 14 min
               U-Step walker vs. her own rollator, 3 x 100 ft each, turning in a square taped to dining-room size; cue word "heel"
            Deficit: dual-task interference (stops walking when she talks), festinating steps, freezing at doorways (PD + mild dementia)
            TUG-cognitive 31 s; gait speed 0.52 m/s; freezes 2 of 6 doorways
            """,
            ["G20.A1", "F02.80"], [PT("97112", 18), PT("97116", 14)], []),

        // Newberry OT "Cognition today: ☒ oriented to self" and hearing-aid boxes, 91: tea-making at the stove with a step list, counts and SBA; memory loss and hand weakness with a stay-safe-alone goal; 22 matches: passes.
        ["v2-h62-newberry-ot-cognition-hearing-boxes"] = new(
            """
            Hiawatha Rural Health — Rehab, Newberry · OT
            Cognition today:  ☒ oriented to self   ☐ place   ☐ time      Hearing aids:  ☒ L   ☐ R (R one lost at church)
            Pt 91.
            TA 97530 — 22 min
               making tea at the clinic stove: fill the kettle, light the burner, pour, carry the cup to the table on a walker tray
               step list taped on the cupboard; I pointed to each step, no words
               Steps done w/o a cue 4 of 6; burner turned off 2 of 2 times w/o a reminder; SBA at the stove
               Goal (daughter's and hers): keep making her own tea safely while the daughter is at work; memory loss + L hand weakness (old wrist fx)
            """,
            ["F03.90", "M62.81"], [OT("97530", 22)], []),

        // Port Charlotte: "Delivery: 1:1", technique boxes ticked and named, Berg and seconds, but "Deficit targeted:" boxes all empty and no deficit written anywhere: deficit missing.
        ["v2-h62-port-charlotte-deficit-boxes-empty"] = new(
            """
            MYAKKA SENIOR PHYSICAL THERAPY — Port Charlotte
            Pt 93. Delivery: 1:1 — PT + pt only
            Technique:         ☒ perturbation   ☒ compliant surface   ☐ vestibular/gaze   ☐ PNF
            Deficit targeted:  ☐ somatosensory   ☐ vestibular   ☐ visual   ☐ motor control
            97112 — 20 min: nudges in narrow stance, foam stance w/ a reach to the cupboard shelf
            Berg 44/56; foam stance 20 s
            """,
            ["R26.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Hyannis "One-on-one for the billed time: [  ] Yes [  ] No", neither ticked: never stated; backward and cross-over walking, tandem with head turns, step-and-catch; neuropathic proprioception; tandem seconds and stage: one-on-one missing.
        ["v2-h62-hyannis-one-on-one-row-unticked"] = new(
            """
            NAUSET REGIONAL HOSPITAL · Outpatient Rehabilitation · Hyannis
            One-on-one for the billed time:   [  ] Yes   [  ] No
            Accompanied by: son (waited in the car)
            Pt 85.
            97112 Neuromuscular re-education   24 min
               backward walking along the rail, sideways walking w/ cross-overs, tandem stance with head turns; step-and-catch onto a mat
               ↓ proprioception B feet (diabetic neuropathy) + slow hip strategy
               Tandem 7 s; 4-Stage Balance stage 3
            """,
            ["E11.42"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes, protocols and devices as techniques

        // Sandwich Otago Exercise Programme strength set level B with cuff weights and doses; quad and abductor weakness, stairs and a stay-home goal; 20 matches: passes.
        ["v3-h62-sandwich-otago-strength-level-b"] = new(
            """
            NAUSET REGIONAL HOSPITAL — Outpatient Rehab, Sandwich
            Otago Exercise Programme — strength set, level B (pt 88, walks with a cane)
            97110 — 20 min
               front knee strengthening w/ 3-lb ankle cuff 2 x 10 each
               side hip strengthening w/ 2-lb cuff 2 x 10 each
               calf raises holding the counter 2 x 15; toe raises 2 x 15
               sit-to-stand, one hand on the chair, 2 x 10
            Quads + hip abductors weak (4-/5); tires on the stairs to her bedroom; goal — stay in her own house on Route 6A
            """,
            ["M62.81", "Z91.81"], [PT("97110", 20)], []),

        // Auburn Vivifrail passport "B" sent home with the daughter: chair squats, wall push-ups, knee extension with a cuff, calf raises with doses; leg and arm weakness with a couch limit; 17 matches: passes.
        ["v3-h62-auburn-vivifrail-passport-b"] = new(
            """
            SALT CITY NEURO & MEMORY REHAB — Auburn
            Vivifrail passport "B" (frail, falls risk) — printed pages sent home w/ daughter, pictures circled
            97110 · 17 min
               chair squats to a 19" chair 3 x 8; wall push-ups 2 x 10; seated knee extension w/ 1-kg cuff 2 x 12; calf raises w/ both hands on the chair back 2 x 10
            Weak legs + arms after a winter mostly in the recliner (mild Alzheimer's; daughter does the cueing at home); can't get up off the couch alone
            Pt 94.
            """,
            ["G30.1", "F02.80", "M62.81"], [PT("97110", 17)], []),

        // Larkspur LiFE (Lifestyle-integrated Functional Exercise) balance strategies in the model kitchen, "PT with Mrs. Vance and no one else"; lateral postural control and slow turns; seconds and turn steps: passes.
        ["v3-h62-larkspur-life-model-kitchen"] = new(
            """
            LARKSPUR HILL THERAPY CENTER — PT · Cottages resident, 86
            LiFE (Lifestyle-integrated Functional Exercise) — balance strategies built into her kitchen routine, practiced in our model kitchen:
               reduce base: feet together → semi-tandem while rinsing dishes
               shift weight: reach to the top cupboard w/ weight onto the toes, to the lower drawer w/ a hip hinge
               step over: stepping over a dog bed (her corgi's) while carrying a dish towel
               turn: 180° turns to put a cup away, slowly, counting steps
            97112 — 22 min, PT with Mrs. Vance and no one else
            Deficit: ↓ lateral postural control — sways hip to hip in narrow stance; stiff, slow turns
            Semi-tandem 30 s; tandem 9 s; 180° turn 5 steps
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // Syracuse Dividat Senso stepping plate (cognitive-motor exergame), "1:1 (pt + PT; his daughter took the video)"; slowed step initiation and L inattention; correct steps and reaction time; 19 matches: passes.
        ["v3-h62-syracuse-dividat-senso"] = new(
            """
            SALT CITY NEURO & MEMORY REHAB — Syracuse
            Dividat Senso stepping plate (cognitive-motor exergame): the simple reaction game, then a step-sequence memory game — holding the rail, then one hand off
            97112 — 19 min; 1:1 (pt + PT; his daughter took the video for the grandkids)
            Deficit: slowed step initiation + reaction time; attention drifts, misses targets to the L
            Reaction game: 41 of 60 correct steps (33 last wk); mean step reaction 1.3 s
            Pt 90, mild cognitive impairment.
            """,
            ["G31.84", "R26.81"], [PT("97112", 19)], []),

        // Camillus 97116 on a U-Step walker with its laser line and a metronome: distances, a bathroom doorway, freezes counted, CGA/SBA; freezing of gait and en-bloc turns; 21 matches: passes.
        ["v3-h62-camillus-u-step-laser-metronome"] = new(
            """
            SALT CITY NEURO & MEMORY REHAB — Camillus
            Gait 97116 — 21 min
            U-Step walker w/ the laser line on + a metronome at 96 bpm (on her own rollator she freezes)
               4 x 80 ft, then through the doorway into the bathroom mock-up, turning to sit on the toilet
               freezes at the doorway 1 of 4 passes with the laser (4 of 4 on the rollator); CGA in the doorway, SBA on the straight
            PD w/ freezing of gait, short shuffling steps, turns en bloc
            Pt 88; husband brought her and learned how to switch the laser on.
            """,
            ["G20.A1"], [PT("97116", 21)], []),

        // Falmouth 97116 in a LiteGait harness over the treadmill with support percentages and bouts of distance, then overground with the walker and CGA; knee buckling and short step after a hip fx; gait speed; 17 matches: passes.
        ["v3-h62-falmouth-litegait-treadmill"] = new(
            """
            NAUSET REGIONAL HOSPITAL — Outpatient Rehabilitation, Falmouth
            Gait training 97116 — 17 min
               LiteGait harness over the treadmill: body-weight support 20% → 10%, 0.5 mph, 3 bouts of 150 ft on the readout
               overground after: front-wheeled walker 2 x 40 ft, CGA
            R knee buckles in midstance once she tires; short L step; R hip fx (ORIF 12/2025)
            Overground gait speed 0.38 m/s
            Pt 91; daughter walked beside the treadmill.
            """,
            ["S72.001D"], [PT("97116", 17)], []),

        // Hyannis 97140 Mulligan mobilisation with movement for the knee (sets) and STM; L knee OA with stair pain; flexion degrees before and after; 12 matches: passes.
        ["v3-h62-hyannis-mulligan-mwm-knee"] = new(
            """
            NAUSET REGIONAL HOSPITAL · Outpatient Rehabilitation · Hyannis
            97140 Manual therapy — 12 min
               Mulligan mobilization with movement, L knee: medial glide of the tibia with active flexion in sitting, 3 x 6; then with sit-to-stand, 2 x 5
               soft-tissue mobilization to the L quad tendon + lateral retinaculum
            L knee OA — stiff, pain going down stairs
            L knee flexion 96° → 108°
            Pt 89; hearing aids in; demonstrated each move before doing it.
            """,
            ["M17.12"], [PT("97140", 12)], []),

        // Orleans 97140 manual lymph drainage (Vodder) sequence for the R leg; lymphedema after cellulitis with a stocking limit; calf girth before and after in cm; the daughter taught the strokes; 20 matches: passes.
        ["v3-h62-orleans-vodder-lymph-drainage"] = new(
            """
            NAUSET REGIONAL HOSPITAL — Outpatient Rehab, Orleans
            97140 — 20 min: manual lymph drainage (Vodder) R leg — neck, then axillo-inguinal anastomosis, then thigh → knee → calf → foot, clearing proximal first, strokes distal to proximal
            R leg lymphedema after a knee wound + cellulitis; her compression stocking won't go on by evening
            Girth R calf 41.5 cm → 39.0 cm (L 35 cm)
            Daughter taught the clearing strokes for the thigh; pt 90, lives with her.
            """,
            ["I89.0"], [PT("97140", 20)], []),

        // Munising Otago balance set named exercise by exercise, "just the pt and me in the clinic", proprioception and slow backward step, "Testing at the re-eval": no number but the code's minutes: measure missing.
        ["v3-h62-munising-otago-balance-no-number"] = new(
            """
            Hiawatha Rural Health — Rehab, Munising clinic
            97112 — 18 min — just the pt and me in the clinic, the PTA was over at the nursing home
            Otago balance set, at the kitchen counter in the clinic: knee bends, backward walking, walking and turning around, sideways walking, tandem stance, tandem walk, one-leg stand, heel walking, toe walking
            Deficits: ↓ proprioception in both feet + a slow step when he loses it backward (neuropathy)
            Says he feels better on the ice-fishing shanty steps. Testing at the re-eval.
            """,
            ["G62.9"], [PT("97112", 18)], [At(Measure, "97112")]),

        // Englewood Tai Chi for Rehabilitation (Sun style) movements named, "individual, PT with pt (no others)", TUG and SLS — but no deficit, impairment or system named: deficit missing.
        ["v3-h62-englewood-tai-chi-no-deficit"] = new(
            """
            MYAKKA SENIOR PHYSICAL THERAPY — Englewood
            Tai Chi for Rehabilitation (Sun style, adapted): opening, open/close hands, single whip, wave hands like clouds in both directions, brush knee — standing, holding a chair back for the first round
            97112 · 20 min · individual, PT with pt (no others)
            TUG 12.8 s; single-leg stance R 4 s / L 5 s
            Pt 88, drove herself.
            """,
            ["Z91.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Larkspur, 101: Sara Stedy sit-to-stands, walker stands, toilet transfers with counts and mod A → min A; hip and knee weakness with a one-aide toileting goal; 19 matches: passes.
        ["v3-h62-larkspur-sara-stedy-101"] = new(
            """
            LARKSPUR HILL THERAPY CENTER — PT · Maple Court (AL), 101 y/o
            97530 — 19 min
               sit-to-stand in the Sara Stedy from her wheelchair, x 6, paddles folded up so she stands on her own once up; then 3 stands from the wheelchair to the walker without the Stedy
               wheelchair → toilet transfer in the accessible bathroom w/ the grab bar, x 2
            Weak hips + knees after a month in bed w/ pneumonia; goal: toilet with one aide instead of two
            Stedy stands: mod A → min A; walker stands min A x 3; toilet transfer min A
            """,
            ["M62.81", "R26.89"], [PT("97530", 19)], []),

        // Cicero OT hand-under-hand guidance (Positive Approach to Care) for grooming at the sink; moderate Alzheimer's with task stopping and the daughter's goal; steps started k of 9 and CGA; 23 matches: passes.
        ["v3-h62-cicero-ot-hand-under-hand-grooming"] = new(
            """
            SALT CITY NEURO & MEMORY REHAB — Cicero · OT
            Positive Approach to Care (Teepa Snow) hand-under-hand guidance for grooming at the sink: brushing teeth, washing face with a cloth, combing hair — my hand under hers, she leads when she can
            97530 — 23 min
            Why: moderate Alzheimer's — starts a task and stops, uses the comb as a toothbrush; daughter Gail does all the grooming at home and wants her mom to do more of it
            Steps started on her own 5 of 9 (2 of 9 at eval); stood at the sink CGA
            Gail practiced hand-under-hand with her mom for the hair. Pt 92.
            """,
            ["G30.1", "F02.80"], [OT("97530", 23)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Venice, 95: "I can't tell where my feet are on the carpet", vibration absent to the knees, monofilament 2 of 10 — the deficit as findings; EC towel shifts, textured mats, heel-toe rocks; "1:1, PT + pt"; seconds and k of 8: passes.
        ["v4-h62-venice-cant-feel-feet-on-carpet"] = new(
            """
            MYAKKA SENIOR PHYSICAL THERAPY — Venice
            Pt 95: "I can't tell where my feet are on the carpet." Vibration absent to the knees both sides; feels the monofilament at 2 of 10 sites; stands with feet apart and watches her feet.
            97112 — 21 min (1:1, PT + pt; husband in the waiting room)
               eyes-closed weight shifts on firm floor → on a folded towel; stepping onto textured mats (rubber, shag, turf) w/ eyes up on a picture on the wall; heel-toe rocks at the counter
            Feet-together EC 8 s (was 4); 6 of 8 mat steps w/o looking down
            """,
            ["G62.9", "R26.81"], [PT("97112", 21)], []),

        // North Port, 91, macular degeneration: a missed lanai step edge, toe catches and freezing in the sunlit doorway, with feet and vestibular system trained over vision; contrast-tape step-downs, cane-tip scanning, dim-light foam; "PT one-on-one w/ pt"; seconds and k of 6: passes.
        ["v4-h62-north-port-macular-lanai-step"] = new(
            """
            MYAKKA SENIOR PHYSICAL THERAPY — North Port
            Pt 91, macular degeneration both eyes. Misses the edge of the step down to her lanai; catches her toe on the threshold; stops dead in the bright doorway.
            97112 · 24 min · PT one-on-one w/ pt (paid caregiver Lina carried the bag and waited)
               stepping down off a 4" step w/ contrast tape vs. without, eyes forward; finding edges w/ the cane tip; stance on foam w/ the lights dimmed to teach her to use her feet + vestibular system instead of vision
            Foam stance, dim light 11 s (6 s at eval); 5 of 6 step-downs w/o a search pause
            """,
            ["H35.30", "R26.81"], [PT("97112", 24)], []),

        // Syracuse Lewy body, 86: feet sticking at the doorway and on turns, small steps, falling back into the chair, rest tremor — the deficit as findings; nose-over-toes rocking count, tape-line doorway, belt release; "1:1 (pt + PT; daughter Anne sat in)"; counts and steps: passes.
        ["v4-h62-syracuse-lewy-feet-stick-doorway"] = new(
            """
            SALT CITY NEURO & MEMORY REHAB — Syracuse
            Pt 86, Lewy body dementia; drowsy at first (daughter says a bad night).
            On exam today: feet stick to the floor at the doorway and when turning; small, quiet steps; falls back into the chair on the third try to stand; rest tremor R hand.
            97112 — 22 min — 1:1 (pt + PT; daughter Anne sat in)
               sit-to-stand with "nose over toes" and a rocking count; stepping over a line of tape at the doorway; backward step to a belt release
            Sit-to-stand 3 of 5 w/o falling back; 1 freeze in 5 doorway passes; backward release 3 steps
            """,
            ["G31.83"], [PT("97112", 22)], []),

        // Hyannis 97116, 92: steps shortening down the hall, drifting L, the walker rolling ahead as the findings; rollator with stop-reset-start cues, brakes at the turns, distances, CGA/SBA and a 10-m walk: passes.
        ["v4-h62-hyannis-steps-shorten-down-the-hall"] = new(
            """
            NAUSET REGIONAL HOSPITAL · Outpatient Rehabilitation · Hyannis
            Pt 92. Watched her walk: steps get shorter the farther she goes — by the end of the hall she's shuffling; drifts L into the wall; the rollator rolls ahead of her feet.
            Gait training 97116 — 16 min
               rollator, 3 x 100 ft w/ a stop-reset-start at each door ("walker back, stand tall, big step"); hand brakes practiced at the turns
               CGA at the turns, SBA on the straight; 10-m walk 16 s (was 21 s)
            """,
            ["R26.89", "R29.6"], [PT("97116", 16)], []),

        // Sandwich 97110, 87: can't rise from the daughter's low toilet without the towel bar (it came out of the wall) and hip/quad grades as the findings; mat sit-to-stands, bridges, shuttle press, squats with doses; 18 matches: passes.
        ["v4-h62-sandwich-towel-bar-out-of-the-wall"] = new(
            """
            NAUSET REGIONAL HOSPITAL — Outpatient Rehab, Sandwich
            Pt 87. At his daughter's house he can't get up off the low toilet without pulling on the towel bar — it came out of the wall last Sunday.
            97110 — 18 min
               sit-to-stand from a 17" mat w/ no hands 3 x 6; bridging 2 x 10; shuttle leg press 50 lb 2 x 12; mini-squats at the bar 2 x 10
            Quads 4-/5 B, hip extensors 3+/5
            """,
            ["M62.81"], [PT("97110", 18)], []),

        // Manistique 97530, 94: the goal of walking into St. Francis and standing for the vows at a great-granddaughter's June wedding, with hip OA pain and tiring; car exits, gravel and church steps with the cane, pew-height stands with counts, min A → CGA and seconds; 24 matches: passes.
        ["v4-h62-manistique-stand-for-the-vows"] = new(
            """
            Hiawatha Rural Health — Rehab, Manistique
            Pt 94. Goal she set at eval: walk on her own from the car into St. Francis and stand for the vows at her great-granddaughter's wedding, June 14.
            97530 — 24 min
               getting out of the front seat of her son's car (parked at the clinic door) x 3
               walking the gravel lot to the door with her cane, 2 x 90 ft, then up the 3 steps w/ one rail
               standing at a pew-height rail for a "vows" hold, then sitting into a pew-height bench w/o an armrest
            Car exit min A → CGA; stood 90 s without sitting
            Limits: L hip OA pain + weak hip extensors; tires after standing
            """,
            ["M16.12"], [PT("97530", 24)], []),

        // Falmouth 97140, 89: can't reach behind to hook her bra or tuck her blouse, firm end-feel — the region and impairment as findings; GH glides with grade, scapular mobs, STM; behind-back reach by level and ER degrees: passes.
        ["v4-h62-falmouth-cant-hook-her-bra"] = new(
            """
            NAUSET REGIONAL HOSPITAL — Outpatient Rehabilitation, Falmouth
            Pt 89. Can't reach behind to hook her bra or tuck in her blouse with the R arm; end-feel firm, no pain at rest.
            97140 — 14 min
               R GH inferior + posterior glides gr III in supine; scapular mobilization side-lying (upward rotation, depression); STM to R pec minor + posterior cuff
            R hand behind back: thumb to sacrum → to L3 after; ER 25° → 32°
            """,
            ["M75.01"], [PT("97140", 14)], []),

        // Larkspur Wednesday workout, 88: NuStep, machines and cuff work with doses, but "Nothing bothering him today. MMT 5/5 all four limbs; walks the campus … without a device; no falls": no region, impairment or goal targeted: deficit missing.
        ["v4-h62-larkspur-wednesday-workout-nothing-wrong"] = new(
            """
            LARKSPUR HILL THERAPY CENTER — PT · Cottages resident, 88
            97110 — 20 min
               NuStep level 5, then leg press 70 lb 3 x 10, lat pull-down 30 lb 3 x 10, standing hip abd w/ 3-lb cuff 2 x 12, heel raises 2 x 15
            Nothing bothering him today. MMT 5/5 all four limbs; walks the campus loop and the chapel stairs without a device; no falls. Here for his Wednesday workout.
            """,
            ["Z96.651"], [PT("97110", 20)], [At(Deficit, "97110")]),

        // Auburn "balance checkup", 85: the screen is all normal (sensation, sharpened Romberg, head impulse, nystagmus, coordination, rigidity, tremor); hurdles with head turns, foam ball catch, line walking backward; "one-on-one"; Mini-BEST: deficit missing.
        ["v4-h62-auburn-screen-all-normal"] = new(
            """
            SALT CITY NEURO & MEMORY REHAB — Auburn
            Pt 85, here w/ his wife for a "balance checkup."
            Screen today: sensation intact to light touch + vibration both feet; Romberg and sharpened Romberg negative; head impulse normal both ways; no nystagmus; heel-shin and finger-nose smooth; no rigidity, no tremor.
            97112 — 20 min, one-on-one (PT + pt; wife on the bench)
               stepping over hurdles w/ head turns, foam stance w/ ball catch, backward walking on a line
            Mini-BEST 25/28
            """,
            ["Z91.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Newberry, 90, cerebellar stroke: overshooting the cup, wide swinging legs, no heel-to-toe as the findings; Frenkel-style heel placements, trunk rhythmic stabilization, floor-dot stepping; "him and me only"; k of 10 and SARA: passes.
        ["v4-h62-newberry-overshoots-the-cup"] = new(
            """
            Hiawatha Rural Health — Rehab, Newberry
            Pt 90, stroke in the cerebellum 11/2025. Overshoots the cup when he reaches; legs wobble and swing wide when he walks; can't walk heel-to-toe at all.
            97112 — 23 min; him and me only, his daughter out in the truck
               Frenkel-style heel placements to taped targets lying, then sitting; rhythmic stabilization at the trunk in sitting; slow controlled stepping to floor dots at the bars
            Heel to target 7 of 10; SARA 14/40
            """,
            ["I69.393"], [PT("97112", 23)], []),

        // Englewood 97116, 96, walker from home with worn tennis balls: knees bent through stance, trunk over the walker, eyes down as the findings; walker raised, distances with cues, a trip to the curb, CGA: passes.
        ["v4-h62-englewood-knees-stay-bent"] = new(
            """
            MYAKKA SENIOR PHYSICAL THERAPY — Englewood
            Pt 96; walker from home (tennis balls on the back legs worn flat — swapped for glides).
            Seen in gait: knees stay bent through stance; trunk bent forward over the walker; eyes on the floor; the walker goes too far ahead.
            97116 — 15 min
               walker raised one notch; 3 x 70 ft in the hall w/ "push the walker, stand tall, step into it"; 1 trip to the curb and back w/ his granddaughter watching
               CGA; trunk more upright on the 3rd pass
            """,
            ["R26.89"], [PT("97116", 15)], []),

        // Camillus OT, 93, vascular dementia: R arm into the L sleeve and standing with the pants at her knees as the findings; laid-out dressing with a cue card, counts, CGA and cue counts; 21 matches: passes.
        ["v4-h62-camillus-ot-arm-in-the-wrong-sleeve"] = new(
            """
            SALT CITY NEURO & MEMORY REHAB — Camillus · OT
            Pt 93, vascular dementia. Loses track partway through dressing — put the R arm into the L sleeve, then stood up with the pants at her knees.
            97530 — 21 min
               upper-body dressing with the clothes laid out in order on the mat table (one item at a time), then pants on seated, standing to pull up with the walker in front
               cue card "sit — legs in — stand — pull up"
            Clothes on in the right order 3 of 4 items; stood to pull up w/ CGA; 2 verbal cues for the pants (6 at eval)
            """,
            ["F01.50"], [OT("97530", 21)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Larkspur, 102: HABAM balance, transfers and mobility numbers; wedge-cushion reaches, rocker board at the bar, counted shifts; "one patient, one PT"; postural control and slow L recruitment: passes.
        ["v5-h62-larkspur-habam-102"] = new(
            """
            LARKSPUR HILL THERAPY CENTER — PT · Maple Court (AL), 102 y/o
            97112 · 22 min · one patient, one PT (the aide brought her over and went back)
               sitting reaches in all directions on a wedge cushion; standing with a rocker board under both feet, hands on the bar; weight shifts onto each leg to a 3-count
               ↓ postural control in standing + slow recruitment of the L leg (old L hip fx)
            Hierarchical Assessment of Balance and Mobility (HABAM): balance 14, transfers 18, mobility 16 (12 / 14 / 14 three weeks ago)
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // Hyannis, 93, pocket talker: "pt seen by herself — the therapist's only patient for the whole block"; trunk perturbations, half-roll stance, cord side-steps; anticipatory/reactive control and a numb foot; POMA in two parts: passes.
        ["v5-h62-hyannis-poma-balance-and-gait"] = new(
            """
            NAUSET REGIONAL HOSPITAL · Outpatient Rehabilitation · Hyannis
            97112 — 23 min · pt seen by herself — the therapist's only patient for the whole block
               perturbations at the trunk in sitting, then standing; half foam roll stance w/ slow arm raises; sidestepping over a cord
               anticipatory postural control ↓, reactive stepping slow; L foot numb (old L4 radiculopathy)
            Performance-Oriented Mobility Assessment: balance 9/16, gait 8/12 (total 17)
            Pt 93; pocket talker used for all instructions.
            """,
            ["R26.81", "M54.16"], [PT("97112", 23)], []),

        // Cicero PD, 89: rhythmic auditory cueing for sit-to-stand and first steps, counted target steps, hula-hoop turns; "1:1 — PT and Mrs. Okafor, her son in the room"; start hesitation and freezing; Get Up and Go (Mathias) grade and seconds: passes.
        ["v5-h62-cicero-get-up-and-go-grade"] = new(
            """
            SALT CITY NEURO & MEMORY REHAB — Cicero
            97112, 20 min, 1:1 — PT and Mrs. Okafor, her son in the room
               rhythmic auditory cueing (clapping + counting) for sit-to-stand and the first steps; stepping to a target on a count; turning 360° inside a hula hoop on the floor
               Deficit: start hesitation + freezing (PD), slow motor initiation
            Get Up and Go (Mathias) grade 3/5 (was 4); sit-to-walk 9 s
            Pt 89.
            """,
            ["G20.A1"], [PT("97112", 20)], []),

        // Munising 97110, 88: sit-to-stands, step-ups, cuffs and heel raises with doses; leg weakness with deer-camp chair and outhouse limits; SPPB with its parts: passes.
        ["v5-h62-munising-sppb-deer-camp-chair"] = new(
            """
            Hiawatha Rural Health — Rehab, Munising clinic
            97110 · 22 min
               sit-to-stand from the 18" chair 3 x 5; step-ups onto a 6" step w/ rail 2 x 8 each; standing hip abd + ext w/ 2-lb cuffs 2 x 10; heel raises 2 x 15
               Both legs weak (quads 4-/5, hip abd 3+/5) — can't get up from his deer-camp chair or the outhouse seat
            SPPB 6/12: balance 3, gait 2, chair stands 1 (4/12 at eval)
            Pt 88; daughter-in-law drove him over from Wetmore.
            """,
            ["M62.81"], [PT("97110", 22)], []),

        // Orleans 97116, 91: quad cane → SPC in the hall and on the brick walk with distances and cues; L foot drop and short R step; 4-m gait speed with SBA/CGA; 19 matches: passes.
        ["v5-h62-orleans-four-metre-gait-speed"] = new(
            """
            NAUSET REGIONAL HOSPITAL — Outpatient Rehab, Orleans
            Gait training 97116 — 19 min
               quad cane → single-point cane in the hallway, 3 x 120 ft; out the side door on the brick walk (uneven) 1 x 80 ft; cues for L heel strike + even step length
               L foot drop (old stroke) — L toe drags on the bricks; short R step
               4-m gait speed 0.46 m/s (0.38 at eval); SBA in the hall, CGA on the bricks
            Pt 91.
            """,
            ["I69.354", "M21.372"], [PT("97116", 19)], []),

        // Englewood OT, 92: tub/shower mock-up with a transfer bench (mod A → min A), dishwasher and plate carry with SBA and counts; Colles' fx and weakness with a bathe-herself goal; 25 matches: passes.
        ["v5-h62-englewood-ot-tub-bench-assist-levels"] = new(
            """
            MYAKKA SENIOR PHYSICAL THERAPY — Englewood · OT
            97530 — 25 min
               getting in/out of the tub/shower mock-up w/ the transfer bench: sit, swing the legs over, slide across, x 3
               standing at the kitchen counter unloading the dishwasher, then carrying a plate on the rollator seat to the table, x 4
               Transfer bench: mod A → min A by the 3rd; dishwasher + carry SBA
               Why: R wrist fx (Colles') + general weakness; goal — bathe herself again so her daughter doesn't have to
            Pt 92.
            """,
            ["S52.531D", "M62.81"], [OT("97530", 25)], []),

        // Sandwich 97140, 93: suboccipital release, gentle grade II rotation mobs (osteoporosis, no thrust), STM; neck stiffness with a driveway-spotter limit; rotation degrees before and after; 11 matches: passes.
        ["v5-h62-sandwich-rotation-before-after"] = new(
            """
            NAUSET REGIONAL HOSPITAL — Outpatient Rehab, Sandwich
            97140 — 11 min
               cervical: suboccipital release, gentle rotation mobilization gr II C2–3 R and L (osteoporosis — no thrust), STM to the upper traps
               Neck stiff + sore after sleeping in the recliner; can't turn to look behind when her son backs out of the driveway (she's the spotter)
               Cervical rotation R 35° → 48°, L 40° → 50°
            Pt 93.
            """,
            ["M54.2", "M81.0"], [PT("97140", 11)], []),

        // North Port 97110, 90, with her own dining chair from home: chair stands, cuff knee extension, heel raises, marching with doses; quad/calf weakness and CHF breathlessness; 30-second chair stand count; 20 matches: passes.
        ["v5-h62-north-port-chair-from-home"] = new(
            """
            MYAKKA SENIOR PHYSICAL THERAPY — North Port
            97110 — 20 min
               chair stands from her own 18" dining chair (brought from home — she wanted to practice on the real thing) 3 x 5; seated knee ext w/ 3-lb cuff 2 x 12; standing heel raises 2 x 12; marching in place 2 x 20
               quads + calves weak; short of breath on the 3rd set (CHF) — seated rest, then finished
            30-second chair stand: 6 (3 at eval)
            Pt 90.
            """,
            ["I50.32", "M62.81"], [PT("97110", 20)], []),

        // Falmouth 97112 "one-to-one, therapist and pt": stepping drills, foam side-steps, narrow-stance reach; stepping and ankle proprioception; "Much steadier than last week per pt and her daughter. Re-test next visit." — no number but the code's minutes: measure missing.
        ["v5-h62-falmouth-steadier-per-daughter"] = new(
            """
            NAUSET REGIONAL HOSPITAL — Outpatient Rehabilitation, Falmouth
            97112 Neuromuscular re-ed — 21 min — one-to-one, therapist and pt
               stepping-strategy drills w/ a quick push from behind; sidestepping along the counter on foam; reaching down to a basket on the floor in narrow stance
               Deficit: slow protective stepping, ↓ proprioception at both ankles
            Much steadier than last week per pt and her daughter. Re-test next visit.
            """,
            ["R26.81"], [PT("97112", 21)], [At(Measure, "97112")]),

        // Newberry OT 97530: SUV in and out and the seatbelt, R shoulder and stiff hips with a ride-to-the-Soo goal, "Did better than Monday." — no assistance level, count or number but the code's minutes: measure missing.
        ["v5-h62-newberry-ot-suv-better-than-monday"] = new(
            """
            Hiawatha Rural Health — Rehab, Newberry · OT
            97530 — 17 min
               getting into and out of her daughter's SUV: backing up to the seat, sitting, swinging the legs in; then the reverse
               reaching the seatbelt and buckling it with the R hand
            Why: R shoulder pain/weakness (rotator cuff) + stiff hips; goal: ride along to the Soo for her eye appointments
            Did better than Monday.
            """,
            ["M75.101"], [OT("97530", 17)], [At(Measure, "97530")]),

        // Auburn 97116: rollator in the hall and around the waiting-room chairs, brakes before sitting, a bathroom-doorway turn, shuffling and the rollator running ahead, the husband behind with her wheelchair — no distance, level or number but the code's minutes: measure missing.
        ["v5-h62-auburn-wheelchair-behind-no-distance"] = new(
            """
            SALT CITY NEURO & MEMORY REHAB — Auburn
            97116 gait — 15 min
               rollator in the hall and around the waiting-room chairs; practiced stopping and locking the brakes before she sits; turning around in the bathroom doorway
               short shuffling steps, pushes the rollator away and then leans after it (PD)
               Her husband walked behind with her wheelchair in case she tired. She didn't need it.
            """,
            ["G20.A1"], [PT("97116", 15)], [At(Measure, "97116")]),

        // Engadine OT 97110, 89: putty, finger extension, wrist curls, clothespins with doses; R hand OA and an old Colles' with jar and woodstove-latch limits; grip and pinch kg; 16 matches: passes.
        ["v5-h62-engadine-ot-grip-and-pinch"] = new(
            """
            Hiawatha Rural Health — Rehab · Engadine outreach clinic · OT
            97110 — 16 min
               red putty squeezes 3 x 10; finger extension against a rubber band 3 x 10; wrist curls 1 lb 2 x 12; clothespins on the line, 2 rounds
               R hand weak + stiff (hand OA, old Colles' fx) — can't open her jars of canned tomatoes or work the woodstove door latch
               Grip R 11 kg / L 17 kg; lateral pinch R 3 kg
            Pt 89.
            """,
            ["M19.041"], [OT("97110", 16)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Venice minutes in words ("Neuromuscular re-education, twenty-two minutes; therapeutic exercise, fifteen minutes") both match; "Just Mrs. Ferrante and me for all of it"; cane step-overs, tandem head turns, push-and-release; exercises with doses; stepping, proprioception and abductor weakness; steps and seconds: passes.
        ["v6-h62-venice-minutes-in-words"] = new(
            """
            MYAKKA SENIOR PHYSICAL THERAPY — Venice
            Neuromuscular re-education, twenty-two minutes; therapeutic exercise, fifteen minutes. Just Mrs. Ferrante and me for all of it — her niece waited outside in the car with the AC on.
            NMR: stepping over the cane, fwd + sideways; tandem stance at the counter w/ head turns; push-and-release from behind
            TE: sit-to-stand 3 x 5; side-lying hip abduction 2 x 10; seated marching with 2-lb cuffs 2 x 15
            Deficits: slow stepping reaction, ↓ proprioception B feet, weak hip abductors (3+/5)
            Push-and-release: 2 steps to recover; tandem 5 s
            Pt 93.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 15)], []),

        // Hyannis CHARGES block with clock times per code (97112 1:04–1:27 = 23, 97530 1:27–1:40 = 13) both match; "individual — therapist with this pt only"; PNF chops/lifts, Airex EC; trunk control and hemisensory loss; Berg; bed mobility with min A → SBA and a commode goal: passes.
        ["v6-h62-hyannis-charges-clock-per-code"] = new(
            """
            NAUSET REGIONAL HOSPITAL · Outpatient Rehabilitation · Hyannis
            CHARGES
              97112  Neuromuscular re-ed      1:04 PM – 1:27 PM
              97530  Therapeutic activities   1:27 PM – 1:40 PM
            97112 (individual — therapist with this pt only): PNF chops and lifts in sitting, then standing; Airex stance w/ eyes closed
               ↓ trunk control + L-sided sensory loss after a R thalamic stroke; Berg 40/56
            97530: bed mobility on the mat set up like her bed at home — rolling w/ the bed rail, supine → sit x 4; min A → SBA
               goal: get up at night to the commode by herself
            Pt 88; son in the room.
            """,
            ["I69.398"], [PT("97112", 23), PT("97530", 13)], []),

        // Larkspur code / service / "Time (h:mm)" row "97110 … 0:18" matches the 18-min line; bike, knee exercises with doses; L knee stiffness and weakness after TKA with a dining-hall goal: passes.
        ["v6-h62-larkspur-h-mm-time-column"] = new(
            """
            LARKSPUR HILL THERAPY CENTER — PT · Cottages resident, 90
            Code     Service                   Time (h:mm)
            97110    Therapeutic exercise      0:18
            recumbent bike level 2 (rocking → full turns); seated knee flexion slides 2 x 15; SAQ w/ 2-lb cuff 2 x 12; step-ups 4" 2 x 10; standing TKE w/ band 2 x 12
            L knee stiff + weak after TKA (wk 6): flexion 98°, quad lag on SLR; goal — walk to the dining hall without the walker
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 18)], []),

        // Newberry "Timed total 38 min (NMR 23 + TA 15)" — the parts match their lines; "I worked with Mr. Lahti alone"; pushes, rocker EC, cushion step-ups; firewood carries with SBA; proprioception, weak legs and a woodstove goal; Berg: passes.
        ["v6-h62-newberry-timed-total-with-parts"] = new(
            """
            Hiawatha Rural Health — Rehab, Newberry
            Timed total 38 min (NMR 23 + TA 15). I worked with Mr. Lahti alone; Tuesday afternoons are quiet.
            NMR: reactive stepping to pushes from behind and the side; rocker board A/P with eyes closed, hands over the bars; step-ups onto a couch cushion
            TA: carrying 3 split pieces of firewood in a canvas sling, 4 x 40 ft, stooping to pick them off a pile on the floor; SBA
            Why: ↓ proprioception both feet, weak legs; wants to keep his own woodstove going this winter
            Berg 45/56
            Pt 89.
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97530", 15)], []),

        // Auburn 97112 in two parts around a nap with the clock stopped ("part 1: 11 min · part 2: 12 min → 23 min", matches); "PT with this pt only"; metronome shifts, stabilizing reversals, target steps; postural instability and slow initiation; k of 8 and Berg: passes.
        ["v6-h62-auburn-two-parts-around-a-nap"] = new(
            """
            SALT CITY NEURO & MEMORY REHAB — Auburn
            97112 in two parts — she nodded off in the chair between them (clock stopped; her daughter let her sleep):
               part 1: 11 min · part 2: 12 min → 23 min, PT with this pt only
            weight shifts in standing to a metronome; PNF stabilizing reversals at the pelvis; stepping to targets on the floor
            Postural instability + slow step initiation (PD with dementia)
            Targets 5 of 8; Berg 38/56
            Pt 87.
            """,
            ["G20.A1", "F02.80"], [PT("97112", 23)], []),

        // Cicero, 91, worn out after a night with a puppy: "we stopped NMR after 13 min" against a 25-min line: mismatch; 1:1, foam reaches, metronome stepping, ball-pass rotation, postural control and a foam time complete.
        ["v6-h62-cicero-stopped-after-13-mismatch"] = new(
            """
            SALT CITY NEURO & MEMORY REHAB — Cicero
            Pt 91, up half the night with the new puppy at her son's. Worn out — we stopped NMR after 13 min and she rested in her wheelchair until her son came back.
            NMR 97112 · 1:1 (PT and pt alone)
               foam stance with reaching; forward/back stepping to a metronome; trunk rotation in sitting w/ a ball pass
               ↓ postural control + slow stepping (PD)
               Foam EO 10 s
            """,
            ["G20.A1"], [PT("97112", 25)], [At(Mismatch, "97112")]),

        // Sandwich "97110 Therapeutic exercise ... 30 min" against an 18-min line: mismatch; NuStep and exercises with doses, weakness after a GI bleed with a mailbox goal complete.
        ["v6-h62-sandwich-therex-30-against-18"] = new(
            """
            NAUSET REGIONAL HOSPITAL — Outpatient Rehab, Sandwich
            97110 Therapeutic exercise ... 30 min
               NuStep level 3; seated hip flexion w/ 2-lb cuff 2 x 12; long-arc quads 2 x 12; standing hip abd 2 x 10; wall push-ups 2 x 10
               B LE + UE weakness (deconditioning after a hospital stay for a GI bleed); goal: walk to the mailbox at the end of the drive
            Pt 88.
            """,
            ["M62.81", "R53.81"], [PT("97110", 18)], [At(Mismatch, "97110")]),

        // Manistique PTA "Gait trng 97116: 12 min" against a 24-min PTA line: mismatch; walker → cane with distances, stairs with CGA, knee give and short step complete.
        ["v6-h62-manistique-pta-gait-12-against-24"] = new(
            """
            Hiawatha Rural Health — Rehab, Manistique · PTA note
            Gait trng 97116: 12 min
               walker → cane trial in the hall, 2 x 100 ft; 4 stairs w/ rail, step-to; CGA on the stairs
               L knee gives a little in stance (L TKA 2024), short R step
            Pt 86.
            """,
            ["Z96.652"], [PTA("97116", 24)], [At(Mismatch, "97116")]),

        // Orleans "Neuro re-ed + gait training, 36 minutes together" is the only time for two codes: separate time missing; one-on-one stated; foam shifts, rail tandem, clock targets; walker → cane with distance, curb and CGA; proprioception and short L step; Berg and tandem.
        ["v6-h62-orleans-36-minutes-together"] = new(
            """
            NAUSET REGIONAL HOSPITAL — Outpatient Rehab, Orleans
            Neuro re-ed + gait training, 36 minutes together. One-on-one throughout (no other pt; husband in the room).
            NMR: lateral weight shifts on foam, tandem walk with a hand on the rail, stepping to clock targets on the floor
            Gait: walker → cane, 3 x 80 ft, curb x 2, CGA
            Deficits: ↓ proprioception + slow hip strategy; short L step
            Berg 42/56; tandem 6 s
            Pt 90.
            """,
            ["R26.81"], [PT("97112", 21), PT("97116", 15)], [SepTime]),

        // Larkspur three codes: 97112 16 and 97110 14 have minutes, the thoracic STM and PA mobs (97140) have none: separate time missing; every section complete (1:1; ball and bar perturbations, foam EC; exercises with doses; kyphotic thoracic pain; Berg and seconds).
        ["v6-h62-larkspur-three-codes-manual-unminuted"] = new(
            """
            LARKSPUR HILL THERAPY CENTER — PT · Maple Court (AL), 92
            97112 — 16 min, 1:1 (PT and resident only): perturbations sitting on a ball, then standing at the bar; foam stance EC
            97110 — 14 min: sit-to-stand 3 x 5; step-ups 4" 2 x 8; heel raises 2 x 12
            97140: STM + gentle PA mobs gr II to the thoracic spine (kyphosis, pain between the shoulder blades)
            Deficits: ↓ postural control; weak quads (4-/5); thoracic stiffness + pain
            Foam EC 7 s; Berg 43/56
            """,
            ["M62.81", "M40.204"], [PT("97112", 16), PT("97110", 14), PT("97140", 10)], [SepTime]),

        // Syracuse PT then OT back to back: "PT — 97112 — 20 min — PT with Mr. Halloran alone" and "OT — 97530 — 18 min" each match their own discipline's line; release stepping, wide turns, EC rocking; retropulsion; pull test; coat and car with min A → CGA and a Mass goal: passes.
        ["v6-h62-syracuse-pt-then-ot-back-to-back"] = new(
            """
            SALT CITY NEURO & MEMORY REHAB — Syracuse · neuro day (PT, then OT)
            PT — 97112 — 20 min — PT with Mr. Halloran alone:
               backward step training to a belt release; wide-step turning around a chair; rocking onto toes and heels w/ eyes closed
               retropulsion + slow backward stepping (PD)
               Pull test 3 steps
            OT — 97530 — 18 min:
               putting his coat on and zipping it standing at the walker, then out to the car and in, his wife coaching "back up, sit, swing," x 2
               min A for the coat → CGA; car transfer CGA x 2
               goal: get to Sunday Mass with his wife driving
            Pt 92.
            """,
            ["G20.A1"], [PT("97112", 20), OT("97530", 18)], []),

        // Englewood "97112 (23 mins)" and "97116 (15 mins)" match; "Mrs. Duarte and me only" with the agency caregiver learning; rocker board, cone taps, foam sit-to-stand; rollator distances with SBA; home-safety talk after, not billed and unminuted; seconds and k of 8: passes.
        ["v6-h62-englewood-mins-and-home-safety-talk"] = new(
            """
            MYAKKA SENIOR PHYSICAL THERAPY — Englewood
            97112 (23 mins) — Mrs. Duarte and me only; her agency caregiver in the room learning the home program
               rocker board A/P w/ both hands on the bar → one hand; step-taps to cones in a half circle; sit-to-stand onto foam
               ↓ ankle proprioception, slow ankle strategy (neuropathy)
               Rocker board 15 s one hand; 6 of 8 cone taps w/o a loss of balance
            97116 (15 mins) — rollator 3 x 100 ft + 1 trip out to the caregiver's car; SBA; cues for step length + turning wide
               short steps, shuffles on the turns
            Caregiver teaching after: home safety (bath mat, night-lights, the loose runner in the hall) — not billed.
            Pt 95.
            """,
            ["G62.9", "R26.81"], [PT("97112", 23), PT("97116", 15)], []),

        // Hyannis "Start 10:02 · Stop 10:25 · 97112" (23, matches); "individual tx — the therapist with this one pt throughout"; sensory reweighting firm → foam → head turns, gaze holds; somatosensory loss and visual dependence; mCTSIB seconds: passes.
        ["v6-h62-hyannis-start-stop-single-code"] = new(
            """
            NAUSET REGIONAL HOSPITAL · Outpatient Rehabilitation · Hyannis
            Start 10:02 · Stop 10:25 · 97112
            individual tx — the therapist with this one pt throughout
               sensory reweighting: stance EC on firm → foam → foam w/ head turns; gaze holds on a target while stepping in place
               ↓ somatosensory input + visual dependence for balance (fell in the dark bathroom)
               mCTSIB: firm EC 30 s, foam EO 30 s, foam EC 9 s
            Pt 88; daughter present.
            """,
            ["R29.6", "R26.81"], [PT("97112", 23)], []),

        // Munising: NMR 20 matches, but "TA 97530 – 10 min" against a 22-min line: mismatch on 97530; one-on-one, pushes, foam, pillow EC; neuropathic proprioception; Berg; backward-chained floor rise and basket carry with min A and a fall-at-camp goal.
        ["v6-h62-munising-ta-10-against-22"] = new(
            """
            Hiawatha Rural Health — Rehab, Munising clinic
            NMR 97112 – 20 min – one-on-one, just Mr. Niemi and myself
               pushes in stride stance; foam step-overs; standing on a bed pillow w/ eyes closed
               ↓ proprioception both feet, slow stepping (neuropathy)
               Berg 46/56; pillow EC 8 s
            TA 97530 – 10 min
               getting up off the floor via a chair (backward chaining), x 2; carrying a laundry basket up 4 steps
               goal: get up alone if he falls at camp; min A for the floor rise
            Pt 87.
            """,
            ["G62.9", "R29.6"], [PT("97112", 20), PT("97530", 22)], [At(Mismatch, "97530")]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h62-empty-nmr-gait"] = new(
            "",
            ["R26.81"], [PT("97112", 22), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // Empty note on a PTA 97112 with no diagnosis: note missing and diagnosis missing.
        ["v7-h62-empty-pta-nmr-no-dx"] = new(
            "",
            [], [PTA("97112", 20)], [At(NoteMissing, "97112"), Dx]),

        // A note of tabs and spaces only (cells are trimmed) on an OT 97530 with a diagnosis: note missing only.
        ["v7-h62-blank-ot-97530"] = new(
            "\t   \t",
            ["F03.90"], [OT("97530", 24)], [At(NoteMissing, "97530")]),

        // 97110's meaning for a 98-year-old former swim instructor: ankle pumps, heel slides, cuffed hip extension, bridges with doses (technique and measure), L hip weakness after a hemiarthroplasty with a pool goal (deficit); 16 matches: passes.
        ["v7-h62-venice-97110-former-swim-instructor"] = new(
            """
            MYAKKA SENIOR PHYSICAL THERAPY — Venice
            97110 — 16 min
               seated ankle pumps 2 x 20; seated heel slides 2 x 10; standing hip extension at the counter w/ 1-lb cuff 2 x 10; bridging 2 x 8
               for L hip weakness + stiffness after a hemiarthroplasty (L hip fx 01/2026); goal: walk to the community pool with the walker
            Pt 98 — her son says she taught swimming until she was 80.
            """,
            ["S72.002D", "Z96.642"], [PT("97110", 16)], []),

        // 97530's meaning at Larkspur: pill organizer, mail up the cottage steps, reacher (technique), tremor and memory with a stay-in-the-cottage goal (deficit), slots correct, SBA and k of 5 (measure); 20 matches: passes.
        ["v7-h62-larkspur-97530-pill-box-and-mail"] = new(
            """
            LARKSPUR HILL THERAPY CENTER — OT · Cottages resident, 93
            97530 — 20 min
               setting up the weekly pill organizer from 4 bottles w/ the large-print list; carrying the mail up the 2 cottage steps w/ a bag over the shoulder; getting mugs down from the 2nd shelf w/ a reacher
               Deficits: ↓ fine motor R hand (tremor) + short-term memory; goal: stay in the cottage, not move to AL
               Pill box 28 of 28 slots right w/ the list; steps SBA; reacher 5 of 5 mugs
            """,
            ["G25.0", "R41.3"], [OT("97530", 20)], []),

        // 97140's meaning at Orleans: talocrural glides with grade, subtalar distraction, calf STM (technique), a stiff swollen ankle after a fibula fx and a stair limit (deficit), DF degrees (measure); 10 matches: passes.
        ["v7-h62-orleans-97140-ankle-after-the-boot"] = new(
            """
            NAUSET REGIONAL HOSPITAL — Outpatient Rehab, Orleans
            97140 — 10 min
               L talocrural posterior glides gr II–III, subtalar distraction, STM to the L calf (after 6 wks in a boot)
               L ankle stiff + swollen after a L distal fibula fx; can't get the L foot flat on the stairs
               DF 2° → 8°
            Pt 86.
            """,
            ["S82.832D"], [PT("97140", 10)], []),

        // 97116's meaning at Newberry: hemi-walker with distances and a sequence cue (technique), L hemiparesis with knee snapping back and toe catch (deficit), CGA and catches counted (measure); 14 matches: passes.
        ["v7-h62-newberry-97116-hemi-walker-coffee-table"] = new(
            """
            Hiawatha Rural Health — Rehab, Newberry
            Gait 97116 — 14 min
               hemi-walker in the R hand; hallway 3 x 60 ft, then 1 lap of the waiting room around the coffee table; cue "walker — bad leg — good leg"
               L hemiparesis (R MCA stroke 2024): L knee snaps back, L foot catches
               CGA; 2 catches of the L toe on the last lap
            Pt 92; his wife sat and held his coat.
            """,
            ["I69.354"], [PT("97116", 14)], []),

        // Generic 97110: "TE per flowsheet. Pt tired, tolerated fair. Continue POC. 12 min." — no exercise, region or number but its minutes (which match).
        ["v7-h62-generic-97110-per-flowsheet"] = new(
            "TE per flowsheet. Pt tired, tolerated fair. Continue POC. 12 min.",
            ["M62.81"], [PT("97110", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic 97112 + 97116 with minutes for each (15 and 10, both match): only generic phrases for both codes, "with pt and family" is no one-on-one statement.
        ["v7-h62-generic-nmr-gait-with-family"] = new(
            "Neuro re-ed 15 min and gait training 10 min done today with pt and family. Tolerated well, no complaints. Will continue with plan.",
            ["R26.81"], [PT("97112", 15), PT("97116", 10)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"),
             At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // Generic OT 97530: "Functional activities. Pt did well, daughter present. Cont POC. 18 min." — no activity, deficit or goal, or number but its minutes.
        ["v7-h62-generic-ot-97530-daughter-present"] = new(
            "Functional activities. Pt did well, daughter present. Cont POC. 18 min.",
            ["F03.90"], [OT("97530", 18)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Venice PTA, 89, by paratransit: NMR 20 ("PTA + pt, one-on-one") and TE 13 match; half-roll reaches, cone step-overs, counter pushes; exercises with doses; hip weakness and ankle proprioception; seconds and k of 5: passes.
        ["vord-h62-venice-pta-nmr-te-paratransit"] = new(
            """
            MYAKKA SENIOR PHYSICAL THERAPY — Venice · PTA daily note
            Pt 89, came on the paratransit van; driver back at 11:15.
            NMR 97112 — 20 min — PTA + pt, one-on-one
               half foam roll (flat side down) stance w/ arm reaches; stepping over 3 cones and back; lateral pushes in tandem at the counter
            TE 97110 — 13 min
               seated knee ext 2 lb 2 x 12; standing hip abd 2 x 10 each; heel raises 2 x 15
            Weak hips (4-/5), ↓ proprioception B ankles; one fall in the carport in Feb
            Tandem at the counter 8 s; 4 of 5 cone passes w/o a touch
            """,
            ["R29.6", "M62.81"], [PTA("97112", 20), PTA("97110", 13)], []),

        // Port Charlotte, 90: a slow dance at the great-grandson's wedding as the goal, with weight-shift timing and postural responses on turns as the deficit; box step, beat shifts, a turn under the arm; "PT w/ pt only"; cycles and k of 5: passes.
        ["vord-h62-port-charlotte-wedding-box-step"] = new(
            """
            MYAKKA SENIOR PHYSICAL THERAPY — Port Charlotte
            Goal: a slow dance with her great-grandson at his wedding (April, Punta Gorda).
            97112 · 24 min · PT w/ pt only (her daughter filmed it for the groom)
               box step to a slow song, hands on my forearms → one hand on my shoulder; side-to-side weight shifts on the beat; turning under my arm in a slow half circle
               Deficit: ↓ weight-shift timing + slow postural responses on turns; sways after turning (L hip fx 2025)
               Box step 8 cycles w/o a loss of balance; half turn steady 4 of 5
            Pt 90.
            """,
            ["S72.002D", "R26.81"], [PT("97112", 24)], []),

        // Hyannis three codes after an intertrochanteric fx: 97140 10, 97110 15 and 97116 13 in the code rows all match; ITB STM, scar mobilization, distraction; hip exercises with doses; walker → cane with stairs and levels; hip pain, weakness and Trendelenburg; flexion degrees and gait speed: passes.
        ["vord-h62-hyannis-three-codes-hip-nail"] = new(
            """
            NAUSET REGIONAL HOSPITAL · Outpatient Rehabilitation · Hyannis
            PT TREATMENT — pt 87, R intertrochanteric fx (IM nail 01/28), wife in the room
            97140   10 min   STM R lateral thigh/ITB + scar mobilization over the incisions; R hip long-axis distraction gr II
            97110   15 min   supine heel slides 2 x 15; bridges 2 x 10; standing hip abd at the bar 2 x 10; mini squats 2 x 10
            97116   13 min   walker → cane, 2 x 150 ft; 6 stairs w/ rail, step-to; SBA level, CGA stairs; cues for R heel strike
            Impairments: R hip pain + weakness (abd 3/5), R Trendelenburg limp, scar tightness
            R hip flexion 90°; gait speed 0.55 m/s
            """,
            ["S72.141D"], [PT("97140", 10), PT("97110", 15), PT("97116", 13)], []),

        // Falmouth OT, 94: chowder prep in the OT kitchen with a rolling cart, SBA, a rest and grip kg; tremor and weak grip with a Friday-chowder goal; 23 matches: passes.
        ["vord-h62-falmouth-ot-friday-chowder"] = new(
            """
            NAUSET REGIONAL HOSPITAL — Outpatient Rehabilitation, Falmouth · OT
            97530 — 23 min
               chowder prep in the OT kitchen: getting the pot from the low cupboard, chopping an onion seated at the counter, moving the pot 8 ft on the rolling cart to the stove, ladling into a bowl
               R hand tremor + weak grip; can't stand long at the stove
               SBA standing; 1 seated rest; grip R 13 kg
               goal: cook Friday chowder for her son's family again
            Pt 94 — hearing aids in; every step shown first, then said.
            """,
            ["G25.0", "M62.81"], [OT("97530", 23)], []),

        // Larkspur "Timed: NMR 21 · TE 16" both match; "one-on-one, resident + PT only"; called floor dots, EC tandem at the rail, beanbag pick-ups; machines and a weighted ball with doses; stepping, proprioception and extensor weakness; k of 16 and seconds: passes.
        ["vord-h62-larkspur-nmr-te-wellness-floor"] = new(
            """
            LARKSPUR HILL THERAPY CENTER — PT · Cottages resident, 91
            Timed: NMR 21 · TE 16
            NMR (one-on-one, resident + PT only): stepping to the colored dots on the Wellness Center floor as I call them; tandem stance w/ eyes closed at the rail; picking beanbags up off the floor in narrow stance
            TE: leg press 40 lb 2 x 12; seated hamstring curl 20 lb 2 x 12; sit-to-stand holding a 4-lb ball 2 x 8
            Slow stepping responses + ↓ proprioception; weak hip + knee extensors (4-/5)
            Dots hit 14 of 16; tandem EC 4 s
            """,
            ["R26.81", "M62.81"], [PT("97112", 21), PT("97110", 16)], []),

        // Larkspur 97116, 95: rollator to the chapel with distance and a bench rest, chapel steps and the 2nd pew; knee OA, wide base and a heel catch; SBA/CGA; 20 matches: passes.
        ["vord-h62-larkspur-chapel-steps-and-pew"] = new(
            """
            LARKSPUR HILL THERAPY CENTER — PT · Maple Court (AL), 95
            Gait 97116 · 20 min
               rollator from Maple Court to the chapel, practicing for Sunday service: 260 ft with one bench rest; then the 2 chapel steps with the rail, and in/out of the 2nd pew
               L knee OA pain; slow, wide-based, leans on the rollator; catches her R heel on the chapel carpet
               SBA on the walkway; CGA on the steps
            """,
            ["M17.12", "R26.89"], [PT("97116", 20)], []),

        // Syracuse PD, 88, own rollator: "I was the only clinician with him and he was my only pt for the block"; counted big steps, stride-stance reaches, low-couch rising; hypokinesia and freezing; Mini-BEST and 5xSTS; 22 matches: passes.
        ["vord-h62-syracuse-pd-only-clinician-only-pt"] = new(
            """
            SALT CITY NEURO & MEMORY REHAB — Syracuse
            Pt 88, PD; came w/ his daughter + his own rollator (tightened the brakes for him).
            97112 — 22 min — I was the only clinician with him and he was my only pt for the block
               large-amplitude forward/sideways/backward stepping to a count ("one-two-three, big!"); weight shifts in stride stance reaching to a shelf; standing up from the low couch w/ rocking momentum, x 5
               hypokinesia, slow postural responses, freezing at turns
               Mini-BEST 14/28; 5xSTS 19.2 s
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // Camillus OT, 99, wheelchair from home pushed by her 97-year-old husband: stand-pivots to the Buick and the toilet with counts and min A → CGA, the husband trained; hip/knee weakness and memory loss with a car goal; 21 matches: passes.
        ["vord-h62-camillus-ot-99-stand-pivot-to-the-buick"] = new(
            """
            SALT CITY NEURO & MEMORY REHAB — Camillus · OT
            Pt 99, in her wheelchair from home (her husband, 97, pushes it). Goal: stand-pivot into their Buick with only her husband helping.
            97530 — 21 min
               wheelchair → car seat stand-pivot to the L, x 3; wheelchair → clinic toilet w/ the grab bar, x 2; husband practiced the gait-belt hold + the cue "nose over toes" on the last car transfer
               L hip/knee weakness + memory loss (needs the same cue at each step)
               Car transfer min A x 2 → CGA on the 3rd; toilet min A
            """,
            ["M62.81", "F03.90"], [OT("97530", 21)], []),

        // Manistique PTA 97110, 92: sit-to-stands, band work, step-ups, ankle pumps with doses; R hip weakness after a hemiarthroplasty (ice at the post office); 19 matches: passes.
        ["vord-h62-manistique-pta-te-post-office-ice"] = new(
            """
            Hiawatha Rural Health — Rehab, Manistique · PTA note
            97110 – 19 min
               sit-to-stand from the 17" chair 3 x 6; standing hip abd + ext w/ red band 2 x 10; step-ups 4" 2 x 10; ankle pumps 2 x 20
               R hip/thigh weakness after a R hip hemiarthroplasty (fell on the ice at the post office in Dec) — R hip abd 3+/5
            Pt 92; his son takes him for coffee at the bakery after.
            """,
            ["S72.001D", "Z96.641"], [PTA("97110", 19)], []),

        // Engadine SOAP, 86, deer camp as the goal: 97112 18 ("one-on-one") and 97116 13 match; pushes, couch-cushion head turns and step-ups; cane on gravel and grass with a bolster and SBA; proprioception and uneven-ground gait; Berg and seconds: passes.
        ["vord-h62-engadine-deer-camp-soap"] = new(
            """
            Hiawatha Rural Health — Rehab · Engadine outreach clinic
            S: "I want to get to deer camp in November, even if I just sit in the blind." Son drives him.
            O: 97112 — 18 min, one-on-one (PT + pt; son out in the truck)
                 reactive stepping to pushes from each side; standing on a couch cushion w/ head turns; step-ups onto the cushion w/ a pause
               97116 — 13 min
                 cane outdoors: gravel lot + grass behind the clinic, 2 x 150 ft; stepping over a log-sized bolster x 4; SBA
            A: ↓ proprioception + slow stepping; uneven-ground gait w/ a short R step
               Berg 45/56; cushion + head turns 12 s
            P: cont 2x/wk
            Pt 86.
            """,
            ["R26.81"], [PT("97112", 18), PT("97116", 13)], []),

        // North Port, 91, dizzy with head movement since a January cold (Dix-Hallpike negative): "1:1; her companion from church sat in"; VOR x1 with a business card, head-turn walking, standing turns; R vestibular hypofunction; DGI and DVA: passes.
        ["vord-h62-north-port-vor-business-card"] = new(
            """
            MYAKKA SENIOR PHYSICAL THERAPY — North Port
            Pt 91, dizzy w/ head movements since a bad cold in Jan; Dix-Hallpike negative both sides.
            97112 — 20 min — 1:1; her companion from church sat in
               VOR x1 yaw + pitch w/ a business card taped to the wall, seated then standing; walking w/ head turns in the hall; standing turns to each side w/ eyes open
               R vestibular hypofunction (head impulse + to the R) → blurry vision + unsteady with head turns
               DGI 17/24; DVA 3 lines lost
            """,
            ["H81.21"], [PT("97112", 20)], []),

        // Sandwich OT 97112, 87: "one-on-one, OT and pt"; UE weight bearing with shifts, PNF D2 with rhythmic initiation, standing pegs; R UE ataxia and lost proprioception after a thalamic stroke; finger-to-nose k of 10 and pegs in seconds; 22 matches: passes.
        ["vord-h62-sandwich-ot-nmr-thalamic-hand"] = new(
            """
            NAUSET REGIONAL HOSPITAL — Outpatient Rehab, Sandwich · OT
            OT 97112 — 22 min — one-on-one, OT and pt (his grand-niece in the waiting room)
               R UE weight bearing on the mat in sitting w/ lateral shifts; PNF D2 flexion w/ rhythmic initiation; placing pegs in the board standing at the table
               R UE ataxia + ↓ proprioception after a L thalamic stroke (doesn't know where the R hand is without looking)
               Finger-to-nose R 6 of 10 on target; 9 pegs in 60 s
            Pt 87.
            """,
            ["I69.398"], [OT("97112", 22)], []),

        // Newberry MT 11 and TE 15 match; patellar and tibiofemoral glides with grade and STM; quad sets, heel slides, SAQ, bike with doses; knee ROM after TKA with a truck limit: passes.
        ["vord-h62-newberry-mt-te-knee"] = new(
            """
            Hiawatha Rural Health — Rehab, Newberry
            MT 97140 ... 11 min: R patellar glides (sup/inf, med/lat), tibiofemoral A/P glides gr III in sitting, STM to the distal quad
            TE 97110 ... 15 min: quad sets 10 x 5-s hold, heel slides w/ a strap 2 x 15, SAQ 2 lb 2 x 12, stationary bike rocking → full turns
            R TKA (wk 7): flexion 92°, extension −5°; can't bend enough to climb into his son's truck
            Pt 88.
            """,
            ["Z96.651", "Z47.1"], [PT("97140", 11), PT("97110", 15)], []),

        // Orleans complete 97112 (individual with the daughter present, wall step-and-reach, Airex arm raises, counter backward walking; postural control and slow steps; Berg and feet) sent with no diagnosis.
        ["vord-h62-orleans-no-diagnosis"] = new(
            """
            NAUSET REGIONAL HOSPITAL — Outpatient Rehab, Orleans
            97112  Neuromuscular re-ed  21 min   individual — therapist w/ this pt only, daughter present
               step-and-reach to targets on the wall; stance on the Airex w/ arm raises; backward walking along the counter
               ↓ postural control since his fall off the porch step; slow protective steps
               Berg 40/56; backward walk 10 ft w/o reaching for the counter
            Pt 93.
            """,
            [], [PT("97112", 21)], [Dx]),

        // Munising complete 97116 (quad cane, distances, ramp, CGA, cues; R hemiparesis with circumduction and toe catch) with the old ICD-9 code 438.20 as its diagnosis: diagnosis not well formed.
        ["vord-h62-munising-icd9-code"] = new(
            """
            Hiawatha Rural Health — Rehab, Munising clinic
            97116 gait — 17 min
               quad cane, 3 x 75 ft in the hall + the ramp at the side door x 2; CGA on the ramp; cues for R hip/knee flexion in swing
               R hemiparesis (stroke 2019) — stiff R knee, circumducts, R toe catches on the ramp
            Pt 88.
            """,
            ["438.20"], [PT("97116", 17)], [Dx]),

        // Generic two-code note with only a total ("35 minutes total … Daughter present"): no technique, deficit or measure for either code, no one-on-one, no minutes for each.
        ["vord-h62-generic-two-codes-total"] = new(
            "Therapeutic exercise and neuromuscular re-education, 35 minutes total. Patient tolerated treatment well. Daughter present. Continue plan of care.",
            ["R26.81"], [PT("97110", 12), PT("97112", 23)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112"), SepTime]),

        // Auburn PTA "TE 97110 — 25 min" against a 13-min PTA line: mismatch; marching, sit-to-stands, heel raises, rows with doses; deconditioning and leg weakness in PD complete.
        ["vord-h62-auburn-pta-te-time-differs"] = new(
            """
            SALT CITY NEURO & MEMORY REHAB — Auburn · PTA
            TE 97110 — 25 min
               seated marching w/ 2-lb cuffs 2 x 20; sit-to-stand 3 x 5; standing heel raises 2 x 12; seated rows w/ green band 2 x 12
               deconditioning + B leg weakness (PD) — tires on the walk in from the parking lot
            Pt 90; wife drove.
            """,
            ["G20.A1", "M62.81"], [PTA("97110", 13)], [At(Mismatch, "97110")]),

        // Venice OT "OT 97530: 12 min" against a 24-min OT line: mismatch; laundry tasks, shoulder weakness after a humerus fx, CGA and a towel count complete.
        ["vord-h62-venice-ot-laundry-time-differs"] = new(
            """
            MYAKKA SENIOR PHYSICAL THERAPY — Venice · OT
            OT 97530: 12 min
               laundry: loading the front-loader from a basket on the rollator seat, moving wet clothes to the dryer, folding towels standing at the table
               L shoulder weakness after a proximal humerus fx (out of the sling 4 wks) — can't reach into the machine
               CGA standing; 6 towels folded standing
            Pt 91.
            """,
            ["S42.202D"], [OT("97530", 24)], [At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
