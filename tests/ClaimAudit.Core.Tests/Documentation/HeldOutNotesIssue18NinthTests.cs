using ClaimAudit.Core.Model;
using Xunit.Abstractions;
using static ClaimAudit.Core.Tests.Documentation.NoteCaseHarness;

namespace ClaimAudit.Core.Tests.Documentation;

/// <summary>
/// The ninth held-out set for issue 18 (read notes the way therapists write them), written blind by an
/// outside reviewer (physical-therapy billing and compliance, years of payer medical review) who had not
/// read the note analyzer, its vocabulary files, its unit tests, its oracle or the samples — only
/// PRODUCT.md sections 2 and 5, the harness (<see cref="NoteCaseHarness"/>) and the earlier held-out files
/// (read for their format and to write styles, phrasings and examples they do not already have). The
/// engine's output on these notes was never looked at while writing them, and the tests were not run.
/// The set is one mixed day's export from five clinics, each with its own house style:
/// <list type="number">
/// <item>a hospital-based outpatient neuro clinic: long structured SOAP notes with headings, bullet and
/// numbered interventions, "Impairments addressed" lines and standardised outcome batteries
/// (Mini-BESTest, 10MWT self-selected and fast, ABC-16, CB&amp;M, ICARS, Purdue Pegboard, CAHAI, VR
/// limits of stability, a battery left "NT");</item>
/// <item>a high-volume orthopaedic private practice: very short notes, heavy abbreviation (prime minutes,
/// band colours, "SL", "iso", "ecc", "HHD", "LSI") and exercise logs, including a log of "same as
/// last" cells;</item>
/// <item>a paediatric clinic writing to parents in plain language ("just the two of us", "had me all to
/// himself", "how she did"), with home practice given in minutes;</item>
/// <item>a skilled-nursing / long-term-care therapy department writing Medicare Part B notes with
/// functional levels (CGA, SBA, min A), safety checks, Tinetti POMA, room numbers and care-conference
/// dates, by PTs, PTAs, OTs and an OTA;</item>
/// <item>a clinic whose EMR exports notes as numbered lists and semicolon- or equals-separated fields
/// (<c>1;Procedure;97116…</c>, <c>OneToOne=TRUE</c>, <c>ROW;CPT;SVC;MIN;DETAIL</c>, asterisked
/// selections, blank Yes/No boxes).</item>
/// </list>
/// Codes 97110, 97112, 97116, 97140 and 97530 alone and together (with untimed 97010 and timed but
/// unprofiled 97535), British and American spelling, dictated and typed notes. The traps: measures that
/// are only dates, phone numbers, a room number or a test's name; named techniques that were not
/// performed; a "1:1" that is a school aide's or a sitter's; "face-to-face" (not one-on-one); minutes
/// that are a home-programme duration; a deficit mentioned only as resolved; a 1-minute difference
/// (the contract has no tolerance). Each note's DOC_* findings were judged by hand as a payer reviewer
/// applying the contract:
/// <list type="bullet">
/// <item>class 1 (v1-h9-…): one-on-one in words and notation ("exclusive therapist contact", "just the
/// two of us", "Staff:patient ratio;1:1", a British "1-1 session", "PTA's only patient during this
/// slot"), and notes that do not state it (face-to-face, a school aide's 1:1, a resident's 1:1 sitter,
/// a shared slot); 97530 has no one-on-one check;</item>
/// <item>class 2 (v2-h9-…): TRUE/FALSE fields, Y/N letter grids (all "N" is no assistance level),
/// exercise logs with a done column, a battery of "NT" results, a parents' checklist, two blank
/// Yes/No boxes, an asterisked selection;</item>
/// <item>class 3 (v3-h9-…): named programmes as techniques (Ilg coordinative training, laser-shoe
/// cueing, McGill Big 3, thrust manipulation with a neural slider, Ayres Sensory Integration, GRASP,
/// Dynavision, task-oriented circuit class, Motor Relearning Programme, split-belt adaptation, a
/// manipulation held with soft tissue done instead), with one group, one without one-on-one and one
/// without a deficit;</item>
/// <item>class 4 (v4-h9-…): deficits stated as findings (dysmetria, dysdiadochokinesia and rebound,
/// line-cancellation neglect, plain-language loss of foot awareness, impulsivity, scapular dyskinesis,
/// PPPD visual dependence) and notes that state none ("Impairment; WNL", "no gait deviations", a
/// resolved lean, a play session without a goal);</item>
/// <item>class 5 (v5-h9-…): measures in their usual forms (a battery table, plain-language counts,
/// Tinetti POMA, an exercise log in kg with RPE, 10MWT in an EMR field, Elderly Mobility Scale, a
/// 2-minute walk test) and notes with none (phone number and dates, "same as last", a room number,
/// an appointment and phone number in a parents' letter);</item>
/// <item>class 6 (v6-h9-…): minutes in their usual forms (prime minutes, ROW;CPT;SVC;MIN fields, number
/// words in dictation, PT and OT on the same code), home-programme durations that are not the session's
/// time, true mismatches (22 against 23; 10' against 8) and truly missing separate time (a dashed
/// minutes field, a total only);</item>
/// <item>class 7 (v7-h9-…): empty notes (DOC_NOTE_MISSING on each profiled line, nothing else but the
/// diagnosis check; none on 97535), and the contract's meanings of technique, deficit and measure for
/// 97110 (reformer springs as the load), 97530, 97140 and 97116, with a 97140 note of generic phrases
/// only;</item>
/// <item>ordinary (vord-h9-…): complete notes of all five clinics across codes and disciplines that a
/// reviewer passes (the false-positive guard), and weak ones that must fail (generic ortho, paediatric
/// and SNF notes, an unstated one-on-one in a long SOAP, technique planned but not performed, missing,
/// ICD-9 and free-text diagnoses).</item>
/// </list>
/// Every visit goes through the real engine as a CSV batch (shipped <c>medicare</c> profile, 97112
/// its one-on-one code, every line attested one-on-one in its column, own patient id, so
/// DOC_CLONED_NOTE and ONE_ON_ONE_NOT_ATTESTED play no part and only the note decides
/// DOC_ONE_ON_ONE_MISSING); only DOC_* findings are compared, as "RULE@code" per line and "RULE" per
/// visit (separate time, mismatch, diagnosis).
/// <para>
/// The set is never edited after a run: one [Fact] counts the cases that agree exactly and passes at
/// <see cref="RequiredAgreementPercent"/> % (rounded up); a second [Fact] requires that no note the
/// reviewer passes (empty expectation) gets any DOC_* finding. A case whose expectation is changed
/// after a run is no longer held out and moves to the ordinary tests.
/// </para>
/// <para>
/// Before: 68 of 99 cases agree (98 needed), and 18 of the 63 notes the reviewer passes got a finding,
/// on the analyzer of c584360 (in a separate worktree; the lead read only these two figures).
/// </para>
/// <para>
/// After: 70 of 99, 17 false positives, at its first run on the analyzer with the seventh and eighth
/// sets' fixes (2e73aa9): the held-out figure of that work. Development data from then on: its misses
/// were fixed as classes (new examples in NotesAsWrittenTests' ninth-set cases) — one-on-one in everyday
/// words and an EMR's "=FALSE", an option chosen between asterisks, tight-semicolon EMR rows, "1 minute
/// each" as a duration per repetition, a list's number on the next line as no minutes, "w/o" after a
/// score, a Y/N grid under a printed scale, time since surgery as no measure value, a deficit that "has
/// resolved", a technique's name after an impairment cue as a deficit ("delayed compensatory stepping"),
/// an activity named with its dose as 97110's and 97530's technique, and plain-language deficits,
/// techniques and tasks the lists lacked — with a read-only review of those changes, whose reproducers
/// are NotesAsWrittenTests' review-7-9 cases: 99 of 99, no false positive; after a second review's fixes (review-of-ninth cases: "resolved" is no longer a negation) 98 of 99, the one left, v4-h9-snf-deficit-only-resolved, a deficit stated only as resolved. The tenth set, run once when
/// the first half of these fixes was in (29ecaab), measured them.
/// </para>
/// </summary>
public class HeldOutNotesIssue18NinthTests(ITestOutputHelper output)
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

        // Hospital neuro SOAP: "exclusive therapist contact for the full period" states one-on-one; weight transfer with tactile cues, reactive stepping, turns; L weight acceptance / stance postural response; Mini-BESTest and turn seconds; 30 matches: passes.
        ["v1-h9-hosp-exclusive-contact"] = new(
            """
            OUTPATIENT NEUROREHABILITATION — PHYSICAL THERAPY DAILY NOTE
            Encounter type: Treatment     Visit 6 of 16     Referral: Stroke clinic
            SUBJECTIVE: Two near-falls this week while turning in the kitchen; using quad cane indoors.
            OBJECTIVE:
              Neuromuscular re-education (97112) — 30 minutes; exclusive therapist contact for the full period.
               • Lateral weight-transfer training onto the L LE in step-stance, tactile cueing at L gluteus medius
               • Reactive stepping to therapist-applied lateral displacements at the pelvis, to both sides
               • Turning practice: 180° and 360° turns each direction around floor markers
              Impairments addressed: impaired L LE weight acceptance and delayed L stance-limb postural response (R MCA infarct, L hemiparesis).
              Outcome battery today: Mini-BESTest 17/28 (13/28 at evaluation); 360° turn 5.8 s to L, 4.1 s to R.
            ASSESSMENT: Reactive control improving; turning toward the L remains the main fall risk.
            PLAN: Progress to dual-task turning next session.
            """,
            ["I69.354", "Z91.81"], [PT("97112", 30)], []),

        // Ortho shorthand: "F2F visit (not telehealth)" says the visit was in person, not that it was one-on-one; Dyna-Disc/band kicks/hop-to-stick, peroneal reaction and JPS, SLS seconds present.
        ["v1-h9-ortho-f2f-not-one-on-one"] = new(
            """
            97112 NMR 15'. F2F visit in clinic (not telehealth).
            s/p L lat ankle sprain x3 this yr — ↓ L peroneal reaction + ↓ L ankle JPS.
            Dyna-Disc SL stance L w/ ball toss 3x30s; SL stance L w/ band kicks R LE 3x15; lat hop-to-stick onto L 3x8.
            SLS L EC 6 s (R 21 s). CAIT 14/30.
            """,
            ["S93.402D", "M25.372"], [PT("97112", 15)], [At(OneOnOne, "97112")]),

        // Paediatric letter to parents: "just the two of us in the small gym the whole time" is one-on-one in plain words; foam stepping stones, balance pad, beam; one-foot balance and proprioception; seconds and 4 of 5: passes.
        ["v1-h9-peds-just-the-two-of-us"] = new(
            """
            Hi Jordan's family!
            Today Jordan and I had a 25-minute session (97112), just the two of us in the small gym the whole time.
            What we worked on: his balance when one foot is up, and his body's sense of where his legs are without looking (proprioception), which is still behind for his age.
            What we did: crossing a "river" of squishy foam stepping stones, standing on one foot on a balance pad while popping bubbles, and walking heel-to-toe along the balance beam with his eyes on a sticker on the wall.
            How he did: he stood on his right foot for 8 seconds and his left for 5 seconds (4 and 2 seconds last month), and crossed the stepping stones without stepping off 4 out of 5 times.
            Home practice: stand on one foot while brushing teeth, morning and night.
            Ms. Priya, PT
            """,
            ["F82"], [PT("97112", 25)], []),

        // Paediatric letter: the only "1:1" is Ada's school aide, who came to watch; nothing states the PT session was one-on-one. Peanut-ball tips, crash pad, balance board; trunk tone and balance reactions; k of 10 and seconds present.
        ["v1-h9-peds-school-aide-1to1"] = new(
            """
            Dear Mr. and Mrs. Okafor,
            Ada's session today was 30 minutes of neuromuscular re-education (97112). Her 1:1 aide from school, Ms. Lee, came along to learn activities she can use at recess.
            We worked on Ada's low muscle tone through her trunk and her slow balance reactions when she is bumped (she has Down syndrome). Activities: sitting on the peanut ball while I gently tipped her side to side so she had to catch herself, tall-kneeling on the crash pad to throw bean bags, and walking across the balance board holding one hand.
            Ada caught herself without falling on 7 of 10 tips (3 of 10 in January). She tall-kneeled for 40 seconds without sitting back (15 seconds in January).
            """,
            ["Q90.9", "R27.8"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // SNF Part B: "on 1:1 sitter per nursing for exit-seeking" is nursing's sitter, not the therapy; stepping to targets, posterior perturbations, reaching outside BOS; posterior LOB in sit→stand; POMA and k of 10 present.
        ["v1-h9-snf-sitter-1to1"] = new(
            """
            Medicare Part B — Therapy Daily Note (LTC, Unit 2 North)
            Resident remains on 1:1 sitter per nursing for exit-seeking behaviour.
            Skilled intervention: 97112 neuromuscular re-education x 23 min — standing at the parallel bars with alternating forward/backward stepping to visual floor targets; small posterior perturbations at the pelvis to elicit a backward step; sit ↔ stand with anterior weight-shift cues; standing reaches to L/R outside base of support.
            Impairment: posterior loss of balance during sit → stand and absent backward stepping response (Alzheimer's dementia).
            Objective: Tinetti POMA balance 8/16 (6/16 on 2/10); posterior LOB in 2 of 10 stands (5 of 10 on 2/10).
            Safety: gait belt, non-skid socks, w/c brakes locked.
            """,
            ["G30.9", "R26.81"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // EMR semicolon fields, "Staff:patient ratio;1:1" states one-on-one; dual-task hurdles, beam, lunges onto foam with head turns; dual-task postural control / visual-vestibular integration; TUG-cognitive and beam steps: passes.
        ["v1-h9-emr-staff-ratio"] = new(
            """
            1. Procedure;97112;Neuromuscular re-education;Minutes;20;Staff:patient ratio;1:1
            2. Interventions;stepping over 15 cm hurdles while counting back by 7s;tandem walking on a 10 cm beam;lunges onto a foam pad with head turns
            3. Deficit;impaired dual-task postural control and visual-vestibular integration after concussion
            4. Outcome;TUG 10.2 s / TUG-cognitive 15.1 s;beam 5 steps without step-off (2 at IE)
            """,
            ["S06.0X0D", "R42"], [PT("97112", 20)], []),

        // Ortho: "shared slot w/ pt in bay 3 — PT split attention btw both" is not one-on-one; drop-jump landings, hop-and-hold, bounds; valgus control and hamstring timing after ACL-R; hop LSI and valgus count present.
        ["v1-h9-ortho-shared-slot"] = new(
            """
            NMR 97112 18' — shared slot w/ pt in bay 3, PT split attention btw both.
            R ACL-R (BTB) wk 16. ↓ R dynamic valgus control on landing + delayed hamstring co-activation.
            Drop-jump landings 30 cm box 3x6 w/ mirror; SL hop-and-hold R 3x8; lat bound-to-stick 3x6.
            SL hop R 112 cm / L 138 cm (LSI 81%); valgus on 2/18 landings.
            """,
            ["S83.511D"], [PT("97112", 18)], [At(OneOnOne, "97112")]),

        // British dictation: "1-1 session with physio" is one-to-one in UK notation; weighted heel-to-target stepping, feet-together on foam, narrow-path turns; cerebellar ataxia and titubation; ICARS and seconds; 25 mins matches: passes.
        ["v1-h9-british-1-1-session"] = new(
            """
            Physiotherapy – Neurosciences Outpatients (typed from dictation)
            1-1 session with physio in the neuro gym, 25 mins neuromuscular re-education (97112).
            Problem: ataxic gait following cerebellar haemorrhage – truncal titubation on standing and poor co-ordination of the left leg.
            Treatment: heel-to-target stepping on a floor grid with a 0.5 kg weight cuff on the left ankle; feet-together standing on firm then foam with arms folded; walking a 15 cm wide path with 180° turns.
            Outcome: ICARS posture and gait subscore 18/34 (22/34 on admission); feet-together stance on foam, eyes open, 25 s.
            """,
            ["I69.193"], [PT("97112", 25)], []),

        // SNF 97530 in a paired session with the PT cueing both residents: the one-on-one check is for 97112 only; transfers with reps, CGA/SBA, dining-room goal: no DOC finding.
        ["v1-h9-snf-97530-paired-no-check"] = new(
            """
            Part B PT — Therapeutic activities 97530, 20 min
            Resident worked alongside her tablemate (paired session) on transfer practice; PT cueing both.
            Tasks: sit ↔ stand from dining chair with armrests x5, stand-pivot chair ↔ w/c x4, reaching to overbed table in standing with RW x6.
            CGA for stand-pivot; SBA for sit ↔ stand.
            Goal: transfer to a dining chair with staff supervision only so she can eat in the dining room.
            """,
            ["M62.81", "R26.81"], [PT("97530", 20)], []),

        // PTA: "PTA's only patient during this slot; hands-on throughout" states one-on-one; half-kneel transitions, Dyna-Disc step-taps, perturbed side-stepping; R hip abductor recruitment and knee proprioception after TKA; counts: passes.
        ["v1-h9-pta-only-patient"] = new(
            """
            PTA treatment note (co-signed by supervising PT)
            97112 neuro re-ed — 23 min. PTA's only patient during this slot; hands-on throughout.
            Half-kneel ↔ stand transitions without UE support; standing on a Dyna-Disc under the R foot with L step-taps to cones; side-stepping over a 10 cm hurdle line with manual perturbation at the pelvis.
            Targets: delayed R hip abductor recruitment and reduced R knee proprioception after R TKA.
            Step-taps 14 in 15 s (9 at IE); hurdle line 2 touches in 20 steps.
            """,
            ["Z96.651", "R26.89"], [PTA("97112", 23)], []),

        // ---------------------------------------------------------------- class 2: checkbox, grid and Y/N states

        // EMR TRUE/FALSE fields: OneToOne=TRUE, perturbation and compliant surface TRUE (VOR and PNF FALSE, ignored); waist-pull perturbations and Airex tasks; reactive stepping and neuropathic somatosensory loss; Mini-BESTest subscore and seconds: passes.
        ["v2-h9-emr-true-false-fields"] = new(
            """
            [NMR]
            Code=97112; Minutes=25; OneToOne=TRUE; GroupSession=FALSE
            Tech.Perturbation=TRUE; Tech.CompliantSurface=TRUE; Tech.VORx1=FALSE; Tech.PNF=FALSE
            Detail=unexpected waist-pull perturbations in stride stance; sit-to-stand and step-ups on an Airex pad
            Target=delayed reactive stepping and reduced lower-limb somatosensory input (peripheral neuropathy)
            Outcome=Mini-BESTest reactive subscore 3/6 (1/6 at IE); Airex stance EC 22 s
            """,
            ["G62.9", "Z91.81"], [PT("97112", 25)], []),

        // Same EMR with OneToOne=FALSE and GroupSession=TRUE (3 pts): not one-on-one; gaze stabilisation on foam and head-turn walking, bilateral hypofunction with oscillopsia, DVA and FGA present.
        ["v2-h9-emr-onetoone-false"] = new(
            """
            Code=97112; Minutes=20; OneToOne=FALSE; GroupSession=TRUE; GroupSize=3
            Detail=gaze stabilisation X1 horizontal standing on foam 3 x 60 s; walking with horizontal head turns 4 x 15 m
            Target=bilateral vestibular hypofunction (gentamicin ototoxicity) with oscillopsia when walking
            Outcome=DVA loss 0.4 logMAR; FGA 19/30
            """,
            ["H83.2X3"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // SNF grid of Y/N letters under assistance levels: each task has its level (CGA, Sup) and reps; transfer tasks and a night-toileting goal; 97530 complete: passes.
        ["v2-h9-snf-yn-letter-grid"] = new(
            """
            THERAPEUTIC ACTIVITIES 97530 — 24 min (PT, Part B)
            Task                            Indep  Sup  CGA  MinA  ModA
            Bed → w/c stand-pivot             N     N    Y    N     N
            Toilet transfer (grab bar)        N     Y    N    N     N
            Reach into wardrobe w/ RW         N     N    Y    N     N
            Reps: 3 each task
            Goal: safe transfers so resident can toilet with 1 staff at night
            Safety: locks brakes only after 2nd cue; gait belt on
            """,
            ["M62.81", "R26.81"], [PT("97530", 24)], []),

        // OTA grid with every assistance column "N" and no reps or other number: no assistance level or parameter for 97530; dressing/grooming tasks and an AL goal present.
        ["v2-h9-snf-ota-grid-all-n"] = new(
            """
            OTA — Part B — Therapeutic activities 97530 — 22 min
            Task                              Indep  Sup  CGA  MinA  ModA
            LB dressing seated EOB              N     N    N    N     N
            Shoes w/ long-handled shoehorn      N     N    N    N     N
            Stand at sink for grooming          N     N    N    N     N
            Goal: dress her lower body and groom at the sink herself, to return to her apartment in assisted living.
            """,
            ["M62.81", "Z74.09"], [new CaseLine("97530", 22, "OTA")], [At(Measure, "97530")]),

        // Ortho exercise log with a Done column (✓ done, — not done): the done rows have sets/reps/holds/load; R TKA with flexion limit and quad lag: 97110 passes.
        ["v2-h9-ortho-log-done-column"] = new(
            """
            TE 97110 · 20 min · R TKA POD 19 — flex 98°, ext -4°, quad lag 10°
            Exercise              Done  Sets×Reps    Load
            Quad set w/ towel      ✓    2×10, 5 s    —
            SAQ                    ✓    3×10         2 lb
            Heel slide w/ strap    ✓    3×10         —
            Step-up 4"             —
            Mini squat             —
            """,
            ["Z96.651", "M25.661"], [PT("97110", 20)], []),

        // Hospital MS note whose whole outcome battery is "NT" / "not collected" / "deferred": the numbers in the test names (25-Foot, MSWS-12) are not results; techniques, R LE recruitment/proprioception and one-on-one stated.
        ["v2-h9-hosp-battery-nt"] = new(
            """
            NEUROLOGIC PHYSICAL THERAPY — TREATMENT NOTE
            Context: relapsing-remitting MS, recent relapse affecting the R leg.
            Neuromuscular re-education 97112, 30 min, one-on-one with the treating PT.
            Interventions: split-stance weight shifts with the R foot on a compliant pad; stepping over a cane-height obstacle leading with the R; quadruped → tall-kneel transitions with hands-on cueing to the R hip extensors.
            Impairments targeted: R LE motor recruitment (hip extensors, ankle dorsiflexors) and impaired R LE proprioception.
            Outcome battery:
              Timed 25-Foot Walk ........ NT
              Berg Balance Scale ........ NT (fatigue)
              MSWS-12 ................... not collected
              Mini-BESTest .............. deferred to next visit
            Plan: repeat battery when fatigue settles.
            """,
            ["G35"], [PT("97112", 30)], [At(Measure, "97112")]),

        // Paediatric OT checklist for home, ☑ done and ☐ next week: buttoning and cutting with counts and hand-over-hand help; dressing-for-school goal and bilateral coordination: 97530 passes.
        ["v2-h9-peds-ot-checklist"] = new(
            """
            Today's checklist for home (OT, 97530 — 30 minutes)
            ☑ Buttoning practice on the big-button vest — 3 buttons, done 4 times; needed my hand-over-hand help only on the first button
            ☑ Cutting along a thick line with loop scissors — 2 shapes, stayed within 1/4 inch of the line most of the way
            ☐ Shoe tying (next week)
            Why: Eli wants to get dressed for school by himself; his hands tire quickly and he has trouble using both hands together.
            """,
            ["F82", "R27.8"], [OT("97530", 30)], []),

        // Numbered EMR with "One-on-one: Yes ☐ No ☐" — neither box ticked, so it is not stated; mini-trampoline and agility-ladder stop drills, R hip strategy / ankle proprioception, seconds and errors present.
        ["v2-h9-emr-blank-yes-no-boxes"] = new(
            """
            1) Service: 97112 Neuro re-ed — 23 min
            2) One-on-one:  Yes ☐  No ☐
            3) Intervention: mini-trampoline double- → single-leg stance with ball catches; crossover stepping through an agility ladder with unexpected "stop" calls
            4) Deficit: delayed R hip strategy and reduced R ankle proprioception after R ankle ORIF
            5) Result: SL stance R on mini-trampoline 14 s; ladder errors 2 in 6 runs
            """,
            ["S82.851D"], [PT("97112", 23)], [At(OneOnOne, "97112")]),

        // SNF safety line of Y/N answers (falls N, orthostatic N change nothing); RW gait training with distances, CGA → SBA, cues; short step, flexed trunk, endurance: 97116 passes.
        ["v2-h9-snf-safety-yn-gait"] = new(
            """
            PT — Part B — Gait training 97116 — 18 min
            Safety check: gait belt Y | brakes locked Y | footwear Y | falls since last visit N | orthostatic sx N
            Gait training w/ RW on unit hall: 2 × 75 ft then 1 × 120 ft, CGA → SBA; cues for RW proximity and heel-first contact.
            Deviations: short R step length, flexed trunk; ↓ endurance (1 standing rest).
            """,
            ["R26.89", "M62.81"], [PT("97116", 18)], []),

        // EMR prints the selected option between asterisks ("* = selected"): *INDIVIDUAL* is one-on-one; slant board EC, step-down onto foam, figure-of-8; L ankle/knee proprioception and APAs; seconds: passes.
        ["v2-h9-emr-asterisk-selected"] = new(
            """
            Delivery (* = selected): *INDIVIDUAL* / group / concurrent / co-treatment
            97112 — Neuromuscular re-education — 25 min
            Technique: standing on a slant board with eyes closed; controlled step-down from a 15 cm step onto foam with knee-over-toe alignment; figure-of-8 walking around cones
            Deficit: impaired L ankle and knee proprioception and delayed anticipatory postural adjustments (recovering L peroneal nerve palsy)
            Outcome: slant-board EC 18 s (7 s at IE); figure-of-8 walk 9.4 s
            """,
            ["G57.32"], [PT("97112", 25)], []),

        // ---------------------------------------------------------------- class 3: named protocols and programmes

        // Ilg coordinative training for degenerative ataxia with its four components; truncal/gait ataxia and trunk–limb coordination; SARA and tandem steps; one-on-one: passes.
        ["v3-h9-hosp-ilg-coordinative"] = new(
            """
            NEUROREHABILITATION OUTPATIENTS — PT TREATMENT
            Condition: spinocerebellar ataxia (SCA6), progressive; lives alone.
            97112 Neuromuscular re-education — 30 min, one-on-one with PT.
            Coordinative training (Ilg protocol), session 8 of 12:
              – static balance: step-position stance on a mat, then tandem, while moving the arms
              – dynamic balance: stepping forward/backward onto cones; quadruped arm–leg lifts held 10 s
              – whole-body movements for trunk–limb coordination: standing rotational reaches across midline
              – steps to prevent falling: stepping responses in therapist-called directions
            Impairment: truncal and gait ataxia with impaired trunk–limb coordination; furniture-walks indoors.
            SARA total 13.5/40 (15/40 at start of block); tandem 4 steps without a sidestep.
            """,
            ["G11.9", "R27.0"], [PT("97112", 30)], []),

        // 97116 cueing programme for freezing: laser shoes and floor stripes, doorway passes and laps with CGA; freezing at thresholds and short stride in PD; freeze counts and stride: passes.
        ["v3-h9-hosp-laser-shoes-97116"] = new(
            """
            GAIT TRAINING 97116 — 22 min
            Cueing program for freezing: laser shoes (line projected in front of the opposite foot at heel strike) for gait initiation and doorway passes, plus transverse tape stripes 50 cm apart through the clinic doorway; 10 doorway passes and 4 × 40 m corridor laps with 180° turns; no AD, CGA on turns.
            Freezing of gait at thresholds and on turns, shortened stride (PD, H&Y 3).
            Freezes in 2 of 10 doorway passes with lasers on (7 of 10 without, same session); stride 0.94 m.
            """,
            ["G20.A2"], [PT("97116", 22)], []),

        // Ortho shorthand: McGill Big 3 with holds and reps; L LBP with flexion intolerance and side-bridge endurance deficit (seconds): 97110 passes.
        ["v3-h9-ortho-mcgill-big-3"] = new(
            """
            97110 TE 15'. L-sided LBP w/ flex intolerance; ↓ trunk endurance (side bridge L 22 s / R 41 s).
            McGill Big 3: curl-up 5-4-3-2-1 pyramid w/ 10 s holds; side bridge from knees 3x10 s ea; bird-dog 3x6 ea w/ 10 s hold.
            """,
            ["M54.50"], [PT("97110", 15)], []),

        // 97140: upper-thoracic thrust manipulation, therapist-applied median nerve slider and C5-6 lateral glides with reps/grade; R C6 radiculopathy and ULNT1 degrees: passes.
        ["v3-h9-ortho-thrust-neural-slider-97140"] = new(
            """
            MT 97140 10'. R C6 radiculopathy: supine upper-T thrust manip T3-5 x1 (cavitation); median nerve slider, therapist-applied (elbow/wrist), 3x10; C5-6 R lat glide gr III 3x30s.
            ULNT1 R: elbow ext deficit 40° → 25° post.
            """,
            ["M54.12"], [PT("97140", 10)], []),

        // Paediatric letter: Ayres Sensory Integration-based swing and scooter-board work, "had the sensory gym to ourselves … just the two of us"; postural control off the ground and back-extensor endurance; k of 15 and k of 8: passes.
        ["v3-h9-peds-ayres-sensory-integration"] = new(
            """
            Dear Zoe's family,
            Zoe and I had the sensory gym to ourselves for today's 30-minute session (97112) — no other children, just the two of us.
            We used Ayres Sensory Integration®-based activities: lying on her tummy on the platform swing pushing up on her arms, sitting up tall on the swing while it moved side to side, and riding the scooter board down the ramp on her tummy with her head and chest lifted.
            Why: Zoe's body is slow to react and keep her upright when her feet leave the ground (how her balance system handles movement), and her back muscles tire quickly working against gravity.
            How she did: she stayed sitting upright without grabbing the ropes for 12 of 15 swings, and kept her head and chest up for 6 of 8 ramp rides (2 of 8 in February).
            """,
            ["F84.0", "R27.8"], [PT("97112", 30)], []),

        // SNF OT: GRASP (Graded Repetitive Arm Supplementary Program) level 2 with its exercises and doses; L UE weakness with MMT and grip kg, self-feeding goal: 97110 passes.
        ["v3-h9-snf-grasp-ot-97110"] = new(
            """
            OT Part B — 97110 Therapeutic exercise — 20 min
            GRASP (Graded Repetitive Arm Supplementary Program), level 2, seated at table:
              scapular retraction 2 x 10; elbow flexion with 1 lb cuff 2 x 10; clothespins onto can rim 2 x 10; theraputty squeeze 2 x 15; towel slides forward on table 2 x 10
            L UE weakness after R CVA (shoulder flexion 3-/5, grip L 6 kg) — goal: feed self with L hand assisting.
            """,
            ["I69.354"], [OT("97110", 20)], []),

        // Numbered EMR: Dynavision D2 reaction training in standing on foam; visual–vestibular integration and visuomotor reaction after concussion; hits and reaction time — but nothing states one-on-one.
        ["v3-h9-emr-dynavision-unstated"] = new(
            """
            1. Procedure: 97112 Neuromuscular re-education – 20 min
            2. Program: Dynavision D2 – Mode A (self-paced) then Mode B (reactive) while standing on a foam pad
            3. Deficit: post-concussion visual–vestibular integration; slowed visuomotor reaction to the R peripheral field
            4. Outcome: Mode B 62 hits in 60 s (48 at IE); average reaction time 0.91 s
            5. Plan: add Stroop cognitive load next visit
            """,
            ["S06.0X0D", "H53.8"], [PT("97112", 20)], [At(OneOnOne, "97112")]),

        // Task-oriented stroke circuit class, 6 participants with 2 PTs: not one-on-one; foam reaching, obstacle stepping, mirror weight-shift stations; R LE weight bearing / lateral postural control; counts present.
        ["v3-h9-hosp-circuit-class"] = new(
            """
            Stroke circuit class (task-oriented circuit training), 6 participants with 2 PTs — 97112 — 30 min
            Pt's stations: weight shift onto the paretic R leg on a step with mirror feedback; standing on foam reaching beyond arm's length to shelf targets; stepping over a row of low obstacles leading with the R; sit-to-stand from a low stool.
            Pt-specific target: impaired R LE weight bearing and lateral postural control (L MCA infarct).
            Station counts: obstacle row 6 passes without contact (2 last class); foam reach 10/12 targets without stepping.
            """,
            ["I69.351"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // British home visit: Carr & Shepherd Motor Relearning Programme for sit-to-stand, 1:1, 5xSTS — but no neuromuscular deficit or system is named (sit-to-stand is the task, not the deficit).
        ["v3-h9-british-motor-relearning-no-deficit"] = new(
            """
            Physio — community neuro team
            Seen 1:1 at home, 30 mins neuromuscular re-education (97112).
            Motor Relearning Programme (Carr & Shepherd): sit-to-stand component practice — feet placed back, trunk inclined forward at the hips, then the whole task from a 50 cm → 45 cm seat; standing reach to the kitchen cupboard.
            Components practised 5 x 5 with feedback on speed.
            Five times sit-to-stand 18.6 s (24.0 s a fortnight ago).
            Next visit: progress to stairs.
            """,
            ["I69.351"], [PT("97112", 30)], [At(Deficit, "97112")]),

        // 97116 split-belt treadmill adaptation (2:1 ratio, stride blocks, washout) then overground with SPC, CGA; step-length asymmetry after stroke; asymmetry ratio: passes.
        ["v3-h9-hosp-split-belt-97116"] = new(
            """
            97116 Gait training — 25 min
            Split-belt treadmill adaptation: belts 2:1 (fast belt 1.0 m/s under the L, long-step leg; slow belt 0.5 m/s), 3 blocks of 150 strides in harness without BWS, then tied-belt washout 100 strides; overground 2 × 40 m with SPC, CGA.
            Target: step-length asymmetry with a short R (paretic) step after L hemispheric stroke.
            Overground step-length asymmetry ratio 1.31 → 1.12 after washout.
            """,
            ["I69.351"], [PT("97116", 25)], []),

        // 97140: the HVLA is negated ("held … per pt request"), but STM and graded PA mobs were done with passes/bouts; L lumbar facet irritation; fingertip-to-floor cm: passes.
        ["v3-h9-ortho-hvla-held-stm-done"] = new(
            """
            MT 97140 8' — L lumbar facet irritation, ↓ L side-bend.
            HVLA held today per pt request. Done: STM L QL + lumbar paraspinals in SL, 3 passes; L3-4 unilat PA gr II-III 3x30s.
            L lat flexion fingertip-to-floor 48 → 44 cm post.
            """,
            ["M54.50"], [PT("97140", 8)], []),

        // ---------------------------------------------------------------- class 4: deficits stated as findings

        // OT 97112: overshoot with intention tremor, dysdiadochokinesia (cycles per 10 s) and rebound are the cerebellar deficits by their signs; forearm weight bearing, weighted reach, rhythmic stacking; Purdue; alone in room: passes.
        ["v4-h9-hosp-dysmetria-ot-97112"] = new(
            """
            OCCUPATIONAL THERAPY — NEURO OUTPATIENT
            97112 neuromuscular re-education, 25 min; OT and pt alone in the treatment room for the whole session.
            Findings: L finger-to-nose overshoot with terminal intention tremor; dysdiadochokinesia L (9 pronation/supination cycles in 10 s vs 17 on R); rebound phenomenon L.
            Treatment: forearm weight bearing on a therapy ball with slow controlled rolls; graded reach-to-target on a vertical peg board with a 0.5 kg wrist cuff; bilateral rhythmic cup stacking to a slow count.
            Purdue Pegboard L 7 pegs in 30 s (4 at IE).
            """,
            ["I69.393"], [OT("97112", 25)], []),

        // OT 97530: "Albert's test 9 of 40 lines missed, all on the L; bumped the L door frame" is L neglect by its signs; grocery retrieval with anchoring, laundry sorting, table setting; lunch goal; k of 8 and min A: passes.
        ["v4-h9-hosp-neglect-ot-97530"] = new(
            """
            OT — Therapeutic activities 97530, 28 min
            L unilateral spatial neglect: Albert's test 9 of 40 lines missed, all on the L; bumped the L door frame twice on arrival.
            Tasks: retrieving 8 grocery items from a 3-shelf unit set to her L, with a red anchor strip on the L shelf edge; sorting laundry into L/R baskets; setting a table for 2.
            Goal: return to preparing her own lunch safely at home.
            Retrieved 6/8 L-side items with 1 anchor cue; table setting min A for L-side items.
            """,
            ["I69.398", "R41.4"], [OT("97530", 28)], []),

        // Paediatric letter: "can't always feel where his feet are when he isn't looking" is the proprioceptive deficit in plain words; beam with beanbag, eyes-closed stance, hoops; "had me all to himself" is one-on-one; counts and seconds: passes.
        ["v4-h9-peds-had-me-all-to-himself"] = new(
            """
            Hello from PT!
            Noah had me all to himself for the full 25 minutes today (97112).
            Why we're working on this: Noah still can't always feel where his feet are when he isn't looking at them, so he trips on the edges of rugs and steps off curbs without warning.
            Activities: walking the balance beam with a beanbag on his head so his eyes stay up, standing on the edge of the mini-trampoline with his eyes closed while I counted, and stepping into hula hoops without looking down.
            How he did: he walked the whole 8-foot beam without stepping off 3 of 5 times (0 of 5 in December) and stood with eyes closed for 10 seconds.
            """,
            ["F82"], [PT("97112", 25)], []),

        // SNF 97530: impulsivity and poor safety awareness by their signs (stands before locking brakes, lets go of RW); transfer sequence and closet retrieval with reps; k of 5 and CGA; supervision goal: passes.
        ["v4-h9-snf-impulsive-97530"] = new(
            """
            Part B PT — 97530 therapeutic activities — 23 min
            Impairment: impulsive with poor safety awareness — stands before locking brakes, lets go of the RW to reach for the w/c armrest while turning (vascular dementia).
            Tasks: stand-pivot bed ↔ w/c practising a 3-step sequence (brakes, scoot forward, hands on armrests) ×5; retrieving clothes from the closet with RW ×4.
            Brakes locked without cue 3/5 (1/5 last wk); CGA throughout.
            Goal: transfers with staff supervision and no falls.
            """,
            ["F01.50", "Z91.81"], [PT("97530", 23)], []),

        // The only deficit written is one that "has resolved" (posterior lean at SOC); nothing names the deficit the work now targets. Techniques (incl. pelvic perturbations), functional reach and 1:1 present.
        ["v4-h9-snf-deficit-only-resolved"] = new(
            """
            Part B daily note — PT
            97112 NMR 20 min, individual (1 resident : 1 therapist).
            Posterior lean in sitting noted at SOC has resolved; resident now sits upright without support.
            Activities: standing weight shifts to clock-face floor targets with PT guarding at the knees; small perturbations at the pelvis in stride stance; stepping to taped floor markers at the parallel bars.
            Functional reach (standing, RW parked) 6 in.
            """,
            ["R26.81", "M62.81"], [PT("97112", 20)], [At(Deficit, "97112")]),

        // Ortho shorthand: "scap dyskinesis (inf angle + medial border prominence on lowering), ER 4-/5, painful arc" is the R shoulder impairment; exercises with loads/sets: 97110 passes.
        ["v4-h9-ortho-scap-dyskinesis-97110"] = new(
            """
            TE 97110 18'. R shoulder: scap dyskinesis (inf angle + medial border prominence on lowering), ER 4-/5, painful arc 80–120°.
            SL ER 2# 3x12 | prone T/Y 2x10 | wall slide w/ foam roller + lift-off 2x10 | ER walkout RTB 3x8
            """,
            ["M75.41"], [PT("97110", 18)], []),

        // EMR numbered fields "Impairment; WNL" and "Goal; —": no region, impairment or goal for 97110 (exercise names are not a target); exercises with loads/reps present.
        ["v4-h9-emr-impairment-wnl-97110"] = new(
            """
            1. CPT; 97110; Therapeutic exercise; 18 min
            2. Exercises; goblet squat 3x10 @ 8 kg; reverse lunge 3x8 each; bird-dog 2x10; front plank 3x30 s
            3. Impairment; WNL
            4. Goal; —
            5. Response; no adverse response
            """,
            ["M54.50"], [PT("97110", 18)], [At(Deficit, "97110")]),

        // PPPD with visual dependence is the deficit; VR optic-flow habituation on firm/foam and busy-corridor head turns; mCTSIB seconds; "one therapist, one patient" is one-on-one: passes.
        ["v4-h9-hosp-pppd-visual-dependence"] = new(
            """
            VESTIBULAR REHABILITATION — PT
            97112, 25 min — one therapist, one patient; no other patients in the vestibular room.
            Persistent postural-perceptual dizziness (PPPD) with visual dependence: dizziness and sway in busy visual scenes (supermarkets, scrolling screens).
            Habituation to optic flow with a VR headset (supermarket-aisle and crowd scenes) standing on firm floor, then on a foam pad; walking the busy main corridor with head turns.
            mCTSIB foam EO with optic flow 30 s (14 s at IE).
            """,
            ["R42", "F45.8"], [PT("97112", 25)], []),

        // SNF 97116 states no deviation at all ("No gait deviations observed; no LOB") and no goal: no impairment, region or goal targeted; RW gait training with distances and SBA present.
        ["v4-h9-snf-gait-no-deviations-97116"] = new(
            """
            PT Part B — Gait training 97116 — 15 min
            Gait training with RW on the unit hallway 2 × 150 ft and to the dining room 1 × 200 ft, SBA.
            No gait deviations observed; no LOB; SpO2 96% RA.
            """,
            ["R26.89"], [PT("97116", 15)], [At(Deficit, "97116")]),

        // Paediatric play-session letter for 97530: activities and counts (rounds, obstacle course ×4, 20 pulls) but no functional goal, region or impairment is said.
        ["v4-h9-peds-no-target-97530"] = new(
            """
            Hi Mateo's family!
            We had a busy session today (PT, therapeutic activities 97530).
            We played "the floor is lava," jumping between spots for 3 rounds; did the obstacle course 4 times (crawl under the table, climb over the cushion mountain, jump into the hoop); and pulled the zoom ball 20 times with me.
            Great listening today! See you next week.
            """,
            ["R62.50"], [PT("97530", 20)], [At(Deficit, "97530")]),

        // ---------------------------------------------------------------- class 5: measures in their usual forms

        // Re-assessment with a battery table (Mini-BESTest, 10MWT ×2, ABC-16, CB&M); NMR (one-on-one, perturbations/compliant stepping; L stepping reaction and strategies) 25 and GT (AFO/SPC, distances, SBA, hyperextension/toe drag) 15: passes.
        ["v5-h9-hosp-battery-table-nmr-gt"] = new(
            """
            NEUROLOGIC PT — 30-DAY RE-ASSESSMENT VISIT
            Timed services: 97112 neuromuscular re-education 25 min (one-on-one); 97116 gait training 15 min.
            Standardised battery            Eval     Today
              Mini-BESTest (/28)             14       19
              10MWT self-selected (m/s)      0.58     0.74
              10MWT fast (m/s)               0.81     0.99
              ABC-16 (%)                     38       55
              CB&M (/96)                     21       33
            97112: lateral and posterior perturbations in stance; stepping onto a compliant surface leading with the L; tandem and single-limb stance with head turns. Targets: delayed L stepping reaction and impaired L ankle/hip strategies (R MCA stroke).
            97116: overground gait with L AFO and SPC, 4 × 40 m, cues for L knee flexion in swing; L knee hyperextension in mid-stance and L toe drag; SBA.
            """,
            ["I69.354"], [PT("97112", 25), PT("97116", 15)], []),

        // Paediatric letter, measures in plain words ("held 'superman' for 15 seconds", "hopped on her left foot 6 times in a row"); strengthening with doses; trunk/hip weakness limiting running: 97110 passes.
        ["v5-h9-peds-plain-numbers-97110"] = new(
            """
            Hi Ava's family,
            Today's session: 97110, strengthening, 20 minutes.
            Why: Ava's tummy and hip muscles are still weaker than other 6-year-olds', so she tires and falls when she runs at recess.
            What we did: wheelbarrow walks 3 × 10 feet, bridges with a 5-second hold 2 × 10, "superman" on the therapy ball, and bear walks up the foam wedge 5 times.
            How she did: she held "superman" for 15 seconds (6 seconds in January) and hopped on her left foot 6 times in a row (only 2 in January!).
            """,
            ["M62.81", "R26.89"], [PT("97110", 20)], []),

        // SNF: Tinetti POMA with subscores and k of 6 lateral nudges; foam clock-target shifts, perturbed side-stepping, narrow-base head turns; delayed lateral protective stepping; "PT and resident only": passes.
        ["v5-h9-snf-tinetti-poma-97112"] = new(
            """
            Part B PT — 97112 neuromuscular re-education — 23 min
            Treatment mode: individual — PT and resident only in the rehab gym.
            Delayed lateral protective stepping (falls to the L) and reduced ankle strategy; resident relies on grabbing furniture.
            Standing on a 2" foam pad with weight shifts to clock targets; side-stepping along the rail with PT perturbations at the hips; narrow-base standing with head turns.
            Tinetti POMA 17/28 (balance 9/16, gait 8/12); 3 of 6 lateral nudges recovered with a single step.
            """,
            ["R29.6", "M62.81"], [PT("97112", 23)], []),

        // SNF OT 97530 whose only numbers are a phone number and two dates: no assistance level, repetitions or measure; kitchenette and mail tasks and an independence goal present.
        ["v5-h9-snf-phone-and-dates-97530"] = new(
            """
            OT Part B — 97530 therapeutic activities — 20 min
            Resident practised taking a drink from the kitchenette fridge and carrying it to the table with a walker tray, and collecting mail from the unit mailbox.
            Goal: manage her own snacks and mail on the unit before the move to assisted living on 04/01/2026.
            Daughter (Sue) to call the rehab office at 555-0134 about buying the walker tray; care conference 03/12/2026.
            """,
            ["M62.81", "R26.89"], [OT("97530", 20)], [At(Measure, "97530")]),

        // Ortho exercise log in kg with holds, RPE, metres and band colour; L ACL-R with quad LSI 72% (HHD): 97110 passes.
        ["v5-h9-ortho-log-kg-rpe"] = new(
            """
            97110 TE 28' — L ACL-R (HS graft) wk 14 — quad LSI 72% (HHD)
            Wall sit iso          4×45 s       RPE 7
            SL leg press          3×10         50 kg L / 70 kg R
            SL RDL                3×8          12 kg KB
            Lat band walk         3×15 m       BTB
            Assisted Nordic       3×5
            """,
            ["S83.512D"], [PT("97110", 28)], []),

        // Ortho log whose every dose cell is "same" / "same as last": no sets, reps or load for 97110 (the "12 wk" is time since surgery); exercises and R shoulder repair with flexion limit present.
        ["v5-h9-ortho-log-same-as-last"] = new(
            """
            TE 97110 15' — R shoulder, RC repair 12 wk, flex AROM limited
            Pulleys — same as last
            Wand flex/ER — same
            Rows w/ band — same
            SL ER — same
            Scaption — same
            ↑ load next visit
            """,
            ["M75.121"], [PT("97110", 15)], [At(Measure, "97110")]),

        // EMR semicolon rows for 97116: device, treadmill and curb training, Duchenne lurch / short L stance after THA, distances and SBA, 10MWT: passes.
        ["v5-h9-emr-semicolon-rows-97116"] = new(
            """
            1;Procedure;97116 Gait training;Min;18
            2;Device;SPC in R hand
            3;Training;heel-strike and push-off cueing on treadmill at 1.6 mph, then overground with curb (6 in) practice
            4;Deviation;L hip abductor (Duchenne) lurch and short L stance after L THA
            5;Distance/assist;treadmill 300 m; overground 2 × 60 m; curb × 4; SBA
            6;Outcome;10MWT 0.96 m/s (0.71 at IE)
            """,
            ["Z96.642"], [PT("97116", 18)], []),

        // SNF 97116 whose only number is the room ("Rm 214-B"): no distance, assistance level or measure; RW gait training focus and parkinsonian gait stated.
        ["v5-h9-snf-room-number-97116"] = new(
            """
            PT Part B — Rm 214-B
            Gait training 97116, 15 min: resident walked from her room to the dining room and back with RW; training focused on upright posture and staying inside the walker frame.
            Flexed trunk, shuffling steps and festination when hurried (Parkinson's).
            """,
            ["G20.A1"], [PT("97116", 15)], [At(Measure, "97116")]),

        // British falls service: Elderly Mobility Scale and TUG are the measures; called-direction stepping, shoulder nudges, worktop side-stepping; lateral balance and stepping reactions; "physio and patient only": passes.
        ["v5-h9-british-elderly-mobility-scale"] = new(
            """
            Physiotherapy – Falls & Frailty Service (home visit)
            Neuromuscular re-education (97112), 30 mins — individual home session, physio and patient only.
            Problem: poor lateral balance with delayed stepping reactions; furniture-walks indoors.
            Treatment: stepping to floor markers in her kitchen with sudden direction changes called out; therapist nudges at the shoulders in standing; side-stepping along the worktop with hands hovering.
            Elderly Mobility Scale 13/20 (9/20 a fortnight ago); Timed Up and Go 24 s with rollator.
            """,
            ["R29.6", "Z91.81"], [PT("97112", 30)], []),

        // One timed code: "2-minute walk test 84 m" is a test's name and its result, not the session's time; "22 min" matches; AFO/hemi-walker gait with distances and CGA → SBA, hemiparetic gait: passes.
        ["v5-h9-hosp-2-minute-walk-97116"] = new(
            """
            GAIT TRAINING (97116) — 22 min
            Overground gait with L posterior leaf-spring AFO and hemi-walker → SPC trial: 3 × 50 m on level, 1 × 30 m on ramp; CGA → SBA on the level; tactile cues at the L hip for pelvic advancement.
            L hemiparetic gait with circumduction and reduced L push-off; endurance limits community walking.
            2-minute walk test 84 m (61 m at IE).
            """,
            ["I69.354"], [PT("97116", 22)], []),

        // Paediatric letter whose only numbers are the next appointment date and a phone number: no objective measure; perturbation/balance-pad/side-stepping work, R-side balance reactions (hemiplegic CP), one-on-one present.
        ["v5-h9-peds-date-and-phone-only"] = new(
            """
            Dear Mr. Haddad,
            Layla had her 25-minute session (97112) with me, one-on-one, today.
            We worked on her balance reactions on her right side, which are slower because of her right hemiplegic cerebral palsy: kneeling on the squishy mat while I gently tipped her, standing with her right foot on a balance pad to pop bubbles, and stepping sideways along the bench.
            She did really well and was proud of herself!
            Next visit: Tuesday 3/10 after school. Call us at (555) 201-7788 to reschedule.
            """,
            ["G80.2"], [PT("97112", 25)], [At(Measure, "97112")]),

        // ---------------------------------------------------------------- class 6: minutes in their usual forms

        // One timed code, "TE 97110 23'" matches; "HEP: stationary bike 15 min daily" is a home-programme duration, not the session's time; knee OA weakness, exercises with loads: passes.
        ["v6-h9-ortho-hep-bike-15-min"] = new(
            """
            TE 97110 23' — R knee OA, quad/hip abd weakness (4/5), stairs painful
            TKE BTB 3x15 · SL leg press 3x10 35 kg · lat step-down 4" 3x8 · SL hip abd 2x12 2#
            HEP: stationary bike 15 min daily; TKE 2x15.
            """,
            ["M17.11"], [PT("97110", 23)], []),

        // Paediatric letter: "20 minutes" is the session's and matches; "10 minutes every evening" is home practice; hypermobility with core/shoulder weakness, exercises with reps and holds: passes.
        ["v6-h9-peds-home-practice-10-minutes"] = new(
            """
            Hi Ella's family!
            Session today: 97110 strengthening, 20 minutes, at the clinic.
            Why: Ella's joints are very bendy and her shoulder and tummy muscles are weak, so she slumps at her desk and her arm tires when she writes.
            We did: wall push-ups 2 × 8, "rocket" holds lying over the therapy ball 3 × 10 seconds, crab walks 3 × 10 feet, and animal walks around the mat 2 laps.
            Home: please practise the wall push-ups and rocket holds for 10 minutes every evening.
            """,
            ["M35.7"], [PT("97110", 20)], []),

        // Hospital note: NMR "22 minutes" against a 23-min line is a mismatch (the contract allows no tolerance); TE 15 matches; both sections complete, one-on-one.
        ["v6-h9-hosp-one-minute-off"] = new(
            """
            NEURO PT — DAILY NOTE
            Neuromuscular re-education (97112): 22 minutes, one-on-one.
             – backward walking with sudden stops on therapist signal
             – reactive stepping to posterior pulls via gait belt
             – standing on a foam pad with eyes closed and head turns
             Deficit: posterior instability with an inadequate backward stepping response (NPH, post-shunt).
             Pull test: 3 steps with recovery (caught by therapist at IE).
            Therapeutic exercise (97110): 15 minutes.
             – sit-to-stand from 45 cm with arms crossed 3 x 8; standing hip extension with 2 kg cuff 2 x 12; heel raises 2 x 15
             Target: hip extensor and plantarflexor weakness (4-/5) limiting rising from a chair.
            """,
            ["G91.2", "R26.81"], [PT("97112", 23), PT("97110", 15)], [At(Mismatch, "97112")]),

        // EMR "ROW;CPT;SVC;MIN;DETAIL" rows: hot pack 10 (untimed), MT 8 and TE 15 match; glides/suboccipital release with degrees and rows/wall angels with loads: passes.
        ["v6-h9-emr-row-cpt-svc-min"] = new(
            """
            ROW;CPT;SVC;MIN;DETAIL
            1;97010;HP;10;moist heat C/T junction before MT
            2;97140;MT;8;L C5-6 lateral glides gr III 3 × 30 s and suboccipital release, for L C5-6 hypomobility; L cervical rotation 52° → 60°
            3;97110;TE;15;wall angels 2 × 10; seated cable rows 3 × 12 @ 7 kg; prone W 2 × 12; for mid/lower trapezius weakness with forward-head posture
            """,
            ["M54.2", "M99.01"], [PT("97010", 10), PT("97140", 8), PT("97110", 15)], []),

        // Numbered EMR: 97112 "Min: 23" but 97530 "Min: —": the second timed code has no minutes; both sections complete (1:1 Y on the NMR).
        ["v6-h9-emr-dashed-minutes-field"] = new(
            """
            1) 97112 Neuromuscular re-ed | Min: 23 | 1:1: Y
               Tech: standing on a foam pad with the R foot forward, step-taps to cones with the L; reactive stepping to lateral pushes
               Deficit: reduced R LE proprioception and delayed lateral stepping after R TKA
               Outcome: lateral push recoveries 5/8 with a single step; foam stance EC 12 s
            2) 97530 Therapeutic activities | Min: —
               Tasks: car transfer with back-in technique ×3; carrying a 5 kg grocery bag up 4 steps ×2
               Assist: SBA; goal: drive to the shops and carry the shopping in
            """,
            ["Z96.651", "R26.89"], [PT("97112", 23), PT("97530", 15)], [SepTime]),

        // SNF: "Total skilled treatment time 38 min (timed 38)" for gait and transfer training gives neither code its minutes; no mismatch (the total is neither's); both sections complete.
        ["v6-h9-snf-total-time-only"] = new(
            """
            Part B PT daily note
            Total skilled treatment time 38 min (timed 38).
            Gait training with RW: 2 × 100 ft and 1 × 60 ft on carpet, CGA; cues for step length and walker proximity; shuffling, flexed-trunk gait.
            Transfer training: bed ↔ w/c stand-pivot ×4 and toilet transfer with grab bar ×3, min A → CGA; goal: toilet with 1 staff.
            """,
            ["R26.89", "M62.81"], [PT("97116", 15), PT("97530", 23)], [SepTime]),

        // Ortho: "TE 97110 ×23' | MT 97140 ×10'" — TE matches, MT 10 against an 8-min line: mismatch on 97140; both sections complete.
        ["v6-h9-ortho-mt-prime-mismatch"] = new(
            """
            TE 97110 ×23' | MT 97140 ×10'
            TE: R lat epicondylalgia — ecc wrist ext 3×15 @ 1 kg, iso wrist ext 5×45 s, supination w/ hammer 3×10
            MT: R radiocarpal lat glides gr III 3×30 s; elbow lat glide MWM w/ gripping 3×10
            Pain-free grip R 18 kg → 24 kg post-MWM.
            """,
            ["M77.11"], [PT("97110", 23), PT("97140", 8)], [At(Mismatch, "97140")]),

        // British dictation with minutes in words: "fifteen minutes on gait re-education (97116)", "the final ten minutes were strengthening exercises (97110)"; both match and both are complete: passes.
        ["v6-h9-british-minutes-in-words"] = new(
            "Dictated. Mr Evans was seen in clinic today. I spent fifteen minutes on gait re-education (97116): walking with his rollator 3 x 30 metres "
            + "on the corridor and 1 x 20 metres outdoors on the ramp, with supervision, cueing a longer left step and a more upright posture, as his gait has "
            + "been short-stepped and stooped since his left hip fracture. The final ten minutes were strengthening exercises (97110): sit-to-stand from a "
            + "standard chair 3 x 8, standing hip abduction with a 1 kg cuff weight 2 x 10 each side and heel raises 2 x 15, for weak hip abductors and calves "
            + "limiting his walking outdoors.",
            ["S72.002D"], [PT("97116", 15), PT("97110", 10)], []),

        // SNF PT/OT co-treat, both on 97110: PT 20 and OT 15 each match their own discipline's line; both sections complete: passes.
        ["v6-h9-snf-pt-ot-same-code"] = new(
            """
            PT/OT co-treat — Part B
            PT ther ex (97110) 20 min: standing marching 2 × 15, sit-to-stand from w/c 3 × 5, heel raises at rail 2 × 12 — for B hip flexor/quad weakness (3+/5) limiting transfers.
            OT ther ex (97110) 15 min: B UE AROM with dowel 2 × 10, yellow putty gross grasp 2 × 15, 1 lb wrist curls 2 × 10 — for B grip and UE weakness limiting grooming and w/c propulsion.
            """,
            ["M62.81", "R53.81"], [PT("97110", 20), OT("97110", 15)], []),

        // Two timed codes with their minutes (20, 15, both match); the home programme's "20 minutes a day" and "1 minute each" are not session time; vestibular NMR (1:1) and head-turn gait complete: passes.
        ["v6-h9-hosp-home-programme-minutes"] = new(
            """
            VESTIBULAR PT — 97112 gaze stabilisation/balance 20 min (1:1) · 97116 gait 15 min
            97112: remembered-target (imaginary target) exercise and X2 viewing in sitting → standing; tandem stance on foam with yaw head turns. L uncompensated vestibular hypofunction with oscillopsia. DVA 0.3 logMAR loss (0.6 at IE).
            97116: walking with yaw and pitch head turns and pivot turns, 6 × 30 m, no AD, SBA; path deviation to the L during head turns.
            Home programme: outdoor walking 20 minutes a day; gaze exercises 3 times a day, 1 minute each.
            """,
            ["H81.22"], [PT("97112", 20), PT("97116", 15)], []),

        // ---------------------------------------------------------------- class 7: empty notes and the other codes' meanings

        // Empty note on a paediatric PT 97112 + OT 97530 visit: DOC_NOTE_MISSING on both profiled lines and nothing else.
        ["v7-h9-empty-peds-pt-ot"] = new(
            "",
            ["G80.1"], [PT("97112", 25), OT("97530", 20)], [At(NoteMissing, "97112"), At(NoteMissing, "97530")]),

        // Empty note with 97116 and OT 97535 (timed but without a documentation profile): missing on 97116 only, no separate-time finding.
        ["v7-h9-empty-97116-and-97535"] = new(
            "",
            ["R26.89"], [PT("97116", 15), OT("97535", 15)], [At(NoteMissing, "97116")]),

        // Spaces only and no diagnosis sent: missing on 97140 and the diagnosis check.
        ["v7-h9-spaces-no-diagnosis-97140"] = new(
            "    ",
            [], [PT("97140", 10)], [At(NoteMissing, "97140"), Dx]),

        // CRLF only with 97112, 97110 and an untimed hot pack: missing on the two profiled codes only.
        ["v7-h9-crlf-three-codes"] = new(
            "\r\n\r\n",
            ["M54.50"], [PT("97112", 20), PT("97110", 15), PT("97010", 10)], [At(NoteMissing, "97112"), At(NoteMissing, "97110")]),

        // 97110 Pilates reformer: springs are the load, with sets/reps; lumbopelvic control and glute max weakness with a lifting goal: passes.
        ["v7-h9-97110-pilates-reformer"] = new(
            """
            TE 97110 — 25 min — Pilates reformer
            Footwork on 3 red + 1 blue springs 2 × 10 each position; bridging on the footbar 2 × 8; side-lying leg series on 1 red 2 × 10; supine arm series on 1 blue 2 × 10.
            For lumbopelvic control and hip extensor weakness (glute max 4-/5 B) with recurrent LBP when lifting her toddler.
            """,
            ["M54.50"], [PT("97110", 25)], []),

        // 97530 for a child: bus-step mock-up and curb practice with reps, SBA/CGA, riding-the-school-bus goal: passes.
        ["v7-h9-97530-school-bus-steps"] = new(
            """
            PT — 97530 therapeutic activities — 20 min
            Practised the clinic's bus-step mock-up (3 steps, 35 cm risers, one rail) with his backpack on, 6 times up and down; stepping from the curb to the street and back 5 times.
            Goal: get on and off the school bus by himself so he can ride with his class.
            Up: SBA with rail; down: CGA, leads with the stronger left leg.
            """,
            ["G80.2"], [PT("97530", 20)], []),

        // British 97140: hip distraction and posterior glides with grades and bouts, soft-tissue release; R hip OA with restricted IR; degrees and FABER cm: passes.
        ["v7-h9-97140-british-hip-mobilisations"] = new(
            """
            Physio — 97140 manual therapy, 12 mins
            Right hip OA with restricted internal rotation: long-axis distraction grade IV 4 × 45 s; posterior glides in flexion/adduction grade III 3 × 30 s; soft-tissue release to TFL and iliopsoas.
            Hip IR 12° → 18° and FABER 18 cm → 14 cm after the mobilisations.
            """,
            ["M16.11"], [PT("97140", 12)], []),

        // 97116 LiteGait over treadmill with % BWS, speed, distance, then FWW with min A; critical-illness myopathy with weak hip extensor control and trunk flexion: passes.
        ["v7-h9-97116-litegait"] = new(
            """
            97116 gait training, 20 min: LiteGait harness over the treadmill at 20% BWS, 0.9 mph, 2 bouts of 150 m; then overground 2 × 30 m with FWW, min A.
            Weak hip extensor control with trunk flexion in stance and short steps (critical-illness myopathy after ICU stay).
            """,
            ["G72.81"], [PT("97116", 20)], []),

        // 97140 described only in generic phrases ("manual therapy performed as indicated", "tolerated well", "continue plan of care"): no technique, region, parameter or number.
        ["v7-h9-97140-generic-only"] = new(
            "MT 97140. Manual therapy performed as indicated per POC. Pt tolerated well, no complaints. Continue plan of care.",
            ["M54.2"], [PT("97140", 10)],
            [At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // 97116 Nordic-walking pole training with pattern, distances, slope and SBA; reduced gait speed and arm swing with a 1 km walk-to-the-shops goal: passes.
        ["v7-h9-97116-nordic-walking-poles"] = new(
            """
            GT 97116, 18 min: Nordic walking pole training outdoors — diagonal pole–foot pattern, 3 × 150 m on the park path and 1 slope, SBA.
            Slow gait with reduced arm swing and short stride (B knee OA, deconditioned); goal: walk the 1 km to the shops.
            """,
            ["M17.0", "R26.89"], [PT("97116", 18)], []),

        // ---------------------------------------------------------------- ordinary notes

        // Hospital SOAP: NMR 23 (one-on-one; L scanning while stepping, obstacles in the L field, foam head turns; postural control with hemianopia; FGA and contacts) and GT 15 (SPC, distances, SBA, L toe catch): passes.
        ["vord-h9-hosp-soap-hemianopia-nmr-gt"] = new(
            """
            OUTPATIENT NEURO REHAB — PHYSICAL THERAPY DAILY NOTE
            Visit: 9/20   Precautions: falls, L visual field cut
            SUBJECTIVE
             Walking to the end of the drive daily with spouse; one stumble on the porch step.
            OBJECTIVE
             Timed interventions
              97112 Neuromuscular re-education — 23 min — one-on-one, treating PT only
               1. Visual scanning to the L while stepping to floor targets (compensation for L homonymous hemianopia)
               2. Stepping over obstacles placed in the L visual field on the therapist's cue
               3. Narrow-base standing on foam with head turns to the L
               Impairment focus: impaired postural control with L visual field loss; delayed L stepping response
               Measures: FGA 18/30 (14/30 at IE); obstacle contacts on the L 1/12 (6/12 at IE)
              97116 Gait training — 15 min
               Hallway and outdoor gait with SPC, 2 × 100 m, SBA; cues for L scanning at doorways and L heel strike; short L step and L toe catch on uneven ground
            ASSESSMENT
             Progressing toward the community ambulation goal.
            PLAN
             Continue 2x/wk; add dual-task gait.
            """,
            ["I69.398", "H53.462"], [PT("97112", 23), PT("97116", 15)], []),

        // Hospital OT: 97112 20 (OT 1:1; closed-chain weight bearing, vibratory cueing, grasp–release; flexor synergy; CAHAI) and 97530 18 (kitchen tasks, min A → CGA, breakfast goal): passes.
        ["vord-h9-hosp-ot-nmr-ta"] = new(
            """
            OCCUPATIONAL THERAPY — NEURO OUTPATIENT — DAILY NOTE
            97112 (20 min, OT 1:1): closed-chain weight bearing through the R forearm on a wedge during L-hand reach; vibratory cueing over the R triceps for elbow extension during reach; graded grasp–release of cones at increasing heights.
             Deficit: R UE flexor synergy with poor isolated elbow extension and delayed grasp release (L MCA stroke).
             Measure: CAHAI-9 28/63 (21/63 at IE).
            97530 (18 min): putting groceries away into a waist-height cupboard with the R hand assisting; opening jars with the R hand stabilising; min A → CGA for R hand placement.
             Goal: prepare a simple breakfast using both hands.
            """,
            ["I69.351"], [OT("97112", 20), OT("97530", 18)], []),

        // Hospital: virtual-reality balance training (Bertec) on firm and foam, 1:1; reduced limits of stability after central cord SCI; LOS % and reaction time: passes.
        ["vord-h9-hosp-vr-balance-sci"] = new(
            """
            PT — Balance — 97112 — 25 min, 1:1
            Virtual-reality balance training (Bertec BVR): "ski slalom" weight-shift game and "ball catch" reaching game, on a firm surface then foam.
            Targets: reduced limits of stability (anterior and L) and slow weight shifting (incomplete C5 SCI, central cord).
            LOS composite 58% (44% at IE); reaction time to LOS targets 0.82 s.
            """,
            ["S14.125D"], [PT("97112", 25)], []),

        // Long hospital SOAP, complete (EMG biofeedback sit-to-stand, obstacle stepping, foam shifts; L DF recruitment and ankle proprioception in MS; µV and toe catches) but never states one-on-one.
        ["vord-h9-hosp-soap-no-one-on-one"] = new(
            """
            PHYSICAL THERAPY — NEUROLOGY CLINIC — TREATMENT NOTE
            S: "My legs feel heavier by late afternoon." No falls since last visit.
            O: 97112 Neuromuscular re-education, 30 min, neuro gym.
               • Sit-to-stand and step-up training with EMG biofeedback from the L tibialis anterior
               • Stepping over low obstacles leading with the L, emphasising dorsiflexion in swing
               • Standing on a foam pad with weight shifts and arm reaches
               Deficit: impaired L dorsiflexor recruitment and L ankle proprioception (MS, L foot-drop pattern).
               Measures: L TA EMG peak 42 µV (28 µV at IE); toe catches 1 in 20 steps (5 in 20 at IE).
            A: Good carry-over of dorsiflexion cue.
            P: Add treadmill next visit.
            """,
            ["G35"], [PT("97112", 30)], [At(OneOnOne, "97112")]),

        // PD clinic: TA 20 (floor recovery, bed turning, car simulator; SBA / mod I; fall-recovery goal) and TE 15 (thoracic extension/rotation with reps; axial rigidity, occiput-to-wall cm): passes.
        ["vord-h9-hosp-pd-ta-te"] = new(
            """
            PD clinic — PT daily note
            97530 therapeutic activities 20 min: floor-to-stand recovery via half-kneel with a chair ×4; turning in bed using a satin sheet and bed rail ×5; getting in and out of the car-seat simulator ×3. SBA for floor recovery, mod I for bed turning. Goal: get up independently after a fall and turn in bed at night without help.
            97110 therapeutic exercise 15 min: thoracic extension over foam roller 2 × 10, prone press-ups 2 × 10, seated rotation with band 2 × 12 each way, for axial rigidity and flexed posture (occiput-to-wall 9 cm).
            """,
            ["G20.A1"], [PT("97530", 20), PT("97110", 15)], []),

        // Ortho shorthand: TE 20' (pulleys, cane ER, sleeper, slides) and MT 8' (GH glides gr III-IV, scapular mobs) both match; L frozen shoulder with flex/ER degrees: passes.
        ["vord-h9-ortho-frozen-shoulder-te-mt"] = new(
            """
            TE 97110 20' / MT 97140 8'
            L frozen shoulder (freezing → frozen). Flex 105°, ER 20°.
            TE: pulleys flex 2x15; supine cane ER 3x10; sleeper str 3x30s; table slides 2x15.
            MT: GH post/inf glides gr III-IV 3x60s; scapular mobs in SL.
            """,
            ["M75.02"], [PT("97110", 20), PT("97140", 8)], []),

        // Ortho: NMR 15' 1:1 (half-dome perturbations, clock reaches, hop-to-stick; R ankle proprioception / peroneal response; hop success k of 18) and TE 10' (calf/eversion/toe yoga with doses; evertor weakness): passes.
        ["vord-h9-ortho-cai-nmr-te"] = new(
            """
            NMR 97112 15' 1:1 | TE 97110 10'
            NMR: SL stance on half dome w/ band-pull perturbations 3x30s; SL clock reaches 2x8 ea direction; lat hop-to-stick 3x6. ↓ R ankle proprioception + delayed peroneal response (CAI). Hop-to-stick 14/18 w/o touchdown.
            TE: SL calf raise off step 3x15; eversion RTB 3x15; toe yoga 2x10. R evertor/PF weakness.
            """,
            ["M25.371"], [PT("97112", 15), PT("97110", 10)], []),

        // Complete ortho 97110 (isometrics/bridge/step-ups/band walks with doses, R gluteal tendinopathy with glute med 4-/5) sent with no diagnosis.
        ["vord-h9-ortho-no-diagnosis"] = new(
            """
            TE 97110 20' — R gluteal tendinopathy, glute med 4-/5
            Iso hip abd (standing wall push) 5x45s; SL bridge 3x10; step-ups 8" 3x10; lat band walk BTB 3x10 m.
            """,
            [], [PT("97110", 20)], [Dx]),

        // Ortho 97530 return to work: box lifts with loads, carries, cart push; SBA; warehouse lifting goal after discectomy: passes.
        ["vord-h9-ortho-ta-return-to-work"] = new(
            """
            TA 97530 25' — L4-5 discectomy 10 wk; goal RTW warehouse (lifts 20 kg)
            Floor-to-waist box lift w/ hip hinge 15 kg 3x6 → 20 kg 2x5; carry 20 kg 4x20 m; push/pull cart w/ 60 kg load 4 lengths; SBA, cues for neutral spine.
            """,
            ["M51.16", "Z98.890"], [PT("97530", 25)], []),

        // Ortho generic shorthand: "TE 15' MT 8'" match, but "doing well, tol all ex", "manual as tol", "cont POC" name no exercise, technique, region or number for either code.
        ["vord-h9-ortho-generic-te-mt"] = new(
            "TE 15' MT 8' — pt doing well, tol all ex w/o ↑ sx. Manual as tol. HEP reviewed, cont POC.",
            ["M25.561"], [PT("97110", 15), PT("97140", 8)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97140"), At(Generic, "97140"), At(Deficit, "97140"), At(Measure, "97140")]),

        // Paediatric letter, two codes: balance work 20 minutes (one-on-one; pad catches, ball kneeling, stepping stones; slow reactions and trunk hypotonia; k of 10) and playground skills 15 minutes (ladder, floor rise; SBA vs hip support; preschool goal): passes.
        ["vord-h9-peds-letter-nmr-ta"] = new(
            """
            Dear Sophie's family,
            Today's visit had two parts, and I was with Sophie one-on-one for all of it.
            Balance work (97112, 20 minutes): standing on the squishy balance pad while catching a big ball, kneeling on the therapy ball with my hands at her hips, and walking across the stepping stones with her arms out like an airplane. This is for her slow balance reactions and low muscle tone in her trunk (hypotonia).
            Playground skills (97530, 15 minutes): climbing the 4-step ladder to the slide holding both rails, and getting up from the floor without using her hands. Goal: keep up with her friends on the playground at preschool.
            How she did: caught the ball 7 of 10 times without stepping off the pad; climbed the ladder with me just standing by (last month I had to hold her hips); stood up from the floor without hands 3 of 5 tries.
            """,
            ["P94.2", "R62.50"], [PT("97112", 20), PT("97530", 15)], []),

        // Paediatric OT letter 97530: tripod grasp, name writing on a slant board, cutting, beading; fist grasp and hand fatigue limiting classroom writing; k of 5 and hand-over-hand demo: passes.
        ["vord-h9-peds-ot-handwriting-97530"] = new(
            """
            OT note for family — 97530, 30 minutes
            Why: Mia's hand tires quickly and she holds her pencil in her whole fist, so her teacher says she can't finish classroom writing.
            Today: practised a tripod pencil grasp with a small crayon piece; wrote her name 5 times on lined paper on a slant board; cut out 2 circles with spring-loaded scissors; threaded a 10-bead necklace.
            How she did: used the tripod grasp in 4 of 5 name trials after one hand-over-hand demo; letters stayed between the lines in 3 of 5 tries.
            """,
            ["F82", "R27.8"], [OT("97530", 30)], []),

        // Toddler 97116 note for parents: push-toy and hand-held walking with distances, obstacle and grass practice; wide-based, out-turned gait, not yet walking alone; independent steps counted: passes.
        ["vord-h9-peds-toddler-gait-97116"] = new(
            """
            PT — gait training 97116, 20 minutes (note for parents)
            Ben (22 months) walked with his push toy along the hallway 4 × 30 feet and then with one hand held 3 × 20 feet; we practised stepping over a pool noodle and walking on the grass outside.
            Why: he walks with his feet wide apart and his legs turned out, falls often, and is not yet walking on his own (gross motor delay).
            He took 6 independent steps to me (3 last month).
            """,
            ["R62.0"], [PT("97116", 20)], []),

        // Paediatric letter of generic phrases only ("worked on his balance and coordination", "tolerated everything really well"): no technique, deficit, number or one-on-one; 25 minutes matches.
        ["vord-h9-peds-letter-generic"] = new(
            "Hi Sam's family! Sam had a great time in PT today (97112, 25 minutes). We worked on his balance and coordination and he tolerated everything "
            + "really well. Keep up the good work at home!",
            ["F82"], [PT("97112", 25)],
            [At(Tech, "97112"), At(Generic, "97112"), At(Deficit, "97112"), At(Measure, "97112"), At(OneOnOne, "97112")]),

        // SNF PTA: NMR 23 ("treated individually by PTA, no other residents in session"; wedge reaches with perturbations, step-taps; trunk righting after CVA; Trunk Control Test) and TA 15 (transfers, min A → CGA, unit goal): passes.
        ["vord-h9-snf-pta-nmr-ta"] = new(
            """
            PTA Daily Note — Medicare Part B (LTC) — co-signed by PT
            97112 NMR 23 min — resident treated individually by PTA, no other residents in session.
             Sitting on a wedge cushion with lateral reaches outside BOS and PTA perturbations at the shoulders; sit ↔ stand with anterior weight-shift cues; standing at the rail with alternating step-taps to a 10 cm step.
             Impaired trunk righting reactions and lateral postural control after L CVA.
             Trunk Control Test 74/100 (61/100 at SOC); step-taps 10 in 20 s with one hand on the rail.
            97530 TA 15 min
             Bed ↔ w/c stand-pivot ×4 and w/c ↔ toilet with grab bar ×3; min A → CGA.
             Goal: toilet with 1 staff assist so she can stay on her current unit.
            """,
            ["I69.354"], [PTA("97112", 23), PTA("97530", 15)], []),

        // SNF OTA 97530: standing grooming, reacher retrieval, clothing management with trials; CGA/SBA; set-up-only grooming/dressing goal with COPD desaturation: passes.
        ["vord-h9-snf-ota-grooming-97530"] = new(
            """
            OTA Treatment Note — Part B — supervised by OT
            97530 Therapeutic activities, 23 min
            Standing grooming at the sink (brush teeth, comb hair) with one hand on the counter, 2 trials; retrieving clothing from the bottom dresser drawer with a reacher ×4; toilet clothing management in standing ×2.
            Assist: CGA for standing grooming, SBA for reacher retrieval.
            Goal: complete morning grooming and dressing with set-up only (COPD, deconditioning; desaturates to 88% with prolonged standing).
            """,
            ["J44.9", "R53.81"], [new CaseLine("97530", 23, "OTA")], []),

        // SNF: GT 15 (RW, distances, CGA → SBA, antalgic gait after hemiarthroplasty) and TE 15 (exercises within precautions with doses, hip abductor/extensor weakness): passes.
        ["vord-h9-snf-gt-te-hemiarthroplasty"] = new(
            """
            Part B PT — Daily Skilled Note
            97116 Gait training 15 min: RW on unit carpet and tile 2 × 90 ft, CGA → SBA; cues for heel strike and keeping the RW ahead; R antalgic gait with ↓ R stance time after R hip hemiarthroplasty.
            97110 Ther ex 15 min: supine heel slides 2 × 10 (within precautions), standing hip abduction 2 × 10 with 1 lb, mini-squats at rail 2 × 10, for R hip abductor/extensor weakness (3+/5).
            Safety: gait belt used; posterior hip precautions reviewed and followed.
            """,
            ["S72.001D", "Z96.641"], [PT("97116", 15), PT("97110", 15)], []),

        // SNF generic skilled note for 97110 + 97116: no minutes for either code, and only generic phrases — every content check fails on both codes.
        ["vord-h9-snf-generic-skilled-note"] = new(
            "Skilled PT provided per care plan. Resident participated in therapeutic exercises and gait activities. Tolerated session well; safety maintained "
            + "throughout. Continue POC.",
            ["M62.81", "R26.89"], [PT("97110", 15), PT("97116", 15)],
            [At(Tech, "97110"), At(Generic, "97110"), At(Deficit, "97110"), At(Measure, "97110"),
             At(Tech, "97116"), At(Generic, "97116"), At(Deficit, "97116"), At(Measure, "97116"), SepTime]),

        // Complete SNF OT 97530 (tub-bench transfers, long-handled sponge, min A → CGA, shower goal) whose only diagnosis is ICD-9 (438.20): not a well-formed ICD-10-CM code.
        ["vord-h9-snf-icd9-diagnosis"] = new(
            "Part B OT — 97530, 25 min: w/c ↔ tub-transfer bench ×3 with grab bar; LB bathing simulation seated (long-handled sponge to feet ×2); min A → CGA. "
            + "Goal: shower on the bench with 1 staff, per the resident's wish to shower rather than have a bed bath.",
            ["438.20"], [OT("97530", 25)], [Dx]),

        // Numbered EMR items: NMR 25 (1:1 = Yes; light-cue stepping, tray tandem, Dyna-Disc cone taps; ankle/hip strategy and neuropathic proprioception) and TE 15 (doses; plantarflexor/hip extensor weakness); tandem steps and chair-stand reps: passes.
        ["vord-h9-emr-numbered-nmr-te"] = new(
            """
            Visit export — items
            1. 97112 | Neuromuscular re-education | 25 min | 1:1 = Yes
            2. Techniques: lateral stepping to unexpected light cues; tandem walking on a 10 cm line carrying a tray; single-leg stance on a Dyna-Disc with cone taps
            3. Targets: impaired ankle/hip strategies and reduced foot proprioception (diabetic neuropathy)
            4. 97110 | Therapeutic exercise | 15 min
            5. Exercises: heel raises 3 × 15; sit-to-stand holding a 4 kg medicine ball 3 × 8; standing hip extension with band 2 × 12; for B plantarflexor and hip extensor weakness
            6. Measures: tandem line 8 steps without step-off (3 at IE); 30-s chair stand 11 reps
            """,
            ["E11.42", "Z91.81"], [PT("97112", 25), PT("97110", 15)], []),

        // EMR equals-and-semicolon one-liner for 97530: garden tasks with loads/reps, SBA, allotment goal after TKA; MIN=22 matches: passes.
        ["vord-h9-emr-one-line-97530"] = new(
            "CPT=97530;MIN=22;TASKS=kneel-to-stand at a raised garden bed mock-up x5, carrying a 5 L watering can 4 x 10 m, step-ups onto a 20 cm deck step x8;"
            + "ASSIST=SBA;GOAL=return to gardening at her allotment after R TKA;RESPONSE=2 seated rests",
            ["Z96.651"], [PT("97530", 22)], []),

        // EMR semicolon rows for OT hand therapy: 97140 10 (edema massage, MCP glides gr II–III, circumference cm) and 97110 15 (intrinsic/tendon glides/blocking with reps, MCP flexion degrees, grip kg): passes.
        ["vord-h9-emr-ot-hand-mt-te"] = new(
            """
            1;97140;Manual therapy;10;retrograde edema massage R hand and volar MCP glides 2–5 gr II–III 3 × 30 s, for R hand edema and MCP flexion stiffness after 4th/5th metacarpal fractures; figure-of-8 hand circumference 46.5 → 45.8 cm
            2;97110;Therapeutic exercise;15;intrinsic-plus/minus 2 × 10, tendon glides × 10 each, MCP blocking flexion 3 × 10, for ↓ MCP flexion (4th 55°, 5th 50°) and grip weakness (R 14 kg / L 32 kg)
            """,
            ["M79.641", "R60.0"], [OT("97140", 10), OT("97110", 15)], []),

        // EMR "#n" rows, three timed codes each with minutes (20, 10, 8): NMR seen 1:1 (crossover/backward stepping with stop cues, compliant mat tosses; stepping strategy and bilateral vestibular loss; FGA), GT and thoracic MT complete: passes.
        ["vord-h9-emr-three-codes"] = new(
            """
            #1 97112 NMR — 20 min — seen 1:1 — crossover stepping and backward walking with unexpected stop cues; standing on a compliant mat with overhead ball tosses — target: delayed stepping strategy and reduced vestibular contribution (bilateral hypofunction) — FGA 20/30
            #2 97116 GT — 10 min — treadmill 1.4 mph with head turns, then overground 2 × 50 m no AD, SBA — wide-based, slowed gait during head turns
            #3 97140 MT — 8 min — thoracic PA mobs gr III T5-8 3 × 30 s — thoracic stiffness limiting upright posture; thoracic rotation 30° → 38°
            """,
            ["H81.23", "M54.6"], [PT("97112", 20), PT("97116", 10), PT("97140", 8)], []),

        // Complete EMR 97110 (exercises with loads, B quad/hip abductor weakness, 5xSTS) whose diagnosis field holds free text ("gait abnormality"), not an ICD-10-CM code.
        ["vord-h9-emr-free-text-diagnosis"] = new(
            """
            1. Procedure; 97110 Therapeutic exercise; 20 min
            2. Exercises; seated knee extension 3 kg cuff 3 × 10; standing hip abduction 2 × 12 each; step-ups 15 cm 2 × 10; heel raises 2 × 15
            3. Impairment; B quad and hip abductor weakness (4-/5) limiting stairs
            4. Outcome; 5xSTS 16.2 s (19.5 s at IE)
            """,
            ["gait abnormality"], [PT("97110", 20)], [Dx]),

        // British physio: NMR 20 ("physiotherapist with the patient alone throughout"; called stepping, balance cushion EC, turns on command; postural control after vestibular neuritis) and exercise programme 15 (doses; weakness after bed rest); Berg and tandem seconds: passes.
        ["vord-h9-british-nmr-exercise-programme"] = new(
            """
            Physiotherapy progress entry
            Neuromuscular re-education (97112) – 20 mins, physiotherapist with the patient alone throughout.
            Programme: stepping onto and off a low step in varied directions to the physio's call; standing on a balance cushion with eyes closed; walking with a 180° turn on command.
            Problem list: impaired postural control and slowed stepping reactions following right vestibular neuritis; visual dependence.
            Exercise programme (97110) – 15 mins: sit-to-stand 3 × 10, calf raises 3 × 15, standing hip abduction with a 1 kg cuff weight 2 × 12, for lower-limb weakness after a fortnight of bed rest with the vertigo.
            Outcome: Berg 49/56 (42/56 at first visit); timed tandem stance 8 s.
            """,
            ["H81.21"], [PT("97112", 20), PT("97110", 15)], []),

        // Named techniques planned but "NOT performed" (BP and headache), the session spent on a safety handout: no neuromuscular technique was documented as done; deficit, tandem seconds and 1:1 present.
        ["vord-h9-technique-planned-not-performed"] = new(
            """
            NMR 97112 20 min, 1:1 w/ PT.
            Planned perturbation training and foam-surface work NOT performed today: pt arrived with BP 168/96 and a headache; MD office called.
            Session spent reviewing the home-safety handout, footwear and night lighting.
            Deficit: impaired reactive postural control (delayed compensatory stepping) after L cerebellar stroke.
            Tandem stance tested on arrival, before the BP check: 4 s R foot forward, 6 s L foot forward.
            """,
            ["I69.393"], [PT("97112", 20)], [At(Tech, "97112")]),

        // Ortho PTA: TE 15' (quad sets/SLR/TKE with doses; R quad inhibition with lag after TKA) and GT 10' (SPC, distances, stairs, SBA; reduced knee flexion in swing): passes.
        ["vord-h9-ortho-pta-te-gt"] = new(
            """
            PTA note — TE 97110 15' / GT 97116 10'
            TE: quad sets 10x5s, SLR 3x10, TKE GTB 3x15, for R quad inhibition (lag 8°) s/p R TKA wk 3.
            GT: SPC L hand, step-through, 2x150 ft + 4 stairs w/ rail step-to, SBA; ↓ R knee flex in swing.
            """,
            ["Z96.651"], [PTA("97110", 15), PTA("97116", 10)], []),
    };

    [Fact]
    public void At_least_the_agreed_share_of_held_out_notes_match_a_reviewers_reading() => AssertAgreement(Cases, RequiredAgreementPercent, output);

    [Fact]
    public void No_note_the_reviewer_passes_gets_a_documentation_finding() => AssertNoFalsePositive(Cases, output);
}
