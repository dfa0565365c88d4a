using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The forty-ninth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// in this folder (read for their format and to write styles, phrasings, vocabulary and examples they do
/// not already have). The engine's output on these notes was never looked at while writing them, and the
/// tests were never run by the reviewer.
/// The set is meant to measure the ordinary middle of a market the earlier sets touch only in passing: a
/// random week of Medicare Part B therapy delivered OUTSIDE ordinary clinics, in the proportions a billing
/// manager sees them — about three in five ordinary and complete, single- and multi-code visits (97110, 97112,
/// 97116, 97140, 97530, up to three in a visit), by PTs, PTAs and OTs, from five employers:
/// <list type="number">
/// <item>a contract therapy company's Part B notes for long-term residents of four Kansas City–area nursing
/// homes ("Prairie Gate Therapy Services @ Cedar Bluff Health Care Center", Liberty; "… @ Shawnee Crossing
/// Nursing &amp; Rehab", Shawnee; "… @ Blue Valley Manor", Raytown; "… @ St. Brigid Living Center",
/// Independence) on a "PART B DAILY SKILLED NOTE" template: "Skilled interventions:", "Pt response:",
/// "Nsg carryover:", "Restorative hand-off:" (an FMP for the RNA, walk-to-dine, walk-to-chapel), "Delivery:
/// 1 res : 1 therapist", "Mode: concurrent — 2 residents in the rehab kitchen", a "Skilled Y | 1:1 Y | Nsg
/// carryover Y | RNP referral N" row, a "☐ One-on-one ☑ Referred to RNP" row, an uncircled "Assist (circle
/// one)" scale, a dot-leader "Treatment Minutes:" block, bedside sessions with the curtain drawn, a shared room,
/// the Jintronix exergame, the Merry Walker, the Minimal Chair Height test, a PT/OT co-treat;</item>
/// <item>a second contract company in East Tennessee nursing homes ("Clinch River Therapy — contract rehab @
/// Hawthorne Hills Nursing Home", Oak Ridge; "… @ Ridgeview Health Care", Clinton) on a "DAILY SKILLED NOTE
/// — Part B" with "Skilled need today:", "Skilled:", "Res response:", the MDS mode letters "Mode (I/C/G/CT):
/// I" (and C), "Skilled? Y 1:1? N Cotx? N", "CGA x1 w/ gait belt", the overhead trapeze and a transfer board,
/// the SciFit stepper, O2 by nasal cannula, "Total timed tx: 40 min (TE + GT)";</item>
/// <item>an on-site Part B provider at an Omaha senior-living campus ("Harvest Point Therapy — Aspen Court
/// Assisted Living / Independent Living") treating in residents' apartments and cottages ("AL apt 2-214",
/// "IL cottage 17"), a tablet visit record with "Direct 1:1 contact ○ Yes ● No", the salon, the bistro, the
/// mailroom and its fire door, the chapel, the laundry room, the community shuttle, the porte-cochère; Geri-Fit,
/// the four Ps of energy conservation, the Doff N' Donner with backward chaining, the Short Form Berg and the
/// Physical Performance Test;</item>
/// <item>a mobile outpatient practice in the Twin Cities suburbs treating in patients' homes ("North Star
/// Mobile Physical Therapy — home visit (POS 12)": Woodbury, Blaine, Edina, Burnsville, Maplewood, Coon Rapids,
/// Shoreview, Apple Valley, Roseville): a rambler and a split-entry house, the garage steps, the salted
/// driveway to the mailbox, a front stoop, a husband out snowblowing, "Staffing: OT only, no aide, no other pt
/// at this address", "Arrived 10:05. TE 10:08–10:23. GT 10:23–10:38.", a surface / device / distance / assist
/// gait grid, Kawahira repetitive facilitation, a cross-hand myofascial release, the 1-minute sit-to-stand test
/// and 4-metre gait speed;</item>
/// <item>an adult day health centre's therapy room in Las Cruces ("Mesilla Valley Adult Day Health Center")
/// with visiting Part B PT, PTA and OT: participants ("ppt", Sra. / Sr.), the morning chair-exercise circle
/// with a program aide, lotería in the main room, the lunch line and the activity kitchen's griddle, the van
/// step, "Service: ▣ Individual ▢ Group", "Ppt seen by herself with the PT in the therapy room; door shut",
/// "PT time today: 22 minutes of balance work (97112) + 13 minutes of walking practice (97116)", TheraTogs,
/// the seated Modified Functional Reach for a wheelchair user.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h49-…): one-on-one in these writers' words ("Delivery: 1 res : 1 therapist, whole NMR
/// block", "had my full attention for all of NMR", "Ppt seen by herself with the PT", "Staffing: OT only … direct
/// 1:1 throughout"), notes that negate it (a resident seen concurrently with the Rm 118 resident, the adult-day
/// chair-exercise circle of nine, a shared room where the PT alternated between roommates) or never state it (a
/// complete home visit with the wife making coffee, "CGA x1 w/ gait belt" as the only staffing), and an OT
/// 97530 in a concurrent kitchen session, which has no one-on-one check;</item>
/// <item>class 2 (v2-h49-…): template states: the MDS mode letters "Mode (I/C/G/CT): I" and ": C", "Service: ▣
/// Individual ▢ Group", "Direct 1:1 contact ○ Yes ● No", an assistance scale with nothing circled on a 97530, a
/// Y/N row with "1:1 Y" beside nursing carry-over and RNP referral, a ticked restorative referral beside an
/// empty one-on-one box, a surface / device / distance / assist grid on a 97116, ticked impairment boxes, "Skilled?
/// Y 1:1? N Cotx? N";</item>
/// <item>class 3 (v3-h49-…): named programmes, devices and methods as techniques (Jintronix exergames, Geri-Fit,
/// cross-hand myofascial release, the overhead trapeze and a transfer board, the four Ps of energy
/// conservation, the SciFit stepper, the Merry Walker, the Doff N' Donner with backward chaining), one Kawahira
/// repetitive-facilitation 97112 with no number and one TheraTogs 97112 with no deficit;</item>
/// <item>class 4 (v4-h49-…): deficits stated as findings (a lateral lean with no righting, left inattention by
/// its signs, a knee that lacks 18° of extension, a foot slap with toe catch and hip hiking, a positive
/// Trendelenburg with grades, ideational apraxia by its errors, heels-weighted posterior bias) and notes that
/// state none (a negative neuro screen on a 97112, "Strength 5/5 and AROM WFL" on a 97110, "At PLOF … no
/// functional limitations" on a 97530);</item>
/// <item>class 5 (v5-h49-…): measures in their usual forms (the Minimal Chair Height test in cm, the 1-minute
/// sit-to-stand, the 7-item Physical Performance Test, the seated Modified Functional Reach, a measured distance
/// from the room to the dining room, goniometry before and after) and notes with none ("CNA says she walked
/// better than yesterday", a home programme named without a dose, "Did well today", "Berg: deferred");</item>
/// <item>class 6 (v6-h49-…): minutes in their usual forms (a dot-leader "Treatment Minutes:" block, clock
/// ranges by code between an arrival and a departure time, "PT time today: 22 minutes of … (97112) + 13 minutes
/// of … (97116)", "38 min total — TA 23, TE 15"), true mismatches (a PTA gait line, a single 97110 "Session", an
/// OT "97530 x 35 min", an NMR clock range) and truly missing separate time (a total "(TE + GT)", minutes for
/// one code of two);</item>
/// <item>class 7 (v7-h49-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check), the contract's meanings for 97110 (cuff weights in the wheelchair), 97530 (bed making in
/// an AL apartment), 97140 (talocrural glides and calf stretch for heel-cord tightness) and 97116 (a hemi walker
/// with distance and assistance), and wholly generic 97530 + 97116, 97140 and 97112 notes;</item>
/// <item>ordinary (vord-h49-…): complete notes of the five employers across codes and disciplines that a
/// reviewer passes (the false-positive guard), and the ordinary weak ones: a complete note with no diagnosis,
/// an ICD-9 code in the diagnosis field, a generic two-code note with a total, a complete two-code home visit
/// that never says one-on-one, a ther-ex time that differs, a 97112 with no number, a timed total only, and a
/// therapeutic-activity time that differs beside a gait section with no minutes.</item>
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
/// Numbers that are not minutes of a code or measures (room and apartment numbers, arrival and departure times,
/// oxygen litres, steps of a staircase, a goal's staffing) are read as what they are; no note states minutes of
/// an exercise, a rest or a test. Cases a careful reviewer could argue either way were left out: a content gap
/// in one section of a multi-code note (multi-code notes fail here only on time, one-on-one, diagnosis or when
/// the whole note lacks the thing), generic phrases beside a deficit or a measure without a technique, a dose
/// alone as a 97112's measure, vital signs or self-rated scores as the only number, a cueing level as the only
/// measure, "face-to-face" as the only word on attendance, an interrupted one-on-one, minute ranges and
/// approximate minutes, canalith repositioning, a diagnosis code written without its dot, and any line with a
/// code that has no documentation profile.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 83 of 99 cases agree (98 needed), and 11 of the 60 notes the reviewer passes got a finding, on the analyzer
/// of 9bc1aa7 (the start of the 2026-12-05 sixth session; a separate worktree, only these figures read).
/// </para>
/// <para>
/// After: 83 of 99, 11 false positives — the same cases — at its first run on the analyzer of 37948e2 (the session's
/// readings of what the forty-third to forty-seventh sets had left; not shaped by this set): the held-out figure — Part
/// B therapy outside clinics (nursing homes, assisted living, homes, an adult day centre). Then development data,
/// worked through (with four read-only reviews of the readings): 98 of 99, no false positive — "1 res : 1 therapist",
/// "seen by herself with the PT", "Mode (I/C/G/CT): I", "— res. and PT only" after a dash, "Just Sr. Baca and me in
/// the therapy room", "22 minutes of balance work (97112) + 13 minutes of walking practice (97116)", a dot-leader
/// "Treatment Minutes" block with "Ther Activities", an "Assist (circle one)" scale with nothing circled, "Strength 5/5
/// and AROM WFL in all four extremities", a "Finding:" line of a posterior lean, household tasks under the code line,
/// "to improve strength and function" as generic. Left: "Res response: independent on all tasks. At PLOF …" read as a
/// functional goal (the reviewer: a measure, and no deficit). New examples in NotesAsWrittenTests
/// "forty-eighth-to-fifty-second-sets".
/// </para>
/// </summary>
public class HeldOutNotesIssue18FortyNinthTests(ITestOutputHelper output)
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

        // Contract-therapy SNF template "Delivery: 1 res : 1 therapist, whole NMR block"; foam sit→stand, rail perturbations at the pelvis, floor-dot stepping; posterior lean and delayed stepping; Tinetti balance and semi-tandem seconds: passes.
        ["v1-h49-cedarbluff-one-res-one-therapist"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ Cedar Bluff Health Care Center — Liberty, MO
            PART B DAILY SKILLED NOTE — PT
            Res: Mrs. H. (long-term, Hall B)
            Delivery: 1 res : 1 therapist, whole NMR block
            97112 NMR — 24 min
            Skilled interventions: sit→stand onto a foam pad w/ anterior wt-shift cues; standing at the hall rail w/ PT perturbations at the pelvis, A/P and lateral; stepping to colored floor dots on call
            Pt response: 2 posterior LOB early, both self-corrected w/ a step by the end
            Deficit: posterior lean + delayed stepping response (↓ postural control); 2 falls on the unit since Jan
            Tinetti balance 8/16 (6/16 at Part B eval); semi-tandem 6 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // PTA "Res. seen concurrently w/ the Rm 118 res. — … PTA cueing each in turn": not one-on-one; mirror weight shifts, foam marching in the bars, step taps; L weight acceptance after R CVA; Berg present.
        ["v1-h49-shawnee-pta-concurrent-rm-118"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ Shawnee Crossing Nursing & Rehab — Shawnee, KS
            PART B DAILY SKILLED NOTE — PTA (sup PT: D. Albers)
            Res. seen concurrently w/ the Rm 118 res. — both at the parallel bars, PTA cueing each in turn
            97112 NMR — 22 min
            Skilled interventions: wt shifts onto the L LE w/ mirror feedback, marching on foam in the // bars, alternate toe taps to a 4-in step w/o UE support
            Pt response: fatigued by the 3rd round, 1 seated rest
            Deficit: ↓ L LE wt acceptance + ↓ standing postural control after R CVA
            Berg 33/56 (29/56 at Part B eval)
            """,
            ["I69.354"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // AL apartment "Mr. V had my full attention for all of NMR; his wife was out at the salon" is one-on-one; counter tandem EC, towel step-overs, reaching on a folded mat, stops and turns; neuropathic foot proprioception; Romberg EC and FGA: passes.
        ["v1-h49-aspen-al-full-attention"] = new(
            """
            HARVEST POINT THERAPY — on site at Aspen Court Assisted Living, Omaha
            AL apt 2-214 · Part B PT
            Mr. V had my full attention for all of NMR; his wife was out at the salon.
            97112 NMR — 23 min: tandem stance at the kitchen counter w/ EC; stepping over a rolled bath towel laid across the hall; reaching to the top cupboard while standing on a folded exercise mat; quick stops and turns on my call
            Impairment: ↓ foot proprioception (diabetic neuropathy) — relies on his eyes, unsteady getting up at night
            Romberg EC 9 s; FGA 16/30
            """,
            ["E11.42", "Z91.81"], [PT("97112", 23)], []),

        // Mobile home visit, complete (rocker board at the counter, EC on a folded quilt, pushes at the shoulders, hallway turns with head turns; PD backward protective steps; pull test and TUG) but nothing says one-on-one ("Wife home, made coffee").
        ["v1-h49-roseville-rambler-unstated"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — home visit (POS 12), Roseville
            Part B · visit 7
            97112 — 25 min
            Rambler; worked in the kitchen and the hall. Wife home, made coffee.
            Tx: rocker board A/P holding the counter; EC stance on a folded quilt; stepping-strategy practice to my pushes at the shoulders; turning in the narrow hall w/ head turns
            Problem: slow, small backward protective steps — loses balance stepping back from the stove (PD)
            Pull test: 3 steps to recover; TUG 13.8 s
            """,
            ["G20.A1", "R26.81"], [PT("97112", 25)], [At(OneOnOne, "97112")]),

        // Adult day "done in the morning chair-exercise circle (9 ppts; PT leading, program aide assisting)": a group, not one-on-one; behind-chair weight shifts, rocks, semi-tandem, head-turn marching; ankle strategy; 5xSTS and semi-tandem present.
        ["v1-h49-mesilla-chair-circle"] = new(
            """
            MESILLA VALLEY ADULT DAY HEALTH CENTER — Las Cruces · visiting PT (Part B), Tues
            97112 — 20 min, done in the morning chair-exercise circle (9 ppts; PT leading, program aide assisting)
            Ppt: Sra. Ortega. Standing behind her chair: side-to-side wt shifts, toe/heel rocks, semi-tandem w/ one hand on the chair back, marching w/ head turns
            For her: ↓ ankle strategy + lateral postural control; 2 falls at home (daughter reports)
            5xSTS 17.9 s; semi-tandem 8 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Adult day "Ppt seen by herself with the PT in the therapy room; door shut": one-on-one; Airex EC, beanbag catches, rail side-stepping over half-rolls, reactive steps; foot proprioception and reactive balance; functional reach and Airex seconds: passes.
        ["v1-h49-mesilla-therapy-room-by-herself"] = new(
            """
            MESILLA VALLEY ADULT DAY HEALTH CENTER — Therapy Room · visiting PT (Part B), Thurs
            Ppt seen by herself with the PT in the therapy room; door shut, aides out on the main floor w/ everyone else.
            97112 NMR — 22 min: standing on the blue Airex w/ eyes closed; catching a beanbag tossed off to either side; side-stepping along the wall rail over foam half-rolls; reactive steps to light pushes at the hips
            Problem: ↓ proprioception both feet + slow reactive balance (diabetic neuropathy); tripped on the van step last week
            Functional reach 7.5 in; Airex EC stance 11 s
            """,
            ["E11.42", "Z91.81"], [PT("97112", 22)], []),

        // SNF OT 97530 "Mode: concurrent — 2 residents in the rehab kitchen": the one-on-one check is for 97112 only; counter, cabinet, reacher and walker-bag tasks with trips, SBA and a cue count; bedside-table goal: passes.
        ["v1-h49-bluevalley-ot-97530-concurrent"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ Blue Valley Manor — Raytown, MO
            PART B DAILY SKILLED NOTE — OT
            Mode: concurrent — 2 residents in the rehab kitchen
            97530 Ther Act — 20 min
            Skilled interventions: standing at the counter to wipe the table and put mugs away in the upper cabinet; retrieving a washcloth from the bottom drawer w/ the reacher; carrying items in the walker bag, 3 trips counter → table
            Pt response: 1 standing rest; SBA throughout, VC x4 for walker placement
            Goal: set up her own bedside table and get her clothes out of the wardrobe w/o calling for staff
            """,
            ["M62.81", "R53.81"], [OT("97530", 20)], []),

        // Shared room "I alternated between the two of them every few reps" (the roommate is also on Part B PT): not one-on-one; EOB reaching, righting from elbow prop, EC sit→stand; sitting balance and trunk righting after L CVA; FIST present.
        ["v1-h49-stbrigid-alternated-roommate"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ St. Brigid Living Center — Independence, MO
            PART B DAILY SKILLED NOTE — PT
            Seen in shared Rm 214 w/ her roommate (also Part B PT); I alternated between the two of them every few reps.
            97112 — 23 min
            Skilled interventions: sitting EOB w/o UE support reaching to cones outside BOS; lateral righting up from elbow prop; sit→stand w/ eyes closed
            Deficit: ↓ sitting balance + trunk righting after L CVA, leans R
            FIST 31/56 (24/56 at Part B eval)
            """,
            ["I69.351"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Tennessee contract note: "CGA x1 w/ gait belt" is the assistance (one staff), not one-on-one, and nothing else says so; bar rhythmic stabilization, foam shifts, yardstick step-overs; trunk postural control with R hemiparesis; Berg present.
        ["v1-h49-ridgeview-cga-x1-unstated"] = new(
            """
            CLINCH RIVER THERAPY — contract rehab @ Ridgeview Health Care, Clinton, TN
            DAILY SKILLED NOTE — Part B (long-term res.)
            Skilled need today: 97112 NMR, 24 min
            Res. stood at the // bars, CGA x1 w/ gait belt: rhythmic stabilization at the pelvis and shoulders, lateral wt shifts onto foam, forward step-overs of a yardstick w/ R lead
            Res tolerance/response: 2 seated rests; SpO2 93–95% on RA
            Impairment: ↓ trunk/pelvic postural control w/ R hemiparesis after L CVA
            Berg 29/56 (25/56 at Part B SOC)
            """,
            ["I69.351"], [PT("97112", 24)], [At(OneOnOne, "97112")]),

        // Mobile OT "Staffing: OT only, no aide, no other pt at this address — direct 1:1 throughout"; island weight bearing, PNF D1 with rhythmic initiation, can placing; R UE motor control and scapular stability; ARAT: passes.
        ["v1-h49-woodbury-ot-staffing-line"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — OT home visit (POS 12), Woodbury
            Staffing: OT only, no aide, no other pt at this address — direct 1:1 throughout.
            97112 — 22 min: closed-chain R UE wt bearing on the kitchen island w/ lateral shifts; PNF D1 flexion R UE w/ rhythmic initiation; placing soup cans on two cupboard shelves w/ the R hand
            ↓ R UE motor control + scapular stability after L MCA CVA last fall
            ARAT R 24/57 (16/57 at eval)
            """,
            ["I69.331"], [OT("97112", 22)], []),

        // ---------------------------------------------------------------- class 2: grids, check marks and Y/N fields

        // Tennessee "Mode (I/C/G/CT): I" (the MDS mode letters, I = individual); corner EC stance with head turns and ball pass, low-step lateral step-ups, resisted side-steps; postural control with vision removed; mCTSIB and Berg: passes.
        ["v2-h49-hawthorne-mode-i"] = new(
            """
            CLINCH RIVER THERAPY — contract rehab @ Hawthorne Hills Nursing Home, Oak Ridge, TN
            DAILY SKILLED NOTE — PT — Part B
            Mode (I/C/G/CT): I
            97112 — 23 min
            Skilled: standing in the corner w/ a chair in front — EC stance, head turns, passing a ball around the waist; lateral step-ups onto a low step; resisted side-stepping w/ PT at the hips
            Res response: steadier w/ head turns by the end, no dizziness
            Impairment: ↓ postural control w/ vision removed + slow lateral stepping; fell reaching for the call light last month
            mCTSIB foam EC 7 s (3 s at SOC); Berg 41/56
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // The same template answered "Mode (I/C/G/CT): C" (concurrent): not one-on-one; floor-target stepping, rail tandem, ball kicks on foam; L LE proprioception after TKA revision; SLS and Berg present.
        ["v2-h49-hawthorne-pta-mode-c"] = new(
            """
            CLINCH RIVER THERAPY — contract rehab @ Hawthorne Hills Nursing Home, Oak Ridge, TN
            DAILY SKILLED NOTE — PTA — Part B
            Mode (I/C/G/CT): C
            97112 — 22 min
            Skilled: stepping to floor targets w/ the L, tandem walking along the hall rail, kicking a ball while standing on foam
            Impairment: ↓ L LE proprioception + stance stability after L TKA revision
            SLS L 3 s, R 9 s; Berg 44/56
            """,
            ["Z96.652", "R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // Adult day "Service: ▣ Individual ▢ Group"; rocker board, foam stance turning to read wall cards, cone obstacle walk with quick stops; postural control with head movement; DGI and TUG: passes.
        ["v2-h49-mesilla-service-box-individual"] = new(
            """
            MESILLA VALLEY ADULT DAY HEALTH CENTER — therapy visit (Part B)
            Service:  ▣ Individual   ▢ Group
            97112 — 20 min
            Tx: rocker board A/P holding the rail; standing on foam turning her head to read the lotería cards taped on the wall; obstacle walk around cones w/ quick stops
            Problem: ↓ postural control w/ head movement — gets dizzy turning to talk to people at lunch
            DGI 15/24; TUG 12.9 s
            """,
            ["R26.81", "R42"], [PT("97112", 20)], []),

        // IL tablet record "Direct 1:1 contact ○ Yes ● No": answered no; hallway tandem, Airex EC, threshold step-overs with head turns, balloon catches; proprioception and postural control; chair stand and semi-tandem present.
        ["v2-h49-aspen-il-direct-radio-no"] = new(
            """
            HARVEST POINT THERAPY — Aspen Court Independent Living, Omaha · tablet visit record
            IL cottage 17 · Part B PT
            Direct 1:1 contact   ○ Yes   ● No
            97112 — 22 min
            Tx: tandem walk along the cottage hallway; Airex stance w/ EC; stepping over the threshold strip w/ head turns; catching a balloon in semi-tandem
            Deficit: ↓ proprioception + postural control (B TKA, peripheral neuropathy)
            30-s chair stand 9; semi-tandem 10 s
            """,
            ["R26.81", "G62.9"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // SNF OT 97530 "Assist (circle one): I Supv SBA CGA Min Mod Max Dep" with nothing circled and no count or number anywhere: no measure; bed, pivot, toilet and clothing tasks and a night-toileting goal present.
        ["v2-h49-shawnee-ot-assist-uncircled-97530"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ Shawnee Crossing Nursing & Rehab — Shawnee, KS
            PART B DAILY SKILLED NOTE — OT
            97530 Ther Act — 22 min
            Skilled interventions: sup→sit EOB using the bed rail; stand-pivot bed → w/c; toilet transfer w/ the grab bar; clothing management in standing
            Assist (circle one):  I   Supv   SBA   CGA   Min   Mod   Max   Dep
            Pt response: motivated, asked to practice again tomorrow
            Goal: use the toilet in her room at night instead of wearing a brief
            """,
            ["M62.81", "R53.81"], [OT("97530", 22)], [At(Measure, "97530")]),

        // SNF PTA row "Skilled Y | 1:1 Y | Nsg carryover Y | RNP referral N" (the N is the restorative referral); weighted-ball catches, line stepping with nudges, EC firm → foam; anticipatory and reactive postural control; Tinetti: passes.
        ["v2-h49-cedarbluff-pta-yn-row"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ Cedar Bluff Health Care Center — Liberty, MO
            PART B DAILY SKILLED NOTE — PTA (sup PT: K. Moreland)
            Skilled Y | 1:1 Y | Nsg carryover Y | RNP referral N
            97112 — 20 min
            Skilled interventions: catching a 2-lb weighted ball in staggered stance; stepping fwd/back over a floor line w/ PTA nudges at the pelvis; EC standing on firm, then foam
            Nsg carryover: showed the day-shift CNA the "feet back, nose over toes" cue for sit→stand at the bedside
            Deficit: ↓ anticipatory + reactive postural control; leans back on standing
            Tinetti total 17/28 (14/28 at Part B eval)
            """,
            ["R26.81", "R29.6"], [PTA("97112", 20)], []),

        // "☐ One-on-one ☑ Referred to RNP for walk-to-dine ☐ Cotx": the tick is the restorative referral and the one-on-one box is empty; belt pulls, foam cone reaches, rail tandem; PD backward stepping; pull test and Berg present.
        ["v2-h49-stbrigid-rnp-ticked-one-on-one-blank"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ St. Brigid Living Center — Independence, MO
            PART B DAILY SKILLED NOTE — PT
            ☐ One-on-one   ☑ Referred to RNP for walk-to-dine   ☐ Cotx
            97112 — 23 min
            Skilled interventions: reactive stepping to PT pulls at the gait belt, fwd and back; standing on foam reaching to cones at shoulder height; tandem along the tape line w/ one hand on the rail
            Deficit: slow, short backward protective steps (PD)
            Pull test 3 steps; Berg 38/56
            """,
            ["G20.A1"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Mobile 97116 grid "Surface | Device | Distance | Assist" (carpet → vinyl, the salted driveway to the mailbox, the garage steps) with SBQC, distances and SBA/CGA; R hip OA gait with a Trendelenburg lurch: passes.
        ["v2-h49-blaine-gait-grid-97116"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — home visit (POS 12), Blaine
            Gait training 97116 — 16 min
            Surface                   | Device        | Distance                  | Assist
            carpet → kitchen vinyl    | SBQC          | 3 x 45 ft                 | SBA
            driveway (salted, dry)    | SBQC          | 2 x 80 ft, to the mailbox | CGA
            garage steps (3)          | rail + SBQC   | up/down x 2, step-to      | CGA
            Gait: short R stance, trunk lean over the R, R Trendelenburg (R hip OA, THA scheduled in April)
            """,
            ["M16.11"], [PT("97116", 16)], []),

        // Adult-day OT "Impairments addressed: ☑ UE motor control ☑ coordination ☐ sensation ☐ vision" (the ticked rows are the deficits) and "OT and ppt only in the therapy room"; L hand weight bearing, PNF D2 with approximation, cone stacking; Motricity Index: passes.
        ["v2-h49-mesilla-ot-impairment-ticks"] = new(
            """
            MESILLA VALLEY ADULT DAY HEALTH CENTER — visiting OT (Part B)
            97112 — 22 min — OT and ppt only in the therapy room
            Impairments addressed:  ☑ UE motor control   ☑ coordination   ☐ sensation   ☐ vision
            Tx: wt bearing through the L hand on the table while sorting cards w/ the R; L UE PNF D2 flexion w/ approximation at the shoulder; stacking cones to a tape line w/ the L hand
            L hemiparesis after R CVA (2024)
            Motricity Index L arm 48/100 (39/100 at eval)
            """,
            ["I69.354"], [OT("97112", 22)], []),

        // "Skilled? Y   1:1? N   Cotx? N" answers one-on-one no; sit-to-stand rhythmic stabilization, perturbed step-ups, tandem EO → EC; postural control and L ankle proprioception; Berg and tandem seconds present.
        ["v2-h49-ridgeview-skilled-y-one-on-one-n"] = new(
            """
            CLINCH RIVER THERAPY — contract rehab @ Ridgeview Health Care, Clinton, TN
            DAILY SKILLED NOTE — PT — Part B
            Skilled? Y    1:1? N    Cotx? N
            97112 NMR — 20 min
            Skilled: rhythmic stabilization sitting → standing; step-ups onto a 4-in step w/ PT perturbations; tandem walk EO → EC
            Impairment: ↓ postural control + ↓ L ankle proprioception (old L ankle ORIF)
            Berg 45/56; tandem stance 12 s
            """,
            ["R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 3: named programmes, devices and methods

        // Jintronix standing exergame modules (weight-shift reaching to on-screen targets at the limits of stability, a stepping game) and rail tandem with head turns, "Mode: Individual (1:1)"; narrow LOS and slow lateral stepping after L hip fx; functional reach and Berg: passes.
        ["v3-h49-shawnee-jintronix-97112"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ Shawnee Crossing Nursing & Rehab — Shawnee, KS
            PART B DAILY SKILLED NOTE — PT
            Mode: Individual (1:1)
            97112 — 23 min
            Skilled interventions: Jintronix standing modules — wt-shift reaching game to on-screen targets at the edge of her limits of stability, then the stepping game to fwd/lateral targets; finished w/ tandem at the rail w/ head turns
            Pt response: 1 seated rest; competitive about her score, wants to beat it Thursday
            Deficit: narrow limits of stability + slow lateral stepping (↓ postural control); guards wt bearing on the L since the L hip fx
            Functional reach 6.5 in (4 in at Part B eval); Berg 39/56
            """,
            ["S72.002D", "Z91.81"], [PT("97112", 23)], []),

        // AL Geri-Fit seated dumbbell series (2-lb weights, sets and repetitions) and standing rail exercises with doses; shoulder and hip weakness with grades and a bistro-carrying goal: passes.
        ["v3-h49-aspen-geri-fit-97110"] = new(
            """
            HARVEST POINT THERAPY — Aspen Court Assisted Living, Omaha · Part B PT
            97110 — 20 min
            Geri-Fit seated dumbbell series w/ 2-lb weights: biceps curl, overhead press, front raise, seated row — 2 x 12 each; then standing at the rail: heel raises 2 x 15, hip abduction 2 x 10 each side, mini squats 2 x 10
            Weakness: B shoulder flexors 3+/5, hip abductors 4-/5 — can't carry her coffee and plate across the bistro w/o setting them down
            """,
            ["M62.81"], [PT("97110", 20)], []),

        // Mobile 97140 cross-hand myofascial release to the lateral thigh/ITB with holds, patellar glides in bouts and STM at the incision after R TKA; lateral tightness and flexion degrees before/after: passes.
        ["v3-h49-edina-myofascial-release-97140"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — home visit (POS 12), Edina
            Manual 97140 — 12 min
            Myofascial release: cross-hand release R lateral thigh / ITB, 3 holds of 90 s; patellar glides sup/inf and medial, 3 bouts x 30 s; STM distal R quad around the incision line
            R TKA 9 wks — lateral knee tightness, ↓ patellar mobility; R knee flexion 96° → 103° after
            """,
            ["Z96.651", "Z47.1"], [PT("97140", 12)], []),

        // Mobile OT "Repetitive facilitation exercise (Kawahira method)" with tapping and stretch facilitation, "OT and pt only at the dining table", wrist/finger extensor recruitment after L MCA stroke — but no number beyond the code and minutes: no measure.
        ["v3-h49-burnsville-ot-kawahira-no-number"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — OT home visit (POS 12), Burnsville
            97112 — 24 min — OT and pt only at the dining table
            Repetitive facilitation exercise (Kawahira method) for the R UE: quick stretch + tapping to the wrist and finger extensors during attempted extension; shoulder flexion w/ facilitation at the deltoid; thumb abduction w/ stretch reflex
            Deficit: ↓ R wrist/finger extensor recruitment and isolated finger control after L MCA stroke
            Pt response: active finger extension starting to show w/o the tap by the end; wife shown the tapping for home
            """,
            ["I69.331"], [OT("97112", 24)], [At(Measure, "97112")]),

        // Tennessee PTA 97530: overhead-trapeze bed mobility and transfer-board bed ↔ w/c transfers with repetitions, Mod A → Min A; one-CNA transfer goal for the dining room; deconditioning after sepsis: passes.
        ["v3-h49-ridgeview-pta-trapeze-board-97530"] = new(
            """
            CLINCH RIVER THERAPY — contract rehab @ Ridgeview Health Care, Clinton, TN
            DAILY SKILLED NOTE — PTA — Part B
            97530 Ther Act — 23 min
            Skilled: bed mobility w/ the overhead trapeze — bridging and scooting up in bed x 5; log roll supine → sit x 3; transfer-board transfers bed ↔ w/c x 4 w/ the armrest off
            Res response: Mod A → Min A by the 4th transfer; VC for the head-hips relationship
            Goal: transfer to the w/c w/ one CNA so he can eat in the dining room (now a mechanical lift w/ two)
            Impairment: B LE + trunk weakness, deconditioned after a hospital stay for sepsis
            """,
            ["R53.81", "M62.81"], [PTA("97530", 23)], []),

        // AL OT 97530 energy conservation with "the four Ps (pace, plan, prioritize, position)" in a seated shower simulation and bed making with pursed-lip breathing; SBA, rests and SpO2; COPD showering goal: passes.
        ["v3-h49-aspen-ot-four-ps-97530"] = new(
            """
            HARVEST POINT THERAPY — Aspen Court Assisted Living, Omaha · Part B OT
            97530 — 24 min
            Energy conservation w/ the four Ps (pace, plan, prioritize, position): set up and ran a seated shower simulation in her walk-in shower (shower chair, handheld hose, long-handled sponge); then made her bed w/ pursed-lip breathing on exertion, 2 planned rests
            SBA for the shower step-over; SpO2 89% → 94% w/ PLB (on 2 L O2)
            COPD — SOB w/ UE activity; goal: shower herself on Tues/Fri instead of waiting for the AL aide
            """,
            ["J44.9"], [OT("97530", 24)], []),

        // Tennessee 97110 on the SciFit recumbent stepper (level, steps) and cuff-weight and sit-to-stand exercises with doses; quad and hip flexor grades with a recliner goal: passes.
        ["v3-h49-hawthorne-scifit-97110"] = new(
            """
            CLINCH RIVER THERAPY — contract rehab @ Hawthorne Hills Nursing Home, Oak Ridge, TN
            DAILY SKILLED NOTE — PT — Part B
            97110 — 18 min
            Skilled: SciFit recumbent stepper level 3, 400 steps; LAQ w/ 3-lb cuff 2 x 12 B; seated hip flexion w/ 3-lb cuff 2 x 12 B; sit-to-stand from the mat at 20 in, 3 x 5
            Impairment: B quads 3+/5, hip flexors 3+/5 — needs 2 tries + the armrests to stand from her recliner
            Goal: stand from the recliner on the 1st try w/ staff standby only
            """,
            ["M62.81", "R26.89"], [PT("97110", 18)], []),

        // Adult-day 97112 with TheraTogs hip-abduction strapping during step-and-reach, half-roll stepping and ball kicks, "1:1 w/ PT in the therapy room", k/10 errors and functional reach — but "Ppt enjoys the music … Goals per POC" names no deficit or system.
        ["v3-h49-mesilla-theratogs-no-deficit"] = new(
            """
            MESILLA VALLEY ADULT DAY HEALTH CENTER — visiting PT (Part B)
            97112 — 22 min — 1:1 w/ PT in the therapy room
            TheraTogs on w/ hip-abduction strapping; step-and-reach to targets on the wall; lateral stepping over foam half-rolls; standing ball kicks w/ the L and the R
            Ppt enjoys the music during tx. Goals per POC.
            Step-over errors 2/10 (5/10 two weeks ago); functional reach 9 in
            """,
            ["G80.1"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // SNF PTA 97116 in the Merry Walker (enclosed seat-walker) on the memory-care hall with distance and CGA; shuffling, low clearance, veering, unable to manage a FWW; nursing carry-over: passes.
        ["v3-h49-stbrigid-pta-merry-walker-97116"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ St. Brigid Living Center — Independence, MO
            PART B DAILY SKILLED NOTE — PTA (sup PT: J. Okafor)
            97116 — 14 min
            Skilled interventions: gait training in the Merry Walker (enclosed seat-walker) on the memory-care hall, 3 x 100 ft, CGA for turns; cues to keep both hands on the frame and step through instead of shuffling
            Gait: short shuffling steps, ↓ foot clearance, veers to the L; Alzheimer's — can't safely manage a FWW
            Nsg carryover: CNAs to use the Merry Walker for walks to the dayroom, not the FWW
            """,
            ["G30.1", "F02.80", "R26.89"], [PTA("97116", 14)], []),

        // AL OT 97530 compression stockings with the Doff N' Donner and backward chaining, a long-handled shoe horn; independent L and Min A R; lymphedema and limited hip flexion after fusion; before-breakfast goal: passes.
        ["v3-h49-aspen-ot-doff-n-donner-97530"] = new(
            """
            HARVEST POINT THERAPY — Aspen Court Assisted Living, Omaha · Part B OT
            97530 — 20 min
            Compression stockings w/ the Doff N' Donner (cone + sleeve), backward chaining: OT did the first steps and pt finished the last one (rolling the sleeve up the leg), then the last two; doffing w/ the donner; shoes w/ a long-handled shoe horn
            Pt response: donned the L stocking on her own on the 3rd try, the R w/ Min A
            Problem: B LE lymphedema, limited hip flexion and forward reach after lumbar fusion
            Goal: have her stockings on before breakfast w/o waiting for the med aide
            """,
            ["I89.0", "Z98.1"], [OT("97530", 20)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // Bedside "curtain drawn, roommate out at activities — res. and PT only"; the deficit by its signs (R lateral lean, no righting when nudged L, shortened R trunk); wedge shifts, cross-midline reaches, nudges; FIST and unsupported sitting seconds: passes.
        ["v4-h49-stbrigid-lateral-lean-no-righting"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ St. Brigid Living Center — Independence, MO
            PART B DAILY SKILLED NOTE — PT
            Bedside, curtain drawn, roommate out at activities — res. and PT only
            97112 — 22 min
            Exam: sits w/ a R lateral lean, no righting when nudged to the L; R trunk side shortened
            Skilled interventions: sitting on a wedge (high side R) w/ wt shifts to the L; reaching across midline to L-side cones; small PT nudges at the shoulders w/ cues to right herself
            FIST 26/56; sits unsupported 45 s w/o LOB (20 s at Part B eval)
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // AL OT 97530 left inattention by its signs (ate only the R half of the tray, missed L-side menu items, bumped the L door frame); L-anchored sink routine, mailbox search, tray set-up; CGA and k of 6; dining-room and mail goal: passes.
        ["v4-h49-aspen-ot-left-inattention-97530"] = new(
            """
            HARVEST POINT THERAPY — Aspen Court Assisted Living, Omaha · Part B OT
            97530 — 23 min
            Observed: ate only the R half of her breakfast tray, missed the L-side items on the menu card, bumped the L door frame w/ her walker twice coming in from the hall
            Tx: morning routine at the bathroom sink w/ her items placed L of midline — scanning to the L to a red tape anchor line; walked the hall to the mailroom and found her box (L side of the bank) w/ cues; tray set-up practice at the dining table
            CGA walking; found the L-side grooming items on 4 of 6 trials w/ the anchor
            Goal: go down to the dining room and get her mail w/o the aide
            """,
            ["I69.398", "R41.4"], [OT("97530", 23)], []),

        // Mobile 97140 "R knee lacks 18° of extension (flexion contracture), firm capsular end-feel"; prone glides in bouts, hold-relax, STM; lacks 13° after: passes.
        ["v4-h49-maplewood-knee-lacks-extension-97140"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — home visit (POS 12), Maplewood
            97140 — 10 min
            R knee lacks 18° of extension (flexion contracture), firm capsular end-feel; walks w/ the knee bent, tires before the end of the block
            MT: tibiofemoral glides into extension in prone, gr III, 4 bouts x 30 s; sustained hold-relax into extension x 3; STM R hamstrings and popliteal fossa
            After: lacks 13°
            """,
            ["M24.561", "M17.11"], [PT("97140", 10)], []),

        // Mobile 97116 foot drop by its signs (foot slap at initial contact, toe catch on the carpet edge, L hip hiking, DF 2/5); new AFO + SPC through the house with distance and SBA: passes.
        ["v4-h49-coonrapids-foot-slap-97116"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — home visit (POS 12), Coon Rapids
            Gait training 97116 — 15 min
            Seen: L foot slaps at initial contact, L toes catch on the living-room carpet edge, hip hiking on the L in swing; L DF 2/5
            Tx: walking w/ the new L AFO + SPC — living room → kitchen → back door, 4 x 50 ft; cues for L knee bend in swing instead of hiking; over the carpet-to-vinyl edge x 6
            SBA w/ the AFO; no toe catch w/ the AFO on
            """,
            ["M21.372"], [PT("97116", 15)], []),

        // Adult-day 97110 "(+) Trendelenburg on the R; R glute med 3-/5, L 4/5; waddles walking to the lunch tables"; side-lying, banded and rail abductor work with doses: passes.
        ["v4-h49-mesilla-trendelenburg-97110"] = new(
            """
            MESILLA VALLEY ADULT DAY HEALTH CENTER — visiting PT (Part B)
            97110 — 15 min
            (+) Trendelenburg on the R; R glute med 3-/5, L 4/5; waddles walking to the lunch tables
            Side-lying R hip abduction 2 x 10; standing hip abduction w/ yellow band at the counter 2 x 12; clamshells w/ band 2 x 12; side-steps along the rail, 3 laps
            """,
            ["M62.81", "M16.11"], [PT("97110", 15)], []),

        // SNF OT 97530 ideational apraxia by its errors (toothpaste on the comb, cardigan over the head, stalled at the sink); sequenced set-up and cueing, cue counts and Min A; photo carry-over for the CNAs; set-up-only grooming goal: passes.
        ["v4-h49-cedarbluff-ot-apraxia-97530"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ Cedar Bluff Health Care Center — Liberty, MO
            PART B DAILY SKILLED NOTE — OT
            97530 — 22 min
            Obs: put toothpaste on her comb, tried to pull the cardigan on over her head, stood at the sink holding the washcloth w/o starting (ideational apraxia, vascular dementia)
            Skilled interventions: grooming at the sink w/ items laid out left to right in order of use, one-step verbal + gestural cues; cardigan donning w/ the sleeve pre-positioned
            Pt response: completed oral care w/ 3 cues (7 cues last wk); cardigan Min A
            Nsg carryover: photo of the laid-out sequence taped by the sink for the CNAs
            Goal: groom at the sink w/ set-up only
            """,
            ["F01.50", "I69.390"], [OT("97530", 22)], []),

        // Tennessee 97112 "Screen today: light touch and position sense intact B feet, Romberg (−), heel-shin smooth; no dizziness" states no deficit; foam EC, line tandem, cane step-overs, head-turn walking, "Mode … I" and numbers present.
        ["v4-h49-hawthorne-screen-negative-97112"] = new(
            """
            CLINCH RIVER THERAPY — contract rehab @ Hawthorne Hills Nursing Home, Oak Ridge, TN
            DAILY SKILLED NOTE — PT — Part B
            Mode (I/C/G/CT): I
            97112 — 20 min
            Screen today: light touch and position sense intact B feet, Romberg (−), heel-shin smooth; no dizziness w/ head turns
            Skilled: foam stance EC, tandem walk on the hall line, stepping over a cane laid on the floor, walking w/ head turns
            Tandem stance 24 s; Berg 52/56
            """,
            ["Z91.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Mobile 97110 "Strength 5/5 and AROM WFL in all four extremities today; no c/o." with exercises and doses but no region, impairment or goal targeted: no deficit.
        ["v4-h49-eagan-strength-wfl-97110"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — home visit (POS 12), Eagan
            97110 — 15 min
            Sit-to-stand from the dining chair 3 x 10; standing heel raises 3 x 15; step-ups onto the bottom stair 2 x 12 each leg; wall push-ups 2 x 15
            Strength 5/5 and AROM WFL in all four extremities today; no c/o.
            """,
            ["Z74.09"], [PT("97110", 15)], [At(Deficit, "97110")]),

        // Tennessee OT 97530 "At PLOF for transfers and grooming; no functional limitations noted today" with no goal, region or impairment: no deficit; toilet, sink and dresser tasks with counts and "Independent" present.
        ["v4-h49-ridgeview-ot-at-plof-97530"] = new(
            """
            CLINCH RIVER THERAPY — contract rehab @ Ridgeview Health Care, Clinton, TN
            DAILY SKILLED NOTE — OT — Part B
            97530 — 20 min
            Skilled: toilet transfer w/ the grab bar x 3; standing at the sink for grooming; retrieving clothes from the low dresser drawer x 4
            Res response: independent on all tasks
            At PLOF for transfers and grooming; no functional limitations noted today.
            """,
            ["M62.81"], [OT("97530", 20)], [At(Deficit, "97530")]),

        // IL cottage "1:1 the whole visit (no one else home)"; heels-weighted posterior bias by its signs (hips behind the ankles, steps back when reaching); counter shifts, cupboard reach, half-roll rocking, forward stepping; functional reach and SF-BBS: passes.
        ["v4-h49-aspen-il-heels-weighted-97112"] = new(
            """
            HARVEST POINT THERAPY — Aspen Court Independent Living, Omaha · Part B PT
            IL cottage 9 — 1:1 the whole visit (no one else home)
            97112 — 24 min
            Finding: stands w/ her weight back on the heels, hips behind the ankles; can't shift forward onto the forefoot w/o grabbing the counter; steps backward when she reaches forward
            Tx: forward wt shifts to the counter edge w/ light touch fading to none; forward reach to the cupboard w/o stepping; rocking heel → toe on a half foam roller; forward stepping to floor tape
            Functional reach 6 in → 8.5 in by the end; SF-BBS 16/28
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // SNF 97530 sit→stand from lowering surfaces, toilet-height and recliner practice; "Minimal Chair Height test: 48 cm w/o hands (56 cm at Part B eval)", SBA/CGA; dining-chair and toilet goal: passes.
        ["v5-h49-shawnee-minimal-chair-height-97530"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ Shawnee Crossing Nursing & Rehab — Shawnee, KS
            PART B DAILY SKILLED NOTE — PT
            97530 Ther Act — 23 min
            Skilled interventions: sit→stand practice from progressively lower surfaces (mat lowered a notch each set); toilet-height practice w/ and w/o the grab bar; standing from her own recliner w/ the extra cushion removed
            Minimal Chair Height test: 48 cm w/o hands (56 cm at Part B eval)
            Pt response: SBA from the recliner, CGA from the low mat
            Goal: get up from the dining-room chair and the toilet w/o staff lifting her
            """,
            ["M62.81", "M17.0"], [PT("97530", 23)], []),

        // Mobile 97110 kitchen-chair and counter exercises with doses; LE weakness and low endurance after a CHF admission (showering); "1-minute sit-to-stand test: 14 reps (9 at eval)": passes.
        ["v5-h49-shoreview-one-minute-sts-97110"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — home visit (POS 12), Shoreview
            97110 — 18 min
            Kitchen-chair sit-to-stand 3 x 8; standing marches at the counter 2 x 20; heel raises 2 x 15; seated knee ext w/ a 3-lb ankle weight 2 x 12 B; bridges on the bed 2 x 10
            B LE weakness + low endurance after a CHF admission — has to sit down halfway through showering
            1-minute sit-to-stand test: 14 reps (9 at eval)
            """,
            ["I50.9", "M62.81"], [PT("97110", 18)], []),

        // AL 97530 overhead shelf, standing jacket, floor pick-up and elevator tasks; "Physical Performance Test (7-item): 15/28", Mod I and SBA; shuttle-and-groceries goal: passes.
        ["v5-h49-aspen-physical-performance-test-97530"] = new(
            """
            HARVEST POINT THERAPY — Aspen Court Assisted Living, Omaha · Part B PT
            97530 — 22 min
            Practiced: lifting a book bag onto the closet shelf overhead; putting her jacket on and off standing; picking a coin up from the floor w/ the reacher and then w/o; walking to the elevator and up one floor w/ the rollator
            Physical Performance Test (7-item): 15/28 (11/28 at eval)
            Mod I w/ the rollator; SBA for the floor pick-up w/o the reacher
            Goal: ride the community shuttle to the grocery store and carry her own bag up to her apt
            """,
            ["R26.89", "M62.81"], [PT("97530", 22)], []),

        // Adult day, a wheelchair user "seen alone w/ the PT in the therapy room"; unsupported mat sitting with reaches, off-centre catches, hip weight shifts with nudges; sitting postural control after BKA; "Modified Functional Reach (seated)" in inches: passes.
        ["v5-h49-mesilla-seated-modified-functional-reach"] = new(
            """
            MESILLA VALLEY ADULT DAY HEALTH CENTER — visiting PT (Part B)
            Ppt in his w/c most of the day; seen alone w/ the PT in the therapy room.
            97112 — 20 min
            Sitting on the mat w/o back support: reaching to cones placed past arm's length fwd and to each side; catching a ball tossed off-center; lateral wt shifts onto each hip w/ PT nudges at the shoulders
            ↓ sitting postural control + trunk righting (R BKA, diabetic neuropathy L foot)
            Modified Functional Reach (seated): fwd 9 in, R 5 in, L 4 in (fwd 6 in last month)
            """,
            ["Z89.511", "E11.42"], [PT("97112", 20)], []),

        // SNF PTA 97116 "amb Rm 206 → dining room and back w/ FWW (measured 140 ft each way)", CGA/SBA and a rest; shuffling, flexed trunk, LE weakness: passes.
        ["v5-h49-cedarbluff-pta-room-to-dining-97116"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ Cedar Bluff Health Care Center — Liberty, MO
            PART B DAILY SKILLED NOTE — PTA (sup PT: K. Moreland)
            97116 GT — 15 min
            Skilled interventions: amb Rm 206 → dining room and back w/ FWW (measured 140 ft each way); cues for step length and staying inside the walker on turns
            Pt response: CGA going, SBA coming back; 1 standing rest at the nurses' station
            Gait: short shuffling steps, forward-flexed trunk, B LE weakness
            """,
            ["R26.89", "M62.81"], [PTA("97116", 15)], []),

        // Tennessee PTA 97116 "CNA says she walked better than yesterday; less shuffling at the end" with no distance, assistance level or number: no measure; RW gait training with cues and PD shuffling/festination present.
        ["v5-h49-hawthorne-pta-better-than-yesterday-97116"] = new(
            """
            CLINCH RIVER THERAPY — contract rehab @ Hawthorne Hills Nursing Home, Oak Ridge, TN
            DAILY SKILLED NOTE — PTA — Part B
            97116 — 15 min
            Skilled: gait training w/ the RW down the B-hall to the nurses' station and back; cues to stand tall, lift the feet and slow down on turns
            Res response: CNA says she walked better than yesterday; less shuffling at the end
            Gait: shuffling, flexed trunk, festinates on turns (PD)
            """,
            ["G20.A1", "R26.89"], [PTA("97116", 15)], [At(Measure, "97116")]),

        // Mobile 97110 "Went through her exercises …" named without sets, repetitions, load or any number: no measure; L hip weakness and limp after hemiarthroplasty with a split-entry laundry goal present.
        ["v5-h49-applevalley-exercises-no-dose-97110"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — home visit (POS 12), Apple Valley
            97110 — 20 min
            Went through her exercises at the kitchen table and counter: seated marching, LAQ, ankle pumps, standing hip abduction, heel raises, mini squats. Good form after cues on the mini squats.
            L hip weakness and a L limp after the L hip hemiarthroplasty; goal to get down the split-entry stairs to the laundry
            """,
            ["S72.002D", "Z96.642"], [PT("97110", 20)], [At(Measure, "97110")]),

        // Adult-day OT 97530 lunch-line tasks (tray carry on the walker tray, milk cartons and packets, built-up utensils) with RA hand weakness and a lunch goal, but "Did well today." is no assistance level, count or number: no measure.
        ["v5-h49-mesilla-ot-lunch-line-no-level-97530"] = new(
            """
            MESILLA VALLEY ADULT DAY HEALTH CENTER — visiting OT (Part B)
            97530 — 20 min
            Practiced the lunch line: carrying her plate from the serving window to the table on the walker tray, opening milk cartons and condiment packets, cutting her food w/ the built-up fork and knife
            RA in both hands — weak grip and pinch, ulnar drift
            Goal: get her own lunch at the center w/o an aide carrying it
            Did well today.
            """,
            ["M06.9"], [OT("97530", 20)], [At(Measure, "97530")]),

        // SNF 97112 "Berg: deferred, res. fatigued after dialysis; will re-test next visit" and no other number: no measure; pushes, foam head turns, stop-and-turn walking, "Mode: Individual" and protective stepping/postural control present.
        ["v5-h49-stbrigid-berg-deferred"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ St. Brigid Living Center — Independence, MO
            PART B DAILY SKILLED NOTE — PT
            Mode: Individual
            97112 — 23 min
            Skilled interventions: stepping-strategy practice to pushes at the sternum and back; standing on foam w/ head turns; walking w/ quick stops and turns on cue
            Deficit: late, short protective steps + ↓ postural control w/ head movement
            Berg: deferred, res. fatigued after dialysis; will re-test next visit
            """,
            ["R26.81", "N18.6"], [PT("97112", 23)], [At(Measure, "97112")]),

        // Mobile 97140 GH glides in bouts and STM; L adhesive capsulitis (top shelf, bra hook); "Goniometer: L flexion 112° → 121° after; ER at 45° abd 28° → 35°": passes.
        ["v5-h49-woodbury-goniometry-97140"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — home visit (POS 12), Woodbury
            97140 — 12 min
            L shoulder: inferior and posterior GH glides gr III, 3 x 45 s each; STM L upper trap and pec minor
            L adhesive capsulitis — can't reach the top shelf or hook her bra
            Goniometer: L flexion 112° → 121° after; ER at 45° abd 28° → 35°
            """,
            ["M75.02"], [PT("97140", 12)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms

        // SNF dot-leader block "Treatment Minutes: 97110 Ther Ex .... 15 / 97530 Ther Activities .... 23 / Total Timed .... 38": both match; cuff-weight exercises with doses and transfer tasks with CGA → SBA; quad weakness and a toileting goal: passes.
        ["v6-h49-cedarbluff-treatment-minutes-block"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ Cedar Bluff Health Care Center — Liberty, MO
            PART B DAILY SKILLED NOTE — PT
            Skilled interventions:
              Ther Ex — LAQ w/ 2-lb cuff 2 x 15 B, seated hip flexion 2 x 12 B, standing heel raises at the rail 2 x 15, sit→stand from the mat 3 x 5
              Ther Act — toilet transfers w/ the grab bar x 4, stand-pivot bed ↔ recliner x 3, standing at the sink for oral care
            Pt response: CGA → SBA for toilet transfers by the 4th trial
            Impairment/goal: B LE weakness (quads 3+/5); goal to toilet w/ one staff on standby
            Treatment Minutes:
              97110 Ther Ex ............ 15
              97530 Ther Activities .... 23
              Total Timed .............. 38
            """,
            ["M62.81", "R26.89"], [PT("97110", 15), PT("97530", 23)], []),

        // Mobile "Arrived 10:05. TE 10:08–10:23. GT 10:23–10:38. Left 10:45 …": each code's range is 15 minutes and matches (arrival and departure are not a code's time); exercises with doses and porch-step/driveway gait with SPC, CGA/SBA; hip OA: passes.
        ["v6-h49-edina-clock-ranges-by-code"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — home visit (POS 12), Edina
            Arrived 10:05. TE 10:08–10:23. GT 10:23–10:38. Left 10:45 after updating her HEP sheet.
            TE (97110): sit-to-stand from the couch 3 x 8; standing hip abduction and extension at the counter 2 x 12 each; step-ups onto the bottom stair 2 x 10
            GT (97116): SPC in the R hand — front door, down the 4 porch steps w/ the rail, driveway to the mailbox and back, 2 rounds; CGA on the steps, SBA on the driveway
            L hip OA — antalgic on the L, short R step, L hip abductors 4-/5; goal: get the mail and get to church on her own
            """,
            ["M16.12"], [PT("97110", 15), PT("97116", 15)], []),

        // Adult day "PT time today: 22 minutes of balance work (97112) + 13 minutes of walking practice (97116). Just Sr. Baca and me …": both match and one-on-one; Airex beanbag, half-rolls with head turns, belt pulls; rollator → no device with distance and CGA; TUG and foam EC: passes.
        ["v6-h49-mesilla-pt-time-today"] = new(
            """
            MESILLA VALLEY ADULT DAY HEALTH CENTER — visiting PT (Part B), Thurs
            PT time today: 22 minutes of balance work (97112) + 13 minutes of walking practice (97116). Just Sr. Baca and me in the therapy room.
            Balance: standing on the Airex tossing a beanbag to targets, stepping over the foam half-rolls w/ head turns, reactive steps to light pulls at the belt
            Walking: rollator → no device along the main hall and out to the patio, 3 x 120 ft, CGA w/o the device; cues for heel strike and looking up
            Problem: ↓ reactive postural control + foot proprioception (neuropathy); short, shuffling steps
            TUG 14.6 s; foam EC 5 s
            """,
            ["E11.42", "R26.81"], [PT("97112", 22), PT("97116", 13)], []),

        // AL "38 min total — TA 23, TE 15.": each abbreviation's minutes match its line; mailroom walk with distance/SBA, low mailbox, fire door; exercises with doses; hip/knee weakness and a mail/chapel goal: passes.
        ["v6-h49-aspen-total-then-split"] = new(
            """
            HARVEST POINT THERAPY — Aspen Court Assisted Living, Omaha · Part B PT
            38 min total — TA 23, TE 15.
            TA: walk from her apt to the mailroom and back w/ the rollator, 2 x 180 ft, SBA; getting the mail out of a low box (squat vs. reacher); opening and closing the heavy fire door w/ the rollator
            TE: seated knee ext w/ 2-lb weights 2 x 12 B, standing hip abd 2 x 10 B, heel raises 2 x 15
            Goal: get her own mail and go to the chapel on Sundays w/o the aide; B hip/knee weakness 4-/5
            """,
            ["M62.81", "R26.89"], [PT("97530", 23), PT("97110", 15)], []),

        // Tennessee PTA "GT 97116 — 25 min" against a 15-min line: mismatch; "TE 97110 — 20 min" matches; both sections complete after R hip ORIF.
        ["v6-h49-hawthorne-pta-gait-25-against-15"] = new(
            """
            CLINCH RIVER THERAPY — contract rehab @ Hawthorne Hills Nursing Home, Oak Ridge, TN
            DAILY SKILLED NOTE — PTA — Part B
            GT 97116 — 25 min: RW, res. room → activity room, 2 x 100 ft, CGA; cues for R heel strike and step length
            TE 97110 — 20 min: LAQ w/ 2-lb cuff 2 x 15, seated marching 2 x 20, standing heel raises 2 x 10
            Impairment: R LE weakness + antalgic gait after R hip ORIF; goal: walk to activities w/ staff standby
            """,
            ["S72.141D"], [PTA("97116", 15), PTA("97110", 20)], [At(Mismatch, "97116")]),

        // Mobile "Session (97110): 30 min" on the one timed code against an 18-min line: mismatch; living-room exercises with doses, weakness after pneumonia and a mailbox goal present.
        ["v6-h49-coonrapids-session-30-against-18"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — home visit (POS 12), Coon Rapids
            Session (97110): 30 min
            Seated and standing ther-ex in the living room: ankle pumps 2 x 20, LAQ w/ a 2-lb weight 2 x 12 B, standing hip abduction at the couch back 2 x 10 B, mini squats 2 x 10, heel raises 2 x 15
            B quad and hip weakness after a long hospital stay (pneumonia); goal: walk to the end of the driveway for the mail
            """,
            ["R53.81", "M62.81"], [PT("97110", 18)], [At(Mismatch, "97110")]),

        // AL OT "97530 x 35 min" against a 24-min line: mismatch; laundry-room tasks with Min A/SBA and rests; R shoulder weakness after humerus fx with a wash-day goal complete.
        ["v6-h49-aspen-ot-35-against-24"] = new(
            """
            HARVEST POINT THERAPY — Aspen Court Assisted Living, Omaha · Part B OT
            97530 x 35 min
            Laundry room on her floor: loading and unloading the front-loader from a rolling cart, folding towels standing at the table, carrying a half-full basket on the rollator seat back to her apt
            Min A to lift the basket onto the seat, SBA for the rest; 2 standing rests
            R shoulder pain and weakness (healed R proximal humerus fx); goal: do her own wash on Thursdays
            """,
            ["S42.201D"], [OT("97530", 24)], [At(Mismatch, "97530")]),

        // SNF clock ranges "NMR 1:10–1:45" (35) against a 23-min 97112 line: mismatch; "GT 1:45–2:00" (15) matches; "Individual tx, PT w/ this res. only", both sections complete with Berg and gait speed.
        ["v6-h49-stbrigid-clock-nmr-35-against-23"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ St. Brigid Living Center — Independence, MO
            PART B DAILY SKILLED NOTE — PT
            Individual tx, PT w/ this res. only
            NMR 1:10–1:45: tandem at the rail EO → EC, reactive steps to pulls at the belt, stepping over 2-in hurdles w/ head turns
            GT 1:45–2:00: FWW, hallway loop 2 x 150 ft, SBA, cues for heel strike
            Deficit: ↓ reactive stepping + postural control; flexed trunk, short steps
            Berg 40/56; gait speed 0.52 m/s
            """,
            ["R26.81", "R29.6"], [PT("97112", 23), PT("97116", 15)], [At(Mismatch, "97112")]),

        // Tennessee "Total timed tx: 40 min (TE + GT)" is the only time for 97110 and 97116: no minutes for each (the total is neither's, so no mismatch); both sections complete.
        ["v6-h49-ridgeview-total-only"] = new(
            """
            CLINCH RIVER THERAPY — contract rehab @ Ridgeview Health Care, Clinton, TN
            DAILY SKILLED NOTE — PT — Part B
            Total timed tx: 40 min (TE + GT)
            TE: LAQ w/ 3-lb cuff 2 x 12 B, standing hip ext at the rail 2 x 10 B, sit→stand from the w/c 3 x 5
            GT: RW, 3 x 75 ft on the B-hall, CGA, cues for upright posture
            B LE weakness + flexed, shuffling gait; goal: walk to the dining room w/ one staff
            """,
            ["M62.81", "R26.89"], [PT("97110", 25), PT("97116", 15)], [SepTime]),

        // Adult day "Balance (97112) 22 min" (matches) but the walk that follows (quad cane, garden path, 2 laps, CGA) has no minutes: separate time missing; both parts complete, one-on-one stated.
        ["v6-h49-mesilla-nmr-minutes-only"] = new(
            """
            MESILLA VALLEY ADULT DAY HEALTH CENTER — visiting PT (Part B)
            1:1 w/ PT in the therapy room.
            Balance (97112) 22 min: rocker board A/P w/ EC, tandem along the wall rail, stepping to colored spots on call
            Then walked w/ him out to the patio and around the garden path w/ the quad cane, 2 laps, CGA on the gravel
            Problem: ↓ postural control w/ vision removed + ankle proprioception; short R step after R TKA
            mCTSIB foam EC 8 s; Berg 43/56
            """,
            ["R26.81", "Z96.651"], [PT("97112", 22), PT("97116", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a single 97112: DOC_NOTE_MISSING on the line and nothing else.
        ["v7-h49-empty-97112"] = new(
            "",
            ["R26.81"], [PT("97112", 23)], [At(NoteMissing, "97112")]),

        // Empty note on an OT 97530 + PTA 97110 visit sent without a diagnosis: missing on both profiled lines, and the diagnosis check.
        ["v7-h49-empty-ot-97530-pta-97110-no-diagnosis"] = new(
            "",
            [], [OT("97530", 23), PTA("97110", 15)], [At(NoteMissing, "97530"), At(NoteMissing, "97110"), Dx]),

        // Spaces and CR/LF only on a PTA 97116: DOC_NOTE_MISSING on the line.
        ["v7-h49-blank-lines-pta-97116"] = new(
            " \r\n \r\n ",
            ["R26.89"], [PTA("97116", 15)], [At(NoteMissing, "97116")]),

        // 97110 "seated BLE ther-ex in the w/c — LAQ, hip flexion, ankle DF/PF w/ 2-lb cuff weights, 2 x 15 each" for "B quad weakness (3+/5) limiting sit→stand from the w/c": passes.
        ["v7-h49-bluevalley-97110-cuff-weights"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ Blue Valley Manor — Raytown, MO
            97110 — 15 min
            Skilled interventions: seated BLE ther-ex in the w/c — LAQ, hip flexion, ankle DF/PF w/ 2-lb cuff weights, 2 x 15 each
            Target: B quad weakness (3+/5) limiting sit→stand from the w/c
            """,
            ["M62.81"], [PT("97110", 15)], []),

        // 97530 bed making and trash in an AL apartment with the rollator (two passes, four pillows), SBA and a rest; goal of keeping her own apartment to stay at AL level of care: passes.
        ["v7-h49-aspen-ot-bed-making-97530"] = new(
            """
            HARVEST POINT THERAPY — Aspen Court Assisted Living, Omaha · Part B OT
            97530 — 20 min
            Made her bed in the apt: pulled the sheet and comforter up standing, walked around the bed twice w/ the rollator, placed 4 pillows; then emptied the small trash can into the chute down the hall
            SBA; 1 seated rest
            Goal: keep up her own apt so she can stay at AL level of care
            """,
            ["M62.81", "R26.89"], [OT("97530", 20)], []),

        // 97140 "Talocrural posterior glides gr III 3 x 30 s; STM L gastroc-soleus; calf stretch held 30 s x 3 w/ PT overpressure" for "L heel cord tightness, DF −3°": passes.
        ["v7-h49-hawthorne-97140-talocrural"] = new(
            """
            CLINCH RIVER THERAPY — contract rehab @ Hawthorne Hills Nursing Home, Oak Ridge, TN
            97140 — 10 min
            Talocrural posterior glides gr III 3 x 30 s; STM L gastroc-soleus; calf stretch held 30 s x 3 w/ PT overpressure
            L heel cord tightness, DF −3° — heel comes off the floor early in stance
            """,
            ["M24.572"], [PT("97140", 10)], []),

        // 97116 with the hemi walker, "2 x 40 ft, Mod A → Min A", and the impairment "L knee buckles on wt acceptance, L foot drags": passes.
        ["v7-h49-maplewood-97116-hemi-walker"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — home visit (POS 12), Maplewood
            97116 — 14 min
            Gait training w/ the hemi walker in the R hand: bedroom → bathroom → kitchen, 2 x 40 ft, Mod A → Min A; L knee buckles on wt acceptance, L foot drags
            """,
            ["I69.354"], [PT("97116", 14)], []),

        // "TA and GT per POC. Res. tol well, no c/o. Cont POC." with "TA 23 min / GT 15 min": the minutes match but nothing is named for either code: generic only on both.
        ["v7-h49-ta-gt-per-poc-generic"] = new(
            """
            TA and GT per POC. Res. tol well, no c/o. Cont POC.
            TA 23 min / GT 15 min
            """,
            ["R26.89"], [PT("97530", 23), PT("97116", 15)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"),
             At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116")]),

        // "97140 MT to affected area as tolerated, 10 min. Pt tolerated well. Continue skilled PT.": no technique, region or parameter: generic only.
        ["v7-h49-97140-affected-area-generic"] = new(
            "97140 MT to affected area as tolerated, 10 min. Pt tolerated well. Continue skilled PT.",
            ["M25.511"], [PT("97140", 10)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // SNF "Skilled NMR to improve safety and decrease fall risk, 97112 x 20 min. Res tolerated tx well. Cont POC.": generic only — no technique, deficit, number or one-on-one.
        ["v7-h49-97112-skilled-safety-generic"] = new(
            """
            DAILY SKILLED NOTE — Part B
            Skilled NMR to improve safety and decrease fall risk, 97112 x 20 min. Res tolerated tx well. Cont POC.
            """,
            ["R26.81"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- ordinary notes

        // SNF PTA: "GT 97116 — 15 min" (FWW to the chapel, distance, CGA → SBA) and "TE 97110 — 15 min" (doses) match; LE weakness and shuffling after a pubic ramus fx; walk-to-chapel hand-off: passes.
        ["vord-h49-shawnee-pta-gait-te"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ Shawnee Crossing Nursing & Rehab — Shawnee, KS
            PART B DAILY SKILLED NOTE — PTA (sup PT: D. Albers)
            Skilled interventions:
             GT 97116 — 15 min: FWW, Rm 131 → chapel and back, 2 x 120 ft, CGA → SBA; cues for step length and turning inside the walker
             TE 97110 — 15 min: LAQ w/ 3-lb cuff 2 x 12 B, standing marches at the rail 2 x 15, heel raises 2 x 15, sit→stand 2 x 5
            Pt response: 1 standing rest
            Impairment: B LE weakness + short, shuffling steps after a fall w/ a L pubic ramus fx
            Restorative hand-off: walk-to-chapel on Sundays w/ the RNA once SBA is consistent
            """,
            ["S32.592D", "M62.81"], [PTA("97116", 15), PTA("97110", 15)], []),

        // SNF "Res. treated individually — PT and res. only in the rehab gym, before the gym opened"; 97112 23 (stride-stance shifts with mirror, R stance step taps, standing PNF pelvic patterns) and 97116 15 (hemi walker, Min A); R recruitment and stance timing; Berg and gait speed: passes.
        ["vord-h49-bluevalley-stroke-nmr-gait"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ Blue Valley Manor — Raytown, MO
            PART B DAILY SKILLED NOTE — PT
            Res. treated individually — PT and res. only in the rehab gym, early session before the gym opened
            97112 NMR — 23 min: wt shift onto the R in stride stance w/ mirror; R stance w/ L taps to a 6-in step; PNF pelvic patterns in standing (anterior elevation / posterior depression) w/ approximation
            97116 GT — 15 min: hemi walker, 3 x 60 ft, Min A; cues for R heel strike and R knee control
            Deficit: R hemiparesis — ↓ R LE motor recruitment, poor R stance timing, R knee hyperextension
            Berg 31/56 (26/56 at Part B eval); gait speed 0.31 m/s
            """,
            ["I69.351"], [PT("97112", 23), PT("97116", 15)], []),

        // SNF OT 97530 LB/UB dressing with reacher, sock aid, FWW and elastic laces; Min A/SBA and rests; dressing-kit carry-over for the CNA; set-up-only dressing goal: passes.
        ["vord-h49-stbrigid-ot-dressing-97530"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ St. Brigid Living Center — Independence, MO
            PART B DAILY SKILLED NOTE — OT
            97530 — 25 min
            Skilled interventions: LB dressing sitting EOB w/ reacher + sock aid; pants over the feet, then stand to pull them up w/ one hand on the FWW; UB dressing w/ a front-opening cardigan; shoes w/ elastic laces
            Pt response: Min A for pants in standing (steadying), SBA for the rest; 2 rests
            Nsg carryover: CNA to leave the reacher and sock aid on the bedside table; dressing kit labeled
            Goal: dress herself for breakfast w/ set-up only (PLOF: independent in AL before the fall)
            """,
            ["R26.89", "M62.81"], [OT("97530", 25)], []),

        // SNF PT/OT co-tx: "PT — 97116 — 15 min" (FWW, distances, Min A → CGA) and "OT — 97530 — 20 min" (toilet transfer, clothing, hand hygiene, Min A) each match their own discipline's line; L hemiparesis and a one-staff toileting goal: passes.
        ["vord-h49-cedarbluff-pt-ot-cotreat"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ Cedar Bluff Health Care Center — Liberty, MO
            PT/OT co-tx — Part B
            PT — 97116 — 15 min: FWW room → bathroom → hall, 3 x 40 ft, Min A → CGA; cues to keep the walker close and for L foot clearance
            OT — 97530 — 20 min: toilet transfer w/ the grab bar x 3, Min A; clothing management standing w/ PT guarding; hand hygiene at the sink standing
            Deficits/goals: L hemiparesis after R CVA w/ L foot drag; goal: toilet w/ 1 staff instead of 2
            """,
            ["I69.354"], [PT("97116", 15), OT("97530", 20)], []),

        // Tennessee COPD resident on O2: "Ther Ex 97110 — 15 min" (weights with PLB, doses) and "Ther Act 97530 — 20 min" (sink grooming rounds with O2 tubing, SBA, SpO2) match; activity tolerance and LE weakness; sink-grooming goal: passes.
        ["vord-h49-hawthorne-copd-te-ta"] = new(
            """
            CLINCH RIVER THERAPY — contract rehab @ Hawthorne Hills Nursing Home, Oak Ridge, TN
            DAILY SKILLED NOTE — PT — Part B
            Precautions: O2 2 L via NC, fall risk
            Ther Ex 97110 — 15 min: seated UE/LE ther-ex w/ 1-lb and 2-lb weights — shoulder flexion, elbow curls, LAQ, marching — 2 x 10 each w/ pursed-lip breathing
            Ther Act 97530 — 20 min: sit→stand and walk to the sink to brush teeth standing, 3 rounds; managing the O2 tubing while turning w/ the RW; SBA
            Res response: 3 rests; SpO2 low 88% on exertion, back to 93% w/ PLB
            Impairment: COPD w/ ↓ activity tolerance + B LE weakness 4-/5; goal: brush teeth and wash up standing at the sink
            """,
            ["J44.9", "M62.81"], [PT("97110", 15), PT("97530", 20)], []),

        // Tennessee frozen shoulder: "MT 97140 — 10 min" (inferior glides in bouts, scapular mobs, STM) and "TE 97110 — 15 min" (table slides, wand, pulleys, isometric holds) match; flexion/ER degrees and a hair-combing limit: passes.
        ["vord-h49-ridgeview-frozen-shoulder-mt-te"] = new(
            """
            CLINCH RIVER THERAPY — contract rehab @ Ridgeview Health Care, Clinton, TN
            DAILY SKILLED NOTE — PT — Part B
            MT 97140 — 10 min: R GH inferior glides gr III 3 x 30 s; scapular mobs in side-lying; STM R upper trap/levator
            TE 97110 — 15 min: table slides into flexion x 15; wand ER x 15; pulleys x 20; isometric ER/IR 5 s holds x 10
            Impairment: R frozen shoulder — flexion 95°, ER 20°; can't reach up to comb her hair
            Res response: less pain w/ the pulleys after MT
            """,
            ["M75.01"], [PT("97140", 10), PT("97110", 15)], []),

        // AL apartment "1:1, spouse in the next room"; NMR 23 (counter rocker board, Airex head turns, towel step-overs, semi-tandem reach) and TE 15 (doses) match; ankle strategy, postural control and hip weakness; SF-BBS and TUG: passes.
        ["vord-h49-aspen-al-nmr-te"] = new(
            """
            HARVEST POINT THERAPY — Aspen Court Assisted Living, Omaha · Part B PT
            AL apt 3-105 · 1:1, spouse in the next room
            NMR 97112 — 23 min: rocker board A/P and lateral holding the kitchen counter; standing on the Airex w/ head turns; stepping fwd/back over a rolled towel; reaching to the microwave from semi-tandem
            TE 97110 — 15 min: sit-to-stand from the dining chair 3 x 8; standing hip abduction 2 x 12 B; heel raises 2 x 15
            ↓ ankle strategy + postural control w/ head turns; B hip weakness 4-/5; 2 falls in the apt this winter
            SF-BBS 18/28; TUG 12.4 s
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23), PT("97110", 15)], []),

        // IL cottage 97110 in the fitness room (bike warm-up, step-ups, wall sits, TKE, standing curls with doses); R knee OA with quad grade, basement stairs and garden kneeling: passes.
        ["vord-h49-aspen-il-knee-oa-97110"] = new(
            """
            HARVEST POINT THERAPY — Aspen Court Independent Living, Omaha · Part B PT
            IL cottage 22 — seen in the campus fitness room
            97110 — 20 min: recumbent bike seat 6, 40 revolutions to warm up; step-ups onto a 6-in step 2 x 10 B; wall sits 3 x 20 s; TKE w/ green band 3 x 12 R; standing hamstring curls w/ a 3-lb cuff 2 x 12
            R knee OA — quad 4-/5; can't manage the stairs to the cottage basement or kneel in her garden bed
            """,
            ["M17.11"], [PT("97110", 20)], []),

        // IL OT 97530 car and shuttle transfers under the porte-cochère (swivel cushion, handrail, loading the rollator) with counts and CGA/SBA; posterior hip precautions; church and Sunday-dinner goal: passes.
        ["vord-h49-aspen-il-ot-car-transfers-97530"] = new(
            """
            HARVEST POINT THERAPY — Aspen Court Independent Living, Omaha · Part B OT
            97530 — 22 min
            Car transfers under the porte-cochère into her son's SUV and onto the community shuttle: sit-first method w/ a swivel cushion x 3, shuttle step w/ the handrail x 4; loading the rollator into the SUV's back seat x 2
            CGA for the SUV, SBA for the shuttle step; cues to back up until she feels the seat
            R hip precautions (posterior THA 8 wks); goal: ride the shuttle to church and go to Sunday dinner at her son's
            """,
            ["Z96.641", "Z47.1"], [OT("97530", 22)], []),

        // Mobile split-entry stairs: step-to with the rail by flight and rounds, CGA, then SPC in the house with distance and SBA; R TKA with flexion degrees and a reciprocal-stairs laundry goal: passes.
        ["vord-h49-shoreview-split-entry-stairs-97116"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — home visit (POS 12), Shoreview
            97116 — 15 min
            Split-entry house: 6 steps up to the main floor, 7 down to the family room and laundry. Stair training w/ the L rail — step-to, up w/ the L leading, down w/ the R leading — 2 rounds each flight, CGA; then SPC in the kitchen and hall 2 x 50 ft, SBA
            R TKA 5 wks — R knee flexion 88°, can't go step-over-step yet; goal: reciprocal stairs down to the laundry
            """,
            ["Z96.651", "Z47.1"], [PT("97116", 15)], []),

        // Mobile OT 97530 kitchen (coffee and soup at the stove, rollator-tray carries, low-cabinet stockpot, dishwasher) with SBA, Mod I and a rest; L shoulder weakness after reverse TSA; lunch goal: passes.
        ["vord-h49-maplewood-ot-kitchen-97530"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — OT home visit (POS 12), Maplewood
            97530 — 24 min
            Kitchen: made coffee and warmed soup on the stove; carried the mug to the table on the rollator tray x 2; got the stockpot out of the low cabinet sitting on the rollator seat; loaded the dishwasher standing
            SBA standing at the stove, Mod I w/ the rollator tray; 1 rest
            L shoulder weakness + ↓ standing tolerance after L reverse TSA; goal: cook her own lunch and carry it to the table
            """,
            ["Z96.612", "Z47.1"], [OT("97530", 24)], []),

        // Mobile TKA: "TE 97110 18 min" (heel slides, quad sets, SAQ, standing flexion, step-ups with doses) and "MT 97140 10 min" (flexion mobs in bouts, patellar mobs, STM) match; AROM, lag and a lake-cabin goal: passes.
        ["vord-h49-edina-tka-te-mt"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — home visit (POS 12), Edina
            TE 97110 18 min: heel slides on the bed w/ a strap 2 x 15; quad sets 10 x 5 s; SAQ over the bolster 2 x 15; standing knee flexion at the counter 2 x 12; step-ups on the bottom stair 2 x 10
            MT 97140 10 min: tibiofemoral flexion mobs gr III 4 x 30 s; patellar mobs; STM around the incision
            L TKA 3 wks: AROM 8–94°, quad lag 5°; goal: the stairs up to the bedroom, and back to the lake cabin by summer
            """,
            ["Z96.652", "Z47.1"], [PT("97110", 18), PT("97140", 10)], []),

        // Mobile vestibular "pt and PT only (husband out snowblowing the drive)"; X1 viewing at the fridge, head-turn hallway walking, pillow EC stance; L hypofunction with oscillopsia; DGI and DVA lines: passes.
        ["vord-h49-blaine-vestibular-97112"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — home visit (POS 12), Blaine
            97112 — 22 min, pt and PT only (husband out snowblowing the drive)
            X1 viewing w/ a business card taped to the fridge, horizontal and vertical, 3 x 45 s each, standing; walking the hall w/ head turns calling out the magnets on the fridge; standing on a bed pillow at the counter w/ EC
            L vestibular hypofunction after neuritis — oscillopsia in the grocery aisles, ↓ gaze stability
            DGI 18/24; DVA 3 lines lost (5 at eval)
            """,
            ["H81.22"], [PT("97112", 22)], []),

        // Mobile three codes under "One-on-one PT visit in the home.": NMR 20, Gait 15 (4WW on the sidewalk, distance, SBA) and TE 10 (doses) all match; reactive postural control and flexed gait after hip fx; Berg and 4-metre gait speed: passes.
        ["vord-h49-burnsville-three-codes"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — home visit (POS 12), Burnsville
            One-on-one PT visit in the home.
            NMR (97112) 20 min: perturbations in stride stance at the counter, stepping over shoes set out in the hall, tandem along the kitchen tile line w/ head turns
            Gait (97116) 15 min: 4WW out the garage door, down the driveway and along the sidewalk, 2 x 200 ft, SBA; cues to stay close to the walker over the snow ridge at the curb cut
            TE (97110) 10 min: sit-to-stand 2 x 10, heel raises 2 x 15, standing hip abd 2 x 10 B
            ↓ reactive postural control + short, flexed gait after a L hip fx last fall; hip abductors 4-/5
            Berg 44/56; 4-meter gait speed 0.71 m/s
            """,
            ["S72.002D", "R26.81"], [PT("97112", 20), PT("97116", 15), PT("97110", 10)], []),

        // Adult day "Sr. Chávez seen one-on-one in the therapy room while his group was at lotería"; NMR 23 (R stance step taps, mirror weight shift, resisted PNF pelvic patterns) and GT 15 (quad cane, distance, CGA) match; R recruitment and timing; Berg and 10-m walk: passes.
        ["vord-h49-mesilla-stroke-nmr-gait"] = new(
            """
            MESILLA VALLEY ADULT DAY HEALTH CENTER — visiting PT (Part B)
            Sr. Chávez seen one-on-one in the therapy room while his group was at lotería.
            NMR 97112 — 23 min: R stance on the 4-in step w/ L taps; wt shift onto the R w/ the mirror; resisted PNF pelvic patterns in standing
            GT 97116 — 15 min: quad cane, main hall loop 2 x 150 ft, CGA; cues for R hip/knee flexion in swing
            R hemiparesis after L CVA — ↓ R LE recruitment + timing, R toe catch
            Berg 37/56; 10-m walk 0.48 m/s
            """,
            ["I69.351"], [PT("97112", 23), PT("97116", 15)], []),

        // Adult-day OT 97530 in the activity kitchen (tortillas on the griddle, plate carries on the walker tray, counter and dishes), SBA, a rest and a cue count; weekend-breakfast goal with standing balance and R hand weakness: passes.
        ["vord-h49-mesilla-ot-griddle-97530"] = new(
            """
            MESILLA VALLEY ADULT DAY HEALTH CENTER — visiting OT (Part B)
            97530 — 22 min
            Center's activity kitchen: warmed tortillas on the griddle standing, turning them w/ tongs; carried the plate to the table on the walker tray x 3; wiped the counter; washed and dried the dishes at the sink standing
            SBA, 1 seated rest; cue x2 to lock the walker near the griddle
            Goal: make breakfast at home on weekends w/o her daughter; ↓ standing balance + R hand weakness after CVA
            """,
            ["I69.351"], [OT("97530", 22)], []),

        // Adult-day PTA 97110 (band rows and presses, weighted LAQ, heel raises, sit-to-stand with doses); proximal weakness with grades, the low couch and the bus grab bar: passes.
        ["vord-h49-mesilla-pta-97110"] = new(
            """
            MESILLA VALLEY ADULT DAY HEALTH CENTER — PTA visit (Part B) · sup PT: R. Gallegos
            97110 — 18 min: seated row w/ red band 2 x 15; chest press w/ red band 2 x 15; LAQ w/ 2-lb weights 2 x 12 B; standing heel raises at the rail 2 x 15; sit-to-stand 2 x 8
            Impairment: proximal weakness — B hip flexors 3+/5, B shoulders 4-/5 — can't get up from the low couch at home or reach the bus grab bar
            """,
            ["M62.81"], [PTA("97110", 18)], []),

        // Tennessee OT 97112 "Mode (I/C/G/CT): I"; L UE weight bearing, PNF D1 with rhythmic initiation, graded reach-grasp-release; L UE recruitment and proximal stability; k/10 finger extension and Motricity Index: passes.
        ["vord-h49-hawthorne-ot-97112-hemi-ue"] = new(
            """
            CLINCH RIVER THERAPY — contract rehab @ Hawthorne Hills Nursing Home, Oak Ridge, TN
            DAILY SKILLED NOTE — OT — Part B
            Mode (I/C/G/CT): I
            97112 — 23 min
            Skilled: L UE wt bearing on the extended arm at the table w/ lateral shifts; PNF D1 flexion/extension L UE w/ rhythmic initiation; graded reach-grasp-release of cones to a shelf
            Res response: initiated L finger extension on 3 of 10 trials (0 of 10 at SOC)
            Impairment: ↓ L UE motor recruitment + proximal stability after R CVA; L hand not used in ADLs
            Motricity Index L arm 39/100
            """,
            ["I69.334"], [OT("97112", 23)], []),

        // SNF PTA 97116 in a "walk-to-dine group, 3 residents, PTA leading": 97116 has no one-on-one check; FWW, distance, SBA, flexed gait; RNA hand-off: passes.
        ["vord-h49-bluevalley-pta-walk-to-dine-group-97116"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ Blue Valley Manor — Raytown, MO
            PART B DAILY SKILLED NOTE — PTA
            97116 — 15 min — walk-to-dine group, 3 residents, PTA leading
            This res.: FWW, Rm 112 → dining room, 160 ft, SBA; cues to stand tall and keep the walker close through the doorway
            Gait: flexed trunk, short B steps, ↓ foot clearance on the L
            Restorative hand-off: RNA to continue walk-to-dine at lunch daily
            """,
            ["R26.89"], [PTA("97116", 15)], []),

        // SNF final Part B visit: "97530 — 23 min" (pivot and toilet transfers, dining-chair sit→stand, SBA) and "97116 — 15 min" (FWW, distance, SBA) match; FMP hand-off to the RNA; weakness after sepsis; goal met: passes.
        ["vord-h49-cedarbluff-restorative-handoff-ta-gt"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ Cedar Bluff Health Care Center — Liberty, MO
            PART B DAILY SKILLED NOTE — PT (last visit of this Part B episode)
            Skilled interventions:
             97530 — 23 min: bed ↔ w/c stand-pivot x 4, w/c ↔ toilet w/ the grab bar x 3, sit→stand from the dining chair x 5; SBA on all
             97116 — 15 min: FWW, room → dining room, 2 x 150 ft, SBA; 2 rests
            Restorative hand-off: FMP set up — RNA to walk res. to lunch daily w/ FWW + gait belt; transfers w/ one staff standby; sheet posted inside the closet door
            Goal met: transfers w/ one staff standby (2-person at Part B eval)
            Impairment: B LE weakness, deconditioning after UTI/sepsis; flexed posture w/ short steps
            """,
            ["R53.81", "M62.81"], [PT("97530", 23), PT("97116", 15)], []),

        // SNF OT 97110 (arm ergometer revolutions, dowel flexion, putty, band press-downs with doses); B UE weakness with grades and grip kg, armrest push-up and milk-carton limits: passes.
        ["vord-h49-shawnee-ot-ue-97110"] = new(
            """
            PRAIRIE GATE THERAPY SERVICES @ Shawnee Crossing Nursing & Rehab — Shawnee, KS
            PART B DAILY SKILLED NOTE — OT
            97110 — 16 min
            Skilled interventions: arm ergometer fwd/back, 2 x 60 revolutions; shoulder flexion w/ a 1-lb dowel 2 x 10; putty grip and pinch (soft) 2 x 15; triceps press-down w/ yellow band 2 x 12 B
            Impairment: B UE weakness (shoulder flexors 3+/5; grip R 12 kg / L 10 kg) — can't push up from the w/c armrests or open her own milk carton at meals
            """,
            ["M62.81"], [OT("97110", 16)], []),

        // Complete Tennessee PTA 97110 (cuff-weight knee extension, mini squats, lateral step-ups with doses; quad weakness and the low toilet) sent with no diagnosis.
        ["vord-h49-ridgeview-pta-97110-no-diagnosis"] = new(
            """
            CLINCH RIVER THERAPY — contract rehab @ Ridgeview Health Care, Clinton, TN
            DAILY SKILLED NOTE — PTA — Part B
            97110 — 15 min: seated knee ext w/ 3-lb cuff 2 x 12 B; mini squats at the // bars 2 x 10; lateral step-ups onto a 4-in step 2 x 8 B
            Impairment: B quad weakness 3+/5 — can't rise from the low toilet in her room w/o the grab bar and staff
            """,
            [], [PTA("97110", 15)], [Dx]),

        // Complete AL OT 97530 (groceries into the fridge and cupboards, SBA, a rest; putting-away goal with LE weakness) with the ICD-9 code 728.87 in the diagnosis field: not ICD-10-CM.
        ["vord-h49-aspen-ot-groceries-icd9"] = new(
            """
            HARVEST POINT THERAPY — Aspen Court Assisted Living, Omaha · Part B OT
            97530 — 21 min
            Put away groceries from the shuttle run: 4 bags, one item at a time into the apt fridge, bending to the low shelf w/ one hand on the counter; canned goods up into the cupboard
            SBA; 1 standing rest
            Goal: put away her own groceries after the Tuesday shuttle (B LE weakness, ↓ standing tolerance)
            """,
            ["728.87"], [OT("97530", 21)], [Dx]),

        // SNF "Res. participated in TE and TA to improve strength and function. Tolerated well, no c/o. Total 38 min.": nothing named for either code, and a total only.
        ["vord-h49-snf-generic-te-ta-total"] = new(
            """
            DAILY SKILLED NOTE — Part B — PT
            Res. participated in TE and TA to improve strength and function. Tolerated well, no c/o. Total 38 min. Cont skilled PT per POC.
            """,
            ["M62.81"], [PT("97110", 15), PT("97530", 23)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // Complete mobile two-code note (NMR 23: pushes at the hips, pillow EC stance, hallway tandem with head turns; TE 15 with doses; reactive stepping and postural control with neuropathy; Berg and semi-tandem) that never says one-on-one.
        ["vord-h49-woodbury-nmr-te-one-on-one-unstated"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — home visit (POS 12), Woodbury
            NMR 97112 — 23 min: stepping strategy to pushes at the hips in the living room; standing on a bed pillow w/ EC at the counter; tandem along the hall runner w/ head turns
            TE 97110 — 15 min: sit-to-stand from the dining chair 3 x 8; heel raises 2 x 15; standing hip abd 2 x 12 B
            ↓ reactive stepping + postural control w/ vision removed (peripheral neuropathy); B hip weakness 4-/5; 3 falls since Thanksgiving
            Berg 42/56; semi-tandem EC 4 s
            """,
            ["G62.9", "Z91.81"], [PT("97112", 23), PT("97110", 15)], [At(OneOnOne, "97112")]),

        // Adult-day PTA "TE 97110 — 30 min" against a 20-min line: mismatch; "GT 97116 — 15 min" matches; both sections complete with a van-to-door goal.
        ["vord-h49-mesilla-pta-te-30-against-20"] = new(
            """
            MESILLA VALLEY ADULT DAY HEALTH CENTER — PTA visit (Part B) · sup PT: R. Gallegos
            TE 97110 — 30 min: seated LAQ and hip flexion w/ 2-lb weights, hip abd w/ band, 2 x 12 each B; standing heel raises 2 x 15
            GT 97116 — 15 min: rollator, main hall loop out to the patio, 2 x 150 ft, SBA; cues for heel strike and turning inside the rollator
            B hip + knee weakness 4-/5; short, shuffling steps; goal: walk from the van to the center's front door w/o a rest
            """,
            ["M62.81", "R26.89"], [PTA("97110", 20), PTA("97116", 15)], [At(Mismatch, "97110")]),

        // AL 97112 "resident and PT only, in her apt" with pushes, Airex head turns and broom-handle step-overs for protective stepping and postural control, but "will re-check the Berg next week" and no number anywhere: no measure.
        ["vord-h49-aspen-al-nmr-no-number"] = new(
            """
            HARVEST POINT THERAPY — Aspen Court Assisted Living, Omaha · Part B PT
            97112 — 22 min — resident and PT only, in her apt
            Stepping-strategy practice to pushes at the hips; standing on the Airex w/ head turns; stepping over a broom handle laid on the floor, fwd and sideways
            Deficit: slow protective stepping + ↓ postural control w/ head movement; falls turning from the kitchen sink
            Pt response: steadier on the Airex by the end; will re-check the Berg next week
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // Mobile "Timed 38 / total visit 45" is the only time for 97116 and 97110: no minutes for each; stoop/driveway gait with SPC and CGA and exercises with doses; hip OA and a mail/garbage-can goal present.
        ["vord-h49-coonrapids-timed-total-only"] = new(
            """
            NORTH STAR MOBILE PHYSICAL THERAPY — home visit (POS 12), Coon Rapids
            Timed 38 / total visit 45
            Gait: SPC, front stoop (3 steps w/ rail) and down the driveway to the mailbox, 2 rounds, CGA on the stoop
            Ther-ex: bridges 2 x 12, side-lying hip abd 2 x 10 B, sit-to-stand 3 x 8
            L hip OA — antalgic L gait, L hip abd 3+/5; goal: get the mail and take the garbage cans to the curb
            """,
            ["M16.12"], [PT("97116", 15), PT("97110", 23)], [SepTime]),

        // Tennessee "TA 97530 — 35 min" against a 23-min line (mismatch) and a gait section with no minutes at all (separate time missing); both sections complete.
        ["vord-h49-hawthorne-ta-35-gait-unstated"] = new(
            """
            CLINCH RIVER THERAPY — contract rehab @ Hawthorne Hills Nursing Home, Oak Ridge, TN
            DAILY SKILLED NOTE — PT — Part B
            TA 97530 — 35 min: stand-pivot bed ↔ w/c x 4, toilet transfers w/ the grab bar x 3, reaching into the wardrobe for clothes standing x 5; CGA → SBA
            GT 97116: RW to the nurses' station and back, 2 x 90 ft, CGA; cues for step length
            B LE weakness after a hospital stay for pneumonia; goal: toilet and walk to meals w/ one staff standby
            """,
            ["R53.81", "M62.81"], [PT("97530", 23), PT("97116", 15)], [SepTime, At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
