using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The eighty-eighth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of bone-health and fragility-fracture outpatient therapy — osteoporosis and osteopenia
/// programmes (the Meeks method, spine precautions with no loaded flexion or rotation, Fishman's yoga poses adapted,
/// the Onero high-intensity loading programme), rehabilitation after fragility fractures of the hip (nails, screws
/// and hemiarthroplasties), the wrist, the proximal humerus and the pubic rami and after vertebral compression
/// fractures (a kyphoplasty protocol, a Spinomed orthosis, silent fractures found on a vertebral fracture
/// assessment), kyphosis and postural work, and fear of falling after a fracture — as the people who treat them
/// write it: index fractures, DXA T-scores, bone medicines (alendronate and its drug holiday, zoledronic acid,
/// denosumab and Prolia, teriparatide, Evenity), FLS nurse navigators and the endocrinologist's referral, spine and
/// manual-therapy precautions; about two thirds ordinary and complete (67 of 102), single- and multi-code visits
/// (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and a PTA's code on one visit and a PT's and an
/// OT's code on one morning), by PTs, PTAs and OTs, from three employers:
/// <list type="number">
/// <item>a health system's fracture liaison service with its own bone-rehab gyms and hand therapy ("Monocacy Health —
/// Fracture Liaison Service · Bone Rehab" and "Hand &amp; Wrist OT": Allentown — the 17th Street office — Whitehall,
/// Macungie and Nazareth, Pennsylvania) writing an "Index fracture:" line with the DXA T-score and the FLS's bone
/// therapy, "Today —", "Aimed at —" and "Numbers —" sections with ▸ bullets and "(97112 · 22 min)" after each
/// service, a STEADI row and spine-precaution ticks (☑), an "Impairments addressed today" box row: row homes with
/// marble front steps and the Tuesday-night trash can, a LANTA bus, a heaved slab on Hamilton Street, wet leaves in
/// Lehigh Parkway, black ice in a church lot, a step stool and the Christmas curtains, a bag of mulch, a chest
/// freezer, rock salt out of a pickup, whoopie-pie trays, the pew and the kneeler, a choir folder through a hymn, the
/// car show at Macungie, a retiree of the guitar factory in Nazareth and one of the truck plant, a librarian's book
/// cart, the Fairgrounds farmers' market, a couple who both have FLS referrals;</item>
/// <item>an endocrinology practice's PT-led bone-health class and its one-on-one visits ("Portage Lakes
/// Endocrinology &amp; Bone Health — 'Build Your Bones'": Fairlawn, Cuyahoga Falls, Barberton and Green, Ohio)
/// writing the member's age, bone diagnosis, endocrinologist and medicine in one line, a) b) c) lists, "Working on:"
/// and "Scores:", class sizes, a mode box row, an outcome-measure row left blank, an exercise grid with loads and ticks,
/// "Time by code — NMR 21, TE 13 (minutes)", a letter to the referring endocrinologist: Goodyear and Firestone
/// retirees, the Towpath and the Ledges, a pontoon dock at Portage Lakes, the Acme checkout line and its parking lot,
/// Chapel Hill Mall, the Akron Zoo, the chicken houses of Barberton, a Tuesday bowling league, a parish pierogi sale,
/// a canoe on a car roof, a ladder and the gutters, a husband after a stroke, Yaktrax-style cleats on a snow-packed
/// walk;</item>
/// <item>a community hospital's outpatient department ("Churn Creek Community Hospital — Outpatient Rehabilitation
/// Services": Redding — Hilltop Drive — Anderson, Red Bluff and Burney, California) writing REASON FOR VISIT,
/// TREATMENT RENDERED, CLINICAL IMPRESSION and OBJECTIVE DATA in capitals, a "TIMED CODE LOG (minutes)" with dotted
/// leaders, a SUPERVISION radio row ("(•) individual — no concurrent or group patients"), PRECAUTIONS, MANUAL THERAPY
/// PRECAUTIONS, WEIGHT-BEARING and FALL SINCE LAST VISIT rows, a CONCURRENT line, a SMART EquiTest and a harnessed
/// perturbation treadmill, the hospital's "Back on Your Feet" class: a Costco parking lot, the Shasta Dam visitor
/// center, the river trail to the Sundial Bridge, ice at Lassen, a walnut orchard, a cattle ranch and a hay trailer,
/// almonds off Antelope Boulevard, a single-wide with a tub-shower and a pellet stove, kindling, peaches in the
/// canner, a county bus to the senior center, the Wednesday church supper, WinCo on Saturdays, a Pit River fisherman,
/// a Carr Fire survivor in her son's guest room.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h88-…): one-on-one in these writers' own words ("Mrs. Fenstermacher had my undivided attention
/// for all of the neuro re-ed today … no one else on my schedule", "the treatment itself was one-on-one — PT and Mrs.
/// Whitacre, no other patient" with her son learning the home program, "The PTA treated this patient alone; no other
/// patient overlapped the session", "I treated Mr. Laubach by himself — nobody else on my caseload was in the room",
/// "just the two of us in the studio for every minute of the 97112", "The 97112 itself (20 min) was hers alone" after
/// the FLS nurse navigator spoke with her in the waiting room), notes that negate it (a married couple both on the
/// caseload doing the circuit side by side, a PT moving between one member and four others at the wall stations, a
/// PTA also supervising a patient on the NuStep, a PT changing a post-op knee patient's bike seat and taking his ROM
/// between sets) or never state it (a daughter who stayed to watch), and the codes without a one-on-one check (only
/// 97112 is the one-on-one code in the shipped medicare profile): a 97110 in a class of seven and a 97530 in a
/// hospital group of four;</item>
/// <item>class 2 (v2-h88-…): template states: "SUPERVISION: (•) individual — no concurrent or group patients" with a
/// PRECAUTIONS box row, a TIMED CODE LOG with both codes' cells blank beside "Total timed … 38", "Outcome measures
/// this visit: TUG ____ sec chair stands ____ …" left blank with nothing else numbered, "Mode: [ ] individual [x]
/// class (six enrolled)", "Impairments addressed today: □ posture □ balance …" with nothing ticked, an exercise grid
/// with loads, sets × reps and ticks, WEIGHT-BEARING and FALL SINCE LAST VISIT rows on a gait note, STEADI key
/// questions ticked, an INTERVENTIONS row ticked with nothing else written, spine-precaution ticks on a 97530 and a
/// MANUAL THERAPY PRECAUTIONS radio row on a 97140;</item>
/// <item>class 3 (v3-h88-…): named protocols, programmes and devices as techniques (the Meeks method's floor series,
/// the Onero programme, a Spinomed orthosis in kitchen tasks, Fishman's twelve poses adapted to spine precautions,
/// perturbation-based balance training on a harnessed treadmill, a DynaFlex gyro ball and a hand-mounted laser for
/// wrist proprioception, a rollator with Yaktrax-style ice cleats, a surgeon's post-kyphoplasty protocol), a named
/// "Strong Bones Circuit" with no dose and a SMART EquiTest session with no deficit;</item>
/// <item>class 4 (v4-h88-…): deficits stated as findings in the patients' own terms (a chin that drops toward the
/// chest at the sink and a skirt that hangs lower in front, a leg that "drags on the bath mat" and a pellet-stove bag,
/// a car key, an applesauce jar and a recliner, a mailbox she won't walk to and a bowling league given up, a back
/// that makes her sit before the canner boils, a bra she can't hook and flour on the top shelf, a groin that catches
/// on the bus step, a trash can down the marble steps and a stoop she can't sweep) and notes that state none (an FLS
/// discharge with "nothing left to treat — no impairment found, every goal met", a PTA's final visit with every
/// re-check within age norms);</item>
/// <item>class 5 (v5-h88-…): measures in their usual forms (Timed Loaded Standing and occiput-to-wall, the block
/// method and a Flexicurve kyphosis index with height, a 10-metre walk and a 6MWT, Jamar grip and goniometry, the
/// CDC 4-Stage Balance Test and a 30-s chair stand, five-times sit-to-stand and a step test, figure-of-eight girth
/// and degrees, reach in inches beside an ABC percentage) and notes with none ("Scores: not re-tested today; she
/// looked more confident on the foam", "Her husband says she's walking taller at home", "She says the wrist feels
/// looser afterward", "managing the laundry with less back pain, per her report");</item>
/// <item>class 6 (v6-h88-…): minutes in their usual forms ("(97112 · 20 min)" after each service, a dotted-leader
/// TIMED CODE LOG, "Time by code — NMR 21, TE 13 (minutes)", a PT's and a PTA's code, a PT's and an OT's code in one
/// log, a 97110 in two parts around a 97112 ("first part — 8 minutes" and "7 more minutes (15 in all)"), "Twenty-three
/// minutes of therapeutic activities (97530)", "… — 20 min (97112)" after the description) and true mismatches (a
/// class's ther ex 28 against 16, NMR 32 against 20, manual therapy 24 against 12) and truly missing separate time
/// ("97112/97116 — 36 min", three codes in a log with one row unminuted, "Timed minutes today: 35" for two codes);</item>
/// <item>class 7 (v7-h88-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (extensor and hip work for a woman with two thoracic wedge fractures),
/// 97530 (a car transfer without a twist, a walker into the trunk and a grocery cart), 97140 (lateral-thigh scars,
/// the TFL and a long-axis hip distraction after a nail) and 97116 (walker to cane, a side-street slope and the curb
/// at a bus shelter), wholly generic 97112 and 97140 + 97110 notes and a generic letter to the referring
/// endocrinologist on a 97110;</item>
/// <item>ordinary (vord-h88-…): complete notes of the three employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code (733.00), a generic two-code
/// class note with a total, a PTA's gait time that differs, an OT's time that differs.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — FLS nurse navigators,
/// endocrinologists, surgeons, daughters, sons, husbands and wives (none of them a patient; Mr. Gerhart on the
/// circuit beside his wife, the four members at the wall stations, Mr. D. on the NuStep, the post-op knee on the
/// bike and the members of the classes and the group are), DXA T-scores, height lost in centimetres, vertebral
/// levels, weeks and months since a fracture or surgery, bone-medicine months, ages, class sizes, step, box, curb and
/// tub heights, stair and flight counts, loads in pounds and kilograms, percentages of an estimated maximum, distances
/// in feet and metres, angles, centimetres of girth and of occiput-to-wall, blocks under the head, a kyphosis index,
/// quarts — and each is written so that a reviewer cannot take it for a code's minutes; the notes failed for want of
/// a measure carry no number but their code's and its minutes (no T-score, vertebral level, age or stage number); no
/// note gives minutes to a walk at home, a test, a rest, education, an orthosis fitting or a medicine.
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
/// documentation profile (DXA scans, injections and infusions, orthosis fitting, education and group classes stay
/// in the notes, never on a line).
/// This set also leaves out whether a class member's 97110 or 97530 belongs on 97150 and whether orthosis training
/// with a Spinomed is 97530 or 97760 (coding questions, not the note's), the choice, timing or holiday of a bone
/// medicine (the FLS's and the endocrinologist's decision), a T-score, a FRAX probability, height loss or a
/// vertebral level as a note's only number, osteoporosis, osteopenia or a fracture's name as a note's only deficit,
/// fear of falling as a 97112's only target, the FES-I or the ABC as the only number, spine precautions, an orthosis
/// or hip protectors as a code's only technique, and whether manual therapy, yoga or high-intensity loading is safe
/// for a given spine (a clinical judgment for the plan of care, not for these rules).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 97 of 102 cases agree (100 needed), and 3 of the 67 notes the reviewer passes got a finding, on the analyzer of b0456dd (the start of the 2026-12-06 fourteenth session, before any of its changes) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 101 of 102, no false positive — "I had Mr. Heffelfinger to myself the whole 97112 (22 min)", "OT and Mrs. Bortz alone in the hand room for all of the 97112 (20 min)" (the code's own minutes in brackets are no part of it), "TE (97110), second part — 7 more minutes (15 in all)" added to the first part, "97112/97116 — 36 min" shared. Left: v3-h88-churncreek-equitest-no-deficit (the EquiTest's "sway-referenced" surfaces are read as the deficit the reviewer finds missing).</para>
/// </summary>
public class HeldOutNotesIssue18EightyEighthTests(ITestOutputHelper output)
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

        // Monocacy Whitehall FLS, L hip fracture off the back steps of her row home: "Mrs. Fenstermacher had my undivided attention for all of the neuro re-ed today (97112 · 22 min) — no one else on my schedule"; unannounced nudges, foam with head turns, side-stepping over a towel; delayed reactive stepping and postural control; nudge count and seconds: passes.
        ["v1-h88-monocacy-undivided-attention-hip-fx"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Whitehall
            Index fracture: L intertrochanteric hip fx — missed the last of the back steps of her row home; IM nail, 11 weeks out
            DXA (FLS): T-score −2.9 femoral neck, −2.4 L-spine · bone therapy: zoledronic acid given on the ward · FLS nurse navigator: D. Kuhns, RN
            Mrs. Fenstermacher had my undivided attention for all of the neuro re-ed today (97112 · 22 min) — no one else on my schedule.
            Today —
             ▸ stepping-strategy drill: my unannounced nudges at the pelvis, forward, back and to the L
             ▸ standing on the foam pad at the counter, eyes closed, then with head turns
             ▸ side-stepping over a rolled towel to the L and back, no hands
            Aimed at — delayed reactive stepping and poor postural control on the L after the hip fracture; she freezes instead of stepping when she's bumped
            Numbers — 7 of 10 nudges recovered with a single step (3 of 10 at her first visit); foam eyes closed 9 s
            — M. Dreisbach, DPT
            """,
            ["M80.052D", "Z91.81"], [PT("97112", 22)], []),

        // Monocacy Macungie: "Mr. and Mrs. Gerhart come together and both are on my caseload … They did the balance circuit side by side and I alternated between them": another patient treated in the block; foam-beam tandem, reaches on foam, backward stepping; postural control and ankle proprioception; seconds and inches present: one-on-one missing.
        ["v1-h88-monocacy-couple-side-by-side"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Macungie
            Index fracture: R distal radius (Colles), cast off · DXA (FLS): T-score −2.6 total hip
            Mr. and Mrs. Gerhart come together and both are on my caseload — he has his own FLS referral after a rib fracture. They did the balance circuit side by side and I alternated between them.
            Her neuro re-ed (97112 · 20 min):
             ▸ tandem stance on the foam beam with a ball pass
             ▸ reaching outside her base of support to targets on the wall, feet on foam
             ▸ backward stepping over a cane laid on the floor
            Aimed at — postural control and ankle proprioception; she sways and grabs at things with the R hand that broke
            Numbers — tandem on foam 6 s (R foot back); forward reach 8 in.
            """,
            ["M80.031D", "R26.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Portage Barberton "Build Your Bones" balance block: "I moved between Mrs. Szabo and the four other class members at the wall stations": a group; half foam roll with head turns, clock reaches on the Airex, beach-ball catches; somatosensory loss and postural control; single-leg stance and Four Square present: one-on-one missing.
        ["v1-h88-portage-moved-between-class-members"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" class · Barberton
            Class member: Mrs. R. Szabo, 71 · osteoporosis (Dr. Ferenczi, endocrinology) · on Prolia
            Balance block of the class, five of them on the floor today. I moved between Mrs. Szabo and the four other class members at the wall stations.
            Her part — neuro re-ed, 97112, 21 minutes:
             a) standing on the half foam roll, flat side down, with head turns
             b) clock reaches with one foot while standing on the other leg on the Airex
             c) catch-and-toss with a beach ball, narrow stance
            Working on: somatosensory loss in both feet (neuropathy) and poor postural control; she lost her footing on the Towpath gravel in October
            Scores: single-leg stance R 4 s / L 6 s; Four Square Step Test 14.2 s
            """,
            ["M81.0", "G62.9"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Churn Creek Anderson PTA: "CONCURRENT: the PTA was also supervising Mr. D. on the NuStep and the leg press across the gym during this block": not one-on-one; mirror weight shifts, rhythmic stabilization, bar tandem walking; postural control with a flexed posture; TUG and tandem present: one-on-one missing.
        ["v1-h88-churncreek-pta-concurrent-nustep"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Anderson
            REASON FOR VISIT: T12 compression fracture (osteoporotic), 8 weeks; two falls at home since
            TREATMENT RENDERED (PTA): Neuromuscular re-education 97112 — 23 min
             · weight shifts in standing with an upright trunk, facing the mirror
             · rhythmic stabilization at the shoulders and pelvis, sitting then standing
             · tandem walking in the parallel bars, eyes up
            CONCURRENT: the PTA was also supervising Mr. D. on the NuStep and the leg press across the gym during this block.
            CLINICAL IMPRESSION: impaired postural control with a forward-flexed posture; loses her balance backward on turns
            OBJECTIVE DATA: TUG 15.8 s with a 4WW; tandem stance 5 s
            """,
            ["M80.08XD", "R26.81"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // Churn Creek Hilltop humerus fracture in the Costco lot: "Between her sets I stepped over to my post-op knee patient on the bike to change his seat height and take his knee ROM": attending another patient in the block; foam eyes closed, gait-belt pulls, hallway head turns; delayed reactive responses; mCTSIB and recoveries present: one-on-one missing.
        ["v1-h88-churncreek-attending-post-op-knee"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Redding (Hilltop)
            REASON FOR VISIT: R proximal humerus fx (fall in the Costco parking lot), sling off; afraid of falling since
            TREATMENT RENDERED: Neuromuscular re-education 97112 — 20 min
             · standing on the foam pad with eyes closed, then with arm swings
             · reactive stepping: sudden pulls and pushes through the gait belt
             · walking the hallway with head turns and quick stops
            Between her sets I stepped over to my post-op knee patient on the bike to change his seat height and take his knee ROM.
            CLINICAL IMPRESSION: delayed reactive postural responses; somatosensory-dependent standing balance
            OBJECTIVE DATA: mCTSIB foam eyes closed 11 s; 6 of 10 pulls recovered in one step
            """,
            ["M80.021D", "Z91.81"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Monocacy Nazareth L1 fracture found on the FLS screen: "Her daughter drove her over from the farm and stayed to watch", nothing states one-on-one; neutral-spine sit-to-stand into foam, rhythmic stabilization, stepping strategy; trunk motor control and postural control; chair stands and nudges present: one-on-one missing.
        ["v1-h88-monocacy-daughter-watched-never-stated"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Nazareth
            Index fracture: L1 compression fracture, found on the FLS vertebral screen · DXA: T-score −3.1 L-spine
            Her daughter drove her over from the farm and stayed to watch.
            Neuro re-ed (97112 · 22 min):
             ▸ sit-to-stand with a neutral spine at the mirror, then stand and hold on the foam
             ▸ rhythmic stabilization at the trunk in standing, eyes open then closed
             ▸ stepping strategy to the front and side with my nudges at the shoulders
            Aimed at — trunk motor control and postural control; she pitches forward as she stands and hurries the first step
            Numbers — 30-s chair stand 8; 6 of 10 nudges recovered
            """,
            ["M80.08XD"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // Portage Fairlawn 1:1 visit, son sitting in to learn the home program: "the treatment itself was one-on-one — PT and Mrs. Whitacre, no other patient" (family does not undo it); PNF rhythmic stabilization eyes closed, head turns with stops, narrow-stance top-shelf reaches; postural control, falls backward; TUG and tandem steps: passes.
        ["v1-h88-portage-son-learns-hep-one-on-one"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" 1:1 visit · Fairlawn
            Mrs. J. Whitacre, 78 · osteoporosis with a healed T9 wedge fracture · on teriparatide (Dr. Ferenczi)
            Her son sat in to learn the home program; the treatment itself was one-on-one — PT and Mrs. Whitacre, no other patient.
            Neuro re-ed (97112), 19 minutes:
             a) PNF rhythmic stabilization at the shoulders in standing, eyes closed
             b) walking the hall turning her head left and right on my call, then stopping short
             c) narrow-stance reaching to the top-shelf mock-up without tipping back
            Working on: postural control — she falls backward reaching overhead and on head turns
            Scores: TUG 12.6 s; tandem walk 8 steps before stepping off the line
            """,
            ["M81.0", "Z87.310"], [PT("97112", 19)], []),

        // Churn Creek Red Bluff PTA, osteopenia and two falls in the walnut orchard: "The PTA treated this patient alone; no other patient overlapped the session"; foam tubes and uneven mats, rocker-board perturbations, foam single-leg stance with a toss; ankle proprioceptive loss; seconds and perturbation count: passes.
        ["v1-h88-churncreek-pta-treated-alone"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Red Bluff
            REASON FOR VISIT: osteopenia; L wrist fx last spring; two falls in the walnut orchard since
            TREATMENT RENDERED (PTA): Neuromuscular re-education 97112 — 21 min. The PTA treated this patient alone; no other patient overlapped the session.
             · stepping over foam tubes the size of an irrigation line and onto uneven mats
             · perturbations on the rocker board, anterior-posterior then medial-lateral
             · single-leg stance on foam with a ball toss
            CLINICAL IMPRESSION: ankle proprioceptive loss and a late ankle strategy on uneven ground
            OBJECTIVE DATA: SLS on foam R 7 s / L 5 s; rocker board 8 of 10 perturbations without a step
            """,
            ["M85.89", "R26.81"], [PTA("97112", 21)], []),

        // Monocacy Allentown pubic ramus fracture off the LANTA bus: "I treated Mr. Laubach by himself — nobody else on my caseload was in the room for the whole 97112 (21 min)"; foam weight acceptance with perturbations, block step-overs, backward walking with a turn; hip abductor recruitment and postural control; SLS and Alternate Step Test: passes.
        ["v1-h88-monocacy-treated-him-by-himself"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Allentown (17th St)
            Index fracture: R pubic ramus fracture — fell stepping off the LANTA bus · DXA: T-score −2.7 femoral neck · back on alendronate after a drug holiday
            I treated Mr. Laubach by himself — nobody else on my caseload was in the room for the whole 97112 (21 min).
            Today —
             ▸ weight acceptance onto the R leg on the foam, with my perturbations at the pelvis
             ▸ step up and over a 4-in. block to the R and back, eyes up
             ▸ backward walking along the floor line, then with a turn
            Aimed at — motor recruitment of the R hip abductors in stance and postural control on turns; he lurches to the R
            Numbers — SLS R 5 s / L 18 s; Alternate Step Test 11.2 s
            """,
            ["S32.591D", "M81.0"], [PT("97112", 21)], []),

        // Portage Cuyahoga Falls class of seven, 97110 (no one-on-one check): kettlebell sit-to-stand, box deadlift, prone trunk lifts, rows with loads and doses; hip extensor, quadriceps and back extensor weakness with a car-seat goal; 24 matches: passes.
        ["v1-h88-portage-97110-class-of-seven"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" class · Cuyahoga Falls
            Class: seven members today, PT-led. Member: Mrs. D. Pusateri, 66 · osteopenia (Dr. Ferenczi) · calcium and vitamin D only, no medication
            Strength block — 97110, 24 minutes:
             a) sit-to-stand from a low chair holding a 10-lb kettlebell, 3 x 10
             b) deadlift from a box with 20 lb, 3 x 8, spine neutral
             c) prone trunk lifts on the bench, 2 x 10 with a 3-s hold
             d) standing rows with the heavy band, 3 x 12
            Working on: hip extensor, quadriceps and back extensor weakness; she wants to keep lifting her grandson out of his car seat
            """,
            ["M85.89"], [PT("97110", 24)], []),

        // Churn Creek Burney "Back on Your Feet" class of four (one PT), 97530 (no one-on-one check): half-kneel floor recovery with CGA, armloads of kindling to the stove, tub mock-up with counts and load; L hip abductor and extensor weakness after a hemiarthroplasty; 25 matches: passes.
        ["v1-h88-churncreek-97530-group-of-four"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Burney
            Group session (four patients, one PT) — the hospital's after-fracture "Back on Your Feet" class.
            Patient: Mrs. L. Halvorsen, 80 · L hip hemiarthroplasty after a fall splitting kindling
            TREATMENT RENDERED: Therapeutic activities 97530 — 25 min
             · floor recovery: half-kneel to a sturdy chair and up, 4 reps, CGA
             · carrying a 5-lb armload of kindling from the bin to the stove mock-up, 6 trips
             · stepping into and out of the tub mock-up with the grab bar, 5 reps
            CLINICAL IMPRESSION: L hip abductor and extensor weakness; can't get up off the floor alone after a fall
            """,
            ["S72.002D", "Z96.642"], [PT("97530", 25)], []),

        // Portage Green 1:1 visit, a Goodyear retiree on Evenity: "Individual visit, not the class: just the two of us in the studio for every minute of the 97112 (22 minutes)"; tilt-board perturbations, hurdles while counting backward, foam tandem eyes closed; dual-task postural control; TUG cognitive and seconds: passes.
        ["v1-h88-portage-just-the-two-of-us-in-the-studio"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" 1:1 visit · Green
            Mr. T. Novotny, 74 · osteoporosis in a man (low testosterone; Dr. Ferenczi) · on Evenity, month four · Goodyear retiree
            Individual visit, not the class: just the two of us in the studio for every minute of the 97112 (22 minutes).
             a) perturbation training on the tilt board, feet parallel then staggered
             b) stepping over hurdles at the mirror while counting backward by threes
             c) tandem stance on the foam, eyes closed, arms crossed
            Working on: postural control under a dual task — he stops walking to talk, and he fell on the pontoon dock at Portage Lakes
            Scores: TUG cognitive 14.9 s (TUG 10.1 s); tandem on foam 7 s
            """,
            ["M81.8", "R26.81"], [PT("97112", 22)], []),

        // Monocacy Macungie: the FLS nurse navigator spoke with her in the waiting room before the session; "The 97112 itself (20 min) was hers alone — I had no other patient while we worked"; foam path with head turns, crossover stepping at the bar, Airex stance with bean-bag tosses; ankle proprioception and postural control; seconds and count: passes.
        ["v1-h88-monocacy-navigator-before-hers-alone"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Macungie
            Index fracture: R distal radius, cast off · DXA: T-score −2.7 total hip · the FLS nurse navigator, D. Kuhns, RN, caught her in the waiting room about her first Prolia shot before we started.
            The 97112 itself (20 min) was hers alone — I had no other patient while we worked.
            Today —
             ▸ walking the foam path with head turns, then stopping on my call
             ▸ side-stepping and crossover stepping along the bar, eyes up
             ▸ standing on one leg on the Airex while tossing bean bags into a bucket
            Aimed at — ankle proprioception and postural control; she catches her toe on curbs and sways when she looks up at a traffic light
            Numbers — SLS on the Airex R 8 s / L 10 s; 6 of 10 bean bags in without a touch-down
            """,
            ["M80.031D", "R26.81"], [PT("97112", 20)], []),

        // ---------------------------------------------------------------- class 2: checkbox, radio-button and template states

        // Churn Creek Hilltop "SUPERVISION: (•) individual — no concurrent or group patients" and a PRECAUTIONS box row; postural re-education at the wall, weighted-vest walking with stops, rhythmic stabilization on the ball; postural control with the kyphosis; occiput-to-wall and TUG; 22 matches: passes.
        ["v2-h88-churncreek-supervision-radio-individual"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Redding (Hilltop)
            SUPERVISION:  (•) individual — no concurrent or group patients   ( ) concurrent   ( ) group
            PRECAUTIONS:  [x] osteoporosis — no loaded spinal flexion or rotation   [x] fall risk   [ ] weight-bearing restriction
            REASON FOR VISIT: T7 and T8 compression fractures (osteoporotic); thoracic hyperkyphosis
            TREATMENT RENDERED: Neuromuscular re-education 97112 — 22 min
             · postural re-education standing at the wall with tactile cues to the scapulae, then walking away from it
             · walking in a 2-lb weighted vest with the head up, stopping on command
             · rhythmic stabilization sitting on the therapy ball
            CLINICAL IMPRESSION: postural control impaired by the kyphosis — her center of mass sits forward and she loses her balance forward when she stops
            OBJECTIVE DATA: occiput-to-wall 7 cm; TUG 13.4 s
            """,
            ["M80.08XD", "M40.204"], [PT("97112", 22)], []),

        // Churn Creek Anderson TIMED CODE LOG with "97112 … ___" and "97530 … ___" blank beside "Total timed … 38": no minutes for each code: separate time missing; both sections complete (individual; foam with head turns, gait-belt pulls, quick turns; couch floor recovery and a clothes basket down the steps with counts; reactive stepping and leg weakness; recoveries and seconds).
        ["v2-h88-churncreek-code-log-blanks-beside-total"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Anderson
            TIMED CODE LOG (minutes)
             97112 Neuromuscular re-education ........ ___
             97530 Therapeutic activities ............ ___
             Total timed ............................. 38
            SUPERVISION:  (•) individual — no concurrent or group patients   ( ) concurrent   ( ) group
            REASON FOR VISIT: L distal radius fx (fell on the ice at Lassen), healed; afraid of falling since
            TREATMENT RENDERED:
             97112 — foam stance with head turns; reactive stepping to gait-belt pulls; walking with quick turns
             97530 — getting down to the floor and back up using the couch, 4 reps, CGA; carrying a 6-lb clothes basket down 3 steps, x 4
            CLINICAL IMPRESSION: delayed reactive stepping and poor postural control on turns; hip and knee weakness for getting up off the floor
            OBJECTIVE DATA: 6 of 10 pulls recovered in one step; foam eyes closed 10 s
            """,
            ["S52.532D", "R26.81"], [PT("97112", 23), PT("97530", 15)], [SepTime]),

        // Portage Barberton "Outcome measures this visit: TUG ____ sec chair stands ____ single-leg stance ____ sec FES-I ____" all blank and nothing else numbered; one-on-one; foam perturbations, crossover stepping, heel-to-toe with head turns; postural control and ankle proprioception: measure missing.
        ["v2-h88-portage-outcome-row-left-blank"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" 1:1 visit · Barberton
            Outcome measures this visit:  TUG ____ sec   chair stands ____   single-leg stance ____ sec   FES-I ____
            Just Mrs. Kovach and me for the whole 97112.
            Neuro re-ed (97112), 20 minutes:
             a) perturbations at the pelvis, standing on the foam
             b) side-stepping and crossover stepping along the counter, eyes up
             c) heel-to-toe walking while turning her head
            Working on: postural control and ankle proprioception — she feels "wobbly" in the checkout line at Acme
            """,
            ["M81.0"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Portage Green "Mode: [ ] individual [x] class (six enrolled)" on a 97112 and nothing else states one-on-one; stepping-strategy nudges, foam-beam tandem, obstacle course; postural control and delayed stepping; recoveries and seconds present: one-on-one missing.
        ["v2-h88-portage-mode-class-ticked"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" class · Green
            Mode:  [ ] individual   [x] class (six enrolled)
            Member: Mr. W. Fiala, 69 · osteoporosis; broke his hip on the plant steps at Goodyear years ago · zoledronic acid once a year
            Neuro re-ed (97112), 23 minutes:
             a) stepping-strategy drill, my nudges at the shoulders
             b) tandem stance on the foam beam, arms crossed
             c) walking the obstacle course of cones and a foam step, eyes up
            Working on: postural control and delayed stepping reactions
            Scores: 8 of 10 nudges recovered in one step; tandem on foam 12 s
            """,
            ["Z87.310", "M81.0"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // Monocacy Macungie "Impairments addressed today: □ posture □ balance □ strength □ gait □ fear of falling" with nothing ticked and no deficit, region or system anywhere; one-on-one; foam eyes closed with head turns, stepping strategy, narrow-stance reaches; seconds and nudges: deficit missing.
        ["v2-h88-monocacy-impairment-boxes-none-ticked"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Macungie
            Impairments addressed today:  □ posture   □ balance   □ strength   □ gait   □ fear of falling
            One-on-one (just the two of us) for the 97112.
            Neuro re-ed (97112 · 21 min):
             ▸ standing on the foam with eyes closed and head turns
             ▸ stepping strategy with my nudges, forward and back
             ▸ narrow-stance reaches to the cupboard mock-up
            Numbers — foam eyes closed 12 s; 7 of 10 nudges recovered in one step
            """,
            ["M81.0", "Z91.81"], [PT("97112", 21)], [At(Deficit, "97112")]),

        // Portage Fairlawn class exercise grid (exercise / load / sets × reps / done, one row skipped) under "97110 — 20 minutes"; quadriceps, gluteal and back extensor weakness with a hiking goal: passes.
        ["v2-h88-portage-exercise-grid-97110"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" class · Fairlawn
            Member: Mrs. A. Mancuso, 63 · osteopenia after an early menopause · Dr. Ferenczi
            97110 — 20 minutes
             exercise                      load         sets × reps    done
             goblet squat to a box         15 lb        3 × 8          ✓
             step-up to a 10-in. step      12-lb vest   3 × 10 each    ✓
             wall push-up, elbows in       —            3 × 12         ✓
             heel drops off the step       —            2 × 15         ✓
             prone "superman" lifts        —            skipped — back sore after gardening
            Working on: quadriceps, gluteal and back extensor weakness; she wants to keep hiking the Ledges in the Cuyahoga Valley
            """,
            ["M85.89"], [PT("97110", 20)], []),

        // Churn Creek Red Bluff "WEIGHT-BEARING: [x] WBAT" and "FALL SINCE LAST VISIT: [ ] yes [x] no" box rows on a 97116; cane gait in the corridor, gravel lot and curb, step-over-step stairs with distance and SBA; antalgic gait with a Trendelenburg after a femoral neck fracture; 16 matches: passes.
        ["v2-h88-churncreek-wb-and-fall-boxes-97116"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Red Bluff
            WEIGHT-BEARING:  [x] WBAT   [ ] PWB   [ ] TTWB        FALL SINCE LAST VISIT:  [ ] yes   [x] no
            REASON FOR VISIT: R femoral neck fx, cannulated screws, 12 weeks; lives on a cattle ranch east of town
            TREATMENT RENDERED: Gait training 97116 — 16 min
             · single-point cane, 3 x 200 ft in the hospital corridor, cued for an equal step and a heel strike on the R; SBA
             · the gravel lot and the curb, 2 x 100 ft, SBA
             · stairs step-over-step with one rail, 12 steps
            CLINICAL IMPRESSION: antalgic gait with a short R stance and a R Trendelenburg after the hip fracture
            """,
            ["S72.001D"], [PT("97116", 16)], []),

        // Monocacy Allentown STEADI key questions ticked (☑ fell, ☑ unsteady, ☑ worries) above a complete 97112: "She was the only patient I treated during the 97112 (23 min) — one-on-one throughout"; turns to a target, foam perturbations eyes closed, tandem reaches; postural control and reactive balance; TUG, seconds and count: passes.
        ["v2-h88-monocacy-steadi-boxes-ticked"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Allentown (17th St)
            STEADI key questions:  ☑ fell in the past year   ☑ feels unsteady standing or walking   ☑ worries about falling
            Index fracture: L proximal humerus — fell off a step stool hanging the Christmas curtains · DXA: T-score −2.5 femoral neck · the FLS started denosumab
            She was the only patient I treated during the 97112 (23 min) — one-on-one throughout.
            Today —
             ▸ walking and turning on command with the sling off, eyes on a target
             ▸ stance on the foam with my perturbations at the trunk, then eyes closed
             ▸ reaching up to a shelf in tandem stance
            Aimed at — postural control and reactive balance; she can't throw out the L arm to catch herself yet
            Numbers — TUG 11.9 s; foam eyes closed 14 s; 8 of 10 perturbations held without a step
            """,
            ["M80.022D", "Z91.81"], [PT("97112", 23)], []),

        // Churn Creek Anderson "INTERVENTIONS: [x] therapeutic exercise [x] therapeutic activities …" and a dotted-leader log (15 and 12, both match) with "Pt tolerated treatment well. Continue plan of care.": nothing named for either code.
        ["v2-h88-churncreek-interventions-ticked-only"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Anderson
            INTERVENTIONS:  [x] therapeutic exercise   [x] therapeutic activities   [ ] neuro re-ed   [ ] gait   [ ] manual
            TIMED CODE LOG (minutes)
             97110 Therapeutic exercise ........ 15
             97530 Therapeutic activities ...... 12
            Pt tolerated treatment well. Continue plan of care.
            """,
            ["M81.0"], [PT("97110", 15), PT("97530", 12)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // Monocacy Whitehall spine-precaution ticks (☑ no bending from the waist, ☑ no twisting, ☑ nothing heavier than a gallon of milk) above a 97530: log roll, hinge retrieval, split-stance dishwasher, jug carries with counts and distance; thoracolumbar pain and back extensor weakness; 24 matches: passes.
        ["v2-h88-monocacy-spine-precaution-ticks-97530"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Whitehall
            Spine precautions reviewed and followed:  ☑ no bending forward from the waist   ☑ no twisting   ☑ nothing heavier than a gallon of milk
            Index fracture: L2 compression fracture — lifting a bag of mulch at the garden center · DXA: T-score −2.8 L-spine · on teriparatide
            Therapeutic activities (97530 · 24 min):
             ▸ log roll in and out of bed on the mat table, 5 each way
             ▸ hinging at the hips to pick up a dropped dish towel and a shoe, 10 reps, spine neutral
             ▸ loading and unloading the dishwasher mock-up from a split stance, 2 rounds
             ▸ carrying a gallon jug close to the body, 4 x 40 ft
            Aimed at — thoracolumbar pain and back extensor weakness; she bends through the spine for every task
            """,
            ["M80.08XD"], [PT("97530", 24)], []),

        // Churn Creek Hilltop "MANUAL THERAPY PRECAUTIONS: (•) osteoporosis — grades I–II only, no thrust, no rib springing" on a 97140: pec minor and upper-trap STM, suboccipital release, grade II scapular mobilization; pectoral and suboccipital tightness with scapular hypomobility; tragus-to-wall cm and flexion degrees; 12 matches: passes.
        ["v2-h88-churncreek-manual-precautions-radio-97140"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Redding (Hilltop)
            MANUAL THERAPY PRECAUTIONS:  (•) osteoporosis — grades I–II only, no thrust, no rib springing   ( ) none
            REASON FOR VISIT: thoracic hyperkyphosis with mid-back and neck pain; osteoporosis (T-score −2.6), no fracture on imaging
            TREATMENT RENDERED: Manual therapy 97140 — 12 min
             · soft-tissue mobilization to the pec minor and the upper trapezius, supine
             · gentle suboccipital release
             · grade II scapular mobilization in side-lying
            CLINICAL IMPRESSION: pectoral and suboccipital tightness holding the head forward; scapular hypomobility
            OBJECTIVE DATA: tragus-to-wall 16 cm before, 14 cm after; shoulder flexion R 140°
            """,
            ["M81.0", "M40.204"], [PT("97140", 12)], []),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // Monocacy Nazareth silent T11 fracture, retired from the guitar factory: Meeks method floor series (decompression position, head press, shoulder press, leg press, arm slides, prone arm lifts with holds and counts); thoracic extensor weakness with the forward head of her kyphosis; 18 matches: passes.
        ["v3-h88-monocacy-meeks-floor-series-97110"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Nazareth
            Index fracture: T11 compression fracture, found when the FLS measured her height (down 4 cm) · retired from the guitar factory in Nazareth · DXA: T-score −3.0 L-spine
            Meeks method, floor series (97110 · 18 min):
             ▸ decompression position — supine, knees bent, a folded towel under the head
             ▸ head press into the towel and shoulder press into the mat, 5-s holds x 10 each
             ▸ leg press — heel into the mat until the buttock just lifts, x 10 each side
             ▸ arm slides overhead along the mat, x 10
             ▸ prone over a pillow: alternate arm lifts, x 8 each
            Aimed at — thoracic extensor weakness and the forward head and rounded shoulders of her kyphosis
            """,
            ["M80.08XD", "M40.204"], [PT("97110", 18)], []),

        // Portage Fairlawn Towpath walker cleared by endocrinology for the Onero programme (supervised high-intensity resistance and impact training): trap-bar deadlift, box squat, overhead press, jumping chin-ups with drop landings at 5 x 5 with loads; hip, thigh and back extensor weakness with a canoe goal; 25 matches: passes.
        ["v3-h88-portage-onero-lift-and-land-97110"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" 1:1 visit · Fairlawn
            Mrs. K. Oyler, 61 · osteopenia (T-score −2.2 femoral neck) · cleared by Dr. Ferenczi for high-intensity loading · walks the Towpath most mornings
            Onero programme (supervised high-intensity resistance and impact training), week six — 97110, 25 minutes:
             a) trap-bar deadlift, 5 x 5 at 65 lb (about 80% of her estimated max)
             b) back squat to a box, 5 x 5 at 45 lb
             c) overhead press, 5 x 5 at 20 lb
             d) jumping chin-up with a drop landing off the step, 5 x 5
            Working on: hip, thigh and back extensor weakness; goal — lift the canoe onto the car roof again
            """,
            ["M85.89"], [PT("97110", 25)], []),

        // Churn Creek Hilltop OT, Spinomed orthosis fitted last week: donning and doffing with trials, counter meal prep in the orthosis with a squat and hinge, bed-making without a forward bend; thoracolumbar pain and back extensor weakness; 22 matches: passes.
        ["v3-h88-churncreek-ot-spinomed-97530"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Redding (Hilltop) · OT
            REASON FOR VISIT: L1 and L3 compression fractures (osteoporotic); Spinomed orthosis fitted last week
            TREATMENT RENDERED (OT): Therapeutic activities 97530 — 22 min
             · donning and doffing the Spinomed in sitting, adjusting the straps herself — 3 trials, independent on the last
             · meal prep at the kitchen counter wearing the orthosis: a pot from the low cupboard with a squat and a hinge, 6 reps
             · making the bed mock-up without a forward bend, one full bed
            CLINICAL IMPRESSION: thoracolumbar pain with back extensor weakness; she bends through the spine at the counter and can't reach the straps behind her
            """,
            ["M80.08XD"], [OT("97530", 22)], []),

        // Monocacy Macungie "Strong Bones Circuit, stage two": wall push-ups, sit-to-stands, step-ups, band rows, heel raises for hip, quadriceps and upper-back weakness — no sets, reps, load or number but the code's: measure missing.
        ["v3-h88-monocacy-strong-bones-circuit-no-dose"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Macungie
            Strong Bones Circuit, stage two (97110 · 17 min):
             ▸ wall push-ups; sit-to-stands; step-ups; standing rows with the band; heel raises
            Aimed at — hip, quadriceps and upper-back weakness; she can't get up from the low seats at the car show without pushing off
            """,
            ["M81.0"], [PT("97110", 17)], [At(Measure, "97110")]),

        // Churn Creek Hilltop SMART EquiTest session with individual supervision: force-plate weight-shift targets, sway-referenced surface and visual surround, eyes open and closed; SOT composite and limits of stability — no deficit or system named anywhere: deficit missing.
        ["v3-h88-churncreek-equitest-no-deficit"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Redding (Hilltop)
            SUPERVISION:  (•) individual — no concurrent or group patients   ( ) concurrent   ( ) group
            REASON FOR VISIT: referred by the hospital's fracture clinic
            TREATMENT RENDERED: Neuromuscular re-education 97112 — 20 min on the SMART EquiTest
             · weight-shift targets on the force plate, forward and to the sides
             · standing on the sway-referenced support surface, eyes open then closed
             · sway-referenced visual surround, feet together then staggered
            OBJECTIVE DATA: SOT composite 61 (54 two weeks ago); limits of stability 78% forward
            """,
            ["Z87.310", "Z91.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Portage Barberton 1:1 visit: Fishman's twelve yoga poses for bone, adapted (twists, forward bends and the supine hand-to-foot left out per her spine precautions): tree, warrior II, triangle, locust, bridge with holds; hip abductor and back extensor weakness with a stooped posture; 18 matches: passes.
        ["v3-h88-portage-fishman-poses-adapted-97110"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" 1:1 visit · Barberton
            Mrs. P. Yoder, 67 · osteoporosis (Dr. Ferenczi) · on alendronate · took yoga at the Y for years
            Fishman's twelve poses for bone, adapted — the twists, the forward bends and the supine hand-to-foot poses left out per her spine precautions. 97110, 18 minutes:
             a) tree pose at the wall, 3 x 20-s hold each leg
             b) warrior II, 3 x 20-s hold each side
             c) triangle with the lower hand on a block, 2 x 20-s hold each side
             d) locust, prone, 3 x 10-s hold
             e) bridge, 3 x 10-s hold
            Working on: hip abductor and back extensor weakness with a stooped posture; she wants to go back to the Y class without hurting her spine
            """,
            ["M81.0"], [PT("97110", 18)], []),

        // Churn Creek Hilltop perturbation-based balance training on the treadmill in the overhead harness (unannounced belt accelerations and decelerations, standing and walking surface perturbations), individual supervision; short, delayed compensatory stepping; recoveries out of 20 and gait speed: passes.
        ["v3-h88-churncreek-harness-treadmill-perturbations"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Redding (Hilltop)
            SUPERVISION:  (•) individual — no concurrent or group patients   ( ) concurrent   ( ) group
            REASON FOR VISIT: afraid of falling, and two falls since her L hip fracture last year; osteoporosis on alendronate
            TREATMENT RENDERED: Neuromuscular re-education 97112 — 24 min: perturbation-based balance training on the treadmill in the overhead harness
             · unannounced belt accelerations and decelerations at walking speed, in the slip and the trip directions
             · surface perturbations standing, then walking, eyes up
            CLINICAL IMPRESSION: delayed, short compensatory steps; reactive postural control impaired
            OBJECTIVE DATA: 14 of 20 perturbations recovered without loading the harness (6 of 20 at the first session); gait speed 0.94 m/s
            """,
            ["Z87.310", "R26.81"], [PT("97112", 24)], []),

        // Monocacy Allentown Hand & Wrist OT after a Colles fracture on wet leaves in Lehigh Parkway: "OT and Mrs. Bortz alone in the hand room for all of the 97112 (20 min)"; DynaFlex gyro ball holds, laser-pointer tracing eyes open and closed, goniometer joint-position matching; impaired wrist proprioception after casting; JPS error degrees and targets: passes.
        ["v3-h88-monocacy-ot-gyro-ball-and-laser-97112"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Hand & Wrist OT — Allentown (17th St)
            Index fracture: L distal radius (Colles) — slipped on wet leaves in Lehigh Parkway · cast off 5 weeks · DXA: T-score −2.5 femoral neck
            OT and Mrs. Bortz alone in the hand room for all of the 97112 (20 min):
             ▸ DynaFlex gyro ball spun up and held steady in the L hand, forearm on the table, then unsupported
             ▸ a laser pointer strapped to the back of the L hand: tracing the target shapes on the wall, eyes open, then eyes closed and checked
             ▸ joint-position matching: I place the wrist, she returns to it with her eyes closed
            Aimed at — impaired L wrist proprioception and joint position sense after the fracture and the weeks in the cast; she drops cups when she isn't looking at her hand
            Numbers — position-matching error at 30° extension 9° (14° last week); laser tracing 7 of 10 targets inside the ring
            """,
            ["M80.032D"], [OT("97112", 20)], []),

        // Portage Cuyahoga Falls 1:1 visit, rollator and Yaktrax-style ice cleats: track laps with distance, the snow-packed walk in the cleats with CGA, curb reps with SBA; short R step and a flexed shuffling gait; 16 matches: passes.
        ["v3-h88-portage-rollator-and-ice-cleats-97116"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" 1:1 visit · Cuyahoga Falls
            Mr. G. Kalman, 82 · osteoporosis; healed R hip fracture from a fall on his icy driveway two winters ago · walks to the mailbox and to church on Front Street
            Gait training with the rollator and a pair of Yaktrax-style ice cleats — 97116, 16 minutes:
             a) rollator on the indoor track, 4 laps of 160 ft, cued for an upright trunk and a full step on the R
             b) cleats on, the snow-packed section of the front walk, 2 x 30 ft, CGA
             c) curb up and down with the rollator, 6 reps, SBA
            Working on: a short R step and a flexed, shuffling gait; he slid and nearly went down on the church steps last week
            """,
            ["Z87.310", "R26.89"], [PT("97116", 16)], []),

        // Churn Creek Anderson post-kyphoplasty protocol, phase 1 (isometrics and walking, no flexion): back-extensor press into a towel roll, band retraction, standing hip extension, chin tucks with holds and counts; back-extensor and scapular weakness with pain at the sink; 15 matches: passes.
        ["v3-h88-churncreek-post-kyphoplasty-phase-1-97110"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Anderson
            REASON FOR VISIT: T12 kyphoplasty 3 weeks ago for a painful osteoporotic compression fracture; surgeon's post-kyphoplasty protocol, phase 1 (isometrics and walking, no flexion)
            TREATMENT RENDERED: Therapeutic exercise 97110 — 15 min, per the protocol
             · supine isometric back-extensor press into a towel roll, 10 x 5-s hold
             · scapular retraction with the light band, 2 x 15
             · standing hip extension at the counter, 2 x 10 each
             · seated chin tucks against the headrest, 10 x 5-s hold
            CLINICAL IMPRESSION: back-extensor and scapular weakness; thoracolumbar pain standing at the sink
            """,
            ["M80.08XD"], [PT("97110", 15)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Monocacy Whitehall T8 and T10 wedge fractures: at the sink her chin drops toward her chest, she can't see the top row of the cupboard, her skirt hangs lower in front — the findings; prone W lifts, chin tucks, band rows, wall angels with doses; hyperkyphosis with back-extensor and scapular weakness; 16 matches: passes.
        ["v4-h88-monocacy-chin-drops-at-the-sink"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Whitehall
            Index fracture: T8 and T10 wedge fractures, seen on a chest film taken for a cough · DXA: T-score −3.3 L-spine
            What she shows me: at the kitchen sink her chin drops toward her chest and she can't see the top row of the cupboard; the hem of her skirt hangs lower in front than in back.
            Therapeutic exercise (97110 · 16 min):
             ▸ prone over pillows: arm lifts in a "W", 3 x 8 with a 3-s hold
             ▸ seated chin tucks against the wall, 10 x 5-s hold
             ▸ standing rows with the band, 3 x 12
             ▸ wall angels, 2 x 10
            Aimed at — thoracic hyperkyphosis with back-extensor and scapular weakness; a forward head
            """,
            ["M80.08XD", "M40.204"], [PT("97110", 16)], []),

        // Churn Creek Burney, single-wide with a tub-shower: her L leg "drags on the bath mat" and won't clear the tub edge, she can't carry the pellet bag in from the porch — the findings; tub-edge step-overs with CGA, shower-bench sit-to-stands, bag carries with load and trips; L hip flexor and abductor weakness; 23 matches: passes.
        ["v4-h88-churncreek-leg-drags-on-the-bath-mat"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Burney
            REASON FOR VISIT: L intertrochanteric fx, IM nail, 10 weeks; lives alone in a single-wide with a tub-shower
            PROBLEM LIST (her words): can't lift the L leg over the tub to shower — it "drags on the bath mat"; can't carry the pellet-stove bag in from the porch
            TREATMENT RENDERED: Therapeutic activities 97530 — 23 min
             · stepping over the tub mock-up's 16-in. edge holding the grab bar, L leg leading, 8 reps, CGA
             · sit-to-stand from the shower bench and back, 10 reps
             · carrying a 10-lb bag from the porch mock-up to the stove in the rollator basket, 4 trips
            CLINICAL IMPRESSION: L hip flexor and abductor weakness after the fracture; poor single-leg control stepping over
            """,
            ["S72.142D", "M81.0"], [PT("97530", 23)], []),

        // Monocacy Whitehall Hand & Wrist OT: can't turn the key in the Buick's ignition, open the applesauce jar or push up from the recliner — the findings; radiocarpal distraction, carpal glides, DRUJ glides by grade and bouts, volar scar mobilization; wrist hypomobility and supination loss; degrees before and after; 13 matches: passes.
        ["v4-h88-monocacy-ot-key-and-applesauce-97140"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Hand & Wrist OT — Whitehall
            Index fracture: R distal radius, volar plate 9 weeks ago — slipped on black ice in the church lot · DXA: T-score −2.6 femoral neck
            What she can't do: turn the key in the Buick's ignition, open the applesauce jar, push up from the recliner with the R hand.
            Manual therapy (97140 · 13 min):
             ▸ radiocarpal distraction, grade III, 3 x 30 s
             ▸ dorsal and volar glides of the proximal carpal row, grade III
             ▸ distal radioulnar glides into supination
             ▸ scar mobilization along the volar incision
            Aimed at — R wrist hypomobility and loss of supination; the volar scar is adherent
            Numbers — wrist extension 42° → 50°; supination 55° → 62°
            """,
            ["M80.031D"], [OT("97140", 13)], []),

        // Portage Barberton, wrist fracture in the spring: she won't walk to the mailbox alone, holds the walls and gave up the Tuesday bowling league — the findings, with postural control and delayed protective stepping; "One-on-one, the PT and Mrs. Dombrowski only"; graded stepping with pushes, head turns with stops over foam, staggered reaches on foam; TUG and recoveries: passes.
        ["v4-h88-portage-wont-walk-to-the-mailbox"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" 1:1 visit · Barberton
            Mrs. H. Dombrowski, 76 · osteoporosis; broke the L wrist falling in the parking lot at the chicken house in the spring · on alendronate
            What has changed since the fracture (her words): she won't walk to the mailbox alone, she holds the walls and the furniture in the house, and she gave up the Tuesday bowling league.
            One-on-one, the PT and Mrs. Dombrowski only, for all of the 97112 (21 minutes):
             a) graded stepping practice off a line — forward, side, back — with my light pushes
             b) walking with head turns and stopping on the signal, then over the foam
             c) reaching into the "mailbox" on the wall with her feet staggered on the foam
            Working on: impaired postural control and delayed protective stepping, with the fear of falling keeping her still
            Scores: TUG 13.2 s; 7 of 10 pushes recovered in one step
            """,
            ["M80.032D", "Z91.81"], [PT("97112", 21)], []),

        // Churn Creek Anderson L1 fracture, a woman who cans every summer: her mid-back aches and she must sit before the canner boils, can't stand through church — the findings; press-ups, wall extension holds, bird dog, ball mini-squats with doses; back-extensor endurance and hip extensor strength; 17 matches: passes.
        ["v4-h88-churncreek-sits-before-the-canner-boils"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Anderson
            REASON FOR VISIT: L1 compression fracture (osteoporotic), 10 weeks; she cans peaches and tomatoes every summer
            PATIENT REPORT: her mid-back aches and she has to sit down before the canner comes to a boil; she can't stand through the service at church
            TREATMENT RENDERED: Therapeutic exercise 97110 — 17 min
             · prone press-ups onto the elbows, 2 x 10
             · standing back extension against the wall, arms overhead, 10 x 5-s hold
             · bird dog, 2 x 8 each side
             · mini-squats holding a 6-lb ball close, 3 x 10
            CLINICAL IMPRESSION: back-extensor endurance and hip extensor strength below what standing at the counter asks of her
            """,
            ["M80.08XD"], [PT("97110", 17)], []),

        // Portage Green proximal humerus fracture tripping over the dog's leash: can't hook her bra behind her, reach the flour on the top shelf or wash her hair with the R hand — the findings; pulleys, side-lying ER, towel IR stretch, wall walks with doses; flexion and rotation loss with cuff weakness; 18 matches: passes.
        ["v4-h88-portage-cant-hook-her-bra"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" 1:1 visit · Green
            Ms. V. Pappas, 68 · osteoporosis (Dr. Ferenczi), on Prolia · R proximal humerus fracture, non-op, 14 weeks — tripped over the dog's leash
            What she can't do yet: hook her bra behind her back, reach the flour on the top shelf, or wash her hair with the R hand.
            97110 — 18 minutes:
             a) pulleys into flexion, 2 x 15
             b) side-lying external rotation with 2 lb, 3 x 10
             c) towel stretch into internal rotation behind the back, 10 x 10-s hold
             d) wall walks to the highest tape mark, 2 x 8
            Working on: R shoulder flexion and rotation loss with rotator cuff weakness after the fracture
            """,
            ["M80.021D"], [PT("97110", 18)], []),

        // Churn Creek Red Bluff pelvic insufficiency fractures, rides the county bus to the senior center: groin pain on the L stepping up onto the bus, little steps to keep it from catching — the findings; FWW to cane in the corridor, the bus-step mock-up with CGA, sidewalk and driveway slope with SBA and distance; antalgic gait; 15 matches: passes.
        ["v4-h88-churncreek-groin-catches-on-the-bus-step"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Red Bluff
            REASON FOR VISIT: L superior and inferior pubic rami fractures (insufficiency; osteoporosis on imaging), 7 weeks; rides the county bus to the senior center
            PATIENT REPORT: groin pain on the L stepping up onto the bus, and she takes little steps to keep it from catching
            TREATMENT RENDERED: Gait training 97116 — 15 min
             · FWW → single-point cane, 3 x 150 ft in the corridor, cued for an equal step length
             · the 14-in. step of the bus-step mock-up with the rail, 6 reps, CGA
             · outdoors on the sidewalk and the driveway slope, 2 x 100 ft, SBA
            CLINICAL IMPRESSION: antalgic gait — a short L stance and a shortened R step after the pelvic fractures
            """,
            ["S32.592D", "M81.0"], [PT("97116", 15)], []),

        // Monocacy Allentown discharge: "Re-tested everything on her plan today: nothing left to treat — no impairment found, every goal met"; one-on-one; foam-beam tandem, cone stepping with head turns, Airex stance with a toss; TUG and seconds — no deficit targeted: deficit missing.
        ["v4-h88-monocacy-discharge-nothing-left-to-treat"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Allentown (17th St)
            Discharge visit. Index fracture: R distal radius, healed · DXA: T-score −2.5 femoral neck · staying on alendronate through the FLS
            Re-tested everything on her plan today: nothing left to treat — no impairment found, every goal met.
            One-on-one, just the two of us, for the 97112 (20 min):
             ▸ tandem walk forward and back on the foam beam
             ▸ stepping over and around cones on my call, with head turns
             ▸ single-leg stance on the Airex with a ball toss
            Numbers — TUG 8.9 s; tandem on the foam beam 30 s; SLS on the Airex R 18 s / L 20 s
            """,
            ["M81.0", "Z87.310"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Churn Creek Anderson PTA final visit: "RE-CHECK: Berg 54; TUG 8.4 s; 30-s chair stand 15 — all within age norms. No impairment remains and all goals are met"; individual supervision; foam-beam tandem, rocker-board perturbations, hurdles with a tray — no deficit targeted: deficit missing.
        ["v4-h88-churncreek-pta-final-visit-no-impairment"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Anderson
            REASON FOR VISIT: final visit; discharge to the hospital's community wellness class
            RE-CHECK: Berg 54; TUG 8.4 s; 30-s chair stand 15 — all within age norms. No impairment remains and all goals are met.
            SUPERVISION:  (•) individual — no concurrent or group patients   ( ) concurrent   ( ) group
            TREATMENT RENDERED (PTA): Neuromuscular re-education 97112 — 18 min
             · tandem walking on the foam beam with head turns
             · perturbations on the rocker board, eyes closed
             · stepping over hurdles while carrying a tray
            """,
            ["Z87.310"], [PTA("97112", 18)], [At(Deficit, "97112")]),

        // Monocacy Allentown femoral-neck hemiarthroplasty after missing a marble step: she can't carry the trash can down the front steps on a Tuesday night or sweep the stoop without the railing — the findings; weighted-bag stair descents, bin rolling and turning, broom weight shifts with counts and load; L hip abductor and quadriceps weakness; 22 matches: passes.
        ["v4-h88-monocacy-trash-can-down-the-marble-steps"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Allentown (17th St)
            Index fracture: L femoral neck, hemiarthroplasty 12 weeks ago — missed the last of the three marble steps in front of her row home · DXA: T-score −2.9 femoral neck
            What she can't do yet: carry the trash can down the front steps on a Tuesday night, or sweep the stoop without holding the railing.
            Therapeutic activities (97530 · 22 min):
             ▸ down the 7-in. stairs with a 10-lb weighted bag in the R hand and the L on the rail, 3 flights of 4
             ▸ rolling a weighted bin down the ramp and turning it at the bottom, 6 trips
             ▸ sweeping the mat with a push broom, shifting weight side to side, no rail, 2 rounds
            Aimed at — L hip abductor and quadriceps weakness after the hemiarthroplasty; she won't trust the L leg stepping down
            """,
            ["M80.052D", "Z96.642"], [PT("97530", 22)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Monocacy Macungie T12 fracture on Prolia: Timed Loaded Standing (seconds with 1-kg dumbbells at shoulder height) and occiput-to-wall cm beside rows, prone arm lifts, wall press holds and weighted sit-to-stands with doses; back-extensor and shoulder-girdle endurance (the hymn she can't hold the choir folder through); 19 matches: passes.
        ["v5-h88-monocacy-timed-loaded-standing-97110"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Macungie
            Index fracture: T12 compression fracture · DXA: T-score −2.7 L-spine · on Prolia through the FLS
            Therapeutic exercise (97110 · 19 min):
             ▸ seated rows with the heavy band, 3 x 12
             ▸ prone arm lifts off the edge of the mat with 1-lb weights, 3 x 8
             ▸ standing wall press, shoulders and head back to the wall, 10 x 10-s hold
             ▸ sit-to-stand holding a 5-lb weight at the chest, 3 x 10
            Aimed at — back-extensor and shoulder-girdle endurance; she can't hold the choir folder up through a hymn without her back aching
            Numbers — Timed Loaded Standing 41 s (1-kg dumbbells held at shoulder height, arms straight; 28 s at intake); occiput-to-wall 5 cm
            """,
            ["M80.08XD"], [PT("97110", 19)], []),

        // Churn Creek Red Bluff hyperkyphosis: the block method (1.7-cm blocks to a neutral head in supine), a Flexicurve kyphosis index and height in cm beside prone extension, foam-roll chest opener, band retraction and chair-back extension with doses; extensor weakness and pectoral tightness; 16 matches: passes.
        ["v5-h88-churncreek-block-method-and-flexicurve"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Red Bluff
            REASON FOR VISIT: hyperkyphosis with osteoporosis and height loss; her late husband grew almonds off Antelope Boulevard
            TREATMENT RENDERED: Therapeutic exercise 97110 — 16 min
             · prone trunk extension over a pillow, 3 x 8 with a 3-s hold
             · supine chest opener lengthwise on a foam roll, 3 x 30-s hold
             · standing scapular retraction with the band, 3 x 15
             · seated thoracic extension over the chair back, 10 reps
            CLINICAL IMPRESSION: thoracic hyperkyphosis with back-extensor weakness and pectoral tightness
            OBJECTIVE DATA: block method 3 blocks (1.7 cm each) to a neutral head in supine (4 at the evaluation); Flexicurve kyphosis index 13.8; height 157.0 cm
            """,
            ["M81.0", "M40.204"], [PT("97110", 16)], []),

        // Portage Cuyahoga Falls mall walker after a hip fracture: 10-metre walk in m/s and a 6MWT in metres beside cane laps with distance, figure-eights and curb reps with SBA; slow gait with a short R step and no push-off; 17 matches: passes.
        ["v5-h88-portage-gait-speed-and-6mwt-97116"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" 1:1 visit · Cuyahoga Falls
            Mr. R. Sikora, 79 · osteoporosis (Dr. Ferenczi) · healed L hip fracture · walks at Chapel Hill Mall in the winter
            Gait training — 97116, 17 minutes:
             a) the indoor track with the cane, cued for a longer R step and an arm swing, 5 laps of 160 ft
             b) figure-eights around two cones, 6 passes
             c) on and off the curb mock-up, 8 reps, SBA
            Working on: a slow gait with a short R step and little push-off on the L after the hip fracture
            Scores: 10-metre walk 0.82 m/s (0.64 at intake); 6MWT 289 m
            """,
            ["Z87.310", "R26.89"], [PT("97116", 17)], []),

        // Churn Creek Hilltop OT after a Colles fracture: Jamar grip in kg (position 2) and wrist and forearm goniometry beside AROM, hammer rotation, putty and weighted extension with doses; wrist stiffness and grip weakness, can't wring a dishcloth; 15 matches: passes.
        ["v5-h88-churncreek-ot-jamar-and-goniometry-97110"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Redding (Hilltop) · OT
            REASON FOR VISIT: R distal radius fx (Colles), cast removed 3 weeks ago; osteopenia on the DXA the fracture clinic ordered
            TREATMENT RENDERED (OT): Therapeutic exercise 97110 — 15 min
             · wrist flexion and extension AROM over the table edge, 2 x 15
             · forearm supination and pronation with a hammer, 2 x 15
             · putty squeeze and pinch, medium (red) putty, 3 x 10
             · wrist extension with a 1-lb weight, 2 x 12
            CLINICAL IMPRESSION: R wrist stiffness and grip weakness after the fracture; can't wring out a dishcloth
            OBJECTIVE DATA: grip (Jamar, position 2) R 12 kg / L 24 kg; wrist extension 38°, flexion 40°, supination 60°
            """,
            ["S52.531D", "M85.831"], [OT("97110", 15)], []),

        // Monocacy Nazareth humerus fracture, garden falls: the CDC 4-Stage Balance Test by stage and seconds and a 30-s chair stand; "Mr. Seip was the only patient I had for the 97112 (22 min); his wife waited in the car"; counter tandem with head turns, SLS with taps, hose step-overs turning to look back; postural control and late reactions: passes.
        ["v5-h88-monocacy-four-stage-balance-test"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Nazareth
            Index fracture: R proximal humerus, healed · DXA: T-score −2.6 femoral neck
            Mr. Seip was the only patient I had for the 97112 (22 min); his wife waited in the car.
            Today —
             ▸ semi-tandem, then full tandem at the counter, hands off, with head turns
             ▸ single-leg stance with my taps at the shoulders
             ▸ stepping over the garden-hose mock-up while turning to look behind him
            Aimed at — postural control and late reactions to a bump; he has gone over backward in the garden twice
            Numbers — 4-Stage Balance Test: stage 3 (tandem) 7 s, stage 4 (one leg) failed at 3 s; 30-s chair stand 9
            """,
            ["M80.021D", "Z91.81"], [PT("97112", 22)], []),

        // Portage Barberton caregiver for her husband after his stroke: five-times sit-to-stand and a step test beside half-kneel floor rises, hinged grocery lifts with load and counts, a clothes basket up the basement stairs; hip and knee extensor weakness and a stooped lift; 23 matches: passes.
        ["v5-h88-portage-5xsts-and-step-test-97530"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" 1:1 visit · Barberton
            Mrs. E. Hricko, 73 · osteoporosis · on alendronate · caring for her husband since his stroke
            97530 — 23 minutes:
             a) floor to standing through half-kneel at the couch, 4 reps, SBA
             b) lifting a 12-lb grocery bag from trunk height to the counter, hinging at the hips, 8 reps
             c) the clothes basket (8 lb) from the dryer up the basement stairs, 3 trips
            Working on: hip and knee extensor weakness and a stooped lift that loads her spine
            Scores: five-times sit-to-stand 14.1 s (17.8 s at intake); step test 11 steps in 15 s
            """,
            ["M81.0"], [PT("97530", 23)], []),

        // Monocacy Macungie OT after a distal radius ORIF (fell on the gravel at the car show): figure-of-eight wrist girth in cm and degrees before and after beside retrograde massage, carpal glides by grade and bouts, dorsal scar mobilization; wrist hypomobility and dorsal swelling; 11 matches: passes.
        ["v5-h88-monocacy-ot-figure-of-eight-and-degrees-97140"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Hand & Wrist OT — Macungie
            Index fracture: L distal radius and ulnar styloid, ORIF 8 weeks ago — fell on the gravel at the car show · DXA: T-score −2.8 L-spine
            Manual therapy (97140 · 11 min):
             ▸ retrograde edema massage, fingertips to forearm
             ▸ radiocarpal and midcarpal glides, grade III, 3 x 30 s each
             ▸ soft-tissue mobilization of the dorsal scar and the extensor tendons
            Aimed at — L wrist hypomobility and dorsal swelling; the scar tethers the extensors
            Numbers — figure-of-eight at the wrist 17.5 cm (R 16.0 cm); wrist flexion 35° → 42°, extension 40° → 47°
            """,
            ["M80.032D"], [OT("97140", 11)], []),

        // Monocacy Whitehall PTA: "The PTA had Mrs. Schantz on her own for the whole 97112 (19 min) — no other patient in that stretch"; foam reaches to a target, standing rhythmic stabilization eyes closed, backward stepping onto a half roll; postural control with shrunken limits of stability; reach in inches beside an ABC percentage: passes.
        ["v5-h88-monocacy-pta-reach-inches-and-abc"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Whitehall · PTA visit
            Index fracture: R intertrochanteric hip, healed · DXA: T-score −3.0 femoral neck
            The PTA had Mrs. Schantz on her own for the whole 97112 (19 min) — no other patient in that stretch.
            Today —
             ▸ forward and lateral reaches on the foam to a target held at the edge of her reach
             ▸ rhythmic stabilization at the pelvis, standing, eyes closed
             ▸ backward stepping onto a half foam roll
            Aimed at — postural control: her limits of stability have shrunk backward and to the R, and her corrections are slow and stiff
            Numbers — forward reach 9.5 in. (6 in. at intake); lateral reach R 4 in.; ABC 58%
            """,
            ["M80.051D"], [PTA("97112", 19)], []),

        // Portage Fairlawn "Just Mrs. Lattimer and me, the whole 97112"; foam eyes closed with nods, stepping strategy, sudden stops and turns; postural control and somatosensory reliance — "Scores: not re-tested today; she looked more confident on the foam", no number but the code's: measure missing.
        ["v5-h88-portage-looked-more-confident-on-the-foam"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" 1:1 visit · Fairlawn
            Just Mrs. Lattimer and me, the whole 97112.
            Neuro re-ed (97112), 20 minutes:
             a) foam stance, eyes closed, with head nods
             b) stepping strategy with my pushes in every direction
             c) walking with sudden stops and turns on my call
            Working on: postural control and somatosensory reliance — she's unsteady getting up in the dark at night
            Scores: not re-tested today; she looked more confident on the foam and took fewer extra steps.
            """,
            ["M81.0"], [PT("97112", 20)], [At(Measure, "97112")]),

        // Churn Creek Burney femoral neck fracture: cane gait cued for trunk and heel strike, cone and doorway turns, the ramp out to the lot; short R stance and a flexed trunk — "Her husband says she's walking taller at home", no distance, assistance level or number but the code's: measure missing.
        ["v5-h88-churncreek-walking-taller-per-her-husband"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Burney
            REASON FOR VISIT: R femoral neck fracture with cannulated screws; lives up by the falls
            TREATMENT RENDERED: Gait training 97116 — 14 min
             · walking with the cane on the corridor floor, cued for an upright trunk and a heel strike on the R
             · turns around the cones and through the doorway
             · the ramp out to the parking lot and back
            CLINICAL IMPRESSION: short R stance and a forward-flexed trunk after the fracture
            Her husband says she's walking taller at home and leaning on the cane less.
            """,
            ["S72.001D"], [PT("97116", 14)], [At(Measure, "97116")]),

        // Monocacy Whitehall Hand & Wrist OT: radiocarpal distraction and dorsal glides, volar scar work, DRUJ glides; wrist stiffness and supination loss (change at the farmers' market) — "She says the wrist feels looser afterward", no grade, bout, degree or number but the code's: measure missing.
        ["v5-h88-monocacy-ot-wrist-feels-looser-97140"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Hand & Wrist OT — Whitehall
            Manual therapy (97140 · 12 min):
             ▸ radiocarpal distraction and dorsal glides
             ▸ soft-tissue mobilization of the volar scar
             ▸ gentle distal radioulnar glides into supination
            Aimed at — R wrist stiffness and loss of supination after the fracture; she can't turn her palm up to take change at the farmers' market
            She says the wrist feels looser afterward.
            """,
            ["M80.031D"], [OT("97140", 12)], [At(Measure, "97140")]),

        // Churn Creek Anderson lumbar compression fracture: front-loader squats, close carries of the basket, the clothesline without reaching back; back-extensor weakness and pain with bent-over lifting — "managing the laundry with less back pain, per her report", no count, load or number but the code's: measure missing.
        ["v5-h88-churncreek-laundry-going-better-97530"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Anderson
            REASON FOR VISIT: lumbar compression fracture, osteoporotic
            TREATMENT RENDERED: Therapeutic activities 97530 — 20 min
             · getting the wash out of the front-loader with a squat instead of a stoop
             · carrying the clothes basket close to the body down the hall
             · hanging shirts on the clothesline mock-up without reaching back
            CLINICAL IMPRESSION: back-extensor weakness and pain with bent-over lifting
            She is managing the laundry with less back pain, per her report.
            """,
            ["M80.08XD"], [PT("97530", 20)], [At(Measure, "97530")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Monocacy Allentown Colles fracture on a heaved Hamilton Street slab: "Neuro re-ed (97112 · 20 min), one-on-one with me" and "Therapeutic exercise (97110 · 15 min)", both match; foam tandem, nudges, quick turns; ball sit-to-stands, hip abduction, heel raises with doses; late stepping and hip/calf weakness; TUG and nudges: passes.
        ["v6-h88-monocacy-code-dot-minutes-two-codes"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Allentown (17th St)
            Index fracture: L distal radius (Colles) — tripped on a heaved sidewalk slab on Hamilton Street · DXA: T-score −2.6 L-spine · started denosumab
            Neuro re-ed (97112 · 20 min), one-on-one with me:
             ▸ tandem stance on foam with head turns; stepping strategy with my nudges; walking with quick turns
            Therapeutic exercise (97110 · 15 min):
             ▸ sit-to-stand holding a 6-lb ball, 3 x 10; side-lying hip abduction, 3 x 12; heel raises, 2 x 15
            Aimed at — postural control with late stepping reactions; hip abductor and calf weakness
            Numbers — TUG 11.4 s; 6 of 10 nudges recovered in one step
            """,
            ["M80.032D", "Z91.81"], [PT("97112", 20), PT("97110", 15)], []),

        // Churn Creek Hilltop dotted-leader TIMED CODE LOG "97112 … 22" and "97116 … 14" (both match), individual supervision; rocker board, foam-beam tandem, hurdles with head turns; cane to no device and a gravel strip with distance and SBA; proprioceptive loss and a Trendelenburg gait; seconds and m/s: passes.
        ["v6-h88-churncreek-dotted-leader-log-two-codes"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Redding (Hilltop)
            TIMED CODE LOG (minutes)
             97112 Neuromuscular re-education ........ 22
             97116 Gait training ..................... 14
            SUPERVISION:  (•) individual — no concurrent or group patients   ( ) concurrent   ( ) group
            REASON FOR VISIT: L hip fracture (IM nail) 4 months ago; wants to walk the river trail to the Sundial Bridge again
            TREATMENT RENDERED:
             97112 — perturbations on the rocker board; tandem walking on the foam beam; stepping over hurdles with head turns
             97116 — cane → no device, 4 x 150 ft in the corridor; the gravel strip outside, 2 x 100 ft, SBA
            CLINICAL IMPRESSION: ankle and hip proprioceptive loss with delayed postural responses; L Trendelenburg gait
            OBJECTIVE DATA: tandem on foam 9 s; gait speed 1.02 m/s
            """,
            ["M80.052D"], [PT("97112", 22), PT("97116", 14)], []),

        // Portage Green "Time by code — NMR 21, TE 13 (minutes)" (both match) with "NMR one-on-one, PT and Mrs. Yoder only"; pushes, foam head turns, tray over the obstacle course; prone lifts, goblet squat, band rows with doses; reactive postural control and extensor weakness; recoveries and TUG: passes.
        ["v6-h88-portage-time-by-code-abbreviations"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" 1:1 visit · Green
            Mrs. F. Yoder, 70 · osteoporosis, healed L1 fracture · on teriparatide
            Time by code — NMR 21, TE 13 (minutes). NMR one-on-one, PT and Mrs. Yoder only.
            NMR: stepping-strategy drill with my pushes; foam stance with head turns; carrying a tray through the obstacle course
            TE: prone trunk lifts 3 x 8; goblet squat to a box with 10 lb 3 x 10; band rows 3 x 12
            Working on: reactive postural control; back-extensor and hip weakness
            Scores: 8 of 10 pushes recovered in one step; TUG 10.8 s
            """,
            ["M80.08XD"], [PT("97112", 21), PT("97110", 13)], []),

        // Monocacy Whitehall hemiarthroplasty: "PT — neuro re-ed (97112 · 21 min), one-on-one with the PT" and "PTA — therapeutic exercise (97110 · 15 min)", each matching its own line (one discipline); nudges, foam eyes closed, turns; abduction, bridges, step-ups with doses; postural control and hip weakness; recoveries and seconds: passes.
        ["v6-h88-monocacy-pt-and-pta-one-visit"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Whitehall
            Index fracture: R femoral neck, hemiarthroplasty 14 weeks ago · DXA: T-score −2.8 femoral neck
            PT — neuro re-ed (97112 · 21 min), one-on-one with the PT:
             ▸ reactive stepping to my nudges; foam stance with eyes closed; turning on the spot to the R and the L
             ▸ Aimed at — postural control and slow protective stepping on the R
             ▸ Numbers — 7 of 10 nudges recovered in one step; foam eyes closed 8 s
            PTA — therapeutic exercise (97110 · 15 min):
             ▸ side-lying hip abduction with 2 lb, 3 x 10; bridges, 3 x 12; step-ups to a 6-in. step, 3 x 10
             ▸ Aimed at — R hip abductor and extensor weakness after the hemiarthroplasty
            """,
            ["M80.051D", "Z96.641"], [PT("97112", 21), PTA("97110", 15)], []),

        // Churn Creek Red Bluff one fall off the porch, humerus and radius: "PT · 97116 Gait training … 15" and "OT · 97530 Therapeutic activities … 24" in the log, each matching its own discipline's line; cane gait with distance and SBA; one-handed dressing, a sandwich and dishes with counts; wide-based flexed gait and R arm weakness; grip kg: passes.
        ["v6-h88-churncreek-pt-and-ot-one-morning"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Red Bluff
            REASON FOR VISIT: R proximal humerus and R distal radius fractures in one fall off the porch; osteoporosis on the fracture clinic's DXA
            TIMED CODE LOG (minutes)
             PT · 97116 Gait training ............... 15
             OT · 97530 Therapeutic activities ...... 24
            PT — single-point cane in the L hand, 3 x 150 ft, then the parking-lot ramp x 2, SBA; cued for a longer L step without the R arm to steady her
            PT impression: short steps and a wide base with the trunk flexed forward
            OT — dressing practice: a button-up shirt and pull-on slacks with one hand, 2 trials each; making a sandwich with the R hand as the helper, x 1; putting dishes away at waist height, 10 items
            OT impression: R hand and shoulder weakness and stiffness; she does everything with the L hand
            OBJECTIVE DATA (OT): grip R 8 kg / L 22 kg
            """,
            ["M80.021D", "M80.031D"], [PT("97116", 15), OT("97530", 24)], []),

        // Portage Fairlawn 97110 in two parts around the 97112 ("first part — 8 minutes" and "second part — 7 more minutes (15 in all)") and "NMR (97112) — 20 minutes, one-on-one", all matching; rows, sit-to-stands, heel raises, trunk lifts, wall push-ups with doses; tilt board, foam-beam toss, hurdles; postural control and leg/back weakness; counts and seconds: passes.
        ["v6-h88-portage-ther-ex-in-two-parts"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" 1:1 visit · Fairlawn
            Mr. J. Hudak, 72 · osteoporosis after a L wrist fracture on the ice in the Acme lot · on Prolia
            TE (97110), first part — 8 minutes: band rows 2 x 15; sit-to-stand 2 x 10; heel raises 2 x 15
            NMR (97112) — 20 minutes, one-on-one: perturbations on the tilt board; tandem on the foam beam with a ball toss; stepping over hurdles on my call
            TE (97110), second part — 7 more minutes (15 in all): prone trunk lifts 2 x 8; wall push-ups 2 x 12
            Working on: postural control with delayed stepping; hip, calf and back-extensor weakness
            Scores: tilt board 8 of 10 perturbations without a step; tandem on the foam beam 11 s
            """,
            ["M80.032D"], [PT("97112", 20), PT("97110", 15)], []),

        // Monocacy Nazareth silent T9 fracture found on the VFA: "Twenty-three minutes of therapeutic activities (97530) today" (matches); floor rises with SBA, squatted potato-bag lifts, split-stance vacuuming with counts and load; hip and knee extensor weakness, bends from the spine: passes.
        ["v6-h88-monocacy-minutes-in-words"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Nazareth
            Index fracture: L wrist, healed; the FLS found a silent T9 compression fracture on the VFA · DXA: T-score −3.2 L-spine
            Twenty-three minutes of therapeutic activities (97530) today:
             ▸ down to the floor and back up using a sturdy chair, 4 reps, SBA
             ▸ lifting a 10-lb bag of potatoes from the bottom shelf with a squat, 8 reps
             ▸ vacuuming the mat from a split stance without a forward bend, 2 rounds
            Aimed at — hip and knee extensor weakness; she bends from the spine to lift and to clean
            """,
            ["M80.08XD"], [PT("97530", 23)], []),

        // Churn Creek Burney PTA, minutes after the description with the code in brackets ("… — 20 min (97112)", "… — 16 min (97116)"), both match; individual supervision; rocker board, foam-beam tandem, hurdles with a head turn; cane gait on corridor and gravel with distance and SBA; postural control and a R lurch; counts and seconds: passes.
        ["v6-h88-churncreek-pta-minutes-then-code"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Burney · PTA visit
            SUPERVISION:  (•) individual — no concurrent or group patients   ( ) concurrent   ( ) group
            REASON FOR VISIT: R hip fracture (IM nail) 3 months ago; osteoporosis, on alendronate
            TREATMENT RENDERED (PTA):
             · perturbations on the rocker board, tandem on the foam beam and stepping over hurdles with a head turn — 20 min (97112)
             · cane gait on the corridor and the gravel strip, 3 x 200 ft, SBA; the curb x 6 — 16 min (97116)
            CLINICAL IMPRESSION: impaired postural control with late ankle responses; a short R step and a R lurch
            OBJECTIVE DATA: rocker board 7 of 10 perturbations without a step; tandem on foam 8 s
            """,
            ["M80.051D"], [PTA("97112", 20), PTA("97116", 16)], []),

        // Portage Barberton class "Strength block — 97110, 28 minutes" against a 16-min line: mismatch; otherwise complete (goblet squat, vest step-ups, prone lifts with doses; hip and back extensor weakness with a zoo goal).
        ["v6-h88-portage-ther-ex-28-against-16"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" class · Barberton
            Member: Mrs. O. Radford, 64 · osteopenia · Dr. Ferenczi
            Strength block — 97110, 28 minutes:
             a) goblet squat with 15 lb, 3 x 10
             b) step-ups to a 10-in. step in an 8-lb vest, 3 x 10 each
             c) prone trunk lifts, 2 x 10
            Working on: hip and back extensor weakness; she wants to keep up with the grandchildren at the Akron Zoo
            """,
            ["M85.89"], [PT("97110", 16)], [At(Mismatch, "97110")]),

        // Monocacy Macungie "Neuro re-ed (97112 · 32 min), one-on-one, just us" against a 20-min line: mismatch; otherwise complete (foam eyes closed, nudges, quick turns and stops; postural control; recoveries and TUG).
        ["v6-h88-monocacy-nmr-32-against-20"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Macungie
            Index fracture: R femoral neck, cannulated screws · DXA: T-score −2.7 femoral neck
            Neuro re-ed (97112 · 32 min), one-on-one, just us:
             ▸ foam stance with eyes closed; stepping strategy with my nudges; walking with quick turns and stops
            Aimed at — postural control; slow stepping reactions to the R
            Numbers — 6 of 10 nudges recovered in one step; TUG 12.7 s
            """,
            ["M80.051D"], [PT("97112", 20)], [At(Mismatch, "97112")]),

        // Churn Creek Hilltop log "97110 … 15" matches but "97140 … 24" against a 12-min line: mismatch on 97140; both sections complete (weighted extension, hammer supination, putty with doses; distraction and glides by grade and bouts, scar work; wrist stiffness and grip weakness; degrees and kg).
        ["v6-h88-churncreek-manual-24-against-12"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Redding (Hilltop)
            TIMED CODE LOG (minutes)
             97110 Therapeutic exercise ........ 15
             97140 Manual therapy .............. 24
            REASON FOR VISIT: L distal radius fracture (ORIF) 10 weeks ago; osteopenia
            TREATMENT RENDERED:
             97110 — wrist extension with 1 lb 3 x 12; supination with a hammer 2 x 15; putty grip 3 x 10
             97140 — radiocarpal distraction and dorsal glides, grade III, 3 x 30 s; scar mobilization
            CLINICAL IMPRESSION: L wrist stiffness and grip weakness after the fracture
            OBJECTIVE DATA: wrist extension 45°; grip L 14 kg
            """,
            ["S52.572D", "M85.832"], [PT("97110", 15), PT("97140", 12)], [At(Mismatch, "97140")]),

        // Monocacy Whitehall "97112/97116 — 36 min, one-on-one, just us" is one time for two codes: separate time missing; both parts complete (foam perturbations, cane step-overs, turns; walker to cane, ramp and curb with distance and SBA; postural control and a Trendelenburg lurch; perturbation count and gait speed).
        ["v6-h88-monocacy-slash-joined-codes-one-time"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Whitehall
            Index fracture: L intertrochanteric hip, IM nail, 9 weeks · DXA: T-score −2.9 femoral neck
            97112/97116 — 36 min, one-on-one, just us:
             ▸ neuro re-ed: foam stance with my perturbations; stepping over the cane on the floor; turns on the spot
             ▸ gait: walker → cane, 3 x 150 ft, then the ramp and the parking-lot curb, SBA
            Aimed at — postural control and slow stepping reactions; a short L stance with a Trendelenburg lurch
            Numbers — 7 of 10 perturbations held; gait speed 0.78 m/s
            """,
            ["M80.052D"], [PT("97112", 22), PT("97116", 14)], [SepTime]),

        // Churn Creek Anderson three codes, the log giving 97112 (18) and 97110 (12) but leaving the 97530 row with no minutes: separate time missing; all three sections complete (individual; rhythmic stabilization, foam head turns, stepping drills; prone lifts, rows, mini-squats with doses; log roll and hinge pick-ups with counts; postural control and weakness; TUG and reactions).
        ["v6-h88-churncreek-three-codes-one-row-unminuted"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Anderson
            TIMED CODE LOG (minutes)
             97112 Neuromuscular re-education ........ 18
             97110 Therapeutic exercise .............. 12
             97530 Therapeutic activities ............
            SUPERVISION:  (•) individual — no concurrent or group patients   ( ) concurrent   ( ) group
            REASON FOR VISIT: T11 compression fracture; afraid of falling
            TREATMENT RENDERED:
             97112 — rhythmic stabilization in standing; foam stance with head turns; stepping-strategy drills
             97110 — prone trunk lifts 2 x 10; band rows 3 x 12; mini-squats 3 x 10
             97530 — log roll in and out of bed, 4 each way; picking up a dropped towel with a hip hinge, 10 reps
            CLINICAL IMPRESSION: postural control impaired, slow stepping reactions; back-extensor and hip weakness
            OBJECTIVE DATA: TUG 12.2 s; 5 of 8 stepping reactions in a single step
            """,
            ["M80.08XD"], [PT("97112", 18), PT("97110", 12), PT("97530", 12)], [SepTime]),

        // Portage Cuyahoga Falls "Timed minutes today: 35. One-on-one for the whole visit" is one total for two codes: separate time missing; both sections complete (foam perturbations, tandem with head turns, out-of-base reaches; cane track laps and curb with distance and SBA; postural control with somatosensory loss and a shuffling gait; seconds and m/s).
        ["v6-h88-portage-one-total-two-codes"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" 1:1 visit · Cuyahoga Falls
            Mrs. B. Kucinich, 74 · osteoporosis and a peripheral neuropathy · on alendronate
            Timed minutes today: 35. One-on-one for the whole visit — no class today.
            NMR (97112): perturbations standing on foam; tandem walk with head turns; reaching out of her base of support to the cupboard mock-up
            Gait (97116): cane, 4 laps of the track at 160 ft each, cued for a longer step; the curb mock-up x 6, SBA
            Working on: postural control and somatosensory loss in both feet; a shuffling, short-step gait
            Scores: tandem on foam 6 s; gait speed 0.86 m/s
            """,
            ["M81.0", "G62.9"], [PT("97112", 20), PT("97116", 15)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Portage class export, empty note on a single 97110 with a diagnosis: DOC_NOTE_MISSING on the line and nothing else.
        ["v7-h88-portage-empty-ther-ex"] = new(
            "",
            ["M81.0"], [PT("97110", 15)], [At(NoteMissing, "97110")]),

        // Churn Creek export, empty note on a two-code visit (97112 and 97116) with no diagnosis: note missing on each line and diagnosis missing.
        ["v7-h88-churncreek-empty-nmr-and-gait-no-dx"] = new(
            "",
            [], [PT("97112", 22), PT("97116", 14)], [At(NoteMissing, "97112"), At(NoteMissing, "97116"), Dx]),

        // Monocacy Hand & Wrist OT export, a note of line breaks and spaces only (cells are trimmed) on an OT 97530 with a diagnosis: note missing only.
        ["v7-h88-monocacy-ot-blank-lines-only-97530"] = new(
            "\n  \n \n   ",
            ["M80.031D"], [OT("97530", 20)], [At(NoteMissing, "97530")]),

        // 97110's meaning at Portage: prone-on-elbows trunk lifts, W-arm extension against the chair, weighted sit-to-stand and cuffed hip abduction with doses (technique and measure), back-extensor and hip abductor weakness with a flexed posture and a pierogi-sale goal (deficit); 17 matches: passes.
        ["v7-h88-portage-97110-extensors-for-the-pierogi-sale"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" 1:1 visit · Green
            Mrs. C. Wojcik, 81 · osteoporosis with two healed thoracic wedge fractures · on zoledronic acid
            97110 — 17 minutes:
             a) prone on elbows, then a prone trunk lift off the pillow, 3 x 8 with a 3-s hold
             b) seated back-to-the-chair extension with the arms in a "W", 2 x 10
             c) sit-to-stand from a kitchen-height chair with a 4-lb weight at the chest, 3 x 8
             d) standing hip abduction at the counter with 2-lb cuffs, 2 x 12
            Working on: back-extensor and hip abductor weakness with a flexed posture; she wants to stand through her shift at the parish pierogi sale
            """,
            ["M81.0", "Z87.310"], [PT("97110", 17)], []),

        // 97530's meaning at Churn Creek: sedan-mock-up car transfers without a twist with SBA, folding the walker into the trunk, a cart push and bag unloading with counts and distance (technique and measure), R hip extensor and abductor weakness with a trunk twist getting in (deficit); 21 matches: passes.
        ["v7-h88-churncreek-97530-car-and-cart"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Redding (Hilltop)
            REASON FOR VISIT: R intertrochanteric fx (IM nail), 8 weeks; her daughter drives her to WinCo on Saturdays
            TREATMENT RENDERED: Therapeutic activities 97530 — 21 min
             · into and out of the passenger seat of the sedan mock-up — sit first, then swing the legs, no twist — 5 reps, SBA
             · folding the front-wheeled walker and lifting it into the trunk, 4 reps
             · pushing a grocery cart across the gym, 2 x 100 ft, then unloading 5-lb bags onto the counter, 8 bags
            CLINICAL IMPRESSION: R hip extensor and abductor weakness after the fracture; she twists her trunk getting into the car
            """,
            ["S72.141D", "M81.0"], [PT("97530", 21)], []),

        // 97140's meaning at Monocacy: lateral-thigh scar mobilization, TFL and vastus lateralis soft tissue, grade II long-axis distraction with bouts, patellar glides (technique), adherent scars with hip and knee stiffness after the nail (deficit), hip and knee flexion degrees before and after (measure); 12 matches: passes.
        ["v7-h88-monocacy-97140-scar-and-hip-after-the-nail"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Whitehall
            Index fracture: R intertrochanteric hip, IM nail 10 weeks ago · DXA: T-score −2.8 femoral neck
            Manual therapy (97140 · 12 min):
             ▸ scar mobilization along the lateral thigh incisions — lifts and cross-friction
             ▸ soft-tissue mobilization of the TFL and the vastus lateralis, side-lying
             ▸ long-axis hip distraction, grade II, 3 x 30 s
             ▸ patellar glides, superior and inferior
            Aimed at — adherent lateral-thigh scars and R hip and knee stiffness after the nail
            Numbers — hip flexion 92° → 100°; knee flexion 118° → 124°
            """,
            ["M80.051D"], [PT("97140", 12)], []),

        // 97116's meaning at Monocacy: walker to cane on the clinic floor, the side-street slope with CGA and SBA, the bus-shelter curb with distance and reps (technique and measure), a short L stance with a vaulting R step and a farmers'-market goal (deficit); 16 matches: passes.
        ["v7-h88-monocacy-97116-slope-and-bus-shelter-curb"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Allentown (17th St)
            Index fracture: L femoral neck, cannulated screws, 10 weeks · DXA: T-score −3.0 femoral neck
            Gait training (97116 · 16 min):
             ▸ walker → cane on the clinic floor, 4 x 100 ft, cued for a heel strike and an even step
             ▸ out the door and up the slope of the side street, 2 x 150 ft, CGA going up, SBA coming down
             ▸ the curb at the bus shelter, up and down x 6
            Aimed at — a short L stance and a vaulting R step after the hip fracture; she wants to ride the bus to the farmers' market at the Fairgrounds on her own
            """,
            ["S72.002D", "M81.0"], [PT("97116", 16)], []),

        // Generic 97112: "97112 · 20 minutes — neuro re-ed as planned. Tolerated well. Continue plan of care." — no technique, deficit, number but its minutes, or one-on-one statement.
        ["v7-h88-portage-generic-nmr-as-planned"] = new(
            "97112 · 20 minutes — neuro re-ed as planned. Tolerated well. Continue plan of care.",
            ["M81.0"], [PT("97112", 20)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic 97140 + 97110 with minutes for each in a dotted-leader log (10 and 15, both match): "Manual therapy and therapeutic exercise per plan. Patient tolerated treatment without complaint." — nothing named for either code.
        ["v7-h88-churncreek-generic-manual-and-ther-ex"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Anderson
            TIMED CODE LOG (minutes)
             97140 Manual therapy .............. 10
             97110 Therapeutic exercise ........ 15
            Manual therapy and therapeutic exercise per plan. Patient tolerated treatment without complaint.
            """,
            ["M81.0"], [PT("97140", 10), PT("97110", 15)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic letter to the referring endocrinologist on a 97110: "continues to attend … participates in her therapeutic exercise program as prescribed … progressing toward her goals" — no exercise, region or dose named.
        ["v7-h88-portage-generic-letter-to-the-endocrinologist"] = new(
            """
            Dear Dr. Ferenczi,
            Thank you for referring Mrs. Halloran. She continues to attend as scheduled and participates in her therapeutic exercise program as prescribed. She is progressing toward her goals and remains motivated. We recommend she continue with the current plan.
            Sincerely,
            the therapy team at Portage Lakes Endocrinology
            """,
            ["M81.0"], [PT("97110", 22)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // ---------------------------------------------------------------- ordinary notes

        // Monocacy Whitehall hemiarthroplasty after slipping on the bathroom rug: 97112 20 ("one-on-one — no other patient with me") and 97116 15 match; foam weight shifts with perturbations, rug-edge step-overs, turns; walker to cane, ramp and curb with distance and SBA; postural control, hip proprioception and an antalgic gait; SLS and perturbations: passes.
        ["vord-h88-monocacy-hemiarthroplasty-nmr-and-gait"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Whitehall
            Index fracture: R femoral neck, hemiarthroplasty 8 weeks ago — slipped on the bathroom rug · DXA: T-score −3.1 femoral neck · FLS plan: zoledronic acid next month
            Neuro re-ed (97112 · 20 min), one-on-one — no other patient with me:
             ▸ weight shifts onto the R on the foam with my perturbations; stepping over the rug-edge mock-up; turning in place both ways
            Gait training (97116 · 15 min):
             ▸ walker → cane, 3 x 150 ft, cued for an even step; the ramp and the curb outside, SBA
            Aimed at — postural control and R hip proprioception; a short R stance with an antalgic gait
            Numbers — SLS R 4 s / L 15 s; 7 of 10 perturbations held
            """,
            ["M80.051D", "Z96.641"], [PT("97112", 20), PT("97116", 15)], []),

        // Monocacy Nazareth Hand & Wrist OT, a part-time librarian who fell carrying the recycling: OT 97110 14 and 97140 10 match; weighted wrist work, deviation, gripper with doses; distraction and glides by grade and bouts, flexor soft tissue; wrist stiffness and grip weakness (book cart); degrees and kg: passes.
        ["vord-h88-monocacy-ot-wrist-ther-ex-and-manual"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Hand & Wrist OT — Nazareth
            Index fracture: R distal radius, cast off 4 weeks — fell on the ice carrying the recycling to the curb · DXA: T-score −2.5 femoral neck · works part-time at the library
            Therapeutic exercise (97110 · 14 min):
             ▸ wrist extension and flexion with a 1-lb weight, 2 x 12 each; radial and ulnar deviation, 2 x 12; hand gripper on the lightest spring, 3 x 10
            Manual therapy (97140 · 10 min):
             ▸ radiocarpal distraction and volar glides, grade III, 3 x 30 s; soft-tissue work to the wrist flexors
            Aimed at — R wrist stiffness and grip weakness; she can't lift a stack of books back onto the cart
            Numbers — wrist extension 48°, flexion 45°; grip R 11 kg / L 21 kg
            """,
            ["M80.031D"], [OT("97110", 14), OT("97140", 10)], []),

        // Monocacy Macungie L1 fracture reaching into the chest freezer: pew and kneeler with SBA, whoopie-pie trays carried close, half-kneel freezer reaches with counts and loads; back, hip and knee extensor weakness with a stoop; 21 matches: passes.
        ["vord-h88-monocacy-pew-kneeler-and-bake-sale-97530"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Macungie
            Index fracture: L1 compression fracture — reaching into the chest freezer · DXA: T-score −2.9 L-spine · on teriparatide
            Therapeutic activities (97530 · 21 min):
             ▸ into and out of the pew mock-up, down onto the kneeler and back up holding the pew back, 6 reps, SBA
             ▸ carrying two 6-lb trays of whoopie pies from the table to the counter, close to the body, 8 trips
             ▸ reaching into the chest-freezer mock-up from a half-kneel instead of a stoop, 6 reps
            Aimed at — back-extensor weakness and hip and knee extensor weakness; she stoops through the spine to reach anything low
            """,
            ["M80.08XD"], [PT("97530", 21)], []),

        // Portage Fairlawn class of six, a Firestone office retiree: 97110 heel drops, box step-downs with a firm landing, cable rows, ball extensions with loads and doses; hip, calf and back-extensor weakness with a porch-steps goal; 22 matches: passes.
        ["vord-h88-portage-class-heel-drops-and-step-downs-97110"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" class · Fairlawn
            Class: six members. Member: Mrs. G. Tomko, 69 · osteoporosis (Dr. Ferenczi) · on Prolia · retired from the Firestone offices
            97110 — 22 minutes:
             a) heel drops — up on the toes and down hard onto the heels, 4 x 10
             b) step up onto a 12-in. box and step down with a firm landing, 3 x 10
             c) seated cable row, 35 lb, 3 x 10
             d) prone trunk extension over the ball, 2 x 10
            Working on: hip and calf weakness and back-extensor weakness; she wants to carry her own groceries up the porch steps
            """,
            ["M81.0"], [PT("97110", 22)], []),

        // Portage Barberton gutter-ladder faller: "NMR (97112), 20 minutes, one-on-one — nobody else in the studio" and "TA (97530), 14 minutes", both match; tilt board, foam tandem with head turns, ladder-rung step-overs; kitchen-stool climbs with SBA and toolbox stair carries; postural control, ankle proprioception and shoulder/hip weakness; seconds and perturbations: passes.
        ["vord-h88-portage-ladder-faller-nmr-and-ther-act"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" 1:1 visit · Barberton
            Mr. L. Petrak, 77 · osteoporosis (Dr. Ferenczi) · healed L humerus fracture — fell off a ladder cleaning the gutters; he has agreed to leave the ladder to his son
            NMR (97112), 20 minutes, one-on-one — nobody else in the studio: perturbations on the tilt board; tandem on foam while turning his head; stepping over ladder rungs laid on the floor
            TA (97530), 14 minutes: climbing the 3-step kitchen stool with a handrail and reaching to a shelf, 6 reps, SBA; carrying a 10-lb toolbox up and down 4 steps, 4 trips
            Working on: postural control and ankle proprioception; L shoulder and hip weakness on the stool
            Scores: tandem on foam 9 s; tilt board 7 of 10 perturbations without a step
            """,
            ["M80.022D", "Z91.81"], [PT("97112", 20), PT("97530", 14)], []),

        // Portage Green PTA, osteopenia after a wrist fracture: 97110 leg press, lat pull-down, 45° back extensions and farmer's carries with loads, doses and distance; hip, back and upper-back weakness with a slumped posture; 16 matches: passes.
        ["vord-h88-portage-pta-machines-and-carries-97110"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" 1:1 visit · Green · PTA
            Mrs. S. Kalas, 72 · osteopenia with a healed R wrist fracture · calcium and vitamin D
            97110 (PTA), 16 minutes:
             a) leg press, 60 lb, 3 x 10
             b) lat pull-down, 25 lb, 3 x 10
             c) back extension on the 45° bench, 2 x 8, neck neutral
             d) farmer's carry with 8-lb dumbbells, 4 x 60 ft
            Working on: hip, back and upper-back weakness with a slumped sitting posture
            """,
            ["M85.89"], [PTA("97110", 16)], []),

        // Churn Creek Anderson Colles fracture on the Shasta Dam visitor-center stairs, individual supervision: foam eyes closed with head turns, gait-belt pushes, dual-task hallway walking with stops; delayed reactive steps; mCTSIB and recoveries; 21 matches: passes.
        ["vord-h88-churncreek-shasta-dam-stairs-nmr"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Anderson
            SUPERVISION:  (•) individual — no concurrent or group patients   ( ) concurrent   ( ) group
            REASON FOR VISIT: R Colles fracture — tripped on the stairs at the Shasta Dam visitor center; afraid of falling since
            TREATMENT RENDERED: Neuromuscular re-education 97112 — 21 min
             · standing on the foam, eyes closed, with head turns
             · reactive stepping to gait-belt pushes, forward and back
             · walking the hallway while naming animals, stopping on the whistle
            CLINICAL IMPRESSION: impaired postural control with delayed reactive steps
            OBJECTIVE DATA: mCTSIB foam eyes closed 13 s; 8 of 10 pushes recovered in one step
            """,
            ["S52.531D", "R26.81"], [PT("97112", 21)], []),

        // Churn Creek Hilltop three codes in the log (97112 18, 97110 12, 97116 10, all match), individual supervision, a Carr Fire survivor in her son's guest room; rocker board, foam SLS with head turns, hurdles; abduction, bridges, sit-to-stands with doses; cane on corridor and grass with distance and SBA; proprioception, abductor weakness, Trendelenburg; seconds, count and m/s: passes.
        ["vord-h88-churncreek-three-codes-carr-fire"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Redding (Hilltop)
            TIMED CODE LOG (minutes)
             97112 Neuromuscular re-education ........ 18
             97110 Therapeutic exercise .............. 12
             97116 Gait training ..................... 10
            SUPERVISION:  (•) individual — no concurrent or group patients   ( ) concurrent   ( ) group
            REASON FOR VISIT: L hip hemiarthroplasty 10 weeks ago; lost her house in the Carr Fire and lives in her son's guest room
            TREATMENT RENDERED:
             97112 — rocker-board perturbations; SLS on foam with head turns; stepping over hurdles
             97110 — side-lying hip abduction with 2 lb 3 x 10; bridges 3 x 12; sit-to-stand 3 x 10
             97116 — cane on the corridor and the lawn, 3 x 150 ft, SBA
            CLINICAL IMPRESSION: L hip proprioception and postural control impaired; hip abductor weakness; Trendelenburg gait
            OBJECTIVE DATA: SLS on foam L 5 s; rocker board 6 of 10 perturbations held; gait speed 0.91 m/s
            """,
            ["S72.002D", "Z96.642"], [PT("97112", 18), PT("97110", 12), PT("97116", 10)], []),

        // Churn Creek Red Bluff OT, cooks the Wednesday church supper: casserole lifts from the low oven, pot pours, jar opening with counts and load; L wrist weakness and limited extension with a rounded-back lift; grip kg; 20 matches: passes.
        ["vord-h88-churncreek-ot-church-supper-97530"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Red Bluff · OT
            REASON FOR VISIT: L distal radius fx, healed; osteoporosis; she cooks the church supper on Wednesdays
            TREATMENT RENDERED (OT): Therapeutic activities 97530 — 20 min
             · lifting a 6-lb casserole dish out of the low oven mock-up with both hands, squat not stoop, 6 reps
             · stirring and pouring from a 3-qt pot, 5 pours
             · opening jars and tubs with the L hand assisting, 8 containers
            CLINICAL IMPRESSION: L wrist weakness and limited extension; she lifts with a rounded back
            OBJECTIVE DATA: grip L 15 kg / R 23 kg
            """,
            ["S52.532D", "M81.0"], [OT("97530", 20)], []),

        // Churn Creek Anderson humerus fracture with a stiff shoulder: log 97140 11 and 97110 14 (both match); GH glides by grade and bouts, posterior-cuff STM; table slides, band ER, wall walks with doses; capsular stiffness and cuff weakness (top cupboard); flexion and ER degrees: passes.
        ["vord-h88-churncreek-stiff-shoulder-manual-and-ther-ex"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Anderson
            TIMED CODE LOG (minutes)
             97140 Manual therapy .............. 11
             97110 Therapeutic exercise ........ 14
            REASON FOR VISIT: R proximal humerus fx (non-op), 16 weeks; stiff shoulder; osteoporosis
            TREATMENT RENDERED:
             97140 — GH inferior and posterior glides, grade III, 3 x 30 s; STM to the posterior cuff
             97110 — table slides into flexion 2 x 15; band ER 3 x 12; wall walks 2 x 10
            CLINICAL IMPRESSION: R glenohumeral capsular stiffness and cuff weakness; can't reach the top cupboard
            OBJECTIVE DATA: flexion 115° → 124°; ER 30°
            """,
            ["M80.021D", "M25.611"], [PT("97140", 11), PT("97110", 14)], []),

        // Churn Creek Burney PTA, a Pit River fisherman with a healed L1 fracture: prone extension, banded bridges, step-ups with weights, band rows with doses; back-extensor and hip weakness with a riverbank goal; 15 matches: passes.
        ["vord-h88-churncreek-pta-riverbank-97110"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Burney · PTA visit
            REASON FOR VISIT: osteoporosis with a healed L1 fracture; fishes the Pit River
            TREATMENT RENDERED (PTA): Therapeutic exercise 97110 — 15 min
             · prone trunk extension on the mat, 3 x 8
             · bridges with a band at the knees, 3 x 12
             · step-ups to an 8-in. step holding 3-lb weights, 3 x 10
             · seated rows with the band, 3 x 15
            CLINICAL IMPRESSION: back-extensor and hip weakness; he needs the strength to climb the riverbank to his fishing spot
            """,
            ["M81.0", "Z87.310"], [PTA("97110", 15)], []),

        // Portage Cuyahoga Falls healed pubic ramus fracture: 97116 track laps with no device, grass and gravel with SBA and distance, the side-door steps step-over-step; a short L stance and a narrow shuffling step; 15 matches: passes.
        ["vord-h88-portage-boardwalk-gait-97116"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" 1:1 visit · Cuyahoga Falls
            Mrs. M. Haddad, 75 · osteoporosis; healed L pubic ramus fracture · wants to walk the riverfront boardwalk downtown again
            97116 — 15 minutes:
             a) no device on the indoor track, 4 laps of 160 ft, cued for an even step length and an arm swing
             b) the grass and the gravel path outside, 2 x 100 ft, SBA
             c) the five steps at the side door, step-over-step with one rail, x 2
            Working on: a short L stance and a narrow, shuffling step
            """,
            ["Z87.310", "R26.89"], [PT("97116", 15)], []),

        // Monocacy Nazareth T10 fracture in a man lifting rock salt, low testosterone on the FLS work-up: "I had Mr. Heffelfinger to myself the whole 97112 (22 min)"; standing rhythmic stabilization, foam-path head turns, tall-kneeling and foam perturbations; trunk motor control and postural control; seconds and perturbations: passes.
        ["vord-h88-monocacy-rock-salt-man-nmr"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Nazareth
            Index fracture: T10 compression fracture — lifting a bag of rock salt out of his pickup · DXA: T-score −2.6 L-spine · FLS work-up: low testosterone; started alendronate
            I had Mr. Heffelfinger to myself the whole 97112 (22 min).
            Today —
             ▸ rhythmic stabilization at the shoulders and pelvis, standing
             ▸ walking the foam path turning his head to the sides on my call
             ▸ tall-kneeling on the mat with my perturbations, then standing on the foam
            Aimed at — trunk motor control and postural control; he sways forward and braces with his arms when he's pushed
            Numbers — foam eyes closed 10 s; 6 of 8 perturbations held in tall-kneeling
            """,
            ["M80.08XD"], [PT("97112", 22)], []),

        // Churn Creek Red Bluff PTA, T12 and L1 fractures: 4WW with raised handles in the corridor, the lot and curb cut with SBA and distance, turns to sit on the seat; flexed short-step gait leaning on the walker; 14 matches: passes.
        ["vord-h88-churncreek-pta-rollator-handles-up-97116"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Red Bluff · PTA visit
            REASON FOR VISIT: T12 and L1 compression fractures (osteoporotic); walks bent over the walker
            TREATMENT RENDERED (PTA): Gait training 97116 — 14 min
             · 4WW with the handles raised two notches, 3 x 200 ft in the corridor, cued for an upright trunk and a longer step
             · the parking lot and the curb cut, 2 x 150 ft, SBA
             · stopping and turning to sit on the walker seat, x 4
            CLINICAL IMPRESSION: a flexed, short-step gait with a forward lean onto the walker
            """,
            ["M80.08XD"], [PTA("97116", 14)], []),

        // Portage Barberton class of eight, 97530 (no one-on-one check): squatted flour-bag pick-ups, grocery-bag carries, half-kneel mat rises with counts, loads, distance and SBA; hip and knee extensor weakness with a stooping lift; 20 matches: passes.
        ["vord-h88-portage-class-everyday-moves-97530"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" class · Barberton
            Class: eight members, PT-led. Member: Mrs. J. Ruszkowski, 70 · osteoporosis · on Prolia
            Everyday-moves block — 97530, 20 minutes:
             a) picking a 5-lb bag of flour up from the floor with a squat, spine tall, 10 reps
             b) carrying two 8-lb grocery bags, 4 x 50 ft
             c) getting down onto the mat and back up through half-kneel, 3 reps, SBA
            Working on: hip and knee extensor weakness; she stoops through the spine to lift
            """,
            ["M81.0"], [PT("97530", 20)], []),

        // Monocacy Allentown PTA, a retired truck-plant assembler found osteoporotic at the FLS after a wrist fracture: goblet squats, step-ups, band rows, prone extension with loads and doses; hip, thigh and back-extensor weakness with a garage-floor goal; 16 matches: passes.
        ["vord-h88-monocacy-pta-garage-floor-97110"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Allentown (17th St) · PTA visit
            Index fracture: R distal radius, healed; osteoporosis found by the FLS · DXA: T-score −2.7 total hip · retired from the truck plant's assembly line
            Therapeutic exercise (97110 · 16 min):
             ▸ goblet squat to the mat table with 12 lb, 3 x 10
             ▸ step-ups to an 8-in. step, 3 x 10 each
             ▸ standing rows with the heavy band, 3 x 12
             ▸ prone back extension over a pillow, 2 x 10 with a 3-s hold
            Aimed at — hip, thigh and back-extensor weakness; he wants to get up off the garage floor after working on his truck
            """,
            ["M81.0", "Z87.310"], [PTA("97110", 16)], []),

        // Churn Creek Red Bluff rancher off a hay trailer: log 97110 13 and 97530 17 (both match); step-ups, abduction, rows with doses; feed-bucket lifts and carries, trailer-step climbs with loads, distance, reps and SBA; hip abductor and extensor weakness with a rounded-back lift: passes.
        ["vord-h88-churncreek-rancher-ther-ex-and-ther-act"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Red Bluff
            TIMED CODE LOG (minutes)
             97110 Therapeutic exercise ........ 13
             97530 Therapeutic activities ...... 17
            REASON FOR VISIT: osteoporosis in a 74-year-old rancher; healed R hip fracture from a fall off the hay trailer
            TREATMENT RENDERED:
             97110 — step-ups to a 10-in. step 3 x 10; side-lying hip abduction 3 x 12; band rows 3 x 15
             97530 — lifting a 20-lb feed bucket from the ground with a squat and carrying it 4 x 50 ft; onto and off the 12-in. trailer-step mock-up with the grab handle, 8 reps, SBA
            CLINICAL IMPRESSION: R hip abductor and extensor weakness; he lifts the buckets bent over with his back rounded
            """,
            ["Z87.310", "M81.0"], [PT("97110", 13), PT("97530", 17)], []),

        // Portage Fairlawn complete 97112 (one-on-one; tilt board, foam tandem with a toss, hurdles; postural control and ankle proprioception; seconds and perturbations) sent with no diagnosis.
        ["vord-h88-portage-no-diagnosis"] = new(
            """
            PORTAGE LAKES ENDOCRINOLOGY & BONE HEALTH · "Build Your Bones" 1:1 visit · Fairlawn
            Mrs. T. Varga, 73 · osteoporosis (Dr. Ferenczi) · on alendronate
            NMR (97112), 19 minutes, one-on-one — PT and Mrs. Varga only: perturbations on the tilt board; tandem on foam with a ball toss; stepping over hurdles on my call
            Working on: postural control and ankle proprioception
            Scores: tandem on foam 8 s; 7 of 10 perturbations without a step
            """,
            [], [PT("97112", 19)], [Dx]),

        // Monocacy Macungie complete 97110 (rows, prone lifts, weighted sit-to-stands with doses; back-extensor and hip weakness) with the ICD-9 code 733.00 as its diagnosis: not well formed.
        ["vord-h88-monocacy-icd9-733-00"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Bone Rehab — Macungie
            Index fracture: T12 compression fracture · DXA: T-score −2.8 L-spine
            Therapeutic exercise (97110 · 15 min):
             ▸ seated rows with the band, 3 x 12; prone arm and trunk lifts over a pillow, 2 x 8; sit-to-stand holding a 5-lb weight, 3 x 10
            Aimed at — back-extensor and hip extensor weakness with a stooped posture
            """,
            ["733.00"], [PT("97110", 15)], [Dx]),

        // Generic two-code class note with a shared total ("Exercise and functional training, 33 minutes total"): no technique, deficit or measure for either code, no minutes for each.
        ["vord-h88-portage-generic-two-codes-total"] = new(
            """
            "Build Your Bones" · Barberton
            Exercise and functional training, 33 minutes total. Tolerated without complaint. Continue as planned.
            """,
            ["M81.0"], [PT("97110", 20), PT("97530", 13)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530"), SepTime]),

        // Churn Creek Anderson PTA "Gait training 97116 — 25 min" against a 13-min PTA line: mismatch; rollator to cane, corridor and curb with distance and SBA, a short R stance after a hip fracture complete.
        ["vord-h88-churncreek-pta-gait-25-against-13"] = new(
            """
            CHURN CREEK COMMUNITY HOSPITAL — OUTPATIENT REHABILITATION SERVICES · Anderson · PTA visit
            REASON FOR VISIT: R intertrochanteric fx (IM nail), 11 weeks; osteoporosis
            TREATMENT RENDERED (PTA): Gait training 97116 — 25 min
             · 4WW → single-point cane, 3 x 150 ft in the corridor, cued for heel strike on the R; SBA
             · the curb and the ramp outside, x 4 each, SBA
            CLINICAL IMPRESSION: short R stance and an antalgic gait after the hip fracture
            """,
            ["S72.141D", "M81.0"], [PTA("97116", 13)], [At(Mismatch, "97116")]),

        // Monocacy Whitehall Hand & Wrist OT "Therapeutic activities (97530 · 30 min)" against an 18-min OT line: mismatch; pot lifts, towel wringing and button practice with counts, R wrist weakness and limited supination, grip kg complete.
        ["vord-h88-monocacy-ot-ther-act-30-against-18"] = new(
            """
            MONOCACY HEALTH · Fracture Liaison Service · Hand & Wrist OT — Whitehall
            Index fracture: R distal radius, volar plate 10 weeks ago · DXA: T-score −2.6 femoral neck
            Therapeutic activities (97530 · 30 min):
             ▸ lifting a 3-lb pot of water from the stove to the sink with both hands, 8 reps
             ▸ wringing out a wet dish towel, 10 wrings
             ▸ buttoning and unbuttoning her cardigan, 3 times through
            Aimed at — R wrist weakness and limited supination after the fracture
            Numbers — grip R 13 kg / L 22 kg
            """,
            ["M80.031D"], [OT("97530", 18)], [At(Mismatch, "97530")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
