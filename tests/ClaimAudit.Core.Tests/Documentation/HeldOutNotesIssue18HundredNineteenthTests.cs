using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-nineteenth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review) who
/// had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// The set (written 2026-12-07, the nineteenth session) is the next week of the clinics and writers of the
/// hundred-and-eleventh to hundred-and-eighteenth sets, in the styles the analyzer has already seen and with notes it has
/// not: new patients, new days and new wording inside the same templates — notes damaged by encodings and word
/// processors, today's work against recaps, plans and what was only meant, outlines and numbered forms, messaging
/// threads and time-stamped logs, compressed slash and parenthesis notation, pertinent negatives and screens, and long
/// narratives with digressions — about two thirds ordinary and complete (70 of 107), single- and multi-code
/// visits (97110, 97112, 97116, 97140, 97530, up to three in a visit, a PT's and a PTA's code and a PT's and an OT's
/// code on one visit), by PTs, PTAs and OTs, from twelve of those employers:
/// <list type="number">
/// <item>Blackstone Valley General Hospital — Outpatient Rehabilitation (BVGH: Woonsocket, whose notes arrive encoded
/// twice, and Lincoln and North Smithfield, encoded once; "Service: / Delivery: / Treatment: / Deficit(s): / Objective:"
/// lines with Ã¢â‚¬â€œ and â€“ where the dashes were): AmÃƒÂ©lie Boisvert (PT, DPT), Marc-AndrÃ© LÃ©vesque (PT),
/// Joanne Brodeur (PTA) and HÃ©lÃ¨ne Charpentier (OTR/L); a retired jewellery-plant polisher, a woman who walks to
/// St. Ann's, a Cumberland farm-stand owner and Mr. Gagnon, who cancelled;</item>
/// <item>Milwaukee River Physical Therapy (MRPT: West Bend and Jackson, Wisconsin), Word notes pasted with curly quotes,
/// non-breaking hyphens, Symbol-font bullets, tracked changes "[deleted: …] [inserted: …]" and the owner's "[Comment
/// JS1: …]" bubbles: Janelle Stoeckel (PT, DPT), Owen Wierzbicki (PT), Rita Fiorentino (PTA) and Bea Mattson (OTR/L); a
/// cheese-plant forklift driver, a woman who bowls Tuesday nights, a deer-stand builder and Mrs. Kohler, who rescheduled;</item>
/// <item>Huron Valley University Hospital — Outpatient Neuro Rehabilitation (HVUH: Briarwood in Ann Arbor, Ypsilanti and
/// Chelsea, Michigan), "PREVIOUS SESSION (date):", "TODAY'S SESSION:", "PLAN NEXT SESSION:" and "POC GOALS:": Priya
/// Raman (PT, DPT, NCS), Jonah Feld (PT, DPT, with a DPT student), Keisha Boateng (PTA) and Miriam Castellanos (OTR/L);
/// a retired bus mechanic with Parkinson's disease, a cellist, a woman who walks the Arb and a home-health PT's
/// report;</item>
/// <item>Suncoast Senior Therapy Partners (SSTP: Port Charlotte, Venice and North Port, Florida), the "MA Review-Ready
/// Note v3" of "Q: … A: …" pairs, "☐ Yes ☐ No" boxes and "A: ______" blanks: Denise Albright (PT), Omar Haddad (PT,
/// DPT), Tracy Nguyen (PTA) and Lorraine Pike (OTR/L); a pickleball player, a man who fishes off the Venice pier, a
/// golf-cart driver and a granddaughter;</item>
/// <item>Tri-Rivers Health Outpatient Rehabilitation (TRH: Huntington, West Virginia, Ironton, Ohio and Ashland,
/// Kentucky), policy RH-DOC-07's Roman-numeral outline with lettered and numbered items, "[ ] Individual [ ] Concurrent
/// [ ] Group" rows and "Intervention 1 of 2" lines: Marisol Queen (PT, DPT, NCS), Dwight Fultz (PT), Tamara Click (PTA)
/// and Renee Adkins (OTR/L); a lock-and-dam tender, a retired glass-plant cutter and a Marshall groundskeeper;</item>
/// <item>StrideLine Physical Therapy (SLPT: Tucson, Sierra Vista and Nogales, Arizona), "SL Daily Note Form 12" with
/// numbered fields ("05 CPT", "06 Minutes", "09 Technique", "10 Deficit", "11 Measure", "12 Delivery", "05a/06a")
/// and "____" blanks: Lorenzo Ybarra (PT), Priya Venkataraman (PT, DPT), Kimberly Hatch (PTA) and Dolores Pacheco
/// (OTR/L); a Fort Huachuca retiree, a date-palm worker and a woman who makes tortillas on the comal;</item>
/// <item>Kettle River Physical Therapy (KRPT: Hinckley, Moose Lake and Sandstone, Minnesota), "CareText" threads pasted
/// under the billing line with "[10:42 AM]" stamps, "&gt;" quotes and "Sent from my iPhone": Maren Hautala (PT, DPT),
/// Aaron Kivi (PT), Kayla Rask and Josh Pelto (PTAs); a musher, a woman who slipped on the casino parking ramp
/// and a son in the lobby;</item>
/// <item>Tuscarawas Valley Medical Center — Outpatient Therapy (TVMC: New Philadelphia, Dover and Sugarcreek, Ohio),
/// the EMR activity log with a clock time on every line, "97112 timer started / stopped — 22 min" and "(not
/// documented)": Renee Stutzman (PT), Tom Gerber (PT), Ben Oyelaran (PTA) and Sara Hochstetler (OTR/L); an Amish
/// harness maker, a woman who quilts for the Sugarcreek auction, a son translating Pennsylvania Dutch and a buggy
/// step;</item>
/// <item>Cape Fear Neuro Recovery (CFNR: Wilmington, Leland and Southport, North Carolina), every value in parentheses,
/// "NMR (97112)(1:1)(23')", "(Tx: …)(Deficit: …)(Measure: …)(Present: …)" and "(___)" blanks: Dr. Adaeze Okonkwo (PT,
/// DPT, NCS), Wyatt Brunson (PT), Leigh Ann Pridgen (PTA) and Camille Dubose (OTR/L); a menhaden-boat engineer, a
/// Fort Fisher ferry deckhand and a rehab tech on the gait belt;</item>
/// <item>Thermopolis Physical Therapy (TPT: Thermopolis and Worland, Wyoming), the owner's slash shorthand "tx/ why/
/// #s/ plan/", "97110/97112 = 15/23 min" and "1:1 [x] / grp [ ]": Russ Ekberg (PT), Jolene Sandoval (PTA) and Kari
/// Lungren (OTR/L); a sugar-beet truck driver, a bison-ranch hand and Mr. Hoff on the NuStep;</item>
/// <item>Cimarron Senior Therapy (CST: Enid and Stillwater, Oklahoma, and Prairie Rose Assisted Living in Ponca City),
/// "CST GERI VISIT" with falls, near-falls, orthostatics, ROS, cognition, vision and footwear screens and "1:1: Y / N":
/// Loretta Haskins (PT, GCS), Bao Tran (PT), Wendell Pickard (PTA) and Renata Holloway (OTR/L); a retired grain
/// inspector, a woman who plays canasta and a kitchen group of residents;</item>
/// <item>Ruby Valley Physical Therapy (RVPT: Nell Tregoning, PT, Sheridan, Montana, Thursdays at the Twin Bridges
/// senior center), letters "Dear Dr. Quarrie," and "Dear Joanne," closing with "For the record" and "With regards,
/// Nell": a sheep shearer, a retired Virginia City stage-coach driver, Biscuit the blue heeler and snow on the Tobacco
/// Roots.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who has read a great many notes of these kinds,
/// applying the contract to what the words say about today's billed time: damage is read through (a tracked change as
/// accepted, a comment bubble as a question), a recap, a plan, a goal and another provider's work are not today's
/// service, a placeholder, a blank and "(not documented)" state nothing, a time stamp or a clock time is never a code's
/// minutes unless the writer gives it to the code, and a screen's normals do not hide the one stated deficit:
/// <list type="bullet">
/// <item>class 1 (v1-h119-…): one-on-one in these writers' own words ("one-on-one Ã¢â‚¬â€œ just Mr. Pelletier and me,
/// his wife stayed in the car", a thread's "1:1 the whole block, her son's in the lobby with his coffee", a log's
/// "Treated individually — PT and patient only; son interpreting", "(1:1 — pt + me; rehab tech held the gait belt)", a
/// letter's "I kept him to myself the whole time the balance work lasted", "[deleted: concurrent with Mrs. Kohler]
/// [inserted: one-on-one; Mrs. Kohler rescheduled]"), notes that negate it (a PTA's "Mr. Hoff on the NuStep next to us, I
/// split time b/w him &amp; pt", a log's "Mrs. Yoder (next pt) put on the mat table with her exercises; PT going between
/// both", a Q&amp;A "A: Shared — Mrs. Dial was on the mat beside her") or never state it (an outline with no delivery
/// item), and the codes without a one-on-one
/// check (an OT's 97530 in a kitchen group and a PTA's 97110 beside another patient on the bike);</item>
/// <item>class 2 (v2-h119-…): checkbox and blank-field states ("☒ Yes ☐ No" and both boxes empty, "[X] Individual" and
/// an unticked row, "1:1 Y / N: Y" and "1:1: Y / N → Y", "10 Deficit: ____", "09 Technique: —", "(Measure: ___)", and
/// filled fields beside unrelated blanks: "Assist level: (not documented)", "15 Goal status: ____", "(Present: ___)" and
/// "Berg ___/56 TUG ___ sec" beside a filled perturbation count);</item>
/// <item>class 3 (v3-h119-…): named programmes and methods as techniques (Otago, Herdman X2, PNF rhythmic
/// stabilisation and D1 patterns, Maitland grades, Mulligan MWM, LSVT BIG, Cawthorne-Cooksey, Frenkel, tai chi
/// weight-shift forms, mirror therapy), "Falls pathway step 2 per protocol" as the only technique, an Otago set with no
/// dose and PNF with "(Deficit: per POC)";</item>
/// <item>class 4 (v4-h119-…): deficits stated as findings (a foot that catches on the buggy step, a man who lists
/// toward the wall in the dark hallway, a knee that buckles on the pier steps, feet that cannot feel the chapel
/// carpet, a shoulder that will not reach the cupboard, strength WNL except one muscle group) and notes that state none
/// ("III. ASSESSMENT: no new impairments", "Q: What deficit was addressed? A: see eval", "why/ same as IE",
/// "Deficit: unchanged from the progress note");</item>
/// <item>class 5 (v5-h119-…): measures in every usual form (Berg, TUG, FGA, DGI, Mini-BESTest, mCTSIB, 5xSTS, gait
/// speed, perturbation counts, tandem seconds, doses, distance and assist levels, degrees and grip pounds, through the
/// damage and in parentheses) and notes with none ("Berg deferred — will retest next visit", "looked steadier, her
/// granddaughter agrees", "not done today â€“ pt arrived late", a 97110 with no dose, a 97116 with no distance or
/// assist);</item>
/// <item>class 6 (v6-h119-…): minutes in these writers' forms (twice-encoded dashes, "97110/97112 = 15/23 min", "NMR
/// (97112)(1:1)(22')", "05a CPT / 06a Min", a log's timer lines, a thread's closing "Billing mins: 97112 — 23 / 97110 —
/// 12", Roman headings, Q&amp;A "Minutes per code", a letter's "For the record" sentence, a PT's and an OT's code each
/// with its minutes, three codes between twice-encoded dashes) and true mismatches ("97112 â€“ 30 min" on 19, "06
/// Minutes: 25" on 14, an OT's "97530 x 30 min" on 18, "97112 — 34 min" on 22) and truly missing separate time (a log
/// with "Total timed: 38 min", "(97110) — see flowsheet", "Q: Minutes per code? A: ______" beside a total);</item>
/// <item>class 7 (v7-h119-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (hinges, farmer carries and goblet squats), 97530 (a harness collar to the peg
/// and the egg basket), 97140 (thoracic and rib mobilisation) and 97116 (walker to cane on a snowy sidewalk and a curb),
/// and wholly generic notes (a Q&amp;A of "Balance training per POC", a thread of "ther ex and manual as usual" on two
/// codes, an OT's "functional activities per POC" with "â€¦" fields);</item>
/// <item>ordinary (vord-h119-…): complete notes of the twelve employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, a claim whose diagnosis is "per MD
/// referral", and a code's minutes that differ.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry people and numbers that are not the code's or its minutes — wives, husbands, sons, granddaughters, a
/// daughter, a son interpreting, a rehab tech, a DPT student, a home-health PT and dogs (none of them a patient; Mr. Hoff
/// on the NuStep, Mrs. Yoder on the mat table and Mrs. Dial on the mat beside her are) —
/// and ages, dates of service and of falls, years at a job, times of day and message time stamps, step and box heights
/// in inches, loads in pounds, band colours, distances in feet and miles, degrees, blood pressures and heart rates,
/// counts of steps, cones, cards, eggs and trips, and each is written so that a reviewer cannot take it for a billed
/// code's minutes; a code's minutes are written next to the code ("97112 — 24 min", "06 Minutes: 22" under "05 CPT:
/// 97112", "NMR (97112)(1:1)(23')", "97110/97112 = 15/23 min"), in its block's heading, in a minute box, in its log
/// line or as a clock range on the code's own line; no note gives minutes to a visit, a drill, a rest or a test, except
/// the ones that fail for want of separate time and give the visit a total; notes failed for want of a measure carry no
/// number but their code and its minutes. DOC_GENERIC_ONLY is expected only where the note names no technique,
/// deficit or measure at all. A 97112 passes the measure check only on an objective measure with a number and fails
/// it only when the note has no number but its code and its minutes; for the other codes a dose (sets, repetitions,
/// load, hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a family member,
/// caregiver, interpreter, student or staff member in the room does not undo a one-on-one statement, another patient
/// treated in the same block does, and a therapist attending someone else during the block is not one-on-one.
/// Cases a careful reviewer could argue either way were left out: a one-on-one statement with an exception inside the
/// billed time, a content gap in one section of a multi-code note, generic phrases beside a deficit or a measure
/// without a technique, a dose alone as a 97112's measure, vital signs or self-rated scores as the only number, a
/// cueing level as the only measure, an exercise's name as a 97110's only region, "gait training" as the whole of a
/// 97116 note, a 97530 with no deficit, a functional goal as a 97112's only target, a visit's total time with one timed
/// code, minute ranges and approximate minutes for a code, minutes of an exercise, a rest or a test, canalith
/// repositioning, three-character or dotless diagnosis codes, and any line with a code that has no documentation
/// profile (heat, TENS, evaluations and group classes stay in the notes, never on a line).
/// This set also leaves out what this week's templates make arguable: a one-on-one stated only in the previous
/// session's recap or only in the plan when today's block says nothing either way against a note that shows today's
/// block was shared (only the second kind is here), a tracked change whose deleted and inserted text disagree about
/// minutes, a thread whose supervising PT asks "1:1?" and gets no answer beside a typed delivery field, a log whose
/// timer lines and a clock range disagree, a screen's "strength WNL" as the only deficit of a 97110, a letter whose
/// "For the record" sentence names a code without its minutes on a two-code visit beside minutes elsewhere in the
/// letter, and mojibake that lands inside a number so that it could be read as two different numbers.
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 104 of 107 cases agree (105 needed), and 2 of the 70 notes the reviewer passes got a finding, on the analyzer of 12a6bcd (the start of the 2026-12-07 nineteenth session, whose engine is the eighteenth session final af24a09, before any change) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in the same session: 107 of 107, no false positive — a quoted question answered by the next line's yes ("> 1:1?" / "yes, just him the whole NMR block"), "nobody but the two of us", a question of the deficit answered ("Q: What deficit was addressed? A: Slow, short backward stepping reaction").</para>
/// </summary>
public class HeldOutNotesIssue18HundredNineteenthTests(ITestOutputHelper output)
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

        // BVGH Woonsocket, encoded twice: "one-on-one Ã¢â‚¬â€œ just Mr. Pelletier and me, his wife stayed in the car"; pelvic perturbations on the foam, tandem along the rail with head turns, stepping over a rolled towel; slow hip and stepping strategy; Berg and perturbation count; "97112 Ã¢â‚¬â€œ 23 min" matches: passes.
        ["v1-h119-bvgh-twice-encoded-wife-in-the-car"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 23 min
            Delivery: one-on-one Ã¢â‚¬â€œ just Mr. Pelletier and me, his wife stayed in the car with the radio.
            Treatment: perturbations at the pelvis on the foam pad, tandem walking along the rail with head turns, stepping over a rolled towel without looking down.
            Deficit(s): slow hip and stepping strategy; he doesnÃ¢â‚¬â„¢t get a foot out until heÃ¢â‚¬â„¢s already tipping backward.
            Objective: Berg 44/56 (40 at eval); 7 of 10 perturbations recovered with one step.
            Therapist: AmÃƒÂ©lie Boisvert, PT, DPT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // KRPT Sandstone thread, PTA: "1:1 the whole block, her son's in the lobby with his coffee" (family, not a patient); rocker board eyes closed, foam step-and-hold, lateral pushes; R ankle proprioception after a sprain on the dog-sled runner; rocker seconds and SLS; "97112 — 22 min" on the billing line matches: passes.
        ["v1-h119-kr-pta-son-in-the-lobby-with-coffee"] = new(
            """
            Kettle River Physical Therapy — Sandstone
            97112 — 22 min (Kayla Rask, PTA; supervising Maren Hautala, PT, DPT)
            CareText thread pasted:
            [1:05 PM] Maren Hautala: how's Mrs. Lindgren's ankle today?
            [1:38 PM] Kayla Rask: Better. 1:1 the whole block, her son's in the lobby with his coffee. Rocker board A/P w/ eyes closed, step-and-hold onto the foam, lateral pushes at the hips.
            [1:39 PM] Kayla Rask: R ankle proprioception still off since she rolled it stepping off the sled runner. Rocker 13 sec w/o an edge touch, SLS R 8 sec (L 20).
            [1:41 PM] Maren Hautala: 👍 cosigning
            """,
            ["S93.401D"], [PTA("97112", 22)], []),

        // TVMC Sugarcreek log: "Treated individually — PT and patient only; son interpreting Pennsylvania Dutch" (family interpreting); foam stance with head turns, perturbations, stepping onto a box the height of the buggy step; postural control and a slow R step; Berg and TUG; the code's timer lines give 24: passes.
        ["v1-h119-tv-sugarcreek-son-interpreting"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (Sugarcreek)
            13:02 Session started — Tom Gerber, PT
            13:03 Treated individually — PT and patient only; son interpreting Pennsylvania Dutch
            13:04 97112 timer started
            13:05 Intervention: foam stance with head turns, perturbations at the pelvis, stepping up onto a box the height of the buggy step and holding
            13:16 Impairment: postural control with a slow R stepping reaction; missed the buggy step twice this winter
            13:24 Measure: Berg 45/56; TUG 11.9 sec
            13:28 97112 timer stopped — 24 min
            """,
            ["R26.81", "Z91.81"], [PT("97112", 24)], []),

        // CFNR Southport "(1:1 — pt + me; rehab tech held the gait belt)" (staff, not a patient); backward walking with pulls, tandem on the half roll, clock stepping; retropulsion in Parkinson's; pull test and Mini-BESTest; "NMR (97112)(22')" matches: passes.
        ["v1-h119-cfnr-rehab-tech-held-the-belt"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Southport)(DOS 03/04/2026)(W. Brunson, PT)
            NMR (97112)(22')
            (1:1 — pt + me; rehab tech held the gait belt)
            (Tx: backward walking w/ pulls @ the pelvis, tandem on the half foam roll, clock stepping to called numbers)
            (Deficit: retropulsion + slow backward stepping w/ Parkinson's — backs into the wheelhouse door on the menhaden boat)
            (Measure: pull test 3 steps to recover; Mini-BESTest 18/28)
            (Plan: add dual task)
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // RVPT letter to Dr. Quarrie: "I kept him to myself the whole time the balance work lasted — nobody else was being treated"; a shearer of 68, 1,100 ewes, a drive from Alder; foam stance with eyes closed, pushes at the pelvis with stepping, stepping over sheep-panel rails; slow ankle and stepping strategy with neuropathy; Berg and push count; "97112, 25 minutes" matches: passes.
        ["v1-h119-rvpt-kept-him-to-myself"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Walt Kirchner drove himself over from Alder this morning. He is 68 and has sheared sheep since he was sixteen; he told me he did 1,100 ewes for the Sauerbier outfit last spring and wants to get through a few hundred this year without going down in the pen. Biscuit barked at his hat.

            What I found is what you suspected: his ankles are slow to correct and his stepping reaction comes late, worse with his eyes shut, which fits the neuropathy in both feet.

            I kept him to myself the whole time the balance work lasted — nobody else was being treated. We did foam stance with eyes closed, then pushes at the pelvis from each side with a step to recover, then stepping over a row of sheep-panel rails laid on the floor without looking down.

            His Berg was 46 of 56 today (41 in January), and he caught 7 of 10 pushes with one step.

            For the record, I billed neuromuscular re-education (97112), 25 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["R26.81", "G62.9"], [PT("97112", 25)], []),

        // MRPT Jackson tracked change "[deleted: concurrent with Mrs. Kohler] [inserted: one-on-one; Mrs. Kohler rescheduled]" read as accepted: one-on-one; PNF D1 with rhythmic stabilisation, half-kneel reaches, foam step-overs; L hip motor control after a stroke; FGA and reach; "97112 — 24 minutes" matches: passes.
        ["v1-h119-mrpt-tracked-concurrent-to-one-on-one"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            Daily Note — Leonard Schraufnagel
            97112 — Neuromuscular re‑education — 24 minutes
            Delivery: [deleted: concurrent with Mrs. Kohler] [inserted: one-on-one; Mrs. Kohler rescheduled]
            	PNF D1 lower-extremity patterns with rhythmic stabilization at end range
            	Half-kneel reaches across midline to the cones
            	Stepping over the foam beam with the L leading
            Impairment: L hip motor control and recruitment after the R MCA stroke — the L foot scuffs on the forklift pedal.
            Measures: FGA 17/30; half-kneel reach 9 inches without losing balance.
            Janelle Stoeckel, PT, DPT
            """,
            ["I69.354"], [PT("97112", 24)], []),

        // TPT Worland PTA "Mr. Hoff on the NuStep next to us, I split time b/w him & pt" — another patient treated inside the block: one-on-one missing; tandem in the bars, foam marching, lateral pushes; L hemiparesis, late L step; tandem seconds and push count present.
        ["v1-h119-tpt-pta-split-time-with-mr-hoff"] = new(
            """
            TPT/Worland — J. Sandoval PTA — 3/4/26
            97112 21 min — Mr. Hoff on the NuStep next to us, I split time b/w him & pt
            tx/ tandem in the bars, marching on foam, lat pushes @ hips w/ step recovery
            why/ L hemiparesis s/p R CVA, late L step, L knee snaps back in stance
            #s/ tandem 8 s; 5/8 pushes recovered w/o grabbing the bar
            """,
            ["I69.354"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // TVMC Dover log "10:12 Mrs. Yoder (next pt) put on the mat table with her exercises; PT going between both" inside the 97112 block: one-on-one missing; rocker board, foam tandem, perturbations; ankle proprioception after a fracture; rocker seconds and Berg present.
        ["v1-h119-tv-dover-going-between-both"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (Dover)
            10:02 Session started — Renee Stutzman, PT
            10:04 97112 timer started
            10:05 Intervention: rocker board A/P eyes closed, tandem stance on the foam, perturbations at the shoulders
            10:12 Mrs. Yoder (next pt) put on the mat table with her exercises; PT going between both
            10:18 Impairment: R ankle proprioception after the bimalleolar fracture, unsteady on the feed-mill gravel
            10:22 Measure: rocker board 11 sec; Berg 47/56
            10:27 97112 timer stopped — 23 min
            """,
            ["S82.851D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SSTP Q&A "A: Shared — Mrs. Dial was on the mat beside her doing her own balance program and I checked on her twice": another patient in the block — one-on-one missing; otherwise complete (lean-and-release, foam head turns, pier-step stepping; slow backward stepping; Berg and lean-and-release count).
        ["v1-h119-sstp-shared-with-mrs-dial"] = new(
            """
            Suncoast Senior Therapy Partners — Venice    MA Review-Ready Note v3    Omar Haddad, PT, DPT
            Q: Was the patient seen one-on-one? A: Shared — Mrs. Dial was on the mat beside her doing her own balance program and I checked on her twice.
            Q: What skilled technique was used today? A: Lean-and-release backward, foam stance with head turns, stepping up and down a step like the pier stairs with a stop on cue.
            Q: What deficit was addressed? A: Slow, short backward stepping reaction; she sits down hard when she loses it.
            Q: Objective measure today? A: Berg 46/56; 6 of 10 lean-and-release trials caught with one step.
            Q: Minutes per code? A: 97112 — 22 min.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // TRH Ashland outline complete but with no delivery item and no word of one-on-one or individual: not stated; cone step-overs, perturbations, backward walking; delayed stepping reaction; TUG and perturbation count present.
        ["v1-h119-trh-ashland-no-delivery-item"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — ASHLAND KY
            I. SUBJECTIVE (03/04/2026)
               A. Lock-and-dam tender, 61 y/o; slipped on the lock wall stairs in January.
            II. OBJECTIVE
               A. Neuromuscular re-education (97112) — 22 min
                  1. Stepping over cones at varied heights.
                  2. Perturbations at the pelvis in stride stance.
                  3. Backward walking with a stop on cue.
               B. Impairment: delayed stepping reaction backward, sways before he steps.
               C. Measures: TUG 12.4 sec; 6 of 10 perturbations recovered with one step.
            III. ASSESSMENT
               A. Quicker on forward steps, backward still slow.
            IV. PLAN
               A. Continue NMR.
            — Dwight Fultz, PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // CST Prairie Rose OT 97530 in a kitchen group of three residents (no one-on-one check): making toast and carrying the plate to the table, wiping the counter standing; L hemiparesis with weak grip and poor standing tolerance; counts and assist; "97530 x 23 min" matches: passes.
        ["v1-h119-cst-ot-kitchen-group-97530"] = new(
            """
            CIMARRON SENIOR THERAPY — PRAIRIE ROSE ASSISTED LIVING, PONCA CITY      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ROS: denies dizziness, chest pain, new numbness
            97530 x 23 min
            Kitchen group, three residents, she was one of them.
            Tx: making toast and carrying the plate from the counter to the table, wiping the counter standing, putting cups away on the second shelf.
            Deficit: L hemiparesis after the stroke, weak L grip and she leans on the counter to stand.
            Measures: plate carried 4 times with stand-by assist; 6 cups shelved without a hand on the counter.
            Renata Holloway, OTR/L
            """,
            ["I69.354"], [OT("97530", 23)], []),

        // KRPT Moose Lake PTA 97110 "next pt on the bike beside us" (97110 has no one-on-one check); step-ups, leg press, bridges and wall sits with doses; L quad weakness after a knee replacement; "97110 — 20 min" matches: passes.
        ["v1-h119-kr-pta-97110-next-pt-on-the-bike"] = new(
            """
            Kettle River Physical Therapy — Moose Lake
            97110 — 20 min (Josh Pelto, PTA)
            [3:12 PM] Josh Pelto: Mr. Aho done, next pt was on the bike beside us the whole time.
            [3:13 PM] Josh Pelto: step-ups 6 inch 3x10, leg press 80 lb 3x12, bridges 3x15, wall sits 5 x 20 sec. L quad weakness after the L TKA, he still lowers himself off the truck seat w/ his arms.
            [3:20 PM] Maren Hautala: thx
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 20)], []),

        // HVUH Chelsea: PREVIOUS SESSION the PD group class (not billed), today "1:1 with Jonah; the DPT student ran the stopwatch" (student, not a patient); big-step turns, perturbations in stride stance, dual-task walking; postural instability and festination; TUG and Mini-BESTest; "TODAY'S SESSION: 97112 — 23 min" matches: passes.
        ["v1-h119-hvuh-student-ran-the-stopwatch"] = new(
            """
            HVUH Neuro PT Daily Note — Chelsea    Clinician: Jonah Feld, PT, DPT
            PREVIOUS SESSION (12/01): Parkinson's group exercise class in the gym (not billed).
            TODAY'S SESSION: 97112 — 23 min
            Delivery: 1:1 with Jonah; the DPT student ran the stopwatch.
            Big-step turns around the cone both ways, perturbations at the shoulders in stride stance, walking the hall while naming bus routes.
            Deficit: postural instability and festination on turns, Parkinson's disease; he shuffles at the bus-garage door.
            Objective: TUG 12.2 sec; Mini-BESTest 19/28.
            PLAN NEXT SESSION: add carrying a tray.
            """,
            ["G20.A1", "R26.81"], [PT("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox and blank-field states

        // SSTP "Q: Was the patient seen one-on-one? ☒ Yes ☐ No"; foam stance with head turns, perturbations in stride stance, stepping onto the curb block; slow stepping and visual dependence; Berg and TUG; "Q: Minutes per code? A: 97112 — 24 min" matches: passes.
        ["v2-h119-sstp-yes-box-ticked"] = new(
            """
            Suncoast Senior Therapy Partners — Port Charlotte    MA Review-Ready Note v3    Denise Albright, PT
            Q: Was the patient seen one-on-one? ☒ Yes ☐ No
            Q: What skilled technique was used today? A: Foam stance with head turns, perturbations at the pelvis in stride stance, stepping up onto the curb block and back down with a stop.
            Q: What deficit was addressed? A: Slow stepping reaction and visual dependence; he sways when he looks up at the pickleball lob.
            Q: Objective measure today? A: Berg 47/56; TUG 10.8 sec.
            Q: Minutes per code? A: 97112 — 24 min.
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // SSTP both boxes left empty "☐ Yes ☐ No" and nothing else on delivery: not stated — one-on-one missing; technique, deficit and measures present.
        ["v2-h119-sstp-yes-no-both-empty"] = new(
            """
            Suncoast Senior Therapy Partners — North Port    MA Review-Ready Note v3    Tracy Nguyen, PTA
            Q: Was the patient seen one-on-one? ☐ Yes ☐ No
            Q: What skilled technique was used today? A: Rocker board M/L with eyes closed, tandem on the foam beam, ball tosses in semi-tandem.
            Q: What deficit was addressed? A: L ankle proprioception after the sprain on the Venice pier steps.
            Q: Objective measure today? A: Rocker board 10 sec without an edge touch; tandem on foam 9 sec.
            Q: Minutes per code? A: 97112 — 21 min.
            """,
            ["S93.402D"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // TRH Huntington outline "C. Delivery: [X] Individual [ ] Concurrent [ ] Group" ticked; PNF rhythmic stabilisation in half-kneel, foam reaching, step-ups onto foam; trunk postural control after a stroke; FGA and reach; "B. Neuromuscular re-education (97112) — 23 min" matches: passes.
        ["v2-h119-trh-individual-ticked"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — 5TH AVENUE, HUNTINGTON WV
            I. SUBJECTIVE (03/04/2026)
               A. Retired glass-plant cutter; his wife says he leans into the doorframes.
            II. OBJECTIVE
               A. Impairment: trunk postural control and L-sided weight acceptance after the R MCA stroke.
               B. Neuromuscular re-education (97112) — 23 min
                  1. Rhythmic stabilization in half-kneel, PT at the shoulders and pelvis.
                  2. Reaching to targets outside the base of support standing on foam.
                  3. Step-ups onto the foam with the L leading.
               C. Delivery: [X] Individual [ ] Concurrent [ ] Group
               D. Measures: FGA 16/30; forward reach 8 inches on foam.
            III. ASSESSMENT: better trunk control in half-kneel.
            IV. PLAN: continue 2x/wk.
            — Marisol Queen, PT, DPT, NCS
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // TRH Ironton PTA outline with the delivery row left unticked "[ ] Individual [ ] Concurrent [ ] Group": not stated — one-on-one missing; otherwise complete (foam tandem, perturbations, stepping over the mop handle; somatosensory loss; Berg).
        ["v2-h119-trh-pta-delivery-row-unticked"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — IRONTON OH
            I. SUBJECTIVE (03/04/2026)
               A. Says the floor feels "far away" through his boots.
            II. OBJECTIVE
               A. Neuromuscular re-education (97112) — 22 min
                  1. Tandem stance on foam, eyes open then closed.
                  2. Perturbations at the hips.
                  3. Stepping over the mop handle.
               B. Impairment: somatosensory loss in both feet with the neuropathy; sways with eyes closed.
               C. Delivery: [ ] Individual [ ] Concurrent [ ] Group
               D. Berg 43/56.
            III. ASSESSMENT: unchanged.
            — Tamara Click, PTA
            """,
            ["E11.42"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // CST Stillwater "1:1: Y / N → Y" answered, with the screens negative; side-stepping with pushes, foam stance with head turns, sit-to-stand from foam; strength WNL except L hip abductors 3+/5 with sway to the L; 4-stage balance and 5xSTS; "97112 x 24 min" matches: passes.
        ["v2-h119-cst-one-on-one-y-answered"] = new(
            """
            CIMARRON SENIOR THERAPY — STILLWATER      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: one, at the canasta table getting up
            ORTHOSTATICS lying → standing: 128/74 HR 66 → 126/72 HR 72, negative
            ROS: denies dizziness, chest pain, SOB
            COGNITION: alert   VISION: bifocals   FOOTWEAR / DEVICE: sneakers, no device
            1:1: Y / N → Y
            97112 x 24 min
            Tx: side-stepping with pushes at the hips, standing on foam with head turns, sit-to-stand from the foam cushion without hands.
            Deficit: strength WNL except L hip abductors 3+/5; sways to the L on foam and catches the table.
            Measures: 4-stage balance test tandem 8 sec; 5xSTS 14.6 sec.
            Bao Tran, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 24)], []),

        // SLPT Sierra Vista form with "10 Deficit: ____" left blank and no deficit anywhere else: deficit missing; technique, measures and delivery present.
        ["v2-h119-slpt-field-10-blank"] = new(
            """
            StrideLine Physical Therapy — Sierra Vista — SL Daily Note Form 12
            01 Patient: Whitfield, Gary    02 DOS: 03/04/2026    03 Clinician: P. Venkataraman, PT, DPT
            05 CPT: 97112    06 Minutes: 23
            09 Technique: foam stance with head turns, lateral perturbations at the pelvis, stepping over hurdles on a cue
            10 Deficit: ____
            11 Measure: FGA 20/30; 7 of 10 perturbations without a step
            12 Delivery: one-on-one, Priya and pt only
            20 Signature: P. Venkataraman, PT, DPT
            """,
            ["R26.81"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // SLPT Nogales form "09 Technique: —" with nothing named anywhere else, but a deficit, a measure and one-on-one: technique missing (not generic — deficit and measure stated).
        ["v2-h119-slpt-field-09-dash"] = new(
            """
            StrideLine Physical Therapy — Nogales — SL Daily Note Form 12
            01 Patient: Encinas, Rosa    02 DOS: 03/04/2026    03 Clinician: K. Hatch, PTA
            05 CPT: 97112    06 Minutes: 22
            09 Technique: —
            10 Deficit: R ankle proprioception after the sprain on the mercado steps; she rolls it on the cobbles
            11 Measure: SLS R 7 sec (L 19 sec); Berg 49/56
            12 Delivery: one-on-one, Kim and pt only
            20 Signature: K. Hatch, PTA
            """,
            ["S93.401D"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // TVMC New Philadelphia log with "Assist level: (not documented)" on a 97112 whose other fields are filled (one-on-one line, gaze and foam work, vestibular hypofunction, DGI): an unrelated empty field — passes.
        ["v2-h119-tv-assist-level-not-documented"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (New Philadelphia)
            14:30 Session started — Renee Stutzman, PT
            14:31 Delivery mode: one-on-one, PT and patient only
            14:32 97112 timer started
            14:33 Intervention: X1 viewing against the checkerboard standing, walking with horizontal head turns, feet together on foam eyes closed
            14:41 Impairment: R vestibular hypofunction; the harness-shop ceiling fan makes the room swim
            14:49 Measure: DGI 17/24
            14:50 Assist level: (not documented)
            14:54 97112 timer stopped — 22 min
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // CFNR Leland parenthesised note with "(Measure: ___)" and no number anywhere but the code and its minutes: measure missing; one-on-one, technique and deficit present.
        ["v2-h119-cfnr-measure-blank"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Leland)(L. Pridgen, PTA)
            NMR (97112)(1:1)(22')
            (Tx: tandem on the half foam roll, quadruped alt arm/leg on foam, sit↔stand from foam EC)
            (Deficit: trunk postural control + b/l LE proprioception — she loses it to the L w/ eyes closed)
            (Measure: ___)
            (Present: ___)
            """,
            ["R26.81"], [PTA("97112", 22)], [At(Measure, "97112")]),

        // SLPT Tucson "1:1 Y / N: Y" with an unrelated "15 Goal status: ____" blank; rocker board, foam stance with ball tosses, perturbations; R ankle proprioception; rocker seconds; "05a CPT: 97112  06a Min: 23" matches: passes.
        ["v2-h119-slpt-goal-status-blank"] = new(
            """
            StrideLine Physical Therapy — Tucson (Speedway) — SL Daily Note Form 12
            01 Patient: Lucero, Ernesto    02 DOS: 03/04/2026    03 Clinician: L. Ybarra, PT
            05a CPT: 97112    06a Min: 23
            09 Technique: rocker board A/P eyes closed; foam stance with ball tosses; lateral perturbations at the shoulders
            10 Deficit: R ankle proprioception after the sprain in the date-palm grove
            11 Measure: rocker board 15 sec without edge touch; SLS R on foam 10 sec
            1:1 Y / N: Y
            15 Goal status: ____
            20 Signature: L. Ybarra, PT
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // CFNR Wilmington "(1:1 ☑ / concurrent ☐ / grp ☐)" with "(Present: ___)" blank; PNF D2 with approximation, half-kneel rhythmic stabilisation; R UE recruitment after a stroke; FMA-UE and reach count; "NMR (97112)(24')" matches: passes.
        ["v2-h119-cfnr-one-on-one-box-ticked"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(A. Okonkwo, PT, DPT, NCS)
            NMR (97112)(24')
            (1:1 ☑ / concurrent ☐ / grp ☐)
            (Tx: PNF D2 flex/ext R UE w/ approximation; rhythmic stabilization in half-kneel)
            (Deficit: R UE motor recruitment + scapular timing s/p L MCA CVA — hikes the shoulder reaching for the ferry rail)
            (Measure: FMA-UE 37/66; reach to the shoulder-height shelf 8/10 w/o hiking)
            (Present: ___)
            """,
            ["I69.351"], [PT("97112", 24)], []),

        // TPT "1:1 [x] / grp [ ]" ticked in the owner's shorthand; BAPS, foam EO/EC with head turns, A/P perturbations; ↓ plantar sensation with diabetes; Romberg and mCTSIB; "97112/NMR 23 min" matches: passes.
        ["v2-h119-tpt-one-on-one-x-ticked"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            66 y/o M sugar-beet truck driver, DM II, slipped off the truck step 2/2.
            97112/NMR 23 min — 1:1 [x] / grp [ ]
            tx/ BAPS lvl 2 CW/CCW; foam EO→EC w/ head turns; A/P perturb @ pelvis
            why/ ↓ b/l plantar sensation (DM) → ↑ sway EC, grabs the truck mirror
            #s/ Romberg EO/EC 30/11 s; mCTSIB foam EC 13 s
            plan/ f/u 3/11
            """,
            ["E11.42", "R26.81"], [PT("97112", 23)], []),

        // MRPT West Bend "Berg ___/56  TUG ___ sec" left blank beside a filled perturbation count and tandem seconds, "☒ One‑on‑one"; foam perturbations, tandem with head turns, clock stepping; somatosensory loss; "97112 — 22 minutes" matches: passes.
        ["v2-h119-mrpt-berg-blank-beside-filled-counts"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Darlene Ruplinger
            97112 — Neuromuscular re‑education — 22 minutes
            Delivery: ☒ One‑on‑one ☐ Concurrent ☐ Group
            	Perturbations on the foam, eyes open then closed
            	Tandem walking along the counter with head turns
            	Clock stepping to called numbers
            Impairment: somatosensory loss in both feet — she can’t feel where the lane line is at the bowling alley.
            Measures: Berg ___/56  TUG ___ sec  Perturbations: 8 of 10 recovered with one step; tandem on foam 11 sec.
            Rita Fiorentino, PTA
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // ---------------------------------------------------------------- class 3: named programmes and methods as techniques

        // TRH Huntington PTA outline: the Otago strength set as 97110 (knee extensors, hip abductors, ankle raises with cuff weights, sets and reps); bilateral hip and knee weakness; "Intervention 1 of 1: Therapeutic exercise (97110), 20 min" matches: passes.
        ["v3-h119-trh-otago-strength-set-97110"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — 5TH AVENUE, HUNTINGTON WV
            I. SUBJECTIVE (03/04/2026)
               A. Church-choir alto; can't get up from the pew without both hands.
            II. OBJECTIVE
               A. Intervention 1 of 1: Therapeutic exercise (97110), 20 min
                  1. Otago strength set: seated knee extension 4 lb cuff 3x10 each, standing hip abduction 3 lb 3x10 each, heel raises 3x15, toe raises 3x15.
                  2. Sit-to-stand from the pew-height chair 3x8.
               B. Impairment: bilateral hip abductor and quadriceps weakness.
            III. ASSESSMENT: tolerated the cuff weights.
            — Tamara Click, PTA
            """,
            ["M62.81", "R26.81"], [PTA("97110", 20)], []),

        // HVUH Briarwood: Herdman X2 viewing and habituation to the provoking positions (PREVIOUS SESSION was X1 only); one-on-one; L vestibular hypofunction; DHI and DVA; "TODAY'S SESSION: 97112 — 24 min" matches: passes.
        ["v3-h119-hvuh-herdman-x2-habituation"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood, Ann Arbor    Clinician: Priya Raman, PT, DPT, NCS
            PREVIOUS SESSION (12/02): X1 viewing seated only.
            TODAY'S SESSION: 97112 — 24 min
            Delivery: one-on-one in the vestibular room.
            Herdman X2 viewing (head and target moving opposite) standing on foam; habituation to the provoking positions — supine to sit and bending to the cello case — repeated to a mild symptom.
            Deficit: L vestibular hypofunction; oscillopsia and motion sensitivity turning to the music stand.
            Objective: DHI 34/100; dynamic visual acuity lost 2 lines (4 at eval).
            PLAN NEXT SESSION: X2 while walking.
            """,
            ["H81.22"], [PT("97112", 24)], []),

        // SLPT Tucson: LSVT BIG maximal daily movements and big stepping to targets as the technique; one-on-one; small steps and bradykinesia in Parkinson's; gait speed and TUG; "05 CPT: 97112  06 Minutes: 25" matches: passes.
        ["v3-h119-slpt-lsvt-big"] = new(
            """
            StrideLine Physical Therapy — Tucson (Speedway) — SL Daily Note Form 12
            01 Patient: Castañeda, Felix    02 DOS: 03/04/2026    03 Clinician: P. Venkataraman, PT, DPT
            05 CPT: 97112    06 Minutes: 25
            09 Technique: LSVT BIG maximal daily movements (floor-to-ceiling, side-to-side), big stepping forward and back to floor targets, big turns around the cone
            10 Deficit: small steps, bradykinesia and freezing at doorways with Parkinson's disease
            11 Measure: gait speed 0.92 m/s; TUG 11.4 sec
            12 Delivery: one-on-one, Priya and pt only
            20 Signature: P. Venkataraman, PT, DPT
            """,
            ["G20.A1"], [PT("97112", 25)], []),

        // KRPT Hinckley Aaron's closing text: Maitland PA glides grade III at L4 and L5 with STM (97140); L4-5 hypomobility, can't bend to the dog-team harnesses; degrees and fingertip distance; "97140 — 12 min" matches: passes.
        ["v3-h119-kr-maitland-grade-iii-97140"] = new(
            """
            Kettle River Physical Therapy — Hinckley
            97140 — 12 min (Aaron Kivi, PT)
            [4:02 PM] Aaron Kivi: Mr. Niemi — Maitland central PA glides L4 and L5 grade III, 3 bouts of 30 sec each, then STM to the lumbar paraspinals.
            [4:03 PM] Aaron Kivi: L4-5 hypomobility, can't bend to hook up the dog-team harnesses. Fingertips to 10 inches from the floor after (16 before), extension 15 degrees.
            """,
            ["M54.50"], [PT("97140", 12)], []),

        // MRPT Jackson: Mulligan mobilisation with movement for ankle DF in standing lunge with a belt, and talocrural glides (97140); ankle DF stiffness after a fracture; knee-to-wall distance; "97140 — 11 minutes" matches: passes.
        ["v3-h119-mrpt-mulligan-mwm-ankle"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            Daily Note — Troy Bergemann
            97140 — Manual therapy — 11 minutes
            	Mulligan mobilization with movement for ankle dorsiflexion in a standing lunge, belt at the distal tibia, 3 sets of 10
            	Talocrural posterior glides grade III
            Impairment: L ankle DF stiffness after the fibula fracture; he can’t squat to set the deer-stand ladder.
            Measures: knee-to-wall L 6 cm to 9 cm after (R 12 cm).
            Owen Wierzbicki, PT
            """,
            ["S82.402D"], [PT("97140", 11)], []),

        // BVGH Lincoln, encoded once: Cawthorne-Cooksey head and eye exercises progressed to standing and walking; one-on-one; vestibular hypofunction; DGI; "97112 â€“ 22 min" matches: passes.
        ["v3-h119-bvgh-cawthorne-cooksey-once-encoded"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL â€“ OUTPATIENT REHABILITATION (LINCOLN)
            Service: 97112 Neuromuscular re-education â€“ 22 min
            Delivery: one-on-one, no other patients in the gym.
            Treatment: Cawthorne-Cooksey head and eye exercises progressed from sitting to standing and walking, ball toss overhead while walking, turning on the spot with eyes open.
            Deficit(s): R vestibular hypofunction; she canâ€™t turn to look at the traffic light without the street tilting.
            Objective: DGI 18/24 (14 at eval).
            Therapist: Marc-AndrÃ© LÃ©vesque, PT
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // RVPT letter to Joanne: Frenkel exercises in supine, sitting and standing with heel-to-shin tracing and stepping into floor squares; "nobody but the two of us"; ataxia with poor timing after a cerebellar stroke; SARA and square count; "97112), 24 minutes" matches: passes.
        ["v3-h119-rvpt-frenkel-letter-to-joanne"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Joanne,

            Mr. Pettigrew came up from Ennis on Tuesday with his daughter; he drove stage for the Virginia City tourists for 22 summers and would like to get back on the bench seat this June. The snow was down to the foothills of the Tobacco Roots and Biscuit refused to go outside.

            His problem is ataxia after the cerebellar stroke: the timing of his steps is off, he overshoots when he places a foot, and his trunk wobbles before his legs do.

            It was nobody but the two of us in the clinic for the whole of the balance session. We worked through Frenkel exercises, first lying down with heel-to-shin tracing, then sitting, then standing and stepping into taped squares on the floor in the order I called.

            His SARA was 10 today (13 in January) and he placed 15 of 20 steps inside the squares.

            For the record, I billed neuromuscular re-education (97112), 24 minutes.

            With regards,
            Nell
            """,
            ["I69.393"], [PT("97112", 24)], []),

        // SSTP: tai chi weight-shift forms ("Tai Ji Quan: Moving for Better Balance", the first four forms) with perturbations at the end; ☒ Yes one-on-one; slow weight shift and ankle strategy; Berg and functional reach; "A: 97112 — 23 min" matches: passes.
        ["v3-h119-sstp-tai-ji-quan-forms"] = new(
            """
            Suncoast Senior Therapy Partners — Port Charlotte    MA Review-Ready Note v3    Denise Albright, PT
            Q: Was the patient seen one-on-one? ☒ Yes ☐ No — just Mr. Szabo and me.
            Q: What skilled technique was used today? A: Tai Ji Quan: Moving for Better Balance — the first four forms with weight shifts to the edge of the base of support, then perturbations at the pelvis in stride stance.
            Q: What deficit was addressed? A: Slow weight shift and poor ankle strategy; he steps late getting off the golf cart.
            Q: Objective measure today? A: Berg 48/56; functional reach 10 inches.
            Q: Minutes per code? A: 97112 — 23 min.
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // CFNR Wilmington: mirror therapy for the R hand with graded reach and grasp, then bimanual tapping to a metronome; (1:1); R UE motor recruitment after a stroke; box-and-block and FMA-UE; "NMR (97112)(1:1)(23')" matches: passes.
        ["v3-h119-cfnr-mirror-therapy"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(A. Okonkwo, PT, DPT, NCS)
            NMR (97112)(1:1)(23')
            (Tx: mirror therapy, R hand hidden — graded reach + grasp of cones watching the L in the mirror; then bimanual tapping to the metronome)
            (Deficit: R UE motor recruitment + timing s/p L MCA CVA — can't let go of the engine-room rail)
            (Measure: box-and-block R 14 (L 48); FMA-UE 31/66)
            """,
            ["I69.351"], [PT("97112", 23)], []),

        // TVMC Dover log "Intervention: Falls pathway step 2 per protocol" as the only technique: nothing the patient did is named — technique missing; one-on-one, deficit and measure present (not generic).
        ["v3-h119-tv-falls-pathway-step-2-only"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (Dover)
            08:30 Session started — Tom Gerber, PT
            08:31 Treated one-on-one, PT and patient only
            08:32 97112 timer started
            08:33 Intervention: Falls pathway step 2 per protocol
            08:44 Impairment: postural control and a slow stepping reaction backward; she fell off the porch step carrying the egg basket
            08:50 Measure: Berg 42/56; TUG 14.1 sec
            08:55 97112 timer stopped — 23 min
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], [At(Tech, "97112")]),

        // TPT Worland PTA's Otago set named with no dose anywhere and no number but the code and its minutes: measure missing on the 97110; technique (the named exercises) and deficit present.
        ["v3-h119-tpt-pta-otago-no-dose"] = new(
            """
            TPT/Worland — J. Sandoval PTA
            97110 22 min
            tx/ Otago strength set — seated knee ext w/ cuff wt, standing hip abd, heel raises, toe raises, sit↔stand from the low chair
            why/ b/l hip abductor + quad weakness, can't get up off the bison-pen bucket w/o pushing on his knees
            #s/ per Otago sheet
            """,
            ["M62.81"], [PTA("97110", 22)], [At(Measure, "97110")]),

        // CFNR Southport PTA: PNF D1 and D2 patterns with rhythmic stabilisation and a measure, but "(Deficit: per POC)" and nothing targeted anywhere else: deficit missing.
        ["v3-h119-cfnr-pta-pnf-deficit-per-poc"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Southport)(DOS 03/04/2026)(L. Pridgen, PTA)
            NMR (97112)(1:1)(21')
            (Tx: PNF D1 + D2 LE patterns w/ rhythmic stabilization @ end range; half-kneel → stand w/ perturbations)
            (Deficit: per POC)
            (Measure: Berg 45/56; half-kneel → stand 5/5 w/o UE)
            """,
            ["I69.354"], [PTA("97112", 21)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, or none stated

        // TVMC Sugarcreek PTA 97116 log: a R foot that catches on the buggy step and a short L step (deficit); cane gait on the hallway, the ramp and a box the height of the buggy step with cues (technique); distance and assist (measure); timer lines give 21: passes.
        ["v4-h119-tv-pta-foot-catches-on-the-buggy-step"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (Sugarcreek)
            11:00 Session started — Ben Oyelaran, PTA
            11:01 97116 timer started
            11:02 Intervention: gait training with the straight cane down the hallway and the ramp, stepping up onto a box the height of the buggy step, cues for R hip and knee flexion in swing
            11:10 Impairment: R foot catches on the buggy step and the L step is short since the R hip replacement
            11:20 Measure: 400 ft straight cane SBA; box step 5 of 5 with one hand on the rail
            11:22 97116 timer stopped — 21 min
            """,
            ["Z96.641", "Z47.1"], [PTA("97116", 21)], []),

        // KRPT Hinckley PTA thread: "lists toward the wall in the dark hallway at night" with visual dependence (deficit); one-on-one; foam eyes closed, head turns walking, dim-room stepping; mCTSIB and FGA; "97112 — 23 min": passes.
        ["v4-h119-kr-pta-lists-toward-the-wall"] = new(
            """
            Kettle River Physical Therapy — Hinckley
            97112 — 23 min (Kayla Rask, PTA)
            [9:14 AM] Kayla Rask: Mr. Gustafson — one-on-one, nobody else booked at 9.
            [9:15 AM] Kayla Rask: Foam stance eyes closed, walking w/ head turns in the hall w/ the lights down, stepping to floor targets in the dim room. Leans on his eyes — lists toward the wall in the dark hallway at night and sways right away when his eyes close.
            [9:16 AM] Kayla Rask: mCTSIB foam EC 9 sec, FGA 19/30.
            Sent from my iPhone
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], []),

        // SSTP PTA 97110: "L knee buckles going down the pier steps" with quad weakness (deficit); step-downs, leg press, TKE and wall sits with doses; "A: 97110 — 19 min" matches: passes.
        ["v4-h119-sstp-pta-knee-buckles-on-the-pier-steps"] = new(
            """
            Suncoast Senior Therapy Partners — Venice    MA Review-Ready Note v3    Tracy Nguyen, PTA
            Q: What skilled technique was used today? A: Forward step-downs from the 4 inch step 3x10, leg press 60 lb 3x12, TKE with the green band 3x15, wall sits 5 x 20 sec.
            Q: What deficit was addressed? A: L quad weakness; the L knee buckles going down the pier steps with his tackle box.
            Q: Objective measure today? A: Doses above; 30-second chair stand 10 reps.
            Q: Minutes per code? A: 97110 — 19 min.
            """,
            ["M17.12", "M62.81"], [PTA("97110", 19)], []),

        // BVGH North Smithfield, encoded once: "her feet canâ€™t feel the carpet in the aisle at St. Annâ€™s" (somatosensory loss); one-on-one; foam stance, tandem on the beam, eyes-closed weight shifts; Berg and tandem seconds; "97112 â€“ 24 min" matches: passes.
        ["v4-h119-bvgh-feet-cant-feel-the-chapel-carpet"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL â€“ OUTPATIENT REHABILITATION (NORTH SMITHFIELD)
            Service: 97112 Neuromuscular re-education â€“ 24 min
            Delivery: one-on-one â€“ Joanne and Mrs. Dufresne only.
            Treatment: feet-together stance on foam, tandem walking on the balance beam, weight shifts with eyes closed to the edge of her base.
            Deficit(s): somatosensory loss in both feet with the neuropathy; her feet canâ€™t feel the carpet in the aisle at St. Annâ€™s and she holds the pew ends.
            Objective: Berg 42/56; tandem on the beam 7 sec.
            Therapist: Joanne Brodeur, PTA
            """,
            ["E11.42", "R26.81"], [PTA("97112", 24)], []),

        // CST Enid PTA 97116 with the screens: "strength WNL except R DF 3+/5", the R toe catching on the threshold (deficit among normals); walker to cane on the hall and the threshold strip with cues; distance and CGA; "97116 x 22 min" matches: passes.
        ["v4-h119-cst-pta-wnl-except-dorsiflexors"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: caught her toe on the bathroom threshold Sunday
            ORTHOSTATICS lying → standing: negative, no dizziness
            ROS: denies chest pain, SOB, new numbness   COGNITION: alert   VISION: glasses on
            97116 x 22 min
            Tx: gait training from the walker to the quad cane down the hall and over the threshold strip, cues for R heel strike and a higher R swing.
            Deficit: strength WNL except R DF 3+/5; R toe catches on thresholds and the bathroom rug.
            Measures: 250 ft quad cane CGA; threshold strip 6 of 6 clear with cueing.
            Wendell Pickard, PTA
            """,
            ["M21.371", "R26.89"], [PTA("97116", 22)], []),

        // HVUH Ypsilanti OT 97530: R shoulder that will not reach the cupboard over the stove (deficit); reaching to shelves with a cup, unloading the dishwasher, hanging a shirt (technique); counts and assist (measure); "TODAY'S SESSION: 97530 — 24 min" matches: passes.
        ["v4-h119-hvuh-ot-shoulder-wont-reach-the-cupboard"] = new(
            """
            HVUH Neuro OT Daily Note — Ypsilanti    Clinician: Miriam Castellanos, OTR/L
            PREVIOUS SESSION (12/01): dressing retraining.
            TODAY'S SESSION: 97530 — 24 min
            Reaching to the second and third shelves with a cup in the R hand, unloading the dishwasher to the upper cabinet, hanging a shirt on the closet rod.
            Deficit: R shoulder flexion weakness after the L MCA stroke; she cannot reach the cupboard over the stove and drops the cup at shoulder height.
            Objective: 8 of 10 cups to the second shelf, 3 of 10 to the third, SBA; shirt hung 3 times.
            POC GOALS: put away groceries independently.
            """,
            ["I69.351"], [OT("97530", 24)], []),

        // MRPT West Bend with the owner's comment bubble "[Comment JS1: which side is stiffer?]" answered in the text: R hip capsular stiffness (deficit); long-axis distraction, posterior glides grade III, STM (technique); degrees (measure); "97140 — 12 minutes" matches: passes.
        ["v4-h119-mrpt-comment-bubble-which-side"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Frank Kohlmann
            97140 — Manual therapy — 12 minutes
            	Long-axis distraction R hip, 3 bouts of 30 sec
            	Posterior glides grade III in flexion
            	STM to the R glute med and TFL
            Impairment: R hip capsular stiffness [Comment JS1: which side is stiffer?] — R clearly, L is fine; he can’t get his R leg over the forklift seat.
            Measures: R hip IR 14 to 22 degrees after; flexion 96 to 104 degrees.
            Owen Wierzbicki, PT
            """,
            ["M16.11"], [PT("97140", 12)], []),

        // RVPT letter, a sheep-ranch wife's R hip that gives out climbing into the stock trailer with glute med 3+/5 (deficit), side-lying abduction, step-ups, monster walks with doses; the 1970s, a 4-H steer of 1,250 lb, a drive of 40 miles; "97110), 21 minutes" matches: passes.
        ["v4-h119-rvpt-hip-gives-out-in-the-stock-trailer"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Mrs. Ellen Hanley came in Wednesday. She has helped run the Hanley place since the 1970s, and this spring her granddaughter is showing a 4-H steer that weighed 1,250 lb at the last weigh-in. She drove the 40 miles from Twin Bridges with the heater broken.

            The problem is her R hip: the glute med tests 3+/5, and her hip gives out when she climbs into the stock trailer to pitch hay, so she has taken to crawling in on her knees.

            We did side-lying hip abduction 3x12, step-ups onto the 8 inch step 3x10 with the R leading, monster walks with the blue band 4 lengths of the room, and bridges 3x15.

            For the record, I billed therapeutic exercise (97110), 21 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["M62.81", "M25.551"], [PT("97110", 21)], []),

        // TRH Huntington outline whose only impairment entry is "III. ASSESSMENT: no new impairments" and no deficit anywhere else: deficit missing; technique, measure and [X] Individual present.
        ["v4-h119-trh-no-new-impairments"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — 5TH AVENUE, HUNTINGTON WV
            I. SUBJECTIVE (03/04/2026)
               A. Reports walking to the mailbox daily.
            II. OBJECTIVE
               A. Neuromuscular re-education (97112) — 24 min
                  1. Perturbations at the pelvis on the foam.
                  2. Tandem walking with head turns.
                  3. Stepping over cones on cue.
               B. Delivery: [X] Individual [ ] Concurrent [ ] Group
               C. Measures: Berg 49/56; 8 of 10 perturbations without a step.
            III. ASSESSMENT: no new impairments.
            IV. PLAN: continue.
            — Marisol Queen, PT, DPT, NCS
            """,
            ["R26.81"], [PT("97112", 24)], [At(Deficit, "97112")]),

        // SSTP "Q: What deficit was addressed? A: see eval" with nothing targeted anywhere else: deficit missing; one-on-one, technique, measure and minutes present.
        ["v4-h119-sstp-deficit-see-eval"] = new(
            """
            Suncoast Senior Therapy Partners — North Port    MA Review-Ready Note v3    Omar Haddad, PT, DPT
            Q: Was the patient seen one-on-one? ☒ Yes ☐ No
            Q: What skilled technique was used today? A: Rocker board A/P, foam stance with ball tosses, perturbations at the shoulders.
            Q: What deficit was addressed? A: see eval
            Q: Objective measure today? A: Berg 50/56; rocker board 14 sec.
            Q: Minutes per code? A: 97112 — 22 min.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // TPT shorthand "why/ same as IE" and nothing targeted anywhere else: deficit missing; 1:1, BAPS and foam perturbations, Romberg present.
        ["v4-h119-tpt-why-same-as-ie"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            97112/NMR 22 min — pt/PT only, 1:1 start to end
            tx/ BAPS lvl 3 CW/CCW; foam EO→EC; lat perturb @ pelvis
            why/ same as IE
            #s/ Romberg EO/EC 30/14 s; BAPS 5 circles w/o edge touch
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // HVUH Chelsea PTA "Deficit: unchanged from the progress note" with nothing targeted today: deficit missing (a reference to another document); one-on-one, technique and measure present.
        ["v4-h119-hvuh-pta-deficit-unchanged-from-progress-note"] = new(
            """
            HVUH Neuro PT Daily Note — Chelsea    Clinician: Keisha Boateng, PTA
            TODAY'S SESSION: 97112 — 21 min
            Delivery: 1:1, nobody else in the room.
            Perturbations at the pelvis in stride stance, stepping over the hurdles on a cue, tandem walking with head turns.
            Deficit: unchanged from the progress note.
            Objective: Mini-BESTest 20/28; TUG 12.0 sec.
            PLAN NEXT SESSION: continue.
            """,
            ["G20.A1"], [PTA("97112", 21)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 5: measures in every usual form, or none

        // BVGH Woonsocket encoded twice: "Berg 45/56 Ã¢â‚¬â€œ TUG 11.2 sec" between damaged dashes; one-on-one; clock stepping, foam head turns, backward walking; slow backward stepping; "97112 Ã¢â‚¬â€œ 22 min" matches: passes.
        ["v5-h119-bvgh-berg-tug-between-damaged-dashes"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 22 min
            Delivery: one-on-one Ã¢â‚¬â€œ no one else on my schedule for the block.
            Treatment: clock stepping to called numbers, foam stance with head turns, backward walking with a stop on cue.
            Deficit(s): slow backward stepping reaction; she sits down hard when she backs up from the stove.
            Objective: Berg 45/56 Ã¢â‚¬â€œ TUG 11.2 sec Ã¢â‚¬â€œ both better than at eval.
            Therapist: AmÃƒÂ©lie Boisvert, PT, DPT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // CFNR Leland: "(Measure: 5xSTS 15.2 s; mCTSIB foam EC 14 s)" in parentheses; (1:1); sit-to-stand from foam EC, half-roll tandem, quadruped on foam; trunk control and proprioception; "NMR (97112)(1:1)(22')" matches: passes.
        ["v5-h119-cfnr-5xsts-and-mctsib-in-parentheses"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Leland)(DOS 03/04/2026)(L. Pridgen, PTA)
            NMR (97112)(1:1)(22')
            (Tx: sit↔stand from foam EC, tandem on the half foam roll, quadruped alt arm/leg on foam)
            (Deficit: trunk postural control + b/l LE proprioception — drifts L on the ferry ramp)
            (Measure: 5xSTS 15.2 s; mCTSIB foam EC 14 s)
            """,
            ["R26.81", "R27.0"], [PTA("97112", 22)], []),

        // TVMC New Philadelphia log: "Measure: gait speed 0.88 m/s; Mini-BESTest 19/28"; one-on-one; dual-task walking, perturbations, turns; Parkinson's postural instability; timer lines give 24: passes.
        ["v5-h119-tv-gait-speed-and-mini-bestest"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (New Philadelphia)
            15:00 Session started — Renee Stutzman, PT
            15:01 Delivery mode: one-on-one, PT and patient only
            15:02 97112 timer started
            15:03 Intervention: walking while counting backward, perturbations at the shoulders in stride stance, big-step turns around the cone
            15:14 Impairment: postural instability and small steps on turns, Parkinson's disease
            15:22 Measure: gait speed 0.88 m/s; Mini-BESTest 19/28
            15:26 97112 timer stopped — 24 min
            """,
            ["G20.A1"], [PT("97112", 24)], []),

        // SLPT Sierra Vista PTA 97116: "11 Measure: 350 ft rollator SBA; 4 curbs CGA"; rollator gait on the sidewalk and curbs with cues; short R step after a hip fracture; "05 CPT: 97116  06 Minutes: 20" matches: passes.
        ["v5-h119-slpt-pta-97116-distance-and-assist"] = new(
            """
            StrideLine Physical Therapy — Sierra Vista — SL Daily Note Form 12
            01 Patient: Draper, Louise    02 DOS: 03/04/2026    03 Clinician: K. Hatch, PTA
            05 CPT: 97116    06 Minutes: 20
            09 Technique: gait training with the rollator on the sidewalk and up and down the curb cuts, cues for a longer R step and upright trunk
            10 Deficit: short R step and L trunk lean after the R hip fracture
            11 Measure: 350 ft rollator SBA; 4 curbs CGA
            20 Signature: K. Hatch, PTA
            """,
            ["S72.001D"], [PTA("97116", 20)], []),

        // CST Ponca City OT 97530: grip 22 lb and buttons in 55 sec, jar opened 3 of 4; buttoning a cardigan, opening jars, pulling laundry from the dryer; R hand weakness after a wrist fracture; "97530 x 21 min" matches: passes.
        ["v5-h119-cst-ot-grip-and-buttons"] = new(
            """
            CIMARRON SENIOR THERAPY — PRAIRIE ROSE ASSISTED LIVING, PONCA CITY      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   ROS: denies dizziness, new numbness
            1:1: Y / N → Y
            97530 x 21 min
            Tx: buttoning her cardigan, opening jars with the R hand, pulling laundry from the dryer into the basket.
            Deficit: R grip and pinch weakness after the distal radius fracture; she can't open the canasta-card box.
            Measures: grip R 22 lb (L 41 lb); cardigan buttoned in 55 sec; 3 of 4 jars opened.
            Renata Holloway, OTR/L
            """,
            ["S52.501D"], [OT("97530", 21)], []),

        // HVUH Briarwood: "Objective: recovered 8 of 10 perturbations with one step; DGI 19/24"; one-on-one; lean-and-release, perturbations on foam, stepping over the curb block; slow stepping; "97112 — 22 min": passes.
        ["v5-h119-hvuh-perturbation-count-and-dgi"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood, Ann Arbor    Clinician: Priya Raman, PT, DPT, NCS
            TODAY'S SESSION: 97112 — 22 min
            Delivery: one-on-one; her husband watched from the chair to learn the home program.
            Lean-and-release in four directions, perturbations at the pelvis on the foam, stepping over the curb block on cue.
            Deficit: slow, short stepping reaction; she fell stepping off the curb on Main Street in November.
            Objective: recovered 8 of 10 perturbations with one step; DGI 19/24.
            PLAN NEXT SESSION: add carrying her cello case.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // MRPT Jackson 97140: "Measures: cervical rotation L 48° → 61°" with Word's degree sign and arrow; suboccipital release, C4-5 unilateral PA glides grade III; L cervical stiffness turning to back the forklift; "97140 — 10 minutes" matches: passes.
        ["v5-h119-mrpt-cervical-rotation-degrees"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            Daily Note — Dale Schmitz
            97140 — Manual therapy — 10 minutes
            	Suboccipital release
            	Unilateral PA glides C4‑5 on the L, grade III
            	STM to the L upper trap and levator
            Impairment: L cervical rotation stiffness; he can’t turn to look behind him backing the forklift at the cheese plant.
            Measures: cervical rotation L 48° → 61° after.
            Owen Wierzbicki, PT
            """,
            ["M54.2"], [PT("97140", 10)], []),

        // RVPT letter: "TUG 12.4 seconds and walked the 10 metres at 0.9 m/s"; one-on-one; a retired shearer's wife, a granddaughter of 9, the county fair; stepping over hay-string hurdles, foam stance with head turns, pushes at the pelvis; slow stepping; "97112), 23 minutes" matches: passes.
        ["v5-h119-rvpt-tug-and-gait-speed-letter"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · Twin Bridges senior center (Thursday room)

            Dear Joanne,

            Mrs. Opal Brackett, 81, came in with her granddaughter Maisie, who is 9 and wants her grandmother at the Madison County fair in August to watch her show a lamb.

            Her trouble is a slow stepping reaction and a lot of sway when she turns her head; she is fine standing still and lost when something moves.

            I was with her one-on-one the whole time we did the balance work; Maisie sat at the card table drawing horses. We did stepping over a line of hay-string hurdles, foam stance with head turns, and pushes at the pelvis with a step to recover.

            Her TUG was 12.4 seconds and she walked the 10 metres at 0.9 m/s.

            For the record, I billed neuromuscular re-education (97112), 23 minutes.

            With regards,
            Nell
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // HVUH Ypsilanti "Objective: Berg deferred — will retest next visit" and no number anywhere but the code and its minutes: measure missing; one-on-one, technique and deficit present.
        ["v5-h119-hvuh-berg-deferred-retest-next-visit"] = new(
            """
            HVUH Neuro PT Daily Note — Ypsilanti    Clinician: Jonah Feld, PT, DPT
            TODAY'S SESSION: 97112 — 23 min
            Delivery: one-on-one; the DPT student observed.
            Perturbations at the pelvis on the foam, tandem walking with head turns down the concourse, stepping over the hurdles.
            Deficit: delayed ankle strategy and postural sway, worse with head turns.
            Objective: Berg deferred — will retest next visit.
            PLAN NEXT SESSION: Berg and FGA.
            """,
            ["R26.81"], [PT("97112", 23)], [At(Measure, "97112")]),

        // SSTP "Q: Objective measure today? A: looked steadier, her granddaughter agrees" and no number anywhere but the code and its minutes: measure missing; one-on-one, technique and deficit present.
        ["v5-h119-sstp-looked-steadier-granddaughter-agrees"] = new(
            """
            Suncoast Senior Therapy Partners — Venice    MA Review-Ready Note    Denise Albright, PT
            Q: Was the patient seen one-on-one? ☒ Yes ☐ No
            Q: What skilled technique was used today? A: Foam stance with head turns, lateral perturbations at the hips, stepping over pool noodles on cue.
            Q: What deficit was addressed? A: Postural sway and a late lateral step; she catches her hip on the shuffleboard rail.
            Q: Objective measure today? A: Looked steadier, her granddaughter agrees.
            Q: Minutes per code? A: 97112 — 22 min.
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // MRPT Word note for 97110 with exercises named in bullets and no sets, reps, load, hold or any other number but the code and its minutes: measure missing; technique and deficit present.
        ["v5-h119-mrpt-97110-no-dose"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Marjorie Kuehn
            97110 — Therapeutic exercise — 18 minutes
            	Bridges
            	Clamshells with the band
            	Step‑ups onto the low step
            	Standing hip abduction at the counter
            Impairment: L hip abductor and extensor weakness; her L hip drops when she steps up to the bowling approach.
            Rita Fiorentino, PTA
            """,
            ["M62.81"], [PTA("97110", 18)], [At(Measure, "97110")]),

        // CST Enid PTA 97116 with the screens negative in words and no distance, assist level or other number but the code and its minutes: measure missing; technique and deficit present.
        ["v5-h119-cst-pta-97116-no-distance-or-assist"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: negative
            ROS: denies dizziness, chest pain   COGNITION: alert
            97116 x 20 min
            Tx: gait training with the quad cane down the hall and around the dining tables, cues for L heel strike and a longer R step.
            Deficit: L hemiparetic gait, short R step and L toe drag after the stroke.
            Measures: walked better than last week.
            Wendell Pickard, PTA
            """,
            ["I69.354"], [PTA("97116", 20)], [At(Measure, "97116")]),

        // BVGH Lincoln, encoded once: "Objective: not done today â€“ pt arrived late" and no number anywhere but the code and its minutes: measure missing; one-on-one, technique and deficit present.
        ["v5-h119-bvgh-objective-not-done-arrived-late"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL â€“ OUTPATIENT REHABILITATION (LINCOLN)
            Service: 97112 Neuromuscular re-education â€“ 22 min
            Delivery: one-on-one, just Mr. Ouellette and me.
            Treatment: rocker board A/P with eyes closed, foam stance with ball catches, perturbations at the shoulders.
            Deficit(s): R ankle proprioception after the sprain on the farm-stand steps; he rolls it on the gravel lot.
            Objective: not done today â€“ pt arrived late.
            Therapist: Marc-AndrÃ© LÃ©vesque, PT
            """,
            ["S93.401D"], [PT("97112", 22)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in these writers' forms, true mismatches, truly missing separate time

        // TPT shorthand "97110/97112 = 15/23 min" in parallel, both match; 1:1; BAPS and foam perturbations with Romberg; step-ups and bridges with doses; ankle proprioception and hip weakness: passes.
        ["v6-h119-tpt-parallel-codes-and-minutes"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            59 y/o M bison-ranch hand, R ankle sprain 1/28 on the squeeze-chute catwalk.
            97110/97112 = 15/23 min — 1:1 [x] / grp [ ]
            NMR tx/ BAPS lvl 3, foam EO→EC, A/P + M/L perturb @ pelvis | why/ ↓ R ankle proprioception, rolls it on frozen ruts | #s/ Romberg foam EC 12 s, SLS R 9 s
            TE tx/ step-ups 8" 3x10, bridges 3x15, heel raises 3x15 | why/ R hip abd + calf weakness
            plan/ f/u 3/11
            """,
            ["S93.401D"], [PT("97110", 15), PT("97112", 23)], []),

        // SLPT Tucson lettered pairs "05a CPT: 97112 06a Min: 23" and "05b CPT: 97140 06b Min: 11", both match; one-on-one; perturbations and tandem with FGA; talocrural glides and STM with degrees; ankle proprioception and DF stiffness: passes.
        ["v6-h119-slpt-lettered-pairs-two-codes"] = new(
            """
            StrideLine Physical Therapy — Tucson (Speedway) — SL Daily Note Form 12
            01 Patient: Montaño, Ruben    02 DOS: 03/04/2026    03 Clinician: L. Ybarra, PT
            05a CPT: 97112    06a Min: 23
            05b CPT: 97140    06b Min: 11
            09 Technique: (a) perturbations in single-leg stance on foam, tandem with head turns; (b) talocrural posterior glides grade III, STM to the gastroc-soleus
            10 Deficit: L ankle proprioception and DF stiffness after the fracture at the Fort Huachuca motor pool
            11 Measure: FGA 22/30; DF 7 to 12 degrees after
            12 Delivery: one-on-one, Lorenzo and pt only
            """,
            ["S82.402D"], [PT("97112", 23), PT("97140", 11)], []),

        // TVMC Dover log with each code's timer lines (97112 stopped at 22, 97116 stopped at 15), both match; one-on-one; foam and perturbation work with Berg; cane gait on the hall and ramp with distance and SBA; postural control and a short R step: passes.
        ["v6-h119-tv-two-codes-timer-lines"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (Dover)
            09:00 Session started — Tom Gerber, PT
            09:01 Treated one-on-one, PT and patient only
            09:02 97112 timer started
            09:03 Intervention: perturbations on the foam, tandem with head turns, stepping over the hurdles
            09:14 Impairment: postural control and a slow stepping reaction; short R step on the porch
            09:20 Measure: Berg 46/56
            09:24 97112 timer stopped — 22 min
            09:25 97116 timer started
            09:26 Intervention: cane gait down the hall and up the ramp, cues for a longer R step; 350 ft SBA
            09:40 97116 timer stopped — 15 min
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22), PT("97116", 15)], []),

        // KRPT Moose Lake thread closing "Billing mins: 97112 — 23 / 97110 — 12", both match; 1:1; rocker board and foam perturbations with SLS; step-ups and bridges with doses; ankle proprioception and hip weakness: passes.
        ["v6-h119-kr-closing-billing-mins"] = new(
            """
            Kettle River Physical Therapy — Moose Lake
            CareText thread pasted:
            [2:05 PM] Josh Pelto: Mrs. Bergstrom, 1:1 the whole visit, husband out in the truck.
            [2:06 PM] Josh Pelto: NMR — rocker board eyes closed, foam stance w/ perturbations at the hips, step-and-hold onto the foam. R ankle proprioception after she slipped on the casino parking ramp. SLS R 8 sec, rocker 12 sec.
            [2:07 PM] Josh Pelto: Ther ex — step-ups 6 inch 3x10, bridges 3x15, side-lying hip abd 3x12. R hip abductor weakness.
            [2:08 PM] Josh Pelto: Billing mins: 97112 — 23 / 97110 — 12
            [2:10 PM] Maren Hautala: got it
            """,
            ["S93.401D"], [PTA("97112", 23), PTA("97110", 12)], []),

        // TRH Ironton outline with a PT's "A. Neuromuscular re-education (97112) — 22 min" and an OT's "B. Therapeutic activities (97530) — 20 min", each matching; [X] Individual; foam and perturbation work with Berg; kitchen and laundry tasks with counts and SBA; L hemiparesis: passes.
        ["v6-h119-trh-pt-and-ot-headings"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — IRONTON OH
            I. SUBJECTIVE (03/04/2026)
               A. Retired river pilot, L hemiparesis after a stroke in August.
            II. OBJECTIVE
               A. Neuromuscular re-education (97112) — 22 min — Dwight Fultz, PT
                  1. Perturbations on the foam, weight shifts onto the L with tapping, stepping over cones.
                  2. Impairment: L weight acceptance and postural control.
                  3. Berg 40/56.
                  4. Delivery: [X] Individual [ ] Concurrent [ ] Group
               B. Therapeutic activities (97530) — 20 min — Renee Adkins, OTR/L
                  1. Carrying a laundry basket from the dryer to the bed, folding towels standing, unloading the dishwasher.
                  2. Impairment: L grip weakness and standing tolerance.
                  3. Basket carried 3 times SBA; 12 towels folded standing.
            III. ASSESSMENT: progressing.
            """,
            ["I69.354"], [PT("97112", 22), OT("97530", 20)], []),

        // SSTP "Q: Minutes per code? A: 97112 — 22 min; 97116 — 15 min.", both match; one-on-one; lean-and-release and foam head turns with Berg; rollator to cane gait with distance and SBA; slow stepping and a short L step: passes.
        ["v6-h119-sstp-minutes-per-code-two"] = new(
            """
            Suncoast Senior Therapy Partners — North Port    MA Review-Ready Note v3    Omar Haddad, PT, DPT
            Q: Was the patient seen one-on-one? ☒ Yes ☐ No
            Q: What skilled technique was used today? A: NMR — lean-and-release, foam stance with head turns. Gait — rollator to straight cane around the condo pool deck, cues for a longer L step.
            Q: What deficit was addressed? A: Slow stepping reaction and a short L step since the L hip replacement.
            Q: Objective measure today? A: Berg 47/56; 300 ft straight cane SBA.
            Q: Minutes per code? A: 97112 — 22 min; 97116 — 15 min.
            """,
            ["Z96.642", "R26.81"], [PT("97112", 22), PT("97116", 15)], []),

        // RVPT letter closing "For the record, I billed neuromuscular re-education (97112), 23 minutes, and therapeutic exercise (97110), 14 minutes.", both match; one-on-one; foam and pushes with Berg; step-ups and bridges with doses; slow stepping and quad weakness: passes.
        ["v6-h119-rvpt-for-the-record-two-codes"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Hank Dutton came in at 10 with his wife June. He is 74, ran cattle on the Ruby for 50 years and still feeds with the team and sled when the snow is deep, which this week it was.

            He has two problems: a slow stepping reaction when he is knocked off balance, and weak quads on both sides after a winter in the chair.

            For the balance part it was just the two of us; June went across to the café. We did foam stance with eyes closed, pushes at the pelvis with a step to recover, and stepping over feed-bucket lids. His Berg was 45 of 56. Then we did step-ups onto the 8 inch step 3x10 each leg and bridges 3x15.

            For the record, I billed neuromuscular re-education (97112), 23 minutes, and therapeutic exercise (97110), 14 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["R26.81", "M62.81"], [PT("97112", 23), PT("97110", 14)], []),

        // CFNR Wilmington "NMR (97112)(1:1)(22')" and "TE (97110)(13')", both match; PNF and foam work with FMA and Berg; rows and wall push-ups with doses; R UE recruitment and shoulder weakness: passes.
        ["v6-h119-cfnr-two-parenthesised-codes"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Wilmington — Market St)(DOS 03/04/2026)(A. Okonkwo, PT, DPT, NCS)
            NMR (97112)(1:1)(22')
            (Tx: PNF D2 flex R UE w/ rhythmic stabilization; foam stance w/ reaching across midline)
            (Deficit: R UE motor recruitment + trunk postural control s/p L MCA CVA)
            (Measure: FMA-UE 35/66; Berg 46/56)
            TE (97110)(13')
            (Tx: seated rows 5 lb 3x12, wall push-ups 2x10, shoulder flexion w/ the dowel 2x15)
            (Deficit: R shoulder flexor + scapular weakness)
            """,
            ["I69.351"], [PT("97112", 22), PT("97110", 13)], []),

        // BVGH Woonsocket, encoded twice, three codes each with its minutes ("97112 Ã¢â‚¬â€œ 23 min", "97110 Ã¢â‚¬â€œ 12 min", "97140 Ã¢â‚¬â€œ 10 min"), all match; one-on-one; foam and perturbations with Berg; squats and step-ups with doses; patellar glides and STM with degrees; knee proprioception and stiffness after a knee replacement: passes.
        ["v6-h119-bvgh-three-codes-twice-encoded"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL Ã¢â‚¬â€œ OUTPATIENT REHABILITATION (WOONSOCKET)
            Service: 97112 Neuromuscular re-education Ã¢â‚¬â€œ 23 min
            Delivery: one-on-one Ã¢â‚¬â€œ Mr. Gagnon cancelled, just Mrs. Thibodeau and me.
            Treatment: single-leg stance on foam with perturbations, tandem with head turns. Deficit(s): L knee proprioception and quad timing after the L TKA. Objective: Berg 48/56.
            Service: 97110 Therapeutic exercise Ã¢â‚¬â€œ 12 min
            Treatment: mini squats 3x12, step-ups 6 inch 3x10, SAQ 3 lb 3x15. Deficit(s): L quad weakness.
            Service: 97140 Manual therapy Ã¢â‚¬â€œ 10 min
            Treatment: patellar glides superior and medial, STM to the distal quad. Deficit(s): L knee flexion stiffness. Objective: flexion 108 to 114Ã‚Â° after.
            Therapist: AmÃƒÂ©lie Boisvert, PT, DPT
            """,
            ["Z96.652", "Z47.1"], [PT("97112", 23), PT("97110", 12), PT("97140", 10)], []),

        // BVGH Lincoln, encoded once, "97112 â€“ 30 min" on a 19-minute line: mismatch; otherwise complete (one-on-one; rocker board and foam perturbations; ankle proprioception; rocker seconds and Berg).
        ["v6-h119-bvgh-30-on-19-once-encoded"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL â€“ OUTPATIENT REHABILITATION (LINCOLN)
            Service: 97112 Neuromuscular re-education â€“ 30 min
            Delivery: one-on-one â€“ Joanne and Mr. Cournoyer only.
            Treatment: rocker board M/L, foam stance with perturbations at the shoulders, step-and-stick onto the foam.
            Deficit(s): L ankle proprioception after the sprain on the farm-stand loading dock.
            Objective: rocker board 13 sec without an edge touch; Berg 50/56.
            Therapist: Joanne Brodeur, PTA
            """,
            ["S93.402D"], [PTA("97112", 19)], [At(Mismatch, "97112")]),

        // SLPT Nogales "05 CPT: 97110  06 Minutes: 25" on a 14-minute line: mismatch on 97110; otherwise complete (squats, step-ups and bridges with doses; L knee weakness).
        ["v6-h119-slpt-06-minutes-25-on-14"] = new(
            """
            StrideLine Physical Therapy — Nogales — SL Daily Note Form 12
            01 Patient: Valenzuela, Irma    02 DOS: 03/04/2026    03 Clinician: K. Hatch, PTA
            05 CPT: 97110    06 Minutes: 25
            09 Technique: mini squats 3x12, step-ups 6 inch 3x10, bridges 3x15, SAQ 2 lb 3x15
            10 Deficit: L quad weakness after the L TKA; she can't climb the mercado steps reciprocally
            20 Signature: K. Hatch, PTA
            """,
            ["Z96.652", "Z47.1"], [PTA("97110", 14)], [At(Mismatch, "97110")]),

        // CST Ponca City OT "97530 x 30 min" on an 18-minute line: mismatch on 97530; otherwise complete (bed-to-chair and toilet transfers, reaching into the closet; L hemiparesis; counts and SBA).
        ["v6-h119-cst-ot-30-on-18"] = new(
            """
            CIMARRON SENIOR THERAPY — PRAIRIE ROSE ASSISTED LIVING, PONCA CITY      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   ROS: denies dizziness
            97530 x 30 min
            Tx: bed-to-chair transfers, toilet transfers with the grab bar, reaching into the closet for a sweater standing.
            Deficit: L hemiparesis, weak L grip and poor standing balance reaching.
            Measures: bed-to-chair 5x SBA; toilet 4x SBA; sweater reached 3 of 3 without a hand on the door.
            Renata Holloway, OTR/L
            """,
            ["I69.354"], [OT("97530", 18)], [At(Mismatch, "97530")]),

        // HVUH Chelsea PTA "TODAY'S SESSION: 97112 — 34 min" on a 22-minute line: mismatch; otherwise complete (1:1; big-step turns and perturbations; festination; TUG).
        ["v6-h119-hvuh-pta-34-on-22"] = new(
            """
            HVUH Neuro PT Daily Note — Chelsea    Clinician: Keisha Boateng, PTA
            TODAY'S SESSION: 97112 — 34 min
            Delivery: 1:1, nobody else in the room.
            Big-step turns around the cone, perturbations at the shoulders in stride stance, marching to the metronome.
            Deficit: festination and postural instability on turns, Parkinson's disease.
            Objective: TUG 12.6 sec; 360-degree turn in 7 steps.
            """,
            ["G20.A1"], [PTA("97112", 22)], [At(Mismatch, "97112")]),

        // TVMC New Philadelphia log naming two codes and only "Total timed: 38 min", no timer lines per code: separate time missing; both parts complete (one-on-one; foam and perturbations with Berg; bridges and step-ups with doses; postural control and hip weakness).
        ["v6-h119-tv-total-timed-only"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (New Philadelphia)
            10:30 Session started — Renee Stutzman, PT
            10:31 Treated one-on-one, PT and patient only
            10:32 Codes: 97112, 97110
            10:33 NMR: foam stance with perturbations, tandem with head turns; impairment postural control with a slow stepping reaction; Berg 44/56
            10:50 Ther ex: bridges 3x15, step-ups 6 inch 3x10, side-lying hip abduction 3x12; impairment bilateral hip abductor weakness
            11:12 Total timed: 38 min
            """,
            ["R26.81"], [PT("97112", 24), PT("97110", 14)], [SepTime]),

        // TRH Huntington outline "A. Neuromuscular re-education (97112) — 23 min" beside "B. Therapeutic exercise (97110) — see flowsheet": no minutes for the 97110 — separate time missing; both parts complete; 97112 matches.
        ["v6-h119-trh-97110-see-flowsheet"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — 5TH AVENUE, HUNTINGTON WV
            I. SUBJECTIVE (03/04/2026)
               A. Marshall groundskeeper; slipped on the wet turf in October.
            II. OBJECTIVE
               A. Neuromuscular re-education (97112) — 23 min
                  1. Perturbations on the foam, stepping over cones, tandem with head turns.
                  2. Impairment: slow stepping reaction and postural sway.
                  3. Delivery: [X] Individual [ ] Concurrent [ ] Group
                  4. FGA 21/30.
               B. Therapeutic exercise (97110) — see flowsheet
                  1. Goblet squats 15 lb 3x10, lateral band walks 4 lengths, bridges 3x15.
                  2. Impairment: bilateral hip extensor weakness.
            — Marisol Queen, PT, DPT, NCS
            """,
            ["R26.81"], [PT("97112", 23), PT("97110", 13)], [SepTime]),

        // SSTP "Q: Minutes per code? A: ______" with "Q: Codes billed? A: 97112, 97110" and "Q: Total timed? A: 37 min": no minutes for each — separate time missing; both parts complete.
        ["v6-h119-sstp-minutes-per-code-blank-total-only"] = new(
            """
            Suncoast Senior Therapy Partners — Port Charlotte    MA Review-Ready Note v3    Denise Albright, PT
            Q: Was the patient seen one-on-one? ☒ Yes ☐ No
            Q: What skilled technique was used today? A: NMR — foam stance with head turns, lateral perturbations. Ther ex — sit-to-stand 3x10, standing hip abduction 2 lb 3x12, heel raises 3x15.
            Q: What deficit was addressed? A: Postural sway and a late lateral step; bilateral hip abductor weakness.
            Q: Objective measure today? A: Berg 46/56.
            Q: Codes billed? A: 97112, 97110
            Q: Minutes per code? A: ______
            Q: Total timed? A: 37 min
            """,
            ["R26.81"], [PT("97112", 24), PT("97110", 13)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // An empty note on a two-code visit with a diagnosis (the thread never pasted): DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h119-empty-note-two-codes"] = new(
            "",
            ["R26.81"], [PT("97112", 23), PT("97140", 11)], [At(NoteMissing, "97112"), At(NoteMissing, "97140")]),

        // A note of a tab and line breaks only (cells are trimmed) on a PTA's 97116 with a diagnosis: note missing only.
        ["v7-h119-tab-and-line-breaks-97116"] = new(
            "\t\n \n",
            ["Z96.651"], [PTA("97116", 20)], [At(NoteMissing, "97116")]),

        // An empty note on an OT's 97530 with no diagnosis: note missing and diagnosis missing.
        ["v7-h119-empty-note-ot-97530-no-dx"] = new(
            "",
            [], [OT("97530", 22)], [At(NoteMissing, "97530"), Dx]),

        // 97110's meaning on an SLPT form: hip hinges with the dowel, farmer carries, goblet squats and step-ups with loads, sets and reps (technique and measure), low back and hip extensor weakness lifting saddles (deficit); "06 Minutes: 19" matches: passes.
        ["v7-h119-slpt-97110-hinges-and-carries"] = new(
            """
            StrideLine Physical Therapy — Sierra Vista — SL Daily Note Form 12
            01 Patient: Ochoa, Dario    02 DOS: 03/04/2026    03 Clinician: L. Ybarra, PT
            05 CPT: 97110    06 Minutes: 19
            09 Technique: hip hinges with the dowel 3x10, farmer carries 25 lb each hand 4 x 60 ft, goblet squats 20 lb 3x10, step-ups 8 inch 3x10
            10 Deficit: hip extensor and lumbar extensor weakness; he rounds his back lifting the saddle onto the rack
            20 Signature: L. Ybarra, PT
            """,
            ["M54.50", "M62.81"], [PT("97110", 19)], []),

        // 97530's meaning on a TVMC OT log: lifting a harness collar onto the wall peg, carrying the egg basket across the barn floor, stepping up into a buggy mock-up with the bag (technique), R shoulder and grip weakness after a rotator-cuff repair (deficit), counts and load (measure); timer lines give 23: passes.
        ["v7-h119-tv-ot-97530-harness-and-egg-basket"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (Sugarcreek)
            14:00 Session started — Sara Hochstetler, OTR/L
            14:01 97530 timer started
            14:02 Intervention: lifting a harness collar onto the wall peg at shoulder height, carrying the egg basket across the floor, stepping up into the buggy mock-up holding the bag
            14:12 Impairment: R shoulder elevation and grip weakness after the rotator-cuff repair; he can't hang the harness in the shop
            14:20 Measure: collar (8 lb) to the peg 6 times; basket carried 5 trips without a set-down
            14:24 97530 timer stopped — 23 min
            """,
            ["M75.121", "Z98.890"], [OT("97530", 23)], []),

        // 97140's meaning on a TPT note: thoracic PA mobs grade III-IV, rib springing and STM to the rhomboids (technique), T4-7 hypomobility with pain reaching overhead (deficit), rotation degrees (measure); "97140 12 min" matches: passes.
        ["v7-h119-tpt-97140-thoracic-and-rib-mobs"] = new(
            """
            TPT/Thermopolis — R. Ekberg PT — 3/4/26
            97140 12 min
            tx/ thoracic central PA mobs T4-T7 gr III-IV, rib springing R 5-7, STM to the R rhomboids
            why/ T4-7 hypomobility, pain reaching overhead to the hay-loft door latch
            #s/ thoracic rotation R 30° → 42°
            """,
            ["M54.6"], [PT("97140", 12)], []),

        // 97116's meaning on a KRPT PTA thread: walker to cane on the clinic hall and the snowy sidewalk, curb up and down, cues for heel strike (technique), short L step and L hip weakness after a fracture (deficit), distance and assist (measure); "97116 — 21 min" matches: passes.
        ["v7-h119-kr-pta-97116-walker-to-cane"] = new(
            """
            Kettle River Physical Therapy — Hinckley
            97116 — 21 min (Kayla Rask, PTA)
            [11:20 AM] Kayla Rask: Mr. Brekke — gait training walker to cane in the hall, then the sidewalk out front (packed snow) and the curb up/down, cues for L heel strike and a longer R step.
            [11:21 AM] Kayla Rask: short L step + L hip weakness after the fracture. 300 ft cane CGA on the sidewalk, 400 ft SBA in the hall, curb x4 CGA.
            """,
            ["S72.002D"], [PTA("97116", 21)], []),

        // SSTP form answered only in generic phrases on a 97112 ("balance training per POC", "tolerated well", "continue POC") with the one-on-one answer left blank and no number but the code and its minutes: technique, generic, deficit, measure and one-on-one.
        ["v7-h119-sstp-generic-answers-97112"] = new(
            """
            Suncoast Senior Therapy Partners — Venice    MA Review-Ready Note    Tracy Nguyen, PTA
            Q: Was the patient seen one-on-one? A: ______
            Q: What skilled technique was used today? A: Balance training per POC.
            Q: What deficit was addressed? A: Per POC.
            Q: Objective measure today? A: Tolerated well.
            Q: Minutes per code? A: 97112 — 22 min.
            Continue POC.
            """,
            ["R26.81"], [PTA("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // KRPT thread with no time stamps: "ther ex and manual as usual, tolerated well, cont POC" on two codes with no minutes: nothing named for either code and no minutes for each.
        ["v7-h119-kr-generic-thread-two-codes"] = new(
            """
            Kettle River Physical Therapy — Sandstone
            CareText thread pasted:
            Aaron Kivi: pt did good today, ther ex and manual as usual
            Aaron Kivi: tolerated well, cont POC
            Maren Hautala: ok
            """,
            ["M54.50"], [PT("97110", 15), PT("97140", 10)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"), SepTime]),

        // BVGH Lincoln OT note encoded once: "Treatment: functional activities per POC â€“ pt tolerated well" on a 97530: nothing named; the minutes match.
        ["v7-h119-bvgh-ot-generic-97530"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL â€“ OUTPATIENT REHABILITATION (LINCOLN)
            Service: 97530 Therapeutic activities â€“ 22 min
            Treatment: functional activities per POC â€“ pt tolerated well.
            Deficit(s): â€¦
            Objective: â€¦
            Plan: continue POC.
            Therapist: HÃ©lÃ¨ne Charpentier, OTR/L
            """,
            ["I69.351"], [OT("97530", 22)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // BVGH North Smithfield complete 97112, encoded once ("one-on-one â€“ just the two of us"; foam head turns, perturbations, curb stepping; visual dependence; mCTSIB and Berg; "97112 â€“ 23 min"): passes.
        ["vord-h119-bvgh-north-smithfield-nmr"] = new(
            """
            BLACKSTONE VALLEY GENERAL HOSPITAL â€“ OUTPATIENT REHABILITATION (NORTH SMITHFIELD)
            Service: 97112 Neuromuscular re-education â€“ 23 min
            Delivery: one-on-one â€“ just the two of us.
            Treatment: foam stance with head turns, perturbations at the pelvis, stepping up and down the curb block with eyes up.
            Deficit(s): visual dependence and postural sway; she grabs the railing when the bus goes by.
            Objective: mCTSIB foam eyes closed 12 sec; Berg 47/56.
            Therapist: Joanne Brodeur, PTA
            """,
            ["R26.81", "R42"], [PTA("97112", 23)], []),

        // MRPT West Bend complete 97110 Word note with bullets (leg press, step-ups, TKE with doses; R quad weakness after a knee replacement; "97110 — 18 minutes"): passes.
        ["vord-h119-mrpt-97110-after-tka"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Gary Zastrow
            97110 — Therapeutic exercise — 18 minutes
            	Leg press 70 lb 3x12
            	Forward step‑ups 6 inch 3x10
            	TKE with the blue band 3x15
            Impairment: R quad weakness after the R TKA; he climbs into the cheese truck cab leading with the L.
            Owen Wierzbicki, PT
            """,
            ["Z96.651", "Z47.1"], [PT("97110", 18)], []),

        // MRPT Jackson OT 97530 with a tracked change on a count accepted ("[deleted: 2] [inserted: 4] trips"): laundry and groceries tasks; L hand weakness; counts and SBA; "97530 — 22 minutes": passes.
        ["vord-h119-mrpt-ot-tracked-count"] = new(
            """
            Milwaukee River Physical Therapy — Jackson
            Daily Note — Audrey Lemke
            97530 — Therapeutic activities — 22 minutes
            	Carrying groceries from the car mock‑up to the counter
            	Putting cans away on the upper shelf
            	Folding and carrying laundry
            Impairment: L grip weakness and standing balance reaching after the stroke.
            Measures: groceries carried [deleted: 2] [inserted: 4] trips SBA; 10 cans shelved.
            Bea Mattson, OTR/L
            """,
            ["I69.354"], [OT("97530", 22)], []),

        // HVUH Briarwood complete 97112 with a home-health PT's report in the recap (not today's) and today's own work (one-on-one; X1 on foam, head-turn walking; vestibular hypofunction; DGI; "97112 — 23 min"): passes.
        ["vord-h119-hvuh-home-health-recap"] = new(
            """
            HVUH Neuro PT Daily Note — Briarwood, Ann Arbor    Clinician: Priya Raman, PT, DPT, NCS
            PREVIOUS SESSION: home-health PT (report faxed) — walking program only.
            TODAY'S SESSION: 97112 — 23 min
            Delivery: one-on-one, vestibular room.
            X1 viewing standing on foam, walking the Arb path mock-up in the hall with head turns, tandem with eyes closed.
            Deficit: R vestibular hypofunction; she veers on the Arb trails when she looks at the birds.
            Objective: DGI 18/24.
            """,
            ["H81.21"], [PT("97112", 23)], []),

        // SSTP complete OT 97530 ("Q: … A:" pairs; tub transfers and reaching; L shoulder weakness; counts and SBA; "97530 — 21 min"): passes.
        ["vord-h119-sstp-ot-tub-transfers"] = new(
            """
            Suncoast Senior Therapy Partners — North Port    MA Review-Ready Note v3    Lorraine Pike, OTR/L
            Q: What skilled technique was used today? A: Tub-bench transfers, reaching to the shower caddy, stepping over the tub wall with the grab bar.
            Q: What deficit was addressed? A: L shoulder weakness and standing balance reaching after the fall at the condo pool.
            Q: Objective measure today? A: Tub-bench transfer 4x SBA; 5 of 5 reaches without losing balance.
            Q: Minutes per code? A: 97530 — 21 min.
            """,
            ["S42.202D"], [OT("97530", 21)], []),

        // TRH Ashland complete PTA 97116 outline (cane gait on the floodwall path and the stairs; short L step; distance and CGA; "Gait training (97116) — 20 min"): passes.
        ["vord-h119-trh-pta-gait-floodwall"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — ASHLAND KY
            I. SUBJECTIVE (03/04/2026)
               A. Wants to walk the floodwall path with her sister again.
            II. OBJECTIVE
               A. Gait training (97116) — 20 min
                  1. Straight cane on the hall and the outdoor path, up and down the 6 stairs, cues for a longer L step.
               B. Impairment: short L step and L hip weakness after the L hip fracture.
               C. 500 ft cane SBA; stairs with one rail CGA.
            — Tamara Click, PTA
            """,
            ["S72.002D"], [PTA("97116", 20)], []),

        // SLPT Nogales complete OT 97530 form (tortillas on the comal, reaching, carrying; R hand weakness; counts; "06 Minutes: 22"): passes.
        ["vord-h119-slpt-ot-comal"] = new(
            """
            StrideLine Physical Therapy — Nogales — SL Daily Note Form 12
            01 Patient: Quiroz, Amparo    02 DOS: 03/04/2026    03 Clinician: D. Pacheco, OTR/L
            05 CPT: 97530    06 Minutes: 22
            09 Technique: pressing and turning tortillas on the comal with tongs, reaching to the upper cabinet for the masa, carrying the pot to the table
            10 Deficit: R grip weakness and tremor after the R wrist fracture
            11 Measure: 12 tortillas turned without a drop; pot carried 3 times SBA; grip R 18 lb
            """,
            ["S52.501D"], [OT("97530", 22)], []),

        // KRPT Sandstone complete 97112 thread with the PT's quoted question answered ("> 1:1?" "yes, just him"; foam and perturbations; proprioception; Berg; "97112 — 24 min"): passes.
        ["vord-h119-kr-quoted-one-on-one-yes"] = new(
            """
            Kettle River Physical Therapy — Sandstone
            97112 — 24 min (Josh Pelto, PTA)
            [8:40 AM] Maren Hautala: Mr. Saari at 9 — 1:1?
            [9:35 AM] Josh Pelto:
            > 1:1?
            yes, just him the whole NMR block. Foam stance eyes closed, perturbations at the hips, tandem walking in the bars. Proprioceptive loss both feet w/ the neuropathy. Berg 43/56.
            Sent from my iPhone
            """,
            ["E11.42"], [PTA("97112", 24)], []),

        // TVMC Sugarcreek complete PT 97140 log (lumbar PA glides and STM; L4-5 hypomobility; fingertip distance; timer lines give 11): passes.
        ["vord-h119-tv-97140-lumbar"] = new(
            """
            TUSCARAWAS VALLEY MEDICAL CENTER — OUTPATIENT THERAPY — ACTIVITY LOG (Sugarcreek)
            16:00 Session started — Tom Gerber, PT
            16:01 97140 timer started
            16:02 Intervention: central PA glides L4 and L5 grade III, STM to the lumbar paraspinals
            16:08 Impairment: L4-5 hypomobility; he can't bend to pick up the quilt frames
            16:10 Measure: fingertips to 9 inches from the floor after (14 before)
            16:12 97140 timer stopped — 11 min
            """,
            ["M54.50"], [PT("97140", 11)], []),

        // CFNR Southport complete OT 97530 in parentheses (deck-like tasks; R UE weakness; counts; "ADL/TA (97530)(20')"): passes.
        ["vord-h119-cfnr-ot-97530"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Southport)(DOS 03/04/2026)(C. Dubose, OTR/L)
            TA (97530)(20')
            (Tx: coiling a rope standing, lifting a cooler from the floor to the bench, buttoning a rain jacket)
            (Deficit: R UE weakness + standing balance reaching s/p L CVA)
            (Measure: cooler (12 lb) lifted 5x SBA; jacket buttoned in 48 s)
            """,
            ["I69.351"], [OT("97530", 20)], []),

        // TPT Worland OT 97530 in shorthand (hay bale and tack tasks; L shoulder weakness; counts and load; "97530 20 min"): passes.
        ["vord-h119-tpt-ot-97530-tack-room"] = new(
            """
            TPT/Worland — K. Lungren OTR/L — 3/4/26
            97530 20 min
            tx/ lifting a saddle pad + bridle to the tack hooks, carrying a 20 lb feed bucket 40 ft, reaching overhead to the top shelf
            why/ L shoulder flexion weakness s/p RTC repair
            #s/ bucket carried x5 SBA; bridle to the top hook 6/6
            """,
            ["M75.122", "Z98.890"], [OT("97530", 20)], []),

        // CST Enid complete 97112 with screens and vitals ("1:1: Y / N → Y"; foam, pushes, stepping; R hip abductors 3+/5 with sway; 4-stage and TUG; "97112 x 22 min"): passes.
        ["vord-h119-cst-enid-nmr"] = new(
            """
            CIMARRON SENIOR THERAPY — ENID      CST GERI VISIT
            FALLS SINCE LAST VISIT: none   NEAR-FALLS: none
            ORTHOSTATICS lying → standing: 140/82 HR 70 → 136/80 HR 76, negative
            ROS: denies dizziness, chest pain, SOB   COGNITION: alert   VISION: readers
            1:1: Y / N → Y
            97112 x 22 min
            Tx: lateral stepping with pushes at the hips, foam stance with head turns, stepping over the yardstick.
            Deficit: strength WNL except R hip abductors 3+/5; sways to the R getting up from the grain-inspection stool.
            Measures: 4-stage balance test tandem 9 sec; TUG 12.1 sec.
            Loretta Haskins, PT, GCS
            """,
            ["R26.81", "M62.81"], [PT("97112", 22)], []),

        // RVPT letter, complete 97140 (STM and glenohumeral glides; shoulder stiffness casting a fly rod; degrees; "97140), 12 minutes"): passes.
        ["vord-h119-rvpt-97140-fly-rod"] = new(
            """
            RUBY VALLEY PHYSICAL THERAPY · 112 Main Street, Sheridan, Montana

            Dear Dr. Quarrie,

            Dan Lockridge guides on the Beaverhead and wants to be casting by the salmonfly hatch. He is 57 and brought his dog, who lay down beside Biscuit.

            His R shoulder is stiff in elevation and external rotation; he cannot get the rod back past his ear.

            I did soft-tissue mobilization to the posterior cuff and inferior and posterior glenohumeral glides, grade III. His flexion went from 142 to 151 degrees and external rotation from 60 to 68.

            For the record, I billed manual therapy (97140), 12 minutes.

            With regards,
            Nell Tregoning, PT
            """,
            ["M75.01"], [PT("97140", 12)], []),

        // SLPT Tucson complete PTA 97110 form (bridges, squats, step-ups with doses; L hip weakness; "06 Minutes: 16"): passes.
        ["vord-h119-slpt-pta-97110"] = new(
            """
            StrideLine Physical Therapy — Tucson (Speedway) — SL Daily Note Form 12
            01 Patient: Harwood, Lynn    02 DOS: 03/04/2026    03 Clinician: K. Hatch, PTA
            05 CPT: 97110    06 Minutes: 16
            09 Technique: bridges 3x15, side-lying hip abduction 3x12, mini squats 3x12, step-ups 6 inch 3x10
            10 Deficit: L hip abductor weakness, Trendelenburg on the Sabino Canyon tram steps
            20 Signature: K. Hatch, PTA
            """,
            ["M62.81"], [PTA("97110", 16)], []),

        // CFNR Leland complete PTA 97116 ("GT (97116)(19')"; walker gait on the dock ramp mock-up; short R step; distance and CGA): passes.
        ["vord-h119-cfnr-pta-97116"] = new(
            """
            CAPE FEAR NEURO RECOVERY (Leland)(DOS 03/04/2026)(L. Pridgen, PTA)
            GT (97116)(19')
            (Tx: FWW gait on the hall + the ramp, cues for a longer R step + upright trunk)
            (Deficit: short R step + flexed trunk s/p L hip ORIF)
            (Measure: 300 ft FWW CGA; ramp x2 SBA)
            """,
            ["S72.002D"], [PTA("97116", 19)], []),

        // TRH complete 97112 ([X] Individual; foam and perturbations; postural control; Berg) sent with no diagnosis.
        ["vord-h119-trh-no-diagnosis"] = new(
            """
            TRI-RIVERS HEALTH OUTPATIENT REHABILITATION — IRONTON OH
            II. OBJECTIVE
               A. Neuromuscular re-education (97112) — 22 min
                  1. Perturbations on the foam, tandem with head turns.
               B. Impairment: postural control and slow stepping after the fall on the barge ramp.
               C. Delivery: [X] Individual [ ] Concurrent [ ] Group
               D. Berg 46/56.
            — Dwight Fultz, PT
            """,
            [], [PT("97112", 22)], [Dx]),

        // KRPT complete 97112 thread (1:1; rocker board and perturbations; ankle proprioception; rocker seconds) with the claim's diagnosis exported as "per MD referral": not a well-formed ICD-10-CM code.
        ["vord-h119-kr-dx-per-md-referral"] = new(
            """
            Kettle River Physical Therapy — Hinckley
            97112 — 22 min (Kayla Rask, PTA)
            [10:15 AM] Kayla Rask: 1:1 w/ Mrs. Koivisto the whole block. Rocker board eyes closed, perturbations on the foam. L ankle proprioception after the sprain. Rocker 12 sec, SLS L 7 sec.
            """,
            ["per MD referral"], [PTA("97112", 22)], [Dx]),

        // MRPT PTA Word note "97110 — 30 minutes" on a 19-minute line: mismatch; otherwise complete (bridges, clamshells and step-ups with doses; L hip weakness).
        ["vord-h119-mrpt-pta-30-on-19"] = new(
            """
            Milwaukee River Physical Therapy — West Bend
            Daily Note — Sharon Pautz
            97110 — Therapeutic exercise — 30 minutes
            	Bridges 3x15
            	Clamshells with the red band 3x12
            	Step‑ups 6 inch 3x10
            Impairment: L hip abductor and extensor weakness; her L hip drops on the church steps.
            Rita Fiorentino, PTA
            """,
            ["M62.81"], [PTA("97110", 19)], [At(Mismatch, "97110")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
