using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The hundred-and-ninety-second held-out set for issue 18 (read notes the way therapists write them), written blind by
/// an outside reviewer (physical-therapy billing and compliance, years of Medicare and commercial payer medical review)
/// who had not read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only PRODUCT.md
/// sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files in this folder (read
/// for their format and to write styles, phrasings, vocabulary and examples they do not already have). The engine's
/// output on these notes was never looked at while writing them, and the tests were never run by the reviewer.
/// Written 2026-12-07, the set is DICTATED notes: therapists at eight clinics who talk their notes into speech
/// recognition (Dragon-style, on a desktop microphone, a phone in the truck or a tablet in the gym) or to a
/// transcription service, and paste the result into the EMR unedited or lightly edited. The text keeps what the
/// recogniser made of the voice: spoken punctuation left as words ("period", "comma", "colon", "new paragraph"),
/// numbers spoken as words or as digits ("twenty two minutes", "ninety seven one one two", "Berg forty four out of fifty
/// six", "twenty for minutes" for twenty-four), homophones and misrecognitions a real recogniser makes ("won on won",
/// "tan them stance", "proprio acceptance", "rom berg", "many best test", "dis metria", "hypo function", "Sems
/// Weinstein"), run-together sentences, the dictating therapist's asides ("scratch that", "delete the last sentence",
/// "correction twenty three minutes") and the transcriptionist's bracketed "[inaudible]" and "[?]". About two thirds
/// are ordinary and complete (69 of 104), single- and two-code visits (97110, 97112, 97116, 97140, 97530) by PTs, PTAs
/// and OTs, at these clinics:
/// <list type="number">
/// <item>Ozaukee Neuro &amp; Balance PT (ONB, Cedarburg): Renata Vujic, PT, DPT, and Tom Ebersole, PTA, dictate into
/// the EMR's free-text box with a desktop microphone; the EMR stamps "[Dictated with speech recognition — not
/// proofread]" and the text keeps every spoken "period", "comma" and "new paragraph";</item>
/// <item>Osage Bend Physical Therapy (OBPT, Tuscumbia): Paul Lindqvist, PT, and Marcy Toombs, PTA, phone their notes to
/// a transcription service whose typist punctuates lightly and marks what she could not hear "[inaudible]" or "[?]",
/// with a footer "tr: KD"; the EMR wraps the pasted text in its delivery row "[ ] One-on-one [ ] Concurrent [ ] Group",
/// sometimes with a box struck;</item>
/// <item>Absaroka Foothills Home Therapy (AFHT, Big Timber): Jodie Ringling, PT, dictates in the truck between home
/// visits on her phone; lower case, few stops, "new paragraph" typed out, ranch and kitchen talk;</item>
/// <item>Little Sioux Regional Hospital outpatient rehabilitation (LSRH, Cherokee): Anil Deshpande, PT, dictates the
/// hospital's headings aloud ("PROCEDURE colon", "ASSESSMENT colon") under the EMR's "Treatment delivery: [ ]
/// One-on-one [ ] Concurrent [ ] Group" row;</item>
/// <item>Cumberland Gap Therapy Associates (CGTA, Middlesboro): Dwight Mullins, PTA, and Sherry Caudill, PT, whose
/// dictation keeps the speaker's corrections ("scratch that", "correction", "delete the last sentence");</item>
/// <item>Pelican Rapids OT &amp; Hand (PROT): Ingrid Haugen, OTR/L, dictating 97530, 97110 and an OT's 97112 with
/// "period" and "comma" and the odd misheard word;</item>
/// <item>Hatchie River Rehab (HRR, Brownsville): Latrice Boyd, PT, and Cody Pruett, PTA, speak into the tablet's
/// fields, so the field names come out as "Time colon", "Supervision colon", "Deficit colon", beside the template's
/// own tick boxes (☒ / ☐);</item>
/// <item>Blue Mesa Sports PT (BMSPT, Gunnison): Marco Esquibel, PT, DPT, whose recogniser writes numbers as digits ("97112
/// x 23 min", "1 on 1", "62 cm") and clock ranges ("9:05 to 9:27") under the EMR's "Impairment targeted: ____"
/// field.</item>
/// </list>
/// Each note's DOC_* findings were judged by hand as a payer reviewer who reads the pasted text as it stands: a spoken
/// "period" or "comma" is punctuation, a number spoken in words is that number, a homophone is read as the word the
/// therapist plainly said where nothing else could be meant ("won on won" is one-on-one, "tan them stance" is tandem
/// stance, "twenty for minutes" is twenty-four minutes), a speaker's "scratch that" or "correction" replaces what came
/// just before it, "[inaudible]" and "[?]" state nothing, an unticked box, an empty field and "____" state nothing, a
/// ticked box states what it names, a struck box is withdrawn, and a programme's name or level is not a technique:
/// <list type="bullet">
/// <item>class 1 (v1-h192-…): one-on-one in these dictators' words ("seen won on won for the full session period",
/// "one-on-one" hyphenated by the recogniser, "just me and her the whole time comma her husband was in the recliner",
/// "Supervision colon one on one", an OT's "one on one in the clinic kitchen"), notes that negate it ("this was not one
/// on one comma I was splitting time with Mr. Pruitt on the bike", a high-school group doing the same drills, a
/// roommate on the caseload doing the exercises alongside), a note whose attendance word was lost to "[inaudible]",
/// one that never states it, and an OT's 97530 at a table with two other residents, which has no one-on-one check;</item>
/// <item>class 2 (v2-h192-…): checkbox states under the dictation (a ticked "One-on-one", a row left blank, a "1:1 ☐"
/// unticked, a struck "Concurrent" beside a ticked "One-on-one", a struck "One-on-one" beside a ticked "Group", a
/// "Measures: ☐ Berg ☐ TUG ☐ DGI" row unticked and filled, an "Impairment targeted: ____" left blank);</item>
/// <item>class 3 (v3-h192-…): named techniques dictated (PNF D2 patterns with rhythmic stabilisation, X1 viewing
/// dictated "ex one viewing", NDT facilitation at the pelvis, treadmill perturbations, mirror therapy and graded motor
/// imagery, Mulligan mobilisation with movement, dual-task walking with serial sevens, "rom berg" progressions on foam)
/// and a programme's name or level as the only intervention ("Stepping On week five", "Steady Steps level three", an
/// Otago level sheet for a 97110), against a programme level followed by its exercises;</item>
/// <item>class 4 (v4-h192-…): deficits stated as findings ("decreased proprio acceptance right ankle", she can't feel
/// where her feet are on the boat dock, his left knee buckles turning toward the bad side, left vestibular "hypo
/// function", "dis metria" on finger-to-nose, she drops the clothespins from her right hand) and notes that state
/// none ("Deficits colon [inaudible]", "ASSESSMENT colon see initial evaluation", a 97116 whose deficit field was lost
/// to "[inaudible]");</item>
/// <item>class 5 (v5-h192-…): measures in every usual form (Berg in words, tandem seconds as "tan them stance", TUG with
/// a spoken decimal, Y-balance centimetres in digits, perturbations out of ten, "many best test nineteen slash twenty
/// eight", a monofilament count, counts and assist for 97530, sets and repetitions for 97110) and notes with none (a
/// DGI whose score is "[inaudible]", "steadier than last week", a 97116 with no distance or assistance);</item>
/// <item>class 6 (v6-h192-…): minutes in every usual form (codes and minutes in words, "scratch that twenty three
/// minutes", "Time colon twenty for minutes", digits with "x", minutes before the code, clock ranges) and true
/// mismatches (a correction that lands ten minutes off the line, a heading's thirty-eight on a twenty-three-minute line,
/// a 97140 dictated as twenty on a ten-minute line, a "scratch that" whose corrected number is not the billed one) and
/// truly missing separate time (a second code's minutes lost to "[inaudible]", a total for two codes, a second code
/// never given minutes);</item>
/// <item>class 7 (v7-h192-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the diagnosis
/// check), the contract's meanings for 97110, 97530, 97140 and 97116 as dictated, and wholly generic dictations
/// ("balance training period tolerated well period continue plan of care period", "therapeutic exercise per flow
/// sheet", "functional activities as tolerated", "one on one balance and coordination exercises");</item>
/// <item>ordinary (vord-h192-…): complete dictated notes of these clinics that a reviewer passes (the false-positive
/// guard), and the ordinary weak ones: two complete notes with no diagnosis.</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112 its one-on-one code,
/// every line attested one-on-one in its column, own patient id, so DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no
/// part and only the note decides DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line
/// and "RULE" per visit (separate time, diagnosis). A time mismatch is written on the line whose minutes differ
/// (<c>At(Mismatch, code)</c>); the contract gives no tolerance, so every mismatch here differs by ten minutes or more
/// and every passing note's minutes are exact. Every timed line earns at least one unit under the 8-minute rule. This
/// set's notes carry numbers that are not a code's minutes — ages, years on a job, box heights in inches, loads in
/// pounds, distances in feet, reach in centimetres, degrees, seconds of a hold or a stance, counts out of ten, hertz of
/// a head turn, the spoken numbers of a monofilament — and each is written so that a reviewer cannot take it for a
/// billed code's minutes; a code's minutes are spoken or written next to the code ("ninety seven one one two twenty
/// two minutes", "twenty three minutes of ninety seven one one two", "97112 x 23 min"), in a heading dictated with the
/// service's name, in a "Time colon" field or as a clock range on the code's own line; no note gives minutes to a
/// visit, a drill, a rest or a test, except the one that gives two codes only a total ("total treatment time thirty
/// seven minutes"); notes failed for want of a measure carry no number but their code and its minutes.
/// DOC_GENERIC_ONLY is expected only where the note names no technique, deficit or measure at all. A 97112 passes the
/// measure check only on an objective measure with a number and fails it only when the note has no number but its
/// code, its minutes and numbers that are plainly something else; for the other codes a dose (sets, repetitions, load,
/// hold, distance, assistance level) is a measure. One-on-one is judged on the billed minutes: a family member,
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
/// This set also leaves out what dictation could honestly leave in doubt: a misrecognition that lands on a code's
/// number, a code's minutes or a test's score so that two readings are possible ("for minutes" standing alone, "ninety
/// seven one one to" in a two-code visit, "Berg [inaudible] out of fifty six"), a "delete the last sentence" or
/// "scratch that" that withdraws a one-on-one statement or a statement of another patient (the note then says both
/// things), a transcript that is only "[inaudible]" (not empty, not a description), a dictated instruction to the EMR
/// ("check the one on one box") with no box shown ticked, a misheard technique that could be two techniques ("bats
/// board"/"BAPS board" beside "bat swings"), a spoken clock range in words, and a recogniser's homophone for an
/// impairment that reads as another impairment ("a taxi a").
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>Before: 87 of 104 cases agree (102 needed), and 9 of the 69 notes the reviewer passes got a finding, on the analyzer of a105b07 (the 2026-12-07 twenty-fifth session, after the last session's skipped held-out facts were worked through; nothing was changed for this set) — its first run, the held-out figure.</para>
/// <para>After: development data, worked through in the same session (the session's final engine code e1617c8): 103 of 104, no false positive.</para>
/// </summary>
public class HeldOutNotesIssue18HundredNinetySecondTests(ITestOutputHelper output)
{
    /// <summary>
    /// Share of cases (rounded up) whose DOC_* findings must match the reviewer's exactly. Fixed
    /// before the first run and not to be lowered to make a run pass.
    /// </summary>
    private const int RequiredAgreementPercent = 98;

    private const string NoteMissing = RuleIds.DocNoteMissing;

    private static readonly Dictionary<string, HeldOutCase> Cases = new()
    {
        // ---------------------------------------------------------------- class 1: one-on-one in these dictators' words, negated, unstated

        // ONB Vujic, Dragon unedited: "patient was seen won on won for the full session period" (one-on-one); PNF D2 with rhythmic stabilisation, foam with head turns; postural control and proprioception; Berg and tandem in words; 22 min in words: passes.
        ["v1-h192-onb-won-on-won-full-session"] = new(
            """
            [Dictated with speech recognition — not proofread]
            neuromuscular re-education ninety seven one one two twenty two minutes period patient was seen won on won for the full session period new paragraph retired dairy farmer comma seventy four comma reports he nearly went down in the milk house on the wet concrete period new paragraph we did P N F D two flexion and extension patterns in standing with rhythmic stabilization at the pelvis comma then standing on the foam with horizontal head turns and eyes closed period deficits are decreased postural control and decreased proprioception both ankles comma he sways and grabs the counter period new paragraph Berg forty five out of fifty six comma tandem stance right foot forward eleven seconds period Renata Vujic comma PT comma DPT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // CGTA Mullins (PTA): the recogniser hyphenates "one-on-one"; rocker board AP/ML, stepping strategy drills to pushes; delayed stepping reactions; TUG and 8 of 10 pushes; 23 min: passes.
        ["v1-h192-cgta-one-on-one-hyphenated"] = new(
            """
            Cumberland Gap Therapy Associates — Middlesboro
            Dictated by Dwight Mullins, PTA, for Sherry Caudill, PT
            Neuromuscular re-education ninety seven one one two, twenty three minutes, one-on-one with this writer the entire time. Rocker board anterior posterior and medial lateral with eyes open then closed, then stepping strategy drills, I gave pushes at the shoulders from behind and to each side. He has delayed stepping reactions and a late hip strategy, retired coal miner, says his legs don't catch him like they used to. Timed up and go thirteen point two seconds, recovered eight of ten pushes with a single step.
            """,
            ["R26.81"], [PTA("97112", 23)], []),

        // AFHT Ringling in the truck: "it was just me and her the whole time comma her husband was in the recliner" (family, not a patient); weight shifts and step-and-stick on the couch cushion, reaching outside base; ankle proprioception and slow balance reactions; 5xSTS and tandem; 22 min: passes.
        ["v1-h192-afht-just-me-and-her-husband-in-recliner"] = new(
            """
            afht home visit mrs dahlberg on the ranch road dictated in the truck new paragraph ninety seven one one two neuro re-ed twenty two minutes it was just me and her the whole time comma her husband was in the recliner watching the sale barn report new paragraph did weight shifts and step and stick onto the couch cushion comma reaching outside her base of support at the kitchen counter comma perturbations at the hips in standing period she has poor ankle proprioception from the neuropathy and slow balance reactions comma she fell feeding the bucket calves period new paragraph five times sit to stand sixteen point eight seconds comma tandem stance six seconds period jodie ringling pt
            """,
            ["E11.42", "Z91.81"], [PT("97112", 22)], []),

        // OBPT Lindqvist via the typist: "This was not one on one, I was splitting time with Mr. Pruitt on the bike": another patient in the block — one-on-one missing; technique, deficit and measures present.
        ["v1-h192-obpt-not-one-on-one-splitting-time"] = new(
            """
            OSAGE BEND PHYSICAL THERAPY — Tuscumbia
            Delivery: [ ] One-on-one [ ] Concurrent [ ] Group
            Neuromuscular reeducation 97112, 22 minutes. This was not one on one, I was splitting time with Mr. Pruitt on the bike and going back and forth. Perturbation training on the BAPS board level 3, lateral stepping over cones with a reactive catch, single-leg stance on the foam. Impaired proprioception and postural control of the left ankle after the sprain on the boat ramp. Single-leg stance left 7 seconds, right 21 seconds. Berg 49/56.
            Paul Lindqvist, PT
            tr: KD
            """,
            ["S93.402D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // LSRH Deshpande's dictated headings, complete but never states one-on-one (delivery row blank): one-on-one missing only.
        ["v1-h192-lsrh-never-stated"] = new(
            """
            LITTLE SIOUX REGIONAL HOSPITAL — OUTPATIENT REHABILITATION
            Treatment delivery: [ ] One-on-one [ ] Concurrent [ ] Group
            PROCEDURE colon neuromuscular reeducation 97112 twenty three minutes period gaze stabilization X one viewing with head turns in sitting then standing comma tandem walking with head turns in the hallway period
            ASSESSMENT colon left vestibular hypofunction with oscillopsia on head turns comma unsteady turning to the left period
            OBJECTIVE colon dynamic gait index seventeen out of twenty four period
            Anil Deshpande comma PT
            """,
            ["H81.22"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // HRR Boyd on the tablet: "Supervision colon one on one"; sit-to-stand with weight shift cues, step-ups with perturbation, reactive stepping; L hemiparesis poor weight acceptance; Berg and 10 m; "Time colon twenty two minutes": passes.
        ["v1-h192-hrr-supervision-colon-one-on-one"] = new(
            """
            Hatchie River Rehab — Brownsville — Daily Note (tablet)
            Code colon 97112 neuromuscular re-education
            Time colon twenty two minutes
            Supervision colon one on one
            Treatment colon weight shifting onto the left leg with tapping to the glutes comma forward step ups onto a four inch step with a perturbation at the pelvis comma reactive stepping to a release from lean period
            Deficit colon left hemiparesis with poor weight acceptance and decreased motor recruitment of the left hip period
            Measures colon Berg forty out of fifty six comma ten meter walk point six two meters per second period
            Latrice Boyd comma PT
            """,
            ["I69.354"], [PT("97112", 22)], []),

        // BMSPT Esquibel: "worked him in with the high school group doing the same drills": other patients in the block — one-on-one missing; technique, deficit and measures in digits present.
        ["v1-h192-bmspt-high-school-group"] = new(
            """
            Blue Mesa Sports PT — Gunnison
            Impairment targeted: late hamstring firing and poor dynamic knee control R
            97112 x 22 min. Worked him in with the high school group doing the same drills, 4 of us on the turf. Reactive cutting drills to a visual cue, perturbed single leg squats on the Airex, landing and stick drills off a 12 in box. R knee drifts into valgus on landing. Y balance anterior R 58 cm L 66 cm. Single leg hop R 84% of L.
            Marco Esquibel PT DPT
            """,
            ["S83.511D"], [PT("97112", 22)], [At(OneOnOne, "97112")]),

        // PROT Haugen (OT) 97530 at a table with two other residents: 97530 has no one-on-one check; kitchen tasks with counts and assist, R hand grip and standing tolerance: passes.
        ["v1-h192-prot-97530-table-with-two-residents"] = new(
            """
            Pelican Rapids OT & Hand — dictation
            Therapeutic activities ninety seven five thirty comma twenty one minutes period she worked at the table with two other residents from the senior apartments period folding towels from a laundry basket comma twelve towels comma then standing at the counter to make a sandwich and carry the plate eight feet to the table with minimal assist period working on right hand grip and standing tolerance for meal preparation after the wrist fracture period Ingrid Haugen comma O T R slash L
            """,
            ["S52.501D"], [OT("97530", 21)], []),

        // PROT Haugen, an OT's 97112: "one on one in the clinic kitchen"; mirror-box and weight bearing through the L arm with tapping; L arm motor recruitment after stroke; box and blocks: passes.
        ["v1-h192-prot-ot-97112-one-on-one-kitchen"] = new(
            """
            Pelican Rapids OT & Hand — dictation
            Neuromuscular reeducation ninety seven one one two comma twenty three minutes comma one on one in the clinic kitchen period weight bearing through the left upper extremity at the counter with tapping over the triceps comma mirror box tasks for the left hand comma then reaching for cups on the second shelf with facilitation at the scapula period left arm motor recruitment and scapular control are poor after the right M C A stroke period box and blocks left nine blocks comma right forty eight blocks period Ingrid Haugen comma O T R slash L
            """,
            ["I69.334"], [OT("97112", 23)], []),

        // ONB Ebersole (PTA): the attendance word was lost — "patient was seen [inaudible] for the session" — and nothing else states one-on-one: one-on-one missing.
        ["v1-h192-onb-attendance-inaudible"] = new(
            """
            [Dictated with speech recognition — not proofread]
            ninety seven one one two twenty one minutes period patient was seen [inaudible] for the session period new paragraph stepping over hurdles on command comma foam stance with ball toss comma backward perturbations at the pelvis period impaired postural control and delayed protective stepping backward period new paragraph Berg forty eight out of fifty six comma three of five backward pushes recovered period Tom Ebersole comma PTA
            """,
            ["R26.81"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // AFHT Ringling at the assisted living: "her roommate Mrs. Kline who is also on my caseload did the exercises with us and I cued them both": another patient in the block — one-on-one missing.
        ["v1-h192-afht-roommate-on-caseload"] = new(
            """
            afht visit at sweet grass manor room twelve new paragraph ninety seven one one two twenty three minutes her roommate mrs kline who is also on my caseload did the exercises with us and i cued them both new paragraph standing at the rail marching with eyes closed comma side stepping on the foam strip comma reaching for the cones outside her base period she has poor postural control and loses her balance backward when she turns period berg thirty nine out of fifty six comma tug eighteen point four seconds with the walker period jodie ringling pt
            """,
            ["R26.81", "M62.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // ---------------------------------------------------------------- class 2: checkbox and field states under the dictation

        // LSRH "Treatment delivery: [X] One-on-one"; sensory reintegration on foam and the mCTSIB conditions, rhythmic stabilisation; somatosensory loss; mCTSIB seconds; 22 min: passes.
        ["v2-h192-lsrh-one-on-one-ticked"] = new(
            """
            LITTLE SIOUX REGIONAL HOSPITAL — OUTPATIENT REHABILITATION
            Treatment delivery: [X] One-on-one [ ] Concurrent [ ] Group
            PROCEDURE colon neuromuscular reeducation 97112 twenty two minutes period sensory reintegration standing on foam with eyes closed comma rhythmic stabilization in half kneeling comma stepping onto and off the foam beam period
            ASSESSMENT colon somatosensory loss both feet from the neuropathy comma he relies on vision and falls toward the dark side of the barn period
            OBJECTIVE colon modified CTSIB condition four twelve seconds comma condition two thirty seconds period
            Anil Deshpande comma PT
            """,
            ["E11.42", "R26.81"], [PT("97112", 22)], []),

        // LSRH delivery row left wholly blank and the dictation never says who was with whom: one-on-one missing only.
        ["v2-h192-lsrh-delivery-row-blank"] = new(
            """
            LITTLE SIOUX REGIONAL HOSPITAL — OUTPATIENT REHABILITATION
            Treatment delivery: [ ] One-on-one [ ] Concurrent [ ] Group
            PROCEDURE colon neuromuscular reeducation 97112 twenty three minutes period perturbation training on the rocker board comma side stepping with resistance at the pelvis comma single leg stance on the Airex with ball catches period
            ASSESSMENT colon poor postural control and decreased right ankle proprioception after the ankle fracture comma she rolled the ankle in the elevator pit at the co op period
            OBJECTIVE colon single leg stance right nine seconds comma left twenty six seconds period
            Anil Deshpande comma PT
            """,
            ["S82.891D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // HRR Pruett (PTA): the template's "1:1 ☐" unticked and "Supervision colon" spoken with nothing after it: one-on-one missing only.
        ["v2-h192-hrr-one-to-one-unticked"] = new(
            """
            Hatchie River Rehab — Brownsville — Daily Note (tablet)
            1:1 ☐   Co-treat ☐
            Code colon 97112 neuromuscular re-education
            Time colon twenty one minutes
            Supervision colon
            Treatment colon tandem walking on the balance beam comma head turns while walking in the hall comma stepping strategy drills to a push period
            Deficit colon impaired postural control and slow protective stepping comma two falls in the cotton gin office period
            Measures colon functional gait assessment eighteen out of thirty period
            Cody Pruett comma PTA
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 21)], [At(OneOnOne, "97112")]),

        // OBPT: "~~[X] Concurrent~~ [X] One-on-one (concurrent struck, entered in error by the front desk)": one-on-one stated; PNF, foam, catches; ankle proprioception; SLS and Berg: passes.
        ["v2-h192-obpt-concurrent-struck-one-on-one-ticked"] = new(
            """
            OSAGE BEND PHYSICAL THERAPY — Tuscumbia
            Delivery: [X] One-on-one ~~[X] Concurrent~~ [ ] Group (concurrent struck, entered in error by the front desk — P.L.)
            Neuromuscular reeducation 97112, 23 minutes. PNF D1 patterns of the lower extremity in standing with rhythmic stabilization, single-leg stance on foam catching a ball, side stepping on the half foam roll. Right ankle proprioception poor after the ankle sprain; she can't stay up on the dock when the boat wakes hit. Single-leg stance right 8 seconds on foam. Berg 50/56.
            Paul Lindqvist, PT
            tr: KD
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // OBPT: "~~[X] One-on-one~~ [X] Group (corrected: pt joined the Thursday balance class)": one-on-one withdrawn and a group ticked — one-on-one missing.
        ["v2-h192-obpt-one-on-one-struck-group-ticked"] = new(
            """
            OSAGE BEND PHYSICAL THERAPY — Tuscumbia
            Delivery: ~~[X] One-on-one~~ [ ] Concurrent [X] Group (corrected: pt joined the Thursday balance class — M.T.)
            Neuromuscular reeducation 97112, 22 minutes. Obstacle course with stepping over hurdles, tandem walking on the line with head turns, reactive stepping to a partner's push. Decreased postural control and delayed stepping reactions. Timed up and go 12.6 seconds. Four Square Step Test 14 seconds.
            Marcy Toombs, PTA
            tr: KD
            """,
            ["R26.81"], [PTA("97112", 22)], [At(OneOnOne, "97112")]),

        // HRR Boyd: "Measures: ☐ Berg ☐ TUG ☐ DGI" all unticked with nothing written, and no number in the dictation but the code and minutes: measure missing.
        ["v2-h192-hrr-measures-row-unticked"] = new(
            """
            Hatchie River Rehab — Brownsville — Daily Note (tablet)
            1:1 ☒   Co-treat ☐
            Code colon 97112 neuromuscular re-education
            Time colon twenty three minutes
            Treatment colon rhythmic stabilization in tall kneeling comma weight shifts on the rocker board comma stepping over the cane to the weak side period
            Deficit colon right hemiparesis with poor trunk control and late weight shift onto the right comma she leans left when she reaches
            Measures: ☐ Berg ☐ TUG ☐ DGI
            Latrice Boyd comma PT
            """,
            ["I69.351"], [PT("97112", 23)], [At(Measure, "97112")]),

        // HRR Boyd: the same row ticked and filled, "☒ Berg 44/56 ☒ TUG 14.2 sec"; rocker board, rhythmic stabilisation, stepping; R hemiparesis: passes.
        ["v2-h192-hrr-measures-row-filled"] = new(
            """
            Hatchie River Rehab — Brownsville — Daily Note (tablet)
            1:1 ☒   Co-treat ☐
            Code colon 97112 neuromuscular re-education
            Time colon twenty two minutes
            Treatment colon rhythmic stabilization in sitting at the edge of the mat comma weight shifts on the rocker board comma forward and lateral stepping onto the right with a tap to the quad period
            Deficit colon right hemiparesis with knee hyperextension in stance and delayed weight acceptance on the right
            Measures: ☒ Berg 44/56 ☒ TUG 14.2 sec ☐ DGI
            Latrice Boyd comma PT
            """,
            ["I69.351"], [PT("97112", 22)], []),

        // BMSPT "Impairment targeted: ____" left blank and the dictation states no impairment or system: deficit missing only.
        ["v2-h192-bmspt-impairment-field-blank"] = new(
            """
            Blue Mesa Sports PT — Gunnison
            Impairment targeted: ____
            97112 x 23 min, 1 on 1. Perturbation training on the BOSU flat side down, lateral bounds to a stick on the Airex, reactive ball catches in single leg stance. Y balance anterior R 61 cm L 67 cm. Lateral hop and stick 7 of 10 R.
            Marco Esquibel PT DPT
            """,
            ["S83.511D"], [PT("97112", 23)], [At(Deficit, "97112")]),

        // ONB Vujic: the EMR's "One-on-one [X]" ticked above an unedited dictation; vestibular habituation to the optokinetic video, VOR x1; L vestibular hypofunction and motion sensitivity; DGI and the VOR x1 tolerated at a spoken two hertz: passes.
        ["v2-h192-onb-one-on-one-box-ticked"] = new(
            """
            One-on-one [X]   Group [ ]   Home program reviewed [X]
            [Dictated with speech recognition — not proofread]
            ninety seven one one two twenty three minutes period optokinetic video on the monitor while standing on foam comma V O R times one viewing with the letter card horizontal and vertical comma walking with head turns down the long hall period new paragraph left vestibular hypofunction with motion sensitivity in the grocery aisles comma she staggers when she turns her head period new paragraph dynamic gait index nineteen out of twenty four comma V O R times one tolerated at two hertz for thirty seconds without losing the letter period Renata Vujic comma PT comma DPT
            """,
            ["H81.22"], [PT("97112", 23)], []),

        // PROT Haugen's 97112 template row "☒ 1:1 ☐ co-treat" above dictation; graded motor imagery and sensory re-ed of the R hand; R hand sensory loss after nerve repair; two-point discrimination: passes.
        ["v2-h192-prot-one-to-one-ticked-sensory-reed"] = new(
            """
            Pelican Rapids OT & Hand
            ☒ 1:1   ☐ co-treat
            Neuromuscular reeducation ninety seven one one two twenty two minutes period sensory reeducation of the right hand with textures and object identification with vision occluded comma graded motor imagery left right discrimination cards comma localization of touch on the palm period decreased sensation and poor localization in the median nerve distribution after the nerve repair comma she can't find the buttons on her coat period two point discrimination index finger eight millimeters comma identified seven of ten objects with vision occluded period Ingrid Haugen comma O T R slash L
            """,
            ["S64.11XD"], [OT("97112", 22)], []),

        // ---------------------------------------------------------------- class 3: named techniques dictated, and a programme's name or level alone

        // ONB Ebersole (PTA), unedited: "P N F D two" patterns with rhythmic stabilisation and "sharpened rom berg" progressions on foam; motor recruitment and postural control; Berg in words and sharpened Romberg seconds; "one on one": passes.
        ["v3-h192-onb-pnf-d2-and-rom-berg-on-foam"] = new(
            """
            [Dictated with speech recognition — not proofread]
            ninety seven one one two twenty two minutes comma one on one period P N F D two flexion patterns of the right leg in side lying then standing with rhythmic stabilization comma sharpened rom berg progressions on the foam with eyes open then closed period new paragraph decreased motor recruitment of the right hip extensors and poor postural control after the stroke comma she catches her right toe on the threshold period new paragraph Berg forty two out of fifty six comma sharpened Romberg on the floor fourteen seconds period Tom Ebersole comma PTA
            """,
            ["I69.351", "R26.89"], [PTA("97112", 22)], []),

        // CGTA Caudill (PT): the recogniser's "ex one viewing" for X1 gaze stabilisation, head turns at a spoken hertz, standing on foam; R vestibular hypofunction; DGI: passes.
        ["v3-h192-cgta-ex-one-viewing"] = new(
            """
            Cumberland Gap Therapy Associates — Middlesboro
            Dictated by Sherry Caudill, PT
            Neuromuscular re-education ninety seven one one two, twenty two minutes, one on one. Gaze stabilization, ex one viewing with the business card at arm's length, horizontal head turns at about two hertz, seated then standing then standing on foam, then walking with head turns past the parallel bars. Right vestibular hypofunction after the neuritis, she gets off balance turning her head to back the church van. Dynamic gait index sixteen out of twenty four.
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // OBPT Lindqvist: NDT facilitation at the pelvis during weight shifts and gait initiation; L hemiparesis and poor pelvic control; Berg and 10 m speed; one-on-one: passes.
        ["v3-h192-obpt-ndt-facilitation-at-pelvis"] = new(
            """
            OSAGE BEND PHYSICAL THERAPY — Tuscumbia
            Delivery: [X] One-on-one [ ] Concurrent [ ] Group
            Neuromuscular reeducation 97112, 23 minutes. NDT facilitation at the pelvis for anterior weight shift in sit to stand, weight shifting onto the left in standing with key point control at the pelvis, step initiation with the left leading. Left hemiparesis with poor pelvic control and retraction on the left in stance. Berg 38/56. Ten meter walk 0.48 meters per second.
            Paul Lindqvist, PT
            tr: KD
            """,
            ["I69.354"], [PT("97112", 23)], []),

        // LSRH: "Stepping On program week five exercises" is the only intervention — a programme names no technique; one-on-one ticked, deficit and measure present: technique missing only.
        ["v3-h192-lsrh-stepping-on-week-five-only"] = new(
            """
            LITTLE SIOUX REGIONAL HOSPITAL — OUTPATIENT REHABILITATION
            Treatment delivery: [X] One-on-one [ ] Concurrent [ ] Group
            PROCEDURE colon neuromuscular reeducation 97112 twenty two minutes period Stepping On program week five exercises period
            ASSESSMENT colon impaired postural control and slow protective stepping comma she fell stepping off the curb at the post office period
            OBJECTIVE colon timed up and go fourteen point one seconds comma Berg forty six out of fifty six period
            Anil Deshpande comma PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], [At(Tech, "97112")]),

        // HRR Pruett (PTA): "Treatment colon Steady Steps level three" alone — a programme level, no technique; one-on-one, deficit and measure present: technique missing only.
        ["v3-h192-hrr-steady-steps-level-three-only"] = new(
            """
            Hatchie River Rehab — Brownsville — Daily Note (tablet)
            1:1 ☒   Co-treat ☐
            Code colon 97112 neuromuscular re-education
            Time colon twenty two minutes
            Supervision colon one on one
            Treatment colon Steady Steps level three
            Deficit colon decreased postural control and ankle proprioception both sides from the neuropathy
            Measures colon Berg forty three out of fifty six period
            Cody Pruett comma PTA
            """,
            ["E11.42"], [PTA("97112", 22)], [At(Tech, "97112")]),

        // BMSPT: perturbation training on the treadmill with belt drops and lateral pulls; late reactive stepping in a masters skier; 1 on 1; reactive step count and SLS: passes.
        ["v3-h192-bmspt-treadmill-perturbations"] = new(
            """
            Blue Mesa Sports PT — Gunnison
            Impairment targeted: late reactive stepping and poor L ankle proprioception
            97112 x 22 min, 1 on 1 the whole block. Perturbation training on the treadmill, belt drops and lateral pulls on the harness at 2.0 mph, then single leg stance on the rocker with eyes closed. Masters skier, 66, caught an edge at Crested Butte. Recovered 8 of 12 belt drops with one step. SLS L eyes closed 6 sec.
            Marco Esquibel PT DPT
            """,
            ["S93.402D", "Z91.81"], [PT("97112", 22)], []),

        // PROT Haugen (OT) 97112: motor-learning drills, random practice of reach to grasp with a metronome; L arm ataxia after cerebellar stroke; nine-hole peg test: passes.
        ["v3-h192-prot-motor-learning-random-practice"] = new(
            """
            Pelican Rapids OT & Hand — dictation
            ☒ 1:1   ☐ co-treat
            Neuromuscular reeducation ninety seven one one two twenty one minutes period motor learning drills comma random practice of reach to grasp to five targets on the table with a metronome comma then placing pegs with visual feedback faded period left upper extremity ataxia after the cerebellar stroke comma she overshoots the coffee cup period nine hole peg test left forty seven seconds period Ingrid Haugen comma O T R slash L
            """,
            ["I69.393"], [OT("97112", 21)], []),

        // AFHT 97140: Mulligan mobilisation with movement for ankle dorsiflexion in lunge, talocrural posterior glides; R ankle stiffness; dorsiflexion degrees and knee-to-wall cm: passes.
        ["v3-h192-afht-mulligan-mwm-97140"] = new(
            """
            afht home visit mr ostby at the bunkhouse new paragraph ninety seven one forty manual therapy twelve minutes new paragraph mulligan mobilization with movement for right ankle dorsiflexion in a lunge with the belt comma posterior talocrural glides grade three period right ankle stiffness after the fracture comma he can't get his heel down going up the corral ladder period dorsiflexion right eight degrees to fourteen degrees after comma knee to wall right six centimeters period jodie ringling pt
            """,
            ["S82.891D", "M25.671"], [PT("97140", 12)], []),

        // CGTA Mullins (PTA) 97110: "did her Otago level two sheet" is the only exercise — a programme level names no exercise; hip weakness and chair-rise count present: technique missing for 97110.
        ["v3-h192-cgta-otago-level-sheet-97110"] = new(
            """
            Cumberland Gap Therapy Associates — Middlesboro
            Dictated by Dwight Mullins, PTA
            Therapeutic exercise ninety seven one one zero, eighteen minutes. Did her Otago level two sheet. Weak hips both sides, she can't get up off the church pew without pulling on the one in front. Thirty second chair stand nine.
            """,
            ["M62.81"], [PTA("97110", 18)], [At(Tech, "97110")]),

        // AFHT dual-task walking with serial sevens and a full coffee cup, stepping over the dog's bowl; divided-attention gait and postural control; TUG and TUG-cognitive: passes.
        ["v3-h192-afht-dual-task-serial-sevens"] = new(
            """
            afht home visit mr hovland new paragraph ninety seven one one two twenty two minutes one on one in the kitchen comma his daughter was out feeding the horses period new paragraph dual task walking from the kitchen to the mudroom counting back by sevens comma carrying a full coffee cup comma stepping over the dog's water bowl on cue period he loses postural control and stops walking when he has to think comma early parkinson's period new paragraph tug eleven point eight seconds comma tug cognitive sixteen point five seconds period jodie ringling pt
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // ONB Vujic: "balance class level four sheet colon" followed by its exercises (tandem on foam, backward walking, perturbations) — the level with techniques named; proprioception; Berg in words: passes.
        ["v3-h192-onb-level-four-sheet-with-its-exercises"] = new(
            """
            One-on-one [X]   Group [ ]   Home program reviewed [ ]
            [Dictated with speech recognition — not proofread]
            ninety seven one one two twenty two minutes period balance level four sheet colon tandem walking on the foam beam comma backward walking with a visual target comma perturbations at the hips standing on the half roll period new paragraph decreased proprioception both feet and delayed ankle strategy comma he drifts backward getting off the snowmobile trailer period new paragraph Berg forty seven out of fifty six comma backward walking ten feet without a loss of balance period Renata Vujic comma PT comma DPT
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings, and notes that state none

        // ONB Vujic: the recogniser's "decreased proprio acceptance right ankle" (proprioception) is the deficit; BAPS and foam, perturbations; SLS and Y-balance in words; one on one: passes.
        ["v4-h192-onb-proprio-acceptance-right-ankle"] = new(
            """
            [Dictated with speech recognition — not proofread]
            ninety seven one one two twenty three minutes comma one on one period BAPS board level three clockwise and counterclockwise comma single leg stance on the foam with perturbations at the shoulders comma hopping onto the foam and sticking the landing period new paragraph decreased proprio acceptance right ankle after the inversion sprain comma she rolled it on the church steps period new paragraph single leg stance right eyes closed seven seconds comma left twenty two seconds period Renata Vujic comma PT comma DPT
            """,
            ["S93.401D"], [PT("97112", 23)], []),

        // OBPT Toombs (PTA): "She can't feel where her feet are on the boat dock" beside decreased sensation both feet (somatosensory); foam, eyes-closed stance, stepping onto textured mats; monofilament and mCTSIB; one-on-one: passes.
        ["v4-h192-obpt-cant-feel-her-feet-on-the-dock"] = new(
            """
            OSAGE BEND PHYSICAL THERAPY — Tuscumbia
            Delivery: [X] One-on-one [ ] Concurrent [ ] Group
            Neuromuscular reeducation 97112, 22 minutes. Standing on foam with eyes closed, stepping onto the textured mats barefoot with vision blocked, weight shifts on the rocker board with feedback through the feet. She can't feel where her feet are on the boat dock, decreased sensation both feet to the ankles. Monofilament absent at 6 of 10 sites on each foot. Modified CTSIB condition 4 9 seconds.
            Marcy Toombs, PTA
            tr: KD
            """,
            ["E11.42"], [PTA("97112", 22)], []),

        // AFHT: "deficits colon [inaudible]" is all that is said of the deficit, and nothing else names an impairment or system: deficit missing only.
        ["v4-h192-afht-deficits-inaudible"] = new(
            """
            afht home visit mrs granrud new paragraph ninety seven one one two twenty two minutes one on one in her living room period tandem walking along the hallway with a hand on the wall comma stepping over the broom handle on cue comma reaching to the top cupboard standing on the foam pad period deficits colon [inaudible] new paragraph berg forty one out of fifty six period jodie ringling pt
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // LSRH: "ASSESSMENT colon see initial evaluation period" — the deficit is referred away; technique, measure and one-on-one present: deficit missing only.
        ["v4-h192-lsrh-see-initial-evaluation"] = new(
            """
            LITTLE SIOUX REGIONAL HOSPITAL — OUTPATIENT REHABILITATION
            Treatment delivery: [X] One-on-one [ ] Concurrent [ ] Group
            PROCEDURE colon neuromuscular reeducation 97112 twenty two minutes period perturbation training on the rocker board comma stepping over hurdles on command comma standing on foam with head turns period
            ASSESSMENT colon see initial evaluation period
            OBJECTIVE colon Berg forty four out of fifty six comma timed up and go thirteen seconds period
            Anil Deshpande comma PT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Deficit, "97112")]),

        // CGTA Caudill: "his left knee buckles when he turns toward the bad side, late quad firing" (motor timing); perturbed step-downs, reactive turns, tapping to the quad; Berg and 4 of 6 turns; one on one: passes.
        ["v4-h192-cgta-knee-buckles-turning"] = new(
            """
            Cumberland Gap Therapy Associates — Middlesboro
            Dictated by Sherry Caudill, PT
            Neuromuscular re-education ninety seven one one two, twenty three minutes, one on one. Step downs off the four inch step with a perturbation at the pelvis, quick turns to the left on a cue with tapping over the quad, stepping strategy practice on the foam. His left knee buckles when he turns toward the bad side, late quad firing and poor knee control in stance after the knee replacement. Berg forty six out of fifty six, turned to the left without buckling four of six tries.
            """,
            ["Z96.652", "R26.89"], [PT("97112", 23)], []),

        // HRR Pruett (PTA) 97116: "Deficit colon [inaudible]" and no impairment, region or goal anywhere; gait training with distance and assist: deficit missing for 97116.
        ["v4-h192-hrr-97116-deficit-inaudible"] = new(
            """
            Hatchie River Rehab — Brownsville — Daily Note (tablet)
            Code colon 97116 gait training
            Time colon twenty minutes
            Treatment colon gait training with the rolling walker in the hallway and out the side door down the ramp comma cues for walker placement and turning around the cone
            Deficit colon [inaudible]
            Measures colon two hundred feet with the rolling walker contact guard assist comma ramp down and up with contact guard assist
            Cody Pruett comma PTA
            """,
            ["R26.2"], [PTA("97116", 20)], [At(Deficit, "97116")]),

        // BMSPT 97110: R hip abductor weakness with Trendelenburg on the single-leg squat; side-lying abduction, banded walks, step-downs with loads and sets; "97110 x 18 min": passes.
        ["v4-h192-bmspt-97110-hip-abductor-weakness"] = new(
            """
            Blue Mesa Sports PT — Gunnison
            Impairment targeted: R hip abductor weakness, Trendelenburg on the single leg squat
            97110 x 18 min. Side lying hip abduction 3 x 15 with 3 lb cuff, lateral band walks green band 4 laps, step downs off the 8 in box 3 x 10, single leg RDL with 15 lb KB 3 x 8. Trail runner, hip drops on the downhill at Hartman Rocks.
            Marco Esquibel PT DPT
            """,
            ["M76.31", "M62.81"], [PT("97110", 18)], []),

        // PROT Haugen 97530: "she drops the clothespins from her right hand comma grip weak" (impairment and task); hanging laundry, pinching clothespins, carrying; counts and assist: passes.
        ["v4-h192-prot-97530-drops-the-clothespins"] = new(
            """
            Pelican Rapids OT & Hand — dictation
            Therapeutic activities ninety seven five thirty twenty two minutes period hanging wet dish towels on the practice line with clothespins comma twenty clothespins on and off comma carrying the half full basket fifteen feet with standby assist period she drops the clothespins from her right hand comma grip weak and thumb pinch painful after the C M C arthroplasty period Ingrid Haugen comma O T R slash L
            """,
            ["M18.11"], [OT("97530", 22)], []),

        // ONB Ebersole: "left vestibular hypo function" as the recogniser split it; VOR x1, walking with head turns, habituation; DGI in words; one on one: passes.
        ["v4-h192-onb-vestibular-hypo-function"] = new(
            """
            [Dictated with speech recognition — not proofread]
            ninety seven one one two twenty two minutes one on one period gaze stabilization V O R times one with the target on the wall comma walking with head turns in the hallway comma habituation with quick turns to the left period new paragraph left vestibular hypo function comma dizzy and veering when she looks over her shoulder backing the car period new paragraph dynamic gait index seventeen out of twenty four period Tom Ebersole comma PTA
            """,
            ["H81.22"], [PTA("97112", 22)], []),

        // CGTA Caudill: the recogniser's "dis metria right arm on finger to nose" (dysmetria, a coordination deficit); PNF D1 arm patterns with rhythmic stabilisation, weighted reaching to targets; finger-to-nose count and misses; one on one: passes.
        ["v4-h192-cgta-dis-metria-finger-to-nose"] = new(
            """
            Cumberland Gap Therapy Associates — Middlesboro
            Dictated by Sherry Caudill, PT
            Neuromuscular re-education ninety seven one one two, twenty one minutes, one on one. PNF D1 patterns of the right arm with rhythmic stabilization at the shoulder, reaching to numbered targets on the mirror with a one pound wrist weight, slow reversals. Dis metria right arm on finger to nose, she overshoots the light switch and the coffee pot handle, right cerebellar stroke. Finger to nose right ten repetitions with four misses, was six misses last week.
            """,
            ["I69.393"], [PT("97112", 21)], []),

        // ---------------------------------------------------------------- class 5: measures in every usual form, and notes with none

        // ONB Vujic: "Berg forty four out of fifty six" spoken in words is the only measure; rhythmic stabilisation, foam with eyes closed, stepping to cues; postural control; one-on-one box: passes.
        ["v5-h192-onb-berg-forty-four-in-words"] = new(
            """
            One-on-one [X]   Group [ ]   Home program reviewed [X]
            [Dictated with speech recognition — not proofread]
            ninety seven one one two twenty three minutes period rhythmic stabilization in standing comma foam stance with eyes closed and head nods comma forward and lateral stepping to my cues at random period new paragraph impaired postural control and delayed stepping reactions comma the school lunch lady who slipped on the kitchen tile period new paragraph Berg forty four out of fifty six period Renata Vujic comma PT comma DPT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // CGTA Mullins (PTA): the recogniser's "tan them stance right foot forward twelve seconds" is the only measure; rocker-board perturbations, foam, head turns; ankle proprioception; one on one: passes.
        ["v5-h192-cgta-tan-them-stance-twelve-seconds"] = new(
            """
            Cumberland Gap Therapy Associates — Middlesboro
            Dictated by Dwight Mullins, PTA, for Sherry Caudill, PT
            Neuromuscular re-education ninety seven one one two, twenty two minutes, one on one. Perturbations on the rocker board, standing on the foam with head turns, narrow base stance progressions with eyes closed. Poor ankle proprioception both sides and sway with eyes closed, she works the register at the dollar store and grabs the counter. Tan them stance right foot forward twelve seconds.
            """,
            ["R26.81", "G62.9"], [PTA("97112", 22)], []),

        // LSRH: "timed up and go twelve point four seconds" with a spoken decimal is the only measure; stepping strategy drills, obstacle negotiation, perturbations; PD postural instability; one-on-one ticked: passes.
        ["v5-h192-lsrh-tug-spoken-decimal"] = new(
            """
            LITTLE SIOUX REGIONAL HOSPITAL — OUTPATIENT REHABILITATION
            Treatment delivery: [X] One-on-one [ ] Concurrent [ ] Group
            PROCEDURE colon neuromuscular reeducation 97112 twenty three minutes period stepping strategy drills with big steps to a release from lean comma obstacle negotiation over the hurdles comma backward perturbations at the pelvis period
            ASSESSMENT colon postural instability with retropulsion and small compensatory steps from the Parkinson's period
            OBJECTIVE colon timed up and go twelve point four seconds period
            Anil Deshpande comma PT
            """,
            ["G20.A1"], [PT("97112", 23)], []),

        // OBPT Lindqvist: "Dynamic gait index [inaudible]." — the score was lost and the note has no number but its code and minutes: measure missing only.
        ["v5-h192-obpt-dgi-score-inaudible"] = new(
            """
            OSAGE BEND PHYSICAL THERAPY — Tuscumbia
            Delivery: [X] One-on-one [ ] Concurrent [ ] Group
            Neuromuscular reeducation 97112, 22 minutes. Walking with head turns and pivot turns in the hallway, stepping over the shoebox obstacles, standing on foam with eyes closed and head nods. Vestibular hypofunction on the right, veers when she turns her head, motion sensitive in the truck. Dynamic gait index [inaudible].
            Paul Lindqvist, PT
            tr: KD
            """,
            ["H81.21"], [PT("97112", 22)], [At(Measure, "97112")]),

        // BMSPT: Y-balance centimetres in digits as the measure; perturbed single-leg balance, reactive drills; L ankle proprioception after sprain; 1 on 1: passes.
        ["v5-h192-bmspt-y-balance-centimetres"] = new(
            """
            Blue Mesa Sports PT — Gunnison
            Impairment targeted: L ankle proprioception and late peroneal firing after the lateral ankle sprain
            97112 x 23 min, 1 on 1. Single leg stance on the BOSU with perturbations, star excursion reaches on the Airex, lateral hop to stick on cue. Y balance L anterior 57 cm posteromedial 88 cm posterolateral 84 cm (R 64 / 96 / 93).
            Marco Esquibel PT DPT
            """,
            ["S93.402D"], [PT("97112", 23)], []),

        // AFHT: "she caught seven out of ten" perturbations in words is the measure; pushes in standing, step-and-stick, reaching off the porch step; slow reactive stepping; one on one: passes.
        ["v5-h192-afht-seven-out-of-ten-pushes"] = new(
            """
            afht home visit mrs tollefson new paragraph ninety seven one one two twenty one minutes one on one on the back porch period pushes at the hips from front back and sides comma step and stick off the bottom porch step comma reaching for the clothesline outside her base period slow reactive stepping and a late hip strategy when she loses it backward period new paragraph she recovered seven out of ten pushes with one step period jodie ringling pt
            """,
            ["R26.81"], [PT("97112", 21)], []),

        // HRR Boyd: the recogniser's "many best test nineteen slash twenty eight" (Mini-BESTest 19/28); anticipatory and reactive drills; postural control; "Time colon twenty two minutes": passes.
        ["v5-h192-hrr-many-best-test"] = new(
            """
            Hatchie River Rehab — Brownsville — Daily Note (tablet)
            1:1 ☒   Co-treat ☐
            Code colon 97112 neuromuscular re-education
            Time colon twenty two minutes
            Supervision colon one on one
            Treatment colon anticipatory postural drills reaching and catching comma reactive stepping to a release from lean in four directions comma walking with pivot turns on cue
            Deficit colon impaired anticipatory and reactive postural control comma she fell in the church parking lot
            Measures colon many best test nineteen slash twenty eight period
            Latrice Boyd comma PT
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // PROT Haugen 97530: counts and assist for 97530 (tub-bench transfers 3 times with minimal assist, a 5 lb pot carried 10 feet); L hip precautions and standing balance: passes.
        ["v5-h192-prot-97530-tub-bench-and-pot"] = new(
            """
            Pelican Rapids OT & Hand — dictation
            Therapeutic activities ninety seven five thirty twenty three minutes period tub bench transfers in the practice bathroom three times with minimal assist comma lifting a five pound pot from the lower cupboard and carrying it ten feet to the stove with the walker tray comma reaching into the dryer with the reacher period working on standing balance and keeping her left hip precautions during bathing and kitchen tasks after the hip replacement period Ingrid Haugen comma O T R slash L
            """,
            ["Z96.642"], [OT("97530", 23)], []),

        // CGTA Mullins (PTA) 97110: sets and repetitions in words (clamshells, bridges, heel raises, sit to stand with a weight); R knee and hip weakness; 16 min: passes.
        ["v5-h192-cgta-97110-sets-in-words"] = new(
            """
            Cumberland Gap Therapy Associates — Middlesboro
            Dictated by Dwight Mullins, PTA
            Therapeutic exercise ninety seven one one zero, sixteen minutes. Clamshells with the green band three sets of fifteen, bridges three sets of twelve, heel raises two sets of twenty, sit to stand holding a four pound ball three sets of eight. Right quad and hip weakness after the knee replacement, he can't get up from the deer stand seat.
            """,
            ["Z96.651"], [PTA("97110", 16)], []),

        // ONB Vujic: "steadier than last week period" is all that is said of results; no number but the code and minutes: measure missing only.
        ["v5-h192-onb-steadier-than-last-week"] = new(
            """
            One-on-one [X]   Group [ ]   Home program reviewed [ ]
            [Dictated with speech recognition — not proofread]
            ninety seven one one two twenty two minutes period perturbations on the rocker board comma foam stance with eyes closed comma stepping over the cane on cue period new paragraph poor postural control and decreased proprioception both ankles period new paragraph steadier than last week period Renata Vujic comma PT comma DPT
            """,
            ["R26.81"], [PT("97112", 22)], [At(Measure, "97112")]),

        // AFHT 97116 with no distance and no assistance level, and no number but the code and minutes: measure missing for 97116; gait training to the mailbox and around the stock tank (technique), R foot drop (deficit).
        ["v5-h192-afht-97116-no-distance-no-assist"] = new(
            """
            afht home visit mrs eide new paragraph ninety seven one one six gait training twenty one minutes new paragraph gait training with the single point cane from the house down the lane to the mailbox and around the stock tank comma cues for right heel strike and a longer left step period right foot drop after the back surgery comma she catches her right toe in the gravel period she liked getting outside period jodie ringling pt
            """,
            ["M21.371"], [PT("97116", 21)], [At(Measure, "97116")]),

        // LSRH: the recogniser's "Sems Weinstein five point oh seven" monofilament absent at four of ten sites as the measure; sensory reintegration on textures, foam; somatosensory loss; one-on-one ticked: passes.
        ["v5-h192-lsrh-sems-weinstein-monofilament"] = new(
            """
            LITTLE SIOUX REGIONAL HOSPITAL — OUTPATIENT REHABILITATION
            Treatment delivery: [X] One-on-one [ ] Concurrent [ ] Group
            PROCEDURE colon neuromuscular reeducation 97112 twenty one minutes period sensory reintegration with barefoot stance on textured mats comma foam stance with vision blocked comma weight shifting with cues to feel the pressure under the heels period
            ASSESSMENT colon somatosensory loss both feet from the neuropathy comma he can't tell when he is on the edge of the grain bin ladder rung period
            OBJECTIVE colon Sems Weinstein five point oh seven monofilament absent at four of ten sites right foot comma five of ten left foot period
            Anil Deshpande comma PT
            """,
            ["E11.42"], [PT("97112", 21)], []),

        // ---------------------------------------------------------------- class 6: minutes in every usual form, true mismatches, truly missing separate time

        // ONB Vujic: two codes with codes and minutes in words ("ninety seven one one two twenty two minutes", "ninety seven one one zero fifteen minutes"), both matching; each section complete: passes.
        ["v6-h192-onb-two-codes-in-words"] = new(
            """
            One-on-one [X]   Group [ ]   Home program reviewed [X]
            [Dictated with speech recognition — not proofread]
            ninety seven one one two twenty two minutes period perturbations in standing on the half foam roll comma stepping strategy drills to pushes comma tandem walking with head turns period impaired postural control and delayed stepping reactions period Berg forty six out of fifty six comma four square step test thirteen seconds period new paragraph ninety seven one one zero fifteen minutes period leg press sixty pounds three sets of ten comma step ups onto the six inch box three sets of ten each leg comma standing hip abduction with the red band three sets of fifteen period bilateral hip and knee extensor weakness comma he has trouble getting up into the milk truck period Renata Vujic comma PT comma DPT
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 15)], []),

        // CGTA Mullins (PTA): "twenty minutes scratch that twenty three minutes" — the speaker's correction is the note's minutes and matches the 23-minute line; rest complete: passes.
        ["v6-h192-cgta-scratch-that-twenty-three"] = new(
            """
            Cumberland Gap Therapy Associates — Middlesboro
            Dictated by Dwight Mullins, PTA, for Sherry Caudill, PT
            Neuromuscular re-education ninety seven one one two, twenty minutes scratch that twenty three minutes, one on one. Weight shifting on the rocker board, step and stick on the foam, reactive stepping to pushes from the side. Poor lateral postural control and late stepping, he went down off the tailgate hanging the tree stand. Berg forty seven out of fifty six.
            """,
            ["R26.81", "Z91.81"], [PTA("97112", 23)], []),

        // CGTA Mullins (PTA) 97110: "eighteen minutes period correction twenty eight minutes" — the corrected minutes are the note's and differ from the 18-minute line by ten: time mismatch on 97110.
        ["v6-h192-cgta-correction-lands-ten-off"] = new(
            """
            Cumberland Gap Therapy Associates — Middlesboro
            Dictated by Dwight Mullins, PTA
            Therapeutic exercise ninety seven one one zero, eighteen minutes period correction twenty eight minutes. Recumbent stepper level four, straight leg raises three sets of ten with two pounds, terminal knee extension with the blue band three sets of fifteen, mini squats at the counter three sets of ten. Left quad weakness after the knee scope, he can't squat to check the tire pressure on the log truck.
            """,
            ["M23.222", "M62.81"], [PTA("97110", 18)], [At(Mismatch, "97110")]),

        // OBPT Lindqvist: 97112 at 22 minutes stated, but the second code's minutes were lost — "Manual therapy 97140, [inaudible] minutes": separate time missing.
        ["v6-h192-obpt-second-code-minutes-inaudible"] = new(
            """
            OSAGE BEND PHYSICAL THERAPY — Tuscumbia
            Delivery: [X] One-on-one [ ] Concurrent [ ] Group
            Neuromuscular reeducation 97112, 22 minutes. Rhythmic stabilization in half kneeling, single-leg stance on the rocker with perturbations, lateral step and stick. Impaired right ankle proprioception and postural control after the sprain. Single-leg stance right 10 seconds on foam.
            Manual therapy 97140, [inaudible] minutes. Talocrural posterior glides grade three and soft tissue mobilization to the right peroneals. Right ankle dorsiflexion 6 degrees to 11 degrees after.
            Paul Lindqvist, PT
            tr: KD
            """,
            ["S93.401D"], [PT("97112", 22), PT("97140", 12)], [SepTime]),

        // HRR Boyd: "Time colon twenty for minutes" — the recogniser's "for" is four, twenty-four minutes on the 24-minute line; rest complete: passes.
        ["v6-h192-hrr-time-colon-twenty-for-minutes"] = new(
            """
            Hatchie River Rehab — Brownsville — Daily Note (tablet)
            1:1 ☒   Co-treat ☐
            Code colon 97112 neuromuscular re-education
            Time colon twenty for minutes
            Supervision colon one on one
            Treatment colon stepping over hurdles on command comma tandem walking on the foam beam comma perturbations at the pelvis in stride stance
            Deficit colon delayed protective stepping and poor postural control comma he tripped on the hose at the car wash
            Measures colon Berg forty five out of fifty six comma timed up and go twelve point nine seconds
            Latrice Boyd comma PT
            """,
            ["R26.81"], [PT("97112", 24)], []),

        // BMSPT digits with "x": "97112 x 23 min" and "97110 x 15 min", both matching; each section complete: passes.
        ["v6-h192-bmspt-digits-with-x-two-codes"] = new(
            """
            Blue Mesa Sports PT — Gunnison
            Impairment targeted: R knee dynamic valgus and late glute med firing; R quad weakness post ACL recon
            97112 x 23 min, 1 on 1. Perturbed single leg squats on the Airex, reactive lateral bounds to a visual cue, drop landings with feedback in the mirror. Drop landing knee valgus on video 4 of 10 reps (6 of 10 last wk). Y balance R anterior 60 cm.
            97110 x 15 min. Single leg press 70 lb 3 x 10, Nordic curls 3 x 5, step ups 12 in box with 20 lb vest 3 x 8.
            Marco Esquibel PT DPT
            """,
            ["S83.511D"], [PT("97112", 23), PT("97110", 15)], []),

        // LSRH: the heading dictated "97112 thirty eight minutes" on a 23-minute line: time mismatch on 97112; rest complete.
        ["v6-h192-lsrh-heading-thirty-eight-on-twenty-three"] = new(
            """
            LITTLE SIOUX REGIONAL HOSPITAL — OUTPATIENT REHABILITATION
            Treatment delivery: [X] One-on-one [ ] Concurrent [ ] Group
            PROCEDURE colon neuromuscular reeducation 97112 thirty eight minutes period rhythmic stabilization in quadruped and tall kneeling comma foam stance with ball toss comma stepping strategy drills period
            ASSESSMENT colon poor trunk control and decreased postural control after the cerebellar stroke comma wide based and lurching period
            OBJECTIVE colon Berg thirty nine out of fifty six period
            Anil Deshpande comma PT
            """,
            ["I69.393"], [PT("97112", 23)], [At(Mismatch, "97112")]),

        // AFHT two codes given only a total — "total treatment time thirty seven minutes" for 97116 and 97110: separate time missing; each section complete.
        ["v6-h192-afht-total-for-two-codes"] = new(
            """
            afht home visit mr lunde new paragraph gait training ninety seven one one six and therapeutic exercise ninety seven one one zero period total treatment time thirty seven minutes new paragraph gait training with the front wheeled walker through the house and out across the yard to the shop comma cues for equal step length and upright trunk comma three hundred feet with standby assist period new paragraph sit to stand from the kitchen chair three sets of ten comma standing marches two sets of twenty comma heel raises three sets of fifteen period weak left hip and knee after the hip fracture and short left step period jodie ringling pt
            """,
            ["S72.002D"], [PT("97116", 22), PT("97110", 15)], [SepTime]),

        // PROT Haugen: two codes in words, "ninety seven five thirty twenty four minutes" and "ninety seven one one zero twelve minutes", both matching; each section complete: passes.
        ["v6-h192-prot-two-codes-in-words"] = new(
            """
            Pelican Rapids OT & Hand — dictation
            Therapeutic activities ninety seven five thirty twenty four minutes period buttoning the flannel shirt comma opening jars and the pill bottles comma cutting putty with a knife and fork comma eight of ten buttons done independently period right hand coordination and grip after the distal radius fracture comma she can't button her chore coat period new paragraph therapeutic exercise ninety seven one one zero twelve minutes period wrist flexion and extension with a two pound weight three sets of ten comma putty gripping three sets of fifteen comma supination and pronation with the hammer two sets of fifteen period right wrist stiffness and weakness period Ingrid Haugen comma O T R slash L
            """,
            ["S52.501D"], [OT("97530", 24), OT("97110", 12)], []),

        // ONB Ebersole (PTA): 97112 at 22 matches, but "ninety seven one forty twenty minutes" is dictated on a 10-minute line: time mismatch on 97140.
        ["v6-h192-onb-97140-twenty-on-ten"] = new(
            """
            One-on-one [X]   Group [ ]   Home program reviewed [ ]
            [Dictated with speech recognition — not proofread]
            ninety seven one one two twenty two minutes period rocker board perturbations comma single leg stance on the foam with ball catches comma hopping onto the foam period decreased proprioception of the left ankle after the sprain period single leg stance left on foam nine seconds period new paragraph ninety seven one forty twenty minutes period soft tissue mobilization to the left peroneals and gastroc comma posterior talar glides grade three period left ankle stiffness period dorsiflexion left seven degrees to twelve degrees after period Tom Ebersole comma PTA
            """,
            ["S93.402D"], [PTA("97112", 22), PTA("97140", 10)], [At(Mismatch, "97140")]),

        // OBPT Toombs (PTA): minutes spoken before the code, "twenty three minutes of 97112" and "fourteen minutes of 97116", both matching; each section complete: passes.
        ["v6-h192-obpt-minutes-before-the-code"] = new(
            """
            OSAGE BEND PHYSICAL THERAPY — Tuscumbia
            Delivery: [X] One-on-one [ ] Concurrent [ ] Group
            Twenty three minutes of 97112 neuromuscular reeducation. Weight shifts onto the right with tapping over the glutes, stepping over the cane with the right, rhythmic stabilization in standing. Right hemiparesis with poor weight acceptance on the right. Berg 41/56.
            Fourteen minutes of 97116 gait training. Gait training with the hemi walker in the hallway and over the threshold strip, cues for right knee flexion in swing. Short right step and right toe drag in swing. 150 feet with contact guard assist.
            Marcy Toombs, PTA
            tr: KD
            """,
            ["I69.351"], [PTA("97112", 23), PTA("97116", 14)], []),

        // CGTA Caudill: 97112 "twenty two minutes", but 97110 is named and described with no minutes anywhere: separate time missing.
        ["v6-h192-cgta-second-code-never-given-minutes"] = new(
            """
            Cumberland Gap Therapy Associates — Middlesboro
            Dictated by Sherry Caudill, PT
            Neuromuscular re-education ninety seven one one two, twenty two minutes, one on one. Stepping over hurdles, tandem walking on the foam beam, perturbations at the hips in standing. Impaired postural control and slow stepping reactions. Berg forty eight out of fifty six. Then therapeutic exercise ninety seven one one zero, hip abduction standing with the red band three sets of fifteen, step ups onto the six inch step three sets of ten, bridges three sets of twelve for the weak hips both sides.
            """,
            ["R26.81", "M62.81"], [PT("97112", 22), PT("97110", 13)], [SepTime]),

        // HRR Pruett (PTA): 97110's "Time colon twenty five minutes scratch that fifteen minutes" — the corrected fifteen differs from the 25-minute line by ten: time mismatch on 97110; 97112 matches.
        ["v6-h192-hrr-scratch-that-lands-off-the-line"] = new(
            """
            Hatchie River Rehab — Brownsville — Daily Note (tablet)
            1:1 ☒   Co-treat ☐
            Code colon 97112 neuromuscular re-education
            Time colon twenty two minutes
            Treatment colon rhythmic stabilization in standing comma rocker board perturbations comma stepping strategy drills
            Deficit colon poor postural control and delayed ankle strategy
            Measures colon Berg forty seven out of fifty six
            Code colon 97110 therapeutic exercise
            Time colon twenty five minutes scratch that fifteen minutes
            Treatment colon leg press eighty pounds three sets of ten comma step ups three sets of ten comma hamstring curls with the blue band three sets of fifteen
            Deficit colon bilateral quad and hamstring weakness
            Cody Pruett comma PTA
            """,
            ["R26.81", "M62.81"], [PTA("97112", 22), PTA("97110", 25)], [At(Mismatch, "97110")]),

        // BMSPT clock ranges on each code's line, "97112 9:05 to 9:27" (22) and "97140 9:27 to 9:39" (12), both matching; each section complete: passes.
        ["v6-h192-bmspt-clock-ranges-two-codes"] = new(
            """
            Blue Mesa Sports PT — Gunnison
            Impairment targeted: L shoulder proprioception and scapular control after dislocation; posterior capsule tightness L
            97112 9:05 to 9:27, 1 on 1. Rhythmic stabilization at 90 deg elevation, perturbations on the Bodyblade, closed chain weight shifts on the BOSU. Joint position sense error L 7 deg (R 2 deg).
            97140 9:27 to 9:39. Posterior glides grade III L GH, sleeper stretch with overpressure, STM to the posterior cuff. IR L 38 deg to 47 deg after.
            Marco Esquibel PT DPT
            """,
            ["S43.005D"], [PT("97112", 22), PT("97140", 12)], []),

        // ---------------------------------------------------------------- class 7: empty notes, the contract's meanings for the other codes, wholly generic dictations

        // An empty note on a two-code visit with a diagnosis: DOC_NOTE_MISSING on each line and nothing else.
        ["v7-h192-empty-note-97112-and-97116"] = new(
            "",
            ["R26.81"], [PT("97112", 22), PT("97116", 15)], [At(NoteMissing, "97112"), At(NoteMissing, "97116")]),

        // A note of line breaks only on a PTA's 97116 with no diagnosis: note missing and diagnosis missing.
        ["v7-h192-line-breaks-only-pta-97116-no-dx"] = new(
            "\n\n\n",
            [], [PTA("97116", 20)], [At(NoteMissing, "97116"), Dx]),

        // An empty note on a single 97112 with a diagnosis: note missing only.
        ["v7-h192-empty-note-single-97112"] = new(
            "",
            ["I69.354"], [PT("97112", 23)], [At(NoteMissing, "97112")]),

        // 97110's meaning dictated at CGTA: wall squats, step-ups, rows and carries with doses in words (technique and measure), L shoulder and hip weakness carrying feed sacks (deficit); 17 min: passes.
        ["v7-h192-cgta-97110-feed-sacks"] = new(
            """
            Cumberland Gap Therapy Associates — Middlesboro
            Dictated by Dwight Mullins, PTA
            Therapeutic exercise ninety seven one one zero, seventeen minutes. Wall squats three sets of ten with a five second hold, step ups onto the eight inch step three sets of ten, seated rows with the green band three sets of fifteen, farmer's carry ten pounds each hand four laps of the gym. Left shoulder and hip weakness, he can't carry the feed sacks from the truck to the barn.
            """,
            ["M62.81", "M75.102"], [PTA("97110", 17)], []),

        // 97530's meaning dictated at PROT: getting into and out of the car mock-up, loading groceries, reaching into the trunk, with counts and assist (technique and measure), L hemiparesis and standing balance for community outings (deficit); 23 min: passes.
        ["v7-h192-prot-97530-car-and-groceries"] = new(
            """
            Pelican Rapids OT & Hand — dictation
            Therapeutic activities ninety seven five thirty twenty three minutes period car transfers in and out of the car mock up four times with contact guard assist comma loading six grocery bags into the trunk and carrying two of them twenty feet comma reaching into the back seat for the purse period left hemiparesis with poor standing balance during reach and carry comma goal to go to the Lutheran church supper with her sister period Ingrid Haugen comma O T R slash L
            """,
            ["I69.354"], [OT("97530", 23)], []),

        // 97140's meaning dictated by AFHT: cervical lateral glides, suboccipital release, upper trap STM (technique), neck stiffness and headaches after the rollover (deficit), rotation degrees (measure); 11 min: passes.
        ["v7-h192-afht-97140-neck-after-the-rollover"] = new(
            """
            afht home visit mr skaar new paragraph ninety seven one forty manual therapy eleven minutes new paragraph lateral glides c four through c six grade three comma suboccipital release comma soft tissue mobilization to the right upper trap and levator period neck stiffness and headaches after the tractor rollover comma he can't turn to check the hay wagon behind him period cervical rotation right forty eight degrees to fifty eight degrees after period jodie ringling pt
            """,
            ["S13.4XXD", "M54.2"], [PT("97140", 11)], []),

        // 97116's meaning dictated at HRR: gait training with the quad cane on tile, carpet and the curb (technique), R knee hyperextension and short L step after stroke (deficit), distance and assist (measure); "Time colon nineteen minutes": passes.
        ["v7-h192-hrr-97116-quad-cane-and-curb"] = new(
            """
            Hatchie River Rehab — Brownsville — Daily Note (tablet)
            Code colon 97116 gait training
            Time colon nineteen minutes
            Treatment colon gait training with the quad cane on tile and carpet and up and down the curb outside comma cues for right knee control in stance and a longer left step
            Deficit colon right knee hyperextension in stance and short left step after the stroke
            Measures colon two hundred twenty feet with the quad cane standby assist comma curb up and down four times with contact guard assist
            Cody Pruett comma PTA
            """,
            ["I69.351"], [PTA("97116", 19)], []),

        // ONB Vujic, unedited: "balance training period tolerated well period continue plan of care period" — wholly generic, and no one-on-one statement.
        ["v7-h192-onb-balance-training-tolerated-well"] = new(
            """
            [Dictated with speech recognition — not proofread]
            ninety seven one one two twenty two minutes period balance training period tolerated well period continue plan of care period Renata Vujic comma PT comma DPT
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // OBPT Toombs (PTA): "Therapeutic exercise per flow sheet, tolerated well. Continue plan of care." — wholly generic for the 97110.
        ["v7-h192-obpt-ther-ex-per-flow-sheet"] = new(
            """
            OSAGE BEND PHYSICAL THERAPY — Tuscumbia
            Delivery: [X] One-on-one [ ] Concurrent [ ] Group
            Therapeutic exercise 97110, 18 minutes. Therapeutic exercise per flow sheet, tolerated well. Continue plan of care.
            Marcy Toombs, PTA
            tr: KD
            """,
            ["M62.81"], [PTA("97110", 18)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110")]),

        // LSRH: "functional activities as tolerated period", "ASSESSMENT colon tolerated well" — wholly generic for the 97530.
        ["v7-h192-lsrh-functional-activities-as-tolerated"] = new(
            """
            LITTLE SIOUX REGIONAL HOSPITAL — OUTPATIENT REHABILITATION
            Treatment delivery: [X] One-on-one [ ] Concurrent [ ] Group
            PROCEDURE colon therapeutic activities 97530 twenty minutes period functional activities as tolerated period
            ASSESSMENT colon tolerated well period
            OBJECTIVE colon
            Anil Deshpande comma PT
            """,
            ["R26.89"], [PT("97530", 20)],
            [At(Tech, "97530"), At(Generic, "97530"), At(Deficit, "97530"), At(Measure, "97530")]),

        // AFHT: "one on one balance and coordination exercises comma patient tolerated well" — one-on-one stated, everything else generic for the 97112.
        ["v7-h192-afht-one-on-one-balance-and-coordination"] = new(
            """
            afht home visit mrs vik new paragraph ninety seven one one two twenty two minutes one on one balance and coordination exercises comma patient tolerated well period continue per plan period jodie ringling pt
            """,
            ["R26.81"], [PT("97112", 22)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112")]),

        // ---------------------------------------------------------------- ordinary: complete dictated notes a reviewer passes, and the ordinary weak ones

        // ONB Vujic, unedited: ice fisherman; foam and rocker, perturbations, head turns; proprioception and postural control; Berg and tandem in words; "won on won": passes.
        ["vord-h192-onb-ice-fisherman"] = new(
            """
            [Dictated with speech recognition — not proofread]
            ninety seven one one two twenty three minutes comma won on won period ice fisherman comma he slid on the lake and now he shuffles on anything slick period new paragraph rocker board perturbations anterior posterior comma foam stance with head turns and eyes closed comma tandem walking on the foam beam period decreased proprioception both ankles and impaired postural control with eyes closed period new paragraph Berg forty eight out of fifty six comma tandem stance left foot forward fifteen seconds period Renata Vujic comma PT comma DPT
            """,
            ["R26.81"], [PT("97112", 23)], []),

        // ONB Ebersole (PTA): 97112 and 97110 in words, both matching; one-on-one box; each section complete: passes.
        ["vord-h192-onb-ebersole-97112-and-97110"] = new(
            """
            One-on-one [X]   Group [ ]   Home program reviewed [X]
            [Dictated with speech recognition — not proofread]
            ninety seven one one two twenty one minutes period stepping strategy drills to pushes comma single leg stance on the foam with ball toss comma walking with head turns period delayed stepping reactions and poor postural control period four square step test fifteen seconds comma Berg forty four out of fifty six period new paragraph ninety seven one one zero sixteen minutes period sit to stand with a six pound ball three sets of ten comma bridges three sets of twelve comma standing hip extension with the red band three sets of fifteen period bilateral hip extensor weakness comma she can't get up from the low couch period Tom Ebersole comma PTA
            """,
            ["R26.81", "M62.81"], [PTA("97112", 21), PTA("97110", 16)], []),

        // ONB Vujic: "his wife says he is doing great period delete the last sentence period" — a harmless aside withdrawn; the rest is complete: passes.
        ["vord-h192-onb-delete-the-last-sentence"] = new(
            """
            One-on-one [X]   Group [ ]   Home program reviewed [ ]
            [Dictated with speech recognition — not proofread]
            ninety seven one one two twenty two minutes period his wife says he is doing great period delete the last sentence period backward walking with a visual target comma perturbations at the pelvis on the foam comma stepping over the shoebox obstacles period posterior lean and impaired postural control from the Parkinson's comma small steps when he turns period new paragraph Mini BESTest eighteen out of twenty eight comma timed up and go thirteen point six seconds period Renata Vujic comma PT comma DPT
            """,
            ["G20.A1"], [PT("97112", 22)], []),

        // OBPT Lindqvist 97140: lumbar PAs and STM; lumbar stiffness bending to the trotlines; flexion in cm: passes.
        ["vord-h192-obpt-97140-lumbar-pas"] = new(
            """
            OSAGE BEND PHYSICAL THERAPY — Tuscumbia
            Delivery: [X] One-on-one [ ] Concurrent [ ] Group
            Manual therapy 97140, 13 minutes. Central PAs L3 to L5 grade III, soft tissue mobilization to the left lumbar paraspinals and quadratus lumborum, sidelying lumbar rotation mobilization. Lumbar stiffness and left paraspinal guarding, he can't bend over the boat side to run his trotlines. Fingertip to floor 22 cm, was 31 cm before.
            Paul Lindqvist, PT
            tr: KD
            """,
            ["M54.50"], [PT("97140", 13)], []),

        // OBPT Toombs (PTA) 97116: gait with the rollator on the ramp and gravel, cues for step length; short L step after hip replacement; distance and assist: passes.
        ["vord-h192-obpt-toombs-97116-ramp-and-gravel"] = new(
            """
            OSAGE BEND PHYSICAL THERAPY — Tuscumbia
            Delivery: [X] One-on-one [ ] Concurrent [ ] Group
            Gait training 97116, 21 minutes. Gait training with the rollator in the hallway, up and down the front ramp and out on the gravel lot, cues for a longer left step and heel strike. Short left step and left hip weakness in stance after the hip replacement. 280 feet with the rollator, standby assist; ramp with contact guard assist.
            Marcy Toombs, PTA
            tr: KD
            """,
            ["Z96.642"], [PTA("97116", 21)], []),

        // OBPT Lindqvist: the typist's "[?]" on a harmless word ("the [?] on the cellar steps") decides nothing; the note is complete: passes.
        ["vord-h192-obpt-question-mark-on-a-harmless-word"] = new(
            """
            OSAGE BEND PHYSICAL THERAPY — Tuscumbia
            Delivery: [X] One-on-one [ ] Concurrent [ ] Group
            Neuromuscular reeducation 97112, 22 minutes. Rhythmic stabilization in standing, stepping over hurdles on command, perturbations on the rocker board. He lost his footing on the [?] on the cellar steps; impaired postural control and delayed ankle strategy. Berg 45/56. Timed up and go 12.3 seconds.
            Paul Lindqvist, PT
            tr: KD
            """,
            ["R26.81", "Z91.81"], [PT("97112", 22)], []),

        // AFHT two codes in words, 97116 and 97110, both matching; each section complete: passes.
        ["vord-h192-afht-97116-and-97110"] = new(
            """
            afht home visit mr bjornstad new paragraph ninety seven one one six gait training nineteen minutes new paragraph gait training with the four wheeled walker from the bedroom through the kitchen and out the back door to the garden comma cues for right heel strike and turning wide period short right step and right knee weakness after the knee replacement period two hundred forty feet with standby assist period new paragraph ninety seven one one zero fourteen minutes new paragraph long arc quads with a three pound weight three sets of ten comma heel slides three sets of fifteen comma sit to stand from the dining chair three sets of eight period right quad weakness and knee flexion stiffness period jodie ringling pt
            """,
            ["Z96.651"], [PT("97116", 19), PT("97110", 14)], []),

        // AFHT vestibular 97112: X1 viewing and walking with head turns on the gravel drive; R vestibular hypofunction; DGI; one on one: passes.
        ["vord-h192-afht-vestibular-gravel-drive"] = new(
            """
            afht home visit mrs aune new paragraph ninety seven one one two twenty two minutes one on one in her kitchen then outside period gaze stabilization x one viewing with the card on the fridge comma walking up the gravel drive with head turns comma standing on the couch cushion eyes closed period right vestibular hypofunction comma she feels like the pickup is still moving when she gets out period new paragraph dynamic gait index fifteen out of twenty four period jodie ringling pt
            """,
            ["H81.21"], [PT("97112", 22)], []),

        // LSRH two codes, 97112 and 97140, both headings with their minutes; each section complete: passes.
        ["vord-h192-lsrh-97112-and-97140"] = new(
            """
            LITTLE SIOUX REGIONAL HOSPITAL — OUTPATIENT REHABILITATION
            Treatment delivery: [X] One-on-one [ ] Concurrent [ ] Group
            PROCEDURE colon neuromuscular reeducation 97112 twenty two minutes period rhythmic stabilization at the shoulder in quadruped comma closed chain weight shifting on the ball comma PNF D2 flexion patterns with manual resistance period
            ASSESSMENT colon decreased proprioception and poor scapular control of the right shoulder after the rotator cuff repair period
            OBJECTIVE colon joint position sense error right eight degrees comma closed kinetic chain upper extremity stability test fourteen touches period
            PROCEDURE colon manual therapy 97140 twelve minutes period glenohumeral posterior and inferior glides grade three comma soft tissue mobilization to the right pec minor period right shoulder stiffness period flexion one hundred thirty five degrees to one hundred forty four degrees after period
            Anil Deshpande comma PT
            """,
            ["M75.121", "Z98.890"], [PT("97112", 22), PT("97140", 12)], []),

        // LSRH 97116: gait with the walker to the cane, stairs; short L step after stroke; distance and assist: passes.
        ["vord-h192-lsrh-97116-walker-to-cane"] = new(
            """
            LITTLE SIOUX REGIONAL HOSPITAL — OUTPATIENT REHABILITATION
            Treatment delivery: [X] One-on-one [ ] Concurrent [ ] Group
            PROCEDURE colon gait training 97116 twenty minutes period gait training progressing from the walker to the single point cane in the hallway comma four stairs with the rail comma cues for left hip flexion and heel strike period
            ASSESSMENT colon left foot drag and short left step after the stroke period
            OBJECTIVE colon two hundred feet with the cane and contact guard assist comma four stairs with the rail and standby assist period
            Anil Deshpande comma PT
            """,
            ["I69.354"], [PT("97116", 20)], []),

        // CGTA Caudill: "Berg forty two correction forty three out of fifty six" — a corrected score is still a score; foam, rocker, stepping; postural control; one on one: passes.
        ["vord-h192-cgta-berg-corrected"] = new(
            """
            Cumberland Gap Therapy Associates — Middlesboro
            Dictated by Sherry Caudill, PT
            Neuromuscular re-education ninety seven one one two, twenty two minutes, one on one. Standing on foam with eyes closed and head turns, rocker board weight shifts, stepping over the cane forward and to the side. Poor postural control and sway with eyes closed, she quilts and gets dizzy and off balance getting up from the frame. Berg forty two correction forty three out of fifty six.
            """,
            ["R26.81"], [PT("97112", 22)], []),

        // CGTA Mullins (PTA) 97116: gait with the straight cane on the hill and the porch steps; L knee weakness; distance and assist: passes.
        ["vord-h192-cgta-mullins-97116-hill-and-porch"] = new(
            """
            Cumberland Gap Therapy Associates — Middlesboro
            Dictated by Dwight Mullins, PTA, for Sherry Caudill, PT
            Gait training ninety seven one one six, eighteen minutes. Gait training with the straight cane up and down the grass hill behind the clinic and the five porch steps, cues for left knee bend and step-to pattern on the steps. Left knee weakness and a stiff-knee gait after the knee replacement. Three hundred feet with the cane standby assist, five steps with the rail contact guard.
            """,
            ["Z96.652"], [PTA("97116", 18)], []),

        // PROT Haugen 97110: R shoulder AAROM and strengthening with doses; R shoulder weakness after cuff repair; 18 min: passes.
        ["vord-h192-prot-97110-shoulder"] = new(
            """
            Pelican Rapids OT & Hand — dictation
            Therapeutic exercise ninety seven one one zero eighteen minutes period table slides three sets of ten comma pulleys flexion two sets of fifteen comma external rotation with the yellow band three sets of ten comma wall walks three sets of eight period right shoulder weakness and limited elevation after the rotator cuff repair comma she can't reach the top shelf for the canning jars period Ingrid Haugen comma O T R slash L
            """,
            ["M75.121", "Z98.890"], [OT("97110", 18)], []),

        // PROT Haugen: an OT's 97112 and 97530, both in words and matching; each section complete: passes.
        ["vord-h192-prot-97112-and-97530"] = new(
            """
            Pelican Rapids OT & Hand — dictation
            ☒ 1:1   ☐ co-treat
            Neuromuscular reeducation ninety seven one one two twenty one minutes period weight bearing through the right arm on the counter with tapping to the triceps comma PNF D1 patterns of the right arm with rhythmic stabilization period poor motor recruitment and scapular control of the right arm after the stroke period box and blocks right fourteen blocks period new paragraph therapeutic activities ninety seven five thirty fifteen minutes period washing and drying dishes at the sink comma putting six plates away in the upper cupboard with minimal assist period right arm weakness for kitchen tasks period Ingrid Haugen comma O T R slash L
            """,
            ["I69.351"], [OT("97112", 21), OT("97530", 15)], []),

        // HRR Boyd 97112: rhythmic stabilisation, step-and-stick, dual task; ataxia; FGA; one on one: passes.
        ["vord-h192-hrr-boyd-ataxia"] = new(
            """
            Hatchie River Rehab — Brownsville — Daily Note (tablet)
            1:1 ☒   Co-treat ☐
            Code colon 97112 neuromuscular re-education
            Time colon twenty three minutes
            Supervision colon one on one
            Treatment colon rhythmic stabilization in standing comma step and stick to targets on the floor comma walking on the line while naming animals
            Deficit colon truncal ataxia and poor timing of stepping comma wide base
            Measures colon functional gait assessment sixteen out of thirty comma tandem walk six steps before a loss
            Latrice Boyd comma PT
            """,
            ["R27.0"], [PT("97112", 23)], []),

        // HRR Pruett (PTA) 97140: knee patellar mobs and STM; R knee stiffness after TKA; flexion degrees; "Time colon twelve minutes": passes.
        ["vord-h192-hrr-97140-patellar-mobs"] = new(
            """
            Hatchie River Rehab — Brownsville — Daily Note (tablet)
            Code colon 97140 manual therapy
            Time colon twelve minutes
            Treatment colon patellar mobilizations superior inferior medial and lateral comma soft tissue mobilization to the distal quad and the incision with scar massage
            Deficit colon right knee flexion stiffness after the knee replacement
            Measures colon knee flexion one hundred two degrees to one hundred nine degrees after
            Cody Pruett comma PTA
            """,
            ["Z96.651", "M25.661"], [PTA("97140", 12)], []),

        // BMSPT 97112 post-concussion: VOR x1, saccades, dual-task cutting; vestibulo-ocular deficits; VOMS and dual-task times; 1 on 1: passes.
        ["vord-h192-bmspt-concussion-vor"] = new(
            """
            Blue Mesa Sports PT — Gunnison
            Impairment targeted: vestibulo-ocular deficits and dual-task slowing after concussion
            97112 x 22 min, 1 on 1. VOR x1 horizontal and vertical standing on foam, saccades between two targets, cutting drills while calling out colors on cue. Soccer keeper, 17, concussed in the Montrose game. VOR horizontal symptom provocation 3/10 (6/10 last wk). Dual-task tandem gait 19.4 sec (single-task 13.1 sec).
            Marco Esquibel PT DPT
            """,
            ["S06.0X0D"], [PT("97112", 22)], []),

        // BMSPT 97530: sport agility ladder, shuttle, deceleration drills with counts; R knee confidence and deceleration after ACL recon; "97530 x 16 min": passes.
        ["vord-h192-bmspt-97530-agility"] = new(
            """
            Blue Mesa Sports PT — Gunnison
            Impairment targeted: R knee deceleration control and cutting after ACL recon
            97530 x 16 min. Agility ladder 6 patterns x 2, 5-10-5 shuttle x 4 at 75%, deceleration to a stick from a jog 3 x 6, box-to-box lateral shuffles 4 x 20 ft. Cuts off the L but not the R yet.
            Marco Esquibel PT DPT
            """,
            ["S83.511D"], [PT("97530", 16)], []),

        // AFHT: "it was one-on-one, me and him only, his son was out calving"; weight shifts on the wobble cushion, step reactions; poor ankle strategy; Berg in words: passes.
        ["vord-h192-afht-me-and-him-only"] = new(
            """
            afht home visit mr rustad new paragraph ninety seven one one two twenty one minutes it was one-on-one comma me and him only comma his son was out calving period weight shifts on the wobble cushion comma step reactions to pushes at the shoulders comma stepping over the boot tray on cue period poor ankle strategy and slow stepping reactions comma he went down in the calving barn period new paragraph berg forty three out of fifty six comma five times sit to stand fifteen point two seconds period jodie ringling pt
            """,
            ["R26.81", "Z91.81"], [PT("97112", 21)], []),

        // ONB Ebersole (PTA) 97116: gait on the treadmill and in the hall with cues; L foot drop; distance, speed and assist: passes.
        ["vord-h192-onb-97116-treadmill-and-hall"] = new(
            """
            [Dictated with speech recognition — not proofread]
            ninety seven one one six gait training twenty minutes period treadmill walking at one point two miles per hour with cues for left dorsiflexion comma then overground in the hall with the AFO and the cane period left foot drop and short right step period new paragraph two hundred sixty feet with the cane and standby assist comma ten meter walk point seven one meters per second period Tom Ebersole comma PTA
            """,
            ["I69.354", "M21.372"], [PTA("97116", 20)], []),

        // OBPT Lindqvist two codes, 97112 and 97110, both matching; each section complete: passes.
        ["vord-h192-obpt-97112-and-97110"] = new(
            """
            OSAGE BEND PHYSICAL THERAPY — Tuscumbia
            Delivery: [X] One-on-one [ ] Concurrent [ ] Group
            Neuromuscular reeducation 97112, 22 minutes. Single-leg stance on foam with perturbations, BAPS board circles, lateral hops to stick. Left ankle proprioception deficit after the sprain. Single-leg stance left eyes closed 5 seconds.
            Therapeutic exercise 97110, 15 minutes. Heel raises single leg 3 x 12, resisted eversion with the green band 3 x 15, lateral step-ups 6 inch 3 x 10. Left calf and peroneal weakness.
            Paul Lindqvist, PT
            tr: KD
            """,
            ["S93.402D"], [PT("97112", 22), PT("97110", 15)], []),

        // CGTA Caudill: the recogniser's "ninety seven one one to" for 97112 in a single-code visit; minutes are the one code's; rest complete: passes.
        ["vord-h192-cgta-ninety-seven-one-one-to"] = new(
            """
            Cumberland Gap Therapy Associates — Middlesboro
            Dictated by Sherry Caudill, PT
            Neuromuscular re-education ninety seven one one to, twenty three minutes, one on one. Perturbations at the pelvis on the foam, tandem walking with head turns, reactive stepping to a release from lean. Delayed stepping reactions and poor postural control, she fell stepping off the church bus. Timed up and go fourteen point four seconds, five of eight releases recovered with one step.
            """,
            ["R26.81", "Z91.81"], [PT("97112", 23)], []),

        // HRR Boyd 97530: kitchen and laundry tasks with counts and assist; standing balance and L arm after stroke; "Time colon eighteen minutes": passes.
        ["vord-h192-hrr-97530-laundry"] = new(
            """
            Hatchie River Rehab — Brownsville — Daily Note (tablet)
            Code colon 97530 therapeutic activities
            Time colon eighteen minutes
            Treatment colon moving wet clothes from the washer to the dryer comma folding towels standing comma carrying the basket twenty feet
            Deficit colon standing balance during reach and left arm weakness after the stroke
            Measures colon twelve items transferred with standby assist comma basket carried twenty feet with contact guard assist
            Latrice Boyd comma PT
            """,
            ["I69.354"], [PT("97530", 18)], []),

        // LSRH complete 97112 with no diagnosis on the visit: diagnosis missing only.
        ["vord-h192-lsrh-complete-no-dx"] = new(
            """
            LITTLE SIOUX REGIONAL HOSPITAL — OUTPATIENT REHABILITATION
            Treatment delivery: [X] One-on-one [ ] Concurrent [ ] Group
            PROCEDURE colon neuromuscular reeducation 97112 twenty two minutes period perturbations on the rocker board comma foam stance with head turns comma stepping strategy drills period
            ASSESSMENT colon impaired postural control and decreased ankle proprioception both sides period
            OBJECTIVE colon Berg forty six out of fifty six period
            Anil Deshpande comma PT
            """,
            [], [PT("97112", 22)], [Dx]),

        // BMSPT complete 97110 with no diagnosis on the visit: diagnosis missing only.
        ["vord-h192-bmspt-complete-97110-no-dx"] = new(
            """
            Blue Mesa Sports PT — Gunnison
            Impairment targeted: L quad weakness and knee extension lag
            97110 x 17 min. Quad sets 3 x 15 with 5 sec hold, SLR 3 x 10 with 3 lb, leg press 60 lb 3 x 10, stationary bike level 3.
            Marco Esquibel PT DPT
            """,
            [], [PT("97110", 17)], [Dx]),

    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
