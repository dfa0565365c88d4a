using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The sixty-eighth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this
/// folder (read for their format and to write styles, phrasings, vocabulary and examples they do not already have).
/// The engine's output on these notes was never looked at while writing them, and the tests were never run by
/// the reviewer.
/// The set is a random week of hand and upper-extremity therapy — flexor and extensor tendon repairs on
/// early-motion protocols, distal radius fractures after ORIF or a cast, carpal tunnel and trigger-finger releases,
/// CMC arthroplasty, Dupuytren's after a fasciectomy or a needle aponeurotomy, CRPS of the hand, nerve repairs and
/// palsies with sensory and motor re-education, tendon transfers, stiff elbows and shoulders after fracture — as
/// certified hand therapists (OTs and PTs), OTs, PTs and PTAs write it (COTAs appear in the notes, never on a line):
/// orthoses fabricated, remade and adjusted beside the billed codes (never on a line), scar management, oedema
/// control, desensitisation, fine-motor and grip tasks, goniometry by joint and TAM, dynamometer and pinch readings,
/// QuickDASH and PRWE, Semmes-Weinstein and two-point discrimination, a Moberg pick-up and a Jebsen-Taylor; about
/// two thirds ordinary and complete (68 of 102), single- and multi-code visits (97110, 97112, 97116, 97140, 97530,
/// up to three in a visit, a PT line and an OT line on one day), by OTs, PTs and PTAs, from five employers:
/// <list type="number">
/// <item>an orthopaedic hand-surgery group's therapy suite ("Sangamon Hand &amp; Wrist Surgeons — Therapy Suite":
/// Springfield, Chatham, Jacksonville, Lincoln, Illinois) charting the POD and the surgeon (Dr. Adeyemi, Dr. Pruitt)
/// on a "HAND THERAPY DAILY" with a flexor-tendon pathway (protocol and orthosis boxes) and a nerve pathway
/// (nerve, sensation and delivery boxes), a modified Kleinert set-up with rubber-band traction and the
/// wrist and MP angles of its dorsal blocking orthosis, an LMB spring-coil PIP orthosis after serial casting, a Stack orthosis
/// being weaned, a needle aponeurotomy, a distal biceps repair, a "Timed (min): 97140 | 10" row; a state office
/// worker at the keyboard, a church organist, a roofer, a softball, a bucket in the truck bed;</item>
/// <item>a hospital hand clinic ("Casco Bay Medical Center — Hand Clinic": Portland, Westbrook, Biddeford, Maine)
/// on an "OT Treatment Note" with "Treatment minutes", "Attendance: (x) 1:1 direct", oedema and scar grids, a
/// "Problem list" left blank, 24-hour clock ranges per code, a quiet room for graded motor imagery, tendon transfers
/// for an old radial nerve palsy, an AIN palsy, a terrible-triad elbow with a JAS static-progressive orthosis,
/// silicone MP arthroplasties for RA, a hemi-hamate arthroplasty, a ring sizer; lobstermen, pot warp and bait bags, a
/// boatyard rigger, a line cook on Commercial Street, the ferry ticket slot, a mill apartment on the river, a
/// beer-league goalie, a cashier, a knitter;</item>
/// <item>a private CHT practice ("Perdido Hand Therapy": Pensacola, Gulf Breeze, Navarre, Florida) writing in the
/// first person about "the client", signed "OTR/L, CHT": sensory re-education after a carpal tunnel release, a
/// WALANT flexor pollicis longus repair on the surgeon's early active motion, a Manchester short splint, a Powerball
/// gyroscope after a TFCC repair, writer's cramp, a shared slot for two thumbs, "One-on-one: ☐ Y ☐ N", a flowsheet
/// left empty, "Spent 22 minutes on exercise (97110) and another 11 minutes on manual work (97140)"; a retired Navy
/// chief and a Navy pilot who golfs, a charter-boat mate, a flautist, a nail tech, a hairdresser, a court
/// reporter, pickleball;</item>
/// <item>a workers' compensation occupational clinic ("Channelside Occupational Health — Hand &amp; UE Rehab":
/// Baytown, La Porte, Pasadena, Texas City, Texas) seeing claimants from the plants, terminals and the ship channel
/// with claim numbers, dates of injury, employers and an adjuster, "DWC-73 work status" boxes, "Clients in my care
/// this block: ( ) 1 (•) 2", the BTE Primus RS, an Otoform elastomer insert and the POSAS, "Billing: 97530 x1
/// (14 min)"; a pipefitter, a boilermaker, a scaffold builder, an instrument tech, a crane operator, a longshore
/// lasher, a deckhand on a push boat, an insulator, a millwright, a control-room operator; a valve handwheel,
/// flange bolts, a podger, a turnbuckle, a heaving line, a steam tracer line;</item>
/// <item>a rural OT/PT practice whose hand clinic runs Tuesdays and Fridays ("Big Horn Basin Therapy": Powell,
/// Lovell, Greybull, Worland, Wyoming): ranchers and farm hands — a gate chain, baling twine, a cinch strap and a
/// saddle rack, fencing pliers, a grain-auger guard, a hay wagon, the sugar-beet harvest, a farrier's nippers, a
/// team roper's dally, the school cook; two brothers hurt in one baler, two wrists at one table, a platform walker,
/// a Dynasplint, Watson's stress loading.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h68-…): one-on-one in these writers' own words ("No one else at the hand table today: just this
/// client and me for the whole 97112", "She was the one patient on my schedule this hour; one-to-one in the hand
/// room", "Just me and Mr. Harlan working the whole block" with his wife learning the home program, "Sole client
/// booked in the 2 pm hour", "PTA with the claimant alone in the UE room", "Nobody else scheduled with me, door
/// shut, just OT and Mr. Ouellette", "Claimant and therapist one-on-one, no other patient in the hand gym during
/// either code"), notes that negate it (two claimants worked at one hand table back and forth, a shared slot for two
/// CMC arthroplasties, an OT supervising another client's fluidotherapy in the next chair, two brothers side by
/// side) or never state it (a daughter waiting in the lobby), and two wrists at one table on 97110, which has no
/// one-on-one check (only 97112 is the one-on-one code in the shipped medicare profile);</item>
/// <item>class 2 (v2-h68-…): template states: a flexor-tendon pathway with protocol and orthosis boxes, "Attendance:
/// (x) 1:1 direct", DWC-73 work-status boxes with restrictions, "One-on-one: ☐ Y ☐ N" left blank, exercise boxes
/// ticked with "Sets/reps: ____", "Clients in my care this block: ( ) 1 (•) 2", oedema and scar grids, nerve and
/// sensation boxes with "☒ direct one-on-one", a hand-therapy flowsheet with nothing ticked or filled, precaution
/// boxes after a CMC arthroplasty, a gait grid with a forearm platform, a "Problem list" left blank;</item>
/// <item>class 3 (v3-h68-…): named protocols, programmes and devices as techniques (a modified Kleinert with
/// rubber-band traction, a surgeon's wide-awake early active motion, graded motor imagery with Recognise cards and a
/// mirror box, the BTE Primus RS, Watson's stress loading, humeroulnar mobilisation beside a JAS orthosis, blocking
/// after serial casting with an LMB orthosis, an Otoform insert beside scar mobilisation, a Dynasplint beside elbow
/// exercise), a Powerball gyroscope with no number, a Manchester short splint programme with no dose and a
/// Bodyblade session with no deficit;</item>
/// <item>class 4 (v4-h68-…): deficits stated as findings (fingertips that stop short of the palm on the steering
/// wheel, a ring finger that curls into the pot warp, flute keys that feel fuzzy, a shirt cuff he will not let touch
/// the hand, a gate-chain hook he cannot pinch, a spoon that will not reach the mouth, a thumb burned on a steam line
/// without feeling it, a nail file that slips, plates that will not go on the second shelf, a cord that catches in
/// the pocket, a turnbuckle that cannot be spun) and notes that state none (a discharge-week 97110 with no
/// complaint, a 97112 whose sensory screen is normal);</item>
/// <item>class 5 (v5-h68-…): measures in their usual forms (QuickDASH with a Jamar mean of three, PRWE with a wrist
/// arc, goniometry by joint with TAM, a ring sizer, tip, key and three-jaw pinch, a Moberg pick-up, Kapandji, words
/// written before the cramp, Jebsen-Taylor subtests) and notes with none ("Did better with the wrench today",
/// "Scar softer and glides better", "she could tell the penny from the dime by the end");</item>
/// <item>class 6 (v6-h68-…): minutes in their usual forms (a "Timed (min)" row with pipes, 24-hour clock ranges per
/// code, two parts around remaking an orthosis, "Billing: 97530 x1 (14 min)", a PT and an OT on one Tuesday, three
/// codes with a one-on-one 97112, "Spent 22 minutes on … and another 11 minutes on …") and true mismatches (97110 28
/// against 16, a PTA's 97530 12 against 24, the second of two codes 25 against 13, an OT's NMR 30 against 18) and
/// truly missing separate time (a timed total for two codes, a 97530 section with no minutes);</item>
/// <item>class 7 (v7-h68-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110 (a farrier's wrist and grip), 97530 (a pipefitter's bolt-up and tool
/// bag), 97140 (MP flexion mobilisation after a fifth metacarpal fracture) and 97116 (a hemi-walker with a casted
/// wrist), and wholly generic 97110, 97140 + 97110, 97112 and 97530 notes;</item>
/// <item>ordinary (vord-h68-…): complete notes of the five employers that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: a complete note with no diagnosis, an ICD-9 code, a 97140 that names no
/// manual technique.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its
/// one-on-one code, every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and
/// ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_*
/// findings are compared, as "RULE@code" per line and "RULE" per visit (separate time, diagnosis). A time
/// mismatch is written on the line whose minutes differ (<c>At(Mismatch, code)</c>); the contract gives no
/// tolerance, so every mismatch here differs by ten minutes or more and every passing note's minutes are exact
/// (a code's minutes given in two parts add up to its line). Every timed line earns at least one unit under the
/// 8-minute rule. This set's notes carry people and numbers that are not the code's — a wife learning the home
/// program, a daughter in the lobby, a COTA who set up, another client (none of them a patient of the block but the
/// ones said to be), claim numbers, dates of injury, post-operative days and protocol weeks, tendon zones, the
/// angles an orthosis holds, an orthosis's tension setting, wrench and tube sizes, pounds of a tool bag, a ring
/// size, a clock hour booked — and each is written so that a reviewer cannot take it for a code's minutes or a
/// measure; no note gives minutes to an orthosis, a modality (fluidotherapy, a silicone sheet, an elastomer insert),
/// education, a rest or a test.
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
/// three-character or dotless diagnosis codes, and any line with a code that has no documentation profile
/// (orthotic fabrication and management, modalities, self-care training and evaluations stay in the notes, never on
/// a line).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 78 of 102 cases agree (100 needed), and 16 of the 68 notes the reviewer passes got a finding, on the analyzer of 43d4757 (the 2026-12-06 tenth session after its first changes, which worked the sixty-fourth and sixty-sixth sets through; made before this set was written) — its first run, the held-out figure.</para>
/// <para>After: development data from that run, worked through in part: 96 of 102 with 3 false positives — one-on-one in these writers' words ("just the claimant and me in the hand room", "me with him throughout", "No one else at the hand table today: just this client and me"), hand-therapy vocabulary from a helper (sensory re-education, Moberg and Jebsen-Taylor, position-matching error, ring size, "numb"/"hypersensitive" findings, early active motion, work tasks). Not reached: a blank "One-on-one: ☐ Y ☐ N" beside a ticked box of another field on its line; a ticked "☒ diminished" in a sensation row as the deficit; an empty flowsheet's blank fields ("AROM: ______", "Edema: ☐ none ☐ mild") read as content; "FPL 3-/5" (a minus grade) as a measure; "9 min before, 8 min after → 17 min" read as 9; "No complaints: full motion, full strength" and "back at full duty" as deficits. The failing [Fact]s are skipped with that reason until a later session works them through (no case edited).</para>
/// <para>Worked through in the 2026-12-06 eleventh session to 97 of 102 with 2 false positives, and in the twelfth session to 101 of 102 with no false positive (both [Fact]s pass, their Skips removed; no case edited): a minus grade compared with the evaluation ("FPL 3-/5 (2-/5 at IE)") is progress measured; a field's label answered by the sign ticked after it ("Sensation: ☐ intact ☒ diminished") states the deficit; a blank "One-on-one: ☐ Y ☐ N" beside another field ticked on its line states nothing; an empty flowsheet's fields ("AROM: ______", "Edema: ☐ none ☐ mild ☐ mod") say nothing. Left: "No complaints: full motion, full strength, … back at full duty" still reads as naming strength.</para>
/// <para>Eleventh session (2026-12-06): worked through further to 97 of 102 with 2 false positives (a session's two parts and their sum: "9 min before, 8 min after → 17 min"). Still not reached: "FPL 3-/5", "index DIP active flexion 40°" and "tip pinch 3 lb" are impairment measures, which the shipped profile does not count as 97112's objective measure (adding them broke fifteen other reviewed cases that expect a pain score alone to be no measure — a profile question, left); a ticked "☒ diminished" in a sensation row as the deficit; a blank "One-on-one: ☐ Y ☐ N" beside another field's ticked box; an empty flowsheet's blank fields; "No complaints: full motion, full strength" as no deficit. Both facts stay skipped with that reason (no case edited)</para>
/// </summary>
public class HeldOutNotesIssue18SixtyEighthTests(ITestOutputHelper output)
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

        // Pensacola CHT, six weeks after a carpal tunnel release: "No one else at the hand table today: just this client and me for the whole 97112, 21 min"; early- and late-phase sensory re-education; median-digit light touch and discrimination; SW values and 7 of 10; 21 matches: passes.
        ["v1-h68-pensacola-no-one-else-at-the-hand-table"] = new(
            """
            PERDIDO HAND THERAPY — Pensacola
            Client: retired Navy chief, 6 wks s/p R open carpal tunnel release (Dr. Broussard) for severe CTS — thenar wasting before surgery.
            No one else at the hand table today: just this client and me for the whole 97112, 21 min.
              sensory re-education, early phase: moving touch along the index and long fingers with a pencil eraser, eyes open → closed, then he names where I touched; constant touch held 2 s, then localise
              late phase: picking a quarter, a washer and a paper clip out of a bowl of aquarium gravel without looking
            Deficit: light touch and tactile discrimination still reduced in the median digits — can't tell which fingertip I'm touching with his eyes shut; fumbles the change in his wallet
            SW: thumb 4.31 / index 4.31 / long 3.61 (all 4.56 at IE); localisation 7 of 10 correct
            D. Whitcomb, OTR/L, CHT
            """,
            ["G56.01", "Z98.890"], [OT("97112", 21)], []),

        // Portland hospital hand clinic, transfers for an old radial palsy: "She was the one patient on my schedule this hour; one-to-one in the hand room the whole time"; transfer re-education with place-and-hold; can't isolate wrist extension; degrees and k of 10; "Treatment minutes … 97112 — 22" matches: passes.
        ["v1-h68-portland-one-patient-on-my-schedule"] = new(
            """
            CASCO BAY MEDICAL CENTER — Hand Clinic, Portland · OT Treatment Note
            Hx: R radial nerve palsy (2024, no recovery) → tendon transfers 8 wks ago: PT→ECRB, FCR→EDC, PL→EPL (Dr. Thibodeau).
            Treatment minutes: Neuromuscular re-ed 97112 — 22
            She was the one patient on my schedule this hour; one-to-one in the hand room the whole time.
              transfer re-education: "turn your palm down" to fire the PT and lift the wrist; "bend your wrist" to open the fingers through the FCR; "squeeze your palm" for the EPL — place and hold each, my hand on the muscle belly, mirror for feedback
            Problem: can't yet isolate wrist extension — pronates the whole forearm every time she tries to lift the wrist; fingers open only with the wrist flexed
            Active wrist extension 30° against gravity, 7 of 10 tries without pronating (2 of 10 last wk); MP extension to 0° with the wrist neutral 5 of 10
            """,
            ["G56.31", "Z98.890"], [OT("97112", 22)], []),

        // Baytown WC claimant after an SL repair: "worked him and another claimant … at the same hand table, going back and forth between the two of them": another patient in the block; position matching, co-contraction, weight shift; wrist position sense; error degrees and hold seconds: one-on-one missing.
        ["v1-h68-baytown-two-claimants-one-hand-table"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — Hand & UE Rehab, Baytown
            Claim 26-0031187 · Employer: Cedar Bayou Terminal (marine loading) · DOI 11/03/2025 — fell off the gangway onto an outstretched L hand.
            s/p L scapholunate ligament repair; K-wires out.
            97112 · 19 min — worked him and another claimant (boilermaker, crush injury) at the same hand table, going back and forth between the two of them.
              wrist proprioception: active position matching (I set the wrist, he reproduces it eyes closed); co-contraction of FCR and ECRB holding neutral against my light taps; weight shift onto the L hand on a soft ball at the table edge
            Deficit: wrist joint position sense + dynamic stability poor since the SL injury — "the wrist goes out from under me" pushing up out of a chair
            Position matching error 9° → 6° (mean of 5); held neutral against taps 20 s
            """,
            ["S63.512D"], [OT("97112", 19)], [At(OneOnOne, "97112")]),

        // Chatham surgery suite, ulnar digital nerve repair, wife learning the home program from the side chair: "Just me and Mr. Harlan working the whole block, no one else on my schedule"; desensitisation and discrimination; hypersensitive scar and numb ulnar RF; SW, moving 2PD and seconds; 18 matches: passes.
        ["v1-h68-chatham-just-me-and-mr-harlan"] = new(
            """
            SANGAMON HAND & WRIST SURGEONS — Therapy Suite, Chatham
            POD 44, R ring-finger ulnar digital nerve repair (table saw, Dr. Pruitt). Wife Carol came to learn the home program and watched from the side chair.
            97112 — 18 min. Just me and Mr. Harlan working the whole block, no one else on my schedule.
              desensitisation, then discrimination: tapping, then rolling the textured dowels over the scar from smooth to rough; moving-touch tracking along the ulnar side of the ring finger eyes closed; putting three textures in order by feel
            Deficit: scar hypersensitive (pulls the hand away from the rough dowel); ulnar side of the RF still numb to light touch
            SW ulnar RF pulp 4.56 (6.65 on Feb 9); moving 2PD 9 mm; tolerates the rough dowel 30 s
            """,
            ["S64.494D", "Z98.890"], [OT("97112", 18)], []),

        // Navarre CHT, "Shared slot today: she and another CMC arthroplasty client at the table together … while I went between them": not one-on-one; FDI activation, round-O pinch, gauge pinch; thumb motor control with MP collapse; k of 10 and key pinch lb: one-on-one missing.
        ["v1-h68-navarre-shared-slot-two-thumbs"] = new(
            """
            PERDIDO HAND THERAPY — Navarre
            Shared slot today: she and another CMC arthroplasty client at the table together, each on her own thumb program while I went between them.
            L thumb, 10 wks s/p LRTI (Dr. Broussard); out of the spica for light tasks.
            97112 — 20 min
              thumb motor control, dynamic-stability approach: FDI activation with my finger on the muscle belly; pinch with the MP held flexed ("make a round O, not a duck bill"); slow lateral pinch onto the gauge with the thenar muscles engaged
            Deficit: poor thumb motor control — the MP collapses into hyperextension on pinch, the adductor takes over and the first web narrows
            Round-O pinch held with the MP flexed 8 of 10; key pinch 7 lb (4 lb at wk 6)
            """,
            ["M18.12", "Z47.89"], [OT("97112", 20)], [At(OneOnOne, "97112")]),

        // Powell hand Tuesday, "Two wrist patients at the table together this slot … me with both": 97110 has no one-on-one check; wrist AROM, hammer rotation, tendon glides and putty with doses; stiff weak wrist after a cast, milk-jug goal; 22 matches: passes.
        ["v1-h68-powell-two-wrists-at-one-table-97110"] = new(
            """
            BIG HORN BASIN THERAPY — Hand clinic (Tues), Powell
            Two wrist patients at the table together this slot, each on her own program, me with both.
            R distal radius fx (fell on the ice feeding cows, 01/08) — cast off 10 days ago.
            97110 · 22 min
              wrist AROM flex/ext with the forearm on a towel roll 2 x 15; radial/ulnar deviation 2 x 15; supination/pronation with a hammer held short 2 x 10
              tendon glides 10 each; green putty gross grasp 2 x 15
            R wrist stiff and weak after 6 wks in the cast; can't yet pour from the gallon milk jug
            """,
            ["S52.531D"], [OT("97110", 22)], []),

        // Texas City WC, median nerve repair at the forearm: "Claimant and therapist one-on-one, no other patient in the hand gym during either code"; NMR 20 and TA 18 match; opposition place-and-hold; handwheel and flange bolts with counts; thenar recruitment and grip; MMT, k of 5, grip lb: passes.
        ["v1-h68-texas-city-claimant-and-therapist-only"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — Hand & UE Rehab, Texas City
            Claim 25-1189046 · unit operator at the refinery · R volar forearm laceration on a sheared flange (DOI 08/27/2025), median nerve + FCR repaired.
            Claimant and therapist one-on-one, no other patient in the hand gym during either code.
            NMR 97112 — 20 min: thenar motor re-education — opposition place-and-hold to each fingertip with my finger palpating the APB; tip-to-tip onto a foam cube without the thumb IP flexing
            TA 97530 — 18 min: turning the 10-in valve handwheel on the wall board 3 x 20 turns each way; snugging flange bolts with a 3/4-in box wrench, 8 bolts x 3 rounds
            Deficits: thenar (median) motor recruitment weak — thumb stays flat beside the palm; grip gives out on the handwheel
            APB 3-/5 (2/5 at eval); opposition reached the RF tip 4 of 5 tries; grip 52 lb R / 96 lb L
            """,
            ["S54.11XD", "S51.811D"], [OT("97112", 20), OT("97530", 18)], []),

        // Biddeford hospital OT, lobsterman after an ulnar transposition: "During it I was also supervising another client in the next chair through her fluidotherapy and tendon glides": attending someone else; occluded stereognosis; ulnar sensory loss; k of 10 and SW: one-on-one missing.
        ["v1-h68-biddeford-supervising-the-next-chair"] = new(
            """
            CASCO BAY MEDICAL CENTER — Hand Clinic, Biddeford · OT Treatment Note
            L cubital tunnel, 9 wks s/p anterior submuscular transposition (Dr. Thibodeau). Lobsterman out of Biddeford Pool — can't feel the bait-bag string with his ring and small fingers.
            Neuromuscular re-ed 97112 — 17 min. During it I was also supervising another client in the next chair through her fluidotherapy and tendon glides.
              stereognosis with vision occluded: coins, a shackle, a bait-bag toggle, a hex nut and a fishing swivel from a bin of sand, ring and small fingers leading; texture matching with the same two fingers
            Deficit: protective sensation reduced in the ulnar digits; poor object recognition without looking
            Identified 5 of 10 objects occluded (2 of 10 at wk 4); SW small-finger pulp 4.56
            """,
            ["G56.22", "Z98.890"], [OT("97112", 17)], [At(OneOnOne, "97112")]),

        // Lincoln, twelve weeks after a proximal humerus ORIF, daughter waiting in the lobby: nothing states one-on-one; rhythmic stabilisation, PNF D2, wall-ball circles; shoulder dynamic stability and proprioception; hold seconds and JPE: one-on-one missing.
        ["v1-h68-lincoln-daughter-in-the-lobby"] = new(
            """
            SANGAMON HAND & WRIST SURGEONS — Therapy Suite, Lincoln
            12 wks s/p R proximal humerus ORIF (plate, Dr. Pruitt); cleared for strengthening. His daughter drove him in from the farm and waited in the lobby.
            97112 · 21 min
              rhythmic stabilisation in supine at 90° flexion, then at 120°; PNF D2 flexion/extension against my manual resistance with a hold at the top; closed-chain ball circles on the wall at shoulder height
            Deficit: poor dynamic stability and proprioception of the R shoulder — the arm drifts and the scapula wings as he holds it up; can't keep a bucket steady reaching into the truck bed
            Held 90° against my alternating pushes 25 s (10 s two wks ago); JPE at 90° flexion 7°
            """,
            ["S42.211D"], [PT("97112", 21)], [At(OneOnOne, "97112")]),

        // Gulf Breeze CHT after a Dupuytren's fasciectomy: "Sole client booked in the 2 pm hour; one-on-one start to finish"; 97140 12 and 97112 15 match; scar massage and PIP stretch; localisation and texture discrimination; PIP tethering and ulnar hypoaesthesia; degrees, SW, k of 10: passes.
        ["v1-h68-gulf-breeze-sole-client-booked"] = new(
            """
            PERDIDO HAND THERAPY — Gulf Breeze
            Sole client booked in the 2 pm hour; one-on-one start to finish.
            R ring + small fingers, 5 wks s/p limited fasciectomy for Dupuytren's (Dr. Broussard); ulnar side of the small finger numb since surgery.
            97140 — 12 min: scar massage along the zig-zag palmar incision, skin rolling, sustained PIP extension stretch of the small finger 4 x 30 s
            97112 — 15 min: sensory re-ed — localising touch on the ulnar small finger eyes closed, then moving touch; telling corduroy from denim with the small finger alone
            Deficits: PIP extension loss of the small finger with the scar tethering it; light touch reduced on the ulnar small finger
            SF PIP −28° ext (−40° after surgery); SW ulnar SF 4.31; corduroy/denim 8 of 10
            """,
            ["M72.0", "Z98.890"], [OT("97140", 12), OT("97112", 15)], []),

        // Pasadena PTA, scaffold builder with a greater-tuberosity fracture: "PTA with the claimant alone in the UE room for the full 97112 — 18 min"; wall-ball circles, rhythmic stabilisation, quadruped shifts; shoulder proprioception; seconds and JPE: passes.
        ["v1-h68-pasadena-pta-alone-in-the-ue-room"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — Pasadena · PTA daily note
            Claim 25-0774520 · scaffold builder, fell 6 ft off a bay onto the R shoulder (DOI 09/15/2025); greater tuberosity fx treated closed.
            PTA with the claimant alone in the UE room for the full 97112 — 18 min.
              closed-chain ball circles on the wall at 90°, eyes open → closed; rhythmic stabilisation in standing at 90° and at 120°; quadruped weight shifts onto the R hand on a foam pad
            Impairment: R shoulder proprioception + dynamic stability poor — the arm drifts down holding a scaffold tube at shoulder height
            Ball held circling on the wall 30 s eyes closed (dropped it at 12 s on Feb 3); JPE 90° flexion 5°
            """,
            ["S42.251D"], [PTA("97112", 18)], []),

        // Greybull hand Friday: "He and his brother (also my patient …) did their re-ed side by side at the table": another patient in the block; texture hierarchy, tapping, bean bowl; fingertip hypersensitivity; seconds: one-on-one missing.
        ["v1-h68-greybull-brothers-side-by-side"] = new(
            """
            BIG HORN BASIN THERAPY — Hand clinic (Fri), Greybull
            He and his brother (also my patient — both hurt in the same baler pickup last fall) did their re-ed side by side at the table.
            R long fingertip crush/laceration, healed; the tip won't let him touch the steering wheel or a glove liner.
            97112 — 16 min
              desensitisation hierarchy: cotton → fleece → burlap → the hook side of velcro over the tip; tapping with my fingertip; tip pushed into a bowl of dry pinto beans, then popcorn kernels
            Deficit: hypersensitivity of the R long fingertip
            Tolerates burlap 40 s before pulling away (10 s on Jan 16); vibration on the tip 20 s
            """,
            ["S61.212D", "R20.3"], [OT("97112", 16)], [At(OneOnOne, "97112")]),

        // Westbrook hospital OT, AIN palsy after a supracondylar fracture: "Nobody else scheduled with me, door shut, just OT and Mr. Ouellette for all 20 min of 97112"; FPL and FDP place-and-hold, dime pinch; AIN motor weakness; MMT, degrees, pinch lb: passes.
        ["v1-h68-westbrook-door-shut-just-us"] = new(
            """
            CASCO BAY MEDICAL CENTER — Hand Clinic, Westbrook · OT Treatment Note
            Anterior interosseous nerve palsy after a R supracondylar humerus fx (ORIF Sept 2025); recovering per the January EMG.
            Nobody else scheduled with me, door shut, just OT and Mr. Ouellette for all 20 min of 97112.
              motor re-education of the FPL and index FDP: "make an O" place-and-hold with the thumb IP and index DIP flexed, my fingers blocking the MPs; gravity-reduced, then against-gravity thumb IP flexion; tip pinch of a dime off the table
            Deficit: weak FPL + index FDP (AIN) — pinches with flat fingers, can't pick a dime off the table or hold a pen
            FPL 3-/5 (2-/5 at IE); index DIP active flexion 40°; tip pinch 3 lb
            """,
            ["G56.81", "S42.411D"], [OT("97112", 20)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and template states

        // Springfield flexor-tendon pathway: protocol "☒ early active Wk 3", orthosis "☒ DBO checked"; in-orthosis passive flexion, place-and-hold, IP extension with doses; zone II LF repair; PIP and DIP degrees; 16 matches: passes.
        ["v2-h68-springfield-flexor-pathway-boxes"] = new(
            """
            SANGAMON HAND & WRIST SURGEONS — Therapy Suite, Springfield
            HAND THERAPY DAILY · Flexor tendon pathway
            Repair:     R LF zone II FDP + FDS (Dr. Adeyemi), POD 19
            Protocol:   ☐ immobilise   ☐ passive   ☒ early active      Wk 3
            Orthosis:   ☒ DBO checked   ☐ remade   ☐ strap changed      Wound: ☒ closed
            97110 · 16 min (all in the DBO)
              passive composite flexion x 10; passive isolated PIP and DIP flexion x 10 each
              place-and-hold "quarter fist", 5-s holds x 10; active IP extension to the hood x 10
            LF: PIP active 55° / DIP active 20°; no lag against the hood
            """,
            ["S66.122D"], [OT("97110", 16)], []),

        // Portland "Attendance: (x) 1:1 direct ( ) shared with another client" on a 97112 after an elbow dislocation; closed-chain weight bearing, position matching, weighted-ball catches; elbow proprioception; error degrees and pounds through the arm: passes.
        ["v2-h68-portland-attendance-one-to-one-ticked"] = new(
            """
            CASCO BAY MEDICAL CENTER — Hand Clinic, Portland · OT Treatment Note
            Attendance:   (x) 1:1 direct    ( ) shared with another client
            R elbow dislocation (slipped on the ice at the ferry terminal), 7 wks; stable, hinged brace off.
            97112 Neuromuscular re-ed · 19 min
              closed-chain weight bearing through the extended R arm onto the table, then onto a half-inflated ball; elbow position matching at 45° and 90° eyes closed; quick catches of a weighted ball with the elbow held at 90°
            Findings: elbow proprioception poor — can't tell where the elbow is without looking; apprehensive bearing weight through the arm
            Position matching error 11° → 6°; bears 12 lb through the R arm on the scale (L 30 lb)
            """,
            ["M25.321", "M25.621"], [OT("97112", 19)], []),

        // Baytown "DWC-73 work status: ☒ RTW with restrictions" grid for a scaffold builder after a pinned fifth-metacarpal fracture; podger clamp tightening, tube placing, rung holds with counts, loads and seconds; grip and knuckle drop; 24 matches: passes.
        ["v2-h68-baytown-dwc73-restrictions"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — Baytown
            Claim 25-0962215 · Adjuster: S. Villarreal · Employer: Lynchburg Ferry Fabricators (scaffolding) · DOI 10/20/2025
            DWC-73 work status:   ☐ RTW no restrictions   ☒ RTW with restrictions   ☐ off work
            Restrictions:         R hand — no gripping over 10 lb, no climbing, no impact tools
            R 5th metacarpal neck fx (hand caught between two tubes), pinned; pins out Dec 30.
            TA 97530 — 24 min
              tightening scaffold clamps on the practice tube with a 7/8-in podger, 3 rounds of 8 clamps
              carrying 6-ft tubes (9 lb) from the floor rack and placing them on the frame at waist height x 12
              grip holds on the wall ladder rung, R hand, 3 x 20 s
            Deficit: R grip weak and the small-finger knuckle drops on a full fist; can't yet torque a clamp all the way
            """,
            ["S62.336D"], [OT("97530", 24)], []),

        // Navarre template "One-on-one: ☐ Y ☐ N" with neither box ticked on a 97112 (desensitisation and discrimination after a first dorsal compartment release; superficial radial nerve hypersensitivity; seconds and SW): never stated: one-on-one missing.
        ["v2-h68-navarre-one-on-one-boxes-blank"] = new(
            """
            PERDIDO HAND THERAPY — Navarre · Daily note (template)
            One-on-one:   ☐ Y   ☐ N          Orthosis today:   ☐ fabricated   ☒ adjusted (thumb spica trimmed at the IP)
            L radial wrist, 7 wks s/p first dorsal compartment release; superficial radial nerve irritated since.
            97112 · 18 min
              desensitisation over the radial wrist: stroking with velvet → terry cloth → a soft toothbrush, then vibration near (not on) the scar; graded moving-touch discrimination on the dorsal thumb web, eyes closed
            Impairment: burning hypersensitivity along the superficial radial nerve; dorsal web numb
            Tolerates the toothbrush 45 s (15 s at IE); SW dorsal web 4.31
            """,
            ["G56.32", "Z98.890"], [OT("97112", 18)], [At(OneOnOne, "97112")]),

        // Powell flowsheet with "☒ tendon glides ☒ blocking ☒ putty" ticked and a stiff RF after an A1 release written, but "Sets/reps: ____ Putty colour: ____ Grip: ____ lb" left blank — no number but the code's, its minutes and weeks since surgery: measure missing.
        ["v2-h68-powell-sets-reps-left-blank"] = new(
            """
            BIG HORN BASIN THERAPY — Hand clinic (Tues), Powell
            Flowsheet · Exercise:   ☒ tendon glides   ☒ blocking   ☒ putty   ☐ wrist weights
                        Sets/reps: ____      Putty colour: ____      Grip: ____ lb
            R ring trigger finger, 3 wks s/p A1 pulley release; the PIP still won't straighten all the way and the incision is tender.
            97110 — 14 min
            Home program copied for him to take back to the ranch.
            """,
            ["M65.341", "Z98.890"], [OT("97110", 14)], [At(Measure, "97110")]),

        // Texas City "Clients in my care this block: ( ) 1 (•) 2" on a 97112 (pronator quadratus activation, rotation with a hammer, ball on the wall; DRUJ stability and forearm proprioception; hold seconds and error degrees): not one-on-one: one-on-one missing.
        ["v2-h68-texas-city-two-clients-in-my-care"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — Texas City
            Clients in my care this block:   ( ) 1   (•) 2
            Claim 25-1140312 · crane operator · L distal radius fx, ORIF (DOI 07/30/2025); the DRUJ clunks working the joystick.
            97112 — 20 min
              pronator quadratus activation for DRUJ stability: isometric pronation in neutral with my hand on the distal forearm; slow supination/pronation with a light hammer keeping the ulnar head seated; ball on the wall with the forearm neutral
            Deficit: dynamic DRUJ stability + forearm proprioception poor since the ORIF
            Holds neutral rotation against my perturbations 20 s; position matching in supination, error 8°
            """,
            ["S52.572D", "M25.332"], [OT("97112", 20)], [At(OneOnOne, "97112")]),

        // Biddeford oedema and scar grids ("☒ moderate", "☒ adherent") for a boatyard rigger after a proximal phalanx ORIF; retrograde massage, Coban, scar mobilisation, PIP stretch; circumference cm; 13 matches: passes.
        ["v2-h68-biddeford-edema-and-scar-grid"] = new(
            """
            CASCO BAY MEDICAL CENTER — Hand Clinic, Biddeford · OT Treatment Note
            R LF proximal phalanx fx, ORIF with lag screws 4 wks ago (Dr. Thibodeau); boatyard rigger.
            Edema:   ☐ none   ☐ mild   ☒ moderate (fusiform around the PIP)
            Scar:    ☒ adherent   ☐ raised   ☐ mobile
            97140 — 13 min
              retrograde massage fingertip → palm, then Coban wrapped distal to proximal on the LF (self-wrap taught)
              scar mobilisation over the dorsal incision — circles and skin lifting; gentle PIP flexion stretch 3 x 30 s
            LF circumference at the PIP 7.4 cm (7.9 cm last wk; ring finger 6.6 cm)
            """,
            ["S62.612D"], [OT("97140", 13)], []),

        // Springfield nerve pathway: "Nerve ☒ ulnar", "Sensation ☒ diminished", "Delivery ☒ direct one-on-one (therapist + pt only)"; localisation, moving vs constant touch, split-pea bowl; SW and k of 10; 22 matches: passes.
        ["v2-h68-springfield-nerve-pathway-boxes"] = new(
            """
            SANGAMON HAND & WRIST SURGEONS — Therapy Suite, Springfield
            HAND THERAPY DAILY · Nerve pathway
            Nerve:        ☐ median   ☒ ulnar   ☐ radial   ☐ digital       Repair: R ulnar at the distal forearm, 5 mo ago (Dr. Adeyemi)
            Sensation:    ☐ intact   ☒ diminished   ☐ absent
            Delivery:     ☒ direct one-on-one (therapist + pt only)   ☐ concurrent
            97112 — 22 min
              sensory re-ed: localisation on the ulnar palm and small finger eyes closed, correcting with vision; moving vs constant touch; picking safety pins and buttons out of a bowl of split peas with the ring and small fingers
            SW small-finger pulp 4.56, hypothenar 3.84; static 2PD not yet measurable (>15 mm); localisation 6 of 10
            """,
            ["S54.01XD"], [OT("97112", 22)], []),

        // Pensacola hand-therapy flowsheet with every box unticked, "AROM: ______ Grip: ______ lb", "Client seen. Tolerated tx well. Continue POC.": no technique, deficit or measure, only generic phrases; "97110 · 15 min" matches.
        ["v2-h68-pensacola-flowsheet-left-empty"] = new(
            """
            PERDIDO HAND THERAPY — Pensacola · Hand Therapy Flowsheet
            Orthosis:   ☐ fabricated   ☐ adjusted   ☐ checked
            Edema:      ☐ none   ☐ mild   ☐ mod          Scar:   ☐ adherent   ☐ mobile
            AROM: ______        Grip: ______ lb        Pinch: ______ lb
            Comments: Client seen. Tolerated tx well. Continue POC.
            97110 · 15 min
            """,
            ["M79.641"], [OT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Lovell precaution boxes after an LRTI for the school cook; jar openers, a two-hand pot carry, portioning, a built-up key with counts; thumb-base ache and pinch with a lunch-shift goal; 21 matches: passes.
        ["v2-h68-lovell-cmc-precaution-boxes"] = new(
            """
            BIG HORN BASIN THERAPY — Hand clinic (Fri), Lovell
            R thumb, 12 wks s/p CMC arthroplasty (LRTI, surgeon in Billings). Cook at the elementary school.
            Precautions:   ☒ no forceful pinch   ☒ no heavy resisted grasp   ☒ spica for heavy tasks   ☐ none
            97530 — 21 min
              kitchen set-up: opening jars with the under-cabinet opener and a rubber gripper x 6; a 5-qt pot of water moved stove → sink with two hands, thumb relaxed, x 4; portioning with the wide-handled scoop, 24 portions
              turning the key with the built-up key holder x 10
            Deficit: R thumb base aches and the pinch gives out by the end of the lunch rush; goal — a full lunch shift by spring break
            Jars: 6 of 6 opened with the gripper, thumb kept out of a tip pinch
            """,
            ["M18.11", "Z47.89"], [OT("97530", 21)], []),

        // Worland gait grid (FWW with a forearm platform fitted today, CGA, 120 ft x 3, 4 steps, cues) for an 84-year-old with a casted wrist fracture; unsteady, short step, leans on the cast; 17 matches: passes.
        ["v2-h68-worland-gait-grid-forearm-platform"] = new(
            """
            BIG HORN BASIN THERAPY — Worland · PT (hand days share the gym)
            84 y/o, fell in the church parking lot 01/25: R distal radius fx in a short-arm cast; can't grip her walker with the cast on.
            Gait training 97116 — 17 min
               Device:     ☐ none   ☐ cane   ☒ FWW with a R forearm platform (fitted today)
               Assist:     ☐ indep   ☐ SBA   ☒ CGA   ☐ min A
               Distance:   120 ft x 3 in the hall; the threshold and 4 steps with the rail in her L hand
               Cues:       step into the walker, trunk upright, weight through the platform not the wrist
            Deficit: unsteady, narrow base, short R step; leans on the cast
            """,
            ["S52.531D", "R26.81", "Z91.81"], [PT("97116", 17)], []),

        // Westbrook PT, "Problem list: 1. ____ 2. ____" blank and no deficit or system written anywhere; "Treated 1:1"; PNF D1/D2 with rhythmic stabilisation, wall-ball, closed-chain shifts; hold seconds and drops: deficit missing.
        ["v2-h68-westbrook-problem-list-blank"] = new(
            """
            CASCO BAY MEDICAL CENTER — Hand & Upper Limb Clinic, Westbrook · PT
            Problem list:   1. ______________   2. ______________
            Treated 1:1 (no other patient during the 97112).
            97112 — 18 min
              PNF D1 and D2 flexion/extension with rhythmic stabilisation at mid-range; ball on the wall, circles and figure-of-eights; closed-chain weight shifts onto the wall ball
            Holds mid-range against alternating resistance 25 s; wall-ball 30 s x 3 without a drop
            """,
            ["S42.201D", "M25.611"], [PT("97112", 18)], [At(Deficit, "97112")]),

        // ---------------------------------------------------------------- class 3: named protocols, programmes and devices as techniques

        // Springfield modified Kleinert (DBO, rubber-band traction through the palmar pulley): active IP extension against the band, passive flexion with reps; zone II RF repair; orthosis angles read as what they are; contracture and DIP degrees; 15 matches: passes.
        ["v3-h68-springfield-modified-kleinert"] = new(
            """
            SANGAMON HAND & WRIST SURGEONS — Therapy Suite, Springfield
            R RF zone II FDP repair (Dr. Pruitt), day 12 — he wants his modified Kleinert set-up.
            DBO: wrist 20° flexion, MPs 50°; rubber-band traction from the RF nail hook through the palmar pulley — tension checked, RF rests in the palm.
            97110 — 15 min
              active IP extension against the band to the hood x 10; passive composite flexion x 10; passive isolated DIP flexion x 10 with the PIP held flexed
              hourly home program: the same, 10 reps; no active flexion, no passive extension
            RF: PIP flexion contracture 10° in the DBO; DIP passive flexion to 60°
            """,
            ["S66.124D"], [OT("97110", 15)], []),

        // Pensacola WALANT flexor pollicis longus repair on the surgeon's early active motion: passive and active IP flexion, extension, tenodesis with reps in the orthosis; L thumb flexor repair, IP not gliding; IP degrees; 14 matches: passes.
        ["v3-h68-pensacola-walant-fpl-early-active"] = new(
            """
            PERDIDO HAND THERAPY — Pensacola
            L thumb FPL repair under WALANT (Dr. Broussard watched her flex it on the table), day 9. Early active motion per his wide-awake protocol.
            97110 · 14 min — all in the dorsal thumb orthosis
              passive IP flexion x 10; active IP flexion toward a third of full range x 10 with the MP supported; active IP extension to the orthosis x 10
              wrist tenodesis in the orthosis x 10
            Deficit: L thumb flexor tendon repair — IP stiff, tendon not yet gliding
            Active IP flexion 25° (passive 50°)
            """,
            ["S66.022D"], [OT("97110", 14)], []),

        // Portland graded motor imagery for CRPS, "one-on-one in the quiet room": Recognise laterality cards, explicit imagery, mirror box; disrupted body schema and allodynia; laterality % and seconds; 23 matches: passes.
        ["v3-h68-portland-graded-motor-imagery"] = new(
            """
            CASCO BAY MEDICAL CENTER — Hand Clinic, Portland · OT Treatment Note
            CRPS type 1, L hand, after a closed distal radius fx in November. Graded motor imagery, week 4 — on to stage 2 today.
            97112 · 23 min · one-on-one in the quiet room
              left/right judgments on the Recognise hand cards; explicit imagery — she watches photos of a hand lifting a mug and imagines her L doing it, no movement; then the mirror box: R hand moving in front of the mirror, L hidden behind it, eyes on the reflection
            Deficit: disrupted body schema of the L hand (slow and often wrong picking out left hands); allodynia over the dorsum
            Laterality, left hands 72% correct at 2.6 s (58% at 3.4 s at IE); right hands 94% at 1.5 s
            """,
            ["G90.512", "S52.502D"], [OT("97112", 23)], []),

        // Baytown BTE Primus RS for a pipefitter after a distal radius ORIF: pipe-wrench, valve and screwdriver attachments with resistance, reps and holds; wrist extension and grip endurance with a flange goal; Jamar lb; 25 matches: passes.
        ["v3-h68-baytown-bte-primus-pipefitter"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — Baytown
            Claim 25-0815577 · pipefitter · L distal radius fx, ORIF (DOI 06/02/2025) — light duty; goal: making up flanges with a pipe wrench at full duty.
            97530 · 25 min on the BTE Primus RS
              pipe-wrench attachment, isotonic at 40 in-lb: 3 x 20 pulls, alternating up and down
              large valve-handle attachment, isometric 30 in-lb, 10-s holds x 6
              overhead screwdriver attachment, 15 in-lb x 20
            Deficit: L wrist extension and grip endurance short of the job — the wrench slips after a few pulls
            Grip L 62 lb / R 110 lb (Jamar 2nd handle, mean of 3)
            """,
            ["S52.572D"], [OT("97530", 25)], []),

        // Lovell Watson stress loading (scrub in quadruped, a weighted carry) and active fisting with doses for CRPS after a carpal tunnel release; swollen, blotchy, guarded hand; tip-to-palm cm; 16 matches: passes.
        ["v3-h68-lovell-watson-stress-loading"] = new(
            """
            BIG HORN BASIN THERAPY — Hand clinic (Tues), Lovell
            CRPS 1, R hand, after a carpal tunnel release in October. Irrigator — sets siphon tubes all summer.
            97110 — 16 min
              stress loading (Watson): scrub — weight through the R hand on the scrub brush over the board in quadruped, 3 x 30 s; carry — a 4-lb bag in the R hand, elbow straight, 3 laps of the gym
              active fist and full extension in a tub of warm water 2 x 10
            R hand swollen, blotchy and stiff; he guards it and keeps it tucked at his side
            Fist: tips 4 cm from the palm (5.5 cm at IE)
            """,
            ["G90.511", "Z98.890"], [OT("97110", 16)], []),

        // Westbrook PT, terrible-triad elbow with a JAS static-progressive orthosis reset (not billed): humeroulnar distraction, radial head glides, low-load prolonged stretch, brachialis STM; can't straighten the arm; extension and flexion degrees; 14 matches: passes.
        ["v3-h68-westbrook-jas-beside-elbow-mobs"] = new(
            """
            CASCO BAY MEDICAL CENTER — Hand & Upper Limb Clinic, Westbrook · PT
            R elbow terrible triad (radial head replacement, coronoid and LCL repair, Dr. Thibodeau), 11 wks. JAS static-progressive elbow orthosis at home for extension — reset to the new end range today (not billed with the code below).
            97140 — 14 min
              humeroulnar distraction gr III, sustained 30 s x 4; posterior glide of the radial head gr III; low-load prolonged stretch into extension over a towel roll, my hand at the distal humerus; STM to the brachialis
            Elbow stiff into extension — can't straighten the arm to reach the ticket slot at the ferry
            Ext −38° (−45° last wk); flex 128°
            """,
            ["S52.121D", "M25.621"], [PT("97140", 14)], []),

        // Jacksonville LF PIP contracture after a volar-plate injury: serial cast off, an LMB spring-coil orthosis fitted (not billed); blocked PIP extension, reverse blocking, glides with reps and holds; contracture and tight ORL; degrees; 16 matches: passes.
        ["v3-h68-jacksonville-lmb-after-serial-casting"] = new(
            """
            SANGAMON HAND & WRIST SURGEONS — Therapy Suite, Jacksonville
            R LF PIP volar-plate avulsion (jammed catching a softball), 9 wks — PIP flexion contracture. Last serial cast off today; LMB spring-coil PIP extension orthosis fitted for day wear (orthosis not billed below).
            97110 — 16 min
              blocked PIP extension with the MP held flexed, 10 x 10-s holds; reverse blocking — DIP flexion with the PIP held straight (ORL stretch) x 10; tendon glides x 10 each; gentle composite fist x 10
            Deficit: LF PIP flexion contracture; tight oblique retinacular ligament
            LF PIP ext −35° before → −22° after the cast; DIP flexion with the PIP extended 25°
            """,
            ["M24.541", "M25.641"], [OT("97110", 16)], []),

        // Gulf Breeze after a TFCC repair, "Seen one-on-one the whole session": Powerball gyroscope, wobble-cushion weight bearing, rebounder catches; wrist proprioception and ulnar-sided stability — but "Steadier by the end" and no number but the code's: measure missing.
        ["v3-h68-gulf-breeze-powerball-no-number"] = new(
            """
            PERDIDO HAND THERAPY — Gulf Breeze
            R wrist — ulnar-sided pain and a clunk since the TFCC repair (Dr. Broussard); out of the Muenster cast now.
            Seen one-on-one the whole session.
            97112 — 17 min
              Powerball gyroscope spun with the wrist held neutral, then in the dart-thrower's plane; weight bearing through the R hand on the wobble cushion, eyes open then closed; rebounder catches with the forearm neutral
            Deficit: wrist proprioception and dynamic ulnar-sided stability poor — the wrist "gives" when she swings a golf club or lifts a skillet
            Steadier by the end; wants to putt on Saturday.
            """,
            ["M25.331", "M25.531"], [OT("97112", 17)], [At(Measure, "97112")]),

        // La Porte, "One-on-one, claimant and PT only": Bodyblade, plyoball rebounder throws, BOSU shifts with seconds and k of 20 — but no deficit, impairment or system targeted (light duty is a work status): deficit missing.
        ["v3-h68-la-porte-bodyblade-no-deficit"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — La Porte · PT
            Claim 25-0650398 · insulator.
            One-on-one, claimant and PT only.
            97112 — 19 min
              Bodyblade: two-hand oscillation at 90° flexion, then one hand in the scapular plane, then overhead; one-handed plyoball throws on the rebounder; closed-chain weight shifts on the BOSU
            Bodyblade one-handed overhead 30 s without losing the rhythm (stalled at 12 s last visit); rebounder catches 18 of 20
            Light duty continues; scheduled twice next week.
            """,
            ["M75.41"], [PT("97112", 19)], [At(Deficit, "97112")]),

        // Navarre Manchester short splint, wk 3 of a zone II SF repair: passive then active flexion to a half fist, extension to the shell, tenodesis, "hourly per the protocol sheet"; stiff IPs — no sets, reps, hold or number but the code's, its minutes and the week: measure missing.
        ["v3-h68-navarre-manchester-short-splint-no-dose"] = new(
            """
            PERDIDO HAND THERAPY — Navarre
            L SF zone II FDP repair, wk 3 (Dr. Broussard). Manchester short splint — wrist free, MPs blocked in flexion.
            97110 — 15 min
              in the short splint: passive flexion first, then active flexion to a half fist and active extension to the dorsal shell; wrist tenodesis with the fingers relaxed; hourly at home per the protocol sheet
            Deficit: SF flexor repair — PIP and DIP stiff, active flexion lagging well behind passive
            """,
            ["S66.127D"], [OT("97110", 15)], [At(Measure, "97110")]),

        // Texas City boilermaker after a volar-plate ORIF: scar friction, skin rolling, lifting with finger motion, palmar fascia release; an Otoform insert moulded (not billed); adherent scar tethering flexors; POSAS and wrist degrees; 12 matches: passes.
        ["v3-h68-texas-city-otoform-beside-scar-work"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — Texas City
            Claim 25-1033764 · boilermaker · R distal radius ORIF (volar plate) after a fall from a tank ladder (DOI 08/09/2025).
            97140 — 12 min
              scar mobilisation of the volar wrist incision: deep friction across it, skin rolling, lifting the scar while he flexes and extends the fingers; myofascial release of the palmar fascia and along the FCR sheath
            Otoform elastomer insert moulded today for night wear under the compression glove (not billed as a timed code).
            Deficit: volar scar adherent — tethers the finger flexors; wrist stiff into extension
            POSAS observer 31 (38 at wk 8); wrist ext 52° (45° last wk)
            """,
            ["S52.571D", "L90.5"], [OT("97140", 12)], []),

        // Powell PT, olecranon fracture with a Dynasplint at home (tension setting read as what it is): assisted extension, prone hang, band press-downs, hammer rotation with doses; elbow flexion contracture, hay-flake goal; degrees; 20 matches: passes.
        ["v3-h68-powell-dynasplint-beside-elbow-exercise"] = new(
            """
            BIG HORN BASIN THERAPY — Powell · PT (hand Tuesday)
            R olecranon fx, tension-band wiring in December; hardware still in. Dynasplint elbow extension unit at home nightly (tension 3).
            97110 — 20 min
              active-assisted elbow extension with a dowel in supine 2 x 15; prone elbow extension hang with a 2-lb cuff 3 x 30 s; triceps press-downs with the yellow band 2 x 12; supination/pronation with a hammer 2 x 10
            Elbow flexion contracture since the fracture; can't straighten the arm to throw a flake of hay
            Ext −32° (−40° at IE); flex 130°
            """,
            ["S52.021D", "M25.621"], [PT("97110", 20)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes stating none

        // Springfield: "Can't wrap my hand around the steering wheel" — RF and SF tips stop short of the palm after 4th and 5th metacarpal ORIF (the finding); MP and PIP blocking, fists, foam grasp with doses; tip-to-palm cm; 17 matches: passes.
        ["v4-h68-springfield-steering-wheel-fingertips"] = new(
            """
            SANGAMON HAND & WRIST SURGEONS — Therapy Suite, Springfield
            "Can't wrap my hand around the steering wheel" — the R ring and small fingertips stop well short of the palm; he hooks the wheel with his fingers. 8 wks after R 4th and 5th metacarpal shaft fx ORIF (Dr. Adeyemi).
            97110 — 17 min
              MP blocking (IP flexion with the MPs held straight) 2 x 10; PIP blocking 2 x 10; hook fist / straight fist / full fist 10 each; gross grasp on the red foam cylinder 2 x 15
            RF tip-to-palm 3.0 cm, SF 3.5 cm
            """,
            ["S62.324D", "S62.326D"], [OT("97110", 17)], []),

        // Portland lobsterman six weeks after an A1 release: the RF won't straighten, curls into the pot warp, drops bait bags (the finding); PIP dorsal glides by grade, sustained stretch, scar massage; contracture degrees; 11 matches: passes.
        ["v4-h68-portland-finger-curls-into-the-warp"] = new(
            """
            CASCO BAY MEDICAL CENTER — Hand Clinic, Portland · OT Treatment Note
            R RF, 6 wks after an A1 pulley release. Lobsterman: the finger still won't straighten — it curls into the pot warp and snags on the hauler; drops bait bags.
            97140 — 11 min
              PIP mobilisation — dorsal glides of the middle phalanx gr III, 3 x 30 s; sustained manual PIP extension stretch; scar massage over the palmar incision
            RF PIP flexion contracture 20° (30° at IE); the scar is adherent and pulls when he straightens the finger
            """,
            ["M65.341", "Z98.890", "M24.541"], [OT("97140", 11)], []),

        // Pensacola flautist five weeks after a carpal tunnel release: pillar pain where the palm rests on the flute and keys that feel fuzzy (the finding); median nerve glides, tendon glides, putty, can curls with doses; grip lb; 18 matches: passes.
        ["v4-h68-pensacola-flute-keys-feel-fuzzy"] = new(
            """
            PERDIDO HAND THERAPY — Pensacola
            Client plays second flute in a community orchestra. L CTR 5 wks ago. Can't hold the flute through a rehearsal — the base of the palm aches where the flute rests (pillar pain) and the keys feel fuzzy under the index and long fingertips.
            97110 · 18 min
              median nerve glides through the 6 positions x 5; tendon glides x 10 each; yellow putty — roll, pinch, pull apart 2 x 10; wrist extension with a 1-lb can 2 x 15
            Grip L 38 lb / R 56 lb
            """,
            ["G56.02", "Z98.890"], [OT("97110", 18)], []),

        // Baytown CRPS after a crush: cold, mottled, shiny hand; won't let the shirt cuff touch it (the finding); "One-on-one (claimant and OT only)"; self-desensitisation with textures, tapping, packing-peanut and macaroni bins; seconds and allodynia area in cm; 18 matches: passes.
        ["v4-h68-baytown-cuff-cannot-touch-the-hand"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — Baytown
            Claim 25-0590024 · welder's helper · R hand crushed between a pipe and the rack (DOI 05/14/2025); CRPS 1 diagnosed in July.
            R hand cold, mottled and shiny; nails growing fast; he won't let his shirt cuff touch the back of the hand and wears a glove liner indoors.
            NMR 97112 — 18 min. One-on-one (claimant and OT only).
              desensitisation, self-applied: stroking the dorsum with silk → a cotton ball → a paintbrush, then tapping; hand into a bin of packing peanuts, then dried macaroni
            Tolerates the paintbrush 60 s (silk only at IE); allodynic area on the dorsum 8 cm → 5 cm long
            """,
            ["G90.511", "S67.21XD"], [OT("97112", 18)], []),

        // Lovell team roper ten weeks after a thumb UCL repair: can't pinch the gate-chain hook or twist off baling twine, the thumb MP gives way (the finding); gate chain, twine, cinch tasks with counts; lateral pinch lb; 19 matches: passes.
        ["v4-h68-lovell-gate-chain-hook"] = new(
            """
            BIG HORN BASIN THERAPY — Hand clinic (Fri), Lovell
            R thumb MP ulnar collateral ligament repair (thumb caught in the dally roping), 10 wks; hand-based spica off for ranch work now.
            Can't pinch the gate-chain hook or twist baling twine off a bale — the thumb MP gives way and aches.
            97530 — 19 min
              gate-chain mock-up: hook and unhook the chain on the post with a thumb-to-index pinch x 15
              cutting and pulling twine off a practice bale with his pocketknife, 6 bales
              buckling and unbuckling a cinch strap on the saddle stand x 8
            Lateral pinch R 11 lb (L 18 lb); thumb MP held stable on all but the last 2 twines
            """,
            ["S63.641D", "Z98.890"], [OT("97530", 19)], []),

        // Westbrook cashier after a radial head fracture: can't get a spoon to her mouth or turn her palm up for change (the finding); assisted flexion, hammer supination, wrist roller with doses; elbow and supination degrees; 15 matches: passes.
        ["v4-h68-westbrook-spoon-to-the-mouth"] = new(
            """
            CASCO BAY MEDICAL CENTER — Hand & Upper Limb Clinic, Westbrook · OT
            L radial head fx, sling then early motion; now 7 wks. Can't get a spoon to her mouth with the L hand or turn her palm up to take change at the register (cashier).
            97110 — 15 min
              active-assisted elbow flexion, R hand helping, 2 x 15; supination with a hammer held at the head, then at the handle, 2 x 10; forearm rotation on the wrist roller 2 x 10
            L elbow flex 112°, ext −25°; supination 40°
            """,
            ["S52.125D"], [OT("97110", 15)], []),

        // La Porte maintenance tech with thumb digital nerve repairs: burned the thumb on a steam tracer line without feeling it, drops washers (the finding); "just the claimant and me in the hand room"; touch, occluded pick-up, sandpaper sorting; SW, 2PD, k of 10; 19 matches: passes.
        ["v4-h68-la-porte-burned-on-the-steam-line"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — La Porte
            Claim 25-0711908 · maintenance tech · R thumb radial + ulnar digital nerves repaired after an angle-grinder kickback (DOI 06/21/2025).
            Burned the thumb pad on a steam tracer line last week and didn't feel it; drops washers and nuts unless he watches them.
            97112 — 19 min — just the claimant and me in the hand room
              sensory re-ed: moving and constant touch on the thumb pulp eyes closed, then checking by looking; picking up nuts, washers and cotter pins occluded, thumb-index then thumb-long; sorting rough from smooth sandpaper squares
            SW thumb pulp 4.56 (6.65 at IE); moving 2PD 11 mm; occluded pick-up 6 of 10
            """,
            ["S64.31XD"], [OT("97112", 19)], []),

        // Gulf Breeze nail tech with CMC arthritis: the thumb base grinds and aches after two manicures, can't hold the file in a pinch (the finding); first-web stretch, FDI isometrics, MP-flexed thumb motion with holds and reps; abduction degrees and key pinch: passes.
        ["v4-h68-gulf-breeze-nail-file-pinch"] = new(
            """
            PERDIDO HAND THERAPY — Gulf Breeze
            Nail tech. R thumb base grinds and aches after two manicures; can't hold the file in a tight pinch — switches to a palm grip. CMC grind positive; first web narrowed.
            97110 · 16 min
              first-web stretch, thumb palmar abduction held 30 s x 4; FDI isometrics in a "C" against the table edge 10 x 5 s; thumb IP/MP flexion-extension with the MP kept slightly flexed 2 x 10
            Hand-based thumb orthosis checked, strap moved (not billed). Tolerated well.
            Palmar abduction 38° (30° at IE); key pinch 9 lb
            """,
            ["M18.11"], [OT("97110", 16)], []),

        // Worland PT after a proximal humerus fracture: can't reach the second shelf, hitches the shoulder (the finding); 97140 12 and 97110 16 match; GH glides by grade, scapular mobilisation; pulley, wand, wall walks, punches with doses; flexion and ER degrees: passes.
        ["v4-h68-worland-plates-on-the-second-shelf"] = new(
            """
            BIG HORN BASIN THERAPY — Worland · PT
            R proximal humerus fx (fell off the hay wagon), 14 wks, healed on the February films. Can't reach the second shelf to put the plates away — hitches the shoulder up and leans back; sleeps only on the L.
            97140 — 12 min: GH inferior glides gr III in 90° abduction; posterior glides gr III; scapular mobilisation in side-lying
            97110 — 16 min: pulley flexion 2 x 15; wand external rotation 2 x 12; wall walks 2 x 10; serratus punches with 2 lb 2 x 12
            R shoulder flexion 118° → 126°; ER at 45° abduction 30°
            """,
            ["S42.201D", "M25.611"], [PT("97140", 12), PT("97110", 16)], []),

        // Chatham after a needle aponeurotomy: the cord catches in the pants pocket and on the glove, the hand won't lie flat (the finding); 97140 10 and 97110 14 match; sustained stretch and cord STM; blocked extension, tabletop, band abduction with doses; MP and PIP degrees: passes.
        ["v4-h68-chatham-cord-catches-in-the-pocket"] = new(
            """
            SANGAMON HAND & WRIST SURGEONS — Therapy Suite, Chatham
            L SF Dupuytren's, 8 wks after needle aponeurotomy (Dr. Pruitt). The cord is back at the base of the small finger: it catches going into his pants pocket and on his work glove; can't lay the hand flat on the table.
            97140 — 10 min: sustained passive MP + PIP extension stretch of the SF 4 x 30 s; soft-tissue mobilisation along the palmar cord
            97110 — 14 min: active SF extension with the MP blocked 2 x 10; tabletop → flat hand on the table 2 x 10; finger abduction against a band 2 x 12
            SF active extension: MP −15°, PIP −35°
            """,
            ["M72.0"], [OT("97140", 10), OT("97110", 14)], []),

        // Texas City discharge week: "No complaints: full motion, full strength, sensation normal, back at full duty" — putty, gripper, carries, ball squeezes with doses and loads, grip numbers, but no region, impairment or goal targeted: deficit missing.
        ["v4-h68-texas-city-no-complaints-discharge-week"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — Texas City · Discharge-week visit
            Claim 25-0418877. No complaints: full motion, full strength, sensation normal, back at full duty without limits since the 12th. Surgeon released him.
            97110 — 15 min
              orange putty squeezes 3 x 15; gripper 3 x 12; farmer carries 40 lb 4 x 60 ft; ball squeezes 2 x 20
            Grip 101 lb / 104 lb
            """,
            ["S62.336D"], [OT("97110", 15)], [At(Deficit, "97110")]),

        // Portland 97112 whose sensory screen is normal (SW 2.83 on every digit, 2PD 4 mm, no hypersensitivity, 10 of 10 objects); "OT one-on-one with her"; localisation, tracking, occluded pick-up — but no deficit or system targeted: deficit missing.
        ["v4-h68-portland-sensory-screen-normal"] = new(
            """
            CASCO BAY MEDICAL CENTER — Hand Clinic, Portland · OT Treatment Note
            Sensory screen today: SW 2.83 on every digit; static 2PD 4 mm thumb to small; no hypersensitivity at the scar; object identification 10 of 10 with vision occluded.
            97112 · 16 min · OT one-on-one with her
              sensory re-ed drills: localisation and moving-touch tracking eyes closed; object pick-up from a bowl of beans occluded; texture ranking
            Discharge expected next visit.
            """,
            ["G56.01", "Z98.890"], [OT("97112", 16)], [At(Deficit, "97112")]),

        // Pasadena longshore lasher with de Quervain's: can't spin a turnbuckle or lift the lashing bar, Finkelstein's positive (the finding); turnbuckle, bar lifts, lever tightening with counts and load; k of 5: passes.
        ["v4-h68-pasadena-turnbuckle-will-not-spin"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — Pasadena
            Claim 25-1207743 · longshore lasher at the container terminal.
            Can't spin a turnbuckle or lift the lashing bar overhead — sharp pain at the R radial wrist into the thumb; Finkelstein's positive; wears the thumb spica at work.
            97530 — 22 min
              turnbuckle on the practice rig: spin on / spin off with the wrist neutral and the thumb relaxed, 3 x 10 turns
              lashing-bar lifts, 25 lb, floor → shoulder with the bar kept close to the body, 3 x 5
              tightening with the bar as a lever, two hands, x 8
            Lifts done without wrist deviation 5 of 5 in the last set
            """,
            ["M65.4"], [OT("97530", 22)], []),

        // ---------------------------------------------------------------- class 5: measures in their usual forms, and notes with none

        // Springfield QuickDASH beside a Jamar mean of three; dumbbell, hammer, gripper, wrist-roller with doses; a state office worker's wrist after volar plating; 18 matches: passes.
        ["v5-h68-springfield-quickdash-and-jamar"] = new(
            """
            SANGAMON HAND & WRIST SURGEONS — Therapy Suite, Springfield
            QuickDASH 31.8 (56.8 at IE)   ·   Jamar, 2nd handle, mean of 3: R 48 lb / L 71 lb
            R distal radius fx, 10 wks after volar plating (Dr. Adeyemi); works at a state office — the wrist aches by noon at the keyboard and the grip is weak.
            97110 — 18 min
              wrist extension with a 2-lb dumbbell 2 x 15; wrist flexion 2 x 15; radial deviation with a hammer 2 x 10; gripper at 20 lb 3 x 10; wrist roller with 1 lb x 5 up and down
            """,
            ["S52.571D"], [OT("97110", 18)], []),

        // Pensacola PRWE with a wrist arc: radiocarpal glides by grade, DRUJ glides, midcarpal distraction; a charter-boat mate's stiff wrist after a cast; 12 matches: passes.
        ["v5-h68-pensacola-prwe-and-wrist-arc"] = new(
            """
            PERDIDO HAND THERAPY — Pensacola
            PRWE 42/100 (pain 19, function 23; 71 at IE)
            L distal radius fx, cast 6 wks, out 3 wks. Charter-boat mate: the wrist is too stiff to gaff a fish or crank the reel.
            97140 · 12 min
              radiocarpal dorsal and volar glides gr III, 3 x 30 s each; distal radioulnar glides toward supination; midcarpal distraction
            L wrist ext 48° / flex 40° (arc 88°; 62° at IE); supination 60°
            """,
            ["S52.532D"], [OT("97140", 12)], []),

        // Portland line cook, zone II IF repair at wk 8: goniometry by joint in a row and TAM; blocking, glides, foam and putty grips with doses; FDP glide short; 16 matches: passes.
        ["v5-h68-portland-tam-by-joint"] = new(
            """
            CASCO BAY MEDICAL CENTER — Hand Clinic, Portland · OT Treatment Note
            R IF zone II FDP/FDS repair, wk 8 (Dr. Thibodeau); light resistance allowed. Line cook on Commercial Street.
            97110 — 16 min
              blocking: PIP then DIP 2 x 10 each; tendon glides 10 each; soft foam grasp 2 x 15; light putty hook grip 2 x 10
            AROM IF (active)    MP 0/85    PIP −5/90    DIP 0/50    → TAM 220° (185° at wk 6)
            Deficit: FDP glide still short — the DIP lags on a full fist
            """,
            ["S66.120D"], [OT("97110", 16)], []),

        // Biddeford ring sizer: retrograde (manual oedema) massage, finger pumping, Coban spiral; swollen stiff fingers after a metacarpal fracture; ring sizes before and after; 11 matches: passes.
        ["v5-h68-biddeford-ring-sizer"] = new(
            """
            CASCO BAY MEDICAL CENTER — Hand Clinic, Biddeford · OT Treatment Note
            L hand still swollen 3 wks after a L 4th metacarpal fx treated in a cast; she wants her wedding ring back on.
            97140 — 11 min
              retrograde (manual edema) massage from the fingertips toward the wrist and forearm, then finger pumping in elevation; light Coban spiral on the RF
            Fingers puffy and stiff in the mornings
            L RF ring size at the proximal phalanx 8¾ → 8¼ after (size 7 before the injury)
            """,
            ["S62.325D", "R60.0"], [OT("97140", 11)], []),

        // Baytown instrument tech after a Bennett's fracture: tip, key and three-jaw pinch R/L in a row; fitting, wrench and screwdriver tasks with counts; weak pinch and CMC ache; 20 matches: passes.
        ["v5-h68-baytown-pinch-three-ways"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — Baytown
            Claim 25-0877301 · instrument tech · R thumb Bennett's fracture, pinned; pins out 6 wks.
            Pinch (R / L):   tip 6 / 12 lb   ·   key 11 / 19 lb   ·   3-jaw 9 / 16 lb
            97530 — 20 min
              calibration bench: threading tube fittings onto the manifold by hand, 12 fittings; snugging each a quarter turn with a 9/16 wrench; small-screwdriver work on the terminal strip, 10 screws
            Deficit: R thumb pinch weak and the CMC aches with sustained small-tool work
            """,
            ["S62.211D"], [OT("97530", 20)], []),

        // Lovell sugar-beet hand after a median repair: "Seen alone — the only hand pt at that hour, me with him throughout"; localisation, identification by feel, occluded ranch-hardware pick-up; median light touch and gnosis; Moberg seconds: passes.
        ["v5-h68-lovell-moberg-pick-up"] = new(
            """
            BIG HORN BASIN THERAPY — Hand clinic (Tue), Lovell
            R median nerve repair at the wrist (glass, August); sugar-beet harvest hand. Seen alone — the only hand pt at that hour, me with him throughout.
            97112 — 18 min
              sensory re-ed: localisation on the thenar side eyes closed; coins and keys identified by feel; picking up small ranch hardware (fence staples, a cotter pin, a hose clamp) occluded
            Deficit: light touch and tactile gnosis reduced over the thumb, index and long fingers
            Moberg pick-up: 21 s eyes open / 58 s eyes closed (eyes closed not possible at IE)
            """,
            ["S64.11XD"], [OT("97112", 18)], []),

        // Westbrook knitter after a CMC trapeziectomy with suspension: Kapandji score and abduction degrees; opposition slides, cone holds, blocking, putty pinch with doses; can't reach the SF base to hold the needles; "Tol well": passes.
        ["v5-h68-westbrook-kapandji-knitter"] = new(
            """
            CASCO BAY MEDICAL CENTER — Hand & Upper Limb Clinic, Westbrook · OT
            R thumb, 14 wks after CMC trapeziectomy with suspension (Dr. Thibodeau). Knits; can't yet reach the base of the small finger with the thumb to hold the needles.
            97110 — 15 min
              opposition slides down the small finger 2 x 10; palmar abduction around a foam cone, 5-s holds x 10; IP blocking 2 x 10; soft putty pinch 2 x 10
            Kapandji 8/10 (6 at IE); palmar abduction 45°. Tol well; HEP updated.
            """,
            ["M18.11", "Z47.89"], [OT("97110", 15)], []),

        // La Porte millwright after a scaphoid ORIF: wrench pulls, coupling-guard lifts, overhead ratchet; wrist extension weak and guarded — "Did better with the wrench today; less guarding. Recheck grip next visit." — no count, load or number but the code's: measure missing.
        ["v5-h68-la-porte-better-with-the-wrench"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — La Porte
            Millwright · L scaphoid ORIF (headless screw) — union on the January CT.
            97530 — 21 min
              pulling and pushing on a pipe wrench on the wrench board, both directions; lifting the coupling guard and setting it onto the pump base; ratchet work overhead
            Deficit: L wrist extension weak and painful with a loaded wrench; guards every lift
            Did better with the wrench today; less guarding. Recheck grip next visit.
            """,
            ["S62.002D"], [OT("97530", 21)], [At(Measure, "97530")]),

        // Navarre thick tender CTR scar: friction, skin rolling, lifting, thenar and hypothenar release; scar sticks on wrist extension — "Scar softer and glides better by the end" and no number but the code's: measure missing.
        ["v5-h68-navarre-scar-softer-no-number"] = new(
            """
            PERDIDO HAND THERAPY — Navarre
            R volar wrist scar after a carpal tunnel release, still thick and tender; it sticks when she bends the wrist back.
            97140 · 13 min
              scar mobilisation — circular friction, skin rolling and lifting along the incision; myofascial release across the thenar and hypothenar eminences
            Scar softer and glides better by the end; silicone sheet to continue at night.
            """,
            ["G56.01", "Z98.890", "L90.5"], [OT("97140", 13)], [At(Measure, "97140")]),

        // Worland barbed-wire digital nerve repair, "Seen one-on-one: just her and me at the hand table"; touch localisation, coins by feel, penny vs dime; numb ulnar SF — "she could tell the penny from the dime by the end" and no number but the code's: measure missing.
        ["v5-h68-worland-penny-from-the-dime"] = new(
            """
            BIG HORN BASIN THERAPY — Worland · Hand day (Fri)
            Seen one-on-one: just her and me at the hand table.
            L small-finger ulnar digital nerve repaired after a barbed-wire cut; feeling coming back slowly.
            97112 — 15 min
              sensory re-ed: moving touch and localisation along the ulnar small finger eyes closed; picking coins out of a bowl of beans by feel; telling a penny from a dime with the small finger alone
            Deficit: numb ulnar small finger; drops things off that side of the hand
            Feeling is coming back — she could tell the penny from the dime by the end.
            """,
            ["S64.497D", "S61.217D"], [OT("97112", 15)], [At(Measure, "97112")]),

        // Gulf Breeze court reporter with writer's cramp, "Client and CHT only, one-to-one for the whole block": slow writing to the first curl, shoulder-led loops, raised-letter discrimination; focal dystonia; words before the curl and k of 12: passes.
        ["v5-h68-gulf-breeze-writers-cramp-word-count"] = new(
            """
            PERDIDO HAND THERAPY — Gulf Breeze
            Court reporter with focal hand dystonia (writer's cramp, R): the index and thumb curl and the wrist flexes after a few lines of longhand; the steno machine is fine so far.
            97112 — 20 min. Client and CHT only, one-to-one for the whole block.
              sensorimotor retraining: slow writing with a fat foam-gripped pen, stopping at the first sign of the curl; large loops traced on the whiteboard with the shoulder leading; raised letters read with the R index, eyes closed
            Timed writing: the curl starts at word 41 (word 18 at IE); raised letters read 9 of 12
            """,
            ["G24.8"], [OT("97112", 20)], []),

        // Texas City control-room operator after IF and LF flexor repairs: radio, console keyboard, panel-key tasks with counts; stiff, slow fingers; Jebsen-Taylor subtests in seconds; 22 matches: passes.
        ["v5-h68-texas-city-jebsen-taylor"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — Texas City
            Claim 25-0662810 · control-room operator (keyboard + radio) · R IF and LF zone II flexor repairs after a glass-door laceration, wk 14.
            97530 — 22 min
              radio handset: push-to-talk with the thumb and turning the channel knob x 20; keyboard and mouse at the console mock-up, 3 shift-log entries; the small key into the panel lock x 10
            Deficit: IF and LF still stiff and slow in fine tasks; slow on the keyboard
            Jebsen-Taylor (R): page turning 9.8 s, small objects 12.1 s, checkers 7.4 s
            """,
            ["S66.120D", "S66.122D"], [OT("97530", 22)], []),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms, true mismatches, truly missing separate time

        // Springfield "Timed (min): 97140 | 10 97110 | 15" both match; radiocarpal glides by grade; table-edge extension, press-ups, prayer stretch with doses; stiff wrist after a scaphoid ORIF; extension degrees: passes.
        ["v6-h68-springfield-timed-min-pipe-row"] = new(
            """
            SANGAMON HAND & WRIST SURGEONS — Therapy Suite, Springfield
            Timed (min):   97140 | 10      97110 | 15
            R wrist after a scaphoid ORIF (Dr. Pruitt), 12 wks; out of the cast 4 wks. Stiff into extension; pushing up out of a chair hurts.
            97140: radiocarpal and midcarpal dorsal glides gr III–IV, 3 x 30 s; distraction with oscillations
            97110: wrist extension over the table edge with a 1-lb cuff 2 x 15; weight-bearing press-ups on the table, fists then flat hands 2 x 10; prayer stretch 3 x 30 s
            Wrist ext 50° (38° at IE); flex 55°
            """,
            ["S62.001D"], [OT("97140", 10), OT("97110", 15)], []),

        // Portland 24-hour clock ranges per code (13:05–13:17 = 12 on 97140, 13:17–13:39 = 22 on 97110) both match; scar and MP mobilisations; intrinsic-plus, fists, band extension with doses; MPs stiff after silicone arthroplasties; MP degrees: passes.
        ["v6-h68-portland-clock-range-per-code"] = new(
            """
            CASCO BAY MEDICAL CENTER — Hand Clinic, Portland · OT Treatment Note
            R hand, 6 wks after silicone MP arthroplasties IF–SF for RA; MPs stiff into flexion.
            13:05–13:17   Manual therapy (97140): scar mobilisation over the dorsal MP incisions; MP flexion mobilisations IF–SF, gr III
            13:17–13:39   Ther ex (97110): MP flexion with the IPs straight 2 x 10; composite fist 2 x 10; finger extension against a band 2 x 12
            MP flexion IF 52° · LF 50° · RF 45° · SF 40°
            """,
            ["M05.741", "Z96.691"], [OT("97140", 12), OT("97110", 22)], []),

        // Pensacola 97110 in two parts around remaking a thumb orthosis ("9 min before, 8 min after → 17 min", matches); IP blocking, FPL glides, putty with doses; stiff trigger thumb after release; IP degrees: passes.
        ["v6-h68-pensacola-two-parts-around-the-orthosis"] = new(
            """
            PERDIDO HAND THERAPY — Pensacola
            97110 ran in two parts around remaking her thumb orthosis (the old one was rubbing at the IP): 9 min before, 8 min after → 17 min.
            R trigger thumb, 4 wks s/p release; the IP is still stiff and catches faintly at end range.
              thumb IP blocking 2 x 10; IP flexion with the MP held 2 x 10; FPL glide — thumb tip to the base of the small finger 2 x 10; soft putty pinch 2 x 10
            Thumb IP flexion 45° (30° at IE)
            """,
            ["M65.311", "Z98.890"], [OT("97110", 17)], []),

        // Baytown "Billing: 97530 x1 (14 min) · 97110 x1 (11 min)" both match; shackle pins and chain-block lifts with counts; FlexBar eccentrics, isometrics, hammer supination with doses; a rigger's lateral elbow; pain-free grip lb: passes.
        ["v6-h68-baytown-units-with-minutes"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — Baytown
            Claim 25-1098420 · rigger · L lateral elbow pain (epicondylalgia) after weeks on an impact wrench; goal: full duty.
            Billing:   97530 x1 (14 min)   ·   97110 x1 (11 min)
            TA: screwing shackle pins in and out with the L hand, 3 sizes, 10 each; lifting a 15-lb chain block from the cart to a bench hook, palm up, x 8
            TE: eccentric wrist extension with the red FlexBar 3 x 15; wrist extension isometrics 10 x 10 s; supination with a hammer 2 x 12
            Pain-free grip L 44 lb (elbow straight) / R 98 lb
            """,
            ["M77.12"], [OT("97530", 14), OT("97110", 11)], []),

        // Lovell PT then OT the same Tuesday: "PT — 97140 — 12 min" and "OT — 97530 — 20 min" each match their own line; GH glides by grade; saddle-pad, halter and snap tasks with counts; stiff shoulder and slow stiff hand: passes.
        ["v6-h68-lovell-pt-then-ot-same-tuesday"] = new(
            """
            BIG HORN BASIN THERAPY — Lovell · PT + OT the same Tuesday
            PT — 97140 — 12 min: posterior and inferior GH glides gr III; scapular mobilisation; STM to the R pec minor
               R shoulder stiff after the proximal humerus fx in November; flexion 125°, ER 35°
            OT — 97530 — 20 min: swinging a 12-lb saddle pad up onto the saddle rack 2 x 5; hanging halters on the barn-wall hooks at shoulder height x 10; buttoning his coat and fastening the top snap x 3
               R hand stiff after 8 wks in the sling — slow with snaps and buttons; can't lift to the saddle rack
            """,
            ["S42.201D", "M25.611"], [PT("97140", 12), OT("97530", 20)], []),

        // Westbrook three codes (97140 10, 97110 15, 97112 14, "one-on-one with this client") all match; radiocarpal and DRUJ glides; weights, hammer, gripper with doses; position matching and co-contraction; stiff wrist, weak grip, poor position sense; degrees and error: passes.
        ["v6-h68-westbrook-three-codes"] = new(
            """
            CASCO BAY MEDICAL CENTER — Hand Clinic, Westbrook · OT Treatment Note
            L distal radius fx, 9 wks after ORIF (Dr. Thibodeau): wrist stiff, grip weak, wrist position sense poor.
            Manual (97140) — 10 min: radiocarpal dorsal glides gr III; DRUJ glides toward supination
            Ther ex (97110) — 15 min: wrist extension with 2 lb 2 x 15; forearm rotation with a hammer 2 x 12; gripper at 25 lb 3 x 10
            Neuro re-ed (97112) — 14 min, one-on-one with this client: wrist position matching eyes closed; weight shifting onto the L hand on a soft ball; co-contraction holding neutral against my taps
            Wrist ext 46°, supination 65°; position matching error 7°
            """,
            ["S52.572D"], [OT("97140", 10), OT("97110", 15), OT("97112", 14)], []),

        // Navarre "Spent 22 minutes on exercise (97110) and another 11 minutes on manual work (97140)" both match; hammer supination, dowel extension, wrist roller, curls with doses; radial head and PRUJ glides; supination loss after a radial head fracture; degrees: passes.
        ["v6-h68-navarre-spent-minutes-on-each"] = new(
            """
            PERDIDO HAND THERAPY — Navarre
            Spent 22 minutes on exercise (97110) and another 11 minutes on manual work (97140) with this client today.
            L elbow after a radial head fx, 10 wks; can't turn her palm up to hold a golf ball or take a plate down from the cupboard.
            Exercise: supination with a hammer 2 x 12; active-assisted elbow extension with a dowel 2 x 15; wrist roller 1 lb x 5; biceps curls 2 lb 2 x 12
            Manual: posterior glides of the radial head gr III; proximal radioulnar mobilisation toward supination, sustained 30 s x 4
            Supination 55° (35° at IE); elbow ext −15°
            """,
            ["S52.125D", "M25.622"], [OT("97110", 22), OT("97140", 11)], []),

        // Chatham "97110 — 28 min" against a 16-min line: mismatch; curls, gripper, dowel rotation with doses; weak stiff wrist after a cast; grip lb complete.
        ["v6-h68-chatham-97110-28-against-16"] = new(
            """
            SANGAMON HAND & WRIST SURGEONS — Therapy Suite, Chatham
            97110 — 28 min
              wrist curls 2 lb 2 x 15; reverse curls 2 x 15; gripper at 25 lb 3 x 10; pronation/supination with a weighted dowel 2 x 12
            R wrist weak and stiff 12 wks after a distal radius fx (cast); grip R 40 lb / L 70 lb
            """,
            ["S52.531D"], [OT("97110", 16)], [At(Mismatch, "97110")]),

        // La Porte PTA "97530 — 12 min" against a 24-min PTA line: mismatch; plank and tube tasks with loads and counts, weak overhead shoulder with a crew goal complete.
        ["v6-h68-la-porte-pta-97530-12-against-24"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — La Porte · PTA note
            Claim 25-0522419 · scaffold hand, R rotator cuff repair (DOI 04/04/2025)
            97530 — 12 min
              lifting 10-ft scaffold planks (12 lb each) from the floor to a waist-high rack x 8; passing scaffold tubes overhead to the next level of the mock-up x 10
            R shoulder weak overhead; hikes the shoulder passing tubes; goal — back on the scaffold crew
            """,
            ["S46.011D", "Z98.890"], [PTA("97530", 24)], [At(Mismatch, "97530")]),

        // Gulf Breeze 97140 10 matches but "97110 — 25 min" against a 13-min line: mismatch on 97110; scar and IP/MP mobilisations; blocking, fists, stretch with doses; adherent scar and incomplete fist after a zone VI repair; tip-to-palm cm.
        ["v6-h68-gulf-breeze-second-code-25-against-13"] = new(
            """
            PERDIDO HAND THERAPY — Gulf Breeze
            97140 — 10 min: scar mobilisation along the dorsal hand incision; MP and IP flexion mobilisations of the LF gr III
            97110 — 25 min: blocking 2 x 10; reverse blocking 2 x 10; composite fist around a foam roll 2 x 15; extensor stretch into a full fist with the wrist flexed 3 x 30 s
            R LF extensor tendon repair (zone VI), wk 10 — dorsal scar adherent; fist incomplete, tip 2 cm from the palm
            """,
            ["S66.322D"], [OT("97140", 10), OT("97110", 13)], [At(Mismatch, "97110")]),

        // Powell OT "NMR 97112 — 30 min — one-on-one, OT and pt only" against an 18-min line: mismatch; desensitisation with textures, tapping, oat and barley tubs; dorsal-hand hypersensitivity; seconds complete.
        ["v6-h68-powell-ot-nmr-30-against-18"] = new(
            """
            BIG HORN BASIN THERAPY — Powell · Hand day (Tue)
            NMR 97112 — 30 min — one-on-one, OT and pt only
              desensitisation over the healed dorsal-hand laceration (caught on a grain-auger guard): self-stroking with cotton → flannel → a wool sock, then tapping; hand buried in a tub of dry oats, then barley
            Deficit: hypersensitive dorsum of the R hand; won't wear a work glove
            Tolerates the wool sock 50 s (10 s at IE)
            """,
            ["S61.411D", "R20.3"], [OT("97112", 18)], [At(Mismatch, "97112")]),

        // Texas City "Timed treatment 38 min (manual + ther ex)" is the only time for two codes: separate time missing; both sections complete (glides by grade; doses; stiff weak wrist with a welding goal; degrees).
        ["v6-h68-texas-city-timed-total-only"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — Texas City
            Claim 25-0390017 · welder
            Timed treatment 38 min (manual + ther ex)
            Manual: dorsal radiocarpal glides gr III, 3 x 30 s; midcarpal distraction
            Ther ex: wrist extension with a 2-lb bar 2 x 15; radial/ulnar deviation with a hammer 2 x 12; weight-bearing press-ups 2 x 10
            R wrist stiff and weak 10 wks after a distal radius fx (cast) — can't hold the stinger overhead
            Wrist ext 44° → 50°
            """,
            ["S52.501D"], [OT("97140", 13), OT("97110", 25)], [SepTime]),

        // Biddeford 97140 "12 min" (matches) but the 97530 section has no minutes: separate time missing; both sections complete (MP/PIP mobilisations and scar work; warp hauling, bait bags, bowlines with counts; stiff fingers after a fasciectomy, grip on wet rope; PIP degrees).
        ["v6-h68-biddeford-97530-without-minutes"] = new(
            """
            CASCO BAY MEDICAL CENTER — Hand Clinic, Biddeford · OT Treatment Note
            97140 — 12 min: MP and PIP flexion mobilisations of the R RF and SF gr III; scar mobilisation at the palmar incision
            97530: hauling a length of pot warp hand over hand, 3 x 10 ft; picking bait bags up off the floor and hanging them on a hook x 10; tying a bowline x 5
            Deficits: RF/SF stiff into flexion after the fasciectomy; grip gives on wet rope
            RF PIP flexion 80°, SF PIP flexion 75°
            """,
            ["M72.0", "Z98.890"], [OT("97140", 12), OT("97530", 16)], [SepTime]),

        // ---------------------------------------------------------------- class 7: empty notes and the contract's meanings per code

        // Empty note on a two-code OT visit with a diagnosis: DOC_NOTE_MISSING on each profiled line and nothing else.
        ["v7-h68-empty-te-manual"] = new(
            "",
            ["S52.571D"], [OT("97110", 15), OT("97140", 10)], [At(NoteMissing, "97110"), At(NoteMissing, "97140")]),

        // Empty note on an OT 97112 with no diagnosis: note missing and diagnosis missing.
        ["v7-h68-empty-ot-97112-no-dx"] = new(
            "",
            [], [OT("97112", 18)], [At(NoteMissing, "97112"), Dx]),

        // A note of spaces and line breaks only (cells are trimmed) on a PTA 97116 with diagnoses: note missing only.
        ["v7-h68-blank-lines-pta-97116"] = new(
            "\n \n  ",
            ["S52.531D", "R26.81"], [PTA("97116", 14)], [At(NoteMissing, "97116")]),

        // 97110's meaning at Greybull: hammer, gripper, towel wringing, band extension with doses (technique and measure), a farrier's weak wrist and grip after a cast, hoof-nipper goal (deficit); 18 matches: passes.
        ["v7-h68-greybull-97110-farriers-wrist"] = new(
            """
            BIG HORN BASIN THERAPY — Greybull · Hand day (Fri)
            97110 — 18 min
              wrist extension with a 3-lb hammer 2 x 15; radial deviation with the hammer 2 x 12; gripper at 30 lb 3 x 10; wringing a wet towel 5 each way; finger extension against a band 2 x 15
            R wrist + grip weak after a distal radius fx (cast off 6 wks) — farrier: can't hold the hoof nippers or clinch nails yet
            """,
            ["S52.501D"], [OT("97110", 18)], []),

        // 97530's meaning at La Porte: overhead bolt-up with a ratchet, tool-bag carry, ladder climbs with counts and loads (technique and measure), grip giving out after a 2nd metacarpal ORIF with a pipefitter's goal (deficit); 23 matches: passes.
        ["v7-h68-la-porte-97530-bolt-up-and-tool-bag"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — La Porte
            97530 — 23 min
              overhead bolt-up on the flange board: starting nuts by hand, running them down with a ratchet, 8 bolts x 2 rounds
              carrying a 25-lb tool bag 100 ft and setting it on a 4-ft platform x 4
              climbing 6 rungs of the practice ladder holding on with the R hand, x 3
            R hand and wrist after a 2nd metacarpal fx (ORIF); grip gives out on the ratchet; goal — full-duty pipefitter
            """,
            ["S62.320D"], [OT("97530", 23)], []),

        // 97140's meaning at Pensacola: MP volar glides by grade, distraction, dorsal scar mobilisation (technique), RF and SF MPs stuck in extension after a fifth-metacarpal fracture (deficit), MP degrees (measure); 11 matches: passes.
        ["v7-h68-pensacola-97140-mp-flexion-mobs"] = new(
            """
            PERDIDO HAND THERAPY — Pensacola
            97140 · 11 min
              MP flexion mobilisation of the R RF and SF — volar glides of the proximal phalanx gr III, 3 x 30 s each; distraction; dorsal scar mobilisation over the 5th metacarpal
            R RF and SF MPs stuck in extension after a 5th metacarpal fx (fall on the pickleball court)
            MP flexion RF 55°, SF 50° (40° / 35° at IE)
            """,
            ["S62.336D"], [OT("97140", 11)], []),

        // 97116's meaning at Lincoln: hemi-walker in the free hand with distances, a curb and step cues (technique), unsteady with a short step since the fall that broke the wrist (deficit), SBA/CGA (measure); 15 matches: passes.
        ["v7-h68-lincoln-97116-hemi-walker-casted-wrist"] = new(
            """
            SANGAMON HAND & WRIST SURGEONS — Therapy Suite, Lincoln · PT
            97116 — 15 min
              hemi-walker in the R hand (L wrist in a cast), 3 x 100 ft in the hall; curb up and down x 2; cues for a longer L step and to stop leaning on the casted arm
            Unsteady since the fall that broke the L wrist; short L step, wide swaying turns
            SBA on level ground, CGA on the curb
            """,
            ["S52.532D", "R26.81"], [PT("97116", 15)], []),

        // Generic 97110: "Pt did program at the table. Fine today. Same next time. 15 min." — no exercise, region or number but its minutes (which match).
        ["v7-h68-generic-97110-program-at-the-table"] = new(
            "Pt did program at the table. Fine today. Same next time. 15 min.",
            ["M79.641"], [OT("97110", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic 97140 + 97110 with minutes for each (10 and 15, both match): only generic phrases for both codes.
        ["v7-h68-generic-hands-on-and-exercises"] = new(
            "Hands-on work (97140) 10 min and exercises (97110) 15 min. Progressing as expected. Will continue.",
            ["S52.571D"], [OT("97140", 10), OT("97110", 15)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140"),
             At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // Generic 97112: "Neuro re-ed done per plan, 17 min. Client participated fully. No change to POC." — no technique, deficit, number or one-on-one statement.
        ["v7-h68-generic-97112-per-plan"] = new(
            "Neuro re-ed done per plan, 17 min. Client participated fully. No change to POC.",
            ["G56.01"], [OT("97112", 17)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // Generic 97530: "Functional tasks x 20 min. Good effort. Progressing toward goals." — no task, deficit or goal named, no number but its minutes.
        ["v7-h68-generic-97530-functional-tasks"] = new(
            "Functional tasks x 20 min. Good effort. Progressing toward goals.",
            ["S62.336D"], [OT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // ---------------------------------------------------------------- ordinary notes

        // Springfield mallet finger weaning from the Stack orthosis: DIP active flexion with the PIP straight, extension, ORL stretch with reps; lag and flexion degrees; 14 matches: passes.
        ["vord-h68-springfield-mallet-weaning"] = new(
            """
            SANGAMON HAND & WRIST SURGEONS — Therapy Suite, Springfield
            R LF mallet (tendinous), 8 wks full time in the Stack orthosis; weaning started today — off for exercise and clean hand tasks only.
            97110 · 14 min
              active DIP flexion with the PIP held straight, to 20° then 30°, 2 x 10; active DIP extension x 10; ORL stretch — PIP extended, gentle DIP flexion x 10; lag checked after each set
            DIP extension lag 5° (none in the orthosis); DIP active flexion 30°
            """,
            ["M20.011"], [OT("97110", 14)], []),

        // Portland beer-league goalie after a hemi-hamate arthroplasty: 97110 16 and 97140 10 match; blocking, foam fist, putty with doses; volar glides by grade and oedema massage; stiff swollen PIP; arc and circumference: passes.
        ["vord-h68-portland-hemi-hamate-goalie"] = new(
            """
            CASCO BAY MEDICAL CENTER — Hand Clinic, Portland · OT Treatment Note
            R RF PIP fracture-dislocation → hemi-hamate arthroplasty 8 wks ago (Dr. Thibodeau). Beer-league goalie; wants to hold his stick by April.
            Ther ex 97110 — 16 min: PIP blocking 2 x 10; composite fist around a foam tube 2 x 15; reverse blocking for the DIP 2 x 10; light putty hook grip 2 x 10
            Manual 97140 — 10 min: PIP flexion mobilisation — volar glides of the middle phalanx gr III, 3 x 30 s; edema massage of the RF
            RF PIP stiff and swollen: active arc 10–78° (10–65° last wk); circumference at the PIP 7.0 cm
            """,
            ["S62.624D", "M25.641"], [OT("97110", 16), OT("97140", 10)], []),

        // Pensacola hairdresser three weeks after a dorsal wrist ganglion excision: AROM, prayer stretch, weight shifts, can extensions with doses; blow-dryer goal and tender incision; degrees; "Tolerated well": passes.
        ["vord-h68-pensacola-ganglion-hairdresser"] = new(
            """
            PERDIDO HAND THERAPY — Pensacola
            L dorsal wrist ganglion excised 3 wks ago. Hairdresser — can't bend the wrist back far enough to hold the blow-dryer up; incision tender.
            97110 · 15 min
              wrist extension and flexion AROM over the table edge 2 x 15; prayer stretch 3 x 20 s; weight shifts on flat hands on the table 2 x 10; wrist extension with a 1-lb can 2 x 10
            L wrist ext 45° / flex 50°; now takes weight on the flat hand. Tolerated well.
            """,
            ["M67.432", "Z98.890"], [OT("97110", 15)], []),

        // Baytown deckhand after a crush between a barge and the fender: 97140 11 and 97530 20 match; intermetacarpal and MP glides, fascia release, retrograde massage; line coiling, heaving-line tosses, ratchet strap with counts; stiff puffy hand; tip-to-palm and grip: passes.
        ["vord-h68-baytown-deckhand-crush"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — Baytown
            Claim 25-0744610 · deckhand on a push boat · L hand crushed between a barge and the dock fender (DOI 09/09/2025); metacarpal fx healed, hand still stiff.
            97140 — 11 min: intermetacarpal glides and MP volar glides gr III; palmar fascia release; retrograde massage of the dorsal hand
            97530 — 20 min: coiling a 3/4-in line on the deck mock-up, 3 coils; heaving line thrown to the bollard, 10 tosses; tightening a ratchet strap x 8
            Deficits: L hand stiff and puffy; can't close a tight fist on the line
            Fist: tips to 1 cm of the palm; grip L 58 lb / R 112 lb
            """,
            ["S67.22XD"], [OT("97140", 11), OT("97530", 20)], []),

        // Powell team roper with ECU tendinopathy: 97140 10 and 97110 15 match; ECU STM, friction, distraction; isometric and eccentric ulnar deviation, hammer rotation with doses; ulnar wrist pain; pain-free grip lb: passes.
        ["vord-h68-powell-roper-ecu"] = new(
            """
            BIG HORN BASIN THERAPY — Powell · Hand day (Tue)
            Team roper (heeler), R ECU tendinopathy — ulnar wrist pain throwing the loop and dallying; worse after rodeo weekends.
            97140 — 10 min: STM along the ECU sheath; transverse friction at the ulnar head; ulnocarpal distraction
            97110 — 15 min: isometric ulnar deviation in neutral 10 x 10 s; eccentric ulnar deviation with a 2-lb hammer 3 x 12; forearm rotation with the hammer 2 x 12
            Pain-free grip R 70 lb (52 lb at IE)
            """,
            ["M65.831", "M25.531"], [PT("97140", 10), PT("97110", 15)], []),

        // Worland PT, fourteen weeks after a cuff repair: 97110 16 and 97112 14 ("one-on-one (PT with him only)") match; ER, prone T/Y, scaption, rows with doses; rhythmic stabilisation and perturbations; cuff weakness and humeral-head control; degrees, seconds, MMT: passes.
        ["vord-h68-worland-cuff-repair-te-nmr"] = new(
            """
            BIG HORN BASIN THERAPY — Worland · PT
            R rotator cuff (supraspinatus) repair, 14 wks; sugar-beet farmer.
            97110 — 16 min: side-lying ER with 2 lb 2 x 12; prone T's and Y's 2 x 10; scaption to 90° with 1 lb 2 x 12; rows with the green band 2 x 15
            97112 — 14 min, one-on-one (PT with him only): rhythmic stabilisation in supine at 90° and 120°; closed-chain weight shifts on the wall ball; ER holds against my perturbations
            Deficits: cuff weakness overhead; poor dynamic control of the humeral head — shrugs to lift the arm
            Scaption AROM 150°; holds 90° against perturbation 20 s; ER 4-/5
            """,
            ["S46.011D", "Z98.890"], [PT("97110", 16), PT("97112", 14)], []),

        // Texas City warehouse picker with a closed central-slip rupture: DIP flexion with the PIP straight, PIP extension, lateral-band stretch with reps; extension lag and tight bands; degrees; 13 matches: passes.
        ["vord-h68-texas-city-central-slip"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — Texas City
            Claim 25-1302286 · warehouse picker · L LF closed central slip rupture (jammed on a tote, DOI 12/02/2025); PIP cast 6 wks, now a PIP extension orthosis.
            97110 — 13 min
              active DIP flexion with the PIP held straight in the orthosis 2 x 10; PIP active extension from 30° to 0° 2 x 10; lateral band stretch x 10
            Deficit: L LF PIP extension lag; tight lateral bands
            PIP extension lag 10° (25° at cast removal); DIP flexion 45° with the PIP extended
            """,
            ["S66.313D", "M20.022"], [OT("97110", 13)], []),

        // Chatham roofer after a distal biceps repair: 97140 12 and 97110 15 match; humeroulnar distraction and glides, brachialis and scar STM; hammer supination, curls, band extension, prone hang with doses; stiffness and weak supination; degrees: passes.
        ["vord-h68-chatham-distal-biceps-roofer"] = new(
            """
            SANGAMON HAND & WRIST SURGEONS — Therapy Suite, Chatham
            R distal biceps repair (Dr. Pruitt), 10 wks; roofer. Elbow stiff into extension, supination weak.
            97140 · 12 min — humeroulnar distraction and posterior glides gr III; STM to the brachialis and the incision scar
            97110 · 15 min — supination with a hammer 2 x 12; biceps curls with 2 lb 2 x 12; triceps extension with the yellow band 2 x 15; prone elbow extension hang 3 x 30 s
            Ext −20°, flex 135°; supination 70°
            """,
            ["S46.211D", "Z98.890"], [OT("97140", 12), OT("97110", 15)], []),

        // Biddeford widow after a distal radius fracture (the COTA set up the mock-up): dishcloth, laundry basket, jar and washer tasks with counts and assistance levels; weak stiff hand at home; grip lb; 19 matches: passes.
        ["vord-h68-biddeford-dishcloth-and-laundry"] = new(
            """
            CASCO BAY MEDICAL CENTER — Hand Clinic, Biddeford · OT Treatment Note
            L distal radius fx (cast 6 wks, off 3 wks). Lives alone in a mill apartment on the river; the L hand is still weak and stiff — can't wring a dishcloth or carry her laundry basket down the hall. COTA set up the laundry mock-up before she came in.
            97530 — 19 min
              wringing a wet dishcloth both directions x 8; carrying a 6-lb laundry basket 50 ft x 3; opening a new jar with the rubber gripper x 4; pulling wet clothes out of the washer mock-up into the basket
            Mod I with the gripper on the jar; SBA carrying the basket; L grip 26 lb
            """,
            ["S52.502D"], [OT("97530", 19)], []),

        // Gulf Breeze retired Navy pilot with medial epicondylalgia: 97140 10 and 97110 16 match; friction, flexor-pronator STM, ulnar nerve glide; eccentrics, pronation, putty, towel with doses; medial elbow pain gripping the club; pain-free grip lb: passes.
        ["vord-h68-gulf-breeze-golfers-elbow"] = new(
            """
            PERDIDO HAND THERAPY — Gulf Breeze
            Retired Navy pilot, golfs four days a week; R medial elbow pain at impact and gripping the club (medial epicondylalgia).
            97140 · 10 min: transverse friction over the common flexor origin; STM along the flexor-pronator mass; ulnar nerve glide with elbow flexion x 10
            97110 · 16 min: eccentric wrist flexion with 3 lb 3 x 15; pronation with a hammer 2 x 12; putty gross grip 2 x 15; towel grip-and-release 2 x 10
            Pain-free grip R 62 lb with the elbow straight (48 lb at IE)
            """,
            ["M77.01"], [OT("97140", 10), OT("97110", 16)], []),

        // La Porte PTA, crane operator after a proximal humerus fracture: pulleys, wand, side-lying ER, rows, push-up plus with doses; stiff weak shoulder, overhead panel goal; degrees; 20 matches: passes.
        ["vord-h68-la-porte-pta-crane-operator-shoulder"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — La Porte · PTA note
            Claim 25-0849951 · crane operator · L proximal humerus fx (fell off the cab ladder, DOI 08/30/2025), healed.
            97110 — 20 min
              pulleys flexion 2 x 15; wand ER 2 x 12; side-lying ER with 1 lb 2 x 12; rows with the green band 2 x 15; wall push-up plus 2 x 10
            L shoulder stiff and weak — can't reach the overhead switch panel in the cab
            Flexion 140° (110° at IE); ER 50°
            """,
            ["S42.202D"], [PTA("97110", 20)], []),

        // Greybull ranch hand sixteen weeks after LF and RF flexor repairs: fencing-plier splices and staples, grain-bucket hauls, float-valve turns with counts and load; stiff fingers in a tight grip; grip lb and k of 10; 24 matches: passes.
        ["vord-h68-greybull-fencing-pliers"] = new(
            """
            BIG HORN BASIN THERAPY — Greybull · Hand day (Fri)
            R LF and RF flexor repairs (zone II), 16 wks; ranch hand, back to light chores.
            97530 — 24 min
              fencing pliers: twisting wire splices on the practice fence x 10; pulling staples with the pliers' claw x 10
              hauling a 25-lb grain bucket 50 ft x 4; opening and closing the stock-tank float valve x 10
            Deficit: R LF/RF still stiff in a tight grip; the grip gives out on the pliers
            Grip R 60 lb / L 96 lb; splices done without dropping the pliers 10 of 10
            """,
            ["S66.122D", "S66.124D"], [OT("97530", 24)], []),

        // Lincoln church organist six weeks after a CTR: 97110 12 and 97530 15 match; glides, band abduction, putty pinch with doses; keyboard sequencing, hymnal pages, robe buttons with counts; fingers tiring on the manuals; grip and k of 6: passes.
        ["vord-h68-lincoln-church-organist"] = new(
            """
            SANGAMON HAND & WRIST SURGEONS — Therapy Suite, Lincoln
            Church organist; R CTR 6 wks ago (Dr. Adeyemi). Fingers tire on the manuals by the second hymn; fumbles turning the hymnal pages.
            97110 — 12 min: tendon glides x 10 each; median nerve glides x 5; finger abduction/adduction against a rubber band 2 x 15; yellow putty pinch 2 x 10
            97530 — 15 min: finger-sequencing on the practice keyboard, 4 hymn lines with both hands; hymnal page turning x 20; fastening the small robe buttons x 6
            Grip R 45 lb / L 58 lb; buttons 6 of 6 without a drop
            """,
            ["G56.01", "Z98.890"], [OT("97110", 12), OT("97530", 15)], []),

        // Westbrook complete 97110 (MP blocking, foam fist, band extension with doses; stiff hand after a metacarpal ORIF; tip-to-palm cm) sent with no diagnosis.
        ["vord-h68-westbrook-no-diagnosis"] = new(
            """
            CASCO BAY MEDICAL CENTER — Hand Clinic, Westbrook · OT Treatment Note
            97110 — 14 min
              composite fist around a foam tube 2 x 15; MP blocking 2 x 10; finger extension against a band 2 x 15
            R hand stiff after a 4th metacarpal shaft fx (ORIF); RF tip-to-palm 1.5 cm
            """,
            [], [OT("97110", 14)], [Dx]),

        // Powell complete 97140 (palmar scar massage, thenar/hypothenar spreading; thick tender scar; grip lb) with the ICD-9 code 354.0 as its diagnosis: not well formed.
        ["vord-h68-powell-icd9-code"] = new(
            """
            BIG HORN BASIN THERAPY — Powell · Hand day (Tue)
            97140 — 10 min: scar massage along the palmar incision; myofascial spreading of the thenar and hypothenar eminences
            Palm scar thick and tender since the L carpal tunnel release; grip L 38 lb
            """,
            ["354.0"], [OT("97140", 10)], [Dx]),

        // Pasadena "97140 — 12 min to the R wrist" with a stiff wrist and degrees but no manual technique named anywhere: technique missing.
        ["vord-h68-pasadena-97140-names-no-technique"] = new(
            """
            CHANNELSIDE OCCUPATIONAL HEALTH — Pasadena
            Claim 25-0457132 · R distal radius fx (cast), 11 wks.
            97140 — 12 min to the R wrist
            R wrist stiff into extension and supination; can't push the pallet-jack handle down
            Wrist ext 38° → 46°; supination 55°
            """,
            ["S52.531D"], [OT("97140", 12)], [At(Tech, "97140")]),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
