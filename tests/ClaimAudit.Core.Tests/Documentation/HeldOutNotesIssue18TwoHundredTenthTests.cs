using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The two-hundred-and-tenth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (the
/// two-hundred-and-fifth and two-hundred-and-second read for their format; the pool and aquatic notes of the
/// seventh, eleventh, fifteenth, twenty-first, sixty-third and sixty-sixth skimmed only to keep clear of their clinics,
/// templates and phrasings). The engine's output on these notes was never looked at while writing them, and the tests
/// were never run by the reviewer. Written 2026-12-08 (blind), the set is AQUATIC and POOL-AND-LAND notes at eight
/// clinics (2026) that bill LAND CODES for what was done in the water or split a visit between the pool and the gym:
/// water depth (waist, chest, xiphoid), water temperature, buoyancy assisting and resisting, noodles, flotation belts and
/// cuff floats, Ai Chi, the Bad Ragaz ring method, Halliwick, Watsu (never billed), aqua-jogging and deep-water running,
/// the underwater treadmill, turbulence made by the therapist as the perturbation, a lifeguard or pool aide on the deck,
/// changing, showering, drying and lift time written as not billed, pool group classes running beside the one-on-one
/// session, and 97112 minutes split into pool and land minutes on the code's own line. About two thirds are ordinary and
/// complete (71 of 110), single- and multi-code visits (97110, 97112, 97116, 97140, 97530, up to three codes, a PT's and
/// a PTA's code and a PT's and an OT's code on one visit), by PTs, PTAs and OTs, at eight clinics:
/// <list type="number">
/// <item>Our Lady of the Prairie Hospital, Outpatient Rehabilitation · Therapy Pool, Williston, North Dakota (OLPH:
/// Britt Aaseby, PT, DPT; Lonnie Holmgren, PTA; Maren Skjei, OTR/L): the hospital EMR's "AQUATIC / LAND DAILY NOTE" with
/// "Pool … °F · station depth:", "Session location: ☒ Pool ☐ Land", "Attendance: ☒ 1:1 ☐ Concurrent ☐ Group",
/// "Technique: ☒ … ☐ …" boxes, the code's line "97112 Neuromuscular re-education (pool) — 23 min", "Impairment:",
/// "Objective:" and "Changing / shower: … — not billed" (an oil-field roustabout, the elevator ice, grain trucks, a
/// church basement's stairs);</item>
/// <item>Calloway Creek Physical Therapy &amp; Warm-Water Pool, Benton, Kentucky (CCPT: Dana Kirtley, PT, DPT, ATRIC;
/// Jolene Futrell, PTA): a private practice's "Daily note (aquatic)" with "S:", "Pool work (97112, 23 min):", "Land
/// work …", "Who was there:", "Why:", "Numbers:" and the billing boxes "☒ 97112 … ☐ 97113 aquatic (not billed today)"
/// (a pontoon boat's ladder, a bass boat, the marina gravel, the tobacco barn, the VFW's stairs and its fish fry);</item>
/// <item>Lakeshore Therapy @ the Manitowoc Family YMCA, Manitowoc, Wisconsin (LTY: Heidi Brotz, PT; Aaron Kinzel, PTA):
/// the Y's "therapy lane card" with "Water:", "Beside us:" (the Y's Silver Waves class in the other lanes with its own
/// instructor), "Who:", a bulleted code block, "Problem:", "Numbers:" and the lifeguard on the stand (a car ferry's
/// ramp, a smelt-fry, the lakefront breakwater, ice on the shipyard lot);</item>
/// <item>Cohutta SCI Recovery Program — Aquatics, Chatsworth, Georgia (CSRP: Yolanda Birdsong, PT, DPT, NCS; Rodney
/// Pettyjohn, PTA; Tamika Rhyne, OTR/L): "AQUATIC SESSION" with "Entry: ceiling lift … — not billed", "Flotation:",
/// "Session (billed):", "Targets:", "Response:" and "Staff in the water:" (a carpet mill, a power chair, a pickup's
/// hand controls);</item>
/// <item>Moving Waters, the Parkinson's and MS pool programme of Whitewater Neuro Rehab, Caledonia, Minnesota (WNR:
/// Solveig Bratland, PT, NCS; Caleb Thorsgard, PTA): "session note" with "Group: PD / MS", medication ON or OFF, a cooler
/// pool for heat-sensitive MS, "Attendance:", "Block:", "Targets:" and "Tests:" (a dairy barn and its haymow, the
/// church aisle, a trout stream, a snowmobile);</item>
/// <item>Gila Valley Orthopaedic Rehab — Post-Op Pool, Safford, Arizona (GVOR: Marisol Quijada, PT, DPT, OCS; Trent
/// Alder, PTA; Corinne Udall, OTR/L): "POST-OP POOL NOTE" with "Surgery:", "Depth: ☐ waist ☒ chest ☐ xiphoid",
/// "Flotation:", "POOL …", "DECK / GYM …", "Deficits:", "Objective:" and minutes split on the code's line "97112 — 23 min
/// (pool 15 + gym 8)" (a copper mine's haul truck, cotton gins, Mount Graham, a horse trailer);</item>
/// <item>Harborcreek Adult CP Clinic · Hydro Pool, Erie, Pennsylvania (HACP: Colleen Gorny, PT, DPT; Terrence Wimbley,
/// PTA): "Hydro Pool Session" with "Client:", "Caregiver:", "In the water:", "What we worked on:", "Why:", "How it went:"
/// and a "Code · where · minutes" grid (a group home, the bus to the day programme, a bowling alley, Presque Isle's
/// beach);</item>
/// <item>Palmetto Warm Pool — Edisto Joint-Friendly Aquatics, Orangeburg, South Carolina (PWP: Lucinda Brailsford, PT;
/// Reggie Manigault, PTA): an arthritis community pool's "PT session slip" with "Session type: ☐ private (1:1) ☐ class",
/// "Water:", "Done (97112 — 22 min):", "Problem:", "Counts:" and "Changing room: not billed", where some sessions are the
/// pool's group class (the church bus step, a porch swing, the pecan barn, a fish camp's dock).</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer reading the signed text, applying the contract to
/// what the filled-in text says, whatever the setting: a named neuromuscular technique done in the water is the
/// technique ("perturbations from turbulence I made around her trunk", the Bad Ragaz ring method's PNF patterns,
/// single-leg stance on a submerged foam pad with eyes closed, rhythmic stabilisation holding a noodle); water depth and
/// temperature, lane numbers, step heights and a programme's level are not measures and not minutes; a ticked box (☒)
/// states what it names and an empty one (☐) does not; a box struck and replaced with its reason stands as replaced; a
/// blank ("___", "______") states nothing, nor do "see initial eval", "unchanged", "as before", "per protocol" and
/// "deferred"; a lifeguard, pool aide, caregiver in the water or student observing does not undo a one-on-one statement,
/// and a class in other lanes with its own instructor does not either; minutes split into pool and land on a code's own
/// line are that code's minutes summed; changing, showering, drying and lift time written as not billed belongs to no
/// code; and a clinic's programme, protocol, series or level ("Moving Waters series B, week 6", "knee pool protocol,
/// phase 2", "Steady Waters level 2", "AquaStride level 3", "pool block 3") is not a technique:
/// <list type="bullet">
/// <item>class 1 (v1-h210-…): one-on-one in the writers' own words ("I was in the water with her the entire session,
/// one-on-one; the lifeguard stayed up on the stand", "I had Mr. Wachowiak to myself in the therapy lane the whole
/// session — the class was not mine", "just the two of us — the aide stayed on the deck at the lift controls",
/// "one-to-one … his wife watched from the bleachers", "I treated Kayla individually for the full session" with her
/// mother in the water, "one-on-one throughout; a DPT student was in the water observing", "Mrs. Fogle and me alone in
/// the warm pool before the morning class came in", an OT's "in the pool with him alone"), notes that negate it (two
/// patients run together in the warm pool, an MS patient who came to the group instead of her private slot, a PTA
/// working with another patient at the steps while the aide watched her at the wall) or never state it (an OLPH PTA,
/// an HACP PTA with the group-home aide on the deck), and a PWP PTA's 97110 in the class, which has no one-on-one
/// check;</item>
/// <item>class 2 (v2-h210-…): boxes as the forms print them — "☒ 1:1" with technique boxes ticked, "~~☒ class~~ ☒
/// private (1:1)" corrected with its reason, depth and flotation boxes beside "1:1 ☒ yes", a 97116's assist boxes, a
/// list with one item unticked, a caregiver box, a medication box, billing boxes with "☐ 97113" unticked, an OT's
/// assist boxes — and boxes that fail: "☐ 1:1 ☐ Concurrent ☐ Group" with nothing ticked, "~~☒ private (1:1)~~ ☒ class"
/// corrected, technique boxes all empty, an objective row of blanks, a "Why: ______" left blank;</item>
/// <item>class 3 (v3-h210-…): named methods and techniques in the water (the Bad Ragaz ring method's PNF diagonals with
/// stabilising reversals, Halliwick rotation control with balance in stillness against turbulence, Ai Chi with
/// eyes-closed stance and reactive stepping, dual-task walking in chest-deep water, an underwater treadmill with video
/// feedback for 97116, buoyancy-assisted and buoyancy-resisted shoulder work for 97110, mobilisation with movement on
/// the deck for 97140, backward chaining of the pool steps for an OT's 97530, blocked-then-random practice with
/// knowledge of results) and a clinic's programme, protocol or level as the only technique (five notes, each with
/// one-on-one, a deficit and a measure);</item>
/// <item>class 4 (v4-h210-…): deficits stated as findings (festination and freezing at the pool steps with
/// retropulsion, heel-to-shin overshoot with wide ataxic steps, vibration absent at both great toes, falling to the left
/// in long sitting, scissoring and crouch for 97116, a stiff-knee gait for 97116, a weak grip for an OT's 97530) and
/// notes that state none ("Impairment: see initial eval", "Problem: unchanged from last week", "Problem: —", "Targets:
/// as before", "Deficits: per surgeon's protocol");</item>
/// <item>class 5 (v5-h210-…): measures in every usual form (a Berg against the start of pool care with a TUG,
/// turbulence perturbations recovered "8 of 10", the Mini-BESTest and a 10-metre walk, the Function in Sitting Test,
/// single-leg stance in seconds at chest depth, sets, repetitions and loads for 97110, lengths, yards, feet and
/// assistance for 97116, counts and assistance for 97530) and notes with none ("steadier at the deep rail than last
/// week", "Tests: deferred", "Numbers: not taken in the water", a 97110 "as tolerated", a 97116 "walked the shallow end
/// and back with the noodle");</item>
/// <item>class 6 (v6-h210-…): minutes in the pool forms (a 97112 split "pool 15 + gym 8" with its total, "pool 14 min,
/// land 9 min" without one, a pool code and a land code with changing time not billed, an in-and-out clock on the code's
/// line, minutes in words, three codes by a PT and an OT, a PT's pool code and a PTA's land code, a "Code · where ·
/// minutes" grid with 97112 on two rows, minutes written with a prime), true mismatches ("34 min (pool 22 + gym 12)" on a
/// 22-minute line, a land 97110 "25 min" on a 13-minute line, "14 min pool + 10 min land = 24 min" on a 14-minute line)
/// and truly missing separate time (only a "Total timed in the pool" for two codes, an underwater treadmill's "___ min",
/// two codes "see the flowsheet for minutes");</item>
/// <item>class 7 (v7-h210-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis check),
/// the contract's meanings for 97110 (a GVOR PTA's post-op hip pool work, a WNR deep-water run with the flotation belt),
/// 97530 (a CSRP OT's slide-board and pool-bench tasks), 97140 (an OLPH shoulder on the deck plinth) and 97116 (an HACP
/// underwater treadmill), and wholly generic notes ("Aquatic balance exercises. Tolerated well. Continue POC." with no
/// attendance, "balance and coordination exercises in the pool" under "☒ 1:1", a 97110 "pool exercises per protocol", a
/// 97530 "functional activities in the pool");</item>
/// <item>ordinary (vord-h210-…): complete notes of these clinics a reviewer passes (the false-positive guard) —
/// single and multi-code, with Watsu to finish written as not billed, a lift-and-dressing time written as not billed,
/// a class in the next lanes, a lifeguard and a pool aide, caregivers in the water — and the ordinary weak ones: two
/// complete notes with no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry numbers that are not a code's minutes — water temperatures in degrees, depths in feet and inches,
/// lane numbers, step heights, loads in pounds, distances in feet, yards and lengths, treadmill speeds, reach in
/// centimetres, degrees of motion, seconds of stance and sitting, counts of perturbations, steps and repetitions, a
/// patient's age, an injury level, a programme's level, week or phase, a clock time of day, and a "1:1" label — and
/// each is written so that a reviewer cannot take it for a billed code's minutes; a code's minutes are written beside
/// the code ("— 23 min", "(97112, 23 min)", "23′"), split into pool and land on the code's own line, as an in-and-out
/// clock on the code's line, in words, or in a grid row with the code; changing, showering and lift time is written
/// with "not billed" beside it; no note gives minutes to a drill, a rest or a test, except the one that gives two codes
/// only a total; notes failed for want of a measure carry no number but their code, its minutes and, on one form,
/// the "1:1" label. DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A
/// 97112 passes the measure check only on an objective measure with a number and fails it only when the note has no
/// number but its code, its minutes and plainly something else; for the other codes a dose (sets, repetitions, load,
/// hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a family member,
/// caregiver, interpreter, student or staff member in the room does not undo a one-on-one statement, another patient
/// treated in the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges for a code, minutes of an exercise, a rest or a test, canalith repositioning, three-character or
/// dotless diagnosis codes, and any line with a code that has no documentation profile (heat, TENS, evaluations and
/// group classes stay in the notes, never on a line).
/// This set also leaves out what the pool could honestly leave in doubt: whether work in the water should have been
/// billed as aquatic therapy (97113) rather than a land code — no line carries 97113, and that is a coding question, not
/// a DOC_* one; Ai Chi, Halliwick, aqua-jogging or deep-water running as a 97112's only technique (each appears here only
/// beside a plainly named neuromuscular technique or under 97110); Watsu under any billed code; the water itself
/// (buoyancy, drag, hydrostatic pressure) as the only perturbation or unstable surface; water depth or temperature as
/// the only number; in-water heart rate, RPE or Borg as the only number; a GMFCS level, an AIS grade or an injury level
/// as the only deficit or the only number; an underwater treadmill's speed or a percentage of unloading as a 97116's
/// only measure; a patient left at the wall with an aide or lifeguard while the therapist treats another, beside a
/// one-on-one statement; an aide or a caregiver doing the treatment in the water while the therapist is on the deck; a
/// class the billing therapist leads beside a "1:1" tick; a group class billed as 97112 with no word of who led it;
/// changing, showering, drying or lift time with minutes and no word that it was not billed; pool and land minutes of
/// one code written in two places of the note; and a pool total that includes unbilled entry and exit time with one
/// timed code.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 94 of 110 cases agree (108 needed), and 7 of the 71 notes the reviewer passes got a finding, on the analyzer of dd3c714 (the 2026-12-08 twenty-eighth session, after the twenty-seventh session skipped facts of the 201st, 203rd-206th sets were worked through; nothing was changed for this set) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (engine code 872dc2e, after two reviews): 108 of 110, no false positive — met.</para>
/// </summary>
public class HeldOutNotesIssue18TwoHundredTenthTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in the writers' own words, negated, unstated

        // OLPH, Britt Aaseby: "I was in the water with her the entire session, one-on-one; the lifeguard stayed up on the stand." (staff, not a patient); turbulence perturbations, tandem on the submerged step, reactive stepping; delayed ankle and hip strategies; perturbation count and Berg; 23 min: passes.
        ["v1-h210-olph-in-the-water-with-her-lifeguard-on-stand"] = new(
            """
            OUR LADY OF THE PRAIRIE HOSPITAL — Outpatient Rehabilitation · Therapy Pool
            Williston, ND
            AQUATIC / LAND DAILY NOTE
            Therapist: Britt Aaseby, PT, DPT
            Pool 93 °F · station depth: xiphoid
            Session location: ☒ Pool ☐ Land
            Treatment:
              97112 Neuromuscular re-education (pool) — 23 min
              At the xiphoid-deep station: perturbations from turbulence I made around her trunk, front-back then side to side, eyes open then closed; tandem stance on the submerged step; stepping reactions when I switched the turbulence direction without warning.
            Impairment: delayed ankle and hip strategies with poor postural control since her second fall on the ice outside the grain elevator; she steps late and too short.
            Objective: 7 of 10 turbulence perturbations recovered without a step (4 of 10 last week) · Berg 44/56 on the deck before she got in
            Attendance: I was in the water with her the entire session, one-on-one; the lifeguard stayed up on the stand.
            Changing / shower: with the pool aide afterwards — not billed
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // LTY, Heidi Brotz: "I had Mr. Wachowiak to myself in the therapy lane the whole session — the class was not mine." beside the Y's class in lanes 1–3 with its own instructor; submerged-foam stance eyes closed, rhythmic stabilisation with a noodle, direction changes; L leg proprioception from neuropathy; SLS and tandem seconds; 22 min: passes.
        ["v1-h210-lty-to-myself-class-in-other-lanes"] = new(
            """
            Lakeshore Therapy @ the Manitowoc Family YMCA — therapy lane card
            Heidi Brotz, PT
            Water: warm pool, 90 °F · chest-deep at the therapy lane (lane 6)
            Beside us: the Y's Silver Waves class in lanes 1–3 with their own instructor
            Who: I had Mr. Wachowiak to myself in the therapy lane the whole session — the class was not mine.
            97112 Neuromuscular re-ed — 22 min
             • single-leg stance on a submerged foam pad, eyes closed
             • rhythmic stabilization at the shoulders and pelvis while he held a noodle out in front
             • forward and backward walking over a line of submerged steps with quick direction changes on my call
            Problem: left leg proprioception dulled by the neuropathy; his left foot "doesn't know where the bottom is" and he catches it on the car ferry's ramp.
            Numbers: single-leg stance in the water L 8 s, R 19 s · tandem stance on the deck 12 s
            Lifeguard on the stand. Showered and changed on his own after (not billed).
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // CSRP, Yolanda Birdsong: "Staff in the water: just the two of us — the aide stayed on the deck at the lift controls."; rhythmic stabilisation in tall kneeling, turbulence perturbations, half-kneel to stand with tapping, weight shifts with mirror feedback; trunk and hip recruitment, kneeling postural control; kneeling seconds and a count; 24 min: passes.
        ["v1-h210-csrp-just-the-two-of-us-aide-at-lift"] = new(
            """
            COHUTTA SCI RECOVERY PROGRAM — AQUATIC SESSION
            Chatsworth, GA · Yolanda Birdsong, PT, DPT, NCS
            Injury: T10 incomplete (AIS C), eighteen months out
            Entry: ceiling lift to the pool chair and down into the water with the pool aide — not billed
            Flotation: belt at the waist
            Session (billed): 97112 Neuromuscular re-education — 24 min
             Tall kneeling on the submerged platform at chest depth: rhythmic stabilization at the pelvis, then perturbations by turbulence front and back; half-kneel to standing at the wall with tapping over the gluteus medius on each side; weight shifts onto each leg watching himself in the deck mirror.
            Targets: trunk and hip motor recruitment below the level of injury; poor postural control in kneeling and standing — he pitches forward and to the right when he lets go of the wall.
            Response: held tall kneeling 40 s without hands (15 s two weeks ago) · 6 of 10 perturbations held without grabbing the wall
            Staff in the water: just the two of us — the aide stayed on the deck at the lift controls.
            """,
            ["G82.22"], [PT("97112", 24)], []),

        // WNR, Solveig Bratland (PD): "Attendance: one-to-one with Mr. Stenberg for the whole block; his wife watched from the bleachers."; backward walking with turbulence pushes, large-amplitude stepping to floor targets, turning with a clap cue; retropulsion, slowed postural reactions, freezing; pull test steps and turn steps; 23 min: passes.
        ["v1-h210-wnr-pd-one-to-one-wife-on-bleachers"] = new(
            """
            Moving Waters · Whitewater Neuro Rehab · Caledonia, MN
            Parkinson's & MS pool programme — session note
            Therapist: Solveig Bratland, PT, NCS
            Group: PD · medication ON (took his carbidopa-levodopa before the drive in from the dairy)
            Pool: waist-deep end, 88 °F
            Attendance: one-to-one with Mr. Stenberg for the whole block; his wife watched from the bleachers.
            Block: 97112 Neuromuscular re-education — 23 min
              backward walking while I pushed turbulence at him from behind; large-amplitude stepping to targets on the pool floor on my count; turning in place to face each wall with a clap cue to break the freeze
            Targets: retropulsion and slowed postural reactions; he freezes in the church aisle and in the turn at the end of the pool
            Tests: pull test on the deck — 3 steps to recover (5 last month) · 180° turn on land in 6 steps
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // HACP, Colleen Gorny: "I treated Kayla individually for the full session — no other client in the hydro pool." with her mother in the water holding the noodle (a caregiver, not a patient); PNF rhythmic initiation, D1 patterns, step-and-hold; selective motor control and timing; counts and stance seconds; 22 min: passes.
        ["v1-h210-hacp-individually-mother-holding-noodle"] = new(
            """
            Harborcreek Adult CP Clinic · Hydro Pool Session
            Colleen Gorny, PT, DPT
            Client: 27-year-old with spastic diplegia; forearm crutches on land
            Caregiver: her mother came into the water and held the noodle behind her at the bench
            In the water: I treated Kayla individually for the full session — no other client in the hydro pool.
            97112 Neuromuscular re-ed — 22 min
            What we worked on: PNF rhythmic initiation for sit-to-stand from the submerged bench; standing at the rail with D1 flexion and extension patterns of each leg; step-and-hold onto the submerged step with the rail, then without.
            Why: poor selective motor control and timing of hip and knee extension; she rises in a crouch and her knees scissor.
            How it went: 5 of 8 sit-to-stands without scissoring · stood without the rail 11 s at chest depth
            """,
            ["G80.1"], [PT("97112", 22)], []),

        // GVOR, Marisol Quijada: "1:1: one-on-one throughout; Kenzie (DPT student) was in the water observing." (a student, not a patient); submerged-step SLS with catches, step-downs to a stick landing, kicks against turbulence; L knee proprioception and quad timing after TKA; SLS and a count; 23 min: passes.
        ["v1-h210-gvor-one-on-one-student-observing"] = new(
            """
            GILA VALLEY ORTHOPAEDIC REHAB — POST-OP POOL NOTE
            Safford, AZ · Marisol Quijada, PT, DPT, OCS
            Surgery: L total knee, week 5 · incision closed, surgeon cleared her for the pool
            Depth: ☐ waist ☒ chest ☐ xiphoid · water 92 °F
            POOL — 97112 Neuromuscular re-ed — 23 min
              single-leg stance on the left on the submerged step with ball catches; forward and lateral step-downs off the submerged step to a stick landing; cross-body kicks with the right leg standing on the left against turbulence
            Deficits: left knee proprioception and quad timing after the replacement — the knee buckles stepping down from the haul truck's cab.
            Objective: left single-leg stance on the step 14 s · 8 of 10 step-downs without a knee wobble
            1:1: one-on-one throughout; Kenzie (DPT student) was in the water observing.
            """,
            ["Z96.652", "R26.81"], [PT("97112", 23)], []),

        // PWP, Lucinda Brailsford: "Session type: private — Mrs. Fogle and me alone in the warm pool before the morning class came in"; tandem walking with head turns, submerged-disk stance with reaches, sidestepping against turbulence; knee proprioception with OA; counts and seconds; 22 min: passes.
        ["v1-h210-pwp-alone-before-the-class-came-in"] = new(
            """
            Palmetto Warm Pool — Edisto Joint-Friendly Aquatics
            PT session slip · Orangeburg, SC
            PT: Lucinda Brailsford, PT
            Session type: private — Mrs. Fogle and me alone in the warm pool before the morning class came in
            Water: 90°, waist to chest
            Done (97112 — 22 min): tandem walking along the lane rope with head turns; single-leg stance on a submerged foam disk reaching to floating cones; sidestepping against my turbulence with quick stops
            Problem: reduced proprioception in both knees with the osteoarthritis; she sways and grabs for the rail stepping off the church bus.
            Counts: tandem 12 steps without a side-step · stance on the disk R 9 s, L 7 s
            Changing room: not billed
            """,
            ["M17.0", "R26.81"], [PT("97112", 22)], []),

        // CSRP, Tamika Rhyne (OT) 97112: "OT in the pool with him alone; his brother waited in the lobby."; buoyancy-assisted reaching with tapping, rhythmic stabilisation at the shoulders, weight bearing through the forearms on the step; C6 tetraplegia recruitment and sitting control; reach cm and grip; 22 min: passes.
        ["v1-h210-csrp-ot-in-the-pool-with-him-alone"] = new(
            """
            COHUTTA SCI RECOVERY PROGRAM — AQUATIC SESSION
            Chatsworth, GA · Tamika Rhyne, OTR/L
            Entry: ceiling lift to the pool chair — not billed
            Flotation: belt and cuff floats at the wrists
            Session (billed): 97112 Neuromuscular re-education — 22 min
             Sitting on the pool bench at chest depth: reaching forward and across midline with the water assisting, tapping over the triceps and wrist extensors on each reach; rhythmic stabilization at both shoulders; weight bearing through the forearms on the submerged step while shifting side to side.
            Targets: weak triceps and wrist extensor recruitment with poor sitting control after his C6 injury; he can't hold himself up to reach the power chair's joystick and the pickup's hand controls.
            Response: forward reach on the bench 28 cm without losing sitting balance (19 cm last month) · grip R 6 lb, L 4 lb
            Staff in the water: OT in the pool with him alone; his brother waited in the lobby.
            """,
            ["G82.54"], [OT("97112", 22)], []),

        // PWP, Reggie Manigault (PTA) 97110 in the Tuesday class: "Session type: ☐ private (1:1) ☒ class — eight of them in the water with me": 97110 has no one-on-one check; cuff-float knee extension, heel raises, noodle marching; quad weakness with knee OA; sets and reps: passes.
        ["v1-h210-pwp-pta-97110-in-the-class"] = new(
            """
            Palmetto Warm Pool — Edisto Joint-Friendly Aquatics
            PT session slip · Orangeburg, SC
            PTA: Reggie Manigault, PTA (supervising PT: Lucinda Brailsford, PT)
            Session type: ☐ private (1:1) ☒ class — she came to the Tuesday class, eight of them in the water with me
            Water: 90°, waist-deep
            Done (97110 — 15 min): seated knee extension against cuff floats at the bench 3×12 each leg; heel raises at the wall 3×15; high-knee marching with a noodle 4 widths of the pool
            Problem: quadriceps weakness in both legs with knee osteoarthritis; she can't get up out of the porch swing without pushing off the chain.
            Changing room: not billed
            """,
            ["M17.0"], [PTA("97110", 15)], []),

        // CCPT, Dana Kirtley: "Who was there: ran her and Mr. Gish together in the warm pool, going back and forth with cues between them.": another patient in the block — one-on-one missing; turbulence perturbations, heel-to-toe with head turns, submerged-step stance; L hemiparesis postural control; counts and seconds present.
        ["v1-h210-ccpt-her-and-mr-gish-together"] = new(
            """
            Calloway Creek Physical Therapy & Warm-Water Pool — Benton, KY
            Daily note (aquatic) — Dana Kirtley, PT, DPT, ATRIC
            Water 94°F · xiphoid depth at the deep rail
            S: "My left leg still feels like it's somebody else's."
            Pool work (97112, 23 min): turbulence perturbations standing at the deep rail, eyes open then closed; heel-to-toe walking along the lane line with head turns; single-leg stance on the submerged step.
            Who was there: ran her and Mr. Gish together in the warm pool, going back and forth with cues between them.
            Why: delayed postural responses and poor weight acceptance on the left after the stroke; she lists left climbing the pontoon boat's ladder.
            Numbers: 6 of 10 perturbations recovered without a step · single-leg stance on the step L 5 s
            """,
            ["I69.354"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // WNR, Caleb Thorsgard (PTA, MS): "Attendance: she came to the Thursday Moving Waters group instead of her private slot this week; I led the four of them along the wall.": a group — one-on-one missing; ball toss in tandem, stepping over noodles, turbulence perturbations; ataxia and wide-based steps; tandem seconds present.
        ["v1-h210-wnr-pta-ms-came-to-the-group-instead"] = new(
            """
            Moving Waters · Whitewater Neuro Rehab · Caledonia, MN
            Parkinson's & MS pool programme — session note
            Therapist: Caleb Thorsgard, PTA (supervising PT: Solveig Bratland, PT, NCS)
            Group: MS · pool kept cool, 84 °F, for her heat sensitivity
            Attendance: she came to the Thursday Moving Waters group instead of her private slot this week; I led the four of them along the wall.
            Block: 97112 Neuromuscular re-education — 22 min
              ball toss and catch in tandem stance; stepping over floating noodles with her eyes on a target on the wall; turbulence perturbations standing away from the wall
            Targets: ataxia in both legs with wide-based, uneven steps; she veers into the pews walking up for communion
            Tests: tandem stance in the water 10 s (6 s last month)
            """,
            ["R27.0", "R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // LTY, Aaron Kinzel (PTA): "While the Y pool aide kept an eye on her at the wall, I was working with Mr. Rasmussen at the steps; came back to her for the step-ups.": the therapist attending someone else in the block — one-on-one missing; foam stance eyes closed, step-ups, rhythmic stabilisation; R ankle proprioception; SLS and count present.
        ["v1-h210-lty-pta-worked-with-another-at-the-steps"] = new(
            """
            Lakeshore Therapy @ the Manitowoc Family YMCA — therapy lane card
            Aaron Kinzel, PTA (supervising PT: Heidi Brotz, PT)
            Water: warm pool, 90 °F · waist-deep at the steps
            Who: while the Y pool aide kept an eye on her at the wall, I was working with Mr. Rasmussen at the steps; came back to her for the step-ups.
            97112 Neuromuscular re-ed — 22 min
             • stance on the submerged foam pad, eyes closed
             • lateral step-ups onto the submerged step to a stick landing
             • rhythmic stabilization at the pelvis holding the rail with one finger
            Problem: right ankle proprioception down since the sprain on the breakwater rocks; she rolls it on uneven ground.
            Numbers: single-leg stance R 6 s on the foam · 7 of 10 step-ups landed without a wobble
            Lifeguard on the stand.
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // OLPH, Lonnie Holmgren (PTA): no attendance line and no word of attendance anywhere: one-on-one missing; Bad Ragaz PNF patterns, turbulence perturbations, submerged-step tandem; L hemiparesis recruitment and postural control; Berg and a count present.
        ["v1-h210-olph-pta-attendance-never-stated"] = new(
            """
            OUR LADY OF THE PRAIRIE HOSPITAL — Outpatient Rehabilitation · Therapy Pool
            Williston, ND
            AQUATIC / LAND DAILY NOTE
            Therapist: Lonnie Holmgren, PTA (supervising PT: Britt Aaseby, PT, DPT)
            Pool 93 °F · station depth: chest
            Session location: ☒ Pool ☐ Land
            Treatment:
              97112 Neuromuscular re-education (pool) — 22 min
              Bad Ragaz ring method: PNF D1 and D2 lower-extremity patterns in supine float with rings at the neck and pelvis, left leg emphasis; then standing turbulence perturbations and tandem stance on the submerged step.
            Impairment: late recruitment of the left hip and knee extensors with poor postural control after the stroke; the left knee gives on the church basement stairs.
            Objective: Berg 40/56 · 5 of 10 perturbations held without a step
            Changing / shower: with his son in the family room — not billed
            """,
            ["I69.354"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // HACP, Terrence Wimbley (PTA): "Caregiver: his aide from the group home sat on the deck" and no word of attendance: one-on-one missing; rhythmic stabilisation on the bench, submerged-step step-ups with tapping, perturbations; trunk control and hip extension timing; counts and seconds present.
        ["v1-h210-hacp-pta-group-home-aide-on-deck-unstated"] = new(
            """
            Harborcreek Adult CP Clinic · Hydro Pool Session
            Terrence Wimbley, PTA (supervising PT: Colleen Gorny, PT, DPT)
            Client: 34-year-old with spastic quadriplegic CP; power chair
            Caregiver: his aide from the group home sat on the deck
            97112 Neuromuscular re-ed — 23 min
            What we worked on: rhythmic stabilization sitting on the submerged bench; step-ups onto the submerged step at the rail with tapping over the glutes; standing at the rail against turbulence perturbations.
            Why: poor trunk control and late hip extension on stance; he folds forward at the hips standing from the bench at the bowling alley.
            How it went: sat unsupported on the bench 45 s · 6 of 10 step-ups with full hip extension
            """,
            ["G80.0"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: ticked, unticked, struck and blank boxes

        // OLPH, Britt Aaseby: "Attendance: ☒ 1:1 ☐ Concurrent ☐ Group" and "Technique: ☒ Bad Ragaz ring method ☒ turbulence perturbation ☐ Halliwick ☐ Ai Chi" with the typed patterns; proprioception and motor recruitment after the ACL; SLS and a count; 23 min: passes.
        ["v2-h210-olph-one-on-one-and-technique-boxes-ticked"] = new(
            """
            OUR LADY OF THE PRAIRIE HOSPITAL — Outpatient Rehabilitation · Therapy Pool
            Williston, ND
            AQUATIC / LAND DAILY NOTE
            Therapist: Britt Aaseby, PT, DPT
            Pool 93 °F · station depth: waist
            Session location: ☒ Pool ☐ Land
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Technique: ☒ Bad Ragaz ring method ☒ turbulence perturbation ☐ Halliwick ☐ Ai Chi
            Treatment:
              97112 Neuromuscular re-education (pool) — 23 min
              Ring method with the float collar and pelvic ring: PNF D2 flexion and extension of the right leg with stabilizing reversals at the knee; then single-leg stance on the right at waist depth while I made turbulence around the knee from the front, side and back.
            Impairment: right knee proprioception and slow quadriceps recruitment after the ACL reconstruction; the knee shifts when he steps down off the frac-tank catwalk.
            Objective: single-leg stance R 16 s against turbulence · 7 of 10 cuts in the water without a knee shift
            Changing / shower: on his own — not billed
            """,
            ["S83.511D"], [PT("97112", 23)], []),

        // PWP, Lucinda Brailsford: "Session type: ~~☒ class~~ ☒ private (1:1) — ticked the wrong box, she was my only patient this hour": the correction stands — one-on-one stated; tandem with ball toss, submerged-disk stance, stepping reactions to turbulence; hip proprioception after THA; counts and seconds; 22 min: passes.
        ["v2-h210-pwp-class-struck-private-ticked"] = new(
            """
            Palmetto Warm Pool — Edisto Joint-Friendly Aquatics
            PT session slip · Orangeburg, SC
            PT: Lucinda Brailsford, PT
            Session type: ~~☒ class~~ ☒ private (1:1) — ticked the wrong box, she was my only patient this hour
            Water: 90°, chest-deep
            Done (97112 — 22 min): tandem stance with ball toss; single-leg stance on a submerged foam disk; stepping reactions when I pushed turbulence at her from the side
            Problem: reduced left hip proprioception and slow hip strategy after the total hip; she wobbles stepping onto the fish camp's floating dock.
            Counts: stance on the disk L 8 s · 6 of 8 stepping reactions with one clean step
            Changing room: not billed
            """,
            ["Z96.642", "R26.81"], [PT("97112", 22)], []),

        // GVOR, Trent Alder (PTA): "Depth: ☐ waist ☒ chest ☐ xiphoid · Flotation: ☒ belt ☐ noodle ☐ cuffs · 1:1 ☒ yes ☐ no"; step-and-stick off the submerged step, reactive stepping to turbulence, SLS with head turns; R knee proprioception after meniscectomy; SLS and a count; 22 min: passes.
        ["v2-h210-gvor-pta-depth-flotation-and-1on1-boxes"] = new(
            """
            GILA VALLEY ORTHOPAEDIC REHAB — POST-OP POOL NOTE
            Safford, AZ · Trent Alder, PTA (supervising PT: Marisol Quijada, PT, DPT, OCS)
            Surgery: R partial meniscectomy, week 4
            Depth: ☐ waist ☒ chest ☐ xiphoid · Flotation: ☒ belt ☐ noodle ☐ cuffs · 1:1 ☒ yes ☐ no
            POOL — 97112 Neuromuscular re-ed — 22 min
              step-and-stick off the submerged step onto the right leg; reactive stepping when I switched the turbulence direction; single-leg stance on the right with head turns
            Deficits: right knee proprioception after the meniscectomy — the knee "wanders" when he steps off the horse trailer's ramp.
            Objective: single-leg stance R 11 s with head turns · 7 of 10 step-and-sticks held
            """,
            ["S83.241D"], [PTA("97112", 22)], []),

        // CSRP, Rodney Pettyjohn (PTA) 97116: "Assist: ☐ max ☐ mod ☒ min ☐ CGA ☐ SBA" with underwater-treadmill gait training, distance and speed; L foot clearance and short R step after incomplete SCI: passes (97116 has no one-on-one check).
        ["v2-h210-csrp-pta-97116-assist-box-ticked"] = new(
            """
            COHUTTA SCI RECOVERY PROGRAM — AQUATIC SESSION
            Chatsworth, GA · Rodney Pettyjohn, PTA (supervising PT: Yolanda Birdsong, PT, DPT, NCS)
            Entry: ramp walk-in with the rail — not billed
            Session (billed): 97116 Gait training — 18 min
             Underwater treadmill at chest depth: gait training with cues for left toe clearance and a longer right step, watching the side camera on the monitor.
            Assist: ☐ max ☐ mod ☒ min ☐ CGA ☐ SBA
            Targets: poor left foot clearance and a short right step after his incomplete injury; he drags the left toe crossing the carpet mill's parking lot.
            Response: 420 ft on the underwater treadmill at 1.2 mph with minimal assist at the left knee
            """,
            ["G82.22", "R26.89"], [PTA("97116", 18)], []),

        // LTY, Heidi Brotz: "Done: [x] rhythmic stabilization with the noodle [x] stance on the submerged foam, eyes closed [ ] aqua-jogging (skipped)" and "1:1 [x]"; vestibular hypofunction; DGI and a count; 23 min: passes.
        ["v2-h210-lty-done-list-one-item-unticked"] = new(
            """
            Lakeshore Therapy @ the Manitowoc Family YMCA — therapy lane card
            Heidi Brotz, PT
            Water: warm pool, 90 °F · waist-deep at the therapy lane
            Beside us: water walkers in lanes 1–2
            1:1 [x]
            97112 Neuromuscular re-ed — 23 min
            Done: [x] rhythmic stabilization at the trunk holding the noodle [x] stance on the submerged foam, eyes closed, with head turns [ ] aqua-jogging (skipped — ran out of lane)
            Problem: left vestibular hypofunction; the lakefront "tilts" when she turns her head walking the breakwater.
            Numbers: DGI 17/24 on the deck · 8 of 10 head-turn sets on the foam without touching the rail
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // HACP, Colleen Gorny: "Caregiver in the water: ☒ yes · One-on-one with the therapist: ☒ yes"; Bad Ragaz trunk patterns, kneeling rhythmic stabilisation, step-ups with tapping; trunk recruitment and hip extension timing; sitting seconds and a count; 23 min: passes.
        ["v2-h210-hacp-caregiver-box-and-one-on-one-box"] = new(
            """
            Harborcreek Adult CP Clinic · Hydro Pool Session
            Colleen Gorny, PT, DPT
            Client: 31-year-old with spastic diplegia; walker on land
            Caregiver in the water: ☒ yes (his father) · One-on-one with the therapist: ☒ yes
            97112 Neuromuscular re-ed — 23 min
            What we worked on: Bad Ragaz trunk patterns in supine float, lateral flexion with me at his pelvis; rhythmic stabilization in tall kneeling on the platform; step-ups onto the submerged step with tapping over the hip extensors.
            Why: weak trunk recruitment and late hip extension in stance; he can't stand tall long enough to bowl.
            How it went: tall kneeling 30 s hands-free · 7 of 10 step-ups with the hip fully extended
            """,
            ["G80.1"], [PT("97112", 23)], []),

        // WNR, Solveig Bratland (PD): "Meds: ☒ ON ☐ OFF · Attendance: ☒ 1:1 ☐ group"; large-amplitude stepping, turbulence perturbations, dual-task turning; postural reactions and freezing; TUG and pull test; 22 min: passes.
        ["v2-h210-wnr-pd-meds-and-attendance-boxes"] = new(
            """
            Moving Waters · Whitewater Neuro Rehab · Caledonia, MN
            Parkinson's & MS pool programme — session note
            Therapist: Solveig Bratland, PT, NCS
            Group: PD · Meds: ☒ ON ☐ OFF · Attendance: ☒ 1:1 ☐ group
            Pool: chest-deep end, 88 °F
            Block: 97112 Neuromuscular re-education — 22 min
              large-amplitude forward and backward stepping on a floor grid; turbulence perturbations from the front and back; turning to each wall while naming fish he has caught in the trout stream
            Targets: slowed postural reactions and freezing on turns; he stalls turning in the milking parlour
            Tests: TUG on the deck 13.9 s · pull test 2 steps to recover
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // CCPT, Dana Kirtley: billing boxes "☒ 97112 … 23 min ☒ 97110 … 13 min ☐ 97113 aquatic (not billed today)" on lines 97112 23 and 97110 13: both codes complete (turbulence, Bad Ragaz, submerged-step stance; buoyancy-resisted hip and knee work with doses; R hip deficits after THA; SLS and a count), one-on-one stated: passes.
        ["v2-h210-ccpt-billing-boxes-97113-unticked"] = new(
            """
            Calloway Creek Physical Therapy & Warm-Water Pool — Benton, KY
            Daily note (aquatic) — Dana Kirtley, PT, DPT, ATRIC
            Water 94°F · chest depth
            S: "I got in the bass boat Sunday without Earl pulling me."
            Pool work: turbulence perturbations in single-leg stance on the right; Bad Ragaz hip abduction and adduction patterns in float with stabilizing reversals; stance on the submerged step with eyes closed.
            Land work: sidelying hip abduction with a 3 lb cuff 3×12; bridges with a band 3×10; mini-squats to the plinth 3×10.
            Who was there: one-on-one — just the two of us in the pool the whole session.
            Why: right hip proprioception and abductor weakness after the total hip; his pelvis drops on the right stepping into the boat.
            Numbers: single-leg stance R 12 s against turbulence · 8 of 10 eyes-closed stances on the step without a touch
            Billing: ☒ 97112 neuromuscular re-ed, pool — 23 min ☒ 97110 therapeutic exercise, land — 13 min ☐ 97113 aquatic (not billed today)
            """,
            ["Z96.641", "M62.81"], [PT("97112", 23), PT("97110", 13)], []),

        // OLPH, Maren Skjei (OT) 97530: "Setting: ☐ Pool ☒ Land (locker room)" and "Assist: ☐ mod ☒ min ☐ SBA" with shower-bench transfers, reaching for towels, dressing on the bench with counts; R arm weakness and standing balance after stroke with a goal: passes.
        ["v2-h210-olph-ot-97530-assist-boxes-locker-room"] = new(
            """
            OUR LADY OF THE PRAIRIE HOSPITAL — Outpatient Rehabilitation · Therapy Pool
            Williston, ND
            AQUATIC / LAND DAILY NOTE
            Therapist: Maren Skjei, OTR/L
            Session location: ☐ Pool ☒ Land (pool locker room)
            Treatment:
              97530 Therapeutic activities — 20 min
              shower-bench transfers in and out of the accessible stall; standing at the locker reaching up for towels and down for shoes with the right hand; pulling on a swimsuit cover-up seated on the bench
            Assist: ☐ mod ☒ min ☐ SBA
            Impairment: right arm weakness and unsteady standing after the stroke; goal to get herself changed after the pool without her daughter.
            Objective: 4 bench transfers with minimal assist · 6 of 8 reaches to the top shelf without a hand on the locker
            """,
            ["I69.351"], [OT("97530", 20)], []),

        // OLPH, Lonnie Holmgren (PTA): "Attendance: ☐ 1:1 ☐ Concurrent ☐ Group" with nothing ticked and no word of attendance: one-on-one missing; turbulence perturbations, submerged-step tandem, reactive stepping; vestibular hypofunction; DGI and a count present.
        ["v2-h210-olph-pta-attendance-boxes-all-empty"] = new(
            """
            OUR LADY OF THE PRAIRIE HOSPITAL — Outpatient Rehabilitation · Therapy Pool
            Williston, ND
            AQUATIC / LAND DAILY NOTE
            Therapist: Lonnie Holmgren, PTA (supervising PT: Britt Aaseby, PT, DPT)
            Pool 93 °F · station depth: chest
            Session location: ☒ Pool ☐ Land
            Attendance: ☐ 1:1 ☐ Concurrent ☐ Group
            Treatment:
              97112 Neuromuscular re-education (pool) — 22 min
              gaze stabilization x1 with a card on the wall while I made turbulence around her; tandem stance on the submerged step with head turns; walking the station with quick stops on my call
            Impairment: right vestibular hypofunction; the road "bounces" when she rides in the grain truck.
            Objective: DGI 15/24 on the deck · 6 of 10 quick stops without a side-step
            Changing / shower: on her own — not billed
            """,
            ["H81.21"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // PWP, Reggie Manigault (PTA): "Session type: ~~☒ private (1:1)~~ ☒ class (corrected — she stayed for the class today)": one-on-one withdrawn — missing; tandem, disk stance, sidestepping against turbulence; knee proprioception with OA; counts present.
        ["v2-h210-pwp-pta-private-struck-class-ticked"] = new(
            """
            Palmetto Warm Pool — Edisto Joint-Friendly Aquatics
            PT session slip · Orangeburg, SC
            PTA: Reggie Manigault, PTA (supervising PT: Lucinda Brailsford, PT)
            Session type: ~~☒ private (1:1)~~ ☒ class (corrected — she stayed for the class today)
            Water: 90°, waist-deep
            Done (97112 — 23 min): tandem walking on the lane rope line; single-leg stance on the submerged foam disk; sidestepping against turbulence with quick stops
            Problem: reduced knee proprioception with the osteoarthritis; she misjudges the step down off the church bus.
            Counts: tandem 10 steps without a side-step · stance on the disk R 7 s, L 6 s
            Changing room: not billed
            """,
            ["M17.0"], [PTA("97112", 23)], [At(OneOnOne, "97112")]),

        // OLPH, Britt Aaseby: "Technique: ☐ Bad Ragaz ring method ☐ turbulence perturbation ☐ Halliwick ☐ Ai Chi" all empty and the treatment line only "rechecked her TUG on the deck and went over her pool home programme sheet": no technique — technique missing; "☒ 1:1", postural control deficit and TUG present.
        ["v2-h210-olph-technique-boxes-all-empty"] = new(
            """
            OUR LADY OF THE PRAIRIE HOSPITAL — Outpatient Rehabilitation · Therapy Pool
            Williston, ND
            AQUATIC / LAND DAILY NOTE
            Therapist: Britt Aaseby, PT, DPT
            Pool 93 °F · station depth: waist
            Session location: ☒ Pool ☐ Land
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Technique: ☐ Bad Ragaz ring method ☐ turbulence perturbation ☐ Halliwick ☐ Ai Chi
            Treatment:
              97112 Neuromuscular re-education (pool) — 20 min
              Rechecked her TUG on the deck and went over her pool home programme sheet with her.
            Impairment: slowed ankle and hip strategies with poor postural control; she stumbles stepping off the curb at the clinic door.
            Objective: TUG 12.6 s on the deck
            """,
            ["R26.81"], [PT("97112", 20)], [At(Tech, "97112")]),

        // GVOR, Marisol Quijada: "Objective: single-leg stance on the step ___ s · step-downs ___ · Berg ___" left blank and no number but the code and its minutes: measure missing; "1:1 ☒ yes", step-downs, turbulence, SLS with catches, knee proprioception present.
        ["v2-h210-gvor-objective-row-blank"] = new(
            """
            GILA VALLEY ORTHOPAEDIC REHAB — POST-OP POOL NOTE
            Safford, AZ · Marisol Quijada, PT, DPT, OCS
            Surgery: R total knee · incision closed, cleared for the pool
            Depth: ☐ waist ☒ chest ☐ xiphoid · Flotation: ☐ belt ☒ noodle ☐ cuffs · one-on-one ☒ yes ☐ no
            POOL — 97112 Neuromuscular re-ed — 22 min
              step-downs off the submerged step to a stick landing; stance on the right against turbulence I made from the front and side; single-leg stance with ball catches
            Deficits: right knee proprioception and quadriceps timing after the replacement — the knee buckles on the cotton gin's loading ramp.
            Objective: single-leg stance on the step ___ s · step-downs ___ · Berg ___
            """,
            ["Z96.651"], [PT("97112", 22)], [At(Measure, "97112")]),

        // HACP, Terrence Wimbley (PTA): "Why: ______" left blank and nothing else names a deficit: deficit missing; "In the water: just me and him, one-on-one", rhythmic stabilisation, PNF D1 patterns, step-and-hold, counts and seconds present.
        ["v2-h210-hacp-pta-why-left-blank"] = new(
            """
            Harborcreek Adult CP Clinic · Hydro Pool Session
            Terrence Wimbley, PTA (supervising PT: Colleen Gorny, PT, DPT)
            Client: 29-year-old; forearm crutches on land
            Caregiver: none today
            In the water: just me and him, one-on-one, for the whole session.
            97112 Neuromuscular re-ed — 22 min
            What we worked on: rhythmic stabilization standing at the rail; PNF D1 flexion and extension patterns of each leg at chest depth; step-and-hold onto the submerged step without the rail.
            Why: ______
            How it went: 6 of 8 step-and-holds without the rail · stood hands-free 14 s at chest depth
            """,
            ["G80.1"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 3: named methods and techniques in the water, and a clinic's programme or level alone

        // CCPT, Dana Kirtley: the Bad Ragaz ring method named with its PNF diagonals and stabilising reversals as the technique; L hemiparesis recruitment and trunk control; 10-metre walk and a count; "one-on-one in the pool"; 24 min: passes.
        ["v3-h210-ccpt-bad-ragaz-ring-method-diagonals"] = new(
            """
            Calloway Creek Physical Therapy & Warm-Water Pool — Benton, KY
            Daily note (aquatic) — Dana Kirtley, PT, DPT, ATRIC
            Water 94°F · float work in the shallow end
            S: "Left foot slapped less walking to the mailbox."
            Pool work (97112, 24 min): Bad Ragaz ring method in supine float — rings at the neck, pelvis and ankles; PNF D1 and D2 lower-extremity diagonals of the left leg against my hands, then stabilizing reversals of the trunk with me at the pelvis; finished with isometric holds of the left leg in extension.
            Who was there: one-on-one in the pool, her husband waited on the bench by the door.
            Why: weak, late recruitment of the left hip flexors and dorsiflexors with poor trunk control after the stroke; the left toe catches on the tobacco barn's threshold.
            Numbers: 10-metre walk on land 0.71 m/s (0.58 at the start of pool care) · 8 of 10 left-leg diagonals through full range against resistance
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // OLPH, Britt Aaseby: Halliwick sagittal and transversal rotation control with balance in stillness against turbulence, then eyes-closed perturbations — a named method beside plain perturbation work; truncal ataxia after a cerebellar bleed; stillness seconds and a count; "☒ 1:1"; 22 min: passes.
        ["v3-h210-olph-halliwick-rotation-control-and-turbulence"] = new(
            """
            OUR LADY OF THE PRAIRIE HOSPITAL — Outpatient Rehabilitation · Therapy Pool
            Williston, ND
            AQUATIC / LAND DAILY NOTE
            Therapist: Britt Aaseby, PT, DPT
            Pool 93 °F · station depth: chest
            Session location: ☒ Pool ☐ Land
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Technique: ☐ Bad Ragaz ring method ☒ turbulence perturbation ☒ Halliwick ☐ Ai Chi
            Treatment:
              97112 Neuromuscular re-education (pool) — 22 min
              Halliwick sagittal and transversal rotation control, then balance in stillness in standing while I made turbulence around him from each side; perturbations with his eyes closed at the end.
            Impairment: truncal ataxia and poor postural control after the cerebellar bleed; he sways and reaches for the wall turning in the roustabout crew's trailer.
            Objective: balance in stillness 25 s against turbulence (10 s last week) · 4 of 6 eyes-closed perturbations held without a step
            """,
            ["I69.193", "R27.0"], [PT("97112", 22)], []),

        // WNR, Solveig Bratland (MS): Ai Chi forms beside eyes-closed single-leg stance on the submerged step and reactive stepping to turbulence (the named neuromuscular techniques); ataxia and slowed reactions; SLS and Mini-BESTest; "1:1 — just her and me"; 23 min: passes.
        ["v3-h210-wnr-ms-ai-chi-with-eyes-closed-stance"] = new(
            """
            Moving Waters · Whitewater Neuro Rehab · Caledonia, MN
            Parkinson's & MS pool programme — session note
            Therapist: Solveig Bratland, PT, NCS
            Group: MS · pool kept cool, 84 °F
            Attendance: 1:1 — just her and me; the rest of the Thursday group hadn't arrived.
            Block: 97112 Neuromuscular re-education — 23 min
              Ai Chi forms (contemplating, floating, uplifting) in stride stance; single-leg stance on the submerged step with eyes closed; reactive stepping when I sent turbulence at her from behind
            Targets: ataxia of both legs and slowed stepping reactions; she stumbles backward getting off the snowmobile
            Tests: single-leg stance eyes closed R 6 s, L 4 s · Mini-BESTest 19/28 on land
            """,
            ["R27.0", "R26.81"], [PT("97112", 23)], []),

        // LTY, Heidi Brotz: dual-task walking in chest-deep water (counting back by threes while stepping over submerged noodles) with backward walking and stops; divided-attention postural control; cognitive TUG against TUG; "Who: I had her to myself"; 22 min: passes.
        ["v3-h210-lty-dual-task-walking-chest-deep"] = new(
            """
            Lakeshore Therapy @ the Manitowoc Family YMCA — therapy lane card
            Heidi Brotz, PT
            Water: warm pool, 90 °F · chest-deep at the therapy lane
            Beside us: lap swimmers in lanes 1–4
            Who: I had her to myself in the therapy lane.
            97112 Neuromuscular re-ed — 22 min
             • dual-task walking across the lane counting back from 100 by threes while stepping over submerged noodles
             • backward walking with sudden stops on my whistle
             • turns to each side naming the ships at the shipyard
            Problem: postural control breaks down when she talks or thinks while walking; she stops dead to answer a question and lost her footing on the icy shipyard lot.
            Numbers: TUG 11.8 s, TUG with counting 16.4 s on the deck · 9 of 12 noodle crossings without a stop
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // CSRP, Yolanda Birdsong 97116: underwater-treadmill gait training with video feedback of step length named as the method; L foot clearance and short R step (AIS D); distance, speed and assistance: passes.
        ["v3-h210-csrp-97116-underwater-treadmill-video-feedback"] = new(
            """
            COHUTTA SCI RECOVERY PROGRAM — AQUATIC SESSION
            Chatsworth, GA · Yolanda Birdsong, PT, DPT, NCS
            Entry: walk-in ramp with the rail — not billed
            Session (billed): 97116 Gait training — 20 min
             Underwater treadmill at xiphoid depth: gait training with live video of his legs on the monitor for step length and left toe clearance, then a stretch with the video off so he had to feel it; heel-strike cues on the right.
            Targets: short right step and poor left toe clearance after his incomplete injury; he trips on the curb to the carpet mill's office.
            Response: 600 ft at 1.4 mph with stand-by assist · 450 ft video-off with contact guard
            """,
            ["G82.22", "R26.89"], [PT("97116", 20)], []),

        // GVOR, Trent Alder (PTA) 97110: buoyancy-assisted shoulder flexion and abduction with a noodle, buoyancy-resisted extension with paddles, wall walks at chest depth, with doses; R shoulder weakness and ROM after rotator cuff repair: passes.
        ["v3-h210-gvor-pta-97110-buoyancy-assisted-and-resisted"] = new(
            """
            GILA VALLEY ORTHOPAEDIC REHAB — POST-OP POOL NOTE
            Safford, AZ · Trent Alder, PTA (supervising PT: Marisol Quijada, PT, DPT, OCS)
            Surgery: R rotator cuff repair, week 8 · cleared for the pool
            Depth: ☐ waist ☒ chest ☐ xiphoid · Flotation: ☐ belt ☒ noodle ☐ cuffs
            POOL — 97110 Therapeutic exercise — 16 min
              buoyancy-assisted shoulder flexion and abduction with the noodle under the right hand 3×12 each; buoyancy-resisted shoulder extension and adduction with hand paddles 3×10; wall walks at chest depth 2×8
            Deficits: right shoulder flexion and abduction weakness with limited elevation after the repair; can't reach the top shelf of the horse trailer's tack room.
            """,
            ["M75.121", "Z47.89"], [PTA("97110", 16)], []),

        // GVOR, Marisol Quijada: pool 97112 then deck 97140 (mobilisation with movement for knee flexion, patellar glides, STM) on lines 23 and 10: both codes complete (step-downs, turbulence stance, submerged-step SLS; knee proprioception; SLS and a count; knee flexion stiffness with degrees), one-on-one stated: passes.
        ["v3-h210-gvor-97112-pool-97140-mwm-on-deck"] = new(
            """
            GILA VALLEY ORTHOPAEDIC REHAB — POST-OP POOL NOTE
            Safford, AZ · Marisol Quijada, PT, DPT, OCS
            Surgery: R total knee, week 6 · incision closed, cleared for the pool
            Depth: ☐ waist ☒ chest ☐ xiphoid · one-on-one ☒ yes ☐ no (pool and deck)
            POOL — 97112 Neuromuscular re-ed — 23 min
              step-downs off the submerged step to a stick landing on the right; stance on the right against turbulence from the front and side; single-leg stance on the submerged foam with ball catches
            DECK / GYM — 97140 Manual therapy — 10 min
              on the deck plinth: Mulligan mobilization with movement for knee flexion (tibial internal rotation glide with active flexion), inferior patellar glides, soft-tissue mobilization to the distal quadriceps
            Deficits: right knee proprioception and quadriceps timing after the replacement (the knee buckles stepping down from the haul truck), and right knee flexion stiffness
            Objective: single-leg stance R 10 s on the foam · 7 of 10 step-downs clean · knee flexion 96° before → 105° after the mobilization
            """,
            ["Z96.651", "M25.661"], [PT("97112", 23), PT("97140", 10)], []),

        // OLPH, Maren Skjei (OT) 97530: exiting the pool by the steps and rail taught by backward chaining, then the pool-chair-to-bench transfer, with counts and assistance; R arm weakness and standing balance after the stroke with a goal: passes.
        ["v3-h210-olph-ot-97530-backward-chaining-pool-steps"] = new(
            """
            OUR LADY OF THE PRAIRIE HOSPITAL — Outpatient Rehabilitation · Therapy Pool
            Williston, ND
            AQUATIC / LAND DAILY NOTE
            Therapist: Maren Skjei, OTR/L
            Pool 93 °F · station: the pool steps
            Session location: ☒ Pool ☐ Land
            Treatment:
              97530 Therapeutic activities — 22 min
              getting out of the pool by the steps and rail taught by backward chaining (top step to deck first, then the last two steps, then the whole exit); turning at the top and sitting onto the deck bench; reaching across for her towel with the right hand
            Impairment: right arm and leg weakness with unsteady standing after the stroke; goal to use the hospital pool's open swim on her own this spring.
            Objective: whole exit 3 of 4 tries with minimal assist (last week only the top step) · bench sit 4 times with stand-by assist
            """,
            ["I69.351"], [OT("97530", 22)], []),

        // HACP, Terrence Wimbley (PTA): blocked-then-random practice of step-ups and step-downs with knowledge-of-results feedback (a named motor-learning method) and weight shifts with tapping; timing of hip and knee extension; counts and seconds; "one-on-one, nobody else in the hydro pool"; 23 min: passes.
        ["v3-h210-hacp-pta-blocked-then-random-practice"] = new(
            """
            Harborcreek Adult CP Clinic · Hydro Pool Session
            Terrence Wimbley, PTA (supervising PT: Colleen Gorny, PT, DPT)
            Client: 26-year-old with spastic diplegia; walks on land with a reverse walker
            Caregiver: the group-home aide waited on the deck
            In the water: one-on-one, nobody else in the hydro pool.
            97112 Neuromuscular re-ed — 23 min
            What we worked on: motor-learning practice of step-up, step-down and sidestep at the submerged step — blocked practice first, then random order on my call, with knowledge of results after each set; weight shifts at the rail with tapping over the hip extensors.
            Why: poor timing of hip and knee extension in stance and slow switching between movements; he crouches and freezes mid-step getting onto the day programme's bus.
            How it went: 11 of 15 random-order steps correct on the first try (7 of 15 last week) · stood on each leg 5 s at the rail
            """,
            ["G80.1"], [PTA("97112", 23)], []),

        // WNR, Solveig Bratland (PD): "Block: Moving Waters series B, week 6 — completed" as the only technique (the programme's own series and week): technique missing; "☒ 1:1", retropulsion and freezing, pull test and TUG present.
        ["v3-h210-wnr-pd-moving-waters-series-b-week-six"] = new(
            """
            Moving Waters · Whitewater Neuro Rehab · Caledonia, MN
            Parkinson's & MS pool programme — session note
            Therapist: Solveig Bratland, PT, NCS
            Group: PD · Meds: ☒ ON ☐ OFF · Attendance: ☒ 1:1 ☐ group
            Pool: waist-deep end, 88 °F
            Block: 97112 Neuromuscular re-education — 22 min
              Moving Waters series B, week 6 — completed
            Targets: retropulsion and freezing in doorways; he backs into the stanchions in the dairy barn
            Tests: pull test 4 steps to recover · TUG on the deck 14.2 s
            """,
            ["G20.A1"], [PT("97112", 22)], [At(Tech, "97112")]),

        // GVOR, Marisol Quijada: "POOL — knee pool protocol, phase 2 — all steps done" as the only technique (the clinic's own protocol phase): technique missing; "one-on-one ☒ yes", knee proprioception deficit, SLS and TUG present.
        ["v3-h210-gvor-knee-pool-protocol-phase-two"] = new(
            """
            GILA VALLEY ORTHOPAEDIC REHAB — POST-OP POOL NOTE
            Safford, AZ · Marisol Quijada, PT, DPT, OCS
            Surgery: L total knee, week 7 · cleared for the pool
            Depth: ☐ waist ☒ chest ☐ xiphoid · one-on-one ☒ yes ☐ no
            POOL — 97112 Neuromuscular re-ed — 22 min
              knee pool protocol, phase 2 — all steps done
            Deficits: left knee proprioception and quadriceps timing after the replacement; the knee gives stepping down off the porch at the cotton farm.
            Objective: single-leg stance L 12 s on the deck · TUG 10.9 s
            """,
            ["Z96.652"], [PT("97112", 22)], [At(Tech, "97112")]),

        // PWP, Lucinda Brailsford: "Done (97112 — 23 min): Steady Waters level 2" as the only technique (the pool's own programme level): technique missing; private one-on-one, knee proprioception with OA, TUG and SLS present.
        ["v3-h210-pwp-steady-waters-level-two"] = new(
            """
            Palmetto Warm Pool — Edisto Joint-Friendly Aquatics
            PT session slip · Orangeburg, SC
            PT: Lucinda Brailsford, PT
            Session type: ☒ private (1:1) ☐ class
            Water: 90°, chest-deep
            Done (97112 — 23 min): Steady Waters level 2
            Problem: reduced proprioception in both knees with the osteoarthritis; she sways on the uneven floor of the pecan barn.
            Counts: TUG 12.1 s on the deck · single-leg stance on land R 6 s, L 5 s
            Changing room: not billed
            """,
            ["M17.0", "R26.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // LTY, Aaron Kinzel (PTA): "97112 … AquaStride level 3 ✓" as the only technique (the clinic's own programme level): technique missing; "Who: one-on-one in the therapy lane", L ankle proprioception, SLS and Berg present.
        ["v3-h210-lty-pta-aquastride-level-three"] = new(
            """
            Lakeshore Therapy @ the Manitowoc Family YMCA — therapy lane card
            Aaron Kinzel, PTA (supervising PT: Heidi Brotz, PT)
            Water: warm pool, 90 °F · waist-deep at the therapy lane
            Who: one-on-one in the therapy lane; lifeguard on the stand.
            97112 Neuromuscular re-ed — 22 min
             • AquaStride level 3 ✓
            Problem: left ankle proprioception down after the fracture; he turns the ankle on the ferry dock's planks.
            Numbers: single-leg stance L 7 s on the deck · Berg 47/56
            """,
            ["S82.892D"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // CSRP, Rodney Pettyjohn (PTA): "Session (billed): 97112 … — Activity-Based Recovery, pool block 3, completed" as the only technique (the programme's block): technique missing; "just him and me in the water", trunk recruitment and sitting control, FIST present.
        ["v3-h210-csrp-pta-pool-block-three"] = new(
            """
            COHUTTA SCI RECOVERY PROGRAM — AQUATIC SESSION
            Chatsworth, GA · Rodney Pettyjohn, PTA (supervising PT: Yolanda Birdsong, PT, DPT, NCS)
            Entry: ceiling lift to the pool chair — not billed
            Flotation: belt
            Session (billed): 97112 Neuromuscular re-education — 23 min
             Activity-Based Recovery, pool block 3, completed.
            Targets: weak trunk recruitment with poor sitting control; he tips to the right reaching for the power chair's controls.
            Response: Function in Sitting Test 34/56 on the deck mat (29/56 a month ago)
            Staff in the water: just him and me; the aide ran the lift from the deck.
            """,
            ["G82.22"], [PTA("97112", 23)], [At(Tech, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and none

        // WNR, Caleb Thorsgard (PTA, PD): festinating steps in the shallow end, freezing at the pool steps and retropulsion on the pull test stated as findings; large-amplitude stepping, backward turbulence perturbations, cued turns; pull test and a count; "1:1, his daughter on the deck"; 22 min: passes.
        ["v4-h210-wnr-pta-pd-festination-freezing-retropulsion"] = new(
            """
            Moving Waters · Whitewater Neuro Rehab · Caledonia, MN
            Parkinson's & MS pool programme — session note
            Therapist: Caleb Thorsgard, PTA (supervising PT: Solveig Bratland, PT, NCS)
            Group: PD · Meds: ☒ ON ☐ OFF
            Attendance: 1:1 with Mr. Helgeson; his daughter sat on the deck with his towel.
            Pool: waist-deep end, 88 °F
            Block: 97112 Neuromuscular re-education — 22 min
              large-amplitude stepping to floor targets on my count; turbulence perturbations from behind with him stepping back to recover; turns at the pool steps on a clap cue
            Targets: festinating steps walking the shallow end, freezing at the pool steps, and retropulsion — on the pull test he took 5 steps back before I caught him
            Tests: pull test today 5 steps to recover · 7 of 10 turns at the steps without a freeze
            """,
            ["G20.A1"], [PTA("97112", 22)], []),

        // WNR, Solveig Bratland (MS): heel-to-shin overshoot on the left with wide ataxic steps stated as findings; tandem with ball toss, stepping over noodles to targets, turbulence perturbations; tandem and 10-metre walk; "one-on-one"; 23 min: passes.
        ["v4-h210-wnr-ms-heel-to-shin-overshoot-ataxic-steps"] = new(
            """
            Moving Waters · Whitewater Neuro Rehab · Caledonia, MN
            Parkinson's & MS pool programme — session note
            Therapist: Solveig Bratland, PT, NCS
            Group: MS · pool kept cool, 84 °F
            Attendance: one-on-one for the whole block.
            Block: 97112 Neuromuscular re-education — 23 min
              tandem stance with ball toss; stepping over floating noodles to targets on the pool floor; standing against turbulence perturbations with her eyes on a spot on the wall
            Targets: heel-to-shin overshoots on the left, wide-based ataxic steps and a late catch when she sways; she weaves walking the trout-stream bank
            Tests: tandem stance in the water 12 s · 10-metre walk on land 0.84 m/s
            """,
            ["R27.0", "R26.89"], [PT("97112", 23)], []),

        // CCPT, Jolene Futrell (PTA): vibration absent at both great toes and monofilament felt at 4 of 10 sites stated as findings; submerged-foam stance eyes closed, step-and-stick, turbulence perturbations; counts and seconds; "just the two of us in the pool"; 22 min: passes.
        ["v4-h210-ccpt-pta-vibration-absent-great-toes"] = new(
            """
            Calloway Creek Physical Therapy & Warm-Water Pool — Benton, KY
            Daily note (aquatic) — Jolene Futrell, PTA (supervising PT: Dana Kirtley, PT, DPT, ATRIC)
            Water 94°F · chest depth
            S: "Can't feel the boat deck under my feet."
            Pool work (97112, 22 min): stance on the submerged foam with eyes closed; step-and-stick off the submerged step; turbulence perturbations with eyes open, then closed.
            Who was there: just the two of us in the pool; the lifeguard was on the stand.
            Why: vibration absent at both great toes and present only at the ankles; monofilament felt at 4 of 10 sites on each foot — he relies on his eyes and lost his footing on the pontoon at dusk.
            Numbers: foam stance eyes closed 9 s · 7 of 10 step-and-sticks held
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // CSRP, Rodney Pettyjohn (PTA): falls to the left past midline in long sitting and can't right himself stated as the finding; rhythmic stabilisation on the pool bench, turbulence perturbations in sitting, reaching across midline with tapping; FIST and seconds; "one-on-one"; 23 min: passes.
        ["v4-h210-csrp-pta-falls-left-in-long-sitting"] = new(
            """
            COHUTTA SCI RECOVERY PROGRAM — AQUATIC SESSION
            Chatsworth, GA · Rodney Pettyjohn, PTA (supervising PT: Yolanda Birdsong, PT, DPT, NCS)
            Entry: ceiling lift to the pool chair — not billed
            Flotation: belt and collar
            Session (billed): 97112 Neuromuscular re-education — 23 min
             Sitting on the submerged bench: rhythmic stabilization at the shoulders; turbulence perturbations from the left and right; reaching across midline to floating rings with tapping over the right obliques.
            Targets: in long sitting he falls to the left past midline and can't right himself — the right trunk muscles fire late and weak.
            Response: Function in Sitting Test 31/56 · sat hands-free 20 s against turbulence (8 s last week)
            Staff in the water: one-on-one; the aide stayed at the lift.
            """,
            ["G82.22"], [PTA("97112", 23)], []),

        // HACP, Colleen Gorny 97116: scissoring from hip adductor tone and a crouch with the knees bent stated as the deficits; underwater-treadmill gait training with cues, distance and assistance: passes.
        ["v4-h210-hacp-97116-scissoring-and-crouch"] = new(
            """
            Harborcreek Adult CP Clinic · Hydro Pool Session
            Colleen Gorny, PT, DPT
            Client: 33-year-old with spastic diplegia; forearm crutches on land
            Caregiver: her sister on the deck
            97116 Gait training — 18 min
            What we worked on: gait training on the underwater treadmill at chest depth, cueing a wider step and a tall knee at heel strike, with the mirror in front.
            Why: hip adductor tone makes her legs scissor, and she walks in a crouch with both knees bent — she tires before the end of the aisle at the bowling alley.
            How it went: 380 ft at 1.0 mph with stand-by assist; knees scissored on 4 of 20 steps counted at the end (11 of 20 at the start)
            """,
            ["G80.1"], [PT("97116", 18)], []),

        // GVOR, Trent Alder (PTA) 97116: a stiff-knee gait on the left with a short right step stated as the deficit; gait training across the chest-deep lane then on the deck with a cane, distance and assistance: passes.
        ["v4-h210-gvor-pta-97116-stiff-knee-gait"] = new(
            """
            GILA VALLEY ORTHOPAEDIC REHAB — POST-OP POOL NOTE
            Safford, AZ · Trent Alder, PTA (supervising PT: Marisol Quijada, PT, DPT, OCS)
            Surgery: L total knee, week 6
            Depth: ☐ waist ☒ chest ☐ xiphoid · Flotation: ☐ belt ☐ noodle ☐ cuffs
            POOL then DECK — 97116 Gait training — 19 min
              gait training across the chest-deep lane cueing knee bend in swing and a longer right step; then on the deck with a single-point cane, heel-toe pattern
            Deficits: stiff-knee gait on the left — little knee flexion in swing, so she hikes the hip — with a short right step
            Objective: 8 lengths of the lane (25 yd each) with stand-by assist · 200 ft on the deck with the cane, contact guard
            """,
            ["Z96.652", "R26.89"], [PTA("97116", 19)], []),

        // OLPH, Maren Skjei (OT) 97530: a weak R grip (22 lb against 58 on the left) and wrist pain on wringing stated as findings; wringing a swimsuit, carrying the wet bag, opening the locker, with counts and assistance and a goal: passes.
        ["v4-h210-olph-ot-97530-weak-grip-stated"] = new(
            """
            OUR LADY OF THE PRAIRIE HOSPITAL — Outpatient Rehabilitation · Therapy Pool
            Williston, ND
            AQUATIC / LAND DAILY NOTE
            Therapist: Maren Skjei, OTR/L
            Session location: ☐ Pool ☒ Land (pool locker room)
            Treatment:
              97530 Therapeutic activities — 18 min
              wringing out a wet swimsuit and towel; carrying the wet bag from the locker to the door; working the combination lock and the locker latch
            Impairment: right grip 22 lb against 58 lb on the left after the distal radius fracture, with pain on the wringing motion; goal to manage her own pool bag for water aerobics.
            Objective: wrung the towel 5 times with pain 3/10 · carried the bag 40 ft with stand-by assist · lock opened 4 of 4
            """,
            ["S52.531D"], [OT("97530", 18)], []),

        // OLPH, Britt Aaseby: "Impairment: see initial eval" and nothing else names a deficit: deficit missing; "☒ 1:1", turbulence perturbations, submerged-step tandem, reactive stepping, Berg and a count present.
        ["v4-h210-olph-impairment-see-initial-eval"] = new(
            """
            OUR LADY OF THE PRAIRIE HOSPITAL — Outpatient Rehabilitation · Therapy Pool
            Williston, ND
            AQUATIC / LAND DAILY NOTE
            Therapist: Britt Aaseby, PT, DPT
            Pool 93 °F · station depth: xiphoid
            Session location: ☒ Pool ☐ Land
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment:
              97112 Neuromuscular re-education (pool) — 23 min
              turbulence perturbations front-back and side to side; tandem stance on the submerged step; stepping reactions when I switched the turbulence direction
            Impairment: see initial eval
            Objective: Berg 45/56 · 8 of 10 perturbations recovered without a step
            Changing / shower: on his own — not billed
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // LTY, Heidi Brotz: "Problem: unchanged from last week" and nothing else names a deficit: deficit missing; "Who: I had him to myself", submerged-foam stance eyes closed, rhythmic stabilisation, direction changes, SLS and a count present.
        ["v4-h210-lty-problem-unchanged-from-last-week"] = new(
            """
            Lakeshore Therapy @ the Manitowoc Family YMCA — therapy lane card
            Heidi Brotz, PT
            Water: warm pool, 90 °F · chest-deep at the therapy lane
            Who: I had him to myself in the therapy lane the whole session.
            97112 Neuromuscular re-ed — 23 min
             • stance on the submerged foam pad, eyes closed
             • rhythmic stabilization at the trunk holding the noodle
             • walking forward and back over the submerged steps with direction changes on my call
            Problem: unchanged from last week
            Numbers: single-leg stance R 15 s, L 11 s in the water · 9 of 12 direction changes without a stop
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // PWP, Reggie Manigault (PTA): "Problem: —" and nothing else names a deficit: deficit missing; "☒ private (1:1)", tandem with head turns, disk stance with reaches, sidestepping against turbulence, counts present.
        ["v4-h210-pwp-pta-problem-dash"] = new(
            """
            Palmetto Warm Pool — Edisto Joint-Friendly Aquatics
            PT session slip · Orangeburg, SC
            PTA: Reggie Manigault, PTA (supervising PT: Lucinda Brailsford, PT)
            Session type: ☒ private (1:1) ☐ class
            Water: 90°, waist to chest
            Done (97112 — 22 min): tandem walking along the lane rope with head turns; stance on the submerged foam disk reaching to floating cones; sidestepping against my turbulence with quick stops
            Problem: —
            Counts: tandem 14 steps without a side-step · disk stance R 10 s, L 8 s
            Changing room: not billed
            """,
            ["M17.0"], [PTA("97112", 22)], [At(Deficit, "97112")]),

        // CSRP, Yolanda Birdsong: "Targets: as before" and nothing else names a deficit (no injury line): deficit missing; "just the two of us", rhythmic stabilisation in kneeling, turbulence perturbations, half-kneel to stand with tapping, kneeling seconds and a count present.
        ["v4-h210-csrp-targets-as-before"] = new(
            """
            COHUTTA SCI RECOVERY PROGRAM — AQUATIC SESSION
            Chatsworth, GA · Yolanda Birdsong, PT, DPT, NCS
            Entry: ceiling lift to the pool chair — not billed
            Flotation: belt
            Session (billed): 97112 Neuromuscular re-education — 22 min
             Tall kneeling on the submerged platform: rhythmic stabilization at the pelvis; turbulence perturbations front and back; half-kneel to standing at the wall with tapping over the gluteus medius.
            Targets: as before
            Response: tall kneeling hands-free 45 s · 7 of 10 perturbations held without the wall
            Staff in the water: just the two of us; the aide ran the lift.
            """,
            ["G82.22"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // GVOR, Marisol Quijada: "Deficits: per surgeon's protocol" and nothing else names a deficit (the surgery line "on file"): deficit missing; "one-on-one ☒ yes", step-downs, turbulence stance, submerged-foam SLS with catches, SLS and a count present.
        ["v4-h210-gvor-deficits-per-surgeons-protocol"] = new(
            """
            GILA VALLEY ORTHOPAEDIC REHAB — POST-OP POOL NOTE
            Safford, AZ · Marisol Quijada, PT, DPT, OCS
            Surgery: on file
            Depth: ☐ waist ☒ chest ☐ xiphoid · one-on-one ☒ yes ☐ no
            POOL — 97112 Neuromuscular re-ed — 23 min
              step-downs off the submerged step to a stick landing; stance against turbulence from the front and side; single-leg stance on the submerged foam with ball catches
            Deficits: per surgeon's protocol
            Objective: single-leg stance 13 s on the foam · 8 of 10 step-downs clean
            """,
            ["Z96.651"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and none

        // OLPH, Britt Aaseby: "Berg 42/56 (36/56 at the start of pool care)" and a TUG on the deck; submerged-step tandem with head turns, eyes-closed turbulence perturbations, reactive stepping; somatosensory loss from neuropathy; "☒ 1:1"; 23 min: passes.
        ["v5-h210-olph-berg-against-start-of-pool-care"] = new(
            """
            OUR LADY OF THE PRAIRIE HOSPITAL — Outpatient Rehabilitation · Therapy Pool
            Williston, ND
            AQUATIC / LAND DAILY NOTE
            Therapist: Britt Aaseby, PT, DPT
            Pool 93 °F · station depth: chest
            Session location: ☒ Pool ☐ Land
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment:
              97112 Neuromuscular re-education (pool) — 23 min
              tandem stance on the submerged step with head turns; turbulence perturbations with eyes closed; reactive stepping to turbulence from behind
            Impairment: somatosensory loss in both feet from the neuropathy; she leans on her eyes and sways in the dark church basement.
            Objective: Berg 42/56 (36/56 at the start of pool care) · TUG 11.4 s on the deck
            Changing / shower: pool aide assisted — not billed
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // LTY, Aaron Kinzel (PTA): "recovered 8 of 10 turbulence perturbations without a step" as the only number; perturbations, submerged-foam stance, stepping reactions; delayed stepping reactions; "one-on-one in the therapy lane"; 22 min: passes.
        ["v5-h210-lty-pta-perturbations-recovered-count"] = new(
            """
            Lakeshore Therapy @ the Manitowoc Family YMCA — therapy lane card
            Aaron Kinzel, PTA (supervising PT: Heidi Brotz, PT)
            Water: warm pool · chest-deep at the therapy lane
            Who: one-on-one in the therapy lane; the water-walking class was in the far lanes with the Y instructor.
            97112 Neuromuscular re-ed — 22 min
             • turbulence perturbations from the front, back and sides, eyes open
             • stance on the submerged foam pad
             • stepping reactions to a sudden pull on the noodle
            Problem: delayed stepping reactions — she takes a late, short step and fell twice on the smelt-fry hall's wet floor.
            Numbers: recovered 8 of 10 turbulence perturbations without a step
            """,
            ["R29.6"], [PTA("97112", 22)], []),

        // WNR, Solveig Bratland (PD): Mini-BESTest and a 10-metre walk on land; large-amplitude stepping, backward perturbations, dual-task turns; postural reactions and shuffling; "one-on-one"; 23 min: passes.
        ["v5-h210-wnr-pd-mini-bestest-and-ten-metre-walk"] = new(
            """
            Moving Waters · Whitewater Neuro Rehab · Caledonia, MN
            Parkinson's & MS pool programme — session note
            Therapist: Solveig Bratland, PT, NCS
            Group: PD · medication ON
            Attendance: one-on-one; the Tuesday group starts after us.
            Block: 97112 Neuromuscular re-education — 23 min
              large-amplitude stepping forward, sideways and back on a floor grid; turbulence perturbations from behind; turns to each wall while counting cows aloud
            Targets: slowed postural reactions with short, shuffling steps
            Tests: Mini-BESTest 17/28 · 10-metre walk 0.92 m/s on land (0.81 a month ago)
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // CSRP, Yolanda Birdsong: the Function in Sitting Test "FIST 38/56" as the measure; rhythmic stabilisation and turbulence perturbations on the pool bench, reaching with tapping; trunk postural control; "one-on-one"; 22 min: passes.
        ["v5-h210-csrp-function-in-sitting-test"] = new(
            """
            COHUTTA SCI RECOVERY PROGRAM — AQUATIC SESSION
            Chatsworth, GA · Yolanda Birdsong, PT, DPT, NCS
            Entry: ceiling lift — not billed
            Flotation: belt
            Session (billed): 97112 Neuromuscular re-education — 22 min
             On the submerged bench: rhythmic stabilization at the shoulders and trunk; turbulence perturbations from each side; reaching out of her base for floating rings with tapping over the obliques.
            Targets: poor trunk postural control and late oblique recruitment; she slumps to the right driving the power chair over the mill's rail crossing.
            Response: FIST 38/56 on the deck mat (33/56 last month)
            Staff in the water: one-on-one, me and her only.
            """,
            ["G82.22"], [PT("97112", 22)], []),

        // HACP, Colleen Gorny: single-leg stance seconds at chest depth "R 18 s, L 6 s"; step-and-hold, PNF D1 patterns, turbulence at the pelvis; L stance control and hip abductor recruitment; "one-on-one with her, her mother on the deck"; 22 min: passes.
        ["v5-h210-hacp-stance-seconds-right-and-left"] = new(
            """
            Harborcreek Adult CP Clinic · Hydro Pool Session
            Colleen Gorny, PT, DPT
            Client: 24-year-old with spastic hemiplegia on the left
            Caregiver: her mother on the deck
            In the water: one-on-one with her the whole session.
            97112 Neuromuscular re-ed — 22 min
            What we worked on: step-and-hold onto the left leg at the submerged step; PNF D1 patterns of the left leg at the rail; stance on the left while I made turbulence around the pelvis.
            Why: poor stance control on the left with weak, late hip abductor recruitment; her pelvis drops and she lurches on the beach sand at Presque Isle.
            How it went: single-leg stance at chest depth R 18 s, L 6 s
            """,
            ["G80.2"], [PT("97112", 22)], []),

        // CCPT, Jolene Futrell (PTA) 97110: sets, repetitions and loads (aqua dumbbells, cuff weights on land, deep-water cycling lengths); L knee and hip weakness after TKA: passes.
        ["v5-h210-ccpt-pta-97110-sets-reps-and-loads"] = new(
            """
            Calloway Creek Physical Therapy & Warm-Water Pool — Benton, KY
            Daily note (aquatic) — Jolene Futrell, PTA (supervising PT: Dana Kirtley, PT, DPT, ATRIC)
            Water 94°F · chest depth, then the deep well
            S: "Stairs at the VFW were easier."
            Pool work (97110, 16 min): squats at the rail holding foam aqua dumbbells 3×12; step-ups onto the submerged 8-inch step 3×10 leading with the left; deep-water cycling with the flotation belt 4 lengths; heel raises 3×15.
            Why: left quadriceps and hip extensor weakness after the total knee; she pulls herself up the VFW stairs by the rail.
            """,
            ["Z96.652", "M62.81"], [PTA("97110", 16)], []),

        // GVOR, Marisol Quijada 97116: waist-deep lane walking with lengths and yards, then the deck with a rolling walker in feet with assistance; R hip Trendelenburg and short left step after THA: passes.
        ["v5-h210-gvor-97116-lengths-yards-feet-and-assist"] = new(
            """
            GILA VALLEY ORTHOPAEDIC REHAB — POST-OP POOL NOTE
            Safford, AZ · Marisol Quijada, PT, DPT, OCS
            Surgery: R total hip (anterior), week 5
            Depth: ☒ waist ☐ chest ☐ xiphoid
            POOL then DECK — 97116 Gait training — 20 min
              gait training across the waist-deep lane with cues for a level pelvis and an even step length; then on the deck with the rolling walker, same cues
            Deficits: right Trendelenburg lurch with a short left step after the hip replacement
            Objective: 6 lengths of the lane, 150 yd in all, with stand-by assist · 250 ft on the deck with the rolling walker, contact guard → stand-by by the end
            """,
            ["Z96.641"], [PT("97116", 20)], []),

        // PWP, Lucinda Brailsford 97530: pool-ladder exit, sit-to-stand from the pool bench, carrying the kickboard bag up the ramp, with counts and assistance; hip and knee weakness with a fish-camp dock goal: passes.
        ["v5-h210-pwp-97530-counts-and-assist"] = new(
            """
            Palmetto Warm Pool — Edisto Joint-Friendly Aquatics
            PT session slip · Orangeburg, SC
            PT: Lucinda Brailsford, PT
            Session type: ☒ private (1:1) ☐ class
            Water: 90°, waist-deep
            Done (97530 — 20 min): climbing out by the pool ladder instead of the ramp; sit-to-stand from the pool bench in waist-deep water; carrying the kickboard bag up the ramp to the deck
            Problem: hip and knee weakness with the arthritis; goal to climb the ladder off her son's fish-camp dock this summer.
            Counts: ladder exit 3 of 3 with minimal assist · 10 sit-to-stands without hands · bag carried 30 ft with stand-by assist
            Changing room: not billed
            """,
            ["M16.0", "M17.0"], [PT("97530", 20)], []),

        // CCPT, Dana Kirtley: "Numbers: steadier at the deep rail than last week" and no number but the code and its minutes: measure missing; "one-on-one", turbulence perturbations, submerged-step stance eyes closed, heel-to-toe with head turns, L ankle proprioception present.
        ["v5-h210-ccpt-steadier-at-the-deep-rail"] = new(
            """
            Calloway Creek Physical Therapy & Warm-Water Pool — Benton, KY
            Daily note (aquatic) — Dana Kirtley, PT, DPT, ATRIC
            Warm water · xiphoid depth at the deep rail
            S: "The boat ramp didn't scare me this weekend."
            Pool work (97112, 22 min): turbulence perturbations at the deep rail; stance on the submerged step with eyes closed; heel-to-toe walking along the lane line with head turns.
            Who was there: one-on-one, nobody else in the pool.
            Why: left ankle proprioception reduced after the sprain; she rolls the ankle on the slick boat ramp.
            Numbers: steadier at the deep rail than last week
            """,
            ["S93.402D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // WNR, Caleb Thorsgard (PTA, PD): "Tests: deferred — ran long getting him out on the lift" and no number but the code and its minutes: measure missing; "one-to-one", large-amplitude stepping, backward perturbations, cued turns, retropulsion and freezing present.
        ["v5-h210-wnr-pta-pd-tests-deferred"] = new(
            """
            Moving Waters · Whitewater Neuro Rehab · Caledonia, MN
            Parkinson's & MS pool programme — session note
            Therapist: Caleb Thorsgard, PTA (supervising PT: Solveig Bratland, PT, NCS)
            Group: PD · medication ON
            Attendance: one-to-one with Mr. Ruen; his son on the deck.
            Block: 97112 Neuromuscular re-education — 23 min
              large-amplitude stepping to floor targets; turbulence perturbations from behind with a backward step to recover; turns at the pool wall on a clap cue
            Targets: retropulsion and freezing on turns; he backs into the barn door when he turns
            Tests: deferred — ran long getting him out on the lift
            """,
            ["G20.A1"], [PTA("97112", 23)], [At(Measure, "97112")]),

        // LTY, Heidi Brotz: "Numbers: not taken in the water" and no number but the code and its minutes: measure missing; "I had her to myself", submerged-foam stance eyes closed, rhythmic stabilisation, stepping over submerged steps, R ankle proprioception present.
        ["v5-h210-lty-numbers-not-taken-in-the-water"] = new(
            """
            Lakeshore Therapy @ the Manitowoc Family YMCA — therapy lane card
            Heidi Brotz, PT
            Water: warm pool · chest-deep at the therapy lane
            Who: I had her to myself in the therapy lane; lifeguard on the stand.
            97112 Neuromuscular re-ed — 22 min
             • stance on the submerged foam pad, eyes closed, head turns
             • rhythmic stabilization at the pelvis
             • stepping forward and back over the submerged steps on my call
            Problem: right ankle proprioception reduced after the fracture; she turns it on the breakwater's broken concrete.
            Numbers: not taken in the water
            """,
            ["S82.891D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // GVOR, Trent Alder (PTA) 97110: "dose: as tolerated" and no number but the code and its minutes: measure missing on the 97110; buoyancy-assisted and resisted shoulder work named, R shoulder weakness after the repair present.
        ["v5-h210-gvor-pta-97110-as-tolerated"] = new(
            """
            GILA VALLEY ORTHOPAEDIC REHAB — POST-OP POOL NOTE
            Safford, AZ · Trent Alder, PTA (supervising PT: Marisol Quijada, PT, DPT, OCS)
            Surgery: R rotator cuff repair · cleared for the pool
            Depth: ☐ waist ☒ chest ☐ xiphoid · Flotation: ☐ belt ☒ noodle ☐ cuffs
            POOL — 97110 Therapeutic exercise — 15 min
              buoyancy-assisted shoulder flexion and abduction with the noodle; buoyancy-resisted extension with hand paddles; wall walks at chest depth — dose: as tolerated
            Deficits: right shoulder flexion and abduction weakness after the repair; can't lift the saddle onto the horse.
            """,
            ["M75.121"], [PTA("97110", 15)], [At(Measure, "97110")]),

        // HACP, Terrence Wimbley (PTA) 97116: "walked the shallow end and back with the noodle" — no distance and no assistance level: measure missing on the 97116; gait training with cues, scissoring and crouch present.
        ["v5-h210-hacp-pta-97116-walked-the-shallow-end"] = new(
            """
            Harborcreek Adult CP Clinic · Hydro Pool Session
            Terrence Wimbley, PTA (supervising PT: Colleen Gorny, PT, DPT)
            Client: spastic diplegia; forearm crutches on land
            Caregiver: none today
            97116 Gait training — 17 min
            What we worked on: gait training in the shallow end — walked the shallow end and back with the noodle, cueing a wider step and straighter knees.
            Why: her legs scissor from the adductor tone and she walks in a crouch; she can't keep up with her friends on the beach path.
            How it went: better foot placement by the end.
            """,
            ["G80.1"], [PTA("97116", 17)], [At(Measure, "97116")]),

        // ---------------------------------------------------------------- class 6: minutes in the pool forms, true mismatches, truly missing separate time

        // GVOR, Marisol Quijada: "97112 Neuromuscular re-ed — 23 min (pool 15 + gym 8)" on a 23-minute line: the split sums to the line; step-downs and turbulence in the pool, rocker board in the gym; L knee proprioception; SLS and a count; "one-on-one ☒ yes": passes.
        ["v6-h210-gvor-split-pool-and-gym-with-total"] = new(
            """
            GILA VALLEY ORTHOPAEDIC REHAB — POST-OP POOL NOTE
            Safford, AZ · Marisol Quijada, PT, DPT, OCS
            Surgery: L total knee, week 8
            Depth: ☐ waist ☒ chest ☐ xiphoid · one-on-one ☒ yes ☐ no (pool and gym)
            97112 Neuromuscular re-ed — 23 min (pool 15 + gym 8)
              POOL: step-downs off the submerged step to a stick landing; single-leg stance on the left against turbulence
              GYM: rocker board squats; single-leg stance on the left on foam with ball catches
            Deficits: left knee proprioception and quadriceps timing after the replacement; the knee wobbles stepping off the mine bus.
            Objective: single-leg stance L on foam 12 s · 9 of 10 step-downs clean
            """,
            ["Z96.652"], [PT("97112", 23)], []),

        // CCPT, Dana Kirtley: "97112 neuromuscular re-ed: 14 min in the pool, 9 min on land" on a 23-minute line (no total written; the two sum to the line); turbulence, submerged-step stance, then foam and rocker on land; R ankle proprioception; SLS and a count; "one-on-one": passes.
        ["v6-h210-ccpt-pool-and-land-minutes-no-total"] = new(
            """
            Calloway Creek Physical Therapy & Warm-Water Pool — Benton, KY
            Daily note (aquatic) — Dana Kirtley, PT, DPT, ATRIC
            Water 94°F · chest depth
            S: "Ankle held on the gravel at the marina."
            97112 neuromuscular re-ed: 14 min in the pool, 9 min on land
            Pool work: turbulence perturbations in single-leg stance on the right; stance on the submerged step with eyes closed.
            Land work: rocker board front-back and side to side; foam stance with head turns.
            Who was there: one-on-one, start to finish.
            Why: right ankle proprioception reduced after the sprain; the ankle rolls on the marina gravel.
            Numbers: single-leg stance R 14 s on foam · 8 of 10 rocker holds to the count of five
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // OLPH, Britt Aaseby: "97112 … (pool) — 22 min" and "97110 … (land, gym) — 13 min" with "Changing / shower: 15 min with the aide — not billed" on lines 22 and 13: both codes complete (turbulence, submerged-step tandem, reactive stepping; step-ups, leg press, bridges with doses; L hip deficits), "☒ 1:1": passes.
        ["v6-h210-olph-pool-code-land-code-changing-not-billed"] = new(
            """
            OUR LADY OF THE PRAIRIE HOSPITAL — Outpatient Rehabilitation · Therapy Pool
            Williston, ND
            AQUATIC / LAND DAILY NOTE
            Therapist: Britt Aaseby, PT, DPT
            Pool 93 °F · station depth: chest
            Session location: ☒ Pool ☒ Land
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment:
              97112 Neuromuscular re-education (pool) — 22 min
              turbulence perturbations in single-leg stance on the left; tandem stance on the submerged step; reactive stepping when I switched the turbulence direction
              97110 Therapeutic exercise (land, gym) — 13 min
              step-ups onto a 6-inch step 3×10 leading with the left; leg press 70 lb 3×12; bridges with a band 3×12
            Impairment: left hip proprioception and abductor and extensor weakness after the total hip; the pelvis drops on the left climbing into the grain truck.
            Objective: single-leg stance L 9 s against turbulence · 7 of 10 reactive steps clean
            Changing / shower: 15 min with the aide — not billed
            """,
            ["Z96.642"], [PT("97112", 22), PT("97110", 13)], []),

        // LTY, Heidi Brotz: "97112 Neuromuscular re-ed — in the water 6:32, out 6:55 a.m." on a 23-minute line (an in-and-out clock on the code's line); submerged-foam stance eyes closed, turbulence perturbations, rhythmic stabilisation; somatosensory loss; SLS and a count; "I had him to myself": passes.
        ["v6-h210-lty-in-and-out-clock-on-the-code"] = new(
            """
            Lakeshore Therapy @ the Manitowoc Family YMCA — therapy lane card
            Heidi Brotz, PT
            Water: warm pool, 90 °F · chest-deep at the therapy lane
            Beside us: early lap swimmers, lanes 1–5
            Who: I had him to myself in the therapy lane.
            97112 Neuromuscular re-ed — in the water 6:32, out 6:55 a.m.
             • stance on the submerged foam pad, eyes closed
             • turbulence perturbations from behind and each side
             • rhythmic stabilization at the shoulders holding the noodle
            Problem: somatosensory loss in both feet after chemotherapy; he can't tell where his feet are on the shipyard's steel decking.
            Numbers: foam stance eyes closed 7 s · 8 of 10 perturbations held without a step
            """,
            ["G62.0", "R26.81"], [PT("97112", 23)], []),

        // WNR, Solveig Bratland (MS): "Neuromuscular re-education (97112): twenty-two minutes" on a 22-minute line (minutes in words); tandem with ball toss, turbulence perturbations, stepping over noodles; ataxia; tandem seconds and a count; "one-on-one": passes.
        ["v6-h210-wnr-ms-minutes-in-words"] = new(
            """
            Moving Waters · Whitewater Neuro Rehab · Caledonia, MN
            Parkinson's & MS pool programme — session note
            Therapist: Solveig Bratland, PT, NCS
            Group: MS · pool kept cool, 84 °F
            Attendance: one-on-one.
            Block: Neuromuscular re-education (97112): twenty-two minutes
              tandem stance with ball toss; turbulence perturbations from each side; stepping over floating noodles to floor targets
            Targets: ataxia of both legs with poor postural control; she grabs the pew ends walking up the church aisle
            Tests: tandem stance in the water 14 s · 8 of 10 noodle steps without touching one
            """,
            ["R27.0"], [PT("97112", 22)], []),

        // CSRP: three codes — PT 97112 pool 22 min, PT 97116 underwater treadmill 15 min, OT 97530 deck 12 min — on lines of 22, 15 and 12: each section complete (kneeling stabilisation and perturbations with FIST; treadmill gait with distance and assist; an OT's slide-board and towel tasks with counts and assist; deficits for each), one-on-one stated for the 97112: passes.
        ["v6-h210-csrp-three-codes-pt-and-ot"] = new(
            """
            COHUTTA SCI RECOVERY PROGRAM — AQUATIC SESSION
            Chatsworth, GA · Yolanda Birdsong, PT, DPT, NCS · Tamika Rhyne, OTR/L
            Entry: ceiling lift — not billed
            Session (billed):
             97112 Neuromuscular re-education (PT, pool) — 22 min: rhythmic stabilization in tall kneeling on the platform; turbulence perturbations front and back. One-on-one — just the two of us in the water.
             97116 Gait training (PT, underwater treadmill) — 15 min: gait training at xiphoid depth with cues for right heel strike and left toe clearance.
             97530 Therapeutic activities (OT, deck) — 12 min: slide-board transfer from the pool chair to the deck bench; drying his legs with a long-handled towel; pulling on his shorts seated on the bench.
            Targets: poor trunk postural control in kneeling; short right step with left toe drag; sitting balance and reach for self-care after the incomplete injury, goal to dress himself after the pool.
            Response: FIST 40/56 · treadmill 350 ft with minimal assist · 2 slide-board transfers with moderate assist, shorts on with minimal assist
            """,
            ["G82.22", "R26.89"], [PT("97112", 22), PT("97116", 15), OT("97530", 12)], []),

        // PWP: a PT's pool 97112 (22 min) and a PTA's land 97110 (14 min) on one visit, lines 22 and 14: both sections complete (tandem, disk stance, turbulence; sit-to-stands, step-ups, band work with doses; knee OA deficits), one-on-one stated for the pool block: passes.
        ["v6-h210-pwp-pt-pool-code-pta-land-code"] = new(
            """
            Palmetto Warm Pool — Edisto Joint-Friendly Aquatics
            PT session slip · Orangeburg, SC
            PT: Lucinda Brailsford, PT · PTA: Reggie Manigault, PTA
            Session type: ☒ private (1:1) ☐ class — the pool block with me, then the land block with Reggie
            Water: 90°, chest-deep
            Done:
              97112 (PT, pool) — 22 min: tandem walking along the lane rope; single-leg stance on the submerged foam disk; sidestepping against turbulence with quick stops
              97110 (PTA, land) — 14 min: sit-to-stands from a low chair 3×10; step-ups onto a 6-inch step 3×10; banded terminal knee extensions 3×15
            Problem: knee proprioception reduced and quadriceps weak in both legs with the osteoarthritis; she can't stand from the porch swing without pulling on the chain.
            Counts: disk stance R 8 s, L 7 s · tandem 13 steps without a side-step
            Changing room: not billed
            """,
            ["M17.0"], [PT("97112", 22), PTA("97110", 14)], []),

        // HACP, Colleen Gorny: a "Code · where · minutes" grid with 97112 on two rows (pool 16, land 8) and 97116 land 12 on lines 97112 24 and 97116 12: each code's rows sum to its line; both codes complete (PNF, step-and-hold, turbulence; crutch gait with distance and assist; motor control and crouch): "one-on-one": passes.
        ["v6-h210-hacp-grid-97112-on-two-rows"] = new(
            """
            Harborcreek Adult CP Clinic · Hydro Pool Session
            Colleen Gorny, PT, DPT
            Client: 30-year-old with spastic diplegia; forearm crutches on land
            Caregiver: his brother in the water, then on the deck
            In the water: one-on-one with him; no other client in the hydro pool or the gym.
            What we worked on: PNF D1 patterns of each leg at the rail; step-and-hold on the submerged step; stance against turbulence at the pelvis; then on land, standing weight shifts on foam with tapping over the glutes, and gait training with the forearm crutches in the hall cueing a longer step.
            Why: poor selective motor control of the hips and knees with late hip extension; crouch gait — he tires out on the way into the bowling alley.
            How it went: step-and-hold 7 of 10 without the rail · foam stance hands-free 9 s · crutch gait 300 ft with stand-by assist
            Code · where · minutes
              97112 · pool · 16
              97112 · land · 8
              97116 · land · 12
            """,
            ["G80.1"], [PT("97112", 24), PT("97116", 12)], []),

        // OLPH, Lonnie Holmgren (PTA): minutes written with a prime "97112 NMR (pool) 23′" and "97110 TE (land) 12′" on lines 23 and 12, depth in words: both codes complete (turbulence, submerged-step tandem, reactive stepping; leg press, step-ups, heel raises with doses; R knee deficits), "☒ 1:1": passes.
        ["v6-h210-olph-pta-minutes-with-a-prime"] = new(
            """
            OUR LADY OF THE PRAIRIE HOSPITAL — Outpatient Rehabilitation · Therapy Pool
            Williston, ND
            AQUATIC / LAND DAILY NOTE
            Therapist: Lonnie Holmgren, PTA (supervising PT: Britt Aaseby, PT, DPT)
            Pool warm · station depth: chest
            Session location: ☒ Pool ☒ Land
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment:
              97112 NMR (pool) 23′ — turbulence perturbations in single-leg stance on the right; tandem stance on the submerged step; reactive stepping on my call
              97110 TE (land) 12′ — leg press 60 lb 3×12; step-ups onto a 6-inch step 3×10; heel raises 3×15
            Impairment: right knee proprioception and quadriceps weakness after the ACL reconstruction; the knee gives on the rig's stairs.
            Objective: single-leg stance R 12 s against turbulence · 8 of 10 reactive steps clean
            """,
            ["S83.511D"], [PTA("97112", 23), PTA("97110", 12)], []),

        // GVOR, Marisol Quijada: "97112 Neuromuscular re-ed — 34 min (pool 22 + gym 12)" on a 22-minute line: the code's stated minutes differ by 12 — time mismatch; content complete ("one-on-one ☒ yes", step-downs, turbulence, rocker; knee proprioception; SLS and a count).
        ["v6-h210-gvor-split-totals-34-on-a-22-minute-line"] = new(
            """
            GILA VALLEY ORTHOPAEDIC REHAB — POST-OP POOL NOTE
            Safford, AZ · Marisol Quijada, PT, DPT, OCS
            Surgery: R total knee, week 9
            Depth: ☐ waist ☒ chest ☐ xiphoid · one-on-one ☒ yes ☐ no (pool and gym)
            97112 Neuromuscular re-ed — 34 min (pool 22 + gym 12)
              POOL: step-downs off the submerged step to a stick landing; stance on the right against turbulence
              GYM: rocker board squats; foam stance with ball catches
            Deficits: right knee proprioception and quadriceps timing after the replacement; the knee wobbles on Mount Graham's trail.
            Objective: single-leg stance R on foam 13 s · 9 of 10 step-downs clean
            """,
            ["Z96.651"], [PT("97112", 22)], [At(Mismatch, "97112")]),

        // CCPT, Dana Kirtley: "97112 … pool — 23 min" matching and "97110 … land — 25 min" on a 13-minute line: time mismatch on the 97110; both codes complete (turbulence, Bad Ragaz, submerged-step stance; step-ups, bridges, cuff abduction with doses; R hip deficits), "one-on-one".
        ["v6-h210-ccpt-land-97110-25-on-a-13-minute-line"] = new(
            """
            Calloway Creek Physical Therapy & Warm-Water Pool — Benton, KY
            Daily note (aquatic) — Dana Kirtley, PT, DPT, ATRIC
            Water 94°F · chest depth
            S: "Hip's only sore after the fish fry."
            Pool work (97112 neuromuscular re-ed, pool — 23 min): turbulence perturbations in single-leg stance on the right; Bad Ragaz hip patterns in float with stabilizing reversals; stance on the submerged step with eyes closed.
            Land work (97110 therapeutic exercise, land — 25 min): step-ups onto an 8-inch step 3×10; bridges 3×12; sidelying hip abduction with a 3 lb cuff 3×12.
            Who was there: one-on-one the whole visit.
            Why: right hip proprioception and abductor weakness after the total hip; he lists right carrying the fish-fry coolers.
            Numbers: single-leg stance R 11 s against turbulence · 7 of 10 eyes-closed stances on the step without a touch
            """,
            ["Z96.641"], [PT("97112", 23), PT("97110", 13)], [At(Mismatch, "97110")]),

        // LTY, Aaron Kinzel (PTA): "97112 Neuromuscular re-ed — 14 min pool + 10 min land = 24 min" on a 14-minute line (only the pool part billed): the code's stated minutes differ by 10 — time mismatch; content complete ("one-on-one", submerged foam, turbulence, foam and rocker on land; R ankle proprioception; SLS and a count).
        ["v6-h210-lty-pta-pool-plus-land-24-on-a-14-minute-line"] = new(
            """
            Lakeshore Therapy @ the Manitowoc Family YMCA — therapy lane card
            Aaron Kinzel, PTA (supervising PT: Heidi Brotz, PT)
            Water: warm pool, 90 °F · waist-deep at the therapy lane
            Who: one-on-one, pool and gym; lifeguard on the stand.
            97112 Neuromuscular re-ed — 14 min pool + 10 min land = 24 min
             • pool: stance on the submerged foam, eyes closed; turbulence perturbations
             • land: rocker board; foam stance with head turns
            Problem: right ankle proprioception reduced after the sprain; he rolls it on the ferry's ramp plates.
            Numbers: single-leg stance R 10 s on foam · 7 of 10 perturbations held
            """,
            ["S93.401D"], [PTA("97112", 14)], [At(Mismatch, "97112")]),

        // OLPH, Britt Aaseby: 97112 and 97116 blocks with no minutes of their own and only "Total timed in the pool: 36 min" on lines of 23 and 13: separate time missing; both blocks complete ("☒ 1:1", turbulence, tandem, reactive stepping with Berg; chest-deep gait training with distance and assist; L hemiparesis).
        ["v6-h210-olph-total-timed-in-the-pool-only"] = new(
            """
            OUR LADY OF THE PRAIRIE HOSPITAL — Outpatient Rehabilitation · Therapy Pool
            Williston, ND
            AQUATIC / LAND DAILY NOTE
            Therapist: Britt Aaseby, PT, DPT
            Pool 93 °F · station depth: chest
            Session location: ☒ Pool ☐ Land
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment:
              97112 Neuromuscular re-education (pool): turbulence perturbations toward the left; tandem stance on the submerged step; reactive stepping to the left on my call
              97116 Gait training (pool): gait training across the chest-deep station cueing left heel strike and a longer right step
            Total timed in the pool: 36 min
            Impairment: left hemiparesis with late stepping toward the left and a short left stance after the stroke.
            Objective: Berg 43/56 · pool gait 10 widths of the station with stand-by assist
            Changing / shower: with her husband in the family room — not billed
            """,
            ["I69.354"], [PT("97112", 23), PT("97116", 13)], [SepTime]),

        // CSRP, Yolanda Birdsong: "97112 … — 22 min" and "97116 Gait training (underwater treadmill) — ___ min" on lines of 22 and 14: separate time missing; both sections complete (one-on-one, kneeling stabilisation and perturbations with FIST; treadmill gait with distance and assist; trunk control and foot clearance).
        ["v6-h210-csrp-underwater-treadmill-minutes-blank"] = new(
            """
            COHUTTA SCI RECOVERY PROGRAM — AQUATIC SESSION
            Chatsworth, GA · Yolanda Birdsong, PT, DPT, NCS
            Entry: walk-in ramp with the rail — not billed
            Session (billed):
             97112 Neuromuscular re-education — 22 min: rhythmic stabilization in tall kneeling; turbulence perturbations front and back; half-kneel to stand with tapping over the glutes. Just the two of us in the water.
             97116 Gait training (underwater treadmill) — ___ min: gait training at chest depth cueing left toe clearance with the side camera on the monitor.
            Targets: poor trunk and hip postural control in kneeling; left toe drag in swing after the incomplete injury.
            Response: FIST 42/56 · treadmill 500 ft with stand-by assist
            """,
            ["G82.22", "R26.89"], [PT("97112", 22), PT("97116", 14)], [SepTime]),

        // WNR, Caleb Thorsgard (PTA, PD): 97112 and 97110 blocks with "minutes: see the flowsheet" and no minutes in the note, on lines of 22 and 13: separate time missing; both blocks complete ("one-on-one", large-amplitude stepping, perturbations with a pull test; aqua-jogging and squats with doses; retropulsion and leg weakness).
        ["v6-h210-wnr-pta-minutes-see-the-flowsheet"] = new(
            """
            Moving Waters · Whitewater Neuro Rehab · Caledonia, MN
            Parkinson's & MS pool programme — session note
            Therapist: Caleb Thorsgard, PTA (supervising PT: Solveig Bratland, PT, NCS)
            Group: PD · medication ON
            Attendance: one-on-one, both blocks.
            Block 97112 Neuromuscular re-education: large-amplitude stepping to floor targets; turbulence perturbations from behind; turns at the wall on a clap cue.
            Block 97110 Therapeutic exercise: aqua-jogging with the flotation belt 4 lengths; squats at the rail 3×12; heel raises 3×15.
            Minutes for both blocks: see the flowsheet.
            Targets: retropulsion and slowed postural reactions; leg weakness with quads and calves tiring — he can't climb the haymow ladder.
            Tests: pull test 3 steps to recover
            """,
            ["G20.A1"], [PTA("97112", 22), PTA("97110", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings per code, wholly generic notes

        // An empty note (the pool deck's tablet synced the visit before the note was typed) on a 97112 with a diagnosis: DOC_NOTE_MISSING on the line and nothing else.
        ["v7-h210-empty-note-97112"] = new(
            "",
            ["I69.354"], [PT("97112", 23)], [At(NoteMissing, "97112")]),

        // A note of line breaks and spaces only on a two-code visit (97112, 97116) with no diagnosis: note missing on each line and diagnosis missing.
        ["v7-h210-whitespace-only-97112-97116-no-dx"] = new(
            "\n   \n\t\n",
            [], [PT("97112", 22), PT("97116", 14)], [At(NoteMissing, "97112"), At(NoteMissing, "97116"), Dx]),

        // 97110's meaning on a GVOR PTA post-op hip pool note: buoyancy-resisted hip abduction and extension with cuff floats, marching, step-ups on the submerged step, squats at the rail (technique), doses (measure), L hip abductor and extensor weakness after THA with a goal (deficit); 17 min: passes.
        ["v7-h210-gvor-pta-97110-post-op-hip-pool"] = new(
            """
            GILA VALLEY ORTHOPAEDIC REHAB — POST-OP POOL NOTE
            Safford, AZ · Trent Alder, PTA (supervising PT: Marisol Quijada, PT, DPT, OCS)
            Surgery: L total hip (posterior), week 6 · hip precautions reviewed
            Depth: ☐ waist ☒ chest ☐ xiphoid · Flotation: ☐ belt ☐ noodle ☒ cuffs
            POOL — 97110 Therapeutic exercise — 17 min
              standing hip abduction and extension against the cuff floats 3×12 each; high-knee marching across the lane 4 widths; step-ups onto the submerged 8-inch step 3×10 leading with the left; squats at the rail to the precaution limit 3×10
            Deficits: left hip abductor and extensor weakness after the replacement; goal to climb into the horse trailer's tack room without the grab bar.
            """,
            ["Z96.642"], [PTA("97110", 17)], []),

        // 97110's meaning on a WNR MS note: deep-water running with the flotation belt, wall push-ups, heel raises, kick-board kicking (technique), lengths, sets and repetitions (measure), leg endurance and calf weakness with a goal (deficit); 15 min: passes.
        ["v7-h210-wnr-ms-97110-deep-water-running"] = new(
            """
            Moving Waters · Whitewater Neuro Rehab · Caledonia, MN
            Parkinson's & MS pool programme — session note
            Therapist: Solveig Bratland, PT, NCS
            Group: MS · pool kept cool, 84 °F
            Block: 97110 Therapeutic exercise — 15 min
              deep-water running with the flotation belt 6 lengths with a rest at each wall; wall push-ups at chest depth 3×10; heel raises 3×15; flutter kicks holding the kickboard 4 widths
            Targets: leg endurance and calf weakness — her legs give out before the end of the church's fellowship hall; goal to walk the whole Sunday coffee hour without sitting.
            """,
            ["R26.89", "M62.81"], [PT("97110", 15)], []),

        // 97530's meaning on a CSRP OT note: slide-board transfers pool chair to bench, reaching for floating rings from the bench, wringing and stowing the towel (technique), counts and assistance (measure), sitting balance and reach after the C6 injury with a goal (deficit); 20 min: passes.
        ["v7-h210-csrp-ot-97530-slide-board-and-bench-tasks"] = new(
            """
            COHUTTA SCI RECOVERY PROGRAM — AQUATIC SESSION
            Chatsworth, GA · Tamika Rhyne, OTR/L
            Entry: ceiling lift — not billed
            Session (billed): 97530 Therapeutic activities — 20 min
             slide-board transfers from the pool chair to the deck bench and back; from the bench, reaching out for floating rings and dropping them in a bucket; wringing out the towel with a tenodesis grasp and stowing it in the chair bag
            Targets: poor sitting balance and short reach after his C6 injury; goal to get himself from the pool chair to the bench and dried off without his brother.
            Response: 3 slide-board transfers with moderate assist (maximal last month) · 8 of 10 rings reached and dropped · towel stowed with set-up only
            """,
            ["G82.54"], [OT("97530", 20)], []),

        // 97140's meaning on an OLPH note after the pool: on the deck plinth, glenohumeral posterior and inferior glides grade III, scapular mobilisation, soft-tissue mobilisation to the posterior cuff (technique), R shoulder capsular stiffness (deficit), flexion and external-rotation degrees (measure); 12 min: passes.
        ["v7-h210-olph-97140-shoulder-on-the-deck-plinth"] = new(
            """
            OUR LADY OF THE PRAIRIE HOSPITAL — Outpatient Rehabilitation · Therapy Pool
            Williston, ND
            AQUATIC / LAND DAILY NOTE
            Therapist: Britt Aaseby, PT, DPT
            Session location: ☐ Pool ☒ Land (deck plinth, after her open swim)
            Treatment:
              97140 Manual therapy — 12 min
              glenohumeral posterior and inferior glides grade III, scapular upward-rotation mobilization in sidelying, soft-tissue mobilization to the posterior cuff and teres minor
            Impairment: right shoulder capsular stiffness after the proximal humerus fracture; she can't reach up to hang her towel in the locker.
            Objective: flexion 118° → 129° and external rotation 32° → 40° after the glides
            """,
            ["S42.201D", "M25.611"], [PT("97140", 12)], []),

        // 97116's meaning on an HACP note: gait training on the underwater treadmill with a mirror and cues for heel strike and step width, then the hall with crutches (technique), crouch and toe walking on the right (deficit), distance, speed and assistance (measure); 19 min: passes.
        ["v7-h210-hacp-97116-underwater-treadmill"] = new(
            """
            Harborcreek Adult CP Clinic · Hydro Pool Session
            Colleen Gorny, PT, DPT
            Client: 22-year-old with spastic hemiplegia on the right
            Caregiver: her foster mom on the deck
            97116 Gait training — 19 min
            What we worked on: gait training on the underwater treadmill at chest depth with the mirror in front, cueing right heel strike and an even step width; then in the hall with her forearm crutches, same cues.
            Why: she toe-walks on the right and crouches in stance; she trips on the bus steps to the day programme.
            How it went: treadmill 420 ft at 1.1 mph with stand-by assist; heel strike on the right 14 of 20 steps · hall 200 ft with the crutches, supervision
            """,
            ["G80.2"], [PT("97116", 19)], []),

        // LTY, Aaron Kinzel (PTA): "Aquatic balance exercises. Tolerated well. Continue POC." with "Problem: —", "Numbers: —" and no word of attendance — wholly generic, and one-on-one never stated.
        ["v7-h210-lty-pta-aquatic-balance-exercises-generic"] = new(
            """
            Lakeshore Therapy @ the Manitowoc Family YMCA — therapy lane card
            Aaron Kinzel, PTA (supervising PT: Heidi Brotz, PT)
            Water: warm pool · waist-deep at the therapy lane
            97112 Neuromuscular re-ed — 22 min
             • Aquatic balance exercises.
            Problem: —
            Numbers: —
            Tolerated well. Continue POC.
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // OLPH, Lonnie Holmgren (PTA): "☒ 1:1" and "balance and coordination exercises in the pool. Pt tolerated session well." with "Impairment: —" and "Objective: —" — wholly generic, one-on-one stated.
        ["v7-h210-olph-pta-balance-and-coordination-under-1on1-box"] = new(
            """
            OUR LADY OF THE PRAIRIE HOSPITAL — Outpatient Rehabilitation · Therapy Pool
            Williston, ND
            AQUATIC / LAND DAILY NOTE
            Therapist: Lonnie Holmgren, PTA (supervising PT: Britt Aaseby, PT, DPT)
            Pool warm · station depth: waist
            Session location: ☒ Pool ☐ Land
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment:
              97112 Neuromuscular re-education (pool) — 23 min
              Balance and coordination exercises in the pool. Pt tolerated session well.
            Impairment: —
            Objective: —
            Plan: continue plan of care.
            """,
            ["R26.81"], [PTA("97112", 23)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // PWP, Reggie Manigault (PTA) 97110: "Done (97110 — 15 min): pool exercises per protocol. Tolerated well." with "Problem: per plan" and "Counts: —" — wholly generic.
        ["v7-h210-pwp-pta-97110-pool-exercises-per-protocol"] = new(
            """
            Palmetto Warm Pool — Edisto Joint-Friendly Aquatics
            PT session slip · Orangeburg, SC
            PTA: Reggie Manigault, PTA (supervising PT: Lucinda Brailsford, PT)
            Session type: ☒ private (one-on-one) ☐ class
            Water: warm, waist-deep
            Done (97110 — 15 min): pool exercises per protocol. Tolerated well.
            Problem: per plan
            Counts: —
            Changing room: not billed
            """,
            ["M62.81"], [PTA("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // CCPT, Jolene Futrell (PTA) 97530: "Pool work (97530, 20 min): functional activities in the pool. Tolerated, continue plan." with "Why: —" and "Numbers: —" — wholly generic.
        ["v7-h210-ccpt-pta-97530-functional-activities-in-the-pool"] = new(
            """
            Calloway Creek Physical Therapy & Warm-Water Pool — Benton, KY
            Daily note (aquatic) — Jolene Futrell, PTA (supervising PT: Dana Kirtley, PT, DPT, ATRIC)
            Warm water · chest depth
            S: "Doing okay."
            Pool work (97530, 20 min): functional activities in the pool. Tolerated, continue plan.
            Why: —
            Numbers: —
            """,
            ["M62.81"], [PTA("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary: complete notes a reviewer passes, and two with no diagnosis

        // OLPH, Britt Aaseby: pool 97112 (22) and land 97116 (14), each complete ("☒ 1:1", turbulence, Bad Ragaz, submerged-step tandem with Berg; quad-cane gait with distance and assist; L hemiparesis): passes.
        ["vord-h210-olph-pool-97112-land-97116"] = new(
            """
            OUR LADY OF THE PRAIRIE HOSPITAL — Outpatient Rehabilitation · Therapy Pool
            Williston, ND
            AQUATIC / LAND DAILY NOTE
            Therapist: Britt Aaseby, PT, DPT
            Pool 93 °F · station depth: chest
            Session location: ☒ Pool ☒ Land
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Technique: ☒ Bad Ragaz ring method ☒ turbulence perturbation ☐ Halliwick ☐ Ai Chi
            Treatment:
              97112 Neuromuscular re-education (pool) — 22 min
              Bad Ragaz PNF D1 patterns of the left leg in float; standing turbulence perturbations toward the left; tandem stance on the submerged step.
              97116 Gait training (land) — 14 min
              gait training with the quad cane in the rehab hallway and on the ramp to the pool, cueing left heel strike and a longer right step.
            Impairment: left hemiparesis with late hip and ankle strategies toward the left and a short left stance after the stroke.
            Objective: Berg 41/56 · 6 of 10 perturbations toward the left held · hallway 250 ft with the quad cane, stand-by assist; ramp with contact guard
            Changing / shower: pool aide — not billed
            """,
            ["I69.354", "R26.89"], [PT("97112", 22), PT("97116", 14)], []),

        // CCPT, Dana Kirtley: pool 97112 (23) and land 97140 (10) with "Watsu float to finish — not billed", each complete (turbulence, submerged-step stance, step-and-stick with SLS; tibiofemoral glides and patellar mobs with flexion degrees; R knee deficits), "one-on-one": passes.
        ["vord-h210-ccpt-97112-97140-watsu-not-billed"] = new(
            """
            Calloway Creek Physical Therapy & Warm-Water Pool — Benton, KY
            Daily note (aquatic) — Dana Kirtley, PT, DPT, ATRIC
            Water 94°F · chest depth
            S: "Knee bends better getting into the truck."
            Pool work (97112, 23 min): turbulence perturbations in single-leg stance on the right; stance on the submerged step with eyes closed; step-and-stick off the submerged step onto the right.
            Land work (97140, 10 min): tibiofemoral posterior glides grade III in flexion, patellar mobilizations in all directions, soft-tissue mobilization to the lateral retinaculum.
            Watsu float to finish — not billed.
            Who was there: one-on-one, just the two of us, pool and plinth.
            Why: right knee proprioception and quadriceps timing after the total knee, and right knee flexion stiffness.
            Numbers: single-leg stance R 13 s against turbulence · 8 of 10 step-and-sticks held · knee flexion 101° → 109° after the glides
            """,
            ["Z96.651", "M25.661"], [PT("97112", 23), PT("97140", 10)], []),

        // LTY, Aaron Kinzel (PTA): 97112 (23) and 97110 (12) beside the Silver Waves class in lanes 1–3, each complete ("one-on-one in the therapy lane", submerged foam, turbulence, rhythmic stabilisation with SLS; squats, step-ups, noodle kicks with doses; L knee deficits): passes.
        ["vord-h210-lty-pta-97112-97110-class-alongside"] = new(
            """
            Lakeshore Therapy @ the Manitowoc Family YMCA — therapy lane card
            Aaron Kinzel, PTA (supervising PT: Heidi Brotz, PT)
            Water: warm pool, 90 °F · chest-deep at the therapy lane
            Beside us: Silver Waves class in lanes 1–3 with the Y instructor
            Who: one-on-one in the therapy lane; the class isn't ours.
            97112 Neuromuscular re-ed — 23 min
             • stance on the submerged foam pad with head turns
             • turbulence perturbations standing on the left
             • rhythmic stabilization at the pelvis
            97110 Therapeutic exercise — 12 min
             • squats at the rail 3×12
             • step-ups onto the submerged step 3×10 leading with the left
             • noodle-assisted flutter kicks 4 widths
            Problem: left knee proprioception and quadriceps weakness after the meniscus repair; the knee gives stepping off the car ferry.
            Numbers: single-leg stance L 11 s on the foam · 7 of 10 perturbations held
            Lifeguard on the stand.
            """,
            ["S83.212D"], [PTA("97112", 23), PTA("97110", 12)], []),

        // CSRP, Yolanda Birdsong: a single 97112 (23) with "Lift in and out, drying and dressing: 15 min — not billed"; kneeling and standing stabilisation, turbulence perturbations, tapping; hip recruitment and postural control; kneeling seconds and FIST; "one-on-one": passes.
        ["vord-h210-csrp-97112-lift-and-dressing-not-billed"] = new(
            """
            COHUTTA SCI RECOVERY PROGRAM — AQUATIC SESSION
            Chatsworth, GA · Yolanda Birdsong, PT, DPT, NCS
            Injury: T12 incomplete (AIS D)
            Flotation: belt
            Session (billed): 97112 Neuromuscular re-education — 23 min
             rhythmic stabilization in tall kneeling and then standing at the wall; turbulence perturbations front and back; stance on each leg at the wall with tapping over the gluteus medius.
            Targets: late hip extensor and abductor recruitment with poor standing postural control; she grabs the counter turning at the carpet mill's break room.
            Response: stood hands-free 25 s against turbulence · FIST 50/56
            Staff in the water: one-on-one; the aide ran the lift.
            Lift in and out, drying and dressing: 15 min — not billed
            """,
            ["G82.22"], [PT("97112", 23)], []),

        // WNR, Solveig Bratland (PD): pool 97112 (22) and land 97116 (13), each complete ("one-on-one", large-amplitude stepping, perturbations, cued turns with a pull test; gait training with a metronome on land with distance and assist; freezing and shuffling): passes.
        ["vord-h210-wnr-pd-97112-pool-97116-land"] = new(
            """
            Moving Waters · Whitewater Neuro Rehab · Caledonia, MN
            Parkinson's & MS pool programme — session note
            Therapist: Solveig Bratland, PT, NCS
            Group: PD · Meds: ☒ ON ☐ OFF · Attendance: ☒ 1:1 ☐ group
            Pool: waist-deep end, 88 °F
            Block 97112 Neuromuscular re-education (pool) — 22 min: large-amplitude stepping on a floor grid; turbulence perturbations from behind; turns to each wall on a clap cue.
            Block 97116 Gait training (land) — 13 min: gait training in the gym with a metronome cue for step length, through the doorway and around cones.
            Targets: retropulsion and slowed postural reactions; shuffling steps and freezing in doorways.
            Tests: pull test 3 steps · gait 300 ft with the metronome, stand-by assist, 1 freeze at the doorway (4 last week)
            """,
            ["G20.A1"], [PT("97112", 22), PT("97116", 13)], []),

        // GVOR, Corinne Udall (OT) 97110: buoyancy-assisted elevation with a float, buoyancy-resisted rotation with paddles, wall slides, with doses; R shoulder weakness after arthroplasty with a goal: passes.
        ["vord-h210-gvor-ot-97110-shoulder-pool"] = new(
            """
            GILA VALLEY ORTHOPAEDIC REHAB — POST-OP POOL NOTE
            Safford, AZ · Corinne Udall, OTR/L
            Surgery: R reverse total shoulder, week 10 · cleared for the pool
            Depth: ☐ waist ☒ chest ☐ xiphoid · Flotation: ☐ belt ☒ noodle ☐ cuffs
            POOL — 97110 Therapeutic exercise — 15 min
              buoyancy-assisted forward elevation and scaption with a float under the right hand 3×12; buoyancy-resisted internal and external rotation with hand paddles 3×10; wall slides at chest depth 2×10
            Deficits: right shoulder elevation and rotation weakness after the arthroplasty; goal to wash and brush her hair with the right arm.
            """,
            ["Z96.611"], [OT("97110", 15)], []),

        // HACP, Colleen Gorny: pool 97112 (22) and land 97110 (12), each complete ("one-on-one", rhythmic stabilisation, PNF, perturbations with counts; sit-to-stands, bridges, side-steps with doses; trunk and hip deficits), caregiver in the water: passes.
        ["vord-h210-hacp-97112-97110-caregiver-in-water"] = new(
            """
            Harborcreek Adult CP Clinic · Hydro Pool Session
            Colleen Gorny, PT, DPT
            Client: 35-year-old with spastic diplegia; walker on land
            Caregiver: his mother in the water holding the kickboard
            In the water: one-on-one with him; no other client booked.
            What we worked on:
              97112 Neuromuscular re-ed (pool) — 22 min: rhythmic stabilization in tall kneeling; PNF D2 patterns of each leg at the rail; stance against turbulence at the pelvis.
              97110 Therapeutic exercise (land) — 12 min: sit-to-stands from a mat table 3×10; bridges 3×12; banded side-steps 3 laps of the mat.
            Why: poor trunk control and late hip extension with weak hip extensors and abductors; he can't stand long enough to bowl a frame.
            How it went: tall kneeling 35 s hands-free · 6 of 10 stances held against turbulence
            """,
            ["G80.1"], [PT("97112", 22), PT("97110", 12)], []),

        // PWP, Lucinda Brailsford: a single 97112 (23), "private — just her and me at the deep end while the Joint-Friendly class ran in the shallow half with its own leader"; tandem, disk stance, turbulence; hip proprioception; counts; "Tolerated well" beside the specifics: passes.
        ["vord-h210-pwp-97112-class-in-the-shallow-half"] = new(
            """
            Palmetto Warm Pool — Edisto Joint-Friendly Aquatics
            PT session slip · Orangeburg, SC
            PT: Lucinda Brailsford, PT
            Session type: ☒ private (1:1) ☐ class — just her and me at the deep end while the Joint-Friendly class ran in the shallow half with its own leader
            Water: 90°, chest-deep
            Done (97112 — 23 min): tandem walking along the lane rope with head turns; single-leg stance on the submerged foam disk with ball toss; sidestepping against turbulence with sudden stops. Tolerated well.
            Problem: reduced hip and knee proprioception with the arthritis; she misses the step down off the porch swing.
            Counts: tandem 15 steps without a side-step · disk stance R 11 s, L 9 s
            Changing room: not billed
            """,
            ["M16.0", "R26.81"], [PT("97112", 23)], []),

        // OLPH, Lonnie Holmgren (PTA): land 97110 (13) and 97530 (15) after a pool day, each complete (leg press, step-ups, bridges with doses; pool-ladder and bench transfers with counts and assist; R knee weakness and a goal): passes.
        ["vord-h210-olph-pta-97110-97530-land-day"] = new(
            """
            OUR LADY OF THE PRAIRIE HOSPITAL — Outpatient Rehabilitation · Therapy Pool
            Williston, ND
            AQUATIC / LAND DAILY NOTE
            Therapist: Lonnie Holmgren, PTA (supervising PT: Britt Aaseby, PT, DPT)
            Session location: ☐ Pool ☒ Land (pool days are Mondays)
            Treatment:
              97110 Therapeutic exercise — 13 min
              leg press 80 lb 3×12; step-ups onto an 8-inch step 3×10; bridges 3×15
              97530 Therapeutic activities — 15 min
              climbing the practice pool ladder bolted to the gym wall 4 times; sit-to-stand from the deck bench without hands 10 times; carrying his swim bag up the ramp 2 trips
            Impairment: right quadriceps and hip extensor weakness after the tibial plateau fracture; goal to climb out of the pool by the ladder at the rec center.
            Objective: ladder 4 of 4 with stand-by assist · bench sit-to-stands 10 without hands
            """,
            ["S82.141D"], [PTA("97110", 13), PTA("97530", 15)], []),

        // CCPT, Jolene Futrell (PTA) 97116: underwater-treadmill gait training with cues, distance, speed and assistance; antalgic gait with a short L stance after the ankle fracture: passes.
        ["vord-h210-ccpt-pta-97116-underwater-treadmill"] = new(
            """
            Calloway Creek Physical Therapy & Warm-Water Pool — Benton, KY
            Daily note (aquatic) — Jolene Futrell, PTA (supervising PT: Dana Kirtley, PT, DPT, ATRIC)
            Water 94°F · underwater treadmill at chest depth
            S: "Only limping by the end of the day now."
            Pool work (97116, 18 min): gait training on the underwater treadmill cueing an even step length and push-off through the left forefoot; then backward walking on the belt.
            Why: antalgic gait with a short left stance and no push-off after the ankle fracture.
            Numbers: 700 ft at 1.5 mph, independent after the first lap; backward 150 ft with stand-by assist
            """,
            ["S82.852D"], [PTA("97116", 18)], []),

        // WNR, Solveig Bratland (MS): a single 97112 (22) in the cool pool, "just her and me"; Ai Chi forms beside perturbations and eyes-closed tandem; ataxia; tandem and Mini-BESTest; "tolerated well, continue POC" beside the specifics: passes.
        ["vord-h210-wnr-ms-97112-cool-pool"] = new(
            """
            Moving Waters · Whitewater Neuro Rehab · Caledonia, MN
            Parkinson's & MS pool programme — session note
            Therapist: Solveig Bratland, PT, NCS
            Group: MS · pool kept cool, 84 °F
            Attendance: just her and me for the block.
            Block: 97112 Neuromuscular re-education — 22 min
              Ai Chi forms in stride stance; turbulence perturbations from each side; tandem stance with eyes closed at the wall
            Targets: ataxia with late postural corrections; she sways into the snowmobile trailer loading it
            Tests: tandem eyes closed 8 s · Mini-BESTest 20/28
            Tolerated well, continue POC.
            """,
            ["R27.0", "R26.81"], [PT("97112", 22)], []),

        // GVOR, Marisol Quijada: three codes — pool 97112 (20), pool 97110 (13), deck 97140 (10) — each complete ("one-on-one ☒ yes", step-and-stick, turbulence, SLS; cuff-float hip work with doses; hip mobilisation with degrees; L hip deficits): passes.
        ["vord-h210-gvor-three-codes-hip"] = new(
            """
            GILA VALLEY ORTHOPAEDIC REHAB — POST-OP POOL NOTE
            Safford, AZ · Marisol Quijada, PT, DPT, OCS
            Surgery: L total hip (anterior), week 7
            Depth: ☐ waist ☒ chest ☐ xiphoid · Flotation: ☐ belt ☐ noodle ☒ cuffs · one-on-one ☒ yes ☐ no
            POOL — 97112 Neuromuscular re-ed — 20 min
              step-and-stick onto the left off the submerged step; stance on the left against turbulence; single-leg stance on the submerged foam with head turns
            POOL — 97110 Therapeutic exercise — 13 min
              hip abduction and extension against the cuff floats 3×12; marching across the lane 4 widths; squats at the rail 3×10
            DECK / GYM — 97140 Manual therapy — 10 min
              long-axis distraction and posterior hip glides grade III on the deck plinth; soft-tissue mobilization to the TFL
            Deficits: left hip proprioception and abductor weakness after the replacement, with hip extension stiffness
            Objective: single-leg stance L 10 s on the foam · 8 of 10 step-and-sticks · hip extension −5° → 5° after the glides
            """,
            ["Z96.642", "M25.652"], [PT("97112", 20), PT("97110", 13), PT("97140", 10)], []),

        // LTY, Heidi Brotz 97530: getting in and out of the pool by the ladder, kneeling to standing from the pool floor's shallow step, a boat-boarding mock-up at the pool edge, with counts and assistance; L knee weakness with a fishing-boat goal: passes.
        ["vord-h210-lty-97530-boat-boarding-mock-up"] = new(
            """
            Lakeshore Therapy @ the Manitowoc Family YMCA — therapy lane card
            Heidi Brotz, PT
            Water: warm pool, 90 °F · waist-deep at the ladder
            97530 Therapeutic activities — 20 min
             • out of the pool by the ladder and back in
             • stepping from the pool edge down onto the submerged bench and back up, as if boarding his fishing boat from the dock
             • half-kneel to standing at the edge
            Problem: left knee weakness after the patellar tendon repair; goal to get in and out of his fishing boat at the Manitowoc marina by himself.
            Numbers: ladder 3 of 3 with stand-by assist · edge-to-bench 6 times with contact guard · half-kneel to stand 5 times with one hand on the edge
            """,
            ["S76.112D"], [PT("97530", 20)], []),

        // CSRP: an OT's 97112 (22) and a PT's 97116 (15) on one visit, each complete (one-on-one for the OT's block, arm recruitment with tapping and reach cm; underwater-treadmill gait with distance and assist; C7 and gait deficits): passes.
        ["vord-h210-csrp-ot-97112-pt-97116"] = new(
            """
            COHUTTA SCI RECOVERY PROGRAM — AQUATIC SESSION
            Chatsworth, GA · Tamika Rhyne, OTR/L · Yolanda Birdsong, PT, DPT, NCS
            Entry: ceiling lift — not billed
            Session (billed):
             97112 Neuromuscular re-education (OT, pool) — 22 min: reaching across midline on the pool bench with the water assisting, tapping over the triceps; weight bearing through extended arms on the submerged step with rhythmic stabilization. OT in the water with him only.
             97116 Gait training (PT, underwater treadmill) — 15 min: gait training at xiphoid depth with cues for a longer left step and right toe clearance.
            Targets: weak triceps recruitment and poor sitting control after the incomplete C7 injury; right toe drag and a short left step.
            Response: forward reach 34 cm on the bench · treadmill 300 ft with minimal assist
            """,
            ["G82.54", "R26.89"], [OT("97112", 22), PT("97116", 15)], []),

        // HACP, Terrence Wimbley (PTA): 97116 (16) and 97110 (12), each complete (chest-deep gait training with cues, distance and assist; squats, step-ups, bridges with doses; crouch and weak hip extensors): passes.
        ["vord-h210-hacp-pta-97116-97110"] = new(
            """
            Harborcreek Adult CP Clinic · Hydro Pool Session
            Terrence Wimbley, PTA (supervising PT: Colleen Gorny, PT, DPT)
            Client: 28-year-old with spastic diplegia; forearm crutches on land
            Caregiver: the day-programme aide on the deck
            97116 Gait training — 16 min: gait training across the chest-deep end with cues for straighter knees and a heel-first step.
            97110 Therapeutic exercise — 12 min: squats at the rail 3×10; step-ups onto the submerged step 3×8; bridges on the deck mat 3×12.
            Why: crouch gait with weak hip and knee extensors; he can't climb the bus steps to the day programme without a push.
            How it went: 10 widths of the pool with stand-by assist; heel-first on most steps by the end
            """,
            ["G80.1"], [PTA("97116", 16), PTA("97110", 12)], []),

        // PWP, Reggie Manigault (PTA): a complete 97110 (seated cuff-float knee extension, wall heel raises, marching; quad weakness with OA; doses) sent with no diagnosis: diagnosis missing only.
        ["vord-h210-pwp-pta-complete-97110-no-diagnosis"] = new(
            """
            Palmetto Warm Pool — Edisto Joint-Friendly Aquatics
            PT session slip · Orangeburg, SC
            PTA: Reggie Manigault, PTA (supervising PT: Lucinda Brailsford, PT)
            Session type: ☒ private (1:1) ☐ class
            Water: 90°, waist-deep
            Done (97110 — 14 min): seated knee extension against cuff floats 3×12 each leg; heel raises at the wall 3×15; high-knee marching 4 widths
            Problem: quadriceps weakness in both legs with the knee arthritis; she can't rise from the pew without a push.
            Changing room: not billed
            """,
            [], [PTA("97110", 14)], [Dx]),

        // OLPH, Britt Aaseby: a complete 97112 ("☒ 1:1", turbulence perturbations, submerged-step tandem, reactive stepping; vestibular hypofunction; DGI and a count) sent with no diagnosis: diagnosis missing only.
        ["vord-h210-olph-complete-97112-no-diagnosis"] = new(
            """
            OUR LADY OF THE PRAIRIE HOSPITAL — Outpatient Rehabilitation · Therapy Pool
            Williston, ND
            AQUATIC / LAND DAILY NOTE
            Therapist: Britt Aaseby, PT, DPT
            Pool 93 °F · station depth: waist
            Session location: ☒ Pool ☐ Land
            Attendance: ☒ 1:1 ☐ Concurrent ☐ Group
            Treatment:
              97112 Neuromuscular re-education (pool) — 22 min
              gaze stabilization x1 with a target on the wall while I made turbulence; tandem stance on the submerged step with head turns; reactive stepping on my call
            Impairment: left vestibular hypofunction; the horizon swims when he turns his head on the rig floor.
            Objective: DGI 18/24 on the deck · 7 of 10 reactive steps clean
            """,
            [], [PT("97112", 22)], [Dx]),

    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
